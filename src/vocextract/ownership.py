"""What in an output folder is ours: a run writes only into a folder it owns, and deletes only
the files a previous run's manifest lists.

A folder is ours when it holds the marker file, which a run writes into a new or empty folder.
Anything else (the input folder, a home folder, `/`, a folder of the user's files) is refused
before a byte is written, so a typo in `--out` can never cost the user a file. Clean-up is a
set difference of two manifests' `files` lists, never a glob: a file the user drops beside our
tables is left alone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputDirError, OutputHoldsInputError, OutputNotOursError

MARKER = ".vocextract-output"
MANIFEST = "manifest.json"
CACHE_DIR = ".cache"
PAGES_DIR = "report"
MARKER_TEXT = (
    "This folder holds the tables of vocextract runs. A run deletes only files that the\n"
    "previous run's manifest.json lists in `files`; anything else here is left alone.\n"
)


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
    for sub in (CACHE_DIR, PAGES_DIR):
        if (out / sub).is_symlink() or ((out / sub).exists() and not (out / sub).is_dir()):
            raise OutputDirError(out, f"{sub} is a link or not a folder, so it is not ours; remove it or choose another --out")
    return out


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


def listed(out_dir: Path) -> list[str]:
    """The files the folder's manifest says a run wrote (relative paths); none if it has no manifest."""
    try:
        manifest = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = manifest.get("files") if isinstance(manifest, dict) else None
    return [f for f in files if isinstance(f, str)] if isinstance(files, list) else []


def _inside(out: Path, relative: str) -> Path | None:
    """`out / relative` if it names a regular file (no link) below `out`, else None."""
    if not relative or Path(relative).is_absolute() or ".." in Path(relative).parts:
        return None
    path = out / relative
    if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(out.resolve()):
        return None
    return path


def remove_stale(out_dir: Path, previous: Iterable[str], current: Iterable[str]) -> list[str]:
    """Delete what the previous run listed and this one does not, plus staging leftovers of
    this run's files; returns the relative paths deleted."""
    out = Path(out_dir)
    keep = set(current)
    gone = []
    for relative in sorted(set(previous) - keep):
        path = _inside(out, relative)
        if path is not None:
            path.unlink(missing_ok=True)
            gone.append(relative)
    remove_staged(out, keep)
    return gone


def remove_staged(out_dir: Path, names: Iterable[str]) -> None:
    """Remove `.NAME.XXXXXXXX.tmp` files that a killed run left beside the files `names` lists.

    These are the staging names of `write.write_bytes_atomic`; a temporary file of any other
    name, ours or not, is left alone.
    """
    by_folder: dict[Path, set[str]] = defaultdict(set)
    for relative in names:
        by_folder[(Path(out_dir) / relative).parent].add(Path(relative).name)
    for folder, wanted in by_folder.items():
        if not folder.is_dir() or folder.is_symlink():
            continue
        for entry in folder.iterdir():
            name = entry.name
            if name.startswith(".") and name.endswith(".tmp") and name[1:-4].rpartition(".")[0] in wanted:
                if entry.is_file() and not entry.is_symlink():
                    entry.unlink(missing_ok=True)
