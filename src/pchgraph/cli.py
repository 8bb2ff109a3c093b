"""The `pchgraph` command: a thin layer over the library functions."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from .errors import PchgraphError
from .output import CSV, JSON, TABLE, render

from .kinds import KINDS

LARGE = 2000


class Cli(click.Group):
    """Turns a PchgraphError anywhere below into one line on stderr and an exit status."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PchgraphError as exc:
            click.echo(f"pchgraph: error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def output_options(command):
    """--json / --csv; the default is a readable table."""

    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
    @functools.wraps(command)
    def wrapper(*args, as_json: bool, as_csv: bool, **kwargs):
        if as_json and as_csv:
            raise PchgraphError("choose one of --json and --csv", where="--json/--csv", exit_code=2)
        return command(*args, fmt=JSON if as_json else CSV if as_csv else TABLE, **kwargs)

    return wrapper


def graph_options(command=None, *, lazy: bool = False):
    """--graph FILE or --sources DIR; the default is the bundled documents' (cached) graph.

    With lazy=True the command receives a function that loads the graph when called (commands
    that may answer from Neo4j instead need not load it).
    """
    if command is None:
        return functools.partial(graph_options, lazy=lazy)

    @click.option("--graph", "graph_file", type=click.Path(path_type=Path, dir_okay=False), help="A graph file written by 'pchgraph build --out'.")
    @click.option("--sources", type=click.Path(path_type=Path, file_okay=False), help="Build from this folder of documents instead.")
    @functools.wraps(command)
    def wrapper(*args, graph_file: Path | None, sources: Path | None, **kwargs):
        from .graph import load_graph

        if graph_file and sources:
            raise PchgraphError("choose one of --graph and --sources", where="--graph/--sources", exit_code=2)
        loader = functools.partial(load_graph, graph_file, sources)
        return command(*args, graph=loader if lazy else loader(), **kwargs)

    return wrapper


def neo4j_options(command):
    """--uri, --user, --database (else NEO4J_URI, NEO4J_USERNAME, NEO4J_DATABASE); the password
    comes from NEO4J_PASSWORD or a prompt, never from an option. The command receives a function
    that gives the settings (so nothing is asked unless Neo4j is used)."""

    @click.option("--uri", help="Bolt URI of the Neo4j server (default: $NEO4J_URI or bolt://localhost:7687).")
    @click.option("--user", help="Neo4j user (default: $NEO4J_USERNAME or neo4j).")
    @click.option("--database", help="Neo4j database (default: $NEO4J_DATABASE or the server's default).")
    @functools.wraps(command)
    def wrapper(*args, uri: str | None, user: str | None, database: str | None, **kwargs):
        def settings():
            from .neo4j_store import Settings

            password = os.environ.get("NEO4J_PASSWORD")
            if password is None and sys.stdin.isatty():
                password = click.prompt("Neo4j password (empty for none)", hide_input=True, default="", show_default=False) or None
            return Settings.from_environment(uri, user, database, password)

        return command(*args, settings=settings, **kwargs)

    return wrapper


def backend_options(command):
    """--backend embedded (the networkx graph, default) or neo4j (the graph loaded into Neo4j)."""
    command = click.option("--backend", type=click.Choice(["embedded", "neo4j"]), default="embedded", show_default=True,
                           help="Answer from the embedded graph or from the Neo4j it was loaded into.")(command)
    return neo4j_options(command)


def show(rows: list[dict], columns: list[str], fmt: str, title: str | None = None) -> None:
    click.echo(render(rows, columns, fmt, title))


def node_pair(graph, a: str, b: str) -> tuple[str, str]:
    """The nodes two command-line names A and B mean."""
    from .lookup import node_for

    return node_for(graph, a, what="A"), node_for(graph, b, what="B")


def where(row: dict) -> str:
    """'file:line' of a row that quotes a source, or nothing."""
    return f"{row['source_file']}:{row['line']}" if row.get("source_file") else ""


@click.group(cls=Cli)
@click.version_option(package_name="pchgraph")
def cli():
    """Primary care home partnerships as an organisation graph.

    Reads the bundled documents (or your own, with --sources) into sites, organisations and
    partnership edges, each traceable to its file and line.
    """


@cli.command()
@click.option("--sources", type=click.Path(path_type=Path, file_okay=False), help="Folder of documents (default: the bundled data/sources).")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Graph file to write (default: the per-user cache).")
def build(sources: Path | None, out: Path | None):
    """Read every document and write the graph (networkx node-link JSON)."""
    from .graph import build_graph, cache_graph, write_graph
    from .reference import sources_dir
    from .report import summary_lines
    from .sources import read_sources

    sources = sources or sources_dir()
    corpus = read_sources(sources)
    for problem in corpus.problems:
        if problem.level != "info":
            click.echo(f"pchgraph: {problem}", err=True)
    if not corpus.sites:
        raise PchgraphError("no site could be read from the documents", where=str(sources))
    graph = build_graph(corpus)
    path = write_graph(graph, out) if out else cache_graph(graph, sources)
    for line in summary_lines(graph):
        click.echo(line)
    click.echo(f"graph written to {path}")


@cli.command()
@graph_options
@output_options
def sites(graph, fmt: str):
    """List the sites read, with their numbers, wave, area and counts."""
    from .report import site_rows

    show(site_rows(graph), ["numbers", "name", "wave", "stp_area", "pchs", "practices", "partners", "sources"], fmt)


@cli.command()
@graph_options
@output_options
def report(graph, fmt: str):
    """How many mentions were read and where each went: edges, collective, unresolved."""
    from .report import report_data, report_text

    data = report_data(graph)
    if fmt == JSON:
        click.echo(render(data, [], JSON))
    elif fmt == CSV:
        rows = [dict(row, list=name) for name in ("collective", "unresolved") for row in data[name]]
        show(rows, ["list", "source_file", "line", "site", "text", "count", "reason"], CSV)
    else:
        click.echo(report_text(data))


def kind_option(command):
    return click.option("--type", "kind", help="Only organisations of this kind: " + ", ".join(KINDS) + ".")(command)


def area_option(command):
    return click.option("--area", help="Only the sites of this STP area (official name, name as written, or id).")(command)


def top_option(command):
    return click.option("--top", type=click.IntRange(min=1), help="Show the first N rows.")(command)


@cli.command()
@kind_option
@area_option
@top_option
@backend_options
@graph_options(lazy=True)
@output_options
def spanning(graph, kind: str | None, area: str | None, top: int | None, backend: str, settings, fmt: str):
    """Organisations ranked by the number of sites they partner with (ties by name), with the
    PCHs and practices those sites hold and the STP areas they span."""
    if backend == "neo4j":
        from .neo4j_store import spanning_neo4j

        rows = spanning_neo4j(settings(), kind, top, area)
    else:
        from .analysis import spanning as ranked

        rows = ranked(graph(), kind, top, area)
    show(rows, ["rank", "name", "kind", "sites", "pchs", "practices", "areas"], fmt)


@cli.command()
@click.option("--metric", type=click.Choice(["degree", "betweenness", "closeness", "eigenvector", "pagerank"]), default="degree", show_default=True)
@click.option("--type", "kind", help="Rank only this kind (an organisation kind, or 'site').")
@area_option
@top_option
@click.option("--sample", type=click.IntRange(min=2), help="Estimate betweenness from K seeded source nodes (for large graphs).")
@backend_options
@graph_options(lazy=True)
@output_options
def centrality(graph, metric: str, kind: str | None, area: str | None, top: int | None, sample: int | None, backend: str, settings, fmt: str):
    """Organisations (or sites) ranked by centrality in the two-mode partnership graph.

    \b
    The graph measured has organisations on one side and sites on the other (areas left out).
    degree, betweenness, closeness: networkx's bipartite measures on that two-mode graph,
      normalised within each side (closeness follows networkx's bipartite definition and can
      exceed 1 in small separate components).
    eigenvector, pagerank: no bipartite version exists; they run on the same two-mode graph
      taken as one graph (eigenvector per connected component, scaled by its size).
    --area measures only that area's sites and their partners.
    With --backend neo4j the graph is read from Neo4j and measured the same way.
    """
    if backend == "neo4j":
        from .neo4j_store import centrality_neo4j

        rows = centrality_neo4j(settings(), metric, kind, area, top, sample)
    else:
        from .analysis import centrality as ranked

        local = graph()
        if metric == "betweenness" and sample is None and local.number_of_nodes() > LARGE:
            click.echo(f"pchgraph: exact betweenness on {local.number_of_nodes():,} nodes takes a while; --sample K estimates it", err=True)
        rows = ranked(local, metric, kind, area, top, sample)
    show(rows, ["rank", "name", "kind", "score", "links"], fmt)


@cli.command()
@click.argument("a")
@click.argument("b")
@backend_options
@graph_options(lazy=True)
@output_options
def shared(graph, a: str, b: str, backend: str, settings, fmt: str):
    """Two sites: the partners they share. Two organisations: the sites they share."""
    if backend == "neo4j":
        from .neo4j_store import graph_from_neo4j, shared_neo4j

        connection = settings()
        stored = graph_from_neo4j(connection)
        found = shared_neo4j(connection, stored, *node_pair(stored, a, b))
    else:
        from .analysis import shared as in_common

        local = graph()
        found = in_common(local, *node_pair(local, a, b))
    rows = [dict(row, sources=[where(q) for q in row["quotes"]]) for row in found]
    show(rows, ["name", "kind", "sources"], fmt)


@cli.command()
@click.option("--type", "side", type=click.Choice(["site", "org"]), default="site", show_default=True, help="Pairs of sites (sharing partners) or of organisations (sharing sites).")
@click.option("--min", "minimum", type=click.IntRange(min=1), default=1, show_default=True, help="Only pairs sharing at least N.")
@click.option("--kind", help="Count only organisations of this kind.")
@area_option
@top_option
@backend_options
@graph_options(lazy=True)
@output_options
def pairs(graph, side: str, minimum: int, kind: str | None, area: str | None, top: int | None, backend: str, settings, fmt: str):
    """The pairs with most in common, from the weighted one-mode projection: count shared and
    Jaccard similarity (shared / either)."""
    if backend == "neo4j":
        from .neo4j_store import pairs_neo4j

        rows = pairs_neo4j(settings(), side, minimum, top, kind, area)
    else:
        from .analysis import pairs as ranked

        rows = ranked(graph(), side, minimum, top, kind, area)
    show(rows, ["rank", "a", "b", "shared", "jaccard"], fmt)


@cli.command()
@click.argument("name")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True)
@graph_options
@output_options
def ego(graph, name: str, depth: int, fmt: str):
    """Everything within DEPTH partnership steps of an organisation or site."""
    from .analysis import ego as around
    from .lookup import node_for

    show(around(graph, node_for(graph, name), depth), ["distance", "name", "kind", "id"], fmt)


@cli.command()
@click.argument("a")
@click.argument("b")
@graph_options
@output_options
def path(graph, a: str, b: str, fmt: str):
    """A shortest chain of partnerships from A to B, each step with the source line that says so."""
    from .analysis import path as chain

    rows = [dict(row, source=where(row)) for row in chain(graph, *node_pair(graph, a, b))]
    show(rows, ["step", "from", "relation", "to", "quote", "source"], fmt)


@cli.command()
@click.option("--type", "side", type=click.Choice(["site", "org"]), default="org", show_default=True, help="Communities of organisations or of sites.")
@click.option("--kind", help="Count only organisations of this kind.")
@area_option
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of the Louvain method, so runs agree.")
@graph_options
@output_options
def communities(graph, side: str, kind: str | None, area: str | None, seed: int, fmt: str):
    """Modularity communities (Louvain, seeded) of the one-mode projection, largest first."""
    from .analysis import communities as found

    show(found(graph, side, kind, area, seed), ["community", "size", "members"], fmt)


@cli.command(name="export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(["json", "graphml", "gexf", "csv", "cytoscape", "html"]))
@click.argument("out", type=click.Path(path_type=Path))
@kind_option
@area_option
@click.option("--focus", help="Only what lies within --depth steps of this organisation or site.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--size-by", type=click.Choice(["degree", "betweenness", "closeness", "eigenvector", "pagerank", "sites"]), default="degree",
              show_default=True, help="html: what sets node size.")
@click.option("--title", help="html: the page's heading.")
@graph_options
def export_command(graph, fmt: str, out: Path, kind: str | None, area: str | None, focus: str | None, depth: int, size_by: str, title: str | None):
    """Write the graph, or the part selected, as FORMAT to OUT (a folder for csv).

    \b
    json       networkx node-link JSON (edges under "edges")
    graphml    GraphML, typed attributes (yEd, Gephi, igraph, networkx)
    gexf       GEXF for Gephi, typed attributes
    csv        nodes.csv and edges.csv in the folder OUT
    cytoscape  Cytoscape JSON
    html       one interactive page that opens offline: colours by kind, size by --size-by,
               search, kind filter, tooltips quoting the source lines
    """
    from .export import export, selection
    from .lookup import node_for

    focus_id = node_for(graph, focus, what="--focus") if focus else None
    part = selection(graph, kind, area, focus_id, depth)
    if fmt == "html":
        from .html_export import write_html

        written = [write_html(part, out, title, size_by)]
    else:
        written = export(part, fmt, out)
    for path_written in written:
        click.echo(f"{path_written}: {part.number_of_nodes()} nodes, {part.number_of_edges()} edges")


@cli.command()
@click.argument("name")
@graph_options
@output_options
def org(graph, name: str, fmt: str):
    """One organisation: kind, spellings seen, codes, and every site it works with, quoted."""
    from .lookup import node_for, org_profile, profile_text

    profile = org_profile(graph, node_for(graph, name, kinds=KINDS))
    if fmt == TABLE:
        click.echo(profile_text(profile))
    else:
        show(profile["links"] if fmt == CSV else [profile], ["site", "relation", "quote", "source_file", "line"], fmt)


@cli.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="How many matches.")
@graph_options
@output_options
def find(graph, text: str, limit: int, fmt: str):
    """Fuzzy search over the names and every spelling of organisations, sites and areas."""
    from .lookup import find as search

    show(search(graph, text, limit), ["score", "name", "kind", "matched", "id"], fmt)


@cli.command()
@click.option("--accept", type=int, metavar="N", help="Write candidate N into the alias table.")
@click.option("--why", default="", help="With --accept: why the two are one organisation (kept in the table).")
@click.option("--aliases", type=click.Path(path_type=Path, dir_okay=False), help="Alias table to write (default: data/aliases.csv).")
@graph_options
@output_options
def review(graph, accept: int | None, why: str, aliases: Path | None, fmt: str):
    """Spellings that may be one organisation but were not merged; confirm one with --accept N --why TEXT."""
    from .review import accept as accept_candidate
    from .review import review_candidates

    rows = review_candidates(graph)
    if accept is None:
        show(rows, ["number", "score", "kind", "keep", "merge"], fmt)
        return
    entry = accept_candidate(rows, accept, why, aliases)
    click.echo(f"alias table: '{entry['alias']}' is now '{entry['canonical']}' ({entry['kind']}); rebuild to apply")


@cli.group()
def neo4j():
    """Load the graph into a Neo4j server (yours, or the test one) and manage what was loaded.

    Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (or --uri, --user,
    --database; the password only from the environment or a prompt).
    """


@neo4j.command("load")
@click.option("--wipe", is_flag=True, help="First remove what pchgraph loaded before (nothing else).")
@click.option("--batch", "batch_size", type=click.IntRange(min=1), default=1000, show_default=True, help="Rows per UNWIND statement.")
@neo4j_options
@graph_options
def neo4j_load(graph, wipe: bool, batch_size: int, settings):
    """Load the graph: constraints and indexes first, then batched MERGE statements from cypher/load/.

    Everything is loaded in one transaction: a failure leaves the database as it was, and
    loading again gives the same counts.
    """
    from .neo4j_store import load

    connection = settings()
    say_counts(connection, load(graph, connection, wipe=wipe, batch_size=batch_size))


@neo4j.command("wipe")
@neo4j_options
def neo4j_wipe(settings):
    """Remove what pchgraph loaded (nodes labelled :Pchgraph and their relationships) and nothing else."""
    from .neo4j_store import wipe

    connection = settings()
    say_counts(connection, wipe(connection))


@neo4j.command("status")
@neo4j_options
def neo4j_status(settings):
    """How many pchgraph nodes and relationships the database holds."""
    from .neo4j_store import counts

    connection = settings()
    say_counts(connection, counts(connection))


def say_counts(connection, found: dict) -> None:
    click.echo(f"{connection.uri}: {found['nodes']} pchgraph nodes, {found['relationships']} relationships")


@cli.command()
@click.argument("file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("-e", "--execute", "query", help="The query itself instead of a FILE.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter; VALUE is read as JSON when it is JSON (10, true, [\"a\"]), else as text.")
@click.option("--write", is_flag=True, help="Allow a query that changes the database (embedded: a throwaway copy).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds before the query is stopped.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True, help="Most rows returned.")
@click.option("--backend", type=click.Choice(["auto", "embedded", "neo4j"]), default="auto", show_default=True,
              help="neo4j: the server NEO4J_URI names; embedded: the graph in an embedded LadybugDB; auto: neo4j when NEO4J_URI is set.")
@neo4j_options
@graph_options(lazy=True)
@output_options
def cypher(file: Path | None, query: str | None, params: tuple[str, ...], write: bool, timeout: float, limit: int,
           backend: str, settings, graph, fmt: str):
    """Run Cypher from FILE (e.g. cypher/queries/*.cypher) or -e QUERY, on Neo4j or on the embedded graph.

    Read-only unless --write. On Neo4j: the query's EXPLAIN plan must say it only reads, it runs
    in a read transaction, and it has a timeout and a row cap. Embedded: the database is opened
    read-only, so the engine refuses writes; --write runs the query on a throwaway copy.
    """
    from .embedded_cypher import run_embedded
    from .neo4j_store import run_cypher, typed_parameter

    if (file is None) == (query is None):
        raise PchgraphError("give a FILE or -e QUERY (one of them)", where="FILE/-e", exit_code=2)
    if file is not None:
        try:
            query = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PchgraphError(f"cannot read query file: {exc}", where=str(file), exit_code=2) from exc
    parameters = dict(typed_parameter(p) for p in params)
    if backend == "auto":
        backend = "neo4j" if os.environ.get("NEO4J_URI") else "embedded"
    if backend == "neo4j":
        result = run_cypher(settings(), query, parameters, write, timeout, limit)
    else:
        result = run_embedded(graph(), query, parameters, write, timeout, limit)
    show(result.rows, result.columns, fmt)
    if result.truncated:
        click.echo(f"pchgraph: showing the first {limit} rows; raise --limit for more", err=True)


def main():
    cli(prog_name="pchgraph")
