"""Owners a sub-plan does not name itself, inferred from the rest of its compilation.

A compilation's sub-plans are written by the bodies of one place; a sub-plan that
names no body of its own (only 我局, or nothing) belongs to a body named elsewhere in
the compilation — another sub-plan's owner, the publisher, a body named in the text —
whose function covers the sub-plan's field:

* the field's supervising function comes from the sector scheme (工贸 → 应急管理,
  消防 → 消防救援), else from the department function table (水利 → 水利);
* a combined bureau carries several functions, one per field initial of its name
  (农牧林水局 = 农牧 + 林 + 水: 农业农村, 林业和草原, 水利).

>>> functions_of("开发区农牧林水局") == {"农业农村", "林业和草原", "水利"}
True
>>> functions_of("通辽市应急管理局开发区分局")
{'应急管理'}
>>> field_function("工贸"), field_function("水利"), field_function("林草")
('应急管理', '水利', '林业和草原')
>>> cover("水利", ["通辽市应急管理局开发区分局", "开发区农牧林水局"])
'开发区农牧林水局'
>>> cover("工贸", ["开发区农牧林水局", "通辽市应急管理局开发区分局"])
'通辽市应急管理局开发区分局'
>>> cover("粮食和物资储备", ["开发区农牧林水局", "通辽市应急管理局开发区分局"]) is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from graph.resolve import default_resolver
from graph.sectors import find as find_sectors
from graph.sectors import scheme

_BODY_SUFFIX = re.compile(r"(?:委员会|办公室|分局|大队|支队|总队|局|委|办|厅)$")
_JOINER = "和及与"
# bodies a compilation names: a zone's own (开发区X局) or a city bureau's zone branch
# (通辽市X局开发区分局) standing at a line or clause start
_ZONE_BODY = re.compile(r"(?:高新技术产业开发区|经济技术开发区|高新区|开发区|新区)[\u4e00-\u9fff]{2,10}?(?:分局|局|委员会|大队|支队)(?![\u4e00-\u9fff]{0,2}(?:局|委员会))")
_BRANCH_END = re.compile(r"局(?:经济技术开发区|高新区|开发区|新区)分局")
_BRANCH_HEAD = re.compile(r"(?:^|[\s。；;，,、：:（(“\"])([\u4e00-\u9fff]{2,4}市[\u4e00-\u9fff]{2,10}?)$")


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, frozenset[str]]:
    """Every prefix of a function stem → the functions whose stems start with it."""
    out: dict[str, set[str]] = {}
    for fn, spec in default_resolver().functions.items():
        for stem in spec["stems"]:
            for k in range(1, len(stem) + 1):
                out.setdefault(stem[:k], set()).add(fn)
    return {k: frozenset(v) for k, v in out.items()}


def combined_pieces(core: str) -> list[frozenset[str]] | None:
    """Functions of each field initial of a combined bureau's core, or None.

    Whole stems are tried before mere initials, longest first, with backtracking.

    >>> [sorted(p) for p in combined_pieces("农牧林水")]
    [['农业农村'], ['林业和草原'], ['水利']]
    >>> [sorted(p) for p in combined_pieces("文体和旅游")]
    [['文化和旅游'], ['文化和旅游']]
    >>> combined_pieces("市场监管") is None
    True
    """
    if len(core) > 12:
        return None
    pieces = _segment(core, 0, _prefixes(), _stems())
    return pieces if pieces and len(pieces) >= 2 else None


def _segment(core: str, i: int, table: dict[str, frozenset[str]], stems: frozenset[str]) -> list[frozenset[str]] | None:
    if i == len(core):
        return []
    if i and core[i] in _JOINER:
        return _segment(core, i + 1, table, stems)
    sizes = range(len(core) - i - (1 if i == 0 else 0), 0, -1)
    for whole in (True, False):
        for k in sizes:
            piece = core[i:i + k]
            fns = table.get(piece)
            if fns is None or len(fns) != 1 or (piece in stems) != whole:
                continue
            rest = _segment(core, i + k, table, stems)
            if rest is not None:
                return [fns] + rest
    return None


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    return frozenset(stem for spec in default_resolver().functions.values() for stem in spec["stems"])


def functions_of(name: str) -> set[str]:
    """The functions a body's name carries (several for a combined bureau)."""
    r = default_resolver()
    _, core = r.split(name)
    fn = r.function_of(core)
    if fn is None and not _BODY_SUFFIX.search(core):
        return set()
    pieces = combined_pieces(_BODY_SUFFIX.sub("", core))
    if pieces:
        return set().union(*pieces)
    return {fn} if fn else set()


def field_function(field: str) -> str | None:
    """The function that supervises a field: the sector scheme's first, else the table's."""
    for m in find_sectors(field):
        for sid in m.sector_ids:
            fns = scheme().get(sid).functions
            if fns:
                return fns[0]
    return default_resolver().function_of(field)


def cover(field: str, candidates: list[str]) -> str | None:
    """The first candidate body whose functions include the field's supervising function."""
    fn = field_function(field)
    if not fn:
        return None
    for c in candidates:
        if fn in functions_of(c):
            return c
    return None


def named_bodies(text: str) -> list[str]:
    """Bodies of the place a compilation names, most named first.

    >>> named_bodies("信息来源:\\n通辽市应急管理局开发区分局\\n。开发区农牧林水局办公室将加强")
    ['通辽市应急管理局开发区分局', '开发区农牧林水局']
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _ZONE_BODY.finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
        first.setdefault(m.group(0), m.start())
    for m in _BRANCH_END.finditer(text):
        head = _BRANCH_HEAD.search(text, max(0, m.start() - 16), m.start())
        if head:
            name = head.group(1) + m.group(0)
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, head.start(1))
    return sorted(counts, key=lambda n: (-counts[n], first[n]))


__all__ = ["combined_pieces", "cover", "field_function", "functions_of", "named_bodies"]
