import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocextract.textmap import clean

LONG = "This sentence is long enough to be prose and it names the Northbridge Polytechnic"


@pytest.mark.parametrize(
    "text, joined",
    [
        pytest.param(LONG + "\n\nInstitute of Mining today.", True, id="blank-line-mid-sentence"),
        pytest.param(LONG + "\nInstitute of Mining today.", True, id="newline-mid-sentence"),
        pytest.param(LONG + ".\n\nA new paragraph starts.", False, id="after-full-stop"),
        pytest.param("## Short heading\n\nBody text starts here.", False, id="short-heading"),
        pytest.param(LONG + "\n\n2. Next section", False, id="next-line-numbered"),
    ],
)
def test_clean_joins_only_mid_sentence_breaks(text, joined):
    cleaned = clean(text)
    assert ("Polytechnic Institute" in cleaned.text) == joined


def test_span_maps_back_across_a_joined_break():
    text = LONG + "\n\nInstitute of Mining today."
    cleaned = clean(text)
    a = cleaned.text.index("Northbridge")
    b = cleaned.text.index(" today")
    start, end = cleaned.span(a, b)
    assert text[start:end] == "Northbridge Polytechnic\n\nInstitute of Mining"


@given(st.text(alphabet=st.sampled_from("ab ,.\n\r\t1"), max_size=300))
def test_every_kept_character_maps_to_itself(text):
    cleaned = clean(text)
    assert len(cleaned.origin) == len(cleaned.text)
    assert list(cleaned.origin) == sorted(set(cleaned.origin))
    for i, ch in enumerate(cleaned.text):
        original = text[cleaned.origin[i]]
        assert original == ch or (ch == " " and original in " \t\r\n")
