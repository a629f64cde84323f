"""A cleaned copy of a document for the parser, with a map back to the original offsets.

Converted documents break sentences and names across lines ("Northbridge Technical\\n\\nCollege").
The parser reads better when such breaks are one space, but every offset we publish must
index the original text; `CleanText` keeps, for each cleaned character, where it came from.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass

_MIN_PROSE_LINE = 60

_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))?[ \t]*")
_ESCAPE = re.compile(r"\\(?=[^\w\s])")


def plain(text: str) -> str:
    """A field's value as people read it: Markdown emphasis (`*`) and backslash escapes left
    by converters removed, runs of whitespace (line breaks included) made one space.

    Fields taken from the text (titles, authors, venues) are stored this way; the schemas
    check them against `plain` of the span they came from.
    """
    return " ".join(_ESCAPE.sub("", text).replace("*", "").split())


@dataclass(frozen=True)
class CleanText:
    original: str
    text: str
    origin: array

    def to_clean(self, pos: int) -> int:
        """The cleaned index of the original index `pos` (or the next kept character)."""
        return bisect.bisect_left(self.origin, pos)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the cleaned span [start, end)."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def _joins_sentence(text: str, brk: re.Match) -> bool:
    """A break inside a sentence of prose: a long line that stops mid-sentence, then a word."""
    line_start = text.rfind("\n", 0, brk.start()) + 1
    line = text[line_start : brk.start()]
    nxt = text[brk.end() : brk.end() + 1]
    return (
        len(line) >= _MIN_PROSE_LINE
        and (line[-1:].isalnum() or line[-1:] == ",")
        and nxt.isalpha()
    )


def clean(text: str) -> CleanText:
    """Join mid-sentence line breaks into one space; everything else is kept as is."""
    pieces: list[str] = []
    origin = array("l")
    pos = 0
    for brk in _BREAK.finditer(text):
        if not _joins_sentence(text, brk):
            continue
        pieces.append(text[pos : brk.start()])
        origin.extend(range(pos, brk.start()))
        pieces.append(" ")
        origin.append(brk.start())
        pos = brk.end()
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return CleanText(text, "".join(pieces), origin)
