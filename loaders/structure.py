"""Recovering a plan's structure: sections, targets, tasks, key projects, sub-plans.

``parse_structure(text)`` is pure.  Every unit's text is ``text[span.start:span.end]``.

>>> doc = parse_structure("一、主要任务\\n（一）加强监管\\n严格执法检查。（省应急厅负责）\\n"
...                       "二、重点工程\\n（一）监管执法能力提升工程\\n建设平台。\\n")
>>> [(u.kind.value, u.title) for u in doc.plan.units]
[('task', '加强监管'), ('key_project', '监管执法能力提升工程')]
>>> all(u.text == doc.text[u.span.start:u.span.end] for u in doc.units())
True
"""
from __future__ import annotations

import operator
from bisect import bisect_right
from dataclasses import replace
from typing import Callable

from graph.errors import ParseError
from graph.model import Issue, Plan, PlanDocument, Section, Span, Unit, UnitKind, plan_id
from graph.records import BUILDERS
from loaders.blocks import Piece, cut_pieces, ends_with_clause, join_pieces, lines, recut_with_stops, toc_lines
from loaders.deadlines import deadlines_of, year_spans
from loaders.fields import is_furniture
from loaders.metadata import read_metadata
from loaders.parts import has_plan_structure, own_kind, part_kind
from loaders.duty_tables import DutyRow, duty_rows
from loaders.targets import Row, parse_indicator, table_rows

_MIN_PARA = 6


def parse_structure(text: str, source: str | None = None) -> PlanDocument:
    """Parse plan text into a :class:`PlanDocument` (structure only, no assignments)."""
    if not isinstance(text, str):
        raise ParseError(source or "<text>", f"expected text (str), got {type(text).__name__}")
    pid = plan_id(text)
    meta = read_metadata(text)
    spans = lines(text)
    toc = toc_lines(text, spans)
    ps = cut_pieces(text, spans, toc)
    # joining the pieces changes no heading's kind or title: the structure shows already
    structured = has_plan_structure(ps)
    if not structured:
        ps = recut_with_stops(text, spans, toc, ps)
    ps = join_pieces(text, ps)
    rows = table_rows(text, spans)
    duties = duty_rows(text, spans)
    years = year_spans(text)
    issues: list[Issue] = []
    from loaders.subplans import find_subplans

    # a compilation lists its plans in a TOC of three lines or more (find_subplans
    # reads the TOC's pieces, those of these lines)
    subs = find_subplans(text, ps, meta) if structured and len(toc) >= 3 else []
    if subs:
        top = Plan(pid, meta.title, source, meta.issuer, meta.doc_number, meta.date, meta.published,
                   meta.jurisdiction, meta.status)
        first = subs[0].first
        # (a duty table inside a sub-plan is read line by line, as before)
        sections, units = _build(text, pid, ps[:first], rows, structured, issues, years, plan_level=True,
                                 duties=[d for d in duties if d.end <= ps[first].start])
        top = replace(top, sections=tuple(sections), units=tuple(units))
        plans = [top]
        for sp in subs:
            sub_id = Plan.make_subplan_id(pid, sp.number)
            sec, un = _build(text, sub_id, ps[sp.first:sp.last], [], structured, issues, years)
            plans.append(Plan(sub_id, sp.title, source, jurisdiction=meta.jurisdiction, parent_id=pid,
                              number=sp.number, owner=sp.owner, span=Span(sp.start, sp.end),
                              sections=tuple(sec), units=tuple(un)))
        return PlanDocument(text, tuple(plans), source, issues=tuple(issues))
    sections, units = _build(text, pid, ps, rows, structured, issues, years, plan_level=True, duties=duties)
    plan = Plan(pid, meta.title, source, meta.issuer, meta.doc_number, meta.date, meta.published,
                meta.jurisdiction, meta.status, sections=tuple(sections), units=tuple(units))
    return PlanDocument(text, (plan,), source, issues=tuple(issues))


class _Builder:
    """The sections and units of one (sub-)plan, taken in order as the pieces are read
    and made into records by :meth:`finish` (the loop over the pieces appends to the
    two lists directly: no call per section or unit)."""

    def __init__(self, text: str, pid: str, years: list[tuple[int, int]]) -> None:
        self.text = text
        self.pid = pid
        self.years = years  # year_spans(text)
        # (piece, path, is_toc) of each section taken: a section's id is its place in order
        self.sections: list[tuple[Piece, tuple[str, ...], bool]] = []
        # (start, end, kind, path, number, title, indicator) of each unit taken
        self.units: list[tuple[int, int, UnitKind, tuple[str, ...], str, str, object]] = []

    def finish(self) -> tuple[list[Section], list[Unit]]:
        text, pid, taken = self.text, self.pid, self.units
        spans = [u[:2] for u in taken]
        # the units are taken in order of their spans, once each (in every document
        # seen): then they are numbered as taken; otherwise the first taken on each
        # span counts, in order of span (the spans are distinct: sorted without a key)
        if not all(map(_before, spans, spans[1:])):
            first = {}
            for u in taken:
                first.setdefault(u[:2], u)
            spans = sorted(first)
            taken = [first[span] for span in spans]
        found = deadlines_of(text, self.years, spans)
        return _sections(pid, self.sections), _units(text, pid, taken, found)


_before = operator.lt

# The model's records built without the frozen dataclass ``__init__`` (graph.records.builder)
_unit = BUILDERS[Unit]
_section = BUILDERS[Section]
_span = BUILDERS[Span]  # ordered_span: a section's and a unit's offsets are in order


def _sections(pid: str, taken: list[tuple[Piece, tuple[str, ...], bool]]) -> list[Section]:
    """The sections of ``taken`` (``(piece, path, is_toc)``, in order) as :class:`Section`
    records numbered in order."""
    out = []
    for sid, (p, path, toc) in zip(record_ids(Section.make_id, pid, len(taken)), taken):
        marker = p.marker
        span = _span(p.start, p.title_end or p.end)
        # Section(id, plan_id, number, title, level, path, span, is_toc)
        if marker is None:
            out.append(_section(sid, pid, "", p.title, 0, path, span, toc))
        else:
            out.append(_section(sid, pid, marker.number, p.title, marker.level, path, span, toc))
    return out


def _units(text: str, pid: str, taken, deadlines: list[tuple]) -> list[Unit]:
    """The units of ``taken`` (``(start, end, kind, path, number, title, indicator)``, in
    order) with their ``deadlines``, as :class:`Unit` records numbered in order."""
    out = []
    for uid, (start, end, kind, path, number, title, ind), found in zip(
            record_ids(Unit.make_id, pid, len(deadlines)), taken, deadlines):
        # Unit(id, plan_id, kind, text, section_path, span, number, title, deadlines, indicator,
        #      assignments, sectors)
        out.append(_unit(uid, pid, kind, text[start:end], path, _span(start, end), number, title, found, ind, (), ()))
    return out


def record_ids(make_id: Callable[[str, int], str], pid: str, count: int) -> list[str]:
    """``[make_id(pid, k) for k in range(count)]``.

    A record's id is the plan id followed by a suffix that depends on ``k`` alone
    (``-u0007``: ``make_id("", k)``), so each suffix is formatted once per process and
    an id is one concatenation.

    >>> record_ids(Unit.make_id, "plan-1", 2) == [Unit.make_id("plan-1", 0), Unit.make_id("plan-1", 1)]
    True
    """
    suffixes = _ID_SUFFIXES.setdefault(make_id, [])
    for k in range(len(suffixes), count):
        suffixes.append(make_id("", k))
    return [pid + suffix for suffix in suffixes[:count]]


_ID_SUFFIXES: dict[Callable[[str, int], str], list[str]] = {}


def _build(text: str, pid: str, ps: list[Piece], rows: list[Row], structured: bool, issues: list[Issue],
           years: list[tuple[int, int]], plan_level: bool = False,
           duties: list[DutyRow] | tuple[()] = ()) -> tuple[list[Section], list[Unit]]:
    b = _Builder(text, pid, years)
    section, unit = b.sections.append, b.units.append  # (piece, path, is_toc), (start, end, kind, …)
    in_table = _table_cover(rows, duties)
    for r in rows:
        unit((r.span.start, r.span.end, UnitKind.TARGET, (), r.number, r.indicator.indicator, r.indicator))
    for d in duties:  # a duty table's row: a task titled by the body its unit cell names
        unit((d.start, d.end, UnitKind.TASK, (), d.number, d.name, None))
    markers = [i for i, p in enumerate(ps) if p.marker and p.kind in ("heading", "item")]
    next_marker = {}
    for a, c in zip(markers, markers[1:] + [len(ps)]):
        next_marker[a] = c
    stack: list[tuple[int, str, str, tuple[str, ...]]] = []  # (level, title, part kind, path)
    key_level: int | None = None
    skipped = 0
    last_value: dict[int, int] = {}
    last_level = -1  # the level of the last heading or item (max(last_value))
    last_kind: dict[int, str] = {}
    default = "task" if structured else "any"
    any_heading = False
    for i, p in enumerate(ps):
        if p.kind == "toc":
            if p.marker or p.title:
                section((p, (p.title,), True))
            continue
        if in_table and _inside(in_table, p):
            continue
        if p.marker and p.kind in ("heading", "item"):
            any_heading = True
            level = p.marker.level
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = stack[-1][2] if stack else default
            first = p.marker.value == 1
            top = not stack
            kind = part_kind(p.title, parent, top, first) if structured else "any"
            # the deepest level numbered so far is the last heading's (the deeper ones
            # were dropped under it): when it is deeper, the numbering below this heading ends
            if last_level > level:
                for lv in [lv for lv in last_value if lv > level]:
                    del last_value[lv]
            last_level = level
            restart = first and last_value.get(level, 0) > 1
            if structured and restart and own_kind(p.title, top, first) is None:
                # a second sequence under one heading: after tasks, the plan's tail
                kind = "safeguard" if last_kind.get(level) in ("task", "safeguard") else parent
            elif structured and not restart and last_kind.get(level) == "safeguard" and kind == parent \
                    and own_kind(p.title, top, first) is None:
                kind = "safeguard"
            last_value[level] = p.marker.value or 0
            last_kind[level] = kind
            if kind == "key_project" and parent != "key_project":
                key_level = None
            label = p.title or text[p.body:p.end][:20]
            path = (stack[-1][3] if stack else ()) + (label,)
            stack.append((level, label, kind, path))
            if p.kind == "heading" or p.title:
                section((p, path, False))
            number = p.marker.number
            if kind == "key_project" and parent == "key_project":
                if key_level is None:
                    key_level = level
                if level == key_level:
                    end = _subtree_end(ps, i, level)
                    unit((p.start, end, UnitKind.KEY_PROJECT, path, number, p.title, None))
                continue
            if kind == "target":
                ind = parse_indicator(text[p.start:p.end])
                if ind:
                    unit((p.start, p.end, UnitKind.TARGET, path, number, p.title, ind))
                continue
            if kind in ("background", "safeguard", "key_project"):
                skipped += 1
                continue
            nm = next_marker.get(i, len(ps))
            # (most items stand right before the next mark: no list made for them)
            paras = [q for q in ps[i + 1:nm] if q.kind in ("para", "title")
                     and not (in_table and _inside(in_table, q))] if nm > i + 1 else []
            has_children = nm < len(ps) and ps[nm].marker.level > level  # (ps[nm] has a mark)
            if p.kind == "item":
                unit((p.start, p.end, UnitKind.TASK, path, number, p.title, None))
                for q in paras:
                    if q.end - q.start >= _MIN_PARA and (not structured or ends_with_clause(text, q)):
                        unit((q.start, q.end, UnitKind.TASK, path, "", "", None))
                continue
            if has_children:
                for q in paras:
                    if ends_with_clause(text, q) or (not structured and q.end - q.start >= _MIN_PARA):
                        unit((q.start, q.end, UnitKind.TASK, path, "", "", None))
                continue
            split = len(paras) >= 2 and (any(ends_with_clause(text, q) for q in paras) or not structured)
            if split:
                for q in paras:
                    if q.kind == "para" or not structured:
                        unit((q.start, q.end, UnitKind.TASK, path, "", "", None))
            elif paras or own_kind(p.title, not stack, first) is None:
                end = paras[-1].end if paras else p.end
                unit((p.start, end, UnitKind.TASK, path, number, p.title, None))
            continue
        if p.kind in ("para", "title") and (not stack or not structured):
            if not structured and stack:
                continue  # taken with its heading above
            if not stack and not any_heading and is_furniture(text, ps, i):
                continue
            if (p.kind == "para" or not structured) and (not structured or ends_with_clause(text, p)) \
                    and p.end - p.start >= _MIN_PARA:
                unit((p.start, p.end, UnitKind.TASK, (), "", "", None))
            elif p.kind == "para" and structured and plan_level is False:
                skipped += 1
    if skipped:
        issues.append(Issue("not-a-unit", f"{pid}: {skipped} headings or items in background, "
                            "safeguard or unmeasured target parts were not taken as units"))
    return b.finish()


def _subtree_end(ps: list[Piece], i: int, level: int) -> int:
    end = ps[i].end
    for k in range(i + 1, len(ps)):
        q = ps[k]
        if q.kind in ("toc", "chrome") or (q.marker and q.kind in ("heading", "item") and q.level <= level):
            break
        end = q.end
    return end


def _table_cover(rows: list[Row], duties: list[DutyRow] | tuple[()] = ()) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the table rows (indicator and duty tables), in order.  Rows
    stand on lines of their own, one table after another, so these stretches do not overlap."""
    cover = [(r.span.start, r.span.end) for r in rows]
    if duties:
        cover += [(d.start, d.end) for d in duties]
    return sorted(cover)


def _inside(cover: list[tuple[int, int]], p: Piece) -> bool:
    """Whether the piece lies inside one stretch of ``cover``: with stretches in order
    that do not overlap, inside the last one that starts at or before it."""
    k = bisect_right(cover, (p.start, _AFTER_ANY_END))
    return k > 0 and p.end <= cover[k - 1][1]


_AFTER_ANY_END = float("inf")


__all__ = ["parse_structure"]
