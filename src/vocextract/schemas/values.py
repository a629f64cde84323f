"""The values columns may take: units, qualifiers, sections, kinds of organisation, ISO codes."""

from __future__ import annotations

import math

import pandas as pd
import pycountry

from ..patterns import load_lexicon


UNITS_FIXED = ("percent", "count", "duration", "other")


CURRENCIES = frozenset(c.alpha_3 for c in pycountry.currencies) | frozenset(load_lexicon("currencies_historic.tsv"))


QUALIFIERS = ("more_than", "less_than", "about", "up_to", "at_least")


SECTIONS = ("front_matter", "body", "references")


ORG_TYPES = (
    "education",
    "government",
    "company",
    "international",
    "association",
    "research",
    "publisher",
    "other",
)


ISO3 = frozenset(c.alpha_3 for c in pycountry.countries)


ISO2 = frozenset(c.alpha_2 for c in pycountry.countries)


DOI_SHAPE = r"^10\.\d{4,9}/\S+$"


DATE_PRECISIONS = ("day", "month", "year")


SOURCES = ("extractor", "review")


SOURCE_DOC = "`extractor`, or `review` for a row a reviewer fixed or added (`run --corrections`)."


def _finite(series: pd.Series) -> pd.Series:
    return series.isna() | series.map(lambda v: v is not None and math.isfinite(float(v)))
