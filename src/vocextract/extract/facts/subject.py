"""Who a number's clause is about: the verb's subject, and the ORG mention it is."""

from __future__ import annotations

from spacy.tokens import Token

from ..mention import Mention
from .context import Context


_UP_TO_THE_VERB = (
    "pobj", "prep", "dobj", "attr", "npadvmod", "quantmod", "nummod", "nmod", "conj", "appos", "compound", "acomp",
)
_RELATIVE = {"which", "that", "who"}


def verb_subject(token: Token) -> Token | None:
    """For a number that is an object or a prepositional object of a verb, that verb's subject;
    for a participle describing a noun ("start-ups totaling $1.8 million") or a relative
    clause's verb ("inflation, which rose by 3.6 percent"), that noun."""
    head = token
    while head.dep_ in _UP_TO_THE_VERB and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            break
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lower_ in _RELATIVE and head.dep_ == "relcl":
        return head.head if head.head.pos_ in ("NOUN", "PROPN") else None
    if not subjects and head.dep_ in ("conj", "xcomp", "advcl") and head.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN") else None


def link(ctx: Context, token: Token | None) -> Mention | None:
    """The ORG mention that is the subject of the number's clause."""
    subject = verb_subject(token) if token is not None else None
    if subject is None:
        return None
    a, b = ctx.prep.span_of(subject)
    return next((o for o in ctx.orgs if o.start <= a and b <= o.end), None)
