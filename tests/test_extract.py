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
            assert math.isfinite(m.attrs["value"])
            assert m.attrs["value_high"] is None or math.isfinite(m.attrs["value_high"])
        if m.type == "YEAR":
            assert 1900 <= m.attrs["value"] <= 2099
