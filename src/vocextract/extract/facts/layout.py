"""What the layout says a number counts: a label before it, a table's header or row label,
the caption or heading over a line of figures."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..mention import Mention
from ..series import Cell, Table
from .context import Context, line_at
from .phrases import chunk_text, topic_before

_CURRENCY_LEAD = r"(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3}|Rs\.?)?"
_COLON_LABEL = re.compile(r"(?:^|[(,;])\s*(?P<label>[A-Za-z][^:()\n,;\d]{1,60}?)\s*:\s*" + _CURRENCY_LEAD + r"\s*$")
_LINE_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Za-z'’ -]{2,50}?)\s*" + _CURRENCY_LEAD + r"\s*")
_FIGURE = re.compile(r"\d[\d,.]*")
_ROW_END = re.compile(r"\s*(?:(?:\([^)\n]*\)|\[[^\]\n]*\]|[+*])\s*)*")
_GENERIC_HEADERS = {"quantity", "number", "total", "count", "value", "amount", "scale"}


def label(ctx: Context, number: Mention) -> str | None:
    """A label the number is the value of: "Central share: ₹30,000 crore", an infobox row
    "Total assetsUS$ 55 billion", or a label line right above ("Number of employees" over
    "79,900 (2019)")."""
    text = ctx.text
    a, b = line_at(text, number.start)
    before, line = text[a : number.start], text[a:b].strip()
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


def figures_line(text: str, number: Mention) -> bool:
    a, b = line_at(text, number.start)
    line = text[a:b]
    return len(_FIGURE.findall(line)) >= 2 and len(re.findall(r"[A-Za-z]{2,}", line)) <= len(_FIGURE.findall(line))


def cell(ctx: Context, table: Table, cell: Cell) -> tuple[str | None, Token | None, str]:
    """A table cell: its column's header (joined with what the table counts when the header
    is short); in a table of label-value rows, or under a header that only gives the year,
    its row's label, unless that names a country; else the caption."""
    header = table.header(cell)
    topic = topic_before(ctx, table.start)
    topic_text = chunk_text(ctx, topic) if topic is not None else None
    says_nothing = header.lower() in _GENERIC_HEADERS or not re.search(r"[A-Za-z]{2,}", header)
    label = cell.row_label if re.search(r"[A-Za-z]{2,}", cell.row_label) else ""
    if label and _names_a_country(ctx, label):
        label = ""
    if label and label.lower() not in _GENERIC_HEADERS and (says_nothing or len(table.columns) <= 1):
        return label, None, "table-row-label"
    if says_nothing and topic_text:
        return topic_text, topic, "table-column+topic"
    if says_nothing:
        return scope_line(ctx, table.start)
    if topic_text and len(header.split()) <= 2:
        return f"{header.lower()} of {topic_text}", None, "table-column+topic"
    caption = scope_line(ctx, table.start)[0]
    if caption and len(header.split()) <= 3:
        return f"{header} ({caption})", None, "table-column+caption"
    return header, None, "table-column"


def _names_a_country(ctx: Context, label: str) -> bool:
    """A row label that is a country ("Kenya", "DE") says whose figures the row holds, not
    what they count."""
    return any(ctx.text[m.start : m.end] == label.strip() for m in ctx.countries)


def scope_line(ctx: Context, pos: int) -> tuple[str | None, Token | None, str]:
    """The nearest list lead, caption or heading above `pos`, as what its figures count."""
    for scope in ctx.scopes.over(pos):
        if scope.kind != "title":
            return " ".join(ctx.text[scope.start : scope.end].split()).rstrip(":"), None, f"{scope.kind}-of-figures"
    return None, None, "none"
