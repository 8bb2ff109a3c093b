// `pchgraph pairs --side org --engine neo4j`: pairs of organisations, the sites they share, and
// how many sites either works with (for Jaccard). Parameters: $kinds (only organisations of these
// kinds, [] for all), $area (only sites of this area id, or '' for all).
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($area = '' OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH o, collect(DISTINCT s.id) AS sites
WITH collect({id: o.id, name: o.name, sites: sites}) AS organisations
UNWIND organisations AS a
UNWIND organisations AS b
WITH a, b WHERE a.id < b.id
WITH a, b, [s IN a.sites WHERE s IN b.sites] AS common
WHERE size(common) > 0
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, size(common) AS shared,
       size(a.sites) + size(b.sites) - size(common) AS either
