"""A department parted from its duty verb by white space (a PDF table's columns, OCR) is
read as if the space were not there, only where what stands before the space, in one
clause, is a body's name."""
from __future__ import annotations

import pytest

from graph.model import PlanDocument
from loaders import read_plan
from loaders.responsibility import statement_starts
from loaders.subjects import find_subject, parse_statement, subject_marks


def roles(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.role) for f in parse_statement(text)]


@pytest.mark.parametrize("space", [" ", "  ", "\u3000", "\t", "\xa0"])
def test_a_table_row_reads_as_without_the_space(space):
    row = f"17 市农牧局{space}负责组织协调农药生产企业事故应急救援工作ꎮ"
    assert roles(row) == [("市农牧局", "lead")] == roles(row.replace(space, ""))


def test_the_name_span_stops_before_the_space():
    text = "市农牧局　负责组织协调工作。"
    (f,) = parse_statement(text)
    assert (f.start, f.end) == (0, 4) and text[f.start:f.end] == "市农牧局"
    assert find_subject(text) == (0, 4, "负责")


def test_verbs_after_the_space_keep_their_roles():
    assert roles("市公安局 配合做好现场警戒工作。") == [("市公安局", "coop")]
    assert roles("市公安局 会同市交通运输局 开展道路运输检查。") == [("市公安局", "lead"), ("市交通运输局", "coop")]
    assert roles("市生态环境局 组织开展环境应急监测。") == [("市生态环境局", "lead")]
    assert roles("市公安局、市交通运输局 负责道路交通管制。") == [("市公安局", "lead"), ("市交通运输局", "lead")]
    assert roles("由市公安局 负责，市交通运输局 配合。") == [("市公安局", "lead"), ("市交通运输局", "coop")]


def test_a_line_break_still_parts_a_name_from_a_verb():
    assert subject_marks("市农牧局\n负责组织") == ()
    assert find_subject("市农牧局\n负责组织协调工作。") is None


def test_no_name_is_glued_to_the_verb_of_another_clause():
    # the space parts two clauses: what stands before the verb is not a name alone
    assert find_subject("加强日常巡查 市公安局 负责督办。") is None
    assert roles("加强日常巡查 负责督办。") == []
    # a verb phrase before the space is not a subject either
    assert find_subject("组织开展应急演练 负责总结评估。") is None
    # two names in two columns are not one subject
    assert find_subject("市公安局 市交通运输局 负责道路交通管制。") is None
    # a clause stop ends the subject's clause; the space after it glues nothing across it
    assert roles("市公安局，　负责治安管理。") == roles("市公安局，负责治安管理。")


def pieces(text: str) -> list[str]:
    starts = statement_starts(text)
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def test_a_space_separated_subject_opens_a_statement_where_the_plain_one_does():
    for plain in ["加强巡查。市公安局负责治安，市交通局负责交通。",
                  "17 市公安局负责治安，市交通局负责交通。",
                  "加强巡查，市公安局配合，市交通局负责交通。",
                  "省卫生厅组织医疗救援。 省安监局负责督促指导。"]:
        spaced = plain.replace("局负", "局\u3000负").replace("局配", "局\u3000配").replace("厅组", "厅\u3000组")
        assert spaced != plain
        # the same statements, each with the space it holds
        assert [p.replace("\u3000", "") for p in pieces(spaced)] == pieces(plain), (plain, spaced)


def test_the_space_between_a_subject_and_its_verb_opens_no_statement():
    text = "加强巡查。市公安局 负责治安，市交通局负责交通。"
    starts = statement_starts(text)
    assert text.index("负责治安") not in starts
    assert [text[i:i + 4] for i in starts] == ["加强巡查", "市交通局"]


def test_a_pdf_table_of_duties_names_its_rows(tmp_path):
    text = ("序号 成员单位 应急职责\n"
            "14 市交通运输局 负责组织提供应急救援所需的交通运输保障工作ꎮ\n"
            "17 市农牧局 负责组织协调农药生产企业事故应急救援工作ꎮ\n"
            "18 市商务局 负责组织保障事故处置过程中生活必需品的供应ꎮ\n")
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    doc: PlanDocument = read_plan(path)
    found = [(a.department.name, a.role.value) for p in doc.plans for u in p.units for a in u.assignments]
    assert found == [("市交通运输局", "lead"), ("市农牧局", "lead"), ("市商务局", "lead")]
