"""Compilations of department sub-plans: a table of contents, then one body per entry.

The bodies mostly lack their titles.  A body starts at a preamble paragraph
(为认真贯彻落实… / 根据…) that follows other content, together with any title lines
just above it; bodies are matched to the TOC entries in order.  Each sub-plan's
owner is found by general rules (see :func:`owner_of`).

>>> field_of("通辽经济技术开发区教育系统安全生产治本攻坚三年行动实施方案(2024—2026年)")
'教育'
>>> owner_from_title("通辽市公安局经济技术开发区分局安全生产治本攻坚三年行动方案")
'通辽市公安局经济技术开发区分局'
>>> owner_of("通辽经济技术开发区民政领域安全生产三年行动实施方案", "三年行动期间，民政局组织培训。", "开发区")
'开发区民政局'
>>> owner_of("某开发区商务领域安全生产方案", "促进商务部门和企业……", "开发区")
'开发区商务部门'
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from loaders.blocks import Piece
from loaders.metadata import place_of
from loaders.owners import cover, named_bodies

_TOC_TITLE = re.compile(r"(方案|计划|规划|预案|要点|办法)")
_LEADERS = re.compile(r"[\s·.…．•‥_\-]*[(（]?\d{0,4}[)）]?\s*$")
_PREAMBLE = re.compile(r"(?:为|根据|按照|依据)[^。]{0,30}?(?:贯彻|落实|部署|要求|精神)")
_SCOPE = re.compile(r"(安全生产|消防安全|安全治本|治本攻坚|三年行动)")
_FIELD_END = re.compile(r"(系统|领域|行业|安全生产|安全治本|治本攻坚|安全)")
_PLACE_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,4}市)?(?:[\u4e00-\u9fff]{0,8}?(?:经济技术开发区|高新技术产业开发区|开发区|新区|区|县))")
_BODY_TAIL = r"(?:分局|局|厅|委员会|委|大队|支队|中心|办公室)"
_ORG = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:开发区|新区)[\u4e00-\u9fff]{1,10}?" + _BODY_TAIL)
_MAKER = re.compile(r"([\u4e00-\u9fff]{2,24}?" + _BODY_TAIL + r")结合[^。]{0,40}?制定本")
_BARE = re.compile(r"(?<![市区县省])([\u4e00-\u9fff]{2,4}局)(?:组织|牵头|负责|要)")
_SELF_BUREAU = re.compile(r"(?:我局|本局)")
_SELF = re.compile(r"(?:^|[。；，\n])\s*(分局|大队|支队)(?:成立|组织|牵头|负责|要|将)")


@dataclass(frozen=True)
class SubPlan:
    number: int
    title: str
    owner: str | None
    first: int  # index of its first piece
    last: int  # index after its last piece
    start: int
    end: int


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def field_of(title: str) -> str:
    """The field a sub-plan title is scoped to (教育, 民政, 住房城乡建设 …)."""
    rest = _PLACE_HEAD.sub("", title, count=1)
    m = _FIELD_END.search(rest)
    return rest[: m.start()] if m else rest[:6]


def owner_from_title(title: str) -> str | None:
    """A body named by the title before its scope words: 通辽市公安局经济技术开发区分局."""
    m = _SCOPE.search(title)
    head = title[: m.start()] if m else title
    last = None
    for last in re.finditer(_BODY_TAIL, head):
        pass
    return head[: last.end()] if last else None


def owner_of(title: str, body: str, short_place: str) -> str | None:
    """The department a sub-plan belongs to, by the first rule that gives a name."""
    return _owner(title, body, short_place)[0]


def _owner(title: str, body: str, short_place: str) -> tuple[str | None, bool]:
    """(owner, whether the text names it); an unnamed owner is built from the field."""
    named = owner_from_title(title)
    if named:
        return named, True
    made = _MAKER.search(body) if "结合" in body and "制定本" in body else None
    if made:
        return made.group(1), True
    field = field_of(title)
    key = field[:2]
    orgs = Counter(_zone_orgs(body))
    ranked = [o for o, _ in orgs.most_common() if not o.startswith(("各", "全"))]
    for o in ranked:
        tail = re.split(r"开发区|新区", o)[-1]
        if any(c in tail for c in field) and body.count(tail) >= 2:
            return o, True
    bare = [m.group(1) for m in _BARE.finditer(body) if key in m.group(1)] if key and key in body else []
    if bare:
        return placed(short_place, bare[0]), True
    for o in ranked:
        if key and key in re.split(r"开发区|新区", o)[-1]:
            return o, True
    depts = Counter(_dept_mentions(body, key)) if key else Counter()
    if depts:
        best = max(depts.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]
        return placed(short_place, best), True
    if _SELF.search(body):
        return short_place + field + _SELF.search(body).group(1), True
    if ranked and orgs[ranked[0]] >= 3:
        return ranked[0], True
    return (placed(short_place, field + "部门") if field else None), False


_ZONE = re.compile(r"开发区|新区")


def _zone_orgs(body: str) -> list[str]:
    """What ``_ORG.finditer(body)`` finds, trying only the starts within reach of a 开发区/新区."""
    out = []
    pos = 0  # where the next match may start
    tried = -1  # the last start tried without a match
    for z in _ZONE.finditer(body):
        q = z.start()
        if q < pos:
            continue
        for p in range(max(pos, q - 10, tried + 1), q + 1):
            m = _ORG.match(body, p)
            if m:
                out.append(m.group(0))
                pos = m.end()
                break
        else:
            tried = q
    return out


_DEPT_TAIL = re.compile(r"[\u4e00-\u9fff]{0,8}?部门")


def _dept_mentions(body: str, key: str) -> list[str]:
    """``key`` + up to 8 ideographs + 部门, left to right without overlaps (key is literal text)."""
    out = []
    pos = 0
    while (i := body.find(key, pos)) >= 0:
        m = _DEPT_TAIL.match(body, i + len(key))
        if m:
            out.append(body[i:m.end()])
            pos = m.end()
        else:
            pos = i + 1
    return out


def placed(place: str, name: str) -> str:
    """``name`` under ``place`` unless it already begins with a place of its own.

    >>> placed("辽宁省", "住房和城乡建设厅"), placed("辽宁省", "辽宁省住房和城乡建设厅"), placed("开发区", "大连市应急管理局")
    ('辽宁省住房和城乡建设厅', '辽宁省住房和城乡建设厅', '大连市应急管理局')
    """
    if not place or name.startswith(place) or place_of(name):
        return name
    return place + name


def short_place(jurisdiction: str | None) -> str:
    """How a compilation names its own place in short: 开发区, 新区, or the name itself."""
    if not jurisdiction:
        return ""
    for tail in ("开发区", "高新区", "新区"):
        if jurisdiction.endswith(tail):
            return tail
    return jurisdiction


def toc_entries(text: str, ps: list[Piece]) -> list[tuple[int, str, int]]:
    """``(number, title, piece index)`` of numbered TOC entries that name plans."""
    out = []
    for i, p in enumerate(ps):
        if p.kind != "toc" or not p.marker or p.marker.kind != "l3":
            continue
        title = _LEADERS.sub("", text[p.body:p.end])
        if _TOC_TITLE.search(title):
            out.append((p.marker.value or 0, re.sub(r"\s+", "", title), i))
    return out


def find_subplans(text: str, ps: list[Piece], meta: object) -> list[SubPlan]:
    """The sub-plans of a compilation, or [] when the text is not one."""
    entries = toc_entries(text, ps)
    if len(entries) < 3:
        return []
    after = entries[-1][2] + 1
    toc_norm = [norm(t) for _, t, _ in entries]
    starts = []
    prev_pre = False
    for i in range(after, len(ps)):
        p = ps[i]
        is_pre = p.kind == "para" and bool(_PREAMBLE.match(text, p.start, p.end))
        if is_pre and not prev_pre:
            j = i
            while j - 1 >= after and ps[j - 1].kind == "title" and _in_toc(text, ps[j - 1], toc_norm):
                j -= 1
            starts.append(j)
        prev_pre = is_pre
    if not starts:
        return []
    place = short_place(getattr(meta, "jurisdiction", None))
    bounds = starts + [len(ps)]
    out = []
    unnamed = []
    for k, (number, title, _) in enumerate(entries[: len(starts)]):
        first, last = bounds[k], bounds[k + 1]
        start, end = ps[first].start, ps[last - 1].end
        owner, named = _owner(title, text[start:end], place)
        if not named:
            unnamed.append(k)
        out.append(SubPlan(number, title, owner, first, last, start, end))
    if unnamed:
        out = _borrow_owners(text, out, set(unnamed))
    return out


def _in_toc(text: str, p: Piece, toc_norm: list[str]) -> bool:
    """Whether the piece, normalised, is some five characters or more of a TOC title
    (normalised: ``toc_norm``)."""
    title = norm(text[p.start:p.end])  # normalised once, not once per TOC title
    return len(title) >= 5 and any(title in t for t in toc_norm)


def _borrow_owners(text: str, subs: list[SubPlan], unnamed: set[int]) -> list[SubPlan]:
    """Sub-plans naming no body take a body of the compilation whose function covers their field."""
    pool = [s.owner for k, s in enumerate(subs) if k not in unnamed and s.owner]
    pool += [b for b in named_bodies(text) if b not in pool]
    out = list(subs)
    for k in sorted(unnamed):
        s = subs[k]
        body = text[s.start:s.end]
        cands = pool
        if _SELF_BUREAU.search(body):  # 我局: the owner is a bureau
            cands = [c for c in pool if c.endswith("局")] or pool
        found = cover(field_of(s.title), cands)
        if found:
            out[k] = replace(s, owner=found)
    return out


__all__ = ["SubPlan", "find_subplans", "owner_of", "field_of", "toc_entries"]
