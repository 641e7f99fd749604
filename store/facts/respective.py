"""分别 lists: A、B、C分别下跌x、y、z — the i-th figure after 分别 belongs to the i-th item
before it (items joined by 、/和/及/与, or by commas after 为), or, with no items, to the
i-th of the figures just before it."""

from __future__ import annotations

import re
from typing import Any

from . import subject_rules as S
from .noun_counts import PLACE_COUNT_NOUNS
from .subjects import EDGE_JUNK, MAX_LEN, last_cut, untrailed, written
from .words import is_word, segment, word_around

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

_ENUM_SPLIT_RE = re.compile(r"[、和及与]")
_WHEN_KINDS = ("date", "year", "duration")
_NOT_AN_ITEM_RE = re.compile(r"[、\s\x00\x01一二三四五六七八九十百千\d第年月季度上下半前首]")


def _named_items(s: str) -> bool:
    """`s` lists named items with 、 (工商银行、建设银行), not numerals of periods (一、二、)."""
    return "、" in s and bool(_NOT_AN_ITEM_RE.sub("", s))
# after a list's last 、, 或 closes it as 和 does (選擇關閘口岸、港珠澳大橋澳門口岸或橫琴口岸進出境,分別佔…)
# (以及 is one joiner: 第三产业以及城乡居民生活用电量 leaves no 以 on the item before it)
_LAST_JOIN_RE = re.compile(r"以及|[和及与或]")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# a word naming two items at once (城乡: 城镇 and 农村), which the list rules split (sealed2, sealed6, sealed20)
_PAIRED_GROUP_RE = re.compile(r"城乡")


def respective(text: str, simp: str, f: Fact, lo: int, hi: int, clause_facts: list[Fact],
               facts: list[Fact] | None = None) -> str | None:
    """A、B、C分别下跌x、y、z: the i-th figure belongs to the i-th item; an item's own figure
    (运输总周转量1188.3亿吨公里、旅客运输量6.2亿人次，分别增长…) is no part of it."""
    k = simp.find("分别", lo, hi)
    if k < 0 or f["start"] < k:
        return None
    src_lo, src_hi = lo, k
    if not untrailed(simp[lo:k]).strip() and lo >= 2:
        p0 = max(simp.rfind(c, 0, lo - 1) for c in "，。；！？\n;!?")
        src_lo, src_hi = p0 + 1, lo - 1          # 传媒、计算机、通信跌幅居前，分别下跌…
    src_hi = src_lo + len(untrailed(simp[src_lo:src_hi]))
    src_lo = max(src_lo, simp.rfind("，", src_lo, src_hi) + 1, simp.rfind(",", src_lo, src_hi) + 1)
    if "、" not in simp[src_lo:src_hi]:
        bm = S.LIST_BREAK_RE.match(simp, src_lo, src_hi)   # 与 joins the items: 流动比率与速动比率
        src_lo = bm.end() if bm else src_lo
    grouped = _grouped_items(text, simp, f, k, src_lo, src_hi, clause_facts)
    if grouped is not None:
        return grouped or None                  # 北京、天津、河北三地的地区生产总值分别为…: each place's
    before = [g["end"] for g in clause_facts if src_lo <= g["start"] and g["end"] <= src_hi
              and not (g["kind"] in _WHEN_KINDS and _named_items(simp[src_lo:g["start"]]))]
    # (A、B、C一季度归母净利润分别为…: a period after a list of items ends none of them, subj54; a period before the
    # items, or periods that are the items themselves, 112年度及113年度…, 一、二、三季度…分别, still open the list after them)
    src_lo = max([src_lo] + before)            # 监测的78个步行街客流量、营业额: after the 78个
    k_of = simp.rfind("的", src_lo, src_hi)
    if k_of >= 0 and "、" in simp[k_of:src_hi] and not S.KEEP_OF_PHRASE_RE.match(simp, src_lo):
        src_lo = k_of + 1                       # 重点监测的A、B: the items follow 的
    k_is = _ITEMS_ANNOUNCED_RE.search(simp, src_lo, simp.find("、", src_lo, src_hi))
    if k_is:
        src_lo = k_is.end()                     # 下降最多的前三位是山西、北京和天津: the items follow 是
    items = _items(simp, src_lo, src_hi)
    n_figs = sum(1 for g in clause_facts if g["start"] >= k and g["kind"] not in ("year", "date"))
    joined = len(items) > n_figs >= 2 and "、" in simp[src_lo:src_hi]
    if joined:
        only = _items(simp, src_lo, src_hi, joiners=False)
        joined = len(only) == n_figs
        items = only if joined else items       # 生活用品和服务、医疗保健: 和 inside an item
        if not joined and len(only) + 1 == n_figs:
            items, joined = _last_split(simp, only), True   # 压延加工业、…、生产和供应业及农副食品加工业
    if facts and src_hi <= lo:                  # items in the clause before: their figures stay out
        starts = [g["start"] for g in facts if src_lo <= g["start"] and g["end"] <= src_hi]
        items = [_before_figure(simp, a, b, starts) for a, b in items]
        if any("分别" in simp[a:b] or b - a < 2 for a, b in items):
            return None                         # 收入分别为5.2万元和2.1万元，分别增长…: the figures' own subjects
    figs = [g for g in clause_facts if g["start"] >= k and g["kind"] not in ("year", "date")]
    if len(items) >= 2 and f in figs and len(figs) == 2 * len(items) and _FROM_TO_RE.search(
            simp, figs[len(items) - 1]["end"], figs[len(items)]["start"]):
        figs = figs[:len(items)] if figs.index(f) < len(items) else figs[len(items):]   # 分别由a、b调整为c、d
    if len(items) >= 2 and len(figs) == len(items) + 1 and f in figs and _FROM_TO_RE.search(
            simp, figs[-2]["end"], figs[-1]["start"]):
        if f is figs[-1]:
            return None                         # 分别由6.4万吨和0.2万吨下降至0: one level both reached
        figs = figs[:-1]
    if len(figs) >= 2 and f in figs and len(items) != len(figs):
        listed = _comma_items(simp, k, len(figs)) or _alike_comma_items(simp, k, len(figs))
        if listed:
            return written(text, simp, listed[figs.index(f)]) or None
    if len(items) < 2 or len(items) != len(figs) or f not in figs:
        return None
    i = figs.index(f)
    head = None if joined and _ENUM_SPLIT_RE.search(simp, *items[-1]) else _shared_head(simp, items)
    a, b = items[i]
    if head and i == len(items) - 1:
        b = head[0]
    k = simp.find("等", a + 2, b)
    b = k if k > 0 and head else b              # 锂电池等“新三样”产品|产量: 锂电池
    cut = last_cut(S.CUT_WORD_RE, simp, a, simp[a:b], 0, b - a)
    if cut and a + cut < b:
        a += cut                                # a verb of its own, not 比 in 速动比率
    a = max(a, b - MAX_LEN)
    ws, _ = word_around(simp, a, src_lo, src_hi)
    own = written(text, simp, (min(a, ws), b))
    la, lb = items[-1]
    if len(own) == 1 and items[i][1] - items[i][0] == 1 and i < len(items) - 1 and lb - la >= 3 and "\u4e00" <= own <= "\u9fff":
        own += written(text, simp, (la + 1, head[0] if head and head[0] > la + 1 else lb))   # 中、小型企业PMI: 中型企业
    shared = written(text, simp, head) if head else ""
    if len(shared) < 3 and (shared not in S.MEASURE_HEADS or own.endswith(shared[0])) or own.endswith(shared[-1:]):
        shared = ""                             # 上证指数、…、北证50指数: 指数 is no shared head; 重贴现率、…利率 neither
    k = next((k for k in range(len(shared) - 1, 0, -1) if own.endswith(shared[:k])), 0)
    shared = shared[k:]                         # 生活用品和服务|服务价格: the head overlaps the item
    return (own + shared) or None


_COMMA_RE = re.compile(r"[，,]")
# a list announced before its first 、 (前三位是A、B和C; 依次为A、B、C)
_ITEMS_ANNOUNCED_RE = re.compile(r"(?<![作成认認以因称稱视視更较較最只])(?:是|为|為)(?![主首例止核重代])")
# two lists after one 分别, the levels before and after a change: 分别由1.375%、1.75%调整为1.5%、1.875%
_FROM_TO_RE = re.compile(r"调整为|调整至|调升至|调降至|上调至|下调至|升至|降至|增至|减至|提高到|提高至|降低到|降低至|[至到为]")
# a count of the items closing a list (四类行业, 三个产业)
_LIST_COUNT_RE = re.compile(r"[一二三四五六七八九十两几多][类個个项項大家种種]")
_LIST_OPEN_RE = re.compile(r".*(?:为|是|有|：|:)")


def _comma_items(simp: str, k: int, n: int) -> list[tuple[int, int]] | None:
    """首三项为电力、燃气及水，烟酒，及衣履，分别上升x、y及z: n items after 为, one a comma
    (an item may list things itself), closing right before 分别."""
    s0 = max(simp.rfind(c, 0, k) for c in "。；！？\n;!?") + 1
    cuts = [m.start() for m in _COMMA_RE.finditer(simp, s0, k)]
    if not cuts or simp[cuts[-1] + 1:k].strip() or len(cuts) < n:
        return None
    bounds = [s0] + [c + 1 for c in cuts]
    spans = [(bounds[j], cuts[j]) for j in range(len(cuts))][-n:]
    opened = _LIST_OPEN_RE.match(simp, spans[0][0], spans[0][1])
    if not opened:
        return None                             # a list is announced: 为/是/有/：
    spans[0] = (opened.end(), spans[0][1])
    out = []
    for a, b in spans:
        a = _item_start(simp, a, b)
        if not 1 <= b - a <= 12 or any(ch.isdigit() for ch in simp[a:b]):
            return None
        out.append((a, b))
    return out


def _alike_comma_items(simp: str, k: int, n: int) -> list[tuple[int, int]] | None:
    """重点行业中,农副食品加工业,金属制品业,…,专用设备制造业增加值分别增长x、y、…: n items split by commas
    (their names hold 、 and 和 themselves), the last running up to 分别 with the head they share; the items
    of a list are named alike, so each ends in the same character (业), and the last is cut after it.  The
    clause before the first ends otherwise (重点行业中, a figure's clause), or the list would be longer."""
    s0 = max(simp.rfind(c, 0, k) for c in "。；！？\n;!?") + 1
    cuts = [m.start() for m in _COMMA_RE.finditer(simp, s0, k)]
    if n < 3 or len(cuts) < n - 1:
        return None
    bounds = [s0] + [c + 1 for c in cuts]
    spans = [(bounds[j], cuts[j]) for j in range(len(cuts))][-(n - 1):] + [(cuts[-1] + 1, k)]
    end = simp[spans[0][1] - 1]
    if not "\u4e00" <= end <= "\u9fff":
        return None
    out = []
    for a, b in spans[:-1]:
        if not 2 <= b - a <= 24 or simp[b - 1] != end or any(ch.isdigit() or ch in "的是为有:：" for ch in simp[a:b]):
            return None
        out.append((a, b))
    a, b = spans[-1]
    last = simp.find(end, a + 1, b)
    if last < 0 or last + 1 - a > 24 or any(ch.isdigit() for ch in simp[a:b]) or _LIST_COUNT_RE.search(simp, a, b):
        return None                             # 居民服务…业,教育四类行业增速: the count closes the list, not an item
    out.append((a, last + 1))
    if len(cuts) >= n and simp[cuts[-n] - 1] == end:
        return None                             # one item more before: not this list
    return out


def respective_figures(simp: str, f: Fact, lo: int, hi: int, facts: list[Fact]) -> str | None:
    """甲17.7万人次，乙138亿元，同比分别增长x、y (no items before 分别): the i-th figure after
    分别 belongs to the i-th of the figures just before it in the sentence, whose subjects differ."""
    k = simp.find("分别", lo, hi)
    if k < 0 or f["start"] < k or any(c in simp[lo:k] for c in "、和及与"):
        return None
    if _PAIRED_GROUP_RE.search(simp, lo, k):
        return None                             # 城乡居民人均可支配收入分别增长…: 城镇's and 农村's, not the figures before
    figs = [g for g in facts if k < g["start"] < hi and g["kind"] not in ("year", "date")]
    if len(figs) < 2 or f not in figs:
        return None
    earlier = [g for g in facts if g["end"] <= lo and g["kind"] not in ("year", "date", "duration")]
    run = earlier[-len(figs):]
    subjects = [g.get("subject") for g in run]
    if (len(run) < len(figs) or not all(subjects) or len(set(subjects)) < len(subjects)
            or _SENTENCE_END_RE.search(simp, run[0]["end"], k)):
        return None
    return subjects[figs.index(f)]


def _shared_head(simp: str, items: list[tuple[int, int]]) -> tuple[int, int] | None:
    """通信、电子、计算机行业主力资金净流出金额: the last item carries the head
    (行业主力资金净流入金额) all items share; it starts after the words as long as the others."""
    a, b = items[-1]
    longest = min(e - s for s, e in items[:-1])
    if b - a <= longest + 1:
        return None
    if (alike := _alike_kind(simp, items)) and alike not in simp[a:b]:
        h = next((h for h in S.MEASURE_HEADS if simp.endswith(h, a + 2, b)), None)
        if h:
            m = _MEASURE_MODIFIER_RE.search(simp, a + 2, b - len(h))
            return (m.start() if m else b - len(h)), b    # 第一产业、…以及城乡居民生活|用电量: only the measure is shared
    m = S.HEAD_START_RE.search(simp, a + longest, b)
    if m and b - m.start() >= 2:
        return m.start(), b                     # 计算机|行业主力资金净流出金额, 工伤|保险参保人数
    pos = a
    for w in segment(simp[a:b]):
        pos += len(w)
        if pos - a >= longest:
            k = pos - len(w)
            if k == a and all(e - s == longest for s, e in items[:-1]) and is_word(simp[a:a + longest]) \
                    and simp[a + longest:pos] in S.SHARED_GROUPS:
                pos = a + longest               # 城镇和农村|居民人均…: the dictionary's 农村居民 holds the item's word
            break
    nxt = segment(simp[pos:b])
    if nxt and len(nxt[0]) == 1 and nxt[0] != "的":   # a word the dictionary does not know was split
        m = S.MEASURE_HEAD_RE.search(simp, pos, b)
        if m and b - m.start() >= 2:
            return m.start(), b                 # 专精特新中小企业|营收利润率, 锂电池等产品|出口
    return (pos, b) if b - pos >= 2 else None


def _alike_kind(simp: str, items: list[tuple[int, int]]) -> str | None:
    """The kind word every item but the last ends in (第一产业、第二产业: 产业), or None."""
    ends = [m.group(0) if (m := _KIND_END_RE.search(simp, s, e)) else None for s, e in items[:-1]]
    return ends[0] if ends[0] and len(set(ends)) == 1 else None


_KIND_END_RE = re.compile(r"(?:产业|行业|板块|领域)$")
# words that make a measure of its head (销售|收入, 营业|收入), shared with it: 高技术产业、装备制造业销售收入
_MEASURE_MODIFIER_RE = re.compile(r"(?:主营业务|销售|营业|经营)$")


def _last_split(simp: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items joined by 、 whose last joins two with 及: 和 inside a name (黑色金属冶炼和压延加工业, 电力热力生产和
    供应业, 国家和地区) joins no items, 及 closes the list.  A joiner after which the left part ends as the item
    before it does (康樂及文化類、衣履類和雜項商品及服務類: 衣履類|和, like 文化類) closes it first: the items of a
    list are named alike, and 及 is then inside the last (雜項商品及服務類)."""
    a, b = items[-1]
    pb = items[-2][1]
    alike = [k for k in range(a + 2, b - 2) if simp[k] in "和及与" and simp[k - 1] == simp[pb - 1]]
    if len(alike) == 1:
        return [*items[:-1], (a, alike[0]), (alike[0] + 1, b)]
    k = simp.rfind("及", a, b)
    if k <= a + 1 or k >= b - 2:
        return items
    return [*items[:-1], (a, k), (k + 1, b)]


def _before_figure(simp: str, a: int, b: int, starts: list[int]) -> tuple[int, int]:
    """An item of a clause that states its own figure (风电装机容量约3.5亿千瓦): its words before it."""
    k = min((s for s in starts if a <= s < b), default=b)
    if k - a < 2:
        return a, a                             # 291.7万辆和|289.9万辆: a figure, no item's words
    return (a, a + len(untrailed(simp[a:k])) if k < b else b)


def _grouped_items(text: str, simp: str, f: Fact, k: int, src_lo: int, src_hi: int,
                   clause_facts: list[Fact]) -> str | None:
    """A list closed by its count before the indicator (北京、天津、河北三地的地区生产总值分别为a、b、c; 澳門半島、氹仔及
    路環三區的住宅成交分別錄得…): the i-th figure is the i-th item's indicator. None when the source is no such
    list; "" when it is one whose items do not pair with the figures."""
    group = next((g for g in clause_facts if g["kind"] == "count" and g.get("unit") in PLACE_COUNT_NOUNS
                  and src_lo <= g["start"] and g["end"] <= src_hi and "、" in simp[src_lo:g["start"]]), None)
    if group is None:
        return None
    head_lo = group["end"] + (1 if simp[group["end"]:group["end"] + 1] in ("的", "之") else 0)
    head = untrailed(simp[head_lo:src_hi]).strip()
    want = float(group.get("value") or 0)
    items = _items(simp, src_lo, group["start"], joiners=False)
    if len(items) != want:
        items = _items(simp, src_lo, group["start"])   # 澳門半島、氹仔及路環三區: 及 joins the last item too
    figs = [g for g in clause_facts if g["start"] >= k and g["kind"] not in ("year", "date")]
    if not head or len(items) != len(figs) or f not in figs or want != len(items):
        return ""
    a, b = items[figs.index(f)]
    return written(text, simp, (a, b)) + written(text, simp, (head_lo, head_lo + len(head)))


def _items(simp: str, lo: int, hi: int, joiners: bool = True) -> list[tuple[int, int]]:
    """The spans of the enumerated items in simp[lo:hi] (A、B和C), leads stripped; without
    `joiners` only 、 separates them (A和B、C、D和E: four items)."""
    bounds, a = [], lo
    if "、" in simp[lo:hi]:
        last = simp.rfind("、", lo, hi)          # A、B和C: 和/及/与 split only after the last 、
        cuts = [m for m in re.finditer("、", simp[lo:last + 1])]
        cuts = [(lo + m.start(), lo + m.end()) for m in cuts]
        if joiners:
            cuts += [m.span() for m in _LAST_JOIN_RE.finditer(simp, last + 1, hi)]
    else:
        cuts = [m.span() for m in _ENUM_SPLIT_RE.finditer(simp, lo, hi)]
    for c0, c1 in cuts:
        bounds.append((a, c0))
        a = c1
    bounds.append((a, hi))
    items = []
    for a, b in bounds:
        a = _item_start(simp, a, b)
        if b > a:
            items.append((a, b))
    return items


def _item_start(simp: str, a: int, b: int) -> int:
    """Where a list item's words start: past a leading verb or connective
    and past punctuation left at its edge."""
    lead = S.SUBJECT_LEAD_RE.match(simp, a, b)
    a = lead.end() if lead else a
    while a < b and simp[a] in EDGE_JUNK:
        a += 1
    return a


_BASE_TO_CHANGE_RE = re.compile(r"[\s\x00\x01]*(?:的(?:价格|价位|水平))?(?:相比)?[\s\x00\x01]*(?:每\w)?(?:累计)?")
_BASE_OPEN_RE = re.compile(r"[\s\x00\x01]*(?:相对于|相比于|相较于|相比|较|比)[^，。；,;]{0,10}?的")


def base_list(simp: str, f: Fact, lo: int, hi: int, facts: list[Fact]) -> str | None:
    """…营业收入、归母净利润分别为26.81万亿元、1.88万亿元，相对于上年同期的26.67万亿元、1.82万亿元:
    a clause that only states the base's values, as many as the figures just before it, gives
    the i-th the subject of the i-th of them (one value: of the same unit)."""
    if not _BASE_OPEN_RE.match(simp, lo):
        return None
    figs = [g for g in facts if lo <= g["start"] < hi and g["kind"] not in ("year", "date", "duration")]
    c = S.CHANGE_START_RE.search(simp, figs[0]["end"], hi) if figs else None
    if c:                                       # 较前一日1090元/克的价格上涨10元/克: the change is no base value
        figs = [g for g in figs if g["start"] < c.start()]
        if len(figs) == 1 and f["start"] > c.start() and _BASE_TO_CHANGE_RE.fullmatch(simp, figs[0]["end"], c.start()):
            return figs[0].get("subject")       # … and names what the base is of
    if f not in figs:
        return None
    earlier = [g for g in facts if g["end"] <= lo and g["kind"] not in ("year", "date", "duration")]
    run = earlier[-len(figs):]
    subjects = [g.get("subject") for g in run]
    if (len(run) < len(figs) or not all(subjects) or len(set(subjects)) < len(subjects)
            or _SENTENCE_END_RE.search(simp, run[0]["end"], lo)
            or any(g.get("unit") != h.get("unit") for g, h in zip(run, figs, strict=True))):
        return None
    return subjects[figs.index(f)]
