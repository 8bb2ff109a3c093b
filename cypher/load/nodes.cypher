// Load nodes: one row per node, merged on id, so loading again changes nothing.
// Parameters: $rows, a list of {id: string, kind: string, labels: list of strings, props: map of
// plain values}. Labels: :Pchgraph, then :Site, :Area, or :Organisation with a kind label
// (:Practice, :Trust, :CCG, :ICB, :Council, :Charity, :Federation, :NhsBody, :Other); a node
// whose kind changed loses its old kind label.
UNWIND $rows AS row
MERGE (n:Pchgraph {id: row.id})
SET n += row.props, n.kind = row.kind
REMOVE n:Site:Area:Organisation:Practice:Trust:CCG:ICB:Council:Charity:Federation:NhsBody:Other
SET n:$(row.labels)
