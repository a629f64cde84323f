import pytest

from vocextract.evaluate import Gold, match, score_all, trim


def _g(doc="d", t="NUMBER", start=0, end=2, text="12", optional=False, **kw):
    return {"doc": doc, "type": t, "start": start, "end": end, "text": text, "optional": optional, **kw}


@pytest.mark.parametrize(
    "pred, tp, fp, fn",
    [
        pytest.param(_g(value=12.0, unit="count"), 1, 0, 0, id="exact"),
        pytest.param(_g(start=1, end=5, value=12.0, unit="count"), 1, 0, 0, id="overlap-counts"),
        pytest.param(_g(value=12.0, unit="percent"), 0, 1, 1, id="wrong-unit"),
        pytest.param(_g(start=5, end=7, value=12.0, unit="count"), 0, 1, 1, id="no-overlap"),
    ],
)
def test_number_matching(pred, tp, fp, fn):
    score, _, _ = match([_g(value=12.0, unit="count")], [pred])
    assert (score.tp, score.fp, score.fn) == (tp, fp, fn)


def test_org_is_strict_on_boundaries():
    gold = [_g(t="ORG", end=20, text="Northbridge College")]
    assert match(gold, [_g(t="ORG", end=11, text="Northbridge")])[0].tp == 0
    assert match(gold, [_g(t="ORG", end=20, text="Northbridge College")])[0].tp == 1


def test_optional_gold_neither_rewards_nor_punishes():
    gold = [_g(t="YEAR", value=2020, optional=True)]
    assert match(gold, [])[0].fn == 0
    score = match(gold, [_g(t="YEAR", value=2020)])[0]
    assert (score.tp, score.fp) == (0, 0)


def test_predictions_outside_ranges_are_ignored():
    gold = Gold([_g(t="YEAR", value=2020)], {"d": [(0, 10)]})
    results = score_all(gold, [_g(t="YEAR", value=2020), _g(t="YEAR", start=50, end=54, value=2021)])
    assert results["YEAR"][0].fp == 0


def test_trim():
    assert trim(" the Alpha Institute, ") == "Alpha Institute"
