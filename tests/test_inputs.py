"""A sources folder yields its documents only: never pchgraph's own outputs, tables or editor
backups, each skipped with one warning naming it; hidden files are skipped without a word."""

from __future__ import annotations

import shutil
import zipfile

import networkx as nx
from click.testing import CliRunner

from pchgraph.cli import cli
from pchgraph.readers import read_sources, source_files
from pchgraph.resources import sources_dir

DOCUMENT = "000_088decee05a9e550.txt"


def build(*args: str):
    return CliRunner().invoke(cli, ["build", *args], catch_exceptions=False)


def test_only_the_document_is_read_and_each_skipped_file_is_named(folder, tmp_path):
    sources = folder({"notes.txt~": "Kent County Council\n", "edges.csv": "source,target,kind\norg:a,site:b,partner_of\n"})
    shutil.copy(sources_dir() / DOCUMENT, sources / DOCUMENT)
    assert build("--sources", str(sources), "--out", str(sources / "graph.json")).exit_code == 0
    corpus = read_sources(sources)
    assert corpus.files == [DOCUMENT]
    assert sorted(str(p) for p in corpus.problems) == [
        "edges.csv: warning: skipped: a data table (CSV)",
        "graph.json: warning: skipped: a graph file (JSON)",
        "notes.txt~: warning: skipped: an editor backup",
    ]
    assert source_files(sources) == [sources / DOCUMENT]


def test_every_kind_of_non_document_is_skipped(folder, tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_edge("org:a", "site:b", kind="partner_of")
    spreadsheet = tmp_path / "table.xlsx"
    with zipfile.ZipFile(spreadsheet, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    sources = folder(
        {
            "#draft.txt#": "Kent County Council\n",
            "draft.bak": "Kent County Council\n",
            "build.tmp": "Kent County Council\n",
            ".draft.txt.swp": b"b0VIM 8.2\x00\x00",
            "counts.tsv": "name\tsites\nAge UK\t9\n",
            "table.xlsx": spreadsheet.read_bytes(),
            "sites.json": '[{"name": "Age UK", "sites": 9}]\n',
            "notes.xml": '<?xml version="1.0"?>\n<notes><note>Kent County Council</note></notes>\n',
        }
    )
    nx.write_graphml(graph, sources / "graph.graphml")
    nx.write_gexf(graph, sources / "graph.gexf")
    shutil.copy(sources_dir() / DOCUMENT, sources / DOCUMENT)
    corpus = read_sources(sources)
    assert corpus.files == [DOCUMENT]
    assert sorted(str(p) for p in corpus.problems) == [
        "#draft.txt#: warning: skipped: an editor backup",
        "build.tmp: warning: skipped: an editor backup",
        "counts.tsv: warning: skipped: a data table (TSV)",
        "draft.bak: warning: skipped: an editor backup",
        "graph.gexf: warning: skipped: a graph file (GEXF)",
        "graph.graphml: warning: skipped: a graph file (GraphML)",
        "notes.xml: warning: skipped: an XML data file",
        "sites.json: warning: skipped: a data table (JSON)",
        "table.xlsx: warning: skipped: a data table (spreadsheet)",
    ]


def test_a_graph_built_into_its_own_sources_is_not_read_back(folder):
    sources = folder({}, with_seeds=True)
    out = sources / "graph.json"
    first = build("--sources", str(sources), "--out", str(out))
    second = build("--sources", str(sources), "--out", str(out))
    assert first.exit_code == 0 and second.exit_code == 0, second.output
    assert first.stdout == second.stdout
    assert "5 documents, 91 sites" in second.stdout
    assert second.stderr.splitlines() == ["pchgraph: graph.json: warning: skipped: a graph file (JSON)"]


def test_documents_are_still_read_whatever_their_name(folder):
    text = (sources_dir() / DOCUMENT).read_text(encoding="utf-8")
    corpus = read_sources(folder({"breckland": text, "breckland.md": text}))
    assert corpus.files == ["breckland", "breckland.md"]
    assert [p for p in corpus.problems if "skipped" in p.message] == []


def test_a_text_opening_with_angle_brackets_that_open_no_tag_is_read_as_text(folder):
    # a PDF's conversion can leave '<<' above a report's title: no markup, a text to read
    text = "<<\n\nThe Riverton Social Prescribing Service\n\nThe service is run by Riverton Voluntary Action and Hill Surgery.\n"
    corpus = read_sources(folder({"report.txt": text}))
    assert corpus.problems == []
    assert [site.name for site in corpus.sites] and corpus.mentions
