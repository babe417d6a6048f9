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
from bisect import bisect_left
from dataclasses import dataclass

from graph.model import Indicator, Span
from loaders.names import is_org_name

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


@dataclass(frozen=True)
class DutyRow:
    """One row of a duty table (序号 | 成员单位 | 职责) flattened to text: the row's number,
    the body named in its unit cell and where that name stands, and the lines of the row
    (``start`` to ``end``, the duty cell's lines above and below the name included)."""

    number: str
    name: str
    name_start: int
    start: int
    end: int


# "N <a body's name>[ <text>]": the number, white space, the name up to white space or the line end
_ROW_LINE = re.compile(r"(\d{1,3})[ \t\u3000\xa0]+([^\s]{2,40}?)(?=[ \t\u3000\xa0]|$)")
_UNIT_COL = ("单位", "部门", "單位", "部門")
_DUTY_COL = ("职责", "職責")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ROW_GAP = 12  # lines a row's duty may take beside its name line
_STOPS = ("。", "ꎮ", ".")


def duty_rows(text: str, spans: list[tuple[int, int]]) -> list[DutyRow]:
    """Rows of duty tables: after a header line naming a number column (序号), a unit
    column (单位/部门) and a duty column (职责), lines ``N <body's name>[ <text>]`` with N
    increasing by one.  A PDF table centres the name line among the wrapped lines of its
    duty cell: the lines between two row lines belong to the first row up to and including
    the first that ends with a full stop (the rest to the next row), those between the
    header and the first row to the first row, those after the last row up to its first
    full stop to the last row.  Lines without a CJK character (page furniture, a garbled
    glyph run) and a repeated header open or close no row.  A table whose duties hold no
    full stop is not read (its rows cannot be told apart).

    >>> from loaders.blocks import lines
    >>> t = "序号 成员单位 应急职责\\n负责组织协调\\n1 市应急局\\n救援工作。\\n2 市公安局 负责治安。\\n附件"
    >>> [(r.number, r.name, t[r.start:r.end]) for r in duty_rows(t, lines(t))]
    [('1', '市应急局', '负责组织协调\\n1 市应急局\\n救援工作。'), ('2', '市公安局', '2 市公安局 负责治安。')]
    """
    if "序号" not in text or not ("职责" in text or "職責" in text):  # no duty table
        return []
    rows: list[DutyRow] = []
    at = text.find("序号")
    while at >= 0:  # the lines that start with 序号 (found by str.find, not line by line)
        i = bisect_left(spans, (at,))
        if i == len(spans) or spans[i][0] != at:
            at = text.find("序号", at + 2)
            continue
        s, e = spans[i]
        header = text[s:e]
        j = i + 1
        if header == "序号":  # one cell per line: the column names on the short lines after it
            while j < len(spans) and j - i <= 3 and spans[j][1] - spans[j][0] <= 8 \
                    and not text[spans[j][0]].isdigit():
                header += " " + text[slice(*spans[j])]
                j += 1
        found = _rows_after(text, spans, j, header) \
            if any(w in header for w in _UNIT_COL) and any(w in header for w in _DUTY_COL) else []
        rows.extend(found)
        at = text.find("序号", found[-1].end if found else e)
    return rows


def _rows_after(text: str, spans: list[tuple[int, int]], j: int, header: str) -> list[DutyRow]:
    """The rows of the duty table whose header ends before line ``j``."""
    marks: list[tuple[int, re.Match[str]]] = []  # (line, row-line match)
    expect = None
    k = j
    while k < len(spans) and k - (marks[-1][0] if marks else j) <= _ROW_GAP:
        s, e = spans[k]
        m = _ROW_LINE.match(text, s, e)
        if m and (expect is None or m.group(1) == str(expect)) and is_org_name(m.group(2)):
            marks.append((k, m))
            expect = int(m.group(1)) + 1
        elif text.startswith("序号", s) and expect is None:
            break  # another header before any row
        k += 1
    if not marks:
        return []
    end_line = min(len(spans), marks[-1][0] + 1 + _ROW_GAP)
    if not any(text[s:e].endswith(_STOPS) for s, e in spans[j:end_line]):
        return []  # no full stop in the table: its rows cannot be told apart
    bounds: list[tuple[int, int]] = []  # first and last line of each row
    first = j
    for n, (k, m) in enumerate(marks):
        nxt = marks[n + 1][0] if n + 1 < len(marks) else end_line
        last = k
        if not text[spans[k][0]:spans[k][1]].endswith(_STOPS):
            for x in range(k + 1, nxt):
                s, e = spans[x]
                if _is_content(text, s, e, header) and text[s:e].endswith(_STOPS):
                    last = x
                    break
        start = next((x for x in range(first, k) if _is_content(text, *spans[x], header)), k)
        bounds.append((start, last))
        first = last + 1
    return [DutyRow(m.group(1), m.group(2), m.start(2), spans[a][0], spans[b][1])
            for (k, m), (a, b) in zip(marks, bounds)]


def _is_content(text: str, s: int, e: int, header: str) -> bool:
    """Whether a line inside a duty table is part of a cell: it holds a CJK character and
    is not the header repeated on a new page."""
    line = text[s:e]
    return line != header and _CJK.search(line) is not None


__all__ = ["parse_indicator", "binding", "table_rows", "Row", "duty_rows", "DutyRow"]
