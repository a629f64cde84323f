"""One pandera model per table: the single source of truth for columns, types and checks.

The Parquet schema (`arrow_schema`) and the README's table reference (`markdown_docs`) are
derived from these models. Checks that need the documents themselves (text equals the
source slice, offsets inside the document, doc_id known) are added per run by
`grounded_schema`, because a model cannot hold the corpus.

The models live by table family: `documents` (documents, pages), `mentions` (the four
mention tables), `results` (references, facts, series, rejects); `values` holds the values
their columns may take. `TABLES` lists them all, in the order the tables are written.
"""

from __future__ import annotations

import functools
import json

import pandas as pd
import pandera.pandas as pa
import pyarrow as arrow

from .. import mention_types
from .documents import METADATA_FIELDS, DocumentModel, PageModel
from .mentions import CountryModel, MentionModel, NumberModel, OrganisationModel, YearModel
from .results import FactModel, ReferenceModel, RejectModel, SeriesModel


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
    "date": arrow.date32(),
    "datetime64[us, UTC]": arrow.timestamp("us", tz="UTC"),
    "list<item: string>[pyarrow]": arrow.list_(arrow.string()),
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


def arrow_table(df: pd.DataFrame, model: type[pa.DataFrameModel]) -> arrow.Table:
    """A validated frame as the Arrow table its Parquet file holds. A list column is recorded in
    the file's pandas metadata as an object column: recorded as its Arrow dtype
    ("list<item: string>[pyarrow]") it makes `pandas.read_parquet` fail, and every other
    column keeps the pandas type (nullable Int64, dates) the metadata restores."""
    schema = arrow_schema(model)
    data = arrow.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)
    meta = json.loads(data.schema.metadata[b"pandas"])
    for column in meta["columns"]:
        if column["numpy_type"].startswith("list<"):
            column["numpy_type"] = "object"
    return data.replace_schema_metadata({**data.schema.metadata, b"pandas": json.dumps(meta).encode()})


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


__all__ = ["DOCUMENT_TABLES", "METADATA_FIELDS", "MENTION_TABLES", "TABLES", "DocumentModel", "RejectModel",
           "arrow_schema", "arrow_table", "columns", "grounded_schema", "markdown_docs"]
