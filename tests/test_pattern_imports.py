"""The command's own modules take their regular expressions from a cache of
compiled programs (tui.pattern_imports), as the extractor's rules do: the
same patterns, the same output, a file of their own that a damaged copy of
never fools, and nothing changed for other threads or other packages."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

from store.facts import compiled_patterns, load_cache
from store.facts.compiled_patterns import cached_compiles, in_block
from tests.helpers_cli import REPO, child_env, factdesk

ARTICLE = "# 新增一篇\n\n全市新增企业300家，同比增长5.7%。\n"


def _files(cache: Path) -> dict[str, Path]:
    return {p.name: p for p in cache.glob("factdesk/*/patterns-*.marshal")}


def _modules_file(cache: Path) -> Path:
    [path] = [p for name, p in _files(cache).items() if name.endswith("-modules.marshal")]
    return path


def _run(db: Path, cache: Path, *args: str) -> bytes:
    # (an empty cache folder: the first ingest compiles all the extractor's patterns, slow on a busy machine)
    proc = factdesk(db, *args, env=child_env(XDG_CACHE_HOME=str(cache)), timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_the_command_writes_the_modules_file_once_then_reads_it(tmp_path):
    db, cache = tmp_path / "s.json", tmp_path / "cache"
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    _run(db, cache, "ingest", str(article))
    modules = _modules_file(cache)
    programs = load_cache.read(modules)
    # a pattern of a store module the ingest imports (the byline of store.ingest.blocks) …
    from store.ingest.blocks import BYLINE

    assert (BYLINE.pattern, int(re.VERBOSE)) in programs
    # … but none of the extractor's: they stay in its own file
    extractor = load_cache.read(next(p for n, p in _files(cache).items() if not n.endswith("-modules.marshal")))
    assert extractor and not set(programs) & set(extractor)
    # (adding to a store that exists imports a few modules creating one did not)
    article.write_text(ARTICLE.replace("300", "400"), encoding="utf-8")
    _run(db, cache, "ingest", str(article))
    written = modules.stat().st_mtime_ns
    article.write_text(ARTICLE.replace("300", "500"), encoding="utf-8")
    _run(db, cache, "ingest", str(article))
    assert modules.stat().st_mtime_ns == written  # nothing new: not rewritten


def test_the_output_is_the_same_with_a_cold_a_warm_a_damaged_and_no_modules_file(tmp_path):
    db, cache = tmp_path / "s.json", tmp_path / "cache"
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory would be", encoding="utf-8")
    proc = factdesk(db, "ingest", str(article))  # the user's cache: only the commands below are compared
    assert proc.returncode == 0, proc.stderr
    commands = [("articles", "--json"), ("facts", "--json"), ("search", "企业", "--json"), ("search", "增长")]
    plain = [_run(db, blocked, *c) for c in commands]
    cold = [_run(db, cache, *c) for c in commands]
    warm = [_run(db, cache, *c) for c in commands]
    modules = _modules_file(cache)
    raw = bytearray(modules.read_bytes())
    raw[-3] ^= 0xFF
    modules.write_bytes(bytes(raw))
    assert load_cache.read(modules) is None  # the checksum tells
    damaged = [_run(db, cache, *c) for c in commands]
    assert load_cache.read(modules)  # written again
    assert plain[0] and plain == cold == warm == damaged


def test_the_hook_is_installed_by_the_command_only():
    code = "import sys, store, tui.cli; print(any(type(f).__name__ == 'CachedCompilesFinder' for f in sys.meta_path))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_block_serves_only_its_own_thread(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    original = re.compile
    inside, outside = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def other_thread() -> None:
        inside.wait()
        seen["in_block"] = in_block()
        seen["pattern"] = re.compile(r"别的线程(甲|乙)")
        outside.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    path = tmp_path / "own.marshal"
    with cached_compiles(path):
        assert in_block() and re.compile is not original
        with cached_compiles(path):  # nested, the same file: the same block
            re.compile(r"本线程(一|二)")
        inside.set()
        outside.wait()
    worker.join()
    assert re.compile is original and not in_block()
    assert seen["in_block"] is False and seen["pattern"] == original(r"别的线程(甲|乙)")
    stored = compiled_patterns._load(path)
    assert (r"本线程(一|二)", 0) in stored and (r"别的线程(甲|乙)", 0) not in stored
