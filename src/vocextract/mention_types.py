"""The four mention types, listed once.

Each type's name (as in the gold JSONL and the `types` setting), the table it is written to,
its name in the review report and the fields it carries in the gold format. Every other list
of types (settings, the flow's form, evaluation, export, the tables, the report) is derived
from `REGISTRY`; the report's colours key on the name (`t-NUMBER` in `templates/report.css`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class MentionType:
    """One mention type: its name in the gold JSONL and the `types` setting, the table its rows go
    to, its label in the review report, and the fields its gold records carry."""

    name: str
    table: str
    label: str
    fields: tuple[str, ...]


REGISTRY = (
    MentionType("NUMBER", "numbers", "Number",
                ("value", "value_high", "unit", "qualifier", "quantified", "head", "year", "country")),
    MentionType("YEAR", "years", "Year", ("value",)),
    MentionType("COUNTRY", "countries", "Country", ("iso3", "iso2", "country", "form")),
    MentionType("ORG", "organisations", "Organisation", ("name", "org_type")),
)
NAMES = tuple(t.name for t in REGISTRY)
TABLES = tuple(t.table for t in REGISTRY)
BY_NAME = {t.name: t for t in REGISTRY}
Name = Literal[NAMES]  # type: ignore[valid-type]
"""A mention type's name as a type: the Prefect form offers exactly these."""
