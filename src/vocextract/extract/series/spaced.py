"""Space-aligned tables: lines "label value value …" with as many cells each (an empty cell
written ".", "-" or "x"), under a header line of years or of one word per column."""

from __future__ import annotations

import re

from ..mention import Mention
from ..table_units import column_names
from .model import CHANGE, MIN_ROWS, Cell, Table, within


def _column_names(rows: list[list[str]]) -> tuple[str, ...]:
    """One name per value column from stacked header rows: an upper row with fewer cells spans
    the lower ones evenly ("Immigrants" over "Males", "Females" → "Immigrants, Males")."""
    width = max(map(len, rows))
    names = []
    for c in range(width):
        parts = []
        for row in rows:
            if row and width % len(row) == 0:
                part = row[c // (width // len(row))]
                if part and part not in parts:
                    parts.append(part)
        names.append(", ".join(parts))
    return tuple(names)


_EMPTY_CELLS = re.compile(r"(?:[ \t]+(?:[.…x–—-]|\.\.\.))*[ \t]+")
_ROW_LABEL = re.compile(r"[^\d\t]{0,80}")
_LEADING_EMPTY = re.compile(r"(?:(?:^|[ \t]+)(?:[.…x–—-]|\.\.\.))+[ \t]+$")


def _space_row(text: str, line: re.Match, numbers: list[Mention]) -> tuple[str, list[Mention | None]] | None:
    """A line "label value value …" as (label, cells), an empty cell as None; None if the line
    is anything else (prose, a tab-separated row)."""
    inside = [m for m in numbers if line.start() <= m.start < line.end()]
    if len(inside) < 2 or "\t" in line.group():
        return None
    label = text[line.start() : inside[0].start]
    tail = _EMPTY_CELLS.fullmatch(text[inside[-1].end : line.end()] + " ")
    if not _ROW_LABEL.fullmatch(label) or tail is None:
        return None
    lead = _LEADING_EMPTY.search(label)
    label = label[: lead.start()] if lead else label
    cells: list[Mention | None] = [None] * len(lead.group().split()) if lead else []
    for a, b in zip(inside, inside[1:] + [None]):
        cells.append(a)
        if b is not None:
            gap = _EMPTY_CELLS.fullmatch(text, a.end, b.start)
            if gap is None:
                return None
            cells += [None] * len(gap.group().split())
    return label.strip(), cells + [None] * len(tail.group().split())


def _space_header(text: str, start: int, width: int, numbers: list[Mention], years: list[Mention]):
    """(column names, column years) from the line right above a space-aligned block, or None
    when it is not understood (the block is then a table of unnamed columns, unless a year
    stands over it): a line of one year per column (a label before them, one
    column after them allowed), of one word per column, or of capitalised column names
    ("Total Completed Percentage completed", one more naming the labels allowed), optionally
    under a line of words or years each spanning as many columns."""
    names: list[list[str]] = []
    column_years: dict[int, Mention] = {}
    end = len(text[:start].rstrip("\n"))
    for depth in range(2):
        begin = text.rfind("\n", 0, end) + 1
        inside = [m for m in years if begin <= m.start < end]
        words = text[begin:end].split()
        if any(begin <= m.start < end for m in numbers) or not words:
            break
        if depth == 0 and len(inside) in (width, width - 1) and len(inside) >= 2:
            column_years = _change_columns(text, inside, width, end)
            names.append([text[m.start : m.end] for m in inside] + [""] * (width - len(inside)))
        elif depth == 0 and len(words) == width and not inside:
            names.append(words)
        elif depth == 0 and len(named := column_names(text[begin:end])) in (width, width + 1) and not inside:
            names.append(named[-width:])
        elif depth == 1 and names and inside and width % len(inside) == 0 and not column_years:
            span = width // len(inside)
            column_years = {c: inside[c // span] for c in range(width)}
        elif depth == 1 and names and width % len(words) == 0 and not inside:
            names.insert(0, words)
        else:
            break
        end = begin - 1
    if not names:
        return None
    return _column_names(names), column_years


def _change_columns(text: str, years: list[Mention], width: int, end: int) -> dict[int, Mention]:
    """Each column's year from a header line of years: a change column ("Change over FY2020",
    or a "Change" after the years) holds for the latest year, as a change between two years
    does."""
    base = [bool(CHANGE.search(text, max(m.start - 20, 0), m.start)) for m in years]
    latest = max((m for m, b in zip(years, base) if not b), key=lambda m: m.fields.value, default=None)
    columns = {c: latest if b else m for c, (m, b) in enumerate(zip(years, base))}
    first_base = next((m.start for m, b in zip(years, base) if b), None)
    after = CHANGE.search(text, years[-1].end, end) or (first_base is not None)
    for c in range(len(years), width):
        if after and latest is not None:
            columns[c] = latest
    return {c: m for c, m in columns.items() if m is not None}


def _space_table(text: str, block: list[tuple[re.Match, str, list]], numbers: list[Mention], years: list[Mention]) -> Table | None:
    width = len(block[0][2])
    header = _space_header(text, block[0][0].start(), width, numbers, years)
    if header is None and _years_above(text, block[0][0].start(), years):
        return None
    columns, column_years = header or (("",) * width, {})
    cells = tuple(
        Cell(number, r, label, within(years, (line.start(), line.start() + len(label) + 1)) or column_years.get(c), c)
        for r, (line, label, row_cells) in enumerate(block)
        for c, number in enumerate(row_cells)
        if number is not None
    )
    return Table(block[0][0].start(), block[-1][0].end(), tuple(columns), cells)


def _years_above(text: str, start: int, years: list[Mention], lines: int = 3) -> bool:
    """A line of two years or more in the few lines over a block: a header not understood
    there may carry the columns' years, which a reading without it would lose (a caption's
    one year is the whole table's)."""
    end = start
    for _ in range(lines):
        begin = text.rfind("\n", 0, max(end - 1, 0)) + 1
        if sum(begin <= m.start < end for m in years) >= 2:
            return True
        end = begin
    return False


def space_aligned(text: str, numbers: list[Mention], years: list[Mention]) -> list[Table]:
    """Blocks of consecutive space-aligned rows of equal width (blank lines skipped) as
    tables, each under the header its `_space_header` understands."""
    tables = []
    block: list[tuple[re.Match, str, list]] = []
    for line in list(re.finditer(r"[^\n]*", text)) + [None]:
        if line is not None and not line.group().strip():
            continue
        row = _space_row(text, line, numbers) if line is not None else None
        if row is not None and (not block or len(row[1]) == len(block[-1][2])):
            block.append((line, *row))
            continue
        if len(block) > MIN_ROWS and (table := _space_table(text, block, numbers, years)):
            tables.append(table)
        block = [(line, *row)] if row is not None else []
    return tables


