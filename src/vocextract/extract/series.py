"""Flattened tables rebuilt as series: which row (year or label) and column each cell is.

Three shapes survive conversion to text:
- tab-separated rows: a header line, then lines "label<TAB>value<TAB>value…";
- space-aligned rows: lines "label value value …" with as many cells each (an empty cell
  written ".", "-" or "x"), under a header line of years or of one word per column;
- year-keyed runs, the table's lines run together: "Year Quantity Increment 2010 15 2011
  18 3 …" — a header of capitalised words after "Year(s)", then rows that each start with a
  YEAR followed by that row's values (side-by-side halves simply continue the run).
A cell is a NUMBER mention; its row's year and its column's header make the cell a fact.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..textmap import is_rule
from .mention import Mention

_YEAR_HEADER = re.compile(r"\b(?:Years?)\b(?P<words>(?:[ \t]+[A-Za-z][\w’'-]*){1,8}?)(?=[ \t]+(?:19|20)\d\d\b)")
_GAP = re.compile(r"[ \t]*")
_HEADER_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_MIN_ROWS = 2


@dataclass(frozen=True)
class Cell:
    """One cell of a rebuilt table: its NUMBER, its row (with the row's label and year) and its
    column, from which a fact takes what, when and where."""
    number: Mention
    row: int
    row_label: str
    year: Mention | None
    column: int


@dataclass(frozen=True)
class Table:
    """One rebuilt table: its character range, column headers and cells, and the label lines
    inside it that head a group of its rows ("Men" over the same rows again)."""

    start: int
    end: int
    columns: tuple[str, ...]
    cells: tuple[Cell, ...]
    groups: tuple[tuple[int, int], ...] = ()

    def header(self, cell: Cell) -> str:
        return self.columns[cell.column] if cell.column < len(self.columns) else f"column {cell.column + 1}"

    @functools.cached_property
    def row_labels(self) -> frozenset[str]:
        """The labels of its rows that hold words, computed once however many cells ask."""
        return frozenset(c.row_label for c in self.cells if re.search(r"[A-Za-z]{2,}", c.row_label))


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
        if len(block) > _MIN_ROWS:
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
            return j if wide and all(_figure(lines[j].string, numbers, span) for span in values) else None
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


def _within(mentions: list[Mention], span: tuple[int, int]) -> Mention | None:
    return next((m for m in mentions if span[0] <= m.start < span[1]), None)


def _latest_within(years: list[Mention], span: tuple[int, int]) -> Mention | None:
    """The later year a header cell names: a change "2004/05 to 2005/06" holds for its end."""
    inside = [m for m in years if span[0] <= m.start < span[1]]
    return max(inside, key=lambda m: m.fields.value) if inside else None


_FIGURE_CELL = re.compile(r"[ \t]*[-+(]?\$?\d[\d,. ]*%?\)?[ \t]*")
_CELL_WORDS = 3


def _figure(text: str, numbers: list[Mention], span: tuple[int, int]) -> Mention | None:
    """The number a cell holds as its value: a cell of a few words at most besides brackets
    ("$600", "4.3 %", "US$25 million (planned endowment)"), not a phrase that mentions one
    ("completed within five years")."""
    hit = _within(numbers, span)
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\([^()]*\)", " ", text[slice(*span)]))
    return hit if hit is not None and len(words) <= _CELL_WORDS else None


def _header_rows(block: list[re.Match], numbers: list[Mention], years: list[Mention]) -> int:
    """How many lines head the table: those from the first whose value cells hold no
    figure ("\tTotal\tImmigrants" over "\tMales\tFemales\tMales\tFemales"), whether or not it
    was read as a NUMBER; a year is a header's, not a figure."""
    text = block[0].string

    def figure(span: tuple[int, int]) -> bool:
        return _figure(text, numbers, span) is not None or (
            _FIGURE_CELL.fullmatch(text, *span) is not None and _within(years, span) is None
        )

    n = 0
    while n < len(block) - 1 and not any(figure(span) for span in _pieces(block[n])[1:]):
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
    heads = _header_rows(block, numbers, years)
    values = max((len(_pieces(line)) - 1 for line in block[heads:]), default=0)
    widths = Counter(len(_named(line)) - 1 for line in block[heads:])
    filled = max(widths, key=lambda w: (widths[w], w), default=0)
    columns, column_years = _header_columns(block[:heads], (filled, values), years)
    cells = []
    for r, line in enumerate(block[heads:]):
        pieces = _pieces(line)
        label_span = pieces[0]
        row_year = _within(years, label_span)
        label = line.string[slice(*label_span)].strip()
        for c, span in enumerate(pieces[1:]):
            hit = _figure(line.string, numbers, span)
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
        if (year := _latest_within(years, span)) is not None:
            column_years.update(dict.fromkeys(range(lo, hi), year))
    latest = max(column_years.values(), key=lambda m: m.fields.value, default=None)
    for c, name in enumerate(names):
        if c not in column_years and latest is not None and _CHANGE.search(name):
            column_years[c] = latest
    return names, column_years


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
    column after them allowed), or of one word per column, optionally under a line of words
    or years each spanning as many columns."""
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


_CHANGE = re.compile(r"\b(?:change|increase|decrease|growth|difference|var\.?|variation)\b", re.I)


def _change_columns(text: str, years: list[Mention], width: int, end: int) -> dict[int, Mention]:
    """Each column's year from a header line of years: a change column ("Change over FY2020",
    or a "Change" after the years) holds for the latest year, as a change between two years
    does."""
    base = [bool(_CHANGE.search(text, max(m.start - 20, 0), m.start)) for m in years]
    latest = max((m for m, b in zip(years, base) if not b), key=lambda m: m.fields.value, default=None)
    columns = {c: latest if b else m for c, (m, b) in enumerate(zip(years, base))}
    first_base = next((m.start for m, b in zip(years, base) if b), None)
    after = _CHANGE.search(text, years[-1].end, end) or (first_base is not None)
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
        Cell(number, r, label, _within(years, (line.start(), line.start() + len(label) + 1)) or column_years.get(c), c)
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


def _space_aligned(text: str, numbers: list[Mention], years: list[Mention]) -> list[Table]:
    tables = []
    block: list[tuple[re.Match, str, list]] = []
    for line in list(re.finditer(r"[^\n]*", text)) + [None]:
        if line is not None and not line.group().strip():
            continue
        row = _space_row(text, line, numbers) if line is not None else None
        if row is not None and (not block or len(row[1]) == len(block[-1][2])):
            block.append((line, *row))
            continue
        if len(block) > _MIN_ROWS and (table := _space_table(text, block, numbers, years)):
            tables.append(table)
        block = [(line, *row)] if row is not None else []
    return tables


def find_tables(text: str, mentions: list[Mention]) -> list[Table]:
    """Every flattened table the text holds, in its three shapes (year-keyed runs,
    tab-separated rows, space-aligned rows), rebuilt from the document's NUMBER and YEAR
    mentions."""
    numbers = [m for m in mentions if m.type == "NUMBER"]
    years = [m for m in mentions if m.type == "YEAR"]
    return _year_keyed(text, numbers, years) + _tab_separated(text, numbers, years) + _space_aligned(text, numbers, years)
