"""The Prefect flow: `pipeline.run` with its stages as Prefect tasks. It only orchestrates.

`run_flow` takes one `Settings` and the allowed roots and returns the run's `Summary`; it is
what `vocextract run` calls. `extract_flow` is the form the Prefect UI shows, so its
parameters are flat and typed; it turns them into a `Settings`, takes the allowed roots from
the configuration (a UI user may type any path) and runs `run_flow`'s body, so the command
line and the UI take one path.
With no Prefect server configured it runs in Prefect's ephemeral mode. Annotations here are
evaluated, not postponed: Prefect builds the form and validates a served run's parameters
from them, and cannot resolve a postponed `list[Name]` in a run started by `serve`.
"""

from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from tqdm import tqdm

from . import cluster, pipeline, stopping
from .batching import BatchResult, Plan, Progress, extract_batch, progress_teller, run_plan
from .corrections import read as read_corrections
from .errors import DocumentsFailedError, VocextractError
from .ingest import Document, Found
from .mention_types import NAMES, Name
from .paths import allowed_roots, confine
from .progress import Pace
from .settings import DEFAULT_MODEL, Settings
from .tables import Tables, build_tables
from .write import Staging

Runner = Literal["process", "thread", "dask"]
ARTIFACT_ROWS = 1_000


def transient(task, task_run, state) -> bool:
    """Retry a file-system step only after a passing fault: one of ours (a full disk, a folder
    that is not ours) would fail the same way again, so it ends the run at once."""
    return not isinstance(state.data, VocextractError)


FILE_SYSTEM = {"retries": 2, "retry_delay_seconds": 2, "retry_condition_fn": transient, "timeout_seconds": 900,
               "cache_policy": NO_CACHE}


@task(**FILE_SYSTEM)
def ingest(input_dir: Path, found: list[Found], settings: Settings) -> list[Document]:
    """`pipeline.read` of one partition's files as a retried task that logs how many were read."""
    documents = pipeline.read(input_dir, found, settings)
    get_run_logger().info("read %d files (%d readable)", len(documents), sum(d.ok for d in documents))
    return documents


@task(**FILE_SYSTEM)
def plan(documents: list[Document], settings: Settings, cache) -> Plan:
    """`pipeline.plan` as a task that logs what the cache saves and how the rest is batched."""
    work = pipeline.plan(documents, settings, cache)
    get_run_logger().info(
        "%d documents reused from the cache, %d to extract in %d batches",
        len(work.cached), sum(map(len, work.batches)), len(work.batches),
    )
    return work


@task(cache_policy=NO_CACHE)
def extract_one_batch(batch: list[Document], settings: Settings) -> BatchResult:
    """One batch as a task, so the `thread` runner can run it on a thread of its own (see
    `extract_on_threads`)."""
    return extract_batch(batch, settings)


@task(cache_policy=NO_CACHE)
def extract_local(work: Plan, settings: Settings, progress: Progress) -> list[BatchResult]:
    """Batches on supervised worker processes (each document under `document_seconds`, a dead
    worker costing only its document), or inline with no limit: each worker loads the model
    once and none starts a Prefect API of its own (Prefect's process runner gives every worker
    its own ephemeral server when no server is configured)."""
    return run_plan(work, settings, progress)


def extract_on_threads(work: Plan, settings: Settings, progress: Progress) -> list[BatchResult]:
    """Batches spread over a pool of threads, one Prefect task each, in this process.

    Tasks go to the runner directly: a subflow would send every batch's text to the API as
    its parameters, which Prefect caps at 512 KiB.
    """
    told = progress_teller(work, progress)
    results = []
    with ThreadPoolTaskRunner(max_workers=settings.worker_count) as runner:
        futures = [runner.submit(extract_one_batch, parameters={"batch": b, "settings": settings}) for b in work.batches]
        for future in futures:
            results.append(future.result())
            told(results[-1])
    return results


@task(cache_policy=NO_CACHE)
def extract_on_dask(work: Plan, settings: Settings, session: cluster.Session, progress: Progress) -> list[BatchResult]:
    """Batches on the run's Dask cluster (see `cluster.Session`)."""
    client = session.client()
    get_run_logger().info("extracting on the Dask cluster %s (%d worker threads)", session.address, cluster.threads(client))
    return cluster.run_batches(client, work, settings, progress)


@task(cache_policy=NO_CACHE)
def validate(documents: list[Document], records: dict, run_at: datetime) -> Tables:
    """`build_tables` as a task: the tables validated, bad rows moved to the rejects table."""
    return build_tables(documents, records, run_at)


@task(**FILE_SYSTEM)
def write(stage: Staging, tables: Tables, part: int) -> None:
    """One partition's tables written into the staged set."""
    stage.write(tables, part)


@task(**FILE_SYSTEM)
def publish(stage: Staging, manifest: dict, previous: dict, review) -> list[Path]:
    """Manifest and HTML review report added to the staged set, and the set switched live at once."""
    return stage.commit(manifest, previous, review)


@task(cache_policy=NO_CACHE)
def account(summary: pipeline.Summary, tally: pipeline.Tally, review: Path | None) -> None:
    """The run report and per-document counts as Prefect artifacts, so the UI shows what a run did
    (the run's final state says its verdict; `vocextract run` prints the summary itself)."""
    create_markdown_artifact(pipeline.run_markdown(summary, tally, review=review), key="vocextract-run-report",
                             description="Documents, rows per table, rejects, top countries and organisations")
    rows = pipeline.document_counts(tally, ARTIFACT_ROWS)
    more = f"; the first {len(rows):,} of {summary.documents:,}, failed ones first (all in documents.parquet)"
    create_table_artifact(rows, key="vocextract-documents",
                          description="Per-document status and mention counts" + (more if summary.documents > len(rows) else ""))


def steps(runner: Runner, session: cluster.Session | None = None) -> pipeline.Steps:
    """The run's stages as tasks; batches go to the Dask cluster of `session` for the `dask`
    runner (connected only when there is something to extract), to a pool of threads for the
    `thread` runner when there are several to share, else to the supervised worker processes."""

    def extract(work: Plan, settings: Settings, progress: Progress | None) -> list[BatchResult]:
        progress = progress or (lambda *_: None)
        if runner == "dask":
            return extract_on_dask(work, settings, session, progress) if work.batches else []
        if runner == "thread" and settings.worker_count > 1 and len(work.batches) > 1:
            return extract_on_threads(work, settings, progress)
        return extract_local(work, settings, progress)

    return pipeline.Steps(ingest=ingest, plan=plan, extract=extract, validate=validate, write=write, publish=publish,
                          account=account)


@flow(name="vocextract", log_prints=True)
def run_flow(
    settings: Settings,
    input_dir: Path,
    output_dir: Path,
    roots: tuple[Path, ...],
    full: bool = False,
    runner: Runner = "process",
    dask_address: str = "",
    replace: bool = False,
    corrections: Path | None = None,
) -> State:
    """One run of `pipeline.run` with its stages as tasks, from one `Settings`: both folders
    confined to `roots` (the allowed roots, given, never read from the environment here). An
    error of use (a model not installed, a folder that cannot be used) ends it Failed with
    the error's message and no traceback, the error kept as the state's data.
    `vocextract run` calls it with the folders its user named; the UI's form flow below
    builds the `Settings` and calls its body."""
    stopping.watch()
    if settings.workers_note:
        get_run_logger().warning(settings.workers_note)
    logger = get_run_logger()
    pace, bar = Pace(), None

    def progress(i: int, n: int, path: str, found: int | None) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=n, initial=i - 1, unit="doc", desc="extracting", disable=None, leave=False)
        bar.total = n
        bar.update(i - bar.n)
        rate = pace.text(i, n)
        if pace.due(i, n) and (bar.disable or found is None):
            told = "failed" if found is None else f"{found} mentions"
            logger.info("[%d/%d] %s: %s%s", i, n, path, told, f" ({rate})" if rate else "")

    try:
        source, target = confine("input_dir", str(input_dir), roots), confine("output_dir", str(output_dir), roots)
        reviewed = read_corrections(confine("corrections", str(corrections), roots)) if corrections else None
        session = cluster.Session(dask_address or f"{cluster.LOCAL}{settings.worker_count}")
        try:
            summary = pipeline.run(source, target, settings, full=full, run_id=str(flow_run.get_id() or "local"),
                                   progress=progress, steps=steps(runner, session), review=True, replace=replace,
                                   corrections=reviewed)
        finally:
            session.close()
            if bar is not None:
                bar.close()
    except VocextractError as exc:
        logger.error("%s", exc)
        return Failed(message=str(exc), data=exc)
    return final_state(summary, summary)


def final_state(summary: pipeline.Summary, data) -> State:
    """The run's end as the UI shows it: Failed when a document failed (the tables of the others
    are written all the same), else Completed, the message saying what and where in both cases;
    the same rule as `vocextract run`'s exit status, except that rejected rows are a completed
    run whose message counts them."""
    if summary.failed:
        return Failed(message=summary.verdict(), data=DocumentsFailedError(summary.verdict(), data))
    return Completed(message=summary.verdict(), data=data)


def summary_of(state: State):
    """What a finished flow returned, its documents failed or not; an error that ended the run is raised."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, DocumentsFailedError):
        return result.result
    if isinstance(result, BaseException):
        raise result
    return result


@flow(name="vocextract", log_prints=True)
def extract_flow(
    input_dir: str = "raw",
    output_dir: str = "output",
    model: str = DEFAULT_MODEL,
    types: list[Name] = list(NAMES),
    workers: int = 0,
    runner: Runner = "process",
    dask_address: str = "",
    batch_chars: int = 200_000,
    rules_only: bool = False,
    document_seconds: int = 600,
    worker_memory_mb: int = 3_000,
    partition_mb: float = 128.0,
    exclude: list[str] = [],
    corrections: str = "",
    full: bool = False,
    replace: bool = False,
) -> State:
    """Extract numbers, years, countries and organisations from every text in a folder.

    Args:
        input_dir: Folder of raw texts (searched recursively); must lie inside the allowed roots.
        output_dir: Folder the Parquet tables and manifest.json are written to; inside the allowed roots.
        model: Installed spaCy model to parse with.
        types: Mention types to extract.
        workers: Worker processes for extraction; 0 means one per core.
        runner: Where batches run: `process` (local worker processes), `thread`, or `dask`.
        dask_address: Scheduler address of a running Dask cluster (tcp://host:8786) for runner `dask`, or
            local:N for a local one of N workers; empty starts a local one of `workers` processes.
        batch_chars: At most how many characters of text go to a worker at a time (smaller batches
            are made so every worker gets several).
        rules_only: Skip the statistical model (about 10x faster): NUMBER, YEAR and COUNTRY only,
            and facts without the quantified noun phrase; `types` must then leave out ORG.
        document_seconds: A document whose extraction takes longer fails "timed out" (process
            runner); 0 means no limit.
        worker_memory_mb: Memory limit of each extraction worker process; a document that needs
            more fails alone.
        partition_mb: Input MB read, extracted and written at a time; a larger corpus is written as
            tables of parts (numbers.parquet/part-00000.parquet …), so memory stays bounded.
        exclude: Glob patterns of files or folders to leave out, as lines of the input folder's
            `.vocextractignore` ("notes", "*.bak", "drafts/2024/*"); that file's lines apply too.
        corrections: A corrections file exported from the review report (JSONL): its rejected rows go
            to the rejects table, its fixed and added ones into the tables (`source` "review").
        full: Ignore cached per-document results and redo every document.
        replace: Replace the tables in `output_dir` even when they came from another input folder.
    """
    settings = Settings(model=model, types=tuple(types), workers=workers, batch_chars=batch_chars,
                        rules_only=rules_only, document_seconds=document_seconds, worker_memory_mb=worker_memory_mb,
                        partition_mb=partition_mb, exclude=tuple(exclude))
    state = run_flow.fn(settings, Path(input_dir), Path(output_dir), allowed_roots(), full=full, runner=runner,
                        dask_address=dask_address, replace=replace, corrections=Path(corrections) if corrections else None)
    if state.is_failed() and not isinstance(state.result(raise_on_failure=False), DocumentsFailedError):
        return state
    summary = summary_of(state)
    return final_state(summary, asdict(summary) | {"clean": summary.clean})
