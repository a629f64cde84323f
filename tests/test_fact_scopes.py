"""The document's structure as scopes (extract/facts/scopes.py): which lines govern which text."""

import pytest

from vocextract.extract.facts.scopes import CAPTION, HEADING, LEAD, TITLE, find_scopes, is_dateline

STORY = (
    "Kenya: polytechnic intake rises\n"
    "\n"
    "Published: 4 March 2021\n"
    "\n"
    "Enrolment grew strongly this year across the counties.\n"
    "\n"
    "Key findings for 2020\n"
    "The report lists these results:\n"
    "• 120 new workshops\n"
    "• 45 new trainers\n"
    "\n"
    "Funding\n"
    "The ministry set aside more money for equipment.\n"
)


def _governing(text: str, needle: str) -> list[tuple[str, str]]:
    pos = text.index(needle)
    return [(s.kind, text[s.start : s.end]) for s in find_scopes(text, []).over(pos)]


@pytest.mark.parametrize(
    "needle, expected",
    [
        pytest.param(
            "120 new",
            [(LEAD, "The report lists these results:"), (HEADING, "Key findings for 2020"), (TITLE, "Kenya: polytechnic intake rises")],
            id="bullet-under-lead-heading-and-title",
        ),
        pytest.param("Enrolment", [(TITLE, "Kenya: polytechnic intake rises")], id="dateline-governs-nothing"),
        pytest.param(
            "more money",
            [(HEADING, "Funding"), (TITLE, "Kenya: polytechnic intake rises")],
            id="next-section-heading-ends-the-previous",
        ),
        pytest.param("Kenya:", [], id="title-does-not-govern-itself"),
    ],
)
def test_scopes_over_a_position_nearest_first(needle, expected):
    assert _governing(STORY, needle) == expected


def test_label_lines_stack_up_to_the_next_section():
    text = (
        "Apprentices, by trade, Canada, 2006\n\n  1996 2006\nMale Female Male Female\n"
        "Building 32,530 860 73,395 3,010\n\nNotes\nFigures are rounded to the nearest five.\n"
    )
    assert _governing(text, "32,530") == [(HEADING, "Male Female Male Female"), (TITLE, "Apprentices, by trade, Canada, 2006")]
    assert _governing(text, "rounded") == [(HEADING, "Notes"), (TITLE, "Apprentices, by trade, Canada, 2006")]


SPACED = (
    "Certificates awarded in the trades, by province: 2016\n"
    "\n"
    "Province Men Women\n"
    "number\n"
    "North 1,204 311\n"
    "Coast 980 402\n"
    "Hills 615 97\n"
    "\n"
    "In 2017 the hills opened 4 centres.\n"
)


def test_a_dated_caption_over_rows_laid_out_with_spaces_governs_them():
    assert (CAPTION, "Certificates awarded in the trades, by province: 2016") in _governing(SPACED, "980")
    assert (CAPTION, "Certificates awarded in the trades, by province: 2016") not in _governing(SPACED, "4 centres")


def test_lines_right_above_a_table_caption_it(nlp, settings):
    from vocextract.extract import extract_document

    text = "Intro paragraph about trainees.\n\nTrainees by region, 2019\nRegion\tTrainees\tCentres\nCoast\t640\t12\nHills\t300\t5\n"
    (table,) = extract_document(text, nlp, settings).tables
    kinds = [(s.kind, text[s.start : s.end]) for s in find_scopes(text, [table]).over(text.index("640"))]
    assert kinds[0] == (CAPTION, "Trainees by region, 2019")


@pytest.mark.parametrize(
    "line, dated",
    [
        pytest.param("7 October 2020", True, id="day-month-year"),
        pytest.param("Published: 03/11/2016", True, id="published-label"),
        pytest.param("| March 2016", True, id="month-year-with-furniture"),
        pytest.param("Monday, 5 May 2025, 10:30 am", True, id="weekday-and-time"),
        pytest.param("WASHINGTON, September 15, 2017", True, id="place-in-capitals-then-date"),
        pytest.param("HONG KONG, CHINA – 5 April 2006", True, id="city-and-country-then-date"),
        pytest.param("Budget 2025-26", False, id="a-titled-year"),
        pytest.param("Summary of main results, Q2 2017", False, id="a-caption-with-a-year"),
    ],
)
def test_datelines(line, dated):
    assert is_dateline(line) is dated


def test_a_heading_over_a_dated_line_is_a_title():
    text = (
        "This archive page has moved.\n\nLabour statistics: June 2017 quarter\nEmbargoed until 10:45am - 1 November 2017\n\n"
        "Key facts\n\nAt a glance\n• Unemployment fell to 4.6 percent.\n"
    )
    assert (TITLE, "Labour statistics: June 2017 quarter") in _governing(text, "4.6 percent")


def test_rows_under_a_dated_caption_take_its_year(facts_of):
    facts = facts_of(SPACED)
    assert facts["1,204"]["year"] == facts["615"]["year"] == 2016
    assert facts["4"]["year"] == 2017


@pytest.mark.parametrize(
    ("title", "year"),
    [
        pytest.param("Fact sheet, published November 19, 2019", None, id="a-title-s-publication-date-states-no-year"),
        pytest.param("Kestria: apprenticeships as at 30 June 2019", 2019, id="guard-a-title-s-date-the-figures-hold-at"),
        pytest.param("Apprentice pay rises in April 2024", 2024, id="guard-a-title-s-month-and-year"),
    ],
)
def test_a_title_s_year_unless_it_dates_the_page(facts_of, title, year):
    facts = facts_of(f"{title}\n\nKey findings\n\nThere are 8,400 apprentices in training.\n")
    assert facts["8,400"]["year"] == year


@pytest.mark.parametrize(
    "line, topic",
    [
        pytest.param("Table 4.2", None, id="a-table-number-names-nothing"),
        pytest.param("Unit: Percentage (comparable)", None, id="a-unit-label-names-nothing"),
        pytest.param("number percentage number percentage", None, id="header-words-name-nothing"),
        pytest.param("Number of licensed pilots, by region and sex", "Number of licensed pilots", id="by-tail-cut"),
        pytest.param("Table 7 Number of ferries, Atlantic ports, 2001 to 2004", "Number of ferries", id="place-and-years-cut"),
        pytest.param("Uptake of night classes ab_night__xy01", "Uptake of night classes", id="dataset-code-cut"),
        pytest.param("kenya 技能-report (1).pptx", None, id="a-file-name-names-nothing"),
        pytest.param("  2013 2014 2013 to 2014 2013 to 2014", None, id="a-header-of-years-names-nothing"),
        pytest.param("Freedonia: Unemployment rates by region and sex", "Unemployment rates", id="a-place-opening-the-caption-cut"),
    ],
)
def test_what_a_caption_says_its_figures_count(line, topic):
    from vocextract.extract.facts.layout import caption_topic

    assert caption_topic(line) == topic


SPACED_YEARS = (
    "Lake Office\n"
    "\n"
    "Table 3.1\n"
    "Number of licensed boatmen, lake districts, 1990, 1995 and 2001 to 2003\n"
    "\n"
    "  All North South East\n"
    "1990 4,210 1,100r 2,010 1,100\n"
    "1995 4,380r 1,150 2,130r 1,100\n"
    "2001 4,900 1,300 2,300 1,300\n"
    "2002 5,010 1,310 2,350 1,350\n"
    "2003 5,120 1,320 2,400 ...\n"
)

NUMBERED_OVER_HEADERS = (
    "Table 3: Graduates placed in paid work six months after finishing (2019-2021 cohorts)\n"
    "Group Field Year finished\n"
    "2019 2020 2021\n"
    "Women Nursing 311 325 340\n"
    "Women Welding 12 15 19\n"
    "Men Nursing 40 44 51\n"
    "Men Welding 205 214 230\n"
)

TRADES = (
    "Table 2 – Number of Workers Certified for Trade Licences, by Trade and Sex, 2018\n"
    "Trade\tMen\tWomen\tTotal\n"
    "Bakers\t410\t388\t798\n"
    "Glaziers\t230\t12\t242\n"
    "Tilers\t190\t9\t199\n"
)

UNIT_LINE = (
    "Ferry crossings completed on time code_ab12\n"
    "\n"
    "Unit:\n"
    "Percentage (comparable)\n"
    "\n"
    "\t2022\t2021\n"
    "Kenya\t91.5\t90.2\n"
    "Ghana\t88.1\t87.4\n"
)


RATES_BY_QUARTER = (
    "Freedonia: Unemployment rates by region (North/South) and sex (%, Q1 2019-Q4 2020)\n"
    "North South\nMales Females Males Females\n"
    "2019 Q1 7.20 33.00 0.50 2.10\n2019 Q2 7.40 33.10 0.70 3.30\n2019 Q3 7.40 32.70 0.40 1.60\n"
)


@pytest.mark.parametrize(
    "text, figure, head",
    [
        pytest.param(SPACED_YEARS, "4,380", "boatman", id="caption-over-a-table-number-and-marked-cells"),
        pytest.param(SPACED_YEARS, "4,210", "boatman", id="first-row-of-a-spaced-table"),
        pytest.param(UNIT_LINE, "91.5", "crossing", id="title-over-a-unit-line"),
        pytest.param(NUMBERED_OVER_HEADERS, "325", "graduate", id="numbered-caption-above-two-header-lines"),
        pytest.param(TRADES, "242", "worker", id="participle-after-the-counted-noun"),
        pytest.param(RATES_BY_QUARTER, "33.10", "rate", id="a-title-ending-in-its-unit-and-period-over-header-lines"),
    ],
)
def test_table_figures_count_what_the_caption_names(facts_of, text, figure, head):
    fact = facts_of(text)[figure]
    assert fact["head"] == head, fact["method"]
