"""The `pchgraph` command: a thin layer over the library functions."""

from __future__ import annotations

import functools
from pathlib import Path

import click

from .errors import PchgraphError
from .output import CSV, JSON, TABLE, render

KINDS = ("practice", "trust", "ccg", "council", "charity", "federation", "nhs_body", "other")


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


def graph_options(command):
    """--graph FILE or --sources DIR; the default is the bundled documents' (cached) graph."""

    @click.option("--graph", "graph_file", type=click.Path(path_type=Path, dir_okay=False), help="A graph file written by 'pchgraph build --out'.")
    @click.option("--sources", type=click.Path(path_type=Path, file_okay=False), help="Build from this folder of documents instead.")
    @functools.wraps(command)
    def wrapper(*args, graph_file: Path | None, sources: Path | None, **kwargs):
        from .graph import load_graph

        if graph_file and sources:
            raise PchgraphError("choose one of --graph and --sources", where="--graph/--sources", exit_code=2)
        return command(*args, graph=load_graph(graph_file, sources), **kwargs)

    return wrapper


def show(rows: list[dict], columns: list[str], fmt: str, title: str | None = None) -> None:
    click.echo(render(rows, columns, fmt, title))


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
    from .graph import build_graph, cached_graph_path, write_graph
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
    path = write_graph(graph, out or cached_graph_path(sources))
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


@cli.command()
@click.option("--type", "kind", help="Only organisations of this kind (trust, ccg, council, charity, federation, nhs_body, practice, other).")
@click.option("--top", type=click.IntRange(min=1), help="Show the first N rows.")
@graph_options
@output_options
def spanning(graph, kind: str | None, top: int | None, fmt: str):
    """Organisations ranked by the number of sites they partner with."""
    from .analysis import spanning as ranked

    show(ranked(graph, kind, top), ["rank", "name", "kind", "sites", "pchs", "practices", "areas"], fmt)


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


def main():
    cli(prog_name="pchgraph")
