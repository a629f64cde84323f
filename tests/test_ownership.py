"""A run writes only into a folder it owns and deletes only files a manifest lists as its own."""

import json
from pathlib import Path

import pytest

from vocextract import ownership, pipeline
from vocextract.errors import OutputDirError, OutputHoldsInputError, OutputNotOursError
from vocextract.ingest import discover
from vocextract.ownership import CACHE_DIR, MARKER, claim, listed, remove_stale
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


def test_clean_up_deletes_only_what_the_previous_manifest_listed(tmp_path):
    out = claim(tmp_path / "out", tmp_path / "in")
    ours = ["numbers.parquet", "report/aaaa.html", "report/bbbb.html", f"{CACHE_DIR}/1111.json", f"{CACHE_DIR}/2222.json"]
    users = ["notes.txt", ".draft.tmp", "report/mine.html", f"{CACHE_DIR}/mine.json", "sub/x.json"]
    _layout(out, dict.fromkeys(ours + users, "x"))
    (tmp_path / "victim.txt").write_text("keep me")
    staged = f".numbers.parquet.{'abcd1234'}.tmp"
    _layout(out, {staged: "half-written"})
    previous = ours + ["../victim.txt", str(tmp_path / "victim.txt"), "report/missing.html"]
    current = ["numbers.parquet", "report/aaaa.html", f"{CACHE_DIR}/1111.json"]
    gone = remove_stale(out, previous, current)
    assert gone == [f"{CACHE_DIR}/2222.json", "report/bbbb.html"]
    left = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert left == set(current) | set(users) | {MARKER}
    assert (tmp_path / "victim.txt").read_text() == "keep me"


def test_a_listed_symlink_is_not_followed_or_removed(tmp_path):
    out = claim(tmp_path / "out", tmp_path / "in")
    (tmp_path / "target.txt").write_text("keep me")
    (out / "numbers.parquet").symlink_to(tmp_path / "target.txt")
    assert remove_stale(out, ["numbers.parquet"], []) == []
    assert (tmp_path / "target.txt").read_text() == "keep me"


def test_reruns_keep_the_users_files_and_drop_what_a_vanished_document_left(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _layout(raw, {"a.txt": "In 2020 Kenya trained 4,500 welders.", "b.txt": "Ghana opened 12 colleges in 2019."})
    settings = Settings(workers=1, types=("NUMBER", "YEAR", "COUNTRY"), rules_only=True)
    pipeline.run(raw, out, settings)
    cached = sorted(f for f in listed(out) if f.startswith(CACHE_DIR))
    assert len(cached) == 2 and all((out / f).is_file() for f in cached)
    users = {"README.md": "mine", f"{CACHE_DIR}/notes.json": "{}", "report/keep.html": "<p>", ".mine.tmp": "x"}
    _layout(out, users)
    (raw / "b.txt").unlink()
    pipeline.run(raw, out, settings)
    now = sorted(f for f in listed(out) if f.startswith(CACHE_DIR))
    assert len(now) == 1 and set(now) < set(cached)
    assert not (out / (set(cached) - set(now)).pop()).exists()
    assert all((out / name).read_text() == text for name, text in users.items())


def test_the_committed_output_folder_is_ours():
    root = Path(__file__).resolve().parent.parent
    assert ownership.is_output_dir(root / "output")
