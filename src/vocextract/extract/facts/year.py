"""The year a number holds for.

Tried in order, each a named method: a table cell's row (or column) year; a figures row that
opens with its year ("2006 328,165 7,805 …") or names one in its label, or lies under a line
of as many years (or of years over groups of columns); a year right before a bracketed figure
("from 2022 (65,307)"); "<number> … in/by <year>"; a governing opening
phrase ("As of 2024,", "In the June 2019 quarter,", after a colon too); of a list of figures
beside a list of as many years, the year in the same place ("for 2017/18 and 2018/19 … Rs 17
million and Rs 19 million"); the only year (or
the later year of a range) in the clause, then in the sentence, or the later of two for a
change ("from $43 in 2016 to $54 in 2017, a 24% increase"), or of several the one closing the
sentence's opening adverbial ("For courses starting in 2021, …"), a year in brackets that
give a figure of their own set aside; then the scopes above it, nearest first: a list lead or
table caption, a heading, the title (not the date it was published), where a change takes
the later of two years too ("comparing the March quarter 2012 with the December quarter
2011:" over "completions increased by 0.3%"). A base year ("up 25% from 2015", "since 2010", "from the first half of
2018") is the start of a change, never the year the value holds for: a clause whose only
years are base years leaves the number to its scopes. Years in the references section never
count, nor does the year of a source cited in brackets ("(OECD, 2016)").
"""

from __future__ import annotations

import re

from ..mention import Mention
from . import kind
from .context import Context, line_at
from .scopes import _MONTHS, HEADING, TITLE

_MONTH_OR_PERIOD = r"(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?=[A-Z]))?" + _MONTH_OR_PERIOD
_PART_OF_YEAR = (
    r"(?:(?:early|mid|late|the end of|(?:the\s+)?(?:first|second|third|fourth|last)\s+"
    r"(?:half|quarter|(?:\w+\s+)?months)\s+of)[\s-]+)?"
)
_NAMED_YEAR = r"(?:(?:(?:fiscal|financial|calendar|academic|school)\s+)?year\s+|FY\s?)?"
_GOVERNING = re.compile(
    r"^\W*(?:as of|by|in|until|till|through|during|at the end of|by the end of)\s+(?:the\s+)?"
    + _PART_OF_YEAR
    + r"(?:(?:fiscal|financial|calendar|academic|school)\s+year\s+|FY\s?)?"
    + _MONTH_OR_PERIOD + "$",
    re.I,
)
_GAP_WORD = r"(?:/?[A-Za-z][\w./'’-]*|\([^()\n]{0,30}\)|\))"
_AFTER_NUMBER = re.compile(
    r"^(?:[ \t]*" + _GAP_WORD + r"){0,4}?[ \t]*(?:in|by|for|as (?:of|at)|during)[ \t]+(?:the[ \t]+)?" + _PART_OF_YEAR
    + _NAMED_YEAR + _DATE + "$"
    r"|^[ \t]*\(?(?:(?:in|by|of|for|as of|during)[ \t]+)?" + _MONTH_OR_PERIOD + "$"
)
_BASE_YEAR = re.compile(
    r"(?:\bfrom|\bsince|\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bover)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){1,3}(?:of|in)\s+)?(?:fiscal\s+year\s+|FY\s?)?" + _MONTH_OR_PERIOD + "$",
    re.I,
)
_FIGURE = re.compile(r"[-+]?\d[\d,.]*%?|\.\.\.?")


_ROW_YEAR = re.compile(r"[ \t]*((?:19|20)\d\d)(?=[ \t])")


def _row_year(ctx: Context, number: Mention) -> int | None:
    """The year opening a line of figures ("2006 328,165 7,805 610 …") that holds `number`,
    or the one year of its row's label ("Oman (3) December 2012 1.682.248 20,1 79,9")."""
    text = ctx.text
    line_start, line_end = line_at(text, number.start)
    opening = _ROW_YEAR.match(text, line_start)
    found = (opening.end(), int(opening.group(1))) if opening else _label_year(ctx, line_start, line_end)
    if found is None or found[0] > number.start:
        return None
    rest = text[found[0] : line_end]
    words = re.findall(r"[A-Za-z]{2,}", rest)
    if len(_FIGURE.findall(rest)) >= 2 and len(words) <= 2:
        return found[1]
    return found[1] if _YEAR_VALUE.fullmatch(text, line_start, line_end) and _in_year_value_list(text, line_start, line_end) else None


_YEAR_VALUE = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]+[-+]?\d[\d,.]*%?[ \t]*")


def _in_year_value_list(text: str, line_start: int, line_end: int) -> bool:
    """ "1971 42.60⏎1974 65.84": a line of one year and one figure, next to another such line,
    is a row of a two-column year/value list, whatever year the next row opens with."""
    before = line_at(text, line_start - 1) if line_start > 0 else None
    after = line_at(text, line_end + 1) if line_end < len(text) else None
    return any(span is not None and _YEAR_VALUE.fullmatch(text, *span) for span in (before, after))


_LABEL_WORDS = 6


def _label_year(ctx: Context, line_start: int, line_end: int) -> tuple[int, int] | None:
    """(end, value) of the one year a short row label names before the row's first figure."""
    first = next((n.start for n in ctx.numbers_in((line_start, line_end))), None)
    if first is None or len(re.findall(r"[A-Za-z]{2,}", ctx.text[line_start:first])) > _LABEL_WORDS:
        return None
    years = ctx.years_in((line_start, first))
    if len({y.fields.value for y in years}) != 1:
        return None
    return years[-1].end, years[-1].fields.value


_PERIOD_WORDS = (
    r"(?:Q[1-4]|H[12]|FY|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July"
    r"|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter|Est|Estimate|Census|Year|Quarter)\b"
)
_CITED_BY = re.compile(
    rf"\(\s*(?!{_PERIOD_WORDS})[A-Z][\w&.'’-]*(?:\s+(?!{_PERIOD_WORDS})(?:[A-Z][\w&.'’-]*|et\s+al\.?|and|&|of|the|for))*,?\s+$"
)
_CITATION_END = re.compile(r"[a-z]?(?:,\s*(?:p|pp)\.\s*[\d–-]+)?(?:\[\d{1,3}\])?\s*[;)]")


def _cited(text: str, year: Mention) -> bool:
    """The year of a source cited in brackets ("(OECD, 2016)", "(Chen et al. 2020; ...)"):
    when it was published, not when the figures held."""
    return bool(_CITED_BY.search(text, max(0, year.start - 80), year.start) and _CITATION_END.match(text, year.end))


def _candidates(ctx: Context) -> list[Mention]:
    text = ctx.text
    return [
        y
        for y in ctx.years
        if ctx.prep.zones.section(y.start) != "references" and not _BASE_YEAR.search(text, max(0, y.start - 60), y.start)
        and not _cited(text, y) and not _SINCE_CLAUSE.search(text, max(0, y.start - 80), y.start)
    ]


_SINCE_CLAUSE = re.compile(r"(?:^|[.;:!?\n]\s*)(?:since|starting|beginning)\b[^,.;:!?\n]*$", re.I)
"""A year in a clause opened by "since" or "starting" ("Since the scheme was rolled out in
August 2020, more than 10,000 employers …", "Starting last December 2013, a total of 25 …"): a
cumulative figure holds for now, counted from that year."""


def _only_year(text: str, within: list[Mention], candidates: list[Mention]) -> Mention | None:
    """The one year `candidates` state, or the later year when the span's years are a range."""
    if len({y.fields.value for y in candidates}) == 1:
        return candidates[0]
    if len({y.fields.value for y in within}) == 2 and _is_range(text, within):
        return max(within, key=lambda y: y.fields.value)
    return None


def link(ctx: Context, number: Mention) -> tuple[int | None, Mention | None, str]:
    """(the year, the YEAR mention it was read from if any, the method). A table cell or a
    row of figures is no sentence: it takes its row's or column's year, else its scopes'. A
    length of time ("two years", "a four-month course") is no figure that holds in a year of
    its page or row: it takes only a year its own sentence or its table's caption ties to it."""
    found = _linked(ctx, number)
    if number.fields.unit == "duration" and not _own(found[2]):
        return None, None, "none"
    return found


_OWN = re.compile(r"only-year-in-|later-year-of-change-in-|fronted-year-in-|governing-phrase|number-in-year|year-before-bracket|caption-")


def _own(method: str) -> bool:
    return bool(_OWN.match(method))


def _linked(ctx: Context, number: Mention) -> tuple[int | None, Mention | None, str]:
    if cell := ctx.cell_of(number):
        if cell[1].year is not None:
            return held(ctx, cell[1].year), cell[1].year, "table-row"
        if (after := _year_after(ctx, number, _candidates(ctx))) is not None:
            return held(ctx, after), after, "number-in-year"
        if (column := _column_year(ctx, number)) is not None:
            return held(ctx, column), column, "figures-column"
        return _value(ctx, _scoped(ctx, number, _candidates(ctx)))
    if (row := _row_year(ctx, number)) is not None:
        return row, None, "figures-row"
    if (column := _column_year(ctx, number)) is not None:
        return held(ctx, column), column, "figures-column"
    return _value(ctx, _mentioned(ctx, number))


_HEADER_LINES_UP = 60


def _columns(ctx: Context, line: tuple[int, int]) -> list[list[Mention]]:
    """A line's figures as columns: a bracketed figure ("77.2 (0.04)", a standard error)
    belongs to the column of the figure before it."""
    columns: list[list[Mention]] = []
    for n in ctx.numbers_in(line):
        bracketed = ctx.text[max(line[0], n.start - 1) : n.start] == "(" and columns
        if bracketed:
            columns[-1].append(n)
        else:
            columns.append([n])
    return columns


def _column_year(ctx: Context, number: Mention) -> Mention | None:
    """A space-laid table with its years across the top ("2010 2011 2012" over rows of as
    many figures): the year above the number's column, read from the nearest line of years
    up to sixty lines above, with no blank line between (a long table keeps its header); a
    year over a group of columns that the line under it names once per year spans that group.
    A table cell with no year in its row reads its column's the same way."""
    text = ctx.text
    line = line_at(text, number.start)
    columns = _columns(ctx, line)
    index = next((i for i, c in enumerate(columns) if number in c), None)
    if index is None or len(columns) < 2 or len(re.findall(r"[A-Za-z]{2,}", text[line[0] : columns[0][0].start])) > 8:
        return None
    pos = line[0]
    for _ in range(_HEADER_LINES_UP):
        if pos <= 0 or text[pos - 2 : pos] == "\n\n":
            return None
        above = line_at(text, pos - 1)
        years = _spans_merged(text, ctx.years_in(above))
        if len(years) == len(columns) and not _columns(ctx, above):
            return years[index]
        if len(years) >= 2 and len(columns) % len(years) == 0 and _repeats(text, line_at(text, above[1] + 1), len(years)):
            return years[index // (len(columns) // len(years))]
        pos = above[0]
    return None


def _repeats(text: str, line: tuple[int, int], times: int) -> bool:
    """A header line that names the same columns once per year above it ("Male Female Both
    sexes Male Female Both sexes" under "1995 2005")."""
    words = text[slice(*line)].split()
    n = len(words) // times
    return n > 0 and len(words) == n * times and words == words[:n] * times


_YEAR_TO_YEAR = re.compile(r"[ \t]*(?:to|[–-])[ \t]*")


def _spans_merged(text: str, years: list[Mention]) -> list[Mention]:
    """A header's years with "2013 to 2014" read as one column, which holds for its later year."""
    out: list[Mention] = []
    for y in years:
        if out and _YEAR_TO_YEAR.fullmatch(text, out[-1].end, y.start):
            out[-1] = y
        else:
            out.append(y)
    return out


_SPAN_END = re.compile(r"[/–-](\d\d(?:\d\d)?)(?![\d/])")


def held(ctx: Context, year: Mention) -> int:
    """The year a value stated for `year` holds for: the later one of a school or financial
    year ("2021/22", "2017-18", "2021/2022"), which ends in it."""
    value = year.fields.value
    m = _SPAN_END.match(ctx.text, year.end)
    if m is None:
        return value
    end = int(m.group(1)) if len(m.group(1)) == 4 else value // 100 * 100 + int(m.group(1))
    return end if 0 < end - value <= 1 else value


def _value(ctx: Context, found: tuple[Mention | None, str]) -> tuple[int | None, Mention | None, str]:
    mention, method = found
    return (held(ctx, mention) if mention else None), mention, method


def _year_after(ctx: Context, number: Mention, candidates: list[Mention]) -> Mention | None:
    """ "450 in 2021", "5,169 (June 2015)", "9 400 apprentices by September 2018", "88 410
    learners as at 31 March 2019", "Rs. 640 million for year 2015-16", "$625/kWh in 2018", "BD
    355 million ($942 million) in 2019": a few words or a bracket between; the later year of a
    range ("opened in late 2016 and 2017")."""
    after = next((y for y in candidates if number.end <= y.start <= number.end + 40), None)
    if after is None or not _AFTER_NUMBER.match(ctx.text[number.end : after.start]):
        return None
    then = next((y for y in candidates if y.start > after.start), None)
    return then if then is not None and _is_range(ctx.text, [after, then]) else after


_BEFORE_BRACKET = re.compile(r"(?:[ \t]+[a-z-]+){0,2}[ \t]*\($")


def _year_before_bracket(ctx: Context, number: Mention) -> Mention | None:
    """ "an 8.0% increase from 2022 (65,307)", "the 2019 level (65,967)": a figure in brackets
    right after a year (and a word or two) is that year's value, a base year too."""
    near = ctx.years_in((max(0, number.start - 40), number.start))
    return next((y for y in near if _BEFORE_BRACKET.fullmatch(ctx.text, y.end, number.start)), None)


def _mentioned(ctx: Context, number: Mention) -> tuple[Mention | None, str]:
    text = ctx.text
    candidates = _candidates(ctx)
    if (before := _year_before_bracket(ctx, number)) is not None:
        return before, "year-before-bracket"
    if (after := _year_after(ctx, number, candidates)) is not None:
        return after, "number-in-year"
    s_start, s_end = ctx.sentence(number.start)
    for y in candidates:
        between = any(y.end <= other.start and other.end <= number.start for other in candidates)
        if s_start <= y.start < number.start and not between and _GOVERNING.match(text[_part_start(text, s_start, y.start) : y.start]):
            return y, "governing-phrase"
    for span, method in ((ctx.clause(number), "clause"), ((s_start, s_end), "sentence")):
        within = [y for y in ctx.years_in(span) if not _aside(ctx, y, number)]
        if (paired := _respective(ctx, number, span, _kept(candidates, within))) is not None:
            return paired, f"respective-year-in-{method}"
        found = _only_year(text, within, _kept(candidates, within)) if within else None
        if found and not _claimed(ctx, found, number) and not _founding(text, found):
            return found, f"only-year-in-{method}"
        if (later := _later_of_change(ctx, number, within)) is not None:
            return later, f"later-year-of-change-in-{method}"
        if (fronted := _fronted(text, _kept(candidates, within), number, s_start)) is not None:
            return fronted, f"fronted-year-in-{method}"
        if (own := _conjunct_year(ctx, number, span, _kept(candidates, within))) is not None:
            return own, f"conjunct-year-in-{method}"
        if _kept(candidates, within):
            return None, "ambiguous"
        if within:
            break
    return _scoped(ctx, number, candidates)


_FRONTED = re.compile(r"[ \t]*(?:[A-Za-z]+\.?[ \t]+)?(?:\d{1,2}[ \t]+)?,")
_ADVERBIAL = re.compile(r"\W*(?:in|for|by|during|as\s+of|at|on|after|before|until|through|over|between|from)\b", re.I)


def _fronted(text: str, years: list[Mention], number: Mention, s_start: int) -> Mention | None:
    """Of several years, the last one before the number that closes the adverbial opening its
    sentence, set off by a comma ("For courses starting in 2021, the wage will be EUR 550 …;
    for 2022 it …"), with no year between it and the number; not one in an aside ("The
    university, established in 2004, occupies 144 acres")."""
    before = [y for y in years if y.end <= number.start]
    if not before or not _FRONTED.match(text, before[-1].end) or "\n" in text[before[-1].end : number.start]:
        return None
    opening = text[_part_start(text, s_start, before[-1].start) : before[-1].start]
    return None if "," in opening and not _ADVERBIAL.match(opening) else before[-1]


_LISTED = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and|&|to)[ \t]*")
_PERIOD_JOIN = re.compile(r"[/–-]")


def _groups(text: str, mentions: list[tuple[Mention, int]]) -> list[list[Mention]]:
    """Mentions (each with where it ends) in runs that a list joins ("2017 and 2018", "12.6%
    and 12.1%", "from 71,464 to 141,748")."""
    groups: list[list[Mention]] = []
    end = -1
    for m, m_end in mentions:
        if groups and _LISTED.fullmatch(text, end, m.start):
            groups[-1].append(m)
        else:
            groups.append([m])
        end = m_end
    return groups


def _periods(text: str, years: list[Mention]) -> list[tuple[Mention, int]]:
    """Years with a school or financial year ("2017/2018", "2018-19") read as one, by its first
    year (`held` gives the year it ends in), each with where it ends."""
    out: list[tuple[Mention, int]] = []
    for y in years:
        if out and _PERIOD_JOIN.fullmatch(text, out[-1][1], y.start) and 0 < y.fields.value - out[-1][0].fields.value <= 1:
            out[-1] = (out[-1][0], y.end)
        else:
            out.append((y, y.end))
    return out


def _respective(ctx: Context, number: Mention, span: tuple[int, int], years: list[Mention]) -> Mention | None:
    """ "for the years 2017/2018 and 2018/2019 … Rs 17,708 million and Rs 19,250 million": a
    list of figures as long as the one list of years beside it takes them in order, one each."""
    figures = [g for g in _groups(ctx.text, [(n, n.end) for n in ctx.numbers_in(span)]) if number in g]
    if not figures or len(figures[0]) < 2:
        return None
    lists = [g for g in _groups(ctx.text, _periods(ctx.text, sorted(years, key=lambda y: y.start))) if len(g) == len(figures[0])]
    return lists[0][figures[0].index(number)] if len(lists) == 1 else None


def _conjunct_year(ctx: Context, number: Mention, span: tuple[int, int], years: list[Mention]) -> Mention | None:
    """Of several years, the one alone in the number's own stretch, up to the next figure
    ("7,500 were appointed in the private sector in 2004 and 1,300 in 2003", "from 6,971 in
    early 2019 to 30,776 at the end of 2021"), or else alone between the figure before it
    and the number, unless it dates that figure ("879,000 contracts were signed in 2024 …
    to one million"; not "39,915 in 2016 to 48,492"). A year right before the next figure is
    that figure's ("144 acres and had, as of 2015, three faculties"), and a founding year
    dates no count."""
    years = [y for y in years if not _founding(ctx.text, y)]
    figures = [n for n in ctx.numbers_in(span) if n is not number]
    following = next((n.start for n in figures if n.start >= number.end), span[1])
    after = [y for y in years if number.end <= y.start < following and ctx.text[y.end : following].strip(" ,\t")]
    if after:
        return after[0] if len(after) == 1 else None
    preceding = max((n.end for n in figures if n.end <= number.start), default=span[0])
    before = [
        y for y in years if preceding <= y.start and y.end <= number.start
        and not (preceding > span[0] and _CLAIMING.fullmatch(ctx.text, preceding, y.start))
    ]
    return before[0] if len(before) == 1 else None


def _aside(ctx: Context, year: Mention, number: Mention) -> bool:
    """A year in brackets that give a figure of their own, outside which the number stands
    ("EUR 26.5 million (compared to EUR 26.3 million in 2005)"), belongs to that figure; a
    bracketed date of the number ("27,401 students (2018)") is no aside."""
    text = ctx.text
    open_ = text.rfind("(", 0, year.start)
    if open_ < 0 or text.find(")", open_, year.start) >= 0 or "\n" in text[open_ : year.start]:
        return False
    close = text.find(")", year.end)
    return (
        close >= 0
        and "\n" not in text[year.end : close]
        and not open_ < number.start < close
        and bool(ctx.numbers_in((open_, close)))
    )


_CLAIMING = re.compile(r"[ \t]+in[ \t]+(?:[A-Za-z]+[ \t]+){0,4}|[ \t]*\([ \t]*")


def _claimed(ctx: Context, year: Mention, number: Mention) -> bool:
    """ "enrolment grew by 31.4 per cent from 39,915 in 2016 to 48,492", "rose from 23.8% in the
    last quarter of 2019 to 27.1%", "higher by 0.5 points compared with 67.4 per cent in 2014": a
    year right after the figure a change starts from or is compared with is that figure's, not
    the year of the change or of its end ("… 187 in 2016 and 284 in 2017, an increase of 97"
    keeps 2017 for the 97)."""
    before = ctx.numbers_in((max(0, year.start - _CLAIM_REACH), year.start))
    return any(
        n is not number and n.end <= year.start and _CLAIMING.fullmatch(ctx.text, n.end, year.start)
        and _FROM.search(ctx.text, max(0, n.start - 14), n.start)
        for n in before
    )


_FROM = re.compile(r"\b(?:from|than|versus|vs\.?|compared[ \t]+(?:with|to))[ \t]+$")


_CLAIM_REACH = 40


_FOUNDED = re.compile(
    r"\b(?:established|founded|set[ \t]+up|inaugurated|incorporated|created)[ \t]+(?:in|on)[ \t]+(?:the[ \t]+year[ \t]+)?"
    r"(?:(?:\d{1,2}[ \t]+)?[A-Z][a-z]+\.?(?:[ \t]+\d{1,2},?)?[ \t]+)?$"
)


def _founding(text: str, year: Mention) -> bool:
    """ "his University was established in 1951 and offers 78 graduate programmes": the year a
    body was founded dates its founding, not what the body counts now."""
    return bool(_FOUNDED.search(text, max(0, year.start - 60), year.start))


def _part_start(text: str, s_start: int, pos: int) -> int:
    """Where the part of a sentence holding `pos` begins: after its last colon or semicolon
    ("… largest importers: in the first half of 2019, imports averaged …")."""
    return max(text.rfind(":", s_start, pos), text.rfind(";", s_start, pos)) + 1 or s_start


def _kept(candidates: list[Mention], within: list[Mention]) -> list[Mention]:
    """The years of `within` that are candidates, by identity (equal mentions compare their
    attributes field by field, which a long table pays for per number)."""
    ids = {id(y) for y in candidates}
    return [y for y in within if id(y) in ids]


_DAY_AND_MONTH_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\.?,?|\b" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\b\d{1,2}[./-]\d{1,2}[./-])\s*$", re.I
)
_HOLDS_AT = re.compile(r"\b(?:as\s+(?:at|of)|at|on|by|until|to|ending|end(?:ed)?)\s+(?:the\s+)?$", re.I)
_PUBLISHED = re.compile(r"\b(?:published|updated|posted|publication|issued|released|last\s+modified)\b[^\n]{0,30}$", re.I)


def _publication_date(text: str, year: Mention) -> bool:
    """ "publication November 19, 2019", "Posted on 3 May 2021": a title's or heading's year
    in a full date, or after a word of publishing, dates the page, which FACTS.md leaves
    out; a date the figures are stated at ("as at 30 June 2019") is theirs."""
    line_start = text.rfind("\n", 0, year.start) + 1
    before = text[line_start : year.start]
    if _PUBLISHED.search(before):
        return True
    day = _DAY_AND_MONTH_BEFORE.search(before)
    return bool(day) and not _HOLDS_AT.search(before, 0, day.start())


def _scoped(ctx: Context, number: Mention, candidates: list[Mention]) -> tuple[Mention | None, str]:
    """The year the nearest scope above the number states, if it states one; a title's or a
    heading's publication date states none."""
    for scope in ctx.scopes.over(number.start):
        within = ctx.years_in((scope.start, scope.end))
        if scope.kind in (TITLE, HEADING):
            within = [y for y in within if not _publication_date(ctx.text, y)]
        if within:
            if found := _only_year(ctx.text, within, _kept(candidates, within)):
                return found, f"{scope.kind}-year"
            if (later := _later_of_change(ctx, number, within)) is not None:
                return later, f"{scope.kind}-later-year-of-change"
            return None, "ambiguous"
    return None, "none"


def _later_of_change(ctx: Context, number: Mention, within: list[Mention]) -> Mention | None:
    """The later of exactly two years stated around a change, which it holds for (FACTS.md)."""
    if len({y.fields.value for y in within}) == 2 and kind.kind(ctx, number) in (kind.CHANGE, kind.GROWTH):
        return max(within, key=lambda y: y.fields.value)
    return None


_RANGE_BETWEEN = re.compile(
    r"\s*(?:to|and|until|till|through|[-–—/])\s*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?i:" + _MONTHS + r")\.?(?:\s+\d{1,2})?,?\s+)?"
)
"""What joins the two years of a period: "2016 to 2019", "2011-2017", "January 2024 and November
2025", "1 April 2019 to 31 March 2020"."""


def _is_range(text: str, years: list[Mention]) -> bool:
    a, b = sorted(years, key=lambda y: y.start)[:2]
    return _RANGE_BETWEEN.fullmatch(text, a.end, b.start) is not None
