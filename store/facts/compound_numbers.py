"""Magnitudes written the Taiwan way, rewritten to the form the number reader knows.

- `兆` before a sum of money (or 億) is 万亿: `5.89兆元` → 5.89万亿元, `3兆2千億元` → 32000億元, `1兆485億元`
  → 10485億元 (a trillion and 485 hundred million; also spaced, `23 兆 803 億元`: read without
  it, that was 803億元, a wrong figure).  Before 瓦, 焦, 赫, 字节 …
  兆 is the SI prefix mega and stays.  A bare `3.2兆` (before 的, a joiner, punctuation or the end) is
  万亿 too, in traditional text only: mainland text says `100兆` for 100 Mbit/s bandwidth.
- 萬 (or 億) before comma-grouped digits joins them: `3萬2,105美元` → 32105美元,
  `2億1,500萬` → 21500萬 (the digits after the magnitude are under it: < 10000).
- a change word split by a stray space is joined: `增 加率17.6%` → 增加率17.6%;
- 萬 between spaced numbers joins them: `1 萬 5000 人次` → 15000人次;
- a space before 千 scaling a unit is dropped: `4773.4 千公顷` → 4773.4千公顷 (千 after
  a space is read as a magnitude like 万 and 亿 are).
"""

from __future__ import annotations

import re
from decimal import Decimal

from store.search.script import simplified_chars

# distinct characters written in traditional script that make a text traditional (one or two may be a name)
_TRADITIONAL_NEEDED = 3


def _written_in_traditional(text: str) -> bool:
    return len({a for a, b in zip(text, simplified_chars(text)) if a != b}) >= _TRADITIONAL_NEEDED

# A兆B億 (B of one to four digits): one count of 億
# (Taiwan's financial press may set a space on either side: `23 兆 803 億元`)
# (the 億 count may have decimals: 78兆9,450.05億元, a market's value)
_TRILLION_YI_RE = re.compile(r"(?<![\d.,])(\d{1,4}) ?兆 ?(\d{1,4}|\d,\d{3})(\.\d+)?(?= ?[億亿])")   # 3兆9,603億
# A兆B千億 (the 億 count in thousands, 3兆2千億元: 3.2 trillion, not 2千億 beside a stray 3兆)
_TRILLION_THOUSANDS_YI_RE = re.compile(r"(?<![\d.,])(\d{1,4}) ?兆 ?(\d)千(?:(\d)百)?(?= ?[億亿])")
# [A兆] B億 C萬: one number with every part at its place (3,350億300萬元 is 335003000000 元; Taiwan's web
# press spaces every part, 新台幣 3,350 億 300 萬元, 1 兆 460 億 9,100 萬元); read part by part, the 萬 tail
# was a figure of its own and the head a round sum, a wrong value
_YI_WAN_RE = re.compile(r"(?<![\d.,])(?:(\d{1,4}) ?兆 ?)?(\d{1,3}(?:,\d{3})+|\d{1,4}) ?[億亿] ?(\d{1,4}|\d,\d{3}) ?[萬万]"
                        r"(?! ?[\d千百十])")
# A兆 before money or a magnitude: 万亿 (a space between: 新台幣 1 兆元)
_TRILLION_RE = re.compile(
    r"(?<![\d,])(\d+(?:\.\d+)?) ?兆(?=\s*(?:元|美元|日圓|日元|日圆|新臺幣|新台幣|新台币|臺幣|台幣|台币|人民幣|人民币|歐元|欧元|港元|港幣|[億亿]))")
# A兆 standing alone (a sum whose currency the sentence names elsewhere: 前三季獲利突破3.2兆的歷史次高)
# (a round level named a barrier, 突破1.2兆大關: found30)
_BARE_TRILLION_RE = re.compile(r"(?<![\d,.])(\d+(?:\.\d+)?)兆(?=[的以多餘余左之和及與或至到，。、；：,.;:）)」』”\s]|大[關关]|$)")
# 兆 after a Chinese numeral (八十八兆元, 九十五兆 in traditional text): the same 万亿, the numeral read as it stands
_CN_NUMERAL = "一二三四五六七八九十百千兩两〇零"
_CN_TRILLION_RE = re.compile(
    rf"(?<=[{_CN_NUMERAL}])兆(?=\s*(?:元|美元|日圓|日元|新臺幣|新台幣|臺幣|台幣|人民幣|人民币|歐元|港元|港幣|[億亿]))")
_CN_BARE_TRILLION_RE = re.compile(rf"(?<=[{_CN_NUMERAL}])兆(?=[的以多餘余左之和及與或至到，。、；：,.;:）)」』”\s]|$)")
# 兆 alone after a qualifier (營收破兆元, 市值突破兆元, 規模逾兆元, 產值上兆元: 上 as in 上千人, not 站上 reached): one 万亿,
# as 破万亿 and 过亿 read — the
# colloquial round threshold of Taiwan's financial press; before money only (兆瓦, 兆赫 are mega)
_QUALIFIED_TRILLION_RE = re.compile(
    r"(?:(?<=[破超逾近達达過过])|(?<=[^站馬马]上))兆(?=\s*(?:元|美元|日圓|日元|新臺幣|新台幣|臺幣|台幣|人民幣|人民币|歐元|港元|港幣))")
# A萬B,CCC / A億B,CCC萬 (the tail under the magnitude: one digit, a comma, three digits)
_GROUPED_TAIL_RE = re.compile(r"(?<![\d.,])(\d{1,4})([萬万]|[億亿](?=\d,\d{3}[萬万]))(\d),(\d{3})(?![\d,])")
# 4773.4 千公顷: a space between the digits and a 千 that scales the unit after it
_TAIWAN_50 = ("台灣", "台湾", "臺灣")   # the Taiwan 50 ETF's name, its digits written straight before a count
_GROUPED_CUE_RE = re.compile(r"[萬万億亿](?=\d,\d{3})")   # where to look back for the digits before
_SPACED_THOUSAND_RE = re.compile(r"(?<=\d) (?=千(?:公顷|公頃|公里|公斤|克|瓦|千瓦|米|人|户|戶|亩|畝|吨|噸|元|卡|焦|伏|帕|立方米|标准|標準))")
# 前 10 月, 前 9 個月: the first months of a year with its number spaced (Taiwan's web press spaces digits);
# a lookbehind has one width, so one alternative a width
_FIRST_N_UNIT = r"(?=個月|个月|月(?![份日号])|季)"
_SPACED_FIRST_N_RE = re.compile(r"(?<=[前首]) (?=\d{1,2} ?(?:個月|个月|月(?![份日号])|季))"
                                r"|(?<=[前首]\d) " + _FIRST_N_UNIT + r"|(?<=[前首]\d\d) " + _FIRST_N_UNIT +
                                r"|(?<=[前首] \d) " + _FIRST_N_UNIT + r"|(?<=[前首] \d\d) " + _FIRST_N_UNIT)
# 1 萬 5000 人次: 萬 between two spaced numbers joins them as 1萬5000 does (Taiwan's web press spaces digits); read
# apart, the tail was a figure of its own and the head a bare 10000
_SPACED_WAN_RE = re.compile(r"(?<![\d.,])(\d{1,4}) ?[萬万] ?(\d{1,4})(?![\d,.萬万億亿年月日号號時时点點%％])(?! ?[千百十仟佰拾])")
# 增 加率, 成 長: a change word split by a stray space (Taiwan PDF releases)
_SPLIT_CHANGE_RE = re.compile(r"[增減减成下上][ \u3000][加少長长降升漲涨跌]")
_SPLIT_WORDS = frozenset(("增加", "減少", "减少", "成長", "成长", "下降", "上升", "上漲", "上涨", "下跌"))


def compound_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each form above in `text`."""
    trillion = "兆" in text
    grouped = "," in text and any(c in text for c in "萬万億亿")
    spaced = " " in text or "\u3000" in text
    if not (trillion or grouped or spaced):
        return []
    out: list[tuple[int, int, str]] = []
    if any(c in text for c in "億亿") and any(c in text for c in "萬万"):
        for m in _YI_WAN_RE.finditer(text):
            yi = int(m.group(1) or 0) * 10000 + int(m.group(2).replace(",", ""))
            out.append((m.start(), m.end(), str(yi * 10000 + int(m.group(3).replace(",", ""))) + "万"))
    full = [(s, e) for s, e, _ in out]
    for m in _TRILLION_YI_RE.finditer(text) if trillion else ():
        yi = Decimal(m.group(2).replace(",", "") + (m.group(3) or ""))
        out.append((m.start(), m.end(), str(int(m.group(1)) * 10000 + yi)))
    for m in _TRILLION_THOUSANDS_YI_RE.finditer(text) if trillion else ():
        yi = int(m.group(2)) * 1000 + int(m.group(3) or 0) * 100
        out.append((m.start(), m.end(), str(int(m.group(1)) * 10000 + yi)))
    taken = {s for s, _, _ in out}
    for m in _TRILLION_RE.finditer(text) if trillion else ():
        if m.start() not in taken:
            out.append((m.start(1), m.end(), m.group(1) + "万亿"))
    if trillion and _BARE_TRILLION_RE.search(text) and _written_in_traditional(text):
        out += [(m.start(1), m.end(), m.group(1) + "万亿") for m in _BARE_TRILLION_RE.finditer(text)
                if m.start() not in taken]
    if trillion and (cn := [m.span() for m in _CN_TRILLION_RE.finditer(text)]
                     + ([m.span() for m in _CN_BARE_TRILLION_RE.finditer(text)]
                        if _written_in_traditional(text) else [])):
        out += [(s, e, "万亿") for s, e in cn]
    if trillion:
        out += [(m.start(), m.end(), "万亿") for m in _QUALIFIED_TRILLION_RE.finditer(text)]
    for k in (m.start() for m in _GROUPED_CUE_RE.finditer(text)) if grouped else ():
        if (m := _GROUPED_TAIL_RE.match(text, max(0, k - 4))) is None:
            m = next((x for j in range(max(0, k - 3), k) if (x := _GROUPED_TAIL_RE.match(text, j))), None)
        if m is not None and m.start(2) == k:
            tail = int(m.group(3)) * 1000 + int(m.group(4))
            s, head = m.start(), m.group(1)
            if text.endswith(_TAIWAN_50, 0, s) and head.startswith("50") and head[2:3] not in ("", "0"):
                s, head = s + 2, head[2:]       # 元大台灣505萬6,688張: the fund's 50, then 5萬6,688 (fund_lots)
            out.append((s, m.end(), str(int(head) * 10000 + tail)))
    if spaced:
        if "前 " in text or "首 " in text:
            out += [(m.start(), m.end(), "") for m in _SPACED_FIRST_N_RE.finditer(text)]
        if " 千" in text:
            out += [(m.start(), m.end(), "") for m in _SPACED_THOUSAND_RE.finditer(text)]
        if "萬 " in text or " 萬" in text or "万 " in text or " 万" in text:
            out += [(m.start(), m.end(), str(int(m.group(1)) * 10000 + int(m.group(2))))
                    for m in _SPACED_WAN_RE.finditer(text) if " " in m.group(0)]
        out += [(m.start() + 1, m.start() + 2, "") for m in _SPLIT_CHANGE_RE.finditer(text)
                if m.group(0)[0] + m.group(0)[2] in _SPLIT_WORDS]
    return sorted(ed for ed in out if (ed[0], ed[1]) in full or all(ed[1] <= a or ed[0] >= b for a, b in full))
