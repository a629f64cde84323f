"""Uzbek and Azerbaijani organisation names, in a text in those languages: the head comes last
with a possessive and a case ending glued on (`patterns/org_heads_turkic.tsv`), after
capitalised words ("Bərdə Peşə Liseyinə", "Vazirlar Mahkamasining") or after lower-case
ones opened by a capitalised word ("Bandlik va mehnat munosabatlari vazirligi", "Koreya
xalqaro hamkorlik agentligi"). A head in the plural names a kind of body; a capitalised
word opening a sentence and a lower-case head alone ("Oʻquv markazida", at the training
centre) name none. A lower-case word in a place's case ("shahrida", in the city)
or a number ends the words before a head; so does a capital in "-dagi" ("Toshkentdagi", in
Tashkent), which says where, not whose, and a capital opening a sentence in a place's case
("Forumda", at the forum)."""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ...patterns import load_lexicon
from ..language import language_of, stop_words

_LANGUAGES = frozenset({"uz", "az"})
_JOINERS = frozenset({"va", "və"})
_MAX_LOWER = 7
_MAX_CAPITALS = 6
_SHORT_OPENING = 3
_PLURAL = ("lar", "lər")
"""A head in the plural ("kompaniyalari", "məktəbləri") names a kind of body, not one."""
_PLACE_ENDINGS = ("da", "dagi", "ga", "ka", "qa", "dan", "də", "dən", "dəki", "dakı")
"""Endings of the locative, dative and ablative: a word in them says where, and is no part of
a name."""


@functools.cache
def _heads() -> dict[str, str]:
    return load_lexicon("org_heads_turkic.tsv")


def turkic_names(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each such name -> its kind."""
    language = language_of(doc.text)
    if language not in _LANGUAGES:
        return {}
    stops = stop_words(language) if language == "az" else frozenset(load_lexicon("stop_words_uz.tsv"))
    found = {}
    for t in doc:
        kind = _head_kind(t)
        if kind is None:
            continue
        start = _name_start(doc, t.i, stops)
        if start is not None:
            found[(start, t.i + 1)] = kind
    return found


def _head_kind(token: Token) -> str | None:
    low = token.lower_
    if not token.is_alpha and not any(c in low for c in "ʻ‘'"):
        return None
    return next(
        (kind for stem, kind in _heads().items() if low.startswith(stem) and len(low) > len(stem) and not low[len(stem):].startswith(_PLURAL)),
        None,
    )


def _name_start(doc: Doc, head: int, stops: frozenset[str]) -> int | None:
    k, lower = head - 1, 0
    while k >= 0 and lower < _MAX_LOWER and _same_line(doc[k]) and _lower_name_word(doc[k], stops):
        k, lower = k - 1, lower + 1
    capitals = 0
    while k >= 0 and capitals < _MAX_CAPITALS and _same_line(doc[k]) and _capital_name_word(doc[k], stops):
        if _opens_sentence(doc, k) and doc[k].lower_.endswith(_PLACE_ENDINGS):
            break
        k, capitals = k - 1, capitals + 1
    start = k + 1
    if capitals == 0:
        return None
    if doc[head].is_lower and capitals == 1 and head - start + 1 < _SHORT_OPENING and _opens_sentence(doc, start):
        return None
    return start


def _lower_name_word(token: Token, stops: frozenset[str]) -> bool:
    if token.lower_ in _JOINERS:
        return True
    return token.is_lower and (token.is_alpha or "‘" in token.text or "ʻ" in token.text) and not token.like_num \
        and token.lower_ not in _number_words() | stops and not token.lower_.endswith(_PLACE_ENDINGS)


def _capital_name_word(token: Token, stops: frozenset[str]) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or any(c in token.text for c in "ʻ‘'")) and token.lower_ not in stops \
        and not token.lower_.endswith(("dagi", "dəki", "dakı"))


@functools.cache
def _number_words() -> frozenset[str]:
    return frozenset(load_lexicon("numbers_words_uz.tsv")) | frozenset(load_lexicon("numbers_words_az.tsv"))


def _same_line(token: Token) -> bool:
    return "\n" not in token.text_with_ws


def _opens_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in (".", "!", "?", ":", "—", "–") or not _same_line(doc[i - 1])
