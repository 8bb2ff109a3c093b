// Remove what pchgraph loaded: nodes labelled :Pchgraph and their relationships. Nothing else.
MATCH (n:Pchgraph)
DETACH DELETE n
