// LadybugDB's form of pairs_orgs.cypher: it has no list comprehension, so the common part is
// taken with list_filter. Parameters as there.
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($area = '' OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH o, collect(DISTINCT s.id) AS sites
WITH collect({id: o.id, name: o.name, sites: sites}) AS organisations
UNWIND organisations AS a
UNWIND organisations AS b
WITH a, b WHERE a.id < b.id
WITH a, b, list_filter(a.sites, x -> list_contains(b.sites, x)) AS common
WHERE size(common) > 0
RETURN a.id AS a_id, a.name AS a, b.id AS b_id, b.name AS b, size(common) AS shared,
       size(a.sites) + size(b.sites) - size(common) AS either
