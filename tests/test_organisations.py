"""One node per real organisation: merges that must happen, merges that must not, kinds, codes."""

from __future__ import annotations

import pytest

from pchgraph.lookup import node_for
from pchgraph.names import org_key
from pchgraph.resolve.codes import ccg_code, council_code, practice_code, trust_code
from pchgraph.resolve.organisations import kind_of

MUST_MERGE = [
    ("Kent Community Hospital Foundation Trust", "Kent Community Health NHS Foundation Trust"),
    ("Cornwall Partnership Foundation NHS Trust", "Cornwall Partnership NHS Foundation Trust"),
    ("Cornwall Partnership Foundation Trust", "Cornwall Partnership NHS Foundation Trust"),
    ("Sussex Community Foundation NHS Trust", "Sussex Community NHS Foundation Trust"),
    ("Sussex Partnership Foundation NHS Trust", "Sussex Partnership NHS Foundation Trust"),
    ("Kent and Medway Partnership Trust", "Kent and Medway NHS and Social Care Partnership Trust"),
    ("East Kent Hospitals University Foundation Trust", "East Kent Hospitals University NHS Foundation Trust"),
    ("South East Coast Ambulance NHS Trust", "South East Coast Ambulance Service"),
    ("Royal Cornwall Hospitals Trust", "Royal Cornwall Hospitals NHS Trust"),
    ("Camden and Islington Foundation Trust", "Camden and Islington NHS Foundation Trust"),
    ("Central North West London", "Central and North West London NHS Foundation Trust"),
    ("Central North West London Healthcare NHS Foundation Trust", "Central and North West London NHS Foundation Trust"),
    ("University College Hospitals NHS Foundation Trust", "University College London Hospitals NHS Foundation Trust"),
    ("University College Hospital London", "University College London Hospitals NHS Foundation Trust"),
    ("Staffordshire and Stoke on Trent Partnership Trust", "Staffordshire and Stoke-on-Trent Partnership NHS Trust"),
    ("South Staffordshire and Shropshire Foundation Trust", "South Staffordshire and Shropshire Healthcare NHS Foundation Trust"),
    ("East London Foundation NHS Trust", "East London NHS Foundation Trust"),
    ("Devon Partnership Trust", "Devon Partnership NHS Trust"),
    ("Horsham and Mid-Sussex Clinical Commissioning Group", "Horsham and Mid Sussex Clinical Commissioning Group"),
    ("Wiltshire CCG", "Wiltshire Clinical Commissioning Group"),
    ("New Devon CCG", "New Devon Clinical Commissioning Group"),
    ("Kernow Health Community Interest Company", "Kernow Health Community Interest Company"),
    ("First Community Health and Care", "First Community Health and Care Community Interest Company"),
    ("County Durham Council", "Durham County Council"),
    ("Cornwall County Council", "Cornwall Council"),
    ("Telford and Wrekin Public Health", "Telford and Wrekin Council"),
    ("Horsham and Mid-Sussex Voluntary Action", "Horsham and Mid Sussex Voluntary Action"),
    ("NHS England Local Team", "NHS England"),
    ("Norfolk and Suffolk Foundation Trust", "Norfolk and Suffolk NHS Foundation Trust"),
]

MUST_NOT_MERGE = [
    ("Sussex Community NHS Foundation Trust", "Sussex Partnership NHS Foundation Trust"),
    ("Sussex Community NHS Foundation Trust", "Sussex Community Development Association"),
    ("Kent Community Health NHS Foundation Trust", "Kent County Council"),
    ("North Durham Clinical Commissioning Group", "Durham Dales, Easington and Sedgfield Clinical Commissioning Group"),
    ("Kent and Medway NHS and Social Care Partnership Trust", "Kent Community Health NHS Foundation Trust"),
    ("East Kent Hospitals University Foundation Trust", "Kent Community Health NHS Foundation Trust"),
    ("Medway Community Healthcare", "Medway Foundation Trust"),
    ("Medway Council", "Medway Foundation Trust"),
    ("Stay Well Healthcare", "Staywell"),
    ("Stay Well Partnership", "Stay Well Healthcare"),
    ("Public Health England", "Telford and Wrekin Public Health"),
    ("Cheshire East Council", "Cheshire West and Chester Council"),
    ("Wyre Borough Council", "Wyre Forest Clinical Commissioning Group"),
    ("Bassetlaw District Council", "Bassetlaw Clinical Commissioning Group"),
    ("Leeds Community Healthcare NHS Trust", "Leeds Teaching Hospitals NHS Trust"),
    ("Worcestershire Health and Care NHS Trust", "Worcestershire Acute Hospitals NHS Trust"),
]


def node_of_spelling(graph, spelling):
    found = {n for n, d in graph.nodes(data=True) if spelling in d.get("aliases", [])}
    assert len(found) == 1, (spelling, found)
    return found.pop()


@pytest.mark.parametrize("a, b", MUST_MERGE)
def test_spellings_of_one_organisation_are_one_node(graph, a, b):
    assert node_of_spelling(graph, a) == node_of_spelling(graph, b)


@pytest.mark.parametrize("a, b", MUST_NOT_MERGE)
def test_different_organisations_stay_apart(graph, a, b):
    assert node_of_spelling(graph, a) != node_of_spelling(graph, b)


def test_generic_names_are_kept_apart_by_area(graph):
    healthwatch = sorted(n for n, d in graph.nodes(data=True) if "Healthwatch" in d.get("aliases", []))
    assert len(healthwatch) == 3
    assert all("@" in n for n in healthwatch)
    assert graph.nodes["org:healthwatch@northamptonshire"]["name"] == "Healthwatch (Northamptonshire)"


def test_a_generic_name_with_its_council_in_brackets_is_that_council(graph):
    exeter = [u for u, v, k in graph.in_edges("site:integrated-care-exeter", data="mention") if k == "Public Health (Devon County Council)"]
    assert exeter == ["org:devon-county-council"]


KINDS = {
    "trust": [
        "Kent Community Health NHS Foundation Trust",
        "Royal Cornwall Hospitals Trust",
        "Kingston Hospital",
        "Hounslow and Richmond Community Healthcare",
        "Cambridgeshire Community Services",
        "Central North West London",
        "South East Coast Ambulance Service",
        "Northampton General Hospital",
        "Greater Manchester Mental Health Trust",
    ],
    "ccg": [
        "South Norfolk Clinical Commissioning Group",
        "New Devon CCG",
        "Wiltshire CCG",
        "Leicester City CCG",
        "NHS North Tyneside Clinical Commissioning Group",
    ],
    "council": [
        "Kent County Council",
        "Cornwall Council",
        "Norfolk social services",
        "Leicestershire Social Services",
        "Telford and Wrekin Public Health",
        "London Borough of Newham",
        "Reigate and Banstead Local Authority",
        "Hertfordshire Care Services",
        "Surrey County Council Adult Social Care",
        "East Grinstead Town Council",
    ],
    "charity": [
        "Healthwatch York",
        "St Catherine's Hospice",
        "Exeter CVS",
        "Cumbria Council for Voluntary Service",
        "Staffordshire Housing Association",
        "VAST",
        "Stay Well Partnership",
        "Citizens Advice Bureau",
        "Commonsides Community Development Trust",
        "Horsham and Mid Sussex Voluntary Action",
        "Pentreath",
        "MACC",
        "Support Staffordshire",
    ],
    "federation": [
        "Taurus GP Federation",
        "Richmond GP Alliance",
        "Kingston GP Chambers",
        "Kernow Health Community Interest Company",
        "Stay Well Healthcare",
        "Derwentside Health Care Ltd",
        "TyneHealth",
        "FedBucks",
        "Haverstock Healthcare",
    ],
    "nhs_body": [
        "NHS England",
        "Public Health England",
        "NHS 111",
        "Richmond Local Pharmacy Committee",
        "Local Dental Committee",
        "South West Academic Health Science Network",
        "Health Education England",
        "Southwark PCT",
        "South Staffordshire Local Medical Committee",
    ],
    "practice": [
        "Aelfgar Surgery",
        "Dolphins",
        "The Brow",
        "Watton Medical Practice",
        "Beacon Medical Practice",
        "Handsworth Wood Medical Centre",
        "Village Surgeries Group",
    ],
    "other": [
        "Eden Project",
        "St Austell Brewery",
        "West Sussex Fire and Rescue Service",
        "Ousedale School",
        "Circle",
        "NHS South Cheshire CCG Patient participation Federation",
        "Bishop of Cumbria",
    ],
}


@pytest.mark.parametrize("kind, names", KINDS.items())
def test_kinds(graph, kind, names):
    assert {name: graph.nodes[node_of_spelling(graph, name)]["kind"] for name in names} == {name: kind for name in names}


def test_kind_rules_say_when_they_guess():
    assert kind_of("Ageless Thanet") == ("other", True)
    assert kind_of("Staywell", "Age Concern Kingston") == ("charity", False)


def test_trust_codes():
    assert trust_code("Plymouth Hospitals NHS Trust").code == "RK9"
    assert trust_code("Royal Wolverhampton NHS Trust").code == "RL4"
    assert trust_code("Essex Partnership University NHS Foundation Trust").code == "R1L"
    assert trust_code("Bristol Community Health") is None


def test_ccg_and_council_codes():
    assert ccg_code("Kernow Clinical Commissioning Group").code == "11N"
    assert ccg_code("NHS Northern, Eastern and Western Devon CCG").code == "99P"
    assert council_code("Kent County Council").code == "E10000016"
    assert council_code("East Grinstead Town Council") is None


def test_practice_codes_in_the_graph(graph):
    codes = {graph.nodes[node_of_spelling(graph, name)].get("ods_code") for name in ("Dolphins",)}
    assert codes == {"H82044"}
    brow = graph.nodes[node_of_spelling(graph, "The Brow")]
    assert (brow["ods_code"], brow["postcode"]) == ("H82084", "RH15 8BW") or brow["ods_code"] == "H82084"
    assert brow["pcn_2022_name"] and brow["ccg_2022_code"]
    assert graph.nodes[node_of_spelling(graph, "Aelfgar Surgery")]["ods_code"] == "M83738"
    assert graph.nodes[node_of_spelling(graph, "Handsworth Wood Medical Centre")]["ods_code"] == "M85002"


def test_a_practice_is_left_uncoded_rather_than_guessed():
    camelford = practice_code("Camelford Medical Centre", (("NHS Kernow CCG",), ()))
    assert camelford is None


def test_practice_code_rate(graph):
    practices = [d for _, d in graph.nodes(data=True) if d["kind"] == "practice"]
    assert sum(1 for d in practices if d.get("ods_code")) / len(practices) >= 0.85


def test_normalisation_rules():
    assert org_key("The Tavistock & Portman NHS Foundation Trust") == org_key("Tavistock and Portman Foundation NHS Trust")
    assert org_key("Kettering General Hospital FT") == org_key("Kettering General Hospital NHS Foundation Trust")
    assert org_key("Bristol Clinical Commissioning Group (CCG)") == org_key("Bristol CCG")


def test_names_on_the_command_line(graph):
    assert node_for(graph, "kent community hospital foundation trust") == "org:kent-community-health-foundation-trust"


def test_a_bare_kind_abbreviation_on_two_pages_is_two_bodies_not_one(tmp_path):
    """'The ICB' of a page about Hill and 'the ICB' of a page about Dale are each page's own
    board: one node for both would make the two sites share a partner they do not share."""
    from pchgraph.graph import build_graph
    from pchgraph.readers import read_sources

    for name, place in (("hill.txt", "Hill"), ("dale.txt", "Dale")):
        (tmp_path / name).write_text(
            f"{place} Health Partnership\n\n{place} Health Partnership brings together six GP practices. "
            f"It works with the ICB and the LMC on its plans.\n",
            encoding="utf-8",
        )
    graph = build_graph(read_sources(tmp_path))
    boards = [node for node, data in graph.nodes(data=True) if data.get("name") in ("ICB", "LMC")]
    sites_of = {node: {site for _, site in graph.out_edges(node)} for node in boards}
    assert len(boards) == 4 and all(len(sites) == 1 for sites in sites_of.values()), sites_of


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Trinity House Charity", "charity"),
        ("Riverton Foodbank", "charity"),
        ("Charity Commission", "other"),
        ("Riverton GP Consortium", "federation"),
        ("Riverton Confederation", "other"),
    ],
)
def test_a_name_that_says_it_is_a_charity_or_a_consortium_of_practices(name, kind):
    assert kind_of(name)[0] == kind


@pytest.mark.parametrize(
    "name", ["Riverton Advice Centre", "Hill Bereavement", "Friends of Dale Park", "YMCA Riverton", "Stroke Association"]
)
def test_a_body_named_for_what_a_charity_does_is_a_charity(name):
    assert kind_of(name)[0] == "charity"


@pytest.mark.parametrize("name", ["Primary Care Riverton", "Riverton Primary Care Collaborative", "Riverton GP Services"])
def test_a_company_of_practices_named_for_primary_care_is_a_federation(name):
    assert kind_of(name)[0] == "federation"
