"""PDFs and saved web pages read as their text reads: each made here from a real document of the
corpus (HTML around it, then printed to PDF by headless Chromium), and each compared with the
plain text it came from. Unreadable ones (a scan, an encrypted PDF, a page of only navigation) are
one warning naming the file, never a site."""

from __future__ import annotations

import functools
import html
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from pchgraph.graph import build_graph
from pchgraph.readers import read_sources
from pchgraph.readers.document import read_document
from pchgraph.resources import sources_dir
from pchgraph.schema import MEMBER_OF, PARTNER_OF

CORPUS = Path(__file__).resolve().parent / "corpus"
SEED = sources_dir() / "000_088decee05a9e550.txt"
DOCUMENTS = sorted(CORPUS.glob("*.txt")) + [SEED]
BULLET = re.compile(r"^[•\-*]\s+")
NUMBERED = re.compile(r"^(\d+)\.\s+")
BOILERPLATE_TOP = (
    '<header><a href="/">Home</a> | <a href="/about">About us</a></header>'
    '<nav><ul><li><a href="/news">News</a></li><li><a href="/contact">Contact Kent Community Health NHS Foundation Trust</a></li></ul></nav>'
)
BOILERPLATE_END = (
    '<aside><h3>Related stories</h3><ul><li><a href="/x">Age UK Camden opens a new centre</a></li></ul></aside>'
    '<footer><p>Copyright 2017 Example Healthcare NHS Trust. All rights reserved.</p><a href="/privacy">Privacy</a></footer>'
)
# Chromium draws the default list bullet as a shape; a text marker keeps it in the PDF's text, as
# a word processor's bullet character would be
PRINT_STYLE = '<style>ul { list-style-type: "\\2022  "; }</style>'


def blocks(text: str) -> list[list[str]]:
    """The runs of non-blank lines of a text, each line stripped."""
    runs = re.split(r"\n[ \t\u00a0]*\n", text)
    return [[line.strip() for line in run.splitlines() if line.strip()] for run in runs if run.strip()]


def is_numbered_list(lines: list[str]) -> bool:
    numbers = [NUMBERED.match(line) for line in lines]
    return len(lines) > 1 and all(numbers) and [int(n.group(1)) for n in numbers] == list(range(1, len(lines) + 1))


def block_html(lines: list[str], first: bool, last: bool) -> str:
    """One run of lines as the element a web page would give it: a list, a heading or a paragraph."""
    if all(BULLET.match(line) for line in lines):
        return "<ul>" + "".join(f"<li>{html.escape(BULLET.sub('', line))}</li>" for line in lines) + "</ul>"
    if is_numbered_list(lines):
        return "<ol>" + "".join(f"<li>{html.escape(NUMBERED.sub('', line))}</li>" for line in lines) + "</ol>"
    if len(lines) == 1 and first:
        return f"<h1>{html.escape(lines[0])}</h1>"
    if len(lines) == 1 and len(lines[0]) < 70 and not lines[0].endswith((".", ",", ";", ":")) and not last:
        return f"<h2>{html.escape(lines[0])}</h2>"
    return "<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>"


def page_html(text: str, title: str, boilerplate: bool = True) -> str:
    """A web page holding the text, with a site's header, navigation, sidebar and footer around it."""
    runs = blocks(text)
    body = "\n".join(block_html(lines, i == 0, i == len(runs) - 1) for i, lines in enumerate(runs))
    top, end = (BOILERPLATE_TOP, BOILERPLATE_END) if boilerplate else ("", "")
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<script>var menu = 'Home';</script>{PRINT_STYLE}</head>\n"
        f"<body>{top}<main><article>\n{body}\n</article></main>{end}</body></html>\n"
    )


# Chromium's own margins when it prints a page from its command line (the tests' PDFs were
# first made that way, and their strict expectations follow its line breaks)
MARGINS = {side: "0.4in" for side in ("top", "right", "bottom", "left")}


@pytest.fixture(scope="session")
def printer(browser, tmp_path_factory):
    """Print an HTML page to PDF in one tab of the browser the tests drive, kept for the whole
    run: a Chromium started for each page would cost ten times the printing."""
    folder = tmp_path_factory.mktemp("pdfs")
    tab = browser.new_page()

    def print_page(page: str, name: str) -> Path:
        out = folder / f"{name}.pdf"
        tab.set_content(page)
        tab.pdf(path=str(out), margin=MARGINS)
        assert out.read_bytes().startswith(b"%PDF-"), f"Chromium wrote no PDF for {name}"
        return out

    yield print_page
    tab.close()


@pytest.fixture(scope="session")
def pdfs(printer):
    """A document printed to PDF from its web page without the site's boilerplate (as a report
    is printed), once, when a test first asks for it."""
    printed: dict[str, Path] = {}

    def pdf_of(source: Path) -> Path:
        if source.stem not in printed:
            page = page_html(source.read_text(encoding="utf-8"), source.stem, boilerplate=False)
            printed[source.stem] = printer(page, source.stem)
        return printed[source.stem]

    return pdf_of


def read_alone(path: Path, tmp_path: Path, name: str | None = None):
    """The corpus read from a folder holding only this file (under `name`, if given)."""
    folder = tmp_path / f"only-{name or path.name}"
    folder.mkdir()
    shutil.copy(path, folder / (name or path.name))
    return read_sources(folder)


@functools.cache
def read_from_text(source: Path) -> tuple[list[str], list[str]]:
    """What a document's text file reads as, read once for both its web page's test and its
    printed page's."""
    with tempfile.TemporaryDirectory() as folder:
        return what_was_read(read_alone(source, Path(folder)))


def what_was_read(corpus) -> tuple[list[str], list[str]]:
    """The site names and the organisation and practice names mentioned, sorted, each name
    once: trafilatura drops a paragraph that repeats the one before it (a photo's caption
    printed twice), so a name the text reads on both copies is read from the page on one."""
    sites = sorted(site.name for site in corpus.sites)
    organisations = sorted({m.name for m in corpus.mentions if m.kind in ("organisation", "practice")})
    return sites, organisations


def opens_with_a_title(source: Path) -> bool:
    """Whether a document's first line is short enough to stay one line when printed. A document
    that opens with a long sentence instead has no title; the case-study reader then names its
    site after the first line, and a printed page wraps that line where a text file does not."""
    first = next(line for line in source.read_text(encoding="utf-8").splitlines() if line.strip())
    return len(first.strip()) <= 60


# Documents a web page reads otherwise than their text, for a reason known and not yet mended.
HTML_OTHERWISE = {
    # a PDF's bullet glyph in the Symbol font's private-use range (U+F0B7) opens two lines of the
    # text, which reads them as list items; the page's text extractor drops the glyph, so they
    # read as paragraphs and the federation is named by its short form first
    "3004_docslib_hinckley_bosworth_locality_ppg_presentation": "a PDF's private-use bullet glyph the extractor drops",
    # (found when the documents of rounds 499-542 moved in; as observed): a procurement record
    # saved as JSON text is skipped as a data table in its text file, with a warning, and read
    # as prose once set in a page
    "5141_d3tenders_bassetlaw_ccg_extended_access_pcns": "a JSON record skipped as a data table in its text file",
    "5142_d3tenders_somerset_ccg_pcns_social_prescribing_model": "a JSON record skipped as a data table in its text file",
    # the page's stock-market line ('AGR GB00BVGBWW93') is taken as the site where the text takes
    # the company's name
    "5325_assura_london_colney_medical_centre_parish_council": "a stock-market line read as the site on the page",
    # (found when the documents of rounds 591-654 moved in; as observed) a headline of two
    # questions printed twice ('GPs to the rescue? Will your local doctor take the place of …')
    # is read as a page's heading, and its second question's first word taken as the site
    "6553_labour_north_cornwall_gp_minor_injuries_acs": "a headline of two questions read as the site's first word on the page",
    # (found when the documents of rounds 719-774 moved in; as observed) two more procurement
    # records saved as JSON text, as 5141 and 5142
    "7505_d3tenders_central_london_ccg_specialist_homeless_practice_tender": "a JSON record skipped as a data table in its text file",
    "7643_d3tenders_gloucestershire_ccg_improved_access_gp_clusters_pin": "a JSON record skipped as a data table in its text file",
    # (found when the documents of rounds 815-830 moved in; as observed) the page drops a
    # magazine's two strap lines as furniture, so its headline ('West Midlands Metropolitan
    # County – hopes for …') becomes the title the text had weighed below them
    "8276_pulse_west_midlands_pbc_clusters": "a headline read as the title once the strap lines above it are dropped",
    # a list item set in, its wrapped lines set in further, ends at a line set out to the
    # margin; the page shows no margins, so the note and heading under a list of figures run on
    # into its last item and the list of networks after them continues it
    "8601_northumberland_osc_pcn_vaccination_sites": "the margins that end a list item are not on the page",
}


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=HTML_OTHERWISE[d.stem])) if d.stem in HTML_OTHERWISE else d
        for d in DOCUMENTS
    ],
    ids=lambda p: p.stem,
)
def test_a_web_page_reads_as_its_text(source, tmp_path):
    page = tmp_path / f"{source.stem}.html"
    page.write_text(page_html(source.read_text(encoding="utf-8"), source.stem), encoding="utf-8")
    as_html = read_alone(page, tmp_path)
    assert as_html.problems == []
    assert what_was_read(as_html) == read_from_text(source)
    assert all(m.page is None for m in as_html.mentions)


def test_a_web_page_loses_its_navigation_header_and_footer(tmp_path):
    source = DOCUMENTS[-1]
    page = tmp_path / "page.html"
    page.write_text(page_html(source.read_text(encoding="utf-8"), source.stem), encoding="utf-8")
    document, problem = read_document(page)
    text = "\n".join(line.text for line in document.lines)
    assert problem is None
    for boilerplate in ("About us", "Contact Kent Community", "Related stories", "Age UK Camden", "Copyright", "var menu"):
        assert boilerplate not in text
    assert "The Breckland Alliance" in text


# Documents a printed page reads otherwise than their text, for a reason known and not yet
# mended; each is expected to differ (strictly: once mended, its entry must go).
PRINTED_OTHERWISE = {
    # the page wraps the heading before its last word, 'ICB', which is then read as the ICB
    # named in the text, so 'the Integrated Care Board' further on is taken for that one
    "2135_vonne_mou_vcse_sector_north_east_north_cumbria_icb": "a heading's last word wrapped onto a line of its own",
    # the page wraps the title after 'in', so its last word, the place, stands alone below it,
    # and wraps a bullet before a partner's first word ('South Notts …')
    "2363_health_and_care_notts_gedling_partnership_working_vulnerable_people": "a title and a bullet wrapped before a name's word",
    # the page wraps the title inside its bracket ('… Record (Sutton' over 'IDCR)')
    "2431_sutton_council_sutton_integrated_digital_care_record": "a title wrapped inside its bracket",
    # the page wraps a long bullet inside a network's name ('… the Central Liverpool Primary' over
    # 'Care Network, …'), and the bullet's next line is read as text of its own
    "2462_nhs_england_north_west_social_prescribers_central_liverpool_pcn": "a bullet wrapped inside a name",
    # the page wraps the long opening sentence under a date line, so the title the reader takes
    # is that sentence's first printed line, not the sentence that names the project
    "2771_newstartmag_active_black_country_walking_cycling_pcn_pilot": "an opening sentence wrapped under a date line",
    # the page wraps a name after its hyphen ('Health E1-' over 'Homeless Medical Centre'), and
    # the hyphen at a line's end is taken for a word broken there
    "2904_pathway_homeless_hospital_teams_tower_hamlets_manchester": "a name wrapped after its own hyphen",
    # see HTML_OTHERWISE: the same bullet glyph the page's text drops
    "3004_docslib_hinckley_bosworth_locality_ppg_presentation": "a PDF's private-use bullet glyph dropped",
    # printed, the lines the page wraps read otherwise than the text's (found when the
    # documents of rounds 321-380 moved in; as observed, not yet explained line by line):
    # the company's name in capitals is taken as the site, not 'North Cumbria Primary Care'
    "3295_companies_house_north_cumbria_primary_care_annual_report_2024": "the site read from the company's name in capitals",
    # a caption's name glued to a practice's ('Malcolm WellsMilton Park Surgery') reads as 'Park Surgery'
    "3463_portsmouth_news_gp_mergers_survey_healthwatch_portsmouth": "a caption glued to a name read otherwise",
    # a long line of former CCGs opens the site's name and two of them are lost
    "3471_wembley_matters_operose_at_medics_nwl_ccg_meeting": "a long list of CCGs read as a site",
    # the dated heading above the first paragraph is taken as the title
    "3504_one_northern_devon_tackling_loneliness_with_transport": "a dated heading read as the title",
    # 'NHS England' is read as one more name than the text gives
    "3553_sport_for_development_coalition_newcastle_united_foundation_game_changer": "one more name read on the printed page",
    # (found when the documents of rounds 381-422 moved in; as observed): the page's notice that
    # the CCG no longer exists, wrapped over printed lines, is taken as the title
    "3851_cpccg_burghley_road_closure_nightingale_health_centre": "a wrapped notice read as the title",
    # the opening sentence, wrapped, is taken as the site, where the text's reading takes a person
    # named in it (both wrong: the annotation's site is the integrated commissioning it approves)
    "4233_plymouth_cabinet_section_75_integrated_commissioning_new_devon_ccg": "a wrapped opening sentence read as the site",
    # (found when the documents of rounds 423-476 moved in; as observed): the opening paragraph
    # taken as the site, whole in the text, only its first printed sentence on the page
    "4244_health_and_beyond_super_partnership_executive_summary": "an opening paragraph read as the site, cut at its first printed sentence",
    # the page reads one more name: a note's label ('Note') and a name wrapped at its place
    # ('Worcestershire Integrated Care Board' without 'Herefordshire and')
    "4264_bathnes_cabinet_radstock_healthy_living_centre_hope_house": "a note's label read as a name on the printed page",
    "4351_d3tenders_herefordshire_worcestershire_pcn_neighbourhood_surge_hubs": "a name wrapped after its first place",
    # the page reads one name fewer: a CCG the text names in a line the page wraps
    "4416_nhs_england_london_gp_at_hand_fact_sheet": "a CCG's name lost where the page wraps its line",
    # the page takes another site: the network the text names below the title, for a title the
    # page wraps
    "4481_coastal_west_sussex_ccg_midhurst_integrated_community_health_hub": "a wrapped title read as another site",
    # the page's accessibility controls ('Muted Vibrant') above the title, wrapped otherwise
    "4772_southport_ormskirk_trust_shaping_care_together_partnership": "an accessibility control's labels read as the title",
    # (found when the documents of rounds 477-498 moved in; as observed): a name the page wraps
    # after its place's word is cut there ('Wolverhampton Clinical' / 'Commissioning Group'), and
    # a site's name wrapped before its last word loses it ('… NHS Foundation' / 'Trust')
    "4802_smf_high_street_health_hubs_wolverhampton_wakefield": "a CCG's name cut where the page wraps its line",
    "4962_hillingdon_council_heathrow_villages_wellbeing_bus_gp_outreach": "a site's name cut before its last word where the page wraps",
    # (found when the documents of rounds 499-542 moved in; as observed): people in a minutes'
    # attendance list, wrapped, are read as bodies ('Dr Rob Barnett', 'GP – North Locality Chair')
    "5056_studylib_liverpool_ccg_governing_body_minutes_healthy_liverpool": "people in a wrapped attendance list read as bodies",
    # a wrapped opening sentence ('During a routine inspection') is taken as the site
    "5123_cqc_modality_lewisham_merged_practice_report": "a wrapped opening sentence read as the site",
    # see HTML_OTHERWISE: a JSON record, skipped in its text file
    "5141_d3tenders_bassetlaw_ccg_extended_access_pcns": "a JSON record skipped as a data table in its text file",
    "5142_d3tenders_somerset_ccg_pcns_social_prescribing_model": "a JSON record skipped as a data table in its text file",
    # an ICB's name cut where the page wraps it ('… Suffolk and North' / 'East Essex Integrated Care Board')
    "5224_ipswich_co_uk_north_ipswich_super_surgery_cardinal_medical_practice": "an ICB's name cut where the page wraps its line",
    # see HTML_OTHERWISE: the page's stock-market line taken as the site
    "5325_assura_london_colney_medical_centre_parish_council": "a stock-market line read as the site on the page",
    # (found when the documents of rounds 543-590 moved in; as observed): a title wrapped on the
    # page makes another site of the programme its text names ('General Practice Fellowship
    # Programme' beside the training hub); a wrapped caption glues a person's surname to the
    # practice after it ('Vaughan Abbey Medical Practice'); a wrapped list item loses a person
    # read as a body in the text ('David Sloman'); a name the page wraps after its first word is
    # cut there ('Access Primary Care Service')
    "5554_northants_training_hub_gp_fellowship_programme": "a wrapped title makes the programme the site",
    "5591_thelincolnite_abbey_medical_practice_imp_pcn": "a wrapped caption glues a surname to a practice's name",
    "5744_londonwide_lmcs_stp_london_footprints_may_2016": "a wrapped list item reads a person otherwise",
    "5854_tenders_herefordshire_worcestershire_urgent_access_primary_care_award": "a name cut where the page wraps its line",
    # (found when the documents of rounds 591-654 moved in; as observed): a letter's address
    # block ('PO Box 16738 Redditch …') is the site in the text and not on the printed page,
    # where a federation in a bulleted list of recipients takes its place; a hospital named in
    # a long line the page wraps is lost ('Goole Hospital'); a caption cut at its first letter
    # ('n image of Studio Hive's plans …') opens the printed page and names its site
    "6303_cambs_lmc_federations_ics_engagement_response": "a letter's address block is the site in the text, not on the page",
    "6401_eryccg_goole_healthy_lives_review": "a hospital's name lost where the page wraps a long line",
    "6471_westonmercury_graham_road_surgery_relocation": "a cut caption opening the page names its site",
    # (found when the documents of rounds 655-670 moved in; as observed) a title of a buyer and
    # what it bought ('NHS Somerset Integrated Care Board - Integrated Urgent Care') is the site
    # whole in the text, and only its part after the dash on the printed page, which wraps it
    "6684_bidstats_somerset_integrated_urgent_care_contract": "a title wrapped at its dash names the site by its second part",
    # (found when the documents of rounds 671-686 moved in; as observed) a long bullet's list
    # parted by semicolons, wrapped over printed lines, loses its last items on the page ('Tees
    # Valley wide PCN; … Local MPs; Members of the Public', which the text reads as bodies)
    "6722_middlesbrough_council_south_tees_integrated_urgent_care": "a wrapped bullet's list loses its last items on the page",
    # a one-word heading ('Progress') under the text's opening blank line is the site in the
    # text; the printed page takes the partnership the page names, and reads the council with it
    "6815_torbay_public_health_cvd_prevention_partnership": "a one-word heading is the site in the text, not on the page",
    # (found when the documents of rounds 687-718 moved in; as observed) a bullet the page wraps
    # before its last name's last words ('… groups including Healthwatch' over 'Cheshire West')
    # reads that body by its brand alone; a long bullet the page wraps loses a centre named
    # beside a building ('adjacent to the current Askern Health Centre'); an interview whose
    # speakers are listed with their posts in one long sentence, which the page wraps, gains
    # three of their employers as partners on the page ('NHS Black Country ICB', 'Arden and Gem
    # CSU', 'National Pharmacy Association'), which the text reads only as named
    "6982_nhs_england_west_cheshire_way_mcp_vanguard": "a bullet wrapped inside its last name reads the brand alone",
    # (found the same stop, after names set out one to a short line came to be read apart) a
    # tender's list of the companies it was awarded to, one long line the page wraps before its
    # last name's last words, loses that name on the page ('Charnwood GP Network Ltd')
    "3413_bidatlas_leicestershire_same_day_access_at_scale_providers": "a wrapped list of companies loses its last on the page",
    "7066_community_health_partnerships_doncaster_lift_super_surgeries": "a centre beside a building lost where the page wraps a bullet",
    "7075_healthcare_leader_pharmacy_in_the_system_roundtable_icbs": "speakers' employers in a wrapped sentence read as partners on the page",
    # (found when the documents of rounds 719-774 moved in; as observed) a bullet that opens on a
    # group's label ('• Pharmacy Leadership Group: There is an established Pharmacy Leadership
    # Group (PLG) …'), which the page wraps, loses the group and the four trusts it names on the
    # page; a patient group's name over its name again in a column set in from the left reads
    # whole in the text and as 'Group' on the page; a person, their post and the two
    # commissioners they work for in one bullet ('Sara Tiller, Chief Development Officer, Fareham
    # & Gosport and South Eastern Hampshire Clinical Commissioning Groups;'), which the text reads
    # as four commissioners and the page, wrapping it, as none; and the two JSON records above
    "7231_nhs_stw_icb_medicines_management_pharmacy_leadership": "a wrapped bullet opening on a group's label loses the group on the page",
    "7276_launceston_medical_centre_ppg_agm_2019": "a patient group's name set in a column read by its last word on the page",
    "7396_east_hampshire_dc_community_forum_whitehill_bordon_healthy_new_town": "a person's post and commissioners in a wrapped bullet read otherwise on the page",
    "7505_d3tenders_central_london_ccg_specialist_homeless_practice_tender": "a JSON record skipped as a data table in its text file",
    "7643_d3tenders_gloucestershire_ccg_improved_access_gp_clusters_pin": "a JSON record skipped as a data table in its text file",
    # (found by the clean-clone run of that stop; as observed) as 2904: the page wraps a name
    # after one of its own hyphens ('Newcastle-under-' over 'Lyme PCT', 'Chester-Le-' over
    # 'Street PCN'); the name is read whole, but its first word is not printed whole on the line
    # the mention is given
    "7555_wikipedia_healthcare_in_staffordshire": "a name wrapped after its own hyphen",
    "7641_d3tenders_chester_le_street_pcn_liaise_award": "a name wrapped after its own hyphen",
    # (found when the documents of rounds 783-798 moved in; as observed, and as before the
    # stop's rules) the page wraps a long bullet's line inside the trust's name the sentence
    # ends on ('… by the Maidstone and Tunbridge Wells NHS Trust'), which only the text reads
    "7914_east_sussex_cc_nhs_sussex_update_surrey_heartlands_merger": "a bullet wrapped inside a trust's name",
    # and wraps a starred line inside the second council's name ('… and Stratford District
    # Council on Health and Wellbeing'), whose first words the page reads as a body too
    "7976_halford_parish_council_assembly_shipston_health_wellbeing": "a line wrapped inside a council's name",
    # (found when the documents of rounds 799-814 moved in; as observed, and as before the
    # stop's rules) the page wraps a long line inside a name, which only the text reads whole
    # ('… and Nottingham University' over 'Hospitals', a practice in a run-together table),
    # reads a long first line as the title where the text weighs the page ('Mersey Care … in'
    # over 'Southport and Formby', 'West London GP' over 'Ealing GP Federation'), and reads a
    # story's date stamp as a name once it stands on a line of its own
    "8004_nhse_vale_of_york_ccg_primary_care_update": "a practice's name wrapped in a run-together table",
    "8066_mersey_care_southport_formby_community_services_provider": "a long first line read as the title on the page",
    "8081_edp24_kirkley_mill_suffolk_gp_federation": "a date stamp read as a name on the page",
    "8103_pdfslide_ealing_gp_federation_pharmacists": "a long first line read as the title on the page",
    "8133_sfh_newark_ccg_hospital_vision": "a line wrapped inside a trust's name",
    # (found when the documents of rounds 815-830 moved in; as observed) the page wraps a
    # picture's caption before its credit, which then stands on a line of its own and is read
    # as the title
    "8204_edp_lowestoft_gp_vaccination": "a picture's credit read as the title on the page",
    # (found when the documents of rounds 831-838 moved in; as observed) the page wraps a
    # heading in capitals at its 'AND', wraps a line so that a partner's name opens a line of
    # its own and is read as a second site, and wraps a committee's heading so that the first
    # sentence below it is read as the title
    "8363_haringey_minutes_ncl_ics_borough_partnership": "a heading in capitals wrapped at its 'AND'",
    "8384_transform_london_greenwich_coordinated_care": "a partner opening a wrapped line read as a second site",
    "8392_nhs_somerset_primary_care_commissioning_committee": "a committee's page read as its first sentence's site once wrapped",
    # (found when the documents of rounds 871-878 moved in): a picture's reference number run
    # into a commissioner's name is cut at another place once printed; printed, a case-study
    # index names another site ('London Personalised Care' for 'Healthy London Partnership'),
    # as observed, not yet explained line by line
    "8763_melton_times_second_gp_surgery_talks": "a picture's reference run into a name, cut otherwise once wrapped",
    "8774_healthy_london_social_prescribing_case_studies": "printed, another name read as the site",
    # (found when the documents of rounds 887-894 moved in; as observed) a transcript's one long
    # line, which the page wraps, sets a run of agenda items ('NHS Greenwich CCG: Trinity MC
    # Relocation NHS Lambeth CCG: Clapham Park …') at the start of a printed line, where it is
    # read as the site; the text reads the page's title (the page names no partnership)
    "8882_sel_pcjc_agenda_aug2016": "an agenda's run of items opening a wrapped line read as the site",
    # (found when the documents of rounds 895-902 moved in; as observed) a page numbered '1'
    # above a blog post's first long sentence: the text reads the sentence as the site (the
    # page names no partnership), the printed page wraps it and reads the commissioning group
    # it names, cut at the wrap ('Swindon Clinical Commissioning')
    "8974_sarah_church_swindon_imh_surgeries": "a long first sentence, wrapped, read as the body it names",
}


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=PRINTED_OTHERWISE[d.stem])) if d.stem in PRINTED_OTHERWISE else d
        for d in DOCUMENTS
        if opens_with_a_title(d)
    ],
    ids=lambda p: p.stem,
)
def test_a_pdf_reads_as_its_text_and_knows_its_pages(source, pdfs, tmp_path):
    pdf = pdfs(source)
    as_pdf = read_alone(pdf, tmp_path)
    assert as_pdf.problems == []
    assert what_was_read(as_pdf) == read_from_text(source)
    document, _ = read_document(pdf)
    last_page = max(line.page for line in document.lines)
    for mention in as_pdf.mentions:
        assert mention.page is not None and 1 <= mention.page <= last_page, mention
        assert mention.page == document.page_of(mention.line)
        first_word = mention.text.split()[0]
        line = document.lines[mention.line - 1]
        # a mention keeps what was printed (’ stays ’); the cleaned line has '
        assert first_word in (line.printed if line.printed is not None else line.text), mention


def test_pdf_pages_are_the_pages_the_lines_are_printed_on(pdfs):
    from pdfminer.high_level import extract_text

    # the document of the most lines prints on the most pages
    pdf = pdfs(max(DOCUMENTS, key=lambda source: len(source.read_text(encoding="utf-8").splitlines())))
    document, _ = read_document(pdf)
    pages = sorted({line.page for line in document.lines})
    assert len(pages) >= 2, "some document should fill more than one printed page"
    for page in pages:
        printed = " ".join(extract_text(str(pdf), page_numbers=[page - 1]).split())
        for line in document.lines:
            if line.page == page and len(line.text) > 20:
                assert " ".join(line.text.split()) in printed.replace("\u2019", "'"), (page, line)


def test_pdf_edges_carry_their_page(pdfs, tmp_path):
    graph = build_graph(read_alone(pdfs(SEED), tmp_path))
    quoted = [data for _, _, data in graph.edges(data=True) if data["kind"] in (PARTNER_OF, MEMBER_OF)]
    assert quoted
    assert all(isinstance(data.get("page"), int) for data in quoted)


def test_text_edges_have_no_page(graph):
    assert all("page" not in data for _, _, data in graph.edges(data=True))


def test_type_is_read_from_content_not_the_name(pdfs, tmp_path):
    source = DOCUMENTS[-1]
    as_text = what_was_read(read_alone(source, tmp_path))
    page = tmp_path / "page.html"
    page.write_text(page_html(source.read_text(encoding="utf-8"), source.stem), encoding="utf-8")
    assert what_was_read(read_alone(page, tmp_path, name="saved-page.txt")) == as_text
    assert what_was_read(read_alone(pdfs(source), tmp_path, name="report")) == as_text


def test_a_pdf_without_text_is_one_warning_and_no_site(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    scan = tmp_path / "scan.pdf"
    with scan.open("wb") as handle:
        writer.write(handle)
    corpus = read_alone(scan, tmp_path)
    assert [str(p) for p in corpus.problems] == ["scan.pdf: warning: PDF has no text layer (a scanned image?); nothing read"]
    assert corpus.sites == [] and corpus.mentions == [] and corpus.files == []


def test_a_printed_empty_page_is_one_warning_and_no_site(printer, tmp_path):
    page = '<!DOCTYPE html><html><body><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>'
    corpus = read_alone(printer(page, "empty"), tmp_path)
    assert [str(p) for p in corpus.problems] == ["empty.pdf: warning: PDF has no text layer (a scanned image?); nothing read"]
    assert corpus.sites == []


def encrypted_copy(pdf: Path, out: Path, user_password: str) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=pdf)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def test_an_encrypted_pdf_is_one_warning_and_no_site(pdfs, tmp_path):
    locked = encrypted_copy(pdfs(SEED), tmp_path / "locked.pdf", user_password="secret")
    corpus = read_alone(locked, tmp_path)
    assert [str(p) for p in corpus.problems] == ["locked.pdf: warning: encrypted PDF that cannot be opened without its password"]
    assert corpus.sites == []


def test_a_pdf_locked_only_against_editing_is_read(pdfs, tmp_path):
    source = pdfs(SEED)
    locked = encrypted_copy(source, tmp_path / "no-edit.pdf", user_password="")
    assert what_was_read(read_alone(locked, tmp_path)) == what_was_read(read_alone(source, tmp_path))


def test_a_page_of_only_navigation_is_one_warning_and_no_site(tmp_path):
    links = "".join(f'<li><a href="/{n}">{name}</a></li>' for n, name in enumerate(["Home", "Kent County Council", "Age UK", "Contact"]))
    page = tmp_path / "menu.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><ul>{links}</ul></nav></body></html>")
    corpus = read_alone(page, tmp_path)
    assert [str(p) for p in corpus.problems] == [
        "menu.html: warning: web page has no main text (only navigation or boilerplate); nothing read"
    ]
    assert corpus.sites == [] and corpus.mentions == []


def test_printed_characters_are_kept(tmp_path):
    page = tmp_path / "quote.html"
    page.write_text(
        "<!DOCTYPE html><html><body><main><h1>St Catherine’s Hospice</h1>"
        "<p>St Catherine’s Hospice works with Crawley Borough Council and “Age UK West Sussex”.</p></main></body></html>",
        encoding="utf-8",
    )
    document, _ = read_document(page)
    texts = [line.text for line in document.lines if line.text]
    # the same clean-up as a text file's: curly quotes straightened, nothing else changed
    assert texts == ["St Catherine's Hospice", 'St Catherine\'s Hospice works with Crawley Borough Council and "Age UK West Sussex".']
