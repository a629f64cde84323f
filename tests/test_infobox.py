"""Infobox fields copied as text, and the organisation names they give."""

from __future__ import annotations

import pytest

from vocextract.extract.infobox import fields, kind_values, organisation_names

COMPANY_PAGE = (
    "Kestrel Works\n"
    "Kestrel Werke Aktiengesellschaft\n"
    "Private company\n"
    "Industry Automotive\n"
    "Key people\n"
    "Jana Novak (Chair)\n"
    "Parent Marlow Group\n"
    "Subsidiaries Kestrel Tooling GmbH\n"
    "Kestrel Parts Ltd.\n"
    "Website kestrel.example\n"
    "Kestrel Works is a maker of tractors.\n"
)


def _names(text):
    return [(text[n.start : n.end], n.company) for n in organisation_names(text, fields(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            COMPANY_PAGE,
            [("Kestrel Works", True), ("Kestrel Werke Aktiengesellschaft", True), ("Marlow Group", False),
             ("Kestrel Tooling GmbH", False), ("Kestrel Parts Ltd.", False)],
            id="company-page-title-other-name-and-fields",
        ),
        pytest.param(
            "Tarnvik (airline)\n\nFounded\t1985\nHubs\tTarnvik Airport\nHeadquarters\tTarnvik\nWebsite\tx.example\n",
            [("Tarnvik", False)],
            id="title-without-its-disambiguation",
        ),
        pytest.param(
            "Marlow Rail Line\nOwner\tMarlow Rail Authority\nOperator(s)\tTarnvik Transport S.A.\nTechnical\nLine length\t40 km\n",
            [("Marlow Rail Authority", False), ("Tarnvik Transport S.A.", False)],
            id="a-railway-is-no-organisation-its-operator-is",
        ),
        pytest.param(
            "Traded as\tMarlow Exchange: KST A, Marlow Exchange: KST B\nIndustry\tShipping\nKey people\tA. Berg\n",
            [("Marlow Exchange", False), ("Marlow Exchange", False)],
            id="exchange-not-its-ticker",
        ),
        pytest.param(
            "Cofinanciers:\nNordic Lending Fund\nBoard Approval Date\n03/23/2006\n",
            [("Nordic Lending Fund", False)],
            id="line-over-a-figure-is-a-label",
        ),
        pytest.param(
            "Academic affiliations\nKLU,[4] NTSA,[5] Tarnvik Network[6]\nMascot\tWhite fox\n",
            [("KLU", False), ("NTSA", False), ("Tarnvik Network", False)],
            id="listed-affiliations-without-footnote-marks",
        ),
        pytest.param(
            "Subsidiaries\tKestrel Foods (50%)\nOwners\tBerg family\n",
            [("Kestrel Foods", False)],
            id="bracketed-share-dropped-and-family-is-no-name",
        ),
        pytest.param(
            "Industry experts say the Parent company of the works will close it, according to a report on Monday.\n",
            [],
            id="prose-line-is-no-field",
        ),
        pytest.param(
            "| Type | Regional bank |\n| Parent organization | Marlow Treasury |\n| Headquarters | Tarnvik |\n",
            [("Marlow Treasury", False)],
            id="fields-in-a-table",
        ),
        pytest.param(
            "Kestrel Group\nIndustryFoods\nSubsidiariesFarming & milling\n\nKestrel Mills\nVarden Grain Company\n\n"
            "Export & trading\n\nKestrel International\nWebsitewww.example.org\n",
            [("Kestrel Mills", False), ("Varden Grain Company", False), ("Kestrel International", False)],
            id="a-list-grouped-under-lower-case-group-headings",
        ),
        pytest.param(
            "Subsidiaries\nKestrel Mills\n\nHistory\nThe group was founded by two brothers who milled grain in the valley.\n",
            [("Kestrel Mills", False)],
            id="a-section-heading-after-the-list-is-no-item",
        ),
        pytest.param(
            "Northbridge Polytechnic Institute | |\n---|---|\n| Type | Public |\n| Established | 1950 |\n| Students | 4,000 |\n| Staff | 300 |\n",
            [("Northbridge Polytechnic Institute", False)],
            id="a-title-written-as-a-table-s-first-row",
        ),
    ],
)
def test_organisation_names(text, expected):
    assert sorted(_names(text)) == sorted(expected)


def test_fields_know_their_roles_and_glued_values():
    text = "ParentMarlow Group\nFounded15 May 1990\nKey people\nCompany type\tPublic\n"
    found = {f.label: (sorted(f.roles), [text[a:b] for a, b in f.values]) for f in fields(text)}
    assert found == {
        "Parent": (["names"], ["Marlow Group"]), "Founded": ([], ["15 May 1990"]), "Key people": (["subject"], []),
        "Company type": (["kind", "subject"], ["Public"]),
    }


def test_kind_values_are_the_categories_a_box_gives():
    text = "Type\tRegional development bank\nLegal status\tTreaty\nParent\tMarlow Group\n"
    assert [text[a:b] for a, b in kind_values(fields(text))] == ["Regional development bank", "Treaty"]
