// Load nodes: one row per node, merged on id, so loading again changes nothing.
// Parameters: $rows, a list of {id: string, kind: string, props: map of plain values}.
// Labels: :Pchgraph, then :Site, :Area, or :Organisation with a kind label
// (:Practice, :Trust, :CCG, :ICB, :Council, :Charity, :Federation, :NhsBody, :Other).
UNWIND $rows AS row
MERGE (n:Pchgraph {id: row.id})
SET n += row.props, n.kind = row.kind
REMOVE n:Site:Area:Organisation:Practice:Trust:CCG:ICB:Council:Charity:Federation:NhsBody:Other
FOREACH (_ IN CASE WHEN row.kind = 'site' THEN [1] ELSE [] END | SET n:Site)
FOREACH (_ IN CASE WHEN row.kind = 'area' THEN [1] ELSE [] END | SET n:Area)
FOREACH (_ IN CASE WHEN NOT row.kind IN ['site', 'area'] THEN [1] ELSE [] END | SET n:Organisation)
FOREACH (_ IN CASE WHEN row.kind = 'practice' THEN [1] ELSE [] END | SET n:Practice)
FOREACH (_ IN CASE WHEN row.kind = 'trust' THEN [1] ELSE [] END | SET n:Trust)
FOREACH (_ IN CASE WHEN row.kind = 'ccg' THEN [1] ELSE [] END | SET n:CCG)
FOREACH (_ IN CASE WHEN row.kind = 'icb' THEN [1] ELSE [] END | SET n:ICB)
FOREACH (_ IN CASE WHEN row.kind = 'council' THEN [1] ELSE [] END | SET n:Council)
FOREACH (_ IN CASE WHEN row.kind = 'charity' THEN [1] ELSE [] END | SET n:Charity)
FOREACH (_ IN CASE WHEN row.kind = 'federation' THEN [1] ELSE [] END | SET n:Federation)
FOREACH (_ IN CASE WHEN row.kind = 'nhs_body' THEN [1] ELSE [] END | SET n:NhsBody)
FOREACH (_ IN CASE WHEN row.kind = 'other' THEN [1] ELSE [] END | SET n:Other)
