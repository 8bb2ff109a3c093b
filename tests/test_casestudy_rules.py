"""The free-text reader's general rules, each on a made-up document of the shape it is for
(none of these sentences is corpus text)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pchgraph.names import slug
from pchgraph.readers import read_sources
from pchgraph.readers.casestudy import (
    GLOSSED_TITLE,
    NamedBefore,
    area_networks,
    bracketed_areas,
    defining_sites,
    first_proper_name,
    in_partner_list,
    is_venue,
    named_beside,
    names_a_list,
    piece_mentions,
    prose_mentions,
    prose_names,
    self_mentioned_site,
    site_name_from_title,
    street_parts,
)
from pchgraph.readers.document import Line, joined_paragraph, without_glued_number
from pchgraph.readers.mentions import (
    COLLECTIVE,
    MENTIONED,
    ORGANISATION,
    PRACTICE,
    UNRESOLVED,
    Mention,
    is_generic,
    partner_mentions,
    splits_at,
)
from pchgraph.resolve.organisations import kind_of


def read(tmp_path, text: str):
    """Sites and mentions of one made-up document read alone."""
    folder = tmp_path / "docs"
    folder.mkdir(parents=True)
    (folder / "page.txt").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    corpus = read_sources(folder)
    return [site.name for site in corpus.sites], corpus.mentions


def prose(text: str):
    """The mentions in one line of running text, read as prose."""
    return prose_mentions(joined_paragraph([Line(1, text)]))


def kinds(mentions, kind):
    return sorted({m.name for m in mentions if m.kind == kind})


def numbered_blocks(texts: list[str]):
    """The blocks of a made-up document given as its lines, numbered from 1."""
    from pchgraph.readers.structure import blocks

    return blocks([Line(number, text) for number, text in enumerate(texts, start=1)])


def test_a_merger_to_become_one_practice_names_the_new_practice(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Practice Merger – May 2019


        In May 2019 we merged our old 2 surgeries, Mill Surgery & Hill Surgery to become one
        Riverbank Medical Centre. We became a larger practice with more staff.

        Former Hill Surgery patients can now also see a GP at the Brook Centre.
        """,
    )
    assert sites == ["Riverbank Medical Centre"]
    assert {"Mill Surgery", "Hill Surgery"} <= set(kinds(mentions, PRACTICE))
    # a leading 'Former' is no part of the name
    assert not any(m.name.startswith("Former") for m in mentions)


def test_the_new_practice_with_its_head_in_lower_case_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Two doctors' practices have merged to form the largest in the town.

        The new Brookfield practice in Easton is a combination of the Oak and Ash surgeries, which worked side by side.
        """,
    )
    assert sites == ["Brookfield practice"]


def test_a_network_named_by_its_area_and_its_listed_practices(tmp_path):
    assert area_networks("It is a PCN in the Easton & Weir area.") == [(19, "Easton & Weir PCN")]
    sites, mentions = read(
        tmp_path,
        """
        Primary Care Network (PCN)

        Primary care networks are groups of practices working together.

        At Oak Medical Centre we are part of an established PCN in the Easton, Weir & Hill location made up of 3 practices as follows:

          • Oak Medical Centre
          • Kingsbridge
          • Weir Lane
        """,
    )
    assert sites == ["Easton, Weir & Hill PCN"]
    # under a sentence that says the members are practices, a bare name is a practice
    assert {"Kingsbridge", "Weir Lane"} <= set(kinds(mentions, PRACTICE))


def test_the_subject_of_working_with_a_list_leads_the_partnership(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        About the programme
        Some needs are social rather than clinical, and a navigator can help with them early on.
        Riverton Health Solutions is working with Age UK Riverton, the CCG and other local partners to deliver a navigation pilot.
        Primary Care Navigation (PCN)
        Practices have paired with local pharmacies. The PCNs are trained to signpost. The PCN role is new.
        """,
    )
    assert sites == ["Riverton Health Solutions"]
    assert "CCG" in kinds(mentions, ORGANISATION)


def test_a_bare_kind_abbreviation_is_a_partner_only_as_an_item_of_a_partner_list():
    text = "Riverton Health is working with Age UK Riverton, the ICB and other local partners."
    assert in_partner_list(text, text.index("ICB"), text.index("ICB") + 3)
    text = "Working with the ICB, the practices trained their staff."
    assert not in_partner_list(text, text.index("ICB"), text.index("ICB") + 3)


def test_an_affiliation_number_glued_to_a_name_is_not_part_of_it(tmp_path):
    assert without_glued_number("  3. 3West Hill PCN, Riverton, UK") == "  3.  West Hill PCN, Riverton, UK"
    sites, mentions = read(
        tmp_path,
        """
        Article Text

        P-101 Social prescribing: linking hospice, primary care and community groups
        Free
          1. Jo Bloggs1,
          2. Sam Smith2,
          3. Ann Jones3,
          4. Lee Brown4 and
          5. Kim Green4
          1. 1Riverton Hospice, Exampleton, Exampleshire
          2. 2East Riverton PCN, Exampleshire, UK
          3. 3West Riverton and Hill PCN, Exampleshire, UK
          4. 4Support Exampleshire, Exampleshire, UK

        Abstract
        Social prescribing links people to local groups.
        """,
    )
    assert sites == ["East Riverton PCN", "West Riverton and Hill PCN"]
    # the places of the affiliations' addresses are only named
    assert "Exampleshire" not in kinds(mentions, ORGANISATION) and "UK" not in kinds(mentions, ORGANISATION)


def test_a_list_of_areas_with_their_partnerships_in_brackets(tmp_path):
    assert [
        name
        for name, *_ in bracketed_areas(
            "The four sites chosen are: Ash (Ash Together); Oak (Oak Trust and partners); Elm (Elm Alliance); and Yew (Yew Hub)."
        )
    ] == [
        "Ash Together",
        "Oak",
        "Elm Alliance",
        "Yew Hub",
    ]
    sites, mentions = read(
        tmp_path,
        """
        Four areas chosen for local health partnerships

        Four areas have been chosen to join a national programme.

        The four areas selected to take part are: Ashford (Ashford Octave and partners); Oakley (Oakley Together); Elmstead (Elmstead Alliance); and Yewton (Yewton Lantern Project and partners).
        """,
    )
    assert sites == ["Ashford", "Oakley Together", "Elmstead Alliance", "Yewton"]
    by_site = {(m.name, m.site_id) for m in mentions if m.kind == ORGANISATION}
    assert ("Ashford Octave", "site:ashford") in by_site and ("Yewton Lantern Project", "site:yewton") in by_site
    assert {m.site_id for m in mentions if m.kind == COLLECTIVE and m.text == "partners"} == {"site:ashford", "site:yewton"}


def test_a_page_that_opens_with_what_a_partnership_is_made_of_is_about_it(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        While Riverton Together is made up of a number of different partners, we share one culture of care.

        The Riverton GP Care Group was formed in 2014 to help practices work together. The GP Care Group runs the hubs.

        Riverton Community NHS Trust provides community services. The Trust also runs the walk-in centre.
        """,
    )
    assert sites == ["Riverton Together"]
    said = {m.text: m.name for m in mentions if m.kind == ORGANISATION}
    # a short form in the same paragraph, and 'the Trust' after a trust, stand for the full names
    assert said["GP Care Group"] == "Riverton GP Care Group"
    assert said["The Trust"] == "Riverton Community NHS Trust"


def test_two_names_of_one_brand_and_a_capital_the_split_a_coordination():
    assert splits_at("Healthwatch Riverton", "Healthwatch Hillside")
    assert splits_at("The Riverton Fund", "The Hillside Community Fund")
    assert not splits_at("North Riverton", "North Hillside Partnership Trust")


def test_venues_are_not_partners():
    text = "Clinics are based at Oakley Leisure Centre and Elm Primary Care Centre."
    assert is_venue(text, Mention("Oakley Leisure Centre", "Oakley Leisure Centre", ORGANISATION, 1))
    assert is_venue(text, Mention("Elm Primary Care Centre", "Elm Primary Care Centre", PRACTICE, 1))
    assert not is_venue("Members: Elm Primary Care Centre.", Mention("Elm Primary Care Centre", "Elm Primary Care Centre", PRACTICE, 1))


def test_a_list_ends_where_it_turns_to_the_unnamed_rest(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Test Bed

        The Riverton CCG is part of a new test bed with partners including Riverton NHS Trust, Hill Health Hub and Acme among many others comprising charities and the voluntary sector.
        """,
    )
    named = kinds(mentions, ORGANISATION)
    assert "Hill Health Hub" in named and "Acme" in named
    assert not any("among" in name for name in named)


def test_a_run_of_acronyms_after_working_alongside_names_partners():
    assert names_a_list("RXFT, CHX and UCRV. It is ambitious.")
    assert kind_of("RXFT") == ("trust", False)


def test_a_model_or_plan_for_something_is_not_a_body():
    assert prose_names("They are building a Partnership Model for General Practice.") == []


def test_employers_funders_sources_and_the_thanked_are_only_named():
    text = "Jo Bloggs, Riverton Council’s chief executive, said the fund was established by The Riverton Fund."
    found = {m.name: m.kind for m in prose(text)}
    assert found["Riverton Council"] == MENTIONED and found["Riverton Fund"] == MENTIONED
    found = {m.name: m.kind for m in prose("We thank The Riverton Trust for its work.")}
    assert found["Riverton Trust"] == MENTIONED


def test_a_body_said_to_be_part_of_the_site_is_a_partner(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        New partnership launched

        Officially launched today, Riverton Community Partners brings together health and council services in the area.

        Jo Bloggs, chief executive of Hillside Mental Health NHS Trust, a mental health trust that is part of Riverton Community Partners, said: "We are pleased."
        """,
    )
    assert "Hillside Mental Health NHS Trust" in kinds(mentions, ORGANISATION)


def test_a_practice_named_after_its_streets_is_that_practice_by_its_street_alone(tmp_path):
    assert street_parts(Mention("Mill Road & Hill Street Practice", "Mill Road and Hill Street Practice", PRACTICE, 1)) == [
        "Mill Road",
        "Hill Street",
    ]
    _, mentions = read(
        tmp_path,
        """
        Two Riverton practices have merged.

        The Mill Road Practice and Hill Street Surgery are now known as the Riverton Bay Medical Practice.

        "Please contact your usual surgery, Mill Road or Hill Street, in the same way.

        Events will be held at Hill Street Surgery, 38 Hill Street, Riverton.
        """,
    )
    streets = {(m.text, m.name) for m in mentions if m.kind == PRACTICE and m.line == 5}
    assert streets == {("Mill Road", "Mill Road Practice"), ("Hill Street", "Hill Street Surgery")}
    # a street after a house number is an address
    assert not any(m.line == 7 and m.text == "Hill Street" and m.kind == PRACTICE for m in mentions)


def test_an_acronym_that_reports_is_a_source_not_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        RXJ has collated a picture of the country's GP groups and federations.

        The largest group identified by RXJ covers 700,000 patients. RXJ understands more are planned.
        """,
    )
    assert "RXJ" not in sites
    assert {m.kind for m in mentions if m.text == "RXJ"} <= {MENTIONED, "unresolved"}


def test_groups_named_without_a_determiner_are_collective():
    text = "Partner organisations and member practices met GP surgeries, patient groups and local pharmacies."
    found = {m.text for m in prose(text) if m.kind == COLLECTIVE}
    assert {"Partner organisations", "member practices", "GP surgeries", "patient groups", "local pharmacies"} <= found


def test_a_longer_name_of_the_sites_kind_names_another_body():
    from pchgraph.readers.casestudy import self_mentioned_site
    from pchgraph.readers.sites import Site

    site = Site("East Integrated Care Partnership", "a.txt", 1)
    other = Mention("Riverton East Social Action Partnership", "Riverton East Social Action Partnership", ORGANISATION, 4)
    same = Mention("Riverton East Integrated Care Partnership", "Riverton East Integrated Care Partnership", ORGANISATION, 4)
    assert self_mentioned_site(other, [site]) is None
    assert self_mentioned_site(same, [site]) is site


def test_looking_sites_up_by_name_finds_the_site_trying_every_one_finds():
    # The index only narrows which sites are tried; names the corpus annotates must give the
    # same answer as trying every site in the document's order. (About 700 of each, spread over
    # the corpus, so that the cost of trying every site stays fixed as the corpus grows; half the
    # sites' own names are looked up too.)
    import json
    from pathlib import Path

    from pchgraph.readers.casestudy import SitesByName, self_mentioned_site
    from pchgraph.readers.sites import Site

    def spread(items: list[str], size: int) -> list[str]:
        return items[:: max(1, len(items) // size)]

    annotations = [json.loads(path.read_text(encoding="utf-8")) for path in sorted((Path(__file__).parent / "corpus").glob("*.json"))]
    names = sorted({name for a in annotations for s in a["sites"] for name in (s["name"], *s["spellings"])})
    mentioned = sorted({m["text"] for a in annotations for m in a["mentions"] if m["role"] != "collective"})
    sites = [Site(name, "a.txt", number) for number, name in enumerate(spread(names, 700), start=1)]
    index = SitesByName(sites)
    looked_up = spread(mentioned, 700) + spread(names[1:], 700) + [site.name for site in sites[::2]]
    mentions = [Mention(name, name, ORGANISATION, 1) for name in looked_up]
    differ = [m.name for m in mentions if self_mentioned_site(m, index) is not self_mentioned_site(m, sites)]
    assert not differ
    assert sum(self_mentioned_site(m, index) is not None for m in mentions) >= 150


def test_a_place_after_in_ends_the_item_before_it():
    text = "Mill Surgery and Ash Surgery in Riverton and Hill Medical Practice will combine."
    names = {m.name for m in prose(text) if m.kind == PRACTICE}
    assert "Hill Medical Practice" in names and not any("Riverton" in n for n in names)


def test_a_practice_with_its_head_in_lower_case():
    text = "Partners have been covering sessions at the Wexcombe practice to help stabilise it."
    assert [m.name for m in prose(text) if m.kind == PRACTICE] == ["Wexcombe practice"]


def test_a_partnership_named_in_apposition_is_a_site_of_its_own(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton Health Partnership takes on a third practice

        Riverton Health Partnership, which runs eleven practices, has taken on Brook Lane Surgery.

        In June, Eastfold Medical, another large Riverton based GP partnership, took on four practices.
        """,
    )
    assert sites[0] == "Riverton Health Partnership" and "Eastfold Medical" in sites
    # naming it names that site, not a partner of the first
    assert {m.kind for m in mentions if m.name == "Eastfold Medical"} == {"self"}


def test_names_a_sentence_lists_as_sites_are_sites(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Evaluation of a new model of care

        The Carrow Institute looked at the progress of the model in three case study areas – The Ferncombe
        Health Partnership, Dunmere Healthcare, and Tollgate Health CIC.
        """,
    )
    assert {"Ferncombe Health Partnership", "Dunmere Healthcare", "Tollgate Health CIC"} <= set(sites)


def test_places_listed_after_a_plural_noun_are_no_sites():
    from pchgraph.readers.casestudy import passing_sites

    assert passing_sites("The provider is now spread across five locations: Riverton, Eastfold, Hill and Dale.") == []
    assert passing_sites("It works in four areas: Riverton, Eastfold, Hill and Dale.") == []
    assert [n for _, n in passing_sites("Brookfield and the Wold Coast are the chosen places, as they are vanguard sites.")] == [
        "Brookfield",
        "Wold Coast",
    ]


def test_a_partnership_given_no_name_is_a_site_named_by_its_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton Council extends partnerships with NHS bodies

        Members agreed to extend the council's partnership agreement with Riverton Valley NHS Foundation Trust, which runs
        the hospitals, and to renew the partnership agreement with Riverton Clinical Commissioning Group (CCG), which buys care.

        A review of the partnership arrangement with Riverton Valley will follow, and Riverton CCG said it welcomed the news.
        """,
    )
    first = "partnership agreement with Riverton Valley NHS Foundation Trust"
    second = "partnership agreement with Riverton Clinical Commissioning Group"
    assert first in sites and second in sites and len(sites) == 3
    site_of = {(m.name, m.line): m.site_id for m in mentions if m.kind == ORGANISATION}
    assert site_of[("Riverton Valley NHS Foundation Trust", 3)].endswith("riverton-valley-nhs-foundation-trust")
    assert site_of[("Riverton Clinical Commissioning Group", 4)].endswith("riverton-clinical-commissioning-group")
    # named again later, each member is still its own partnership's partner
    later = {m.text: m.site_id for m in mentions if m.line == 6}
    assert later.get("Riverton CCG", "").endswith("riverton-clinical-commissioning-group")


def test_a_partnership_said_of_a_named_body_or_joined_in_is_no_unnamed_site():
    from pchgraph.readers.casestudy import unnamed_partnerships

    assert unnamed_partnerships("Riverton Together is a partnership between Riverton Council and Hill Trust.") == []
    assert unnamed_partnerships("The network works in a partnership with Riverton Council on frailty.") == []
    assert unnamed_partnerships("As the alliance is new, they have formed a partnership with Riverton Care who host it.") == []
    bid = "A joint bid for the contract was also made by local federation Dunmere Health and Hill Hospital, but failed."
    assert [n for _, _, n in unnamed_partnerships(bid)] == ["joint bid made by local federation Dunmere Health and Hill Hospital"]


def test_a_lead_in_that_counts_its_items_as_sites_makes_glossed_items_sites(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Primary Care Networks

        Practices now work together in networks.

        In the west of the county there are two primary care networks:

          • Millbrook (comprising Hill Surgery, Dale Medical Group and Millbrook Health Centre)
          • Ashford, known as ASHNET (comprising Ash Surgery and Vale Practice)
        """,
    )
    assert sorted(sites) == ["Ashford", "Millbrook"]
    by_site = {(m.name, m.site_id) for m in mentions if m.kind == PRACTICE}
    assert ("Millbrook Health Centre", "site:millbrook") in by_site and ("Vale Practice", "site:ashford") in by_site
    # the bracket that holds the list ends it: no name keeps the closing bracket
    assert not any(m.text.endswith(")") for m in mentions)


def test_a_collective_outside_every_site_is_reported_as_collective(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Networks in the county

        There are two primary care networks:

          • Millbrook Primary Care Network – Hill Surgery and Dale Surgery
          • Ashford Primary Care Network – Ash Surgery and Vale Surgery
        """,
    )
    outside = [m for m in mentions if m.text == "two primary care networks"]
    assert outside and outside[0].reason == "a collective mention outside any site's section"


def test_a_place_before_a_colon_is_no_profile_label_and_a_topic_heading_no_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton: Integrating Health and Social Care

        Since 2012 Rochdale council has worked with its NHS partners on one plan for the town.

        This was new ground for the Council and health partners.

        What is now known as the ‘Healthier Riverton Partnership’ (HRP) has a shared budget.
        """,
    )
    assert sites == ["Healthier Riverton Partnership"]
    councils = [m for m in mentions if m.kind == ORGANISATION and m.name.endswith("Council")]
    # 'Rochdale council' is the council of Rochdale, and 'the Council' after it is the same council
    assert [m.text for m in councils] == ["Rochdale council", "the Council"]
    assert {m.name for m in councils} == {"Rochdale Council"}
    assert any(m.kind == COLLECTIVE and m.text == "health partners" for m in mentions)


def test_a_title_that_names_a_kind_the_text_abbreviates_is_about_the_body_named_by_place(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Navigation Menu Icon

        Integrated Care System Board

        The Integrated Care System (ICS) Board leads the overarching Riverton and Hill ICS strategy.

        Membership comprises:

          • A Voluntary Sector representative
          • Millbrook Partnership
          • Riverton County Council
        """,
    )
    assert sites == ["Riverton and Hill ICS"]
    partners = {m.name for m in mentions if m.kind == ORGANISATION}
    assert {"Millbrook Partnership", "Riverton County Council"} <= partners
    # a seat on the board is no body, and the title names the site itself, not a partner
    assert not any("representative" in m.name or m.name == "Integrated Care System Board" for m in mentions if m.kind == ORGANISATION)


def test_a_kind_of_body_after_a_or_an_is_no_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care Partnership

        The council agreed to set up the Riverton Care Partnership as a Joint Committee of Riverton Council and Hill Surgery.
        """,
    )
    assert "Joint Committee" not in {m.name for m in mentions}


def test_a_practice_named_as_a_gps_employer_is_a_member_of_a_partnership_of_practices(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Surgeries form the Riverton GP Alliance

        The Riverton GP Alliance represents 25 GP practices in the district.

        Dr Jo Bloggs, a GP and partner at Hill Surgery, said the alliance would bid for contracts.
        """,
    )
    assert [m.kind for m in mentions if m.name == "Hill Surgery"] == [PRACTICE]


def test_a_practice_named_as_a_gps_employer_on_a_practice_page_is_only_named(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Medical Centre

        Riverside Medical Centre is a practice in Riverton.

        Patients have the option to see a GP at Hill Surgery while the building is closed.
        """,
    )
    assert [m.kind for m in mentions if m.name == "Hill Surgery"] == [MENTIONED]


def test_initials_and_a_partnership_word_stand_for_the_brand_they_abbreviate(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Decision details

        Riverton Better Together - updated RBT Alliance Agreement

        In April 2017 the council entered into an RBT Alliance Agreement with Hill Surgery and Riverton Hospice.

        The RBT Alliance partners agreed to amend the Riverton Better Together (RBT) Alliance Agreement. The RBT Alliance Agreement runs to 2020.
        """,
    )
    assert sites == ["Riverton Better Together"]


def test_a_shared_plural_head_parts_where_the_reference_data_knows_both_names(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care Partnership

        The Riverton Care Partnership is a partnership between Eastbourne Hailsham and Seaford and Hastings and Rother Clinical Commissioning Groups.

        The committees of NHS Durham Dales, Easington and Sedgefield and North Durham CCGs heard the plan.

        Hill Surgery has joined with Burford, Bampton and Broadshires Surgeries.
        """,
    )
    names = {m.name: m.kind for m in mentions}
    assert names["Eastbourne Hailsham and Seaford CCG"] == ORGANISATION and names["Hastings and Rother CCG"] == ORGANISATION
    # named only by the words around the whole coordination, each one split where the reference data says
    assert names["NHS Durham Dales, Easington and Sedgefield CCG"] == MENTIONED and names["North Durham CCG"] == MENTIONED
    assert {"Burford Surgery", "Bampton Surgery", "Broadshires Surgery"} <= set(kinds(mentions, PRACTICE))


def test_a_council_and_a_bare_ccg_after_it_are_both_that_places(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Wellbeing Alliance

        Lambeth Council and CCG created the Riverton Wellbeing Alliance with Hill Surgery.
        """,
    )
    assert [(m.text, m.kind) for m in mentions if m.name == "Lambeth CCG"] == [("CCG", ORGANISATION)]


def test_an_acronym_stands_for_a_trust_however_its_name_was_printed(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Sussex Health Partners

        Sussex Health Partners is a subsidiary of Sussex Community NHS Foundation Trust (SCFT).

        SCFT is the main provider of community healthcare across Sussex.
        """,
    )
    assert [m.line for m in mentions if m.text == "SCFT"] == [3, 5]


def test_members_given_as_the_subject_without_the_and_a_misspelt_practice(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton GP Federation

        Surgeries to have signed up to the Federation are Mill Surgery in Riverton, Pickering Medical Practise and Dale Surgery.
        """,
    )
    assert {"Mill Surgery", "Pickering Medical Practise", "Dale Surgery"} <= set(kinds(mentions, PRACTICE))


def test_a_table_flattened_with_each_network_in_front_of_its_row(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Vaccination sites

        Primary Care Network

        Vaccinating patients registered at

        Hill North PCN Mill Surgery, Dale Surgery and St Anne's Surgery

        Vale PCN Brook Practice, Vale Medical Centre and Ford Surgery
        Ashby PCN Ashby Surgery, Ridge Road Surgery and Moor Surgery
        """,
    )
    assert sorted(sites) == ["Ashby PCN", "Hill North PCN", "Vale PCN"]
    site_of = {m.name: m.site_id for m in mentions if m.kind == PRACTICE}
    assert site_of["Mill Surgery"] == "site:hill-north-pcn" and site_of["Ford Surgery"] == "site:vale-pcn"
    assert site_of["Moor Surgery"] == "site:ashby-pcn"


def test_networks_a_partnership_works_in_are_no_sites_of_the_page(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Charities call for joined-up care after cuts

        From July, funding for The Healthy Living Partnership in Hill North PCN and Vale PCN will go to local councils. The charities in the partnership, Riverton Citizens Advice and Age UK Riverton, have lost staff.
        """,
    )
    assert sites == ["Healthy Living Partnership"]
    # two networks joined by 'and' are two names
    assert {"Hill North PCN", "Vale PCN"} <= {m.name for m in mentions if m.kind == ORGANISATION}


def test_a_list_items_name_ends_at_its_head_word(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton PCN

        The Riverton PCN includes the following GP surgeries: Hill Surgery and Dale Health Centre share a contract, as do Mill and Vale surgeries.
        """,
    )
    assert "Dale Health Centre" in kinds(mentions, PRACTICE)


def test_a_trust_written_again_without_its_kind_words_is_that_trust(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care Alliance

        In 2014 Riverton City Council and Riverton Royal NHS Foundation Trust set up the Riverton Care Alliance.

        Under the new arrangements the council transferred its staff to Riverton Royal.
        """,
    )
    assert [(m.line, m.name) for m in mentions if m.text == "Riverton Royal"] == [(5, "Riverton Royal NHS Foundation Trust")]


def test_a_logo_line_and_a_provided_by_line_are_page_furniture(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Services provided by

        Riverton Community NHS Trust Logo

        Riverton Primary Care Alliance

        The Riverton Primary Care Alliance brings together Hill Surgery and Dale Surgery.
        """,
    )
    assert sites == ["Riverton Primary Care Alliance"]


def test_a_listed_member_is_no_site_and_an_icp_is_a_partnership(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Profile picture of xx

        Partners involved in this integration:

          • Riverton County Council
          • Hill Medical Network
          • Dale Healthcare Limited

        Background

        The Riverton Downs ICP is one of four place level partnerships within the county and covers 300,000 people.
        """,
    )
    assert sites == ["Riverton Downs ICP"]
    assert {"Riverton County Council", "Hill Medical Network", "Dale Healthcare Limited"} <= {
        m.name for m in mentions if m.kind == ORGANISATION
    }


def test_a_counted_group_of_councils_listed_by_place(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health and Care Partnership

        The Riverton Health and Care Partnership brings the NHS and councils together. The three councils involved in the Partnership (Wigan, Bolton and Bury) are equal partners.
        """,
    )
    assert {"Wigan Council", "Bolton Council", "Bury Council"} <= {m.name for m in mentions if m.kind == ORGANISATION}
    assert any(m.kind == COLLECTIVE and m.text == "The three councils" for m in mentions)


def test_a_brands_local_body_is_a_partner_not_the_site_and_ends_before_the_next_name(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Surgery tests social prescribing

        GPs at Hill Surgery are working closely with Age UK Riverton and Community Action Riverton on the pilot.

        The Chief Executive of Age UK Riverton said the pilot had helped.
        """,
    )
    assert "Age UK Riverton" not in sites
    assert {"Age UK Riverton", "Community Action Riverton"} <= {m.name for m in mentions if m.kind in (ORGANISATION, MENTIONED)}


def test_an_apposition_that_says_a_name_is_a_partnership_makes_it_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        date 2021-09-22 Mill Surgery and Dale Surgery, both in Riverton, already share one building.

        They are both linked to Care First, a local partnership in its own right.

        The merger was approved by the committee.
        """,
    )
    assert sites == ["Care First"]
    assert {m.site_id for m in mentions if m.name in ("Mill Surgery", "Dale Surgery")} == {"site:care-first"}


def test_a_councils_area_named_as_a_place_is_no_partner(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        The Riverton Confederation

        The Riverton Confederation improves care for the population of the London Borough of Hillingdon.
        """,
    )
    assert [m.kind for m in mentions if m.text == "London Borough of Hillingdon"] == [MENTIONED]


def test_a_commissioner_that_approves_oversees_or_owns_a_programme_is_only_named(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care First

        Riverton Care First is a partnership between Hill Surgery and Dale Surgery.

        The merger received approval from the NHS Somerset Integrated Care Board in November.

        Wakefield Clinical Commissioning Group, which oversees local GP practices, welcomed it.

        The pilot is part of NHS Norwich CCG’s Healthy Norwich programme.
        """,
    )
    named = {m.name: m.kind for m in mentions}
    assert named["NHS Somerset Integrated Care Board"] == MENTIONED
    assert named["Wakefield Clinical Commissioning Group"] == MENTIONED
    assert named["NHS Norwich CCG"] == MENTIONED


def test_a_role_before_a_second_name_is_no_part_of_it(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health and Care Partnership

        Councillor Jo Bloggs, Deputy Leader of Calderdale Council and Chair of Calderdale Health and Wellbeing Board, will chair the Riverton Health and Care Partnership.
        """,
    )
    assert "Calderdale Health and Wellbeing Board" in {m.name for m in mentions}
    assert not any(m.name.startswith("Chair of") for m in mentions)


def test_a_place_heading_in_a_round_up_opens_that_places_partnership(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Local partnerships take many forms. Here are two that stand out.

        Wigan

        In Wigan, the partnership brings together Riverton Community NHS Trust and the council.

        Overview

        Partnerships need time to grow.
        """,
    )
    assert sites == ["Wigan"]
    assert [m.site_id for m in mentions if m.name == "Riverton Community NHS Trust"] == ["site:wigan"]


def test_a_title_whose_dash_is_followed_by_a_clause_is_not_split_there():
    title = "Partnerships in Riverton vary in shape and size – from convening leaders to running services"
    assert not site_name_from_title(title, []).startswith("from")
    assert (
        site_name_from_title("Integrated care across the county of Riverton – Riverton Health Partners", []) == "Riverton Health Partners"
    )


def list_readings(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in partner_mentions(joined_paragraph([Line(1, text)]))]


def test_a_lists_lead_in_and_a_working_with_link_stay_off_the_names():
    read = list_readings(
        "Riverside Together is an alliance between Riverton Hospital NHS Trust, Riverton Council and Hill Surgery, "
        "working closely with Riverton GP Services, Primary Care Networks and the voluntary sector."
    )
    assert (ORGANISATION, "Riverton Hospital NHS Trust") in read
    assert (ORGANISATION, "Riverton GP Services") in read
    assert (COLLECTIVE, "Primary Care Networks") in read
    assert not any("between" in name or "working" in name for _, name in read)


def test_a_known_name_that_opens_with_places_parted_by_commas_is_one_name():
    read = list_readings("It joins Riverton Council and Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust.")
    assert (ORGANISATION, "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust") in read
    assert (ORGANISATION, "Cumbria") not in read


def test_the_local_authority_of_a_place_site_is_its_council_and_kept_when_unknown(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Here are two places leading the way.

        Wigan

        In Wigan, the partnership joined Riverton Community NHS Trust and the local authority.
        """,
    )
    assert sites == ["Wigan"]
    assert [(m.name, m.site_id) for m in mentions if m.text == "the local authority"] == [("Wigan Council", "site:wigan")]


def test_a_listed_site_with_places_in_brackets_ends_before_the_paragraph_after_it(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        The partnership is made up of our three local partnerships.
        - Riverton ICP
        - Hill ICP (Hilltown, Dale and Upper Vale)
        - Coast ICP (Seaton, Bay and Harbourside)
        These local ICPs will plan care with a wide range of partners including existing boards.
        """,
    )
    assert {"Riverton ICP", "Hill ICP", "Coast ICP"} <= set(sites)


def test_a_compass_region_is_no_body_and_the_voluntary_sectors_acronym_is_a_collective(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverside Health Alliance

        The Riverside Health Alliance brings together Riverton Council, VCSE, Hill Surgery and the North East.
        """,
    )
    assert sites == ["Riverside Health Alliance"]
    assert "North East" not in {m.name for m in mentions}
    assert [m.kind for m in mentions if m.text == "VCSE"] == [COLLECTIVE]


def test_a_place_with_a_lowercase_word_for_an_area_is_a_collective_not_a_body():
    read = list_readings("The network comprises Hill Surgery, Riverton area and Dale Practice, with partners across the Coast region.")
    assert (COLLECTIVE, "Riverton area") in read
    assert not any(kind != COLLECTIVE and name.endswith(("area", "region")) for kind, name in read)


def test_a_hospital_named_as_a_building_is_a_venue_and_two_hospitals_are_two(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverside Health Partnership

        Hill Hospital

        The Riverside Health Partnership joins Riverton Hospitals NHS Trust and Hill Surgery.
        It eases pressure on the A&E departments at Hill Hospital and Dale City Hospital.
        """,
    )
    assert sites == ["Riverside Health Partnership"]
    hospitals = [(m.name, m.kind) for m in mentions if m.name.endswith("Hospital")]
    assert hospitals == [("Hill Hospital", MENTIONED)] * 2 + [("Dale City Hospital", MENTIONED)]
    assert (ORGANISATION, "Riverton Hospitals NHS Trust") in {(m.kind, m.name) for m in mentions}


def test_the_and_that_ends_a_comma_list_parts_its_last_two_items():
    read = list_readings("Members: Hill Surgery, Mill Street, Dale Lane and Vale GP Practice.")
    assert read[-2:] == [(ORGANISATION, "Dale Lane"), (PRACTICE, "Vale GP Practice")]
    # a known name with 'and' inside stays whole, and '&' may join one name's two places
    read = list_readings("It joins Hill Surgery, Riverton Council and Southport and Formby Clinical Commissioning Group.")
    assert (ORGANISATION, "Southport and Formby Clinical Commissioning Group") in read
    read = list_readings("Members: Hill Surgery, Dale Practice, Bourne End & Wooburn Green Medical Centre.")
    assert (PRACTICE, "Bourne End & Wooburn Green Medical Centre") in read


def test_a_group_named_before_are_or_include_is_a_lead_in_not_a_name():
    assert list_readings("Its member practices include Hill Surgery and Dale Surgery.") == [
        (PRACTICE, "Hill Surgery"),
        (PRACTICE, "Dale Surgery"),
    ]
    assert list_readings("Our partners are Riverton Council and Age UK Riverton.") == [
        (ORGANISATION, "Riverton Council"),
        (ORGANISATION, "Age UK Riverton"),
    ]


def test_a_name_set_after_a_noun_for_a_partnership_is_a_site_of_the_page(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Riverside Primary Care Collaborative Limited has been formed by 12 GP practices.

        The launch follows a two-year pilot project, Riverside Care Services, which brought GPs together.
        """,
    )
    assert "Riverside Care Services" in sites


def test_two_defined_partnerships_each_keep_the_paragraphs_that_follow_them(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Your browser is no longer supported

        GPs take over community services

        Riverside GP Care Group Community Interest Company, which is owned by 30 practices in the borough, is to lead.

        Together the group of providers is called the Riverside Integrated Provider Partnership.

        The current provider, Riverton Health NHS Trust, will keep part of the work.
        """,
    )
    assert set(sites) == {"Riverside GP Care Group Community Interest Company", "Riverside Integrated Provider Partnership"}
    trust = [m for m in mentions if m.name == "Riverton Health NHS Trust"]
    assert [m.site_id for m in trust] == ["site:riverside-integrated-provider-partnership"]


def test_a_notice_run_into_the_first_paragraph_is_not_the_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        This site is intended for health professionals only
        Practices in Riverton link up
        Three practices have joined Riverton Council in a new scheme for frail patients.
        Hill Surgery and Dale Surgery began in May, and Vale Surgery joined in June.
        The scheme has grown to cover care homes too.
        """,
    )
    assert sites == ["Practices in Riverton link up"]


def test_two_names_after_a_head_word_are_two_and_both_keep_the_words_before_them(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health Partnership

        The Riverside Health Partnership joins Hill Surgery and Dale Surgery.
        In January, health think tanks the Nuffield Trust and Kings Fund said it was important.
        Its provider will be appointed by NHS England and NHS Riverton Clinical Commissioning Group, who fund it.
        """,
    )
    named = {m.name: m.kind for m in mentions}
    assert named["Nuffield Trust"] == MENTIONED and named["Kings Fund"] == MENTIONED
    assert named["NHS Riverton Clinical Commissioning Group"] == MENTIONED


def test_the_group_a_practice_says_it_is_part_of_is_the_site_under_a_generic_heading(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton Surgery Logo

        Primary Care Network

        PCNs are groupings of local general practices that share staff while keeping their independence.

        Hill Surgery is part of the Riverside Network Group (RNG) and works together with other local surgeries.
        """,
    )
    assert sites == ["Riverside Network Group"]
    assert [(m.name, m.kind) for m in mentions if m.line == 1] == [("Riverton Surgery", MENTIONED)]
    assert ("Hill Surgery", "site:riverside-network-group") in {(m.name, m.site_id) for m in mentions}


def test_the_nhs_named_bare_is_only_named_and_nhs_before_a_noun_names_nothing():
    from pchgraph.readers.document import joined_paragraph as paragraph_of

    text = "It is funded by the NHS and local councils, with NHS trusts, their local NHS and NHS Riverton CCG."
    read = [(m.kind, m.text) for m in prose_mentions(paragraph_of([Line(1, text)]))]
    assert (MENTIONED, "the NHS") in read
    assert not any(text == "NHS" for _, text in read)
    assert (ORGANISATION, "NHS Riverton CCG") in read
    assert {(COLLECTIVE, "NHS trusts"), (COLLECTIVE, "their local NHS")} <= set(read)


def test_a_newspaper_or_broadcaster_is_only_named_and_never_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton Evening Press

        Practices join forces in Riverside Health Alliance

        The Riverside Health Alliance brings together Hill Surgery and Dale Surgery, the Riverton Evening Press has learned.
        Speaking on BBC Radio Riverton, the chair said it was a good step.
        """,
    )
    assert sites == ["Riverside Health Alliance"]
    media = {(m.name, m.kind) for m in mentions if "Press" in m.name or "BBC" in m.name}
    assert media == {("Riverton Evening Press", MENTIONED), ("BBC Radio Riverton", MENTIONED)}


def test_a_board_where_partners_meet_is_only_named_but_an_icb_and_an_lmc_are_bodies(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health Alliance

        The Riverside Health Alliance brings together Riverton Council, the Riverton Local Medical Committee and NHS Riverton Integrated Care Board.
        Its plans go to the Riverton Health and Wellbeing Board and the Riverton City Futures Board.
        """,
    )
    kinds_of = {m.name: m.kind for m in mentions}
    assert kinds_of["Riverton Health and Wellbeing Board"] == MENTIONED
    assert kinds_of["Riverton City Futures Board"] == MENTIONED
    assert kinds_of["NHS Riverton Integrated Care Board"] == ORGANISATION
    assert kinds_of["Riverton Local Medical Committee"] == ORGANISATION


def test_the_icb_or_the_ccg_stands_for_the_one_named_before_and_keeps_its_part(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health Alliance

        The Riverside Health Alliance brings together Hill Surgery and NHS Riverton Integrated Care Board (ICB).
        The ICB chairs its board.
        NHS Dale Clinical Commissioning Group’s Governing Body has agreed to award it a contract. The CCG will review it.
        """,
    )
    short = [(m.text, m.name, m.kind) for m in mentions if m.text in ("The ICB", "ICB", "The CCG")]
    assert ("The ICB", "NHS Riverton Integrated Care Board", ORGANISATION) in short
    assert ("The CCG", "NHS Dale Clinical Commissioning Group", MENTIONED) in short
    # the abbreviation in brackets after the name is no second mention
    assert [m.line for m in mentions if m.name == "NHS Riverton Integrated Care Board"].count(3) == 1


def test_a_bodys_people_after_its_name_are_no_part_of_it():
    read = list_readings("Partners: district nurses; Age UK Riverton staff and volunteers; and Hill Surgery.")
    assert (ORGANISATION, "Age UK Riverton") in read
    assert not any("staff" in name for _, name in read)


def test_two_places_before_one_head_are_not_parted_by_the_serial_and():
    read = list_readings("Partners: Hill Surgery, Riverton Trust, Aylesbury Vale and Chiltern Clinical Commissioning Group.")
    assert not any(name == "Aylesbury Vale" for _, name in read)


def test_short_lines_under_a_sentence_that_says_the_networks_follow_are_sites(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Primary care networks

        Primary care networks consist of GP practices working together with local providers.

        In Riverton, networks are set up as follows. You can see our member practices on a map.

        Outer West

        Hill End Family Health

        Central

        Read more about networks on the NHS England website.
        """,
    )
    assert {"Outer West", "Hill End Family Health", "Central"} <= set(sites)


def test_a_service_named_after_its_body_has_that_body_as_a_partner(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Citizens Advice in GP practices

        Citizens Advice was first trialled in GP practices in Riverton.
        It is funded by the local NHS and Riverton County Council, with UHD and Dale County Hospital.
        """,
    )
    assert sites == ["Citizens Advice in GP practices"]
    named = {(m.name, m.kind) for m in mentions}
    assert ("Citizens Advice", ORGANISATION) in named
    assert "Riverton County Council" in {m.name for m in mentions}
    assert not any(m.name.startswith("NHS and") for m in mentions)
    assert {"UHD", "Dale County Hospital"} <= {m.name for m in mentions}


def test_a_network_among_a_projects_members_is_a_partner_not_a_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        RIVERTON HUB OFFERS PATIENTS ONE-STOP SHOP APPROACH TO THEIR HEALTHCARE
        10 April 2025
        Frailty is common among people over 65 who take ten or more medicines every day.
        What We Did
        The Riverton Hub was established in September 2023 to coordinate care for frail patients in Riverton.
        This initiative is a collaborative project between Riverton Hospital NHS Trust, Hill North Rural PCN, VCSE, and Dale Council, with the goal of better care.
        """,
    )
    assert "Hill North Rural PCN" not in sites
    assert "Hill North Rural PCN" in {m.name for m in mentions if m.kind == ORGANISATION}
    assert not any(m.name.startswith("RIVERTON HUB OFFERS") for m in mentions)


def test_the_last_two_names_of_a_list_in_prose_are_two_unless_one_group_carries_both_places(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health Partnership

        The Riverside Health Partnership will serve patients from Hill Bridge Health Centre, Mill Street and Vale GP Practice.
        It also works with Dale Surgery, Oxford Terrace and Rawling Road Medical Group.
        """,
    )
    names = {m.name for m in mentions}
    assert {"Mill Street", "Vale GP Practice"} <= names
    assert "Oxford Terrace and Rawling Road Medical Group" in names


def test_plurals_of_commissioners_councils_and_vanguards_and_a_sentence_opening_plural_are_collectives():
    from pchgraph.readers.document import joined_paragraph as paragraph_of

    text = "The 37 CCGs backed it. Practices in north Riverton joined, as did the local councils and six vanguards."
    read = [(m.kind, m.text) for m in prose_mentions(paragraph_of([Line(1, text)]))]
    assert {(COLLECTIVE, "The 37 CCGs"), (COLLECTIVE, "Practices"), (COLLECTIVE, "six vanguards")} <= set(read)


def test_a_commissioner_named_only_by_its_kind_is_kept_in_the_report(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health Alliance

        The Riverside Health Alliance brings together Hill Surgery and Dale Surgery.
        Its plans go to the Integrated Care Board for approval.
        """,
    )
    assert [(m.text, m.reason) for m in mentions if m.text == "the Integrated Care Board"] == [
        ("the Integrated Care Board", "a commissioner named only by its kind")
    ]


def test_people_by_their_role_in_a_list_are_no_body():
    read = list_readings("The board was made up of PCN Clinical Directors, locality leads and Riverton Council.")
    assert (COLLECTIVE, "PCN Clinical Directors") in read
    assert (ORGANISATION, "Riverton Council") in read


def test_the_national_bodies_of_government_and_councils_are_only_named_and_whole(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health Alliance

        The Riverside Health Alliance brings together Hill Surgery and Dale Surgery.
        It was discussed with the Department of Health and Social Care, and the Local Government Association and London Councils agreed.
        """,
    )
    named = {(m.name, m.kind) for m in mentions}
    assert {
        ("Department of Health and Social Care", MENTIONED),
        ("Local Government Association", MENTIONED),
        ("London Councils", MENTIONED),
    } <= named


def test_a_department_of_state_is_a_whole_name_though_its_field_holds_an_and(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health and Wellbeing Board

        The Riverside Health and Wellbeing Board is a collective of local organisations including the Council, Riverside Police, the Department for Work and Pensions and Riverside College.
        The work was funded by the Department for Levelling Up, Housing and Communities.
        """,
    )
    named = {(m.name, m.kind) for m in mentions}
    assert {("Department for Work and Pensions", ORGANISATION), ("Riverside College", ORGANISATION)} <= named
    assert ("Department for Levelling Up, Housing and Communities", MENTIONED) in named
    assert not any("Pensions and" in m.name for m in mentions)


def test_a_body_the_page_calls_a_federation_in_apposition_is_a_federation(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Community Partnership

        Services at Hill Hospital will soon be provided by a partnership between Royal Riverside County Hospital and a number of GP practices.

        RRCH and HillCare, a federation of 18 GP practices, successfully bid for the contract.
        """,
    )
    hillcare = [m for m in mentions if m.name == "HillCare"]
    assert hillcare and all(kind_of(m.name, m.note)[0] == "federation" for m in hillcare)


def test_a_law_is_no_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Privacy Notice

        Hill Health provides services with Riverside Hospitals NHS Foundation Trust.
        This is a key element of the Data Protection Act 2018 and the EU General Data Protection Regulations (GDPR).
        """,
    )
    assert not any("Regulations" in site or "Act" in site for site in sites), sites


def test_a_page_headed_by_one_bodys_committee_names_no_partnership_and_keeps_its_bodies(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Health Scrutiny Panel

        The panel heard that Hill Street Surgery would close and its patients move to Dale Medical Centre.
        NHS Riverton and Hillshire Integrated Care Board explained the decision.
        """,
    )
    assert sites == []
    named = {m.name: m for m in mentions}
    # nothing lost: each body is kept, only named, with the reason
    assert {"Hill Street Surgery", "Dale Medical Centre"} <= set(named)
    assert all(m.kind == UNRESOLVED and m.reason for m in mentions if m.name in ("Hill Street Surgery", "Dale Medical Centre"))


def test_a_joint_committee_of_several_bodies_is_still_a_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Riverton Joint Committee

        The Riverton Joint Committee brings together NHS Riverton CCG and NHS Hillshire CCG to commission primary care.
        """,
    )
    assert sites == ["Riverton Joint Committee"]


def test_an_abbreviation_given_in_brackets_stands_for_its_body_later_in_the_same_paragraph(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverside Health Alliance

        The Riverside Health Alliance brings together Hill Surgery and Dale Surgery.
        The Riverton Pharmacy Negotiating Committee (RPNC) has joined forces with the alliance.
        The RPNC has updated its guide.
        """,
    )
    short = [m for m in mentions if m.text == "RPNC"]
    # nothing lost: the later 'RPNC' is the committee, and the bracket that gives it is no second naming
    assert [(m.line, m.name) for m in short] == [(5, "Riverton Pharmacy Negotiating Committee")]


def test_parliament_and_the_treasury_are_only_named_never_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        In March, the Treasury awarded £5m to build health centres in Riverton, Parliament heard.

        Hill Surgery and Dale Surgery will move into the new Riverton Health Centre.
        """,
    )
    assert not {"Treasury", "Parliament"} & set(sites)
    assert {("Treasury", MENTIONED), ("Parliament", MENTIONED)} <= {(m.name, m.kind) for m in mentions}


def test_numbered_paragraphs_of_minutes_are_sentences_not_one_list(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Minutes:
        16.1 The Committee considered a report on Primary Care Networks (PCNs), which are groups of GP practices in Riverton. There are twelve PCNs in Riverton which include all GP practices, with the largest covering around 100,000 registered patients and the smallest covering around 28,000 patients.
        16.2 The Committee asked what progress had been made in the recruitment of mental health staff, and the development of Riverton Wellbeing Services in Hilltown.
        16.3 Jo Bloggs, NHS Riverton Director of Primary Care, answered that some initiatives were locally led and PCNs were not specifically contracted to provide these services. PCNs were expected to work with local partners.
        """,
    )
    names = {m.name for m in mentions}
    assert "Jo Bloggs" not in names and "Hilltown" not in names


def test_practices_that_merge_into_one_name_the_new_practice(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        A MERGER of six GP practices has been given the go ahead by the borough's health bosses.

        The decision means six practices over four sites will be able to merge into one — Hilltop Family Healthcare.

        Jo Bloggs, medical director for Riverton GP Federation, practices at Dale Medical Centre, one of the sites.
        """,
    )
    assert sites == ["Hilltop Family Healthcare"]


def test_a_counted_kind_then_its_places_names_each_places_partnership(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        How we are working together

        At the local level there are 20 primary care networks supporting groups of GP practices.

        At the next level, we have three Integrated Care Partnerships (ICP) – Mid-Riverton, Riverton City and South Riverton.

        They serve populations of 250,000 to 500,000 people.
        """,
    )
    assert {
        "Mid-Riverton Integrated Care Partnership",
        "Riverton City Integrated Care Partnership",
        "South Riverton Integrated Care Partnership",
    } <= set(sites)


def test_a_body_that_approves_or_hears_the_case_is_only_named(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Practices to merge

        The green light from NHS Riverton Clinical Commissioning Group means three practices will merge into one — Hilltop Family Healthcare.

        Subject to final approval by NHS Dale CCG, Hill Surgery and Vale Surgery will formally merge in April.

        During a presentation to Riverton Borough Council, Jo Bloggs said the merger would help. Dale Parish Council has approved the plan.

        At the Riverton Health Board meeting the GPs said so.
        """,
    )
    assert sites == ["Hilltop Family Healthcare"]
    named = {m.name: m.kind for m in mentions}
    for body in ("NHS Riverton Clinical Commissioning Group", "NHS Dale CCG", "Riverton Borough Council", "Dale Parish Council"):
        assert named[body] == MENTIONED, body
    assert named["Hill Surgery"] != MENTIONED


def test_a_persons_role_between_commas_makes_a_sentence_not_a_list(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Practices merge into one — Hilltop Family Healthcare.

        Jo Bloggs, medical director for Riverton GP Federation, practices at Dale Medical Centre, one of the sites in the merger.
        """,
    )
    texts = {m.text for m in mentions}
    assert "Riverton GP Federation" in texts and "Jo Bloggs" not in texts
    assert not any("director" in text for text in texts)


def test_national_bodies_and_cited_sources_in_running_text_are_only_named():
    text = (
        "Two years after NHS England Chief Executive Jo Bloggs launched it, NHS Providers spoke to trusts. "
        "A spokesperson told Pulse that it would go ahead. As HSJ has previously reported, it did. Picture: Archant"
    )
    found = {(m.text, m.kind) for m in prose(text)}
    assert {
        ("NHS England", MENTIONED),
        ("NHS Providers", MENTIONED),
        ("Pulse", MENTIONED),
        ("HSJ", MENTIONED),
        ("Archant", MENTIONED),
    } <= found
    # a person who is told something is no source
    assert not prose("He told Jo Bloggs that it would. It has asked for more.")


def test_every_number_word_counts_a_collective():
    text = "Fourteen practices in Riverton and seventy-two surgeries joined."
    counted = {m.text: m.count for m in prose(text) if m.kind == COLLECTIVE}
    assert counted == {"Fourteen practices": 14, "seventy-two surgeries": 72}


def test_a_partnerships_own_service_is_no_other_body():
    text = "Step forward Riverton Primary Care Network, whose flourishing Ageing Well Service serves as a model."
    assert [m.text for m in prose(text)] == ["Riverton Primary Care Network"]


def test_a_doctor_of_a_practice_names_the_practice_as_an_employer():
    text = "Dr Jo Bloggs of the Hill Street Medical Practice in Riverton said it would help."
    assert [(m.text, m.kind) for m in prose(text)] == [("Hill Street Medical Practice", MENTIONED)]


def test_a_breadcrumb_line_is_page_furniture(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        You are here

        With the advent of new link workers, there is an opportunity to begin.

        Riverton Health Partners runs a hub with Hill Surgery and Dale Medical Centre.
        """,
    )
    assert "You are here" not in sites


def test_two_partnerships_of_one_place_and_two_kinds_are_two_sites(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        To receive a verbal update on the work of the Riverton Place Partnership.

        Jo Bloggs provided an update on the Riverton Place Partnership and the Riverton Integrated Care Partnership.
        """,
    )
    assert {"Riverton Place Partnership", "Riverton Integrated Care Partnership"} <= set(sites)
    assert not [m for m in mentions if m.kind in (ORGANISATION, MENTIONED) and "Partnership" in m.name]


def test_a_by_line_leads_into_its_signatories_and_a_place_made_one_of_the_systems_names_its_system(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Joint media statement from NHS Riverton Clinical Commissioning Group, Riverton Hospitals NHS Foundation Trust, Dale Community NHS Trust and Riverton County Council

        Leaders welcomed the news from NHS England that Riverton is to become one of only 14 Integrated Care Systems (ICS) in the country.

        They explained what an ICS for Riverton will mean.
        """,
    )
    assert sites[0] == "Riverton Integrated Care System"
    names = {m.name for m in mentions if m.kind == ORGANISATION}
    assert {"NHS Riverton Clinical Commissioning Group", "Riverton Hospitals NHS Foundation Trust", "Riverton County Council"} <= names
    assert not any("statement" in m.text for m in mentions)


def test_a_row_of_names_and_addresses_names_the_body_before_the_dash(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Surgery aims to merge with other practices and form a new group named Riverton Medical Practice.
        Practices involved
        - Practice name – address – (no. registered patients*)
        - Dale Health – 6B Green Shopping Centre, Dale, Riverton, RV7 8DR (9,311)
        - Vale Medical Practice – 89 Princes Street, Riverton, RV1 2QP (1,912)
        """,
    )
    named = {m.text: m.kind for m in mentions}
    assert "Dale Health" in named and named["Vale Medical Practice"] == PRACTICE
    assert not any("Shopping Centre" in text or "Princes Street" in text for text in named)


def test_a_list_of_benefits_is_no_list_of_members(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Surgery and Dale Surgery aim to merge and form a new group named Riverton Medical Practice.
        At first, patients will see little change, but there could be a range of benefits including:
        - Additional services for patients in-house.
        - Patients having a choice of location for appointments.
        """,
    )
    assert not any("Patients" in m.text or "services" in m.text for m in mentions)


def test_a_place_after_across_ends_before_the_name_after_and():
    text = "The trust will work with two partners – Hill Partnership across Riverton and Dale Health Centre in Vale."
    names = [m.text for m in prose(text)]
    assert "Dale Health Centre" in names and not any("Riverton and" in name for name in names)


def test_two_practices_merging_with_no_new_name_make_the_site_and_are_its_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Practice merger consultation letter

        Consultation with patients regarding the proposed merger of: Hill Medical Centre and Dale Medical Group

        We are starting a formal consultation about merging both practices into one practice from April.
        """,
    )
    assert sites == ["Hill Medical Centre and Dale Medical Group"]
    members = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert {"Hill Medical Centre", "Dale Medical Group"} <= members


def test_a_bare_plural_of_bodies_with_its_place_is_a_collective():
    text = "The federation works with PCNs in Riverton, and wrote to practices across north central Dale."
    found = [(m.text, m.kind) for m in prose(text)]
    assert found == [("PCNs in Riverton", COLLECTIVE), ("practices across north central Dale", COLLECTIVE)]


def test_collectives_of_trusts_and_constituent_bodies():
    text = "It works with a number of hospital trusts, its constituent PCNs and GP federations."
    found = [m.text for m in prose(text) if m.kind == COLLECTIVE]
    assert found == ["a number of hospital trusts", "its constituent PCNs", "GP federations"]


def test_listed_hubs_with_their_practices_in_brackets(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Localities and Hubs

        Over the year these practices moved from three locality areas to three locality hubs. These now are:

          • Hill & Dale (Hill Central, Bushloe, Dale Surgery)
          • North Vale (Kingsway, Glenfield)
          • Rutland (Uppingham, Oakham)
        """,
    )
    assert {"Hill & Dale", "North Vale", "Rutland"} <= set(sites)
    practices = {(m.name, m.site_id) for m in mentions if m.kind == PRACTICE}
    assert ("Kingsway", "site:north-vale") in practices and ("Dale Surgery", "site:hill-and-dale") in practices


def test_places_in_brackets_after_listed_partnerships_are_no_members(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Our partnerships

        There are three integrated care partnerships:

        - Central ICP (Riverton, Dale and South Vale)
        - North ICP (Hillside, Northby)
        """,
    )
    assert not [m for m in mentions if m.kind in (PRACTICE, ORGANISATION)]


def test_a_provider_taking_over_a_practice_group_is_its_partner(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton care provider to take over GP services
        - Published
        Health and care provider Vale Southwest will take over the Riverton Hill Medical Group from April.
        She said: "Vale Southwest already provide a wide range of services in Riverton."
        """,
    )
    assert sites == ["Riverton Hill Medical Group"]
    assert [(m.line, m.kind) for m in mentions if m.name == "Vale Southwest"] == [(3, ORGANISATION), (4, ORGANISATION)]


def test_the_organisations_forming_a_collaborative_name_it(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Case study – Provider collaboratives: relationships with primary care

        The organisations forming the Riverton Health and Care Collaborative are: Riverton Community Health Services NHS Trust, Riverton Hospitals NHS Trust and Riverton County Council.

        The collaborative was formally established in October 2021 as a multi-agency collaborative.
        """,
    )
    assert sites[0] == "Riverton Health and Care Collaborative"


def test_a_federation_given_with_its_abbreviation_and_what_it_does_is_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Focus on future of five Riverton GP sites

        Riverton Practices Alliance Ltd (RPA), the GP federation that brings together practices from across Riverton, is managing the five sites. The practices are: Hill Surgery; Green Suite at Dale Gardens Healthy Living Centre; and Vale Clinic.

        NHS Riverton Clinical Commissioning Group (CCG), which is responsible for planning and buying healthcare services, is engaging with patients.
        """,
    )
    assert sites == ["Riverton Practices Alliance Ltd"]
    assert {m.name: m.kind for m in mentions}["NHS Riverton Clinical Commissioning Group"] == MENTIONED


def test_a_grouping_which_will_be_called_a_name_that_opens_with_a_digit(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Thousands of Riverton families could have new GP appointments from next week.

        There will also be a grouping of four of the borough’s largest practices around the Mill Road area, which will be called 4Riverton, and will be made up of the Hill, Dale, Mount and Vale practices.
        """,
    )
    assert sites == ["4Riverton"]
    assert {m.site_id for m in mentions if m.kind == PRACTICE} == {"site:4riverton"}


def test_a_council_printed_with_its_kind_in_lower_case():
    text = "The NHS is working with Liverpool city council, Kent county council and Wigan council."
    found = [(m.text, m.name) for m in prose(text) if m.kind == ORGANISATION]
    assert found == [
        ("Liverpool city council", "Liverpool City Council"),
        ("Kent county council", "Kent County Council"),
        ("Wigan council", "Wigan Council"),
    ]


def test_a_federation_that_comprises_practices_is_the_site_and_a_website_is_no_body(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Appointments

        You can contact a doctor online using a website called Medilink.

        Riverton City Primary Care Ltd comprises of 3 GP surgeries across Riverton, including:

          • Hill Surgery
          • Dale Medical Centre
          • Vale Surgery
        """,
    )
    assert sites == ["Riverton City Primary Care Ltd"]


def test_patients_who_attend_lead_into_their_practices():
    text = "All patients who attend Arden House, Hill Medical Practice and Dale Surgery are being asked for their views."
    found = [(m.text, m.kind) for m in piece_mentions(joined_paragraph([Line(5, text)]), False) if m.kind != COLLECTIVE]
    assert found[0][0] == "Arden House" and [text for text, _ in found] == ["Arden House", "Hill Medical Practice", "Dale Surgery"]


def test_places_before_gp_practices_make_a_collective():
    text = "As an organisation it is wholly owned by Riverton and Dale GP practices."
    found = [(m.text, m.kind) for m in prose(text)]
    assert found == [("Riverton and Dale GP practices", COLLECTIVE)]


def test_a_list_after_made_up_of_ends_where_its_clause_does():
    text = "Currently, Hill Primary Care, which is made up of two surgeries, is run by the trust under a GMS contract, while King Street and Dale are PMS practices."
    texts = [m.text for m in piece_mentions(joined_paragraph([Line(3, text)]), False)]
    assert not any(t.startswith(("is run", "while")) for t in texts)


def test_a_places_community_services_are_no_body():
    text = "The CCG will award a contract for Riverton Community Services to the Riverton Provider Alliance."
    assert [m.text for m in prose(text) if m.kind != COLLECTIVE] == ["Riverton Provider Alliance"]


def test_a_local_mind_and_a_partner_set_off_by_commas_are_named(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Partnering for better mental health

        In 2019 the Riverton Primary Care Network commissioned Dale Vale Mind to provide mental health support.

        So the network approached the charity and its Pathfinder partner, United Answers, to co-produce a service.
        """,
    )
    names = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert {"Dale Vale Mind", "United Answers"} <= names


def test_commissioners_that_consult_and_councils_that_grant_are_only_named_and_so_is_the_government():
    text = (
        "NHS Riverton CCG has commenced a consultation on the merger of Hill Medical Practice with Dale Medical Centre. "
        "On Tuesday, Riverton Borough Council granted permission to build homes. The practices will get Government money."
    )
    found = {m.text: m.kind for m in prose(text)}
    assert found["NHS Riverton CCG"] == MENTIONED and found["Riverton Borough Council"] == MENTIONED
    assert found["Government"] == MENTIONED and found["Hill Medical Practice"] == PRACTICE


def test_a_breadcrumb_gives_the_title_and_what_is_above_it_is_no_sites_text(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        9 May 2025
        Riverton University Hospital celebrates the opening of its new wards
        This week Riverton University Hospital marked the next stage of construction. The Mayor…
        Home >> news >> Collaboration between Riverton primary care providers set to enhance services
        An exciting new collaboration between primary care providers in Riverton will improve care.
        That is the view of Dr Jo Bloggs, director of the new Primary Care Alliance:RV, following its launch.
        """,
    )
    assert sites == ["Primary Care Alliance:RV"]
    assert not any(m.site_id for m in mentions if "Hospital" in m.text)


def test_two_practices_named_after_a_merger_is_announced_make_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Two doctors’ surgeries in Riverton have agreed to merge from the start of October.

        Mill Street Surgery and St Anne’s Medical Centre will work together from October.
        The merger follows St Anne’s move to a new building.
        Mill Street’s patients will be able to see a wider range of professionals.
        """,
    )
    assert sites == ["Mill Street Surgery and St Anne's Medical Centre"]
    short = [(m.text, m.name) for m in mentions if m.kind == PRACTICE and m.line > 3]
    assert ("St Anne’s", "St Anne's Medical Centre") in short and ("Mill Street", "Mill Street Surgery") in short


def test_a_hospital_site_and_a_councils_local_plan_name_no_partners():
    text = "We considered the golf course site (in the Draft Wealden District Council Local Plan) and the Dale Community Hospital site."
    found = {m.text: m.kind for m in prose(text)}
    assert found["Wealden District Council"] == MENTIONED
    assert is_venue(text, Mention("Dale Community Hospital", "Dale Community Hospital", ORGANISATION, 1))


def test_a_body_quoted_after_its_abbreviation_and_one_that_runs_a_tender_are_only_named():
    text = (
        "Riverton Clinical Commissioning Group (CCG) said the merger would help. "
        "One contract has been awarded to Dale Healthcare Federation, following a competitive tendering exercise by NHS Vale CCG."
    )
    found = {m.text: m.kind for m in prose(text)}
    assert found["Riverton Clinical Commissioning Group"] == MENTIONED and found["NHS Vale CCG"] == MENTIONED


def test_a_post_given_with_its_abbreviation_is_no_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Examples of proactive care services

        Hill Hope have employed an Occupational Therapist (OT) to support patients. Funded through the Riverton Primary Care Network, the OT sees patients at home.
        """,
    )
    assert sites == ["Riverton Primary Care Network"]


def test_our_network_in_apposition_with_its_members_in_brackets_names_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Easy Read website - for anyone that needs large text

        RVL, our Primary Care Network (Hill Surgery, Dale Medical Centre and Vale Surgery), began vaccinating our patients in December.
        """,
    )
    assert sites == ["RVL"]
    assert "Hill Surgery" in {m.name for m in mentions}


def test_partners_listed_in_a_bracket_after_the_word_for_them():
    text = "Riverton Cares is a range of partners (NHS providers, Riverton Borough Council, Dale Housing, the voluntary sector) working together."
    found = {m.text: m.kind for m in piece_mentions(joined_paragraph([Line(17, text)]), False)}
    assert found["Riverton Borough Council"] == ORGANISATION and found["Dale Housing"] == ORGANISATION
    assert not any("working" in text for text in found)


def test_a_places_possessive_before_a_whole_name_is_no_part_of_it(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Collaboration is celebrating the results of the survey.

        The results placed Dale’s Albert Road Surgery in third place and St Luke’s Hospice fourth.
        """,
    )
    texts = {m.text for m in mentions}
    assert "Albert Road Surgery" in texts and "Dale’s Albert Road Surgery" not in texts


def test_a_kind_of_contract_is_no_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Your Health, Your Future public consultation – outcome

        In July 2017 NHS Riverton CCG launched a consultation on some GP practices in Riverton due to their Alternative Provider Medical Services (APMS) contracts coming to an end.
        """,
    )
    assert "Alternative Provider Medical Services" not in sites


def test_a_trail_of_links_set_apart_by_spaces_is_furniture_and_the_merging_practices_are_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Home   Riverton   News   Article

        30,000 patients affected as Riverton surgeries Hill Place Medical Practice and The Mill Road GP merge

        A troubled GP surgery has merged with another – forming a super-surgery with a large patient list.

        Hill Place Medical Practice and The Mill Road Practice in Riverton joined together on Friday, July 1.
        """,
    )
    assert sites == ["Hill Place Medical Practice and The Mill Road Practice"]
    members = {m.name for m in mentions if m.kind == PRACTICE}
    assert {"Hill Place Medical Practice", "The Mill Road Practice"} <= members


def test_a_dated_line_is_no_title_and_a_provider_set_off_by_commas_is_defined(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Updated 14 November 2019
        Our inspection team
        Our inspection team was led by an inspector. The team included a specialist adviser.
        The provider, Riverton Care Limited, is a healthcare federation created by an amalgamation of 30 GP practices in Riverton, West London. Riverton Care Limited runs the service.
        Hill Hub, Mill Surgery, Robson Avenue, London NW10 3RY
        Monday to Friday 4pm-8pm
        """,
    )
    assert sites[0] == "Riverton Care Limited"
    named = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    # a region and a street in an address are places, not bodies
    assert "London" not in named and "West London" not in named and "Robson Avenue" not in named
    assert "Mill Surgery" in named


def test_a_councils_board_hears_a_case_and_a_person_by_initials_is_no_part_of_their_employer(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Agenda item

        To receive the report on Integrated Care Services presented to the Riverton Health and Wellbeing Board meeting held on 28 October 2020.

        The Task and Finish Group received a copy of a report which had been presented to the Riverton Health and Wellbeing Board and a verbal update was given by N Barnes of the Riverton Clinical Commissioning Group and P Coker of Riverton Borough Council.

        Dr Henderson advised that the Hillside Primary Care Network (“PCN”) was already working together in a more integrated way. A hub would be based at the Mill Road surgery.
        """,
    )
    assert sites == ["Hillside Primary Care Network"]
    named = {m.name: m.kind for m in mentions}
    assert "P Coker of Riverton Borough Council" not in named
    assert named["Riverton Borough Council"] == MENTIONED
    assert named["Riverton Health and Wellbeing Board"] == MENTIONED
    assert named.get("Task and Finish Group") in (None, MENTIONED)


def test_a_shared_head_after_an_oxford_comma_and_practices_with_their_head_in_lower_case(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Merger of three of Riverton’s GP practices delayed

        The merger of Mill Road, Grove Park, and Riverton Family Doctors surgeries was expected to be approved.

        Announcing the merger via a text message sent to registered patients of the three practices, patients were supposed to have been informed, outlining the benefits they could expect.

        At present, Hill Oak surgery has expressed a wish to join.
        """,
    )
    practices = kinds(mentions, PRACTICE)
    assert {"Mill Road Surgery", "Grove Park Surgery", "Riverton Family Doctors Surgery", "Hill Oak surgery"} <= set(practices)
    # clauses after a counted group are no list of its members
    assert not [m for m in mentions if m.kind == COLLECTIVE and "outlining" in m.name]


def test_the_last_item_of_a_list_printed_without_its_mark_is_an_item_of_its_own(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        The practices that continue their involvement in the Riverton Health and Wellbeing Hub project are:
        - Belvidere Medical Practice
        - Hill Hermitage Surgery
        Mill Oak Surgery
        """,
    )
    practices = kinds(mentions, PRACTICE)
    assert {"Hill Hermitage Surgery", "Mill Oak Surgery"} <= set(practices)
    assert "Hill Hermitage Surgery Mill Oak Surgery" not in practices


def test_a_company_that_evolved_from_others_is_the_site_and_general_practice_as_a_field_is_no_body(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Your Chairman Writes …

        Your Chairman Writes …

        A year ago the LMC led a series of events entitled ‘The Future of General Practice’. Attendees supported a GP provider company to protect and develop Cornish General Practice. Very rapidly Riverton Health CIC was born and a further company Hillshire Health has evolved from Riverton Health and Devon Doc. It is this company that will run our service.

        The work with Devon Doc and the formation of Hillshire Health is the culmination of the decisions taken at those Future of General Practice meetings. I will be working some shifts to support Hillshire Health.
        """,
    )
    assert sites[0] == "Hillshire Health"
    names = {m.name for m in mentions}
    assert not {"Cornish General Practice", "Future of General Practice"} & names


def test_the_building_a_body_has_its_base_in_is_not_what_the_page_is_about(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        An organisation that supports GPs in Riverton is continuing its rapid expansion.

        Riverton GP Alliance has expanded its base at the Hillside Business and Innovation Centre (HBIC) for the fourth time in six years.

        The not-for-profit business is owned by the GP practices of Riverton. The alliance now occupies twice the space at the HBIC.
        """,
    )
    assert sites == ["Riverton GP Alliance"]


def test_bodies_applied_to_and_the_publisher_are_named_and_practices_an_address_is_written_to_are_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Hill Practices Propose Merger

        Hill Medical Group and Dale Surgery in Riverton have applied to NHS Riverton Clinical Commissioning Group (CCG) and NHS England to merge into a single practice. The practices already work in the same building at Riverton Primary Care Centre.

        The application will be reviewed by the CCG and NHS England in April.

        • By letter: Write to your practice. Dale Surgery or Hill Medical Group, Riverton Primary Care Centre, Padgepool Place, Riverton NE71 6BL.
        • Contact us here at Healthwatch Riverton to give your views on the proposal.
        """,
    )
    by_line = {(m.line, m.name): m.kind for m in mentions}
    assert by_line[(3, "NHS Riverton Clinical Commissioning Group")] == MENTIONED
    assert by_line[(7, "Dale Surgery")] == PRACTICE and by_line[(7, "Hill Medical Group")] == PRACTICE
    assert by_line[(8, "Healthwatch Riverton")] == MENTIONED


def test_practices_a_page_says_become_one_are_each_a_site_with_the_rest_of_their_item(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Your Health, Your Future public consultation – outcome

        In July 2017 NHS Riverton CCG launched a six week public consultation on changes to some GP practices in Riverton.

        NHS Riverton CCG's Governing Body agreed the following recommendations:

          • Area 1 – Combine the contracts of Mill Medical, Wharf Family Practice and Sai Medical Practice and base the practices at Forrester Street – meaning the current three practices will become one larger practice. Current patients of Wharf Family Practice would go to Forrester Street for care.
          • Area 2 – Combine the three GP practice contracts of Hill Family Practice, Harden Family Practice and Dale Family Practice and base them at two sites.
        """,
    )
    first, second = (
        "Mill Medical, Wharf Family Practice and Sai Medical Practice",
        "Hill Family Practice, Harden Family Practice and Dale Family Practice",
    )
    assert {first, second} <= set(sites)
    site_of = {m.name: m.site_id for m in mentions if m.kind == PRACTICE}
    assert site_of["Wharf Family Practice"].endswith(slug(first)) and site_of["Harden Family Practice"].endswith(slug(second))
    assert {m.kind for m in mentions if m.name == "NHS Riverton CCG"} == {MENTIONED}


def test_a_title_merging_practices_under_one_plural_head_names_the_site_and_its_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Proposed practice merger between Cornerstone, Mill House and Holly Bank surgeries

        The partners at the above surgeries are working with NHS Riverton Clinical Commissioning Group to engage with local patients about a proposal to merge the three practices.

          • By contacting the Patient Advice and Liaison Service on 0800 218 2333.
        """,
    )
    assert sites == ["Cornerstone Surgery, Mill House Surgery and Holly Bank Surgery"]
    assert {"Cornerstone Surgery", "Mill House Surgery", "Holly Bank Surgery"} <= set(kinds(mentions, PRACTICE))
    assert "Patient Advice and Liaison Service" in kinds(mentions, MENTIONED)


def test_the_practice_merging_practices_become_is_the_site_and_they_its_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Merger of three of Riverton’s GP practices delayed as patients seek “proper consultation”

        The merger of Mill Road, Grove Park, and Riverton Family Doctors surgeries was expected to be approved at a meeting.

        The three surgeries want to combine their resources under the banner of the newly formed ‘Riverton Medical Practice’. A single website is planned, to provide patients with information about Riverton Medical Practice.
        """,
    )
    assert sites == ["Riverton Medical Practice"]
    site_of = {m.name: m.site_id for m in mentions if m.kind == PRACTICE}
    assert site_of["Grove Park Surgery"].endswith(slug("Riverton Medical Practice"))


def test_a_shared_head_after_an_ampersand_with_a_name_opening_with_the(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton PCN

        • Riverton PCN is made up of Hillside, Parkside, Liquorpond, The Sidings, Greyfriars, & Kirton surgeries.
        """,
    )
    assert {"Hillside Surgery", "Parkside Surgery", "Sidings Surgery", "Greyfriars Surgery", "Kirton Surgery"} <= set(
        kinds(mentions, PRACTICE)
    )


def test_an_icb_by_its_public_name_is_named_and_staff_or_a_person_after_a_name_are_no_part_of_it(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Hill Group Practice Social Prescribers, Jo Bloggs and Sam Smith, believe that social prescribing works.

        To mark social prescribing day, NHS Dorset will be sharing more stories from GP practices across the county.

        “We listen,” said Jo Bloggs, Lead Social Prescriber at Riverton PCN.

        According to the British Journal of General Practice, 20% of patients see their GP for social issues.

        North Dorset GP and Deputy Chair of the Dale General Practice Alliance Dr Ann Yule commends the work.
        """,
    )
    named = {m.name: m.kind for m in mentions}
    assert named["NHS Dorset"] == MENTIONED
    assert "Hill Group Practice" in named and "Dale General Practice Alliance" in named
    assert "British Journal of General Practice" in named


def test_a_masthead_is_no_title_and_a_body_listed_as_a_partner_is_no_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Express & Star

        NHS trust to take over GP services in Riverton

        The Riverton NHS Trust will be responsible for running services in collaboration with GP partnerships.

        The trust will work with two partners – Your Hill Partnership across Riverton and Broadway Health Centre in Dale – to deliver primary care services.
        """,
    )
    assert "Your Hill Partnership" not in sites and "Express & Star" not in sites


def test_a_merger_of_one_practice_with_another_and_the_group_one_is_part_of(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Proposed merger of Hill Road Health Centre with Dale Road Medical Centre

        NHS Riverton CCG has commenced a consultation on the proposed merger of Hill Road Medical Practice in Wallasey with Dale Road Medical Centre.

        Hill Road Health Centre is part of a group of GP Practices called Mill Primary Care Group which includes the following:

          • Mill Medical Centre, Laird St, Riverton
          • Dale Medical Centre, Dale Road, Wallasey
        """,
    )
    assert sites[0] == "Hill Road Health Centre and Dale Road Medical Centre"
    assert "Mill Primary Care Group" in sites
    names = {m.name for m in mentions}
    assert "Dale Road Medical Centre" in names and not [n for n in names if n.startswith("Wallasey with")]


def test_the_items_under_a_question_asking_which_organisations_are_involved_are_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Which organisations are involved?

          • GP Practices

          • Riverton Health On Call (RHOC)

          • UCLAN School of Medicine

        Any surplus made by Riverton Primary Care from the NHS contract will be reinvested. Riverton Primary Care is part of the local NHS family.
        """,
    )
    names = {m.name: m.kind for m in mentions}
    assert names.get("Riverton Health On Call") == ORGANISATION and names.get("UCLAN School of Medicine") == ORGANISATION


def test_a_kind_of_partnership_in_the_plural_is_no_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Health Systems in Riverton

        The Head of Housing introduced the report. There were a number of subgroups that sat beneath the main Health and Care Partnerships (HCP) including those in the voluntary sector. Was there much input from the HCP?
        """,
    )
    assert "Health and Care Partnerships" not in sites


def test_what_is_left_of_a_clause_whose_names_were_read_is_no_group():
    p = joined_paragraph(
        [
            Line(
                1,
                "The Riverton PCN includes the following GP surgeries: Hill Surgery and Dale Health Centre share a contract, as do Mill and South Vale surgeries.",
            )
        ]
    )
    found = piece_mentions(p, False)
    assert not [m for m in found if m.kind == COLLECTIVE]
    assert {"Mill Surgery", "South Vale Surgery"} <= {m.name for m in found if m.kind == PRACTICE}


def test_the_government_in_the_possessive_is_named_not_a_group(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton GPs form federation

        GPs from 38 practices across Riverton and Hillshire have grouped together to form what could be the UK’s largest GP federation, in response to the Government’s NHS reforms.
        """,
    )
    assert ("Government", MENTIONED) in [(m.text, m.kind) for m in mentions]
    assert not [m for m in mentions if m.kind == COLLECTIVE and "Government" in m.text]


def test_practices_forming_a_network_with_no_name_are_the_site_named_by_them(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        PLANS are being developed for a brand new health centre in Riverton.

        Three GP practices – Hill Medical Group, Dale Medical Centre, and Mill & Vale Medical Centre – across Riverton are forming a primary care network (PCN) which helps them work together.
        """,
    )
    assert sites == ["Hill Medical Group, Dale Medical Centre, and Mill & Vale Medical Centre"]
    assert {"Hill Medical Group", "Dale Medical Centre", "Mill & Vale Medical Centre"} <= set(
        kinds(mentions, PRACTICE) + kinds(mentions, ORGANISATION)
    )


def test_a_company_practices_set_up_is_the_site_and_a_commissioners_area_is_a_place(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        A group of GP practices have come together to win a £10m contract to provide seven-day access.
        Riverton Health Partners, a provider company set up by a federation of 10 GP practices, has entered into the contract for a five-year term.
        Under the deal, the federation’s 50 GPs will staff evening clinics across the NHS Riverton CCG area.
        """,
    )
    assert sites == ["Riverton Health Partners"]
    assert {m.kind for m in mentions if m.name == "NHS Riverton CCG"} == {MENTIONED}


def test_a_heading_about_one_partnership_is_named_by_it(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Taking a closer look at Riverton City Integrated Care Partnership

        The Riverton City Integrated Care Partnership brings together the council, the NHS and the voluntary and community sector.
        """,
    )
    assert sites == ["Riverton City Integrated Care Partnership"]


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("Research by the University of Riverton shows that this service works.", "University of Riverton"),
        ("The CCG said in a letter to Riverton Borough Council that the impact would be high.", "Riverton Borough Council"),
        ("The previous provider – Hill Healthcare – could no longer see patients.", "Hill Healthcare"),
        ("NHS Riverton CCG and Riverton Council would like to thank the trust for its work.", "Riverton Council"),
        ("NHS Riverton ICB retains overall accountability for NHS resources.", "NHS Riverton ICB"),
        ("NHS Riverton CCG no longer exists and has been replaced by the new ICB.", "NHS Riverton CCG"),
        (
            "Riverton Clinical Commissioning Group is the statutory body responsible for commissioning local health services.",
            "Riverton Clinical Commissioning Group",
        ),
    ],
)
def test_bodies_that_study_are_written_to_held_a_contract_before_or_speak_for_their_duties_are_named(sentence, body):
    found = prose(sentence)
    assert {m.kind for m in found if m.name == body} == {MENTIONED}


def test_an_item_of_prose_a_printed_page_cut_mid_sentence_runs_on_after_the_blank_line():
    from pchgraph.readers.structure import blocks

    lines = [
        Line(1, "3. Involvement of the CEO. Jo Bloggs, Federation CEO, is on the executive of the Riverton Primary"),
        Line(2, ""),
        Line(3, "Care super-partnership and is also happy to bring his experience to other groups."),
        Line(4, ""),
        Line(5, "4. Sharing initiatives. We will offer these services across all groups."),
    ]
    found = blocks(lines)
    assert [b.kind for b in found] == ["item", "item"]
    assert "Riverton Primary Care super-partnership" in found[0].text


def test_a_list_of_partners_ends_where_a_new_clause_begins_and_a_list_of_symptoms_names_no_body(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Changes to Riverton urgent care services from 1 April

        Working alongside Riverton Hospitals NHS Foundation Trust and Hill and Dale Health GP Federation, the partnership will oversee minor injuries across Tees Valley, including urgent care centres at the University Hospital of Riverton.

        Centres will treat a range of minor illnesses and injuries including:

          • Strains and sprains
          • Abdominal pain
          • Eye problems
        """,
    )
    names = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE, "self")}
    assert {"Riverton Hospitals NHS Foundation Trust", "Hill and Dale Health GP Federation"} <= names
    assert not {"Abdominal pain", "Eye problems", "Strains and sprains"} & names
    assert not [m for m in mentions if m.kind == COLLECTIVE and "will oversee" in m.name]


def test_a_networks_name_with_a_bracket_before_its_colon_heads_its_members():
    p = joined_paragraph(
        [Line(1, "Hill PCN (changed): Mill Rd Health Centre, Kennet Surgery, Riverton Walk-In Centre and Abbey Medical Centre")]
    )
    found = [(m.kind, m.name) for m in piece_mentions(p, False)]
    assert ("organisation", "Hill PCN") in found
    assert ("practice", "Mill Rd Health Centre") in found and ("practice", "Riverton Walk-In Centre") in found


def test_practices_named_bare_as_moving_between_networks_are_practices():
    p = joined_paragraph(
        [
            Line(
                1,
                "Hill Walk-In Centre and Abbey Medical Centre have moved from Riverton Central PCN to join Dale PCN, while Long Barn Lane, London Street and South Riverton have moved from Dale PCN to Riverton Central PCN.",
            )
        ]
    )
    practices = {m.name for m in prose_mentions(p) if m.kind == PRACTICE}
    assert {"Long Barn Lane", "London Street", "South Riverton"} <= practices


def test_a_pictures_credit_ends_its_caption_line():
    p = joined_paragraph(
        [
            Line(1, "Hill Medical Practice has merged with another surgery. Picture: Jo Bloggs"),
            Line(2, "Hill Medical Practice has merged with another surgery."),
        ]
    )
    assert [m.name for m in prose_mentions(p) if m.kind == PRACTICE] == ["Hill Medical Practice", "Hill Medical Practice"]


def test_a_line_printed_twice_is_two_lines_not_one_name():
    # a picture's text, then its caption: each names the practice once
    p = joined_paragraph([Line(3, "Hill Road Surgery"), Line(4, "Hill Road Surgery")])
    assert [(m.name, m.line) for m in prose_mentions(p) if m.kind == PRACTICE] == [("Hill Road Surgery", 3), ("Hill Road Surgery", 4)]
    # a wrapped list's lines that happen to be the same are one list
    p = joined_paragraph([Line(1, "Riverton Council,"), Line(2, "Riverton Council,"), Line(3, "Dale Council.")])
    assert [m.text for m in partner_mentions(p)] == ["Riverton Council", "Riverton Council", "Dale Council"]


def test_a_bare_nhs_in_a_run_of_participants_is_the_health_service():
    # 'the NHS' there is kept as a collective; without 'the' no collective took it, so it was lost
    assert [(m.name, m.kind) for m in prose("It brings together councils, NHS and charities.")] == [("NHS", MENTIONED)]
    assert [(m.name, m.kind) for m in prose("Care for patients; NHS integration plans grew.")] == [("NHS", MENTIONED)]
    assert [(m.name, m.kind) for m in prose("It joins council staff, the NHS and charities.")] == [("the NHS", COLLECTIVE)]


def test_a_titled_person_before_their_employer_is_no_part_of_its_name():
    assert [m.name for m in prose('Dr Jo Bloggs of Hill Community Practice said: "It works."')] == ["Hill Community Practice"]
    assert [m.name for m in prose("Cllr Jo Bloggs of Riverton Council said so.")] == ["Riverton Council"]
    assert [m.name for m in prose("The Isle of Wight Council said so.")] == ["Isle of Wight Council"]


def test_a_bodys_committee_named_with_the_body_after_of_names_the_body():
    names = [m.name for m in prose("The Primary Care Commissioning Committee of NHS Riverton Clinical Commissioning Group approved it.")]
    assert names == ["NHS Riverton Clinical Commissioning Group"]


def test_a_police_forces_commissioner_is_one_office_over_its_and():
    names = [m.name for m in prose("It is funded by Riverton County Council and West Riverton Police and Crime Commissioner.")]
    assert names == ["Riverton County Council", "West Riverton Police and Crime Commissioner"]


def test_a_saints_name_with_its_full_stop_is_one_name():
    assert [m.name for m in prose("Patients are referred to the St. Albans and District Foodbank by the team.")] == [
        "St. Albans and District Foodbank"
    ]


def test_a_month_after_a_word_for_when_opens_no_name():
    assert [m.name for m in prose("In May Hammersmith and Fulham CCG approved the plan.")] == ["Hammersmith and Fulham CCG"]
    # (a place of a month's name, and a name after it with no word for when, are kept)
    assert [m.name for m in prose("The practice moved to May Lane Surgery in June.")] == ["May Lane Surgery"]


def test_representatives_of_a_body_are_no_part_of_its_name():
    assert [m.name for m in prose("Representatives of East Riverton CCG attended the meeting.")] == ["East Riverton CCG"]


def test_an_indefinite_article_opening_a_sentence_names_no_body_unless_it_is_a_nouns_after_it():
    assert prose("A London ICB has decided to launch a retender process.") == []
    assert [m.name for m in prose("A Riverton CCG spokesman said so.")] == ["Riverton CCG"]
    assert [m.name for m in prose("It was announced by a Riverton CCG spokeswoman.")] == ["Riverton CCG"]


def test_a_date_printed_before_the_title_is_no_part_of_the_sites_name(tmp_path):
    sites, _ = read(tmp_path, "01/06/2023 Riverton health hub\n\nThe hub brings Hill Surgery and Dale Medical Practice together.\n")
    assert sites == ["Riverton health hub"]


def test_a_places_statutory_body_with_its_kind_in_lower_case_is_that_body():
    # (a primary care trust the reference data does not hold, named as newspapers print it)
    assert [m.name for m in prose("The scheme was set up by Tameside and Glossop primary care trust last year.")] == [
        "Tameside and Glossop Primary Care Trust"
    ]


def test_a_signatures_person_and_post_are_no_bodies(tmp_path):
    _, mentions = read(
        tmp_path,
        """Riverton Collaborative

        The collaborative brings Hill Surgery and Dale Medical Practice together.

        Jo Bloggs, COO, Riverton Hospitals NHS Foundation Trust

        Sam Smith
        Senior Practice Manager
        Hill Surgery
        """,
    )
    names = {m.name for m in mentions}
    assert not {"Jo Bloggs", "COO", "Sam Smith", "Senior Practice Manager"} & names
    assert "Riverton Hospitals NHS Foundation Trust" in names


def test_practices_that_say_they_have_joined_together_are_the_site_named_by_them(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        What is a PCN?

        GP practices are working together in groups of practices known as primary care networks (PCNs).

        Who we are

        We are East Hill Practice, Lighthouse Group Practice and Unity Medical Centre with a combined patient population of 46,392, who have joined together to create a fully integrated health service.
        """,
    )
    assert sites == ["East Hill Practice, Lighthouse Group Practice and Unity Medical Centre"]


def test_groups_named_by_their_sector_are_collective():
    p = joined_paragraph(
        [Line(1, "The partnership brings together health and care providers, local commissioners and MK primary care providers.")]
    )
    collectives = {m.name for m in prose_mentions(p) if m.kind == COLLECTIVE}
    assert {"health and care providers", "local commissioners", "primary care providers"} <= collectives


def test_a_search_box_is_no_title_and_a_partnerships_board_is_the_partnership(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Enter search here...

        We aim to remove boundaries at the point that care is delivered.

        Our providers (Riverton Health and Care NHS Trust and Riverton County Council) work together with the Clinical Commissioning Group to deliver this goal.

        There are four areas of focus for the Riverton and Hill Alliance Board, which met again this year. The Riverton and Hill Alliance Board reports each quarter.
        """,
    )
    assert sites == ["Riverton and Hill Alliance Board"]


def test_a_network_named_in_full_is_a_site_in_passing(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Better ways of working in your local practice


        What are we proposing?

        Hill Medical Group, Dale Surgery, Riverton Health (which runs Mill and Vale Surgeries) and Well Close Medical Group have applied to NHS England to form a single partnership to run the practices.


        As a group of practices, we already work very closely together as part of Well Up North Primary Care Network but we are proposing to develop this relationship further by uniting our leadership.


        Why are the practices doing this?

        GP practices are working together in groups of practices known as primary care networks (PCNs). The four Lindisfarne Health practices are all members of Well Up North PCN along with six other practices.


        What will the new group of practices / the partnership be called?

        The new partnership will be called Lindisfarne Health.
        """,
    )
    # the network once, by its full name
    assert "Well Up North Primary Care Network" in sites and "Well Up North PCN" not in sites


def test_a_national_programme_is_no_local_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Agenda item

        Neighbourhood Models of Care.

        The Board considered a report of the Integrated Care Board which provided an update on the Neighbourhood actions taking place across Riverton, the work of the National Neighbourhood Health Implementation Programme and the Riverton respiratory Story.

        (i) The concept of neighbourhood working was not new. Integrated Neighbourhood Teams (INTs) were already well established in Riverton.

        (ii) In July 2025 NHS England invited Integrated Care Boards to take part in the National Neighbourhood Health Implementation Programme (NNHIP). The aim of the NNHIP was to accelerate the work.
        """,
    )
    assert sites == ["Integrated Neighbourhood Teams"]


def test_on_a_close_call_the_one_name_that_says_it_is_a_partnership_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        PPG Newsletter Spring 2024

        Patients with lung conditions can now get help closer to home.

        Riverton and Hill Health and Care Partnership commissioned a full pulmonary rehabilitation service for its Hill population in 2023. Riverton Care Resource Group (RCRG) Care Services, the community services provider in Hill, recruited a team.
        """,
    )
    assert sites == ["Riverton and Hill Health and Care Partnership"]


def test_a_body_named_in_a_clause_of_a_list_item_and_a_name_opening_with_one_are_read(tmp_path):
    p = joined_paragraph(
        [
            Line(
                1,
                "Principia is a partnership between Hill Health and Riverton Healthcare NHS Foundation Trust working together with Riverton Clinical Commissioning Group (CCG), and others.",
            )
        ]
    )
    assert "Riverton Clinical Commissioning Group" in {m.name for m in piece_mentions(p, False)}
    _, mentions = read(
        tmp_path,
        """
        Approach to health inequalities - North Riverton PCN

          1. NRPCN has a team working across the health, care and third sector with Riverton Council, Riverton Public Health, Riverton CCG, One Health Riverton, Riverton Homes and others.
        """,
    )
    assert {"One Health Riverton", "Riverton Homes"} <= {m.name for m in mentions}


def test_a_practice_with_its_head_in_lower_case_after_a_capital_the():
    p = joined_paragraph([Line(1, "The Derby Road practice held a public meeting ahead of the decision.")])
    assert [(m.name, m.kind) for m in prose_mentions(p)] == [("Derby Road practice", PRACTICE)]


def test_it_opening_a_partnerships_definition_is_the_name_that_opened_the_sentence_before(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Hill County Council has confirmed its funding of the Riverton Wellbeing social prescribing programme will end.
        Riverton Wellbeing aims to reduce the need for care services by offering support in the community.
        It is a partnership of Hill County Council, Riverton City Council and the Riverton GP practice networks.
        """,
    )
    assert sites == ["Riverton Wellbeing"]
    assert {"Hill County Council", "Riverton City Council"} <= {m.name for m in mentions if m.kind != COLLECTIVE}


def test_a_members_list_ends_at_a_participles_clause_and_a_group_at_its_head():
    found = piece_mentions(
        joined_paragraph(
            [
                Line(
                    1,
                    "The Riverton GP Federation comprises 57 practices and a patient population of 540,000, positioning it to become one of the largest GP partnerships in the UK.",
                )
            ]
        ),
        False,
    )
    assert [(m.kind, m.text) for m in found] == [(ORGANISATION, "Riverton GP Federation"), (COLLECTIVE, "57 practices")]


def test_a_nation_is_a_place_and_an_affiliation_names_its_body(tmp_path):
    from pchgraph.readers.gazetteer import is_place_only

    assert is_place_only("UK") and is_place_only("United Kingdom")
    _, mentions = read(
        tmp_path,
        """
        Social prescribing in Riverton

          1. 1Riverton Hospice, Exampleton, Exampleshire, UK
          2. 2Support Riverton, Exampleshire, UK

        The hospice and Riverton PCN set up a social prescribing service.
        """,
    )
    names = {m.name for m in mentions}
    assert "Support Riverton" in names and "UK" not in names


def test_a_short_item_does_not_run_on_into_the_heading_after_it(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        - Riverton, Hilltown
        - 020 7484 7575
        Super partnerships: a new era for general practice
        General practice is under pressure. The Riverton GP Federation comprises 57 practices.
        """,
    )
    assert not any("7575" in (m.text or "") for m in mentions)
    assert "Riverton GP Federation" in {m.name for m in mentions}


def test_a_practice_and_another_body_planning_to_merge_are_the_site_and_its_practices(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        HILL surgery and Dale House Partnership in Riverton are planning to formally merge by April 2016.

        Initially, the two Practices will work more closely together before a formal merger.

        Dr Ann Lee, senior partner of The Dale House Partnership, said the merger was exciting.
        """,
    )
    assert sites == ["HILL surgery and Dale House Partnership"]
    dale = [m for m in mentions if m.name.endswith("Dale House Partnership")]
    assert dale and all(m.kind == PRACTICE for m in dale)


def test_a_network_listed_among_bodies_is_a_partner_and_the_list_is_read_past_a_capital_the(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        A new health and wellbeing centre has been opened in Riverton, to help tackle health inequalities.
        Officials from Hill Borough Council, the NHS, The Dale Primary Care Network, Vale Valley Help, and other organisations attended the launch of the Riverton Health and Wellbeing Centre.
        """,
    )
    assert sites == ["Riverton Health and Wellbeing Centre"]
    names = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert {"Dale Primary Care Network", "Vale Valley Help"} <= names


def test_counted_groups_with_a_describing_word_and_one_of_a_count_are_collective():
    found = prose(
        "Hill Medical Centre brought together four separate surgeries. Dr Lee is a partner of Dale Surgery, one of four large GP practices in Riverton."
    )
    assert {m.text for m in found if m.kind == COLLECTIVE} == {"four separate surgeries", "four large GP practices"}


def test_partners_said_to_be_doing_something_are_no_list():
    found = piece_mentions(
        joined_paragraph(
            [
                Line(
                    1,
                    "The partners are already working with the local health authority, NHS Riverton Integrated Care Board, on the merger which is to take place in October.",
                )
            ]
        ),
        False,
    )
    assert not any(m.kind == COLLECTIVE and "working" in m.text for m in found)
    assert "NHS Riverton Integrated Care Board" in {m.name for m in found}


def test_the_items_under_a_sentence_saying_who_the_practices_are_are_each_a_practice(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        What we are doing

        GP practices in the area have formed a Primary Care Network and work together. The practices participating in Riverton PCN are:

          • Westway Surgery
          • Hill & Dale Centres for Health
          • Dr Uppal & Partner
          • Canberra/ Old Oak
          • Shepherd’s Bush Medical Centre
          • The New Surgery
          • The Medical Centre (Dr Kukar)

        Any patient registered with any of the above practices can book.
        """,
    )
    practices = {m.name for m in mentions if m.kind == PRACTICE}
    assert {
        "Westway Surgery",
        "Hill & Dale Centres for Health",
        "Dr Uppal & Partner",
        "Canberra/ Old Oak",
        "Shepherd's Bush Medical Centre",
        "The New Surgery",
        "The Medical Centre",
    } <= practices
    assert "Bush Medical Centre" not in practices


def test_a_partnership_given_only_its_leaders_under_a_title_naming_none_is_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        First of its kind partnership to revolutionise preventative healthcare funding in the UK

        Published: 15th September 2025

        This landmark partnership led by Hill Cancer Support, non-profit enterprise Dale Finance and Riverton Hospitals NHS Trust (RHT), leverages around £10m of social investment, with Vale Community Healthcare NHS Trust leading on delivery.
        """,
    )
    assert sites == ["landmark partnership led by Hill Cancer Support, non-profit enterprise Dale Finance and Riverton Hospitals NHS Trust"]
    names = {m.name for m in mentions}
    assert {"Hill Cancer Support", "Dale Finance", "Riverton Hospitals NHS Trust"} <= names
    assert not any("10m" in (m.text or "") for m in mentions)


def test_a_bodys_people_before_its_name_are_no_part_of_it():
    found = partner_mentions(joined_paragraph([Line(1, "Officials from Hill Council, the NHS, Dale Help and other organisations")]))
    assert "Hill Council" in {m.name for m in found}


def test_a_section_label_is_no_title_and_a_partnership_its_people_call_ours_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        News, Policy & Media


        Riverton Confederation announces launch of a new network for GP Federations

        Riverton Confederation has announced the launch of a new network for GP federations as it seeks to unite federation managers.

        “Our Primary Care Federation Network will be the voice for federations in England”, said Jo Bloggs, Director of Primary Care at the Riverton Confederation.
        """,
    )
    assert sites == ["Primary Care Federation Network"]


def test_a_commissioning_support_unit_is_a_national_nhs_body_and_a_date_is_no_table_row(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        A new national programme has been launched to work closely with a series of pilot sites.

        The ‘Riverton Care Communities’ programme is being piloted by a partnership between NHS Hill & Dale Commissioning Support Unit and Vale Health Works Ltd, with clinical leadership from Dr Lee.

        21 February 2018
        Last Updated
        """,
    )
    assert sites == ["Riverton Care Communities"]
    names = {m.name for m in mentions}
    assert "NHS Hill & Dale Commissioning Support Unit" in names
    assert not any("February" in m.name for m in mentions)
    assert kind_of("NHS Hill & Dale Commissioning Support Unit")[0] == "nhs_body"


def test_a_cookie_banners_buttons_and_a_links_text_are_no_title(tmp_path):
    from pchgraph.readers.casestudy import FURNITURE

    for line in ("Continue Find out more", "Accept all cookies", "Please click here to view the 2017/18 Evaluation Report.", "top of page"):
        assert FURNITURE.match(line), line
    assert not FURNITURE.match("Continuing care in Riverton")


def test_a_super_partnership_said_so_in_apposition_is_the_site_not_a_plural_kind(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Superpractices looking to take leadership roles on GP networks across England

        Two superpractices are offering to take on leadership roles in a number of primary care networks (PCNs), including support for the new networks.
        Riverton Partnership, a super partnership based in Hilltown, wants to lead primary care networks across the country.
        Its chair said: ‘Riverton Partnership’s offer for PCNs was developed by our GP partners.’
        """,
    )
    assert sites == ["Riverton Partnership"]


def test_kinds_of_service_a_sentence_lists_are_no_bodies_and_localities_are_singular(tmp_path):
    from pchgraph.readers.casestudy import counted_place_sites

    assert [n for _, n in counted_place_sites("These are grouped into 3 Localities: North, Central and South.")] == [
        "North Locality",
        "Central Locality",
        "South Locality",
    ]
    _, mentions = read(
        tmp_path,
        """
        Riverton Community Partnership

        Riverton Community Partnership works with Hill Surgery and Dale Council. Other services such as Acute and Urgent Care and Children’s Services will continue to be delivered city-wide.
        """,
    )
    service = [m for m in mentions if m.name in ("Acute and Urgent Care", "Children’s Services", "Children's Services")]
    assert service and all(m.kind == "unresolved" for m in service)


def test_practices_that_confirm_they_are_merging_as_a_new_practice_are_its_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        A group of GP surgeries in Riverton are to officially merge next month.

        Hill Medical Practice, Owen Road and Rosebank surgeries have confirmed that they will be merging as Riverton Medical Practice on April 1.
        """,
    )
    assert sites == ["Riverton Medical Practice"]
    members = {m.name: m.kind for m in mentions}
    assert members["Owen Road Surgery"] == PRACTICE and members["Rosebank Surgery"] == PRACTICE


def test_a_director_of_two_fields_is_no_part_of_the_employers_name():
    found = prose("Dr Jo Lee, Clinical Director of Quality and Primary Care for NHS Riverton with Dale CCG, said so.")
    assert [m.name for m in found] == ["NHS Riverton with Dale CCG"]


def test_a_collaborative_named_with_a_slash_lists_its_members_not_sites(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Hill Concern has led on developing the Riverton/Dale Linkwork Collaborative, which has been awarded £490,000.
        The Riverton/Dale Linkwork Collaborative brings together the existing social prescribing services across the area, including the following services:
        - Ways to Wellness
        - Moving Forward Riverton
        - Edberts House
        Social prescribing helps people to increase their social connections.
        """,
    )
    assert sites == ["Riverton/Dale Linkwork Collaborative"]
    assert {"Ways to Wellness", "Moving Forward Riverton", "Edberts House"} <= {m.name for m in mentions if m.kind == ORGANISATION}


def test_words_for_what_a_body_is_like_and_a_town_centre_name_no_body():
    from pchgraph.readers.mentions import is_generic

    assert is_generic("Super Practice") and is_generic("Current Federation") and is_generic("Town Centre")
    assert not is_generic("Riverton Town Council") and not is_generic("Healthwatch City of London")


def test_a_partnership_of_common_words_abbreviated_with_its_opening_word_is_the_site_and_figures_are_no_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        - London, Southampton
        - 01423 724012 (m: 07775 925078)

        Super partnerships: a new era for general practice

        General practice is under pressure. The formation of Our Health Partnership (OHP) in Riverton, uniting 38 practices, has redefined the scale of what is possible. OHP now serves nearly 300,000 patients.
        """,
    )
    assert sites == ["Our Health Partnership"]


def test_a_breadcrumb_a_printed_page_wrapped_is_read_whole(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Home > News > News > Community benefits our
        health: OFFICIAL

        Community benefits our health: OFFICIAL

        The excellent work of Riverton Medical Practice and community groups has been highlighted today.
        """,
    )
    assert sites == ["Community benefits our health: OFFICIAL"]


def test_a_charitable_trust_named_for_what_it_does_is_a_charity_not_an_nhs_trust():
    assert kind_of("Riverton Culture and Leisure Trust")[0] == "charity"
    assert kind_of("Hill Community Trust")[0] == "charity"
    assert kind_of("Hill Community Health NHS Foundation Trust")[0] == "trust"


def test_a_list_after_an_oxford_comma_is_spread_along_but_a_street_after_on_is_no_item_and_a_reading_time_no_title(tmp_path):
    from pchgraph.readers.casestudy import FURNITURE

    assert FURNITURE.match("1 minute read") and FURNITURE.match("4 min read")
    p = joined_paragraph(
        [
            Line(
                7,
                "Working in collaboration with charities Hill Community Trust, Flourish, Earth Gardening, and Humanify, a hub has been set up.",
            )
        ]
    )
    found = piece_mentions(p, False)
    assert {"Flourish", "Earth Gardening", "Humanify"} <= {m.name for m in named_beside(p, NamedBefore(), found)}
    p = joined_paragraph(
        [Line(5, "Mill Surgery, on Millcroft, and Old Palace Medical Centre, on Old Palace Road, will become one practice.")]
    )
    assert "Millcroft" not in {m.name for m in named_beside(p, NamedBefore(), piece_mentions(p, False))}


def test_a_name_given_as_the_partnership_name_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Newsletter - March 2016 - introduction

        Welcome to the latest edition of the Riverton Together newsletter!

        The Clinical Commissioning Group is working with Riverton Borough Council and Riverton NHS Foundation Trust to redesign services.

        Under the partnership name of ‘Riverton Together’, we’re working alongside pharmacists and voluntary organisations.
        """,
    )
    assert sites == ["Riverton Together"]


def test_a_judging_panels_bodies_are_named_and_a_document_a_department_are_no_partners(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Coast Integrated Care Pioneer

        NHS Riverton Clinical Commissioning Group and Riverton Teaching Hospitals NHS Foundation Trust have been named an Integrated Care Pioneer.

        The selection panel, comprising representatives from national organisations such as National Voices, Public Health England, Monitor, NHS England and the Local Government Association considered applications from across the country.

        The federation adopted its Articles of Association and follows the GDPR Regulations Chapter 2.
        """,
    )
    kinds = {m.name: m.kind for m in mentions}
    assert kinds["National Voices"] == MENTIONED and kinds["Local Government Association"] == MENTIONED
    assert kinds.get("Articles of Association", "unresolved") == "unresolved"
    assert kinds.get("GDPR Regulations Chapter 2", "unresolved") == "unresolved"
    assert kind_of("Department of Health and Social Care")[0] == "other"


def test_a_body_a_common_noun_describes_is_the_body_though_its_name_ends_in_a_plural():
    found = prose("NHCP has also worked with the social enterprise Riverton Outcomes Partnerships on the programme.")
    assert ("Riverton Outcomes Partnerships", ORGANISATION) in {(m.name, m.kind) for m in found}


def test_a_national_or_royal_body_named_for_its_field_is_a_national_body_only_named():
    for text, name in (
        ("The National Association of Link Workers has profiled two projects.", "National Association of Link Workers"),
        ("It was featured by the National Academy for Social Prescribing in a video.", "National Academy for Social Prescribing"),
        ("The Royal College of General Practitioners said so.", "Royal College of General Practitioners"),
    ):
        assert (name, MENTIONED) in {(m.name, m.kind) for m in prose(text)}, text


def test_a_local_care_organisation_launched_with_its_abbreviation_between_is_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Skip to content
        Start of a new health and care era for Riverton people

        A new organisation has been launched which aims to transform health and care services.

        The Riverton Local Care Organisation (Riverton LCO) was launched on 1 April, 2019 and has the aim of supporting improvements in health.

        The formal alliance of organisations includes Riverton Council, Riverton GP Federation and Hill Care NHS Foundation Trust.
        """,
    )
    assert sites == ["Riverton Local Care Organisation"]
    assert {"Riverton Council", "Riverton GP Federation"} <= {m.name for m in mentions}
    # a lone capital opening a title is no name when one follows ('Start of … for Riverton people')
    from pchgraph.readers.casestudy import first_proper_name

    assert first_proper_name("Hundreds of vaccination services will open across Riverton this week") == "Riverton"


def test_a_place_after_in_ends_before_and_the_next_name():
    text = "The nominees include Hill PCN in Riverton, Dale PCN in central London, Foundry PCN in Sussex and Springfield Park PCN in North East London."
    assert [n for _, _, n in prose_names(text)] == ["Hill PCN", "Dale PCN", "Foundry PCN", "Springfield Park PCN"]


def test_a_known_name_running_on_into_a_system_in_common_words_is_part_of_it_and_a_pcn_network_is_generic():
    from pchgraph.readers.mentions import is_generic

    found = prose("The Gateshead Health and Care System is a group of local organisations that come together.")
    assert "Gateshead Health" not in {m.name for m in found}
    assert is_generic("PCN Network")


def test_a_bodys_own_team_in_common_words_is_no_partner(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Partnership update

        The number of calls and patient waiting times are monitored daily by the practice Management Team, and the Riverton Clinical Commissioning Group.
        """,
    )
    assert "Management Team" not in {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert "Riverton Clinical Commissioning Group" in {m.name for m in mentions}


def test_a_name_coordinated_with_a_body_ends_where_the_sentence_goes_on():
    p = joined_paragraph(
        [
            Line(
                13,
                "The Clinical Commissioning Group is working with Riverton Council, Riverton NHS Foundation Trust, Pennine Care and Viaduct Health to redesign services.",
            )
        ]
    )
    assert "Viaduct Health" in {m.name for m in piece_mentions(p, False)}
    p = joined_paragraph(
        [
            Line(
                13,
                "Riverton NHS Foundation Trust (hospital services), Pennine Care and Viaduct Health to redesign the way services are provided.",
            )
        ]
    )
    found = prose_mentions(p)
    assert "Viaduct Health" in {m.name for m in found + named_beside(p, NamedBefore(), found)}


def test_the_practices_a_networks_bracket_says_it_includes_are_practices_however_bare():
    found = piece_mentions(
        joined_paragraph(
            [
                Line(
                    21,
                    "Hill PCN (Practices include: The Mounts, Maple Access, Weston Favell (Dr Dias), Weston Favell (Dr Molla), Favell Plus",
                )
            ]
        ),
        False,
    )
    assert [(m.kind, m.name) for m in found if m.kind == PRACTICE] == [
        (PRACTICE, "The Mounts"),
        (PRACTICE, "Maple Access"),
        (PRACTICE, "Weston Favell"),
        (PRACTICE, "Weston Favell"),
        (PRACTICE, "Favell Plus"),
    ]


def test_a_practices_town_after_a_comma_in_a_semicolon_list_and_a_body_planning_to_launch(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton surgeries unite to improve care amid funding concerns

        Riverton Primary Care is planning to launch in early April 2017 and will initially be made up of 14 GP practices.

        The partnership includes: Brandon Medical Practice, Brandon; Combs Ford Surgery, Stowmarket; Deben Road Surgery, Ipswich.
        """,
    )
    assert sites == ["Riverton Primary Care"]
    assert {"Brandon Medical Practice", "Combs Ford Surgery", "Deben Road Surgery"} <= {m.name for m in mentions if m.kind == PRACTICE}


def test_practices_under_one_plural_whole_head_or_after_their_count_are_the_merging_site(tmp_path):
    from pchgraph.readers.casestudy import merged_pairs

    assert [n for _, _, n in merged_pairs("Teams and Glenpark medical practices are going to merge in July, subject to approval")] == [
        "Teams Medical Practice and Glenpark Medical Practice"
    ]
    text = "Riverton Primary Care (RPC) have proposed a merger of four Riverton GP practices; 49 Mill Avenue Surgery, Park Parade Surgery, and Nelson Medical Group."
    assert [n for _, _, n in merged_pairs(text)] == ["Mill Avenue Surgery, Park Parade Surgery, and Nelson Medical Group"]


def test_practices_that_all_plan_to_merge_are_the_site_named_by_them():
    from pchgraph.readers.casestudy import merged_pairs

    text = "There are five practices in total; Hill Surgery, Dale Medical Centre and Vale Medical Practice all plan to merge and work together as one larger practice."
    assert [n for _, _, n in merged_pairs(text)] == ["Hill Surgery, Dale Medical Centre and Vale Medical Practice"]


def test_a_whole_name_before_a_plural_of_councils_shares_no_head_and_kinds_of_council_are_collective():
    found = partner_mentions(
        joined_paragraph(
            [
                Line(
                    5,
                    "the Riverton Council, Hill Health (a GP group), Hampshire Constabulary and Town and Parish Councils (our Local care System).",
                )
            ]
        )
    )
    got = [(m.kind, m.name) for m in found]
    assert (ORGANISATION, "Hampshire Constabulary") in got
    assert any(kind == COLLECTIVE and name.startswith("Town and Parish Councils") for kind, name in got)
    assert kind_of("Hill Health", "a GP group")[0] == "federation"


def test_a_times_pm_is_no_part_of_a_name():
    text = "Published on 31 January 2024 02:58 PM Riverton Primary Care (RPC) have proposed a merger of four GP practices."
    assert "Riverton Primary Care" in [n for _, _, n in prose_names(text)]


def test_a_question_ends_a_list_and_two_bare_practices_are_two(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        The 2 Riverton Primary Care Networks involved are:

          • Rockingham PCN (Practices include: Lakeside, Studfall and Headlands)
          • Dale PCN (Practices include: Drylands, Mawsley and Burton

        What is social prescribing?

        Social prescribing is targeted at a range of patients.
        """,
    )
    practices = {m.name for m in mentions if m.kind == PRACTICE}
    assert {"Studfall", "Headlands", "Mawsley", "Burton"} <= practices
    assert not any("What is" in m.name for m in mentions)


def test_a_kind_of_service_with_its_body_in_brackets_names_that_body():
    found = partner_mentions(
        joined_paragraph(
            [
                Line(
                    8,
                    "the Clinical Commissioning Group ( CCG ) , Social Services ( ECC ) , Acute Hospital ( MEHT ) , and Voluntary services ( Age UK )",
                )
            ]
        )
    )
    assert [m.name for m in found] == ["Clinical Commissioning Group", "ECC", "MEHT", "Age UK"]


def test_a_heading_announcing_a_merger_names_the_practice_of_both(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Proposed Merger between Hill Surgery and Dale Medical Group

        Important Information

        Recently early discussions have commenced between Hill and Dale Medical Group regarding the possibility of a merger of the two practices.
        """,
    )
    assert sites[0] == "Hill Surgery and Dale Medical Group"


def test_a_company_set_up_by_gps_set_off_by_dashes_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Patients to receive news of change at six Riverton GP practices

        NHS Riverton Clinical Commissioning Group (CCG) is writing to patients at six Riverton GP practices.

        Hill Care Connect – a not-for-profit company set up by Riverton GPs – will stop managing the practices by the end of June 2019.

        The six Hill Care Connect practices are:

          1. Hill Care Connect Everton Road
          2. Hill Care Connect Anfield Health
        """,
    )
    assert sites == ["Hill Care Connect"]


def test_health_and_care_inside_a_name_and_a_network_named_after_our_network_and_a_sentence_opening_is_no_item(tmp_path):
    found = partner_mentions(
        joined_paragraph([Line(20, "Abington, Greenview, King Edward Road, Leicester Terrace Health and Care Centre")])
    )
    assert "Leicester Terrace Health and Care Centre" in {m.name for m in found}
    sites, mentions = read(
        tmp_path,
        """
        You might have heard about Primary Care Networks – but what exactly are they?

        In our network, Riverton Lower Gosforth, we have four member practices – Avenue Medical Practice, The Grove, Hill Health Partnership and Roseworth Surgery.
        """,
    )
    assert "Riverton Lower Gosforth" in sites
    assert "In our network" not in {m.name for m in mentions}


def test_a_bracket_the_page_never_closed_holds_the_rest_of_an_item():
    from pchgraph.readers.structure import item_head

    assert item_head("Hill PCN (Practices include: The Mounts, Dale (Dr Dias), Favell Plus") == (
        "Hill PCN",
        "(Practices include: The Mounts, Dale (Dr Dias), Favell Plus",
    )


def test_a_names_short_form_in_brackets_is_no_second_body_and_a_borough_level_is_no_body():
    found = prose("It brings together Barts Health NHS Trust and the NEL Integrated Care Board (NEL ICB). It aims to enable care.")
    assert [m.name for m in found] == ["Barts Health NHS Trust", "NEL Integrated Care Board"]
    from pchgraph.readers.mentions import is_generic

    assert is_generic("Borough")


def test_the_provider_a_practice_will_be_run_through_is_the_site_and_the_bma_is_a_national_body(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Medical surgery set to close and patients transferred

        Mill Park Surgery in Riverton is set to close with the announcement of a new provider.

        Hill Road Surgery will also be run through the Pier Health Group Limited from June 17.

        The British Medical Association (BMA) has warned that practices could close.
        """,
    )
    assert sites == ["Pier Health Group Limited"]
    assert ("British Medical Association", MENTIONED) in {(m.name, m.kind) for m in mentions}


def test_a_name_said_to_be_a_programme_across_partners_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Riverton Together is a major transformation programme across the health and social care partners in Riverton
        Here in Riverton we are proud that our borough is one of the healthiest places to live.
        The Riverton Together programme combines the skills of five organisations: NHS Riverton Clinical Commissioning Group, Hill Care NHS Foundation Trust, Riverton Metropolitan Borough Council and Viaduct Care.
        """,
    )
    assert sites == ["Riverton Together"]


def test_a_practice_group_looking_to_merge_with_a_practice_makes_the_site_named_by_both():
    from pchgraph.readers.casestudy import merged_pairs

    assert merged_pairs("Reach Healthcare is looking to merge with Medway Medical Group to help us continue.") == [
        (0, 62, "Reach Healthcare and Medway Medical Group")
    ]


def test_practices_a_link_up_is_proposed_between_make_the_site_named_by_both():
    from pchgraph.readers.casestudy import merged_pairs

    text = "Proposals currently on the table would see link-ups between Hill Health Centre and Dale Medical Centre in Woodlands."
    assert [n for _, _, n in merged_pairs(text)] == ["Hill Health Centre and Dale Medical Centre"]


def test_a_title_printed_twice_opens_nothing_and_a_wrapped_captions_figure_makes_no_table(tmp_path):
    from pchgraph.readers.structure import blocks

    lines = [
        Line(3, "Doncaster could see a wave of mergers among its family doctors practices, with several in the pipeline"),
        Line(4, "Pictured outside The Village Practice are Jo Bloggs, Village Practice senior receptionist, Sam"),
        Line(5, "Smith, Village Practice manager. Picture: Marie Caley NDFP"),
        Line(6, "Surgeries MC 1"),
        Line(7, "Pictured outside The Village Practice are Jo Bloggs, Village Practice senior receptionist. Picture:"),
        Line(8, "NDFP Surgeries MC 1"),
    ]
    assert [b.kind for b in blocks(lines)] == ["paragraph"]
    sites, _ = read(
        tmp_path,
        """
        Hill leads new bid to derail Riverton’s Kennally Care NHS takeover

        Hill leads new bid to derail Riverton’s Kennally Care NHS takeover

        Labour Party leader Jo Hill will today try to slow the Kennally Care takeover of Riverton’s NHS with an obscure tactic.

        The government is attempting to break up the NHS into units previously known as Accountable Care Organisations. It is doing this quietly.

        The Riverton version of this ICP involves a contract with a company called Kernow Health. Kernow Health is a community interest company.
        """,
    )
    assert sites == ["Kernow Health"]


def test_a_rule_of_underscores_an_ordinal_date_and_an_addressee_are_no_title_and_a_proposed_merger_title_names_both(tmp_path):
    from pchgraph.readers.casestudy import FURNITURE

    for line in ("______", "Date: 28th January, 2021", "To the Chair and Members of the Health Scrutiny Panel"):
        assert FURNITURE.match(line), line
    sites, _ = read(
        tmp_path,
        """
        ______

        Date: 28th January, 2021

        To the Chair and Members of the Health and Adult Social Care Scrutiny Panel

        SUBSTANTIAL VARIATION – Hill Surgery and Dale Practice Proposed Merger

        The two practices have asked to merge their contracts from April.
        """,
    )
    assert sites == ["Hill Surgery and Dale Practice"]


def test_a_name_that_is_no_bodys_gives_way_to_the_practices_the_page_says_are_merging(tmp_path):
    # a word the page never calls a partnership ('premises called the Den'), on a page whose
    # title names no body
    sites, _ = read(
        tmp_path / "1",
        """
        Two could become one

        A new doctors’ surgery could be built in Riverton by 2028 as two existing practices seek to merge.

        Two partners from Hill Estuary Medical Group are retiring in May, and Dale View Medical Group is pursuing a merger with it.

        She said leases had been secured on office space outside the practice’s premises called the Den, and that staff would move there.

        Two further rooms in its Mill Place surgery would be turned into medical space.

        However, leases on its Den and the adjacent building can only be extended until April 2028.
        """,
    )
    assert sites == ["Hill Estuary Medical Group and Dale View Medical Group"]
    # a title that speaks of a merger and names no body: the first sentence naming the practices
    sites, _ = read(
        tmp_path / "2",
        """
        Concern over surgeries merger

        Nervousness is being felt by patients as a surgery in Riverton is set to close.

        Patients at Hill Medical Centre in Dale will be moved to Mill Medical Centre in April next year.
        """,
    )
    assert sites == ["Hill Medical Centre and Mill Medical Centre"]
    # a name the page calls a partnership stands, though it is no body's name by its words
    sites, _ = read(
        tmp_path / "3",
        """
        Nine Riverton surgeries set to join forces as new super practice

        Practices in Hill, Dale and Mill are set to become part of the newly-formed Teldee, a new partnership.

        Hill Medical Practice and Dale Medical Practice will merge into Teldee in April.
        """,
    )
    assert sites == ["Teldee"]


def test_a_commissioner_on_a_page_about_practices_merging_is_only_named(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Proposed Merger between Hill Surgery and Dale Medical Practice

        The partners at Hill Surgery and Dale Medical Practice are working with NHS Riverton Clinical Commissioning Group to engage with local patients.

        Representatives of both practices and NHS Riverton Clinical Commissioning Group will answer your questions.
        """,
    )
    assert sites == ["Hill Surgery and Dale Medical Practice"]
    named = [m for m in mentions if "Commissioning" in m.name]
    assert len(named) == 2 and all(m.kind == MENTIONED for m in named)
    assert kinds(mentions, PRACTICE) == ["Dale Medical Practice", "Hill Surgery"]
    # on a page about a partnership of other bodies, the commissioner is a partner still
    _, mentions = read(
        tmp_path / "2",
        """
        Riverton Health Alliance

        Riverton Health Alliance brings together Hill Surgery, Riverton Council and NHS Riverton Clinical Commissioning Group.
        """,
    )
    assert "NHS Riverton Clinical Commissioning Group" in kinds(mentions, ORGANISATION)


def test_a_body_whose_meeting_heard_a_case_is_only_named(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Alliance

        Riverton Health Alliance brings together Hill Surgery and Riverton Council. The plan was first heard at a meeting of Dale Parish Council in March.
        """,
    )
    assert kinds(mentions, MENTIONED) == ["Dale Parish Council"]
    assert kinds(mentions, ORGANISATION) == ["Riverton Council"]


def test_a_list_after_patients_at_ends_at_its_verb_in_the_passive(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Concern over surgeries merger

        Patients at Hill Medical Centre in Riverton will be moved to Dale Medical Centre in April after the partners at the surgery, Dr and Mrs Bloggs, announced their retirement.
        """,
    )
    assert kinds(mentions, PRACTICE) == ["Dale Medical Centre", "Hill Medical Centre"]
    assert not [m for m in mentions if m.kind not in (PRACTICE, COLLECTIVE, MENTIONED) and len(m.name.split()) > 8]


def test_items_under_a_partnership_that_involves_them_are_its_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Hill Care Together: a Place-Based Partnership

        Health and care organisations in Riverton have formed Hill Care Together, a partnership working to deliver integrated care.

        The Hill Care Together partnership grew out of Better Riverton and involves:

        - Dale House Community Hospice
        - Riverton Healthcare NHS Foundation Trust
        - Mill Bereavement Care.
        """,
    )
    assert sites == ["Hill Care Together"]
    assert "Riverton Healthcare NHS Foundation Trust" in kinds(mentions, ORGANISATION)


def test_a_title_naming_a_merger_by_its_practices_names_them_as_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        SUBSTANTIAL VARIATION – Hill Surgery and Dale Practice Proposed Merger

        The two practices have asked to merge their contracts from April.
        """,
    )
    assert sites == ["Hill Surgery and Dale Practice"]
    assert [(m.line, m.name) for m in mentions if m.kind == PRACTICE] == [(1, "Hill Surgery"), (1, "Dale Practice")]


def test_a_paywalls_lines_are_no_title_and_a_name_with_in_keeps_its_abbreviation(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        [DAYS_LEFT] days left of your Riverton Medicine free trial

        Subscribe now

        GP-owned provider plans to keep private rivals at bay

        A new GP-owned company is to provide NHS services from April. Innovations in Riverton Care (IRC) is owned by the 18 GP practices in Riverton.

        IRC will bid for community contracts.
        """,
    )
    assert sites == ["Innovations in Riverton Care"]


def test_a_body_practices_band_together_to_create_an_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        GP surgeries in the Riverton area are among those who have signed up to a new trial scheme.

        Eleven practices in Dale have banded together to create an Extended Hub Service that will give their patients extra access.

        However, patients will have to travel to Riverton County Hospital for an appointment.
        """,
    )
    assert sites == ["Extended Hub Service"]


def test_a_networks_name_ends_at_its_head_before_words_for_a_thing_of_its(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        date 2021-12-20 A HEROIC team of volunteers helped give thousands of vaccinations in a matter of hours.

        Riverton Voluntary Services partnered up with staff from Hill Surgery at the port.

        Two further Riverton Primary Care Network Vaccine Drive-Thru events are now planned.
        """,
    )
    assert sites == ["Riverton Primary Care Network"]


def test_practices_merging_under_one_plural_head_are_members_and_their_commissioner_only_named(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Proposed Merger of Hill Park and Dalecourt GP Practices

        Report of NHS Riverton Clinical Commissioning Group.

        The two practices want to merge their contracts, and NHS Riverton Clinical Commissioning Group supports this.
        """,
    )
    assert sites == ["Hill Park and Dalecourt GP Practices"]
    assert [m.line for m in mentions if m.kind == PRACTICE] == [1, 1]
    assert {m.kind for m in mentions if "Commissioning" in m.name} == {MENTIONED}


def test_a_new_partnership_name_given_after_a_dash_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Three doctors surgeries in Riverton Vale have unveiled a proposal to merge together in April.

        The surgeries that will be merged are Hill Surgery, Mill Surgery and Dale House Surgery in Riverton.

        Under the proposals the merger will take effect from April with the surgeries having a new partnership name - 3R Health, however individual surgery names will remain.
        """,
    )
    assert sites == ["3R Health"]


def test_bare_names_after_a_sentence_whose_subject_is_the_practices_are_practices():
    found = piece_mentions(joined_paragraph([Line(1, "The practices affected are North Hill, St Paul's and Brunswick Lodge.")]), False)
    assert [(m.kind, m.name) for m in found if m.kind != COLLECTIVE] == [
        (PRACTICE, "North Hill"),
        (PRACTICE, "St Paul's"),
        (PRACTICE, "Brunswick Lodge"),
    ]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("We work with our formal partners on this.", "our formal partners"),
        ("It works with other key partners in Riverton.", "other key partners"),
        ("Two new practices opened in the town.", "Two new practices"),
        ("Two superpractices were formed.", "Two superpractices"),
        ("It involves other nearby practices.", "other nearby practices"),
    ],
)
def test_a_group_of_partners_described_by_which_they_are_is_collective(text, phrase):
    assert [(m.kind, m.text) for m in prose(text)] == [(COLLECTIVE, phrase)]


@pytest.mark.parametrize(
    "text, phrase",
    [
        (
            "It includes voluntary, community faith and social enterprise organisations.",
            "voluntary, community faith and social enterprise organisations",
        ),
        ("It works with third sector organisations.", "third sector organisations"),
        ("Commissioners and providers agreed the plan.", "Commissioners and providers"),
    ],
)
def test_a_list_of_sectors_and_the_two_sides_of_a_health_economy_are_collective(text, phrase):
    assert [(m.kind, m.text) for m in prose(text)] == [(COLLECTIVE, phrase)]


@pytest.mark.parametrize(
    "texts, title",
    [
        (
            [
                " date 2021-02-17 Published: 9:00 AM February 17, 2021",
                "",
                "Two volunteers from the Hill Medical Practice in Riverton. - Credit: Jo Bloggs",
                "",
                "Riverton Health Alliance thanks its volunteers",
            ],
            "Riverton Health Alliance thanks its volunteers",
        ),
        (
            ["High Contrast", "", "“Being able to talk has made me feel in control.”", "", "Riverton Wellbeing Service"],
            "Riverton Wellbeing Service",
        ),
        (
            ["Home / News", "", "", "Featured Thursday, Dec 13 2018", "", "Riverton Wellbeing Hub opens its doors"],
            "Riverton Wellbeing Hub opens its doors",
        ),
        (
            ["top of page", "Search", "", "Riverton Primary Care Centre"],
            "Riverton Primary Care Centre",
        ),
        (
            ["Back to all news", "31 January 2026", "", "Report from the Riverton Network Meeting"],
            "Report from the Riverton Network Meeting",
        ),
        (["Menu Home Search", "01622 851197 Contact us", "", "Chairman's Newsletter"], "Chairman's Newsletter"),
    ],
    ids=[
        "a dateline and a credited caption",
        "accessibility controls and a pull quote",
        "a trail with slashes and a featured date",
        "lines each furniture",
        "a link back to the listing over a date",
        "a telephone number before its contact link",
    ],
)
def test_furniture_above_a_title_is_no_title(texts, title):
    from pchgraph.readers.casestudy import FURNITURE, is_dateline, title_block

    assert is_dateline(" date 2021-02-17 Published: 9:00 AM February 17, 2021")
    assert FURNITURE.match("High Contrast")
    assert title_block(numbered_blocks(texts)).text == title


def test_a_heading_asking_what_is_x_introduces_x(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        High Contrast

        Riverton Mental Health Charity

        What is Ways to Riverton?

        Ways to Riverton is a service for people in the west of Riverton with long-term health conditions. GPs refer patients to Ways to Riverton.

        Ways to Riverton adds to the medical support that people receive.
        """,
    )
    assert sites == ["Ways to Riverton"]


def test_bodies_after_a_count_of_them_and_a_colon_are_partners_and_the_count_a_collective():
    text = (
        "In addition to Riverton Concern, there are three other providers of Ways to Riverton, each working with a cluster "
        "of GPs: Changing Lives, First Contact Clinical, and HealthWORKS Riverton."
    )
    found = piece_mentions(joined_paragraph([Line(1, text)]), False)
    assert [(m.kind, m.name) for m in found if m.kind != MENTIONED][-4:] == [
        (COLLECTIVE, "three other providers"),
        (ORGANISATION, "Changing Lives"),
        (ORGANISATION, "First Contact Clinical"),
        (ORGANISATION, "HealthWORKS Riverton"),
    ]


def test_a_list_of_the_staff_a_patient_may_see_is_no_list_of_sites():
    from pchgraph.readers.structure import site_lists

    texts = [
        "Evening appointments at any of the three hubs to see one of the following:",
        "",
        "• GP",
        "• Physiotherapist",
        "• Nurse",
        "• Health care assistant",
        "• Voluntary sector services",
    ]
    assert site_lists(numbered_blocks(texts)) == []


def test_money_is_no_site_and_a_strategys_title_names_its_partnership(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Agenda item

        Wellbeing Riverton Strategy 2021-2024

        To consider the report of the Director Transformation.

        The Community Infrastructure Levy (CIL) will fund the Wellbeing Riverton programme with Riverton Council for Voluntary Service, and the Community Infrastructure Levy grant is agreed.
        """,
    )
    assert sites == ["Wellbeing Riverton"]


def test_a_title_naming_no_body_is_about_the_one_network_among_names_weighed_alike(tmp_path):
    from pchgraph.readers.casestudy import FURNITURE

    assert FURNITURE.match("WRITTEN FOR Riverton Watch – Feb 2016.")
    sites, _ = read(
        tmp_path,
        """
        Provision of Health Care Services within the District

        The Chairman welcomed Dr Jo Bloggs, General Practitioner at Dale Medical Partnership and Clinical Director of the Dale Primary Care Network.

        There are five PCNs within Riverton, one of which is in the Dale.
        """,
    )
    assert sites == ["Dale Primary Care Network"]


def test_practices_a_merger_title_introduces_and_a_sentence_lists_bare_name_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Three Riverton GP practices are set to merge into a new super practice serving 38,000 patients across the city.

        But doctors have stressed that the existing surgeries will be retained.

        The practices affected are North Hill, St Paul's and Dale House.
        """,
    )
    assert sites == ["North Hill, St Paul's and Dale House"]


def test_practices_that_merge_in_to_one_comma_name_the_practice_they_make(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        PLANS to create a super-sized GP practice in Riverton could get the green light next week.

        The proposal would see six practices across the borough merge in to one, Hill Family Healthcare, with 30 GPs.

        Those intending to merge are Dale Medical Centre, in Mill Road; Vale Surgery, in Riverton; and Brook Medical Practice.
        """,
    )
    assert sites == ["Hill Family Healthcare"]


def test_an_illness_given_its_abbreviation_is_no_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Skip to main content

        Riverton COPD Programme

        Riverton was selected as one of 43 sites to take part, building on work within the Federations. The programme focuses on patients with Chronic Obstructive Pulmonary Disease (COPD), and COPD care is led by Hill GP Federation, Dale Medical Alliance and Mill GP Network.
        """,
    )
    assert sites == ["Riverton COPD Programme"]


def test_a_partnership_that_says_we_are_one_is_no_other_body_whose_name_begins_the_same(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Hill Forest Health Partnership (HFHP) represents primary care at scale

        We are a fully formed partnership of six GP surgeries serving over 73,000 patients in the Hill Forest area.

        We are members of the Riverton Clinical Commissioning Group. We support working with neighbouring practices and are a member of the Hill Forest Federation.
        """,
    )
    assert sites == ["Hill Forest Health Partnership"]


def test_the_name_practices_change_theirs_to_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Two Riverton area GP practices are set to merge.

        Hill Surgery, Riverton, and Dale Medical Centre, Mill, will officially join contracts on 1st April.

        The move has been approved by their NHS commissioners.

        The practices are changing their names – to Blossom Riverton, a name chosen by staff.
        """,
    )
    assert sites == ["Blossom Riverton"]


def test_an_item_cut_after_a_comma_goes_on_in_the_short_line_after_it():
    texts = [
        "The hubs are:",
        "",
        "• Central hub: Hill Medical Centre, Dale Community Health Care Centre, Manningham,",
        "",
        "Riverton, RV8 8RA",
        "",
        "• South hub: The Mill Medical Practice, Cousen Road, Riverton, RV7 3JX",
    ]
    found = numbered_blocks(texts)
    assert [b.kind for b in found][1:] == ["item", "item"]
    assert found[1].text.endswith("Manningham, Riverton, RV8 8RA")


def test_the_practice_a_merger_makes_is_the_site_before_the_company_that_announced_it(tmp_path):
    from pchgraph.readers.casestudy import names_a_body

    assert names_a_body("Riverton Health Ltd")
    sites, _ = read(
        tmp_path,
        """
        Riverton Health Ltd to Merge Hill Road Surgery and Dale Medical Practice: A New Era in Riverton’s Primary Healthcare

        In a significant move, Riverton Health Ltd, the largest GP Group in the region, has announced plans to merge Hill Road Surgery and Dale Medical Practice. The new entity, to be named Central Riverton Practice, will commence operations in April.

        Riverton Health Ltd says patients will keep their usual sites.
        """,
    )
    assert sites == ["Central Riverton Practice"]


def test_a_brand_that_was_a_places_first_scheme_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Social prescribing scheme just what the doctor ordered 6/10/15

        A PILOT scheme to improve the quality of life for people across Riverton has been rolled out across the town.

        ConnectRiver was the county’s first social prescribing scheme when it was launched at four GP practices in 2014.

        ConnectRiver provides health professionals with a single referral route to voluntary and community sector organisations.
        """,
    )
    assert sites == ["ConnectRiver"]


def test_a_page_titled_about_x_is_xs_own_page(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Please ensure Javascript is enabled for purposes of website accessibility

        About Hill and Dale Health

        Hill and Dale Health (HDH) is a Limited Company that operates both North Hill and Dale Lower Hill Primary Care Networks in Riverton.

        We incorporated in May 2022, working as a not-for-profit organisation.
        """,
    )
    assert sites == ["Hill and Dale Health"]
    assert {"North Hill Primary Care Network", "Dale Lower Hill Primary Care Network"} <= set(kinds(mentions, ORGANISATION))


@pytest.mark.parametrize(
    "text",
    [
        "NHS Riverton Clinical Commissioning Group (CCG) currently commissions three Primary Care Access Hubs.",
        "Riverton CCG will undertake a further review of the service in December.",
        "NHS Riverton Clinical Commissioning Group (CCG) is writing to patients at six practices.",
    ],
)
def test_a_commissioner_doing_what_commissioners_do_is_only_named(text):
    assert [m.kind for m in prose(text) if "CCG" in m.name or "Commissioning" in m.name] == [MENTIONED]


@pytest.mark.parametrize(
    "text",
    [
        "However, the New Hill Surgery will no longer be involved in the plans.",
        "Dale Medical Centre, in Mill Road, has since pulled out of the proposal.",
        "Vale Surgery will not be affected by the merger.",
    ],
)
def test_a_practice_the_page_says_is_not_in_it_is_only_named(text):
    assert [m.kind for m in prose(text) if m.kind != COLLECTIVE] == [MENTIONED]


def test_a_body_called_on_to_act_is_only_named():
    text = "Riverton Liberal Democrats have called on Riverton Council and NHS Riverton CCG to work together to enhance services."
    assert {m.kind for m in prose(text) if m.name in ("Riverton Council", "NHS Riverton CCG")} == {MENTIONED}


def test_the_name_a_merger_is_changed_to_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Patients at a Riverton surgery have raised concerns about plans for its future.

        Hill Mead Surgery and Dale Surgery merged last year, and some doctors are moving to Dale Surgery.

        “Is changing the name to Hill Well (trading name of Hill Mead and Dale surgeries) the start of selling off the site?”
        """,
    )
    assert sites == ["Hill Well"]


def test_a_short_form_wrapped_over_two_lines_is_on_the_line_its_first_word_is_on(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Wellbeing

        NHS Riverton CCG has worked with Riverton Council for Voluntary Service to run Riverton Wellbeing and the
        CCG appointed Riverton Council for Voluntary Service to run it.
        """,
    )
    short = [m for m in mentions if m.text == "the CCG"]
    assert [m.line for m in short] == [3]


def test_a_name_set_beside_what_it_is_made_of_is_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Not-for-profit doctors to run night care

        A fund for charities has invested £200,000 into Riverton Care UK, a consortium of four organisations providing night care.

        The four social enterprises, which reinvest their profits, are: Hill Doctors; Daleco (Dale, Mill and Vale); Riverton Care 24 (North Riverton); and Vale Health (Kent).

        Dr Jo Bloggs, medical director of Riverton Care UK, said so.
        """,
    )
    assert sites == ["Riverton Care UK"]
    members = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE) and m.line == 5}
    assert members == {"Hill Doctors", "Daleco", "Riverton Care 24", "Vale Health"}


def test_a_wider_partnership_the_writers_are_part_of_is_not_the_page_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Application to merge Hill Drive, Dale Road and Mill Road practices

        As a patient registered with one of the above practices, you know we have worked together since April.

        We are also all part of Riverton Primary Care, a partnership of 13 like-minded practices in the county who work together.
        """,
    )
    assert sites[0].startswith("Hill Drive") and "Riverton Primary Care" in sites


def test_two_bodies_run_together_before_a_national_suffix_are_two():
    names = [n for _, _, n in prose_names("It works with Volunteer Riverton and Age UK to help.")]
    assert "Volunteer Riverton and Age UK" not in names


def test_a_consortium_is_a_partnership_and_one_the_page_says_has_ended_is_not_the_site(tmp_path):
    sites, _ = read(
        tmp_path / "1",
        """
        Surgeries Extend Opening Hours

        From Monday all Riverton GP practices are coming together to improve access to evening appointments.

        The practices are pooling their appointments so that all patients in Riverton can book at the Hill Plus surgery.

        The agreement is part of the formation of the Riverton GP Commissioning Consortium, which involves all the Riverton practices.

        The consortium is preparing an application to the Department of Health to become a ‘Pathfinder’, a status which marks the partnership out.
        """,
    )
    assert sites == ["Riverton GP Commissioning Consortium"]
    sites, _ = read(
        tmp_path / "2",
        """
        RIVFED started as an informal group following dissolution of Riverton GP Commissioning Consortium in 2014.

        RIVFED was successful in being approved as an exemplar site. RIVFED has highlighted the shortcomings of the service.
        """,
    )
    assert "Riverton GP Commissioning Consortium" not in sites


def test_a_headline_saying_practices_join_names_no_body_and_its_practices_are_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Riverton GP surgeries enter into partnership

        A rural doctors surgery has entered into a partnership with another practice to help secure its future.

        Hill Surgery in the Dale valley will become a branch surgery of Mill surgery.

        GP Partner at Mill Surgery, Dr Jo Bloggs, said so.
        """,
    )
    assert sites == ["Hill Surgery and Mill Surgery"]


def test_a_commissioners_committee_opening_the_page_gives_way_to_the_practices_merging(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        The CCG’s Primary Care Commissioning Committee has approved changes relating to two GP practices in Riverton.

        The practices, Hill and Dale Surgery and Mill Road Surgery, had held discussions and developed proposals for a merger.

        Services will no longer be offered from the Hill site, with the Dale Surgery building and the Mill Road Surgery building remaining open.
        """,
    )
    assert sites == ["Hill and Dale Surgery and Mill Road Surgery"]
    assert not [m for m in mentions if m.line == 5 and m.kind == PRACTICE]


def test_a_page_opening_on_practices_merging_is_about_their_merger_not_their_network(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Background and proposal

        Hill Practice is a local GP practice based in Riverton Health Centre. Dale Practice also serves patients from Riverton Health Centre. Both practices are members of the Riverton Health Primary Care Network (PCN).

        The merger of these practices, proposed by the GP partners of both practices, was scheduled for April.

        The merger of the two practices will create a new single GP practice providing services from the existing site.

        Both Hill Practice and Dale Practice are small GP practices and by merging to form a larger GP practice, they reduce the burden. The newly formed GP practice will stay in the same building.
        """,
    )
    assert sites[0] == "Hill Practice and Dale Practice" and "Riverton Health Primary Care Network" in sites


def test_a_page_with_no_blank_lines_has_only_its_first_line_for_a_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        What is a GP Federation?
        A GP federation is a group of general practices working together within the local health economy.
        Across the country, GP practices have set up Federations to deliver services at scale.
        For most (including here in Riverton), this does not change the duties each practice has.
        The concept was first set by the Royal College of General Practitioners (RCGP). Its publication, The RCGP Roadmap, set out a model.

        Federations in Riverton
        Here in Riverton, the GPs have set up two federations and this website is dedicated to one of them: Hill Health Connect Ltd.
        Hill Health Connect Ltd practices came together and decided to work as one.
        """,
    )
    assert sites == ["Hill Health Connect Ltd"]


def test_a_place_alone_is_no_site_but_a_word_before_it_makes_a_name(tmp_path):
    sites, _ = read(
        tmp_path / "1",
        """
        Networks begin in England, but Tower Hamlets has a head start

        From today, GP surgeries in England have come together to form networks, yet in Tower Hamlets, we started the ball rolling ten years ago.

        In Tower Hamlets, we are fortunate to have started early. Dr Jo Bloggs, Clinical Director for Hill & Dale Health Network, commented on the plans.

        "GP networks in Tower Hamlets have been established for years," said Hill & Dale Health Network.
        """,
    )
    assert sites == ["Hill & Dale Health Network"]
    sites, _ = read(
        tmp_path / "2",
        """
        About the Devon ICB
        One Devon is a collaboration of the NHS and local councils, working together to improve the lives of people in Devon.
        About the One Devon Integrated Care System
        Devon is a complex system, with many different arrangements.
        """,
    )
    assert sites == ["One Devon"]


def test_a_listed_site_may_open_with_a_figure(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Test sites chosen for a new primary care programme

        Fifteen ‘test sites’ across England have been chosen to develop and test a new approach.

          • 1st Care Riverton
          • Hill Medical Group
          • Dale Health Partnership
        """,
    )
    assert "1st Care Riverton" in sites


def test_the_writers_network_named_beside_the_word_for_it_is_the_page_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Please ensure Javascript is enabled for purposes of website accessibility

        You might have heard about Primary Care Networks, but what exactly are they, and what do they do for patients?

        PCNs are groups of GP practices, usually sharing a geographic area. Each PCN covers around 30,000 to 50,000 patients.

        In our network, Hill Lower Dale, we have four member practices – Avenue Medical Practice, The Grove, Hill Health Partnership and Mill Surgery.

        Our Clinical Directors are GP Partners at The Grove Medical Group and Hill Health Partnership respectively.
        """,
    )
    assert sites[0] == "Hill Lower Dale"
    assert {"Avenue Medical Practice", "The Grove", "Mill Surgery"} <= {m.name for m in mentions if m.line == 7 and m.kind == PRACTICE}


def test_bare_names_after_a_count_of_practices_are_practices_and_the_first_lead_in_leads():
    def listed(text):
        return kinds(piece_mentions(joined_paragraph([Line(1, text)]), False), PRACTICE)

    text = "It is assumed that the three practices in these talks are the members of the Riverton Group: Hill, Dale Vale and Mill."
    assert listed(text) == ["Dale Vale", "Hill", "Mill"]
    text = (
        "The practices taking part are Hill Medical Centre and Dale Family Practices, which incorporates two practices – Yacht and Anchor."
    )
    assert {"Hill Medical Centre", "Dale Family Practices"} <= set(listed(text))


def test_the_name_practices_will_work_together_as_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        A new ‘Super-Practice’ for Riverton GPs

        Doctors in Riverton are preparing to merge three surgeries. Hill Hall, Dale Hall and Mill surgeries will work together as the Harbour Medical Group.

        Mill Surgery has vowed that patients will see no difference in the services provided to them.
        """,
    )
    assert sites == ["Harbour Medical Group"]


def test_a_quoted_name_a_dash_calls_a_hub_developed_by_bodies_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        date 2021-06-28 Workshops are taking place at Hill Abbey next week to get residents' thoughts on activities.

        Ideas will feed into Riverton s first 'Blue Sky Café’ - a wellbeing hub that is being developed by Hill Abbey Trust, Dale Theatre and the University of Riverton.

        Hill Abbey is developing a new wellness programme and wants to hear your ideas.
        """,
    )
    assert sites[0] == "Blue Sky Café"


def test_a_federation_may_call_itself_a_fed(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Delivering Urgent Care Centres

        In partnership with Dale Health, Riverton GP Fed bid successfully for the contract to run six sites.

        An agreement has been set up with the Fed to deliver this service.
        """,
    )
    assert [m.line for m in mentions if m.name == "Riverton GP Fed"] == [3, 5]
    assert kind_of("Riverton GP Fed")[0] == "federation"


def test_a_body_given_its_short_form_and_defined_as_a_partnership_serving_patients_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Supporting the introduction of social prescribing through integrated approaches to care

        Hill Healthcare (Hill) is a GP partnership serving more than 70,000 patients at eight practices across Riverton.

        People's health is often determined by social factors. NHS England committed in its plan to widen access.
        """,
    )
    assert sites == ["Hill Healthcare"]


def test_a_title_naming_no_body_gives_way_to_the_one_provider_the_page_opens_on(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        £5 per Head Funding

        Practices had asked that the Federation work alone on this project. The CCG has set out its position. The Trust proposed an alliance contract with Hill Healthcare.
        """,
    )
    assert sites == ["Hill Healthcare"]


def test_a_letters_greeting_is_no_title_and_practices_merged_into_the_unified_one_make_it(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Dear all,

        I am retiring at the end of November, after thirty years working for the NHS.

        The Partners took the decision to merge Hill, Dale, Mill and Vale surgeries into the unified Aspen Medical Practice and change the way we work.
        """,
    )
    assert sites == ["Aspen Medical Practice"]
    sites, _ = read(tmp_path / "2", "Dear all,\n\nI am retiring at the end of November, after thirty years working for the NHS.")
    assert sites and not sites[0].startswith("Dear")


def test_a_day_of_the_week_is_no_name():
    from pchgraph.readers.casestudy import first_proper_name

    assert first_proper_name("The biggest change in a generation is launched today (Monday 1 July).") is None


def test_practices_joining_with_others_are_the_site_not_where_one_is_based(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        A GROUP of Riverton GP surgeries could be set to form a federation to care for 35,000 people.

        The Castle Medical Group is considering joining with Hill Medical Practice, which is also based at the Dale Medical Centre, and Mill Medical Centre.

        The surgeries could start working together later this year.
        """,
    )
    assert sites == ["Castle Medical Group, Hill Medical Practice and Mill Medical Centre"]


def test_two_names_the_sentence_calls_practices_are_the_practices_merging(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        A GP practice serving Hill and Dale is hailing "a bright future" for patients after it announced a merger that will see it looking after 60,000 patients.

        Hill Medical Group and Ocean Health, two of the largest practices in the south west, announced the merger last week.
        """,
    )
    assert sites == ["Hill Medical Group and Ocean Health"]


@pytest.mark.parametrize("name", ["Riverton West GP Network", "South-East Riverton GP Group", "Hill GP Collaborative", "Riverton GP Fed"])
def test_a_group_of_gps_named_so_is_a_federation(name):
    assert kind_of(name)[0] == "federation"


def test_practices_whose_merger_makes_the_page_practice_are_its_members(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Contract Merger

        The Partners are very pleased to announce the merger of Hill and Dale Surgeries has been formally approved and we will become a single practice called Riverton Health in January.

        As a patient already registered with a Riverton Health practice, your registration will transfer automatically.
        """,
    )
    assert sites == ["Riverton Health"]


def test_a_common_noun_a_sentence_says_is_run_by_a_body_names_nothing():
    from pchgraph.readers.casestudy import defining_sites

    text = "The scheme is run by Riverton Volunteer Centre (RVC) and funded by the council."
    assert [text[a:b] for a, b in defining_sites(text)] == []


def test_a_practice_after_a_place_possessive_or_and_may_have_its_head_in_lower_case():
    names = kinds(prose("Patients of Riverton’s Hill practice and Dale House medical practice were told they would be merged."), PRACTICE)
    assert names == ["Dale House medical practice", "Hill practice"]


def test_posts_and_documents_listed_as_members_are_no_bodies():
    text = "Other Board members include an elected Practice Manager and Practice Nurse, two Lay members, and a Director of Finance."
    assert [m.name for m in piece_mentions(joined_paragraph([Line(1, text)]), False) if m.kind in (ORGANISATION, PRACTICE)] == []


def test_a_listed_name_that_says_it_is_a_practice_is_one_and_a_site_spelled_without_its_space_is_the_site(tmp_path):
    text = "The contract covers patients registered with Hill Surgery and also those registered with Dale Medical Practice."
    assert kinds(piece_mentions(joined_paragraph([Line(1, text)]), False), PRACTICE) == ["Dale Medical Practice", "Hill Surgery"]
    from pchgraph.readers.casestudy import self_mentioned_site
    from pchgraph.readers.sites import Site

    assert self_mentioned_site(Mention("HDoc Ltd", "HDoc Ltd", ORGANISATION, 3), [Site("H Doc Ltd", "a.txt", 1)]) is not None


def test_a_body_the_sentence_says_has_joined_a_group_is_named_whatever_its_last_word():
    assert "Riverton Health" in [
        m.name for m in prose("Riverton Health has become part of Hill Primary Care (HPC), which has nine practices.")
    ]


def test_a_page_whose_title_names_no_body_may_be_about_the_programme_it_opens_on(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        PERFORMANCE: Every GP practice in Riverton is to have access to advisers to whom patients can be referred.

        These include concerns relating to debt, evictions and job loss.

        Riverton Clinical Commissioning Group plans to invest over £1m in the Advice on Prescription Programme over the next three years.
        """,
    )
    assert sites == ["Advice on Prescription Programme"]


def test_a_heading_above_a_label_line_is_the_title_alone(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Hill Surgery P.P.G. Meeting 22nd March 2016
        Present: Jo Bloggs - (Practice Manager), Dr Ann Smith (G.P). John Doe (Chair)
        Apologies: Ian Brown
        """,
    )
    assert sites == ["Hill Surgery P.P.G. Meeting 22nd March 2016"]


def test_a_body_the_page_calls_by_its_own_acronym_is_named_again(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Dr Jo Bloggs, now Chair of the Hillside Community Care Alliance, a collaboration across the city, has stepped down as Chair of Riverton GP Alliance. He remains a director of RGPA.
        """,
    )
    assert sites == ["Riverton GP Alliance"]


def test_the_nhs_before_what_it_funds_or_employs_is_the_health_service_named():
    found = prose("The alliance keeps NHS funding in general practice and works with NHS trusts.")
    assert [(m.text, m.kind) for m in found] == [("NHS", MENTIONED), ("NHS trusts", COLLECTIVE)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Riverton Health Alliance will bid for contracts from Riverton Clinical Commissioning Group.",
        "Having been put in place by Riverton Clinical Commissioning Group, Riverton Health Alliance runs five surgeries.",
        "Dr Jo Bloggs, chief of Riverton Clinical Commissioning Group, welcomed Riverton Health Alliance.",
    ],
)
def test_a_commissioner_that_awards_contracts_sets_a_body_up_or_employs_a_speaker_is_only_named(sentence):
    found = prose(sentence)
    assert ("Riverton Clinical Commissioning Group", MENTIONED) in {(m.name, m.kind) for m in found}


def test_a_company_named_by_its_legal_form_is_a_body():
    names = [m.name for m in prose("The deal sees Dale Corporation lend Hill Care Holdings the funds, as Vale PLC did.")]
    assert names == ["Dale Corporation", "Hill Care Holdings", "Vale PLC"]


def test_a_body_the_page_goes_on_calling_by_its_abbreviation_may_be_its_site_whatever_its_name_ends_in(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        The county's biggest out-of-hours service is about to expand into the Vale.
        From next month practices at Hill and Dale will form the new Vale Rota of the Riverton Emergency Doctors (RED).
        Practices that are already members of RED will transfer to the new rota.
        RED has 441 GP members covering a population of one million.
        """,
    )
    assert sites == ["Riverton Emergency Doctors"]


def test_a_body_a_person_leads_is_a_body_whatever_word_its_name_ends_in():
    names = [
        m.name
        for m in prose("Dr Jo Bloggs, Chairman of Hill Health, spoke; Ann Smith, Director of Public Health for North Yorkshire, agreed.")
    ]
    assert names == ["Hill Health"]


def test_a_plan_given_with_its_abbreviation_is_no_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Three GP groupings confirmed

        The initiative is part of the Sustainability and Transformation Plan (STP), created by Riverton health trusts and Riverton County Council, which sets out proposals to overhaul the health system.

        The STP says extended GP practices will provide more evening and weekend appointments, and the Riverton Care Alliance will run them.
        """,
    )
    assert sites == ["Riverton Care Alliance"]


def test_practices_sharing_one_plural_head_after_whose_they_are_are_each_a_practice():
    text = "A way forward is the merge of Hill, Dale Road and Vale doctor's surgeries, which will serve 25,000 patients."
    assert kinds(piece_mentions(joined_paragraph([Line(1, text)]), False), PRACTICE) == [
        "Dale Road Surgery",
        "Hill Surgery",
        "Vale Surgery",
    ]


def test_a_title_on_merging_names_the_practices_before_a_later_sentence_naming_some_of_them(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Application to merge Hill Drive, Dale Road and Vale Road practices

        We would now like to make this arrangement permanent by forming one large practice as from April.

        There are plans to relocate the Hill Drive and Dale Road practices to new premises, as they merge.
        """,
    )
    assert sites == ["Hill Drive Practice, Dale Road Practice and Vale Road Practice"]


def test_a_name_set_beside_a_joint_service_of_two_bodies_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Support on prescription

        The Riverton Wellbeing Service, a joint NHS and Riverton County Council service, has gone from strength to strength this year.
        """,
    )
    assert sites == ["Riverton Wellbeing Service"]


def test_the_body_merging_practices_form_part_of_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Hill Surgery, in Riverton, is merging with and moving to the Dale Family Practice, on London Road.

        Patients were given the chance to look around the practice in an open day on Saturday.

        The two practices now form part of Vale Healthcare and all patients will be based at Dale Family Practice.
        """,
    )
    assert sites == ["Vale Healthcare"]


def test_a_town_after_a_body_s_name_is_where_it_is_unless_more_names_follow(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Practices Alliance

        The surgeries that are affected are:

          • St Mary’s Island Surgery, Chatham, and branch surgeries
          • Sunlight Centre Surgery, Gillingham

        Broadstairs Medical Practice, Minster, Birchington and Westgate Surgery join the alliance.
        """,
    )
    names = {m.name for m in mentions}
    assert {"St Mary's Island Surgery", "Sunlight Centre Surgery", "Minster"} <= names
    assert not {"Chatham", "Gillingham"} & names


def test_a_name_set_up_with_what_its_abbreviation_stands_for_in_brackets_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        A group of 150 GPs, practice nurses and managers have set up a social enterprise venture in an attempt to protect NHS services.

        Riverton RIC (Riverton integrated care services) has been set up as a community benefit society.
        """,
    )
    assert sites == ["Riverton RIC"]


def test_a_photo_credit_above_the_title_is_furniture_and_a_few_words_before_a_dash_and_a_gloss_name_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Photo by Jo Bloggs

        Prescribe to thrive – embedding social prescribing in Riverton for 100 residents and practitioners

          • Building on existing successes in West Riverton, an area vulnerable to the pandemic
          • Working with partners The Dale Project and Citizens Advice
        """,
    )
    assert sites == ["Prescribe to thrive"]


def test_a_list_under_a_lead_in_of_what_a_partnership_offers_holds_services_not_sites(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Primary Care Network - Riverside

        Our network is called Riverside and currently comprises of 6 local practices.

        What services does the PCN offer?

          • First Contact Practitioner for musculoskeletal symptoms.
          • Frailty Team
          • Social Prescribing
          • Health and Wellbeing Coach
        """,
    )
    assert sites == ["Riverside"]


def test_a_website_s_trail_of_links_is_no_title_and_a_quoted_name_before_its_kind_is_defined(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Riverton Health Partnership > Resources > Case study: Dale GP Extended Access Service

        An example of practices working collaboratively at scale is the ‘One Health Dale’ GP Federation. The service offers GP appointments.

        One Health Dale is wholly owned by the GP practices in the borough.
        """,
    )
    assert sites == ["One Health Dale"]


def test_a_title_whose_last_word_stands_alone_on_the_next_line_is_one_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Age UK Riverton Integrated Care
        Service

        Identify & understand

        The Integrated Care Service (ICS) was set up as a Riverton Clinical Commissioning Group scheme for older people.
        """,
    )
    assert sites == ["Age UK Riverton Integrated Care Service"]


def test_practices_at_which_gps_work_under_one_lower_case_head_are_the_merger(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Views wanted on proposed merger of Riverton GP surgeries

        GPs at Mill Road and Hill Park surgeries are considering merging to improve services.

        Hill Park Surgery is less than a mile from the Mill Road practice.
        """,
    )
    assert sites == ["Mill Road Surgery and Hill Park Surgery"]
    assert {"Mill Road Surgery", "Hill Park Surgery"} <= set(kinds(mentions, PRACTICE))


def test_a_name_set_off_by_commas_after_a_long_description_of_a_provider(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Primary Care Home

        Six practices have come together with the city’s community health services provider, Riverton Community Health, to develop new services.
        """,
    )
    found = {m.name: m for m in mentions if m.name == "Riverton Community Health"}
    assert found, [m.name for m in mentions]
    # (a provider of community health services is no voluntary body)
    assert kind_of(found["Riverton Community Health"].name)[0] != "charity"
    assert found["Riverton Community Health"].note is None or "voluntary" not in found["Riverton Community Health"].note


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Within Riverton Federated Healthcare the practices work together.", "Riverton Federated Healthcare"),
        ("Across Hill Health Partnership the practices share staff.", "Hill Health Partnership"),
        ("The NHS as a whole faces challenges, and so does the Riverton Health Alliance.", "NHS"),
    ],
)
def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it(sentence, expected):
    names = {m.name for m in piece_mentions(joined_paragraph([Line(1, sentence)]), False)}
    assert expected in names, names
    assert not any(name.split()[0] in ("Within", "Across", "The") for name in names), names


def test_a_trust_printed_without_nhs_and_an_aside_before_the_first_item_keep_a_comma_name_whole():
    # ('Wrightington, Wigan and Leigh NHS Foundation Trust' is in the reference data)
    for sentence in (
        "The company works with other local providers, including for example Wrightington, Wigan and Leigh Foundation Trust.",
        "It works with Wrightington, Wigan and Leigh Foundation Trust.",
    ):
        names = {m.name for m in piece_mentions(joined_paragraph([Line(1, sentence)]), False) if m.kind != COLLECTIVE}
        assert names == {"Wrightington, Wigan and Leigh Foundation Trust"}, names


def test_sectors_named_together_and_other_bodies_of_a_kind_are_groups_in_a_partner_list():
    sentence = "We will work in partnership with Riverton Hospitals NHS Trust, other local Federations and the Community and Voluntary Sector to provide care."
    found = {(m.text, m.kind) for m in piece_mentions(joined_paragraph([Line(1, sentence)]), False)}
    assert ("other local Federations", COLLECTIVE) in found, found
    assert ("the Community and Voluntary Sector", COLLECTIVE) in found, found
    assert not any(kind != COLLECTIVE and text != "Riverton Hospitals NHS Trust" for text, kind in found), found


def test_a_question_about_a_name_set_as_a_list_entry_introduces_it(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Background Information and Frequently Asked Questions

          • ▶ How did Paths to Health come about?

            The development of Paths to Health has been led by Voluntary Organisations North Riverton (VONR), supported by Riverton Clinical Commissioning Group.

            A steering group became a sub-committee of the Board of Paths to Health. Jo Bloggs, Chief Executive of VONR, and Sam Smith, Chair of VONR, sat on it with VONR staff.

          • ▶ Why is the Paths to Health service needed?
        """,
    )
    assert sites == ["Paths to Health"]


def test_a_list_of_reasons_under_a_question_about_a_kind_of_partnership_names_no_sites(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Improving health in Riverton through sustainable primary care

        Why form a federation?

          • Increase patient demands on general practices with a need for more appointments
          • Rising administrative demands on general practices
          • Less funding into general practices
          • To support each other and develop resilience

        Who are Riverton Federated GPs (RFG)?

        Riverton Federated GPs CIC is an organisation consisting of 52 general practices in the borough.
        """,
    )
    assert len(sites) == 1 and sites[0].startswith("Riverton Federated GPs"), sites


def test_a_name_whose_kind_of_partnership_is_in_lower_case_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        How our PBC group won bid for GP-led health centre

        As a recognised local provider, Hillside PBC consortium saw no reason not to bid to run the local centre.

        When we heard Riverton PCT was looking to establish a GP-led health centre, we were keen it should be driven by local clinicians.

        So Hillside PBC consortium decided to put in a bid to deliver the service.
        """,
    )
    assert sites == ["Hillside PBC Consortium"]


def test_the_name_bodies_go_by_together_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        SURGERIES in Riverton have implemented several new ways of working.

        Primary Healthcare Riverton, the collective name of all 11 GP practices in the town, has been operating since October last year.

        Dr Jo Bloggs sits on the board of Primary Healthcare Riverton.
        """,
    )
    assert sites == ["Primary Healthcare Riverton"]


def test_a_gp_confederation_is_a_partnership_of_practices(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Online feedback in primary care

        2 Riverton GP Confederation – who we are
        A social enterprise (CIC) since 2014, 42 practices, contracts from the CCG and Riverton Council to run extended services.
        """,
    )
    assert sites and sites[0].endswith("Riverton GP Confederation"), sites
    assert kind_of("Riverton GP Confederation")[0] == "federation"
    # (a confederation of NHS bodies is no federation of practices)
    assert kind_of("Riverton Confederation")[0] != "federation"


def test_a_list_ends_where_a_relative_clause_of_place_begins():
    sentence = (
        "Jim went to a number of PPG meetings this month including Central Riverton PPG where there was a good discussion "
        "about digital ways of contacting GP practices, Hill PPG talked about ways the group could help support the practice, "
        "and at the Dale core PPG meeting Jim heard the PPG has raised enough money."
    )
    found = piece_mentions(joined_paragraph([Line(1, sentence)]), False)
    assert not any(m.kind != COLLECTIVE and ("Jim" in m.name or " talked " in m.name) for m in found), [(m.name, m.kind) for m in found]


def test_the_parts_of_a_partnerships_work_after_a_lead_in_are_no_bodies():
    sentence = (
        "The report set out the governance structures of One Riverton and the workstreams which consist of "
        "One Riverton Delivery Plan, Digital Strategy, Workforce, Estates and Communication and Involvement."
    )
    found = [m for m in piece_mentions(joined_paragraph([Line(1, sentence)]), False) if m.kind in (ORGANISATION, PRACTICE)]
    assert not any(m.name in ("Digital Strategy", "Workforce") for m in found), [m.name for m in found]


def test_the_site_named_beside_a_description_of_its_members_is_itself_later(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Being in the vanguard of NHS change
        An initial support package for the 29 New Care Model Vanguards was announced on 31 July.
        In the first of a series of blogs, Dr Jo Bloggs reveals the ambitions of the Better Riverton Care (North Riverton) Vanguard:
        Our message is clear: Better. Riverton. Care.
        The Better Riverton Care (North Riverton) multi-specialty community provider (MCP) vanguard is the most exciting project I have been involved with.
        It gives me great hope for primary care.
        But Better Riverton Care – a partnership between GPs, Riverton Hospitals NHS Trust, the voluntary sector and others – gives us that way forward.
        """,
    )
    assert not any(m.name == "Better Riverton Care" and m.kind != "self" for m in mentions), [(m.name, m.kind) for m in mentions]


def test_bodies_of_a_kind_named_by_their_places_in_brackets_and_gps_in_a_partner_list():
    sentence = (
        "But Better Riverton Care – a partnership between GPs, Southern Health NHS Foundation Trust, three clinical commissioning "
        "groups (Fareham and Gosport, West Hampshire and South Eastern Hampshire), the voluntary sector and others – gives us that way forward."
    )
    found = {m.name: m.kind for m in piece_mentions(joined_paragraph([Line(1, sentence)]), False)}
    assert {"Fareham and Gosport CCG", "West Hampshire CCG", "South Eastern Hampshire CCG"} <= set(found), found
    assert found.get("GPs") == COLLECTIVE, found


@pytest.mark.parametrize("quote", ["'", "‘"])
def test_a_quoted_name_runs_on_over_small_words_to_its_closing_quote(tmp_path, quote):
    close = "’" if quote == "‘" else quote
    sites, _ = read(
        tmp_path,
        f"""
        MANY people might be surprised to come away with a prescription for gardening.

        Hill GP Surgery has been undertaking a year-long pilot alongside Riverton Council’s housing provider RiverHousing called {quote}Passport to Wellbeing{close}.
        """,
    )
    assert sites == ["Passport to Wellbeing"]


def test_a_list_of_as_many_places_as_a_lead_in_counts_is_a_list_of_sites(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Cameron’s contract crew

        NHS England said six areas were “working intensively with us to complete the design of the contract”.

        It has since been renamed the “MCP contract”, and on Tuesday HSJ was able to reveal where those six areas are:

          • Dudley;
          • Better Riverton Care (South Riverton);
          • Manchester;
          • Modality (Sandwell and Birmingham);
          • West Wakefield; and
          • Whitstable.

        Modality is a super-partnership GP group with a patient list of more than 60,000.
        """,
    )
    assert sites == ["Dudley", "Better Riverton Care", "Manchester", "Modality", "West Wakefield", "Whitstable"]


def test_one_areas_body_named_by_a_comma_list_of_places_is_one_name():
    sentence = "Dr Chris Hewitt, medical executive director of Leicester, Leicestershire and Rutland LMC, said: ‘We are not clear.’"
    found = piece_mentions(joined_paragraph([Line(1, sentence)]), False)
    assert [m.name for m in found if m.kind != COLLECTIVE] == ["Leicester, Leicestershire and Rutland LMC"], [
        (m.name, m.kind) for m in found
    ]
    # (a person's employer is only named)
    assert found[0].kind == MENTIONED
    # not the last place of a name before it
    sentence = "Together with NHS Kent and Medway, Medway and Swale Health and Care Partnership has established the service."
    names = [m.name for m in piece_mentions(joined_paragraph([Line(1, sentence)]), False)]
    assert "Medway and Swale Health and Care Partnership" in names, names


def test_a_primary_care_trust_is_a_commissioner_of_its_day(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill and Dale Surgery merger

        Hill Surgery and Dale Surgery are to merge, after Riverton PCT reviewed their contracts.
        """,
    )
    assert [m.kind for m in mentions if m.name == "Riverton PCT"] == [MENTIONED], [(m.name, m.kind) for m in mentions]


def test_practices_counted_under_a_name_of_their_own_then_listed_are_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        GPS say that a deluge of patients requesting foodbank referrals would push their surgeries to breaking point.

        Only the three Hillstones Practices – Mill Surgery, Lambeth Street Surgery and Dale Road Health Centre – are foodbank voucher holders.
        """,
    )
    assert sites == ["Hillstones Practices"]
    assert {"Mill Surgery", "Lambeth Street Surgery", "Dale Road Health Centre"} <= set(kinds(mentions, PRACTICE))


def test_the_newsroom_that_reports_a_story_is_its_source_not_its_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        This site is intended for health professionals only
        All seven PCNs in the London Borough of Barnet are registered to refer their patients to receive food bank support, Pulse PCN has learnt.
        The programme, led by Barnet Social Prescribing Service, has seen 40 patients referred for food bank support between April to June of this year alone: 20 times greater than the two referrals made in July to September 2021, before the cost-of-living crisis took full effect.
        Barnet GPs who recognise a patient might need help covering food costs can refer them to one of 24 social prescribers in the borough to assess their reason for needing support.
        Social prescribers then offer patients food vouchers to one of more than 10 food banks across the borough, including those in churches or mosques or run by the Trussell Trust, which has sites across the UK, at no cost to the PCN.
        The food bank referral is a gateway for general practices to address wider social issues facing their patients, Barnet Social Prescribing Service said.
        In 2019/20, a quarter (25%) of people in Barnet lived in households with an income less than 60% of the UK median. The food bank service has been running since 2019.
        """,
    )
    assert sites == ["Barnet Social Prescribing Service"]
    assert [m.kind for m in mentions if m.name == "Pulse PCN"] == [MENTIONED]


def test_a_heading_a_printed_page_wrapped_onto_its_last_word_is_one_heading():
    found = numbered_blocks(
        ["Case Study: The Hill Model of Enhanced Primary", "Care", "", "As part of our project, we collate case studies."]
    )
    assert (found[0].kind, found[0].text) == ("heading", "Case Study: The Hill Model of Enhanced Primary Care")


def test_people_listed_as_the_partnerships_representatives_stand_for_them(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Agenda item

        GP Federations

        The Committee will scrutinise the local GP Federation landscape across Riverton.

        Minutes:

        The following representatives of the GP Federations attended the meeting to present their reports:

        ·         Dr Jo Bloggs and Dr Sam Smith from HillFed

        ·         Sam Jones, CEO, Dale Federation

        ·         Dr Ed Brown, SEVale

        The federations have sought to engage where any practices were in crisis.
        """,
    )
    assert sites == ["HillFed", "Dale Federation", "SEVale"]


def test_the_people_a_body_employs_are_no_part_of_its_name_nor_a_body():
    sentence = (
        "S Renton introduced herself as Health and Well Being Team Leader and Senior Social Prescribing Link Worker for Hill and Dale PCN."
    )
    found = piece_mentions(joined_paragraph([Line(1, sentence)]), False)
    assert [m.name for m in found] == ["Hill and Dale PCN"], [m.name for m in found]
    p = joined_paragraph(
        [Line(1, "Sue Renton, Team Leader / Senior Social Prescribing Link Worker, Hill Surgery and Dale Surgery, said so.")]
    )
    beside = named_beside(p, NamedBefore(), piece_mentions(p, False))
    assert not any("Worker" in m.name for m in beside), [m.name for m in beside]


def test_a_name_right_after_its_kind_of_partnership_in_lower_case_is_that_partnership(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Primary care collaborative: Riverton

        Primary care collaborative Riverton General Practice is improving patient access, reports Jo Bloggs.

        ‘Capacity, workforce, and resilience’ lie at the heart of what primary care provider collaborative Riverton General Practice is all about, says Dr Sam Smith, chairman of Riverton General Practice.

        It grew from Hill Healthcare, a GP federation owned by the then 24 practices in Riverton.
        """,
    )
    assert sites[0] == "Riverton General Practice", sites
    assert not any(m.name == "Riverton General Practice" and m.kind == PRACTICE for m in mentions)


def test_an_item_that_only_says_where_the_one_before_it_is_is_a_note_not_a_body():
    sentence = "The home is made up of six practices, including Hill Group Practice in Hilltown, Dale Surgery, and Vale Medical Practice, in Vale Westmorland."
    found = piece_mentions(joined_paragraph([Line(1, sentence)]), False)
    assert not any("Westmorland" in m.name for m in found), [(m.name, m.note) for m in found]
    assert any(m.name == "Vale Medical Practice" and "in Vale Westmorland" in (m.note or "") for m in found)


def test_a_persons_employer_after_their_role_in_lower_case_between_commas_is_only_named():
    sentence = (
        "Ipswich Star: Amanda Lyes, chief corporate services officer, NHS Ipswich and East Suffolk Clinical Commissioning Group, said so."
    )
    found = [m for m in piece_mentions(joined_paragraph([Line(1, sentence)]), False) if "Clinical Commissioning" in m.name]
    assert [m.kind for m in found] == [MENTIONED], [(m.name, m.kind) for m in found]


def test_a_name_after_the_kind_of_partnership_it_is_and_of_is_that_partnership(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Changing the face of primary care in Riverton

        A healthcare revolution is happening in Riverton.

        Over the last three years, our very own GP federation of West Riverton Health & Wellbeing has spearheaded a great deal of this transformation.

        As one of the first Multispecialty Community Provider (MCP) vanguards, funding supported new roles.
        """,
    )
    assert sites == ["West Riverton Health & Wellbeing"]
    # (not what a federation is made of)
    assert not counted_candidates("Hill Partners, a company set up by a federation of 10 GP practices, won it.")


def counted_candidates(text):
    from pchgraph.readers.casestudy import candidate_sites
    from pchgraph.readers.structure import blocks

    found = blocks([Line(1, "Title"), Line(2, ""), Line(3, text)])
    return [c.name for c in candidate_sites(found, found[0]) if c.name.startswith("10")]


def test_a_pdfs_symbol_font_bullet_marks_a_list_item():
    found = numbered_blocks(["There are four main reasons:", "\uf0b7 Patient care across a larger team", "\uf0b7 Extending services"])
    assert [block.kind for block in found][-2:] == ["item", "item"], [(b.kind, b.text) for b in found]


def test_the_professions_of_primary_care_and_a_networks_staff_are_no_bodies(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        What is a Primary Care Network?

        GPs, Practice Managers and Practice Nurses represent a core group of the Hill Vale PCN. The PCN works with other organisations.

        Primary care includes:
        - GPs
        - Pharmacists
        - Dentists
        - Opticians
        """,
    )
    bodies = [m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)]
    assert not any(word in name for name in bodies for word in ("Managers", "Pharmacists", "Dentists", "Opticians")), bodies


@pytest.mark.parametrize(
    "sentence, site",
    [
        # the abbreviation stands for the small words too
        ("Today, the Health on the Dales (HOTD) project is a success, giving people a service.", "Health on the Dales"),
        # a description ending in lower case before the name is no part of it
        (
            "The aim is for the local Hill Health NHS Foundation Trust-led Dale Care Provider (DCP) to hold GP contracts.",
            "Dale Care Provider",
        ),
    ],
)
def test_a_name_given_with_its_abbreviation_starts_where_the_abbreviation_does(tmp_path, sentence, site):
    sites, _ = read(
        tmp_path,
        f"""
        Riverton news

        {sentence}

        Six GP practices work with it, and the council says it helps.
        """,
    )
    assert sites == [site]


def test_a_name_along_with_other_partnerships_of_its_kind_is_one(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Prime Minister's Challenge Fund

        Extra appointments will be offered across the borough from April, in the evenings and at weekends.

        Patients can book them through their own practice, which will say where the nearest hub is.

        Hill Borough Federated Healthcare along with 2 other federations in Riverton recently won the bid and is the host federation.
        """,
    )
    assert sites == ["Hill Borough Federated Healthcare"]


def test_a_document_a_verb_of_naming_names_is_no_body(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Extended Access

        One of the major projects being run at Hill Primary Care is the provision of a hub for evening appointments.

        Back in 2016 the NHS published a plan called the Riverton Practice Forward View. It laid out a scheme for general practice.
        """,
    )
    assert "Riverton Practice Forward View" not in sites, sites


def test_a_name_of_common_words_a_verb_of_naming_gives_a_partnership_is_its_name(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        At the heart of general practice since 1960

        Safety in numbers for practices that fear losing their role, as a county shows the way.

        Many practices want to keep providing community services in future, a survey found this week.

        In Riverton, 86 practices have formed a limited liability partnership called GP Care. The partnership covers 700,000 patients.
        """,
    )
    assert sites == ["GP Care"]


def test_the_name_practices_merge_as_after_the_kind_of_body_and_a_dash(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        New medical centre opened

        Hill Medical Centre, in Hill Street, has seen four existing GP practices merged under one roof to serve 30,000 patients.

        The old Dale Medical Centre, Vale Street Surgery and Oak House Medical Centre have now merged as one practice – Riverton Medical – and are joined by another surgery.
        """,
    )
    assert sites == ["Riverton Medical"]


def test_a_figure_with_its_label_in_a_flattened_table_is_no_body(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton news
        We can reveal patient numbers at Hill Healthcare at Riverton have dropped by almost 2,500 in two years.
        Dale
        2022: 47,815
        2021: 48,870
        """,
    )
    assert not [m.text for m in mentions if not any(c.isalpha() for c in m.text)]


def test_a_short_form_in_the_possessive_is_the_body_and_a_commissioners_only_named(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton news

        The Hill Alliance works with NHS Riverton CCG and Riverton Council. Mel Brown, the CCG's director, said the Council's plan was good. Later the Council agreed.
        """,
    )
    shorts = [(m.text, m.name, m.kind) for m in mentions if m.note and m.note.startswith("short for")]
    assert ("the CCG", "NHS Riverton CCG", MENTIONED) in shorts, shorts
    assert sum(1 for text, name, _ in shorts if text == "the Council" and name == "Riverton Council") == 2, shorts
    # no collective, and no name opening on the adverb
    assert not [m for m in mentions if m.kind == COLLECTIVE or m.text.startswith("Later")], mentions


def test_a_programmes_name_before_the_word_programme_is_no_body():
    bodies = [m.name for m in prose("The federation took part in the Time for Care programme with the Hill Alliance programme team.")]
    assert "Time for Care" not in bodies and "Hill Alliance" in bodies, bodies


def test_a_region_ending_in_england_is_no_body():
    bodies = [m.name for m in prose("A CCG in North East England has appointed new providers to run five practices.")]
    assert "North East England" not in bodies, bodies


@pytest.mark.parametrize(
    "sentence",
    [
        "Riverton and Dale ICB said it is working with Hill Practices to identify new providers.",
        # (a real one: after 'a', only a name the reference data knows is read as a body's)
        "The idea was discussed at a Horsham and Mid Sussex Clinical Commissioning Group (CCG) meeting last Thursday.",
    ],
)
def test_a_commissioner_that_speaks_or_meets_is_only_named(sentence):
    commissioners = [m for m in prose(sentence) if m.name.startswith(("Riverton and Dale", "Horsham"))]
    assert commissioners and all(m.kind == MENTIONED for m in commissioners), commissioners


def test_bare_plurals_of_kinds_of_body_in_a_list_are_groups():
    found = [
        (m.text, m.kind)
        for m in prose("Hubs come from partnerships between Riverton Estates and PCNs, ICBs, trusts, GPs and voluntary groups.")
    ]
    assert [text for text, kind in found if kind == COLLECTIVE] == ["PCNs", "ICBs", "trusts", "GPs", "voluntary groups"], found
    # (the doctors alone are no group of bodies)
    assert not [m for m in prose("It recruits salaried GPs and GPs with a special interest.") if m.kind == COLLECTIVE]


def test_practices_in_the_part_of_a_place_are_a_group():
    found = [
        (m.text, m.kind)
        for m in prose("This month: the work happening in practices in the south of Riverton and the north of Dale (SRND).")
    ]
    assert ("practices in the south of Riverton and the north of Dale", COLLECTIVE) in found, found


def test_two_names_opening_the_sentence_after_two_practices_are_said_to_merge(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Merger of GP surgeries collapses

        The planned merger of two of Riverton’s largest GP surgeries has reportedly collapsed due to staffing issues.

        Hill Medical Group and Dale Health were expected to partner up on 1 July to serve 60,000 patients.
        """,
    )
    assert sites == ["Hill Medical Group and Dale Health"]


def test_a_place_with_a_small_word_in_its_name_shares_a_plural_head_whole():
    names = [m.name for m in prose("We understand that Stoke on Trent and North Staffordshire CCGs have set aside funding.")]
    assert "Stoke on Trent CCG" in names and "Trent CCG" not in names, names


def test_a_name_in_brackets_after_the_kind_of_partnership_is_its_name(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        I am aware of constituents who have concerns about Hill Health Centre and its partnership (Riverton Mid Dale).

        I visited Hill Health Centre to meet members of the team when these concerns were first voiced.
        """,
    )
    assert sites == ["Riverton Mid Dale"]


def test_a_trust_seen_to_merge_with_a_practice_makes_a_merger():
    from pchgraph.readers.casestudy import merged_pairs

    text = "The move, which will see Riverton Hospitals NHS Foundation Trust merge with Hill View Medical Practice in Riverton, is a first."
    assert [name for _, _, name in merged_pairs(text)] == ["Riverton Hospitals NHS Foundation Trust and Hill View Medical Practice"]


@pytest.mark.parametrize(
    "sentence, site",
    [
        # (a minus sign printed for a dash, as some web pages set it)
        ("The trust already runs services through Hill Clinics \u2212 a joint venture with local GPs set up in 2008.", "Hill Clinics"),
        (
            "In February, Dale Practice joined Riverton Primary Care, a pioneering partnership between Riverton Healthcare and local GPs.",
            "Riverton Primary Care",
        ),
    ],
)
def test_a_name_set_off_as_a_joint_venture_or_partnership_with_others_is_one(tmp_path, sentence, site):
    sites, _ = read(
        tmp_path,
        f"""
        Trusts explore moves into primary care

        Leading foundation trusts are looking at new ways to run general practice in their cities.

        Several models are being discussed by boards across the country this year.

        {sentence}
        """,
    )
    assert site in sites, sites


def test_a_merger_between_a_short_form_and_a_practice():
    from pchgraph.readers.casestudy import merged_pairs

    text = "Records were being moved to Riverton as part of the merger between Hillmere and Dale Surgery."
    assert [name for _, _, name in merged_pairs(text)] == ["Hillmere and Dale Surgery"]


def test_a_templates_placeholder_text_is_no_title():
    from pchgraph.readers.casestudy import title_block

    found = numbered_blocks(
        ["lorem ipsum dolor sit amet, consectetur adipiscing elit", "", "Riverton Care news", "", "Riverton Care is now a CIC."]
    )
    assert title_block(found).text == "Riverton Care news"


def test_a_name_set_off_as_a_super_practice_that_covers_practices_is_one(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Twenty struggling practices forced into mega merger

        Practices in the area are planning to merge in an effort to shore up their finances, leaders said.

        GP leaders said the new body would likely take on a similar model as Hillcare – a super practice that covers 25 practices with 150,000 patients.
        """,
    )
    assert "Hillcare" in sites, sites


def test_a_trust_merging_with_a_practice_stays_a_trust():
    from pchgraph.readers.casestudy import practices_merging
    from pchgraph.readers.sites import Site

    site = Site(name="Riverton NHS Foundation Trust and Hill Surgery", source_file="a.txt", line=1)
    trust = Mention("Riverton NHS Foundation Trust", "Riverton NHS Foundation Trust", ORGANISATION, 2, site_id=site.id)
    assert practices_merging([trust], [site])[0].kind == ORGANISATION


def test_a_publication_a_text_cites_is_only_named():
    found = [
        (m.text, m.kind)
        for m in prose(
            "Our sister title Riverton Leader, where it first ran, said so, as revealed by Rulse. She declined to speak to Rulse before the deal."
        )
    ]
    assert ("Riverton Leader", MENTIONED) in found and found.count(("Rulse", MENTIONED)) == 2, found


def test_the_health_service_before_its_people_or_doings_is_only_named():
    found = [(m.text, m.kind) for m in prose("The plan was characterised by NHS officials as sound, and NHS guidance followed.")]
    assert found.count(("NHS", MENTIONED)) == 2, found


def test_the_royal_college_and_nhs_england_by_their_acronyms_are_national_bodies():
    found = [(m.text, m.kind) for m in prose("The RCGP chair has backed the plan, and NHSE has powers to attach conditions.")]
    assert ("RCGP", MENTIONED) in found and ("NHSE", MENTIONED) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Hill GP Alliance has a contract with NHS Riverton City Clinical Commissioning Group (CCG).",
        "The practices and trusts will enter talks with NHS Riverton City CCG next month.",
    ],
)
def test_a_commissioner_a_service_is_contracted_or_in_talks_with_is_only_named(sentence):
    commissioners = [m for m in prose(sentence) if "Riverton City" in m.name]
    assert commissioners and all(m.kind == MENTIONED for m in commissioners), commissioners


def test_a_practice_named_in_full_before_is_that_practice_by_its_own_words_alone(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Merger plans for two GP surgeries in Riverton

        Hillgate Surgery and Jorvale Medical Practice plan to merge from April, the practices said.

        Hillgate says in a newsletter to patients that its current building is too small. Jorvale was chosen because it is within walking distance of Hillgate.

        Patients at a surgery in Riverton will not be affected, and the practice at 12 Hillgate Row stays open.
        """,
    )
    shorts = [(m.line, m.text, m.name) for m in mentions if m.note and m.note.startswith("short for")]
    assert (5, "Hillgate", "Hillgate Surgery") in shorts and (5, "Jorvale", "Jorvale Medical Practice") in shorts, shorts
    assert not [s for s in shorts if s[0] == 7], shorts


def test_a_foodbank_and_a_pharmacy_are_bodies():
    names = [m.name for m in prose("Riverton Foodbank has partnered with local practices, and Hill Pharmacy has too.")]
    assert "Riverton Foodbank" in names and "Hill Pharmacy" in names, names


def test_an_item_added_with_a_preposition_is_named_without_it():
    from pchgraph.readers.casestudy import piece_mentions

    paragraph = joined_paragraph(
        [Line(3, "A consortium called Riverton Health, led by Hill Doctors Ltd, with Dale Health, will provide the service.")]
    )
    assert "Dale Health" in [m.text for m in piece_mentions(paragraph, False)]


def test_practices_in_talks_about_merging_are_a_merger():
    from pchgraph.readers.casestudy import merged_pairs

    text = "Hill Heath Medical Practice has been having constructive discussions with Dale Medical Practice about merging our practices."
    assert [name for _, _, name in merged_pairs(text)] == ["Hill Heath Medical Practice and Dale Medical Practice"]


def test_the_form_a_body_takes_to_run_practices_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Foundation trust in emergency takeover of GP practices hit by financial problems

        A hospital trust has stepped in to run practices after their partners gave notice, the CCG said this week.

        The partners had warned in the spring that rising costs left them unable to carry on for long.

        Hill CCG said it had commissioned Riverton Royal Hospital, in the form of Riverton Primary Care, to provide services for 25,000 patients.
        """,
    )
    assert sites == ["Riverton Primary Care"]


def test_a_provider_awarded_a_practices_contract_is_the_takeover(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        A private company has been awarded the contract to run a Riverton GP practice after doctors gave notice.

        GPs at Hill Medical Practice on Mill Street told the CCG they intended to hand back the contract, saying their position is untenable.

        Dale Community Services (DCS) Ltd has been awarded a contract to run the practice from June 1.
        """,
    )
    assert sites == ["Dale Community Services and Hill Medical Practice"]


def test_headings_after_a_lead_in_heading_that_says_consortia_follow_are_sites(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        GPs are forming commissioning groups that do not cover a defined area, sources say.

        There are a large number of emerging consortia, many of whose practices are mixed.

        Emerging consortia identified include:


        Hill Country GP Consortium


        Dale Health Alliance

        United Riverton Consortium
        """,
    )
    assert {"Hill Country GP Consortium", "Dale Health Alliance", "United Riverton Consortium"} <= set(sites), sites


def test_a_titles_real_text_ends_with_its_first_sentence_however_its_lines_are_wrapped():
    from pchgraph.readers.casestudy import first_real_text

    one_line = [
        Line(1, "Date: 28 January 2019"),
        Line(2, "Residents are registered with a practice. The Hill GP Alliance won the contract."),
    ]
    wrapped = [
        Line(1, "Date: 28 January 2019"),
        Line(2, "Residents are registered with a"),
        Line(3, "practice. The Hill GP Alliance won"),
        Line(4, "the contract."),
    ]
    assert first_real_text(one_line) == first_real_text(wrapped) == "Residents are registered with a practice."


def test_a_service_set_off_as_managed_by_a_body_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Riverton Navigator Service Evaluation

        This is an evaluation of the service, across the rapid response team and the GP practice.

        The Riverton Navigation Service, managed by Healthwatch Riverton, connected 363 people across the team and the practice.
        """,
    )
    assert sites == ["Riverton Navigation Service"]


def test_an_agreement_a_verb_of_naming_names_is_no_body(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Our Work

        Focusing on prevention is part of an agreement between the NHS partners in the borough and Riverton Council.

        An agreement called the Deal for Health and Wellness, and it is a plan to make the system sustainable.
        """,
    )
    assert "Deal for Health and Wellness" not in sites, sites


def test_a_titles_first_sentence_does_not_end_at_an_initials_full_stop():
    from pchgraph.readers.casestudy import first_real_text

    lines = [Line(1, "Hill Surgery P.P.G. Meeting 22nd March 2016"), Line(2, "held at the surgery"), Line(3, "Present: Jo Bloggs.")]
    assert first_real_text(lines).startswith("Hill Surgery P.P.G. Meeting 22nd March 2016")


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("However, Rulse has discovered the trust wants to provide services.", "Rulse"),
        ("It was leaked to HSX. It noted the company's position.", "HSX"),
        ("When contacted by HSX, the company said it had changed.", "HSX"),
        ("It was renamed, and on Tuesday HSX was able to reveal where the areas are.", "HSX"),
        ("Last year Rulse explored the rise of the super-practice.", "Rulse"),
        ("The merger – which Rulse first reported earlier this year – is large.", "Rulse"),
        ("The board had told Rulse these contracts were causing uncertainty.", "Rulse"),
        ("Talking at PCX’s recent Going with the Grain event, she said so.", "PCX"),
        ("It reports Jo Bloggs as part of Riverton Leader’s series on collaboratives.", "Riverton Leader"),
    ],
)
def test_a_publication_by_what_news_writing_says_of_its_sources_is_only_named(sentence, source):
    found = [m for m in prose(sentence) if m.name == source]
    assert [m.kind for m in found] == [MENTIONED], prose(sentence)


def test_a_bodys_own_event_or_report_names_no_source():
    assert not [m for m in prose("The Trust’s annual conference was held at Riverton Hall.") if m.name == "Trust"]


def test_a_commissioner_that_awards_funds_or_holds_talks_is_only_named(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care First

        Riverton Care First is a partnership between Hill Surgery and Dale Surgery.

        NHS Riverton Clinical Commissioning Group (CCG) has agreed to award a five year contract to Riverton Care First.

        Dale and Vale CCG has set aside funding for each of the member practices.

        The NHS Hill Clinical Commissioning Group (CCG) is holding talks over how to expand capacity.

        The move followed talks with Vale Clinical Commission Group, which is responsible for organising care.

        NHS Halton CCG received an award for its work with Riverton Care First.
        """,
    )
    named = {m.name: m.kind for m in mentions}
    for commissioner in ("NHS Riverton Clinical Commissioning Group", "Dale and Vale CCG", "NHS Hill Clinical Commissioning Group"):
        assert named[commissioner] == MENTIONED, (commissioner, named)
    assert named["Vale Clinical Commission Group"] == MENTIONED, named
    # winning an award with the partnership is no act of a commissioner
    assert named["NHS Halton CCG"] != MENTIONED


def test_a_local_medical_committee_or_a_practices_adviser_named_alone_is_only_named(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care First

        Riverton Care First is a partnership between Hill Surgery and Dale Surgery.

        Dr Jo Bloggs, medical secretary at Riverton LMC, described the plans as a good initiative.

        The practices merged with the help of specialist accountancy firm Hill Medical Accountants Limited.

        Riverton Care First works with Riverton GP Federation and Dale LMC.
        """,
    )
    named = {m.name: m.kind for m in mentions}
    assert named["Riverton LMC"] == MENTIONED and named["Hill Medical Accountants Limited"] == MENTIONED, named
    # one of the bodies a sentence names together is one of them
    assert named["Dale LMC"] != MENTIONED, named


def test_practices_that_will_become_one_organisation_are_merging(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Riverton Clinical Commissioning Group has approved the first GP practice mergers on the island.

        Hill Medical Centre and the Dale House Surgery in Riverton will merge from 1 October, while Vale Medical Centre and Moor House Surgery in Vale will become one organisation from 1 April 2020.
        """,
    )
    assert {"Hill Medical Centre and Dale House Surgery", "Vale Medical Centre and Moor House Surgery"} <= set(sites), sites


def test_a_provider_stepping_in_to_take_over_a_practice_is_the_site_over_the_one_leaving(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        A Riverton health centre has been saved from potentially closing.

        The future of Hill Practice was uncertain after service provider Riverton GP Alliance wrote to patients that it would no longer be responsible for the surgery.

        Now a letter has gone out to patients that a new operator, Dale Medical Centre Ltd, has stepped in to take over the practice.
        """,
    )
    assert sites == ["Dale Medical Centre Ltd and Hill Practice"], sites


@pytest.mark.parametrize("name", ["Voluntary Action Riverton", "Community Action Riverton", "Volunteer Centre Riverton"])
def test_a_council_for_voluntary_service_named_by_its_brand_first_is_a_charity(name):
    found = [m for m in prose(f"The CCG commissioned {name} to manage and deliver the service.") if m.name == name]
    assert found and kind_of(name)[0] == "charity", prose(f"The CCG commissioned {name} to manage and deliver the service.")


def test_a_bodys_own_page_headed_who_we_are_is_about_the_one_partnership_it_names(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Who we are & what we do

        We were established in 2018 to represent GP practices as providers in Riverton. The GP Confederation has evolved through shared working with the three federations.

        We exist for the benefit of our members; Riverton GP practices are the Confederation.

        Our purpose

        The Riverton GP Confederation exists to help practices remain sustainable.
        """,
    )
    assert sites == ["Riverton GP Confederation"], sites


def test_a_role_written_straight_before_its_employer_is_no_part_of_its_name():
    found = [
        m.name for m in prose("It is chaired by Dr Jo Bloggs, Partner Hill Street Medical Practice (HSMP) and Clinical Director Dale PCN.")
    ]
    assert "Hill Street Medical Practice" in found and "Dale PCN" in found, found


def test_a_partnership_named_by_its_kind_then_the_places_it_spans_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        CONCERNS over the shortage of GPs have inspired doctors across the borough to band together to create a ‘super group’ of surgeries.

        It will consist of 16 surgeries across Riverton, Hill and Dale.

        The final agreement to create a GP run Federation of Riverton, Hill and Dale (F-RHD for short) is expected to be signed later this month.
        """,
    )
    assert sites == ["Federation of Riverton, Hill and Dale"], sites


def test_the_merger_that_formed_the_pages_own_practice_is_its_history_not_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton Cross Health Centre

        Caring for 40 000 patients and based in Riverton town centre.

        The practice cares for patients living in Riverton. It has been formed from the merger of Riverton Health Centre, Hill Surgery and Dale Surgery in 2019/20.
        """,
    )
    assert sites == ["Riverton Cross Health Centre"], sites
    assert {"Riverton Health Centre", "Hill Surgery", "Dale Surgery"} <= {m.name for m in mentions}


def test_a_numbered_list_under_a_heading_of_pilots_lists_sites(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        About wave two pilots

          1. Access Riverton – Improving access to General Practice in Riverton
          2. Best Care, Anywhere: Integrating primary care in Hill
          3. Dale Practices Network – Improving Patient Access Project
        """,
    )
    assert len(sites) == 3 and sites[0].startswith("Access Riverton"), sites


@pytest.mark.parametrize(
    "sentence",
    [
        "The 14 sites are run by Hill Health Partners – a GP partnership set up in 2018 that initially brought together 11 practices.",
        "The sites are run by Hill Health Partners – a GP partnership that brought together 11 practices.",
    ],
)
def test_a_name_set_off_as_a_partnership_made_or_bringing_practices_together_in_the_past_is_the_site(tmp_path, sentence):
    sites, _ = read(tmp_path, f"Three dozen GPs form partnership covering 90,000 patients\n\n{sentence}\n")
    assert sites == ["Hill Health Partners"], sites


def test_a_few_words_a_printed_page_set_between_two_numbered_items_end_the_first():
    found = numbered_blocks(
        [
            "About wave two pilots",
            "",
            "6. Collaborative Pilot: Hill Health partners Ltd: Step Change towards Multispecialty Community Providers –",
            "",
            "Riverton",
            "",
            "7. Community Primary Care HUB clinics in Dale and Vale",
        ]
    )
    items = [block.text for block in found if block.kind == "item"]
    assert items[0].endswith("Community Providers – Riverton") and len(items) == 2, items


def test_the_end_of_a_sentence_a_printed_page_set_between_two_bullets_ends_the_first():
    found = numbered_blocks(
        [
            "The projects include:",
            "",
            "• Hill: Up to £5m to fund the relocation of Oakfield GP surgery into Riverton Community",
            "",
            "Hospital.",
            "",
            "• Dale: £5m to develop eight community hubs.",
            "",
            "Vale",
            "",
            "• Vale Community Centre, Vale",
        ]
    )
    items = [block.text for block in found if block.kind == "item"]
    assert items[0].endswith("Riverton Community Hospital."), items
    # (a place's name between bullets heads the ones after it)
    assert items[1] == "Dale: £5m to develop eight community hubs." and len(items) == 3, items


def test_a_heading_asking_why_a_partnership_was_formed_names_it(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        What is a GP Federation?

        A federation is a group of general practices working together within the local health economy.

        Why has Riverton GP Partners been formed?

        With a growing population, GP practices need to find more efficient ways of working.
        """,
    )
    assert sites == ["Riverton GP Partners"], sites


def test_the_name_merged_practices_take_is_the_site_not_their_members(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Hill Medical Practice merged with Dale MP last year.

        Dale Medical Practice and Hill Medical Practice merged 18 months ago, and the combined group has gone by the name of the former since then.

        The committee approved its proposal to change its name to “Vale Health”, to avoid excluding Hill.
        """,
    )
    assert sites == ["Vale Health"], sites


def test_a_news_page_label_over_an_advertisement_is_no_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Advertisement

        Plans for a wellbeing hub approved

        The hub, where six GP practices will work beside the council's teams, opens in May.
        """,
    )
    assert sites == ["Plans for a wellbeing hub approved"], sites


def test_a_picture_agency_a_caption_credits_is_only_mentioned(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Partnership opens hub

        Riverton Health Partnership, six GP practices working together, has opened a hub.

        Patients at the hub (Photo: Jo Bloggs/Riverton Echo)

        Photograph: SOPA Images/Getty Images
        """,
    )
    found = {m.text: m.kind for m in mentions}
    assert found["Riverton Echo"] == MENTIONED and found["SOPA Images"] == MENTIONED and found["Getty Images"] == MENTIONED, found
    assert "Jo" not in found and "Jo Bloggs" not in found, found


def test_the_bmas_gp_committee_and_the_register_of_companies_are_only_mentioned(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton GP Federation

        The federation was set up by 20 practices in 2016 and is registered at Companies House as a company.

        The GPC said practices should think carefully before signing.
        """,
    )
    found = {m.text: m.kind for m in mentions}
    assert found.get("Companies House") == MENTIONED and found.get("GPC") == MENTIONED, found


def test_a_sentence_whose_subject_an_apposition_parts_from_its_verb_is_no_list(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton GP Federation

        Riverton GP Federation, a group of 20 practices, has opened a hub with Riverton Council.
        """,
    )
    found = {m.text: m.kind for m in mentions}
    assert not any(text.startswith("has opened") for text in found), found
    assert found.get("Riverton Council") == ORGANISATION, found


@pytest.mark.parametrize("label", ["More on RivertonOnline", "Most read", "Related articles"])
def test_a_news_page_label_over_links_to_other_stories_is_no_title(tmp_path, label):
    sites, _ = read(
        tmp_path,
        f"""
        {label}

        Plans for a wellbeing hub approved

        The hub, where six GP practices will work beside the council's teams, opens in May.
        """,
    )
    assert sites == ["Plans for a wellbeing hub approved"], sites


def test_the_and_before_the_last_of_three_names_parts_them():
    found = [
        m.text
        for m in piece_mentions(
            joined_paragraph([Line(1, "The project works in partnership with Riverton Arts, Theatre Orchard and Alliance Homes.")]), False
        )
    ]
    assert found == ["Riverton Arts", "Theatre Orchard", "Alliance Homes"], found


def test_a_partnership_project_between_bodies_lists_them():
    text = "It is a partnership project between Riverton Mind, Dale Theatre, Alliance Homes and Theatre Orchard."
    found = [m.text for m in piece_mentions(joined_paragraph([Line(1, text)]), False)]
    assert found == ["Riverton Mind", "Dale Theatre", "Alliance Homes", "Theatre Orchard"], found


def test_one_practice_taking_over_another_is_the_site_named_by_both(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        More details have been given over the takeover of one of Riverton's GP surgeries.
        The Riverton Gazette revealed that Hill Medical Centre is looking to take on the contract.
        The ICB has confirmed that Hill Medical Centre would be taking over the running of the Dale Street Surgery from April 1.
        """,
    )
    assert sites == ["Hill Medical Centre and Dale Street Surgery"], sites


def test_a_list_of_what_a_kind_of_partnership_is_lists_no_partnerships(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Primary Care Network

        Hill Medical Practice is a proud member of Riverton PCN.

        Key Features of a PCN:

          • Multidisciplinary Teams: PCNs typically include GPs, nurses and pharmacists.
          • Enhanced Services: PCNs may offer a range of enhanced services, such as group clinics.
          • Community Involvement: PCNs often engage with local communities.
        """,
    )
    assert "Enhanced Services" not in sites and "Multidisciplinary Teams" not in sites, sites


def test_a_date_field_run_into_the_first_line_is_no_part_of_the_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        date 2019-03-02 Plans for a wellbeing hub approved

        The hub, where six GP practices will work beside the council's teams, opens in May.
        """,
    )
    assert sites == ["Plans for a wellbeing hub approved"], sites


def test_a_body_that_formerly_did_the_work_is_only_named():
    found = {
        m.text: m.kind for m in prose("The Riverton ICB took on the functions formerly held by the Riverton Clinical Commissioning Group.")
    }
    assert found.get("Riverton Clinical Commissioning Group") == MENTIONED, found


def test_a_short_form_in_brackets_after_a_name_is_that_name_whatever_words_it_holds(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Partnership

        The partnership has brought together the Northern, Eastern and Western Devon Clinical Commissioning Group (NEW Devon CCG), Hill Surgery and the voluntary sector.
        """,
    )
    texts = [m.text for m in mentions]
    # (the reference data knows the name in full; 'Devon CCG' is another, later body)
    assert "Northern, Eastern and Western Devon Clinical Commissioning Group" in texts, texts
    assert not any(text in ("Devon CCG", "CCG", "NEW Devon CCG") for text in texts), texts


def test_a_practice_named_after_its_doctors_and_partners_is_a_practice():
    text = "The practices of Dr Hassan and Partners and Drs Smith, Jones & Partners merged; Dr Jo Bloggs, Hill Trust and Partners said so."
    found = {m.text: m.kind for m in prose(text)}
    assert found.get("Dr Hassan and Partners") == PRACTICE
    assert found.get("Drs Smith, Jones & Partners") == PRACTICE
    assert not any(name.startswith("Dr Jo") for name in found)


def test_a_paragraph_ending_in_a_colon_leads_in_to_a_list_and_is_none(tmp_path):
    text = "Riverton Hub plans\n\nThe proposal would see the following three GP practices, subject to agreement, move into the new Hub:\n\n- Hill Surgery\n- Dale Surgery\n"
    _, mentions = read(tmp_path, text)
    assert {m.text for m in mentions if m.line == 3} == {"three GP practices"}
    assert {m.text for m in mentions if m.line > 3} == {"Hill Surgery", "Dale Surgery"}


def test_a_title_sentence_is_not_about_the_commissioner_that_announces_it():
    from pchgraph.readers.casestudy import first_proper_name, site_name_from_title

    title = "Bedfordshire Clinical Commissioning Group (BCCG) has launched a consultation in Leighton Buzzard on a new Hub"
    assert site_name_from_title(title, []) == "Leighton Buzzard"
    assert first_proper_name("Kent NHS leaders say patients at Riverton Surgery will move to other practices") == "Riverton Surgery"
    # (an abbreviation in brackets after words in lower case is the subject's own)
    assert first_proper_name("Our panel explored vertical integration (VI) between GPs and trusts") == "VI"


def test_a_partnership_listed_among_the_organisations_involved_is_a_partner():
    from pchgraph.readers.casestudy import in_partner_list

    text = "The three organisations involved are the Hill Partnership, Dale Integrated Care Partnership and St Mary’s Hospice."
    assert in_partner_list(text, text.index("Dale"), text.index(" and St"))
    text = "The members include Hill Surgery, Dale Primary Care Network and Vale Practice."
    assert in_partner_list(text, text.index("Dale"), text.index(" and Vale"))


def test_the_bodies_that_run_a_joint_scheme_are_its_partners():
    found = {m.text: m.kind for m in prose("The hubs are a joint scheme run by Riverton City Council and the Dale Health Trust.")}
    assert found.get("Riverton City Council") == ORGANISATION
    assert found.get("Dale Health Trust") == ORGANISATION
    found = {m.text: m.kind for m in prose("The hubs are run by Riverton City Council.")}
    assert found.get("Riverton City Council") == MENTIONED


def test_a_known_name_after_and_is_its_own_body_when_the_whole_is_none():
    found = {m.text for m in prose("Partners are Care Plus Group, Navigo and Northern Lincolnshire and Goole NHS Foundation Trust.")}
    assert {"Navigo", "Northern Lincolnshire and Goole NHS Foundation Trust"} <= found
    # (places before a known name name one later body with it: 'NHS Kent and Medway CCG')
    assert "NHS Kent and Medway Clinical Commissioning Group" in {
        m.text for m in prose("It is run by NHS Kent and Medway Clinical Commissioning Group.")
    }


def test_a_practices_patient_participation_group_by_its_abbreviation_is_only_named(tmp_path):
    _, mentions = read(
        tmp_path, "Hill Wellbeing Hub\n\nThe Hill Medical Centre will sign a written agreement with the PPG about the new Hub.\n"
    )
    assert {m.text: m.kind for m in mentions}.get("PPG") == MENTIONED


def test_a_list_of_the_bodies_that_formed_a_partnership_lists_its_members(tmp_path):
    text = """Hill hospices working together

    Five hospices in Hillshire have formed a collaborative and signed a memorandum of understanding:

      • St Mary’s Hospice, Riverton
      • Dale House Hospice, Dale
      • Lindsay Lodge, Scunthorpe
    """
    sites, mentions = read(tmp_path, text)
    assert len(sites) == 1
    # (a town the reference data knows after a comma is where the member is)
    assert {"St Mary’s Hospice", "Dale House Hospice", "Lindsay Lodge"} <= {m.text for m in mentions if m.kind == ORGANISATION}


def test_a_page_about_one_practices_merger_with_another_is_about_the_two(tmp_path):
    text = """Hill Medical Practice writing to patients about its merger

    Hill Medical Practice is this week writing to its patients about its merger with the Dale Group Practice, now the proposal has been agreed.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Medical Practice and Dale Group Practice"]


def test_the_name_practices_take_on_merging_stays_the_site(tmp_path):
    from pchgraph.readers.casestudy import name_taken
    from pchgraph.readers.structure import blocks

    said = blocks([Line(3, "Hill Surgery and the Dale Practice have merged and are now known as the Vale Medical Practice.")])
    assert name_taken("Vale Medical Practice", said)
    sites, _ = read(
        tmp_path,
        "Vale Medical Practice\n\nHill Surgery and the Dale Practice have merged and are now known as the Vale Medical Practice.\n",
    )
    assert sites == ["Vale Medical Practice"]


def test_a_merger_told_in_the_title_block_itself_is_about_the_two(tmp_path):
    # (no empty line parts the title from the text: one block)
    text = "Hill Medical Practice writing to patients about its merger\nHill Medical Practice is writing to its patients about its merger with the Dale Group Practice.\n"
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Medical Practice and Dale Group Practice"]


def test_a_provider_said_to_take_on_a_practices_contract_is_a_takeover(tmp_path):
    # (no empty line parts the title from the text: the page is one block)
    text = (
        "Riverton surgery saved from closure\n"
        "Dale Field in Riverton was due to close on 31 March.\n"
        "The ICB said Vale Care would take on the interim contract.\n"
        "It apologised for the proposed closure of Dale Field Surgery.\n"
    )
    sites, _ = read(tmp_path, text)
    assert sites == ["Vale Care and Dale Field Surgery"]


def test_a_commissioner_that_wants_or_plans_a_partnership_is_only_named():
    found = {m.text: m.kind for m in prose("Hull Clinical Commissioning Group wants to create geographical groups of practices.")}
    assert found.get("Hull Clinical Commissioning Group") == MENTIONED


def test_practices_merged_under_a_new_title_are_that_practice(tmp_path):
    text = """Plans have been announced to merge two practices in Riverton

    Vale Health Ltd has proposed that Hill Road Surgery and Dale Medical Practice will be merged under the new title of Central Riverton Practice in April.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Central Riverton Practice"]


def test_a_practice_said_to_be_a_merger_of_others_is_the_site(tmp_path):
    text = """Hill Healthcare Practice

    Hill Healthcare Practice is a merger of Dale Surgery, Vale Medical Practice and Mill Medical Centre, which opened in 2014.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Hill Healthcare Practice"]
    assert {"Dale Surgery", "Vale Medical Practice", "Mill Medical Centre"} <= {m.text for m in mentions if m.kind == PRACTICE}


def test_nhs_before_a_places_name_after_and_begins_a_second_body():
    found = {
        m.text
        for m in prose("It is a partnership between Riverton council, Impact Housing and NHS North Riverton Clinical Commission Group.")
    }
    assert {"Impact Housing", "NHS North Riverton Clinical Commission Group"} <= found


def test_a_scheme_known_locally_by_a_name_is_that_site_and_an_ordinal_is_no_name(tmp_path):
    from pchgraph.readers.casestudy import first_proper_name

    assert first_proper_name("On Friday 1st July 2022 the groups were closed") is None
    text = """Riverton celebrates social prescribing

    The Riverton social prescribing scheme – known locally as “Prescription for Wellbeing” – is a partnership between NHS Riverton CCG and Riverton CVS.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Prescription for Wellbeing"]


def test_a_practices_contract_awarded_to_a_provider_is_a_takeover(tmp_path):
    text = """Provider found for surgery

    The CCG announced that the contract for Hill and Dale Medical Practice will be awarded permanently to Vale Health on Call (VHoC).
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Vale Health on Call and Hill and Dale Medical Practice"]


def test_a_provider_leaving_its_contract_is_not_what_the_page_is_about(tmp_path):
    text = """Agreement reached over future of Hill Medical Practice

    Hill Medical Practice will continue to treat patients, after an agreement was reached.

    The future of the practice was in question when Dale Health Care (DHC), which operates from the Vale Centre, revealed it would not be extending its contract.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Medical Practice"]


def test_a_practice_whose_own_name_holds_and_is_a_member_of_the_takeover_it_names():
    from pchgraph.readers.casestudy import self_mentioned_site
    from pchgraph.readers.sites import Site

    site = Site("Vale Health on Call and Hill and Dale Medical Practice", "a.txt", 1)
    practice = Mention("Hill and Dale Medical Practice", "Hill and Dale Medical Practice", PRACTICE, 3)
    assert self_mentioned_site(practice, [site]) is None


def test_the_nhs_before_any_word_that_is_no_kind_of_body_is_only_named():
    for text in ("He has an NHS background and sits on the board.", "It runs NHS-funded support for adults."):
        assert {m.text: m.kind for m in prose(text)}.get("NHS") == MENTIONED, text
    # ('NHS trusts' names trusts, a kind of body, not the service)
    assert "NHS" not in {m.text for m in prose("Three NHS trusts run the hospitals.")}


def test_a_practice_awarded_the_contract_to_run_another_is_their_takeover(tmp_path):
    text = """A CARETAKER GP has been chosen to take over a nearby practice for at least six months after its doctor retired.

    Hill Medical Centre, working with Vale Road Surgery, has been awarded the contract to run Dale Medical Centre.

    The CCG received three applications.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Medical Centre and Dale Medical Centre"]


def test_a_section_label_in_capitals_opening_the_page_is_not_its_title(tmp_path):
    text = """COMMERCIAL: Hill Care Foundation Trust has won the community services contract with a bid involving Age UK Riverton.

    The contract covers the Riverton Clinical Commissioning Group area.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Care Foundation Trust"]


def test_a_newspapers_opening_word_in_capitals_is_no_name(tmp_path):
    text = """DOCTORS today defended plans to move two Riverton town centre surgeries to a new site.

    Patients have criticised the proposals.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Riverton"]


def test_a_list_of_the_challenges_a_lead_in_counts_is_no_list_of_sites(tmp_path):
    text = """Work underway to improve health and care in Riverton

    Working closely with Riverton Council, local NHS partners want to solve the three big challenges which are facing local health and care systems:

    • Improving health and wellbeing – Focusing attention on prevention

    • Improving care and quality – Closing any gaps in quality

    • Improving system efficiency – Redesigning services

    Partners involved include:

    • Riverton Council
    • Hill Healthcare NHS Foundation Trust
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Riverton"]


def test_a_kind_a_title_gives_in_lower_case_is_the_name_the_text_gives_it_in_capitals(tmp_path):
    text = """£12million health and community centre opens

    The facility is a result of the partnership between Riverton City Council and Hill Trust.

    Jo Bloggs, Chief Executive of Hill Trust, said: "We are delighted Dale Health and Community Centre is now open."
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Dale Health and Community Centre"]


def test_a_companys_short_form_ends_a_name_before_an_and():
    paragraph = joined_paragraph([Line(1, "Riverton Council, Hill and Dale (HD) LIFT Co and Prime plc, and others.")])
    assert [m.name for m in partner_mentions(paragraph)][:3] == ["Riverton Council", "Hill and Dale LIFT Co", "Prime plc"]


def test_a_name_after_its_kind_opening_a_sentence_in_quotes_is_a_body():
    from pchgraph.readers.casestudy import NamedBefore, named_beside

    paragraph = joined_paragraph([Line(1, "‘Super-practice’ Teldoc currently operates nine sites. It is run by the federation Hillcare.")])
    assert sorted(m.name for m in named_beside(paragraph, NamedBefore(), prose(paragraph.text))) == ["Hillcare", "Teldoc"]


def test_a_title_on_a_merger_with_a_practice_is_about_their_merger(tmp_path):
    text = """Proposed Merger with Hill Medical Centre

    Hill Medical Centre is proposing to merge with the neighbouring Dale Road Surgery.

    Please see the letter to patients.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Medical Centre and Dale Road Surgery"]


def test_a_practice_with_its_head_in_lower_case_after_a_preposition_or_with_a_streets_of():
    found = prose("He compared it to Sutton Hill medical practice, rescued when the two merged.")
    assert kinds(found, PRACTICE) == ["Sutton Hill medical practice"]
    found = prose("Dr Jo Bloggs, senior partner in the Prince of Wales Road surgery, said so.")
    assert kinds(found, PRACTICE) == ["Prince of Wales Road surgery"]


def test_a_centre_or_institute_named_for_its_cause_is_a_body():
    from pchgraph.readers.casestudy import prose_names

    assert [n for _, _, n in prose_names("After it engaged Centre for Thriving Places to help it.")] == ["Centre for Thriving Places"]


def test_a_second_person_named_with_their_employer_after_a_first_ones_role_is_no_part_of_the_name():
    from pchgraph.readers.casestudy import prose_names

    text = "Jo Bloggs, Head of Wellbeing and Public Health and Sam Smith of Riverton Integrated Care Board invited them."
    assert [n for _, _, n in prose_names(text)] == ["Riverton Integrated Care Board"]


def test_kinds_of_council_the_emergency_services_and_sector_partners_are_collective():
    text = "The alliance is a partnership of NHS workers, district councils, emergency services, voluntary and community sector partners."
    assert kinds(prose(text), COLLECTIVE) == ["district councils", "emergency services", "voluntary and community sector partners"]


def test_practices_a_count_or_a_place_introduces_are_collective_whatever_words_describe_them():
    assert kinds(prose("Twenty struggling practices will join."), COLLECTIVE) == ["Twenty struggling practices"]
    assert kinds(prose("It covers 23 out of 26 Riverton practices."), COLLECTIVE) == ["23 out of 26 Riverton practices"]
    assert kinds(prose("Three Riverton doctors’ surgeries will merge."), COLLECTIVE) == ["Three Riverton doctors’ surgeries"]
    # (not the words of a clause: 'the power of GP practices' is the practices alone)
    assert kinds(prose("It shows the power of GP practices."), COLLECTIVE) == ["GP practices"]


def test_a_partnership_named_for_the_ground_it_covers_is_where_not_the_site(tmp_path):
    text = """This week more than 350 people came together to mark the launch of a new neighbourhood approach in Riverton.

    Hosted by the Healthier Riverton Partnership, the event brought together NHS leaders and GPs.

    The Child Health Clinic in the West Riverton Primary Care Network area was also showcased.
    """
    sites, _ = read(tmp_path, text)
    assert sites[0] == "Healthier Riverton Partnership"


def test_the_agent_of_a_participle_before_the_verb_is_not_the_subject_a_sentence_defines():
    from pchgraph.readers.casestudy import defining_sites

    text = "A local partnership supported by the Hill Foundation brings together Dale Trust and Vale Mind."
    assert defining_sites(text) == []
    text = "The Hill Foundation brings together Dale Trust and Vale Mind."
    assert [text[a:b] for a, b in defining_sites(text)] == ["Hill Foundation"]


def test_a_public_private_partnership_is_a_kind_of_arrangement_not_a_name():
    from pchgraph.readers.mentions import is_generic

    assert is_generic("Public Private Partnership")
    assert not is_generic("Spire Private Hospital")


def test_the_group_merging_practices_are_members_of_is_not_one_of_them():
    from pchgraph.readers.casestudy import blocks, practices_said_to_merge

    text = "So Hill Surgery and The Dale Health Centre have been active members of Vale Medical Group since 2015."
    assert practices_said_to_merge(blocks([Line(3, text)]), "Merger Information") == "Hill Surgery and The Dale Health Centre"


def test_a_boards_post_given_with_its_abbreviation_is_no_site(tmp_path):
    text = """Announcing important changes to our executive team

    The Hill Care Group Board plans to recruit a new Chief Operating Officer (COO) while our current COO will job-share.

    The COO will report to the board. The COO post is new.
    """
    sites, _ = read(tmp_path, text)
    assert "Chief Operating Officer" not in sites


def test_one_practices_patients_moved_to_another_is_their_transfer(tmp_path):
    text = """The trust running it decided not to extend its contract

    The Riverton ICB has announced that patients registered at Hill GP Surgery will be transferred over to Dale Medical Centre.

    Hill GP Surgery will remain open until all patients have been transferred.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill GP Surgery and Dale Medical Centre"]


def test_a_place_abroad_is_no_name_a_title_is_about():
    from pchgraph.readers.casestudy import first_proper_name

    assert first_proper_name("US company's subsidiary to hold nearly 1% of GP contracts in England") is None


def test_a_centre_services_move_into_is_a_building_not_the_site(tmp_path):
    text = """Jo Bloggs visited Hill to see works to relocate the Hill Health & Wellbeing Centre at the Dale Centre.

    Plans to move Hill Medical Centre and other services into the Dale Centre were approved by the council.

    The new Hill Health and Wellbeing Centre will open next summer at the Dale Centre.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Health & Wellbeing Centre"]


def test_a_new_building_given_no_name_is_its_kind_in_the_place_it_opened_in(tmp_path):
    text = """A brand new health centre which aims to serve the community has opened in Hill Vale in Riverton.

    Riverton Primary Care Together and NHS Riverton Clinical Commissioning Group worked together with Dale Pension Fund to deliver it.

    Jo Bloggs, Director of Vale Gate Projects, said: “Vale Gate is delighted to have delivered the project.”
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill Vale health centre"]


def test_a_kind_a_run_on_title_gives_in_lower_case_is_named_by_the_lines_below_it(tmp_path):
    lines = [
        "A new £2.5m health and wellbeing centre in the heart of Riverton has opened its doors to patients.",
        "The Riverton Health and Wellbeing Centre – part of a development on the old Hill Quarter site – was designed by Dale Architects.",
        "It brings together two GP surgeries - Hill Quarter and Beech Tree medical practices.",
        "The scheme is part of the regeneration of the newly-named Hill Quarter, with new housing.",
        "The Hill Quarter will be a new heart for the town.",
    ]
    sites, _ = read(tmp_path, "\n".join(lines))
    assert sites == ["Riverton Health and Wellbeing Centre"]


def test_a_date_and_its_section_are_no_title_and_a_centre_for_a_cause_is_a_body(tmp_path):
    text = """24 November 2014, National

    Supporting housing, health and wellbeing

    The integration of services across the estate provides opportunities for individuals.

    Hillview Centre for Health & Wellbeing: an exemplar of integrated health and social care services

    For example, the Hillview Centre for Health and Wellbeing in Riverton, completed in July 2014, sits alongside four GP practices.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hillview Centre for Health & Wellbeing"]
    # (for a place, a centre is only where: 'a new Healthy Living Centre for Radstock')
    from pchgraph.readers.casestudy import prose_names

    assert prose_names("Work has started on a new Healthy Living Centre for Riverton.") == []


def test_a_pictures_label_is_no_part_of_the_name_it_shows(tmp_path):
    text = """NHS Primary Care Network donates £5000 to local charity

    Image for NHS Primary Care Network donates £5000 to local charity

    The Hill and Dale Primary Care Network have made a donation of £5000 to the Riverton Foodbank.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Hill and Dale Primary Care Network"]


def test_a_body_in_the_bracket_closing_a_listed_sites_name_is_read_not_dropped(tmp_path):
    text = """NHS England reveals networks taking part in pilot

    NHS England has said there will be 22 PCNs taking part in the scheme, which are:

      • Hill Health Group (Riverton and Dale ICB)
      • Vale Coast & Moors (Riverton and Dale ICB)
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Hill Health Group", "Vale Coast & Moors"]
    assert [m.line for m in mentions if m.name == "Riverton and Dale ICB"] == [5, 6]
    # (a commissioner there is the one the site sits under, only named)
    assert {m.kind for m in mentions if m.name == "Riverton and Dale ICB"} == {MENTIONED}


def test_a_partnership_named_by_its_kind_then_the_places_it_is_for(tmp_path):
    text = """Health & Social Care - New Governance Arrangements

    (1)  To agree that the Council participates in the Integrated Care System (ICS) for Bath, Swindon & Wiltshire and is represented on its committees.

    (2)  To request the Leader of the Council to make nominations for the committees making up the ICS.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Bath, Swindon & Wiltshire Integrated Care System"]


def test_a_name_given_as_the_name_of_a_kind_is_defined_over_the_kind_for_its_place(tmp_path):
    text = """Local people given greater voice as partners become ‘One Riverton’

    Riverton’s health and care partners formally come together in a new partnership today.

    One Riverton – the name of the county’s new Integrated Care System – will give patients a greater voice.

    Key components of the Integrated Care System for Riverton are listed below.
    """
    sites, _ = read(tmp_path, text)
    assert sites[0] == "One Riverton"


def test_another_before_a_kind_opens_no_name(tmp_path):
    text = """West Riverton GP surgery provider shuts down

    A West Riverton based GP federation has closed down.

    Another GP Federation, Alliance for Better Care, will take over the running of some of these local services.

    Alliance for Better Care said so.
    """
    sites, _ = read(tmp_path, text)
    assert "Another GP Federation" not in sites


def test_a_name_set_off_by_the_kind_of_body_it_is_is_a_body_even_in_initials_that_spell_a_word():
    from pchgraph.readers.casestudy import NamedBefore, named_beside

    paragraph = joined_paragraph(
        [Line(1, "Hill Health Ltd is to take over AT Medics, one of the leading providers of primary care in Riverton.")]
    )
    assert [m.name for m in named_beside(paragraph, NamedBefore(), prose(paragraph.text))] == ["AT Medics"]
    paragraph = joined_paragraph([Line(1, "Vale Doctors, a GP led social enterprise, won the contract.")])
    assert [m.name for m in named_beside(paragraph, NamedBefore(), prose(paragraph.text))] == ["Vale Doctors"]


def test_a_name_may_end_in_a_plus_and_a_place_made_an_adjective_is_no_name(tmp_path):
    from pchgraph.readers.casestudy import first_proper_name, prose_names

    assert [n for _, _, n in prose_names("Dr Jo Bloggs, clinical director of Hill+ PCN in Riverton, explains.")] == ["Hill+ PCN"]
    assert (
        first_proper_name("AN Riverton-based hospice is exploring a partnership with Hill Hospitals NHS Foundation Trust")
        != "Riverton-based"
    )


def test_a_practices_services_offered_by_a_provider_from_now_on_is_a_takeover(tmp_path):
    text = """City Council pushes commitment to improve GP access as future of Health Centre is secured

    It has been announced that GP services at Hill Health Centre will now be offered by established provider ValeCare – who currently runs Dale Health Centre.

    ValeCare’s takeover of the practice will see Hill Health Centre become a branch of Dale Health Centre.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["ValeCare and Hill Health Centre"]


def test_a_kind_the_page_abbreviates_in_lower_case_then_gives_for_a_place_names_the_site(tmp_path):
    text = """ date 2017-01-03 The NHS in Northumberland has been awarded £4.29million of funding as part of its vanguard programme.

    From April, health and care partners in Northumberland are set to form England’s first accountable care organisation (ACO), building on years of work.

    The ACO for Northumberland will be the first of its kind and is a partnership between Hill Healthcare NHS Foundation Trust and Northumberland County Council.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Northumberland Accountable Care Organisation"]


def test_a_civic_office_is_no_site(tmp_path):
    text = """Agenda and minutes

    In the absence of the Chaplain, The Worshipful the Mayor of Riverton opened the meeting with a minute’s silence.

    The Worshipful the Mayor of Riverton welcomed members. The Worshipful the Mayor of Riverton closed the item.
    """
    sites, _ = read(tmp_path, text)
    assert not any("Mayor" in site for site in sites)


def test_a_sum_a_plural_abbreviation_a_plural_kind_or_a_commissioner_is_no_name_a_title_is_about():
    from pchgraph.readers.casestudy import first_proper_name, site_name_from_title

    assert first_proper_name("Over £15.7m worth of funding has been secured to improve primary care estates in Riverton") == "Riverton"
    assert first_proper_name("On 1 July clinical commissioning groups (CCG's) across the country were closed") is None
    assert first_proper_name("Groups were replaced by new NHS organisations known as Integrated Care Boards.") is None
    title = "To receive an update from Riverton Council and Hill Clinical Commissioning Group in respect of the hub programme"
    assert site_name_from_title(title, []) != "Hill Clinical Commissioning Group"


def test_a_page_about_one_merger_of_practices_keeps_another_of_other_practices(tmp_path):
    # (a real page, corpus 1441: the CCG approves two mergers, 'A and B … will merge from 1
    # October, while C and D … will become one organisation')
    page = next((Path(__file__).parent / "corpus").glob("1441_*.txt"))
    sites, _ = read(tmp_path, page.read_text(encoding="utf-8"))
    assert sorted(sites) == ["Dower House Surgery and Carisbrooke Medical Centre", "Ventnor Medical Centre and Grove House Surgery"]


def test_a_primary_care_home_named_by_a_word_of_its_own_is_a_partnership(tmp_path):
    from pchgraph.readers.casestudy import prose_names

    assert [n for _, _, n in prose_names("Healthier Riverton Primary Care Home: resident empowerment")] == [
        "Healthier Riverton Primary Care Home"
    ]
    # (the national model alone is no body)
    assert prose_names("Hill Federation was approved as an exemplar site for Primary Care Home in 2016.") == [(0, 15, "Hill Federation")]


def test_a_news_releases_date_line_is_no_title(tmp_path):
    text = """News release from 01/08/2018

    New Social Navigator scheme to connect patients with community support

    Funding from Riverton District Council has enabled GP surgeries to employ a Social Navigator.
    """
    sites, _ = read(tmp_path, text)
    assert sites and "News release" not in sites[0]


def test_a_semicolon_list_of_merging_pairs_names_each_pair(tmp_path):
    text = """Wave of GP mergers hits Riverton

    Proposals currently on the table would see link-ups between Hill Health Centre and Dale Medical Centre in Vale; the Oak Practice, Ash and Elm Surgery; The Yew Surgery, Fir, and The Beech Medical Practice in Pine.
    """
    sites, _ = read(tmp_path, text)
    assert {"Hill Health Centre and Dale Medical Centre", "Oak Practice and Elm Surgery", "Yew Surgery and Beech Medical Practice"} <= set(
        sites
    )


def test_a_heading_a_printed_page_wrapped_onto_the_next_line_is_one_heading():
    from pchgraph.readers.structure import blocks

    lines = [Line(1, "New Hill Primary Care Research", page=1), Line(2, "Delivery Centre", page=1), Line(3, "", page=1)]
    lines += [Line(4, "A consortium led by Dale Health Service has been awarded it.", page=1)]
    found = blocks(lines, frozenset({1}))
    assert [(b.kind, b.text) for b in found][0] == ("heading", "New Hill Primary Care Research Delivery Centre")
    # (a text file's lines have no page: its headings are as they are written)
    found = blocks([Line(1, "New Hill Primary Care Research"), Line(2, "Delivery Centre")], frozenset({1}))
    assert found[0].text == "New Hill Primary Care Research"


def test_a_sentence_telling_of_two_mergers_names_no_one_merger():
    from pchgraph.readers.casestudy import blocks, practices_said_to_merge

    text = "Hill Medical Centre and the Dale House Surgery will merge from 1 October, while Vale Medical Centre and Moor House Surgery will become one organisation."
    assert practices_said_to_merge(blocks([Line(3, text)]), "Mergers approved") is None


def test_a_list_under_one_partnership_said_to_be_made_of_partners_is_its_members(tmp_path):
    text = """Riverton Health and Care Partners

    We are an alliance of health and care partners in Riverton including:

      • The Riverton Hospitals NHS Foundation Trust
      • Riverton Confederation
      • Hill and Dale NHS Foundation Trust
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Riverton Health and Care Partners"]
    assert {"Riverton Confederation", "Hill and Dale NHS Foundation Trust"} <= {m.name for m in mentions}


def test_what_a_piece_of_work_takes_in_is_no_list_of_members_nor_is_an_option(tmp_path):
    text = """To agree the Riverton Alliance partnership arrangements for 2024/25

    The proposal is to focus on the core responsibilities of the Hill Trust, with the latter focus including, potentially:

      • Community Discharge Hub
      • Supported Discharge Beds

    Two other options have been considered:

    1. Ending the Riverton integrated model with effect from 31 March 2024
    2. Extending the current agreement for longer than 1 year
    """
    _, mentions = read(tmp_path, text)
    names = {m.name for m in mentions}
    assert not names & {"Community Discharge Hub", "Supported Discharge Beds"}
    assert not any(name.startswith(("Ending", "Extending")) for name in names)


def test_a_companys_parent_named_by_what_it_is_is_only_named():
    text = "Hill Health, a subsidiary of US healthcare giant the Dale Corporation, will run the Vale Surgery."
    assert ("Dale Corporation", MENTIONED) in {(m.name, m.kind) for m in prose(text)}
    # (an NHS trust's own company works for the trust, its partner)
    text = "Vale Primary Care is a wholly owned subsidiary of Riverton Community NHS Foundation Trust and runs Hill Surgery."
    assert ("Riverton Community NHS Foundation Trust", MENTIONED) not in {(m.name, m.kind) for m in prose(text)}


def test_a_town_beside_a_body_is_where_it_is_among_practices_a_practice(tmp_path):
    text = """Riverton PCN vaccination

    Hill Medical Practice and the other surgeries in its network, which are Minster, Birchington, St Peters, Ash and Westgate Surgery, will be in the first wave.

    A health event was attended by 7,500 people in Barking and Dagenham. All six Barking and Dagenham PCNs, which are managed by Together First, took part.
    """
    _, mentions = read(tmp_path, text)
    names = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert "Birchington" in names
    assert not {"Barking", "Dagenham"} & names


@pytest.mark.parametrize(
    "text",
    [
        # (described by its duty)
        "The NHS Riverton Integrated Care Board (ICB), which is responsible for GP services, has agreed the change at Hill Surgery.",
        "Riverton Clinical Commissioning Group, which plans and buys healthcare services for the area, backs Hill Surgery.",
        "I raised concerns with the Riverton NHS Integrated Care Board (the NHS body responsible for GP services locally).",
        "NHS Riverton Integrated Care Board intend to award a contract to Hill Primary Care Limited.",
        # (given as the area practices are in)
        "Practices within NHS Riverton CCG have a registered population of 360,000 people.",
        "In Riverton and Hill CCG, three practices came together last April to form Dale Health.",
    ],
)
def test_a_commissioner_described_by_its_duty_or_as_where_practices_are_is_only_named(text):
    named = {m.name: m.kind for m in prose(text)}
    commissioner = next(name for name in named if "Riverton" in name)
    assert named[commissioner] == MENTIONED


def test_the_place_partners_are_said_to_be_in_names_the_partnership(tmp_path):
    text = """Background and context

    Integrated care system (ICS): Riverton and Hill ICS

    Number of places in the ICS: Six borough-based places: Riverton, Hill and Dale

    Key partners in the Riverton place:

      • Riverton Health Services NHS Trust delivering acute and community health services
      • London Borough of Riverton, which is a unitary council
      • Age UK Riverton
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Riverton place"]
    assert {"Riverton Health Services NHS Trust", "Age UK Riverton"} <= {m.name for m in mentions}


def test_a_profile_field_in_sentence_case_is_no_site_heading():
    from pchgraph.readers.structure import blocks, is_site_heading

    field, heading = blocks(
        [Line(1, "Integrated care system (ICS): South West London ICS"), Line(3, "South West London ICS")], frozenset({1, 3})
    )
    assert (field.kind, heading.kind) == ("heading", "heading")
    assert not is_site_heading(field) and is_site_heading(heading)


@pytest.mark.parametrize("furniture", ["Apple icon", "Article Text", "Download PDFPDF", "Fact sheet"])
def test_a_pages_controls_and_labels_are_no_title(tmp_path, furniture):
    text = f"""{furniture}

    New roles in Riverton: Wellbeing Coordinators

    A new Wellbeing Coordinator role has been set up by NHS Riverton Clinical Commissioning Group.
    """
    sites, _ = read(tmp_path, text)
    assert sites and furniture not in sites


@pytest.mark.parametrize("phrase", ["their six consortia", "the local consortia", "two PCTs"])
def test_consortia_and_primary_care_trusts_are_groups_of_bodies(phrase):
    text = f"In Riverton {phrase} have agreed to share a budget."
    assert (phrase, COLLECTIVE) in {(m.text, m.kind) for m in prose(text)}


def test_the_places_a_count_of_partnerships_was_chosen_in_are_each_a_site(tmp_path):
    text = """Four areas gain pioneer status

    The four pioneers from across England were selected from 111 applicants, with the help of Public Health England.

    The areas selected are Riverton, Hill and Dale, North Vale and Moorside.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Riverton pioneer", "Hill and Dale pioneer", "North Vale pioneer", "Moorside pioneer"]
    # (a count that is not the list's is no such list)
    sites, _ = read(tmp_path / "other", text.replace("four pioneers", "five pioneers"))
    assert "Moorside pioneer" not in sites


def test_a_list_a_third_of_whose_items_are_named_as_bodies_is_a_list_of_bodies(tmp_path):
    text = """Riverton prime provider

    Many services will be subcontracted to other organisations. Click here to view a full list.

      • Hill Trust
      • Carewatch
      • Riverton Mind
      • Kumari
      • Freeways
      • Dale Housing Association
    """
    _, mentions = read(tmp_path, text)
    assert {"Carewatch", "Kumari", "Freeways"} <= {m.name for m in mentions if m.kind == ORGANISATION}
    # (a list of services naming a hub and a team is no list of bodies)
    text = (
        text.replace("Hill Trust", "Discharge Hub")
        .replace("Riverton Mind", "Therapy Team")
        .replace("Dale Housing Association", "Reablement")
    )
    _, mentions = read(tmp_path / "services", text)
    assert "Kumari" not in {m.name for m in mentions}


def test_the_pct_alone_is_the_local_primary_care_trust_only_named():
    from pchgraph.readers.casestudy import NamedBefore, kind_abbreviations

    paragraph = joined_paragraph([Line(3, "In January the PCT board decided that GPs in the area should bid.")])
    assert [(m.text, m.kind) for m in kind_abbreviations(paragraph, NamedBefore(), [])] == [("PCT", MENTIONED)]


def test_a_kind_abbreviation_stands_for_the_body_named_in_its_own_sites_text(tmp_path):
    text = """Two networks

    Hill Primary Care Network

    Hill Primary Care Network works with Hill Primary Care Trust and Hill Council.

    Dale Primary Care Network

    Dale Primary Care Network was set up under a PCT strategy. The PCT board agreed it.
    """
    _, mentions = read(tmp_path, text)
    pct = [m for m in mentions if m.text == "PCT"]
    assert pct and all(m.name == "PCT" and m.kind == MENTIONED for m in pct)


def test_the_name_a_title_glosses_is_the_site(tmp_path):
    text = """Riverton to Wellness: a collaborative approach to social prescribing for long-term conditions

    Voluntary Organisations Network Riverton (VONR) helped to set it up with Hill Trust.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Riverton to Wellness"]
    # (a label before a name is no name: 'Case Study: The Hill Model of Enhanced Primary Care')
    assert GLOSSED_TITLE.match("Case Study: The Hill Model of Enhanced Primary Care and More") is None


def test_a_tables_columns_set_apart_by_spaces_are_one_space_apart_in_a_sites_name(tmp_path):
    text = """Who represents members on the Federation?

    Name                         Fed role              Affiliation

    Jo Bloggs                    Director              Hill Health Group
    """
    sites, _ = read(tmp_path, text)
    assert all("  " not in site for site in sites)


@pytest.mark.parametrize("name", ["Riverton Leisure", "Riverton Stroke Society"])
def test_a_leisure_trust_or_a_society_is_named_by_its_last_word(name):
    text = f"The scheme is run jointly with {name} and Hill Medical Practice."
    assert name in {m.name for m in prose(text)}


def test_a_commissioning_group_or_board_printed_with_its_kind_in_lower_case_is_named():
    text = (
        "Hill Medical Practice works with Brent clinical commissioning group (CCG) and "
        "North East and North Cumbria integrated care board on the scheme."
    )
    named = {m.text: m.name for m in prose(text)}
    assert named["Brent clinical commissioning group"] == "Brent Clinical Commissioning Group"
    assert named["North East and North Cumbria integrated care board"] == "North East and North Cumbria Integrated Care Board"


def test_a_group_in_lower_case_ends_at_its_plural_before_and_the_next_name(tmp_path):
    text = """Riverton Advice Line

    The line is a partnership between Hill Hospice, three other regional hospices and the Staffordshire and Stoke-on-Trent Integrated Care Board (ICB) which commissions it.
    """
    _, mentions = read(tmp_path, text)
    assert "three other regional hospices" in {m.text for m in mentions if m.kind == COLLECTIVE}
    assert "Staffordshire and Stoke-on-Trent Integrated Care Board" in {m.name for m in mentions}


def test_a_known_name_after_a_description_in_lower_case_keeps_its_and(tmp_path):
    text = """Riverton Wellbeing

    We are working in partnership with the landlord Cheshire West and Chester Council to deliver it.
    """
    _, mentions = read(tmp_path, text)
    assert [m.name for m in mentions] == ["Cheshire West and Chester Council"]


def test_a_name_a_verb_of_naming_gives_may_hold_to_between_its_capitals(tmp_path):
    text = """Riverton Homes highlights a social prescribing pilot

    Through Riverton Homes we are working with Hill Council to deliver a social prescribing project called Passport to Wellbeing.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Passport to Wellbeing"]


def test_bodies_that_together_run_one_of_the_pilot_sites_are_its_partners_not_sites(tmp_path):
    text = """Hub Pilots

    Hill NHS Foundation Trust, Dale Council, Vale Mind and Vale Carers Centre are working together to deliver one of six national community mental health hub pilot sites.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Hub Pilots"]
    assert {"Vale Mind", "Vale Carers Centre"} <= {m.name for m in mentions if m.kind != "self"}


def test_the_board_is_the_board_the_text_named_before(tmp_path):
    text = """Riverton Integrated Care Partnership

    The Riverton Health and Wellbeing Board met on 3 May with Hill Council.

    The Board noted the report. Members of the Board asked questions.
    """
    _, mentions = read(tmp_path, text)
    board = [m for m in mentions if m.text.lower() == "the board"]
    assert len(board) == 2 and {m.name for m in board} == {"Riverton Health and Wellbeing Board"}


def test_a_list_of_the_members_of_one_collaborative_is_no_list_of_sites(tmp_path):
    text = """Riverton Hospices Together

    Along with Hill Hospice, the following hospices are members of the collaborative:

      • Dale Hospice, Chorley
      • Vale Hospice, Burnley
      • Moor Hospice, Southport
    """
    sites, mentions = read(tmp_path, text)
    assert not {"Dale Hospice, Chorley", "Dale Hospice"} & set(sites)
    assert {"Dale Hospice", "Vale Hospice", "Moor Hospice"} <= {m.name for m in mentions}


def test_the_name_given_to_the_new_practice_in_a_sentence_of_its_own_is_the_site(tmp_path):
    text = """Riverton merger to go ahead

    The merger between North House Surgery and Park Street Surgery will take place before October. The new practice will be called Fountains Health.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Fountains Health"]
    assert {"North House Surgery", "Park Street Surgery"} <= {m.name for m in mentions}


def test_a_national_charitys_name_is_whole_before_and():
    names = {m.name for m in prose("The service is run by Marie Curie and Farleigh Hospice with Hill Surgery.")}
    assert {"Marie Curie", "Farleigh Hospice"} <= names


def test_a_name_a_verb_of_naming_gives_may_hold_of_the_between_its_capitals(tmp_path):
    text = """Football club launches health checks

    Health bosses have joined forces with Riverton Football Club to create an initiative called Ahead of the Game which is aimed at men.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Ahead of the Game"]


def test_a_council_the_reference_data_knows_opening_a_page_is_a_partner_not_its_site(tmp_path):
    text = """Sunderland City Council is the first local authority in the region to connect to the health information exchange.

    Five NHS trusts and the North East Ambulance Service are connected to the system.
    """
    sites, mentions = read(tmp_path, text)
    assert "Sunderland City Council" not in sites
    assert "Sunderland City Council" in {m.name for m in mentions if m.kind != "self"}


def test_a_national_charity_is_named_by_its_name_alone_and_is_no_site(tmp_path):
    text = """Hospice at home pilot extended

    Marie Curie and Farleigh Hospice provide the service. Macmillan funded the first year.
    """
    sites, mentions = read(tmp_path, text)
    assert "Marie Curie" not in sites
    assert {"Marie Curie", "Macmillan", "Farleigh Hospice"} <= {m.name for m in mentions if m.kind != "self"}


def test_a_newspaper_called_by_its_titles_last_word_or_in_its_own_furniture_is_only_named(tmp_path):
    text = """Riverton Health Alliance

    The Riverton Health Alliance includes Hill Surgery. Dr Jo Bloggs told the Gazette the merger would help.
    More on KentOnline
    """
    _, mentions = read(tmp_path, text)
    named = {m.name: m.kind for m in mentions}
    assert named["Gazette"] == MENTIONED and named["KentOnline"] == MENTIONED


def test_a_person_named_after_a_body_whose_organisational_word_comes_first_is_no_part_of_it(tmp_path):
    text = """Tackling inequities on the coast

    Prof. Jo Bloggs, Riverton Institute for Rural Health, University of Riverton
    Dr Sam Smith, Riverton Institute for Rural Health, University of Riverton
    """
    _, mentions = read(tmp_path, text)
    assert "University of Riverton" in {m.name for m in mentions}
    assert not [m for m in mentions if "Sam Smith" in m.name]


def test_a_person_given_their_role_is_no_site_a_title_names():
    assert first_proper_name("To receive a report from Jo Bloggs, Interim Director of Commissioning.") is None
    assert first_proper_name("The group will grow, its chief executive Jo Bloggs explained.") is None


def test_a_companys_legal_form_in_lower_case_is_part_of_its_name_and_a_plc_is_no_site(tmp_path):
    text = """Cramlington transport scheme

    Age UK Northumberland, Assura plc and Hill Surgery are behind the launch of the scheme.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Cramlington transport scheme"]
    assert "Assura plc" in {m.name for m in mentions}


def test_these_are_alone_points_back_to_the_paragraph_that_counts_the_sites(tmp_path):
    text = """National pilot details revealed

    The plan also revealed the 3 PCNs that will take part in the pilot.

    These are:

      • Hill Vale (Riverton)
      • Dale Coast (Riverton)
      • Moor Group (Hillside)
    """
    sites, _ = read(tmp_path, text)
    assert {"Hill Vale", "Dale Coast", "Moor Group"} <= set(sites)


def test_a_by_line_of_the_writers_name_and_the_date_is_no_title(tmp_path):
    text = """Jo Bloggs 14 January 2021

    Six areas secure funding to develop local health partnerships

    The programme will bring together local authorities and the voluntary sector.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Six areas secure funding to develop local health partnerships"]


def test_care_homes_and_hospices_are_collectives_however_few_words_go_before_them(tmp_path):
    text = """Riverton Care Home Support

    The Riverton Care Home Support team works with Hill Surgery to visit care homes in Riverton and the three local hospices.
    """
    _, mentions = read(tmp_path, text)
    collective = {m.text for m in mentions if m.kind == COLLECTIVE}
    assert "care homes" in collective and "the three local hospices" in collective


def test_a_sector_with_no_word_before_it_is_a_collective(tmp_path):
    text = """Riverton Wellbeing

    Riverton Wellbeing brings in partners from health, social care and voluntary sector across the town.
    """
    _, mentions = read(tmp_path, text)
    assert "voluntary sector" in {m.text for m in mentions if m.kind == COLLECTIVE}


def test_a_council_sites_section_label_is_no_title(tmp_path):
    text = """Council meetings

    Health and Wellbeing Board - Membership Revisions

    The board agreed new members.
    """
    sites, _ = read(tmp_path, text)
    assert "Council meetings" not in sites


def test_a_local_pharmaceutical_committees_trading_name_is_a_body():
    names = {m.name for m in prose("Community Pharmacy Riverton chief executive Jo Bloggs said the LPC had worked with practices.")}
    assert "Community Pharmacy Riverton" in names


def test_a_tables_cell_rule_is_no_part_of_a_name_in_its_row(tmp_path):
    text = """Practices moving to the new contract

    Hill Medical Centre |
    Dale Health Centre |
    Vale Surgery |
    """
    _, mentions = read(tmp_path, text)
    assert not [m for m in mentions if "|" in m.name]


def test_a_meeting_pages_agenda_label_venue_and_table_header_are_no_title(tmp_path):
    text = """Agenda and minutes

    Venue: Committee Room 1 - Riverton Town Hall

    No. | Item |

    Riverton health hub progress report

    The board noted the report from Hill Council.
    """
    sites, _ = read(tmp_path, text)
    assert sites and not {"Agenda and minutes", "Committee Room", "No. | Item |", "No. Item"} & set(sites)


def test_a_pages_age_notice_and_a_meeting_pages_headings_are_no_title(tmp_path):
    for number, furniture in enumerate(
        (
            "This content is more than five years old",
            "Agenda and draft minutes",
            "Issue - meetings",
            "Go to content",
            "Case Study",
            "England",
            "Last updated:",
            "Location: Cornwall",
            "Report Authorised by: Jo Bloggs: Director of Integrated Care",
            "Item 10",
            "branch graphic",
            "From 1 April 2021, this website will not be updated.",
            "At the heart of general practice since 1960",
            "Stakeholder bulletin image 2",
            "Menu Home Search",
            " date 2017-11-22 Search",
            "To report any issues with the information below please email office@riverton.gov.uk.",
            "Members of the public are welcome to attend our meetings to watch them in person.",
            "Webcast: View the webcast",
            "Apologies",
            "Disclosure of Pecuniary and Non-Pecuniary Interests",
            "Watch more of our videos on RivertonTV.com",
            "Jo Bloggs (L); Al Smith (R)",
            "12 • Profile",
            "Background to this inspection",
            "Updated",
            "View all news",
            "ReciteMe",
            "If you need additional assistance reading our website please use our accessibility tool.",
            " date 2019-06-26 Image copyright Getty Images Image caption Riverton CCG said it will find patients a new practice.",
            "Press/News Releases",
            "Socialize",
            "Twitter Facebook LinkedIn",
            "rlmc home",
            "contact us",
            "Useful Links",
            "Small ads",
            "Contact Us   0151 601 7636",
            "Monthly Archives: October 2017",
            "Blog originally posted by NHS Riverton CCG",
            "Job summary",
            "Blog Archives",
            "Meeting: 10/03/2015 - Cabinet (Item 139)",
            "Decision Maker: Cabinet Member for Adults and Health",
            "Is Key decision?: Yes",
            "Photograph: Four wooden pegs courtesy of Pexels",
            "Courtesy of Riverton Hospitals NHS Foundation Trust",
            "Executive Summary",
            "Award",
            "fbpx",
            "Picture c/o Pixabay",
            "pul jul aug2020 cover 80x101px",
            "Read the latest issue online",
            "News Posted in News.",
            "Advice on Novel Coronavirus (2019-nCoV)",
            "- Permalink",
            "Play Brightcove video",
            "Launch Recite Me assistive technology",
            "health news riverton hill",
        )
    ):
        text = f"""{furniture}

        Riverton health hub

        The hub brings Hill Surgery and Dale Medical Practice together.
        """
        sites, _ = read(tmp_path / str(number), text)
        assert sites == ["Riverton health hub"], furniture


def test_a_name_after_a_persons_post_keeps_its_and(tmp_path):
    # 'Jo Bloggs, Chief Executive, Age UK X and Y': the commas set off a post, not a list of bodies
    names = {m.name for m in prose("Jo Bloggs, Chief Executive, Age UK Riverton Shire and Dale gave a presentation to the board.")}
    assert "Age UK Riverton Shire and Dale" in names


def test_a_publication_spoken_to_at_the_sentences_start_or_reported_before_is_only_mentioned(tmp_path):
    _, mentions = read(
        tmp_path,
        """Riverton hub

        Speaking to Rulse, the trust's director Dr Jo Bloggs said the hub would open.

        As Riverton in Practice previously reported, a campaign was launched last year with Hill Surgery.
        """,
    )
    kinds = {m.name: m.kind for m in mentions}
    assert kinds.get("Rulse") == MENTIONED and kinds.get("Riverton in Practice") == MENTIONED


def test_a_participle_is_no_part_of_the_name_it_gives(tmp_path):
    sites, mentions = read(
        tmp_path,
        """How we work with our pharmacy

        We work with our pharmacist Jo Bloggs and her team. Called Hill Pharmacy, it has direct access to the notes.
        """,
    )
    assert not [m for m in mentions if m.name.startswith("Called")]
    assert "Hill Pharmacy" in {m.name for m in mentions} | set(sites)


def test_a_list_of_clinical_commissioning_groups_under_a_heading_is_no_list_of_sites(tmp_path):
    sites, mentions = read(
        tmp_path,
        """The Riverton sustainability and transformation partnership

        Who is involved in the partnership?

        Clinical Commissioning Groups (CCGs)

          • Hill Clinical Commissioning Group
          • Dale Clinical Commissioning Group

        Local Authorities

          • Hill City Council
          • Dale Metropolitan Borough Council
        """,
    )
    assert not {"Hill Clinical Commissioning Group", "Dale Clinical Commissioning Group"} & set(sites)
    assert {"Hill Clinical Commissioning Group", "Hill City Council"} <= {m.name for m in mentions}


def test_a_partnership_of_two_places_after_at_is_one_name():
    # a place ends the item before 'in' or 'at' only when a name ends there ('Little Surgery in
    # Riverton and Hill Medical Practice'), not after a person's post
    names = {m.name for m in prose("Jo Bloggs is Head of R&D at Hillside and Dale Partnership, a GP federation.")}
    assert "Hillside and Dale Partnership" in names
    names = {m.name for m in prose("It merged Little Surgery in Riverton and Hill Medical Practice.")}
    assert {"Little Surgery", "Hill Medical Practice"} <= names


def test_what_a_person_heads_at_a_body_is_no_body():
    names = {m.name for m in prose("Jo Bloggs, Head of Healthy Communities at Riverton Health Trust, said so.")}
    assert "Healthy Communities" not in names and "Riverton Health Trust" in names


def test_a_name_set_beside_its_kind_after_and_is_a_body(tmp_path):
    _, mentions = read(
        tmp_path,
        """Riverton school clinics

        A pilot scheme run by the trust, Riverton City Council and sexual health charity Brookline saw clinics set up.
        """,
    )
    assert "Brookline" in {m.name for m in mentions}


def test_a_sites_name_without_its_partnership_word_is_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """Lakeside Healthcare

        Corby-based GP services provider Lakeside said it would leave Hill Medical Centre.
        """,
    )
    assert sites == ["Lakeside Healthcare"]
    assert [m.kind for m in mentions if m.text == "Lakeside"] == ["self"]


def test_a_kind_of_item_before_a_titles_colon_is_no_part_of_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """Update: Merger between Hill and Dale Surgeries

        Dear Patients of Hill and Dale Surgeries, the two practices will merge in April.
        """,
    )
    assert sites and not [s for s in sites if s.startswith("Update")]


def test_the_national_bodies_of_health_and_care_are_only_named():
    text = (
        "Hill Trust will lodge a complaint with Monitor after the award. Guidance from NICE and Healthwatch England "
        "was followed, with NHS Employers and the UK Health Security Agency."
    )
    kinds = {m.name: m.kind for m in prose(text)}
    for name in ("Monitor", "NICE", "Healthwatch England", "NHS Employers", "UK Health Security Agency"):
        assert kinds.get(name) == MENTIONED, name


def test_a_wikis_heading_marks_are_no_part_of_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """= Riverton Minister's Challenge Fund =

        The scheme brings Hill Surgery and Dale Care Homes together.
        """,
    )
    assert sites == ["Riverton Minister's Challenge Fund"]


def test_a_national_bodys_name_in_uk_before_with_ends_there():
    names = {m.name for m in prose("Care for Life is a bid by Care UK with Riverton Community Health Services Trust.")}
    assert {"Care UK", "Riverton Community Health Services Trust"} <= names
    names = {m.name for m in prose("Blackburn with Darwen Clinical Commissioning Group said so.")}
    assert "Blackburn with Darwen Clinical Commissioning Group" in names


def test_a_bare_plural_of_the_nhss_kinds_of_body_is_a_collective():
    found = prose("Through the DES, PCNs are able to hire staff. CCGs were commissioning organisations, unlike the PCTs.")
    collective = [m.text for m in found if m.kind == COLLECTIVE]
    assert collective.count("PCNs") == 1 and "CCGs" in collective and "the PCTs" in collective
    found = prose("Funding goes to primary care networks this year.")
    assert [m.text for m in found if m.kind == COLLECTIVE] == ["primary care networks"]
    # (an abbreviation in brackets is the same group again)
    found = prose("On 1st July 2022, integrated care systems (ICSs) took over from CCGs.")
    assert [m.text for m in found if m.kind == COLLECTIVE] == ["integrated care systems", "CCGs"]


def test_names_sharing_a_plural_head_in_a_list_with_an_oxford_comma():
    text = "Brent, Central Riverton, Hammersmith and Fulham, Harrow, Hounslow, and West Riverton Clinical Commissioning Groups have merged."
    names = [m.text for m in prose(text)]
    assert {"Hammersmith and Fulham", "Hounslow", "Central Riverton"} <= set(names)
    assert "Hounslow," not in names and "Fulham" not in names


def test_further_opening_a_sentence_is_no_part_of_a_name():
    found = prose("Further NHS England guidance revealed PCNs must serve 30,000 patients.")
    assert not [m for m in found if m.name.startswith("Further")]
    assert [m.kind for m in found if m.name == "NHS England"] == [MENTIONED]


def test_a_bodys_own_meeting_after_its_name_is_no_part_of_it():
    names = {m.name for m in prose("Jo Bloggs at the Friends of Riverton Hospital AGM")}
    assert "Friends of Riverton Hospital" in names


def test_a_list_of_figures_under_their_labels_names_no_sites(tmp_path):
    text = """\
    Extra Appointments for Children

    Riverton ICB asked both federations to offer more appointments.

    Federation: Hill Health Partners

      • Funding available: £17,976.70
      • Number of appointments: 446.25

    Federation: Dale Health

      • Funding available: £5,992.23
      • Number of appointments: 148.75
    """
    sites, _ = read(tmp_path, text)
    assert "Funding available" not in sites and "Number of appointments" not in sites


def test_a_program_spelt_the_american_way_is_a_programme(tmp_path):
    text = """\
    New health workers in Riverton

    The Riverton Health Worker Program, led by Hill Surgery and Dale Practice, trains local people.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Riverton Health Worker Program"]


def test_a_years_comma_is_no_thousands_separator_in_a_count_of_bodies():
    found = prose("Patients have been tested at Riverton centres since 2021, the NHS has announced; 1,200 practices took part.")
    assert not [m for m in found if m.text.startswith("2021")]
    assert [(m.text, m.count) for m in found if m.text.endswith("practices")] == [("1,200 practices", 1200)]


def test_a_ministers_post_is_no_body():
    for text in (
        "The Minister of State for Adult Social Care visited Hill Surgery.",
        "Secretary of State for Health and Social Care Jo Bloggs opened Hill Surgery.",
        "The Portfolio Holder for Adult Social Care visited Hill Surgery.",
    ):
        names = [m.name for m in prose(text) if m.kind != COLLECTIVE]
        assert names == ["Hill Surgery"], text


def test_a_list_led_in_inside_an_aside_between_dashes_ends_at_the_closing_dash(tmp_path):
    _, mentions = read(
        tmp_path,
        """Riverton diagnostic centre

        Leaders from the Riverton Partnership – which includes Hill Surgery, Riverton Council and the voluntary sector – invited Dale residents, staff of Vale Academy and councillors to an event.
        """,
    )
    texts = [m.text for m in mentions]
    assert {"Hill Surgery", "Riverton Council", "the voluntary sector"} <= set(texts)
    assert not [t for t in texts if "invited" in t or "Dale" in t]


def test_initials_that_spell_a_small_word_open_a_name(tmp_path):
    sites, _ = read(
        tmp_path,
        """US company gets a foothold in Riverton surgeries

        Vale Health has acquired control of AT Medics. AT Medics was set up by a group of graduates and now runs Hill Surgery and Dale Practice.
        """,
    )
    assert "Medics" not in sites


def test_a_date_label_on_its_own_line_above_a_regulators_text_is_no_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """Background to this inspection
        Updated
        20 November 2019
        Riverton Medical Group consists of five sites and is a provider at scale for 60,000 patients.
        Hill Surgery is one of its five sites.
        """,
    )
    assert sites == ["Riverton Medical Group"]


def test_agencies_and_bodies_of_a_kind_are_groups_of_bodies():
    found = prose("The council works with partner agencies, healthcare bodies, community based organisations and other interested groups.")
    assert [m.text for m in found if m.kind == COLLECTIVE] == [
        "partner agencies",
        "healthcare bodies",
        "community based organisations",
        "other interested groups",
    ]


def test_a_commissioner_that_pays_for_the_work_is_only_mentioned():
    found = prose("In preparation, NHS Riverton Clinical Commissioning Group (CCG) has given extra funding to Hill Surgery.")
    assert [(m.name, m.kind) for m in found] == [("NHS Riverton Clinical Commissioning Group", MENTIONED), ("Hill Surgery", PRACTICE)]


def test_a_local_pharmaceutical_committee_is_named_by_its_abbreviation():
    found = prose("Working with members including Riverton LPC, Dale LPC and Hill Surgery, the board takes a shared approach.")
    assert {"Riverton LPC", "Dale LPC"} <= {m.name for m in found if m.kind != COLLECTIVE}


def test_all_before_a_churchs_dedication_is_part_of_the_name():
    found = prose("The All Saints Practice in Poplar and Hill Surgery were inspected; all practices in Dale were not.")
    assert [m.name for m in found if m.kind != COLLECTIVE] == ["All Saints Practice", "Hill Surgery"]


def test_a_newspapers_opening_word_in_capitals_is_no_site_unless_the_page_writes_it_so_again(tmp_path):
    opening = "MAJOR concerns have been raised over parking at a consultation on the long-awaited health hub in Hillford.\n\nResidents said the Hillford hub would bring Dale Surgery and Vale Practice together.\n"
    abbreviation = "RIVFED started as an informal group of practices in Wirral.\n\nRIVFED now runs services for Dale Surgery.\n"
    assert read(tmp_path / "opening", opening)[0] == ["Hillford"]
    assert read(tmp_path / "abbreviation", abbreviation)[0] == ["RIVFED"]


def test_a_merger_title_names_the_merging_practices_in_any_order(tmp_path):
    text = """Merger – Dale Surgery and Hill Surgery, Hitchin

    We are pleased to announce that, from 1st April, Dale Surgery and Hill Surgery in Hitchin will be merging to work as one GP Practice.

    The new practice will be called The Hill and Dale Surgeries.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Hill and Dale Surgeries"]
    assert [(m.line, m.name) for m in mentions if m.line == 1] == [(1, "Dale Surgery"), (1, "Hill Surgery")]


def test_a_meeting_is_no_site_and_people_before_a_bodys_abbreviated_name_are_no_part_of_it(tmp_path):
    text = """Public urged to tune into virtual AGM

    Members of the public are invited to find out more about Riverton NHS Trust by attending a virtual Annual General Meeting (AGM).

    The event will include a talk by GPs of Hill Health Partnership (HHP) Primary Care Network, which has integrated with the trust.
    """
    assert read(tmp_path, text)[0] == ["Hill Health Partnership"]


def test_a_brands_one_opens_its_name_and_a_count_in_tens_opens_none(tmp_path):
    brand = "One Health Riverton is working with the Primary Care Networks and local stakeholders to develop a programme for social prescribing.\n\nDownload our leaflet.\n"
    count = "Twenty GP practices in Riverton have launched video consultations to improve access for their patients.\n\nThe Riverton Clinical Commissioning Group received funding for the roll-out.\n"
    assert read(tmp_path / "brand", brand)[0] == ["One Health Riverton"]
    assert read(tmp_path / "count", count)[0] == ["Riverton"]


def test_practices_of_places_a_quantifier_opens_are_a_group_not_named_practices():
    from pchgraph.readers.casestudy import shared_head_practices

    text = "All Cambridgeshire and Peterborough practices are aligned to local groups, as are Hill and Dale surgeries."
    assert [name for _, _, name in shared_head_practices(text)] == ["Hill Surgery and Dale Surgery"]


def test_headlines_listed_under_a_news_pages_most_read_label_are_no_partners_and_its_story_goes_on(tmp_path):
    text = """Council introduces project to tackle health inequality

    Riverton District Council is introducing a health inequalities project with Hill Surgery.
    Most Read
    - 1 Combined Authority fallen foul of intense debate
    - 2 Dale Trust staff honoured at awards ceremony
    “We have had great support from Age UK Riverton, hosting the first forum.
    """
    _, mentions = read(tmp_path, text)
    placed = {(m.line, m.name, bool(m.site_id)) for m in mentions}
    assert (5, "Combined Authority", True) not in placed and (6, "Dale Trust", True) not in placed
    assert (7, "Age UK Riverton", True) in placed


def test_a_providers_own_services_listed_are_no_bodies(tmp_path):
    own = """Hill Urgent Care

    The contract holder is Hill Urgent Care. This service is part of Care UK, a large provider of health and social care services. Their services include treatment centres, GP practices, NHS walk-in centres, GP out-of-hours, prison health services and clinical assessment.
    """
    _, mentions = read(tmp_path / "own", own)
    names = {m.name for m in mentions}
    assert "Care UK" in names and not names & {"NHS walk-in centres", "GP out-of-hours"}


def test_a_newspaper_named_for_a_place_whose_name_holds_of_is_a_newspaper():
    found = prose("Peter Rudd has told the Isle of Wight County Press. (Image: Vale of York Herald.)")
    assert [(m.name, m.kind) for m in found] == [("Isle of Wight County Press", MENTIONED), ("Vale of York Herald", MENTIONED)]


def test_a_name_a_bracket_says_is_a_body_is_one_of_that_kind(tmp_path):
    text = """Hill Care Network

    The Hill Care Network works with Primary Integrated Community Services (a local healthcare provider) to run clinics.
    It was designed by Bright Futures (a youth work charity) and Dale Surgery.
    """
    _, mentions = read(tmp_path, text)
    found = {m.name: m for m in mentions if m.site_id}
    assert {"Primary Integrated Community Services", "Bright Futures"} <= set(found)
    assert kind_of(found["Bright Futures"].name, found["Bright Futures"].note)[0] == "charity"


def test_a_new_practice_a_title_names_by_its_kind_and_town_is_the_site(tmp_path):
    text = """Plans moving forward for new Bicester GP practice

    A £5m GP practice to serve new homes could open next year, the Local Democracy Reporting Service (LDRS) said.
    The plans were agreed by Hill and Dale Clinical Commissioning Group on Tuesday.
    The new practice will be built and owned by Cherwell District Council.
    The new practice will offer longer hours than the village surgery.
    """
    sites, mentions = read(tmp_path / "town", text)
    assert sites == ["Bicester GP practice"]
    assert {m.name for m in mentions if m.site_id} >= {"Cherwell District Council"}


def test_a_new_building_the_page_names_itself_is_not_named_for_its_town(tmp_path):
    text = """Can you help name Launceston’s new health hub?

    The team behind the project is looking for a name for its new Health Inequalities Hub.
    The project has been put together by Hill Medical Centre and Volunteer Cornwall.
    The health hub will open this summer.
    """
    sites, _ = read(tmp_path / "named", text)
    assert "Launceston health hub" not in sites


def test_a_company_named_with_limited_is_its_own_site_written_ltd(tmp_path):
    text = """Provided and run by:
    Hill Health Ltd

    Dale House is the registered location for the out-of-hours GP service provided by Hill Health Limited.
    Hill Health Limited is owned by Vale Doctors and Dale Health in partnership.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Hill Health Ltd"]
    assert not [m for m in mentions if m.name == "Hill Health Limited" and m.kind != "self"]


def test_nhs_and_a_councils_place_is_a_commissioner_only_named(tmp_path):
    text = """Hill Health Centre

    The Hill Health Centre opened on behalf of NHS North Somerset, said NHS Stoke on Trent.
    NHS Great Yarmouth and Waveney agreed, as did NHS Bristol Clinical Commissioning Group.
    """
    _, mentions = read(tmp_path, text)
    named = {(m.name, m.kind) for m in mentions}
    assert {("NHS North Somerset", MENTIONED), ("NHS Stoke on Trent", MENTIONED)} <= named
    assert not {name for name, _ in named} & {"NHS Great Yarmouth", "NHS Bristol"}
    assert kind_of("NHS North Somerset") == ("nhs_body", False)


def test_names_printed_one_to_a_paragraph_under_a_lead_in_are_a_list_of_members(tmp_path):
    text = """Hill Care Network

    The network represents the following GP practices:

    Riverton Health Centre

    Medina Healthcare

    Cowes Medical Centre

    Argyll House, Ryde

    Tower House Surgery, Ryde

    Beech Grove, Brading

    The network says practices are increasing online consultations.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["Hill Care Network"]
    members = {m.name for m in mentions if m.site_id and m.kind in (PRACTICE, ORGANISATION)}
    assert {"Medina Healthcare", "Argyll House", "Beech Grove"} <= members


def test_places_listed_before_a_known_name_make_the_longer_official_name(tmp_path):
    text = """Riverton health hub

    Plans have been put forward by Shropshire, Telford and Wrekin Clinical Commissioning Group (CCG) for the hub.

    It was agreed by Hastings and Rother CCG, Eastbourne, Hailsham and Seaford CCG, High Weald Lewes Havens CCG and the council.
    """
    _, mentions = read(tmp_path, text)
    names = {m.name for m in mentions}
    assert "Shropshire, Telford and Wrekin Clinical Commissioning Group" in names
    assert "Telford and Wrekin Clinical Commissioning Group" not in names
    # a name the reference data knows is not swallowed by the list after it
    assert {"Eastbourne, Hailsham and Seaford CCG", "High Weald Lewes Havens CCG"} <= names


def test_a_title_leading_with_a_schemes_name_is_about_the_scheme_not_the_body_running_it(tmp_path):
    text = """GP-based Admiral Nurse service challenges the stigma of dementia

    The service is based at Hill Surgery. It has been jointly funded by Dementia UK and the Riverton Care Fund.

    Dementia UK says the nurse has seen 200 families. Dementia UK will train more nurses.
    """
    sites, mentions = read(tmp_path, text)
    assert sites == ["GP-based Admiral Nurse service"]
    assert "Dementia UK" in {m.name for m in mentions if m.kind == ORGANISATION}


@pytest.mark.parametrize("trail", ["Home > Services > Care of the Elderly >", "Information > "])
def test_a_trail_of_links_ending_on_its_separator_has_the_title_below_it(tmp_path, trail):
    text = f"""{trail}

    Frailty Service

    Page Editor: Jo Bloggs Page last Reviewed 12 September 2018

    The service meets weekly at Dale Surgery with Riverton Partnership.
    """
    sites, _ = read(tmp_path, text)
    assert sites == ["Frailty Service"]


def test_a_town_whose_name_has_a_possessive_is_part_of_a_practice_name():
    assert [m.name for m in prose("Patients at Bishop's Castle Medical Practice were told.")] == ["Bishop's Castle Medical Practice"]
    # a place's possessive before a whole name is not part of it
    assert [m.name for m in prose("Patients of Jarrow's Albert Road Surgery were told.")] == ["Albert Road Surgery"]


def test_people_named_before_the_body_they_are_of_are_no_part_of_its_name():
    text = "Apologies had been received from Patricia Coker and Councillor Tracey Stock of Riverton County Council and Jo Smith."
    assert [m.name for m in prose(text) if m.kind != COLLECTIVE] == ["Riverton County Council"]


def test_a_sentence_adverb_and_a_person_beside_a_post_are_no_bodies(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care Partnership

        Consequently, the Riverton Integrated Care Centre brings services together with Hill CCG.
        Commenting on the partnership, Kevin Lavery, chief executive of NHS Dale Integrated Care Board, said it works.
        The Director of Partnerships at the CCG, Ashley Scarff, was accompanied by Hill Surgery.
        """,
    )
    names = {m.name for m in mentions}
    assert "Riverton Integrated Care Centre" in names and "Hill Surgery" in names
    assert not names & {"Consequently", "Kevin Lavery", "Ashley Scarff"}


def test_an_official_name_from_the_reference_data_has_its_spaces_as_written(tmp_path):
    # (the published table of councils writes 'North Somerset  Council' with two spaces)
    from pchgraph.graph import build_graph

    (tmp_path / "page.txt").write_text("Hill Care Partnership\n\nThe scheme is run by North Somerset Council and Hill Surgery.\n")
    graph = build_graph(read_sources(tmp_path))
    assert "North Somerset Council" in {data["name"] for _, data in graph.nodes(data=True)}


def test_a_clause_that_takes_in_a_list_of_practices_is_no_part_of_the_first(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Care Partnership

        The plan potentially involves Beeches Medical Practice, Belvidere Medical Practice, Claremont Bank Surgery, Marden
        Medical Practice and South Hermitage Surgery.
        """,
    )
    assert "Beeches Medical Practice" in kinds(mentions, PRACTICE)
    assert not [m.name for m in mentions if "plan" in m.name]


def test_universities_named_by_their_places_under_one_plural_head_are_each_a_university(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Care Partnership

        The campus is led by the Universities of Lincoln and Nottingham alongside the former’s new Medical School.

        Member universities include the Universities of Bristol, Keele and Oxford, with Hill Surgery.
        """,
    )
    names = {m.name for m in mentions}
    assert {
        "University of Lincoln",
        "University of Nottingham",
        "University of Bristol",
        "University of Keele",
        "University of Oxford",
    } <= names
    assert not [name for name in names if "alongside" in name or "Universities" in name]


def test_a_head_named_after_their_body_is_no_part_of_it_and_working_can_open_a_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Care Partnership

        “This is wonderful news for the community we support,” said Age UK Riverton CEO David Wood.
        The partners are Working Well Trust and Hill Surgery.
        """,
    )
    names = {m.name for m in mentions}
    assert {"Age UK Riverton", "Working Well Trust"} <= names
    assert not [name for name in names if "David" in name or name == "Well Trust"]


def test_people_named_by_their_post_in_a_list_of_bodies_are_no_bodies(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Goole Health Partnership

        We have worked with stakeholders including Riverton NHS Foundation Trust, local GP practices, local MP, local Councillors, Healthwatch and the voluntary sector.
        """,
    )
    bodies = {m.name for m in mentions if m.kind != COLLECTIVE}
    assert "Riverton NHS Foundation Trust" in bodies and not bodies & {"MP", "Councillors"}


def test_a_posts_fields_under_their_labels_are_no_list_of_sites(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Hill maternity community hub launch hailed a success

          • Date: 5th December 2017
          • Category: NewsServices

        The launch of the first maternity community hub has been hailed a success.

        Riverton County Council and Hill Medical Practice were present at the opening of the Hill Maternity Hub.
        """,
    )
    assert not {"Date", "Category"} & set(sites)
    assert "Riverton County Council" in {m.name for m in mentions}


def test_each_row_of_a_roster_names_its_persons_body_and_none_is_the_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Item 4
        Riverton Health Partnership
        Minutes of the meeting held on 3 May 2011
        Attendees:
        Jo Bloggs – Riverton Borough Council (Chair)
        Sam Smith / - / Hill Valley Hospital
        Ann Jones - Dale Sports Partnership
        Kim Lee / - / Riverton Carers Trust
        """,
    )
    assert sites == ["Riverton Health Partnership"]
    assert {"Hill Valley Hospital", "Dale Sports Partnership", "Riverton Carers Trust"} <= {m.name for m in mentions}


@pytest.mark.parametrize(
    "members",
    [
        "The board members are:\n\n• Jo Bloggs – Riverton Borough Council\n• Sam Smith - Hill Valley Hospital",
        "The board members are: Jo Bloggs – Riverton Borough Council; Sam Smith - Hill Valley Hospital.",
    ],
)
def test_a_person_before_the_dash_of_a_members_item_is_no_body(tmp_path, members):
    _, mentions = read(tmp_path, "Riverton Health Partnership\n\n" + members)
    names = {m.name for m in mentions}
    assert {"Riverton Borough Council", "Hill Valley Hospital"} <= names and not names & {"Jo Bloggs", "Sam Smith"}
    assert not any(name.startswith(("Jo Bloggs", "Sam Smith")) for name in names)


def test_a_number_before_a_singular_head_is_part_of_the_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Partnership

        The partnership was formed in 2017 by the merger of Hill Street Surgery, Three Swans Surgery and Dale Medical Practice.
        Two Rivers Medical Practice joined later, and three Riverton practices are to follow.
        """,
    )
    names = {m.name for m in mentions}
    assert {"Three Swans Surgery", "Two Rivers Medical Practice"} <= names
    assert not names & {"Swans Surgery", "Rivers Medical Practice"}


def test_a_row_of_practices_run_together_is_a_name_for_each(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton North Locality

        The locality's GP practices:

        Member practices  The Swan Practice  Norden House Surgery  Wing Surgery  Hill Health Centre Medical Practice
        """,
    )
    names = {m.name for m in mentions}
    assert {"Swan Practice", "Norden House Surgery", "Wing Surgery", "Hill Health Centre Medical Practice"} <= names
    assert not any("Norden House Surgery Wing" in name for name in names)


def test_a_papers_authors_and_their_affiliations_are_no_sites(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Article Text

        P-186 Riverton end of life alliance – a collaborative approach
          1. Jo Bloggs1,
          2. Sam de Vries2 and
          3. Alex Smith3
          1. 1Hill Hospice, Riverton, UK
          2. 2Riverton Borough Council
          3. 3Dale Valley Hospital NHS Trust


        Hill Hospice leads the alliance with the council and the trust.
        """,
    )
    assert not set(sites) & {"Jo Bloggs1", "Hill Hospice, Riverton, UK", "Riverton Borough Council"}
    assert len(sites) == 1 and not sites[0].startswith("P-186")
    partners = {m.name for m in mentions if m.line in (7, 8, 9)}
    assert {"Hill Hospice", "Riverton Borough Council", "Dale Valley Hospital NHS Trust"} <= partners


def test_a_table_of_contents_page_numbers_are_no_part_of_the_names(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton estates guide

        Contents

        Introduction 3

        Case study – Hill Primary Care Network 50

        Case study – Dale Valley Primary Care Network 54

        References 62
        """,
    )
    names = {m.name for m in mentions} | set(sites)
    assert {"Hill Primary Care Network", "Dale Valley Primary Care Network"} <= names
    assert not any(name[-1:].isdigit() for name in names)


def test_a_doctor_named_in_full_before_a_practice_of_doctors_is_its_member_not_part_of_it(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton GP Alliance

        The Board now consists of:

          • Dr Jo Bloggs (Chair), Dr Bloggs & Associates
          • Dr Sam Smith, Dr Hill & Partners
          • Dr Ann Lee, Dale Surgery
        """,
    )
    names = {m.name for m in mentions}
    assert {"Dr Bloggs & Associates", "Dr Hill & Partners", "Dale Surgery"} <= names
    assert not any("Sam Smith" in name for name in names)


def test_a_trust_goes_by_its_royal_title_and_place(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Community Services

        From April the Royal Surrey will run community nursing with Royal Wolverhampton, while the
        Royal Borough of Greenwich keeps social care.
        """,
    )
    names = {m.name for m in mentions}
    assert {"Royal Surrey", "Royal Wolverhampton", "Royal Borough of Greenwich"} <= names


def test_a_meetings_venue_is_only_where_it_meets(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Scrutiny Panel

        Venue: Council Chamber - Civic Centre, St Peter's Square, Riverton RV1 1SH

        Present: Riverton Council, Hill Hospice.
        """,
    )
    venue = [m for m in mentions if m.line == 3]
    assert venue and all(m.note == "a venue, not an organisation" and not m.name.startswith("Venue") for m in venue)
    # (a council's panel is no partnership: those present are kept, only named)
    assert {"Riverton Council", "Hill Hospice"} <= {m.name for m in mentions if m.kind == UNRESOLVED}


def test_a_title_run_into_the_name_the_next_line_opens_with_names_it_once(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Building a team to boost primary care in Hill Valley Primary Care Network
        Hill Valley Primary Care Network (PCN) has been introducing new roles across the PCN.
        The team now includes pharmacists and social prescribers, shared by the practices.
        Most of these roles work across the entire PCN rather than within individual practices.
        """,
    )
    assert sites == ["Hill Valley Primary Care Network"]


def test_names_set_out_one_to_a_line_are_not_run_together(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health and Care Forum

        The forum's members:

        Great Torrington Town Council
        Hill Valley Hospice
        Dale Medical Practice
        """,
    )
    names = {m.name for m in mentions}
    assert {"Great Torrington Town Council", "Hill Valley Hospice", "Dale Medical Practice"} <= names


def test_a_newspapers_opening_words_in_capitals_name_nothing_though_printed_twice(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        ANGRY doctors in Riverton have complained to the NHS about plans for the town's new super-surgery run by doctors from elsewhere.

        ANGRY doctors in Riverton have complained to the NHS about plans for the town's new super-surgery.

        They say the new centre will take patients from the existing practices.
        """,
    )
    assert sites and not any("ANGRY" in site for site in sites)


def test_a_short_form_written_before_its_body_is_named_is_the_one_body_the_page_names(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Together

        Riverton Together is a partnership between the CCG and the Trust to join up care for older people.

        The programme is led by NHS Riverton Clinical Commissioning Group with Riverton Community NHS Trust, and works with the town's practices.
        """,
    )
    short = {(m.text, m.name) for m in mentions if m.text in ("the CCG", "the Trust")}
    assert short == {("the CCG", "NHS Riverton Clinical Commissioning Group"), ("the Trust", "Riverton Community NHS Trust")}


def test_a_short_form_before_two_bodies_of_its_kind_stands_for_neither(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Together

        Riverton Together is a partnership led by the Trust to join up care for older people.

        Its members are Riverton Community NHS Trust, Dale Hospitals NHS Trust and the town's practices.
        """,
    )
    assert not any(m.text == "the Trust" for m in mentions)


def test_a_body_named_after_its_people_by_post_or_by_name_is_the_body(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Pharmacy Leadership Group

        The group includes Chief Pharmacists from the Riverton Orthopaedic Hospital, the Dale Hospital NHS Trust and others.

        The committee heard from local patients, Healthwatch Riverton, Dr Ayres from the Cumberland Surgery, and the council.
        """,
    )
    names = {m.name for m in mentions}
    assert {"Riverton Orthopaedic Hospital", "Cumberland Surgery"} <= names
    assert not any("from the" in name for name in names)


def test_a_line_of_what_a_visitor_may_do_on_the_site_is_no_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Join Now                                         Blog   LinkedIn   Twitter

        At the vanguard of improving care in care homes

        Riverton, one of six areas chosen to develop a new model of care in care homes, describes its plans.
        """,
    )
    assert sites and not any("LinkedIn" in site for site in sites)


def test_an_events_day_and_time_before_where_it_is_held_name_no_body(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health and Wellbeing Board

        Staff from Riverton CCG will be at four events this month:

          • Wednesday 15 August: 2.00pm – 4.30pm, Dale Town Hall, Dale NE61 1LZ
          • Friday 17 August: 2.00pm – 4.30pm, Hill Abbey, Hill NE46 3NB
        """,
    )
    assert not any("August" in m.name for m in mentions)


def test_as_well_as_parts_two_items_of_a_list(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Partnership

        Riverton Health Partnership runs more than 50 GP surgeries across the country including Fisher Medical Centre on Coach Street as well as Hill Surgery and Dale Health Centre.
        """,
    )
    assert {"Fisher Medical Centre", "Hill Surgery", "Dale Health Centre"} <= {m.name for m in mentions}


def test_a_towns_possessive_before_a_listed_name_is_where_it_stands(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Care Partnership

        The partnership includes Kettering's Headlands Surgery, Ipswich’s Deben Road Surgery and Dale Hospice.
        """,
    )
    names = {m.name for m in mentions}
    assert {"Headlands Surgery", "Deben Road Surgery"} <= names


def test_an_abbreviation_the_page_defines_is_not_the_reference_datas_body_of_the_same_letters(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Brent GP Access Centre

        The service is provided by Hill Care Co-operative Limited within the Wembley Centre for Health and Care (WCHC), 116 Chaplin Road, Wembley. Hill Care ran a practice within WCHC.
        """,
    )
    assert not any("wirral" in m.name.lower() for m in mentions)


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Cooperative

        Riverton Health Cooperative was set up by the town's practices with Riverton Clinical Commissioning Group.

        Now the CCG, who, in cooperation with NHS England are responsible for planning services, are taking steps.
        """,
    )
    assert not any(m.text.startswith("Now") or m.name.startswith("Now") for m in mentions)


def test_a_person_with_initials_before_the_dash_is_a_roster_row_not_a_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton Ageing Well Partnership

        In attendance

        Jo Bloggs (JB) – Manager, Healthwatch Riverton

        Sam Smith (SS) – Carers Action Group

        Ann Jones (AJ) – Chief Executive, Riverton CVS

        Apologies

        Tom Brown (TB) – Independent Care Group
        """,
    )
    assert sites == ["Riverton Ageing Well Partnership"]
    assert {"Carers Action Group", "Independent Care Group", "Riverton CVS"} <= {m.name for m in mentions}


def test_a_plural_head_inside_a_groups_name_is_not_shared(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Partnership working

        We are part of the Riverton and Dale University Hospitals Group, which brings together Hill University Hospitals Trust and Vale Hospital Trust.
        """,
    )
    names = {m.name for m in mentions}
    assert "Riverton Hospital" not in names and "Dale University Hospital" not in names


def test_a_foundation_trust_by_its_short_form_is_a_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Frailty Partnership

        The partnership works with Salford Royal NHS FT and Hill District Care FT on frailty.
        """,
    )
    assert {"Salford Royal NHS FT", "Hill District Care FT"} <= {m.text for m in mentions}


def test_commas_between_the_words_of_one_sector_part_no_items(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Riverton Health and Wellbeing Board

        The board is a collective of local organisations including the Council, Healthwatch, the Community, Voluntary and Faith Sector, Riverton Police and Riverton College.
        """,
    )
    assert "the Community, Voluntary and Faith Sector" in {m.text for m in mentions if m.kind == COLLECTIVE}
    assert not any(m.text == "the Community" for m in mentions)


def test_a_place_of_learning_is_a_body_and_never_a_hospital_trust(tmp_path):
    from pchgraph.graph import build_graph

    (tmp_path / "page.txt").write_text(
        "Hill Care Partnership\n\nThe home works with Wirral Metropolitan College and Leicester University to train staff.\n"
    )
    graph = build_graph(read_sources(tmp_path))
    kinds_by_name = {data["name"]: data.get("kind") for _, data in graph.nodes(data=True)}
    assert kinds_by_name.get("Wirral Metropolitan College") == "other"
    # (not 'University Hospitals of Leicester NHS Trust', which the place and 'University' are close to)
    assert kinds_by_name.get("Leicester University") == "other"
    assert not any("Hospitals" in name for name in kinds_by_name)


def test_a_college_a_page_names_most_is_where_things_happen_not_its_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        By Jo Bloggs

        Representatives from over 80 voluntary groups attended a Social Prescribing event at Riverton College in Station Plaza.

        Delegates at the event at Riverton College, organised by Riverton Voluntary Action, heard from local GPs.
        """,
    )
    assert sites and "Riverton College" not in sites


def test_rows_of_a_directory_flattened_to_commas_are_items_and_their_streets_no_partners(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Oak Care Partnership

        The practices getting funding are:

        Hill Surgery, Mill Road, Riverton
        Dale Practice, Upper Vale Road, Dale
        Vale Medical Centre, High Street, Vale
        """,
    )
    partners = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert {"Hill Surgery", "Dale Practice", "Vale Medical Centre"} <= partners
    assert not partners & {"Riverton Dale Practice", "Mill Road", "Upper Vale Road", "High Street", "Riverton"}


def test_a_row_of_dates_is_no_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Regional Optical Committee

        Minutes of the committee can be found below.

        5th Feb 2019 9th May 2019 26th Sept 2019
        18th January 2018 19th April 2018 19th July 2018 25th October 2018
        """,
    )
    assert not [m.name for m in mentions if "2018" in m.name or "2019" in m.name]


def test_a_link_label_after_an_item_is_no_part_of_its_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Regional Optical Committee

        It is made up of officers from the following LOCs:

         Riverton LOC visit website
        Dale LOC visit website
        Vale LOC Read more ›
        """,
    )
    assert {"Riverton LOC", "Dale LOC", "Vale LOC"} <= {m.name for m in mentions if m.kind == ORGANISATION}


def test_an_area_given_with_its_own_acronym_is_named_by_the_area(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Our borough

        We are taking a place-based approach by segmenting the borough into 4 areas, they are our footprints: Riverton North, South Hill and Dale (SHAD), Vale and Oak (VAO), and Upper Brook (UB+).
        """,
    )
    assert {"South Hill and Dale", "Vale and Oak", "Upper Brook"} <= set(sites)
    assert not set(sites) & {"SHAD", "VAO", "UB+", "Dale", "Oak"}


def test_a_year_after_a_name_is_no_part_of_it(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Agenda and minutes

        To elect a Chair of the Riverton Well-Being Partnership Board for the municipal year 2006/7.

        The Clerk led proceedings to elect a Chair for the Riverton Well-Being Partnership Board 2006/7 and sought nominations.
        """,
    )
    assert not [name for name in sites + [m.name for m in mentions] if "2006" in name]


def test_a_town_whose_name_holds_a_small_word_opens_the_name_after_it(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Hill Care Partnership

        The partnership works with Barrow in Furness Town Council and Newcastle under Lyme Borough Council.
        """,
    )
    names = {m.name for m in mentions}
    assert {"Barrow in Furness Town Council", "Newcastle under Lyme Borough Council"} <= names
    assert not names & {"Furness Town Council", "Lyme Borough Council"}


@pytest.mark.parametrize(
    "sentence, joined",
    [
        # a body's short name alone before 'and' is a name of its own
        ("The agreement between the Council and Hill Valley Foundation Trust was renewed this year.", "Council and"),
        # and a thing made with a body is no part of its name
        ("The cabinet approved the Mental Health Agreement with Hill Valley Foundation Trust last year.", "Agreement"),
    ],
)
def test_a_body_after_a_short_name_or_an_agreement_is_read_alone(tmp_path, sentence, joined):
    _, mentions = read(tmp_path, f"Riverton Mental Health Partnership\n\n{sentence}")
    names = {m.name for m in mentions}
    assert "Hill Valley Foundation Trust" in names
    assert not [name for name in names if joined in name]


def test_a_titled_person_straight_before_a_public_body_is_no_part_of_its_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health and Wellbeing Partnership

        To receive a presentation from Cllr Jo Bloggs Riverton County Council and Hill District Council on health.
        """,
    )
    names = {m.name for m in mentions}
    assert "Riverton County Council" in names
    assert not [name for name in names if "Bloggs" in name]


def test_a_legal_form_in_initials_with_stops_ends_a_name(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton GP Hub

        The service is provided by Riverton Health Neighbourhood Care C.I.C, a community interest company and a GP federation.
        """,
    )
    assert "Riverton Health Neighbourhood Care C.I.C" in {m.name for m in mentions}


def test_a_members_area_prompt_is_no_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Please enter your login details

        Diabetes Services

        Riverton and Hill Clinical Commissioning Groups (RH CCG)

        The CCGs work with local practices on diabetes care.
        """,
    )
    assert sites and "Please enter your login details" not in sites


@pytest.mark.parametrize(
    "opening",
    [
        # a post with no body: the portfolio a councillor holds
        "Apologies were received from Councillor Jo Bloggs (Cabinet Member for Best Start in Life).",
        # labels with nothing after them
        "Minutes:\nWitnesses:",
    ],
)
def test_a_meeting_page_headed_by_a_post_or_bare_labels_names_no_site(tmp_path, opening):
    sites, mentions = read(
        tmp_path,
        f"""
        {opening}

        • Jo Bloggs – Director of Primary Care, Riverton County Council

        Apologies were also received from the Chief Executive of Hill Valley NHS Foundation Trust.
        """,
    )
    assert sites == []
    # nothing lost: each body is kept, named outside any site, with the reason
    kept = {m.name for m in mentions if m.kind == UNRESOLVED and m.reason}
    assert {"Riverton County Council", "Hill Valley NHS Foundation Trust"} <= kept


def test_a_post_heading_a_page_names_the_body_it_is_held_in(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Around 1,800 residents came to a series of community health and wellbeing events this summer.

        More than 25 agencies joined forces to promote health and wellbeing activities.

        Jo Bloggs, Locality Manager for Riverton and Hill Integrated Locality Partnership (ILP) said: "It was a success."
        """,
    )
    assert sites == ["Riverton and Hill Integrated Locality Partnership"]


def test_a_councils_party_group_heading_its_members_is_no_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Health and Wellbeing Board membership

        Conservative

        Labour

        Independent Group

        Green Party

        NHS Riverton CCG

        Hill Valley NHS Foundation Trust
        """,
    )
    assert "Independent Group" not in sites


@pytest.mark.parametrize("greeting", ["SIR - ", "Sir, ", "Dear Editor, "])
def test_a_letters_greeting_is_no_part_of_its_title(tmp_path, greeting):
    sites, _ = read(
        tmp_path,
        f"""
        {greeting}I am writing to urge your readers to take part in the debate on health care in Riverton.

        Dr Jo Bloggs (chairman of Riverton PCG) has explained that the PCG is too small to go on alone.
        """,
    )
    assert sites and not any(site.lower() in {"sir", "dear editor", "editor"} for site in sites)


def test_practices_named_by_their_codes_in_one_run_are_each_a_practice(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Riverton Health Commissioning

        List of practices in consortium (including practice codes) G85001 Forest Hill Road G85006 Gaumont House Surgery G85007 Lister Primary Care Centre – Dr Ullah G85009 St James Church Surgery G85012 Aylesbury Partnership
        """,
    )
    practices = {m.name for m in mentions if m.kind == PRACTICE}
    assert {
        "Forest Hill Road",
        "Gaumont House Surgery",
        "Lister Primary Care Centre",
        "St James Church Surgery",
        "Aylesbury Partnership",
    } <= practices
    # (no code, and no doctor, is part of a name)
    assert not [m.name for m in mentions if "G85" in m.name or "Ullah" in m.name]


def test_a_partnerships_name_without_its_words_of_care_and_kind_is_the_site_itself():
    from pchgraph.readers.sites import Site

    site = Site("Lakeside Healthcare Group", "a.txt", 1)
    assert self_mentioned_site(Mention("Lakeside", "Lakeside", ORGANISATION, 3), [site]) is site
    # (a place left alone is still a place, not the site)
    assert self_mentioned_site(Mention("Leeds", "Leeds", ORGANISATION, 3), [Site("Leeds Health Group", "a.txt", 1)]) is None


def test_a_bodys_own_page_heading_names_no_site_when_the_page_names_no_partnership(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        What we do

        Where we fit in the local NHS

        We provide community services across the county, alongside Riverton Hospitals NHS Trust and Hill Valley NHS Foundation Trust.
        """,
    )
    assert sites == []
    assert {"Riverton Hospitals NHS Trust", "Hill Valley NHS Foundation Trust"} <= {m.name for m in mentions if m.kind == UNRESOLVED}


def test_an_item_set_in_ends_at_a_line_set_out_beyond_its_mark(tmp_path):
    # the note under a list of figures is no part of its last item: the list of networks after it
    # is a list of sites of its own
    sites, mentions = read(
        tmp_path,
        """
        Riverton ICS
          • 846,897 people vaccinated with a first
            dose which is 34% of the eligible
            population (16+)
          • 70,582 of those vaccinated are over 65
            years of age, 88% of total population over
        Note: based on latest nationally published data (
        PCN LVS sites
        • Hill PCN: 2 sites @ Hill Surgery (Riverton)
          and Dale Surgery (Dalton)

        • Riverton Central PCN: 1 site @
          Village Surgery (Riverton)

        • Vale PCN: 1 site @ Vale Medical Group (Dalton)
        """,
    )
    assert {"Hill PCN", "Riverton Central PCN", "Vale PCN"} <= set(sites)


def test_a_person_the_page_opens_on_names_no_site(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Agenda and minutes

        Apologies for absence were received from Cllr G Bull.

        The board heard from Riverton Hospitals NHS Trust about winter pressures.
        """,
    )
    assert sites == []


def test_a_pages_navigation_and_label_are_not_its_title(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        Skip Ribbon Commands
        Skip to main content

        Hill Valley Primary Care Network

        The network works with Riverton Hospitals NHS Trust and Age UK Riverton.
        """,
    )
    assert sites == ["Hill Valley Primary Care Network"]
    sites, _ = read(
        tmp_path / "archived",
        """
        Archived: Dale Medical Group

        Provided and run by:
        Dale Medical Group

        The Medical Group consists of four practices, among them Hill Surgery and Vale Surgery.
        """,
    )
    assert sites == ["Dale Medical Group"]


def test_lower_case_words_after_a_name_saying_what_a_list_is_for_are_no_part_of_it():
    p = joined_paragraph([Line(1, "Primary Care Networks in Riverton with the aim of encouraging members of the public")])
    assert [m.name for m in partner_mentions(p)] == ["Primary Care Networks in Riverton"]
    # (a name's own lower-case words stay: 'Friends of the Earth')
    p = joined_paragraph([Line(1, "Friends of the Earth, Age UK Riverton")])
    assert [m.name for m in partner_mentions(p)] == ["Friends of the Earth", "Age UK Riverton"]


def test_an_address_a_sentence_opens_on_names_no_bodies_beside_the_practice(tmp_path):
    sites, mentions = read(
        tmp_path,
        """
        Dale Medical Group

        Unit 1, The Mill Centre, Dale Lane, Riverton, Exampleshire, RV2 1HS is part of Dale Medical Group. The Medical Group consists of four practices, among them Hill Surgery.
        """,
    )
    partners = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert "Hill Surgery" in partners
    assert not partners & {"Dale Lane", "Riverton", "Exampleshire", "Unit 1"}


def test_a_pages_label_for_what_it_is_is_not_its_site(tmp_path):
    sites, _ = read(
        tmp_path,
        """
        • Doctor
          • GP practice

        Archived: The Hill Medical Centre

        Provided and run by:
        The Hill Medical Centre

        The Hill Medical Centre is located in Riverton with a branch surgery at Dale Medical Centre. The practice is part of the Riverton Vitality Partnership, a group of practices in central Riverton.
        """,
    )
    assert "Archived" not in sites


def test_a_voluntary_action_listed_among_practices_stays_a_body(tmp_path):
    # (a council for voluntary service is named 'Voluntary Action', 'Community Action', 'Citizens Advice')
    text = """Hill PCN

    Hill PCN is a partnership of Hill Surgery, Dale Practice, Vale Surgery and Riverton Voluntary Action.
    """
    _, mentions = read(tmp_path, text)
    kinds = {m.name: m.kind for m in mentions}
    assert kinds["Riverton Voluntary Action"] == ORGANISATION and kinds["Vale Surgery"] == PRACTICE


@pytest.mark.parametrize(
    "members, expected",
    [
        ("Hill Surgery, Mind in Riverton and Riverton Voluntary Action", ["Hill Surgery", "Mind in Riverton", "Riverton Voluntary Action"]),
        (
            "Hill Surgery, Riverton District Council and Hill <Community> Trust",
            ["Hill Surgery", "Riverton District Council", "Hill <Community> Trust"],
        ),
    ],
)
def test_every_member_a_sentence_lists_is_read_whoever_no_rule_knows(tmp_path, members, expected):
    # (a member whose name ends in no organisational word was lost, and a name beside it)
    sites, mentions = read(tmp_path, f"Hill PCN\n\nHill PCN is a partnership of {members}.")
    assert sites == ["Hill PCN"]
    # (in whatever order the readings found them)
    assert sorted(m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)) == sorted(expected)


def test_a_share_or_a_count_after_a_practice_is_no_part_of_its_name(tmp_path):
    # (a table of waits flattened to a list: 'Hill Surgery 48% of …' named 'Hill Surgery 48')
    _, mentions = read(
        tmp_path,
        """
        Hill PCN

        The practices with the longest waits were:

          • Hill Surgery 48% of 3,452 appointments took place late
          • Dale Surgery 43.3% of 6,419 appointments
        """,
    )
    assert {m.name for m in mentions if m.kind == PRACTICE} == {"Hill Surgery", "Dale Surgery"}


def test_a_member_under_a_lead_in_is_read_though_it_shares_the_sites_place(tmp_path):
    # (a line that repeats the site's place was taken for the site's heading, and lost)
    sites, mentions = read(
        tmp_path,
        """
        Moorland PCN

        Moorland PCN is made up of the following member practices:
        Moorland Health Centre
        Tor View Surgery
        Heather Lane Practice
        """,
    )
    assert sites == ["Moorland PCN"]
    assert {m.name for m in mentions if m.kind == PRACTICE} == {"Moorland Health Centre", "Tor View Surgery", "Heather Lane Practice"}


def test_a_funder_is_named_whatever_its_name_ends_in(tmp_path):
    _, mentions = read(
        tmp_path,
        """
        Coastal Care Partnership

        The Coastal Care Partnership works with Harbour Surgery.
        The project is funded by the National Lottery Community Fund.
        """,
    )
    assert ("National Lottery Community Fund", MENTIONED) in {(m.name, m.kind) for m in mentions}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hill PCN works with Riverton Citizens Advice and Citizens Advice Brighton and Hove.",
        "Hill PCN is a partnership of Riverton Citizens Advice, Citizens Advice Brighton and Hove and Hill Surgery.",
    ],
)
def test_a_charitys_branch_is_one_body_whichever_side_its_place_is_on(tmp_path, sentence):
    _, mentions = read(tmp_path, f"Hill PCN\n\n{sentence}")
    named = {m.name for m in mentions if m.kind == ORGANISATION}
    assert {"Riverton Citizens Advice", "Citizens Advice Brighton and Hove"} <= named
    assert "Hove" not in named


def test_a_page_about_a_partnership_is_not_about_the_charity_that_leads_it(tmp_path):
    # (the charity's chief is quoted again and again; the partnership is what the page is about)
    sites, _ = read(
        tmp_path,
        """
        Worried chiefs of a charity partnership fear people will lose advice services.

        The Riverton Wellbeing Partnership, led by Riverton Citizens Advice alongside Age UK Riverton, will lose its funding.

        "It is hard," said Jo Bloggs, chief executive of Riverton Citizens Advice.

        Jo Bloggs is CEO of Riverton Citizens Advice, which has run advice in surgeries for years.
        """,
    )
    assert sites == ["Riverton Wellbeing Partnership"]


def test_a_service_a_bodys_table_lists_is_no_body(tmp_path):
    # (a field of medicine alone on a row: 'Urology.' was a partner of the federation)
    assert is_generic("Urology.") and is_generic("Physiotherapy") and not is_generic("Riverton Physiotherapy Partners")


def test_an_item_of_a_semicolon_list_that_is_itself_a_list_is_its_names(tmp_path):
    # (the commas inside one ';' item were left alone: 'Age UK Norwich, Voluntary Norfolk' was
    # one node, and a trust with an 'and' in its name gave 'Care NHS Trust')
    _, mentions = read(
        tmp_path,
        "Eastbrook Primary Care Home\n\nEastbrook Primary Care Home includes Eastbrook Surgery; Kings Road Practice, "
        "Norfolk Community Health and Care NHS Trust and Norfolk County Council; Age UK Norwich, Voluntary Norfolk and NHS Norwich CCG.",
    )
    named = {m.name for m in mentions if m.kind in (ORGANISATION, PRACTICE)}
    assert named == {
        "Eastbrook Surgery",
        "Kings Road Practice",
        "Norfolk Community Health and Care NHS Trust",
        "Norfolk County Council",
        "Age UK Norwich",
        "Voluntary Norfolk",
        "NHS Norwich CCG",
    }


def test_a_listed_member_no_reading_names_is_kept_unresolved(tmp_path):
    # (an item holding markup was read as nothing: lost without a trace)
    _, mentions = read(
        tmp_path,
        """
        Bay Alliance

        The Bay Alliance is made up of:
        - Bay Surgery
        - <b>Bold</b> Community Trust
        - Riverton District Council
        """,
    )
    assert ("<b>Bold</b> Community Trust", UNRESOLVED) in {(m.name, m.kind) for m in mentions}


def test_a_heading_about_a_partnership_names_it_without_about(tmp_path):
    sites, _ = read(
        tmp_path, "About Moorland PCN\n\nMoorland PCN is made up of Moorland Surgery, Tor View Surgery and Heather Lane Practice."
    )
    assert sites == ["Moorland PCN"]


def test_a_group_said_to_run_named_practices_is_the_site(tmp_path):
    # (a headline with a quoted lead was the site, and the group was no candidate: its name
    # reads as one practice's)
    sites, mentions = read(
        tmp_path,
        "'Very sad news': GPs say services are not viable\n\n"
        "Patients in the valley say they are worried after GPs said they can no longer run their surgeries.\n\n"
        "The Dale Valley Medical Group - which runs The Ashby Health Centre and Hollin Medical Practice - "
        "has seen its funding cut.\n\nThe Dale Valley Medical Group said it had no choice.",
    )
    assert sites == ["Dale Valley Medical Group"]
    assert {"Ashby Health Centre", "Hollin Medical Practice"} <= {m.name for m in mentions if m.site_id}


def test_a_company_named_in_common_words_with_its_legal_form_is_the_site(tmp_path):
    sites, _ = read(
        tmp_path,
        "Town GPs group criticised over meeting\n\nCampaigners have criticised a company made up of doctors.\n\n"
        "Representatives from Care First Ltd were invited to speak at the Riverton Clinical Commissioning Group meeting.\n\n"
        "Every surgery in the town has signed up to Care First Ltd. Care First said it would write to the board.",
    )
    assert sites == ["Care First Ltd"]


def test_the_practice_a_merger_will_form_is_the_site_not_its_members(tmp_path):
    sites, _ = read(
        tmp_path,
        "Surgeries to close as practices merge\n\nTwo surgeries in the city are to close.\n\n"
        "The CCG has approved the merger of the Abbey Centre, Hill Surgery and Dale Surgery which will form the "
        "Riverton GP Surgery from 1 April.",
    )
    assert sites == ["Riverton GP Surgery"]


def test_our_kind_of_partnership_in_its_own_words_is_a_naming_of_it(tmp_path):
    # (three candidates tied, two named as partnerships, and the page got its section heading)
    sites, _ = read(
        tmp_path,
        "Skip to main content\n\nTransformation programmes\n\nWelcome to our year in review\n\n"
        "Our programmes focus on the priorities of the Riverton District Health and Care Partnership where we "
        "show our ethos, working together for our communities. For the coming year we will work with partners "
        "such as Reducing Harm in Communities (RHC) and the Riverton Inequalities Alliance.\n\n"
        "Our health and care partnership has a focus on tackling inequalities.",
    )
    assert sites == ["Riverton District Health and Care Partnership"]


def test_a_label_in_sentence_case_after_a_semicolon_is_no_part_of_the_first_name(tmp_path):
    # ('Member practices: Dale Surgery' was one practice)
    _, mentions = read(tmp_path, "Hill PCN\n\nHill PCN; Member practices: Dale Surgery, Vale Medical Centre and Brook Lane Practice.")
    assert {m.name for m in mentions if m.kind == PRACTICE} == {"Dale Surgery", "Vale Medical Centre", "Brook Lane Practice"}


def test_a_meetings_minutes_heading_is_no_partnership_and_its_attendees_no_partners(tmp_path):
    sites, mentions = read(
        tmp_path,
        "Minutes of the meeting held on 4 May 2023\n\n"
        "Present: Cllr J Smith (Riverton Borough Council), Dr A Patel (Hill Surgery), Ms K Brown (Riverton CCG)\n\n"
        "1. The minutes of the last meeting were agreed.",
    )
    assert sites == []
    assert {"Riverton Borough Council", "Hill Surgery", "Riverton CCG"} <= {m.name for m in mentions if not m.site_id}


def test_the_commissioning_group_a_practice_is_part_of_is_no_site():
    # (a CQC profile's 'The practice is part of the NHS … Clinical Commissioning Group' made the
    # CCG the site, over the provider the page says runs it)
    assert defining_sites("The practice is part of the NHS Riverton Clinical Commissioning Group (CCG).") == []
    text = "The practice is part of the Riverton Medical Group and works with other surgeries."
    assert [text[a:b] for a, b in defining_sites(text)] == ["Riverton Medical Group"]


def test_a_thing_named_once_then_defined_by_its_kind_as_a_partnership_is_the_site(tmp_path):
    # (named once, with no evidence beside, the programme lost to a section label over the page)
    text = (
        "Individual approach\n\nIndividual approach\n28 July 2015\n\n"
        + "Riverton is putting its plans for a primary and acute care system into action\n\n" * 2
        + "A local health and social care transformation programme has been selected as one of the national vanguard sites. "
        "It bid for a share of a fund.\n"
        "Being named as a vanguard is a huge boost to the Dale Together Programme – an ambitious five-year plan to integrate care.\n"
        "The programme is in response to a projected funding gap.\n\nThe programme\n"
        "The programme, in its second year, is a partnership comprising NHS Riverton Clinical Commissioning Group "
        "and Riverton County Council working with local practices."
    )
    sites, _ = read(tmp_path, text)
    assert sites == ["Dale Together Programme"]
