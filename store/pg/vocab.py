"""The pinyin vocabulary as a table, counted and spelled by store.search.pinyin.

Each commit adds the word counts of its articles, exactly as the TinyDB
index's update merges them into its vocabulary file, so a Latin-letter query
expands to the same Chinese words on both backends.
"""

from __future__ import annotations

from typing import Any

from store.search.pinyin import MAX_WORDS, PinyinLookup, build_vocab, count_words


def add_words(conn: Any, strong: list[str], weak: list[str]) -> None:
    """Count the words of a commit's texts and add them to the table."""
    if not strong and not weak:
        return
    counts = count_words(strong, weak)
    if not counts:
        return
    known = {word: [0, full, initials] for word, full, initials in conn.execute(
        "SELECT word, full_pinyin, initials FROM pinyin_vocab WHERE word = ANY(%s)", (list(counts),))}
    delta = build_vocab(counts, known)  # new words spelled; counts of this commit only
    with conn.cursor() as cur:
        cur.execute("CREATE TEMP TABLE vocab_delta (word text, count bigint, full_pinyin text, initials text) "
                    "ON COMMIT DROP")
        with cur.copy("COPY vocab_delta FROM STDIN") as copy:
            for word, (count, full, initials) in delta.items():
                copy.write_row((word, count, full, initials))
        cur.execute("INSERT INTO pinyin_vocab SELECT * FROM vocab_delta ON CONFLICT (word) "
                    "DO UPDATE SET count = pinyin_vocab.count + excluded.count")
        cur.execute("DELETE FROM pinyin_vocab WHERE word IN (SELECT word FROM pinyin_vocab "
                    "ORDER BY count DESC, word OFFSET %s)", (MAX_WORDS,))


def load_lookup(conn: Any) -> PinyinLookup:
    vocab = {word: [count, full, initials] for word, count, full, initials in conn.execute(
        "SELECT word, count, full_pinyin, initials FROM pinyin_vocab")}
    return PinyinLookup(vocab)
