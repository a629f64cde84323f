import json
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
from vocextract.schemas import TABLES
from vocextract.tables import build_tables

TEXT = "By 2030 there will be 12 campuses."


def _tables():
    doc = Document("d1", "a.txt", "a.txt", "f" * 64, "utf-8", TEXT, "ok", None)
    year = {
        "mention_id": "y1", "doc_id": "d1", "start": 3, "end": 7, "text": "2030",
        "sentence_start": 0, "sentence_end": len(TEXT), "section": "body", "value": 2030,
    }
    return build_tables([doc], {"d1": {"years": [year]}})


def test_round_trip_keeps_every_table(tmp_path):
    tables = _tables()
    paths = write.write_all(tables, tmp_path, {"run_id": "x"})
    assert sorted(p.name for p in paths) == sorted([f"{t}.parquet" for t in TABLES] + ["manifest.json"])
    for table, df in tables.frames.items():
        back = pd.read_parquet(tmp_path / f"{table}.parquet")
        assert list(back.columns) == list(df.columns)
        pd.testing.assert_frame_equal(back, df.reset_index(drop=True), check_dtype=False)
    assert json.loads((tmp_path / "manifest.json").read_text())["run_id"] == "x"
    assert not list(tmp_path.glob(".*.tmp"))


def test_failure_while_staging_leaves_previous_tables(tmp_path, monkeypatch):
    write.write_all(_tables(), tmp_path, {"run_id": "old"})
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = write._parquet_writer
    calls = {"n": 0}

    def failing(df, table):
        calls["n"] += 1
        if calls["n"] == 3:
            def boom(fh):
                raise OSError(28, "No space left on device")
            return boom
        return real(df, table)

    monkeypatch.setattr(write, "_parquet_writer", failing)
    with pytest.raises(OutputDirError, match="No space left on device.*previous tables"):
        write.write_all(_tables(), tmp_path, {"run_id": "new"})
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


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
from test_write import _tables
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
with write.output_lock(Path({out!r}), Path({out!r}).parent / "raw"):
    write.write_all(_tables(), Path({out!r}), {{"run_id": "killed"}})
"""


def test_sigkill_while_writing_leaves_previous_tables_and_a_rerun_completes(tmp_path):
    out, flag = tmp_path / "out", tmp_path / "flag"
    with write.output_lock(out, tmp_path / "raw"):
        write.write_all(_tables(), out, {"run_id": "old"})
    before = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    script = KILLED_WRITER.format(tests=str(Path(__file__).parent), flag=str(flag), out=str(out))
    child = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.time() + 60
    while not flag.exists() and time.time() < deadline and child.poll() is None:
        time.sleep(0.05)
    assert flag.exists(), "the child never reached the middle of its write"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert list(out.glob(".*.tmp")), "the killed run should have left staged files behind"
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after == before
    with write.output_lock(out, tmp_path / "raw"):
        write.write_all(_tables(), out, {"run_id": "rerun"})
    assert json.loads((out / "manifest.json").read_text())["run_id"] == "rerun"
    assert not list(out.glob(".*.tmp"))


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KiB tmpfs, where the machine lets us mount one (root on Linux)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; test_failure_while_staging_leaves_previous_tables covers ENOSPC")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_full_disk_gives_a_clear_error_and_keeps_old_outputs(small_disk):
    out = small_disk / "out"
    write.write_all(_tables(), out, {"run_id": "old"})
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    huge = "".join(random.Random(0).choices(string.printable, k=1_000_000))
    doc = Document("d1", "a.txt", "a.txt", "f" * 64, "utf-8", huge, "ok", None)
    with pytest.raises(OutputDirError, match="No space left on device"):
        write.write_all(build_tables([doc], {}), out, {"run_id": "new"})
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
