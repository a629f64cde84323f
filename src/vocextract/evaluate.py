"""Score the pipeline against gold annotations in the format of the annotation guidelines.

Matching follows the gold scorer: a prediction matches an unused gold mention of the same
document and type that it overlaps and whose normalised value agrees (NUMBER: value and
unit; YEAR: value; COUNTRY: ISO3). ORG is scored strictly: identical trimmed span.
Optional gold mentions neither reward nor punish. Only predictions inside the annotated
character ranges of each chunk count.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from .corrections import Corrections
from .errors import GoldError
from .export import to_record
from .extract import extract_document
from .mention_types import NAMES, REGISTRY
from .settings import Settings


def predict(texts: Iterable[tuple[str, str, tuple]], nlp: Language, settings: Settings) -> list[dict]:
    """Gold-format records of every mention found in each (name, text, furniture): the one
    prediction loop that `vocextract eval` and the benchmarks score."""
    return [
        to_record(name, row.mention.type, row.mention.start, row.mention.end, row.text, row.mention.values())
        for name, text, furniture in texts
        for row in extract_document(text, nlp, settings, furniture).rows
    ]


@dataclass(frozen=True)
class Gold:
    """Gold mentions and the character ranges of each annotated chunk: only predictions inside
    those ranges are scored."""
    mentions: list[dict]
    ranges: dict[str, list[tuple[int, int]]]


@dataclass
class Score:
    """True positives, false positives and misses of one mention type, and the rates from them."""
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0.0 when nothing was predicted, rather than a division by zero."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0.0 when there is no gold to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0): the figure macro-F1 averages."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_chunks(gold_dir: Path) -> list[str]:
    """The names of the gold folder's chunks (its chunks.json), sorted: the fact gold is looked up
    for each; [] when there is no manifest."""
    path = Path(gold_dir) / "chunks.json"
    return sorted(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else []


def load_gold(gold_dir: Path, chunks: list[str] | None = None) -> Gold:
    """The gold mentions of the chosen chunks (all by default) and their ranges; a missing
    manifest or an unknown chunk fails with a message naming what exists."""
    gold_dir = Path(gold_dir)
    manifest_path = gold_dir / "chunks.json"
    if not manifest_path.exists():
        raise GoldError(gold_dir, "no chunks.json (expected chunks.json and chunks/NAME.jsonl)")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    names = chunks or sorted(manifest)
    missing = [n for n in names if n not in manifest]
    if missing:
        raise GoldError(gold_dir, f"unknown chunk(s) {missing}; known: {sorted(manifest)}")
    ranges: dict[str, list[tuple[int, int]]] = defaultdict(list)
    mentions: list[dict] = []
    for name in names:
        for doc, a, b in manifest[name]:
            ranges[doc].append((a, b))
        path = gold_dir / "chunks" / f"{name}.jsonl"
        mentions += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Gold(mentions, dict(ranges))


def value_ok(gold: dict, pred: dict) -> bool:
    """Whether a prediction's normalised value agrees with the gold mention's, as the gold scorer
    compares them: NUMBER value (within 0.1%) and unit, YEAR value, COUNTRY ISO3; ORG has no
    value (its span is compared by `trim`)."""
    kind = gold["type"]
    if kind == "NUMBER":
        if gold.get("value") is None or pred.get("value") is None:
            return False
        same = math.isclose(float(gold["value"]), float(pred["value"]), rel_tol=1e-3, abs_tol=1e-9)
        return same and gold.get("unit") == pred.get("unit")
    if kind == "YEAR":
        return pred.get("value") is not None and int(gold["value"]) == int(pred["value"])
    if kind == "COUNTRY":
        return (pred.get("iso3") or "").upper() == gold["iso3"]
    return True


def trim(text: str) -> str:
    """An ORG span as compared: outer spaces and punctuation and a leading "the" removed, so
    "the Alpha Institute," matches "Alpha Institute"."""
    return text.strip().strip(".,;:()\"'“”‘’").removeprefix("the ").removeprefix("The ").strip()


def match(gold: list[dict], pred: list[dict]) -> tuple[Score, list[dict], list[dict]]:
    """Greedy one-to-one matching; returns the score, false positives and misses."""
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_key[(g["doc"], g["type"])].append(i)
    used: set[int] = set()
    score, false_pos = Score(), []
    for p in sorted(pred, key=lambda r: (r["doc"], r["start"])):
        best, best_overlap = None, 0
        for i in by_key.get((p["doc"], p["type"]), []):
            g = gold[i]
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if i in used or overlap <= 0 or not value_ok(g, p):
                continue
            if g["type"] == "ORG" and trim(g["text"]) != trim(p.get("text", "")):
                continue
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            score.fp += 1
            false_pos.append(p)
        else:
            used.add(best)
            score.tp += not gold[best].get("optional")
    misses = [g for i, g in enumerate(gold) if i not in used and not g.get("optional")]
    score.fn = len(misses)
    return score, false_pos, misses


def _inside(record: dict, ranges: dict) -> bool:
    return any(a <= record["start"] and record["end"] <= b for a, b in ranges.get(record["doc"], []))


def score_all(gold: Gold, predictions: list[dict]) -> dict[str, tuple[Score, list[dict], list[dict]]]:
    """Per mention type: the score, the false positives and the misses, matched as the shared
    scorer matches."""
    pred = [p for p in predictions if _inside(p, gold.ranges)]
    ref = [g for g in gold.mentions if _inside(g, gold.ranges)]
    return {
        t: match([g for g in ref if g["type"] == t], [p for p in pred if p["type"] == t]) for t in NAMES
    }


def _context(texts: dict[str, str], record: dict, width: int = 40) -> str:
    text = texts.get(record["doc"], "")
    a, b = record["start"], record["end"]
    left = text[max(0, a - width) : a].replace("\n", "⏎")
    right = text[b : b + width].replace("\n", "⏎")
    value = {k: v for k, v in record.items() if k not in ("doc", "type", "start", "end", "text", "optional")}
    return f"{record['doc'][:8]}@{a}: …{left}[{text[a:b]}]{right}…  {value}"


def mention_scores_text(results: dict, texts: dict[str, str], verbose: bool) -> str:
    """The per-type table of precision, recall and F1, with each false positive and miss in
    context when `verbose`."""
    lines = [f"{'type':8} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for t in NAMES:
        s, _, _ = results[t]
        lines.append(f"{t:8} {s.tp + s.fn:5d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    macro = sum(results[t][0].f1 for t in NAMES) / len(NAMES)
    lines.append(f"macro-F1 {macro:.3f}")
    if verbose:
        for t in NAMES:
            _, fps, fns = results[t]
            lines.append(f"\n== {t}: {len(fps)} false positives ==")
            lines += ["  " + _context(texts, r) for r in fps]
            lines.append(f"== {t}: {len(fns)} misses ==")
            lines += ["  " + _context(texts, r) for r in fns]
    return "\n".join(lines)


def macro_f1(results: dict) -> float:
    """The mean F1 over the four mention types: the figure `--min-macro` gates on."""
    return sum(results[t][0].f1 for t in NAMES) / len(NAMES)


def _head_forms(head: str) -> set[str]:
    h = head.lower()
    forms = {h, h + "s", h + "es"}
    if h.endswith("y"):
        forms.add(h[:-1] + "ies")
    return forms


def load_fact_gold(gold_dir: Path, chunks: list[str]) -> list[dict]:
    """Fact gold (FACTS.md format) of the chunks that have it, with each number's value."""
    gold_dir = Path(gold_dir)
    facts = []
    for name in chunks:
        path = gold_dir / "facts" / f"{name}.jsonl"
        if not path.exists():
            continue
        values = {
            (r["doc"], r["start"]): r["value"]
            for r in map(json.loads, (gold_dir / "chunks" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines())
            if r["type"] == "NUMBER"
        }
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                fact = json.loads(line)
                facts.append(fact | {"value": values[(fact["doc"], fact["start"])]})
    return facts


@dataclass
class FactScore:
    """How many gold facts there are, how many have a matching NUMBER, and how many of those
    have head, year, country and all three right."""
    facts: int = 0
    found: int = 0
    head: int = 0
    year: int = 0
    country: int = 0
    full: int = 0
    misses: list = None


def score_facts(facts: list[dict], predictions: list[dict]) -> FactScore:
    """As the fact scorer: per gold fact, the overlapping predicted NUMBER of the same value,
    then whether its head (any word of quantified/head), year and country agree."""
    numbers = [p for p in predictions if p["type"] == "NUMBER" and p.get("value") is not None]
    score = FactScore(misses=[])
    for g in facts:
        score.facts += 1
        pred = next(
            (p for p in numbers if p["doc"] == g["doc"] and min(p["end"], g["end"]) > max(p["start"], g["start"])
             and math.isclose(float(p["value"]), float(g["value"]), rel_tol=1e-3)),
            None,
        )
        if pred is None:
            continue
        score.found += 1
        words = set(re.findall(r"[a-z]+", f"{pred.get('quantified') or ''} {pred.get('head') or ''}".lower()))
        head_ok = bool(words & _head_forms(g["head"])) if g.get("head") else not pred.get("quantified")
        year_ok = pred.get("year") == g.get("year")
        country_ok = (pred.get("country") or None) == (g.get("country") or None)
        score.head += head_ok
        score.year += year_ok
        score.country += country_ok
        score.full += head_ok and year_ok and country_ok
        if not (head_ok and year_ok and country_ok):
            score.misses.append((g, pred))
    return score


def fact_scores_text(score: FactScore, verbose: bool) -> str:
    """The fact scores as text, with each wrong fact listed when `verbose`."""
    def share(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "–"

    lines = [
        f"facts {score.facts}  found {score.found}  head {share(score.head, score.found)}  "
        f"year {share(score.year, score.found)}  country {share(score.country, score.found)}  (of found)",
        f"fact recall (number, head, year and country all right) {share(score.full, score.facts)}",
    ]
    if verbose:
        for g, p in score.misses:
            lines.append(
                f"  {g['doc'][:8]}@{g['start']} {g['text']!r}: head {g.get('head')}/{p.get('quantified')!r}"
                f" year {g.get('year')}/{p.get('year')} country {g.get('country')}/{p.get('country')}"
            )
    return "\n".join(lines)


def review_scores(out_dir: Path, corrections: Corrections, nlp: Language, settings: Settings) -> tuple[dict, dict[str, str]]:
    """A team's reviews as its accuracy figure: for each document of the run in `out_dir` that
    a decision names, what the extractor finds in it (the run's cached records, else found
    again in its text) scored against the same records with the decisions applied. A row the
    reviewer left alone counts as right; the whole of each reviewed document is scored.
    Returns the per-type results of `score_all` and the texts, for `-v`."""
    from .cache import open_cache
    from .corrections import Outcome
    from .corrections import apply as apply_corrections
    from .ingest import Document
    from .nlp import model_version
    from .output import read_tables
    from .tables import mention_records

    docs = read_tables(out_dir)["documents"]
    cache = open_cache(out_dir, settings, model_version(settings.model), full=False)
    gold, predictions, texts, ranges = [], [], {}, {}
    for row in docs[docs["status"] == "ok"].to_dict("records"):
        doc = Document(row["doc_id"], row["path"], row["name"], row["sha256"], row["encoding"], row["text"], "ok", None)
        decisions = corrections.of(doc)
        if not decisions:
            continue
        found = cache.get(doc) or mention_records(doc.doc_id, doc.text, extract_document(doc.text, nlp, settings))
        truth = apply_corrections(doc, found, decisions, Outcome())
        predictions += _gold_records(doc.name, found)
        gold += _gold_records(doc.name, truth)
        texts[doc.name], ranges[doc.name] = doc.text, [(0, len(doc.text))]
    return score_all(Gold(gold, ranges), predictions), texts


def _gold_records(name: str, records: dict[str, list[dict]]) -> list[dict]:
    """A document's mention records as gold-format records."""
    return [
        to_record(name, kind.name, row["start"], row["end"], row["text"], row)
        for kind in REGISTRY for row in records.get(kind.table, [])
    ]
