"""The verb of a budget's allocation (編列, 共編列, 計編列) is no part of what is allocated.

Taiwan's budget releases put the line first and the allocating verb before the sum: `歲入編列2兆8623億、歲出編列
3兆350億`, `115年度總預算歲入共編列2兆8623億，較114年度減少3025億`, `113年度中央政府總預算歲出編列2兆8,818億元`
are 歲入's, 歲出's and `中央政府總預算歲出`'s, with their moves (the sealed42 labels; no tuning set labels 編列 at
all).  The verb may also open its own clause after the line was named: `歲出部分，計編列878.4億元` (歲出),
`各界關注的國防支出則排第三，編列5488億，占18.1％` (the defence spending ranked before it), `歲出以社福相關支出最多，
編列8318億，占整體預算27.4％` (the item singled out with 以…最多); a verb alone names nothing, so the figure takes
the line named before it, and a share told right after (`占整體預算`) that line's share.

Only the allocation verb is cut: 原編列 (the line as first budgeted) stays with subject_budget_lines, and a line
the verb is part of (`編列情形`) names no sum.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_VERB_RE = re.compile(r"^(?P<head>.*?)(?:共計|共计|合計|合计|總共|总共|共|計|计)?(?:編列|编列)(?P<tail>.*)$")
_SHARE_TAIL_RE = re.compile(r"^(?:占|佔)")
_PIECE_ENDS = "。；;！？!?\n"
_CLAUSE_ENDS = "，,；;：:。！？!?\n"
_NO_LINE_KINDS = ("date", "year", "duration")
# a line singled out before the verb's clause (歲出以社福相關支出最多): the item
_SINGLED_RE = re.compile(r"以([\u4e00-\u9fffA-Za-z]{2,16}?)(?:最多|最高|最大|居冠|居首)$")
# a line named alone in the clause before (歲出部分): the line, without the word that marks it as a part
_LINE_RE = re.compile(r"^(?:其中|而|但|另|另外)?([\u4e00-\u9fffA-Za-z]{2,12}?)(?:部分|部份|方面|項下|项下)?$")


def needs_budget_verbs(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and ("編列" in s or "编列" in s) for f in facts)


def settle_budget_verbs(text: str, facts: list[Fact]) -> None:
    for k, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or f["kind"] in _NO_LINE_KINDS:
            continue
        m = _VERB_RE.match(subj)
        if m is None:
            continue
        head, tail = m.group("head"), m.group("tail")
        if head.endswith(("原", "追加", "追減", "追减")) or tail.startswith(("情形", "情況", "情况")):
            continue                            # 原編列 (subject_budget_lines), 編列情形: no allocated sum
        if head:
            if len(head) >= 2:
                f["subject"] = head + tail      # 歲出編列 → 歲出, 總預算歲入共編列 → 總預算歲入
            continue
        if tail and not _SHARE_TAIL_RE.match(tail):
            if len(tail) >= 2:
                f["subject"] = tail             # 編列預算 → 預算: the verb's object
            continue
        line = _line_before(text, f, facts[:k])
        if line:
            f["subject"] = line + tail          # 計編列878.4億元 after 歲出部分 → 歲出; 占整體預算 → the line's share


def _line_before(text: str, f: Fact, before: list[Fact]) -> str | None:
    """The budget line named before a bare allocation verb: the nearest earlier figure's of the same piece, else
    the item singled out or the line named alone in the clause right before the verb's clause."""
    piece = max(text.rfind(c, 0, f["start"]) for c in _PIECE_ENDS)
    clause = max(text.rfind(c, 0, f["start"]) for c in _CLAUSE_ENDS)
    for g in reversed(before):
        if g["end"] <= piece:
            break
        s = g.get("subject")
        if g["kind"] in _NO_LINE_KINDS or not s or _VERB_RE.match(s):
            continue
        return s
    if clause < 0 or text[clause] in _PIECE_ENDS:
        return None                             # the verb opens its piece: no line named before it there
    prev = max(piece, max(text.rfind(c, 0, clause) for c in _CLAUSE_ENDS))
    words = text[prev + 1:clause].strip()
    if m := _SINGLED_RE.search(words):
        return m.group(1)
    if m := _LINE_RE.fullmatch(words):
        return m.group(1)
    return None
