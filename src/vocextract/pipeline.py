"""One run, start to finish: ingest -> plan -> extract -> validate -> write, and its accounts.

`run` is the only place the sequence is written. The Prefect flow (`flow.py`) runs it with its
own `Steps` (tasks that log, retry and show in the UI, and may send batches to another task
runner); tests and benchmarks run it with the plain functions. Each stage takes and returns
plain values, so it is testable without Prefect.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from . import __version__, stopping
from .batching import BatchResult, Plan, Progress, finish, plan, run_plan, settle
from .cache import ResultCache, open_cache
from .ingest import Document, ReadJob, discover, isolated, read_document, skipped
from .nlp import model_version
from .output import counts_by_document
from .ownership import MANIFEST, REPORT_NAME, check_input, read_manifest
from .patterns import pattern_files_digest
from .settings import Settings
from .tables import Tables, build_tables
from .workers import Failed, supervise
from .write import output_lock, publish


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
    reject_checks: dict[str, int] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        """No failed documents and no rejected rows: `vocextract run` exits 0 only then."""
        return not self.failed and not self.rejects

    def verdict(self) -> str:
        """One line for the run's final state in the Prefect UI: the failed documents by name,
        else the rejected rows by check, each with where to read more."""
        if self.failed:
            names = list(self.failed)
            shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            return (
                f"{len(names)} of {self.documents} documents failed ({shown}); the tables of the others were "
                f"written to {self.out_dir}: the reasons are in documents.parquet (status, error) and the run report"
            )
        found = sum(n for t, n in self.rows.items() if t not in ("documents", "rejects"))
        done = f"{self.documents} documents processed, {found} rows written to {self.out_dir}"
        if self.rejects:
            why = ", ".join(f"{check} {n}" for check, n in self.reject_checks.items())
            return f"{done}; {self.rejects} rows rejected by validation ({why}): see rejects.parquet"
        return done

    def text(self) -> str:
        """The lines `vocextract run` prints and the flow logs, each failed file with its reason."""
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


def run_markdown(summary: Summary, tables: Tables, top: int = 10, review: Path | None = None) -> str:
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
    if summary.reject_checks:
        lines += ["", "## Rejected rows (in rejects.parquet)", "", "| table: check | rows |", "|---|---|"]
        lines += [f"| {check} | {n} |" for check, n in summary.reject_checks.items()]
    lines += ["", f"Tables in `{summary.out_dir}`."]
    if review:
        lines += ["", f"Review report: `{Path(review).absolute()}`; to open it in a browser, run "
                      f"`vocextract report {Path(summary.out_dir).absolute()} --serve` and open the address it prints."]
    return "\n".join(lines)


def document_counts(tables: Tables) -> list[dict]:
    """One row per document: its status and how many rows it has in each mention table."""
    docs = tables.frames["documents"]
    counts = counts_by_document(tables.frames).to_dict("records")
    return [
        {"path": doc.path, "status": doc.status, "error": doc.error or ""} | n
        for doc, n in zip(docs.itertuples(), counts)
    ]


def set_files(documents: list[Document], tables: Tables, review: bool) -> list[str]:
    """Every file of a run's set, relative to its folder: the manifest lists them, so that the
    set can be removed by its list and nothing else (see `ownership.remove_set`)."""
    from .report import page_name

    files = [f"{t}.parquet" for t in tables.frames] + [MANIFEST]
    if review:
        files += [REPORT_NAME] + [page_name(d.doc_id) for d in documents]
    return sorted(files)


def cache_entries(documents: list[Document], cache: ResultCache | None) -> list[str]:
    """The cache entries this run's documents use: the next run deletes those it no longer needs."""
    return sorted(cache.entry_name(d) for d in documents if d.ok) if cache else []


def manifest(
    run_id: str, started: float, input_dir: Path, settings: Settings, documents: list[Document], tables: Tables,
    cache: ResultCache | None, review: bool,
) -> dict:
    """The run's record: inputs, settings, versions, row counts, and the files it owns."""
    return {
        "run_id": run_id,
        "started": datetime.fromtimestamp(started, timezone.utc).isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "input_dir": str(Path(input_dir).resolve()),
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
        "files": set_files(documents, tables, review),
        "cache": cache_entries(documents, cache),
    }


def summarise(
    started: float, out_dir: Path, documents: list[Document], tables: Tables, reused: int, files: list[Path]
) -> Summary:
    """The Summary of a finished run, from its documents and validated tables; `reused` is how many
    documents came from the cache."""
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
        reject_checks=reject_checks(tables),
    )


def reject_checks(tables: Tables) -> dict[str, int]:
    """How many rows each failed check (as `table: check`) sent to the rejects table, most first."""
    rejects = tables.frames["rejects"]
    counts = (rejects["table"] + ": " + rejects["check"]).value_counts()
    return {str(check): int(n) for check, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))}


def cache_for(out_dir: Path, settings: Settings, full: bool) -> ResultCache:
    """The result cache of `out_dir`, keyed on the model's version as its meta states it: the parent
    process never loads the model."""
    return open_cache(out_dir, settings, model_version(settings.model), full)


def _no_account(summary: Summary, tables: Tables, review: Path | None) -> None:
    """A plain run's summary is its return value; the flow also posts it to the UI."""


@dataclass(frozen=True)
class Steps:
    """The stages `run` calls, in its order. The defaults are the plain functions; the flow
    passes its Prefect tasks instead."""

    ingest: Callable[[Path, Settings], list[Document]] = ingest
    plan: Callable[[list[Document], Settings, ResultCache | None], Plan] = plan
    extract: Callable[[Plan, Settings, Progress | None], list[BatchResult]] = run_plan
    validate: Callable[[list[Document], dict], Tables] = build_tables
    write: Callable[..., list[Path]] = publish
    account: Callable[[Summary, Tables, Path | None], None] = _no_account


def run(
    input_dir: Path,
    out_dir: Path,
    settings: Settings,
    full: bool = False,
    run_id: str = "local",
    progress: Progress | None = None,
    steps: Steps = Steps(),
    review: bool = False,
    replace: bool = False,
) -> Summary:
    """Every file under `input_dir` extracted (or reused from the cache) and published to
    `out_dir` as one set, with the HTML review pages when `review`. Tables of another input
    folder are replaced only when `replace` (see `ownership.check_input`). A stop requested
    on the way (SIGTERM) ends the run before anything is published."""
    started = time.time()
    with output_lock(out_dir, input_dir):
        previous = read_manifest(out_dir)
        check_input(out_dir, previous, input_dir, replace)
        documents = steps.ingest(input_dir, settings)
        cache = cache_for(out_dir, settings, full)
        work = steps.plan(documents, settings, cache)
        gathered = finish(work, steps.extract(work, settings, progress), cache)
        documents = settle(documents, gathered)
        tables = steps.validate(documents, gathered.records)
        record = manifest(run_id, started, input_dir, settings, documents, tables, cache, review)
        stopping.raise_if_requested()
        files = steps.write(tables, out_dir, record, previous, _review_writer() if review else None)
    summary = summarise(started, out_dir, documents, tables, gathered.reused, files)
    steps.account(summary, tables, out_dir / REPORT_NAME if review else None)
    return summary


def _review_writer() -> Callable[[Path, Path], object]:
    from .report import write_report

    return write_report
