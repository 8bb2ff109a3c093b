// Purpose: the primary care home sites of one STP area, with their numbers of PCHs and practices.
// Parameters: $area (string) - the area's official 2017 name.
// Example: pchgraph cypher cypher/queries/sites_of_area.cypher --param "area=Kent and Medway"
MATCH (s:Site)-[:IN_AREA]->(a:Area {name: $area})
RETURN s.name AS site, s.pchs_count AS pchs, s.practices_count AS practices
ORDER BY site
