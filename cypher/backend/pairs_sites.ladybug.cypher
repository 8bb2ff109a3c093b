// LadybugDB's form of pairs_sites.cypher: it has no list comprehension, so the common part is
// taken with list_filter. Parameters as there.
MATCH (s:Site)<-[:PARTNER_OF|MEMBER_OF]-(o:Organisation)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($area = '' OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH s, collect(DISTINCT o.id) AS partners
WITH collect({id: s.id, name: s.name, partners: partners}) AS sites
UNWIND sites AS a
UNWIND sites AS b
WITH a, b WHERE a.id < b.id
WITH a, b, list_filter(a.partners, x -> list_contains(b.partners, x)) AS common
WHERE size(common) > 0
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, size(common) AS shared,
       size(a.partners) + size(b.partners) - size(common) AS either
