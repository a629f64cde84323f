import pytest
from hypothesis import given, settings as hsettings
from hypothesis import strategies as st

from vocextract.errors import ModelNotFoundError, SettingsError
from vocextract.nlp import chunks, load_pipeline, parse
from vocextract.settings import Settings


@given(st.text(alphabet=st.sampled_from("ab \n"), max_size=400), st.integers(min_value=5, max_value=50))
@hsettings(max_examples=200)
def test_chunks_concatenate_to_the_text(text, size):
    assert "".join(chunks(text, size)) == text


def test_chunks_cut_at_paragraph_breaks():
    text = "one two.\n\nthree four.\n\nfive six."
    assert chunks(text, 12) == ["one two.\n\n", "three four.\n\n", "five six."]


def test_parse_of_chunks_keeps_offsets(nlp):
    text = "Alpha College opened in 2001.\n\nBeta University has 300 students.\n\n" * 3
    doc = parse(nlp, text, 40)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token)] == token.text


def test_pipeline_is_loaded_once(settings):
    assert load_pipeline(settings.model) is load_pipeline(settings.model)


def test_missing_model_says_how_to_fix():
    with pytest.raises(ModelNotFoundError, match="dev.py setup"):
        load_pipeline("no_such_model_xyz")


def test_rules_only_pipeline_has_no_statistical_component(settings):
    nlp = load_pipeline(settings.model, rules_only=True)
    assert nlp.pipe_names == ["sentencizer"]
    doc = nlp("Enrolment rose to 300 in 2019. It fell later.")
    assert [s.text for s in doc.sents] == ["Enrolment rose to 300 in 2019.", "It fell later."]
    assert not doc.has_annotation("DEP")
    assert nlp is not load_pipeline(settings.model)


def test_rules_only_refuses_org_and_says_what_to_do():
    with pytest.raises(SettingsError, match="leave ORG out of types"):
        Settings(rules_only=True)


@pytest.mark.parametrize(
    "text, sentences",
    [
        pytest.param("Compared with last year:\nenrolments rose by 3%\nwithdrawals fell by 2%\n",
                     ["Compared with last year:", "enrolments rose by 3%", "withdrawals fell by 2%"], id="list-lines"),
        pytest.param("Key figures\n  • 120 training sites\n  • 45 instructors\n",
                     ["Key figures", "• 120 training sites", "• 45 instructors"], id="bullets-kept-whole"),
        pytest.param("Region\tTrainees\tCentres\nNorth\t120\t4\n",
                     ["Region\tTrainees\tCentres\nNorth\t120\t4"], id="tab-rows-left-to-the-parser"),
    ],
)
def test_a_kept_line_starts_a_sentence(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents if s.text.strip()] == sentences


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        pytest.param("l’Agence française", ["l’", "Agence", "française"], id="an-elided-french-article"),
        pytest.param("University of Indochina(1904)", ["University", "of", "Indochina", "(", "1904", ")"], id="a-year-bracketed-without-a-space"),
        pytest.param("Organization:Hanoi University", ["Organization", ":", "Hanoi", "University"], id="guard-a-label-s-colon-without-a-space"),
        pytest.param("Côte d’Ivoire", ["Côte", "d’Ivoire"], id="guard-d-apostrophe-in-a-country-s-name-stays"),
        pytest.param("Crafts (QZH).The deals", ["Crafts", "(", "QZH", ")", ".", "The", "deals"], id="a-bracket-and-full-stop-glued-to-the-next-sentence"),
        pytest.param("China and ASEAN.And with", ["China", "and", "ASEAN", ".", "And", "with"], id="a-full-stop-glued-to-the-next-sentence"),
        pytest.param("the U.S.Army base", ["the", "U.S.Army", "base"], id="guard-initials-before-a-capital-stay"),
        pytest.param("Talents for Indonesia--2nd Programme", ["Talents", "for", "Indonesia", "--", "2nd", "Programme"], id="a-double-hyphen-as-a-dash"),
        pytest.param("Qorvel ships on Wed., Sept. 18.", ["Qorvel", "ships", "on", "Wed.", ",", "Sept.", "18", "."], id="a-weekday-s-abbreviation"),
    ],
)
def test_the_tokenizer_splits_glued_marks(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens

