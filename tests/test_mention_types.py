"""The registry of mention types is the one list: everything that names the types agrees with it."""

import typing
from importlib.resources import files

import pytest

from vocextract import mention_types
from vocextract.extract import EXTRACTORS
from vocextract.schemas import TABLES


def test_every_type_has_an_extractor_and_no_extractor_is_unlisted():
    assert tuple(EXTRACTORS) == mention_types.NAMES


@pytest.mark.parametrize("kind", mention_types.REGISTRY, ids=lambda k: k.name)
def test_every_type_has_its_table_and_its_colour(kind):
    assert kind.table in TABLES
    assert f".t-{kind.name}" in files("vocextract.templates").joinpath("report.css").read_text(encoding="utf-8")


def test_the_flow_form_offers_exactly_the_registered_types():
    assert typing.get_args(mention_types.Name) == mention_types.NAMES
