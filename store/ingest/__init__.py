"""Ingest: input files → decoded text → parsed articles."""
