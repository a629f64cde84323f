"""Word documents (.docx) with python-docx: paragraphs and tables in the order of the body.

A .docx has no fixed pages (Word lays them out when it opens the file), so its divisions
are its sections ("section 1", "section 2" …), each holding the paragraphs and tables up
to its section break (a body without section properties, as some generators write, is one
section). Tables become one line per row with tab-separated cells (a cell
merged across columns counts once). Section headers and footers are not read: they repeat
on every page and carry running titles and page numbers, not content.
"""

from __future__ import annotations

import io
import zipfile

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table

from ..errors import ReadError
from .build import Builder, Read


def _rows(table: Table) -> list[list[str]]:
    """Each row's cells; python-docx repeats a cell merged across columns once per column."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        rows.append([cell.text for cell in cells])
    return rows


def read(data: bytes) -> Read:
    """A DOCX's paragraphs and tables in body order, one page per section; its headers and
    footers are left out."""
    try:
        document = open_docx(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile) as exc:
        raise ReadError(
            "not a Word .docx package (an old .doc, or a damaged file): open it in Word or "
            "LibreOffice and save it as .docx"
        ) from exc
    out = Builder()
    sections = [section.iter_inner_content() for section in document.sections]
    for number, content in enumerate(sections or [document.iter_inner_content()], 1):
        out.page(f"section {number}", "section")
        for item in content:
            if isinstance(item, Table):
                out.table(_rows(item))
            else:
                out.block(item.text)
    return out.build()
