// Purpose: the organisations two sites both name as partners.
// Parameters: $a, $b (strings) - the two sites' names, as pchgraph sites lists them.
// Example: pchgraph cypher cypher/queries/shared_partners.cypher --param "a=South Camden Primary Care Neighbourhood" --param "b=Hampstead Primary Care Neighbourhood"
MATCH (a:Site {name: $a})<-[:PARTNER_OF|MEMBER_OF]-(o:Organisation)-[:PARTNER_OF|MEMBER_OF]->(b:Site {name: $b})
RETURN DISTINCT o.name AS partner, o.kind AS kind
ORDER BY kind, partner
