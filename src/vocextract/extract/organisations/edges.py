"""How far a name reaches from its head: leftwards over capitalised name words, "X and Y"
pairs and possessive owners, rightwards over "of ..." tails and legal suffixes."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import places
from ..countries import gazetteer, word
from .words import (
    _ACRONYM, _ARTICLES, _NAME_PARTICLES, _CONNECTORS, _DASHES, _DESCRIBING_PARTICIPLES, _FOREIGN_ARTICLES,
    _FOREIGN_TAILS, _LEGAL_WORDS, _OF_TAIL_INNER, _PLACE_OR_PERSON, _ROLE_ADJECTIVES, _TAIL_STARTS,
    _TITLES, _UNIT_HEADS, _capitalised, _glued, _head_first, _is_acronym, _is_head, _name_word,
)


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
    """Part of a person's name that only precedes the organisation ("Li Wei Faculty of Law");
    a "person" the parser read with a legal suffix ("John Holland Limited") is the company."""
    generic = load_lexicon("org_generic_words.tsv")
    name = _entity_of(token)
    return name is not None and name.label_ == "PERSON" and not any(
        word(t) in generic or _is_head(t) or t.lower_ in _LEGAL_WORDS for t in name
    )


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
        if end > i and _person_starts(doc, j):
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


def _person_starts(doc: Doc, j: int) -> bool:
    """A person's name of two words or more begins at token `j` (the NER says so): a tail
    that has its noun ends before it ("Directorate of Technical Education Anna Kask, ...")."""
    if doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B" or j + 1 >= len(doc):
        return False
    generic = load_lexicon("org_generic_words.tsv")
    pair = doc[j : j + 2]
    return pair[1].ent_type_ == "PERSON" and pair[1].ent_iob_ == "I" and not any(word(t) in generic or _is_head(t) for t in pair)


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


def _capital_run_end(doc: Doc, end: int, particles: bool = False) -> int:
    """Where the capitalised run that continues past `end` stops; a hyphen joining two of
    its words ("North-West") keeps it going, and with `particles` so do lower-case particles
    between two of them ("Agua de la Falda"), where nothing else marks the name's end."""
    while end < len(doc):
        if _name_word(doc[end]) or doc[end].text == "-" and end + 1 < len(doc) and end > 0 and _glued(doc[end - 1], doc[end]) \
                and _glued(doc[end], doc[end + 1]) and _name_word(doc[end + 1]) and _name_word(doc[end - 1]):
            end += 1
            continue
        after = end
        while particles and after < len(doc) and doc[after].text in _NAME_PARTICLES:
            after += 1
        if after == end or end == 0 or not _name_word(doc[end - 1]) or after == len(doc) or not _name_word(doc[after]):
            return end
        end = after
    return end
