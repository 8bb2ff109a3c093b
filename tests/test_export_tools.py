"""Every export loaded by the tool it is for: Neo4j's LOAD CSV (default settings) and
neo4j-admin's bulk import on the real Neo4j of the test suite, the GEXF and GraphML schemas,
igraph and networkx."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import igraph
import networkx as nx
from lxml import etree

from pchgraph.export import export
from pchgraph.export.neo4j_import import SCRIPT
from pchgraph.schema import EDGE_KINDS

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SITE = "site:east-cornwall-locality"

# The README's LOAD CSV recipe, with the folder `pchgraph export csv` wrote put in Neo4j's import
# folder as pchgraph/. Lists come back with split(…, ';'), numbers with toInteger, maps stay JSON.
LOAD_CSV = [
    "CREATE CONSTRAINT pchgraph_id IF NOT EXISTS FOR (n:Pchgraph) REQUIRE n.id IS UNIQUE",
    """LOAD CSV WITH HEADERS FROM 'file:///pchgraph/nodes.csv' AS row
MERGE (n:Pchgraph {id: row.id})
SET n += row,
    n.numbers = [x IN split(row.numbers, ';') | toInteger(x)],
    n.sources = split(row.sources, ';'), n.stp_area = split(row.stp_area, ';'),
    n.aliases = split(row.aliases, ';'), n.written = split(row.written, ';'),
    n.pchs_count = toInteger(row.pchs_count), n.practices_count = toInteger(row.practices_count),
    n.partners_line = toInteger(row.partners_line), n.mentions = toInteger(row.mentions),
    n.kind_guessed = toBoolean(row.kind_guessed)""",
] + [
    # One statement per relationship type, since a type cannot come from a cell before Neo4j 5.26.
    f"""LOAD CSV WITH HEADERS FROM 'file:///pchgraph/edges.csv' AS row
WITH row WHERE row.kind = '{kind}'
MATCH (a:Pchgraph {{id: row.source}}), (b:Pchgraph {{id: row.target}})
CREATE (a)-[r:{kind.upper()}]->(b)
SET r.mention = row.mention, r.source_file = row.source_file, r.line = toInteger(row.line), r.note = row.note"""
    for kind in EDGE_KINDS
]


def run(settings, text: str, **parameters) -> list[dict]:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
        records, _, _ = driver.execute_query(text, parameters)
        return [record.data() for record in records]


def counts(settings) -> tuple[int, int]:
    nodes = run(settings, "MATCH (n:Pchgraph) RETURN count(n) AS n")[0]["n"]
    relationships = run(settings, "MATCH (:Pchgraph)-[r]->(:Pchgraph) RETURN count(r) AS n")[0]["n"]
    return nodes, relationships


def test_csv_loads_with_neo4j_load_csv_and_default_settings(graph, neo4j_server, neo4j_settings):
    from pchgraph.engines.neo4j_engine import wipe

    settings = run(neo4j_settings, "CALL dbms.listConfig('db.import.csv') YIELD name, value RETURN name, value")
    assert {"name": "db.import.csv.legacy_quote_escaping", "value": "true"} in settings  # Neo4j's default
    export(graph, "csv", neo4j_server.import_dir / "pchgraph")
    wipe(neo4j_settings)
    try:
        for text in LOAD_CSV:
            run(neo4j_settings, text)
        assert counts(neo4j_settings) == (graph.number_of_nodes(), graph.number_of_edges())
        site = run(neo4j_settings, "MATCH (n:Pchgraph {id: $id}) RETURN properties(n) AS p", id=SITE)[0]["p"]
        expected = graph.nodes[SITE]
        assert site["name"] == expected["name"] and site["numbers"] == expected["numbers"]
        assert site["practices_count"] == expected["practices_count"] and site["sources"] == expected["sources"]
        assert json.loads(site["sections"]) == expected["sections"]
        assert json.loads(site["collective"]) == expected["collective"]
        # Every quoted section text of the corpus comes back whole, quotes and all.
        quoted = [n for n, d in graph.nodes(data=True) if '"' in json.dumps(d.get("sections", {}), ensure_ascii=False)]
        rows = run(neo4j_settings, "MATCH (n:Pchgraph) WHERE n.id IN $ids RETURN n.id AS id, n.sections AS s", ids=quoted)
        assert {row["id"]: json.loads(row["s"]) for row in rows} == {n: graph.nodes[n]["sections"] for n in quoted}
        u, v, data = next((u, v, d) for u, v, d in graph.edges(data=True) if d["kind"] == "partner_of")
        edge = run(neo4j_settings, "MATCH (:Pchgraph {id: $u})-[r:PARTNER_OF]->(:Pchgraph {id: $v}) RETURN properties(r) AS p", u=u, v=v)
        assert {k: edge[0]["p"][k] for k in ("mention", "source_file", "line")} == {k: data[k] for k in ("mention", "source_file", "line")}
    finally:
        wipe(neo4j_settings)


def test_csv_reads_back_in_pandas(graph, tmp_path):
    import pandas as pd

    nodes_csv, edges_csv = export(graph, "csv", tmp_path / "out")
    nodes = pd.read_csv(nodes_csv, dtype=str, keep_default_na=False).set_index("id")
    assert nodes.loc[SITE, "numbers"].split(";") == [str(n) for n in graph.nodes[SITE]["numbers"]]
    assert json.loads(nodes.loc[SITE, "sections"]) == graph.nodes[SITE]["sections"]
    edges = pd.read_csv(edges_csv)
    assert len(edges) == graph.number_of_edges() and edges["line"].dtype.kind == "i"
    # (every attribute an edge carries has its column: a succession's change and date too)
    succession = edges[edges["kind"] == "succeeded_by"]
    assert len(succession) and succession["change"].notna().all() and succession["date"].notna().all()


def present(data: dict) -> dict:
    return {k: v for k, v in data.items() if v != []}


def bulk_command(folder: Path) -> list[str]:
    """The neo4j-admin arguments of the exact command the export wrote beside its files."""
    line = next(line for line in (folder / SCRIPT).read_text().splitlines() if line.startswith("exec "))
    words = shlex.split(line)
    assert words[:2] == ["exec", "neo4j-admin"] and words[-1] == "$@"
    return words[2:-1]


def test_neo4j_import_loads_with_neo4j_admin(graph, tmp_path, loaded):
    import neo4j_server as launcher

    from pchgraph.engines.neo4j_engine import Settings, graph_from_neo4j

    folder = tmp_path / "bulk"
    export(graph, "neo4j-import", folder)
    home = tmp_path / "home"
    done = launcher.neo4j_admin(home, *bulk_command(folder), cwd=folder)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert f"{graph.number_of_nodes()} nodes" in done.stdout and f"{graph.number_of_edges()} relationships" in done.stdout
    server = launcher.start(password="pchgraph-test", data=home)
    try:
        imported = Settings(uri=server.uri, user="neo4j", password=server.password)
        assert counts(imported) == (graph.number_of_nodes(), graph.number_of_edges())
        bulk, driver = graph_from_neo4j(imported), graph_from_neo4j(loaded)
        # The bulk import holds what the driver loader loads: the same nodes, properties and labels.
        # (An empty list is left out, as an empty cell: the bulk format has no empty array.)
        assert {n: present(d) for n, d in bulk.nodes(data=True)} == {n: present(d) for n, d in driver.nodes(data=True)}
        assert sorted(map(repr, bulk.edges(data=True))) == sorted(map(repr, driver.edges(data=True)))
        labels = run(imported, "MATCH (n:Pchgraph {id: 'org:kernow-ccg'}) RETURN labels(n) AS l")[0]["l"]
        assert sorted(labels) == ["CCG", "Organisation", "Pchgraph"]
    finally:
        server.stop()


def validator(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


def test_gexf_is_valid_against_the_gexf_1_2draft_schema_and_coloured_by_kind(graph, tmp_path):
    out = tmp_path / "g.gexf"
    export(graph, "gexf", out)
    document = etree.parse(str(out))
    schema = validator(SCHEMAS / "gexf-1.2draft" / "gexf.xsd")
    assert schema.validate(document), schema.error_log.filter_from_errors()[:5]
    ns = {"g": "http://www.gexf.net/1.2draft"}
    assert document.getroot().get("version") == "1.2" and document.find("g:graph", ns).get("name") is None
    site = document.find(f"g:graph/g:nodes/g:node[@id='{SITE}']", ns)
    trust = document.find("g:graph/g:nodes/g:node[@id='org:kernow-ccg']", ns)
    colour = site.find("g:color", ns)
    assert (colour.get("r"), colour.get("g"), colour.get("b")) == ("31", "95", "168")
    assert float(site.find("g:size", ns).get("value")) > float(trust.find("g:size", ns).get("value"))
    assert len(document.findall("g:graph/g:edges/g:edge", ns)) == graph.number_of_edges()


def test_graphml_is_read_by_igraph_and_networkx_with_typed_attributes(graph, tmp_path):
    out = tmp_path / "g.graphml"
    export(graph, "graphml", out)
    back = nx.read_graphml(out)
    lines = [d["line"] for *_, d in back.edges(data=True) if "line" in d]
    assert len(lines) == graph.number_of_edges() and all(type(line) is int for line in lines)
    assert back.nodes[SITE]["practices_count"] == graph.nodes[SITE]["practices_count"]
    theirs = igraph.Graph.Read_GraphML(str(out))
    assert (theirs.vcount(), theirs.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    # igraph keeps every number as a double: a typed attribute is a number, never text.
    assert all(isinstance(line, float) and line.is_integer() for line in theirs.es["line"])
    assert sorted(int(line) for line in theirs.es["line"]) == sorted(d["line"] for *_, d in graph.edges(data=True))
