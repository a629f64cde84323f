"""What a number counts or measures (`quantified`) and its head noun.

Tried in order, each a named method: a table cell's column header (with what the table
counts); the whole of "4 out of 30 trainees"; the noun the number modifies or the Y of "X% of
Y" (numbers.py); what the parse says around it (the noun of "a monthly wage of 9,500 rupees",
the object of "raised the pass rate by 12%", the noun before a bracketed share, the set a "four
of which" partitions); the subject of the verb it is the object of, a vague subject ("the
number") replaced by what it is the number of.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..mention import Mention
from .context import Context
from .subject import verb_subject

_VAGUE_SUBJECTS = {"number", "scale", "total", "amount", "size", "count", "figure", "share", "proportion"}
_RELATIVE_PRONOUNS = {"which", "whom", "whose", "that"}
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b", re.I)
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+)?(?:(?:first|last|same|total)\s+)?")
_GENERIC_HEADERS = {"quantity", "number", "total", "count", "value", "amount", "scale"}
_CURRENCY_LEAD = r"(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3}|Rs\.?)?"
_COLON_LABEL = re.compile(r"(?:^|[(,;])\s*(?P<label>[A-Za-z][^:()\n,;\d]{1,60}?)\s*:\s*" + _CURRENCY_LEAD + r"\s*$")
_LINE_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Za-z'’ -]{2,50}?)\s*" + _CURRENCY_LEAD + r"\s*")
_BRACKET_LEAD = re.compile(
    r"\(\s*(?:(?:up|down|or|about|some|nearly|almost|around|over|roughly|approximately|just|by|a|an)\s+){1,3}$", re.I
)
_FIGURE = re.compile(r"\d[\d,.]*")


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


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _label(ctx: Context, number: Mention) -> str | None:
    """A label the number is the value of: "Central share: ₹30,000 crore", an infobox row
    "Total assetsUS$ 55 billion", or a label line right above ("Number of employees" over
    "79,900 (2019)")."""
    text = ctx.text
    a, b = _line(text, number.start)
    before, line = text[a : number.start], text[a:b].strip()
    if m := _COLON_LABEL.search(before):
        return m.group("label").strip()
    short = len(line.split()) <= 10 and not line.endswith((".", "!", "?"))
    if short and (m := _LINE_LABEL.fullmatch(before)):
        return m.group("label").strip()
    if not before.strip() and a >= 2 and text[a - 1] == "\n" and text[a - 2] != "\n":
        above = text[text.rfind("\n", 0, a - 1) + 1 : a - 1].strip()
        if above and len(above.split()) <= 8 and not _FIGURE.search(above) and not above.endswith((".", ":", ",")):
            return above
    return None


def _bracket_after_noun(ctx: Context, number: Mention) -> tuple[str, Token] | None:
    """ "sales assistants (down 36.2%)": the noun right before the bracket."""
    text = ctx.text
    lead = _BRACKET_LEAD.search(text, max(0, number.start - 40), number.start)
    if lead is None or not text[number.end :].lstrip().startswith(")"):
        return None
    token = ctx.prep.token_at(len(text[: lead.start()].rstrip()) - 1)
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return None
    return _compact_text(ctx, token), token


_CHANGE = re.compile(
    r"\b(?:up|down|rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|slipped|"
    r"increase|decrease|rise|fall|growth|drop|decline)\b[\s\w]{0,12}$",
    re.I,
)


def sibling(ctx: Context, number: Mention, linked: dict[Mention, str]) -> str | None:
    """What a bare number shares with a number of its sentence that names what it counts:
    the same unit ("78 million workers, up from 56.7 million") or, for a change ("down 5.0%
    compared with …"), the quantity that changed; the nearest one, before the number first."""
    s_start, s_end = ctx.sentence(number.start)
    change = bool(_CHANGE.search(ctx.text, max(s_start, number.start - 30), number.start))
    unit = number.attrs.get("unit")
    named = [
        n for n in ctx.numbers
        if n is not number and s_start <= n.start < s_end and linked.get(n) and (change or n.attrs.get("unit") == unit)
    ]
    before = [n for n in named if n.end <= number.start]
    twin = before[-1] if before else (named[0] if named else None)
    return linked[twin] if twin is not None else None


def _noun_after(ctx: Context, number: Mention, token: Token) -> tuple[str, Token] | None:
    """ "a US$21 million credit", "a 51% increase in registrations": the noun the number
    stands before, with what follows it."""
    top = _top(ctx, number, token)
    head = top.head
    if head.i <= top.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    a, _ = ctx.prep.span_of(head)
    between = ctx.text[number.end : a]
    if "\n" in between or re.search(r"[^\w\s'’-]", between):
        return None
    return _chunk_text(ctx, head, without=top), head


def _figures_line(text: str, number: Mention) -> bool:
    a, b = _line(text, number.start)
    line = text[a:b]
    return len(_FIGURE.findall(line)) >= 2 and len(re.findall(r"[A-Za-z]{2,}", line)) <= len(_FIGURE.findall(line))


def _cell(ctx: Context, table, cell) -> tuple[str | None, Token | None, str]:
    """A table cell: its column's header (joined with what the table counts when the header
    is short); in a table of label-value rows, or under a header that only gives the year,
    its row's label; else the caption."""
    header = table.header(cell)
    topic = _topic_before(ctx, table.start)
    topic_text = _chunk_text(ctx, topic) if topic is not None else None
    says_nothing = header.lower() in _GENERIC_HEADERS or not re.search(r"[A-Za-z]{2,}", header)
    label = cell.row_label if re.search(r"[A-Za-z]{2,}", cell.row_label) else ""
    if label and label.lower() not in _GENERIC_HEADERS and (says_nothing or len(table.columns) <= 1):
        return label, None, "table-row-label"
    if says_nothing and topic_text:
        return topic_text, topic, "table-column+topic"
    if says_nothing:
        return _scope_line(ctx, table.start)
    if topic_text and len(header.split()) <= 2:
        return f"{header.lower()} of {topic_text}", None, "table-column+topic"
    caption, _, kind = _scope_line(ctx, table.start)
    if caption and len(header.split()) <= 3:
        return f"{header} ({caption})", None, "table-column+caption"
    return header, None, "table-column"


def _scope_line(ctx: Context, pos: int) -> tuple[str | None, Token | None, str]:
    """The nearest list lead, caption or heading above `pos`, as what its figures count."""
    for scope in ctx.scopes.over(pos):
        if scope.kind != "title":
            return " ".join(ctx.text[scope.start : scope.end].split()).rstrip(":"), None, f"{scope.kind}-of-figures"
    return None, None, "none"


def link(ctx: Context, number: Mention, token: Token | None) -> tuple[str | None, Token | None, str]:
    known = number.attrs.get("quantified")
    if cell := ctx.cell_of(number):
        return _cell(ctx, *cell)
    if (whole := _out_of(ctx, number)) is not None and whole.attrs.get("quantified"):
        return whole.attrs["quantified"], None, "out-of"
    if known and known.lower() not in _RELATIVE_PRONOUNS:
        return known, None, "parse-modifier"
    if label := _label(ctx, number):
        return label, None, "label"
    if named := _bracket_after_noun(ctx, number):
        return named[0], named[1], "noun-before-bracket"
    if _figures_line(ctx.text, number):
        return _scope_line(ctx, number.start)
    if token is not None and (after := _noun_after(ctx, number, token)):
        return after[0], after[1], "parse-noun-after-number"
    found = _by_parse(ctx, number, token) if token is not None else None
    return found if found is not None else (None, None, "none")


def _by_parse(ctx: Context, number: Mention, token: Token) -> tuple[str, Token | None, str] | None:
    if named := _named_by_syntax(ctx, number, token):
        return named
    subject = verb_subject(token)
    if subject is None:
        if _existential(token) and (topic := _topic_before(ctx, number.start, window=400)) is not None:
            return _chunk_text(ctx, topic), topic, "there-were-topic"
        return None
    if subject.lower_ in _VAGUE_SUBJECTS:
        obj = _of_object(subject) or _topic_before(ctx, number.start)
        if obj is not None:
            return _chunk_text(ctx, obj), obj, "parse-subject-of"
    return _chunk_text(ctx, subject), subject, "parse-subject"


def head(quantified: str | None, token: Token | None) -> str | None:
    if token is not None and token.lemma_.isalpha():
        return token.lemma_.lower()
    if not quantified:
        return None
    before, _, after = quantified.split(" (")[0].partition(" of ")
    words = re.findall(r"[A-Za-z]+", before)
    if words and words[-1].lower() in _VAGUE_SUBJECTS and after:
        words = re.findall(r"[A-Za-z]+", after.split(",")[0])
    return _singular(words[-1].lower()) if words else None


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


