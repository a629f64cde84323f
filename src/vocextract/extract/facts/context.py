"""The one context every linker reads: the document's text and parse, its mentions by type,
tables, sentences, places and scopes, with the small lookups they share."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from ...mention_types import NAMES
from .. import places
from ..organisations import is_head
from ..mention import Mention, Prepared
from ..language import language_of
from ..series import Cell, Table, find_tables
from .scopes import Scopes, find_scopes

_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which)\b")
_BULLET_LINE = re.compile(r"\n(?=[ \t]*[-•*▪●◦][ \t])")


@dataclass(frozen=True)
class Context:
    """What linking one document needs: text, parse, mentions by type, tables, sentences,
    the provinces and cities it names, its block structure and the country it is mostly about."""

    prep: Prepared
    years: list[Mention]
    countries: list[Mention]
    orgs: list[Mention]
    numbers: list[Mention]
    places: list[tuple[int, int, str, str]]
    tables: list[Table]
    sentences: list[tuple[int, int]]
    scopes: Scopes
    sentence_starts: list[int]

    @property
    def text(self) -> str:
        """The text the linkers read: the original, tables laid out as tab rows, at the same offsets."""
        return self.prep.text

    @functools.cached_property
    def language(self) -> str:
        """The language most of the text is written in, whose plurals a fact's head undoes."""
        return language_of(self.prep.text)

    @functools.cached_property
    def _number_starts(self) -> list[int]:
        return [n.start for n in self.numbers]

    @functools.cached_property
    def _year_starts(self) -> list[int]:
        return [y.start for y in self.years]

    def numbers_in(self, span: tuple[int, int]) -> list[Mention]:
        """The numbers inside `span`, found by bisection: the linkers ask per number, and a
        scan of every number per question is quadratic in a long document."""
        return _within(self.numbers, self._number_starts, span)

    def years_in(self, span: tuple[int, int]) -> list[Mention]:
        """The years inside `span`, found by bisection as `numbers_in` finds numbers."""
        return _within(self.years, self._year_starts, span)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The parser's sentence around `pos`, cut at blank lines, headings and datelines, and
        at the edges of a bullet item ("- Established: 1950" is no part of "- Faculty: 202")."""
        i = max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)
        span = self.sentences[i] if self.sentences else (0, len(self.prep.text))
        start, end = self.scopes.bound(span, pos)
        text = self.prep.text
        items = [m.start() + 1 for m in _BULLET_LINE.finditer(text, start, end)]
        start = max([a for a in items if a <= pos], default=start)
        end = min([a - 1 for a in items if a > pos], default=end)
        return start, end

    def clause(self, mention: Mention) -> tuple[int, int]:
        """The stretch of the sentence between clause breaks (";", ", and", ", while"…)."""
        s_start, s_end = self.sentence(mention.start)
        text = self.prep.text
        start = max([m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, mention.start)], default=s_start)
        after = _CLAUSE_BREAK.search(text, mention.end, s_end)
        return start, after.start() if after else s_end

    def cell_of(self, number: Mention) -> tuple[Table, Cell] | None:
        """The table and cell that hold `number`, if it is a cell of a rebuilt table: a cell
        takes what, when and where from its row, column and caption, not from prose rules."""
        for table in self.tables:
            for cell in table.cells:
                if cell.number is number:
                    return table, cell
        return None

    def token(self, number: Mention) -> Token | None:
        """The numeral's token: the last digit or word of the span, past currency signs."""
        text = self.prep.text[number.start : number.end]
        digits = [m.end() for m in re.finditer(r"[\w.,]+", text) if any(c.isdigit() for c in m.group())]
        end = number.start + (digits[0] if digits else len(text))
        return self.prep.token_at(end - 1)

    def place_in(self, span: tuple[int, int], last: bool = False) -> tuple[int, str, str] | None:
        """(offset, ISO3, kind) of the first (or `last`) province or city named in `span`."""
        inside = [(a, iso3, kind) for a, b, iso3, kind in self.places if span[0] <= a and b <= span[1]]
        return (inside[-1] if last else inside[0]) if inside else None


def _within(mentions: list[Mention], starts: list[int], span: tuple[int, int]) -> list[Mention]:
    lo, hi = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return [m for m in mentions[lo:hi] if m.end <= span[1]]


def inside(m: Mention, span: tuple[int, int]) -> bool:
    """Whether mention `m` lies wholly within `span`."""
    return span[0] <= m.start and m.end <= span[1]


_DATELINE = re.compile(r"(?:^|\n)[ \t]*[(A-Z][A-Z .,'’()-]{2,60}(?:,[ \t]*[\w .,-]{3,25}?)?[ \t]+[—–-][ \t]")


def in_dateline(text: str, mention: Mention) -> bool:
    """ "MANILA, PHILIPPINES — The bank will lend …", "LUXEMBOURG, 24-Jun-2024 — …": the
    place and date a release was issued, not what its figures are about."""
    line = text.rfind("\n", 0, mention.start) + 1
    m = _DATELINE.match(text, max(line - 1, 0))
    return m is not None and m.end() >= mention.end


def line_at(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding `pos`, without its line break."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _places(prep: Prepared, countries: list[Mention], orgs: list[Mention]) -> list[tuple[int, int, str, str]]:
    """Provinces and cities named in the document that the parse reads as proper nouns outside
    a person's name (when there is a parse) and that are not part of a country's name; not a
    city of a country the document never names when it is mostly about another ("Mt Hagen" in
    a text about Papua New Guinea is no German city)."""
    parsed = prep.doc.has_annotation("POS")
    dominant, named = _dominant(countries), {c.fields.iso3 for c in countries}
    out = []
    for a, b, iso3, kind in places.places_in(prep.text):
        token = prep.token_at(a)
        if parsed and (token is None or token.pos_ != "PROPN" or token.ent_type_ == "PERSON"):
            continue
        if parsed and _after_given_name(token) and not any(o.start <= a and b <= o.end for o in orgs):
            continue
        if kind == "city" and dominant not in (None, iso3) and iso3 not in named:
            continue
        if not any(c.start < b and a < c.end for c in countries):
            out.append((a, b, iso3, kind))
    return out


def _after_given_name(token: Token) -> bool:
    """ "Mayor Ronnel Rivera", "María Herrera Hernández": a place name closing a run of
    capitalised words, or followed only by a second surname (`_surname_after`), right after one
    that names no place and heads no organisation ("Universität Graz"), is a surname after a
    given name, whatever the NER calls the pair; the caller keeps the place that closes an
    organisation's name ("X University of Applied Sciences Utrecht")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.i == 0 or nxt is not None and nxt.is_title and not _surname_after(nxt):
        return False
    before = doc[token.i - 1]
    return (
        before.pos_ == "PROPN" and before.is_title and before.lower_ not in STOP_WORDS and not is_head(before)
        and before.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") and not places.is_place_name(before.text)
    )


def _surname_after(token: Token) -> bool:
    """ "Rocío Herrera Hernández": a second surname, as Spanish names write two, closes the
    run after the place: a proper noun that is no head, no stop word and no place."""
    return (
        token.pos_ == "PROPN" and not is_head(token) and token.lower_ not in STOP_WORDS and not places.is_place_name(token.text)
        and (token.i + 1 == len(token.doc) or not token.nbor(1).is_title)
    )


def _dominant(countries: list[Mention]) -> str | None:
    """The country a document is mostly about: named in over half of its country mentions."""
    counts = Counter(c.fields.iso3 for c in countries)
    if not counts:
        return None
    iso3, n = counts.most_common(1)[0]
    return iso3 if n > len(countries) / 2 else None


def sentences(prep: Prepared) -> list[tuple[int, int]]:
    """The parse's sentences in original offsets: every mention row is grounded in one."""
    return [prep.span_of(sent) for sent in prep.doc.sents]


def build(prep: Prepared, mentions: list[Mention]) -> Context:
    """The context, with every lookup that scans the whole document made once (the linkers ask
    per number: a scan per question was quadratic in the document's length)."""
    by_type = {t: sorted((m for m in mentions if m.type == t), key=lambda m: (m.start, m.end)) for t in NAMES}
    tables = find_tables(prep.text, mentions)
    spans = sentences(prep)
    return Context(
        prep,
        by_type["YEAR"],
        by_type["COUNTRY"],
        by_type["ORG"],
        by_type["NUMBER"],
        _places(prep, by_type["COUNTRY"], by_type["ORG"]),
        tables,
        spans,
        find_scopes(prep.text, tables),
        [start for start, _ in spans],
    )
