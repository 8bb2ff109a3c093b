// Purpose: a shortest chain of partnerships joining two organisations, through the sites they work with.
// Parameters: $a, $b (strings) - the two organisations' names.
// Example: pchgraph cypher cypher/queries/shortest_path.cypher --param "a=Sussex Community Foundation NHS Trust" --param "b=Kent County Council"
MATCH (a:Organisation {name: $a}), (b:Organisation {name: $b})
MATCH p = shortestPath((a)-[:PARTNER_OF|MEMBER_OF*..12]-(b))
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS steps
