"""The extractor against hand-labelled gold facts (tests/gold/, conventions in its README).

The gold files are checked first: every surface sits at its offset, every
field is present and well-formed.  Then the extractor is scored field by field
(benchmarks/facts_gold.py does the scoring and prints the same table) and must
stay above the floors below, which record what it achieved when they were set;
raise them as the extractor improves, never lower them to make a change pass.
Bulk gold sentences are read from ../shared/corpus/bulk/ at run time and are
skipped, with a note, when the corpus is absent.  The held-back set
(heldback_*.jsonl, labelled apart from the extractor's engineers) has floors of
its own: it measures how the extractor does on text nobody tuned it on; so does
the fresh set (fresh_*.jsonl), labelled after the held-back set had been tuned on,
the unseen set (unseen_*.jsonl), labelled after the fresh set had been tuned on,
the blind set (blind_*.jsonl), labelled after the unseen set had been tuned on, and the sealed set
(sealed_*.jsonl), labelled without anyone running the extractor on it and scored first by the lead.
The second sealed set (sealed2_*.jsonl), labelled after the sealed set had been tuned on, and the third
(sealed3_*.jsonl), labelled as sealed2 was about to be tuned on, have floors set once the lead had scored
them (sealed2 at the round's start, then tuned on; sealed3 once, at its end).  The fourth sample, its bulk
part and its public part labelled apart, is split in two halves by page and article: sealed4_*.jsonl to tune
on and sealed5_*.jsonl kept sealed until its session's end, then tuned on.  The sixth sample
(sealed6_*.jsonl), labelled apart in a public and a bulk part, was scored at its session's start and end.
The seventh (sealed7_*.jsonl), labelled apart in a public and a bulk part, was scored at its session's start and
after its first wave, then tuned on; the eighth (sealed8_*.jsonl), likewise, at its session's start and end.
The ninth (sealed9_*.jsonl), labelled apart likewise, was scored at its session's start and end.
The tenth (sealed10_*.jsonl), labelled apart likewise, was scored at its session's start and end.
The eleventh (sealed11_*.jsonl), labelled apart the same session, was scored with its first code, then tuned on.
The twelfth (sealed12_*.jsonl), labelled apart likewise, was scored at its session's start and end.
The thirteenth (sealed13_*.jsonl), labelled apart likewise, was scored at its session's start and end.
The fourteenth (sealed14_*.jsonl), labelled apart likewise, was scored once on landing, then tuned on.
The fifteenth (sealed15_*.jsonl), labelled apart likewise, was scored at its session's start and end.
The sixteenth (sealed16_*.jsonl), labelled apart likewise, was scored at its round's start and end.
The seventeenth (sealed17_*.jsonl), labelled apart likewise, was scored at its round's start and end.
The eighteenth (sealed18_*.jsonl), labelled apart likewise, was scored at its round's start and end.
The nineteenth (sealed19_*.jsonl), labelled apart likewise, was scored at its round's start and end.
The twentieth (sealed20_*.jsonl), labelled apart likewise, was scored at its round's start and end.
The twenty-first (sealed21_*.jsonl) likewise.
The twenty-second (sealed22_*.jsonl) likewise.
The twenty-third (sealed23_*.jsonl) likewise.
The twenty-fourth (sealed24_*.jsonl) likewise.
The twenty-fifth (sealed25_*.jsonl) likewise.
The twenty-sixth (sealed26_*.jsonl) likewise.
The twenty-seventh (sealed27_*.jsonl) likewise.
The twenty-eighth (sealed28_*.jsonl) likewise.
The twenty-ninth (sealed29_*.jsonl) likewise.
The thirtieth (sealed30_*.jsonl) likewise.
The thirty-first (sealed31_*.jsonl) likewise.
The thirty-second (sealed32_*.jsonl) likewise, scored with the first and the last code of the round that made it.
The thirty-third (sealed33_*.jsonl) likewise.
The thirty-fourth (sealed34_*.jsonl) likewise.
The thirty-fifth (sealed35_*.jsonl) likewise.
The thirty-sixth (sealed36_*.jsonl) likewise.
The thirty-seventh (sealed37_*.jsonl) likewise.
The thirty-eighth (sealed38_*.jsonl) likewise.
The thirty-ninth (sealed39_*.jsonl) likewise.
The fortieth (sealed40_*.jsonl) likewise.
The forty-first (sealed41_*.jsonl) likewise.
The forty-second (sealed42_*.jsonl) likewise.
The forty-third (sealed43_*.jsonl) likewise.
The forty-fourth (sealed44_*.jsonl) likewise.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import BULK, REPO

GOLD = REPO / "tests" / "gold"
FACT_KEYS = ("surface", "start", "kind", "value", "value_high", "unit", "per", "qualifier", "subject",
             "period", "change", "change_word", "base")
# canonical periods and date values: 2024, 2024H1, 2024Q3, 2024Q1-Q3, 2024-07, 2024-05-31, and ranges a/b of them
PERIOD = re.compile(r"\d{4}(H[12]|Q[1-4](-Q[1-4])?|-\d{2}(-\d{2})?)?(/\d{4}(H[12]|Q[1-4]|-\d{2}(-\d{2})?)?)?")
KINDS = {"money", "count", "quantity", "percent", "points", "index", "multiple", "ratio", "rank", "date",
         "year", "duration"}

# Floors on the share of gold facts (found) or of found facts (other fields), over public + bulk.
FLOORS = {
    "found": 0.95,
    "found figures": 0.96,
    "sign": 1.0,            # issue 10: no sign may be lost
    "unit": 0.97,
    "kind": 0.98,
    "subject~": 0.90,
    "period": 0.85,
    "change": 0.94,
    "qualifier": 0.97,
    "base": 0.92,
}
MAX_JUNK = 0             # issue 10: zero junk
# The held-back set's floors: what the extractor reached on it after the misses it showed were fixed
# as classes (before: found 91.0, unit 96.9, subject~ 84.1, period 78.3, change 95.2, 9 junk), raised
# after the fresh set's classes were fixed.
HELDBACK_FLOORS = {
    "found": 0.97,
    "found figures": 0.97,
    "sign": 1.0,
    "unit": 0.97,
    "kind": 0.99,
    "subject~": 0.87,
    "period": 0.86,
    "change": 0.98,
    "qualifier": 0.98,
    "base": 0.95,
}
# Its public part alone, for a clone without ../shared (the bulk part is read from the corpus):
# what the extractor reached on those rows, rounded down.
HELDBACK_PUBLIC_FLOORS = {
    "found": 0.98,
    "found figures": 0.99,
    "sign": 1.0,
    "unit": 0.97,
    "kind": 0.99,
    "subject~": 0.90,
    "period": 0.86,
    "change": 0.87,
    "qualifier": 0.95,
    "base": 0.87,
}
# The fresh set's floors (fresh_*.jsonl, labelled after the held-back set had been tuned on): what the
# extractor reached on it once the classes of misses it showed were fixed, rounded down (first, unseen:
# found 94.1, unit 97.4, kind 99.7, subject~ 83.7, period 78.8, change 97.7, base 94.1, 1 junk).
FRESH_FLOORS = {
    "found": 0.97,
    "found figures": 0.98,
    "sign": 1.0,
    "unit": 0.99,
    "kind": 0.99,
    "subject~": 0.94,
    "period": 0.91,
    "change": 0.98,
    "qualifier": 0.98,
    "base": 0.95,
}
# Its public part alone, for a clone without ../shared.
FRESH_PUBLIC_FLOORS = {
    "found": 0.97,
    "found figures": 0.99,
    "sign": 1.0,
    "unit": 0.99,
    "kind": 0.99,
    "subject~": 0.95,
    "period": 0.94,
    "change": 0.98,
    "qualifier": 0.98,
    "base": 0.86,
}
# The unseen set's floors (unseen_*.jsonl, labelled after the fresh set had been tuned on): what the
# extractor reached on it once the classes of misses it showed in fields other than subject and
# period were fixed, rounded down (first, unseen: found 92.9, figures found 96.8, unit 95.2, kind 99.5,
# subject~ 85.3, period 89.3, change 94.3, base 96.4, 5 junk; see tests/gold/README.md).
UNSEEN_FLOORS = {
    "found": 0.95,
    "found figures": 0.98,
    "sign": 1.0,
    "unit": 0.99,
    "kind": 0.99,
    "subject~": 0.86,
    "period": 0.89,
    "change": 0.99,
    "qualifier": 0.99,
    "base": 0.99,
}
# Its public part alone, for a clone without ../shared.
UNSEEN_PUBLIC_FLOORS = {
    "found": 0.92,
    "found figures": 0.97,
    "sign": 1.0,
    "unit": 0.99,
    "kind": 0.99,
    "subject~": 0.84,
    "period": 0.90,
    "change": 0.98,
    "qualifier": 0.99,
    "base": 0.98,
}
# The blind set's floors (blind_*.jsonl, labelled after the unseen set had been tuned on, every field
# written before the extractor was run on it): set first a little below its first honest score
# (extractor at 5fb4e07 on the corrected labels: found 92.2, figures found 94.4, unit 96.8, kind 99.7,
# subject~ 84.1, period 89.2, change 98.1, qualifier 98.9, base 92.2; see tests/gold/README.md), then
# raised a little below what the extractor reached once the classes of misses it showed were fixed
# (ROC years, 兆, HK dollars, HK/Taiwan bases, windows, labels …: found 97.5, figures found 98.2,
# unit 99.7, subject~ 90.4, period 95.6, change 99.5, qualifier 99.0, base 99.7, no junk).
BLIND_FLOORS = {
    "found": 0.96,
    "found figures": 0.97,
    "sign": 1.0,
    "unit": 0.98,
    "kind": 0.99,
    "subject~": 0.88,
    "period": 0.93,
    "change": 0.98,
    "qualifier": 0.98,
    "base": 0.97,
}
# Its public part alone, for a clone without ../shared (reached: found 98.4, figures found 99.5,
# unit 100, subject~ 90.2, period 96.7, change 99.1, base 99.5).
BLIND_PUBLIC_FLOORS = {
    "found": 0.96,
    "found figures": 0.98,
    "sign": 1.0,
    "unit": 0.98,
    "kind": 0.99,
    "subject~": 0.88,
    "period": 0.94,
    "change": 0.97,
    "qualifier": 0.98,
    "base": 0.97,
}
# The blind set made 3 junk facts from its traps when first scored (四次會議, 二套, a lyric's 三千万);
# they are labels now (store/facts/label_traps.py), so its ceiling is the other sets' MAX_JUNK.
BLIND_MAX_JUNK = 0
# The sealed set's floors (sealed_*.jsonl: labelled this round without anyone running the extractor on it,
# scored first by the lead after the round's rules were merged — found 97.6, figures found 97.8, sign 99.7,
# unit 96.9, kind 98.9, subject~ 85.6, period 90.4, change 94.4, base 93.2, 6 junk; see tests/gold/README.md),
# set a little below what the extractor reached once the sign, junk, change and unit classes it showed were
# fixed (found 97.8, figures found 98.1, sign 100, unit 100, kind 100, subject~ 86.5, period 90.4,
# change 99.7, qualifier 98.9, base 93.2, no junk).
SEALED_FLOORS = {
    "found": 0.96,
    "found figures": 0.97,
    "sign": 1.0,
    "unit": 0.98,
    "kind": 0.98,
    "subject~": 0.84,
    "period": 0.88,
    "change": 0.98,
    "qualifier": 0.97,
    "base": 0.91,
}
# Its public part alone, for a clone without ../shared (reached: found 98.6, figures found 98.1,
# unit 100, subject~ 84.9, period 93.4, change 99.4, qualifier 97.6, base 86.1).
SEALED_PUBLIC_FLOORS = {
    "found": 0.97,
    "found figures": 0.97,
    "sign": 1.0,
    "unit": 0.98,
    "kind": 0.98,
    "subject~": 0.82,
    "period": 0.91,
    "change": 0.97,
    "qualifier": 0.96,
    "base": 0.84,
}
# The sealed2 set's floors (sealed2_*.jsonl, labelled this round without anyone running the extractor; its
# first score, at the round's start: figures found 95.0, sign 99.7, unit 99.7, subject~ 85.2, period 80.7,
# base 95.2, 5 junk), set a little below what the extractor reached once the classes it showed were fixed
# (raised on 2026-12-02 after a second round of classes: subject~ 93.9, period 90.2).
SEALED2_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                  "subject~": 0.92, "period": 0.88, "change": 0.98, "qualifier": 0.98, "base": 0.95}
SEALED2_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                         "subject~": 0.94, "period": 0.93, "change": 0.98, "qualifier": 0.98, "base": 0.94}
# The sealed3 set's floors (sealed3_*.jsonl, labelled this round and scored once, honestly, at its end:
# figures found 96.0, sign 99.0, unit 97.2, subject~ 87.9, period 82.3, base 95.8, 2 junk; see
# tests/gold/README.md), set below what the extractor reached after its sign class was fixed (raised on
# 2026-12-02, after it was tuned on: subject~ 95.6, period 93.5).
SEALED3_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.98,
                  "subject~": 0.94, "period": 0.92, "change": 0.95, "qualifier": 0.97, "base": 0.94}
SEALED3_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.98,
                         "subject~": 0.97, "period": 0.94, "change": 0.95, "qualifier": 0.97, "base": 0.95}
# The sealed4 set's floors (sealed4_*.jsonl: the half of the fourth sample that was tuned on; its first score,
# with the code of the session's start: figures found 94.5, subject~ 86.6, period 85.8, base 90.8, 10 junk).
SEALED4_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                  "subject~": 0.87, "period": 0.85, "change": 0.96, "qualifier": 0.98, "base": 0.93}
SEALED4_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                         "subject~": 0.86, "period": 0.85, "change": 0.96, "qualifier": 0.98, "base": 0.92}
# The sealed5 set's floors (sealed5_*.jsonl: scored honestly at the end of the session that made it — figures
# found 92.6, sign 98.9, unit 97.6, subject~ 81.7, period 75.6, base 93.1, 4 junk; see tests/gold/README.md —
# and tuned on in the next), set below what the extractor reached after that tuning.
SEALED5_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                  "subject~": 0.94, "period": 0.93, "change": 0.96, "qualifier": 0.99, "base": 0.92}
SEALED5_PUBLIC_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                         "subject~": 0.94, "period": 0.95, "change": 0.96, "qualifier": 0.99, "base": 0.92}
# The sealed6 set's floors (sealed6_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored once with the session's first code and once at its end, nothing tuned on it in between: figures found
# 96.9 → 97.1, unit 97.2 → 97.4, subject~ 85.0 → 85.9, period 84.0 → 84.2, 5 junk), set just below the end.
SEALED6_FLOORS = {"found": 0.97, "found figures": 0.96, "sign": 1.0, "unit": 0.96, "kind": 0.99,
                  "subject~": 0.85, "period": 0.83, "change": 0.97, "qualifier": 0.96, "base": 0.98}
SEALED6_PUBLIC_FLOORS = {"found": 0.96, "found figures": 0.95, "sign": 1.0, "unit": 0.97, "kind": 0.99,
                         "subject~": 0.84, "period": 0.89, "change": 0.97, "qualifier": 0.96, "base": 0.98}
# The sealed7 set's floors (sealed7_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored honestly at its session's start and after the first wave — figures found 96.5 → 96.8, subject~ 90.0 → 90.2,
# period 88.5 → 89.1 — then tuned on in the second wave), set just below what that tuning reached.
SEALED7_FLOORS = {"found": 0.94, "found figures": 0.97, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                  "subject~": 0.92, "period": 0.91, "change": 0.97, "qualifier": 0.98, "base": 0.95}
SEALED7_PUBLIC_FLOORS = {"found": 0.93, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                         "subject~": 0.93, "period": 0.97, "change": 0.96, "qualifier": 0.98, "base": 0.95}
# The sealed8 set's floors (sealed8_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored once with its session's first code and once at its end — figures found 96.6 → 96.7, subject~ 87.5 → 87.8,
# period 89.3 → 89.3, 4 junk — then tuned on in the next session), set just below what that tuning reached.
SEALED8_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                  "subject~": 0.94, "period": 0.95, "change": 0.97, "qualifier": 0.97, "base": 0.96}
SEALED8_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                         "subject~": 0.95, "period": 0.97, "change": 0.97, "qualifier": 0.96, "base": 0.96}
# The sealed9 set's floors (sealed9_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored once with the session's first code and once at its end, nothing tuned on it in between: figures found
# 97.9 → 97.9, subject~ 88.8 → 88.8, period 87.7 → 88.2, change 96.7 → 97.0, 2 junk), set just below the end;
# then tuned on (the next session: figures found 97.9 → 99.5, subject~ 88.8 → 94.8, period 88.2 → 93.5, change
# 97.0 → 99.2, base 94.3 → 96.6, junk 2 → 1), floors raised to just below that.
SEALED9_FLOORS = {"found": 0.97, "found figures": 0.99, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.94,
                  "period": 0.93, "change": 0.98, "qualifier": 0.99, "base": 0.96}
SEALED9_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                         "subject~": 0.95, "period": 0.94, "change": 0.99, "qualifier": 0.99, "base": 0.95}
# The sealed10 set's floors (sealed10_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored once with the session's first code and once at its end, nothing tuned on it in between: figures found
# 98.7 → 98.7, subject~ 87.8 → 87.9, period 80.5 → 81.2, change 97.3 → 97.9, 4 junk), set just below the end;
# then tuned on (the next session: figures found 98.7 → 99.1, subject~ 87.9 → 92.6, period 81.2 → 87.1 (82.4 →
# 83.2 of it from the ';' relabel), change 97.9 → 99.9, base 92.6 → 94.1, junk 4 → 0), floors raised to just below that.
# (period raised 2026-12-03 after the bare 上年度 rule: 88.4, public 90.4; again after period10's rules: 89.2, 91.1)
SEALED10_FLOORS = {"found": 0.97, "found figures": 0.99, "sign": 1.0, "unit": 0.97, "kind": 0.99, "subject~": 0.92,
                   "period": 0.88, "change": 0.99, "qualifier": 0.98, "base": 0.93}
SEALED10_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.99, "sign": 1.0, "unit": 0.96, "kind": 0.99,
                          "subject~": 0.92, "period": 0.90, "change": 0.99, "qualifier": 0.98, "base": 0.92}
# The sealed11 set's floors (sealed11_*.jsonl: labelled likewise the same session, scored once with its first code —
# figures found 98.3, sign 99.8, subject~ 85.2, period 87.7, base 94.1, 7 junk — then tuned on), set just below the end
# of the session after (subject~ 92.0, period 95.6 — the ";" relabel alone took it from 89.1 to 93.4 — base 98.4).
SEALED11_FLOORS = {"found": 0.94, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.91,
                   "period": 0.95, "change": 0.98, "qualifier": 0.97, "base": 0.98}
SEALED11_PUBLIC_FLOORS = {"found": 0.94, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.93, "period": 0.96, "change": 0.98, "qualifier": 0.97, "base": 0.98}
# The sealed12 set's floors (sealed12_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored once with the session's first code and once at its end, nothing tuned on it in between: figures found
# 98.1 → 98.1, subject~ 87.9 → 87.9, period 88.9 → 88.9, change 97.0 → 97.0, base 93.5 → 93.5, 2 junk), set just
# below the end.
# (period raised 2026-12-03 after the effective-day, run-end and 全年全市 rules: 93.5, public 96.5; again after
# period10's: 94.9, public 96.7)
SEALED12_FLOORS = {"found": 0.94, "found figures": 0.97, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.87,
                   "period": 0.94, "change": 0.96, "qualifier": 0.98, "base": 0.93}
SEALED12_PUBLIC_FLOORS = {"found": 0.94, "found figures": 0.98, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.88, "period": 0.96, "change": 0.96, "qualifier": 0.98, "base": 0.92}
# The sealed13 set's floors (sealed13_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored once with the session's first code and once at its end, nothing tuned on it in between: found 95.1 → 95.4,
# figures 97.8 → 97.8, subject~ 86.5 → 86.5, period 91.6 → 92.0, change 97.0 → 97.0, base 95.8 → 95.8, 4 junk),
# set just below the end; subject~ raised after the post-score rules for comparands and recorded balances (89.2),
# and again after the record, bracketed-list, carried-subject and coordination rules (subject10: 91.4, public 91.4);
# period raised after period10's rules (94.1, public 95.6).
SEALED13_FLOORS = {"found": 0.94, "found figures": 0.97, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.91,
                   "period": 0.93, "change": 0.96, "qualifier": 0.98, "base": 0.95}
SEALED13_PUBLIC_FLOORS = {"found": 0.96, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.91, "period": 0.95, "change": 0.96, "qualifier": 0.98, "base": 0.95}
# The sealed14 set's floors (sealed14_*.jsonl: a sample labelled by two people who never ran the extractor, scored
# at once with the code of its day — figures found 97.0, subject~ 86.0, period 90.4, change 96.5, base 92.9, 1 junk —
# and tuned on from then; sealed13, labelled just before it, stayed sealed), set just below that first score.
# Raised after its labels that broke written conventions were corrected and its classes fixed (tune14: found 97.4,
# figures 97.6, subject~ 88.0, period 91.6, change 97.1, base 93.7); period raised after period10's rules (92.7,
# public 95.2); subject~ raised after subj16's classes (89.9, public 89.6).
SEALED14_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.98, "kind": 0.98, "subject~": 0.88,
                   "period": 0.92, "change": 0.96, "qualifier": 0.98, "base": 0.93}
SEALED14_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.98,
                          "subject~": 0.88, "period": 0.94, "change": 0.95, "qualifier": 0.98, "base": 0.91}
# The sealed15 set's floors (sealed15_*.jsonl: a new sample labelled by two people who never ran the extractor,
# scored once with the round's first code and once at its end, nothing tuned on it in between: found 95.5 → 95.8,
# figures 95.0 → 95.0, subject~ 82.8 → 83.3, period 90.3 → 90.0, change 98.1 → 98.1, base 98.4 → 98.4, 9 → 8 junk),
# set just below the end; period raised to just below period16's 93.3 (public 94.9); subject~ raised below subj16's
# 88.7 (public 88.7).
SEALED15_FLOORS = {"found": 0.95, "found figures": 0.94, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.87,
                   "period": 0.93, "change": 0.97, "qualifier": 0.98, "base": 0.98}
SEALED15_PUBLIC_FLOORS = {"found": 0.95, "found figures": 0.94, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                          "subject~": 0.87, "period": 0.94, "change": 0.97, "qualifier": 0.99, "base": 0.97}
# The sealed16 set's floors (sealed16_*.jsonl: a new sample labelled by people who never ran the extractor, scored
# with the round's first and last code, nothing tuned on it in between: found 97.1 → 97.2, figures 97.1 → 97.1,
# unit 96.7, subject~ 87.2, period 91.7, change 97.4, base 94.1, 13 junk, all unchanged), set just below the end;
# period, change and base raised to just below what period17's classes reach (94.0, 98.8, 97.4; public 96.2, 98.7, 97.0);
# found and unit to just below what found17's classes reach (98.2, 97.7; public 98.4 and figures 98.2, unit 97.1);
# subject~ to just below what subj17's classes reach (90.6, public 91.1).
SEALED16_FLOORS = {"found": 0.98, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.99, "subject~": 0.90,
                   "period": 0.93, "change": 0.98, "qualifier": 0.99, "base": 0.97}
SEALED16_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.97, "kind": 0.99,
                          "subject~": 0.90, "period": 0.95, "change": 0.98, "qualifier": 0.99, "base": 0.96}
# The sealed17 set's floors (sealed17_*.jsonl: labelled apart by people who never ran the extractor, scored with
# its round's first and last code, nothing tuned on it in between: found 96.0 → 96.0, figures 96.2, unit 98.7,
# subject~ 85.0 → 85.6, period 92.5, change 96.9, base 96.8 → 96.9, 12 → 10 junk), set just below the end; found,
# figures, unit and kind raised to just below what found18's classes reach (found 98.2, public 99.0, figures 97.9,
# public 98.8, unit 99.6, kind 100, junk 0: slash dates, quoted index levels, size classes, labels, units); period and
# base to just below what period18's classes reach (period 95.4, public 96.2; base 98.7, public 98.5); subject~ to
# just below what subj18's classes reach (94.2, public 94.3). Found lowered to 0.97 by junk37 (97.9): its two clock times
# (`上午9时`, `下午3時`, dates without value in its labels) are no facts since the fresh samples trap them (a recorded
# label conflict, tests/gold/README.md "Label conflicts").
SEALED17_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.93,
                   "period": 0.95, "change": 0.96, "qualifier": 0.98, "base": 0.98}
SEALED17_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.93, "period": 0.95, "change": 0.96, "qualifier": 0.98, "base": 0.97}
# The sealed18 set's floors (sealed18_*.jsonl: labelled apart by people who never ran the extractor, scored with
# its round's first and last code, nothing tuned on it in between: found 97.1 → 97.2, figures 96.9, unit 97.6,
# subject~ 89.1, period 90.6, change 97.4, base 94.0 → 94.1, 8 junk), set just below the end; subject~ raised to
# just below what subj19's broader rules reach on it (91.9, public 91.8); found, figures and unit raised to just below
# what found19's classes reach (found 99.2, public 99.4; figures 99.2, public 99.4; unit 99.2, public 99.7; junk 0:
# ranks in lists, 塊 and per-amount prices, 號 days, 厘 coupons, age and hours bands); period to just below what
# period19's classes reach (94.1, public 95.7: event windows, lead-paragraph days, wrapped lines, prices from an hour).
SEALED18_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.91,
                   "period": 0.93, "change": 0.97, "qualifier": 0.98, "base": 0.94}
SEALED18_PUBLIC_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.91, "period": 0.95, "change": 0.97, "qualifier": 0.99, "base": 0.93}
# The sealed19 set's floors (sealed19_*.jsonl: labelled apart by people who never ran the extractor, scored with
# its round's first and last code, nothing tuned on it in between: found 94.6, figures 96.6, sign 99.9, unit 99.4,
# subject~ 86.1, period 90.2, change 97.5, base 92.8, 10 junk, the same at both ends), set just below the end; sign
# raised to 1.0 once its one sign class was fixed (亏损企业亏损额, the summed losses of loss-making firms, positive);
# found20 raised found, figures and period (Taiwan's ROC years in Chinese digits, 卅/廿 decimals, spaced 兆,
# 日平均 months, average counts: found 97.4, figures 98.3, period 91.7; public found 98.4, figures 100, period 91.3).
SEALED19_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.86,
                   "period": 0.91, "change": 0.97, "qualifier": 0.98, "base": 0.92}
SEALED19_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.98,
                          "subject~": 0.84, "period": 0.91, "change": 0.96, "qualifier": 0.98, "base": 0.91}
# The sealed20 set's floors (sealed20_*.jsonl: labelled apart by people who never ran the extractor, scored with
# its round's first and last code, nothing tuned on it in between: found 96.7, figures 96.7, sign 99.7, unit 99.8,
# subject~ 89.2 → 89.5, period 92.0, change 98.0, base 93.2, 10 junk), set just below; sign 1.0 once its one sign
# class was fixed (港幣 before a range) and two 负增长 rates were signed as the other sets sign them.
SEALED20_FLOORS = {"found": 0.96, "found figures": 0.96, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.89,
                   "period": 0.91, "change": 0.97, "qualifier": 0.99, "base": 0.93}
SEALED20_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.88, "period": 0.92, "change": 0.97, "qualifier": 0.99, "base": 0.92}
# The sealed21 set's floors (sealed21_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 97.0 → 97.1, figures 97.1 → 97.2, sign 99.8 → 99.9, subject~ 84.7, period 88.7,
# 19 → 12 junk), set just below; sign 1.0 once its last sign class was fixed (之亏损, a loss named after its sum).
SEALED21_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.99, "subject~": 0.87,
                   "period": 0.88, "change": 0.97, "qualifier": 0.97, "base": 0.92}
SEALED21_PUBLIC_FLOORS = {"found": 0.96, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.99,
                          "subject~": 0.86, "period": 0.88, "change": 0.97, "qualifier": 0.97, "base": 0.91}
# The sealed22 set's floors (sealed22_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 96.5, sign 99.9, subject~ 86.2 → 86.3, period 90.9, junk 22), set just below; its
# one sign miss since is a label conflict (a named fair-value loss, negative by sealed16's call; gold README).
# Opened, its found misses and junk fixed as classes (found23: a price's bare move, two-digit ROC years, sizes and
# points that name a product or a label, days with a decimal): found 99.1, period 92.1, junk 0.
SEALED22_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 0.99, "unit": 0.99, "kind": 0.99, "subject~": 0.86,
                   "period": 0.91, "change": 0.97, "qualifier": 0.99, "base": 0.93}
SEALED22_PUBLIC_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 0.99, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.86, "period": 0.92, "change": 0.97, "qualifier": 0.99, "base": 0.92}
# The sealed23 set's floors (sealed23_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 97.0 → 97.4, sign 99.8, subject~ 81.4 → 81.4, period 94.7 → 94.8, junk 2), set just
# below; opened after its end score, its two sign misses (a loss 录得 after 预计) fixed as a class: sign 100; its
# subject misses grouped by clause structure and fixed as classes (subj24: a count recorded by its topic, adverbs of
# sum, heads shared over 分别, session words, categories after 是, levels moved from): subject~ 81.5 → 91.4.
SEALED23_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.90,
                   "period": 0.94, "change": 0.97, "qualifier": 0.99, "base": 0.95}
SEALED23_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.92, "period": 0.96, "change": 0.96, "qualifier": 0.99, "base": 0.95}
# The sealed24 set's floors (sealed24_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 97.5 → 97.5, sign 100, unit 97.8, subject~ 87.4 → 87.4, period 92.8, change 93.6 (most
# change misses are rates named 升幅/增速 that its labeller left without a change, against the written convention),
# junk 3), set just below; opened after its end score, a spaced per-unit slash, a spaced change verb and a bare
# Taiwan 兆 fixed as classes: found 97.6, unit 98.4; then subject classes studied on it with every other set (subj25:
# 本地, 賣超, a change's rate word, a bare verb): subject~ 87.2 → 88.3 (public 88.1 → 89.4).
SEALED24_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.88,
                   "period": 0.92, "change": 0.93, "qualifier": 0.97, "base": 0.95}
SEALED24_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                          "subject~": 0.89, "period": 0.94, "change": 0.92, "qualifier": 0.97, "base": 0.95}
# The sealed25 set's floors (sealed25_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 97.2 → 97.2, sign 99.9, unit 98.9, subject~ 89.1 → 89.4, period 91.4 → 91.7, change
# 97.3, base 92.3 (most base misses are bases carried along a list, against the written convention), junk 19 → 19),
# set just below; opened after its end score, a Taiwan trillion with a decimal 億 count or a Chinese numeral, a loss
# named after its amount and owner, pack sizes, moving averages, steel specs, a joint sitting, 方尺 size classes and
# counts per hour/minute/second fixed as classes: found 97.6, sign 100, unit 99.3, subject~ 89.7, junk 1.
SEALED25_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.89,
                   "period": 0.91, "change": 0.97, "qualifier": 0.99, "base": 0.92}
SEALED25_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.97, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.90, "period": 0.92, "change": 0.97, "qualifier": 0.99, "base": 0.91}
# The sealed26 set's floors (sealed26_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 96.1 → 96.5, sign 100, unit 99.1, subject~ 84.4 → 84.5, period 86.6 → 86.6, change
# 98.7 → 98.6, base 95.0, junk 9 → 9), set just below; opened after its end score, kinds of enterprise and owners
# booking with 累计, a list of losses by name, market verbs, spaced first months, a generic word pointing back, bands
# of "those within" and races by distance fixed as classes: found 97.3, subject~ 85.4, period 87.6, junk 2.
SEALED26_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.84,
                   "period": 0.87, "change": 0.98, "qualifier": 0.98, "base": 0.95}
SEALED26_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.99, "kind": 0.99,
                          "subject~": 0.83, "period": 0.88, "change": 0.98, "qualifier": 0.98, "base": 0.94}
# The sealed27 set's floors (sealed27_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 95.8 → 95.8, sign 100, unit 97.5, subject~ 85.5 → 86.0, period 85.8 → 85.8, change
# 98.0 → 98.1, base 92.2 → 92.6, junk 5 → 5), set just below; opened after its end score, Hong Kong and Taiwan forms
# (﹪, 伙, 檔, 坪, 首兩月, 次季, 人/次), comparing clauses with the base's level, marker adverbs, shares of a named whole
# and glosses with 即 fixed as classes: found 97.2, unit 98.5, subject~ 88.2, period 86.6, base 93.9, junk 3.
SEALED27_FLOORS = {"found": 0.97, "found figures": 0.96, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.87,
                   "period": 0.86, "change": 0.98, "qualifier": 0.98, "base": 0.93}
SEALED27_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.96, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                          "subject~": 0.88, "period": 0.89, "change": 0.97, "qualifier": 0.99, "base": 0.93}
# The sealed28 set's floors (sealed28_*.jsonl: labelled apart, scored with its round's first and last code, nothing
# tuned on it in between: found 95.4 → 95.4, sign 99.9, subject~ 88.4 → 88.5, period 89.6 → 89.6, base 93.6, junk 14
# → 14), set just below; opened after its end score, Taiwan's digits one by one (十一兆五七七八．五二億元, 三萬四三五點),
# years in two Chinese digits (一五年), a loss with 已经超过了, rates per thousand children, price bands of homes, steel
# sizes in a spec and a list's 与 fixed as classes: found 96.4, sign 100, subject~ 89.4, period 89.7, base 93.7, junk 7.
SEALED28_FLOORS = {"found": 0.96, "found figures": 0.96, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.89,
                   "period": 0.89, "change": 0.97, "qualifier": 0.98, "base": 0.93}
SEALED28_PUBLIC_FLOORS = {"found": 0.96, "found figures": 0.96, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                          "subject~": 0.88, "period": 0.91, "change": 0.96, "qualifier": 0.98, "base": 0.92}
# The sealed29 set's floors (sealed29_*.jsonl: labelled apart, scored with its round's first code and with the round's
# work done without reading it — the lead's and the helpers' rules, blind29 and the helpers' branches: found 96.9 →
# 96.9, sign 99.9, unit 96.1, subject~ 84.6 → 84.6, period 91.3 → 91.3, junk 16 → 16, no public sentence read
# differently), set just below; opened after that score, a dividend after a loss per share (−0.25 kept positive now),
# tariff tiers, grain grades, clock times, converted prices, grain prices without their slash, middle-dot decimals,
# lone places, rates per second and listed places fixed as classes: found 97.3, sign 100, unit 97.6, subject~ 86.3,
# period 92.0, junk 2.
SEALED29_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.98, "subject~": 0.85,
                   "period": 0.91, "change": 0.99, "qualifier": 0.99, "base": 0.97}
SEALED29_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.98,
                          "subject~": 0.85, "period": 0.92, "change": 0.98, "qualifier": 0.98, "base": 0.96}
# The sealed30 set's floors (sealed30_*.jsonl: labelled apart, scored with its round's first code and with the round's
# work done without reading it — blind30 and the helpers' branches before any merged main: found 95.9 → 95.9, sign
# 100, unit 96.3, subject~ 86.9 → 87.0, period 88.4 → 88.4, junk 20 → 20, one public fact read differently), set just
# below; opened after that score, Macao's bracketed levels, digit-by-digit figures, towns counted bare, age and
# breakdown bands, ten-day and half-month periods, Taiwan's spaced years and prices per a unit written apart fixed as
# classes: found 97.7, sign 100, unit 97.6, subject~ 89.2, period 89.6, junk 9.
SEALED30_FLOORS = {"found": 0.97, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.98, "subject~": 0.89,
                   "period": 0.89, "change": 0.97, "qualifier": 0.99, "base": 0.96}
# (public kind 0.99 → 0.98 in round 32: 連續第8週 is now found, a streak's place read as a rank as 连续第三年 already
# was; sealed30 labels streak places durations — a label conflict, 634/640 → 634/641)
SEALED30_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.98,
                          "subject~": 0.88, "period": 0.91, "change": 0.97, "qualifier": 0.99, "base": 0.96}
# The sealed31 set's floors (sealed31_*.jsonl: labelled apart, scored with its round's first code and with the round's
# work done without reading it — blind31 and the helpers' branches before any merged main: found 95.8 → 95.8, sign
# 100, unit 94.6 → 95.8, subject~ 86.3 → 86.9, period 89.2 → 89.6, junk 25 → 25), set just below; opened after that
# score, Chinese-numeral index levels, Taiwan's sums under 萬, prices per a catty set to a level, fruit and car-park
# classes, bracketed items of two kinds fixed as classes: found 97.2, sign 100, unit 97.9, subject~ 88.5, period 89.9,
# junk 18.
SEALED31_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.97, "kind": 0.99, "subject~": 0.88,
                   "period": 0.89, "change": 0.98, "qualifier": 0.98, "base": 0.95}
SEALED31_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.97, "kind": 0.99,
                          "subject~": 0.87, "period": 0.90, "change": 0.98, "qualifier": 0.98, "base": 0.95}
# The sealed32 set's floors (sealed32_*.jsonl: labelled apart at round 31's start, scored only with that round's first
# code and with its last, all of its work merged: found 95.8 → 95.8, sign 100, unit 96.5 → 96.5, subject~ 84.9 → 84.9,
# period 89.4 → 89.4, junk 13 → 13), set just below; opened after that score, indicator acronyms against their values,
# spoken ranges, a year's first month, months' running totals, footnote marks and currency bases fixed as classes:
# found 96.7, sign 100, unit 96.0, subject~ 86.7, period 93.7, junk 9.
SEALED32_FLOORS = {"found": 0.96, "found figures": 0.98, "sign": 1.0, "unit": 0.96, "kind": 0.99, "subject~": 0.86,
                   "period": 0.93, "change": 0.98, "qualifier": 0.99, "base": 0.97}
SEALED32_PUBLIC_FLOORS = {"found": 0.95, "found figures": 0.98, "sign": 1.0, "unit": 0.95, "kind": 0.99,
                          "subject~": 0.85, "period": 0.93, "change": 0.98, "qualifier": 0.98, "base": 0.97}
# The sealed33 set's floors (sealed33_*.jsonl: labelled apart at round 32's start, scored only with that round's first
# code and with its last, all of its work merged — four 负增长 rates relabelled negative, as the other sets label them:
# found 97.9 → 98.0, sign 99.9, unit 92.5 → 92.5, subject~ 82.1 → 82.1, period 88.0 → 88.0, junk 52 → 52), set just
# below; opened after that score, prices listed after a price per unit, freight rates per box, class bounds counted
# after their noun, 萬 between spaced numbers, 蝕 before a rate, a base's figure with its conversion, a record's
# indicator and the year to a month's end fixed as classes: found 98.2, sign 100, unit 93.3, subject~ 84.2, period
# 88.4, junk 46.
SEALED33_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.93, "kind": 0.98, "subject~": 0.84,
                   "period": 0.88, "change": 0.98, "qualifier": 0.98, "base": 0.95}
SEALED33_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.91, "kind": 0.98,
                          "subject~": 0.82, "period": 0.88, "change": 0.97, "qualifier": 0.98, "base": 0.94}
# The sealed34 set's floors (sealed34_*.jsonl: labelled apart at round 33's start, scored only with that round's first
# code and with its last, all of its work merged: found 95.6 → 95.6, sign 99.9, unit 96.0 → 96.6, subject~ 84.0 → 84.1,
# period 88.5 → 88.6, junk 16 → 16 as the scorer now counts it), set just below; opened after that score, 每 after a
# slash, short coal-equivalent units, 每打/每百台斤, a move then its level, a loss named after its sum, 廿 ordinals, ore
# grades, furnace sizes, Qingming's day, the golden week, a base's 同期 year, windows from the year's start to a day
# and Taiwan's bracketed day fixed as classes: found 96.0, sign 100, unit 97.4, subject~ 84.2, period 91.4, junk 10.
SEALED34_FLOORS = {"found": 0.95, "found figures": 0.95, "sign": 1.0, "unit": 0.97, "kind": 0.99, "subject~": 0.84,
                   "period": 0.91, "change": 0.99, "qualifier": 0.97, "base": 0.97}
# (public unit 0.96: round 34's ranges of neighbouring numbers found six more of its facts, one with a unit the
# labels write otherwise: 590/608 → 595/614, 96.9 %)
SEALED34_PUBLIC_FLOORS = {"found": 0.96, "found figures": 0.96, "sign": 1.0, "unit": 0.96, "kind": 0.99,
                          "subject~": 0.81, "period": 0.93, "change": 0.99, "qualifier": 0.97, "base": 0.97}
# The sealed35 set's floors (sealed35_*.jsonl: labelled apart at round 34's start, scored only with that round's first
# code and with its last, all of its work merged: found 97.4 → 97.5, sign 100, unit 98.3 → 98.4, subject~ 84.3 → 84.3,
# period 91.4 → 91.4, base 94.9 → 94.9, junk 28 → 28 as the scorer now counts it), set just below; opened after that
# score, numbers in 兆/億/萬 parts, HIBOR fixings in 厘 by tenor, tenor lists, score bands with their class, 月增額 as a
# rise, bases written after their marker, 元月底, a bond series' year, a day inside the subject, 依次 lists and a level's
# noun fixed as classes: found 98.9, sign 100, unit 98.4, subject~ 85.1, period 92.2, base 97.2, junk 9.
SEALED35_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.85,
                   "period": 0.92, "change": 0.98, "qualifier": 0.98, "base": 0.97}
SEALED35_PUBLIC_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.97, "kind": 0.99,
                          "subject~": 0.82, "period": 0.93, "change": 0.98, "qualifier": 0.98, "base": 0.96}
# The sealed36 set's floors (sealed36_*.jsonl: labelled apart at round 35's start, scored only with that round's first
# code and with its last, all of its work merged: found 98.1, unit 97.1, subject~ 86.9, period 91.4, change 97.6, base 98.1,
# junk 9 at both), set just below; opened after that score, comma-split lists before 分别, 換算, a price per 一斤 carried
# to the level it moved to, a bare 昨 and 前天 as days and a spaced 碼 fixed as classes: found 98.2, unit 97.3, subject~
# 87.6, period 92.0, change 97.6, base 98.1, junk 9.
SEALED36_FLOORS = {"found": 0.98, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.98, "subject~": 0.87,
                   "period": 0.91, "change": 0.97, "qualifier": 0.98, "base": 0.97}
SEALED36_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.97, "sign": 1.0, "unit": 0.96, "kind": 0.97,
                          "subject~": 0.87, "period": 0.92, "change": 0.97, "qualifier": 0.98, "base": 0.97}
# The sealed37 set's floors (sealed37_*.jsonl: labelled apart at round 37's start, scored only with that round's first
# code and with its last, all of its work merged: found 98.0 -> 97.9, unit 97.2, subject~ 85.3, period 90.8, change
# 97.0 -> 97.3, base 94.9, junk 11), set just below; opened after that score, a base level's subject, denominator and day,
# a price's weight out of its name, losses item by item, decided bond terms, oil-equivalent units, days of the month
# before, 明天起 and 过去一年 fixed as classes: found 98.1, unit 98.2, subject~ 89.6, period 91.8, change 97.3, base 94.9,
# junk 10.
SEALED37_FLOORS = {"found": 0.98, "found figures": 0.97, "sign": 1.0, "unit": 0.98, "kind": 0.98, "subject~": 0.89,
                   "period": 0.91, "change": 0.97, "qualifier": 0.98, "base": 0.94}
SEALED37_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.97, "kind": 0.98,
                          "subject~": 0.88, "period": 0.93, "change": 0.97, "qualifier": 0.98, "base": 0.93}
# The sealed38 set's floors (sealed38_*.jsonl: labelled apart at round 38's start, scored only with that round's first
# code and with its last tuning code, all of its tuning work merged: found 95.8, unit 96.2, kind 97.0, subject~ 86.0,
# period 90.9, change 99.1, base 96.9, junk 15 at both), set just below; opened after that score, a loss balance still
# standing, frequencies, the Taiwan dollar's quotes, container and tonnage units, bond tranches, bracketed item lists,
# years in Chinese numerals, 今起 and 迄今, bond issue numbers and 與…相較 bases fixed as classes: found 96.8, unit 97.4,
# kind 99.7, subject~ 88.9, period 93.9, change 99.1, base 97.6, junk 9.
SEALED38_FLOORS = {"found": 0.96, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.99, "subject~": 0.88,
                   "period": 0.93, "change": 0.99, "qualifier": 0.98, "base": 0.97}
SEALED38_PUBLIC_FLOORS = {"found": 0.96, "found figures": 0.97, "sign": 1.0, "unit": 0.97, "kind": 0.99,
                          "subject~": 0.88, "period": 0.94, "change": 0.98, "qualifier": 0.98, "base": 0.97}
# The sealed39 set's floors (sealed39_*.jsonl: labelled apart at round 49's start, scored only with that round's first
# code and with its last tuning code, both alike: found 92.7, unit 98.3, kind 99.0, subject~ 84.4, period 90.7, change 98.6,
# base 97.0, junk 19), set just below; opened after that score, Taiwan's port counts and their bracketed changes, digit-by-digit
# weights, HK fixings, market shares, named topics, forecasts' 全年, ranked rates and bases lent along a list fixed as classes:
# found 97.7, unit 99.0, kind 99.4, subject~ 91.4, period 91.8, change 99.2, base 99.2, junk 7.
SEALED39_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.91,
                   "period": 0.91, "change": 0.99, "qualifier": 0.99, "base": 0.99}
SEALED39_PUBLIC_FLOORS = {"found": 0.97, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99,
                          "subject~": 0.91, "period": 0.92, "change": 0.99, "qualifier": 0.99, "base": 0.99}
# sealed40 (round 50): scored at the round's start and end with the same figures (found 98.7, sign 99.7, unit 96.0, kind 100,
# subject~ 88.9, period 90.7, change 98.0, base 98.7, junk 17), set just below; opened after that score, HK losses (損手, a loss
# named after its sum), 元/百元, day spans, more or less with no base, day words on undated pages, verbs of results fixed as
# classes: found 99.5, sign 100, unit 96.8, kind 100, subject~ 90.1, period 94.5, change 98.9, base 99.6, junk 14.
SEALED40_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.96, "kind": 0.99, "subject~": 0.9, "period": 0.94, "change": 0.98, "qualifier": 0.99, "base": 0.99}
SEALED40_PUBLIC_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.96, "kind": 0.99, "subject~": 0.91, "period": 0.97, "change": 0.99, "qualifier": 0.99, "base": 0.99}
# sealed41 (round 51): scored at the round's start and end with the same figures (found 98.7, sign 99.9, unit 97.5, kind 99.6,
# subject~ 89.1, period 89.9, change 99.1, base 97.1, junk 22), set just below; opened after that score, stock codes in brackets, a loss
# told with 錄, Taiwan's losses, departments counted after their list, 中期業績 and H1, record horizons fixed as classes: found 99.2,
# sign 100, unit 98.5, kind 99.9, subject~ 93.2, period 92.9, change 99.5, base 97.5, junk 0.
SEALED41_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.92, "period": 0.92, "change": 0.99, "qualifier": 0.99, "base": 0.97}
SEALED41_PUBLIC_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.94, "period": 0.94, "change": 0.99, "qualifier": 0.99, "base": 0.96}
# sealed42 (round 52): scored at the round's start and end alike but for one subject (found 98.8, sign 99.9, unit 98.4, kind 99.2,
# subject~ 90.4 → 90.5, period 92.6, change 99.2, base 97.5, junk 9), set just below; opened after that score, Taiwan losses listed
# with 分別, projects' phases, wafer sizes, 每 denominators, budget lines after 編列, comparison times, releases told today, cutoffs from
# January fixed as classes: found 99.6, sign 100, unit 99.7, kind 100, subject~ 93.7, period 95.8, change 99.5, base 97.7, junk 4.
SEALED42_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.93, "period": 0.95, "change": 0.99, "qualifier": 0.99, "base": 0.97}
SEALED42_PUBLIC_FLOORS = {"found": 0.99, "found figures": 0.99, "sign": 1.0, "unit": 0.99, "kind": 0.99, "subject~": 0.93, "period": 0.97, "change": 0.99, "qualifier": 0.99, "base": 0.97}
# sealed43 (round 53): scored at the round's start and end alike but for one exact subject (found 96.5, sign 99.0, unit 97.8, kind 99.9,
# subject~ 90.9, period 89.3, change 99.1, base 97.1, junk 8), set just below; opened after that score, losses restated in brackets,
# named after the sum or carried from the clause before, exchange losses, week numbers, Hong Kong results windows, forecasting words and
# week ordinals in subjects fixed as classes: found 98.4, sign 100, unit 98.7, kind 100, subject~ 92.2, period 93.2, change 99.3, base 97.3, junk 5.
SEALED43_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.92, "period": 0.93, "change": 0.99, "qualifier": 0.99, "base": 0.97}
SEALED43_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.99, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.92, "period": 0.95, "change": 0.99, "qualifier": 0.99, "base": 0.96}
# sealed44 (round 54): scored at the round's start (found 97.3, sign 99.7, unit 97.1, kind 98.8, subject~ 87.4, period 91.8, change 98.1,
# base 98.8, junk 6) and end (subject~ 87.7, period 92.1, the rest the same), set just below; opened after that score, revaluation and
# after-tax losses, payouts per a trust's unit, price lists' denominators, slash lists, places held, subjects' opening and closing words,
# years ending in 5, 十四五以来, runs of years fixed as classes: found 98.2, sign 100, unit 98.4, kind 98.8, subject~ 92.0, period 95.6, change 98.1, base 98.8, junk 1.
SEALED44_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.98, "subject~": 0.92, "period": 0.95, "change": 0.98, "qualifier": 0.99, "base": 0.98}
SEALED44_PUBLIC_FLOORS = {"found": 0.98, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.98, "subject~": 0.91, "period": 0.97, "change": 0.97, "qualifier": 0.98, "base": 0.98}
SEALED2_MAX_JUNK = 1         # 第14届 (an edition: other sets label editions as ranks)
SEALED3_MAX_JUNK = 1         # an anniversary (labelled a duration by sealed2, fresh and heldback)
SEALED4_MAX_JUNK = 1         # 第十四届缔约方大会, as sealed2's 第14届
SEALED5_MAX_JUNK = 2         # editions (第二十届文博会, 第二届…大赛), ranks in most sets
SEALED6_MAX_JUNK = 0
SEALED7_MAX_JUNK = 0
SEALED8_MAX_JUNK = 0
SEALED9_MAX_JUNK = 1
SEALED10_MAX_JUNK = 0
SEALED11_MAX_JUNK = 0
SEALED12_MAX_JUNK = 0        # 3至4人包间, 5‰人口变动抽样调查: labels since store/facts/kind_labels.py
SEALED13_MAX_JUNK = 0        # 61%基准价 (three), 2000万元规模以上: labels since kind_labels
SEALED14_MAX_JUNK = 0        # 4800万超高清…相机: a label since kind_labels
SEALED15_MAX_JUNK = 4        # 含硫量1% (a spec without a sign), 九大类 twice and 50%以上的扩张区间 (label conflicts); signed specs since junk36
SEALED17_MAX_JUNK = 0        # 10 at its round's end; size classes, 二次, 一贯制, population classes: labels since found18
SEALED16_MAX_JUNK = 0        # size and usage classes, grade specs (水分14%), 三年大行动: labels since found17
SEALED18_MAX_JUNK = 0        # 8 at its round's end; 0 since found19's age and hours bands and 这两天
SEALED21_MAX_JUNK = 11       # 12 at its round's end (19 at its start); 十二吋晶圓 a size label since kind_labels
SEALED22_MAX_JUNK = 0        # 22 at its round's start and end; sizes, size classes, points and 十种 labels since found23
SEALED23_MAX_JUNK = 2        # at its round's start and end (30种蔬菜, 6种水果: the groups a price average is of)
SEALED24_MAX_JUNK = 3        # at its round's start and end
SEALED25_MAX_JUNK = 0        # 19 at its round's start and end; 0 since earlier rounds' labels (the ceiling had been left at 1)
SEALED26_MAX_JUNK = 2        # 9 at its round's start and end; an output class (产值超10亿元的项目), a flat-size band
SEALED27_MAX_JUNK = 2        # 5 at its round's start and end (2 since round 29); 45个港口 (a sample's name), 七大类 (a count in sealed12's call), 2个及以上城市
# sealed28: 14 at its round's start and end; left: samples named by their size (50個指標屋苑, as 45个港口), 七大類 and
# 三类 (counts in sealed12's call), 240小时 (a fact in sealed24's labels)
SEALED28_MAX_JUNK = 5        # 7 after its round; 5 since found29's tariff tiers in Chinese numerals and 八项行动
# sealed29: 16 at its round's start and end; 2 left, 三區/兩區 after the districts listed (counts in the older sets' call)
SEALED29_MAX_JUNK = 2
# sealed30: 20 at its round's start and end; 9 left, label conflicts with older sets' calls: clock times (上午9時: dates
# without value in sealed13's call), delivery months (9月合約: dates), 三市 after the exchanges named (a count), 前三段
# (a tariff's tiers), 24小时 before a rainfall maximum, regulatory thresholds (２０株以上树木)
SEALED30_MAX_JUNK = 9
# sealed31: 25 at its round's start and end; 18 left: label conflicts (graduating classes 2017届 as years, HK container
# units, 每坪 tiers) and open classes named in tests/gold/README.md "The sealed31 sample: scores"
SEALED31_MAX_JUNK = 18
# sealed32: 13 at its round's start and end; 9 left: grade specs in brackets (衣分39%), 五年均值, a box's weight
# (一箱30公斤的), 指標屋苑 counts (label conflicts with older sets' calls)
SEALED32_MAX_JUNK = 9
# sealed33: 52 at its round's start and end; 46 left: clock times (下午5時: dates without value in sealed13's call),
# Taiwan's tariff tiers (住宅用電1,000度以下), a bid's bounds (不少于1000万元), household quintiles (百分之廿), weight and
# area classes, 1亩 = 667平方米, an article's number (基本法23條), 第一期 crops: label conflicts with older sets' calls or
# open classes (tests/gold/README.md "The sealed33 sample: scores")
SEALED33_MAX_JUNK = 11        # since junk37's clock times and title years (23 before; 29 before junk36)
# sealed34: 16 at its round's start and end; 10 left: clock times (11時, 下午5時, 10點, 3、4點, 9點45分: dates without value in
# sealed13's call), a base's days (較前2天), a run's 24小時, a streak's 兩季, a crop season's 第2期, a class's bound
# (4000萬以上…等級): label conflicts or open classes (tests/gold/README.md "The sealed34 sample: scores")
SEALED34_MAX_JUNK = 4         # since junk37's clock times (8 before; 9 before junk36)
# sealed35: 28 at its round's start and end (34 before the scorer took a unit spaced from its digits as the number's);
# 9 left: a year inside a document's title (《2021年年度报告》: a year in sealed16's and sealed19's labels), clock times
# (上午11時), Taiwan's tariff thresholds (120度以上), 今、明兩年, 三十六策 — label conflicts or open classes
# (tests/gold/README.md "The sealed35 sample: scores")
SEALED35_MAX_JUNK = 2         # since junk37's title years and clock times (7 before; 9 before junk36)
# sealed36: 9 at its round's start and end: a ban's name (长江十年禁渔), bounds before what they bound (2万元以下的退税款,
# 单价超过50万元的, 净利润超亿元 counted by companies), a packing's count (每箱二百顆), an order's lots (12加8列), an exchange
# rate's base (1美元兌), a window (近两日) — open classes (tests/gold/README.md "The sealed36 sample: scores")
SEALED36_MAX_JUNK = 7         # since junk37's 十年禁渔 and 1美元兌 (9 before)
# sealed37: 11 at its round's start and end, 10 after its classes (a size by output before its class): bounds that pick
# out the items a count or share is about (有13个港口超过5000万吨, 4部影片票房超过20亿, 3成交易…每坪52.3萬元以上: the
# sets' majority labels such thresholds, a recorded conflict), a packing's count, a numbered sitting (第一次集体学习)
# (tests/gold/README.md "The sealed37 sample: scores")
SEALED37_MAX_JUNK = 10
# sealed38: 15 at its round's start and end, 9 after its classes (a frequency's 一次, a voltage rating, 第二个十年, 連N升):
# criteria ages (滿二十歲, 六十五歲: the sets disagree), a prize inside 「」 (24瓶87年黑金剛, twice), bond issue numbers
# (第二期, 第五期: 27 labels name them) and 超百亿元 — one-set calls of its labellers, left
# (tests/gold/README.md "The sealed38 sample: scores")
SEALED38_MAX_JUNK = 9
# sealed39: 19 at its round's start and end, 7 after its classes (a magnitude each member of a counted group passes, 第N期工程,
# 1比30.6, 九月红): 連跌三日 (sealed12 and sealed17 label the shape a duration), 第一代, 第三年, 114年度 in an event's name,
# 六都 — conflicts with earlier sets' labels or one-offs, left (tests/gold/README.md "The sealed39 sample: scores")
SEALED39_MAX_JUNK = 7
# sealed40: 17 at its round's start and end, 14 after its classes (percentage bounds naming a class of firms, 三率三升,
# 上一季 read but not reported): numbered interim dividends (sealed9 and sealed15 label them ranks), futures contract months
# (every earlier set labels them dates) — conflicts with earlier sets' labels, left (tests/gold/README.md "The sealed40 sample: scores")
# round 51: 6 — a HK interim dividend's number is no rank (fix41f: sealed40 and sealed41 trap it 15 times, sealed9 and sealed15 label 3 as ranks)
SEALED40_MAX_JUNK = 6
# sealed41: 22 at its round's start and end (8 companies' stock codes in brackets read as years, 6 process-node pairs as fractions), 0 after its classes
SEALED41_MAX_JUNK = 0
# sealed42: 9 at its round's start and end (report titles' periods, a project's phase, numbered slogans, a countdown naming an event, a wafer size), 4 after its classes (three report titles' years and an edition year: label conflicts with the tuning sets)
SEALED42_MAX_JUNK = 4
# sealed43: 8 at its round's start and end (report titles' and meetings' years, a contract month, a quarter's alias Q1, a voltage class, a plan named by its years), 5 after its classes (the years of a report title and of a numbered shareholders' meeting, a contract month, Q1: label conflicts with the tuning sets)
SEALED43_MAX_JUNK = 5
# sealed44: 6 at its round's start and end (a per-100元 base, a crane's rating, a plan's name, a quoted ranking's year, a report title's quarter, a stock code), 1 after its classes (the quoted ranking's year, which sealed5 labels a year: a label conflict)
SEALED44_MAX_JUNK = 1
SEALED20_MAX_JUNK = 0        # 10 at its round's end; 0 since junk21's class bounds (bracketed size classes, 税收过50万元的4家) and 二本
SEALED19_MAX_JUNK = 0        # 10 at its round's end; 0 since junk21's civilisation formula (上百万年的人类史) and full turns (360度影像)
# The seed set's floors (seed_*.jsonl: the shipped page every new user sees first, public sentences only, labelled
# by hand from the sentences), set just below what the extractor reaches (first scored: found 100, unit 98.1,
# subject~ 91.3, period 80.8, base 97.1, 1 junk); subject~ raised to just below what seed17's counts of quoted names
# and 人口 reach (94.2); period raised to just below what period18's classes reach (87.5), then what period20's
# reached ends reach (90.4: 从2020年的…至2024年的…,四年增长22.2倍;…跃升至254万辆 → 2024).
SEED_FLOORS = {"found": 0.99, "found figures": 0.98, "sign": 1.0, "unit": 0.98, "kind": 0.99, "subject~": 0.93,
               "period": 0.90, "change": 1.0, "qualifier": 0.99, "base": 0.97}
SEED_MAX_JUNK = 1            # 九类街面警情 (a class of nine kinds the extractor counts)
# (file, fewest facts it must hold) per gold set
PUBLIC_FILES = [("public.jsonl", 150), ("heldback_public.jsonl", 100), ("fresh_public.jsonl", 100),
                ("unseen_public.jsonl", 200), ("blind_public.jsonl", 250), ("sealed_public.jsonl", 200),
                ("sealed2_public.jsonl", 350), ("sealed3_public.jsonl", 200),
                ("sealed4_public.jsonl", 300),
                ("sealed5_public.jsonl", 300),
                ("sealed6_public.jsonl", 450),
                ("sealed7_public.jsonl", 450),
                ("sealed8_public.jsonl", 540),
                ("sealed9_public.jsonl", 500),
                ("sealed10_public.jsonl", 650),
                ("sealed11_public.jsonl", 560),
                ("sealed12_public.jsonl", 650),
                ("sealed13_public.jsonl", 720),
                ("sealed14_public.jsonl", 450),   # 459 after 19 bare 上半年 were removed (README)
                ("sealed15_public.jsonl", 580),
                ("sealed16_public.jsonl", 730),
                ("sealed17_public.jsonl", 850),
                ("sealed18_public.jsonl", 790),
                ("sealed19_public.jsonl", 860),
                ("sealed20_public.jsonl", 900),
                ("sealed21_public.jsonl", 850),
                ("sealed22_public.jsonl", 890),
                ("sealed23_public.jsonl", 920),
                ("sealed24_public.jsonl", 1010),
                ("sealed25_public.jsonl", 890),
                ("sealed26_public.jsonl", 900),
                ("sealed27_public.jsonl", 860),
                ("sealed28_public.jsonl", 790),
                ("sealed29_public.jsonl", 760),
                ("sealed30_public.jsonl", 780),
                ("sealed31_public.jsonl", 840),
                ("sealed32_public.jsonl", 850),
                ("sealed33_public.jsonl", 790),
                ("sealed34_public.jsonl", 740),
                ("sealed35_public.jsonl", 840),
                ("sealed36_public.jsonl", 800),
                ("sealed37_public.jsonl", 850),
                ("sealed38_public.jsonl", 780),
                ("sealed39_public.jsonl", 880),
                ("sealed40_public.jsonl", 720),
                ("sealed41_public.jsonl", 770),
                ("sealed42_public.jsonl", 780),
                ("sealed43_public.jsonl", 770),
                ("sealed44_public.jsonl", 730),
                ("seed_public.jsonl", 110)]
BULK_FILES = [("bulk.jsonl", 150), ("heldback_bulk.jsonl", 250), ("fresh_bulk.jsonl", 300), ("unseen_bulk.jsonl", 300),
              ("blind_bulk.jsonl", 230), ("sealed_bulk.jsonl", 240), ("sealed2_bulk.jsonl", 300),
              ("sealed3_bulk.jsonl", 200), ("sealed4_bulk.jsonl", 120),
              ("sealed5_bulk.jsonl", 110), ("sealed6_bulk.jsonl", 190),
              ("sealed7_bulk.jsonl", 210),
              ("sealed8_bulk.jsonl", 220),
              ("sealed9_bulk.jsonl", 220),
              ("sealed10_bulk.jsonl", 200),
              ("sealed11_bulk.jsonl", 220),
              ("sealed12_bulk.jsonl", 210),
              ("sealed13_bulk.jsonl", 195),
              ("sealed14_bulk.jsonl", 190),
              ("sealed15_bulk.jsonl", 200),
              ("sealed16_bulk.jsonl", 190),
              ("sealed17_bulk.jsonl", 190),
              ("sealed18_bulk.jsonl", 215),
              ("sealed19_bulk.jsonl", 210),
              ("sealed20_bulk.jsonl", 205),
              ("sealed21_bulk.jsonl", 200),
              ("sealed22_bulk.jsonl", 195),
              ("sealed23_bulk.jsonl", 185),
              ("sealed24_bulk.jsonl", 185),
              ("sealed25_bulk.jsonl", 195),
              ("sealed26_bulk.jsonl", 205),
              ("sealed27_bulk.jsonl", 200),
              ("sealed28_bulk.jsonl", 230),
              ("sealed29_bulk.jsonl", 185),
              ("sealed30_bulk.jsonl", 205),
              ("sealed31_bulk.jsonl", 185),
              ("sealed32_bulk.jsonl", 180),
              ("sealed33_bulk.jsonl", 210),
              ("sealed34_bulk.jsonl", 205),
              ("sealed35_bulk.jsonl", 195),
              ("sealed36_bulk.jsonl", 205),
              ("sealed37_bulk.jsonl", 190),
              ("sealed38_bulk.jsonl", 178),
              ("sealed39_bulk.jsonl", 182),
              ("sealed40_bulk.jsonl", 188),
              ("sealed41_bulk.jsonl", 215),
              ("sealed42_bulk.jsonl", 214),
              ("sealed43_bulk.jsonl", 190),
              ("sealed44_bulk.jsonl", 192)]
NEGATIVE_FILES = ["negatives.jsonl", "heldback_negatives.jsonl", "fresh_negatives.jsonl", "unseen_negatives.jsonl",
                  "blind_negatives.jsonl", "sealed_negatives.jsonl", "sealed2_negatives.jsonl",
                  "sealed3_negatives.jsonl", "sealed4_negatives.jsonl",
                  "sealed5_negatives.jsonl", "sealed6_negatives.jsonl",
                  "sealed7_negatives.jsonl",
                  "sealed8_negatives.jsonl",
                  "sealed9_negatives.jsonl",
                  "sealed10_negatives.jsonl",
                  "sealed11_negatives.jsonl",
                  "sealed12_negatives.jsonl",
                  "sealed13_negatives.jsonl",
                  "sealed14_negatives.jsonl",
                  "sealed15_negatives.jsonl",
                  "sealed16_negatives.jsonl",
                  "sealed17_negatives.jsonl",
                  "sealed18_negatives.jsonl",
                  "sealed19_negatives.jsonl",
                  "sealed20_negatives.jsonl",
                  "sealed21_negatives.jsonl",
                  "sealed22_negatives.jsonl",
                  "sealed23_negatives.jsonl",
                  "sealed24_negatives.jsonl",
                  "sealed25_negatives.jsonl",
                  "sealed26_negatives.jsonl",
                  "sealed27_negatives.jsonl",
                  "sealed28_negatives.jsonl",
                  "sealed29_negatives.jsonl",
                  "sealed30_negatives.jsonl",
                  "sealed31_negatives.jsonl",
                  "sealed32_negatives.jsonl",
                  "sealed33_negatives.jsonl",
                  "sealed34_negatives.jsonl",
                  "sealed35_negatives.jsonl",
                  "sealed36_negatives.jsonl",
                  "sealed37_negatives.jsonl",
                  "sealed38_negatives.jsonl",
                  "sealed39_negatives.jsonl",
                  "sealed40_negatives.jsonl",
                  "sealed41_negatives.jsonl",
                  "sealed42_negatives.jsonl",
                  "sealed43_negatives.jsonl",
                  "sealed44_negatives.jsonl",
                  "seed_negatives.jsonl"]
GOLD_SET_NAMES = ["main", "heldback", "fresh", "unseen", "blind", "sealed", "sealed2", "sealed3", "sealed4",
                  "sealed5", "sealed6", "sealed7", "sealed8", "sealed9", "sealed10", "sealed11",
                  "sealed12", "sealed13", "sealed14", "sealed15", "sealed16", "sealed17", "sealed18", "sealed19",
                  "sealed20", "sealed21", "sealed22", "sealed23", "sealed24", "sealed25", "sealed26", "sealed27",
                  "sealed28", "sealed29", "sealed30", "sealed31", "sealed32", "sealed33", "sealed34", "sealed35",
                  "sealed36", "sealed37", "sealed38", "sealed39", "sealed40", "sealed41", "sealed42", "sealed43", "sealed44", "seed"]


def _scorer():
    spec = importlib.util.spec_from_file_location("facts_gold", REPO / "benchmarks" / "facts_gold.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@functools.cache
def _records(name: str) -> list[dict[str, Any]]:
    """A gold file's records, read once per worker (the checks below read every file once per sample;
    nothing here changes a record)."""
    with open(GOLD / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@functools.cache
def _corpus_lines(file: str) -> list[str] | None:
    path = BULK / file
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as fh:
        return fh.readlines()


def _bulk_sentence(rec: dict[str, Any]) -> str | None:
    lines = _corpus_lines(rec["file"])
    if lines is None or rec["line"] >= len(lines):
        return None
    return json.loads(lines[rec["line"]])[rec["field"]][rec["start"]:rec["end"]]


def _check_fact(f: dict[str, Any], sentence: str | None, where: str) -> list[str]:
    errors = [f"{where}: missing {k}" for k in FACT_KEYS if k not in f]
    if errors:
        return errors
    if sentence is not None and sentence[f["start"]:f["start"] + len(f["surface"])] != f["surface"]:
        errors.append(f"{where}: {f['surface']!r} is not at {f['start']}")
    if f["kind"] not in KINDS:
        errors.append(f"{where}: kind {f['kind']!r}")
    if f["change"] not in ("up", "down", None):
        errors.append(f"{where}: change {f['change']!r}")
    unit = f["unit"] or ""
    if f["per"] != (unit.split("/", 1)[1] if "/" in unit else None):
        errors.append(f"{where}: per {f['per']!r} does not match unit {unit!r}")
    if f["kind"] == "percent" and unit != "%":
        errors.append(f"{where}: percent with unit {unit!r}")
    if f["kind"] not in ("date", "year", "ratio") and not isinstance(f["value"], (int, float)):
        errors.append(f"{where}: value {f['value']!r} is not a number")
    if f["value_high"] is not None and not f["value"] <= f["value_high"]:
        errors.append(f"{where}: value_high below value")
    for name in ("period", *(("value",) if f["kind"] == "date" else ())):
        if f[name] is not None and not PERIOD.fullmatch(str(f[name])):
            errors.append(f"{where}: {name} {f[name]!r} is not canonical")
    if f["kind"] == "ratio" and "parts" in f:
        errors += _check_ratio(f, where)
    return errors


def _check_ratio(f: dict[str, Any], where: str) -> list[str]:
    """A ratio keeps its parts as written; its value is a/b for two parts and null for more."""
    parts = f["parts"] or []
    if len(parts) < 2 or any(set(p) != {"value", "text"} for p in parts):
        return [f"{where}: ratio parts {parts!r}"]
    if len(parts) > 2:
        return [] if f["value"] is None else [f"{where}: a ratio of {len(parts)} parts has value {f['value']!r}"]
    a, b = parts[0]["value"], parts[1]["value"]
    return [] if f["value"] is not None and abs(f["value"] - a / b) < 1e-9 else [f"{where}: ratio value is not a/b"]


@pytest.mark.parametrize(("name", "fewest"), PUBLIC_FILES)
def test_public_gold_is_consistent(name, fewest):
    errors = []
    records = _records(name)
    for n, rec in enumerate(records):
        assert {"source", "date", "sentence", "facts"} <= rec.keys(), f"{name}:{n}"
        for f in rec["facts"]:
            errors += _check_fact(f, rec["sentence"], f"{name}:{n}")
    assert not errors, "\n".join(errors)
    assert sum(len(r["facts"]) for r in records) >= fewest


@pytest.mark.parametrize(("name", "fewest"), BULK_FILES)
def test_bulk_gold_is_consistent_and_stores_no_corpus_text(name, fewest):
    records = _records(name)
    errors = []
    for n, rec in enumerate(records):
        assert {"file", "line", "field", "start", "end", "sha1", "date", "facts"} <= rec.keys(), f"{name}:{n}"
        assert "sentence" not in rec, "bulk gold must reference the corpus, not copy it"
        for f in rec["facts"]:
            errors += _check_fact(f, None, f"{name}:{n}")
    assert not errors, "\n".join(errors)
    assert sum(len(r["facts"]) for r in records) >= fewest


@pytest.mark.parametrize("name", [name for name, _ in (*PUBLIC_FILES, *BULK_FILES)])
def test_gold_facts_of_a_sentence_never_overlap(name):
    # a surface written twice (11月15日电 …15日公布) labelled at its first place would overlap its neighbour
    errors = []
    for n, rec in enumerate(_records(name)):
        spans = sorted((f["start"], f["start"] + len(f["surface"]), f["surface"]) for f in rec["facts"])
        errors += [f"{name}:{n}: {a[2]!r} and {b[2]!r} overlap" for a, b in zip(spans, spans[1:]) if b[0] < a[1]]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("name", [name for name, _ in BULK_FILES])
def test_bulk_gold_offsets_match_the_corpus(name):
    if not BULK.exists():
        pytest.skip(f"bulk corpus absent at {BULK}: bulk gold offsets not checked")
    errors, changed = [], 0
    for n, rec in enumerate(_records(name)):
        sentence = _bulk_sentence(rec)
        if sentence is None or hashlib.sha1(sentence.encode("utf-8")).hexdigest() != rec["sha1"]:
            changed += 1        # the corpus is not ours: a changed line is skipped, not failed
            continue
        for f in rec["facts"]:
            errors += _check_fact(f, sentence, f"{name}:{n}")
    assert not errors, "\n".join(errors)
    if changed:
        pytest.skip(f"{changed} bulk gold sentences missing or changed in {BULK} (sha1): not checked")


@pytest.mark.parametrize("sample", ["unseen", "blind", "sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6",
                                    "sealed7", "sealed8", "sealed9", "sealed10", "sealed11", "sealed12",
                                    "sealed13", "sealed14", "sealed15",
                                    "sealed16",
                                    "sealed17",
                                    "sealed18",
                                    "sealed19",
                                    "sealed20",
                                    "sealed21",
                                    "sealed22",
                                    "sealed23",
                                    "sealed24",
                                    "sealed25",
                                    "sealed26",
                                    "sealed27",
                                    "sealed28",
                                    "sealed29",
                                    "sealed30",
                                    "sealed31",
                                    "sealed32",
                                    "sealed33",
                                    "sealed34",
                                    "sealed35",
                                    "sealed36",
                                    "sealed37",
                                    "sealed38",
                                    "sealed39",
                                    "sealed40",
                                    "sealed41",
                                    "sealed42",
                                    "sealed43",
                                    "sealed44"])
def test_sample_uses_corpus_lines_no_other_gold_file_references(sample):
    """The later samples were drawn from bulk lines nobody had labelled (or tuned on) before."""
    if not (GOLD / f"{sample}_bulk.jsonl").exists():
        pytest.skip(f"{sample}_bulk.jsonl absent: its bulk part is labelled apart and not merged yet")

    def lines(names):
        return {(r["file"], r["line"]) for name in names for r in _records(name) if "file" in r}

    earlier = [name for name, _ in BULK_FILES if not name.startswith(sample)]
    earlier += [name for name in NEGATIVE_FILES if not name.startswith(sample)]
    drawn = lines([f"{sample}_bulk.jsonl", f"{sample}_negatives.jsonl"])
    assert drawn and not drawn & lines(earlier)


@pytest.mark.parametrize("sample", ["blind", "sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7",
                                    "sealed8", "sealed9", "sealed10", "sealed11", "sealed12", "sealed13",
                                    "sealed14", "sealed15",
                                    "sealed16",
                                    "sealed17",
                                    "sealed18",
                                    "sealed19",
                                    "sealed20",
                                    "sealed21",
                                    "sealed22",
                                    "sealed23",
                                    "sealed24",
                                    "sealed25",
                                    "sealed26",
                                    "sealed27",
                                    "sealed28",
                                    "sealed29",
                                    "sealed30",
                                    "sealed31",
                                    "sealed32",
                                    "sealed33",
                                    "sealed34",
                                    "sealed35",
                                    "sealed36",
                                    "sealed37",
                                    "sealed38",
                                    "sealed39",
                                    "sealed40",
                                    "sealed41",
                                    "sealed42",
                                    "sealed43",
                                    "sealed44",
                                    "seed"])
def test_sample_public_sentences_are_new(sample):
    """No public sentence of the blind or a sealed sample was in another gold file."""
    if not (GOLD / f"{sample}_public.jsonl").exists():     # a public part labelled apart joins when it is merged
        pytest.skip(f"{sample}_public.jsonl not in this tree")
    earlier = {r["sentence"] for name, _ in PUBLIC_FILES if not name.startswith(sample) for r in _records(name)}
    assert not earlier & {r["sentence"] for r in _records(f"{sample}_public.jsonl")}


@pytest.mark.parametrize("sample", ["sealed2", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8",
                                    "sealed9", "sealed10", "sealed11", "sealed12", "sealed13",
                                    "sealed14", "sealed15",
                                    "sealed16",
                                    "sealed17",
                                    "sealed18",
                                    "sealed19",
                                    "sealed20",
                                    "sealed21",
                                    "sealed22",
                                    "sealed23",
                                    "sealed24",
                                    "sealed25",
                                    "sealed26",
                                    "sealed27",
                                    "sealed28",
                                    "sealed29",
                                    "sealed30",
                                    "sealed31",
                                    "sealed32",
                                    "sealed33",
                                    "sealed34",
                                    "sealed35",
                                    "sealed36",
                                    "sealed37",
                                    "sealed38",
                                    "sealed39",
                                    "sealed40",
                                    "sealed41",
                                    "sealed42",
                                    "sealed43",
                                    "sealed44"])
def test_sealed_sample_sentences_are_in_no_other_gold_set(sample):
    """No public or bulk sentence of a sealed sample from sealed2 on is labelled (or trapped) in another set."""
    def sentences(names):
        out = set()
        for name in names:
            for rec in _records(name):
                text = rec.get("sentence") or (_bulk_sentence(rec) if BULK.exists() else None)
                if text:
                    out.add(text)
        return out

    sets = [name for name, _ in PUBLIC_FILES + BULK_FILES] + NEGATIVE_FILES
    ours = sentences([name for name in sets if name.startswith(f"{sample}_")])
    assert ours and not ours & sentences([name for name in sets if not name.startswith(f"{sample}_")])


@pytest.mark.parametrize("sample", ["unseen", "blind", "sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6",
                                    "sealed7", "sealed8", "sealed9", "sealed10", "sealed11", "sealed12",
                                    "sealed13", "sealed14", "sealed15",
                                    "sealed16",
                                    "sealed17",
                                    "sealed18",
                                    "sealed19",
                                    "sealed20",
                                    "sealed21",
                                    "sealed22",
                                    "sealed23",
                                    "sealed24",
                                    "sealed25",
                                    "sealed26",
                                    "sealed27",
                                    "sealed28",
                                    "sealed29",
                                    "sealed30",
                                    "sealed31",
                                    "sealed32",
                                    "sealed33",
                                    "sealed34",
                                    "sealed35",
                                    "sealed36",
                                    "sealed37",
                                    "sealed38",
                                    "sealed39",
                                    "sealed40",
                                    "sealed41",
                                    "sealed42",
                                    "sealed43",
                                    "sealed44",
                                    "seed"])
def test_sample_labels_every_field_of_every_fact(sample):
    listed = {name for name, _ in PUBLIC_FILES + BULK_FILES}     # a part labelled apart joins once it is listed
    for name in (n for n in (f"{sample}_public.jsonl", f"{sample}_bulk.jsonl") if n in listed):
        for n, rec in enumerate(_records(name)):
            for f in rec["facts"]:
                assert set(f) == {*FACT_KEYS, "parts"}, f"{name}:{n} {f['surface']!r}"
                assert (f["parts"] is not None) == (f["kind"] == "ratio"), f"{name}:{n} {f['surface']!r}"


@pytest.mark.parametrize("name", NEGATIVE_FILES)
def test_negatives_name_surfaces_that_occur_in_their_sentence(name):
    for n, rec in enumerate(_records(name)):
        sentence = rec.get("sentence") or (_bulk_sentence(rec) if BULK.exists() else None)
        assert rec["junk"], f"{name}:{n} lists no trap"
        if sentence is not None:
            missing = [j for j in rec["junk"] if j not in sentence]
            assert not missing, f"{name}:{n}: {missing}"


@functools.cache
def _scored(gold_set: str):
    """A set extracted and scored once per worker, whichever of its cases the worker draws first (a
    module-scoped fixture is set up again when a worker's tests leave the module and come back)."""
    scorer = _scorer()
    from store.facts import extract

    notes: list[str] = []
    gold = scorer.load_gold(notes, gold_set)
    scorer.run_extractor(gold, extract, notes)
    result = scorer.score(gold)
    print("\n".join(notes))
    print(scorer.report(result))
    return result, scorer.report(result)


@pytest.fixture(scope="module")
def scores():
    return _scored("main")


@pytest.fixture(scope="module")
def heldback_scores():
    return _scored("heldback")


@pytest.fixture(scope="module")
def fresh_scores():
    return _scored("fresh")


@pytest.fixture(scope="module")
def unseen_scores():
    return _scored("unseen")


@pytest.fixture(scope="module")
def blind_scores():
    return _scored("blind")


@pytest.fixture(scope="module")
def sealed_scores():
    return _scored("sealed")


@pytest.fixture(scope="module")
def sealed2_scores():
    return _scored("sealed2")


@pytest.fixture(scope="module")
def sealed3_scores():
    return _scored("sealed3")


@pytest.fixture(scope="module")
def sealed4_scores():
    return _scored("sealed4")


@pytest.fixture(scope="module")
def sealed5_scores():
    return _scored("sealed5")


@pytest.fixture(scope="module")
def sealed6_scores():
    return _scored("sealed6")


@pytest.fixture(scope="module")
def sealed7_scores():
    return _scored("sealed7")


@pytest.fixture(scope="module")
def sealed8_scores():
    return _scored("sealed8")


@pytest.fixture(scope="module")
def sealed9_scores():
    return _scored("sealed9")


@pytest.fixture(scope="module")
def sealed10_scores():
    return _scored("sealed10")


@pytest.fixture(scope="module")
def sealed11_scores():
    return _scored("sealed11")


@pytest.fixture(scope="module")
def sealed12_scores():
    return _scored("sealed12")


@pytest.fixture(scope="module")
def sealed13_scores():
    return _scored("sealed13")


@pytest.fixture(scope="module")
def sealed14_scores():
    return _scored("sealed14")


@pytest.fixture(scope="module")
def sealed15_scores():
    return _scored("sealed15")


@pytest.fixture(scope="module")
def sealed16_scores():
    return _scored("sealed16")


@pytest.fixture(scope="module")
def sealed17_scores():
    return _scored("sealed17")


@pytest.fixture(scope="module")
def sealed18_scores():
    return _scored("sealed18")


@pytest.fixture(scope="module")
def sealed19_scores():
    return _scored("sealed19")


@pytest.fixture(scope="module")
def sealed20_scores():
    return _scored("sealed20")


@pytest.fixture(scope="module")
def sealed21_scores():
    return _scored("sealed21")


@pytest.fixture(scope="module")
def sealed22_scores():
    return _scored("sealed22")


@pytest.fixture(scope="module")
def sealed23_scores():
    return _scored("sealed23")


@pytest.fixture(scope="module")
def sealed24_scores():
    return _scored("sealed24")


@pytest.fixture(scope="module")
def sealed25_scores():
    return _scored("sealed25")


@pytest.fixture(scope="module")
def sealed26_scores():
    return _scored("sealed26")


@pytest.fixture(scope="module")
def sealed27_scores():
    return _scored("sealed27")


@pytest.fixture(scope="module")
def sealed28_scores():
    return _scored("sealed28")


@pytest.fixture(scope="module")
def sealed29_scores():
    return _scored("sealed29")


@pytest.fixture(scope="module")
def sealed30_scores():
    return _scored("sealed30")


@pytest.fixture(scope="module")
def sealed31_scores():
    return _scored("sealed31")


@pytest.fixture(scope="module")
def sealed32_scores():
    return _scored("sealed32")


@pytest.fixture(scope="module")
def sealed33_scores():
    return _scored("sealed33")


@pytest.fixture(scope="module")
def sealed34_scores():
    return _scored("sealed34")


@pytest.fixture(scope="module")
def sealed35_scores():
    return _scored("sealed35")


@pytest.fixture(scope="module")
def sealed36_scores():
    return _scored("sealed36")


@pytest.fixture(scope="module")
def sealed37_scores():
    return _scored("sealed37")


@pytest.fixture(scope="module")
def sealed38_scores():
    return _scored("sealed38")


@pytest.fixture(scope="module")
def sealed39_scores():
    return _scored("sealed39")


@pytest.fixture(scope="module")
def sealed40_scores():
    return _scored("sealed40")


@pytest.fixture(scope="module")
def sealed41_scores():
    return _scored("sealed41")


@pytest.fixture(scope="module")
def sealed42_scores():
    return _scored("sealed42")


@pytest.fixture(scope="module")
def sealed43_scores():
    return _scored("sealed43")


@pytest.fixture(scope="module")
def sealed44_scores():
    return _scored("sealed44")


@pytest.fixture(scope="module")
def seed_scores():
    return _scored("seed")


def _assert_above(scored, field: str, floor: float) -> None:
    result, table = scored
    tally = result["all"][field]
    assert tally.n, f"no gold facts scored for {field}"
    assert tally.rate() >= floor, (
        f"{field}: {tally.ok}/{tally.n} = {tally.rate():.1%} is below the floor {floor:.0%}\n{table}\n"
        + "\n".join(tally.misses[:10])
    )


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_extractor_field_stays_above_its_floor(scores, field):
    _assert_above(scores, field, FLOORS[field])


# Each later set has floors of its own, and lower ones for its public part alone (a clone without ../shared).
_SET_FLOORS = {"heldback_scores": (HELDBACK_FLOORS, HELDBACK_PUBLIC_FLOORS),
               "fresh_scores": (FRESH_FLOORS, FRESH_PUBLIC_FLOORS),
               "unseen_scores": (UNSEEN_FLOORS, UNSEEN_PUBLIC_FLOORS),
               "blind_scores": (BLIND_FLOORS, BLIND_PUBLIC_FLOORS),
               "sealed_scores": (SEALED_FLOORS, SEALED_PUBLIC_FLOORS),
               "sealed2_scores": (SEALED2_FLOORS, SEALED2_PUBLIC_FLOORS),
               "sealed3_scores": (SEALED3_FLOORS, SEALED3_PUBLIC_FLOORS),
               "sealed4_scores": (SEALED4_FLOORS, SEALED4_PUBLIC_FLOORS),
               "sealed5_scores": (SEALED5_FLOORS, SEALED5_PUBLIC_FLOORS),
               "sealed6_scores": (SEALED6_FLOORS, SEALED6_PUBLIC_FLOORS),
               "sealed7_scores": (SEALED7_FLOORS, SEALED7_PUBLIC_FLOORS),
               "sealed8_scores": (SEALED8_FLOORS, SEALED8_PUBLIC_FLOORS),
               "sealed9_scores": (SEALED9_FLOORS, SEALED9_PUBLIC_FLOORS),
               "sealed10_scores": (SEALED10_FLOORS, SEALED10_PUBLIC_FLOORS),
               "sealed11_scores": (SEALED11_FLOORS, SEALED11_PUBLIC_FLOORS),
               "sealed12_scores": (SEALED12_FLOORS, SEALED12_PUBLIC_FLOORS),
               "sealed13_scores": (SEALED13_FLOORS, SEALED13_PUBLIC_FLOORS),
               "sealed14_scores": (SEALED14_FLOORS, SEALED14_PUBLIC_FLOORS),
               "sealed15_scores": (SEALED15_FLOORS, SEALED15_PUBLIC_FLOORS),
               "sealed16_scores": (SEALED16_FLOORS, SEALED16_PUBLIC_FLOORS),
               "sealed17_scores": (SEALED17_FLOORS, SEALED17_PUBLIC_FLOORS),
               "sealed18_scores": (SEALED18_FLOORS, SEALED18_PUBLIC_FLOORS),
               "sealed19_scores": (SEALED19_FLOORS, SEALED19_PUBLIC_FLOORS),
               "sealed20_scores": (SEALED20_FLOORS, SEALED20_PUBLIC_FLOORS),
               "sealed21_scores": (SEALED21_FLOORS, SEALED21_PUBLIC_FLOORS),
               "sealed22_scores": (SEALED22_FLOORS, SEALED22_PUBLIC_FLOORS),
               "sealed23_scores": (SEALED23_FLOORS, SEALED23_PUBLIC_FLOORS),
               "sealed24_scores": (SEALED24_FLOORS, SEALED24_PUBLIC_FLOORS),
               "sealed25_scores": (SEALED25_FLOORS, SEALED25_PUBLIC_FLOORS),
               "sealed26_scores": (SEALED26_FLOORS, SEALED26_PUBLIC_FLOORS),
               "sealed27_scores": (SEALED27_FLOORS, SEALED27_PUBLIC_FLOORS),
               "sealed28_scores": (SEALED28_FLOORS, SEALED28_PUBLIC_FLOORS),
               "sealed29_scores": (SEALED29_FLOORS, SEALED29_PUBLIC_FLOORS),
               "sealed30_scores": (SEALED30_FLOORS, SEALED30_PUBLIC_FLOORS),
               "sealed31_scores": (SEALED31_FLOORS, SEALED31_PUBLIC_FLOORS),
               "sealed32_scores": (SEALED32_FLOORS, SEALED32_PUBLIC_FLOORS),
               "sealed33_scores": (SEALED33_FLOORS, SEALED33_PUBLIC_FLOORS),
               "sealed34_scores": (SEALED34_FLOORS, SEALED34_PUBLIC_FLOORS),
               "sealed35_scores": (SEALED35_FLOORS, SEALED35_PUBLIC_FLOORS),
               "sealed36_scores": (SEALED36_FLOORS, SEALED36_PUBLIC_FLOORS),
               "sealed37_scores": (SEALED37_FLOORS, SEALED37_PUBLIC_FLOORS),
               "sealed38_scores": (SEALED38_FLOORS, SEALED38_PUBLIC_FLOORS),
               "sealed39_scores": (SEALED39_FLOORS, SEALED39_PUBLIC_FLOORS),
               "sealed40_scores": (SEALED40_FLOORS, SEALED40_PUBLIC_FLOORS),
               "sealed41_scores": (SEALED41_FLOORS, SEALED41_PUBLIC_FLOORS),
               "sealed42_scores": (SEALED42_FLOORS, SEALED42_PUBLIC_FLOORS),
               "sealed43_scores": (SEALED43_FLOORS, SEALED43_PUBLIC_FLOORS),
               "sealed44_scores": (SEALED44_FLOORS, SEALED44_PUBLIC_FLOORS),
               "seed_scores": (SEED_FLOORS, SEED_FLOORS)}


@pytest.mark.parametrize(("fixture", "field"), [(fixture, field) for fixture, (floors, _) in _SET_FLOORS.items()
                                                for field in sorted(floors)])
def test_extractor_field_stays_above_its_floor_on_each_later_set(request, fixture, field):
    scored = request.getfixturevalue(fixture)
    with_bulk = scored[0]["bulk"]["found"].n > 0
    floors, public_floors = _SET_FLOORS[fixture]
    _assert_above(scored, field, (floors if with_bulk else public_floors)[field])


@pytest.mark.parametrize(("fixture", "ceiling"), [("scores", MAX_JUNK), ("heldback_scores", MAX_JUNK),
                                                  ("fresh_scores", MAX_JUNK), ("unseen_scores", MAX_JUNK),
                                                  ("blind_scores", BLIND_MAX_JUNK), ("sealed_scores", MAX_JUNK),
                                                  ("sealed2_scores", SEALED2_MAX_JUNK),
                                                  ("sealed3_scores", SEALED3_MAX_JUNK),
                                                  ("sealed4_scores", SEALED4_MAX_JUNK),
                                                  ("sealed5_scores", SEALED5_MAX_JUNK),
                                                  ("sealed6_scores", SEALED6_MAX_JUNK),
                                                  ("sealed7_scores", SEALED7_MAX_JUNK),
                                                  ("sealed8_scores", SEALED8_MAX_JUNK),
                                                  ("sealed9_scores", SEALED9_MAX_JUNK),
                                                  ("sealed10_scores", SEALED10_MAX_JUNK),
                                                  ("sealed11_scores", SEALED11_MAX_JUNK),
                                                  ("sealed12_scores", SEALED12_MAX_JUNK),
                                                  ("sealed13_scores", SEALED13_MAX_JUNK),
                                                  ("sealed14_scores", SEALED14_MAX_JUNK),
                                                  ("sealed15_scores", SEALED15_MAX_JUNK),
                                                  ("sealed16_scores", SEALED16_MAX_JUNK),
                                                  ("sealed17_scores", SEALED17_MAX_JUNK),
                                                  ("sealed18_scores", SEALED18_MAX_JUNK),
                                                  ("sealed19_scores", SEALED19_MAX_JUNK),
                                                  ("sealed20_scores", SEALED20_MAX_JUNK),
                                                  ("sealed21_scores", SEALED21_MAX_JUNK),
                                                  ("sealed22_scores", SEALED22_MAX_JUNK),
                                                  ("sealed23_scores", SEALED23_MAX_JUNK),
                                                  ("sealed24_scores", SEALED24_MAX_JUNK),
                                                  ("sealed25_scores", SEALED25_MAX_JUNK),
                                                  ("sealed26_scores", SEALED26_MAX_JUNK),
                                                  ("sealed27_scores", SEALED27_MAX_JUNK),
                                                  ("sealed28_scores", SEALED28_MAX_JUNK),
                                                  ("sealed29_scores", SEALED29_MAX_JUNK),
                                                  ("sealed30_scores", SEALED30_MAX_JUNK),
                                                  ("sealed31_scores", SEALED31_MAX_JUNK),
                                                  ("sealed32_scores", SEALED32_MAX_JUNK),
                                                  ("sealed33_scores", SEALED33_MAX_JUNK),
                                                  ("sealed34_scores", SEALED34_MAX_JUNK),
                                                  ("sealed35_scores", SEALED35_MAX_JUNK),
                                                  ("sealed36_scores", SEALED36_MAX_JUNK),
                                                  ("sealed37_scores", SEALED37_MAX_JUNK),
                                                  ("sealed38_scores", SEALED38_MAX_JUNK),
                                                  ("sealed39_scores", SEALED39_MAX_JUNK),
                                                  ("sealed40_scores", SEALED40_MAX_JUNK),
                                                  ("sealed41_scores", SEALED41_MAX_JUNK),
                                                  ("sealed42_scores", SEALED42_MAX_JUNK),
                                                  ("sealed43_scores", SEALED43_MAX_JUNK),
                                                  ("sealed44_scores", SEALED44_MAX_JUNK),
                                                  ("seed_scores", SEED_MAX_JUNK)])
def test_extractor_makes_no_more_junk_than_the_ceiling(request, fixture, ceiling):
    result, table = request.getfixturevalue(fixture)
    junk = result["all"]["junk"]
    assert junk.n <= ceiling, f"{junk.n} junk facts (ceiling {ceiling})\n{table}\n" + "\n".join(junk.misses[:10])


def _echo_of_gold(gold, change: Callable[[dict[str, Any]], dict[str, Any]]):
    """An extractor that answers with the gold facts themselves, passed through `change`."""
    table: dict[str, list[dict[str, Any]]] = {}
    for gs in gold:
        if gs.got and "_ref" in gs.got[0]:
            rec, text = gs.got[0]["_ref"]
            offset = rec["start"]
        else:
            text, offset = gs.sentence, 0
        for g in gs.facts:
            start = g["start"] + offset
            table.setdefault(text, []).append(change({**g, "start": start, "end": start + len(g["surface"])}))
    return lambda text, date=None: table.get(text, [])


@pytest.mark.parametrize("gold_set", GOLD_SET_NAMES)
def test_the_scorer_gives_full_marks_to_the_gold_itself(gold_set):
    scorer = _scorer()
    gold = scorer.load_gold([], gold_set)
    scorer.run_extractor(gold, _echo_of_gold(gold, lambda f: f), [])
    result = scorer.score(gold)["all"]
    for name in ("found", "sign", "unit", "kind", "subject", "period", "change", "qualifier", "base"):
        assert result[name].rate() == 1.0, (name, result[name].misses[:3])
    assert result["extra"].n == 0


def test_the_scorer_catches_a_lost_sign_and_a_points_value_read_as_percent():
    scorer = _scorer()
    gold = scorer.load_gold([])

    def damage(f: dict[str, Any]) -> dict[str, Any]:
        if f["kind"] == "points":
            return {**f, "kind": "percent", "value": f["value"] * 100}
        if isinstance(f["value"], (int, float)) and f["value"] < 0:
            return {**f, "value": -f["value"]}
        return f

    scorer.run_extractor(gold, _echo_of_gold(gold, damage), [])
    result = scorer.score(gold)["all"]
    assert result["negative kept"].n and result["negative kept"].ok == 0
    points = sum(1 for gs in gold for g in gs.facts if g["kind"] == "points")
    assert result["found"].n - result["found"].ok >= points


def test_a_trap_surface_inside_a_longer_number_is_not_junk():
    """An outline label '1.' trapped in a sentence does not make the figure 1.94亿元 beside it junk."""
    scorer = _scorer()
    assert scorer._inside_number("1.营业收入1.94亿元", 6, 8)
    assert not scorer._inside_number("1.营业收入1.94亿元", 0, 2)
    assert not scorer._inside_number("三大攻坚战取得进展", 0, 2)
    # Hong Kong types the decimal point ﹒: the outline '2﹒' is a trap, the '2﹒' of 2﹒5倍 part of a number
    assert scorer._inside_number("2﹒中國內地:營業額增長2﹒5倍", 12, 14)
    assert not scorer._inside_number("2﹒中國內地:營業額增長2﹒5倍", 0, 2)
    # a class's bound 亿元 (亿元以上) is trapped; the 亿元 of 1052.97亿元 is that sum's own unit
    s = "协议总金额1052.97亿元,其中亿元以上项目178个"
    assert scorer._inside_number(s, s.index("亿元"), s.index("亿元") + 2)
    assert not scorer._inside_number(s, s.rindex("亿元"), s.rindex("亿元") + 2)
    # so is the 亿元 of a sum a PDF spaced from its unit (总投资1115.2 亿元)
    s = "新签约亿元以上工业项目219 个,总投资1115.2 亿元"
    assert scorer._inside_number(s, s.rindex("亿元"), s.rindex("亿元") + 2)
    assert not scorer._inside_number(s, s.index("亿元"), s.index("亿元") + 2)


def test_the_scorer_compares_periods_by_the_months_they_cover():
    """Two spellings of one window are one period (a half, its quarters, its months); a day or a
    month is not the window around it."""
    period = _scorer()._period
    assert period("2016H2") == period("2016-07/2016-12")
    assert period("2024Q1-Q3") == period("2024-01/2024-09")
    assert period("2022Q1-Q2") == period("2022H1")
    assert period("2024") == period("2024-01/2024-12")
    assert period("2022/2025") == period("2022-01/2025-12")
    assert period("2023Q4/2024Q4") == period("2023-10/2024-12")     # a run of quarters, two spellings
    assert period("2023Q4/2024Q4") != period("2023Q4/2024-12") != period("2023-10/2024-12")
    assert period("2024-05") != period("2024Q2")
    # days covering whole months are those months; a run ending before its month's end is not
    assert period("2025-01-01/2025-11-30") == period("2025-01/2025-11")
    assert period("2024-01-01/2024-02-29") == period("2024-01/2024-02")
    assert period("2025-01-01/2025-11-29") != period("2025-01/2025-11")
    assert period("2025-01-02/2025-11-30") != period("2025-01/2025-11")
    assert period("2024-05-31") != period("2024-05")
    assert period("2025-10-01/2025-10-06") == "2025-10-01/2025-10-06"
    assert period(None) == period("") == ""


def test_the_scorer_compares_subjects_without_a_light_verb_between_topic_and_indicator():
    """城镇实现零售额 and 城镇零售额 name one indicator (sets label it both ways): a light verb
    between the topic and the indicator is left out on both sides; one that opens or ends the
    subject, or makes a rate or a sum of its own (计划完成率, 投资完成额), stays."""
    subject = _scorer()._subject
    assert subject("城镇实现零售额") == subject("城镇零售额") == "城镇零售额"
    assert subject("全国规模以上工业企业实现利润总额") == subject("全国规模以上工业企业利润总额")
    assert subject("文化產業實現營業收入") == subject("文化產業營業收入")
    assert subject("本集團錄得除稅後溢利") == subject("本集團除稅後溢利")
    assert subject("中央企业累计完成投资") == subject("中央企业投资")
    assert subject("实现营业收入") == "实现营业收入"          # opens the subject: nothing before it
    assert subject("年度任务完成") == "年度任务完成"
    assert subject("计划完成率") == "计划完成率" != subject("计划率")
    assert subject("固定资产投资完成额") == "固定资产投资完成额"
    assert subject(None) == ""
    assert subject("投资完成年度投资计划") == "投资完成年度投资计划"      # a plan done: the share of it
    assert subject("行业增加值实现同比增长") == "行业增加值实现同比增长"
