"""The pipeline's stages as plain functions; the Prefect flow wires them as tasks.

discover -> ingest -> extract -> build_tables (validate) -> write. Each stage takes and
returns plain values, so it is testable without Prefect and reusable by benchmarks.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from . import __version__
from .extract import extract_document
from .ingest import Document, discover, read_document, skipped
from .nlp import load_pipeline, model_version
from .patterns import pattern_files_digest
from .settings import Settings
from .tables import Tables, build_tables, mention_records
from .write import output_lock, write_all

Progress = Callable[[int, int, Document, int], None]


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
    files: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.failed and not self.rejects

    def text(self) -> str:
        lines = [
            f"documents: {self.documents} ({self.processed} processed, {len(self.failed)} failed)",
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
    paths = discover(Path(input_dir), settings)
    limit = settings.max_documents
    over = f"over the max_documents limit ({limit:,}): not read; raise the limit or split the folder"
    return [
        read_document(path, Path(input_dir), settings) if i < limit else skipped(path, Path(input_dir), over)
        for i, path in enumerate(paths)
    ]


def extract(documents: list[Document], settings: Settings, progress: Progress | None = None) -> dict[str, dict[str, list[dict]]]:
    """Mention records per document and table; the model is loaded once for all of them."""
    nlp = load_pipeline(settings.model)
    out: dict[str, dict[str, list[dict]]] = {}
    ok = [d for d in documents if d.ok]
    for i, doc in enumerate(ok, 1):
        rows = extract_document(doc.text, nlp, settings)
        out[doc.doc_id] = mention_records(doc.doc_id, rows)
        if progress:
            progress(i, len(ok), doc, len(rows))
    return out


def manifest(run_id: str, started: float, input_dir: Path, settings: Settings, documents: list[Document], tables: Tables) -> dict:
    nlp = load_pipeline(settings.model)
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
    }


def summarise(started: float, out_dir: Path, documents: list[Document], tables: Tables, files: list[Path]) -> Summary:
    return Summary(
        documents=len(documents),
        processed=sum(d.ok for d in documents),
        failed={d.path: d.error or "" for d in documents if not d.ok},
        rows=tables.counts(),
        rejects=len(tables.frames["rejects"]),
        seconds=round(time.time() - started, 2),
        out_dir=str(out_dir),
        files=[str(p) for p in files],
    )


def run(input_dir: Path, out_dir: Path, settings: Settings, run_id: str = "local", progress: Progress | None = None) -> Summary:
    """The whole pipeline without Prefect: for tests, evaluation and benchmarks."""
    started = time.time()
    with output_lock(out_dir):
        documents = ingest(input_dir, settings)
        tables = build_tables(documents, extract(documents, settings, progress))
        files = write_all(tables, out_dir, manifest(run_id, started, input_dir, settings, documents, tables))
    return summarise(started, out_dir, documents, tables, files)
