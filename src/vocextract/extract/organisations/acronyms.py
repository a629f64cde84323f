"""Acronyms: those the NER finds, those a text defines after a name, and those it spells out
as something that is no organisation."""

from __future__ import annotations

import functools
import re
import unicodedata

import pycountry
from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import places
from ..countries import gazetteer, word
from ..language import language_of
from ..structure import ANY_MONTH
from ..units import currency_signs, spellings
from .spans import _in_excluded_name, _org_type
from .words import (
    _ACRONYM_FORM, _DEFINING, _DEFINITION_WINDOW, _DOTTED, _FOREIGN_INNER, _LEGAL_WORDS, _MAX_ACRONYM, _MONTHS,
    _NAMING_NOUNS, _OF_TAIL_INNER, _SPOKEN_ACRONYM, _TITLES, _capitalised, _caps_line, _head_first, _is_acronym, _is_head,
    _name_word, _plural_of_head, _positions, _spelled_by, _spelling_start,
)



def spelled_out_before(doc: Doc, orgs: list[Span]) -> list[Span]:
    """A name whose acronym follows it in brackets, grown back to where the acronym's spelling
    starts when a comma cut it ("United Nations Educational, Scientific and Cultural
    Organization (UNESCO)"), or on to a capitalised word or two the acronym spells too, the
    town or country a body is named by, after a comma or not ("X Petroleum Institute Kigumba
    (XPIK)", "Institution of X Engineers, Bangladesh (IXEB)"), unless a noun after the
    acronym says what the longer name is ("X Foundation Scholarship (XFS) Programme") or the
    words grown on end in a plan's noun ("X Defence Force Transition Program (XDFTP)")."""
    grown = []
    for span in orgs:
        end = span.end
        if _bracketed_acronym(doc, end):
            if (start := _spelling_start(doc, end, span.start)) is not None:
                grown.append(doc[start:end])
            continue
        for bracket in range(end + 1, min(end + _SPELLED_ON + 1, len(doc)) + 1):
            comma = doc[bracket - 1].text == "," and bracket - 1 == end
            if not (doc[bracket - 1].is_title and doc[bracket - 1].is_alpha or comma):
                break
            kind_after = bracket + 3 < len(doc) and doc[bracket + 3].pos_ in ("NOUN", "PROPN")
            planned = _names_a_plan(doc[bracket - 1])
            if _bracketed_acronym(doc, bracket) and not kind_after and not planned \
                    and _spelled_by(doc, span.start, doc[bracket + 1].text, commas=True) == bracket:
                grown.append(doc[span.start : bracket])
    return grown


_SPELLED_ON = 2


def _bracketed_acronym(doc: Doc, i: int) -> bool:
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and _is_acronym(doc[i + 1])


_FOREIGN_SMALL = _FOREIGN_INNER | {"l'", "l’", "d'", "d’", "à", "aux", "dans"}


def foreign_defined(doc: Doc) -> dict[tuple[int, int], str]:
    """ "l’Agence française de développement (AFD)", "Centre de formation professionnelle dans
    les métiers de l’industrie (CFPMI)": a name in a language that writes only its first word
    capitalised, from a head-first word ("Agence", "Centre") to the acronym bracketed after
    it, whose words' initials in any case spell that acronym, small words skipped. The short
    form may be written in title case, as French and Portuguese copy often writes it: spelled
    by the initials ("(Afd)") or running through the name's letters from its first
    ("Secretaria de Educação Profissional e Tecnológica (Setec)", as `_contracted` reads it)."""
    found = {}
    for t in doc[2:-1]:
        if doc[t.i - 1].text != "(" or doc[t.i + 1].text != ")" or not t.text.isalpha():
            continue
        titled = t.text[:1].isupper() and t.text[1:].islower() and 3 <= len(t.text) <= 8
        if not (_is_acronym(t) or titled):
            continue
        for start in range(t.i - 2, max(-1, t.i - 1 - _SPELLED_REACH), -1):
            name = doc[start : t.i - 1]
            if (_heads_foreign_name(doc, start) or _head_first_in_lower_case(doc[start]) or _titled_before_head(doc, start, t.i - 1)) and (
                _spells_in_any_case(name, t.text) or titled and _contracted(t, name) and name[-1].is_alpha
            ):
                found[(start, t.i - 1)] = _org_type(name)
                break
    return found


def _head_first_in_lower_case(token: Token) -> bool:
    """A head-first word as French writes a ministry in running text ("le ministère de
    l’Emploi …"): a name only where a bracketed short form defines it."""
    return token.is_lower and token.text.capitalize() in load_lexicon("org_heads_foreign.tsv")


_SPELLED_REACH = 14
_TAIL_WORDS = frozenset({"de", "du", "des", "d’", "d'", "of", "for"})


def _heads_foreign_name(doc: Doc, i: int) -> bool:
    """A head-first word ("Agence", "Fonds"), or a head followed by a Romance "de" ("Centre
    de formation", "Institut des métiers") or an English "of" or "for" ("Center for technical
    Education and Vocational Training (CTEVT)", a name with one word typed in lower case; a
    ministry or department may be all in lower case: "the ministry of skills development
    (MSD)")."""
    tail = i + 1 < len(doc) and doc[i + 1].lower_ in _TAIL_WORDS
    return _head_first(doc[i]) or tail and (_is_head(doc[i]) or doc[i].lower_ in _LOWER_CASE_HEADS)


_LOWER_CASE_HEADS = frozenset({"ministry", "department", "directorate"})


def _titled_before_head(doc: Doc, i: int, end: int) -> bool:
    """ "National Institute of statistics of Rwanda (NISR)": a capitalised word or two before
    a head with an "of"/"for" tail open the name too."""
    for k in range(i + 1, min(i + 3, end)):
        if _heads_foreign_name(doc, k) and not _head_first(doc[k]):
            return all(x.is_title and x.is_alpha for x in doc[i:k])
    return False


def _spells_in_any_case(span: Span, acronym: str) -> bool:
    """The initials of the name's words in any case spell `acronym`, each small word ("of",
    "and", "de") counted or not ("Ministry of Labour and Social affairs (MOLSA)"); an English
    name typed mostly in lower case only when it is a ministry's or a department's."""
    small = _FOREIGN_SMALL | _OF_TAIL_INNER
    words = [w for w in span if w.is_alpha]
    content = [w for w in words if w.lower_ not in small]
    lower = any(w.is_lower for w in content)
    english = len(span) > 1 and span[1].lower_ in ("of", "for")
    titled = sum(w.is_title for w in content) * 2 > len(content) or span[0].lower_ in _LOWER_CASE_HEADS
    return _initials_spell(words, acronym.upper(), small) and lower and span[-1].is_alpha and (titled or not english)


def _initials_spell(words: list[Token], acronym: str, small: frozenset[str]) -> bool:
    """Whether the words' initials spell `acronym`, a small word's initial taken or skipped."""
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    takes = bool(acronym) and first.text[0].upper() == acronym[0] and _initials_spell(rest, acronym[1:], small)
    return takes or first.lower_ in small and _initials_spell(rest, acronym, small)


def _expansions(doc: Doc, acronym: str, starts: list[int]) -> list[Span]:
    """Where the text spells `acronym` out, across commas and another language's "and" too
    ("Sciences et Techniques Industrielles"); `starts` are the tokens beginning with its letter."""
    return [
        doc[i:end]
        for i in starts
        if doc[i].text != acronym and (end := _spelled_by(doc, i, acronym, commas=True))
    ]


def branch_names(doc: Doc, line_starts: frozenset[int]) -> dict[tuple[int, int], str]:
    """ "IPRC Huye", "IIT Bombay": an acronym the text spells out as a kind of institution
    (a head noun anywhere in its spelling: "Integrated Polytechnic Regional Colleges (IPRCs)",
    "Kenyan Institutes of Technology (KITs)"), followed by a place's name (a city
    of the gazetteer, or one the NER sees), names that institution's branch there; once it
    does, the acronym before any other proper name does too ("IPRC Gishari, IPRC Huye"), and
    so does its spelling before the word that follows the acronym too, which makes that pair a
    branch ("Integrated Polytechnic Regional Centre Tumba (IPRC Tumba)"). An
    acronym before its own spelling ("ATC Arusha Technical College", a glossary) is none, and
    so is one before a field label ("IIT Campus" heading a table's column), or ending a line
    (a headline's last word before the next paragraph's first); a law, plan or event after
    it ("ETB Act") is the acronym's, no branch."""
    initials = _by_initial(doc)
    pairs = [
        (t, doc[t.i + 1]) for t in doc[:-1]
        if t.is_upper and t.is_alpha and len(t) >= 3 and t.i + 1 not in line_starts and doc[t.i + 1].is_title and doc[t.i + 1].is_alpha
        and not _is_head(doc[t.i + 1]) and doc[t.i + 1].text not in gazetteer() and _spelled_by(doc, t.i + 1, t.text) is None
    ]
    placed = {t.text for t, after in pairs if after.ent_type_ in ("GPE", "LOC") or after.text in places.gazetteer()}
    kinds: dict[str, str] = {}
    for acronym in placed:
        spelled = [s for s in _expansions(doc, acronym, initials.get(acronym[0], [])) if any(map(_kind_of_body, s))]
        if spelled:
            kinds[acronym] = _org_type(spelled[0])
    labels = load_lexicon("infobox_labels.tsv")
    branches = {
        (t.i, t.i + 2): kinds[t.text] for t, after in pairs
        if t.text in kinds and after.pos_ == "PROPN" and after.text not in labels
    }
    offices = load_lexicon("org_offices.tsv")
    exclusions = load_lexicon("org_exclusions.tsv")
    after_acronym = {
        (t.text, after.text) for t, after in pairs if word(after) not in _TITLES and after.text not in offices and word(after) not in exclusions
    }
    spelled_there = {
        (acronym, doc[s.end].text): (s.start, s.end + 1, _org_type(s)) for acronym in {t.text for t, _ in pairs}
        for s in _expansions(doc, acronym, initials.get(acronym[0], []))
        if s.end < len(doc) and (acronym, doc[s.end].text) in after_acronym and any(map(_kind_of_body, s))
    }
    branches |= {(t.i, t.i + 2): spelled_there[(t.text, after.text)][2] for t, after in pairs if (t.text, after.text) in spelled_there}
    return branches | {(start, end): kind for start, end, kind in spelled_there.values()}


def _kind_of_body(token: Token) -> bool:
    """A head noun, or its plural ("Colleges")."""
    return _is_head(token) or (_capitalised(token) and _plural_of_head(word(token)))


def _by_initial(doc: Doc) -> dict[str, list[int]]:
    """Token indices by first character, so each acronym's expansions are sought among few tokens."""
    out: dict[str, list[int]] = {}
    for t in doc:
        out.setdefault(t.text[:1], []).append(t.i)
    return out


def _acronym_ok(acronym: str, doc: Doc, in_orgs: frozenset[int], initials: dict[str, list[int]]) -> bool:
    """Not an organisation when the text spells it out as something else: a plan ("...
    Initiative"), or any phrase that ends in no organisation's head noun ("Project Information
    Document"), even one that opens on a body's name ("Defence Force Transition Program")."""
    exclusions = load_lexicon("org_exclusions.tsv")
    spelled = _expansions(doc, acronym, initials.get(acronym[0], []))
    if any(s.start in in_orgs and not _names_a_plan(s[-1]) for s in spelled):
        return True
    if spelled and not any(_is_head(s[-1]) for s in spelled):
        return False
    return not any(word(s[-1]) in exclusions for s in spelled)


_ROMAN = re.compile(r"(?=[IVXL]{2})X{0,3}(?:IX|IV|V?I{0,3})|L(?:X{0,3})(?:IX|IV|V?I{0,3})|XL(?:IX|IV|V?I{0,3})")
"""A Roman numeral of letters no acronym is made of alone ("XIX Graduation Ceremony",
"Phase IV"); C, D and M are left out, as they open real acronyms."""


def _acronyms(doc: Doc, orgs: list[Span]) -> list[tuple[Span, str]]:
    """Acronyms the NER tags ORG somewhere in the text, that are coordinated with a name,
    stand before an office and a person ("X Vice Principal Dr. …") or act as a body
    (`_acts`), at every occurrence (the NER reads each by its context and misses some; the text means
    one body by it throughout), and
    acronyms given in parentheses right after an organisation name, each with its kind
    (that organisation's, else "other"). An acronym that is a kind of body ("SMK", a
    vocational school) names none alone."""
    stop = load_lexicon("org_acronym_exclusions.tsv")
    countries = gazetteer()
    in_orgs = frozenset(t.i for s in orgs for t in s)
    ner = {t.text for e in doc.ents if e.label_ == "ORG" for t in e if not _caps_line(t)}
    ner |= {
        t.text for t in doc
        if t.is_upper and t.is_alpha and (len(t) > 2 and (_coordinated_with_a_body(t, in_orgs) or _office_after(t) or _office_before(t) or _acts(t))
                                          or len(t) > 1 and _cites_as_author(t))
    }
    defined = _defined_acronyms(doc, orgs)
    defined = {**_initialled(doc, orgs, stop), **defined}
    candidates = [
        t for t in doc
        if (t.is_upper or t.text in defined) and (t.is_alpha or t.text in defined or _DOTTED.match(t.text))
        and 1 < len(t) and (len(t) <= _MAX_ACRONYM or t.text in defined) and (t.text in defined or not t.is_stop)
        and (t.text in defined or t.text not in stop) and t.text not in countries and t.text.title() not in countries
        and (t.text in defined or t.text.title() not in places.gazetteer())
        and t.text.title() not in load_lexicon("continents.tsv")
        and (t.text in defined or t.text not in _MONTHS and t.text not in currency_signs())
        and t.text not in spellings().symbols | spellings().names
        and (t.text in defined or (t.text in ner and not _caps_line(t) and (len(t) > 2 or _cites_as_author(t))))
        and not (_ROMAN.fullmatch(t.text) and t.text not in defined) and t.lower_ not in _LEGAL_WORDS
        and not _head_first(t) and not _lettered(t) and not _cited(t)
    ]
    no_body = {t.text for t in candidates if _names_no_organisation(t)} | _scheme_acronyms(candidates) | _surnames(doc)
    candidates = [t for t in candidates if t.text not in no_body or t.text in defined]
    common = _common_acronyms(doc) | _term_acronyms(doc)
    candidates = [t for t in candidates if t.text in defined or t.text not in common]
    initials = _by_initial(doc) if candidates else {}
    verdicts = {a: _acronym_ok(a, doc, in_orgs, initials) for a in {t.text for t in candidates}}
    indonesian = "Indonesia" in doc.text or language_of(doc.text) == "id"
    ministries = [
        (doc[t.i : t.i + 1], "government") for t in doc
        if (_MINISTRY.fullmatch(t.text) or indonesian and _INDONESIAN_MINISTRY.fullmatch(t.text))
        and t.text not in stop and t.text not in defined and t.i not in in_orgs
    ]
    return [
        (_with_campus(_with_business_line(doc[t.i : t.i + 1])), defined.get(t.text, "other"))
        for t in candidates
        if verdicts[t.text] and not _in_excluded_name(t) and not _dateline_word(doc[t.i : t.i + 1])
    ] + ministries


_MONTH_NAME = 5
"""Letters of a month's name written out: "SEP" may be an acronym the text defines."""


def _dateline_word(span: Span) -> bool:
    """A month's name ("NOVEMBER", "JULAI", a short one dated "JUNI/JULI 2025"), or the place in capitals opening a dateline
    before a comma and a date ("ARAU, 7 NOVEMBER 2023 –") or before a dash and the same word
    in title case ("LAMAR – Lamar Community College received …")."""
    doc, end = span.doc, span.end
    if len(span) == 1 and ANY_MONTH.fullmatch(span.text) and (len(span.text) >= _MONTH_NAME or _dated(doc, span.start, end)):
        return True
    opens_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    if opens_line and span.text.isupper() and end < len(doc) and doc[end].text in ("–", "—", "-"):
        return end + 1 < len(doc) and doc[end + 1].text == span.text.title()
    if not (opens_line and span.text.isupper() and end + 2 < len(doc) and doc[end].text == ","):
        return False
    date = doc[end + 1 : end + 3]
    return any(ANY_MONTH.fullmatch(t.text) for t in date) and any(t.like_num for t in date)


def _dated(doc: Doc, start: int, end: int) -> bool:
    """A short month's name in capitals beside a slash or before a year ("JUNI/JULI 2025")."""
    after = doc[end] if end < len(doc) else None
    return (start > 0 and doc[start - 1].text == "/") or after is not None and (after.text == "/" or after.like_num and len(after) == 4)


_CITATION_BEFORE = re.compile(r"(?:\(\d{4}\)|\[\d{4}\])[ \t]*(?:\d+[ \t]+)?$")
_CASE_NUMBER_AFTER = re.compile(r"[ \t]*(?:\([A-Za-z.]{1,4}\)[ \t]*)?(?:Nos?\.|No)[ \t]*\d")


def _cited(token: Token) -> bool:
    """ "(1984) 3 FCR 344", "[2021] AATA 1554", "W.P.(C) No. 22517": an acronym between a
    citation's year and its page or number names a law report or a court's series, and one
    before a case number a kind of case; neither is a body the text speaks of."""
    text, start, end = token.doc.text, token.idx, token.idx + len(token.text)
    year_before = _CITATION_BEFORE.search(text, max(0, start - 16), start) and re.match(r"[ \t]+\d", text[end : end + 3])
    return bool(year_before or _CASE_NUMBER_AFTER.match(text, end))


_MINISTRY = re.compile(r"Mo(?:[A-Z][a-z]?){0,4}[A-Z]")
"""A ministry's acronym with the "o" of "of" in lower case ("MoE", "MoHE", "MoLISA"), which no
common word is; a memorandum's ("MoU") is in `patterns/org_acronym_exclusions.tsv`."""
_INDONESIAN_MINISTRY = re.compile(r"Kemen(?!terian\b)(?:ko)?[a-z]{3,}|Kemnaker|Kemlu")
"""An Indonesian ministry's contracted name, "Kementerian" cut to "Kemen" and its portfolio's
syllables ("Kemendikbudristek", "Kemenperin", "Kemenko…") or to "Kem" ("Kemnaker"), in a text
in Indonesian or about Indonesia."""


def _lettered(token: Token) -> bool:
    """ "C-EFE": an acronym with a single letter hyphened before it is a code's part (a
    programme's), not a body's name ("EU-CTEVT" joins two bodies); so is one hyphened to a
    part with digits ("CSA-ITT-00014", a project's number) or to a currency's code
    ("EUR-ACE", a label)."""
    doc, i = token.doc, token.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_ and doc[i + 2].is_upper:
        if any(c.isdigit() for c in doc[i + 2].text):
            return True
    if not (i >= 2 and doc[i - 1].text in ("-", "\u2013") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_):
        return False
    if doc[i - 2].text in _currency_codes():
        return True
    return doc[i - 2].is_alpha and len(doc[i - 2]) == 1 and (i < 3 or doc[i - 3].whitespace_ or not doc[i - 3].is_alpha)


@functools.cache
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


_COURTESY = frozenset({
    "mr", "ms", "mrs", "dr", "prof", "pr", "h.e", "madam", "mme", "justice", "judge", "hon'ble", "hon’ble", "shri", "sri", "smt",
})
_NAME_REACH = 4


def _surnames(doc: Doc) -> frozenset[str]:
    """ "Mr. TAMURA Takahiro", "Justice T.R. KUMAR NAIR": a word in capitals among the
    capitalised words after a courtesy or judge's title is part of a person's name, as Japanese,
    French and court styles write it, wherever the text repeats it; so is a transcript's
    speaker (`_speakers`)."""
    found = set()
    for i in _positions(doc, _COURTESY | {title + "." for title in _COURTESY}, lower=True):
        first = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "." else i + 1
        for name in doc[first : first + _NAME_REACH]:
            if not (name.is_title or name.is_upper) or name.is_punct:
                break
            if name.is_upper and name.is_alpha:
                found.add(name.text)
    return frozenset(found | _speakers(doc))


def _speakers(doc: Doc) -> set[str]:
    """ "YDSTIE: So you're going to build it": a transcript's speaker, a word in capitals
    opening a line before a colon, that the text also writes as a name ("NPR's John Ydstie")."""
    written = {t.text for t in doc if t.is_title}
    return {
        t.text for t in doc[:-1]
        if t.is_upper and t.is_alpha and doc[t.i + 1].text == ":" and t.text.title() in written
        and (t.i == 0 or doc[t.i - 1].is_space or doc[t.i - 1].whitespace_.endswith("\n"))
    }


def _acts(token: Token) -> bool:
    """ "X has granted recognition", "my Department and X have been working", "agreed with X",
    "X's project": an acronym that does what a body does (`patterns/org_agent_verbs.tsv`), alone,
    with a subject joined to it, as the one it is done with or as the owner of what a body
    has (`_BODIES_OWN`), standing alone or after "The": not the end of a longer name ("Lao
    PDR", "President X Y GCFR", "PORT-AU-PRINCE") nor a dateline's place before its comma."""
    doc, i = token.doc, token.i
    glued = i > 0 and doc[i - 1].text in ("-", "/") and not doc[i - 1].whitespace_
    alone = (i == 0 or doc[i - 1].lower_ == "the" or not (doc[i - 1].is_title or doc[i - 1].is_upper or glued)) and (
        i + 1 == len(doc) or doc[i + 1].text != ","
    )
    subject = token.head if token.dep_ == "conj" and token.head.dep_ == "nsubj" else token
    verb = subject.head
    partner = token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lemma_ in _PARTNERING
    verb = token.head.head if partner else verb
    acting = subject.dep_ == "nsubj" or partner
    owner = token.dep_ == "poss" and token.head.lemma_.lower() in _BODIES_OWN and i + 1 < len(doc) and doc[i + 1].lower_ in ("'s", "’s")
    return alone and (owner or acting and verb.pos_ == "VERB" and (partner or verb.lemma_ in load_lexicon("org_agent_verbs.tsv")))


_BODIES_OWN = frozenset({
    "project", "programme", "program", "approach", "initiative", "mandate", "staff", "employee", "headquarters",
    "secretariat", "director", "chairman", "chairperson", "president", "spokesperson", "spokesman", "website",
})
"""What a body has that a term, a scheme or a disease does not ("X's project", "X's staff")."""


_PARTNERING = frozenset({"agree", "sign", "partner", "collaborate", "cooperate", "coordinate", "liaise", "negotiate"})


def _office_after(token: Token) -> bool:
    """ "X Vice Principal Dr. Ann Obi", "X President Prof. Li": an acronym before an office and
    a person's title or name names the body the office is in."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].text in _OFFICE_WORDS:
        i += 1
    return token.i + 1 < i < len(doc) and (doc[i].text in _PERSON_TITLES or doc[i].ent_type_ == "PERSON")


def _cites_as_author(token: Token) -> bool:
    """ "(EC, 2018)", "; ILO, 2020)": an acronym an author-date citation gives as its author,
    before a comma, is the body that wrote the work; without the comma it is as often a kind of
    year ("(FY 2017)", "(AY 2014)") or a report's short title ("(EAG 2023)")."""
    doc, i = token.doc, token.i
    opens = i > 0 and doc[i - 1].text in ("(", ";")
    return opens and i + 2 < len(doc) and doc[i + 1].text == "," and bool(_CITED_YEAR.fullmatch(doc[i + 2].text))


_CITED_YEAR = re.compile(r"(?:19|20)\d\d[a-z]?")


def _office_before(token: Token) -> bool:
    """ "Xu Jianling, President of SZPT, received …", "Deputy Director of TAGCI": an acronym after
    an office and "of" (or "of the"), closing the phrase, names the body the office is in;
    one that a capitalised word follows opens a longer name ("director of IDP Education")."""
    doc, i = token.doc, token.i
    k = i - 1 - (i >= 2 and doc[i - 1].lower_ == "the")
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    closes = nxt is None or nxt.is_punct and nxt.text not in "-/&" or "\n" in token.whitespace_
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].text.title() in _OFFICE_WORDS and closes


_OFFICE_WORDS = frozenset({
    "Vice", "Deputy", "Executive", "Acting", "President", "Principal", "Director", "Dean", "Chancellor", "Rector",
    "Chairman", "Chairperson", "Chair", "Secretary", "General", "CEO", "DG", "Provost", "Registrar",
})
_PERSON_TITLES = frozenset({"Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs."})


def _coordinated_with_a_body(token: Token, in_orgs: frozenset[int]) -> bool:
    """ "between SOLAS and the Education and Training Boards": an acronym joined by "and" or
    "or" to an organisation's name stands for a body too, where the model tags neither."""
    if token.i in in_orgs:
        return False
    heads = [token.head] if token.dep_ == "conj" else []
    return any(t.i in in_orgs for t in heads + [c for c in token.children if c.dep_ == "conj"])


_BUSINESS_LINE = re.compile(r"[A-Z]{1,2}&[A-Z]{1,2}")


def _with_business_line(span: Span) -> Span:
    """ "POSCO E&C", "Kestria C&T": an acronym before the initials of a line of business
    joined by "&", which the model reads as one name with it, is the group's company for
    that line, wherever the text writes them together."""
    doc, i = span.doc, span.end
    if i >= len(doc) or not _BUSINESS_LINE.fullmatch(doc[i].text):
        return span
    pair = doc[span.start : i + 1]
    return pair if any(e.label_ == "ORG" and e.text == pair.text for e in doc.ents) else span


def _with_campus(span: Span) -> Span:
    """ "ISEP-Thiès", "XU-Kigali", "CEFET/RJ": an acronym hyphened without spaces to a
    capitalised word, or hyphened or slashed to a two-letter place code, names the body's
    branch there, one name; not to a country or continent ("EU-Africa", "ILO/EU"), nor in German,
    which capitalises every noun, to one that is no place ("ZHAW-Jahresbericht", its annual
    report)."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text not in ("-", "/") or span[-1].whitespace_ or doc[i].whitespace_:
        return span
    nxt = doc[i + 1]
    place_code = (
        nxt.is_alpha and nxt.is_upper and len(nxt) == 2 and nxt.text not in load_lexicon("org_known.tsv")
        and (i + 2 >= len(doc) or doc[i + 2].text not in ("-", "/"))
    )
    if not (nxt.is_alpha and nxt.is_title and doc[i].text == "-" or place_code):
        return span
    if nxt.text in gazetteer() or nxt.text in load_lexicon("continents.tsv"):
        return span
    if language_of(doc.text) == "de" and not place_code and nxt.text not in places.gazetteer():
        return span
    return doc[span.start : i + 2]


def _term_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text defines for a common noun phrase, in lower case: "vocational high
    schools (SMK)", "not in employment, education or training (NEET)" name a kind of thing,
    not a body; so does one defined for a name ending in a plan's or a document's noun
    ("… Opportunities Project (KYEOP)", "State of the Nation Address (SONA)"), unless that
    name is an organisation's. A bracketed lower-case term with its acronym after a comma
    ("secondary VET (middelbaar beroepsonderwijs, MBO)") is one too, and so is one a glossary
    spells out after "=" as something no head noun ends ("EPR=Employment to population
    Ratio")."""
    exclusions = load_lexicon("org_exclusions.tsv")
    out = {t.text for t in doc[:-2] if doc[t.i + 1].text == "=" and _acronym_form(t.text) and _glossed_term(doc, t)}
    for t in doc[2:-1]:
        if doc[t.i - 1].text == "," and doc[t.i + 1].text == ")" and _acronym_form(t.text) and _lower_term_before(t):
            out.add(t.text)
        if doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and _acronym_form(t.text):
            before = doc[t.i - 2]
            if before.is_alpha and before.is_lower and (before.pos_ in ("NOUN", "ADJ", "VERB") or _foreign_word(before)):
                out.add(t.text)
            elif before.is_title and before.text in exclusions:
                out.add(t.text)
    return frozenset(out)


def _glossed_term(doc: Doc, acronym: Token) -> bool:
    """The words after "=" up to a punctuation mark or the line's end spell `acronym` and end
    in no head noun."""
    words = []
    for x in doc[acronym.i + 2 : acronym.i + 2 + _SPELLED_REACH]:
        if x.is_punct:
            break
        words.append(x)
        if "\n" in x.whitespace_:
            break
    small = _FOREIGN_SMALL | _OF_TAIL_INNER | {"to", "in", "per"}
    return bool(words) and not _is_head(words[-1]) and _initials_spell(words, acronym.text.upper(), small)


def _foreign_word(token: Token) -> bool:
    """A word of a passage in another language, which the English tagger calls anything: one
    with a letter English does not write ("employé", "formação") or after an elided article."""
    before = token.doc[token.i - 1] if token.i else None
    return bool(re.search(r"[à-ÿ]", token.text)) or before is not None and before.lower_ in ("l’", "l'", "d’", "d'")


def _lower_term_before(acronym: Token) -> bool:
    """Only lower-case words between an opening bracket and the comma before `acronym`."""
    doc = acronym.doc
    for k in range(acronym.i - 2, max(acronym.i - 8, 0), -1):
        if doc[k].text == "(":
            return k < acronym.i - 2
        if not (doc[k].is_alpha and doc[k].is_lower):
            return False
    return False


def _contracted(token: Token, name: Span) -> bool:
    """ "Ministry of Energy and Mines (Minem)": a capitalised word alone in brackets whose
    letters run in order through the name, beginning with its first and reaching past its
    first word, is the name's short form ("Tarnvik College (Tarnvik)" gives a place)."""
    doc, text = token.doc, token.text
    if not (token.is_alpha and text[:1].isupper() and 3 <= len(text) <= 10 and token.i + 1 < len(doc) and doc[token.i + 1].text == ")"):
        return False
    return _contracts(text, name)


def _contracts(short: str, name: Span) -> bool:
    """Whether the letters of `short` run in order through `name`, beginning with its first and
    reaching past its first word."""
    def runs_through(words: str) -> bool:
        letters = iter(_unaccented(words.lower()))
        return all(c in letters for c in _unaccented(short.lower()))

    return short[0].lower() == name.text[0].lower() and runs_through(name.text) and not runs_through(name[0].text)


_DASHES = ("-", "–", "—", "--")
_DASHED = re.compile(r"(?:--|[-–—])?([A-Z][A-Za-z&]{1,11})(?:--|[-–—])")


def _dash_bracketed(doc: Doc, i: int) -> str | None:
    """ "Servicio Nacional de Aprendizaje –Sena-", "Escuela Superior Técnica --SENCICO--": a
    short form between dashes, which Spanish copy writes for brackets and the tokenizer leaves
    glued to them."""
    first = doc[i].text
    glued = first if first[:1] in "-–—" and len(first) > 2 else doc[i + 1].text if first in _DASHES and i + 1 < len(doc) else ""
    found = _DASHED.fullmatch(glued)
    return found.group(1) if found else None


def _unaccented(text: str) -> str:
    """ "Técnico" read as "Tecnico": a short form drops the accents of the words it contracts
    ("Instituto … Técnico Profesional (Infotep)")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _acronym_form(text: str) -> bool:
    """Two capitals or more, letters and at most one "&": "XJTLU", "CMPort", "L&T"; or
    capitals with points ("N.U.S.")."""
    return bool(_ACRONYM_FORM.match(text) or _DOTTED.match(text)) and sum(c.isupper() for c in text) >= 2


def _common_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text uses as common nouns: in the plural ("SETAs", "NGOs") or after an
    article and an adjective ("the lead XA", "a regional XB") they name a kind of body, not
    one body, wherever they occur; not an acronym that holds an office ("XA Vice Principal
    Dr. …"), which "the new XA students" only modifies."""
    texts = {t.text for t in doc}
    common = {t.text[:-1] for t in doc if t.text.endswith("s") and t.text[:-1].isupper() and t.text[:-1] in texts}
    common |= {
        t.text for t in doc[2:]
        if t.is_upper and t.is_alpha and doc[t.i - 1].is_lower and doc[t.i - 1].pos_ == "ADJ" and doc[t.i - 2].pos_ == "DET"
    } - {t.text for t in doc if t.is_upper and _office_after(t)}
    return frozenset(common)


def _apposed_after(doc: Doc, span: Span) -> bool:
    """ "XA, the Y Authority, said": the name stands in apposition to an acronym before it,
    closed by a comma or the sentence's end; an acronym ending another name ("Department of
    XA, the Y Authority, …") begins a list instead."""
    if span.start < 3 or doc[span.start - 1].lower_ != "the" or doc[span.start - 2].text != ",":
        return False
    closed = span.end >= len(doc) or doc[span.end].text in (",", ".", ";", ")")
    lead = doc[span.start - 4] if span.start >= 4 else None
    inside = lead is not None and (_name_word(lead) or lead.lower_ in ("of", "for", "and", "&"))
    return closed and not inside and _acronym_form(doc[span.start - 3].text)


_APPOSITION_MARKS = (",", "–", "—")
"""What opens an apposition after a name, as a comma does: "X Service – known as XS, …"."""


def _unit_of_money(code: Token, name: Span) -> bool:
    """A currency code bracketed after a name gives the unit of the figures around it ("IBRD/IDA
    (USD)", "Total Project Cost (USD)"), unless the name's initial opens it as an acronym's
    does ("Assembly of First Nations (AFN)"); before a figure it writes an amount, whatever
    its initial ("the EU (EUR 16 million)")."""
    doc = code.doc
    amount = code.i + 1 < len(doc) and doc[code.i + 1].like_num
    return code.text in currency_signs() and (code.text[:1] != name.text[:1] or amount)


def _initialled(doc: Doc, orgs: list[Span], stop: frozenset[str]) -> dict[str, str]:
    """ "UoB has said", "students at SU": the initials of a body named in the text, of its
    capitalised words ("Syracuse University") or of all its words with the small ones in
    lower case ("University of Birmingham"), written alone elsewhere stand for it, though the
    text never brackets them after the name. Not initials that are a word, a country's or a
    currency's code."""
    readings: dict[str, str] = {}
    for span in orgs:
        words = [t for t in span if t.is_alpha]
        capitals = [t for t in words if _capitalised(t)]
        if len(capitals) < 2 or not all(_capitalised(t) or t.lower_ in _OF_TAIL_INNER for t in words):
            continue
        mixed = "".join(t.text[0] if _capitalised(t) else t.text[0].lower() for t in words)
        for form in {"".join(t.text[0] for t in capitals), mixed}:
            readings.setdefault(form, _org_type(span))
    texts = {t.text for t in doc if not t.is_stop}
    return {
        form: kind for form, kind in readings.items()
        if form in texts and _acronym_form(form) and form not in stop and form not in gazetteer()
        and form not in currency_signs() and form.title() not in places.gazetteer()
    }


def _defined_acronyms(doc: Doc, orgs: list[Span]) -> dict[str, str]:
    """Acronyms the text gives for an organisation right after its name (or after the country
    or place that closes it), with its kind: "X Authority (XA)", "X University (native name, XU)", "X Polytechnic (Abbreviation: XP)",
    "X Limited, abbreviated as X&Y", "X Polytechnic, abbreviated as “XP”", "(hereinafter “XA”)" (in
    quotes only an acronym that spells the name: "Grants … by the Government of Japan, known as
    “GGP”" is the grants')
    or "..., commonly known as XU" (a dash opens it as a comma
    does: "– known as XU"), an acronym right after the name's comma starting with the name's letter ("Under the X Service, SMEs will" names
    none); or right before it
    ("XCO (X Corporación de Y)"), or before it in apposition ("according to XA, the Y
    Authority, …"); or that it names as one in the sentence that names the body
    ("…, better known by its initialism XB"). An acronym of five letters or more is spoken as
    a word and written so too ("CODELCO", "Codelco"); one with points loses its last one
    at times ("N.U.S.", "N.U.S")."""
    out: dict[str, str] = {}
    for span in orgs:
        before = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].text == "(" else None
        if before is not None and _acronym_form(before.text) and before.text[:1] == span.text[:1]:
            out.setdefault(before.text, _org_type(span))
        if _apposed_after(doc, span):
            out.setdefault(doc[span.start - 3].text, _org_type(span))
        i = span.end
        while i < len(doc) - 1 and (word(doc[i]) in gazetteer() or word(doc[i]) in places.gazetteer()) and doc[i + 1].text == "(":
            i += 1
        if i < len(doc) - 1 and (short := _dash_bracketed(doc, i)) and (_acronym_form(short) or _contracts(short, span)):
            out.setdefault(short, _org_type(span))
            continue
        if i >= len(doc) - 1 or doc[i].text not in ("(", *_APPOSITION_MARKS):
            continue
        for t in doc[i + 1 : i + 1 + _DEFINITION_WINDOW]:
            if t.text in (")", ".", ";"):
                break
            if t.is_quote:
                continue
            before = doc[t.i - 2] if doc[t.i - 1].is_quote else doc[t.i - 1]
            short = _acronym_form(t.text) or (before.text == "(" and _contracted(t, span))
            if doc[i].text in _APPOSITION_MARKS and short and before.text == "," and t.text[:1] != span.text[:1]:
                break
            if short and t.text != span.text and (before.text in "(,:" or before.lower_ in _DEFINING):
                if _unit_of_money(t, span) or doc[t.i - 1].is_quote and _spelled_by(doc, span.start, t.text) != span.end:
                    break
                if _spells_its_field(span, t):
                    break
                out.setdefault(t.text, _org_type(span))
                break
            if doc[i].text in _APPOSITION_MARKS and not (t.lower_ in _DEFINING or t.is_space):
                break
    for t in doc[:-1]:
        if t.lower_ not in _NAMING_NOUNS:
            continue
        after = doc[t.i + 1 : t.i + 3]
        acronym = next((x for x in after if _acronym_form(x.text)), None)
        if acronym is not None and all(x.i == acronym.i or x.lower_ in ("as", ":") for x in after[: acronym.i - t.i]):
            named = [s for s in orgs if s.sent == t.sent and s.start < t.i]
            if named:
                out.setdefault(acronym.text, _org_type(named[0]))
    out |= {acronym: kind for acronym, kind in _initialisms(doc, orgs).items() if acronym not in out}
    for acronym, kind in list(out.items()):
        if acronym.isupper() and acronym.isalpha() and len(acronym) >= _SPOKEN_ACRONYM:
            out.setdefault(acronym.title(), kind)
        if _DOTTED.match(acronym):
            out.setdefault(acronym[:-1], kind)
    return out


_MIN_INITIALISM = 3


def _initialisms(doc: Doc, orgs: list[Span]) -> dict[str, str]:
    """Capitals that spell the initials of a name the text gives elsewhere, without brackets
    ("… dyrektor ZDZ" in a text that names the "Zakład Doskonalenia Zawodowego"), with its
    kind: a reader takes one for the other. Two letters spell too many names by chance."""
    capitals = {t.text for t in doc if t.is_upper and t.is_alpha and _MIN_INITIALISM <= len(t) <= _MAX_ACRONYM}
    small = _FOREIGN_SMALL | _OF_TAIL_INNER
    out: dict[str, str] = {}
    for span in orgs:
        words = [w for w in span if w.is_alpha]
        for acronym in capitals:
            if acronym not in out and span.text[:1] == acronym[0] and span.text != acronym and _initials_spell(words, acronym, small):
                out[acronym] = _org_type(span)
    return out


def _spells_its_field(span: Span, acronym: Token) -> bool:
    """ "State Department for Technical and Vocational Education and Training (TVET)": capitals
    that spell the name's tail after its "for" or "of", not the whole name, are the field's
    acronym, and the text's other "TVET"s are the field."""
    doc = span.doc
    if _spelled_by(doc, span.start, acronym.text, commas=True) == span.end:
        return False
    return any(
        doc[k - 1].lower_ in ("for", "of") and _spelled_by(doc, k, acronym.text, commas=True) == span.end
        for k in range(span.start + 2, span.end) if doc[k].text[:1] == acronym.text[:1]
    )


@functools.cache
def _plan_nouns() -> frozenset[str]:
    """The plan nouns of `patterns/org_exclusions.tsv` ("Project", "Programme"), which a text
    also writes in lower case after an acronym ("(SCALE) project")."""
    return frozenset(n for n, kind in load_lexicon("org_exclusions.tsv").items() if kind == "plan")


def _names_a_plan(token: Token) -> bool:
    """A plan's noun ending a name ("… Transition Program"); a fund is a body as often as a
    plan ("… Development Fund (KDF)" manages money and staff), and a policy ends a ministry's
    portfolio ("Ministry of Labour and Social Policy (MLSP)"), so both are left out."""
    return word(token).capitalize() in _plan_nouns() - _ENDS_OF_BODIES


_ENDS_OF_BODIES = frozenset({"Fund", "Funds", "Policy", "Policies"})


def _scheme_acronyms(tokens: list[Token]) -> set[str]:
    """Acronyms written before a plan noun ("the TFK programme") or a common noun in lower
    case ("23 TVET colleges", "(TVET) colleges") wherever they stand: a scheme's or a
    field's name, not a body's ("the ILO programme" is one use of a body that the text
    names alone elsewhere). A known body or a dotted acronym stays one ("the U.N. report"),
    and so does one before the people who work for it ("IFS researchers", "KOICA staff")."""
    plans = {n.lower() for n in _plan_nouns()}
    known = load_lexicon("org_known.tsv")
    uses: dict[str, list[bool]] = {}
    for t in tokens:
        if "." in t.text or t.text in known:
            continue
        j = t.i + 1 + (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ")")
        after = t.doc[j] if j < len(t.doc) else None
        modifies = after is not None and after.tag_ not in ("VBZ", "VBD") and (
            after.lower_ in plans or after.is_lower and after.pos_ == "NOUN" and (after.lower_ not in _STAFF or _counted(t))
        )
        uses.setdefault(t.text, []).append(modifies)
    return {text for text, planned in uses.items() if all(planned)}


def _counted(token: Token) -> bool:
    """ "8,000 FTE staff": an acronym after a figure is the figure's measure."""
    return token.i > 0 and token.doc[token.i - 1].like_num


_STAFF = frozenset({
    "researchers", "researcher", "staff", "officials", "official", "economists", "economist", "analysts", "analyst",
    "experts", "expert", "employees", "spokesperson", "spokesman", "spokeswoman", "scientists", "officers", "inspectors",
})


def _names_no_organisation(token: Token) -> bool:
    """An acronym in brackets that the text gives for a common noun ("liquefied natural gas
    (LNG)") or for something that is no organisation ("(JSS) Scheme")."""
    doc, i = token.doc, token.i
    if not (0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and (word(after) in load_lexicon("org_exclusions.tsv") or word(after).capitalize() in _plan_nouns()):
        return True
    words = [t for t in doc[max(0, i - 1 - 2 * len(token.text)) : i - 1] if t.is_alpha and t.lower_ not in _OF_TAIL_INNER]
    initials = "".join(t.text[0] for t in words).upper()
    lower = [t for t in words[-len(token.text):] if t.is_lower]
    return initials.endswith(token.text) and len(lower) >= len(token.text) - 1
