"""A run writes only into a folder it owns and deletes only files a manifest lists as its own."""

import json
import shutil
from pathlib import Path

import pytest

from vocextract import ownership, pipeline
from vocextract.errors import OutputDirError, OutputHoldsInputError, OutputNotOursError, OutputOfOtherInputError
from vocextract.ingest import discover
from vocextract.ownership import (
    CACHE_DIR, CURRENT, MANIFEST, MARKER, SETS_DIR, cache_listed, claim, read_manifest, remove_set, remove_stale,
)
from vocextract.settings import Settings


def _layout(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _foreign_cache(root: Path) -> None:
    (root / "elsewhere").mkdir()
    (root / "out").mkdir()
    (root / "out" / MARKER).write_text("")
    (root / "out" / CACHE_DIR).symlink_to(root / "elsewhere")


def _foreign_marker(root: Path) -> None:
    (root / "out").mkdir()
    (root / "real-marker").write_text("")
    (root / "out" / MARKER).symlink_to(root / "real-marker")


REFUSED = [
    pytest.param(lambda r: None, "in", OutputHoldsInputError, "is the input folder", id="out-is-input"),
    pytest.param(lambda r: None, ".", OutputHoldsInputError, "contains the input folder", id="out-holds-input"),
    pytest.param(lambda r: _layout(r, {"home/.bashrc": "x", "home/notes.txt": "y"}), "home", OutputNotOursError,
                 "did not write (.bashrc, notes.txt", id="a-users-folder"),
    pytest.param(lambda r: _layout(r, {"out/manifest.json": '{"run_id": "someone else"}'}), "out", OutputNotOursError,
                 "no vocextract marker", id="a-foreign-manifest"),
    pytest.param(lambda r: _layout(r, {"out": "a file"}), "out", OutputDirError, "not a folder", id="a-file"),
    pytest.param(_foreign_cache, "out", OutputDirError, ".cache is a link", id="cache-symlinked-elsewhere"),
    pytest.param(_foreign_marker, "out", OutputDirError, "is a link", id="marker-symlinked"),
]


@pytest.mark.parametrize("make, out, error, message", REFUSED)
def test_a_folder_that_is_not_ours_is_refused_and_left_untouched(tmp_path, make, out, error, message):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Kenya 45")
    make(tmp_path)
    before = _snapshot(tmp_path)
    with pytest.raises(error, match=message.replace(".", r"\.").replace("(", r"\(")):
        claim(tmp_path / out, tmp_path / "in")
    assert _snapshot(tmp_path) == before


ACCEPTED = [
    pytest.param(lambda r: None, id="new-folder"),
    pytest.param(lambda r: (r / "out").mkdir(), id="empty-folder"),
    pytest.param(lambda r: _layout(r, {f"out/{MARKER}": "", "out/README.md": "mine"}), id="marked-with-a-user-file"),
    pytest.param(lambda r: _layout(r, {"out/manifest.json": json.dumps({"versions": {"vocextract": "0.1"}}),
                                       "out/numbers.parquet": ""}), id="written-by-an-older-vocextract"),
]


@pytest.mark.parametrize("make", ACCEPTED)
def test_a_new_empty_or_marked_folder_is_claimed(tmp_path, make):
    make(tmp_path)
    out = claim(tmp_path / "out", tmp_path / "in")
    assert out == (tmp_path / "out").resolve()
    assert (out / MARKER).is_file()


def test_an_output_folder_inside_the_input_is_claimed_and_left_out_of_the_walk(tmp_path, settings):
    _layout(tmp_path, {"in/a.txt": "Kenya 45", "in/sub/b.md": "Ghana 12"})
    out = claim(tmp_path / "in" / "tables", tmp_path / "in")
    _layout(out, {"report/page.html": "<p>Kenya 45</p>", "numbers.txt": "x"})
    assert [f.path.relative_to(tmp_path / "in").as_posix() for f in discover(tmp_path / "in", settings)] == ["a.txt", "sub/b.md"]


def _set(out: Path, name: str, files: dict[str, str]) -> Path:
    folder = out / SETS_DIR / name
    _layout(folder, files)
    return folder


def test_clean_up_deletes_only_what_the_manifests_list(tmp_path):
    out = claim(tmp_path / "out", tmp_path / "in")
    (tmp_path / "victim.txt").write_text("keep me")
    listed_files = ["numbers.parquet", "report/aaaa.html", "../victim.txt", str(tmp_path / "victim.txt"), "report/gone.html"]
    old = _set(out, "1", {MANIFEST: json.dumps({"files": listed_files}), "numbers.parquet": "x", "report/aaaa.html": "x",
                          "report/mine.html": "the user's", ".numbers.parquet.abcd1234.tmp": "half-written"})
    killed = _set(out, "2", {".manifest.json.abcd1234.tmp": "half-written"})
    live = _set(out, "3", {MANIFEST: json.dumps({"files": ["numbers.parquet"]}), "numbers.parquet": "y"})
    (out / CURRENT).symlink_to(Path(SETS_DIR) / "3")
    _layout(out, {f"{CACHE_DIR}/1111.json": "x", f"{CACHE_DIR}/2222.json": "x", f"{CACHE_DIR}/mine.json": "x",
                  "notes.txt": "the user's"})
    gone = remove_stale(out, {"cache": ["1111.json", "2222.json", "../../victim.txt"]}, {"cache": ["1111.json"]})
    assert gone == ["2222.json"]
    assert _snapshot(old) == {"report/mine.html": b"the user's"}
    assert not killed.exists() and _snapshot(live) == {MANIFEST: b'{"files": ["numbers.parquet"]}', "numbers.parquet": b"y"}
    assert sorted(p.name for p in (out / CACHE_DIR).iterdir()) == ["1111.json", "mine.json"]
    assert (out / "notes.txt").exists() and (tmp_path / "victim.txt").read_text() == "keep me"


def test_a_listed_symlink_is_not_followed_or_removed(tmp_path):
    out = claim(tmp_path / "out", tmp_path / "in")
    (tmp_path / "target.txt").write_text("keep me")
    old = _set(out, "1", {MANIFEST: json.dumps({"files": ["numbers.parquet"]})})
    (old / "numbers.parquet").symlink_to(tmp_path / "target.txt")
    remove_set(old)
    assert (old / "numbers.parquet").is_symlink() and (tmp_path / "target.txt").read_text() == "keep me"


def test_reruns_keep_the_users_files_and_drop_what_a_vanished_document_left(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _layout(raw, {"a.txt": "In 2020 Kenya trained 4,500 welders.", "b.txt": "Ghana opened 12 colleges in 2019."})
    settings = Settings(workers=1, types=("NUMBER", "YEAR", "COUNTRY"), rules_only=True)
    pipeline.run(raw, out, settings)
    cached = cache_listed(read_manifest(out))
    assert len(cached) == 2 and all((out / CACHE_DIR / f).is_file() for f in cached)
    users = {"README.md": "mine", f"{CACHE_DIR}/notes.json": "{}", ".mine.tmp": "x"}
    _layout(out, users)
    (raw / "b.txt").unlink()
    pipeline.run(raw, out, settings)
    now = cache_listed(read_manifest(out))
    assert len(now) == 1 and set(now) < set(cached)
    assert not (out / CACHE_DIR / (set(cached) - set(now)).pop()).exists()
    assert all((out / name).read_text() == text for name, text in users.items())


def test_a_folder_from_before_sets_gets_links_and_keeps_the_users_files(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _layout(raw, {"a.txt": "In 2020 Kenya trained 4,500 welders."})
    legacy = {"numbers.parquet": "old", "report.html": "old", "report/aaaa.html": "old", f"{CACHE_DIR}/1111.json": "{}"}
    _layout(out, legacy | {MANIFEST: json.dumps({"versions": {"vocextract": "0.1"}, "files": sorted(legacy)}),
                           "notes.txt": "mine"})
    pipeline.run(raw, out, Settings(workers=1, types=("NUMBER", "YEAR", "COUNTRY"), rules_only=True))
    assert all((out / name).is_symlink() for name in ("numbers.parquet", MANIFEST))
    assert not (out / "report.html").exists() and not (out / "report").exists()
    assert read_manifest(out)["rows"]["numbers"] == 1
    assert not (out / CACHE_DIR / "1111.json").exists() and (out / "notes.txt").read_text() == "mine"


def test_the_committed_output_folder_is_ours():
    root = Path(__file__).resolve().parent.parent
    assert ownership.is_output_dir(root / "output")


def test_a_copy_made_without_its_links_is_adopted(tmp_path):
    raw, out, copy = tmp_path / "raw", tmp_path / "out", tmp_path / "copy"
    _layout(raw, {"a.txt": "In 2020 Kenya trained 4,500 welders."})
    settings = Settings(workers=1, types=("NUMBER", "YEAR", "COUNTRY"), rules_only=True, document_seconds=0)
    pipeline.run(raw, out, settings)
    shutil.copytree(out, copy)
    assert not (copy / CURRENT).is_symlink()
    assert pipeline.run(raw, copy, settings).reused == 1
    assert (copy / CURRENT).is_symlink() and len(list((copy / SETS_DIR).iterdir())) == 1


def test_a_run_from_another_input_folder_is_refused_unless_told_to_replace(tmp_path):
    first, second, out = tmp_path / "first", tmp_path / "second", tmp_path / "out"
    _layout(first, {"a.txt": "Kenya trained 4,500 welders.", "b.txt": "Ghana opened 12 colleges."})
    _layout(second, {"c.txt": "Peru built 3 workshops."})
    settings = Settings(workers=1, types=("NUMBER", "COUNTRY"), rules_only=True)
    pipeline.run(first, out, settings)
    before = _snapshot(out / CURRENT)
    with pytest.raises(OutputOfOtherInputError, match=r"holds the tables of .*first.*--replace"):
        pipeline.run(second, out, settings)
    assert _snapshot(out / CURRENT) == before
    pipeline.run(second, out, settings, replace=True)
    assert read_manifest(out)["input_dir"] == str(second.resolve())
    assert [i["path"] for i in read_manifest(out)["inputs"]] == ["c.txt"]


def test_the_same_input_named_another_way_is_the_same_input(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _layout(raw, {"a.txt": "Kenya trained 4,500 welders."})
    settings = Settings(workers=1, types=("NUMBER",), rules_only=True)
    pipeline.run(raw, out, settings)
    monkeypatch.chdir(tmp_path)
    pipeline.run(Path("raw"), Path("out"), settings)
    assert read_manifest(out)["input_dir"] == str(raw.resolve())
