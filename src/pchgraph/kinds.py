"""The kinds of organisation pchgraph tells apart."""

KINDS = ("practice", "trust", "ccg", "council", "charity", "federation", "nhs_body", "other")
