// pchgraph schema: run before loading. Every node pchgraph loads has the label :Pchgraph and a
// unique id; the indexes serve look-ups by kind and name.
CREATE CONSTRAINT pchgraph_id IF NOT EXISTS FOR (n:Pchgraph) REQUIRE n.id IS UNIQUE;
CREATE INDEX pchgraph_kind IF NOT EXISTS FOR (n:Pchgraph) ON (n.kind);
CREATE INDEX pchgraph_name IF NOT EXISTS FOR (n:Pchgraph) ON (n.name);
CREATE INDEX pchgraph_partner_key IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() ON (r.key);
CREATE INDEX pchgraph_member_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.key);
CREATE INDEX pchgraph_succeeded_key IF NOT EXISTS FOR ()-[r:SUCCEEDED_BY]-() ON (r.key);
