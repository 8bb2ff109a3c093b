// Every relationship between nodes pchgraph loaded, with its properties.
MATCH (a:Pchgraph)-[r]->(b:Pchgraph)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
