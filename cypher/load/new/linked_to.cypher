// Create :LINKED_TO relationships (site that refers to another site (see no. 9))
// in a database that held no pchgraph graph when the load began: the same relationships as
// load/linked_to.cypher gives, without looking for each first.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map}.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
CREATE (a)-[r:LINKED_TO {key: row.key}]->(b)
SET r += row.props
