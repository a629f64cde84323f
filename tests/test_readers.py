"""Each reader on files built by the libraries: the stored text, its pages and its furniture."""

import io
import re
import zlib
from collections import Counter

import pytest

from vocextract.readers import Limits, Read, ReadError, read
from vocextract.readers.layout import Line, furniture, join_lines, reading_order, tables

from . import make_files as make


def _in_order(text: str, *pieces: str) -> bool:
    positions = [text.find(p) for p in pieces]
    return -1 not in positions and positions == sorted(positions)


def _page_of(got: Read, piece: str) -> str:
    pos = got.text.index(piece)
    return next(p.label for p in got.pages if p.start <= pos < p.end)


@pytest.fixture(scope="module")
def pdf() -> Read:
    return read(".pdf", make.policy_pdf())


def test_pdf_two_columns_are_read_one_after_the_other(pdf):
    left, right = " ".join(make.POLICY_PDF_LEFT), " ".join(make.POLICY_PDF_RIGHT)
    assert left in pdf.text and right in pdf.text
    assert _in_order(pdf.text, left, right)


def test_pdf_table_is_one_line_per_row_with_tab_separated_cells(pdf):
    assert "\n".join("\t".join(row) for row in make.POLICY_PDF_TABLE) in pdf.text


def test_pdf_word_broken_at_a_line_end_is_mended(pdf):
    assert "its vocational programme grew" in pdf.text
    assert "voca-" not in pdf.text


def test_pdf_running_heads_and_page_numbers_are_furniture(pdf):
    marked = [pdf.text[a:b] for a, b in pdf.furniture]
    assert marked == [make.RUNNING_HEAD, "Page 1", make.RUNNING_HEAD, "Page 2"]


@pytest.mark.parametrize(
    "suffix, build, labels, kind",
    [
        pytest.param(".pdf", make.policy_pdf, ["page 1", "page 2"], "page", id="pdf"),
        pytest.param(".docx", make.policy_docx, ["section 1", "section 2"], "section", id="docx"),
        pytest.param(".pptx", make.policy_pptx, ["slide 1", "slide 2"], "slide", id="pptx"),
        pytest.param(".html", make.policy_html, ["section 1"], "section", id="html"),
        pytest.param(".txt", lambda: b"In 2020 there were 3 colleges.\n", ["section 1"], "section", id="text"),
    ],
)
def test_pages_cover_the_text_in_order(suffix, build, labels, kind):
    got = read(suffix, build())
    assert [p.label for p in got.pages] == labels
    assert {p.kind for p in got.pages} == {kind}
    bounds = [(p.start, p.end) for p in got.pages]
    assert bounds[0][0] == 0 and got.text[bounds[-1][1] :].strip() == ""
    assert all(a <= b for a, b in bounds) and all(b1 <= a2 for (_, b1), (a2, _) in zip(bounds, bounds[1:]))
    assert all(got.text[b1:a2].strip() == "" for (_, b1), (a2, _) in zip(bounds, bounds[1:]))


@pytest.mark.parametrize(
    "piece, page",
    [
        pytest.param("Lakeside Technical Institute", "page 1", id="page-1-prose"),
        pytest.param("2021\t1,500\t19", "page 1", id="page-1-table"),
        pytest.param("Andean Skills Agency", "page 2", id="page-2-right-column"),
    ],
)
def test_pdf_text_lies_on_its_page(pdf, piece, page):
    assert _page_of(pdf, piece) == page


def test_docx_body_order_tables_and_sections():
    got = read(".docx", make.policy_docx())
    assert _in_order(got.text, "Training abroad", "Harbour Polytechnic", "Year\tTrainees\tPartners\n2021\t320\t12\n2022\t410\t15", "reached Chile", "Coastal Training Centre")
    assert "Annual Report" not in got.text
    assert _page_of(got, "reached Chile") == "section 1"
    assert _page_of(got, "Coastal Training Centre") == "section 2"


def test_pptx_slide_reading_order_chart_title_notes_and_furniture():
    got = read(".pptx", make.policy_pptx())
    assert _in_order(
        got.text,
        "Skills Partnerships",
        "A review of 2023",
        "Enrolment by year",
        "900 workers from Vietnam",
        "Year\tWorkers\n2021\t700\n2022\t900",
        "Workers trained in Ghana",
        "Riverside Polytechnic survey",
        "15 partner colleges in Kenya",
    )
    assert sorted(got.text[a:b] for a, b in got.furniture) == ["2", "Confidential draft 2024"]
    assert _page_of(got, "15 partner colleges") == "slide 2"


def test_html_keeps_the_main_text_only():
    got = read(".html", make.policy_html())
    assert got.text == (
        "Vocational training abroad\n\n"
        "In 2017 the Summit Technical College sent 250 students to Japan & Mexico.\n\n"
        "Year\tStudents\n2017\t250\n2018\t310\n\n"
        "Workshops were few.\nBy 2019 there were 12 workshops."
    )
    assert got.encoding == "utf-8"


@pytest.mark.parametrize(
    "html, expected",
    [
        pytest.param(b"<body><nav>Menu</nav><p>One</p><div>Two &eacute;</div></body>", "One\n\nTwo \u00e9", id="no-main"),
        pytest.param(b"<article><p>Kept</p></article><p>Sidebar text</p>", "Kept", id="article"),
        pytest.param(b"<p hidden>Gone</p><p aria-hidden='true'>Gone</p><p>Shown", "Shown", id="hidden"),
        pytest.param(b"<pre>a  b\n  c</pre>", "a b\nc", id="pre-keeps-lines"),
        pytest.param(b"<table><tr><td>x<table><tr><td>in</td></tr></table></td><td>2</td></tr></table>", "x in\t2", id="nested-table"),
        pytest.param('<meta charset="windows-1252"><p>caf\u00e9</p>'.encode("cp1252"), "caf\u00e9", id="declared-charset"),
        pytest.param(
            b"<body>" + b"<div>" * 20_000 + b"<nav>Menu</nav><main><p>Deep</p></main>" + b"</div>" * 20_000 + b"<p>Out</p></body>",
            "Deep",
            id="deeply-nested-main-and-nav",
        ),
        pytest.param(b"<div><p>One<div>Two</div><p>Three<li>a<li>b</div><p>After", "One\n\nTwo\n\nThree\n\na\n\nb\n\nAfter", id="implicitly-closed-p-and-li"),
    ],
)
def test_html_structure(html, expected):
    assert read(".html", html).text == expected


@pytest.mark.parametrize(
    "suffix, data, message",
    [
        pytest.param(".pdf", make.scanned_pdf(), "no text layer: needs OCR", id="scanned-pdf"),
        pytest.param(".pdf", make.encrypted_pdf(), "encrypted PDF: it needs a password", id="encrypted-pdf"),
        pytest.param(".pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "damaged PDF", id="damaged-pdf"),
        pytest.param(".pdf", b"\x00\x01 not a pdf at all", "damaged PDF", id="not-a-pdf"),
        pytest.param(".docx", b"PK\x03\x04 broken zip", "not a Word .docx package", id="damaged-docx"),
        pytest.param(".docx", make.policy_pptx(), "damaged or unreadable .docx file", id="pptx-named-docx"),
        pytest.param(".pptx", b"\xd0\xcf\x11\xe0 old ppt", "not a PowerPoint .pptx package", id="legacy-ppt-named-pptx"),
    ],
)
def test_unreadable_files_fail_with_a_clear_message(suffix, data, message):
    with pytest.raises(ReadError, match=message):
        read(suffix, data)


def _bare_docx(part: str, repeats: int) -> bytes:
    buffer = io.BytesIO()
    make.bare_docx(buffer, part, repeats)
    return buffer.getvalue()


TEXT_OP = b"BT /F1 12 Tf 72 720 Td (Kenya trained 45 welders) Tj ET"
SMALL = Limits(expanded_bytes=100_000, text_chars=2_000_000)

LIMITED = [
    pytest.param(".pdf", make.flate_pdf(zlib.compress(TEXT_OP + b" " * 200_000)), SMALL,
                 "too large: a stream of the PDF inflates past max_expanded_bytes (100,000 bytes)", id="inflating-pdf"),
    pytest.param(".pdf", make.flate_pdf(zlib.compress(b"BT /F1 1 Tf " + b"(x) Tj " * 200_001 + b"ET")), Limits(),
                 "not a page of text: a page draws over 200,000 characters", id="page-of-200k-characters"),
    pytest.param(".docx", _bare_docx("<w:p/>", 20_000), SMALL,
                 "too large: the file's parts expand to 120,", id="docx-expanding-past-the-limit"),
]


@pytest.mark.parametrize("suffix, data, limits, message", LIMITED)
def test_what_a_file_expands_to_is_bounded_while_it_is_read(suffix, data, limits, message):
    with pytest.raises(ReadError, match=re.escape(message)):
        read(suffix, data, limits)


def test_within_the_limits_the_same_files_read():
    assert "Kenya trained 45 welders" in read(".pdf", make.flate_pdf(zlib.compress(TEXT_OP))).text
    assert read(".docx", _bare_docx("<w:p><w:r><w:t>Ghana 12</w:t></w:r></w:p>", 3)).text == "Ghana 12\n\nGhana 12\n\nGhana 12"


@pytest.mark.parametrize(
    "first, second, words, joined",
    [
        pytest.param("its voca-", "tional plan", {}, "its vocational plan", id="broken-word"),
        pytest.param("a well-", "known name", {"well-known": 2}, "a well-known name", id="compound-seen-hyphenated"),
        pytest.param("a well-", "known name", {"well-known": 1, "wellknown": 1}, "a wellknown name", id="both-seen"),
        pytest.param("non-", "European staff", {}, "non-European staff", id="hyphen-before-capital"),
        pytest.param("co\u00ad", "operation", {}, "cooperation", id="soft-hyphen"),
        pytest.param("from 2019-", "2020 on", {}, "from 2019- 2020 on", id="digits-not-a-word"),
        pytest.param("It ended.", "Next one", {}, "It ended. Next one", id="plain"),
    ],
)
def test_join_lines(first, second, words, joined):
    assert join_lines(first, second, Counter(words)) == joined


def _line(x0, top, text, width=None, height=10.0):
    return Line(x0, top - height, x0 + (width or 5 * len(text)), top, text)


@pytest.mark.parametrize(
    "text, top, marked",
    [
        pytest.param("Page 3", 30, True, id="page-n-footer"),
        pytest.param("- 12 -", 30, True, id="dashed-number"),
        pytest.param("iv", 820, True, id="roman-header"),
        pytest.param("3 of 10", 30, True, id="n-of-m"),
        pytest.param("Page 3", 400, False, id="mid-page"),
        pytest.param("Results for 2019", 820, False, id="one-off-top-line"),
    ],
)
def test_page_numbers_are_furniture_only_in_the_margins(text, top, marked):
    assert furniture([(842.0, [_line(60, top, text)])]) == [{0} if marked else set()]


def test_repeated_heads_are_furniture_digits_aside():
    pages = [(842.0, [_line(60, 820, f"Annual report {n}"), _line(60, 700, f"Body {n}")]) for n in (2019, 2020)]
    assert furniture(pages) == [{0}, {0}]


def test_two_columns_of_long_lines_are_not_a_table_and_read_column_by_column():
    left = [_line(60, 700 - 13 * i, f"left column line number {i} with words", width=220) for i in range(3)]
    right = [_line(310, 700 - 13 * i, f"right column line number {i} with words", width=220) for i in range(3)]
    found, rest = tables(left + right)
    assert found == []
    assert [ln.text for ln in reading_order(rest, 10)] == [ln.text for ln in left + right]
