"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from vocextract.extract import extract_mentions, prepare
from vocextract.nlp import load_pipeline
from vocextract.schemas import MENTION_TABLES
from vocextract.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Inline extraction (one worker, no time limit), so the model loads once per session;
    the supervised worker processes users get by default are tested in test_workers.py and
    by the tests that build their own Settings."""
    return Settings(workers=1, document_seconds=0)


@pytest.fixture(scope="session")
def nlp(settings):
    return load_pipeline(settings.model, settings.rules_only)


@pytest.fixture(scope="session")
def find(nlp, settings):
    """find(text, "NUMBER") -> the mentions of that type, each with `.text` filled in."""

    def _find(text: str, mention_type: str):
        prep = prepare(text, nlp, settings)
        return [
            (text[m.start : m.end], m.values())
            for m in extract_mentions(prep, (mention_type,))
        ]

    return _find


@pytest.fixture(scope="session")
def facts_of(nlp, settings):
    """facts_of(text) -> {number text: NUMBER attrs (with quantified, head, year, country)}."""
    from vocextract.extract import extract_document

    def _facts(text: str) -> dict[str, dict]:
        rows = extract_document(text, nlp, settings).rows
        return {r.text: r.mention.values() for r in rows if r.mention.type == "NUMBER"}

    return _facts


def rows_of(path: Path) -> pd.DataFrame:
    """A table as a run wrote it, without the time the run started (`run_at`): what two runs
    of the same texts must write alike."""
    return pd.read_parquet(path).drop(columns=["run_at"], errors="ignore")


def assert_grounded(out: Path) -> None:
    """The offsets contract on every row of a run's tables: each mention's text is its
    document's slice, and each page's range lies inside its document's text."""
    texts = pd.read_parquet(out / "documents.parquet").set_index("doc_id")["text"]
    for table in MENTION_TABLES:
        for row in pd.read_parquet(out / f"{table}.parquet").itertuples():
            assert texts[row.doc_id][row.start : row.end] == row.text, (table, row.mention_id)
    for page in pd.read_parquet(out / "pages.parquet").itertuples():
        assert 0 <= page.start <= page.end <= len(texts[page.doc_id]), page
