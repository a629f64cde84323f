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
        pytest.param(
            "Region\tTraining\nNew\tStudents\tCompleters\nNorth\t10\t25\t4\nSouth\t6\t15\t2\n\n",
            ("Training, New", "Training, Students", "Training, Completers"),
            [("North", "Training, New", "10"), ("North", "Training, Students", "25"), ("North", "Training, Completers", "4"),
             ("South", "Training, New", "6"), ("South", "Training, Students", "15"), ("South", "Training, Completers", "2")],
            id="a-header-line-with-no-cell-over-the-labels",
        ),
        pytest.param(
            "| Region | Schools | Students |\n|---|---|---|\n| Coast | 12 | 3400 |\n| Valley | 9 | 2100 |\n\n",
            ("Schools", "Students"),
            [("Coast", "Schools", "12"), ("Coast", "Students", "3400"), ("Valley", "Schools", "9"), ("Valley", "Students", "2100")],
            id="markdown-header-over-its-rule",
        ),
        pytest.param(
            "| Pupils by school [in hundreds] | | |\n|---|---|---|\n| School | Boys | Girls |\n| Harbour | 12 | 14 |\n| Hill | 9 | 8 |\n\n",
            ("Boys", "Girls"),
            [("Harbour", "Boys", "12"), ("Harbour", "Girls", "14"), ("Hill", "Boys", "9"), ("Hill", "Girls", "8")],
            id="a-one-cell-title-row-is-no-header",
        ),
        pytest.param(
            "Region\tShare finishing within five years\tPupils\nNorth\t71.2\t3400\nSouth\t68.0\t2100\n\n",
            ("Share finishing within five years", "Pupils"),
            [("North", "Share finishing within five years", "71.2"), ("North", "Pupils", "3400"),
             ("South", "Share finishing within five years", "68.0"), ("South", "Pupils", "2100")],
            id="a-number-inside-a-header-phrase-is-no-cell",
        ),
        pytest.param(
            "2010 | 2020 | Change | | |\n---|---|---|---|---|\nMen | Women | Men | Women | Men | |\n"
            "Welding | 40 | 2 | 55 | 6 | 15\nBaking | 10 | 30 | 12 | 41 | 3\n\n",
            ("2010, Men", "2010, Women", "2020, Men", "2020, Women", "Change, Men"),
            [("Welding", "2010, Men", "40"), ("Welding", "2010, Women", "2"), ("Welding", "2020, Men", "55"),
             ("Welding", "2020, Women", "6"), ("Welding", "Change, Men", "15"), ("Baking", "2010, Men", "10"),
             ("Baking", "2010, Women", "30"), ("Baking", "2020, Men", "12"), ("Baking", "2020, Women", "41"),
             ("Baking", "Change, Men", "3")],
            id="uneven-groups-over-a-repeating-header-row",
        ),
        pytest.param(
            "Trade Total Completed Percentage completed\nWelding and metal trades 812 604 74.4\n"
            "Bakery and food trades 341 270 79.2\nCare and health trades 96 71 74.0\n",
            ("Total", "Completed", "Percentage completed"),
            [("Welding and metal trades", "Total", "812"), ("Welding and metal trades", "Completed", "604"),
             ("Welding and metal trades", "Percentage completed", "74.4"), ("Bakery and food trades", "Total", "341"),
             ("Bakery and food trades", "Completed", "270"), ("Bakery and food trades", "Percentage completed", "79.2"),
             ("Care and health trades", "Total", "96"), ("Care and health trades", "Completed", "71"),
             ("Care and health trades", "Percentage completed", "74.0")],
            id="space-aligned-under-capitalised-column-names",
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
            "Province | 2018 | 2019\n--- | --- | ---\nCoast | 640 | 810\nHighlands | 300 | 350\n\n",
            {"640": 2018, "810": 2019, "300": 2018, "350": 2019},
            id="markdown-years-across-the-top",
        ),
        pytest.param(
            "2010 | 2020 | Change | | |\n---|---|---|---|---|\nMen | Women | Men | Women | Men | |\n"
            "Welding | 40 | 2 | 55 | 6 | 15\nBaking | 10 | 30 | 12 | 41 | 3\n\n",
            {"40": 2010, "2": 2010, "55": 2020, "6": 2020, "15": 2020, "10": 2010, "30": 2010, "12": 2020, "41": 2020, "3": 2020},
            id="group-years-over-a-repeating-header-row-and-a-change-for-the-latest",
        ),
        pytest.param(
            "\t2018\t\t2017\t\nTrade\tPupils\tCost\tPupils\tCost\nWelding\t410\t9,100\t380\t8,700\nBaking\t120\t2,300\t131\t2,450\n\n",
            {"410": 2018, "9,100": 2018, "380": 2017, "8,700": 2017, "120": 2018, "2,300": 2018, "131": 2017, "2,450": 2017},
            id="a-year-over-its-merged-cells",
        ),
        pytest.param(
            "Year Quantity Increment 2014 120 2015 135 15\n",
            {"120": 2014, "135": 2015, "15": 2015},
            id="year-keyed-run",
        ),
        pytest.param(
            "Trade 2008 2013 2018\nWelding 412 . 530\nPlumbing 96 120 141\nCarpentry 230 251 .\nMasonry . 77 80\n",
            {"412": 2008, "530": 2018, "96": 2008, "120": 2013, "141": 2018, "230": 2008, "251": 2013, "77": 2013, "80": 2018},
            id="space-aligned-years-across-the-top-with-empty-cells",
        ),
    ],
)
def test_cells_take_the_year_of_their_row_or_column(nlp, settings, text, years):
    (table,) = _tables(nlp, settings, text)
    assert {text[c.number.start : c.number.end]: c.year.fields.value for c in table.cells} == years


def test_a_space_aligned_table_s_change_column_holds_for_the_latest_year(nlp, settings):
    text = (
        "Spending by item FY2016 FY2017 Change\nStaff $41,200 $44,900 9.0%\nRent $3,100 $3,050 -1.6%\n"
        "Travel $900 $1,020 13.3%\nTraining $2,400 $2,880 20.0%\n"
    )
    (table,) = _tables(nlp, settings, text)
    years = {text[c.number.start : c.number.end]: c.year and c.year.fields.value for c in table.cells}
    assert years == {"$41,200": 2016, "$44,900": 2017, "9.0%": 2017, "$3,100": 2016, "$3,050": 2017, "-1.6%": 2017,
                     "$900": 2016, "$1,020": 2017, "13.3%": 2017, "$2,400": 2016, "$2,880": 2017, "20.0%": 2017}


def test_a_space_aligned_table_under_stacked_header_words(nlp, settings):
    text = (
        "Trainees by site and sex, 2021\n\n"
        "Urban Rural\n"
        "Men Women Men Women\n"
        "Welding 120 14 88 6\n"
        "Cooking 35 140 22 97\n"
        "Tailoring 12 160 9 131\n"
        "Masonry 75 3 61 2\n"
    )
    (table,) = _tables(nlp, settings, text)
    assert table.columns == ("Urban, Men", "Urban, Women", "Rural, Men", "Rural, Women")
    assert [(c.row_label, table.header(c)) for c in table.cells][5:7] == [("Cooking", "Urban, Women"), ("Cooking", "Rural, Men")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sites 2019 2020 by sex\nWelding 120 14 88 6\nCooking 35 140 22 97\nTailoring 12 160 9 131\n"
                     "Masonry 75 3 61 2\n", id="header-not-understood-with-years-in-it"),
        pytest.param("Sites 2019 2020\nWelding 120 14 88 6\nCooking 35 140 22 97\nTailoring 12 160 9 131\nMasonry 75 3 61 2\n",
                     id="too-few-years-for-the-columns"),
    ],
)
def test_space_aligned_rows_under_a_header_not_understood_are_no_table(nlp, settings, text):
    assert _tables(nlp, settings, text) == []


def test_capitalised_column_names_name_a_space_aligned_block_s_columns_the_first_one_its_labels(nlp, settings):
    text = "Trainees by site, 2021\n\nSite New trainees, men New trainees, women\nNorth 120 14\nSouth 35 140\nEast 12 160\nWest 75 3\n"
    (table,) = _tables(nlp, settings, text)
    assert table.columns == ("New trainees, men", "New trainees, women")


def test_a_space_aligned_block_under_a_header_not_understood_is_a_table_of_unnamed_columns(nlp, settings):
    text = "Trainees by site, 2021\n\nSites by new trainees of each sex\nNorth 120 14\nSouth 35 140\nEast 12 160\nWest 75 3\n"
    (table,) = _tables(nlp, settings, text)
    assert table.columns == ("", "")
    assert [(c.row_label, text[c.number.start : c.number.end]) for c in table.cells][:2] == [("North", "120"), ("North", "14")]


@pytest.mark.parametrize(
    "text, tables, groups",
    [
        pytest.param(
            "Trade\tMen\tWomen\nWelding\t40\t12\nCooks\t18\t27\n\nApprentices\nWelding\t9\t1\nCooks\t5\t8\n",
            1, ["Apprentices"],
            id="a-group-label-goes-on-with-the-same-rows",
        ),
        pytest.param(
            "Trade\tMen\tWomen\nWelding\t40\t12\nCooks\t18\t27\n\nPlumbers\t...\t...\nMasons\t7\t-\n",
            1, [],
            id="a-blank-line-before-rows-of-empty-cells",
        ),
        pytest.param(
            "Trade\tMen\tWomen\nWelding\t40\t12\nCooks\t18\t27\n\nRegion\tSchools\tPupils\nNorth\t9\t1\nSouth\t5\t8\n",
            2, [],
            id="a-header-row-after-a-blank-line-starts-a-new-table",
        ),
    ],
)
def test_a_table_goes_on_across_blank_lines_and_group_labels(nlp, settings, text, tables, groups):
    found = _tables(nlp, settings, text)
    assert len(found) == tables
    assert [text[a:b] for a, b in found[0].groups] == groups

