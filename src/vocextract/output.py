"""A run's tables read back, for the review report and the JSONL export, and counted per document."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import NoTablesError
from .ownership import current_set
from .schemas import MENTION_TABLES, TABLES


def read_tables(out_dir: Path, part: int | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the live set in `out_dir` (or of the set folder given), all from one set;
    a table the run did not write reads as empty with its columns. A partitioned set's tables
    read whole, or only their part `part`.
    """
    out_dir = current_set(out_dir)
    if not table_paths(out_dir, "documents"):
        raise NoTablesError(out_dir)
    frames = {}
    for table, model in TABLES.items():
        paths = table_paths(out_dir, table)
        if part is not None and len(paths) > 1:
            paths = paths[part : part + 1]
        if paths:
            frames[table] = _concat([pd.read_parquet(p) for p in paths])
        else:
            frames[table] = pd.DataFrame(columns=list(model.to_schema().columns))
    return frames


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The parts as one frame. Empty ones are left out, and a table with no rows is rebuilt with
    its column types: pandas reads an empty Parquet column as an Arrow array of no chunks,
    which joins fail on ("cannot construct ChunkedArray from empty vector")."""
    kept = [df for df in parts if len(df)]
    if not kept:
        return pd.DataFrame({column: pd.Series([], dtype=dtype) for column, dtype in parts[0].dtypes.items()})
    return kept[0] if len(kept) == 1 else pd.concat(kept, ignore_index=True)


def table_paths(folder: Path, table: str) -> list[Path]:
    """The Parquet files of a table in a set folder: the one file, or its parts in order."""
    path = Path(folder) / f"{table}.parquet"
    if path.is_dir():
        return sorted(path.glob("part-*.parquet"))
    return [path] if path.exists() else []


def partition_count(out_dir: Path) -> int:
    """How many partitions the live set of `out_dir` (or the set folder given) was written in."""
    return max(1, len(table_paths(current_set(out_dir), "documents")))


def counts_by_document(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Rows per mention table of each document, indexed by doc_id in the documents' order
    (zero for a document with none, or one that failed): the run artifact and the report's
    index show the same counts."""
    counts = {t: frames[t]["doc_id"].value_counts() for t in MENTION_TABLES}
    return pd.DataFrame(counts, columns=list(MENTION_TABLES)).reindex(frames["documents"]["doc_id"]).fillna(0).astype(int)


SHOWN_REJECTS = 500


@dataclass
class Digest:
    """What the run's accounts and the report's index show of its tables, added up part by part
    (`add`), so that neither holds more than one partition's rows: rows per table, each
    document's row (without its text) and mention counts, mentions per country, year, unit and
    organisation, and rejected rows by check with the first `SHOWN_REJECTS` of them."""

    rows: Counter = field(default_factory=Counter)
    documents: list[pd.DataFrame] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    years: Counter = field(default_factory=Counter)
    units: Counter = field(default_factory=Counter)
    organisations: Counter = field(default_factory=Counter)
    organisation_documents: Counter = field(default_factory=Counter)
    organisation_types: dict[str, str] = field(default_factory=dict)
    reject_checks: Counter = field(default_factory=Counter)
    rejects: list[dict] = field(default_factory=list)

    def add(self, frames: dict[str, pd.DataFrame]) -> None:
        """One partition's tables counted in (a document's rows are all in its partition)."""
        self.rows.update({table: len(df) for table, df in frames.items()})
        docs = frames["documents"].drop(columns=["text"]).reset_index(drop=True)
        self.documents.append(pd.concat([docs, counts_by_document(frames).reset_index(drop=True)], axis=1))
        self.countries.update(frames["countries"]["country"].dropna().tolist())
        self.years.update(frames["years"]["value"].dropna().astype(int).tolist())
        self.units.update(frames["numbers"]["unit"].dropna().tolist())
        orgs = frames["organisations"]
        self.organisations.update(orgs["name"].tolist())
        self.organisation_documents.update(orgs.drop_duplicates(["name", "doc_id"])["name"].tolist())
        for name, kind in orgs.drop_duplicates("name")[["name", "org_type"]].itertuples(index=False):
            self.organisation_types.setdefault(name, kind)
        rejects = frames["rejects"]
        self.reject_checks.update((rejects["table"] + ": " + rejects["check"]).tolist())
        shown = rejects.head(SHOWN_REJECTS - len(self.rejects)).astype(object)
        self.rejects += shown.where(shown.notna(), None).to_dict("records")

    def documents_frame(self) -> pd.DataFrame:
        """Every document's row, without its text, with its rows per mention table."""
        columns = [c for c in TABLES["documents"].to_schema().columns if c != "text"] + list(MENTION_TABLES)
        return pd.concat(self.documents, ignore_index=True) if self.documents else pd.DataFrame(columns=columns)


def most(counts: Counter, n: int) -> list[tuple[str, int]]:
    """The `n` largest counts, ties by name, so the same tables always show the same list."""
    return sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))[:n]
