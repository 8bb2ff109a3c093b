// Load :MENTIONED_IN relationships (organisation only named beside a site: not a partner), merged on a key, so loading again changes nothing.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map} where props
// holds the provenance: mention (the exact text), source_file and line.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
MERGE (a)-[r:MENTIONED_IN {key: row.key}]->(b)
SET r += row.props
