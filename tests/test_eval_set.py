"""The generalisation set under eval/ keeps the offsets contract: every gold record is its text's slice."""

import importlib.util
import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
spec = importlib.util.spec_from_file_location("add_batch", EVAL / "add_batch.py")
add_batch = importlib.util.module_from_spec(spec)
spec.loader.exec_module(add_batch)
BATCHES = sorted(json.loads((EVAL / "gold" / "chunks.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("batch", BATCHES)
def test_every_gold_record_is_grounded_and_every_number_has_a_fact(batch):
    mentions = add_batch.read_jsonl(EVAL / "gold" / "chunks" / f"{batch}.jsonl")
    facts = add_batch.read_jsonl(EVAL / "gold" / "facts" / f"{batch}.jsonl")
    texts = {m["doc"]: add_batch._read(EVAL / "corpus" / m["doc"]) for m in mentions}
    assert mentions and facts
    assert add_batch.problems(texts, mentions, facts) == []


def test_a_shifted_offset_is_caught():
    text = {"a.txt": "Kenya trained 45 welders in 2019."}
    good = {"doc": "a.txt", "type": "YEAR", "start": 28, "end": 32, "text": "2019", "optional": False, "value": 2019}
    assert add_batch.problems(text, [good], []) == []
    assert add_batch.problems(text, [good | {"start": 27, "end": 31}], []) == [
        "a.txt@27 YEAR '2019': text is ' 201' at those offsets",
        "a.txt@27 YEAR '2019': span cuts a run of digits (an offset found by searching for the text?)",
    ]


def test_a_figure_found_inside_another_is_caught():
    text = {"a.txt": "Founded in 1938, it has 93 units."}
    inside = {"doc": "a.txt", "type": "NUMBER", "start": 12, "end": 14, "text": "93", "optional": True,
              "value": 93.0, "value_high": None, "unit": "count", "qualifier": None}
    assert text["a.txt"][12:14] == "93"
    assert add_batch.problems(text, [inside], []) == [
        "a.txt@12 NUMBER '93': span cuts a run of digits (an offset found by searching for the text?)"
    ]
    assert add_batch.problems(text, [inside | {"start": 24, "end": 26}], []) == []


def test_a_text_the_set_holds_already_is_caught(tmp_path):
    held = sorted((EVAL / "corpus").glob("*.txt"))[0]
    copy = add_batch._read(held)
    folder = tmp_path / "hX"
    folder.mkdir()
    listed = next(iter(add_batch._URL.findall((EVAL / "SOURCES.md").read_text(encoding="utf-8"))))
    (folder / "SOURCES.md").write_text(f"- {listed}\n", encoding="utf-8")
    assert add_batch._seen_before({"new.txt": copy, "fresh.txt": "A text nobody has seen."}, [folder]) == [
        f"new.txt: the same text as {held.name}",
        f"hX: {listed} is listed in eval/SOURCES.md already",
    ]
