"""Names built around a head noun or a legal suffix, kept when they name someone in
particular and are no plan or event; overlapping spans merged; each name's kind."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ...patterns import load_lexicon
from .. import places
from ..countries import gazetteer, word
from ..language import ENGLISH, language_of
from .edges import _STATE_FORMS, _capital_run_end, _left_edge
from .tails import _headline_verb, _right_edge
from .words import (
    _FORMS_BEFORE_QUOTES, _LEGAL_WORDS, _NATIONAL, _OF_TAIL_INNER, _OPENING_QUOTES, _PORTFOLIO_HEADS, _QUOTES_AND_BRACKETS, _SOLE_ORGANS,
    _RANKS, _TAIL_STARTS, _TITLES, _capitalised, _glued, _heads, _is_head, _name_word, _spelled_by,
)


_SITTINGS = frozenset({"Congress", "Assembly", "Conference", "Session", "Plenum", "Plenary"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _numbered_sitting(span: Span) -> bool:
    """ "the 18th CPC National Congress", "the 75th General Assembly": a congress or an
    assembly counted by an ordinal is one of its sittings, an event, not the body (the "14th
    National Committee of the … Conference" is a body's term)."""
    doc = span.doc
    return span[-1].text in _SITTINGS and span.start > 0 and not any(t.lower_ in _TAIL_STARTS for t in span) and (
        _ORDINAL.fullmatch(doc[span.start - 1].text) is not None or doc[span.start - 1].ent_type_ == "ORDINAL"
    )


def _excluded(span: Span) -> bool:
    """A plan, event, journal...: the run of capitals holding the span ends in such a noun,
    unless its last two words are a head of their own ("Colleges System"). An occupation
    ends a run past the name ("Personal Service Workers"), not the name's own tail
    ("Federation of Building Workers").

    A head before an "of" tail names the organisation when the tail ends in an event noun
    ("Organisation of the Islamic Conference" is no conference); a plan or programme there
    still vetoes ("Ministry of Education Scholarship Program"). A title in capitals ends as
    one in title case does ("X ANNUAL SERVICE PLAN REPORT")."""
    exclusions = _exclusions_in_any_case()
    doc = span.doc
    if len(span) > 1 and f"{word(span[-2])} {word(span[-1])}" in _heads():
        return False
    if _numbered_sitting(span):
        return True
    if _named_with_its_kind(span, exclusions):
        return True
    run_end = _capital_run_end(doc, span.end)
    if run_end > span.end and not _headline_verb(doc, span.end):
        return word(doc[run_end - 1]) in exclusions
    of = next((t.i for t in span if t.lower_ in _TAIL_STARTS), None)
    if of is not None and any(_is_head(t) for t in doc[span.start : of]) and exclusions.get(word(span[-1])) == "event":
        return word(span[0]) in exclusions
    leads = len(span) == 1 or span[1].lower_ in _TAIL_STARTS | {"on", "to"}
    if _institutional_fund(span) or of is not None and _listed_portfolio(span, of, exclusions):
        return False
    last_two = f"{word(span[-2])} {word(span[-1])}" if len(span) > 1 else ""
    ends = exclusions.get(word(span[-1]), "occupation") != "occupation" or last_two in exclusions
    return ends or (word(span[0]) in exclusions and leads)


_PORTFOLIO_WORDS = 2


def _listed_portfolio(span: Span, of: int, exclusions: dict[str, str]) -> bool:
    """ "Ministry of Planning, Development and Special Initiatives", "Secretariat of State for
    Training and Employment Policy": a plan's noun closing the last of the fields a head's
    tail lists, in a word or two after "and", is one more portfolio of the body when it is a
    policy or in the plural, not a plan ("Ministry of Education Scholarship Program" lists
    none; "X University of Science and Technology Program" is a programme)."""
    doc = span.doc
    last = word(span[-1])
    if exclusions.get(last) != "plan" or not (last.endswith("s") or last.startswith("Polic")):
        return False
    if not any(_is_head(t) for t in doc[span.start : of]):
        return False
    joint = max((t.i for t in doc[of : span.end] if t.lower_ in ("and", "&")), default=None)
    return joint is not None and 1 <= span.end - joint - 1 <= _PORTFOLIO_WORDS


@functools.cache
def _exclusions_in_any_case() -> dict[str, str]:
    exclusions = load_lexicon("org_exclusions.tsv")
    return {**{term.upper(): kind for term, kind in exclusions.items()}, **exclusions}


def _named_with_its_kind(span: Span, exclusions: dict[str, str]) -> bool:
    """ "… Education Information Network (EBA) platform", "… Skills Facility (KSF) programme": a
    name given its acronym and then, in lower case, the kind of thing it is, a plan or a
    platform; not a verb ("(TVTC) plans to establish")."""
    doc, end = span.doc, span.end
    if end + 3 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not doc[end + 3].is_lower:
        return False
    kind = doc[end + 3]
    verb = kind.pos_ not in ("NOUN", "PROPN") or end + 4 < len(doc) and doc[end + 4].lower_ == "to"
    return not verb and exclusions.get(kind.text.capitalize()) in ("plan", "platform")


def _institutional_fund(span: Span) -> bool:
    """ "Nordic Development Fund", "Social Fund for Development": a fund that is an
    institution (`patterns/org_institutional_funds.tsv`), not a funding programme. The kind
    is the word right before "Fund" or one of its tail: "Targeted Training and
    Apprenticeships Fund" is an apprenticeships fund, a programme."""
    kinds = load_lexicon("org_institutional_funds.tsv")
    return any(
        word(t) in ("Fund", "Funds") and (t.i > span.start and word(t.nbor(-1)) in kinds or any(word(u) in kinds for u in span[t.i - span.start + 1 :]))
        for t in span
    )


def _in_excluded_name(token: Token) -> bool:
    """An acronym inside a plan or event name ("Nordic-OECD Exchange Week") is no mention."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and (_name_word(doc[i]) or (doc[i].text == "-" and _glued(doc[i - 1], doc[i]))):
        i += 1
    return i > token.i + 1 and _excluded(doc[token.i : i])


def _specific(span: Span) -> bool:
    """Names someone in particular: a word that is neither generic nor a head, an "of"/"for"
    tail, a number ("Vocational School number 5"), an acronym given for it in parentheses
    ("Skills Development Authority (SDA)"), or
    a country that owns it ("Kenya's Training Authority"), but not a field's acronym before a
    school's head alone ("TVET College", `patterns/org_field_acronyms.tsv`) nor a number word
    counting heads ("One Centre has been upgraded"). A national body is one of a kind
    ("National Skills Development Council", "the National Assembly", "the National Party"), as is one whose
    initials the text writes (`_initials_written`) or a town after it (`_town_after`), and so is a
    legislature named without an article ("working with Congress", "approved by Parliament")
    and a government's ministry or department named by its portfolio ("the Industry
    Ministry", "the Energy Department"): a government has one for each."""
    place = next((t.i for t in span if t.text == "in"), None)
    if place is not None and place > span.start:
        return _specific(span.doc[span.start : place])
    generic = load_lexicon("org_generic_words.tsv")
    words = [_cased(word(t)) for t in span if t.is_alpha or "-" in t.text or t.text.isupper() or _NAME_WITH_APOSTROPHE.fullmatch(t.text)]
    if any(t.lower_ in _TAIL_STARTS for t in span) or _acronym_follows(span) or _country_owned(span) or span[-1].is_digit:
        return True
    if words and words[0] in _NATIONAL and (len(words) > 2 or words[-1] in _SOLE_ORGANS | {"Assembly", "Party"}):
        return True
    if _bare_legislature(span) or _long_definite(span, words) or _portfolio(span) or _initials_written(span, words):
        return True
    if _town_after(span):
        return True
    if len(words) == 2 and span[0].text in load_lexicon("org_field_acronyms.tsv") and words[1] in _SCHOOL_HEADS:
        return False
    counted = span[0].like_num and span[0].is_alpha and span[0].pos_ == "NUM"
    return any(w[:1].isupper() and w not in generic and w not in _heads() for w in words[counted:])


_SCHOOL_HEADS = frozenset({"College", "School", "Centre", "Center"})


def _town_after(span: Span) -> bool:
    """ "The Polytechnic, Ibadan", "Technical College, Kumasi", "Poly Ibadan": a generic name
    followed by a town's name, after a comma or right after its head, is that town's one body
    (`_with_place` then takes the town in), unless the town goes on into a name or a list."""
    doc, end = span.doc, span.end
    at = end + 1 if end < len(doc) and doc[end].text == "," else end
    if at >= len(doc) or not _is_head(span[-1]) or not places.is_town(doc[at]) or doc[at].text in gazetteer():
        return False
    after = doc[at + 1] if at + 1 < len(doc) else None
    return after is None or not (after.is_title or after.is_upper or after.text == "," or after.lower_ in ("and", "or"))


def _initials_written(span: Span, words: list[str]) -> bool:
    """A name whose initials the text writes as a word of capitals elsewhere ("Industry
    Training Authority" on a report whose running title reads "ITA ANNUAL REPORT"): its
    acronym, so one body however generic its words."""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(initials) >= _LONG_NAME and initials in _capital_words(span.doc) and not _written_in_plural(span.doc, initials)


def _written_in_plural(doc: Doc, acronym: str) -> bool:
    """ "60 VTCs", "60 VTC's": an acronym counted names a kind of institution; a possessive
    ("TVTC’s target") is no plural."""
    acronym = re.escape(acronym)
    return re.search(rf"\b{acronym}s\b|\d[ \t]+{acronym}['’]s\b", doc.text) is not None


@functools.lru_cache(maxsize=4)
def _capital_words(doc: Doc) -> frozenset[str]:
    return frozenset(t.text for t in doc if t.is_upper and t.is_alpha)


_LONG_NAME = 3
_NAME_WITH_APOSTROPHE = re.compile(r"[A-Z][a-z]+['’][a-z]+")
"""A place's name spelled with an apostrophe between syllables: "Yan'an", "Xi'an"."""


def _portfolio(span: Span) -> bool:
    """A ministry, department or bureau after a capitalised noun naming its portfolio: "Public
    Education Ministry", "the Development Bureau", not "Federal Ministry" nor the "Training
    Department of" a body."""
    *before, last = span
    if last.text not in _PORTFOLIO_HEADS or span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
        return False
    return any(t.pos_ in ("NOUN", "PROPN") and _capitalised(t) and not _is_head(t) and t.text not in _RANKS for t in before)


def _long_definite(span: Span, words: list[str]) -> bool:
    """A name of three capitalised words or more after "the" names one body however generic
    its words ("the Public Service Commission", "the Technical Education and Skills
    Development Authority"), as does one of two words or more after "The" written inside a
    sentence; a short one,
    or one after "a", describes a kind ("a Higher Vocational College")."""
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= _LONG_NAME and span.start > 0 and span.doc[span.start - 1].lower_ == "the" or (
        len(capitalised) > 1 and _titled_article(span)
    )


def _titled_article(span: Span) -> bool:
    """ "operated by The Open University": an article written with a capital after a word in
    lower case on its line is part of a proper name, however generic the words after it."""
    doc, i = span.doc, span.start - 1
    return i > 0 and doc[i].text == "The" and doc[i - 1].is_lower and doc[i - 1].is_alpha and "\n" not in doc[i - 1].whitespace_


def _bare_legislature(span: Span) -> bool:
    """ "Congress", "Parliament", "Cabinet" or "Treasury" alone, capitalised, with no
    determiner but "the" before it: a proper name in English ("advise the Senate", "approved
    by Cabinet"); but "Member of Parliament" is an office, "its Parliament" any country's, and
    one before a capitalised word is part of a title or a trade ("Cabinet Secretary",
    "Cabinet Making")."""
    doc = span.doc
    if len(span) != 1 or span[0].text not in _SOLE_ORGANS:
        return False
    if span.end < len(doc) and doc[span.end].is_alpha and doc[span.end].is_title:
        return False
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ("member", "members"):
        return False
    return span.start == 0 or doc[span.start - 1].lower_ == "the" or doc[span.start - 1].pos_ not in ("DET", "PRON")


def _cased(text: str) -> str:
    """A word of an all-capital heading as it would be written in a sentence ("MINISTRY" -> "Ministry")."""
    return text.title() if text.isupper() and len(text) > 3 else text


def _country_owned(span: Span) -> bool:
    """ "Kenya's Training Authority": a country's possessive makes a generic name specific."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ in ("'s", "\u2019s") and word(doc[start - 2]) in gazetteer()


def _acronym_follows(span: Span) -> bool:
    """An acronym given for the span in brackets, which the text never writes in the plural
    (`_written_in_plural`): "60 VTCs" after "a Vocational Training Center (VTC)" shows a kind
    of institution, not a body."""
    doc, end = span.doc, span.end
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper):
        return False
    return not _written_in_plural(doc, doc[end + 1].text)


def _closes_bracket(doc: Doc, start: int, end: int) -> bool:
    """The span's last token closes a bracket it opened: "PT X (Persero)" keeps its ")"."""
    return doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1])


def _trim(span: Span) -> Span:
    """The name without a leading article, quote or bracket, a person before it, a closing
    punctuation mark, a country's code glued to a currency sign after it ("Government of X
    US$ 30 million"), or an officer's ranks after it."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ == "the" or span.doc[start].text in _QUOTES_AND_BRACKETS):
        start += 1
    start = _past_person(span.doc, start, end)
    if end - start > 1 and _DOLLAR_SIGN.fullmatch(span.doc[end - 1].text):
        end -= 1
    while end > start and span.doc[end - 1].is_punct and span.doc[end - 1].text != "." and not _closes_bracket(span.doc, start, end):
        end -= 1
    return span.doc[start:_before_a_rank(span.doc, start, end)]


_DOLLAR_SIGN = re.compile(r"[A-Z]{1,3}\$")


def _before_a_rank(doc: Doc, start: int, end: int) -> int:
    """ "Ministry of Labour Deputy Secretary Jane Obi": the ranks of an office whose title
    follows the name (`patterns/org_office_ranks.tsv`) belong to the officer, not the body,
    and so does the "and" before them ("… Committee and Vice President of X")."""
    ranks = load_lexicon("org_office_ranks.tsv")
    k = end
    while k > start + 1 and doc[k - 1].text in ranks:
        k -= 1
    if k == end or end >= len(doc) or word(doc[end]) not in _TITLES:
        return end
    while k > start + 1 and (doc[k - 1].lower_ in _OF_TAIL_INNER or doc[k - 1].is_punct):
        k -= 1
    return k


_HONORIFICS = {"Prof", "Prof.", "Professor", "Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Assoc."}


_STAFF_ROLES = frozenset({"Officer", "Manager", "Coordinator", "Co-ordinator", "Specialist", "Adviser", "Advisor", "Consultant", "Analyst"})
"""The last word of a staff member's job title ("Program Officer", "Country Manager"): it
ends no body's name, so the name starts after it."""


def _past_person(doc: Doc, start: int, end: int) -> int:
    """A signatory named before the body in a list ("Prof. Ann Obi-Qorvel University", "Vice
    Chancellor Qorvel University"): the name starts after the last hyphen joining the
    person's name to the body's, or after the office (`patterns/org_offices.tsv`), or after a
    staff member's role that follows the person's name ("Jane Obi Program Officer Qorvel
    Cooperation Agency", a signature's lines run together)."""
    titled = any(t.text in _HONORIFICS for t in doc[max(0, start - _NAME_REACH) : start + 1])
    if titled:
        hyphens = [t.i for t in doc[start : end - 1] if t.text in ("-", "–") and _capitalised(doc[t.i + 1])]
        return hyphens[-1] + 1 if hyphens else start
    roles = [t.i for t in doc[start : end - 1] if t.text in _STAFF_ROLES and _capitalised(doc[t.i + 1]) and not _is_head(doc[t.i + 1])]
    if roles and not any(_is_head(t) for t in doc[start : roles[-1]]):
        return roles[-1] + 1
    text = doc[start:end].text
    for office in load_lexicon("org_offices.tsv"):
        if text.startswith(office + " "):
            k = next((t.i for t in doc[start:end] if t.idx > doc[start].idx + len(office)), end)
            if k < end and _capitalised(doc[k]):
                return k
    return start


_NAME_REACH = 4
"""How many tokens a person's name may take between an honorific and a span."""


def _bracket_before(doc: Doc, i: int) -> int:
    """A bracketed word before a legal suffix belongs to the name, however many name words or
    bracketed words stand between: "X Chemical Industry (Group) Company Limited", "X Motor
    Manufacturing (UK) Ltd.", "X Holdings (International) Company Ltd", "X (Pakistan) Energy
    (Private) Limited". The name starts left of the first bracket (`_left_edge` goes on; where
    it cannot, after that bracket)."""
    j, first = i, i
    while j > 0 and i - j < _SUFFIX_REACH:
        if j >= 3 and doc[j - 1].text == ")" and doc[j - 3].text == "(" and _capitalised(doc[j - 2]):
            j -= 3
            first = j
        elif _name_word(doc[j - 1]) and "\n" not in doc[j - 1].text_with_ws:
            j -= 1
        else:
            break
    return first


_SUFFIX_REACH = 8


def _rule_spans(doc: Doc, line_starts: frozenset[int]) -> list[Span]:
    suffixes = [
        s for s in doc.spans.get("org_rules", [])
        if s.label_ == "LEGAL_SUFFIX" and not _pronoun_se(s) and not _opens_quoted(s) and not _hyphened_on(s)
    ]
    suffix_ends = {s.start: s.end for s in suffixes}
    suffix_ends.update({s.start + 1: s.end for s in suffixes if s[0].text == ","})
    anchors = [(t.i, t.i) for t in doc if _is_head(t)]
    anchors += [(s.start, _capital_run_end(doc, s.end) - 1) for s in doc.spans.get("org_rules", []) if s.label_ == "LEGAL_PREFIX"]
    anchors += [(_bracket_before(doc, s.start), s.end - 1) for s in suffixes if s[0].text != ","]
    anchors += [(s.start - 1, s.end - 1) for s in suffixes if s[0].text == "," and s.start > 0]
    labels = _form_labels(doc)
    legal = {s.end - 1 for s in suffixes}
    spans = []
    for first, last in anchors:
        start = _left_edge(doc, first, line_starts, company=last in legal)
        if doc[start].text == "(" and start + 2 < len(doc) and doc[start + 2].text == ")":
            start += 3
        end = _right_edge(doc, last, suffix_ends, line_starts)
        piece = _between_labels(doc, start, end, first, last, labels)
        if piece is not None:
            spans.append(_trim(piece))
    named = [s for s in _merge(spans) if any(t.lower_ not in _LEGAL_WORDS and t.text not in ",." for t in s)]
    return [
        s for s in named
        if len(s) and _specific(s) and not _excluded(s) and not _indefinite(s) and not _a_people_s_government(s) and not _line_of_work(s)
        and not _attributive_head(s)
    ]


def _attributive_head(span: Span) -> bool:
    """ "Post-School Education and Training", "Tertiary School Enrollment": a name that ends in
    a head right before a capitalised word of `patterns/org_head_attributes.tsv` on its line is
    that word's attribute (a kind or stage of education, its papers), not a body."""
    doc = span.doc
    return (
        span.end < len(doc) and _is_head(span[-1]) and "\n" not in span[-1].whitespace_
        and doc[span.end].text in load_lexicon("org_head_attributes.tsv")
    )


_SERVICE_OWNERS = frozenset({"National", "Federal", "International", "World", "Global", "State", "City", "Regional"})


def _line_of_work(span: Span) -> bool:
    """ "Health Services", "Food & Beverage Services", "Advisory Services": a line of work or
    an office's remit, not a body. A provider of services is named by a word of its own
    before them: an acronym ("ITE Education Services"), a country or place ("Zambia
    Correctional Services", "German Academic Exchange Services"), a national or world scope
    ("World Education Services"), a head noun of its own ("Department of Human Services"),
    or the acronym the text gives it."""
    if span[-1].text != "Services" or _acronym_follows(span):
        return False
    first = span[0]
    if first.is_upper and len(first) > 1 or first.text in _SERVICE_OWNERS or len(span) > 2 and _is_head(first):
        return False
    return not any(span[:k].text in gazetteer() or span[:k].text in places.gazetteer() for k in (1, 2) if k < len(span))


def _opens_quoted(suffix: Span) -> bool:
    """ "OJSC “Rogun HPP”": a legal form that these styles write first, before a quoted name,
    is that firm's; it closes no name before it."""
    doc = suffix.doc
    return suffix[-1].text in _FORMS_BEFORE_QUOTES and suffix.end < len(doc) and doc[suffix.end].text in _OPENING_QUOTES


def _hyphened_on(suffix: Span) -> bool:
    """ "Co-operation", "Co-ordinator": a legal form's letters hyphened to a word are that
    word's prefix."""
    doc, end = suffix.doc, suffix.end
    return end < len(doc) and doc[end].text == "-" and not suffix[-1].whitespace_


def _pronoun_se(suffix: Span) -> bool:
    """ "SE" closes a European company's name in English or German ("X SE"); in a Romance
    text written in capitals it is the pronoun "se"."""
    return suffix[-1].text == "SE" and language_of(suffix.doc.text) not in (ENGLISH, "de")


def _a_people_s_government(span: Span) -> bool:
    """ "the Korean Government", "the Vietnamese Government": a state's government named by
    its people's adjective is a reference to the state, not a body's name ("Government of
    Korea" and "U.S. Government" are names); so is "the State Government" of a federation's
    state."""
    entry = gazetteer().get(span[0].text)
    adjective = entry is not None and entry.form == "adjective"
    return len(span) == 2 and word(span[1]) == "Government" and (adjective or span[0].text == "State")


def _indefinite(span: Span) -> bool:
    """ "a National University of X", "an Industrial Training Institute": one of a kind of
    body, not a name; before a noun the name only describes it ("a World Bank project", "an
    X Development Fund (XDF) loan"). A name with its "of" given its acronym ("a National
    Institute of X (NIX) for …") is one body's, planned or new; "a Project Monitoring Unit
    (PMU)" stays a kind. In Portuguese and Galician "a" is the definite article."""
    doc = span.doc
    end = span.end
    if doc[end : end + 3].text.startswith("(") and end + 2 < len(doc) and doc[end + 2].text == ")":
        if _spelled_by(doc, span.start, doc[end + 1].text) == span.end and any(t.lower_ == "of" for t in span):
            return False
        end += 3
    after = doc[end] if end < len(doc) else None
    article = doc[span.start - 1].lower_ if span.start > 0 else ""
    definite = article == "a" and language_of(doc.text) in _A_IS_DEFINITE
    return article in _INDEFINITE_ARTICLES and not definite and (after is None or after.pos_ not in ("NOUN", "PROPN"))


_INDEFINITE_ARTICLES = frozenset({"a", "an", "ein", "eine", "einer", "einen", "une", "un", "una", "uma", "um"})
"""English, German and Romance indefinite articles: "eine Schweizer Stiftung" is a kind."""
_A_IS_DEFINITE = frozenset({"pt", "gl"})
"""Languages whose "a" is "the": "a Direção-Geral do Ensino Superior" is one body."""


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


def _org_type(span: Span) -> str:
    """The kind of the main head: the last word when it is a head ("X Academy of Y Press"),
    else the last head before the first "of" ("Research Group of X University"), a state's
    "Republic of" aside ("Republic of X Ministry of Y"). A plural head closing an "of" tail is
    the body's field ("Ministry of Railways", "Federation of Thai Industries")."""
    field = span[-1].text.endswith("s") and not span[-1].text.endswith("ss") and any(t.lower_ in _TAIL_STARTS for t in span[1:-1])
    if (_cased(word(span[-1])) in _heads() or _is_head(span[-1])) and not field:
        return _head_kind(span, span[-1])
    if any(t.lower_ in _LEGAL_WORDS for t in span):
        return "company"
    of = next((t.i for t in span if t.lower_ in _TAIL_STARTS and t.i > 0 and t.nbor(-1).text not in _STATE_FORMS), span.end)
    head = next((t for t in reversed(span.doc[span.start : of]) if _cased(word(t)) in _heads() or word(t) in _heads()), None)
    return _head_kind(span, head) if head is not None else "other"


def _head_kind(span: Span, head: Token) -> str:
    """A two-word head ("Research Group") refines the one-word one ("Group")."""
    pair = f"{_cased(word(head.nbor(-1)))} {_cased(word(head))}" if head.i > span.start else ""
    return _heads().get(pair) or _heads().get(word(head)) or _heads()[_cased(word(head))]
