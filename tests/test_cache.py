"""Incremental reruns: only new or changed documents are redone; results never differ."""

from datetime import date

import pandas as pd
import pytest

from vocextract import pipeline, workers
from vocextract.cache import CACHE_DIR
from vocextract.schemas import TABLES
from vocextract.settings import Settings

from .conftest import rows_of

DOCS = {
    "a.txt": "In 2020 the Riverside Polytechnic enrolled 1,250 students from Ghana.",
    "b.txt": "By 2022, 35% of graduates of the Hillview Technical Institute worked in Peru.",
    "c.txt": "The Coastal Training Centre opened 4 workshops in 2018 with Chilean partners.",
}


@pytest.fixture
def corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in DOCS.items():
        (raw / name).write_text(text)
    return raw


def _tables(out):
    return {t: rows_of(out / f"{t}.parquet") for t in TABLES}


def _same(a, b):
    for t in TABLES:
        pd.testing.assert_frame_equal(a[t], b[t])


def test_unchanged_rerun_reuses_everything_and_gives_the_same_tables(corpus, tmp_path, settings):
    out = tmp_path / "out"
    first = pipeline.run(corpus, out, settings)
    before = _tables(out)
    second = pipeline.run(corpus, out, settings)
    assert (first.reused, second.reused) == (0, 3)
    _same(before, _tables(out))


def test_changed_document_is_redone_and_others_reused(corpus, tmp_path, settings):
    out = tmp_path / "out"
    pipeline.run(corpus, out, settings)
    (corpus / "b.txt").write_text("By 2024, 40% of graduates worked in Peru.")
    summary = pipeline.run(corpus, out, settings)
    assert summary.reused == 2
    years = _tables(out)["years"]
    assert "2024" in set(years["text"]) and "2022" not in set(years["text"])


def test_deleted_document_rows_disappear(corpus, tmp_path, settings):
    out = tmp_path / "out"
    pipeline.run(corpus, out, settings)
    (corpus / "c.txt").unlink()
    summary = pipeline.run(corpus, out, settings)
    tables = _tables(out)
    assert summary.reused == 2
    assert "c.txt" not in set(tables["documents"]["path"])
    assert set(tables["years"]["doc_id"]) <= set(tables["documents"]["doc_id"])
    assert len(list((out / CACHE_DIR).glob("*.json"))) == 2


def test_full_ignores_the_cache(corpus, tmp_path, settings):
    out = tmp_path / "out"
    pipeline.run(corpus, out, settings)
    before = _tables(out)
    summary = pipeline.run(corpus, out, settings, full=True)
    assert summary.reused == 0
    _same(before, _tables(out))


def test_corrupt_cache_entry_is_a_miss(corpus, tmp_path, settings):
    out = tmp_path / "out"
    pipeline.run(corpus, out, settings)
    before = _tables(out)
    victim = sorted((out / CACHE_DIR).glob("*.json"))[0]
    victim.write_text("{not json")
    summary = pipeline.run(corpus, out, settings)
    assert summary.reused == 2
    _same(before, _tables(out))


def test_changed_settings_miss_the_cache(corpus, tmp_path, settings):
    out = tmp_path / "out"
    pipeline.run(corpus, out, settings)
    summary = pipeline.run(corpus, out, Settings(workers=1, types=("YEAR",)))
    assert summary.reused == 0


def test_results_are_identical_whatever_the_worker_count(corpus, tmp_path):
    one = pipeline.run(corpus, tmp_path / "one", Settings(workers=1, batch_chars=1))
    two = pipeline.run(corpus, tmp_path / "two", Settings(workers=2, batch_chars=1))
    assert one.rows == two.rows
    _same(_tables(tmp_path / "one"), _tables(tmp_path / "two"))


ARTICLE = (
    "Export Training in Two Harbour Colleges\n\nNia Cole, Ravi Shah\n\nPublished: 4 May 2023\n\n"
    "1. Introduction\n\nIn 2021 the colleges sent 12 trainers to Ghana.\n\nReferences\n\n"
    "[1] Cole N. Harbour skills[J]. Port Review, 2019, 2(1): 3-9.\n"
    "[2] Shah R, 2020, Trainers abroad. Coastal Journal, 4(2): 10-12.\n"
)


def test_references_and_metadata_come_back_from_the_cache(tmp_path, settings):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "article.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    pipeline.run(raw, out, settings)
    before = _tables(out)
    assert list(before["references"]["year"]) == [2019, 2020]
    assert before["documents"].loc[0, ["title", "published"]].tolist() == ["Export Training in Two Harbour Colleges", date(2023, 5, 4)]
    assert pipeline.run(raw, out, settings).reused == 1
    _same(before, _tables(out))


def _thread_variables() -> dict:
    import os

    return {name: os.environ.get(name) for name in workers.THREAD_VARIABLES}


def test_worker_processes_get_one_blas_thread_each(monkeypatch):
    import multiprocessing

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    before = _thread_variables()
    with workers.one_thread_per_worker():
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            seen = pool.apply(_thread_variables)
    assert seen["OPENBLAS_NUM_THREADS"] == "1"
    assert seen["OMP_NUM_THREADS"] == "3", "a value the user set is kept"
    assert _thread_variables() == before, "the parent's environment is restored"
