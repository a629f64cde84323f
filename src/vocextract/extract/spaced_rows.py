"""Table rows laid out with spaces whose numbers also group their thousands with spaces.

"Total 20 911 55 554 13 039" under three columns is three numbers, not six; read alone, the
groups cannot tell. The rows of one table can: a row without thousands ("Natural sciences 90
441 159") shows how many columns there are, and every other row of the block is cut into
that many numbers, each a group of one to three digits (not led by a zero) followed by groups
of exactly three. Where a row can be cut several ways ("531 1 322 310"), the cut whose numbers
are nearest the usual size of each column in the rows cut one way wins; a row with no clear
winner stays as it was. A header line ending in years ("Type 2000 2010 2015") or school years ("2005/06 2010/11"; a
fiscal year's "2021-22" may head a column of its own among others) gives the
count outright, which a table whose every row spaces its thousands needs; rows of as many
groups each, one of which cannot be a single number ("North 120 14"), are that many cells
each ("South 35 140" is 35 and 140); a placeholder for
an empty cell (".", "-", "x") is a cell of its own, and so is a decimal ("80.7", or "93,6"
with a decimal comma: a rate beside the counts) and a number of four digits or more written without a space ("3591", in a
table that does not space its thousands), and a wider gap always starts a new cell. A row's
label may open with its serial number ("6 Dharmapuri 271 240 502") or be a year ("2001 41 207
386 12 600"). A table whose every row holds a rate with a decimal comma spaces its thousands, as
continental tables do: with no header to count, each row is cut into the fewest numbers it can
be, when every row gives the same count ("2000 50 552 39 628 78,4" is 50552, 39628 and 78.4).
"""

from __future__ import annotations

import functools
import math
import re
import statistics

_CELL = r"(?:\d{1,3}(?:\.\d+|,\d{1,2}(?!\d))?|(?!(?:19|20)\d\d\b)\d{4,7}|[.…x–—-])"
_ROW = re.compile(
    r"^(?P<label>(?:(?:19|20)\d\d[ \t]+|\d{1,3}\.?[ \t]+(?=[^\d\s]))?[^\d\n]*?)[ \t]*(?P<groups>" + _CELL + r"(?: +" + _CELL + r")+)[ \t]*$", re.M
)
_TOKEN = re.compile(r"(?P<gap> *)(?P<cell>\S+)")
_HEADER_YEARS = re.compile(r"(?:(?:^|[ \t]+)(?:FY)?(?:19|20)\d\d(?:/['’]?\d\d)?)+[ \t]*$")
_MIN_ROWS = 3
_MAX_CUTS = 4096


def _tokens(row: re.Match) -> list[tuple[int, str, bool]]:
    """(offset, cell, whether a gap wider than one space comes before it) of a row's groups;
    a row split by tabs is read as tab-separated cells elsewhere."""
    return [
        (row.start("groups") + t.start("cell"), t.group("cell"), t.group("gap") not in ("", " "))
        for t in _TOKEN.finditer(row.group("groups"))
    ]


def _cuts(tokens: list[tuple[int, str, bool]], k: int) -> list[list[tuple[int, int]]]:
    """Every way to cut a row's groups into `k` numbers, as (first group, last group) index
    pairs; none when there are more than `_MAX_CUTS` (a row too ambiguous to weigh)."""
    groups = [cell for _, cell, _ in tokens]

    def joins(j: int) -> bool:
        return j < len(groups) and len(groups[j]) == 3 and groups[j].isdigit() and not tokens[j][2]

    def ends(i: int) -> range:
        if not groups[i].isdigit() or len(groups[i]) > 3:
            return range(i, i + 1)
        if len(groups[i]) > 1 and groups[i].startswith("0"):
            return range(0)
        j = i
        while joins(j + 1):
            j += 1
        return range(i, j + 1)

    @functools.cache
    def count(i: int, left: int) -> int:
        if i == len(groups) or left == 0:
            return int(i == len(groups) and left == 0)
        return sum(count(j + 1, left - 1) for j in ends(i))

    @functools.cache
    def ways(i: int, left: int) -> tuple[tuple[tuple[int, int], ...], ...]:
        if i == len(groups) or left == 0:
            return ((),) if i == len(groups) and left == 0 else ()
        return tuple(((i, j),) + rest for j in ends(i) for rest in ways(j + 1, left - 1))

    if count(0, k) > _MAX_CUTS:
        return []
    return [list(w) for w in ways(0, k)]


def merged_numbers(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every number in the rows of such tables, whether its
    thousands are spaced or not: the rows' cells, as the table means them."""
    rows = list(_ROW.finditer(text))
    out: list[tuple[int, int, float]] = []
    block: list[re.Match] = []
    for row in rows + [None]:
        if row is not None and (not block or text[block[-1].end() : row.start()] == "\n"):
            block.append(row)
            continue
        out += _block(text, block)
        block = [row] if row is not None else []
    return out


def _header_columns(text: str, row: re.Match) -> int | None:
    """How many year columns the line right above a table's first row names, if it ends in years."""
    end = row.start() - 1
    if end < 0 or text[end] != "\n":
        return None
    m = _HEADER_YEARS.search(text[text.rfind("\n", 0, end) + 1 : end])
    return len(m.group().split()) if m and len(m.group().split()) >= 2 else None


def _block(text: str, block: list[re.Match]) -> list[tuple[int, int, float]]:
    if len(block) < _MIN_ROWS:
        return []
    tokens = [_tokens(row) for row in block]
    groups = [[cell for _, cell, _ in row] for row in tokens]
    k = min(map(len, groups))
    header = _header_columns(text, block[0])
    if header is not None and header <= k:
        k = header
    elif all(len(g) == k for g in groups) and all(_cuts(t, 1) for t in tokens):
        return []
    elif (fewest := _fewest_cells(tokens, groups)) is not None:
        k = fewest
    if k < 2:
        return []
    cuts = [_cuts(t, k) for t in tokens]
    typical = _typical_sizes(groups, cuts, k)
    out = []
    for row_tokens, row_groups, row_cuts in zip(tokens, groups, cuts):
        cut = _best(row_groups, row_cuts, typical)
        for a, b in cut or ():
            if row_groups[a].isdigit():
                end = row_tokens[b][0] + len(row_groups[b])
                out.append((row_tokens[a][0], end, float("".join(row_groups[a : b + 1]))))
    return out


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _fewest_cells(tokens: list[list[tuple[int, str, bool]]], groups: list[list[str]]) -> int | None:
    """In a table whose every row holds a rate with a decimal comma ("78,4"), the continental
    way that also spaces thousands ("50 552 39 628 78,4"), the fewest numbers every row can be
    cut into, when it is the same for all of them."""
    if not all(any(_DECIMAL_COMMA.fullmatch(g) for g in row) for row in groups):
        return None
    fewest = set()
    for row_tokens, row_groups in zip(tokens, groups):
        k = next((k for k in range(2, len(row_groups) + 1) if _cuts(row_tokens, k)), None)
        fewest.add(k)
    return fewest.pop() if len(fewest) == 1 and None not in fewest else None


def _values(groups: list[str], cut: list[tuple[int, int]]) -> list[float]:
    return [float("".join(groups[a : b + 1])) if groups[a].isdigit() else math.nan for a, b in cut]


def _typical_sizes(groups: list[list[str]], cuts: list[list], k: int) -> list[float]:
    """Per column, the median order of magnitude of the rows cut only one way; a row of
    nothing but decimals (the shares under each count, "Frauen (%) 41,7 42,0") says nothing
    of the counts' size."""
    columns: list[list[float]] = [[] for _ in range(k)]
    for row_groups, row_cuts in zip(groups, cuts):
        if len(row_cuts) == 1 and any(g.isdigit() for g in row_groups):
            for c, value in enumerate(_values(row_groups, row_cuts[0])):
                if not math.isnan(value):
                    columns[c].append(math.log10(value + 1))
    return [statistics.median(c) if c else 0.0 for c in columns]


def _best(groups: list[str], cuts: list[list], typical: list[float]) -> list[tuple[int, int]] | None:
    """The only cut, or the one whose numbers are nearest each column's usual size (squared, so
    that one cell of nine digits costs more than several a digit off), by a clear margin over
    the next; where no row shows the sizes, the one cut giving every cell as many groups
    ("213 174 228 717 226 822" in three columns)."""
    if len(cuts) == 1:
        return cuts[0]
    if cuts and not any(typical):
        even = [cut for cut in cuts if len({b - a for a, b in cut}) == 1]
        return even[0] if len(even) == 1 else None
    if not cuts:
        return None
    cost = sorted(
        (sum((math.log10(v + 1) - t) ** 2 for v, t in zip(_values(groups, cut), typical) if not math.isnan(v)), n)
        for n, cut in enumerate(cuts)
    )
    return cuts[cost[0][1]] if cost[1][0] - cost[0][0] > 1.0 else None
