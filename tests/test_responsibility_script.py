"""Traditional-character wording (snippets written for these tests): rules match on a
simplified copy, names keep the characters as written."""
from __future__ import annotations

from extraction_helpers import roles_of
from loaders.script import back_to_text, has_traditional, to_simplified


def test_copy_has_the_same_length():
    text = "由縣應急管理局會同縣公安局設置警戒區域"
    assert len(to_simplified(text)) == len(text)
    assert to_simplified(text) == "由县应急管理局会同县公安局设置警戒区域"
    assert has_traditional(text) and not has_traditional(to_simplified(text))


def test_names_are_written_back():
    assert back_to_text("县公安局", "由县公安局设置", "由縣公安局設置") == "縣公安局"


def test_traditional_verb_sets_the_lead():
    text = "某市火災應急預案\n3.1 劃定警戒區域，由市公安局及屬地分局設置警戒標志和崗哨。\n"
    assert roles_of(text, "劃定警戒區域") == [("市公安局", "lead"), ("屬地分局", "lead")]


def test_traditional_partner_after_convened():
    text = "某市火災應急預案\n3.2 對外信息發布由市應急指揮部辦公室會同市委宣傳部等部門共同組織開展。\n"
    assert roles_of(text, "對外信息發布") == [("市應急指揮部辦公室", "lead"), ("市委宣傳部", "coop")]


def test_items_right_after_a_colon_are_split():
    text = "某市防汛预案\n（二）成员单位职责。各成员单位职责如下:1.水务部门。组织堤防巡查工作。2.气象部门。负责监测暴雨天气。\n"
    assert roles_of(text, "组织堤防巡查") == [("水务部门", "lead")]
