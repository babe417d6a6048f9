"""parse_statement answers [] without parsing a text that holds neither a subject mark nor
a role verb: the full parse (_statement) of such a text finds nothing either."""
from __future__ import annotations

from test_responsibility_fast_paths_agree import _STATEMENT_WORDS, _strings

from loaders import subjects

_WORDS = _STATEMENT_WORDS + ["配合", "参与", "协管", "会办", "为主", "（以下简称应急局）", "部门", "对", "市应急局", "以",
                             "会同市公安局", "与公安部门协作", "争取省厅支持", "依据自身职能履行", "组织", "等部门", "处"]


def test_a_text_without_mark_or_role_verb_holds_no_statement():
    skipped = 0
    for s in _strings(_WORDS, 14, 8000):
        assert subjects.parse_statement(s) == subjects._statement(s), s
        if not subjects.subject_marks(s) and subjects._ROLE_VERB.search(s) is None:
            skipped += 1
    assert skipped > 500  # the strings try the skip often


def test_real_sentences_without_mark_or_role_verb():
    for s in ["（二）加强重点环节隐患排查整治，形成长效机制。", "5.文化旅游。建立健全安全生产责任保险推行工作。",
              "1.严格落实安全生产考核巡查。督促指导企业落实安全生产宣传教育，确保取得实效。",
              "在市政府统一领导下，会同有关部门开展检查。", "加强与公安、应急等部门沟通协作，探索建立制度"]:
        assert subjects.parse_statement(s) == subjects._statement(s), s


def test_without_a_subject_mark_no_clause_has_a_subject():
    # what statement_starts leans on to return [0] for a text without mark, lead verb or numbering
    for s in _strings(_WORDS, 14, 4000):
        if subjects.subject_marks(s):
            continue
        lead_marks = [i for i in range(len(s))]  # any offsets: the mark test cannot pass a clause through
        for pos in range(len(s) + 1):
            assert subjects.find_subject(s, pos) is None, (s, pos)
            assert subjects.clause_subject(s, lead_marks, pos) is None, (s, pos)
