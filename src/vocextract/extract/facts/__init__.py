"""Facts: what each NUMBER counts, for which year and which country, and who is its subject.

One shared context (`context.py`: text, parse, mentions by type, tables, sentences, places and
the document's scopes from `scopes.py`) and one linker per thing linked: `quantified.py`,
`year.py`, `country.py`, `subject.py`; `kind.py` says what kind of value each number is and
pairs a figure given in prose and in a table. Each link is made by a named rule, kept in the fact's
`method` with the mentions it came from, so a user can see why.
"""

from __future__ import annotations

from ..mention import Mention, Prepared
from ..series import Table
from . import country, kind, quantified, subject, year
from .context import Context, build, sentences

__all__ = ["link", "sentences"]


def _fact(ctx: Context, number: Mention, twin: Mention | None) -> Mention:
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
        kind=kind.kind(ctx, number),
        links={"YEAR": year_mention, "COUNTRY": country_mention, "ORG": org, "TWIN": twin},
        method=";".join((f"quantified:{q_method}", f"year:{y_method}", f"country:{c_method}")),
    )
    return Mention(number.type, number.start, number.end, attrs)


def _shared(ctx: Context, facts: list[Mention]) -> list[Mention]:
    """A second pass: a number nothing names takes what a sibling number of its sentence counts."""
    linked = {ctx.numbers[i]: f.attrs["quantified"] for i, f in enumerate(facts) if f.attrs["quantified"]}
    out = []
    for number, fact in zip(ctx.numbers, facts):
        what = None if fact.attrs["quantified"] else quantified.sibling(ctx, number, linked)
        if what:
            attrs = fact.attrs | {"quantified": what, "head": quantified.head(what, None)}
            attrs["method"] = attrs["method"].replace("quantified:none", "quantified:sibling-number")
            fact = Mention(fact.type, fact.start, fact.end, attrs)
        out.append(fact)
    return out


def link(prep: Prepared, mentions: list[Mention]) -> tuple[list[Mention], list[Table]]:
    """Every NUMBER enriched with its fact; other mentions unchanged; and the tables found."""
    ctx = build(prep, mentions)
    twins = kind.twins(ctx)
    facts = dict(zip(ctx.numbers, _shared(ctx, [_fact(ctx, n, twins.get(n)) for n in ctx.numbers])))
    return [facts.get(m, m) if m.type == "NUMBER" else m for m in mentions], ctx.tables
