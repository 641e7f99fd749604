"""Connecting to PostgreSQL: URLs, a display name without the password, and
psycopg's errors turned into the store's one-line errors.

psycopg is imported here only, and only when a PostgreSQL store is opened:
the TinyDB path never loads it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from store.errors import CorruptStoreError, StoreError

_URL = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)
_MANGLED = re.compile(r"^postgres(?:ql)?:/[^/]", re.IGNORECASE)
CONNECT_TIMEOUT = 10
# A password in a URI (user:secret@, also in one that lost a '/' on its way
# through Path: postgresql:/user:secret@) or its query (password=secret), to mask.
_SECRETS = ((re.compile(r"(:/?/[^:/@\s\"']*:)[^@/\s\"']*@"), r"\1***@"),
            (re.compile(r"(password=)[^&\s\"']*", re.IGNORECASE), r"\1***"))


def masked(text: str) -> str:
    """``text`` with any password a URI in it holds replaced by ``***``:
    libpq quotes a URI it cannot parse whole, secret and all."""
    for secret, mask in _SECRETS:
        text = secret.sub(mask, text)
    return text


def is_postgres_url(target: object) -> bool:
    """A libpq URI (``postgresql://…`` or ``postgres://…``) given as text."""
    return isinstance(target, str) and bool(_URL.match(target.strip()))


def looks_like_mangled_url(target: object) -> bool:
    """A URI that went through ``Path()``, which folds ``//`` into ``/``:
    never to be taken as a relative file name."""
    return bool(_MANGLED.match(str(target)))


def display_url(url: str) -> str:
    """The server and database a URL names, without a password: what error
    messages and the status bar show."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return masked(url)
    host = str(info.get("host") or "localhost")
    port = str(info.get("port") or "5432")
    user = info.get("user")
    return f"postgresql://{(str(user) + '@') if user else ''}{host}:{port}/{info.get('dbname') or user or ''}"


def _cause(err: Exception) -> str:
    """The reason in one line, from libpq's multi-line message."""
    text = str(err).strip()
    fatal = re.findall(r"FATAL:\s*(.+)", text)
    if fatal:
        reason = fatal[-1].strip()
    else:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        reason = lines[0] if lines else type(err).__name__
        reason = re.sub(r"^connection (?:failed|is bad):\s*", "", reason)
    low = text.lower()
    for setting, said in _TIMEOUTS:
        if said in low:  # a limit the server's administrator (or the URL) set: name it, and what lifts it
            return (f"{reason} — the server's {setting} (set for this user, database or server, or in the URL) "
                    f"is shorter than this work takes; ask its administrator, or add "
                    f"options=-c%20{setting}%3D0 to the URL's query")
    for said in ("no server is listening", "authentication failed", "the connection to the server was lost"):
        if reason.lower().startswith(said):
            return reason  # libpq said it already: not "lost (the connection … was lost (…))"
    if "no such file or directory" in low or "connection refused" in low:
        return f"no server is listening ({reason})"
    if "password authentication failed" in low or "no password supplied" in low:
        return f"authentication failed ({reason})"
    if "server closed the connection" in low or "connection is lost" in low or "terminating connection" in low:
        return f"the connection to the server was lost ({reason})"
    return reason


_TIMEOUTS = (("statement_timeout", "canceling statement due to statement timeout"),
             ("idle_in_transaction_session_timeout", "idle-in-transaction timeout"),
             ("transaction_timeout", "transaction timeout"))


class ServerError(StoreError):
    """The server cannot be reached or refused the store's work."""


class SchemaDamaged(CorruptStoreError):
    """A table, column, view or function of the factdesk schema is missing
    (dropped by hand, a restore of part of the database): the store is
    damaged, not the server down, and nothing is changed."""


def _schema_part_missing(err: Exception) -> bool:
    import psycopg

    missing = (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn, psycopg.errors.UndefinedFunction,
               psycopg.errors.UndefinedObject)
    return isinstance(err, missing)


def schema_damaged(server: str, cause: str) -> SchemaDamaged:
    return SchemaDamaged(f"{server}: the database's factdesk schema is damaged ({cause}); it was left as it is — "
                         f"restore the database from a backup")


@contextmanager
def server_errors(server: str) -> Iterator[None]:
    """Turn psycopg's errors into one-line StoreErrors naming the server."""
    import psycopg

    try:
        yield
    except psycopg.Error as err:
        cause = _cause(err)
        if _schema_part_missing(err):  # (a relation dropped by hand: "relation \"articles\" does not exist" alone)
            raise schema_damaged(server, masked(cause)) from None
        lost = "the connection to the server was lost"
        if (isinstance(err, (psycopg.OperationalError, psycopg.InterfaceError)) and "closed" in str(err).lower()
                and not cause.startswith(lost)):  # _cause may have said so: never "lost (… was lost (…))"
            cause = f"{lost} ({cause})"
        raise ServerError(f"{server}: {masked(cause)}") from None


# psycopg logs what it cannot say by raising, such as "error ignored in
# rollback of <psycopg.Transaction …>: another command is already in
# progress" when Ctrl-C stops an ingest mid-query; with no handler Python
# printed it on the user's terminal before factdesk's one line (walk35).
# The error that matters is raised, and said once.
_QUIET = logging.NullHandler()


def connect(url: str, *, autocommit: bool = True) -> Any:
    """A new connection, or a ServerError saying why not."""
    import psycopg

    logging.getLogger("psycopg").addHandler(_QUIET)
    server = display_url(url)
    with server_errors(server):
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT, **_session_options(url))


# TCP keepalives and a send timeout, unless the URL sets its own: a server
# that vanished without closing the connection (a pulled cable, a NAT or
# firewall forgetting it, a host powered off) left a command waiting for
# ever, since the kernel's keepalive starts after two hours; with these
# it is noticed within about a minute and said in one line.  (libpq ignores
# them on a Unix socket, where a dead server closes the socket.)
_KEEPALIVE = {"keepalives": "1", "keepalives_idle": "30", "keepalives_interval": "10", "keepalives_count": "3",
              "tcp_user_timeout": "60000"}


def _session_options(url: str) -> dict[str, str]:
    """What every connection sets: the text encoding always UTF-8 — a
    client encoding from PGCLIENTENCODING, the URL or the role's settings
    (GBK, LATIN1) refused an article holding a character it lacks
    ("skipped …: UnicodeEncodeError: 'gbk' codec can't encode character
    '\\U0001f600'") and a read of one — and the keepalives the URL does not
    set itself."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(url)
    except psycopg.Error:
        given = {}  # (psycopg.connect says what is wrong with it)
    return {"client_encoding": "UTF8", **{k: v for k, v in _KEEPALIVE.items() if k not in given}}
