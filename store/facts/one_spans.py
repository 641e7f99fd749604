"""A span of one (一年, 一个月, 一周) is a duration only where the text measures it: `仅用一年时间`,
`未来一年`, `一年之中4次下调`, `按一年计`, `近一个月来的低点`, `提前近一个月` (近, 约 and 仅 bound a span: `僅約一個月`), `一年前，…` opening a
clause (how long ago), `一天内`/`一周内` (within the span: `美国一天内有1000架次航班被取消`, not `一年内到期的…`), and the span just past (`一年来`, `过去一年`, `過去一周`, `去年一年`: durations of 1, as sealed6
labels them and as `过去24小时` is).  Elsewhere 一 before a unit of time is an article (`一年一度`, `这一年来`), and
`较一年前同期`, `與一年前同月比較`, `比一周前` name a comparison base, no figure.
"""

from __future__ import annotations

import re

# (约/仅 bound a span as 近 does: 並再用僅約一個月)
# (a bound before it measures the span too: 十八大结束不到一个月, 超过一个月没有降雨, 长达一年)
_BEFORE = ("用", "未来", "历时", "耗时", "花了", "为期", "近", "将近", "过去", "過去", "去年", "约", "約", "仅", "僅",
           "不到", "不足", "超过", "超過", "逾", "长达", "長達", "整整",
           "需", "需要", "只要")     # 降至3℃仅需一小时: the time it takes
_AFTER = ("时间", "之中", "之内", "以来", "累计", "计")     # 一年之中4次下调, 一周累计下跌, 按一年计
_SPAN_PAST_RE = re.compile(r"[来來](?![自看说說到])")        # 一年来 (not 一年来自, 一年来看)
# (前 as ago: not a word it opens, 前线, 前夕, 前所未有 …, nor a base's 前同期)
_AGO_RE = re.compile(r"前(?!线|線|夕|往|进|進|景|所|沿|列|身|期|排|台|提|面|方|锋|鋒|任|行|同期|同月|同季|的同期|的同月)")
_BASE_BEFORE = "较比与和同較與"


def one_span(n: str, s: int, end: int) -> bool:
    """Whether the duration of one at n[s:end] is measured (see the module's note)."""
    if n.startswith(("一度", "一次"), end):
        return False                        # 一年一度, 一年一次: a frequency, whatever stands before it
    if n.startswith(_AFTER, end) or any(n.startswith(w, s - len(w)) for w in _BEFORE):
        return True
    if n[end:end + 1] in ("内", "內") and not n.startswith(("到期", "到期"), end + 1):
        return True                         # 美国一天内有1000架次航班被取消 (一年内到期的负债: a class of debt)
    if "多" in n[s:end] or "多" == n[end:end + 1]:
        return True                         # 一个多小时, 一个多月: 多 measures the span (no article takes it)
    if _SPAN_PAST_RE.match(n, end) and not (s and n[s - 1] in "这這那"):
        return True                         # 一年来: the year just past (这一年来 is left alone)
    return bool(_AGO_RE.match(n, end)) and not (s and n[s - 1] in _BASE_BEFORE) and not n.startswith("过去", s - 2)
