// Create :SUCCEEDED_BY relationships (a body that legally took over from another: renamed,
// merged into, split into, became sub-ICB location of) in a database that held no pchgraph
// graph when the load began: the same relationships as load/succeeded_by.cypher gives,
// without looking for each first.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map}.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
CREATE (a)-[r:SUCCEEDED_BY {key: row.key}]->(b)
SET r += row.props
