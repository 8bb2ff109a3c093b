// Create :MEMBER_OF relationships (practice that is a member of a site)
// in a database that held no pchgraph graph when the load began: the same relationships as
// load/member_of.cypher gives, without looking for each first.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map}.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
CREATE (a)-[r:MEMBER_OF {key: row.key}]->(b)
SET r += row.props
