"""Find the input files and decode each to the text every offset refers to.

The decoded text is never altered afterwards: offsets in every table are `str` indices into
exactly this string, as `open(path, encoding=..., newline="").read()` would give it.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputDirError
from .settings import Settings

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def stable_id(*parts: object) -> str:
    """A short id that depends only on its parts, so reruns give the same ids."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def discover(input_dir: Path, settings: Settings) -> list[Path]:
    """Every file under `input_dir`, recursively, in a stable order.

    Files of other formats are returned too, so that they are recorded as unsupported
    rather than silently skipped; hidden files (".git", ".DS_Store") are left out.
    """
    root = Path(input_dir)
    if not root.is_dir():
        raise InputDirError(root)
    return sorted(
        p
        for p in root.rglob("*")
        if not any(part.startswith(".") for part in p.relative_to(root).parts)
        and (p.is_file() or p.is_symlink() or p.suffix.lower() in settings.suffixes)
    )


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used: a BOM wins, then strict UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "-bom")
            except UnicodeDecodeError as exc:
                raise ValueError(f"binary or corrupt text: a {encoding} BOM, but {exc.reason}") from exc
    if b"\x00" in data:
        raise ValueError("binary content (NUL bytes): not a text file (or UTF-16/32 without a BOM)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_ascii(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary or unknown encoding: no text encoding fits these bytes")
    return str(best), best.encoding


def _mostly_ascii(data: bytes) -> bool:
    """Western text with a few accented letters: detectors often misread it as a Baltic or
    Cyrillic code page, while Windows-1252 (a superset of Latin-1's printable range) is
    what such files almost always are. CJK and Cyrillic texts are mostly non-ASCII bytes."""
    high = sum(b >= 0x80 for b in data)
    return high <= 0.3 * len(data)


def skipped(path: Path, input_dir: Path, error: str, sha: str = "", encoding: str | None = None) -> Document:
    """A failed Document for `path`, saying why."""
    rel = Path(path).relative_to(input_dir).as_posix()
    return Document(stable_id(rel), rel, Path(path).name, sha, encoding, "", "failed", error)


def read_document(path: Path, input_dir: Path, settings: Settings) -> Document:
    """Read and decode one file; any problem becomes a failed Document, never an exception."""
    rel = Path(path).relative_to(input_dir).as_posix()

    def failed(error: str, sha: str = "", encoding: str | None = None) -> Document:
        return skipped(path, input_dir, error, sha, encoding)

    if not Path(path).resolve().is_relative_to(Path(input_dir).resolve()):
        return failed("refused: a symbolic link that points outside the input directory")
    if Path(path).suffix.lower() not in settings.suffixes:
        return failed(
            f"unsupported format {Path(path).suffix or '(no extension)'}: "
            f"convert it to text ({', '.join(settings.suffixes)}) first"
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
        text, encoding = decode(data)
    except ValueError as exc:
        return failed(str(exc), sha)
    if not text.strip():
        return failed("empty file: no text to extract from", sha, encoding)
    return Document(stable_id(rel), rel, Path(path).name, sha, encoding, text, "ok", None)
