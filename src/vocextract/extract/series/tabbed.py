"""Tab-separated tables: header lines (stacked, with merged cells), then rows
"label<TAB>value<TAB>value…", going on across blank lines and group labels."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ...textmap import is_rule
from ..mention import Mention
from .model import CHANGE, FIGURE_CELL, MIN_ROWS, Cell, Table, figure, latest_within, within


def tab_separated(text: str, numbers: list[Mention], years: list[Mention]) -> list[Table]:
    """Blocks of tab rows (a rule line under the header skipped) as tables. A long table goes
    on across blank lines and a group's label line ("Men" over the same rows again) while its
    rows come back as wide and holding figures."""
    tables = []
    lines = list(re.finditer(r"^[^\r\n]*", text, re.M))
    block: list[re.Match] = []
    groups: list[tuple[int, int]] = []
    i = 0
    while i <= len(lines):
        line = lines[i] if i < len(lines) else None
        if line is not None and _is_tab_row(line.group()):
            block.append(line)
            i += 1
            continue
        if line is not None and block and is_rule(line.group()):
            i += 1
            continue
        resume = _resumes(lines, i, block, numbers) if line is not None and block else None
        if resume is not None:
            groups += [m.span() for m in lines[i:resume] if m.group().strip()]
            i = resume
            continue
        while block and not spans_columns(block[0].group()):
            block.pop(0)
        if len(block) > MIN_ROWS:
            tables.append(dataclasses.replace(_tab_table(block, numbers, years), groups=tuple(groups)))
        block, groups = [], []
        i += 1
    return [t for t in tables if t.cells]


def _is_tab_row(line: str) -> bool:
    return "\t" in line and bool(line.strip()) and not is_rule(line)


_NO_VALUE = re.compile(r"[ \t]*(?:\.{1,3}|…|[-–—x:]|n/?a)?[ \t]*", re.I)
_GROUP_LABEL = re.compile(r"[ \t]*[A-Za-z][^\t\n.;:!?]{0,80}")
_GAP_LINES = 3


def _resumes(lines: list[re.Match], i: int, block: list[re.Match], numbers: list[Mention]) -> int | None:
    """Where a table broken at line `i` goes on: past blank lines and one group label at most,
    a row as wide as the table's last one whose cells are all figures or empty ("…", "-"); a
    header row there starts a new table."""
    labels = 0
    for j in range(i, min(i + _GAP_LINES + 1, len(lines))):
        line = lines[j].group()
        if _is_tab_row(line):
            pieces = _pieces(lines[j])
            wide = len(pieces) == len(_pieces(block[-1]))
            values = [span for span in pieces[1:] if not _NO_VALUE.fullmatch(line, span[0] - lines[j].start(), span[1] - lines[j].start())]
            return j if wide and all(figure(lines[j].string, numbers, span) for span in values) else None
        if not line.strip():
            continue
        labels += 1
        if labels > 1 or not _GROUP_LABEL.fullmatch(line):
            return None
    return None


def spans_columns(line: str) -> bool:
    """A line with words in two cells or more: a one-cell line heading a table ("[Standard
    errors appear in parentheses]" over a pipe table's empty cells) is its caption."""
    return len([c for c in line.split("\t") if c.strip()]) >= 2


def _pieces(line: re.Match) -> list[tuple[int, int]]:
    """Offsets of a tab-separated line's cells."""
    return [(line.start() + m.start(), line.start() + m.end()) for m in re.finditer(r"[^\t]*", line.group()) if m.start() == 0 or line.group()[m.start() - 1] == "\t"]


def _header_rows(block: list[re.Match], numbers: list[Mention], years: list[Mention]) -> int:
    """How many lines head the table: those from the first whose value cells hold no
    figure ("\tTotal\tImmigrants" over "\tMales\tFemales\tMales\tFemales"), whether or not it
    was read as a NUMBER; a year is a header's, not a figure."""
    text = block[0].string

    def holds_figure(span: tuple[int, int]) -> bool:
        return figure(text, numbers, span) is not None or (
            FIGURE_CELL.fullmatch(text, *span) is not None and within(years, span) is None
        )

    n = 0
    while n < len(block) - 1 and not any(holds_figure(span) for span in _pieces(block[n])[1:]):
        n += 1
    return n


def _tab_table(block: list[re.Match], numbers: list[Mention], years: list[Mention]) -> Table:
    """Rows of tab-separated cells under its header lines; a cell's year is its row label's
    ("2019<TAB>340") or, in a table with years across the top, its column header's."""
    heads = _header_rows(block, numbers, years)
    values = max((len(_pieces(line)) - 1 for line in block[heads:]), default=0)
    widths = Counter(len(_named(line)) - 1 for line in block[heads:])
    filled = max(widths, key=lambda w: (widths[w], w), default=0)
    columns, column_years = _header_columns(block[:heads], (filled, values), years)
    cells = []
    for r, line in enumerate(block[heads:]):
        pieces = _pieces(line)
        label_span = pieces[0]
        row_year = within(years, label_span)
        label = line.string[slice(*label_span)].strip()
        for c, span in enumerate(pieces[1:]):
            hit = figure(line.string, numbers, span)
            if hit is not None:
                cells.append(Cell(hit, r, label, row_year or column_years.get(c), c))
    return Table(block[0].start(), block[-1].end(), columns, tuple(cells))


_Header = tuple[str, tuple[int, int], int, int]


def _named(line: re.Match) -> list[tuple[str, tuple[int, int]]]:
    """A line's cells as (text, span), without the empty cells that pad its end."""
    cells = [(line.string[a:b].strip(), (a, b)) for a, b in _pieces(line)]
    while len(cells) > 1 and not cells[-1][0]:
        cells.pop()
    return cells


def _runs(below: list[_Header]) -> list[tuple[int, int]]:
    """The column ranges of a header row cut where its first name comes again ("Male Female
    Both Male Female Both Male Female" → three groups)."""
    starts = [lo for name, _, lo, _ in below if name.lower() == below[0][0].lower()]
    return list(zip(starts, starts[1:] + [below[-1][3]]))


def _spread(cells: list[tuple[str, tuple[int, int]]], below: list[_Header] | None, values: tuple[int, int]) -> list[_Header] | None:
    """(name, span, first column, past the last) for each name of a header row: one column
    each when there are as many cells as value columns (those empty in every row may be
    named), else one group each of the row under it (`_runs`), else an even share of the
    columns most rows fill ("Immigrants" over "Males", "Females"); an empty cell after a name is that
    name's merged cell. A first cell over the row labels (empty, or a name too many:
    "Region") stands over no value column; a year is never that cell."""
    filled, width = values
    if not cells[0][0]:
        options = [cells[1:]]
    elif re.fullmatch(r"(?:19|20)\d\d\b.*", cells[0][0]):
        options = [cells]
    else:
        options = [cells[1:], cells]
    options = [o for o in options if o]
    for o in sorted(options, key=len, reverse=True):
        if filled <= len(o) <= width:
            return [(name, span, i, i + 1) for i, (name, span) in enumerate(o) if name]
    named = [[cell for cell in o if cell[0]] for o in options]
    groups = _runs(below) if below else []
    for o in named:
        if o and len(o) == len(groups):
            return [(name, span, *group) for (name, span), group in zip(o, groups)]
    for o in named:
        if o and filled % len(o) == 0:
            w = filled // len(o)
            return [(name, span, i * w, (i + 1) * w) for i, (name, span) in enumerate(o)]
    return None


def _header_columns(lines: list[re.Match], values: tuple[int, int], years: list[Mention]) -> tuple[tuple[str, ...], dict[int, Mention]]:
    """One name per value column from stacked header lines, read bottom up so that each
    groups the one under it ("1995 | 2005" over "Male | Female | Male | Female"), and each
    column's year: the later year a name of the top line states (lower lines are labels and
    values, "Founded<TAB>1993", as often as headers); a change column without one holds for
    the latest year, as a change between years does."""
    rows: list[tuple[int, list[_Header]]] = []
    for i in reversed(range(len(lines))):
        spread = _spread(_named(lines[i]), rows[0][1] if rows else None, values)
        if spread:
            rows.insert(0, (i, spread))
    names = tuple(
        ", ".join(dict.fromkeys(name for _, row in rows for name, _, lo, hi in row if lo <= c < hi))
        for c in range(values[1])
    )
    column_years: dict[int, Mention] = {}
    for _, span, lo, hi in rows[0][1] if rows and rows[0][0] == 0 else ():
        if (year := latest_within(years, span)) is not None:
            column_years.update(dict.fromkeys(range(lo, hi), year))
    latest = max(column_years.values(), key=lambda m: m.fields.value, default=None)
    for c, name in enumerate(names):
        if c not in column_years and latest is not None and CHANGE.search(name):
            column_years[c] = latest
    return names, column_years


