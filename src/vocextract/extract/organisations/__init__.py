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

The package is cut by stage: `words` (shared token tests and constants), `edges` (how far a
name reaches), `spans` (head-anchored names, their filters and kinds), `acronyms`, `named`
(names without a head that the context names), `foreign` (names told by another language's
grammar: "le ministère du Travail", "Utdanningsdirektoratet") and `repeats` (a name found
once, found again); `extract` here runs them in order. Underscored names are shared inside the package
only.
"""

from __future__ import annotations

import functools
import re


from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import han, infobox, places
from ..countries import gazetteer, names_a_country, word
from ..mention import Body, Mention, Prepared
from ..units import demonym_currency_names
from .acronyms import _acronyms, _dateline_word, _plan_nouns, branch_names, foreign_defined, spelled_out_before
from .actors import (
    _business_actors, _company_and_country, _country_owned, _degree_awarders, _funders_before, _named_after_country, _plural_head_and_place,
    _country_offices, _kinds_by_place, _local_governments, _office_bodies, _office_holders,
)
from .foreign import adjective_names, albanian_names, definite_bodies, german_compounds, german_firms, lower_case_heads, south_slavic_names
from .named import (
    _apposed_spans, _char_span, _defined_names, _described_after, _head_and_compass_point, _holdings, _infobox_spans,
    _joint_parties, _known_spans, _named_before_noun, _ner_names, _partnership_spans, _quoted_firms, _recipients, _cited_sources,
)
from .polish import polish_names
from .turkic import turkic_names
from .vietnamese import vietnamese_names
from .repeats import (
    _acronym_place_names, _bracketed_short_names, _company_short_names, _coordinated, _glossed_names, _hyphened_short_names,
    _industry_tails, _repeats, _short_forms,
)
from .spans import _merge, _org_type, _rule_spans, _specific
from .words import (
    _DIRECTIONS, _LEGAL_WORDS, _LEGISLATURES, _LIST_OPENERS, _NATIONAL, _UNIT_HEADS, _heads, _is_acronym, _is_head, _spelled_by,
    languages,
)


def extract(prep: Prepared) -> list[Mention]:
    """ORG mentions: names built around head nouns, names the text defines or relates to an
    action, known bodies, acronyms with their expansions, and every repetition of a name
    found once, each with its kind."""
    doc = prep.doc
    box = infobox.fields(prep.text)
    known = {**_infobox_spans(prep, box), **_known_spans(doc), **_prefixed_units(doc), **_recipients(prep), **_quoted_firms(doc)}
    categories = infobox.kind_values(box)
    apposed = {
        **_business_actors(doc), **_ner_names(doc), **_described_after(doc), **_named_before_noun(doc), **_defined_names(doc),
        **_partnership_spans(doc), **_apposed_spans(doc), **_office_holders(doc),
        **_named_after_country(doc), **_plural_head_and_place(doc), **_holdings(doc), **_country_owned(doc), **_joint_parties(doc), **foreign_defined(doc),
        **lower_case_heads(doc), **definite_bodies(doc), **adjective_names(doc), **german_compounds(doc), **german_firms(doc),
        **_head_and_compass_point(doc),
        **south_slavic_names(doc), **albanian_names(doc), **_company_and_country(doc), **_degree_awarders(doc), **_office_bodies(doc), **vietnamese_names(doc), **polish_names(doc), **turkic_names(doc),
        **_funders_before(doc), **_local_governments(doc), **_kinds_by_place(doc), **_country_offices(doc), **_cited_sources(doc),
    }
    line_starts = _line_starts(prep)
    orgs = _merge(_rule_spans(doc, line_starts) + [doc[a:b] for a, b in {**apposed, **known}])
    orgs = [s for s in map(_within_cell, (piece for span in orgs for piece in _cell_names(span))) if s is not None]
    given = {**apposed, **known}
    given |= _short_forms(doc, orgs, given) | _bracketed_short_names(doc, orgs, given) | _acronym_place_names(doc, orgs, given)
    given |= _company_short_names(doc, orgs, given)
    given |= _glossed_names(doc, orgs, given)
    given |= _hyphened_short_names(doc, orgs, given)
    given |= _coordinated(doc, orgs, given)
    orgs = _merge(orgs + [doc[a:b] for a, b in given])
    given |= _repeats(doc, orgs, given)
    given |= _industry_tails(doc, _merge(orgs + [doc[a:b] for a, b in given]), given)
    orgs = _merge(orgs + [doc[a:b] for a, b in given])
    orgs = _merge(orgs + spelled_out_before(doc, orgs))
    branches = branch_names(doc, line_starts)
    given |= branches
    orgs = _merge(orgs + [doc[a:b] for a, b in branches])
    orgs = [_with_lower_head(_without_organ(_without_holder(s))) for s in map(_within_cell, orgs) if s is not None and not _no_name(prep, s, categories)]
    orgs = [piece for s in orgs for piece in _pair_before_acronym(s) for piece in _owner_and_owned(piece)]
    orgs = [piece for s in orgs for piece in _closed_by_country(_with_generic_and(s)) for piece in _second_body_in_tail(piece)]
    aliases = _programme_aliases(doc, frozenset(t.i for s in orgs for t in s))
    orgs = [s for s in orgs if not (len(s) == 1 and s.text in aliases)]
    covered = {t.i for s in orgs for t in s}
    typed = [(s, given.get((s.start, s.end)) or _org_type(s)) for s in orgs]
    typed += [a for a in _acronyms(doc, orgs) if a[0].start not in covered]
    by_han = [Mention("ORG", start, end, Body(prep.text[start:end], kind)) for start, end, kind in han.organisations(prep.text)]
    taken = {t.i for span, _ in typed for t in span}
    return [_mention(prep, _with_place(_whole_place_first(span, taken), line_starts), kind) for span, kind in typed] + by_han


def is_head(token: Token) -> bool:
    """Whether a token is an organisation's head noun ("College", "Universität"), for stages
    outside this package that must tell a name's words from a person's."""
    return _is_head(token)


def _within_cell(span: Span) -> Span | None:
    """The part of a name in the last table cell it reaches: in a row of three cells or more a
    tab parts cells, never the words of one name ("Personnel<TAB>Enterprises" are two column
    headers). A head noun left alone there names nothing."""
    cut = max((t.i + 1 for t in span[:-1] if "\t" in t.text_with_ws and _cells_in_line(t) > 2), default=span.start)
    if cut == span.start:
        return span
    rest = span.doc[cut : span.end]
    return None if len(rest) == 1 and _is_head(rest[0]) else rest


def _cell_names(span: Span) -> list[Span]:
    """ "University of X<TAB>Y University": names in cells side by side, each with its head
    noun, are as many names, and a generic one among them is a label ("Implementing
    Organization<TAB>X Council"); a tab inside a span whose parts are not all headed leaves it
    to `_within_cell`."""
    cuts = [t.i + 1 for t in span[:-1] if "\t" in t.text_with_ws]
    if not cuts:
        return [span]
    bounds = [span.start, *cuts, span.end]
    pieces = [_trimmed(span.doc[a:b]) for a, b in zip(bounds, bounds[1:])]
    if not all(any(_is_head(t) for t in piece) for piece in pieces):
        return [span]
    named = [piece for piece in pieces if _specific(piece)]
    return named or [span]


def _with_generic_and(span: Span) -> Span:
    """ "X State Community and Technical College": a name whose last words are joined by "and"
    to capitalised generic words ending in a school's head has that head too; the words after
    "and" name no body of their own (unless a tail goes on: "X University and Technical
    University of Y" are two; "X Party Committee and Municipal Government" are two bodies)."""
    doc, j = span.doc, span.end
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or not _is_head(span[-1]):
        return span
    end = j + 1
    while end < len(doc) and end - j <= _AND_REACH and doc[end].is_title and doc[end].is_alpha:
        end += 1
    tail = doc[j + 1 : end]
    named_on = end < len(doc) and doc[end].lower_ in ("of", "for", "in")
    school = len(tail) >= 2 and _heads().get(tail[-1].text) == "education"
    return doc[span.start : end] if school and _generic_only(tail) and not named_on else span


_AND_REACH = 3


def _second_body_in_tail(span: Span) -> list[Span]:
    """ "College of the North Atlantic and Memorial University": an "of" tail's "and" followed by
    a name of its own (a word neither generic nor a head, then the head of a body that stands
    alone) joins two bodies; a tail's fields end in no such head ("Ministry of Science and
    Technology")."""
    of = next((t.i for t in span[1:] if t.lower_ == "of"), None)
    if of is None or not _is_head(span[0]) and not any(_is_head(t) for t in span.doc[span.start : of]):
        return [span]
    for t in span.doc[of + 1 : span.end - 2]:
        second = span.doc[t.i + 1 : span.end]
        if t.lower_ == "and" and second[-1].text in _STANDALONE_HEADS and all(x.is_title for x in second) and _specific(second):
            return [span.doc[span.start : t.i], second]
    return [span]


_STANDALONE_HEADS = frozenset({"University", "College", "Polytechnic", "Institute", "Academy", "Ministry", "Agency", "Foundation", "Bank"})


def _closed_by_country(span: Span) -> list[Span]:
    """ "Ministry of Higher Education and Training of South Africa and Industrial Manufacturing
    Training Authority": an "of" tail that reaches a country ends the name there; the "and"
    after it joins another body, a name of its own when capitalised words end in its head
    ("… and Chinese colleges" joins none). A country's own "and" ("of Trinidad and Tobago")
    stays."""
    for k in range(2, len(span) - 1):
        if span[k].lower_ != "and":
            continue
        for size in (1, 2, 3):
            country = span[k - size : k]
            if k - size < 1 or span[k - size - 1].lower_ != "of" or country.text not in gazetteer():
                continue
            if gazetteer()[country.text].form != "name" or any(span[k - size : k + m].text in gazetteer() for m in (2, 3)):
                continue
            rest = span[k + 1 :]
            body = _is_head(rest[-1]) and all(t.is_title or t.lower_ in _LINKS for t in rest)
            return [span[:k], rest] if body else [span[:k]]
    return [span]


def _trimmed(span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[span.start : end]


def _cells_in_line(token: Token) -> int:
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    return text[start : end if end >= 0 else len(text)].count("\t") + 1


def _without_organ(span: Span) -> Span:
    """A body's organ named with it is the body: "Board of Directors of the X Fund" is the X
    Fund (so is a Romance board's, "Conselho Directivo do XP", a body named by its acronym or by
    a head that comes first), "the X Bank Board" the X Bank and "the XB Board of Directors" XB (a board whose name
    ends in no body, "National Apprenticeship Board", is a body itself; a long name keeps its
    board, "the X Bank Board of Directors", as readers write it). A committee is a body of its
    own, with its own acronym: "Executive Committee of the X Council (ECXC)" stays whole."""
    doc = span.doc
    for organ in load_lexicon("org_organs.tsv"):
        words = organ.split()
        head = [t.text for t in span[: len(words) + 1]]
        if words[-1] != "Committee" and head[: len(words)] == words and len(head) > len(words) and head[len(words)] in _OF_WORDS:
            rest = len(words) + 1 + (span[len(words) + 1].lower_ == "the")
            body = span[rest:]
            if len(body) and (_is_head(span[-1]) or len(body) == 1 and _is_acronym(body[0]) or body[0].text in load_lexicon("org_heads_foreign.tsv")):
                return doc[span.start + rest : span.end]
    if len(span) > 2 and span[-1].text in _ORGAN_ENDS and _is_head(span[-2]) and not _spelled_after(span):
        return span[:-1]
    for organ, role in load_lexicon("org_organs.tsv").items():
        size = len(organ.split())
        if role == "governs":
            continue
        owner = span[:-size] if len(span) > size else None
        if owner is not None and span[-size:].text == organ and len(owner) == 1 and _is_acronym(owner[0]):
            return owner
    return _possessive_organ_owner(_teaching_staff(span))


def _without_holder(span: Span) -> Span:
    """ "… Ministry of Higher Education, Science and Innovation Ann Obi, country manager …", "the
    development bank KfW Jan Schneider and regional director …": a body's name followed by its
    holder's and then by the next holder's office, as some English press lists delegations,
    ends before the person: one to three words that are no head, field, place or name word of
    a body, after a word that can end a name (a head, a field, a place or an acronym)."""
    doc = span.doc
    j = span.end
    while j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].is_title:
        j += 1
    office = j + 1 < len(doc) and doc[j].text in (",", "and") and any(t.lower_ in _HOLDERS_OF for t in doc[j + 1 : j + 4])
    if not office:
        return span
    generic = load_lexicon("org_generic_words.tsv")
    for size in (3, 2, 1):
        if len(span) <= size or size == 1 and j == span.end:
            continue
        person, last = span[-size:], span[-size - 1]
        plain = all(
            t.is_title and t.is_alpha and not _is_head(t) and word(t) not in generic and t.text not in gazetteer()
            and t.text not in places.gazetteer() for t in person
        )
        ends = _is_head(last) or word(last) in generic or last.text in gazetteer() or sum(c.isupper() for c in last.text) > 1
        if plain and ends:
            return span[:-size]
    return span


_HOLDERS_OF = frozenset({
    "director", "directors", "head", "manager", "chairman", "chairperson", "chair", "president", "rector", "secretary",
    "minister", "dean", "principal", "coordinator", "representative", "general", "officer", "commissioner",
})


def _teaching_staff(span: Span) -> Span:
    """ "Faculty of the TTTI are expected to teach": a faculty of a body named by its acronym
    alone is that body's teaching staff, and the body is the acronym ("Faculty of Science" is
    a unit)."""
    rest = span[3:] if len(span) > 3 and span[2].lower_ == "the" else span[2:]
    staff = span[0].text == "Faculty" and len(span) > 2 and span[1].lower_ == "of" and len(rest) == 1 and _is_acronym(rest[0])
    return rest if staff else span


def _possessive_organ_owner(span: Span) -> Span:
    """ "X’s Board", "X’s Operating Committee": a board or committee of at most two words
    owned by a name is that body's organ, and the body is the owner (a country owns bodies
    of its own: "China’s Executive Committee" keeps its words, and so does a "People’s
    Committee", a kind of body)."""
    owners = [t.i for t in span[1:-1] if t.lower_ in ("'s", "’s")]
    if not owners or span[-1].text not in ("Board", "Committee") or span.end - owners[-1] > 3:
        return span
    owner = span.doc[span.start : owners[-1]]
    people = owner[-1].text == "People"
    return span if people or names_a_country(owner) or owner.text in places.gazetteer() else owner


_ORGAN_ENDS = {"Board", "Council", "Secretariat", "Management"}
_OF_WORDS = frozenset({"of", "do", "da", "de", "del", "du"})


def _spelled_after(span: Span) -> bool:
    """The bracketed acronym right after the name spells all its capitalised words, the last
    one too: "Directorate of Public Service Management (DPSM)" ends in its own word."""
    doc, end = span.doc, span.end
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"):
        return False
    return doc[end + 1].text == "".join(t.text[0] for t in span if t.is_title)


def _pair_before_acronym(span: Span) -> list[Span]:
    """ "X University of Technology Education and Tembo Motor Kestria (TMK)": two names joined
    by "and" that a tail swallowed as one, told apart by the bracketed acronym after them,
    which spells only the second; "Department of the Chamber of Commerce and Industry (CCI)":
    an unnamed unit of the body the acronym spells, which is the name."""
    doc, end = span.doc, span.end
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and _is_acronym(doc[end + 1])):
        return [span]
    acronym = doc[end + 1].text
    unit = span[0].text in _UNIT_HEADS and len(span) > 3 and span[1].lower_ == "of" and span[2].lower_ == "the"
    owner = span.start + 3 if unit else None
    if owner is not None and owner < end and _spelled_by(doc, owner, acronym) == end:
        return [doc[owner:end]]
    for k in range(span.end - 2, span.start, -1):
        if doc[k].lower_ != "and":
            continue
        first, second = doc[span.start : k], doc[k + 1 : end]
        initials = "".join(t.text[0] for t in second if t.is_title)
        if len(initials) > 1 and initials == acronym and any(_is_head(t) for t in first):
            return [first, second]
    return [span]


def _owner_and_owned(span: Span) -> list[Span]:
    """ "U.S. Department of Commerce’s Economic Development Administration": a body named by
    its owner's name in the possessive is a body of its own, of three words or more, and so
    is the owner, when each holds a head noun and the owner names someone in particular (a
    "Children’s Hospital", a "King’s College" has no owner body). A unit named only by its
    field ("X’s Vocational Education Department") is named by its owner: one name."""
    owners = [t.i for t in span[1:-1] if t.lower_ in ("'s", "’s")]
    if not owners:
        return [span]
    owner, owned = span.doc[span.start : owners[-1]], span.doc[owners[-1] + 1 : span.end]
    bodies = all(any(_is_head(t) for t in part) for part in (owner, owned)) and _specific(owner)
    unit = owned[-1].text in _UNIT_HEADS
    return [owner, owned] if bodies and not unit and len(owned) > 2 and not names_a_country(owner) else [span]


_LOWER_HEADS = frozenset({"centre", "center", "institute", "college", "school", "academy", "polytechnic", "university"})


def _with_lower_head(span: Span) -> Span:
    """ "an alliance with X Agricultural Training centre": a capitalised name with no head of
    its own, followed by an institution's head noun written in lower case, ends with that
    noun; news copy often writes the head so. In a language whose heads come first, the head
    in lower case opens a name that does not open with a head of its own ("do instituto Médio
    Politécnico de Gorongosa", but "el partido Movimiento X")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.text.capitalize() in load_lexicon("org_heads_foreign.tsv") and span[0].is_title and not _is_head(span[0]):
        return doc[span.start - 1 : span.end]
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.text not in _LOWER_HEADS or len(span) < 2 or any(_is_head(t) for t in span):
        return span
    if not all(t.is_title for t in span) or not span[-1].whitespace_:
        return span
    return doc[span.start : span.end + 1]


_NUMBERED_UNITS = {"BODY_PREFIX": "international", "UNION_LOCAL": "association"}


def _prefixed_units(doc: Doc) -> dict[tuple[int, int], str]:
    """A unit named by a prefix and its code: a directorate-general of the European Commission
    ("DG EMPL", the "org_ruler" label BODY_PREFIX) or a trade union's local ("Local 793",
    UNION_LOCAL)."""
    return {(s.start, s.end): _NUMBERED_UNITS[s.label_] for s in doc.spans.get("org_rules", []) if s.label_ in _NUMBERED_UNITS}


def _plural_head_alone(span: Span) -> bool:
    """ "The College has 90 Campuses": a head noun, a generic word or "Campus" in the plural,
    alone, is a kind of body or a part of one."""
    text = span.text
    units = _heads().keys() | load_lexicon("org_generic_words.tsv").keys() | {"Campus"}
    return len(span) == 1 and text.istitle() and text.endswith("s") and (text[:-1] in units or text[:-2] in units)


def _declined_country(span: Span) -> bool:
    """ "Xitoyning" (China's), "Koreya": a country's name in another language's form, which the
    NER takes for a body; a country's English name may name one ("Grenada (airline)"), but not
    one a head noun ends ("Russian Federation"), and capitals are an acronym ("GUAM", an
    organisation of four states)."""
    return not span.text.isupper() and names_a_country(span) and (span.text not in gazetteer() or _is_head(span[-1]))


def _no_name(prep: Prepared, span: Span, categories: list[tuple[int, int]]) -> bool:
    """Words that look like a name and are none: an organisation's organ named by its role
    ("Supervisory Board"), a continent listed with bodies ("ASEAN, Europe and Africa"), a
    former state ("Soviet Union") or a country's declined name (`_declined_country`), a
    designation (`patterns/org_designations.tsv`) or a head in the plural alone, an infobox label ("Parent Organization:"), the category an
    infobox gives ("Type: Regional
    Investment Bank"), a place named by a compass word and a head noun that the NER reads as
    a place ("the West Bank"), a delegation that is not posted anywhere ("the Chinese
    Business Delegation" is a party of visitors, the "EU Delegation to X" a mission), a
    key before "=" ("Currency Unit = US Dollars", but not a heading's "= X University =") or
    a numbered unit of a syllabus ("CAPE Unit One"), a cabinet before an office ("Transport
    Cabinet Secretary"), a currency's name ("Tanzanian Shillings"),
    a legal form spelled out in brackets after its abbreviation ("FZC (Free Zone Company)"), a
    language's name ("college English teaching"; ISO 639-1's names), a byline's author ("By
    Ann Kestrel Obi" on a line of its own), a course's topic (`_taught_topic`), an event's
    edition (`_edition`), a skill a post asks for (`_skill`), a figure's scale word opening it
    (`_scaled_figure_before`), the kind of school some people attend (`_kind_of_pupils`), an award's category ("the best TVET Institution"), a member's
    seat ("MP for Edmonton Centre", `_constituency`), a single letter
    (the pronoun "I" opening a line), a degree's class ("Second Class Upper Division"), an
    acronym in the plural ("NGOs") or a name given one (`_kind_with_plural_acronym`), or a
    congress counted by its ordinal (`_numbered_event`)."""
    if _spells_legal_form(span) or span.text in languages() or len(span.text) == 1 or _DEGREE_CLASS.match(span.text):
        return True
    if _PLURAL_ACRONYM.fullmatch(span.text) or _numbered_event(span) or _kind_with_plural_acronym(span):
        return True
    if span.text in load_lexicon("org_organs.tsv") or span.text in load_lexicon("continents.tsv") or span.text in demonym_currency_names():
        return True
    if _designation(span) or _plural_head_alone(span):
        return True
    if span.text in load_lexicon("former_states.tsv") or _declined_country(span) or _dateline_word(span):
        return True
    if span[-1].lower_ == "delegation" and (span.end >= len(span.doc) or span.doc[span.end].lower_ not in ("to", "in")):
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    heading = span.start > 0 and span.doc[span.start - 1].text == "="
    if nxt is not None and (nxt.text == "=" and not heading or span[-1].text == "Unit" and nxt.like_num or span[-1].text == "Cabinet" and nxt.is_title):
        return True
    if len(span) == 2 and span[0].lower_ in _DIRECTIONS and all(t.ent_type_ in ("GPE", "LOC") for t in span):
        return True
    if _scaled_figure_before(span) or _kind_of_pupils(span):
        return True
    if _byline(span) or _taught_topic(span) or _skill(span) or _edition(span) or _constituency(span) or span.start > 0 and span.doc[span.start - 1].lower_ == "best":
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in (":", "\t") and span.text.lower() in _label_words():
        return True
    start, end = _char_span(prep, span)
    known = span.text in load_lexicon("org_known.tsv")
    return any(a < end and start < b for a, b in categories) or (not known and _field_label(prep.text, start, end))


_DEGREE_CLASS = re.compile(r"(?:First|Second|Third)[ \t]+Class\b")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
"""An acronym in the plural ("NGOs", "SMEs"): a kind of body, not one."""


def _kind_with_plural_acronym(span: Span) -> bool:
    """ "seven Academy Support Center (ASCs)": a name given an acronym in the plural names a kind
    of body, of which the text counts several."""
    doc, end = span.doc, span.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and bool(_PLURAL_ACRONYM.fullmatch(doc[end + 1].text))


def _numbered_event(span: Span) -> bool:
    """ "Second International Congress on …", "the 27th Congress": a congress counted by its
    ordinal is a meeting, not the legislature."""
    return span[-1].text == "Congress" and (span[0].ent_type_ == "ORDINAL" or span[0].lower_ in _ORDINAL_WORDS)


_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


def _kind_of_pupils(span: Span) -> bool:
    """ "Exchange Program for Chinese High School Students": a country's adjective and generic
    words before the people who attend such a school name a kind of school, not one."""
    doc, generic = span.doc, load_lexicon("org_generic_words.tsv")
    entry = gazetteer().get(word(span[0]))
    after = doc[span.end] if span.end < len(doc) else None
    kind = entry is not None and entry.form == "adjective" and all(word(t) in generic or _is_head(t) for t in span[1:])
    return kind and len(span) > 1 and after is not None and after.is_title and after.lower_ in _ATTENDERS


_ATTENDERS = frozenset({"students", "pupils", "teachers", "graduates", "trainees", "apprentices", "learners", "alumni"})


def _programme_aliases(doc: Doc, in_orgs: frozenset[int]) -> frozenset[str]:
    """ "Skills for Work Programme in Tembo (Kazi)": one title-case word (acronyms are
    `acronyms.py`'s) in brackets right after a
    programme's or project's name (`patterns/org_exclusions.tsv`, kind "plan") that is no
    organisation's (`in_orgs`: a development fund is a body) is the programme's short name,
    which the text then uses as the actor of its sentences; it names no body."""
    plans = _plan_nouns()
    aliases = set()
    for t in doc[2:-1]:
        if doc[t.i - 1].text != "(" or doc[t.i + 1].text != ")" or not t.is_alpha or not t.is_title:
            continue
        i = t.i - 2
        while i >= 0 and t.i - i <= _ALIAS_REACH and (doc[i].text[:1].isupper() or doc[i].lower_ in _LINKS | {"in"}):
            if word(doc[i]) in plans and i not in in_orgs:
                aliases.add(t.text)
                break
            i -= 1
    return frozenset(aliases)


_ALIAS_REACH = 8


_MEMBERS = frozenset({"MP", "MPs", "MPP", "MLA", "MHA", "MSP", "TD", "Member", "member", "Senator", "Congressman", "Congresswoman"})


def _constituency(span: Span) -> bool:
    """ "MP for Edmonton Centre", "Member for Kestrel North", "Kestrel City Centre Member of
    Parliament": the seat a member sits for is a constituency, not a body."""
    doc, i, j = span.doc, span.start, span.end
    return i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].text in _MEMBERS or doc[j : j + 3].text == "Member of Parliament"


def _edition(span: Span) -> bool:
    """ "WorldSkills Abu Dhabi 2017", "Expo Kestria 2030": a name with no head noun that ends in
    a place and is followed by a year is an event's edition, held there that year; not a known
    body followed by a date ("Statistics Sweden 2014-01-30")."""
    doc = span.doc
    if span.end >= len(doc) or not re.fullmatch(r"(?:19|20)\d\d", doc[span.end].text) or any(_is_head(t) for t in span):
        return False
    if span.text in load_lexicon("org_known.tsv") or span.end + 1 < len(doc) and doc[span.end + 1].text in ("-", "/", "–"):
        return False
    return any(span[k:].text in gazetteer() or span[k:].text in places.any_place_names() for k in range(1, len(span)))


def _taught_topic(span: Span) -> bool:
    """A name with no head noun in a list that a noun of teaching opens ("modules inclusive
    of Safety Communication and Tools, Braking Systems …", "subjects such as Welding"): a
    course's topics, not bodies."""
    if any(_is_head(t) for t in span):
        return False
    doc, i = span.doc, span.start
    while i > 0 and (doc[i - 1].text in (",", "&") or doc[i - 1].lower_ == "and" or doc[i - 1].is_title):
        i -= 1
    for opener in _TOPIC_OPENERS:
        words = opener.split()
        k = i - len(words)
        if k > 0 and [t.lower_ for t in doc[k:i]] == words and doc[k - 1].lemma_.lower() in _TAUGHT:
            return True
    return False


_TOPIC_OPENERS = (*_LIST_OPENERS, "inclusive of", ":", "in")


def _designation(span: Span) -> bool:
    """A title a body is given (`patterns/org_designations.tsv`), alone or after a field's
    words and an indefinite article ("yet another state-of-the-art TVET Centre of
    Excellence"): a kind of body, not one."""
    text = " ".join(span.text.split())
    designations = load_lexicon("org_designations.tsv")
    if text in designations:
        return True
    generic = load_lexicon("org_generic_words.tsv")
    doc = span.doc
    for cut in range(span.start + 1, span.end - 1):
        if " ".join(doc[cut : span.end].text.split()) in designations:
            field = all(word(t) in generic or t.is_upper for t in doc[span.start : cut])
            return field and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in span.root.children)
    return False


_INDEFINITE = frozenset({"a", "an", "another", "each", "every", "any"})


def _scaled_figure_before(span: Span) -> bool:
    """ "$4.4 Million Partnership": a title-case headline's scale word after a figure opens
    no name."""
    return span.start > 0 and span[0].lower_ in load_lexicon("numbers_scales.tsv") and span.doc[span.start - 1].like_num


def _skill(span: Span) -> bool:
    """ "Proficient in Microsoft Office", "computer literacy in MS Office": what a person is
    proficient in is a skill or a tool, even when its name ends in a head."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ in ("in", "with") and doc[i - 2].lower_ in _PROFICIENT


_PROFICIENT = frozenset({"proficient", "proficiency", "competent", "competence", "literate", "literacy", "conversant", "fluent", "fluency"})
_TAUGHT = {"module", "course", "subject", "topic", "unit", "trade", "skill", "discipline", "specialisation", "specialization", "major"}


def _byline(span: Span) -> bool:
    """A name with no head noun alone on a line after "By": the article's author."""
    doc = span.doc
    opens = span.start >= 1 and doc[span.start - 1].text == "By" and (span.start == 1 or "\n" in doc[span.start - 2].text_with_ws)
    ends = span.end == len(doc) or "\n" in span[-1].text_with_ws or doc[span.end].text.startswith("\n")
    return opens and ends and not any(_is_head(t) for t in span)


def _spells_legal_form(span: Span) -> bool:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or doc[span.start - 2].lower_ not in _LEGAL_WORDS:
        return False
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper())
    return initials.lower() == doc[span.start - 2].lower_.replace(".", "")


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


def _country_office(span: Span) -> bool:
    """ "USAID/Rwanda", "XA-Georgia": an acronym glued by a slash or hyphen to a country's name
    names its office in that country, closing the phrase ("XA-Georgia’s grant", "USAID/Rwanda
    funded"); before a noun or a name it is a relation ("the EU-China summit", "the ILO/China
    Partnership Programme")."""
    doc, j = span.doc, span.end
    if len(span) != 1 or not _is_acronym(span[0]) or j + 1 >= len(doc) or doc[j].text not in ("/", "-"):
        return False
    entry = gazetteer().get(doc[j + 1].text)
    after = doc[j + 2] if j + 2 < len(doc) else None
    closes = after is None or after.text in ("'s", "’s") or after.pos_ in ("VERB", "AUX") or after.is_punct and after.text not in "-/"
    return not span[0].whitespace_ and not doc[j].whitespace_ and entry is not None and entry.form == "name" and closes


def _whole_place_first(span: Span, taken: set[int]) -> Span:
    """ "Dar es Salaam Institute of Technology": a name that opens with a place's name opens
    with all of it, small words inside ("es", "de", "am") cutting no name short; words another
    name holds stay its own."""
    doc = span.doc
    for back in range(_PLACE_WORDS - 1, 0, -1):
        start = span.start - back
        if start < 0 or not doc[start].is_title or any("\n" in t.text_with_ws or t.i in taken for t in doc[start : span.start]):
            continue
        for end in range(span.start + 1, min(span.start + _PLACE_WORDS - back, span.end) + 1):
            if doc[start:end].text in places.gazetteer():
                return doc[start : span.end]
    return span


def _with_place(span: Span, line_starts: frozenset[int], after_comma: bool = False) -> Span:
    """ "PIB Delhi", "Fraunhofer USA", "X Association Malaysia": a country's or city's name
    right after an organisation's, on its line and closing the phrase, names the
    organisation's office or branch there and belongs to its name, as does a country glued to
    an acronym (`_country_office`); so does the city an
    embassy or consulate is "in" ("the Indonesian Embassy in Beijing") and the country it
    is accredited "to" ("the Chinese Embassy to Thailand", "… to the Lao PDR"); a
    delegation is named by where it is sent only ("Delegation of the European Union to
    Georgia", "EU Delegation to X", but "the EU Delegation in Skopje"). A name of generic words only takes its town after a
    comma ("Federal Polytechnic, Bida", "Institute of Teacher Education, Kyambogo"; a town the
    gazetteer lacks when the NER reads it as a place, `places.is_town`), which
    alone tells it from its namesakes; a name of its own does not ("Stockholm University,
    Stockholm"). "International" after a head is the name's too ("X Cultural Foundation
    International"), before no further capitalised word. Before a noun ("the X Kenya
    office") or a figure it is no part of it, and a place the name already holds is a list's
    next column ("Tamale Polytechnic Tamale, Northern Region"). A name in capitals takes its
    place in capitals ("X INTERNATIONAL KENYA"). A school's number after its head is the
    name's too ("X Vocational School #19", "… School №19", "School No. 5", "Escuela … N° 3118")."""
    doc, j = span.doc, span.end
    if (numbered := _numbered_end(span)) is not None:
        return doc[span.start : numbered]
    if _country_office(span):
        return doc[span.start : j + 2]
    if j < len(doc) and doc[j].text == "International" and _is_head(span[-1]) and not (j + 1 < len(doc) and doc[j + 1].is_title):
        return doc[span.start : j + 1]
    if j + 1 < len(doc) and doc[j].text == "," and _generic_only(span) and doc[j + 1].text not in gazetteer():
        town = _with_place(doc[span.start : j + 1], line_starts, after_comma=True)
        if town.end > j + 1 and not (town.end < len(doc) and doc[town.end].is_title):
            return town
    if (campus := _campus_end(span)) is not None:
        return doc[span.start : campus]
    mission = word(span[-1]) in _MISSIONS
    sent = mission or word(span[0]) in _MISSIONS or "Delegation" in (word(span[0]), word(span[-1]))
    after = doc[j].lower_ if j + 1 < len(doc) else ""
    if after == "to" and sent or after == "in" and mission:
        j += 2 if doc[j + 1].lower_ == "the" and j + 2 < len(doc) else 1
    for end in range(j + _PLACE_WORDS, j, -1):
        if end > len(doc) or any(i in line_starts for i in range(j, end)) or not doc[j].is_alpha:
            continue
        place = doc[j:end].text.title() if span.text.isupper() and doc[j:end].text.isupper() else doc[j:end].text
        entry = gazetteer().get(place)
        town = after_comma and end == j + 1 and (places.is_town(doc[j]) or _unknown_town(doc[j]))
        if not (entry and entry.form == "name") and place not in places.gazetteer() and not town:
            continue
        if doc[j:end].text in span.text:
            return span
        nxt = doc[end] if end < len(doc) else None
        closes = nxt is None or end in line_starts or nxt.is_space or nxt.is_stop or nxt.pos_ in ("VERB", "AUX")
        if closes or nxt.text in ("=", "|") or (nxt.is_punct and nxt.text not in "-/&"):
            return doc[span.start : end]
        return span
    return span


def _unknown_town(token: Token) -> bool:
    """A proper noun the reference data and the NER do not know, after a comma that follows a
    name of generic words ("Federal Polytechnic, Oko"): the town that tells the school from
    its namesakes, not a person's name or a people's word, nor a generic or head word."""
    return (
        token.pos_ == "PROPN" and token.is_title and token.is_alpha and token.ent_type_ not in ("PERSON", "NORP")
        and word(token) not in load_lexicon("org_generic_words.tsv") and not _is_head(token)
    )


_MISSIONS = {"Embassy", "Consulate", "Consulate-General"}
_PLACE_WORDS = 5
"""The most tokens of a place's name after an office ("the People’s Republic of China")."""

_NUMBER_SIGNS = frozenset({"#", "№", "Nº", "N°", "No", "No.", "Nr", "Nr."})


def _numbered_end(span: Span) -> int | None:
    doc, j = span.doc, span.end
    if span[-1].text == "N" and j + 1 < len(doc) and doc[j].text in ("°", "º") and doc[j + 1].text.isdigit():
        return j + 2
    if not _is_head(span[-1]) or j + 1 >= len(doc) or doc[j].text not in _NUMBER_SIGNS:
        return None
    k = j + 1 + (doc[j + 1].text == "." and j + 2 < len(doc))
    return k + 1 if doc[k].like_num and doc[k].text.isdigit() else None


def _campus_end(span: Span) -> int | None:
    """End of "in <place>" after a name that the text never writes without it, twice or more
    ("Turin Polytechnic University in Tashkent", a branch campus's name; "Czech Technical
    University in Prague"), where "X University in Nairobi" written once says where X is."""
    doc, j = span.doc, span.end
    if j + 1 >= len(doc) or doc[j].lower_ != "in" or any(t.lower_ == "of" for t in span):
        return None
    for end in (j + 3, j + 2):
        place = doc[j + 1 : end]
        if end > len(doc) or not (place.text in gazetteer() or place.text in places.gazetteer()):
            continue
        if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            return None
        whole = f"{span.text} in {place.text}"
        if doc.text.count(whole) >= _CAMPUS_REPEATS and doc.text.count(whole) == doc.text.count(span.text):
            return end
    return None


_CAMPUS_REPEATS = 2


def _generic_only(span: Span) -> bool:
    """Every word of the name is a generic word or a head noun ("Federal College of
    Technology"); a legislature is named by its country, not its seat ("National Assembly,
    Abuja")."""
    generic = load_lexicon("org_generic_words.tsv")
    words = [t.text for t in span if t.is_alpha and t.lower_ not in _LINKS]
    legislature = word(span[-1]) in _LEGISLATURES | {"Assembly"}
    return bool(words) and not legislature and all(w in generic or w in _heads() or w in _NATIONAL for w in words)


_LINKS = frozenset({"of", "for", "and", "the", "&"})


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
    return Mention("ORG", start, end, Body(" ".join(prep.text[start:end].split()), kind))
