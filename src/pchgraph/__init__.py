"""pchgraph: primary care home partnerships as an organisation relationship graph.

The pipeline is sources -> organisations -> graph -> analysis / storage / rendering:

>>> import pchgraph
>>> graph = pchgraph.load_graph()
>>> pchgraph.spanning(graph, kind="trust", top=1)[0]["sites"] >= 5
True
"""

__version__ = "0.1.0"

from .analysis import spanning  # noqa: E402
from .graph import build_graph, load_graph, read_graph, write_graph  # noqa: E402
from .sources import read_sources  # noqa: E402

__all__ = ["__version__", "build_graph", "load_graph", "read_graph", "read_sources", "spanning", "write_graph"]
