"""A subject made only of a rate's words names nothing: `年增率1.07%`, `按年上昇二十‧七%`, `按年跌幅擴至2%`,
`累積升幅達4.3%`, `將有8.4%的調漲幅度`, `年彈28.4％`, `年增率可望衝兩成`, a market's week (`週漲幅約0.32%`).
The rate is the indicator's the sentence has named (CPI, 公共財政收入, 樓價指數), as a bare 增速/升幅 already is (conventions: never a bare
增速/升幅/涨幅).  Read on the subject alone: a base word (按年, 年, 累積), then a rate noun with at most a
short verb after it (擴, 可望衝), or a base word and a change verb alone (年上昇, 年彈).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .subject_rules import RATE_NOUNS, SUBJECT_CHARS

_BASE_RE = re.compile(r"^(?:按年|按月|按季|同比|环比|累积|累積|累计|累計|全年|年|月|季"
                      r"|[单單]?周)")   # (averages: a window's; 週漲幅: a market's week)
_RATES = tuple(sorted({*RATE_NOUNS, "年增率", "年减率", "增率", "增加率", "减少率", "成长率", "涨跌幅", "变动率",
                       "调涨幅度", "调降幅度", "调幅", "升跌幅", "减幅"}, key=len, reverse=True))
# what may follow the rate noun inside the cut: a modal and a verb of reaching or widening
_TAIL_RE = re.compile(r"(?:可望|有望|将|仍|再|续|亦|也|已|更)?[扩擴冲衝达升降收缩窄]{0,2}")
# a base word then a change verb alone (按年上昇, 年彈): the verb was not read as a change
_CHANGES = frozenset({"上升", "上昇", "下降", "上涨", "下跌", "弹", "彈", "反弹", "反彈", "回升", "回落", "增", "减",
                      "涨", "跌", "升", "昇", "降", "增加", "减少"})


# a rate written as a change verb and a rate noun (成長幅度, 年增幅度, 上升幅度, 下跌率), the forms _RATES
# does not list; a conjunction may open the clause it stands in (且年增率高達26％, 而增幅…)
_VERB_RATE_RE = re.compile(r"(?:增长|成长|增加|减少|上涨|下跌|上升|下降|调涨|调降|变动|升跌|涨跌|增|减|涨|跌|升|降)"
                           r"(?:幅度|幅|率|速度|速)")
_CONJUNCTION_RE = re.compile(r"^(?:且|而|并|並|但|则|則)(?=.)")


@lru_cache(maxsize=16384)      # asked of each subject several times (the enrichment's rate tests), same answer
def names_only_a_rate(subj: str | None) -> bool:
    """`subj` is a rate's words only (see the module's doc)."""
    if not subj or len(subj) > 8:
        return False
    s = _CONJUNCTION_RE.sub("", subj.translate(SUBJECT_CHARS), count=1)
    rest = _BASE_RE.sub("", s, count=1)
    # (one test in C first: most subjects open with no rate noun)
    r = next((r for r in _RATES if rest.startswith(r)), None) if rest.startswith(_RATES) else None
    if r is not None and _TAIL_RE.fullmatch(rest, len(r)):
        return True
    m = _VERB_RATE_RE.match(rest)     # (增幅度: the longer noun)
    if m and _TAIL_RE.fullmatch(rest, m.end()):
        return True
    return r is None and rest != s and rest in _CHANGES


# a run, a sweep (jieba tags neither) or a demonstrative's numeral in a topic is no part of the indicator
# (三大股指|连续第二天暴跌, 主要股指|全线走低, 这|一指数)
_RUN_RE = re.compile(r"(?<=..)(?:连续|連續|全线|全線|集体|集體)")


def rate_topic(topic: str | None) -> str | None:
    """An earlier clause's indicator lent to a rate, without a bracket its cut left open
    (`10月CPI(居民消費價格指數)數據` read up to 指數: CPI), the words of a relative clause before its
    的 (以…为代表的|知识密集型服务出口) or a run after it (三大股指|连续第二天) left out."""
    if not topic:
        return None
    k = max(topic.rfind("("), topic.rfind("（"))
    if k >= 0 and ")" not in topic[k:] and "）" not in topic[k:]:
        topic = topic[:k]
    run = _RUN_RE.search(topic)
    topic = topic[:run.start()] if run else topic
    k = topic.rfind("的")
    if k > 0 and topic[:k].translate(SUBJECT_CHARS).endswith(_RELATIVE_ENDS):
        topic = topic[k + 1:]
    if topic.startswith("一"):
        return None                             # 这一指数: the indicator of a sentence before
    return topic if len(topic) >= 2 else None


_RELATIVE_ENDS = ("代表", "为主", "较快", "较慢", "最快", "最多", "最大", "突出", "显著")


# the clause's opening noun, up to a modal or a verb of recording (整體平均電價|將有8.4%的調漲幅度)
_OWNER_RE = re.compile(r"[\s\x00\x01]*([^\d\x00\x01在于为比较从自据按的，,。；;：:（()）\s]{2,16}?)"
                       r"(?:将有|将|有|仍录得|仍录|录得|录|可望|有望|预计|预料)")


def clause_owner(text: str, simp: str, lo: int, e: int) -> str | None:
    """The noun opening the clause text[lo:e] before a modal or 錄得 (`整體平均電價將有8.4%的調漲幅度`,
    `樓價仍錄0.4%升幅`): whose rate the figure is."""
    m = _OWNER_RE.match(simp, lo, e)
    if not m or names_only_a_rate(m.group(1)) or m.group(1).endswith(RATE_NOUNS):
        return None
    return text[m.start(1):m.end(1)]
