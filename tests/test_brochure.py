"""The brochure reader against a hand-checked reading, and its handling of bad input."""

from __future__ import annotations

import pytest
from expected_entries import ENTRIES

from conftest import BROCHURE
from pchgraph.readers import read_sources
from pchgraph.readers.mentions import COLLECTIVE


def brochure_sites(corpus):
    return {tuple(site.numbers): site for site in corpus.sites if site.source_file == BROCHURE}


def mentions_of(corpus, site):
    return [m for m in corpus.mentions if m.site_id == site.id and m.source_file == BROCHURE]


def as_expected(mention):
    if mention.kind == COLLECTIVE and mention.count is not None:
        return (mention.kind, mention.name, mention.count)
    return (mention.kind, mention.name)


def test_every_site_number_is_read_once(corpus):
    numbers = sorted(n for site in corpus.sites if site.source_file == BROCHURE for n in site.numbers)
    assert numbers == list(range(1, 193))


def test_table_of_contents_is_not_an_entry(corpus):
    assert len(brochure_sites(corpus)) == 84
    assert not [p for p in corpus.problems if p.file == BROCHURE and p.level == "warning"]


def test_waves(corpus):
    by_wave = {}
    for site in brochure_sites(corpus).values():
        for number in site.numbers:
            by_wave[number] = site.wave
    assert {by_wave[n] for n in range(1, 15)} == {"rapid test"}
    assert {by_wave[n] for n in range(15, 91)} == {"2nd wave"}
    assert {by_wave[n] for n in range(91, 193)} == {"3rd wave"}


@pytest.mark.parametrize("expected", ENTRIES, ids=lambda e: f"{e['numbers'][0]}-{e['name'][:20]}")
def test_entry_fields(corpus, expected):
    site = brochure_sites(corpus)[tuple(expected["numbers"])]
    assert site.name == expected["name"]
    assert site.wave == expected["wave"]
    assert site.stp_area == expected["stp_area"]
    assert site.pchs_count == expected["pchs_count"]
    assert site.pchs_raw == expected["pchs_raw"]
    assert site.practices_count == expected["practices_count"]
    assert site.practices_raw == expected["practices_raw"]
    assert site.linked_site_numbers == expected["linked"]


@pytest.mark.parametrize("expected", ENTRIES, ids=lambda e: f"{e['numbers'][0]}-{e['name'][:20]}")
def test_entry_mentions(corpus, expected):
    site = brochure_sites(corpus)[tuple(expected["numbers"])]
    assert [as_expected(m) for m in mentions_of(corpus, site)] == expected["mentions"]


def test_every_mention_is_traceable_to_its_line(corpus, brochure_text):
    lines = brochure_text.split("\n")
    for mention in corpus.mentions:
        if mention.source_file != BROCHURE:
            continue
        first_word = mention.text.split()[0]
        assert first_word in lines[mention.line - 1], (mention.text, mention.line)


def test_sections_and_partner_text_kept(corpus):
    site = brochure_sites(corpus)[(1,)]
    assert site.sections["overview"].startswith("The Breckland Alliance has seen three GP practices")
    assert "Watton Medical Practice" in site.sections["how_things_are_changing"]
    assert site.partners_text.startswith("Three GP practices, South Norfolk")
    assert site.partners_line == 258


def test_entries_without_overview_headings_still_read(corpus):
    riverside = brochure_sites(corpus)[(44,)]
    assert riverside.partners_text.startswith("Doncaster and Bassetlaw")
    assert riverside.practices_count == 5


ENTRY = """{numbers}
{name}

NO. OF PCHs: 1
NO. OF PRACTICES: 2
STP AREA: Devon

PARTNERS

{partners}
"""


def brochure(*entries: str) -> str:
    return "\n\n".join(entries)


def problems_of(corpus, level=None):
    return [str(p) for p in corpus.problems if level is None or p.level == level]


def test_truncated_entry_warns_and_rest_loads(folder):
    text = brochure(
        ENTRY.format(numbers=1, name="First Site", partners="Devon County Council."),
        "2\nSecond Site\n\nNO. OF PCHs: 1\n",
        ENTRY.format(numbers=3, name="Third Site", partners="Plymouth City Council."),
        "4\nFourth Site\n",
    )
    corpus = read_sources(folder({"new.txt": text}))
    assert [s.name for s in corpus.sites] == ["First Site", "Second Site", "Third Site", "Fourth Site"]
    warnings = problems_of(corpus, "warning")
    assert "new.txt:14: warning: entry 'Second Site' has no PARTNERS section" in warnings
    assert any(w.startswith("new.txt:32:") and "no fields or sections" in w for w in warnings)


def test_entry_without_partners_warns(folder):
    text = brochure(
        ENTRY.format(numbers=1, name="First Site", partners="Devon County Council."),
        "2\nSecond Site\n\nNO. OF PCHs: 1\nOVERVIEW\n\nSome text.",
    )
    corpus = read_sources(folder({"new.txt": text}))
    assert any("has no PARTNERS section" in w and w.startswith("new.txt:14") for w in problems_of(corpus))


def test_unknown_heading_warns_and_is_kept(folder):
    text = ENTRY.format(numbers=1, name="First Site", partners="Devon County Council.") + "\nKEY CONTACTS\n\nDr Someone.\n"
    corpus = read_sources(folder({"new.txt": text}))
    assert "new.txt:12: warning: unknown heading 'KEY CONTACTS' (kept as a section)" in problems_of(corpus)
    assert corpus.sites[0].sections["key_contacts"] == "Dr Someone."


def test_same_site_number_twice_warns(folder):
    text = brochure(
        ENTRY.format(numbers=1, name="First Site", partners="Devon County Council."),
        ENTRY.format(numbers=1, name="Another Site", partners="Plymouth City Council."),
    )
    corpus = read_sources(folder({"new.txt": text}))
    assert "new.txt:14: warning: site number 1 appears twice (first at line 2)" in problems_of(corpus)
    assert len(corpus.sites) == 2


def test_fields_in_any_order_and_run_together(folder):
    text = "7\nA Site\n\nSTP AREA: **Devon**NO. OF PRACTICES:** 3**NO. OF PCHs:** 2\n\nPARTNERS\n\nDevon County Council.\n"
    site = read_sources(folder({"new.txt": text})).sites[0]
    assert (site.stp_area, site.practices_count, site.pchs_count) == (["Devon"], 3, 2)


def test_value_on_a_later_line(folder):
    text = "7\nA Site\n\nNO. OF PCHs:\n\n2\n\nNO. OF PRACTICES:\n\n3\n\nSTP AREA:\n\nBath, Swindon\nand Wiltshire\n\nPARTNERS\n\nWiltshire Council.\n"
    site = read_sources(folder({"new.txt": text})).sites[0]
    assert (site.pchs_count, site.practices_count, site.stp_area) == (2, 3, ["Bath, Swindon and Wiltshire"])
