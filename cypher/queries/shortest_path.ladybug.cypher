// LadybugDB's form of shortest_path.cypher (same name, parameters and columns): LadybugDB
// spells a shortest path `* SHORTEST`, and takes the names with properties(nodes(p), 'name')
// since it has no list comprehension over a path's nodes; a spelling is looked up with list_contains.
MATCH (a:Organisation)
WHERE a.name = $a OR a.official_name = $a OR list_contains(a.aliases, $a) OR a.ods_code = upper($a) OR a.gss_code = upper($a)
MATCH (b:Organisation)
WHERE b.name = $b OR b.official_name = $b OR list_contains(b.aliases, $b) OR b.ods_code = upper($b) OR b.gss_code = upper($b)
MATCH p = (a)-[:PARTNER_OF|MEMBER_OF* SHORTEST 1..12]-(b)
RETURN properties(nodes(p), 'name') AS chain, length(p) AS steps
