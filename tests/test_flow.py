"""The Prefect flow treats its parameters (which the UI sends) as untrusted."""

import os
import subprocess
import sys

import pytest

from .conftest import rows_of

CALL = "from vocextract.flow import extract_flow; extract_flow(input_dir={input!r}, output_dir={output!r})"


@pytest.mark.parametrize(
    "given",
    [
        pytest.param({"input": "../../etc", "output": "out"}, id="input-dot-dot"),
        pytest.param({"input": "raw", "output": "/etc/vocextract"}, id="output-absolute-elsewhere"),
    ],
)
def test_flow_refuses_paths_outside_the_allowed_roots(tmp_path, given):
    (tmp_path / "raw").mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", CALL.format(**given)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "VOCEXTRACT_ALLOWED_ROOTS": str(tmp_path)},
    )
    assert proc.returncode != 0
    assert "outside the allowed folders" in proc.stdout + proc.stderr
    assert not (tmp_path / "out").exists()


RUNNERS = """
import json, sys
from vocextract.flow import extract_flow
for runner in ("process", "thread", "dask"):
    result = extract_flow(input_dir="raw", output_dir="out-" + runner, runner=runner, workers=2, batch_chars=20_000)
    print("RESULT", runner, json.dumps(result["rows"]))
"""


def test_results_are_identical_whatever_the_runner(tmp_path, settings):
    """Several batches per runner; batches go to the runner as task parameters, never as
    (size-capped) flow-run parameters."""
    import pandas as pd

    from vocextract import pipeline
    from vocextract.schemas import TABLES

    (tmp_path / "raw").mkdir()
    filler = "The programme ran workshops for local employers. " * 1000
    texts = [
        "In 2020 the Riverside Polytechnic enrolled 1,250 students from Ghana.",
        "By 2022, 35% of graduates of the Hillview Technical Institute worked in Peru.",
        "The Coastal Training Centre opened 4 workshops in 2018 with Chilean partners.\n\n" + filler,
        "Fees rose by 3 percent in 2021.\n\n" + filler,
    ]
    for i, text in enumerate(texts):
        (tmp_path / "raw" / f"{i}.txt").write_text(text)
    proc = subprocess.run([sys.executable, "-c", RUNNERS], cwd=tmp_path, capture_output=True, text=True, timeout=1500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.count("RESULT") == 3
    pipeline.run(tmp_path / "raw", tmp_path / "out-plain", settings)
    for table in TABLES:
        plain = rows_of(tmp_path / "out-plain" / f"{table}.parquet")
        for runner in ("process", "thread", "dask"):
            pd.testing.assert_frame_equal(plain, rows_of(tmp_path / f"out-{runner}" / f"{table}.parquet"))


RUN_WITH_ROOTS = """
from pathlib import Path
from vocextract.flow import run_flow
from vocextract.settings import Settings
summary = run_flow(Settings(workers=1), Path("raw"), Path("out"), (Path("elsewhere").resolve(),))
"""


def test_run_flow_confines_both_folders_to_the_roots_it_is_given_not_the_environment(tmp_path):
    """The command line passes the allowed roots as an argument: an environment that allows
    the folder changes nothing."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("In 2021 Kenya trained 4,200 welders.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", RUN_WITH_ROOTS], cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "VOCEXTRACT_ALLOWED_ROOTS": str(tmp_path)},
    )
    assert proc.returncode != 0
    assert "outside the allowed folders" in proc.stdout + proc.stderr
    assert not (tmp_path / "out").exists()


BAD_MODEL = """
from vocextract.flow import extract_flow
state = extract_flow(input_dir="raw", output_dir="out", model="no_such_model", return_state=True)
print("STATE", state.type.value, state.message)
"""


def test_a_model_not_installed_fails_the_ui_run_with_its_message_and_no_traceback(tmp_path):
    """A run started from the UI's form with a model that is not installed: one Failed state
    whose message says how to fix it, nothing written, and no traceback in the run's log."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("In 2021 Kenya trained 4,200 welders.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", BAD_MODEL], cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "VOCEXTRACT_ALLOWED_ROOTS": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    assert "STATE FAILED spaCy model 'no_such_model' is not installed" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    assert not (tmp_path / "out" / "numbers.parquet").exists()


def _summary(**given):
    from vocextract.pipeline import Summary

    base = dict(documents=4, processed=4, failed={}, rows={"numbers": 5, "years": 2}, rejects=0, seconds=1.0, out_dir="out")
    return Summary(**(base | given))


FINAL_STATES = [
    pytest.param(_summary(), "COMPLETED", "4 documents processed, 7 rows written to out", id="clean"),
    pytest.param(_summary(rejects=2, reject_checks={"numbers: value_in_range": 2}), "COMPLETED",
                 "2 rows rejected (numbers: value_in_range 2): see rejects.parquet", id="rejects"),
    pytest.param(_summary(processed=1, failed={"a.pdf": "encrypted", "b.ppt": "unsupported", "c.doc": "unsupported"}),
                 "FAILED", "3 of 4 documents failed (a.pdf, b.ppt, c.doc)", id="failed-documents"),
    pytest.param(_summary(documents=9, processed=2, failed={f"{i}.ppt": "unsupported" for i in range(7)}),
                 "FAILED", "(0.ppt, 1.ppt, 2.ppt, 3.ppt, 4.ppt and 2 more)", id="many-failed"),
]


@pytest.mark.parametrize("summary, state, message", FINAL_STATES)
def test_the_final_state_tells_what_the_exit_status_tells(summary, state, message):
    from vocextract.flow import final_state, summary_of

    final = final_state(summary, summary)
    assert final.type.value == state and message in final.message
    assert summary_of(final) == summary, "the summary is carried, failed or not"
