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

import pyarrow.parquet as pq

from .errors import OutputDirError, OutputLockedError
from .ownership import (
    CURRENT, MANIFEST, SETS_DIR, claim, linked_names, listed, remove_legacy, remove_set, remove_stale, table_files,
)
from .schemas import TABLES, arrow_table
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


def file_mode() -> int:
    """The mode a new file gets from the process's umask (0644 under the usual 022). `mkstemp`
    makes its files 0600, a mode for secrets, which would keep a colleague or a BI service
    on the same machine from reading tables and pages that `open` would have let them read.
    The umask can only be read by setting it, so it is set back at once."""
    mask = os.umask(0o077)
    os.umask(mask)
    return 0o666 & ~mask


def _stage(path: Path, write: Callable) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, file_mode())
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
    data = arrow_table(df, TABLES[table])
    return lambda fh: pq.write_table(data, fh, compression="zstd")


def _json_bytes(obj: dict) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _json_writer(obj: dict) -> Callable:
    payload = _json_bytes(obj)
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


class Staging:
    """A set being written in its own folder, which no reader looks at until `commit` switches
    `current` to it. A run of several partitions writes each table as one part per partition
    (see `ownership.table_files`); the part names are known from the start, so the manifest
    written first lists them and even a set whose run was killed midway is removed by its list.
    """

    def __init__(self, out_dir: Path, parts: int):
        self.out = Path(out_dir)
        self.parts = parts
        self.folder = self.out / SETS_DIR / _stamp()
        self.tables = sorted(name for table in TABLES for name in table_files(table, parts))
        self.live = False

    def begin(self) -> None:
        """The set's folder made, with a manifest listing its tables' files."""
        self.folder.mkdir(parents=True)
        _write_synced(self.folder / MANIFEST, _json_writer({"files": [MANIFEST, *self.tables]}))

    def write(self, tables: Tables, part: int) -> None:
        """One partition's validated tables, as the whole tables or as their part `part`."""
        for table, df in tables.frames.items():
            path = self.folder / table_files(table, self.parts)[part]
            path.parent.mkdir(exist_ok=True)
            _write_synced(path, _parquet_writer(df, table))

    def commit(self, manifest: dict, previous: dict | None, report: Callable[[Path, Path], object] | None) -> list[Path]:
        """The run's manifest and review report (`report(out_dir, set)`) added, the set switched
        live, then the sets and cache entries no longer needed removed (see `publish`)."""
        manifest = {**manifest, "files": sorted(set(listed(manifest)) | {MANIFEST, *self.tables})}
        write_bytes_atomic(self.folder / MANIFEST, _json_bytes(manifest))
        if report:
            report(self.out, self.folder)
        for folder in {(self.folder / name).parent for name in self.tables} | {self.folder}:
            _sync_dir(folder)
        out = self.out
        try:
            remove_legacy(out, previous or {})
            _link(out, CURRENT, Path(SETS_DIR) / self.folder.name)
            self.live = True
            _sync_dir(out)
            link_fixed(out, linked_names(TABLES))
            remove_stale(out, previous or {}, manifest)
        except OSError as exc:
            raise OutputDirError(out, f"{exc.strerror or exc} while switching to the new tables in {self.folder}") from exc
        return [out / f"{table}.parquet" for table in TABLES] + [out / MANIFEST]


@contextlib.contextmanager
def staging(out_dir: Path, parts: int) -> Iterator[Staging]:
    """A new set to write into (callers hold `output_lock`). Any failure before its switch
    removes it and leaves the previous set live: an OSError (a full disk) becomes an
    `OutputDirError`."""
    stage = Staging(out_dir, parts)
    try:
        stage.begin()
        yield stage
    except BaseException as exc:
        if not stage.live:
            remove_set(stage.folder)
        if isinstance(exc, OSError):
            raise OutputDirError(Path(out_dir), f"{exc.strerror or exc}; the previous tables are left as they were") from exc
        raise


def publish(
    tables: Tables, out_dir: Path, manifest: dict, previous: dict | None = None,
    report: Callable[[Path, Path], object] | None = None,
) -> list[Path]:
    """A run of one partition: stage the manifest, every table and the review report
    (`report(out_dir, stage)`) in a new set folder, switch `current` to it, then remove the
    sets and cache entries no longer needed.

    `previous` is the manifest of the set that was live when the run took its lock (callers
    hold `output_lock`). Any failure before the switch removes the staged set and leaves the
    previous one live. Returns the fixed paths of the files written.
    """
    with staging(out_dir, 1) as stage:
        stage.write(tables, 0)
        return stage.commit(manifest, previous, report)
