"""A ranking told right after a name's figure (`深水埗3.92萬元排第三`, `以電力及燃氣供應業68,204元居各業之冠`): the figure and its
place are the name's, as a list ranked by name gives each figure its name (`觀塘以66.65萬人排第三` and the sum of
`排名第二的是乙公司48億元`, which the subject rules already read).  When they leave the ranking verb itself as the subject (排第三, 居各業) — a verb's
fragment, which the conventions never allow — the owner is the noun phrase written right before the figure (its whole
words back to 以, a clause mark or a figure), and the place ranked right after that figure takes the same owner.
"""

from __future__ import annotations

import re
from typing import Any

from store.search.script import simplified_chars

from .words import is_noun_phrase, segment

Fact = dict[str, Any]

# a ranking verb opening a subject (居民, 居住 are nouns: 居 only before a place's or a rank's word)
_RANK_VERB_RE = re.compile(r"^(?:排第|排名|排行|排在|排列|名列|位列|位居|稱冠|称冠|居冠|居首|居第|居各|居全|居前|居榜)")
# the verb written right after a figure, for the place ranked next to it (3.92萬元|排第三)
_RANK_AFTER_RE = re.compile(_RANK_VERB_RE.pattern[1:])
# names coordinated in one owner (電力及燃氣供應業, 港島和九龍)
_AND_RE = re.compile(r"[及和与與、]")
_LEAD_CHARS = "，,；;：:。！？!?\n、（）()「」“”《》 \u3000"
_MAX_OWNER = 12


def needs_rank_fragments(facts: list[Fact]) -> bool:
    for f in facts:
        if (s := f.get("subject")) and _RANK_VERB_RE.match(s):
            return True
    return False


def settle_rank_fragments(text: str, facts: list[Fact]) -> None:
    """Give a figure whose subject is its ranking verb the name written before it (see the module's doc)."""
    prev: Fact | None = None
    for f in facts:
        subj = f.get("subject")
        if subj and _RANK_VERB_RE.match(subj):
            if (f["kind"] == "rank" and prev is not None and prev.get("subject")
                    and _RANK_AFTER_RE.match(text, prev["end"]) and f["start"] - prev["end"] <= 4):
                f["subject"] = prev["subject"]         # 深水埗3.92萬元排第三: the place is the name's too
            else:
                owner = _name_before(text, f["start"])
                if owner:
                    f["subject"] = owner
        prev = f


def _name_before(text: str, start: int) -> str | None:
    """The noun phrase right before offset `start`: the longest run of whole words there, back to a clause
    mark or a digit, that holds no verb, adverb, preposition or particle (則以|電力及燃氣供應業)."""
    a = start
    while a > 0 and start - a <= _MAX_OWNER and text[a - 1] not in _LEAD_CHARS and not text[a - 1].isdigit():
        a -= 1
    if start - a > _MAX_OWNER:
        return None                             # a long run: no name written right before the figure
    raw = text[a:start]
    simp = simplified_chars(raw)                # (one to one: the dictionary is simplified)
    words = segment(simp)
    at = 0
    for w in words:
        name = simp[at:]
        if len(name.strip()) >= 2 and all(part and is_noun_phrase(part) for part in _AND_RE.split(name)):
            return raw[at:].strip()
        at += len(w)
    return None
