"""Per-document results, cached by everything that can change them, for cheap reruns.

An entry is keyed by the document (path id and content hash) and a fingerprint of the
code, the pattern files, the model and the extraction settings; any change to one of them
is a miss. Entries are JSON (never pickle: nothing read back is executed) and written
atomically; a corrupt entry is a miss, not a crash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from .errors import OutputDirError
from .ingest import Document, stable_id
from .ownership import CACHE_DIR
from .settings import Settings
from .write import write_bytes_atomic


def _source_digest() -> str:
    """A hash of the package's code and pattern files, so a changed rule invalidates results."""
    h = hashlib.sha256()
    root = files("vocextract")
    stack = [root]
    entries = []
    while stack:
        for entry in stack.pop().iterdir():
            if entry.is_dir():
                stack.append(entry)
            elif entry.name.endswith((".py", ".jsonl", ".tsv", ".txt")):
                entries.append(entry)
    for entry in sorted(entries, key=lambda e: str(e)):
        h.update(str(entry).rsplit("vocextract", 1)[-1].encode())
        h.update(entry.read_bytes())
    return h.hexdigest()[:16]


def fingerprint(settings: Settings, model_version: str) -> str:
    """What every entry is keyed on besides the document: the code and pattern files, the model
    version and the settings that change results; those that only spread the work (workers,
    limits) are left out, so changing them keeps the cache."""
    return stable_id(_source_digest(), model_version, settings.types, settings.parse_chunk_chars, settings.rules_only)


def open_cache(out_dir: Path, settings: Settings, model_version: str, full: bool) -> ResultCache:
    """The cache that lives beside a run's tables; `full` ignores what it holds."""
    return ResultCache(Path(out_dir) / CACHE_DIR, fingerprint(settings, model_version), read=not full)


@dataclass(frozen=True)
class ResultCache:
    """Entries under `directory`; with `read=False` (a full run) every lookup misses."""

    directory: Path
    fingerprint: str
    read: bool = True

    def _path(self, doc: Document) -> Path:
        return self.directory / self.entry_name(doc)

    def entry_name(self, doc: Document) -> str:
        """The entry's file name: changes with the document's content and the fingerprint."""
        return f"{stable_id(doc.doc_id, doc.sha256, self.fingerprint)}.json"

    def get(self, doc: Document) -> dict[str, list[dict]] | None:
        """The document's cached records, or None on any miss: reading off, no entry, an unreadable or
        corrupt one, or one written for another document or content."""
        if not self.read:
            return None
        try:
            entry = json.loads(self._path(doc).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if entry.get("doc_id") != doc.doc_id or entry.get("sha256") != doc.sha256:
            return None
        return entry.get("records")

    def put(self, doc: Document, records: dict[str, list[dict]]) -> None:
        """Store one document's records; a full disk ends the run cleanly, the tables untouched."""
        entry = {"doc_id": doc.doc_id, "sha256": doc.sha256, "records": records}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self._path(doc), json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            raise OutputDirError(
                self.directory.parent, f"{exc.strerror or exc} while caching results; the previous tables are left as they were"
            ) from exc
