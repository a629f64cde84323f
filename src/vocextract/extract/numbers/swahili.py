"""Numbers in Swahili text, whose order English rules cannot read.

A Swahili numeral follows its noun and agrees with it ("miaka miwili": two years, "vyuo
vinne": four colleges), tens and units join with "na" ("kumi na sita": sixteen), and a scale
word comes before the number it multiplies ("mia tatu": three hundred, "shilingi bilioni
28.3", "laki 8": eight hundred thousand). So a figure's unit is the noun before it ("miaka",
"asilimia") and its money the word before the scale ("shilingi"). Words and nouns are data:
`patterns/numbers_words_sw.tsv`, `numbers_scales_sw.tsv`, `numbers_units_before_sw.tsv`.
"""

from __future__ import annotations

import functools
import re

from ...patterns import load_lexicon
from ..units import alternation
from .atoms import Atom, parse_value

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCIES = ("shilingi", "Sh.", "Sh", "TSh", "Tsh", "KSh", "Ksh")


@functools.cache
def _number_re() -> re.Pattern:
    words = alternation(list(load_lexicon("numbers_words_sw.tsv")))
    scales = alternation(list(load_lexicon("numbers_scales_sw.tsv")))
    before = alternation(list(load_lexicon("numbers_units_before_sw.tsv")))
    term = rf"(?:(?:{scales})[ \t]+)?(?:{_DIGITS}|(?:{words})\b)"
    return re.compile(
        rf"(?<![\w.,])(?:(?P<currency>{alternation(list(_CURRENCIES))})[ \t]+)?"
        rf"(?:(?P<before>(?i:{before}))[ \t]+)?"
        rf"(?P<number>(?i:{term}(?:[ \t]+na[ \t]+{term}|[ \t]+{term})*))(?![\w,]|\.\d)"
    )


def atoms(text: str) -> list[Atom]:
    """Every Swahili number of `text` that words or a scale make: "miwili", "kumi na sita",
    "shilingi bilioni 28.3", "asilimia 12", "laki 8"; plain digits with none of these are
    left to the general reader."""
    out = []
    for m in _number_re().finditer(text):
        phrase = m.group("number")
        value = value_of(phrase)
        before = (m.group("before") or "").lower()
        unit = load_lexicon("numbers_units_before_sw.tsv").get(before)
        in_words = not re.fullmatch(_DIGITS, phrase)
        if value is None or not (in_words or m.group("currency") or unit) or _a_year(phrase, value):
            continue
        if in_words and not unit and _CONNECTOR_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        starts_at_unit = unit == "percent" or m.group("currency")
        start = m.start() if starts_at_unit else m.start("number")
        scale = float(load_lexicon("numbers_scales_sw.tsv").get(phrase.split()[0].lower(), 1))
        out.append(Atom(start, m.end(), m.start("number"), m.end(), value, scale, unit, in_words, m.group("currency")))
    return out


_CONNECTOR_BEFORE = re.compile(r"(?i:\b(?:ya|wa|la|cha|vya|za|kwa|mara)[ \t]+)$")
"""A number word after a connector is an ordinal or an idiom: "Awamu ya Sita" (the sixth
phase), "moja kwa moja" (directly), "mara moja" (at once)."""


def _a_year(phrase: str, value: float) -> bool:
    """ "mwaka 2021" is the year 2021, not a duration."""
    return bool(re.fullmatch(r"\d{4}", phrase)) and 1900 <= value <= 2100


def value_of(phrase: str) -> float | None:
    """The value of a Swahili number phrase: terms joined by "na" or standing side by side
    add up ("elfu mbili mia tatu": 2,300), a scale word multiplies the term after it."""
    words = load_lexicon("numbers_words_sw.tsv")
    scales = load_lexicon("numbers_scales_sw.tsv")
    tokens = [t for t in phrase.lower().split() if t != "na"]
    total, i = 0.0, 0
    while i < len(tokens):
        scale = float(scales.get(tokens[i], 1))
        if tokens[i] in scales:
            i += 1
        if i >= len(tokens):
            return None
        term = float(words[tokens[i]]) if tokens[i] in words else parse_value(tokens[i])
        if term is None:
            return None
        total += scale * term
        i += 1
    return total
