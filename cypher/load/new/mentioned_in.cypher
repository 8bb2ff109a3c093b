// Create :MENTIONED_IN relationships (organisation only named beside a site: not a partner)
// in a database that held no pchgraph graph when the load began: the same relationships as
// load/mentioned_in.cypher gives, without looking for each first.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map}.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
CREATE (a)-[r:MENTIONED_IN {key: row.key}]->(b)
SET r += row.props
