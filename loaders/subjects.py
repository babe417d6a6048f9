"""Responsibility written as sentences: subjects, duty lists and partners named inline.

>>> [(f.name, f.role) for f in parse_statement("市国土资源局会同市住建委、市水利局监测地质灾害险情。")]
[('市国土资源局', 'lead'), ('市住建委', 'coop'), ('市水利局', 'coop')]
>>> [(f.name, f.role) for f in parse_statement("（三）道路交通安全专项整治，由公安、交通部门负责，有关部门配合。")]
[('公安部门', 'lead'), ('交通部门', 'lead'), ('有关部门', 'coop')]
>>> [(f.name, f.role) for f in parse_statement("市公安消防支队：参加污染物处置和受害人员的抢救工作。")]
[('市公安消防支队', 'coop')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.clauses import COOP, LEAD, Found, _dedupe, found_of, plausible
from loaders.names import ORG_SUFFIX, is_org_name, split_names

NUMBERING = re.compile(
    r"^[\s|]*(?:\[[^\]]{0,8}\]\s*)?(?:第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十\d]+[)）]|"
    r"\d+(?:\.\d+)*[.、．]?(?!\d)|[一二三四五六七八九十]+、|[①-⑳⑴-⒇⒈-⒛])\s*"
)
STRONG = re.compile(
    r"负责|負責|牵头|牽頭|主办|主辦|会同|會同|联合|聯合|协同|協同|配合|参与|參與|参加|參加|协助|協助|会办|會辦|协管|協管|"
    r"按职责|按照职责|按照各自职责|按照职责分工|应当|要|应|將|将"
)
WEAK = re.compile(
    r"组织|組織|加强|加強|做好|依法|督导|指导|督促|承担|实施|对|對|向|及时|監測|监测|开展|提供|制定|落实|建立|完善|统筹|"
    r"协调|審查|审查|接受|监督|办理|进行|根据|结合|积极|认真|严格|切实|全面|定期|深入|具体|共同|分别|抓好|确保|保障|"
    r"推进|推动|引导|检查|查处|处理|按照|举行|派出|呼吁|以|从|在|为|設置|设置|密切|主动|通过|承擔|及時"
)
_NOT_DUTY = re.compile(r"^(?:印发|印發|发布|發布|研究决定|同意|批复|收悉|下发|召开|提交|高度重视|的)")
_ORG_AT = re.compile(ORG_SUFFIX)
_ALIAS = re.compile(r"[（(]以下(?:简称|簡稱|称|稱)[“\"]?([^）)”\"]{2,20})[”\"]?[)）]")
_COLON = re.compile(r"[:：]")
_PARTNER = re.compile(r"(配合|会同|會同|联合|聯合|协同|協同|争取|爭取|协助|協助|组织|組織|与|與|同)")
_COOP_WORD = re.compile(r"^(?:开展|開展|进行|進行|加强|加強|深化|建立|形成)?(?:合作|协作|協作|沟通|溝通|协商|協商|共同|联合|聯合|联动|會商|会商|协调|協調|对接|配合)")
_LIST_GLUE = set("、和及与與,，")
_TAIL = re.compile(r"等(?:有关|有關|相关|相關|其他|其它)?(?:部门|部門|单位|單位|机构|機構)?")
_ONLY_COOP = re.compile(r"^(?:按照职责|按照職責|按职责|按照职责分工)?(?:积极|積極)?(参与|參與|参加|參加|配合|协助|協助|协管|協管)")
_COOPISH = frozenset("配合 参与 參與 参加 參加 协助 協助 会办 會辦 协管 協管".split())
_HEAD_STRIP = re.compile(r"^(?:按照[^，,；;。]{0,20}[，,]|负责|負責|按照职责|按职责|积极|積極)+")
# the two at an offset: pattern.match(text, pos) is pattern.match(text[pos:]) for a
# pattern that only anchors at the start (neither looks behind), without the copy
_HEAD_STRIP_AT = re.compile(_HEAD_STRIP.pattern.removeprefix("^"))
_ONLY_COOP_AT = re.compile(_ONLY_COOP.pattern.removeprefix("^"))


def strip_numbering(text: str) -> int:
    """Length of the numbering a statement starts with (0 if none).

    >>> strip_numbering("（十二）市公安局负责"), strip_numbering("第八条 房产部门负责"), strip_numbering("市公安局")
    (4, 4, 0)
    """
    m = NUMBERING.match(text)
    return m.end() if m else 0


_LIST_STOP = re.compile(r"[，,。；;：:！？\n]")
_CLOSE = re.compile(r"[)）]")
_CLAUSE_STOP = re.compile(r"[，,。；;！？\n]")


def name_list_end(text: str, pos: int, limit: int = 60) -> int:
    """End of a department list that starts at ``pos`` (``pos`` if there is none).

    >>> t = "配合市场监管部门加强工地食堂管理"
    >>> t[2:name_list_end(t, 2)]
    '市场监管部门'
    >>> t = "会同消防救援、市场监管、公安等有关部门，加强"
    >>> t[2:name_list_end(t, 2)]
    '消防救援、市场监管、公安等有关部门'
    """
    if WEAK.match(text, pos) and not _ORG_AT.match(text, pos):
        return pos  # a verb phrase (组织开展…), not a list: its end is not looked for
    stop = len(text)
    m = _LIST_STOP.search(text, pos)
    if m:
        stop = m.start()
    stop = min(stop, pos + limit)
    end = pos
    i = pos
    while i < stop:
        m = _ORG_AT.search(text, i, stop)
        if not m:
            break
        if m.end() - pos < 2 or m.end() - (end if end > pos else pos) < 2:
            i = m.end()
            continue
        end = _name_goes_on(text, m.end(), stop)
        more = _ORG_AT.match(text, end)
        while more and more.end() <= stop:
            end = more.end()
            more = _ORG_AT.match(text, end)
        t = _TAIL.match(text, end)
        if t and t.end() > end:
            return t.end()
        if end < stop and text[end] in _LIST_GLUE:
            i = end + 1
            continue
        if end < stop and text[end] in "（(":  # 辖区政府（新区管委会）
            close = _CLOSE.search(text, end, stop)
            if close:
                end = close.end()
        break
    return end


_NOT_IN_NAME = re.compile(r"[、和及与與，,；;。：:（）()等]")


def _name_goes_on(text: str, end: int, stop: int) -> int:
    """Where a name that reached a body's ending at ``end`` really ends: 市委 → 市委宣传部.

    >>> t = "会同市委宣传部等部门"
    >>> t[2:_name_goes_on(t, 4, len(t))]
    '市委宣传部'
    >>> t = "会同市公安局对辖区派出所"
    >>> t[2:_name_goes_on(t, 6, len(t))]
    '市公安局'
    """
    m = _ORG_AT.search(text, end, min(stop, end + 7))
    if not m or m.start() == end:
        return end
    gap = text[end:m.start()]
    if _NOT_IN_NAME.search(gap) or any(STRONG.match(text, i) or WEAK.match(text, i) for i in range(end, m.start())):
        return end
    return m.end()


# 协助 opening a sentence: nothing but white space between a full stop and the word
_ASSIST_SENTENCE = re.compile(r"[。.]\s*$")


def inline_partners(text: str, start: int = 0, *, with_assist: bool = False) -> list[Found]:
    """Partners a statement names: 配合X, 会同X, 联合X, 与X合作, 争取X支持 → X co-operates.

    >>> [f.name for f in inline_partners("加强与公安、应急等部门沟通协作，探索建立制度")]
    ['公安部门', '应急部门']
    >>> [f.name for f in inline_partners("协助有关部门对事件进行调查处理")]
    []

    With ``with_assist`` a sentence of its own that assists X (``…。协助X做好…``) names X;
    a 协助 clause inside a sentence of the item's own duties names no partner.

    >>> [f.name for f in inline_partners("负责治安管理。协助卫生部门落实隔离措施。", with_assist=True)]
    ['卫生部门']
    >>> [f.name for f in inline_partners("负责治安管理，协助卫生部门落实隔离措施。", with_assist=True)]
    []
    """
    out: list[Found] = []
    for m in _PARTNER.finditer(text, start):
        word = m.group(1)
        if word in ("协助", "協助") and not (with_assist and _ASSIST_SENTENCE.search(text, 0, m.start())):
            continue
        end = name_list_end(text, m.end())
        if end <= m.end():
            continue
        chunk = text[m.end():end]
        if word in ("与", "與", "同", "争取", "爭取"):
            follow = text[end:end + 6]
            if word in ("争取", "爭取"):
                if not follow.startswith(("支持", "指导", "帮助")):
                    continue
            elif not _COOP_WORD.match(follow):
                continue
        if word in ("组织", "組織") and not _TAIL.search(chunk):
            continue
        if not is_org_name(_TAIL.sub("", chunk) or chunk) and not _TAIL.search(chunk):
            continue
        at = m.end()
        out.extend(found_of((name, at + start, at + end, COOP, "inline"))
                   for name, start, end in split_names(chunk) if plausible(name))
    return out


_LEAD_IN = re.compile(r"(?:在[^，,。；;]{1,24}?(?:下|中)|按照[^，,。；;]{1,24}?(?:原则|要求|规定|部署)|根据[^，,。；;]{1,24}?(?:原则|要求|规定|部署))[，,]")
_LEAD_IN_WORDS = ("在", "按照", "根据")


def subject_pos(text: str, pos: int = 0) -> int:
    """Where a sentence's subject can start: after a circumstance (在…统一领导下，/ 按照…原则，).

    >>> t = "在市政府统一领导下,市安监局负责指导。"
    >>> t[subject_pos(t):][:4]
    '市安监局'
    """
    if not text.startswith(_LEAD_IN_WORDS, pos):  # the words _LEAD_IN starts with
        return pos
    m = _LEAD_IN.match(text, pos)
    return m.end() if m else pos


# find_subject finds a subject only where its clause holds a colon, 职责, or a verb right
# after a bracket or a character that can end a body's name (局, 厅, 部门 …): callers that
# try many clauses of one text find these marks once and skip the clauses without one.
_NAME_END = "".join(sorted({w[-1] for w in ORG_SUFFIX.removeprefix("(?:").removesuffix(")").split("|")}))
# One character class first, so that the regex engine skips to the characters a mark can
# start with (a leading alternation is tried at every offset), then which mark it is:
#   [name end or bracket] before a verb (or white space and a verb) | [:：] | 职责 | 職責
# (the classes are disjoint, so this matches where the plain alternation does).  Before the
# long verb alternation, the verbs' first characters: a test that fails at most name endings
# (exact: STRONG and WEAK are alternations of plain words).
_VERB_START = "".join(sorted({w[0] for rx in (STRONG, WEAK) for w in rx.pattern.split("|")}))
# White space a subject may stand apart from its verb by (``17 市农牧局 负责…``: a PDF
# table's columns, OCR): horizontal only, so a line break still parts what it parts.
# _subject_at reads such a subject as if the space were not there when what stands before
# it, all in one clause, is a body's name; its mark is then the name's end with the space
# and the verb after it.  (The one pattern serves every text: the space class costs less
# in the lookahead that follows a name's end than a test for space in each text would.)
_GLUE = " \t\u3000\xa0"
_SUBJECT_MARK = re.compile(
    rf"[{_NAME_END})）:：职職](?:(?<=[{_NAME_END})）])(?=[{_GLUE}]*[{_VERB_START}])"
    rf"(?=[{_GLUE}]*(?:{STRONG.pattern}|{WEAK.pattern}))"
    r"|(?<=[:：])|(?<=职)责|(?<=職)責)"
)


@lru_cache(maxsize=64)
def subject_marks(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` one of which a clause needs for :func:`find_subject` to find a subject.

    >>> t = "加强巡查，市公安局负责督办。"
    >>> [t[i] for i in subject_marks(t)]
    ['局']
    """
    return tuple([m.start() for m in _SUBJECT_MARK.finditer(text)])


def mark_in_clause(text: str, marks: tuple[int, ...] | list[int], pos: int) -> bool:
    """Whether one of ``marks`` (sorted offsets) lies in the clause ``find_subject(text, pos)`` reads.

    >>> t = "加强巡查，市公安局负责督办。"
    >>> mark_in_clause(t, subject_marks(t), 0), mark_in_clause(t, subject_marks(t), 5)
    (False, True)
    """
    start = subject_pos(text, pos)
    stop = _CLAUSE_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    i = bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def find_subject(text: str, pos: int = 0) -> tuple[int, int, str] | None:
    """The department list a statement opens with: (start, end, verb) or None.

    >>> t = "市卫生局组织医疗救护和卫生防病队伍抢救伤员。"
    >>> s = find_subject(t); t[s[0]:s[1]], s[2]
    ('市卫生局', '组织')
    >>> find_subject("要继续加大无证驾驶的整治力度。") is None
    True
    """
    start = subject_pos(text, pos)
    if text.startswith(("由", "由"), start):
        start += 1
    window_end = len(text)
    m = _CLAUSE_STOP.search(text, start)
    if m:
        window_end = m.start()
    # what follows reads no further than a few characters past the clause end
    found = _subject_at(text[start:window_end + 4], window_end - start)
    return None if found is None else (start + found[0], start + found[1], found[2])


def clause_subject(text: str, marks: tuple[int, ...] | list[int], pos: int) -> tuple[int, int, str] | None:
    """``find_subject(text, pos)`` when one of ``marks`` lies in the clause it reads and the
    subject starts where that clause does (``subject_pos(text, pos)``), else None: what
    mark_in_clause, find_subject and subject_pos give, with the clause found once.

    >>> t = "加强巡查，市公安局负责督办。由市应急局负责。"
    >>> clause_subject(t, subject_marks(t), 5), clause_subject(t, subject_marks(t), 0), clause_subject(t, subject_marks(t), 14)
    ((5, 9, '负责'), None, None)
    """
    start = subject_pos(text, pos)
    stop = _CLAUSE_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    i = bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end or text.startswith("由", start):
        return None  # after 由 the subject find_subject reads would start past the clause start
    found = _subject_at(text[start:end + 4], end - start)
    if found is None or found[0] != 0:
        return None
    return start, start + found[1], found[2]


@lru_cache(maxsize=65536)
def _subject_at(text: str, window_end: int) -> tuple[int, int, str] | None:
    """:func:`find_subject` on a clause cut out of its text (the subject starts at 0)."""
    start = 0
    # every alias holds 以下: finding that word is much cheaper than trying the alias
    # pattern's leading bracket class at every place, so texts without it skip _ALIAS
    has_alias = "以下" in text
    aliases = sum(len(a.group(0)) for a in _ALIAS.finditer(text, start, window_end)) if has_alias else 0
    window_end = min(window_end, start + 45 + aliases)
    colon = _COLON.search(text, start, window_end)
    if colon and colon.start() - start >= 2:
        head = _without_aliases(text[start:colon.start()], has_alias).strip()
        if is_org_name(head) and "。" not in head:
            return start, colon.start(), "："
    has_duty = "职责" in text or "職責" in text  # what _DUTY_HEAD needs
    duty = _DUTY_HEAD.search(text, start, window_end + 1) if has_duty else None
    if duty and duty.start() - start >= 2 and _good_head(text[start:duty.start()]):
        return start, duty.start(), "职责"
    for rx in (STRONG, WEAK):
        for v in rx.finditer(text, start + 2, window_end):
            head_start = start
            head_end = v.start()
            head = _without_aliases(text[start:head_end], has_alias)
            if head and head[-1] in _GLUE:  # 市农牧局 负责: a name apart from its verb
                bare = _name_before_space(head)
                if bare is None:
                    continue
                head_end -= len(head) - len(bare)
                head = bare
            cut = max(head.rfind("由"), head.rfind("以"))
            if cut >= 0 and is_org_name(head[cut + 1:]) and not (has_alias and _ALIAS.search(text[start:head_end])):
                head = head[cut + 1:]
                head_start = head_end - len(head)
            if not _good_head(head):
                continue
            after = text[v.end():v.end() + 2]
            if len(v.group(0)) > 1 and after[:1] and _ORG_AT.match(after[:1]):
                continue  # 组织部: the verb is part of the name
            if _NOT_DUTY.match(text, v.start()):
                return None
            return head_start, head_end, v.group(0)
    return None


def _name_before_space(head: str) -> str | None:
    """``head`` without the white space (:data:`_GLUE`) that parts it from its verb, when
    what is left is a body's name (``市农牧局 `` → ``市农牧局``), else None."""
    bare = head.rstrip(_GLUE)
    return bare if is_org_name(bare) else None


def _without_aliases(text: str, may_hold_alias: bool) -> str:
    """``_ALIAS.sub("", text)``, skipped when the text it was cut from holds no 以下."""
    return _ALIAS.sub("", text) if may_hold_alias else text


_DUTY_HEAD = re.compile(r"(?:的)?(?:工作)?(?:职责|職責)(?:[:：]|\s|$)")
_BAD_HEAD = re.compile(
    r"(?:从业单位|從業單位|经营单位|經營單位|生产单位|生產單位|使用单位|使用單位|施工单位|建设单位|运营单位|事发单位|"
    r"企业|企業|学校|學校)$|[\s.．。]|简称|簡稱"
)


@lru_cache(maxsize=65536)
def _good_head(head: str) -> bool:
    """Whether a sentence opening reads as a department list (not a verb phrase or an enterprise)."""
    if len(head) < 2 or not plausible(head) or _BAD_HEAD.search(head):
        return False
    if (STRONG.match(head) or WEAK.match(head)) and not _ORG_AT.match(head, 2):
        return False
    return True


def parse_statement(text: str, owner: str | None = None) -> list[Found]:
    """Who leads and who co-operates in one statement (a sentence or a duty-list entry).

    >>> [(f.name, f.role) for f in parse_statement("省交通运输管理局：负责协助省交通运输厅做好日常工作。")]
    [('省交通运输厅', 'lead'), ('省交通运输管理局', 'coop')]
    >>> [(f.name, f.role) for f in parse_statement("各街道办事处负责整治后早夜市的管理工作，其它相关部门协管。")]
    [('各街道办事处', 'lead'), ('其它相关部门', 'coop')]
    >>> parse_statement("（二）加强重点环节隐患排查整治，形成长效机制。")
    []
    """
    # a statement names bodies through a subject, which needs a subject mark, or through a
    # role verb (_clause_roles): most sentences of a plan have neither, and are not parsed
    if not subject_marks(text) and _ROLE_VERB.search(text) is None:
        return []
    return _statement(text)


def _statement(text: str) -> list[Found]:
    """:func:`parse_statement` of a text holding a subject mark or a role verb."""
    pos = strip_numbering(text)
    subj = find_subject(text, pos)
    if subj is None:  # a title sentence first: 条块结合，属地为主。…各区政府及时启动…
        marks = subject_marks(text)
        last_mark = marks[-1] if marks else -1
        for m in _SENT_END.finditer(text, pos):
            if m.end() > last_mark:
                break  # this clause and the later ones start past every mark
            if not mark_in_clause(text, marks, m.end()):
                continue
            subj = find_subject(text, m.end())
            if subj is not None:
                break
    if subj is None:
        subj = _by_subject(text, pos)
    if subj is None:
        return _clause_roles(text, pos)
    s, e, verb = subj
    basis = "duty_list" if verb == "：" else "subject"
    head = text[s:e]
    alias = _ALIAS.search(head) if "以下" in head else None  # every alias holds 以下
    if alias and not _LIST_MARK.search(head[: alias.start()]):
        plain = head[: alias.start()]
        names = [found_of((name, s + a, s + b, LEAD, basis)) for name, a, b in split_names(plain)]
    elif alias:  # 各区政府、…管委会（以下称各区政府）及市有关部门
        names = [Found(alias.group(1), s + alias.start(1), s + alias.end(1), LEAD, basis)]
        rest = head[alias.end():]
        glue = len(rest) - len(rest.lstrip("及和与、"))
        names += [Found(n.name, s + alias.end() + glue + n.start, s + alias.end() + glue + n.end, LEAD, basis)
                  for n in split_names(rest[glue:]) if plausible(n.name)]
    else:
        names = [found_of((name, s + a, s + b, LEAD, basis)) for name, a, b in split_names(head)]
    return subject_roles(text, names, e, verb, basis)


def subject_roles(text: str, names: list[Found], e: int, verb: str, basis: str) -> list[Found]:
    """The roles of a statement whose subject ``names`` (read as leads) ends at ``e``,
    before white space and ``verb``: the subject co-operates where the duty only takes
    part, ``配合X`` / ``协助X`` make X lead, partners named in the duty co-operate.

    >>> [(f.name, f.role) for f in subject_roles("市水利局：按照职责配合做好抢险工作。",
    ...                                        [Found("市水利局", 0, 4, LEAD, "duty_list")], 4, "：", "duty_list")]
    [('市水利局', 'coop')]
    """
    verb_at = e  # where the verb starts: after the white space a subject stands apart by
    while verb_at < len(text) and text[verb_at] in _GLUE:
        verb_at += 1
    rest_at = verb_at + len(verb)
    out: list[Found] = []
    if verb in ("会同", "會同", "联合", "聯合", "协同", "協同"):
        out = names + _coop_after(text, rest_at)
    else:
        # the duty read from the verb when it only takes part (a verb find_subject read
        # from the text at e), else after it; matched in place rather than on a copy
        body_at = verb_at if verb in _COOPISH else rest_at
        lead_in = _HEAD_STRIP_AT.match(text, body_at)
        core_at = lead_in.end() if lead_in else body_at
        only = _ONLY_COOP_AT.match(text, core_at)
        if only:
            x = only.end()
            x_end = name_list_end(text, x)
            if x_end > x and only.group(1) in ("配合", "协助", "協助"):
                partners = [found_of((name, x + a, x + b, LEAD, basis)) for name, a, b in split_names(text[x:x_end])]
                out = partners + [found_of((name, a, b, COOP, basis)) for name, a, b, _, _ in names]
            elif _all_coop(text[core_at:]):
                out = [found_of((name, a, b, COOP, basis)) for name, a, b, _, _ in names]
            else:
                out = names + inline_partners(text, e, with_assist=True)
        else:
            out = names + inline_partners(text, e, with_assist=True)
    out += coop_roles(text, rest_at)
    out += own_duty_partners(text, rest_at)
    return _dedupe(out)


_OWN_DUTY = re.compile(
    r"(?<=[，,；;。])(?P<names>[^，,；;。]{2,40}?)(?:依据|依據|依照|按照|根据|根據|按)(?:自身|各自)"
    r"(?:职能|職能|职责|職責)(?:分工)?(?:履行|做好|落实|落實|开展|開展|抓好)"
)


def own_duty_partners(text: str, pos: int) -> list[Found]:
    """Bodies that, after a lead clause, do their own part: ``X牵头负责…；Y依据自身职能履行…``
    / ``…，Y按照各自职责做好…`` → Y co-operates.

    >>> [f.name for f in own_duty_partners("县政府牵头负责景区监管；各主管部门依据自身职能履行安全管理职责。", 0)]
    ['各主管部门']
    >>> [f.name for f in own_duty_partners("市应急局牵头；各主管部门和行业部门按照各自职责做好检查。", 0)]
    ['各主管部门', '行业部门']
    >>> own_duty_partners("各区政府按照各自职责和权限，负责组织实施。", 0)
    []
    """
    out: list[Found] = []
    if "自身" not in text and "各自" not in text:  # _OWN_DUTY needs one of them
        return out
    for m in _OWN_DUTY.finditer(text, pos):
        a = m.start("names")
        for n in split_names(m.group("names")):
            pieces = [(p.start(), p.group(0)) for p in _PIECE.finditer(n.name)]
            if len(pieces) < 2 or not all(_BODY_END.search(t) for _, t in pieces):
                pieces = [(0, n.name)]  # 各景区主管部门和行业主管部门: two collectives
            out.extend(Found(t, a + n.start + i, a + n.start + i + len(t), COOP, "subject")
                       for i, t in pieces if _good_head(t))
    return out


_BODY_END = re.compile(r"(?:部门|部門|单位|單位|机构|機構)$")


_SENT_END = re.compile(r"。")
_BY = re.compile(r"由(?!于|於|此|来|來|衷)")


def _by_subject(text: str, pos: int) -> tuple[int, int, str] | None:
    """A subject introduced by 由 inside a sentence: ``划定警戒区域，由X设置岗哨`` /
    ``…工作由X会同Y组织开展``.

    >>> t = "划定警戒区域,由市公安局设置岗哨。"
    >>> s = _by_subject(t, 0); t[s[0]:s[1]], s[2]
    ('市公安局', '设置')
    >>> _by_subject("由于天气原因，推迟检查。", 0) is None
    True
    """
    for m in _BY.finditer(text, pos):
        subj = find_subject(text, m.start())
        # 由X负责 / 由X牵头 are read by the clause rules with their partners
        if subj is not None and subj[0] == m.end() and not _ROLE_VERB.fullmatch(subj[2]):
            return subj
    return None
_LIST_MARK = re.compile(r"[、，,]")
_SEG_END = re.compile(r"[，,；;。]")
_PIECE = re.compile(r"[^和及与與、]+")
_CLAUSE_SPLIT = re.compile(r"[，,；;。ꎬꎻꎮ]")
_ROUTINE = re.compile(r"^(?:完成|承办|承辦)[^，,；;。]*(?:安排|交办|交辦)")


def _all_coop(core: str) -> bool:
    """Whether every clause of a duty only takes part (参与/配合/协助 …), naming no lead.

    >>> _all_coop("配合做好抢险救援工作；完成市应急指挥部安排的其它应急工作。")
    True
    >>> _all_coop("协助做好受灾群众的安置工作,向受灾群众提供基本生活救助物资")
    False
    """
    for clause in _CLAUSE_SPLIT.split(core):
        c = _HEAD_STRIP.sub("", clause.strip())
        if not c or _ONLY_COOP.match(c) or _ROUTINE.match(c) or c.startswith(("按照", "根据")):
            continue
        return False
    return True


def _coop_after(text: str, at: int) -> list[Found]:
    end = name_list_end(text, at)
    return [found_of((name, at + a, at + b, COOP, "subject")) for name, a, b in split_names(text[at:end])]


_SEG_ROLE = re.compile(
    r"(?:^|由|以)(?P<names>[^，,；;。由]{2,40}?)(?:等)?(?:为主|為主|按职责分工|按照职责分工|按职责)?"
    r"(?P<verb>牵头|牽頭|负责|負責|主办|主辦|配合|参与|參與|参加|參加|协助|協助|会办|會辦|协管|協管|为主|為主)"
)


# a clause names a role only with one of _SEG_ROLE's verbs in it
_ROLE_VERB = re.compile(r"牵头|牽頭|负责|負責|主办|主辦|配合|参与|參與|参加|參加|协助|協助|会办|會辦|协管|協管|为主|為主")


# the lead verbs of _SEG_ROLE (role LEAD); its other verbs name a body that co-operates
_LEAD_ROLE_VERBS = ("牵头", "牽頭", "负责", "負責", "主办", "主辦", "为主", "為主")
_COOP_VERB = re.compile("|".join(v for v in _ROLE_VERB.pattern.split("|") if v not in _LEAD_ROLE_VERBS))


def coop_roles(text: str, pos: int) -> list[Found]:
    """The co-operating bodies of :func:`_clause_roles` (``f.role == COOP``): each is named
    by a co-operation verb (配合, 参与 …) at or after ``pos``, so a text without one is not
    read clause by clause (most duties go on with lead verbs only: …负责…，负责…).

    >>> [f.name for f in coop_roles("市公安局负责治安，市交通局配合。", 5)], coop_roles("市公安局负责治安，负责交通。", 5)
    (['市交通局'], [])
    """
    if _COOP_VERB.search(text, pos) is None:
        return []
    return [f for f in _clause_roles(text, pos) if f.role == COOP]


def _clause_roles(text: str, pos: int) -> list[Found]:
    """Clauses of the form （由）X负责 / Y配合 / Y会办 / 以X为主 anywhere after ``pos``."""
    out: list[Found] = []
    # the first role verb at or after the segment start: no verb holds a _SEG_END
    # character, so a segment holds a verb exactly when this one starts before its end
    next_verb = _ROLE_VERB.search(text, pos)
    if not next_verb:
        return out
    seg_start = pos
    stops = _SEG_END.finditer(text, pos)
    # the segment ends (each _SEG_END, then the text's end) are read only as far as the last verb
    while next_verb is not None:
        stop = next(stops, None)
        i = len(text) if stop is None else stop.start()
        if next_verb.start() >= i:
            seg_start = i + 1
            continue
        seg = text[seg_start:i]
        next_verb = _ROLE_VERB.search(text, i + 1) if stop is not None else None
        for m in _SEG_ROLE.finditer(seg):
            names = m.group("names")
            a = seg_start + m.start("names")
            cut = max(names.rfind("以"), names.rfind("由"))
            if cut > 0 and _good_head(names[cut + 1:]):  # …的领导和指挥以辖区政府为主
                names, a = names[cut + 1:], a + cut + 1
            if names[-1] in _GLUE:  # 市交通局 配合: a name apart from its verb, read as _subject_at reads it
                bare = _name_before_space(names)
                if bare is not None and _good_head(bare):
                    names = bare
            verb = m.group("verb")
            role = LEAD if verb in _LEAD_ROLE_VERBS else COOP
            if not _good_head(names):
                # 有关部门和专家参与: keep the bodies of a list that also names people
                out.extend(Found(p.group(0), a + p.start(), a + p.end(), role, "subject")
                           for p in _PIECE.finditer(names) if _good_head(p.group(0)))
                continue
            out.extend(found_of((name, a + start, a + end, role, "subject")) for name, start, end in split_names(names))
            break
        seg_start = i + 1
    return out
