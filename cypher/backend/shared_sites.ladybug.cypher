// LadybugDB's form of shared_sites.cypher: it cannot read properties of a collected relationship
// list, so the quotes are collected as maps. Parameters as there.
MATCH (a:Organisation {id: $a})-[ra:PARTNER_OF|MEMBER_OF]->(s:Site)<-[rb:PARTNER_OF|MEMBER_OF]-(b:Organisation {id: $b})
WITH s, collect(DISTINCT {quote: ra.mention, source_file: ra.source_file, line: ra.line})
     + collect(DISTINCT {quote: rb.mention, source_file: rb.source_file, line: rb.line}) AS quotes
RETURN s.id AS id, s.name AS name, s.kind AS kind, quotes
