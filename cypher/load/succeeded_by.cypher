// Load :SUCCEEDED_BY relationships (a body that legally took over from another: renamed, merged
// into, split into, became sub-ICB location of), merged on a key, so loading again changes nothing.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map} where props
// holds the change, its date, a note, and the reference table (source_file) and line recording it.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
MERGE (a)-[r:SUCCEEDED_BY {key: row.key}]->(b)
SET r += row.props
