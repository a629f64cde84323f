"""Document metadata the text itself states: title, authors, DOI and publication date.

Why: a table of mentions is read per document, and a document is known by its title, its
authors and its date. Only what the text states is taken (never a guess from the file name),
each field with the offsets of where it is written, so it can be checked like a mention.

- title: the first line(s) of the front matter (before the body's first heading, see
  `structure.find_zones`) that read as a title: not a label ("Abstract", "REVIEW ARTICLE",
  "Received: …", from `patterns/metadata_labels.tsv`), not a journal running head (volume,
  issue or page details, "|"-separated parts), not a file name, URL or e-mail, not a sentence
  (a title does not end in a full stop), 3 to 40 words, of which one is lower-case or
  at least four (page chrome such as "About This Presentation" is three capitalised words). Lines directly below it (no blank line between) continue it, so a title broken
  across lines is one field. Nothing is taken after the first "Abstract"/"Keywords" label
  or the first paragraph of prose.
- authors: the line after the title, when every part of it (split at commas, semicolons,
  "&" and "and", affiliation markers such as "*", "1,2", "<sup>a</sup>" removed) is a
  person's name by shape: two to four capitalised words or initials, particles ("van", "de")
  between, no digits, and no organisation head noun (`patterns/org_heads.tsv`: "University",
  "College" …, which mark an affiliation line). Shape rules rather than the NER's PERSON:
  the line is read alone, without a sentence around it, where the NER is least reliable.
- DOI: the first DOI in the front matter; else a line before the references that holds
  nothing but a DOI (labelled "DOI:", or a doi.org link): converters often drop the
  article's own DOI into the first page of the body, while a DOI inside a sentence there
  cites another work.
- published: a date after a publication label ("Published: 12 March 2021", "Online
  publication: August 7, 2025", also inside "Received …; Accepted …; Published …") anywhere
  before the references; else a front-matter line that is only a date; else the year of a
  copyright line ("© 2020"). Received, revised and accepted dates are not publication dates.
  Stored as ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the text is.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

from ..patterns import load_lexicon
from ..textmap import plain
from .references import DOI, find_doi
from .structure import Zones


@dataclass(frozen=True)
class Field:
    """A stated value and the span of the original text it was read from."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Metadata:
    """What a document states about itself, each field with its offsets so it can be
    checked against the text, or None when the document does not state it."""

    title: Field | None = None
    authors: Field | None = None
    doi: Field | None = None
    published: Field | None = None


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    after_blank: bool

    def text(self, source: str) -> str:
        return source[self.start : self.end]


_MARKDOWN_EDGE = re.compile(r"^[#>*_\s]+|[*_\s\\]+$")
_RUNNING_HEAD = re.compile(r"\b(?:vol|no|issue|pp|issn)\b\.?\s*\d|\d+\s*\(\d+\)|\|", re.I)
_NOT_TITLE = re.compile(r"@|https?://|www\.|\.[A-Za-z0-9]{2,4}$")
_MAX_TITLE_WORDS = 40
_MARKERS = re.compile(r"<sup>.*?</sup>|\^\S+|\\?\*|[†‡§¶]|(?<=[^\W\d_])\d+(?:\s*,\s*\d+)*")
_NAME_PART = re.compile(r"[^,;&]+")
_AND = re.compile(r"\s+and\s+")
_NAME = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|del|di|la|le|bin|al)\s+)?[A-Z][\w'’.-]*){1,3}"
)

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
_MONTH = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_DATE_FORMS = tuple(
    re.compile(p, re.I)
    for p in (
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s*{_Y}",
        rf"{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{_Y}",
        rf"{_Y}[-/.](?P<n>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)",
        rf"{_MONTH}\s*,?\s*{_Y}",
        _Y,
    )
)
_DOI_LINE = re.compile(r"[\s<\[(]*(?:doi\s*[:：]?\s*)?(?:" + DOI.pattern + r")[\s>\]).]*", re.I)
_COPYRIGHT = re.compile(r"(?:\bcopyright\b|©|\(c\))[\s:：*_©]*(?:\(c\)\s*)?(?P<y>(?:19|20)\d\d)(?!\d)", re.I)


@functools.cache
def _labels() -> dict[str, str]:
    return {term.lower(): kind for term, kind in load_lexicon("metadata_labels.tsv").items()}


@functools.cache
def _published_label() -> re.Pattern:
    terms = sorted((t for t, kind in _labels().items() if kind == "published"), key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(
        rf"(?:^|[;|·]\s*)[#>*_ \t-]*(?:{alternatives})\b[*_ \t]*[:：]?[*_ \t]*(?:on\s+)?", re.I | re.M
    )


@functools.cache
def _affiliation_words() -> frozenset[str]:
    names = ("org_heads.tsv", "org_heads_foreign.tsv")
    return frozenset(word for name in names for term in load_lexicon(name) for word in term.split())


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """Non-blank lines of text[start:end], each without Markdown marks at its edges."""
    out = []
    blank = False
    pos = start
    for raw in text[start:end].splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw)
        body = raw.rstrip("\r\n")
        edge = _MARKDOWN_EDGE.match(body)
        lead = edge.end() if edge else 0
        trail = _MARKDOWN_EDGE.search(body, lead)
        stop = trail.start() if trail and trail.start() >= lead else len(body)
        if stop <= lead:
            blank = True
            continue
        out.append(_Line(line_start + lead, line_start + stop, blank))
        blank = False
    return out


def label_kind(line: str) -> str | None:
    """`stop`, `skip` or `published` if the line is a front-matter label, else None."""
    head = plain(line).lower()
    for term, kind in _labels().items():
        if head.rstrip(" :：") == term or re.match(rf"{re.escape(term)}\s*[:：]", head):
            return kind
    return None


def title_like(line: str) -> bool:
    """A line that reads as a title: three words or more but not many, no running head, no
    sentence or label."""
    words = plain(line).split()
    if not 3 <= len(words) <= _MAX_TITLE_WORDS or _RUNNING_HEAD.search(line) or _NOT_TITLE.search(line.strip()):
        return False
    first = words[0].lstrip("\"'“‘([")
    if not first or not (first[0].isupper() or first[0].isdigit()) or line.rstrip().endswith("."):
        return False
    letters = sum(c.isalpha() for c in line)
    return letters >= 0.6 * len(line.replace(" ", "")) and (any(w[0].islower() for w in words) or len(words) >= 4)


def names(line: str) -> list[tuple[str, int, int]] | None:
    """The person names of an author line with their spans in `line`, or None if any part is
    not a name (an affiliation, a sentence)."""
    masked = _MARKERS.sub(lambda m: " " * len(m.group()), line)
    found = []
    for part in _NAME_PART.finditer(masked):
        pos = part.start()
        for piece in _AND.split(part.group()):
            at = masked.index(piece, pos)
            pos = at + len(piece)
            name = piece.strip()
            if not name:
                continue
            start = at + piece.index(name)
            if not _NAME.fullmatch(name) or any(w in _affiliation_words() for w in name.split()):
                return None
            found.append((" ".join(name.split()), start, start + len(name)))
    return found or None


def find_title(text: str, lines: list[_Line]) -> tuple[Field | None, int]:
    """The title and the index of the first line after it."""
    for i, line in enumerate(lines):
        body = line.text(text)
        kind = label_kind(body)
        if kind == "stop" or len(body.split()) > _MAX_TITLE_WORDS:
            break
        if kind or not title_like(body) or names(body):
            continue
        j = i + 1
        while (
            j < len(lines)
            and not lines[j].after_blank
            and not label_kind(lines[j].text(text))
            and not names(lines[j].text(text))
            and len(plain(text[line.start : lines[j].end]).split()) <= _MAX_TITLE_WORDS
        ):
            j += 1
        start, end = line.start, lines[j - 1].end
        return Field(plain(text[start:end]), start, end), j
    return None, len(lines)


def find_authors(text: str, line: _Line) -> Field | None:
    """The people a byline under the title names, joined by "; ", spanning first to last."""
    if label_kind(line.text(text)):
        return None
    found = names(line.text(text))
    if not found:
        return None
    return Field("; ".join(n for n, _, _ in found), line.start + found[0][1], line.start + found[-1][2])


def find_doi_field(text: str, front_end: int, body_end: int) -> Field | None:
    """The document's own DOI: one in its front matter, else one standing on a DOI line of
    its body; never a DOI its references cite."""
    hit = find_doi(text[:front_end])
    if hit:
        return Field(hit[0], hit[1], hit[2])
    for line in _lines(text, front_end, body_end):
        body = line.text(text)
        if _DOI_LINE.fullmatch(body):
            doi, start, end = find_doi(body)
            return Field(doi, line.start + start, line.start + end)
    return None


def iso_date(m: re.Match) -> str | None:
    """ISO form of a matched date, as precise as written; None if no such day exists."""
    groups = m.groupdict()
    month = _MONTHS[groups["m"].lower()] if groups.get("m") else int(groups["n"]) if groups.get("n") else None
    day = int(groups["d"]) if groups.get("d") else None
    year = int(groups["y"])
    try:
        if day is not None:
            return date(year, month, day).isoformat()
        return date(year, month, 1).isoformat()[:7] if month else f"{year:04d}"
    except ValueError:
        return None


def read_date(text: str, pos: int, end: int | None = None) -> Field | None:
    """The date written at `pos` (and ending at `end`, when given)."""
    for form in _DATE_FORMS:
        m = form.match(text, pos, end if end is not None else len(text))
        if m and (end is None or m.end() == end) and (value := iso_date(m)):
            return Field(value, m.start(), m.end())
    return None


def find_published(text: str, front: list[_Line], body_end: int) -> Field | None:
    """When the document says it was published: a date after a label ("Published:",
    "Posted on"), else a date standing alone on a line of its front matter, else the year of
    its copyright line."""
    for label in _published_label().finditer(text, 0, body_end):
        stated = read_date(text, label.end())
        if stated:
            return stated
    for line in front:
        stated = read_date(text, line.start, line.end)
        if stated:
            return stated
    m = _COPYRIGHT.search(text, 0, body_end)
    return Field(m.group("y"), m.start("y"), m.end("y")) if m else None


def extract(text: str, zones: Zones) -> Metadata:
    """What the document states about itself; fields it does not state are None."""
    front = _lines(text, 0, zones.body_start)
    title, after = find_title(text, front)
    return Metadata(
        title=title,
        authors=find_authors(text, front[after]) if title and after < len(front) else None,
        doi=find_doi_field(text, zones.body_start, zones.references_start),
        published=find_published(text, front, zones.references_start),
    )
