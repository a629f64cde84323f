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
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from . import __version__, stopping
from .batching import BatchResult, Plan, Progress, finish, plan, run_plan, settle
from .cache import ResultCache, open_cache
from .corrections import REJECTED, Corrections, Outcome, not_in_run
from .corrections import apply as apply_corrections
from .harmonise import one_kind_per_name
from .ingest import Document, Found, ReadJob, discover, isolated, printable, read_document, skipped
from .nlp import model_version
from .output import Digest, most
from .ownership import MANIFEST, REPORT_NAME, check_input, read_manifest, table_files
from .patterns import pattern_files_digest
from .settings import Settings
from .tables import Tables, build_tables
from .workers import Failed, supervise
from .schemas import MENTION_TABLES, TABLES
from .write import Staging, output_lock, staging


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
    excluded: dict[str, str] = field(default_factory=dict)
    review: Outcome | None = None

    @property
    def clean(self) -> bool:
        """No failed documents and no row rejected by validation (a reviewer's rejections are
        what the user asked for): `vocextract run` exits 0 only then."""
        invalid = sum(n for check, n in self.reject_checks.items() if not check.endswith(f": {REJECTED}"))
        return not self.failed and not invalid

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
            return f"{done}; {self.rejects} rows rejected ({why}): see rejects.parquet"
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
        if self.review is not None:
            lines.append(self.review.text())
            lines += [f"not applied: {c['path']} {c['mention_id'] or '(added)'}: {c['reason']}" for c in self.review.stale[:5]]
        lines += [f"excluded: {path} ({rule})" for path, rule in list(self.excluded.items())[:5]]
        if len(self.excluded) > 5:
            lines.append(f"excluded: {len(self.excluded) - 5} more, each with its rule in manifest.json")
        lines.append(f"time: {self.seconds:.1f} s; tables in {self.out_dir}")
        return "\n".join(lines)


def listing(input_dir: Path, settings: Settings) -> list[Found]:
    """Every file under `input_dir` (see `ingest.discover`), those beyond `max_documents`
    marked not to be read, so a runaway folder neither exhausts memory nor disappears from the
    accounts; the excluded ones last, marked with their rule."""
    limit = settings.max_documents
    over = f"over the max_documents limit ({limit:,}): not read; raise the limit or split the folder"
    found = discover(input_dir, settings)
    kept = [f for f in found if not f.excluded]
    marked = [f._replace(problem=f.problem or (over if i >= limit else None)) for i, f in enumerate(kept)]
    return marked + [f for f in found if f.excluded]


def partitions(found: list[Found], settings: Settings) -> list[list[Found]]:
    """The files to read (not the excluded ones) cut, in their order, into partitions of at most
    `partition_mb` of input (a file larger than that alone); always at least one, so a run of
    an empty folder still writes its (empty) tables."""
    parts: list[list[Found]] = [[]]
    size = 0
    for entry in (f for f in found if not f.excluded):
        bytes_ = _size(entry)
        if parts[-1] and size + bytes_ > settings.partition_bytes:
            parts.append([])
            size = 0
        parts[-1].append(entry)
        size += bytes_
    return parts


def _size(entry: Found) -> int:
    if entry.problem:
        return 0
    try:
        return entry.path.stat().st_size
    except OSError:
        return 0


def read(input_dir: Path, found: list[Found], settings: Settings) -> list[Document]:
    """The files `found` under `input_dir` as Documents (failed ones included, with the reason).

    PDF, DOCX, PPTX and HTML files are read on supervised worker processes (see
    `ingest.isolated`): one that hangs a parser or inflates past the memory limit fails alone.
    """
    root = Path(input_dir)
    by_key: dict[str, Document] = {}
    later: list[Path] = []
    for path, problem, _ in found:
        if problem:
            by_key[str(path)] = skipped(path, root, problem)
        elif isolated(path, settings):
            later.append(path)
        else:
            by_key[str(path)] = read_document(path, root, settings)

    def done(key: str, outcome: Document | Failed) -> None:
        by_key[key] = skipped(Path(key), root, outcome.reason) if isinstance(outcome, Failed) else outcome

    workers = min(settings.worker_count, len(later))
    supervise([later[i::workers] for i in range(workers)], ReadJob(root, settings), settings, workers, done)
    return [by_key[str(path)] for path, *_ in found]


def ingest(input_dir: Path, settings: Settings) -> list[Document]:
    """Every file under `input_dir` that no rule excludes as a Document, in one go (see `read`)."""
    return read(input_dir, [f for f in listing(input_dir, settings) if not f.excluded], settings)


def run_markdown(summary: Summary, tally: Tally, top: int = 10, review: Path | None = None) -> str:
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
    for title, counts in (("Top countries", tally.digest.countries), ("Top organisations", tally.digest.organisations)):
        lines += ["", f"## {title}", "", "| name | mentions |", "|---|---|"]
        lines += [f"| {name} | {n} |" for name, n in most(counts, top)]
    if summary.failed:
        lines += ["", "## Failed documents", "", "| path | error |", "|---|---|"]
        lines += [f"| {path} | {error} |" for path, error in summary.failed.items()]
    if summary.excluded:
        lines += ["", "## Excluded files (never read)", "", "| path | rule |", "|---|---|"]
        lines += [f"| {path} | {rule} |" for path, rule in list(summary.excluded.items())[:top * 10]]
        if len(summary.excluded) > top * 10:
            lines += ["", f"and {len(summary.excluded) - top * 10:,} more, all in manifest.json"]
    if summary.reject_checks:
        lines += ["", "## Rejected rows (in rejects.parquet)", "", "| table: check | rows |", "|---|---|"]
        lines += [f"| {check} | {n} |" for check, n in summary.reject_checks.items()]
    lines += ["", f"Tables in `{summary.out_dir}`."]
    if review:
        lines += ["", f"Review report: `{Path(review).absolute()}`; to open it in a browser, run "
                      f"`vocextract report {Path(summary.out_dir).absolute()} --serve` and open the address it prints."]
    return "\n".join(lines)


@dataclass
class Tally:
    """What a run keeps of each partition once its tables are written: the documents without
    their texts, the `Digest` of its tables, how many documents came from the cache, the
    files excluded and the kind decided for each organisation name (see `harmonise`). All the
    accounts need, and small whatever the corpus (see docs/design.md, "Partitioned runs")."""

    documents: list[Document] = field(default_factory=list)
    digest: Digest = field(default_factory=Digest)
    reused: int = 0
    excluded: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    review: Outcome | None = None

    def add(self, documents: list[Document], tables: Tables, reused: int = 0) -> None:
        """One partition's documents and validated tables counted in."""
        self.documents += [replace(d, text="", pages=(), furniture=()) for d in documents]
        self.digest.add(tables.frames)
        self.reused += reused

    @classmethod
    def of(cls, documents: list[Document], tables: Tables) -> Tally:
        """The tally of a run of one partition."""
        tally = cls()
        tally.add(documents, tables)
        return tally


def document_counts(tally: Tally, limit: int | None = None) -> list[dict]:
    """One row per document, its status and how many rows it has in each mention table; the
    failed ones first, and no more than `limit` (a UI table of 100,000 rows helps nobody)."""
    docs = tally.digest.documents_frame()
    docs = docs.iloc[(docs["status"] == "ok").argsort(kind="stable")].head(limit)
    return [
        {"path": row["path"], "status": row["status"], "error": row["error"] or ""} | {t: int(row[t]) for t in MENTION_TABLES}
        for row in docs.to_dict("records")
    ]


def set_files(documents: list[Document], parts: int, review: bool) -> list[str]:
    """Every file of a run's set, relative to its folder: the manifest lists them, so that the
    set can be removed by its list and nothing else (see `ownership.remove_set`)."""
    from .report import page_name

    files = [name for table in TABLES for name in table_files(table, parts)] + [MANIFEST]
    if review:
        files += [REPORT_NAME] + [page_name(d.doc_id) for d in documents]
    return sorted(files)


def cache_entries(documents: list[Document], cache: ResultCache | None) -> list[str]:
    """The cache entries this run's documents use: the next run deletes those it no longer needs."""
    return sorted(cache.entry_name(d) for d in documents if d.ok) if cache else []


def manifest(
    run_id: str, started: float, input_dir: Path, settings: Settings, tally: Tally, parts: int,
    cache: ResultCache | None, review: bool,
) -> dict:
    """The run's record: inputs, settings, versions, row counts, and the files it owns."""
    return {
        "run_id": run_id,
        "run_at": datetime.fromtimestamp(started, timezone.utc).isoformat(),
        "started": datetime.fromtimestamp(started, timezone.utc).isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "input_dir": str(Path(input_dir).resolve()),
        "settings": asdict(settings),
        "inputs": [{"path": d.path, "sha256": d.sha256, "status": d.status, "error": d.error} for d in tally.documents],
        "excluded": [{"path": path, "rule": rule} for path, rule in sorted(tally.excluded.items())],
        "corrections": tally.review and {"applied": dict(sorted(tally.review.applied.items())), "not_applied": tally.review.stale},
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
        "rows": dict(tally.digest.rows),
        "partitions": parts,
        "files": set_files(tally.documents, parts, review),
        "cache": cache_entries(tally.documents, cache),
    }


def summarise(started: float, out_dir: Path, tally: Tally, files: list[Path]) -> Summary:
    """The Summary of a finished run, from the tally of its partitions."""
    documents = tally.documents
    return Summary(
        documents=len(documents),
        processed=sum(d.ok for d in documents),
        failed={d.path: d.error or "" for d in documents if not d.ok},
        rows=dict(tally.digest.rows),
        rejects=tally.digest.rows["rejects"],
        seconds=round(time.time() - started, 2),
        out_dir=str(out_dir),
        reused=tally.reused,
        excluded=dict(sorted(tally.excluded.items())),
        review=tally.review,
        files=[str(p) for p in files],
        reject_checks=dict(most(tally.digest.reject_checks, len(tally.digest.reject_checks))),
    )


def cache_for(out_dir: Path, settings: Settings, full: bool) -> ResultCache:
    """The result cache of `out_dir`, keyed on the model's version as its meta states it: the parent
    process never loads the model."""
    return open_cache(out_dir, settings, model_version(settings.model), full)


def _no_account(summary: Summary, tally: Tally, review: Path | None) -> None:
    """A plain run's summary is its return value; the flow also posts it to the UI."""


def write_part(stage: Staging, tables: Tables, part: int) -> None:
    """One partition's tables into the staged set."""
    stage.write(tables, part)


def commit(stage: Staging, record: dict, previous: dict | None, report: Callable[[Path, Path], object] | None) -> list[Path]:
    """The staged set's manifest and report added and the set switched live (see `write.Staging`)."""
    return stage.commit(record, previous, report)


@dataclass(frozen=True)
class Steps:
    """The stages `run` calls, in its order. The defaults are the plain functions; the flow
    passes its Prefect tasks instead."""

    ingest: Callable[[Path, list[Found], Settings], list[Document]] = read
    plan: Callable[[list[Document], Settings, ResultCache | None], Plan] = plan
    extract: Callable[[Plan, Settings, Progress | None], list[BatchResult]] = run_plan
    validate: Callable[[list[Document], dict, datetime], Tables] = build_tables
    write: Callable[[Staging, Tables, int], None] = write_part
    publish: Callable[..., list[Path]] = commit
    account: Callable[[Summary, Tally, Path | None], None] = _no_account


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
    corrections: Corrections | None = None,
) -> Summary:
    """Every file under `input_dir` extracted (or reused from the cache) and published to
    `out_dir` as one set, with the HTML review pages when `review`. The files go through in
    partitions of `partition_mb`, each written before the next is read, so memory is bounded
    by the partition (see docs/design.md, "Partitioned runs"). Tables of another input folder
    are replaced only when `replace` (see `ownership.check_input`). A reviewer's `corrections`
    are applied to the records of each partition before validation (see `corrections`). A stop
    requested on the way (SIGTERM) ends the run before anything is published."""
    started = time.time()
    run_at = datetime.fromtimestamp(started, timezone.utc)
    with output_lock(out_dir, input_dir):
        previous = read_manifest(out_dir)
        check_input(out_dir, previous, input_dir, replace)
        found = listing(input_dir, settings)
        parts = partitions(found, settings)
        cache = cache_for(out_dir, settings, full)
        tally = Tally(review=Outcome() if corrections is not None else None, excluded={printable(Path(f.path).relative_to(input_dir).as_posix()): f.excluded for f in found if f.excluded})
        with staging(out_dir, len(parts)) as stage:
            for i, part in enumerate(parts):
                stopping.raise_if_requested()
                told = _across(progress, tally, parts[i + 1:]) if progress and len(parts) > 1 else progress
                documents = steps.ingest(input_dir, part, settings)
                work = steps.plan(documents, settings, cache)
                gathered = finish(work, steps.extract(work, settings, told), cache)
                documents = settle(documents, gathered)
                records = one_kind_per_name(gathered.records, tally.kinds)
                if corrections is not None:
                    records = reviewed(documents, records, corrections, tally.review)
                tables = steps.validate(documents, records, run_at)
                steps.write(stage, tables, i)
                tally.add(documents, tables, gathered.reused)
            if corrections is not None:
                tally.review.stale += not_in_run(corrections, tally.documents)
            record = manifest(run_id, started, input_dir, settings, tally, len(parts), cache, review)
            stopping.raise_if_requested()
            files = steps.publish(stage, record, previous, _review_writer() if review else None)
    summary = summarise(started, out_dir, tally, files)
    steps.account(summary, tally, out_dir / REPORT_NAME if review else None)
    return summary


def reviewed(documents: list[Document], records: dict, corrections: Corrections, outcome: Outcome) -> dict:
    """The partition's records with the reviewer's decisions on its documents applied; those on
    a document that failed in this run are reported, not applied."""
    out = dict(records)
    for doc in documents:
        decisions = corrections.of(doc)
        if decisions and doc.doc_id in records:
            out[doc.doc_id] = apply_corrections(doc, records[doc.doc_id], decisions, outcome)
        elif decisions:
            outcome.stale += [{"path": doc.path, "mention_id": d.get("mention_id"), "reason": "the document failed in this run"}
                              for d in decisions]
    return out


def _across(progress: Progress, tally: Tally, later: list[list[Found]]) -> Progress:
    """Progress counted over the whole run, not the partition: the documents of the partitions
    done before it, and the files of those still to come, counted in."""
    before = sum(d.ok for d in tally.documents)
    coming = sum(not entry.problem for part in later for entry in part)
    return lambda done, total, path, found: progress(before + done, before + total + coming, path, found)


def _review_writer() -> Callable[[Path, Path], object]:
    from .report import write_report

    return write_report
