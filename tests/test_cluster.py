"""Batches on a real Dask cluster: a scheduler and two workers as separate processes."""

import os
import subprocess
import sys
import time

import pandas as pd
import pytest

from vocextract import pipeline
from vocextract.cli import main
from vocextract.cluster import local_workers
from vocextract.errors import ClusterError
from vocextract.schemas import TABLES

from .test_service import _free_port
from .conftest import rows_of

BIN = os.path.dirname(sys.executable)
FILLER = "The programme ran workshops for local employers. " * 600
TEXTS = [
    "In 2020 the Riverside Polytechnic enrolled 1,250 students from Ghana.\n\n" + FILLER,
    "By 2022, 35% of graduates of the Hillview Technical Institute worked in Peru.\n\n" + FILLER,
    "The Coastal Training Centre opened 4 workshops in 2018 with Chilean partners.\n\n" + FILLER,
    "Fees rose by 3 percent in 2021 at the Northgate Skills Academy in Kenya.",
]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """`dask scheduler` and two `dask worker`s, each in a folder of its own: the workers never see
    the input folder, so the texts must travel with the batches."""
    logs = tmp_path_factory.mktemp("dask-logs")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen(
        [os.path.join(BIN, "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
        cwd=logs, stdout=open(logs / "scheduler.log", "w"), stderr=subprocess.STDOUT)]
    for i in range(2):
        home = tmp_path_factory.mktemp(f"worker{i}")
        procs.append(subprocess.Popen(
            [os.path.join(BIN, "dask"), "worker", address, "--nthreads", "1", "--dashboard-address", ":0"],
            cwd=home, stdout=open(home / "worker.log", "w"), stderr=subprocess.STDOUT))
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_a_run_on_a_real_cluster_gives_the_tables_of_a_plain_run(tmp_path, scheduler, settings):
    raw = tmp_path / "project" / "raw"
    raw.mkdir(parents=True)
    for i, text in enumerate(TEXTS):
        (raw / f"{i}.txt").write_text(text)
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "vocextract.cli", "run", "raw", "--out", "out-dask", "--dask", scheduler],
        cwd=tmp_path / "project", capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "documents: 4 (4 processed" in proc.stdout
    assert f"extracting on the Dask cluster {scheduler} (2 worker threads)" in proc.stdout + proc.stderr
    pipeline.run(raw, tmp_path / "out-plain", settings)
    for table in TABLES:
        plain = rows_of(tmp_path / "out-plain" / f"{table}.parquet")
        pd.testing.assert_frame_equal(plain, rows_of(tmp_path / "project" / "out-dask" / f"{table}.parquet"))
    assert time.time() - started < 600


@pytest.mark.parametrize("address, count", [
    pytest.param("local:2", 2, id="local-two"),
    pytest.param("tcp://10.0.0.5:8786", None, id="a-scheduler"),
])
def test_addresses_are_read(address, count):
    assert local_workers(address) == count


@pytest.mark.parametrize("address", ["local:", "local:0", "local:two"])
def test_a_malformed_local_cluster_is_refused(address):
    with pytest.raises(ClusterError, match="written local:N"):
        local_workers(address)


def test_a_bad_cluster_address_is_one_clear_line(tmp_path, capsys):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Kenya trained 45 welders.")
    assert main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--dask", "local:none"]) == 2
    err = capsys.readouterr().err
    assert "cannot use the Dask cluster 'local:none'" in err and "Traceback" not in err


def test_a_batch_that_kills_its_worker_fails_its_documents_and_the_run_goes_on(tmp_path, monkeypatch):
    """The worker dies inside extraction (a stand-in sent by value kills its process on one
    document); with no retry allowed by the scheduler, that document fails with the reason and
    the other, sent second and so queued behind it on the one worker and lost with it, is
    extracted when tried again alone."""
    import dask

    from vocextract import cluster
    from vocextract.batching import plan
    from vocextract.settings import Settings
    from vocextract.workers import Failed

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("KILLME: Peru opened 3 workshops.")
    (tmp_path / "raw" / "b.txt").write_text("Kenya trained 450 welders in 2021.")
    settings = Settings(workers=1, batch_chars=10, types=("NUMBER", "YEAR", "COUNTRY"), rules_only=True)
    work = plan(pipeline.ingest(tmp_path / "raw", settings), settings, None)
    real = cluster.extract_each

    def dies_on_a_marked_text(batch, settings):
        if any("KILLME" in text for _, text, _ in batch):
            os._exit(1)
        return real(batch, settings)

    monkeypatch.setattr(cluster, "extract_each", dies_on_a_marked_text)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), cluster.connect("local:1") as client:
        results = dict(pair for batch in cluster.run_batches(client, work, settings) for pair in batch)
    by_path = {d.path: d.doc_id for d in work.documents}
    assert results[by_path["a.txt"]] == Failed(cluster.DIED)
    assert len(results[by_path["b.txt"]]["numbers"]) == 1


def test_a_rerun_with_nothing_to_extract_needs_no_cluster(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Kenya trained 450 welders in 2021.")
    argv = [sys.executable, "-m", "vocextract.cli", "run", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]
    assert subprocess.run(argv, capture_output=True, timeout=300).returncode == 0
    again = subprocess.run(argv + ["--dask", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, "an unreachable cluster is never asked: " + again.stderr[-2000:]
    assert "1 of them reused from the cache" in again.stdout


def test_a_run_connects_to_its_cluster_once_for_all_its_partitions(monkeypatch):
    """A local cluster started per partition would cost its start and every worker's model load
    each time; the session connects on first use and closes once."""
    import contextlib

    from vocextract import cluster

    events = []

    @contextlib.contextmanager
    def connect(address):
        events.append(("connect", address))
        yield object()
        events.append(("close", address))

    monkeypatch.setattr(cluster, "connect", connect)
    session = cluster.Session("local:2")
    assert events == [], "nothing is started before a partition has batches"
    first, second = session.client(), session.client()
    assert first is second
    session.close()
    assert events == [("connect", "local:2"), ("close", "local:2")]
