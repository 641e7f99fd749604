"""The pinyin lookup answers a spelling the same way whether it scans the
vocabulary (the first few spellings a process asks for) or reads the tables
it builds for many (the app as the user types)."""

from __future__ import annotations

from store.search.pinyin import INITIALS_KEEP, PinyinLookup

VOCAB = {
    "重庆": [50, "chongqing", "cq"],
    "长期": [80, "changqi", "cq"],
    "产权": [80, "chanquan", "cq"],   # same count as 长期: the word breaks the tie
    "崇庆": [3, "chongqing", "cq"],
    "长寿": [9, "changshou", "cs"],
    **{f"词{i}": [1, f"ciyu{i}", "cq"] for i in range(INITIALS_KEEP + 5)},  # more than the initials keep
}


def _tables() -> PinyinLookup:
    lookup = PinyinLookup(VOCAB)
    for _ in range(PinyinLookup.SCANS):
        lookup.words("cs")
    return lookup


def test_a_scan_gives_what_the_tables_give():
    tables = _tables()
    for latin in ("cq", "CQ", "chongqing", "changshou", "cs", "ciyu3", "nothing", "c"):
        assert PinyinLookup(VOCAB).words(latin) == tables.words(latin), latin


def test_full_spellings_come_first_then_the_most_frequent_by_initials():
    words = PinyinLookup(VOCAB).words("cq")
    assert words[:4] == ["产权", "长期", "重庆", "崇庆"]
    assert len(words) == INITIALS_KEEP
    assert PinyinLookup(VOCAB).words("chongqing") == ["重庆", "崇庆"]


def test_a_scan_of_the_vocabulary_file_gives_what_the_tables_give():
    import json

    vocab = {**VOCAB, '引"号], "cq': [7, "yinhao", "cq"], "a": [4, "a", "a"]}  # a word that looks like JSON
    raw = json.dumps(vocab, ensure_ascii=False).encode()
    tables = PinyinLookup(vocab)
    for _ in range(PinyinLookup.SCANS):
        tables.words("cs")
    for latin in ("cq", "chongqing", "yinhao", "a", "cs", "ciyu3", "nothing", "c", "q"):
        assert PinyinLookup(raw=raw).words(latin) == tables.words(latin), latin


def test_a_damaged_vocabulary_file_spells_nothing_rather_than_failing():
    assert PinyinLookup(raw=b'{"\xe9\x87\x8d": [5, "chong').words("chong") == []
    assert PinyinLookup(raw=b"not json").words("cq") == []
