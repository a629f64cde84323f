"""One kind per organisation name in a run, whatever document each mention came from."""

from collections import Counter

import pandas as pd
import pytest

from vocextract import pipeline
from vocextract.harmonise import kind_of, one_kind_per_name


@pytest.mark.parametrize(
    "votes, kind",
    [
        pytest.param({"other": 24, "government": 51}, "government", id="spelled-out-once-wins-over-acronym-alone"),
        pytest.param({"other": 30, "company": 1}, "company", id="other-says-nothing"),
        pytest.param({"other": 10, "company": 2, "government": 4}, "government", id="most-frequent-kind"),
        pytest.param({"company": 3, "education": 3}, "education", id="tie-in-the-order-of-the-kinds"),
        pytest.param({"other": 5}, "other", id="nothing-else-found"),
    ],
)
def test_a_name_takes_the_kind_its_mentions_say_most(votes, kind):
    assert kind_of(Counter(votes)) == kind


def _org(name, kind):
    return {"name": name, "org_type": kind}


def test_every_mention_of_a_name_gets_one_kind_and_the_cached_records_stay_as_they_were():
    records = {
        "a": {"organisations": [_org("QSA", "government"), _org("Qorvel Skills Authority", "government")]},
        "b": {"organisations": [_org("QSA", "other")], "years": [{"value": 2021}]},
        "c": {"years": []},
    }
    decided = {}
    out = one_kind_per_name(records, decided)
    assert [r["org_type"] for r in out["b"]["organisations"]] == ["government"]
    assert records["b"]["organisations"][0]["org_type"] == "other", "the input (the cache's records) is not changed"
    assert out["c"] == records["c"] and out["b"]["years"] == records["b"]["years"]
    assert decided == {"QSA": "government", "Qorvel Skills Authority": "government"}


def test_a_kind_decided_in_an_earlier_partition_holds_in_the_later_ones():
    decided = {"QSA": "government"}
    out = one_kind_per_name({"d": {"organisations": [_org("QSA", "company"), _org("QSA", "company")]}}, decided)
    assert {r["org_type"] for r in out["d"]["organisations"]} == {"government"}


def test_a_run_files_an_acronym_under_the_kind_its_spelled_out_name_gives_it(tmp_path, settings):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("The Qorvel Skills Authority (QSA) trained 1,200 welders in 2021.\n", encoding="utf-8")
    (raw / "b.txt").write_text("In 2022 QSA opened two training centres, and QSA said more would follow.\n", encoding="utf-8")
    pipeline.run(raw, tmp_path / "out", settings)
    orgs = pd.read_parquet(tmp_path / "out" / "organisations.parquet")
    kinds = orgs.groupby("name")["org_type"].unique().map(list).to_dict()
    assert kinds["QSA"] == [kinds["Qorvel Skills Authority"][0]] and kinds["QSA"] != ["other"]
    assert (orgs["name"] == "QSA").sum() == 3
