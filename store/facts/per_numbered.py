"""A denominator written with its own number after 每: `每1000立方英尺(1立方米约合35立方英尺)下跌19.6美分`
is 19.6 美分/1000立方英尺, `每万人发明专利19.8件` is 19.8 件/万人, `每10万人口拥有医生25名` 名/10万人口, `每百户家庭拥有家用汽车48.2辆` 辆/百户.

- `numbered_per` gives such a denominator (number, magnitude and word, as written) to the figure
  after it, across a bracketed aside and the adverbs and verbs the plain `每桶…美元` rule skips; a
  head-count denominator (`每万人`, `每千人口`) may also have the indicator's name before the figure;
- `denominator_spans` marks the number of such a denominator, which is part of a unit and no figure
  (the gold sets never label `每1000立方英尺`, `每10股`); only when a figure follows in its clause, and
  never for a unit of time (`每3年举办一次`, `每5分钟一班` are intervals, left as they are read).
"""

from __future__ import annotations

import re

_NUM = r"(?:\d+(?:\.\d+)?[万千百亿]?|[万千百]|[一二两三四五六七八九十]+[万千百]?)"
_WORDS = ("立方英尺|平方英尺|立方米|平方米|平方公里|吨|千克|公斤|克|升|公升|加仑|桶|盎司|英两|磅|"
          "亩|公顷|千瓦时|度|公里|千米|元|美元|户|家|辆|台|件|张")
# (the verbs and adverbs between a denominator and its figure, as units.per_before skips them)
_FILL = (r"(?:[为是约达报收于涨跌升降至到高仅近超过了的平均上下再也又亦还则]|[涨跌升降增]幅|累计|下滑|回落|下挫|回升|攀升|"
         r"下跌|上涨|减少|增加|提高|降低|\s)*")
_ASIDE = r"(?:[(（][^()（），。；]{0,24}[)）])?"
_PER_RE = re.compile(rf"每({_NUM})({_WORDS}){_ASIDE}{_FILL}$")
# a head count: the indicator's name may stand between (每万人发明专利19.8件, 每千人口执业医师3.2人)
# (and households, as communiqués count durables: 每百户家庭拥有家用汽车48.2辆 → 辆/百户)
# (a name may hold Latin letters and digits: 每万人拥有5G基站数达到31.8个)
# (or named, 每千名儿童: its name glossed in brackets, 执业（助理）医师, and the items of a list after the first, 、床位增至2.5张)
_GROUPS = "儿童|兒童|学生|學生|老人|老年人|居民|职工|職工|员工|員工|婴儿|嬰兒|新生儿|新生兒|孕产妇|孕產婦|活产|活產|农民|農民"
_HEADS_RE = re.compile(rf"每({_NUM})(人口|人|户|名(?:{_GROUPS}))"
                       rf"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{{1,4}}[)）]|[A-Za-z0-9]+(?=[A-Za-z\u4e00-\u9fff])"
                       rf"|\d+(?:\.\d+)?[人张張名个個件辆輛台床所家]?、){{0,24}}?{_FILL}$")
# shares given per lot of shares held (每10股配售1.5股, 每10股转增4股, 每10股送红股2股): 股/10股 (sealed39)
_SHARES_RE = re.compile(rf"每({_NUM})(股)(?:配售|配股|配|转增|轉增|送红股|送紅股|送股|送|派送|转|轉)(?:股份|股票|红股|紅股)?约?$")
_TIME = "年月天日周时分秒星"
# the number of a denominator with a figure after it in the clause (not a time: 每3年, 每5分钟)
# (it opens with the literal 每, so the engine scans for it instead of trying every position)
_SPAN_RE = re.compile(rf"每(\d+(?:\.\d+)?[万千百亿]?)(?=(?!个?[{_TIME}])[\u4e00-\u9fff]{{1,6}}[^，。；,;!?！？]{{0,30}}?\d)")


def numbered_per(norm: str, start: int) -> str | None:
    """The denominator with a number or magnitude written before a figure starting at `start`, or None."""
    k = norm.rfind("每", max(0, start - 40), start)
    if k < 0:
        return None
    m = _PER_RE.match(norm, k, start) or _HEADS_RE.match(norm, k, start) or _SHARES_RE.match(norm, k, start)
    return m.group(1) + m.group(2) if m else None


def denominator_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each number that only sizes a denominator after 每."""
    if "每" not in norm:
        return []
    return [m.span(1) for m in _SPAN_RE.finditer(norm)]
