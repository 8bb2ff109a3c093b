// How much of the database pchgraph loaded.
RETURN COUNT { MATCH (:Pchgraph) } AS nodes,
       COUNT { MATCH (:Pchgraph)-[]->(:Pchgraph) } AS relationships
