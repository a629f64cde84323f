"""Facts: what each NUMBER counts, for which year and which country, and who is its subject.

One shared context (`context.py`: text, parse, mentions by type, tables, sentences, places and
the document's scopes from `scopes.py`) and one linker per thing linked: `quantified.py`,
`year.py`, `country.py`, `subject.py`; `kind.py` says what kind of value each number is and
pairs a figure given in prose and in a table. Each link is made by a named rule, kept in the fact's
`method` with the mentions it came from, so a user can see why.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..mention import Fact, Mention, Prepared
from ..series import Table
from . import country, kind, quantified, subject, year
from .context import Context, build, sentences

__all__ = ["link", "sentences"]


def _fact(ctx: Context, number: Mention, twin: Mention | None) -> Fact:
    token = ctx.token(number)
    what, head_token, q_method = quantified.link(ctx, number, token)
    head = quantified.head(what, head_token, ctx.language)
    year_value, year_mention, y_method = year.link(ctx, number)
    country_mention, iso3, c_method = country.link(ctx, number, what, head)
    org = subject.link(ctx, token)
    return Fact(
        quantified=what,
        head=head,
        year=year_value,
        country=iso3,
        organisation=org.fields.name if org else None,
        kind=kind.kind(ctx, number),
        method=";".join((f"quantified:{q_method}", f"year:{y_method}", f"country:{c_method}")),
        year_mention=year_mention,
        country_mention=country_mention,
        org_mention=org,
        twin=twin,
    )


def _shared(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A second pass: an amount restated in brackets in another unit counts what the amount
    before it counts; a number nothing names takes what a sibling number of its sentence
    counts (a sibling named so in this pass names the next; a share after "of which" takes
    what the figure before it counts), unless, for a sum of money, what it is spent on is
    said right after it; a number whose phrase only points back ("this number", "of them") counts what
    the figure before it counts."""
    linked = {n: f.quantified for n, f in zip(ctx.numbers, facts) if f.quantified}
    done: dict[Mention, Fact] = {}
    for number, fact in zip(ctx.numbers, facts):
        outer = quantified.converted(ctx, number)
        if outer is not None and quantified.restates(done[outer], fact):
            method = re.sub(r"quantified:[^;]*", "quantified:converted-amount", fact.method)
            fact = replace(fact, quantified=done[outer].quantified, head=done[outer].head, method=method)
        elif "quantified:none" in fact.method and (what := quantified.of_which(ctx, number, linked)):
            method = fact.method.replace("quantified:none", "quantified:share-of-which")
            fact = replace(fact, quantified=what, head=quantified.head(what, None, ctx.language), method=method)
            linked[number] = what
        elif "quantified:none" in fact.method and (what := quantified.purpose(ctx, number)):
            method = fact.method.replace("quantified:none", "quantified:purpose-of-money")
            fact = replace(fact, quantified=what, head=quantified.head(what, None, ctx.language), method=method)
        elif "quantified:none" in fact.method and (what := quantified.sibling(ctx, number, linked)):
            method = fact.method.replace("quantified:none", "quantified:sibling-number")
            fact = replace(fact, quantified=what, head=quantified.head(what, None, ctx.language), method=method)
            linked[number] = what
        elif quantified.refers_back(fact.quantified) and (found := quantified.referred_to(ctx, number, linked)):
            method = re.sub(r"quantified:[^;]*", "quantified:referred-to", fact.method)
            fact = replace(fact, quantified=found[0], head=quantified.head(*found, ctx.language), method=method)
            if (iso3 := country.in_phrase(ctx, found[0])) is not None:
                fact = replace(fact, country=iso3, country_mention=None, method=re.sub(r"country:[^;]*", "country:country-in-quantified", method))
            linked[number] = found[0]
        done[number] = fact
    return list(done.values())


def link(prep: Prepared, mentions: list[Mention]) -> tuple[list[Mention], list[Table]]:
    """Every NUMBER enriched with its fact; other mentions unchanged; and the tables found."""
    ctx = build(prep, mentions)
    twins = kind.twins(ctx)
    facts = dict(zip(ctx.numbers, _shared(ctx, [_fact(ctx, n, twins.get(n)) for n in ctx.numbers])))
    return [_with_fact(m, facts[m]) if m in facts else m for m in mentions], ctx.tables


def _with_fact(number: Mention, fact: Fact) -> Mention:
    """The NUMBER with its fact; a bare number that measures an index, a coefficient or a
    score (`patterns/numbers_index_nouns.tsv`) is a reading on a scale: unit `other`, not a count."""
    if number.fields.unit == "count" and quantified.reads_a_scale(fact.quantified):
        number = replace(number, fields=replace(number.fields, unit="other"))
    return replace(number, fact=fact)
