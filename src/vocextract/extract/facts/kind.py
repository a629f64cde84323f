"""What kind of value a number is, and the twin a figure has when prose and a table both give it.

Four kinds, so an analyst can keep counts apart from growth rates:
- `level`: how much there is ("1,009 institutions", "US$21 million");
- `change`: by how much a level moved ("an increase of 721", "rose by 3,400 places");
- `share`: a part of a whole, as a percentage or fraction ("22% of students", "a third");
- `growth`: a relative change ("up 22%", "a 51% increase", "66% more than").
"""

from __future__ import annotations

import re

from ...settings import FACT_KINDS
from ..mention import Mention
from .context import Context

LEVEL, CHANGE, SHARE, GROWTH = FACT_KINDS

_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|grew|gained|lost|dropped|declined|increased|decreased|jumped|climbed|"
    r"slipped|plunged|surged|expanded|shrank|increasing|decreasing|rising|falling|growing|dropping|"
    r"declining|jumping|climbing|gaining|expanding|shrinking|surging|(?:an?\s+)?(?:increase|decrease|rise|fall|growth|drop|"
    r"decline|gain|loss|jump|reduction|cut)\s+(?:of|by))(?:\s+by)?(?:\s+(?:about|around|nearly|almost|some|"
    r"over|more than|less than|roughly|just|an?\s+(?:net|further|total\s+of|estimated)))?\s*$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:increase|decrease|rise|fall|growth|drop|decline|jump|reduction|more|less|"
    r"higher|lower|fewer|up|down)\b",
    re.I,
)
_SIGNED = re.compile(r"(?:^|[\s(])[+−-]\s?$")
_SHARE_UNITS = {"percent"}


def kind(ctx: Context, number: Mention) -> str:
    """What kind of value a number is: a change or growth when words around it say it moved
    ("up 5%", "rose by"), a share when its unit is relative, else a level; a reader must not
    add a change to the levels it sits beside."""
    text = ctx.text
    before = text[max(0, number.start - 40) : number.start]
    changed = (
        bool(_CHANGE_BEFORE.search(before))
        or bool(_CHANGE_AFTER.match(text, number.end))
        or bool(_SIGNED.search(text[max(0, number.start - 2) : number.start + 1].rstrip("0123456789")))
    )
    relative = number.fields.unit in _SHARE_UNITS
    if changed:
        return GROWTH if relative else CHANGE
    if relative or (number.fields.unit == "other" and 0 < (number.fields.value or 0) < 1):
        return SHARE
    return LEVEL


def _tabular(ctx: Context, number: Mention) -> bool:
    return ctx.cell_of(number) is not None


def twins(ctx: Context) -> dict[Mention, Mention]:
    """A figure stated in prose and again in a table: each side mapped to the nearest other
    side of the same value and unit. Small whole numbers are too common to pair."""
    def key(n: Mention):
        return n.fields.value, n.fields.unit

    def distinctive(n: Mention) -> bool:
        value = n.fields.value
        return value is not None and (value >= 100 or value != int(value))

    cells = [n for n in ctx.numbers if _tabular(ctx, n) and distinctive(n)]
    prose = [n for n in ctx.numbers if not _tabular(ctx, n) and distinctive(n)]
    out: dict[Mention, Mention] = {}
    for side, other in ((prose, cells), (cells, prose)):
        for n in side:
            same = [o for o in other if key(o) == key(n)]
            if same:
                out[n] = min(same, key=lambda o: abs(o.start - n.start))
    return out
