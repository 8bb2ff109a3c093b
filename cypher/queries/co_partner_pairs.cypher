// Purpose: pairs of organisations that partner with the same sites most often.
// Parameters: $min (integer) - fewest shared sites for a pair; $top (integer) - how many pairs.
// Example: pchgraph cypher cypher/queries/co_partner_pairs.cypher --param min=3 --param top=10
MATCH (a:Organisation)-[:PARTNER_OF]->(s:Site)<-[:PARTNER_OF]-(b:Organisation)
WHERE a.name < b.name
WITH a, b, count(DISTINCT s) AS shared
WHERE shared >= $min
RETURN a.name AS first, b.name AS second, shared
ORDER BY shared DESC, first, second
LIMIT $top
