"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocextract.extract import extract_mentions, prepare
from vocextract.nlp import load_pipeline
from vocextract.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(workers=1)


@pytest.fixture(scope="session")
def nlp(settings):
    return load_pipeline(settings.model, settings.rules_only)


@pytest.fixture(scope="session")
def find(nlp, settings):
    """find(text, "NUMBER") -> the mentions of that type, each with `.text` filled in."""

    def _find(text: str, mention_type: str):
        prep = prepare(text, nlp, settings)
        return [
            (text[m.start : m.end], m.attrs)
            for m in extract_mentions(prep, (mention_type,))
        ]

    return _find


@pytest.fixture(scope="session")
def facts_of(nlp, settings):
    """facts_of(text) -> {number text: NUMBER attrs (with quantified, head, year, country)}."""
    from vocextract.extract import extract_document

    def _facts(text: str) -> dict[str, dict]:
        rows = extract_document(text, nlp, settings).rows
        return {r.text: r.mention.attrs for r in rows if r.mention.type == "NUMBER"}

    return _facts
