"""Batching: a run's documents cut into batches of about equal text, extracted in this process or
on supervised worker processes, and the results gathered per document (cached ones reused).

Kept apart from the run's accounting (`pipeline`): this is the only part that decides where
work happens, so the Prefect flow can send the same batches to another task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .cache import ResultCache
from .extract import Extracted, Source
from .ingest import Document
from .schemas import MENTION_TABLES
from .settings import Settings
from .tables import mention_records
from .workers import ExtractJob, Failed, extract_one, supervise

Progress = Callable[[int, int, str, "int | None"], None]
"""progress(done, total, path, mentions found, None when the document failed)"""


Records = dict[str, list[dict]]
BatchResult = list[tuple[str, "Records | Failed"]]


@dataclass(frozen=True)
class Gathered:
    """Records per document extracted or reused, and the documents whose extraction failed."""

    records: dict[str, Records]
    reused: int
    failed: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    """What a run must extract: cached records reused, the rest cut into batches."""

    documents: list[Document]
    cached: dict[str, Records]
    batches: list[list[Document]]


BATCHES_PER_WORKER = 4
MIN_BATCH_CHARS = 20_000


def batch_chars(total_chars: int, workers: int, max_chars: int) -> int:
    """Characters per batch: about `BATCHES_PER_WORKER` batches for each worker, so no worker
    is left with the one big batch while the others idle, yet large enough (at least
    `MIN_BATCH_CHARS`) that sending a batch costs little next to parsing it; at most `max_chars`.
    """
    if workers <= 1:
        return max_chars
    return max(MIN_BATCH_CHARS, min(max_chars, -(-total_chars // (workers * BATCHES_PER_WORKER))))


def batches(documents: list[Document], max_chars: int) -> list[list[Document]]:
    """Consecutive groups of about `max_chars` characters, so workers get even shares."""
    out: list[list[Document]] = []
    size = max_chars
    for doc in documents:
        if size + len(doc.text) > max_chars and (not out or out[-1]):
            out.append([])
            size = 0
        out[-1].append(doc)
        size += len(doc.text)
    return [b for b in out if b]


def plan(documents: list[Document], settings: Settings, cache: ResultCache | None) -> Plan:
    """What a run must extract: readable documents only, those the cache holds reused, the rest cut
    into batches sized for the worker count (see `batch_chars`); `cache` None reuses nothing."""
    ok = [d for d in documents if d.ok]
    cached = {d.doc_id: hit for d in ok if cache and (hit := cache.get(d)) is not None}
    todo = [d for d in ok if d.doc_id not in cached]
    size = batch_chars(sum(len(d.text) for d in todo), settings.worker_count, settings.batch_chars)
    return Plan(ok, cached, batches(todo, size))


def sources(batch: list[Document]) -> list[Source]:
    """The batch as extraction sources (doc_id, text, furniture): all of a Document that extraction
    reads, and all that is sent to a worker."""
    return [(d.doc_id, d.text, d.furniture) for d in batch]


def records_of(batch: list[Document], outcomes: list[tuple[str, Extracted | Failed]]) -> BatchResult:
    """Each extracted document's table records (the parent builds them: workers need no pandas)."""
    texts = {d.doc_id: d.text for d in batch}
    return [
        (doc_id, found if isinstance(found, Failed) else mention_records(doc_id, texts[doc_id], found))
        for doc_id, found in outcomes
    ]


def extract_each(batch: list[Source], settings: Settings) -> list[tuple[str, Extracted | Failed]]:
    """Each source extracted, or failed with its reason, in this process: what a Dask worker
    runs for a batch (see `cluster`)."""
    return [(source[0], extract_one(source, settings)) for source in batch]


def extract_batch(batch: list[Document], settings: Settings) -> BatchResult:
    """One batch's records, in this process; the model is loaded once per process (cached)."""
    return records_of(batch, extract_each(sources(batch), settings))


def finish(work: Plan, results: list[BatchResult], cache: ResultCache | None) -> Gathered:
    """Cached and new records together, new ones stored; failed documents apart, with their reason."""
    records, failed = dict(work.cached), {}
    by_id = {d.doc_id: d for d in work.documents}
    for doc_id, recs in (pair for result in results for pair in result):
        if isinstance(recs, Failed):
            failed[doc_id] = recs.reason
            continue
        records[doc_id] = recs
        if cache:
            cache.put(by_id[doc_id], recs)
    return Gathered(records, len(work.cached), failed)


def settle(documents: list[Document], gathered: Gathered) -> list[Document]:
    """The documents with those whose extraction failed marked failed, with the reason."""
    return [
        replace(d, status="failed", error=gathered.failed[d.doc_id]) if d.doc_id in gathered.failed else d
        for d in documents
    ]


def progress_teller(work: Plan, progress: Progress) -> Callable[[BatchResult], None]:
    """Per-document progress calls ("[done/total] path: n mentions") as documents complete."""
    paths = {d.doc_id: d.path for d in work.documents}
    done = len(work.cached)

    def tell(result: BatchResult) -> None:
        nonlocal done
        for doc_id, recs in result:
            done += 1
            found = None if isinstance(recs, Failed) else sum(len(recs.get(t, [])) for t in MENTION_TABLES)
            progress(done, len(work.documents), paths[doc_id], found)

    return tell


def run_plan(work: Plan, settings: Settings, progress: Progress | None = None) -> list[BatchResult]:
    """The plan's batches on supervised worker processes (see `workers`), or inline when there
    is one worker and no time limit (`document_seconds` 0).

    Results are keyed by document, so they are the same whatever the order or worker count.
    """
    results: list[BatchResult] = []
    told = progress_teller(work, progress) if progress else None

    def collect(result: BatchResult) -> None:
        results.append(result)
        if told:
            told(result)

    if settings.worker_count <= 1 and not settings.document_seconds:
        for batch in work.batches:
            collect(extract_batch(batch, settings))
    else:
        by_id = {d.doc_id: d for batch in work.batches for d in batch}
        workers = min(settings.worker_count, len(work.batches))
        supervise([sources(b) for b in work.batches], ExtractJob(settings), settings, workers,
                   lambda doc_id, outcome: collect(records_of([by_id[doc_id]], [(doc_id, outcome)])))
    return results
