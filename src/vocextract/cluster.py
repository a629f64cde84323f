"""Batches on a Dask cluster: one already running at an address, or a local one started for the run.

A worker gets each batch with its documents' texts, so it needs no view of the input folder;
it loads the model once per process (`nlp.load_pipeline` is cached) and sends back what it
found. The driver turns that into records, caches and writes, as in any run, so the tables are
those of a plain run. Batches are plain `distributed` futures, not Prefect tasks: a task run
inside a worker would report to the Prefect API from every worker process (or start an API of
its own in each when no server is configured), which is the cost that kept the cluster from
paying for itself. A worker that dies costs its batch another try on another worker (the
scheduler's `allowed-failures`). A batch that still fails that way may only have been queued on
the worker another batch killed, so once the others are done its documents are tried again one
at a time, alone on the cluster: the one that kills its worker then fails, with that reason, the
others are extracted, and the run goes on.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .batching import BatchResult, Plan, Progress, batch_chars, batches, extract_each, progress_teller, records_of, sources
from .errors import ClusterError
from .settings import Settings
from .workers import Failed, one_thread_per_worker

if TYPE_CHECKING:
    from distributed import Client

    from .extract import Extracted
    from .ingest import Document

LOCAL = "local:"
CONNECT_SECONDS = 30
DIED = (
    "a Dask worker died on this document each time the scheduler tried it (its "
    "distributed.scheduler.allowed-failures), and again when it ran alone on the cluster; see the workers' logs"
)


def local_workers(address: str) -> int | None:
    """N for a `local:N` address (a local cluster of N single-threaded worker processes), else None.

    Raises ClusterError for a `local:` address without a positive whole number.
    """
    if not address.startswith(LOCAL):
        return None
    count = address[len(LOCAL):]
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(address, "a local cluster is written local:N, N the number of worker processes (local:2)")
    return int(count)


@contextlib.contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the cluster at `address` (`tcp://host:8786`), or of a local cluster started
    for `local:N` (one BLAS thread per worker process, as for the process runner) and stopped
    after; either is closed on leaving.

    Raises ClusterError when the scheduler cannot be reached in `CONNECT_SECONDS`.
    """
    from distributed import Client, LocalCluster

    count = local_workers(address)
    with contextlib.ExitStack() as stack:
        stack.enter_context(_quiet(logging.getLogger("distributed")))
        try:
            if count is None:
                client = stack.enter_context(Client(address, timeout=CONNECT_SECONDS))
            else:
                stack.enter_context(one_thread_per_worker())
                cluster = stack.enter_context(LocalCluster(
                    n_workers=count, threads_per_worker=1, processes=True, dashboard_address=":0",
                    silence_logs=logging.WARNING))
                client = stack.enter_context(Client(cluster))
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(address, str(exc) or type(exc).__name__) from exc
        if count is None and not client.nthreads():
            raise ClusterError(address, f"the scheduler has no workers after {CONNECT_SECONDS} s; start some with `dask worker {address}`")
        yield client


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    """The cluster's own INFO lines (every worker and connection coming and going) held back
    while it runs: they would bury the run's progress; warnings and errors still show."""
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


class Session:
    """The cluster of one run, connected when a partition first has batches to extract and
    kept for the partitions after it (a local cluster is started, and its workers load the
    model, once per run); `close` when the run ends."""

    def __init__(self, address: str):
        self.address = address
        self._stack = contextlib.ExitStack()
        self._client: Client | None = None

    def client(self) -> Client:
        """The connected client, connecting on first use (see `connect`)."""
        if self._client is None:
            self._client = self._stack.enter_context(connect(self.address))
        return self._client

    def close(self) -> None:
        self._stack.close()
        self._client = None


def threads(client: Client) -> int:
    """The cluster's worker threads: what its batches are sized for."""
    return max(1, sum(client.nthreads().values()))


def run_batches(client: Client, work: Plan, settings: Settings, progress: Progress | None = None) -> list[BatchResult]:
    """The plan's documents re-cut for the cluster's threads, sent to it, and gathered as they
    finish; results are keyed by document, so the order they come back in does not matter.
    Batches lost with a dying worker are retried document by document once the rest is done."""
    from distributed import KilledWorker, as_completed

    todo = [d for batch in work.batches for d in batch]
    size = batch_chars(sum(len(d.text) for d in todo), threads(client), settings.batch_chars)
    futures = {
        client.submit(extract_each, sources(batch), settings, pure=False): batch for batch in batches(todo, size)
    }
    told = progress_teller(work, progress) if progress else None
    results: list[BatchResult] = []

    def keep(batch: list[Document], outcomes: list[tuple[str, Extracted | Failed]]) -> None:
        results.append(records_of(batch, outcomes))
        if told:
            told(results[-1])

    lost: list[Document] = []
    for future in as_completed(list(futures)):
        try:
            keep(futures[future], future.result())
        except KilledWorker:
            lost.extend(futures[future])
    for document in lost:
        keep([document], _alone(client, document, settings))
    return results


def _alone(client: Client, document: Document, settings: Settings) -> list[tuple[str, Extracted | Failed]]:
    """One document extracted with nothing else on the cluster, so a worker that dies now died of it."""
    from distributed import KilledWorker

    try:
        return client.submit(extract_each, sources([document]), settings, pure=False).result()
    except KilledWorker:
        return [(document.doc_id, Failed(DIED))]
