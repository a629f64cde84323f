"""Year-keyed runs: a table whose lines ran together ("Year Quantity Increment 2010 15 2011
18 3 …"), a header of capitalised words after "Year(s)", then rows that each start with a
YEAR followed by that row's values."""

from __future__ import annotations

import re

from ..mention import Mention
from .model import MIN_ROWS, Cell, Table

_YEAR_HEADER = re.compile(r"\b(?:Years?)\b(?P<words>(?:[ \t]+[A-Za-z][\w’'-]*){1,8}?)(?=[ \t]+(?:19|20)\d\d\b)")
_GAP = re.compile(r"[ \t]*")
_HEADER_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _split_header(words: list[str], n: int) -> list[str]:
    """Header words grouped into `n` column names: a capitalised word starts a column unless it
    follows "of"/"and" ("Number of Colleges"); surplus groups merge into the last column;
    a word broken by layout ("S tudents") is joined back."""
    joined: list[str] = []
    for w in words:
        if joined and len(joined[-1]) == 1 and joined[-1].isupper() and w.islower():
            joined[-1] += w
        else:
            joined.append(w)
    groups: list[list[str]] = []
    for w in joined:
        if groups and (not w[0].isupper() or groups[-1][-1].lower() in ("of", "and")):
            groups[-1].append(w)
        else:
            groups.append([w])
    if len(groups) > n:
        groups = groups[: n - 1] + [sum(groups[n - 1 :], [])]
    return [re.sub(r"(?<=[a-z])-(?=[a-z])", "", " ".join(g)) for g in groups]


def year_keyed(text: str, numbers: list[Mention], years: list[Mention]) -> list[Table]:
    """Every run after a "Year(s) …" header with at least two rows, each row a YEAR and the
    mentions after it up to the next YEAR."""
    tables = []
    by_start = {m.start: m for m in numbers + years}
    for header in _YEAR_HEADER.finditer(text):
        pos, rows, row_years = header.end(), [], []
        while True:
            gap = _GAP.match(text, pos)
            nxt = by_start.get(gap.end())
            if nxt is None:
                break
            if nxt.type == "YEAR":
                row_years.append(nxt)
                rows.append([])
            elif rows:
                rows[-1].append(nxt)
            else:
                break
            pos = nxt.end
        if len(rows) < MIN_ROWS:
            continue
        width = max(map(len, rows))
        words = _HEADER_WORD.findall(header.group("words"))
        per_half = _dedupe_halves(words)
        columns = tuple(_split_header(per_half, width))
        cells = tuple(
            Cell(number, r, text[year.start : year.end], year, c)
            for r, (year, values) in enumerate(zip(row_years, rows))
            for c, number in enumerate(values)
        )
        tables.append(Table(header.start(), pos, columns, cells))
    return tables


def _dedupe_halves(words: list[str]) -> list[str]:
    """ "Quantity Increment Year Quantity Increment": side-by-side halves repeat the header."""
    lowered = [w.lower() for w in words]
    for cut in ("year", "years"):
        if cut in lowered:
            return words[: lowered.index(cut)]
    return words


