"""Saved web pages (.html, .htm): the main text, without navigation, scripts or page chrome.

The standard library's tolerant `html.parser` is enough: a saved page needs its visible
prose, not a DOM. Dropped: `head`, scripts, styles, templates, forms, and the parts of a
page that repeat on every page of a site (`nav`, `header`, `footer`, `aside`, and anything
marked `role="navigation"`, `banner`, `contentinfo`, `complementary`, `search`, or hidden).
When the page marks its main content (`main`, `role="main"`, or else `article`), only that
is kept. Block elements become paragraphs, `br` a line break, table rows one line each with
tab-separated cells; entities are decoded; whitespace inside a block collapses to one space
(except in `pre`). The page is one section.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .build import Builder, Read, one_line
from .text import decode

_SKIP_TAGS = frozenset(
    "head script style template noscript nav header footer aside form button select svg canvas iframe object".split()
)
_SKIP_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar dialog".split())
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_BLOCKS = frozenset(
    "address article blockquote caption dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main ol p pre "
    "section table tbody thead tfoot ul body".split()
)
_BREAKS = _BLOCKS | _SKIP_TAGS
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def _is_main(tag: str, attrs: dict[str, str | None]) -> bool:
    return tag == "main" or attrs.get("role") == "main"


def _skips(tag: str, attrs: dict[str, str | None]) -> bool:
    return (
        tag in _SKIP_TAGS
        or (attrs.get("role") or "").lower() in _SKIP_ROLES
        or "hidden" in attrs
        or (attrs.get("aria-hidden") or "").lower() == "true"
    )


class _Open:
    """The open elements, with running counts of how many skip, are main or are an article,
    and where each tag is open: every step costs the same at any depth (100,000 nested
    <div> must not cost depth squared)."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, bool, bool, bool]] = []
        self.counts = [0, 0, 0]
        self.where: dict[str, list[int]] = {}

    def push(self, tag: str, skip: bool, main: bool, article: bool) -> None:
        self.entries.append((tag, skip, main, article))
        self.counts = [c + f for c, f in zip(self.counts, (skip, main, article))]
        self.where.setdefault(tag, []).append(len(self.entries) - 1)

    def top(self) -> str | None:
        return self.entries[-1][0] if self.entries else None

    def is_open(self, tag: str) -> bool:
        return bool(self.where.get(tag))

    def close_last(self, tag: str) -> None:
        """Close the last open `tag` and every element opened inside it."""
        keep = self.where[tag][-1]
        while len(self.entries) > keep:
            name, *flags = self.entries.pop()
            self.counts = [c - f for c, f in zip(self.counts, flags)]
            self.where[name].pop()

    def state(self) -> tuple[bool, bool, bool]:
        skip, main, article = self.counts
        return skip > 0, main > 0, article > 0


class _Blocks(HTMLParser):
    """Collects (text, in_main, in_article) blocks; rows of tables are kept as lists of cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = _Open()
        self.blocks: list[tuple[str | list[list[str]], bool, bool]] = []
        self.buffer: list[str] = []
        self.rows: list[list[str]] | None = None
        self.cell: list[str] | None = None
        self.nested = 0  # tables inside a table's cell: their text joins that cell

    def _state(self) -> tuple[bool, bool, bool]:
        return self.stack.state()

    def _flush(self) -> None:
        skip, main, article = self._state()
        text = "\n".join(one_line(line) for line in "".join(self.buffer).split("\n"))
        self.buffer = []
        if text.strip() and not skip:
            self.blocks.append((text.strip("\n"), main, article))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "br":
            self._text("\n", keep_breaks=True)
            return
        if tag in _BREAKS and self.rows is None:
            self._flush()
        top = self.stack.top()
        if top in ("p", "li") and tag in (_BLOCKS if top == "p" else {"li"}):
            self.stack.close_last(top)  # closed implicitly, as a browser does: a block ends an open p, an li the li before
        if tag == "table" and self.rows is not None:
            self.nested += 1
            self._text(" ")
        elif tag == "table" and not self._state()[0]:
            self.rows = []
        elif tag == "tr" and self.rows is not None and not self.nested:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows is not None and not self.nested:
            self.cell = []
        if tag not in _VOID:
            self.stack.push(tag, _skips(tag, attrs), _is_main(tag, attrs), tag == "article")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.nested and self.cell is not None:
            self.cell.append(" ")
        elif tag in ("td", "th") and self.cell is not None and self.rows is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(one_line("".join(self.cell)))
            self.cell = None
        if not self.stack.is_open(tag):
            return
        if tag == "table" and self.nested:
            self.nested -= 1
        elif tag == "table" and self.rows is not None:
            rows, self.rows = self.rows, None
            _, main, article = self._state()
            if any(any(cells) for cells in rows):
                self.blocks.append((rows, main, article))
        elif tag in _BREAKS and self.rows is None:
            self._flush()
        self.stack.close_last(tag)

    def handle_data(self, data):
        self._text(data)

    def _text(self, data: str, keep_breaks: bool = False) -> None:
        """Text of a cell, or of the current block; source line breaks count only in `pre`."""
        if self._state()[0]:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.rows is None:
            keep_breaks = keep_breaks or self.stack.is_open("pre")
            self.buffer.append(data if keep_breaks else data.replace("\r", " ").replace("\n", " "))

    def close(self) -> None:
        super().close()
        self._flush()


def _decode(data: bytes) -> tuple[str, str]:
    """The charset the page declares, if Python knows it and it fits; else as for plain text."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def read(data: bytes) -> Read:
    """An HTML page's readable text, with tables as tab-separated rows and navigation left out."""
    markup, encoding = _decode(data)
    parser = _Blocks()
    parser.feed(markup)
    parser.close()
    blocks = parser.blocks
    for scope in (1, 2):  # main content if the page marks it, else its article(s), else all
        if any(b[scope] for b in blocks):
            blocks = [b for b in blocks if b[scope]]
            break
    out = Builder()
    out.page("section 1", "section")
    for content, *_ in blocks:
        if isinstance(content, list):
            out.table(content)
        else:
            out.block(content)
    return out.build(encoding)
