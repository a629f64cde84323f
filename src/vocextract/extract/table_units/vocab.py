"""What every table reader shares: the words and signs that state a unit, the unit a cell,
a row label or a header cell states, and the tests for a figure cell and for prose."""

from __future__ import annotations

import re
from collections.abc import Callable

Cell = tuple[int, int, str, float]
CurrencyOf = Callable[[str], "str | None"]

PERCENT_SIGNS = ("%", "per cent", "percent", "percentage", "percentage points", "% points", "pp")
NEUTRAL = ("index", "level", "number", "numbers", "count", "no.", "persons", "people")
THOUSANDS = ("(000)", "('000)", "(‘000)", "(’000)", "'000", "‘000", "’000", "000s")
RATE_HEADER = re.compile(r"%|(?<![^\W_])(?:rate|share|proportion|percentage|per ?cent)(?![^\W_])", re.I)
"""A header naming a share or a rate, also as a data file's column name ("pass_rate")."""
NOT_A_SHARE = re.compile(
    r"\b(?:exchange|birth|death|mortality|fertility|crime|homicide)\b|\bper\s+(?:hour|day|week|month|year|[\d,]+)\b", re.I
)
SCALES = {"thousand": 1e3, "thousands": 1e3, "'000": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6,
           "billion": 1e9, "billions": 1e9, "bn": 1e9, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
           "crore": 1e7, "crores": 1e7, "cr": 1e7}
SCALE = "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True))
CAPTION = re.compile(
    rf"(?:\bUnits?\s*:\s*|\(\s*(?:in\s+)?)(?P<currency>[^\s()\d]{{1,4}})\s*(?:in\s+)?(?P<scale>{SCALE})\b\s*\)?",
    re.I,
)
BRACKETED_SCALE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<header>[A-Za-z]+))?[ \t]*\(\s*(?:(?!in\s)(?P<currency>[^\s()\d]{{1,4}})\s+)?(?:in\s+)?(?P<scale>{SCALE})\.?\s*\)", re.I
)
"""A column's scale in brackets after its name, with or without a currency: "Allocation ( in
Cr.)", "Budget (Rs. in crore)", "Cost (US$ million)"."""
MONEY_HEADERS = frozenset({
    "allocation", "allocations", "budget", "budgets", "expenditure", "expenditures", "cost", "costs", "amount",
    "funds", "fund", "funding", "outlay", "outlays", "spending", "grant", "grants", "revenue", "income",
    "investment", "released", "release", "sanctioned", "disbursed", "disbursement", "utilised", "utilized", "estimate",
    "estimates",
})
"""Column names that say a money figure: under them a scale names an amount of the local
currency ("Expenditure (in Cr.)" in rupees)."""
LOCAL_SIGN = "Rs"
"""The sign read for a money column whose bracket gives a South Asian scale ("lakh", "crore")
and no currency: the rupee of the country the document names (`currency_of`)."""
UNIT_LINE = re.compile(r"^\s*(?:in\s+)?(?:per ?cent(?:age)?s?|%)\s*(?:[.:;](?:\s|$)|$)", re.I)
"""A line that opens by naming the unit of the table under it: "Percent. A person can take
part in several forms", "In per cent:"."""
BRACKETED_UNIT = re.compile(r"\(([^()\s]{1,4}|per ?cent)\)")
A_VALUE = re.compile(r"\d\s*(?:%|per ?cent)", re.I)
CELL_NUMBER = re.compile(r"(?<![\w.,])-?\d[\d,]*(?:\.\d+)?(?![\w.,]\w|\w)")
MAX_ROWS = 60
PROSE_WORDS = 6


def scale_unit(m: re.Match, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """The unit and scale a `BRACKETED_SCALE` match states: its currency, or a money column's
    local rupee under a lakh or crore scale, or a count."""
    scale = SCALES[m.group("scale").lower()]
    if m.group("currency"):
        code = currency_of(m.group("currency").rstrip("."))
        return (code, scale) if code else None
    if (m.group("header") or "").lower() in MONEY_HEADERS and scale in (1e5, 1e7):
        code = currency_of(LOCAL_SIGN)
        return (code, scale) if code else None
    return "count", scale


def symbol_unit(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """What a cell of a unit row says: "%", "Percent", "Percentage points", "(000)", "$"."""
    cell = cell.strip()
    if cell.lower() in PERCENT_SIGNS or cell.lower().strip("()") in PERCENT_SIGNS:
        return "percent", 1.0
    if cell.lower() in NEUTRAL:
        return ("other" if cell.lower() == "index" else "count"), 1.0
    if cell in THOUSANDS:
        return "count", 1e3
    if (bare := cell.strip("()").lower()) in SCALES and cell.startswith("("):
        return "count", SCALES[bare]
    code = currency_of(cell) if cell else None
    return (code, 1.0) if code else None


PERCENT_LABEL = re.compile(r"\(\s*%\s*\)")
_SHARE_LABEL = re.compile(r"(?:^|[\s:(])%[ \t]+of\b|^\s*%")
_TIME_LABEL = re.compile(r"\((?:in[ \t]+)?(?i:hours?|hrs?|days?|weeks?|months?|years?)\b[^()]*\)")


def row_label_unit(label: str) -> tuple[str, float] | None:
    """A row label that says its figures are shares ("(%)", "Graduates: % of women") or times
    in brackets ("Training (hours per employee per year)")."""
    if PERCENT_LABEL.search(label) or _SHARE_LABEL.search(label):
        return "percent", 1.0
    return ("duration", 1.0) if _TIME_LABEL.search(label) else None


SIGNED = re.compile(r"^\s*(?P<sign>[^\s\d.,()+-]{1,3})\s?\d[\d,]*(?:\.\d+)?\s*$|^\s*-?\d[\d,]*(?:\.\d+)?\s*(?P<percent>%)\s*$")


def signed_cell(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """The unit a column's first figure is written with ("$1,883", "1.1%"), which the bare
    figures under it share."""
    m = SIGNED.match(cell)
    if not m:
        return None
    if m.group("percent"):
        return "percent", 1.0
    code = currency_of(m.group("sign"))
    return (code, 1.0) if code else None


YEAR_LABEL = re.compile(r"\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b")
UNIT_HEADER = re.compile(r"(?i)units?")
ROW_SCALE = re.compile(r"(?i)^(?P<scale>th(?:ousands?)?|mln|millions?|mn|bn|billions?)\.?\s*(?P<rest>.*)$")


def unit_cell(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """What a table's "Unit" column says of its row: "Th.pers" (thousands of persons),
    "places", "%", "US$ million"."""
    cell = cell.strip()
    scale, rest = 1.0, cell
    if m := ROW_SCALE.match(cell):
        word = m.group("scale").lower()
        scale = 1e3 if word.startswith("th") else 1e9 if word.startswith("b") else 1e6
        rest = m.group("rest")
    if not rest:
        return ("count", scale) if scale != 1.0 else None
    if unit := symbol_unit(rest, currency_of):
        return unit[0], unit[1] * scale
    if re.fullmatch(r"[a-z.]+", rest):
        return "count", scale
    return None


CURRENCY_LAST = re.compile(r"(?:^|[\s,(])\(?(?P<sign>[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3})\)?\s*$")


MULTIPLIER = re.compile(r"\(\s*[x×]\s*(?P<factor>1(?:[ ,.]?000)+)\b(?P<rest>[^()\n]*)\)", re.I)
"""A header's multiplier: "MBO (x 1,000 students)", "(× 1 000 euro)"."""


def header_unit(cell: str, currency_of: CurrencyOf) -> tuple[str, float] | None:
    """The unit a header cell names: a multiplier ("(x 1,000 students)", in the currency it
    names if any), a currency and a scale ("(USD Billion)"), a share or a rate ("% of
    total", "Employment rate"), or a currency at its end ("Wages, $")."""
    if multiplier := MULTIPLIER.search(cell):
        factor = float(re.sub(r"\D", "", multiplier.group("factor")))
        named = [code for w in multiplier.group("rest").split() if (code := currency_of(w))]
        return (named[0] if named else "count"), factor
    caption = CAPTION.search(cell)
    if caption and (code := currency_of(caption.group("currency"))):
        return code, SCALES[caption.group("scale").lower()]
    if RATE_HEADER.search(cell) and not NOT_A_SHARE.search(cell):
        return "percent", 1.0
    last = CURRENCY_LAST.search(cell)
    if last and words(cell[: last.start()]) and (code := currency_of(last.group("sign"))):
        return code, 1.0
    return None


def words(line: str) -> int:
    """How many words a line holds besides its numbers: few make a table row, many prose."""
    return len(re.findall(r"[A-Za-z]+", CELL_NUMBER.sub("", line)))


def beyond_a_share(cell: str) -> bool:
    """A figure over 100, which counts, whatever share the heading above names."""
    m = CELL_NUMBER.fullmatch(cell.strip())
    return m is not None and not YEAR_LABEL.fullmatch(m.group()) and float(m.group().replace(",", "")) > 100


