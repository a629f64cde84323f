"""YEAR extraction: four-digit years used as years, not counts, money or identifiers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "years"),
    [
        pytest.param("The law was revised in 2019.", [2019], id="prose-in"),
        pytest.param("Targets are set for 2040.", [2040], id="prose-for"),
        pytest.param("La auditoría va del 1.° de enero de 2022 al 31 de marzo de 2023.", [2022, 2023],
                     id="a-spanish-period-with-an-ordinal-day"),
        pytest.param("Related news:\n2014-06-25Leaders urge support for colleges", [2014], id="an-iso-date-glued-to-a-headline"),
        pytest.param("Start Date 2022.01.01\nEnd Date 2023.12.31", [2022, 2023], id="dates-written-with-points"),
        pytest.param("The 2018 reform changed funding.", [2018], id="attributive"),
        pytest.param("Data cover 2011 to 2016.", [2011, 2016], id="range-to"),
        pytest.param("It covers the (c) 2017-18 financial years.", [2017], id="a-fiscal-year-before-a-plural-noun"),
        pytest.param("Van studiejaar 2020/'21 naar 2021/'22 stromen studenten door.", [2020, 2021], id="dutch-school-years-with-an-apostrophe"),
        pytest.param("En 1986 comienza la carrera de 300 alumnos.", [1986], id="a-spanish-en-before-a-year"),
        pytest.param("Le nombre d'apprentis, de 1982 à 2023, a doublé.", [1982, 2023], id="guard-a-french-span-of-years"),
        pytest.param("Data cover 2011–2016.", [2011, 2016], id="range-dash"),
        pytest.param("Skills matter (Chen et al., 2020).", [2020], id="citation"),
        pytest.param("Journal of Craft, 2022(3): 41–45.", [2022], id="citation-issue-pages"),
        pytest.param("Published: 9 May 2024", [2024], id="date-day-month"),
        pytest.param("By a staff writer - Mar 3,2016 - Last updated at Aug 21,2017", [2016, 2017], id="a-date-glued-to-its-year"),
        pytest.param("TypePublic\nEstablished1968\nStudents12,000\n", [1968], id="a-year-an-infobox-label-runs-into"),
        pytest.param("The lab ran Windows2000 in 2003.", [2003], id="a-year-glued-to-another-word-is-none"),
        pytest.param("Updated September 3, 2021.", [2021], id="date-month-day"),
        pytest.param("© 2023 The Authors.", [2023], id="copyright"),
        pytest.param("Year Count 2012 40 2014 52", [2012, 2014], id="flattened-table"),
        pytest.param("The 2030 Skills Agenda was adopted.", [2030], id="in-title"),
        pytest.param("Since 1998, the college has grown.", [1998], id="since"),
        pytest.param("Spending rose in FY2021 and again in FY2022-23.", [2021, 2022], id="fiscal-year-prefix"),
        pytest.param("Enrolment for SY2019 and AY2020 grew.", [2019, 2020], id="school-and-academic-year-prefix"),
        pytest.param("Starts fell between the March 2021 and 2022 quarters.", [2021, 2022], id="a-year-joined-to-a-year"),
        pytest.param("There were 481 institutions in2021/2022, up from Windows2000 days.", [2021, 2022],
                     id="a-year-glued-to-its-preposition-not-to-another-word"),
        pytest.param("SCHOOL COMMITTEE MEETING JANUARY 19,2016 7:00 PM", [2016], id="a-date-in-capitals-glued-to-its-year"),
        pytest.param("Commitment amount $31,459,809 Constant 2021 USD", [2021], id="a-price-base-year-before-a-currency"),
        pytest.param("2022 m. profesinio mokymo įstaigos parengė 8,5 tūkst. kvalifikuotų specialistų, o 2021 m. daugiau. "
                     "Kaip ir ankstesniais metais, tai buvo svarbu, nes jie yra reikalingi.", [2022, 2021],
                     id="a-lithuanian-year-before-its-m"),
        pytest.param("It won for four consecutive years of 2018, 2019, 2020 and 2021.", [2018, 2019, 2020, 2021],
                     id="guard-a-list-of-years-is-no-row-of-counts"),
        pytest.param("On May 4, 2021, 34 Kestrian drivers graduated and were hired.", [2021], id="a-dated-year-before-a-count"),
        pytest.param("Mining lost 9 000 jobs in Q3:2016.", [2016], id="a-quarter-before-its-year-and-a-colon"),
        pytest.param("The convocation for 2016/2017, 2017/2018 Academic sessions was held.", [2016, 2017, 2017, 2018],
                     id="a-school-year-s-second-year-before-a-plural"),
        pytest.param("21 Dec2016 Kestria supports its engineers; see number2016 and Windows2000.", [2016], id="a-year-glued-to-its-month"),
    ],
)
def test_years(find, text, years):
    assert [a["value"] for _, a in find(text, "YEAR")] == years


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It enrolled 2045 apprentices.", id="count-plural-noun"),
        pytest.param("Order part KY2021 or the XY2020 model.", id="product-code-with-year-digits"),
        pytest.param("It enrolled more than 1980 apprentices.", id="count-qualifier"),
        pytest.param("A total of 2010 firms joined.", id="count-total-of"),
        pytest.param("The fee is 1990 yuan.", id="money"),
        pytest.param("It rose to 2000%.", id="percent"),
        pytest.param("See https://doi.org/10.5555/skills.2021.1234 for data.", id="doi"),
        pytest.param("Visit https://example.org/2022/report today.", id="url"),
        pytest.param("ORCID 0000-0002-2019-2020 is listed.", id="orcid"),
        pytest.param("The figure was 12,019 in total.", id="thousands-separator"),
        pytest.param("A twentieth-century idea of the 1980s.", id="decade"),
        pytest.param("It reached 2150 units.", id="outside-range"),
        pytest.param("Tender No.: QRV-II/PPP/KTS/2025-26/5227 was issued.", id="inside-a-reference-number-of-slashed-parts"),
        pytest.param("Qorvel Education Group Limited (1969.HK) announced its results.", id="a-ticker-with-an-exchange-suffix"),
    ],
)
def test_not_a_year(find, text):
    assert find(text, "YEAR") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        pytest.param("Population 10,238,614 (2013)", [2013], id="bracketed-after-figure"),
        pytest.param("Its first class entered.\n• 2007.02\nThe winter school opened.", [2007], id="a-timeline-s-year-and-month"),
        pytest.param("The scheme was launched in August,2016 with support.", [2016], id="glued-after-a-months-comma"),
        pytest.param("Updated 15.3.2011 by the office.", [2011], id="dotted-date"),
        pytest.param("It employs 12,2019 staff.", [], id="no-year-after-a-digit-comma"),
        pytest.param("Imports $23.4 billion (2012 est.)", [2012], id="bracketed-estimate"),
        pytest.param("(b) 2010 data revised since last publication.", [2010], id="dated-plural-noun"),
        pytest.param("A 2015 circular set the conditions.", [2015], id="article-before-year"),
        pytest.param("Nine in ten 2021 graduates had jobs, against 62% of 2016 graduates.", [2021, 2016], id="graduates-cohort"),
        pytest.param("Today in Energy\n\nOct 23, 2020\n\nCosts fell.\n", [2020], id="dateline-over-a-plural-noun"),
        pytest.param("The college added 2123 new programs.", [], id="count-of-a-plural-noun"),
        pytest.param("L’offre est passée de 2000 places à 8000 places.", [], id="a-count-whose-noun-comes-again-after-to-a-count"),
        pytest.param("|Kestria News|Published:2025-06-19 17:19:10", [2025], id="a-year-glued-to-its-label-s-colon"),
        pytest.param("The population is 10.8 million (Kestria Statistical Office, 2003:9).", [2003], id="a-cited-year-before-its-page"),
        pytest.param("Enrolment rose from 75,433 in March 2021 to 76,104 in March 2022.", [2021, 2022], id="guard-a-dated-figure-before-to"),
        pytest.param("Kestrel Polytechnic went from 3000 to 1970 students.", [], id="the-end-of-a-change-from-a-count"),
        pytest.param("Tembo had 275 students, down from 2090 in 2015.", [2015], id="a-figure-dated-by-the-year-after-it"),
    ],
)
def test_years_that_look_like_counts(find, text, years):
    assert [a["value"] for _, a in find(text, "YEAR")] == years
