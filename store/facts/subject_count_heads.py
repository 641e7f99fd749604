"""Counts whose noun stands after them in forms the right-of-figure reading misses.

- a count of households in a state (`约90万户家庭断电`, `近24万用户断电`): the noun counted, as
  `400万户家庭的用电需求` names 家庭 (tests/gold/README.md); with no noun (`超过57000户断电`) the state,
  as `84人死亡` names 死亡;
- a count before a relative clause opened by 来自 (`100多位来自沙特的青年中文学习者…`, `五位来自法院
  系统的代表`): the head noun after 的, as `来自中亚五国的30名议员和议会官员` names 议员和议会官员;
- a typhoon's number (`今年第9号台风“巴威”`): 台风, as sealed7 labels `第1号台风`.
"""

from __future__ import annotations

import re
from typing import Any

from .words import noun_phrase_end

Fact = dict[str, Any]

_STATES = r"(断电|斷電|停电|停電|停水|断水|斷水|断网|斷網|断气|斷氣|受灾|受災)"
_STATE_RE = re.compile(r"(家庭|住户|用户|居民|民众|群众)" + _STATES)
_BARE_STATE_RE = re.compile(_STATES)
_FROM_OF_RE = re.compile(r"(?:来自|來自)[^，。；！？、,;!?：:\n的]{1,14}的([^，。；！？、,;!?：:（）()\n\d“”\"]{2,16})")
_TYPHOON_RE = re.compile(r"台风|颱風|颱风|台風")
_COUNTED_UNITS = frozenset({"户", "戶", "人", "名", "位", None})


def needs_count_heads(facts: list[Fact]) -> bool:
    return any(f["kind"] in ("count", "rank") and not f.get("subject") for f in facts)


def settle_count_heads(text: str, norm: str, facts: list[Fact]) -> None:
    for f in facts:
        if f.get("subject"):
            continue
        e = f["end"]
        if f["kind"] == "rank":
            if f.get("unit") in ("号", "號") and (m := _TYPHOON_RE.match(norm, e)):
                f["subject"] = text[m.start():m.end()]
            continue
        if f["kind"] != "count" or f.get("unit") not in _COUNTED_UNITS:
            continue
        m = _STATE_RE.match(norm, e)
        if not m and f.get("unit") in ("户", "戶"):
            m = _BARE_STATE_RE.match(norm, e)   # 57000户断电: the state, as 84人死亡
        if m:
            f["subject"] = text[m.start(1):m.end(1)]
            continue
        m = _FROM_OF_RE.match(norm, e)
        if m:
            head = m.group(1)
            n = noun_phrase_end(head)
            if n >= 2:
                f["subject"] = text[m.start(1):m.start(1) + n]
