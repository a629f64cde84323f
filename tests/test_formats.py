"""Every supported format end to end: a folder of built files through the whole pipeline."""

import os
import re
import shutil

import pandas as pd
import pytest

from vocextract import pipeline
from vocextract.schemas import MENTION_TABLES, TABLES

from . import make_files as make
from .conftest import ROOT, assert_grounded, rows_of

NOTES = "In 2016 the Delta Vocational School trained 80 nurses from Malawi.\n"
FILES = {
    "policy.pdf": make.policy_pdf,
    "policy.docx": make.policy_docx,
    "policy.pptx": make.policy_pptx,
    "policy.html": make.policy_html,
    "saved page.htm": make.policy_html,
    "notes.txt": NOTES.encode,
    "notes.md": NOTES.encode,
    "scanned.pdf": make.scanned_pdf,
    "locked.pdf": make.encrypted_pdf,
}


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    for name, build in FILES.items():
        (raw / name).write_bytes(build())
    return raw


@pytest.fixture(scope="module")
def out(tmp_path_factory, settings, raw):
    out = tmp_path_factory.mktemp("out")
    pipeline.run(raw, out, settings)
    return out


def _readme_block(marker: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if marker in b)


@pytest.fixture(scope="module")
def on_page(out):
    """Mentions joined to their pages by the README's own example, run in a folder whose
    `output` is this run's tables."""
    cwd = os.getcwd()
    os.chdir(out.parent)
    try:
        (out.parent / "output").unlink(missing_ok=True)
        (out.parent / "output").symlink_to(out)
        scope: dict = {}
        exec(_readme_block("merge_asof"), scope)
    finally:
        os.chdir(cwd)
    return scope["on_page"]


def _found(on_page: pd.DataFrame, name: str) -> list[tuple[str, str, str]]:
    rows = on_page[on_page["path"] == name].sort_values("start")
    return list(zip(rows["table"], rows["text"], rows["label"]))


@pytest.mark.parametrize(
    "name, status, fmt, n_pages, error",
    [
        pytest.param("policy.pdf", "ok", "pdf", 2, None, id="pdf"),
        pytest.param("policy.docx", "ok", "docx", 2, None, id="docx"),
        pytest.param("policy.pptx", "ok", "pptx", 2, None, id="pptx"),
        pytest.param("policy.html", "ok", "html", 1, None, id="html"),
        pytest.param("saved page.htm", "ok", "html", 1, None, id="htm"),
        pytest.param("notes.txt", "ok", "text", 1, None, id="txt"),
        pytest.param("notes.md", "ok", "text", 1, None, id="md"),
        pytest.param("scanned.pdf", "failed", "pdf", 0, "no text layer: needs OCR", id="scanned-pdf"),
        pytest.param("locked.pdf", "failed", "pdf", 0, "encrypted PDF", id="encrypted-pdf"),
    ],
)
def test_documents_record_format_pages_and_failures(out, name, status, fmt, n_pages, error):
    doc = pd.read_parquet(out / "documents.parquet").set_index("path").loc[name]
    assert (doc["status"], doc["format"], doc["n_pages"]) == (status, fmt, n_pages)
    assert (pd.isna(doc["error"]) if error is None else error in doc["error"])


def test_offsets_and_pages_index_the_stored_text(out):
    assert_grounded(out)


def test_every_mention_joins_to_the_page_that_holds_it(out, on_page):
    assert len(on_page) == sum(len(pd.read_parquet(out / f"{t}.parquet")) for t in MENTION_TABLES)
    assert on_page["label"].notna().all()
    assert (on_page["end"] <= on_page["end_page"]).all()


def test_pdf_mentions_and_pages_are_exactly_what_the_pdf_holds(on_page):
    assert _found(on_page, "policy.pdf") == [
        ("years", "2019", "page 1"),
        ("organisations", "Lakeside Technical Institute", "page 1"),
        ("numbers", "1,200", "page 1"),
        ("countries", "Kenya", "page 1"),
        ("numbers", "35 percent", "page 1"),
        *[(t, v, "page 1") for row in make.POLICY_PDF_TABLE[1:] for t, v in zip(("years", "numbers", "numbers"), row)],
        ("organisations", "Northbridge Polytechnic College", "page 2"),
        ("years", "2015", "page 2"),
        ("numbers", "640", "page 2"),
        ("countries", "Ghana", "page 2"),
        ("countries", "Nigeria", "page 2"),
        ("countries", "Peru", "page 2"),
        ("organisations", "Andean Skills Agency", "page 2"),
        ("numbers", "48 percent", "page 2"),
        ("numbers", "six", "page 2"),
        ("years", "2022", "page 2"),
    ]


@pytest.mark.parametrize(
    "name, expected",
    [
        pytest.param(
            "policy.docx",
            [("organisations", "Harbour Polytechnic Institute", "section 1"), ("numbers", "410", "section 1"),
             ("countries", "Chile", "section 1"), ("organisations", "Coastal Training Centre", "section 2"),
             ("years", "2018", "section 2")],
            id="docx",
        ),
        pytest.param(
            "policy.pptx",
            [("years", "2023", "slide 1"), ("countries", "Vietnam", "slide 2"), ("numbers", "700", "slide 2"),
             ("countries", "Ghana", "slide 2"), ("organisations", "Riverside Polytechnic", "slide 2"),
             ("numbers", "15", "slide 2"), ("countries", "Kenya", "slide 2")],
            id="pptx-chart-title-and-notes",
        ),
        pytest.param(
            "policy.html",
            [("years", "2017", "section 1"), ("countries", "Japan", "section 1"), ("countries", "Mexico", "section 1"),
             ("numbers", "310", "section 1"), ("years", "2019", "section 1")],
            id="html",
        ),
        pytest.param(
            "notes.txt",
            [("years", "2016", "section 1"), ("organisations", "Delta Vocational School", "section 1"),
             ("numbers", "80", "section 1"), ("countries", "Malawi", "section 1")],
            id="txt",
        ),
    ],
)
def test_mentions_are_found_on_their_page(on_page, name, expected):
    found = _found(on_page, name)
    assert [m for m in expected if m not in found] == []


@pytest.mark.parametrize(
    "name, absent",
    [
        pytest.param("policy.pdf", {"2024", "1", "2"}, id="pdf-running-head-and-page-numbers"),
        pytest.param("policy.docx", {"2020"}, id="docx-header"),
        pytest.param("policy.pptx", {"2024", "2"}, id="pptx-footer-and-slide-number"),
        pytest.param("policy.html", {"1999", "2001", "2002", "2003", "2004", "2005", "2006", "Canada", "Brazil"}, id="html-chrome"),
    ],
)
def test_furniture_and_page_chrome_yield_no_mentions(on_page, name, absent):
    assert absent.isdisjoint({text for _, text, _ in _found(on_page, name)})


def test_tables_of_every_format_become_series(out):
    series = pd.read_parquet(out / "series.parquet")
    names = pd.read_parquet(out / "documents.parquet").set_index("doc_id")["path"]
    columns = series.groupby(series["doc_id"].map(names))["column"].agg(lambda c: sorted(set(c)))
    assert columns["policy.pdf"] == ["Colleges", "Students"]
    assert columns["policy.docx"] == ["Partners", "Trainees"]
    assert columns["policy.pptx"] == ["Workers"]
    assert columns["policy.html"] == ["Students"]


def test_rerun_reuses_the_cache_and_gives_the_same_tables(raw, out, tmp_path, settings):
    again = tmp_path / "again"
    shutil.copytree(out, again)
    summary = pipeline.run(raw, again, settings)
    assert summary.reused == summary.processed == 7
    for table in TABLES:
        pd.testing.assert_frame_equal(rows_of(out / f"{table}.parquet"), rows_of(again / f"{table}.parquet"))


def test_readme_lists_exactly_the_accepted_formats(settings):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Supported formats", 1)[1].split("\n## ", 1)[0]
    listed = {suffix for row in re.findall(r"^\|.*$", section, re.M) for suffix in re.findall(r"`(\.\w+)`", row)}
    assert listed == set(settings.suffixes)
    assert listed == {os.path.splitext(name)[1] for name in FILES}
