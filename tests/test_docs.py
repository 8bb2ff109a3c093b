"""Habits that keep the project readable: every command and option has help and is in the
README, every environment variable is in --help and the README, the README's layout section
matches the tree, and imports run down the pipeline with no circle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from pchgraph.cli import cli
from pchgraph.resources import ENVIRONMENT

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "pchgraph"
README = (ROOT / "README.md").read_text(encoding="utf-8")
# The pipeline, lowest first: a module may import only from its own layer or below.
LAYERS = [
    {"errors"},
    {"schema", "names", "resources", "output", "files", "cache", "parallel"},
    {"readers"},
    {"resolve"},
    {"graph", "build", "sitelists", "neighbourhoods"},
    {"lookup", "now"},
    {"analysis", "report", "matrices", "measures"},
    {"engines", "export"},
    {"cli"},
    {"__init__", "__main__"},
]


def commands(group: click.Group = cli, prefix: str = "pchgraph"):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from commands(command, f"{prefix} {name}")


COMMANDS = list(commands())


@pytest.mark.parametrize("path, command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help_and_is_in_the_readme(path, command):
    assert (command.help or "").strip(), f"{path} has no help"
    assert f"`{path}" in README or f"$ {path}" in README, f"{path} is not in the README"


@pytest.mark.parametrize("path, command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_option_has_help_and_is_in_the_readme(path, command):
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"{path} {param.opts[0]} has no help"
            for opt in param.opts:
                if opt.startswith("--"):
                    assert re.search(rf"{re.escape(opt)}\b", README), f"{path} {opt} is not in the README"


def test_every_environment_variable_is_in_help_and_readme():
    text = CliRunner().invoke(cli, ["--help"]).output
    for name in ENVIRONMENT:
        assert name in text, f"{name} is not in 'pchgraph --help'"
        assert name in README, f"{name} is not in the README"


def test_the_readme_layout_section_matches_the_tree():
    section = README.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^ {2,}([\w_]+(?:/|\.py))", section, re.M))
    present = {p.name + "/" for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith("__")}
    present |= {p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")}
    for folder in [p for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith("__")]:
        present |= {p.name for p in folder.glob("*.py") if p.name != "__init__.py"}
    assert listed == present


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts) or "__init__"


def project_imports(path: Path) -> set[str]:
    """The pchgraph modules a file imports, at the top or inside functions."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1] if node.level > 1 else package
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            if node.module is None or not target:
                found |= {".".join([*base, alias.name]) for alias in node.names}
            else:
                found.add(target)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pchgraph"):
            found.add(node.module.removeprefix("pchgraph").lstrip(".") or "__init__")
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    return {m for m in found if m in modules and m != name}


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in PACKAGE.rglob("*.py"):
        graph.add_node(module_name(path))
        graph.add_edges_from((module_name(path), target) for target in project_imports(path))
    return graph


def test_there_is_no_import_circle():
    cycles = list(nx.simple_cycles(import_graph()))
    assert not cycles


def test_imports_run_down_the_pipeline():
    layer = {name: i for i, names in enumerate(LAYERS) for name in names}
    graph = import_graph()
    assert set(n.split(".")[0] for n in graph) <= set(layer), "a module is in no layer"
    upward = [(a, b) for a, b in graph.edges if layer[b.split(".")[0]] > layer[a.split(".")[0]]]
    assert not upward
