"""Find the input files and read each into the text every offset refers to.

The reader of each format (`readers/`) makes that text once; it is never altered afterwards:
offsets in every table are `str` indices into exactly this string. For plain text it is the
decoded file, as `open(path, encoding=..., newline="").read()` would give it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputDirError
from .ownership import MARKER
from .readers import Page, format_of, read
from .settings import Settings


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: str
    name: str
    sha256: str
    encoding: str | None
    text: str
    status: str
    error: str | None
    format: str | None = None
    pages: tuple[Page, ...] = ()
    furniture: tuple[tuple[int, int], ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def stable_id(*parts: object) -> str:
    """A short id that depends only on its parts, so reruns give the same ids."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def discover(input_dir: Path, settings: Settings) -> list[Path]:
    """Every file under `input_dir`, recursively, in a stable order.

    Files of other formats are returned too, so that they are recorded as unsupported
    rather than silently skipped; hidden files (".git", ".DS_Store") are left out, and so
    are vocextract output folders inside the input (a run would otherwise read its own
    report pages back as input).
    """
    root = Path(input_dir)
    if not root.is_dir():
        raise InputDirError(root)
    outputs = {marker.parent for marker in root.rglob(MARKER)}
    return sorted(
        p
        for p in root.rglob("*")
        if not any(part.startswith(".") for part in p.relative_to(root).parts)
        and outputs.isdisjoint(p.parents)
        and (p.is_file() or p.is_symlink() or p.suffix.lower() in settings.suffixes)
    )


def skipped(
    path: Path, input_dir: Path, error: str, sha: str = "", encoding: str | None = None, fmt: str | None = None
) -> Document:
    """A failed Document for `path`, saying why."""
    rel = Path(path).relative_to(input_dir).as_posix()
    return Document(stable_id(rel), rel, Path(path).name, sha, encoding, "", "failed", error, fmt)


def read_document(path: Path, input_dir: Path, settings: Settings) -> Document:
    """Read one file with its format's reader; any problem becomes a failed Document, never an exception."""
    rel = Path(path).relative_to(input_dir).as_posix()
    suffix = Path(path).suffix
    fmt = format_of(suffix) if suffix.lower() in settings.suffixes else None

    def failed(error: str, sha: str = "", encoding: str | None = None) -> Document:
        return skipped(path, input_dir, error, sha, encoding, fmt)

    if not Path(path).resolve().is_relative_to(Path(input_dir).resolve()):
        return failed("refused: a symbolic link that points outside the input directory")
    if suffix.lower() not in settings.suffixes:
        return failed(
            f"unsupported format {suffix or '(no extension)'}: "
            f"convert it to one of {', '.join(settings.suffixes)} first"
        )
    try:
        size = Path(path).stat().st_size
        if size > settings.max_file_bytes:
            return failed(
                f"file too large ({size:,} bytes > max_file_bytes {settings.max_file_bytes:,}); "
                "split it or raise the limit"
            )
        data = Path(path).read_bytes()
    except IsADirectoryError:
        return failed("a directory named like a text file: nothing to read")
    except FileNotFoundError:
        return failed("file vanished before it could be read (deleted or moved during the run)")
    except OSError as exc:
        return failed(f"cannot read file: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    try:
        got = read(suffix, data)
    except ValueError as exc:
        return failed(str(exc), sha)
    if not got.text.strip():
        return failed("empty file: no text to extract from", sha, got.encoding)
    return Document(stable_id(rel), rel, Path(path).name, sha, got.encoding, got.text, "ok", None, fmt, got.pages, got.furniture)
