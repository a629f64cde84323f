"""Zones: identifiers, structural numbers and citation details hold no NUMBER."""

from __future__ import annotations

import pytest

from vocextract.extract.structure import CITATION, IDENTIFIER, STRUCTURE, find_zones


def _zoned(text: str, kind: str) -> list[str]:
    return [text[a:b] for a, b in find_zones(text).ranges.get(kind, [])]


@pytest.mark.parametrize(
    ("text", "kind", "zone"),
    [
        pytest.param("Write to ann@school.edu today.", IDENTIFIER, "ann@school.edu", id="email"),
        pytest.param("Tel: 0571-8765 4321", IDENTIFIER, "Tel: 0571-8765 4321", id="phone"),
        pytest.param("Kestria holds ISO 9001 certificates.", IDENTIFIER, "ISO 9001", id="a-standard-s-number"),
        pytest.param("CFDA Number: 84.048\nProgram Type: Grants", IDENTIFIER, "CFDA Number: 84.048", id="a-catalogue-number-after-its-label"),
        pytest.param("Rural 5G coverage", IDENTIFIER, "5G", id="alphanumeric"),
        pytest.param("Slide 7\n\nText", STRUCTURE, "Slide 7", id="slide"),
        pytest.param("as noted^[4] before", STRUCTURE, "^[4]", id="reference-marker"),
        pytest.param("Seen on March 9, 2024.", STRUCTURE, "March 9", id="day-of-month"),
        pytest.param("News (2021, June 15). Title", STRUCTURE, "June 15", id="day-after-year"),
        pytest.param("Studies, 2021(2): 14-19.", CITATION, "2021(2): 14-19", id="issue-pages"),
        pytest.param("Review*, (7), 10-15+201-202.", CITATION, "(7), 10-15+201-202", id="split-pages"),
        pytest.param("Contents\n12 Findings and outlook", STRUCTURE, "12", id="section-number"),
        pytest.param("Head office\n240 Harbour Quay Road", STRUCTURE, "240", id="street-number-before-a-name"),
        pytest.param("Code\tYear\n201718\tAcademic year", STRUCTURE, "201718", id="row-code-before-a-tab"),
        pytest.param("It was 32 percent in Tembo).*1 Thus, it fell.", STRUCTURE, "*1", id="a-footnote-marker-after-an-asterisk"),
        pytest.param("It began in 2019. 4.35 With a view to it, Qorvel acted.", STRUCTURE, "4.35", id="a-paragraph-number-after-a-sentence"),
        pytest.param("Kestria Journal Vol. 3, Issue 2, August 2016", CITATION, "Issue 2", id="a-journal-s-issue"),
        pytest.param("August 2016, 66-87 DOI: 10.1234/x", CITATION, "66-87", id="a-page-range-before-its-doi"),
        pytest.param("Tembo-Str. 2, 50931 Kestrau, Germany", IDENTIFIER, "2, 50931", id="a-german-street-number-and-postcode"),
        pytest.param("April 2008 Contents 1 The demand for training 2 3 The supply of training 8 2 4. It had 40 staff.", STRUCTURE,
                     " 1 The demand for training 2 3 The supply of training 8 2 4", id="a-table-of-contents-run-onto-one-line"),
        pytest.param("Intro\n1Scheme history\nThe scheme began.", STRUCTURE, "1", id="a-section-number-glued-to-its-heading"),
        pytest.param("Updated: 2018 12 19\nThere are 74 schools.", STRUCTURE, "12 19", id="a-date-written-with-spaces-after-its-label"),
        pytest.param("Where to next?\n7Top 5 nationalities contribute 54 of enrolments", STRUCTURE, "7", id="a-slide-number-glued-to-its-title"),
        pytest.param("Program Management:(Cost 9,300,000.00) 3. OVERALL RATINGS Name", STRUCTURE, "3.", id="a-section-number-before-a-heading-in-capitals"),
        pytest.param("The result areas are summarized below: 1. The development of a roadmap.", STRUCTURE, "1.",
                     id="a-list-number-after-a-colon"),
        pytest.param("Financing (IPF) | FY 2022 | Seq No: 5 | Archived", STRUCTURE, "No: 5", id="a-number-after-its-no-label"),
        pytest.param("According to the Financing Agreement (page 5) it was set.", STRUCTURE, "page 5", id="a-page-number-in-lower-case"),
    ],
)
def test_zone(text, kind, zone):
    assert zone in _zoned(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Results\n3,150 ICT learners certified", id="count-before-an-acronym-and-words"),
        pytest.param("Results\n415 NGO staff trained", id="three-digits-before-an-acronym"),
        pytest.param("Budget approved:\n2500 Families to Benefit", id="headline-count"),
        pytest.param("Contracts (2012-2014)\n|\n2012 |\n2013 |\n2014 |\nWood\n|\n39\n|\n36\n|\n43\n", id="one-cell-per-line-between-rule-lines"),
    ],
)
def test_a_count_opening_a_line_is_no_list_number(text):
    assert not _zoned(text, STRUCTURE)


def test_year_of_citation_is_not_a_zone():
    text = "Studies, 2021(2): 14-19."
    zones = find_zones(text)
    assert not zones.blocks("YEAR", text.index("2021"), text.index("2021") + 4)


def test_a_bracketed_count_and_a_count_before_words_are_no_citation():
    assert not _zoned("The number of schools reached (3314), 303 of them in towns.", CITATION)

