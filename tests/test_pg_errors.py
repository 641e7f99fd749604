"""What a user sees when the server cannot be used: one line naming the
server (never the password) and the cause, exit status 1, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.helpers_cli import child_env, factdesk_command

if TYPE_CHECKING:
    from tests.pg_server import PgServer

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures


def _fails_in_one_line(url: str, cwd: Path) -> str:
    done = subprocess.run(factdesk_command() + ["--db", url, "articles"], capture_output=True, text=True, check=False,
                          cwd=cwd, env=child_env(), timeout=120)
    lines = done.stderr.splitlines()
    assert done.returncode == 1, done.stderr
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stdout == ""
    return lines[0]


def test_a_missing_database(tmp_path: Path, pg_server: PgServer) -> None:
    line = _fails_in_one_line(pg_server.url("no_such_db"), tmp_path)
    assert str(pg_server.directory) in line and 'database "no_such_db" does not exist' in line


def test_no_server_listening(tmp_path: Path, pg_server: PgServer) -> None:  # (pg_server: skips without PostgreSQL)
    line = _fails_in_one_line(f"postgresql:///factdesk?host={tmp_path}&port=1", tmp_path)
    assert str(tmp_path) in line and "no server is listening" in line


def test_an_unknown_user(tmp_path: Path, pg_server: PgServer) -> None:
    url = pg_server.url("factdesk_x").replace("user=postgres", "user=nobody")
    line = _fails_in_one_line(url, tmp_path)
    assert 'role "nobody" does not exist' in line


def test_a_password_is_never_printed(tmp_path: Path, pg_server: PgServer) -> None:
    # A TCP URL with a password to a port where nothing listens: the message
    # names the server, not the secret.
    line = _fails_in_one_line("postgresql://alice:s3cret@127.0.0.1:1/factdesk", tmp_path)
    assert "s3cret" not in line and "alice@127.0.0.1:1/factdesk" in line


def test_a_dropped_connection_is_opened_again(pg_url: str) -> None:
    import psycopg

    from store import open_store

    store = open_store(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    assert store.counts()["articles"] == 4


def test_a_server_gone_away_is_one_line_naming_it(pg_server: PgServer) -> None:
    import tempfile

    from store import StoreError, open_store
    from tests.pg_server import PgServer as Server
    from tests.pg_server import _free_port

    doomed = Server(pg_server.bin_dir, Path(tempfile.mkdtemp(prefix="fdpg", dir="/tmp")), _free_port(),
                    pg_server.as_postgres)
    doomed.start()
    try:
        store = open_store(doomed.create_database("factdesk"), seed=False)
        assert store.counts()["articles"] == 0
    finally:
        doomed.stop()
    with pytest.raises(StoreError) as err:
        store.counts()
    message = str(err.value)
    assert "\n" not in message and str(doomed.directory) in message
    assert "no server is listening" in message or "connection to the server was lost" in message


def test_a_reason_libpq_already_names_is_not_said_twice() -> None:
    from store.pg.connect import _cause

    lost = "the connection to the server was lost (sending copy data failed: server closed the connection unexpectedly)"
    assert _cause(Exception(lost)) == lost
    refused = 'connection failed: connection to server on socket "/s/.s.PGSQL.5432" failed: No such file or directory'
    assert _cause(Exception(refused)).startswith("no server is listening (")


def test_a_connection_lost_mid_ingest_says_so_once() -> None:
    """A server stopped mid-ingest read "the connection to the server was
    lost (the connection to the server was lost (consuming input failed: …)))":
    server_errors wrapped the reason _cause had already worded."""
    import psycopg

    from store.pg.connect import ServerError, server_errors

    with pytest.raises(ServerError) as err, server_errors("postgresql://u@h:5432/db"):
        raise psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly\n"
                                       "\tThis probably means the server terminated abnormally")
    assert str(err.value) == ("postgresql://u@h:5432/db: the connection to the server was lost "
                              "(consuming input failed: server closed the connection unexpectedly)")
    with pytest.raises(ServerError) as err, server_errors("postgresql://u@h:5432/db"):
        raise psycopg.OperationalError("the connection is closed")
    assert str(err.value) == "postgresql://u@h:5432/db: the connection to the server was lost (the connection is closed)"


@pytest.mark.parametrize("url", ["postgresql://alice:s3cret@[::1", "postgresql://alice:s3cret@[::1/db?sslmode=require",
                                 "postgresql://[::1/db?password=s3cret"])
def test_a_password_in_a_malformed_url_is_never_printed(tmp_path: Path, url: str) -> None:
    # libpq quotes the URI it cannot parse, password and all (walk29): the
    # line still names it, with the password masked. No server is needed.
    pytest.importorskip("psycopg")
    line = _fails_in_one_line(url, tmp_path)
    assert "s3cret" not in line and "***" in line and "[::1" in line, line


def test_an_older_schema_a_read_only_user_cannot_update_says_so(tmp_path: Path, pg_url: str) -> None:
    """A team's read-only role opening a database an older factdesk wrote
    read "permission denied for schema public" (walk35): the migration it
    may not run.  Now the line says the schema is older, and who can bring
    it up to date; the database is left as it was."""
    import uuid

    import psycopg

    from store import open_store
    from store.pg.schema import SCHEMA_VERSION

    open_store(pg_url, seed=False).close()
    reader = f"reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {reader} LOGIN")
        admin.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
        admin.execute("DELETE FROM factdesk_schema WHERE version > 4")
    line = _fails_in_one_line(pg_url.replace("user=postgres", f"user={reader}"), tmp_path)
    assert f"schema is version 4 and this factdesk needs {SCHEMA_VERSION}" in line, line
    assert "permission denied" in line and "owner" in line, line
    with psycopg.connect(pg_url, autocommit=True) as admin:
        assert admin.execute("SELECT max(version) FROM factdesk_schema").fetchone()[0] == 4


def test_a_server_in_the_settings_is_a_url_and_its_password_never_shown(tmp_path: Path) -> None:
    """A team keeps its server in config.toml (walk35): `store =
    "postgresql://…"` went through Path(), which folds "//", so every command
    said "postgresql:/alice:s3cret@…: a PostgreSQL URL that lost a '/'" —
    the password printed — and `factdesk config` showed it too (also for
    $FACTDESK_DB). Now the setting is the URL, and both name the server."""
    pytest.importorskip("psycopg")
    settings = tmp_path / "config.toml"
    settings.write_text('store = "postgresql://alice:s3cret@127.0.0.1:1/factdesk"\n', encoding="utf-8")

    def factdesk_run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(factdesk_command() + list(args), capture_output=True, text=True, check=False,
                              cwd=tmp_path, env=env, timeout=120)

    in_settings = child_env(FACTDESK_CONFIG=str(settings))
    done = factdesk_run("articles", env=in_settings)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "alice@127.0.0.1:1/factdesk: no server is listening" in done.stderr and "s3cret" not in done.stderr
    for env in (in_settings, child_env(FACTDESK_DB="postgresql://alice:s3cret@127.0.0.1:1/factdesk")):
        done = factdesk_run("config", env=env)
        store_line = next(line for line in done.stdout.splitlines() if line.startswith("store"))
        assert "postgresql://alice@127.0.0.1:1/factdesk" in store_line and "s3cret" not in done.stdout, store_line
    done = factdesk_run("--db", "postgresql:/alice:s3cret@dbhost/factdesk", "articles", env=child_env())
    assert "lost a '/'" in done.stderr and "s3cret" not in done.stderr, done.stderr



def test_psycopg_log_lines_never_reach_the_terminal(tmp_path: Path, pg_url: str) -> None:
    """Ctrl-C (or a kill) on a PostgreSQL ingest mid-COPY printed psycopg's
    own log line, "error ignored in rollback of <psycopg.Transaction …>:
    sending query failed: another command is already in progress", before
    factdesk's one line (walk35, `kill -INT` of `factdesk ingest` of the
    2022 bulk file, 3 runs of 3).  The moment is a race; what printed it is
    not: psycopg logs it, and with no handler Python writes warnings to
    stderr.  A process that has opened the store logs it as psycopg does,
    and nothing is printed."""
    script = ("import logging, sys\n"
              "from store import open_store\n"
              "store = open_store(sys.argv[1], seed=False)\n"
              "store.counts()\n"
              "logging.getLogger('psycopg').warning('error ignored in rollback of %s: %s', 'tx', 'in progress')\n")
    done = subprocess.run([sys.executable, "-c", script, pg_url], capture_output=True, text=True, check=False,
                          cwd=tmp_path, env=child_env(), timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
