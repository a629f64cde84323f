"""How far a name reaches rightwards from its head: over "of ..." tails (a name listed
after it, a person or a headline verb ends one), legal suffixes and the adjectives a
Romance or German name puts after its head."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...patterns import load_lexicon
from .. import places
from ..countries import gazetteer, word
from ..language import language_of
from .edges import _capital_run_end, _glossary_entry, _headed_name_after
from .words import (
    _ANDS, _ARTICLES, _CONNECTORS, _DESCRIBING_PARTICIPLES, _FOREIGN_INNER, _FOREIGN_TAILS, _OF_TAIL_INNER, _TAIL_STARTS,
    _MONTHS, _TITLES, _capitalised, _caps_line, _glued, _head_first, _is_acronym, _is_head, _name_word, _spelled_by,
)


def _of_tail(doc: Doc, i: int, line_starts: frozenset[int], starts: frozenset[str] | set[str] = _TAIL_STARTS) -> int:
    """End of an "of ..." or "for ..." tail starting at token `i` ("of the Republic of Estonia").

    A tail that has its noun does not go on over a line break ("Department of Labor" / "View"),
    and lists one series of fields: a second after a comma ("…, Science and Innovation, Ann
    Obi and Jo Lindo") lists people or other bodies.
    Italian "per" opens one only before its article ("per l’Analisi", "per la Coesione"): in
    English it is "a National Polytechnic per County". Italian "di" is Indonesian and Malay
    "in" ("SMK di Kabupaten Bekasi", schools in a district)."""
    if i >= len(doc) or doc[i].lower_ not in starts:
        return i
    if doc[i].lower_ == "per" and not (i + 1 < len(doc) and doc[i + 1].lower_ in _ITALIAN_ARTICLES):
        return i
    if doc[i].lower_ == "di" and language_of(doc.text) == "id":
        return i
    if doc[i].text.isupper() and not doc[i - 1].text.isupper():
        return i
    j = i + 1
    if j < len(doc) and doc[j].lower_ in _ARTICLES:
        j += 1
    end = i
    holders = i > 0 and doc[i - 1].text in _HOLDERS_OFFICES and doc[i + 1 : i + 2].text.lower() == "the"
    listed = False
    while j < len(doc):
        tok = doc[j]
        if holders and tok.text in _HELD_TITLES:
            end = j = j + 1
            continue
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
        elif tok.text == "," and end > i and not listed and (after := _listed_names_end(doc, j + 1, doc[i].lower_ in _FOREIGN_TAILS)):
            end = j = after
            listed = True
        elif tok.lower_ in ("'s", "\u2019s") and (_headed_name_after(doc, j + 1) or _defined_term_after(doc, j + 1)):
            break
        elif end == j and _plural_possessive(doc, j):
            j += 1
        elif tok.lower_ in _OF_TAIL_INNER and j + 1 < len(doc) and _continues_tail(tok, doc[j + 1]):
            j += 1
        elif end > i and doc[i].lower_ in _FOREIGN_TAILS and (after := _foreign_inner_end(doc, j)):
            j = after
        elif (
            tok.lower_ in _CONNECTORS and j + 2 < len(doc) and doc[j + 1].lower_ == "the" and _continues_tail(tok, doc[j + 2])
            and not _state_named(doc, j + 2) and not _before_common_noun(doc, j + 2)
        ):
            j += 2
        else:
            break
    if end > i and doc[i].lower_ == "for" and end < len(doc) and _lowercase_word(doc[end]):
        return i
    return _before_an_officer(doc, i, end) if end > i else i


def _before_an_officer(doc: Doc, i: int, end: int) -> int:
    """A tail's owner before an office ("High Commission of India’s First Secretary"): the
    name ends at the possessive, and the words after it, a rank and a title, name a post, not
    the body ("Ministry of Women’s Affairs Director" keeps its "Affairs")."""
    if end < len(doc) and word(doc[end]) in _TITLES:
        owners = [k for k in range(i + 1, end) if doc[k].lower_ in ("'s", "\u2019s")]
        if owners and all(t.ent_type_ == "ORDINAL" or t.pos_ == "ADJ" or word(t) in _TITLES for t in doc[owners[-1] + 1 : end]):
            return owners[-1]
    return end


_ITALIAN_ARTICLES = frozenset({"l’", "l'", "la", "il", "lo", "le", "i", "gli"})


_HOLDERS_OFFICES = {"Office", "Cabinet", "Secretariat", "Chancellery"}
_HELD_TITLES = {"Prime", "Vice", "Deputy", "Minister", "President", "Governor", "Secretary", "Chancellor", "Mayor", "Premier"}
"""An office named after the one who holds it ("Office of the Prime Minister", "Cabinet of
the Vice President"): there the title belongs to the name, where elsewhere it starts a person's."""


def _foreign_inner_end(doc: Doc, j: int) -> int | None:
    """After the small words of a foreign tail from token `j` ("e", "et des", "y la"), the
    token where its next name word stands, if one does; not a head after "and" and an
    article, which opens a second body ("… Profesional y Técnica y la Cámara …", Dutch "… van
    Tembo en de Commissie …"), nor any word after a second "and" and an article ("de Industria
    y Comercio y el Sena"). "And" with a bare "of" goes on with one name's fields ("… de Santé
    Publique et de Service Social")."""
    k = j
    while k < len(doc) and k - j < 3 and doc[k].lower_ in _FOREIGN_INNER and doc[k].is_lower:
        k += 1
    dutch = language_of(doc.text) == "nl"
    prepositions = _FOREIGN_PREPOSITIONS - {"de"} if dutch else _FOREIGN_PREPOSITIONS
    ands = _FOREIGN_AND | {"en"} if dutch else _FOREIGN_AND
    joined = k - j >= 2 and doc[j].lower_ in ands and not all(t.lower_ in prepositions for t in doc[j + 1 : k])
    again = any(t.lower_ in ands for t in doc[max(0, j - _LIST_REACH) : j])
    second = joined and k < len(doc) and (_head_or_foreign_head(doc[k]) or again)
    return k if k > j and k < len(doc) and _name_word(doc[k]) and not second else None


_FOREIGN_PREPOSITIONS = frozenset({"de", "di", "da", "do", "für", "fur", "para", "pour", "per", "en", "em", "în"})


_LIST_REACH = 3
"""How far back an "and" closes a tail's list: "de Industria y Comercio y el Sena" names two
bodies."""


def _head_or_foreign_head(token: Token) -> bool:
    return _is_head(token) or token.text in load_lexicon("org_heads_foreign.tsv")


def _plural_possessive(doc: Doc, j: int) -> bool:
    """ "of Agriculture and Farmers' Welfare", "of Veterans' Affairs": an apostrophe glued to
    a plural inside a tail, with a capitalised word after it, goes on with the name."""
    tok = doc[j]
    return (
        tok.text in ("'", "\u2019") and doc[j - 1].text.endswith("s") and _glued(doc[j - 1], tok)
        and j + 1 < len(doc) and _name_word(doc[j + 1]) and not _is_head(doc[j + 1])
    )


def _defined_term_after(doc: Doc, j: int) -> bool:
    """The words from token `j` spell the acronym bracketed after them: after a possessive
    they are a term the owner defines ("Ministry of Education's Technical and Vocational
    Education and Training (TVET) initiative"), not the rest of its name."""
    k = j
    while k < len(doc) and (_name_word(doc[k]) or doc[k].lower_ in _OF_TAIL_INNER):
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return False
    return _spelled_by(doc, j, doc[k + 1].text) == k


def _before_common_noun(doc: Doc, j: int) -> bool:
    """The capitalised words from token `j` modify a lower-case noun ("the Tianjin
    government", "the Kestria office"): a second, unnamed body, not the tail's next word."""
    end = _capital_run_end(doc, j)
    return end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"


def _person_starts(doc: Doc, j: int) -> bool:
    """A person's name of two words or more begins at token `j` (the NER says so): a tail
    that has its noun ends before it ("Directorate of Technical Education Anna Kask, ...")."""
    if doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B" or j + 1 >= len(doc):
        return False
    generic = load_lexicon("org_generic_words.tsv")
    pair = doc[j : j + 2]
    return pair[1].ent_type_ == "PERSON" and pair[1].ent_iob_ == "I" and not any(word(t) in generic or _is_head(t) for t in pair)


def _capitalised_object(doc: Doc, k: int) -> bool:
    """The words from `k` open a headline's object: a capitalised word, after "the" or "a" too
    ("… Hosts the Police College Delegation")."""
    if doc[k].lower_ in ("the", "a", "an") and k + 1 < len(doc):
        k += 1
    return doc[k].text[:1].isupper()


def _headline_verb(doc: Doc, j: int) -> bool:
    """ "Department of Labor Awards $80M": in a headline the verb after a name is capitalised
    too; a word shaped like a verb ("Awards", "Invested") right before an amount is no part of
    the name (before a year it may name an event: "College Awards 2019"), while a list's
    "College of New Caledonia $310,455" keeps its last word. A headline's verb of
    `patterns/org_headline_verbs.tsv` before its capitalised object ends the name too
    ("University of X Signs MoU")."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or not doc[j].is_alpha:
        return False
    headline = doc[j].is_title or doc[j].is_upper and _caps_line(doc[j])
    if doc[j].lower_ in load_lexicon("org_headline_verbs.tsv") and headline and _capitalised_object(doc, j + 1):
        return True
    if not (doc[j].pos_ == "VERB" or doc[j].lower_.endswith(("s", "ed")) or not doc[j].is_title):
        return False
    year = re.fullmatch(r"(?:19|20)\d\d", nxt.text)
    return nxt.text[:1] in "$€£¥₹" or (nxt.like_num and not year)


def _link_label(doc: Doc, j: int) -> bool:
    """ "View Abstract", "Download PDF": a page's link label after a name."""
    return word(doc[j]) in load_lexicon("org_link_words.tsv") and j + 1 < len(doc) and _capitalised(doc[j + 1])


def _state_named(doc: Doc, k: int) -> bool:
    """A country's name begins at token `k` ("the Government of Kenya and the Republic of
    Korea"): a second party, not more of the first one's tail."""
    if doc[k].text in ("Republic", "Kingdom") and k + 1 < len(doc) and doc[k + 1].lower_ == "of":
        return True
    for end in range(min(len(doc), k + 6), k, -1):
        entry = gazetteer().get(doc[k:end].text)
        if entry and entry.form == "name":
            return True
    return False


def _country_closes(token: Token) -> bool:
    """A country's name from `token` that ends its line ("Department of Foreign Affairs and
    Trade - Australia" over a record): after a spaced dash it says where the body is; inside a
    line it may be the name's own ("College of the North Atlantic - Qatar (CNA-Q)")."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    return doc[token.i : end].text in gazetteer() and (end == len(doc) or "\n" in doc[end - 1].whitespace_ or doc[end].is_space)


def _continues_tail(joiner: Token, nxt: Token) -> bool:
    """ "of X and Y": "and" goes on unless a new organisation starts after it, that is, unless
    the capitalised run after "and" holds a head noun ("X of Y and Z University") or opens
    with a country's or body's possessive before a name ("Ministry of Agriculture and China’s X
    College", not "Ministry for Women’s Affairs and Women’s Rights" nor "Ministry of Trade and
    Industry's budget"). A spaced dash before a country's name ends the name."""
    if not _name_word(nxt):
        return False
    if joiner.text == "-" and joiner.whitespace_ and _country_closes(nxt):
        return False
    if joiner.lower_ not in _CONNECTORS:
        return True
    doc, i = nxt.doc, nxt.i
    owner = nxt.ent_type_ in ("GPE", "ORG") or word(nxt) in gazetteer() or word(nxt) in places.gazetteer()
    if owner and i + 2 < len(doc) and doc[i + 1].lower_ in ("'s", "’s") and _name_word(doc[i + 2]):
        return False
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


_FOREIGN_AND = frozenset({"y", "e", "et", "und", "i", "dan", "og", "och"})


def _listed_names_end(doc: Doc, j: int, foreign: bool = False) -> int | None:
    """End of ", Science and Technology"-style list items that close with "and X" (or ", and X",
    ", and the X")
    in a name tail; in a Romance or German tail with its own word for "and" (", Cultura y
    Deportes"). An item ending in a head noun or holding an acronym starts a new name
    ("College of Engineering X, Y Technological University, and Z"): no tail then; a head
    alone is one more field ("Chamber of Commerce, Industry, Mines and Crafts"), and so is an
    item a field word ends ("Trade and Enterprise Development")."""
    connectors = _CONNECTORS | _FOREIGN_AND if foreign else _CONNECTORS

    def item(k: int) -> int:
        """Where an item's words start, past the articles a Romance list repeats (", des
        Techniques et des Technologies")."""
        while foreign and k + 1 < len(doc) and doc[k].lower_ in _ROMANCE_ITEM_ARTICLES:
            k += 1
        return k

    def run_end(k: int) -> int | None:
        start = k
        while k < len(doc) and _name_word(doc[k]):
            k += 1
        lone_head = k - start == 1 and _is_head(doc[start]) and not _is_acronym(doc[start])
        field = word(doc[k - 1]) in load_lexicon("org_generic_words.tsv") and not _is_head(doc[k - 1])
        bodies = any(_is_head(t) for t in doc[start:k]) and not field
        return None if not lone_head and (bodies or any(_is_acronym(t) for t in doc[start:k])) else k

    j = item(j)
    while j < len(doc) and _name_word(doc[j]):
        k = run_end(j)
        if k is None:
            return None
        if k + 1 < len(doc) and doc[k].lower_ in connectors and _name_word(doc[item(k + 1)]):
            return run_end(item(k + 1))
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in connectors:
            first = k + 2 + (doc[k + 2].lower_ == "the" and k + 3 < len(doc))
            if _name_word(doc[item(first)]):
                return run_end(item(first))
        if k + 1 < len(doc) and doc[k].text == ",":
            j = item(k + 1)
            continue
        return None
    return None


_ROMANCE_ITEM_ARTICLES = frozenset({"des", "du", "de", "la", "l'", "l’", "del", "dos", "das", "da", "do", "los", "las"})


def _lowercase_word(token: Token) -> bool:
    """A lower-case content word: "Center for X technical education" names no "X" body."""
    return token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN")


def _hyphen_glued(doc: Doc, j: int) -> bool:
    """Token `j` belongs to a hyphenated word begun before it ("People-to-people")."""
    prev = doc[j - 1]
    return (prev.text == "-" or doc[j].text == "-") and _glued(prev, doc[j]) and not doc[j].is_space


def _numbered(doc: Doc, i: int, k: int) -> bool:
    """A school's number at token `k` of a head-first name, before the place it is in ("SMK 2
    Kotabumi", "SMK Model Karya 1 Mejayan"), not before an abbreviation ("Calle 57 No. 8")."""
    return (
        _head_first(doc[i]) and k + 1 < len(doc) and doc[k].is_digit and len(doc[k]) <= 3 and _name_word(doc[k + 1])
        and doc[k + 2 : k + 3].text != "."
    )


_NUMBER_WORDS = frozenset({"number", "no.", "no", "nr.", "nr", "№"})


def _school_number_end(doc: Doc, i: int, end: int) -> int:
    """ "Vocational School number 5", "Secondary School No. 12": a school numbered after its
    head, as post-Soviet systems name them; the number is part of the name."""
    if end == i + 1 and end + 1 < len(doc) and doc[end].lower_ in _NUMBER_WORDS and doc[end + 1].is_digit and len(doc[end + 1]) <= 3:
        return end + 2
    return end


def _right_edge(doc: Doc, i: int, suffix_ends: dict[int, int], line_starts: frozenset[int]) -> int:
    """End (exclusive) of the name whose head is token `i`: legal suffixes and "of" tails,
    and the adjectives a Romance or German name puts after its head before such a tail
    ("Centre National de la ...", "Instituto Nacional de ..."); a head-first name may number
    its school before the place, after its head or its other name words (`_numbered`)."""
    end = i + 1
    run = _capital_run_end(doc, end + _numbered(doc, i, end))
    if _head_first(doc[i]) and run > end and _numbered(doc, i, run):
        run = _capital_run_end(doc, run + 1)
    while any(k in line_starts for k in range(end, run)):
        run -= 1
    closes = run < len(doc) and doc[run].lower_ in _FOREIGN_TAILS or _head_first(doc[i])
    if run > end and closes and not any(_is_head(t) for t in doc[end:run]):
        end = run
        end = _portfolio_list_end(doc, i, _joined_field_end(doc, i, end))
    end = _school_number_end(doc, i, end)
    while True:
        nxt = suffix_ends.get(end) or (end if _purpose_after_state(doc, i, end) else _of_tail(doc, end, line_starts))
        if nxt <= end:
            nxt = _topic_tail(doc, i, end, line_starts)
        if nxt <= end:
            return end
        end = nxt


def _joined_field_end(doc: Doc, i: int, end: int) -> int:
    """ "Kementerian Pendidikan Dasar dan Menengah": a head written first whose fields another
    language's "and" joins (`_ANDS`) reaches over the second field, unless a head opens it."""
    if not (_head_first(doc[i]) and end + 1 < len(doc) and doc[end].lower_ in _ANDS and doc[end].is_lower):
        return end
    nxt = _capital_run_end(doc, end + 1)
    return nxt if nxt > end + 1 and not any(_is_head(t) or _head_first(t) for t in doc[end + 1 : nxt]) else end


def _portfolio_list_end(doc: Doc, i: int, end: int) -> int:
    """A head written first whose name lists its portfolios ("Kementerian Pendidikan,
    Kebudayaan, Riset, dan Teknologi (…)") reaches over the list when a bracketed short form
    follows it; without one, a comma after the name may as well open a list of other bodies."""
    if not (_head_first(doc[i]) and doc[end : end + 1].text == ","):
        return end
    listed = _listed_names_end(doc, end + 1, foreign=True)
    return listed if listed and doc[listed : listed + 1].text == "(" else end


def _purpose_after_state(doc: Doc, i: int, end: int) -> bool:
    """A "for the ..." after a tail naming a country says what a state's body is given
    something for ("a grant to the Government of Rwanda for the ... Centre"), not more of its
    name; "National Commission of Mongolia for UNESCO" keeps its bare "for"."""
    if not (end + 1 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].lower_ == "the"):
        return False
    ofs = [k for k in range(i + 1, end) if doc[k].lower_ == "of"]
    return bool(ofs) and _a_country(doc[ofs[-1] + 1 : end].text)


_TOPIC_HEADS = {
    "committee", "commission", "council", "centre", "center", "panel", "taskforce", "group", "force", "forum", "institute",
    "coalition", "alliance", "observatory",
}
_LOCAL_UNITS = {"office", "embassy", "consulate", "mission", "representation", "consulate general", "consulate-general"}


def _topic_tail(doc: Doc, i: int, end: int, line_starts: frozenset[int]) -> int:
    """End of an "in ..." tail naming a field ("Association of Entrepreneurs in Construction",
    "Network for Education in Emergencies") after a name that already has its "of"/"for"
    tail, or of an "on ..." tail after a committee, commission or council ("House Committee
    on Federal Polytechnics"). A place or a month after "in" or "on" says where or when
    the body acts ("University of Rwanda in Kigali", "Ministry of Education in February"), so
    it ends the name instead; but a body's office, embassy or mission is named by the place
    it serves ("UNESCO Office in Iraq", "Embassy of China in Addis Ababa"), unless its own
    tail already says whose it is ("Office of the Prime Minister in Freeport"), or a bracketed
    acronym spells the place too (`_acronym_spells_tail`). A body after
    "in the" is the parent the name sits in ("Department for Skills in the Ministry of
    Labour"), a name of its own."""
    if end >= len(doc):
        return end
    starter = doc[end].lower_
    tailed = any(t.text in _TAIL_STARTS for t in doc[i + 1 : end])
    unit = doc[i].lower_ if doc[i].lower_ != "general" or i < 2 else doc[i - 2 if doc[i - 1].text == "-" else i - 1 : i + 1].text.lower()
    local = starter == "in" and unit in _LOCAL_UNITS and (end == i + 1 or _a_country(doc[i + 2 : end].text))
    if not (starter == "in" and tailed or starter == "on" and doc[i].lower_ in _TOPIC_HEADS or local):
        return end
    stop = _of_tail(doc, end, line_starts, {starter})
    words = doc[end + 1 : stop]
    if not any(t.is_alpha and t.lower_ not in _OF_TAIL_INNER for t in words):
        return end
    if starter == "in" and words[0].lower_ == "the" and any(_is_head(t) for t in words):
        return end
    if local:
        return stop if _where_or_when(words) and not any(t.ent_type_ == "DATE" for t in words) else end
    return end if _where_or_when(words) and not _acronym_spells_tail(doc, i, stop) else stop


def _a_country(text: str) -> bool:
    """The words name a country, with or without an article ("China", "the Kingdom of The
    Netherlands")."""
    bare = text.removeprefix("the ").removeprefix("The ")
    return bare in gazetteer() or bare.replace(" The ", " the ") in gazetteer()


def _acronym_spells_tail(doc: Doc, i: int, stop: int) -> bool:
    """The acronym bracketed after the tail ends with the initials of the name's words from
    its head to the tail's end: "Association of Technical Universities and Polytechnics in
    Africa (ATUPA)" holds its continent."""
    if not (stop + 2 < len(doc) and doc[stop].text == "(" and doc[stop + 2].text == ")" and _is_acronym(doc[stop + 1])):
        return False
    initials = "".join(t.text[0] for t in doc[i:stop] if t.is_alpha and t.is_title)
    return len(initials) > 1 and doc[stop + 1].text.endswith(initials)


def _where_or_when(words: Span) -> bool:
    """Words that name a place or a month: a country, region or a province or city that
    points to one country; any province or city the reference data holds (of any
    country) that the model reads as a place ("in Moscow", not "on Federal Polytechnics"); a
    name ending in a kind of division ("in the Gatisbo District")."""
    regions = load_lexicon("regions.tsv") | load_lexicon("continents.tsv")
    spans = [words[a:b] for a in range(len(words)) for b in range(a + 1, min(a + 4, len(words)) + 1)]
    return any(
        x.text in gazetteer() or x.text in places.gazetteer() or x.text in regions
        or x.text in places.any_place_names() and x[0].ent_type_ in ("GPE", "LOC")
        for x in spans
    ) or any(t.ent_type_ == "DATE" or t.text.upper()[:3] in _MONTHS for t in words) or words[-1].text in _DIVISIONS


_DIVISIONS = {"District", "Province", "Region", "County", "Municipality", "Prefecture", "Governorate", "Township"}
"""The kinds of administrative division a place's name ends with ("in the Gatisbo District"):
it says where a body is."""
