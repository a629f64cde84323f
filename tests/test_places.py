import pytest

from vocextract.extract.places import is_place_name, places_in


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Trainers from Kumasi arrived.", [("Kumasi", "GHA", "city")], id="city"),
        pytest.param("Colleges in Ontario expanded.", [("Ontario", "CAN", "province")], id="province-beats-smaller-city"),
        pytest.param("Students from Ho Chi Minh City came.", [("Ho Chi Minh City", "VNM", "city")], id="longest-name"),
        pytest.param("Hyderabad and Santiago hosted fairs.", [], id="names-in-two-countries-skipped"),
        pytest.param("the nice split was mobile", [], id="lower-case-words-skipped"),
        pytest.param("Sales fell in North America and East Asia.", [], id="direction-words-are-no-evidence"),
        pytest.param("Mines in the Central Province reopened.", [], id="a-direction-and-an-administrative-word"),
        pytest.param("Exports to Jamaica and Armenia grew.", [], id="country-names-are-not-towns"),
        pytest.param("Male 4 120 3 980\nFree 12 14\nMobile 7 9", [], id="names-that-are-adjectives-are-no-evidence"),
    ],
)
def test_places_in(text, expected):
    assert [(text[a:b], iso3, kind) for a, b, iso3, kind in places_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param("Toronto colleges train welders; Toronto firms hire them; Brisbane watches.", "CAN", id="named-most"),
        pytest.param("Toronto colleges train welders; Brisbane firms hire them.", None, id="a-tie-names-none"),
        pytest.param("Toronto colleges train welders.", None, id="once-is-not-enough"),
    ],
)
def test_the_country_whose_places_a_text_names_most(text, country):
    from vocextract.extract.places import most_named

    assert most_named(text) == country


def test_the_place_adjectives_are_the_gazetteer_s_names_in_wordnet_s_adjective_index(nlp):
    from vocextract.extract.places import named_places
    from vocextract.patterns import load_lexicon

    adjectives = set(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["adj"])
    assert set(load_lexicon("place_adjectives.tsv")) == {n for n in named_places() if n.lower() in adjectives}


@pytest.mark.parametrize(
    "name, place",
    [
        ("Tomsk Oblast", True),
        ("Republic of Dagestan", True),
        ("Northern Cape Province", True),
        ("Ontario", True),
        ("Kenya", True),
        ("Public administration", False),
        ("Welding", False),
        ("Human capital", False),
    ],
)
def test_is_place_name(name, place):
    assert is_place_name(name) is place
