"""Traditional characters: a simplified copy of a text, character for character.

The sentence rules know their verbs in simplified form (and a few traditional ones); a
unit written in traditional characters is matched on a copy converted with the table in
``graph/data/script.toml``.  The copy has the same length, so every offset found on it
is an offset of the text, and names are taken back from the text as written.

>>> to_simplified("由市公安局設置崗哨，屬地分局負責")
'由市公安局设置岗哨，属地分局负责'
>>> has_traditional("市公安局负责"), has_traditional("縣政府負責")
(False, True)
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "graph" / "data" / "script.toml"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    trad = "".join(data["traditional"].split())
    simp = "".join(data["simplified"].split())
    if len(trad) != len(simp):
        raise ValueError(f"{TABLE}: traditional and simplified strings differ in length")
    return str.maketrans(trad, simp), re.compile(f"[{re.escape(trad)}]")


def traditional_class() -> str:
    """The characters the table converts, escaped for the inside of a character class."""
    return _table()[1].pattern[1:-1]


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a character the table converts."""
    return _table()[1].search(text) is not None


def to_simplified(text: str) -> str:
    """``text`` with every traditional character of the table replaced (same length)."""
    return text.translate(_table()[0])


def back_to_text(name: str, simplified: str, original: str) -> str:
    """A name found on a simplified copy, spelt as the original text spells it.

    ``simplified`` and ``original`` are the copy and the text it was made from (same
    length); each character of ``name`` the text wrote in another form is written back.

    >>> back_to_text("县安监局", "县安监局负责", "縣安監局負責")
    '縣安監局'
    >>> back_to_text("县应急局", "县公安局", "縣公安局")
    '縣应急局'
    """
    if name in simplified:
        at = simplified.find(name)
        return original[at:at + len(name)]
    back = {s: o for s, o in zip(simplified, original) if s != o}
    return "".join(back.get(ch, ch) for ch in name)
