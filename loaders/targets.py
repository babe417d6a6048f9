"""Targets: indicators written in a sentence, and indicator tables flattened to text.

>>> i = parse_indicator("1.生产安全事故死亡人数下降15%（省应急厅牵头）。")
>>> (i.indicator, i.value, i.direction)
('生产安全事故死亡人数', '下降15%', 'down')
>>> parse_indicator("煤矿百万吨死亡率累计下降10%").value
'累计下降10%'
>>> parse_indicator("渔业万吨水产品死亡人数<0.7人").direction
'lt'
>>> binding("约東性")
'约束性'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Indicator, Span

_DIRS = (("不高于", "le"), ("不超过", "le"), ("不低于", "ge"), ("控制在", "le"), ("低于", "lt"),
         ("高于", "gt"), ("下降", "down"), ("降低", "down"), ("减少", "down"), ("提高", "up"),
         ("提升", "up"), ("增长", "up"), ("增加", "up"), ("达到", "ge"), ("达", "ge"),
         ("≤", "le"), ("≥", "ge"), ("<", "lt"), ("＜", "lt"), (">", "gt"), ("＞", "gt"),
         ("小于", "lt"), ("大于", "gt"))
_DIR_RE = re.compile(r"(累计|年均|平均|均|分别)?(" + "|".join(re.escape(d) for d, _ in _DIRS) + r")\s*"
                     r"(\d+(?:\.\d+)?\s*(?:%|‰|人|起|个|家|万|亿|次|座|名|以上|以内|以下)*)")
_DIR_MAP = dict(_DIRS)
_LEAD = re.compile(r"^\s*(?:[（(]?\d{1,2}[)）.．、]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*")
_BINDING = re.compile(r"(约[束東]性|预期性)")


def binding(s: str) -> str | None:
    """约束性 / 预期性 as printed (OCR 约東性 read as 约束性), or None."""
    m = _BINDING.search(s)
    if not m:
        return None
    return "约束性" if m.group(1).startswith("约") else "预期性"


def parse_indicator(s: str) -> Indicator | None:
    """The indicator of a target sentence, or None when it states no measurable value."""
    m = _DIR_RE.search(s)
    if not m:
        return None
    lead = _LEAD.match(s)
    name = s[lead.end() if lead else 0: m.start()].strip(" ，,：:")
    if not name or len(name) > 40 or re.search(r"[。；]", name):
        return None
    value = (m.group(1) or "") + m.group(2) + m.group(3).strip()
    return Indicator(name, value, _DIR_MAP[m.group(2)], binding(s))


@dataclass(frozen=True)
class Row:
    """One row of an indicator table: its cells and where the row stands."""

    number: str
    indicator: Indicator
    span: Span


_CELL_SEP = re.compile(r"\t|\|")
_NUMERIC = re.compile(r"^\s*\d{1,3}\s*$")
_VALUE_COL = re.compile(r"(预期值|目标值|规划值|指标值|数值|降幅|规划数|目标|预期|值)")


def _indicator_from_cells(header: list[str], cells: list[str]) -> Indicator | None:
    named = dict(zip(header, cells))
    name_col = next((h for h in header if "指标" in h and "性质" not in h), None)
    if name_col is None:
        return None
    name = named.get(name_col, "").strip()
    bind_col = next((h for h in header if "性质" in h or "属性" in h or "类型" in h), None)
    values = [h for h in header if h not in (name_col, bind_col) and h != "序号"]
    if not name or not values:
        return None
    value_col = next((h for h in values if _VALUE_COL.search(h)), values[-1])
    value = named.get(value_col, "").strip()
    direction = None
    dm = _DIR_RE.search(value)
    if dm:
        direction = _DIR_MAP[dm.group(2)]
    elif "降" in value_col:
        direction = "down"
    elif "增" in value_col or "提高" in value_col:
        direction = "up"
    baselines = tuple((h, named.get(h, "").strip()) for h in values if h != value_col)
    return Indicator(name, value, direction, binding(named.get(bind_col, "")) if bind_col else None,
                     None, baselines)


def table_rows(text: str, spans: list[tuple[int, int]]) -> list[Row]:
    """Rows of indicator tables: tab/bar-separated lines, or one cell per line after 序号."""
    rows: list[Row] = []
    has_cells = "\t" in text or "|" in text
    if not has_cells and "序号" not in text:  # no table to read
        return rows
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if not has_cells and (e - s != 2 or not text.startswith("序号", s)):
            i += 1  # no cells, and not the 序号 line that opens a table of one cell per line
            continue
        line = text[s:e]
        cells = [c.strip() for c in _CELL_SEP.split(line) if c.strip()] if "\t" in line or "|" in line else []
        if len(cells) >= 3 and any("指标" in c for c in cells):
            header, i = cells, i + 1
            while i < len(spans):
                s, e = spans[i]
                cells = [c.strip() for c in _CELL_SEP.split(text[s:e]) if c.strip()]
                if len(cells) < 3 or not _NUMERIC.match(cells[0]):
                    break
                ind = _indicator_from_cells(header, cells)
                if ind:
                    rows.append(Row(cells[0], ind, Span(s, e)))
                i += 1
            continue
        if line == "序号":
            header = ["序号"]
            j = i + 1
            while j < len(spans) and not _NUMERIC.match(text[slice(*spans[j])]) and j - i <= 8:
                header.append(text[slice(*spans[j])].strip())
                j += 1
            n = len(header)
            if n >= 3 and any("指标" in h for h in header):
                expect = 1
                while j + n - 1 < len(spans):
                    cells = [text[slice(*spans[k])].strip() for k in range(j, j + n)]
                    if cells[0] != str(expect):
                        break
                    ind = _indicator_from_cells(header, cells)
                    if ind:
                        rows.append(Row(cells[0], ind, Span(spans[j][0], spans[j + n - 1][1])))
                    j += n
                    expect += 1
                i = j
                continue
        i += 1
    return rows


__all__ = ["parse_indicator", "binding", "table_rows", "Row"]
