"""pchgraph: primary care home partnerships as an organisation relationship graph.

The pipeline is readers -> resolve -> graph -> analysis / engines / export, and each step is a
plain function a notebook can call:

>>> import pchgraph
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("site:a", kind="site", name="A"); g.add_node("org:t", kind="trust", name="T")
>>> _ = g.add_edge("org:t", "site:a", kind="partner_of")
>>> pchgraph.spanning(g, kind="trust")[0]["sites"]
1

``pchgraph.load_graph()`` gives the graph of the bundled documents. Names are imported on first
use, so `import pchgraph` stays quick.
"""

from __future__ import annotations

import importlib
import sys
import types

__version__ = "0.2.0"

PUBLIC = {
    "read_sources": "readers",
    "build_graph": "build",
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
    "now_graph": "now",
    "organisations_now": "now",
    "chain_rows": "now",
    "find": "lookup",
    "node_for": "lookup",
    "org_profile": "lookup",
    "site_profile": "lookup",
    "report_data": "report",
    "site_rows": "report",
    "selection": "export",
    "export": "export",
    "write_html": "export.html",
    "engine_for": "engines",
    "Settings": "engines.neo4j_engine",
    "load_into_neo4j": "engines.neo4j_engine",
    "run_cypher": "engines.neo4j_engine",
    "PchgraphError": "errors",
    "UsageError": "errors",
    "DataError": "errors",
    "EngineError": "errors",
}
ALIASES = {"load_into_neo4j": "load"}

__all__ = ["__version__", *PUBLIC]


def __getattr__(name: str):
    # Lazy: the CLI and `import pchgraph` need not load networkx, rapidfuzz or the engines.
    if name in PUBLIC:
        module = importlib.import_module(f".{PUBLIC[name]}", __name__)
        value = getattr(module, ALIASES.get(name, name))
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pchgraph' has no attribute '{name}'")


def __dir__():
    return sorted(__all__)


class _Package(types.ModuleType):
    """The package, whose public names outlive its subpackages of the same name."""

    def __setattr__(self, name: str, value) -> None:
        # Importing a subpackage binds it to the package's attribute of its name ('export'),
        # which would hide the public function of that name: the function is kept (the
        # subpackage is still sys.modules['pchgraph.export'] to every import).
        if isinstance(value, types.ModuleType) and PUBLIC.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
