// Purpose: the organisations whose partner sites lie in the most STP areas (who bridges regions).
// Parameters: $top (integer) - how many organisations to return.
// Example: pchgraph cypher cypher/queries/orgs_spanning_most_areas.cypher --param top=10
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)-[:IN_AREA]->(a:Area)
WITH o, count(DISTINCT a) AS areas, count(DISTINCT s) AS sites
RETURN o.name AS organisation, o.kind AS kind, areas, sites
ORDER BY areas DESC, sites DESC, organisation
LIMIT $top
