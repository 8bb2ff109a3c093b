// Purpose: a shortest chain of partnerships joining two organisations, through the sites they work with.
// Parameters: $a, $b (strings) - the two organisations: a name shown, official name, any spelling written, or an official code (ODS or GSS).
// Example: pchgraph cypher cypher/queries/shortest_path.cypher --param "a=Sussex Community Foundation NHS Trust" --param "b=E10000016"
MATCH (a:Organisation)
WHERE a.name = $a OR a.official_name = $a OR $a IN a.aliases OR a.ods_code = toUpper($a) OR a.gss_code = toUpper($a)
MATCH (b:Organisation)
WHERE b.name = $b OR b.official_name = $b OR $b IN b.aliases OR b.ods_code = toUpper($b) OR b.gss_code = toUpper($b)
MATCH p = shortestPath((a)-[:PARTNER_OF|MEMBER_OF*..12]-(b))
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS steps
