"""Bibliography entries: the references section cut into entries, each parsed into fields.

Why: a year inside a reference list dates a publication, not an event, and the list itself
is data (who is cited, from when, in which venue). Entries keep their exact offsets, like
mentions, so every field can be checked against the text it came from.

Splitting (`split_entries`). Converted reference lists come in three shapes:
- numbered ("[1] …", "1. …", "1) …", with or without a list bullet; up to three digits, so a
  year opening a line is no label): a label starts an entry; a line without one continues
  the entry above it unless a blank line separates them from a finished entry (then it is
  text after the list, such as a publisher's note);
- bulleted ("- …"): the same, with the bullet as the label;
- bare lines or paragraphs (APA, Harvard, one entry per line or per paragraph): a line starts
  an entry after a blank line, or when it opens like one (a capitalised author part and a
  year within its first 150 characters); otherwise it continues the entry above.
Whatever the shape, a line continues the entry above when that entry is left unfinished
(it ends in a comma, a colon, an opening bracket, "and", "of" …) or the line opens with a
lower-case letter or a digit: entries broken across lines, even across a blank line, are
rejoined. An unnumbered entry must hold a year, "n.d.", a DOI or a URL, so prose after the
list is not taken for an entry.

Parsing (`parse_entry`), in the order the styles share:
- date: a year in parentheses ("(2019)", "(2019a)", "(2019, May 24)", "(n.d.)") wins, then a
  year between delimiters (", 2019," ". 2019." ", 2019(3)"), then any year-shaped word;
  "n.d." gives no year. Years inside DOIs and URLs are not candidates.
- authors: from the start to the date or to the first period that ends the name list
  (not an initial's period: "Xu, J. (2024)" and "Smith, J. A., &" go on; "Smith J. Title"
  stops), split into names ("Bai, L.; Wang, H."), "et al." adding none;
- title: after the authors (and the date when it follows them) to the first ".", "?" or "!"
  that ends a sentence, or a GB/T 7714 type marker ("[J]", "[M]", "[EB/OL]"); a title in
  square brackets (a translated title) is the bracket's content;
- venue: after the title, up to the next comma, semicolon or full stop, unless that text is an
  access note ("Retrieved …", a URL: `patterns/reference_access_words.tsv`) or has no letters;
- DOI: "doi:10.…", "https://doi.org/10.…", "dx.doi.org/…" or a bare "10.…/…", lower-cased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from ..patterns import load_lexicon
from ..textmap import plain
from .structure import REFERENCES_HEADING

DOI = re.compile(r"(?:\bdoi\s*:\s*|https?://(?:dx\.)?doi\.org/)?(?P<doi>\b10\.\d{4,9}/[^\s<>\"“”]+)", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_TRAILING = ".,;:>]*'’\"”"

_LABEL = re.compile(r"[ \t]*(?:[-*•·][ \t]+)?(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)](?=[ \t]))[ \t]*")
_BULLET = re.compile(r"[ \t]*[-*•·][ \t]+")
_UNFINISHED = re.compile(r"(?:[,;:&(\[–—-]|\b(?:and|of|the|in|for|on|to|a|an|with|from|by|et))$", re.I)
_OPENS_ENTRY = re.compile(
    r"[A-Z\u00c0-\u024f][^\n]{0,150}?(?:\((?:1[5-9]|20)\d\d[a-z]?\b|\(n\.\s?d\.\)|"
    r"[,.]\s(?:1[5-9]|20)\d\d[a-z]?[,.;:(])"
)

_YEAR = r"(?P<y>(?:1[5-9]|20)\d\d)[a-z]?"
_NO_DATE = r"(?P<nd>n\.\s?d\.)"
_DATES = (
    re.compile(rf"\((?:{_YEAR}(?:[,;][^()\n]{{0,30}})?|{_NO_DATE})\)", re.I),
    re.compile(rf"(?:^|(?<=[,.;:]\s)|(?<=[,.;:]))(?:{_YEAR}|{_NO_DATE})(?=\s*[,.;:(]|\s*$)", re.I),
    re.compile(rf"(?<![\w./-])(?:{_YEAR}|{_NO_DATE})(?![\w/-])", re.I),
)
_PERIOD = re.compile(r"\.(?=\s|$)")
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.,(-])[A-Z]$")
_NAMES_GO_ON = re.compile(r"\s*(?:[A-Z]\.|[A-Z]-|,|&|\(|and\b|$)")
_TYPE_MARKER = re.compile(r"\[[A-Z]{1,2}(?:/[A-Z]{1,2})?\]")
_TITLE_END = re.compile(r"[.?!](?=[\s*_]|$)")
_VENUE_END = re.compile(r"[,;]|\.(?=\s|$)")
_NAME_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b)\s*")
_INITIALS = re.compile(r"(?:[A-Z]\.?[\s-]?){1,4}")
_ET_AL = re.compile(r"\bet\s+al\.?", re.I)


@dataclass(frozen=True)
class Reference:
    """One bibliography entry: its span, its label number and its parsed fields."""

    start: int
    end: int
    number: int | None
    authors: list[str]
    year: int | None
    year_span: tuple[int, int] | None
    title: str | None
    venue: str | None
    doi: str | None


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    after_blank: bool
    number: int | None
    listed: bool


def _trimmed(raw: str) -> str:
    """A DOI as written without the punctuation of the sentence around it ("…/abc)." -> "…/abc")."""
    while raw and (raw[-1] in _TRAILING or (raw[-1] == ")" and raw.count("(") < raw.count(")"))):
        raw = raw[:-1]
    return raw


def normalise_doi(raw: str) -> str:
    """"10.xxxx/…" lower-cased, URL escapes undone, closing punctuation of the sentence cut."""
    return unquote(_trimmed(raw)).lower()


def find_doi(text: str) -> tuple[str, int, int] | None:
    """The first DOI in `text`: normalised, with the span of the "10.…" part as written."""
    m = DOI.search(text)
    if not m:
        return None
    written = _trimmed(m.group("doi"))
    return normalise_doi(written), m.start("doi"), m.start("doi") + len(written)


def _lines(text: str, start: int) -> list[_Line]:
    out = []
    blank = False
    pos = start
    for raw in text[start:].splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw)
        body = raw.rstrip()
        if not body.strip() or REFERENCES_HEADING.fullmatch(body):
            blank = True
            continue
        label = _LABEL.match(body)
        bullet = _BULLET.match(body)
        number = int(label.group("a") or label.group("b")) if label else None
        lead = bullet.end() if bullet else len(body) - len(body.lstrip())
        out.append(_Line(line_start + lead, line_start + len(body), blank, number, bool(label or bullet)))
        blank = False
    return out


def _continues(entry_tail: str, line: str) -> bool:
    """A line that cannot start an entry after this one: the entry (its last characters) is
    unfinished, or the line opens lower-case or with a digit."""
    return bool(_UNFINISHED.search(entry_tail.rstrip("*_ "))) or line[:1].islower() or line[:1].isdigit()


def split_entries(text: str, section_start: int) -> list[tuple[int, int, int | None]]:
    """(start, end, label number) of each entry of the references section at `section_start`."""
    lines = _lines(text, section_start)
    listed = any(line.listed for line in lines)
    entries: list[list] = []
    open_entry = False
    for line in lines:
        body = text[line.start : line.end]
        current = text[max(entries[-1][0], entries[-1][1] - 40) : entries[-1][1]] if open_entry else ""
        if line.listed:
            new = True
        elif open_entry and _continues(current, body):
            new = False
        elif listed:
            if not open_entry or line.after_blank:
                open_entry = False
                continue
            new = False
        else:
            new = not open_entry or line.after_blank or bool(_OPENS_ENTRY.match(body))
        if new:
            entries.append([line.start, line.end, line.number])
        else:
            entries[-1][1] = line.end
        open_entry = True
    return [(s, e, n) for s, e, n in entries if n is not None or _has_date_or_link(text[s:e])]


def _has_date_or_link(entry: str) -> bool:
    return bool(_URL.search(entry) or DOI.search(entry) or any(p.search(entry) for p in _DATES))


def _masked(text: str) -> str:
    """The entry with its DOIs and URLs blanked out (same length), so their digits are no years."""
    for pattern in (DOI, _URL):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _date(text: str) -> re.Match | None:
    for pattern in _DATES:
        m = pattern.search(text)
        if m:
            return m
    return None


def _names_end(text: str) -> int:
    """Where the name list ends: at the first full stop that is not inside it, which stays
    with the list when it closes an initial ("Vance, L." but "Harbour Skills Board")."""
    for m in _PERIOD.finditer(text):
        initial = _INITIAL_BEFORE.search(text[max(m.start() - 2, 0) : m.start()])
        if not (initial and _NAMES_GO_ON.match(text, m.end())):
            return m.end() if initial else m.start()
    return len(text)


def split_names(authors: str) -> list[str]:
    """Names of an author list: "Bai, L., Wang, H., & Xu, J." -> ["Bai, L.", "Wang, H.", "Xu, J."]."""
    names: list[str] = []
    for part in _NAME_SPLIT.split(_ET_AL.sub("", authors)):
        part = part.strip(" .,") if not _INITIALS.fullmatch(part.strip()) else part.strip()
        if not part:
            continue
        if names and _INITIALS.fullmatch(part) and "," not in names[-1]:
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return names


def _title_span(text: str, start: int, stop: int) -> tuple[int, int, int]:
    """(start, end) of the title from `start` (bounded by `stop`), and where the rest begins."""
    lead = re.match(r"[\s*_]*\[", text[start:stop])
    if lead:
        close = text.find("]", start + lead.end(), stop)
        if close > 0:
            return start + lead.end(), close, close + 1
    end = stop
    for pattern in (_TITLE_END, _TYPE_MARKER):
        m = pattern.search(text, start, stop)
        if m:
            end = min(end, m.end() if m.group() in ("?", "!") else m.start())
    return start, end, end


def _venue(text: str, start: int, stop: int) -> str | None:
    start += len(re.match(r"[\s.,:;*_\]]*", text[start:stop]).group())
    marker = _TYPE_MARKER.match(text, start)
    if marker:
        start = marker.end() + len(re.match(r"[\s.,:;]*", text[marker.end() : stop]).group())
    m = _VENUE_END.search(text, start, stop)
    venue = _field(text[start : m.start() if m else stop])
    if not venue or not re.search(r"[^\W\d_]", venue):
        return None
    first = re.split(r"[\s:]", venue.lower(), maxsplit=1)[0]
    return None if first in _access_words() else venue


def _access_words() -> dict[str, str]:
    return load_lexicon("reference_access_words.tsv")


def _field(raw: str) -> str | None:
    value = plain(raw).strip(" .,;:[]")
    return value or None


def parse_entry(text: str, start: int, end: int, number: int | None) -> Reference:
    """The fields of the entry at text[start:end] (label included); offsets in `text`."""
    label = _LABEL.match(text, start, end)
    body_start = label.end() if label else start
    entry = text[body_start:end]
    masked = _masked(entry)
    date = _date(masked)
    names_end = _names_end(masked)
    authors_end = min(date.start(), names_end) if date else names_end
    if date and re.fullmatch(r"[\s,.(*_]*", masked[authors_end : date.start()]):
        title_start = date.end()
    else:
        title_start = names_end
    title_start += len(re.match(r"[\s.,:;)]*", entry[title_start:]).group())
    stop = date.start() if date and date.start() > title_start else len(entry)
    t_start, t_end, rest = _title_span(masked, title_start, stop)
    doi = find_doi(entry)
    year = int(date.group("y")) if date and date.group("y") else None
    year_start = body_start + date.start("y") if year else None
    return Reference(
        start=start,
        end=end,
        number=number,
        authors=split_names(plain(entry[:authors_end])),
        year=year,
        year_span=(year_start, year_start + 4) if year_start is not None else None,
        title=_field(entry[t_start:t_end]),
        venue=_venue(masked, rest, stop if stop > rest else len(entry)),
        doi=doi[0] if doi else None,
    )


def extract(text: str, section_start: int) -> list[Reference]:
    """Every entry of the references section starting at `section_start` (none if it is the end)."""
    return [parse_entry(text, s, e, n) for s, e, n in split_entries(text, section_start)]
