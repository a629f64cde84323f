"""How far a name reaches leftwards from its head: over capitalised name words, "X and Y"
pairs and possessive owners; and where a run of capitalised words ends. Rightwards, over
"of ..." tails and legal suffixes, is `tails.py`."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import places
from ..countries import gazetteer, word
from ..language import ENGLISH, foreign_stop_words, language_of, stop_words
from .words import (
    _ACRONYM, _NAME_PARTICLES, _CONNECTORS, _OPENING_ADVERBS, _DASHES, _DESCRIBING_PARTICIPLES, _FOREIGN_ARTICLES, _LEGAL_WORDS, _PORTFOLIO_HEADS,
    _OF_TAIL_INNER, _PLACE_OR_PERSON, _ROLE_ADJECTIVES, _TAIL_STARTS, _TITLES, _UNIT_HEADS, _capitalised,
    _glued, _head_first, _is_acronym, _is_head, _name_word,
)


_ABBREVIATED_NAME_WORDS = frozenset({"Govt", "Gov", "Natl", "Intl", "Univ"})
"""Name words abbreviated with a point, which the tokenizer splits off ("Govt. College of
Technology"): the point ends no sentence there, and the word opens the name."""


def _title_before_name(doc: Doc, start: int) -> bool:
    """A title, or a general's one ("Sekretaris Jenderal", "Director General"), stands before
    a name that says where it begins: a head written first ("Kementerian …") or a legal form
    written first ("Direktur PT …")."""
    opens = _head_first(doc[start]) or any(
        s.start == start and s.label_ == "LEGAL_PREFIX" for s in doc.spans.get("org_rules", [])
    )
    titled = word(doc[start - 1]) in _TITLES or (
        start >= 2 and doc[start - 1].text in _GENERAL and word(doc[start - 2]) in _TITLES
    )
    return opens and titled


_GENERAL = frozenset({"General", "Jenderal", "Jeneral"})


def _head_goes_on(doc: Doc, start: int, i: int, line_starts: frozenset[int]) -> bool:
    """Head `i` opening its line finishes a name broken over the line when it stands alone
    there or the line above ends with an adjective (`_ADJECTIVE_ENDING`: "Tartu Vocational /
    College continued");
    a line above that ends with a noun or a name ends a title, a caption or a name of its own."""
    if start != i:
        return False
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    alone = i + 1 == len(doc) or i + 1 in line_starts or doc[i + 1].is_space
    return alone or k >= 0 and doc[k].is_title and _ADJECTIVE_ENDING.search(doc[k].lower_) is not None


_ADJECTIVE_ENDING = re.compile(r"(?:al|ic|ed|ive|ary)$")
"""How an English adjective inside a name ends ("Vocational", "Normal", "Polytechnic", "Applied",
"Cooperative", "Secondary"), which the tagger may read as a proper noun."""


def _heading_in_capitals(prev: Token, first: Token) -> bool:
    """ "REPUBLIC OF SUDAN Ministry of Higher Education": a country written in capitals before a
    name in title case ends a heading; it names no part of the body."""
    return prev.is_upper and prev.is_alpha and len(prev) > 2 and prev.text.title() in gazetteer() and first.is_title


def _left_edge(doc: Doc, i: int, line_starts: frozenset[int], company: bool = False) -> int:
    """First token of the name that ends at token `i`.

    A name of two words or more that begins a line is whole: what ends the line above is
    something else (a title's last word, a figure in a table row), even where the parse joined
    the lines as one sentence. A head opening a line goes on when `_head_goes_on` ("Jinhua
    Vocational / College"), not after a line ending in a noun or a name ("… warns the Centre for
    Social Justice / Centre for Social Justice report finds …"). Before a
    legal suffix (`company`) a name the model reads as a person's is the firm's ("Jana Novak
    d.o.o"), and a Romance "of" joins its words ("Toyota do Brasil Ltda."). A saint's name goes
    on over its "of" ("St John of God Hospital"). A faculty opens its name ("Faculty of
    Education"): the capitalised words before it are a title's or a person's, but for a
    hyphened compound that names its kind ("Non-Degree Faculty of …")."""
    if doc[i].text == "Faculty" and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        compound = i >= 3 and doc[i - 2].text == "-" and _glued(doc[i - 3], doc[i - 2]) and _glued(doc[i - 2], doc[i - 1])
        return i - 3 if compound and _name_word(doc[i - 3]) and _name_word(doc[i - 1]) else i
    start = i
    while start > 0:
        prev = doc[start - 1]
        if not company and _person_before(prev) or _glossary_entry(prev, doc[start]) or (start in line_starts and not _head_goes_on(doc, start, i, line_starts)):
            break
        if prev.text in _ROLE_ADJECTIVES or prev.text in _FOREIGN_ARTICLES and (_head_first(doc[start]) or _is_head(doc[start])):
            break
        if _title_before_name(doc, start):
            break
        if prev.is_title and (prev.lower_ in _OPENING_PARTICLES or _foreign_function_word(prev)) or _headline_verb_before(doc, start):
            break
        if _infobox_label(doc, start - 1, line_starts) or _press_line_before(doc, start) or _heading_in_capitals(prev, doc[start]):
            break
        if _possessive_owner(doc, start):
            start -= 2
        elif quoted := _quoted_words_before(doc, start):
            start -= quoted
        elif _country_pair(doc, start):
            start -= 2
        elif back := _joined_country_name(doc, start):
            start -= back
        elif _state_form_before(doc, start):
            start -= 2
        elif _own_acronym_before(doc, start):
            start -= 3
        elif prev.text in ("Her", "His") and doc[start].text == "Majesty":
            start -= 1
        elif prev.text == "." and start >= 2 and doc[start - 2].text in _ABBREVIATED_NAME_WORDS and not doc[start - 2].whitespace_:
            start -= 2
        elif prev.lower_ == "of" and start >= 3 and doc[start - 3].text in _SAINTS and _name_word(doc[start - 2]):
            start -= 3
        elif _name_word(prev):
            start -= 1
        elif start >= 2 and (_joins_words(doc, start - 1) or _joint_dash(doc, start - 1)) and _name_word(doc[start - 2]):
            start -= 2
        elif company and start >= 2 and prev.lower_ in _COMPANY_PARTICLES and prev.is_lower and _capitalised(doc[start - 2]):
            start -= 2
        elif _hyphened_in_lower_case(doc, start):
            start -= 3
        elif (opened := _serial_comma_series(doc, start)) is not None:
            start = opened
        elif _comma_series(doc, start):
            start -= 2
        elif prev.lower_ in _CONNECTORS and start >= 2 and (_open_pair(doc, start) and (
            _pair_word(doc[start - 2]) or prev.text == "+" and _name_word(doc[start - 2])
        ) or _firm_of_partners(doc, start)):
            start -= 2
        else:
            break
    return start


_COMPANY_PARTICLES = frozenset({"do", "da", "de", "del", "du"})
"""A Romance "of" inside a firm's name before its legal suffix ("Toyota do Brasil Ltda.",
"Kestria de México S.A. de C.V.")."""


def _headline_verb_before(doc: Doc, start: int) -> bool:
    """ "BMW Opens New Training Centre": in a title-case headline a verb of
    `patterns/org_headline_verbs.tsv` between two capitalised words begins the name's object."""
    return (
        start >= 2 and doc[start - 1].is_title and doc[start - 1].lower_ in load_lexicon("org_headline_verbs.tsv")
        and _capitalised(doc[start - 2])
    )


def _own_acronym_before(doc: Doc, start: int) -> bool:
    """ "Kestria Motors (KM) Training Centre", "Volkswagen (VW) Academy": an acronym in brackets
    after the words it abbreviates (its letters in order, the first one theirs) is inside the
    name of the body those words own, when they hold no head noun; after a body's own name
    ("World Bank (WB) Board", "X Agency (XA) Country Office") a unit or organ follows."""
    if start < 4 or doc[start - 1].text != ")" or doc[start - 3].text != "(":
        return False
    acronym = doc[start - 2].text
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return False
    words = []
    for t in reversed(doc[max(0, start - 8) : start - 3]):
        if not _name_word(t):
            break
        words.insert(0, t)
    letters = iter("".join(t.text for t in words).lower())
    headless = not any(_is_head(t) for t in words)
    return bool(words) and headless and words[0].text[0] == acronym[0] and all(c in letters for c in acronym.lower())


def _hyphened_in_lower_case(doc: Doc, start: int) -> bool:
    """ "Co-operation", "Inter-governmental": a capitalised word glued by a hyphen to a
    lower-case one is one name word; "Tarnvik-based" says where the body is."""
    last = doc[start - 1] if start >= 3 else None
    if last is None or not (last.is_lower and last.is_alpha and doc[start - 2].text == "-") or last.lower_ in _DESCRIBING_PARTICIPLES:
        return False
    return not doc[start - 2].whitespace_ and not doc[start - 3].whitespace_ and _name_word(doc[start - 3])


def _foreign_function_word(token: Token) -> bool:
    """A function word of the text's language other than English, capitalised as a sentence's
    first word: Welsh "Mae" (is) before "Coleg Cambria" (inside a sentence it is a name's:
    "du Premier Lycée …"), or a capitalised article anywhere (Hungarian "Eger A Heves …")."""
    doc, i = token.doc, token.i
    if token.lower_ not in foreign_stop_words():
        return False
    opens = i == 0 or doc[i - 1].text in (".", "!", "?", ":", "“", '"') or "\n" in doc[i - 1].text_with_ws or len(token) <= 2
    if not opens:
        return False
    language = language_of(doc.text)
    return language != ENGLISH and token.lower_ in stop_words(language)


_OPENING_PARTICLES = frozenset({
    "as", "at", "by", "from", "if", "in", "on", "since", "to", "when", "while", "with", "na", "w", "we", "dla",
    "das", "der", "die", "dem", "den",
}) | _OPENING_ADVERBS
"""Words that open a sentence or a quote in capitals and no name: "As Tembo University, we …",
"Now Embassy of Japan is …", "Meanwhile Kestrel College …", Polish "Na Uniwersytecie …",
German "Das Springfield Centre …"."""


def _comma_series(doc: Doc, start: int) -> bool:
    """ "Manpower, Employment and Training Bureau", "Health, Labour and Welfare Ministry": a
    word and a comma before a pair joined by "and" that opens the name, one of them a generic
    word, or before a ministry's head, are the first of its series, after "the", an owner's
    "'s" or a preposition. A name opening the sentence before the comma ("X, Employment and
    Training Bureau officials") or two of them ("Siemens, Bosch") stay apart."""
    if start < 2 or doc[start - 1].text != "," or start + 2 >= len(doc) or doc[start + 1].lower_ != "and":
        return False
    generic = load_lexicon("org_generic_words.tsv")
    first = doc[start - 2]
    alone = start >= 3 and _opens_series(doc[start - 3])
    portfolio = any(t.text in _PORTFOLIO_HEADS for t in doc[start : start + _SERIES_REACH])
    fields = word(doc[start]) in generic or word(first) in generic or portfolio
    return fields and _name_word(first) and alone and not _is_head(first) and first.ent_type_ not in _PLACE_OR_PERSON


_SERIES_REACH = 6


def _serial_comma_series(doc: Doc, start: int) -> int | None:
    """ "Education, Culture, Research, and Technology Ministry": one-word fields joined by
    commas and a closing ", and" before a ministry's or department's head open its name, after
    "the", an owner's "'s" or a preposition; where the series starts, else None."""
    if start < 5 or doc[start - 1].lower_ != "and" or doc[start - 2].text != ",":
        return None
    if not any(t.text in _PORTFOLIO_HEADS for t in doc[start : start + _SERIES_REACH]):
        return None
    i = start - 3
    while i >= 2 and doc[i - 1].text == "," and _series_word(doc[i - 2]):
        i -= 2
    return i if i < start - 3 and _series_word(doc[i]) and i >= 1 and _opens_series(doc[i - 1]) else None


def _opens_series(token: Token) -> bool:
    """What may stand before a name that opens with a series of fields: "the", an owner's
    "'s" or a preposition."""
    return token.lower_ in ("the", "'s", "’s") or token.pos_ == "ADP"


def _series_word(token: Token) -> bool:
    return _name_word(token) and not _is_head(token) and token.ent_type_ not in _PLACE_OR_PERSON


_QUOTED_WORDS = 6


def _quoted_words_before(doc: Doc, start: int) -> int:
    """How many tokens a quoted run of capitalised words right before `start` takes, after
    a name word: 'X Provincial "Belt and Road" Vocational Education Alliance' is one name. The
    quote before `start` must close that run, glued to its last word: '"X College" and "Y
    College"' are two names.
    """
    if start < 3 or not doc[start - 1].is_quote or doc[start - 2].whitespace_:
        return 0
    for i in range(start - 2, max(0, start - 2 - _QUOTED_WORDS), -1):
        if doc[i].is_quote:
            inside = doc[i + 1 : start - 1]
            words = any(_name_word(t) for t in inside) and all(_name_word(t) or t.lower_ in _CONNECTORS for t in inside)
            return start - i if words and i > 0 and _name_word(doc[i - 1]) else 0
    return 0


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


_STATE_FORMS = {"Republic", "Kingdom", "Federation", "Sultanate", "Emirate", "State", "Commonwealth", "Principality"}


def _state_form_before(doc: Doc, start: int) -> bool:
    """ "Republic of Turkey Ministry of National Education": a country's name at token
    `start`, after the state form of its official name, opens the name with that form."""
    return (
        start >= 2 and doc[start - 1].text == "of" and doc[start - 2].text in _STATE_FORMS
        and any(doc[start : start + n].text in gazetteer() for n in (1, 2, 3))
    )


def _press_line_before(doc: Doc, start: int) -> bool:
    """ "For Immediate Release Citigroup Inc.": a press release's opening line ends before the
    name it runs into."""
    return start >= 2 and doc[start - 1].lower_ == "release" and doc[start - 2].lower_ == "immediate"


def _infobox_label(doc: Doc, last: int, line_starts: frozenset[int]) -> bool:
    """Token `last` ends an infobox field label that opens its line ("Parent", "Key people"),
    in a text with two such lines or more: one line alone is no infobox ("Industry Training
    Authority" as a report's first line)."""
    return last in _label_ends(doc, line_starts) and len(_label_ends(doc, line_starts)) >= _INFOBOX_LINES


_INFOBOX_LINES = 2


@functools.lru_cache(maxsize=4)
def _label_ends(doc: Doc, line_starts: frozenset[int]) -> frozenset[int]:
    labels = load_lexicon("infobox_labels.tsv")
    return frozenset(
        first + width - 1 for first in {0, *line_starts} for width in (1, 2)
        if first + width <= len(doc) and doc[first : first + width].text in labels
    )


def _glossary_entry(acronym: Token, first: Token) -> bool:
    """ "ATC Arusha Technical College", "BoFED Bureau of Finance": in a list of abbreviations
    an acronym is followed by its expansion, which is a name of its own: its first two
    capitals open its first two words, or an "of"/"for"/"de" tail follows ("BOT Bank of
    Tanzania"); "CITIC Consortium" and "HD Hyundai Group" are one name each."""
    if not _ACRONYM.match(acronym.text) or first.is_upper or first.text[:1] != acronym.text[:1]:
        return False
    capitals = [c for c in acronym.text if c.isupper()][:2]
    doc = first.doc
    run = doc[first.i : first.i + 4]
    initials = [t.text[0] for t in run if t.text[:1].isupper() and t.is_alpha][:2]
    return initials == capitals or any(t.lower_ in _TAIL_STARTS for t in run[1:4])


_SAINTS = frozenset({"St.", "St", "Saint", "Ste.", "Ste", "Sainte"})


def _possessive_owner(doc: Doc, start: int) -> bool:
    """ "Young People's Learning Agency", "Women's University", "Teachers' Union": a
    capitalised owner's possessive (a plural's bare apostrophe too) is part of the name, unless the owner is an organisation itself ("the World
    Bank Group's Board"), a country ("Kenya's Training Authority" is Kenya's authority) or a
    person. An organisation known by its acronym or by name owns its units named by a head,
    though: "XO's Institute" names the unit by its parent, while a unit with a name of its
    own stands alone ("XB's South Asia Department", "XU's Bureau of Planning"). A saint's
    name ("St. Mary's College") is the name's own, whatever else the saint's name is."""
    if start < 2:
        return False
    owner, mark = doc[start - 2], doc[start - 1]
    plural = mark.text in ("'", "\u2019") and owner.text.endswith("s") and not owner.whitespace_
    if not (mark.lower_ in ("'s", "\u2019s") or plural):
        return False
    if start >= 3 and doc[start - 3].text in _SAINTS and _capitalised(owner):
        return True
    if (_is_acronym(owner) or word(owner) in load_lexicon("org_known.tsv")) and _unit_follows(doc, start):
        return _is_head(doc[start]) and not (start + 1 < len(doc) and doc[start + 1].lower_ in _TAIL_STARTS)
    if _is_head(owner) or _is_acronym(owner) or word(owner) in load_lexicon("org_known.tsv"):
        return False
    if _headed_tail(doc, start - 2) and _headed_name_after(doc, start) or _own_name_after(doc, start):
        return False
    return _name_word(owner) and not _place_ending(doc, start - 1) and owner.ent_type_ != "PERSON"


_OWN_NAME_WORDS = 3


def _own_name_after(doc: Doc, start: int) -> bool:
    """ "Kestria's Princess Mary Care Centre": three name words or more before the head after
    a possessive give the unit a name of its own, and the owner stands apart ("Young People's
    Learning Agency" names its owners)."""
    k = start
    while k < len(doc) and _name_word(doc[k]) and not _is_head(doc[k]):
        k += 1
    return k - start >= _OWN_NAME_WORDS and k < len(doc) and _is_head(doc[k])


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


def _joint_dash(doc: Doc, i: int) -> bool:
    """ "Guangdong Technion – Israel Institute of Technology", "X University – ParisTech Elite
    Institute": a spaced en dash after a name of its own (a head, or a proper noun that is no
    place, person or field word) joins the two names of a joint body. Not after a dateline's
    place (one word opening its line), a byline or a place the sentence puts something "in"
    ("two colleges in Tembo – Tembo College and …"), nor before words in capitals; a hyphen
    between spaces parts a heading's or a table label's pieces ("X Commission - Press release")."""
    tok, before = doc[i], doc[i - 1]
    spaced = tok.text == "\u2013" and bool(tok.whitespace_) and bool(before.whitespace_) and "\n" not in before.whitespace_
    if not spaced or before.ent_type_ in ("PERSON", "DATE") or i + 1 < len(doc) and doc[i + 1].is_upper:
        return False
    k = i - 1
    while k > 0 and _name_word(doc[k - 1]):
        k -= 1
    placed = k > 0 and doc[k - 1].lower_ == "in"
    dateline = k == i - 1 and (k == 0 or "\n" in doc[k - 1].text_with_ws)
    own = before.pos_ == "PROPN" and word(before) not in load_lexicon("org_generic_words.tsv") and word(before) not in gazetteer()
    return not (placed or dateline) and (_is_head(before) or own and word(before) not in places.gazetteer() and not before.is_upper)


def _joins_words(doc: Doc, i: int) -> bool:
    """Token `i` only joins two words of one name: a glued hyphen, a glued slash between two
    acronyms ("HEART/NSTA Trust", two bodies merged under both their names) or two countries
    ("Guyana/China Joint Commission", a body of both) or a run of
    blanks, but not the tab after a line's first word, which ends a label cell
    ("Alliance<TAB>X Alliance")."""
    tok = doc[i]
    if tok.text in ("-", "\u2013"):
        return _glued(doc[i - 1], tok) and _glued(tok, doc[i + 1])
    if tok.text == "/":
        pair = _is_acronym(doc[i - 1]) and _is_acronym(doc[i + 1]) or word(doc[i - 1]) in gazetteer() and word(doc[i + 1]) in gazetteer()
        return _glued(doc[i - 1], tok) and _glued(tok, doc[i + 1]) and pair
    before = doc[i - 1]
    label_cell = "\t" in tok.text and (before.i == 0 or doc.text[before.idx - 1] == "\n")
    return tok.is_space and "\n" not in tok.text and not label_cell


def _open_pair(doc: Doc, start: int) -> bool:
    """ "Vocational and Technical College": the words before "and" are not a finished name.

    A head right of "and" starts a new organisation ("... and Ministry of Labour"), and so
    does a place's name after a word that is none ("X and Nairobi University": a body named
    after its city is whole, while "Waterford and Wexford Board" names two places);
    so does a specific word there when the run left of "and" (through "of" tails and earlier
    "and"s) already holds a head ("X Institute of Technology and Y University", "Ministry of
    Education and Higher Education and Y Institute"). Generic words on both sides pair.
    """
    if _is_head(doc[start]) or _place_starts(doc, start) and not _place_ending(doc, start - 1):
        return False
    if word(doc[start]) in load_lexicon("org_generic_words.tsv"):
        return True
    i = start - 2
    while i >= 0 and (_name_word(doc[i]) or doc[i].lower_ in _TAIL_STARTS or doc[i].lower_ in _CONNECTORS):
        if _is_head(doc[i]):
            return False
        i -= 1
    return True


_PARTNERS = {"Company", "Co.", "Sons"}


def _firm_of_partners(doc: Doc, start: int) -> bool:
    """ "Fisher and Company Inc.", "Mason & Sons": a firm named after its founder and his
    partners or sons is one name, though "Company" is a head."""
    after = doc[start + 1] if start + 1 < len(doc) else None
    closes = after is None or not _name_word(after) or after.lower_ in _LEGAL_WORDS
    return (doc[start].text in _PARTNERS and doc[start - 1].lower_ in ("and", "&") and _name_word(doc[start - 2])
            and closes and not (start >= 3 and doc[start - 3].lower_ in _TAIL_STARTS))


def _place_starts(doc: Doc, start: int) -> bool:
    """A city's or country's name of up to three words begins at token `start`."""
    return any(
        doc[start : start + k].text in gazetteer() or doc[start : start + k].text in places.gazetteer()
        for k in (1, 2, 3) if start + k <= len(doc)
    )


def _pair_word(token: Token) -> bool:
    """The left half of "Vocational and Technical" or "Lake and River": not a name of its own.

    A place, a person, a country, a finished name ("X Ltd. and Y Ltd.") or an acronym that is
    no field of study ("TAU and Y University", not a heading in capitals) stays apart.
    """
    if not token.is_alpha or _is_head(token) or token.lower_ in _LEGAL_WORDS or word(token) in gazetteer():
        return False
    generic = word(token) in load_lexicon("org_generic_words.tsv")
    acronym = _is_acronym(token) and not (token.i + 2 < len(token.doc) and token.doc[token.i + 2].is_upper)
    return generic or (_name_word(token) and not acronym and token.ent_type_ not in _PLACE_OR_PERSON)


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


def _headed_name_after(doc: Doc, j: int) -> bool:
    """A name with a head of its own starts at token `j`: after a possessive it is a second
    body, the owner's unit ("Department of Transportation's Bureau of Statistics")."""
    k = j
    while k < len(doc) and k - j < _OWNER_REACH and _name_word(doc[k]):
        if _is_head(doc[k]):
            return _names_by_itself(doc, j, k)
        k += 1
    return False


def _capital_run_end(doc: Doc, end: int, particles: bool = False) -> int:
    """Where the capitalised run that continues past `end` stops; a hyphen joining two of
    its words ("North-West") keeps it going, and with `particles` so do lower-case particles
    between two of them ("Agua de la Falda"), where nothing else marks the name's end."""
    while end < len(doc):
        if _name_word(doc[end]) or doc[end].text in ("-", "\u2013") and end + 1 < len(doc) and end > 0 and _glued(doc[end - 1], doc[end]) \
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


def _names_by_itself(doc: Doc, start: int, head: int) -> bool:
    """Words `start`..`head` name a body without their owner: a word that is neither generic
    nor a head, or an "of"/"for" tail after the head ("Bureau of Statistics"); a unit of
    generic words ("Vocational Education Department") is named by its owner."""
    generic = load_lexicon("org_generic_words.tsv")
    tail = head + 1 < len(doc) and doc[head + 1].lower_ in _TAIL_STARTS
    return tail or any(_capitalised(t) and word(t) not in generic and not _is_head(t) for t in doc[start:head])

