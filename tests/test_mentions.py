"""Splitting partners lists into mentions: tricky cases from the documents, and properties."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pchgraph.readers.document import Line, joined_paragraph
from pchgraph.readers.mentions import COLLECTIVE, ORGANISATION, PRACTICE, partner_mentions


def read(text: str, known=frozenset()):
    return [(m.kind, m.name) for m in partner_mentions(joined_paragraph([Line(1, text)]), known)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kent and Medway NHS and Social Care Partnership Trust, Kent County Council.",
            [(ORGANISATION, "Kent and Medway NHS and Social Care Partnership Trust"), (ORGANISATION, "Kent County Council")],
        ),
        (
            "Bassetlaw Community and Voluntary Service and Bassetlaw Clinical Commissioning Group (CCG).",
            [(ORGANISATION, "Bassetlaw Community and Voluntary Service"), (ORGANISATION, "Bassetlaw Clinical Commissioning Group")],
        ),
        (
            "Brisdoc (the GP out of hours service,) University Hospitals Bristol NHS Foundation Trust.",
            [(ORGANISATION, "Brisdoc"), (ORGANISATION, "University Hospitals Bristol NHS Foundation Trust")],
        ),
        (
            "Redditch Borough and Bromsgrove District Councils",
            [(ORGANISATION, "Redditch Borough Council"), (ORGANISATION, "Bromsgrove District Council")],
        ),
        (
            "Tees, Esk and Wear Valleys NHS Trust, Durham County Council",
            [(ORGANISATION, "Tees, Esk and Wear Valleys NHS Trust"), (ORGANISATION, "Durham County Council")],
        ),
        (
            "Age UK, Pentreath (a mental health charity) and some big local employers including St Austell Brewery.",
            [
                (ORGANISATION, "Age UK"),
                (ORGANISATION, "Pentreath"),
                (COLLECTIVE, "some big local employers including St Austell Brewery"),
                (ORGANISATION, "St Austell Brewery"),
            ],
        ),
        (
            "Two practices (Lander Medical Practice and Three Spires Practice), Cornwall Council.",
            [
                (COLLECTIVE, "Two practices"),
                (PRACTICE, "Lander Medical Practice"),
                (PRACTICE, "Three Spires Practice"),
                (ORGANISATION, "Cornwall Council"),
            ],
        ),
        (
            "One practice (Newport Pagnell Medical Centre and NPMC@Willen), Compass.",
            [(COLLECTIVE, "One practice"), (PRACTICE, "Newport Pagnell Medical Centre and NPMC@Willen"), (ORGANISATION, "Compass")],
        ),
        (
            "3Sixty Care Partnership are working collaboratively with Nene and Corby Clinical Commissioning Group, Healthwatch.",
            [(ORGANISATION, "Nene and Corby Clinical Commissioning Group"), (ORGANISATION, "Healthwatch")],
        ),
        (
            "the charity VAST and Staffordshire Doctors Urgent Care (out-of-hours provider).",
            [(ORGANISATION, "VAST"), (ORGANISATION, "Staffordshire Doctors Urgent Care")],
        ),
        (
            "voluntary sector: VODA (Voluntary Organisations Development Agency); Age UK North Tyneside",
            [(ORGANISATION, "VODA"), (ORGANISATION, "Age UK North Tyneside")],
        ),
        (
            "Surrey and Borders Partnership NHS Foundation Trust), Reigate and Banstead Local Authority",
            [(ORGANISATION, "Surrey and Borders Partnership NHS Foundation Trust"), (ORGANISATION, "Reigate and Banstead Local Authority")],
        ),
    ],
)
def test_tricky_lists(text, expected):
    assert [m for m in read(text) if m[0] != COLLECTIVE or m in expected] == expected


def test_standalone_names_decide_a_final_and():
    text = "Age UK, Volunteer Cornwall and Changing Lives Community Interest Company."
    assert read(text, known=frozenset({"volunteer cornwall"}))[-2:] == [
        (ORGANISATION, "Volunteer Cornwall"),
        (ORGANISATION, "Changing Lives Community Interest Company"),
    ]


def test_counts_and_notes_are_kept():
    mentions = partner_mentions(
        joined_paragraph([Line(5, "Westongrove (three practices), Nottinghamshire County Council (social services).")])
    )
    assert [(m.kind, m.name, m.count, m.note) for m in mentions] == [
        (ORGANISATION, "Westongrove", None, "three practices"),
        (COLLECTIVE, "three practices", 3, None),
        (ORGANISATION, "Nottinghamshire County Council", None, "social services"),
    ]


COMPLETE_NAMES = [
    "Kent and Medway NHS and Social Care Partnership Trust",
    "Devon County Council",
    "Plymouth Hospitals NHS Trust (acute trust)",
    "Cornwall Partnership NHS Foundation Trust (mental health and community provider)",
    "Norfolk Community Health and Care Trust",
    "Horsham and Mid-Sussex Voluntary Action",
    "Kernow Health Community Interest Company (CIC)",
    "St Catherine's Hospice",
    "Bristol City Council (BCC)",
    "Staffordshire and Stoke-on-Trent Partnership NHS Trust",
    "Exeter CVS",
    "Local Pharmaceutical Committee",
]


@settings(max_examples=150, deadline=None)
@given(
    names=st.lists(st.sampled_from(COMPLETE_NAMES), min_size=1, max_size=8),
    final_and=st.booleans(),
    width=st.integers(min_value=30, max_value=90),
    first_line=st.integers(min_value=1, max_value=5000),
)
def test_lists_split_back_into_their_names_on_any_wrapping(names, final_and, width, first_line):
    text = ", ".join(names[:-1]) + (" and " if final_and and len(names) > 1 else ", " if len(names) > 1 else "") + names[-1] + "."
    wrapped = textwrap.wrap(text, width=width, break_on_hyphens=False)
    paragraph = joined_paragraph([Line(first_line + i, line) for i, line in enumerate(wrapped)])
    mentions = [m for m in partner_mentions(paragraph) if m.kind == ORGANISATION]
    assert [m.text for m in mentions] == names
    for mention in mentions:
        assert mention.text in paragraph.text
        assert mention.text.split()[0] in wrapped[mention.line - first_line]


def test_a_primary_care_centre_is_named_like_a_practice():
    from pchgraph.readers.mentions import is_practice_name

    assert is_practice_name("Northgate Primary Care Centre") and not is_practice_name("Northgate Primary Care Trust")


def test_a_few_words_in_lower_case_up_to_a_colon_lead_into_the_list():
    # 'The proposals involve: A, B …': the words before the colon are no part of the first name
    text = "The proposals involve: Hill Surgery, Dale Surgery (branch), Vale Medical Centre and Brook Practice."
    names = [m.name for m in partner_mentions(joined_paragraph([Line(1, text)]))]
    assert names[:2] == ["Hill Surgery", "Dale Surgery"]


def test_words_up_to_a_colon_that_count_the_items_stay_a_collective():
    text = "The original application involved nine practices: Hill Surgery, Dale Surgery and Vale Practice."
    mentions = partner_mentions(joined_paragraph([Line(1, text)]))
    assert (mentions[0].kind, mentions[0].count) == (COLLECTIVE, 9)


def test_the_bodies_a_bracket_says_an_item_includes_are_items_and_a_quotation_after_is_none():
    text = (
        "a partnership between Riverton Council, Age UK and the NHS (including Hill Clinical Commissioning Group, "
        "Dale Health Services and Vale NHS Foundation Trust) “working together to support residents”"
    )
    names = [m.name for m in partner_mentions(joined_paragraph([Line(1, text)]))]
    assert {"Hill Clinical Commissioning Group", "Dale Health Services", "Vale NHS Foundation Trust"} <= set(names)
    assert not [n for n in names if "working" in n or "including" in n]


def test_semicolons_that_part_lists_of_bodies_leave_their_commas_parting_items():
    text = (
        "Practices work with our partners including Riverton NHS Foundation Trust, Hill and Dale, Riverton Council, "
        "Age UK Riverton; Vale House, (Dale), Hope Works,(Hill) and Mill Settlement (Vale)."
    )
    mentions = partner_mentions(joined_paragraph([Line(1, text)]))
    names = [m.name for m in mentions]
    assert {"Riverton NHS Foundation Trust", "Riverton Council", "Age UK Riverton", "Vale House", "Hope Works"} <= set(names)
    assert [m.note for m in mentions if m.name == "Vale House"] == ["Dale"]
    # entries that each give a body with its place, or a person with their role, stay whole
    entries = "Hill Surgery, Riverton; Dale Practice, Dale; Vale Surgery, Vale and Hope Surgery, Hope."
    assert "Hill Surgery" in [m.name for m in partner_mentions(joined_paragraph([Line(1, entries)]))]
    people = "Guests including Jo Bloggs, Chief Officer of Riverton Care Organisation, Riverton NHS Foundation Trust; Al Smith, Director, NHS Hill."
    assert "Jo Bloggs" not in [m.name for m in partner_mentions(joined_paragraph([Line(1, people)]))]


def test_an_integrated_care_board_whose_name_lists_places_stays_whole():
    text = "Hill Surgery, Dale Practice, Leicester, Leicestershire and Rutland ICB"
    names = [m.name for m in partner_mentions(joined_paragraph([Line(1, text)]))]
    assert "Leicester, Leicestershire and Rutland ICB" in names and "Leicester" not in names


def test_those_involved_lead_into_the_list_of_members():
    text = "Those involved are The Hill Medical Practice, Dale Surgery and Vale Surgery."
    names = [m.name for m in partner_mentions(joined_paragraph([Line(1, text)]))]
    assert names[0] in ("The Hill Medical Practice", "Hill Medical Practice")
