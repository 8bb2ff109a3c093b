// `pchgraph pairs --side site --engine neo4j`: pairs of sites, the partners they share, and how
// many partners either has (for Jaccard). Parameters: $kinds (count only organisations of
// these kinds, [] for all), $area (an area id, or '' for all).
MATCH (s:Site)<-[:PARTNER_OF|MEMBER_OF]-(o:Organisation)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($area = '' OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH s, collect(DISTINCT o.id) AS partners
WITH collect({id: s.id, name: s.name, partners: partners}) AS sites
UNWIND sites AS a
UNWIND sites AS b
WITH a, b WHERE a.id < b.id
WITH a, b, [p IN a.partners WHERE p IN b.partners] AS common
WHERE size(common) > 0
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, size(common) AS shared,
       size(a.partners) + size(b.partners) - size(common) AS either
