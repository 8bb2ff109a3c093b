// Create :PARTNER_OF relationships (organisation named as a partner of a site)
// in a database that held no pchgraph graph when the load began: the same relationships as
// load/partner_of.cypher gives, without looking for each first.
// Parameters: $rows, a list of {source: id, target: id, key: string, props: map}.
UNWIND $rows AS row
MATCH (a:Pchgraph {id: row.source})
MATCH (b:Pchgraph {id: row.target})
CREATE (a)-[r:PARTNER_OF {key: row.key}]->(b)
SET r += row.props
