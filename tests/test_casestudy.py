"""Free-text documents: the site each is about and who it works with."""

from __future__ import annotations

from pchgraph.readers import read_sources
from pchgraph.readers.mentions import MENTIONED, ORGANISATION, PRACTICE, SELF, UNRESOLVED


def partners(corpus, file, site_id):
    return sorted(
        {m.name for m in corpus.mentions if m.source_file == file and m.site_id == site_id and m.kind in (ORGANISATION, PRACTICE)}
    )


def test_breckland_case_study_is_the_same_site_as_brochure_entry_1(corpus):
    site = corpus.site("site:breckland-alliance")
    assert site.numbers == [1]
    assert corpus.site_sources[site.id] == ["000_088decee05a9e550.txt:1", "004_310525714bc6d37c.txt:228"]
    found = partners(corpus, "000_088decee05a9e550.txt", site.id)
    assert "South Norfolk Clinical Commissioning Group" in found and "Watton Medical Practice" in found


def test_wiltshire_article(corpus):
    assert partners(corpus, "002_434fb3ee760720c0.txt", "site:wiltshire-gp-alliance") == [
        "Wiltshire CCG",
        "Wiltshire Clinical Commissioning Group",
        "Wiltshire Health and Care",
    ]


def test_rural_alliance_case_study(corpus):
    assert partners(corpus, "003_336774c509e39773.txt", "site:rural-alliance") == ["Village Surgeries Group"]
    # "The programme is delivered by NHS England": named, not a partner.
    mentioned = [(m.name, m.site_id) for m in corpus.mentions if m.kind == MENTIONED and m.source_file == "003_336774c509e39773.txt"]
    assert ("NHS England", "site:rural-alliance") in mentioned


def test_nuffield_report_profiles_five_sites(corpus):
    file = "001_7f5c4f8a3a615653.txt"
    names = sorted(s.name for s in corpus.sites if s.source_file == file)
    assert names == [
        "Suffolk GP Federation",
        "The Hurley Group",
        "Tower Hamlets Network 2",
        "Vitality Partnership",
        "Whitstable Medical Practice",
    ]
    assert partners(corpus, file, "site:hurley-group") == ["Hurley Clinic", "Southwark PCT"]
    assert partners(corpus, file, "site:vitality-partnership")[:2] == ["Handsworth Wood Medical Centre", "Laurie Pike Health Centre"]
    assert partners(corpus, file, "site:whitstable-medical-practice") == ["Estuary View Medical Centre"]


def test_mentions_outside_any_site_are_reported_not_dropped(corpus):
    unresolved = [m for m in corpus.mentions if m.kind == UNRESOLVED and m.source_file == "001_7f5c4f8a3a615653.txt"]
    assert ("Nuffield Trust", 27) in [(m.name, m.line) for m in unresolved]
    assert all(m.reason for m in unresolved)


def test_a_site_naming_itself_is_not_its_own_partner(corpus):
    selves = {(m.site_id, m.name) for m in corpus.mentions if m.kind == SELF}
    assert ("site:suffolk-gp-federation", "Suffolk Federation") in selves
    assert ("site:wiltshire-gp-alliance", "Wiltshire GP Alliance") in selves


def test_a_new_case_study(folder):
    text = (
        "The Riverside Alliance, a case study\n\n"
        "The Riverside Alliance brings five practices together. It works with Exampleshire County Council "
        "and Exampleshire Community Health NHS Trust, and with Age UK Exampleshire on social prescribing.\n"
    )
    corpus = read_sources(folder({"case.txt": text}))
    assert [s.name for s in corpus.sites] == ["Riverside Alliance"]
    assert partners(corpus, "case.txt", "site:riverside-alliance") == [
        "Age UK Exampleshire",
        "Exampleshire Community Health NHS Trust",
        "Exampleshire County Council",
    ]


def test_printed_characters_are_kept_in_the_quoted_text(folder):
    from pchgraph.graph import build_graph

    sources = folder(
        {
            "a.txt": "1\nSite One\n\nNO. OF PCHs: 1\nSTP AREA: Devon\n\nPARTNERS\n\nSt Luke\u2019s Hospice, Devon County Council.\n",
            "b.txt": "The Exampletown Alliance\n\nThe alliance works in partnership with St Luke's Hospice.\n",
        }
    )
    graph = build_graph(read_sources(sources))
    quotes = sorted(d["mention"] for u, v, d in graph.edges(data=True) if u.startswith("org:st-luke"))
    assert quotes == ["St Luke's Hospice", "St Luke\u2019s Hospice"]
    assert len({u for u, v, d in graph.edges(data=True) if u.startswith("org:st-luke")}) == 1


def test_a_name_printed_over_two_lines_with_a_blank_between_keeps_its_printed_characters():
    from pathlib import Path

    from pchgraph.readers.document import Document, document_lines

    document = Document(Path("a.txt"), document_lines("It works with Sainsbury\u2019s Centre for\n\nMental Health.\n"))
    assert document.as_printed(1, "Sainsbury's Centre for Mental Health") == "Sainsbury\u2019s Centre for Mental Health"


def mentions_of(corpus, kind=None):
    return [(m.line, m.text, m.kind) for m in corpus.mentions if kind is None or m.kind == kind]


def test_a_site_named_after_a_verb_of_naming(folder):
    text = (
        "About our network\n\n"
        "Every network covers about 40,000 patients. Our network is called Brookvale Health and the practices within it are "
        "Millbrook Surgery, Hollins Medical Centre and Brook Lane Surgery.\n"
    )
    corpus = read_sources(folder({"network.txt": text}))
    assert [s.name for s in corpus.sites] == ["Brookvale Health"]
    assert partners(corpus, "network.txt", "site:brookvale-health") == ["Brook Lane Surgery", "Hollins Medical Centre", "Millbrook Surgery"]


def test_menu_entries_and_a_doubled_heading_are_not_the_title():
    from pchgraph.readers.casestudy import title_block
    from pchgraph.readers.document import document_lines
    from pchgraph.readers.structure import blocks

    def title(text):
        return title_block(blocks(document_lines(text))).text

    assert title("• Services\n  • Dentist\n\nHillcrest Surgery\n\nHillcrest Surgery is a practice in Exampleton.\n") == "Hillcrest Surgery"
    assert title("News and stories\nNews and stories\n\nA new way of working in Exampleton\n\nText follows here.\n") == (
        "A new way of working in Exampleton"
    )


def test_list_items_glossed_after_a_comma_are_sites(folder):
    text = (
        "GP federations in the county include:\n\n"
        "• Northvale Healthcare Federation, formed from nine GP practices in Northvale.\n\n"
        "• Dunmore GP Federation, a company owned by 14 practices.\n"
    )
    corpus = read_sources(folder({"list.txt": text}))
    assert sorted(s.name for s in corpus.sites) == ["Dunmore GP Federation", "Northvale Healthcare Federation"]


def test_a_partners_list_glossed_after_commas_is_not_a_list_of_sites(folder):
    text = (
        "The Eastbrook Partnership includes:\n\n"
        "• Eastbrook County Council, who provide social care.\n\n"
        "• Age UK Eastbrook, a local charity.\n"
    )
    corpus = read_sources(folder({"partners.txt": text}))
    assert [s.name for s in corpus.sites] == ["Eastbrook Partnership"]


def test_names_in_brackets_after_compass_areas_are_bodies_not_abbreviations(folder):
    text = (
        "The Westshire GP Alliance\n\nThe alliance supports three GP federations in the North (Norfed), East (EastCare) and South (SWF).\n"
    )
    corpus = read_sources(folder({"areas.txt": text}))
    found = {m.name: m.note for m in corpus.mentions if m.site_id == "site:westshire-gp-alliance"}
    assert found["Norfed"].startswith("GP federation") and "EastCare" in found
    assert "SWF" not in found


def test_a_site_given_with_its_own_abbreviation_is_that_abbreviation_later(folder):
    text = (
        "A new report from a university describes the work of the Riverside Wellbeing Team (RWT), set up last year.\n"
        "The RWT grew out of partnership working between Riverside 2 and the local community organisation Thrive Riverside.\n"
        "Its staff are employed by Thrive Riverside, Riverside Youth Link, the PCN or Exampleshire County Council. The RWT meets weekly.\n"
    )
    corpus = read_sources(folder({"team.txt": text}))
    assert [s.name for s in corpus.sites] == ["Riverside Wellbeing Team"]
    selves = [(m.line, m.text) for m in corpus.mentions if m.kind == SELF]
    assert (2, "RWT") in selves and (3, "RWT") in selves
    named = partners(corpus, "team.txt", "site:riverside-wellbeing-team")
    assert {"Thrive Riverside", "Riverside Youth Link", "Riverside 2", "Exampleshire County Council"} <= set(named)
    notes = {m.name: m.note for m in corpus.mentions if m.name == "Thrive Riverside"}
    assert "voluntary sector" in notes["Thrive Riverside"]


def test_a_person_and_their_employer_are_not_a_list(folder):
    text = (
        "The Lowfield Alliance\n\n"
        "Jo Bloggs, Chief Executive, Exampleshire Community Health NHS Trust, said the alliance was working well.\n"
    )
    corpus = read_sources(folder({"quote.txt": text}))
    assert partners(corpus, "quote.txt", "site:lowfield-alliance") == ["Exampleshire Community Health NHS Trust"]


def test_an_address_names_premises_not_partners(folder):
    text = (
        "The Harbour Primary Care Network\n\n"
        "Harbour View Health Centre, Quay Street, Exampleton, Kent, CT9 4ZZ (01234) 567890\n\n"
        "The network brings together Quayside Surgery and Harbour Medical Practice.\n"
    )
    corpus = read_sources(folder({"address.txt": text}))
    assert partners(corpus, "address.txt", "site:harbour-primary-care-network") == ["Harbour Medical Practice", "Quayside Surgery"]
    assert ("Harbour View Health Centre", MENTIONED) in [(m.name, m.kind) for m in corpus.mentions]


def test_the_nhs_alone_is_the_national_body_unless_listed_with_partners(folder):
    text = (
        "The Fernley Alliance\n\n"
        "Each practice in the alliance holds a contract with the NHS.\n\n"
        "The alliance joins council staff, the NHS and local charities.\n"
    )
    corpus = read_sources(folder({"nhs.txt": text}))
    read = [(m.line, m.kind, m.text) for m in corpus.mentions if "the NHS" in m.text]
    assert (3, MENTIONED, "the NHS") in read
    assert [kind for line, kind, _ in read if line == 5] == ["collective"]


def test_a_name_written_again_with_lower_case_generic_words(folder):
    text = (
        "The Marshfield Partnership\n\n"
        "Marshfield Medical Practice leads the partnership.\n\n"
        "In 2016 Marshfield medical practice was joined by two other practices.\n"
    )
    corpus = read_sources(folder({"case.txt": text}))
    lines = [m.line for m in corpus.mentions if m.name == "Marshfield Medical Practice" and m.kind == PRACTICE]
    assert lines == [3, 5]


def test_a_sentence_after_a_list_is_not_its_last_item(folder):
    text = (
        "Oakdene Local Care Partnership covers the north of the city.\n"
        "Practices involved in our partnership include:\n"
        "- Oak Lane Surgery\n"
        "- Dene Road Medical Centre\n"
        "If you run a local group, you are very welcome to come along and tell us what you do.\n"
    )
    corpus = read_sources(folder({"lcp.txt": text}))
    assert partners(corpus, "lcp.txt", "site:oakdene-local-care-partnership") == ["Dene Road Medical Centre", "Oak Lane Surgery"]


def test_a_members_lead_in_reads_a_list_of_groups_and_names(folder):
    text = (
        "The Fairhaven Partnership\n\n"
        "Partners include local GPs, pharmacists, Fairhaven Leisure, third sector organisations and community groups.\n"
    )
    corpus = read_sources(folder({"lead.txt": text}))
    assert partners(corpus, "lead.txt", "site:fairhaven-partnership") == ["Fairhaven Leisure"]
    collective = " | ".join(m.text for m in corpus.mentions if m.kind == "collective")
    assert "local GPs" in collective and "third sector organisations" in collective and "community groups" in collective


def test_a_programme_board_and_a_job_title_are_not_partners(folder):
    text = (
        "The Elmside Programme was set up in 2016 as a collaboration between Elmside GP Federation and Elmside County Council. "
        "It is led by a Programme Board which includes the GP Associate Medical Director of Elmside Hospital.\n"
    )
    corpus = read_sources(folder({"board.txt": text}))
    names = {m.name for m in corpus.mentions}
    assert "Programme Board" not in names and "Elmside Hospital" in names
    assert not any(name.startswith("GP Associate") for name in names)


def test_integrated_care_boards_are_known_in_their_short_forms():
    from pchgraph.readers.gazetteer import known_names

    text = "It works with NHS Lancashire and South Cumbria ICB and the South Yorkshire Integrated Care Board."
    assert [text[a:b] for a, b in known_names(text)] == ["NHS Lancashire and South Cumbria ICB", "South Yorkshire Integrated Care Board"]


def test_wrapped_sentences_ending_in_figures_are_not_table_rows():
    from pchgraph.readers.document import Line
    from pchgraph.readers.structure import blocks

    lines = [
        Line(1, "The practice serves more older patients than average. There are nearly 50%"),
        Line(2, "more patients aged between 75 and 85 years than the national average. There are 64% more over 85"),
        Line(3, "years than the national average."),
    ]
    assert [b.kind for b in blocks(lines)] == ["paragraph"]


def test_a_list_item_cut_by_a_blank_line_is_one_item():
    from pchgraph.readers.document import Line
    from pchgraph.readers.structure import blocks

    lines = [
        Line(1, "• Northvale Federation, who support four networks"),
        Line(2, ""),
        Line(3, "consisting of 40 practices."),
        Line(4, ""),
        Line(5, "• Southvale Federation, formed from ten practices."),
    ]
    assert [(b.kind, b.first) for b in blocks(lines)] == [("item", 1), ("item", 5)]


def test_a_network_and_its_initials_are_one_site(folder):
    text = (
        "PRIMARY CARE NETWORK\n"
        "Riverdale Primary Care Network (PCN)\n"
        "Networks are groups of practices working together. The Riverdale PCN includes:\n"
        "- Mill Road Surgery\n"
        "- Riverdale Medical Group\n"
    )
    corpus = read_sources(folder({"pcn.txt": text}))
    assert [s.name for s in corpus.sites] == ["Riverdale Primary Care Network"]
    assert partners(corpus, "pcn.txt", "site:riverdale-primary-care-network") == ["Mill Road Surgery", "Riverdale Medical Group"]


def test_a_topic_heading_gives_way_to_the_partnership_the_text_names(folder):
    # The sentence that runs into a list says what its items are; a page heading that is a topic
    # gives way to the one partnership the prose defines by a name that says what it is.
    text = (
        "Joining Up\n\n"
        "Our neighbourhood partnership is called Millford Together Alliance, which formally reports into the Health & Wellbeing Board. "
        "It brings together local partners in health and care including:\n\n"
        "  • Millford Borough Council – Adult Social Care\n"
        "  • Millford Community Health NHS Trust\n"
        "  • Kestrel Health – GP Federation\n"
        "  • Practice Clinical Directors\n"
        "  • Helpmate Millford – voluntary sector\n\n"
        "Health and care services in Millford are working together through the alliance.\n"
    )
    corpus = read_sources(folder({"together.txt": text}))
    assert [s.name for s in corpus.sites] == ["Millford Together Alliance"]
    assert partners(corpus, "together.txt", "site:millford-together-alliance") == [
        "Helpmate Millford",
        "Kestrel Health",
        "Millford Borough Council",
        "Millford Community Health NHS Trust",
    ]
    # the board the partnership reports to is named, not a partner, and keeps its whole name
    assert ("Health & Wellbeing Board", MENTIONED) in [(m.name, m.kind) for m in corpus.mentions]


def test_the_one_partnership_name_on_a_page_is_its_site(folder):
    # A news story whose opening sentence names no partnership: the one name that says it is a
    # partnership (or a hub) is the site; a town after 'in' is not a listed member.
    text = (
        "ASHBY surgery is to merge with three other practices to meet rising demand.\n\n"
        "The surgery has combined with Kiln Lane Medical Centre, Mill Street Surgery in Ledham and Orchard Health Centre "
        "to form the Ashby Vale Health Partnership.\n\n"
        "But Ashby Town Council chairman Pat Smith said he had not been consulted.\n"
    )
    corpus = read_sources(folder({"merger.txt": text}))
    assert [s.name for s in corpus.sites] == ["Ashby Vale Health Partnership"]
    found = partners(corpus, "merger.txt", "site:ashby-vale-health-partnership")
    assert "Ledham" not in found and "Mill Street Surgery" in found
    # 'X chairman Pat Smith': the body is a person's employer, named only
    assert ("Ashby Town Council", MENTIONED) in [(m.name, m.kind) for m in corpus.mentions]


def test_a_hub_named_on_a_page_is_its_site_and_its_operator_a_partner(folder):
    text = (
        "Award for end of life care\n"
        "Westmoor's new Respite Care Hub has won a national award.\n"
        "The Respite Care Hub, which is commissioned by NHS Westmoor Clinical Commissioning Group, is run with Lantern Hospice Charity "
        "in partnership with WUC (Westmoor Urgent Care) who provide the local out of hours service and the Westmoor Ambulance Service NHS Trust.\n"
        "Dr Sam Lee, Chair of NHS Westmoor Clinical Commissioning Group, said the Respite Care Hub had done well.\n"
        "Jo Bloggs, Chief Executive at Lantern Hospice Charity, said: “We are proud of the Respite Care Hub.”\n"
    )
    corpus = read_sources(folder({"hub.txt": text}))
    assert [s.name for s in corpus.sites] == ["Respite Care Hub"]
    mine = [(m.line, m.name, m.kind) for m in corpus.mentions if m.site_id == "site:respite-care-hub"]
    # a relative clause after a listed name is no part of it
    assert (3, "WUC", ORGANISATION) in mine and (3, "Lantern Hospice Charity", ORGANISATION) in mine
    # a partner named again as a speaker's employer is still a partner; a commissioner is not
    assert (5, "Lantern Hospice Charity", ORGANISATION) in mine
    assert (4, "NHS Westmoor Clinical Commissioning Group", MENTIONED) in mine


def test_an_abbreviation_may_skip_the_words_of_a_place(folder):
    from pchgraph.readers.casestudy import own_abbreviations

    text = "Under the contract, South West Dunshire Integrated Community Services (SICS) will run community nursing."
    assert [n for _, _, n, _ in own_abbreviations(text)] == ["South West Dunshire Integrated Community Services"]
    story = (
        "Health partnership wins £100m contract to provide joined-up care\n\n"
        "A large contract has been awarded to an alliance comprising Dunshire Community NHS Trust, Dunshire GP Care and Kestrel Ltd.\n\n"
        "Under the contract, South West Dunshire Integrated Community Services (SICS) will run community nursing.\n"
    )
    corpus = read_sources(folder({"award.txt": story}))
    assert [s.name for s in corpus.sites] == ["South West Dunshire Integrated Community Services"]


def test_a_possessive_ending_is_no_part_of_a_name(folder):
    text = "Riverside Alliance\n\nThe alliance will draw on NHS England's transformation fund and Exampleshire County Council's support.\n"
    corpus = read_sources(folder({"fund.txt": text}))
    names = {(m.name, m.kind) for m in corpus.mentions}
    assert ("NHS England", MENTIONED) in names and ("Exampleshire County Council", ORGANISATION) in names


def test_a_sentence_whose_subject_is_the_members_lists_them(folder):
    text = (
        "Riverside Care Home Vanguard\n\n"
        "The partners taking part in the new model of care for older people are Age UK, Riverton Housing, Nova (a support agency) "
        "and Riverton Council.\n"
    )
    corpus = read_sources(folder({"members.txt": text}))
    assert partners(corpus, "members.txt", "site:riverside-care-home-vanguard") == [
        "Age UK",
        "Nova",
        "Riverton Council",
        "Riverton Housing",
    ]


def test_a_merged_practice_named_by_a_verb_of_naming_is_the_site(folder):
    text = (
        "DOCTORS across Riverton have announced plans to merge.\n\n"
        "The surgeries intend to become one practice, known as Riverbank Family Healthcare, with more than 20 GPs.\n\n"
        "The practices taking part are Mill Surgery, Bridge Medical Practice, Weir Surgery in Riverton and Lock Family Practices "
        "in Upton, which incorporates three practices – Heron, Swan and Kingfisher.\n\n"
        "The plans also include The Meadows Medical Centre on Upton Road in Riverton.\n"
    )
    corpus = read_sources(folder({"merger.txt": text}))
    assert [s.name for s in corpus.sites] == ["Riverbank Family Healthcare"]
    found = partners(corpus, "merger.txt", "site:riverbank-family-healthcare")
    # a place after a name ('in Riverton', 'on Upton Road') is where it stands, not its name;
    # counted practices after a dash are those practices; a sentence with a naming verb is no list
    assert found == [
        "Bridge Medical Practice",
        "Heron",
        "Kingfisher",
        "Lock Family Practices",
        "Meadows Medical Centre",
        "Mill Surgery",
        "Swan",
        "Weir Surgery",
    ]


def test_names_sharing_a_plural_head_and_given_alone_later(folder):
    text = (
        "Along with the Lantern and Harbour hospices, Beacon House Hospice set up the Riverside End of Life Care Alliance.\n\n"
        "The Riverside End of Life Care Alliance is co-chaired by Jo Bloggs, CEO of Beacon House Hospice, and Sam Lee (CEO at Lantern).\n"
    )
    corpus = read_sources(folder({"hospices.txt": text}))
    mine = {(m.line, m.text, m.name, m.kind) for m in corpus.mentions if m.site_id == "site:riverside-end-of-life-care-alliance"}
    assert {(1, "Lantern", "Lantern Hospice", ORGANISATION), (1, "Harbour hospices", "Harbour Hospice", ORGANISATION)} <= mine
    # a role before the employer is no part of its name; a partner named as an employer stays one
    assert (3, "Beacon House Hospice", "Beacon House Hospice", ORGANISATION) in mine
    assert (3, "Lantern", "Lantern Hospice", ORGANISATION) in mine


def test_a_name_after_a_place_is_not_the_first_of_a_shared_head(folder):
    from pchgraph.readers.casestudy import SHARED_HEAD, shared_head

    text = "They are Mill Surgery in Riverton and Lock Family Practices in Upton."
    assert not shared_head(text, SHARED_HEAD.search(text))


def test_a_kind_abbreviation_alone_names_the_local_body_of_that_kind(folder):
    text = (
        "Riverside GP Alliance\n\n"
        "The Alliance works for its member practices alongside the LMC as a partner. We sit on ICB committees and lobby the ICB. "
        "The Alliance presented its plan to the integrated care board (ICB).\n"
    )
    corpus = read_sources(folder({"abbr.txt": text}))
    mine = [(m.text, m.kind) for m in corpus.mentions if m.source_file == "abbr.txt" and m.line == 3]
    assert ("LMC", ORGANISATION) in mine
    assert mine.count(("ICB", MENTIONED)) == 2 and ("integrated care board", MENTIONED) in mine


def test_an_acronym_before_and_is_a_whole_name_and_a_coordination_shares_its_words(folder):
    text = "Riverside GP Alliance\n\nDr Jo Bloggs sits on the board in her roles with RHT and Riverton County Hospital.\n"
    corpus = read_sources(folder({"roles.txt": text}))
    mine = [(m.text, m.kind) for m in corpus.mentions if m.source_file == "roles.txt" and m.line == 3]
    assert ("RHT", MENTIONED) in mine and ("Riverton County Hospital", MENTIONED) in mine


def test_a_role_inside_a_run_of_capitals_leaves_the_employer(folder):
    text = (
        "Riverside Provider Alliance\n\n"
        "Dr Jo Bloggs, Riverton GP and Clinical Chair of NHS Riverton Clinical Commissioning Group, said the alliance was ready.\n"
    )
    corpus = read_sources(folder({"chair.txt": text}))
    mine = [(m.name, m.kind) for m in corpus.mentions if m.source_file == "chair.txt" and m.line == 3]
    assert mine == [("NHS Riverton Clinical Commissioning Group", MENTIONED)]


def test_a_page_title_sharing_one_word_with_a_listed_site_does_not_open_it(folder):
    text = (
        "Care homes vanguards\n\n"
        "In 2015, NHS England announced the vanguards.\n\n"
        "1. Riverside Care Home Project\n"
        "2. Upton Homes of Care\n\n"
        "1. Riverside Care Home Project\n\n"
        "The partners in the project are Age UK and Riverton Council.\n"
    )
    corpus = read_sources(folder({"homes.txt": text}))
    nhse = [m for m in corpus.mentions if m.name == "NHS England"]
    assert nhse and all(m.kind == UNRESOLVED for m in nhse)


# The single-site decision: candidate names weighed by general evidence (casestudy.WEIGHTS).


def site_names(folder, text: str, file: str = "page.txt") -> list[str]:
    corpus = read_sources(folder({file: text}))
    return sorted(s.name for s in corpus.sites if s.source_file == file)


def test_a_merger_story_is_about_the_practice_its_members_become(folder):
    text = (
        "Three doctor surgeries across Riverton will merge under a plan approved by health bosses.\n\n"
        "Mill Lane Surgery, Harbour Medical Practice and Upton Health Centre will merge in April.\n\n"
        "Under the new name of Riverton Medical Group, the three surgeries will share their staff.\n\n"
        "Dr Jo Bloggs, GP at Harbour Medical Practice, said the Riverton Medical Group would serve 30,000 patients. "
        "NHS Riverton CCG backed the plan.\n"
    )
    assert site_names(folder, text) == ["Riverton Medical Group"]


def test_a_council_report_is_about_the_programme_it_abbreviates(folder):
    text = (
        "Agenda item\n\n"
        "Riverside Neighbourhood Teams\n\n"
        "Dr Jo Bloggs (Programme Director, Riverton ICB) presented a report on Riverside Neighbourhood Teams (RNTs) in the county. "
        "Also present was Dr Al Smith (Clinical Director of Upton Alliance PCN).\n\n"
        "The RNTs brought together GPs, social workers and district nurses. The RNTs aim to reach areas of need.\n"
    )
    assert site_names(folder, text) == ["Riverside Neighbourhood Teams"]


def test_a_trust_news_page_is_about_the_network_it_names_not_the_trust(folder):
    text = (
        "Riverton Hospitals NHS Foundation Trust news\n\n"
        "Riverton Hospitals NHS Foundation Trust has joined local practices in the Upton and Mill Primary Care Network. "
        "The Upton and Mill Primary Care Network covers 40,000 patients.\n\n"
        "Riverton Hospitals NHS Foundation Trust will second two pharmacists to the Network.\n"
    )
    assert site_names(folder, text) == ["Upton and Mill Primary Care Network"]


def test_a_generic_title_gives_way_to_the_body_the_page_introduces(folder):
    text = (
        "Latest news\n\n"
        "Wellbeing in Riverton has improved this year, thanks to volunteers and local groups.\n\n"
        "This approach is known as Kind Riverton: the town's model of community care. "
        "Harbour Medical Practice set up Kind Riverton with Riverton Voluntary Action in 2019.\n"
    )
    assert site_names(folder, text) == ["Kind Riverton"]


def test_the_decision_weighs_evidence_and_needs_a_lead():
    from pchgraph.readers.casestudy import WEIGHTS, Candidate, candidate_sites, chosen_site, title_block
    from pchgraph.readers.document import Line
    from pchgraph.readers.structure import blocks

    found = blocks(
        [
            Line(1, "Two practices to merge"),
            Line(2, ""),
            Line(3, "Mill Surgery and Lock Surgery will merge to form Riverbend Health Partnership next year."),
        ]
    )
    title = title_block(found)
    best = candidate_sites(found, title)[0]
    assert best.name == "Riverbend Health Partnership"
    assert best.score == WEIGHTS["defined"] + WEIGHTS["partnership word"] + WEIGHTS["opening"]
    # the member surgeries are no candidates: a naming verb introduces only the new body
    assert [c.name for c in candidate_sites(found, title)] == ["Riverbend Health Partnership"]
    assert chosen_site(found, title) == "Riverbend Health Partnership"
    assert Candidate("X", {"title": 1, "repeated": 2}).score == WEIGHTS["title"] + 2 * WEIGHTS["repeated"]


def test_a_page_speaking_of_our_pcn_has_one_site_and_its_neighbour_is_only_named(folder):
    text = (
        "Primary Care Networks are groups of GP practices working together with other local organisations. "
        "Our PCN consists of Mill House, Upton and Weir Surgeries and serves 30,000 patients. "
        "Patients ask why Bridge Street is not part of Riverton and Rurals, as they have to be part of the Eastwick PCN.\n"
        "Dr Jo Bloggs is the Clinical Director of Riverton and Rurals PCN.\n"
    )
    corpus = read_sources(folder({"ourpcn.txt": text}))
    assert [s.name for s in corpus.sites] == ["Riverton and Rurals PCN"]
    kinds = {m.name: m.kind for m in corpus.mentions}
    assert kinds["Eastwick PCN"] == MENTIONED
    # 'Mill House, Upton and Weir Surgeries': all three share the plural head
    assert {"Mill House Surgery", "Upton Surgery", "Weir Surgery"} <= set(partners(corpus, "ourpcn.txt", "site:riverton-and-rurals-pcn"))
    # a thousands comma ends no list item ('serves 30,000 patients')
    assert not any(m.text.startswith("000") for m in corpus.mentions)


def test_a_list_between_dashes_ends_at_the_closing_dash(folder):
    text = (
        "Here in rural Exampleshire, our primary care network is called Riverbend PCN. It comprises of 3 GP practices – "
        "Mill Health Centre, Weir Surgery and Lock Surgery – and serves a population of over 40,000 patients.\n"
    )
    corpus = read_sources(folder({"dashes.txt": text}))
    assert partners(corpus, "dashes.txt", "site:riverbend-pcn") == ["Lock Surgery", "Mill Health Centre", "Weir Surgery"]


def test_a_byline_names_its_organisation_not_the_person_or_the_role(folder):
    text = (
        "Riverside Care Homes Vanguard\n\n"
        "This month we hear from the vanguard.\n\n"
        "Jo Bloggs\nDirector of Integration\nExampleshire County Council\n\n"
        "The Riverside Care Homes Vanguard is a partnership between Exampleshire County Council and NHS Riverton CCG.\n"
    )
    corpus = read_sources(folder({"byline.txt": text}))
    names = {m.name for m in corpus.mentions}
    assert "Jo Bloggs" not in names and "Director of Integration" not in names


def test_a_region_and_a_deciding_committee_are_no_partners(folder):
    text = (
        "Riverton Care has been named preferred provider of community services in the South of England as part of an alliance.\n\n"
        "The decision was made on 10 August by NHS Riverton Clinical Commissioning Group.\n\n"
        "The alliance involves Riverton Care in partnership with Exampleshire County Council, Age UK Riverton and Weir NHS Trust.\n"
    )
    corpus = read_sources(folder({"region.txt": text}))
    kinds = {m.name: m.kind for m in corpus.mentions}
    assert "South of England" not in kinds
    assert kinds.get("NHS Riverton Clinical Commissioning Group") == MENTIONED
