"""Duty tables flattened to text (a PDF's 序号 | 成员单位 | 职责): which lines make
each row, the row's number and the body its unit cell names.

The structure step makes each row one task; the responsibility step reads the body as the
subject of the row's duty (``loaders.responsibility``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from loaders.names import is_org_name


@dataclass(frozen=True)
class DutyRow:
    """One row of a duty table (序号 | 成员单位 | 职责) flattened to text: the row's number,
    the body named in its unit cell, and the lines of the row (``start`` to ``end``, the
    duty cell's lines above and below the name included)."""

    number: str
    name: str
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
    return [DutyRow(m.group(1), m.group(2), spans[a][0], spans[b][1])
            for (k, m), (a, b) in zip(marks, bounds)]


def _is_content(text: str, s: int, e: int, header: str) -> bool:
    """Whether a line inside a duty table is part of a cell: it holds a CJK character and
    is not the header repeated on a new page."""
    line = text[s:e]
    return line != header and _CJK.search(line) is not None


__all__ = ["duty_rows", "DutyRow"]
