"""The TinyDB store: one implementation of ``store.protocol.Store``.

    store.py        the Store: reads, change detection, glue; open_store
    schema.py       the main file: shape, schema version, migrations
    catalog.py      views of the catalog (article list, id lookup, counts)
    shards.py       shard files and the cache of parsed ones
    transaction.py  the write lock and the atomic commit
    indexing.py     the search index's lifecycle
    check.py        ``factdesk check``
    storage.py      TinyDB over in-memory snapshots; the JSON codec

TinyDB is used only in this package.
"""
