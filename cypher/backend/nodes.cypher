// Every node pchgraph loaded, with its properties (to rebuild the graph from Neo4j).
MATCH (n:Pchgraph)
RETURN n.id AS id, properties(n) AS props
