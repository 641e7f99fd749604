"""Persistence: the TinyDB store (catalog, shards, transactions, schema, check)."""
