"""Units tab-separated tables state: a unit row, a unit column, a header cell naming a unit,
a caption, a row label, or the signs of a column's first figures."""

from __future__ import annotations

from ...textmap import is_rule
from .vocab import (
    A_VALUE, CAPTION, CELL_NUMBER, MULTIPLIER, NOT_A_SHARE, PROSE_WORDS, RATE_HEADER, SCALES,
    UNIT_HEADER, UNIT_LINE, YEAR_LABEL, Cell, CurrencyOf, beyond_a_share, header_unit, row_label_unit, signed_cell,
    symbol_unit, unit_cell, words,
)


def _header_row(cells: list[str], above: list[tuple[str, float] | None], currency_of: CurrencyOf) -> list:
    """Each column's unit from a header row; a column it leaves open keeps the unit of a header
    row right above, whose cells span the empty cells after them ("2017/18 | | %-age change"
    over "Qty | Value $ | Qty | Value $ | Qty | Value $")."""
    own = [header_unit(c, currency_of) for c in cells]
    out = []
    for i, unit in enumerate(own):
        group = above[min(i, len(above) - 1)] if above else None
        out.append(group if group and group[0] == "percent" else unit or group)
    return out


def _spread(cells: list[str], units: list) -> list:
    """A group header's units carried over the empty cells to its right."""
    out, last = [], None
    for cell, unit in zip(cells, units):
        last = unit if cell.strip() else last
        out.append(last)
    return out


def tab_tables(text: str, currency_of: CurrencyOf) -> list[Cell]:
    """Cells of tab-separated tables under a unit row, a unit-naming header cell, or a caption."""
    out: list[Cell] = []
    columns: list[tuple[str, float] | None] = []
    spanning = False
    whole: tuple[str, float] | None = None
    sub = False
    stated = False
    header_above = False
    unit_column: int | None = None
    data_rows = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        if is_rule(line):
            pos += len(line)
            continue
        cells = line.rstrip("\r\n").split("\t")
        caption = CAPTION.search(line)
        if len(cells) < 2 or not line.strip():
            unit_column = None
        elif unit_column is None or not CELL_NUMBER.search(line):
            unit_column = next((i for i, c in enumerate(cells) if UNIT_HEADER.fullmatch(c.strip())), unit_column)
        if unit_column is not None and 0 < unit_column < len(cells) - 1 and (row_unit := unit_cell(cells[unit_column], currency_of)):
            start = pos + sum(len(c) + 1 for c in cells[: unit_column + 1])
            for cell in cells[unit_column + 1 :]:
                if CELL_NUMBER.search(cell):
                    out.append((start, start + len(cell), *row_unit))
                start += len(cell) + 1
            pos += len(line)
            continue
        if len(cells) < 2:
            data_rows = 0
            if not line.strip() or words(line) > PROSE_WORDS + 2:
                columns = []
            if stated and words(line) <= 2 and not CELL_NUMBER.search(line):
                continue_scope = True
            else:
                continue_scope, stated = False, False
            if caption and (code := currency_of(caption.group("currency"))):
                whole, sub = (code, SCALES[caption.group("scale").lower()]), False
            elif UNIT_LINE.match(line):
                whole, sub, stated = ("percent", 1.0), True, True
            elif continue_scope:
                pass
            elif words(line) > PROSE_WORDS + 2:
                whole = None
            elif line.strip() and RATE_HEADER.search(line) and not NOT_A_SHARE.search(line) and not A_VALUE.search(line):
                whole, sub = ("percent", 1.0), True
            elif line.strip() and sub:
                whole = None
        elif (symbols := [symbol_unit(c, currency_of) for c in cells]) and any(symbols[1:]) and all(
            u or not c.strip() for u, c in zip(symbols[1:], cells[1:])
        ) and any(u and u[0] != "count" or u and u[1] != 1.0 for u in symbols[1:]):
            columns, spanning = [None] + symbols[1:], True
        elif not any(CELL_NUMBER.search(MULTIPLIER.sub("", YEAR_LABEL.sub("", c))) for c in cells[1:]) and (
            len(cells) > 2 and any(header_unit(c, currency_of) for c in cells)
            or any(CAPTION.search(c) and header_unit(c, currency_of) for c in cells[1:])
        ):
            above = columns if header_above else []
            columns, spanning = _spread(cells, _header_row(cells, above, currency_of)), True
            header_above, data_rows = True, 0
            pos += len(line)
            continue
        else:
            shift = max(0, len(columns) - len(cells))
            table = None if RATE_HEADER.search(cells[0]) or CAPTION.search(cells[0]) else whole
            row = row_label_unit(cells[0])
            start = pos
            for i, cell in enumerate(cells):
                column = i + shift if i else i
                if spanning and columns and column >= len(columns):
                    column = len(columns) - 1
                unit = columns[column] if column < len(columns) and columns[column] else table or row
                if sub and unit is table and beyond_a_share(cell):
                    unit = None
                if i and not unit and len(cells) > 2 and not data_rows and (signed := signed_cell(cell, currency_of)):
                    columns = columns + [None] * (column + 1 - len(columns))
                    columns[column] = signed
                elif unit and cell.strip():
                    out.append((start, start + len(cell), *unit))
                start += len(cell) + 1
            data_rows += any(CELL_NUMBER.search(c) for c in cells[1:])
        header_above = False
        pos += len(line)
    return out


