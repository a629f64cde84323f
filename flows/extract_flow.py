"""The Prefect flow: discover and ingest, extract, validate, write. It only orchestrates.

Run it with `python flows/extract_flow.py` or `vocextract run`; with no Prefect server
configured it runs in Prefect's ephemeral mode.
"""

from __future__ import annotations

import time
from dataclasses import asdict
from pathlib import Path
from typing import Literal

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from vocextract import pipeline
from vocextract.ingest import Document
from vocextract.paths import allowed_roots, confine
from vocextract.settings import DEFAULT_MODEL, MENTION_TYPES, Settings
from vocextract.tables import Tables, build_tables
from vocextract.write import output_lock, write_all

MentionType = Literal["NUMBER", "YEAR", "COUNTRY", "ORG"]


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def ingest(input_dir: Path, settings: Settings) -> list[Document]:
    documents = pipeline.ingest(input_dir, settings)
    get_run_logger().info("found %d files (%d readable)", len(documents), sum(d.ok for d in documents))
    return documents


@task(cache_policy=NO_CACHE)
def extract(documents: list[Document], settings: Settings, out_dir: Path, full: bool) -> pipeline.Extraction:
    logger = get_run_logger()

    def progress(i: int, n: int, doc: Document, rows: int) -> None:
        logger.info("[%d/%d] %s: %d mentions", i, n, doc.path, rows)

    return pipeline.extract(documents, settings, pipeline.cache_for(out_dir, settings, full), progress)


@task(cache_policy=NO_CACHE)
def validate(documents: list[Document], mentions: dict) -> Tables:
    return build_tables(documents, mentions)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def write(tables: Tables, out_dir: Path, manifest: dict) -> list[Path]:
    return write_all(tables, out_dir, manifest)


@flow(name="vocextract", log_prints=True)
def extract_flow(
    input_dir: str = "raw",
    output_dir: str = "output",
    model: str = DEFAULT_MODEL,
    types: list[MentionType] = list(MENTION_TYPES),
    workers: int = 0,
    full: bool = False,
) -> dict:
    """Extract numbers, years, countries and organisations from every text in a folder.

    Args:
        input_dir: Folder of raw texts (searched recursively); must lie inside the allowed roots.
        output_dir: Folder the Parquet tables and manifest.json are written to; inside the allowed roots.
        model: Installed spaCy model to parse with.
        types: Mention types to extract.
        workers: Processes to extract with; 0 means one per core.
        full: Ignore cached per-document results and redo every document.
    """
    started = time.time()
    settings = Settings(model=model, types=tuple(types), workers=workers)
    roots = allowed_roots()
    source, target = confine("input_dir", input_dir, roots), confine("output_dir", output_dir, roots)
    with output_lock(target):
        documents = ingest(source, settings)
        extraction = extract(documents, settings, target, full)
        tables = validate(documents, extraction.records)
        run_id = flow_run.get_id() or "local"
        manifest = pipeline.manifest(run_id, started, source, settings, documents, tables)
        files = write(tables, target, manifest)
    summary = pipeline.summarise(started, target, documents, tables, extraction.reused, files)
    get_run_logger().info("summary\n%s", summary.text())
    return asdict(summary) | {"clean": summary.clean}


if __name__ == "__main__":
    extract_flow()
