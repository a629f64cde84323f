"""Units of measure written after a number ("41,285 square kilometres", "30kms", "3.5-liter").

Spellings come from pint's unit registry: each unit's name, symbol, aliases and plurals, the
SI prefixes where they apply ("km", "megawatts", "kWh"), and squares and cubes of lengths
("sq ft", "km²", "cubic metres"). `patterns/numbers_measures.tsv` chooses which registry units
an everyday text uses (a physics registry also holds "point", "chain" and "cup") and adds the
few it lacks ("mu"). Spelled-out names match in any case; symbols only as written, and a
symbol that is also an English word or a scale ("in", "m") is only taken glued to the number
(`glued_only`), where it cannot be read as the next word; so are the capitalised forms of a
kilo symbol ("90Kg", "25KG", "5KM"), which a careful text would not write but many do.

Money's codes and capital-letter signs are here too (`currency_codes`, `currency_signs`):
the zones read "QR800" as an amount by them and the organisation rules never take one for
a body, and neither may import the numbers package that reads the amounts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from ..patterns import load_lexicon
from .alternation import alternation as trie

_PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta", "c": "centi", "m": "milli"}
_SQUARE = ("square {}", "sq {}", "sq. {}", "sq.{}", "{}2", "{}²")
_CUBE = ("cubic {}", "cu {}", "{}3", "{}³")


@dataclass(frozen=True)
class Spellings:
    """How units are written: names (any case), symbols (as written), and the symbols that
    may only stand glued to a number."""

    names: frozenset[str]
    symbols: frozenset[str]
    glued_only: frozenset[str]


def _plurals(name: str) -> set[str]:
    """ "metric ton" -> "metric tons"; "degree Celsius" -> "degrees Celsius"; "inch" -> "inches"."""
    words = name.split(" ")
    last = words[-1]
    out = {" ".join(words[:-1] + [last + ("es" if last.endswith(("ch", "sh", "s")) else "s")])}
    if words[0] == "degree" or "per" in words:
        out.add(" ".join([words[0] + "s"] + words[1:]))
    return out


def _forms(name: str, symbol: str, aliases: tuple[str, ...]) -> tuple[set[str], set[str]]:
    names = {name.replace("_", " ")} | {a.replace("_", " ") for a in aliases if a.isalpha() and len(a) > 3}
    names |= {p for n in names if not n.endswith("s") and n != "feet" for p in _plurals(n)}
    symbols = {symbol} | {a for a in aliases if len(a) <= 3 or not a.isalpha()}
    return names, {s for s in symbols if "_" not in s}


@functools.cache
def spellings() -> Spellings:
    """Every spelling of the units `patterns/numbers_measures.tsv` chooses, from pint's
    registry (names, symbols, SI-prefixed forms, squares and cubes of lengths), with those
    that are also words or abbreviations kept for the glued form only."""
    import pint

    registry = pint.UnitRegistry(cache_folder=None)
    chosen = load_lexicon("numbers_measures.tsv")
    names: set[str] = set()
    symbols: set[str] = set()
    lengths: set[str] = set()
    for unit, how in chosen.items():
        if how == "extra":
            names.add(unit)
            continue
        definition = registry._units[unit]
        unit_names, unit_symbols = _forms(definition.name, definition.symbol, definition.aliases)
        prefixes = [p for p in how.split(",") if p in _PREFIXES] if how else []
        unit_names |= {_PREFIXES[p] + n for p in prefixes for n in set(unit_names)}
        unit_symbols |= {p + s for p in prefixes for s in set(unit_symbols) if s.isalpha()}
        if "length" in how.split(","):
            lengths |= unit_names | unit_symbols
        names |= unit_names
        symbols |= unit_symbols
    for base in sorted(lengths):
        for shape in _SQUARE + _CUBE:
            (names if " " in shape.format("") or not base.isascii() or len(base) > 3 else symbols).add(shape.format(base))
    symbols |= {s + "s" for s in symbols if len(s) == 2 and s.isalpha() and s.islower()}
    ambiguous = set(load_lexicon("numbers_measures_glued_only.tsv")) | STOP_WORDS
    capitalised = {form for s in symbols if s[:1] == "k" and s.isalpha() and len(s) in (2, 3) for form in (s.capitalize(), s.upper())}
    glued_only = {s for s in symbols if len(s) == 1 or s in ambiguous or s.lower() in ambiguous} | (capitalised - symbols)
    symbols |= capitalised
    return Spellings(frozenset(names), frozenset(symbols), frozenset(glued_only))


def alternation(terms: Iterable[str]) -> str:
    """A regex alternation, longest first, a space matching a run of blanks or a hyphen."""
    return trie(terms, r"[ \t-]+")


@functools.cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 code: written alone ("EUR 26.5 million"), a code names money, not a body."""
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@functools.cache
def currency_signs() -> frozenset[str]:
    """The ISO codes and the capital-letter signs of `patterns/numbers_currencies.tsv`
    ("FCFA", "QR"): none names an organisation, and glued to three digits or more
    ("QR800") each writes an amount, not a code."""
    return currency_codes() | {t for t in load_lexicon("numbers_currencies.tsv") if re.fullmatch(r"[A-Z]{2,4}", t)}


@functools.cache
def demonym_currency_names() -> dict[str, str]:
    """ "Rwandan Francs", "Chinese Yuan", "Bangladeshi Taka": a country's adjective before a
    word of its own currency's name (the currency whose ISO code opens with the country's
    alpha-2 code; the words of `patterns/numbers_currencies.tsv` count too), singular or
    plural, in lower or title case -> the ISO code. None names an organisation either."""
    names: dict[str, set[str]] = {}
    for term, code in load_lexicon("numbers_currencies.tsv").items():
        if re.fullmatch(r"[a-z]{3,}", term):
            names.setdefault(code, set()).add(term)
    for c in pycountry.currencies:
        last = c.name.split()[-1].lower()
        names.setdefault(c.alpha_3, set()).update({last, last + "s"})
    out = {}
    for adjective, iso3 in load_lexicon("demonyms.tsv").items():
        country = pycountry.countries.get(alpha_3=iso3)
        for code in (c for c in names if country and c[:2] == country.alpha_2):
            for word in names[code]:
                out[f"{adjective} {word}"] = code
                out[f"{adjective} {word.capitalize()}"] = code
    return out
