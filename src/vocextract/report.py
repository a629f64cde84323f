"""The review report: the tables of a run as HTML pages a person can check by eye.

`write_report(out_dir)` writes `report.html` (corpus overview and document index) and one
page per document under `report/`. Every page is self-contained: styles, script and charts
(SVG) are inline and a Content-Security-Policy forbids any network load.

One page per document rather than one file with the whole corpus: the index stays small
whatever the corpus size, a page costs only its own document to load, and the highlighted
text is rendered here, in Python, where every piece of document text goes through
`html.escape` and the nesting of marks is unit-tested. The policy only admits the page's own
inline script (by hash), so even markup that slipped past escaping could not run.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from base64 import b64encode
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import Path
from string import Template

import pandas as pd

from .errors import NoTablesError
from .ownership import PAGES_DIR, REPORT_NAME, current_set
from .mention_types import BY_NAME, NAMES, REGISTRY
from .schemas import MENTION_TABLES, TABLES
from .write import link_fixed, write_bytes_atomic

TOP = 20
MAX_REJECTS = 500
BLOCK_CHARS = 10_000
JUMP_OPEN = 2_000


# ---------------------------------------------------------------- tables


def load_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table of a run, all from one set; a missing mention table reads as empty."""
    out_dir = current_set(out_dir)
    if not (out_dir / "documents.parquet").exists():
        raise NoTablesError(out_dir)
    frames = {}
    for table, model in TABLES.items():
        path = out_dir / f"{table}.parquet"
        frames[table] = pd.read_parquet(path) if path.exists() else pd.DataFrame(columns=list(model.to_schema().columns))
    return frames


# ---------------------------------------------------------------- mentions as marks


@dataclass(frozen=True)
class Span:
    """One mark to draw: a mention, or the part of it left over after a crossing split."""

    start: int
    end: int
    type: str
    mention_id: str
    tip: tuple[str, ...]
    first: bool = True


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
            span = Span(int(row["start"]), int(row["end"]), mention_type, row["mention_id"], tip)
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


def _open_tag(span: Span) -> str:
    anchor = f' id="m-{span.mention_id}" tabindex="0"' if span.first else ' tabindex="-1"'
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


# ---------------------------------------------------------------- page frame


@cache
def _asset(name: str) -> str:
    return files("vocextract.templates").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    """The CSP source expression admitting exactly this inline block."""
    return "sha256-" + b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def page(title: str, body: str) -> str:
    """A complete, self-contained page: the shared template with style and script inline."""
    style, script = _asset("report.css"), _asset("report.js")
    return Template(_asset("page.html")).substitute(
        title=escape(title),
        body=body,
        style=style,
        script=script,
        style_hash=_csp_hash(style),
        script_hash=_csp_hash(script),
    )


def _table(
    headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset(), attrs: str = "", row_attrs: list[str] | None = None
) -> str:
    """An HTML table; cells arrive already escaped, so callers decide what is markup."""

    def cell(tag: str, i: int, content: str) -> str:
        return f'<{tag}{" class=n" if i in numeric else ""}>{content}</{tag}>'

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(headers))
    trs = row_attrs or [""] * len(rows)
    body = "".join(f"<tr{a}>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row, a in zip(rows, trs))
    return f"<table{attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def legend(counts: dict[str, int]) -> str:
    """The legend, which is also the filter: a checkbox per type with its swatch and name."""
    items = [
        f'<label><input type="checkbox" checked data-filter="{t}"> '
        f'<span class="swatch t-{t}">{BY_NAME[t].label}</span> <span class="muted">{counts.get(t, 0)}</span></label>'
        for t in NAMES
    ]
    items.append('<label><input type="checkbox" id="show-tags"> type labels on marks</label>')
    return '<div class="toolbar" role="group" aria-label="Mention types shown">' + "".join(items) + "</div>"


# ---------------------------------------------------------------- document pages


def page_name(doc_id: str) -> str:
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


def document_page(doc: dict, spans: list[Span]) -> str:
    """One document: its text with every mention marked, the legend/filters and the jump list."""
    counts = Counter(s.type for s in spans)
    meta = f'{escape(doc["path"])} · {doc["n_chars"]:,} characters · {escape(str(doc["encoding"] or ""))}'
    header = f'<header><a href="../{REPORT_NAME}">← all documents</a><h1>{escape(doc["name"])}</h1><p class="muted">{meta}</p></header>'
    if doc["status"] != "ok":
        main = f'<main><p class="error">Failed: {escape(doc["error"] or "")}</p></main>'
        return page(doc["name"], header + main)
    text = document_text(doc["text"], spans)
    main = f'<main>{legend(counts)}<div class="layout"><div>{text}</div>{jump_list(len(spans))}</div></main>'
    return page(doc["name"], header + main)


# ---------------------------------------------------------------- charts (inline SVG)


def _figure(title: str, svg: str, width: int, height: int) -> str:
    """A captioned chart; an empty one says so instead of drawing nothing."""
    if not svg:
        return f'<figure><figcaption>{escape(title)}</figcaption><p class="muted">none</p></figure>'
    return (
        f"<figure><figcaption>{escape(title)}</figcaption>"
        f'<svg width="{width}" height="{height}" role="img" aria-label="{escape(title)}">{svg}</svg></figure>'
    )


def bar_chart(items: list[tuple[str, int]], css: str, title: str) -> str:
    """Horizontal bars with their labels and values written out (readable without colour)."""
    row, label_w, bar_w = 20, 190, 300
    top = max((n for _, n in items), default=1)
    bars = []
    for i, (label, n) in enumerate(items):
        y, w = i * row, max(1, round(bar_w * n / top))
        short = label if len(label) <= 28 else label[:27] + "…"
        bars.append(
            f'<g><title>{escape(label)}: {n:,}</title>'
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(short)}</text>'
            f'<rect class="{css}" x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}"/>'
            f'<text x="{label_w + w + 4}" y="{y + 14}">{n:,}</text></g>'
        )
    return _figure(title, "".join(bars), label_w + bar_w + 60, row * len(items))


def column_chart(counts: dict[int, int], css: str, title: str) -> str:
    """Columns along a continuous axis of years (gaps shown as empty), labelled from the first
    year on at least 40 px apart."""
    if not counts:
        return _figure(title, "", 0, 0)
    first, last = min(counts), max(counts)
    span = last - first + 1
    col, height, base = max(4, min(24, 540 // span)), 160, 180
    step = next(s for s in (1, 2, 5, 10, 20, 50) if s * col >= 40)
    top = max(counts.values())
    parts = [f'<text x="0" y="12">{top:,}</text><line x1="30" y1="{base}" x2="{30 + col * span}" y2="{base}" stroke="#1a1a1a"/>']
    for i, year in enumerate(range(first, last + 1)):
        n, x = counts.get(year, 0), 30 + i * col
        h = round(height * n / top)
        parts.append(f'<rect class="{css}" x="{x}" y="{base - h}" width="{col - 1}" height="{h}"><title>{year}: {n:,}</title></rect>')
        if i % step == 0:
            parts.append(f'<text x="{x}" y="{base + 14}">{year}</text>')
    return _figure(title, "".join(parts), 60 + col * span, base + 20)


def _top(series: pd.Series, n: int = TOP) -> list[tuple[str, int]]:
    return [(str(k), int(v)) for k, v in series.value_counts().head(n).items()]


def charts(frames: dict[str, pd.DataFrame]) -> str:
    years = frames["years"]["value"].astype(int).value_counts().to_dict()
    return '<div class="charts">' + "".join([
        bar_chart(_top(frames["countries"]["country"]), "bar-country", f"Mentions per country (top {TOP})"),
        column_chart(years, "bar-year", "Years mentioned"),
        bar_chart(_top(frames["numbers"]["unit"]), "bar-number", "Units of numbers"),
    ]) + "</div>"


# ---------------------------------------------------------------- index page


def _counts_by_doc(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    counts = {t: frames[t]["doc_id"].value_counts() for t in MENTION_TABLES}
    return pd.DataFrame(counts).reindex(frames["documents"]["doc_id"]).fillna(0).astype(int)


def documents_table(frames: dict[str, pd.DataFrame]) -> str:
    """Every document with its mention counts and a link to its page; failed ones with the error."""
    counts = _counts_by_doc(frames)
    rows, attrs = [], []
    for doc in frames["documents"].to_dict("records"):
        failed = doc["status"] != "ok"
        status = f'<span class="error">failed: {escape(doc["error"] or "")}</span>' if failed else "ok"
        link = f'<a href="{page_name(doc["doc_id"])}">{escape(doc["path"])}</a>'
        rows.append([link, status, f'{doc["n_chars"]:,}', *(f"{counts.at[doc['doc_id'], t]:,}" for t in MENTION_TABLES)])
        attrs.append(f' data-search="{escape(doc["path"].lower())}"' + (' class="failed"' if failed else ""))
    head = ["document", "status", "characters", *MENTION_TABLES]
    return _table(head, rows, numeric={2, 3, 4, 5, 6}, attrs=' id="documents"', row_attrs=attrs)


def rows_table(frames: dict[str, pd.DataFrame]) -> str:
    docs = frames["documents"]
    failed = int((docs["status"] != "ok").sum())
    rows = [["documents", f"{len(docs):,}" + (f' <span class="error">({failed} failed)</span>' if failed else "")]]
    rows += [[t, f"{len(frames[t]):,}"] for t in (*MENTION_TABLES, "rejects")]
    return _table(["table", "rows"], rows, numeric={1})


def organisations_table(frames: dict[str, pd.DataFrame]) -> str:
    """The most mentioned organisations by canonical name, with their type and spread."""
    orgs = frames["organisations"]
    if orgs.empty:
        return '<p class="muted">none</p>'
    top = (
        orgs.groupby("name")
        .agg(mentions=("mention_id", "size"), documents=("doc_id", "nunique"), org_type=("org_type", "first"))
        .sort_values(["mentions", "documents"], ascending=False)
        .head(TOP)
    )
    rows = [[escape(name), escape(r.org_type), f"{r.mentions:,}", f"{r.documents:,}"] for name, r in top.iterrows()]
    return _table(["organisation", "type", "mentions", "documents"], rows, numeric={2, 3})


def rejects_table(frames: dict[str, pd.DataFrame]) -> str:
    """Rows that failed validation, with the failed check and the row itself."""
    rejects = frames["rejects"]
    if rejects.empty:
        return '<p class="muted">none: every row passed its checks</p>'
    names = frames["documents"].set_index("doc_id")["path"]
    rows = [
        [escape(r["table"]), escape(str(names.get(r["doc_id"], r["doc_id"] or ""))), escape(r["check"]),
         escape(r["column"] or ""), f'<pre class="row">{escape(r["row"])}</pre>']
        for r in rejects.head(MAX_REJECTS).to_dict("records")
    ]
    more = f'<p class="muted">the first {MAX_REJECTS:,} of {len(rejects):,}; all are in rejects.parquet</p>' if len(rejects) > MAX_REJECTS else ""
    return _table(["table", "document", "check", "column", "row"], rows) + more


def index_page(frames: dict[str, pd.DataFrame], out_dir: Path) -> str:
    """The corpus overview and the index of document pages."""
    when = datetime.now(timezone.utc).isoformat(timespec="seconds")
    sections = [
        f'<header><h1>vocextract review report</h1><p class="muted">{escape(str(out_dir))} · written {when}</p></header><main>',
        "<h2>Rows per table</h2>", rows_table(frames),
        "<h2>Charts</h2>", charts(frames),
        "<h2>Top organisations</h2>", organisations_table(frames),
        "<h2>Rejects</h2>", rejects_table(frames),
        "<h2>Documents</h2>",
        '<p><label>Filter: <input id="doc-filter" type="search" placeholder="part of a path"></label></p>',
        documents_table(frames), "</main>",
    ]
    return page("vocextract review report", "".join(sections))


# ---------------------------------------------------------------- writing


def write_report(out_dir: Path, into: Path | None = None) -> Path:
    """Write report.html and every document's page beside the tables they show: into the
    live set of `out_dir`, or into `into`, a set being staged (a run's report is part of its set).

    Each file is replaced atomically, so a reader never sees half a page.
    """
    folder = into or current_set(out_dir)
    frames = load_tables(folder)
    spans = mention_spans(frames)
    (folder / PAGES_DIR).mkdir(exist_ok=True)
    for doc in frames["documents"].to_dict("records"):
        write_bytes_atomic(folder / page_name(doc["doc_id"]), document_page(doc, spans.get(doc["doc_id"], [])).encode("utf-8"))
    write_bytes_atomic(folder / REPORT_NAME, index_page(frames, Path(out_dir)).encode("utf-8"))
    if into is None:
        link_fixed(out_dir, [REPORT_NAME, PAGES_DIR])
    return Path(out_dir) / REPORT_NAME
