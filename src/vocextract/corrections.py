"""A reviewer's decisions, applied to a run's records (see docs/design.md, "Review and corrections").

A corrections file is JSONL in the gold format of `GUIDELINES.md` (`doc`, `type`, `start`,
`end`, `text` and the type's fields) with three keys more: `decision` (`accept`, `reject`,
`fix` or `add`), the `mention_id` it judges (none for `add`) and the `sha256` of the document
as reviewed; `path` names the document when two share a file name. `type` may also be
`FACT`: a decision on a NUMBER's fact (its `quantified`, `head`, `year`, `country`).

Decisions are applied after extraction and before validation, never cached: a rejected row
goes to the rejects table with the check `rejected by review`; a fixed or added row is built
at its offsets from the source and carries `source = "review"`. A decision on a document that
changed since its review, or on a row the run no longer finds, is not applied and is reported.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from .errors import CorrectionsError
from .ingest import Document
from .mention_types import BY_NAME
from .schemas import TABLES, columns
from .tables import mention_id

DECISIONS = ("accept", "reject", "fix", "add")
REJECTED = "rejected by review"
FACT = "FACT"
FACT_FIELDS = ("quantified", "head", "year", "country")
Records = dict[str, list[dict]]


@dataclass(frozen=True)
class Corrections:
    """The decisions of a file, per document (its path, or its file name)."""

    decisions: dict[str, list[dict]]

    def of(self, doc: Document) -> list[dict]:
        return self.decisions.get(doc.path) or self.decisions.get(doc.name) or []


@dataclass
class Outcome:
    """What became of a run's decisions: how many of each were applied, and those that were
    not, with why (`path`, `mention_id`, `reason`)."""

    applied: Counter = field(default_factory=Counter)
    stale: list[dict] = field(default_factory=list)

    def text(self) -> str:
        done = ", ".join(f"{n} {kind}" for kind, n in sorted(self.applied.items())) or "none"
        return f"corrections: applied {done}; not applied {len(self.stale)}"


def read(path: Path) -> Corrections:
    """The decisions of a corrections file; a line that is no decision fails with its number."""
    decisions: dict[str, list[dict]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorrectionsError(path, exc.strerror or str(exc)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorrectionsError(path, f"line {n} is not JSON ({exc.msg})") from exc
        problem = _problem(record)
        if problem:
            raise CorrectionsError(path, f"line {n}: {problem}")
        decisions.setdefault(record.get("path") or record["doc"], []).append(record)
    return Corrections(decisions)


def _problem(record) -> str | None:
    if not isinstance(record, dict):
        return "not a JSON object"
    missing = [k for k in ("doc", "type", "start", "end", "decision") if k not in record]
    if missing:
        return f"missing {', '.join(missing)}"
    if record["decision"] not in DECISIONS:
        return f"decision {record['decision']!r} is none of {', '.join(DECISIONS)}"
    if record["type"] not in (*BY_NAME, FACT):
        return f"type {record['type']!r} is none of {', '.join((*BY_NAME, FACT))}"
    if record["decision"] != "add" and not record.get("mention_id"):
        return f"a {record['decision']} decision needs the mention_id it judges"
    return None


def apply(doc: Document, records: Records, decisions: list[dict], outcome: Outcome) -> Records:
    """One document's records with its decisions applied: rows rejected by review under
    `rejects`, fixed and added rows rebuilt from the source. A decision made on another version
    of the document, or on a row not found, is left out and reported in `outcome`."""
    out = {table: list(rows) for table, rows in records.items()}
    out.setdefault("rejects", [])
    for decision in decisions:
        reason = _stale(doc, out, decision)
        if reason:
            outcome.stale.append({"path": doc.path, "mention_id": decision.get("mention_id"), "reason": reason})
            continue
        if decision["type"] == FACT:
            _judge_fact(out, decision)
        elif decision["decision"] != "accept":
            _judge_mention(doc, out, decision)
        outcome.applied[decision["decision"]] += 1
    return out


def _stale(doc: Document, records: Records, decision: dict) -> str | None:
    if not doc.ok:
        return "the document failed in this run"
    if decision.get("sha256") and decision["sha256"] != doc.sha256:
        return "the document changed since it was reviewed"
    if decision["decision"] in ("fix", "add") and doc.text[decision["start"] : decision["end"]] != decision.get("text"):
        return "its text is not the document's text at its offsets"
    table = "facts" if decision["type"] == FACT else BY_NAME[decision["type"]].table
    judged = decision["decision"] in ("reject", "accept") or decision["type"] == FACT
    if judged and _find(records[table], decision["mention_id"]) is None:
        return "the run did not find the row it judges"
    return None


def _find(rows: list[dict], wanted: str) -> int | None:
    return next((i for i, row in enumerate(rows) if row["mention_id"] == wanted), None)


def _judge_mention(doc: Document, records: Records, decision: dict) -> None:
    table = BY_NAME[decision["type"]].table
    at = _find(records[table], decision.get("mention_id") or "")
    original = records[table].pop(at) if at is not None else None
    fact_at = _find(records["facts"], original["mention_id"]) if original and table == "numbers" else None
    fact = records["facts"].pop(fact_at) if fact_at is not None else None
    if decision["decision"] == "reject":
        records["rejects"] += [_rejected(table, original)] + ([_rejected("facts", fact)] if fact else [])
        return
    row = _mention_row(doc, table, decision, original)
    records[table].append(row)
    if table == "numbers":
        records["facts"].append(_fact_row(row, decision, fact))


def _rejected(table: str, row: dict) -> dict:
    return {"table": table, "doc_id": row["doc_id"], "mention_id": row["mention_id"], "check": REJECTED, "column": None,
            "row": json.dumps(row, ensure_ascii=False, default=str)}


def _mention_row(doc: Document, table: str, decision: dict, original: dict | None) -> dict:
    """A mention's row at the decision's offsets: its sentence the original's when it still
    holds the span, else the span's line; its fields the decision's over the original's."""
    start, end = decision["start"], decision["end"]
    kept = original and original["sentence_start"] <= start and end <= original["sentence_end"]
    sentence = (original["sentence_start"], original["sentence_end"]) if kept else _line(doc.text, start, end)
    base = {c: None for c in columns(TABLES[table])} | (original or {"section": "body"})
    given = {k: decision[k] for k in BY_NAME[decision["type"]].fields if k in decision and k in base}
    row = base | given | {
        "mention_id": mention_id(doc.doc_id, decision["type"], start, end), "doc_id": doc.doc_id, "start": start,
        "end": end, "text": doc.text[start:end], "sentence_start": sentence[0], "sentence_end": sentence[1],
        "source": "review",
    }
    if table == "countries":
        row |= _country(row["iso3"])
    if table == "organisations":
        row["name"] = decision.get("name") or " ".join(row["text"].split()).removeprefix("the ").removeprefix("The ")
        row["org_type"] = decision.get("org_type") or (original or {}).get("org_type") or "other"
    return row


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (or lines) holding a span."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def _country(iso3: str | None) -> dict:
    country = pycountry.countries.get(alpha_3=iso3 or "")
    return {"iso2": country.alpha_2, "country": country.name} if country else {}


def _fact_row(number: dict, decision: dict, fact: dict | None) -> dict:
    """The fact of a fixed or added NUMBER: the original fact's links, the decision's fields over
    them, and the number's id, text, value and unit."""
    base = fact or {c: None for c in columns(TABLES["facts"])} | {"kind": "level"}
    given = {k: decision[k] for k in FACT_FIELDS if k in decision}
    return base | given | {
        "mention_id": number["mention_id"], "doc_id": number["doc_id"], "text": number["text"],
        "value": number["value"], "unit": number["unit"], "method": "review", "source": "review",
    }


def _judge_fact(records: Records, decision: dict) -> None:
    """A fact fixed takes the decision's fields; a fact rejected keeps its number and loses its
    links (what, when, where), which the reviewer found wrong."""
    if decision["decision"] == "accept":
        return
    at = _find(records["facts"], decision["mention_id"])
    fact = records["facts"][at]
    if decision["decision"] == "reject":
        given = dict.fromkeys((*FACT_FIELDS, "organisation", "year_mention_id", "country_mention_id", "organisation_mention_id"))
    else:
        given = {k: decision[k] for k in FACT_FIELDS if k in decision}
    records["facts"][at] = fact | given | {"method": "review", "source": "review"}


def not_in_run(corrections: Corrections, documents: list[Document]) -> list[dict]:
    """The decisions on documents the run did not see (moved, renamed or excluded since the
    review), reported rather than silently dropped."""
    seen = {d.path for d in documents} | {d.name for d in documents}
    return [
        {"path": key, "mention_id": d.get("mention_id"), "reason": "no such document in this run"}
        for key, decisions in corrections.decisions.items() if key not in seen for d in decisions
    ]
