"""Loading the extractor: its patterns come from a cache of compiled programs
that changes no pattern and no fact, and a missing, damaged or unwritable
cache only costs the compiling."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from store.facts import compiled_patterns, load_cache, word_table
from store.facts.compiled_patterns import PatternCache, cache_file, cached_compiles
from tests.conftest import REPO, SEED_FILE

RULE_PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万|亿)?元", 0),
    (r"[一二三四五六七八九十]+个百分点", re.IGNORECASE),
    (rb"bytes\d+", 0),
    (r"(同比|环比)(增长|下降)", re.VERBOSE),
]


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_cached_program_makes_the_pattern_re_compile_makes():
    """(with the first-character set re.compile leaves out: tests/test_facts_first_chars.py)"""
    fresh = PatternCache({})
    first = [fresh.compile(p, f) for p, f in RULE_PATTERNS]
    assert fresh.missed and len(fresh.programs) == len(RULE_PATTERNS)
    reloaded = PatternCache(dict(fresh.programs))
    again = [reloaded.compile(p, f) for p, f in RULE_PATTERNS]
    assert not reloaded.missed
    for (pattern, flags), a, b in zip(RULE_PATTERNS, first, again):
        plain = re.compile(pattern, flags)
        assert a == b and (b.pattern, b.flags, b.groupindex, b.groups) == \
            (plain.pattern, plain.flags, plain.groupindex, plain.groups)
        text = "增长12.5万元，同比增长3亿元 bytes42" if isinstance(pattern, str) else b"bytes42 bytes7"
        assert [m.span() for m in b.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert again[0].fullmatch("12.5万元").group("unit") == "万"


def test_the_cache_file_is_written_once_and_then_read(cache_home):
    original = re.compile
    with cached_compiles():
        assert re.compile is not original
        re.compile(r"测试(一|二)")
    path = cache_file()
    assert path.is_relative_to(cache_home) and path.is_file()
    written = path.stat().st_mtime_ns
    with cached_compiles():
        assert re.compile(r"测试(一|二)").match("测试二")
    assert path.stat().st_mtime_ns == written  # nothing new: not rewritten
    assert re.compile is original  # restored after the block


def test_the_extractor_builds_the_same_patterns_in_every_process(tmp_path):
    """A pattern joined from a set in hash order would be a new cache key in each process: every
    `factdesk ingest` of one article would then miss, compile and rewrite the cache (a third of
    a second) and the file would grow with every run."""
    code = ("import store.facts as f; f.article_facts({'id': 'x', 'title': 't', 'body': '增长5%。'}); "
            "from store.facts.compiled_patterns import cache_file; print(cache_file())")
    keys = []
    for seed in ("1", "2"):
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / seed), "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                             check=True).stdout.strip()
        keys.append(set(load_cache.read(Path(out))))
    assert keys[0] and keys[0] == keys[1], sorted(str(k)[:80] for k in keys[0] ^ keys[1])


def test_a_damaged_or_foreign_cache_file_is_ignored_and_rebuilt(cache_home):
    with cached_compiles():
        re.compile(r"损坏(甲|乙)")
    path = cache_file()
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0xFF
    path.write_bytes(bytes(raw))
    assert compiled_patterns._load(path) == {}
    with cached_compiles():
        assert re.compile(r"损坏(甲|乙)") == re.compile(r"损坏(甲|乙)", 0)
    assert compiled_patterns._load(path) != {}
    path.write_bytes(b"not marshal at all")
    with cached_compiles():
        assert re.compile(r"损坏(甲|乙)").fullmatch("损坏乙")


def test_a_program_this_python_would_not_make_is_compiled_instead():
    bad = PatternCache({("坏(a)", 0): (0, [1, 2, 3], 0, {}, (None,))})
    assert bad.compile("坏(a)").fullmatch("坏a")


def _facts_in_child(env: dict[str, str], loader: str) -> str:
    code = (f"import json, sys\n{loader}\n"
            "text = open(sys.argv[1], encoding='utf-8').read()\n"
            "print(json.dumps(extract(text, date='2025-11-25'), ensure_ascii=False, sort_keys=True, default=str))")
    proc = subprocess.run([sys.executable, "-c", code, str(SEED_FILE)], cwd=REPO, env=env,
                          capture_output=True, text=True, check=True)
    return proc.stdout


def test_the_facts_are_the_same_with_a_cold_a_warm_and_no_cache(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory would be", encoding="utf-8")
    no_cache = {**os.environ, "XDG_CACHE_HOME": str(blocked)}  # nothing read, nothing written
    plain = _facts_in_child(no_cache, "from store.facts.extractor import extract")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cold = _facts_in_child(env, "from store.facts import extract")
    written = {p.name.split("-")[0] for p in (tmp_path / "cache" / "factdesk").glob("*/*.marshal")}
    assert written == {"patterns", "jieba"}
    warm = _facts_in_child(env, "from store.facts import extract")
    assert json.loads(plain) and plain == cold == warm
    assert _facts_in_child(no_cache, "from store.facts import extract") == plain


DICT_TXT = "重庆 500 ns\n长寿 30 ns\n增长 900 v\n在 8000 p\n重庆 700 ns\n零次 0 m\n的 9000 uj\n"
TAGS = frozenset({"v", "p", "uj"})


def test_the_word_table_answers_every_word_as_the_dict_of_dict_txt(cache_home, tmp_path, monkeypatch):
    path = tmp_path / "dict.txt"
    path.write_text(DICT_TXT, encoding="utf-8")
    first, tags, total = word_table.word_counts(path, TAGS)
    assert isinstance(first, dict)  # nothing cached yet: the dict, and the table written for next time
    table, tags_again, total_again = word_table.word_counts(path, TAGS)
    assert isinstance(table, word_table.WordCounts) and (tags_again, total_again) == (tags, total)
    assert first == {"重庆": "700", "长寿": "30", "增长": "900", "在": "8000", "零次": "0", "的": "9000"}
    assert tags == {"增长": "v", "在": "p", "的": "uj"}
    monkeypatch.setattr(word_table, "LOOKUPS_BEFORE_DICT", 8)  # the last probes go through the dict
    for word in [*first, "重", "重庆市", "", "zz", "零次", *first]:
        assert table.get(word) == first.get(word) and (word in table) == (word in first), word


def test_a_damaged_word_table_or_other_tags_read_dict_txt_again(cache_home, tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text(DICT_TXT, encoding="utf-8")
    word_table.word_counts(path, TAGS)
    [cached] = load_cache.cache_dir().glob("jieba-words-*.marshal")
    raw = bytearray(cached.read_bytes())
    raw[-2] ^= 0xFF
    cached.write_bytes(bytes(raw))
    again, _, _ = word_table.word_counts(path, TAGS)
    assert isinstance(again, dict) and load_cache.read(cached) is not None  # rebuilt
    other, tags, _ = word_table.word_counts(path, frozenset({"v"}))
    assert isinstance(other, dict) and tags == {"增长": "v"}
