"""Case and agreement endings of country words in German, Russian, Polish, Italian, Czech and
Slovak, Hungarian, Romanian, Croatian, Serbian and Slovene, Estonian, Latvian and Lithuanian,
Albanian, Uzbek and Azerbaijani, so that the gazetteer finds a
name or an adjective in the form a sentence puts it in: "Präsidenten Serbiens", "österreichische
Betriebe", "в Узбекистане", "опыта Швейцарии", "китайских ремесленников", "w Kenii",
"niemieckiego przemysłu", "istituzioni cinesi", "v Německu", "Kínában", "Republicii Moldova",
"u Republici Hrvatskoj", "Eestisse", "Latvijas Republikas", "Lietuvoje", "në Shqipëri",
"Maqedonisë së Veriut", "modeli zviceran".

Pure functions from a dictionary form to every written form; regular paradigms only (an
irregular stem such as "Египет" -> "Египта" keeps its nominative). A form that is no word is
harmless: the gazetteer only matches what a text writes.
"""

from __future__ import annotations

import itertools

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
    forms = _case_phrases(paradigms, " ".join(words[len(paradigms):]))
    forms |= {f.replace("ё", "е").replace("Ё", "Е") for f in forms}
    return sorted(forms)


def _case_phrases(paradigms: list[list[set[str]]], rest: str) -> set[str]:
    """Every case's phrase: each declined word in that case, then the words that stay as
    written."""
    forms = set()
    for case in range(len(paradigms[0])):
        phrases = [""]
        for paradigm in paradigms:
            phrases = [f"{p} {w}".strip() for p in phrases for w in sorted(paradigm[case])]
        forms.update(f"{p} {rest}".strip() for p in phrases)
    return forms


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


_POLISH_CASES = 6
"""Nominative, genitive, dative, accusative, instrumental, locative, as for Russian."""

_POLISH_LOCATIVE = {
    "st": "ście", "ch": "sze", "k": "ce", "g": "dze", "t": "cie", "d": "dzie", "r": "rze", "ł": "le",
    "n": "nie", "b": "bie", "w": "wie", "m": "mie", "p": "pie", "f": "fie", "s": "sie", "z": "zie", "l": "li",
}
"""A stem's last consonant softened before the locative's (and a feminine's dative) "-e":
"Kanada" -> "Kanadzie", "Egipt" -> "Egipcie", "Polska" -> "Polsce"."""

_POLISH_HARD_ENDINGS = ("k", "g", "ch", "l", "j", "sz", "cz", "ż", "rz", "c", "dz")
"""A masculine name ending so takes "-u" in the locative ("w Iraku", "w Senegalu")."""

_POLISH_LEADING_ADJECTIVES = ("Nowa", "Wielka")
"""The adjectives written before the noun of a country's name ("Nowa Zelandia", "Wielka Brytania")."""


def _polish_softened(stem: str) -> str | None:
    return next((stem[: -len(k)] + v for k, v in _POLISH_LOCATIVE.items() if stem.endswith(k)), None)


def _polish_noun(word: str) -> list[set[str]]:
    """The six cases of a Polish country noun: feminine in "-ia"/"-ja"/"-ea" ("Kenia" ->
    "Kenii", "Kenię", "Kenią"), in "-a" ("Kanada" -> "Kanady", "Kanadzie"), masculine in a
    consonant ("Pakistan" -> "Pakistanu", "Pakistanowi", "Pakistanem", "Pakistanie"), plural in
    "-y" ("Chiny" -> "Chinom", "Chinami", "Chinach"); a noun ending in any other vowel ("Chile",
    "Peru", "Mali") does not decline."""
    stem, last = word[:-1], word[-1]
    if word.endswith(("ia", "ja", "ea")):
        return [{word}, {stem + "i"}, {stem + "i"}, {stem + "ę"}, {stem + "ą"}, {stem + "i"}]
    if last == "a":
        soft = stem.endswith(("ż", "cz", "sz", "rz", "c", "dz"))
        genitive = stem + ("y" if soft or not stem.endswith(("k", "g", "l")) else "i")
        locative = stem + "y" if soft else _polish_softened(stem) or stem + "e"
        return [{word}, {genitive}, {locative}, {stem + "ę"}, {stem + "ą"}, {locative}]
    if last == "y":
        return [{word}, {stem}, {stem + "om"}, {word}, {stem + "ami"}, {stem + "ach"}]
    if last == "ś":
        return [{word}, {stem + "si"}, {stem + "si"}, {word}, {stem + "sią"}, {stem + "si"}]
    if last in "aeiouóąę":
        return [{word}] * _POLISH_CASES
    hard = word.endswith(_POLISH_HARD_ENDINGS)
    locative = word + "u" if hard else _polish_softened(word) or word + "ie"
    instrumental = word + ("iem" if word.endswith(("k", "g")) else "em")
    return [{word}, {word + "u"}, {word + "owi"}, {word}, {instrumental}, {locative}]


def _polish_feminine_adjective(word: str) -> list[set[str]]:
    """ "Południowa" -> "Południowej", "Południową"; "Wielka" -> "Wielkiej"."""
    stem = word[:-1]
    oblique = stem + ("iej" if stem.endswith(("k", "g")) else "ej")
    return [{word}, {oblique}, {oblique}, {stem + "ą"}, {stem + "ą"}, {oblique}]


def polish_name(name: str) -> list[str]:
    """Every case of a Polish country name: a feminine name's adjectives agree with it
    ("Korea Południowa" -> "Korei Południowej", "Nowa Zelandia" -> "Nowej Zelandii"), and
    words after a head that governs them stay as written ("Republika Korei" -> "Republice
    Korei"). Irregular forms ("Niemiec", "we Włoszech") are listed in the data instead."""
    words = name.split(" ")
    head = 1 if words[0] in _POLISH_LEADING_ADJECTIVES and len(words) > 1 else 0
    paradigms = [_polish_feminine_adjective(w) for w in words[:head]] + [_polish_noun(words[head])]
    feminine = words[head].endswith("a")
    for w in words[head + 1 :]:
        if not (feminine and w.endswith(("owa", "ska", "cka", "dzka", "na"))):
            break
        paradigms.append(_polish_feminine_adjective(w))
    return sorted(_case_phrases(paradigms, " ".join(words[len(paradigms) :])))


_POLISH_ADJECTIVE_ENDINGS = ("i", "iego", "iemu", "im", "a", "iej", "ą", "ie", "ich", "imi")


def polish_adjective(masculine: str) -> list[str]:
    """ "niemiecki" -> niemieckiego, niemieckiej, niemiecką, niemieccy, … in every gender, case
    and number, lower case and capitalised (in a body's name: "Polski Instytut")."""
    stem = masculine[:-1]
    forms = {stem + ending for ending in _POLISH_ADJECTIVE_ENDINGS} | {masculine[:-2] + "cy"}
    return sorted(forms | {f[:1].upper() + f[1:] for f in forms})


def polish_people(singular: str, plural: str, genitive: str) -> list[str]:
    """ "Ukrainiec", "Ukraińcy", "Ukraińców" -> those and Ukraińcom, Ukraińcami, Ukraińcach: a
    people's word, whose stems are irregular, from the three forms listed; the plural's other
    cases are its genitive's stem and their endings."""
    stem = genitive.removesuffix("ów")
    return sorted({singular, plural, genitive} | {stem + ending for ending in ("om", "ami", "ach")})


_SOFT_BEFORE_FRONT = {"ň": "n", "ť": "t", "ď": "d"}
_PALATALISED = (("ch", "š"), ("k", "c"), ("h", "z"), ("g", "z"), ("r", "ř"))


def west_slavic_name(name: str) -> list[str]:
    """A one-word Czech or Slovak name in its cases: "Německo" -> Německa, Německu, Německem,
    Německom; "Keňa" -> Keni, Kene, Keňu, Keňou; "Francie" -> Francii; "Irák" -> Iráku.
    Before "e", "i" or "ě" a soft consonant drops its mark ("Keňa" -> "v Keni") and a hard one
    softens ("Amerika" -> "v Americe"). A name of several words keeps its nominative."""
    if " " in name or "-" in name:
        return [name]
    forms = {name}
    stem, last = name[:-1], name[-1]
    if last == "o":
        forms |= {stem + e for e in ("a", "u", "em", "om")}
    elif name.endswith("ie"):
        forms |= {stem + "i", stem + "í"}
    elif last == "a":
        plain = stem[:-1] + _SOFT_BEFORE_FRONT.get(stem[-1], stem[-1])
        forms |= {stem + "y", stem + "u", stem + "ou", plain + "e", plain + "i", plain + "ě"}
        for hard, soft in _PALATALISED:
            if stem.endswith(hard):
                forms |= {stem[: -len(hard)] + soft + "e", stem[: -len(hard)] + soft + "ě"}
                break
    elif last.isalpha() and last.lower() not in "aeiouyáéíóúýě":
        forms |= {name + e for e in ("u", "e", "em", "a", "om", "i")}
    return sorted(forms)


_WEST_SLAVIC_ADJECTIVE_ENDINGS = ("ý", "á", "é", "ého", "ému", "ém", "ým", "ou", "ých", "ými", "í", "om", "ej", "ú", "y", "o")


def west_slavic_adjective(stem: str) -> list[str]:
    """ "německ" -> německý, německá, německé, německého, … (Czech and Slovak endings together),
    lower case and capitalised (in a body's name: "Technický inštitút")."""
    forms = {stem + ending for ending in _WEST_SLAVIC_ADJECTIVE_ENDINGS}
    return sorted(forms | {f[:1].upper() + f[1:] for f in forms})


_HUNGARIAN_SUFFIXES = (
    "ban", "ben", "ba", "be", "ból", "ből", "on", "en", "ön", "n", "ra", "re", "ról", "ről", "nak", "nek",
    "hoz", "hez", "höz", "tól", "től", "ig", "ért", "t", "ot", "et", "at",
)
_LENGTHENED = {"a": "á", "e": "é"}


def hungarian_name(name: str) -> list[str]:
    """A Hungarian name with its case suffixes ("Kínában", "Magyarországon", "Kenyával",
    "Németországgal") and its place adjective in "-i" ("kínai" is also the nationality;
    "magyarországi", lower case as Hungarian writes it). A final "a" or "e" lengthens before
    a suffix; "-val"/"-vel" takes the sound of a final consonant. Both vowel harmonies are
    given: a form that is no word never matches."""
    words = name.split(" ")
    last = words[-1]
    stem = last[:-1] + _LENGTHENED[last[-1]] if last[-1] in _LENGTHENED else last
    endings = {*_HUNGARIAN_SUFFIXES, "i"}
    endings |= {"val", "vel"} if stem[-1] in "áéíóöőúüű" else {stem[-1] + "al", stem[-1] + "el"}
    forms = {last} | {stem + e for e in endings}
    head = " ".join(words[:-1])
    phrases = {f"{head} {f}".strip() for f in forms}
    adjective = (stem if stem[-1] != "á" else last) + "i"
    return sorted(phrases | ({adjective.lower()} if len(words) == 1 else set()))


def hungarian_adjective(word: str) -> list[str]:
    """ "német" -> német, németek, németül, Német …: a Hungarian nationality word as
    adjective, plural noun and language adverb, lower case and capitalised."""
    forms = {word, word + "ek", word + "ok", word + "ak", word + "ül", word + "ul"}
    return sorted(forms | {f[:1].upper() + f[1:] for f in forms})


def romanian_name(name: str) -> list[str]:
    """A Romanian name with its genitive and dative: "Germania" -> Germaniei, "China" -> Chinei,
    "Egipt" -> Egiptului, "Republica Moldova" -> Republicii Moldova."""
    first, _, rest = name.partition(" ")
    if first == "Republica" and rest:
        return [name, f"Republicii {rest}"]
    if rest:
        return [name]
    if name.endswith("a"):
        return [name, name[:-1] + "ei"]
    return [name, name + "ului"] if name[-1].isalpha() and name[-1] not in "aeiouăâî" else [name]


_ROMANIAN_ADJECTIVE_ENDINGS = ("", "ă", "e", "i", "a", "ul", "ilor", "ei", "ului")


def romanian_adjective(stem: str) -> list[str]:
    """ "german" -> germană, germane, germani, germanilor, …; a stem ending in "esc"
    ("chinezesc") takes its own forms (chinezească, chinezești)."""
    if stem.endswith("esc"):
        base = stem[:-3]
        return sorted({stem, base + "ească", base + "ești", base + "eşti"})
    return sorted({stem + ending for ending in _ROMANIAN_ADJECTIVE_ENDINGS})


_SOUTH_SLAVIC_CASES = 5
"""Nominative, genitive, dative and locative (one form), accusative, instrumental."""
_SIBILARISED = (("k", "c"), ("g", "z"), ("h", "s"))


def _south_slavic_word(word: str, last: bool) -> list[set[str]]:
    """One word's forms case by case, Croatian, Serbian and Slovene endings together: a word in
    "-a" as a noun and as an adjective ("Kina" -> Kine, Kini, Kinu, Kinom; "Hrvatska" ->
    Hrvatske, Hrvatskoj; "Amerika" -> Americi; Slovene "Kitajska" -> Kitajski, Kitajsko), one
    in "-o" or "-i" before the last word as an adjective ("Novi Zeland" -> Novog Zelanda), a
    last word in "-o"/"-e" as a neuter noun ("Kosovo" -> Kosova), and in a consonant as a
    masculine one ("Irak" -> Iraka, Iraku, Irakom). Other words ("i", "SAD") keep their form."""
    if not word[:1].isupper() or word.isupper():
        return [{word}] * _SOUTH_SLAVIC_CASES
    if word.endswith("a"):
        stem = word[:-1]
        locative = {stem + "i", stem + "oj"} | {stem[: -len(h)] + s + "i" for h, s in _SIBILARISED if stem.endswith(h)}
        return [{word}, {stem + "e"}, locative, {stem + "u", stem + "o"}, {stem + "om", stem + "o"}]
    if not last and word.endswith(("o", "i")):
        stem = word[:-1]
        return [{word}, {stem + "og", stem + "oga", stem + "ega"}, {stem + "om", stem + "omu", stem + "em"}, {word}, {stem + "im"}]
    if last and word.endswith(("o", "e")):
        stem = word[:-1]
        return [{word}, {stem + "a"}, {stem + "u"}, {word}, {stem + "om", stem + "em"}]
    if last and word[-1].isalpha() and word[-1].islower() and word[-1] not in "aeiou":
        return [{word}, {word + "a"}, {word + "u"}, {word}, {word + "om", word + "em"}]
    return [{word}] * _SOUTH_SLAVIC_CASES


def south_slavic_name(name: str) -> list[str]:
    """Every case of a Croatian, Serbian or Slovene name, each word agreeing with the others:
    "Republika Hrvatska" -> Republike Hrvatske, Republici Hrvatskoj, Republiku Hrvatsku, …;
    "Bosna i Hercegovina" -> Bosni i Hercegovini. A form that is no word never matches."""
    words = name.split(" ")
    paradigms = [_south_slavic_word(w, i == len(words) - 1) for i, w in enumerate(words)]
    return sorted(_case_phrases(paradigms, ""))


_SOUTH_SLAVIC_ADJECTIVE_ENDINGS = (
    "i", "a", "o", "e", "og", "oga", "om", "omu", "oj", "u", "ih", "im", "ima", "ega", "emu", "em", "imi",
)


def south_slavic_adjective(stem: str) -> list[str]:
    """ "kinesk" -> kineski, kineska, kineskog, kineskoj, kineskih, … (Croatian, Serbian and
    Slovene endings together), lower case and capitalised (in a body's name: "Hrvatska
    gospodarska komora")."""
    forms = {stem + ending for ending in _SOUTH_SLAVIC_ADJECTIVE_ENDINGS}
    return sorted(forms | {f[:1].upper() + f[1:] for f in forms})


_ESTONIAN_CASES = ("s", "sse", "st", "l", "lt", "le", "ga", "ks", "ni", "na", "ta")
_BALTIC_ENDINGS = {
    "as": ("o", "e", "ą", "ui", "a", "ā", "u", "am"),
    "is": ("io", "yje", "į", "iui"),
    "ė": ("ės", "ėje", "ę", "ei"),
    "a": ("as", "ā", "u", "ai", "os", "oje", "ą"),
    "e": ("es", "ē", "i", "ei"),
    "s": ("a", "ā", "u", "am"),
}
"""Latvian and Lithuanian case endings by the nominative's ending, the longest first."""


def baltic_name(name: str) -> list[str]:
    """Every case of an Estonian, Latvian or Lithuanian name, Latvian and Lithuanian endings
    on its last word ("Latvija" -> Latvijas, Latvijā; "Lietuvos Respublika" -> Lietuvos
    Respublikos; "Irakas" -> Irako), Estonian case suffixes on its genitive stem ("Eesti" ->
    Eestis, Eestisse; "Soome" -> Soomest; "Küpros" -> Küprose, Küproselt)."""
    *head, last = name.split(" ")
    ending = next((e for e in _BALTIC_ENDINGS if last.endswith(e)), None)
    forms = {last} | ({last[: -len(ending)] + e for e in _BALTIC_ENDINGS[ending]} if ending else set())
    stems = {last} if last[-1] in "aeiuõäöü" else {last + vowel for vowel in "eia"}
    forms |= stems | {stem + case for stem in stems for case in _ESTONIAN_CASES}
    return sorted(" ".join([*head, form]) for form in forms)


_ALBANIAN_LINKS = ("e", "së", "të", "i")
"""The linking article before a name's genitive or adjective ("Maqedonia e Veriut"), which
agrees with the case of the word before it ("Maqedonisë së Veriut")."""
_ALBANIAN_VELARS = ("k", "g", "h")


def _albanian_word(word: str) -> set[str]:
    """Every case of a name's first word from its indefinite form, definite endings on the
    stem: a feminine "-i" ("Gjermani" -> Gjermania, Gjermanisë, Gjermaninë), a feminine "-ë"
    or "-ër" ("Kinë" -> Kina, Kinës, Kinën; "Zvicër" -> Zvicra, Zvicrës), a masculine
    consonant ("Egjipt" -> Egjipti, Egjiptit, Egjiptin; "Irak" -> Iraku, Irakut, Irakun), a
    definite plural ("Shtetet" -> Shteteve)."""
    if word.endswith("et") and word[:1].isupper():
        return {word, word[:-2] + "eve"}
    if word.endswith("ia"):
        word = word[:-1]
    if word.endswith("i"):
        return {word, word + "a", word + "së", word + "në", word + "e"}
    if word.endswith(("ë", "a")):
        stem = word[:-1]
    elif word.endswith("ër"):
        stem = word[:-2] + "r"
    else:
        vowel = "u" if word.endswith(_ALBANIAN_VELARS) else "i"
        return {word, word + vowel, word + vowel + "t", word + vowel + "n"}
    return {word, stem + "a", stem + "ës", stem + "ën", stem + "e"}


def albanian_name(name: str) -> list[str]:
    """Every case of an Albanian name: its first word declined, the linking article after
    it in each case ("Maqedonia e Veriut", "Maqedonisë së Veriut", "Republikës së
    Shqipërisë", "Republikës Federale të Gjermanisë"); a genitive after the article keeps
    its form."""
    first, *rest = name.split(" ")
    choices = [sorted(_albanian_word(first))] + [list(_ALBANIAN_LINKS) if w in _ALBANIAN_LINKS else [w] for w in rest]
    return sorted(" ".join(words) for words in itertools.product(*choices))


_ALBANIAN_ADJECTIVE_ENDINGS = ("", "e", "ë", "i", "in", "it", "es", "en", "ët", "ve", "eve", "ja")


def albanian_adjective(stem: str) -> list[str]:
    """ "zviceran" -> zviceran, zvicerane, zviceranë, zviceranit, zviceranët …: gender,
    number and the definite endings of a nationality adjective or noun."""
    return sorted({stem + ending for ending in _ALBANIAN_ADJECTIVE_ENDINGS})


_FINNISH_CASES = ("n", "ssa", "sta", "lla", "lta", "lle", "na", "ksi", "a")
"""Genitive, inessive, elative, adessive, ablative, allative, essive, translative and
partitive, in back-vowel spelling; `_front` gives the front-vowel one."""


def _front(ending: str) -> str:
    return ending.replace("a", "ä")


def _finnish_word(word: str) -> set[str]:
    """A Finnish name's cases: "Kiina" -> Kiinan, Kiinassa, Kiinaan …; a name in "-i" takes
    both stems ("Ruotsi" -> Ruotsin, "Suomi" -> Suomen, Suomeen), one ending in a consonant an
    "i" ("Nepal" -> Nepalin, Nepaliin). Endings follow the word's vowel harmony."""
    back = any(v in word.lower() for v in "aou")
    endings = [e if back else _front(e) for e in _FINNISH_CASES]
    if word[-1].lower() in "aeiouyäö":
        stems = [word, word[:-1] + "e"] if word.endswith("i") else [word]
    else:
        stems = [word + "i"]
    forms = {word}
    for stem in stems:
        forms |= {stem + e for e in endings} | {stem + stem[-1] + "n"}
    return forms


def finnish_name(name: str) -> list[str]:
    """Every case of a Finnish country name, declined on its last word ("Venäjän federaatio"
    -> "Venäjän federaatiossa")."""
    *first, last = name.split(" ")
    return sorted(" ".join([*first, form]) for form in _finnish_word(last))


_FINNISH_ADJECTIVE_ENDINGS = (
    "nen", "sen", "sta", "set", "sia", "seen", "sessa", "sesta", "selle", "sella", "selta", "sena", "seksi",
    "sten", "siin", "sissa", "sista", "sille", "silla", "silta", "sina", "siksi",
)


def finnish_people_stem(name: str) -> str:
    """ "Ukraina" -> "ukrainalai", "Nepal" -> "nepalilai", "Kypros" -> "kyproslai": the stem
    of the regular "-lainen"/"-läinen" word for a country's people, in its vowel harmony; a
    name ending in a consonant other than "s" takes an "i" first."""
    word = name.lower()
    joint = "i" if word[-1] not in "aeiouyäös" else ""
    return word + joint + ("lai" if any(v in word for v in "aou") else "läi")


def finnish_adjective(stem: str) -> list[str]:
    """ "suomalai" -> suomalainen, suomalaisen, suomalaista, suomalaiset, suomalaisia …: the
    cases of a nationality word in "-lainen"/"-läinen", in both vowel harmonies."""
    return sorted({stem + e for e in _FINNISH_ADJECTIVE_ENDINGS} | {stem + _front(e) for e in _FINNISH_ADJECTIVE_ENDINGS})


_TURKISH_SUFFIX = {"a": "lı", "ı": "lı", "e": "li", "i": "li", "o": "lu", "u": "lu", "ö": "lü", "ü": "lü"}


def turkish_people(name: str) -> list[str]:
    """ "Suriye" -> Suriyeli, Suriyeliler, Suriyelilerin …; "Kazakistan" -> Kazakistanlı: the
    word for a country's people, its name and "-li" in the vowel harmony of its last vowel,
    with the plural and its cases."""
    last = next((c for c in reversed(name.lower()) if c in _TURKISH_SUFFIX), "e")
    person = name + _TURKISH_SUFFIX[last]
    plural = "lar" if _TURKISH_SUFFIX[last] in ("lı", "lu") else "ler"
    return sorted({person, person + plural, person + plural + "i" if plural == "ler" else person + plural + "ı",
                   person + plural + ("in" if plural == "ler" else "ın")})


_UZBEK_ENDINGS = ("", "ga", "ka", "qa", "da", "dan", "ning", "ni", "dagi", "dek", "lik", "liklar", "likni", "likning", "liklarni", "liklarning")
_AZERBAIJANI_ENDINGS = (
    "", "nin", "nın", "nun", "nün", "in", "ın", "un", "ün", "də", "da", "dən", "dan", "yə", "ya", "ə", "a", "ni", "nı", "nu", "nü",
    "i", "ı", "u", "ü", "dəki", "dakı", "li", "lı", "lu", "lü", "lilər", "lılar", "lular", "lülər",
)
_UZBEK_APOSTROPHES = ("ʻ", "‘", "’", "'", "`")
"""The marks Uzbek Latin writes in "oʻ" and "gʻ" (the letter U+02BB, and the quotes and
apostrophes typed for it)."""


def uzbek_name(name: str) -> list[str]:
    """ "Yaponiya" -> Yaponiyaga, Yaponiyada, Yaponiyaning, Yaponiyalik …: Uzbek glues its case
    endings, and "-lik" for the people (in lower case too), to the name's last word; "Oʻzbekiston" is written with
    any of the marks for "ʻ"."""
    *first, last = name.split(" ")
    forms = {" ".join([*first, last + e]) for e in _UZBEK_ENDINGS}
    return sorted(_apostrophe_forms(forms | {_people(f) for f in forms if not first and f[len(last):].startswith("l")}))


def uzbek_adjective(word: str) -> list[str]:
    """ "oʻzbek" -> oʻzbek, Oʻzbek, oʻzbeklar …, in each spelling of "ʻ"."""
    forms = {word, word + "lar", word + "larning"}
    return sorted(_apostrophe_forms(forms | {f[:1].upper() + f[1:] for f in forms}))


def _apostrophe_forms(forms: set[str]) -> set[str]:
    return {f.replace("ʻ", mark) for f in forms for mark in _UZBEK_APOSTROPHES}


def azerbaijani_name(name: str) -> list[str]:
    """ "Türkiyə" -> Türkiyənin, Türkiyədə, Türkiyəyə, Türkiyəli …: Azerbaijani glues its case
    endings, in either vowel harmony (a form that is no word is never written), and "-li"
    for the people to the name's last word."""
    *first, last = name.split(" ")
    forms = {" ".join([*first, last + e]) for e in _AZERBAIJANI_ENDINGS}
    return sorted(forms | {_people(f) for f in forms if not first and f[len(last):].startswith("l")})


def _people(form: str) -> str:
    """ "Oʻzbekistonlik" -> "oʻzbekistonlik": a people's word is written in lower case."""
    return form[:1].lower() + form[1:]


def azerbaijani_adjective(word: str) -> list[str]:
    """ "alman" -> alman, Alman, almanlar …"""
    forms = {word, word + "lar", word + "lər"}
    return sorted(forms | {f[:1].upper() + f[1:] for f in forms})
