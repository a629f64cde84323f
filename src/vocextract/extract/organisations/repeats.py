"""A name found once, found again: short forms of a company, bracketed short names, initials
with a city, names listed with it, every repetition, and a name's industry tail."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import places
from ..countries import gazetteer, word
from ..units import currency_signs
from .spans import _excluded, _org_type
from .words import (
    _LEGAL_WORDS, _MONTHS, _NAME_PARTICLES, _PLACE_PREPOSITIONS, _TITLES, _addressed, _capitalised, _is_head,
    _name_word, languages,
)


def _singular(noun: str) -> str:
    """ "companies" -> "company", "firms" -> "firm", "businesses" -> "business"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if noun.endswith(("sses", "ches", "shes")) else noun[:-1] if noun.endswith("s") else noun


def _apposed_name(run: Span) -> bool:
    """A run of one to four capitalised words that is no date, title or excluded name and
    neither is nor ends in a country, province or city ("company Shanghai Electric Power
    Construction" is a firm named after its city); the descriptor outweighs the NER, which
    takes firms for places; nor a form of address ("My Lords")."""
    if not 0 < len(run) <= 4 or word(run[0]) in _TITLES or _addressed(run):
        return False
    if any(x.ent_type_ in {"DATE", "TIME"} for x in run) or any(w in gazetteer() or w in places.gazetteer() for w in (run.text, word(run[-1]))):
        return False
    return not _excluded(run)


def _short_forms(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "Volvo" alone where the text has named "Volvo Group", "KIA" where it has named "KIA
    Motors": the distinctive first word of a company's name, standing on its own, names the
    same company (companies go by their brand; a college or an alliance does not go by its
    first word). A word that is generic, a head, a country, a province or city (the NER's
    GPE aside: it takes unknown brands for places), a person's or place's name, or an acronym the text defines in brackets for something ("ICR Review
    Group" beside "Completion Report (ICR)") is no short form."""
    generic = load_lexicon("org_generic_words.tsv")
    bracketed = {t.text for t in doc[1:-1] if doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"}
    short = {}
    for span in orgs:
        first = span[0]
        text = word(first)
        if (
            len(span) > 1 and first.is_alpha and first.pos_ == "PROPN" and text[:1].isupper() and len(text) > 2
            and not (text.isupper() and text in bracketed)
            and text not in generic and not _is_head(first) and first.lower_ not in _LEGAL_WORDS | STOP_WORDS
            and text not in gazetteer() and text not in places.gazetteer() and text not in _TITLES
            and (kinds.get((span.start, span.end)) or _org_type(span)) == "company"
        ):
            short[text] = "company"
    covered = {t.i for s in orgs for t in s}
    return {
        (t.i, t.i + 1): short[word(t)]
        for t in doc
        if word(t) in short and t.i not in covered and t.ent_type_ not in ("LOC", "FAC") and t.pos_ == "PROPN"
        and not _inside_longer_name(doc[t.i : t.i + 1])
    }


def _company_short_names(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "China Chunlai" where the text has named "China Chunlai Education Group Limited",
    "Lincoln Educational Services" beside "Lincoln Educational Services Corporation": a
    company goes by the proper words its name opens with, up to a generic, sector or head
    word, or by its name without its legal or company-type tail when a sector or generic word
    ends what is left (a mine or a project named as its operator, "Oyu Tolgoi" beside "Oyu
    Tolgoi LLC", is no company). Two words or more, at least one neither generic nor a
    country's, no place's or person's name, written again on its own: no name word or hyphen
    glued on either side ("Laos-China Railway" is no "China Railway")."""
    generic = load_lexicon("org_generic_words.tsv") | load_lexicon("sector_words.tsv")
    company_heads = {h for h, kind in load_lexicon("org_heads.tsv").items() if kind == "company"}
    forms: set[tuple[str, ...]] = set()
    for span in orgs:
        if len(span) < 3 or (kinds.get((span.start, span.end)) or _org_type(span)) != "company":
            continue
        opening = 0
        while opening < len(span) and _proper(span[opening], generic):
            opening += 1
        if opening < len(span) and not (word(span[opening]) in generic or _is_head(span[opening])):
            opening = 0
        shortened = len(span)
        while shortened > 0 and (span[shortened - 1].lower_ in _LEGAL_WORDS or word(span[shortened - 1]) in company_heads):
            shortened -= 1
        if shortened and word(span[shortened - 1]) not in generic:
            shortened = 0
        for end in {opening, shortened}:
            words = span[:end]
            if 2 <= len(words) < len(span) and _distinct(words, generic):
                forms.add(tuple(t.text for t in words))
    covered = {t.i for s in orgs for t in s}
    out = {}
    for form in forms:
        for t in doc:
            end = t.i + len(form)
            if tuple(x.text for x in doc[t.i : end]) == form and not any(i in covered for i in range(t.i, end)):
                if not _inside_longer_name(doc[t.i : end]) and not _hyphened_on(doc, t.i, end):
                    out[(t.i, end)] = "company"
    return out


def _distinct(words: Span, generic: dict[str, str]) -> bool:
    """A short name that names someone: a word that is neither generic nor a country's, and
    not a place's or a person's name as a whole."""
    if words.text in places.gazetteer() or words.text in gazetteer() or any(t.ent_type_ == "PERSON" for t in words):
        return False
    return any(_proper(t, generic) and word(t) not in gazetteer() for t in words)


def _hyphened_on(doc: Doc, start: int, end: int) -> bool:
    """A hyphen or dash glued before or after the words: they are part of a compound."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and before.text in ("-", "\u2013", "/") and not before.whitespace_) or (
        after is not None and after.text in ("-", "\u2013", "/") and not doc[end - 1].whitespace_
    )


def _proper(token: Token, generic: dict[str, str]) -> bool:
    """A capitalised word of a name that is no generic, sector, head or legal word."""
    return token.is_alpha and _capitalised(token) and word(token) not in generic and not _is_head(token) and token.lower_ not in _LEGAL_WORDS


_SHORT_NAME_WORDS = (2, 3)


def _bracketed_short_names(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "X University of Technology (X Tech, …)", "Vietnam – Korean … College of Technology
    (VK Tech)": a short name of a few capitalised words in brackets right after a name, each
    word taken from it (a word of the name, the start of one, or the initials of several), is
    that body's name too, and found again wherever the text repeats it."""
    out = {}
    for span in orgs:
        bracket = span.end + (span.end < len(doc) and doc[span.end].is_space)
        if bracket >= len(doc) or doc[bracket].text != "(":
            continue
        end = next((t.i for t in doc[bracket + 1 : bracket + 6] if t.text in (",", ";", ")")), None)
        words = doc[bracket + 1 : end] if end is not None else None
        if words is not None and len(words) == 1 and _own_name_again(doc, span, words[0]):
            out[(words.start, words.end)] = kinds.get((span.start, span.end)) or _org_type(span)
        if words is None or len(words) not in _SHORT_NAME_WORDS or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            continue
        name_words = [t.text for t in span if t.is_alpha]
        initials = "".join(w[0] for w in name_words if w[:1].isupper())
        def taken(t: Token) -> bool:
            if t.text in name_words:
                return True
            if len(t) >= 3 and any(w.lower().startswith(t.lower_) for w in name_words):
                return True
            letters = iter(initials)
            return t.is_upper and all(c in letters for c in t.text)
        if all(taken(t) for t in words) and not all(t.text in name_words for t in words):
            out[(words.start, words.end)] = kinds.get((span.start, span.end)) or _org_type(span)
    return out


def _own_name_again(doc: Doc, span: Span, token: Token) -> bool:
    """ "The Human Resources Development Fund (Kestra) confirmed …; Kestra indicated …": one
    capitalised word in brackets after a name, no word of it, that the text writes again on
    its own is the body's name in its own language; not a place (the gazetteers', or the NER's
    anywhere: a campus's town), a month or a head noun."""
    if not (token.is_alpha and token.is_title and len(token) > 3) or token.is_stop or _is_head(token):
        return False
    if token.text in {t.text for t in span} or token.text in gazetteer() or token.text in places.gazetteer():
        return False
    if token.text in _MONTHS:
        return False
    again = [t for t in doc[1:] if t.text == token.text and t.i != token.i and doc[t.i - 1].text != "("]
    return bool(again) and not any(t.ent_type_ in _PLACE_LABELS for t in [token, *again])


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


_GLOSS_WORDS = 12
_GLOSS_ENDS = frozenset({"or", "also", "formerly", "literally", "lit"})
"""English words that end a gloss and open a second one ("… Egyetem or in short …")."""


def _glossed_names(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "National Polytechnic School (Spanish: Escuela Politécnica Nacional)": a body's name
    in another language, glossed in brackets after its name, names the same body, whatever
    its words."""
    out = {}
    for span in orgs:
        i = span.end
        if not (i + 3 < len(doc) and doc[i].text == "(" and doc[i + 1].text in languages() and doc[i + 2].text == ":"):
            continue
        end = next((t.i for t in doc[i + 3 : i + 3 + _GLOSS_WORDS] if t.text in (")", ";", ",") or t.is_space or t.lower_ in _GLOSS_ENDS), None)
        if end is not None and end > i + 3 and doc[i + 3].text[:1].isupper():
            out[(i + 3, end)] = kinds.get((span.start, span.end)) or _org_type(span)
    return out


_HYPHENED_PARTS = 3


def _hyphened_short_names(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "Chamber of Commerce of X (CCI-TL)", "X British Malaysian Institute (UniKL-BMI)": a
    short name of capitalised parts glued by hyphens, alone in brackets right after a name,
    is that body's name, found again wherever the text repeats it whole."""
    names: dict[tuple[str, ...], str] = {}
    for span in orgs:
        bracket = span.end
        if bracket >= len(doc) or doc[bracket].text != "(":
            continue
        close = next((t.i for t in doc[bracket + 1 : bracket + 2 * _HYPHENED_PARTS + 1] if t.text == ")"), None)
        if close is not None and _hyphened(doc[bracket + 1 : close]):
            names.setdefault(tuple(t.text for t in doc[bracket + 1 : close]), kinds.get((span.start, span.end)) or _org_type(span))
    out = {}
    for t in doc:
        for name, kind in names.items():
            if tuple(x.text for x in doc[t.i : t.i + len(name)]) == name:
                out[(t.i, t.i + len(name))] = kind
    return out


def _hyphened(parts: Span) -> bool:
    """Two or three capitalised words glued by hyphens, one of them an acronym: "CCI-TL"; not
    a numbered part ("Phase-II")."""
    tokens = list(parts)
    words = tokens[::2]
    return (
        2 <= len(words) <= _HYPHENED_PARTS and all(t.text == "-" for t in tokens[1::2])
        and not any(t.whitespace_ for t in tokens[:-1]) and all(t.is_alpha and t.text[:1].isupper() for t in words)
        and any(t.is_upper and len(t) > 1 for t in words) and not any(_ROMAN.fullmatch(t.text) for t in words)
    )


_ROMAN = re.compile(r"[IVXLC]+")


def _acronym_place_names(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "IIT Kharagpur" where the text names the "Indian Institute of Technology Kharagpur":
    the initials of a name that ends in its city, followed by that city, name the same body."""
    short: dict[tuple[str, str], str] = {}
    for span in orgs:
        place = word(span[-1])
        if len(span) < 3 or place not in places.gazetteer():
            continue
        initials = "".join(t.text[0] for t in span[:-1] if _capitalised(t) and t.is_alpha)
        if len(initials) >= 2:
            short[(initials, place)] = kinds.get((span.start, span.end)) or _org_type(span)
    return {
        (t.i, t.i + 2): short[(t.text, word(doc[t.i + 1]))]
        for t in doc[:-1]
        if (t.text, word(doc[t.i + 1])) in short
    }


def _inside_longer_name(words: Span) -> bool:
    """Words that here belong to another name: a person's ("Werner von Siemens") or a
    compound one ("Siemens-Schuckert", "Siemens & Halske", "the Siemens family"), or name a
    place ("founded in Svendborg" where a company is named after its town)."""
    doc = words.doc
    before = doc[words.start - 1] if words.start > 0 else None
    after = doc[words.end] if words.end < len(doc) else None
    if before is not None and (before.lower_ in _NAME_PARTICLES | _PLACE_PREPOSITIONS or _name_word(before)):
        return True
    return after is not None and (_name_word(after) or after.text in ("-", "&", "+") or after.lower_ in ("family", "brothers"))


def _repeats(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """A name found once is a name wherever the text writes it again ("retailer Office Depot"
    ... "Office Depot's 33 facilities"): every other occurrence of a found name's words; a head
    alone found with its town ("The Polytechnic Ibadan") says nothing of "a Polytechnic"."""
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    kind_of = {}
    for span in orgs:
        if len(span) == 1 and _is_head(span[0]):
            continue
        if span.text not in kind_of:
            kind_of[span.text] = kinds.get((span.start, span.end)) or _org_type(span)
            matcher.add(span.text, [Doc(doc.vocab, words=[t.text for t in span])])
    covered = {t.i for s in orgs for t in s}
    return {
        (start, end): kind_of[doc.vocab.strings[match_id]]
        for match_id, start, end in matcher(doc)
        if not any(i in covered for i in range(start, end)) and not _inside_longer_name(doc[start:end])
    }


_BARE_NAME_WORDS = 3
_LIST_MEMBERS = 3


def _coordinated(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "with Delphi, Yazaki and Leoni": bare names in a list of three or more with a name found
    bare (a few capitalised words, no head noun) are names of its kind, firms being listed by
    brand; so are those in a list of examples ("entities such as Fundación X, Actuar, …")
    with any name found. Not a place, a country, a region, a person, a currency, a generic word,
    an office or a head; a pair ("UNESCO and the Republic of Korea") proves too little."""
    generic = load_lexicon("org_generic_words.tsv")
    covered = {t.i for s in orgs for t in s}
    out = {}
    for span in orgs:
        first = span[-1]
        while first.dep_ == "conj":
            first = first.head
        members = [first, *first.conjuncts]
        bare = len(span) <= _BARE_NAME_WORDS and not any(_is_head(t) or not _capitalised(t) for t in span)
        if len(members) < _LIST_MEMBERS or not (bare or _examples(doc, min(members, key=lambda t: t.i))):
            continue
        for member in members:
            start = member.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == member.i:
                start -= 1
            while start > 1 and doc[start - 1].lower_ in _NAME_PARTICLES and _capitalised(doc[start - 2]) and doc[start - 2].is_alpha:
                start -= 2
            run = doc[start : member.i + 1]
            if any(t.i in covered for t in run) or not 0 < len(run) <= _BARE_NAME_WORDS:
                continue
            if all(
                t.lower_ in _NAME_PARTICLES or t.is_alpha and _capitalised(t) and t.pos_ == "PROPN"
                and t.ent_type_ not in ("PERSON", "NORP", "DATE") and not _is_head(t) and word(t) not in generic
                and t.lower_ not in STOP_WORDS
                for t in run
            ) and run.text not in gazetteer() and run.text not in places.gazetteer() and run.text.upper() not in currency_signs() \
                    and run.text not in load_lexicon("regions.tsv") and not _an_office(run):
                out[(run.start, run.end)] = kinds.get((span.start, span.end)) or _org_type(span)
    return out


def _an_office(run: Span) -> bool:
    """ "President", "Executive Director", "Founder": a post, which a list of who is who sets
    beside the bodies, is no body's name."""
    offices = load_lexicon("org_offices.tsv")
    return run.text in offices or run[-1].text in _TITLES or run[-1].text in offices


def _examples(doc: Doc, first: Token) -> bool:
    """ "entities such as …", "firms including …": the list gives examples of bodies (a plural
    of `patterns/org_descriptors.tsv`'s nouns, or "entities", "partners", "donors"), so every
    name in it is one of a kind with the organisation found among them, quoted or not;
    "brands including" lists products."""
    start = first.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == first.i:
        start -= 1
    if start > 0 and doc[start - 1].is_quote:
        start -= 1
    cue = 2 if doc[max(0, start - 2) : start].text.lower() == "such as" else (
        1 if start > 0 and doc[start - 1].lower_ in ("including", "like") else 0)
    if not cue or start - cue < 1:
        return False
    noun = doc[start - cue - 1]
    kinds = set(load_lexicon("org_descriptors.tsv")) | set(_BODIES)
    return noun.tag_ in ("NNS", "NNPS") and (noun.lemma_.lower() in kinds or _singular(noun.lower_) in kinds)


_BODIES = {"entity": "other", "partner": "other", "donor": "other", "institution": "other", "employer": "company", "body": "other"}
"""Plural nouns that list bodies of any kind ("partners such as X and Y", "employers
including Z"), with the kind their names take; too vague alone to call one name a body."""


def _industry_tails(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "Fortescue Metals", "Hyundai Motor" where the text calls the firm "Fortescue",
    "Hyundai": a company's name followed on its line by capitalised words of an industry
    (ISIC's words) is its fuller name."""
    industries = {w.lower() for w in load_lexicon("sector_words.tsv")}

    def industry(token: Token) -> bool:
        return _capitalised(token) and token.is_alpha and bool({token.lower_, _singular(token.lower_)} & industries)

    names = {tuple(t.text for t in span) for span in orgs if (kinds.get((span.start, span.end)) or _org_type(span)) == "company"}
    at: dict[str, list[int]] = {}
    for t in doc:
        at.setdefault(t.text, []).append(t.i)
    out = {}
    for name in names:
        for start in at.get(name[0], ()):
            end = start + len(name)
            if tuple(t.text for t in doc[start:end]) != name:
                continue
            while end < len(doc) and industry(doc[end]) and "\n" not in doc[end - 1].whitespace_:
                end += 1
            if end > start + len(name):
                out[(start, end)] = "company"
    return out

