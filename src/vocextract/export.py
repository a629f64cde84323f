"""Mentions as JSONL records in the gold format of the annotation guidelines."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from pathlib import Path

from .mention_types import BY_NAME, REGISTRY


def json_value(value):
    """JSON-safe scalars: NaN/NA become null, numpy scalars become Python ones."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        if value != value:
            return None
    except TypeError:
        pass
    return value


def to_record(doc: str, mention_type: str, start: int, end: int, text: str, fields: Mapping) -> dict:
    """A mention as one JSON record of the guidelines' format, so that predictions can be
    scored by the shared scorers and compared line by line with gold; `doc` is the file name,
    as the format's key of that name holds."""
    record = {"doc": doc, "type": mention_type, "start": int(start), "end": int(end), "text": text}
    record.update({key: json_value(fields.get(key)) for key in BY_NAME[mention_type].fields})
    return record


def records_from_tables(out_dir: Path) -> Iterator[dict]:
    """Every mention in the tables of `out_dir`, ordered by document name and offset; a
    partitioned set part by part (each part so ordered), so an export holds one part at a time."""
    from .output import partition_count, read_tables
    from .ownership import current_set

    folder = current_set(out_dir)
    for part in range(partition_count(folder)):
        yield from _part_records(read_tables(folder, part=part))


def _part_records(frames) -> list[dict]:
    names = frames["documents"].set_index("doc_id")["name"]
    facts = frames["facts"][["mention_id", "head", "year", "country"]].set_index("mention_id")
    records = []
    for kind in REGISTRY:
        frame = frames[kind.table]
        if kind.name == "NUMBER":
            frame = frame.join(facts, on="mention_id")
        for row in frame.to_dict("records"):
            records.append(to_record(names[row["doc_id"]], kind.name, row["start"], row["end"], row["text"], row))
    return sorted(records, key=lambda r: (r["doc"], r["start"], r["end"], r["type"]))


def write_jsonl(records, stream) -> int:
    """Records written one per line, sorted, so that exports of two runs can be diffed."""
    n = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
