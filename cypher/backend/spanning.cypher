// `pchgraph spanning --engine neo4j`: each organisation with the sites it partners with.
// Parameters: $kinds (organisation kinds, [] for all), $area (an area id, or '' for all).
// Ranking and ties are done by pchgraph exactly as for the embedded graph.
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($area = '' OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH o, collect(DISTINCT s) AS sites
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       [s IN sites | {id: s.id, name: s.name, pchs: s.pchs_count, practices: s.practices_count,
                      areas: [(s)-[:IN_AREA]->(a:Area) | a.name]}] AS sites
