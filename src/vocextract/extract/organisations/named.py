"""Names without a head noun the context names: known bodies, infobox fields, a descriptor
before the name ("development agency Enabel") or an apposition after it, a defining
sentence, the NER after a relating preposition, two names joined by "&", firms listed with
the shares an owner holds in them. Names known by what they do are in `actors.py`."""

from __future__ import annotations

import functools
import re
from collections import Counter

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ...patterns import load_lexicon
from .. import infobox, places
from ..countries import gazetteer, word
from ..mention import Prepared
from .edges import _capital_run_end, _joins_words
from .repeats import _BARE_NAME_WORDS, _BODIES, _LIST_MEMBERS, _apposed_name, _singular
from .spans import _excluded, _exclusions_in_any_case, _head_kind, _org_type
from .words import (
    _APPOSITION_WORDS, _CONNECTORS, _DIRECTIONS, _LEGAL_WORDS, _LIST_OPENERS, _NOT_NAME_ENTS, _PART_NOUNS, _PLACE_NOUNS,
    _FORMS_BEFORE_QUOTES, _OPENING_QUOTES, _RELATING_PREPOSITIONS, _positions, _STATISTICS_OFFICE, _TAIL_STARTS, _TITLES, _capitalised, _is_head, _name_word, _spelling_start,
)


def _char_span(prep: Prepared, span: Span) -> tuple[int, int]:
    """Original offsets, leaving out a citation marker glued to the last word."""
    last = span[-1]
    return prep.span_of((span.start_char, last.idx + len(word(last))))


@functools.cache
def _known_matcher(vocab: Vocab) -> PhraseMatcher:
    """`patterns/org_known.tsv` as written, and also in capitals ("Enabel" as "ENABEL", as
    headings and some styles write every name)."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for name in load_lexicon("org_known.tsv"):
        forms = {name, name.upper()}
        matcher.add(name, [tokenizer(form) for form in forms])
    return matcher


def _known_spans(doc: Doc) -> dict[tuple[int, int], str]:
    """Organisations of the reference list, unless a plan or event name holds them
    ("WorldSkills Competition"; one hyphened to the words after it stays a body of its own:
    "UNESCO-Kestrel Prize", "EU-China", unless to another acronym, which makes a new name, and one hyphened to a province or city is left to name its
    office there:
    "TESDA-Romblon"), and national statistics offices named "Statistics" or
    "Stats" and their country ("Statistics Finland"): (start, end) -> org_type."""
    known = load_lexicon("org_known.tsv")
    found = {}
    exclusions = load_lexicon("org_exclusions.tsv")
    for t in doc[:-1]:
        if t.text in _STATISTICS_OFFICE and _capitalised(doc[t.i + 1]):
            end = next((e for e in (t.i + 3, t.i + 2) if e <= len(doc) and doc[t.i + 1 : e].text in gazetteer()), None)
            if end:
                found[(t.i, end)] = "government"
    for match_id, start, end in _known_matcher(doc.vocab)(doc):
        run_end = _capital_run_end(doc, end)
        hyphened = end + 1 < len(doc) and doc[end].text in ("-", "\u2013") and not doc[end - 1].whitespace_ and not doc[end + 1].is_upper
        if hyphened and doc[end + 1].text in places.gazetteer() and doc[end + 1].text not in gazetteer():
            continue
        if hyphened or not (run_end > end and word(doc[run_end - 1]) in exclusions):
            found[(start, end)] = known[doc.vocab.strings[match_id]]
            spelled = _spelled_before(doc, start, end)
            if spelled is not None:
                found[(spelled, start - 1)] = found[(start, end)]
    return found


_QUOTED_WORDS = 8


def _quoted_firms(doc: Doc) -> dict[tuple[int, int], str]:
    """ "OJSC “Rogun HPP”", "LLC «Kestria»": the quoted name after a legal form written first,
    as Russian and Central Asian styles do, is a firm's name."""
    found = {}
    for i in _positions(doc, _FORMS_BEFORE_QUOTES):
        t = doc[i]
        close = _OPENING_QUOTES.get(doc[i + 1].text) if i + 2 < len(doc) else None
        if close is None or not _capitalised(doc[i + 2]):
            continue
        end = next((k for k in range(t.i + 3, min(t.i + 3 + _QUOTED_WORDS, len(doc))) if doc[k].text == close), None)
        if end is not None and "\n" not in doc[t.i + 2 : end].text:
            found[(t.i + 2, end)] = "company"
    return found


def _cited_sources(doc: Doc) -> dict[tuple[int, int], str]:
    """ "Source: Kestrel Statistics Office", "Fonte: Indire, Banca dati …", "Bron: DUO": the
    first name a source line under a table or a figure (or a bracketed "(Source: X, …)") cites, up to a comma, a bracket or the
    line's end, is the body that published the figures, unless it names a survey, a
    report or another document (`_excluded`), a place or a person, or is one common word."""
    generic = load_lexicon("org_generic_words.tsv")
    found = {}
    for i in _positions(doc, _SOURCE_LABELS):
        if i + 2 >= len(doc) or doc[i + 1].text != ":" or i and "\n" not in doc[i - 1].whitespace_ + doc[i - 1].text and doc[i - 1].text != "(":
            continue
        start = end = i + 2
        while end < len(doc) and (_name_word(doc[end]) or doc[end].lower_ in _OF_WORDS and end > start and end + 1 < len(doc) and _name_word(doc[end + 1])):
            end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        span = doc[start:end]
        closes = end == len(doc) or "\n" in doc[end - 1].whitespace_ or doc[end].is_space or doc[end].text in (",", ";", ".", "(", "/")
        if not len(span) or not closes or not _capitalised(span[0]) or _excluded(span) or span[-1].lower_ in _OF_WORDS | _CITED_WORKS:
            continue
        if span.text in gazetteer() or span.text in places.gazetteer() or any(t.ent_type_ in ("PERSON", "DATE", "GPE") for t in span):
            continue
        if len(span) == 1 and not span[0].is_upper and (word(span[0]) in generic or span[0].pos_ != "PROPN"):
            continue
        found[(start, end)] = _org_type(span)
    return found


_SOURCE_LABELS = frozenset({"Source", "Sources", "Fonte", "Fontes", "Fuente", "Fuentes", "Quelle", "Bron", "Kilde", "Källa", "Lähde"})
_CITED_WORKS = frozenset({"survey", "surveys", "studies", "statistics", "census", "database", "yearbook", "compendium", "record", "register"})
"""What a source line cites when it names a work, not its publisher ("Source: Labour Force
Survey", "Source: Education Statistics")."""
_OF_WORDS = frozenset({"of", "for", "and", "&", "de", "del", "da", "do", "dos", "für", "und", "du", "des", "la", "di", "og", "och"})


def _spelled_before(doc: Doc, start: int, end: int) -> int | None:
    """Start of the name a known body's acronym spells out just before it in brackets
    ("United Nations Development Programme (UNDP)"): the reference list vouches for the body,
    so its name stands even where its last word alone would name a programme."""
    if end != start + 1 or start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    return _spelling_start(doc, start - 1, start - 1)


def _infobox_spans(prep: Prepared, box: list[infobox.Field]) -> dict[tuple[int, int], str]:
    """Names an infobox gives (`infobox.py`), kept where the parse agrees they are names: no
    verb, no date or figure, no lone head or generic word ("Company"), no plan or event, no
    country, province or city but the page's subject (an airline may be named after its
    country), and no person but the page's subject (the NER takes many a firm's name for one). A capitalised word the tagger takes for a verb
    ("Works") is still a name's."""
    doc = prep.doc
    generic = load_lexicon("org_generic_words.tsv")
    found = {}
    for name in infobox.organisation_names(prep.text, box):
        span = doc.char_span(prep.clean.to_clean(name.start), prep.clean.to_clean(name.end), alignment_mode="expand")
        if span is None or not len(span):
            continue
        if not name.title and (span.text in gazetteer() or span.text in places.gazetteer()):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.is_lower or t.pos_ == "NUM" or t.ent_type_ in _NOT_NAME_ENTS for t in span):
            continue
        if not name.title and all(t.ent_type_ == "PERSON" for t in span) or _excluded(span):
            continue
        if len(span) == 1 and (_is_head(span[0]) or word(span[0]) in generic or span[0].is_lower):
            continue
        kind = _org_type(span)
        found[(span.start, span.end)] = "company" if name.company and kind == "other" else kind
    return found


def _apposed_spans(doc: Doc) -> dict[tuple[int, int], str]:
    """A capitalised name right after a lower-case noun that says what it is ("the Belgian
    development agency Enabel", "engineering firm Siemens"), or the names a plural one lists
    ("paper enterprises Purmo and Sappi", "500 Companies, including X, Y and Z", quoted and
    with their countries: "companies such as “X” from Germany, “Y” from …"), or one set off
    by commas ("my department, DfID, has"): (start, end) ->
    org_type. A person's full name after a unit of a body is its head's ("the programmes
    department Ana Lopez"); after a firm's noun the NER's reading of a person counts for
    nothing ("subsidiary Agua de la Vega")."""
    descriptors = load_lexicon("org_descriptors.tsv")
    found = {}
    for t in doc[:-1]:
        kind = descriptors.get(t.lower_) or descriptors.get(_singular(t.lower_))
        listed = _list_intro(doc, t.i + 1) if kind and t.lower_ not in descriptors else None
        vague = kind is None and t.tag_ in ("NNS", "NNPS") and _singular(t.lower_) in _BODIES
        if vague:
            listed = _list_intro(doc, t.i + 1)
            kind = _BODIES[_singular(t.lower_)] if listed else None
        if not kind or not (t.is_lower or t.text == "NGO" or listed) or t.pos_ not in ("NOUN", "PROPN") or (
            t.pos_ == "PROPN" and not listed
        ):
            continue
        for run in _listed(doc, listed or t.i + 1, quoted=bool(listed), one=t.text in descriptors):
            if kind != "company" and not listed and len(run) > 1 and all(x.ent_type_ == "PERSON" for x in run):
                continue
            if listed and _singular(t.lower_) in _UNIT_NOUNS and not any(_is_head(x) or x.is_upper for x in run):
                continue
            if vague and _modifies_a_noun(run):
                continue
            found[(run.start, run.end)] = kind
        if (run := _between_commas(doc, t)) is not None and not any(x.ent_type_ in ("PERSON", "NORP") for x in run):
            found[(run.start, run.end)] = kind
    return found


_UNIT_NOUNS = frozenset({"department", "division", "unit", "faculty"})
"""Units a body lists by their fields ("13 departments, including Engineering and
Hospitality"): a field's name, no body's, unless it holds a head or an acronym."""


def _between_commas(doc: Doc, noun: Token) -> Span | None:
    """ "my department, DfID, has …", "the agency, Qorvel, said", "by a German company, GTZ.":
    a name set off by commas (or closing the sentence) right after a singular noun; not a list ("colleges, ITIs, polytechnics"), a place or
    country ("the ministry, Kenya, and …"), nor a person apposed to an office ("the rector of
    the university, X, said")."""
    i = noun.i + 1
    if i + 2 >= len(doc) or doc[i].text != "," or noun.tag_ != "NN" or noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return None
    end = _capital_run_end(doc, i + 1)
    run = doc[i + 1 : end]
    if not run or end >= len(doc) or doc[end].text not in (",", ".", ";") or not _apposed_name(run):
        return None
    names = (run.text, run.text.title())
    return None if any(n in gazetteer() or n in places.any_place_names() for n in names) else run


_JOINT_NOUNS = {"partnership", "alliance", "venture", "consortium", "collaboration"}


def _joint_parties(doc: Doc) -> dict[tuple[int, int], str]:
    """ "a partnership between X, Y Constructors and Z", "a strategic alliance with X": the
    names a joint undertaking is formed between or with are its parties, bodies all; a
    bracketed aside after one ("(previously W)") is stepped over. A heading in capitals
    ("Collaboration Between Industry and …") names topics, not parties."""
    found = {}
    for t in doc[:-2]:
        if not t.is_lower or t.lemma_ not in _JOINT_NOUNS or doc[t.i + 1].lower_ not in ("between", "with"):
            continue
        for run in _listed(doc, t.i + 2, asides=True):
            if any(x.ent_type_ in ("PERSON", "GPE", "NORP") for x in run) or _modifies_a_noun(run):
                break
            found[(run.start, run.end)] = "other"
    return found


def _modifies_a_noun(run: Span) -> bool:
    """ "between Indigenous organizations and employers": capitalised words before a lower-case
    noun qualify it; they name no party (a head in lower case ends their name: "with X
    Training centre")."""
    doc = run.doc
    if run.end >= len(doc):
        return False
    noun = doc[run.end]
    return noun.is_lower and noun.pos_ == "NOUN" and noun.text.capitalize() not in load_lexicon("org_heads.tsv")


def _listed(doc: Doc, start: int, quoted: bool = False, asides: bool = False, one: bool = False) -> list[Span]:
    """The names a list gives from token `start`: capitalised runs joined by commas, "and" or
    "&", each a name that could be apposed to a noun; `quoted` names with their origin
    stepped over ("“X” from Germany, “Y” …"), `asides` in brackets after a name stepped over
    ("X (previously W) and Y"), or only the first name (`one`)."""
    names = []
    while start < len(doc):
        opened = quoted and doc[start].is_quote
        start += opened
        end = _capital_run_end(doc, start, particles=True)
        run = doc[start:end]
        if not _apposed_name(run):
            break
        names.append(run)
        if opened:
            end = _past_origin(doc, end + (end < len(doc) and doc[end].is_quote))
        if asides and end < len(doc) and doc[end].text == "(":
            end = next((x.i + 1 for x in doc[end : end + 8] if x.text == ")"), end)
        if one or end + 1 >= len(doc) or doc[end].text not in (",", "and", "&"):
            break
        start = end + 2 if doc[end].text == "," and doc[end + 1].lower_ in _CONNECTORS else end + 1
    return names


def _past_origin(doc: Doc, i: int) -> int:
    """Past a quoted firm's origin in a list ("“X” from Great Britain, “Y” from …")."""
    if i < len(doc) and doc[i].lower_ == "from":
        end = _capital_run_end(doc, i + 1)
        if end > i + 1 and doc[i + 1 : end].text in gazetteer():
            return end
    return i


def _described_after(doc: Doc) -> dict[tuple[int, int], str]:
    """A capitalised name followed by an apposition whose head noun says what it is: "X, an
    industry information provider, says", "X, the national carrier,": (start, end) ->
    org_type. The noun outweighs the NER, which takes many a firm for a person. A noun after
    a preposition is not the apposition's head ("X, an inspector from the ministry, …"); one
    with no article before it says what X is only before "of" ("X, operator of the railway"),
    and a legal form alone names no one ("… Area 1 Limitada, operator of …")."""
    descriptors = load_lexicon("org_descriptors.tsv")
    found = {}
    for t in doc[1:-2]:
        bare = doc[t.i + 1] if doc[t.i + 1].is_lower and doc[t.i + 1].text in descriptors and doc[t.i + 2].lower_ == "of" else None
        if t.text != "," or doc[t.i + 1].lower_ not in ("a", "an", "the") and bare is None:
            continue
        window = doc[t.i + 2 : t.i + 2 + _APPOSITION_WORDS]
        window = window[: next((x.i - window.start for x in window if x.pos_ == "ADP"), len(window))]
        noun = bare or next((x for x in window if x.pos_ == "NOUN"
                             and x.i + 1 < len(doc) and (doc[x.i + 1].text in ",.;)" or doc[x.i + 1].pos_ == "VERB"
                                                         or doc[x.i + 1].lower_ == "of" and x.lower_ in _PART_NOUNS)), None)
        kind = noun is not None and noun.is_lower and descriptors.get(noun.text)
        start = t.i
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        run = doc[start : t.i]
        legal = all(x.lower_ in _LEGAL_WORDS for x in run)
        if kind and not legal and _apposed_name(run) and not any(x.ent_type_ in ("GPE", "LOC", "NORP", "FAC") for x in run):
            found[(run.start, run.end)] = kind
            if noun.lower_ in _PART_NOUNS and (owner := _owner_after(doc, noun.i + 2)) is not None:
                found[(owner.start, owner.end)] = kind
    return found


_COMPASS = {"North", "South", "East", "West", "Central"}


def _head_and_compass_point(doc: Doc) -> dict[tuple[int, int], str]:
    """ "Polytechnic West", "University West", "TAFE North": a body named by its kind and the
    part of its country or city it serves, two capitalised words standing alone (no name
    word before or after them, no "of" tail)."""
    found = {}
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if not (_is_head(t) and _capitalised(t) and nxt.text in _COMPASS) or t.is_upper and not nxt.is_upper:
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        if before is not None and (_name_word(before) or before.text in ("-", "&")):
            continue
        if after is not None and (_name_word(after) or after.lower_ in _TAIL_STARTS):
            continue
        found[(t.i, t.i + 2)] = _head_kind(doc[t.i : t.i + 2], t)
    return found


def _named_before_noun(doc: Doc) -> dict[tuple[int, int], str]:
    """ "the Basra-based X Petroleum company", "a Y Mining firm": a capitalised name right
    before a lower-case noun that says it is a company (`patterns/org_descriptors.tsv`)
    names that company; the noun stays outside the name, as a reader writes it."""
    descriptors = load_lexicon("org_descriptors.tsv")
    found = {}
    for t in doc[1:]:
        if not t.is_lower or descriptors.get(t.text) != "company":
            continue
        start = t.i
        while start > 0 and t.i - start < 4 and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        run = doc[start : t.i]
        before = doc[start - 1] if start > 0 else None
        if (
            run and before is not None and (before.lower_ in ("the", "a", "an") or before.lower_.endswith("based"))
            and _apposed_name(run) and not any(x.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "PERSON") for x in run)
        ):
            found[(run.start, run.end)] = "company"
    return found


def _owner_after(doc: Doc, i: int) -> Span | None:
    """The body a "unit of" or "subsidiary of" phrase names from token `i`: "(the) China's X
    Nickel" -> "X Nickel"."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i + 1 < len(doc) and doc[i + 1].lower_ in ("'s", "\u2019s") and word(doc[i]) in gazetteer():
        i += 2
    run = doc[i : _capital_run_end(doc, i)]
    return run if _apposed_name(run) else None


def _defined_names(doc: Doc) -> dict[tuple[int, int], str]:
    """A capitalised name a sentence defines as an organisation: "X is the national oil
    company of Algeria", "X was a South American trade bloc", a hyphened "X-Y is a
    provider": (start, end) -> org_type. Firms go by bare names the parse may not even read as
    proper nouns."""
    descriptors = load_lexicon("org_descriptors.tsv")
    found = {}
    for t in doc:
        kind = descriptors.get(t.lower_) or descriptors.get(_singular(t.lower_))
        if not kind or t.dep_ != "attr" or not t.is_lower or t.head.lemma_ != "be":
            continue
        subject = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.head.i), None)
        if subject is None or not _capitalised(subject) or subject.pos_ not in ("NOUN", "PROPN") or _is_head(subject):
            continue
        if any("\n" in x.text_with_ws for x in doc[subject.i : t.i]) or any(c.dep_ == "prep" for c in subject.children):
            continue
        start = subject.i
        while start > 0:
            if doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == subject.i and _name_word(doc[start - 1]):
                start -= 1
            elif start >= 2 and _joins_words(doc, start - 1) and _name_word(doc[start - 2]):
                start -= 2
            else:
                break
        run = doc[start : subject.i + 1]
        if _apposed_name(run) and not any(x.ent_type_ == "NORP" for x in run):
            found[(run.start, run.end)] = kind
    return found


def _list_intro(doc: Doc, i: int) -> int | None:
    """Where the names start after a plural noun's list opener: ", including", "such as",
    "like", "notably" ("companies, including X, Y and Z")."""
    j = i + 1 if i < len(doc) and doc[i].text == "," else i
    for opener in _LIST_OPENERS:
        words = opener.split()
        if [t.lower_ for t in doc[j : j + len(words)]] == words:
            return j + len(words)
    return None


_PORTFOLIO_HOLDERS = _TITLES | {"Commissioner", "Registrar", "Controller"}


_FIELD_NOUNS = frozenset({
    "area", "areas", "field", "fields", "course", "courses", "subject", "subjects", "discipline", "disciplines",
    "trade", "trades", "occupation", "occupations", "specialty", "specialties", "speciality", "specialities",
    "major", "majors", "sector", "sectors", "skills", "training",
})
"""Nouns whose "of"/"in" names a field of study or work ("the areas of Mechanics and
Production", "training in Welding"), not a body."""


_OFTEN = 3
"""Readings of a name as a body that outweigh one as a place: a firm the NER tags often ("Rio
Tinto") is a firm, its possessive aside, where one reading as a place would veto it."""


def _without_possessive(ent: Span) -> Span:
    return ent[:-1] if len(ent) > 1 and ent[-1].text in ("'s", "’s") else ent


_KINDS_OF_PLACE = frozenset({"region", "province", "district", "county", "municipality", "governorate", "prefecture", "valley"})


def _named_as_places(doc: Doc) -> set[str]:
    """Capitalised words the text writes once before a kind of place in lower case ("return
    them to Kestria region"): the place's name, wherever else it stands alone."""
    return {
        doc[i - 1].text for i in range(1, len(doc))
        if doc[i].lower_ in _KINDS_OF_PLACE and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and not _is_head(doc[i - 1])
    }


def _ner_names(doc: Doc) -> dict[tuple[int, int], str]:
    """A short name the NER takes for an organisation, written after a preposition that
    relates it to an action ("according to X", "owned by X", "a loan to X", "a stake in X"):
    firms go by bare names ("Prologis", "Rio Tinto"). Only proper nouns that are no generic
    word, head, place, acronym, plan or file name, nor a word of a person's name the text
    gives in full ("according to Mendes" after "Ana Mendes") or a place the NER reads it as
    elsewhere, unless it reads it as a body `_OFTEN` times as often ("in X, Y and Z" before "the
    choice of Z"), a person named with a title
    ("of Prof X Y") or before one ("by X Y, Director of …"), or a portfolio after a title ("Secretary of Energy X Y", "Commissioner of
    Labour"), and not a modifier of a noun
    after them ("experience of X training bases"), nor the place of a body named just before
    ("the X Training Centre at Y"), nor a field after "areas of" or "training in"
    (`_FIELD_NOUNS`), nor an acronym's plural ("from CoEs in Haryana": a kind of body) or a
    word the text counts ("the 20 Setas"). A
    possessive the NER holds inside a name it tags often ("of X Y's annual course") is left
    out of it."""
    generic = load_lexicon("org_generic_words.tsv")
    people = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    readings = Counter((_without_possessive(e).text, e.label_ in ("GPE", "LOC")) for e in doc.ents if e.label_ in ("GPE", "LOC", "ORG"))
    placed = {text for (text, place), n in readings.items() if place and readings[(text, False)] < _OFTEN * n}
    placed |= _named_as_places(doc)
    found = {}
    for ent in doc.ents:
        e = _without_possessive(ent) if readings[(_without_possessive(ent).text, False)] >= _OFTEN else ent
        before = doc[e.start - 1] if e.start else None
        if ent.label_ != "ORG" or len(e) > 3 or before is None or before.lower_ not in _RELATING_PREPOSITIONS:
            continue
        if e.text in people or e.text in placed or before.lower_ == "of" and e.start >= 2 and word(doc[e.start - 2]) in _PORTFOLIO_HOLDERS:
            continue
        if before.lower_ in ("of", "in") and e.start >= 2 and doc[e.start - 2].lower_ in _FIELD_NOUNS:
            continue
        if word(e[0]) in _TITLES or _title_after(doc, e.end) or _numbered_part(doc, e.end) or e.text in _counted(doc):
            continue
        if e.root.dep_ == "compound" or e.end < len(doc) and doc[e.end].pos_ in ("NOUN", "PROPN"):
            continue
        if e.start >= 2 and (doc[e.start - 2].lower_ in _PLACE_NOUNS or before.lower_ == "at" and _is_head(doc[e.start - 2])):
            continue
        words = [t for t in e if t.text not in "&-"]
        if not words or any(
            t.pos_ != "PROPN" or t.is_upper or "." in t.text or word(t) in generic or _is_head(t) or _PLURAL_ACRONYM.fullmatch(t.text)
            for t in words
        ):
            continue
        if any(t.is_space or "\n" in t.text_with_ws for t in e[:-1]) or e.text in gazetteer() or e.text in places.gazetteer():
            continue
        if not _excluded(e):
            found[(e.start, e.end)] = "other"
    return found


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]s")
_PART_NUMERAL = re.compile(r"\d{1,3}|[IVX]{1,4}")


@functools.lru_cache(maxsize=4)
def _counted(doc: Doc) -> frozenset[str]:
    """ "the 20 Setas": a word the text counts with a figure before it is a kind of body; one
    before the noun counted names the owner ("nine X locations")."""
    return frozenset(
        doc[t.i + 1].text for t in doc[:-1]
        if t.pos_ == "NUM" and t.like_num and doc[t.i + 1].is_title
        and (t.i + 2 == len(doc) or doc[t.i + 2].pos_ not in ("NOUN", "PROPN"))
    )


def _numbered_part(doc: Doc, end: int) -> bool:
    """ "of Annex I", "in Appendix 2": a word numbered by a figure or a Roman numeral labels a
    part of a document, not a firm."""
    return end < len(doc) and _PART_NUMERAL.fullmatch(doc[end].text) is not None


def _title_after(doc: Doc, end: int) -> bool:
    """ "hosted by X Y, Director of …": a name followed by a comma and an office is a person's."""
    return end + 1 < len(doc) and doc[end].text == "," and word(doc[end + 1]) in _TITLES


_POSTS = {
    "Manager", "Director", "Officer", "Coordinator", "Supervisor", "Administrator", "Head", "Lead", "Specialist",
    "Adviser", "Advisor", "Consultant", "Engineer", "Analyst", "Executive", "Assistant",
}
"""Posts a department's name comes before ("Planning & Operations Manager")."""


def _partnership_spans(doc: Doc) -> dict[tuple[int, int], str]:
    """ "Siemens & Halske", "Kuehne + Nagel": two names joined by "&" that the NER takes for an
    organisation, or by "+" (which joins no people's names), are a firm named after its
    founders. Generic words, industries ("Wholesale & Retail", from the words of ISIC's
    titles), places, cited authors ("Smith & Jones, 2019"), the departments before a post
    ("Planning & Operations Manager") and two words inside a longer capitalised title
    ("Supplementary Fees & Applicable GST"), or before a plan's or an event's noun ("Belt & Road
    Initiative"), are not."""
    generic = load_lexicon("org_generic_words.tsv") | load_lexicon("sector_words.tsv")
    found = {}
    for t in doc[1:-1]:
        left, right = doc[t.i - 1], doc[t.i + 1]
        tagged = {"ORG", "PERSON"} if t.text == "+" else {"ORG"}
        if t.text not in ("&", "+") or left.ent_type_ not in tagged or right.ent_type_ not in tagged:
            continue
        names = all(
            x.is_alpha and _capitalised(x) and not x.is_upper and word(x) not in generic and not _is_head(x)
            and word(x) not in gazetteer() and word(x) not in places.gazetteer()
            for x in (left, right)
        )
        post = right.i + 1 < len(doc) and doc[right.i + 1].text in _POSTS
        titled = left.i > 0 and doc[left.i - 1].is_alpha and _capitalised(doc[left.i - 1])
        titled |= right.i + 1 < len(doc) and doc[right.i + 1].is_alpha and word(doc[right.i + 1]) in _exclusions_in_any_case()
        if names and not post and not titled and not _cited(doc, right.i + 1):
            found[(left.i, right.i + 1)] = "company"
    return found


def _cited(doc: Doc, i: int) -> bool:
    """A year follows token `i - 1` as in a citation: ", 2019" or "(2019)"."""
    nxt = doc[i : i + 2]
    return len(nxt) == 2 and nxt[0].text in (",", "(") and nxt[1].like_num and len(nxt[1].text) == 4


_SHARE = re.compile(r"\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)")


_REGION_POINTS = _DIRECTIONS | {
    "centre", "center", "nord", "sud", "est", "ovest", "centro", "norte", "sur", "este", "oeste", "nordeste", "sudeste", "noroeste",
    "suroeste", "sudoeste", "nord-est", "nord-ovest", "sud-est", "norden", "süden", "osten", "westen", "mitte", "mezzogiorno",
}
"""Compass points and the centre in the languages a breakdown by macro-region is written in
("Nord (58,1%), Centro (24,2%)", "Norte (12%)"), and Italy's South by its own name."""


def _holdings(doc: Doc) -> dict[tuple[int, int], str]:
    """ "Samarco (50%) VLI Multimodal S.A. (37,6%) MRS Logística (10,9%)": names each followed
    by a bracketed share, three or more in one paragraph, are the firms an owner holds; not a
    country, a place of any country (or the end of one), a region or a generic word ("Germany (28%)", "Education (25%)"), nor
    names ending in a plural or one word the text writes in lower case ("Drivers (12.9%)"); a
    paragraph with a share over 100% lists growth rates, not holdings, one whose list
    closes with a place noun lists places ("X (20.9%), and Y (20.7%) regions"), and one whose
    shares are glued to the next name by a colon lists a project's sectors and themes
    ("Gender(14%):HIV/AIDS(14%)"), and one with the rest ("Other (7%)"), with two pairs of
    names each sharing one share (`_paired`) or with a compass point (`_REGION_POINTS`) is a breakdown."""
    generic = load_lexicon("org_generic_words.tsv")
    regions = load_lexicon("regions.tsv") | load_lexicon("continents.tsv")
    text = doc.text
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for m in _SHARE.finditer(text):
        bracket = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if bracket is None:
            continue
        start = bracket.start
        while (
            start > 0 and bracket.start - start < _BARE_NAME_WORDS + 2 and "\n" not in doc[start - 1].text_with_ws
            and (_name_word(doc[start - 1]) or doc[start - 1].text == "&")
        ):
            start -= 1
        paragraph = by_paragraph.setdefault(text.rfind("\n\n", 0, m.start()), [])
        if _share_value(m.group()) > 100 or _places_after(doc, bracket.end) or text.startswith(":", m.end()):
            paragraph.append(None)
        elif start < bracket.start:
            paragraph.append((start, bracket.start))
    out = {}
    lower = _lower_words(doc)
    for runs in by_paragraph.values():
        if len(runs) < _LIST_MEMBERS or None in runs or any(doc[a:b].text in _REST for a, b in runs):
            continue
        if sum(_paired(doc, a) for a, _ in runs) >= _PAIRS or any(doc[a].lower_ in _REGION_POINTS for a, _ in runs):
            continue
        for a, b in runs:
            name = doc[a:b].text
            if name in gazetteer() or name in regions or all(word(t) in generic for t in doc[a:b]) or _ends_a_place(doc, a, b):
                continue
            if doc[b - 1].tag_ == "NNS" or b - a == 1 and doc[a].lower_ in lower:
                continue
            out[(a, b)] = "company"
    return out


def _paired(doc: Doc, a: int) -> bool:
    """ "Vidrio y Cerámica (17,6%)", "Energy and Water (16%)": two names sharing one share are
    two fields of one category, as a breakdown by sector writes them, not a firm held."""
    return a >= 2 and doc[a - 1].lower_ in _PAIRING and _name_word(doc[a - 2])


_PAIRING = frozenset({"and", "&", "y", "e", "et", "und", "en", "og", "och", "i"})
_PAIRS = 2
"""A firm's own name may hold an "and" ("Infraestructura y Transportes Ferroviarios"); two
pairs in one list make it a breakdown."""


_REST = frozenset({"Other", "Others", "Rest", "Unknown", "Not stated"})
"""The share a breakdown leaves over ("… and Other (7%)"): its list splits a whole into
groups, no owner's holdings."""


def _places_after(doc: Doc, i: int) -> bool:
    return i < len(doc) and _singular(doc[i].lower_) in _PLACE_NOUNS


def _ends_a_place(doc: Doc, a: int, b: int) -> bool:
    """The run is a province's, state's or city's name, or the end of one ("Sul" of "Mato
    Grosso do Sul"): a share by region, not a holding."""
    return any(doc[k:b].text in places.any_place_names() for k in range(max(0, a - 4), a + 1))


def _share_value(bracket: str) -> float:
    """The figure of a bracketed share: "(37,6%)" -> 37.6."""
    return float(re.search(r"\d{1,3}(?:[.,]\d+)?", bracket).group().replace(",", "."))


def _lower_words(doc: Doc) -> frozenset[str]:
    """The words the text writes in lower case somewhere: a capitalised one of them is a common
    noun in a heading or a list, not a name."""
    return frozenset(t.lower_ for t in doc if t.is_lower and t.is_alpha)


_RECIPIENT_LINE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?P<name>[A-Z][^,\n]{1,60}?),[ \t]+(?P<place>[A-Z][A-Za-z .'’-]{1,30}),[ \t]+"
    r"(?:[A-Z]{0,3}\$|[€£₹])[ \t]?\d[\d,.]*(?:[ \t]*(?:million|billion|m|bn))?[ \t]*$",
    re.M,
)
_MIN_RECIPIENTS = 3


def _recipients(prep: Prepared) -> dict[tuple[int, int], str]:
    """A list of grants or awards, one recipient per line with its town and amount ("- NW
    Laborers, Kingston, $699,000"): each line's first field names who received it, when at
    least three lines in a row read so and the field is no place or person."""
    text, doc = prep.text, prep.doc
    lines = list(_RECIPIENT_LINE.finditer(text))
    runs: list[list[re.Match]] = []
    for m in lines:
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) == 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    found = {}
    for run in (r for r in runs if len(r) >= _MIN_RECIPIENTS):
        for m in run:
            a, b = prep.clean.to_clean(m.start("name")), prep.clean.to_clean(m.end("name"))
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or span.text in gazetteer() or span.text in places.gazetteer():
                continue
            if all(t.ent_type_ == "PERSON" for t in span) or _excluded(span):
                continue
            found[(span.start, span.end)] = _org_type(span)
    return found
