"""Faults of a PostgreSQL store met through the real command (fault53):
each is one line naming the server and the cause, a non-zero exit where
the command failed, no traceback, and the database as it was.

- a read command on a database that holds no store says so and creates
  nothing (it filled a mistyped database, the server's own ``postgres``,
  with factdesk's tables);
- a commit whose reply never arrives (the network dropped it, the server
  stopped as it answered) is asked of the server by its transaction id: a
  saved file is reported saved, never "not saved", and when the server
  cannot be asked the line says "perhaps saved";
- the client's text encoding (PGCLIENTENCODING=GBK) never decides what
  can be stored or read;
- a schema damaged by hand (its state row deleted, a column or table
  dropped) is one line saying so (it was "internal error: TypeError",
  exit 70), and ``check`` lists what is missing instead of "OK";
- a role that may only read: reads work, a write says why in one line;
- a server's statement or idle timeout is named with what lifts it.
"""

from __future__ import annotations

import socket
import subprocess
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.helpers_cli import child_env, factdesk_command

if TYPE_CHECKING:
    from tests.pg_server import PgServer

pytest_plugins = ("tests.pg_server",)  # the throwaway server's fixtures

PAGE = "# 测试😀文章\n\n全市新增企业1200余家，同比增长5.7%。\n"


def run(url: str, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(factdesk_command() + ["--db", url, *args], capture_output=True, text=True, check=False,
                          cwd=cwd, env=child_env(**env), timeout=60)


def one_line(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    lines = done.stderr.splitlines()
    assert done.returncode == code and len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def sql(url: str, statement: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        cur = conn.execute(statement)
        return cur.fetchall() if cur.description else []


def tables(url: str) -> set[str]:
    return {name for (name,) in sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def page(tmp_path: Path, name: str = "page.txt", text: str = PAGE) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def stored(url: str, tmp_path: Path) -> None:
    """The page ingested, in this process (the command under test is the
    next one)."""
    from store import open_store

    store = open_store(url, seed=False)
    store.ingest_paths([page(tmp_path)], build_index=False)
    store.close()


def test_a_read_command_on_a_database_without_a_store_creates_nothing(tmp_path: Path, pg_url: str) -> None:
    line = one_line(run(pg_url, "search", "增长", "--json", cwd=tmp_path))
    assert line.startswith("factdesk: no store at postgresql://") and "factdesk ingest" in line, line
    assert tables(pg_url) == set()
    from store import StoreError, open_store

    for read in ({"create": False}, {"create": False, "seed": True}):
        with pytest.raises(StoreError, match="no store at"):
            open_store(pg_url, **read)
    assert tables(pg_url) == set()
    stored(pg_url, tmp_path)  # a writer still creates it
    assert "articles" in tables(pg_url)


class ReplyDropper:
    """A TCP proxy to the server's Unix socket that, instead of passing on
    the server's reply to the first COMMIT, closes both sides: the commit
    happened and the client never hears of it.  ``then_refuse``: no new
    connection is let through after that (the server cannot be asked)."""

    REPLY = b"C\x00\x00\x00\x0bCOMMIT\x00"

    def __init__(self, socket_path: str, then_refuse: bool) -> None:
        self.socket_path, self.then_refuse = socket_path, then_refuse
        self.dropped = threading.Event()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.dropped.is_set() and self.then_refuse:
                client.close()
                continue
            server = socket.socket(socket.AF_UNIX)
            server.connect(self.socket_path)
            threading.Thread(target=self._pipe, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, True), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, from_server: bool) -> None:
        try:
            while data := src.recv(65536):
                if from_server and self.REPLY in data and not self.dropped.is_set():
                    self.dropped.set()
                    break
                dst.sendall(data)
        except OSError:
            pass
        for end in (src, dst):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            end.close()

    def close(self) -> None:
        self.listener.close()


def _through_proxy(pg_server: PgServer, pg_url: str, then_refuse: bool) -> tuple[ReplyDropper, str]:
    from store import open_store

    open_store(pg_url, seed=False).close()  # the schema, committed before the proxy drops anything
    proxy = ReplyDropper(str(pg_server.directory / f".s.PGSQL.{pg_server.port}"), then_refuse)
    return proxy, f"postgresql://postgres@127.0.0.1:{proxy.port}/{pg_url.split('///')[1].split('?')[0]}"


def test_a_commit_whose_reply_is_lost_is_asked_of_the_server_and_reported_saved(
        tmp_path: Path, pg_server: PgServer, pg_url: str) -> None:
    """Before: "…connection to the server was lost…; stopped at first.txt:
    not saved, nor the 1 file after it …; nothing was saved before it", exit
    1 — while first.txt was in the database."""
    proxy, url = _through_proxy(pg_server, pg_url, then_refuse=False)
    try:
        first, second = page(tmp_path, "first.txt"), page(tmp_path, "second.txt", PAGE.replace("1200", "1300"))
        done = run(url, "ingest", str(first), str(second), cwd=tmp_path)
    finally:
        proxy.close()
    assert proxy.dropped.is_set()
    assert done.returncode == 0 and "ingested   2 files" in done.stdout, done.stdout + done.stderr
    assert len(sql(pg_url, "SELECT key FROM sources")) == 2


def test_a_commit_the_server_cannot_be_asked_about_is_perhaps_saved(
        tmp_path: Path, pg_server: PgServer, pg_url: str) -> None:
    proxy, url = _through_proxy(pg_server, pg_url, then_refuse=True)
    try:
        first, second = page(tmp_path, "first.txt"), page(tmp_path, "second.txt", PAGE.replace("1200", "1300"))
        done = run(url, "ingest", str(first), str(second), cwd=tmp_path)
    finally:
        proxy.close()
    line = one_line(done)
    assert "the connection was lost during the commit" in line and "stopped at " in line, line
    assert "perhaps saved" in line and "not saved" not in line, line
    assert [key for (key,) in sql(pg_url, "SELECT key FROM sources")] == [str(first)]  # it was: the line kept room


def test_the_client_encoding_never_decides_what_is_stored(tmp_path: Path, pg_url: str) -> None:
    """PGCLIENTENCODING=GBK (a Chinese desktop's setting) refused an article
    with a character GBK lacks: "skipped page.txt: not ingested
    (UnicodeEncodeError: 'gbk' codec can't encode character '\\U0001f600' …)"."""
    done = run(pg_url, "ingest", str(page(tmp_path)), cwd=tmp_path, PGCLIENTENCODING="GBK")
    assert done.returncode == 0 and "ingested   1 file" in done.stdout, done.stderr
    done = run(pg_url, "search", "测试😀", cwd=tmp_path, PGCLIENTENCODING="LATIN1")
    assert done.returncode == 0 and "测试😀文章" in done.stdout, done.stderr


@pytest.mark.parametrize("damage, said", [
    ("DELETE FROM factdesk_state", "the factdesk_state table has no row"),
    ("DROP TABLE pinyin_vocab", 'relation "pinyin_vocab" does not exist'),
])
def test_a_schema_damaged_by_hand_is_one_line_and_left_as_it_is(tmp_path: Path, pg_url: str, damage: str,
                                                                 said: str) -> None:
    stored(pg_url, tmp_path)
    sql(pg_url, damage)
    before = tables(pg_url)
    line = one_line(run(pg_url, "search", "ceshi", cwd=tmp_path))
    assert "factdesk schema is damaged" in line and said in line and "left as it is" in line, line
    assert tables(pg_url) == before


def test_check_lists_the_parts_of_the_schema_that_are_missing(tmp_path: Path, pg_url: str) -> None:
    """A dropped series column (and with it the view series_facts) read
    "checked …; OK" while `series` failed."""
    import json

    stored(pg_url, tmp_path)
    sql(pg_url, "ALTER TABLE facts DROP COLUMN s_name CASCADE")
    done = run(pg_url, "check", "--json", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    found = [problem["what"] for problem in json.loads(done.stdout)["problems"]]
    assert any('"s_name"' in what for what in found) and any('"series_facts"' in what for what in found), found
    line = one_line(run(pg_url, "series", "企业", cwd=tmp_path))
    assert 'relation "series_facts" does not exist' in line and "damaged" in line, line


def test_a_role_that_may_only_read_reads_and_a_write_says_why(tmp_path: Path, pg_url: str) -> None:
    stored(pg_url, tmp_path)
    reader = f"reader_{uuid.uuid4().hex[:8]}"
    sql(pg_url, f"CREATE ROLE {reader} LOGIN")
    sql(pg_url, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
    url = pg_url.replace("user=postgres", f"user={reader}")
    assert run(url, "check", cwd=tmp_path).returncode == 0
    line = one_line(run(url, "ingest", str(page(tmp_path, "other.txt", PAGE.replace("1200", "9"))), cwd=tmp_path))
    assert "this user may read the store but not write it (permission denied" in line, line


def test_a_server_timeout_is_named_with_what_lifts_it() -> None:
    """A statement or idle timeout a team's administrator set (or the URL's
    options) read as the server's bare "canceling statement due to
    statement timeout", leaving the user to guess whose limit it was."""
    pytest.importorskip("psycopg")
    import psycopg

    from store.pg.connect import ServerError, server_errors

    for said, setting in (("canceling statement due to statement timeout", "statement_timeout"),
                          ("terminating connection due to idle-in-transaction timeout",
                           "idle_in_transaction_session_timeout")):
        with pytest.raises(ServerError) as err, server_errors("postgresql://u@h:5432/db"):
            raise psycopg.OperationalError(said)
        line = str(err.value)
        assert "\n" not in line and said in line and f"the server's {setting}" in line, line
        assert f"options=-c%20{setting}%3D0" in line, line
