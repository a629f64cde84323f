"""COUNTRY mentions: a gazetteer of ISO 3166-1 countries matched on the parsed Doc.

Names come from pycountry (name, official and common names, and the "X, Republic of" forms
turned around, and their French, Spanish, Portuguese, Italian, German, Dutch, Malay,
Indonesian and Russian translations, matched as written; German and Russian ones also in
their cases, by `inflection`) plus `patterns/country_names.tsv` for short forms pycountry
lacks; adjectives from `patterns/demonyms.tsv`, with their plurals for the people
("Rwandans"), and from the `demonyms_foreign`, `_de`, `_ru` and `_it` lists with their
endings. `patterns/country_blockers.tsv` lists longer phrases that hold a
country word but name a region, a city or a sub-national place ("Latin America", "New
Guinea", "Mexico City"): they take part in the longest-match choice and are then dropped, so
"Guinea" in "Papua New Guinea" and "Mexico" in "Mexico City" never come out on their own.
Provinces, states and large cities whose names hold a country's ("British Columbia",
"Western Australia", "Kuwait City") are blockers too, taken from `places`.
Rows of a statistics table labelled by two-letter codes ("DE", "EL") are countries when
several rows are. Names written in Han characters are read by `han`. The NER's GPE label is not used: it cannot tell a country from a city or a
province.
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pycountry
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..patterns import load_lexicon
from .mention import Mention, Place, Prepared
from . import han, places
from .inflection import (
    albanian_adjective, albanian_name, azerbaijani_adjective, azerbaijani_name, german_adjective, german_genitive, hungarian_adjective,
    hungarian_name, italian_adjective, polish_adjective, polish_name, polish_people, uzbek_adjective, uzbek_name, baltic_name, romanian_adjective, romanian_name, russian_adjective, russian_name, south_slavic_adjective, south_slavic_name,
    west_slavic_adjective, west_slavic_name, finnish_adjective, finnish_name, finnish_people_stem, turkish_people,
)
from .language import ENGLISH, language_of
from .places import multiword_names

_APOSTROPHES = ("'", "\u2019")
_MARKER = re.compile(r"\^|\[\d")
_CASE_ENDING = re.compile(r"['’](?=[a-zçğıöşü]+$)")
"""A case ending after an apostrophe, as Turkish writes one on a name ("Kırgızistan'ın")."""
_CONTINENT_WINDOW = 5
_CONTINENTS_LISTED = 2
_INVERTED = re.compile(r"^(?P<head>[^,]+), (?:The )?(?P<tail>.+ (?:of|of the))$")


@dataclass(frozen=True)
class Entry:
    """What a gazetteer phrase stands for; `iso3` is empty for a blocker. An `exact` one (of
    another language) matches as written or capitalised, unless `lower_only`: Italian
    demonyms are also common surnames ("Albanese", "Russo", "Greco")."""

    term: str
    form: str
    iso3: str = ""
    exact: bool = False
    lower_only: bool = False


def _pycountry_names(country) -> list[str]:
    """Every name pycountry gives a country, "Korea, Republic of" turned into "Republic of Korea"."""
    names = filter(None, (getattr(country, a, None) for a in ("name", "official_name", "common_name")))
    return [
        f"{m['tail']} {m['head']}" if (m := _INVERTED.match(name)) else name.removeprefix("the ")
        for name in names
    ]


_LANGUAGES = ("fr", "es", "pt", "it", "de", "nl", "ms", "id", "vi", "tr", "da", "sv", "nb", "fi", "ca", "gl")


def _translated(language: str) -> dict[str, str]:
    """Countries' names in one language from pycountry's translations ("Mauritanie",
    "Estados Unidos", "Bundesrepublik Deutschland"), inverted forms ("Corée, République de")
    turned the right way round, the names in `patterns/country_names_foreign_excluded.tsv`
    left out."""
    excluded = load_lexicon("country_names_foreign_excluded.tsv")
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for name in filter(None, (getattr(country, a, None) for a in ("name", "official_name", "common_name"))):
            foreign = _ARABIC_MARKS.sub("", _turned(translate(name)))
            if "," not in foreign and foreign not in excluded:
                out.setdefault(foreign, country.alpha_3)
    return out


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670]")
"""Arabic's vowel and doubling marks, which pycountry's Arabic names carry ("السّعوديّة") and
running text leaves out ("السعودية")."""


def _foreign_names() -> dict[str, str]:
    """Countries' names in French, Spanish, Portuguese, Italian, German, Dutch, Malay, Indonesian, Vietnamese, Turkish, Danish,
    Swedish, Norwegian, Finnish, Catalan and Galician, for the passages of
    other languages that reports quote, each also capitalised word by word and with its
    capitals' accents dropped, as headlines write them ("Etats-Unis", "Emirats arabes unis");
    German ones also in the genitive ("Serbiens"); and the short names pycountry lacks
    (`patterns/country_names_foreign_short.tsv`: "Russland", "Grande-Bretagne")."""
    out: dict[str, str] = {}
    named = [(language, pair) for language in _LANGUAGES for pair in _translated(language).items()]
    short = [("", pair) for pair in load_lexicon("country_names_foreign_short.tsv").items()]
    for language, (foreign, iso3) in named + short:
        for form in (foreign, _titled(foreign), *(german_genitive(foreign) if language == "de" else ())):
            out.setdefault(form, iso3)
            if len(form) > _SHORTEST_UNACCENTED:
                out.setdefault(_unaccented_capitals(form), iso3)
    return out


_SHORTEST_UNACCENTED = 2
"""A name of one or two letters keeps its accent: Vietnamese "Ý" (Italy) is no "Y"."""


def _inflected_gazetteer(
    language: str, name_forms: Callable[[str], list[str]], adjective_forms: Callable[[str], list[str]],
    locales: tuple[str, ...] = (),
) -> dict[str, Entry]:
    """A language's names (pycountry's, in its `locales` too, and
    `patterns/country_names_<language>.tsv`) in every form `name_forms` gives, and the
    adjectives of `patterns/demonyms_<language>.tsv` in every form `adjective_forms` gives; a
    form that is an excluded name is left out, unless the language's own list names it (in a
    Finnish text "Suomi" is Finland, elsewhere the end of a region's name)."""
    excluded = load_lexicon("country_names_foreign_excluded.tsv")
    entries: dict[str, Entry] = {}
    own = load_lexicon(f"country_names_{language}.tsv")
    translated = [pair for locale in (language, *locales) for pair in _translated(locale).items()]
    for name, iso3 in [*translated, *own.items()]:
        for form in name_forms(name):
            if form not in excluded or form in own:
                entries.setdefault(form, Entry(form, "name", iso3, exact=True))
    for stem, iso3 in load_lexicon(f"demonyms_{language}.tsv").items():
        for form in adjective_forms(stem):
            if form not in excluded:
                entries.setdefault(form, Entry(form, "adjective", iso3, exact=True))
    return entries


@functools.cache
def cyrillic_gazetteer() -> dict[str, Entry]:
    """Russian names in every case ("в Узбекистане", "опыта Швейцарии"), also capitalised word
    by word, and adjectives in every form ("китайских"): kept apart from `gazetteer` and
    matched only in a text with Cyrillic letters, since building their eight thousand phrases
    costs every process a second."""
    return _inflected_gazetteer("ru", lambda name: sorted({*russian_name(name), *russian_name(_titled(name))}), russian_adjective)


@functools.cache
def polish_gazetteer() -> dict[str, Entry]:
    """Polish names in every case ("w Kenii", "w Niemczech", "Korei Południowej"), adjectives
    in every form ("niemieckiego", "chińskim") and peoples ("Ukraińców", "Polacy"): matched only in a text with letters only Polish
    writes, as the Russian ones are."""
    people = {
        form: Entry(form, "adjective", iso3, exact=True)
        for forms, iso3 in load_lexicon("demonyms_pl_people.tsv").items() for form in polish_people(*forms.split(" "))
    }
    return people | _inflected_gazetteer("pl", polish_name, polish_adjective)


@functools.cache
def west_slavic_gazetteer() -> dict[str, Entry]:
    """Czech and Slovak names in their cases ("v Německu", "v Keni", "na Slovensku") and
    adjectives in every form ("německé", "čínskych")."""
    return {
        **_inflected_gazetteer("sk", west_slavic_name, west_slavic_adjective),
        **_inflected_gazetteer("cs", west_slavic_name, west_slavic_adjective),
    }


@functools.cache
def hungarian_gazetteer() -> dict[str, Entry]:
    """Hungarian names with their case suffixes ("Kínában", "Magyarországon"), place
    adjectives ("kínai") and nationality words ("magyar", "német")."""
    return _inflected_gazetteer("hu", hungarian_name, hungarian_adjective)


@functools.cache
def romanian_gazetteer() -> dict[str, Entry]:
    """Romanian names with their genitive ("Germaniei", "Republicii Moldova") and adjectives
    in every form ("germane", "chinezești")."""
    return _inflected_gazetteer("ro", romanian_name, romanian_adjective)


@functools.cache
def south_slavic_gazetteer() -> dict[str, Entry]:
    """Croatian, Serbian (in Latin letters) and Slovene names in their cases ("u Srbiji",
    "Republike Hrvatske", "v Sloveniji") and adjectives in every form ("kineskih", "nemški")."""
    return {
        **_inflected_gazetteer("hr", south_slavic_name, south_slavic_adjective, locales=("sr@latin", "bs")),
        **_inflected_gazetteer("sl", south_slavic_name, south_slavic_adjective),
    }


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_POLISH_LETTERS = re.compile(r"[ąęłńśźżŁŚŹŻ]")
_WEST_SLAVIC_LETTERS = re.compile(r"[ěřůľĺŕôňťďĚŘŮĽŇŤĎ]")
_HUNGARIAN_LETTERS = re.compile(r"[őűŐŰ]")
_ROMANIAN_LETTERS = re.compile(r"[șțȘȚţŢ]")

@functools.cache
def baltic_gazetteer() -> dict[str, Entry]:
    """Estonian, Latvian and Lithuanian names in their cases ("Eestisse", "Latvijas
    Republikas", "Lietuvoje") and the indeclinable words that name a country's people and
    language before a noun ("eesti", "latviešu", "lietuvių")."""
    return {
        **_inflected_gazetteer("et", baltic_name, _undeclined),
        **_inflected_gazetteer("lv", baltic_name, _undeclined),
        **_inflected_gazetteer("lt", baltic_name, _undeclined),
    }


@functools.cache
def albanian_gazetteer() -> dict[str, Entry]:
    """Albanian names in their cases ("në Shqipëri", "Maqedonisë së Veriut", "Zvicrës") and
    adjectives in every form ("zvicerane", "gjermanë")."""
    return _inflected_gazetteer("sq", albanian_name, albanian_adjective)


@functools.cache
def finnish_gazetteer() -> dict[str, Entry]:
    """Finnish names in their cases ("Kiinassa", "Suomen", "Keniaan") and nationality words
    in theirs ("suomalaisen", "kiinalaiset"): those of `patterns/demonyms_fi.tsv` (the
    irregular "ruotsalainen" among them), the rest made from the name ("ukrainalaisten")."""
    entries = _inflected_gazetteer("fi", finnish_name, finnish_adjective)
    listed = set(load_lexicon("demonyms_fi.tsv").values())
    names = [*_translated("fi").items(), *load_lexicon("country_names_fi.tsv").items()]
    for name, iso3 in names:
        if " " in name or iso3 in listed:
            continue
        for form in finnish_adjective(finnish_people_stem(name)):
            entries.setdefault(form, Entry(form, "adjective", iso3, exact=True))
    return entries


def _finnish_compounds(doc: Doc) -> dict[tuple[int, int], list[Entry]]:
    """ "kenialaisopiskelijat" (Kenyan students), "Suomalaisyritykset": a Finnish compound
    opening with a nationality word's stem and "s" names that country."""
    stems = {stem + "s": iso3 for stem, iso3 in load_lexicon("demonyms_fi.tsv").items()}
    found = {}
    for t in doc:
        low = t.lower_
        stem = next((s for s in stems if low.startswith(s) and len(low) > len(s) + _COMPOUND_REST), None)
        if stem is not None and t.is_alpha and low not in finnish_gazetteer():
            found[(t.i, t.i + 1)] = [Entry(t.text, "adjective", stems[stem], exact=True)]
    return found


_COMPOUND_REST = 3


@functools.cache
def turkish_gazetteer() -> dict[str, Entry]:
    """Turkish words for a country's people ("Suriyeli", "Kazakistanlı", "Somalililer"), one
    for each Turkish country name; read in Turkish texts only."""
    return {
        form: Entry(form, "adjective", iso3, exact=True)
        for name, iso3 in _translated("tr").items() if " " not in name for form in turkish_people(name)
    }


def _turkish(text: str) -> bool:
    return language_of(text) == "tr"


@functools.cache
def nordic_gazetteer() -> dict[str, Entry]:
    """ "Danmarks", "Sveriges", "Kinas": Danish, Swedish and Norwegian write a name's genitive
    with "-s" glued on (none after a sibilant); read in those languages only, where "Islands"
    is Iceland's and no plural."""
    return {
        name + "s": Entry(name + "s", "name", iso3, exact=True)
        for language in _NORDIC for name, iso3 in _translated(language).items()
        if not name.endswith(("s", "x", "z"))
    }


_NORDIC = ("da", "sv", "nb")


def _nordic(text: str) -> bool:
    return language_of(text) in _NORDIC


@functools.cache
def tagalog_gazetteer() -> dict[str, Entry]:
    """Tagalog names ("Pilipinas", "Hapon", "Alemanya") and words for a country's people
    ("Pilipino"), which do not inflect."""
    return _inflected_gazetteer("tl", _undeclined, _undeclined, locales=("fil",))


def _undeclined(word: str) -> list[str]:
    return [word]


def _baltic(text: str) -> bool:
    return language_of(text) in ("et", "lv", "lt")


def _albanian(text: str) -> bool:
    return language_of(text) == "sq"


@functools.cache
def uzbek_gazetteer() -> dict[str, Entry]:
    """Uzbek names with their glued case endings ("Yaponiyaga", "Germaniyaning", "Oʻzbekistonda")
    and peoples' words ("oʻzbek", "oʻzbekistonlik")."""
    return _inflected_gazetteer("uz", uzbek_name, uzbek_adjective)


@functools.cache
def azerbaijani_gazetteer() -> dict[str, Entry]:
    """Azerbaijani names with their glued case endings ("Türkiyənin", "Azərbaycanda") and
    peoples' words ("alman", "azərbaycanlı")."""
    return _inflected_gazetteer("az", azerbaijani_name, azerbaijani_adjective)


@functools.cache
def afrikaans_gazetteer() -> dict[str, Entry]:
    """Afrikaans names ("Suid-Afrika", "Duitsland", "Namibië") and adjectives with their "-e"
    ("Suid-Afrikaanse", "Duitse")."""
    return _inflected_gazetteer("af", lambda name: [name], lambda word: [word, word + "e"])


_IRISH_VOWELS = "AEIOUÁÉÍÓÚ"


def irish_forms(name: str) -> list[str]:
    """ "An Rúis" -> Rúis; "Éire" -> hÉire: a name without its article, and with the "h-" a
    vowel takes after "na" ("na hÉireann")."""
    bare = name.removeprefix("An ")
    return sorted({name, bare} | ({"h" + bare} if bare[:1] in _IRISH_VOWELS else set()))


@functools.cache
def irish_gazetteer() -> dict[str, Entry]:
    """Irish names in their cases and mutations ("na hÉireann", "d'Éirinn", "sa Rúis")."""
    return _inflected_gazetteer("ga", irish_forms, lambda word: [word, word + "a"])


def _irish(text: str) -> bool:
    return language_of(text) == "ga"


def _afrikaans(text: str) -> bool:
    """Afrikaans, or Dutch, which `language_of` may take a short Afrikaans text for."""
    return language_of(text) in ("af", "nl")


def _uzbek(text: str) -> bool:
    return language_of(text) == "uz"


def _azerbaijani(text: str) -> bool:
    return language_of(text) == "az"


def _arabic(text: str) -> bool:
    """Mostly written in Arabic script: a native name quoted in an English page ("Native name
    | الشركة السعودية …") names no country the page is about."""
    if not _ARABIC_LETTER.search(text):
        return False
    letters = re.findall(r"[^\W\d_]", text)
    return len(_ARABIC_LETTER.findall(text)) > _MOSTLY_ARABIC * max(1, len(letters))


_MOSTLY_ARABIC = 0.5
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


@functools.cache
def arabic_gazetteer() -> dict[str, Entry]:
    """Countries' names in Arabic (ISO 3166's translations, without the vowel marks running
    text leaves out: "مصر", "الأردن", "السعودية")."""
    excluded = load_lexicon("country_names_foreign_excluded.tsv")
    return {name: Entry(name, "name", iso3, exact=True) for name, iso3 in _translated("ar").items() if name not in excluded}


def _finnish(text: str) -> bool:
    return language_of(text) == "fi"


def _tagalog(text: str) -> bool:
    return language_of(text) == "tl"


def _south_slavic(text: str) -> bool:
    """Croatian, Serbian and Slovene share their letters with Czech and Slovak, and a
    Slovak company's "Slovensko" in an English page is no Slovene adjective: their forms are
    read in a text in those languages only."""
    return language_of(text) in ("hr", "sl")


_GATED: dict[str, tuple[Callable[[str], object], Callable[[], dict[str, Entry]]]] = {
    "cyrillic": (_CYRILLIC.search, cyrillic_gazetteer),
    "arabic": (_arabic, arabic_gazetteer),
    "polish": (_POLISH_LETTERS.search, polish_gazetteer),
    "south_slavic": (_south_slavic, south_slavic_gazetteer),
    "west_slavic": (_WEST_SLAVIC_LETTERS.search, west_slavic_gazetteer),
    "hungarian": (_HUNGARIAN_LETTERS.search, hungarian_gazetteer),
    "romanian": (_ROMANIAN_LETTERS.search, romanian_gazetteer),
    "baltic": (_baltic, baltic_gazetteer),
    "albanian": (_albanian, albanian_gazetteer),
    "tagalog": (_tagalog, tagalog_gazetteer),
    "finnish": (_finnish, finnish_gazetteer),
    "nordic": (_nordic, nordic_gazetteer),
    "turkish": (_turkish, turkish_gazetteer),
    "afrikaans": (_afrikaans, afrikaans_gazetteer),
    "irish": (_irish, irish_gazetteer),
    "uzbek": (_uzbek, uzbek_gazetteer),
    "azerbaijani": (_azerbaijani, azerbaijani_gazetteer),
}
"""Gazetteers of inflected names, built and matched only for a text written in their letters
(or language); where two read the same words, the later wins (Slovak "na Slovensku" is
Slovakia, not the Croatian adjective "Slovene")."""


def _unaccented_capitals(name: str) -> str:
    """ "États-Unis" -> "Etats-Unis": capitals without their accents."""
    return "".join(unicodedata.normalize("NFD", c)[0] if c.isupper() else c for c in name)


_FEMININE = (
    ("ais", "aise"), ("ois", "oise"), ("ien", "ienne"), ("éen", "éenne"), ("ain", "aine"), ("ol", "ola"), ("ol", "ole"), ("and", "ande"),
    ("o", "a"),
)
"""Masculine endings and their feminines, Spanish and French alike ("español" -> española,
"espagnol" -> espagnole); a word takes every feminine its ending allows."""


def _inflected(masculine: str) -> list[str]:
    """A Spanish, Portuguese or French demonym with its feminine and plurals: "salvadoreño"
    -> salvadoreña, salvadoreños, salvadoreñas; "costarricense" -> costarricenses; "malien"
    -> malienne, maliens, maliennes; "sénégalais" (its own plural) -> sénégalaise(s). A
    stressed last syllable loses its accent when it grows ("japonés" -> japonesa, japoneses;
    "alemão" -> alemã, alemães; "marroquí" -> marroquíes)."""
    if masculine.endswith("ão"):
        return sorted({masculine, masculine[:-1], masculine[:-1] + "s", masculine[:-1] + "es"})
    if masculine.endswith("í"):
        return sorted({masculine, masculine + "s", masculine + "es"})
    if len(masculine) > 2 and masculine[-2] in _STRESSED and masculine[-1] in "sn":
        stem = masculine[:-2] + _STRESSED[masculine[-2]] + masculine[-1]
        return sorted({masculine, stem + "a", stem + "as", stem + "es"})
    feminines = {masculine[: -len(m)] + f for m, f in _FEMININE if masculine.endswith(m)} or {masculine}
    forms = {masculine, *feminines, *(f + "s" for f in feminines), masculine if masculine.endswith("s") else masculine + "s"}
    return sorted(forms)


_STRESSED = {"é": "e", "ê": "e", "á": "a", "ó": "o", "í": "i"}


_LEADING_ARTICLE = re.compile(r"^(?:la|le|les|l['’]|el|los|las|a|o|os|as|die|der|das)\s*", re.I)


def _turned(name: str) -> str:
    """An inverted name the right way round, as prose writes it: "Corée, République de" ->
    "République de Corée", "Congo, La République démocratique du" -> "République
    démocratique du Congo" (its article dropped)."""
    head, sep, rest = name.partition(", ")
    if not sep or "," in rest or "(" in name:
        return name
    return _LEADING_ARTICLE.sub("", rest) + ("" if rest.endswith(("'", "’")) else " ") + head


_SMALL_WORDS = {"de", "du", "des", "la", "le", "les", "et", "y", "e", "do", "da", "dos", "das", "del", "el"}


def _titled(name: str) -> str:
    """A foreign name as headlines capitalise it: "République Démocratique du Congo"."""
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in name.split(" "))


def _every_word_capitalised(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))


@functools.cache
def gazetteer() -> dict[str, Entry]:
    """Every phrase we look for, keyed by its exact spelling; a name of two or three words
    also hyphened, as French copy writes it ("Côte-d'Ivoire", "Burkina-Faso"), and one joined by
    "and" also with "&" ("Trinidad & Tobago")."""
    entries: dict[str, Entry] = {}
    for country in pycountry.countries:
        for name in _pycountry_names(country):
            entries[name] = Entry(name, "name", country.alpha_3)
    for name, iso3 in _foreign_names().items():
        entries.setdefault(name, Entry(name, "name", iso3, exact=True))
    for table, form in (("country_names.tsv", "name"), ("demonyms.tsv", "adjective")):
        for term, iso3 in load_lexicon(table).items():
            entries[term] = Entry(term, form, iso3)
    for term, entry in list(entries.items()):
        if "Saint " in term:
            for short in ("St. ", "St "):
                variant = term.replace("Saint ", short)
                entries.setdefault(variant, Entry(variant, entry.form, entry.iso3))
    for term, entry in list(entries.items()):
        if " and " in term:
            variant = term.replace(" and ", " & ")
            entries.setdefault(variant, Entry(variant, entry.form, entry.iso3))
    names = load_lexicon("country_names.tsv").keys() | {n for c in pycountry.countries for n in _pycountry_names(c)}
    for term, iso3 in load_lexicon("demonyms.tsv").items():
        if not term.endswith(("s", "sh", "ch", "ese")) and term not in names:
            entries.setdefault(term + "s", Entry(term + "s", "adjective", iso3))
    foreign_demonyms = (
        *((form, iso3) for term, iso3 in load_lexicon("demonyms_foreign.tsv").items() for form in _inflected(term)),
        *((form, iso3) for term, iso3 in load_lexicon("demonyms_de.tsv").items() for form in (german_adjective(term) if term.endswith("sch") else [term])),
        *load_lexicon("demonyms_nl.tsv").items(),
        *load_lexicon("demonyms_ca_gl.tsv").items(),
        *load_lexicon("demonyms_tr_nordic.tsv").items(),
    )
    for form, iso3 in foreign_demonyms:
        entries.setdefault(form, Entry(form, "adjective", iso3, exact=True))
    for term, iso3 in load_lexicon("demonyms_it.tsv").items():
        for form in italian_adjective(term):
            entries.setdefault(form, Entry(form, "adjective", iso3, exact=True, lower_only=True))
    for term in [*load_lexicon("country_blockers.tsv"), *_namesake_subdivisions()]:
        entries[term] = Entry(term, "blocker")
    for term in multiword_names():
        words = term.split(" ")
        parts = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)} - {term}
        if term not in entries and any(p in entries and entries[p].form != "blocker" for p in parts):
            entries[term] = Entry(term, "blocker")
    for term in _places_named_after_countries(entries):
        entries.setdefault(term, Entry(term, "blocker"))
    for term, entry in list(entries.items()):
        if entry.form == "name" and 0 < term.count(" ") < 3:
            hyphened = term.replace(" ", "-")
            entries.setdefault(hyphened, Entry(hyphened, entry.form, entry.iso3))
        if entry.form == "name" and " " not in term and all(part[:1].isupper() for part in term.split("-")[1:]):
            spaced = term.replace("-", " ")
            entries.setdefault(spaced, Entry(spaced, entry.form, entry.iso3))
    for term, entry in list(entries.items()):
        for apostrophe in _APOSTROPHES:
            for other in _APOSTROPHES:
                if apostrophe in term and other != apostrophe:
                    variant = term.replace(apostrophe, other)
                    entries.setdefault(variant, Entry(variant, entry.form, entry.iso3))
    return entries


def _places_named_after_countries(entries: dict[str, Entry]) -> set[str]:
    """ "New Georgia" (an island), "New Ireland": "New" before a country's name names another
    place; and a state named by a compass point and its country ("South Australia") has an
    adjective of its own ("South Australian Government"), unless that is a country's too
    ("South African")."""
    names = {term: e.iso3 for term, e in entries.items() if e.form == "name" and " " not in term and term[:1].isupper()}
    adjectives: dict[str, list[str]] = {}
    for term, e in entries.items():
        if e.form == "adjective" and " " not in term and term[:1].isupper():
            adjectives.setdefault(e.iso3, []).append(term)
    out = {f"New {name}" for name in names}
    for term in multiword_names():
        compass, _, rest = term.partition(" ")
        if compass.lower() in _COMPASS and rest in names:
            out.update(f"{compass} {adjective}" for adjective in adjectives.get(names[rest], []))
    return out


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})


def _namesake_subdivisions() -> set[str]:
    """A state or province named like another country, with its kind after it ("Niger State"
    in Nigeria, "Georgia State", "Luxembourg Province"): the place, not the country."""
    countries = {c.alpha_2: c.name for c in pycountry.countries}
    return {
        f"{sub.name} {sub.type}" for sub in pycountry.subdivisions
        if sub.type in _SUBDIVISION_KINDS and sub.name in countries.values() and countries.get(sub.country_code) != sub.name
    }


_SUBDIVISION_KINDS = frozenset({"State", "Province", "Prefecture"})


@functools.cache
def _matcher(vocab: Vocab, gate: str | None = None) -> tuple[PhraseMatcher, dict[str, list[Entry]]]:
    """One case-insensitive matcher per vocabulary and gazetteer (the main one, or a gated one
    of `_GATED`); the casing is checked per match, against every entry spelt with the same
    letters ("Suisse" the name, "suisse" the adjective)."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    by_lower: dict[str, list[Entry]] = {}
    for term, entry in (_GATED[gate][1]() if gate else gazetteer()).items():
        by_lower.setdefault(term.lower(), []).append(entry)
        matcher.add(term.lower(), [tokenizer(term)])
    return matcher, by_lower


def _casing_ok(text: str, entry: Entry) -> bool:
    """Exact spelling (a foreign name also capitalised word by word, unless that is an
    excluded name, any name of several words with every word capitalised: "Cote D’Ivoire"),
    an all-caps heading, or a lower-cased name that is not an English word."""
    if text == entry.term or (text.isupper() and len(text) > 3):
        return True
    if entry.exact and not entry.lower_only and text == _titled(entry.term):
        return text not in load_lexicon("country_names_foreign_excluded.tsv")
    if " " in entry.term and entry.form == "name" and text == _every_word_capitalised(entry.term):
        return True
    return (
        not entry.exact
        and entry.form == "name"
        and text.islower()
        and len(text) > 3
        and "." not in text
        and text not in load_lexicon("country_common_words.tsv")
    )


def _caps_context(span: Span) -> bool:
    """True when a word next to `span` is in capitals: a heading, where "US" is the pronoun."""
    doc = span.doc
    around = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in around)


_SMALL_WORDS_BEFORE_A_NAME = frozenset({
    "Au", "Aux", "En", "Le", "La", "Les", "Du", "Des", "El", "Los", "Las", "Del", "Em", "No", "Na", "Do", "Da",
    "Il", "Nel", "In", "Im", "Am",
})
"""Prepositions and articles that open a sentence before a country's name ("Au Sénégal, …",
"En Bolivie"): the NER takes them into a person's name, a reader does not."""


def _in_person(span: Span) -> bool:
    """Inside a longer PERSON name ("Jordan Peterson"), a one-word country name is a name
    part; a name of several words ("Solomon Islands") is never a person's, whatever the NER says,
    nor is a name written twice ("Jordan Jordan", a flag's label before the country's name), nor
    one opening a name before an organisation's head noun or legal form ("Kenya Railways",
    "Toyota do Brasil Ltda.", which the NER reads as people at times; "John Holland Limited" is
    a person's name), nor one after an elided article or a small word the NER took into a name ("L’Autriche",
    "l’Etat du Sénégal", "Au Sénégal"), nor one in lower case, which no name part is ("su
    sede japonesa pasen"), nor one before a lower-case word the NER took into a name
    ("syarikat Jepun yang …"), nor one in a name right after a head noun that comes first
    ("Universiti Putra Malaysia").

    Read from the tokens' entity tags, not by walking `doc.ents`, which builds every entity
    span anew on each call."""
    doc = span.doc
    if len(span) > 1 or span.text.islower() or _office_of(span):
        return False
    inside = span[0].ent_type_ == "PERSON"
    before = doc[span.start - 1] if span.start > 0 and span[0].ent_iob_ == "I" and doc[span.start - 1].is_alpha and doc[span.start - 1].is_title else None
    if before is not None and before.text in _SMALL_WORDS_BEFORE_A_NAME:
        before = None
    after = doc[span.end] if span.end < len(doc) and doc[span.end].ent_iob_ == "I" and doc[span.end].is_alpha and doc[span.end].text[:1].isupper() else None
    if any(t is not None and t.text == span[0].text for t in (before, after)):
        return False
    if after is not None and before is None and _organisation_word(after):
        return False
    return inside and (before is not None or after is not None) and not _after_a_head(span)


def _after_a_head(span: Span) -> bool:
    """ "Universiti Putra Malaysia", "Politeknik Brunei": a name the NER reads as a person's
    right after an organisation's head noun that comes first, or opening with it, is the rest
    of that organisation's name."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    heads = load_lexicon("org_heads_foreign.tsv")
    opening = start < span.start and doc[start].text in heads
    return opening or start > 0 and doc[start - 1].text in heads


def _organisation_word(token: Token) -> bool:
    """A head noun or a legal form, which ends an organisation's name and no person's."""
    from .organisations.words import _LEGAL_WORDS

    return token.text in load_lexicon("org_heads.tsv") or token.lower_.rstrip(".") in _LEGAL_WORDS or token.lower_ in _LEGAL_WORDS


_NER_LANGUAGE = ENGLISH
"""The language the NER was trained on: in any other it reads people's names all over the text
(German writes every noun with a capital, "der Schweiz Feuer und Flamme"; an Indonesian title
"Magang ke Jepang" is a name to it), so there its PERSON tags veto no country."""


def _office_of(span: Span) -> bool:
    """ "Ambassador to Laos Jens Lutkenherm", "special envoy to Myanmar Sun Guoxiang": a country
    opening the person's name the NER reads after an office and its "to" or "of" is the
    office's, not the person's."""
    doc, i = span.doc, span.start
    return i >= 2 and span[0].ent_iob_ == "B" and doc[i - 1].lower_ in ("to", "of") and doc[i - 2].lower_ in _OFFICES


_OFFICES = frozenset({"ambassador", "envoy", "consul", "commissioner", "president", "minister", "king", "queen", "embassy"})


def word(token: Token) -> str:
    """The token's text without a citation marker glued to it ("UK^[6" -> "UK", "Governors[2" -> "Governors")."""
    return _MARKER.split(token.text, 1)[0] or token.text


def _bare(token: Token) -> str:
    """The token's text without a marker, a case ending (`_CASE_ENDING`) or a hyphen left
    dangling before a space ("the China- Africa forum", "del gobierno coreano- especialistas"):
    the name a country match reads."""
    bare = _CASE_ENDING.split(word(token), 1)[0] or token.text
    return bare.rstrip("-–") or bare if token.whitespace_ else bare


@functools.lru_cache(maxsize=2)
def _spans(doc: Doc) -> tuple[tuple[Span, Entry], ...]:
    """Longest gazetteer matches, including one-word names with a marker glued on; kept for
    the last docs, which the mentions, the main country and the facts all ask for."""
    matcher, by_lower = _matcher(doc.vocab)
    found = {(start, end): by_lower[doc.vocab.strings[match_id]] for match_id, start, end in matcher(doc)}
    for gate, (written_in, _) in _GATED.items():
        if written_in(doc.text):
            gated, gated_by_lower = _matcher(doc.vocab, gate)
            found |= {(start, end): gated_by_lower[doc.vocab.strings[m]] for m, start, end in gated(doc)}
    if _finnish(doc.text):
        found |= _finnish_compounds(doc)
    for tok in doc:
        if _bare(tok) != tok.text and _bare(tok).lower() in by_lower:
            found[(tok.i, tok.i + 1)] = by_lower[_bare(tok).lower()]
    entries = {}
    for (a, b), spelt in found.items():
        entry = next((e for e in spelt if _casing_ok(_text(doc[a:b]), e)), None)
        if entry is not None:
            entries[(a, b)] = entry
    return tuple((s, entries[(s.start, s.end)]) for s in filter_spans([doc[a:b] for a, b in entries]))


def names_a_country(span: Span) -> bool:
    """The span is exactly a country's name the gazetteers find in its document, one in a
    declined form of a gated language too ("Republicii Moldova")."""
    return any(found.start == span.start and found.end == span.end and entry.form == "name" for found, entry in _spans(span.doc))


def _text(span: Span) -> str:
    return span.text[: len(span.text) - len(span[-1].text) + len(_bare(span[-1]))]


def _near_continent(span: Span) -> bool:
    """A continent's name beside it, or two others in its paragraph ("from Europe reached
    47,271 … are from America. The number of African students …")."""
    doc, continents = span.doc, load_lexicon("continents.tsv")
    window = doc[max(0, span.start - _CONTINENT_WINDOW) : span.end + _CONTINENT_WINDOW]
    if any(word(t) in continents for t in window if not (span.start <= t.i < span.end)):
        return True
    text = doc.text
    start, end = text.rfind("\n", 0, span.start_char) + 1, text.find("\n", span.end_char)
    paragraph = text[start : end if end >= 0 else len(text)]
    others = {c for c in continents if c != span.text and re.search(rf"\b{c}(?:n|ns)?\b", paragraph)}
    return len(others) >= _CONTINENTS_LISTED


def _currency_mark(span: Span) -> bool:
    """ "US $2 million", "$US 5bn", "NZ$40", "10,000,000 US dollars": a country's short
    name marking whose currency it is, not the country the text is about ("Kenyan
    shillings" are Kenya's money, and say so)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if len(span.text) > 4:
        return False
    return (after is not None and after.lower_ in _currency_words()) or len(span.text) <= 3 and (
        (after is not None and after.text.startswith("$")) or (before is not None and before.text.endswith("$"))
    )


@functools.cache
def _currency_words() -> frozenset[str]:
    """Currencies' names in words ("dollars", "pesos", "rupees"), from the currency lexicons."""
    words = [*load_lexicon("numbers_currencies.tsv"), *load_lexicon("numbers_local_currencies.tsv")]
    return frozenset(w for w in words if w.isalpha() and w.islower() and len(w) > 2)


_FILE_WORDS = frozenset({"file", "files", "image", "images", "format", "formats", "icon", "icons"})


def _file_format(span: Span) -> bool:
    """ "a PNG file": a code that is also a file format's name, with a word saying so."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text.isupper() and after is not None and after.lower_ in _FILE_WORDS


def _without_its_the(span: Span, entry: Entry) -> bool:
    """ "Emirates" with no "the" before it: the airline, not the country."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return entry.term in load_lexicon("country_names_after_the.tsv") and (before is None or before.lower_ != "the")


_LANGUAGE_BEFORE = frozenset({"en", "le", "du", "au", "l'", "l’", "el", "em", "o", "på", "talar", "taler", "snakker", "pratar"})


def _names_a_language(span: Span, entry: Entry) -> bool:
    """ "en chinois", "du français", "el español", "på svenska", "talar svenska": a foreign
    demonym in lower case right after a preposition, an article or a verb of speaking is the
    language, not the country ("le modèle chinois" is), unless
    a noun follows it, which it qualifies (Danish "en dansk praktikaftale"), or a hyphen joins it
    to another adjective ("en dansk-tysk erklæring"). Before Uzbek "tili" or Azerbaijani "dili"
    (language) an adjective is the language ("nemis tilini", German), and so is one a page
    offers as its language (`_language_menu`)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    qualifies = after is not None and after.is_alpha and after.is_lower and len(after) > 3 and after.lower_ not in _WORDS_AFTER_A_LANGUAGE
    qualifies = qualifies or after is not None and after.text in ("-", "\u2013") and not span[-1].whitespace_
    if after is not None and after.lower_.startswith(_LANGUAGE_NOUNS) and entry.form == "adjective":
        return True
    if entry.form != "name" and _language_menu(span):
        return True
    return (
        entry.exact and entry.form == "adjective" and span.text.islower() and before is not None and before.lower_ in _LANGUAGE_BEFORE
        and not qualifies
    )


def _finnish_region(span: Span, entry: Entry) -> bool:
    """ "Varsinais-Suomi", "Itä-Suomi": in a Finnish text, a name hyphened onto a word that
    names no country is a region's name ("Suomi-Kiina", Finland and China, names two)."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or not _finnish(doc.text):
        return False
    return entry.term in finnish_gazetteer() and doc[i - 2].text not in finnish_gazetteer()


def _language_menu(span: Span) -> bool:
    """ "English | Français | Español": a page's choice of languages, words set between bars
    of which one is "English"."""
    doc, items = span.doc, [span.text]
    i = span.start - 1
    while i >= 1 and doc[i].text == "|":
        items.append(doc[i - 1].text)
        i -= 2
    j = span.end
    while j + 1 < len(doc) and doc[j].text == "|":
        items.append(doc[j + 1].text)
        j += 2
    return "English" in items


_LANGUAGE_NOUNS = ("tili", "tilin", "tilid", "dili", "dilin", "dilid")
_WORDS_AFTER_A_LANGUAGE = frozenset(
    "pour dans avec sans sous chez vers mais donc para como pero sobre entre desde hasta porque cuando mas com sem quando".split()
)
"""Function words that follow a language's name in Romance prose ("apprendre le chinois dans …")."""


def _keep(span: Span, entry: Entry) -> bool:
    if entry.form == "blocker" or _in_person(span) and language_of(span.doc.text) == _NER_LANGUAGE or _currency_mark(span) or _without_its_the(span, entry) or _file_format(span):
        return False
    if _names_a_language(span, entry) or _finnish_region(span, entry):
        return False
    if entry.term in load_lexicon("continents.tsv") and _near_continent(span) or _among_namesake_s_places(span):
        return False
    return not (span.text == "US" and _caps_context(span))


@functools.cache
def _namesake_states() -> dict[str, frozenset[str]]:
    """Country names that are also a state's or a province's in another country ("Georgia" in
    the United States, "Niger" in Nigeria) -> the ISO3 of those other countries."""
    countries = {c.alpha_2: c for c in pycountry.countries}
    names = {c.name for c in countries.values()}
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        own = countries.get(sub.country_code)
        if own is not None and sub.type in _SUBDIVISION_KINDS and sub.name in names and sub.name != own.name:
            out.setdefault(sub.name, set()).add(own.alpha_3)
    return {name: frozenset(isos) for name, isos in out.items()}


def _among_namesake_s_places(span: Span) -> bool:
    """ "Southeast Tennessee and Northwest Georgia", "Atlanta, Georgia": a country's name a few
    words from another place of the country whose state bears that name is the state."""
    others = _namesake_states().get(span.text)
    if not others:
        return False
    sentence = span.sent
    start, end = span.start_char - sentence.start_char, span.end_char - sentence.start_char
    return any(
        iso3 in others and (b < start and start - b <= _NEIGHBOUR_REACH or a > end and a - end <= _NEIGHBOUR_REACH)
        for a, b, iso3, _ in places.places_in(sentence.text)
    )


_NEIGHBOUR_REACH = 20
"""Characters from a namesake state's name within which a place of its country marks it."""


def _place(entry: Entry) -> Place:
    country = pycountry.countries.get(alpha_3=entry.iso3)
    return Place(entry.iso3, country.alpha_2, country.name, entry.form)


def main_country(prep: Prepared) -> str | None:
    """The country a document names most, by ISO3; when it names no country, or each only
    once, the one whose provinces and cities it names most ("Auckland", "Wellington"; a
    Dubai text that names Canada once is about the UAE); of several named as often, the one
    with the most places: what a "$" or "pesos" in it most likely refers to."""
    counts = Counter(entry.iso3 for span, entry in _spans(prep.doc) if _keep(span, entry))
    top = max(counts.values(), default=0)
    if top <= 1 and (placed := places.most_named(prep.text)):
        return placed
    if not counts:
        return None
    tied = [iso3 for iso3, n in counts.items() if n == top]
    if len(tied) == 1:
        return tied[0]
    by_place = Counter(iso3 for _, _, iso3, _ in places.places_in(prep.text))
    return max(tied, key=lambda iso3: by_place[iso3])


def named(prep: Prepared) -> list[tuple[int, str]]:
    """(start in the parser's text, ISO3) of every country the document names, in order."""
    return sorted((span.start_char, entry.iso3) for span, entry in _spans(prep.doc) if _keep(span, entry))


_ROW_CODE = re.compile(r"^([A-Z]{2})(?=\t)", re.M)
MIN_CODE_ROWS = 3


def _code_rows(text: str) -> list[tuple[int, int, Entry]]:
    """ "DE<TAB>94.5<TAB>…": rows of a statistics table labelled by two-letter country codes
    (ISO 3166 alpha-2, or the EU's "EL" and "UK"), when at least `MIN_CODE_ROWS` rows are,
    so that "IT" or "US" opening one line of another table stays a word."""
    aliases = load_lexicon("country_code_aliases.tsv")
    rows = []
    for m in _ROW_CODE.finditer(text):
        code = m.group(1)
        country = pycountry.countries.get(alpha_2=code)
        iso3 = aliases.get(code) or (country.alpha_3 if country else None)
        if iso3:
            rows.append((m.start(), m.end(), Entry(code, "name", iso3)))
    return rows if len(rows) >= MIN_CODE_ROWS else []


def extract(prep: Prepared) -> list[Mention]:
    """COUNTRY mentions: names, adjectives and codes of ISO 3166 countries from the gazetteer,
    each with its ISO codes and the form it takes, vetoed where the word is something else."""
    by_name = [
        Mention("COUNTRY", *prep.span_of((span.start_char, span.start_char + len(_text(span)))), _place(entry))
        for span, entry in _spans(prep.doc)
        if _keep(span, entry)
    ]
    by_code = [Mention("COUNTRY", start, end, _place(entry)) for start, end, entry in _code_rows(prep.text)]
    by_han = [
        Mention("COUNTRY", start, end, _place(Entry(prep.text[start:end], "name", iso3)))
        for start, end, iso3 in han.countries(prep.text)
    ]
    elided = [Mention("COUNTRY", *prep.span_of(span), _place(entry)) for span, entry in _elided(prep.doc)]
    people = [Mention("COUNTRY", *prep.span_of(span), _place(entry)) for span, entry in _swahili_people(prep)]
    defined = [Mention("COUNTRY", *prep.span_of(span), _place(entry)) for span, entry in _defined_acronyms(prep.doc)]
    return by_name + by_code + by_han + elided + people + defined


_NOT_INITIALLED = frozenset({"of", "the", "and", "&"})


def _defined_acronyms(doc: Doc) -> list[tuple[tuple[int, int], Entry]]:
    """ "Central African Republic (CAR)": capitals bracketed after a country's name that
    spell its words' initials stand for the country there and wherever the text writes them
    again, unless the gazetteer reads them already."""
    known = {(span.start, span.end) for span, _ in _spans(doc)}
    defined: dict[str, Entry] = {}
    for span, entry in _spans(doc):
        j = span.end
        if entry.form != "name" or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
            continue
        initials = "".join(t.text[0] for t in span if t.lower_ not in _NOT_INITIALLED and t.is_alpha)
        acronym = doc[j + 1].text
        if len(initials) > 1 and acronym.isupper() and acronym == initials.upper() and acronym not in gazetteer():
            defined[acronym] = Entry(acronym, "name", entry.iso3)
    return [((t.idx, t.idx + len(t.text)), defined[t.text]) for t in doc if t.text in defined and (t.i, t.i + 1) not in known]


_ELIDED = re.compile(r"(?:[LlDd]|[Qq]u|[Jj]usqu)['’](?P<name>[A-ZÀ-Ý][\w-]+)")


_SWAHILI_PEOPLE = re.compile(r"(?:Wa|Mw?)(?P<name>[a-z]{3,})")


def _swahili_people(prep: Prepared) -> list[tuple[tuple[int, int], Entry]]:
    """ "Wakenya", "Mtanzania": in Swahili a country's people are its name after the prefix
    of persons (wa- for many, m- for one)."""
    if language_of(prep.text) != "sw":
        return []
    out = []
    for tok in prep.doc:
        m = _SWAHILI_PEOPLE.fullmatch(tok.text)
        entry = gazetteer().get(m.group("name").title()) if m else None
        if entry is not None and entry.form == "name":
            out.append(((tok.idx, tok.idx + len(tok.text)), Entry(tok.text, "adjective", entry.iso3)))
    return out


def _elided(doc: Doc) -> list[tuple[tuple[int, int], Entry]]:
    """ "L’Autriche", "d’Italie": a French article or preposition elided onto a country's
    name, which the tokenizer keeps as one word: the name after the apostrophe."""
    entries = gazetteer()
    out = []
    for tok in doc:
        m = _ELIDED.fullmatch(tok.text)
        entry = entries.get(m.group("name")) if m else None
        if entry is not None and entry.form == "name":
            out.append(((tok.idx + m.start("name"), tok.idx + m.end("name")), entry))
    return out
