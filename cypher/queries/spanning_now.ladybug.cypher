// LadybugDB form of spanning_now.cypher: its WITH takes no ORDER BY without LIMIT, so the names are sorted with list_sort.
MATCH (o:Organisation)-[:PARTNER_OF]->(s:Site)
UNWIND coalesce(o.now, [o.id]) AS today
MATCH (t:Organisation {id: today})
WHERE t.kind = $kind
WITH t, count(DISTINCT s) AS sites, list_sort(collect(DISTINCT o.name)) AS named_as
RETURN t.name AS organisation, coalesce(t.ods_code, t.gss_code) AS code, sites, named_as
ORDER BY sites DESC, organisation
LIMIT $top
