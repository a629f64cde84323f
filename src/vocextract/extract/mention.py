"""What every extractor returns, and the prepared document every extractor reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..textmap import CleanText
from .structure import Zones


@dataclass(frozen=True)
class Mention:
    """One mention: its type, original offsets and the type's normalised fields."""

    type: str
    start: int
    end: int
    attrs: dict = field(default_factory=dict, compare=False, hash=False)


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
