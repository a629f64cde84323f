from datetime import date

import pandas as pd
import pytest

from vocextract import schemas
from vocextract.ingest import Document
from vocextract.tables import METADATA_COLUMNS, build_tables, document_record

from .conftest import ROOT

TEXT = "In 2021 the Northbridge Polytechnic enrolled 300 Kenyan students."


def _doc() -> Document:
    return Document("d1", "a.txt", "a.txt", "0" * 64, "utf-8", TEXT, "ok", None)


def _mention(text: str, **extra) -> dict:
    start = TEXT.index(text)
    base = {
        "mention_id": f"m-{text}",
        "doc_id": "d1",
        "start": start,
        "end": start + len(text),
        "text": text,
        "sentence_start": 0,
        "sentence_end": len(TEXT),
        "section": "body",
        "source": "extractor",
    }
    return base | extra


GOOD = {
    "numbers": _mention("300", value=300.0, value_high=None, unit="count", qualifier=None, quantified="students"),
    "years": _mention("2021", value=2021),
    "countries": _mention("Kenyan", iso3="KEN", iso2="KE", country="Kenya", form="adjective"),
    "organisations": _mention("Northbridge Polytechnic", name="Northbridge Polytechnic", org_type="education"),
}

BAD = [
    pytest.param("numbers", {"unit": "parsecs"}, "unit_vocabulary", id="unit-not-in-vocabulary"),
    pytest.param("numbers", {"value": float("inf")}, "finite", id="value-infinite"),
    pytest.param("numbers", {"qualifier": "roughly"}, "isin", id="qualifier-unknown"),
    pytest.param("numbers", {"value_high": 10.0}, "range_ordered", id="range-reversed"),
    pytest.param("years", {"value": 1850}, "greater_than_or_equal_to", id="year-too-early"),
    pytest.param("countries", {"iso3": "XXX"}, "isin", id="iso3-unknown"),
    pytest.param("organisations", {"name": "the Polytechnic"}, "str_matches", id="org-leading-the"),
    pytest.param("organisations", {"text": "Northbridge"}, "text_matches_source", id="text-not-source-slice"),
    pytest.param("years", {"doc_id": "nope"}, "doc_id_in_documents", id="unknown-document"),
    pytest.param("years", {"end": 999, "text": "2021"}, "offsets_within_document", id="offset-past-end"),
    pytest.param("years", {"section": "appendix"}, "isin", id="section-unknown"),
]


def _build(table: str, records: list[dict]):
    mentions = {"d1": {table: records}}
    return build_tables([_doc()], mentions)


@pytest.mark.parametrize("table", list(GOOD))
def test_good_rows_pass(table):
    tables = _build(table, [GOOD[table]])
    assert len(tables.frames[table]) == 1
    assert tables.frames["rejects"].empty


@pytest.mark.parametrize("table, change, check", BAD)
def test_bad_rows_go_to_rejects_with_the_check(table, change, check):
    tables = _build(table, [GOOD[table], GOOD[table] | change | {"mention_id": "bad"}])
    assert list(tables.frames[table]["mention_id"]) == [GOOD[table]["mention_id"]]
    rejects = tables.frames["rejects"]
    assert list(rejects["mention_id"]) == ["bad"]
    assert check in rejects["check"].iloc[0]
    assert rejects["table"].iloc[0] == table


def test_duplicate_mention_ids_are_rejected():
    tables = _build("years", [GOOD["years"], GOOD["years"]])
    assert "field_uniqueness" in ";".join(tables.frames["rejects"]["check"])


def test_failed_document_without_error_is_rejected():
    doc = Document("d2", "b.txt", "b.txt", "", None, "", "failed", None)
    tables = build_tables([_doc(), doc], {})
    assert list(tables.frames["documents"]["doc_id"]) == ["d1"]
    assert "failed_has_error" in tables.frames["rejects"]["check"].iloc[0]


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_arrow_schema_has_the_model_columns(table):
    model = schemas.TABLES[table]
    assert schemas.arrow_schema(model).names == list(model.to_schema().columns)


def test_readme_table_reference_is_generated_from_the_schemas():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert schemas.markdown_docs().strip() in readme, "regenerate with `vocextract schema`"


def test_document_record_counts():
    record = document_record(_doc())
    assert record["n_chars"] == len(TEXT)
    assert record["n_words"] == len(TEXT.split())
    assert pd.isna(record["error"])


REF_TEXT = "Body.\n\nReferences\n[1] Lane, K., & Moss, T. (2019). Skills abroad. *Port Journal*, 2(1), 3-4. doi:10.1234/PJ.1\n"


def _ref_doc() -> Document:
    return Document("d2", "r.txt", "r.txt", "1" * 64, "utf-8", REF_TEXT, "ok", None)


def _reference(**change) -> dict:
    start = REF_TEXT.index("[1]")
    year = REF_TEXT.index("2019")
    row = {
        "reference_id": "r1",
        "doc_id": "d2",
        "start": start,
        "end": len(REF_TEXT) - 1,
        "text": REF_TEXT[start:-1],
        "number": 1,
        "authors": ["Lane, K.", "Moss, T."],
        "n_authors": 2,
        "year": 2019,
        "year_start": year,
        "year_end": year + 4,
        "title": "Skills abroad",
        "venue": "Port Journal",
        "doi": "10.1234/pj.1",
    }
    return row | change


@pytest.mark.parametrize(
    ("change", "check"),
    [
        pytest.param({"year": 2018}, "year_read_from_entry", id="year-not-at-its-offsets"),
        pytest.param({"year_start": 0, "year_end": 4}, "year_inside_entry", id="year-outside-the-entry"),
        pytest.param({"year": None}, "year_inside_entry", id="year-offsets-without-a-year"),
        pytest.param({"title": "Skills at home"}, "title_read_from_entry", id="title-not-in-entry"),
        pytest.param({"venue": "Harbour Review"}, "venue_read_from_entry", id="venue-not-in-entry"),
        pytest.param({"authors": ["Lane, K.", "Reed, P."]}, "authors_read_from_entry", id="author-not-in-entry"),
        pytest.param({"n_authors": 3}, "n_authors_counts_authors", id="author-count-wrong"),
        pytest.param({"doi": "doi:10.1234/pj.1"}, "str_matches", id="doi-not-normalised"),
        pytest.param({"doi": "10.1234/pj.2"}, "doi_read_from_entry", id="doi-not-in-entry"),
        pytest.param({"text": "[1] Lane"}, "text_matches_source", id="text-not-source-slice"),
        pytest.param({"end": 999}, "offsets_within_document", id="entry-past-the-end"),
    ],
)
def test_bad_reference_rows_go_to_rejects(change, check):
    tables = build_tables([_ref_doc()], {"d2": {"references": [_reference(), _reference(reference_id="bad", **change)]}})
    assert list(tables.frames["references"]["reference_id"]) == ["r1"]
    rejects = tables.frames["rejects"]
    assert list(rejects["mention_id"]) == ["bad"] and rejects["table"].iloc[0] == "references"
    assert check in rejects["check"].iloc[0]


def _stated(**change) -> dict:
    title = TEXT.index("Northbridge Polytechnic")
    year = TEXT.index("2021")
    row = {column: None for column in METADATA_COLUMNS} | {
        "title": "Northbridge Polytechnic",
        "title_start": title,
        "title_end": title + len("Northbridge Polytechnic"),
        "published": "2021",
        "published_start": year,
        "published_end": year + 4,
    }
    return row | change


def test_stated_metadata_lands_in_the_documents_table():
    docs = build_tables([_doc()], {"d1": {"metadata": [_stated()]}}).frames["documents"]
    assert docs.loc[0, "title"] == "Northbridge Polytechnic"
    assert (docs.loc[0, "published"], docs.loc[0, "published_precision"]) == (date(2021, 1, 1), "year")
    assert pd.isna(docs.loc[0, "doi"]) and pd.isna(docs.loc[0, "doi_start"])


@pytest.mark.parametrize(
    "written, published, precision",
    [
        pytest.param("2021-03-12", date(2021, 3, 12), "day", id="day"),
        pytest.param("2021-03", date(2021, 3, 1), "month", id="month-dated-to-its-first-day"),
        pytest.param("2021", date(2021, 1, 1), "year", id="year-dated-to-its-first-day"),
        pytest.param("2021-02-30", None, None, id="no-such-day"),
        pytest.param(None, None, None, id="not-stated"),
    ],
)
def test_a_stated_date_is_a_date_with_its_precision(written, published, precision):
    from vocextract.tables import typed_metadata

    typed = typed_metadata({"published": written, "authors": None})
    assert (typed["published"], typed["published_precision"]) == (published, precision)


def test_an_author_line_is_a_list_of_names():
    from vocextract.tables import typed_metadata

    assert typed_metadata({"authors": "Ann Lee; Bo Chen", "published": None})["authors"] == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    ("change", "check"),
    [
        pytest.param({"title": "Southbridge Polytechnic"}, "title_read_from_text", id="title-not-at-its-offsets"),
        pytest.param({"title_end": None}, "title_read_from_text", id="title-without-an-end"),
        pytest.param({"authors": "Ann Lee", "authors_start": 0, "authors_end": 2}, "authors_read_from_text", id="author-not-there"),
        pytest.param({"published": "2021-13"}, "published_read_from_text", id="published-month-13"),
        pytest.param({"published": "2019"}, "published_read_from_text", id="published-year-not-there"),
        pytest.param({"doi": "10.1234/x", "doi_start": 0, "doi_end": 7}, "doi_read_from_text", id="doi-not-there"),
    ],
)
def test_bad_metadata_rejects_the_document_row(change, check):
    tables = build_tables([_doc()], {"d1": {"metadata": [_stated(**change)]}})
    assert tables.frames["documents"].empty
    assert check in tables.frames["rejects"]["check"].iloc[0]


def test_a_frame_that_fails_its_schema_as_a_whole_is_our_bug_not_a_reject():
    from vocextract.errors import MalformedTableError
    from vocextract.tables import validate

    frame = pd.DataFrame({"doc_id": ["d1"]})
    with pytest.raises(MalformedTableError, match="bug in vocextract"):
        validate("documents", frame, schemas.TABLES["documents"].to_schema())


def test_the_schemas_load_no_document_parser():
    """`vocextract schema` and anything else that only needs the table models starts fast."""
    import subprocess
    import sys

    code = "import sys, vocextract.schemas; print(sorted(m for m in sys.modules if m.split('.')[0] in ('pdfminer', 'docx', 'pptx')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
