"""Shortcuts of the responsibilities step agree with the plain forms they skip.

- ``statement_starts`` settles a text without white space whose candidates open nothing
  (:func:`loaders.responsibility._opens_nothing`) before its candidate loop: the loop
  gives the same starts;
- a document (or unit) is tested for pinyin glosses and traditional characters in one
  scan (``_glossed``): it says what ``has_pinyin or has_traditional`` says.
"""
from __future__ import annotations

import random

from loaders import responsibility
from loaders.names import has_pinyin
from loaders.script import _table, has_traditional


def _strings(pieces, longest: int = 16, count: int = 4000, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(pieces, k=rng.randint(0, longest))) for _ in range(count)]


_WORDS = ["市公安局", "省卫生厅", "各街道办事处", "有关部门", "负责", "負責", "牵头", "主办", "为主", "職責", "职责", "配合",
          "会同", "组织", "加强", "由", "在市政府统一领导下", "按照属地原则", "：", ":", "，", ",", "。", "；", "！", "ꎮ",
          "1.", "（2）", "3、", "第八条", "开展检查", "的", "局", "工作职责", "负", "责", "头", "为", "主", "）"]


def test_statement_starts_shortcut_gives_the_loops_starts(monkeypatch):
    texts = _strings(_WORDS) + _strings(_WORDS + [" ", "\n", "\u3000"], seed=12)
    fast = [responsibility.statement_starts(t) for t in texts]
    monkeypatch.setattr(responsibility, "_opens_nothing", lambda text: False)
    assert fast == [responsibility.statement_starts(t) for t in texts]


def test_statement_starts_shortcut_on_real_units(monkeypatch):
    texts = ["（7）市文旅局：负责从业人员安全技能培训；建立健全安全生产执法队伍能力建设。",
             "1.水上交通。扎实推进旅游客船安全检查。严格落实事故调查和责任追究。",
             "（8）市住建局：负责安全生产考核巡查。",
             "（2）各街道办事处负责早夜市的管理，执法三大队负责摊点群的管理，其它相关部门协管。",
             "5.城镇燃气。严格落实专项整治，坚决遏制事故。市住建局会同市委组织部、市教育局健全完善监管。",
             "（三）道路交通安全专项整治，由公安部门负责，有关部门配合。"]
    fast = [responsibility.statement_starts(t) for t in texts]
    monkeypatch.setattr(responsibility, "_opens_nothing", lambda text: False)
    assert fast == [responsibility.statement_starts(t) for t in texts]
    assert fast[3] == [0, 18]


def test_glossed_in_one_scan_is_pinyin_or_traditional():
    traditional = sorted(set(_table()[0]))[:40]  # code points of characters the table converts
    pieces = [chr(c) for c in traditional] + ["（", "(", "）", ")", "jīng", "mao", "a", "Z", "ǜ", "市", "局", "经",
                                              "贸", "1", " ", "xiexiexiexie"]
    for s in _strings(pieces, 10, 6000):
        assert responsibility._glossed(s) == (has_pinyin(s) or has_traditional(s)), s
    assert not {"（", "(", "）", ")"} & {chr(c) for c in _table()[0]}  # no bracket is a traditional character
