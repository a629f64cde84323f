"""Units a table states once for many cells, so that a bare "53.3" under "%" is a percentage.

A table can say it in twelve ways, each read here from the text alone:
- a row of unit symbols over tab-separated columns (a "%" or a currency sign per column;
  "Index", "Level" or "Number" for a column of plain figures: "Index | Percent");
- a column's first figure written with a currency sign or "%" ("$1,883" over "1,861"), in
  a table of three columns or more;
- a row label that says "(%)" ("Water (%)<TAB>3.83", "Frauen (%) 41,7 42,0 41,8");
- a header cell that names a share or a rate ("% of total", "Employment rate"), in a header
  row of three cells or more (two cells are a label and its value, as in an infobox), or a
  currency and a scale, in any header row ("Year | Remittances (USD Billion)");
- a caption with a currency and a scale, for the whole table below it or for its column
  ("Unit: USD Thousands", "Financial Allocation ( ₹ in crore)"), or a sub-heading between
  rows that names a share ("Proportion 19-24 years in higher education"), for the rows under it;
- a header line of capitalised column names laid out with spaces, some naming a share
  ("Male Female Both sexes Percentage female"), over rows of as many figures;
- a header line naming each column's unit in brackets, over rows of as many numbers laid out
  with spaces ("Median earnings ($)  Unemployment rate (%)"), or a sub-heading naming a rate
  over rows of figures laid out with spaces ("Employment rate %" over "December 2010 61.4 …",
  across "By sex" lines), or a numbered caption naming a share or a rate over its rows ("TABLE
  2.7 UNEMPLOYMENT RATE BY …", figures one per line between labels too), or a title ending
  in its unit in brackets ("… by sex (%, Q1 2017-Q2 2022)");
- a bare scale in brackets in a header flattened onto one line ("Apprentices engaged (In
  lakhs) (1) (2) 2020-21 3.08 …"), for the figures after it on that line, up to prose;
- a ranking under a title that names its indicator's unit in brackets, as statistics portals
  write them ("Vocational pupils (% female)", "GDP growth (annual %)"): each row's value
  after its rank and name ("3 Nicaragua 59.68 2010") or its year ("1976 70.62") is in that
  unit, and so are the decimal figures of lines that restate the indicator or its value;
- a page titled as a list by a rate ("List of regions of X by unemployment rate"): the
  figures of its tab-separated tables that lie between 0 and 100 throughout;
- a note right under a table that gives its scale and unit ("in million tons", "(in
  thousands of euros)"), for the rows of figures above it, and a line above a table that is
  only its scale in brackets ("(in thousands of persons)", "(em mil pessoas)"), for the rows
  under its header;
- a caption ending in a bare scale ("… (In Millions)") over "label value" rows, for those
  rows, in the currency the first row's value is written with ("New funding formula $175");
- a line of nothing but "%" signs over rows laid out with spaces that hold as many decimals
  each, for those decimals;
- a row label ending in its unit in brackets in a table written with "|" between cells
  ("Spend (£m) | 96 | 95"), for the figures after it up to the next label.
A share named by a heading or title never reaches a figure over 100, which counts; birth,
death, crime and exchange rates and rates "per 1,000" are no shares.
A blank line ends a tab-separated table (a short sub-heading between its rows does not); a
line of prose ends any of them. A short row (a
"Total" under a wider table) is aligned to the right; the last cell of a short unit row spans
the columns after it ("Percent | Percentage points" over three columns of figures); a row
whose label names a rate of its own ("Exchange rate: 1 USD") takes no unit from a caption.
"""

from __future__ import annotations

import bisect

from .spaced import column_names, is_breakdown, spaced_tables
from .tabbed import tab_tables
from .titled import (
    caption_scaled_rows, captioned_rows, indicator, noted_runs, percent_line_rows, percent_rows, piped_rows, ranked_rows, rate_titled,
    scale_captions, scaled_runs, sign_captioned, without_place,
)
from .vocab import UNIT_LINE, Cell, CurrencyOf

__all__ = [
    "UNIT_LINE", "Cell", "CurrencyOf", "cell_units", "column_names", "indicator", "is_breakdown", "scale_captions", "unit_at",
    "without_place",
]


def cell_units(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """(start, end, unit, scale) of every table cell whose unit the table states, sorted; a
    cell two ways keeps its table's own unit over the title's, and a "label value" row under
    a caption's scale keeps the currency its first row is written in."""
    captioned = captioned_rows(text, currency_of)
    own = tab_tables(text, currency_of) + spaced_tables(text, currency_of) + ranked_rows(text) + scaled_runs(text) + percent_rows(text)
    own += percent_line_rows(text)
    own += piped_rows(text, currency_of)
    own = [c for c in own + noted_runs(text, currency_of) + sign_captioned(text, currency_of) + caption_scaled_rows(text, currency_of)
           if not any(a < c[1] and c[0] < b for a, b, _, _ in captioned)]
    own += captioned
    taken = {(a, b) for a, b, _, _ in own}
    return sorted(own + [c for c in rate_titled(text) if (c[0], c[1]) not in taken])


def unit_at(cells: list[Cell], pos: int) -> tuple[str, float] | None:
    """The unit and scale of the cell holding `pos`, if a table states them."""
    i = bisect.bisect_right(cells, (pos, float("inf"), "", 0.0)) - 1
    return (cells[i][2], cells[i][3]) if i >= 0 and cells[i][0] <= pos < cells[i][1] else None


