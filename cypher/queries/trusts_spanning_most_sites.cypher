// Purpose: the NHS trusts that partner with the most primary care home sites.
// Parameters: $top (integer) - how many trusts to return (exactly $top: trusts tied with the last are cut by name; pchgraph spanning --kind trust --top N keeps them).
// Example: pchgraph cypher cypher/queries/trusts_spanning_most_sites.cypher --param top=10
MATCH (t:Organisation)-[:PARTNER_OF]->(s:Site)
WHERE t.kind = 'trust'
WITH t, count(DISTINCT s) AS sites
RETURN t.name AS trust, t.ods_code AS ods_code, sites
ORDER BY sites DESC, trust
LIMIT $top
