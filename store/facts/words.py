"""Where words end: subjects are cut only between words (以色列, never 色列).

The dictionary is jieba's (a dependency already), read straight from its
dict.txt on first use rather than through jieba.initialize(), which also builds
a prefix table subjects do not need.  Segmentation is jieba's own method
without the HMM: the most probable route through dictionary words, done on a
short window around a cut, so it stays cheap per figure.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

MAX_WORD = 5          # longer dictionary words are rare and never needed at a cut
WINDOW = 5            # characters either side of a cut that decide it

# word -> its count as written in dict.txt while the sorted table answers (store.facts.word_table); once a
# dict is built, word -> its log probability (1.0 for a count of 0: no word), the same keys (see _log_probabilities)
_FREQ: Any = None
# word -> its part of speech when one of _CLAUSE_TAGS or _FRAME_TAGS (jieba's: v, d …, m, t …): the
# table's dict as it is (one tag a word), tested against the set a question asks about; splitting
# it in two up front cost a process adding one article more than its extraction
_TAGS: dict[str, str] = {}
_LOG_TOTAL = 0.0
# a noun phrase ends before a word of these parts of speech: verb, adverb, preposition,
# conjunction, auxiliary (jieba tags 'vn' verbal nouns as nouns: 建设, 投资 stay)
_CLAUSE_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
# numerals, measure words, time words and pronouns: with the clause tags but the verbs, the words
# that name nothing measurable (年则, 同样, 年多, 其中)
_FRAME_TAGS = frozenset({"m", "mq", "q", "t", "r"})
_NAMING_NOTHING = (_CLAUSE_TAGS - {"v", "vd"}) | _FRAME_TAGS
_FRAME_BUT_TIME = _FRAME_TAGS - {"t"}   # a last word of these (numeral, measure word, pronoun) opens a noun phrase
# jieba tags these verbs, but after a noun they are its head (国际组织, 社会组织)
_NOUN_VERBS = frozenset({"组织", "举措", "舉措"})     # (举措: 提出21条具体举措)
NOUN_VERBS = _NOUN_VERBS                             # (subjects: 8个国际组织的代表 counts the organisations)
# jieba tags these as adverbs or conjunctions, but alone they are nouns (进度同比快3个百分点, 全年接單6820.5億美元;
# 进度过四成 is the verb's fragment)
_NOUN_ADVERBS = frozenset({"进度", "接单"})
_NUMERAL_RE = re.compile("[0-9一二三四五六七八九十两百千万]")
# a noun phrase also ends before a time word (六个地区今天遭到袭击) or a word that closes
# a locative (97个大类中, 第51届会议期间); 上 and 以上 stay (穿上, 规模以上工业企业)
_PHRASE_ENDS = frozenset({"今天", "昨天", "明天", "今日", "昨日", "日前", "近日", "目前", "当天", "当日", "此前", "近期",
                          "届时", "中", "里", "期间", "之间", "之中", "当中", "之际", "前夕"})


def _dictionary() -> dict[str, str]:
    """jieba's word counts (kept as strings: converting 350k of them up front costs more
    than converting the few a window looks up); a sorted table from the cache answers
    a process that looks up few words (store.facts.word_table)."""
    global _FREQ, _LOG_TOTAL
    if _FREQ is None:
        spec = find_spec("jieba")
        freq: dict[str, str] = {}
        if spec and spec.origin:
            from store.facts.word_table import word_counts

            freq, tags, _LOG_TOTAL = word_counts(Path(spec.origin).parent / "dict.txt", _CLAUSE_TAGS | _FRAME_TAGS)
            _TAGS.update(tags)
        _FREQ = _log_probabilities(freq) if type(freq) is dict else freq
    elif type(_FREQ) is not dict and (built := _FREQ.built) is not None:
        _FREQ = _log_probabilities(built)   # the table answered the first lookups; the dict it built answers the rest
        _LOGP.clear()
    return _FREQ


def _log_probabilities(freq: dict[str, str]) -> dict[str, float]:
    """The dict's counts as the log probabilities `segment` reads, worked out for every word at once
    (1.0 for a count of 0, which reads as no word): the same keys, so `in` answers as before.
    A process that builds the dict looks words up by the hundred an article, most of them
    substrings that are no word, each new one a call and a cache entry; now a lookup is the
    dict's own, and the counts' strings (and that cache, up to LOGP_CACHE_MAX entries) are let go."""
    log, total = math.log, _LOG_TOTAL
    return {w: log(int(c)) - total if c and c != "0" else 1.0 for w, c in freq.items()}


# While the sorted table answers (a process that looks up few words): the words looked up so far ->
# log probability (or 1.0: none).  Most lookups are substrings that are no word: the cache is emptied
# when it grows past this, so memory stays flat however many texts are read; a process that builds the
# dict reads the probabilities from it and empties this.
_LOGP: dict[str, float] = {}
LOGP_CACHE_MAX = 400_000


def _logp(word: str, default: float = 1.0) -> float:
    """`word`'s log probability, 1.0 when it is no word (`default`: as dict.get, for `segment`)."""
    freq = _dictionary()
    if type(freq) is dict:
        return freq.get(word, 1.0)
    p = _LOGP.get(word)
    if p is None:             # the table: each word's count read and converted once
        if len(_LOGP) >= LOGP_CACHE_MAX:
            _LOGP.clear()
        c = freq.get(word)
        p = _LOGP[word] = math.log(int(c)) - _LOG_TOTAL if c and c != "0" else 1.0
    return p


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=65536)
def segment(s: str) -> tuple[str, ...]:
    """Words of `s` (runs of non-Han characters stay whole)."""
    freq = _dictionary()
    unknown = -_LOG_TOTAL
    get = freq.get if type(freq) is dict else _logp      # word -> log probability (1.0: no word)
    n = len(s)
    score = [0.0] * (n + 1)
    nxt = list(range(1, n + 2))
    for i in range(n - 1, -1, -1):
        c = s[i]
        if not ("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"):    # (_is_han, inline: once a character)
            j = i + 1
            while j < n and not _is_han(s[j]):
                j += 1
            score[i], nxt[i] = score[j] + unknown, j
            continue
        p = get(c, 1.0)
        best, to = (p if p < 1.0 else unknown) + score[i + 1], i + 1
        for j in range(i + 2, min(n, i + MAX_WORD) + 1):
            p = get(s[i:j], 1.0)
            if p < 1.0:
                p += score[j]
                if p > best:
                    best, to = p, j
        score[i], nxt[i] = best, to
    out, i = [], 0
    while i < n:
        out.append(s[i:nxt[i]])
        i = nxt[i]
    return tuple(out)


def _spanned(text: str, i: int, lo: int, hi: int) -> bool:
    """Some dictionary word runs across offset i (cheap test before segmenting)."""
    freq = _dictionary()
    for a in range(max(lo, i - 3), i):
        for b in range(i + 1, min(hi, i + 4) + 1):
            if text[a:b] in freq:
                return True
    return False


def word_around(text: str, i: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """(start, end) of the word of `text` that contains the cut at offset `i`, or (i, i)
    when `i` falls between two words.  Only text[lo:hi] is looked at."""
    hi = len(text) if hi is None else hi
    if i <= lo or i >= hi or not (_is_han(text[i - 1]) and _is_han(text[i])):
        return i, i                    # (a cut beside a non-Han character is between words: no window read)
    a = max(lo, i - WINDOW)
    ws, we = _word_in_window(text[a:min(hi, i + WINDOW)], i - a)
    return ws + a, we + a


@lru_cache(maxsize=65536)
def _word_in_window(window: str, k: int) -> tuple[int, int]:
    """`word_around` on the window that decides it (the same windows recur: cached),
    offsets relative to the window, the cut at 0 < k < len(window)."""
    if not (_is_han(window[k - 1]) and _is_han(window[k])) or not _spanned(window, k, 0, len(window)):
        return k, k
    pos = 0
    for w in segment(window):
        end = pos + len(w)
        if pos < k < end:
            return pos, end
        pos = end
    return k, k


@lru_cache(maxsize=16384)
def noun_phrase_end(s: str, before_of: bool = False) -> int:
    """Length of the noun phrase `s` starts with: up to the first verb, adverb, preposition
    … after its first two characters (建设者坚守岗位 → 建设者, 定日镜跟踪太阳转动 → 定日镜,
    长租公寓因… → 长租公寓).  A verb that ends `s` right before 的 (`before_of`) is used as a
    noun (国际组织的成员)."""
    end = _first_clause_word(_longest_words(s), before_of, len(s))
    if end < len(s) and s[end - 1:end + 1] in _dictionary():
        # a word across the cut: the greedy reading may be wrong (新书|包给 is 新|书包|给)
        words, pos = [], 0
        for w in segment(s):
            words.append((pos, w))
            pos += len(w)
        end = _first_clause_word(words, before_of, len(s))
    return end


# one-character nouns that head a compound after a verb (闪烁体, 集中区, 换乘站, 开幕式, 检测仪): a thing, not an act
# (an indicator's head, 率 额 量, is left out: 6个省份开工率超过50% counts the provinces, the rate is another figure's)
NOUN_SUFFIXES = frozenset("体區区站式点點场場厂廠园園馆館库庫港器机機仪儀车車队隊室品物证證卡群"
                          "网網栏欄团團局赛賽课課班圈池舱艙艇船弹彈剂劑药藥械具表图圖册冊国國")


def compound_end(s: str, cut: int) -> int:
    """`cut`, or past a verb and the one-character noun it qualifies when the two close the noun phrase at `cut`
    (液体|闪烁体, 省级经|开区中, 武器装备|集中区): a verb read with a noun suffix names a thing, not an act."""
    words = segment(s[cut:cut + 6])
    if len(words) < 2 or _TAGS.get(words[0]) not in ("v", "vd") or words[1] not in NOUN_SUFFIXES:
        return cut
    end = cut + len(words[0]) + 1
    after = words[2] if len(words) > 2 else ""
    if end == len(s) or after in _PHRASE_ENDS or _TAGS.get(after) in _CLAUSE_TAGS or not _is_han(s[end]):
        return end
    return cut


def _first_clause_word(words: list[tuple[int, str]], before_of: bool, n: int) -> int:
    """Offset of the first verb, adverb, preposition … after the first two characters (else `n`)."""
    for i, (pos, w) in enumerate(words):
        tag = None if w in _NOUN_VERBS else _TAGS.get(w)
        if tag in _CLAUSE_TAGS and (i or tag != "v") and pos >= 2:   # (a verb may open a noun phrase: 签约项目)
            if not (before_of and tag == "v" and i == len(words) - 1):
                return pos
        if pos >= 2 and w in _PHRASE_ENDS:
            return pos
    return n


# words that say how, when or where to a counted noun acts, never part of it (jieba reads most as nouns, numerals or
# time words, or leaves them untagged): after `832个贫困县`, `20个泊位`, `10多家企业`, `30万株洋紫荆`, `五次厄尔尼诺现象`,
# `8000个家庭`, `9位部长`, `数万名市民游客` the clause goes on with 全部摘帽, 全部停满, 现场签约, 竞相绽放, 之一, 一个月的,
# 先后走上, 前来打卡.  The words seen closing such nouns across the bulk corpus (全部 89 times, 之一 35, 现场 19, 一年 17,
# 光荣 15, 一起 13, 前来 12, 基本 11, 竞相 10, 先后 9, 每周 8 …); not jieba's whole m, t and r classes, which hold names'
# parts (三八红旗集体, 长征十号, 一线城市, 春晚, 本科生)
_COUNT_CLOSERS = frozenset({
    "全部", "全都", "现场", "現場", "竞相", "競相", "基本", "依法", "同台", "光荣", "光榮", "之一", "一年", "一起", "一天",
    "首次", "一个月", "一個月", "全年", "分批", "一同", "一道", "大部分", "双双", "雙雙", "一一", "先后", "先後", "前来", "前來",
    "前往", "如期", "昼夜", "晝夜", "日夜", "星夜", "如今", "今年", "去年", "明年", "年底", "年内", "年內", "这里", "這裡",
    "那里", "那裡", "各自", "自己", "其中"})


def counted_noun_end(s: str, before_of: bool = False, event: bool = False) -> int:
    """`noun_phrase_end` for the noun a count measures: it also ends before a word of `_COUNT_CLOSERS` or one of
    every (每年, 每周), after its first two characters.  An `event`'s (a count in 次, 轮, 场, 批: the times an act was
    done) is named by its verb and does not end at one (`两次导弹打击`, `20次海上发射任务`, `75场洽谈推介活动`)."""
    end = noun_phrase_end(s, before_of) if not event else _first_clause_word(
        [(p, w) for p, w in _positions(segment(s)) if _TAGS.get(w) != "v"], before_of, len(s))
    pos = 0
    for w in segment(s[:end]):
        if pos >= 2 and (w in _COUNT_CLOSERS or len(w) > 1 and w[0] == "每" and _TAGS.get(w) == "r"):
            return pos
        pos += len(w)
    return end


def _verb(w: str) -> bool:
    return _TAGS.get(w) == "v" and w not in _NOUN_VERBS


def object_noun_end(s: str, before_of: bool = False) -> int:
    """`counted_noun_end` for a count that is a verb's object (提出21条具体举措, 开工166个太湖保护治理工程): a verb inside
    its noun qualifies the head noun after it (保护治理|工程, 洽谈|桌, 提升|重点县, 来华|政策措施), when one or two words
    that are no verbs follow it and close the noun; a verb with more after it, or none, is a clause's (研发项目|签署全球授权
    协议, 绿色智能家电|享, 设施|建设)."""
    end = counted_noun_end(s, before_of, event=True)
    words = _positions(segment(s[:end]))
    i = 0
    while i < len(words):
        pos, w = words[i]
        if pos >= 2 and _verb(w):
            j = i
            while j < len(words) and _verb(words[j][1]):
                j += 1                                  # (保护治理: verbs read as one)
            rest = words[j:]
            if (len(w) < 2 or not 1 <= len(rest) <= 2 or any(_TAGS.get(x) in _CLAUSE_TAGS for _, x in rest)
                    or len(rest[-1][1]) < 2 and rest[-1][1] not in NOUN_SUFFIXES):
                return pos                              # (旅客|来澳, 家电|享: a one-character verb is the clause's)
            i = j
            continue
        i += 1
    return end


def _positions(words: tuple[str, ...]) -> list[tuple[int, str]]:
    out, pos = [], 0
    for w in words:
        out.append((pos, w))
        pos += len(w)
    return out


def _longest_words(s: str) -> list[tuple[int, str]]:
    """(offset, word) of `s` read greedily, the longest dictionary word first: cheaper than
    `segment`, and enough to see where a short noun phrase ends."""
    freq = _dictionary()
    out, i, n = [], 0, len(s)
    while i < n:
        j = min(n, i + MAX_WORD)
        while j > i + 1 and s[i:j] not in freq:
            j -= 1
        out.append((i, s[i:j]))
        i = j
    return out


def opens_with_verb(s: str) -> bool:
    """`s` opens with a verb, adverb or preposition, read greedily (the longest dictionary word
    first): a cheaper `starts_with_verb` for a noun phrase's first word."""
    freq = _dictionary()
    j = min(len(s), MAX_WORD)
    while j > 1 and s[:j] not in freq:
        j -= 1
    return _TAGS.get(s[:j]) in _CLAUSE_TAGS


def starts_with_verb(s: str) -> bool:
    """`s` opens with a verb, adverb or preposition (转为上涨, 在…), not a noun."""
    words = segment(s)
    return bool(words) and _TAGS.get(words[0]) in _CLAUSE_TAGS


def is_word(s: str) -> bool:
    return _logp(s) < 1.0


def is_noun_phrase(s: str) -> bool:
    """No word of `s` is a verb, adverb, preposition, conjunction or particle (寧夏, 主力合约,
    存货周转率; not 分季度看, 按不变价格计算)."""
    _dictionary()
    return not any(_TAGS.get(w) in _CLAUSE_TAGS for w in segment(s))


def names_nothing(s: str) -> bool:
    """Every word of `s` (simplified) is an adverb, preposition, conjunction or particle, a numeral,
    measure word or time word, and the last is an adverb … or a time word (年则, 同样, 先后, 年内,
    过去): no noun names what was measured.  Verbs are not counted (jieba tags many indicators as
    verbs: 收入, 支出, 就业); nor a phrase ending in a numeral or holding a pronoun (一名, 该国,
    每亩地): it opens the noun phrase the figure is part of, named after the figure."""
    _dictionary()
    if not _nothing_chars().issuperset(s):
        return False                            # a character no such word holds: some word of `s` names a thing
    words = segment(s)
    if (not words or s in _NOUN_ADVERBS or _TAGS.get(words[-1]) in _FRAME_BUT_TIME
            or any(_TAGS.get(w) == "r" for w in words) or _NUMERAL_RE.search(s)):
        return False                            # (三年期則為2.5厘: a tenor, a numeral's phrase, names a term)
    return all(_TAGS.get(w) in _NAMING_NOTHING for w in words)


_NOTHING_CHARS: frozenset[str] | None = None


def _nothing_chars() -> frozenset[str]:
    """The characters of the dictionary's words that name nothing (the tags `names_nothing` accepts):
    a phrase with any other character holds some other word, so it is not segmented to be told so
    (most subjects are such phrases)."""
    global _NOTHING_CHARS
    if _NOTHING_CHARS is None:
        _NOTHING_CHARS = frozenset("".join([w for w, t in _TAGS.items() if t in _NAMING_NOTHING]))
    return _NOTHING_CHARS


def lone_clause_word(s: str) -> bool:
    """`s` is one dictionary word, an adverb, preposition, conjunction or particle (一直, 如果);
    verbs are left out: jieba tags many indicators as verbs (收入, 支出, 投入, 就业)."""
    _dictionary()
    tag = _TAGS.get(s)
    return tag in _CLAUSE_TAGS and tag not in ("v", "vd") and s not in _NOUN_ADVERBS   # (接单, 进度: nouns alone)


def tag_of(word: str) -> str | None:
    """jieba's part of speech of `word` when it is one of the clause tags (v, d, p, c, u …), else None."""
    _dictionary()
    tag = _TAGS.get(word)
    return tag if tag in _CLAUSE_TAGS else None


def moved_by_verb(s: str) -> bool:
    """`s` (simplified) is one verb of the dictionary, adverbs before it (已恢复, 竟飙, 已经压缩, 扩展): said
    before 到/至 and a figure, it tells how a level was reached, and names no indicator of its own."""
    _dictionary()
    words = segment(s)
    k = 0
    while k < len(words) - 1 and _TAGS.get(words[k]) in ("d", "ad"):
        k += 1
    return len(words) - k == 1 and _TAGS.get(words[k]) == "v" and words[k] not in _NOUN_VERBS


def names_a_thing(word: str) -> bool:
    """`word` (one word of a segmented phrase) may end a noun phrase: no adverb, preposition, conjunction,
    particle, numeral, measure, time word or pronoun, no digit, no superlative (最低, 最高); a verb may (the
    dictionary splits words it lacks into characters it tags as verbs: 通|膨|率)."""
    _dictionary()
    return not word.startswith("最") and _TAGS.get(word) in (None, "v", "vd") and not any(ch.isdigit() for ch in word)
