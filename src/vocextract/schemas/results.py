"""What extraction adds around the mentions: references, facts, series, and the rejects."""

from __future__ import annotations

from urllib.parse import unquote

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..textmap import plain
from ..settings import FACT_KINDS
from .documents import _in_entry, missing, names_field, names_in
from .values import DOI_SHAPE, ISO3, SOURCE_DOC, SOURCES


class ReferenceModel(pa.DataFrameModel):
    """references.parquet: the entries of a document's bibliography, one row each, parsed into fields."""

    reference_id: Series[str] = pa.Field(unique=True, description="Stable id: hash of doc_id, start and end.")
    doc_id: Series[str] = pa.Field(description="The document (documents.doc_id).")
    start: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Start of the entry (its label included) in documents.text.")
    end: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End of the entry (exclusive).")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="Exactly documents.text[start:end], line breaks included.")
    number: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="The entry's label number (\"[3]\", \"3.\"), if numbered.")
    authors: Series[pd.ArrowDtype] = names_field("Names as written, in order ([\"Bai, L.\", \"Wang, H.\"]); an organisation as author is one name.")
    n_authors: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Names listed in `authors` (an \"et al.\" adds none).")
    year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1500, le=2099, description="Publication year; null for \"n.d.\" or none found. \"2019a\" is 2019.")
    year_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Where the year's four digits are in documents.text.")
    year_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="Their end (exclusive).")
    title: Series[str] = pa.Field(nullable=True, description="Title of the cited work (Markdown marks and enclosing brackets removed).")
    venue: Series[str] = pa.Field(nullable=True, description="Journal, newspaper or publisher after the title, if any.")
    doi: Series[str] = pa.Field(nullable=True, str_matches=DOI_SHAPE, description="DOI, lower-case `10.…/…`.")

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="end_after_start")
    def end_after_start(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects an empty or reversed span: its offsets would hold no entry text to parse or check."""
        return df["end"] > df["start"]

    @pa.dataframe_check(name="year_inside_entry")
    def year_inside_entry(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a year with only some of its three columns, or offsets outside its entry: years.parquet
        ties a citation year to its entry by these offsets."""
        year = df[["year", "year_start", "year_end"]]
        inside = (df["start"] <= df["year_start"]) & (df["year_start"] < df["year_end"]) & (df["year_end"] <= df["end"])
        return year.isna().all(axis=1) | (year.notna().all(axis=1) & inside.fillna(False))

    @pa.dataframe_check(name="year_read_from_entry")
    def year_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a year that is not the digits its offsets hold: it must be read from the entry."""
        return _in_entry(df, "year", lambda year, row: row.text[row.year_start - row.start : row.year_end - row.start] == str(year))

    @pa.dataframe_check(name="authors_read_from_entry")
    def authors_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects an author list with a name not written in the entry: a parse must not invent or
        mangle authors."""
        return _in_entry(df, "authors", lambda authors, row: names_in(authors, row.text))

    @pa.dataframe_check(name="title_read_from_entry")
    def title_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a title not in the entry's plain text: the field must be a piece of the entry, not a
        misparse."""
        return _in_entry(df, "title", lambda title, row: title in plain(row.text))

    @pa.dataframe_check(name="venue_read_from_entry")
    def venue_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a venue not in the entry's plain text: the field must be a piece of the entry, not a
        misparse."""
        return _in_entry(df, "venue", lambda venue, row: venue in plain(row.text))

    @pa.dataframe_check(name="doi_read_from_entry")
    def doi_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a DOI the entry does not spell (URL-decoded, case aside): a wrong DOI points to
        another work."""
        return _in_entry(df, "doi", lambda doi, row: doi in unquote(row.text).lower())

    @pa.dataframe_check(name="n_authors_counts_authors")
    def n_authors_counts_authors(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects an `n_authors` that is not the number of names in `authors` (0 when null): the count
        must agree with the list it counts."""
        listed = df["authors"].map(lambda a: 0 if missing(a) else len(a))
        return listed == df["n_authors"]


class FactModel(pa.DataFrameModel):
    """facts.parquet: one row per NUMBER: what it counts, for which year and country, and why."""

    mention_id: Series[str] = pa.Field(unique=True, description="The NUMBER (numbers.mention_id).")
    doc_id: Series[str] = pa.Field(description="The document.")
    text: Series[str] = pa.Field(description="The number as written.")
    value: Series[pd.Float64Dtype] = pa.Field(description="Its value (as in numbers.parquet).")
    unit: Series[str] = pa.Field(description="Its unit (as in numbers.parquet).")
    kind: Series[str] = pa.Field(
        isin=list(FACT_KINDS),
        description="What kind of value: `level` (how much), `change` (by how much a level moved), "
        "`share` (a percentage or fraction of a whole) or `growth` (a relative change: 'up 22%').",
    )
    quantified: Series[str] = pa.Field(nullable=True, description="The noun phrase naming what is counted or measured.")
    head: Series[str] = pa.Field(nullable=True, str_matches=r"^[a-z0-9&'’-]+$", description="Lower-case singular head noun of `quantified`.")
    year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1900, le=2099, description="The year the value holds for.")
    country: Series[str] = pa.Field(nullable=True, isin=sorted(ISO3), description="ISO3 of the country the figure is about.")
    organisation: Series[str] = pa.Field(nullable=True, description="The organisation that is the subject, if any.")
    year_mention_id: Series[str] = pa.Field(nullable=True, description="The YEAR mention the year came from.")
    country_mention_id: Series[str] = pa.Field(nullable=True, description="The COUNTRY mention the country came from.")
    organisation_mention_id: Series[str] = pa.Field(nullable=True, description="The ORG mention of the subject.")
    twin_mention_id: Series[str] = pa.Field(
        nullable=True, description="The same figure given elsewhere in the document (prose and table): count it once."
    )
    method: Series[str] = pa.Field(description="Which rule linked each part (`quantified:…;year:…;country:…`); `review` when a reviewer set it.")
    source: Series[str] = pa.Field(isin=SOURCES, description=SOURCE_DOC)

    class Config:
        strict = True
        coerce = True


class SeriesModel(pa.DataFrameModel):
    """series.parquet: cells of flattened tables, one row per (row, column): a pivot from a time series."""

    table_id: Series[str] = pa.Field(description="Stable id of the rebuilt table.")
    doc_id: Series[str] = pa.Field(description="The document.")
    table_start: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Where the table starts in documents.text.")
    table_end: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Where it ends.")
    row: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Row number within the table.")
    row_label: Series[str] = pa.Field(description="The row's first cell (its year, or a label).")
    year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1900, le=2099, description="The row's year, if it has one.")
    column_index: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Value column number (0 = first after the row label).")
    column: Series[str] = pa.Field(description="The column's header.")
    value: Series[pd.Float64Dtype] = pa.Field(description="The cell's value.")
    unit: Series[str] = pa.Field(description="The cell's unit.")
    mention_id: Series[str] = pa.Field(unique=True, description="The cell's NUMBER (numbers.mention_id).")

    class Config:
        strict = True
        coerce = True


class RejectModel(pa.DataFrameModel):
    """rejects.parquet: rows that failed validation, kept with the check that failed."""

    table: Series[str] = pa.Field(description="The table the row was meant for.")
    doc_id: Series[str] = pa.Field(nullable=True, description="Its document, if known.")
    mention_id: Series[str] = pa.Field(nullable=True, description="Its mention id (a reference's `reference_id`), if any.")
    check: Series[str] = pa.Field(description="The failed check(s), `;`-separated.")
    column: Series[str] = pa.Field(nullable=True, description="The column(s) involved, `;`-separated.")
    row: Series[str] = pa.Field(description="The rejected row as JSON.")

    class Config:
        strict = True
        coerce = True
