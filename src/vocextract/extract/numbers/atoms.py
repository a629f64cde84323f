"""Atoms: one regular expression, built from data, finds every number with its scale,
currency, percent word or unit; each match becomes an `Atom` with its value."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

from ...patterns import load_lexicon
from ..countries import gazetteer
from ..language import ENGLISH, language_of, stop_words
from ..spaced_rows import merged_numbers
from ..units import alternation, spellings
from .currencies import _alternation, _currencies, _currency_code, _currency_regex, _local_currencies, _minor_unit, names_after_scale, prefix_terms


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


_SHORT_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?:[-–]|[ \t][-–][ \t])$")


@functools.cache
def cardinal_words(language: str = ENGLISH) -> dict[str, str]:
    """Number words and their values: English, Spanish, Portuguese and French in any document,
    but for those another Romance language uses as function words (Portuguese "dos" is "of
    the", `patterns/numbers_words_romance_excluded.tsv`);
    in one of another language none that is a function word there ("onze" is Dutch for our)
    and that language's own words ("due" is two in Italian); in a Central European one no
    Romance words at all (Serbian "nove" is new, not Portuguese nine)."""
    english = load_lexicon("numbers_words.tsv")
    excluded = {w for w, languages in load_lexicon("numbers_words_romance_excluded.tsv").items() if language in languages.split()}
    romance = {w: v for w, v in load_lexicon("numbers_words_romance.tsv").items() if w not in excluded}
    words = english if language in _NO_ROMANCE else {**english, **romance}
    if language in (ENGLISH, *_ROMANCE):
        return words
    local = load_lexicon(f"numbers_words_{language}.tsv") if language in _LOCAL_WORDS else {}
    return {**{w: v for w, v in words.items() if w not in stop_words(language)}, **local}


_ROMANCE = ("fr", "es", "pt")
_NO_ROMANCE = frozenset({"pl", "cs", "sk", "hu", "ro", "hr", "sl", "et", "lv", "lt", "sq"})
_LOCAL_WORDS = frozenset({"de", "it", "nl", "id", "pl", "cs", "sk", "hu", "ro", "hr", "sl", "et", "lv", "lt", "sq", "ca", "gl", "tl", "vi", "fi", "da", "nb", "sv", "tr", "uz", "az", "cy", "ga", "is"})
"""Languages with a `numbers_words_<language>.tsv`."""


@functools.cache
def _every_cardinal_word() -> dict[str, str]:
    """All number words of every language, for reading a phrase already found."""
    return {k: v for language in (ENGLISH, *sorted(_LOCAL_WORDS)) for k, v in cardinal_words(language).items()}


_HALF_WORDS = frozenset({"meio", "meia", "medio", "media", "mezzo"})
_HALVES = "|".join(sorted(_HALF_WORDS))
"""Spanish, Portuguese and Italian "half" before a scale word ("meio milhão", "medio millón")."""

_BEFORE_A_PLURAL = {"neuf": "9"}
"""Number words that are also adjectives placed after their noun (French "neuf", also "new"):
a number only before a plural ("neuf centres", not "un bâtiment neuf")."""


_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)\b(?!-)"
_BARE_SCALE = (
    r"(?:(?<=\banother[ \t])|(?<=\bextra[ \t])|(?<=\badditional[ \t]))" + _SCALE_WORD
    + r"|(?<=\b[Tt]he[ \t])" + _SCALE_WORD + r"(?=[ \t]+(?:and[ \t]|thousand\b|million\b|billion\b))"
)
"""A spoken scale word that stands alone for one of it after "another", "extra" or
"additional" ("another billion dollars", "an extra hundred thousand apprentices"), or after
"the" when more number words follow ("the hundred and forty thousand we lost"; "the
thousand islands" is a name)."""


_ROMANCE_OF_AFTER_WORDS = r"(?:(?:(?<=ões[ \t])|(?<=ão[ \t])|(?<=ons[ \t])|(?<=ard[ \t])|(?<=rds[ \t])|(?<=nes[ \t])|(?<=ón[ \t])|(?<=ane[ \t])|(?<=rde[ \t])|(?<=\d[ .\u00a0\u202f]000[ \t]))(?:d[ei][ \t]+|d['’]))?"
"""The "de" between a scale written in words and its currency ("dois milhões de euros", "un
milliard de FCFA", "trei milioane de lei"), as after a scale written after digits, and after
digits grouped in thousands, read aloud with their scale ("111 600 000 de FCFA")."""

_WORLD_NAME_BEFORE_SCALE = (
    r"(?i:euros?|pounds?|dollars?)"
    r"(?=\x20{0,2}(?:\d[\d.,]*\x20?(?i:million|billion|trillion|bn|mn)\b|\d{1,3}(?:,\d{3})+(?![\d,])))"
)
"""The euro's, pound's or dollar's name written before an amount, as a currency sign is, in
any case and even glued: money only before a scale word ("Euro 8 million", "euro 5.5
million", "Euro7 million") or thousands ("Euro 61,111"); "Euro 2024" is a tournament."""


@functools.cache
def _atom_re(language: str = ENGLISH) -> re.Pattern:
    cards = _alternation(list(cardinal_words(language)))
    scales = load_lexicon("numbers_scales.tsv")
    scale_words = _alternation([s for s in scales if len(s) > 3])
    percent = _alternation([t for t, u in load_lexicon("numbers_units.tsv").items() if u == "percent"])
    currencies = _currencies()
    pre = _currency_regex(prefix_terms()) + rf"|{_WORLD_NAME_BEFORE_SCALE}"
    post = rf"{_currency_regex(list(currencies))}|(?(scale)(?i:{_alternation(list(names_after_scale()))})(?![A-Za-z])|(?!))"
    codes = rf"(?:{_alternation([c for c in currencies if c.isupper() and c.isalpha()])})(?![A-Za-z])"
    units = spellings()
    names = rf"(?i:{alternation(units.names)})"
    glued = rf"{names}|{alternation(units.symbols - {'m'})}"
    spaced = rf"{names}|{alternation(units.symbols - units.glued_only)}"
    digits = (
        r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|(?<!\d,\x20)(?<!\d[-–])\d{1,3}(?:,\x20\d{3}(?!\d))+(?!\s*(?:,|and\b|or\b|&)\s*\d)"
        r"|(?<!\d\x20)(?<!\d\x20\x20)\d{1,3}(?:[\x20\u00a0\u202f]\d{3}(?!\d|[,.]\d{3}))+(?:[.,]\d+)?(?!\x20+\d)"
        r"|(?<![\d,])\d{1,3},\d{1,2}(?!\d|,\d|\x20\d{3}\b)"
        r"|(?<![\d,.])\d{1,3}(?:(?:\.\d{3}){2,}(?:,\d+)?|(?:\.\d{3})+,\d{1,2})(?![\d,.]?\d)"
        r"|(?<![\d'’])\d{1,3}(?:['’]\d{3})+(?:,\d{3})?(?:\.\d+)?(?![\d'’]|,\d)"
        r"|\d+[½¼¾](?!\d)"
        r"|\d+(?:\.\d+)?"
        r"|(?<=[\x20(=<>])\.\d+(?![\d.,])"
    )
    words = (
        rf"\b(?i:(?:{cards}|(?:{_alternation(list(_BEFORE_A_PLURAL))})(?=[ \t]+[^\W\d_]{{2,}}[sx]\b)|(?:a|un|une|um|eine|een|{_HALVES})(?=\s+(?:{scale_words})\b)|{_BARE_SCALE}|(?<!ientos[ \t])(?<!ientas[ \t])(?<!mill[oó]n[ \t])(?<!millones[ \t])(?-i:[Mm]il)(?=[ \t]+(?!mil)(?:\d|[^\W\d_]))|half(?:-|\s+)a(?=(?:-|\s+)(?:{scale_words}|per[ \t]?cent|percent)\b))"
        rf"(?:(?:(?<=hundred)\s+and\s+|[ \t]+|-[ \t]?)(?:{cards}|{scale_words})\b|(?:[ \t]+|-)and(?:[ \t]+|-)(?:a(?:[ \t]+|-))?half\b"
        rf"|[ \t]+point(?:[ \t]+(?:{_alternation(list(_DIGIT_WORDS))}))+\b)*)\b"
    )
    return re.compile(
        rf"(?:(?:(?<![^\W\d_])|(?=[^A-Za-z]))(?P<pre>{pre})[\x20\u00a0\u202f]{{0,2}}|(?<![\w.,/])(?<!\d:)|(?<=\((?:19|20)\d\d:)|(?<=(?<!\w)[وبل])|(?<=[a-z])(?=\d+(?:[.,]\d+)?%)|(?<=[a-z],)(?=\d{{2,}}(?![\d.,])))"
        rf"(?P<sign>(?<![\w)\]%-])(?![-−+](?:1[89]|20)\d\d(?![\d.,%]))(?![-−][\d.,]+[-−](?![\d\w]))[-−+](?=\d)|(?<![^\n\t|])–(?=\d[\d.,]*(?:[ \t|]*$|[ \t|]*\n))|(?<![\w-])(?i:minus)[ \t]+(?=\d))?"
        rf"(?:(?<![A-Za-z][-–])|(?<=\d-to-))(?:(?P<digits>{digits})|(?P<words>{words}))"
        rf"(?:(?:[ \t\u00a0\u202f]{{1,2}}|\n(?=(?:million|billion|percent|per[ \t]cent)\b)|-)?(?:de[ \t]+(?=(?:milioane|miliarde|mii)\b))?(?P<scale>(?i:{_alternation(list(scales))}))(?![A-Za-z])(?![ \t]+lệ\b)|(?:\x20(?=M[€$£])|(?(pre)(?:-|\x20(?=[MB](?![-A-Za-z\d])))|(?!)))?(?P<short>[mMbB])(?![A-Za-z²³]))?"
        rf"(?:(?P<glued>{glued})(?![A-Za-z0-9²³])|(?:[ \t\u00a0\u202f]+|-)(?(scale)(?:d[ei][ \t]+|d['’])?)(?P<spaced>{spaced})(?![A-Za-z0-9²³]))?"
        rf"(?(glued)|(?(spaced)|(?!(?!r(?:[ \t\r\n]|$)|pc(?![A-Za-z])|per[ \t]?cent\b)[a-z\u00aa\u00ba\u00df-\u00f6\u00f8-\u00ff0-9_]|(?!{codes})[A-Z](?![a-z])|[.,]\d|\.[\u00aa\u00ba]|:\d|/\d)))"
        rf"(?(glued){_PER_TIME}?|(?(spaced){_PER_TIME}?))"
        rf"(?:(?:[ \t\u00a0\u202f]|\n(?=(?:percent|per[ \t]cent)\b)|-(?=[A-Za-z])|[?\ufffd](?=%))?(?P<percent>%|(?i:{percent})(?![A-Za-z])|(?(sign)(?i:points?)(?![A-Za-z])|(?!)))|(?:(?:(?<=[Mm]io|[Mm]rd|[Tt]sd)\.)?[ \t\u00a0\u202f]|-(?=[a-z])(?!pounds?\b))?(?(scale)(?:d[ei][ \t]+|d['’])?|{_ROMANCE_OF_AFTER_WORDS})(?P<post>{post})(?!\x20?\d))?"
    )


_DIGIT_WORDS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
"""Digits as a speaker reads a decimal after "point": "one point three million"."""


def words_value(phrase: str) -> float | None:
    """The value of number words ("twenty-five", "a hundred", "two million", "three thousand
    million", "two and a half", "one point three million"); None if none, or if the words make no single number ("nineteen ninety-eight"
    is a year said aloud, "one two three" a sequence)."""
    cards = {**_every_cardinal_word(), **_BEFORE_A_PLURAL}
    scales = load_lexicon("numbers_scales.tsv")
    total, current, big, seen = 0.0, 0.0, 0.0, False
    last_card: float | None = None
    decimals: str | None = None
    for word in re.findall(r"[^\W\d_]+", phrase.lower()) + [""]:
        if word == "point" and seen:
            decimals = ""
            continue
        if decimals is not None and word in _DIGIT_WORDS:
            decimals += str(_DIGIT_WORDS[word])
            continue
        if decimals:
            current += float(f"0.{decimals}")
        decimals = None
        if word in cards:
            value = float(cards[word])
            if last_card is not None and not (
                last_card >= 20 and last_card % 10 == 0 and value < 10 or last_card >= 100 and last_card % 100 == 0 and value < 100
            ):
                return None
            current += value
            last_card, seen = value, True
            continue
        last_card = None
        if word == "half" or word in _HALF_WORDS:
            current, seen = current + 0.5, True
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


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:(?:\.\d{3}){2,}(?:,\d+)?|(?:\.\d{3})+,\d{1,2})")


_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,]|\.\d)")


_SPACED_DECIMAL_COMMA = re.compile(r"\d{1,3}(?: \d{3})+,\d{1,2}")


_VULGAR = {"½": ".5", "¼": ".25", "¾": ".75"}


def parse_value(text: str) -> float | None:
    """The value of a number written in digits and/or words, scale words applied.

    Thousands separators may carry a stray space from layout ("48, 120"), be apostrophes as in
    Switzerland ("30’000") or no-break spaces as in French ("30 000"); a half or quarter may be
    glued as a sign ("5½"); a comma before one or two digits is a decimal comma ("6,5%",
    "30 694 700,00"); a leading sign counts. Anything else that is not a number gives None,
    never an exception.
    """
    text = re.sub(r"(?<=\d)['’](?=\d{3})", "", text)
    text = re.sub(r"(?<=\d)[\u00a0\u202f](?=\d)", " ", text)
    text = re.sub(r"(?<=\d)[½¼¾]", lambda m: _VULGAR[m.group()], text)
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


_AFTER_MARKS = {"/-", "/="}
"""Marks written after an amount ("Rs 1500/-", "103bn/-"): a sign before it says more."""


_ROMANCE_SCALE = re.compile(r"(?i:milliards?|millones|millón|mil\s+millones|mil\s+milhões|milhões|milhão|bilhões|bilhão|billones|billón|triệu|tỷ|tỉ)")
_ONE_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")
"""A scale word only French, Spanish, Portuguese or Vietnamese writes, whose numbers take a
decimal comma: "32,775 milliards" is 32.775 thousand million, not 32,775; "110,760 tỷ đồng"
is 110.76 billion dong; but no one writes 1 as "1,000": "1,000 millones" is a thousand million."""


@functools.lru_cache(maxsize=8)
def _writes_comma_thousands(text: str) -> bool:
    """A text that writes thousands with commas elsewhere ("3,425,000 jóvenes", as Dominican
    and Mexican copy does) writes "7,221 millones" for 7,221 million too."""
    return _COMMA_THOUSANDS.search(text) is not None


def _lone_scale(words: str) -> float | None:
    """The scale of a number written as a scale word alone (Spanish "mil"), so that a group in
    digits after it adds to it as after "2 mil" ("mil 350" is 1,350)."""
    scale = load_lexicon("numbers_scales.tsv").get(words.lower())
    return float(scale) if scale and float(scale) >= 1e3 else None


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_PRICE_BASE = re.compile(r"\b(?i:constant|real|current)[ \t]+$")
"""A year before a currency that dates its prices ("constant 2015 US$", "in real 2010
dollars"): a year, not a sum."""
_VERB_HA = re.compile(r"ha[ \t]+(?!of\b)[a-zà-ù]{2,}")
"""A year before Italian or Spanish "ha" and a participle ("nel 2022 ha trovato") is no area;
nor is one before Lithuanian "m." (metais, in the year: "2022 m. įstaigos parengė") metres."""


def _atom(m: re.Match) -> Atom | None:
    numeral = m.group("digits") or m.group("words")
    value = parse_value(numeral)
    if value is None:
        return None
    if _ROMANCE_SCALE.fullmatch(m.group("scale") or "") and _ONE_COMMA_GROUP.fullmatch(numeral) and not _writes_comma_thousands(m.string) and not numeral.endswith(",000"):
        value = float(numeral.replace(",", "."))
    currency = m.group("pre") if m.group("pre") and m.group("post") in _AFTER_MARKS else m.group("post") or m.group("pre")
    if currency and currency not in _local_currencies() and currency.istitle() and currency.isalpha() and currency.lower() in _local_currencies():
        currency = currency.lower()
    if currency and not m.group("scale") and _YEAR_LIKE.fullmatch(numeral) and _PRICE_BASE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    start = m.start()
    if currency and currency == m.group("pre") and _ends_a_country_name(m.string, start, currency):
        currency, start = None, m.start("digits") if m.group("digits") else m.start("words")
    scale = float(load_lexicon("numbers_scales.tsv").get((m.group("scale") or "").lower(), 1))
    if m.group("words") and scale == 1 and (last := _lone_scale(m.group("words"))):
        value, scale = value / last, last
    if currency and (m.group("scale") or "").lower() == "mil" and m.start("scale") == m.end("digits"):
        scale = 1e6
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
    if measure == "ha" and _YEAR_LIKE.fullmatch(numeral) and _VERB_HA.match(m.string, m.end() - 2):
        measure, end = None, m.end("digits")
    if measure == "m" and _YEAR_LIKE.fullmatch(numeral) and m.string[end : end + 1] == "." and language_of(m.string) == "lt":
        measure, end = None, m.end("digits")
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
    sign = -1.0 if (m.group("sign") or "").strip().lower() in ("-", "−", "–", "minus") else 1.0
    minor = _minor_unit(currency) if currency else 1.0
    group = "digits" if m.group("digits") else "words"
    return Atom(
        start, end, m.start(group), m.end(group), sign * value * scale * minor, scale, unit,
        not m.group("digits"), currency,
    )


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def _ends_a_country_name(text: str, start: int, term: str) -> bool:
    """ "Sierra Leone 44.04" in a table of countries: a currency's name that ends a country's
    name is the country's, not money."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and f"{before.group(1)} {term}" in gazetteer()


_NOT_A_PERIOD = "".join(rf"(?<!{w}[ \t])" for w in ("[Tt]he", "first", "second", "last", "latter", "former", "[Aa]"))


_ROUND_DENOMINATORS = {"hundred": 100, "thousand": 1000}


_COUNTED_QUARTERS = re.compile(r"\b(?i:first|last|next|past|previous|final|coming|latest)[ \t]+$")
"""Quarters counted from a year's start or end ("the first three quarters of the year") are
periods, not three fourths."""


_ONE = "un[oa]?|uma?|eine[rs]?|een"
"""The words for one that other languages also use as an article, so none is a number word
there: a share's "uno de cada cuatro" still starts with one."""

_FOREIGN_IN = re.compile(r"(?i)\b(?:de|em)[ \t]+cada\b|\b(?:sur|su|op|von)\b")
"""Another language's "in" of "one in four": readers take "uno de cada cuatro" for a share
but "dos de cada 10" and "212 su 315" for two counts."""


_QUALIFIED = "(?:" + "|".join(
    rf"(?<=\b(?i:{word})\x20)" for word in ("about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under", "than")
) + ")"
"""A fraction after a word that qualifies it ("about one third to GDP", "just under half in
services") is a share without its "of"."""


@functools.cache
def _fraction_re(language: str = ENGLISH) -> re.Pattern:
    cards = _alternation(list(cardinal_words(language)))
    parts = _alternation(list(load_lexicon("numbers_fractions.tsv")))
    return re.compile(
        rf"{_NOT_A_PERIOD}\b(?P<half>(?i:half))(?=[ \t]+of\b)|{_QUALIFIED}(?P<qhalf>(?i:half))\b(?![ \t-]+(?:(?i:year|day|month|hour|time)s?|an?)\b)"
        rf"|\b(?P<by>(?<=\bby\x20))?(?P<q>{_QUALIFIED})?(?i:(?P<num>a|{cards}|\d+)(?:(?P<hyphen>-)|[ \t]+)(?P<part>{parts}))\b(?(hyphen)|(?(by)|(?(q)|(?=[ \t]+(?:of|de|des|du|da|do|dos|das)\b|[ \t]*\([ \t]*\d))))"
        rf"|\b(?i:(?P<n>{cards}|\d+|{_ONE})(?:[ \t]+|-)(?:in(?:[ \t]+every)?|out[ \t]+of(?:[ \t]+every)?|of[ \t]+every|de[ \t]+cada|em[ \t]+cada|sur|su|op|von)(?:[ \t]+|-)(?P<d>{cards}|\d+|(?:a[ \t]+)?(?:hundred|thousand)))\b(?![.,]?\d)"
        rf"|\b(?i:one)(?=(?:[ \t]+[a-z]+){{1,2}}[ \t]+in[ \t])(?P<around>(?:[ \t]+[a-z]+){{1,2}}?)[ \t]+in[ \t]+(?P<ad>{cards}|\d+)\b(?![.,]?\d|[ \t]+(?!was\b|has\b|does\b)[a-z]{{2,}}s\b)"
        r"|(?<![\d.,/])(?P<whole>\d{1,3})[ \t]+(?P<mn>[1-9])/(?P<md>[2-9]|1[0-6])(?![\d/]|[.,]\d)"
        r"|(?<![\d.,/])(?P<sn>\d{1,3})(?:\u2044(?P<sd>\d{1,4})(?![\d.,]\d|\d)|/(?P<slash>\d{1,2})(?:st|nd|rd|th)?s?(?=[ \t]+of\b))"
        rf"|\b(?i:(?P<fold>{cards})fold)\b"
        r"|(?<![\d.,])(?P<ratio>\d{1,4}(?:\.\d+)?)(?:[ \t]+|-)to(?:[ \t]+|-)1\b(?![\d.,]\d)"
    )


_NOT_COUNTED = frozenset({"of", "is", "was", "or", "and", "day", "year", "time", "way"})
"""Words between "one" and "in" that make no share of the kind "one young person in five":
"one of them in two", "one day in ten" (a time, not a part of people)."""


_RATIO = re.compile(r"\bratios?\b", re.I)
_RATIO_AFTER = re.compile(r"[ \t]+ratios?\b", re.I)
_RATIO_REACH = 80


def _fraction(m: re.Match) -> Atom | None:
    """ "a third of", "two-thirds", "rose by a third", "one in ten" (Spanish "uno de cada diez",
    French "un sur dix"), "2⁄3", "1/3 of", "2/3rd of": a share written as a
    fraction, unit `other`; a mixed number ("3 1/2 days"), its unit still to be read after it; a
    multiple written as one word ("threefold"); a ratio written "56 to 1" after the word
    "ratio", or "3-to-1" before it."""
    if m.group("half") or m.group("qhalf"):
        return Atom(m.start(), m.end(), m.start(), m.end(), 0.5, 1.0, "other", True)
    if m.group("ratio"):
        named = _RATIO.search(m.string, max(0, m.start() - _RATIO_REACH), m.start()) or _RATIO_AFTER.match(m.string, m.end())
        return Atom(m.start(), m.end(), m.start(), m.end(), float(m.group("ratio")), 1.0, "other", False) if named else None
    if m.group("around"):
        den = parse_value(m.group("ad"))
        if m.group("around").strip().lower() in _NOT_COUNTED or not den or den <= 1 or YEAR_MIN <= den <= YEAR_MAX:
            return None
        return Atom(m.start(), m.end(), m.start(), m.end(), 1 / den, 1.0, "other", True)
    if m.group("fold"):
        return Atom(m.start(), m.end(), m.start(), m.end(), parse_value(m.group("fold")), 1.0, "other", True)
    if m.group("whole"):
        num, den = float(m.group("mn")), float(m.group("md"))
        whole = float(m.group("whole"))
        return Atom(m.start(), m.end(), m.start(), m.end(), whole + num / den, 1.0, None, False) if num < den else None
    if m.group("sn"):
        num, den = float(m.group("sn")), float(m.group("sd") or m.group("slash"))
        return Atom(m.start(), m.end(), m.start(), m.end(), num / den, 1.0, "other", True) if 0 < num < den else None
    if m.group("part"):
        if m.group("part").lower().startswith("quarter") and _COUNTED_QUARTERS.search(m.string, max(0, m.start() - 20), m.start()):
            return None
        num = 1.0 if m.group("num").lower() in ("a", "one") else parse_value(m.group("num"))
        den = load_lexicon("numbers_fractions.tsv")[m.group("part").lower()]
    else:
        if "out" in m.group().lower() and m.group("n")[0].isdigit():
            return None
        d = re.sub(r"^a[ \t]+", "", m.group("d").lower())
        one = re.fullmatch(_ONE, m.group("n"), re.I) is not None
        if not one and _FOREIGN_IN.search(m.group()):
            return None
        num = 1.0 if one else parse_value(m.group("n"))
        den = _ROUND_DENOMINATORS.get(d) or parse_value(d)
    if not num or not den or num >= float(den) or YEAR_MIN <= float(den) <= YEAR_MAX:
        return None
    return Atom(m.start(), m.end(), m.start(), m.end(), num / float(den), 1.0, "other", True)


@functools.lru_cache(maxsize=2)
def atoms(text: str) -> tuple[Atom, ...]:
    """Every number-shaped span of the text, in order; a fraction ("two-thirds", "one in
    ten") is one atom, not its number words; a spaced table row's cells as its table cuts
    them (spaced_rows.py); a Swahili number as Swahili orders it (swahili.py). Kept for the
    last texts: the NUMBER and YEAR extractors both
    read them, and the scan is one of the costliest steps."""
    from . import swahili

    language = language_of(text)
    fractions = [a for a in map(_fraction, _fraction_re(language).finditer(text)) if a is not None]
    fractions += swahili.atoms(text) if language == "sw" else []
    cells = [Atom(a, b, a, b, value, 1.0, None, False) for a, b, value in merged_numbers(text)]
    fractions += _percent_before(text) + _split_shares(text)
    plain = [a for a in map(_atom, _atom_re(language).finditer(text)) if a is not None]
    plain = [piece for a in plain for piece in _split_after_a_label(text, a, language)] + _glued_to_labels(text, language)
    fractions += _german_lengths(text, language)
    plain = [a for a in plain if not any(f.start < a.end and a.start < f.end for f in fractions + cells)]
    return tuple(_spelled_groups(text, sorted(fractions + cells + [_half_after_unit(text, a) for a in plain], key=lambda a: a.start)))


@functools.cache
def _german_length_re() -> re.Pattern:
    cards = _alternation(list(cardinal_words("de")))
    return re.compile(rf"\b(?P<n>\d{{1,2}}|(?i:{cards}))-?(?i:jährig|monatig|wöchig|tägig|stündig)(?:e[nmrs]?)?\b")


def _german_lengths(text: str, language: str) -> list[Atom]:
    """ "die vierjährige Ausbildung", "ein 6-monatiges Praktikum": a length of time German
    glues into one adjective with its number, a duration spanning the word."""
    if language != "de":
        return []
    found = []
    for m in _german_length_re().finditer(text):
        n = m.group("n")
        value = float(n) if n.isdigit() else parse_value(n.lower())
        if value:
            found.append(Atom(m.start(), m.end(), m.start(), m.end("n"), value, 1.0, "duration", not n.isdigit()))
    return found


@functools.cache
def _half_after_unit_re() -> re.Pattern:
    durations = [t for t, u in load_lexicon("numbers_units.tsv").items() if u == "duration"]
    return re.compile(rf"[ \t]+(?i:{_alternation(durations)})[ \t]+(?:y|e|et)[ \t]+(?:medio|media|meio|meia|demie?|mezzo|mezza)\b")


def _half_after_unit(text: str, atom: Atom) -> Atom:
    """ "tres meses y medio", "três anos e meio", "deux ans et demi", "due anni e mezzo": the
    Romance languages give a time its half after the unit, and the number runs on to it."""
    m = _half_after_unit_re().match(text, atom.end) if atom.unit is None and atom.currency is None else None
    if m is None:
        return atom
    return replace(atom, end=m.end(), value=atom.value + 0.5 * atom.scale, unit="duration")


_RANGE_ON = re.compile(r"[ \t]*[-–][ \t]*\d")


def _spelled_groups(text: str, found: list[Atom]) -> list[Atom]:
    """ "5 million 508 thousand 572", "29 million 879 thousand 397 pesos", "Rs 484 crore 22
    lakh", Arabic "410 ألف و415" (its "and" glued to the next group): a number written group by group, each group under a larger scale than the next
    (a sum's currency before its first), is one number, and so is
    "99 mil 360 millones" (`_thousand_of_millions`); a range
    opening after a scale word is not its last group ("35 million 16-29 year-olds")."""
    out: list[Atom] = []
    for atom in found:
        last = out[-1] if out else None
        if (
            last is not None and (
                last.unit is None and last.currency is None
                or last.currency is not None and atom.scale > 1 and atom.unit is None and atom.currency is None
            )
            and last.scale >= 1e3 and text[last.end : atom.num_start] in (" ", " و") and atom.value < last.scale
            and (atom.scale > 1 or atom.value < 1000) and float(last.value / last.scale).is_integer() and not atom.in_words
            and not _RANGE_ON.match(text, atom.end)
        ):
            total = last.value + atom.value
            out[-1] = Atom(last.start, atom.end, last.num_start, atom.num_end, total, atom.scale, atom.unit or last.unit, False,
                           atom.currency or last.currency)
        elif last is not None and _thousand_of_millions(text, last, atom):
            total = (last.value + atom.value / atom.scale) * atom.scale
            out[-1] = Atom(last.start, atom.end, last.num_start, atom.num_end, total, atom.scale, atom.unit, False, atom.currency)
        elif last is not None and _romance_compound(text, last, atom):
            out[-1] = Atom(last.start, atom.end, last.num_start, atom.num_end, last.value + atom.value, 1.0, atom.unit,
                           True, atom.currency)
        else:
            out.append(atom)
    return out


_MIL = re.compile(r"[ \t]+mil[ \t]+", re.I)
_ROMANCE_AND = re.compile(r"[ \t]+(?:y|e|et)[ \t]+", re.I)


def _romance_compound(text: str, last: Atom, atom: Atom) -> bool:
    """ "treinta y cinco", "vinte e três", "duzentos e cinco", "dois mil e quinhentos", "mil e
    67": Spanish, Portuguese and French join a number's parts in words with "y", "e" or "et",
    tens before units, hundreds before less than a hundred, thousands before less than a
    thousand; "entre cinco e dez" joins no number."""
    if not last.in_words or last.unit or last.currency or atom.scale != 1 or _ROMANCE_AND.fullmatch(text, last.end, atom.num_start) is None:
        return False
    left, right = last.value, atom.value
    return (
        20 <= left < 100 and left % 10 == 0 and 0 < right < 10
        or 100 <= left < 1000 and left % 100 == 0 and 0 < right < 100
        or left >= 1000 and left % 1000 == 0 and 0 < right < 1000
    )


def _thousand_of_millions(text: str, last: Atom, atom: Atom) -> bool:
    """ "99 mil 360 millones": Spanish thousands of millions written as two groups, the
    first under "mil" and the second under the larger scale both share (99,360 million)."""
    return (
        last.scale == 1e3 and last.currency is None and last.unit is None and not last.in_words and not atom.in_words
        and _MIL.fullmatch(text, last.num_end, atom.num_start) is not None
        and atom.scale >= 1e6 and atom.num_start == atom.start and (atom.value / atom.scale) < 1000
    )


_GLUED_LABEL = re.compile(r"^[ \t]*[A-Z][a-z]+(?:[ -][a-z]+)*(?<=[a-z]{3})(?=\d)", re.M)


_NOT_A_LABELS_VALUE = re.compile(r"[ \t]*(?:[A-Z]|\d|\.[A-Za-z])")


_PERCENT_BEFORE = re.compile(r"(?<![\d\w%])(?<!\d\x20)(?:%\x20?|(?i:yüzde)[ \t]+)(?P<n>\d{1,3}(?:[.,]\d+)?)(?![\d%]|[.,]\d)")


def _percent_before(text: str) -> list[Atom]:
    """A share with its per cent sign or word before the figure, as Turkish writes it ("%80",
    "% 10", "yüzde 47"); an atom of its own, as a fraction is."""
    out = []
    for m in _PERCENT_BEFORE.finditer(text):
        value = parse_value(m.group("n"))
        if value is not None:
            out.append(Atom(m.start(), m.end(), m.start("n"), m.end(), value, 1.0, "percent", False))
    return out


_SPLIT = re.compile(r"(?<![\w.,/:-])(?P<a>[1-9]\d?)/(?P<b>[1-9]\d?)(?![\w/:-]|[.,]\d)")


def _split_shares(text: str) -> list[Atom]:
    """A whole split in two shares that add up to a hundred ("theory and practice 40/60",
    "a 70/30 split"): two percentages. A date, a score or "24/7" never sums to 100."""
    out = []
    for m in _SPLIT.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a + b == 100:
            out += [Atom(*m.span(part), *m.span(part), float(value), 1.0, "percent", False) for part, value in (("a", a), ("b", b))]
    return out


_LABEL_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]$")


def _split_after_a_label(text: str, atom: Atom, language: str) -> list[Atom]:
    """ "Level 2, 758 at Level 3": after a capitalised word that labels the first figure, a
    comma and a space part two numbers rather than split one's thousands ("reached 27, 481",
    "About 1, 700": a function word labels nothing)."""
    comma = text.find(", ", atom.num_start, atom.num_end)
    label = _LABEL_BEFORE.search(text, max(0, atom.start - 20), atom.start) if comma >= 0 else None
    if label is None or label.group().strip().lower() in stop_words(ENGLISH):
        return [atom]
    pattern = _atom_re(language)
    pieces = [pattern.match(text[: comma], atom.num_start), pattern.match(text, comma + 2)]
    return [a for a in (_atom(m) for m in pieces if m) if a is not None]


def _glued_to_labels(text: str, language: str) -> list[Atom]:
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
        m = _atom_re(language).match(rest)
        if m and not _NOT_A_LABELS_VALUE.match(rest, m.end()) and (atom := _atom(m)) is not None:
            shift = label.end()
            out.append(replace(atom, start=atom.start + shift, end=atom.end + shift,
                               num_start=atom.num_start + shift, num_end=atom.num_end + shift))
    return out
