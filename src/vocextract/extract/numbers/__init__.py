"""NUMBER mentions: values in digits or words, with scale, unit, range and qualifier.

Candidates ("atoms") come from one regular expression over the original text built from the
word lists in `patterns/numbers_*.tsv`: an optional currency sign, digits or number words,
an optional scale word, an optional percent or currency word. Atoms joined by a dash become
ranges; the parse is only read for context (what a number counts, whether a four-digit
number is a year), never to find a number. In Chinese text a number glued to Han
characters is read by `han` instead, after its classifier ("19个国家").

The package is cut by stage: `currencies` (the currency lexicon), `atoms` (the regex and
values), `kept` (which atoms are numbers), `ranges`, `money` (whose money a shared sign
is); `extract` here runs them and links each number to what it counts. Underscored names
are shared inside the package only.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import han, places
from ..countries import gazetteer, main_country, named
from ..language import language_of
from ..mention import Mention, Prepared, Quantity, is_money
from ..table_units import cell_units, scale_captions, unit_at
from .atoms import (
    Atom, YEAR_MAX, YEAR_MIN, _COMMA_THOUSANDS, _DOT_THOUSANDS, _LABEL_CHARS, _NOUN_HEADS,
    _PERCENT_TOKENS, atoms, parse_value, words_value,
)
from .currencies import _local_currencies, dollar_of, local_currency
from .kept import _idiom_re, _kept, _name_re, _slogan_words, clock_times, qualifier, reads_as_year, unit_after, unit_before
from .money import (
    _bulleted_units, _currency_country, amounts_after, lakh_amount, _elided_units, _list_units, _restated_units, _table_currency,
    converted_amounts, named_money, national_currency,
)
from .ranges import _partner, _persons_age, _ranges, is_age


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


_STATISTIC = re.compile(r"(?<![\w/^])(?P<name>[^\W\d_][\w/’'.^-]{0,20})[ \t]*[=><≥≤][ \t]*$")
_STATISTIC_NAME = re.compile(
    r"(?:[A-Z][A-Z0-9²]*|[a-zA-Z]|[α-ωΑ-Ω])(?:\^\d|_[A-Za-z]+)?|[\w’'.-]+/[\w’'.-]+|(?i:mean|median|alpha|beta|equation|coefficient|ratio)"
)
_STATISTIC_REACH = 30


def _statistic_before(text: str, start: int) -> bool:
    """A value a statistic's name (in capitals, one letter, Latin or Greek, with its power or
    subscript, a ratio of two, or a word such as "mean") is set equal to or compared with
    ("CFI = 0.94", "c2/df = 2.13", "CR>0.80", "R^2=0.575", "β=0.781", "F_count=123.4",
    "p < 0.05"): a measure, not a count. What is counted stays a count ("n = 298", "Other
    students >400", "Total Beneficiaries = 289")."""
    m = _STATISTIC.search(text, max(0, start - _STATISTIC_REACH), start)
    return bool(m) and m.group("name").lower() not in _COUNTED_NAMES and bool(_STATISTIC_NAME.fullmatch(m.group("name")))


_COUNTED_NAMES = frozenset({"n", "no", "nr"})
_LANGUAGE_COUNTRY = {"da": "DNK", "nb": "NOR", "sv": "SWE"}
"""The country whose crowns a text in its language means when it names no country that pays
in them ("45,3 millioner kroner" in a Norwegian page about projects in Malawi is NOK)."""
_LANGUAGE_WORD_COUNTRY = {"es": "MEX"}
"""The country whose pesos a Spanish text means when it names none that pays in them: Mexico,
where most Spanish is written ("750 pesos" in a Guanajuato paper). A sign ("$") keeps its own
rules."""


def _mention(
    prep: Prepared, low: Atom, high: Atom | None, chunks: dict[int, Span], partner: Atom | None = None,
    column: tuple[str, float] | None = None, listed: str | None = None, country: str | None = None,
    dotted: bool = False, own_dollar: bool = False,
) -> Mention:
    last = high or low
    term = low.currency or last.currency or (partner.currency if partner is not None and low.unit is None else None)
    language = language_of(prep.text) if term else None
    local = local_currency(term, country) or (dollar_of(country) if own_dollar and term == "$" else None) or (
        local_currency(term, _LANGUAGE_COUNTRY.get(language)) if term else None
    ) or (local_currency(term, _LANGUAGE_WORD_COUNTRY.get(language)) if term and term.isalpha() else None)
    start = low.start
    if local:
        low, last = replace(low, unit=local), replace(last, unit=local)
    elif low.currency and low.unit is None and low.start < low.num_start:
        start = low.num_start
    stated = column if column and low.unit in (None, column[0]) and low.scale == 1 and not high else None
    if stated and stated[0] == "percent" and abs(low.value) > 100:
        stated = None
    unit = (
        low.unit or last.unit or unit_after(prep.text, last.end) or (stated and stated[0])
        or ("duration" if is_age(prep.text, low.start, last.end) else None) or (partner and partner.unit) or listed
        or (not high and unit_before(prep.text, low.start, low.value))
        or ("duration" if not high and _persons_age(prep, low) else None)
        or ("other" if _statistic_before(prep.text, low.start) or prep.text[low.num_start] == "." else None)
        or "count"
    )
    borrows = high is not None and low.scale == 1 and low.value * last.scale <= last.value
    scale = partner.scale if partner else (last.scale if borrows else (stated[1] if stated else 1))
    if (not high or dotted) and (dotted or unit == "count" or low.scale != 1 or low.currency) and _thousands_point(prep.text, low, dotted):
        scale *= 1000
    value = low.value * scale
    high_value = high.value * (1000 if dotted and _thousands_point(prep.text, high, dotted) else 1) if high else None
    end = last.end
    if unit == "duration" and not high and value.is_integer() and (half := _UNIT_AND_A_HALF.match(prep.text, end)):
        value, end = value + 0.5, half.end()
    if is_money(unit) and prep.text[end - 1 : end].isalpha():
        end = _currency_demonym_end(prep.text, end)
    reading = Quantity(_decimal(value), high_value and _decimal(high_value), unit, qualifier(prep.text, low.start, end), quantified(prep, last, chunks))
    return Mention("NUMBER", start, end, reading)


def _decimal(value: float) -> float:
    """The value as its decimal digits say it: "8.2 million" is 8200000, not the
    8199999.999999999 that binary floating point makes of 8.2 × 10⁶."""
    return float(f"{value:.15g}")


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _currency_demonym_end(text: str, end: int) -> int:
    """The end of a currency's name that a country's adjective closes, as Romance languages
    write it after the word ("60 millions de riyals saoudiens", "5 millones de dólares
    canadienses")."""
    m = _WORD_AFTER.match(text, end)
    entry = gazetteer().get(m.group(1)) if m else None
    return m.end() if entry is not None and entry.form == "adjective" and m.group(1).islower() else end


_UNIT_AND_A_HALF = re.compile(r"[ \t]+(?i:years?|months?|weeks?|days?|hours?)[ \t]+and[ \t]+a[ \t]+half\b")
"""A half after the unit ("two months and a half"): one duration of 2.5, its span to "half"."""


_POINT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_DECIMAL_COMMA_SCALE = re.compile(r"[ \t\u00a0]*(?i:millones|millón|milhões|milhão|bilhões|milliards?|millionen|milliarden|mio|mrd|miljoen|miljard)\b")
"""Scale words of languages that write decimals with a comma: before one, "1.200 millones"
is 1,200 million (English would write "1.2 million")."""


_PEOPLE = re.compile(r"\b(?i:employees|staff|students|pupils|workers|people|persons|inhabitants|members|apprentices|"
                     r"trainees|teachers|graduates)\b")


_THINGS_AFTER = re.compile(r"(?:[A-Za-zà-ÿ][a-zà-ÿ]*[ \t]+){0,2}(?!(?i:years|months|weeks|days|hours|minutes|points|times)\b)[A-Za-zà-ÿ][a-zà-ÿ]{2,}s\b")


def _writes_dot_thousands(text: str) -> bool:
    """A document that writes "2.328.581" and never "2,328,581" uses the point for thousands;
    so does one whose every number with a point has three digits after it ("100.000 et
    300.000 jeunes", "63.308 places"), two or more of them, none a point before one, two or
    four digits and none before a scale or a percent sign ("£3.580 billion", "15.571%" are
    decimals); in a language with decimal commas, most of them will do, even one alone ("lag
    bei 44.130"). Section numbers
    ("A4.6.1") are neither."""
    if _COMMA_THOUSANDS.search(text):
        return False
    found = list(re.finditer(r"(?<![\d.,])[\d.,]+\d", text))
    if any(_DOT_THOUSANDS.fullmatch(m.group()) for m in found):
        return True
    pointed = [m for m in found if m.group().count(".") == 1 and "," not in m.group()]
    thousands = [
        m for m in pointed
        if _POINT_THOUSANDS.fullmatch(m.group()) and not m.group().startswith("0.") and not _SCALED.match(text, m.end())
    ]
    if thousands and len(thousands) >= _MOSTLY * len(pointed) and decimal_comma_language(text):
        return True
    return len(pointed) >= 2 and len(thousands) == len(pointed)


_MOSTLY = 0.8
_ENGLISH_WORDS = frozenset("the and of to in is that for with was on are by this from".split())
_DECIMAL_COMMA_WORDS = frozenset(
    "het een van zijn voor niet und der die das ist mit für von nicht auch og av er på til som med det för och är "
    "les des est une dans pour sur los las por una con para del não uma com também "
    "của và các là được trong cho với những này không người một "
    "się jest oraz które który przez dla także również".split()
)


def decimal_comma_language(text: str) -> bool:
    """Whether the text is written in a language that puts a comma before decimals and a
    point between thousands (German, Dutch, the Nordic and Romance languages, Polish, Vietnamese,
    Turkish and the Central European languages `language_of` tells apart): more of its
    common short words are theirs than English ones. There "475.000 mbo-studenten" is
    475,000 even where a slip ("24.6576") breaks the pattern once."""
    if language_of(text) in _TOLD_DECIMAL_COMMA:
        return True
    words = re.findall(r"[^\W\d_]+", text.lower())
    foreign = sum(w in _DECIMAL_COMMA_WORDS for w in words)
    return foreign > sum(w in _ENGLISH_WORDS for w in words)


_TOLD_DECIMAL_COMMA = frozenset({
    "cs", "sk", "hu", "ro", "hr", "sl", "tr", "et", "lv", "lt", "id", "sq", "ca", "gl", "vi", "fi", "is", "az", "uz",
    "nl", "af", "de", "it", "pl", "da", "nb", "sv",
})
"""Languages `language_of` tells that write decimal commas too ("40.000 prosvetnih radnika",
"ortalama 700.000 kadardır", "14.220 siswa", "meer dan 3.500 leerlingen", whose "in", "is"
and "was" English shares); not Spanish or Portuguese, which Mexico and Central America write
with decimal points."""


_SCALED = re.compile(r"[ \t]*(?:(?i:million|billion|trillion|bn|mn|m|crore|lakh|per[ \t]?cent)\b|%)")


def _reads_an_index(text: str, atom: Atom) -> bool:
    """ "the index was 1.234", "12.345 points": a reading on a scale, whose point is a decimal
    point even where counts write thousands with points (`patterns/numbers_index_nouns.tsv`)."""
    before = re.findall(r"[A-Za-z]+", text[max(0, atom.start - _LABEL_CHARS) : atom.start])
    nouns = load_lexicon("numbers_index_nouns.tsv")
    return any(w.lower() in nouns for w in before[-3:]) or bool(re.match(r"[ \t]*points?\b", text[atom.end :]))


_THREE_DECIMAL_CURRENCIES = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
"""Currencies whose minor unit is a thousandth (ISO 4217): the only money a point before three
digits can be a decimal of."""


def _thousands_point(text: str, atom: Atom, dotted: bool) -> bool:
    """ "121.488 employees", "Students<TAB>17.142", "1.362 estudantes", "3.328 banking
    branches", "49.050 euros": a point before three digits in a count of people or of things (a
    plural noun after it, in any language) or in a sum of money in hundredths is a thousands
    separator, as in German or Portuguese; no one counts 121.488 people; but "42.982 million persons" is a decimal before its scale, unless
    the scale word is of a language with decimal commas ("¢1.200 millones"). In a
    document that writes its thousands with points (`dotted`) every such number is one."""
    if not _POINT_THOUSANDS.fullmatch(text[atom.num_start : atom.num_end]):
        return False
    if dotted:
        return not _reads_an_index(text, atom)
    if atom.scale != 1:
        return bool(_DECIMAL_COMMA_SCALE.match(text, atom.num_end))
    if atom.unit and atom.unit.isupper() and atom.unit not in _THREE_DECIMAL_CURRENCIES:
        return True
    line_start = text.rfind("\n", 0, atom.start) + 1
    label = text[line_start : atom.start] if atom.start - line_start <= _LABEL_CHARS else ""
    return bool(_PEOPLE.search(label) or _PEOPLE.match(text, atom.end + 1) or _THINGS_AFTER.match(text, atom.end + 1))


def extract(prep: Prepared) -> list[Mention]:
    """NUMBER mentions: every number-shaped span kept as a number (not a year, label,
    identifier or idiom), with its value fully scaled, its range, unit and qualifier, and
    the noun phrase it counts."""
    text = prep.text
    idioms = [m.span() for m in _idiom_re().finditer(text)] + [m.span() for m in _name_re().finditer(text)] + scale_captions(text) + clock_times(text)
    slogans = _slogan_words(text)
    found = [a for a in atoms(text) if not han.glued(text, a.start, a.end) and _kept(prep, a, idioms, slogans)]
    chunks = _noun_chunks(prep.doc)
    pairs = _ranges(text, found)
    cells = cell_units(text, _table_currency(prep))
    home = functools.cache(lambda: national_currency(main_country(prep)))
    listed = _bulleted_units(text, pairs) | _list_units(text, pairs) | _restated_units(text, pairs) | _elided_units(text, pairs) | converted_amounts(text, pairs, home)
    carried = amounts_after(text, pairs)
    shared = any(a.currency in _local_currencies() for a in found)
    main, countries = (main_country(prep), named(prep)) if shared else (None, [])
    money = named_money(found) if shared else set()
    placed = [(a, iso3) for a, _, iso3, _ in places.places_in(text)] if shared else []
    dotted = _writes_dot_thousands(text)
    own_dollar = shared and decimal_comma_language(text)
    out: list[Mention] = []
    for i, (low, high) in enumerate(pairs):
        unit = listed.get(i) or (out[carried[i]].fields.unit if i in carried else None) or lakh_amount(text, high or low, home)
        out.append(_mention(prep, low, high, chunks, _partner(text, pairs, i), unit_at(cells, low.start), unit,
                            _currency_country(prep, low, countries, main, money, placed, own_dollar), dotted, own_dollar))
    return out + [
        Mention("NUMBER", start, end, Quantity(value, None, unit, qualifier, None))
        for start, end, value, unit, qualifier in han.numbers(text)
    ]


__all__ = ["YEAR_MAX", "YEAR_MIN", "atoms", "extract", "is_age", "local_currency",
           "parse_value", "quantified", "reads_as_year", "words_value"]
