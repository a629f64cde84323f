"""Flattened tables rebuilt as series: which row (year or label) and column each cell is.

Three shapes survive conversion to text:
- tab-separated rows: a header line, then lines "label<TAB>value<TAB>value…";
- space-aligned rows: lines "label value value …" with as many cells each (an empty cell
  written ".", "-" or "x"), under a header line of years or of one word per column;
- year-keyed runs, the table's lines run together: "Year Quantity Increment 2010 15 2011
  18 3 …" — a header of capitalised words after "Year(s)", then rows that each start with a
  YEAR followed by that row's values (side-by-side halves simply continue the run).
A cell is a NUMBER mention; its row's year and its column's header make the cell a fact.
One module per shape (`keyed`, `tabbed`, `spaced`) over the shared `model`.
"""

from __future__ import annotations

from ..mention import Mention
from .keyed import year_keyed
from .model import Cell, Table
from .spaced import space_aligned
from .tabbed import tab_separated, spans_columns

__all__ = ["Cell", "Table", "find_tables", "spans_columns"]


def find_tables(text: str, mentions: list[Mention]) -> list[Table]:
    """Every flattened table the text holds, in its three shapes (year-keyed runs,
    tab-separated rows, space-aligned rows), rebuilt from the document's NUMBER and YEAR
    mentions."""
    numbers = [m for m in mentions if m.type == "NUMBER"]
    years = [m for m in mentions if m.type == "YEAR"]
    return year_keyed(text, numbers, years) + tab_separated(text, numbers, years) + space_aligned(text, numbers, years)
