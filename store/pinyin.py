"""Pinyin vocabulary for Latin-letter queries (ingest-time only).

A pinyin query is turned into the Chinese words it can spell, which are then
searched exactly.  Converting *words* (not single chars) lets pypinyin's phrase
dictionary read polyphones right (重庆 -> chongqing, not zhongqing).

The vocabulary comes from jieba segmentation of titles, section headings, fact
subjects (all their words) and the first paragraph of each body (words seen at
least twice).  Segmenting every body costs ~3 min at 100k articles (jieba runs
at ~350k chars/s here), so bodies contribute only their lead.  jieba and
pypinyin are imported lazily: only while building, never on query or import.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

MIN_LEN, MAX_LEN = 2, 6
LEAD_CHARS = 60          # how much of each body's first paragraph is segmented
MAX_WORDS = 300_000      # bound on the vocabulary
INITIALS_KEEP = 30       # words kept per initials key (most frequent first)


def _is_cjk_word(w: str) -> bool:
    return MIN_LEN <= len(w) <= MAX_LEN and all("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in w)


def _jieba():
    import logging

    import jieba  # lazy: ~1 s to load its dictionary

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def count_words(strong: Iterable[str], weak: Iterable[str]) -> Counter[str]:
    """Word counts of `strong` texts (titles, headings, subjects: every word kept)
    and `weak` texts (body leads: only words seen >= 2 times are kept).
    Strong words are counted with a large bonus so that they survive trimming."""
    jieba = _jieba()
    counts: Counter[str] = Counter()
    for text in strong:
        for w in jieba.cut_for_search(text):  # also the short words inside long ones (长寿 in 长寿区)
            if _is_cjk_word(w):
                counts[w] += 1000
    weak_counts: Counter[str] = Counter()
    for text in weak:
        for w in jieba.cut(text[:LEAD_CHARS], HMM=False):  # plain cut: ~3x faster than cut_for_search
            if _is_cjk_word(w):
                weak_counts[w] += 1
    for w, c in weak_counts.items():
        if c >= 2 or w in counts:
            counts[w] += c
    if len(counts) > MAX_WORDS:
        counts = Counter(dict(counts.most_common(MAX_WORDS)))
    return counts


def initials_of(word_pinyin: list[str]) -> str:
    return "".join(s[0] for s in word_pinyin if s)


def build_vocab(counts: Counter[str], known: dict[str, list] | None = None) -> dict[str, list]:
    """{word: [count, full_pinyin, initials]}; words already in `known` keep their spelling."""
    from pypinyin import lazy_pinyin

    vocab: dict[str, list] = {w: list(v) for w, v in (known or {}).items()}
    new = [w for w in counts if w not in vocab]
    for w in new:
        syl = lazy_pinyin(w, errors="ignore")
        if len(syl) != len(w) or not all(s.isascii() and s.isalpha() for s in syl):
            continue
        vocab[w] = [0, "".join(syl).lower(), initials_of([s.lower() for s in syl])]
    for w, c in counts.items():
        if w in vocab:
            vocab[w][0] += c
    if len(vocab) > MAX_WORDS:
        keep = sorted(vocab.items(), key=lambda kv: -kv[1][0])[:MAX_WORDS]
        vocab = dict(keep)
    return vocab


class PinyinLookup:
    """Query side: Latin letters -> Chinese words (no jieba/pypinyin needed)."""

    def __init__(self, vocab: dict[str, list]):
        self.full: dict[str, list[str]] = {}
        self.init: dict[str, list[str]] = {}
        order = sorted(vocab.items(), key=lambda kv: (-kv[1][0], kv[0]))
        for w, (_, full, ini) in order:
            self.full.setdefault(full, []).append(w)
            lst = self.init.setdefault(ini, [])
            if len(lst) < INITIALS_KEEP:
                lst.append(w)

    def words(self, latin: str) -> list[str]:
        """Words spelled by `latin` in full pinyin first, then by initials."""
        latin = latin.lower()
        out = list(self.full.get(latin, ()))
        if len(latin) <= MAX_LEN:
            out += [w for w in self.init.get(latin, ()) if w not in out]
        return out
