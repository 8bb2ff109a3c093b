"""pchgraph: primary care home partnerships as an organisation relationship graph.

The pipeline is sources -> organisations -> graph -> analysis / storage / rendering, and each
step is a plain function a notebook can call:

>>> import pchgraph
>>> graph = pchgraph.load_graph()
>>> pchgraph.spanning(graph, kind="trust", top=1)[0]["sites"]
9

Names are imported on first use, so `import pchgraph` (and the CLI) starts quickly.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

PUBLIC = {
    "read_sources": "sources",
    "build_graph": "graph",
    "load_graph": "graph",
    "read_graph": "graph",
    "write_graph": "graph",
    "spanning": "analysis",
    "centrality": "analysis",
    "shared": "analysis",
    "pairs": "analysis",
    "ego": "analysis",
    "path": "analysis",
    "communities": "analysis",
    "projection": "analysis",
    "partnership_graph": "analysis",
    "find": "lookup",
    "node_for": "lookup",
    "org_profile": "lookup",
    "site_profile": "lookup",
    "report_data": "report",
    "site_rows": "report",
    "selection": "export",
    "export": "export",
    "write_html": "html_export",
    "Settings": "neo4j_store",
    "load_into_neo4j": "neo4j_store",
    "run_cypher": "neo4j_store",
    "PchgraphError": "errors",
}
ALIASES = {"load_into_neo4j": "load"}

__all__ = ["__version__", *PUBLIC]


def __getattr__(name: str):
    if name in PUBLIC:
        module = importlib.import_module(f".{PUBLIC[name]}", __name__)
        value = getattr(module, ALIASES.get(name, name))
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pchgraph' has no attribute '{name}'")


def __dir__():
    return sorted(__all__)
