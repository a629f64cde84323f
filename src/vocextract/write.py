"""A run's tables, manifest and report published as one set, switched live in one step.

Everything is written into a new set folder that no reader looks at; only when all of it is
on disk does one rename point `current` at it (see docs/design.md, "The output folder").
A crash, a kill or a full disk before that rename leaves the previous set live and whole;
after it, the new one is. Single files elsewhere (cache entries, a regenerated report page)
are written under a temporary name and renamed into place.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as arrow
import pyarrow.parquet as pq

from .errors import OutputDirError, OutputLockedError
from .ownership import (
    CURRENT, MANIFEST, SETS_DIR, claim, linked_names, listed, remove_legacy, remove_set, remove_stale,
)
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


def _stamp() -> str:
    return f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S%f}-{os.getpid()}"


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(path: Path, write: Callable) -> None:
    with open(path, "xb") as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())


def _link(out: Path, name: str, target: Path) -> None:
    """`out/name` made a symbolic link to `target` by one rename (over a link or a file)."""
    path = out / name
    if path.is_symlink() and Path(os.readlink(path)) == target:
        return
    tmp = out / f".{name}.{_stamp()}.tmp"
    os.symlink(target, tmp)
    os.replace(tmp, path)


def link_fixed(out_dir: Path, names: list[str]) -> None:
    """The fixed paths users open, each a link through `current`, for the files the live set holds."""
    live = Path(out_dir) / CURRENT
    for name in names:
        if (live / name).exists():
            _link(Path(out_dir), name, Path(CURRENT) / name)


def publish(
    tables: Tables, out_dir: Path, manifest: dict, previous: dict | None = None,
    report: Callable[[Path, Path], object] | None = None,
) -> list[Path]:
    """Stage the manifest, every table and the review report (`report(out_dir, stage)`) in a
    new set folder, switch `current` to it, then remove the sets and cache entries no longer
    needed.

    `previous` is the manifest of the set that was live when the run took its lock (callers
    hold `output_lock`). Any failure before the switch removes the staged set and leaves the
    previous one live: an OSError (a full disk) becomes an `OutputDirError`. Returns the
    fixed paths of the files written.
    """
    out = Path(out_dir)
    targets = [(f"{t}.parquet", _parquet_writer(df, t)) for t, df in tables.frames.items()]
    manifest = {**manifest, "files": sorted(set(listed(manifest)) | {MANIFEST} | {name for name, _ in targets})}
    stage = out / SETS_DIR / _stamp()
    try:
        stage.mkdir(parents=True)
        for name, writer in [(MANIFEST, _json_writer(manifest)), *targets]:
            _write_synced(stage / name, writer)
        if report:
            report(out, stage)
        _sync_dir(stage)
    except BaseException as exc:
        remove_set(stage)
        if isinstance(exc, OSError):
            raise OutputDirError(out, f"{exc.strerror or exc}; the previous tables are left as they were") from exc
        raise
    try:
        remove_legacy(out, previous or {})
        _link(out, CURRENT, Path(SETS_DIR) / stage.name)
        _sync_dir(out)
        link_fixed(out, linked_names(tables.frames))
        remove_stale(out, previous or {}, manifest)
    except OSError as exc:
        raise OutputDirError(out, f"{exc.strerror or exc} while switching to the new tables in {stage}") from exc
    return [out / name for name in [*(name for name, _ in targets), MANIFEST]]
