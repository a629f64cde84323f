"""Flattened tables rebuilt as series: which row (year or label) and column each cell is.

Two shapes survive conversion to text:
- tab-separated rows: a header line, then lines "label<TAB>value<TAB>value…";
- year-keyed runs, the table's lines run together: "Year Quantity Increment 2010 15 2011
  18 3 …" — a header of capitalised words after "Year(s)", then rows that each start with a
  YEAR followed by that row's values (side-by-side halves simply continue the run).
A cell is a NUMBER mention; its row's year and its column's header make the cell a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .mention import Mention

_YEAR_HEADER = re.compile(r"\b(?:Years?)\b(?P<words>(?:[ \t]+[A-Za-z][\w’'-]*){1,8}?)(?=[ \t]+(?:19|20)\d\d\b)")
_GAP = re.compile(r"[ \t]*")
_HEADER_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_MIN_ROWS = 2


@dataclass(frozen=True)
class Cell:
    number: Mention
    row: int
    row_label: str
    year: Mention | None
    column: int


@dataclass(frozen=True)
class Table:
    """One rebuilt table: its character range, column headers and cells."""

    start: int
    end: int
    columns: tuple[str, ...]
    cells: tuple[Cell, ...]

    def header(self, cell: Cell) -> str:
        return self.columns[cell.column] if cell.column < len(self.columns) else f"column {cell.column + 1}"


def _split_header(words: list[str], n: int) -> list[str]:
    """Header words grouped into `n` column names: a capitalised word starts a column unless it
    follows "of"/"and" ("Number of Colleges"); surplus groups merge into the last column;
    a word broken by layout ("S tudents") is joined back."""
    joined: list[str] = []
    for w in words:
        if joined and len(joined[-1]) == 1 and joined[-1].isupper() and w.islower():
            joined[-1] += w
        else:
            joined.append(w)
    groups: list[list[str]] = []
    for w in joined:
        if groups and (not w[0].isupper() or groups[-1][-1].lower() in ("of", "and")):
            groups[-1].append(w)
        else:
            groups.append([w])
    if len(groups) > n:
        groups = groups[: n - 1] + [sum(groups[n - 1 :], [])]
    return [re.sub(r"(?<=[a-z])-(?=[a-z])", "", " ".join(g)) for g in groups]


def _year_keyed(text: str, numbers: list[Mention], years: list[Mention]) -> list[Table]:
    tables = []
    by_start = {m.start: m for m in numbers + years}
    for header in _YEAR_HEADER.finditer(text):
        pos, rows, row_years = header.end(), [], []
        while True:
            gap = _GAP.match(text, pos)
            nxt = by_start.get(gap.end())
            if nxt is None:
                break
            if nxt.type == "YEAR":
                row_years.append(nxt)
                rows.append([])
            elif rows:
                rows[-1].append(nxt)
            else:
                break
            pos = nxt.end
        if len(rows) < _MIN_ROWS:
            continue
        width = max(map(len, rows))
        words = _HEADER_WORD.findall(header.group("words"))
        per_half = _dedupe_halves(words)
        columns = tuple(_split_header(per_half, width))
        cells = tuple(
            Cell(number, r, text[year.start : year.end], year, c)
            for r, (year, values) in enumerate(zip(row_years, rows))
            for c, number in enumerate(values)
        )
        tables.append(Table(header.start(), pos, columns, cells))
    return tables


def _dedupe_halves(words: list[str]) -> list[str]:
    """ "Quantity Increment Year Quantity Increment": side-by-side halves repeat the header."""
    lowered = [w.lower() for w in words]
    for cut in ("year", "years"):
        if cut in lowered:
            return words[: lowered.index(cut)]
    return words


def _tab_separated(text: str, numbers: list[Mention], years: list[Mention]) -> list[Table]:
    tables = []
    lines = list(re.finditer(r"[^\r\n]*", text))
    block: list[re.Match] = []
    for line in lines + [None]:
        if line is not None and line.group().count("\t") >= 1 and line.group().strip():
            block.append(line)
            continue
        if line is not None and not line.group() and block and block[-1].end() == line.start():
            continue
        if len(block) > _MIN_ROWS:
            tables.append(_tab_table(block, numbers, years))
        block = []
    return [t for t in tables if t.cells]


def _pieces(line: re.Match) -> list[tuple[int, int]]:
    """Offsets of a tab-separated line's cells."""
    return [(line.start() + m.start(), line.start() + m.end()) for m in re.finditer(r"[^\t]*", line.group()) if m.start() == 0 or line.group()[m.start() - 1] == "\t"]


def _within(mentions: list[Mention], span: tuple[int, int]) -> Mention | None:
    return next((m for m in mentions if span[0] <= m.start < span[1]), None)


def _latest_within(years: list[Mention], span: tuple[int, int]) -> Mention | None:
    """The later year a header cell names: a change "2004/05 to 2005/06" holds for its end."""
    inside = [m for m in years if span[0] <= m.start < span[1]]
    return max(inside, key=lambda m: m.attrs["value"]) if inside else None


def _header_rows(block: list[re.Match], numbers: list[Mention]) -> int:
    """How many lines head the table: the first, and any after it whose value cells hold no
    number ("\tTotal\tImmigrants" over "\tMales\tFemales\tMales\tFemales")."""
    n = 1
    while n < len(block) - 1 and not any(_within(numbers, span) for span in _pieces(block[n])[1:]):
        n += 1
    return n


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


def _tab_table(block: list[re.Match], numbers: list[Mention], years: list[Mention]) -> Table:
    """Rows of tab-separated cells under its header lines; a cell's year is its row label's
    ("2019<TAB>340") or, in a table with years across the top, its column header's."""
    text_of = {id(line): line.group() for line in block}
    heads = _header_rows(block, numbers)
    header = _pieces(block[0])
    column_years = {c: _latest_within(years, span) for c, span in enumerate(header[1:])}
    cells = []
    for r, line in enumerate(block[heads:]):
        pieces = _pieces(line)
        label_span = pieces[0]
        row_year = _within(years, label_span)
        label = text_of[id(line)][label_span[0] - line.start() : label_span[1] - line.start()].strip()
        for c, span in enumerate(pieces[1:]):
            hit = _within(numbers, span)
            if hit is not None:
                cells.append(Cell(hit, r, label, row_year or column_years.get(c), c))
    rows = [[line.group()[a - line.start() : b - line.start()].strip() for a, b in _pieces(line)[1:]] for line in block[:heads]]
    return Table(block[0].start(), block[-1].end(), _column_names(rows), tuple(cells))


def find_tables(text: str, mentions: list[Mention]) -> list[Table]:
    numbers = [m for m in mentions if m.type == "NUMBER"]
    years = [m for m in mentions if m.type == "YEAR"]
    return _year_keyed(text, numbers, years) + _tab_separated(text, numbers, years)
