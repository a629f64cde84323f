"""Chinese text: the numbers and country names written in Han characters.

The English tokenizer keeps a run of Han characters, with the digits glued to it, as one
token ("在19个国家建成20个鲁班工坊"), so neither the phrase matcher nor the number rules can
reach inside it. This module reads such runs character by character with regular
expressions instead, in the lines that are Chinese (an English text's quoted Chinese names
are left alone). Country names come from pycountry's Chinese translations
(`patterns/han_country_names.tsv` adds common short forms it lacks,
`patterns/han_country_marks.tsv` the one-character forms of bilateral compounds, and
`han_country_leads.tsv` and `han_bilateral_words.tsv` those written before 中); the
classifiers that give a number its unit and the qualifiers around it are `patterns/han_*.tsv`.
"""

from __future__ import annotations

import functools
import gettext
import re

import pycountry

from ..patterns import load_lexicon
from .units import alternation

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The CJK unified ideograph blocks (with extension A and the compatibility block)."""

_HAN_CHAR = re.compile(f"[{HAN}]")


_LATIN = re.compile("[A-Za-z]")


@functools.lru_cache(maxsize=4)
def chinese(text: str) -> str:
    """The text with every piece that is not Chinese blanked, offsets kept ("" when no piece
    is), and traditional characters read as simplified (`patterns/han_traditional.tsv`, one
    character for one). A piece is a line, or a sentence of a line that mixes languages (a
    bilingual report's "中文句子。English sentence."); it is Chinese when it has at least as
    many Han characters as Latin letters. English texts quote Chinese names ("Simplified
    Chinese 中国…", a bilingual table's row labels) that their readers leave unmarked."""
    if _HAN_CHAR.search(text) is None:
        return ""
    masked = "".join(
        piece if len(_HAN_CHAR.findall(piece)) >= max(1, len(_LATIN.findall(piece))) else _BLANKED.sub(" ", piece)
        for piece in _PIECE.split(text)
    )
    return masked.translate(_simplified()) if masked.strip() else ""


_PIECE = re.compile("(?<=[\n。！？])|(?<=[.!?])(?= [A-Z])|(?<=[a-z.!?] )(?=[\u3400-\u9fff])")
"""Where a line's language may change: after a line break or a sentence's end, and where
Han characters follow Latin prose."""


@functools.cache
def _simplified() -> dict[int, str]:
    return {ord(t): s for t, s in load_lexicon("han_traditional.tsv").items()}


_BLANKED = re.compile("[^\n]")


def glued(text: str, start: int, end: int) -> bool:
    """A span in a Chinese line with a Han character right before or after it ("在19个"):
    this module's to read, not the English number rules'."""
    masked = chinese(text)
    return bool(masked) and bool(_HAN_CHAR.match(masked[start - 1 : start]) or _HAN_CHAR.match(masked[end : end + 1]))


_LOCALES = ("zh_CN", "zh_TW", "zh_HK")


@functools.cache
def country_names() -> dict[str, str]:
    """Chinese name -> ISO3: every name, common name and official name pycountry translates
    into simplified or traditional Chinese, plus `patterns/han_country_names.tsv`, each in
    simplified characters as `chinese` reads the text."""
    out: dict[str, str] = {}
    for locale in _LOCALES:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale]).gettext
        for country in pycountry.countries:
            for name in filter(None, (getattr(country, a, None) for a in ("name", "common_name", "official_name"))):
                chinese = translate(name)
                if chinese != name and all(_HAN_CHAR.match(ch) for ch in chinese):
                    out.setdefault(chinese, country.alpha_3)
    out.update(load_lexicon("han_country_names.tsv"))
    return {name.translate(_simplified()): iso3 for name, iso3 in out.items()}


@functools.cache
def _country_re() -> re.Pattern:
    blockers = load_lexicon("han_country_blockers.tsv")
    names = country_names()
    marks = "".join(sorted(load_lexicon("han_country_marks.tsv")))
    return re.compile(
        f"(?P<blocked>{alternation(blockers)})"
        + f"|(?P<name>{alternation(names)})"
        + f"|(?<=[中驻])(?P<mark>[{marks}])|(?P<side>[{marks}])(?=方(?![面式案法向针便]))"
        + f"|(?P<lead>[{''.join(sorted(load_lexicon('han_country_leads.tsv')))}])(?=中(?:{alternation(load_lexicon('han_bilateral_words.tsv'))}))"
    )


def countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of every country named in Han characters, longest name first, a
    blocked word (a province like 内蒙古, a region like 中东) skipped whole; a partner's one
    character (`patterns/han_country_marks.tsv`) after 中 or 驻 or before 方 ("side", not 方面),
    or, for those of `patterns/han_country_leads.tsv`, before 中 and a word of a bilateral
    compound (`patterns/han_bilateral_words.tsv`: 马中两国)."""
    text = chinese(text)
    out = []
    for m in _country_re().finditer(text):
        if m.group("name"):
            out.append((m.start(), m.end(), country_names()[m.group("name")]))
        elif m.group("mark") or m.group("side") or m.group("lead"):
            out.append((m.start(), m.end(), load_lexicon("han_country_marks.tsv")[m.group()]))
    return out


_DIGIT_WORDS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 1e4, "亿": 1e8}


def numeral_value(numeral: str) -> float:
    """The value of a number written in Chinese numerals: "十八" 18, "二十" 20, "三百五十"
    350, "一万二千" 12,000 (a unit with no digit before it counts one of it)."""
    total, section, digit = 0.0, 0.0, None
    for ch in numeral:
        if ch in _DIGIT_WORDS:
            digit = _DIGIT_WORDS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:
            total = (total + section + (digit or 0)) * _LARGE_UNITS[ch]
            section, digit = 0.0, None
    return total + section + (digit or 0)


_HAN_NUMERAL = "".join([*_DIGIT_WORDS, *_SMALL_UNITS, *_LARGE_UNITS])
_SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}


@functools.cache
def _qualifiers() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for phrase, value in load_lexicon("han_qualifiers.tsv").items():
        position, qualifier = value.split()
        out[position][phrase] = qualifier
    return out


@functools.cache
def _number_re() -> re.Pattern:
    qualifiers = _qualifiers()
    return re.compile(
        f"(?P<before>{alternation(qualifiers['before'])})?"
        rf"(?P<num>(?<!\d)(?<!\d[.,])(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<scale>{alternation(_SCALES)})?|(?P<words>[{_HAN_NUMERAL}]+))"
        f"(?P<after>{alternation(q for q in qualifiers['after'] if len(q) == 1)})?"
        f"(?P<unit>{alternation(load_lexicon('han_units.tsv'))})"
        f"(?P<after_unit>{alternation(q for q in qualifiers['after'] if len(q) > 1)})?"
    )


def numbers(text: str) -> list[tuple[int, int, float, str, str | None]]:
    """(start, end, value, unit, qualifier) of every number Chinese text counts with a
    classifier ("19个国家", "1.7万人", "五天", "400余所", "29%") and every fraction
    ("三分之一", "百分之三十"): digits glued to Han characters or Chinese numerals. Not an
    ordinal (第三, 十八届人大: `patterns/han_not_counts.tsv`), a lone 一 (which is also "a")
    but before a span of time (为期一年), a numeral with no digit (万人, "ten thousand
    people" in a slogan) unless a qualifier says how many (千余名), a year (2019年, 2021届,
    Taiwan's 112年) or a date (10月9日, which has no classifier)."""
    text = chinese(text)
    units = load_lexicon("han_units.tsv")
    not_counts = tuple(load_lexicon("han_not_counts.tsv"))
    out = _fractions(text)
    for m in _number_re().finditer(text):
        start, end = m.span("num")
        if text[start - 1 : start] in ("第", "之") or text.startswith(not_counts, m.start("unit")):
            continue
        unit = units[m.group("unit")]
        if m.group("words"):
            words = m.group("words")
            if words == "一" and unit != "duration" or not (any(ch in _DIGIT_WORDS or ch == "十" for ch in words) or m.group("after")):
                continue
            value = numeral_value(words)
        else:
            if not (glued(text, start, end) or glued(text, m.start(), m.end())) or (_year_shaped(m.group("digits")) and m.group("unit") in "年届级") \
                    or len(m.group("digits")) == 3 and m.group("unit") == "年":
                continue
            value = float(m.group("digits").replace(",", "")) * _SCALES.get(m.group("scale") or "", 1)
        qualifier = (
            _qualifiers()["before"].get(m.group("before") or "")
            or _qualifiers()["after"].get(m.group("after") or m.group("after_unit") or "")
        )
        out.append((start, m.end("unit") if unit == "percent" else end, value, unit, qualifier))
    return out


_FRACTION = re.compile(f"(?P<whole>[{_HAN_NUMERAL}]+|\\d+)分之(?P<part>[{_HAN_NUMERAL}]+|\\d+(?:\\.\\d+)?)")


def _fractions(text: str) -> list[tuple[int, int, float, str, str | None]]:
    """ "三分之一" (one third) as a share, unit `other`; "百分之三十" (thirty per cent) as a
    percentage."""
    out = []
    for m in _FRACTION.finditer(text):
        whole, part = (_value(m.group(g)) for g in ("whole", "part"))
        if whole == 100:
            out.append((m.start(), m.end(), part, "percent", None))
        elif 0 < part < whole:
            out.append((m.start(), m.end(), part / whole, "other", None))
    return out


def _value(numeral: str) -> float:
    return float(numeral) if numeral[0].isdigit() else numeral_value(numeral)


def _year_shaped(digits: str) -> bool:
    return len(digits) == 4 and digits[:2] in ("19", "20")


@functools.cache
def _org_edges() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word, role in load_lexicon("han_org_edges.tsv").items():
        out.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in out.items()}


@functools.cache
def _org_res() -> tuple[re.Pattern, re.Pattern]:
    heads = load_lexicon("han_org_heads.tsv")
    return re.compile(alternation(_org_edges()["before"])), re.compile(alternation(heads))


_NAME_RUN = re.compile(f"(?:[{HAN}“”\\-—]|[(（][{HAN}]{{1,6}}[)）](?=[{HAN}]))+")
"""Han characters with the quotes and dashes a name may hold, and a bracketed word
before more of the name (胜地(泰国)有限公司)."""
_BRACKETED = re.compile(f"[(（]([{HAN}]+)[)）]")
"""A bracketed word inside a stretch: a place in a company's name (胜地(泰国)有限公司), or the
other name of a body written before it when it ends in a head (科研处(国际交流处))."""
_TITLE = re.compile("《[^》\\n]*》")
"""A document's title (《…关于…的意见》): the bodies issuing it are part of the title."""
_DATE_WORDS = "[年月日号届级度]+"
MAX_NAME_CHARS = 16
"""Longer stretches ending in a head are clauses the edge words failed to cut, not names."""


def organisations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every Chinese organisation's name: a stretch of Han characters
    that ends in a head noun (`patterns/han_org_heads.tsv`) and starts after punctuation, a
    number or an edge word (`patterns/han_org_edges.tsv`: 由, 和, 参观了); the last head in
    the stretch ends it, so "赞比亚大学孔子学院" is one name; an edge word inside a
    country's name (中华人民共和国) cuts nothing. A stretch right after a count and its
    classifier names a kind, not a body (70余所理工学院); a stretch after "·" is the end of a
    transliterated name, and one in a document's title (《…》) is part of the title. A bracketed Latin acronym
    after a name is a name too, and so is a short name it defines (以下简称“X”), wherever it
    is written."""
    text = chinese(text)
    edges = _org_edges()
    cuts, heads = _org_res()
    kinds = load_lexicon("han_org_heads.tsv")
    out = []
    titles = [m.span() for m in _TITLE.finditer(text)]
    countries_at = [m.span() for m in _country_re().finditer(text) if m.group("name")]
    for run in _NAME_RUN.finditer(text):
        first = run.start()
        if text[first - 1 : first].isdigit():
            first = _after_number_words().match(text, first).end()
        counted = first > run.start() and text[first - 1] not in _DATE_WORDS
        ends = [c.end() for c in cuts.finditer(text, first, run.end()) if not any(a < c.end() < b for a, b in countries_at)]
        bounds = [first, *ends, run.end()]
        for seg_start, seg_end in zip(bounds, bounds[1:]):
            name = _name_in(text, seg_start, seg_end, heads, edges)
            if name is None or counted and seg_start == first or text[name[0] - 1 : name[0]] == "·" \
                    or any(a < name[0] < b for a, b in titles):
                continue
            start, end, head = name
            inner = _BRACKETED.search(text, start, end + 1)
            if inner and inner.group(1).endswith(tuple(kinds)):
                out.append((*inner.span(1), kinds[head]))
                end = inner.start()
            out.append((start, end, kinds[head]))
            short = _BRACKETED_ACRONYM.match(text, end) or _DEFINED_SHORT_NAME.match(text, end)
            if short:
                again = re.compile(re.escape(short.group(1))).finditer(text, short.start(1))
                out.extend((m.start(), m.end(), kinds[head]) for m in again)
    return sorted(set(out))


_BRACKETED_ACRONYM = re.compile(r"[(（]([A-Z][A-Za-z]*[A-Z](?:-[A-Z]+)*)[)）]")
"""A Latin acronym in brackets right after a Chinese name (卢安夏铜业有限公司(CLM)): the
same body's short name."""

_DEFINED_SHORT_NAME = re.compile(f"[(（](?:以下|下)?简称[“\"]([{HAN}A-Za-z]{{2,12}})[”\"]")
"""A short name a Chinese text defines after a body's name: (以下简称“X商院”)."""


@functools.cache
def _after_number_words() -> re.Pattern:
    """What follows a number and begins no name: a date's or a year's characters (2020年度),
    or a qualifier and classifier (400余所)."""
    return re.compile(f"(?:{_DATE_WORDS}|[多余]?(?:{alternation(load_lexicon('han_units.tsv'))}))?")


def _after_open_quote(text: str, start: int, end: int) -> int:
    """Past a quotation mark that opens and is not closed before the name's end: "“X中心智慧教室”"
    names X中心, while "“X”建设委员会" quotes part of a name."""
    opened = text.rfind("“", start, end)
    return opened + 1 if opened >= 0 and "”" not in text[opened:end] else start


def _name_in(text: str, start: int, end: int, heads: re.Pattern, edges: dict[str, frozenset[str]]) -> tuple[int, int, str] | None:
    """(start, end, head) of the name a stretch holds, if its last fitting head makes one."""
    found = None
    for m in heads.finditer(text, start, end):
        single = len(m.group()) == 1 or m.group() == "中心"
        if single and (text[m.end() : m.end() + 1] in edges["head_after"] or text[m.start() - 1 : m.start()] in edges["head_before"]) \
                or any(text.startswith(w, m.start()) for w in edges["not_head"]):
            continue
        found = (m.end(), m.group())
    if found is None:
        return None
    start = _after_open_quote(text, start, found[0])
    if text[start] in edges["not_first"] or text[start] in "—-”》" or not 3 <= found[0] - start <= MAX_NAME_CHARS:
        return None
    return start, *found
