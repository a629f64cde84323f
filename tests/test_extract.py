"""Properties of the whole extraction on arbitrary text: grounded offsets, sane values."""

import math

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from vocextract.extract import extract_document

PIECES = st.sampled_from(
    [
        "In", "2019", "2,500", "33, 663", "more than", "million", "%", "$", "€ 4.5bn", "yuan",
        "three", "-", "–", "to", "\n\n", "\r\n", " ", ".", ",", "(", ")", "[1]", "Slide 4",
        "doi:10.1234/x.2020.5", "Ministry of Education", "Kenya", "Sino-German", "1 .", "#",
        "twenty-one", "half", "1900", "2099", "0", "00", "9" * 12, "é", "中国",
    ]
)


@given(st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=120))
@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_gives_grounded_mentions_with_sane_values(nlp, settings, text):
    for row in extract_document(text, nlp, settings).rows:
        m = row.mention
        assert 0 <= m.start < m.end <= len(text)
        assert row.text == text[m.start : m.end]
        assert row.sentence_start <= m.start and m.end <= row.sentence_end
        if m.type == "NUMBER":
            assert math.isfinite(m.fields.value)
            assert m.fields.value_high is None or math.isfinite(m.fields.value_high)
        if m.type == "YEAR":
            assert 1900 <= m.fields.value <= 2099


def test_a_number_carries_its_reading_and_once_linked_its_fact_as_typed_records(nlp, settings):
    text = "In 2021 the colleges in Ghana enrolled 4,200 apprentices."
    rows = [r for r in extract_document(text, nlp, settings).rows if r.mention.type == "NUMBER"]
    [number] = [r.mention for r in rows]
    assert (number.fields.value, number.fields.unit) == (4200, "count")
    assert (number.fact.head, number.fact.year, number.fact.country) == ("apprentice", 2021, "GHA")
    assert number.fact.year_mention.start == text.index("2021")
    assert number.values()["head"] == "apprentice" and "year_mention" not in number.values()


def test_only_numbers_have_facts_and_other_mentions_give_their_fields_alone(nlp, settings):
    rows = extract_document("In 2021 the colleges in Ghana enrolled 4,200 apprentices.", nlp, settings).rows
    others = {r.mention.type: r.mention for r in rows if r.mention.type != "NUMBER"}
    assert [m.fact for m in others.values()] == [None, None]
    assert others["YEAR"].values() == {"value": 2021}
    assert others["COUNTRY"].values() == {"iso3": "GHA", "iso2": "GH", "country": "Ghana", "form": "name"}
