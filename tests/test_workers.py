"""Supervised workers: a document that hangs, dies or overeats costs only itself."""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from vocextract.errors import WorkerStartError
from vocextract.settings import Settings
from vocextract.workers import Failed, supervise


@dataclass(frozen=True)
class Toy:
    """A job whose items say what to do: "slow" sleeps, "die" kills its worker (once, if
    `flag` is given and exists afterwards), "hog" asks for 1.5 GB; anything else is echoed."""

    flag: str = ""
    doing = "handling"

    def setup(self) -> None:
        pass

    def key(self, item: str) -> str:
        return item

    def __call__(self, item: str) -> str:
        if item.startswith("slow"):
            time.sleep(60)
        if item == "die" and not (self.flag and Path(self.flag).exists()):
            if self.flag:
                Path(self.flag).write_text("died once")
            os.kill(os.getpid(), signal.SIGKILL)
        if item == "hog":
            return str(len(bytearray(1_500_000_000)))
        return item.upper()


@dataclass(frozen=True)
class Broken(Toy):
    def setup(self) -> None:
        raise RuntimeError("no model here")


def _run(batches, job=Toy(), workers=2, **limits) -> dict[str, object]:
    done: dict[str, object] = {}

    def on_done(key, outcome):
        assert key not in done, f"{key} reported twice"
        done[key] = outcome

    supervise(batches, job, Settings(**({"document_seconds": 600} | limits)), workers, on_done)
    return done


def test_every_item_is_handled_once_whatever_the_worker_count():
    batches = [["a", "b"], ["c"], ["d", "e", "f"]]
    expected = {k: k.upper() for b in batches for k in b}
    assert _run(batches, workers=1) == expected
    assert _run(batches, workers=2) == expected


def test_a_document_over_the_time_limit_fails_alone_and_its_batch_goes_on():
    started = time.monotonic()
    done = _run([["a", "slow", "b"], ["c"]], document_seconds=2)
    assert time.monotonic() - started < 30
    assert isinstance(done["slow"], Failed) and "timed out" in done["slow"].reason
    assert "document_seconds" in done["slow"].reason
    assert {k: v for k, v in done.items() if k != "slow"} == {"a": "A", "b": "B", "c": "C"}


def test_a_worker_that_dies_twice_fails_its_document_only():
    done = _run([["a", "die", "b"]], workers=1)
    assert isinstance(done["die"], Failed)
    assert "died twice (killed by SIGKILL, most likely out of memory)" in done["die"].reason
    assert done["a"] == "A" and done["b"] == "B"


def test_a_worker_that_dies_once_costs_one_retry_alone(tmp_path):
    done = _run([["a", "die", "b"]], job=Toy(flag=str(tmp_path / "died")), workers=1)
    assert done == {"a": "A", "die": "DIE", "b": "B"}
    assert (tmp_path / "died").exists()


def test_a_workers_memory_is_capped():
    done = _run([["hog", "a"]], workers=1, worker_memory_mb=800)
    assert isinstance(done["hog"], Failed) and "died twice (exit status 1)" in done["hog"].reason
    assert done["a"] == "A"


def test_a_worker_that_cannot_start_stops_the_run_with_a_clear_error():
    with pytest.raises(WorkerStartError, match="no model here"):
        _run([["a"]], job=Broken(), workers=1)
