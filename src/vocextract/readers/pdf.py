"""PDF files: the text layer, read with pdfminer.six and laid out by `layout.py`.

pdfminer.six is pure Python and maintained, and it gives every line of text with its
position, which is what reading two columns, a table and the running heads right needs
(pypdf gives each page's text as one string, in content-stream order). Each PDF page is a
page of the stored text ("page N", N counted from 1 as a viewer counts them). A PDF with no
text on any page is a scan: it fails with "no text layer: needs OCR". Encrypted and damaged
files fail with a message saying what to do.
"""

from __future__ import annotations

import contextlib
import io
import logging
import statistics
import zlib
from collections.abc import Iterator

from pdfminer import pdftypes
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTImage, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.psexceptions import PSException

from . import layout
from ..errors import ReadError
from .build import Builder, Limits, Read, one_line

# pdfminer logs every oddity of a damaged file at WARNING; a failed document already says why.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_PARAMS = LAParams(all_texts=True, boxes_flow=None)


def _walk(item):
    yield item
    if not isinstance(item, LTTextLine):
        for child in getattr(item, "_objs", ()):
            yield from _walk(child)


def _page_lines(page) -> tuple[list[layout.Line], bool]:
    """The page's non-empty text lines, and whether it holds any image."""
    lines, images = [], False
    for item in _walk(page):
        if isinstance(item, LTTextLine) and (text := one_line(item.get_text())):
            lines.append(layout.Line(item.x0, item.y0, item.x1, item.y1, text))
        images = images or isinstance(item, LTImage)
    return lines, images


class _BoundedZlib:
    """pdfminer's `zlib`, inflating a stream only up to a limit: pdfminer inflates every
    stream whole, so 2 MB of PDF could become 2 GB of memory before any check after reading."""

    error = zlib.error

    def __init__(self, limit: int):
        self.limit = limit

    def _too_large(self) -> ReadError:
        return ReadError(
            f"too large: a stream of the PDF inflates past max_expanded_bytes ({self.limit:,} bytes); "
            "split the document or raise the limit"
        )

    def decompress(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, self.limit + 1)
        if len(out) > self.limit:
            raise self._too_large()
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")
        return out

    def decompressobj(self) -> _BoundedZlib._Inflater:
        return _BoundedZlib._Inflater(self)

    class _Inflater:
        """The incremental inflater pdfminer uses on a damaged stream, with the same limit."""

        def __init__(self, owner: _BoundedZlib):
            self.owner, self.inflater, self.left = owner, zlib.decompressobj(), owner.limit

        def decompress(self, data: bytes) -> bytes:
            out = self.inflater.decompress(data)
            self.left -= len(out)
            if self.left < 0:
                raise self.owner._too_large()
            return out


@contextlib.contextmanager
def _inflation_limit(limit: int) -> Iterator[None]:
    real, pdftypes.zlib = pdftypes.zlib, _BoundedZlib(limit)
    try:
        yield
    finally:
        pdftypes.zlib = real


MAX_PAGE_CHARS = 200_000


class _Aggregator(PDFPageAggregator):
    """pdfminer's page aggregator, stopping at a page of more characters than any page of
    text holds (a dense page has about 5,000): pdfminer lays a whole page out in memory at
    about 2 KB a character, so a page of 800,000 drawn characters took 1.6 GB and a minute."""

    chars = 0

    def begin_page(self, page, ctm) -> None:
        self.chars = 0
        super().begin_page(page, ctm)

    def render_char(self, *args, **kwargs) -> float:
        self.chars += 1
        if self.chars > MAX_PAGE_CHARS:
            raise ReadError(
                f"not a page of text: a page draws over {MAX_PAGE_CHARS:,} characters; "
                "convert the document to text first"
            )
        return super().render_char(*args, **kwargs)


def _layouts(data: bytes, limits: Limits) -> Iterator:
    """pdfminer's `extract_pages`, with the stream and character limits applied while it reads."""
    manager = PDFResourceManager(caching=True)
    device = _Aggregator(manager, laparams=_PARAMS)
    interpreter = PDFPageInterpreter(manager, device)
    with _inflation_limit(limits.expanded_bytes):
        for page in PDFPage.get_pages(io.BytesIO(data), caching=True):
            interpreter.process_page(page)
            yield device.get_result()


def _pages(data: bytes, limits: Limits) -> list[tuple[float, list[layout.Line], bool]]:
    try:
        return [(page.height, *_page_lines(page)) for page in _layouts(data, limits)]
    except PDFPasswordIncorrect as exc:
        raise ReadError(
            "encrypted PDF: it needs a password to open; save a copy without the password "
            "(or print it to PDF) and add that instead"
        ) from exc
    except PDFEncryptionError as exc:
        raise ReadError(f"encrypted PDF that cannot be decrypted ({exc}); save a copy without encryption") from exc
    except PSException as exc:
        raise ReadError(
            f"damaged PDF ({type(exc).__name__}: {exc}); open and save it again in a PDF viewer, "
            "or convert it to text"
        ) from exc


def read(data: bytes, limits: Limits = Limits()) -> Read:
    """A PDF's text page by page, with its running heads and footers as furniture, within the
    limits that keep a hostile file from exhausting the machine."""
    pages = _pages(data, limits)
    if not any(lines for _, lines, _ in pages):
        if any(images for *_, images in pages):
            raise ReadError(
                "no text layer: needs OCR (the pages are images, as in a scanned PDF); "
                "run OCR on it (e.g. ocrmypdf) and add the result"
            )
        raise ReadError("no text layer: the PDF's pages are blank (no text, no images)")
    words = layout.vocabulary([line.text for _, lines, _ in pages for line in lines])
    heights = [line.height for _, lines, _ in pages for line in lines]
    min_gutter = statistics.median(heights)
    running = layout.furniture([(height, lines) for height, lines, _ in pages])
    out = Builder()
    for number, ((height, lines, _), marked) in enumerate(zip(pages, running), 1):
        out.page(f"page {number}", "page")
        heads = sorted((lines[i] for i in marked), key=lambda ln: (-ln.y1, ln.x0))
        _furniture(out, [ln for ln in heads if ln.middle > height / 2])
        found, rest = layout.tables([line for i, line in enumerate(lines) if i not in marked])
        for block in layout.paragraphs(layout.reading_order([*found, *rest], min_gutter), words):
            if isinstance(block, layout.TableBlock):
                out.table([list(row) for row in block.rows])
            else:
                out.block(block)
        _furniture(out, [ln for ln in heads if ln.middle <= height / 2])
    return out.build()


def _furniture(out: Builder, lines: list[layout.Line]) -> None:
    """Running heads where a reader sees them: the top ones before the page, the rest after."""
    for line in lines:
        out.block(line.text, furniture=True)
