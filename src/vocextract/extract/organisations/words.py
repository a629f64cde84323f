"""The words organisation names are made of: heads, capitals, name words, acronyms; the
constants and token tests every other module of the package shares."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import numpy
import pycountry
from spacy.attrs import LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon, load_patterns
from ..countries import word


_CONNECTORS = {"and", "&", "+", "és", "și", "şi", "ve"}
"""Words joining two halves of one name: English, Hungarian, Romanian and Turkish "and"."""


_OF_TAIL_INNER = {"and", "&", "of", "for", "the", "'s", "\u2019s", "-"}


_NOT_NAME_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "SYM"}


_PLACE_OR_PERSON = {"GPE", "LOC", "NORP", "PERSON", "FAC"}


_TAIL_STARTS = {"of", "for", "de", "des", "du", "del", "für", "fur", "zur", "zum", "do", "da", "dos", "van", "voor", "di", "della", "degli", "delle",
                "dei", "dello", "dell’", "dell'", "per", "para", "pour", "ya", "wa", "cha", "za", "w", "we"}


_FORMS_BEFORE_QUOTES = frozenset({"JSC", "OJSC", "CJSC", "PJSC", "LLC", "LLP", "OOO", "ZAO", "OAO", "AO", "TOO", "UE", "SUE"})
"""Legal forms that Russian and Central Asian styles write before a firm's quoted name
("OJSC “Rogun HPP”")."""
_OPENING_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“"}
"""Opening quotes and the quote that closes each."""

_NATIONAL = {"National", "Federal"}


_LEGISLATURES = {"Congress", "Parliament", "Senate"}


_SOLE_ORGANS = _LEGISLATURES | {"Cabinet", "Treasury"}
"""Organs a state has one of, named alone as a proper name ("approved by Cabinet", "the
Treasury said")."""


_PORTFOLIO_HEADS = {"Ministry", "Department", "Bureau"}


_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "upper", "lower"}


_RANKS = _NATIONAL | {"State", "Central", "Provincial", "Regional", "Local", "Municipal", "Government"}


_TITLES = {"Director", "Minister", "President", "Chairman", "Chair", "Chief", "Secretary", "Governor", "Head", "Acting", "Interim",
           "Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Prof", "Prof.", "Professor", "CEO",
           "Rev", "Rev.", "Revd", "Reverend", "Pastor", "Bishop", "Imam", "Engr", "Engr.", "Alhaji", "Alhaja",
           "Pengerusi", "Pengarah", "Ketua", "Menteri", "Timbalan", "Presiden", "Naib", "Kepala", "Direktur", "Wakil",
           "Sekretaris", "Setiausaha", "Gubernur", "Bupati", "Walikota", "Rektor"}
"""Titles before a person's name, in English (clerics' and engineers' too), Malay and
Indonesian, which open no body's name."""


_UNIT_HEADS = {"Department", "Institute", "Office", "Division", "Bureau", "Directorate", "Unit", "Centre", "Center"}


_ROLE_ADJECTIVES = {"Acting", "Interim", "Former", "Outgoing", "Incoming"}


_FOREIGN_TAILS = _TAIL_STARTS - {"of", "for"}


_FOREIGN_INNER = _FOREIGN_TAILS | {"e", "y", "et", "und", "i", "en", "em", "la", "le", "les", "el", "los", "las", "der", "die", "das",
                                   "a", "o", "os", "as", "na", "l’", "l'", "în", "și", "şi"}
"""The small words inside a Romance or German name's tail ("do Emprego e Formação
Profissional da Angola", "para a Qualificação e o Ensino Profissional", "des Métiers et des
Qualifications", "für Arbeit und Soziales", "de Excelență în Energetică și Electronică")."""


_ARTICLES = {"the", "la", "le", "les", "el", "los", "las", "l'", "l’", "a", "o", "os", "as"}


_PART_NOUNS = {"unit", "subsidiary", "division", "arm", "affiliate"}


_DESCRIBING_PARTICIPLES = {"based", "headquartered", "owned", "led", "funded", "backed", "run", "controlled", "listed", "registered", "accredited"}


_MAX_ACRONYM = 8


def _legal_suffixes() -> frozenset[str]:
    """The legal forms the org ruler's LEGAL_SUFFIX patterns match (`patterns/organisations.jsonl`),
    lower-cased: one list serves the ruler and the token tests ("Ltd", "GmbH", "FZC")."""
    words: set[str] = set()
    for entry in load_patterns("organisations.jsonl"):
        if entry["label"] != "LEGAL_SUFFIX":
            continue
        for token in entry["pattern"]:
            for attr in ("LOWER", "ORTH"):
                value = token.get(attr)
                values = value.get("IN", []) if isinstance(value, dict) else [value] if value else []
                words.update(v.lower() for v in values if any(c.isalpha() for c in v))
    return frozenset(words - {"company"})


_LEGAL_WORDS = _legal_suffixes()


_OPENING_ADVERBS = frozenset({
    "now", "today", "also", "however", "meanwhile", "currently", "recently", "then", "thus", "here", "yesterday",
    "earlier", "later", "still", "but", "and", "so", "moreover", "furthermore", "additionally", "finally", "previously",
    "initially", "originally", "subsequently", "eventually", "similarly", "consequently", "firstly", "secondly", "lastly",
})
"""Adverbs and conjunctions that open a sentence in capitals before a name and are no part of
it ("Now Embassy of Japan is …", "Initially X's market was …")."""


_QUOTES_AND_BRACKETS = "\"'“”‘’()[]"


_DASHES = {"\u2013", "\u2014"}


_PARTICLE = re.compile(r"^[dl][’'][A-Z]")


_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")


_DOTTED = re.compile(r"^(?:[A-Z]\.){2,4}$")


_ACRONYM_FORM = re.compile(r"^[A-Z][A-Za-z]*(?:&[A-Z])?[A-Z]*[A-Za-z]*$")


_DEFINING = {
    "abbreviated", "abbreviation", "short", "shortened", "as", "known", "commonly", "also", "or", "simply", "former",
    "formerly", "branded", "trading", "styled", "called", "named", "often", "usually", "widely", "hereinafter", "hereafter",
    "referred", "to",
}


_DEFINITION_WINDOW = 8


_NAMING_NOUNS = {"initialism", "acronym", "abbreviation"}


_PLACE_NOUNS = {"city", "town", "village", "province", "state", "region", "district", "county", "governorate",
                "prefecture", "municipality", "island", "capital", "port",
                "mayor", "governor", "residents", "inhabitants", "citizens", "outskirts", "suburbs"}


_RELATING_PREPOSITIONS = {"by", "from", "with", "to", "at", "of"}


_SPOKEN_ACRONYM = 5


_FOREIGN_ARTICLES = {
    "L’", "L'", "O", "Os", "As", "Um", "Uma", "El", "La", "Los", "Las", "Un", "Una", "Une", "Le", "Les", "Der", "Die", "Das", "Ein",
    "Eine", "Il", "Lo", "Gli",
}


_APPOSITION_WORDS = 6


_LIST_OPENERS = ("including", "such as", "like", "notably", "among them", "namely")


_STATISTICS_OFFICE = {"Statistics", "Stats"}


_PLACE_PREPOSITIONS = {"in", "at", "near", "from"}


_NAME_PARTICLES = {"von", "van", "de", "del", "di", "da", "do", "dos", "das", "du", "des", "der", "le", "la", "bin", "al"}


_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY"}


_MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"}


@functools.cache
def _heads() -> dict[str, str]:
    return {**load_lexicon("org_heads.tsv"), **load_lexicon("org_heads_foreign.tsv")}


def _positions(doc: Doc, words: Iterable[str], lower: bool = False) -> list[int]:
    """Indices of the tokens written as one of `words` (in lower case when `lower`), found in
    one vectorised pass over the token table instead of a Python loop over every token."""
    attr = LOWER if lower else ORTH
    ids = [doc.vocab.strings.add(w) for w in words]
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), ids)).tolist()


def _head_first(token: Token) -> bool:
    """A head of a language that puts it before the words naming the body ("Politechnika
    Warszawska")."""
    return word(token) in load_lexicon("org_heads_foreign.tsv")


def _capitalised(token: Token) -> bool:
    """A capital first letter, or a name with a lower-case prefix before its capital
    ("uMgungundlovu", "eThekwini") or a digit before one."""
    text = word(token)
    prefixed = len(text) > 4 and text[:1].islower() and text[1:2].isupper() and text[2:].islower() and text.isalpha()
    return text[:1].isupper() or prefixed or (text[:1].isdigit() and any(c.isupper() for c in text))


def _is_head(token: Token) -> bool:
    """A head noun of `patterns/org_heads.tsv`; one of two words ("Stock Exchange") only with
    the word before it, also when hyphened to it ("Consulate-General"). Any other head
    hyphened to the next word is half of an adjective ("Utility-Scale", "Network-based")."""
    text = word(token)
    doc = token.doc
    if _hyphened(token, 1) and f"{text}-{word(doc[token.i + 2])}" not in _heads():
        return False
    if token.i > 0 and f"{word(token.nbor(-1))} {text}" in _heads() or _hyphened(token, -1) and f"{word(doc[token.i - 2])}-{text}" in _heads():
        return _capitalised(token)
    if text in _HEADS_BEFORE_NO_OF and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
        return False
    return _capitalised(token) and (text in _heads() or (text.isupper() and len(text) > 3 and text.title() in _heads()))


def _plural_of_head(text: str) -> bool:
    """ "Colleges", "Academies", "Boards": a head noun's plural."""
    singulars = (text[:-3] + "y",) if text.endswith("ies") else (text[:-1],) if text.endswith("s") else ()
    return any(s in _heads() for s in singulars)


_HEADS_BEFORE_NO_OF = frozenset({"Services"})
"""Heads that end a name but open none: "Services of the Chamber of Commerce" are the
chamber's."""


def _hyphened(token: Token, side: int) -> bool:
    """A hyphen with no space around it joins the token to the next word (`side` 1) or to
    the previous one (-1)."""
    doc, i = token.doc, token.i
    if side == 1:
        return i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _addressed(run: Span) -> bool:
    """A name after "my" is a form of address ("My Lords, …"), not a body."""
    return run.start > 0 and run.doc[run.start - 1].lower_ == "my"


_WEEKDAYS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
})
"""A weekday dates what a body did ("from the Department of Labor Wed., Sept. 18"); it ends
the name before it."""


def _name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name: not a verb, article or preposition (nor
    an "A" opening a sentence or a line, though it is written in capitals and the tagger may
    call it a name after a heading)."""
    if _PARTICLE.match(token.text):
        return True
    if not _capitalised(token) or token.is_space or token.text in _WEEKDAYS:
        return False
    if token.pos_ == "ADV" and token.lower_.endswith("ly") and not token.is_upper:
        return False
    if token.is_upper and _caps_line(token):
        return token.is_alpha and token.lower_ not in STOP_WORDS
    if token.lower_ in ("a", "an") and (token.pos_ == "DET" or token.is_sent_start or "\n" in token.doc[token.i - 1].text_with_ws):
        return False
    return token.pos_ not in _NOT_NAME_POS or word(token).isupper() or _is_head(token) or _misread_name(token)


def _misread_name(token: Token) -> bool:
    """ "Zhongding International Construction Group Co., Ltd.": a capitalised word the tagger
    reads as a verb for its "-ing" but the NER reads as the first word of a company's name,
    one with a legal suffix ("Implementing Organization" has none: a verb it is)."""
    if token.pos_ != "VERB" or token.dep_ != "compound" or token.ent_iob_ != "B" or token.ent_type_ != "ORG":
        return False
    entity = next((e for e in token.doc.ents if e.start == token.i), None)
    return entity is not None and any(t.lower_ in _LEGAL_WORDS for t in entity)


def _glued(a: Token, b: Token) -> bool:
    return a.idx + len(a.text) == b.idx


def _caps_line(token: Token) -> bool:
    """In an all-capital heading ("ANNUAL REPORT"), a capital word is no acronym."""
    doc = token.doc
    around = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in around)


def _is_acronym(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) > 1


def _spelled_by(doc: Doc, start: int, acronym: str, commas: bool = False) -> int | None:
    """End of the capitalised phrase from `start` whose initials spell `acronym`, if any.

    "Green Skills for Youth Initiative" spells "GSYI": small words, hyphens, dashes and quotes
    are skipped, and commas and another language's "and" too when `commas` ("United Nations
    Educational, Scientific and Cultural Organization", "… Politeknik dan Kolej Komuniti").
    """
    k, i = 0, start
    while i < len(doc) and k < len(acronym):
        tok = doc[i]
        if _capitalised(tok) and tok.is_alpha and tok.text[0] == acronym[k]:
            k += 1
        elif not (tok.is_quote or tok.lower_ in _OF_TAIL_INNER or commas and _and_word(tok)
                  or tok.text in _DASHES or tok.is_space or commas and tok.text == ","):
            return None
        i += 1
    return i if k == len(acronym) else None


_ANDS = frozenset({"dan", "va", "və", "ve", "og", "och", "und", "et"})
"""Other languages' "and", which an acronym skips as English's ("Jabatan Pendidikan
Politeknik dan Kolej Komuniti (JPPKK)")."""
_ONE_LETTER_ANDS = frozenset({"e", "y", "i"})


def _and_word(token: Token) -> bool:
    """Another language's "and": a word of `_ANDS`, or a one-letter one ("Formação Inicial e
    Continuada", "Estadística y Censos") standing apart between spaces, since hyphened it is
    a name's part ("Tehreek-e-Insaf")."""
    if token.lower_ in _ANDS:
        return True
    doc = token.doc
    return token.text in _ONE_LETTER_ANDS and bool(token.whitespace_) and token.i > 0 and bool(doc[token.i - 1].whitespace_)
_SPELLED_REACH = 16


def _spelling_start(doc: Doc, bracket: int, before: int) -> int | None:
    """The nearest start, before token `before`, of a phrase whose initials spell the acronym
    bracketed at token `bracket` ("(" ACRONYM ")") and which ends right at the bracket; commas
    inside it are skipped ("United Nations Educational, Scientific and Cultural Organization")."""
    acronym = doc[bracket + 1].text
    for start in range(before - 1, max(-1, bracket - _SPELLED_REACH), -1):
        if doc[start].text[:1] == acronym[0] and _spelled_by(doc, start, acronym, commas=True) == bracket:
            return start
    return None


@functools.cache
def languages() -> frozenset[str]:
    """Languages' English names ("Spanish", "Uzbek"), from ISO 639."""
    return frozenset(lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2"))
