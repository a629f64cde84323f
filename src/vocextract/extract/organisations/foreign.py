"""Names told by the grammar of other languages. French, Spanish and Portuguese running text
writes a head in lower case: a ministry by its portfolios ("le ministère de l’Enseignement
technique, de la Formation professionnelle et de l’Apprentissage", "le ministère français du
Travail") and a school by its kind
and its town ("le lycée technique de Bouaké", "collège de boulangerie-pâtisserie de
Yamoussoukro"); the head alone is no name, a portfolio or a town in capitals after it makes
one. A capitalised head is written with lower-case adjectives after it ("la Banque mondiale",
"le Fonds saoudien de développement", "l’Institut polytechnique de Hanoï"). Danish, Norwegian and Swedish glue the head to its field and the article to the head
("Utdanningsdirektoratet", the Directorate for Education): one word names one body. Croatian,
Serbian and Slovene decline the head and put it first or after capitalised adjectives, its field
in lower case after it ("Ministarstvo gospodarstva", "Agencije za strukovno obrazovanje",
"Obrtne zbornice Slovenije"). Albanian declines a head that comes first, its owner after a
linking article ("Ministria e Arsimit dhe Shkencës", "Agjencisë së Arsimit …"). German
glues the head to its field too ("Berufsschulzentrum", a vocational school centre): a kind of
body, a name only with its town after it, a town's adjective before it, or a name hyphened
to it ("Landesberufsschule Bruneck", "Biberacher Berufsschulzentrum", "Michael-Pacher-Schule")."""

from __future__ import annotations

import functools
import re
import unicodedata

from spacy.tokens import Doc, Token

from ...patterns import load_lexicon
from ..countries import albanian_gazetteer
from ..inflection import albanian_name, south_slavic_name
from ..language import language_of, stop_words
from .words import _heads

_MINISTRIES = frozenset({"ministère", "ministerio", "ministério", "ministero", "secretaría", "secretaria", "ministerie"})
_SCHOOLS = frozenset({"lycée", "collège", "école", "ecole", "escuela", "escola", "colegio"})
_OF = frozenset({"de", "du", "des", "d’", "d'", "da", "do", "das", "dos", "del", "di", "della", "delle", "dei", "degli", "dello", "dell’", "dell'", "van"})
_ARTICLES = frozenset({"la", "l’", "l'", "el", "a", "o", "les", "los", "las", "os", "as"})
_AND = frozenset({",", "et", "y", "e", "ed"})
_FUNCTION_WORDS = frozenset(
    "à au aux avec dans en est le les par pour que qui sur sous chez vers selon depuis se sont son sa ses un une ont il elle "
    "para por con el es son com em no na nos nas um uma ao aos pelo pela entre sin sobre nel nella nei negli nelle".split()
)
_ELIDED = re.compile(r"[dl]['’][^\W\d_]+")
"""A word glued to its elided "de" or "le" ("d’enseignement", "d'Abidjan")."""
_MAX_ADJECTIVES = 2
_MAX_SCHOOL_WORDS = 12


def lower_case_heads(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each such name -> its kind."""
    found = {}
    for t in doc:
        end = None
        if t.lower_ in _MINISTRIES and t.is_lower:
            end = _portfolios_end(doc, _adjectives_end(doc, t.i + 1))
        elif t.lower_ in _SCHOOLS and t.is_lower:
            end = _town_end(doc, t.i + 1)
        if end is not None:
            found[(t.i, end)] = "government" if t.lower_ in _MINISTRIES else "education"
    return found


_GOVERNMENTS = frozenset({"Gobierno", "Governo", "Gouvernement", "Junta"})
"""A government named by an adjective ("Gobierno nacional", "Governo federal") is a reference
to a state, not a body's name."""
_OWNERS = frozenset({"Groupe", "Grupo", "Conseil", "Consejo", "Conselho"})
"""Heads of a body that owns the next one ("Groupe de la Banque mondiale")."""
_MAX_TAILS = 2
_ROMANCE = frozenset({"fr", "es", "pt", "it", "ca", "gl"})


def adjective_names(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each capitalised head of another language followed by lower-case
    adjectives (hyphen-glued too: "Direção-geral do Emprego"), and by up to two "de" + noun tails with theirs or a town ("Fonds saoudien de
    développement", "Institut polytechnique de Hanoï") -> its kind. In a Romance text a head
    English shares opens one too, and a "de" + noun tail may follow it at once ("Fédération
    des cégeps", "Centre de formation professionnelle Paul-Rousseau"). A head that owns the
    name ("Groupe de la …") opens it."""
    romance = language_of(doc.text) in _ROMANCE
    heads = {**_heads(), **load_lexicon("org_heads_foreign.tsv")} if romance else load_lexicon("org_heads_foreign.tsv")
    found = {}
    for t in doc:
        first = t.i + 1 + _hyphen_glued_after(doc, t.i)
        if t.text not in heads or t.text in _GOVERNMENTS or not t.is_title or first >= len(doc):
            continue
        if not (_adjective(doc, first) or romance and _lower_after_of(doc, first) is not None):
            continue
        end = _adjectives_end(doc, first)
        for _ in range(_MAX_TAILS):
            if _title_after_of(doc, end) is not None:
                while (town := _title_after_of(doc, end)) is not None:
                    end = town + 1
                break
            j = _lower_after_of(doc, end)
            if j is None:
                break
            end = _adjectives_end(doc, j + 1)
        end = _dedicatee_end(doc, _own_acronym_end(doc, t.i, end))
        start = t.i
        if start >= 3 and doc[start - 1].lower_ in _ARTICLES and doc[start - 2].lower_ in _OF and doc[start - 3].text in _OWNERS:
            start -= 3
        elif start >= 2 and doc[start - 1].lower_ in ("du", "del", "do", "da") and doc[start - 2].text in _OWNERS:
            start -= 2
        found[(start, end)] = heads[t.text]
    return found


def _own_acronym_end(doc: Doc, head: int, end: int) -> int:
    """ "École supérieure de commerce et d’administration des entreprises (ESCAE)": where a
    name runs on in lower-case words to its acronym in brackets, and the acronym spells the
    initials of the name's words from its head, the name ends at the bracket."""
    bracket = next((k for k in range(end, min(len(doc), end + _MAX_SCHOOL_WORDS)) if not _lower_word(doc[k])), None)
    if bracket is None or doc[bracket].text != "(" or bracket + 2 >= len(doc) or doc[bracket + 2].text != ")":
        return end
    letters = [c for c in doc[bracket + 1].text if c.isalpha()]
    if not "".join(letters).isupper():
        return end
    return bracket if _initials_spell(list(doc[head:bracket]), letters) else end


def _lower_word(token: Token) -> bool:
    return token.is_lower and (token.is_alpha or bool(_ELIDED.fullmatch(token.text))) or token.lower_ in _OF | _ARTICLES | _AND


def _initials_spell(tokens: list[Token], letters: list[str]) -> bool:
    """Whether the words' initials, accents dropped, spell the letters; a small word ("de",
    "et", "l’") may give its initial or not."""
    if not letters:
        return all(t.lower_ in _OF | _ARTICLES | _AND for t in tokens)
    if not tokens:
        return False
    first, rest = tokens[0], tokens[1:]
    text = first.text[2:] if _ELIDED.fullmatch(first.text) else first.text
    initial = unicodedata.normalize("NFD", text[:1])[:1].upper()
    small = first.lower_ in _OF | _ARTICLES | _AND
    return (initial == letters[0] and _initials_spell(rest, letters[1:])) or (small and _initials_spell(rest, letters))


_DEDICATEE_WORDS = 2


def _dedicatee_end(doc: Doc, end: int) -> int:
    """ "Institut national polytechnique Félix Houphouët-Boigny": the given name and surname
    of the person a body is named after, written right after its lower-case words, are part
    of its name, as are a given name and surname hyphened into one ("Centre de formation
    professionnelle Paul-Rousseau"). Only two words are taken: a heading's next line may be
    joined on."""
    k, words, hyphened = end, 0, False
    while k < len(doc) and words < _DEDICATEE_WORDS and doc[k].is_title and doc[k].is_alpha and doc[k].text not in _heads():
        k, words = k + 1, words + 1
        while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 1].is_title:
            k, hyphened = k + 2, True
    named = words == _DEDICATEE_WORDS or words == 1 and hyphened
    return k if named and end > 0 and doc[end - 1].is_lower else end


def _hyphen_glued_after(doc: Doc, i: int) -> bool:
    """ "Direção-geral": a hyphen glued between a head and its adjective."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _adjectives_end(doc: Doc, k: int) -> int:
    """End of up to two lower-case adjectives from token `k`, and of those joined to them by
    "and" ("formation technique et professionnelle")."""
    adjectives = 0
    while k < len(doc) and adjectives < _MAX_ADJECTIVES and _adjective(doc, k):
        k, adjectives = k + 1, adjectives + 1
    if adjectives and k + 1 < len(doc) and doc[k].lower_ in _AND - {","} and _adjective(doc, k + 1):
        return _adjectives_end(doc, k + 1)
    return k


def _lower_after_of(doc: Doc, i: int) -> int | None:
    """Index of the lower-case noun after "de", "de la", "d’" … at token `i`
    ("de développement", "d’enseignement")."""
    if i < len(doc) and _ELIDED.fullmatch(doc[i].text) and doc[i].text[2:].islower():
        return i
    if i >= len(doc) or doc[i].lower_ not in _OF:
        return None
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in _ARTICLES)
    word = doc[j] if j < len(doc) else None
    return j if word is not None and word.is_alpha and word.is_lower and word.lower_ not in _FUNCTION_WORDS | _ARTICLES else None


def _title_after_of(doc: Doc, i: int) -> int | None:
    """Index of the capitalised word or acronym after "de", "de la", "du", "d’", "van" … at
    token `i` (`i` itself for a town glued to its "d’": "d’Abidjan"; "ministerie van OCW")."""
    if i < len(doc) and _ELIDED.fullmatch(doc[i].text) and doc[i].text[2:3].isupper():
        return i
    if i >= len(doc) or doc[i].lower_ not in _OF:
        return None
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in _ARTICLES)
    named = j < len(doc) and doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper and len(doc[j]) > 1)
    return j if named and doc[j].text not in _heads() else None


def _title_after_article(doc: Doc, i: int) -> int | None:
    """Index of the capitalised word after "la", "l’" … at token `i` ("et la Formation")."""
    if i + 1 < len(doc) and doc[i].lower_ in _ARTICLES and doc[i + 1].is_title and doc[i + 1].is_alpha:
        return i + 1
    return None


def _portfolios_end(doc: Doc, i: int) -> int | None:
    """End of a ministry's portfolios from token `i`: capitalised words, up to two lower-case
    adjectives after each ("Enseignement technique", "Enseignements professionnels et
    techniques"), joined by "de", commas and "et"."""
    j = _title_after_of(doc, i)
    if j is None:
        return None
    end = j + 1
    while end < len(doc):
        k = end = _adjectives_end(doc, end)
        if k < len(doc) and doc[k].is_title and doc[k].is_alpha:
            end = k + 1
            continue
        nxt = k + 1 if k < len(doc) and doc[k].lower_ in _AND else k
        nxt += nxt < len(doc) and doc[nxt].lower_ in _AND
        title = _title_after_of(doc, nxt)
        if title is None and nxt > k and doc[nxt - 1].text != ",":
            title = _title_after_article(doc, nxt)
        if title is None:
            break
        end = title + 1
    return end


def _adjective(doc: Doc, k: int) -> bool:
    """A lower-case adjective after a portfolio ("technique", "nationale", "supérieur"), told
    from a verb after the name ("annonce", "anunció") by its ending."""
    word = doc[k]
    return (
        word.is_alpha and word.is_lower and word.lower_.endswith(_ADJECTIVE_ENDINGS)
        and word.lower_ not in _OF | _ARTICLES | _AND | _FUNCTION_WORDS
    )


_ADJECTIVE_ENDINGS = (
    "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ique", "iques", "ieur", "ieure", "ieurs", "if", "ive", "ives",
    "aire", "aires", "ien", "ienne", "ais", "aise", "é", "ée", "és", "ées", "ica", "ico", "icas", "icos", "ior", "nel",
    "nelle", "ado", "ada", "ados", "adas", "ible", "able", "ain", "aine", "ains", "aines", "ano", "ana", "anos", "anas",
    "ier", "iers", "ière", "ières", "ese", "esi", "ense", "enses", "suisse", "belge", "arabe", "ali", "ici", "iche", "ivi",
    "ari", "ario", "aria",
)


def _town_end(doc: Doc, i: int) -> int | None:
    """End of a school's town from token `i`: lower-case words naming its kind ("technique",
    "d’enseignement technique et de formation professionnelle"), then "de" and the town's
    capitalised words."""
    for k in range(i, min(len(doc), i + _MAX_SCHOOL_WORDS)):
        word = doc[k]
        if (town := _title_after_of(doc, k)) is not None:
            end = town + 1
            while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title:
                end += 2
            return end
        small = word.lower_ in _OF | _ARTICLES or word.text == "-" or bool(_ELIDED.fullmatch(word.text))
        if not (small or word.is_lower and word.is_alpha and word.lower_ not in _FUNCTION_WORDS | _MINISTRIES | _SCHOOLS):
            return None
    return None


_DEFINITE_BODY = re.compile(
    r"[A-ZÆØÅÄÖ][a-zæøåäö]{3,}(?:direktoratet|departementet|ministeriet|styrelsen|tilsynet|myndigheten|institutet|instituttet"
    r"|rådet|kansliet)"
)
"""A Nordic compound whose last part is a body's head with the definite article glued to it."""
_DEFINITE_BODY_INSIDE = re.compile(
    r"[A-ZÆØÅÄÖ][a-zæøåäö]{3,}(?:verket|nämnden|nævnet|tinget|förbundet|forbundet|partiet|akademien|akademiet|universitetet)"
)
"""Heads that also end common nouns ("Nettverket", the network; "Partiet", the party): a
body's name only capitalised inside a sentence ("att Skolverket", "i Stortinget")."""


def definite_bodies(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each one-word Nordic body ("Utdanningsdirektoratet",
    "Kunnskapsdepartementet", "Folkbildningsrådet", "Skolverket" inside a sentence) -> its kind."""
    return {
        (t.i, t.i + 1): "government" for t in doc
        if _DEFINITE_BODY.fullmatch(t.text) or _DEFINITE_BODY_INSIDE.fullmatch(t.text) and not t.is_sent_start
    }


_GERMAN_HEADS = (
    "schule", "schulzentrum", "zentrum", "akademie", "institut", "hochschule", "universität", "kammer", "ministerium",
    "agentur", "verband", "kolleg", "stiftung", "gymnasium",
)
_GERMAN_COMPOUND = re.compile(rf"[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:{'|'.join(_GERMAN_HEADS)})")
_GERMAN_HEAD_WORD = re.compile(rf"(?:{'|'.join(h.capitalize() for h in _GERMAN_HEADS)})")
_TOWN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}er")
_NOT_TOWN_ADJECTIVES = frozenset({"Aber", "Oder", "Unser", "Euer", "Jeder", "Dieser", "Jener", "Welcher", "Neuer", "Alter", "Weiter"})


def german_compounds(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each German compound head named by its town, a town's adjective or a
    name hyphened to it -> "education" or the head's kind."""
    found = {}
    for t in doc:
        hyphened = t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 2].whitespace_ and not doc[t.i - 1].whitespace_
        if not (_GERMAN_COMPOUND.fullmatch(t.text) or hyphened and _GERMAN_HEAD_WORD.fullmatch(t.text)):
            continue
        start, end = t.i, t.i + 1
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
                and doc[start - 2].is_title and doc[start - 2].is_alpha:
            start -= 2
        if start == t.i and t.i > 0 and _TOWN_ADJECTIVE.fullmatch(doc[t.i - 1].text) and doc[t.i - 1].text not in _NOT_TOWN_ADJECTIVES:
            start -= 1
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN" and not _GERMAN_COMPOUND.fullmatch(nxt.text) \
                and (end + 1 >= len(doc) or not (doc[end + 1].is_title and doc[end + 1].is_alpha)):
            end += 1
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_title:
                end += 2
        if start < t.i or end > t.i + 1:
            found[(start, end)] = "government" if t.text.endswith(("ministerium", "agentur")) else "education"
    return found


_GERMAN_FIRM_NOUN = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöüß-]*(?:konzern|firma|unternehmen|hersteller|zulieferer|dienstleister|händler|produzent|anbieter|gruppe|bauer)"
    r"|Konzern|Firma)(?:e?s)?"
)
_GERMAN_ABSTRACT = re.compile(r".*(?:ung|heit|keit|schaft|tion|ität|ismus|nis|tum)")
_FIRM_WORDS = 2


def german_firms(doc: Doc) -> dict[tuple[int, int], str]:
    """ "der Maschinenbaukonzern Engel", "die Verpackungsfirma Alpla": in German, a firm's
    name right after the compound noun for its kind of business, up to two capitalised words
    before a word in lower case or a mark; words shaped like German abstract nouns ("-ung",
    "-schaft", "-heit") are no name, nor one word ending in "-e", a plural ("Probleme"). The
    kinds' plain words are only those with no plural of the same spelling ("Konzern", "Firma";
    "Unternehmen" is also "firms")."""
    if language_of(doc.text) != "de":
        return {}
    found = {}
    for t in doc[:-1]:
        if not _GERMAN_FIRM_NOUN.fullmatch(t.text):
            continue
        end = t.i + 1
        while end < min(len(doc), t.i + 1 + _FIRM_WORDS) and doc[end].is_title and doc[end].is_alpha \
                and not _GERMAN_ABSTRACT.fullmatch(doc[end].text):
            end += 1
        if end == t.i + 2 and doc[t.i + 1].text.endswith("e"):
            continue
        closed = end == len(doc) or not (doc[end].is_title and doc[end].is_alpha)
        if end > t.i + 1 and closed:
            found[(t.i + 1, end)] = "company"
    return found


_SOUTH_SLAVIC = frozenset({"hr", "sl"})
"""The languages `language_of` tells for Croatian, Serbian and Bosnian (as "hr") and Slovene."""
_MISSIONS = frozenset({"delegacija", "ambasada", "veleposlanstvo", "veleposlaništvo"})
"""Heads of a mission, named with where it is: "Delegacija EU u Srbiji"."""
_JOINS = frozenset({"i", "in", "te"})
_VERB_ENDINGS = ("ao", "io", "eo", "ila", "ala", "ela", "ilo", "alo", "elo", "ili", "ali", "eli", "ati", "iti", "eti", "uje", "aju", "iju", "uju")
"""Endings of past participles, infinitives and the present's third person plural
("objavila", "rekao", "raditi", "sudjeluju"): a clause's verb, where a name's lower-case field
ends."""
_GENITIVE_ENDINGS = ("a", "e", "i", "ih")
_FIELD_WORDS = 6
_OWNER_WORDS = 3


@functools.cache
def _south_slavic_heads() -> dict[str, tuple[str, str]]:
    """Every case of `patterns/org_heads_south_slavic.tsv`, in lower case -> (nominative, kind)."""
    out: dict[str, tuple[str, str]] = {}
    for head, kind in load_lexicon("org_heads_south_slavic.tsv").items():
        for form in south_slavic_name(head.capitalize()):
            out.setdefault(form.lower(), (head, kind))
    return out


def south_slavic_names(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each Croatian, Serbian or Slovene name around a head of
    `patterns/org_heads_south_slavic.tsv` -> its kind, in a text in those languages: a
    capitalised head with its owner or field after it ("Ministarstvo gospodarstva", "Center
    Republike Slovenije za poklicno izobraževanje"), or a lower-case head after capitalised
    adjectives ("Gospodarski zbornici Slovenije", "Gradske uprave Bora"). A head alone, or
    adjectives and a head opening a sentence with nothing after them, name nothing."""
    language = language_of(doc.text)
    if language not in _SOUTH_SLAVIC:
        return {}
    heads, stops = _south_slavic_heads(), stop_words(language)
    found = {}
    for t in doc:
        if t.lower_ not in heads:
            continue
        nominative, kind = heads[t.lower_]
        start = t.i if t.is_title else _adjectives_before(doc, t.i, stops) if t.is_lower else None
        if start is None:
            continue
        end = _south_slavic_tail(doc, t.i + 1, stops, nominative in _MISSIONS)
        if end == t.i + 1 and (start == t.i or _opens_sentence(doc, start)):
            continue
        found[(start, end)] = kind
    return found


def _adjectives_before(doc: Doc, i: int, stops: frozenset[str]) -> int | None:
    """Where the capitalised word opening a lower-case head's adjectives stands ("Hrvatska
    gospodarska komora", "Radio-televiziji", "EU info centra"), if one does."""
    j, between = i - 1, 0
    while j >= 0 and between < _OWNER_WORDS - 1 and _lower_word_of(doc[j], stops) and "\n" not in doc[j].text_with_ws:
        j, between = j - 1, between + 1
    if j >= 1 and doc[j].text in ("-", "–") and not doc[j].whitespace_ and not doc[j - 1].whitespace_:
        j -= 1
    return j if j >= 0 and _title_word(doc[j], stops) and "\n" not in doc[j].text_with_ws else None


def _south_slavic_tail(doc: Doc, k: int, stops: frozenset[str], mission: bool) -> int:
    """The end of what follows a head: capitalised owners in the genitive ("Republike
    Slovenije"), or else lower-case ones ("gospodarstva"); then a field after "za" ("za
    strukovno obrazovanje i obrazovanje odraslih"), or where a mission is ("u Srbiji")."""
    end = k
    while end < len(doc) and end - k < _OWNER_WORDS and _title_word(doc[end], stops) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    if end == k:
        end = _lower_run(doc, k, stops, _OWNER_WORDS, genitive=True)
    if end < len(doc) and doc[end].lower_ == "za":
        field = _lower_run(doc, end + 1, stops, _FIELD_WORDS, genitive=False)
        end = field if field > end + 1 else end
    elif mission and end + 1 < len(doc) and doc[end].lower_ in ("u", "v") and _title_word(doc[end + 1], stops):
        end += 2
    return end


def _lower_run(doc: Doc, k: int, stops: frozenset[str], limit: int, genitive: bool) -> int:
    """The end of up to `limit` lower-case words from `k`, joined by "i", "in" or "te"; in the
    genitive only, where they name an owner right after the head (a verbal noun in "-nje" is
    no genitive: "Vlade usmjeravanje djece" is the government's steering of children)."""
    end, words = k, 0
    while end < len(doc) and words < limit and "\n" not in doc[end - 1].text_with_ws:
        t = doc[end]
        if t.lower_ in _JOINS and words and end + 1 < len(doc) and _lower_word_of(doc[end + 1], stops):
            end += 1
            continue
        if not _lower_word_of(t, stops) or genitive and (not t.text.endswith(_GENITIVE_ENDINGS) or t.text.endswith("nje")):
            break
        end, words = end + 1, words + 1
    return end if doc[end - 1].lower_ not in _JOINS else end - 1


def _lower_word_of(token: Token, stops: frozenset[str]) -> bool:
    return token.is_alpha and token.is_lower and token.text not in stops and not token.text.endswith(_VERB_ENDINGS)


def _title_word(token: Token, stops: frozenset[str]) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper and len(token) > 1) and token.lower_ not in stops


def _opens_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in (".", "!", "?", ":") or "\n" in doc[i - 1].text_with_ws


_ALBANIAN_LINKS = frozenset({"e", "i", "të", "së"})
_ALBANIAN_PLACED = frozenset({"Ambasada", "Konsullata", "Zyra", "Delegacion", "Oda", "Dhoma"})
"""Heads named with the place they are in: "Ambasada Gjermane në Kosovë", "Oda e Zejtare në
Dortmund"."""
_ALBANIAN_QUOTES = frozenset({"“", "”", '"', "„"})
_ALBANIAN_WORDS = 16
_ALBANIAN_GENITIVE_ENDINGS = ("it", "ut", "ës", "së", "ve")
"""Endings of a definite genitive ("Arsimit", "Kulturës", "Sigurimeve"): after a comma, a
name's next owner; a person's name after a comma ends it ("…, Jeton Shaqiri")."""
_ALBANIAN_ADJECTIVE_ENDINGS = ("al", "ale", "ik", "ike", "or", "ore", "ar", "are", "an", "ane", "ian", "iane", "shme")
"""Endings of adjectives ("Profesional", "Shoqërore", "Përgjithshme"), which go on after an
owner; a bare capitalised word of another kind is a person's name ("… Inovacionit Blendi
Gonxhja")."""


@functools.cache
def _albanian_heads() -> dict[str, tuple[str, str]]:
    """Every case of `patterns/org_heads_albanian.tsv` -> (its listed form, kind)."""
    return {
        form: (head, kind) for head, kind in load_lexicon("org_heads_albanian.tsv").items() for form in albanian_name(head)
        if form != _indefinite(head)
    }


def _indefinite(head: str) -> str:
    """A head's indefinite form, which names no body and may be another word ("Ministri" is
    also the minister)."""
    return head[:-1] if head.endswith("ia") else head if not head.endswith("a") else ""


def albanian_names(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each Albanian name around a capitalised head of
    `patterns/org_heads_albanian.tsv` -> its kind, in an Albanian text: the head, its
    capitalised or national adjectives ("Ministria Federale", "Agjencisë zvicerane"), a quoted
    name ("Shkollën Profesionale “Shtjefën Gjeçovi”"), and capitalised owners after a linking
    article or fields after "për", joined by "dhe" or commas ("e Arsimit dhe Shkencës", "për
    Bashkëpunim Ekonomik dhe Zhvillim e Gjermanisë"); a mission or chamber also where it is
    ("në Dortmund"). A head with nothing after it names nothing, and another head after "dhe"
    begins a name of its own."""
    if language_of(doc.text) != "sq":
        return {}
    heads = _albanian_heads()
    found: dict[tuple[int, int], str] = {}
    for t in doc:
        if t.text not in heads or t.i > 0 and doc[t.i - 1].text in _ALBANIAN_QUOTES:
            continue
        listed, kind = heads[t.text]
        end = _albanian_tail(doc, t.i + 1, listed in _ALBANIAN_PLACED)
        if end > t.i + 1:
            found[(t.i, end)] = kind
    return found


def _albanian_tail(doc: Doc, k: int, placed: bool) -> int:
    end = k
    while end < len(doc) and end - k < _ALBANIAN_WORDS and "\n" not in doc[end - 1].text_with_ws:
        t = doc[end]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if t.is_title and t.is_alpha and (end == k or t.lower_.endswith(_ALBANIAN_ADJECTIVE_ENDINGS)):
            end += 1
        elif t.is_lower and t.text in _albanian_nationals() and end == k:
            end += 1
        elif t.text in _ALBANIAN_QUOTES and t.text != "”" and (close := _closing_quote(doc, end)) is not None:
            end = close + 1
        elif nxt is not None and (t.text in _ALBANIAN_LINKS or t.lower_ == "për") and nxt.is_title:
            end += 2
        elif nxt is not None and end > k and nxt.is_title and nxt.text not in _albanian_heads() and (t.lower_ == "dhe" or t.text == "," and nxt.text.endswith(_ALBANIAN_GENITIVE_ENDINGS)):
            end += 2
        elif nxt is not None and t.lower_ == "për" and nxt.text == "të" and end + 2 < len(doc) and doc[end + 2].is_title:
            end += 3
        elif placed and nxt is not None and t.text == "në" and nxt.is_title:
            return end + 2
        else:
            break
    return end


def _closing_quote(doc: Doc, i: int) -> int | None:
    for j in range(i + 1, min(i + _ALBANIAN_WORDS, len(doc))):
        if doc[j].text in _ALBANIAN_QUOTES:
            return j if j > i + 1 else None
        if not doc[j].is_title:
            return None
    return None


@functools.cache
def _albanian_nationals() -> frozenset[str]:
    return frozenset(term for term, entry in albanian_gazetteer().items() if entry.form == "adjective" and term.islower())
