"""Currencies as the texts write them: ISO 4217 codes and pycountry names, signs and words
(`patterns/numbers_currencies.tsv`), and the signs several countries share
(`patterns/numbers_local_currencies.tsv`)."""

from __future__ import annotations

import functools
import re
from importlib.resources import files

import pycountry

from ...patterns import load_lexicon
from ..alternation import alternation as trie
from ..units import demonym_currency_names


def _alternation(terms: list[str]) -> str:
    """A regex alternation of literal terms, longest first, spaces matching any whitespace."""
    return trie(terms, r"\s+")




@functools.cache
def _currencies() -> dict[str, str]:
    """Currency term (as written) -> ISO 4217 code: the data file, codes and pycountry names
    (one-word names too, "Pula", "Kina", unless they are also words), withdrawn currencies'
    codes and names (`currencies_historic.tsv`), and a peso's or
    dollar's code or its country's (alpha-3 or alpha-2) before its sign ("COP$", "MXN$",
    "COL$", "GY$", "Gy$"), also with a space ("HK $", "R $") unless its letter is an English
    word ("A $20" is an article and a sum in dollars). A sign written as an HTML character
    reference, whole or without its "&" as copies break it ("&#163;", "#163;"), is the sign."""
    out = {c.alpha_3: c.alpha_3 for c in pycountry.currencies}
    excluded = load_lexicon("numbers_currency_names_excluded.tsv")
    for c in pycountry.currencies:
        if c.name.lower() not in excluded:
            out[c.name.lower()] = c.alpha_3
            out[c.name.lower() + "s"] = c.alpha_3
    for code, name in load_lexicon("currencies_historic.tsv").items():
        out.update({code: code, name.lower(): code, name.lower() + "s": code})
    out.update(load_lexicon("numbers_currencies.tsv"))
    out.update({f"({c.alpha_3})": c.alpha_3 for c in pycountry.currencies})
    out.update({f"{c.alpha_3}$": c.alpha_3 for c in pycountry.currencies if re.search(r"Peso|Dollar", c.name)})
    for country, code in _dollar_countries().items():
        alpha_2 = pycountry.countries.get(alpha_3=country).alpha_2
        for sign in (f"{country}$", f"{alpha_2}$", f"{alpha_2.title()}$"):
            out.setdefault(sign, code)
    for term, code in demonym_currency_names().items():
        out.setdefault(term, code)
    for term in _local_currencies():
        out.setdefault(term, "")
    for term, code in list(out.items()):
        if len(term) == 1 and not term.isalnum():
            out.setdefault(f"&#{ord(term)};", code)
            out.setdefault(f"#{ord(term)};", code)
        if re.fullmatch(r"[A-Z]{1,3}\$", term) and term[:-1] not in ("A", "I"):
            out.setdefault(f"{term[:-1]} $", code)
        if _capitalisable(term):
            out.setdefault(term[0].upper() + term[1:], code)
    return out


def _dollar_countries() -> dict[str, str]:
    """A country's alpha-3 code -> its own peso or dollar, for signs written with the
    country's code ("COL$ 3,2 billones" is Colombian pesos): the one currency whose ISO code
    opens with the country's alpha-2 code and whose name is a peso or a dollar, not an
    accounting unit named in brackets ("Uruguay Peso en Unidades Indexadas (UI)")."""
    out = {}
    for country in pycountry.countries:
        codes = [
            c.alpha_3 for c in pycountry.currencies
            if c.alpha_3[:2] == country.alpha_2 and re.search(r"Peso|Dollar", c.name) and "(" not in c.name
        ]
        if len(codes) == 1:
            out[country.alpha_3] = codes[0]
    return out


def dollar_of(country: str | None) -> str | None:
    """The peso or dollar of `country` (CLP for Chile), which a text in its own language, not
    English, writes "$": "$ 165 mil millones" in a Chilean paper is pesos, where an English
    text about Chile writing "$" means US dollars."""
    return _dollar_countries().get(country) if country else None


def _capitalisable(term: str) -> bool:
    """A phrase of a word and a sign ("francs CFA"), which a title or a French text writes
    capitalised too ("Francs CFA")."""
    return " " in term and term[:1].islower() and not _is_word(term)


@functools.cache
def _local_currencies() -> dict[str, dict[str, str]]:
    """Signs and words several countries use ("$", "kr", "pesos"): term -> {ISO3: code}. The
    dollar written out ("$15 million dollars", "40 million dollars") is the money its sign is."""
    text = files("vocextract.patterns").joinpath("numbers_local_currencies.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            term, country, code = line.split("\t")
            out.setdefault(term, {})[country] = code
    for word in ("dollar", "dollars"):
        out[word] = {**out["$"], **out.get(word, {})}
    for term in [t for t in out if _capitalisable(t)]:
        out.setdefault(term[0].upper() + term[1:], out[term])
    return out


def local_currency(term: str | None, country: str | None) -> str | None:
    """The code of a shared currency term in the document's country: "$" in an Australian
    text is AUD; None where the term is not shared or the country does not use it."""
    if not term or not country:
        return None
    key = re.sub(r"\s+", " ", term)
    table = _local_currencies()
    return (table.get(key) or table.get(key.lower()) or {}).get(country)


def _is_word(term: str) -> bool:
    """Plain words ("dollars", "Kenyan shillings") match in any case; signs, codes and
    abbreviations ("Rs.", "Ksh") match as written, before or after the number."""
    return bool(re.fullmatch(r"[A-Za-z][a-z ]*[a-z]", term)) and len(term) > 2 and (term.islower() or " " in term)


_TITLED_PREFIX_EXCLUDED = frozenset({"USD", "EUR", "GBP", ""})


def prefix_terms() -> list[str]:
    """Currency terms read before a number: signs, codes and abbreviations as written, and a
    national currency's one-word name capitalised ("Taka 156 crore", "Naira 3 billion"), as
    South Asian and African copy writes it, and a code with a point ("IDR. 300 billion", as
    "Rs." is written). The dollar's, euro's and pound's names stay out: "Euro 2024" is a
    tournament, "Pound 5" no sum."""
    currencies = _currencies()
    titled = [
        t.title() for t, code in currencies.items()
        if _is_word(t) and " " not in t and (code.split() or [""])[0] not in _TITLED_PREFIX_EXCLUDED
    ]
    pointed = [f"{c.alpha_3}." for c in pycountry.currencies if not c.alpha_3.startswith("X")]
    return [t for t in currencies if not _is_word(t)] + titled + pointed


_LONG_CODE = re.compile(r"[A-Z]{4,}")
"""A sign of four capitals or more ("FCFA"), which copy also writes in mixed case ("FCfa");
a three-letter ISO code keeps its capitals."""


def _currency_regex(terms: list[str]) -> str:
    """Words and long codes in any case, other signs as written; a sign of several words first ("francs CFA"
    before the word "francs"); none followed by a letter of any script ("denar" is not read
    in Albanian "denarë")."""
    words = [t for t in terms if _is_word(t)] + [t for t in terms if _LONG_CODE.fullmatch(t)]
    signs = [t for t in terms if not _is_word(t) and not _LONG_CODE.fullmatch(t)]
    phrases = [t for t in signs if " " in t]
    parts = ([_alternation(phrases)] if phrases else []) + ([rf"(?i:{_alternation(words)})"] if words else []) + [_alternation(signs)]
    return rf"(?:{'|'.join(parts)})(?![^\W\d_])"


@functools.cache
def names_after_scale() -> dict[str, str]:
    """National currencies whose one-word name, or the last word of their name ("Lao Kip"),
    is also a word ("won", "rand", "sol", "kip"): money only after a scale word. "10 million
    won" is a sum; "won 3 medals" and "12 won" are verbs."""
    excluded = load_lexicon("numbers_currency_names_excluded.tsv")
    return {
        name + plural: c.alpha_3
        for c in pycountry.currencies
        if not c.alpha_3.startswith("X")
        for name in {c.name.lower(), c.name.lower().split()[-1]} & excluded.keys()
        for plural in ("", "s")
    }


@functools.cache
def _all_terms() -> dict[str, str]:
    return {**names_after_scale(), **_currencies()}


def _currency_code(term: str) -> str | None:
    """The ISO code of a currency term; a minor unit's entry carries its share ("GBP 0.01")."""
    currencies = _all_terms()
    key = re.sub(r"\s+", " ", term)
    key = key[:-1] if re.fullmatch(r"[A-Z]{3}\.", key) else key
    entry = currencies.get(key) or currencies.get(key.lower()) or currencies.get(key.upper()) or ""
    return entry.split()[0] if entry else None


def _minor_unit(term: str) -> float:
    """What one of this currency term is worth in its currency: 0.01 for "pence", else 1."""
    currencies = _currencies()
    key = re.sub(r"\s+", " ", term)
    entry = (currencies.get(key) or currencies.get(key.lower()) or currencies.get(key.upper()) or "").split()
    return float(entry[1]) if len(entry) > 1 else 1.0
