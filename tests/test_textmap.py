import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocextract.textmap import clean, is_rule, table_layout

LONG = "This sentence is long enough to be prose and it names the Northbridge Polytechnic"


@pytest.mark.parametrize(
    "text, joined",
    [
        pytest.param(LONG + "\n\nInstitute of Mining today.", True, id="blank-line-mid-sentence"),
        pytest.param(LONG + "\nInstitute of Mining today.", True, id="newline-mid-sentence"),
        pytest.param(LONG + ".\n\nA new paragraph starts.", False, id="after-full-stop"),
        pytest.param("## Short heading\n\nBody text starts here.", False, id="short-heading"),
        pytest.param(LONG + "\n\n2. Next section", False, id="next-line-numbered"),
        pytest.param(LONG + "\nInstitute\tTotal\tAge\n", False, id="next-line-a-table-row"),
    ],
)
def test_clean_joins_only_mid_sentence_breaks(text, joined):
    cleaned = clean(text)
    assert ("Polytechnic Institute" in cleaned.text) == joined


@pytest.mark.parametrize(
    "text, pair, joined",
    [
        pytest.param("The ministry has paid out the very first\ninstallment of the grant.\n", "first installment", True,
                     id="narrow-prose-before-a-lower-case-word"),
        pytest.param("Funds for vocational schools were given by the\nstate and paid out by the board of the Marlow\nPolytechnic Institute in March.\n",
                     "Marlow Polytechnic", True, id="narrow-prose-under-a-line-that-stopped-mid-sentence"),
        pytest.param("Pro Vice Chancellor, Northbridge University\nDirector, Northbridge University Dubai\nOutline of the talk\n",
                     "Dubai Outline", False, id="an-affiliation-block-is-no-prose"),
        pytest.param("commencements increased by 2.5%, to 324 400\ncompletions increased by 8.6%, to 184 200\n",
                     "400 completions", False, id="lines-ending-in-figures-stay-lines"),
        pytest.param("AMMAN — The Technical\nand Vocational Skills Commission met.\n", "Technical and", True,
                     id="a-short-line-before-a-lower-case-word"),
        pytest.param("“Approximately 50 to\n60 percent of them found jobs.\n", "to 60", True, id="a-line-ending-in-a-linking-word"),
        pytest.param("Key findings\n\nand more text follows.\n", "findings and", False, id="guard-a-blank-line-keeps-a-heading-apart"),
        pytest.param("Enrolment\tTotal\tof\n12\t14\t16\n", "of 12", False, id="guard-a-table-row-ending-in-a-small-word"),
    ],
)
def test_clean_joins_narrow_wrapped_prose(text, pair, joined):
    assert (pair in clean(text).text) == joined


def test_span_maps_back_across_a_joined_break():
    text = LONG + "\n\nInstitute of Mining today."
    cleaned = clean(text)
    a = cleaned.text.index("Northbridge")
    b = cleaned.text.index(" today")
    start, end = cleaned.span(a, b)
    assert text[start:end] == "Northbridge Polytechnic\n\nInstitute of Mining"


@pytest.mark.parametrize(
    "text, parted, value",
    [
        pytest.param("Parent company\nParentKestrel Holdings\n", "Parent Kestrel", "Kestrel", id="one-word-label"),
        pytest.param("Traded asMarlow Exchange: MRL\n", "Traded as Marlow", "Marlow", id="label-ending-in-a-small-word"),
        pytest.param("Operator(s)Tarnvik Rail\n", "Operator(s) Tarnvik", "Tarnvik", id="label-with-brackets"),
        pytest.param("Parents said the Parentage rule was old.\n", None, None, id="word-that-starts-with-a-label"),
        pytest.param("The ParentKestrel case\n", None, None, id="label-inside-a-line"),
    ],
)
def test_clean_parts_a_glued_infobox_label_from_its_value(text, parted, value):
    cleaned = clean(text)
    if parted is None:
        assert cleaned.text == text
        return
    assert parted in cleaned.text
    at = cleaned.text.index(value)
    assert cleaned.span(at, at + len(value)) == (text.index(value), text.index(value) + len(value))


@pytest.mark.parametrize(
    "text, cleaned_text",
    [
        pytest.param("Intake grew. T he number was 40.", "Intake grew. The number was 40.", id="split-capital-after-a-sentence"),
        pytest.param("S tudents came\n(W hen it rose)", "Students came\n(When it rose)", id="line-start-and-bracket"),
        pytest.param("A number rose. I think so.", "A number rose. I think so.", id="a-and-i-are-words"),
        pytest.param("Plan B is ready. Type C vehicles.", "Plan B is ready. Type C vehicles.", id="a-letter-inside-a-sentence"),
    ],
)
def test_clean_rejoins_a_capital_split_from_its_word(text, cleaned_text):
    cleaned = clean(text)
    assert cleaned.text == cleaned_text
    assert cleaned.span(0, len(cleaned.text)) == (0, len(text))


@given(st.lists(st.sampled_from(["a", "b", " ", ",", ".", "\n", "\r", "\t", "1", "Parent", "K", "T", ". "]), max_size=150).map("".join))
def test_every_kept_character_maps_to_itself(text):
    cleaned = clean(text)
    assert len(cleaned.origin) == len(cleaned.text)
    assert list(cleaned.origin) == sorted(cleaned.origin)
    for i, ch in enumerate(cleaned.text):
        original = text[cleaned.origin[i]]
        assert original == ch or ch == " "


@pytest.mark.parametrize(
    "text, laid_out",
    [
        pytest.param("| Region | 2021 |\n| North | 4.5 |\n", "  Region \t 2021  \n  North \t 4.5  \n", id="outer-pipes"),
        pytest.param("Name | Total\n--- | ---\nA | 7\n\nprose | here", "Name \t Total\n--- \t ---\nA \t 7\n\nprose | here", id="header-rule-rows"),
        pytest.param("| a | b \\| c |\n", "  a \t b \\| c  \n", id="escaped-pipe-kept"),
        pytest.param("Home | News | Contact\n", "Home | News | Contact\n", id="menu-line-untouched"),
        pytest.param("Region | Staff | Teachers |\nNorth | 14625 | 8390 |\nSouth | 11500 | 7891 |\nThe end | here\n",
                     "Region \t Staff \t Teachers  \nNorth \t 14625 \t 8390  \nSouth \t 11500 \t 7891  \nThe end | here\n",
                     id="three-rows-without-outer-pipes"),
        pytest.param("Home | News | Contact\nAbout | Jobs | Help\n", "Home | News | Contact\nAbout | Jobs | Help\n",
                     id="two-menu-lines-untouched"),
    ],
)
def test_table_layout_writes_markdown_rows_as_tab_rows_at_the_same_offsets(text, laid_out):
    out = table_layout(text)
    assert out == laid_out
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "line, rule",
    [("---|:---:|---", True), (" --- \t --- ", True), ("| --- | --- |\n", True), ("- item", False), ("2019 | 2020", False)],
)
def test_is_rule(line, rule):
    assert is_rule(line) is rule
