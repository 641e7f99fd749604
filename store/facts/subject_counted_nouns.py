"""A count whose noun follows its measure word counts that noun, not the verb before it.

`年末全县下辖7个镇、3个乡,179个村(社区)` gave every count the verb phrase before it (全县下辖), `把三项惠及
清贫学生的关爱基金措施恒常化` the verb inside the relative clause after it (惠及), `写入90余份中国与其他国家…交往
合作的双多边文件` a word of that clause (中国), and `１５４名在河西再生水厂工作的建筑工人` nothing. What is
counted is the noun after the measure word (镇, 乡, 村(社区), 关爱基金措施, 双多边文件, 建筑工人): after the
last 的 of a relative clause that describes it, else the noun run up to the next mark, conjunction or verb.

Only counts in a classifier (个, 名, 家, 项 …: the unit is no noun of its own, as 人 or 户 are) are read so, and
only when the subject is empty, ends with a verb that takes the count as its object (下辖, 拥有, 涉及), or
was taken from the describing clause after the count (惠及).
"""

from __future__ import annotations

import re
from typing import Any

from .words import noun_phrase_end, opens_with_verb, segment, tag_of

Fact = dict[str, Any]

_CLASSIFIERS = frozenset("个個名位家座条條项項份件种種所只隻头頭台臺辆輛艘架支处處块塊张張本部套栋棟棵株颗顆枚匹间間幅首篇")
_MARKS = "，。；、,;：:！？!?（）()《》“”\"'—…\n "
# a noun run after the measure word: Han characters and short bracketed glosses (村(社区), 村(居)民小组)
_RUN_RE = re.compile(r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,5}[）)])+")
# words that end a counted noun's run: conjunctions, prepositions, the copula and common verbs after it
_STOP_RE = re.compile(r"的|及|和|与|與|或|等|在|是|为|為|将|將|已|被|把|从|從|向|于|於|共|均|都|也|还|還|就|仍|中有|中的|以|"
                      r"分别|分別|入选|入選|参赛|參賽|参展|參展|参加|參加|参与|參與|出席|发言|發言|入驻|入駐|受阅|受閱|"
                      r"断电|斷電|死亡|受伤|受傷|失踪|失蹤|遇难|遇難|通过|通過|进入|進入|组成|組成|实现|實現|完成|获得|獲得|"
                      r"达成|達成|加入|相撞|全覆盖|全覆蓋|预测|預測|表示|认为|認為|同时|同時|报名|報名|应聘|應聘")
_GLOSS_RE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")
_AGE_BEFORE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)(?:多|余|餘|几|幾)?周?[岁歲]的")     # 万台（套）, 万套（间）: the measure's gloss
# the measure word and the next character as one word: the figure's unit was misread (14部委, 100万亿台阶)
_WORDS_ACROSS = frozenset({"部委", "台阶", "台階", "个人", "個人", "家人", "家庭", "所有", "所得", "条件", "條件", "项目",
                           "項目", "种类", "種類", "件事"})
# verbs that follow a count as its change or act (从5000余家突破至, 105项精简至, 两个千亿元大关 is kept)
_VERB_STARTS = ("突破", "壮大", "壯大", "精简", "精簡", "增至", "增加", "增长", "增長", "减少", "減少", "下降", "上升",
                "扩大", "擴大", "提高", "降低", "缩减", "縮減", "减至", "減至", "跃升", "躍升", "首次", "次日", "一年",
                "整体", "整體", "对口", "對口", "大关", "大關", "左右", "以上", "以下", "之多")
_CLAUSE_OPENERS = ("在", "于", "於", "来自", "來自", "位于", "位於", "由", "从", "從", "被", "正在", "曾", "惠及", "涉及", "覆盖",
                   "覆蓋", "参与", "參與", "参加", "參加", "首次", "当前", "當前", "目前")
_NOT_OPENERS = ("在职", "在職", "在线", "在線", "在读", "在讀", "在校", "在任", "在岗", "在崗", "在编", "在編", "在建", "在售",
                "在运", "在運", "在押", "在逃", "在华", "在華", "在京", "在沪", "在滬", "在港", "在册", "在冊")
_RELATIVE_REACH = 24                                 # a describing clause longer than this is no relative clause
_LONGEST_NOUN = 10
_QUOTES = "“”\"'《"
_SIZES = frozenset("大小中新老高低多少长長短")          # 4座大、中型灌区: an adjective of a list, no noun


def needs_counted_nouns(facts: list[Fact]) -> bool:
    for f in facts:
        if f["kind"] == "count" and (f.get("unit") or "")[-1:] in _CLASSIFIERS:
            return True
    return False


def settle_counted_nouns(text: str, facts: list[Fact]) -> None:
    listed: tuple[str, int] | None = None          # (the verb replaced, where its list of counts has got to)
    for f in facts:
        unit = f.get("unit") or ""
        if f["kind"] != "count" or len(unit) != 1 or unit not in _CLASSIFIERS:
            continue
        s = f.get("subject") or ""
        if s and not (listed or s[-2:] in text[max(0, f["start"] - 4):f["start"]]
                      or text.startswith(_CLAUSE_OPENERS, f["end"])):
            continue                                 # (cheap tests first: most counts keep their subject)
        found = _noun_after(text, f["end"], unit)
        if found is None:
            continue
        a, b, relative = found
        inside = relative and text.find(s, f["end"], a) >= 0 if s else False
        in_list = listed is not None and s == listed[0] and _only_items(text, listed[1], f["start"])
        if s and not (inside or in_list or _verb_ending(s) and _takes_count(text, s, f["start"])):
            continue
        if not s and not relative and not _closes(text, b):
            continue                                 # no subject and a noun run on into its clause: unsure
        if s and not inside:
            listed = (s, b)                          # 下辖7个镇、3个乡: the items after the first too
        f["subject"] = text[a:b]


def _only_items(text: str, a: int, b: int) -> bool:
    """Between the last item's noun and this count: a list mark and nothing else."""
    return 0 < b - a <= 2 and text[a:b].strip() in ("、", ",", "，", "和", "及", "")


def _closes(text: str, b: int) -> bool:
    """The noun ends its clause or list item (完成90个航次，, 设有21个部。, 7个师、)."""
    return b >= len(text) or text[b] in _MARKS


def _noun_after(text: str, e: int, unit: str) -> tuple[int, int, bool] | None:
    """(start, end, after a describing clause) of the noun counted after offset `e`, or None."""
    stop = e
    n = len(text)
    while stop < n and stop - e <= _RELATIVE_REACH and text[stop] not in "，。；,;：:！？!?\n":
        stop += 1
    k = text.find("的", e, stop)
    a = e
    if 0 <= k and k - e <= _RELATIVE_REACH and _describes(text[e:k]):
        a = k + 1                                    # 154名在…工作的建筑工人: the noun after the clause
    g = _GLOSS_RE.match(text, a)
    if g:
        a = g.end()                                  # 1.4万台（套）各类农业机械: past the measure's gloss
    age = _AGE_BEFORE_RE.match(text, a)
    if age:
        a = age.end()                                # 十几名40多岁的妇女: past the age the people are
    m = _RUN_RE.match(text, a)
    if not m:
        return None
    run = m.group()
    if unit + run[:1] in _WORDS_ACROSS or run.startswith(_VERB_STARTS):
        return None                                  # 14部委, 100万亿台阶; 5000余家突破至…: no noun
    cut = _STOP_RE.search(run)
    if cut:
        run = run[:cut.start()]
    if not run or run[0] in "第之多余餘来來左右" or len(run) > _LONGEST_NOUN:
        return None
    if len(run) == 1:
        nxt = text[a + 1:a + 2]
        if not nxt or nxt not in _MARKS or nxt in _QUOTES or tag_of(run) or run in _CLASSIFIERS or run in _SIZES:
            return None                              # 7个镇、: a one-character noun only before a mark
    elif opens_with_verb(run):
        return None                                  # 3家入选, 2人获奖: what they do, not a noun
    elif len(run) > 2 and not _GLOSS_RE.search(run):
        cut = noun_phrase_end(run)                   # 60架无人机袭击了…: the noun, not its verb
        if cut >= 3 or not _closes(text, a + len(run)):
            run = run[:max(2, cut)]                  # (社区支援措施。: a noun read as a verb at its second word)
    return (a, a + len(run), a > e)


def _describes(clause: str) -> bool:
    """A clause opened by a preposition or verb describes the noun after 的 (在…工作的建筑工人, 惠及清贫学生的…);
    one opened by a noun has the noun counted (14名专家组成的宣讲团, 28种电子钱包的支付方式), even a noun read
    as a verb too (486位选举会议成员以…的方式): only the openers listed are read as a clause's."""
    return (clause.startswith(_CLAUSE_OPENERS) and not clause.startswith(_NOT_OPENERS)
            and not any(ch.isdigit() for ch in clause) and "以及" not in clause
            and not (clause.startswith("被") and clause.endswith(("人员", "人員", "人", "者"))))   # 18名被扣押人员的遗体


# the whole area a verb reaches, told between it and its count (项目覆盖全国1224个县, 足迹遍及全省14个地区: subj52): the
# count is still the verb's object, the noun after it what is counted
_SCOPE_WORDS = ("全国", "全國", "全省", "全市", "全县", "全縣", "全区", "全區", "全州", "全球", "全世界", "各地")


def _unscoped(s: str) -> str:
    return s[:-len(w)] if (w := next((w for w in _SCOPE_WORDS if s.endswith(w)), None)) and len(s) > len(w) else s


def _verb_ending(s: str) -> bool:
    words = segment(_unscoped(s))
    return bool(words) and tag_of(words[-1]) == "v"


def _takes_count(text: str, s: str, start: int) -> bool:
    """The subject's verb ends right before the count (下辖7个镇, 拦截了3枚), 了 or a qualifier between at most, or the
    area it reaches (覆盖全国1224个县)."""
    unscoped = _unscoped(s)
    verb = segment(unscoped)[-1]
    gap = len(s) - len(unscoped)
    k = text.rfind(verb, max(0, start - len(verb) - 3 - gap), start)
    return k >= 0 and k + len(verb) >= start - 2 - gap


