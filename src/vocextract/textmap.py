"""A cleaned copy of a document for the parser, with a map back to the original offsets.

Converted documents break sentences and names across lines ("Northbridge Technical\\n\\nCollege").
The parser reads better when such breaks are one space, but every offset we publish must
index the original text; `CleanText` keeps, for each cleaned character, where it came from.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Collection
from dataclasses import dataclass

from .patterns import load_lexicon

_MIN_PROSE_LINE = 60
_MIN_WRAPPED_LINE = 35
_PROSE_WORDS = 2
_FIGURES = re.compile(r"\d[\d,.]*")

_LINKING_END = re.compile(
    r"[\w,][ \t]+(?:to|of|the|a|an|and|or|in|for|with|by|from|at|on|as|between|than|into|per|about|over|nearly|some|almost|around)$"
)
"""A line ending in a word that links to what follows ("… reached about", "“Approximately 50 to"):
the sentence goes on on the next line, whatever that line starts with."""

_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))?[ \t]*")
_ESCAPE = re.compile(r"\\(?=[^\w\s])")


def plain(text: str) -> str:
    """A field's value as people read it: Markdown emphasis (`*`) and backslash escapes left
    by converters removed, runs of whitespace (line breaks included) made one space.

    Fields taken from the text (titles, authors, venues) are stored this way; the schemas
    check them against `plain` of the span they came from.
    """
    return " ".join(_ESCAPE.sub("", text).replace("*", "").split())


_PIPE_ROW = re.compile(r"^[ \t]*\|[^\n]*(?<!\\)\|[^\n]*$", re.M)
_RULE_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)
_RULE = re.compile(r"[ \t|:]*-{3,}[ \t|:-]*")
_INNER_PIPE = re.compile(r"(?<!\\)\|")
_LINE = re.compile(r"[^\n]*")
_MIN_BARE_ROWS = 3


def _as_tab_row(line: str) -> str:
    """A Markdown table row as a tab row of the same length: the outer pipes become spaces,
    the inner ones tabs ("| Total | 3.9 |" → " Total \t 3.9  ")."""
    body = line.strip()
    lead = len(line) - len(line.lstrip())
    inner = body[1:] if body.startswith("|") else body
    inner, tail = (inner[:-1], " ") if inner.endswith("|") and not inner.endswith("\\|") else (inner, "")
    head = " " if body.startswith("|") else ""
    return line[:lead] + head + _INNER_PIPE.sub("\t", inner) + tail + line[lead + len(body) :]


def is_rule(line: str) -> bool:
    """A table's rule line ("---|---" or its tab layout), which separates its header from its
    rows and is neither."""
    return bool(_RULE.fullmatch(line.rstrip("\r\n")))


def _bare_pipe_row(line: re.Match) -> bool:
    """A line holding two unescaped pipes or more and words besides them."""
    body = line.group()
    return len(_INNER_PIPE.findall(body)) >= 2 and bool(body.replace("|", "").strip())


def table_layout(text: str) -> str:
    """The text with its Markdown tables laid out as tab-separated rows, at the same offsets.

    Converters and people write tables either way; every table reader understands tab rows,
    so a pipe table is read like any other. A row is a line that starts with a pipe and has
    another, any line with a pipe in a block under a header and its rule ("--- | ---"), or
    one of three lines or more in a row that each hold two pipes or more, as converters write
    tables without outer pipes ("Beijing | 14625 | 14335 |").
    """
    rows = {m.start(): m.end() for m in _PIPE_ROW.finditer(text)}
    run: list[re.Match] = []
    for m in [*filter(_bare_pipe_row, _LINE.finditer(text)), None]:
        if m is not None and (not run or m.start() == run[-1].end() + 1):
            run.append(m)
            continue
        if len(run) >= _MIN_BARE_ROWS:
            rows.update((r.start(), r.end()) for r in run)
        run = [m] if m is not None else []
    for rule in _RULE_ROW.finditer(text):
        header_start = text.rfind("\n", 0, max(rule.start() - 1, 0)) + 1
        if "|" in text[header_start : rule.start()]:
            rows[header_start] = rule.start() - 1
        pos = rule.start()
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if "|" not in text[pos:end]:
                break
            rows[pos] = end
            pos = end + 1
    if not rows:
        return text
    pieces, pos = [], 0
    for start, end in sorted(rows.items()):
        pieces += [text[pos:start], _as_tab_row(text[start:end])]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


@dataclass(frozen=True)
class CleanText:
    """The cleaned text the parser reads, the original, and `origin`: for each cleaned character,
    the original index it came from (an inserted space: that of the character after it)."""

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
    """A break inside a sentence of prose: a long line that stops mid-sentence, then a word
    on a line that is no table row (a row's cells are parted by tabs). Prose wrapped narrow
    ("… disbursed the first\ninstallment of …") has shorter lines: one of them stops
    mid-sentence too when it ends in a word, holds one figure at most (no table row), and the
    next word is in lower case, or the line is prose (two words in lower case at least, not
    a heading's or an affiliation's capitals) and the line above stopped mid-sentence as well."""
    line_start = text.rfind("\n", 0, brk.start()) + 1
    line = text[line_start : brk.start()]
    nxt = text[brk.end() : brk.end() + 1]
    next_line_end = text.find("\n", brk.end())
    single = brk.group().count("\n") == 1 and "\t" not in line
    if "\t" in text[brk.end() : None if next_line_end < 0 else next_line_end]:
        return False
    if single and _LINKING_END.search(line) and nxt.isalnum():
        return True
    if not ((line[-1:].isalnum() or line[-1:] == ",") and nxt.isalpha()):
        return False
    if len(line) >= _MIN_PROSE_LINE:
        return True
    if single and nxt.islower() and line[-1].isalpha() and len(line.split()) >= _PROSE_WORDS and len(_FIGURES.findall(line)) <= 1:
        return True
    if len(line) < _MIN_WRAPPED_LINE or brk.group().count("\n") > 1 or not line[-1].isalpha() or len(_FIGURES.findall(line)) > 1:
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)] if line_start else ""
    prose = len(re.findall(r"\b[a-z]+\b", line)) >= _PROSE_WORDS
    return nxt.islower() or (prose and len(above) >= _MIN_WRAPPED_LINE and (above[-1:].isalnum() or above[-1:] == ","))


@functools.cache
def _glued_label() -> re.Pattern:
    """An infobox label at a line's start run into a capitalised value ("ParentExample
    Group", "Traded asExample Exchange"), as a copy that lost the field's tab writes it."""
    labels = sorted(load_lexicon("infobox_labels.tsv"), key=len, reverse=True)
    alternatives = "|".join(re.escape(label) for label in labels if label[-1].islower() or label[-1] == ")")
    return re.compile(rf"^[ \t]*(?:{alternatives})(?=[A-Z])", re.M)


_SPLIT_INITIAL = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=[(\n]))([A-Z])( )(?=[a-z]+\b)", re.M)


_SQUARE_ACRONYM = re.compile(r"(?<=\S[ \t])\[[A-Z][A-Z0-9&-]*[A-Z]\](?!\()")
"""An acronym given in square brackets after a name ("… Workers' Union [NEHAWU]")."""


def clean(text: str, words: Collection[str] = ("a", "i")) -> CleanText:
    """Join mid-sentence line breaks into one space, part a glued infobox label from its value
    with one, and rejoin a sentence's first word whose capital a PDF copy split off ("T he
    number was …"; a letter that is one of the language's `words` stays apart: English "A"
    and "I", Polish "W" and "Z", Czech "V"), and give an acronym in square brackets round
    ones, as names give theirs; everything else is kept as is. An inserted space maps to
    the character after it."""
    edits = [(brk.start(), brk.end(), " ") for brk in _BREAK.finditer(text) if _joins_sentence(text, brk)]
    edits += [(m.end(), m.end(), " ") for m in _glued_label().finditer(text)]
    edits += [(m.start(2), m.end(2), "") for m in _SPLIT_INITIAL.finditer(text) if m.group(1).lower() not in words]
    edits += [edit for m in _SQUARE_ACRONYM.finditer(text) for edit in ((m.start(), m.start() + 1, "("), (m.end() - 1, m.end(), ")"))]
    pieces: list[str] = []
    origin = array("l")
    pos = 0
    for start, end, put in sorted(edits):
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        pieces.append(put)
        origin.extend([start] * len(put))
        pos = end
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return CleanText(text, "".join(pieces), origin)
