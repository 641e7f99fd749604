"""Ingest: input files → decoded text → articles → facts → a store.

    sources.py   files, folders and stdin: read, decode once, sniff the format
    textio.py    decoding, terminal safety, HTML remnants
    page.py      newspaper page text → articles (with blocks.py, articles.py)
    jsonl.py     JSON Lines records → articles
    sogou.py     SogouCS <doc> records → articles
    pipeline.py  the walk: parse, extract facts, hand records to the store
"""
