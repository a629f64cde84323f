"""Mentions as marks: each row a Span with its tooltip, nested properly in escaped text."""

from __future__ import annotations

import heapq
import json
import re
from dataclasses import dataclass, replace
from html import escape

import pandas as pd

from ..export import json_value
from ..mention_types import NAMES, REGISTRY


@dataclass(frozen=True)
class Span:
    """One mark to draw: a mention, or the part of it left over after a crossing split; `start`
    and `end` where it is drawn, `source` the mention's own offsets in the document (what a
    reviewer's decision names), `fields` its fields a reviewer may fix, as JSON."""

    start: int
    end: int
    type: str
    mention_id: str
    tip: tuple[str, ...]
    first: bool = True
    fields: str = "{}"
    source: tuple[int, int] = (0, 0)


def _number(value) -> str:
    """Values as people write them: 450, 12.5, 4,100,000,000,000 (no float noise)."""
    return f"{value:,.15g}"


def describe(mention_type: str, row: dict) -> list[str]:
    """The normalised fields of a mention as 'field: value' lines (absent fields left out)."""
    row = {k: None if pd.isna(v) else v for k, v in row.items()}
    if mention_type == "NUMBER":
        value = _number(row["value"]) + (f" – {_number(row['value_high'])}" if row.get("value_high") is not None else "")
        fields = [
            ("value", value),
            ("unit", row["unit"]),
            ("qualifier", row.get("qualifier")),
            ("quantified", row.get("quantified")),
            ("year", row.get("year")),
            ("country", row.get("country")),
        ]
    elif mention_type == "YEAR":
        fields = [("year", row["value"])]
    elif mention_type == "COUNTRY":
        fields = [("country", row["country"]), ("ISO code", f"{row['iso3']} / {row['iso2']}"), ("form", row["form"])]
    else:
        fields = [("name", row["name"]), ("type", row["org_type"])]
    return [f"{key}: {value}" for key, value in fields if value is not None]


def mention_spans(frames: dict[str, pd.DataFrame]) -> dict[str, list[Span]]:
    """Per document, a Span for every mention row, its tooltip built from the row's fields."""
    spans: dict[str, list[Span]] = {}
    facts = frames["facts"][["mention_id", "head", "year", "country"]].set_index("mention_id")
    for kind in REGISTRY:
        mention_type, table = kind.name, kind.table
        frame = frames[table].join(facts, on="mention_id") if mention_type == "NUMBER" else frames[table]
        for row in frame.to_dict("records"):
            tip = (f"“{row['text']}”", *describe(mention_type, row))
            fields = json.dumps({key: json_value(row.get(key)) for key in REVIEW_FIELDS[mention_type]}, ensure_ascii=False)
            start, end = int(row["start"]), int(row["end"])
            span = Span(start, end, mention_type, row["mention_id"], tip, fields=fields, source=(start, end))
            spans.setdefault(row["doc_id"], []).append(span)
    return spans


_CR = re.compile(r"\r(\n?)")


def escape_text(text: str) -> str:
    """Document text as inert HTML whose DOM text equals the source, character for character.

    The HTML parser turns CR and CRLF into LF, which would shift every offset after them, so
    a CR is written as the reference `&#13;`; a lone CR (old Mac files) also gets a <br>,
    which breaks the line without adding text.
    """
    return _CR.sub(lambda m: "&#13;" + (m[1] or "<br>"), escape(text, quote=False))


REVIEW_FIELDS = {
    "NUMBER": ("value", "value_high", "unit", "qualifier"),
    "YEAR": ("value",),
    "COUNTRY": ("iso3", "form"),
    "ORG": ("name", "org_type"),
}
"""The fields a reviewer may fix on each type of mention, in the gold format's names (a
NUMBER's what, when and where are its fact's, fixed in the facts panel)."""


def _open_tag(span: Span) -> str:
    anchor = (f' id="m-{span.mention_id}" tabindex="0" data-start="{span.source[0]}" data-end="{span.source[1]}"'
              f' data-fields="{escape(span.fields)}"') if span.first else ' tabindex="-1"'
    tip = escape("\n".join(span.tip))
    return (
        f'<mark class="m t-{span.type}" data-type="{span.type}" data-id="{span.mention_id}"'
        f'{anchor} data-tip="{tip}">'
    )


def highlight(text: str, spans: list[Span]) -> str:
    """The text as HTML with every span a <mark>, nested where spans nest.

    Spans open in order of start, longer (outer) first, ties by type. A span that starts
    inside an open mark and ends after it (crossing, not nested) is split at that mark's end
    and the rest queued as a continuation, so the marks always nest properly.
    """
    order = {t: i for i, t in enumerate(NAMES)}
    queue = [(s.start, -s.end, order[s.type], s.mention_id, s) for s in spans]
    heapq.heapify(queue)
    out: list[str] = []
    stack: list[Span] = []
    pos = 0

    def text_to(end: int) -> None:
        nonlocal pos
        out.append(escape_text(text[pos:end]))
        pos = end

    def close_until(start: int) -> None:
        while stack and stack[-1].end <= start:
            text_to(stack.pop().end)
            out.append("</mark>")

    while queue:
        span = heapq.heappop(queue)[-1]
        close_until(span.start)
        text_to(span.start)
        if stack and span.end > stack[-1].end:
            rest = replace(span, start=stack[-1].end, first=False)
            heapq.heappush(queue, (rest.start, -rest.end, order[rest.type], rest.mention_id, rest))
            span = replace(span, end=stack[-1].end)
        out.append(_open_tag(span))
        stack.append(span)
    close_until(len(text))
    text_to(len(text))
    return "".join(out)
