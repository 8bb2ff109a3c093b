"""The `pchgraph` command: a thin layer over the library functions.

Choices (kinds, metrics, formats, engines) come from the library's registries; each option
means one thing in every command; errors become one line and an exit code in `Cli.invoke`.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
from pathlib import Path

import click

from . import analysis, lookup, report, resources
from . import cache as cache_store
from .cache import collection_paused
from .engines import ENGINES, engine_for, query_file, typed_parameter
from .engines.neo4j_engine import Settings, counts, load, wipe
from .errors import DataError, EngineError, PchgraphError, UsageError
from .export import FORMATS, export, selection
from .export.html import GROUP_BY, SIZE_METRICS
from .files import is_stdout
from .graph import GraphSource, cache_graph, graph_entry_path, load_graph, write_graph
from .now import now_graph
from .output import CSV, JSON, TABLE, ReadingProgress, one_line, render
from .schema import ORG_KINDS, SIDES, SITE

# Nodes beyond which an exact measure takes a while (tens of seconds on a laptop's two cores).
SLOW_EXACT = {"betweenness": 10_000, "closeness": 50_000}
# Library arguments whose command-line spelling is not their name.
SPELLED = {
    "kind": "--kind",
    "a": "A",
    "b": "B",
    "number": "--accept",
    "fmt": "FORMAT",
    "query": "FILE/-e",
    "graph": "--graph",
    "param": "--param",
}
# A command's own spellings for this run (`spell_as`), over the ones above.
SPELLED_HERE = "pchgraph.spelled"


class Cli(click.Group):
    """Turns a PchgraphError, or an operating-system error, anywhere below into one line on
    stderr and its exit status; a closed standard output (``| head -1``) is a quiet exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PchgraphError as exc:
            error_line(self.located(ctx, exc))
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            quiet_stdout()
            ctx.exit(1)
        except OSError as exc:
            error_line(os_error_text(exc))
            ctx.exit(1)
        except (RecursionError, MemoryError) as exc:
            error_line(f"the input is too large or too deeply nested to handle ({exc.__class__.__name__})")
            ctx.exit(1)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "pchgraph"
            click.echo(f"pchgraph: error: {exc.format_message()} (see '{command} --help')", err=True)
            ctx.exit(exc.exit_code)

    def located(self, ctx: click.Context, exc: PchgraphError) -> str:
        """The error with the library's argument names spelled as this command's options."""
        # (an engine's error may name an argument too: 'timeout', when the query ran past it)
        if not isinstance(exc, (UsageError, EngineError)) or not exc.where:
            return str(exc)
        spelled = dict(SPELLED)
        for param in invoked_params(self, ctx):
            spelled[param.name] = param.opts[0] if isinstance(param, click.Option) else param.human_readable_name
        spelled.update(ctx.meta.get(SPELLED_HERE, {}))
        where = ", ".join(spelled.get(part, part) for part in exc.where.split(", "))
        return f"{where}: {exc.message}"


class GivenPath(click.Path):
    """A path the user gives: an empty one is refused ('--sources ""' would otherwise read the
    folder the command runs in, as '.')."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("is empty; give a path", param, ctx)
        return super().convert(value, param, ctx)


def error_line(text: str) -> None:
    """`pchgraph: error: TEXT` on stderr (quietly nothing when stderr itself is gone)."""
    try:
        click.echo(f"pchgraph: error: {one_line(text)}", err=True)
    except OSError:
        pass


def os_error_text(exc: OSError) -> str:
    """An operating-system error as 'path: what', naming both paths of a failed rename."""
    what = exc.strerror or str(exc)
    if exc.filename is None:
        return what
    if exc.filename2 is not None:
        return f"{os.fsdecode(exc.filename)} -> {os.fsdecode(exc.filename2)}: {what}"
    return f"{os.fsdecode(exc.filename)}: {what}"


def quiet_stdout() -> None:
    """Point standard output at the null device, so nothing more is written to a closed pipe or
    a full disk (not even the final flush at exit)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def echo(text: str = "", err: bool = False) -> None:
    """click.echo, with a failure to write standard output named as such (a full disk is one
    error line; a closed pipe stays a BrokenPipeError for `Cli.invoke`)."""
    try:
        click.echo(text, err=err)
    except BrokenPipeError:
        raise
    except OSError as exc:
        quiet_stdout()
        raise DataError(f"cannot write: {exc.strerror or exc}", where="standard error" if err else "standard output") from exc


def spell_as(argument: str, spelling: str) -> None:
    """Name the library's ARGUMENT in this run's errors as SPELLING: the option or file the
    value came from when more than one could have given it."""
    click.get_current_context().meta.setdefault(SPELLED_HERE, {})[argument] = spelling


def invoked_params(group: click.Group, ctx: click.Context) -> list[click.Parameter]:
    """The parameters of the command a group ran (and, below a nested group, of its commands)."""
    command = group.get_command(ctx, ctx.invoked_subcommand) if ctx.invoked_subcommand else None
    if command is None:
        return []
    below = [p for c in command.commands.values() for p in c.params] if isinstance(command, click.Group) else []
    return [*command.params, *below]


def output_options(command):
    """--json / --csv; the default is a readable table."""

    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
    @functools.wraps(command)
    def wrapper(*args, as_json: bool, as_csv: bool, **kwargs):
        if as_json and as_csv:
            raise UsageError("choose one of --json and --csv", where="--json/--csv")
        return command(*args, fmt=JSON if as_json else CSV if as_csv else TABLE, **kwargs)

    return wrapper


def graph_options(command):
    """--graph FILE or --sources DIR; the default is the bundled documents' (cached) graph. The
    command receives a function that loads the graph when called."""

    @click.option(
        "--graph", "graph_file", type=GivenPath(path_type=Path, dir_okay=False), help="A graph file written by 'pchgraph build --out'."
    )
    @click.option(
        "--sources", type=GivenPath(path_type=Path, file_okay=False), help="Read this folder of documents instead of the bundled ones."
    )
    @functools.wraps(command)
    def wrapper(*args, graph_file: Path | None, sources: Path | None, **kwargs):
        if graph_file and sources:
            raise UsageError("choose one of --graph and --sources", where="--graph/--sources")
        loader = GraphSource(
            functools.partial(load_with_progress, graph_file, sources),
            entry=functools.partial(graph_entry_path, graph_file, sources),
            chosen="--graph" if graph_file else "--sources" if sources else None,
            needs_site=sources is not None,
        )
        return command(*args, graph=loader, **kwargs)

    return wrapper


# The graphs loaded in a process that `main` runs, which ends with its one command: they are
# frozen before collection resumes, so the collector never walks their million objects (each
# of its next few passes would: 0.2 s at 100x), and kept to the end, so they are not freed
# object by object just before the process exits (0.5 s at 1000x). None when commands run in
# another program's process (the tests, a notebook), which must be able to collect them.
PROCESS_GRAPHS: list | None = None


def load_with_progress(graph_file: Path | None, sources: Path | None):
    """The graph, with a progress line on standard error while a long read lasts; a folder
    from which no site could be read is an error, as it is for `build`."""
    progress = ReadingProgress()
    try:
        with collection_paused():
            graph = load_graph(graph_file, sources, progress)
            if PROCESS_GRAPHS is not None:
                PROCESS_GRAPHS.append(graph)
                gc.freeze()
    finally:
        progress.close()
    if sources is not None and not any(kind == SITE for _, kind in graph.nodes(data="kind")):
        raise PchgraphError(no_site_message(graph.graph.get("problems", []), str(sources)), where=str(sources))
    if sources is not None:
        warn_of_documents_left_out(graph.graph.get("problems", []), sources)
    return graph


def warn_of_documents_left_out(problems: list[dict], sources: Path) -> None:
    """One line on stderr when some documents of a --sources folder gave nothing (unreadable,
    binary, a scan): an answer that leaves them out should say so, as `build` does."""
    left_out = [p for p in problems if p.get("level") == "error"]
    if left_out:
        first = left_out[0]
        more = and_more(left_out)
        echo(
            one_line(
                f"pchgraph: warning: {first['file']}: {first['message']}{more}; the answer leaves "
                f"{'it' if len(left_out) == 1 else 'them'} out (see 'pchgraph report --sources {sources}')"
            ),
            err=True,
        )


def and_more(items: list) -> str:
    """' and N more' after the first of several items a line names; nothing for one."""
    return f" and {len(items) - 1} more" if len(items) > 1 else ""


NO_SITE = "no site could be read from the documents"


def no_site_message(problems: list[dict], folder: str) -> str:
    """Why a folder gave no site, in one line: the first of the documents' own problems."""
    serious = [p for p in problems if p.get("level") != "info"]
    if not serious:
        return NO_SITE
    first = serious[0]
    where = "" if first["file"] == folder else f"{first['file']}:{first['line']}: " if first.get("line") else f"{first['file']}: "
    more = f" (and {len(serious) - 1} more)" if len(serious) > 1 else ""
    return f"{NO_SITE}: {where}{first['message']}{more}"


def connection_options(command):
    """--uri, --user, --database (else NEO4J_URI, NEO4J_USERNAME, NEO4J_DATABASE); the password
    comes from NEO4J_PASSWORD or a prompt, never from an option. The command receives a function
    that gives the settings, so nothing is asked unless Neo4j is used."""

    @click.option("--uri", help="Neo4j server address (default: $NEO4J_URI, else bolt://localhost:7687).")
    @click.option("--user", help="Neo4j user (default: $NEO4J_USERNAME, else neo4j).")
    @click.option("--database", help="Neo4j database (default: $NEO4J_DATABASE, else the server's default).")
    @functools.wraps(command)
    def wrapper(*args, uri: str | None, user: str | None, database: str | None, **kwargs):
        def settings():
            password = os.environ.get("NEO4J_PASSWORD")
            if password is None and sys.stdin.isatty():
                password = click.prompt("Neo4j password (empty for none)", hide_input=True, default="", show_default=False) or None
            return Settings.from_environment(uri, user, database, password)

        settings.explicit_address = bool(uri or os.environ.get("NEO4J_URI"))
        return command(*args, settings=settings, **kwargs)

    return wrapper


def engine_options(embedded: str, runs_cypher: bool = False):
    """--engine (with the Neo4j connection options and --graph/--sources). The command receives
    the engine. The default is neo4j when a Neo4j address is given (--uri or NEO4J_URI), else
    `embedded`; an explicit address never falls back to another engine. A command that runs
    Cypher offers only the engines that run it."""
    offered = {name: engine for name, engine in ENGINES.items() if engine.dialect or not runs_cypher}

    def decorate(command):
        @click.option(
            "--engine",
            "engine_name",
            type=click.Choice(list(offered)),
            default=None,
            help="Where the answer comes from: "
            + "; ".join(f"{n}: {e.help}" for n, e in offered.items())
            + f". Default: neo4j when a Neo4j address is given (--uri or NEO4J_URI), else {embedded}.",
        )
        @connection_options
        @graph_options
        @functools.wraps(command)
        def wrapper(*args, engine_name: str | None, settings, graph, **kwargs):
            name = engine_name or ("neo4j" if settings.explicit_address else embedded)
            engine = engine_for(name, graph=graph, settings=settings)
            if engine.holds_own_graph and graph.chosen:
                raise UsageError(
                    f"the {name} engine answers from the graph loaded into it ('pchgraph neo4j load'); "
                    f"to answer from {graph.chosen} add --engine {embedded}",
                    where=graph.chosen,
                )
            return command(*args, engine=engine, **kwargs)

        return wrapper

    return decorate


def now_option(command):
    """--now: answer by today's organisations. The command receives the engine or the graph
    loader it would have had, answering from the graph with each 2017 body replaced by its
    successors; afterwards one line on stderr says how many could not be followed."""

    @click.option(
        "--now",
        is_flag=True,
        help="Count by today's organisations: each 2017 body replaced by the bodies that legally succeeded it "
        "(renamed and merged trusts, CCGs to ICBs of 2026, new councils); those that cannot be followed stay as named.",
    )
    @functools.wraps(command)
    def wrapper(*args, now: bool, **kwargs):
        if not now:
            return command(*args, **kwargs)
        if "engine" in kwargs:
            kwargs["engine"] = engine = kwargs["engine"].now()
            today = engine.graph
        else:
            today = kwargs["graph"] = today_loader(kwargs["graph"])
        result = command(*args, **kwargs)
        say_not_followed(today())
        return result

    return wrapper


def today_loader(graph: GraphSource) -> GraphSource:
    """A graph loader giving the graph by today's organisations (loaded and replaced once)."""
    return GraphSource(lambda: now_graph(graph()), chosen=graph.chosen)


def say_not_followed(graph) -> None:
    """One line on stderr: how many organisations --now kept as named, and where they are listed."""
    missing = graph.graph.get("not_followed", [])
    if missing:
        echo(
            f"pchgraph: --now: {len(missing)} organisations kept as named (no successor could be followed); 'pchgraph report' lists them",
            err=True,
        )


def kind_option(command):
    return click.option(
        "--kind", "kinds", multiple=True, type=click.Choice(ORG_KINDS), help="Only organisations of this kind (repeat for several)."
    )(command)


def side_option(default: str, what: str):
    return click.option("--side", type=click.Choice(SIDES), default=default, show_default=True, help=what)


def not_blank(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    """An option's text, refused when given empty: an empty --area or --focus would otherwise
    select nothing less than everything, as if it had not been given."""
    if value is not None and not value.strip():
        raise UsageError("is empty; give a name, or leave the option out", where=parameter.opts[0])
    return value


def area_option(command):
    return click.option("--area", callback=not_blank, help="Only the sites of this STP area (official name, name as written, or id).")(
        command
    )


def top_option(command):
    return click.option("--top", type=click.IntRange(min=1), help="Show the first N rows (and any rows tied with the Nth).")(command)


def show(rows: list[dict], columns: list[str], fmt: str, title: str | None = None) -> None:
    echo(render(rows, columns, fmt, title))


def node_pair(graph, a: str, b: str) -> tuple[str, str]:
    """The nodes two command-line names A and B mean: two, not one named twice."""
    pair = lookup.node_for(graph, a, what="a"), lookup.node_for(graph, b, what="b")
    if pair[0] == pair[1]:
        raise UsageError("A and B name the same node", where="a, b")
    return pair


def where(row: dict) -> str:
    """'file:line' of a row that quotes a source, or nothing."""
    return f"{row['source_file']}:{row['line']}" if row.get("source_file") else ""


def environment_help() -> str:
    return "\n".join(f"  {name:<17} {text}" for name, text in resources.ENVIRONMENT.items())


@click.group(cls=Cli, epilog="\b\nEnvironment:\n" + environment_help())
@click.version_option(package_name="pchgraph")
def cli():
    """Primary care home partnerships as an organisation graph.

    Reads the bundled documents (or your own, with --sources) into sites, organisations and
    partnership edges, each traceable to its file and line.
    """


@cli.command()
@click.option("--sources", type=GivenPath(path_type=Path, file_okay=False), help="Folder of documents (default: the bundled ones).")
@click.option(
    "--out",
    # checked where it is written, as export's OUT is, so both say the same of the same path
    type=GivenPath(path_type=Path),
    help="Graph file to write, '-' for standard output (default: the per-user cache).",
)
def build(sources: Path | None, out: Path | None):
    """Read every document and write the graph (networkx node-link JSON)."""
    # the readers take a tenth of a second to import; only here are they needed
    from .build import build_graph, load_reference_data, read_sources

    sources = sources or resources.sources_dir()
    progress = ReadingProgress()
    # No collection from the reading to the file written: between the steps, each pausing it,
    # it would walk the million objects the step before made, and find nothing to free.
    with collection_paused():
        try:
            corpus = read_sources(sources, progress, meanwhile=load_reference_data)
        finally:
            progress.close()
        if not corpus.sites:
            # one line, as every command gives for such a folder, the first problem in it
            raise PchgraphError(no_site_message([p.as_dict() for p in corpus.problems], str(sources)), where=str(sources))
        for problem in corpus.problems:
            if problem.level != "info":
                echo(f"pchgraph: {one_line(str(problem))}", err=True)
        graph = build_graph(corpus)
        path = write_graph(graph, out) if out else cache_graph(graph, sources)
        if PROCESS_GRAPHS is not None:
            # kept to the process's end, not freed object by object just before it (see PROCESS_GRAPHS)
            PROCESS_GRAPHS.append((corpus, graph))
            gc.freeze()
    to_stderr = bool(out) and is_stdout(out)
    for line in report.summary_lines(graph):
        echo(line, err=to_stderr)
    if not path:
        # the one thing asked of a build without --out is the graph kept for the next command
        raise PchgraphError("the graph was not kept: the cache folder cannot be written; give --out FILE", where="build")
    echo(f"graph written to {path}", err=to_stderr)
    unread = [problem.file for problem in corpus.problems if problem.level == "error"]
    if unread:
        # the graph of the rest is kept, but a script going on from here should know it is partial
        more = and_more(unread)
        raise PchgraphError(f"not every document could be read ({unread[0]}{more}); the graph holds the rest", where=str(sources))


@cli.command()
@graph_options
@output_options
def sites(graph, fmt: str):
    """List the sites read, with their numbers, wave, area and counts."""
    show(report.site_rows(graph()), ["numbers", "name", "wave", "stp_area", "pchs", "practices", "partners", "sources"], fmt)


@cli.command(name="report")
@graph_options
@output_options
def report_command(graph, fmt: str):
    """How many mentions were read and where each went: edges, only mentioned, collective, unresolved."""
    data = report.report_data(graph())
    if fmt == JSON:
        echo(render(data, [], JSON))
    elif fmt == CSV:
        show(report.report_rows(data), ["list", "source_file", "line", "site", "text", "name", "kind", "count", "reason"], CSV)
    else:
        echo(report.report_text(data))


@cli.command()
@kind_option
@area_option
@top_option
@click.option(
    "--include-mentioned",
    is_flag=True,
    help="Count also the sites whose documents only name the organisation (programme owner, funder, regulator), not as a partner.",
)
@engine_options("networkx")
@now_option
@output_options
def spanning(engine, kinds: tuple[str, ...], area: str | None, top: int | None, include_mentioned: bool, fmt: str):
    """Organisations ranked by the number of sites they partner with (ties by name), with the
    PCHs and practices those sites hold and the STP areas they span."""
    show(engine.spanning(kinds, top, area, include_mentioned), ["rank", "name", "kind", "sites", "pchs", "practices", "areas"], fmt)


@cli.command()
@click.option("--metric", type=click.Choice(analysis.METRICS), default="degree", show_default=True, help="The centrality measure.")
@side_option("org", "Rank organisations or sites.")
@kind_option
@area_option
@top_option
@click.option(
    "--sample",
    type=click.IntRange(min=2),
    help="Estimate betweenness or closeness from at most K seeded source nodes: K/4 first, doubled until the first "
    "--top rows (10 without --top) stop changing; the output gives the sample used and whether the rows settled.",
)
@engine_options("networkx")
@now_option
@output_options
def centrality(engine, metric: str, side: str, kinds: tuple[str, ...], area: str | None, top: int | None, sample: int | None, fmt: str):
    """Organisations (or sites, --side site) ranked by centrality in the two-mode partnership graph.

    \b
    The graph measured has organisations on one side and sites on the other (areas left out).
    degree, betweenness, closeness: the bipartite measures on that two-mode graph, normalised
      within each side as networkx's are (betweenness computed by igraph);
      closeness is networkx's bipartite closeness scaled once more by the share of the
      graph a node reaches, so small separate components do not lead.
    --top N shows N rows, and every further row tied with the last one.
    eigenvector, pagerank: no bipartite version exists; they run on the same two-mode graph
      taken as one graph (eigenvector per connected component, scaled by its size).
    --area measures only that area's sites and their partners; --kind filters the rows shown.
    --sample K estimates betweenness or closeness; an estimate's rows carry its sample size
      and whether its first rows were stable (rows without them are exact).
    Every engine measures in Python (igraph, networkx), on the graph it holds.
    """
    graph = engine.graph()
    if sample is None and graph.number_of_nodes() > SLOW_EXACT.get(metric, graph.number_of_nodes()):
        echo(f"pchgraph: exact {metric} on {graph.number_of_nodes():,} nodes takes a while; --sample K estimates it", err=True)
    rows = engine.centrality(metric, kinds, area, top, sample, side)
    columns, title = ["rank", "name", "kind", "score", "links"], None
    if rows and "sample" in rows[0]:
        first = top or analysis.STABLE_TOP
        how = "stable" if rows[0]["stable"] else f"still changing at --sample {sample:,}"
        title = f"estimated from {rows[0]['sample']:,} sampled sources; first {first} {how}"
        columns += ["sample", "stable"] if fmt == CSV else []
    show(rows, columns, fmt, title)


@cli.command()
@click.argument("a")
@click.argument("b")
@engine_options("networkx")
@now_option
@output_options
def shared(engine, a: str, b: str, fmt: str):
    """Two sites: the partners they share. Two organisations: the sites they share."""
    found = engine.shared(*node_pair(engine.names_graph(), a, b))
    rows = [dict(row, sources=list(dict.fromkeys(where(q) for q in row["quotes"]))) for row in found]
    show(rows, ["name", "kind", "sources"], fmt)


@cli.command()
@side_option("site", "Pairs of sites (sharing partners) or of organisations (sharing sites).")
@click.option("--min", "minimum", type=click.IntRange(min=1), default=1, show_default=True, help="Only pairs sharing at least N.")
@kind_option
@area_option
@top_option
@engine_options("networkx")
@now_option
@output_options
def pairs(engine, side: str, minimum: int, kinds: tuple[str, ...], area: str | None, top: int | None, fmt: str):
    """The pairs with most in common, from the weighted one-mode projection: count shared and
    Jaccard similarity (shared / either). --kind counts only organisations of those kinds."""
    show(engine.pairs(side, minimum, top, kinds, area), ["rank", "a", "b", "shared", "jaccard"], fmt)


def depth_option(command):
    return click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="How many partnership steps.")(command)


@cli.command()
@click.argument("name")
@depth_option
@graph_options
@now_option
@output_options
def ego(graph, name: str, depth: int, fmt: str):
    """Everything within DEPTH partnership steps of an organisation or site."""
    local = graph()
    # (an area has no partnerships to step along: it is refused by name, not answered with none)
    show(analysis.ego(local, lookup.node_for(local, name, kinds=(*ORG_KINDS, SITE)), depth), ["distance", "name", "kind", "id"], fmt)


@cli.command()
@click.argument("a")
@click.argument("b")
@graph_options
@now_option
@output_options
def path(graph, a: str, b: str, fmt: str):
    """A shortest chain of partnerships from A to B, each step with the source line that says so."""
    local = graph()
    rows = [dict(row, source=where(row)) for row in analysis.path(local, *node_pair(local, a, b))]
    show(rows, ["step", "from", "relation", "to", "quote", "source"], fmt)


@cli.command()
@side_option("org", "Communities of organisations (sharing sites) or of sites (sharing partners).")
@kind_option
@area_option
@click.option(
    "--method",
    type=click.Choice(analysis.COMMUNITY_METHODS),
    default="leiden",
    show_default=True,
    help="leiden: the Leiden method (modularity); louvain: the Louvain method (igraph's multilevel).",
)
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of the method's random choices, so runs agree.")
@graph_options
@now_option
@output_options
def communities(graph, side: str, kinds: tuple[str, ...], area: str | None, method: str, seed: int, fmt: str):
    """Modularity communities of the weighted one-mode projection (igraph, seeded), largest
    first, with the partition's modularity. --kind counts only organisations of those kinds."""
    rows = analysis.communities(graph(), side, kinds, area, seed, method)
    title = f"{method}, seed {seed}: modularity {rows[0]['modularity']}" if rows else None
    show(rows, ["community", "size", "members"] + (["modularity"] if fmt == CSV else []), fmt, title)


@cli.command(
    name="export",
    help="Write the graph, or the part selected, as FORMAT to OUT ('-' for standard output, except csv).\n\n\b\n"
    + "\n".join(f"{name:<10} {fmt.help}" for name, fmt in FORMATS.items()),
)
@click.argument("fmt", metavar="FORMAT", type=click.Choice(list(FORMATS)))
@click.argument("out", type=GivenPath(path_type=Path))
@kind_option
@area_option
@click.option("--focus", callback=not_blank, help="Only what lies within --depth steps of this organisation or site.")
@depth_option
@click.option(
    "--size-by", type=click.Choice(SIZE_METRICS), default="degree", show_default=True, help="html, svg, png: what sets node size."
)
@click.option(
    "--group-by",
    type=click.Choice(GROUP_BY),
    help="html, svg, png: draw the nodes in regions, by STP area or by (Louvain) community.",
)
@click.option("--title", help="html, svg, png: the heading.")
@graph_options
@now_option
def export_command(
    graph,
    fmt: str,
    out: Path,
    kinds: tuple[str, ...],
    area: str | None,
    focus: str | None,
    depth: int,
    size_by: str,
    group_by: str | None,
    title: str | None,
):
    local = graph()
    focus_id = lookup.node_for(local, focus, what="focus") if focus else None
    part = selection(local, kinds, area, focus_id, depth)
    # The whole graph goes along, so a drawing can say how many sites an organisation has
    # in the whole graph as well as in the part drawn.
    written = list(export(part, fmt, out, title=title, size_by=size_by, group_by=group_by, whole=local))
    # (what was exported is counted once: a format of several files holds it between them)
    counted = f"{part.number_of_nodes()} nodes, {part.number_of_edges()} edges"
    if len(written) == 1:
        echo(f"{written[0]}: {counted}", err=is_stdout(out))
    else:
        echo(f"{out}: {counted}, in {len(written)} files: {', '.join(Path(w).name for w in written)}", err=is_stdout(out))


@cli.command()
@click.argument("name")
@graph_options
@output_options
def org(graph, name: str, fmt: str):
    """One organisation: kind, spellings seen, codes, every site it works with, quoted, and the
    sites whose documents only mention it (relation mentioned_in)."""
    node = lookup.node_for(graph.names(), name, kinds=ORG_KINDS)
    # its succession runs through the bodies that succeeded it, and back through those it
    # succeeded: their records are read too
    profile = lookup.org_profile(lookup.profile_records(graph.around, node), node)
    if fmt == TABLE:
        echo(lookup.profile_text(profile))
    else:
        rows = profile["links"] + profile["mentioned"]
        show(rows if fmt == CSV else [profile], ["site", "relation", "quote", "source_file", "line"], fmt)


@cli.command()
@click.argument("text")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Show the first N rows.")
@graph_options
@output_options
def find(graph, text: str, top: int, fmt: str):
    """Fuzzy search over the names and every spelling of organisations, sites and areas."""
    show(lookup.find(graph.names(), text, top), ["score", "name", "kind", "matched", "id"], fmt)


@cli.command()
@click.option("--accept", type=int, metavar="N", help="Write candidate N into your alias table as proposed (a merge or a split).")
@click.option(
    "--reject",
    type=int,
    metavar="N",
    help="Record that candidate N is wrong (two different bodies, or one name), so it is not proposed again.",
)
@click.option("--why", default="", help="With --accept or --reject: why (kept in the table).")
@click.option(
    "--aliases",
    type=GivenPath(path_type=Path, dir_okay=False),
    help="Your alias table, read and written (default: $PCHGRAPH_ALIASES, else aliases.csv in your config folder).",
)
@graph_options
@output_options
def review(graph, accept: int | None, reject: int | None, why: str, aliases: Path | None, fmt: str):
    """Spellings that may be one organisation, and names that may be two run together; confirm
    one with --accept N --why TEXT, or rule it out with --reject N --why TEXT.

    Decisions go to your own alias table, which is read beside the bundled one; the bundled
    table is never written.
    """
    if accept is not None and reject is not None:
        raise UsageError("choose one of --accept and --reject", where="--accept/--reject")
    if why and accept is None and reject is None:
        raise UsageError("goes with --accept N or --reject N", where="--why")
    from .resolve import review as reviewing  # imports the readers, which no other query needs

    with resources.chosen_aliases(aliases):
        rows = reviewing.review_candidates(graph())
        if accept is None and reject is None:
            show(rows, ["number", "proposal", "score", "kind", "keep", "merge"], fmt)
            return
        decide, number, option = (reviewing.accept, accept, "--accept") if accept is not None else (reviewing.reject, reject, "--reject")
        spell_as("number", option)
        entry = decide(rows, number, why, aliases)
    table = str(aliases or resources.user_alias_path())
    if fmt == TABLE:
        echo(f"alias table {table}: {entry.get('action', 'same')} '{entry['alias']}' / '{entry['canonical']}'; rebuild to apply")
    else:
        show([{"alias_table": table, **entry}], ["alias_table", *entry], fmt)


@cli.group()
def neo4j():
    """Load the graph into a Neo4j server (yours, or the test one) and manage what was loaded.

    Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (or --uri, --user,
    --database; the password only from the environment or a prompt).
    """


@neo4j.command("load")
@click.option("--wipe", is_flag=True, help="First remove what pchgraph loaded before (nothing else).")
@click.option("--batch", "batch_size", type=click.IntRange(min=1), default=1000, show_default=True, help="Rows per UNWIND statement.")
@connection_options
@graph_options
def neo4j_load(graph, wipe: bool, batch_size: int, settings):
    """Load the graph: constraints and indexes first, then batched MERGE statements from cypher/load/.

    Everything is loaded in one transaction: a failure leaves the database as it was, and
    loading again gives the same counts.
    """
    connection = settings()
    before = 0 if wipe else counts(connection)["nodes"]
    say_counts(connection, load(graph(), connection, wipe=wipe, batch_size=batch_size))
    if before:
        # loading another graph over one already there merges the two: say so, once
        echo(f"pchgraph: merged into the {before} pchgraph nodes already there (--wipe replaces them)", err=True)


@neo4j.command("wipe")
@connection_options
def neo4j_wipe(settings):
    """Remove what pchgraph loaded (nodes labelled :Pchgraph and their relationships) and nothing else."""
    connection = settings()
    say_counts(connection, wipe(connection))


@neo4j.command("status")
@connection_options
def neo4j_status(settings):
    """How many pchgraph nodes and relationships the database holds."""
    connection = settings()
    say_counts(connection, counts(connection))


def say_counts(connection, found: dict) -> None:
    echo(f"{connection.uri}: {found['nodes']} pchgraph nodes, {found['relationships']} relationships")


@cli.group()
def cache():
    """The per-user cache of built graphs and embedded databases ($PCHGRAPH_CACHE).

    Entries are keyed on the content of the documents, the alias tables, the reference data and
    pchgraph itself; the newest few are kept. Nothing in the cache is needed for an answer.
    """


@cache.command("info")
@output_options
def cache_info(fmt: str):
    """Where the cache is and what it holds."""
    found = cache_store.info()
    if fmt == TABLE:
        echo(f"{found['folder']}: {len(found['entries'])} entries, {found['bytes']:,} bytes")
    show(found["entries"], ["name", "bytes", "age_days"], fmt)


@cache.command("clear")
def cache_clear():
    """Remove every cache entry (and nothing else)."""
    echo(f"{resources.cache_dir()}: {cache_store.clear()} entries removed")


def bundled_queries() -> dict[str, Path]:
    """The ready queries shipped in cypher/queries/, by name (engine-specific forms left out)."""
    folder = resources.cypher_dir() / "queries"
    return {p.name.removesuffix(".cypher"): p for p in sorted(folder.glob("*.cypher")) if p.name.count(".") == 1}


def query_text(file: str | None, query: str | None, dialect: str | None) -> str:
    """The Cypher to run: -e QUERY, a FILE (in the engine's own form when one stands beside it),
    or the name of a bundled query."""
    if (file is None) == (query is None):
        raise UsageError("give a FILE (or a bundled query's name) or -e QUERY, one of them", where="FILE/-e")
    if query is not None:
        return query
    path = Path(file)
    if not path.is_file() and file in bundled_queries():
        path = bundled_queries()[file]
    try:
        # (an editor on Windows starts the file with a byte-order mark, no part of the query)
        text = query_file(path, dialect).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise UsageError(f"no such query file or bundled query (bundled: {', '.join(bundled_queries())})", where=file) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read query file: {exc}", where=file) from exc
    if not text.strip():
        raise UsageError("the query file is empty", where=file)
    return text


@cli.command()
@click.argument("file", required=False)
@click.option("-e", "--execute", "query", help="The query itself instead of a FILE.")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help='A query parameter; VALUE is read as JSON when it is JSON (10, true, ["a"]), else as text.',
)
@click.option("--write", is_flag=True, help="Allow a query that changes the database (ladybug: on a throwaway copy).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds before the query is stopped.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True, help="Most rows returned (a cap, not a ranking).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and their purpose.")
@engine_options("ladybug", runs_cypher=True)
@output_options
def cypher(
    file: str | None,
    query: str | None,
    params: tuple[str, ...],
    write: bool,
    timeout: float,
    limit: int,
    list_queries: bool,
    engine,
    fmt: str,
):
    """Run Cypher from FILE (a path, or a bundled query's name such as trusts_spanning_most_sites),
    or -e QUERY, on Neo4j or on the embedded LadybugDB.

    Read-only unless --write, on both engines: first the query must pass an allow-list of read
    clauses (MATCH, OPTIONAL MATCH, WHERE, WITH, RETURN, UNWIND, ORDER BY, SKIP, LIMIT, UNION,
    CALL of a read-only procedure), so nothing writes a file or reaches the network (COPY … TO,
    EXPORT, INSTALL, LOAD FROM/LOAD CSV are refused even with --write). On Neo4j the EXPLAIN plan
    must also say it only reads and it runs in a read transaction; on LadybugDB the database is
    opened read-only and --write runs the query on a throwaway copy. Every query has a timeout
    and a row cap, and a text over 100,000 characters is refused.
    Where a query file has a form for the engine's dialect beside it (NAME.ladybug.cypher), that
    form runs.
    """
    if list_queries:
        rows = [{"name": name, "purpose": purpose_of(path)} for name, path in bundled_queries().items()]
        show(rows, ["name", "purpose"], fmt)
        return
    text = query_text(file, query, engine.dialect)
    parameters = dict(typed_parameter(p) for p in params)
    if file is not None:
        # what is wrong with the query is wrong with the file it came from
        spell_as("query", file)
    result = engine.cypher(text, parameters, write, timeout, limit)
    show(result.rows, result.columns, fmt)
    if result.truncated:
        echo(f"pchgraph: showing the first {limit} rows; raise --limit for more", err=True)


def purpose_of(path: Path) -> str:
    """The '// Purpose:' line of a query file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("// Purpose:"):
            return line.removeprefix("// Purpose:").strip()
    return ""


def main():
    """The `pchgraph` command: every error is one line (see `Cli`), including one met while
    flushing standard output at the end (a full disk); a closed pipe is a quiet exit."""
    global PROCESS_GRAPHS
    # A list that holds itself: the interpreter clearing this module on the way out does not
    # free it (frozen, the collector never takes it), so its graphs go with the process.
    PROCESS_GRAPHS = []
    PROCESS_GRAPHS.append(PROCESS_GRAPHS)
    try:
        cli(prog_name="pchgraph")
    except SystemExit as done:
        code = done.code
    else:  # pragma: no cover - click always exits
        code = 0
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()
        code = code or 1
    except OSError as exc:
        quiet_stdout()
        error_line(f"standard output: cannot write: {exc.strerror or exc}")
        code = code or 1
    # The process ends here: frozen, what it holds (its graphs too) is not walked by the
    # interpreter's last collections on the way out, nor its cycles freed one by one.
    gc.freeze()
    sys.exit(code)
