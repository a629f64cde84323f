"""What every extractor returns, and the prepared document every extractor reads."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from spacy.tokens import Doc, Span, Token

from ..textmap import CleanText
from .structure import Zones


@dataclass(frozen=True)
class Quantity:
    """A NUMBER's normalised reading: `quantified` is what its own phrase names, before the
    fact linker looks further."""

    value: float
    value_high: float | None
    unit: str
    qualifier: str | None
    quantified: str | None


def is_money(unit: str | None) -> bool:
    """Whether a NUMBER's unit is a currency: an ISO 4217 code, not a count or a measure."""
    return bool(unit) and len(unit) == 3 and unit.isupper()


@dataclass(frozen=True)
class Year:
    """A YEAR's value."""

    value: int


@dataclass(frozen=True)
class Place:
    """A COUNTRY: its ISO 3166 codes and name, and the form it is written in."""

    iso3: str
    iso2: str
    country: str
    form: str


@dataclass(frozen=True)
class Body:
    """An ORG: its name with spaces normalised, and what kind of body it is."""

    name: str
    org_type: str


Fields = Quantity | Year | Place | Body


@dataclass(frozen=True)
class Fact:
    """What a NUMBER counts, for which year and country and whose figure it is, with the
    mentions each link came from and the named rules that made them (`method`)."""

    quantified: str | None
    head: str | None
    year: int | None
    country: str | None
    organisation: str | None
    kind: str
    method: str
    year_mention: Mention | None = None
    country_mention: Mention | None = None
    org_mention: Mention | None = None
    twin: Mention | None = None

    def values(self) -> dict:
        """The fact's values as the facts and numbers tables hold them (no linked mentions)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if not f.name.endswith(("_mention", "twin"))}


@dataclass(frozen=True)
class Mention:
    """One mention: its type, original offsets, the type's normalised fields and, for a
    NUMBER once linked, its fact. Equal and hashed by type and offsets alone."""

    type: str
    start: int
    end: int
    fields: Fields | None = field(default=None, compare=False, hash=False)
    fact: Fact | None = field(default=None, compare=False, hash=False)

    def values(self) -> dict:
        """The mention's fields and, when linked, its fact's values, by column name."""
        out = {f.name: getattr(self.fields, f.name) for f in fields(self.fields)} if self.fields else {}
        return out | (self.fact.values() if self.fact else {})


@dataclass(frozen=True)
class Prepared:
    """A document ready for extraction: its text as the extractors read it (the original at
    the same offsets, tables laid out as tab rows), the cleaned parse, zones and sections."""

    text: str
    clean: CleanText
    doc: Doc
    zones: Zones

    def span_of(self, obj: Span | Token | tuple[int, int]) -> tuple[int, int]:
        """Original offsets of a Span, a Token, or a (start, end) pair in cleaned offsets."""
        if isinstance(obj, Token):
            return self.clean.span(obj.idx, obj.idx + len(obj.text))
        if isinstance(obj, Span):
            return self.clean.span(obj.start_char, obj.end_char)
        return self.clean.span(*obj)

    def token_at(self, orig: int) -> Token | None:
        """The token of the parse that covers the original offset `orig`, if any."""
        pos = self.clean.to_clean(orig)
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span else None
