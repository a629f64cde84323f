"""The pipeline's stages as plain functions; the Prefect flow wires them as tasks.

discover -> ingest -> extract -> build_tables (validate) -> write. Each stage takes and
returns plain values, so it is testable without Prefect and reusable by benchmarks.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import platform
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from . import __version__
from .cache import ResultCache, open_cache
from .extract import Extracted, Source, extract_sources
from .ingest import Document, discover, read_document, skipped
from .nlp import load_pipeline, model_version
from .ownership import CACHE_DIR, MANIFEST, listed, remove_stale
from .patterns import pattern_files_digest
from .settings import Settings
from .schemas import MENTION_TABLES
from .tables import Tables, build_tables, mention_records
from .write import output_lock, write_all

Progress = Callable[[int, int, str, int], None]


@dataclass(frozen=True)
class Summary:
    """What a run did, for the CLI, the flow's return value and the UI."""

    documents: int
    processed: int
    failed: dict[str, str]
    rows: dict[str, int]
    rejects: int
    seconds: float
    out_dir: str
    reused: int = 0
    files: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.failed and not self.rejects

    def text(self) -> str:
        lines = [
            f"documents: {self.documents} ({self.processed} processed, {self.reused} of them reused "
            f"from the cache, {len(self.failed)} failed)",
            "rows: " + ", ".join(f"{t} {n}" for t, n in self.rows.items() if t not in ("documents", "rejects")),
            f"rejects: {self.rejects}" + (" (see rejects.parquet)" if self.rejects else ""),
        ]
        lines += [f"failed: {path}: {error}" for path, error in self.failed.items()]
        lines.append(f"time: {self.seconds:.1f} s; tables in {self.out_dir}")
        return "\n".join(lines)


def ingest(input_dir: Path, settings: Settings) -> list[Document]:
    """Every file under `input_dir` as a Document (failed ones included, with the reason).

    Files beyond `max_documents` are recorded as failed, not read, so a runaway folder
    neither exhausts memory nor disappears from the accounts.
    """
    found = discover(Path(input_dir), settings)
    limit = settings.max_documents
    over = f"over the max_documents limit ({limit:,}): not read; raise the limit or split the folder"
    return [
        skipped(path, Path(input_dir), problem or over)
        if problem or i >= limit
        else read_document(path, Path(input_dir), settings)
        for i, (path, problem) in enumerate(found)
    ]


Records = dict[str, list[dict]]
BatchResult = list[tuple[str, Records]]


@dataclass(frozen=True)
class Extraction:
    records: dict[str, Records]
    reused: int


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
    ok = [d for d in documents if d.ok]
    cached = {d.doc_id: hit for d in ok if cache and (hit := cache.get(d)) is not None}
    todo = [d for d in ok if d.doc_id not in cached]
    size = batch_chars(sum(len(d.text) for d in todo), settings.worker_count, settings.batch_chars)
    return Plan(ok, cached, batches(todo, size))


def sources(batch: list[Document]) -> list[Source]:
    return [(d.doc_id, d.text, d.furniture) for d in batch]


def records_of(batch: list[Document], extracted: list[tuple[str, Extracted]]) -> BatchResult:
    texts = {d.doc_id: d.text for d in batch}
    return [(doc_id, mention_records(doc_id, texts[doc_id], found)) for doc_id, found in extracted]


def extract_batch(batch: list[Document], settings: Settings) -> BatchResult:
    """One batch's records; the model is loaded once per process (cached), never per document."""
    return records_of(batch, extract_sources(sources(batch), settings))


def finish(work: Plan, results: list[BatchResult], cache: ResultCache | None) -> Extraction:
    """Cached and new records together; new ones stored (entries of vanished documents are
    deleted with the run's other stale files, see `owned_files`)."""
    records = dict(work.cached)
    by_id = {d.doc_id: d for d in work.documents}
    for doc_id, recs in (pair for result in results for pair in result):
        records[doc_id] = recs
        if cache:
            cache.put(by_id[doc_id], recs)
    return Extraction(records, len(work.cached))


def reporter(work: Plan, progress: Progress) -> Callable[[BatchResult], None]:
    """Per-document progress calls ("[done/total] path: n mentions") as batches complete."""
    paths = {d.doc_id: d.path for d in work.documents}
    done = len(work.cached)

    def report(result: BatchResult) -> None:
        nonlocal done
        for doc_id, recs in result:
            done += 1
            progress(done, len(work.documents), paths[doc_id], sum(len(recs.get(t, [])) for t in MENTION_TABLES))

    return report


def run_batches(
    work: Plan, settings: Settings, on_result: Callable[[BatchResult], None] | None = None
) -> list[BatchResult]:
    """The plan's batches inline, or on a pool of worker processes when there are several.

    Results are keyed by document, so they are the same whatever the order or worker count.
    """
    results: list[BatchResult] = []

    def collect(result: BatchResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    workers = min(settings.worker_count, len(work.batches))
    if workers <= 1:
        for batch in work.batches:
            collect(extract_batch(batch, settings))
    else:
        context = multiprocessing.get_context("spawn")
        with one_thread_per_worker(), ProcessPoolExecutor(workers, mp_context=context) as pool:
            batch_of = {pool.submit(extract_sources, sources(b), settings): b for b in work.batches}
            for future in as_completed(batch_of):
                collect(records_of(batch_of[future], future.result()))
    return results


THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextlib.contextmanager
def one_thread_per_worker():
    """Worker processes started inside get one BLAS/OpenMP thread each (unless the user set
    these variables): with a process per core, numpy's own threads fight over the same cores
    (measured on 2 cores: 2 workers 1.43x one worker with them, 1.77x without)."""
    unset = [name for name in THREAD_VARIABLES if name not in os.environ]
    os.environ.update(dict.fromkeys(unset, "1"))
    try:
        yield
    finally:
        for name in unset:
            os.environ.pop(name, None)


def extract(
    documents: list[Document],
    settings: Settings,
    cache: ResultCache | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Mention records per document and table, without Prefect."""
    work = plan(documents, settings, cache)
    return finish(work, run_batches(work, settings, reporter(work, progress) if progress else None), cache)


def run_report(summary: Summary, tables: Tables, top: int = 10, review: Path | None = None) -> str:
    """A short Markdown account of a run, for the Prefect UI."""
    lines = [
        "# vocextract run",
        "",
        "| documents | processed | reused | failed | rejects | seconds |",
        "|---|---|---|---|---|---|",
        f"| {summary.documents} | {summary.processed} | {summary.reused} | {len(summary.failed)} "
        f"| {summary.rejects} | {summary.seconds} |",
        "",
        "| table | rows |",
        "|---|---|",
        *(f"| {t} | {n} |" for t, n in summary.rows.items()),
    ]
    for title, table, column in (("Top countries", "countries", "country"), ("Top organisations", "organisations", "name")):
        counts = tables.frames[table][column].value_counts().head(top)
        lines += ["", f"## {title}", "", "| name | mentions |", "|---|---|"]
        lines += [f"| {name} | {n} |" for name, n in counts.items()]
    if summary.failed:
        lines += ["", "## Failed documents", "", "| path | error |", "|---|---|"]
        lines += [f"| {path} | {error} |" for path, error in summary.failed.items()]
    lines += ["", f"Tables in `{summary.out_dir}`."]
    lines += ["", f"Review report: [{review}]({Path(review).resolve().as_uri()})"] if review else []
    return "\n".join(lines)


def document_counts(tables: Tables) -> list[dict]:
    """One row per document: its status and how many rows it has in each mention table."""
    docs = tables.frames["documents"]
    rows = []
    for doc in docs.itertuples():
        row = {"path": doc.path, "status": doc.status, "error": doc.error or ""}
        for table in MENTION_TABLES:
            df = tables.frames[table]
            row[table] = int((df["doc_id"] == doc.doc_id).sum())
        rows.append(row)
    return rows


def owned_files(documents: list[Document], tables: Tables, cache: ResultCache | None, report: bool) -> list[str]:
    """Every file a run leaves in its output folder, relative to it: the manifest lists them so
    that the next run deletes exactly those it no longer needs and nothing else."""
    from .report import REPORT_NAME, page_name

    files = [f"{t}.parquet" for t in tables.frames] + [MANIFEST]
    if report:
        files += [REPORT_NAME] + [page_name(d.doc_id) for d in documents]
    if cache:
        files += [f"{CACHE_DIR}/{cache.entry_name(d)}" for d in documents if d.ok]
    return sorted(files)


def manifest(
    run_id: str, started: float, input_dir: Path, settings: Settings, documents: list[Document], tables: Tables,
    files: list[str],
) -> dict:
    """The run's record: inputs, settings, versions, row counts, and the files it owns."""
    nlp = load_pipeline(settings.model, settings.rules_only)
    return {
        "run_id": run_id,
        "started": datetime.fromtimestamp(started, timezone.utc).isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "input_dir": str(input_dir),
        "settings": asdict(settings),
        "inputs": [{"path": d.path, "sha256": d.sha256, "status": d.status, "error": d.error} for d in documents],
        "versions": {
            "vocextract": __version__,
            "python": platform.python_version(),
            "spacy": version("spacy"),
            "model": model_version(nlp),
            "pandas": version("pandas"),
            "pandera": version("pandera"),
            "pyarrow": version("pyarrow"),
            "prefect": version("prefect"),
            "patterns": pattern_files_digest(),
        },
        "rows": tables.counts(),
        "files": files,
    }


def summarise(
    started: float, out_dir: Path, documents: list[Document], tables: Tables, reused: int, files: list[Path]
) -> Summary:
    return Summary(
        documents=len(documents),
        processed=sum(d.ok for d in documents),
        failed={d.path: d.error or "" for d in documents if not d.ok},
        rows=tables.counts(),
        rejects=len(tables.frames["rejects"]),
        seconds=round(time.time() - started, 2),
        out_dir=str(out_dir),
        reused=reused,
        files=[str(p) for p in files],
    )


def cache_for(out_dir: Path, settings: Settings, full: bool) -> ResultCache:
    return open_cache(out_dir, settings, model_version(load_pipeline(settings.model, settings.rules_only)), full)


def run(
    input_dir: Path,
    out_dir: Path,
    settings: Settings,
    full: bool = False,
    run_id: str = "local",
    progress: Progress | None = None,
) -> Summary:
    """The whole pipeline without Prefect: for tests, evaluation and benchmarks."""
    started = time.time()
    with output_lock(out_dir, input_dir):
        previous = listed(out_dir)
        documents = ingest(input_dir, settings)
        cache = cache_for(out_dir, settings, full)
        extraction = extract(documents, settings, cache, progress)
        tables = build_tables(documents, extraction.records)
        owned = owned_files(documents, tables, cache, report=False)
        files = write_all(tables, out_dir, manifest(run_id, started, input_dir, settings, documents, tables, owned))
        remove_stale(out_dir, previous, owned)
    return summarise(started, out_dir, documents, tables, extraction.reused, files)
