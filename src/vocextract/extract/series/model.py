"""What a rebuilt table is (its cells, rows and columns) and the cell tests every shape of
table shares: which NUMBER a cell holds as its figure, and which year a header cell names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..mention import Mention

MIN_ROWS = 2
"""Fewer rows than this make no table."""

CHANGE = re.compile(r"\b(?:change|increase|decrease|growth|difference|var\.?|variation)\b", re.I)
"""A column header naming a change between years, which holds for the latest of them."""


@dataclass(frozen=True)
class Cell:
    """One cell of a rebuilt table: its NUMBER, its row (with the row's label and year) and its
    column, from which a fact takes what, when and where."""
    number: Mention
    row: int
    row_label: str
    year: Mention | None
    column: int


@dataclass(frozen=True)
class Table:
    """One rebuilt table: its character range, column headers and cells, and the label lines
    inside it that head a group of its rows ("Men" over the same rows again)."""

    start: int
    end: int
    columns: tuple[str, ...]
    cells: tuple[Cell, ...]
    groups: tuple[tuple[int, int], ...] = ()

    def header(self, cell: Cell) -> str:
        """The name of a cell's column, or "column N" for one the table leaves unnamed."""
        return self.columns[cell.column] if cell.column < len(self.columns) else f"column {cell.column + 1}"

    @functools.cached_property
    def row_labels(self) -> frozenset[str]:
        """The labels of its rows that hold words, computed once however many cells ask."""
        return frozenset(c.row_label for c in self.cells if re.search(r"[A-Za-z]{2,}", c.row_label))


def within(mentions: list[Mention], span: tuple[int, int]) -> Mention | None:
    """The first mention starting inside a cell's `span`: the cell's figure or year."""
    return next((m for m in mentions if span[0] <= m.start < span[1]), None)


def latest_within(years: list[Mention], span: tuple[int, int]) -> Mention | None:
    """The later year a header cell names: a change "2004/05 to 2005/06" holds for its end."""
    inside = [m for m in years if span[0] <= m.start < span[1]]
    return max(inside, key=lambda m: m.fields.value) if inside else None


FIGURE_CELL = re.compile(r"[ \t]*[-+(]?\$?\d[\d,. ]*%?\)?[ \t]*")
"""A cell written as a figure, whether or not it was read as a NUMBER."""
_CELL_WORDS = 3


def figure(text: str, numbers: list[Mention], span: tuple[int, int]) -> Mention | None:
    """The number a cell holds as its value: a cell of a few words at most besides brackets
    ("$600", "4.3 %", "US$25 million (planned endowment)"), not a phrase that mentions one
    ("completed within five years")."""
    hit = within(numbers, span)
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\([^()]*\)", " ", text[slice(*span)]))
    return hit if hit is not None and len(words) <= _CELL_WORDS else None


