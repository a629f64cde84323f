#!/usr/bin/env python3
"""Add a batch of newly annotated texts to the generalisation set, after checking every record.

    python3 eval/add_batch.py b3 path/to/annotator1 path/to/annotator2 ...

Each annotator folder holds `texts/*.txt`, `mentions.jsonl` (GUIDELINES.md), `facts.jsonl`
(FACTS.md), `SOURCES.md` and optionally `NOTES.md`. The texts go to `eval/corpus/`, the
records to `eval/gold/chunks/BATCH.jsonl` and `eval/gold/facts/BATCH.jsonl`, the batch's
ranges (whole files) to `eval/gold/chunks.json`, and sources and notes to `eval/SOURCES.md`
and `eval/NOTES.md`. Nothing is written unless every record passes.

Then score the batch at first sight, before changing any rule it will show up:
`vocextract eval eval/gold --chunks BATCH -v`, and log the figures in `eval/first-sight.md`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {
    "NUMBER": {"value", "value_high", "unit", "qualifier"},
    "YEAR": {"value"},
    "COUNTRY": {"iso3", "form"},
    "ORG": {"name"},
}
COMMON = {"doc", "type", "start", "end", "text", "optional"}
FACT_KEYS = {"doc", "start", "end", "text", "quantified", "head", "year", "country"}
QUALIFIERS = {None, "more_than", "less_than", "about", "up_to", "at_least"}


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _inside_a_figure(text: str, start: int, end: int) -> bool:
    """ "93" at the offsets of "1938"'s middle: the span starts or ends between two digits."""
    return (start > 0 and text[start - 1 : start + 1].isdigit()) or (end < len(text) and text[end - 1 : end + 1].isdigit())


def problems(texts: dict[str, str], mentions: list[dict], facts: list[dict]) -> list[str]:
    """Every way a record breaks the format or the offsets contract; empty when all pass."""
    out = []
    seen = set()
    for m in mentions:
        where = f"{m.get('doc')}@{m.get('start')} {m.get('type')} {m.get('text')!r}"
        text = texts.get(m.get("doc"))
        if text is None:
            out.append(f"{where}: no such text")
            continue
        if set(m) != COMMON | KEYS.get(m["type"], set()):
            out.append(f"{where}: keys {sorted(set(m) ^ (COMMON | KEYS.get(m['type'], set())))} wrong")
        if text[m["start"] : m["end"]] != m["text"]:
            out.append(f"{where}: text is {text[m['start']:m['end']]!r} at those offsets")
        if _inside_a_figure(text, m["start"], m["end"]):
            out.append(f"{where}: span cuts a run of digits (an offset found by searching for the text?)")
        if m["text"] != m["text"].strip() or m["text"].lower().startswith("the "):
            out.append(f"{where}: span has surrounding space or a leading 'the'")
        if m["type"] == "NUMBER" and (m["qualifier"] not in QUALIFIERS or not isinstance(m["value"], (int, float))):
            out.append(f"{where}: bad value or qualifier")
        key = (m["doc"], m["type"], m["start"], m["end"])
        if key in seen:
            out.append(f"{where}: duplicate")
        seen.add(key)
    required = {(m["doc"], m["start"], m["end"]) for m in mentions if m["type"] == "NUMBER" and not m["optional"]}
    given = set()
    for f in facts:
        key = (f.get("doc"), f.get("start"), f.get("end"))
        if set(f) != FACT_KEYS:
            out.append(f"fact {key}: keys {sorted(set(f) ^ FACT_KEYS)} wrong")
        if key not in required:
            out.append(f"fact {key}: not a required NUMBER mention")
        given.add(key)
    out += [f"NUMBER {key}: no fact" for key in sorted(required - given)]
    return out


_URL = re.compile(r"https?://[^\s|)>\]]+")


def _opening(text: str) -> str:
    return " ".join(text.split())[:300]


def _seen_before(texts: dict[str, str], folders: list[Path]) -> list[str]:
    """Texts the set holds already: the same opening as a corpus text, or a source address
    that eval/SOURCES.md lists (a text seen before is no text seen at first sight)."""
    openings = {_opening(_read(p)): p.name for p in (HERE / "corpus").glob("*.txt")}
    out = [f"{name}: the same text as {openings[_opening(t)]}" for name, t in texts.items() if _opening(t) in openings]
    sources = HERE / "SOURCES.md"
    known = set(_URL.findall(sources.read_text(encoding="utf-8"))) if sources.exists() else set()
    for f in folders:
        listed = f / "SOURCES.md"
        if listed.exists():
            out += [f"{f.name}: {url} is listed in eval/SOURCES.md already" for url in _URL.findall(listed.read_text(encoding="utf-8")) if url in known]
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    batch, folders = argv[0], [Path(a) for a in argv[1:]]
    manifest_path = HERE / "gold" / "chunks.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    if batch in manifest:
        print(f"batch {batch} exists already; choose a new name")
        return 2
    texts = {p.name: _read(p) for f in folders for p in sorted((f / "texts").glob("*.txt"))}
    clash = sorted(set(texts) & {p.name for p in (HERE / "corpus").glob("*.txt")})
    mentions = sorted((m for f in folders for m in read_jsonl(f / "mentions.jsonl")), key=lambda m: (m["doc"], m["start"], m["type"]))
    facts = sorted((r for f in folders for r in read_jsonl(f / "facts.jsonl")), key=lambda r: (r["doc"], r["start"]))
    found = problems(texts, mentions, facts) + [f"{name}: already in eval/corpus" for name in clash]
    found += _seen_before(texts, folders)
    if found:
        print("\n".join(found))
        return 1
    (HERE / "corpus").mkdir(exist_ok=True)
    for sub in ("chunks", "facts"):
        (HERE / "gold" / sub).mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        with open(HERE / "corpus" / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    for sub, records in (("chunks", mentions), ("facts", facts)):
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        (HERE / "gold" / sub / f"{batch}.jsonl").write_text(lines, encoding="utf-8")
    manifest[batch] = [[name, 0, len(text)] for name, text in sorted(texts.items())]
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    for name in ("SOURCES.md", "NOTES.md"):
        parts = [(f / name).read_text(encoding="utf-8").strip() for f in folders if (f / name).exists()]
        if parts:
            with open(HERE / name, "a", encoding="utf-8") as fh:
                fh.write(f"\n## Batch {batch}\n\n" + "\n\n".join(parts) + "\n")
    print(f"batch {batch}: {len(texts)} texts, {len(mentions)} mentions, {len(facts)} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
