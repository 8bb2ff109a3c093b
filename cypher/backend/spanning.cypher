// `pchgraph spanning --engine neo4j`: each organisation with the sites it partners with.
// Parameters: $kinds (organisation kinds, [] for all), $area (an area id, or '' for all), $top
// (0 for all). Ranking and ties are done by pchgraph exactly as for the embedded graph; $top
// only spares the server the sites' details of organisations that cannot reach the table: it
// keeps every organisation with at least as many sites as the $top-th, so ties at the cut stay.
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($area = '' OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH o, collect(DISTINCT s) AS sites
ORDER BY size(sites) DESC
WITH collect({o: o, sites: sites}) AS found
WITH found, CASE WHEN $top > 0 AND $top < size(found) THEN size(found[$top - 1].sites) ELSE 0 END AS least
UNWIND found AS f
WITH f.o AS o, f.sites AS sites, least
WHERE size(sites) >= least
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       [s IN sites | {id: s.id, name: s.name, pchs: s.pchs_count, practices: s.practices_count,
                      areas: [(s)-[:IN_AREA]->(a:Area) | a.name]}] AS sites
