"""The fast paths of the responsibilities step give what the plain forms give.

Records built without the dataclass ``__init__`` equal the ones the constructor builds,
and each scan that replaces several passes is checked against the plain passes on
random strings over the characters and words that matter to it.
"""
from __future__ import annotations

import random
import re

from loaders import names, responsibility, subjects


def _strings(pieces, longest: int = 24, count: int = 3000) -> list[str]:
    """``count`` texts of up to ``longest`` pieces each, drawn from ``pieces`` by one seeded generator."""
    rng = random.Random(7)
    return ["".join(rng.choices(pieces, k=rng.randint(0, longest))) for _ in range(count)]


# --- statement starts -------------------------------------------------------------

_LEAD_WORD = re.compile(r"负责|負責|牵头|牽頭|主办|主辦|职责|職責|[:：]")
_LEAD_ROLE_VERB = re.compile(r"牵头|牽頭|负责|負責|主办|主辦|为主|為主")
_STATEMENT_WORDS = ["市公安局", "省卫生厅", "各街道办事处", "有关部门", "负责", "負責", "牵头", "牽頭", "主办", "为主", "職責",
                    "职责", "配合", "会同", "组织", "加强", "由", "在市政府统一领导下", "按照属地原则", "：", ":", "，", ",",
                    "。", "；", "！", "ꎮ", " ", "  ", "\n", "\u3000", "1.", "（2）", "3、", "第八条", "开展检查", "的", "局",
                    "工作职责", "负负责", "责"]


def test_lead_word_starts_are_the_starts_of_the_alternation():
    # the lead words overlap neither one another nor themselves: every occurrence is a match
    for s in _strings(_STATEMENT_WORDS + ["负", "責", "头", "主", "為", "牽"]):
        assert responsibility.lead_word_starts(s)[0] == [m.start() for m in _LEAD_WORD.finditer(s)], s


def test_first_lead_verb_from_an_offset_is_the_search_from_it():
    # 为主 and 主办 overlap: _lead_clause only asks for the first occurrence at or after an offset
    for s in _strings(_STATEMENT_WORDS + ["负", "責", "头", "主", "為", "为主办", "牽"]):
        starts = responsibility.lead_word_starts(s)[1]
        for at in range(len(s) + 1):
            first = next((i for i in starts if i >= at), None)
            m = _LEAD_ROLE_VERB.search(s, at)
            assert first == (m.start() if m else None), (s, at)


def test_has_space_is_a_white_space_search():
    for s in _strings([" ", "\u3000", "\n", "\t", "\x1c", "\x85", "\xa0", "\u2028", "\u200b", "市", "a", ""], 6):
        assert responsibility.has_space(s) == bool(re.search(r"\s", s)), repr(s)


def test_candidate_characters_are_the_candidates_of_a_text_without_space():
    for s in _strings(_STATEMENT_WORDS):
        if responsibility.has_space(s):
            continue
        plain = [(m.end(), m.lastgroup == "comma") for m in responsibility._CANDIDATE.finditer(s)]
        fast = [(m.end(), s[m.end() - 1] in "，,") for m in responsibility._CANDIDATE_CHAR.finditer(s)]
        assert fast == plain, s


def _plain_statement_starts(text: str, labelled: bool = False) -> list[int]:
    """statement_starts as it was written with one regex pass per kind of mark."""
    numbered = {m.end() for m in responsibility._INLINE_NUMBER.finditer(text)}
    if labelled:
        starts = [0]
        for at in sorted(numbered):
            if not responsibility.FIELD_LINE.match(text[starts[-1]:at].lstrip()):
                starts.append(at)
        return starts
    marks = subjects.subject_marks(text)
    lead_marks = [m.start() for m in _LEAD_WORD.finditer(text)]
    starts = [0]
    glued = -1
    for candidate in responsibility._CANDIDATE.finditer(text):
        at = candidate.end()
        if at >= len(text) or at <= starts[-1]:
            continue
        if candidate.start() == glued:  # the white space between a subject and its verb
            continue
        comma = candidate.lastgroup == "comma"
        clause_marks = lead_marks if comma else marks
        if not clause_marks or clause_marks[-1] < at:
            subj = None
        else:
            numbering = responsibility._NUMBERING_AT.match(text, at)
            pos = numbering.end() if numbering else at
            subj = subjects.find_subject(text, pos) if subjects.mark_in_clause(text, clause_marks, pos) else None
        if subj is not None and subj[0] != subjects.subject_pos(text, pos):
            subj = None
        if subj is None:
            if not comma and (at in numbered or _plain_lead_clause(text, at)):
                starts.append(at)
            continue
        glued = subj[1]
        if comma and subj[2] not in responsibility._LEAD_VERBS:
            continue
        starts.append(at)
    if len(starts) > 1 and not responsibility._has_statement(text[: starts[1]]):
        starts.pop(1)
    return starts


def _plain_lead_clause(text: str, at: int) -> bool:
    verb = _LEAD_ROLE_VERB.search(text, at)
    if verb is None:
        return False
    end = responsibility._SENT.search(text, at)
    stop = end.end() if end else len(text)
    return verb.start() < stop and responsibility._has_lead(text[at:stop])


def test_statement_starts_are_those_of_the_plain_passes():
    for s in _strings(_STATEMENT_WORDS, 16):
        for labelled in (False, True):
            assert responsibility.statement_starts(s, labelled) == _plain_statement_starts(s, labelled), s


def test_statement_starts_of_real_sentences():
    for s in ["省卫生厅：组织医疗救援。 省安监局：负责督促指导。",
              "（2）各街道办事处负责早夜市的管理，执法三大队负责摊点群的管理，其它相关部门协管。",
              "1.道路交通。建立健全农村道路交通安全隐患治理。2026年11月，组织开展货车非法改装。市公安局负责建立健全隐患治理。",
              "（三）道路交通安全专项整治，由公安部门负责，有关部门配合。 1.市应急局牵头，市公安局配合。"]:
        assert responsibility.statement_starts(s) == _plain_statement_starts(s), s


_LEAD_IN = re.compile(r"(?:在[^，,。；;]{1,24}?(?:下|中)|按照[^，,。；;]{1,24}?(?:原则|要求|规定|部署)|"
                      r"根据[^，,。；;]{1,24}?(?:原则|要求|规定|部署))[，,]")


def test_subject_pos_is_the_lead_in_match():
    for s in _strings(["在", "按照", "根据", "按", "根", "市政府", "统一领导", "下", "中", "原则", "要求", "，", ",", "。", "市公安局"], 10):
        for pos in range(len(s) + 1):
            m = _LEAD_IN.match(s, pos)
            assert subjects.subject_pos(s, pos) == (m.end() if m else pos), (s, pos)


def test_subject_marks_are_those_of_the_plain_alternation():
    # a name's end with white space (spaces, tabs, U+3000, no-break spaces) before its verb
    plain = re.compile(rf"[{subjects._NAME_END})）](?=[ \t\u3000\xa0]*(?:{subjects.STRONG.pattern}|{subjects.WEAK.pattern}))"
                       r"|[:：]|职责|職責")
    pieces = _STATEMENT_WORDS + ["职", "職", "責", "）", ")", "局", "部门", "组织部", "会同", "要", "厅", "应", "对", "处",
                                 "\t", "\xa0"]
    for s in _strings(pieces):
        assert subjects.subject_marks(s) == tuple(m.start() for m in plain.finditer(s)), s


def test_org_ending_is_the_regex_search():
    pieces = list(names._ORG_ENDINGS) + ["市", "公安", "\n", " ", "（", "）", "(", ")", "shè", "等", "局\n", "x"]
    for s in _strings(pieces, 6):
        assert names.ends_like_org(s) == bool(names._ORG_END.search(s)), repr(s)
        plain = bool(names._ORG_END.search(names._TAIL_BRACKET.sub("", names.strip_pinyin(s))))
        assert names.is_org_name(s) == plain, repr(s)


def test_candidate_scan_is_the_plain_alternation():
    plain = re.compile(r"(?P<comma>[，,])|[。；;！？!?ꎮꎻ]\s*|\s+")
    for s in _strings(_STATEMENT_WORDS + ["\t", "\r\n", "。 ", "， "]):
        fast = [(m.span(), m.lastgroup) for m in responsibility._CANDIDATE.finditer(s)]
        assert fast == [(m.span(), m.lastgroup) for m in plain.finditer(s)], s


# --- name lists -------------------------------------------------------------------

_NAME_PIECES = ["市", "省", "公安局", "应急厅", "各有关部门", "队", "政府", "和", "及", "与", "等", "、", "，", ",", " ",
                "\u3000", "\n", "(", ")", "（", "）", "jīng", "mào", "ab", "部门", "有关", "交通", "市场监管", "中直"]
_PINYIN_GLOSS = re.compile(r"[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,8}[)）]")


def test_strip_pinyin_is_the_gloss_substitution():
    for s in _strings(_NAME_PIECES, 12):
        assert names.strip_pinyin(s) == _PINYIN_GLOSS.sub("", s), s


def test_without_space_is_the_white_space_substitution():
    for s in _strings(_NAME_PIECES + ["\x1c", "\x85", "\xa0", "\u2028", "\u200b", "\t"], 12):
        assert names.without_space(s) == re.sub(r"\s+", "", s), repr(s)


def _plain_named_cuts(part: str) -> tuple[tuple[str, int, int], ...]:
    """_named_cuts as split_names wrote it: the cuts of a piece, then their clean names."""
    cuts = [(0, len(part))] if names._is_generic(part) else names._and_cuts(part)
    return tuple((names.clean_name(part[x:y]), x, y) for x, y in cuts if names.clean_name(part[x:y]))


def test_named_cuts_are_the_clean_names_of_the_cuts():
    for s in _strings(_NAME_PIECES, 8):
        assert names._named_cuts(s) == _plain_named_cuts(s), s


# --- parentheticals ---------------------------------------------------------------

_PAREN_PIECES = ["省应急厅", "市公安局", "各有关部门", "省、中直负有安全生产监管职责的部门", "牵头", "负责", "配合", "按职责分工",
                 "参与", "落实", "等", "，", ",", "；", "。", "、", " ", "(", ")", "（", "）", "jīng", "责任人：郝忠",
                 "牵头单位：", "配合单位：", "【责任单位】", "工作职责：", "含快递仓储场所", "队", "和"]


def test_one_pass_parenthetical_is_role_words_and_parse():
    from loaders import clauses
    for s in _strings(_PAREN_PIECES, 10):
        clauses._parse_parenthetical.cache_clear()
        assert clauses.read_parenthetical.__wrapped__(s) == (clauses.has_role_words(s), tuple(clauses.parse_parenthetical(s))), s


def _plain_clause_subject(text: str, marks, pos: int):
    subj = subjects.find_subject(text, pos) if subjects.mark_in_clause(text, marks, pos) else None
    return None if subj is None or subj[0] != subjects.subject_pos(text, pos) else subj


def test_clause_subject_is_mark_find_and_position_checks():
    for s in _strings(_STATEMENT_WORDS, 12, 1500):
        marks = subjects.subject_marks(s)
        for pos in range(len(s) + 1):
            assert subjects.clause_subject(s, marks, pos) == _plain_clause_subject(s, marks, pos), (s, pos)


# --- patterns rewritten to start where the engine can skip ---------------------------

_OLD_LABEL = re.compile(
    r"[【\[]?(牵头单位|牽頭單位|牵头部门|牽頭部門|主责单位|主責單位|责任单位|責任單位|责任部门|責任部門|"
    r"配合单位|配合單位|配合部门|配合部門|协办单位|協辦單位|参与单位|參與單位|参加单位|組成單位|组成单位|"
    r"(?:工作职责|工作職責))(?:[】\]]\s*[:：]?|\s*[:：])"
)
_LABEL_PIECES = ["【", "[", "】", "]", "：", ":", " ", "牵头单位", "牽頭部門", "责任单位", "配合单位", "工作职责", "组成单位",
                 "牵头", "单位", "市应急局", "，", "；", "。", "\n"]


def test_label_matches_end_and_name_the_labels_of_the_bracketed_pattern():
    from loaders import clauses
    for s in _strings(_LABEL_PIECES, 16):
        fast = [(m.end(), m.group(1)) for m in clauses._LABEL.finditer(s)]
        assert fast == [(m.end(), m.group(1)) for m in _OLD_LABEL.finditer(s)], s


def test_names_its_lead_is_the_lead_pattern_search():
    from loaders import clauses
    pieces = ["为", "為", "任", "是", "牵头", "牽頭", "牵", "头", "单位", "部門", "市应急局", "，", "成员单位"]
    for s in _strings(pieces, 12):
        assert clauses._names_its_lead(s) == bool(clauses._IS_LEAD.search(s)), s


def test_without_aliases_is_the_alias_substitution_of_any_cut():
    # _subject_at asks once whether its text holds 以下 and strips aliases from pieces of it
    pieces = ["（", "(", "）", ")", "以下", "以", "下", "简称", "称", "“", "”", '"', "市应急局", "应急局", "，", "负责"]
    for s in _strings(pieces, 10, 800):
        may_hold_alias = "以下" in s
        if not may_hold_alias:
            assert subjects._ALIAS.search(s) is None, s
        for a in range(len(s) + 1):
            for b in range(a, len(s) + 1):
                assert subjects._without_aliases(s[a:b], may_hold_alias) == subjects._ALIAS.sub("", s[a:b]), (s, a, b)


_OLD_VALUE_END = re.compile(r"[；;。\n]|[，,](?=[^，,；;。:：]{1,8}[:：])|[【\[]")


def test_value_end_is_the_alternation_of_ends():
    from loaders import clauses
    pieces = ["；", ";", "。", "\n", "，", ",", "【", "[", "：", ":", "责任人", "市应急局", "区", "a"]
    for s in _strings(pieces, 14):
        for at in range(len(s) + 1):
            fast, plain = clauses._VALUE_END.search(s, at), _OLD_VALUE_END.search(s, at)
            assert (fast and fast.span()) == (plain and plain.span()), (s, at)


def test_no_clause_past_the_last_mark_holds_a_mark():
    # parse_statement stops trying sentence ends once they lie past the text's last mark
    for s in _strings(_STATEMENT_WORDS, 12, 1500):
        marks = subjects.subject_marks(s)
        last_mark = marks[-1] if marks else -1
        for pos in range(last_mark + 1, len(s) + 1):
            assert not subjects.mark_in_clause(s, marks, pos), (s, pos)


def test_may_hold_label_is_the_label_end_search():
    from loaders import clauses
    for s in _strings(_LABEL_PIECES + ["部门", "職責", "单", "位", "\n", "\u3000"], 12):
        assert clauses._may_hold_label(s) == bool(clauses._LABEL_END.search(s)), s


def test_next_role_verb_before_a_segment_end_is_a_verb_in_the_segment():
    # _clause_roles tests each segment with the first role verb found from its start
    pieces = ["负责", "配合", "为主", "牵头", "会办", "负", "责", "配", "为", "主", "市公安局", "由", "，", ",", "；", "。", "、"]
    for s in _strings(pieces, 12):
        seg_start = 0
        for i in [m.start() for m in subjects._SEG_END.finditer(s)] + [len(s)]:
            next_verb = subjects._ROLE_VERB.search(s, seg_start)
            fast = next_verb is not None and next_verb.start() < i
            assert fast == bool(subjects._ROLE_VERB.search(s[seg_start:i])), (s, seg_start, i)
            seg_start = i + 1
