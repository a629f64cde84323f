"""NUMBER mentions: values in digits or words, with scale, unit, range and qualifier.

Candidates ("atoms") come from one regular expression over the original text built from the
word lists in `patterns/numbers_*.tsv`: an optional currency sign, digits or number words,
an optional scale word, an optional percent or currency word. Atoms joined by a dash become
ranges; the parse is only read for context (what a number counts, whether a four-digit
number is a year), never to find a number.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import pycountry
from spacy.tokens import Doc, Span, Token

from importlib.resources import files

from ..patterns import load_lexicon
from .countries import main_country, named
from .mention import Mention, Prepared
from .spaced_rows import merged_numbers
from .table_units import cell_units, unit_at
from .units import alternation, spellings

YEAR_MIN, YEAR_MAX = 1900, 2099
_NOUN_HEADS = ("NOUN", "PROPN")
_NUMBER_DEPS = ("nummod", "quantmod")
_PERCENT_TOKENS = ("%", "percent", "per", "cent")
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)[ \t]+"
    r"(?:\d{1,2},?[ \t]+)?$"
)
_PER_TIME = r"(?:[ \t]+(?i:per|a)[ \t]+(?i:day|hour|week|month|year|annum|second|minute)\b|/(?:h|hr|s|min|day|yr)\b)"
_LIFESPAN = re.compile(r"[–-](?:1[0-9]|20)\d\d\b")
_SHORT_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d[-–]$")


def _alternation(terms: list[str]) -> str:
    """A regex alternation of literal terms, longest first, spaces matching any whitespace."""
    ordered = sorted(set(terms), key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)


@functools.cache
def _currencies() -> dict[str, str]:
    """Currency term (as written) -> ISO 4217 code: the data file, codes and pycountry names."""
    out = {c.alpha_3: c.alpha_3 for c in pycountry.currencies}
    for c in pycountry.currencies:
        if " " in c.name:
            out[c.name.lower()] = c.alpha_3
            out[c.name.lower() + "s"] = c.alpha_3
    out.update(load_lexicon("numbers_currencies.tsv"))
    out.update({f"({c.alpha_3})": c.alpha_3 for c in pycountry.currencies})
    for term in _local_currencies():
        out.setdefault(term, "")
    for term, code in list(out.items()):
        if re.fullmatch(r"[A-Z]{1,3}\$", term):
            out.setdefault(f"{term[:-1]} $", code)
    return out


@functools.cache
def _local_currencies() -> dict[str, dict[str, str]]:
    """Signs and words several countries use ("$", "kr", "pesos"): term -> {ISO3: code}."""
    text = files("vocextract.patterns").joinpath("numbers_local_currencies.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            term, country, code = line.split("\t")
            out.setdefault(term, {})[country] = code
    return out


@functools.cache
def _shared_re() -> re.Pattern:
    return re.compile(rf"(?<![A-Za-z])(?:{_alternation(list(_local_currencies()))})(?![A-Za-z])", re.I)


def names_shared_currency(written: str) -> bool:
    """Whether a figure as written uses a sign or word several countries share ("$",
    "rupees", "Rs"), so that its code alone does not say whose money it is."""
    return bool(_shared_re().search(written))


def local_currency(term: str | None, country: str | None) -> str | None:
    """The code of a shared currency term in the document's country: "$" in an Australian
    text is AUD; None where the term is not shared or the country does not use it."""
    if not term or not country:
        return None
    key = re.sub(r"\s+", " ", term)
    table = _local_currencies()
    return (table.get(key) or table.get(key.lower()) or {}).get(country)


def _is_word(term: str) -> bool:
    """Plain words ("dollars", "Kenyan shillings") match in any case; signs, codes and
    abbreviations ("Rs.", "Ksh") match as written, before or after the number."""
    return bool(re.fullmatch(r"[A-Za-z][a-z ]*[a-z]", term)) and len(term) > 2 and (term.islower() or " " in term)


def _currency_regex(terms: list[str]) -> str:
    words = [t for t in terms if _is_word(t)]
    signs = [t for t in terms if not _is_word(t)]
    parts = ([rf"(?i:{_alternation(words)})"] if words else []) + [_alternation(signs)]
    return rf"(?:{'|'.join(parts)})(?![A-Za-z])"


@functools.cache
def _atom_re() -> re.Pattern:
    cards = _alternation(list(load_lexicon("numbers_words.tsv")))
    scales = load_lexicon("numbers_scales.tsv")
    scale_words = _alternation([s for s in scales if len(s) > 3])
    percent = _alternation([t for t, u in load_lexicon("numbers_units.tsv").items() if u == "percent"])
    currencies = _currencies()
    pre = _currency_regex([t for t in currencies if not _is_word(t)])
    post = _currency_regex(list(currencies))
    units = spellings()
    names = rf"(?i:{alternation(units.names)})"
    glued = rf"{names}|{alternation(units.symbols - {'m'})}"
    spaced = rf"{names}|{alternation(units.symbols - units.glued_only)}"
    digits = (
        r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|(?<!\d,\x20)\d{1,3}(?:,\x20\d{3}(?!\d))+(?!\s*(?:,|and\b|or\b|&)\s*\d)"
        r"|(?<!\d\x20)(?<!\d\x20\x20)\d{1,3}(?:[\x20\u00a0\u202f]\d{3}(?!\d|[,.]\d{3}))+(?:[.,]\d+)?(?!\x20+\d)"
        r"|(?<![\d,])\d{1,3},\d{1,2}(?![\d,]|\x20\d{3}\b)"
        r"|(?<![\d,.])\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d,.]?\d)"
        r"|\d+(?:\.\d+)?"
    )
    words = (
        rf"\b(?i:(?:{cards}|a(?=\s+(?:{scale_words})\b)|half(?:-|\s+)a(?=(?:-|\s+)(?:{scale_words})\b))"
        rf"(?:(?:(?<=hundred)\s+and\s+|[ \t]+|-)(?:{cards}|{scale_words})\b)*)\b"
    )
    return re.compile(
        rf"(?:(?:(?<![A-Za-z])|(?=[^A-Za-z]))(?P<pre>{pre})\x20{{0,2}}|(?<![\w.,/])(?<!\d:))"
        rf"(?P<sign>(?<![\w)\]%-])[-−+](?=\d))?"
        rf"(?<![A-Za-z]-)(?:(?P<digits>{digits})|(?P<words>{words}))"
        rf"(?:(?:[ \t]{{1,2}}|-)?(?P<scale>(?i:{_alternation(list(scales))}))(?![A-Za-z])|(?P<short>[mMbB])(?![A-Za-z]))?"
        rf"(?:(?P<glued>{glued})(?![A-Za-z0-9²³])|(?:[ \t]+|-)(?(scale)(?:de[ \t]+|d['’])?)(?P<spaced>{spaced})(?![A-Za-z0-9²³]))?"
        rf"(?(glued)|(?(spaced)|(?!(?!r(?:[ \t\r\n]|$)|pc(?![A-Za-z]))[a-z0-9_]|[A-Z](?![a-z])|[.,]\d|:\d|/\d)))"
        rf"(?(glued){_PER_TIME}?|(?(spaced){_PER_TIME}?))"
        rf"(?:[ \t]?(?P<percent>%|(?i:{percent})(?![A-Za-z]))|(?:[ \t]|-(?=[a-z])(?!pounds?\b))?(?(scale)(?:de[ \t]+|d['’])?)(?P<post>{post})(?!\x20?\d))?"
    )


def words_value(phrase: str) -> float | None:
    """The value of number words ("twenty-five", "a hundred", "two million", "three thousand
    million"); None if none, or if the words make no single number ("nineteen ninety-eight"
    is a year said aloud, "one two three" a sequence)."""
    cards = load_lexicon("numbers_words.tsv")
    scales = load_lexicon("numbers_scales.tsv")
    total, current, big, seen = 0.0, 0.0, 0.0, False
    last_card: float | None = None
    for word in re.findall(r"[a-z]+", phrase.lower()):
        if word in cards:
            value = float(cards[word])
            if last_card is not None and not (last_card >= 20 and last_card % 10 == 0 and value < 10):
                return None
            current += value
            last_card, seen = value, True
            continue
        last_card = None
        if word == "half":
            current, seen = 0.5, True
        elif word in scales and float(scales[word]) < 1e3:
            current = (current or 1.0) * float(scales[word])
            seen = True
        elif word in scales:
            scale = float(scales[word])
            if scale > big:
                total = (total + (current or (0.0 if total else 1.0))) * scale
            else:
                total += (current or 1.0) * scale
            big, current, seen = max(big, scale), 0.0, True
    return total + current if seen else None


_LABEL_CHARS = 40
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,]|\.\d)")
_SPACED_DECIMAL_COMMA = re.compile(r"\d{1,3}(?: \d{3})+,\d{1,2}")


def parse_value(text: str) -> float | None:
    """The value of a number written in digits and/or words, scale words applied.

    Thousands separators may carry a stray space from layout ("48, 120"); a comma before one
    or two digits is a decimal comma ("6,5%", "30 694 700,00"); a leading sign counts. Anything else that is not a number gives None, never an exception.
    """
    if dotted := _DOT_THOUSANDS.fullmatch(text.strip()):
        return float(dotted.group().replace(".", "").replace(",", "."))
    m = re.fullmatch(r"\s*([-−]?)\s*(\d[\d, ]*(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)\s*", text)
    if not m:
        return words_value(text)
    spaced_comma = _SPACED_DECIMAL_COMMA.fullmatch(m.group(2))
    digits = (
        m.group(2).replace(",", ".") if _DECIMAL_COMMA.fullmatch(m.group(2))
        else re.sub(r" ", "", m.group(2)).replace(",", ".") if spaced_comma
        else re.sub(r"[, ]", "", m.group(2))
    )
    if not digits or digits == ".":
        return None
    value = float(digits)
    if m.group(3):
        scale = load_lexicon("numbers_scales.tsv").get(m.group(3).lower())
        if scale is None:
            return None
        value *= float(scale)
    value = -value if m.group(1) else value
    return value if math.isfinite(value) else None


@dataclass(frozen=True)
class Atom:
    """One number as matched: the whole span, the numeral alone, value and explicit unit."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    scale: float
    unit: str | None
    in_words: bool
    currency: str | None = None

    @property
    def bare(self) -> bool:
        """Plain digits with nothing attached: the shape a year also has."""
        return self.unit is None and self.scale == 1 and not self.in_words


_WEIGHT_POUNDS = re.compile(r"pounds?$", re.I)
_PER_THING = re.compile(r"[ \t]+per[ \t]+(?!hour|day|week|month|year|annum|person|head|capita)", re.I)
_DIMENSION_WORDS = re.compile(r"[ \t]*(?:\(|(?:tall|high|long|wide|deep|thick|away|across|above|below)\b)")
_SPACED_METRES = re.compile(rf"[ \t]m(?![A-Za-z])(?={_DIMENSION_WORDS.pattern})")


@functools.cache
def _bracketed_measure_re() -> re.Pattern:
    """A unit in brackets after a figure ("30 million (tonnes)", "52,000 (DWT)"), or after
    a footnote mark ("5,449,717[3] km2"): the figure measures in it."""
    units = spellings()
    return re.compile(
        rf"[ \t]*(?:\((?:(?i:{alternation(units.names)})|{alternation(units.symbols)})\)"
        rf"|\[\w{{1,3}}\][ \t]*(?:(?i:{alternation(units.names)})|{alternation(units.symbols - units.glued_only)})(?![A-Za-z0-9]))"
    )


@functools.cache
def _per_unit_re() -> re.Pattern:
    """A rate per unit glued to a figure: "63/km2", "163.2/sq mi"."""
    units = spellings()
    return re.compile(rf"/(?:(?i:{alternation(units.names)})|{alternation(units.symbols)})(?![A-Za-z0-9²³])")


def _atom(m: re.Match) -> Atom | None:
    numeral = m.group("digits") or m.group("words")
    value = parse_value(numeral)
    if value is None:
        return None
    currency = m.group("post") or m.group("pre")
    scale = float(load_lexicon("numbers_scales.tsv").get((m.group("scale") or "").lower(), 1))
    measure = m.group("glued") or m.group("spaced")
    short = m.group("short")
    if short in ("b", "B"):
        if not currency:
            return None
        scale = 1e9
    elif short:
        metres = not currency and short == "m" and _DIMENSION_WORDS.match(m.string, m.end())
        measure = measure or ("m" if metres else None)
        scale = 1.0 if metres else 1e6
    if currency and _WEIGHT_POUNDS.match(currency) and _PER_THING.match(m.string, m.end()):
        currency, measure = None, currency
    end = m.end()
    if not (currency or measure or short or m.group("scale") or m.group("percent")) and (
        metres := _SPACED_METRES.match(m.string, end)
    ):
        measure, end = "m", metres.end()
    if m.group("percent"):
        unit = "percent"
    elif currency:
        unit = _currency_code(currency)
    elif measure:
        unit = "other"
    else:
        unit = "other" if _bracketed_measure_re().match(m.string, end) else None
    if unit is None and (per := _per_unit_re().match(m.string, end)):
        unit, end = "other", per.end()
    sign = -1.0 if m.group("sign") in ("-", "−") else 1.0
    minor = _minor_unit(currency) if currency else 1.0
    group = "digits" if m.group("digits") else "words"
    return Atom(
        m.start(), end, m.start(group), m.end(group), sign * value * scale * minor, scale, unit,
        not m.group("digits"), currency,
    )


def _currency_code(term: str) -> str | None:
    """The ISO code of a currency term; a minor unit's entry carries its share ("GBP 0.01")."""
    currencies = _currencies()
    key = re.sub(r"\s+", " ", term)
    entry = currencies.get(key) or currencies.get(key.lower()) or currencies.get(key.upper()) or ""
    return entry.split()[0] if entry else None


def _minor_unit(term: str) -> float:
    """What one of this currency term is worth in its currency: 0.01 for "pence", else 1."""
    currencies = _currencies()
    key = re.sub(r"\s+", " ", term)
    entry = (currencies.get(key) or currencies.get(key.lower()) or currencies.get(key.upper()) or "").split()
    return float(entry[1]) if len(entry) > 1 else 1.0


_NOT_A_PERIOD = "".join(rf"(?<!{w}[ \t])" for w in ("[Tt]he", "first", "second", "last", "latter", "former", "[Aa]"))


_ROUND_DENOMINATORS = {"hundred": 100, "thousand": 1000}


@functools.cache
def _fraction_re() -> re.Pattern:
    cards = _alternation(list(load_lexicon("numbers_words.tsv")))
    parts = _alternation(list(load_lexicon("numbers_fractions.tsv")))
    return re.compile(
        rf"{_NOT_A_PERIOD}\b(?P<half>(?i:half))(?=[ \t]+of\b)"
        rf"|\b(?i:(?P<num>a|{cards}|\d+)(?:(?P<hyphen>-)|[ \t]+)(?P<part>{parts}))\b(?(hyphen)|(?=[ \t]+of\b))"
        rf"|\b(?i:(?P<n>{cards}|\d+)[ \t]+(?:in(?:[ \t]+every)?|out[ \t]+of|of[ \t]+every)[ \t]+(?P<d>{cards}|\d+|(?:a[ \t]+)?(?:hundred|thousand)))\b(?![.,]?\d)"
        r"|(?<![\d.,/])(?P<sn>\d{1,3})(?:\u2044(?P<sd>\d{1,4})(?![\d.,]\d|\d)|/(?P<slash>\d{1,2})(?=[ \t]+of\b))"
    )


def _fraction(m: re.Match) -> Atom | None:
    """ "a third of", "two-thirds", "one in ten", "2⁄3", "1/3 of": a share written as a
    fraction, unit `other`."""
    if m.group("half"):
        return Atom(m.start(), m.end(), m.start(), m.end(), 0.5, 1.0, "other", True)
    if m.group("sn"):
        num, den = float(m.group("sn")), float(m.group("sd") or m.group("slash"))
        return Atom(m.start(), m.end(), m.start(), m.end(), num / den, 1.0, "other", True) if 0 < num < den else None
    if m.group("part"):
        num = 1.0 if m.group("num").lower() in ("a", "one") else parse_value(m.group("num"))
        den = load_lexicon("numbers_fractions.tsv")[m.group("part").lower()]
    else:
        if "out" in m.group().lower() and m.group("n")[0].isdigit():
            return None
        d = re.sub(r"^a[ \t]+", "", m.group("d").lower())
        num, den = parse_value(m.group("n")), _ROUND_DENOMINATORS.get(d) or parse_value(d)
    if not num or not den or num >= float(den) or YEAR_MIN <= float(den) <= YEAR_MAX:
        return None
    return Atom(m.start(), m.end(), m.start(), m.end(), num / float(den), 1.0, "other", True)


def atoms(text: str) -> list[Atom]:
    """Every number-shaped span of the text, in order; a fraction ("two-thirds", "one in
    ten") is one atom, not its number words; a spaced table row's cells as its table cuts
    them (spaced_rows.py)."""
    fractions = [a for a in map(_fraction, _fraction_re().finditer(text)) if a is not None]
    cells = [Atom(a, b, a, b, value, 1.0, None, False) for a, b, value in merged_numbers(text)]
    plain = [a for a in map(_atom, _atom_re().finditer(text)) if a is not None] + _glued_to_labels(text)
    plain = [a for a in plain if not any(f.start < a.end and a.start < f.end for f in fractions + cells)]
    return sorted(fractions + cells + plain, key=lambda a: a.start)


_GLUED_LABEL = re.compile(r"^[ \t]*[A-Z][a-z]+(?:[ -][a-z]+)*(?<=[a-z]{3})(?=\d)", re.M)
_NOT_A_LABELS_VALUE = re.compile(r"[ \t]*(?:[A-Z]|\d|\.[A-Za-z])")


def _glued_to_labels(text: str) -> list[Atom]:
    """The value of a label-and-value row whose separator a copied infobox lost
    ("Line length759 km", "Operating speed120 km/h"): a row opening with a label in words
    that ends in a lower-case letter right before the digits. Codes stay out: "COVID19",
    "G20" and "Mk2" have capitals or no word of three letters before their digits; so do a
    date's day ("Founded15 September"), a footnote mark before the row's figures ("Other1
    2,435"), a file name ("Increase2.svg") and an address ("Headquarters6 ADB Avenue"): what
    follows them is a capital, a digit or a file extension."""
    out = []
    for label in _GLUED_LABEL.finditer(text):
        line_end = text.find("\n", label.end())
        rest = text[label.end() : len(text) if line_end < 0 else line_end]
        m = _atom_re().match(rest)
        if m and not _NOT_A_LABELS_VALUE.match(rest, m.end()) and (atom := _atom(m)) is not None:
            shift = label.end()
            out.append(replace(atom, start=atom.start + shift, end=atom.end + shift,
                               num_start=atom.num_start + shift, num_end=atom.num_end + shift))
    return out


@functools.cache
def _cue_re(name: str, after: bool) -> re.Pattern:
    """Phrases of a lexicon right before (or right after) a position."""
    phrases = _alternation(list(load_lexicon(name)))
    if after:
        return re.compile(rf"\s*(?i:{phrases})\b")
    return re.compile(rf"(?<![\w-])(?i:{phrases})\s*$")


def _cue_before(text: str, pos: int, name: str) -> str | None:
    m = _cue_re(name, after=False).search(text, max(0, pos - 40), pos)
    return load_lexicon(name)[re.sub(r"\s+", " ", m.group().strip()).lower()] if m else None


def qualifier(text: str, start: int, end: int) -> str | None:
    """"more than 10" -> more_than; "10 or more" -> at_least; None if unqualified."""
    found = _cue_before(text, start, "numbers_qualifiers.tsv")
    if found:
        return found
    m = _cue_re("numbers_qualifiers_after.tsv", after=True).match(text, end)
    return load_lexicon("numbers_qualifiers_after.tsv")[re.sub(r"\s+", " ", m.group().strip()).lower()] if m else None


@functools.cache
def _unit_word_re() -> re.Pattern:
    units = [t for t, u in load_lexicon("numbers_units.tsv").items() if u != "percent"]
    return re.compile(
        rf"(?:\s+|-)(?:(?:academic|calendar|consecutive|full|working|school|financial|fiscal)\s+)?(?P<unit>(?i:{_alternation(units)}))\b(?!-(?!olds?\b))"
    )


@functools.cache
def _per_measure_re() -> re.Pattern:
    units = spellings()
    measures = rf"(?i:{alternation(units.names)})|{alternation(units.symbols)}"
    return re.compile(rf"[ \t]+[A-Za-z-]+[ \t]*(?:/|\bper\b)[ \t]*(?:{measures})(?![A-Za-z])")


def unit_after(text: str, end: int) -> str | None:
    """The unit a following word gives ("5.3 years" -> duration), if any; "other" for a
    density or yield ("5,243 trees/ ha", "21 bags per hectare")."""
    if _per_measure_re().match(text, end):
        return "other"
    m = _unit_word_re().match(text, end)
    if not m:
        return None
    units = load_lexicon("numbers_units.tsv")
    word = re.sub(r"\s+", " ", m.group("unit"))
    return units.get(word) or units.get(word.lower())


def reads_as_year(prep: Prepared, start: int, end: int) -> bool:
    """Whether a bare four-digit number in 1900-2099 is a year rather than a count.

    A count cue before it ("more than", "a total of") makes it a count; a year cue ("in",
    "since", "the"), an opening bracket ("(2014 est.)") or a year joined to it by "and" a year; otherwise it counts only
    when it modifies a plural noun on its line ("2123 new programs") that a year does not
    commonly date ("2010 data", "2021 graduates"), and by default it is a year.
    """
    cue = _cue_before(prep.text, start, "years_cues.tsv")
    if cue:
        return cue == "year"
    if prep.text[max(0, start - 1) : start] == "(" or _year_row(prep.text, start):
        return True
    if _AFTER_A_YEAR.search(prep.text, max(0, start - 12), start):
        return True
    if _MONTH_BEFORE.search(prep.text, max(0, start - 16), start):
        return True
    token = prep.token_at(start)
    if token is None:
        return True
    head = token.head
    counts = token.dep_ in _NUMBER_DEPS and head.tag_ == "NNS" and head.i > token.i
    if counts and any("\n" in t.text_with_ws for t in token.doc[token.i : head.i]):
        return True
    return not counts or head.lower_ in load_lexicon("years_dated_nouns.tsv")


_AFTER_A_YEAR = re.compile(r"\b(?:19|20)\d\d[ \t]*(?:and|or|&)[ \t]*$")
"""A year joined to the year before it ("the September 2022 and 2023 quarters")."""

_YEAR_ROW = re.compile(
    r"[ \t]*(?:[A-Za-z][^\t\n\d]*\t+)?(?:(?:19|20)\d\d[*a-z]?(?:[ \t]*\([A-Za-z .]+\))?(?:[ \t]+|$))+"
)


def _year_row(text: str, pos: int) -> bool:
    """A line of years, after a label cell at most ("\t2008\t2017\t2018", "Item\t2018\t2019
    (estimated)"): a table's header, not counts."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return bool(_YEAR_ROW.fullmatch(text, start, len(text) if end < 0 else end))


def _is_year_atom(prep: Prepared, atom: Atom) -> bool:
    digits = prep.text[atom.num_start : atom.num_end]
    return atom.bare and len(digits) == 4 and YEAR_MIN <= atom.value <= YEAR_MAX and reads_as_year(prep, atom.start, atom.end)


@functools.cache
def _name_re() -> re.Pattern:
    """Names that hold a number ("S&P 500", "FTSE 100"), as written."""
    return re.compile(rf"(?<![\w&])(?:{_alternation(list(load_lexicon('numbers_names.tsv')))})(?!\w)")


@functools.cache
def _idiom_re() -> re.Pattern:
    return re.compile(rf"\b(?i:{_alternation(list(load_lexicon('numbers_idioms.tsv')))})\b")


def _slogan_words(text: str) -> set[int]:
    """Starts of number words repeated as a slogan: "one country, one policy"."""
    cards = _alternation(list(load_lexicon("numbers_words.tsv")))
    out: set[int] = set()
    for m in re.finditer(rf"\b(?i:({cards}))\s+[\w-]+(?:\s+[\w-]+)?\s*[,;]\s*(?i:\1)\b", text):
        out.update((m.start(1), m.end() - len(m.group(1))))
    return out


def _compound_adjective(text: str, atom: Atom) -> bool:
    """ "two-way", "three-dimensional", "Five-Year Plan": a number fused into an adjective.
    A measure stays one ("an 8-kilometre-long wall"), and so does a count in digits ("a
    17-member board", "a 500-bed hospital")."""
    m = re.match(r"-([A-Za-z]+)", text[atom.end : atom.end + 30])
    if not m or atom.unit is not None:
        return False
    counted = re.match(r"-([a-z]+)[ \t]", text[atom.end : atom.end + 30])
    if counted and not atom.in_words and counted.group(1) not in _currencies():
        return False
    return m.group(1)[0].isupper() or unit_after(text, atom.end) is None


def _in_name(text: str, atom: Atom) -> bool:
    """A number leading a run of capitalised words: "Three Gorges", a quoted "“365 Plan”".

    A capitalised number word counts when it does not open a sentence; digits count when
    they open a quotation. In an all-capital line capitals name nothing.
    """
    after = re.match(r"[ \t]+([A-Za-z])", text[atom.end : atom.end + 3])
    if not (after and after.group(1).isupper()) or _all_caps_line(text, atom.start):
        return False
    before = text[max(0, atom.start - 3) : atom.start].rstrip(" \t")
    if not atom.in_words:
        return before[-1:] in "\"“‘'"
    sentence_start = not before or before[-1:] in ".!?:\"“‘'(\n"
    return text[atom.num_start].isupper() and not sentence_start


def _all_caps_line(text: str, pos: int) -> bool:
    """An all-capital headline ("5 NATIONAL CENTRES"), where capitals say nothing about names."""
    line = text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]
    return any(c.isupper() for c in line) and not any(c.islower() for c in line)


def _short_year(text: str, atom: Atom) -> bool:
    """The one- or two-digit end of a year span ("2015-19", "2006-7")."""
    return (
        atom.bare
        and atom.num_end - atom.num_start in (1, 2)
        and bool(_SHORT_YEAR.search(text, max(0, atom.start - len("2015-")), atom.start))
    )


def _historic_year(prep: Prepared, atom: Atom) -> bool:
    """ "founded in 1847", "1 October 1847", "May 28, 1847": a year before 1900 is neither a
    YEAR nor a count."""
    digits = prep.text[atom.num_start : atom.num_end]
    if not (atom.bare and len(digits) == 4 and 1000 <= atom.value < YEAR_MIN):
        return False
    text = prep.text
    return (
        _cue_before(text, atom.start, "years_cues.tsv") == "year"
        or bool(_MONTH_BEFORE.search(text, max(0, atom.start - 16), atom.start))
        or bool(_LIFESPAN.match(text, atom.end))
        or text[max(0, atom.start - 1) : atom.start] == "("
        or bool(_DATING_LABEL.search(text, max(0, atom.start - 40), atom.start))
    )


_DATING_LABEL = re.compile(r"\b(?:Established|Founded|Incorporated|Chartered|Opened)(?:[ \t]+by(?:[ \t]+[A-Z][a-z]+)+)?[ \t:]*$")
"""A field label that dates a body ("Established 1870", "Founded by Charter 1881"): capitalised,
as a label is, so that "established 200 centres" stays a count."""


def _kept(prep: Prepared, atom: Atom, idioms: list[tuple[int, int]], slogans: set[int]) -> bool:
    text = prep.text
    if _is_year_atom(prep, atom) or _compound_adjective(text, atom) or _in_name(text, atom) or _short_year(text, atom):
        return False
    if _historic_year(prep, atom):
        return False
    if atom.in_words and atom.num_start in slogans:
        return False
    return not any(a <= atom.num_start and atom.num_end <= b for a, b in idioms)


def _ranges(text: str, found: list[Atom]) -> list[tuple[Atom, Atom | None]]:
    """Pairs (low, high) for "900–1200 yuan" and "2-3 million"; (atom, None) otherwise."""
    out: list[tuple[Atom, Atom | None]] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b and _joins_range(text, a, b):
            out.append((a, b))
            i += 2
        else:
            out.append((a, None))
            i += 1
    return out


_BETWEEN = re.compile(r"\bbetween[ \t]+(?:the[ \t]+ages?[ \t]+(?:of|for)[ \t]+)?$", re.I)
_AGE = re.compile(
    r"\b(?:aged|ages?(?:[ \t]+(?:of|for))?|age[ \t]+group(?:[ \t]+of)?)(?:[ \t]+(?:between|from))?"
    r"(?:[ \t]+\d{1,3}(?:[ \t]*,|[ \t]+(?:and|or)))*[ \t]+$", re.I
)
_AGE_AFTER = re.compile(
    r"[ \t]*-?[ \t]*(?:years?[ \t-]+olds?|years?[ \t]+of[ \t]+age|age[ \t]+(?:range|group|bracket|band|cohort)s?)\b", re.I
)
_PERSON_AGE = re.compile(r",[ \t]*$")


_FROM = re.compile(r"(?<!\branging\x20)(?<!\branged\x20)(?<!\branges\x20)(?<!\brange\x20)(?<!\bvarying\x20)\bfrom[ \t]+$", re.I)


def _alike(a: Atom, b: Atom) -> bool:
    """Two numbers written alike, each with its scale or unit ("1.2 million to 1.3 million",
    "3% to 4%"): a range unless "from" makes it a change."""
    return (a.scale == b.scale != 1) or (a.unit is not None and a.unit == b.unit) or (a.currency is not None and a.currency == b.currency)


def is_age(text: str, start: int, end: int) -> bool:
    """ "aged 20 to 34", "ages 17-35", "the 15-24 age range", "25 to 34 years old": an age,
    which is a duration."""
    return bool(_AGE.search(text, max(0, start - 30), start) or _AGE_AFTER.match(text, end))


def _persons_age(prep: Prepared, atom: Atom) -> bool:
    """ "Anna Berg, 24, trains welders": a number set off by commas right after a person's
    name is that person's age."""
    text = prep.text
    if not (_PERSON_AGE.search(text, max(0, atom.start - 3), atom.start) and text[atom.end : atom.end + 1] == ","):
        return False
    comma = text.rfind(",", 0, atom.start)
    name = prep.token_at(comma - 1)
    return name is not None and name.ent_type_ == "PERSON" and atom.value == int(atom.value) and 0 < atom.value < 120


def _joins_range(text: str, a: Atom, b: Atom) -> bool:
    """ "900–1200 yuan", "2-3 million", "between 1 and 1.5 per cent", "between two and three
    years", "aged 20 to 34", "25- to 64-year-olds", "1.2 million to 1.3 million", "(courses of)
    from six to nine months", "after three to four years" (not "rose from six to nine months",
    a change)."""
    gap = text[a.end : b.start]
    dashed = bool(re.fullmatch(r"[ \t]*[–—~-][ \t]*", gap)) or (gap.strip() == "" and text[b.start] in "-−" and a.value >= 0)
    before = text[max(0, a.start - 30) : a.start]
    to = re.fullmatch(r"[ \t]+to[ \t]+", gap)
    worded = (re.fullmatch(r"[ \t]+and[ \t]+", gap) and _BETWEEN.search(before)) or (
        re.fullmatch(r"-?[ \t]+to[ \t]+", gap) and is_age(text, a.start, b.end)
    ) or (to and _alike(a, b) and not _FROM.search(before)) or (to and _unit_shared(text, a, b) and not _CHANGED.search(before))
    compatible = a.unit is None or b.unit is None or a.unit == b.unit
    ordered = a.value * max(b.scale / a.scale, 1) <= b.value or (a.currency is not None and a.value <= b.value)
    spelled = not a.in_words or (b.in_words and bool(worded))
    return bool(dashed or worded) and compatible and spelled and ordered


_CHANGED = re.compile(
    r"\b(?:rose|rise[sn]?|risen|increas\w*|gr[eo]w\w*|fell|fall\w*|drop\w*|declin\w*|went|jump\w*|climb\w*|up|down|"
    r"extend\w*|reduc\w*|cut|rais\w*|chang\w*|mov\w*|shift\w*|doubl\w*|expand\w*|shr[iu]nk\w*)\b[\w\s,]{0,20}from[ \t]+$",
    re.I,
)


def _unit_shared(text: str, a: Atom, b: Atom) -> bool:
    """ "from six to nine months": a bare first number and a second with the unit both share."""
    has_unit = b.unit is not None or unit_after(text, b.end) is not None
    return a.unit is None and a.currency is None and a.scale == 1 and has_unit and a.in_words == b.in_words


def _noun_chunks(doc: Doc) -> dict[int, Span]:
    """Token index -> its noun chunk; none without a parse (rules-only runs)."""
    if not doc.has_annotation("DEP"):
        return {}
    return {tok.i: chunk for chunk in doc.noun_chunks for tok in chunk}


def quantified(prep: Prepared, atom: Atom, chunks: dict[int, Span]) -> str | None:
    """The noun phrase the number counts: its `nummod` head's chunk, or Y in "X% of Y"."""
    token = prep.token_at(max(atom.num_end - 1, atom.num_start))
    if token is None:
        return None
    while token.head.i != token.i and (token.dep_ == "quantmod" or token.head.lower_ in _PERCENT_TOKENS):
        token = token.head
    after = prep.clean.to_clean(atom.end)
    if token.dep_ == "nummod" and token.head.pos_ in _NOUN_HEADS:
        return _phrase_after(after, chunks.get(token.head.i))
    following = _next_word(token)
    if following is not None and following.lower_ == "of":
        objects = [c for c in following.children if c.dep_ == "pobj"]
        if objects:
            return _phrase_after(following.idx + 1, chunks.get(objects[0].i))
    return None


def _next_word(token: Token) -> Token | None:
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].like_num or doc[i].lower_ in _PERCENT_TOKENS):
        i += 1
    return doc[i] if i < len(doc) else None


def _phrase_after(pos: int, chunk: Span | None) -> str | None:
    """The words of `chunk` from cleaned offset `pos` on, without determiners or punctuation."""
    if chunk is None:
        return None
    words = [t for t in chunk if t.idx >= pos and not t.like_num and t.lower_ not in _PERCENT_TOKENS]
    while words and (words[0].is_punct or words[0].dep_ == "det" or words[0].is_space):
        words = words[1:]
    if not words or _newline_between(chunk.doc, pos, words[0]):
        return None
    return " ".join(chunk.doc[words[0].i : words[-1].i + 1].text.split())


def _newline_between(doc: Doc, pos: int, token: Token) -> bool:
    """A line break between cleaned offset `pos` and `token` (reads tokens, not `doc.text`,
    which spaCy rebuilds on every access)."""
    i = token.i - 1
    while i >= 0 and doc[i].idx + len(doc[i].text_with_ws) > pos:
        if "\n" in doc[i].text_with_ws:
            return True
        i -= 1
    return False


_PAIRED = re.compile(r"[ \t]+(?:to|and|or)[ \t]+")


def _partner(text: str, pairs: list[tuple[Atom, Atom | None]], i: int) -> Atom | None:
    """In "3.5 to 4 percent" or "2 and 3 million", the later number whose unit and scale the
    bare earlier one shares."""
    low, high = pairs[i]
    if high is not None or i + 1 >= len(pairs) or low.unit or low.scale != 1 or low.in_words:
        return None
    nxt = pairs[i + 1][0]
    if not _PAIRED.fullmatch(text[low.end : nxt.start]) or unit_after(text, low.end):
        return None
    shares = nxt.unit in ("percent",) or (nxt.unit or "").isupper() or nxt.scale != 1
    return nxt if shares and low.value * nxt.scale <= nxt.value else None


def _mention(
    prep: Prepared, low: Atom, high: Atom | None, chunks: dict[int, Span], partner: Atom | None = None,
    column: tuple[str, float] | None = None, listed: str | None = None, country: str | None = None,
    dotted: bool = False,
) -> Mention:
    last = high or low
    local = local_currency(low.currency or last.currency, country)
    start = low.start
    if local:
        low, last = replace(low, unit=local), replace(last, unit=local)
    elif low.currency and low.unit is None and low.start < low.num_start:
        start = low.num_start
    stated = column if column and low.unit in (None, column[0]) and low.scale == 1 and not high else None
    unit = (
        low.unit or last.unit or unit_after(prep.text, last.end) or (partner and partner.unit) or listed
        or ("duration" if is_age(prep.text, low.start, last.end) or (not high and _persons_age(prep, low)) else None)
        or (stated and stated[0]) or "count"
    )
    borrows = high is not None and low.scale == 1 and low.value * last.scale <= last.value
    scale = partner.scale if partner else (last.scale if borrows else (stated[1] if stated else 1))
    if not high and (dotted or unit == "count") and _thousands_point(prep.text, low, dotted):
        scale *= 1000
    value = low.value * scale
    attrs = {
        "value": value,
        "value_high": high.value if high else None,
        "unit": unit,
        "qualifier": qualifier(prep.text, low.start, last.end),
        "quantified": quantified(prep, last, chunks),
    }
    return Mention("NUMBER", start, last.end, attrs)


_POINT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_PEOPLE = re.compile(r"\b(?i:employees|staff|students|pupils|workers|people|persons|inhabitants|members|apprentices|"
                     r"trainees|teachers|graduates)\b")
_THINGS_AFTER = re.compile(r"(?:[a-zà-ÿ]+[ \t]+)?(?!(?:years|months|weeks|days|hours|minutes|points|times)\b)[a-zà-ÿ]{3,}s\b")


def _writes_dot_thousands(text: str) -> bool:
    """A document that writes "2.328.581" and never "2,328,581" uses the point for thousands."""
    return any(_DOT_THOUSANDS.fullmatch(m.group()) for m in re.finditer(r"(?<![\d.,])[\d.,]+\d", text)) and not _COMMA_THOUSANDS.search(text)


def _thousands_point(text: str, atom: Atom, dotted: bool) -> bool:
    """ "121.488 employees", "Students<TAB>17.142", "1.362 estudantes", "3.328 banking
    branches": a point before three digits in a count of people or of things (a plural noun
    after it, in any language) is a thousands separator, as in German or Portuguese; no one
    counts 121.488 people. In a document that writes its thousands with points (`dotted`)
    every such number is one."""
    if not _POINT_THOUSANDS.fullmatch(text[atom.num_start : atom.num_end]):
        return False
    if dotted:
        return True
    line_start = text.rfind("\n", 0, atom.start) + 1
    label = text[line_start : atom.start] if atom.start - line_start <= _LABEL_CHARS else ""
    return bool(_PEOPLE.search(label) or _PEOPLE.match(text, atom.end + 1) or _THINGS_AFTER.match(text, atom.end + 1))


def extract(prep: Prepared) -> list[Mention]:
    """NUMBER mentions: every number-shaped span kept as a number (not a year, label,
    identifier or idiom), with its value fully scaled, its range, unit and qualifier, and
    the noun phrase it counts."""
    text = prep.text
    idioms = [m.span() for m in _idiom_re().finditer(text)] + [m.span() for m in _name_re().finditer(text)]
    slogans = _slogan_words(text)
    found = [a for a in atoms(text) if _kept(prep, a, idioms, slogans)]
    chunks = _noun_chunks(prep.doc)
    pairs = _ranges(text, found)
    cells = cell_units(text, _table_currency(prep))
    listed = _list_units(text, pairs)
    shared = any(a.currency in _local_currencies() for a in found)
    main, countries = (main_country(prep), named(prep)) if shared else (None, [])
    dotted = _writes_dot_thousands(text)
    return [
        _mention(prep, low, high, chunks, _partner(text, pairs, i), unit_at(cells, low.start), listed.get(i),
                 _currency_country(prep, low, countries, main), dotted)
        for i, (low, high) in enumerate(pairs)
    ]


def _currency_country(prep: Prepared, atom: Atom, countries: list[tuple[int, str]], main: str | None) -> str | None:
    """Whose "$" (or "pesos", "kr") a number is: the country the document names most, unless
    its sentence names countries and none of them has a currency of that name ("the United
    Kingdom made its last $83 million payment to the United States" in an Australian page is
    USD). A named country that does (a donor "Canada" beside a World Bank figure) is no proof;
    a sentence listing several countries ("loans of $552 million to Benin, Haiti, Jamaica …")
    is about none of them."""
    if atom.currency not in _local_currencies():
        return main
    sentence = prep.doc.char_span(*(prep.clean.to_clean(atom.start), prep.clean.to_clean(atom.end)),
                                  alignment_mode="expand")
    if sentence is None:
        return main
    a, b = sentence.sent.start_char, sentence.sent.end_char
    here = [iso3 for start, iso3 in countries[bisect.bisect_left(countries, (a, "")) :] if start < b]
    if len(set(here)) >= _MANY_IN_A_SENTENCE:
        return None
    return main if not here or any(local_currency(atom.currency, iso3) for iso3 in here) else None


_MANY_IN_A_SENTENCE = 3


_LIST_GAP = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _list_units(text: str, pairs: list[tuple[Atom, Atom | None]]) -> dict[int, str]:
    """ "at six, 12, 24 and 36 months": bare numbers listed before one that a unit word follows
    share that unit. Index of each such number -> the unit."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, (low, high) in enumerate(pairs):
        bare = high is None and low.unit is None and low.scale == 1
        if run and not (bare and _LIST_GAP.fullmatch(text, pairs[run[-1]][0].end, low.start)):
            run = []
        if not bare:
            continue
        run.append(i)
        unit = unit_after(text, low.end)
        if unit and len(run) > 1:
            out.update(dict.fromkeys(run[:-1], unit))
            run = []
    return out


def _table_currency(prep: Prepared) -> Callable[[str], str | None]:
    """How a table's header names its currency: a sign or code ("$", "USD") or a word
    ("billions of dollars"), in the money of the country the document is about where the
    term is shared ("$" in a Canadian table is CAD)."""
    main = functools.cache(lambda: main_country(prep))

    def currency_of(term: str) -> str | None:
        code = _currencies().get(term.lower()) if _is_word(term) else _sign_currency(term)
        if not code:
            return None
        shared = [t for t in _local_currencies() if _currencies().get(t) == code]
        return next(filter(None, (local_currency(t, main()) for t in [term, *shared])), code)

    return currency_of


def _sign_currency(term: str) -> str | None:
    """The ISO code of a currency sign or code standing alone ("$", "₹", "USD"), not a word."""
    if not term or _is_word(term):
        return None
    return _currencies().get(term) or _currencies().get(term.upper())
