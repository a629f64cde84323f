import codecs

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from vocextract.errors import InputDirError
from vocextract.ingest import IGNORE_FILE, discover, excluded_by, read_document, stable_id
from vocextract.readers.text import decode

TEXT = "Über 40 % der Schüler — naïve café, 2021.\r\nSecond line\rthird"


@pytest.mark.parametrize(
    "data, encoding",
    [
        pytest.param(TEXT.encode("utf-8"), "utf-8", id="utf8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom", id="utf8-bom"),
        pytest.param(TEXT.encode("utf-16"), "utf-16", id="utf16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", id="utf16-be-bom"),
    ],
)
def test_decode_keeps_text_and_line_endings(data, encoding):
    text, used = decode(data)
    assert text == TEXT
    assert used == encoding


@pytest.mark.parametrize(
    "text, codec",
    [
        pytest.param("Café crème, déjà vu, naïve façade à la carte. " * 5, "latin-1", id="latin1"),
        pytest.param("“Quoted” — em dash – en dash … ellipsis, price €5. " * 5, "cp1252", id="cp1252"),
        pytest.param("职业教育国际化的困境与中国选择，鲁班工坊建设。" * 5, "gb18030", id="gb18030"),
    ],
)
def test_decode_detects_legacy_encodings(text, codec):
    decoded, used = decode(text.encode(codec))
    assert decoded == text
    assert used != "utf-8"


def test_decode_refuses_binary():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


def test_discover_is_recursive_sorted_and_skips_hidden(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    found = [f.path.relative_to(tmp_path).as_posix() for f in discover(tmp_path, settings)]
    assert found == ["a.md", "b/z.txt", "report.pdf"]



@pytest.mark.parametrize(
    "pattern, rel, is_dir, excluded",
    [
        pytest.param("SOURCES.md", "SOURCES.md", False, True, id="name-at-the-top"),
        pytest.param("SOURCES.md", "kenya/SOURCES.md", False, True, id="name-at-any-depth"),
        pytest.param("SOURCES.md", "sources.md", False, False, id="case-sensitive"),
        pytest.param("*.bak", "notes/a.txt.bak", False, True, id="glob-on-the-name"),
        pytest.param("drafts", "drafts", True, True, id="a-folder-by-name"),
        pytest.param("drafts/", "drafts", False, False, id="trailing-slash-folders-only"),
        pytest.param("2024/*.txt", "2024/a.txt", False, True, id="path-from-the-top"),
        pytest.param("2024/*.txt", "kenya/2024/a.txt", False, False, id="path-anchored-at-the-top"),
        pytest.param("/README.md", "README.md", False, True, id="leading-slash-anchors"),
        pytest.param("README.md", "README.md.txt", False, False, id="whole-name-only"),
    ],
)
def test_an_exclusion_pattern_reads_as_a_gitignore_line(pattern, rel, is_dir, excluded):
    assert bool(excluded_by(rel, is_dir, [(pattern, "--exclude")])) is excluded


def test_excluded_files_and_folders_are_marked_with_their_rule_and_never_walked(tmp_path, settings):
    from dataclasses import replace

    (tmp_path / IGNORE_FILE).write_text("# notes are not texts\nSOURCES.md\n\ndrafts/\n", encoding="utf-8")
    for rel in ("a.txt", "SOURCES.md", "drafts/x.txt", "drafts/deep/y.txt", "old.bak"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("In 2020 there were 5 schools.")
    found = {f.path.relative_to(tmp_path).as_posix(): f.excluded for f in discover(tmp_path, replace(settings, exclude=("*.bak",)))}
    assert found == {
        "a.txt": None,
        "SOURCES.md": ".vocextractignore line 2: SOURCES.md",
        "drafts": ".vocextractignore line 4: drafts/",
        "old.bak": "--exclude: *.bak",
    }


def test_discover_refuses_missing_dir(tmp_path, settings):
    with pytest.raises(InputDirError, match="does not exist"):
        discover(tmp_path / "nope", settings)


@pytest.mark.parametrize(
    "name, data, status, error",
    [
        pytest.param("ok.txt", b"In 2020 there were 5 schools.", "ok", None, id="plain"),
        pytest.param("empty.txt", b"", "failed", "empty file", id="empty"),
        pytest.param("blank.txt", b"  \n\t\n", "failed", "empty file", id="whitespace-only"),
        pytest.param("image.txt", b"\x89PNG\x00\x00\xff\xfe\x00", "failed", "binary", id="binary"),
        pytest.param("paper.doc", b"\xd0\xcf\x11\xe0", "failed", "unsupported format .doc", id="unsupported"),
        pytest.param("paper.pdf", b"%PDF-1.4", "failed", "damaged PDF", id="pdf-header-only"),
        pytest.param("deck.pptx", b"PK\x03\x04", "failed", "not a PowerPoint .pptx package", id="pptx-not-a-zip"),
    ],
)
def test_read_document_records_every_outcome(tmp_path, settings, name, data, status, error):
    path = tmp_path / name
    path.write_bytes(data)
    doc = read_document(path, tmp_path, settings)
    assert doc.status == status
    assert doc.path == name
    assert (doc.error is None) if error is None else (error in doc.error)


def test_read_document_ids_are_stable_and_path_based(tmp_path, settings):
    (tmp_path / "a.txt").write_text("one")
    first = read_document(tmp_path / "a.txt", tmp_path, settings)
    (tmp_path / "a.txt").write_text("two")
    second = read_document(tmp_path / "a.txt", tmp_path, settings)
    assert first.doc_id == second.doc_id == stable_id("a.txt")
    assert first.sha256 != second.sha256


@given(st.binary(max_size=2000))
@hsettings(max_examples=300, deadline=None)
def test_decode_never_crashes(data):
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        assert "binary" in str(exc)
    else:
        assert isinstance(text, str) and encoding


@given(st.text(max_size=500).filter(lambda t: "\x00" not in t))
@hsettings(max_examples=300, deadline=None)
def test_utf8_text_round_trips_exactly(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_corrupt_text_after_a_bom_is_reported():
    with pytest.raises(ValueError, match="binary or corrupt text: a utf-16 BOM"):
        decode(codecs.BOM_UTF16_LE + b"a")
