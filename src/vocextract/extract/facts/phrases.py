"""Noun phrases around a number, read from the parse: the shared tools of the linkers."""

from __future__ import annotations

from spacy.tokens import Token

from ..mention import Mention
from .context import Context

VAGUE_SUBJECTS = {"number", "scale", "total", "amount", "size", "count", "figure", "share", "proportion"}


def chunk_text(ctx: Context, token: Token, without: Token | None = None) -> str:
    """The noun phrase of `token` with its modifiers ("of …", "in …"), without relative
    clauses, appositions, a leading determiner, or the subtree of `without` (the number's own
    "of 28%" in "an increase of 28%") and the punctuation left after it."""
    cut = {t.i for c in token.children if c.dep_ in ("relcl", "advcl", "appos", "parataxis") for t in c.subtree}
    cut |= {t.i for t in without.subtree} if without is not None else set()
    doc = token.doc
    ids = sorted(t.i for t in token.subtree if t.i not in cut)
    while without is not None and len(ids) > 1 and ids[-1] > token.i and doc[ids[-1]].is_punct:
        ids.pop()
    first, last = ids[0], ids[-1]
    while first < token.i and (doc[first].dep_ in ("det", "predet") or doc[first].is_punct):
        first += 1
    while last > token.i and (doc[last].is_punct or doc[last].dep_ in ("cc", "prep")):
        last -= 1
    a, b = ctx.prep.span_of(doc[first : last + 1])
    return " ".join(ctx.prep.text[a:b].split())


def of_object(token: Token) -> Token | None:
    """The noun an "of" after `token` governs ("number of students" -> "students")."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def existential(token: Token) -> bool:
    """ "There were 15 in 2010": the number is what exists; the topic was named before."""
    head = token
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return any(c.dep_ == "expl" for c in head.children)


def topic_before(ctx: Context, pos: int, window: int = 800) -> Token | None:
    """The last "number/scale of X" before `pos` in the same stretch of text: X's token."""
    doc = ctx.prep.doc
    lo = ctx.prep.clean.to_clean(max(0, pos - window))
    hi = ctx.prep.clean.to_clean(pos)
    found = None
    for token in doc.char_span(lo, hi, alignment_mode="expand") or []:
        if token.lower_ in VAGUE_SUBJECTS and (obj := of_object(token)) is not None:
            found = obj
    return found


def top_token(ctx: Context, number: Mention, token: Token) -> Token:
    """The number's highest token inside its own mention ("%" of "28%", "yuan" of "16000 yuan")."""
    while token.head.i != token.i:
        a, b = ctx.prep.span_of(token.head)
        if not (number.start <= a and b <= number.end):
            break
        token = token.head
    return token


def compact_text(ctx: Context, token: Token) -> str:
    """A noun with its left modifiers only ("digital skills" of "digital skills (64%) and …")."""
    first = token.left_edge.i
    while first < token.i and (token.doc[first].dep_ in ("det", "predet") or token.doc[first].is_punct):
        first += 1
    a, b = ctx.prep.span_of(token.doc[first : token.i + 1])
    return " ".join(ctx.prep.text[a:b].split())


def antecedent(token: Token) -> Token | None:
    """The noun a relative clause holding `token` describes: the clause's head when the parse
    found the clause, else the last noun before it in the sentence."""
    clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
    if clause is not None and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    before = [t for t in token.sent if t.i < token.i and t.pos_ in ("NOUN", "PROPN")]
    return before[-1] if before else None
