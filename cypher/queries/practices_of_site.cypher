// Purpose: the GP practices named as members of a site, with their ODS codes and 2022 PCNs.
// Parameters: $site (string) - the site's name.
// Example: pchgraph cypher cypher/queries/practices_of_site.cypher --param "site=Haywards Heath"
MATCH (p:Organisation)-[m:MEMBER_OF]->(s:Site {name: $site})
WHERE p.kind = 'practice'
RETURN p.name AS practice, p.ods_code AS ods_code, p.pcn_2022_name AS pcn_2022, m.source_file AS source_file, m.line AS line
ORDER BY practice
