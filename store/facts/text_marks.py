"""Where a text's sentences, ；-parts and clauses start, for the passes that run after the
context (hk_tw_bases, subject_repairs): a sentence by bisection, the rest within it."""

from __future__ import annotations

import bisect
import re

_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# a clause mark; a comma or colon between digits (1,067.4; 10:30) is none (filtered after)
_CLAUSE_MARK_RE = re.compile(r"[，；：。！？;!?\n,:]")


def _between_digits(norm: str, i: int) -> bool:
    return i > 0 and norm[i - 1].isdigit() and norm[i + 1:i + 2].isdigit()


class TextMarks:
    """Sentence, segment and clause starts of one text: sentences from the ends the caller
    read, the rest scanned within the sentence on demand (sentences are short)."""

    __slots__ = ("_clause_marks", "_clause_starts", "_norm", "_sentences")

    def __init__(self, norm: str, sentence_ends: list[int] | None = None) -> None:
        self._norm = norm
        self._clause_starts: dict[int, int] = {}
        self._clause_marks: list[int] | None = None     # offsets of the clause marks, read on first use
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
            marks = self._clause_marks
            if marks is None:                   # one scan of the text, then a bisection per figure
                marks = self._clause_marks = self._marks()
            a = self.sentence_start(s)
            i = bisect.bisect_left(marks, s) - 1
            start = marks[i] + 1 if i >= 0 and marks[i] >= a else a
            self._clause_starts[s] = start
        return start

    def _marks(self) -> list[int]:
        """Offsets of the text's clause marks (a comma or colon between digits is none)."""
        norm = self._norm
        return [m.start() for m in _CLAUSE_MARK_RE.finditer(norm)
                if m.group() not in ",:" or not _between_digits(norm, m.start())]

    def clause_end(self, e: int) -> int:
        """Where the clause holding offset `e` ends (at its mark), -1 at the text's end."""
        marks = self._clause_marks
        if marks is None:
            marks = self._clause_marks = self._marks()
        i = bisect.bisect_left(marks, e)
        return marks[i] if i < len(marks) else -1
