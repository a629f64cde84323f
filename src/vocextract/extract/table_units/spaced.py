"""Units tables laid out with spaces state: a line of unit words, units in brackets in the
header, capitalised column names that name a share, a sub-heading or a numbered caption
that names a rate."""

from __future__ import annotations

import re

from ..spaced_rows import merged_numbers
from .vocab import (
    BRACKETED_SCALE, BRACKETED_UNIT, CELL_NUMBER, MAX_ROWS, NOT_A_SHARE, PROSE_WORDS, RATE_HEADER, SCALE, SCALES,
    YEAR_LABEL, Cell, CurrencyOf, beyond_a_share, scale_unit, symbol_unit, words,
)


_UNIT_PHRASE = re.compile(
    rf"(?:(?:change|increase|decrease)\s+in\s+)?(?P<scale>{SCALE})\s+of\s+(?P<currency>(?:[A-Z]{{2,3}}\x20)?[a-z]+)"
    r"|(?:%|per\s?cent(?:age)?)(?:\s+(?:change|share|points?))?",
    re.I,
)


def _unit_row(line: str, currency_of: CurrencyOf) -> list[tuple[str, float]] | None:
    """The units of a line made only of unit words and signs, one per column ("number %"), after
    at most a short label of capitalised words ("Income £ %"), or of unit phrases ("billions of
    dollars  change in billions of dollars  % change")."""
    tokens = line.split()
    label = 0
    while label < min(len(tokens), _UNIT_ROW_LABEL) and tokens[label][:1].isupper() and symbol_unit(tokens[label], currency_of) is None:
        label += 1
    units = []
    for token in tokens[label:]:
        if (unit := symbol_unit(token, currency_of)) is None:
            break
        units.append(unit)
    if len(units) >= 2 and len(units) == len(tokens) - label:
        return units
    phrases = list(_UNIT_PHRASE.finditer(line))
    if len(phrases) < 2 or _UNIT_PHRASE.sub("", line).strip():
        return None
    out = []
    for m in phrases:
        if m.group("scale") is None:
            out.append(("percent", 1.0))
        elif code := currency_of(m.group("currency")):
            out.append((code, SCALES[m.group("scale").lower()]))
        else:
            return None
    return out


_UNIT_ROW_LABEL = 3


def _bracketed_units(line: str, currency_of: CurrencyOf) -> list[tuple[str, float] | None]:
    """The units a header line gives its columns in brackets, in order: a sign or word ("(%)",
    "($)", "(000)") or a scale with or without its currency ("Allocation ( in Cr.)")."""
    found = [(m.start(), symbol_unit(m.group(1), currency_of)) for m in BRACKETED_UNIT.finditer(line)]
    found += [(m.start("scale"), scale_unit(m, currency_of)) for m in BRACKETED_SCALE.finditer(line)]
    return [unit for _, unit in sorted(found, key=lambda f: f[0])]


_SIGN_BEFORE = re.compile(r"[$€£¥₹][ \t]?$")
"""A currency sign written on a cell ("$63,900"), which says its unit itself: the header's
bracketed units go to the other cells ("Improved status (%) Median income")."""


def spaced_tables(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """Rows of numbers laid out with spaces under a header naming each column's unit (in
    brackets, or a line of unit words: "number %"), under a header of capitalised column
    names some of which name a share, under a sub-heading line that names a rate
    ("Employment rate %", across "By sex" lines), or under a caption naming a share or a rate
    ("Table 1. Percentage of …", "TABLE 2.7 UNEMPLOYMENT RATE BY …") or ending in its unit in
    brackets ("… by sex (%, Q1 2017-Q2 2022)"), or under an indented "Per cent" line (its
    decimal cells). A number whose
    thousands are spaced ("57 579") is one cell, as `spaced_rows` cuts it."""
    text = _thousands_joined(text)
    out: list[Cell] = []
    units: list[tuple[str, float]] = []
    rows = 0
    pos = 0
    rate_rows = False
    shares: int | None = None
    named: list[tuple[str, float] | None] = []
    decimals_percent = False
    for line in text.splitlines(keepends=True):
        found = _bracketed_units(line, currency_of)
        row_units = _unit_row(line, currency_of)
        numbers = list(CELL_NUMBER.finditer(line))
        figures = len(numbers) >= 2 and words(line) <= 2
        header = [] if numbers else _named_columns(line)
        if _SHARE_CAPTION.match(line) or _PERCENT_IN_BRACKETS.search(line) and words(line) > 2:
            shares = 0
        elif shares is not None:
            shares = _caption_rows(shares, line, numbers)
            if shares == -1:
                out += [(pos + m.start(), pos + m.end(), "percent", 1.0) for m in numbers if not beyond_a_share(m.group())]
        if row_units:
            rate_rows = False
        elif rate_rows and not numbers and is_breakdown(line):
            pass
        elif not numbers and line.strip() and words(line) <= PROSE_WORDS and "\t" not in line:
            rate_rows = bool(RATE_HEADER.search(line)) and not NOT_A_SHARE.search(line) and not header
        elif rate_rows and not figures:
            rate_rows = False
        elif rate_rows:
            out += [(pos + m.start(), pos + m.end(), "percent", 1.0) for m in numbers if not beyond_a_share(m.group())]
        if header:
            named = header
        elif named and numbers and (words(line) <= PROSE_WORDS or _labelled_row(line, numbers)):
            if len(numbers) in (len(named), len(named) - 1):
                out += [(pos + m.start(), pos + m.end(), *u) for m, u in zip(numbers, named[-len(numbers):]) if u]
        elif named and line.strip() and words(line) > PROSE_WORDS:
            named = []
        if numbers and _SHARE_LABEL.fullmatch(line[: numbers[0].start()]) and _labelled_row(line, numbers):
            out += [(pos + m.start(), pos + m.end(), "percent", 1.0) for m in numbers if not beyond_a_share(m.group())]
        if _PERCENT_LINE.fullmatch(line):
            decimals_percent = True
        elif decimals_percent and numbers and (words(line) <= PROSE_WORDS or _labelled_row(line, numbers)):
            out += [(pos + m.start(), pos + m.end(), "percent", 1.0) for m in numbers if _DECIMAL.fullmatch(m.group())]
        elif decimals_percent and line.strip():
            decimals_percent = False
        if (found and all(found) or row_units) and len(line) < 200:
            units, rows = row_units or [u for u in found if u], 0
        elif units and numbers and words(line) <= PROSE_WORDS and rows < MAX_ROWS:
            rows += 1
            label = YEAR_LABEL.match(line, len(line) - len(line.lstrip()))
            cells = [m for m in numbers if label is None or m.start() >= label.end()]
            bare = [m for m in cells if not _SIGN_BEFORE.search(line, 0, m.start())]
            if len(cells) == len(units):
                out += [(pos + m.start(), pos + m.end(), *u) for m, u in zip(cells, units)]
            elif len(bare) == len(units):
                out += [(pos + m.start(), pos + m.end(), *u) for m, u in zip(bare, units)]
        elif units and words(line) > PROSE_WORDS:
            units = []
        pos += len(line)
    return out


_SHARE_LABEL = re.compile(r"[ \t]*(?:(?:%|per[ \t]?cent(?:age)?)(?![\w-])[^\d\n]*|[^\d\n]*\((?:in[ \t]+)?%\))[ \t:]*", re.I)
"""A row label that opens on the share it gives ("Percent female", "% of graduates") or ends
in "(%)": its figures up to 100 are percentages."""

_PERCENT_LINE = re.compile(r"[ \t]+(?i:%|per[ \t]?cent)[ \t]*\r?\n?")
"""An indented line saying only "Per cent" under a header: the columns under it that hold
decimals are shares ("Total Passed Failed" over "23 727 93,6 6,4")."""

_DECIMAL = re.compile(r"\d{1,3}[.,]\d{1,2}")

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


_BREAKDOWN = re.compile(
    r"\W*(?:by|according\s+to)\s|\W*(?:sex|gender|age(?:\s+groups?)?|region|residence)\W*$", re.I
)


def is_breakdown(line: str) -> bool:
    """A line that only says how the rows under it are split ("By gender", "According to
    age", a group label "Sex" or "Age"): it names no measure of its own."""
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
    units = [("percent", 1.0) if RATE_HEADER.search(n) and not NOT_A_SHARE.search(n) else None for n in names]
    return units if any(units) else []


_SHARE_CAPTION = re.compile(
    r"^\s*(?:Table|Figure|Exhibit)\s+[\w.-]+[.:]?\s+(?:The\s+)?(?:(?:percentage|per ?cent|share|proportion)s?\s+of\b"
    r"|(?:[\w-]+\s+){0,3}rates?\b|[^\n]*[:;,–—]\s*(?:percentages?|per ?cent|shares?|proportions?)\s+of\b)",
    re.I,
)
"""A table's caption naming a share or a rate, first or after a colon or a comma ("Table 1 –
X results, 2016: percentages of those who wrote")."""
_PERCENT_IN_BRACKETS = re.compile(r"\((?:in\s+)?(?:%|per ?cent)(?:\s*[,;][^()\n]*)?\)\s*$", re.I)
"""A title ending in its unit in brackets, with the period after it: "… by sex (%, Q1 2017-Q2 2022)"."""
_HEADER_LINES = 3


def _caption_rows(state: int, line: str, numbers: list) -> int | None:
    """Under a share caption: the rows of figures after at most a few header lines, to the
    first blank or prose line after them. `state` counts header lines (0..), or is -1 once
    rows began; returns the next state, -1 for a row to mark, None when the table ended."""
    if numbers and words(line) <= PROSE_WORDS:
        return -1
    if state == -1 and line.strip() and words(line) <= PROSE_WORDS:
        return -1
    if state == -1 or not line.strip() and state > 0 or state >= _HEADER_LINES:
        return None
    return state + bool(line.strip())


