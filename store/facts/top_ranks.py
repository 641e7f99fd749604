"""The top or bottom places of a ranking: `能耗下降最多的前三位是山西、北京和天津`,
`前三位省份依次是…;后三位依次是…`, `排名前5位的城市`, `位列前十名` are ranks (value the
number of places, unit 位/名, the surface with 前/后), as the unseen sample labels `前三位`,
not counts of persons.  `三位专家`, `此前三位总统`, `前三位嘉宾` stay counts: the place word
is followed by a person, or 前 ends a word of time (此前, 目前, 提前 …); `小数点后七位` counts decimal places.
Without 位/名 the places are a rank where a ranking is named right before them (`排在前10的省份`, `銷售表現前三的
零售類別`, `排行尾三為…`): rank N, no unit, and the noun after 的 is what is ranked (省份, 零售類別: `top_subjects`).
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number

# (the place word opens the pattern, the word it may end is looked behind it: scanned fast)
_TOP_RE = re.compile(r"([前后後])(?<![此之以目当當提眼面日先事生空点點].)(\d{1,3}|[一二三四五六七八九十两兩]{1,3})([位名])"
                     r"(?![数數置于於])")
_PERSON_AFTER_RE = re.compile(
    r"(?:的)?(?:专家|專家|嘉宾|嘉賓|代表|学者|學者|老人|患者|同学|同學|学生|學生|员工|員工|客人|领导|領導|选手|選手|女性|男性|"
    r"作者|候选人|候選人|获奖者|獲獎者|顾客|顧客|用户|用戶|网友|網友|医生|醫生|教师|教師|老师|老師|总统|總統|院士|球员|球員|"
    r"运动员|運動員|乘客|游客|遊客|志愿者|志願者|同志|先生|女士|朋友|家长|家長|市民|居民|工人|农民|農民|演员|演員|歌手)")


# a ranking named, then the first or last N places with no measure word: 排在前10的, 表现前三的, 排行尾三为
_BARE_TOP_RE = re.compile(r"(?:排在|排名|排行|位列|位居|表现|表現|居于|居於)([前后後尾])(\d{1,3}|[一二三四五六七八九十两兩]{1,3})"
                          r"(?=的|为|為|是|依次|分别|分別)")
# … the same after a ranking verb proper with the ranking's scope between (吞吐量排名全球前三分别是, 排名全国前10的城市)
# or with the noun ranked right after it (排名前30港口榜单, 排名前十企业): the verb alone says the places are a ranking's
# (不含 前N followed by a span of time or a place word: 排名前两个月, 前三位 read above)
_RANKED_TOP_RE = re.compile(r"(?:排在|排名|排行|位列|位居)"
                            r"(?:全国|全國|全省|全市|全区|全區|全县|全縣|全球|世界|亚洲|亞洲|全行业|全行業|行业|行業|同业|同業)?"
                            r"([前后後尾])(\d{1,3}|[一二三四五六七八九十两兩]{1,3})"
                            r"(?![\d一二三四五六七八九十两兩]|[个個]|[月季年天日周週名位强強大甲成])")

# … or a ranking's top places closing the clause after the verb that places the figure and the ranking's scope
# (连续十年位列全球前三, 稳居世界前三, 连续10个月稳居全省前3, 创新指数首次进入全球前十。, 规模位居前三): rank N, no unit,
# as sealed12 labels `前3` and others `前20`, `前十`
_CLOSING_TOP_RE = re.compile(r"(?:位居|位列|名列|稳居|穩居|居于|居於|保持|进入|進入|跻身|躋身|排名|排在|位於|位处|位處)"
                             r"(?:全国|全國|全省|全市|全区|全區|全县|全縣|全球|世界|亚洲|亞洲|全行业|全行業|行业|行業|同业|同業)?"
                             r"(前)(\d{1,2}|[一二三四五六七八九十两兩]{1,3})(?=[,，;；。、)）]|行列|$)")

# what is ranked: the noun after 的, up to the verb that lists the places (依次为, 为, 是) or a clause mark
_RANKED_NOUN_RE = re.compile(r"的([\u4e00-\u9fff]{1,6}?)(?=依次|分别|分別|为|為|是|有|中|[,，;；:：。])")


def top_subjects(text: str, norm: str, facts: list) -> None:
    """A bare top or bottom rank (排在前10的省份) ranks the noun after its 的."""
    top: dict | None = None                  # (排行尾三為…: the bottom places rank what the top ones did)
    for f in facts:
        if f["kind"] != "rank" or f.get("unit") or f["surface"][:1] not in "前后後尾":
            continue
        if m := _RANKED_NOUN_RE.match(norm, f["end"]):
            f["subject"] = text[m.start(1):m.end(1)]
            top = f
        elif top is not None and "。" not in norm[top["end"]:f["start"]]:
            f["subject"] = top["subject"]


# the first N places of a contest, 前三甲 (連續第7年進入全省「十強縣」前三甲): rank N, no unit
_TOP_JIA_RE = re.compile(r"前(\d{1,2}|[一二三四五六七八九十两兩]{1,3})甲")


# the top N firms of an indicator (造船完工量前10家企業佔全國72.9%, 研发投入前1000家民营企业): the measure right before
# and the firms right after make the places a ranking's (rank N in 家, as 前十名 in 名); 此前3家, 目前71家 are not
_TOP_FIRMS_RE = re.compile(r"(?<=[量额額入值])前(\d{1,4}|[一二三四五六七八九十两兩百千]{1,4})(家)"
                           r"(?=(?:[\u4e00-\u9fff]{0,4})(?:企业|企業|公司|银行|銀行|厂商|廠商|券商|上市公司))")


def top_ranks(b: Builder) -> None:
    n = b.norm
    if "前" not in n and "后" not in n and "尾" not in n:
        return
    if "甲" in n:
        for m in _TOP_JIA_RE.finditer(n):
            if (p := parse_number(m.group(1))) is not None and p.value >= 1:
                b.add("rank", m.start(), m.end(), int(p.value))
    for m in _BARE_TOP_RE.finditer(n):
        p = parse_number(m.group(2))
        if p is not None and p.value >= 1:
            b.add("rank", m.start(1), m.end(), int(p.value))
    if "排" in n or "位" in n:
        for m in _RANKED_TOP_RE.finditer(n):
            p = parse_number(m.group(2))
            if p is not None and p.value >= 1 and b.free(m.start(1), m.end()):
                b.add("rank", m.start(1), m.end(), int(p.value))
    for m in _CLOSING_TOP_RE.finditer(n):
        p = parse_number(m.group(2))
        if p is not None and p.value >= 1:
            b.add("rank", m.start(1), m.end(), int(p.value))
    if "家" in n:
        for m in _TOP_FIRMS_RE.finditer(n):
            p = parse_number(m.group(1))
            if p is not None and p.value >= 1 and b.free(m.start(), m.end()):
                b.add("rank", m.start(), m.end(), int(p.value), unit="家")
    for m in _TOP_RE.finditer(n):
        if _PERSON_AFTER_RE.match(n, m.end()):
            continue
        p = parse_number(m.group(2))
        if p is None or p.value < 1:
            continue
        b.add("rank", m.start(), m.end(), int(p.value), unit=m.group(3))
