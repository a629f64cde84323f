"""Facts: what each NUMBER counts, for which year and which country, and who is its subject.

One shared context (`context.py`: text, parse, mentions by type, tables, sentences, places and
the document's scopes from `scopes.py`) and one linker per thing linked: `quantified.py`,
`year.py`, `country.py`, `subject.py`. Each link is made by a named rule, kept in the fact's
`method` with the mentions it came from, so a user can see why.
"""

from __future__ import annotations

from ..mention import Mention, Prepared
from ..series import Table
from . import country, quantified, subject, year
from .context import Context, build, sentences

__all__ = ["link", "sentences"]


def _fact(ctx: Context, number: Mention) -> Mention:
    token = ctx.token(number)
    what, head_token, q_method = quantified.link(ctx, number, token)
    year_value, year_mention, y_method = year.link(ctx, number)
    country_mention, iso3, c_method = country.link(ctx, number, what)
    org = subject.link(ctx, token)
    attrs = dict(number.attrs)
    attrs.update(
        quantified=what,
        head=quantified.head(what, head_token),
        year=year_value,
        country=iso3,
        organisation=org.attrs["name"] if org else None,
        links={"YEAR": year_mention, "COUNTRY": country_mention, "ORG": org},
        method=";".join((f"quantified:{q_method}", f"year:{y_method}", f"country:{c_method}")),
    )
    return Mention(number.type, number.start, number.end, attrs)


def link(prep: Prepared, mentions: list[Mention]) -> tuple[list[Mention], list[Table]]:
    """Every NUMBER enriched with its fact; other mentions unchanged; and the tables found."""
    ctx = build(prep, mentions)
    return [_fact(ctx, m) if m.type == "NUMBER" else m for m in mentions], ctx.tables
