"""Facts: what each NUMBER counts, for which year and which country, and who is its subject.

Each link is made by one named rule (the `method`), tried in order:
- quantified: a flattened-table cell takes its column header (with what the table counts);
  else the noun the number modifies or the Y of "X% of Y" (numbers.py); else the second
  number's noun in "4 out of 30 trainees"; else what the parse says around the number: the
  noun of "a monthly wage of 9,500 rupees", the object of "raised the pass rate by 12%", the
  noun before a bracketed share "teamwork skills (62%)", in "four of which" the nearest
  counted set before it ("nine manuals, four of which"), else the noun the relative clause
  describes; else, for a number that is the object of a verb ("rose to 56.7%"), the
  verb's subject, where a vague subject ("the number", "the scale") is replaced by what it
  is the number of.
- year: a table cell's row year; "<number> in <year>"; a governing opening phrase ("As of
  2024,", "By August 2021,"); the only year (or the later year of a range) in the clause,
  then in the sentence. Years in the references section never count.
- country: a country named inside what is counted ("students in Kenya", "Sino-foreign");
  a table cell takes a country (or province or city) in its own row, else its caption's, else the last place
  named in the text introducing the table; otherwise a country mentioned in the clause, then
  in the sentence (the nearest one before the number when there are several); a province,
  state or city in the sentence (places.py: ISO 3166-2 and GeoNames, read as proper nouns);
  a "Sino-" compound; a place the NER sees, in a document mostly about one country; last,
  the latest country or place named earlier in the same paragraph. The partner of a
  "Sino-X" compound stands for China, whose institutions run such programmes.
- organisation: an ORG mention that is the subject of the number's clause.
"""

from __future__ import annotations

import bisect
from collections import Counter
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import places
from .mention import Mention, Prepared
from .series import Table, find_tables

_GOVERNING = re.compile(
    r"^\W*(?:as of|by|in|since|until|till|through|during|at the end of|by the end of)\s+"
    r"(?:(?:early|mid|late|the end of)[\s-]+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$",
    re.I,
)
_AFTER_NUMBER = re.compile(r"^\s*(?:(?:in|by|of|for|as of|during)\s+)?(?:[A-Z][a-z]+\.?\s+)?$")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which)\b")
_VAGUE_SUBJECTS = {"number", "scale", "total", "amount", "size", "count", "figure", "share", "proportion"}
_RELATIVE_PRONOUNS = {"which", "whom", "whose", "that"}
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b", re.I)
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+)?(?:(?:first|last|same|total)\s+)?")
_GENERIC_HEADERS = {"quantity", "number", "total", "count", "value", "amount", "scale"}
_SINO = re.compile(r"\bSino-[a-z]", re.I)
_SINO_BEFORE = re.compile(r"\bSino-$", re.I)


@dataclass(frozen=True)
class Context:
    """What linking one document needs: text, parse, mentions by type, tables, sentences."""

    prep: Prepared
    years: list[Mention]
    countries: list[Mention]
    orgs: list[Mention]
    numbers: list[Mention]
    places: list[tuple[int, int, str, str]]
    tables: list[Table]
    sentences: list[tuple[int, int]]
    dominant: str | None

    def sentence(self, pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right([s for s, _ in self.sentences], pos) - 1, 0)
        return self.sentences[i] if self.sentences else (0, len(self.prep.text))

    def clause(self, mention: Mention) -> tuple[int, int]:
        """The stretch of the sentence between clause breaks (";", ", and", ", while"…)."""
        s_start, s_end = self.sentence(mention.start)
        text = self.prep.text
        start = max([m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, mention.start)], default=s_start)
        after = _CLAUSE_BREAK.search(text, mention.end, s_end)
        return start, after.start() if after else s_end


def _inside(m: Mention, span: tuple[int, int]) -> bool:
    return span[0] <= m.start and m.end <= span[1]


def _cell_of(ctx: Context, number: Mention):
    for table in ctx.tables:
        for cell in table.cells:
            if cell.number is number:
                return table, cell
    return None


def _token(ctx: Context, number: Mention) -> Token | None:
    """The numeral's token: the last digit or word of the span, past currency signs."""
    text = ctx.prep.text[number.start : number.end]
    digits = [m.end() for m in re.finditer(r"[\w.,]+", text) if any(c.isdigit() for c in m.group())]
    end = number.start + (digits[0] if digits else len(text))
    return ctx.prep.token_at(end - 1)


def _chunk_text(ctx: Context, token: Token, without: Token | None = None) -> str:
    """The noun phrase of `token` with its modifiers ("of …", "in …"), without relative
    clauses, appositions, a leading determiner, or the subtree of `without` (the number's own
    "of 28%" in "an increase of 28%")."""
    cut = {t.i for c in token.children if c.dep_ in ("relcl", "advcl", "appos", "parataxis") for t in c.subtree}
    cut |= {t.i for t in without.subtree} if without is not None else set()
    ids = sorted(t.i for t in token.subtree if t.i not in cut)
    first, last = ids[0], ids[-1]
    doc = token.doc
    while first < token.i and (doc[first].dep_ in ("det", "predet") or doc[first].is_punct):
        first += 1
    while last > token.i and (doc[last].is_punct or doc[last].dep_ in ("cc", "prep")):
        last -= 1
    a, b = ctx.prep.span_of(doc[first : last + 1])
    return " ".join(ctx.prep.text[a:b].split())


def _of_object(token: Token) -> Token | None:
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _subject(token: Token) -> Token | None:
    """For a number that is an object or a prepositional object of a verb, that verb's subject."""
    head = token
    while head.dep_ in ("pobj", "prep", "dobj", "attr", "npadvmod", "quantmod", "nummod", "conj", "appos") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            break
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and head.dep_ in ("conj", "xcomp", "advcl") and head.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN") else None


def _existential(token: Token) -> bool:
    """ "There were 15 in 2010": the number is what exists; the topic was named before."""
    head = token
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return any(c.dep_ == "expl" for c in head.children)


def _topic_before(ctx: Context, pos: int, window: int = 800) -> Token | None:
    """The last "number/scale of X" before `pos` in the same stretch of text: X's token."""
    doc = ctx.prep.doc
    lo = ctx.prep.clean.to_clean(max(0, pos - window))
    hi = ctx.prep.clean.to_clean(pos)
    found = None
    for token in doc.char_span(lo, hi, alignment_mode="expand") or []:
        if token.lower_ in _VAGUE_SUBJECTS and (obj := _of_object(token)) is not None:
            found = obj
    return found


def _top(ctx: Context, number: Mention, token: Token) -> Token:
    """The number's highest token inside its own mention ("%" of "28%", "yuan" of "16000 yuan")."""
    while token.head.i != token.i:
        a, b = ctx.prep.span_of(token.head)
        if not (number.start <= a and b <= number.end):
            break
        token = token.head
    return token


def _named_by_syntax(ctx: Context, number: Mention, token: Token) -> tuple[str, Token, str] | None:
    """What a number measures when the parse says so around it, not by modifying a noun:
    "a monthly salary of 16000 yuan", "raised efficiency by 30%", "capabilities (47%)",
    "two of which" (the noun the relative clause describes)."""
    top = _top(ctx, number, token)
    prep = top.head if top.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
        if prep.head.lower_ not in _VAGUE_SUBJECTS and prep.head.i < top.i:
            return _chunk_text(ctx, prep.head, without=prep), prep.head, "parse-noun-of-number"
    if prep is not None and prep.lower_ == "by" and prep.head.pos_ == "VERB":
        objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if objects:
            return _chunk_text(ctx, objects[0]), objects[0], "parse-object-changed-by"
    if _bracketed(ctx, number) and top.dep_ == "appos" and top.head.pos_ in ("NOUN", "PROPN") and top.head.i < top.i:
        return _compact_text(ctx, top.head), top.head, "parse-bracketed-share"
    if _OF_WHICH.match(ctx.prep.text, number.end):
        if (counted := _counted_before(ctx, number)) is not None:
            return counted.attrs["quantified"], None, "partition-of-counted"
        if (noun := _antecedent(top)) is not None:
            return _chunk_text(ctx, noun), noun, "parse-relative-antecedent"
    return None


def _bracketed(ctx: Context, number: Mention) -> bool:
    text = ctx.prep.text
    return text[: number.start].rstrip().endswith("(") and text[number.end :].lstrip().startswith(")")


def _compact_text(ctx: Context, token: Token) -> str:
    """A noun with its left modifiers only ("digital skills" of "digital skills (64%) and …")."""
    first = token.left_edge.i
    while first < token.i and (token.doc[first].dep_ in ("det", "predet") or token.doc[first].is_punct):
        first += 1
    a, b = ctx.prep.span_of(token.doc[first : token.i + 1])
    return " ".join(ctx.prep.text[a:b].split())


def _counted_before(ctx: Context, number: Mention) -> Mention | None:
    """ "6 agreements …, two of which": the nearest earlier number of the sentence that names
    what it counts is the set the partition is taken from."""
    s_start, _ = ctx.sentence(number.start)
    before = [n for n in ctx.numbers if s_start <= n.start and n.end <= number.start and n.attrs.get("quantified")]
    return before[-1] if before else None


def _antecedent(token: Token) -> Token | None:
    """The noun a relative clause holding `token` describes: the clause's head when the parse
    found the clause, else the last noun before it in the sentence."""
    clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
    if clause is not None and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    before = [t for t in token.sent if t.i < token.i and t.pos_ in ("NOUN", "PROPN")]
    return before[-1] if before else None


def _out_of(ctx: Context, number: Mention) -> Mention | None:
    """In "4 out of 30 students" the first number counts what the second one does."""
    after = _OUT_OF.match(ctx.prep.text, number.end)
    if after is None:
        return None
    return next((n for n in ctx.numbers if n.start == after.end()), None)


def _quantified(ctx: Context, number: Mention, token: Token | None) -> tuple[str | None, Token | None, str]:
    known = number.attrs.get("quantified")
    if cell := _cell_of(ctx, number):
        table, c = cell
        header = table.header(c)
        topic = _topic_before(ctx, table.start)
        topic_text = _chunk_text(ctx, topic) if topic is not None else None
        says_nothing = header.lower() in _GENERIC_HEADERS or header.isdigit()
        if says_nothing and topic_text:
            return topic_text, topic, "table-column+topic"
        if says_nothing:
            return None, None, "none"
        if topic_text and len(header.split()) <= 2:
            return f"{header.lower()} of {topic_text}", None, "table-column+topic"
        return header, None, "table-column"
    if (whole := _out_of(ctx, number)) is not None and whole.attrs.get("quantified"):
        return whole.attrs["quantified"], None, "out-of"
    if known and known.lower() not in _RELATIVE_PRONOUNS:
        return known, None, "parse-modifier"
    if token is None:
        return None, None, "none"
    if named := _named_by_syntax(ctx, number, token):
        return named
    subject = _subject(token)
    if subject is None:
        if _existential(token) and (topic := _topic_before(ctx, number.start, window=400)) is not None:
            return _chunk_text(ctx, topic), topic, "there-were-topic"
        return None, None, "none"
    if subject.lower_ in _VAGUE_SUBJECTS:
        obj = _of_object(subject) or _topic_before(ctx, number.start)
        if obj is not None:
            return _chunk_text(ctx, obj), obj, "parse-subject-of"
    return _chunk_text(ctx, subject), subject, "parse-subject"


def _head(quantified: str | None, token: Token | None) -> str | None:
    if token is not None and token.lemma_.isalpha():
        return token.lemma_.lower()
    if not quantified:
        return None
    words = re.findall(r"[A-Za-z]+", quantified.split(" of ")[0])
    return _singular(words[-1].lower()) if words else None


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _year(ctx: Context, number: Mention) -> tuple[Mention | None, str]:
    if (cell := _cell_of(ctx, number)) and cell[1].year is not None:
        return cell[1].year, "table-row"
    text = ctx.prep.text
    candidates = [y for y in ctx.years if ctx.prep.zones.section(y.start) != "references"]
    after = next((y for y in candidates if number.end <= y.start <= number.end + 20), None)
    if after and _AFTER_NUMBER.match(text[number.end : after.start]):
        return after, "number-in-year"
    s_start, s_end = ctx.sentence(number.start)
    for y in candidates:
        if s_start <= y.start < number.start and _GOVERNING.match(text[s_start : y.start]):
            return y, "governing-phrase"
    for span, method in ((ctx.clause(number), "clause"), ((s_start, s_end), "sentence")):
        inside = [y for y in candidates if _inside(y, span)]
        values = {y.attrs["value"] for y in inside}
        if len(values) == 1 or (len(values) == 2 and _is_range(text, inside)):
            return max(inside, key=lambda y: y.attrs["value"]), f"only-year-in-{method}"
    return None, "none"


def _is_range(text: str, years: list[Mention]) -> bool:
    a, b = sorted(years, key=lambda y: y.start)[:2]
    return bool(re.fullmatch(r"\s*(?:to|and|until|[-–—])\s*", text[a.end : b.start]))


def _country_in_phrase(ctx: Context, number: Mention, quantified: str | None) -> str | None:
    """A scope stated inside what is counted: "students in China", "Sino-foreign programmes"."""
    if not quantified:
        return None
    if _SINO.search(quantified):
        return "CHN"
    names = {ctx.prep.text[c.start : c.end]: c.attrs["iso3"] for c in ctx.countries}
    for name, iso3 in names.items():
        if re.search(rf"\b{re.escape(name)}\b", quantified):
            return iso3
    return None


def _country(ctx: Context, number: Mention, quantified: str | None) -> tuple[Mention | None, str | None, str]:
    if scoped := _country_in_phrase(ctx, number, quantified):
        return None, scoped, "country-in-quantified"
    if cell := _cell_of(ctx, number):
        return _table_country(ctx, number, cell[0])
    found = _country_in_sentence(ctx, number)
    if found[2] != "none":
        return found
    s_start, _ = ctx.sentence(number.start)
    place = _latest_place(ctx, ctx.prep.text.rfind("\n\n", 0, number.start) + 1, s_start)
    return place + ("earlier-in-paragraph",) if place else found


def _table_country(ctx: Context, number: Mention, table: Table) -> tuple[Mention | None, str | None, str]:
    """A cell's country: a country, province or city named in its own row; else in the table's
    caption (the sentence before it); else the last place named in the text introducing it."""
    text = ctx.prep.text
    row = (text.rfind("\n", table.start, number.start) + 1 or table.start, text.find("\n", number.end, table.end))
    row_span = (row[0], table.end if row[1] < 0 else row[1])
    in_row = [c for c in ctx.countries if _inside(c, row_span)]
    if in_row:
        return in_row[0], _iso3_of(ctx, in_row[0]), "country-in-table-row"
    if place := _place_in(ctx, row_span):
        return None, place[1], f"{place[2]}-in-table-row"
    caption = ctx.sentence(table.start)[0]
    if caption > 0:
        m, iso3, method = _country_in_sentence(ctx, Mention("NUMBER", caption - 1, caption))
        if iso3:
            return m, iso3, f"table-caption-{method}"
    place = _latest_place(ctx, *_introduction(text, table.start))
    return place + ("table-introduction",) if place else (None, None, "none")


def _introduction(text: str, start: int) -> tuple[int, int]:
    """The text that introduces a table at `start`: its own paragraph up to it, or, when the
    table opens its paragraph, the two paragraphs before (a caption and the text citing it)."""
    para = text.rfind("\n\n", 0, start) + 1
    if text[para:start].strip() or para == 0:
        return para, start
    lo = para
    for _ in range(2):
        lo = text.rfind("\n\n", 0, max(lo - 2, 0)) + 1
    return lo, para


def _latest_place(ctx: Context, lo: int, hi: int) -> tuple[Mention | None, str] | None:
    """The last country, province or city named in [lo, hi): (its mention if a country, ISO3)."""
    found: list[tuple[int, Mention | None, str]] = [
        (c.start, c, _iso3_of(ctx, c)) for c in ctx.countries if lo <= c.start and c.end <= hi
    ]
    if (place := _place_in(ctx, (lo, hi), last=True)) is not None:
        found.append((place[0], None, place[1]))
    if not found:
        return None
    _, mention, iso3 = max(found, key=lambda f: f[0])
    return mention, iso3


def _iso3_of(ctx: Context, country: Mention) -> str:
    """A country mention's ISO3, except that the partner in a "Sino-X" compound ("Sino-German
    programmes") stands for China, whose institutions run them."""
    if _SINO_BEFORE.search(ctx.prep.text, max(0, country.start - 5), country.start):
        return "CHN"
    return country.attrs["iso3"]


def _country_in_sentence(ctx: Context, number: Mention) -> tuple[Mention | None, str | None, str]:
    s_start, s_end = ctx.sentence(number.start)
    for span, method in ((ctx.clause(number), "clause"), ((s_start, s_end), "sentence")):
        inside = [c for c in ctx.countries if _inside(c, span)]
        codes = {_iso3_of(ctx, c) for c in inside}
        if len(codes) == 1:
            return inside[0], _iso3_of(ctx, inside[0]), f"country-in-{method}"
        if codes:
            before = [c for c in inside if c.end <= number.start]
            pick = before[-1] if before else inside[0]
            return pick, _iso3_of(ctx, pick), f"nearest-country-in-{method}"
    if place := _place_in(ctx, (s_start, s_end)):
        return None, place[1], f"{place[2]}-in-sentence"
    if _SINO.search(ctx.prep.text[s_start:s_end]):
        return None, "CHN", "sino-compound-in-sentence"
    if ctx.dominant and _names_a_place(ctx, (s_start, s_end)):
        return None, ctx.dominant, "place-in-document-country"
    return None, None, "none"


def _place_in(ctx: Context, span: tuple[int, int], last: bool = False) -> tuple[int, str, str] | None:
    """(offset, ISO3, kind) of the first (or `last`) province or city named in `span`."""
    inside = [(a, iso3, kind) for a, b, iso3, kind in ctx.places if span[0] <= a and b <= span[1]]
    return (inside[-1] if last else inside[0]) if inside else None


def _places(prep: Prepared, countries: list[Mention]) -> list[tuple[int, int, str, str]]:
    """Provinces and cities named in the document that the parse reads as proper nouns outside
    a person's name (when there is a parse) and that are not part of a country's name."""
    parsed = prep.doc.has_annotation("POS")
    out = []
    for a, b, iso3, kind in places.places_in(prep.text):
        token = prep.token_at(a)
        if parsed and (token is None or token.pos_ != "PROPN" or token.ent_type_ == "PERSON"):
            continue
        if not any(c.start < b and a < c.end for c in countries):
            out.append((a, b, iso3, kind))
    return out


def _names_a_place(ctx: Context, span: tuple[int, int]) -> bool:
    """The sentence names a city or region the NER sees (not a country we know)."""
    a, b = ctx.prep.clean.to_clean(span[0]), ctx.prep.clean.to_clean(span[1])
    return any(e.label_ in ("GPE", "LOC") and a <= e.start_char < b for e in ctx.prep.doc.ents)


def _organisation(ctx: Context, number: Mention, token: Token | None) -> Mention | None:
    if token is None:
        return None
    subject = _subject(token)
    if subject is None:
        return None
    a, b = ctx.prep.span_of(subject)
    return next((o for o in ctx.orgs if o.start <= a and b <= o.end), None)


def _fact(ctx: Context, number: Mention) -> Mention:
    token = _token(ctx, number)
    quantified, head_token, q_method = _quantified(ctx, number, token)
    year, y_method = _year(ctx, number)
    country_mention, country, c_method = _country(ctx, number, quantified)
    org = _organisation(ctx, number, token)
    attrs = dict(number.attrs)
    attrs.update(
        quantified=quantified,
        head=_head(quantified, head_token),
        year=year.attrs["value"] if year else None,
        country=country,
        organisation=org.attrs["name"] if org else None,
        links={"YEAR": year, "COUNTRY": country_mention, "ORG": org},
        method=";".join((f"quantified:{q_method}", f"year:{y_method}", f"country:{c_method}")),
    )
    return Mention(number.type, number.start, number.end, attrs)


def _dominant(countries: list[Mention]) -> str | None:
    """The country a document is mostly about: named in over half of its country mentions."""
    counts = Counter(c.attrs["iso3"] for c in countries)
    if not counts:
        return None
    iso3, n = counts.most_common(1)[0]
    return iso3 if n > len(countries) / 2 else None


def sentences(prep: Prepared) -> list[tuple[int, int]]:
    return [prep.span_of(sent) for sent in prep.doc.sents]


def link(prep: Prepared, mentions: list[Mention]) -> tuple[list[Mention], list[Table]]:
    """Every NUMBER enriched with its fact; other mentions unchanged; and the tables found."""
    by_type = {t: [m for m in mentions if m.type == t] for t in ("YEAR", "COUNTRY", "ORG", "NUMBER")}
    tables = find_tables(prep.text, mentions)
    ctx = Context(
        prep,
        by_type["YEAR"],
        by_type["COUNTRY"],
        by_type["ORG"],
        by_type["NUMBER"],
        _places(prep, by_type["COUNTRY"]),
        tables,
        sentences(prep),
        _dominant(by_type["COUNTRY"]),
    )
    return [_fact(ctx, m) if m.type == "NUMBER" else m for m in mentions], tables
