"""End to end on the sample corpus: every table written, valid, grounded and deterministic."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from vocextract import pipeline
from vocextract.evaluate import load_fact_gold, load_gold, macro_f1, score_all, score_facts
from vocextract.export import records_from_tables
from vocextract.schemas import METADATA_FIELDS, MENTION_TABLES, TABLES, DocumentModel

from .conftest import FIXTURES, ROOT, assert_grounded, rows_of

RAW = ROOT / "raw"
MACRO_F1_FLOOR = 0.97
TYPE_F1_FLOORS = {"NUMBER": 0.95, "YEAR": 0.97, "COUNTRY": 0.95, "ORG": 0.90}


@pytest.fixture(scope="module")
def run(tmp_path_factory, settings):
    out = tmp_path_factory.mktemp("out")
    summary = pipeline.run(RAW, out, settings)
    return out, summary


def _read(out, table):
    return pd.read_parquet(out / f"{table}.parquet")


def test_every_input_file_is_accounted_for(run):
    """Each file of raw/ is a document or is excluded by a rule the manifest names; the sample
    corpus's notes file (SOURCES.md) is excluded by raw/.vocextractignore."""
    out, summary = run
    docs = _read(out, "documents")
    excluded = json.loads((out / "manifest.json").read_text())["excluded"]
    on_disk = sorted(p.relative_to(RAW).as_posix() for p in RAW.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert sorted([*docs["path"], *(e["path"] for e in excluded)]) == on_disk
    assert excluded == [{"path": "SOURCES.md", "rule": ".vocextractignore line 2: SOURCES.md"}]
    assert summary.documents == len(on_disk) - 1
    assert "excluded: SOURCES.md (.vocextractignore line 2: SOURCES.md)" in summary.text()
    assert set(docs["status"]) == {"ok"}



def test_every_output_file_is_as_readable_as_a_file_the_user_makes(run, tmp_path):
    """Tables, manifest, report pages and cache alike get the mode `open` would give under the
    user's umask, so a colleague or a BI service can read what the umask lets them."""
    out, _ = run
    (tmp_path / "probe").write_text("")
    expected = (tmp_path / "probe").stat().st_mode & 0o777
    modes = {p.relative_to(out).as_posix(): p.stat().st_mode & 0o777 for p in out.rglob("*") if p.is_file() and not p.is_symlink()}
    assert any(name.endswith("manifest.json") for name in modes) and any(name.startswith(".cache/") for name in modes)
    assert {name: mode for name, mode in modes.items() if mode != expected} == {}



def test_dates_names_and_the_run_time_read_back_typed_in_pandas_duckdb_and_polars(run):
    """`published` a date with its precision, `authors` a list of names (documents and
    references), `run_at` the run's start in UTC, the same as the manifest's."""
    from datetime import date, datetime

    import duckdb
    import polars as pl

    out, _ = run
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs["published"].notna().any() and all(isinstance(d, date) for d in docs["published"].dropna())
    assert set(docs["published_precision"].dropna()) <= {"day", "month", "year"}
    names = [list(a) for a in docs["authors"].dropna()]
    assert names and all(n and all(isinstance(name, str) for name in n) for n in names)
    assert str(docs["run_at"].dtype) == "datetime64[us, UTC]" and docs["run_at"].nunique() == 1
    manifest = json.loads((out / "manifest.json").read_text())
    assert docs["run_at"][0] == datetime.fromisoformat(manifest["run_at"])
    path = (out / "documents.parquet").as_posix()
    typed = duckdb.sql(f"select typeof(authors), typeof(published), typeof(run_at) from '{path}'").limit(1).fetchall()[0]
    assert typed == ("VARCHAR[]", "DATE", "TIMESTAMP WITH TIME ZONE")
    schema = pl.read_parquet(out / "documents.parquet").schema
    assert (schema["authors"], schema["published"], schema["run_at"]) == (pl.List(pl.String), pl.Date, pl.Datetime("us", "UTC"))
    assert pl.read_parquet(out / "references.parquet").schema["authors"] == pl.List(pl.String)


def test_every_table_is_written_and_valid(run):
    out, _ = run
    docs = _read(out, "documents")
    for table, model in TABLES.items():
        df = _read(out, table)
        model.validate(df)
        if table in MENTION_TABLES + ("references", "facts", "series"):
            assert len(df) > 0, f"{table} is empty on the sample corpus"
            assert set(df["doc_id"]) <= set(docs["doc_id"])


def test_offsets_index_the_source_text_on_every_row(run):
    out, _ = run
    assert_grounded(out)
    texts = _read(out, "documents").set_index("doc_id")["text"]
    for table in MENTION_TABLES:
        for row in _read(out, table).itertuples():
            assert row.sentence_start <= row.start < row.end <= row.sentence_end <= len(texts[row.doc_id])


def test_every_text_file_is_one_section_covering_it(run):
    out, _ = run
    docs = _read(out, "documents").set_index("doc_id")
    pages = _read(out, "pages").set_index("doc_id")
    assert set(docs["format"]) == {"text"} and set(docs["n_pages"]) == {1}
    assert (pages["start"] == 0).all() and (pages["end"] == docs["n_chars"].reindex(pages.index)).all()


def test_references_are_grounded_and_their_years_are_marked_as_citations(run):
    out, _ = run
    texts = _read(out, "documents").set_index("doc_id")["text"]
    refs = _read(out, "references")
    for row in refs.itertuples():
        source = texts[row.doc_id]
        assert source[row.start : row.end] == row.text, row.reference_id
        if not pd.isna(row.year):
            assert source[row.year_start : row.year_end] == str(row.year), row.reference_id
    years = _read(out, "years")
    cited = years[years["reference_id"].notna()]
    assert set(cited["section"]) == {"references"}
    assert set(cited["reference_id"]) <= set(refs["reference_id"])
    own = cited.merge(refs[["reference_id", "year_start"]], on="reference_id")
    assert set(refs["year_start"].dropna()) == set(own.loc[own["start"] == own["year_start"], "start"])


def test_stated_metadata_is_found_and_read_from_its_offsets(run):
    out, _ = run
    docs = _read(out, "documents")
    DocumentModel.validate(docs)  # its checks compare each field with the text at its offsets
    for field in METADATA_FIELDS:
        assert docs[field].notna().any(), field
        assert (docs[field].isna() == docs[f"{field}_start"].isna()).all(), field


def test_manifest_describes_the_run(run):
    out, summary = run
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rows"] == summary.rows
    assert {i["path"] for i in manifest["inputs"]} == set(_read(out, "documents")["path"])
    assert manifest["versions"]["model"].endswith("3.8.0")


def test_two_runs_give_identical_tables(run, tmp_path, settings):
    out, _ = run
    pipeline.run(RAW, tmp_path, settings)
    for table in TABLES:
        pd.testing.assert_frame_equal(rows_of(out / f"{table}.parquet"), rows_of(tmp_path / f"{table}.parquet"))


def test_no_quantities_in_a_text_without_any(run):
    out, _ = run
    docs = _read(out, "documents").set_index("name")
    numbers = _read(out, "numbers")
    no_numbers_doc = docs.loc["003_550b48572939b6d9.txt", "doc_id"]
    assert numbers[numbers["doc_id"] == no_numbers_doc].empty


def test_export_scores_on_the_dev_gold_above_the_floor(run):
    out, _ = run
    gold = load_gold(FIXTURES / "gold", ["A", "B", "C"])
    results = score_all(gold, list(records_from_tables(out)))
    for mention_type, floor in TYPE_F1_FLOORS.items():
        assert results[mention_type][0].f1 >= floor, mention_type
    assert macro_f1(results) >= MACRO_F1_FLOOR


FACT_FLOORS = {"head": 0.88, "year": 0.97, "country": 0.90, "full": 0.82}


def test_facts_score_on_the_dev_fact_gold_above_the_floor(run):
    out, _ = run
    facts = load_fact_gold(FIXTURES / "gold", ["A", "C"])
    score = score_facts(facts, list(records_from_tables(out)))
    shares = {k: getattr(score, k) / score.found for k in ("head", "year", "country")}
    shares["full"] = score.full / score.facts
    assert all(shares[k] >= floor for k, floor in FACT_FLOORS.items()), shares


def test_every_number_has_a_fact_row(run):
    out, _ = run
    assert set(_read(out, "facts")["mention_id"]) == set(_read(out, "numbers")["mention_id"])


def test_export_cli_writes_jsonl(run):
    out, _ = run
    proc = subprocess.run(
        [sys.executable, "-m", "vocextract.cli", "export", str(out), "--format", "jsonl"],
        capture_output=True, text=True, check=True,
    )
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records and {"doc", "type", "start", "end", "text"} <= set(records[0])
    assert len(records) == sum(len(_read(out, t)) for t in MENTION_TABLES)



def test_an_export_whose_reader_closes_the_pipe_stops_quietly(run):
    """`vocextract export | head -1`: the reader takes one record and closes the pipe; the
    export stops with the status of a SIGPIPE, as `cat` does, and prints no traceback."""
    out, _ = run
    proc = subprocess.Popen([sys.executable, "-m", "vocextract.cli", "export", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(proc.stdout.readline())["doc"]
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert err == ""


def test_an_export_that_cannot_write_says_why_in_one_line(run):
    out, _ = run
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "vocextract.cli", "export", str(out)], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "vocextract: error: cannot write the export to standard output: No space left on device"


def test_invalid_rows_land_in_rejects_and_the_summary_says_so(tmp_path, settings, monkeypatch):
    from vocextract import extract
    from vocextract.extract.mention import Mention, Year

    def bad_years(prep):
        return [Mention("YEAR", 3, 7, Year(2150))]

    monkeypatch.setitem(extract.EXTRACTORS, "YEAR", bad_years)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("In 2021 a school opened.")
    summary = pipeline.run(raw, tmp_path / "out", settings)
    rejects = pd.read_parquet(tmp_path / "out" / "rejects.parquet")
    assert list(rejects["table"]) == ["years"]
    assert "less_than_or_equal_to(2099)" in rejects["check"].iloc[0]
    assert json.loads(rejects["row"].iloc[0])["text"] == "2021"
    assert not summary.clean
    assert "rejects: 1 (see rejects.parquet)" in summary.text()


RULES_ONLY_FLOORS = {"NUMBER": 0.95, "YEAR": 0.95, "COUNTRY": 0.90}


def test_rules_only_run_scores_on_the_dev_gold_above_the_floor(tmp_path):
    from vocextract.settings import Settings

    settings = Settings(workers=1, types=tuple(RULES_ONLY_FLOORS), rules_only=True)
    pipeline.run(RAW, tmp_path, settings)
    assert _read(tmp_path, "organisations").empty
    results = score_all(load_gold(FIXTURES / "gold", ["A", "B", "C"]), list(records_from_tables(tmp_path)))
    scores = {t: results[t][0].f1 for t in RULES_ONLY_FLOORS}
    assert all(scores[t] >= floor for t, floor in RULES_ONLY_FLOORS.items()), scores


def _readme_sql() -> list[str]:
    import re

    return re.findall(r"```sql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("query", _readme_sql(), ids=lambda q: q.splitlines()[0][:60])
def test_readme_queries_run_on_the_sample_output(run, query):
    """Every DuckDB query the README shows answers with rows on the sample corpus."""
    import duckdb

    out, _ = run
    rows = duckdb.sql(query.replace("'output/", f"'{out.as_posix()}/")).fetchall()
    assert rows, query


@pytest.fixture(scope="module")
def partitioned(run, tmp_path_factory, settings):
    """The sample output copied (its cache with it) and rerun in partitions of 30 KB: a few
    files each, the larger ones alone."""
    import dataclasses
    import shutil

    out = tmp_path_factory.mktemp("partitioned") / "out"
    shutil.copytree(run[0], out, symlinks=True)
    small = dataclasses.replace(settings, partition_mb=0.03)
    return out, pipeline.run(RAW, out, small, review=True), len(pipeline.partitions(pipeline.listing(RAW, small), small))


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    key = [c for c in ("doc_id", "start", "end", "page", "table_start", "row", "column_index", "mention_id", "check") if c in df]
    return df.sort_values(key, kind="stable").reset_index(drop=True)


def test_partitions_cut_the_files_in_order_by_size(tmp_path):
    from vocextract.ingest import Found
    from vocextract.settings import Settings

    sizes = {"a": 400, "b": 500, "c": 200, "d": 1_500, "e": 100}
    found = []
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
        found.append(Found(tmp_path / name, None))
    found.append(Found(tmp_path / "f", "unsupported"))
    parts = pipeline.partitions(found, Settings(partition_mb=0.001))
    assert [[entry.path.name for entry in part] for part in parts] == [["a", "b"], ["c"], ["d"], ["e", "f"]]
    assert pipeline.partitions([], Settings()) == [[]], "an empty folder is one empty partition"


def test_a_partitioned_run_writes_the_same_rows_as_parts(run, partitioned):
    out, single = run
    parted, summary, parts = partitioned
    assert parts >= 3
    assert summary.rows == single.rows and summary.documents == single.documents
    for table in TABLES:
        files = sorted((parted / f"{table}.parquet").glob("part-*.parquet"))
        assert len(files) == parts, table
        whole = rows_of(parted / f"{table}.parquet")
        pd.testing.assert_frame_equal(_sorted(whole), _sorted(rows_of(out / f"{table}.parquet")), check_dtype=False, obj=table)


def test_a_partitioned_run_reads_as_one_dataset_in_duckdb(run, partitioned):
    import duckdb

    parted, summary, _ = partitioned
    for table in ("documents", "numbers", "organisations"):
        rows = duckdb.sql(f"select count(*) from read_parquet('{parted.as_posix()}/{table}.parquet/*.parquet')").fetchall()
        assert rows == [(summary.rows[table],)]


def test_a_partitioned_run_has_every_page_the_manifest_and_export_of_a_whole_one(run, partitioned):
    from vocextract.ownership import listed, read_manifest

    out, _ = run
    parted, summary, parts = partitioned
    manifest = read_manifest(parted)
    assert manifest["partitions"] == parts
    assert "numbers.parquet/part-00000.parquet" in listed(manifest)
    docs = _read(out, "documents")
    assert all((parted / "report" / f"{doc_id}.html").is_file() for doc_id in docs["doc_id"])
    assert summary.documents == len(docs) and summary.reused == summary.processed
    key = lambda r: (r["doc"], r["start"], r["end"], r["type"])
    assert sorted(records_from_tables(parted), key=key) == sorted(records_from_tables(out), key=key)


def test_a_partitioned_report_indexes_what_a_whole_one_does(run, partitioned, tmp_path):
    """The index is added up part by part (`output.Digest`): every count, chart, organisation
    and reject it shows is that of the whole tables."""
    import re
    import shutil

    from vocextract.report import write_report

    whole = tmp_path / "whole"
    shutil.copytree(run[0], whole, symlinks=True)
    indexes = [write_report(out).read_text(encoding="utf-8") for out in (whole, partitioned[0])]
    overview = [index.split("<h2>Rows per table</h2>")[1].split("<h2>Documents</h2>")[0] for index in indexes]
    assert overview[0] == overview[1]
    rows = [sorted(re.findall(r"<tr[^>]*>.*?</tr>", index.split("<h2>Documents</h2>")[1], re.S)) for index in indexes]
    assert rows[0] == rows[1] and len(rows[0]) > 5


def test_a_rerun_in_one_partition_leaves_no_parts_behind(partitioned, settings):
    parted, _, _ = partitioned
    pipeline.run(RAW, parted, settings)
    assert (parted / "numbers.parquet").is_file()
    leftovers = [p for p in (parted / ".sets").rglob("*") if "part-" in p.name or p.name.endswith(".parquet") and p.is_dir()]
    assert leftovers == []
