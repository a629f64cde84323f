"""Which atoms are numbers: not a year, a name ("Three Gorges"), a compound adjective, an
idiom or a historic year; the cues before a number (qualifiers, year or count cues)."""

from __future__ import annotations

import functools
import re

from ...patterns import load_lexicon
from ..countries import gazetteer
from ..language import ENGLISH, language_of
from ..mention import Prepared
from ..structure import FOREIGN_MONTHS
from ..units import alternation, spellings
from .atoms import Atom, YEAR_MAX, YEAR_MIN, _LIFESPAN, _MONTH_BEFORE, _NUMBER_DEPS, _SHORT_YEAR
from .currencies import _alternation, _currencies


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
    """"more than 10" and "CR>0.80" -> more_than; "10 or more" and "10+" -> at_least; None if
    unqualified."""
    found = _cue_before(text, start, "numbers_qualifiers.tsv")
    if found:
        return found
    if sign := _SIGN_BEFORE.search(text, max(0, start - 3), start):
        return _SIGNS[sign.group(1)]
    if _PLUS_AFTER.match(text, end):
        return "at_least"
    m = _cue_re("numbers_qualifiers_after.tsv", after=True).match(text, end)
    return load_lexicon("numbers_qualifiers_after.tsv")[re.sub(r"\s+", " ", m.group().strip()).lower()] if m else None


_PLUS_AFTER = re.compile(r"\+(?![\d+])")
_SIGN_BEFORE = re.compile(r"(?<![-=<>])([><≥≤])[ \t]*$")
_SIGNS = {">": "more_than", "<": "less_than", "≥": "at_least", "≤": "up_to"}
"""A comparison sign before a number, glued to what it compares too ("CR>0.80"); not an
arrow ("->")."""


@functools.cache
def _unit_word_re() -> re.Pattern:
    units = [t for t, u in load_lexicon("numbers_units.tsv").items() if u != "percent"]
    return re.compile(
        rf"(?:[^\S\n]+|[^\S\n]?[-\u2010\u2011](?:[ \t](?=[a-z]))?|[^\S\n]*\n[^\S\n]*(?=[a-z]))(?:(?:academic|calendar|consecutive|full|working|school|financial|fiscal|extra|additional|further)\s+)?(?P<unit>(?i:{_alternation(units)}))\b(?!-(?!olds?\b|long\b))"
    )


@functools.cache
def _per_measure_re() -> re.Pattern:
    units = spellings()
    measures = rf"(?i:{alternation(units.names)})|{alternation(units.symbols)}"
    return re.compile(rf"[ \t]+[A-Za-z-]+[ \t]*(?:/|\bper\b)[ \t]*(?:{measures})(?![A-Za-z])")


_SCORED_BY = re.compile(
    r"(?:\b(?:points|score)[ \t]+(?:of|is|was|were|are)|\b(?-i:C?GPA)(?:[ \t]+(?:of|is|was|were|are))?)[ \t]+(?:about[ \t]+|around[ \t]+|over[ \t]+)?$", re.I
)


_STATED_BY = re.compile(
    r"(?<!exchange\x20)(?<!birth\x20)(?<!death\x20)(?<!mortality\x20)(?<!fertility\x20)(?<!crime\x20)"
    r"\b(?P<noun>percentage|proportion|share|rate|ratio)[ \t]+"
    r"(?:was|is|were|are|stood[ \t]+at|reached|(?:rose|fell|increased|decreased|dropped|grew|climbed|came|works?[ \t]+out)[ \t]+to)"
    r"[ \t]+(?:about[ \t]+|around[ \t]+|almost[ \t]+|nearly[ \t]+|over[ \t]+)?$",
    re.I,
)


_AFTER_POINTS = re.compile(r"\bpercentage[ \t]+points?[ \t]+(?:to|from)[ \t]+$", re.I)
"""A rate moved by percentage points: "fell 0.2 percentage points to 9.4" is a share."""


def unit_before(text: str, start: int, value: float) -> str | None:
    """The unit a bare figure takes from the measure it completes: "the percentage stood at
    81.2" and "the participation rate rose to 41.5" are shares, "the pupil/teacher ratio was
    7" a ratio ("other"), as is a score ("average points of 527.38", "an IELTS score of 6"); a
    birth or exchange rate is no share; a level moved "percentage points to" is one."""
    if _SCORED_BY.search(text, max(0, start - 40), start):
        return "other"
    if _AFTER_POINTS.search(text, max(0, start - 40), start) and 0 <= value <= 100:
        return "percent"
    m = _STATED_BY.search(text, max(0, start - 40), start)
    if not m:
        return None
    if m.group("noun").lower() == "ratio":
        return "other"
    return "percent" if 0 <= value <= 100 else None


_PER_BASE = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?per[ \t]+(?:1|10|100)(?:[ ,.]?000)+\b")
"""A rate per a power of ten ("72 per 10,000 people", "5.1 per 1,000 births", "13.4
apprentices per 1,000 employees")."""


def unit_after(text: str, end: int) -> str | None:
    """The unit a following word gives ("5.3 years" -> duration, past a qualifier: "40 y más
    años"; "3-month-long", not "three month-long courses", which counts them), if any; "other" for a density or yield ("5,243 trees/ ha", "21 bags per hectare") or a rate per thousands
    ("72 per 10,000 people")."""
    if _per_measure_re().match(text, end) or _PER_BASE.match(text, end):
        return "other"
    if qualified := _cue_re("numbers_qualifiers_after.tsv", after=True).match(text, end):
        end = qualified.end()
    m = _unit_word_re().match(text, end)
    if not m or text.startswith("-long", m.end()) and m.group()[0] != "-":
        return None
    units = load_lexicon("numbers_units.tsv")
    word = re.sub(r"\s+", " ", m.group("unit"))
    return units.get(word) or units.get(word.lower())


def reads_as_year(prep: Prepared, start: int, end: int) -> bool:
    """Whether a bare four-digit number in 1900-2099 is a year rather than a count.

    An ISO date's month and day after it make it a year. A count cue before it ("more than",
    "a total of") makes it a count; a year cue ("in",
    "since", "the"), an opening bracket ("(2014 est.)") or a year joined to it by "and" or
    "(up) to" a year, or a month's name in any language before it ("en novembre 2020 dans
    les métiers"); otherwise it counts only
    when it modifies a plural noun on its line ("2123 new programs") that a year does not
    commonly date ("2010 data", "2021 graduates"), and by default it is a year.
    """
    if _AFTER_A_YEAR.search(prep.text, max(0, start - 16), start) or _fiscal_year(prep.text, start, end):
        return True
    if _BEFORE_A_YEAR.match(prep.text, end) or _DATE_REST.match(prep.text, end):
        return True
    if _LITHUANIAN_YEAR.match(prep.text, end) and language_of(prep.text) == "lt":
        return True
    if _to_a_count(prep.text, end) or _among_counts(prep.text, start, end) or _a_count_s_other_end(prep.text, start, end):
        return False
    cue = _cue_before(prep.text, start, "years_cues.tsv")
    if cue:
        return cue == "year"
    if prep.text[max(0, start - 1) : start] == "(" or _year_row(prep.text, start):
        return True
    if _MONTH_BEFORE.search(prep.text, max(0, start - 16), start) or _FOREIGN_MONTH_BEFORE.search(prep.text, max(0, start - 24), start):
        return True
    return not _counts_a_plural(prep, start)


def _counts_a_plural(prep: Prepared, start: int) -> bool:
    """The number at `start` modifies a plural noun after it on its line ("2123 new programs",
    "attended by 1520 employees") that a year does not commonly date ("2010 data"). A word
    the tagger calls plural that neither ends in "s" nor has a singular is a foreign word it
    misread ("de 2022 hasta marzo")."""
    token = prep.token_at(start)
    if token is None:
        return False
    head = token.head
    plural = head.tag_ == "NNS" and (head.lower_.endswith("s") or head.lemma_.lower() != head.lower_)
    counts = token.dep_ in _NUMBER_DEPS and plural and head.i > token.i
    if counts and any("\n" in t.text_with_ws for t in token.doc[token.i : head.i]):
        return False
    return counts and head.lower_ not in load_lexicon("years_dated_nouns.tsv")


def _fiscal_year(text: str, start: int, end: int) -> bool:
    """A year followed by the next one, whole or by its last two digits ("2017-18", "2017/18
    financial years", "2020/'21", "curso 2024-2025"): a fiscal or school year, whatever noun it
    qualifies."""
    m = re.match(r"[-–/]['’]?(\d\d|(?:19|20)\d\d)(?![\d.,]?\d)", text[end : end + 7])
    if not m:
        return False
    after, year = int(m.group(1)), int(text[start:end])
    return after == year + 1 if len(m.group(1)) == 4 else after == (year + 1) % 100


_AFTER_A_YEAR = re.compile(r"\b(?:19|20)\d\d(?:[ \t]*(?:and|or|&|(?:up[ \t]+)?to|until|till|through|à|au|bis|tot|hasta|até)[ \t]*|[-–/])$")
"""A year joined to the year before it ("the September 2022 and 2023 quarters", "from 1995
up to 2016", "de 1982 à 2023", "schooljaar 2015-2016", "2017/2018 academic sessions"), whatever count cue stands between them."""

_TO_A_NUMBER = re.compile(r"[ \t]+([^\W\d_]{3,})[ \t]+(?:to|à|au|a|hasta|até|bis|tot)[ \t]+(\d{1,3}(?:[,.\x20]\d{3})+|\d{3,})[ \t]+\1\b")


_FROM_A_COUNT = re.compile(r"\bfrom[ \t]+(\d{1,3}(?:,\d{3})+|\d{3,})[ \t]+to[ \t]+$")
_DATED_AFTER = re.compile(r"[ \t]+in[ \t]+(?:19|20)\d\d\b")


def _a_count_s_other_end(text: str, start: int, end: int) -> bool:
    """ "went from 3000 to 1970": the end of a change from a number no year can be is a count;
    and so is "down from 2090 in 2015", a figure dated by the year after it."""
    m = _FROM_A_COUNT.search(text, max(0, start - 30), start)
    if m and not 1900 <= int(re.sub(r"\D", "", m.group(1))) <= 2099:
        return True
    return bool(_DATED_AFTER.match(text, end))


def _to_a_count(text: str, end: int) -> bool:
    """ "from 2000 places to 8000 places", "de 2000 élèves à 8000 élèves": a number whose noun
    comes again after "to" and a number no year can be is the low end of a range of counts,
    whatever cue stands before it."""
    m = _TO_A_NUMBER.match(text, end)
    if not m:
        return False
    value = int(re.sub(r"\D", "", m.group(2)))
    return value >= 100 and not 1900 <= value <= 2099


_FIGURE_RUN = re.compile(r"(?<!\S)(?:\d[\d,.]*[ \t]+)*\d[\d,.]*(?!\S)")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _among_counts(text: str, start: int, end: int) -> bool:
    """ "Total number of employees 2995 1500 2122 2011 3302 3236": the one year-like number in
    a run of bare figures, with figures on both sides, is a table row's count as they are; a
    run of years ("2005 2006 2007 2009") is a header, years between counts label their groups
    ("2011 364 51 2012 480 116"), one opening a run dates it ("Q4 2013 1,541,754 6.1"), and
    figures parted by commas are prose ("On May 4, 2021, 34 drivers graduated")."""
    line_start = text.rfind("\n", 0, start) + 1
    run = next((m for m in _FIGURE_RUN.finditer(text, line_start) if m.start() <= start and m.end() >= end), None)
    if run is None:
        return False
    written = run.group().split()
    if any(f.endswith((",", ".")) for f in written[:-1]):
        return False
    figures = [f.rstrip(",.") for f in written]
    at = len(text[run.start() : start].split())
    years = sum(bool(_YEAR_LIKE.fullmatch(f)) for f in figures)
    return years == 1 and 0 < at < len(figures) - 1


_DATE_REST = re.compile(r"-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)")
"""The month and day after a year in an ISO date ("2014-06-25"), whatever follows it."""

_LITHUANIAN_YEAR = re.compile(r"[ \t]+m\.")
"""Lithuanian "m." (metais, metų) after a year: "2022 m. įstaigos parengė"."""

_BEFORE_A_YEAR = re.compile(r"[ \t]+(?:à|au|bis|tot|hasta|até)[ \t]+(?:19|20)\d\d\b")
"""A year joined to the year after it by another language's "to" ("de 1982 à 2023", "von
2015 bis 2020"); an English "1500 to 2000" may be counts."""


_YEAR_ROW = re.compile(
    r"[ \t]*(?:[A-Za-z][^\t\n\d]*\t+)?(?:(?:19|20)\d\d[*a-z]?(?:[ \t]*\([A-Za-z .]+\))?(?:[ \t]+|$))+"
)


def _year_row(text: str, pos: int) -> bool:
    """A line of years, after a label cell at most ("\t2008\t2017\t2018", "Item\t2018\t2019
    (estimated)"): a table's header, not counts."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return bool(_YEAR_ROW.fullmatch(text, start, len(text) if end < 0 else end))


_FOOTNOTED_YEAR = re.compile(r"(?:19|20)\d\d\.[1-9](?=[ \t]*(?:\n|$))")
"""A year with a footnote's number glued after its point at the end of a line ("both 2018 and
2019.1"): the year, not a decimal."""


def _is_year_atom(prep: Prepared, atom: Atom) -> bool:
    digits = prep.text[atom.num_start : atom.num_end]
    if atom.bare and _FOOTNOTED_YEAR.match(prep.text, atom.num_start) and atom.num_end == atom.num_start + 6:
        return reads_as_year(prep, atom.num_start, atom.num_start + 4)
    return atom.bare and len(digits) == 4 and YEAR_MIN <= atom.value <= YEAR_MAX and reads_as_year(prep, atom.start, atom.end)


@functools.cache
def _name_re() -> re.Pattern:
    """Names that hold a number ("S&P 500", "FTSE 100"), as written."""
    return re.compile(rf"(?<![\w&])(?:{_alternation(list(load_lexicon('numbers_names.tsv')))})(?!\w)")


@functools.cache
def _idiom_re() -> re.Pattern:
    """Idioms, unless a percent or a time unit makes their number a quantity ("the one per
    cent levy", "the one-month course", "one or two year certificates") or a half joins it
    ("one to one-and-a-half years")."""
    measured = r"[ \t]*(?i:per[ \t]?cent\b|percent\b|%)|[- \t](?i:minute|hour|day|week|month|year)s?\b"
    return re.compile(rf"\b(?i:{_alternation(list(load_lexicon('numbers_idioms.tsv')))})\b(?!{measured}|-(?i:and)-)")


_CLOCK_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_CLOCK = re.compile(
    rf"\b(?i:at|by|until|till|from)[ \t]+(?i:{_CLOCK_WORDS}|1[0-2]|[1-9])(?:[ \t]+(?i:thirty|fifteen|forty-five))?"
    r"(?=[ \t]+(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night|o['’]clock)\b)"
)


_DATED_CLOCK = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d,?[ \t]+(?P<time>(?:[01]?\d|2[0-3])[.:][0-5]\d)\b(?![.,]?\d|[ \t]*%)")


def clock_times(text: str) -> list[tuple[int, int]]:
    """An hour of the day ("woke up at five in the morning", "by six o'clock", a page's
    "Publication date 24.1.2017 11.22"): a time, not a count."""
    return [m.span() for m in _CLOCK.finditer(text)] + [m.span("time") for m in _DATED_CLOCK.finditer(text)]


def _slogan_words(text: str) -> set[int]:
    """Starts of "one" repeated as a slogan: "one country, one policy", "one person, one
    solution". Larger numbers repeated are a list's counts ("seven centres, seven schools")."""
    out: set[int] = set()
    for m in re.finditer(r"\b(?i:(one|uno|una|um|uma))\s+[\w-]+(?:\s+[\w-]+)?\s*[,;]\s*(?i:\1)\b", text):
        out.update((m.start(1), m.end() - len(m.group(1))))
    return out


def _compound_adjective(text: str, atom: Atom) -> bool:
    """ "three-dimensional", "two-pronged", "Five-Year Plan": a number fused into an
    adjective. A measure stays one ("an 8-kilometre-long wall"), and so does a count fused
    with the noun it counts before another noun ("a 17-member board", "a four-nation tour",
    "a three-phase project"), and so does a time in digits in a headline, where every word
    is capitalised ("Nationwide 3-Month Torch Tour"; "Five-Year Plan" is a name), and so does
    a time in lower case before more hyphens ("a 3-month-long training", "three-year-old")."""
    m = re.match(r"-([A-Za-z]+)(?![A-Za-z])(?!(?<=-to)-\d)", text[atom.end : atom.end + 30])
    if not m or atom.unit is not None or m.group(1) in _TIME_UNITS and text.startswith("-long", atom.end + len(m.group())):
        return False
    headline = _title_case_line(text, atom.start) or _all_caps_line(text, atom.start)
    if headline and not atom.in_words and m.group(1).lower() in _TIME_UNITS:
        return False
    counted = re.match(r"-([a-z]+)[ \t]", text[atom.end : atom.end + 30])
    fused = counted.group(1) if counted else ""
    if counted and fused not in _currencies() and not (atom.in_words and (fused.endswith(_ADJECTIVE_ENDINGS) or _PART.fullmatch(fused))):
        return False
    return m.group(1)[0].isupper() or unit_after(text, atom.end) is None


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_ADJECTIVE_ENDINGS = ("al", "ic", "ed", "ing", "ary", "ous", "ful", "less", "ly", "ive", "ish")
_PART = re.compile(r"half|halves|quarters?|first|second|third|[a-z]+ths?")
"""A fraction's or an ordinal's second word ("one-half", "forty-third"), read elsewhere."""


def _in_name(text: str, atom: Atom) -> bool:
    """A number leading a run of capitalised words: "Three Gorges", a quoted "“365 Plan”",
    digits glued to a capitalised word ("Microsoft 4Afrika"); or a number word ending one
    ("Rio Doce", "National Certificate Two").

    A capitalised number word counts when it does not open a sentence and no country's
    adjective follows it ("Eleven Swedish universities" counts them); digits count when
    they open a quotation. In an all-capital or title-case headline capitals name nothing.
    """
    if atom.in_words and _quoted_title(text, atom.start):
        return True
    if _all_caps_line(text, atom.start) or _title_case_line(text, atom.start):
        return False
    after = re.match(r"[ \t]+([A-Za-z])", text[atom.end : atom.end + 3])
    leads = bool(after and after.group(1).isupper()) and not _country_adjective_after(text, atom.end)
    before = text[max(0, atom.start - 3) : atom.start].rstrip(" \t")
    if not atom.in_words:
        return leads and bool(before) and before[-1] in "\"“‘'" or _glued_to_a_name(text, atom)
    sentence_start = not before or before[-1:] in ".!?:\"“‘'(\n"
    romance = text[atom.num_start : atom.num_end].lower() in load_lexicon("numbers_words_romance.tsv")
    named = re.search(r"\b(?!(?:The|A|An|These|Those|Its|Their|Our|All|Some|About|Over)\b)[A-Z][a-z]+[ \t]+$", text[max(0, atom.start - 30) : atom.start])
    ends = named is not None and (romance or language_of(text) == ENGLISH and not _COUNTED_AFTER.match(text, atom.end))
    return text[atom.num_start].isupper() and not sentence_start and (leads or ends)


_QUOTED_TITLE = re.compile(r"[“\"‘]((?:[A-Z][a-z]+|and|of|the|for|&)(?:,?[ \t]+(?:[A-Z][a-z]+|and|of|the|for|&)){1,6})[”\"’]")


def _quoted_title(text: str, pos: int) -> bool:
    """ "“One Belt and One Road”", "the “Two Sessions”": a short phrase in quotes, every word
    capitalised but small ones, opened by a number word, is a slogan's or a policy's name,
    and its number words name, not count, even in a headline."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    for m in _QUOTED_TITLE.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if m.start(1) <= pos < m.end(1):
            first = m.group(1).split()[0].strip(",").lower()
            return first in load_lexicon("numbers_words.tsv")
    return False


_COUNTED_AFTER = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+)?(?:(?!(?:was|has|is|does|this|its|thus|plus|less|us|his|as)\b)[a-z]{2,}s|people|children|men|women)\b"
)
"""A plural right after a number word, or one word on ("Five cars", "Two years ago", "Seven
beneficiary regions"): the word counts them, even after a capitalised word."""


_GLUED_NAME = re.compile(r"[A-Z][a-z]{2,}")


def _glued_to_a_name(text: str, atom: Atom) -> bool:
    """ "Microsoft 4Afrika": one or two bare digits glued to a capitalised word are the word's
    start. A sum, a share or a figure with separators glued to the next label is a flattened
    table's cell ("9%Oman", "2,000Qualification Packs")."""
    return atom.unit is None and atom.currency is None and bool(re.fullmatch(r"\d{1,2}", text[atom.num_start : atom.num_end])) and bool(
        _GLUED_NAME.match(text, atom.end)
    )


def _country_adjective_after(text: str, pos: int) -> bool:
    """ "Eleven Swedish universities": the capitalised word after a number word is a country's
    adjective before what it counts, not a name's next word."""
    word = re.match(r"[ \t]+([A-Z][a-z]+)", text[pos : pos + 30])
    entry = gazetteer().get(word.group(1)) if word else None
    return entry is not None and entry.form == "adjective"


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]


def _all_caps_line(text: str, pos: int) -> bool:
    """An all-capital headline ("5 NATIONAL CENTRES"), where capitals say nothing about names."""
    line = _line_at(text, pos)
    return any(c.isupper() for c in line) and not any(c.islower() for c in line)


_TITLE_WORDS = re.compile(r"[A-Za-z][A-Za-z’'-]{3,}")


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in title case, every word of four letters or more capitalised and no full
    stop ending it ("Railway Employs Seven Hundred Lao Nationals"): capitals say as little
    about names there as in an all-capital one."""
    line = _line_at(text, pos).strip()
    words = _TITLE_WORDS.findall(line)
    return len(words) >= 3 and not line.endswith(".") and all(w[0].isupper() for w in words)


def _short_year(text: str, atom: Atom) -> bool:
    """The one- or two-digit end of a year span ("2015-19", "2006-7", "1973 – 76"); spaced
    around its dash, only with no word after it ("In 2000 – 61 units" is a count)."""
    span = _SHORT_YEAR.search(text, max(0, atom.start - len("2015 – ")), atom.start)
    return (
        atom.bare
        and atom.num_end - atom.num_start in (1, 2)
        and span is not None
        and not (" " in span.group() and re.match(r"[ \t]+[^\W\d_]", text[atom.end :]))
    )


def _historic_year(prep: Prepared, atom: Atom) -> bool:
    """ "founded in 1847", "1 October 1847", "May 28, 1847", "le 10 août 1786", "Fondation |
    1780", "1816–1826": a year before 1900 is neither a YEAR nor a count; one counting a
    plural noun is a count ("attended by 1520 employees")."""
    digits = prep.text[atom.num_start : atom.num_end]
    if not (atom.bare and len(digits) == 4 and 1000 <= atom.value < YEAR_MIN):
        return False
    text = prep.text
    if _counts_a_plural(prep, atom.start):
        return False
    return (
        _cue_before(text, atom.start, "years_cues.tsv") == "year"
        or bool(_MONTH_BEFORE.search(text, max(0, atom.start - 16), atom.start))
        or bool(_FOREIGN_MONTH_BEFORE.search(text, max(0, atom.start - 24), atom.start))
        or bool(_LIFESPAN.match(text, atom.end))
        or text[max(0, atom.start - 1) : atom.start] == "("
        or bool(_DATING_LABEL.search(text, max(0, atom.start - 40), atom.start))
        or bool(_HISTORIC_SPAN_START.search(text, max(0, atom.start - 8), atom.start))
    )


_DATING_LABEL = re.compile(
    r"\b(?:Established|[Ee]st\.|Founded|Incorporated|Chartered|Opened|Fondation|Fondée?|Création|Fundación|Fundada|"
    r"Fundado|Fundação|Gründung|Gegründet|Opgericht|Założona|Założony|Fondazione|Fondata|Fondato)"
    r"(?:[ \t]+by(?:[ \t]+[A-Z][a-z]+)+)?[ \t:|]*$"
)
"""A field label that dates a body ("Established 1870", "Founded by Charter 1881", an
infobox's "Fondation | 1780"): capitalised, as a label is, so that "established 200
centres" stays a count."""

_FOREIGN_MONTH_BEFORE = re.compile(rf"(?<![\w])(?:\d{{1,2}}(?:er|º|°|\.)?[ \t]+(?:de[ \t]+)?)?{FOREIGN_MONTHS}(?:[ \t]+de)?[ \t]+$")

_HISTORIC_SPAN_START = re.compile(r"(?<![\d.,])1[0-8]\d\d[ \t]?[–-][ \t]?$")
"""The start of a span of years before 1900 ("1816–1826"): its end is a year too."""


_STREET = re.compile(
    r"(?:[–-]\d+)?,?[ ]+(?:[A-Za-z][\w’'-]*[ ]+){1,3}"
    r"(?:(?:Road|Street|Avenue|Boulevard|Lane|Drive)|(?i:rd|ave|blvd|str)\.?)(?![\w-])"
)
"""A house number before its street: "6 ADB Avenue", "1310, Dagu south Rd", "53 Kabanbay batyr
ave", "6–12 X Street"; a name between, and the street word capitalised or abbreviated, so that "12 feeder road
projects" and "3 Road Safety campaigns" stay counts."""


def _street_number(text: str, atom: Atom) -> bool:
    return atom.bare and not atom.in_words and _STREET.match(text, atom.end) is not None


def _pronoun_one(prep: Prepared, atom: Atom) -> bool:
    """ "an older one", "the second one", "this one": "one" with a determiner of its own stands
    for a noun said before it; "one must acknowledge", "one does not need", "one's dream", "when one considers" and "for one to
    find" for anyone. It counts nothing."""
    token = prep.token_at(atom.num_start)
    if token is None or token.lower_ != "one" or atom.num_end - atom.num_start != 3:
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    clause = token.i > 0 and doc[token.i - 1].lower_ in _SUBORDINATORS and after is not None and after.tag_ == "VBZ"
    generic = token.dep_ == "nsubj" and (_MODAL_AFTER.match(prep.text, atom.num_end) is not None or clause)
    own = after is not None and after.text in ("'s", "’s") and after.i + 1 < len(doc) and doc[after.i + 1].pos_ == "NOUN"
    return generic or own or _for_one_to(token) or any(c.dep_ == "det" and c.i < token.i for c in token.children)


def _for_one_to(token) -> bool:
    """ "impossible for one to find employment": "one" as anyone, before "to" and a verb (not
    "for one to two years")."""
    doc, i = token.doc, token.i
    return 0 < i and i + 2 < len(doc) and doc[i - 1].lower_ == "for" and doc[i + 1].lower_ == "to" and doc[i + 2].tag_ == "VB"


_SUBORDINATORS = frozenset({"when", "if", "as", "once", "unless", "where", "whenever", "before", "after", "until"})


_MODAL_AFTER = re.compile(r"[ \t]+(?:must|should|can|cannot|could|may|might|would|will|does[ \t]+not|doesn['’]t|needs[ \t]+to|has[ \t]+to)\b")


_DOMAIN = re.compile(r"\.[a-z]{2,}\b")
"""A number glued to a point and a lower-case word is a web address's name ("24.kg")."""


_CHAIN = re.compile(r"(?<![\w.,–-])\d+(?:[–-]\d+){2,}(?![\w.,–-]?\d)(?![ \t]*(?:%|(?i:per[ \t]?cent|percent)\b))")


@functools.lru_cache(maxsize=8)
def _code_chains(text: str) -> list[tuple[int, int]]:
    """ "0411-06-030", "1895-12-18": three or more digit groups joined by hyphens and no
    percent after them are a code or a date, not numbers ("70-80-90 percent" are steps)."""
    return [m.span() for m in _CHAIN.finditer(text)]


_ZERO_ADJECTIVE = re.compile(
    r"(?i:zero)[ \t]+(?:(?:and|or)[ \t]+(?:[a-z]+[ \t]+){0,2})?"
    r"(?!(?:per|percent|in|on|at|by|to|of|for|from|with|and|or|is|was|are|were)\b)[a-z]+(?<!s)\b(?![ \t]*%|[ \t]+[a-z]+s\b)"
)
""""zero cost", "zero and low emission vehicle training", "zero or near zero cost": "zero"
before a singular noun or an adjective says none at all, as "no" would; it counts nothing
("zero students", "zero safety incidents" count them)."""


def _kept(prep: Prepared, atom: Atom, idioms: list[tuple[int, int]], slogans: set[int]) -> bool:
    text = prep.text
    if _is_year_atom(prep, atom) or _compound_adjective(text, atom) or _in_name(text, atom) or _short_year(text, atom):
        return False
    if _DOMAIN.match(text, atom.end) or _ZERO_ADJECTIVE.match(text, atom.start):
        return False
    if _historic_year(prep, atom) or _street_number(text, atom) or any(a <= atom.num_start < b for a, b in _code_chains(text)):
        return False
    if atom.in_words and (atom.num_start in slogans or _pronoun_one(prep, atom) or _portuguese_article(text, atom)):
        return False
    return not any(a <= atom.num_start and atom.num_end <= b for a, b in idioms)


_PORTUGUESE = re.compile(r"ção\b|ções\b|\bnão\b|\bsão\b|\buma\b")


def _portuguese_article(text: str, atom: Atom) -> bool:
    """ "um dos seus momentos", "universo dos institutos": in Portuguese "dos" is "of the"
    (two is "dois"); a text is Portuguese when it writes their words and no Spanish "-ción"."""
    if text[atom.num_start : atom.num_end].lower() != "dos":
        return False
    return len(_PORTUGUESE.findall(text)) >= 2 and "ción" not in text
