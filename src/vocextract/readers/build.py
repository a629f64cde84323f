"""What a reader returns, and the builder every reader uses to lay out the stored text.

A reader turns a file into the text every offset will index. For binary formats that text
is made here, block by block: blocks are separated by a blank line (so the parser and the
structure rules see paragraphs), table rows are one line each with tab-separated cells (the
shape `extract/series.py` rebuilds), and each page, slide or section records the character
range its blocks cover. Running headers, footers and page numbers stay in the text, so
nothing is lost, but their ranges are kept as `furniture`, where no mention may stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..settings import Settings

PAGE_KINDS = ("page", "slide", "section")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Limits:
    """What a reader may expand a file to, checked while it reads (the settings of the same names)."""

    expanded_bytes: int = Settings.max_expanded_bytes
    text_chars: int = Settings.max_text_chars


@dataclass(frozen=True)
class Page:
    """A page, slide or section: how the source names it and its range in the stored text."""

    label: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Read:
    """What a reader gives back: the text, its pages (slides, sections) and furniture spans, and
    the encoding a text file was decoded with."""
    text: str
    pages: tuple[Page, ...]
    furniture: tuple[tuple[int, int], ...] = ()
    encoding: str | None = None


def one_line(text: str) -> str:
    """A cell's or a line's text with every run of whitespace made one space."""
    return _SPACES.sub(" ", text).strip()


@dataclass
class Builder:
    """Appends blocks to the stored text and notes the pages and furniture they fall in."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    pages: list[Page] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    _open: tuple[str, str, int | None] | None = None

    def page(self, label: str, kind: str) -> None:
        """Start a new page, slide or section; the previous one ends at its last block."""
        self._close()
        self._open = (label, kind, None)

    def block(self, text: str, furniture: bool = False) -> None:
        """A paragraph (or a table, or a running header): separated from the last by a blank line."""
        text = text.strip(" \r\n")
        if not text:
            return
        if self.parts:
            self._append("\n\n")
        start = self.length
        self._append(text)
        if self._open is not None and self._open[2] is None:
            self._open = (self._open[0], self._open[1], start)
        if furniture:
            self.furniture.append((start, self.length))

    def table(self, rows: list[list[str]]) -> None:
        """One line per row, cells joined by tabs; empty rows dropped."""
        lines = ["\t".join(one_line(c) for c in row) for row in rows]
        self.block("\n".join(line for line in lines if line.strip()))

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _close(self) -> None:
        if self._open is not None:
            label, kind, start = self._open
            self.pages.append(Page(label, kind, self.length if start is None else start, self.length))
            self._open = None

    def build(self, encoding: str | None = None) -> Read:
        """The Read: the stored text, its pages (the open one ends at its last block) and furniture;
        `encoding` is the one an HTML file was decoded with."""
        self._close()
        return Read("".join(self.parts), tuple(self.pages), tuple(self.furniture), encoding)
