// `pchgraph shared --engine neo4j` for two organisations: the sites both work with, with quotes.
// Parameters: $a, $b (organisation ids).
MATCH (a:Organisation {id: $a})-[ra:PARTNER_OF|MEMBER_OF]->(s:Site)<-[rb:PARTNER_OF|MEMBER_OF]-(b:Organisation {id: $b})
WITH s, collect(DISTINCT ra) + collect(DISTINCT rb) AS links
RETURN s.id AS id, s.name AS name, s.kind AS kind,
       [r IN links | {quote: r.mention, source_file: r.source_file, line: r.line}] AS quotes
