// Load :IN_AREA relationships (site in an STP area), merged on a key, so loading again changes nothing.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map} where props
// holds the provenance: mention (the exact text), source_file and line.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
MERGE (a)-[r:IN_AREA {key: row.key}]->(b)
SET r += row.props
