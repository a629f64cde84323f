import pytest

CASES = [
    pytest.param("In 2019, the polytechnic enrolled 300 apprentices.", "300", "apprentice", 2019, None, id="governing-in-year"),
    pytest.param("As of 2024, Ghana had 45 technical universities.", "45", "university", 2024, "GHA", id="as-of-year-and-country"),
    pytest.param("The intake reached 450 in 2021 and 520 in 2022.", "520", None, 2022, None, id="number-in-year"),
    pytest.param("Between 2015 and 2019 enrolment grew by 40%.", "40%", None, 2019, None, id="range-takes-later-year"),
    pytest.param("Kenya still needs 30,000 engineers.", "30,000", "engineer", None, "KEN", id="country-in-clause"),
    pytest.param("There are 1,200 international students in Peru.", "1,200", "student", None, "PER", id="country-in-quantified"),
    pytest.param("Colleges in Ontario trained 500 welders last term.", "500", "welder", None, "CAN", id="province-gives-country"),
    pytest.param("The completion rate rose to 61% after the reform.", "61%", "rate", None, None, id="subject-of-verb"),
    pytest.param("Fees are high; 12 new polytechnics opened.", "12", "polytechnic", None, None, id="no-year-no-country"),
    pytest.param("Graduates earn a starting wage of 9,500 rupees a month.", "9,500 rupees", "wage", None, None, id="noun-of-number"),
    pytest.param("The reform raised the pass rate by 12%.", "12%", "rate", None, None, id="object-changed-by"),
    pytest.param("Employers value teamwork skills (62%) above all.", "62%", "skill", None, None, id="bracketed-share"),
    pytest.param("The institute wrote nine manuals, four of which were adopted nationally.", "four", "manual", None, None, id="partition-of-counted-set"),
    pytest.param("The institute wrote new manuals, four of which were adopted nationally.", "four", "manual", None, None, id="relative-antecedent"),
    pytest.param("Employers rated digital skills (64%) and teamwork (51%) highest.", "64%", "skill", None, None, id="bracketed-share-stops-at-the-noun"),
    pytest.param("The board approved 320 courses.", "320", "course", None, None, id="plural-in-es"),
    pytest.param("Only 12 out of the first 40 trainees found work.", "12", "trainee", None, None, id="out-of"),
    pytest.param("Mombasa now hosts 14 training centres.", "14", "centre", None, "KEN", id="city-gives-country"),
    pytest.param("The Sino-Italian programme enrolled 85 apprentices.", "85", "apprentice", None, "CHN", id="sino-partner-is-china"),
]


@pytest.mark.parametrize("text, number, head, year, country", CASES)
def test_fact_links(facts_of, text, number, head, year, country):
    fact = facts_of(text)[number]
    if head is not None:
        assert fact["head"] == head
    assert fact["year"] == year
    assert fact["country"] == country
    assert fact["method"].startswith("quantified:")


def test_vague_subject_is_replaced_by_what_it_counts(facts_of):
    fact = facts_of("The number of registered apprentices rose to 8,400.")["8,400"]
    assert "apprentices" in fact["quantified"]
    assert fact["head"] == "apprentice"


def test_table_cells_take_row_year_and_column_with_the_topic(facts_of):
    text = (
        "The number of accredited training centres grew steadily. "
        "Year Quantity Increment 2014 120 2015 135 15 2016 150 15\n"
    )
    facts = facts_of(text)
    assert facts["135"]["year"] == 2015
    assert "centres" in facts["135"]["quantified"]
    assert facts["150"]["year"] == 2016


def test_table_cells_take_the_country_of_their_row_or_of_the_text_citing_the_table(facts_of):
    text = (
        "Apprentices trained in Ghana rose over the period (Table 2).\n\n"
        "Table 2. Apprentices by stage\n\n"
        "Stage\tApprentices\tCompleted\n"
        "Pilot\t40\t31\n"
        "Expansion\t90\t77\n\n"
        "Country\tApprentices\n"
        "Peru\t55\n"
        "Chile\t65\n\n"
        "Province\tApprentices\n"
        "Ontario\t75\n"
        "Manitoba\t85\n"
    )
    facts = facts_of(text)
    assert facts["77"]["country"] == "GHA"
    assert facts["77"]["method"].endswith("table-introduction")
    assert facts["55"]["country"] == "PER"
    assert facts["65"]["country"] == "CHL"
    assert facts["85"]["country"] == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nice results followed: 14 teams qualified.", id="adjective-at-sentence-start"),
        pytest.param("Reading Club members met 14 times.", id="name-of-cities-in-two-countries"),
    ],
)
def test_city_names_used_as_words_give_no_country(facts_of, text):
    assert facts_of(text)["14"]["country"] is None
