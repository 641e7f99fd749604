"""Times told with 度, the written word for 次 (tests/gold/README.md "Conventions": a count of times):
`央视两度走进我县直播报道` (sealed17: 2 in 度), `两国元首两度会晤`, `三度夺冠`, as `第二度`, `第三度超車` are
ranks in 度 (sealed8, sealed16).  Only before a verb of an event: a numeral before 度 is otherwise a
temperature, an angle or a grade (`气温下降两度`, `三度烧伤`, `八度音阶`), and 再度/一度 are adverbs.
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

_TIMES_RE = re.compile(
    r"(?<![第\d一二三四五六七八九十百千万萬再])([两兩二三四五六七八九十])度"
    r"(?=(?:[在于於赴到])?[\u4e00-\u9fff]{0,4}?(?:会晤|會晤|会见|會見|会面|會面|走进|走進|访问|訪問|来访|來訪|访华|訪華|"
    r"夺冠|奪冠|夺得|奪得|获得|獲得|获评|獲評|入选|入選|当选|當選|连任|連任|蝉联|蟬聯|登顶|登頂|出任|出手|出访|出訪|"
    r"易主|易帅|易帥|延期|推迟|推遲|上调|上調|下调|下調|加息|降息|暂停|暫停|刷新|打破|创下|創下|举办|舉辦|"
    r"通话|通話|发射|發射|闯入|闖入|进入|進入|登上|站上|跌破|突破|回落|"
    # a price set again (這也是繼9/3、9/24連續二度調漲後: the second rise running)
    r"调涨|調漲|调降|調降|调高|調高|调低|調低|涨价|漲價|降价|降價|加价|加價|减价|減價))")


def times_du(b: Builder) -> None:
    n = b.norm
    if "度" not in n:
        return
    for m in _TIMES_RE.finditer(n):
        if (p := parse_number(m.group(1))) is not None and p.value >= 2:
            b.add("count", m.start(), m.end(), int(p.value), unit="度")
