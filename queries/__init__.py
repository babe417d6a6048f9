"""Named Cypher queries: one .cypher file each, run by a store with parameters."""
