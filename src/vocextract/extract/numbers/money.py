"""Whose money a figure is in when its sign is shared ("$", "kr"): the country the document
names most, a table's stated currency, or a list that gives one unit for all."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

import pycountry

from ..countries import main_country
from ..mention import Prepared
from .atoms import Atom
from .currencies import _currencies, _is_word, _local_currencies, dollar_of, local_currency
from .kept import unit_after


def _currency_country(
    prep: Prepared, atom: Atom, countries: list[tuple[int, str]], main: str | None, named_money: set[str],
    placed: list[tuple[int, str]], own_dollar: bool = False,
) -> str | None:
    """Whose "$" (or "pesos", "kr") a number is: the country the document names most; if that
    one has no such money, the one country named that has ("Sh22 billion" in a text naming
    China most and Tanzania too); in a text naming no country, the one whose currency it
    names outright ("P282 million" in a text that writes "Pula" elsewhere); where the
    country found has no such money, the one country whose provinces or cities the text names
    that has (`placed`: "$5.4 million" in a text naming British Columbia, whose only country
    named is inside a college's name, "College of New Caledonia"). Its sentence
    overrules that when it names countries none of which has a currency of that name and the
    money is a world currency or the sign's default country's ("the United Kingdom made its
    last $83 million payment to the United States" in an Australian page is USD). A named
    country that does (a donor "Canada" beside a World Bank figure) is no proof for a dollar;
    a sentence listing several countries ("loans of $552 million to Benin, Haiti, Jamaica …")
    is about none of them. A sign with no default of its own ("P", "K") before a scale word
    ("P2.6 billion") in a text naming no user is money all the same: the first user listed
    in `numbers_local_currencies.tsv`, the most written. A "$" in a text in the language of
    a country whose money is a peso or dollar (`own_dollar`) is that money (`dollar_of`)."""
    if atom.currency not in _local_currencies():
        return main
    if (declared := _declared_user(prep.text, atom.currency)) is not None:
        return declared
    if own_dollar and atom.currency == "$" and dollar_of(main):
        return main
    if main is None:
        main = _country_of_stated(atom.currency, named_money) or _only_user(atom.currency, countries)
    elif not local_currency(atom.currency, main) and _currencies().get(atom.currency) not in _WORLD_CURRENCIES:
        main = _only_user(atom.currency, countries) or main
    if main is None or not (local_currency(atom.currency, main) or _default_of(atom.currency, main)):
        main = _only_user(atom.currency, placed) or main
    if main is None and atom.scale > 1 and not _currencies().get(atom.currency):
        main = next(iter(_local_currencies()[atom.currency]))
    sentence = prep.doc.char_span(*(prep.clean.to_clean(atom.start), prep.clean.to_clean(atom.end)),
                                  alignment_mode="expand")
    if sentence is None:
        return main
    a, b = sentence.sent.start_char, sentence.sent.end_char
    here = [iso3 for start, iso3 in countries[bisect.bisect_left(countries, (a, "")) :] if start < b]
    if len(set(here)) >= _MANY_IN_A_SENTENCE:
        return None
    if not here or any(local_currency(atom.currency, iso3) for iso3 in here):
        return main
    default_here = any(_default_of(atom.currency, iso3) for iso3 in here)
    return None if default_here or _currencies().get(atom.currency) in _WORLD_CURRENCIES else main


_MANY_IN_A_SENTENCE = 3


@functools.lru_cache(maxsize=8)
def _declared_user(text: str, term: str) -> str | None:
    """ "Total Budget ($CAD):", "(CAD$)": a text that labels its shared sign with one user's
    code, beside no amount, writes that money wherever it writes the sign alone."""
    users = {code: iso3 for iso3, code in _local_currencies()[term].items()}
    sign = re.escape(term)
    labels = re.finditer(
        rf"(?<![A-Za-z]){sign}[ \t]?(?P<after>[A-Z]{{3}})(?![A-Za-z])(?![ \t]?\d)|(?<![A-Za-z])(?P<before>[A-Z]{{3}}){sign}(?![ \t]?\d)", text
    )
    found = {m.group("after") or m.group("before") for m in labels}
    codes = found & users.keys()
    return users[codes.pop()] if len(codes) == 1 else None


def _default_of(term: str, country: str) -> bool:
    """Whether the code a shared term means by default is `country`'s own ("$" is USD, the
    United States' money): ISO 4217 codes open with the ISO 3166 alpha-2 code."""
    code = _currencies().get(term) or ""
    found = pycountry.countries.get(alpha_3=country)
    return bool(code and found and code[:2] == found.alpha_2)


_WORLD_CURRENCIES = frozenset({"USD", "EUR"})
"""Money that texts about any country use: a "$" in a text about Ghana is a US dollar, while a
"Sh" in a text about China's aid to Tanzania is Tanzania's shilling, not Kenya's."""


def _only_user(term: str, countries: list[tuple[int, str]]) -> str | None:
    """The one country of `countries` (named, or whose places are named) that uses the shared
    `term`, as its own or as the sign's default ("$" for the United States), if only one does."""
    users = {iso3 for _, iso3 in countries if local_currency(term, iso3) or _default_of(term, iso3)}
    found = users.pop() if len(users) == 1 else None
    return found if found and local_currency(term, found) else None


def _country_of_stated(term: str, named_money: set[str]) -> str | None:
    """The one country using the shared `term` whose currency code the text also writes
    unshared (`named_money`: "Pula", "BWP")."""
    users = [iso3 for iso3, code in _local_currencies()[term].items() if code in named_money]
    return users[0] if len(users) == 1 else None


def named_money(atoms: list[Atom]) -> set[str]:
    """The ISO codes of the currencies the text writes in a way no other country shares."""
    local = _local_currencies()
    return {a.unit for a in atoms if a.currency and a.unit and not {a.currency, a.currency.lower()} & local.keys()}


_LIST_GAP = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|-[ \t]+(?:and|or)[ \t]+")


def _list_units(text: str, pairs: list[tuple[Atom, Atom | None]]) -> dict[int, str]:
    """ "at six, 12, 24 and 36 months", "six- and 12-month tracks" (a suspended hyphen): bare
    numbers listed before one that a unit word follows share that unit; so do amounts of one scale listed before one in a currency ("20.5
    million, 9.4 million and 5.9 million euros"). Index of each such number -> the unit."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, (low, high) in enumerate(pairs):
        before = pairs[run[-1]][0] if run else None
        listed = before is not None and before.scale == low.scale and _LIST_GAP.fullmatch(text, before.end, low.start)
        if listed and high is None and low.currency and low.unit:
            out.update(dict.fromkeys(run, low.unit))
        if not listed or high is not None or low.unit is not None:
            run = []
        if high is not None or low.unit is not None:
            continue
        run.append(i)
        unit = unit_after(text, low.end)
        if unit and len(run) > 1:
            out.update(dict.fromkeys(run[:-1], unit))
            run = []
    return out


_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-–•*][ \t]+$")
_LIST_SHARE = 2 / 3
_LIST_ITEMS = 3


def _bulleted_units(text: str, pairs: list[tuple[Atom, Atom | None]]) -> dict[int, str]:
    """ "- 332.248 euro alla Valle d'Aosta; - 1.068.878 all'Abruzzo; - 413.082 al Molise": in a
    bulleted list whose items open on a figure, most of them in one money, a bare opening
    figure is in that money too, the writer having left its word out. Index -> the unit."""
    items = [
        (text.count("\n", 0, low.start), i) for i, (low, high) in enumerate(pairs)
        if high is None and _BULLET_BEFORE.search(text, max(0, low.start - 12), low.start)
    ]
    out: dict[int, str] = {}
    run: list[tuple[int, int]] = []
    for item in items + [(-2, -1)]:
        if run and item[0] != run[-1][0] + 1:
            units = [pairs[i][0].unit for _, i in run if pairs[i][0].currency]
            common = max(set(units), key=units.count) if units else None
            if common and len(run) >= _LIST_ITEMS and units.count(common) >= _LIST_SHARE * len(run):
                bare = [i for _, i in run if pairs[i][0].unit is None and pairs[i][0].currency is None]
                out.update((i, common) for i in bare if unit_after(text, pairs[i][0].end) is None)
            run = []
        run.append(item)
    return out


def _restated_units(text: str, pairs: list[tuple[Atom, Atom | None]]) -> dict[int, str]:
    """ "over ten (10) years": a number written in words and restated in bracketed digits takes
    the unit after the bracket, and so do its digits. Index of each such number -> the unit."""
    out: dict[int, str] = {}
    for i in range(len(pairs) - 1):
        (words, words_high), (digits, digits_high) = pairs[i], pairs[i + 1]
        if words_high or digits_high or words.unit or digits.unit or words.value != digits.value:
            continue
        if not _RESTATED.fullmatch(text, words.end, digits.start) or not text.startswith(")", digits.end):
            continue
        unit = unit_after(text, digits.end + 1)
        if unit:
            out.update({i: unit, i + 1: unit})
    return out


_RESTATED = re.compile(r"[ \t]*\(")


def _elided_units(text: str, pairs: list[tuple[Atom, Atom | None]]) -> dict[int, str]:
    """A bare number whose unit a neighbour states once for both: the end of a change ("extended
    from three years to five", "35 hours a week, up from 30") takes the unit of where it
    started or went, and a part of a whole ("three of the four years") the whole's; so does
    the level a share changes to ("from 17.8 percent in August 2017 to 16.0"). Index -> the
    unit."""
    out: dict[int, str] = {}
    for i in range(len(pairs) - 1):
        (first, first_high), (second, second_high) = pairs[i], pairs[i + 1]
        if first_high or second_high or second.unit:
            continue
        gap = text[first.end : second.start]
        if first.unit == "percent" and second.scale == 1 and _FROM_BEFORE.search(text, max(0, first.start - 8), first.start):
            if _TO_GAP.fullmatch(gap) and _NO_NOUN_AFTER.match(text, second.end):
                out[i + 1] = "percent"
            continue
        if first.unit:
            continue
        if unit := _unit_of_phrase(gap, _CHANGE_TO) or _unit_of_phrase(gap, _CHANGE_FROM):
            if _NO_NOUN_AFTER.match(text, second.end) and first.value != second.value:
                out[i + 1] = unit
        elif _PART_OF.fullmatch(gap) and (unit := unit_after(text, second.end)):
            out[i] = unit
    return out


def _unit_of_phrase(gap: str, pattern: re.Pattern) -> str | None:
    m = pattern.fullmatch(gap)
    return unit_after(gap, 0) if m and m.start("unit") == 0 else None


_CHANGE_TO = re.compile(r"(?P<unit>[ \t]+[a-z]+)(?:[ \t]+(?:a|per)[ \t]+[a-z]+)?[ \t]+to[ \t]+")
_CHANGE_FROM = re.compile(r"(?P<unit>[ \t]+[a-z]+)(?:[ \t]+(?:a|per)[ \t]+[a-z]+)?,?[ \t]+(?:up|down)[ \t]+from[ \t]+")
_PART_OF = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|his|her)[ \t]+")


_AMOUNTS_GAP = re.compile(r"[^.;!?\n\d]{0,60}?(?:,|;|\b(?:and|while|whereas|y|e|et)\b)[^.;!?\n\d]{0,30}")
_NO_NOUN_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|$|(?:for|on|in|by|to|of|from|into|towards?|each|respectively|while|and|para|por|pour|per|en|al|au|aux"
    r"|a|y|e|et|se|que|más|menos|como|con|hasta|la|el|los|las|le|les|van|irán|son|fueron|ont|sont|seront|par|dont|permettront|serão|são|foram|será|sono|saranno|li|werden|wurden|sind)\b|à\b)"
)


_COMPARED_GAP = re.compile(r",?[ \t]+(?:compared[ \t]+(?:to|with)|against|versus|vs\.?|as[ \t]+against)[ \t]+", re.I)
"""The words between two sums set side by side ("R433 million compared to 432 million the
previous year"): the second, written bare with the same scale, is in the first's money."""
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$", re.I)
_TO_GAP = re.compile(r"(?:[ \t]+(?:in|by)[ \t]+(?:[A-Z][a-z]+\.?[ \t]+)?(?:19|20)\d\d)?[ \t]+to[ \t]+")


def amounts_after(text: str, pairs: list[tuple[Atom, Atom | None]]) -> dict[int, int]:
    """ "BD 4 million for business support and 4.6 million for insurance", "150 millones de
    pesos al equipamiento; 16 millones para …; y 12 millones para …": a bare amount with the
    same scale word after a sum of money in the same sentence or paragraph (or after a bare amount that
    took its money so) is in the same money, unless a noun after it says what it counts
    ("4.6 million people"); so is the amount a change from a sum of money goes to ("from 215
    million liras in 2017 to 2 billion by 2022"), one it is compared with ("R433 million
    compared to 432 million"), and a part listed in brackets after a sum
    ("€6 million (of which 5 million budget support, …)"). Index -> index of the sum whose money it takes, so that a local
    currency is read once, where it is written."""
    out: dict[int, int] = {}
    for i in range(1, len(pairs)):
        (low, high), (before, before_high) = pairs[i], pairs[i - 1]
        money = before_high or before
        source = i - 1 if money.currency else out.get(i - 1)
        if high is not None or low.unit or low.scale == 1 or source is None:
            continue
        listed = money.scale == low.scale and (
            _AMOUNTS_GAP.fullmatch(text, money.end, low.start) or _same_paragraph(text, money.end, low.start)
        )
        changed = _FROM_BEFORE.search(text, max(0, money.start - 8), money.start) and _TO_GAP.fullmatch(text, money.end, low.start)
        compared = money.scale == low.scale and _COMPARED_GAP.fullmatch(text, money.end, low.start)
        total = pairs[source][1] or pairs[source][0]
        if (listed or changed) and _NO_NOUN_AFTER.match(text, low.end) or compared or _in_breakdown(text, total.end, low.start):
            out[i] = source
    return out


_PARAGRAPH_REACH = 400


def _same_paragraph(text: str, end: int, start: int) -> bool:
    """Two amounts a few sentences apart in one paragraph ("… 1.200 millones de euros … Esta
    cifra suma 163 millones más"): a bare one with the same scale word goes on in the same
    money."""
    return start - end <= _PARAGRAPH_REACH and "\n" not in text[end:start]


_BREAKDOWN = re.compile(r"[ \t]*\((?:of[ \t]+which|of[ \t]+this|including|incl\.)[ \t]", re.I)


def _in_breakdown(text: str, total_end: int, start: int) -> bool:
    """ "€6 million (of which 5 million budget support, 1 million technical assistance)": the
    parts of a sum listed in brackets right after it are in its money, whatever each funds."""
    m = _BREAKDOWN.match(text, total_end)
    return m is not None and m.end() <= start and not any(c in text[m.end() : start] for c in ")\n")


_LAKH_CURRENCIES = frozenset({"INR", "PKR", "BDT", "NPR", "LKR"})
_LAKH_SCALES = frozenset({1e5, 1e7})
_MONEY_BEFORE = re.compile(
    r"\b(?:fund\w*|budget\w*|allocat\w*|costs?|spen[dt]\w*|expenditure|grants?|invest\w*|outlay|worth|sanction\w*|disburs\w*)\b[^.!?\n]*$",
    re.I,
)
_MONEY_REACH = 80


def lakh_amount(text: str, atom: Atom, home: Callable[[], str | None]) -> str | None:
    """ "1643.66 crores in the project, 220.29 crore in …": an amount in lakh or crore with no
    money written and no noun after it saying what it counts, in a text whose country counts
    its money so, is that country's money; one in lakh only after a word for money in its
    sentence ("funding of 546 lakh"), as lakh counts people as often ("from 2.90 lakh in
    2020-21")."""
    if atom.unit is not None or atom.scale not in _LAKH_SCALES or not _NO_NOUN_AFTER.match(text, atom.end):
        return None
    if _restates_a_count(text, atom.start):
        return None
    if atom.scale == 1e5 and not _MONEY_BEFORE.search(text[max(0, atom.start - _MONEY_REACH) : atom.start]):
        return None
    code = home()
    return code if code in _LAKH_CURRENCIES else None


_BRACKETED_AFTER_A_FIGURE = re.compile(r"(?<![\d.,])\d[\d.,]*(?:[ \t]+(?:million|billion|thousand))?[ \t]*\([ \t]*$")
_MONEY_SIGN_BEFORE = re.compile(r"(?:[$€£₹¥]|\bRs\.?|\b[A-Z]{3})[ \t]*$")


def _restates_a_count(text: str, start: int) -> bool:
    """ "25 million (2.5 crore) were trained": an amount in brackets right after a figure with
    no money restates that figure in the other scale, so it counts what the figure counts."""
    m = _BRACKETED_AFTER_A_FIGURE.search(text, max(0, start - 40), start)
    return m is not None and not _MONEY_SIGN_BEFORE.search(text, max(0, m.start() - 6), m.start())


_CONVERSION_OPENS = re.compile(r"[ \t]*\([ \t]*(?:approx(?:imately|\.)?[ \t]+|about[ \t]+|around[ \t]+|some[ \t]+)?")


def converted_amounts(text: str, pairs: list[tuple[Atom, Atom | None]], home: Callable[[], str | None]) -> dict[int, str]:
    """ "a target of 15 billion (US$210 million)": a bare amount whose conversion into another
    money follows it in brackets is in the money of the country the document is about (its
    sign lost in copying, or left out as obvious). Index -> that country's currency."""
    out: dict[int, str] = {}
    for i in range(len(pairs) - 1):
        (low, high), (after, _) = pairs[i], pairs[i + 1]
        last = high or low
        if low.unit or last.unit or low.currency or not after.currency or not after.unit:
            continue
        if low.scale == 1 and low.value < 1000 or unit_after(text, last.end):
            continue
        if _CONVERSION_OPENS.fullmatch(text, last.end, after.start) and (code := home()) and code != after.unit:
            out[i] = code
    return out


@functools.cache
def national_currency(country: str | None) -> str | None:
    """A country's own money: the ISO 4217 code that opens with its alpha-2 code (not a fund
    or accounting unit); none for a country that uses another's (the euro area, Ecuador)."""
    found = pycountry.countries.get(alpha_3=country) if country else None
    if found is None:
        return None
    codes = [c.alpha_3 for c in pycountry.currencies
             if c.alpha_3[:2] == found.alpha_2 and not _ACCOUNTING_UNIT.search(c.name)]
    return codes[0] if len(codes) == 1 else None


_ACCOUNTING_UNIT = re.compile(r"(?i)unidad|unit|fund|next day|same day|wir|mvdol|dinero|old|\(")


def _table_currency(prep: Prepared) -> Callable[[str], str | None]:
    """How a table's header names its currency: a sign or code ("$", "USD") or a word
    ("billions of dollars"), in the money of the country the document is about where the
    term is shared ("$" in a Canadian table is CAD) or only local ("MK" in a Malawian one)."""
    main = functools.cache(lambda: main_country(prep))

    def currency_of(term: str) -> str | None:
        code = _currencies().get(term.lower()) if _is_word(term) else _sign_currency(term)
        if code == "":
            return local_currency(term, main())
        if not code:
            return None
        shared = [t for t in _local_currencies() if _currencies().get(t) == code]
        return next(filter(None, (local_currency(t, main()) for t in [term, *shared])), code)

    return currency_of


def _sign_currency(term: str) -> str | None:
    """The ISO code of a currency sign or code standing alone ("$", "₹", "USD"), not a word."""
    if not term or _is_word(term):
        return None
    return _currencies().get(term) or _currencies().get(term.upper())
