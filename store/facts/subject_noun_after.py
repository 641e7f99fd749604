"""A count written before its noun measures the noun, not the verb phrase around it.

- `超1万家企业启动了数字化改造` gave the count the noun and the verb after it (企业启动): the
  noun alone (企业).
- `我国自主研制的2艘17.4万立方米大型液化天然气运输船正式交付` gave both figures the verb phrase
  before 的 (自主研制): they measure the noun after the figures (大型液化天然气运输船), up
  to its first adverb or verb.
- `市场占有率达到35.2%` cut the share's name at 占 (市场): the whole name.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_period_words import TIME_WORDS
from .text_marks import TextMarks
from .words import segment, tag_of

Fact = dict[str, Any]

_COUNTED = ("count", "quantity")
MADE_UNITS = ("艘", "架", "台", "辆", "輛", "列", "颗", "顆")
_SHARE_WORDS = ("占有率", "佔有率", "占比", "佔比")
# verbs after a counted noun (1万家企业启动, 14名专家组成) and before 的 and a count (自主研制的2艘); jieba
# tags some of them as nouns, and tags nouns such as 组织, 增长 as verbs, so the words are listed
ACTS = ("启动", "参与", "参加", "完成", "开展", "实施", "获得", "组成", "赴", "挤", "入驻", "落户", "签约", "上线")
MAKES = ("研制", "研发", "建造", "生产", "交付", "制造", "打造", "引进", "采购", "购买", "新建", "建成", "签约")


def settle_noun_after(text: str, facts: list[Fact], marks: TextMarks) -> None:
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if not subj:
            continue
        e = f["end"]
        if f["kind"] == "percent":
            k = text.rfind(subj, marks.clause_start(f["start"]), f["start"])
            if k >= 0 and text.startswith(_SHARE_WORDS, k + len(subj)):
                word = next(w for w in _SHARE_WORDS if text.startswith(w, k + len(subj)))
                f["subject"] = subj + word      # 市场占有率达到35.2%
            continue
        if f["kind"] not in _COUNTED and not (f["kind"] == "rank" and f.get("unit") in MADE_UNITS
                                              and _SIZE_CLASS_RE.match(text, f["end"])):
            continue                            # (建造的第3艘6000标箱集装箱船: the place of a ship made past its size)
        if text.startswith(subj, e):
            words = segment(subj) if subj.endswith(ACTS) else ()
            if len(words) == 2 and words[1] in ACTS:
                f["subject"] = words[0]         # 企业启动 → 企业
            continue
        if text[f["start"] - 1:f["start"]] == "的" and text.endswith(subj, 0, f["start"] - 1) and _verb_phrase(subj):
            j = i
            while j + 1 < len(facts) and facts[j + 1]["start"] == facts[j]["end"]:
                j += 1                          # 2艘17.4万立方米…: past the figures written back to back
            noun = _noun_at(text, facts[j]["end"])
            if noun:
                for g in facts[i:j + 1]:
                    g["subject"] = noun


def _verb_phrase(s: str) -> bool:
    return s.endswith(MAKES)


# 24万吨级: a class, no figure; so a ship's size before it (6000标箱集装箱船, 21万吨散货船: traps.py)
_SIZE_CLASS_RE = re.compile(r"[\d.]+[万萬亿億千]?(?:[吨噸](?:级|級)"
                            r"|(?:[吨噸]|标箱|標箱|标准箱|標準箱|立方米)(?=[^\s，,。；;：:、\d]{0,6}?[船轮輪]))")


def _noun_at(text: str, e: int) -> str | None:
    k = _SIZE_CLASS_RE.match(text, e)
    if k:
        e = k.end()
    m = re.match(r"[^\s，,。；;：:、（）()\d“”\"]{2,20}", text[e:e + 20])
    if not m:
        return None
    out = ""
    for w in segment(m.group(0)):
        if (tag_of(w) is not None or w in TIME_WORDS) and len(out) >= 2:
            break
        out += w
    return out if len(out) >= 2 else None
