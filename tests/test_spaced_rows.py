"""Rows of a space-laid table whose thousands are spaced too (extract/spaced_rows.py)."""

import pytest

from vocextract.extract.spaced_rows import merged_numbers

TABLE = (
    "Field Entrants Students Completers\n"
    "Total 20 911 55 554 13 039\n"
    "Humanities 531 1 322 310\n"
    "Culture 454 1 347 273\n"
    "Sciences 90 441 159\n"
    "Transport 6 241 17 467 3 793\n"
)


def _cells(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in merged_numbers(text)]


def test_each_row_is_cut_into_the_table_s_columns():
    assert _cells(TABLE) == [
        "20 911", "55 554", "13 039", "531", "1 322", "310", "454", "1 347", "273",
        "90", "441", "159", "6 241", "17 467", "3 793",
    ]
    assert [v for _, _, v in merged_numbers(TABLE)][:3] == [20911.0, 55554.0, 13039.0]


def test_a_decimal_is_a_cell_of_its_own_between_spaced_thousands():
    text = "Field Total Share Completed\nTotal 57 579 75.3 43 332\nArts 1 998 88.7 1 773\nTrades 24 79.2 19\n"
    assert _cells(text) == ["57 579", "43 332", "1 998", "1 773", "24", "19"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Total 20 911 55 554\nOther 1 322 310\n", id="too-few-rows-for-a-table"),
        pytest.param("In 2019 there were 20 911 entrants.\nAnd 55 554 students.\nAnd 13 039 more.\n", id="prose-lines"),
    ],
)
def test_nothing_to_cut(text):
    assert merged_numbers(text) == []


def test_a_row_with_two_equally_likely_cuts_is_left_alone():
    text = "Total 1 234 5 678\nA 12 34\nB 56 78\nC 100 200 300\n"
    assert "100 200" not in _cells(text) and "200 300" not in _cells(text)


def test_a_row_cut_many_ways_takes_the_cut_nearest_its_columns_and_no_number_starts_with_zero():
    text = (
        "Field New Women Students Women\n"
        "Total 40 006 21 884 121 449 52 617\n"
        "Humanities 612 598 2 117 1 604\n"
        "Crafts 3 257 2 118 8 904 5 973\n"
        "Other 312 64 877 198\n"
    )
    assert _cells(text)[:4] == ["40 006", "21 884", "121 449", "52 617"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sector 2005 2012 2019\nAll 312 804 340 112 365 020\nFarming 41 377 39 008 35 912\nMining 8 140 9 621 10 033\n",
            ["312 804", "340 112", "365 020", "41 377", "39 008", "35 912", "8 140", "9 621", "10 033"],
            id="header-years-count-the-columns-when-every-row-spaces-its-thousands",
        ),
        pytest.param(
            "Route FY2016 FY2017 FY2018\nNorth 120 455 131 902 140 318\nSouth 98 310 101 774 99 050\nEast 77 601 80 419 82 006\n",
            ["120 455", "131 902", "140 318", "98 310", "101 774", "99 050", "77 601", "80 419", "82 006"],
            id="fiscal-year-headers",
        ),
        pytest.param(
            "Kind 2010 2015 2020\nTotal 14 020 . 15 388\nPart-time 2 911 3 004 .\nEvening . 1 207 1 316\n",
            ["14 020", "15 388", "2 911", "3 004", "1 207", "1 316"],
            id="a-dot-is-an-empty-cell",
        ),
        pytest.param(
            "Kind 2010 2015 2020\nTotal 4 310 2 050  406\nDay 3 100 1 020  390\nNight 1 210 1 030  16\n",
            ["4 310", "2 050", "406", "3 100", "1 020", "390", "1 210", "1 030", "16"],
            id="a-wide-gap-starts-a-cell",
        ),
    ],
)
def test_a_header_of_years_and_empty_cells_fix_the_columns(text, expected):
    assert _cells(text) == expected


def test_a_row_of_one_cell_per_tab_is_left_to_the_tab_reader():
    text = "Kind\t2010\t2015\nTotal\t14 020\t-\t15 388\nDay\t2 911\t-\t3 004\nNight\t1 207\t-\t1 316\n"
    assert merged_numbers(text) == []


def test_rows_of_as_many_groups_that_cannot_be_one_number_are_cells():
    text = "North 120 14\nSouth 35 140\nEast 12 160\nWest 75 3\n"
    assert _cells(text) == ["120", "14", "35", "140", "12", "160", "75", "3"]


def test_rows_labelled_by_their_year_are_cut_into_columns():
    text = "Year Day Evening Remote\n2001 41 207 386 12 600\n2002 43 118 3 091 12 940\n2003 44 602 3 377 905\n2004 310 208 902\n"
    assert _cells(text) == [
        "41 207", "386", "12 600", "43 118", "3 091", "12 940", "44 602", "3 377", "905", "310", "208", "902",
    ]
