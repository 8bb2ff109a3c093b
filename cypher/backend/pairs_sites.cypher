// `pchgraph pairs --type site --backend neo4j`: pairs of sites, the partners they share, and how
// many partners either has (for Jaccard). Parameters: $kind (count only organisations of this
// kind, or null), $area (an area id, or null).
MATCH (s:Site)<-[:PARTNER_OF|MEMBER_OF]-(o:Organisation)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($area IS NULL OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH s, collect(DISTINCT o.id) AS partners
WITH collect({id: s.id, name: s.name, partners: partners}) AS sites
UNWIND sites AS a
UNWIND sites AS b
WITH a, b WHERE a.id < b.id
WITH a, b, [p IN a.partners WHERE p IN b.partners] AS common
WHERE size(common) > 0
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, size(common) AS shared,
       size(a.partners) + size(b.partners) - size(common) AS either
