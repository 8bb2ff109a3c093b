"""The default engine: the graph in memory, answered by networkx. No server, no set-up."""

from __future__ import annotations

from .base import Engine, register


@register
class NetworkxEngine(Engine):
    """Answers from the networkx graph of the documents (or of a graph file); runs no Cypher."""

    name = "networkx"
    help = "the graph in memory (default; no server)"
