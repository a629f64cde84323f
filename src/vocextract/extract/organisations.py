"""ORG mentions: named organisations, found by rules first and by the NER for acronyms.

A rule span grows around a capitalised head noun from `patterns/org_heads.tsv` ("College",
"Ministry", "Alliance"...) or a legal suffix found by the "org_ruler" ("Co., Ltd."):
leftwards over capitalised name words (and "X and Y" pairs of them, "Sino-Nordic"
compounds), rightwards over "of ..." tails ("Education Bureau of X City", "Ministry of
Labour of the Republic of Estonia") and legal suffixes. A span is dropped when it
names no one in particular (only words from `patterns/org_generic_words.tsv`: "Higher
Vocational College") or when its capitalised run ends in a noun from
`patterns/org_exclusions.tsv` (a plan, an event, a journal: "X College Robotics Contest").
Overlapping spans merge, so a name holding another name is one mention.
Organisations a reader knows without a head noun come from a reference list
(`patterns/org_known.tsv`: the UN system, development banks and agencies, statistics
offices...), and a capitalised name right after a noun that says what it is ("development
agency Enabel") from `patterns/org_descriptors.tsv`; an encyclopedia infobox gives the
names in its fields ("Parent", "Subsidiaries") and, when it is an organisation's box, the
page's title (`infobox.py`).
An organisation named with its country or city after it ("X Institute Malaysia") is one name.
The NER is trusted for all-capital acronyms of three letters or more ("OECD"), never a
month, a currency code, a unit or an acronym the text gives for a common noun or a scheme,
and for a short proper name only after a preposition that relates it to an action ("owned
by X"): its other ORG spans are mostly titles, plans and events in these texts. An acronym the text spells out as something
that is no organisation ("Nordic Skills Framework (NSF)") is vetoed; one given after an
organisation name is an organisation wherever it occurs, and of that organisation's kind.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import pycountry

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..patterns import load_lexicon
from . import infobox, places
from .countries import gazetteer, word
from .mention import Mention, Prepared
from .units import spellings

_CONNECTORS = {"and", "&", "+"}
_OF_TAIL_INNER = {"and", "&", "of", "for", "the", "'s", "\u2019s", "-"}
_NOT_NAME_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "SYM"}
_PLACE_OR_PERSON = {"GPE", "LOC", "NORP", "PERSON", "FAC"}
_TAIL_STARTS = {"of", "for", "de", "des", "du", "del", "für", "zur", "zum", "do", "da", "dos", "van", "voor", "di", "della", "degli", "delle"}
_NATIONAL = {"National", "Federal"}
_LEGISLATURES = {"Congress", "Parliament", "Senate"}
_TITLES = {"Director", "Minister", "President", "Chairman", "Chair", "Chief", "Secretary", "Governor", "Head",
           "Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Prof", "Prof.", "Professor", "CEO"}
_UNIT_HEADS = {"Department", "Institute", "Office", "Division", "Bureau", "Directorate", "Unit", "Centre", "Center"}
_ROLE_ADJECTIVES = {"Acting", "Interim", "Former", "Outgoing", "Incoming"}
_FOREIGN_TAILS = _TAIL_STARTS - {"of", "for"}
_ARTICLES = {"the", "la", "le", "les", "el", "l'", "l’"}
_PART_NOUNS = {"unit", "subsidiary", "division", "arm", "affiliate"}
_DESCRIBING_PARTICIPLES = {"based", "headquartered", "owned", "led", "funded", "backed", "run", "controlled"}
_MAX_ACRONYM = 8
_LEGAL_WORDS = {
    "co.", "co", "ltd.", "ltd", "inc.", "inc", "llc", "gmbh", "plc", "ag", "corp.", "limited", "llp", "pty", "pvt",
    "bhd", "tbk", "oyj", "asa", "spa", "s.p.a.", "n.v.", "b.v.", "ab", "nv", "bv", "a/s",
}
_QUOTES_AND_BRACKETS = "\"'“”‘’()[]"
_DASHES = {"\u2013", "\u2014"}
_PARTICLE = re.compile(r"^[dl][’'][A-Z]")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,4}$")
_ACRONYM_FORM = re.compile(r"^[A-Z][A-Za-z]*(?:&[A-Z])?[A-Z]*[A-Za-z]*$")
_DEFINING = {"abbreviated", "abbreviation", "short", "shortened", "as", "known", "commonly", "also", "or", "simply", "former", "formerly"}
_DEFINITION_WINDOW = 8
_NAMING_NOUNS = {"initialism", "acronym", "abbreviation"}
_PLACE_NOUNS = {"city", "town", "village", "province", "state", "region", "district", "county", "governorate",
                "prefecture", "municipality", "island", "capital", "port"}
_RELATING_PREPOSITIONS = {"by", "from", "with", "to", "at", "of"}
_SPOKEN_ACRONYM = 5
_FOREIGN_ARTICLES = {"O", "Os", "As", "Um", "Uma", "El", "La", "Los", "Las", "Un", "Una", "Une", "Le", "Les", "Der", "Die", "Das", "Ein", "Eine"}
_APPOSITION_WORDS = 4
_LIST_OPENERS = ("including", "such as", "like", "notably", "among them")
_STATISTICS_OFFICE = {"Statistics", "Stats"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "from"}
_NAME_PARTICLES = {"von", "van", "de", "di", "da", "der", "le", "la", "bin", "al"}
_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY"}
_MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"}


@functools.cache
def _heads() -> dict[str, str]:
    return {**load_lexicon("org_heads.tsv"), **load_lexicon("org_heads_foreign.tsv")}


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
    the word before it. A head hyphened to the next word is half of an adjective
    ("Utility-Scale", "Network-based")."""
    text = word(token)
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ and not doc[token.i + 1].whitespace_:
        return False
    if token.i > 0 and f"{word(token.nbor(-1))} {text}" in _heads():
        return _capitalised(token)
    return _capitalised(token) and (text in _heads() or (text.isupper() and len(text) > 3 and text.title() in _heads()))


def _name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name: not a verb, article or preposition."""
    if _PARTICLE.match(token.text):
        return True
    if not _capitalised(token) or token.is_space:
        return False
    if token.pos_ == "ADV" and token.lower_.endswith("ly") and not token.is_upper:
        return False
    if token.is_upper and _caps_line(token):
        return token.is_alpha and token.lower_ not in STOP_WORDS
    return token.pos_ not in _NOT_NAME_POS or word(token).isupper() or _is_head(token)


def _glued(a: Token, b: Token) -> bool:
    return a.idx + len(a.text) == b.idx


def _left_edge(doc: Doc, i: int, line_starts: frozenset[int]) -> int:
    """First token of the name that ends at token `i`.

    A name of two words or more that begins a line is whole: what ends the line above is
    something else (a title's last word, a figure in a table row), even where the parse joined
    the lines as one sentence. A lone head goes on ("Jinhua Vocational / College")."""
    start = i
    while start > 0:
        prev = doc[start - 1]
        if _person_before(prev) or _glossary_entry(prev, doc[start]) or (start in line_starts and start < i):
            break
        if prev.text in _ROLE_ADJECTIVES or prev.text in _FOREIGN_ARTICLES and (_head_first(doc[start]) or _is_head(doc[start])):
            break
        if _infobox_label(doc, start - 1, line_starts):
            break
        if _possessive_owner(doc, start):
            start -= 2
        elif _country_pair(doc, start):
            start -= 2
        elif back := _joined_country_name(doc, start):
            start -= back
        elif _name_word(prev):
            start -= 1
        elif start >= 2 and _joins_words(doc, start - 1) and _name_word(doc[start - 2]):
            start -= 2
        elif prev.lower_ in _CONNECTORS and start >= 2 and _open_pair(doc, start) and (
            _pair_word(doc[start - 2]) or prev.text == "+" and _name_word(doc[start - 2])
        ):
            start -= 2
        else:
            break
    return start


def _country_pair(doc: Doc, start: int) -> bool:
    """ "Vietnam - Korea Vocational College": two countries joined by a dash open the name of
    a body they founded together."""
    return (
        start >= 2 and doc[start - 1].text in _DASHES | {"-"} and word(doc[start]) in gazetteer()
        and word(doc[start - 2]) in gazetteer() and gazetteer()[word(doc[start - 2])].form == "name"
        and gazetteer()[word(doc[start - 2])].iso3 != gazetteer()[word(doc[start])].iso3
    )


def _joined_country_name(doc: Doc, start: int) -> int:
    """How many tokens before `start` a country's name joined by "and" begins, when token
    `start` ends it ("Trinidad and Tobago Chamber of Commerce", "Bosnia and Herzegovina
    Employment Agency"): the "and" is the country's, not a list's. 0 when there is none."""
    if start < 2 or doc[start - 1].lower_ != "and":
        return 0
    for back in range(2, min(start, 5) + 1):
        if doc[start - back : start + 1].text in gazetteer():
            return back
    return 0


def _infobox_label(doc: Doc, last: int, line_starts: frozenset[int]) -> bool:
    """Token `last` ends an infobox field label that opens its line ("Parent", "Key people")."""
    labels = load_lexicon("infobox_labels.tsv")
    for first in (last, last - 1):
        if first >= 0 and (first == 0 or first in line_starts) and doc[first : last + 1].text in labels:
            return True
    return False


def _glossary_entry(acronym: Token, first: Token) -> bool:
    """ "ATC Arusha Technical College", "BoFED Bureau of Finance": in a list of abbreviations
    an acronym is followed by its expansion, which is a name of its own."""
    return bool(_ACRONYM.match(acronym.text)) and not first.is_upper and first.text[:1] == acronym.text[:1]


def _possessive_owner(doc: Doc, start: int) -> bool:
    """ "Young People's Learning Agency", "Women's University": a capitalised owner's
    possessive is part of the name, unless the owner is an organisation itself ("the World
    Bank Group's Board"), a country ("Kenya's Training Authority" is Kenya's authority) or a
    person. An organisation known by its acronym or by name owns its units, though: "XO's
    Institute for Statistics", "XB's South Asia Department" name the unit by its parent."""
    if start < 2 or doc[start - 1].lower_ not in ("'s", "\u2019s"):
        return False
    owner = doc[start - 2]
    if (_is_acronym(owner) or word(owner) in load_lexicon("org_known.tsv")) and _unit_follows(doc, start):
        return True
    if _is_head(owner) or _is_acronym(owner) or word(owner) in load_lexicon("org_known.tsv"):
        return False
    if _headed_tail(doc, start - 2) and _headed_name_after(doc, start):
        return False
    return _name_word(owner) and not _place_ending(doc, start - 1) and owner.ent_type_ != "PERSON"


def _headed_tail(doc: Doc, i: int) -> bool:
    """Token `i` ends the "of" tail of a name with a head ("Department of Transportation")."""
    j = i
    while j > 0 and i - j < _OWNER_REACH and (_name_word(doc[j]) or doc[j].lower_ in _TAIL_STARTS | {"the", "and", "&"}):
        if _is_head(doc[j]) and any(t.lower_ in _TAIL_STARTS for t in doc[j + 1 : i]):
            return True
        j -= 1
    return False


_OWNER_REACH = 8


def _place_ending(doc: Doc, end: int) -> bool:
    """Tokens up to `end` end a country's or a place's name of up to four words ("Kenya",
    "Côte d’Ivoire", "New South Wales")."""
    return any(
        doc[i:end].text in gazetteer() or doc[i:end].text in places.gazetteer() for i in range(max(end - 4, 0), end)
    ) or word(doc[end - 1]) in gazetteer()


def _unit_follows(doc: Doc, start: int) -> bool:
    """The capitalised run from `start` names a unit of a body: it holds a unit head
    ("Department", "Institute", "Office")."""
    i = start
    while i < len(doc) and (_name_word(doc[i]) or doc[i].lower_ in _OF_TAIL_INNER | {"for"}):
        if word(doc[i]) in _UNIT_HEADS:
            return True
        i += 1
    return False


def _joins_words(doc: Doc, i: int) -> bool:
    """Token `i` only joins two words of one name: a glued hyphen or a run of blanks, but not
    the tab after a line's first word, which ends a label cell ("Alliance<TAB>X Alliance")."""
    tok = doc[i]
    if tok.text == "-":
        return _glued(doc[i - 1], tok) and _glued(tok, doc[i + 1])
    before = doc[i - 1]
    label_cell = "\t" in tok.text and (before.i == 0 or doc.text[before.idx - 1] == "\n")
    return tok.is_space and "\n" not in tok.text and not label_cell


def _open_pair(doc: Doc, start: int) -> bool:
    """ "Vocational and Technical College": the words before "and" are not a finished name.

    A head right of "and" starts a new organisation ("... and Ministry of Labour"); so does
    a specific word there when the run left of "and" (through "of" tails and earlier "and"s)
    already holds a head ("X Institute of Technology and Y University", "Ministry of
    Education and Higher Education and Y Institute"). Generic words on both sides pair.
    """
    if _is_head(doc[start]):
        return False
    if word(doc[start]) in load_lexicon("org_generic_words.tsv"):
        return True
    i = start - 2
    while i >= 0 and (_name_word(doc[i]) or doc[i].lower_ in _TAIL_STARTS or doc[i].lower_ in _CONNECTORS):
        if _is_head(doc[i]):
            return False
        i -= 1
    return True


def _pair_word(token: Token) -> bool:
    """The left half of "Vocational and Technical" or "Lake and River": not a name of its own.

    A place, a person, a country or a finished name ("X Ltd. and Y Ltd.") stays apart.
    """
    if not token.is_alpha or _is_head(token) or token.lower_ in _LEGAL_WORDS or word(token) in gazetteer():
        return False
    generic = word(token) in load_lexicon("org_generic_words.tsv")
    return generic or (_name_word(token) and token.ent_type_ not in _PLACE_OR_PERSON)


def _person_before(token: Token) -> bool:
    """Part of a person's name that only precedes the organisation ("Li Wei Faculty of Law")."""
    generic = load_lexicon("org_generic_words.tsv")
    name = _entity_of(token)
    return name is not None and name.label_ == "PERSON" and not any(word(t) in generic or _is_head(t) for t in name)


def _entity_of(token: Token) -> Span | None:
    """The named entity holding `token`, found from the entity tags around it (walking
    `doc.ents` would build every entity span anew on each call)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _of_tail(doc: Doc, i: int, line_starts: frozenset[int]) -> int:
    """End of an "of ..." or "for ..." tail starting at token `i` ("of the Republic of Estonia").

    A tail that has its noun does not go on over a line break ("Department of Labor" / "View")."""
    if i >= len(doc) or doc[i].lower_ not in _TAIL_STARTS:
        return i
    if doc[i].text.isupper() and not doc[i - 1].text.isupper():
        return i
    j = i + 1
    if j < len(doc) and doc[j].lower_ in _ARTICLES:
        j += 1
    end = i
    while j < len(doc):
        tok = doc[j]
        if word(tok) in _TITLES or (_is_acronym(tok) and end > i and not doc[j - 1].text.isupper()):
            break
        if j in line_starts and end == j or end == j and (_link_label(doc, j) or _headline_verb(doc, j)):
            break
        if end > i and tok.lower_ in _DESCRIBING_PARTICIPLES and _hyphen_glued(doc, j):
            return i
        if _name_word(tok) or (end > i and _hyphen_glued(doc, j)):
            end = j = j + 1
        elif tok.text == "," and end > i and (after := _listed_names_end(doc, j + 1)):
            end = j = after
        elif tok.lower_ in ("'s", "\u2019s") and _headed_name_after(doc, j + 1):
            break
        elif tok.lower_ in _OF_TAIL_INNER and j + 1 < len(doc) and _continues_tail(tok, doc[j + 1]):
            j += 1
        elif tok.lower_ in _CONNECTORS and j + 2 < len(doc) and doc[j + 1].lower_ == "the" and _continues_tail(tok, doc[j + 2]):
            j += 2
        else:
            break
    if end > i and doc[i].lower_ == "for" and end < len(doc) and _lowercase_word(doc[end]):
        return i
    return end if end > i else i


def _headed_name_after(doc: Doc, j: int) -> bool:
    """A name with a head of its own starts at token `j`: after a possessive it is a second
    body, the owner's unit ("Department of Transportation's Bureau of Statistics")."""
    k = j
    while k < len(doc) and k - j < _OWNER_REACH and _name_word(doc[k]):
        if _is_head(doc[k]):
            return _names_by_itself(doc, j, k)
        k += 1
    return False


def _names_by_itself(doc: Doc, start: int, head: int) -> bool:
    """Words `start`..`head` name a body without their owner: a word that is neither generic
    nor a head, or an "of"/"for" tail after the head ("Bureau of Statistics"); a unit of
    generic words ("Vocational Education Department") is named by its owner."""
    generic = load_lexicon("org_generic_words.tsv")
    tail = head + 1 < len(doc) and doc[head + 1].lower_ in _TAIL_STARTS
    return tail or any(_capitalised(t) and word(t) not in generic and not _is_head(t) for t in doc[start:head])


def _headline_verb(doc: Doc, j: int) -> bool:
    """ "Department of Labor Awards $80M": in a headline the verb after a name is capitalised
    too; a word right before an amount is no part of the name (before a year it may name an
    event: "College Awards 2019")."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or not doc[j].is_alpha:
        return False
    year = re.fullmatch(r"(?:19|20)\d\d", nxt.text)
    return nxt.text[:1] in "$€£¥₹" or (nxt.like_num and not year)


def _link_label(doc: Doc, j: int) -> bool:
    """ "View Abstract", "Download PDF": a page's link label after a name."""
    return word(doc[j]) in load_lexicon("org_link_words.tsv") and j + 1 < len(doc) and _capitalised(doc[j + 1])


def _is_acronym(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) > 1


def _continues_tail(joiner: Token, nxt: Token) -> bool:
    """ "of X and Y": "and" goes on unless a new organisation starts after it, that is, unless
    the capitalised run after "and" holds a head noun ("X of Y and Z University")."""
    if not _name_word(nxt):
        return False
    if joiner.lower_ not in _CONNECTORS:
        return True
    doc, i = nxt.doc, nxt.i
    while i < len(doc) and _name_word(doc[i]) and not (i > nxt.i and _glossary_entry(doc[i], doc[min(i + 1, len(doc) - 1)])):
        if _is_head(doc[i]) and not _lone_word(doc, i):
            return False
        i += 1
    return True


def _lone_word(doc: Doc, i: int) -> bool:
    """ "Ministry of Energy and Mines": a head alone after "and", closing the phrase, is one
    more field of the name; a body of its own needs a word naming it."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i - 1].lower_ in _CONNECTORS and (after is None or not (_name_word(after) or after.lower_ in _TAIL_STARTS))


def _listed_names_end(doc: Doc, j: int) -> int | None:
    """End of ", Science and Technology"-style list items that close with "and X" (or ", and X")
    in a name tail. An item with a head noun or an acronym starts a new name ("College of
    Engineering X, Y Technological University, and Z"): no tail then."""
    def run_end(k: int) -> int | None:
        start = k
        while k < len(doc) and _name_word(doc[k]):
            k += 1
        return None if any(_is_head(t) or _is_acronym(t) for t in doc[start:k]) else k

    while j < len(doc) and _name_word(doc[j]):
        k = run_end(j)
        if k is None:
            return None
        if k + 1 < len(doc) and doc[k].lower_ in _CONNECTORS and _name_word(doc[k + 1]) and not _is_head(doc[k + 1]):
            return run_end(k + 1)
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _CONNECTORS and _name_word(doc[k + 2]):
            return run_end(k + 2)
        if k + 1 < len(doc) and doc[k].text == ",":
            j = k + 1
            continue
        return None
    return None


def _lowercase_word(token: Token) -> bool:
    """A lower-case content word: "Center for X technical education" names no "X" body."""
    return token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN")


def _hyphen_glued(doc: Doc, j: int) -> bool:
    """Token `j` belongs to a hyphenated word begun before it ("People-to-people")."""
    prev = doc[j - 1]
    return (prev.text == "-" or doc[j].text == "-") and _glued(prev, doc[j]) and not doc[j].is_space


def _right_edge(doc: Doc, i: int, suffix_ends: dict[int, int], line_starts: frozenset[int]) -> int:
    """End (exclusive) of the name whose head is token `i`: legal suffixes and "of" tails,
    and the adjectives a Romance or German name puts after its head before such a tail
    ("Centre National de la ...", "Instituto Nacional de ...")."""
    end = i + 1
    run = _capital_run_end(doc, end)
    while any(k in line_starts for k in range(end, run)):
        run -= 1
    closes = run < len(doc) and doc[run].lower_ in _FOREIGN_TAILS or _head_first(doc[i])
    if run > end and closes and not any(_is_head(t) for t in doc[end:run]):
        end = run
    while True:
        nxt = suffix_ends.get(end) or _of_tail(doc, end, line_starts)
        if nxt <= end:
            return end
        end = nxt


def _capital_run_end(doc: Doc, end: int) -> int:
    """Where the capitalised run that continues past `end` stops; a hyphen joining two of
    its words ("North-West") keeps it going."""
    while end < len(doc) and (_name_word(doc[end]) or doc[end].text == "-" and end + 1 < len(doc) and end > 0
                              and _glued(doc[end - 1], doc[end]) and _glued(doc[end], doc[end + 1]) and _name_word(doc[end + 1])
                              and _name_word(doc[end - 1])):
        end += 1
    return end


def _excluded(span: Span) -> bool:
    """A plan, event, journal...: the run of capitals holding the span ends in such a noun,
    unless its last two words are a head of their own ("Colleges System"). An occupation
    ends a run past the name ("Personal Service Workers"), not the name's own tail
    ("Federation of Building Workers").

    A head before an "of" tail names the organisation when the tail ends in an event noun
    ("Organisation of the Islamic Conference" is no conference); a plan or programme there
    still vetoes ("Ministry of Education Scholarship Program")."""
    exclusions = load_lexicon("org_exclusions.tsv")
    doc = span.doc
    if len(span) > 1 and f"{word(span[-2])} {word(span[-1])}" in _heads():
        return False
    run_end = _capital_run_end(doc, span.end)
    if run_end > span.end and not _headline_verb(doc, span.end):
        return word(doc[run_end - 1]) in exclusions
    of = next((t.i for t in span if t.lower_ in _TAIL_STARTS), None)
    if of is not None and any(_is_head(t) for t in doc[span.start : of]) and exclusions.get(word(span[-1])) == "event":
        return word(span[0]) in exclusions
    leads = len(span) == 1 or span[1].lower_ in _TAIL_STARTS | {"on", "to"}
    if _institutional_fund(span):
        return False
    ends = exclusions.get(word(span[-1]), "occupation") != "occupation"
    return ends or (word(span[0]) in exclusions and leads)


def _institutional_fund(span: Span) -> bool:
    """ "Nordic Development Fund", "Social Fund for Development": a fund that is an
    institution (`patterns/org_institutional_funds.tsv`), not a funding programme."""
    funds = any(word(t) in ("Fund", "Funds") for t in span)
    return funds and any(word(t) in load_lexicon("org_institutional_funds.tsv") for t in span)


def _in_excluded_name(token: Token) -> bool:
    """An acronym inside a plan or event name ("Nordic-OECD Exchange Week") is no mention."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and (_name_word(doc[i]) or (doc[i].text == "-" and _glued(doc[i - 1], doc[i]))):
        i += 1
    return i > token.i + 1 and _excluded(doc[token.i : i])


def _specific(span: Span) -> bool:
    """Names someone in particular: a word that is neither generic nor a head, an "of"/"for"
    tail, an acronym given for it in parentheses ("Skills Development Authority (SDA)"), or
    a country that owns it ("Kenya's Training Authority"). A national government body is one
    of a kind ("National Skills Development Council"), and so is a legislature named without
    an article ("working with Congress", "approved by Parliament")."""
    generic = load_lexicon("org_generic_words.tsv")
    words = [_cased(word(t)) for t in span if t.is_alpha or "-" in t.text or t.text.isupper()]
    if any(t.lower_ in _TAIL_STARTS for t in span) or _acronym_follows(span) or _country_owned(span):
        return True
    if words and words[0] in _NATIONAL and len(words) > 2 and _org_type(span) == "government":
        return True
    if _bare_legislature(span):
        return True
    return any(w[:1].isupper() and w not in generic and w not in _heads() for w in words)


def _bare_legislature(span: Span) -> bool:
    """ "Congress", "Parliament" or "Senate" alone, capitalised, with no article or other
    determiner before it: a proper name in English."""
    doc = span.doc
    if len(span) != 1 or span[0].text not in _LEGISLATURES:
        return False
    return span.start == 0 or doc[span.start - 1].pos_ not in ("DET", "PRON")


def _cased(text: str) -> str:
    """A word of an all-capital heading as it would be written in a sentence ("MINISTRY" -> "Ministry")."""
    return text.title() if text.isupper() and len(text) > 3 else text


def _country_owned(span: Span) -> bool:
    """ "Kenya's Training Authority": a country's possessive makes a generic name specific."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ in ("'s", "\u2019s") and word(doc[start - 2]) in gazetteer()


def _acronym_follows(span: Span) -> bool:
    doc, end = span.doc, span.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ == "the" or span.doc[start].text in _QUOTES_AND_BRACKETS):
        start += 1
    while end > start and (span.doc[end - 1].is_punct and span.doc[end - 1].text not in (".",)):
        end -= 1
    return span.doc[start:end]


def _bracket_before(doc: Doc, i: int) -> int:
    """A bracketed word before a legal suffix belongs to the name: "X Chemical Industry (Group)
    Company Limited", "X Motor Manufacturing (UK) Ltd."."""
    if i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and _capitalised(doc[i - 2]):
        return i - 3
    return i


def _rule_spans(doc: Doc, line_starts: frozenset[int]) -> list[Span]:
    suffixes = [s for s in doc.spans.get("org_rules", []) if s.label_ == "LEGAL_SUFFIX"]
    suffix_ends = {s.start: s.end for s in suffixes}
    suffix_ends.update({s.start + 1: s.end for s in suffixes if s[0].text == ","})
    anchors = [(t.i, t.i) for t in doc if _is_head(t)]
    anchors += [(s.start, _capital_run_end(doc, s.end) - 1) for s in doc.spans.get("org_rules", []) if s.label_ == "LEGAL_PREFIX"]
    anchors += [(_bracket_before(doc, s.start), s.end - 1) for s in suffixes if s[0].text != ","]
    anchors += [(s.start - 1, s.end - 1) for s in suffixes if s[0].text == "," and s.start > 0]
    labels = _form_labels(doc)
    spans = []
    for first, last in anchors:
        start = _left_edge(doc, first, line_starts)
        end = _right_edge(doc, last, suffix_ends, line_starts)
        piece = _between_labels(doc, start, end, first, last, labels)
        if piece is not None:
            spans.append(_trim(piece))
    named = [s for s in _merge(spans) if any(t.lower_ not in _LEGAL_WORDS and t.text not in ",." for t in s)]
    return [s for s in named if len(s) and _specific(s) and not _excluded(s) and not _indefinite(s) and not _a_people_s_government(s)]


def _a_people_s_government(span: Span) -> bool:
    """ "the Korean Government", "the Vietnamese Government": a state's government named by
    its people's adjective is a reference to the state, not a body's name ("Government of
    Korea" and "U.S. Government" are names)."""
    entry = gazetteer().get(span[0].text)
    return len(span) == 2 and word(span[1]) == "Government" and entry is not None and entry.form == "adjective"


def _indefinite(span: Span) -> bool:
    """ "a National University of X", "an Industrial Training Institute": one of a kind of
    body, not a name; before a noun the name only describes it ("a World Bank project", "an
    X Development Fund (XDF) loan")."""
    doc = span.doc
    end = span.end
    if doc[end : end + 3].text.startswith("(") and end + 2 < len(doc) and doc[end + 2].text == ")":
        end += 3
    after = doc[end] if end < len(doc) else None
    return span.start > 0 and doc[span.start - 1].lower_ in ("a", "an") and (after is None or after.pos_ not in ("NOUN", "PROPN"))


@functools.cache
def _form_label_matcher(vocab: Vocab) -> PhraseMatcher:
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    patterns = [tokenizer(label) for label in load_lexicon("infobox_labels.tsv") if " " in label]
    matcher.add("FORM_LABEL", patterns)
    return matcher


def _form_labels(doc: Doc) -> list[tuple[int, int]]:
    """Field labels of two words or more anywhere in the text ("Implementing Agency")."""
    return [(start, end) for _, start, end in _form_label_matcher(doc.vocab)(doc)]


def _between_labels(doc: Doc, start: int, end: int, first: int, last: int, labels: list[tuple[int, int]]) -> Span | None:
    """The part of doc[start:end] around its anchor (tokens first..last) that no field label
    cuts: a flattened form runs label, name, label, name on one line ("Borrower(s) Ministry of
    Finance Implementing Agency Ministry of Education Environmental Category B"). None when
    the anchor is itself part of a label ("Implementing Agency")."""
    for a, b in labels:
        if b <= start or a >= end:
            continue
        if a <= last and first < b:
            return None
        if b <= first:
            start = max(start, b)
        else:
            end = min(end, a)
    return doc[start:end]


def _merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans become one: a name that holds another name is one mention."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            last = out.pop()
            span = span.doc[last.start : max(last.end, span.end)]
        out.append(span)
    return out


def _spelled_by(doc: Doc, start: int, acronym: str) -> int | None:
    """End of the capitalised phrase from `start` whose initials spell `acronym`, if any.

    "Green Skills for Youth Initiative" spells "GSYI": small words, hyphens, dashes and quotes
    are skipped.
    """
    k, i = 0, start
    while i < len(doc) and k < len(acronym):
        tok = doc[i]
        if _capitalised(tok) and tok.is_alpha and tok.text[0] == acronym[k]:
            k += 1
        elif not (tok.is_quote or tok.lower_ in _OF_TAIL_INNER or tok.text in _DASHES or tok.is_space):
            return None
        i += 1
    return i if k == len(acronym) else None


def _expansions(doc: Doc, acronym: str, starts: list[int]) -> list[Span]:
    """Where the text spells `acronym` out; `starts` are the tokens beginning with its letter."""
    return [
        doc[i:end]
        for i in starts
        if doc[i].text != acronym and (end := _spelled_by(doc, i, acronym))
    ]


def _by_initial(doc: Doc) -> dict[str, list[int]]:
    """Token indices by first character, so each acronym's expansions are sought among few tokens."""
    out: dict[str, list[int]] = {}
    for t in doc:
        out.setdefault(t.text[:1], []).append(t.i)
    return out


def _acronym_ok(acronym: str, doc: Doc, in_orgs: frozenset[int], initials: dict[str, list[int]]) -> bool:
    """Not an organisation when the text spells it out as something else: a plan ("...
    Initiative"), or any phrase that ends in no organisation's head noun ("Project Information
    Document")."""
    exclusions = load_lexicon("org_exclusions.tsv")
    spelled = _expansions(doc, acronym, initials.get(acronym[0], []))
    if any(s.start in in_orgs for s in spelled):
        return True
    if spelled and not any(_is_head(s[-1]) for s in spelled):
        return False
    return not any(word(s[-1]) in exclusions for s in spelled)


def _caps_line(token: Token) -> bool:
    """In an all-capital heading ("ANNUAL REPORT"), a capital word is no acronym."""
    doc = token.doc
    around = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in around)


def _acronyms(doc: Doc, orgs: list[Span]) -> list[tuple[Span, str]]:
    """NER ORG acronyms, and acronyms given in parentheses right after an organisation name,
    each with its kind (that organisation's, else "other")."""
    stop = load_lexicon("org_acronym_exclusions.tsv")
    countries = gazetteer()
    ner = {t.i for e in doc.ents if e.label_ == "ORG" for t in e}
    defined = _defined_acronyms(doc, orgs)
    candidates = [
        t for t in doc
        if (t.is_upper or t.text in defined) and (t.is_alpha or t.text in defined or _DOTTED.match(t.text))
        and 1 < len(t) <= _MAX_ACRONYM and not t.is_stop
        and (t.text in defined or t.text not in stop) and t.text not in countries and t.text.title() not in countries
        and (t.text in defined or t.text.title() not in places.gazetteer())
        and t.text.title() not in load_lexicon("continents.tsv")
        and t.text not in _MONTHS and t.text not in _currency_codes() and t.text not in spellings().symbols | spellings().names
        and (t.text in defined or (t.i in ner and not _caps_line(t) and len(t) > 2))
        and not _names_no_organisation(t)
    ]
    common = _common_acronyms(doc) | _term_acronyms(doc)
    candidates = [t for t in candidates if t.text in defined or t.text not in common]
    initials = _by_initial(doc) if candidates else {}
    in_orgs = frozenset(t.i for s in orgs for t in s)
    verdicts = {a: _acronym_ok(a, doc, in_orgs, initials) for a in {t.text for t in candidates}}
    return [
        (doc[t.i : t.i + 1], defined.get(t.text, "other"))
        for t in candidates
        if verdicts[t.text] and not _in_excluded_name(t)
    ]


def _term_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text defines for a common noun phrase, in lower case: "vocational high
    schools (SMK)", "not in employment, education or training (NEET)" name a kind of thing,
    not a body."""
    out = set()
    for t in doc[2:-1]:
        if doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and _acronym_form(t.text):
            before = doc[t.i - 2]
            if before.is_alpha and before.is_lower and before.pos_ in ("NOUN", "ADJ", "VERB"):
                out.add(t.text)
    return frozenset(out)


def _contracted(token: Token, name: Span) -> bool:
    """ "Ministry of Energy and Mines (Minem)": a capitalised word alone in brackets whose
    letters run in order through the name, beginning with its first and reaching past its
    first word, is the name's short form ("Tarnvik College (Tarnvik)" gives a place)."""
    doc, text = token.doc, token.text
    if not (token.is_alpha and text[:1].isupper() and 3 <= len(text) <= 10 and token.i + 1 < len(doc) and doc[token.i + 1].text == ")"):
        return False
    def runs_through(words: str) -> bool:
        letters = iter(words.lower())
        return all(c in letters for c in text.lower())

    return text[0] == name.text[0] and runs_through(name.text) and not runs_through(name[0].text)


def _acronym_form(text: str) -> bool:
    """Two capitals or more, letters and at most one "&": "XJTLU", "CMPort", "L&T"."""
    return bool(_ACRONYM_FORM.match(text)) and sum(c.isupper() for c in text) >= 2


def _common_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text uses as common nouns: in the plural ("SETAs", "NGOs") or after an
    article and an adjective ("the lead XA", "a regional XB") they name a kind of body, not
    one body, wherever they occur."""
    texts = {t.text for t in doc}
    common = {t.text[:-1] for t in doc if t.text.endswith("s") and t.text[:-1].isupper() and t.text[:-1] in texts}
    common |= {
        t.text for t in doc[2:]
        if t.is_upper and t.is_alpha and doc[t.i - 1].is_lower and doc[t.i - 1].pos_ == "ADJ" and doc[t.i - 2].pos_ == "DET"
    }
    return frozenset(common)


def _defined_acronyms(doc: Doc, orgs: list[Span]) -> dict[str, str]:
    """Acronyms the text gives for an organisation right after its name, with its kind:
    "X Authority (XA)", "X University (native name, XU)", "X Polytechnic (Abbreviation: XP)",
    "X Limited, abbreviated as X&Y" or "..., commonly known as XU"; or right before it
    ("XCO (X Corporación de Y)"); or that it names as one in the sentence that names the body
    ("…, better known by its initialism XB"). An acronym of five letters or more is spoken as
    a word and written so too ("CODELCO", "Codelco")."""
    out: dict[str, str] = {}
    for span in orgs:
        before = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].text == "(" else None
        if before is not None and _acronym_form(before.text) and before.text[:1] == span.text[:1]:
            out.setdefault(before.text, _org_type(span))
        i = span.end
        if i >= len(doc) - 1 or doc[i].text not in ("(", ","):
            continue
        for t in doc[i + 1 : i + 1 + _DEFINITION_WINDOW]:
            if t.text in (")", ".", ";"):
                break
            before = doc[t.i - 1]
            short = _acronym_form(t.text) or (before.text == "(" and _contracted(t, span))
            if short and t.text != span.text and (before.text in "(,:" or before.lower_ in _DEFINING):
                out.setdefault(t.text, _org_type(span))
                break
            if doc[i].text == "," and not (t.lower_ in _DEFINING or t.is_space):
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
    for acronym, kind in list(out.items()):
        if acronym.isupper() and acronym.isalpha() and len(acronym) >= _SPOKEN_ACRONYM:
            out.setdefault(acronym.title(), kind)
    return out


@functools.cache
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _names_no_organisation(token: Token) -> bool:
    """An acronym in brackets that the text gives for a common noun ("liquefied natural gas
    (LNG)") or for something that is no organisation ("(JSS) Scheme")."""
    doc, i = token.doc, token.i
    if not (0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and word(after) in load_lexicon("org_exclusions.tsv"):
        return True
    words = [t for t in doc[max(0, i - 1 - 2 * len(token.text)) : i - 1] if t.is_alpha and t.lower_ not in _OF_TAIL_INNER]
    initials = "".join(t.text[0] for t in words).upper()
    lower = [t for t in words[-len(token.text):] if t.is_lower]
    return initials.endswith(token.text) and len(lower) >= len(token.text) - 1


def _org_type(span: Span) -> str:
    """The kind of the main head: the last word when it is a head ("X Academy of Y Press"),
    else the last head before the first "of" ("Research Group of X University")."""
    if _cased(word(span[-1])) in _heads() or _is_head(span[-1]):
        return _head_kind(span, span[-1])
    if any(t.lower_ in _LEGAL_WORDS for t in span):
        return "company"
    of = next((t.i for t in span if t.lower_ in _TAIL_STARTS), span.end)
    head = next((t for t in reversed(span.doc[span.start : of]) if _cased(word(t)) in _heads()), None)
    return _head_kind(span, head) if head is not None else "other"


def _head_kind(span: Span, head: Token) -> str:
    """A two-word head ("Research Group") refines the one-word one ("Group")."""
    pair = f"{_cased(word(head.nbor(-1)))} {_cased(word(head))}" if head.i > span.start else ""
    return _heads().get(pair) or _heads()[_cased(word(head))]


def _char_span(prep: Prepared, span: Span) -> tuple[int, int]:
    """Original offsets, leaving out a citation marker glued to the last word."""
    last = span[-1]
    return prep.span_of((span.start_char, last.idx + len(word(last))))


@functools.cache
def _known_matcher(vocab: Vocab) -> PhraseMatcher:
    """`patterns/org_known.tsv` as written, and a multi-word name also in capitals."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for name in load_lexicon("org_known.tsv"):
        forms = {name, name.upper()} if " " in name else {name}
        matcher.add(name, [tokenizer(form) for form in forms])
    return matcher


def _known_spans(doc: Doc) -> dict[tuple[int, int], str]:
    """Organisations of the reference list, unless a plan or event name holds them
    ("WorldSkills Competition"), and national statistics offices named "Statistics" or
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
        if not (run_end > end and word(doc[run_end - 1]) in exclusions):
            found[(start, end)] = known[doc.vocab.strings[match_id]]
    return found


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
    ("paper enterprises Purmo and Sappi", "500 Companies, including X, Y and Z"): (start,
    end) -> org_type."""
    descriptors = load_lexicon("org_descriptors.tsv")
    found = {}
    for t in doc[:-1]:
        kind = descriptors.get(t.lower_) or descriptors.get(_singular(t.lower_))
        listed = _list_intro(doc, t.i + 1) if kind and t.lower_ not in descriptors else None
        if not kind or not (t.is_lower or t.text == "NGO" or listed) or t.pos_ not in ("NOUN", "PROPN") or (
            t.pos_ == "PROPN" and not listed
        ):
            continue
        start = listed or t.i + 1
        while start < len(doc):
            end = _capital_run_end(doc, start)
            run = doc[start:end]
            if not _apposed_name(run):
                break
            found[(run.start, run.end)] = kind
            if t.text in descriptors or end + 1 >= len(doc) or doc[end].text not in (",", "and", "&"):
                break
            start = end + 2 if doc[end].text == "," and doc[end + 1].lower_ in _CONNECTORS else end + 1
    return found


def _described_after(doc: Doc) -> dict[tuple[int, int], str]:
    """A capitalised name followed by an apposition whose head noun says what it is: "X, an
    industry information provider, says", "X, the national carrier,": (start, end) ->
    org_type. The noun outweighs the NER, which takes many a firm for a person."""
    descriptors = load_lexicon("org_descriptors.tsv")
    found = {}
    for t in doc[1:-2]:
        if t.text != "," or doc[t.i + 1].lower_ not in ("a", "an", "the"):
            continue
        noun = next((x for x in doc[t.i + 2 : t.i + 2 + _APPOSITION_WORDS] if x.pos_ == "NOUN"
                     and x.i + 1 < len(doc) and (doc[x.i + 1].text in ",.;)" or doc[x.i + 1].pos_ == "VERB"
                                                 or doc[x.i + 1].lower_ == "of" and x.lower_ in _PART_NOUNS)), None)
        kind = noun is not None and noun.is_lower and descriptors.get(noun.text)
        start = t.i
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        run = doc[start : t.i]
        if kind and _apposed_name(run) and not any(x.ent_type_ in ("GPE", "LOC", "NORP", "FAC") for x in run):
            found[(run.start, run.end)] = kind
            if noun.lower_ in _PART_NOUNS and (owner := _owner_after(doc, noun.i + 2)) is not None:
                found[(owner.start, owner.end)] = kind
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
    company of Algeria", "X was a South American trade bloc": (start, end) -> org_type.
    Firms go by bare names the parse may not even read as proper nouns."""
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
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == subject.i and _name_word(doc[start - 1]):
            start -= 1
        run = doc[start : subject.i + 1]
        if _apposed_name(run) and not any(x.ent_type_ == "NORP" for x in run):
            found[(run.start, run.end)] = kind
    return found




def _business_actors(doc: Doc) -> dict[tuple[int, int], str]:
    """A capitalised name that owns a firm's accounts or operations ("X's second-quarter
    revenue", "X's Australian workforce") or reports, sells or earns them ("X achieved a net
    profit", "X sold 1,059,713 units", "X plans to increase its production capacity") is a
    company: firms are named by brand alone, again and again, with no head noun. Not a
    person, a place, a country, a head or a generic word."""
    nouns = load_lexicon("org_business_nouns.tsv")
    found = {}
    for t in doc:
        if t.pos_ != "PROPN" or not _capitalised(t) or t.dep_ == "compound":
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i and _name_word(doc[start - 1]):
            start -= 1
        run = doc[start : t.i + 1]
        subject = _business_subject(t, nouns)
        if (subject or _business_owner(t, nouns)) and _actor_name(run, city_allowed=subject):
            found[(run.start, run.end)] = "company"
    return found


def _business_owner(t: Token, nouns: dict[str, str]) -> bool:
    doc = t.doc
    return t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s", "'", "’") and t.dep_ == "poss" and (
        t.head.lemma_.lower() in nouns
    )


def _business_subject(t: Token, nouns: dict[str, str]) -> bool:
    if t.dep_ != "nsubj":
        return False
    verb = t.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    verbs += [x for c in verb.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"]
    if not any(v.lemma_ in load_lexicon("org_business_verbs.tsv") for v in verbs):
        return False
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "attr")]
    return any(o.lemma_.lower() in nouns or any(x.lemma_.lower() in nouns for x in o.children if x.dep_ == "compound") for o in objects)


def _actor_name(run: Span, city_allowed: bool) -> bool:
    """Words that can name a firm: proper nouns, none a place's, a head or a generic word, on
    one line. The model's PERSON and GPE are no veto: it takes brands for surnames ("Maruti
    Suzuki") and unknown names for places, while people do not post profits and the places
    that do are in the gazetteers. A firm named after its city ("Toyota") is let through when
    it reports or sells (`city_allowed`): a city owns revenue, but does not sell units; a
    city in capitals is a dateline ("SEOUL, July 26 – X reported")."""
    generic = load_lexicon("org_generic_words.tsv")
    if any(x.ent_type_ in ("LOC", "NORP", "DATE") for x in run) or "\n" in run.text:
        return False
    names = (run.text, run.text.title())
    city = not run.text.isupper() and any(places.gazetteer().get(name, ("", ""))[1] == "city" for name in names)
    if any(name in gazetteer() or (name in places.gazetteer() and not (city and city_allowed)) for name in names):
        return False
    if run.text in _TITLES:
        return False
    return all(x.is_alpha and not _is_head(x) and word(x) not in generic and x.lower_ not in STOP_WORDS for x in run)


def _list_intro(doc: Doc, i: int) -> int | None:
    """Where the names start after a plural noun's list opener: ", including", "such as",
    "like", "notably" ("companies, including X, Y and Z")."""
    j = i + 1 if i < len(doc) and doc[i].text == "," else i
    for opener in _LIST_OPENERS:
        words = opener.split()
        if [t.lower_ for t in doc[j : j + len(words)]] == words:
            return j + len(words)
    return None


def _ner_names(doc: Doc) -> dict[tuple[int, int], str]:
    """A short name the NER takes for an organisation, written after a preposition that
    relates it to an action ("according to X", "owned by X", "a loan to X", "a stake in X"):
    firms go by bare names ("Prologis", "Rio Tinto"). Only proper nouns that are no generic
    word, head, place, acronym, plan or file name, nor a word of a person's name the text
    gives in full ("according to Mendes" after "Ana Mendes") or a portfolio after a title
    ("Secretary of Energy X Y"), and not a modifier of a noun
    after them ("experience of X training bases")."""
    generic = load_lexicon("org_generic_words.tsv")
    people = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    found = {}
    for e in doc.ents:
        before = doc[e.start - 1] if e.start else None
        if e.label_ != "ORG" or len(e) > 3 or before is None or before.lower_ not in _RELATING_PREPOSITIONS:
            continue
        if e.text in people or before.lower_ == "of" and e.start >= 2 and word(doc[e.start - 2]) in _TITLES:
            continue
        if e.root.dep_ == "compound" or e.end < len(doc) and doc[e.end].pos_ in ("NOUN", "PROPN"):
            continue
        if e.start >= 2 and doc[e.start - 2].lower_ in _PLACE_NOUNS:
            continue
        words = [t for t in e if t.text not in "&-"]
        if not words or any(t.pos_ != "PROPN" or t.is_upper or "." in t.text or word(t) in generic or _is_head(t) for t in words):
            continue
        if any(t.is_space or "\n" in t.text_with_ws for t in e[:-1]) or e.text in gazetteer() or e.text in places.gazetteer():
            continue
        if not _excluded(e):
            found[(e.start, e.end)] = "other"
    return found


def _partnership_spans(doc: Doc) -> dict[tuple[int, int], str]:
    """ "Siemens & Halske", "Kuehne + Nagel": two names joined by "&" that the NER takes for an
    organisation, or by "+" (which joins no people's names), are a firm named after its
    founders. Generic words, industries ("Wholesale & Retail", from the words of ISIC's
    titles), places and cited authors ("Smith & Jones, 2019") are not."""
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
        if names and not _cited(doc, right.i + 1):
            found[(left.i, right.i + 1)] = "company"
    return found


def _cited(doc: Doc, i: int) -> bool:
    """A year follows token `i - 1` as in a citation: ", 2019" or "(2019)"."""
    nxt = doc[i : i + 2]
    return len(nxt) == 2 and nxt[0].text in (",", "(") and nxt[1].like_num and len(nxt[1].text) == 4


def _singular(noun: str) -> str:
    """ "companies" -> "company", "firms" -> "firm", "businesses" -> "business"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if noun.endswith(("sses", "ches", "shes")) else noun[:-1] if noun.endswith("s") else noun


def _apposed_name(run: Span) -> bool:
    """A run of one to four capitalised words that is no date, title or excluded name and
    neither is nor ends in a country, province or city ("company Shanghai Electric Power
    Construction" is a firm named after its city); the descriptor outweighs the NER, which
    takes firms for places."""
    if not 0 < len(run) <= 4 or word(run[0]) in _TITLES:
        return False
    if any(x.ent_type_ in {"DATE", "TIME"} for x in run) or any(w in gazetteer() or w in places.gazetteer() for w in (run.text, word(run[-1]))):
        return False
    return not _excluded(run)


def _short_forms(doc: Doc, orgs: list[Span], kinds: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """ "Volvo" alone where the text has named "Volvo Group": the distinctive first word of a
    company's name, standing on its own, names the same company (companies go by their brand;
    a college or an alliance does not go by its first word). A word that is generic, a head,
    a country, a province or city, or a person's or place's name is no short form."""
    generic = load_lexicon("org_generic_words.tsv")
    short = {}
    for span in orgs:
        first = span[0]
        text = word(first)
        if (
            len(span) > 1 and first.is_alpha and first.pos_ == "PROPN" and text[:1].isupper() and not text.isupper() and len(text) > 2
            and text not in generic and not _is_head(first) and first.lower_ not in _LEGAL_WORDS | STOP_WORDS
            and text not in gazetteer() and text not in places.gazetteer() and text not in _TITLES
            and (kinds.get((span.start, span.end)) or _org_type(span)) == "company"
        ):
            short[text] = "company"
    covered = {t.i for s in orgs for t in s}
    return {
        (t.i, t.i + 1): short[word(t)]
        for t in doc
        if word(t) in short and t.i not in covered and t.ent_type_ not in ("GPE", "LOC", "FAC") and t.pos_ == "PROPN"
        and not _inside_longer_name(doc[t.i : t.i + 1])
    }


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
    ... "Office Depot's 33 facilities"): every other occurrence of a found name's words."""
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    kind_of = {}
    for span in orgs:
        if span.text not in kind_of:
            kind_of[span.text] = kinds.get((span.start, span.end)) or _org_type(span)
            matcher.add(span.text, [Doc(doc.vocab, words=[t.text for t in span])])
    covered = {t.i for s in orgs for t in s}
    return {
        (start, end): kind_of[doc.vocab.strings[match_id]]
        for match_id, start, end in matcher(doc)
        if not any(i in covered for i in range(start, end)) and not _inside_longer_name(doc[start:end])
    }


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


def extract(prep: Prepared) -> list[Mention]:
    """ORG mentions: names built around head nouns, names the text defines or relates to an
    action, known bodies, acronyms with their expansions, and every repetition of a name
    found once, each with its kind."""
    doc = prep.doc
    box = infobox.fields(prep.text)
    known = {**_infobox_spans(prep, box), **_known_spans(doc), **_prefixed_units(doc)}
    categories = infobox.kind_values(box)
    apposed = {
        **_business_actors(doc), **_ner_names(doc), **_described_after(doc), **_defined_names(doc),
        **_partnership_spans(doc), **_apposed_spans(doc),
    }
    line_starts = _line_starts(prep)
    orgs = _merge(_rule_spans(doc, line_starts) + [doc[a:b] for a, b in {**apposed, **known}])
    given = {**apposed, **known}
    given |= _short_forms(doc, orgs, given) | _bracketed_short_names(doc, orgs, given) | _acronym_place_names(doc, orgs, given)
    orgs = _merge(orgs + [doc[a:b] for a, b in given])
    given |= _repeats(doc, orgs, given)
    given |= _industry_tails(doc, _merge(orgs + [doc[a:b] for a, b in given]), given)
    orgs = _merge(orgs + [doc[a:b] for a, b in given])
    orgs = [s for s in orgs if not _no_name(prep, s, categories)]
    covered = {t.i for s in orgs for t in s}
    typed = [(s, given.get((s.start, s.end)) or _org_type(s)) for s in orgs]
    typed += [a for a in _acronyms(doc, orgs) if a[0].start not in covered]
    return [_mention(prep, _with_place(span, line_starts), kind) for span, kind in typed]


def _prefixed_units(doc: Doc) -> dict[tuple[int, int], str]:
    """A unit of an international body named by a prefix and its acronym, as the European
    Commission's directorates-general are ("DG EMPL"): the "org_ruler" label BODY_PREFIX."""
    return {(s.start, s.end): "international" for s in doc.spans.get("org_rules", []) if s.label_ == "BODY_PREFIX"}


def _no_name(prep: Prepared, span: Span, categories: list[tuple[int, int]]) -> bool:
    """Words that look like a name and are none: an organisation's organ named by its role
    ("Supervisory Board"), an infobox label ("Parent Organization:"), or the category an
    infobox gives ("Type: Regional Investment Bank")."""
    if span.text in load_lexicon("org_organs.tsv"):
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in (":", "\t") and span.text.lower() in _label_words():
        return True
    start, end = _char_span(prep, span)
    known = span.text in load_lexicon("org_known.tsv")
    return any(a < end and start < b for a, b in categories) or (not known and _field_label(prep.text, start, end))


_FIELD_LABEL = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?$")
_FIELD_VALUE = re.compile(r"[ \t]*:[ \t]*[$€£]?\d")


def _field_label(text: str, start: int, end: int) -> bool:
    """A list field's label: "- Dam Height Foundation: 31.8 m", "Plant Commission: 2016" —
    words opening a line before a colon and a figure name what the figure measures."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_FIELD_LABEL.match(text[line_start:start]) and _FIELD_VALUE.match(text, end))


@functools.cache
def _label_words() -> frozenset[str]:
    return frozenset(label.lower() for label in load_lexicon("infobox_labels.tsv"))


def _with_place(span: Span, line_starts: frozenset[int]) -> Span:
    """ "PIB Delhi", "Fraunhofer USA", "X Association Malaysia": a country's or city's name
    right after an organisation's, on its line and closing the phrase, names the
    organisation's office or branch there and belongs to its name. Before a noun ("the X
    Kenya office") or a figure it is no part of it."""
    doc, j = span.doc, span.end
    for end in (j + 3, j + 2, j + 1):
        if end > len(doc) or any(i in line_starts for i in range(j, end)) or not doc[j].is_alpha:
            continue
        entry = gazetteer().get(doc[j:end].text)
        if not (entry and entry.form == "name") and doc[j:end].text not in places.gazetteer():
            continue
        nxt = doc[end] if end < len(doc) else None
        closes = nxt is None or end in line_starts or nxt.is_space or nxt.is_stop or nxt.pos_ in ("VERB", "AUX")
        if closes or (nxt.is_punct and nxt.text not in "-/&"):
            return doc[span.start : end]
        return span
    return span


def _line_starts(prep: Prepared) -> frozenset[int]:
    """Tokens that begin a line of the original text, though the parse may read the break
    as a space."""
    doc = prep.doc
    return frozenset(
        t.i for t in doc[1:]
        if "\n" in prep.text[prep.span_of(doc[t.i - 1])[0] : prep.span_of(t)[0]] and not t.is_space
    )


def _mention(prep: Prepared, span: Span, kind: str) -> Mention:
    start, end = _char_span(prep, span)
    return Mention("ORG", start, end, {"name": " ".join(prep.text[start:end].split()), "org_type": kind})
