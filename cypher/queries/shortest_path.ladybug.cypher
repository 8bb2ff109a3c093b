// LadybugDB's form of shortest_path.cypher (same name, parameters and columns): LadybugDB
// spells a shortest path `* SHORTEST`, and takes the names with properties(nodes(p), 'name')
// since it has no list comprehension over a path's nodes.
MATCH (a:Organisation {name: $a}), (b:Organisation {name: $b})
MATCH p = (a)-[:PARTNER_OF|MEMBER_OF* SHORTEST 1..12]-(b)
RETURN properties(nodes(p), 'name') AS chain, length(p) AS steps
