"""What a fact measures, as one key across articles: the indicator.

A fact's subject is normalised (width, spacing, quotes, leading period
words, trailing particles) and a leading place or company name is kept apart
as its ``entity`` (重庆新能源汽车产量 → 重庆 + 新能源汽车产量).  The indicator
is that name together with the fact's kind, its unit family and whether it
states a level or a change: a growth rate and a level are different
indicators, 元 and 美元 are different families.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from store.records import Fact
from store.search.normalize import normalize
from store.series.places import MARKET_CITIES, NATIONAL, PLACE_NAMES, SUFFIXES

# Kinds whose value needs no unit to compare (the kind fixes the scale).
_UNITLESS_KINDS = frozenset({"percent", "points", "index", "multiple", "ratio", "rank"})
# Kinds that name a time, not a measurement: no indicator.
_NOT_INDICATORS = frozenset({"date", "year"})

_PERIOD_LEAD = re.compile(
    r"^(?:截至|截止|至)?(?:\d{4}年(?:度|底|末)?|今年|去年|上年|全年|上半年|下半年|前三季度|前[一二两三四五六七八九十\d]+个?月"
    r"|第?[一二三四1-4]季度|\d{1,2}(?:[-—–~至到]\d{1,2})?月(?:份|末|底)?|当年|同期|年内|年末|年底)+"
)
# An item or copy number before a dot (1.CPI, 4·CPI: a list's line, an archive's
# copy of a headline) names nothing, nor before a year (2·2024年…); a date's digits after the dot stay (3·15晚会).
_NUMBER_LEAD = re.compile(r"^\d{1,3}[.·・](?:(?!\d)|(?=\d{4}年))")
_LOCAL_LEAD = re.compile(r"^(?:全市|全省|全区|全县|本市|我市|我省|我区|该市|该省|各地|其中|累计|共计|合计)+")
_TRAILING = re.compile(r"(?:同比|环比|分别|总计|合计|共计|累计|[的为达是约共均已将了及和与等在])+$")
_EDGE_MARKS = " \t\"'“”‘’「」『』《》〈〉()（）[]【】,，、。:：;；·-—"
_QUOTES = re.compile(r"[\"'“”‘’「」『』]")
_COMPANY = re.compile(r"^(.{2,14}?(?:股份有限公司|有限责任公司|有限公司|集团|公司|银行|证券|保险))(.+)$")
# What a company's name is not: a word for the company a report is about
# (归属于上市公司股东的净利润, 母公司, 本集团, 该行), which names no one.
_OWNED_BY = re.compile(r"^(?:归属于|归属|属于|归于)")
_GENERIC_COMPANY = frozenset(
    "上市 母 子 本 该 其 各 我 贵 公 控股 参股 全资 国有 民营 外资 商业 证券 保险 基金 信托 上述 这家 那家 两家 多家 "
    "各家 一家 有关 相关 所属 下属 旗下 同类 上游 下游 投资 财务 发行人 标的 目标 被投资 合营 联营 中资 股份 "
    "有限 分 总 金融 其他 境内 境外 大型 中小 头部 券商 险 寿险".split())
# Subjects kept with their parts: building a table meets the same few
# thousand subjects over and over.
SUBJECT_CACHE = 1 << 16


class Indicator(NamedTuple):
    name: str              # 新能源汽车产量
    entity: str | None     # 重庆, 全国, 赛力斯集团 … or None
    family: str            # percent | points | count:辆 | money:元 …
    measure: str           # "level" or "change"
    entity_from_title: bool = False  # the headline's place, the subject naming none


def clean_subject(subject: str) -> str:
    """The subject as one comparable phrase: folded width and case, no
    spaces, no surrounding quotes, no leading period words (the period is
    its own field) and no trailing particles."""
    text = _trimmed(_QUOTES.sub("", re.sub(r"\s+", "", unicodedata.normalize("NFKC", subject))))
    text = _trimmed(_NUMBER_LEAD.sub("", text))
    for _ in range(3):  # period and local words can alternate: 2024年全市…
        shorter = _LOCAL_LEAD.sub("", _PERIOD_LEAD.sub("", text))
        if shorter == text or not shorter:
            break
        text = shorter
    return _trimmed(_TRAILING.sub("", text))


def _trimmed(text: str) -> str:
    """The text without edge marks, but for a bracket whose other half it
    keeps: 居民消费价格指数(CPI) was named 居民消费价格指数(CPI."""
    kept = text.strip(_EDGE_MARKS)
    if not kept:
        return kept
    at = text.find(kept)
    unclosed = kept.count("(") - kept.count(")")
    if unclosed > 0:
        kept += ")" * min(unclosed, text[at + len(kept):].count(")"))
    elif unclosed < 0:
        kept = "(" * min(-unclosed, text[:at].count("(")) + kept
    return kept


def _place_prefix(text: str) -> tuple[str, int] | None:
    """(place name, length with its suffix) at the start of ``text``."""
    for size in range(min(9, len(text) - 1), 1, -1):
        name = text[:size]
        if name in PLACE_NAMES:
            if name in NATIONAL:  # 我国区域外贸…: no 区 of 我国
                return name, size
            length = size
            for suffix in SUFFIXES:
                if text.startswith(suffix, size):
                    length = size + len(suffix)
                    break
            # 长三角地区进出口: 地区 belongs to the place, but 地区生产总值 is the indicator
            if text.startswith("地区", length) and not text.startswith("生产总值", length + 2):
                length += 2
            return name, length
    return None


def _company(name: str) -> re.Match[str] | None:
    """The leading company of ``name``, unless it is a word for one
    (上市公司, 母公司, 归属于上市公司 …) rather than its name."""
    company = _COMPANY.match(name)
    if company is None:
        return None
    entity = _OWNED_BY.sub("", company.group(1))
    for suffix in ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "银行", "证券", "保险"):
        if entity.endswith(suffix):
            before = entity[: -len(suffix)]
            if not before or before in _GENERIC_COMPANY or _OWNED_BY.match(company.group(1)):
                return None
            break
    return company


def split_entity(name: str) -> tuple[str | None, str]:
    """(entity, the rest): a leading place or company, when something
    is left after it.  Whole-country words all become 全国."""
    place = _place_prefix(name)
    if place is not None and len(name) > place[1]:
        entity, length = place
        rest = name[length:]
        company = _company(name)
        if company and len(company.group(1)) > length:  # 中国银行… is a bank, not China
            return company.group(1), company.group(2)
        return ("全国" if entity in NATIONAL else entity), rest
    company = _company(name)
    if company:
        return company.group(1), company.group(2)
    return None, name


def unit_family(kind: str, unit: str | None) -> str:
    """What values must share to be compared: the kind, and for counts,
    money and physical quantities the full unit (元 ≠ 美元, 吨 ≠ 吨标准煤)."""
    if kind in _UNITLESS_KINDS:
        return kind
    return f"{kind}:{normalize(unit or '')}"


# A programme's running label before the headline itself (【一线调研】,
# 【权威访谈：谋发展 启新篇】): it names the series of reports, not a place.
_COLUMN_LABEL = re.compile(r"^\s*[【\[［][^】\]］]{1,40}[】\]］]\s*")
# Where a headline's parts meet: 河南积极融入… 新疆不断优化…, 甲：…；乙：…
_HEADLINE_PARTS = re.compile(r"[\s　，,；;、|｜]+")


# Where a headline says its news is about other countries (以军…,
# 美联储再次加息, 国际联播快讯 …): none of its figures is the country's.
_FOREIGN_HEADLINE = re.compile(
    r"国际|全球|世界|外交|海外|境外|各国|多国|联合国|^[美欧英日德法俄韩印澳加意以巴]|美联储|央行|外长|总统|首相|总理|峰会")
# A bulletin (国内联播快讯) strings items about many places together: its
# headline's 国内 says nothing of where each figure is.
_BULLETIN = re.compile(r"快讯|简讯|速览|一览|速递|集锦|要闻")
# National outlets: a headline of theirs that names an indicator and no
# place (11月份居民消费价格指数同比小幅上涨) reports the country's figure.
NATIONAL_OUTLETS = ("新闻联播", "央视", "CCTV", "人民日报", "人民网", "新华社", "新华网", "中国政府网", "国家统计局",
                    "经济日报", "光明日报", "中国经济网", "求是")
_NOT_NATIONAL_PAGE = re.compile(r"国际|台港澳|海外版")  # pages of them that are not national news
# A national outlet's headline on the national economy (前三季度国民经济运行稳中有进, 7月份经济运行总体平稳:
# the statistics bureau's monthly release) reports the country's figures, every one it states, as 我国… does —
# else its 社会消费品零售总额 and 工业增加值 stood apart from the same figures under a 我国 headline.
# Only the economy as a whole, right after the period words: 今年前两个月轻工业经济运行… is an industry's.
_NATIONAL_ECONOMY = re.compile(r"(?:国民经济|宏观经济|经济运行|经济数据)")
NATIONAL_ENTITY = "全国"


class NationalHeadline(str):
    """全国 as a headline gives it: ``whole`` when the headline leads with
    the country (我国…, 全国…: every figure is the country's unless its
    clause names another place); else a national outlet's headline naming
    no place, which makes national only the indicators it names."""

    headline: str
    whole: bool
    part: str | None  # the part of the country a whole headline narrows to (全国铁路…, 我国轻工业…)

    def __new__(cls, headline: str, whole: bool, part: str | None = None) -> "NationalHeadline":
        made = super().__new__(cls, NATIONAL_ENTITY)
        made.headline, made.whole, made.part = normalize(headline), whole, part
        return made


# A part of the country a headline names right after it (and its period
# words): an industry or kind of firm (全国铁路…, 我国轻工业…, 我国中小企业…,
# 我国数字产业…), a region (我国中西部地区…, 我国县域…) or a harvest (我国夏粮…).
# Its figures are the part's: a bare 固定资产投资 or 利润总额 under it is no
# figure of the country's whole economy (全国铁路完成固定资产投资1248亿元 stood
# against the country's 10.0万亿元 as one measurement).
_PART = re.compile(
    r"^(?:(?:规模以上|规上)?[\u4e00-\u9fff]{0,7}?(?:(?<!就)业|地区|区域|县域)"
    r"|铁路|民航|邮政|海洋|交通运输|夏粮|秋粮|早稻|能源|电力|农村|乡村|中西部|东部|西部|中部|东北)")


# The economy's broad branches and its firms at large are the country's
# (我国工业经济…: its 太阳能电池产量 is the country's); two topics joined
# (我国科技创新和产业创新…, …与…) are no one part,
_WHOLE_ECONOMY = frozenset({"工业", "农业", "商业", "产业", "行业", "企业", "营业"})
# nor is a verb's phrase (我国加快布局绿色产业…)
_NO_PART = re.compile(r"[和与]|^(?:加快|加速|加力|推进|推动|持续|全面|深入|大力|着力|积极|不断|稳步|实现|完成|建设|发展|培育|布局|将|在|已|正)")


def _part(headline: str, place_length: int) -> str | None:
    """The part of the country ``headline`` (cleaned) narrows to after its
    national word, if any."""
    rest = _PERIOD_LEAD.sub("", headline[place_length:])
    m = _PART.match(rest)
    if m is None or m.group(0) in _WHOLE_ECONOMY or _NO_PART.search(m.group(0)):
        return None
    return m.group(0)


def _national_outlet(publication: str | None) -> bool:
    return bool(publication) and any(name in publication for name in NATIONAL_OUTLETS) \
        and not _NOT_NATIONAL_PAGE.search(publication or "")


def title_entity(title: str | None, publication: str | None = None) -> str | None:
    """The place a headline starts with (重庆持续扩大内陆高水平开放 → 重庆,
    【一线调研】重庆：… too): what an article's figures are about when their
    subject names no place.  A headline whose later parts lead with other
    places (北京持续推动… 四川加快…) covers them all: its figures are one
    of theirs (北京、四川), neither one's alone nor placeless.

    National news gives 全国 (a :class:`NationalHeadline`), as a subject
    naming the country does (全国居民消费价格…) — else the country's CPI
    was two series, one 全国 and one of no place: a national headline
    (我国…, 全国…, 中国…; not 中国银行…, a company, nor a bulletin such as
    国内联播快讯, nor foreign news) for every figure, and a national
    outlet's (``publication``: 新闻联播, 人民日报, 新华社 …) headline that
    names no place for the indicators it names (11月份居民消费价格指数同比
    小幅上涨).  :func:`indicator_of` leaves it out for a figure whose
    clause names another place (其中江苏增长8%)."""
    if not title:
        return None
    headline = _COLUMN_LABEL.sub("", title)
    cleaned = clean_subject(headline)
    place = _place_prefix(cleaned)
    if place is None or place[0] in NATIONAL:
        if _FOREIGN_HEADLINE.search(headline) or _BULLETIN.search(headline):
            return None
        company = _company(cleaned)
        if place is not None and not (company and len(company.group(1)) > place[1]):
            return NationalHeadline(headline, whole=True, part=_part(cleaned, place[1]))
        if place is None and _national_outlet(publication):
            return NationalHeadline(headline, whole=bool(_NATIONAL_ECONOMY.match(_PERIOD_LEAD.sub("", cleaned))))
        return None
    places = [place[0]]
    for part in _HEADLINE_PARTS.split(headline)[1:]:
        other = _place_prefix(clean_subject(part))
        if other is not None and other[0] not in places and other[0] not in NATIONAL:
            places.append(other[0])
    return "、".join(places)


# What makes a national article's figure some other place's: a place named
# in its clause (其中江苏增长8%, 美国5月CPI…), a local word (全市, 我省), a
# foreign institution or a world market.  Broad on purpose: a figure it
# wrongly keeps placeless is as it was; one wrongly made national is not.
_OTHER_PLACE = re.compile(
    # (longest first, ties by name: a set's order changes between runs, and a
    # pattern written differently each run is compiled anew and rewrites the
    # pattern cache on every command)
    "|".join(sorted((re.escape(p) for p in PLACE_NAMES if p not in NATIONAL), key=lambda p: (-len(p), p)))
    + r"|全市|全省|全区|全县|全州|本市|本省|我市|我省|我区|我县|该市|该省|该县|该区|当地|各地|各省|多地|其中"
    + r"|[\u4e00-\u9fff](?:省|县|州|自治区|特区)(?![长委份])|[\u4e00-\u9fff](?<![农城乡])(?:镇|村)(?![民])"
    + r"|美联储|央行|美元指数|美股|欧股|外资|海外|境外|国际")


def _national(fact: Fact, name: str, place: NationalHeadline) -> str | None:
    """Whose a placeless figure under a national headline is: the
    country's (全国), the part of it a whole headline narrows to (铁路 for
    a bare 固定资产投资 under 全国铁路…, and for 中老铁路发送旅客; 全国 for
    轻工业营业收入, whose name starts with its part), or no one's said (None)."""
    if _OTHER_PLACE.search(fact.get("clause") or ""):
        return None
    if place.whole:
        return place.part if place.part is not None and not name.startswith(place.part) else NATIONAL_ENTITY
    base = name.removesuffix(PERIOD_ON_PERIOD)
    m = _STANDARD_NAME.fullmatch(base)
    # 居民消费价格指数(CPI): either word, or the name without its 指数 (居民消费价格同比上涨0.7%)
    words = (m.group(1), m.group(1).removesuffix("指数"), m.group(2)) if m is not None and m.group(1) and m.group(2) \
        else (base,)
    return NATIONAL_ENTITY if any(_states(place.headline, normalize(word)) for word in words if len(word) >= 3) \
        else None


# What a headline says after an indicator it states: its change or its figure
# (居民消费价格指数同比小幅上涨, CPI同比上涨0.2%, 外汇储备规模超3万亿美元).
_STATED = re.compile(
    r"(?:同比|环比|累计|总体|继续|持续|温和|小幅|略有|有所|保持|稳步|较快|快速|大幅|首次|再次|均)*"
    r"(?:增长|上涨|下降|下跌|回升|回落|提高|降低|扩大|收窄|突破|超|达|为|升至|降至|涨|降|增|减|平稳|持平|"
    r"[0-9一二两三四五六七八九十])")


def _states(headline: str, word: str) -> bool:
    """Whether ``headline`` states the figure or change of ``word`` (not a
    headline merely naming a programme, a mission or a body)."""
    at = headline.find(word)
    while at >= 0:
        if _STATED.match(headline, at + len(word)):
            return True
        at = headline.find(word, at + 1)
    return False


# A rate of change against the period just before the figure's own (环比:
# 比上月, 较上季) measures something else than the year-on-year rate of the
# same period: 3月份CPI同比上涨0.1%，环比下降1.0% set +0.1% and −1% side by
# side as one figure two sources gave differently.  Such a rate is its own
# indicator, named as analysts write it (CPI环比).
_PREVIOUS_PERIOD = frozenset({
    "上月", "上个月", "上一月", "上一个月", "上季", "上季度", "上一季", "上一季度", "上个季度", "上周", "上一周",
    "前一周", "前一日", "前一天", "上一日", "上一交易日", "前一交易日", "上旬", "上期", "上一期",
})
PERIOD_ON_PERIOD = "环比"


def _period_on_period(fact: Fact) -> bool:
    """A percent change against the period before (not a change in points:
    涨幅比上月扩大0.1个百分点 moves the year-on-year rate); one whose base was
    not read counts when its clause says 环比 and not 同比 (美国国内生产总值环比
    按年率计算萎缩0.5% beside the first estimate's 环比萎缩0.2%, base 上季)."""
    if fact.get("kind") != "percent":
        return False
    base = fact.get("base")
    if base is not None:
        return base in _PREVIOUS_PERIOD
    clause = fact.get("clause") or ""
    return PERIOD_ON_PERIOD in clause and "同比" not in clause


def _occasion(fact: Fact) -> bool:
    """An anniversary (建交50周年, 成立73周年) says which occasion it is, not
    a measurement: two countries' 50th and 60th are no disagreement."""
    return (fact.get("unit") or "") == "周年"


# The statistics bureau's indicators news writes by name, by abbreviation
# or by both (居民消费价格指数(CPI), 居民消费价格指数CPI, CPI): one indicator,
# named as a release first writes it, its name and the abbreviation after
# it (so either finds it); a rate on the period before keeps its 环比.
_ABBREVIATED = {"CPI": "居民消费价格指数", "PPI": "工业生产者出厂价格指数", "GDP": "国内生产总值", "PMI": "采购经理指数"}
_BY_FULL_NAME = {full: abbr for abbr, full in _ABBREVIATED.items()}
_STANDARD_NAME = re.compile(
    rf"({'|'.join(_BY_FULL_NAME)})?\(?({'|'.join(_ABBREVIATED)})?\)?({PERIOD_ON_PERIOD})?")


# The core index's definition written before it (扣除食品和能源价格的核心CPI,
# 剔除波动较大的食品和能源价格的核心CPI): the core CPI as the bureau defines it,
# one series with 核心CPI.  Another definition (去除生鲜食品后的核心CPI, Japan's)
# is another index and keeps its words.
_CORE_DEFINED = re.compile(r"^(?:扣除|剔除|去除|除去|不含)了?(?:波动较大的)?食品和能源(?:价格)?(?:后|之后)?的(?=核心)")


def standard_name(name: str) -> str:
    """居民消费价格指数(CPI) for 居民消费价格指数, 居民消费价格指数CPI and CPI;
    核心CPI for the core CPI named with its definition; any other name as
    it is (CPI涨幅, 制造业采购经理指数 are other indicators, or other names
    for them)."""
    name = _CORE_DEFINED.sub("", name)
    m = _STANDARD_NAME.fullmatch(name)
    if m is None or not (m.group(1) or m.group(2)):
        return name
    full, abbr, on_period_before = m.groups()
    if full and abbr and _ABBREVIATED[abbr] != full:
        return name
    abbr = abbr or _BY_FULL_NAME[full]
    return f"{_ABBREVIATED[abbr]}({abbr}){on_period_before or ''}"


@lru_cache(maxsize=SUBJECT_CACHE)
def subject_parts(subject: str) -> tuple[str | None, str]:
    """(entity, name) of a subject: its leading place or company and the
    rest, each cleaned (a place can stand before the period words: 重庆2024年…),
    a standard indicator under its standard name."""
    entity, name = split_entity(clean_subject(subject))
    return entity, standard_name(clean_subject(name))


def indicator_of(fact: Fact, default_entity: str | None = None) -> Indicator | None:
    """The fact's indicator; None for dates, years and facts without a
    subject left after cleaning.  ``default_entity`` (the headline's place)
    stands in when the subject names none."""
    kind = fact.get("kind") or ""
    subject = fact.get("subject")
    if kind in _NOT_INDICATORS or not subject or _occasion(fact):
        return None
    entity, name = subject_parts(subject)
    if not name:
        return None
    measure = "change" if fact.get("change") else "level"
    if measure == "change" and _period_on_period(fact) and not name.endswith(PERIOD_ON_PERIOD):
        name += PERIOD_ON_PERIOD
    # a market's price (伦敦布伦特原油期货价格) is the market's under any headline; a
    # national article's figure whose clause names another place is not the country's,
    # and one under a headline narrowing the country to a part (全国铁路…) is the part's
    if entity is None and default_entity is not None and not name.startswith(MARKET_CITIES):
        # (a plain str: the workers marshal indicators, which takes no subclass of one)
        entity = _national(fact, name, default_entity) if isinstance(default_entity, NationalHeadline) \
            else str(default_entity)
        return Indicator(name, entity, unit_family(kind, fact.get("unit")), measure, entity is not None)
    return Indicator(name, entity, unit_family(kind, fact.get("unit")), measure, False)
