"""The language a document is written in, guessed from its function words.

Number words are words of one language: "due" is two in Italian and a word in English,
"onze" eleven in French and "our" in Dutch. The guess counts each language's stop words
(spaCy's lists, public reference data) that English does not share; the language with the
most wins when it outnumbers English's own."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import spacy

from ..patterns import load_lexicon

ENGLISH = "en"
_CANDIDATES = ("de", "it", "nl", "id", "pl", "cs", "sk", "hu", "ro", "hr", "sl", "tr", "et", "lv", "lt", "sq", "fr", "es", "pt", "ca", "gl", "da", "sv", "nb", "fi", "sw", "tl", "vi", "az", "uz", "af", "is", "ga", "cy")
"""Languages told apart; Scandinavian ones are here so that Danish is not read as Dutch, and
Tagalog so that its short function words are not read as Romanian or Croatian ones, Uzbek and
Azerbaijani so that their country names' glued endings are read, Afrikaans (after Dutch, which
it shares most of its function words with) so that its own names are. On a
tie the earlier wins: Galician, which shares most of its function words with Portuguese,
comes after it."""
_ROMAN = re.compile(r"(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})")
"""Roman numerals, which some stop-word lists hold ("ii", "iii") and English tables write ("NC II")."""
_WORD = re.compile(r"(?:[oOgG][ʻ‘’'`](?=[^\W\d_])|[^\W\d_])+")
"""A word; Uzbek's "oʻ" and "gʻ", whose mark is often typed as a quote, stay inside it
("oʻzbek", "bo‘yicha"), or their halves read as other languages' one-letter words."""


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list of a language, read as the data file it is: importing the
    language's package would build its tokenizer exceptions (four seconds for French); ours
    (`patterns/stop_words_<language>.tsv`) for a language spaCy lacks (Swahili)."""
    path = Path(spacy.__file__).parent / "lang" / language / "stop_words.py"
    if not path.exists():
        return frozenset(load_lexicon(f"stop_words_{language}.tsv"))
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return frozenset(namespace["STOP_WORDS"])


@functools.cache
def _distinctive() -> dict[str, frozenset[str]]:
    return {
        language: frozenset(w for w in stop_words(language) - stop_words(ENGLISH) if not _ROMAN.fullmatch(w)) for language in _CANDIDATES
    }


@functools.cache
def foreign_stop_words() -> frozenset[str]:
    """Every candidate language's stop words, for a quick test before the text's language is
    asked for."""
    return frozenset().union(*(stop_words(language) for language in _CANDIDATES))


@functools.lru_cache(maxsize=4)
def language_of(text: str) -> str:
    """The ISO 639-1 code of the language most of the text's function words belong to; a
    language whose text holds one of its function words only, however often, beside English
    ones is none ("total" in an English table is no Spanish)."""
    words = _WORD.findall(text.lower())
    english = sum(w in stop_words(ENGLISH) for w in words)
    kinds = set(words)
    scores = {
        language: sum(w in distinct for w in words) * (len(kinds & distinct) > 1 or not english) for language, distinct in _distinctive().items()
    }
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] > english else ENGLISH
