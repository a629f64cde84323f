"""From a decoded document to its mentions, bibliography and metadata: prepare once, run each
extractor, finish rows."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.language import Language

from ..nlp import load_pipeline, parse
from ..settings import Settings
from ..textmap import clean, table_layout
from . import countries, facts, metadata, numbers, organisations, references, years
from .language import language_of, stop_words
from .mention import Mention, Prepared
from .metadata import Metadata
from .references import Reference
from .series import Table
from .structure import find_zones

EXTRACTORS = {
    "NUMBER": numbers.extract,
    "YEAR": years.extract,
    "COUNTRY": countries.extract,
    "ORG": organisations.extract,
}


@dataclass(frozen=True)
class Row:
    """A finished mention: grounded, with its sentence and section."""

    mention: Mention
    text: str
    sentence_start: int
    sentence_end: int
    section: str


Spans = tuple[tuple[int, int], ...]


def prepare(text: str, nlp: Language, settings: Settings, furniture: Spans = ()) -> Prepared:
    """The text laid out (Markdown tables as tab rows) and parsed, and its zones; `furniture`
    (running heads the reader marked) is one of them."""
    layout = table_layout(text)
    cleaned = clean(layout, stop_words(language_of(layout)))
    return Prepared(layout, cleaned, parse(nlp, cleaned.text, settings.parse_chunk_chars), find_zones(layout, furniture))


def extract_mentions(prep: Prepared, types: tuple[str, ...]) -> list[Mention]:
    """Every extractor's mentions, minus those in zones that forbid their type and, when
    organisations are asked for too, figures that are part of a name, deduplicated. A run
    for numbers alone skips the organisation rules, which cost as much again."""
    found = {t: _allowed(prep, EXTRACTORS[t](prep)) for t in types}
    if "NUMBER" in found and "ORG" in found:
        found["NUMBER"] = [m for m in found["NUMBER"] if not _in_name(prep.text, m, found["ORG"])]
    unique = {(m.type, m.start, m.end): m for mentions in found.values() for m in reversed(mentions)}
    return sorted(unique.values(), key=lambda m: (m.start, m.end, m.type))


def _allowed(prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.end > m.start and not prep.zones.blocks(m.type, m.start, m.end)]


def _in_name(text: str, number: Mention, names: list[Mention]) -> bool:
    """A figure standing as a word inside an organisation's name, with name words on both
    sides ("SMK 2 Kotabumi", "Fei 2000 Holdings"), is part of the name, not a NUMBER."""
    apart = text[number.start - 1 : number.start] == " " and text[number.end : number.end + 1] in (" ", ",")
    return apart and any(n.start < number.start and number.end < n.end for n in names)


@dataclass(frozen=True)
class Extracted:
    """One document's finished mention rows, the flattened tables found in it, its bibliography
    entries and the metadata it states."""

    rows: list[Row]
    tables: list[Table]
    references: list[Reference]
    metadata: Metadata


def extract_document(text: str, nlp: Language, settings: Settings, furniture: Spans = ()) -> Extracted:
    """One document's text to its finished rows: the mentions of every type asked for, each
    linked to its fact and grounded in its sentence and section. The single entry point the
    pipeline, the workers and `vocextract eval` share, so all three see the same extraction."""
    prep = prepare(text, nlp, settings, furniture)
    mentions, tables = facts.link(prep, extract_mentions(prep, settings.types))
    spans = facts.sentences(prep)
    starts = [s for s, _ in spans]
    rows = []
    for m in mentions:
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        s_start, s_end = spans[i] if spans else (0, len(text))
        rows.append(
            Row(m, text[m.start : m.end], min(s_start, m.start), max(s_end, m.end), prep.zones.section(m.start))
        )
    return Extracted(
        rows, tables, references.extract(text, prep.zones.references_start), metadata.extract(text, prep.zones)
    )


Source = tuple[str, str, Spans]


def extract_sources(sources: list[Source], settings: Settings) -> list[tuple[str, Extracted]]:
    """(doc_id, Extracted) for each (doc_id, text, furniture): what a worker process runs.

    It needs only spaCy and the extractors, not pandas, pandera or pyarrow, so a worker
    started here is ready about twice as fast as one that imports the whole pipeline.
    """
    nlp = load_pipeline(settings.model, settings.rules_only)
    return [(doc_id, extract_document(text, nlp, settings, furniture)) for doc_id, text, furniture in sources]
