"""Tables to Parquet: all staged under temporary names first, then renamed into place.

A reader (or a crash, or a full disk) never sees a half-written file: every table is
written and flushed under a temporary name before any is renamed, and `os.replace` is
atomic on one file system. The manifest is renamed last, so it always describes complete
tables.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as arrow
import pyarrow.parquet as pq

from .errors import OutputDirError, OutputLockedError
from .ownership import MANIFEST, claim, remove_staged
from .schemas import TABLES, arrow_schema
from .tables import Tables


LOCK_NAME = ".vocextract.lock"


@contextlib.contextmanager
def output_lock(out_dir: Path, input_dir: Path) -> Iterator[None]:
    """Hold the output folder for one run; a second run at the same time is refused, and so is
    a folder that is not ours (see `ownership.claim`).

    The lock is an OS file lock, so it is released when its process dies, even by SIGKILL:
    a crashed run never blocks the next one.
    """
    out_dir = claim(out_dir, input_dir)
    try:
        fh = open(out_dir / LOCK_NAME, "a+")
    except OSError as exc:
        raise OutputDirError(out_dir, exc.strerror or str(exc)) from exc
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise OutputLockedError(out_dir) from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _stage(path: Path, write: Callable) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """One file, written under a temporary name and renamed into place."""
    os.replace(_stage(path, lambda fh: fh.write(data)), path)


def _parquet_writer(df, table: str) -> Callable:
    schema = arrow_schema(TABLES[table])
    data = arrow.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)
    return lambda fh: pq.write_table(data, fh, compression="zstd")


def _json_writer(obj: dict) -> Callable:
    payload = (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    return lambda fh: fh.write(payload)


def write_all(tables: Tables, out_dir: Path, manifest: dict) -> list[Path]:
    """Write every table and the manifest into `out_dir`; all or nothing is replaced.

    Staging files that a killed run left beside these tables are removed first (callers hold
    `output_lock`); no other file is touched.
    """
    out_dir = Path(out_dir)
    targets = [(out_dir / f"{t}.parquet", _parquet_writer(df, t)) for t, df in tables.frames.items()]
    targets.append((out_dir / MANIFEST, _json_writer(manifest)))
    staged: list[Path] = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_staged(out_dir, [path.name for path, _ in targets])
        for path, writer in targets:
            staged.append(_stage(path, writer))
    except OSError as exc:
        for tmp in staged:
            tmp.unlink(missing_ok=True)
        raise OutputDirError(out_dir, f"{exc.strerror or exc}; the previous tables are left as they were") from exc
    for tmp, (path, _) in zip(staged, targets):
        os.replace(tmp, path)
    return [path for path, _ in targets]
