"""Inputs that expand, each placed beside one normal document, for the memory bound of a run.

Each builder writes one file into a folder and returns what its document should end as
("failed: <start of the reason>" or "ok"). `run.py --hostile` runs the plain pipeline on each
folder in its own process and records the peak resident memory of the whole process tree:
the bound to meet is 2 GB whatever one input file holds.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

NORMAL = "In 2019 the Lakeside Technical College trained more than 1,200 workers from Nepal.\n"

DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, body_parts: int, part: str) -> None:
    """A .docx whose body repeats `part` `body_parts` times, streamed into the zip (never whole in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for name, xml in DOCX_PARTS.items():
            package.writestr(name, xml)
        with package.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode())
            chunk = part.encode() * 1000
            for _ in range(body_parts // 1000):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")


def _pdf(path: Path, data: bytes) -> None:
    """A one-page PDF whose content is the Flate-compressed stream `data`."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())


def counting_txt(folder: Path) -> str:
    """7.9 MB of "1, 2, …, 1000000": millions of numbers in one text."""
    (folder / "count.txt").write_text(", ".join(str(i) for i in range(1, 1_000_001)))
    return "failed: text too long"


def expanding_docx(folder: Path) -> str:
    """A few hundred KB of .docx whose text is 48 million characters."""
    _docx(folder / "expanding.docx", 48_000, "<w:p><w:r><w:t>" + "x " * 500 + "</w:t></w:r></w:p>")
    return "failed: text too long"


def empty_paragraphs_docx(folder: Path) -> str:
    """A .docx whose document.xml is 1.1 GB of empty paragraphs."""
    _docx(folder / "paragraphs.docx", 110_000_000, "<w:p/>" + " " * 4)
    return "failed: too large"


def one_line_html(folder: Path) -> str:
    """49 MB of HTML on one line."""
    (folder / "line.html").write_text("<html><body><p>" + "word " * 9_800_000 + "</p></body></html>")
    return "failed: text too long"


def inflating_pdf(folder: Path) -> str:
    """A PDF of under 2 MB whose one content stream inflates to 2 GB."""
    inflate = zlib.compressobj(9)
    stream = io.BytesIO()
    block = b" " * 1_000_000
    for _ in range(2000):
        stream.write(inflate.compress(block))
    stream.write(inflate.compress(b"BT /F1 12 Tf 72 720 Td (Kenya 45) Tj ET") + inflate.flush())
    _pdf(folder / "inflating.pdf", stream.getvalue())
    return "failed"


def many_operators_pdf(folder: Path) -> str:
    """A PDF page of 800,000 text-showing operators."""
    ops = b"BT /F1 1 Tf " + b"".join(b"%d %d Td (x) Tj " % (i % 600, i % 790) for i in range(800_000)) + b"ET"
    _pdf(folder / "operators.pdf", zlib.compress(ops, 9))
    return "failed"


FIXTURES: dict[str, Callable[[Path], str]] = {
    "counting-txt-7.9MB": counting_txt,
    "expanding-docx-48M-chars": expanding_docx,
    "docx-1.1GB-xml": empty_paragraphs_docx,
    "one-line-html-49MB": one_line_html,
    "pdf-stream-inflating-to-2GB": inflating_pdf,
    "pdf-800k-operators": many_operators_pdf,
}


def build(name: str, folder: Path) -> str:
    """The fixture `name` beside the normal document in a fresh `folder`; its expected end."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "normal.txt").write_text(NORMAL)
    return FIXTURES[name](folder)
