"""What the layout says a number counts: a label before it, a table's header or row label,
the caption or heading over a line of figures."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from ..countries import gazetteer
from ..mention import Mention
from ..places import is_place_name, named_places
from ..series import Cell, Table
from ..structure import figure_columns
from ..table_units import UNIT_LINE, indicator, is_breakdown, without_place
from .context import Context, line_at
from .phrases import VAGUE_SUBJECTS, chunk_text, of_object, topic_before

_CURRENCY_LEAD = r"(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3}|Rs\.?)?"
_COLON_LABEL = re.compile(r"(?:^|[(,;])\s*(?:[-•*▪]\s+)?(?P<label>[A-Za-z][^:()\n,;\d]{1,60}?)\s*:\s*" + _CURRENCY_LEAD + r"\s*$")
_LINE_LABEL = re.compile(
    r"\s*(?:[•▪·*–-]\s*)?(?P<label>[A-Z](?:[A-Za-z'’ -]|(?<=\bNo)\.|\([^()\n]{1,20}\)){2,50}?)\s*(?:[+~≈]\s*)?" + _CURRENCY_LEAD + r"\s*"
)
_FIGURE = re.compile(r"\d[\d,.]*")
_ROW_END = re.compile(r"\s*(?:(?:\([^)\n]*\)|\[[^\]\n]*\]|[+*])\s*)*")
_MIN_PLACE_ROWS = 3
_TREND = re.compile(r"(?:Increase|Decrease|Steady)(?:\d?\.svg)?[ \t~]*$")
_GENERIC_HEADERS = {"quantity", "number", "total", "count", "value", "amount", "scale"}
_PERIOD_WORDS = re.compile(
    r"\([^()]*\)|\b(?:(?:19|20)\d\d(?:[/–-]\d{2,4})?|FY|fiscal|financial|calendar|school|academic|year|"
    r"quarter|half|month|week|Q[1-4]|H[12]|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|"
    r"nov\w*|dec\w*|as\s+of|at|end|of|the)\b",
    re.I,
)


def _says_nothing(header: str) -> bool:
    """A header that names no measure: a generic word ("Total", "Number"), or only a period
    and a unit ("June 2014 quarter, ($)", "2019/20")."""
    rest = re.sub(r"[^A-Za-z]+", " ", _PERIOD_WORDS.sub(" ", header)).strip().lower()
    return not re.search(r"[a-z]{2,}", rest) or rest in _GENERIC_HEADERS


_STAT_LABEL = re.compile(r"\+?[ \t]*\n[ \t]*([A-Za-z][^\n\d]{0,40})(?P<next>\n[ \t]*\d[\d,.]*\+?[ \t]*(?:\n|$))?")
_STAT_PAIR = re.compile(r"(?:^|\n)[ \t]*\d[\d,.]*\+?[ \t]*\n[ \t]*[A-Za-z][^\n\d]{0,40}\n$")


def label_below(ctx: Context, number: Mention) -> str | None:
    """A page's key numbers set out as "figure, then its label" line pairs ("90⏎Campuses⏎
    60,000+⏎Students"): the line under a figure alone on its line labels it, where a pair
    ends right above or another figure follows; not in a table cut one cell per line, where
    the figure above is the same row's and the words below the next row's label."""
    text = ctx.text
    a, b = line_at(text, number.start)
    if text[a : number.start].strip() or not (below := _STAT_LABEL.match(text, number.end)):
        return None
    above = text[text.rfind("\n", 0, max(a - 1, 0)) + 1 : max(a - 1, 0)].strip() if a else ""
    if _FIGURE_LINE.fullmatch(above):
        return None
    paired = below.group("next") is not None or _STAT_PAIR.search(text, max(0, a - 80), a)
    return below.group(1).strip() if paired else None


_FIGURE_LINE = re.compile(r"-?\d[\d,.]*\+?%?")


def label(ctx: Context, number: Mention) -> str | None:
    """A label the number is the value of: "Central share: ₹30,000 crore" (also as a bullet
    item, "- Faculty: 202"), an infobox row
    "Total assetsUS$ 55 billion", a row "Literacy Rate (2017) 71.4%" whose label holds brackets,
    or a label line right above ("Number of employees" over
    "79,900 (2019)"). An infobox's trend arrow, copied as its alt text ("RevenueIncrease
    US$ 4 billion", "Increase 398 Million"), is no part of a label."""
    text = ctx.text
    a, b = line_at(text, number.start)
    before, line = _TREND.sub("", text[a : number.start]), text[a:b].strip()
    if m := _COLON_LABEL.search(before):
        return m.group("label").strip()
    short = len(line.split()) <= 10 and not line.endswith((".", "!", "?"))
    ends_row = _ROW_END.fullmatch(text, number.end, b)
    if short and ends_row and (m := _LINE_LABEL.fullmatch(before)):
        return m.group("label").strip()
    if not before.strip() and a >= 2 and text[a - 1] == "\n" and text[a - 2] != "\n":
        above = text[text.rfind("\n", 0, a - 1) + 1 : a - 1].strip()
        if above and len(above.split()) <= 8 and not _FIGURE.search(above) and not above.endswith((".", ":", ",")):
            return above
    return None


def labelled(ctx: Context, number: Mention, label_text: str) -> str:
    """What a labelled figure counts: its label with what the scope over it counts ("Plumbing
    (Apprentice registrations by trade)"); a label that is a place, a total or no word says
    whose figure or which sum it is, so the scope alone ("Netherlands 21,789" under "Overseas
    Filipinos by country")."""
    what = scope_line(ctx, number.start, rows_out=True)[0]
    if not what or _VALUE_ROW.fullmatch(what):
        return label_text
    bare = not re.search(r"[A-Za-z]{2,}", label_text) or label_text.lower() in _GENERIC_HEADERS
    place = " ".join(label_text.strip(" |").split())
    if bare or _names_a_country(ctx, label_text) or place in named_places() or place in gazetteer():
        return what
    return label_text if label_text.lower() in what.lower() else f"{label_text} ({what})"


def lost_label(ctx: Context, number: Mention) -> bool:
    """An infobox row that opens with its trend arrow ("Increase 18,121 crore (2023)") lost its
    label in the copy: what it counts is not in the text, whatever heads the rows above."""
    a = line_at(ctx.text, number.start)[0]
    before = ctx.text[a : number.start]
    return bool(before.strip()) and not _TREND.sub("", before).strip()


_WORDS_BELOW = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*([a-z][^\n.;:!?–—(]{2,80})")


def words_below(ctx: Context, number: Mention) -> str | None:
    """ "3,624⏎⏎youth trained in Jordan – 85% are women": a figure alone on its line over
    words in lower case that open with a noun (a fact box, an infographic's copy) counts what
    those words name; "… were allocated" goes on a sentence instead."""
    a, b = line_at(ctx.text, number.start)
    if ctx.text[a:b].strip() != ctx.text[number.start : number.end].strip():
        return None
    below = _WORDS_BELOW.match(ctx.text, b)
    first = ctx.prep.token_at(below.start(1)) if below else None
    return below.group(1).strip() if first is not None and first.pos_ in ("NOUN", "ADJ") else None


def figures_line(text: str, number: Mention) -> bool:
    """A line of figures (more figures than words), or one figure alone on its line between
    others alike (a table a converter wrote one cell per line)."""
    a, b = line_at(text, number.start)
    line = text[a:b]
    if (a, b) in figure_columns(text):
        return True
    return len(_FIGURE.findall(line)) >= 2 and len(re.findall(r"[A-Za-z]{2,}", line)) <= len(_FIGURE.findall(line))


def cell(ctx: Context, table: Table, cell: Cell) -> tuple[str | None, Token | None, str]:
    """A table cell: its column's header (joined with what the table counts when the header
    is short); in a table of label-value rows, or under a header that only gives the year,
    what the table counts with its row's label ("apprentices (Welding)"), or the label alone
    when nothing says what the table counts, unless the label names a country; else the
    caption."""
    header = table.header(cell)
    topic = topic_before(ctx, table.start)
    topic_text = chunk_text(ctx, topic) if topic is not None else None
    vague = _says_nothing(header)
    label = cell.row_label if re.search(r"[A-Za-z]{2,}", cell.row_label) else ""
    if label and (_names_a_country(ctx, label) or _mostly_places(table.row_labels)):
        label = ""
    if label and (group := _split_row(table, cell)):
        label = f"{group}, {label}"
    if label and label.lower() not in _GENERIC_HEADERS and (vague or len(table.columns) <= 1):
        about, root = (topic_text, topic) if topic_text else scope_line(ctx, _anchor(table, cell))[:2]
        if about and root is not None and label.lower() not in about.lower():
            return f"{about} ({label})", root, "table-row-label+topic"
        return label, None, "table-row-label"
    if vague and topic_text:
        return topic_text, topic, "table-column+topic"
    if vague:
        return scope_line(ctx, _anchor(table, cell))
    if topic_text and len(header.split()) <= 2:
        return f"{header.lower()} of {topic_text}", None, "table-column+topic"
    caption = scope_line(ctx, _anchor(table, cell))[0]
    if caption and (len(header.split()) <= 3 or ", " in header):
        return f"{header} ({caption})", None, "table-column+caption"
    return header, None, "table-column"


_SEXES = {"male", "female", "males", "females", "men", "women", "boys", "girls"}
_ALL = {"total", "all", "both sexes", "total, both sexes"}


def _split_row(table: Table, cell: Cell) -> str | None:
    """The label of the row a row of one sex splits ("Trade certificates" over its "Male" and
    "Female" rows), which says what the row counts; None under a total or above any label."""
    if cell.row_label.strip().lower() not in _SEXES:
        return None
    labels = {c.row: c.row_label.strip() for c in table.cells if c.row < cell.row}
    for row in sorted(labels, reverse=True):
        label = labels[row]
        if label.lower() not in _SEXES and re.search(r"[A-Za-z]{2,}", label):
            return None if label.lower() in _ALL else label
    return None


def _anchor(table: Table, cell: Cell) -> int:
    """Where a cell's scopes are read: under the label of its group of rows if it has one,
    else at the table's top (lines inside a table are no headings over it)."""
    return max((b for _, b in table.groups if b <= cell.number.start), default=table.start)


def _names_a_country(ctx: Context, label: str) -> bool:
    """A row label that is a country ("Kenya", "DE") says whose figures the row holds, not
    what they count."""
    return any(ctx.text[m.start : m.end] == label.strip() for m in ctx.countries)


@functools.lru_cache(maxsize=64)
def _mostly_places(labels: frozenset[str]) -> bool:
    """Row labels that are mostly places ("Tomsk Oblast", "Republic of Dagestan", "Ontario")
    say whose figures each row holds, not what they count. Cached: every cell of a table asks."""
    return len(labels) >= _MIN_PLACE_ROWS and 2 * sum(map(is_place_name, labels)) > len(labels)


_VALUE_ROW = re.compile(r"[^\d\n]+[ \t](?!(?:19|20)\d\d\b)\d[\d,.]*[ \t]*%?")
"""A label-and-value row ("Plumbing 739"), not a caption ending in its year."""


def scope_line(ctx: Context, pos: int, rows_out: bool = False) -> tuple[str | None, Token | None, str]:
    """The nearest list lead, caption or heading above `pos` that names something, as what
    its figures count (a line that opens by naming their unit, "Percent. …", names none); a caption that says what it counts ("Number of X, by Y, 2005"), or a
    title naming a share in brackets ("Vocational pupils (% female)"), before nearer header
    lines, as does any scope line naming its unit in brackets ("Unemployment rates by sex (%,
    Q1 2017-Q2 2022)"); the title when nothing under it names anything. A numbered caption ("Table 1: …")
    comes before other lines over the table (header words: "Group Institution Type Year").
    `rows_out` passes over label-and-value rows above, as the rows of a list see its caption."""
    scopes = [
        s for s in ctx.scopes.over(pos)
        if not _labelled_above(ctx.text, s.start) and not UNIT_LINE.match(ctx.text[s.start : s.end])
        and not (rows_out and _VALUE_ROW.fullmatch(ctx.text[s.start : s.end].strip()))
    ]
    named = [(s, topic) for s in scopes if (topic := caption_topic(ctx.text[s.start : s.end]))]
    counting = [(s, t) for s, t in named if s.kind != "title" and _COUNTING_CAPTION.search(ctx.text[s.start : s.end])]
    counting += [(s, t) for s in scopes if (t := indicator(ctx.text[s.start : s.end]))]
    counting += [(s, t) for s, t in named if s.kind == "title" and _LIST_BY.match(ctx.text[s.start : s.end])]
    inner = sorted(((s, t) for s, t in named if s.kind != "title"),
                   key=lambda st: not _TABLE_NUMBER.match(ctx.text[st[0].start : st[0].end]))
    for scope, topic in counting[:1] or inner[:1] or named[:1]:
        return topic, _topic_root(ctx, scope.start, topic), f"{scope.kind}-of-figures"
    return None, None, "none"


def figures_row(ctx: Context, number: Mention) -> tuple[str | None, Token | None, str]:
    """A figure on a line of figures: what the nearest scope over it counts, with the line's
    own label when it has one that is no place ("Employed persons (Paid employee)"), as a
    table cell takes its row's label."""
    what, root, method = scope_line(ctx, number.start)
    a, _ = line_at(ctx.text, number.start)
    first = _FIGURE.search(ctx.text, a)
    label = " ".join(ctx.text[a : first.start() if first else a].split()).strip(" :|-–") if first else ""
    if not what or not re.search(r"[A-Za-z]{2,}", label) or _names_a_country(ctx, label) or is_place_name(label):
        return what, root, method
    if label.lower() in what.lower() or label.lower() in _GENERIC_HEADERS:
        return what, root, method
    return f"{what} ({label})", root, method.replace("-of-figures", "-of-figures+row-label")


def _labelled_above(text: str, start: int) -> bool:
    """A line under a metadata label of its own ("Unit:" over "% of relevant population") is
    that label's value, not a caption."""
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    m = _META_LABEL.match(above.strip())
    return m is not None and m.end() == len(above.strip())


def _topic_root(ctx: Context, start: int, topic: str) -> Token | None:
    """The noun a caption's topic is about, by the parse: "rate" in "Participation rate in
    education", "crossings" in "Ferry crossings completed on time", "apprentices" in "Number
    of registered apprentices"; the noun a participle follows ("leavers" in "School leavers
    enrolled in tertiary education")."""
    words = topic.split()
    a = ctx.text.find(words[0], start)
    b = ctx.text.find(words[-1], a) + len(words[-1])
    first, last = ctx.prep.token_at(a), ctx.prep.token_at(b - 1)
    if a < 0 or first is None or last is None or last.i < first.i:
        return None
    span = first.doc[first.i : last.i + 1]
    root = span.root
    if root.pos_ == "VERB":
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and first.i <= c.i <= last.i]
        before = [t for t in span if t.i < root.i]
        root = subjects[0] if subjects else before[-1] if before else root
    if root.lower_ in VAGUE_SUBJECTS:
        root = of_object(root) or root
    return root if root.pos_ in ("NOUN", "PROPN") else None


_FILE_NAME = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|html?|txt|csv)$", re.I)
_TABLE_NUMBER = re.compile(r"^(?:table|figure|chart|exhibit|graph)\s+[\w.-]+\s*[:.–-]?\s*", re.I)
_META_LABEL = re.compile(r"^(?:unit|units|time format|source|sources|note|notes|frequency)\s*:\s*", re.I)
_UNIT_WORDS = {
    "number", "numbers", "percentage", "percentages", "percent", "per", "cent", "share", "rate", "total",
    "thousand", "thousands", "million", "millions", "billion", "units", "unit", "value", "values",
    "comparable", "years", "year", "both", "sexes", "male", "female", "males", "females", "and", "of", "in", "to",
}
_COUNTING_CAPTION = re.compile(r"^(?:(?:table|figure)\s+[\w.-]+\W*)?(?:number|percentage|share|proportion)s?\s+of\s|\sby\s", re.I)
_CAPTION_TAIL = re.compile(r",\s.*\b(?:19|20)\d\d\b.*$|,\s+by\s.*$|\s+by\s+(?:[a-z]+,\s+)*[a-z]+(?:\s+and\s+[a-z]+)*\b.*$|\s+[a-z]{2,}_\w+.*$")


_LIST_BY = re.compile(r"^\W*(?:a\s+)?list\s+of\s+.+?\s+by\s+(?P<measure>[^=()\[\]]+?)[\W\d]*$", re.I)


def caption_topic(line: str) -> str | None:
    """What a caption or heading says its figures count, or None when it names nothing: a
    table's number ("Table D.1.1"), a metadata label and its unit ("Unit: Percentage
    (comparable)"), a line of header words ("number percentage"). A dataset code and a
    "by sex and age" tail and a place the line opens with ("Freedonia: …") are cut off; a list
    "of X by Y" ranks X by Y, what its figures are;
    a breakdown line ("By gender") names none."""
    body = without_place(_META_LABEL.sub("", _TABLE_NUMBER.sub("", " ".join(line.split()))).rstrip(":"))
    if ranked := _LIST_BY.match(body):
        return ranked.group("measure")
    if is_breakdown(body):
        return None
    words = re.findall(r"[A-Za-z]{2,}", body)
    if not words or all(w.lower() in _UNIT_WORDS for w in words) or _FILE_NAME.search(body):
        return None
    return _CAPTION_TAIL.sub("", body).strip(" ,;") or body
