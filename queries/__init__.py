"""Named Cypher queries: one ``.cypher`` file each, run by a store with parameters.

Each file starts with a header of ``//`` lines::

    // name: tasks-led-by
    // zh: 某部门牵头的任务
    // en: Units a department leads
    // param department: 部门的任一名称 / any of a department's names
    // param min_shared: int = 1: 最少共同任务数 / fewest shared units

and the query follows, written once in the openCypher both stores accept, with every
value a ``$parameter``.

>>> q = get_query("tasks-led-by")
>>> q.bind({"department": "省应急厅"})
{'department': '省应急厅', 'limit': 5000}
>>> sorted(query_names())[:2]
['cooperation-pairs', 'department-profile']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from graph.errors import QueryError

_PARAM = re.compile(r"^param\s+(\w+)\s*(?::\s*(int|str))?\s*(?:=\s*([^:]+?))?\s*:\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # int | str
    default: Any  # None: required
    description: str

    def convert(self, value: Any) -> Any:
        if self.type == "int" and not isinstance(value, int):
            try:
                return int(str(value).strip())
            except ValueError:
                raise QueryError(f"parameter {self.name}: {value!r} is not a whole number") from None
        return value if self.type != "str" else str(value)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    zh: str
    en: str
    params: tuple[Param, ...]
    text: str

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """The parameters to pass: given values converted, defaults filled, unknown refused."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(
                f"query {self.name}: unknown parameter {', '.join(unknown)}; "
                f"it takes {', '.join(known) or 'no parameters'}"
            )
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name in given:
                out[p.name] = p.convert(given[p.name])
            elif p.default is not None:
                out[p.name] = p.convert(p.default)
            else:
                raise QueryError(
                    f"query {self.name}: parameter {p.name} is required ({p.description}); "
                    f"pass --param {p.name}=…"
                )
        return out


def parse_query(name: str, source: str) -> NamedQuery:
    """Parse one ``.cypher`` file: its ``//`` header and the query text."""
    header: dict[str, str] = {}
    params: list[Param] = []
    body: list[str] = []
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("//") and not body:
            item = stripped[2:].strip()
            m = _PARAM.match(item)
            if m:
                params.append(Param(m[1], m[2] or "str", m[3], m[4].strip()))
            elif ":" in item:
                key, _, value = item.partition(":")
                header[key.strip()] = value.strip()
        elif stripped or body:
            body.append(line)
    if header.get("name") != name:
        raise QueryError(f"queries/{name}.cypher: its header names {header.get('name')!r}, not {name!r}")
    return NamedQuery(name, header.get("zh", ""), header.get("en", ""), tuple(params), "\n".join(body).strip())


@lru_cache(maxsize=1)
def _all() -> dict[str, NamedQuery]:
    out = {}
    for entry in resources.files(__name__).iterdir():
        if entry.name.endswith(".cypher"):
            name = entry.name[: -len(".cypher")]
            out[name] = parse_query(name, entry.read_text(encoding="utf-8"))
    return out


def query_names() -> list[str]:
    return sorted(_all())


def all_queries() -> list[NamedQuery]:
    return [_all()[n] for n in query_names()]


def get_query(name: str) -> NamedQuery:
    try:
        return _all()[name]
    except KeyError:
        raise QueryError(f"no query named {name!r}; known: {', '.join(query_names())} (dutygraph query --list)") from None


__all__ = ["NamedQuery", "Param", "all_queries", "get_query", "parse_query", "query_names"]
