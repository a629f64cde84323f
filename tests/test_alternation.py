"""A trie-shaped alternation finds what the plain list of terms, longest first, finds."""

from __future__ import annotations

import re

import pytest

from vocextract.extract.alternation import alternation


_SPACE = r"\s+"


def _listed(terms: list[str], space: str) -> str:
    return "|".join(re.escape(t).replace(r"\ ", space) for t in sorted(set(terms), key=len, reverse=True))


@pytest.mark.parametrize(
    ("terms", "text", "flags"),
    [
        pytest.param(["mil", "million", "millions", "milliard"], "2 millions, 3 milliards and mil", 0, id="prefixes-longest-first"),
        pytest.param(["per cent", "per", "percent"], "5 per  cent, 6 percent, 7 per head", 0, id="space-matches-a-run"),
        pytest.param(["Mil", "mil", "millones"], "Mil 40 MILLONES", re.I, id="cases-folded-by-the-caller"),
        pytest.param(["a.b", "a+b", "a?"], "a.b a+b a? ab", 0, id="special-characters-escaped"),
        pytest.param(["one"], "one someone", 0, id="a-single-term"),
    ],
)
def test_same_matches_as_the_list(terms, text, flags):
    trie = re.compile(rf"\b(?:{alternation(terms, _SPACE)})\b", flags)
    listed = re.compile(rf"\b(?:{_listed(terms, _SPACE)})\b", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]
    assert trie.search(text)


def test_shared_prefixes_are_written_once():
    assert alternation(["million", "millions", "milliard"], _SPACE).count("mil") == 1


def test_no_terms_match_nothing():
    assert alternation(["", ""], _SPACE) == ""
