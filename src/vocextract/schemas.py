"""One pandera model per table: the single source of truth for columns, types and checks.

The Parquet schema (`arrow_schema`) and the README's table reference (`markdown_docs`) are
derived from these models. Checks that need the documents themselves (text equals the
source slice, offsets inside the document, doc_id known) are added per run by
`grounded_schema`, because a model cannot hold the corpus.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from urllib.parse import unquote

import pandas as pd
import pandera.pandas as pa
import pyarrow as arrow
import pycountry
from pandera.typing import Series

from . import mention_types
from .textmap import plain
from .readers import FORMATS, PAGE_KINDS
from .settings import FACT_KINDS

UNITS_FIXED = ("percent", "count", "duration", "other")
CURRENCIES = frozenset(c.alpha_3 for c in pycountry.currencies)
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
ISO_DATE_OR_YEAR = r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$"


def _finite(series: pd.Series) -> pd.Series:
    return series.isna() | series.map(lambda v: v is not None and math.isfinite(float(v)))


def _names_in(names: str, source: str) -> bool:
    """Every "; "-separated name of `names` is written in `source`."""
    return all(name in plain(source) for name in names.split("; "))


# How a stated field must relate to the text it was read from (documents.text[start:end]).
_STATED_AS: dict[str, Callable[[str, str], bool]] = {
    "title": lambda value, source: plain(source) == value,
    "authors": _names_in,
    "doi": lambda value, source: unquote(source).lower() == value,
    "published": lambda value, source: value[:4] in source,
}
METADATA_FIELDS = tuple(_STATED_AS)


def _stated(df: pd.DataFrame, field: str) -> pd.Series:
    """Per row: the field and its offsets are all null, or all set and read from the text."""
    agrees = _STATED_AS[field]
    out = []
    for text, value, start, end in zip(df["text"], df[field], df[f"{field}_start"], df[f"{field}_end"]):
        if pd.isna(value) and pd.isna(start) and pd.isna(end):
            out.append(True)
        else:
            out.append(
                not (pd.isna(value) or pd.isna(start) or pd.isna(end))
                and 0 <= start < end <= len(text)
                and agrees(value, text[int(start) : int(end)])
            )
    return pd.Series(out, index=df.index, dtype=bool)


def _in_entry(df: pd.DataFrame, field: str, written: Callable) -> pd.Series:
    """Per reference row: the field is null, or `written(value, row)` finds it in the entry."""
    return pd.Series(
        [pd.isna(getattr(row, field)) or bool(written(getattr(row, field), row)) for row in df.itertuples()],
        index=df.index,
        dtype=bool,
    )


def _stated_start(field: str) -> pa.Field:
    return pa.Field(nullable=True, ge=0, description=f"Where `{field}` is written: start offset in `text`.")


def _stated_end(field: str) -> pa.Field:
    return pa.Field(nullable=True, ge=1, description=f"End offset of `{field}` (exclusive).")


class DocumentModel(pa.DataFrameModel):
    """documents.parquet: one row per input file, processed or failed."""

    doc_id: Series[str] = pa.Field(unique=True, description="Stable id: hash of the path relative to the input directory.")
    path: Series[str] = pa.Field(unique=True, description="Path relative to the input directory.")
    name: Series[str] = pa.Field(description="File name; the `doc` key of the JSONL export.")
    sha256: Series[str] = pa.Field(description="SHA-256 of the file's bytes (empty if unreadable).")
    encoding: Series[str] = pa.Field(nullable=True, description="Encoding the bytes were decoded with (null for PDF, DOCX and PPTX).")
    format: Series[str] = pa.Field(
        nullable=True, isin=list(FORMATS), description="How the file was read: " + ", ".join(f"`{f}`" for f in FORMATS) + "; null if its suffix is not accepted."
    )
    n_chars: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Length of `text` in characters.")
    n_words: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Whitespace-separated words in the text.")
    n_pages: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Its pages, slides or sections (rows in pages.parquet); 0 if failed.")
    status: Series[str] = pa.Field(isin=("ok", "failed"), description="`ok`, or `failed` with `error` saying why.")
    error: Series[str] = pa.Field(nullable=True, description="Why the file could not be processed.")
    text: Series[str] = pa.Field(description="The text every offset indexes: the decoded file, or the text its reader made of a PDF, DOCX, PPTX or HTML file (empty if failed).")
    title: Series[str] = pa.Field(nullable=True, description="The title the text states in its front matter (Markdown marks removed, line breaks as spaces).")
    title_start: Series[pd.Int64Dtype] = _stated_start("title")
    title_end: Series[pd.Int64Dtype] = _stated_end("title")
    authors: Series[str] = pa.Field(nullable=True, description="The author line below the title: person names, `; `-separated, markers removed.")
    authors_start: Series[pd.Int64Dtype] = _stated_start("authors")
    authors_end: Series[pd.Int64Dtype] = _stated_end("authors")
    doi: Series[str] = pa.Field(nullable=True, str_matches=DOI_SHAPE, description="The document's own DOI, lower-case `10.…/…`.")
    doi_start: Series[pd.Int64Dtype] = _stated_start("doi")
    doi_end: Series[pd.Int64Dtype] = _stated_end("doi")
    published: Series[str] = pa.Field(
        nullable=True,
        str_matches=ISO_DATE_OR_YEAR,
        description="Publication date as stated: ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a copyright year).",
    )
    published_start: Series[pd.Int64Dtype] = _stated_start("published")
    published_end: Series[pd.Int64Dtype] = _stated_end("published")

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="title_read_from_text")
    def title_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        return _stated(df, "title")

    @pa.dataframe_check(name="authors_read_from_text")
    def authors_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        return _stated(df, "authors")

    @pa.dataframe_check(name="doi_read_from_text")
    def doi_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        return _stated(df, "doi")

    @pa.dataframe_check(name="published_read_from_text")
    def published_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        return _stated(df, "published")

    @pa.dataframe_check(name="failed_has_error")
    def failed_has_error(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] == "ok") | df["error"].notna()

    @pa.dataframe_check(name="n_chars_matches_text")
    def n_chars_matches_text(cls, df: pd.DataFrame) -> pd.Series:
        return df["text"].str.len() == df["n_chars"]


class PageModel(pa.DataFrameModel):
    """pages.parquet: each page (PDF), slide (PPTX) or section (DOCX; a whole text or web page) with its range of documents.text."""

    doc_id: Series[str] = pa.Field(description="The document (documents.doc_id).")
    page: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Its position in the document, from 1.")
    label: Series[str] = pa.Field(description="How a reader names it: `page 3`, `slide 3`, `section 1`.")
    kind: Series[str] = pa.Field(isin=PAGE_KINDS, description="`page`, `slide` or `section`.")
    start: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Where its text starts in documents.text.")
    end: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Where it ends (exclusive); a page without text has end == start.")

    class Config:
        strict = True
        coerce = True
        unique = ["doc_id", "page"]

    @pa.dataframe_check(name="end_not_before_start")
    def end_not_before_start(cls, df: pd.DataFrame) -> pd.Series:
        return df["end"] >= df["start"]


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

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="end_after_start")
    def end_after_start(cls, df: pd.DataFrame) -> pd.Series:
        return df["end"] > df["start"]

    @pa.dataframe_check(name="sentence_covers_mention")
    def sentence_covers_mention(cls, df: pd.DataFrame) -> pd.Series:
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
        return _finite(series)

    @pa.check("unit", name="unit_vocabulary")
    def unit_vocabulary(cls, series: pd.Series) -> pd.Series:
        return series.isin(UNITS_FIXED) | series.isin(CURRENCIES)

    @pa.dataframe_check(name="range_ordered")
    def range_ordered(cls, df: pd.DataFrame) -> pd.Series:
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
    org_type: Series[str] = pa.Field(isin=ORG_TYPES, description="One of " + ", ".join(f"`{t}`" for t in ORG_TYPES) + ".")


class ReferenceModel(pa.DataFrameModel):
    """references.parquet: the entries of a document's bibliography, one row each, parsed into fields."""

    reference_id: Series[str] = pa.Field(unique=True, description="Stable id: hash of doc_id, start and end.")
    doc_id: Series[str] = pa.Field(description="The document (documents.doc_id).")
    start: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Start of the entry (its label included) in documents.text.")
    end: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End of the entry (exclusive).")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="Exactly documents.text[start:end], line breaks included.")
    number: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="The entry's label number (\"[3]\", \"3.\"), if numbered.")
    authors: Series[str] = pa.Field(nullable=True, description="Names as written, `; `-separated (\"Bai, L.; Wang, H.\"); an organisation as author is one name.")
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
        return df["end"] > df["start"]

    @pa.dataframe_check(name="year_inside_entry")
    def year_inside_entry(cls, df: pd.DataFrame) -> pd.Series:
        year = df[["year", "year_start", "year_end"]]
        inside = (df["start"] <= df["year_start"]) & (df["year_start"] < df["year_end"]) & (df["year_end"] <= df["end"])
        return year.isna().all(axis=1) | (year.notna().all(axis=1) & inside.fillna(False))

    @pa.dataframe_check(name="year_read_from_entry")
    def year_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        return _in_entry(df, "year", lambda year, row: row.text[row.year_start - row.start : row.year_end - row.start] == str(year))

    @pa.dataframe_check(name="authors_read_from_entry")
    def authors_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        return _in_entry(df, "authors", lambda authors, row: _names_in(authors, row.text))

    @pa.dataframe_check(name="title_read_from_entry")
    def title_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        return _in_entry(df, "title", lambda title, row: title in plain(row.text))

    @pa.dataframe_check(name="venue_read_from_entry")
    def venue_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        return _in_entry(df, "venue", lambda venue, row: venue in plain(row.text))

    @pa.dataframe_check(name="doi_read_from_entry")
    def doi_read_from_entry(cls, df: pd.DataFrame) -> pd.Series:
        return _in_entry(df, "doi", lambda doi, row: doi in unquote(row.text).lower())

    @pa.dataframe_check(name="n_authors_counts_authors")
    def n_authors_counts_authors(cls, df: pd.DataFrame) -> pd.Series:
        listed = df["authors"].map(lambda a: 0 if pd.isna(a) else len(a.split("; ")))
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
    method: Series[str] = pa.Field(description="Which rule linked each part (`quantified:…;year:…;country:…`).")

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


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentModel,
    "pages": PageModel,
    "numbers": NumberModel,
    "years": YearModel,
    "countries": CountryModel,
    "organisations": OrganisationModel,
    "references": ReferenceModel,
    "facts": FactModel,
    "series": SeriesModel,
    "rejects": RejectModel,
}
MENTION_TABLES = mention_types.TABLES
DOCUMENT_TABLES = MENTION_TABLES + ("references", "facts", "series")  # the per-document results of extraction

_ARROW = {
    "str": arrow.string(),
    "string": arrow.string(),
    "string[python]": arrow.string(),
    "string[pyarrow]": arrow.string(),
    "Int64": arrow.int64(),
    "int64": arrow.int64(),
    "Float64": arrow.float64(),
    "float64": arrow.float64(),
    "bool": arrow.bool_(),
}


@functools.cache
def columns(model: type[pa.DataFrameModel]) -> tuple[str, ...]:
    """A table's column names in order; cached, since building a schema is slow and every
    document's records are shaped by it."""
    return tuple(model.to_schema().columns)


def arrow_schema(model: type[pa.DataFrameModel]) -> arrow.Schema:
    """The Parquet schema of a table, from its model."""
    fields = []
    for name, col in model.to_schema().columns.items():
        fields.append(arrow.field(name, _ARROW[str(col.dtype)], nullable=bool(col.nullable)))
    return arrow.schema(fields)


def _grounding_checks(documents: pd.DataFrame) -> list[pa.Check]:
    texts = dict(zip(documents["doc_id"], documents["text"]))

    def known(df: pd.DataFrame) -> pd.Series:
        return df["doc_id"].isin(texts.keys())

    def inside(df: pd.DataFrame) -> pd.Series:
        length = df["doc_id"].map(lambda d: len(texts.get(d, "")))
        ends = [c for c in ("end", "sentence_end") if c in df]
        return (df[ends].le(length, axis=0)).all(axis=1)

    def grounded(df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            [texts.get(d, "")[s:e] == t for d, s, e, t in zip(df["doc_id"], df["start"], df["end"], df["text"])],
            index=df.index,
        )

    return [
        pa.Check(known, name="doc_id_in_documents"),
        pa.Check(inside, name="offsets_within_document"),
        pa.Check(grounded, name="text_matches_source"),
    ]


def grounded_schema(model: type[pa.DataFrameModel], documents: pd.DataFrame) -> pa.DataFrameSchema:
    """The model's schema plus the checks that tie rows to the documents: a mention's or a
    reference's doc_id, offsets and text; a page's doc_id and range; a fact's or a table
    cell's doc_id."""
    schema = model.to_schema()
    known, inside, grounded = _grounding_checks(documents)
    if issubclass(model, MentionModel) or model is ReferenceModel:
        return _with_checks(schema, [known, inside, grounded])
    if model is PageModel:
        return _with_checks(schema, [known, inside])
    if model in (FactModel, SeriesModel):
        return _with_checks(schema, [known])
    return schema


def _with_checks(schema: pa.DataFrameSchema, checks: list[pa.Check]) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        columns=schema.columns,
        checks=list(schema.checks) + checks,
        strict=schema.strict,
        coerce=schema.coerce,
        name=schema.name,
    )


def markdown_docs() -> str:
    """The README's table reference, generated from the models."""
    out = []
    for table, model in TABLES.items():
        summary = (model.__doc__ or "").split(":", 1)[-1].strip()
        out.append(f"### `{table}.parquet`\n\n{summary[:1].upper()}{summary[1:]}\n")
        out.append("| column | type | null | description |\n|---|---|---|---|")
        for name, col in model.to_schema().columns.items():
            dtype = str(_ARROW[str(col.dtype)])
            out.append(f"| `{name}` | {dtype} | {'yes' if col.nullable else 'no'} | {col.description or ''} |")
        out.append("")
    return "\n".join(out)
