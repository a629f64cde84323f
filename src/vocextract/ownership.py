"""What in an output folder is ours: a run writes only into a folder it owns, and deletes only
the files a previous run's manifest lists.

A folder is ours when it holds the marker file, which a run writes into a new or empty folder.
Anything else (the input folder, a home folder, `/`, a folder of the user's files) is refused
before a byte is written, so a typo in `--out` can never cost the user a file. Clean-up goes
by manifests, never by a glob: a set folder is emptied of the files its own manifest lists,
cache entries by the difference of two manifests' `cache` lists, so a file the user drops
beside our tables is left alone. The layout (sets, `current`, the fixed links) is described in
docs/design.md, "The output folder".
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputDirError, OutputHoldsInputError, OutputNotOursError, OutputOfOtherInputError

MARKER = ".vocextract-output"
MANIFEST = "manifest.json"
CACHE_DIR = ".cache"
PAGES_DIR = "report"
REPORT_NAME = "report.html"
SETS_DIR = ".sets"
CURRENT = "current"
MARKER_TEXT = (
    "This folder holds the tables of vocextract runs. A run deletes only files that a\n"
    "manifest.json of ours lists; anything else here is left alone.\n"
)


def linked_names(tables: Iterable[str]) -> list[str]:
    """The fixed paths users open (`numbers.parquet`, `report.html` …): links through `current`."""
    return [f"{t}.parquet" for t in tables] + [MANIFEST, REPORT_NAME, PAGES_DIR]


def table_files(table: str, parts: int) -> list[str]:
    """A table's files in a set: `numbers.parquet` for a run of one partition, else one part per
    partition in the folder `numbers.parquet/`, read as one dataset by the same path (see
    docs/design.md, "Partitioned runs")."""
    if parts == 1:
        return [f"{table}.parquet"]
    return [f"{table}.parquet/part-{i:05d}.parquet" for i in range(parts)]


def claim(out_dir: Path, input_dir: Path) -> Path:
    """`out_dir` resolved, created and marked if new or empty; refused if it is not ours.

    Raises OutputHoldsInputError when it is, or contains, the input folder, and
    OutputNotOursError when it holds files of someone else's.
    """
    out, source = Path(out_dir).resolve(), Path(input_dir).resolve()
    if source == out or source.is_relative_to(out):
        raise OutputHoldsInputError(out, source)
    if out.exists() and not out.is_dir():
        raise OutputDirError(out, "it exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        if not _is_ours(out):
            if any(out.iterdir()) and not _legacy_output(out):
                raise OutputNotOursError(out, sorted(p.name for p in out.iterdir())[:3])
            (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    except OSError as exc:
        raise OutputDirError(out, exc.strerror or str(exc)) from exc
    for sub, link in ((CACHE_DIR, None), (SETS_DIR, None), (CURRENT, SETS_DIR), (PAGES_DIR, CURRENT)):
        if not _our_folder(out / sub, link):
            raise OutputDirError(out, f"{sub} is a link or not a folder, so it is not ours; remove it or choose another --out")
    return out


def _our_folder(path: Path, link_into: str | None) -> bool:
    """A folder of ours, absent, or (where `link_into` is given) our link into that folder."""
    if path.is_symlink():
        return link_into is not None and Path(os.readlink(path)).parts[:1] == (link_into,)
    return not path.exists() or path.is_dir()


def _is_ours(out: Path) -> bool:
    marker = out / MARKER
    if marker.is_symlink():
        raise OutputDirError(out, f"{MARKER} is a link, so the folder is not marked as ours; remove it")
    return marker.is_file()


def _legacy_output(out: Path) -> bool:
    """A folder written by a vocextract from before the marker: its manifest names the tool."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and "vocextract" in (manifest.get("versions") or {})


def is_output_dir(path: Path) -> bool:
    """True for a folder a vocextract run writes into (the input walk leaves such folders out)."""
    return (Path(path) / MARKER).is_file()


def current_set(out_dir: Path) -> Path:
    """The folder the live tables are read from: `current`'s target, resolved once so that a
    reader of several tables never mixes two sets; the folder itself for a set being staged
    or a folder written before sets."""
    out = Path(out_dir)
    return (out / CURRENT).resolve() if (out / CURRENT).is_symlink() else out


def read_manifest(folder: Path) -> dict:
    """The manifest of the live set of an output folder, or of a set folder; {} if none."""
    try:
        manifest = json.loads((current_set(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def check_input(out_dir: Path, previous: dict, input_dir: Path, replace: bool) -> None:
    """Refuse a run whose input differs from the one the live set came from, unless `replace`:
    a set is replaced whole, so another folder's tables would silently give way to this one's.

    Raises OutputOfOtherInputError. A manifest that names no input folder (none yet) passes.
    """
    before = previous.get("input_dir")
    if replace or not isinstance(before, str) or not before:
        return
    if Path(before).resolve() != Path(input_dir).resolve():
        raise OutputOfOtherInputError(Path(out_dir).resolve(), before, Path(input_dir).resolve())


def _strings(value) -> list[str]:
    return [f for f in value if isinstance(f, str)] if isinstance(value, list) else []


def listed(manifest: dict) -> list[str]:
    """The files a set holds (relative to its folder), as its manifest lists them."""
    return _strings(manifest.get("files"))


def cache_listed(manifest: dict) -> list[str]:
    """The cache entries a run used; a manifest from before sets listed them among its files."""
    legacy = [f.partition("/")[2] for f in listed(manifest) if f.startswith(CACHE_DIR + "/")]
    return _strings(manifest.get("cache")) + legacy


def _plain_relative(relative: str) -> bool:
    return bool(relative) and not Path(relative).is_absolute() and ".." not in Path(relative).parts


def _inside(out: Path, relative: str) -> Path | None:
    """`out / relative` if it names a regular file (no link) below `out`, else None."""
    if not _plain_relative(relative):
        return None
    path = out / relative
    if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(out.resolve()):
        return None
    return path


def _remove_listed(folder: Path, relatives: Iterable[str]) -> list[str]:
    gone = []
    for relative in sorted(set(relatives)):
        path = _inside(folder, relative)
        if path is not None:
            path.unlink(missing_ok=True)
            gone.append(relative)
    return gone


def remove_set(folder: Path) -> None:
    """Delete a set folder by its own manifest: the files it lists, staging leftovers of them,
    the manifest last (so a set half-removed by a kill is still listed), then the folders if
    they are empty (a file of the user's keeps them)."""
    folder = Path(folder)
    if folder.is_symlink() or not folder.is_dir():
        return
    files = [f for f in listed(read_manifest(folder)) if f != MANIFEST]
    _remove_listed(folder, files)
    remove_staged(folder, files + [MANIFEST])
    _remove_listed(folder, [MANIFEST])
    inner = {folder / Path(f).parent for f in files if _plain_relative(f)} - {folder}
    for empty in [*sorted(inner | {folder / PAGES_DIR}, key=lambda p: -len(p.parts)), folder]:
        if not empty.is_symlink() and empty.resolve().is_relative_to(folder.resolve()):
            with contextlib.suppress(OSError):
                empty.rmdir()


def remove_stale(out_dir: Path, previous: dict, current: dict) -> list[str]:
    """After a switch: every set but the live one (the previous set, sets a killed run staged),
    and the cache entries the previous manifest lists and this run does not; returns the
    cache entries deleted."""
    out = Path(out_dir)
    live = current_set(out)
    sets = out / SETS_DIR
    for folder in sorted(sets.iterdir()) if sets.is_dir() and not sets.is_symlink() else ():
        if folder.resolve() != live:
            remove_set(folder)
    keep = cache_listed(current)
    gone = _remove_listed(out / CACHE_DIR, set(cache_listed(previous)) - set(keep))
    remove_staged(out / CACHE_DIR, keep)
    return gone


def remove_legacy(out_dir: Path, previous: dict) -> None:
    """Make room for the links in a folder whose fixed paths are real files and folders (written
    before sets, or copied without its links): delete what its manifest lists, never more."""
    out = Path(out_dir)
    if (out / MANIFEST).is_file() and not (out / MANIFEST).is_symlink():
        _remove_listed(out, [f for f in listed(previous) if not f.startswith(CACHE_DIR + "/")] + [MANIFEST])
    for folder, remove in ((out / PAGES_DIR, Path.rmdir), (out / CURRENT, remove_set)):
        if folder.is_dir() and not folder.is_symlink():
            with contextlib.suppress(OSError):
                remove(folder)
            if folder.exists():
                raise OutputDirError(out, f"{folder.name}/ holds files no manifest lists; move them out of it")


def remove_staged(folder: Path, names: Iterable[str]) -> None:
    """Remove `.NAME.XXXXXXXX.tmp` files that a killed run left beside the files `names` lists.

    These are the staging names of `write.write_bytes_atomic`; a temporary file of any other
    name, ours or not, is left alone.
    """
    by_folder: dict[Path, set[str]] = defaultdict(set)
    for relative in names:
        by_folder[(Path(folder) / relative).parent].add(Path(relative).name)
    for parent, wanted in by_folder.items():
        if not parent.is_dir() or parent.is_symlink():
            continue
        for entry in parent.iterdir():
            name = entry.name
            if name.startswith(".") and name.endswith(".tmp") and name[1:-4].rpartition(".")[0] in wanted:
                if entry.is_file() and not entry.is_symlink():
                    entry.unlink(missing_ok=True)
