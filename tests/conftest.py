"""Shared fixtures: the seed page shipped in assets/, temporary stores, and
the optional ../shared corpus (tests needing it skip when it is absent)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_FILE = REPO / "assets" / "sources" / "000_d50660e1f1101acb.txt"


def _own_assets() -> None:
    """The checkout's own assets (stylesheet, seed page) as ``factdesk_assets``:
    run from a git worktree with another checkout's editable install, the
    app's styles came from that checkout and a stylesheet change was never
    tested.  Nothing changes where the installed package is this one."""
    import importlib.util
    import sys

    here = REPO / "assets" / "__init__.py"
    found = importlib.util.find_spec("factdesk_assets")
    if found is None or found.origin is None or Path(found.origin).resolve() == here or not here.exists():
        return
    spec = importlib.util.spec_from_file_location("factdesk_assets", here)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["factdesk_assets"] = module
    spec.loader.exec_module(module)


_own_assets()
SHARED = REPO.parent / "shared"
BULK = SHARED / "corpus" / "bulk"


@pytest.fixture
def seed_text() -> str:
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "factdesk.json"


@pytest.fixture
def seeded(store_path: Path):
    from store import open_store

    return open_store(store_path)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1.5 MB file system (a full disk for the writers' tests), unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    where = tmp_path / "disk"
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(where)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield where
    subprocess.run(["umount", str(where)], capture_output=True, check=False)


@pytest.fixture(autouse=True, scope="session")
def _own_state_folder(tmp_path_factory: pytest.TempPathFactory):
    """A copy with OSC 52 as its only route is kept in the user state folder
    (tui.clipboard.copy_file): the tests' copies go to a folder of their own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
        yield


RAM_DISK = Path("/dev/shm")
RAM_DISK_ROOM = 4 << 30   # a run's temporary folders take some hundreds of MB; pytest keeps the last three runs'


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Temporary folders (tmp_path) on the RAM disk when the machine has a roomy one: every commit fsyncs its
    files and folders, and on a disk each fsync waits for the device, a wait the stores' tests pay thousands
    of times. The stores, commands and checks are the same; what no test can see — the data reaching the
    device — is all that is skipped. Not under a --basetemp or a PYTEST_DEBUG_TEMPROOT given, and not on a
    RAM disk that is small or mounted noexec (a container's /dev/shm)."""
    if hasattr(config, "workerinput") or config.option.basetemp or os.environ.get("PYTEST_DEBUG_TEMPROOT"):
        return                                       # (an xdist worker is handed its folder by the controller)
    try:
        usable = os.access(RAM_DISK, os.W_OK | os.X_OK) and "noexec" not in _mount_options(RAM_DISK)
        room = shutil.disk_usage(RAM_DISK).free if usable else 0
    except OSError:
        return
    if room >= RAM_DISK_ROOM:
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(RAM_DISK)   # pytest's own root for pytest-of-USER/pytest-N


def _mount_options(path: Path) -> list[str]:
    """The options /proc/mounts gives the mount holding ``path`` (none where there is no /proc/mounts)."""
    try:
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return []
    best = max((m for m in mounts if len(m) > 3 and (str(path) + "/").startswith(m[1].rstrip("/") + "/")),
               key=lambda m: len(m[1]), default=None)
    return best[3].split(",") if best else []


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile store/ and tui/ once, before the workers start: the suite runs `factdesk` in hundreds of
    child processes, and under PYTHONDONTWRITEBYTECODE (or in a tree no import has written to yet) each
    compiled the code from source again — a quarter of a seeding child's CPU. The files are checked by
    their source's hash (not its mtime), and the children only read them: none writes, so a child under
    a file size limit cannot leave a truncated one behind."""
    if hasattr(session.config, "workerinput"):       # an xdist worker: the controller has done it
        return
    import compileall
    import py_compile

    for top in ("store", "tui"):
        compileall.compile_dir(REPO / top, quiet=2, workers=1,
                               invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)


needs_bulk = pytest.mark.skipif(not BULK.is_dir(), reason="../shared/corpus/bulk is not present")
