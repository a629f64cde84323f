"""The four mention tables: numbers, years, countries and organisations."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .values import CURRENCIES, ISO2, ISO3, ORG_TYPES, QUALIFIERS, SECTIONS, SOURCE_DOC, SOURCES, UNITS_FIXED, _finite


class MentionModel(pa.DataFrameModel):
    """Columns shared by every mention table."""

    mention_id: Series[str] = pa.Field(unique=True, description="Stable id: hash of doc_id, type, start and end.")
    doc_id: Series[str] = pa.Field(description="The document (documents.doc_id).")
    start: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Start offset: a Python str index into documents.text.")
    end: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End offset (exclusive).")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="Exactly documents.text[start:end].")
    sentence_start: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Start of the sentence holding the mention.")
    sentence_end: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End of that sentence.")
    section: Series[str] = pa.Field(isin=SECTIONS, description="`front_matter`, `body` or `references`.")
    source: Series[str] = pa.Field(isin=SOURCES, description=SOURCE_DOC)

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="end_after_start")
    def end_after_start(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects an empty or reversed span: its offsets would hold no text, so the mention could not
        be grounded in the document."""
        return df["end"] > df["start"]

    @pa.dataframe_check(name="sentence_covers_mention")
    def sentence_covers_mention(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a mention outside its own sentence's range: the sentence is the context a reader
        checks the mention in, so it must hold it."""
        return (df["sentence_start"] <= df["start"]) & (df["end"] <= df["sentence_end"])


class NumberModel(MentionModel):
    """numbers.parquet: quantities, normalised."""

    value: Series[pd.Float64Dtype] = pa.Field(description="The value, fully scaled (\"4.1 trillion\" -> 4.1e12).")
    value_high: Series[pd.Float64Dtype] = pa.Field(nullable=True, description="Upper end of a range, else null.")
    unit: Series[str] = pa.Field(description="`percent`, `count`, `duration`, `other` or an ISO 4217 currency code.")
    qualifier: Series[str] = pa.Field(nullable=True, isin=QUALIFIERS, description="`more_than`, `less_than`, `about`, `up_to`, `at_least` or null.")
    quantified: Series[str] = pa.Field(nullable=True, description="The noun phrase the number counts, where the parse gives one.")

    @pa.check("value", "value_high", name="finite")
    def finite(cls, series: pd.Series) -> pd.Series:
        """Rejects an infinite value or range end (a figure too large for a float): it is no quantity
        that can be summed or compared."""
        return _finite(series)

    @pa.check("unit", name="unit_vocabulary")
    def unit_vocabulary(cls, series: pd.Series) -> pd.Series:
        """Rejects a unit outside the fixed units and ISO 4217 codes: values could not be grouped or
        converted by a unit nobody defined."""
        return series.isin(UNITS_FIXED) | series.isin(CURRENCIES)

    @pa.dataframe_check(name="range_ordered")
    def range_ordered(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a range whose upper end is below its value ("20-10" read the wrong way round): the
        pair must bound the quantity from below and above."""
        return (df["value_high"].isna() | (df["value_high"] >= df["value"])).fillna(True)


class YearModel(MentionModel):
    """years.parquet: calendar years."""

    value: Series[pd.Int64Dtype] = pa.Field(ge=1900, le=2099, description="The year.")
    reference_id: Series[str] = pa.Field(
        nullable=True,
        description="The bibliography entry (references.reference_id) the year is written in: a citation year, "
        "not an event year. It is that entry's own year where `start` equals references.year_start.",
    )


class CountryModel(MentionModel):
    """countries.parquet: ISO 3166-1 countries, by name or adjective."""

    iso3: Series[str] = pa.Field(isin=sorted(ISO3), description="ISO 3166-1 alpha-3 code.")
    iso2: Series[str] = pa.Field(isin=sorted(ISO2), description="ISO 3166-1 alpha-2 code.")
    country: Series[str] = pa.Field(description="ISO short name.")
    form: Series[str] = pa.Field(isin=("name", "adjective"), description="`name` or `adjective` (demonym).")


class OrganisationModel(MentionModel):
    """organisations.parquet: named organisations."""

    name: Series[str] = pa.Field(
        str_matches=r"^(?!the |The )\S(?:.*\S)?$", description="Canonical name: whitespace collapsed, no leading \"the\"."
    )
    org_type: Series[str] = pa.Field(
        isin=ORG_TYPES,
        description="One of " + ", ".join(f"`{t}`" for t in ORG_TYPES) + "; one kind per name in a run (see "
        "\"Organisations and their kinds\").",
    )
