"""A run's published tables read back, for the review report and the JSONL export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .errors import NoTablesError
from .ownership import current_set
from .schemas import TABLES


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
