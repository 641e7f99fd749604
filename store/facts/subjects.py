"""What a figure measures: the indicator, a whole phrase of whole words.

Where it is read from, in order:
1. right of the figure — the noun a count quantifies (159个项目), a person
   state (3人死亡), a share of (100%股权), 的 + noun (27%的人口);
2. 分别 lists — the i-th figure after 分别 belongs to the i-th item before it;
3. left of the figure in its clause — the phrase before it, with the
   connectives, qualifiers, changes and comparison bases between them removed
   (subject_rules), cut on the left after the last verb or preposition.
Every cut is moved to a word boundary (words.word_around): a cut inside a word
takes the whole word back (以色列, 全国人大常委会, 违法行为).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import rules as R
from . import subject_rules as S
from .regex_edges import cannot_end, finditer_from, first_class, last_class
from .subject_losses import in_script_of, loss_named
from .subject_period_words import TIME_WORDS
from .subject_verbs import DISBURSED, before_verb, named_before, time_spent
from .window_cache import window_cached
from store.search.script import simplified_chars

from .words import (NOUN_SUFFIXES, NOUN_VERBS, compound_end, counted_noun_end, is_word, lone_clause_word,
                    moved_by_verb, names_a_thing, names_nothing, noun_phrase_end, object_noun_end, opens_with_verb,
                    segment, tag_of, word_around)

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)

# a record set right after a figure (超2.6万亿创新高, 再创历史新高): what the figure did, never what it counts
_RECORD_SET_RE = re.compile(r"(?:再|又|屡|屢)?(?:创|創)(?:出|下)?(?:了)?(?:历史|歷史|史上|年内|年內)?新[高低]")
_PERSON_STATE_RE = re.compile(r"死亡|受伤|遇难|失踪|下落不明|失联|获救|受灾|感染|确诊|被困|遇险|罹难|伤亡|脱贫")
# what befell households counted (超30万户断电, 约3万户停电, 5万余户受灾: subj52), as 84人死亡 names 死亡; never the
# subject of the figure or clause before (4人死亡，超30万户断电 gave 死亡; 变电站遭枪击，导致45000户断电 the substation)
_HOUSEHOLD_STATE_RE = re.compile(r"断电|斷電|停电|停電|断水|斷水|停水|断网|斷網|断气|斷氣|停气|停氣|断供|斷供|受灾|受災|被淹|"
                                 r"进水|進水|倒塌|受损|受損|被毁|被毀|失去电力|失去電力|电力中断|電力中斷|供电中断|供電中斷")
_PAREN_RE = re.compile(r"（[^（）]{0,12}）|\([^()]{0,12}\)|[（(]即[^（）()]{0,40}[）)]")   # (即…除以…): an aside
_OF_NOUN_RE = re.compile(r"的[\x00\x01]*[“\"]?(?:(?:较高|较低|超高|极高|高|低)(?=[^\s，。；！？、,;!?：:（）()\d的]{1,8}率))?"
                         r"([^\s，。；！？、,;!?：:（）()\d的“”\"\x00\x01]{2,12})")   # past a blanked year
# (80%-100%的高开工率, 85%的低入住率: the rate, its adjective left out — a level told of the rate, sealed44)
# a bracket naming the indicator again (（CPI）, (ROIC), （西安）) stays in the subject; one with
# figures (（1-3年）, （300750.SZ）) or a byline (（记者…）) does not
_GLOSS_RE = re.compile(r"[（(](?:[A-Za-z][A-Za-z0-9.&/-]{0,9}|[A-Za-z\u4e00-\u9fff、·]{1,10})[）)]")
_NOT_GLOSS_RE = re.compile(r"记者|简称|下同|以下|摄|图|注|编者|通讯员|级|級|^.(?:即|不|含|按|剔除|扣除|经|經|包括)")
_PUA_RE = re.compile("[\ue000-\uf8ff]")   # private-use glyphs in old portal pages
_GLUED_AFTER_FIGURE = ("期", "年期", "个月期", "寸", "型", "号", "吨级", "米级", "万吨级")   # 10年期国债收益率
_CONTRACT_ENDS = ("期货", "期貨", "合约", "合約")
_AFTER_EVENT = ("后", "後")       # 隨後回落0.9%: subject_period_words reads the sentence's topic for it
MAX_LEN = 22
# a lone character a break word left that only closes a noun (参与|率, 完成|额): the cut is inside the name
_NOUN_SUFFIXES = frozenset("率额額量值数數价價")
_MAX_OF_LEN = 22      # X的Y is kept whole up to this length (归属于上市公司股东的净利润)
_TRAIL_REACH = 24
EDGE_JUNK = "“”\"'《》()（）【】、 -+＋\x00\x01"


_TO_SIMPLIFIED = {chr(c): chr(t) for c, t in S.SUBJECT_CHARS.items() if c != t}


@lru_cache(maxsize=4)          # an article's text is simplified by several passes: once is enough
def simplified(norm: str) -> str:
    """`norm` with the traditional characters subjects meet simplified (one to one: offsets hold),
    as norm.translate(S.SUBJECT_CHARS) gives it; only those characters are replaced (translate
    looks every character of an article up, and most are no key)."""
    if not S.TRADITIONAL_RE.search(norm):
        return norm                             # (a text with none of them is simplified already, nearly always)
    return all_simplified(S.TRADITIONAL_RE.sub(_simplified_char, norm))   # every traditional character (籌集, 換算)


def all_simplified(s: str) -> str:
    """`s` with every traditional character simplified, one for one (OpenCC's character table), but 著, which the
    table reads as 着 only (顯著 is 显著)."""
    out = simplified_chars(s)
    if "著" in s:
        out = "".join(a if a == "著" else b for a, b in zip(s, out, strict=True))
    return out


def _simplified_char(m: re.Match[str]) -> str:
    return _TO_SIMPLIFIED[m.group()]


def subject_of(text: str, simp: str, f: Fact, lo: int, hi: int, prev: list[Fact],
               blank: list[tuple[int, int]]) -> str | None:
    """The subject of figure `f` in clause text[lo:hi]; `simp` is the text simplified (see
    `simplified`) where every rule matches, the subject is cut from `text` as written;
    `prev` are the clause's earlier figures, `blank` spans (periods) never part of a subject."""
    if f["kind"] in ("year", "date"):
        return None
    span = _right_noun(simp, f)
    from_left = span is None
    if from_left:
        span = _left_phrase(simp, f, lo, prev, blank)
    if not span:
        return None
    return _finish(written(text, simp, span), f, from_left)


def written(text: str, simp: str, span: tuple[int, int] | str) -> str:
    """The subject as the text writes it (traditional stays traditional), blanked figures and
    brackets and periods left out."""
    if isinstance(span, str):
        return span
    a, b = span
    part = simp[a:b]
    if "\x00" not in part and "\x01" not in part:
        return text[a:b]
    return "".join(t for t, c in zip(text[a:b], part, strict=True) if c not in "\x00\x01")


def _after_event(plain: str) -> bool:
    """An adverb of sequence (随后, 此后: jieba's adverbs, not its time words 先后, 不久前) is left to the
    period words' rule, which reads the sentence's topic for it."""
    return plain.endswith(_AFTER_EVENT) and tag_of(simplified_chars(plain)) == "d"


# a remark quoted whole, with its own clause marks or a clause's 但 inside (「有挑戰、但也有機會」): speech, never
# what is measured (a quoted list of labels, “高、低”两类 or “菜篮子、米袋子”产品, stays)
_QUOTED_SPEECH_RE = re.compile(r"[「“\"][^「」“”\"]*(?:[，,；;！？!?]|、(?:但|而|却|卻))[^「」“”\"]*[」”\"]")


# a record told by its verb and the words of its horizon alone (创下历史, 創下史上, 寫下歷年單月, 创下自, 改寫疫情期間): no
# indicator of its own, the clause's or sentence's topic set it (simplified by S.SUBJECT_CHARS, some characters as written)
_RECORD_VERB_RE = re.compile(r"(?:再|又|更|也|均)?(?:创下|創下|写下|寫下|刷新|改写|改寫|创出|創出|创|創)了?"
                             r"(?:历史|歷史|史上|有史以来|有史以來|单月|單月|历年|歷年|同期|年内|年內|疫情期间|疫情期間|自|以来|以來|"
                             r"纪录|紀錄|记录|記錄|近\d{1,2}年|近[一二三四五六七八九十]{1,2}年|[\d一二三四五六七八九十]{1,3}年来|"
                             r"[\d一二三四五六七八九十]{1,3}年來)*")


# a conjunction that goes on with a sentence whose topic was named before it (雖, 但, 不但, 甚至 …): a clause it opens
# names the topic's next figure (`蔬菜均價每公斤六十三點一元，雖未如前天近七十元的高點`, `尖峰負載高達…，不但遠遠超出…`), so
# the words after it are read as the left phrase alone (a noun stays: `不仅茶园面积`; verbs alone name nothing)
_GOING_ON = frozenset({"虽", "虽然", "但", "但是", "不但", "不仅", "不光", "却", "甚至", "而且", "并且", "更", "而", "虽因"})
_GOING_ON_FIRST = frozenset(w[0] for w in _GOING_ON) | frozenset("雖僅卻並")


def _no_noun(s: str) -> bool:
    """Every word of `s` (simplified) is a verb, adverb, preposition, particle, a time, place or numeral word, or a
    single character: `未如前天`, `遠`, `在历史上`, `因解禁`."""
    from .words import _TAGS, _dictionary
    _dictionary()
    return all(len(w) == 1 or tag_of(w) is not None or _TAGS.get(w) in ("t", "f", "s", "m", "mq", "q")
               for w in segment(s))


@lru_cache(maxsize=16384)
def _plain(subj: str) -> str:
    """`subj` simplified, one character for one (subjects repeat: 营业收入, 台股)."""
    return all_simplified(subj.translate(S.SUBJECT_CHARS))


def _after_speech_verb(subj: str, plain: str) -> str | None:
    """The words after the verb of saying `plain` opens with (表示, 强调 …: S.VERB_STARTS), when they are a
    noun phrase of their own, four characters at least, naming a thing (強調平均輪候時間 → 平均輪候時間, 认为今年全球
    日均石油需求量); a place or one word alone is none (指出中国14亿多人口: the people counted; 宣布日均增产)."""
    verb = next(v for v in S.VERB_STARTS if plain.startswith(v))
    rest = plain[len(verb):]
    if len(rest) < 4 or names_nothing(rest) or tag_of(segment(rest)[0]) is not None:
        return None
    return subj[len(verb):]


def _positive(f: Fact) -> bool:
    """A positive figure (a group of firms' summed losses, 累计亏损额为565亿元, keeps its word: cov53)."""
    v = f.get("value")
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0


def _finish(subj: str | None, f: Fact, from_left: bool = True) -> str | None:
    """The subject cleaned: losses named by their profit; a left phrase that is only an
    adverb or ends in a verb (剑指, 助力重庆冲刺, 人应) is no subject."""
    if not subj:
        return None
    subj = subj.replace("\x00", "").strip().rsplit("】", 1)[-1]   # 【栏目】春节假期: after the heading
    if subj.startswith(_KEPT_WHOLES) and S.TRADITIONAL_RE.search(subj):
        subj = subj[2:]                         # 我省地區生產總值: text in traditional script is labelled without it (_KEPT_WHOLES)
    if "(" in subj or "（" in subj:
        subj = _PAREN_RE.sub(lambda m: m.group(0) if _is_gloss(m.group(0)) else "", subj)   # 短期品种(1-3年)利率
    if f["kind"] == "money" and subj.translate(S.SUBJECT_CHARS) in S.LOSS_ALONE \
            and not (subj.translate(S.SUBJECT_CHARS) == "亏损额" and _positive(f)):
        subj = in_script_of(S.LOSS_ALONE[subj.translate(S.SUBJECT_CHARS)], subj)   # 虧損3億元 → 淨利潤
    elif f["kind"] == "money" and not S.LOSS_BALANCE_RE.search(subj):
        subj = loss_named(subj, f)              # 运营亏损 → 运营利润; 变为亏损712万元: None
        if subj is None:
            return None
    if _QUOTED_SPEECH_RE.fullmatch(subj):
        return None                             # 「有挑戰、但也有機會」突破7500億美元: a quoted remark, the topic is meant
    if subj.endswith(("分为", "分為")) and f.get("unit") == "分":
        subj = subj[:-1]                        # 满意度得分为82.2分: 分为 is one word, but the 为 states the score
    plain = _plain(subj)                        # every test below reads simplified words (換算, 籌集, 接單)
    if len(subj) < 2 and not subj.isascii() or S.NOT_A_SUBJECT_RE.search(subj) or plain in S.ADVERB_SUBJECTS:
        return None
    if from_left and plain[:1] in _GOING_ON_FIRST and (w := segment(simplified_chars(plain))[0]) in _GOING_ON:
        rest = subj[len(w):]                    # 雖未如前天近七十元, 不但遠遠超出…: what follows the conjunction
        if f["kind"] == "duration" or not _no_noun(simplified_chars(plain[len(w):])):
            return _finish(rest, f, from_left)  # (虽掩埋两千多年: a span names its act, there is no topic's to carry)
        return None
    if from_left and lone_clause_word(plain) and plain not in S.MEASURE_HEADS:
        return None                             # 如果, 一直, 另据: an adverb or conjunction alone measures nothing
    if (from_left and f["kind"] not in ("duration", "rank") and plain not in S.MEASURE_HEADS
            and not _after_event(plain) and names_nothing(simplified_chars(plain))):
        return None                             # 同樣按年增加12%, 先后三次, 年内: adverbs, time words — the topic's
        # (a rank is its own rules': 冬季的第三个节气; a time after an event, 隨後, the period words')
    if from_left and _RECORD_VERB_RE.fullmatch(plain):
        return None                             # 創下史上第二大紀錄, 寫下歷年單月第3高: a record's words, the topic's figure
    event = f.get("unit") == "周年"             # 中国共产党成立105周年: the event dated, a verb phrase
    if from_left and f["kind"] == "duration" and not event and time_spent(plain):
        return None                             # 这家企业仅用了3个月: the time an act took
    if from_left and _ends_in_verb(plain) and not event and not _verb_as_noun(plain):
        given = plain.endswith(DISBURSED)       # 脱贫人口小额信贷累计发放933.5亿元: the loans
        return before_verb(subj, untrailed(plain[:-2]) if given else "")
    if from_left and plain.startswith(S.VERB_STARTS) and (rest := _after_speech_verb(subj, plain)):
        return _finish(rest, f, from_left)      # 強調平均輪候時間6年: what was told of, not the telling
    if from_left and (plain in S.EMPTY_SUBJECTS
                      or plain.startswith(S.VERB_STARTS)
                      or len(plain) <= 3 and plain.endswith(S.VERB_ENDING_CHARS)):
        return None
    return subj


# --- right of the figure ----------------------------------------------------------

def _right_noun(text: str, f: Fact) -> tuple[int, int] | str | None:
    s, e = f["start"], f["end"]
    unit = f.get("unit")
    if f["kind"] == "duration" and (S.SPAN_AFTER_RE.match(text, e) or S.SPAN_BEFORE_RE.search(text, max(0, s - 3), s)
                                    or text.startswith(("前", "首", "近", "连续"), s) or "\x01" in text[s:e]) or (
            f["kind"] == "count" and S.COUNT_SPAN_RE.match(text, e)):
        return ""                               # 105年来, 连续5个季度, 前三季度 (a period), 两个多月 (a span read as a count)
    if f["kind"] == "count" and (unit not in ("人", "人次", "人口", "起", "余人")
                                 or not f["surface"].endswith(unit)):      # 78万头部作者: a bare head count
        noun = _noun_after(text, e, whole=True, counted=True, verbs=_object_of_verb(text, s))
        if noun and not _RECORD_SET_RE.match(text, noun[0]):
            return noun                         # (成交超2.6万亿创新高: the record set, nothing counted: subj49)
    if unit in ("人", "人次", "名"):
        m = _PERSON_STATE_RE.match(text, e)
        if m:
            return m.span()                     # 22人死亡、117人受伤
        if text.startswith(("为", "是"), e) and f["kind"] == "count":
            noun = _noun_after(text, e + 1)     # 其中338人为地震孤儿
            if noun:
                return noun
    if f["kind"] == "percent" and text.startswith(("股权", "股份"), e):
        left = text[max(0, s - 8):s]
        owner = re.split(r"[，。；、\s]", left)[-1]
        return owner + text[e:e + 2]            # 易冲科技100%股权
    if text.startswith("不等的", e):
        e += 2                                  # 20%至50%不等的关税: the range's noun after 的
    if (f["kind"] in ("percent", "count", "quantity", "duration", "money") and text.startswith("的", e)
            and not named_before(text, f)):
        m = _OF_NOUN_RE.match(text, e)
        if (m and not S.CHANGE_START_RE.match(S.RATE_LEAD_RE.sub("", m.group(1))) and "分之" not in m.group(1)[:4]
                and not S.LEVEL_NOUN_RE.fullmatch(m.group(1))):                            # 的纪录高价: a level
            noun = m.group(1)
            for stop_re in (S.NOUN_AFTER_VERB_CUT_RE, S.OF_NOUN_STOP_RE):
                stop = stop_re.search(noun, 1)
                noun = noun[: stop.start()] if stop else noun
            if unit in ("岁", "周岁"):
                noun = noun[:3]                 # a person's name
            a = m.start(1)
            b = a + min(len(noun), 12 if f["kind"] == "duration" else 8)   # 为期5天的服务贸易交易会
            _, we = word_around(text, b, a, m.end(1))
            b = max(b, we) if we - a <= 10 else b
            if b - a >= 2:
                return a, b                     # 27%的人口, 32岁的王颖, 82%的受访者表示…
    return None


def household_state(text: str, simp: str, f: Fact, lo: int) -> str | None:
    """What befell the households a count in 户 counts, told right after it and closing its clause (超30万户断电。),
    as written, or None (12000多户受灾群众: the noun is counted); with the place told right before the count, after any
    verb (九州地区超25万户断电 → 九州地区断电, as sealed6 names the place; 风暴导致该州12万户停电 → 该州停电), or opening
    the clause before a verb of having (俄勒冈州仍有2.5万户停电 → 俄勒冈州停电)."""
    if f["kind"] != "count" or f.get("unit") not in ("户", "戶"):
        return None
    m = _HOUSEHOLD_STATE_RE.match(simp, f["end"])
    if not m or m.end() < len(simp) and simp[m.end()] not in _STATE_CLOSERS:
        return None
    s = f["start"]
    topic = _PLACE_HAVING_RE.fullmatch(simp, lo, s)
    if topic:
        return written(text, simp, topic.span(1)) + written(text, simp, m.span())
    run = _HAN_RUN_END_RE.search(simp, max(lo, s - 10), s)
    place, end = "", s
    if run:
        bare = _QUALIFIER_END_RE.sub("", run.group())
        end = run.start() + len(bare)
        words = segment(bare)
        last = max((i for i, w in enumerate(words) if tag_of(w) is not None), default=-1)
        place = "".join(words[last + 1:])
        if len(place) < 2 or place in TIME_WORDS:
            place = ""
    state = written(text, simp, m.span())
    return (written(text, simp, (end - len(place), end)) if place else "") + state


_HAN_RUN_END_RE = re.compile(r"[\u4e00-\u9fff]+$")
# what may follow a state that closes its clause (断电。, 停电，, 断电的情况 is no such close: none of these)
_STATE_CLOSERS = frozenset("，。；、！？,;!?）)\n 了")
# a place opening the clause, then a verb of having (俄勒冈州仍有, 华盛顿州也有, 美国多地仍有约)
_PLACE_HAVING_RE = re.compile(r"\s*([\u4e00-\u9fff]{1,10}?(?:州|省|市|县|区|地区|国|岛|村|镇|多地|各地))"
                              r"(?:仍|也|还|共|已|则|就|都|尚)*(?:有|计有)(?:超过|超|约|大约|近|逾|至少)*")
_QUALIFIER_END_RE = re.compile(r"(?:超过|超|约|大约|近|逾|至少|共|累计|多达)+$")


def counted_noun(text: str, simp: str, f: Fact) -> str | None:
    """The noun a count names right after it (374条指数: 指数), as written, or None."""
    span = _noun_after(simp, f["end"], whole=True, counted=True)
    return written(text, simp, span) if span else None


def _noun_after(text: str, e: int, whole: bool = False, counted: bool = False,
                verbs: bool = False) -> tuple[int, int] | None:
    """159个项目 / 两名美国宇航员再度推迟返回: the noun a count figure quantifies; nouns joined
    by 和/及/与/、 are counted together (15个公园和游乐场, 30名议员和议会官员); `counted` (a count's): without
    the indicator told of what it counts (`35个行业增加值同比增长`, `22种蔬菜价格下降` count 行业, 蔬菜)."""
    span = _noun_after_span(text, e, whole, verbs)
    if span and counted:
        return span[0], _before_indicator(text, *span)
    return span


# an indicator told of the things a count counts, ending the noun after it: the count is of the things (`35个行业
# 增加值同比增长`, `22种蔬菜价格下降`, `11个地方月平均收入超过…`, `12个市支出增速`, `5个集群规模突破万亿级`, as the sets
# label them).  Indicators only, not nouns a count may count itself (人口, 产能, 订单, 贷款, 项目: `960万贫困人口`), nor a
# state the things are in (`273家公司亏损`: 亏损, as `84人死亡` names 死亡)
_INDICATOR_HEAD_RE = re.compile(
    r"(?:价格|均价|单价|增加值|利润总额|净利润|利润|营业收入|总收入|收入|营收|产值|总值|销售额|零售额|营业额|成交额|成交量|"
    r"交易额|进出口|出口额|出口|进口|支出|规模|涨幅|跌幅|增幅|降幅|增速|增长率|比重|占比|产量|总产量|销量|发电量|用电量|"
    r"客流量|吞吐量|货运量|市值|股价|失业率|利润率|存活率)$")


# a change or level reached read into the noun's last word (价格下降 and 蔬菜价格|下降 are both words; 规模突破|万亿级)
_CHANGE_TAIL_RE = re.compile("(?:" + S._CHANGE + "|突破)(?:$|(?=[0-9一二三四五六七八九十两百千万亿]))")


def _before_indicator(text: str, a: int, b: int) -> int:
    t = _CHANGE_TAIL_RE.search(text, a + 2, b)
    if t:
        b = t.start()
    m = _INDICATOR_HEAD_RE.search(text, a + 1, b)
    if not m:
        return b
    k = m.start()
    ws, _ = word_around(text, k, a, b)
    k = ws if ws > a else k
    return k if k - a >= 2 and word_around(text, k, a, b) == (k, k) else b


def _noun_after_span(text: str, e: int, whole: bool, verbs: bool = False) -> tuple[int, int] | None:
    tenor = _TENOR_RE.match(text, e)
    first = _one_noun_after(text, tenor.end() if tenor else e + 1 if text[e:e + 1] in "“\"" else e, whole, verbs)
    if first is None:
        return None
    if tenor:
        return e, first[1]                      # 1500亿元7天期逆回购操作, 2000亿元10年期国债: the tenor names it too
    start, end = first
    rel = _relative_head(text, start, end)
    if rel:
        return rel                              # 31个安全形势不稳定、受冲突影响的国家
    joined = end
    for _ in range(4):                          # A、B、C和D
        joiner = text[joined:joined + 1]
        if joiner not in _JOINERS:
            break
        nxt = _one_noun_after(text, joined + 1, whole, verbs)
        if (nxt is None or text.startswith("等", nxt[1]) or text[nxt[1]:nxt[1] + 1].isdigit()
                or S.JOINED_NOT_NOUN_RE.match(text, nxt[0]) or opens_with_verb(text[nxt[0]:nxt[1]])):
            break                               # 20个国家和联合国等4个国际组织: a list of its own
        joined = nxt[1]
        if joiner != "、":
            end = joined                        # a 、 list counts only when closed by 和/及/与
    return start, end


_JOINERS = "和及与、"
# a tenor right after a sum, before the instrument it names (7天期, 10年期, 3个月期, 十年期)
_TENOR_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})(?:天|年|个月|個月|月)期(?=[\u4e00-\u9fff])")
_ORDINAL_RE = re.compile(r"第[一二三四五六七八九十百零〇两]+(?:[、，和及]|" + "|".join(R.ORDINAL_MEASURES) + ")")
# a function character (locative, adverb, conjunction, particle) never ends a 3-character noun
_SHORT_NOUN_ENDS = "中里约共并就都因遭了时"
_REL_OF_RE = re.compile(r"[^\s，。；！？,;!?：:（）()\d…—“”\"<>的]{1,14}的([^\s，。；！？、,;!?：:（）()\d…—“”\"<>的]{2,10})")


def _relative_head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """5辆满载汽车配件的货车, 第一口位于海底的二氧化碳封存回注井: a count followed by a clause
    opening with a verb and ending in 的 counts the head noun after 的, with the clause that
    qualifies it (六个方面深刻总结…的特质: a noun first, then its verb, is no such clause); so does one that
    `_closes_clause` reads as a clause of its own, named by the head alone (近500场形式多样的展演活动: subj52)."""
    m = _REL_OF_RE.match(text, start)
    if not m or m.start(1) - 1 < end:
        return None
    clause = text[start:m.start(1) - 1]
    verb_led = opens_with_verb(clause)
    if not verb_led and not _closes_clause(text, start, clause):
        return None
    head = m.group(1)
    # (an event's head keeps its verb when the clause is the count's own: 近500场形式多样的惠民演出)
    n = noun_phrase_end(head) if verb_led or text[start - 1:start] not in _EVENT_MEASURES \
        else counted_noun_end(head, False, True)
    stop = S.OF_NOUN_STOP_RE.search(head, 1)
    n = min(n, stop.start()) if stop else n
    if n < 2:
        return None
    # a clause opened by a noun names the head alone, as one opened by 在/从 is read (subject_counted_nouns)
    return (start if verb_led else m.start(1), m.start(1) + n)


# counts of those who act (3家企业生产的产品, 5名学生参加的比赛): the count is of the noun right after it, the one acting
_AGENT_MEASURES = frozenset("家名位人户戶口")
# words that join items (10个国家和地区的代表: a list of what is counted, its 的 a possessive), and an aspect that makes
# the verb the sentence's own (16个方面总结概括了新时代十年的伟大成就: the count is the aspects')
_LIST_JOIN_RE = re.compile(r"[和与與及、或了]")
# measures of incidents (起, 宗): what they count is an event, never the noun opening the clause after them
_INCIDENT_MEASURES = frozenset("起宗")
_INCIDENT_NOUN_ENDS = ("火", "灾", "災", "案", "事故", "事件", "疫情", "冲突", "衝突", "袭击", "襲擊", "爆炸", "地震", "枪击",
                       "槍擊", "纠纷", "糾紛")
# predicate adjectives closing a clause before 的 (形式多样的展演活动, 功能齐全的服务中心); jieba tags none of them
_PREDICATE_ENDS = ("多样", "齐全", "齊全", "完善", "完备", "完備", "严重", "嚴重", "丰富", "豐富", "各异", "各異", "众多", "眾多",
                   "繁多", "健全", "便捷", "优美", "優美", "独特", "獨特", "悠久", "良好", "先进", "先進", "新颖", "新穎")


def _closes_clause(text: str, start: int, clause: str) -> bool:
    """`clause` (between a count's measure word and 的) is a clause of its own that the noun after 的 heads, not a
    noun the count counts: a noun and a predicate adjective (近500场形式多样的展演活动, 80所设施完善的幼儿园), or, after
    a measure of incidents, a noun and then its verb (300多起境外输入引发的本地疫情: incidents are no 境外).  Not a
    count of those who act (3家企业生产的产品), nor a list of things counted (10个国家和地区的代表); and after any other
    measure a noun and its verb keep the noun counted, the clause being its own (16条龙舟在…的水域, 五条商用跑道运行的
    机场, 1020项商品实施…的进口暂定税率, 两个纳税人供养一个…的局面: tuning sets fresh, sealed8, sealed16, sealed34)."""
    if len(clause) < 3 or text[start - 1:start] in _AGENT_MEASURES or _LIST_JOIN_RE.search(clause):
        return False
    if clause.endswith(_PREDICATE_ENDS):
        return True
    if text[start - 1:start] not in _INCIDENT_MEASURES:
        return False
    words = segment(clause)
    if words and words[0].endswith(_INCIDENT_NOUN_ENDS):
        return False                         # 两起林火发生的具体原因: the fires are the incidents counted
    return len(words) >= 2 and not is_word(clause) and any(tag_of(w) is not None and w not in NOUN_VERBS
                                                           for w in words[1:])


# a ranking told right after a count (台積電…賣超3萬6241張排第7): the count's place in a table, not a noun it counts
_RANKING_VERB_RE = re.compile(r"(?:排第|排名|排在|位居|居第|名列|位列)")
# a field a ranking is told in closes with 中 before its verb (在16个地市中排第2位, 在41個工業大類中居首), or right
# before the place (位居全市五个县区第五位): an ordinal is never part of the noun counted
_FIELD_END_RE = re.compile(r"中(?=排|位居|位列|名列|稳居|穩居|居|列|跃居|躍居)|第(?=[\d一二三四五六七八九十]{1,3}[位名]?(?![\u4e00-\u9fff]))")


# verbs whose object acts in turn (带动40多户村民增收, 推动200个城市开展…, 出动200架战机打击…): their count's noun ends
# at its own verb; and qualifiers between a verb and its count (累计建成约, 新增了超过)
_PIVOTS = frozenset({"带动", "推动", "组织", "吸引", "帮助", "支持", "引导", "鼓励", "要求", "促进", "带领", "指导", "动员", "邀请",
                     "造成", "导致", "安排", "推荐", "号召", "允许", "批准", "帮扶", "资助", "集结", "共有", "已有", "还有", "没有",
                     "派出", "派遣", "选派", "出动", "召集", "聚集", "集合", "培训", "满足", "惠及", "覆盖", "涉及", "包括", "带来"})
_VERB_GAP_RE = re.compile(r"(?:了|约|近|超过|超|逾|共|共计|累计|总计|合计|多达|达|至少|首批|新增)*$")


def _object_of_verb(text: str, s: int) -> bool:
    """The count at `s` is the object of a verb right before it (提出21条具体举措, 开工166个太湖保护治理工程, 设置了约50张
    贸易洽谈桌): its noun phrase runs to the clause's mark, a verb inside it one of the noun's (洽谈|桌, 推介|厅, 创新|成果), as
    an object is no clause's subject.  Not after a verb whose object acts in turn (`_PIVOTS`)."""
    left = text[max(0, s - 10):s]
    left = left[:_VERB_GAP_RE.search(left).start()]
    words = segment(left[-6:]) if left else ()
    return bool(words) and len(words[-1]) >= 2 and tag_of(words[-1]) == "v" and words[-1] not in _PIVOTS


# measure words of times an act was done: the noun after them names the act, by its verb (两次导弹打击, 三轮谈判)
_EVENT_MEASURES = frozenset("次轮輪场場批回趟")
_EVENT_COUNT_RE = re.compile(r"[0-9０-９一二三四五六七八九十两兩百千万萬多余餘几幾数數]")     # (not 人次, 辆次: a unit of its own)


# measure words of cases and deals (4,198宗住宅物業註冊, 1,245笔交易): a verb closing the noun after them at a mark
# is the act counted, a noun here (the registrations, the sales), not a verb to cut
_CASE_MEASURES = frozenset("宗笔筆单單")
_RECORDED_ACTS = frozenset({"注册", "登记", "买卖", "转让"})


def _act_closes(text: str, b: int, end: int) -> bool:
    """text[b:end] is an act recorded (a registration, a sale by deed), and a mark (or the text's end) follows it;
    not 成交, a deal read by its market (住宅成交 counts homes: sealed30)."""
    return all_simplified(text[b:end]) in _RECORDED_ACTS and (
        end >= len(text) or text[end] in "，。；,;：:！？!?、\n）)")


# a demonstrative between a count and its noun (100多台这样的无人摆渡车, 100万块这样科技感十足的屏幕): the noun is after
# the last 的 of the demonstrative's modifier, which holds no stop mark, or right after it (30家这类企业; simplified text)
_DEMONSTRATIVE_RE = re.compile(r"(?:这样|这种|这类|这些|这般)(?:[\u4e00-\u9fff]{0,8}?的)?(?=[\u4e00-\u9fff]{2})")


_NEGATED_RE = re.compile(r"没有?问题")


def _one_noun_after(text: str, a: int, whole: bool = False, verbs: bool = False) -> tuple[int, int] | None:
    """The noun after a count or an ordinal at text[a]; `whole` (a count's): read in whole words (_word_stop,
    compound_end), where an ordinal's event keeps its stops (第五届进博会开幕式: the fair's)."""
    if (dem := _DEMONSTRATIVE_RE.match(text, a)) is not None:
        a = dem.end()                           # 100多台这样的无人摆渡车, 100万块这样科技感十足的屏幕: the noun after 的
    m = S.NOUN_AFTER_RE.match(text, a)
    if not m or S.CHANGE_START_RE.match(m.group(0)) or m.group(0)[0] in "至到" or _ORDINAL_RE.match(text, m.start()) \
            or _RANKING_VERB_RE.match(m.group(0)) or _NEGATED_RE.match(text, m.start()):
        return None                             # 第35航次第二、第三航段: another ordinal, no noun; 3萬6241張排第7: a rank
                                                # (900萬人次沒問題: "no problem" says how sure, never what is
                                                # counted; a count of people's state, 数百万人没有领到…, is read as before)
    noun = m.group(0)
    event = whole and text[a - 1:a] in _EVENT_MEASURES and _EVENT_COUNT_RE.match(text, max(0, a - 2)) is not None
    passive = event and noun.startswith("被") and len(noun) > 2      # 五批被扣押人员交换: the exchange of those held
    for stop_re in (S.NOUN_STOP_RE, S.NOUN_AFTER_VERB_CUT_RE):
        if passive:
            stop = _word_stop(stop_re, noun[1:])
            stop = None if stop is None else stop + 1
        elif whole:
            stop = _word_stop(stop_re, noun)
        else:
            hit = stop_re.search(noun)
            stop = hit.start() if hit else None
        if stop is not None:
            noun = noun[:stop]
    stop = S.NOUN_LATE_STOP_RE.search(noun, 2)
    noun = noun[: stop.start()] if stop else noun   # 示范点和岗位学雷锋标兵各50个
    stop = _FIELD_END_RE.search(text, m.start() + 2, m.end() + 8) if "中" in noun or "第" in noun else None
    if stop and stop.start() < m.start() + len(noun):
        noun = noun[: stop.start() - m.start()]   # 在14个市州中排名第三: the field counted, not its ranking
    start = m.start()
    end = start + len(noun.rstrip("“”\"'"))
    _, we = word_around(text, end, start, m.end())
    end = max(end, we)
    if end - start > 3:
        ends = counted_noun_end if whole else noun_phrase_end     # (a count's: 企业|现场达成, 村民|每年增收)
        before_of = text.startswith("的", end)
        cut = max(2, object_noun_end(text[start:end]) if whole and verbs and not event and not before_of
                  else ends(text[start:end], False, event) if whole and verbs and not event   # (4枚乌军|发射的导弹)
                  else ends(text[start:end], before_of, event) if whole
                  else ends(text[start:end], text.startswith("的", end)))   # 建设者坚守岗位 → 建设者
        if not (whole and text[a - 1:a] in _CASE_MEASURES and _act_closes(text, start + cut, end)):
            end = start + (compound_end(text[start:end], cut) if whole and cut < end - start else cut)   # 液体闪烁体
    elif end - start == 3 and text[end - 1] in _SHORT_NOUN_ENDS:
        end -= 1                                # 行业中, 队伍约, 地区遭 (援助包, 孩子们 stay whole)
    while end > start and text[end - 1] in "“”\"'":
        end -= 1
    return (start, end) if end - start >= 2 else None


_PERSON_ENDS = frozenset("人者员員家师師党黨")


def _word_stop(stop_re: re.Pattern[str], noun: str) -> int | None:
    """Where the first stop word of `stop_re` ends the noun after a count: only a stop that is a word of the noun's
    reading (`13处人员和武器装备集中区`: 集中区 is one word, its 集中 no verb; `4个省级经开区`), else the next one."""
    at = 0
    while (stop := stop_re.search(noun, at)) is not None:
        a, b = stop.span()
        ws, we = word_around(noun, a)
        if ws == we:
            ws, we = word_around(noun, b)
        if a == 0 and noun[2:3] in _PERSON_ENDS and we - ws == 3 and ws == 0 and we >= b \
                and tag_of(noun[ws:we]) is None \
                and noun[:we] == segment(noun[:we + 3])[0]:
            at = we                             # 被告人, 发起人, 获奖者, 在野党: a three-character name of people a stop
            continue                            # opens is no cut (subj50; 以军, 以色列: subject_count_heads' openers)
        if a == 0 or we - ws < 3 or ws > a or we < b or tag_of(noun[ws:we]) is not None \
                or noun[we - 1] not in NOUN_SUFFIXES:
            return a                            # (a stop inside a noun of three or more, a thing's: 集中区, 共和国)
        at = a + 1
    return None


# --- left of the figure -----------------------------------------------------------------

def _left_start(text: str, f: Fact, lo: int, prev: list[Fact]) -> int:
    """Where the phrase left of `f` may begin: after the previous figure of the clause
    (unless glued to it: 10年期国债收益率) or at 从 (产量从2020年的4.3万辆)."""
    s = f["start"]
    if _from_at(text, lo, s) > lo:
        return lo
    for g in reversed(prev):
        if g["kind"] in ("year", "date", "duration") or g["end"] > s:
            continue
        if text.startswith(_GLUED_AFTER_FIGURE, g["end"]):
            continue
        return g["end"]
    return lo


def _from_at(text: str, lo: int, s: int) -> int:
    """Where 从/由 opens a span the figure starts (产量从2020年的4.3万辆, 面积由过去的118万平方米)."""
    k = text.find("从", lo + 1, s)
    if k < 0:
        k = text.find("由", lo + 1, s)
        if k >= 0 and (text.find("的", k, s) < 0 and text.find("之", k, s) < 0 and not text.startswith(("由上月", "由去年", "由上年"), k)
                       or text.startswith(("由于", "由於", "由此"), k)):   # (由去年同期之61.9%: 之 is 的)
            k = -1                              # 是由于…减少了22%: a cause, not a start
    return k


def _left_phrase(text: str, f: Fact, lo: int, prev: list[Fact], blank: list[tuple[int, int]]) -> tuple[int, int] | None:
    s = f["start"]
    start = _left_start(text, f, lo, prev)
    stop = _from_at(text, lo, s)
    end = stop if stop > lo else s
    chars = list(text[start:end])              # periods are already blanked (\x01) in `text`
    for g in prev:
        if g["kind"] in ("year", "date", "duration") and not text.startswith(_GLUED_AFTER_FIGURE, g["end"]) \
                and not g["surface"].endswith(_CONTRACT_ENDS):      # 布蘭特原油11月期貨: the contract's name
            for i in range(max(g["start"], start), min(g["end"], end)):
                chars[i - start] = "\x00"
    pre = _PAREN_RE.sub(_blank_aside, "".join(chars))
    pre = S.blank_records(_PUA_RE.sub("\x00", pre))   # 達到創紀錄的每日1,353萬桶: a record says how high
    if " (" in pre or " （" in pre:
        pre = _SPACED_GLOSS_RE.sub("\x00", pre)  # 德国消费者价格指数 (CPI): a gloss typeset apart, no cut
    if pre.endswith("首") and f["surface"][:1] in _THRESHOLD_FIRSTS:
        pre = pre[:-1] + "\x00"                  # 客运量首超40亿人次: a first break through, not the indicator's 首 (subj49)
    if f["kind"] == "points":
        m = _last_match(S.CONTRIBUTES_RE, pre)
        if m:                                   # 最终消费支出拉动GDP增长2.6个百分点: the contributor
            k = _last_match(S.TOWARDS_RE, pre[:m.start()])   # 國外淨需求對經濟成長貢獻: the contributor, before 對
            return _phrase(text, start, pre[:k.start() if k and k.start() else m.start()]) if m.start() else None
    if _SHARE_VERB_RE.search(pre):
        return _share_phrase(text, start, pre)
    k = max(pre.rfind("是"), pre.rfind("相当于"), pre.rfind("相等于"))
    if f["kind"] in ("multiple", "percent") and k >= 0 and pre.rstrip().endswith("的"):
        return _phrase(text, start, pre[:k]) if k else None   # 甲的强度是乙的7倍: 甲的强度; 相当于乙的N倍: the sentence's
    return _phrase(text, start, pre, f["kind"] in _LEVEL_KINDS)


_LEVEL_KINDS = ("percent", "money", "quantity", "index")
# a qualifier of a level broken through opening a figure's surface (超40亿人次, 破千亿件, 逾30亿)
_THRESHOLD_FIRSTS = "超破逾过過"
# (a unit's abbreviation before its figure, 每百萬英熱單位 (MMBtu)3.70 美元, is no gloss of the indicator)
_SPACED_GLOSS_RE = re.compile(r" (?=[（(][A-Za-z][A-Za-z0-9.&/-]{0,9}[）)]\s?[^\s\d])")   # (words after it, no figure)


# 占 the verb, not 占 of the noun 占比 (占比较去年提高3.1个百分点)
_SHARE_VERB_RE = re.compile(r"占(?!比(?!重|例))")


def _last_match(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(s):
        pass
    return found


def _is_gloss(part: str) -> bool:
    return bool(_GLOSS_RE.fullmatch(part)) and not _NOT_GLOSS_RE.search(part)


def _blank_aside(m: re.Match[str]) -> str:
    return m.group(0) if _is_gloss(m.group(0)) else "\x00" * len(m.group(0))


def _closes_gloss(pre: str, a: int, b: int) -> bool:
    """pre[a:b] ends with the bracket closing a gloss it holds (居民消费价格指数（CPI）)."""
    k = max(pre.rfind("（", a, b), pre.rfind("(", a, b))
    return pre[b - 1] in "）)" and k >= 0 and bool(_GLOSS_RE.fullmatch(pre, k, b))


def _share_phrase(text: str, start: int, pre: str) -> tuple[int, int] | None:
    """A share: 服务业增加值占GDP比重达54.6% (the whole ratio), 金刚石散热片占其10% (the part),
    …，占整体网民的26.3% (占 and the whole, when the part is the sentence's)."""
    k = _last_match(_SHARE_VERB_RE, pre).start()
    part = _phrase(text, start, pre[:k])
    whole = _phrase(text, start + k + 1, pre[k + 1:])
    if part and part[1] - part[0] >= 2:
        end = start + len(untrailed(pre))
        if whole and text[whole[1] - 2:whole[1]] in S.SHARE_NOUNS and end >= whole[1]:
            return part[0], whole[1]            # X占Y比重
        return part
    if whole and whole[1] - whole[0] >= 2:
        return start + k, whole[1]              # 占Y
    return None


_TRAIL_LAST = last_class(S.SUBJECT_TRAIL_RE)    # where the patterns can begin or end: scanned first
_WORD_FIRST = {id(rx): first_class(rx) for rx in (S.BREAK_WORD_RE, S.CUT_WORD_RE)}   # by id: a hash reads the program
# the verb endings by their last character: a phrase is tested against those that can end it
_VERB_ENDINGS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _w in S.VERB_ENDINGS:
    _VERB_ENDINGS_BY_LAST[_w[-1]] = (*_VERB_ENDINGS_BY_LAST.get(_w[-1], ()), _w)


def _verb_as_noun(s: str) -> bool:
    """A verb after 的 is used as a noun (服务业对经济增长的拉动)."""
    return any(s.endswith(w) and s[-len(w) - 1:-len(w)] == "的" for w in _VERB_ENDINGS_BY_LAST.get(s[-1:], ()))


def _ends_in_verb(s: str) -> bool:
    """`s` ends in one of S.VERB_ENDINGS as a word of its own (转移支付 is a noun: 支付 is
    inside it), testing only the endings with its last character."""
    if not s:
        return False
    for w in _VERB_ENDINGS_BY_LAST.get(s[-1], ()):
        k = len(s) - len(w)
        if s.endswith(w) and (k <= 0 or word_around(s, k, max(0, k - 4))[0] == k) and not s.endswith(S.VERB_NOUNS):
            return True
    return False


@lru_cache(maxsize=16384)
def untrailed(s: str) -> str:
    """`s` without the connectives, qualifiers, changes and bases it ends with.  The pattern
    is anchored at the end, so only the last _TRAIL_REACH chars are searched."""
    head, tail = s[:-_TRAIL_REACH], s[-_TRAIL_REACH:]
    if cannot_end(_TRAIL_LAST, tail):
        return s                                # most phrases end in no connective at all
    tail = S.SUBJECT_TRAIL_RE.sub("", tail)
    return head + tail if len(tail) or not head else untrailed(head)


# the province a provincial indicator opens with (我省规模以上工业增加值): the tuning sets label it with the indicator
# (20 of 24; the 4 without are in traditional script, sealed20 and sealed40, where _finish leaves it out), unless a lead
# word after it (我省共有, 我省已) or a verb leaves it out (subj53); 我国 stays out, the sets split on it (214 with, 181
# without: sealed2 keeps it, unseen, sealed and fresh leave it out)
_KEPT_WHOLES = ("我省",)


def _noun_opens(pre: str, a: int, b: int) -> bool:
    """pre[a:b] (after 我省) opens with the indicator's noun, no lead word, verb or figure."""
    return S.SUBJECT_LEAD_RE.match(pre, a, b) is None and not S.CUT_WORD_RE.match(pre, a) \
        and "\x00" not in pre[a:a + 2] and not opens_with_verb(pre[a:b])


@window_cached
def _phrase(text: str, start: int, pre: str, level: bool = False) -> tuple[int, int] | None:
    """The subject's span inside `pre` (= text[start:start+len(pre)], blanked): trimmed, cut, snapped;
    `level`: the figure is a level, not a difference (after 低于X it is X's own value)."""
    b = len(untrailed(pre))
    a = last_cut(S.BREAK_WORD_RE, text, start, pre, 0, b) or 0
    if b - a == 1 and pre[a] in _NOUN_SUFFIXES:
        a = last_cut(S.BREAK_WORD_RE, text, start, pre, 0, a - 2) or 0   # 勞動力參與|率: the rate is named whole
    lead = S.SUBJECT_LEAD_RE.match(pre, a, b)
    if lead:
        kept = lead.end() - 2 >= a and pre.startswith(_KEPT_WHOLES, lead.end() - 2) and b - lead.end() >= 2 \
            and _noun_opens(pre, lead.end(), b)
        a = lead.end() - 2 if kept else lead.end()
    if pre.startswith(S.COMPARISONS, a):
        return None                             # 高于全国工业0.2个百分点: the sentence's subject is meant
    if pre.startswith(S.BASE_MARKERS, a):
        if b == len(pre) and not S.CHANGE_START_RE.search(pre, a, b):
            a += 1                              # 较发行底价18.60元/股: the base's own value
        else:
            return None                         # 较前一交易日调升41个基点: the base, not the subject
    compared = S.COMPARED_RE.search(pre, a, b) if "于" in pre or "出" in pre or "过" in pre else None
    if compared:
        if compared.start() - a < 2:
            k = pre.find("(", compared.end()) if "(" in pre else pre.find("（", compared.end())
            if k - compared.end() >= 2:
                return start + compared.end(), start + k    # 优于全体零售业(年增3.9%): the base's own figure
            c = compared.end()
            while c < b and pre[c] in "\x00\x01的 ":
                c += 1
            if level and b - c >= 2 and not S.CHANGE_START_RE.search(pre, c, b):
                return start + c, start + b     # 略低于去年成长率2.6%: the base's own value
            return None                         # 略高于原预测0.29个百分点: the sentence's subject is meant
        b = compared.start()                    # 增速高于全部规上工业12.0个百分点: 增速, whose is the sentence's
    cut = _cut_before_noun(text, start, pre, a, b)
    if cut and cut[0] - a >= 2 and pre.startswith(("为", "為", "是", "到", "至"), b) and _only_verb(
            pre[cut[1]:b], pre.startswith(("到", "至"), b)):
        b = cut[0]                              # GDP最终核实为, 利率统一调整到: what the verb sets
    elif cut and cut[0] - a >= 2 and pre[cut[1]:b].strip(" \x00\x01") in _TALLY_VERBS:
        b = cut[0]                              # 赋税收入累计实征3兆元, 税收累计入库: what was collected, not the verb
    elif cut and b - cut[1] >= 2 and not _topic_done(pre, a, cut, b):
        a = cut[1] + (pre[cut[1]] == "的")      # 工程已累计调水 -> 调水; 对实体经济发放的人民币贷款余额
    b = len(untrailed(pre[:b])) if b > a else b
    if b > a and pre.startswith(("到", "至", "了到", "了至"), b):
        b = _before_moving_verb(pre, a, b)      # 种类扩展到了120种: the kinds; 长江江豚已经恢复至1426头
    rate = next((r for r in S.RATE_NOUNS if pre.startswith(r, b)), None) if pre.startswith(S.RATE_NOUNS, b) else None
    if rate and b > a:
        b += len(rate)                          # 居民消费价格涨幅3%: the rate is the indicator
    if b - a > MAX_LEN:
        a = b - MAX_LEN                      # a long phrase: its last MAX_LEN chars
    if b <= a:
        return None
    a = _snap_left(text, start, a, len(pre))
    b = _snap_right(text, start, b, len(pre), pre)
    while a < b and pre[a] in EDGE_JUNK and not (pre[a] in _OPENING and pre.find(_OPENING[pre[a]], a + 1, b) > 0):
        a += 1
    while b > a and pre[b - 1] in EDGE_JUNK and not _closes_gloss(pre, a, b) and not _closes_quote(pre, a, b):
        b -= 1
    k = pre.rfind("的", a, b)
    if k >= 0:
        head, tail = pre[a:k].replace("\x00", ""), pre[k + 1:b].replace("\x00", "")
        if len(tail) >= 2 and (S.QUALIFYING_OF_RE.match(head) or len(head) + len(tail) > _MAX_OF_LEN
                               or S.CONTRACT_OF_RE.search(text, start + a, start + k)):
            a = k + 1                           # 經季節性調整的失業率 → 失業率; 经营活动产生的现金流量净额 stays
    exchange = S.EXCHANGE_LEAD_RE.match(pre, a, b)
    if exchange and S.TRADED_RE.search(pre, exchange.end(), b):
        a = exchange.end()                      # 纽约商品交易所西德州中级原油9月交割价: the contract
    return (start + a, start + b) if b > a else None


# words of manner before a verb of moving to a level that the dictionary tags as nouns or verbs (统一延长至28天)
_MANNER_WORDS = frozenset({"统一", "統一", "全面", "大幅", "进一步", "進一步", "逐步", "分别", "分別", "适当", "適當", "适度", "適度",
                           "相应", "相應", "同步"})


def _before_moving_verb(pre: str, a: int, b: int) -> int:
    """The end of pre[a:b] without the verb (and its adverbs) it ends with before 到/至: the level reached is
    the noun's before it (a lone verb leaves nothing: the clause's topic is meant)."""
    plain = simplified_chars(pre[a:b].translate(S.SUBJECT_CHARS))
    if "\x00" in plain or "\x01" in plain or plain.endswith(tuple(S.MEASURE_HEADS)):
        return b
    words = segment(plain)
    if len(words) < 2 and not (words and moved_by_verb(words[0])):
        return b
    if len(words) >= 2 and len(words[-1]) == 1 and len(words[-2]) == 1:
        return b                                # 品类扩|围至: a word the dictionary lacks, split into characters
    k = len(words)
    while k > 0 and moved_by_verb("".join(words[k - 1:])):
        k -= 1
    while 0 < k < len(words) and (words[k - 1] in _MANNER_WORDS or k >= 2 and words[k - 2] == "最" and len(words[k - 1]) == 1):
        k -= 2 if words[k - 1] not in _MANNER_WORDS else 1   # 统一延长至, 最短压缩至: how, not what
    if k == len(words) or any(ch.isdigit() for ch in plain) or a and pre[a - 1] in "\x00\x01":
        return b                                # (由7天缩短至2天: from one level to the next, read by their rules)
    if k and not any(names_a_thing(w) for w in words[:k]):
        return a                                # 43年来首次恢复至: no noun before the verb, the topic is meant
    if k and not names_a_thing(words[k - 1]):
        return b                                # 盘中最低下探至: an adverb before the verb
    return a + sum(map(len, words[:k]))


# adverbs of tally a verb's topic is told before (中央财政累计投入, 无人机累计飞行); not 已 (警方已逮捕: the topic is
# often the agent, and a verb's remains are cut at a subject's edge, leaving the agent alone)
_TOPIC_ADVERBS = frozenset({"累计", "累計", "共", "共计", "共計"})


def _topic_done(pre: str, a: int, cut: tuple[int, int], b: int) -> bool:
    """pre[a:b] is a topic, an adverb of tally (the cut) and one verb alone with no object (中央财政累计投入,
    载人潜水器累计下潜): the verb names no indicator by itself, the phrase is kept whole (was the verb alone)."""
    if cut[0] - a < 2 or pre[cut[0]:cut[1]] not in _TOPIC_ADVERBS or "\x00" in pre[a:cut[0]] or "\x01" in pre[a:cut[0]]:
        return False
    verb = simplified_chars(pre[cut[1]:b].translate(S.SUBJECT_CHARS))
    topic = simplified_chars(pre[a:cut[0]].translate(S.SUBJECT_CHARS))
    if len(verb) < 2 or verb in S.MEASURE_HEADS or not moved_by_verb(verb) or tag_of(verb) != "v":
        return False
    words = segment(topic)
    return bool(words) and len(words[-1]) >= 2 and names_a_thing(words[-1]) and tag_of(words[-1]) is None


def _only_verb(rest: str, moved: bool = False) -> bool:
    """`rest` (what follows a cut) is only a verb or says nothing (核实, 统一调整); before 到/至 (`moved`),
    any one verb of the dictionary, adverbs before it, is how the level was reached (已恢复到, 竟飆到, 扩展至)."""
    plain = rest.replace("\x00", "").replace("\x01", "").strip().translate(S.SUBJECT_CHARS)
    return plain in S.EMPTY_SUBJECTS or _ends_in_verb(plain) or moved and moved_by_verb(simplified_chars(plain))


def _cut_before_noun(text: str, start: int, pre: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the last verb/preposition in pre[a:b] that is a word of its own there."""
    return _last_cut_span(S.CUT_WORD_RE, text, start, pre, a, b)


def last_cut(word_re: re.Pattern[str], text: str, start: int, pre: str, a: int, b: int) -> int | None:
    """The end of the last verb/preposition in pre[a:b] that is a word of its own there
    (据 in 大数据, 在 in 现在, 与 in 参与 are not)."""
    span = _last_cut_span(word_re, text, start, pre, a, b)
    return span[1] if span else None


# verbs of collecting that take no object of their own (simplified): the sum is what the phrase before names
_TALLY_VERBS = frozenset({"实征", "实徵", "入库", "入庫", "实收", "征收", "实缴", "征得"})

_OPENING = {"“": "”", "《": "》", "「": "」"}


def _quoted(pre: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans (opening mark, closing mark + 1) of the quoted names in pre[a:b]."""
    out, i = [], a
    while i < b:
        close = _OPENING.get(pre[i])
        j = pre.find(close, i + 1, b) if close else -1
        if j > 0:
            out.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return out


def _last_cut_span(word_re: re.Pattern[str], text: str, start: int, pre: str, a: int,
                   b: int) -> tuple[int, int] | None:
    """A quoted name (“灯塔工厂”, 《…》) is one word: nothing inside it cuts, and a cut at its
    opening mark starts the subject at the mark."""
    found = finditer_from(word_re, _WORD_FIRST.get(id(word_re)), pre, a, b)
    quoted = _quoted(pre, a, b) if found and any(c in pre[a:b] for c in _OPENING) else []
    for m in reversed(found):
        if (rx := S.ONE_INDICATOR_AFTER.get(m.group(0))) and rx.fullmatch(pre, m.end(), b):
            continue                            # 服务业对经济增长的贡献率, 广西对东盟进出口, 从巴西进口: one indicator
        if m.group(0) == "对" and S.CURRENCY_QUOTED_RE.fullmatch(pre, m.end(), b) \
                and S.CURRENCY_QUOTING_RE.search(pre, a, m.start()):
            continue                            # 人民币对美元: a pair quoted
        q = next((q for q in quoted if q[0] <= m.start() < q[1]), None)
        if q is not None:
            if m.start() == q[0] and q[1] < b:
                return q[0], q[0]               # 全球“灯塔工厂”企业: from the mark on
            continue
        s0, e0 = start + m.start(), start + m.end()
        if m.end() - m.start() > 1 or (word_around(text, s0, start, start + len(pre))[0] == s0
                                       and word_around(text, e0, start, start + len(pre))[1] == e0):
            return m.span()
    return None


def _closes_quote(pre: str, a: int, b: int) -> bool:
    """pre[a:b] ends with the closing mark of a quoted name it opens (“专精特新”)."""
    return any(pre[b - 1] == close and pre.find(op, a, b - 1) >= 0 for op, close in _OPENING.items())


def _snap_left(text: str, start: int, a: int, n: int) -> int:
    ws, _ = word_around(text, start + a, start, start + n)
    return ws - start if ws < start + a else a


def _snap_right(text: str, start: int, b: int, n: int, pre: str) -> int:
    """Take back the end of a word the trimming cut (违法行为, not 违法行); a stripped change
    (价格下降 is a dictionary word too) stays stripped."""
    _, we = word_around(text, start + b, start, start + n)
    if we - start != b + 1:
        return b                                # only a word one character on is taken back
    tail = pre[b:we - start]
    if tail in S.BASE_MARKERS or pre[:b].endswith(S.SHARE_NOUNS) or S.MEASURE_HEAD_END_RE.search(pre, 0, b):
        return b                                # 产量比去年下降, 占比达: the phrase ends in its indicator
    if we > start + b and "\x00" not in tail and not S.CHANGE_START_RE.match(tail) and len(tail) == 1:
        return we - start
    return b
