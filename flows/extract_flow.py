"""The Prefect flow: ingest, plan, extract in batches, validate, write, report. It only orchestrates.

Run it with `python flows/extract_flow.py`, `vocextract run`, or from the Prefect UI once
`vocextract serve` serves it as a deployment. With no Prefect server configured it runs in
Prefect's ephemeral mode.
"""


import time
from dataclasses import asdict
from pathlib import Path
from typing import Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from vocextract import pipeline, stopping
from vocextract.errors import VocextractError
from vocextract.ingest import Document
from vocextract.ownership import REPORT_NAME, read_manifest
from vocextract.paths import allowed_roots, confine
from vocextract.report import write_report
from vocextract.settings import DEFAULT_MODEL, MENTION_TYPES, Settings
from vocextract.tables import Tables, build_tables
from vocextract.write import output_lock, publish

MentionType = Literal["NUMBER", "YEAR", "COUNTRY", "ORG"]
Runner = Literal["process", "thread", "dask"]


def transient(task, task_run, state) -> bool:
    """Retry a file-system step only after a passing fault: one of ours (a full disk, a folder
    that is not ours) would fail the same way again, so it ends the run at once."""
    return not isinstance(state.data, VocextractError)


FILE_SYSTEM = {"retries": 2, "retry_delay_seconds": 2, "retry_condition_fn": transient, "timeout_seconds": 900,
               "cache_policy": NO_CACHE}


@task(**FILE_SYSTEM)
def ingest(input_dir: Path, settings: Settings) -> list[Document]:
    documents = pipeline.ingest(input_dir, settings)
    get_run_logger().info("found %d files (%d readable)", len(documents), sum(d.ok for d in documents))
    return documents


@task(**FILE_SYSTEM)
def plan(documents: list[Document], settings: Settings, cache) -> pipeline.Plan:
    work = pipeline.plan(documents, settings, cache)
    get_run_logger().info(
        "%d documents reused from the cache, %d to extract in %d batches",
        len(work.cached), sum(map(len, work.batches)), len(work.batches),
    )
    return work


@task(cache_policy=NO_CACHE)
def extract_batch(batch: list[Document], settings: Settings) -> pipeline.BatchResult:
    return pipeline.extract_batch(batch, settings)


def _progress(work: pipeline.Plan):
    """Log each document as it completes: '[done/total] path: n mentions' (or 'failed')."""
    logger = get_run_logger()
    return pipeline.reporter(work, lambda i, n, path, found: logger.info(
        "[%d/%d] %s: %s", i, n, path, "failed" if found is None else f"{found} mentions"))


def extract_batches(work: pipeline.Plan, settings: Settings, runner: TaskRunner) -> list[pipeline.BatchResult]:
    """Batches spread over the runner's workers; each worker loads the model once.

    Tasks go to the runner directly: a subflow would send every batch's text to the API as
    its parameters, which Prefect caps at 512 KiB.
    """
    log = _progress(work)
    results = []
    with runner:
        futures = [runner.submit(extract_batch, parameters={"batch": b, "settings": settings}) for b in work.batches]
        for future in futures:
            results.append(future.result())
            log(results[-1])
    return results


@task(cache_policy=NO_CACHE)
def extract_local(work: pipeline.Plan, settings: Settings) -> list[pipeline.BatchResult]:
    """Batches on supervised worker processes (each document under `document_seconds`, a dead
    worker costing only its document), or inline with no limit: each worker loads the model
    once and none starts a Prefect API of its own (Prefect's process runner gives every worker
    its own ephemeral server when no server is configured)."""
    return pipeline.run_batches(work, settings, _progress(work))


def task_runner(runner: Runner, workers: int, dask_address: str) -> TaskRunner:
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        cluster = {"n_workers": workers, "processes": True, "threads_per_worker": 1, "dashboard_address": None}
        return DaskTaskRunner(cluster_kwargs=cluster)
    return ThreadPoolTaskRunner(max_workers=workers)


@task(cache_policy=NO_CACHE)
def validate(documents: list[Document], records: dict) -> Tables:
    return build_tables(documents, records)


@task(**FILE_SYSTEM)
def write(tables: Tables, out_dir: Path, manifest: dict, previous: dict) -> list[Path]:
    """Tables, manifest and HTML review report staged as one set and switched live at once."""
    return publish(tables, out_dir, manifest, previous, report=write_report)


@task(cache_policy=NO_CACHE)
def report(summary: pipeline.Summary, tables: Tables, review: Path) -> None:
    create_markdown_artifact(pipeline.run_report(summary, tables, review=review), key="vocextract-run-report",
                             description="Documents, rows per table, rejects, top countries and organisations")
    create_table_artifact(pipeline.document_counts(tables), key="vocextract-documents",
                          description="Per-document status and mention counts")


@flow(name="vocextract", log_prints=True)
def extract_flow(
    input_dir: str = "raw",
    output_dir: str = "output",
    model: str = DEFAULT_MODEL,
    types: list[MentionType] = list(MENTION_TYPES),
    workers: int = 0,
    runner: Runner = "process",
    dask_address: str = "",
    batch_chars: int = 200_000,
    rules_only: bool = False,
    document_seconds: int = 600,
    worker_memory_mb: int = 3_000,
    full: bool = False,
) -> dict:
    """Extract numbers, years, countries and organisations from every text in a folder.

    Args:
        input_dir: Folder of raw texts (searched recursively); must lie inside the allowed roots.
        output_dir: Folder the Parquet tables and manifest.json are written to; inside the allowed roots.
        model: Installed spaCy model to parse with.
        types: Mention types to extract.
        workers: Worker processes for extraction; 0 means one per core.
        runner: Where batches run: `process` (local worker processes), `thread`, or `dask`.
        dask_address: Scheduler address of an existing Dask cluster (runner `dask`); empty starts a local one.
        batch_chars: At most how many characters of text go to a worker at a time (smaller batches
            are made so every worker gets several).
        rules_only: Skip the statistical model (about 10x faster): NUMBER, YEAR and COUNTRY only,
            and facts without the quantified noun phrase; `types` must then leave out ORG.
        document_seconds: A document whose extraction takes longer fails "timed out" (process
            runner); 0 means no limit.
        worker_memory_mb: Memory limit of each extraction worker process; a document that needs
            more fails alone.
        full: Ignore cached per-document results and redo every document.
    """
    started = time.time()
    stopping.watch()
    settings = Settings(model=model, types=tuple(types), workers=workers, batch_chars=batch_chars,
                        rules_only=rules_only, document_seconds=document_seconds, worker_memory_mb=worker_memory_mb)
    if settings.workers_note:
        get_run_logger().warning(settings.workers_note)
    roots = allowed_roots()
    source, target = confine("input_dir", input_dir, roots), confine("output_dir", output_dir, roots)
    with output_lock(target, source):
        previous = read_manifest(target)
        documents = ingest(source, settings)
        cache = pipeline.cache_for(target, settings, full)
        work = plan(documents, settings, cache)
        if runner != "process" and settings.worker_count > 1 and len(work.batches) > 1:
            results = extract_batches(work, settings, task_runner(runner, settings.worker_count, dask_address))
        else:
            results = extract_local(work, settings)
        extraction = pipeline.finish(work, results, cache)
        documents = pipeline.settle(documents, extraction)
        tables = validate(documents, extraction.records)
        run_id = str(flow_run.get_id() or "local")
        manifest = pipeline.manifest(run_id, started, source, settings, documents, tables, cache, report=True)
        stopping.raise_if_requested()
        files = write(tables, target, manifest, previous)
        review = target / REPORT_NAME
    summary = pipeline.summarise(started, target, documents, tables, extraction.reused, files)
    report(summary, tables, review)
    get_run_logger().info("summary\n%s", summary.text())
    return asdict(summary) | {"clean": summary.clean}


if __name__ == "__main__":
    extract_flow()
