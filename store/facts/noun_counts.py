"""Counts whose counted noun follows the numeral with no measure word.

- `两国` (兩國): the two countries of a bilateral story — `庆祝两国建交50周年`, `两国将分别…取消关税`,
  `保障两国民众安全`, `两国关系` — a count of 2 国 wherever it stands (the gold conventions, sealed2 and
  sealed7). 国 after a Chinese numeral is otherwise no count unit (`七国集团`, `三国演义`, `中亚五国`
  naming a group), and `两国方案` (the two-state solution) and `两国论` (a doctrine) are names.
- `等9地` (nine places, Arabic digits only): `在北京、天津、上海、南京等9地进行…试点`, `4地启动`,
  `12地入选`; not `249地震队` (a unit's name) nor 地 starting a word (`3地块`, `5地区`).
- `广东、香港、澳门三地` (an enumeration closed by its count): the numeral and a noun of places or
  vessels (`三地`, `四国`, `三港`, `四船`, `两岛`) count the items just listed, when the list has exactly
  that many (`中国、老挝、泰国、马来西亚四国`, `秦皇岛、曹妃甸和京唐港(东港)三港`); the same numeral and noun
  later in the text count them again (`推动三地经济运行`).  Without a list the words are names or
  groups (`三地` of a slogan, `二十国集团`, `中亚五国`), so nothing is read.
- `六县市排名第三` (the places a ranking runs over, found30 as sealed25 labels it): a numeral and 县市 (县区, 区县,
  市县, 县市区) before the ranking or its scope (`排名`, `中`, `居`, `位列`) count those places, unit as written.
- `近两期` (the last two issues of a weekly price index): a span of 2 期 with qualifier 近, as sealed4
  reads `连续四周`, `近两期` (durations, no period); 期 is otherwise no unit (`10年期`, `一期工程`).
"""

from __future__ import annotations

import re

from .builder import Builder
from .numbers import parse_number
from .words import segment, tag_of

# (the two-state solution, a doctrine, 两国际组织: names and another word)
_TWO_COUNTRIES_RE = re.compile(r"两[国國](?!方案|论|論|际|際)")
# 两党 likewise (两党两国关系, 美国两党之间): the two parties, a count of 2 党 as the tuning sets label all 7; not the
# two-party system (两党制)
_TWO_PARTIES_RE = re.compile(r"[两兩][党黨](?!制)")
_PLACES_RE = re.compile(r"(?<![\d.A-Za-z\-－—/])(\d{1,3})地"
                        r"(?![震球区區块塊铁鐵下上方图圖址标標质質理产產形势勢貌带帶层層价價基段域名点點位面市州])")
# two places named with 和/与 right before 两地 (深圳与中山两地, 北京和莫斯科两地: sealed41, as sealed35's `台、美兩地` after
# a list): a count of the two; a slogan in quotes (“两地”“两高”) names no places and is left
_TWO_PLACES_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:和|与|與|同)[\u4e00-\u9fff]{2,6}?([两兩]地)(?![震球区區块塊铁鐵下上方图圖址标標质質理产產形势勢貌带帶层層价價基段域名点點位面市州])")

# a numeral and a noun of places or vessels closing a list; not the first character of a longer word
# (地区, 地方, 国家, 国际, 港口, 港澳, 岛屿 is fine but rare; 城市 is the counted noun 市 of the rules)
_LIST_NOUN_RE = re.compile(r"([两兩二三四五六七八九十]|\d{1,2})([国國地港船岛島镇鎮村])"
                           r"(?![家际際内內企产產籍民庆慶旗债債营營务務集区區方块塊图圖质質震球址标標下上面位口澳湾灣务頭头市])")
# the items of the list: separated by 、, the last joined by 和/及/以及/与 (brackets and quotes inside items)
_LAST_JOIN_RE = re.compile(r"(?:以及|和|及|与|與)")
# what ends the clause the list stands in (a bracket's comma is inside an item: 京唐港(东港))
_LIST_CLAUSE_END_RE = re.compile(r"[，。；！？,;!?：:\n]")
_CN_SMALL = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_RANKED_PLACES_RE = re.compile(r"(?<![\d一二三四五六七八九十两兩])(\d{1,2}|[二两兩三四五六七八九十]{1,3})(县市区|縣市區|县市|縣市|县区|縣區|区县|區縣|市县|市縣)"
                               r"(?=排名|排位|排行|中|之中|当中|當中|里|裡|居|位列|位居)")
# (近两期的平稳上涨, 近3期以来; not 近三期工程, a project's phases)
_RECENT_ISSUES_RE = re.compile(r"近(\d{1,2}|[二三四五六七八九十两]{1,3})期(?=的|来|以来|内|均|都|连续|持续|累计|平均)")


def noun_counts(b: Builder) -> None:
    n = b.norm
    if "两" in n:
        for m in _TWO_COUNTRIES_RE.finditer(n):
            b.add("count", m.start(), m.end(), 2, unit="国")
    if "党" in n or "黨" in n:
        for m in _TWO_PARTIES_RE.finditer(n):
            if b.free(m.start(), m.end()):
                b.add("count", m.start(), m.end(), 2, unit="党")
    if "地" in n:
        for m in _PLACES_RE.finditer(n):
            v = int(m.group(1))
            if v >= 2 and b.free(m.start(), m.end()):
                b.add("count", m.start(), m.end(), v, unit="地")
    if "两地" in n or "兩地" in n:
        for m in _TWO_PLACES_RE.finditer(n):
            if b.free(m.start(1), m.end(1)):
                b.add("count", m.start(1), m.end(1), 2, unit="地")
    if "、" in n:
        listed_counts(b)
    if "县" in n or "縣" in n:
        for m in _RANKED_PLACES_RE.finditer(b.text):
            p = parse_number(m.group(1))
            if p is not None and p.value >= 2 and b.free(m.start(), m.end()):
                b.add("count", m.start(), m.end(), p.value, unit=m.group(2))
    if "近" in n and "期" in n:
        for m in _RECENT_ISSUES_RE.finditer(n):
            p = parse_number(m.group(1))
            if p is not None and p.value >= 2:
                b.add("duration", m.start(1), m.end(), p.value, unit="期", qualifier="近")


def _listed_items(n: str, s: int) -> tuple[int, int] | None:
    """(number of items, start of the first) of the enumeration ending right at offset s, or None:
    the clause before s must hold at least one 、.  The first item is the words before its 、 that no
    verb, preposition or adverb stops, no longer than the longest other item (高度重视广东 → 广东)."""
    lo = max(0, s - 80)
    for m in _LIST_CLAUSE_END_RE.finditer(n, lo, s):
        lo = m.end()
    head = n[lo:s]
    if "、" not in head or head.endswith(("的", "等", "、")):
        return None
    cut = head.find("、")
    others = [x for part in head[cut + 1:].split("、") for x in _LAST_JOIN_RE.split(part)]
    if not all(others) or any(_not_a_name(x) for x in others):
        return None                                    # 和平、友好、合作是两国: the items are no names
    items = 1 + len(others)
    longest = max(len(x) for x in others) + 1
    start = lo + cut
    for w in reversed(segment(head[:cut])):
        if tag_of(w) is not None or start - len(w) < lo + cut - longest or w in _NOT_IN_ITEM:
            break
        start -= len(w)
    return (items, start) if start < lo + cut and not _not_a_name(n[start:lo + cut]) else None


def _not_a_name(item: str) -> bool:
    """The item is no name: a verb, adverb, preposition or particle stands in it (合作是, 推进, 成为两党,
    对越中两党), it ends in a verb's complement (落实好) or closes a list with 等; a quoted name counts as
    one word (“探索三号”, 京唐港(东港))."""
    if "等" in item:
        return True
    words = [w for w in segment(_QUOTED_RE.sub("名", item)) if w not in _ITEM_MARKS]
    return not words or any(tag_of(w) is not None for w in words) or words[-1] in _NOT_IN_ITEM \
        or words[-1] in _VERB_ENDS


_QUOTED_RE = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"")
_ITEM_MARKS = frozenset("“”\"'‘’()（）《》「」")
# complements that end a verb phrase (维护好、落实好两国元首会晤共识), never a place's name
_VERB_ENDS = frozenset({"好", "完", "到", "住", "起", "了", "过", "着"})


# words that end a phrase before a list rather than start its first item
_NOT_IN_ITEM = frozenset({"首次", "此前", "目前", "同时", "其中", "包括", "包含", "涵盖", "覆盖", "连接", "連接", "跨越", "横跨", "橫跨"})


def listed_counts(b: Builder) -> None:
    """The count closing an enumeration (see the module doc): `广东、香港、澳门三地` → 3 地."""
    n = b.norm
    found: dict[str, int] = {}                         # surface → where its list's count ends
    for m in _LIST_NOUN_RE.finditer(n):
        numeral = m.group(1)
        v = int(numeral) if numeral.isdigit() else _CN_SMALL[numeral]
        if v < 2 or (m.start() and (n[m.start() - 1].isdigit() or n[m.start() - 1] in _CN_SMALL)):
            continue                                   # 二十国集团, 12国: not this numeral alone
        surface = n[m.start():m.end()]
        listed = _listed_items(n, m.start())
        if listed and listed[0] == v:
            found[surface] = m.end()
        elif surface not in found or _SENTENCE_END_RE.search(n, found[surface], m.start()) \
                or n[m.start() - 1:m.start()] == "等":
            continue                                   # 中国等5国 in the next sentence: another group
        if b.free(m.start(), m.end()):
            b.add("count", m.start(), m.end(), v, unit=m.group(2))


_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


_CLAUSE_END_RE = re.compile(r"[，。；！？,;!?\n]")


# the counts of a story's two parties, no subject by the conventions (article.py merges an article's mentions)
TWO_PARTIES = frozenset({"两国", "兩國", "两党", "兩黨", "兩党", "两黨"})


def two_countries_named(text: str, facts: list) -> list:
    """`两国` counts the two parties of the story, with no subject, period or change wherever it stands: the
    gold conventions (sealed2's call), as every 两国 the gold sets label reads, the pair written right before it
    (中美两国) or not — no pair taken as its subject, none dropped for want of one (tests/gold/README.md, "Label
    conflicts…").  A figure whose subject starts right after it keeps 两国 in it, as when 两国 was no figure
    (两国建交 50周年).  `两党` (两党两国关系) is read the same way."""
    for f in facts:
        if f["kind"] == "count" and f["surface"] in TWO_PARTIES:
            f["subject"] = f["period"] = f["period_text"] = None
            if f.get("change"):            # 提升了两国人民的获得感: the move is the people's, the pair never moves
                f["change"] = f["change_word"] = None
            for g in facts:            # 两国建交50周年, 两国贸易额增长12%: the phrase after it reads over it
                subj = g.get("subject")
                if (g is not f and subj and f["end"] + len(subj) <= g["start"] <= f["end"] + len(subj) + 12
                        and text.startswith(subj, f["end"]) and not _CLAUSE_END_RE.search(text, f["end"], g["start"])):
                    g["subject"] = f["surface"] + subj
    return facts


# the noun of a count that closes a list of places or states (三地, 两省, 三區, 四国); respective.py reads the figures
# after such a list by it
PLACE_COUNT_NOUNS = frozenset("国國地港船岛島镇鎮村省市区區县縣城")
# (a district's count names no list here: traditional names segment too loosely to find the first item, 門半島)
_LISTED_NOUNS = PLACE_COUNT_NOUNS - frozenset("区區")
# provinces, cities and counties listed keep their sentence's period (sealed2, sealed13, sealed16 and sealed17 label
# 安徽、湖南、重庆、贵州4省 with it; the countries and places of the older rule keep none, as sealed and sealed18 do)
_DATED_LISTED_NOUNS = frozenset("省市县縣城")


def listed_subjects(text: str, facts: list) -> None:
    """A count closing an enumeration counts the items listed: they are its subject (`中国、老挝、泰国、
    马来西亚四国` → 中国、老挝、泰国、马来西亚), a later `三地` takes the same list; it has no period of its own."""
    lists: dict[str, tuple[str, int]] = {}           # surface → (the items, where the count ends)
    for f in facts:
        if f["kind"] != "count" or f["unit"] not in _LISTED_NOUNS or len(f["surface"]) != 2 \
                or f["surface"] in ("两国", "兩國"):             # (two_countries_named names those)
            continue
        s = f["start"]
        listed = _listed_items(text, s)
        count = _CN_SMALL.get(f["surface"][0]) or (int(f["surface"][0]) if f["surface"][0].isdigit() else None)
        if listed and count is not None and listed[0] == count:   # (三省一市: 一 names one item, no list)
            lists[f["surface"]] = (text[listed[1]:s], f["end"])
        elif (f["surface"] not in lists or _SENTENCE_END_RE.search(text, lists[f["surface"]][1], s)
              or text[s - 1:s] == "等"):
            continue                                   # 中国等5国 in the next sentence: another group
        f["subject"] = lists[f["surface"]][0]
        if f["unit"] not in _DATED_LISTED_NOUNS:
            f["period"] = f["period_text"] = None
            if f.get("change"):            # 提升了两国人民的获得感: the move is the people's, the pair never moves
                f["change"] = f["change_word"] = None




_PAIR_BEFORE_RE = re.compile(r"(?:和|与|與|同)[\u4e00-\u9fff]{2,6}?$")


def two_places_named(text: str, facts: list) -> None:
    """深圳与中山两地: the count of the pair named has no subject (sealed41 labels none): the words read before it
    (车程 after it, a verb before the pair) are not what is counted, and the pair's first item cannot be told from the
    words before it (联起雄安新区与京津两地 counts 京津)."""
    for f in facts:
        if f["unit"] == "地" and f["kind"] == "count" and f["surface"] in ("两地", "兩地") \
                and _PAIR_BEFORE_RE.search(text, max(0, f["start"] - 10), f["start"]):
            f["subject"] = None
