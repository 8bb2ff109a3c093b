// LadybugDB's form of spanning.cypher: it has no pattern comprehension, so each site's areas
// come from an OPTIONAL MATCH. Parameters: $kinds (organisation kinds, [] for all), $area (an
// area id, or '' for all); $top is given too but not needed here: the database is in process,
// so every organisation's rows cost little, and pchgraph makes the cut.
MATCH (o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(s:Site)
WHERE (size($kinds) = 0 OR o.kind IN $kinds)
  AND ($area = '' OR EXISTS { MATCH (s)-[:IN_AREA]->(:Area {id: $area}) })
WITH DISTINCT o, s
OPTIONAL MATCH (s)-[:IN_AREA]->(a:Area)
WITH o, s, collect(a.name) AS areas
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       collect({id: s.id, name: s.name, pchs: s.pchs_count, practices: s.practices_count, areas: areas}) AS sites
