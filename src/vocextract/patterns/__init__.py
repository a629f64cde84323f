"""Pattern and lexicon files: the rules as data, read by the rulers and extractors."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib.resources import files


@functools.cache
def load_patterns(name: str) -> list[dict]:
    """A JSONL file of spaCy ruler patterns."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@functools.cache
def load_lexicon(name: str) -> dict[str, str]:
    """A tab-separated word list: `term<TAB>value` (value optional); '#' starts a comment."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line:
            term, _, value = line.partition("\t")
            out[term.strip()] = value.strip()
    return out


def pattern_files_digest() -> str:
    """A hash of every pattern file, so cached results are invalidated when rules change."""
    h = hashlib.sha256()
    for entry in sorted(files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".jsonl", ".tsv", ".txt")):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:16]
