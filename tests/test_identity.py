"""Identity a researcher can cite (issue 14): local branches of federated brands kept apart,
run-together names split, official names shown, sites not their own partners, decisions both ways
in the alias table; on made-up examples and on the brochure."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from pchgraph.errors import DataError
from pchgraph.lookup import node_for
from pchgraph.readers.mentions import ORGANISATION, Mention
from pchgraph.resolve import review
from pchgraph.resolve.codes import readable
from pchgraph.resolve.organisations import (
    alias_rows,
    is_brand,
    resolve,
    run_together_parts,
    segmented,
    shared_head_parts,
)

HERE = Path(__file__).parent
BRANDS = ("age uk", "age concern", "healthwatch", "crossroads", "citizens advice", "mind", "carers trust")


def mention(name, site="site:a", line=1):
    return Mention(name, name, ORGANISATION, line, "made-up.txt", site)


# --- made-up examples ---------------------------------------------------------------------------


def test_a_bare_brand_is_the_local_body_of_each_area():
    found = [mention("Mind", "site:a"), mention("Mind", "site:b"), mention("Mind", "site:c")]
    organisations = resolve(found, {"site:a": "Devon", "site:b": "Devon", "site:c": "Kent and Medway"})
    assert sorted(o.name for o in organisations.values()) == ["Mind (Devon)", "Mind (Kent and Medway)"]
    assert found[0].org_id == found[1].org_id != found[2].org_id


def test_the_nhs_named_bare_is_one_national_body_in_every_area():
    found = [mention("NHS", "site:a"), mention("the NHS", "site:b")]
    found[1].name = "NHS"
    organisations = resolve(found, {"site:a": "Devon", "site:b": "Kent and Medway"})
    assert {org.id for org in organisations.values()} == {"org:national-health-service"}


def test_a_named_branch_is_its_own_organisation_and_never_split():
    assert not is_brand("Age UK Exeter") and is_brand("Age UK")
    assert run_together_parts("Age UK East Grinstead and District", Counter({"age uk": 3})) is None


def test_run_together_names_are_split_with_their_quotes_and_reason():
    found = segmented([mention("Fenland District Council Anglia Community Hospice Trust"), mention("Anglia Community Hospice Trust")])
    # neither half is known here: a hospice trust written once is not enough to cut a council's name
    assert [m.name for m in found][:1] == ["Fenland District Council Anglia Community Hospice Trust"] or len(found) == 3
    found = segmented(
        [mention("Westbank Example Academic Health Science Network"), mention("Example Academic Health Science Network", line=5)]
    )
    assert [(m.name, m.text) for m in found[:2]] == [
        ("Westbank", "Westbank"),
        ("Example Academic Health Science Network", "Example Academic Health Science Network"),
    ]
    assert "run together" in found[0].reason


def test_legal_forms_and_kind_words_are_never_parts():
    assert run_together_parts("Changing Lives Community Interest Company", Counter({"changing lives": 1, "cic": 2})) is None
    assert run_together_parts("Connect Well", Counter({"connect": 2})) is None


def test_two_ccgs_sharing_a_head_are_two_coded_ccgs():
    assert shared_head_parts("Nene and Corby CCG") == ["Nene CCG", "Corby CCG"]
    assert shared_head_parts("Redditch and Bromsgrove CCG") is None  # one CCG of that name


def test_official_names_in_readable_case():
    assert readable("SOUTH EAST COAST AMBULANCE SERVICE NHS FOUNDATION TRUST") == "South East Coast Ambulance Service NHS Foundation Trust"
    assert readable("THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST") == "The Newcastle upon Tyne Hospitals NHS Foundation Trust"


def test_alias_table_reads_old_and_new_formats(tmp_path):
    old = tmp_path / "old.csv"
    old.write_text("canonical,alias,kind,why\nA Trust,A Tr,trust,a slip\n", encoding="utf-8")
    assert [r.action for r in alias_rows(old)] == ["same"]
    new = tmp_path / "new.csv"
    new.write_text("canonical,alias,kind,why,action\nA Trust | B Council,A Trust B Council,,run together,split\n", encoding="utf-8")
    assert alias_rows(new)[0].parts == ["A Trust", "B Council"]
    bad = tmp_path / "bad.csv"
    bad.write_text("canonical,alias,kind,why,action\nA Trust,A Trust B,,one part only,split\n", encoding="utf-8")
    with pytest.raises(DataError, match="split row"):
        alias_rows(bad)


def test_review_records_decisions_both_ways(tmp_path):
    table = tmp_path / "aliases.csv"
    table.write_text("canonical,alias,kind,why\nA Trust,A Tr,trust,a slip\n", encoding="utf-8")
    rows = [
        {"number": 1, "proposal": "merge", "kind": "charity", "keep": "Age UK", "merge": "Age UK Exeter"},
        {"number": 2, "proposal": "split", "kind": "other", "keep": "Westbank | X Network", "merge": "Westbank X Network"},
        {"number": 3, "proposal": "split", "kind": "other", "keep": "Eden | Project", "merge": "Eden Project"},
    ]
    review.reject(rows, 1, "an independent local charity", table)
    review.accept(rows, 2, "two bodies", table)
    review.reject(rows, 3, "one name", table)
    written = list(csv.DictReader(table.open(encoding="utf-8")))
    assert [r["action"] for r in written] == ["same", "different", "split", "whole"]


# --- the brochure --------------------------------------------------------------------------------


def areas_of(graph, node):
    sites = {v for _, v, k in graph.out_edges(node, data="kind") if k == "partner_of"}
    return {a for s in sites for _, a, k in graph.out_edges(s, data="kind") if k == "in_area"}


def test_no_federated_brand_spans_two_areas(graph):
    for node, data in graph.nodes(data=True):
        if data["kind"] == "charity" and any(org.lower() in BRANDS for org in data.get("aliases", [])):
            assert len(areas_of(graph, node)) <= 1, (node, areas_of(graph, node))
    assert graph.nodes["org:age-uk@kent-and-medway"]["name"] == "Age UK (Kent and Medway)"


def partner_sites(graph, node):
    return {v for _, v, k in graph.out_edges(node, data="kind") if k == "partner_of"}


def test_secamb_partners_six_sites_and_reigate_and_banstead_is_its_council(graph):
    secamb = node_for(graph, "RYD")
    assert len(partner_sites(graph, secamb)) == 6
    assert graph.nodes[secamb]["name"] == "South East Coast Ambulance Service NHS Foundation Trust"
    council = node_for(graph, "Reigate and Banstead social care")
    assert graph.nodes[council]["gss_code"] == "E07000211"


def test_westbank_is_its_own_organisation(graph):
    westbank = node_for(graph, "Westbank")
    assert len(partner_sites(graph, westbank)) == 2
    assert not any("South West Academic" in a for a in graph.nodes[westbank]["aliases"])


def test_trusts_with_a_code_show_their_official_name(graph):
    for _, data in graph.nodes(data=True):
        if data["kind"] == "trust" and data.get("ods_code"):
            assert data["name"] == readable(data["official_name"])
    assert graph.nodes[node_for(graph, "Sussex Community Foundation NHS Trust")]["name"] == "Sussex Community NHS Foundation Trust"
    assert node_for(graph, "ryy") == node_for(graph, "Kent Community Hospital Foundation Trust")


def test_no_site_is_its_own_partner(graph):
    for org, site, kind in graph.edges(data="kind"):
        if kind == "partner_of":
            assert graph.nodes[org]["name"].casefold() != graph.nodes[site]["name"].casefold()
    for name in ("Wolverhampton Total Health", "Westongrove Partnership", "Wirral GP Provider Federation", "GP Alliance (Northampton)"):
        site = node_for(graph, name, kinds=("site",))
        assert not any(graph.nodes[o]["kind"] != "practice" and o.split(":")[1] in site for o, _ in graph.in_edges(site))


def test_nene_and_corby_and_aylesbury_vale_and_chiltern_are_two_ccgs_each(graph):
    for written, codes in (
        ("Nene and Corby Clinical Commissioning Group", {"04G", "03V"}),
        ("Aylesbury Vale and Chiltern Clinical Commissioning Group", {"10Y", "10H"}),
    ):
        nodes = {o for o, _, m in graph.edges(data="mention") if m and m.startswith(written)}
        assert {graph.nodes[n]["ods_code"] for n in nodes} == codes


def test_one_node_per_organisation_on_the_brochure(graph):
    """Against the hand-checked list tests/data/brochure_organisations.csv (see its header)."""
    from organisation_score import one_node_per_organisation

    score = one_node_per_organisation(graph, HERE / "data" / "brochure_organisations.csv")
    assert score["merged_two"] == []
    # every one of them (321 of 321): a reader change that loses one fails here
    assert score["one_node"] == score["organisations"] == 321


@pytest.mark.parametrize(
    "name", ["Riverton Mind", "Rethink Mental Illness", "The Mental Health Foundation", "Centre for Mental Health", "Samaritans"]
)
def test_national_health_charities_and_a_foundation_are_charities(name):
    from pchgraph.resolve.organisations import kind_of

    assert kind_of(name)[0] == "charity"
    assert kind_of("Riverton Teaching Hospitals NHS Foundation Trust")[0] == "trust"


def test_a_bare_region_is_never_taken_for_the_trust_named_after_it():
    from pchgraph.resolve.organisations import resolve

    found = [
        Mention("London", "London", ORGANISATION, 5, "a.txt", "site:a"),
        Mention("Oxleas", "Oxleas", ORGANISATION, 6, "a.txt", "site:a"),
    ]
    names = {o.name for o in resolve(found, {}).values()}
    assert "London Ambulance Service NHS Trust" not in names
    assert "Oxleas NHS Foundation Trust" in names


@pytest.mark.parametrize(
    "name", ["West Riverton PCN", "Bromsgrove Primary Care Network", "Riverton Health Neighbourhood CiC", "Hill Healthcare Limited"]
)
def test_networks_of_practices_and_gp_companies_are_federations(name):
    from pchgraph.resolve.organisations import kind_of

    assert kind_of(name)[0] == "federation"


def test_a_practice_named_by_a_common_word_and_no_place_gets_no_code():
    from pchgraph.resolve.codes import practice_code

    # one practice in the country is 'The Hill GP Practice', but 'Hill' is in 95 practices' names:
    # a made-up 'Hill Surgery' with nothing to place it is none of them
    assert practice_code("Hill Surgery", None) is None
    assert practice_code("Bawtry and Blyth Medical", None).code == "C84101"
