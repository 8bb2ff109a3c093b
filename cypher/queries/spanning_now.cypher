// Purpose: today's organisations of one kind (renamed and merged trusts, the ICBs CCGs became, new councils) ranked by the 2017 sites their predecessors partnered.
// Parameters: $kind (text) - trust, ccg, icb, council, ...; $top (integer) - how many to return.
// Example: pchgraph cypher cypher/queries/spanning_now.cypher --param kind=icb --param top=10
MATCH (o:Organisation)-[:PARTNER_OF]->(s:Site)
UNWIND coalesce(o.now, [o.id]) AS today
MATCH (t:Organisation {id: today})
WHERE t.kind = $kind
WITH t, s, o ORDER BY o.name
WITH t, count(DISTINCT s) AS sites, collect(DISTINCT o.name) AS named_as
RETURN t.name AS organisation, coalesce(t.ods_code, t.gss_code) AS code, sites, named_as
ORDER BY sites DESC, organisation
LIMIT $top
