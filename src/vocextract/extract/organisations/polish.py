"""Polish organisation names, in a Polish text: a declined head that comes first, then the
name's capitalised words in the genitive or as adjectives ("Zespół Szkół Technicznych", "w
Zespole Szkół Gastronomicznych i Hotelarskich", "Komisja Europejska", "Wydziału Oświaty"),
joined by "i" and numbered by "nr" ("Szkoła Podstawowa nr 5"). A capitalised adjective before
the head opens the name ("Europejski Fundusz Społeczny"). The head alone names nothing."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...patterns import load_lexicon
from ..language import language_of, stop_words

_MAX_WORDS = 6
_AND = "i"
_NUMBER = "nr"
_ADJECTIVE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:sk|ck|n|ow|ln|aln|yjn)(?:i|a|y|e|ego|iego|ej|iej|ym|im)")
"""A capitalised adjective ("Europejski", "Państwowa", "Narodowy", "Krajowej")."""


def polish_names(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each Polish name around a head of `patterns/org_heads_polish.tsv` ->
    its kind."""
    if language_of(doc.text) != "pl":
        return {}
    heads, stops = load_lexicon("org_heads_polish.tsv"), stop_words("pl")
    found = {}
    for t in doc:
        if not t.is_title or t.lower_ not in heads:
            continue
        end = _name_end(doc, t.i + 1, stops)
        start = t.i - 1 if t.i > 0 and _ADJECTIVE.fullmatch(doc[t.i - 1].text) and _same_line(doc[t.i - 1]) else t.i
        if end > t.i + 1:
            found[(start, end)] = heads[t.lower_]
    return found


def _name_end(doc: Doc, k: int, stops: frozenset[str]) -> int:
    end = k
    while end < len(doc) and end - k < _MAX_WORDS and _same_line(doc[end - 1]):
        t = doc[end]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if _name_word(t, stops):
            end += 1
        elif end > k and nxt is not None and (t.text == _AND and _name_word(nxt, stops) or t.lower_ == _NUMBER and nxt.like_num):
            end += 2
        else:
            break
    return end


def _name_word(token: Token, stops: frozenset[str]) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper and len(token) > 1) and token.lower_ not in stops


def _same_line(token: Token) -> bool:
    return "\n" not in token.text_with_ws
