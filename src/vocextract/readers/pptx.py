"""Slide decks (.pptx) with python-pptx: slide by slide, as a reader takes a slide in.

Each slide is a "page" labelled "slide N": its title first, then its other shapes top to
bottom and left to right (groups opened in place), a table as one line per row with
tab-separated cells, a chart by its title, and last the speaker notes. Footer, date and
slide-number placeholders are kept as furniture: in the text, but holding no mention.
"""

from __future__ import annotations

import io
import zipfile

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.exc import PackageNotFoundError

from ..errors import ReadError
from .build import Builder, Read

_FURNITURE = frozenset({PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER})
_TITLES = frozenset({PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE})


def _placeholder_type(shape):
    return shape.placeholder_format.type if shape.is_placeholder else None


def _in_reading_order(shapes) -> list:
    """Titles first, then top to bottom, left to right; a group's shapes take its place."""
    flat = []
    for shape in sorted(shapes, key=lambda s: (_placeholder_type(s) not in _TITLES, s.top or 0, s.left or 0)):
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            flat += _in_reading_order(shape.shapes)
        else:
            flat.append(shape)
    return flat


def _add_shape(out: Builder, shape) -> None:
    if shape.has_text_frame:
        out.block(shape.text_frame.text.replace("\v", "\n"), furniture=_placeholder_type(shape) in _FURNITURE)
    elif getattr(shape, "has_table", False) and shape.has_table:
        out.table([[cell.text for cell in row.cells] for row in shape.table.rows])
    elif getattr(shape, "has_chart", False) and shape.has_chart and shape.chart.has_title:
        title = shape.chart.chart_title
        out.block(title.text_frame.text if title.has_text_frame else "")


def read(data: bytes) -> Read:
    """A PPTX's slides as text, one page per slide."""
    try:
        deck = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as exc:
        raise ReadError(
            "not a PowerPoint .pptx package (an old .ppt, or a damaged file): open it in "
            "PowerPoint or LibreOffice and save it as .pptx"
        ) from exc
    out = Builder()
    for number, slide in enumerate(deck.slides, 1):
        out.page(f"slide {number}", "slide")
        for shape in _in_reading_order(slide.shapes):
            _add_shape(out, shape)
        notes = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
        if notes is not None:
            out.block(notes.text)
    return out.build()
