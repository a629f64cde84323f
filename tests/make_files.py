"""Files of every supported format, built with the libraries, with content the tests know.

Each builder returns the file's bytes. The names, places and figures are invented for the
tests; what each file holds is listed in its docstring, and the tests check the extracted
mentions and their pages against it.
"""

from __future__ import annotations

import io
import zipfile

from docx import Document as new_docx
from docx.enum.section import WD_SECTION
from fpdf import FPDF
from PIL import Image
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches

RUNNING_HEAD = "Skills Review 2024"


def _pdf() -> FPDF:
    """An A4 document in points whose every page has a running head and a page-number footer."""

    class Pdf(FPDF):
        def header(self):
            self.set_font("Helvetica", size=9)
            self.text(250, 40, RUNNING_HEAD)

        def footer(self):
            self.set_font("Helvetica", size=9)
            self.text(285, 810, f"Page {self.page_no()}")

    pdf = Pdf(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    return pdf


def _lines(pdf: FPDF, x: float, y: float, lines: list[str], size: float = 10, leading: float = 13) -> None:
    pdf.set_font("Helvetica", size=size)
    for i, line in enumerate(lines):
        pdf.text(x, y + i * leading, line)


POLICY_PDF_PAGE_1 = [
    "In 2019 the Lakeside Technical Institute trained 1,200 apprentices from Kenya, and its voca-",
    "tional programme grew by 35 percent.",
]
POLICY_PDF_TABLE = [("Year", "Students", "Colleges"), ("2019", "1,200", "14"), ("2020", "1,350", "16"), ("2021", "1,500", "19")]
POLICY_PDF_LEFT = [
    "The Northbridge Polytechnic College opened in",
    "2015 and now enrols 640 students from Ghana",
    "and Nigeria each year.",
]
POLICY_PDF_RIGHT = [
    "In Peru, the Andean Skills Agency reported that",
    "48 percent of graduates found work within six",
    "months of finishing their courses in 2022.",
]


def policy_pdf() -> bytes:
    """Two pages, each with the running head "Skills Review 2024" and a footer "Page N".

    Page 1: a heading, a paragraph whose word "vocational" is broken at a line end
    ("voca-" / "tional"), and a table of three years with two columns of numbers.
    Page 2: two columns of prose, side by side, their lines at the same heights.
    """
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.text(60, 90, "Apprenticeships")
    _lines(pdf, 60, 120, POLICY_PDF_PAGE_1)
    for r, row in enumerate(POLICY_PDF_TABLE):
        for c, cell in enumerate(row):
            _lines(pdf, 60 + 140 * c, 200 + 16 * r, [cell])
    pdf.add_page()
    _lines(pdf, 60, 100, POLICY_PDF_LEFT)
    _lines(pdf, 310, 100, POLICY_PDF_RIGHT)
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """One page holding only an image, as a scanner makes it: no text layer."""
    image = io.BytesIO()
    Image.new("L", (200, 100), 255).save(image, format="PNG")
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(image, x=50, y=50, w=400)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    """A PDF that opens only with its user password."""
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    _lines(pdf, 60, 100, ["In 2020 there were 12 colleges."])
    return bytes(pdf.output())


def policy_docx() -> bytes:
    """Two sections. Section 1: a heading, a paragraph, a table (Year, Trainees, Partners for
    2021 and 2022), a paragraph after the table. Section 2 (after a section break): one
    paragraph. Every section has the header "Annual Report 2020 draft", which is not read."""
    doc = new_docx()
    doc.sections[0].header.paragraphs[0].text = "Annual Report 2020 draft"
    doc.add_heading("Training abroad", level=1)
    doc.add_paragraph("In 2021 the Harbour Polytechnic Institute placed 320 trainees in Germany.")
    table = doc.add_table(rows=0, cols=3)
    for row in (("Year", "Trainees", "Partners"), ("2021", "320", "12"), ("2022", "410", "15")):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.add_paragraph("By 2023 the programme also reached Chile.")
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph("The Coastal Training Centre opened 4 workshops in 2018.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def policy_pptx() -> bytes:
    """Two slides. Slide 1: title "Skills Partnerships", subtitle "A review of 2023".
    Slide 2, its shapes added out of reading order: title "Enrolment by year"; a text box
    high up ("In 2022 the programme trained 900 workers from Vietnam."); a table (Year,
    Workers for 2021 and 2022); a chart titled "Workers trained in Ghana"; a source line at
    the bottom; a footer "Confidential draft 2024" and a slide number, which are furniture;
    speaker notes mentioning 15 partner colleges in Kenya."""
    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = "Skills Partnerships"
    first.placeholders[1].text = "A review of 2023"
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.add_textbox(Inches(0.5), Inches(6.3), Inches(6), Inches(0.4)).text_frame.text = (
        "Source: Riverside Polytechnic survey."
    )
    slide.shapes.title.text = "Enrolment by year"
    chart_data = CategoryChartData()
    chart_data.categories = ["2021", "2022"]
    chart_data.add_series("Workers", (700, 900))
    chart = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(0.5), Inches(3.8), Inches(6), Inches(2.3), chart_data
    ).chart
    chart.has_title = True
    chart.chart_title.text_frame.text = "Workers trained in Ghana"
    rows = (("Year", "Workers"), ("2021", "700"), ("2022", "900"))
    table = slide.shapes.add_table(3, 2, Inches(0.5), Inches(2.4), Inches(4), Inches(1.2)).table
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    slide.shapes.add_textbox(Inches(0.5), Inches(1.6), Inches(8), Inches(0.6)).text_frame.text = (
        "In 2022 the programme trained 900 workers from Vietnam."
    )
    latent = {ph.placeholder_format.type: ph for ph in slide.slide_layout.placeholders}
    for kind, text in ((PP_PLACEHOLDER.FOOTER, "Confidential draft 2024"), (PP_PLACEHOLDER.SLIDE_NUMBER, "2")):
        slide.shapes.clone_placeholder(latent[kind])
        next(p for p in slide.placeholders if p.placeholder_format.type == kind).text = text
    slide.notes_slide.notes_text_frame.text = "Mention the 15 partner colleges in Kenya."
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


POLICY_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Report 2001 | Example site</title>
<style>p { color: #333 }</style><script>var launched = 1999;</script></head>
<body>
<header><a href="/">Home</a> Annual Report 2002</header>
<nav><ul><li><a href="/about">About us since 2003</a></li><li>Canada office</li></ul></nav>
<div role="navigation">Menu 2004</div>
<main>
<h1>Vocational training abroad</h1>
<p>In 2017 the Summit Technical College sent 250&nbsp;students to
   Japan &amp; Mexico.</p>
<table><tr><th>Year</th><th>Students</th></tr>
<tr><td>2017</td><td>250</td></tr><tr><td>2018</td><td>310</td></tr></table>
<p>Workshops were few.<br>By 2019 there were 12 workshops.</p>
</main>
<aside>Related: Brazil in 2005</aside>
<footer>&copy; 2006 Example Org</footer>
</body></html>
"""


def policy_html() -> bytes:
    """A saved page: header, nav, a role=navigation menu, an aside and a footer (each with a
    year or a country that must not be found) around a main part with a heading, a
    paragraph with entities, a table of two years, and a paragraph with a line break."""
    return POLICY_HTML.encode("utf-8")


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
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def bare_docx(target, part: str, repeats: int) -> None:
    """A minimal .docx (no section properties, as some generators write) whose body repeats
    `part` `repeats` times, streamed into the zip `target` (a path or a binary file), never
    whole in memory."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for name, xml in DOCX_PARTS.items():
            package.writestr(name, xml)
        with package.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>'.encode())
            chunk = part.encode() * 1000
            for _ in range(repeats // 1000):
                fh.write(chunk)
            fh.write(part.encode() * (repeats % 1000))
            fh.write(b"</w:body></w:document>")


def flate_pdf(stream: bytes) -> bytes:
    """A one-page PDF whose content is the Flate-compressed `stream` (Helvetica as /F1)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
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
    return out.getvalue()
