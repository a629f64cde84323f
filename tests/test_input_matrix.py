"""Messy input folders: every file accounted for, and the good document processed as before."""

import codecs
import io
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from vocextract import extract, ingest, pipeline
from vocextract.settings import Settings

from .conftest import assert_grounded

BASELINE = (
    "In 2019 the Lakeside Technical College trained more than 1,200 workers from Nepal.\n\n"
    "By 2023 it ran 14 programmes with 35% of graduates employed abroad.\n"
)
PROSE = "Since 2018, the Harbour Polytechnic Institute has enrolled 640 students from Ghana."


def _write(root: Path, name: str, data: bytes) -> None:
    (root / name).write_bytes(data)


CASES = [
    pytest.param("empty.txt", b"", "failed", "empty file", id="empty"),
    pytest.param("blank.txt", b" \n\t \r\n", "failed", "empty file", id="whitespace-only"),
    pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "failed", "binary", id="png-bytes"),
    pytest.param("nul.txt", b"abc\x00def\x00" * 20, "failed", "binary", id="nul-bytes"),
    pytest.param("latin1.txt", PROSE.replace("students", "élèves").encode("latin-1"), "ok", "cp1252", id="latin1"),
    pytest.param("cp1252.txt", ("“" + PROSE + "”").encode("cp1252"), "ok", "cp1252", id="cp1252"),
    pytest.param("bom.txt", codecs.BOM_UTF8 + PROSE.encode(), "ok", "utf-8-bom", id="utf8-bom"),
    pytest.param("le.txt", codecs.BOM_UTF16_LE + PROSE.encode("utf-16-le"), "ok", "utf-16", id="utf16-le-bom"),
    pytest.param("be.txt", codecs.BOM_UTF16_BE + PROSE.encode("utf-16-be"), "ok", "utf-16", id="utf16-be-bom"),
    pytest.param("gbk.txt", ("职业院校国际合作项目，" * 20).encode("gb18030"), "ok", "gb18030", id="gb18030"),
    pytest.param("crlf.txt", PROSE.replace(". ", ".\r\n").encode() + b"\r\nNext 12 items.\r\n", "ok", "utf-8", id="crlf"),
    pytest.param("cr.txt", b"First line 2020.\rSecond line with 7 schools.\r", "ok", "utf-8", id="lone-cr"),
    pytest.param("long line.txt", b"x" * 200_000, "ok", "utf-8", id="200k-line-no-spaces"),
    pytest.param("résumé — notes.txt", PROSE.encode(), "ok", "utf-8", id="non-ascii-name-with-spaces"),
    pytest.param("paper.pdf", b"%PDF-1.7\n", "failed", "damaged PDF", id="pdf-header-only"),
    pytest.param("paper.docx", b"PK\x03\x04", "failed", "not a Word .docx package", id="docx-not-a-zip"),
    pytest.param("paper.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "failed", "unsupported format .doc", id="legacy-doc"),
]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, settings):
    raw = tmp_path_factory.mktemp("base")
    _write(raw, "baseline.txt", BASELINE.encode())
    out = raw / "out"
    pipeline.run(raw, out, settings)
    return _mentions(out)


def _mentions(out: Path) -> dict[str, list]:
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")["path"]
    result = {}
    for table in ("numbers", "years", "countries", "organisations"):
        df = pd.read_parquet(out / f"{table}.parquet")
        df = df[df["doc_id"].map(docs) == "baseline.txt"]
        result[table] = df.drop(columns=["doc_id"]).to_dict("records")
    return result


def _run_with(tmp_path, settings, make) -> tuple[pd.DataFrame, dict]:
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(raw, "baseline.txt", BASELINE.encode())
    make(raw)
    out = tmp_path / "out"
    pipeline.run(raw, out, settings)
    docs = pd.read_parquet(out / "documents.parquet").set_index("path")
    return docs, _mentions(out)


@pytest.mark.parametrize("name, data, status, detail", CASES)
def test_case_is_recorded_and_others_unchanged(tmp_path, settings, baseline, name, data, status, detail):
    docs, mentions = _run_with(tmp_path, settings, lambda raw: _write(raw, name, data))
    row = docs.loc[name]
    assert row["status"] == status
    assert detail in (row["error"] if status == "failed" else row["encoding"])
    assert docs.loc["baseline.txt", "status"] == "ok"
    assert mentions == baseline
    assert_grounded(tmp_path / "out")


def test_crlf_offsets_index_the_decoded_original(tmp_path, settings, baseline):
    docs, _ = _run_with(tmp_path, settings, lambda raw: _write(raw, "crlf.txt", BASELINE.replace("\n", "\r\n").encode()))
    doc_id = docs.loc["crlf.txt", "doc_id"]
    years = pd.read_parquet(tmp_path / "out" / "years.parquet")
    years = years[years["doc_id"] == doc_id]
    text = docs.loc["crlf.txt", "text"]
    assert "\r\n" in text
    assert [text[s:e] for s, e in zip(years["start"], years["end"])] == ["2019", "2023"]


def _symlink_out(raw: Path) -> None:
    outside = raw.parent / "secret.txt"
    outside.write_text("In 2001 there were 3 secrets.")
    (raw / "link.txt").symlink_to(outside)


def _directory_named_txt(raw: Path) -> None:
    (raw / "folder.txt").mkdir()


@pytest.mark.parametrize(
    "make, name, error",
    [
        pytest.param(_symlink_out, "link.txt", "outside the input directory", id="symlink-outside"),
        pytest.param(_directory_named_txt, "folder.txt", "a directory named like a text file", id="directory-x-txt"),
    ],
)
def test_refused_paths_are_recorded(tmp_path, settings, baseline, make, name, error):
    docs, mentions = _run_with(tmp_path, settings, make)
    assert docs.loc[name, "status"] == "failed"
    assert error in docs.loc[name, "error"]
    assert mentions == baseline


def test_unreadable_file_is_recorded(tmp_path, settings, baseline, monkeypatch):
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs, mentions = _run_with(tmp_path, settings, lambda raw: _write(raw, "locked.txt", b"text"))
    assert docs.loc["locked.txt", "error"] == "cannot read file: Permission denied"
    assert mentions == baseline


def test_file_deleted_between_discovery_and_reading(tmp_path, settings, baseline, monkeypatch):
    real = pipeline.discover

    def discover_then_delete(root, s):
        paths = real(root, s)
        (root / "gone.txt").unlink()
        return paths

    monkeypatch.setattr(pipeline, "discover", discover_then_delete)
    docs, mentions = _run_with(tmp_path, settings, lambda raw: _write(raw, "gone.txt", b"soon gone"))
    assert "vanished" in docs.loc["gone.txt", "error"]
    assert mentions == baseline


@pytest.mark.parametrize(
    "limits, name, error",
    [
        pytest.param({"max_file_bytes": 300}, "big.txt", "file too large", id="max-file-bytes"),
        pytest.param({"max_documents": 1}, "zz.txt", "max_documents limit", id="max-documents"),
        pytest.param({"max_text_chars": 300}, "long.txt", "text too long", id="max-text-chars"),
    ],
)
def test_limits_are_recorded_not_crashed(tmp_path, baseline, limits, name, error):
    def make(raw):
        _write(raw, name, ((PROSE + "\n") * 5).encode())

    docs, mentions = _run_with(tmp_path, Settings(**limits), make)
    assert docs.loc[name, "status"] == "failed"
    assert error in docs.loc[name, "error"]
    assert mentions == baseline


def test_long_document_split_for_the_parser_keeps_offsets(tmp_path):
    text = (PROSE + "\n\n") * 60
    docs, _ = _run_with(tmp_path, Settings(parse_chunk_chars=500), lambda raw: _write(raw, "long.txt", text.encode()))
    years = pd.read_parquet(tmp_path / "out" / "years.parquet")
    years = years[years["doc_id"] == docs.loc["long.txt", "doc_id"]]
    assert len(years) == 60
    assert set(years["text"]) == {"2018"}
    assert_grounded(tmp_path / "out")


def _symlink_loop(raw: Path) -> None:
    (raw / "loop.txt").symlink_to(raw / "loop.txt")


def _fifo(raw: Path) -> None:
    os.mkfifo(raw / "pipe.txt")


def _dangling(raw: Path) -> None:
    (raw / "dangling.txt").symlink_to(raw / "nowhere.txt")


def _deep(raw: Path) -> None:
    folder = raw
    for _ in range(ingest.MAX_DEPTH + 5):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "deep.txt").write_text(PROSE)


def _bad_name(raw: Path) -> None:
    (raw / os.fsdecode(b"caf\xe9.txt")).write_text(PROSE)


@pytest.mark.parametrize(
    "make, name, error",
    [
        pytest.param(_symlink_loop, "loop.txt", "loops or cannot be followed", id="symlink-loop"),
        pytest.param(_fifo, "pipe.txt", "not a regular file", id="fifo-never-blocks"),
        pytest.param(_dangling, "dangling.txt", "target is missing", id="dangling-symlink"),
        pytest.param(_deep, "/".join(["d"] * ingest.MAX_DEPTH), "nested over", id="folders-nested-too-deep"),
        pytest.param(_bad_name, "caf\\xe9.txt", "not valid UTF-8", id="undecodable-file-name"),
    ],
)
def test_odd_paths_are_failed_rows_never_crashes(tmp_path, settings, baseline, make, name, error):
    docs, mentions = _run_with(tmp_path, settings, make)
    assert docs.loc[name, "status"] == "failed"
    assert error in docs.loc[name, "error"]
    assert docs.loc["baseline.txt", "status"] == "ok"
    assert mentions == baseline


def test_a_path_too_long_is_refused_by_name():
    assert "longer than" in ingest._name_problem(Path("a/" * 2100 + "x.txt"))


def _zip_bomb(raw: Path) -> None:
    """A .docx whose one part inflates to 3 MB of zeros from a few kilobytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"\0" * 3_000_000)
    _write(raw, "bomb.docx", buffer.getvalue())


def test_a_package_that_expands_too_far_fails_before_it_is_unpacked(tmp_path, baseline):
    docs, mentions = _run_with(tmp_path, Settings(workers=1, max_expanded_bytes=1_000_000), _zip_bomb)
    assert docs.loc["bomb.docx", "error"].startswith("too large: the file's parts expand to 3,000,000 bytes")
    assert "max_expanded_bytes" in docs.loc["bomb.docx", "error"]
    assert mentions == baseline


def test_a_document_over_the_time_limit_fails_alone(tmp_path, baseline):
    docs, mentions = _run_with(tmp_path, Settings(workers=1, document_seconds=1),
                               lambda raw: _write(raw, "long.txt", ((PROSE + "\n\n") * 2000).encode()))
    assert docs.loc["long.txt", "status"] == "failed"
    assert docs.loc["long.txt", "error"].startswith("timed out: extracting it took over 1 s (document_seconds)")
    assert mentions == baseline


def test_an_error_inside_one_documents_extraction_fails_it_alone(tmp_path, settings, baseline, monkeypatch):
    real = extract.extract_document

    def fragile(text, *args, **kwargs):
        if "Harbour" in text:
            raise IndexError("a rule tripped")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_document", fragile)
    docs, mentions = _run_with(tmp_path, settings, lambda raw: _write(raw, "prose.txt", PROSE.encode()))
    assert docs.loc["prose.txt", "error"] == "extraction failed (IndexError: a rule tripped); please report it with the file"
    assert mentions == baseline
