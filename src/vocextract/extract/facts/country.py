"""The country a number is about.

Tried in order, each a named method: a country named inside what is counted ("students in
Kenya", "Sino-foreign"); for a table cell, a country (or province or city) in its own row,
else its caption's, else the last place named in the text introducing the table; otherwise a
country in the clause, then in the sentence (of several, the one the number is "in" a few
words after it, else the nearest one before it); a province, state or city in the sentence (places.py: ISO 3166-2 and GeoNames); a
"Sino-" compound; a place the NER sees, in a document mostly about one country; the latest
country or place named earlier in the same paragraph; last, the scopes above the number,
nearest first (list lead or table caption, heading, title). The partner of a "Sino-X"
compound stands for China, whose institutions run such programmes.
"""

from __future__ import annotations

import functools
import re

from ...patterns import load_lexicon
from ..mention import Mention
from ..series import Table
from .context import Context, in_dateline, inside, line_at
from .layout import figures_line

_SINO = re.compile(r"\bSino-[a-z]", re.I)
_SINO_BEFORE = re.compile(r"\bSino-$", re.I)

Link = tuple[Mention | None, str | None, str]
_STATES = {"country", "nation", "economy"}
_THE_PAIR = re.compile(r"\b(?:the|both)\s+$", re.I)


def in_phrase(ctx: Context, quantified: str | None) -> str | None:
    """A scope stated inside what is counted: "students in China", "Sino-foreign programmes";
    a table's caption joined to a column header in brackets is not part of it."""
    quantified = quantified.split(" (")[0] if quantified else None
    if not quantified:
        return None
    if _SINO.search(quantified):
        return "CHN"
    names = {ctx.prep.text[c.start : c.end]: c.fields.iso3 for c in ctx.countries}
    for name, iso3 in names.items():
        if re.search(rf"\b{re.escape(name)}\b", quantified):
            return iso3
    return None


def link(ctx: Context, number: Mention, quantified: str | None, head: str | None = None) -> Link:
    """The country a figure is about, with the COUNTRY mention it came from and the rule that
    found it: one named in what it counts, its table's, its sentence's, one named in the sentence
    before it in its paragraph, or one its scopes (title, heading, caption) state; none when the
    text states none, or when the figure is "the two countries" of a pair, which is no one
    country's."""
    if scoped := in_phrase(ctx, quantified):
        return None, scoped, "country-in-quantified"
    if cell := ctx.cell_of(number):
        found = _table_country(ctx, number, cell[0])
        return found if found[2] != "none" else _scoped(ctx, number)
    counts_states = re.split(r"\W", head or "")[0] in _STATES
    if counts_states and number.fields.value == 2 and _THE_PAIR.search(ctx.text, max(0, number.start - 12), number.start):
        return None, None, "pair-of-countries"
    found = _country_in_sentence(ctx, number, counts_states)
    if found[2] != "none":
        return found
    s_start, s_end = ctx.sentence(number.start)
    if counts_states and any(number.end <= c.start and c.end <= s_end for c in ctx.countries):
        return None, None, "countries-counted"
    place = _latest_place(ctx, _earlier_start(ctx, s_start), s_start)
    if place and not _names_a_region(ctx.text[s_start:s_end]):
        return place + ("country-in-sentence-before",)
    return _scoped(ctx, number)


def _earlier_start(ctx: Context, s_start: int) -> int:
    """Where a country named before a sentence still holds for it: the sentence before, in the
    same paragraph. Measured on the generalisation set, carrying a country from further back in
    the paragraph got as many figures wrong (the annotators, by FACTS.md's "in scope", left
    them without one) as right: country right 0.725 with the whole paragraph, 0.729 with the
    sentence before, the dev fact gold unchanged. The fields of a bulleted record take the whole
    paragraph."""
    text = ctx.prep.text
    paragraph = paragraph_start(text, s_start)
    if s_start <= paragraph or _ITEM.match(text, s_start):
        return paragraph
    return max(paragraph, ctx.sentence(s_start - 1)[0])


_ITEM = re.compile(r"[ \t]*[-•*▪●◦][ \t]")
"""A bulleted item: a field of a record ("- Country: Peru" … "- Faculty: 202"), all of which the
record's country holds for, as a table's does for its rows."""


@functools.cache
def _region_re() -> re.Pattern:
    names = [*load_lexicon("regions.tsv"), *load_lexicon("continents.tsv")]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def _names_a_region(sentence: str) -> bool:
    """A sentence about a region larger than a country ("gas use in the EU fell"), whose
    figures take no country from the sentences before it (`patterns/regions.tsv`)."""
    return bool(_region_re().search(sentence))


_LINE_PARAGRAPH = re.compile(r"[.!?][\"”’)\]]*[ \t]*\n")


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` starts: after a blank line, or after a line that ends
    a sentence, as text copied from a web page writes one paragraph per line (breaks inside a
    sentence were joined by `textmap.clean`)."""
    start = text.rfind("\n\n", 0, pos) + 1
    ends = [m.end() for m in _LINE_PARAGRAPH.finditer(text, start, pos)]
    return max([start, *ends])


def _scoped(ctx: Context, number: Mention) -> Link:
    """The country the nearest scope above the number names, if it names just one."""
    for scope in ctx.scopes.over(number.start):
        within = [c for c in ctx.countries if scope.start <= c.start and c.end <= scope.end]
        codes = {_iso3_of(ctx, c) for c in within}
        if len(codes) == 1:
            return within[0], codes.pop(), f"{scope.kind}-country"
        if codes:
            break
    return None, None, "none"


_BY_ORIGIN = re.compile(
    r"\bby\b[^.\n]{0,60}\b(?:(?:country|countries) of (?:citizenship|nationality|birth|origin)|nationalit(?:y|ies)|citizenship)\b",
    re.I,
)


def _table_country(ctx: Context, number: Mention, table: Table) -> Link:
    """A cell's country: a country, province or city named in its own row; else in the table's
    caption (the sentence before it); else the last place named in the text introducing it. A
    table "by country of citizenship" names in its rows where people come from, not where its
    figures are: its cells take the country of the scopes over it."""
    text = ctx.prep.text
    row = (text.rfind("\n", table.start, number.start) + 1 or table.start, text.find("\n", number.end, table.end))
    row_span = (row[0], table.end if row[1] < 0 else row[1])
    in_row = [c for c in ctx.countries if inside(c, row_span)]
    if in_row and _BY_ORIGIN.search(text, max(table.start - 400, 0), table.start):
        return _scoped(ctx, number)
    if in_row:
        return in_row[0], _iso3_of(ctx, in_row[0]), "country-in-table-row"
    if place := ctx.place_in(row_span):
        return None, place[1], f"{place[2]}-in-table-row"
    caption = ctx.sentence(table.start)[0]
    if caption > 0:
        m, iso3, method = _country_in_sentence(ctx, Mention("NUMBER", caption - 1, caption))
        if iso3:
            return m, iso3, f"table-caption-{method}"
    place = _latest_place(ctx, *_introduction(text, table.start))
    return place + ("table-introduction",) if place else (None, None, "none")


def _introduction(text: str, start: int) -> tuple[int, int]:
    """The text that introduces a table at `start`: its own paragraph up to it, or, when the
    table opens its paragraph or only its header lines stand before it there, the two
    paragraphs before as well (a caption and the text citing it)."""
    para = text.rfind("\n\n", 0, start) + 1
    own = text[para:start].strip()
    if (own and re.search(r"[.!?](?:\s|$)", own)) or para == 0:
        return para, start
    lo = para
    for _ in range(2):
        lo = text.rfind("\n\n", 0, max(lo - 2, 0)) + 1
    return lo, start


_CURRENCY_SIGN_AFTER = re.compile(r"[ \u00a0]?(?:\$|[Cc]ents?\b|[Dd]ollars?\b)")


def _latest_place(ctx: Context, lo: int, hi: int) -> tuple[Mention | None, str] | None:
    """The last country, province or city named in [lo, hi): (its mention if a country, ISO3).
    A country's code in a currency's name ("US$", "US cents" in a caption's unit) names no place."""
    found: list[tuple[int, Mention | None, str]] = [
        (c.start, c, _iso3_of(ctx, c)) for c in ctx.countries
        if lo <= c.start and c.end <= hi and not _CURRENCY_SIGN_AFTER.match(ctx.text, c.end)
    ]
    if (place := ctx.place_in((lo, hi), last=True)) is not None:
        found.append((place[0], None, place[1]))
    if not found:
        return None
    _, mention, iso3 = max(found, key=lambda f: f[0])
    return mention, iso3


def _iso3_of(ctx: Context, country: Mention) -> str:
    """A country mention's ISO3, except that the partner in a "Sino-X" compound ("Sino-German
    programmes") stands for China, whose institutions run them."""
    if _SINO_BEFORE.search(ctx.prep.text, max(0, country.start - 5), country.start):
        return "CHN"
    return country.fields.iso3


_COORDINATED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&)\s*")


def _first_of_list(ctx: Context, named: list[Mention], pick: Mention) -> Mention:
    """ "Czechia and Slovenia (both 71%)": a figure after coordinated countries goes with the
    first of them."""
    i = named.index(pick)
    while i > 0 and _COORDINATED.fullmatch(ctx.text, named[i - 1].end, named[i].start):
        i -= 1
    return named[i]


def _country_in_sentence(ctx: Context, number: Mention, counts_states: bool = False) -> Link:
    """The country the number's clause, else its sentence, names (`counts_states`: the figure
    counts countries, "students from 15 countries, including Peru", so those named after it
    are some of the counted, not the figure's own), else a place it names whose country the
    gazetteer knows. A city only the NER sees gives none: the document's main country would
    be implied by the whole document, which FACTS.md leaves null."""
    s_start, s_end = ctx.sentence(number.start)
    spans = ((ctx.clause(number), "clause"), ((s_start, s_end), "sentence"))
    if figures_line(ctx.text, number):
        spans = ((line_at(ctx.text, number.start), "row"),)
    for span, method in spans:
        named = [
            c for c in ctx.countries
            if inside(c, span) and not in_dateline(ctx.text, c) and not (counts_states and c.start >= number.end)
        ]
        named = [c for c in named if not _donor(ctx.text, c)] or named
        codes = {_iso3_of(ctx, c) for c in named}
        if len(codes) == 1:
            return named[0], _iso3_of(ctx, named[0]), f"country-in-{method}"
        if codes:
            if (placed := _placed_after(ctx, number, named)) is not None:
                return placed, _iso3_of(ctx, placed), f"country-after-number-in-{method}"
            before = [c for c in named if c.end <= number.start]
            pick = _first_of_list(ctx, named, before[-1]) if before else named[0]
            return pick, _iso3_of(ctx, pick), f"nearest-country-in-{method}"
    if place := ctx.place_in((s_start, s_end)):
        return None, place[1], f"{place[2]}-in-sentence"
    if _SINO.search(ctx.prep.text[s_start:s_end]):
        return None, "CHN", "sino-compound-in-sentence"
    return None, None, "none"


_DONOR_BEFORE = re.compile(
    r"\b(?:(?:funded|financed|sponsored|donated|supported|built|granted)\s+by|(?:assistance|support|funding|grant|grants|aid|loan|loans|donation)\s+(?:of|from))"
    r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$",
    re.I,
)


def _donor(text: str, country: Mention) -> bool:
    """ "funded by the Korean government", "with the financial assistance of the Netherlands":
    the country that pays for what the sentence counts, beside the one where it is; it names
    the figure's country only when no other is named."""
    return bool(_DONOR_BEFORE.search(text, max(0, country.start - 60), country.start))


_IN_AFTER = re.compile(r"[^\d,;:().\n]{0,40}?\b(?:in|across)\s+(?:the\s+)?")


def _placed_after(ctx: Context, number: Mention, named: list[Mention]) -> Mention | None:
    """ "406,417 in Sudan, 93,408 in Yemen", "€2 571 per month in Luxembourg": of several
    countries, the one a few words after the number puts it in, by name ("in the Indian
    market" says where it is sold, not whose figure it is)."""
    return next(
        (
            c for c in named
            if c.start >= number.end and c.fields.form == "name" and _IN_AFTER.fullmatch(ctx.text, number.end, c.start)
        ),
        None,
    )
