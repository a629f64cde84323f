"""Table rows laid out with spaces whose numbers also group their thousands with spaces.

"Total 20 911 55 554 13 039" under three columns is three numbers, not six; read alone, the
groups cannot tell. The rows of one table can: a row without thousands ("Natural sciences 90
441 159") shows how many columns there are, and every other row of the block is cut into
that many numbers, each a group of one to three digits (not led by a zero) followed by groups
of exactly three. Where a row can be cut several ways ("531 1 322 310"), the cut whose numbers
are nearest the usual size of each column in the rows cut one way wins; a row with no clear
winner stays as it was.
"""

from __future__ import annotations

import functools
import math
import re
import statistics

_ROW = re.compile(r"^(?P<label>[^\d\n]*?)[ \t]*(?P<groups>\d{1,3}(?: \d{1,3})+)[ \t]*$", re.M)
_MIN_ROWS = 3
_MAX_CUTS = 12


def _cuts(groups: list[str], k: int) -> list[list[tuple[int, int]]]:
    """Every way to cut `groups` into `k` numbers: (first group, last group) index pairs."""

    @functools.cache
    def ways(i: int, left: int) -> tuple[tuple[tuple[int, int], ...], ...]:
        if i == len(groups):
            return ((),) if left == 0 else ()
        if left == 0:
            return ()
        out = []
        j = i
        if len(groups[i]) > 1 and groups[i].startswith("0"):
            return ()
        while True:
            for rest in ways(j + 1, left - 1):
                out.append(((i, j),) + rest)
            if j + 1 < len(groups) and len(groups[j + 1]) == 3:
                j += 1
            else:
                break
        return tuple(out)

    return [list(w) for w in ways(0, k)][:_MAX_CUTS]


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
        out += _block(block)
        block = [row] if row is not None else []
    return out


def _block(block: list[re.Match]) -> list[tuple[int, int, float]]:
    if len(block) < _MIN_ROWS:
        return []
    groups = [row.group("groups").split(" ") for row in block]
    k = min(map(len, groups))
    if all(len(g) == k for g in groups) or k < 2:
        return []
    cuts = [_cuts(g, k) for g in groups]
    typical = _typical_sizes(groups, cuts, k)
    out = []
    for row, row_groups, row_cuts in zip(block, groups, cuts):
        cut = _best(row_groups, row_cuts, typical)
        if cut is None:
            continue
        starts = [row.start("groups")]
        for g in row_groups[:-1]:
            starts.append(starts[-1] + len(g) + 1)
        for a, b in cut:
            out.append((starts[a], starts[b] + len(row_groups[b]), float("".join(row_groups[a : b + 1]))))
    return out


def _values(groups: list[str], cut: list[tuple[int, int]]) -> list[float]:
    return [float("".join(groups[a : b + 1])) for a, b in cut]


def _typical_sizes(groups: list[list[str]], cuts: list[list], k: int) -> list[float]:
    """Per column, the median order of magnitude of the rows cut only one way."""
    columns: list[list[float]] = [[] for _ in range(k)]
    for row_groups, row_cuts in zip(groups, cuts):
        if len(row_cuts) == 1:
            for c, value in enumerate(_values(row_groups, row_cuts[0])):
                columns[c].append(math.log10(value + 1))
    return [statistics.median(c) if c else 0.0 for c in columns]


def _best(groups: list[str], cuts: list[list], typical: list[float]) -> list[tuple[int, int]] | None:
    """The only cut, or the one whose numbers are nearest each column's usual size, by a
    clear margin over the next."""
    if len(cuts) == 1:
        return cuts[0]
    if not cuts or not any(typical):
        return None
    cost = sorted((sum(abs(math.log10(v + 1) - t) for v, t in zip(_values(groups, cut), typical)), n) for n, cut in enumerate(cuts))
    return cuts[cost[0][1]] if cost[1][0] - cost[0][0] > 1.0 else None
