"""A run's tables read back, for the review report and the JSONL export, and counted per document."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import NoTablesError
from .ownership import current_set
from .schemas import MENTION_TABLES, TABLES


def read_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table of the live set in `out_dir` (or of the set folder given), all from one set;
    a table the run did not write reads as empty with its columns."""
    out_dir = current_set(out_dir)
    if not (out_dir / "documents.parquet").exists():
        raise NoTablesError(out_dir)
    frames = {}
    for table, model in TABLES.items():
        path = out_dir / f"{table}.parquet"
        frames[table] = pd.read_parquet(path) if path.exists() else pd.DataFrame(columns=list(model.to_schema().columns))
    return frames


def counts_by_document(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Rows per mention table of each document, indexed by doc_id in the documents' order
    (zero for a document with none, or one that failed): the run artifact and the report's
    index show the same counts."""
    counts = {t: frames[t]["doc_id"].value_counts() for t in MENTION_TABLES}
    return pd.DataFrame(counts, columns=list(MENTION_TABLES)).reindex(frames["documents"]["doc_id"]).fillna(0).astype(int)
