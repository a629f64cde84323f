"""documents.parquet and pages.parquet: each input file, what it states about itself, and its pages."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow as arrow
from pandera.typing import Series

from ..textmap import plain
from ..readers import FORMATS, PAGE_KINDS
from .values import DATE_PRECISIONS, DOI_SHAPE


def names_in(names, source: str) -> bool:
    """A list of names, at least one, every one written in `source`."""
    return len(names) > 0 and all(name in plain(source) for name in names)


def names_field(description: str) -> pa.Field:
    """A column of person (or organisation) names, in order: a list of strings, null when none."""
    return pa.Field(nullable=True, dtype_kwargs={"pyarrow_dtype": arrow.list_(arrow.string())}, description=description)


_STATED_AS: dict[str, Callable[[object, str], bool]] = {
    "title": lambda value, source: plain(source) == value,
    "authors": names_in,
    "doi": lambda value, source: unquote(source).lower() == value,
    "published": lambda value, source: str(value.year) in source,
}


def missing(value) -> bool:
    """Whether a cell is null; a list cell (`authors`) is a value, however many names it holds."""
    return value is None or (np.ndim(value) == 0 and bool(pd.isna(value)))


METADATA_FIELDS = tuple(_STATED_AS)


def _stated(df: pd.DataFrame, field: str) -> pd.Series:
    """Per row: the field and its offsets are all null, or all set and read from the text."""
    agrees = _STATED_AS[field]
    out = []
    for text, value, start, end in zip(df["text"], df[field], df[f"{field}_start"], df[f"{field}_end"]):
        if missing(value) and pd.isna(start) and pd.isna(end):
            out.append(True)
        else:
            out.append(
                not (missing(value) or pd.isna(start) or pd.isna(end))
                and 0 <= start < end <= len(text)
                and agrees(value, text[int(start) : int(end)])
            )
    return pd.Series(out, index=df.index, dtype=bool)


def _in_entry(df: pd.DataFrame, field: str, written: Callable) -> pd.Series:
    """Per reference row: the field is null, or `written(value, row)` finds it in the entry."""
    return pd.Series(
        [missing(getattr(row, field)) or bool(written(getattr(row, field), row)) for row in df.itertuples()],
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
    authors: Series[pd.ArrowDtype] = names_field("The author line below the title: its person names in order, markers removed.")
    authors_start: Series[pd.Int64Dtype] = _stated_start("authors")
    authors_end: Series[pd.Int64Dtype] = _stated_end("authors")
    doi: Series[str] = pa.Field(nullable=True, str_matches=DOI_SHAPE, description="The document's own DOI, lower-case `10.…/…`.")
    doi_start: Series[pd.Int64Dtype] = _stated_start("doi")
    doi_end: Series[pd.Int64Dtype] = _stated_end("doi")
    published: Series[pa.Date] = pa.Field(
        nullable=True,
        description="Publication date as stated; a month or a year alone (a copyright year) is its first day, "
        "`published_precision` saying so.",
    )
    published_start: Series[pd.Int64Dtype] = _stated_start("published")
    published_end: Series[pd.Int64Dtype] = _stated_end("published")
    published_precision: Series[str] = pa.Field(
        nullable=True, isin=DATE_PRECISIONS, description="What `published` states: `day`, `month` or `year`."
    )
    run_at: Series[pd.DatetimeTZDtype] = pa.Field(
        dtype_kwargs={"unit": "us", "tz": "UTC"},
        description="When the run that wrote the table started (UTC), as `run_at` in manifest.json.",
    )

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check(name="title_read_from_text")
    def title_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a title that is not what its offsets hold (after `plain`), or set without them: a
        stated field must be traceable to the words it was read from."""
        return _stated(df, "title")

    @pa.dataframe_check(name="authors_read_from_text")
    def authors_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects an author line with a name its span does not hold, or set without offsets: a misread
        name would be passed off as the document's author."""
        return _stated(df, "authors")

    @pa.dataframe_check(name="doi_read_from_text")
    def doi_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a DOI its span does not spell (URL-decoded, case aside), or set without offsets: a
        wrong DOI would link the document to another work."""
        return _stated(df, "doi")

    @pa.dataframe_check(name="published_read_from_text")
    def published_read_from_text(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a date whose span does not hold its year, or set without offsets: a date read from
        the wrong place would misdate the document."""
        return _stated(df, "published")

    @pa.dataframe_check(name="published_precision_with_date")
    def published_precision_with_date(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a date without its precision or a precision without a date: a year alone read
        as 1 January would pass for a day the document never stated."""
        return df["published"].isna() == df["published_precision"].isna()

    @pa.dataframe_check(name="failed_has_error")
    def failed_has_error(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a failed document without an error: every file that could not be processed must say
        why, so that the user can fix it."""
        return (df["status"] == "ok") | df["error"].notna()

    @pa.dataframe_check(name="n_chars_matches_text")
    def n_chars_matches_text(cls, df: pd.DataFrame) -> pd.Series:
        """Rejects a row whose `n_chars` is not `len(text)`: it is documented as the text's length in
        the characters every offset counts, so a reader may bound offsets by it."""
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
        """Rejects a page that ends before it starts: its range would be no slice of documents.text (an
        empty page, end == start, is allowed)."""
        return df["end"] >= df["start"]
