"""Field lines of an item and the furniture of a notice.

Work points and task lists give an item's responsibility and deadline on lines of
their own (``牵头单位：市应急局；配合单位：市公安局``, ``完成时限：2024年12月``).  Such a
field line belongs to the item it stands with: ``attach_fields`` extends that item's
piece over it instead of leaving it a piece of its own.  Fields normally follow their
item; a document whose field lines open every section and never close one writes them
before their item, and there they join the item after them.

>>> from loaders.blocks import pieces
>>> t = "1.开展整治。\\n牵头单位：市应急局；配合单位：市公安局\\n完成时限：2024年12月\\n2.加强执法。\\n"
>>> [t[p.start:p.end][-9:] for p in pieces(t)]
['：2024年12月', '2.加强执法。']
>>> is_notice_line("各县（市、区）人民政府，市直有关部门："), is_notice_line("市应急局：负责综合协调。")
(True, False)
"""
from __future__ import annotations

import re

# a field label at the start of a line: 牵头单位：, 【配合单位】, 完成时限：, 责任人：
FIELD_LINE = re.compile(
    r"[【\[]?(?:牵头单位|牽頭單位|牵头部门|牽頭部門|主责单位|主責單位|责任单位|責任單位|责任部门|責任部門|"
    r"配合单位|配合單位|配合部门|配合部門|协办单位|協辦單位|参与单位|參與單位|参加单位|"
    r"完成时限|完成時限|完成时间|完成時間|时间节点|時間節點|时间要求|時間要求|责任人|責任人|责任领导|責任領導)"
    r"(?:[】\]]\s*[:：]?|\s*[:：])"
)
_OPENS = ("item", "para")

# notice furniture before the body: addressees, the covering sentence, dates, numbers
_ADDRESSEE = re.compile(r"^[^。；;！？]{2,90}[:：]$")
_ADDRESSEE_WORD = re.compile(r"各|有关部门|有关单位|成员单位|直属单位|直各")
_COVERING = re.compile(r"印发给你们|现印发|现将.{0,40}印发|请结合实际|请认真贯彻|请遵照执行|请认真组织实施")
_STAMP = re.compile(r"^(?:(?:发布时间|发布日期|发文日期|日期|来源|信息来源)\s*[:：].*"
                    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                    r"|[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{0,5}\s*号"
                    r"|关于印发.{2,80}的通知)$")


# the characters a field line can begin with (a bracket or a label's first character)
FIELD_FIRST = frozenset("【[牵牽主责責配协協参參完时時")


def is_field_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a field label (牵头单位：, 完成时限：)."""
    return text[start:start + 1] in FIELD_FIRST and FIELD_LINE.match(text, start, end) is not None


def is_notice_line(line: str) -> bool:
    """Whether a line is notice furniture (addressees, covering sentence, date, number)."""
    t = line.strip()
    if _STAMP.match(t):
        return True
    if _ADDRESSEE.match(t) and _ADDRESSEE_WORD.search(t) and not re.search(r"负责|牵头|配合", t):
        return True
    return len(t) <= 200 and _COVERING.search(t) is not None and "负责" not in t


_DOC_TITLE = re.compile(r"(?:规划|方案|预案|要点|通知|意见|办法|细则|计划|规定)(?:[（(][^）)]{1,12}[）)])?$")
_ISSUER = re.compile(r"(?:委员会|办公室|办公厅|人民政府|管理委员会|管委会|指挥部|局|厅|委)$")


def is_furniture(text: str, ps: list, i: int) -> bool:
    """Whether piece ``i``, standing before the first heading, is a notice's furniture:
    a notice line, the document's title, or the issuer above the date.

    >>> from loaders.blocks import pieces
    >>> t = "某市2024年安全生产工作要点\\n某市安全生产委员会\\n2024年3月1日\\n全年无重大事故。\\n"
    >>> ps = pieces(t)
    >>> [is_furniture(t, ps, i) for i in range(len(ps))]
    [True, True, True, False]
    """
    p = ps[i]
    line = text[p.start:p.end]
    if is_notice_line(line):
        return True
    if p.kind != "title":
        return False
    if _DOC_TITLE.search(line):
        return True
    nxt = ps[i + 1] if i + 1 < len(ps) else None
    return bool(_ISSUER.search(line) and nxt is not None and _STAMP.match(text[nxt.start:nxt.end]))


def _runs(ps: list) -> list[tuple[int, int]]:
    """``(first, last)`` indices of the runs of field lines."""
    out = []
    i = 0
    while i < len(ps):
        if ps[i].field:
            j = i
            while j + 1 < len(ps) and ps[j + 1].field:
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def _forward(ps: list, runs: list[tuple[int, int]]) -> bool:
    """True when field lines are written before their item: some run of field lines
    opens a section and none closes one.  Items are the numbered pieces next to runs
    at their most common level; anything else next to a run is a section boundary."""
    levels: dict[int, int] = {}
    for i, j in runs:
        for k in (i - 1, j + 1):
            if 0 <= k < len(ps) and ps[k].marker is not None:
                levels[ps[k].level] = levels.get(ps[k].level, 0) + 1
    if not levels:
        return False
    item = max(levels, key=lambda lv: (levels[lv], lv))

    def boundary(k: int) -> bool:
        return not (0 <= k < len(ps)) or ps[k].marker is None and ps[k].kind not in _OPENS \
            or ps[k].marker is not None and ps[k].level != item

    opens = sum(boundary(i - 1) for i, _ in runs)
    closes = sum(boundary(j + 1) for _, j in runs)
    return opens > 0 and closes == 0


def _takes(ps: list, k: int, nxt: int) -> bool:
    """Whether piece ``k`` takes the field lines after it (``nxt``: the piece after them)."""
    p = ps[k]
    if p.kind in _OPENS:
        return True
    # a numbered heading without a stop (1.开展整治) that nothing nests under
    return p.kind == "heading" and p.marker is not None and (
        nxt >= len(ps) or ps[nxt].marker is None or ps[nxt].level <= p.level)


def _opens_item(p) -> bool:
    return p.kind in _OPENS or p.kind == "heading" and p.marker is not None


def attach_fields(text: str, ps: list) -> list:
    """Extend items over the field lines that belong to them; drop those lines as pieces."""
    any_field = False
    for p in ps:
        # (is_field_line's first test, on the first character, made here without a call:
        # most pieces fail it)
        p.field = p.kind in ("para", "title") and p.marker is None and text[p.start:p.start + 1] in FIELD_FIRST \
            and FIELD_LINE.match(text, p.start, p.end) is not None
        any_field = any_field or p.field
    if not any_field:
        return ps
    runs = _runs(ps)
    forward = _forward(ps, runs)
    out: list = []
    done = 0
    for i, j in runs:
        out.extend(ps[done:i])
        done = j + 1
        run = ps[i:j + 1]
        nxt = j + 1
        if not forward and i and _takes(ps, i - 1, nxt):
            ps[i - 1].end = run[-1].end
        elif forward and nxt < len(ps) and _opens_item(ps[nxt]):
            ps[nxt].start = run[0].start
        else:
            for q in run:
                q.field = False
            out.extend(run)
    out.extend(ps[done:])
    return out


__all__ = ["FIELD_LINE", "attach_fields", "is_field_line", "is_notice_line", "is_furniture"]
