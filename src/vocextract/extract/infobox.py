"""Encyclopedia infoboxes and fact sheets copied as text: their fields, and the names they give.

Copied from a web page, an infobox keeps each field on its own line, label first, but often
loses the separator: "Parent company<TAB>X", "Parent X", "ParentX", or the label alone with
its value on the next line. Labels come from `patterns/infobox_labels.tsv`, whose second
column says what a label tells (one role or more, comma-separated):
- `names`: its value names organisations, one per item ("Subsidiaries", "Operator(s)",
  "Academic affiliations"), with further items on the lines below;
- `subject`: only an organisation's box has it ("Company type", "Key people", "Traded as");
- `kind`: its value is a category ("Type", "Legal status"), never a name.
A page whose box shows two `subject` labels or more is about an organisation: its title
(the first line) and the short lines of other-language names under it name that body.
Everything here works on character offsets of the original text; `organisations` judges the
candidates with the parse.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..patterns import load_lexicon

NAMES = "names"
SUBJECT = "subject"
KIND = "kind"
_SUBJECT_LABELS_NEEDED = 2
_BOX_LINES = 80
_MAX_ITEM_WORDS = 8
_MAX_CONTINUATION = 6
_MAX_LIST_LINES = 40
_ITEM_SPLIT = re.compile(r"\s*(?:[,;·•|]|\s{2,}|\t)\s*")
_LEAD = re.compile(r"(?:\s|\[[^\]]{1,4}\])*")
_NOTE = re.compile(r"\s*(?:\[[^\]]{1,4}\]|\([^)]*\))")
_TRAILING_COMMON = re.compile(r"\s+and\s+[a-z].*$", re.S)
"""What an item's "and" joins in lower case is no name ("Partners: X and various participating
employers" gives X)."""
_COMPANY_LABELS = {"Company type", "Industry", "Traded as", "ISIN"}
_DISAMBIGUATION = re.compile(r"\s+\([a-z][^)]*\)$")


@dataclass(frozen=True)
class Field:
    """One field: where its line starts, its label's roles and the ranges of its value's lines."""

    line: int
    label: str
    roles: frozenset[str]
    values: tuple[tuple[int, int], ...]


class Candidate(NamedTuple):
    """A name's range; `title` if it names the page's subject, `company` if the box is a
    company's ("Company type", "Industry")."""

    start: int
    end: int
    title: bool
    company: bool


@functools.cache
def _labels() -> tuple[tuple[str, str], ...]:
    """Labels, longest first, so "Parent company" wins over "Parent"."""
    return tuple(sorted(load_lexicon("infobox_labels.tsv").items(), key=lambda kv: -len(kv[0])))


@functools.cache
def _labels_any_case() -> dict[str, str]:
    return {label.lower(): role for label, role in _labels()}


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _label_at(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """The label opening the line [start, end), its role, and where its value starts.

    The label must be followed by the line's end, a separator, or a capital, digit or web
    address (glued, as a copy that lost the tab writes "ParentX", "Websitewww.x.org"), and the
    line must be short: a sentence
    that happens to begin with "Industry" is prose, not a field."""
    line = text[start:end]
    cells = line.strip().strip("|").split("|")
    if line.lstrip().startswith("|") and len(cells) >= 2:
        label = cells[0].strip()
        role = load_lexicon("infobox_labels.tsv").get(label)
        if role is None:
            return None
        return label, role, start + line.index("|", line.index(label)) + 1
    if bullet := _BULLET_FIELD.match(line):
        return _bullet_field(line[bullet.end() :], start + bullet.end())
    if len(line.split()) > 14:
        return None
    for label, role in _labels():
        if not line.startswith(label):
            continue
        rest = line[len(label) :]
        if not rest or rest[0] in "\t:" or rest[0] == " " or rest[0].isupper() or rest[0].isdigit() or rest.startswith(("www.", "http")):
            value = len(label) + len(rest) - len(rest.lstrip("\t: "))
            return label, role, start + value
    return None


_BULLET_FIELD = re.compile(r"[ \t]*[-•*][ \t]+(?=[^:\n]{1,40}:)")


def _bullet_field(line: str, start: int) -> tuple[str, str, int] | None:
    """A field of a list-style box: "- Academic Affiliations: SACS, APRU", "- Owner: X"; the
    label in any case, always before a colon."""
    head, _, rest = line.partition(":")
    role = _labels_any_case().get(head.strip().lower())
    if role is None:
        return None
    return head.strip(), role, start + len(head) + 1 + len(rest) - len(rest.lstrip())


def _name_line(text: str) -> bool:
    """A short line that could be a name: few words, each capitalised or a small joining word
    ("of", "and", "de", "o"), not a question or a label: "Line length" or "Chinese name" is a
    field of its own, not one more item."""
    words = _NOTE.sub("", text).split()
    return (
        0 < len(words) <= _MAX_ITEM_WORDS and text[:1].isupper() and not text.rstrip().endswith((":", "?", "!"))
        and all(not w[:1].islower() or len(w) <= 3 for w in words)
    )


def _lists(label: str, first_value: str) -> bool:
    """Whether the lines under a field go on with its items: a plural label ("Subsidiaries"),
    or any label whose value starts on the next line."""
    return not first_value.strip() or label.endswith("s") and not label.endswith("(s)")


def fields(text: str) -> list[Field]:
    """Every labelled field of the text's first lines, with continuation lines for `names`.
    A line over a figure ("Board Approval Date" over "03/23/2006") or with a tab inside is a
    field of its own. A label alone counts only with a separator after it (`_BOX_FIELDS`)."""
    lines = _lines(text)[:_BOX_LINES]
    out = []
    for n, (start, end) in enumerate(lines):
        found = _label_at(text, start, end)
        if not found:
            continue
        label, role, value_start = found
        roles = frozenset(role.split(",")) - {""}
        values = [(value_start, end)] if text[value_start:end].strip() else []
        if NAMES in roles and _lists(label, text[value_start:end]):
            values += _listed_below(text, lines, n)
        out.append(Field(start, label, roles, tuple(values)))
    return out if len(out) >= _BOX_FIELDS else [f for f in out if _separated(text, f)]


_BOX_FIELDS = 2
"""Fields an infobox has at least; one label with words after it on its line and no
separator opens a title ("Industry Training Authority" as a report's first line)."""


def _separated(text: str, field: Field) -> bool:
    line = text[field.line : text.find("\n", field.line) % (len(text) + 1)]
    return re.match(rf"[ \t|•*-]*{re.escape(field.label)}[ \t]*(?:[:\t|]|$)", line) is not None


def _listed_below(text: str, lines: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The item lines under field line `n`: name-like lines, up to a few, or a longer list
    grouped under lower-case group headings ("Mining & processing") with single blank lines
    between groups. A label, a table row, a line over a figure, a sentence, two blank lines or
    a heading over prose ends it."""
    values: list[tuple[int, int]] = []
    blank = False
    for k in range(n + 1, min(n + 1 + _MAX_LIST_LINES, len(lines))):
        start, end = lines[k]
        line = text[start:end]
        if not line.strip():
            if blank or not values and k > n + 1:
                break
            blank = True
            continue
        after = next((lines[j][0] for j in range(k + 1, len(lines)) if text[slice(*lines[j])].strip()), len(text))
        if _label_at(text, start, end) or "\t" in line.strip() or text[after : after + 1].isdigit():
            break
        if blank and _sentence(text[after : text.find("\n", after) % (len(text) + 1)]):
            break
        if _name_line(line):
            values.append((start, end))
        elif not _group_heading(line):
            break
        if len(values) >= _MAX_CONTINUATION and not blank and not any(_group_heading(text[slice(*lines[j])]) for j in range(n, k)):
            break
        blank = False
    return values


def _group_heading(line: str) -> bool:
    """A short line naming a group of items, with a lower-case word: "Mining & processing"."""
    words = line.split()
    return 0 < len(words) <= 4 and line[:1].isupper() and not re.search(r"\d|[.:;!?]$", line.strip()) and any(
        w[:1].islower() and len(w) > 3 for w in words
    )


def _sentence(line: str) -> bool:
    return len(line.split()) > _MAX_ITEM_WORDS or line.rstrip().endswith(".")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A value's items: split at commas, bullets and cell breaks, with footnote marks and
    bracketed notes ("(50%)", "(from 2024)") dropped; where items are "Exchange: TICKER",
    the exchange."""
    bounds = [start] + [p for m in _ITEM_SPLIT.finditer(text, start, end) for p in (m.start(), m.end())] + [end]
    pieces = [(a + len(_LEAD.match(text, a, b).group()), b) for a, b in zip(bounds[::2], bounds[1::2])]
    listed = any(":" in text[a:b] for a, b in pieces)
    out = []
    for a, b in pieces:
        cut = _NOTE.search(text, a, b)
        b = cut.start() if cut else b
        if listed:
            if ":" not in text[a:b]:
                continue
            b = text.index(":", a, b)
        item = _TRAILING_COMMON.sub("", text[a:b]).rstrip()
        if _name_line(item):
            out.append((a, a + len(item)))
    return out


def _title(text: str, lines: list[tuple[int, int]], box: list[Field]) -> list[tuple[int, int]]:
    """The page title and the names under it, down to the first field: "X (airline)" gives X,
    and a title written as a table's first row, "X | |", gives X."""
    first_field = min((f.line for f in box), default=len(text))
    out = []
    for start, end in lines:
        if start >= first_field or len(out) > 3:
            break
        line = _DISAMBIGUATION.sub("", text[start:end].rstrip(" \t|"))
        if not line.strip():
            continue
        name = _NOTE.sub("", line).rstrip()
        if _name_line(name):
            out.append((start, start + len(name)))
        elif _label_at(text, start, end) is None:
            break
    return out


def kind_values(box: list[Field]) -> list[tuple[int, int]]:
    """Ranges of values that say what kind of body the page is about ("Type: Regional
    development bank", "Company type: Public"): a category, never a name."""
    return [v for f in box if KIND in f.roles for v in f.values]


def organisation_names(text: str, box: list[Field]) -> list[Candidate]:
    """Organisation names an infobox (`fields(text)`) gives: its fields' items, and the
    page's title and other names when the box is an organisation's."""
    out = [Candidate(a, b, False, False) for f in box if NAMES in f.roles for s, e in f.values for a, b in _items(text, s, e)]
    if len({f.label for f in box if SUBJECT in f.roles}) >= _SUBJECT_LABELS_NEEDED:
        company = any(f.label in _COMPANY_LABELS for f in box)
        out += [Candidate(a, b, True, company) for a, b in _title(text, _lines(text)[:_BOX_LINES], box)]
    return sorted(set(out))
