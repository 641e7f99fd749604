"""Written forms read through a rewritten copy of the text, with offsets mapped back.

Some forms are the same figure as a form the extractor already reads, but
written with a different number of characters: a Republic of China year
(`112年` is 2023年), the Taiwan magnitude `兆` (万亿: `1兆485億` is 10485億),
Chinese digits with a decimal point (`七.九三%` is 7.93%, `六九三點七億` 693.7億) and
a 萬 before comma-grouped digits (`3萬2,105` is 32105), Hong Kong dollars
written around the number (`港幣 0.63 元` is 0.63 港元), a fiscal quarter
(`第一财季` is read as 第一季), a line wrapped inside a sentence (`失業率升\\n至５﹒２％`
is 失業率升至５﹒２％), a column's label opening a headline (`【新思想引领新征程】春节假期…`: its closing
bracket a line break).  Rather than teach
every rule each form, the text is rewritten into the form it stands for, the
figures are read from the rewrite, and each fact's offsets are mapped back to
the text as written, so that ``text[start:end] == surface`` still holds and
the surface is what the source says (`112年`, value 2023).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .bracketed_calendar import bracketed_calendar_edits
from .cn_digit_numbers import COUNT_DIGITS_CUE_RE, cn_digit_edits
from .cn_index_points import cn_index_point_edits
from .cn_point_words import cn_point_edits
from .column_labels import CUES as _LABEL_CUES, column_label_edits
from .compound_numbers import compound_edits
from .fiscal_quarters import fiscal_quarter_edits
from .hk_dollars import hkd_edits
from .roc_years import roc_year_edits
from .spaced_words import spaced_word_edits
from .spoken_numerals import spoken_numeral_edits
from .wrapped_lines import wrapped_line_edits

Fact = dict[str, Any]
# (start, end, replacement) in the original text, sorted, never overlapping
Edit = tuple[int, int, str]


@dataclass(slots=True)
class Rewritten:
    """A rewritten text and the map of its offsets back to the original."""

    original: str
    text: str
    new_starts: list[int]         # where each edit starts in the rewritten text
    edits: list[tuple[int, int, int, int]]   # (orig start, orig end, new start, new end)
    written: dict[str, str]       # a replacement → the original it stands for (when unambiguous)

    def to_original(self, p: int, *, end: bool) -> int:
        """The original offset of rewritten offset `p`; inside an edit, its start (or its end
        for the end of a span)."""
        k = bisect.bisect_right(self.new_starts, p) - 1
        if k < 0:
            return p
        os_, oe, ns, ne = self.edits[k]
        if p >= ne:
            return oe + (p - ne)
        if p == ns:
            return os_
        return oe if end else os_

    def restore(self, facts: list[Fact]) -> list[Fact]:
        """The facts with offsets and surfaces of the original text."""
        for f in facts:
            s = self.to_original(f["start"], end=False)
            e = self.to_original(f["end"], end=True)
            f["start"], f["end"] = s, e
            f["surface"] = self.original[s:e]
            for key in _WORDING_FIELDS:         # subjects and bases quote the text as written
                v = f.get(key)
                if v:
                    for rep, orig in self.written.items():
                        if rep in v:
                            v = v.replace(rep, orig)
                    f[key] = v
        return facts


_WORDING_FIELDS = ("subject", "base", "clause", "change_word")


# the edit finders, each (text) -> sorted edits; the first finder's edit wins an overlap
_FINDERS: tuple[Callable[[str], list[Edit]], ...] = (roc_year_edits, compound_edits, cn_digit_edits, cn_point_edits,
                                                             cn_index_point_edits, hkd_edits, fiscal_quarter_edits, spoken_numeral_edits,
                                                             bracketed_calendar_edits, spaced_word_edits,
                                                             wrapped_line_edits, column_label_edits)


# a character every form above holds (ROC years: 年; 兆; 萬/万/億/亿 before digits; a space; 港幣; 财季;
# the point of 七.九三%; the places of spoken numerals: 十七八万, 1千3; 零下)
_CUES = ("年", "兆", "萬", "万", "億", "亿", " ", "\u3000", "港", "财季", "財季", "财政季", "財政季", ".", "．", "﹒", "‧", "·", "・",
         "十", "百", "千", "零下", ")月", "）月", "\n", "點", "点",
         "噸", "吨", "公斤", "公頃", "公顷", "公克", "公尺", "公升", "公里", "公秉",   # (二二六六公噸: digits before a measure)
         *_LABEL_CUES)


def rewrite(text: str) -> Rewritten | None:
    """The text with every form above rewritten, or None when it holds none (the usual case)."""
    if not any(c in text for c in _CUES) and not COUNT_DIGITS_CUE_RE.search(text):
        return None                         # (一六六四個學系組: a count printed digit by digit holds none of the cues)
    edits: list[Edit] = []
    for finder in _FINDERS:
        for ed in finder(text):
            if all(ed[1] <= a or ed[0] >= b for a, b, _ in edits):
                edits.append(ed)
    if not edits:
        return None
    edits.sort()
    parts: list[str] = []
    mapped: list[tuple[int, int, int, int]] = []
    pos = new = 0
    for s, e, rep in edits:
        parts.append(text[pos:s])
        new += s - pos
        mapped.append((s, e, new, new + len(rep)))
        parts.append(rep)
        new += len(rep)
        pos = e
    parts.append(text[pos:])
    written = {rep: text[s:e] for s, e, rep in edits if rep[:1].isdigit() and rep not in text}
    return Rewritten(text, "".join(parts), [m[2] for m in mapped], mapped, written)
