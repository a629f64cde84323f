"""From positioned lines of text to paragraphs in reading order (pure geometry, no PDF here).

A PDF holds glyphs at positions, not paragraphs. pdfminer joins glyphs into lines; this
module decides, per page:
1. furniture: lines in the top or bottom margin that repeat on other pages (digits aside:
   "Page 3" and "Page 4" are one running footer) or that are only a page number;
2. tables: runs of at least two rows of short cells side by side, aligned column by column,
   read row by row (one line per row, tab-separated) rather than column by column;
3. reading order: a recursive XY cut, always at the widest gap first, so two columns are
   read one after the other (their gutter is wider than the space between lines) while a
   full-width title above them is read first;
4. paragraphs: lines that follow each other closely in one column, at the same size, are
   one paragraph, joined by a space; a line ending in "letter-" followed by one starting in
   lower case is a word broken at the line end and is joined without the hyphen, unless the
   document spells that word with a hyphen elsewhere and never without (`join_lines`).

Coordinates are PDF points with y growing upwards (as pdfminer gives them).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

MARGIN_BAND = 0.08  # share of the page height at the top and bottom where running heads live (67 pt of A4: above a 1-inch margin)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pg\.?)\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.I,
)
_LIST_MARKER = re.compile(r"^(?:[•▪◦●■□–—*·-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MAX_CELL_CHARS = 40
_MAX_MEDIAN_CELL_CHARS = 20


@dataclass(frozen=True)
class Line:
    """A line of text as pdfminer places it: its box in PDF points (y upwards) and its text, with
    whitespace already made single spaces."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        """The line's height, at least 1 pt, so that a flat box still gets some room in the
        tolerances measured in line heights."""
        return max(self.y1 - self.y0, 1.0)

    @property
    def middle(self) -> float:
        """The vertical centre: lines whose middles are close sit side by side in one row, and the
        margin bands are tested on it."""
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True)
class TableBlock:
    """Rows of cells found on a page; a block in the reading order like a line."""

    x0: float
    y0: float
    x1: float
    y1: float
    rows: tuple[tuple[str, ...], ...]


Element = Line | TableBlock


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _in_band(line: Line, page_height: float) -> str | None:
    if line.middle >= page_height * (1 - MARGIN_BAND):
        return "top"
    if line.middle <= page_height * MARGIN_BAND:
        return "bottom"
    return None


def furniture(pages: list[tuple[float, list[Line]]]) -> list[set[int]]:
    """Per page, the indices of its running headers, footers and page numbers."""
    seen: Counter[str] = Counter()
    for height, lines in pages:
        seen.update({_shape(line.text) for line in lines if _in_band(line, height)})
    return [
        {
            i
            for i, line in enumerate(lines)
            if _in_band(line, height)
            and (_PAGE_NUMBER.match(line.text.strip()) or seen[_shape(line.text)] >= 2)
        }
        for height, lines in pages
    ]


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines side by side (vertically overlapping at their middles), top row first, left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (-ln.middle, ln.x0)):
        if rows and abs(rows[-1][0].middle - line.middle) < 0.5 * min(rows[-1][0].height, line.height):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda ln: ln.x0) for row in rows]


def _aligned(upper: list[Line], lower: list[Line]) -> bool:
    """Same number of cells, each below the one above it (their spans overlap)."""
    tolerance = 0.5 * upper[0].height
    close = upper[0].y0 - lower[0].y1 <= 2.5 * max(upper[0].height, lower[0].height)
    return close and len(upper) == len(lower) and all(
        a.x0 - tolerance <= b.x1 and b.x0 <= a.x1 + tolerance for a, b in zip(upper, lower)
    )


def _is_table(rows: list[list[Line]]) -> bool:
    cells = [len(line.text) for row in rows for line in row]
    return len(rows) >= 2 and statistics.median(cells) <= _MAX_MEDIAN_CELL_CHARS


def tables(lines: list[Line]) -> tuple[list[TableBlock], list[Line]]:
    """The page's tables, and the lines that are not in one."""
    found: list[TableBlock] = []
    used: set[int] = set()
    run: list[list[Line]] = []

    def close() -> None:
        if _is_table(run):
            members = [line for row in run for line in row]
            found.append(
                TableBlock(
                    min(ln.x0 for ln in members), min(ln.y0 for ln in members),
                    max(ln.x1 for ln in members), max(ln.y1 for ln in members),
                    tuple(tuple(ln.text for ln in row) for row in run),
                )
            )
            used.update(id(ln) for ln in members)
        run.clear()

    for row in _rows(lines):
        if len(row) < 2 or any(len(line.text) > _MAX_CELL_CHARS for line in row):
            close()
            continue
        if run and not _aligned(run[-1], row):
            close()
        run.append(row)
    close()
    return found, [line for line in lines if id(line) not in used]


def _gaps(spans: list[tuple[float, float]]) -> tuple[float, float]:
    """The widest empty stretch between the spans: (width, where); width 0 if none."""
    best = (0.0, 0.0)
    spans = sorted(spans)
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach > best[0]:
            best = (a - reach, (a + reach) / 2)
        reach = max(reach, b)
    return best


def reading_order(elements: list[Element], min_gutter: float) -> list[Element]:
    """XY cut: split at the widest gap across or down the region, the first part read first.

    A vertical gap (between columns) must be at least `min_gutter` wide, so the space
    between two short lines of one column is never taken for a gutter. The regions wait on
    a stack rather than in recursion: a page of a thousand short lines must not overflow.
    """
    ordered: list[Element] = []
    regions = [list(elements)]
    while regions:
        region = regions.pop()
        if len(region) <= 1:
            ordered += region
            continue
        across, at_y = _gaps([(e.y0, e.y1) for e in region])
        down, at_x = _gaps([(e.x0, e.x1) for e in region])
        if down >= min_gutter and down > across:
            first, second = [e for e in region if e.x1 <= at_x], [e for e in region if e.x1 > at_x]
        elif across > 0:
            first, second = [e for e in region if e.y0 >= at_y], [e for e in region if e.y0 < at_y]
        else:
            ordered += sorted(region, key=lambda e: (-e.y1, e.x0))
            continue
        regions += [second, first]
    return ordered


def _continues(prev: Line, line: Line) -> bool:
    """Whether `line` goes on the paragraph that `prev` ends."""
    gap = prev.y0 - line.y1
    same_size = abs(prev.height - line.height) <= 0.2 * max(prev.height, line.height)
    same_column = prev.x0 < line.x1 and line.x0 < prev.x1
    short_before_long = prev.x1 < line.x1 - 0.25 * (line.x1 - line.x0)
    return (
        -0.3 * line.height <= gap <= 0.7 * max(prev.height, line.height)
        and same_size
        and same_column
        and not short_before_long
        and not _LIST_MARKER.match(line.text)
    )


def vocabulary(texts: list[str]) -> Counter[str]:
    """Every word of the document, lower-cased, hyphenated compounds as written."""
    return Counter(w.lower() for text in texts for w in _WORD.findall(text))


def join_lines(first: str, second: str, words: Counter[str]) -> str:
    """Two lines of one paragraph as one: a word broken at the line end is mended.

    "voca-" + "tional" is one word; "well-" + "known" stays hyphenated if the document
    writes "well-known" elsewhere and never "wellknown"; before a capital ("non-" +
    "European") the hyphen is part of the word. A soft hyphen always goes.
    """
    if first.endswith("\u00ad"):
        return first[:-1] + second
    if not (_BROKEN_WORD.search(first) and second[:1].isalpha()):
        return f"{first} {second}"
    head = _WORD.findall(first)[-1].lower()
    tail = _WORD.findall(second)[0].lower()
    keeps_hyphen = second[:1].isupper() or (words[f"{head}{tail}"] == 0 and words[f"{head}-{tail}"] > 0)
    return first + second if keeps_hyphen else first[:-1] + second


def paragraphs(elements: list[Element], words: Counter[str]) -> list[str | TableBlock]:
    """Ordered elements grouped into paragraphs (text) and tables (kept as blocks)."""
    out: list[str | TableBlock] = []
    prev: Element | None = None
    for element in elements:
        if isinstance(element, TableBlock):
            out.append(element)
        elif isinstance(prev, Line) and _continues(prev, element):
            out[-1] = join_lines(out[-1], element.text, words)
        else:
            out.append(element.text)
        prev = element
    return out
