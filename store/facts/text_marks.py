"""Where a text's sentences, ；-parts and clauses start, for the passes that run after the
context (hk_tw_bases, subject_repairs): a sentence by bisection, the rest within it."""

from __future__ import annotations

import bisect
import re

_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# a clause mark; a comma or colon between digits (1,067.4; 10:30) is none (filtered after)
_CLAUSE_MARK_RE = re.compile(r"[，；：。！？;!?\n,:]")
_PLAIN_MARKS = "，；：。！？;!?\n"


def _between_digits(norm: str, i: int) -> bool:
    return i > 0 and norm[i - 1].isdigit() and norm[i + 1:i + 2].isdigit()


class TextMarks:
    """Sentence, segment and clause starts of one text: sentences from the ends the caller
    read, the rest scanned within the sentence on demand (sentences are short)."""

    __slots__ = ("_clause_starts", "_norm", "_sentences")

    def __init__(self, norm: str, sentence_ends: list[int] | None = None) -> None:
        self._norm = norm
        self._clause_starts: dict[int, int] = {}
        self._sentences = sentence_ends if sentence_ends is not None else \
            [m.end() for m in _SENTENCE_END_RE.finditer(norm)]

    def sentence_start(self, s: int) -> int:
        k = bisect.bisect_right(self._sentences, s) - 1
        return self._sentences[k] if k >= 0 else 0

    def segment_start(self, s: int) -> int:
        a = self.sentence_start(s)
        k = max(self._norm.rfind("；", a, s), self._norm.rfind(";", a, s))
        return k + 1 if k >= 0 else a

    def clause_start(self, s: int) -> int:
        start = self._clause_starts.get(s)
        if start is None:
            norm = self._norm
            a = self.sentence_start(s)
            k = max(norm.rfind(c, a, s) for c in _PLAIN_MARKS)
            for c in ",:":                      # a comma or colon between digits is none
                j = norm.rfind(c, a, s)
                while j > k and _between_digits(norm, j):
                    j = norm.rfind(c, a, j)
                k = max(k, j)
            start = k + 1 if k >= 0 else a
            self._clause_starts[s] = start
        return start

    def clause_end(self, e: int) -> int:
        """Where the clause holding offset `e` ends (at its mark), -1 at the text's end."""
        norm = self._norm
        for m in _CLAUSE_MARK_RE.finditer(norm, e):
            if m.group() not in ",:" or not _between_digits(norm, m.start()):
                return m.start()
        return -1
