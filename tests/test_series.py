import pytest

from vocextract.extract import extract_document


def _tables(nlp, settings, text):
    return extract_document(text, nlp, settings).tables


@pytest.mark.parametrize(
    "text, columns, cells",
    [
        pytest.param(
            "Year Quantity Increment 2014 120 2015 135 15 2016 150 15\n",
            ("Quantity", "Increment"),
            [("2014", "Quantity", "120"), ("2015", "Quantity", "135"), ("2015", "Increment", "15"),
             ("2016", "Quantity", "150"), ("2016", "Increment", "15")],
            id="year-keyed",
        ),
        pytest.param(
            "Year Quantity Increment Year Quantity Increment 2010 7 2014 19 4 2011 9 2 2015 22 3\n",
            ("Quantity", "Increment"),
            [("2010", "Quantity", "7"), ("2014", "Quantity", "19"), ("2014", "Increment", "4"),
             ("2011", "Quantity", "9"), ("2011", "Increment", "2"), ("2015", "Quantity", "22"), ("2015", "Increment", "3")],
            id="side-by-side-halves",
        ),
        pytest.param(
            "Years Number of Trainees 2005 640 2010 1520 2015 2475\n",
            ("Number of Trainees",),
            [("2005", "Number of Trainees", "640"), ("2010", "Number of Trainees", "1520"), ("2015", "Number of Trainees", "2475")],
            id="one-column-header-of-words",
        ),
        pytest.param(
            "Region\tSchools\tStudents\tPass rate\nNorth coast\t12\t3400\t81.5%\nSouth valley\t9\t2100\t77%\n\n",
            ("Schools", "Students", "Pass rate"),
            [("North coast", "Schools", "12"), ("North coast", "Students", "3400"), ("North coast", "Pass rate", "81.5%"),
             ("South valley", "Schools", "9"), ("South valley", "Students", "2100"), ("South valley", "Pass rate", "77%")],
            id="tab-separated",
        ),
        pytest.param(
            "\tTown\tVillage\n\tMen\tWomen\tMen\tWomen\nWelders\t40\t12\t31\t9\nCooks\t18\t27\t11\t16\n\n",
            ("Town, Men", "Town, Women", "Village, Men", "Village, Women"),
            [("Welders", "Town, Men", "40"), ("Welders", "Town, Women", "12"), ("Welders", "Village, Men", "31"),
             ("Welders", "Village, Women", "9"), ("Cooks", "Town, Men", "18"), ("Cooks", "Town, Women", "27"),
             ("Cooks", "Village, Men", "11"), ("Cooks", "Village, Women", "16")],
            id="stacked-header-rows",
        ),
    ],
)
def test_flattened_tables_are_rebuilt(nlp, settings, text, columns, cells):
    (table,) = _tables(nlp, settings, text)
    assert table.columns == columns
    assert [(c.row_label, table.header(c), text[c.number.start : c.number.end]) for c in table.cells] == cells


def test_prose_with_years_is_no_table(nlp, settings):
    assert _tables(nlp, settings, "In 2014 there were 120 centres and in 2015 there were 135.") == []


@pytest.mark.parametrize(
    "text, years",
    [
        pytest.param(
            "Year\tTrainees\tCentres\n2018\t640\t12\n2019\t810\t15\n\n",
            {"640": 2018, "12": 2018, "810": 2019, "15": 2019},
            id="tab-separated-years-down-the-side",
        ),
        pytest.param(
            "Province\t2018\t2019\nCoast\t640\t810\nHighlands\t300\t350\n\n",
            {"640": 2018, "810": 2019, "300": 2018, "350": 2019},
            id="tab-separated-years-across-the-top",
        ),
        pytest.param(
            "Year Quantity Increment 2014 120 2015 135 15\n",
            {"120": 2014, "135": 2015, "15": 2015},
            id="year-keyed-run",
        ),
    ],
)
def test_cells_take_the_year_of_their_row_or_column(nlp, settings, text, years):
    (table,) = _tables(nlp, settings, text)
    assert {text[c.number.start : c.number.end]: c.year.attrs["value"] for c in table.cells} == years
