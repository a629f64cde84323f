"""Case and agreement endings of country words in German, Russian, Polish, Italian, Czech and
Slovak, Hungarian, Romanian, Finnish and Turkish."""

from __future__ import annotations

import pytest

from vocextract.extract.inflection import (
    finnish_adjective, finnish_name, german_adjective, german_genitive, hungarian_adjective, hungarian_name, italian_adjective, polish_adjective, polish_name,
    romanian_adjective, romanian_name, russian_adjective, russian_name, turkish_people, west_slavic_adjective, west_slavic_name,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Россия", {"России", "Россию", "Россией"}, id="feminine-in-iya"),
        pytest.param("Польша", {"Польши", "Польше", "Польшу", "Польшей"}, id="feminine-after-a-hushing-consonant"),
        pytest.param("Куба", {"Кубы", "Кубе", "Кубу", "Кубой"}, id="feminine-in-a"),
        pytest.param("Казахстан", {"Казахстана", "Казахстану", "Казахстаном", "Казахстане"}, id="masculine-in-a-consonant"),
        pytest.param("Китай", {"Китая", "Китаю", "Китаем", "Китае"}, id="masculine-in-short-i"),
        pytest.param("Нидерланды", {"Нидерландов", "Нидерландам", "Нидерландах"}, id="plural"),
        pytest.param("Южная Корея", {"Южной Кореи", "Южную Корею", "Южной Корее"}, id="adjective-agrees-with-its-noun"),
        pytest.param("Республика Казахстан", {"Республики Казахстан", "Республике Казахстан"}, id="words-after-the-head-stay"),
        pytest.param("Соединённые Штаты Америки", {"Соединенных Штатов Америки", "Соединённым Штатам Америки"},
                     id="plural-adjective-and-yo-written-ye"),
    ],
)
def test_russian_name(name, expected):
    forms = russian_name(name)
    assert name in forms and expected <= set(forms)


@pytest.mark.parametrize("name", ["Перу", "Чили", "Конго", "США"], ids=["in-u", "in-i", "in-o", "abbreviation"])
def test_russian_name_that_does_not_decline(name):
    assert russian_name(name) == [name]


def test_russian_adjective():
    forms = set(russian_adjective("китайск"))
    assert {"китайский", "китайской", "китайских", "китайским", "Китайского"} <= forms
    assert not any("кы" in f for f in forms)


def test_german_adjective():
    assert german_adjective("serbisch") == [
        "serbisch", "serbische", "serbischen", "serbischer", "serbisches", "serbischem",
        "Serbische", "Serbischen", "Serbischer", "Serbisches", "Serbischem",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Serbien", ["Serbiens"]), ("Portugal", ["Portugals"]), ("Schweiz", []), ("Vereinigte Staaten", [])],
    ids=["neuter", "same-as-english", "ends-in-a-hissing-sound", "several-words"],
)
def test_german_genitive(name, expected):
    assert german_genitive(name) == expected


@pytest.mark.parametrize(
    ("masculine", "expected"),
    [
        ("cinese", ["cinese", "cinesi"]),
        ("tedesco", ["tedesca", "tedesche", "tedeschi", "tedesci", "tedesco", "tedesce"]),
        ("belga", ["belga", "belge", "belghe", "belghi", "belgi"]),
    ],
    ids=["in-e", "in-o-after-a-hard-c", "in-a-after-a-hard-g"],
)
def test_italian_adjective(masculine, expected):
    assert italian_adjective(masculine) == sorted(expected)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Kenia", {"Kenii", "Kenię", "Kenią"}, id="feminine-in-ia"),
        pytest.param("Francja", {"Francji", "Francję", "Francją"}, id="feminine-in-ja"),
        pytest.param("Polska", {"Polski", "Polsce", "Polskę", "Polską"}, id="feminine-in-ka"),
        pytest.param("Kanada", {"Kanady", "Kanadzie", "Kanadę"}, id="feminine-in-da"),
        pytest.param("Gwatemala", {"Gwatemali", "Gwatemalę"}, id="feminine-in-la"),
        pytest.param("Egipt", {"Egiptu", "Egiptowi", "Egiptem", "Egipcie"}, id="masculine-in-t"),
        pytest.param("Irak", {"Iraku", "Irakiem"}, id="masculine-in-k"),
        pytest.param("Chiny", {"Chin", "Chinom", "Chinami", "Chinach"}, id="plural"),
        pytest.param("Korea Południowa", {"Korei Południowej", "Koreę Południową"}, id="adjective-after-its-noun"),
        pytest.param("Nowa Zelandia", {"Nowej Zelandii", "Nową Zelandią"}, id="adjective-before-its-noun"),
        pytest.param("Republika Korei", {"Republice Korei", "Republiki Korei"}, id="words-after-the-head-stay"),
    ],
)
def test_polish_name(name, expected):
    forms = polish_name(name)
    assert name in forms and expected <= set(forms)


@pytest.mark.parametrize("name", ["Chile", "Peru", "Mali"], ids=["in-e", "in-u", "in-i"])
def test_polish_name_that_does_not_decline(name):
    assert polish_name(name) == [name]


def test_polish_adjective():
    forms = set(polish_adjective("niemiecki"))
    assert {"niemieckiego", "niemieckiej", "niemiecką", "niemieccy", "Niemiecki", "niemieckimi"} <= forms


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Německo", {"Německa", "Německu", "Německem", "Německom"}, id="neuter-in-o"),
        pytest.param("Keňa", {"Keni", "Kene", "Keňu", "Keňou", "Keňy"}, id="a-soft-consonant-loses-its-mark-before-e-and-i"),
        pytest.param("Amerika", {"Americe", "Ameriky", "Ameriku"}, id="a-hard-consonant-softens-before-e"),
        pytest.param("Francie", {"Francii", "Francií"}, id="feminine-in-ie"),
        pytest.param("Irák", {"Iráku", "Irákem", "Irákom"}, id="masculine-in-a-consonant"),
        pytest.param("Jižní Korea", set(), id="several-words-keep-their-nominative"),
    ],
)
def test_west_slavic_name(name, expected):
    forms = west_slavic_name(name)
    assert name in forms and expected <= set(forms)


def test_west_slavic_adjective():
    assert {"německý", "německé", "německého", "nemeckých", "Německá"} <= set(west_slavic_adjective("německ")) | set(
        west_slavic_adjective("nemeck")
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Kína", {"Kínában", "Kínába", "Kínából", "Kínával", "Kínának", "kínai"}, id="a-final-a-lengthens"),
        pytest.param("Magyarország", {"Magyarországon", "Magyarországra", "Magyarországgal", "magyarországi"},
                     id="a-final-consonant-doubles-before-val"),
        pytest.param("Dél-Korea", {"Dél-Koreában", "dél-koreai"}, id="a-hyphened-name"),
    ],
)
def test_hungarian_name(name, expected):
    forms = hungarian_name(name)
    assert name in forms and expected <= set(forms)


def test_hungarian_adjective():
    assert {"német", "németek", "németül", "Német"} <= set(hungarian_adjective("német"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Germania", {"Germaniei"}, id="feminine-in-a"),
        pytest.param("Egipt", {"Egiptului"}, id="masculine-in-a-consonant"),
        pytest.param("Republica Moldova", {"Republicii Moldova"}, id="republic-of-declines-its-head"),
    ],
)
def test_romanian_name(name, expected):
    forms = romanian_name(name)
    assert name in forms and expected <= set(forms)


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        pytest.param("german", {"germană", "germane", "germani", "germanilor"}, id="plain-adjective"),
        pytest.param("chinezesc", {"chinezească", "chinezești"}, id="adjective-in-esc"),
    ],
)
def test_romanian_adjective(stem, expected):
    assert expected <= set(romanian_adjective(stem))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Kiina", {"Kiinan", "Kiinassa", "Kiinaan", "Kiinasta"}, id="back-vowels"),
        pytest.param("Venäjä", {"Venäjän", "Venäjällä", "Venäjälle", "Venäjältä"}, id="front-vowels"),
        pytest.param("Suomi", {"Suomen", "Suomessa", "Suomeen", "Suomelle"}, id="an-e-stem-in-i"),
        pytest.param("Ruotsi", {"Ruotsin", "Ruotsissa", "Ruotsiin"}, id="an-i-stem"),
        pytest.param("Nepal", {"Nepalin", "Nepalissa", "Nepaliin"}, id="a-consonant-takes-an-i"),
    ],
)
def test_finnish_name(name, expected):
    assert expected <= set(finnish_name(name))


def test_finnish_adjective():
    assert {"suomalainen", "suomalaisen", "suomalaista", "suomalaiset", "suomalaisia"} <= set(finnish_adjective("suomalai"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Suriye", {"Suriyeli", "Suriyeliler"}, id="front-vowel"),
        pytest.param("Kazakistan", {"Kazakistanlı", "Kazakistanlılar"}, id="back-vowel"),
        pytest.param("Somali", {"Somalili"}, id="a-name-in-i"),
    ],
)
def test_turkish_people(name, expected):
    assert expected <= set(turkish_people(name))
