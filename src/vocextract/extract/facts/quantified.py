"""What a number counts or measures (`quantified`) and its head noun.

Tried in order, each a named method: a table cell's header or row label (layout.py); the
whole of "4 out of 30 trainees"; what a measure is "of" or money is given "in" ("680 tons of
milk", "$700 million in grants"); the noun the number modifies or the Y of "X% of Y"
(numbers.py); a label ("Central share: ₹30,000 crore"); the noun before "(down 36.2%)"; the
noun a sum is the value of ("scholarships worth 32 billion VND"); the whole a sentence opens
on ("Of the total budget, …", "Of these, …"); the caption or heading over a line of figures;
what changed for both ends of a change ("raised the minimum wage from MX$248.93 to
MX$278.80"); the noun the number stands before ("a US$21 million credit"); what the parse
says around it (the noun of "a monthly wage of 9,500 rupees", the object of "raised the pass
rate by 12%", the noun before a bracketed share, the set a "four of which" partitions); what
the figure a pronoun refers to counts ("a third of them", "of which 30%"); the
subject of the verb it is the object of, a vague subject ("the number") replaced by what it
is the number of, an actor ("India holds 6.3%") by what its verb acts on, a payer ("the
government spent $1.1 billion on facilities") by what the money goes to
(`patterns/facts_spending_verbs.tsv`). A second pass (`sibling`) gives a number still
unnamed what a sibling of its sentence counts.
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from ...patterns import load_lexicon
from ..mention import Fact, Mention, is_money
from ..language import ENGLISH, language_of, stop_words
from ..numbers import is_age
from ..units import currency_codes
from . import layout
from .context import Context
from .phrases import VAGUE_SUBJECTS, antecedent, chunk_text, compact_text, existential, of_object, top_token, topic_before
from .subject import verb_subject

_RELATIVE_PRONOUNS = {"which", "whom", "whose", "that"}
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b", re.I)
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:the\s+|a\s+)?(?:(?:first|last|same|total)\s+)?")
_VERB_NOUNS = {
    "grow": "growth", "increase": "increase", "rise": "rise", "fall": "fall", "decline": "decline",
    "drop": "drop", "expand": "expansion", "contract": "contraction", "shrink": "contraction",
    "invest": "investment", "allocate": "allocation", "lend": "loan", "spend": "spending", "export": "exports",
    "import": "imports", "earn": "earnings", "pay": "payment", "donate": "donation", "borrow": "borrowing",
}
_BRACKET_LEAD = re.compile(
    r"\(\s*(?:(?:up|down|or|about|some|nearly|almost|around|over|roughly|approximately|just|by|a|an)\s+){1,3}$", re.I
)


def _named_by_syntax(ctx: Context, number: Mention, token: Token) -> tuple[str, Token, str] | None:
    """What a number measures when the parse says so around it, not by modifying a noun:
    "a monthly salary of 16000 yuan", "raised efficiency by 30%", "reduce the rate to 30%", "capabilities (47%)",
    "two of which" (the noun the relative clause describes), "was 72.89 million of which" (what
    the verb before it is said of)."""
    top = top_token(ctx, number, token)
    prep = top.head if top.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
        if prep.head.lower_ not in VAGUE_SUBJECTS and prep.head.i < top.i:
            return chunk_text(ctx, prep.head, without=prep), prep.head, "parse-noun-of-number"
    if prep is not None and prep.lower_ in ("by", "to") and prep.head.pos_ == "VERB":
        objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        vague = bool(objects) and prep.lower_ == "to" and objects[0].lower_ in VAGUE_SUBJECTS
        if objects and not vague and not _is_name(ctx, objects[0]) and not _in_a_number(ctx, objects[0]):
            return chunk_text(ctx, objects[0]), objects[0], f"parse-object-changed-{prep.lower_}"
    if (
        _bracketed(ctx, number) and top.dep_ == "appos" and top.head.pos_ in ("NOUN", "PROPN") and top.head.i < top.i
        and not _is_name(ctx, top.head)
    ):
        return compact_text(ctx, top.head), top.head, "parse-bracketed-share"
    if _OF_WHICH.match(ctx.prep.text, number.end) and _PARTITION_OPENS.search(ctx.prep.text, ctx.sentence(number.start)[0], number.start):
        if (counted := _counted_before(ctx, number)) is not None:
            return counted.fields.quantified, None, "partition-of-counted"
        if (noun := antecedent(top)) is not None:
            return chunk_text(ctx, noun), noun, "parse-relative-antecedent"
    elif _OF_WHICH.match(ctx.prep.text, number.end) and _WHOLE_AFTER.search(ctx.prep.text, max(0, number.start - 40), number.start) and (
        subject := _subject_before(top)
    ) is not None:
        return chunk_text(ctx, subject), subject, "parse-whole-of-which"
    return None


def _subject_before(token: Token) -> Token | None:
    """ "the labour force was 72.89 million of which …": the subject of the nearest verb before
    a figure that "of which" divides (the parse often takes the figure for the next clause's
    subject); "the number of people" counts people."""
    for t in reversed(token.sent[: token.i - token.sent.start]):
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is not None:
            return (of_object(subject) or subject) if subject.lemma_.lower() in VAGUE_SUBJECTS else subject
    return None


_QUALIFIERS = (
    r"(?:(?:about|around|some|nearly|almost|over|only|just|approximately|roughly|at[ \t]+least|more[ \t]+than|less[ \t]+than"
    r"|up[ \t]+to|as[ \t]+(?:many|much)[ \t]+as)[ \t]+)?"
)
_PARTITION_OPENS = re.compile(rf"(?:^|[,;:(\u2013\u2014][ \t]*(?:and[ \t]+)?){_QUALIFIERS}\Z")
"""Where "two of which" opens a partition of a noun named before it: a sentence's start or
after a comma or dash."""
_WHOLE_AFTER = re.compile(rf"\b(?:is|are|was|were|to|at|reached|reaches|totalled|totaled|stood|of)[ \t]+{_QUALIFIERS}\Z", re.I)
"""A figure right after a verb ("was 72.89 million of which 47.05 million were male") is itself
the whole that "of which" divides."""


def _in_a_number(ctx: Context, token: Token) -> bool:
    a, _ = ctx.prep.span_of(token)
    return any(n.start <= a < n.end for n in ctx.numbers_in((max(0, a - 60), a + 60)))


def _bracketed(ctx: Context, number: Mention) -> bool:
    text = ctx.prep.text
    return text[: number.start].rstrip().endswith("(") and text[number.end :].lstrip().startswith(")")


def _counted_before(ctx: Context, number: Mention, reach: int | None = None) -> Mention | None:
    """ "6 agreements …, two of which": the nearest earlier number of the sentence (or from
    `reach` on) that names what it counts is the set the partition is taken from."""
    start = ctx.sentence(number.start)[0] if reach is None else max(0, reach)
    before = [n for n in ctx.numbers if start <= n.start and n.end <= number.start and n.fields.quantified]
    return before[-1] if before else None


_PRONOUNS = {"them", "it", "those", "these", "this", "they"}
_DESCRIBED_THOSE = re.compile(r"[^.;\n]{0,12}?\bthose\s+(?:who|which|that|with|in|[a-z]+ed|[a-z]+ing)\b", re.I)
_WHICH_BEFORE = re.compile(
    r"\bof\s+(?:which|whom),?\s+(?:(?:about|around|round\s+about|some|nearly|almost|over|more\s+than|roughly|approximately|only|just)\s+)*$",
    re.I,
)


def _whole_referred_to(ctx: Context, number: Mention) -> Mention | None:
    """ "15,000 students, a third of them", "… 40,000 young people. More than 72 percent of
    them are women": a share of a pronoun counts what the nearest earlier figure of its
    sentence or the one before counts. So does a figure after "of which" ("48,500 people,
    of which 30% will be women"), from its own sentence."""
    if _DESCRIBED_THOSE.match(ctx.text, number.end):
        return None
    start = ctx.sentence(number.start)[0]
    return _whole_before(ctx, number, ctx.sentence(start - 1)[0] if start > 0 else start)


def _whole_before(ctx: Context, number: Mention, reach: int) -> Mention | None:
    """The figure nearest before `number` (from offset `reach`), when it says what it counts
    in a noun: not a pronoun, not a duration ("over the last 10 years, out of which …")."""
    before = [n for n in ctx.numbers if reach <= n.start and n.end <= number.start]
    whole = before[-1] if before else None
    if whole is None or not whole.fields.quantified or whole.fields.unit == "duration":
        return None
    return None if whole.fields.quantified.lower() in _PRONOUNS | _RELATIVE_PRONOUNS else whole


def _out_of(ctx: Context, number: Mention) -> Mention | None:
    """In "4 out of 30 students" the first number counts what the second one does."""
    after = _OUT_OF.match(ctx.prep.text, number.end)
    if after is None:
        return None
    return next((n for n in ctx.numbers_in((after.end(), len(ctx.text))) if n.start == after.end()), None)


def _bracket_after_noun(ctx: Context, number: Mention) -> tuple[str, Token] | None:
    """ "sales assistants (down 36.2%)": the noun right before the bracket. A name there
    ("Cyprus (55.8%)") is whose figure it is, not what it counts."""
    text = ctx.text
    lead = _BRACKET_LEAD.search(text, max(0, number.start - 40), number.start)
    if lead is None or not text[number.end :].lstrip().startswith(")"):
        return None
    token = ctx.prep.token_at(len(text[: lead.start()].rstrip()) - 1)
    if token is None or token.pos_ not in ("NOUN", "PROPN") or _is_name(ctx, token):
        return None
    return compact_text(ctx, token), token


_WORTH = re.compile(
    r"\b(?:worth|valued\s+at|totall?ing|amounting\s+to|to\s+the\s+tune\s+of)\s+"
    r"(?:(?:about|around|nearly|almost|some|over|up\s+to|more\s+than|roughly|approximately)\s+)?$",
    re.I,
)


def _valued(ctx: Context, number: Mention) -> tuple[str, Token] | None:
    """ "scholarships worth 32 billion VND", "contracts valued at $4 million", "grants totalling
    €2m": the noun the sum is the value of (a plural the parser took for the sentence's verb
    included)."""
    m = _WORTH.search(ctx.text, max(0, number.start - 40), number.start)
    token = ctx.prep.token_at(len(ctx.text[: m.start()].rstrip()) - 1) if m else None
    if token is None or not (token.pos_ == "NOUN" or token.tag_ == "VBZ" and token.lower_.endswith("s") and token.dep_ == "ROOT"):
        return None
    return compact_text(ctx, token), token


_NOUN_OF = re.compile(rf"\b[^\W\d_][\w-]*[ \t]+of[ \t]+{_QUALIFIERS}\Z")


_NAMED_AFTER = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_CHANGE_IN = re.compile(r"[ \t]+(?:in|on)[ \t]")
_GAP = re.compile(r"[ \t]*")


def _noun_of_figure(ctx: Context, number: Mention) -> tuple[str, Token] | None:
    """ "at an altitude of about 740 metres", "a budget of $4 million": the noun a figure that
    names nothing of its own is "of", read from the words, as the parse often hangs the figure
    elsewhere. A noun that only gathers or bounds a count ("a group of 20", "a total of") is
    none, nor is one before a figure with a noun after it ("a target of 3 million new starts"),
    a change said to be "in" something ("an increase of 15 percent in employment") or the
    "capita" of "per capita"."""
    m = _NOUN_OF.search(ctx.text, max(0, number.start - 60), number.start)
    noun = ctx.prep.token_at(m.start()) if m else None
    if noun is None or noun.pos_ != "NOUN" or _in_a_number(ctx, noun) or (noun.i > 0 and noun.nbor(-1).lower_ == "per"):
        return None
    if noun.lemma_.lower() in VAGUE_SUBJECTS | load_lexicon("facts_collective_nouns.tsv").keys():
        return None
    gap = _GAP.match(ctx.text, number.end).end()
    following = ctx.prep.token_at(gap) if gap < len(ctx.text) else None
    if following is not None and following.pos_ in _NAMED_AFTER:
        return None
    if noun.lemma_.lower() in _CHANGE_NOUNS and _CHANGE_IN.match(ctx.text, number.end):
        return None
    return compact_text(ctx, noun), noun


_LEAD_WORDS = 3
_FRONTED_OF = re.compile(
    r"\W*(?:out\s+)?(?P<of>of)\s+(?:(?P<pronoun>these|this|those|them)\b|the\s|[^\W\d_][\w-]*['’]s\s)", re.I
)


def _fronted_whole(ctx: Context, number: Mention) -> tuple[str | None, Token | None, str] | None:
    """A sentence opening on the whole its figures are taken from ("Of the total budget for
    training, P3.4 billion …", "Out of the 39 women, seven …", "Of these, 1,529 …", "Of
    Lindova's workforce, estimated at …, 38 percent", the whole described between commas): that
    whole, or for a pronoun the last thing counted before it, names what a number a few words
    after the comma counts."""
    s_start, _ = ctx.sentence(number.start)
    m = _FRONTED_OF.match(ctx.text, s_start)
    comma = ctx.text.find(",", s_start, number.start)
    last = ctx.text.rfind(",", s_start, number.start)
    if any(n.fields.quantified for n in ctx.numbers_in((comma, number.start)) if n is not number):
        last = comma
    if m is None or comma < 0 or len(re.findall(r"[^\s,]+|,", ctx.text[last + 1 : number.start])) > _LEAD_WORDS:
        return None
    if m.group("pronoun"):
        counted = _counted_before(ctx, number, reach=s_start - 400)
        return (counted.fields.quantified, None, "partition-of-counted") if counted is not None else None
    of = ctx.prep.token_at(m.start("of"))
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "NOUN" or ctx.prep.span_of(noun)[0] > comma:
        return None
    return chunk_text(ctx, noun).split(",")[0], noun, "fronted-whole"


_CHANGE = re.compile(
    r"\b(?:up|down|rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|slipped|"
    r"increase|decrease|rise|fall|growth|drop|decline)\b[\s\w]{0,12}$",
    re.I,
)


_CONVERSION = re.compile(r"\s*\(\s*(?:(?:about|around|approximately|some|or|roughly)\s+)?")


_FIGURE_LEAD = (
    r"\s+(?:(?:about|around|nearly|almost|just|over|under|some|roughly|approximately|less|more|than|the|a|an|only|"
    r"last|this|previous)\s+|\w+['’]s\s+){0,4}"
)
_FROM = re.compile(rf"\bfrom{_FIGURE_LEAD}$", re.I)
_TO = re.compile(rf"\bto{_FIGURE_LEAD}$", re.I)
_BETWEEN_ENDS = re.compile(r"[^.;:\n]{0,60}?\b(from|to)" + _FIGURE_LEAD, re.I)
_CHANGE_NOUNS = {
    "increase", "rise", "growth", "decline", "drop", "fall", "jump", "reduction", "decrease", "expansion", "cut", "change",
}


def _changed(ctx: Context, number: Mention) -> tuple[str, Token] | None:
    """Both ends of a change from one figure to another ("raised the minimum wage from
    MX$248.93 to MX$278.80", "enrolments grew from 600 to 700", "an increase in registrations
    from 6,177 in 2019 to 9,352", "fell 7.5 percent to 3,17,240 … from 3,43,234"): what
    changed, read from what the first end's "from" or "to" hangs on."""
    first = _first_end(ctx, number)
    lead = first and (_FROM.search(ctx.text, max(0, first.start - 60), first.start)
                      or _TO.search(ctx.text, max(0, first.start - 60), first.start))
    prep = ctx.prep.token_at(lead.start()) if lead else None
    noun = _what_changed(ctx, prep) if prep is not None else None
    if noun is None or noun.ent_type_ in ("DATE", "TIME") or _is_name(ctx, noun):
        return None
    a, _ = ctx.prep.span_of(noun)
    if first.start <= a or _in_a_number(ctx, noun):
        return None
    phrase = chunk_text(ctx, noun, without=prep)
    head_token = of_object(noun) if noun.lower_ in VAGUE_SUBJECTS else None
    return (compact_text(ctx, noun) if len(phrase) > first.start - a else phrase), head_token or noun


def _first_end(ctx: Context, number: Mention) -> Mention | None:
    """The first figure of the "from N to M" (or "to M … from N") pair `number` belongs to,
    both in one sentence with only words between them."""
    s_start, s_end = ctx.sentence(number.start)
    near = [n for n in ctx.numbers if s_start <= n.start < s_end or n is number]
    i = near.index(number)
    for first, second in ((near[j], near[j + 1]) for j in (i - 1, i) if 0 <= j < len(near) - 1):
        between = _BETWEEN_ENDS.fullmatch(ctx.text, first.end, second.start)
        lead = between and (_TO if between.group(1).lower() == "from" else _FROM)
        if lead and lead.search(ctx.text, max(0, first.start - 60), first.start):
            return first
    return None


def _what_changed(ctx: Context, prep: Token) -> Token | None:
    """The noun whose value changes: the object of the verb "from" hangs on, else the noun a
    participle describes, else the verb's subject; or the noun "from" hangs on, "in" what for
    a change ("an increase in registrations")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        objects = [c for c in head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if objects:
            return objects[0]
        if any(c.dep_.startswith("nsubj") and c.lower_ in _RELATIVE_PRONOUNS for c in head.children):
            return antecedent(prep)
        if head.dep_ == "relcl" and head.head.pos_ == "NOUN":
            return head.head
        return verb_subject(prep)
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.lemma_.lower() in _CHANGE_NOUNS:
        return _object_after(ctx, head, ("in",)) or _object_after(ctx, head, ("of",))
    return head


def converted(ctx: Context, number: Mention) -> Mention | None:
    """The amount a sum of money restates in another currency, in brackets right after it
    ("RM1 billion (USD250 million)", "244,390 crore (US$31 billion)"), one of the two perhaps
    a bare amount; never a share ("60.2 percent (52,137 people)")."""
    near = ctx.numbers_in((max(0, number.start - 60), number.start))
    outer = next((n for n in near if _CONVERSION.fullmatch(ctx.text, n.end, number.start)), None)
    if outer is None or outer.fields.unit == number.fields.unit:
        return None
    units = {outer.fields.unit, number.fields.unit}
    return outer if units & currency_codes() and units <= currency_codes() | {"count"} else None


def reads_a_scale(what: str | None) -> bool:
    """What a number measures is an index, a coefficient or a score ("HDI value", "Gini
    coefficient"), by `patterns/numbers_index_nouns.tsv`."""
    nouns = load_lexicon("numbers_index_nouns.tsv")
    return what is not None and any(w in nouns or w.lower() in nouns for w in re.findall(r"[A-Za-z]+", what))


def restates(outer: Fact, own: Fact) -> bool:
    """Whether a converted amount takes what the amount before it counts: unless the bracket
    names its own noun ("SDR 107 million (US$75 million equivalent credit)"), and unless the
    amount before it names nothing while the bracket's parse does, an infobox row that lost
    its label aside."""
    if any(f"quantified:{m};" in own.method for m in _OWN_NOUN):
        return False
    return bool(outer.quantified) or "quantified:lost-label" in outer.method


_OWN_NOUN = ("parse-modifier", "parse-noun-after-number", "noun-after-of-or-in")


def sibling(ctx: Context, number: Mention, linked: dict[Mention, str]) -> str | None:
    """What a bare number shares with a number of its sentence that names what it counts: the
    figure it restates beside it ("167,469 or 76.5 per cent"), the same unit ("78 million
    workers, up from 56.7 million") or, for a change ("down 5.0% compared with …"), the
    quantity that changed; the nearest one, before the number first."""
    if (pair := _paired(ctx, number)) is not None and linked.get(pair):
        return linked[pair]
    s_start, s_end = ctx.sentence(number.start)
    change = bool(_CHANGE.search(ctx.text, max(s_start, number.start - 30), number.start))
    unit = number.fields.unit
    named = [
        n for n in ctx.numbers
        if n is not number and s_start <= n.start < s_end and linked.get(n) and (change or n.fields.unit == unit)
    ]
    before = [n for n in named if n.end <= number.start]
    twin = before[-1] if before else (named[0] if named else None)
    return linked[twin] if twin is not None else None


_BACK_REFERENCES = re.compile(r"(?:(?:this|that|the|these|those)\s+)?(?:number|figure|total|count)s?|them|it|those|these|they", re.I)


def refers_back(what: str | None) -> bool:
    """ "this number has now dropped to 33", "50 per cent of them": what a figure counts is
    named only by a word that points back to an earlier figure."""
    return bool(what) and _BACK_REFERENCES.fullmatch(what.strip()) is not None


def referred_to(ctx: Context, number: Mention, linked: dict[Mention, str]) -> tuple[str, Token | None] | None:
    """What a figure whose phrase only points back counts: what the nearest earlier figure of
    its sentence or the one before counts, when it says so in a noun ("90 vocational
    institutions …, this number has now dropped to 33"; not a duration, nor a figure that
    points back itself); for "them" with no figure before, the plural subject of the sentence
    before ("The students studying here come from 40 countries. 70% of them …")."""
    start = ctx.sentence(number.start)[0]
    reach = ctx.sentence(start - 1)[0] if start > 0 else start
    before = [n for n in ctx.numbers if reach <= n.start and n.end <= number.start and n.fields.unit != "duration"]
    if before:
        what = linked.get(before[-1])
        return (what, None) if what and not refers_back(what) else None
    if number.fields.quantified not in ("them", "they") or start == 0:
        return None
    a, b = ctx.sentence(start - 1)
    clean = ctx.prep.clean
    span = ctx.prep.doc.char_span(clean.to_clean(a), clean.to_clean(b), alignment_mode="expand")
    subject = next((t for t in span if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.tag_ in ("NNS", "NNPS")), None) if span else None
    return (chunk_text(ctx, subject), subject) if subject is not None else None


_SAID_TO_BE = re.compile(r"[ \t]+(?:are|were)[ \t]+(males?|females?|men|women|boys|girls)\b")
"""A count said to be of one sex counts that sex: "73.69 million of which 48.25 million are
male while 25.44 million are female" counts males, then females (a share of them, "62.7% are
males", is still the whole's)."""


def of_which(ctx: Context, number: Mention, linked: dict[Mention, str]) -> str | None:
    """ "The active population is about 8.6 million, of which 62.7% are males": a share after
    "of which" counts what the figure before it in its sentence counts, as the first pass
    linked it (that figure's own phrase may name nothing: its sentence's subject does)."""
    if not _WHICH_BEFORE.search(ctx.text, max(0, number.start - 40), number.start):
        return None
    start = ctx.sentence(number.start)[0]
    before = [n for n in ctx.numbers if start <= n.start and n.end <= number.start and n.fields.unit != "duration"]
    what = linked.get(before[-1]) if before else None
    return what if what and not refers_back(what) else None


_PAIRED = re.compile(r"[ \t]*(?:\([ \t]*(?:or[ \t]+)?|,?[ \t]+or[ \t]+)")


def _paired(ctx: Context, number: Mention) -> Mention | None:
    """The figure a number restates as a share or a share restates, right beside it: "167,469
    or 76.5 per cent", "8.5 million (or 48%)", "62% (49 GW)"; an amount restated in another
    currency is `converted`'s."""
    for other in ctx.numbers_in((max(0, number.start - 40), number.end + 40)):
        first, second = (other, number) if other.end <= number.start else (number, other)
        shares = (number.fields.unit == "percent") + (other.fields.unit == "percent")
        if other is not number and shares == 1 and _PAIRED.fullmatch(ctx.text, first.end, second.start):
            return other
    return None


def _noun_after(ctx: Context, number: Mention, token: Token) -> tuple[str, Token] | None:
    """ "a US$21 million credit", "a 51% increase in registrations", "the AED5.5 million (US$1.5
    million) programme": the noun the number stands before, with what follows it; a time after
    it ("was 0.41 last year") is when, not what."""
    top = top_token(ctx, number, token)
    head = top.head
    if head.i <= top.i or head.pos_ not in ("NOUN", "PROPN") or _when(head):
        return None
    a, _ = ctx.prep.span_of(head)
    restated = _RESTATED.match(ctx.text, number.end, a)
    between = ctx.text[restated.end() if restated else number.end : a]
    if "\n" in between or re.search(r"[^\w\s'’-]", between):
        return None
    phrase = chunk_text(ctx, head, without=top)
    return (phrase.rpartition(")")[2].strip() if restated else phrase), head


_RESTATED = re.compile(r"[ \t]*\([^()\n]*\d[^()\n]*\)")
"""The same sum restated in brackets between an amount and its noun: "AED5.5 million (US$1.5
million) programme"."""


_DEICTIC = {"last", "this", "next", "previous", "coming", "past"}


def _when(noun: Token) -> bool:
    """ "last year", "this month": a time said from the writer's day, not a thing counted."""
    return noun.ent_type_ in ("DATE", "TIME") and any(c.lower_ in _DEICTIC for c in noun.children)

_AFTER_FIGURE = re.compile(r"[ \t]+(of|in)[ \t]+")


def _what_after(ctx: Context, number: Mention) -> tuple[str, Token] | None:
    """ "680 metric tons of non-fat dry milk", "$700 million in apprenticeship grants": the
    noun after "of" a quantity measures, or after "in" a sum of money is given as. A pronoun,
    a name or a date there ("of them", "in Kenya", "in 2019") is none, and a duration is
    counted as what it is; after a verb such as "invest", "in" says where the money goes.
    """
    unit = number.fields.unit
    m = _AFTER_FIGURE.match(ctx.text, number.end)
    if m is None or unit == "duration" or m.group(1) == "in" and not is_money(unit):
        return None
    prep = ctx.prep.token_at(m.start(1))
    if prep is None or m.group(1) == "in" and prep.head.head.lemma_.lower() in _VERB_NOUNS:
        return None
    noun = _common_object(ctx, prep)
    return (chunk_text(ctx, noun), noun) if noun is not None else None


_LASTING_VERBS = {"be", "last", "take", "run", "span"}
_UNIT_OF = re.compile(r"(?:[ \t]+[A-Za-z]+)?[ \t]+(of)[ \t]+")


def _what_lasts(ctx: Context, number: Mention, token: Token | None) -> tuple[str, Token] | None:
    """What a duration is the length of: the noun after "of" ("three months of internships"),
    or the subject of "be", "last" or "take" ("Short-term training lasts for three months", "the
    duration of each session was 60 minutes"), or the noun "lasting" describes ("programmes
    lasting four years"); the duration keeps its unit in front."""
    m = _UNIT_OF.match(ctx.text, number.end)
    if m is not None and (noun := _common_object(ctx, ctx.prep.token_at(m.start(1)))) is not None:
        return f"of {chunk_text(ctx, noun)}", noun
    subject = verb_subject(token) if token is not None else None
    if subject is None or _is_name(ctx, subject):
        return None
    participle = next(
        (c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in _LASTING_VERBS and c in token.ancestors), None
    )
    if participle is None and subject.head.lemma_.lower() not in _LASTING_VERBS:
        return None
    return f"({chunk_text(ctx, subject, without=participle)})", subject


def _time_unit_after(ctx: Context, number: Mention, token: Token | None) -> str | None:
    """The time unit a bare duration stands before ("lasted 12 days"), which only says how
    long: what lasts is the verb's subject."""
    after = _noun_after(ctx, number, token) if token is not None else None
    return after[0] if after is not None and _TIME_UNITS.fullmatch(after[0]) else None


_TIME_UNITS = re.compile(r"(?i)(?:(?:calendar|academic|working|full|extra|additional|further)\s+)?"
                         r"(?:years?|months?|weeks?|days?|hours?|minutes?)")
"""A duration's own noun phrase when it is only its unit: what it is the length of is elsewhere."""


def _length_of(ctx: Context, token: Token) -> tuple[Token, Token] | None:
    """The noun a duration is the length of, by "of" or "by": "a duration of six years",
    "imprisonment of up to 10 years", "execution time by 18 months"; with the preposition."""
    unit = token.head if token.dep_ == "nummod" else token
    prep = unit.head if unit.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("of", "by") or prep.head.pos_ != "NOUN" or prep.head.i > unit.i:
        return None
    noun = prep.head
    return None if noun.lower_ in VAGUE_SUBJECTS or _is_name(ctx, noun) or noun.ent_type_ in ("DATE", "TIME") else (noun, prep)


def _object_after(ctx: Context, token: Token, words: tuple[str, ...]) -> Token | None:
    """The common noun the first of `token`'s prepositions in `words` that governs one
    governs ("an increase in registrations", "earmarked for the fund")."""
    preps = (c for c in token.children if c.dep_ == "prep" and c.lower_ in words)
    return next((noun for prep in preps if (noun := _common_object(ctx, prep)) is not None), None)


def _common_object(ctx: Context, prep: Token | None) -> Token | None:
    """The common noun a preposition governs; not a pronoun, a name or a date ("of them", "in
    Kenya", "in 2019")."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME") or _is_name(ctx, noun):
        return None
    return noun


def link(ctx: Context, number: Mention, token: Token | None) -> tuple[str | None, Token | None, str]:
    """What a number counts, the token heading it if the parse gave one, and the rule that
    found it. The rules run from the most to the least certain: a table cell's column and
    caption, an age, a whole it is "out of", a noun after "of"/"in", the number's own noun
    phrase, a label, a bracket, the heading over a column of figures, then the parse."""
    known = number.fields.quantified
    if cell := ctx.cell_of(number):
        return layout.cell(ctx, *cell)
    if number.fields.unit == "duration" and is_age(ctx.text, number.start, number.end):
        return "age", None, "age"
    if (whole := _out_of(ctx, number)) is not None and whole.fields.quantified:
        return whole.fields.quantified, None, "out-of"
    if after := _what_after(ctx, number):
        return after[0], after[1], "noun-after-of-or-in"
    if number.fields.unit == "duration" and (lasting := _what_lasts(ctx, number, token)):
        unit = known or _time_unit_after(ctx, number, token)
        if unit is not None:
            return f"{unit} {lasting[0]}", lasting[1], "duration-of"
    if known and number.fields.unit == "duration" and _TIME_UNITS.fullmatch(known):
        if label := layout.label(ctx, number):
            return f"{label} ({known})", None, "duration-label"
        if token is not None and (length := _length_of(ctx, token)) is not None:
            return f"{chunk_text(ctx, length[0], without=length[1])} ({known})", length[0], "duration-length-of"
    if (listed := _listed_change(ctx, number)) is not None:
        return listed, None, "listed-change"
    if known and known.lower() in _PRONOUNS and (whole := _whole_referred_to(ctx, number)) is not None:
        return whole.fields.quantified, None, "pronoun-antecedent"
    if not known and number.fields.unit != "percent" and (said := _SAID_TO_BE.match(ctx.text, number.end)):
        return said.group(1), None, "count-of-a-sex"
    if not known and _WHICH_BEFORE.search(ctx.text, max(0, number.start - 40), number.start):
        if (whole := _whole_before(ctx, number, ctx.sentence(number.start)[0])) is not None:
            return whole.fields.quantified, None, "share-of-which"
    if known and known.lower() not in _RELATIVE_PRONOUNS:
        return known, None, "parse-modifier"
    if below := layout.label_below(ctx, number):
        return below, None, "label-below"
    if label := layout.label(ctx, number):
        return layout.labelled(ctx, number, label), None, "label"
    if layout.lost_label(ctx, number):
        return None, None, "lost-label"
    if below := layout.words_below(ctx, number):
        return below, None, "words-below"
    if named := _bracket_after_noun(ctx, number):
        return named[0], named[1], "noun-before-bracket"
    if named := _valued(ctx, number):
        return named[0], named[1], "noun-before-worth"
    if (whole := _fronted_whole(ctx, number)) is not None:
        return whole
    if layout.figures_line(ctx.text, number):
        return layout.figures_row(ctx, number)
    if (changed := _changed(ctx, number)) is not None:
        return changed[0], changed[1], "what-changed-from-to"
    if token is not None and (after := _noun_after(ctx, number, token)):
        return after[0], after[1], "parse-noun-after-number"
    if named := _noun_of_figure(ctx, number):
        return named[0], named[1], "noun-of-figure"
    found = _by_parse(ctx, number, token) if token is not None else None
    if found is None and (word := _foreign_word_after(ctx, number)):
        return word, None, "foreign-word-after"
    return found if found is not None else (None, None, "none")


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]{3,})\b")


def _foreign_word_after(ctx: Context, number: Mention) -> str | None:
    """ "creó dos centros", "foram criados 45 técnicos": in a text the English parse cannot
    read, the word right after a count that is no function word of its language is what it
    counts."""
    language = language_of(ctx.text)
    m = _WORD_AFTER.match(ctx.text, number.end)
    if language == ENGLISH or m is None or not m.group(1).islower() or m.group(1) in stop_words(language):
        return None
    return m.group(1)


_LISTED_CHANGE = re.compile(
    r"(?:[:;\n]|\d%?)[ \t]+(?P<what>[A-Za-z][a-z-]+(?:[ \t]+(?:and|or)[ \t]+[a-z][a-z-]+)?)[ \t]+"
    r"(?:increased|decreased|rose|fell|grew|declined|dropped)[ \t]+by[ \t]+(?:[-+]?[\d.,]+[ \t]*%?[ \t]*,?[ \t]+to[ \t]+)?$"
)


def _listed_change(ctx: Context, number: Mention) -> str | None:
    """ "…2015: commencements decreased by 6.5%, to 33 800 completions decreased by 11.8%, to
    27 900 …": a bulleted list of changes run into one line, each item opening after a colon or
    the figure that closed the item before. The change and the level it reached count the noun
    that opens their item, not the one the parse joins to the figure (the next item's)."""
    start = max(ctx.sentence(number.start)[0], number.start - 120)
    m = _LISTED_CHANGE.search(ctx.text, start, number.start)
    return m.group("what") if m and m.group("what").split()[0].lower() not in STOP_WORDS else None


_PURPOSE_WORDS = ("for", "on", "in", "into", "to", "toward", "towards", "as")
_WHEN_SPENT = (
    r"(?:[ \t]*\([^()\n]*\))?"
    r"(?:[ \t]+(?:(?:this|next|last|each|every|per|a)[ \t]+(?:year|month|week)"
    r"|(?:in|during|over)[ \t]+(?:the[ \t]+)?(?:\d{4}(?:[/–-]\d{2,4})?|[\w-]+[ \t]+(?:years?|months?))(?:[ \t]+financial[ \t]+year)?"
    r"|annually|yearly),?)?"
)
_PURPOSE = re.compile(rf"{_WHEN_SPENT}[ \t]+({'|'.join(_PURPOSE_WORDS)})[ \t]+")


def purpose(ctx: Context, number: Mention) -> str | None:
    """ "invested Rs 25 crore in training", "$21m for technical education", "Rf15,000 as a
    course fee", "gave 30 million yuan ($4.4 million) this year for scholarships": what a sum
    that nothing else names is spent on or paid as, the noun its preposition governs, past the
    sum restated in brackets and when it is spent."""
    m = _PURPOSE.match(ctx.text, number.end) if is_money(number.fields.unit) else None
    noun = _common_object(ctx, ctx.prep.token_at(m.start(1))) if m is not None else None
    return chunk_text(ctx, noun) if noun is not None else None


def _by_parse(ctx: Context, number: Mention, token: Token) -> tuple[str, Token | None, str] | None:
    if named := _named_by_syntax(ctx, number, token):
        return named
    subject = verb_subject(token)
    if subject is not None and _in_a_number(ctx, subject):
        return None
    if subject is None:
        if existential(token) and (topic := topic_before(ctx, number.start, window=400)) is not None:
            return chunk_text(ctx, topic), topic, "there-were-topic"
        if (spent := _spent_on(ctx, number, token)) is not None:
            return spent[0], spent[1], "purpose-of-spending"
        return _fragment_head(ctx, number, token)
    if subject.lower_ in VAGUE_SUBJECTS:
        obj = of_object(subject) or topic_before(ctx, number.start)
        if obj is not None:
            return chunk_text(ctx, obj), obj, "parse-subject-of"
    if _is_name(ctx, subject):
        return _for_actor(ctx, number, subject)
    if subject.head.lemma_.lower() in load_lexicon("facts_spending_verbs.tsv") and (what := purpose(ctx, number)):
        return what, None, "purpose-of-spending"
    return chunk_text(ctx, subject), subject, "parse-subject"


def _spent_on(ctx: Context, number: Mention, token: Token) -> tuple[str, Token] | None:
    """A sum that is itself the subject of a verb of spending ("P1.8 billion was earmarked for
    the innovation fund", "Rs 95 crore will be spent on buildings"): what the verb's "for",
    "on" or "to" names."""
    top = top_token(ctx, number, token)
    verb = top.head
    if not is_money(number.fields.unit) or top.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() not in load_lexicon("facts_spending_verbs.tsv"):
        return None
    noun = _object_after(ctx, verb, _PURPOSE_WORDS)
    return (chunk_text(ctx, noun), noun) if noun is not None else None


def _fragment_head(ctx: Context, number: Mention, token: Token) -> tuple[str, Token, str] | None:
    """A verbless bullet or headline ("Underutilisation rate unchanged at 11.8 percent"): the
    noun it is about, its root, when that comes before the number."""
    root = token.sent.root
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.is_alpha for t in token.sent)
    if finite or root.pos_ not in ("NOUN", "PROPN") or root.i >= token.i:
        return None
    if _is_name(ctx, root) or number.start <= ctx.prep.span_of(root)[0] < number.end:
        return None
    return compact_text(ctx, root), root, "parse-fragment-head"


def _is_name(ctx: Context, token: Token) -> bool:
    """A subject that names who acts (a country, organisation, place or person), not what
    is counted: "India holds 6.3%", "Chicago is reporting prices beyond $2.80". A word only
    the NER takes for a name, that a figure is the value of ("the LFPR is 54.7%"), is what the
    figure measures."""
    a, b = ctx.prep.span_of(token)
    named = any(m.start <= a and b <= m.end for m in ctx.countries + ctx.orgs)
    valued = token.dep_ == "nsubj" and token.head.lemma_ == "be"
    return named or (token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP") and not valued)


def _for_actor(ctx: Context, number: Mention, subject: Token) -> tuple[str, Token | None, str] | None:
    """When an actor is the subject, what its verb acts on ("reporting gas prices beyond
    $2.80"), or the change the verb names ("the economy grew 3%" → growth)."""
    verb = subject.head
    a, b = number.start, number.end
    objects = [
        c for c in verb.children
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and not a <= ctx.prep.span_of(c)[0] < b
    ]
    if objects:
        return chunk_text(ctx, objects[0]), objects[0], "parse-object-of-actor"
    if noun := _VERB_NOUNS.get(verb.lemma_.lower()):
        return noun, None, "parse-verb-noun"
    return None


def head(quantified: str | None, token: Token | None, language: str = ENGLISH) -> str | None:
    """The head noun, lower-case and singular; a hyphenated compound whole ("start-up"); in
    another language singular by that language's plural endings, and in a Romance one the
    phrase's first word that is no function word, as its noun comes first."""
    if language in _HEAD_FIRST and quantified:
        first = next((w for w in re.findall(r"[^\W\d_]+", quantified) if w.lower() not in stop_words(language)), None)
        return _in_the_singular(first.lower(), language) if first else None
    if language != ENGLISH:
        found = head(quantified, token)
        return _in_the_singular(found, language) if found else None
    if token is not None and re.fullmatch(r"[a-z]+", token.lemma_.lower()):
        doc, i = token.doc, token.i
        lemma = token.lemma_.lower()
        lemma = _singular(lemma) if lemma == token.lower_ and token.tag_ in ("NNS", "NNPS") else _IRREGULAR.get(lemma, lemma)
        if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
            return f"{doc[i - 2].lower_}-{lemma}"
        return lemma
    if not quantified:
        return None
    before, _, after = _BRACKETS.sub("", quantified).partition(" of ")
    words = _noun_phrase(before)
    if words and words[-1].lower() in VAGUE_SUBJECTS | _NUMBER_SIGNS and after:
        words = _noun_phrase(after.split(",")[0])
    return _singular(words[-1].lower()) if words else None


_BRACKETS = re.compile(r"\s*\([^()]*\)?")
_NUMBER_SIGNS = {"no", "nos"}
"""A label's abbreviated "number of" ("No. of visits")."""
_IRREGULAR = {"people": "person", "children": "child", "men": "man"}
_SAME_IN_THE_PLURAL = ("series", "species", "headquarters", "news", "means")
_PREPOSITIONS = {"for", "in", "by", "at", "from", "with", "to", "on", "under", "per", "among", "across"}


def _noun_phrase(text: str) -> list[str]:
    """The words of a caption's noun phrase, without what follows it: a preposition and the rest
    ("Apprentices in Canada"), a participle after the noun ("People Registered for …")."""
    words = re.findall(r"[^\W\d_]+", text)
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    words = words[:cut]
    while len(words) > 1 and words[-1].lower().endswith("ed") and not words[-1].lower().endswith("eed"):
        words.pop()
    return words


@functools.cache
def _plural_endings(language: str) -> list[tuple[str, str]]:
    rows = [(key.partition(":"), singular) for key, singular in load_lexicon("facts_plural_endings.tsv").items()]
    return sorted(((plural, singular) for (lang, _, plural), singular in rows if lang == language), key=lambda r: -len(r[0]))


_SHORTEST_STEM = 3
_HEAD_FIRST = frozenset({"it", "es", "pt", "fr", "ca", "gl", "ro"})
"""Languages whose noun phrase opens on its noun ("percorsi attivi", "alumnos nuevos")."""
_S_PLURALS = frozenset({"es", "pt", "fr", "ca", "gl"})


def _foreign_singular(word: str, language: str) -> str:
    """ "percorsi" -> "percorso", "lehrlinge" -> "lehrling", "bedrijven" -> "bedrijf": the
    first plural ending of `patterns/facts_plural_endings.tsv` the word has, replaced by its
    singular; a word with none is left as it is."""
    for plural, singular in _plural_endings(language):
        if word.endswith(plural) and len(word) - len(plural) >= _SHORTEST_STEM:
            return word[: -len(plural)] + singular
    return word


def _in_the_singular(word: str, language: str) -> str:
    """A word of another language in the singular: by its own plural endings, else by a plural
    "-s" as English and the Romance languages mark it."""
    own = _foreign_singular(word, language)
    return own if own != word or language not in _S_PLURALS else _singular(word)


def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(_SAME_IN_THE_PLURAL):
        return word
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")) or re.search(r"[^aeiou]uses$", word):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "is", "us")):
        return word[:-1]
    return word


