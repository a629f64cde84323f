"""Units a page or its title states for the figures under it: a ranking's indicator, a list
by a rate, a bare scale in a header flattened onto one line, a row label's unit in a table
flattened onto one line between "|" marks."""

from __future__ import annotations

import functools
import re

import pycountry

from ..units import spellings
from .vocab import (
    CELL_NUMBER, MAX_ROWS, NOT_A_SHARE, PROSE_WORDS, SCALE, SCALES, YEAR_LABEL, Cell, CurrencyOf, row_label_unit, symbol_unit,
    words,
)


_INDICATOR_PERCENT = re.compile(r"\((?:[^()\n]*\s)?%(?:[\s,;][^()\n]*)?\)")
_RANKED_ROW = re.compile(
    r"^[ \t]*\d{1,3}[.)]?[ \t]+[^\d\t\n]+?[ \t]+(?P<value>-?\d[\d,]*(?:\.\d+)?)(?:[ \t]+(?:19|20)\d\d)?[ \t]*$", re.M
)


def indicator(line: str) -> str | None:
    """The name of the share a title states in brackets ("Secondary education, vocational
    pupils" of "Secondary education, vocational pupils (% female) - Country Ranking"), after
    the place a title may open with ("Freedonia: Unemployment rates by sex (%, 2019)")."""
    m = _INDICATOR_PERCENT.search(line)
    if m is None:
        return None
    name = without_place(line[: m.start()])
    return name.strip(" ,-–") or None


def without_place(line: str) -> str:
    """A title without the place it opens with ("Freedonia: Unemployment rates" -> "Unemployment
    rates"): the place says where, not what is counted."""
    return _PLACE_OPENING.sub("", line)


_PLACE_OPENING = re.compile(r"^\s*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s*:\s*(?=\S)")


_YEAR_ROW = re.compile(r"^[ \t]*(?:19|20)\d\d[ \t]+(?P<value>-?\d[\d,]*(?:\.\d+)?)[ \t]*$", re.M)
_DECIMAL = re.compile(r"(?<![\w.,])\d{1,3}\.\d+(?![\w.,%]|\.\d)")
_STATES_THE_INDICATOR = re.compile(r"\(%[^()\n]*\)|\bvalues?\b", re.I)


def ranked_rows(text: str) -> list[Cell]:
    """The values of a page whose title (the first line) names a share in brackets, as
    statistics portals write them: a ranking's ("3 Nicaragua 59.68 2010"), a year/value
    list's ("1976 70.62"), and the decimal figures of lines that restate the indicator or
    speak of its value ("… (% female) in Freedonia was 53.59 as of 2017", "its lowest value
    was 42.60 in 1971"), up to 100; on any page, the year/value lines under a line that names
    a share."""
    if not indicator(text.lstrip().split("\n", 1)[0]):
        return [(a, b, "percent", 1.0) for a, b in _captioned_year_rows(text)]
    rows = [(m.start("value"), m.end("value")) for pattern in (_RANKED_ROW, _YEAR_ROW) for m in pattern.finditer(text)]
    rows += _captioned_year_rows(text)
    prose = [
        (line.start() + m.start(), line.start() + m.end())
        for line in re.finditer(r"[^\n]+", text) if _STATES_THE_INDICATOR.search(line.group())
        for m in _DECIMAL.finditer(line.group()) if float(m.group()) <= 100
    ]
    return [(a, b, "percent", 1.0) for a, b in sorted(set(rows + prose))]


_VALUE_YEAR_ROW = re.compile(r"[ \t]*(?P<value>-?\d[\d,]*(?:\.\d+)?)[ \t]+(?:19|20)\d\d[ \t]*")
_BARE_YEAR_ROW = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]*")


def _captioned_year_rows(text: str) -> list[tuple[int, int]]:
    """The values of the year/value lines right under a line that names a share in brackets
    ("X | Secondary education, vocational pupils (% female)" over "1969", "45.89 1970", "44.23
    1971"), in either order, up to the first other line."""
    out = []
    lines = list(re.finditer(r"[^\n]*", text))
    for k, line in enumerate(lines):
        if not indicator(line.group()):
            continue
        for row in lines[k + 1 :]:
            m = _YEAR_ROW.fullmatch(row.group()) or _VALUE_YEAR_ROW.fullmatch(row.group())
            if m:
                out.append((row.start() + m.start("value"), row.start() + m.end("value")))
            elif not (_BARE_YEAR_ROW.fullmatch(row.group()) or not row.group().strip()):
                break
    return out


_BY_RATE = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}(?:rate|share|proportion|percentage)s?\b", re.I)


def rate_titled(text: str) -> list[Cell]:
    """A page titled as a list of places by a rate ("List of regions of X by unemployment
    rate"): the figures of its tab-separated tables are that rate in per cent, when every one
    of a table's figures lies between 0 and 100 (a table of counts under it keeps its own)."""
    title = text.lstrip().split("\n", 1)[0]
    if not _BY_RATE.search(title) or NOT_A_SHARE.search(title):
        return []
    out: list[Cell] = []
    for block in re.finditer(r"(?:^[^\n]*\t[^\n]*(?:\n|$))+", text, re.M):
        cells = []
        pos = block.start()
        for line in block.group().splitlines(keepends=True):
            start = pos + len(line.split("\t", 1)[0]) + 1
            for cell in line.rstrip("\r\n").split("\t")[1:]:
                if (m := CELL_NUMBER.fullmatch(cell.strip())) and not YEAR_LABEL.fullmatch(m.group()):
                    cells.append((start, start + len(cell), float(m.group().replace(",", ""))))
                start += len(cell) + 1
            pos += len(line)
        if cells and all(0 <= v <= 100 for _, _, v in cells):
            out += [(a, b, "percent", 1.0) for a, b, _ in cells]
    return out


_BARE_SCALE = re.compile(rf"\(\s*in\s+(?P<scale>{SCALE})\s*\)", re.I)
_PROSE_RUN = re.compile(r"(?:[A-Za-z][\w'’-]*[ \t]+){2}[A-Za-z]")
_MONEY_HEADER = re.compile(rf"\(\s*(?:in\s+)?(?P<currency>[A-Z]{{3}}|US\$)(?:\s*,?\s+(?P<scale>{SCALE}))?\s*\)", re.I)
_LOWER_PROSE = re.compile(r"\b(?!(?:of|and|or)\b)[a-z][\w'’-]*[ \t]+[a-z]")


def scaled_runs(text: str) -> list[Cell]:
    """Figures after a bare scale on its own line: "(In lakhs) (1) (2) 2020-21 3.08 2021-22 5.90",
    and after a currency with or without a scale in a data sheet flattened onto one line
    ("(In USD Million) Total Project Cost: 60.00 Total Bank Financing: 50.00", "(US$, Millions)"), whose labels
    are capitalised: up to prose (two lower-case words in a row, but a sheet's "of which" joins
    two of its labels) or the line's end. In a
    table laid out on lines, the scale is one column's, which the column readers place."""
    out: list[Cell] = []
    for m in _BARE_SCALE.finditer(text):
        end = _run_end(text, m.end(), _PROSE_RUN)
        scale = SCALES[m.group("scale").lower()]
        out += [(n.start(), n.end(), "count", scale) for n in CELL_NUMBER.finditer(text, m.end(), end)]
    for m in _MONEY_HEADER.finditer(text):
        code = "USD" if m.group("currency").upper() == "US$" else m.group("currency").upper()
        if pycountry.currencies.get(alpha_3=code) is None:
            continue
        scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        end = _run_end(text, m.end(), _LOWER_PROSE)
        out += [(n.start(), n.end(), code, scale) for n in CELL_NUMBER.finditer(text, m.end(), end)]
    return out


_CAPTION_SCALE = re.compile(rf"^[^\n]*\S[ \t]*\(\s*in\s+(?P<scale>{SCALE})\s*\)[ \t]*$", re.I | re.M)
_VALUE_ROW = re.compile(r"^[^\d\n]*[A-Za-z][^\d\n]*?[ \t](?P<sign>[$€£¥₹])?(?P<value>\d[\d,]*(?:\.\d+)?)[ \t]*$")
_MIN_VALUE_ROWS = 2


def captioned_rows(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """The values of "label value" rows under a caption that ends in a bare scale ("… 2016-17
    Through 2018-19 (In Millions)" over "New funding formula $175" / "Full-time faculty 50"):
    each takes the scale, and the currency the first row's value is written with, down to
    the first line that is no such row. A label may hold numbers of its own ("1 percent
    enrollment growth 60"); the row's value is its last figure."""
    out: list[Cell] = []
    for m in _CAPTION_SCALE.finditer(text):
        scale = SCALES[m.group("scale").lower()]
        rows: list[re.Match] = []
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = _VALUE_ROW.match(_labelled_value(text[pos:end]))
            if row is None:
                break
            rows.append((pos, row))
            pos = end + 1
        if len(rows) < _MIN_VALUE_ROWS:
            continue
        sign = rows[0][1].group("sign")
        unit = (currency_of(sign) if sign else None) or "count"
        out += [(start + r.start("sign" if r.group("sign") else "value"), start + r.end("value"), unit, scale) for start, r in rows]
    return out


def _labelled_value(line: str) -> str:
    """A row with its label's own figures hidden, so that only its last figure reads as its
    value."""
    last = list(re.finditer(r"[$€£¥₹]?\d[\d,]*(?:\.\d+)?", line))
    if not last:
        return line
    head = re.sub(r"\d", "x", line[: last[-1].start()])
    return head + line[last[-1].start() :]


def _run_end(text: str, start: int, prose: re.Pattern) -> int:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    found = prose.search(text, start, line_end)
    return found.start() if found else line_end


_PERCENT_ROW = re.compile(r"^(?=[^\n]*\(\s*%\s*\))[^\d\n]*?[A-Za-z][^\d\n]*\(\s*%\s*\)(?P<cells>(?:[ \t]+(?:-?\d[\d,.]*|[.…–-]))+)[ \t]*$", re.M)


def percent_rows(text: str) -> list[Cell]:
    """A row laid out with spaces whose label says "(%)" and which holds nothing but figures
    ("Frauen (%) 41,7 42,0 41,8"): each figure is a percentage."""
    return [
        (m.start("cells") + n.start(), m.start("cells") + n.end(), "percent", 1.0)
        for m in _PERCENT_ROW.finditer(text) for n in CELL_NUMBER.finditer(m.group("cells"))
    ]


_PERCENT_SIGNS_LINE = re.compile(r"^[ \t]*%(?:[ \t]+%)+[ \t]*\n", re.M)
_DECIMAL_CELL = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{1,2}(?![\d.,])")
_FIGURE_ROW = re.compile(r"[^\n]*\d[^\n]*")


def percent_line_rows(text: str) -> list[Cell]:
    """A line of nothing but "%" signs over rows laid out with spaces, each holding as many
    decimals as the line has signs ("%     %     %" over "2000 50 552 39 628 78,4 …"): the
    decimals are the percentage columns, the whole numbers beside them counts."""
    out: list[Cell] = []
    for m in _PERCENT_SIGNS_LINE.finditer(text):
        signs = m.group().count("%")
        pos, cells = m.end(), []
        while (row := _FIGURE_ROW.match(text, pos)) and row.group().strip():
            decimals = list(_DECIMAL_CELL.finditer(text, row.start(), row.end()))
            if len(decimals) != signs:
                break
            cells += [(d.start(), d.end(), "percent", 1.0) for d in decimals]
            pos = row.end() + 1
        out += cells
    return out


_SIGN_CAPTION = re.compile(
    rf"^[ \t]*(?:Table|TABLE)[ \t]+\d[\w.]*[^\n(]*\(\s*(?:in\s+)?(?P<currency>[^()\s\d]{{1,4}})(?:\s+(?P<scale>{SCALE}))?\s*\)",
    re.M,
)
_TABLE_NOTE = re.compile(r"[ \t]*(?:Sources?|Notes?)\b", re.I)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def sign_captioned(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """A numbered caption whose title ends in its money's sign in brackets ("Table 6.7: X
    Income from 2003–2007 (MK)", "Table 2: Budget (Ksh million)"), over a table laid out one
    cell or one row per line: every figure under it is in that money and scale, up to a
    blank line, a source or note line, or a line of prose. Year labels stay years."""
    out: list[Cell] = []
    for m in _SIGN_CAPTION.finditer(text):
        code = currency_of(m.group("currency"))
        if not code:
            continue
        scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        end = _table_end(text, m.end())
        out += [
            (n.start(), n.end(), code, scale) for n in CELL_NUMBER.finditer(text, m.end(), end)
            if not _BARE_YEAR.fullmatch(n.group())
        ]
    return out


def _table_end(text: str, start: int) -> int:
    """Where a table that starts at `start` ends: its first blank line, source or note line,
    or line of prose, within `MAX_ROWS` lines."""
    pos = text.find("\n", start)
    for _ in range(MAX_ROWS):
        if pos < 0:
            return len(text)
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1 : nxt if nxt >= 0 else len(text)]
        if not line.strip() or _TABLE_NOTE.match(line) or words(line) >= PROSE_WORDS:
            return pos
        pos = nxt
    return pos if pos >= 0 else len(text)


_NOTE_UNDER = re.compile(
    rf"^[ \t]*\(?(?:(?:all[ \t]+)?(?:figures|values|data)[ \t]+)?in[ \t]+(?P<scale>{SCALE})"
    r"(?:[ \t]+(?:of[ \t]+)?(?P<what>[A-Za-z]+(?:[ \t]+[A-Za-z]+)?))?[ \t]*\)?\.?[ \t]*$",
    re.I | re.M,
)
_FIGURES_ROW = 2


def noted_runs(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """The figures of the rows right above a note that gives their scale and unit ("in million
    tons", "(in thousands of euros)"), as statistics pages write it under a table: each cell
    times the scale, in the currency or measure the note names (a measure is unit `other`)."""
    out: list[Cell] = []
    for m in _NOTE_UNDER.finditer(text):
        unit = _noted_unit(m.group("what"), currency_of)
        if unit is None:
            continue
        end = m.start() - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            cells = [c for c in CELL_NUMBER.finditer(text, start, end) if not YEAR_LABEL.fullmatch(c.group())]
            if len(cells) < _FIGURES_ROW:
                break
            out += [(c.start(), c.end(), unit, SCALES[m.group("scale").lower()]) for c in cells]
            end = start - 1
    return out


_CAPTION_LINE = re.compile(
    r"^[ \t]*\([ \t]*(?:(?:in|em|en|w)[ \t]+)?(?P<scale>thousands?|'000|mil|miles|milhares|milliers|tausend|tys\.?|"
    r"millions?|millones|milhões|mio\.?)(?:[ \t]+(?:(?:of|de|d['’]|der)[ \t]+)?(?P<what>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?))?"
    r"[ \t]*\)[ \t]*$",
    re.I | re.M,
)
"""A line that is only a table's scale in brackets, above its header and rows: "(in thousands
of persons)", "(em mil pessoas)", "(en miles de euros)", "(in Tausend)"."""
_CAPTION_SCALES = {"thousand": 1e3, "thousands": 1e3, "'000": 1e3, "mil": 1e3, "miles": 1e3, "milhares": 1e3, "milliers": 1e3,
                   "tausend": 1e3, "tys": 1e3, "tys.": 1e3, "million": 1e6, "millions": 1e6, "millones": 1e6, "milhões": 1e6,
                   "mio": 1e6, "mio.": 1e6}
_HEADER_LINES = 4
_LABEL_WORD = re.compile(r"[ \t]*[^\W\d_]")


def caption_scaled_rows(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """The figures of the rows under a line that gives a table's scale ("(em mil pessoas)"),
    past its header lines (one to four; a scale right above figures is a column's, under its
    header, which the column readers place), down to a blank line or prose: each times the scale, in the
    currency or measure the line names, else a count. A number a word follows is part of its
    row's label ("14 a 17 anos"), and a bracketed one a note's mark ("(1)")."""
    out: list[Cell] = []
    for m in _CAPTION_LINE.finditer(text):
        what = m.group("what")
        unit = (_noted_unit(what, currency_of) if what else None) or "count"
        scale = _CAPTION_SCALES[m.group("scale").lower()]
        pos, rows, headers = m.end() + 1, 0, 0
        while pos < len(text) and rows < MAX_ROWS and headers <= _HEADER_LINES:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if not text[pos:end].strip() or rows and words(text[pos:end]) >= PROSE_WORDS and not _figures(text, pos, end):
                break
            figures = _figures(text, pos, end)
            if len(figures) > 1 and not headers:
                break
            out += [(c.start(), c.end(), unit, scale) for c in figures]
            rows, headers = (rows + 1, headers) if len(figures) > 1 else (rows, headers + (not rows))
            pos = end + 1
    return out


def scale_captions(text: str) -> list[tuple[int, int]]:
    """The spans of `caption_scaled_rows`'s scale lines: their scale word ("mil") states a
    unit, it counts nothing."""
    return [m.span() for m in _CAPTION_LINE.finditer(text)]


def _figures(text: str, start: int, end: int) -> list[re.Match]:
    return [
        c for c in CELL_NUMBER.finditer(text, start, end)
        if not YEAR_LABEL.fullmatch(c.group()) and not _LABEL_WORD.match(text, c.end(), end)
        and not (text[c.start() - 1 : c.start()] == "(" and text[c.end() : c.end() + 1] == ")")
    ]


def _noted_unit(what: str | None, currency_of: CurrencyOf) -> str | None:
    if not what:
        return "count"
    if code := currency_of(what):
        return code
    names = _measure_words()
    return "other" if what.lower() in names or what.split()[-1].lower() in names else None


@functools.cache
def _measure_words() -> frozenset[str]:
    """The unit registry's names and symbols in lower case, for reading a note's measure."""
    return frozenset(w.lower() for w in spellings().names | spellings().symbols)


_PIPED_LINE = re.compile(r"^[^\n|]*(?:\|[^\n|]*){3,}$", re.M)
_PIPED_FIGURE = re.compile(r"[ \t]*(-?\d[\d,.]*)\*?[ \t]*")
_LABEL_UNIT = re.compile(r"\((?P<unit>[^()\s]{1,6})\)\s*$")
_SIGN_SCALE = re.compile(r"(?P<sign>[^\w\s()]{1,3}|[A-Z]{3})(?P<scale>m|mn|bn|k|000)")
_SIGN_SCALES = {"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3, "000": 1e3}


def piped_rows(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """ "SDS spend on delivery (£m) | 96 | 95 | 90 | Annual change | - | -1%": in a table
    written with "|" between cells, a row label ending in its unit in brackets, or saying its
    figures are shares or times (`row_label_unit`), gives it to the figures after it, up to the
    next label."""
    out: list[Cell] = []
    for line in _PIPED_LINE.finditer(text):
        unit, pos = None, line.start()
        for cell in line.group().split("|"):
            start, pos = pos, pos + len(cell) + 1
            if figure := _PIPED_FIGURE.fullmatch(cell):
                if unit is not None:
                    out.append((start + figure.start(1), start + figure.end(1), *unit))
            elif cell.strip() not in ("", "-", "–", "—"):
                label = _LABEL_UNIT.search(cell.strip())
                unit = _label_unit(label.group("unit"), currency_of) if label else row_label_unit(cell)
    return out




def _label_unit(unit: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """ "%", "000" or a currency sign alone, or a sign glued to its scale ("£m", "$bn", "€000")."""
    if (stated := symbol_unit(f"({unit})" if unit.strip("'’‘").isdigit() else unit, currency_of)) is not None:
        return stated
    m = _SIGN_SCALE.fullmatch(unit)
    code = currency_of(m.group("sign")) if m else None
    return (code, _SIGN_SCALES[m.group("scale")]) if code else None
