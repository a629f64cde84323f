"""The pipeline's stages as plain functions; the Prefect flow wires them as tasks.

discover -> ingest -> extract -> build_tables (validate) -> write. Each stage takes and
returns plain values, so it is testable without Prefect and reusable by benchmarks.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from . import __version__
from .cache import ResultCache, open_cache
from .extract import Extracted, Source
from .ingest import Document, ReadJob, discover, isolated, read_document, skipped
from .nlp import model_version
from .ownership import MANIFEST, REPORT_NAME, read_manifest
from .patterns import pattern_files_digest
from .settings import Settings
from .schemas import MENTION_TABLES
from .tables import Tables, build_tables, mention_records
from .workers import ExtractJob, Failed, extract_one, supervise
from .write import output_lock, publish

Progress = Callable[[int, int, str, "int | None"], None]
"""progress(done, total, path, mentions found, None when the document failed)"""


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
    neither exhausts memory nor disappears from the accounts. PDF, DOCX, PPTX and HTML files
    are read on supervised worker processes (see `ingest.isolated`): one that hangs a parser
    or inflates past the memory limit fails alone.
    """
    root = Path(input_dir)
    limit = settings.max_documents
    over = f"over the max_documents limit ({limit:,}): not read; raise the limit or split the folder"
    found = discover(root, settings)
    read: dict[str, Document] = {}
    later: list[Path] = []
    for i, (path, problem) in enumerate(found):
        if problem or i >= limit:
            read[str(path)] = skipped(path, root, problem or over)
        elif isolated(path, settings):
            later.append(path)
        else:
            read[str(path)] = read_document(path, root, settings)

    def done(key: str, outcome: Document | Failed) -> None:
        read[key] = skipped(Path(key), root, outcome.reason) if isinstance(outcome, Failed) else outcome

    workers = min(settings.worker_count, len(later))
    supervise([later[i::workers] for i in range(workers)], ReadJob(root, settings), settings, workers, done)
    return [read[str(path)] for path, _ in found]


Records = dict[str, list[dict]]
BatchResult = list[tuple[str, "Records | Failed"]]


@dataclass(frozen=True)
class Extraction:
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
    ok = [d for d in documents if d.ok]
    cached = {d.doc_id: hit for d in ok if cache and (hit := cache.get(d)) is not None}
    todo = [d for d in ok if d.doc_id not in cached]
    size = batch_chars(sum(len(d.text) for d in todo), settings.worker_count, settings.batch_chars)
    return Plan(ok, cached, batches(todo, size))


def sources(batch: list[Document]) -> list[Source]:
    return [(d.doc_id, d.text, d.furniture) for d in batch]


def records_of(batch: list[Document], outcomes: list[tuple[str, Extracted | Failed]]) -> BatchResult:
    """Each extracted document's table records (the parent builds them: workers need no pandas)."""
    texts = {d.doc_id: d.text for d in batch}
    return [
        (doc_id, found if isinstance(found, Failed) else mention_records(doc_id, texts[doc_id], found))
        for doc_id, found in outcomes
    ]


def extract_batch(batch: list[Document], settings: Settings) -> BatchResult:
    """One batch's records, in this process; the model is loaded once per process (cached)."""
    return records_of(batch, [(source[0], extract_one(source, settings)) for source in sources(batch)])


def finish(work: Plan, results: list[BatchResult], cache: ResultCache | None) -> Extraction:
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
    return Extraction(records, len(work.cached), failed)


def settle(documents: list[Document], extraction: Extraction) -> list[Document]:
    """The documents with those whose extraction failed marked failed, with the reason."""
    return [
        replace(d, status="failed", error=extraction.failed[d.doc_id]) if d.doc_id in extraction.failed else d
        for d in documents
    ]


def reporter(work: Plan, progress: Progress) -> Callable[[BatchResult], None]:
    """Per-document progress calls ("[done/total] path: n mentions") as documents complete."""
    paths = {d.doc_id: d.path for d in work.documents}
    done = len(work.cached)

    def report(result: BatchResult) -> None:
        nonlocal done
        for doc_id, recs in result:
            done += 1
            found = None if isinstance(recs, Failed) else sum(len(recs.get(t, [])) for t in MENTION_TABLES)
            progress(done, len(work.documents), paths[doc_id], found)

    return report


def run_batches(
    work: Plan, settings: Settings, on_result: Callable[[BatchResult], None] | None = None
) -> list[BatchResult]:
    """The plan's batches on supervised worker processes (see `workers`), or inline when there
    is one worker and no time limit (`document_seconds` 0).

    Results are keyed by document, so they are the same whatever the order or worker count.
    """
    results: list[BatchResult] = []

    def collect(result: BatchResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    if settings.worker_count <= 1 and not settings.document_seconds:
        for batch in work.batches:
            collect(extract_batch(batch, settings))
    else:
        by_id = {d.doc_id: d for batch in work.batches for d in batch}
        workers = min(settings.worker_count, len(work.batches))
        supervise([sources(b) for b in work.batches], ExtractJob(settings), settings, workers,
                   lambda doc_id, outcome: collect(records_of([by_id[doc_id]], [(doc_id, outcome)])))
    return results


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
    lines += ["", f"Review report: [{review}]({Path(review).absolute().as_uri()})"] if review else []
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


def set_files(documents: list[Document], tables: Tables, report: bool) -> list[str]:
    """Every file of a run's set, relative to its folder: the manifest lists them, so that the
    set can be removed by its list and nothing else (see `ownership.remove_set`)."""
    from .report import page_name

    files = [f"{t}.parquet" for t in tables.frames] + [MANIFEST]
    if report:
        files += [REPORT_NAME] + [page_name(d.doc_id) for d in documents]
    return sorted(files)


def cache_entries(documents: list[Document], cache: ResultCache | None) -> list[str]:
    """The cache entries this run's documents use: the next run deletes those it no longer needs."""
    return sorted(cache.entry_name(d) for d in documents if d.ok) if cache else []


def manifest(
    run_id: str, started: float, input_dir: Path, settings: Settings, documents: list[Document], tables: Tables,
    cache: ResultCache | None, report: bool,
) -> dict:
    """The run's record: inputs, settings, versions, row counts, and the files it owns."""
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
            "model": model_version(settings.model),
            "pandas": version("pandas"),
            "pandera": version("pandera"),
            "pyarrow": version("pyarrow"),
            "prefect": version("prefect"),
            "patterns": pattern_files_digest(),
        },
        "rows": tables.counts(),
        "files": set_files(documents, tables, report),
        "cache": cache_entries(documents, cache),
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
    return open_cache(out_dir, settings, model_version(settings.model), full)


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
        previous = read_manifest(out_dir)
        documents = ingest(input_dir, settings)
        cache = cache_for(out_dir, settings, full)
        extraction = extract(documents, settings, cache, progress)
        documents = settle(documents, extraction)
        tables = build_tables(documents, extraction.records)
        record = manifest(run_id, started, input_dir, settings, documents, tables, cache, report=False)
        files = publish(tables, out_dir, record, previous)
    return summarise(started, out_dir, documents, tables, extraction.reused, files)
