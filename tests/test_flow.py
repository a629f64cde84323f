"""The Prefect flow treats its parameters (which the UI sends) as untrusted."""

import os
import subprocess
import sys

import pytest

CALL = "from flows.extract_flow import extract_flow; extract_flow(input_dir={input!r}, output_dir={output!r})"


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
