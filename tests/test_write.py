import functools
import json
import os
import random
import signal
import string
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from vocextract import write
from vocextract.errors import OutputDirError, OutputLockedError
from vocextract.ingest import Document
from vocextract.ownership import CURRENT, MANIFEST, PAGES_DIR, SETS_DIR, linked_names, read_manifest
from vocextract.schemas import TABLES
from vocextract.tables import build_tables

TEXT = "By 2030 there will be 12 campuses."


@functools.cache
def _tables(text: str = TEXT):
    """One document's tables (built once per text: validating them is the slow part)."""
    doc = Document("d1", "a.txt", "a.txt", "f" * 64, "utf-8", text, "ok", None)
    year = {
        "mention_id": "y1", "doc_id": "d1", "start": 3, "end": 7, "text": text[3:7],
        "sentence_start": 0, "sentence_end": len(text), "section": "body", "source": "extractor", "value": int(text[3:7]),
    }
    return build_tables([doc], {"d1": {"years": [year]}})


def _publish(out: Path, run_id: str, text: str = TEXT, report=None) -> list[Path]:
    with write.output_lock(out, out.parent / "raw"):
        return write.publish(_tables(text), out, {"run_id": run_id}, read_manifest(out), report)


def _live(out: Path) -> dict[str, bytes]:
    """What a reader of the fixed paths sees, file by file."""
    return {name: (out / name).read_bytes() for name in linked_names(TABLES) if (out / name).is_file()}


def _one_set(out: Path) -> str:
    """The run id of the set every fixed path shows; fails if they show a mix of sets."""
    folders = {(out / name).resolve().parent for name in linked_names(TABLES) if name != PAGES_DIR and (out / name).exists()}
    assert len(folders) == 1, f"the fixed paths resolve into several sets: {folders}"
    manifest = json.loads((out / MANIFEST).read_text())
    assert set(manifest["files"]) <= {p.name for p in folders.pop().iterdir()}
    text = pd.read_parquet(out / "documents.parquet")["text"][0]
    assert (text == TEXT) == (manifest["run_id"] == "old"), "documents.parquet and manifest.json disagree"
    return manifest["run_id"]


def _cell(cell):
    """A cell of a column pandas holds as objects (dates, lists of names) as plain Python: a
    list read back is an array, a null date None or NaT."""
    if cell is None or cell is pd.NA or cell is pd.NaT:
        return None
    return list(cell) if hasattr(cell, "__len__") and not isinstance(cell, str) else cell


def test_round_trip_keeps_every_table_and_its_types(tmp_path):
    out, tables = tmp_path / "out", _tables(TEXT)
    paths = _publish(out, "x")
    assert sorted(p.name for p in paths) == sorted([f"{t}.parquet" for t in TABLES] + [MANIFEST])
    for table, df in tables.frames.items():
        back = pd.read_parquet(out / f"{table}.parquet")
        cells = [c for c in df if str(df[c].dtype).startswith("list<") or df[c].dtype == object]
        for column in cells:
            assert [_cell(v) for v in back[column]] == [_cell(v) for v in df[column]], (table, column)
        pd.testing.assert_frame_equal(back.drop(columns=cells), df.reset_index(drop=True).drop(columns=cells))
    assert json.loads((out / MANIFEST).read_text())["run_id"] == "x"
    assert (out / CURRENT).is_symlink() and (out / "numbers.parquet").is_symlink()
    assert not [p for p in out.rglob("*.tmp")]



@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)], ids=["022", "027", "077"])
def test_a_file_written_atomically_is_as_readable_as_the_umask_allows(tmp_path, umask, mode):
    before = os.umask(umask)
    try:
        write.write_bytes_atomic(tmp_path / "a.json", b"{}")
    finally:
        os.umask(before)
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == mode


def test_a_new_set_replaces_the_old_one_whole_and_the_old_folder_goes(tmp_path):
    out = tmp_path / "out"
    _publish(out, "old")
    old_set = (out / CURRENT).resolve()
    _publish(out, "new", NEW_TEXT)
    assert _one_set(out) == "new"
    assert not old_set.exists()
    assert [p.name for p in (out / SETS_DIR).iterdir()] == [(out / CURRENT).resolve().name]


NEW_TEXT = "By 2031 there will be 14 campuses."


def _no_space(*_):
    raise OSError(28, "No space left on device")


def _fail_table(n):
    def inject(monkeypatch):
        real, calls = write._parquet_writer, []

        def failing(df, table):
            calls.append(table)
            return _no_space if len(calls) == n else real(df, table)

        monkeypatch.setattr(write, "_parquet_writer", failing)
    return inject


STAGES = [
    pytest.param(lambda mp: mp.setattr(write, "_json_writer", lambda obj: _no_space), None, id="manifest"),
    pytest.param(_fail_table(1), None, id="first-table"),
    pytest.param(_fail_table(len(TABLES)), None, id="last-table"),
    pytest.param(lambda mp: None, _no_space, id="report"),
    pytest.param(lambda mp: mp.setattr(write, "_sync_dir", _no_space), None, id="flush"),
]


@pytest.mark.parametrize("inject, report", STAGES)
def test_a_full_disk_at_any_stage_leaves_the_previous_set_whole(tmp_path, monkeypatch, inject, report):
    out = tmp_path / "out"
    _publish(out, "old")
    before, sets = _live(out), sorted((out / SETS_DIR).iterdir())
    inject(monkeypatch)
    with pytest.raises(OutputDirError, match="No space left on device; the previous tables are left as they were"):
        _publish(out, "new", NEW_TEXT, report)
    assert _live(out) == before
    assert sorted((out / SETS_DIR).iterdir()) == sets, "the staged set should be removed"


class Killed(BaseException):
    """The process dies here: this call and every later one fail, so no clean-up runs."""


STEPS = ("replace", "symlink", "fsync", "unlink", "rmdir", "mkdir")


def _dies_at(monkeypatch, step: int) -> None:
    calls = {"n": 0}
    for name in STEPS:
        real = (lambda fd: None) if name == "fsync" else getattr(os, name)

        def dying(*args, _real=real, **kwargs):
            calls["n"] += 1
            if calls["n"] > step:
                raise Killed()
            return _real(*args, **kwargs)

        monkeypatch.setattr(os, name, dying)


def test_dying_between_any_two_steps_never_leaves_a_mixed_set(tmp_path, monkeypatch):
    """Every file-system step of a publish is a place the writer can die; after each, the
    fixed paths show one whole set (old before the switch, new after), and a rerun completes."""
    seen, step = set(), 0
    while True:
        out = tmp_path / f"out{step}"
        _publish(out, "old")
        with monkeypatch.context() as mp:
            _dies_at(mp, step)
            try:
                _publish(out, "new", NEW_TEXT)
                finished = True
            except Killed:
                finished = False
        seen.add(_one_set(out))
        _publish(out, "rerun", NEW_TEXT)
        assert _one_set(out) == "rerun" and len(list((out / SETS_DIR).iterdir())) == 1
        if finished:
            break
        step += 1
    assert seen == {"old", "new"} and step > 10


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    out, raw = tmp_path / "out", tmp_path / "raw"
    with write.output_lock(out, raw):
        with pytest.raises(OutputLockedError, match="another vocextract run is writing"):
            with write.output_lock(out, raw):
                pass
    with write.output_lock(out, raw):
        pass


KILLED_WRITER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from vocextract import write
from test_write import NEW_TEXT, _publish
real = write._parquet_writer
calls = []
def slow(df, table):
    calls.append(table)
    writer = real(df, table)
    if len(calls) != 3:
        return writer
    def stall(fh):
        writer(fh)
        Path({flag!r}).write_text("staging")
        time.sleep(60)
    return stall
write._parquet_writer = slow
_publish(Path({out!r}), "killed", NEW_TEXT)
"""


def test_sigkill_while_writing_leaves_previous_tables_and_a_rerun_completes(tmp_path):
    out, flag = tmp_path / "out", tmp_path / "flag"
    _publish(out, "old")
    before = _live(out)
    script = KILLED_WRITER.format(tests=str(Path(__file__).parent), flag=str(flag), out=str(out))
    child = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.time() + 60
    while not flag.exists() and time.time() < deadline and child.poll() is None:
        time.sleep(0.05)
    assert flag.exists(), "the child never reached the middle of its write"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert len(list((out / SETS_DIR).iterdir())) == 2, "the killed run should have left its staged set behind"
    assert _live(out) == before and _one_set(out) == "old"
    _publish(out, "rerun", NEW_TEXT)
    assert _one_set(out) == "rerun"
    assert len(list((out / SETS_DIR).iterdir())) == 1


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KiB tmpfs, where the machine lets us mount one (root on Linux)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; test_a_full_disk_at_any_stage_leaves_the_previous_set_whole covers ENOSPC")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_really_full_disk_gives_a_clear_error_and_keeps_the_old_set(small_disk):
    out = small_disk / "out"
    _publish(out, "old")
    before = _live(out)
    huge = NEW_TEXT + "".join(random.Random(0).choices(string.printable, k=1_000_000))
    with pytest.raises(OutputDirError, match="No space left on device"):
        _publish(out, "new", huge)
    assert _live(out) == before
    assert len(list((out / SETS_DIR).iterdir())) == 1
