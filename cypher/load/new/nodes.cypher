// Create nodes in a database that holds no pchgraph graph yet (a first load, or after the
// wipe): the same nodes and labels as load/nodes.cypher gives, without looking for each first.
// Parameters: $rows, a list of {id: string, kind: string, labels: list of strings, props: map}.
UNWIND $rows AS row
CREATE (n:Pchgraph:$(row.labels) {id: row.id})
SET n += row.props, n.kind = row.kind
