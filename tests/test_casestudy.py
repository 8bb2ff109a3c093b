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
