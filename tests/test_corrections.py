"""A reviewer's decisions: read from the report's export, applied by `run --corrections`,
reported when stale, and scored by `eval --corrections`."""

import json

import pandas as pd
import pytest

from vocextract import pipeline
from vocextract.cli import main
from vocextract.corrections import REJECTED, read
from vocextract.errors import CorrectionsError

TEXT = "In 2021 the Qorvel Technical College trained 1,200 welders and 300 nurses in Kenya with Tembo.\n"


@pytest.mark.parametrize(
    "line, problem",
    [
        pytest.param("{not json", "line 2 is not JSON", id="not-json"),
        pytest.param('{"doc": "a.txt", "type": "NUMBER", "start": 1}', "line 2: missing end, decision", id="missing-keys"),
        pytest.param('{"doc": "a.txt", "type": "NUMBER", "start": 1, "end": 2, "decision": "maybe"}', "decision 'maybe'",
                     id="unknown-decision"),
        pytest.param('{"doc": "a.txt", "type": "PLACE", "start": 1, "end": 2, "decision": "add"}', "type 'PLACE'", id="unknown-type"),
        pytest.param('{"doc": "a.txt", "type": "NUMBER", "start": 1, "end": 2, "decision": "reject"}', "needs the mention_id",
                     id="reject-without-its-row"),
    ],
)
def test_a_line_that_is_no_decision_is_refused_with_its_number(tmp_path, line, problem):
    path = tmp_path / "review.jsonl"
    path.write_text('{"doc": "a.txt", "type": "YEAR", "start": 3, "end": 7, "decision": "add", "text": "2021"}\n' + line + "\n")
    with pytest.raises(CorrectionsError, match=problem):
        read(path)


@pytest.fixture
def reviewed(tmp_path, settings):
    """A run of one text, and a review of it: one number rejected, one fixed (its span cut to
    the digits' last three), one organisation the run missed added."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    pipeline.run(raw, out, settings)
    docs, numbers = pd.read_parquet(out / "documents.parquet"), pd.read_parquet(out / "numbers.parquet").set_index("text")
    doc = docs.iloc[0]
    common = {"doc": "a.txt", "path": "a.txt", "sha256": doc["sha256"]}
    rejected, fixed = numbers.loc["300"], numbers.loc["1,200"]
    start = TEXT.index("Tembo")
    decisions = [
        common | {"type": "NUMBER", "decision": "reject", "mention_id": rejected["mention_id"], "start": int(rejected["start"]),
                  "end": int(rejected["end"]), "text": "300"},
        common | {"type": "NUMBER", "decision": "fix", "mention_id": fixed["mention_id"], "start": int(fixed["start"]) + 2,
                  "end": int(fixed["end"]), "text": "200", "value": 200.0, "unit": "count", "head": "welder"},
        common | {"type": "ORG", "decision": "add", "start": start, "end": start + 5, "text": "Tembo", "org_type": "company"},
    ]
    review = tmp_path / "review.jsonl"
    review.write_text("".join(json.dumps(d) + "\n" for d in decisions), encoding="utf-8")
    return raw, out, review


def test_a_run_with_corrections_rejects_fixes_and_adds_as_reviewed(reviewed, settings):
    raw, out, review = reviewed
    summary = pipeline.run(raw, out, settings, corrections=read(review))
    numbers = pd.read_parquet(out / "numbers.parquet")
    assert "300" not in set(numbers["text"])
    fixed = numbers[numbers["source"] == "review"]
    assert fixed[["text", "value"]].values.tolist() == [["200", 200.0]]
    facts = pd.read_parquet(out / "facts.parquet").set_index("mention_id")
    assert facts.loc[fixed["mention_id"].iloc[0], ["head", "method", "source"]].tolist() == ["welder", "review", "review"]
    orgs = pd.read_parquet(out / "organisations.parquet")
    assert orgs.loc[orgs["source"] == "review", ["text", "org_type"]].values.tolist() == [["Tembo", "company"]]
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert sorted(rejects.loc[rejects["check"] == REJECTED, "table"]) == ["facts", "numbers"]
    assert summary.clean, "a reviewer's rejections are no validation failures"
    assert "corrections: applied 1 add, 1 fix, 1 reject; not applied 0" in summary.text()


def test_decisions_on_a_changed_document_are_reported_not_applied(reviewed, settings):
    raw, out, review = reviewed
    (raw / "a.txt").write_text(TEXT.replace("Kenya", "Ghana"), encoding="utf-8")
    summary = pipeline.run(raw, out, settings, corrections=read(review))
    assert set(pd.read_parquet(out / "numbers.parquet")["source"]) == {"extractor"}
    assert [c["reason"] for c in summary.review.stale] == ["the document changed since it was reviewed"] * 3
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(manifest["corrections"]["not_applied"]) == 3 and manifest["corrections"]["applied"] == {}


def test_eval_scores_the_run_against_the_review(reviewed, capsys):
    """Of the numbers found, the rejected one and the fixed one's original span are false
    positives and the fixed span a miss; the added organisation is the one ORG miss."""
    _, out, review = reviewed
    assert main(["eval", "--corrections", str(review), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    numbers = next(line for line in printed.splitlines() if line.startswith("NUMBER")).split()
    found = len(pd.read_parquet(out / "numbers.parquet"))
    assert numbers[1:4] == [str(found - 1), f"{(found - 2) / found:.3f}", f"{(found - 2) / (found - 1):.3f}"]
    org = next(line for line in printed.splitlines() if line.startswith("ORG")).split()
    assert org[3] == f"{1 - 1 / int(org[1]):.3f}", "the added organisation is the one miss"
