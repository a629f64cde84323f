"""Reference lists: split into entries in every common style, each parsed into its fields."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from vocextract.extract import Extracted, metadata, references
from vocextract.extract.structure import find_zones
from vocextract.ingest import Document
from vocextract.tables import build_tables, mention_records


def _refs(text: str) -> list[references.Reference]:
    return references.extract(text, find_zones(text).references_start)


def _check_offsets(text: str, refs: list[references.Reference]) -> None:
    for r in refs:
        entry = text[r.start : r.end]
        assert entry == entry.strip() and entry, r
        if r.year is not None:
            a, b = r.year_span
            assert r.start <= a < b <= r.end and text[a:b] == str(r.year)
        else:
            assert r.year_span is None


BODY = "Body\n\nSchools abroad grew quickly in that decade.\n\n"

APA = BODY + (
    "References\n\n"
    "Adams, R. T., & Brooks, M. (2018). Apprenticeships across borders: A comparative view. "
    "*Journal of Skills Policy*, 12(3), 45-67. https://doi.org/10.1234/JSP.2018.0042\n"
    "Carter, L. (2020a). Training partnerships in the coastal region. Harbour Academic Press.\n"
    "Dunmore Training Council. (n.d.). Annual overview of placements. Retrieved March 3, 2021, "
    "from https://example.org/overview\n"
)
HARVARD = BODY + (
    "Bibliography\n\n"
    "Evans, P. and Ford, K. (2016) Skills for export. London: Northgate Publishing.\n\n"
    "Gale T, Hart W, 2012, Mobility of trainers in the Pacific. Journal of Trade Training, 4(1): 10-19.\n"
)
VANCOUVER = BODY + (
    "References\n"
    "1. Garcia M, Hughes T. Dual training in small firms. Int J Voc Stud. 2015;7(2):101-9. "
    "doi:10.5555/ijvs.2015.7.101\n"
    "2. Irwin K, Jones A, et al. Teachers abroad. Voc Rev. 2019 Mar;3:1-10.\n"
)
GBT = BODY + (
    "References\n"
    "[1] Lin Q, Ma Y. Research on overseas workshops[J]. Journal of Vocational Exchange, 2019, 3(2): 1-10.\n"
    "[2] Ng P. Skills and trade[M]. Beijing: Riverbank Press, 2021.\n"
)
BROKEN = BODY + (
    "References\n\n"
    "- [1] Oakes, J. (2017). A long title that is broken\n"
    "across two lines. *Journal of Line Breaks* (B Edition),\n\n"
    "2(1): 5-9.\n\n"
    "- [2] Price, D. (2018). Short notes. Venue Two, 4, 5-6.\n\n"
    "Publisher's note\n\n"
    "The publisher stays neutral on claims in maps.\n"
)
HANGING = BODY + (
    "References\n\n"
    "Quinn, S. (2014). Cross-border\n"
    "    Training and Mobility. Journal of Mobility, 1, 2-3.\n"
    "Reed, T. (2015). Another title. Venue Two, 4, 5-6.\n\n"
    "Acknowledgements: the author thanks the reviewers.\n"
)
YEAR_OPENS_LINE = BODY + "References\n\nUllman, K. and Vance, L.\n2019. Harbour trades. Port Press.\n"
AUTHOR_DATE_LINES = (
    "The programme trained welders in three countries.\n"
    "Vale A, 2020, Welding for export. Coastal Review, 2020(2): 3-4.\n"
    "Ward B, Young C, 2021, Trainers on the move. Harbour Journal, 5(1): 6-9.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            APA,
            [
                (None, ["Adams, R. T.", "Brooks, M."], 2018, "Apprenticeships across borders: A comparative view",
                 "Journal of Skills Policy", "10.1234/jsp.2018.0042"),
                (None, ["Carter, L."], 2020, "Training partnerships in the coastal region", "Harbour Academic Press", None),
                (None, ["Dunmore Training Council"], None, "Annual overview of placements", None, None),
            ],
            id="apa",
        ),
        pytest.param(
            HARVARD,
            [
                (None, ["Evans, P.", "Ford, K."], 2016, "Skills for export", "London: Northgate Publishing", None),
                (None, ["Gale T", "Hart W"], 2012, "Mobility of trainers in the Pacific", "Journal of Trade Training", None),
            ],
            id="harvard",
        ),
        pytest.param(
            VANCOUVER,
            [
                (1, ["Garcia M", "Hughes T"], 2015, "Dual training in small firms", "Int J Voc Stud", "10.5555/ijvs.2015.7.101"),
                (2, ["Irwin K", "Jones A"], 2019, "Teachers abroad", "Voc Rev", None),
            ],
            id="vancouver-numbered",
        ),
        pytest.param(
            GBT,
            [
                (1, ["Lin Q", "Ma Y"], 2019, "Research on overseas workshops", "Journal of Vocational Exchange", None),
                (2, ["Ng P"], 2021, "Skills and trade", "Beijing: Riverbank Press", None),
            ],
            id="gbt-7714",
        ),
        pytest.param(
            BROKEN,
            [
                (1, ["Oakes, J."], 2017, "A long title that is broken across two lines", "Journal of Line Breaks (B Edition)", None),
                (2, ["Price, D."], 2018, "Short notes", "Venue Two", None),
            ],
            id="broken-across-lines-and-a-blank-line",
        ),
        pytest.param(
            HANGING,
            [
                (None, ["Quinn, S."], 2014, "Cross-border Training and Mobility", "Journal of Mobility", None),
                (None, ["Reed, T."], 2015, "Another title", "Venue Two", None),
            ],
            id="hanging-indent-then-prose",
        ),
        pytest.param(
            YEAR_OPENS_LINE,
            [(None, ["Ullman, K.", "Vance, L."], 2019, "Harbour trades", "Port Press", None)],
            id="year-opening-a-line-is-no-label",
        ),
        pytest.param(
            AUTHOR_DATE_LINES,
            [
                (None, ["Vale A"], 2020, "Welding for export", "Coastal Review", None),
                (None, ["Ward B", "Young C"], 2021, "Trainers on the move", "Harbour Journal", None),
            ],
            id="closing-lines-without-a-heading",
        ),
    ],
)
def test_entries_and_fields(text, expected):
    refs = _refs(text)
    got = [(r.number, r.authors, r.year, r.title, r.venue, r.doi) for r in refs]
    assert got == expected
    _check_offsets(text, refs)


def test_an_entry_broken_across_a_blank_line_spans_both_parts():
    refs = _refs(BROKEN)
    first = BROKEN[refs[0].start : refs[0].end]
    assert first.startswith("[1] Oakes") and first.endswith("2(1): 5-9.")
    assert "Publisher" not in BROKEN[refs[-1].start : refs[-1].end]


def test_the_year_span_points_at_the_publication_year_not_the_issue_year():
    refs = _refs(AUTHOR_DATE_LINES)
    a, _ = refs[0].year_span
    assert AUTHOR_DATE_LINES[a - 3 : a + 4] == "A, 2020"


@pytest.mark.parametrize(
    ("written", "doi"),
    [
        pytest.param("doi:10.1000/ABC.1.", "10.1000/abc.1", id="doi-prefix"),
        pytest.param("DOI: 10.1000/abc.2", "10.1000/abc.2", id="doi-label"),
        pytest.param("https://doi.org/10.1000/abc.3", "10.1000/abc.3", id="doi-org-url"),
        pytest.param("<http://dx.doi.org/10.1000/abc%2F4>", "10.1000/abc/4", id="dx-url-escaped"),
        pytest.param("(see 10.1000/xyz(01)05)", "10.1000/xyz(01)05", id="bare-with-parentheses"),
    ],
)
def test_doi_forms(written, doi):
    text = f"Smith, A. (2001). A title. A Journal, 1, 2-3. {written}"
    found, start, end = references.find_doi(text)
    assert found == doi
    assert references.normalise_doi(text[start:end]) == doi


def test_no_references_section_gives_no_entries():
    text = "Title\n\nIn 2019 the college opened a workshop abroad. It trained 40 people.\n"
    assert _refs(text) == []


def test_a_prose_paragraph_after_a_bare_list_is_not_an_entry():
    refs = _refs(HANGING)
    assert all("Acknowledgements" not in HANGING[r.start : r.end] for r in refs)


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        pytest.param("Bell, A., Cole, B. C., & Dean, E.", ["Bell, A.", "Cole, B. C.", "Dean, E."], id="apa-initials"),
        pytest.param("Bell A, Cole BC, Dean E", ["Bell A", "Cole BC", "Dean E"], id="vancouver"),
        pytest.param("Bell A, Cole B, et al.", ["Bell A", "Cole B"], id="et-al-adds-none"),
        pytest.param("Harbour Skills Board", ["Harbour Skills Board"], id="corporate"),
    ],
)
def test_split_names(authors, names):
    assert references.split_names(authors) == names


def test_a_year_written_in_an_entry_carries_its_reference_id(nlp, settings):
    from vocextract.extract import extract_document
    from vocextract.tables import mention_records

    text = (
        "Harbour Colleges Abroad\n\nIn 2021 the colleges sent trainers to Ghana.\n\nReferences\n\n"
        "[1] Cole N. Harbour skills[J]. Port Review, 2019, 2018(1): 3-9.\n"
    )
    records = mention_records("d", text, extract_document(text, nlp, settings))
    (entry,) = records["references"]
    linked = {r["text"]: r["reference_id"] for r in records["years"]}
    assert linked == {"2021": None, "2019": entry["reference_id"], "2018": entry["reference_id"]}
    assert entry["year"] == 2019 and text[entry["year_start"] : entry["year_end"]] == "2019"


PIECES = st.sampled_from(
    [
        "References", "Introduction", "\n", "\n\n", "\r\n", " ", "  ", ".", ",", ";", ":", "&", "and", "(", ")",
        "[", "]", "[1]", "12.", "- ", "* ", "**", "\\*", "#", "Smith", "J.", "A", "et al.", "(2019)", "2020a",
        "n.d.", "(n.d.)", "1999", "2(3): 4-5", "[J]", "Journal", "Press", "?", "doi:10.1234/ab.C(1)", "%2F",
        "https://doi.org/10.5555/x.", "<", ">", "Published:", "12 March 2021", "©", "Abstract", "é", "中国",
    ]
)


@given(st.lists(PIECES, max_size=60).map("".join) | st.text(max_size=150))
@hsettings(max_examples=40, deadline=None)
def test_any_text_gives_entries_and_metadata_that_validate(text):
    """Whatever the text, every reference row and the document's metadata pass their checks,
    offsets included: nothing is rejected."""
    zones = find_zones(text)
    refs = references.extract(text, zones.references_start)
    _check_offsets(text, refs)
    extracted = Extracted([], [], refs, metadata.extract(text, zones))
    doc = Document("d", "d.txt", "d.txt", "0" * 64, "utf-8", text, "ok", None)
    tables = build_tables([doc], {"d": mention_records("d", text, extracted)})
    assert tables.frames["rejects"].empty, tables.frames["rejects"]["check"].tolist()
    assert len(tables.frames["references"]) == len(refs)
