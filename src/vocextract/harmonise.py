"""What a run decides across its documents, after extraction and before validation.

One document's extraction sees only that document: "TESDA" written alone is a body of no
known kind (`other`), while a text that spells it out ("Technical Education and Skills
Development Authority (TESDA)") makes it `government`. A dataset that files the same body
under two kinds splits every count by kind, so the run gives each name one kind.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .schemas.values import ORG_TYPES

Records = dict[str, dict[str, list[dict]]]


def kind_of(votes: Counter) -> str:
    """The kind a name gets from the kinds its mentions were given: the most frequent one that
    says something (`other` only when nothing else was found), ties in the order of
    `ORG_TYPES`, so the choice never depends on the order documents came in."""
    said = {kind: n for kind, n in votes.items() if kind != "other"}
    if not said:
        return "other"
    return min(said, key=lambda kind: (-said[kind], ORG_TYPES.index(kind)))


def one_kind_per_name(records: Records, decided: dict[str, str]) -> Records:
    """The records with every organisation of a name given one kind: the kind `decided`
    already holds for it (from an earlier partition of the run), else `kind_of` its mentions
    here, which `decided` then keeps. The records themselves are left as they are (the
    cache holds them); changed ones are copies."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for tables in records.values():
        for row in tables.get("organisations", []):
            if row["name"] not in decided:
                votes[row["name"]][row["org_type"]] += 1
    decided.update((name, kind_of(counts)) for name, counts in votes.items())
    return {
        doc_id: tables | {"organisations": [row | {"org_type": decided[row["name"]]} for row in tables["organisations"]]}
        if tables.get("organisations") else tables
        for doc_id, tables in records.items()
    }
