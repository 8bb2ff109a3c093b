// `pchgraph spanning --backend neo4j`: each organisation with the sites it partners with.
// Parameters: $kind (an organisation kind, or null for all), $area (an area id, or null).
// Ranking and ties are done by pchgraph exactly as for the embedded graph.
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($area IS NULL OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH o, collect(DISTINCT s) AS sites
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       [s IN sites | {id: s.id, name: s.name, pchs: s.pchs_count, practices: s.practices_count,
                      areas: [(s)-[:IN_AREA]->(a:Area) | a.name]}] AS sites
