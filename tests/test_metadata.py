"""Document metadata: title, authors, DOI and publication date, only where the text states them."""

from __future__ import annotations

import pytest

from vocextract.extract import metadata
from vocextract.extract.references import normalise_doi
from vocextract.extract.structure import find_zones
from vocextract.textmap import plain

BODY = "\n\n1. Introduction\n\nColleges opened workshops abroad in 2019.\n"

JOURNAL = (
    "RESEARCH ARTICLE\n\n"
    "Training Welders for Export Markets: Evidence\n"
    "from Three Coastal Colleges\n\n"
    "Mara Quill1, Tomas Reyes2,*\n\n"
    "1 Harbour Polytechnic University, Northport\n"
    "2 Institute of Skills, Southport\n\n"
    "Received: 2 February 2021; Accepted: 1 March 2021; Published: 12 March 2021\n\n"
    "DOI: 10.4321/TW.2021.007\n\n"
    "Abstract: Welding courses were exported to partner colleges." + BODY
)
MARKDOWN = (
    "\n\n# Mobility of Trainers in the Harbour Region\n\n"
    "**Ann Lee** and **Bo Park**\\*\n\n"
    "*\\*Author to whom correspondence should be addressed.*\n\n"
    "**Copyright:** © 2024 Author(s).\n\n"
    "**Online publication:** August 7, 2025\n" + BODY.replace("1. Introduction", "## 1. Introduction")
)
REPORT = (
    "Skills Partnerships in the Northern Region\n\n"
    "A report by the Harbour Skills Board\n\n"
    "© 2020 Harbour Skills Board\n" + BODY
)
DATED = "ANNUAL REVIEW OF TRAINING EXCHANGES ABROAD\n\nMarch 2021\n" + BODY
RUNNING_HEAD = (
    "Journal of Skill Studies, 2019, 3(2): 1-10\n\n"
    "Short Courses for Migrant Workers in the Delta\n\n"
    "Lena van Dijk, Omar Haddad & Pia Moreau\n" + BODY
)
NOTHING = "Abstract\n\nWorkshops abroad trained technicians for local firms." + BODY
FILE_NAME = "slides for the partner meeting final.pptx\n\nabout this presentation 12 views\n" + BODY
ACCEPTED_ONLY = (
    "Dual Training Between Two Port Cities\n\nRina Sato\n\nReceived: 3 May 2022; Accepted: 9 June 2022\n" + BODY
)
DOI_IN_BODY = (
    "Dual Training Between Two Port Cities\n\nRina Sato\n\n1. Introduction\n\n"
    "Earlier work (doi:10.1111/other.5) found the same.\n\n<https://doi.org/10.9999/PORT.12>\n"
)
DOI_CITED_ONLY = "Dual Training Between Two Port Cities\n" + BODY + "Earlier work (doi:10.1111/other.5) agrees.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            JOURNAL,
            ("Training Welders for Export Markets: Evidence from Three Coastal Colleges", "Mara Quill; Tomas Reyes",
             "10.4321/tw.2021.007", "2021-03-12"),
            id="journal-label-title-on-two-lines-marked-authors-dates-doi",
        ),
        pytest.param(
            MARKDOWN,
            ("Mobility of Trainers in the Harbour Region", "Ann Lee; Bo Park", None, "2025-08-07"),
            id="markdown-online-publication-beats-copyright",
        ),
        pytest.param(REPORT, ("Skills Partnerships in the Northern Region", None, None, "2020"), id="report-copyright-year"),
        pytest.param(DATED, ("ANNUAL REVIEW OF TRAINING EXCHANGES ABROAD", None, None, "2021-03"), id="caps-title-dated-line"),
        pytest.param(
            RUNNING_HEAD,
            ("Short Courses for Migrant Workers in the Delta", "Lena van Dijk; Omar Haddad; Pia Moreau", None, None),
            id="running-head-skipped-names-with-particle",
        ),
        pytest.param(NOTHING, (None, None, None, None), id="abstract-only"),
        pytest.param(FILE_NAME, (None, None, None, None), id="file-name-and-page-chrome"),
        pytest.param(ACCEPTED_ONLY, ("Dual Training Between Two Port Cities", "Rina Sato", None, None), id="accepted-is-not-published"),
        pytest.param(DOI_IN_BODY, ("Dual Training Between Two Port Cities", "Rina Sato", "10.9999/port.12", None), id="doi-line-in-body"),
        pytest.param(DOI_CITED_ONLY, ("Dual Training Between Two Port Cities", None, None, None), id="doi-in-a-sentence-is-cited"),
        pytest.param("Slides\n\nIn 2019 a workshop opened.\n", (None, None, None, None), id="no-front-matter"),
    ],
)
def test_metadata(text, expected):
    found = metadata.extract(text, find_zones(text))
    fields = (found.title, found.authors, found.doi, found.published)
    assert tuple(f.value if f else None for f in fields) == expected
    title, authors, doi, published = fields
    if title:
        assert plain(text[title.start : title.end]) == title.value
    if authors:
        assert all(name in plain(text[authors.start : authors.end]) for name in authors.value.split("; "))
    if doi:
        assert normalise_doi(text[doi.start : doi.end]) == doi.value
    if published:
        assert published.value[:4] in text[published.start : published.end]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        pytest.param("12 March 2021", "2021-03-12", id="day-month-year"),
        pytest.param("Sept. 3rd, 2019", "2019-09-03", id="abbreviated-month-ordinal"),
        pytest.param("2020/11/05", "2020-11-05", id="numeric"),
        pytest.param("Dec 2018", "2018-12", id="month-year"),
        pytest.param("2017", "2017", id="year"),
    ],
)
def test_read_date(written, iso):
    stated = metadata.read_date(written, 0)
    assert (stated.value, written[stated.start : stated.end]) == (iso, written)


def test_a_day_that_does_not_exist_is_no_date():
    assert metadata.read_date("31 February 2021", 0) is None
