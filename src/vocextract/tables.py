"""Documents, mentions and references as DataFrames, validated: good rows kept, bad rows to rejects.

Validation never raises: every row that fails a check of its table's model is moved to the
rejects table with the names of the failed checks and the row itself as JSON.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

import numpy as np
import pandas as pd
import pandera.pandas as pa

from .errors import MalformedTableError
from .mention_types import BY_NAME
from .extract import Extracted
from .extract.mention import Mention
from .extract.metadata import Metadata
from .extract.references import Reference
from .extract.series import Table
from .ingest import Document, stable_id
from .schemas import DOCUMENT_TABLES, METADATA_FIELDS, TABLES, RejectModel, columns, grounded_schema
from .schemas.documents import missing
from .schemas.values import DATE_PRECISIONS

METADATA = "metadata"
METADATA_COLUMNS = tuple(c for f in METADATA_FIELDS for c in (f, f"{f}_start", f"{f}_end"))
ROW_IDS = {"references": "reference_id"}
SORT_KEYS = {
    "documents": ["path"],
    "references": ["doc_id", "start", "end"],
    "pages": ["doc_id", "page"],
    "facts": ["doc_id", "mention_id"],
    "series": ["doc_id", "table_start", "row", "column_index"],
    "rejects": ["table", "doc_id", "mention_id", "check"],
}


@dataclass(frozen=True)
class Tables:
    """A run's validated tables, ready to write: one DataFrame per table of `schemas.TABLES`,
    the rejects table among them (rows that failed their checks, kept as data with the reason)."""
    frames: dict[str, pd.DataFrame]

    def counts(self) -> dict[str, int]:
        """Rows per table, rejects included: the row counts of the manifest and the run's summary."""
        return {name: len(df) for name, df in self.frames.items()}


def mention_id(doc_id: str, mention_type: str, start: int, end: int) -> str:
    """A mention's stable id, hashed from document, type and offsets, so that reruns give the
    same ids and rows can be joined across tables and runs."""
    return stable_id(doc_id, mention_type, start, end)


def document_record(doc: Document, stated: dict | None = None, run_at: datetime | None = None) -> dict:
    """A document's row; `stated` is its metadata record (see `metadata_record`), if extracted,
    its values typed as the table holds them (see `typed_metadata`); `run_at` when the run
    started."""
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "name": doc.name,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "format": doc.format,
        "n_chars": len(doc.text),
        "n_words": len(doc.text.split()),
        "n_pages": len(doc.pages),
        "status": doc.status,
        "error": doc.error,
        "text": doc.text,
        **typed_metadata({column: (stated or {}).get(column) for column in METADATA_COLUMNS}),
        "run_at": run_at or datetime.now(timezone.utc),
    }


def typed_metadata(stated: dict) -> dict:
    """A metadata record as the documents table types it: the "; "-separated author line as a
    list of names, the ISO date text ("2021-03-12", "2021-03", "2021") as a date with its
    precision (a month or a year alone dated to its first day). The record stays text in the
    cache, so cached results never depend on the table's types."""
    authors = stated.get("authors")
    published, precision = _date(stated.get("published"))
    return stated | {"authors": authors.split("; ") if authors else None, "published": published, "published_precision": precision}


def _date(text: str | None) -> tuple[date | None, str | None]:
    """An ISO date text as a date and its precision; one that names no day of the calendar
    ("2021-13") as None, so that its row, whose offsets are still set, is rejected for it."""
    try:
        parts = [int(p) for p in text.split("-")] if text else []
        return (date(*parts, *[1] * (3 - len(parts))), DATE_PRECISIONS[3 - len(parts)]) if parts else (None, None)
    except (ValueError, TypeError):
        return None, None


def metadata_record(found: Metadata) -> dict:
    """Each stated field's value and offsets, as the documents table's columns."""
    record = {}
    for name in METADATA_FIELDS:
        field = getattr(found, name)
        record |= {name: field and field.value, f"{name}_start": field and field.start, f"{name}_end": field and field.end}
    return record


def reference_id(doc_id: str, start: int, end: int) -> str:
    """A bibliography entry's stable id, hashed from its document and offsets like a mention's."""
    return stable_id(doc_id, "reference", start, end)


def _reference_record(doc_id: str, text: str, ref: Reference) -> dict:
    return {
        "reference_id": reference_id(doc_id, ref.start, ref.end),
        "doc_id": doc_id,
        "start": ref.start,
        "end": ref.end,
        "text": text,
        "number": ref.number,
        "authors": list(ref.authors) or None,
        "n_authors": len(ref.authors),
        "year": ref.year,
        "year_start": ref.year_span[0] if ref.year_span else None,
        "year_end": ref.year_span[1] if ref.year_span else None,
        "title": ref.title,
        "venue": ref.venue,
        "doi": ref.doi,
    }


def _entry_of(refs: list[dict], starts: list[int], pos: int) -> str | None:
    """The id of the reference entry holding offset `pos`, if any."""
    i = bisect.bisect_right(starts, pos) - 1
    return refs[i]["reference_id"] if i >= 0 and pos < refs[i]["end"] else None


def page_records(doc: Document) -> list[dict]:
    """One record per page, slide or section of a document, numbered from 1."""
    return [
        {"doc_id": doc.doc_id, "page": number, "label": p.label, "kind": p.kind, "start": p.start, "end": p.end}
        for number, p in enumerate(doc.pages, 1)
    ]


def _mention_id(doc_id: str, m: Mention | None) -> str | None:
    return mention_id(doc_id, m.type, m.start, m.end) if m is not None else None


def mention_records(doc_id: str, text: str, extracted: Extracted) -> dict[str, list[dict]]:
    """Per table, the records of one document: its mentions, their facts, its table cells, its
    references; and under `metadata`, its one metadata record."""
    out: dict[str, list[dict]] = {table: [] for table in DOCUMENT_TABLES}
    out["references"] = [_reference_record(doc_id, text[r.start : r.end], r) for r in extracted.references]
    out[METADATA] = [metadata_record(extracted.metadata)]
    starts = [r["start"] for r in out["references"]]
    for row in extracted.rows:
        m = row.mention
        record = {
            "mention_id": _mention_id(doc_id, m),
            "doc_id": doc_id,
            "start": m.start,
            "end": m.end,
            "text": row.text,
            "sentence_start": row.sentence_start,
            "sentence_end": row.sentence_end,
            "section": row.section,
            "source": "extractor",
        }
        table = BY_NAME[m.type].table
        if table == "years":
            record["reference_id"] = _entry_of(out["references"], starts, m.start)
        values = m.values()
        record.update({key: values.get(key) for key in columns(TABLES[table]) if key not in record})
        out[table].append(record)
        if m.fact is not None:
            out["facts"].append(_fact_record(doc_id, row.text, m))
    for table in extracted.tables:
        out["series"] += _series_records(doc_id, table)
    return out


def _fact_record(doc_id: str, text: str, m: Mention) -> dict:
    fact = m.fact
    return {
        "mention_id": _mention_id(doc_id, m),
        "doc_id": doc_id,
        "text": text,
        "value": m.fields.value,
        "unit": m.fields.unit,
        **fact.values(),
        "year_mention_id": _mention_id(doc_id, fact.year_mention),
        "country_mention_id": _mention_id(doc_id, fact.country_mention),
        "organisation_mention_id": _mention_id(doc_id, fact.org_mention),
        "twin_mention_id": _mention_id(doc_id, fact.twin),
        "source": "extractor",
    }


def _series_records(doc_id: str, table: Table) -> list[dict]:
    table_id = stable_id(doc_id, "table", table.start, table.end)
    return [
        {
            "table_id": table_id,
            "doc_id": doc_id,
            "table_start": table.start,
            "table_end": table.end,
            "row": cell.row,
            "row_label": cell.row_label,
            "year": cell.year.fields.value if cell.year is not None else None,
            "column_index": cell.column,
            "column": table.header(cell),
            "value": cell.number.fields.value,
            "unit": cell.number.fields.unit,
            "mention_id": _mention_id(doc_id, cell.number),
        }
        for cell in table.cells
    ]


def _frame(table: str, records: list[dict]) -> pd.DataFrame:
    cols = columns(TABLES[table])
    df = pd.DataFrame.from_records(records, columns=cols) if records else pd.DataFrame(columns=cols)
    keys = SORT_KEYS.get(table, ["doc_id", "start", "end", "mention_id"])
    return df.sort_values(keys, kind="stable").reset_index(drop=True)


def _row_json(row: pd.Series) -> str:
    return json.dumps({k: (None if missing(v) else _plain(v)) for k, v in row.items()}, ensure_ascii=False, default=str)


def _plain(value):
    """A cell as JSON holds it: a list cell (an Arrow list reads back as an array) as a list."""
    return [str(v) for v in value] if np.ndim(value) else value


def validate(table: str, df: pd.DataFrame, schema: pa.DataFrameSchema) -> tuple[pd.DataFrame, list[dict]]:
    """Rows that pass every check, and a reject record per row that does not."""
    try:
        return schema.validate(df, lazy=True), []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    row_level = cases[cases["index"].notna()]
    if len(row_level) < len(cases):
        whole = cases[cases["index"].isna()]
        problems = "; ".join(sorted(set(whole["check"].astype(str))))
        raise MalformedTableError(table, problems)
    rejects = []
    for index, group in row_level.groupby("index", sort=True):
        row = df.loc[index]
        rejects.append(
            {
                "table": table,
                "doc_id": row.get("doc_id"),
                "mention_id": row.get(ROW_IDS.get(table, "mention_id")),
                "check": ";".join(sorted(set(group["check"].astype(str)))),
                "column": ";".join(sorted(set(group["column"].dropna().astype(str)))) or None,
                "row": _row_json(row),
            }
        )
    bad = set(row_level["index"])
    kept = df.drop(index=[i for i in df.index if i in bad])
    return schema.validate(kept, lazy=True), rejects


def _metadata_of(records: dict[str, list[dict]]) -> dict | None:
    found = records.get(METADATA, [])
    return found[0] if found else None


def build_tables(documents: list[Document], mentions: dict[str, dict[str, list[dict]]], run_at: datetime | None = None) -> Tables:
    """All tables, validated. `mentions` maps doc_id to that document's records per table (its
    metadata record under `metadata`, rows a reviewer rejected under `rejects`); `run_at`, when the run started, dates every
    document row (now, when not given)."""
    frames: dict[str, pd.DataFrame] = {}
    rejects: list[dict] = []
    run_at = run_at or datetime.now(timezone.utc)
    records = [document_record(d, _metadata_of(mentions.get(d.doc_id, {})), run_at) for d in documents]
    docs, bad = validate("documents", _frame("documents", records), TABLES["documents"].to_schema())
    rejects += bad
    frames["documents"] = docs
    pages = [r for d in documents for r in page_records(d)]
    frames["pages"], bad = validate("pages", _frame("pages", pages), grounded_schema(TABLES["pages"], docs))
    rejects += bad
    for table in DOCUMENT_TABLES:
        records = [r for per_doc in mentions.values() for r in per_doc.get(table, [])]
        good, bad = validate(table, _frame(table, records), grounded_schema(TABLES[table], docs))
        frames[table] = good.reset_index(drop=True)
        rejects += bad
    rejects += [r for per_doc in mentions.values() for r in per_doc.get("rejects", [])]
    frames["rejects"] = RejectModel.validate(_frame("rejects", rejects))
    return Tables(frames)
