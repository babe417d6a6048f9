"""A statement needs a subject mark or a role verb: statement_starts keeps an opening
only when it holds one of them (before parsing it), and stops trying candidates past
the last mark, lead word, lead verb and numbering.  Both skips lean on these facts."""
from __future__ import annotations

from test_responsibility_fast_paths_agree import _STATEMENT_WORDS, _strings

from loaders import responsibility, subjects

_WORDS = _STATEMENT_WORDS + ["配合", "参与", "协管", "会办", "为主", "（以下简称应急局）", "部门", "对", "市应急局", "以"]


def test_a_statement_has_a_subject_mark_or_a_role_verb():
    for s in _strings(_WORDS, 12, 6000):
        if subjects.parse_statement(s):
            assert subjects.subject_marks(s) or subjects._ROLE_VERB.search(s), s


def test_the_marks_of_an_opening_are_marks_of_the_whole_text():
    for s in _strings(_WORDS, 12, 3000):
        whole = set(subjects.subject_marks(s))
        for end in range(len(s) + 1):
            assert set(subjects.subject_marks(s[:end])) <= whole, (s, end)


def test_may_hold_statement_never_skips_a_statement():
    for s in _strings(_WORDS, 12, 3000):
        marks = subjects.subject_marks(s)
        for end in range(0, len(s) + 1, 3):
            if responsibility._has_statement(s[:end]):
                assert responsibility._may_hold_statement(s, end, marks), (s, end)
