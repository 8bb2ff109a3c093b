// `pchgraph pairs --type org --backend neo4j`: pairs of organisations, the sites they share, and
// how many sites either works with (for Jaccard). Parameters: $kind (only organisations of this
// kind, or null), $area (only sites of this area id, or null).
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($area IS NULL OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH o, collect(DISTINCT s.id) AS sites
WITH collect({id: o.id, name: o.name, sites: sites}) AS organisations
UNWIND organisations AS a
UNWIND organisations AS b
WITH a, b WHERE a.id < b.id
WITH a, b, [s IN a.sites WHERE s IN b.sites] AS common
WHERE size(common) > 0
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, size(common) AS shared,
       size(a.sites) + size(b.sites) - size(common) AS either
