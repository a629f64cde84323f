"""PDF files: the text layer, read with pdfminer.six and laid out by `layout.py`.

pdfminer.six is pure Python and maintained, and it gives every line of text with its
position, which is what reading two columns, a table and the running heads right needs
(pypdf gives each page's text as one string, in content-stream order). Each PDF page is a
page of the stored text ("page N", N counted from 1 as a viewer counts them). A PDF with no
text on any page is a scan: it fails with "no text layer: needs OCR". Encrypted and damaged
files fail with a message saying what to do.
"""

from __future__ import annotations

import io
import logging
import statistics

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTImage, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException

from . import layout
from .build import Builder, Read, ReadError, one_line

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


def _pages(data: bytes) -> list[tuple[float, list[layout.Line], bool]]:
    try:
        return [(page.height, *_page_lines(page)) for page in extract_pages(io.BytesIO(data), laparams=_PARAMS)]
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


def read(data: bytes) -> Read:
    pages = _pages(data)
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
