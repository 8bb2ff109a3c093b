// LadybugDB's form of shared_partners.cypher: it cannot read properties of a collected relationship
// list, so the quotes are collected as maps. Parameters as there.
MATCH (a:Site {id: $a})<-[ra:PARTNER_OF|MEMBER_OF]-(o:Organisation)-[rb:PARTNER_OF|MEMBER_OF]->(b:Site {id: $b})
WITH o, collect(DISTINCT {quote: ra.mention, source_file: ra.source_file, line: ra.line})
     + collect(DISTINCT {quote: rb.mention, source_file: rb.source_file, line: rb.line}) AS quotes
RETURN o.id AS id, o.name AS name, o.kind AS kind, quotes
