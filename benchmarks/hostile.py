"""Inputs that expand, each placed beside one normal document, for the memory bound of a run.

Each builder writes one file into a folder and returns what its document should end as
("failed: <start of the reason>" or "ok"). `run.py --hostile` runs the plain pipeline on each
folder in its own process and records the peak resident memory of the whole process tree:
the bound to meet is 2 GB whatever one input file holds.
"""

from __future__ import annotations

import io
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from make_files import bare_docx, flate_pdf  # noqa: E402  (the tests' file builders)

SAMPLE = Path(__file__).resolve().parent.parent / "raw"
NORMAL = "In 2019 the Lakeside Technical College trained more than 1,200 workers from Nepal.\n"

def counting_txt(folder: Path) -> str:
    """7.9 MB of "1, 2, …, 1000000": millions of numbers in one text."""
    (folder / "count.txt").write_text(", ".join(str(i) for i in range(1, 1_000_001)))
    return "failed: text too long"


def expanding_docx(folder: Path) -> str:
    """A few hundred KB of .docx whose text is 48 million characters."""
    bare_docx(folder / "expanding.docx", "<w:p><w:r><w:t>" + "x " * 500 + "</w:t></w:r></w:p>", 48_000)
    return "failed: text too long"


def empty_paragraphs_docx(folder: Path) -> str:
    """A .docx whose document.xml is 1.1 GB of empty paragraphs."""
    bare_docx(folder / "paragraphs.docx", "<w:p/>" + " " * 4, 110_000_000)
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
    (folder / "inflating.pdf").write_bytes(flate_pdf(stream.getvalue()))
    return "failed: too large"


def many_operators_pdf(folder: Path) -> str:
    """A PDF page of 800,000 text-showing operators."""
    ops = b"BT /F1 1 Tf " + b"".join(b"%d %d Td (x) Tj " % (i % 600, i % 790) for i in range(800_000)) + b"ET"
    (folder / "operators.pdf").write_bytes(flate_pdf(zlib.compress(ops, 9)))
    return "failed: not a page of text"


def longest_text(folder: Path) -> str:
    """The longest text accepted (just under max_text_chars): the sample corpus repeated."""
    sample = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("0*.txt")))
    (folder / "longest.txt").write_text((sample * (1_999_000 // len(sample) + 1))[:1_999_000], encoding="utf-8")
    return "ok"


FIXTURES: dict[str, Callable[[Path], str]] = {
    "counting-txt-7.9MB": counting_txt,
    "expanding-docx-48M-chars": expanding_docx,
    "docx-1.1GB-xml": empty_paragraphs_docx,
    "one-line-html-49MB": one_line_html,
    "pdf-stream-inflating-to-2GB": inflating_pdf,
    "pdf-800k-operators": many_operators_pdf,
    "longest-text-1.999M-chars": longest_text,
}


def build(name: str, folder: Path) -> str:
    """The fixture `name` beside the normal document in a fresh `folder`; its expected end."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "normal.txt").write_text(NORMAL)
    return FIXTURES[name](folder)
