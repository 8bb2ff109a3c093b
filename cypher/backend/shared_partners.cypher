// `pchgraph shared --engine neo4j` for two sites: the organisations named by both, with quotes.
// Parameters: $a, $b (site ids).
MATCH (a:Site {id: $a})<-[ra:PARTNER_OF|MEMBER_OF]-(o:Organisation)-[rb:PARTNER_OF|MEMBER_OF]->(b:Site {id: $b})
WITH o, collect(DISTINCT ra) + collect(DISTINCT rb) AS links
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       [r IN links | {quote: r.mention, source_file: r.source_file, line: r.line}] AS quotes
