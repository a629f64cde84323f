"""The report's pages: one per document, the index, and writing them into a run's set."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import datetime, timezone
from html import escape
from pathlib import Path

import pandas as pd

from ..mention_types import BY_NAME, NAMES
from ..output import Digest, partition_count, read_tables
from ..ownership import PAGES_DIR, REPORT_NAME, current_set
from ..schemas import MENTION_TABLES
from ..write import link_fixed, write_bytes_atomic
from .charts import TOP, charts
from .frame import html_table, legend, page
from .marks import REVIEW_FIELDS, Span, highlight, mention_spans

BLOCK_CHARS = 10_000
JUMP_OPEN = 2_000


def page_name(doc_id: str) -> str:
    """A document's page, relative to the run's folder: the index links to it and the manifest lists
    it, so both must name it alike."""
    return f"{PAGES_DIR}/{doc_id}.html"


def blocks(text: str, spans: list[Span], size: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """The text cut after blank lines into pieces of about `size` characters, never inside a mention.

    Each piece becomes a block the browser may skip laying out until it scrolls into view
    (CSS content-visibility), which keeps a long document's page quick to open.
    """
    covered = sorted((s.start, s.end) for s in spans)
    cuts, start, i, reach = [], 0, 0, 0
    for gap in re.finditer(r"\n\s*\n", text):
        cut = gap.end()
        while i < len(covered) and covered[i][0] < cut:
            reach = max(reach, covered[i][1])
            i += 1
        if cut - start >= size and reach <= cut:
            cuts.append((start, cut))
            start = cut
    return cuts + [(start, len(text))]


def document_text(text: str, spans: list[Span]) -> str:
    """The highlighted text, one block per piece from `blocks`; marks shifted into their block."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    parts = []
    for a, b in blocks(text, ordered):
        inside = ordered[bisect_left(starts, a) : bisect_left(starts, b)]
        inside = [replace(s, start=s.start - a, end=s.end - a) for s in inside]
        parts.append(f'<div class="block">{highlight(text[a:b], inside)}</div>')
    return f'<div class="text" id="text">{"".join(parts)}</div>'


def jump_list(n: int) -> str:
    """A place for the list of mentions, which the script fills from the marks when it is opened.

    Built on demand because tens of thousands of list items cost seconds to lay out; a
    document with fewer than JUMP_OPEN mentions shows it open from the start.
    """
    state = " open" if n <= JUMP_OPEN else ""
    return f'<nav class="jump" aria-label="Mentions"><details{state}><summary>Mentions ({n:,})</summary></details></nav>'


def title_of(row: dict) -> str:
    """What a reader calls a document: the title it states, else its file name."""
    title = row.get("title")
    return title if isinstance(title, str) and title else row["name"]


def document_page(row: dict, spans: list[Span], facts: list[dict] = (), series: list[dict] = ()) -> str:
    """One document, from its row of the documents table: its text with every mention marked,
    the legend/filters, the review panel, its facts and series, and the jump list. The
    `main` element carries what a reviewer's decisions are keyed by (see docs/design.md,
    "Review and corrections")."""
    counts = Counter(s.type for s in spans)
    title = title_of(row)
    meta = f'{escape(row["path"])} · {row["n_chars"]:,} characters · {escape(str(row["encoding"] or ""))}'
    header = (f'<header><a href="../{REPORT_NAME}">← all documents</a><h1>{escape(title)}</h1>'
              f'<p class="muted">{meta}</p></header>')
    if row["status"] != "ok":
        main = f'<main><p class="error">Failed: {escape(row["error"] or "")}</p></main>'
        return page(title, header + main)
    keys = (f' id="doc" data-doc-id="{escape(row["doc_id"])}" data-doc="{escape(row["name"])}" data-path="{escape(row["path"])}"'
            f' data-sha="{escape(row["sha256"])}" data-fields="{escape(json.dumps(REVIEW_FIELDS))}"')
    text = document_text(row["text"], spans)
    side = f'<div class="side">{review_panel()}{jump_list(len(spans))}</div>'
    tables = facts_table(facts) + series_tables(series)
    main = f'<main{keys}>{legend(counts)}<div class="layout"><div>{text}{tables}</div>{side}</div></main>'
    return page(title, header + main)


def review_panel() -> str:
    """The reviewer's controls; `report.js` fills and drives them, and keeps the decisions."""
    types = "".join(f'<option value="{t}">{BY_NAME[t].label}</option>' for t in NAMES)
    return (
        '<section class="review" aria-label="Review"><h2>Review</h2>'
        '<p class="muted" id="review-help">Click a mention to judge it; select text to fix its span or add a missed one.</p>'
        '<div id="review-mention" hidden><p id="review-what"></p>'
        '<button type="button" id="review-accept">Accept</button> <button type="button" id="review-reject">Reject</button> '
        '<button type="button" id="review-span">Fix span to selection</button> <button type="button" id="review-undo">Undo</button>'
        '<div id="review-fields" class="fields"></div><button type="button" id="review-save">Save fields</button></div>'
        '<div id="review-add" hidden><p>Add <q id="review-selection"></q> as '
        f'<select id="review-type">{types}</select></p><div id="review-add-fields" class="fields"></div>'
        '<button type="button" id="review-add-button">Add mention</button></div>'
        '<p><span id="review-count">0</span> decisions on this page · '
        '<button type="button" id="review-export">Export all decisions (JSONL)</button></p></section>'
    )


FACT_COLUMNS = ("value", "unit", "quantified", "head", "year", "country", "method")


def facts_table(facts: list[dict]) -> str:
    """The document's facts, each row linked to its number and with the reviewer's buttons."""
    if not facts:
        return ""
    rows, attrs = [], []
    for f in facts:
        cells = [f'<a href="#m-{escape(f["mention_id"])}">{escape(_cell(f["text"]))}</a>']
        cells += [f'<span data-field="{c}">{escape(_cell(f.get(c)))}</span>' for c in FACT_COLUMNS[1:]]
        cells.append('<button type="button" data-act="accept">✓</button><button type="button" data-act="reject">✗</button>'
                     '<button type="button" data-act="edit">edit</button>')
        rows.append(cells)
        attrs.append(f' data-mention="{escape(f["mention_id"])}"')
    return "<h2>Facts</h2>" + html_table(["number", *FACT_COLUMNS[1:], "review"], rows, attrs=' id="facts"', row_attrs=attrs)


def series_tables(series: list[dict]) -> str:
    """The document's rebuilt tables: one grid per table, rows by label, columns by header."""
    out = []
    for table_id in dict.fromkeys(r["table_id"] for r in series):
        cells = [r for r in series if r["table_id"] == table_id]
        columns = list(dict.fromkeys(r["column"] for r in cells))
        by_row: dict[str, dict[str, dict]] = {}
        for r in cells:
            by_row.setdefault(r["row_label"], {})[r["column"]] = r
        rows = [[escape(label)] + [f'<a href="#m-{escape(c["mention_id"])}">{c["value"]:,.15g}</a>' if c else ""
                                   for c in (row.get(col) for col in columns)] for label, row in by_row.items()]
        out.append(html_table(["", *columns], rows, numeric=set(range(1, len(columns) + 1))))
    return "<h2>Series</h2>" + "".join(out) if out else ""


def _cell(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return f"{value:,.15g}" if isinstance(value, float) else str(value)

def documents_table(digest: Digest) -> str:
    """Every document with its mention counts and a link to its page; failed ones with the error."""
    rows, attrs = [], []
    for row in digest.documents_frame().to_dict("records"):
        failed = row["status"] != "ok"
        status = f'<span class="error">failed: {escape(row["error"] or "")}</span>' if failed else "ok"
        title = title_of(row)
        named = f' <span class="muted">{escape(row["path"])}</span>' if title != row["name"] else ""
        link = f'<a href="{page_name(row["doc_id"])}">{escape(title)}</a>{named}'
        rows.append([link, status, f'{row["n_chars"]:,}', *(f"{row[t]:,}" for t in MENTION_TABLES)])
        attrs.append(f' data-search="{escape((title + " " + row["path"]).lower())}"' + (' class="failed"' if failed else ""))
    head = ["document", "status", "characters", *MENTION_TABLES]
    return html_table(head, rows, numeric={2, 3, 4, 5, 6}, attrs=' id="documents"', row_attrs=attrs)


def rows_table(digest: Digest) -> str:
    """Rows per table for the index page, with how many documents failed beside their count."""
    docs = digest.documents_frame()
    failed = int((docs["status"] != "ok").sum())
    rows = [["documents", f"{len(docs):,}" + (f' <span class="error">({failed} failed)</span>' if failed else "")]]
    rows += [[t, f"{digest.rows[t]:,}"] for t in (*MENTION_TABLES, "rejects")]
    return html_table(["table", "rows"], rows, numeric={1})


def organisationshtml_table(digest: Digest) -> str:
    """The most mentioned organisations by canonical name, with their type and spread."""
    if not digest.organisations:
        return '<p class="muted">none</p>'
    top = sorted(digest.organisations, key=lambda name: (-digest.organisations[name], -digest.organisation_documents[name], name))
    rows = [
        [escape(name), escape(digest.organisation_types[name]), f"{digest.organisations[name]:,}",
         f"{digest.organisation_documents[name]:,}"]
        for name in top[:TOP]
    ]
    return html_table(["organisation", "type", "mentions", "documents"], rows, numeric={2, 3})


def rejectshtml_table(digest: Digest) -> str:
    """Rows that failed validation, with the failed check and the row itself."""
    if not digest.rejects:
        return '<p class="muted">none: every row passed its checks</p>'
    names = digest.documents_frame().set_index("doc_id")["path"]
    rows = [
        [escape(r["table"]), escape(str(names.get(r["doc_id"], r["doc_id"] or ""))), escape(r["check"]),
         escape(r["column"] or ""), f'<pre class="row">{escape(r["row"])}</pre>']
        for r in digest.rejects
    ]
    total = digest.rows["rejects"]
    more = f'<p class="muted">the first {len(rows):,} of {total:,}; all are in rejects.parquet</p>' if total > len(rows) else ""
    return html_table(["table", "document", "check", "column", "row"], rows) + more


def index_page(digest: Digest, out_dir: Path) -> str:
    """The corpus overview and the index of document pages."""
    when = datetime.now(timezone.utc).isoformat(timespec="seconds")
    sections = [
        f'<header><h1>vocextract review report</h1><p class="muted">{escape(str(out_dir))} · written {when}</p></header><main>',
        "<h2>Rows per table</h2>", rows_table(digest),
        "<h2>Charts</h2>", charts(digest),
        "<h2>Top organisations</h2>", organisationshtml_table(digest),
        "<h2>Rejects</h2>", rejectshtml_table(digest),
        "<h2>Documents</h2>",
        '<p><label>Filter: <input id="doc-filter" type="search" placeholder="part of a title or path"></label> '
        '<button type="button" id="review-export">Export all review decisions (JSONL)</button></p>',
        documents_table(digest), "</main>",
    ]
    return page("vocextract review report", "".join(sections))


def _by_document(frame: pd.DataFrame) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in frame.to_dict("records"):
        out.setdefault(row["doc_id"], []).append(row)
    return out


def write_report(out_dir: Path, into: Path | None = None) -> Path:
    """Write report.html and every document's page beside the tables they show: into the
    live set of `out_dir`, or into `into`, a set being staged (a run's report is part of its set).

    The tables are read one partition at a time, its documents' pages written and its rows
    counted into the index's `Digest`, so a report holds no more rows at a time than the run
    did. Each file is replaced atomically, so a reader never sees half a page.
    """
    folder = into or current_set(out_dir)
    (folder / PAGES_DIR).mkdir(exist_ok=True)
    digest = Digest()
    for part in range(partition_count(folder)):
        frames = read_tables(folder, part=part)
        spans = mention_spans(frames)
        facts, series = _by_document(frames["facts"]), _by_document(frames["series"])
        for row in frames["documents"].to_dict("records"):
            doc_id = row["doc_id"]
            html = document_page(row, spans.get(doc_id, []), facts.get(doc_id, []), series.get(doc_id, []))
            write_bytes_atomic(folder / page_name(doc_id), html.encode("utf-8"))
        digest.add(frames)
    write_bytes_atomic(folder / REPORT_NAME, index_page(digest, Path(out_dir)).encode("utf-8"))
    if into is None:
        link_fixed(out_dir, [REPORT_NAME, PAGES_DIR])
    return Path(out_dir) / REPORT_NAME
