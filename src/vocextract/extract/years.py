"""YEAR mentions: four-digit calendar years 1900-2099 used as years.

A year is found by its shape and kept unless it is really a number: money, a percentage or a
scaled amount ("2000 yuan", "1990 million"), or a count by context (`numbers.reads_as_year`).
Identifiers (DOIs, URLs, phones) are vetoed by the zones. A year glued after a month's comma
("August,2016"), the year of a dotted date ("15.3.2011") and a fiscal, calendar, school or
academic year glued to its prefix ("FY2021", "CY2025", "SY2019", "AY2020") count, and so do
a year an infobox's label runs into ("Established1972"), one glued to its label's colon
("Published:2025-06-19"), one before a cited page ("(Bank of Zambia, 2005:1)") and one glued
to its preposition ("in2021"). In Chinese text a year glued after a Han character (or its
comma or colon: 时间:2025年) counts unless a classifier other than a year's follows it
("于2019年", not "达到2000人").
"""

from __future__ import annotations

import re

from ..patterns import load_lexicon
from .han import HAN
from .units import alternation
from .mention import Mention, Prepared, Year
from .numbers import atoms, reads_as_year

_MONTH_ENDS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|ary|rch|ril|une|uly|ust|ber|ept"
_MONTH_ENDS += "|" + _MONTH_ENDS.upper()
"""The last three letters of every month's name and abbreviation, as written and in capitals:
a date glued to its year ("Jul 15,2015", "JANUARY 19,2016") is told by the month before its
day."""

_YEAR = re.compile(
    rf"(?:(?<![\w.,:])|(?<=[a-z])|(?<=[A-Za-z],)|(?<=[a-z]:)|(?<=\bQ[1-4]:)|(?<=(?:{_MONTH_ENDS})[ \t]\d,)|(?<=(?:{_MONTH_ENDS})[ \t]\d\d,)|(?<=\d\.\d\.)|(?<=\d\.\d\d\.)|(?<=\b[FCSA]Y)|(?<=[{HAN}])|(?<=[{HAN}][,:]))"
    r"(?:19|20)\d\d(?!\d|s\b|(?!\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])\b|\.(?:0[1-9]|1[0-2])[ \t]*$|\.[1-9][ \t]*$)[.,]\d|:\d(?!\d{0,3}\)))",
    re.M,
)


def extract(prep: Prepared) -> list[Mention]:
    """YEAR mentions: every four-digit year 1900-2099 that reads as a year, not as an amount or
    a count."""
    text = prep.text
    not_bare = {a.num_start for a in atoms(text) if not a.bare}
    return [
        Mention("YEAR", m.start(), m.end(), Year(int(m.group())))
        for m in _YEAR.finditer(text)
        if m.start() not in not_bare and reads_as_year(prep, m.start(), m.end())
        and (not text[m.start() - 1 : m.start()].islower() or _after_a_glued_label(text, m.start())
             or _GLUED_WORD.search(text, max(0, m.start() - 9), m.start()))
        and not _HAN_COUNT.match(text, m.end())
    ]


_HAN_COUNT = re.compile(f"(?![年届级])(?:{alternation(load_lexicon('han_units.tsv'))})")
"""A Chinese classifier after a four-digit number other than a year's (2000人, 2000元): a
count; before any other word it is a year ("2023亚太…指数")."""


_GLUED_WORD = re.compile(
    r"(?<![A-Za-z])(?:in|since|from|until|by|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June"
    r"|July|August|September|October|November|December)$"
)
"""A preposition or a month a PDF's lost space glued to its year ("in2021/2022", "21
Dec2016"); a year glued to any other word ("Windows2000") is no year."""


def _after_a_glued_label(text: str, pos: int) -> bool:
    """ "Established1972": an infobox copied as text runs its label into its value; a year
    glued to any other word ("Windows2000") is no year."""
    label = text[text.rfind("\n", 0, pos) + 1 : pos].strip()
    return label in load_lexicon("infobox_labels.tsv")
