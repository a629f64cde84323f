"""Ranges: two atoms joined by a dash, "to", "between ... and" or an age, written alike."""

from __future__ import annotations

import dataclasses
import re

from .. import places
from ..countries import gazetteer
from ..mention import Prepared
from .atoms import Atom
from .kept import unit_after


def _ranges(text: str, found: list[Atom]) -> list[tuple[Atom, Atom | None]]:
    """Pairs (low, high) for "900–1200 yuan" and "2-3 million"; (atom, None) otherwise."""
    out: list[tuple[Atom, Atom | None]] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = _dash_not_minus(text, a, found[i + 1]) if i + 1 < len(found) else None
        if b and _joins_range(text, a, b):
            out.append((a, b))
            i += 2
        else:
            out.append((a, None))
            i += 1
    return out


def _dash_not_minus(text: str, a: Atom, b: Atom) -> Atom:
    """ "2 -3 days": a minus glued to the second of two figures a space apart, after a first
    that is no negative and before a word, is the range's dash; the second figure is its upper
    end, unsigned. Before a figure or a sign ("0.2 -1.0 -0.8", "5 248 -6 %") it is a table's
    change column."""
    spaced = text[a.end : b.start].strip(" \t") == "" and a.end < b.start
    worded = re.match(r"[ \t]+[a-z]", text[b.end : b.end + 2]) is not None
    if spaced and worded and b.value < 0 <= a.value and text[b.start] in "-−":
        return dataclasses.replace(b, value=-b.value)
    return b


_BETWEEN = re.compile(
    r"\b(?:between|entre|d['’]entre|zwischen|bejn|tussen|mellem|mellom|mellan)[ \t]+(?:the[ \t]+ages?[ \t]+(?:of|for)(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"|(?:los|las|os|as|les)[ \t]+)?$", re.I
)
"""Before a range's first end: "between", "between the ages of", or a Romance "entre" with its
article ("entre los doce y los dieciséis años", "entre os 12 e os 16 anos")."""


_AGE = re.compile(
    r"\b(?:aged|ages?(?:[ \t]+(?:of|for))?|age[ \t]+groups?(?:[ \t]+of)?|younger[ \t]+than|older[ \t]+than|as[ \t]+(?:old|young)[ \t]+as|turn(?:s|ed|ing)?"
    r"|(?:man|woman|boy|girl|lad|person)[ \t]+of)"
    r"(?:[ \t]+(?:between|from|over|under|above|below|at[ \t]+least|up[ \t]+to))?"
    r"(?:[ \t]+\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?(?:[ \t]*,|[ \t]+(?:and|or)))*(?:[ \t]+|[ \t]*\n[ \t]*)$", re.I
)


_AGE_AFTER = re.compile(
    r"[ \t]*-?[ \t]*(?:years?[ \t-]+olds?|years?[ \t]+of[ \t]+age|age[ \t]+(?:range|group|bracket|band|cohort)s?"
    r"|(?:or|and)[ \t]+older)\b",
    re.I,
)


_PERSON_AGE = re.compile(r"\w(?:,[ \t]*|[ \t])$")
_BRACKETED_AGE = re.compile(r"\w[ \t]\($")
_BRACKETED_FIGURE = re.compile(r"\(\d+\)")
_NAMED_FIGURE = re.compile(r"[A-Z][\w'’-]*[ \t]+\d[\d,.]*[ \t]*[;,]")
_NAMED_FIGURE_NEXT = re.compile(r",[ \t]*(?:and[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+\d")


_WHEN_ONE_WAS = re.compile(r"\bwhen[ \t]+(?:I|he|she|we|they|you)[ \t]+(?:was|were)[ \t]+$", re.I)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:)!?]|and\b|$)")


_AGE_STATED = re.compile(
    r"\b(?:average|mean|median)[ \t]+age\b[^.\n\d]{0,40}?\b(?:was|is|were|are|of|at|to)[ \t]+"
    r"(?:(?:about|around|almost|nearly|roughly|approximately|just[ \t]+(?:over|under))[ \t]+)?$",
    re.I,
)


_GROUPED = re.compile(r"\d[,.\x20]\d{3}")


_PEOPLE_UNDER = re.compile(r"\b(?:population|people|persons|children|youths?|adults|those)[ \t]+(?:under|over|below|above)[ \t]+$", re.I)


_RANGING_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))[ \t]+(?:(?:only|just|anywhere|[a-z]+ly)[ \t]+)?from[ \t]+$", re.I)
"""A verb that says the two figures after "from" bound a range ("ages ranging from 13 to 78",
"ranging only from 1.7 to 2.6")."""
_FROM = re.compile(r"(?<!\branging\x20)(?<!\branged\x20)(?<!\branges\x20)(?<!\brange\x20)(?<!\bvarying\x20)\b(?:from|van|fra|från)(?:[ \t]+(?:(?:the|its|their|our|today's|today’s)[ \t]+)?(?:current|present|existing|previous|former|initial|original|earlier|old))?[ \t]+$", re.I)
"""A figure after "from" (or "from the current", "from its present"), with "to" and a second
figure, is where a change starts: two figures, not a range."""


def _alike(a: Atom, b: Atom) -> bool:
    """Two numbers written alike, each with its scale or unit ("1.2 million to 1.3 million",
    "3% to 4%"), or a sum's currency before the first and its scale after the second ("Rs. 2
    to 3.5 cr."): a range unless "from" makes it a change."""
    return (
        (a.scale == b.scale != 1) or (a.unit is not None and a.unit == b.unit) or (a.currency is not None and a.currency == b.currency)
        or (a.currency is not None and b.currency is None and a.scale == 1 != b.scale and b.unit is None)
    )


_AGE_LABEL = re.compile(r"[ \t]*(?i:age|ages|age[ \t]+(?:groups?|bands?)|by[ \t]+age)(?:[ \t]*\((?i:years|yrs)\))?[ \t]*:?(?:[\t|].*)?")


_AGE_BAND_ROW = re.compile(
    r"[ \t]*(?:(?i:under|below|over)[ \t]+)?\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2}\b|\+|[ \t]+(?:and|or)[ \t]+(?:over|older|above)\b|[ \t]*(?=[|\t]))"
)
_BAND_WORD = re.compile(r"[ \t]*(?i:under|below|over)[ \t]+")


def _under_an_age_label(text: str, start: int) -> bool:
    """A row label of a table's block headed "Age" (or a header row opening with it, "Age group
    (years) | '000"): "25-34", "Under 16" or "16" under it is an age band, as are the bands
    between."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() and not _BAND_WORD.fullmatch(text, line_start, start):
        return False
    pos = line_start
    while pos > 0:
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1].rstrip("\r")
        if _AGE_LABEL.fullmatch(line):
            return True
        if not _AGE_BAND_ROW.match(line):
            return False
        pos = above
    return False


_AGE_BAND = re.compile(r"\d{1,2}-to-\d{1,2}")


_RATE_BEFORE_BAND = re.compile(r"\b(?:rates?|ratios?|population|employment|unemployment|participation|inactivity|NEETs?)[ \t]*\($", re.I)
_BAND_CLOSE = re.compile(r"\+?\)")


def is_age(text: str, start: int, end: int) -> bool:
    """ "aged 20 to 34", "ages 17-35", "as old as 65", "when they turn 40", "the 15-24 age range", "25 to 34 years old", "65 or
    older", "younger than 20", "a young man of 36", "its population under 25", "the average age was 24", "when she
    was eight,", a band under a table's "Age" label, a band hyphened as one word ("16-to-19
    funding"), the band a rate is given for in brackets ("the unemployment rate (15-29)",
    "the rate (15+)"): an age, which is a duration. A figure grouped in thousands is never an age
    ("ages 13-17, 20,136 pupils")."""
    if _GROUPED.search(text, start, end):
        return False
    return bool(
        _AGE_BAND.fullmatch(text, start, end) or
        _AGE.search(text, max(0, start - 30), start) or _PEOPLE_UNDER.search(text, max(0, start - 30), start)
        or _AGE_STATED.search(text, max(0, start - 60), start)
        or _AGE_AFTER.match(text, end) or _under_an_age_label(text, start)
        or _RATE_BEFORE_BAND.search(text, max(0, start - 30), start) and _BAND_CLOSE.match(text, end)
        or (_WHEN_ONE_WAS.search(text, max(0, start - 30), start) and _CLAUSE_END.match(text, end))
    )


def _persons_age(prep: Prepared, atom: Atom) -> bool:
    """ "Anna Berg, 24, trains welders" (or "Anna Berg 24, from Kisumu, …", "Anna Berg (24)
    fled …"): a number right after a person's name and followed by a comma, or in brackets
    after a full name the model reads as a person's, is that person's age, unless other
    figures stand beside it so ("Sul (13), Norte (12)", "Kumasi 66; Tamale 52, Wa 85" list counts)."""
    text = prep.text
    bracketed = _BRACKETED_AGE.search(text, max(0, atom.start - 4), atom.start) and text[atom.end : atom.end + 1] == ")"
    if not (bracketed or _PERSON_AGE.search(text, max(0, atom.start - 4), atom.start) and text[atom.end : atom.end + 1] == ","):
        return False
    name = prep.token_at(len(text[: atom.start].rstrip(" \t,(")) - 1)
    if name is None or atom.value != int(atom.value) or not 0 < atom.value < 120:
        return False
    if bracketed:
        listed = _BRACKETED_FIGURE.search(text, max(0, atom.start - 40), atom.start - 1) or _BRACKETED_FIGURE.search(
            text, atom.end + 1, atom.end + 40
        )
        return not listed and name.ent_type_ == "PERSON" and name.i > 0 and name.nbor(-1).ent_type_ == "PERSON"
    listed = _NAMED_FIGURE.search(text, max(0, atom.start - 40), atom.start - 1) or _NAMED_FIGURE_NEXT.match(text, atom.end)
    return not listed and (_a_name(name) or _apposed(prep, name, atom))


_APPOSITION_OPENERS = ("a", "an", "who", "from", "also", "now")


def _apposed(prep: Prepared, name, atom: Atom) -> bool:
    """ "Giang, 20, spent …", "Li Na, 23, a teacher from …", "Anna Berg, 28, of Kisumu": a proper name that is no
    country or place and follows no preposition or article ("of Component 1, would"), then an age set off by commas, then the sentence going on in lower case
    (a verb, or an apposition opening with "a", "who", "from"; or "of" and a home town) — whatever the model calls the
    name, which it often takes for a place ("and Abuja, 15," lists places)."""
    after = prep.token_at(atom.end + 1 + len(prep.text[atom.end + 1 :]) - len(prep.text[atom.end + 1 :].lstrip(" \t")))
    if after is None or not after.is_lower or after.pos_ == "CCONJ":
        return False
    home = after.lower_ == "of" and after.i + 1 < len(after.doc) and after.nbor(1).is_title
    if not (after.lower_ in _APPOSITION_OPENERS or after.pos_ in ("VERB", "AUX") or home):
        return False
    if not (name.pos_ == "PROPN" and name.is_title and name.text not in gazetteer() and name.text not in places.gazetteer()):
        return False
    first = name
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).is_title:
        first = first.nbor(-1)
    return first.i == 0 or first.nbor(-1).pos_ not in ("ADP", "DET", "NUM")


_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I
)


def _a_name(token) -> bool:
    """A person's name ends at `token`: the model says so, or it is the second of two proper
    nouns the model puts in no other entity, neither a month nor a weekday (a name it does
    not know, "Fabrice Niyonsenga 20, from Rusizi"; not "Riverside Academy 20, …")."""
    if token.ent_type_ == "PERSON":
        return True
    pair = [token.nbor(-1), token] if token.i > 0 else []
    return bool(pair) and all(
        t.pos_ == "PROPN" and t.is_title and not t.ent_type_ and not _CALENDAR.fullmatch(t.text) for t in pair
    )


def _joins_range(text: str, a: Atom, b: Atom) -> bool:
    """ "900–1200 yuan", "2-3 million", "4‑6%" (a non-breaking hyphen), "tiga hingga enam bulan" (Malay), "od 18 do 22 lat" (Polish), "von 14 bis 20 Jahren", "between 1 and 1.5 per cent" (or "entre … et/y/e …", "zwischen … und …", "bejn … u …"; a
    line may break after the word),
    "between two and three years", "aged 20 to 34", "1.5 to 2 lakh", "de 18 à 40 ans", "de S/2800 a S/5000", "25- to 64-year-olds", "one- to three-year programs", "1.2 million to 1.3 million", "18 to 22 new
    laboratories", "(courses of)
    from six to nine months", "after three to four years", "ages ranging from 13 to 78", "18
    years to 35 years" (not
    "rose from six to nine months", a change)."""
    gap = text[a.end : b.start]
    dashed = bool(re.fullmatch(r"[ \t]*[–—~\u2010\u2011-][ \t]*", gap)) or (gap.strip() == "" and text[b.start] in "-−" and a.value >= 0)
    before = text[max(0, a.start - 30) : a.start]
    to = (re.fullmatch(r"[ \t]+(?:to|hingga|sampai|bis|tot|til|till)(?:[ \t]+|[ \t]*\n[ \t]*)", gap) or (
        re.fullmatch(r"[ \t]+do[ \t]+", gap) and _OD.search(before)
    )) and not (_CHANGED_BY.search(before) and not _bare_before_a_share(a, b))
    spans_years = re.fullmatch(r"[ \t]+(?:à|a)[ \t]+", gap) and _DE.search(before) and unit_after(text, b.end) == "duration"
    worded = (re.fullmatch(r"[ \t]+(?:and|et|y|e|i|und|u|en|og|och)(?:[ \t]+(?:los|las|os|as|les))?(?:[ \t]+|[ \t]*\n[ \t]*)", gap) and _BETWEEN.search(before)) or (
        re.fullmatch(r"(?:-[ \t]*|[ \t]+)to(?:[ \t]+|-)", gap) and is_age(text, a.start, b.end)
    ) or (
        re.fullmatch(r"-[ \t]*to[ \t]+", gap) and unit_after(text, b.end) is not None
    ) or spans_years or (
        re.fullmatch(r"[ \t]+(?:a|à)[ \t]+", gap) and _DE.search(before) and not _CHANGED_ROMANCE.search(before)
        and (_alike(a, b) or _bare_counts(text, a, b))
    ) or (
        to and (_alike(a, b) or _bare_counts(text, a, b)) and not _FROM.search(before) and not _CHANGED_IN_BRACKETS.search(before)
    ) or (
        to and _unit_shared(text, a, b) and not _changed(text, a)
    ) or (
        to and _scale_shared(a, b) and not _FROM.search(before)
    ) or (
        to and _RANGING_FROM.search(before)
    ) or (
        _unit_repeated(text, a, b, gap) and not _changed(text, a)
    )
    compatible = a.unit is None or b.unit is None or a.unit == b.unit
    ordered = a.value * max(b.scale / a.scale, 1) <= b.value or (a.currency is not None and a.value <= b.value)
    mixed = _unit_shared(text, a, b) and not _CHANGED_FAR.search(text, max(0, a.start - _CHANGE_REACH), a.start)
    spelled = not a.in_words or bool(worded) and (b.in_words or mixed)
    points = bool(_POINTS.search(text, a.start, a.end)) and not _POINTS.search(text, b.start, b.end)
    return bool(dashed or worded) and compatible and spelled and ordered and not points and not _in_chain(text, a, b) and not _between_cells(text, a, gap)


_POINTS = re.compile(r"(?i:p\.p\.|pp|ppts?|pps|percentage[ \t]+points?|puntos[ \t]+porcentuales|pontos[ \t]+percentuais|prozentpunkte)$")
"""A change in percentage points before a level in per cent ("fell 2.1 pp to 30%"): two figures,
not a range."""


_DASH_CELLS = re.compile(r"(?:^|[ \t])[-–](?:[ \t]+[-–])+(?=[ \t]|$|<)", re.M)


def _between_cells(text: str, a: Atom, gap: str) -> bool:
    """ "2007 746290 - - 143381 34,000 - 852,936": in a table row whose empty cells are
    dashes, a spaced dash between two figures is an empty cell, not a range."""
    if not (gap.startswith((" ", "\t")) and gap.endswith((" ", "\t"))):
        return False
    start, end = text.rfind("\n", 0, a.start) + 1, text.find("\n", a.end)
    return _DASH_CELLS.search(text, start, end if end >= 0 else len(text)) is not None


_CHAIN_LINK = re.compile(r"[–-]")


def _in_chain(text: str, a: Atom, b: Atom) -> bool:
    """ "70-80-90 percent": three or more figures joined by hyphens are steps, not a range."""
    return bool(
        _CHAIN_LINK.fullmatch(text, a.end, b.start)
        and (re.match(r"[–-]\d", text[b.end : b.end + 2]) or re.search(r"\d[–-]$", text[max(0, a.start - 2) : a.start]))
    )


_DE = re.compile(r"\b(?i:d(?:e|es))[ \t]+$")
_OD = re.compile(r"\bod[ \t]+$")
"""Polish "od … do …" ("w wieku od 18 do 22 lat"), a range as "from … to …" is."""
_CHANGED_ROMANCE = re.compile(
    r"\b(?:pas(?:ar|ó|a|ando|sou|sar)|aument\w*|crec\w*|cresc\w*|sub\w*|baj\w*|disminu\w*|redu[cj]\w*|ca[yi]\w*|caí\w*"
    r"|augment\w*|baiss\w*|pass(?:é|ée|és|ées|ant)|port(?:é|ée|er|ant)|diminu\w*|recul\w*)\b[^.;]{0,30}\bde[ \t]+$",
    re.I,
)
"""A Romance change from one level to another ("al pasar de 28.9% a 17.9%", "passou de 5.337
para 17.437"), not a range."""


_CHANGE_VERBS = (
    r"\b(?:rose|rise[sn]?|risen|increas\w*|gr[eo]w\w*|fell|fall\w*|drop\w*|declin\w*|went|jump\w*|climb\w*|up|down|"
    r"extend\w*|reduc\w*|cut|rais\w*|chang\w*|mov\w*|shift\w*|doubl\w*|tripl\w*|quadrupl\w*|halv\w*|expand\w*|shr[iu]nk\w*|"
    r"st[ie]{1,2}g\w*|daal\w*|daald\w*|groei\w*|steg|stiger|stigit|faldt|falder|sjunk\w*|økt\w*|ökade)\b"
)
_CHANGED = re.compile(_CHANGE_VERBS + r"[\w\s,]{0,40}(?:from|van|fra|från)[ \t]+$", re.I)
_CHANGED_REACH = 60


def _changed(text: str, a: Atom) -> bool:
    """ "extended wage support for employers from six to nine months": a change verb a few
    words before the "from" of two figures makes them two levels."""
    return bool(_CHANGED.search(text[max(0, a.start - _CHANGED_REACH) : a.start]))


_CHANGED_FAR = re.compile(_CHANGE_VERBS + r"[^.;!?\n]*(?:from|van|fra|från)[ \t]+$", re.I)
_CHANGE_REACH = 80
"""A number in words before one in digits is a range only far from a change ("increase the
company's share of the sector from four to 20 percent" is two levels)."""
_CHANGED_BY = re.compile(
    _CHANGE_VERBS + r"[\w\s,]{0,20}\bby(?:[ \t]+(?:almost|nearly|about|around|some|roughly|approximately|just|over))?[ \t]+$", re.I
)
"""A change and the level it reaches ("rose by 15 million euros to 741 million euros", "increased
by almost R1 billion to R10.9 billion"): two figures, not a range."""
_CHANGED_IN_BRACKETS = re.compile(_CHANGE_VERBS + r"[\w\s,]{0,20}\([ \t]*$", re.I)
"""A change spelled out in brackets after its verb ("has increased (90.2% to 91.4%)"): two
levels, not a range."""


_PLURAL_AFTER = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:(?!(?:was|has|is|does|this|its|thus|plus|less|us)\b)[a-z]{2,}s|"
    r"people|children|men|women|staff|personnel|youth|alumni)\b"
)
"""A plural after a number, regular or not ("graduate students", "people", "young women")."""


def _unit_repeated(text: str, a: Atom, b: Atom, gap: str) -> bool:
    """ "aged 18 years to 35 years": two bare numbers, each before the same unit word."""
    m = re.fullmatch(r"[ \t]+([A-Za-z]+)[ \t]+to[ \t]+", gap)
    return bool(m) and unit_after(text, a.end) is not None and text[b.end : b.end + len(m.group(1)) + 1].strip() == m.group(1)


def _bare_counts(text: str, a: Atom, b: Atom) -> bool:
    """ "500 to 800 graduate students", "four to eight programmes": two bare counts spelled
    alike before the plural they both count."""
    bare = a.in_words == b.in_words and all(x.unit is None and x.currency is None and x.scale == 1 for x in (a, b))
    return bare and _PLURAL_AFTER.match(text, b.end) is not None


def _bare_before_a_share(a: Atom, b: Atom) -> bool:
    """ "dropped by 30 to 40 per cent": after a change's "by", a bare figure and a share bound
    the change's size; a first figure with its own unit is the change and the second the level
    it reaches ("rose by 15 million euros to 741 million euros")."""
    return b.unit == "percent" and a.unit is None and a.currency is None and a.scale == 1


def _unit_shared(text: str, a: Atom, b: Atom) -> bool:
    """ "from six to nine months", "from six to 36 months", "20,000 to 25,000 shillings": a
    bare first number and a second with the unit both share (a currency several countries
    name alike has its code only once the document's country is known)."""
    has_unit = b.unit is not None or b.currency is not None or unit_after(text, b.end) is not None
    return a.unit is None and a.currency is None and a.scale == 1 and has_unit


def _scale_shared(a: Atom, b: Atom) -> bool:
    """ "1.5 to 2 lakh": a bare first number and a second whose scale word both share, the
    first the smaller once scaled ("330,000 to 3.73 million" are two figures)."""
    bare = a.unit is None and a.currency is None and a.scale == 1 and not a.in_words
    return bare and b.scale > 1 and a.value * b.scale <= b.value


_PAIRED = re.compile(r"[ \t]+(?:to|and|or|y|e|et|o|ou|und|oder|en|og|och|dhe|ose|și|sau)[ \t]+")
"""Between two figures that share the later one's percent or scale: English "to", "and", "or"
and other languages' "and" and "or" ("recortes de 4.2 y 8.9%")."""


def _partner(text: str, pairs: list[tuple[Atom, Atom | None]], i: int) -> Atom | None:
    """In "3.5 to 4 percent", "2 and 3 million", "35.8, 53.1 and 62.2%" (the last bare one too,
    "2.6, 2.0 and 1.6 points", whatever the order) or a change "from six to nine months", the
    later number whose unit and scale the bare earlier one shares."""
    low, high = pairs[i]
    if high is not None or i + 1 >= len(pairs) or low.unit or low.scale != 1:
        return None
    nxt = pairs[i + 1][0]
    if unit_after(text, low.end):
        return None
    gap = text[low.end : nxt.start]
    lasting = "duration" in (nxt.unit, unit_after(text, nxt.end)) and re.fullmatch(r"[ \t]+to[ \t]+", gap) and low.in_words == nxt.in_words
    if lasting and low.value <= nxt.value:
        return dataclasses.replace(nxt, unit="duration")
    if low.in_words:
        return None
    if _in_chain(text, low, nxt):
        return _chain_end(text, pairs, i + 1)
    if _LISTED.fullmatch(gap) or "," in gap and _LIST_CLOSE.fullmatch(gap):
        return _list_end(text, pairs, i + 1)
    listed = i > 0 and _LISTED.fullmatch(text[pairs[i - 1][0].end : low.start]) is not None
    if listed and _LIST_CLOSE.fullmatch(gap) and (nxt.unit == "percent" or nxt.scale != 1):
        return nxt
    if not _PAIRED.fullmatch(text[low.end : nxt.start]):
        return None
    shares = nxt.unit in ("percent",) or (nxt.unit or "").isupper() or nxt.scale != 1
    return nxt if shares and low.value * nxt.scale <= nxt.value else None


_LISTED = re.compile(r"[ \t]*,[ \t]*")
_LIST_CLOSE = re.compile(r"[ \t]*,?[ \t]*(?:and|y|e|et|und|en|og|och|dhe|și)[ \t]+")


def _list_end(text: str, pairs: list[tuple[Atom, Atom | None]], j: int) -> Atom | None:
    """ "35.8, 53.1, 57.8, and 62.2pc": the last of a list of bare figures, closed by "and",
    gives them all its percent or scale ("657,233, or 26%" restates a figure, no list)."""
    while j < len(pairs) and pairs[j][1] is None:
        atom = pairs[j][0]
        if atom.unit == "percent" or atom.scale != 1:
            return atom if _LIST_CLOSE.fullmatch(text[pairs[j - 1][0].end : atom.start]) else None
        if atom.unit or atom.in_words or j + 1 >= len(pairs) or unit_after(text, atom.end):
            return None
        if not (_LISTED.fullmatch(text[atom.end : pairs[j + 1][0].start]) or _LIST_CLOSE.fullmatch(text[atom.end : pairs[j + 1][0].start])):
            return None
        j += 1
    return None


def _chain_end(text: str, pairs: list[tuple[Atom, Atom | None]], j: int) -> Atom | None:
    """ "70-80-90 percent": the last step of a hyphen chain gives the bare ones before it its
    percent or scale."""
    while j + 1 < len(pairs) and pairs[j][0].unit is None and pairs[j][0].scale == 1 and _CHAIN_LINK.fullmatch(text, pairs[j][0].end, pairs[j + 1][0].start):
        j += 1
    atom = pairs[j][0]
    return atom if atom.unit == "percent" or atom.scale != 1 else None

