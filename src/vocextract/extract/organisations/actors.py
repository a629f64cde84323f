"""Bare names that act as bodies by what the text says they do or own: a firm that reports,
sells or earns ("X posted a net profit", "X's workforce", "the X plant"), a body whose office
holder is named after it ("X CEO Jane Doe", "X Deputy Secretary-General Jane Doe"), a
company's national arm ("Toyota Kenya"), a body named by a word and its country
("Skillnet Ireland"), a body a country's possessive owns ("China's Huawei"), a city's
government that acts or owns ("the City of Zurich supports")."""

from __future__ import annotations

import functools
import re

import pycountry

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import places
from ..countries import gazetteer, names_a_country, word
from .spans import _excluded
from .edges import _capital_run_end
from .words import _DIRECTIONS, _LEGAL_WORDS, _OPENING_ADVERBS, _STATISTICS_OFFICE, _TITLES, _addressed, _capitalised, _is_head, _name_word, _plural_of_head, _positions


def _business_actors(doc: Doc) -> dict[tuple[int, int], str]:
    """A capitalised name that owns a firm's accounts or operations ("X's second-quarter
    revenue", "X's Australian workforce", "the X plant") or reports, sells or earns them ("X achieved a net
    profit", "X sold 1,059,713 units", "X plans to increase its production capacity") or
    pays for something ("X donated toolkits", `patterns/org_funder_verbs.tsv`) is a company:
    firms are named by brand alone, again and again, with no head noun. Not a person, a
    place, a country, a head or a generic word, nor the descriptor opening a sentence before
    it ("Shipbuilder X's shipyard", `patterns/org_descriptors.tsv`)."""
    nouns = load_lexicon("org_business_nouns.tsv")
    found = {}
    for t in doc:
        if t.pos_ != "PROPN" or not _capitalised(t) or t.dep_ == "compound" and not _facility_owner(t):
            continue
        start = t.i
        while (
            start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i and _name_word(doc[start - 1])
            and doc[start - 1].lower_ not in _OPENING_ADVERBS
        ):
            start -= 1
        while start > 1 and _glued_pair(doc[start - 2], doc[start - 1], doc[start]) and _capitalised(doc[start - 2]):
            start -= 2
        if start < t.i and doc[start].lower_ in load_lexicon("org_descriptors.tsv"):
            start += 1
        run = doc[start : t.i + 1]
        subject = _business_subject(t, nouns)
        acts = subject or _funder(t) or _business_owner(t, nouns) or _facility_owner(t) or _named_agent(t)
        if acts and _actor_name(run, city_allowed=subject or run.text in _read_as_firms(doc)):
            found[(run.start, run.end)] = "company"
    return found


def _glued_pair(left: Token, hyphen: Token, right: Token) -> bool:
    """ "Freeport-McMoRan", "SAIC-GM": two names a hyphen joins with no space, one firm's name."""
    return hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_ and left.is_alpha and right.is_alpha


def _facility_owner(t: Token) -> bool:
    """ "the X plant", "X headquarters": a name the NER reads as a name (not "the Coal plant")
    right before a lower-case noun of a firm's operations that it modifies; not an industry
    ("the Coal plant", by the words of ISIC's titles), a facility's
    own name ("the Alumina Refinery plant") nor a measure's unit ("the 47.6 MW Wind Power plant")."""
    head, doc = t.head, t.doc
    start = t.i
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    return (
        t.dep_ == "compound" and head.i == t.i + 1 and head.is_lower and head.lemma_.lower() in _FACILITIES
        and t.ent_type_ in ("ORG", "PRODUCT", "PERSON") and t.lower_ not in _FACILITIES
        and t.text.title() not in load_lexicon("sector_words.tsv")
        and not (start > 0 and doc[start - 1].like_num)
    )


_FACILITIES = {"plant", "factory", "headquarters", "subsidiary", "dealership", "refinery", "smelter", "mill"}


def _named_agent(t: Token) -> bool:
    """ "X has announced its goal", "X operates similar programmes": a single capitalised word
    the NER reads as an organisation, with no article ("The Budget has provided" is a
    common noun), subject (or joined subject) of what a body does
    (`patterns/org_agent_verbs.tsv`) but speech, and never part of a person's name in the
    text: the NER reads many a surname as a body ("X announced", after "Minister Ann X"). A
    place's name is a firm's only when the text keeps naming it as one (`_read_as_firms`): a
    capital stands for its government ("Ottawa announces")."""
    doc = t.doc
    subject = t.head if t.dep_ == "conj" and t.head.dep_ == "nsubj" else t
    single = t.ent_type_ == "ORG" and t.ent_iob_ == "B" and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
    verb = subject.head
    acts = subject.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_ in load_lexicon("org_agent_verbs.tsv") and verb.lemma_ not in _SAYING
    bare = t.i == 0 or doc[t.i - 1].pos_ != "DET"
    place = t.text in places.any_place_names() and t.text not in _read_as_firms(doc)
    return single and bare and t.is_title and acts and not place and t.text not in _person_words(doc)


_SAYING = frozenset({"say", "state", "urge", "welcome", "confirm", "reveal", "warn", "estimate", "report"})
"""Verbs of speech among what a body does: a bare capitalised name that speaks is most often
a person quoted by surname ("…,” X says")."""


@functools.lru_cache(maxsize=4)
def _person_words(doc: Doc) -> frozenset[str]:
    """Words of the people a text names: in the NER's persons, or after a title ("Mr X")."""
    people = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    return frozenset(people | {t.text for t in doc[1:] if word(doc[t.i - 1]) in _TITLES})


@functools.lru_cache(maxsize=4)
def _read_as_firms(doc: Doc) -> frozenset[str]:
    """Words the NER reads as an organisation `_FIRM_READINGS` times or more and never as a
    place, and opening a company's full name (`_company_name_starts`): a firm named after its city
    ("Kawasaki" beside "Kawasaki Motors Ltd") that the text keeps naming as a firm, not a
    capital standing for its government ("Ottawa announces")."""
    readings: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for e in doc.ents:
        readings.setdefault(e.text, set()).add(e.label_)
        counts[e.text] = counts.get(e.text, 0) + (e.label_ == "ORG")
    brands = {doc[i].text for i in _company_name_starts(doc)}
    return frozenset(
        text for text, labels in readings.items()
        if counts[text] >= _FIRM_READINGS and not labels & {"GPE", "LOC"} and text in brands
    )


_FIRM_READINGS = 3


def _company_name_starts(doc: Doc) -> list[int]:
    """Where a company's full name opens: capitalised words up to a legal form or a company
    head noun ("Kawasaki Motors Ltd", "Kawasaki Heavy Industries")."""
    company = {h for h, kind in load_lexicon("org_heads.tsv").items() if kind == "company"}
    ends = [t.i for t in doc if t.lower_ in _LEGAL_WORDS or t.text in company]
    starts = []
    for end in ends:
        i = end
        while i > 0 and end - i < _BRAND_REACH and _capitalised(doc[i - 1]) and doc[i - 1].is_alpha:
            i -= 1
        if i < end:
            starts.append(i)
    return starts


_BRAND_REACH = 4


def _business_owner(t: Token, nouns: dict[str, str]) -> bool:
    doc = t.doc
    return t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s", "'", "’") and t.dep_ == "poss" and (
        t.head.lemma_.lower() in nouns
    )


def _funder(t: Token) -> bool:
    """The subject of a verb of paying ("X donated …"), not a person."""
    return t.dep_ == "nsubj" and t.head.lemma_ in load_lexicon("org_funder_verbs.tsv") and t.ent_type_ != "PERSON"


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
    one line, not ending in a continent or region ("Africa's workforce"). The model's PERSON and GPE are no veto: it takes brands for surnames ("Maruti
    Suzuki") and unknown names for places, while people do not post profits and the places
    that do are in the gazetteers. A firm named after its city ("Toyota") is let through when
    it reports or sells (`city_allowed`): a city owns revenue, but does not sell units; a
    city in capitals is a dateline ("SEOUL, July 26 – X reported"), and so is a name followed
    by its country ("BASRA, Iraq, Feb. 28 – X donated"), nor a form of address."""
    generic = load_lexicon("org_generic_words.tsv")
    if any(x.ent_type_ in ("LOC", "NORP", "DATE") for x in run) or "\n" in run.text:
        return False
    if _addressed(run):
        return False
    names = (run.text, run.text.title())
    if word(run[-1]) in load_lexicon("continents.tsv") | load_lexicon("regions.tsv"):
        return False
    city = not run.text.isupper() and any(places.gazetteer().get(name, ("", ""))[1] == "city" for name in names)
    if any(name in gazetteer() or (name in places.gazetteer() and not (city and city_allowed)) for name in names):
        return False
    if run.text in _TITLES or _followed_by_its_country(run):
        return False
    return all(x.is_alpha and not _is_head(x) and word(x) not in generic and x.lower_ not in STOP_WORDS for x in run if x.text != "-")


def _followed_by_its_country(run: Span) -> bool:
    """ "Basra, Iraq": a name followed by a comma and a country's name is a place in it."""
    doc, end = run.doc, run.end
    return end + 1 < len(doc) and doc[end].text == "," and any(
        doc[end + 1 : end + 1 + k].text in gazetteer() for k in (1, 2, 3) if end + 1 + k <= len(doc)
    )


_FOUNDERS = frozenset({"founder", "founders", "co-founder", "co-founders", "cofounder", "cofounders"})


def _office_holders(doc: Doc) -> dict[tuple[int, int], str]:
    """A capitalised name before the office of the person named after it is the body they
    hold it in: "X CEO Jane Doe", "X Chairman Sheikh Y", "X Chief Executive Jane Doe", "X chief
    executive Jane Doe". Not a
    place, country, person, head or generic word ("Education Minister Y" names a portfolio),
    and not a name of two words or more the NER reads as a person's (one word is a brand it
    takes for a surname: "Kestrel CEO Jane Doe")."""
    offices = load_lexicon("org_offices.tsv")
    offices = set(offices) | {office.lower() for office in offices if not office.isupper()}
    ranks = load_lexicon("org_office_ranks.tsv")
    firsts = {office.split()[0] for office in offices}
    found = {}
    for t in doc[1:-1]:
        if t.text not in firsts:
            continue
        length = next((n for n in (3, 2, 1) if doc[t.i : t.i + n].text in offices), 0)
        holder = doc[t.i + length] if length and t.i + length < len(doc) else None
        if holder is None or not (_capitalised(holder) and holder.pos_ == "PROPN" and holder.ent_type_ == "PERSON"):
            continue
        office = t.i
        while office > 0 and doc[office - 1].text in ranks:
            office -= 1
        start = office
        while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" and "\n" not in doc[start - 1].text_with_ws:
            start -= 1
        run = doc[start:office]
        if len(run) and (run[0].ent_type_ != "PERSON" or len(run) == 1) and _actor_name(run, city_allowed=False):
            found[(run.start, run.end)] = "other"
    return found


def _office_bodies(doc: Doc) -> dict[tuple[int, int], str]:
    """ "Jane Doe, CEO of X", "President of X Mexico", "the co-founder of X": the proper name
    after an office (`patterns/org_offices.tsv`) or a founder and "of" is the body the office is held in, where the
    model reads a name there, up to the next name it reads ("President of X Jane Doe") or
    after a country ("President of Kenya Jane Doe" is the country's office); not
    a country, a place, a head or a generic word ("President of the Republic"; the head rules
    read "President of X University"), not the start of a longer name ("CEO of the Colleges of
    Y", "president of XB-HB", "Director of X and Y Education", "Director of X for Y
    Foundation"), and not a portfolio (`patterns/org_portfolio_words.tsv`: "Vice
    President of Operations")."""
    offices = load_lexicon("org_offices.tsv")
    offices = set(offices) | {office.lower() for office in offices if not office.isupper()} | _FOUNDERS
    portfolio = load_lexicon("org_portfolio_words.tsv")
    found = {}
    for i in _positions(doc, ("of",), lower=True):
        of = doc[i]
        if not 0 < i < len(doc) - 1 or not any(doc[max(i - n, 0) : i].text.replace(" - ", "-") in offices for n in (1, 2, 3)):
            continue
        start = of.i + 1 + (doc[of.i + 1].lower_ == "the")
        end = start
        while end < len(doc) and _name_word(doc[end]) and doc[end].pos_ == "PROPN" and "\n" not in doc[end - 1].text_with_ws:
            if end > start and (doc[end].ent_iob_ == "B" or _acronym_then_person(doc, end) or doc[start:end].text in gazetteer()):
                break
            end += 1
        named = any(x.ent_type_ in ("ORG", "PERSON", "PRODUCT") for x in doc[start:end])
        longer = end < len(doc) and (
            doc[end].lower_ == "of" or doc[end].text in ("-", "/", "&") and not doc[end - 1].whitespace_
            or doc[end].lower_ in ("and", "&") and end + 1 < len(doc) and _capitalised(doc[end + 1])
            or doc[end].lower_ == "for" and any(_is_head(x) for x in doc[end + 1 : end + 5])
        )
        held = all(x.lower_ in portfolio for x in doc[start:end])
        if end > start and named and not longer and not held and _actor_name(doc[start:end], city_allowed=False):
            found[(start, end)] = "other"
    return found


def _acronym_then_person(doc: Doc, i: int) -> bool:
    """ "Director General of XYZ Jane Doe": a word in capitals before a title-case one ends a
    body's acronym, and a person's name follows it."""
    return doc[i - 1].is_upper and len(doc[i - 1]) > 1 and doc[i].is_title


def _degree_awarders(doc: Doc) -> dict[tuple[int, int], str]:
    """ "MSc Purdue; EdD WMU": in a list of qualifications, one word right after an
    abbreviated degree (`patterns/org_degrees.tsv`) and closing it names the university
    that awarded it. Not another degree, a country, a person, or a word that opens a
    sentence."""
    degrees = load_lexicon("org_degrees.tsv")
    found = {}
    for t in doc[:-1]:
        awarder = doc[t.i + 1]
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        closes = after is None or after.text in (";", ",", ")") or "\n" in awarder.text_with_ws or after.text in degrees
        if (
            t.text in degrees and closes and _capitalised(awarder) and awarder.is_alpha and awarder.text not in degrees
            and awarder.ent_type_ != "PERSON" and awarder.text not in gazetteer() and not awarder.is_stop
        ):
            found[(awarder.i, awarder.i + 1)] = "education"
    return found


def _company_and_country(doc: Doc) -> dict[tuple[int, int], str]:
    """A brand the NER reads as a company, right before a country's name, is that company's
    national arm ("Toyota Kenya", "Huawei Nigeria"): one body. Not an acronym ("EU Kenya
    cooperation" pairs two parties), nor across a line."""
    found = {}
    for e in doc.ents:
        if e.label_ != "ORG" or len(e) != 1 or not e[0].is_title or "\n" in e[0].text_with_ws or e.end >= len(doc):
            continue
        k = next((k for k in (3, 2, 1) if e.end + k <= len(doc) and names_a_country(doc[e.end : e.end + k])), 0)
        if k and not _continues(doc, e.end + k):
            found[(e.start, e.end + k)] = "company"
    return found


_PLACE_WORDS = 3


def _kinds_by_place(doc: Doc) -> dict[tuple[int, int], str]:
    """ "TAFE Queensland", "TAFE NSW East Coast", "TAFE SA", "IIT Bombay": a kind of
    institution (`patterns/org_kinds_before_places.tsv`) before a state's or a city's name, or
    its ISO 3166-2 code, is the network or the institute there, with the capitalised words
    that go on naming its part (not an office: "TAFE NSW Chief Executive"); so is the kind
    glued after a place's short form ("TasTAFE")."""
    kinds = load_lexicon("org_kinds_before_places.tsv")
    glued = re.compile(rf"[A-Z][a-z]+(?:{'|'.join(map(re.escape, kinds))})")
    found = {(t.i, t.i + 1): "education" for t in doc if glued.fullmatch(t.text)}
    for i in _positions(doc, kinds):
        t = doc[i]
        place = doc[i + 1] if i + 1 < len(doc) else None
        coded = place is not None and place.is_upper and place.text in places.subdivision_codes()
        if place is None or not (place.text in places.gazetteer() or place.ent_type_ == "GPE" or coded) or "\n" in t.whitespace_:
            continue
        end = t.i + 2
        while (
            end < min(len(doc), t.i + 2 + _PLACE_WORDS) and _name_word(doc[end]) and not doc[end].is_upper
            and word(doc[end]) not in _TITLES and not _is_head(doc[end])
        ):
            end += 1
        found[(t.i, end)] = "education"
    return found


_POSTS = frozenset({"Resident", "Representative", "Country", "Chief", "Head", "Director", "Coordinator", "Office", "Mission"})


def _country_offices(doc: Doc) -> dict[tuple[int, int], str]:
    """ "UNDP Eritrea Resident Representative", "IOM Iraq Chief of Mission": a body of the
    reference list (`patterns/org_known.tsv`) with a country's name after it, before a post
    held there, is its office in that country; "EU Kenya cooperation" pairs two parties."""
    known = load_lexicon("org_known.tsv")
    found = {}
    for i in _positions(doc, known):
        t = doc[i]
        k = next((k for k in (3, 2, 1) if t.i + 1 + k < len(doc) and names_a_country(doc[t.i + 1 : t.i + 1 + k])), 0)
        post = doc[t.i + 1 + k] if k else None
        if post is not None and (post.text in _POSTS or word(post) in _TITLES or post.text in load_lexicon("org_offices.tsv")):
            found[(t.i, t.i + 1 + k)] = known[t.text]
    return found


def _continues(doc: Doc, i: int) -> bool:
    """A capitalised word after the country goes on a longer name ("Toyota Kenya Foundation"),
    which the head rules read; an office held in the body does not ("Toyota Kenya Managing
    Director Jane Doe")."""
    offices = load_lexicon("org_offices.tsv")
    if any(doc[i : i + n].text in offices for n in (1, 2, 3) if i + n <= len(doc)):
        return False
    return i < len(doc) and _capitalised(doc[i]) and doc[i].pos_ == "PROPN"


def _named_after_country(doc: Doc) -> dict[tuple[int, int], str]:
    """A body named by a word and its country, which the NER reads as one name ("Skillnet
    Ireland", "Invest India", "Skills Development Scotland", "Citizenship and Immigration
    Canada"): the country makes the name
    one of a kind. Not a region ("Southern Africa", "East Asia"), a place, a people, an
    acronym, a title, an article ("La Chine" is China in French) or a body's name before the
    country ("World Bank India" is the World Bank's office; a lone head is no body's name:
    "Service Canada"), nor a part of a longer name."""
    regions = load_lexicon("regions.tsv") | load_lexicon("continents.tsv")
    found = {}
    for e in doc.ents:
        if e.label_ not in ("ORG", "GPE") or e.text in gazetteer() or e.text in regions or _capital_run_end(doc, e.end) > e.end:
            continue
        if names_a_country(e):
            continue
        split = next((k for k in (1, 2, 3) if k < len(e) and _country_name(e[-k:].text)), 0)
        words = e[: len(e) - split]
        if words.text == e[len(e) - split :].text:
            continue
        inner = words[1:-1]
        named = [t for t in words if not (t in inner and t.lower_ in ("and", "&"))]
        if not split or not all(t.is_alpha and _capitalised(t) and not t.is_upper and t.pos_ in ("PROPN", "NOUN") for t in named):
            continue
        if _is_head(words[-1]) and len(words) > 1 or words[0].text in _STATISTICS_OFFICE or len(words) == 1 and words[0].lower_ in _ARTICLES:
            continue
        if any(t.text in _TITLES or word(t) in gazetteer() or word(t) in places.gazetteer() or t.ent_type_ == "NORP" for t in words):
            continue
        if words[0].lower_ not in _DIRECTIONS and not _excluded(words):
            found[(_field_before_and(doc, e.start), e.end)] = "other"
    return found


_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las", "die", "der", "das", "il", "lo", "de", "het"})


def _plural_head_and_place(doc: Doc) -> dict[tuple[int, int], str]:
    """ "Colleges Ontario", "Education and Training Boards Ireland", "Universities Norway": a
    capitalised plural head right before a country or province names the body its members
    form, with the capitalised fields before it, whatever the NER makes of them. The place
    must end the capitalised run ("Colleges Ontario Board" is another name)."""
    found = {}
    for t in doc[:-1]:
        if not (_capitalised(t) and _plural_of_head(word(t))) or _is_head(t):
            continue
        end = next((t.i + 1 + k for k in (3, 2, 1) if t.i + 1 + k <= len(doc) and _a_place(doc[t.i + 1 : t.i + 1 + k])), None)
        if end is None or _capital_run_end(doc, end) > end or "\n" in t.whitespace_:
            continue
        start = t.i
        while start > 0 and "\n" not in doc[start - 1].whitespace_ and (
            _field_word(doc[start - 1]) or doc[start - 1].lower_ in ("and", "&") and start > 1 and _field_word(doc[start - 2])
        ):
            start -= 1
        found[(start, end)] = "association"
    return found


def _a_place(span: Span) -> bool:
    return _country_name(span.text) or span.text in places.gazetteer()


def _field_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and not token.is_sent_start and token.lower_ not in STOP_WORDS and word(token) not in gazetteer()


def _field_before_and(doc: Doc, start: int) -> int:
    """ "Employment and Social Development Canada": the NER leaves out a first field joined
    by "and"; a capitalised noun before that "and" belongs to the name, unless it is a head,
    which names a body of its own ("Government and Skills England")."""
    if (
        start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].is_title and doc[start - 2].pos_ in ("PROPN", "NOUN")
        and not _is_head(doc[start - 2])
    ):
        return start - 2
    return start


def _country_name(text: str) -> bool:
    entry = gazetteer().get(text)
    return entry is not None and entry.form == "name" and bool(entry.iso3) or text in _nations()


@functools.cache
def _nations() -> frozenset[str]:
    """Nations inside a state, which name bodies as countries do ("Skills Development
    Scotland"): ISO 3166-2's subdivisions of the type "Country" (England, Scotland, Wales)."""
    return frozenset(re.sub(r"\s*\[.*\]$", "", s.name) for s in pycountry.subdivisions if s.type == "Country")


_COUNTRY_OWNED_WORDS = 2


def _country_owned(doc: Doc) -> dict[tuple[int, int], str]:
    """ "China's Huawei", "India's Infosys": a bare name the NER reads as an organisation,
    right after a country's possessive, is one of its firms or bodies; the possessive says
    whose it is, which a person's or a place's name after it ("China's Li Qiang", "China's
    Guangxi province") does not pass, nor does an acronym or a plan's name ("Bahrain's FDI",
    "X's Fiscal Balance Program"). A name that goes on to a head is left to the head's rule;
    one that goes on with "of" is a title's words ("China's Choice of …")."""
    found = {}
    for t in doc[1:-1]:
        if t.lower_ not in ("'s", "\u2019s") or not _country_before(doc, t.i):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= _COUNTRY_OWNED_WORDS and doc[end].pos_ == "PROPN" and _name_word(doc[end]):
            end += 1
        run = doc[t.i + 1 : end]
        if not len(run) or any(_is_head(x) or x.is_upper for x in run) or not any(x.ent_type_ == "ORG" for x in run):
            continue
        if end < len(doc) and (_is_head(doc[end]) or doc[end].pos_ == "PROPN" or doc[end].lower_ in ("of", "for")):
            continue
        if _actor_name(run, city_allowed=False) and not any(x.ent_type_ == "PERSON" for x in run) and not _excluded(run):
            found[(run.start, run.end)] = "company"
    return found


_LOCAL_GOVERNMENTS = frozenset({"City", "Municipality", "County", "Borough", "Town"})


def _local_governments(doc: Doc) -> dict[tuple[int, int], str]:
    """ "the City of Zurich supports …", "the City of Toronto's commitment": a city, county or
    municipality "of" a place that acts or owns is its local government; one where something
    is ("a campus in the City of X") stays a place."""
    found = {}
    for i in _positions(doc, _LOCAL_GOVERNMENTS):
        t = doc[i]
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "of" or not _capitalised(doc[i + 2]):
            continue
        end = t.i + 2
        while end < len(doc) and _name_word(doc[end]) and not _is_head(doc[end]):
            end += 1
        owns = end < len(doc) and doc[end].lower_ in ("'s", "\u2019s")
        acts = t.dep_ == "nsubj" and t.head.pos_ == "VERB"
        if owns or acts:
            found[(t.i, end)] = "government"
    return found


def _country_before(doc: Doc, i: int) -> bool:
    """A country's name of up to three words ends right before token `i`."""
    return any(doc[j:i].text in gazetteer() and gazetteer()[doc[j:i].text].form == "name" for j in range(max(0, i - 3), i))



_FUNDED = re.compile(r"(?i:funded|financed|sponsored|co-funded|co-financed)")


def _funders_before(doc: Doc) -> dict[tuple[int, int], str]:
    """ "the AusAID funded project", "a Kestrel-financed centre": a name set between an
    article and the participle of paying, as the one who pays, is a body, whatever the NER
    reads it as; a participle in capitals is a title's word ("a Centrally Sponsored Scheme")."""
    found = {}
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        participle = nxt if _FUNDED.fullmatch(nxt.text) else None
        if participle is None and nxt.text == "-" and t.i + 2 < len(doc) and not t.whitespace_ and not nxt.whitespace_:
            participle = doc[t.i + 2] if _FUNDED.fullmatch(doc[t.i + 2].text) else None
        modifies = t.i > 0 and doc[t.i - 1].lower_ in ("the", "a", "an") and participle is not None and participle.is_lower
        if participle is not None and modifies and t.pos_ == "PROPN" and _capitalised(t) and _actor_name(doc[t.i : t.i + 1], city_allowed=False):
            found[(t.i, t.i + 1)] = "other"
    return found
