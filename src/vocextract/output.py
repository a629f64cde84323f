"""A run's tables read back, for the review report and the JSONL export, and counted per document."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import NoTablesError
from .ownership import current_set
from .schemas import MENTION_TABLES, TABLES


def read_tables(
    out_dir: Path, part: int | None = None, columns: dict[str, list[str]] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every table of the live set in `out_dir` (or of the set folder given), all from one set;
    a table the run did not write reads as empty with its columns. A partitioned set's tables
    read whole, or only their part `part`; `columns` limits a table to the columns it names.
    """
    out_dir = current_set(out_dir)
    if not table_paths(out_dir, "documents"):
        raise NoTablesError(out_dir)
    frames = {}
    for table, model in TABLES.items():
        wanted = (columns or {}).get(table)
        paths = table_paths(out_dir, table)
        if part is not None and len(paths) > 1:
            paths = paths[part : part + 1]
        if paths:
            frames[table] = _concat([pd.read_parquet(p, columns=wanted) for p in paths])
        else:
            frames[table] = pd.DataFrame(columns=wanted or list(model.to_schema().columns))
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
