"""A throwaway local PostgreSQL server for the tests, never a mock.

One server per test process, started on first use and stopped at exit
(under pytest-xdist each worker starts its own, on its own port and socket
directory), one fresh database per test via ``pg_url`` (or
``fresh_database`` for tests that cannot take fixtures, such as the contract
suite's backends).  The server listens on a Unix socket only, in a short
temporary directory (socket paths must stay under ~107 bytes), with fsync off:
it holds nothing worth keeping.  initdb refuses to run as root, so as root the
server runs as the ``postgres`` user.  Without PostgreSQL installed (or psycopg)
the tests that need it skip with one line saying why.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest


def server_bin_dir() -> Path | None:
    """The newest installed server's binaries (Debian layout), else None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def missing_reason() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    if server_bin_dir() is None:
        return "no PostgreSQL server installed (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: cannot start PostgreSQL as another user"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    """A running throwaway server: make databases on it, stop it."""

    bin_dir: Path
    directory: Path
    port: int
    as_postgres: bool

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def url(self, database: str) -> str:
        return f"postgresql:///{database}?host={self.directory}&port={self.port}&user=postgres"

    def create_database(self, name: str) -> str:
        self._run("createdb", "-h", str(self.directory), "-p", str(self.port), "-U", "postgres", name)
        return self.url(name)

    def start(self) -> None:
        if self.as_postgres:
            shutil.chown(self.directory, "postgres", "postgres")
        data = str(self.directory / "data")
        self._run("initdb", "-D", data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust")
        options = f"-c listen_addresses='' -k {self.directory} -p {self.port} -c fsync=off -c max_connections=200"
        self._run("pg_ctl", "-D", data, "-w", "-l", str(self.directory / "log"), "-o", options, "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.directory / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)


_shared: list[PgServer] = []


def shared_server() -> PgServer:
    """This process's throwaway server, started on first use and stopped
    when the process exits (pg_ctl detaches it, so it would outlive us)."""
    if _shared:
        return _shared[0]
    reason = missing_reason()
    if reason:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    bin_dir = server_bin_dir()
    assert bin_dir is not None
    directory = Path(tempfile.mkdtemp(prefix="fdpg", dir="/tmp"))
    server = PgServer(bin_dir, directory, _free_port(), as_postgres=os.geteuid() == 0)
    try:
        server.start()
    except subprocess.CalledProcessError as err:
        shutil.rmtree(directory, ignore_errors=True)
        pytest.fail(f"cannot start a throwaway PostgreSQL server: {err.stderr.decode(errors='replace').strip()}")
    _shared.append(server)
    atexit.register(_stop_quietly, server)
    return server


def _stop_quietly(server: PgServer) -> None:
    try:
        server.stop()
    except (OSError, subprocess.SubprocessError):
        pass  # already gone: nothing left to stop


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Stop this process's server with the session: pytest-xdist workers
    leave without running atexit handlers."""
    while _shared:
        _stop_quietly(_shared.pop())


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    return shared_server()


_numbers = itertools.count(1)


def fresh_database(server: PgServer) -> str:
    """A new, empty database on the server (named per xdist worker, so
    workers never share one); its URL."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return server.create_database(f"factdesk_{worker}_{next(_numbers)}")


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty database on the session's server."""
    return fresh_database(pg_server)
