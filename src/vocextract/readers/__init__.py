"""One reader per file format, each turning a file's bytes into the stored document text.

`read(suffix, data)` picks the reader by the file's suffix (any other accepted suffix is
read as plain text) and returns a `Read`: the text every offset will index, its pages, slides or sections as character ranges, and the running heads ("furniture")
where no mention may stand. A file that cannot give text raises `ReadError` (a
`ValueError`) with a message that says what to do; parsers of binary formats can fail on a
damaged file in ways of their own, so anything they raise is turned into such a message too.
"""

from __future__ import annotations

from collections.abc import Callable

from . import docx, html, pdf, pptx, text
from .build import PAGE_KINDS, Page, Read, ReadError

READERS: dict[str, Callable[[bytes], Read]] = {
    "text": text.read,
    "pdf": pdf.read,
    "docx": docx.read,
    "pptx": pptx.read,
    "html": html.read,
}
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".html": "html", ".htm": "html"}


def format_of(suffix: str) -> str:
    """The format a file is read as: by its suffix, plain text for any other accepted suffix."""
    return FORMAT_OF_SUFFIX.get(suffix.lower(), "text")


def read(suffix: str, data: bytes) -> Read:
    try:
        return READERS[format_of(suffix)](data)
    except ReadError:
        raise
    except Exception as exc:  # a damaged file can make a parser fail anywhere
        raise ReadError(
            f"damaged or unreadable {suffix} file ({type(exc).__name__}: {exc}); "
            "open it and save it again, or convert it to text"
        ) from exc


__all__ = ["READERS", "PAGE_KINDS", "Page", "Read", "ReadError", "format_of", "read"]
