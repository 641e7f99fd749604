"""factdesk on a PostgreSQL server: the same store API, for a team's
shared archive.  Selected by a ``postgresql://`` URL; needs the optional
``factdesk[postgres]`` extra (psycopg 3)."""

from __future__ import annotations

from typing import Any

from store.pg.connect import is_postgres_url, looks_like_mangled_url

__all__ = ["is_postgres_url", "looks_like_mangled_url", "open_pg_store"]


def open_pg_store(url: str, *, seed: bool = True, create: bool = True) -> Any:
    """Open the store in the database ``url`` names; an empty database gets
    the schema and, with ``seed``, the shipped sources.  Without ``create``
    a database holding no store is a StoreError and is left as it is: a
    read command on a mistyped database name (the server's own
    ``postgres``, a team's other database) filled it with factdesk's tables."""
    from store.errors import StoreError

    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StoreError("PostgreSQL support is not installed: pip install 'factdesk[postgres]'") from None
    from store.pg.connect import connect, display_url, server_errors
    from store.pg.schema import current_version, ensure_schema
    from store.pg.store import PgStore

    conn = connect(url)
    with server_errors(display_url(url)):
        if not create and not current_version(conn):
            conn.close()
            raise StoreError(f"no store at {display_url(url)} (the database holds no factdesk schema) — "
                             f"`factdesk seed` or `factdesk ingest` creates one")
        created = ensure_schema(conn, display_url(url))
        store = PgStore(url, conn)
    if created and seed:
        store.reseed(build_index=False)
    return store
