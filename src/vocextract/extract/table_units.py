"""Units a table states once for many cells, so that a bare "53.3" under "%" is a percentage.

A table can say it in eight ways, each read here from the text alone:
- a row of unit symbols over tab-separated columns (a "%" or a currency sign per column;
  "Index", "Level" or "Number" for a column of plain figures: "Index | Percent");
- a column's first figure written with a currency sign or "%" ("$1,883" over "1,861"), in
  a table of three columns or more;
- a row label that says "(%)" ("Water (%)<TAB>3.83");
- a header cell that names a share or a rate ("% of total", "Employment rate"), in a header
  row of three cells or more (two cells are a label and its value, as in an infobox), or a
  currency and a scale, in any header row ("Year | Remittances (USD Billion)");
- a caption with a currency and a scale, for the whole table below it or for its column
  ("Unit: USD Thousands", "Financial Allocation ( ₹ in crore)"), or a sub-heading between
  rows that names a share ("Proportion 19-24 years in higher education"), for the rows under it;
- a header line of capitalised column names laid out with spaces, some naming a share
  ("Male Female Both sexes Percentage female"), over rows of as many figures;
- a header line naming each column's unit in brackets, over rows of as many numbers laid out
  with spaces ("Median earnings ($)  Unemployment rate (%)"), or a sub-heading naming a rate
  over rows of figures laid out with spaces ("Employment rate %" over "December 2010 61.4 …",
  across "By sex" lines), or a numbered caption naming a share or a rate over its rows ("TABLE
  2.7 UNEMPLOYMENT RATE BY …", figures one per line between labels too);
- a bare scale in brackets in a header flattened onto one line ("Apprentices engaged (In
  lakhs) (1) (2) 2020-21 3.08 …"), for the figures after it on that line, up to prose;
- a ranking under a title that names its indicator's unit in brackets, as statistics portals
  write them ("Vocational pupils (% female)", "GDP growth (annual %)"): each row's value
  after its rank and name ("3 Nicaragua 59.68 2010") is in that unit;
- a page titled as a list by a rate ("List of regions of X by unemployment rate"): the
  figures of its tab-separated tables that lie between 0 and 100 throughout.
A share named by a heading or title never reaches a figure over 100, which counts; birth,
death, crime and exchange rates and rates "per 1,000" are no shares.
A blank line ends a tab-separated table (a short sub-heading between its rows does not); a
line of prose ends any of them. A short row (a
"Total" under a wider table) is aligned to the right; the last cell of a short unit row spans
the columns after it ("Percent | Percentage points" over three columns of figures); a row
whose label names a rate of its own ("Exchange rate: 1 USD") takes no unit from a caption.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..textmap import is_rule
from .spaced_rows import merged_numbers

Cell = tuple[int, int, str, float]
CurrencyOf = Callable[[str], "str | None"]

_PERCENT_SIGNS = ("%", "per cent", "percent", "percentage", "percentage points", "% points", "pp")
_NEUTRAL = ("index", "level", "number", "numbers", "count", "no.", "persons", "people")
_THOUSANDS = ("(000)", "('000)", "'000", "000s")
_RATE_HEADER = re.compile(r"%|\b(?:rate|share|proportion|percentage|per ?cent)\b", re.I)
_NOT_A_SHARE = re.compile(
    r"\b(?:exchange|birth|death|mortality|fertility|crime|homicide)\b|\bper\s+(?:hour|day|week|month|year|[\d,]+)\b", re.I
)
_SCALES = {"thousand": 1e3, "thousands": 1e3, "'000": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6,
           "billion": 1e9, "billions": 1e9, "bn": 1e9, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
_SCALE = "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
_CAPTION = re.compile(
    rf"(?:\bUnits?\s*:\s*|\(\s*(?:in\s+)?)(?P<currency>[^\s()\d]{{1,4}})\s*(?:in\s+)?(?P<scale>{_SCALE})\b\s*\)?",
    re.I,
)
_BRACKETED_UNIT = re.compile(r"\(([^()\s]{1,4}|per ?cent)\)")
_A_VALUE = re.compile(r"\d\s*(?:%|per ?cent)", re.I)
_CELL_NUMBER = re.compile(r"(?<![\w.,])-?\d[\d,]*(?:\.\d+)?(?![\w.,]\w|\w)")
_MAX_ROWS = 60
_PROSE_WORDS = 6


def cell_units(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """(start, end, unit, scale) of every table cell whose unit the table states, sorted; a
    cell two ways keeps its table's own unit over the title's."""
    own = _tab_tables(text, currency_of) + _spaced_tables(text, currency_of) + _ranked_rows(text) + _scaled_runs(text)
    taken = {(a, b) for a, b, _, _ in own}
    return sorted(own + [c for c in _rate_titled(text) if (c[0], c[1]) not in taken])


def unit_at(cells: list[Cell], pos: int) -> tuple[str, float] | None:
    """The unit and scale of the cell holding `pos`, if a table states them."""
    i = bisect.bisect_right(cells, (pos, float("inf"), "", 0.0)) - 1
    return (cells[i][2], cells[i][3]) if i >= 0 and cells[i][0] <= pos < cells[i][1] else None


def _symbol_unit(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """What a cell of a unit row says: "%", "Percent", "Percentage points", "(000)", "$"."""
    cell = cell.strip()
    if cell.lower() in _PERCENT_SIGNS or cell.lower().strip("()") in _PERCENT_SIGNS:
        return "percent", 1.0
    if cell.lower() in _NEUTRAL:
        return ("other" if cell.lower() == "index" else "count"), 1.0
    if cell in _THOUSANDS:
        return "count", 1e3
    if (bare := cell.strip("()").lower()) in _SCALES and cell.startswith("("):
        return "count", _SCALES[bare]
    code = currency_of(cell) if cell else None
    return (code, 1.0) if code else None


_PERCENT_LABEL = re.compile(r"\(\s*%\s*\)")
_SIGNED = re.compile(r"^\s*(?P<sign>[^\s\d.,()+-]{1,3})\s?\d[\d,]*(?:\.\d+)?\s*$|^\s*-?\d[\d,]*(?:\.\d+)?\s*(?P<percent>%)\s*$")


def _signed_cell(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """The unit a column's first figure is written with ("$1,883", "1.1%"), which the bare
    figures under it share."""
    m = _SIGNED.match(cell)
    if not m:
        return None
    if m.group("percent"):
        return "percent", 1.0
    code = currency_of(m.group("sign"))
    return (code, 1.0) if code else None


_YEAR_LABEL = re.compile(r"\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b")
_UNIT_HEADER = re.compile(r"(?i)units?")
_ROW_SCALE = re.compile(r"(?i)^(?P<scale>th(?:ousands?)?|mln|millions?|mn|bn|billions?)\.?\s*(?P<rest>.*)$")


def _row_unit(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """What a table's "Unit" column says of its row: "Th.pers" (thousands of persons),
    "places", "%", "US$ million"."""
    cell = cell.strip()
    scale, rest = 1.0, cell
    if m := _ROW_SCALE.match(cell):
        word = m.group("scale").lower()
        scale = 1e3 if word.startswith("th") else 1e9 if word.startswith("b") else 1e6
        rest = m.group("rest")
    if not rest:
        return ("count", scale) if scale != 1.0 else None
    if unit := _symbol_unit(rest, currency_of):
        return unit[0], unit[1] * scale
    if re.fullmatch(r"[a-z.]+", rest):
        return "count", scale
    return None


_CURRENCY_LAST = re.compile(r"(?:^|[\s,(])\(?(?P<sign>[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3})\)?\s*$")


def _header_unit(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    caption = _CAPTION.search(cell)
    if caption and (code := currency_of(caption.group("currency"))):
        return code, _SCALES[caption.group("scale").lower()]
    if _RATE_HEADER.search(cell) and not _NOT_A_SHARE.search(cell):
        return "percent", 1.0
    last = _CURRENCY_LAST.search(cell)
    if last and _words(cell[: last.start()]) and (code := currency_of(last.group("sign"))):
        return code, 1.0
    return None


def _header_row(cells: list[str], above: list[tuple[str, float] | None], currency_of: CurrencyOf) -> list:
    """Each column's unit from a header row; a column it leaves open keeps the unit of a header
    row right above, whose cells span the empty cells after them ("2017/18 | | %-age change"
    over "Qty | Value $ | Qty | Value $ | Qty | Value $")."""
    own = [_header_unit(c, currency_of) for c in cells]
    out = []
    for i, unit in enumerate(own):
        group = above[min(i, len(above) - 1)] if above else None
        out.append(group if group and group[0] == "percent" else unit or group)
    return out


def _spread(cells: list[str], units: list) -> list:
    """A group header's units carried over the empty cells to its right."""
    out, last = [], None
    for cell, unit in zip(cells, units):
        last = unit if cell.strip() else last
        out.append(last)
    return out


def _words(line: str) -> int:
    return len(re.findall(r"[A-Za-z]+", _CELL_NUMBER.sub("", line)))


def _tab_tables(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """Cells of tab-separated tables under a unit row, a unit-naming header cell, or a caption."""
    out: list[Cell] = []
    columns: list[tuple[str, float] | None] = []
    spanning = False
    whole: tuple[str, float] | None = None
    sub = False
    header_above = False
    unit_column: int | None = None
    data_rows = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        if is_rule(line):
            pos += len(line)
            continue
        cells = line.rstrip("\r\n").split("\t")
        caption = _CAPTION.search(line)
        if len(cells) < 2 or not line.strip():
            unit_column = None
        elif unit_column is None or not _CELL_NUMBER.search(line):
            unit_column = next((i for i, c in enumerate(cells) if _UNIT_HEADER.fullmatch(c.strip())), unit_column)
        if unit_column is not None and 0 < unit_column < len(cells) - 1 and (row_unit := _row_unit(cells[unit_column], currency_of)):
            start = pos + sum(len(c) + 1 for c in cells[: unit_column + 1])
            for cell in cells[unit_column + 1 :]:
                if _CELL_NUMBER.search(cell):
                    out.append((start, start + len(cell), *row_unit))
                start += len(cell) + 1
            pos += len(line)
            continue
        if len(cells) < 2:
            data_rows = 0
            if not line.strip() or _words(line) > _PROSE_WORDS + 2:
                columns = []
            if caption and (code := currency_of(caption.group("currency"))):
                whole, sub = (code, _SCALES[caption.group("scale").lower()]), False
            elif _words(line) > _PROSE_WORDS + 2:
                whole = None
            elif line.strip() and _RATE_HEADER.search(line) and not _NOT_A_SHARE.search(line) and not _A_VALUE.search(line):
                whole, sub = ("percent", 1.0), True
            elif line.strip() and sub:
                whole = None
        elif (symbols := [_symbol_unit(c, currency_of) for c in cells]) and any(symbols[1:]) and all(
            u or not c.strip() for u, c in zip(symbols[1:], cells[1:])
        ) and any(u and u[0] != "count" or u and u[1] != 1.0 for u in symbols[1:]):
            columns, spanning = [None] + symbols[1:], True
        elif not any(_CELL_NUMBER.search(_YEAR_LABEL.sub("", c)) for c in cells[1:]) and (
            len(cells) > 2 and any(_header_unit(c, currency_of) for c in cells)
            or any(_CAPTION.search(c) and _header_unit(c, currency_of) for c in cells[1:])
        ):
            above = columns if header_above else []
            columns, spanning = _spread(cells, _header_row(cells, above, currency_of)), True
            header_above, data_rows = True, 0
            pos += len(line)
            continue
        else:
            shift = max(0, len(columns) - len(cells))
            table = None if _RATE_HEADER.search(cells[0]) or _CAPTION.search(cells[0]) else whole
            row = ("percent", 1.0) if _PERCENT_LABEL.search(cells[0]) else None
            start = pos
            for i, cell in enumerate(cells):
                column = i + shift if i else i
                if spanning and columns and column >= len(columns):
                    column = len(columns) - 1
                unit = columns[column] if column < len(columns) and columns[column] else table or row
                if sub and unit is table and _beyond_a_share(cell):
                    unit = None
                if i and not unit and len(cells) > 2 and not data_rows and (signed := _signed_cell(cell, currency_of)):
                    columns = columns + [None] * (column + 1 - len(columns))
                    columns[column] = signed
                elif unit and cell.strip():
                    out.append((start, start + len(cell), *unit))
                start += len(cell) + 1
            data_rows += any(_CELL_NUMBER.search(c) for c in cells[1:])
        header_above = False
        pos += len(line)
    return out


_UNIT_PHRASE = re.compile(
    rf"(?:(?:change|increase|decrease)\s+in\s+)?(?P<scale>{_SCALE})\s+of\s+(?P<currency>(?:[A-Z]{{2,3}}\x20)?[a-z]+)"
    r"|(?:%|per\s?cent(?:age)?)(?:\s+(?:change|share|points?))?",
    re.I,
)


def _unit_row(line: str, currency_of: CurrencyOf) -> list[tuple[str, float]] | None:
    """The units of a line made only of unit words and signs, one per column ("number %"), or
    of unit phrases ("billions of dollars  change in billions of dollars  % change")."""
    tokens = line.split()
    units = [_symbol_unit(t, currency_of) for t in tokens]
    if len(tokens) >= 2 and all(units):
        return [u for u in units if u]
    phrases = list(_UNIT_PHRASE.finditer(line))
    if len(phrases) < 2 or _UNIT_PHRASE.sub("", line).strip():
        return None
    out = []
    for m in phrases:
        if m.group("scale") is None:
            out.append(("percent", 1.0))
        elif code := currency_of(m.group("currency")):
            out.append((code, _SCALES[m.group("scale").lower()]))
        else:
            return None
    return out


def _spaced_tables(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """Rows of numbers laid out with spaces under a header naming each column's unit (in
    brackets, or a line of unit words: "number %"), under a header of capitalised column
    names some of which name a share, under a sub-heading line that names a rate
    ("Employment rate %", across "By sex" lines), or under a caption naming a share or a rate
    ("Table 1. Percentage of …", "TABLE 2.7 UNEMPLOYMENT RATE BY …"). A number whose
    thousands are spaced ("57 579") is one cell, as `spaced_rows` cuts it."""
    text = _thousands_joined(text)
    out: list[Cell] = []
    units: list[tuple[str, float]] = []
    rows = 0
    pos = 0
    rate_rows = False
    shares: int | None = None
    named: list[tuple[str, float] | None] = []
    for line in text.splitlines(keepends=True):
        found = [_symbol_unit(m.group(1), currency_of) for m in _BRACKETED_UNIT.finditer(line)]
        row_units = _unit_row(line, currency_of)
        numbers = list(_CELL_NUMBER.finditer(line))
        figures = len(numbers) >= 2 and _words(line) <= 2
        header = [] if numbers else _named_columns(line)
        if _SHARE_CAPTION.match(line):
            shares = 0
        elif shares is not None:
            shares = _caption_rows(shares, line, numbers)
            if shares == -1:
                out += [(pos + m.start(), pos + m.end(), "percent", 1.0) for m in numbers if not _beyond_a_share(m.group())]
        if row_units:
            rate_rows = False
        elif rate_rows and not numbers and is_breakdown(line):
            pass
        elif not numbers and line.strip() and _words(line) <= _PROSE_WORDS and "\t" not in line:
            rate_rows = bool(_RATE_HEADER.search(line)) and not _NOT_A_SHARE.search(line) and not header
        elif rate_rows and not figures:
            rate_rows = False
        elif rate_rows:
            out += [(pos + m.start(), pos + m.end(), "percent", 1.0) for m in numbers if not _beyond_a_share(m.group())]
        if header:
            named = header
        elif named and numbers and (_words(line) <= _PROSE_WORDS or _labelled_row(line, numbers)):
            if len(numbers) in (len(named), len(named) - 1):
                out += [(pos + m.start(), pos + m.end(), *u) for m, u in zip(numbers, named[-len(numbers):]) if u]
        elif named and line.strip() and _words(line) > _PROSE_WORDS:
            named = []
        if (found and all(found) or row_units) and len(line) < 200:
            units, rows = row_units or [u for u in found if u], 0
        elif units and numbers and _words(line) <= _PROSE_WORDS and rows < _MAX_ROWS:
            rows += 1
            if len(numbers) == len(units):
                out += [(pos + m.start(), pos + m.end(), *u) for m, u in zip(numbers, units)]
        elif units and _words(line) > _PROSE_WORDS:
            units = []
        pos += len(line)
    return out


_LABEL_WORDS = 12
_ROW_TAIL = re.compile(r"(?:[ \t]+(?:[.…x–—-]|\.\.\.))*[ \t]*\r?\n?")


def _labelled_row(line: str, numbers: list[re.Match]) -> bool:
    """A row whose long label ("Upper secondary education, advanced course II/certificate")
    comes before figures that run to the line's end, empty cells among them: no prose."""
    if len(numbers) < 2 or len(re.findall(r"[A-Za-z]+", line[: numbers[0].start()])) > _LABEL_WORDS:
        return False
    return all(_ROW_TAIL.fullmatch(line, a.end(), b.start()) for a, b in zip(numbers, numbers[1:])) and bool(
        _ROW_TAIL.fullmatch(line, numbers[-1].end())
    )


def _thousands_joined(text: str) -> str:
    """The text with the spaces inside numbers that group thousands by spaces written as
    commas, at the same offsets."""
    chars = list(text)
    for start, end, _ in merged_numbers(text):
        chars[start:end] = text[start:end].replace(" ", ",")
    return "".join(chars)


_BREAKDOWN = re.compile(r"\W*(?:by|according\s+to)\s", re.I)


def is_breakdown(line: str) -> bool:
    """A line that only says how the rows under it are split ("By gender", "According to
    age"): it names no measure of its own."""
    return bool(_BREAKDOWN.match(line))


_COLUMN_NAME = re.compile(r"[A-Z%][^\sA-Z]*(?:\s+(?![A-Z%])\S+)*")
_MIN_NAMED_COLUMNS = 3


def column_names(line: str) -> list[str]:
    """The column names of a header line laid out with spaces, each starting with a capital
    ("Male Female Both sexes Percentage female" -> four), when the line is nothing else."""
    if "\t" in line or not line.strip() or not line.lstrip()[:1].isupper():
        return []
    names = _COLUMN_NAME.findall(line.strip())
    return names if len(names) >= _MIN_NAMED_COLUMNS and " ".join(names) == " ".join(line.split()) else []


def _named_columns(line: str) -> list[tuple[str, float] | None]:
    """A header line laid out with spaces whose columns each start with a capital ("Male
    Female Both sexes Percentage female"): the unit of each column that names a share, if any
    does. Rows of as many figures (or one fewer, when the header names the label column too)
    take them."""
    names = column_names(line)
    if not names:
        return []
    units = [("percent", 1.0) if _RATE_HEADER.search(n) and not _NOT_A_SHARE.search(n) else None for n in names]
    return units if any(units) else []


_SHARE_CAPTION = re.compile(
    r"^\s*(?:Table|Figure|Exhibit)\s+[\w.-]+[.:]?\s+(?:The\s+)?(?:(?:percentage|per ?cent|share|proportion)s?\s+of\b"
    r"|(?:[\w-]+\s+){0,3}rates?\b)",
    re.I,
)
_HEADER_LINES = 3


def _caption_rows(state: int, line: str, numbers: list) -> int | None:
    """Under a share caption: the rows of figures after at most a few header lines, to the
    first blank or prose line after them. `state` counts header lines (0..), or is -1 once
    rows began; returns the next state, -1 for a row to mark, None when the table ended."""
    if numbers and _words(line) <= _PROSE_WORDS:
        return -1
    if state == -1 and line.strip() and _words(line) <= _PROSE_WORDS:
        return -1
    if state == -1 or not line.strip() and state > 0 or state >= _HEADER_LINES:
        return None
    return state + bool(line.strip())


_INDICATOR_PERCENT = re.compile(r"\((?:[^()\n]*\s)?%(?:\s[^()\n]*)?\)")
_RANKED_ROW = re.compile(
    r"^[ \t]*\d{1,3}[.)]?[ \t]+[^\d\t\n]+?[ \t]+(?P<value>-?\d[\d,]*(?:\.\d+)?)(?:[ \t]+(?:19|20)\d\d)?[ \t]*$", re.M
)


def indicator(line: str) -> str | None:
    """The name of the share a title states in brackets ("Secondary education, vocational
    pupils" of "Secondary education, vocational pupils (% female) - Country Ranking")."""
    m = _INDICATOR_PERCENT.search(line)
    return line[: m.start()].strip(" ,-–") or None if m else None


def _ranked_rows(text: str) -> list[Cell]:
    """The values of a ranking whose title (the first line) names a share in brackets."""
    if not indicator(text.lstrip().split("\n", 1)[0]):
        return []
    return [(m.start("value"), m.end("value"), "percent", 1.0) for m in _RANKED_ROW.finditer(text)]


def _beyond_a_share(cell: str) -> bool:
    """A figure over 100, which counts, whatever share the heading above names."""
    m = _CELL_NUMBER.fullmatch(cell.strip())
    return m is not None and not _YEAR_LABEL.fullmatch(m.group()) and float(m.group().replace(",", "")) > 100


_BY_RATE = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}(?:rate|share|proportion|percentage)s?\b", re.I)


def _rate_titled(text: str) -> list[Cell]:
    """A page titled as a list of places by a rate ("List of regions of X by unemployment
    rate"): the figures of its tab-separated tables are that rate in per cent, when every one
    of a table's figures lies between 0 and 100 (a table of counts under it keeps its own)."""
    title = text.lstrip().split("\n", 1)[0]
    if not _BY_RATE.search(title) or _NOT_A_SHARE.search(title):
        return []
    out: list[Cell] = []
    for block in re.finditer(r"(?:^[^\n]*\t[^\n]*(?:\n|$))+", text, re.M):
        cells = []
        pos = block.start()
        for line in block.group().splitlines(keepends=True):
            start = pos + len(line.split("\t", 1)[0]) + 1
            for cell in line.rstrip("\r\n").split("\t")[1:]:
                if (m := _CELL_NUMBER.fullmatch(cell.strip())) and not _YEAR_LABEL.fullmatch(m.group()):
                    cells.append((start, start + len(cell), float(m.group().replace(",", ""))))
                start += len(cell) + 1
            pos += len(line)
        if cells and all(0 <= v <= 100 for _, _, v in cells):
            out += [(a, b, "percent", 1.0) for a, b, _ in cells]
    return out


_BARE_SCALE = re.compile(rf"\(\s*in\s+(?P<scale>{_SCALE})\s*\)", re.I)
_PROSE_RUN = re.compile(r"(?:[A-Za-z][\w'’-]*[ \t]+){2}[A-Za-z]")


def _scaled_runs(text: str) -> list[Cell]:
    """Figures after a bare scale on its own line: "(In lakhs) (1) (2) 2020-21 3.08 2021-22 5.90".
    In a table laid out on lines, the scale is one column's, which the column readers place."""
    out: list[Cell] = []
    for m in _BARE_SCALE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        prose = _PROSE_RUN.search(text, m.end(), line_end)
        end = prose.start() if prose else line_end
        scale = _SCALES[m.group("scale").lower()]
        out += [(n.start(), n.end(), "count", scale) for n in _CELL_NUMBER.finditer(text, m.end(), end)]
    return out

