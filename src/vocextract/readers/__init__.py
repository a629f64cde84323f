"""One reader per file format, each turning a file's bytes into the stored document text.

`read(suffix, data)` picks the reader by the file's suffix (any other accepted suffix is
read as plain text) and returns a `Read`: the text every offset will index, its pages, slides or sections as character ranges, and the running heads ("furniture")
where no mention may stand. A file that cannot give text raises `ReadError` (a
`ValueError`) with a message that says what to do; parsers of binary formats can fail on a
damaged file in ways of their own, so anything they raise is turned into such a message too.
"""

from __future__ import annotations

import importlib
import io
import zipfile

from ..errors import ReadError
from .build import PAGE_KINDS, Limits, Page, Read

FORMATS = ("text", "pdf", "docx", "pptx", "html")
"""Each format has a module of that name here whose `read` reads it; a module is imported on
first use, so what only needs the names (the schemas, `vocextract schema`) loads no parser."""
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".html": "html", ".htm": "html"}


def format_of(suffix: str) -> str:
    """The format a file is read as: by its suffix, plain text for any other accepted suffix."""
    return FORMAT_OF_SUFFIX.get(suffix.lower(), "text")


PACKAGES = ("docx", "pptx")


def check_package(data: bytes, max_expanded_bytes: int) -> None:
    """Refuse a DOCX or PPTX whose members expand past `max_expanded_bytes` before any is
    unpacked: the sizes in its directory bound what zipfile will inflate (it stops there and
    fails the CRC check), so a zip bomb is caught by reading a few hundred bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            total = sum(member.file_size for member in package.infolist())
    except zipfile.BadZipFile:
        return  # not a package at all: its reader says so, in its format's words
    if total > max_expanded_bytes:
        raise ReadError(
            f"too large: the file's parts expand to {total:,} bytes (> max_expanded_bytes "
            f"{max_expanded_bytes:,}); split the document or raise the limit"
        )


def read(suffix: str, data: bytes, limits: Limits = Limits()) -> Read:
    """The file read by its format's reader, within `limits`: a package's parts are sized
    before unpacking, a PDF's streams and characters counted while it is read."""
    fmt = format_of(suffix)
    try:
        if fmt in PACKAGES:
            check_package(data, limits.expanded_bytes)
        reader = importlib.import_module(f".{fmt}", __name__).read
        return reader(data, limits) if fmt == "pdf" else reader(data)
    except ReadError:
        raise
    except MemoryError as exc:
        raise ReadError(
            "out of memory while reading: the file expands to more than a worker may hold "
            "(worker_memory_mb); split it or raise the limit"
        ) from exc
    except Exception as exc:  # a damaged file can make a parser fail anywhere
        raise ReadError(
            f"damaged or unreadable {suffix} file ({type(exc).__name__}: {exc}); "
            "open it and save it again, or convert it to text"
        ) from exc


__all__ = ["FORMATS", "PAGE_KINDS", "Limits", "Page", "Read", "ReadError", "check_package", "format_of", "read"]
