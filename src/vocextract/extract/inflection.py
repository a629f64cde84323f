"""Case and agreement endings of country words in German, Russian and Italian, so that the
gazetteer finds a name or an adjective in the form a sentence puts it in: "Präsidenten
Serbiens", "österreichische Betriebe", "в Узбекистане", "опыта Швейцарии", "китайских
ремесленников", "istituzioni cinesi".

Pure functions from a dictionary form to every written form; regular paradigms only (an
irregular stem such as "Египет" -> "Египта" keeps its nominative). A form that is no word is
harmless: the gazetteer only matches what a text writes.
"""

from __future__ import annotations

_GERMAN_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")


def german_adjective(stem: str) -> list[str]:
    """ "österreichisch" -> österreichisch, österreichische, -en, -er, -es, -em, and each
    capitalised but the bare stem, which capitalised is the language ("auf Deutsch")."""
    forms = [stem + ending for ending in _GERMAN_ADJECTIVE_ENDINGS]
    return forms + [f[:1].upper() + f[1:] for f in forms[1:]]


def german_genitive(name: str) -> list[str]:
    """ "Serbien" -> "Serbiens", "Portugal" -> "Portugals": a one-word name's genitive, unless
    it ends in a hissing sound. A feminine name keeps its form ("der Schweiz"); the "-s" one
    it would get is no word."""
    return [] if " " in name or name.endswith(("s", "ß", "x", "z")) else [name + "s"]


_RUSSIAN_CASES = 6
"""Nominative, genitive, dative, accusative, instrumental, prepositional: the order of every
paradigm below."""

_ADJECTIVE = {
    "ая": ("ая", "ой", "ой", "ую", "ой", "ой"),
    "яя": ("яя", "ей", "ей", "юю", "ей", "ей"),
    "ое": ("ое", "ого", "ому", "ое", "ым", "ом"),
    "ый": ("ый", "ого", "ому", "ый", "ым", "ом"),
    "ий": ("ий", "ого", "ому", "ий", "им", "ом"),
    "ые": ("ые", "ых", "ым", "ые", "ыми", "ых"),
    "ие": ("ие", "их", "им", "ие", "ими", "их"),
}
_HUSHING = "гкхжшчщ"


def _noun(word: str) -> list[set[str]]:
    """The six cases of a singular or plural noun that names a country, each a set since
    the gender of a noun in "-ь" is not written ("Израиль" -> "Израиля", "Беларусь" ->
    "Беларуси"); a name in capitals, or one ending in a vowel Russian does not decline
    ("Перу", "Чили", "Конго"), stays as written."""
    if word.isupper() or word[-1] in "иуеюэёИ" or word.endswith("о") and not word.endswith("ство"):
        return [{word}] * _RUSSIAN_CASES
    stem, last = word[:-1], word[-1]
    if word.endswith("ия"):
        endings = ("ия", "ии", "ии", "ию", "ией", "ии")
        stem = word[:-2]
    elif last == "я":
        endings = ("я", "и", "е", "ю", "ей", "е")
    elif last == "а":
        soft = stem[-1] in _HUSHING
        endings = ("а", "и" if soft else "ы", "е", "у", "ей" if stem[-1] in "жшчщц" else "ой", "е")
    elif last == "ы":
        return [{word}, {stem, stem + "ов"}, {stem + "ам"}, {word}, {stem + "ами"}, {stem + "ах"}]
    elif last == "о":
        endings = ("о", "а", "у", "о", "ом", "е")
    elif last == "й":
        endings = ("й", "я", "ю", "й", "ем", "е")
    elif last == "ь":
        return [{word}, {stem + "я", stem + "и"}, {stem + "ю", stem + "и"}, {word}, {stem + "ем", word + "ю"}, {stem + "е", stem + "и"}]
    else:
        return [{word}, {word + "а"}, {word + "у"}, {word}, {word + "ом"}, {word + "е"}]
    return [{stem + e} for e in endings]


def _adjective(word: str) -> list[set[str]] | None:
    for ending, endings in _ADJECTIVE.items():
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return [{stem + (e.replace("ы", "и") if stem[-1:] in _HUSHING else e)} for e in endings]
    return None


def russian_name(name: str) -> list[str]:
    """Every case of a Russian country name: its leading adjectives agree with its head noun,
    and what follows the head stays as written ("Республика Казахстан" -> "Республике
    Казахстан", "Южная Корея" -> "Южной Корее", "Соединённые Штаты Америки" -> "Соединённых
    Штатов Америки"); with "ё" also written "е", as most copy does."""
    words = name.split(" ")
    paradigms = []
    for i, word in enumerate(words):
        adjective = _adjective(word) if i < len(words) - 1 else None
        paradigms.append(adjective or _noun(word))
        if adjective is None:
            break
    rest = " ".join(words[len(paradigms):])
    forms = set()
    for case in range(_RUSSIAN_CASES):
        phrases = [""]
        for paradigm in paradigms:
            phrases = [f"{p} {w}".strip() for p in phrases for w in sorted(paradigm[case])]
        forms.update(f"{p} {rest}".strip() for p in phrases)
    forms |= {f.replace("ё", "е").replace("Ё", "Е") for f in forms}
    return sorted(forms)


def russian_adjective(stem: str) -> list[str]:
    """ "китайск" -> китайский, китайская, китайского, … in every gender, case and number,
    lower case and capitalised (in a body's name: "Таджикском техническом университете")."""
    ending = "ий" if stem[-1] in _HUSHING else "ый"
    forms = {f for paradigm in (_adjective(stem + ending), _adjective(stem + "ая"), _adjective(stem + "ое"), _adjective(stem + "ие")) for case in paradigm for f in case}
    return sorted(forms | {f[:1].upper() + f[1:] for f in forms})


def italian_adjective(masculine: str) -> list[str]:
    """ "tedesco" -> tedesca, tedeschi, tedesche; "cinese" -> cinesi; "belga" -> belgi,
    belghe: an Italian demonym in both genders and numbers (a hard "c" or "g" keeps its sound
    with an "h", or softens: both are given)."""
    stem, last = masculine[:-1], masculine[-1]
    forms = {masculine}
    if last in "oa":
        forms |= {stem + "a", stem + "i", stem + "e"}
    elif last == "e":
        forms.add(stem + "i")
    if last in "oa" and stem[-1:] in ("c", "g"):
        forms |= {stem + "hi", stem + "he"}
    return sorted(forms)
