"""Plain text (.txt, .md and any other text suffix): decoded and kept exactly as it is.

The decoded text is never altered: offsets are `str` indices into exactly this string, as
`open(path, encoding=..., newline="").read()` would give it. The whole text is one section,
so every mention still joins to a row of the pages table.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import ReadError
from .build import Page, Read

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used: a BOM wins, then strict UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "-bom")
            except UnicodeDecodeError as exc:
                raise ReadError(f"binary or corrupt text: a {encoding} BOM, but {exc.reason}") from exc
    if b"\x00" in data:
        raise ReadError("binary content (NUL bytes): not a text file (or UTF-16/32 without a BOM)")
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
        raise ReadError("binary or unknown encoding: no text encoding fits these bytes")
    return str(best), best.encoding


def _mostly_ascii(data: bytes) -> bool:
    """Western text with a few accented letters: detectors often misread it as a Baltic or
    Cyrillic code page, while Windows-1252 (a superset of Latin-1's printable range) is
    what such files almost always are. CJK and Cyrillic texts are mostly non-ASCII bytes."""
    high = sum(b >= 0x80 for b in data)
    return high <= 0.3 * len(data)


def whole(text: str) -> tuple[Page, ...]:
    """The whole text as one section."""
    return (Page("section 1", "section", 0, len(text)),)


def read(data: bytes) -> Read:
    """A plain-text file decoded (its encoding detected) and kept exactly as it is, as one section."""
    text, encoding = decode(data)
    return Read(text, whole(text), (), encoding)
