"""Swahili text: numbers that follow their noun, with the scale word first, Swahili months,
the people of a country and organisations whose head comes first."""

from __future__ import annotations

import pytest

from vocextract.extract.numbers.swahili import value_of


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        pytest.param("tatu", 3, id="a-unit"),
        pytest.param("miwili", 2, id="a-unit-agreeing-with-its-noun"),
        pytest.param("kumi na sita", 16, id="ten-and-a-unit"),
        pytest.param("mia tatu", 300, id="the-scale-before-its-multiplier"),
        pytest.param("elfu mbili mia tatu", 2300, id="thousands-then-hundreds"),
        pytest.param("bilioni 28.3", 28.3e9, id="a-scale-before-digits"),
        pytest.param("laki 8", 800000, id="laki-is-a-hundred-thousand"),
    ],
)
def test_value_of(phrase, value):
    assert value_of(phrase) == pytest.approx(value)


def _numbers(find, text):
    return [(span, a["value"], a["unit"]) for span, a in find(text, "NUMBER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Serikali ya Kestria imetenga shilingi bilioni 12.5 kwa vyuo vya ufundi katika nchi hiyo.",
                     [("shilingi bilioni 12.5", 12.5e9, "TZS")], id="shillings-and-a-scale-before-the-digits"),
        pytest.param("Kwa mujibu wa utafiti huo, asilimia 40 ya vijana wa Kestria hawana ajira kwa sasa.",
                     [("asilimia 40", 40, "percent")], id="asilimia-is-per-cent"),
        pytest.param("Mradi huo utatekelezwa katika muda wa miaka mitatu ijayo na kwa vyuo kumi na sita.",
                     [("mitatu", 3, "duration"), ("kumi na sita", 16, "count")], id="years-before-a-word-and-a-compound"),
        pytest.param("Ni kazi ya Serikali ya Awamu ya Sita na pia ni kazi ya moja kwa moja kwa vijana hao.", [],
                     id="an-ordinal-and-an-idiom-after-a-connector"),
        pytest.param("Mkurugenzi alisema hayo leo Machi 3, 2025 katika ofisi za mamlaka hiyo na wageni wengi.", [],
                     id="a-day-after-a-swahili-month"),
    ],
)
def test_numbers(find, text, expected):
    assert _numbers(find, text) == expected


def test_the_people_of_a_country(find):
    text = "Rais alisema serikali imetia saini mikataba ya kazi ili kupanua fursa kwa Wakenya katika nchi hizo."
    assert [(span, a["iso3"]) for span, a in find(text, "COUNTRY")] == [("Wakenya", "KEN")]


def test_an_organisation_s_head_first(find):
    text = "Mradi huo unafadhiliwa na Benki ya Qorvel kwa kushirikiana na Mamlaka ya Elimu na Mafunzo ya Tembo katika nchi hiyo."
    assert [span for span, _ in find(text, "ORG")] == ["Benki ya Qorvel", "Mamlaka ya Elimu na Mafunzo ya Tembo"]
