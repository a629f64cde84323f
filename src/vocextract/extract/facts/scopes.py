"""The document's structure as scopes: the title, headings, list leads and table captions,
each with the stretch of text it governs.

A year or country stated once for a block applies to everything under it ("Germany:
apprenticeship pay rises" over the story, "KEY FINDINGS for 2017" over its bullets, a table's
caption over its cells). Plain text carries this structure only in its lines, so it is read
from them: a short line without closing punctuation is a heading; the first line, or one
over a dated line ("Labour market statistics: June 2017" over "Embargoed until … 1 November
2017"), is a title; a line ending in ":" or standing right above bullets leads the list; the
lines just above a table are its caption. A heading followed by prose governs until the next
such heading, a title the whole text.
Lines that only date the page ("7 October 2020", "Published: 03/2016") govern nothing: a
release date is not the year a figure holds for.
"""

from __future__ import annotations

import bisect

import re
from dataclasses import dataclass

from ..series import Table, spans_columns

TITLE, HEADING, LEAD, CAPTION = "title", "heading", "lead", "caption"
_NEAREST_FIRST = {CAPTION: 0, LEAD: 0, HEADING: 1, TITLE: 2}

_BULLET = re.compile(
    r"^[ \t]*(?:[•·▪◦●○■□➢►\-–*+]|\(?\d{1,2}[.)]|\(?[a-z][.)]|(?:Joint[ \t]+|=)?\d{1,3}(?:st|nd|rd|th)(?=[ \t]+[A-Z]))[ \t]+"
)
"""A list item's mark: a bullet, a number or letter, or a rank ("1st Korea …", "Joint 14th …")."""
_MAX_HEADING = 140
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_WORDS = re.compile(
    r"(?i)\b(?:" + _MONTHS + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|"
    r"updated|last|modified|reviewed|released?|issued|posted|on|date|release|am|pm|ist|gmt|utc|st|nd|rd|th)\b"
)
_DATED = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\.?\s+(?:19|20)\d\d\b|\b" + _MONTHS + r"\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b",
    re.I,
)


@dataclass(frozen=True)
class Scope:
    """A line that states something for a stretch of text: its kind, where the line is, and
    the range it governs."""

    kind: str
    start: int
    end: int
    covers: tuple[int, int]


@dataclass(frozen=True)
class Scopes:
    """The scopes, and every line that stands apart from prose (title, headings, datelines,
    leads), which no sentence runs across."""

    scopes: tuple[Scope, ...]
    apart: tuple[tuple[int, int], ...] = ()

    def bound(self, span: tuple[int, int], pos: int) -> tuple[int, int]:
        """`span` (a sentence around `pos`) cut at blank lines and at lines that stand apart."""
        start, end = span
        first = bisect.bisect_left(self.apart, (start, -1))
        for a, b in self.apart[first : bisect.bisect_left(self.apart, (end, -1), first)]:
            if start <= a and b <= pos:
                start = max(start, b)
            elif pos < a < end:
                end = min(end, a)
        return start, end

    def over(self, pos: int) -> list[Scope]:
        """The scopes governing `pos` that do not contain it, nearest first: a list lead or
        table caption, then the heading, then the title."""
        found = [
            s for s in self.scopes if s.covers[0] <= pos < s.covers[1] and not s.start <= pos < s.end
        ]
        return sorted(found, key=lambda s: (_NEAREST_FIRST[s.kind], -s.start))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trailing spaces trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        stripped = m.group().rstrip()
        if stripped.strip():
            out.append((m.start(), m.start() + len(stripped)))
    return out


_CAPS_WORDS = r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*"
_PLACE_PREFIX = re.compile(rf"^[ \t|]*{_CAPS_WORDS}(?:,[ \t]*{_CAPS_WORDS})*[ \t]*[,—–-]+[ \t]*")


def is_dateline(line: str) -> bool:
    """A line that only dates the page: month names, weekdays, digits and 'Published'-like
    labels, after a place in capitals at most ("WASHINGTON, September 15, 2017")."""
    rest = _DATE_WORDS.sub(" ", _PLACE_PREFIX.sub("", line))
    return bool(re.search(r"\d", line)) and not re.search(r"[A-Za-z]{2,}", rest)


_UNIT_BRACKETS = re.compile(r"\((?:[^()\n]*\s)?%(?:[\s,;][^()\n]*)?\)\s*$")
"""A title's closing brackets naming its unit and period ("(%, Q1 2017-Q2 2022)"): its
figures are no values, so they do not make the line a row."""


def _is_heading(line: str) -> bool:
    body = line.strip()
    return (
        len(body) <= _MAX_HEADING
        and "\t" not in body
        and not _BULLET.match(line)
        and bool(re.search(r"[A-Za-z]{2,}", body))
        and not body.endswith((".", ",", ";", ":", "!", "?"))
        and len(re.findall(r"\d[\d,.]*", _UNIT_BRACKETS.sub("", body))) <= 2
        and not is_dateline(body)
    )


def _leads(text: str, lines: list[tuple[int, int]]) -> list[Scope]:
    """A line ending in ':' over what follows it up to the next blank line or heading-like
    line, or a line right above bullet items over those items."""
    out = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if _BULLET.match(line):
            continue
        following = lines[i + 1 :]
        items = []
        for c, d in following:
            if not _BULLET.match(text[c:d]):
                break
            items.append((c, d))
        if items:
            out.append(Scope(LEAD, a, b, (b, items[-1][1])))
        elif line.rstrip().endswith(":") and following:
            end = text.find("\n\n", b + 1)
            out.append(Scope(LEAD, a, b, (b, len(text) if end < 0 else end)))
    return out


def _captions(text: str, lines: list[tuple[int, int]], tables: list[Table]) -> list[Scope]:
    """The (up to two) non-blank lines right above a table, without a blank line between."""
    out = []
    starts = [a for a, _ in lines]
    for table in tables:
        above = [(a, b) for a, b in lines if b <= table.start][-2:]
        above = [(a, b) for a, b in above if "\n\n" not in text[b:table.start] or (a, b) == above[-1]]
        if not above or any(spans_columns(text[a:b]) for a, b in above):
            continue
        if len(above) == 2 and ("\n\n" in text[above[0][1] : above[1][0]] or _sentence_over_caption(text, *above)):
            above = above[1:]
        if above[0][0] in starts:
            out.append(Scope(CAPTION, above[0][0], above[-1][1], (above[-1][1], table.end)))
        numbered = _numbered_caption(text, lines, above[0][0])
        if numbered is not None:
            out.append(Scope(CAPTION, *numbered, (above[-1][1], table.end)))
    return out + [_group_scope(table, k) for table in tables for k in range(len(table.groups))]


def _sentence_over_caption(text: str, upper: tuple[int, int], lower: tuple[int, int]) -> bool:
    """A sentence ending above a caption that states its own year and does not end like one
    ("Data published after 5 April 2022 can be found …." over "Table 1. Completers … in
    2012") is the page's prose, not part of the caption; over a caption with no year ("…
    till 25th February, 2020 is given in Annexure-I." over "Annexure-I") it dates the table."""
    caption = text[slice(*lower)].rstrip()
    return (
        text[slice(*upper)].rstrip().endswith((".", "!", "?")) and not caption.endswith((".", "!", "?", ":"))
        and bool(_A_YEAR.search(caption))
    )


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _group_scope(table: Table, k: int) -> Scope:
    """A label line heading a group of a table's rows, over them up to the next group: nearer
    than the table's caption, which still governs what the label does not state."""
    a, b = table.groups[k]
    end = table.groups[k + 1][0] if k + 1 < len(table.groups) else table.end
    return Scope(CAPTION, a, b, (b, end))


_NUMBERED = re.compile(r"^(?:table|figure|chart|exhibit)\s+[\w.-]+\s*[:.–-]\s*\S", re.I)


def _numbered_caption(text: str, lines: list[tuple[int, int]], top: int) -> tuple[int, int] | None:
    """A numbered caption ("Table 1: School leavers enrolled …") a few header lines above the
    lines right over a table, in the same block (no blank line between)."""
    i = next(k for k, (a, _) in enumerate(lines) if a == top) if top in {a for a, _ in lines} else None
    for k in range(i - 1, max(i - 1 - _CAPTION_REACH, -1), -1) if i is not None else ():
        a, b = lines[k]
        if "\n\n" in text[b:lines[k + 1][0]]:
            return None
        if _NUMBERED.match(text[a:b]):
            return a, b
    return None


_CELL = r"(?:-?\d[\d,.]*%?[a-z]{0,2}|\.{2,3}[a-z]?|[–x-])"
_FIGURE_ROW = re.compile(rf"^[^\d\t]{{0,60}}?(?:{_CELL}[ \t]+){{1,}}{_CELL}[ \t]*$")
_DATED_CAPTION = re.compile(r"(?:[,:]|\b(?:and|to)|[-–])[ \t]*(?:19|20)\d\d[ \t]*$")
_CAPTION_REACH = 5


def _spaced_captions(text: str, lines: list[tuple[int, int]]) -> list[Scope]:
    """A caption ending in its year ("Registrations in apprenticeship programs, 2013", "…, by
    age group: 2012") over a block of three or more rows of figures laid out with spaces: a
    few header lines may stand between them."""
    out = []
    rows = [bool(_FIGURE_ROW.match(text[a:b])) for a, b in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if j - i >= 3:
            caption = next((k for k in range(i - 1, max(i - 1 - _CAPTION_REACH, -1), -1)
                            if _DATED_CAPTION.search(text[slice(*lines[k])])), None)
            if caption is not None:
                a, b = lines[caption]
                out.append(Scope(CAPTION, a, b, (lines[i][0], lines[j - 1][1])))
        i = max(j, i + 1)
    return out


def _is_prose(line: str) -> bool:
    """A line of sentences, not of figures: it ends like one, or is mostly words."""
    body = line.strip()
    words, figures = len(re.findall(r"[A-Za-z]{2,}", body)), len(re.findall(r"\d[\d,.]*", body))
    return (body.endswith((".", "!", "?", ":")) and words > figures) or (words >= 12 and words >= 3 * figures)


def find_scopes(text: str, tables: list[Table]) -> Scopes:
    """The title, the headings, list leads and table captions of `text`. A heading followed by
    prose opens a section that runs to the next such heading; a label-like heading (a line
    over figures) governs up to the next section too, behind the nearer headings."""
    lines = _lines(text)
    scopes: list[Scope] = []
    heading_ids = [i for i, (a, b) in enumerate(lines) if _is_heading(text[a:b])]
    if heading_ids and heading_ids[0] == 0:
        a, b = lines[0]
        scopes.append(Scope(TITLE, a, b, (b, len(text))))
        heading_ids.pop(0)
    sections = [i for i in heading_ids if i + 1 < len(lines) and _is_prose(text[slice(*lines[i + 1])])]
    for i in heading_ids:
        a, b = lines[i]
        if i + 1 < len(lines) and _DATED.search(text[slice(*lines[i + 1])]):
            scopes.append(Scope(TITLE, a, b, (b, len(text))))
            continue
        nxt = next((j for j in sections if j > i), None)
        scopes.append(Scope(HEADING, a, b, (b, lines[nxt][0] if nxt is not None else len(text))))
    leads = _leads(text, lines)
    apart = sorted(
        {(a, b) for a, b in lines if is_dateline(text[a:b].strip())}
        | {(x.start, x.end) for x in scopes + leads}
        | {(m.start(), m.end()) for m in re.finditer(r"\n[ \t]*\n", text)}
    )
    captions = _captions(text, lines, tables) + _spaced_captions(text, lines)
    return Scopes(tuple(scopes + leads + captions), tuple(apart))
