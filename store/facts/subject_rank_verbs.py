"""A rank's subject never ends in the verb that ranks it.

`增幅列全省第10位`, `增速列全國第一`, `絕對值均列全國第八`, `在全市排第6位`, `增幅在中心城区排位第五`: the
rank verbs 列, 排 and 排位 (like 居 and 位列, which the subject's trailing words already drop) are left out,
with the adverbs before them (均, 都, 仍); what is left is what was ranked (增幅: the rate, whose owner the
rate rules find), or nothing when only the field is left (全市, 在中心城区): the sentence's indicator is
ranked then.  Nouns ending in 列 or 排 (系列, 以色列, 班列, 专列, 安排, 减排) are no verbs; only a rank's
subject is read here, so `中欧班列3万列` is never touched.
"""

from __future__ import annotations

import re

# the rank verb closing the subject, with the adverbs before it; 列/排 only as verbs of their own
_RANK_VERB_END_RE = re.compile(
    r"(?:均|都|也|仍|仍然|继续|繼續|依然|则|則)*"
    r"(?:排位|排名|(?<![系序行队隊陈陳并並前专專班单單首入色排分])列|(?<![安编編彩减減灌外二双雙并並])排(?![行放查污水队隊练練列]))$"
    # … or a verb that places it among the top ones, with the ranking's scope and a streak or an adverb before it
    # (对外直接投资流量连续十年位列全球前三, 增速连续10个月稳居全省前3, 创新指数排名首次进入全球前十; 组件出货…,首次问鼎
    # 全球第一: 问鼎 wins the top place, sealed44): the indicator
    r"|(?:均|都|也|仍|已|已经|首次|再次|继续|繼續|连续[一二三四五六七八九十两\d]+个?(?:年|月|季度)|連續[一二三四五六七八九十兩\d]+個?(?:年|月|季度))*"
    r"(?:位居|位列|名列|稳居|穩居|居于|居於|进入|進入|跻身|躋身|保持|位处|位處|位於|问鼎|問鼎)"
    r"(?:全国|全國|全省|全市|全区|全區|全县|全縣|全球|世界|亚洲|亞洲|全行业|全行業|行业|行業|同业|同業)?$")
# a rank told as what the indicator became: in a class (成为服务贸易第一大领域, 躍居全球第二大市場) the words after the verb
# name the field; alone (成为5G网络规模全球第一) they name the indicator ranked
_BECOMING = ("成为", "成為", "跃居", "躍居", "跃升为", "躍升為")
# what only names the field a rank is counted in: 全省, 全國, 在全市, 在中心城区(中), 苏南
_FIELD_RE = re.compile(r"^(?:[在于於][^，。；]{1,10}|全[^，。；]{1,3}|[^，。；]{1,6}中)$")


def without_rank_verb(subject: str, of_a_class: bool = False) -> str | None:
    """`subject` of a rank without its closing rank verb; None when nothing but the field is left.  `of_a_class`: the
    rank is followed by 大 (第一大领域, 第八大股东): a place in a class, whose field the words after 成为 name."""
    if subject.startswith(_BECOMING):
        if of_a_class:
            return None                         # 成为服务贸易第一大领域: the field after 成为; the sentence's indicator is ranked
        rest = subject[next(len(w) for w in _BECOMING if subject.startswith(w)):]
        return rest if len(rest) >= 2 else None   # 成为5G网络规模全球第一: the indicator after 成为 is ranked
    m = _RANK_VERB_END_RE.search(subject)
    if not m:
        return subject
    head = subject[:m.start()]
    k = max(head.rfind("在"), head.rfind("於") if "於" in head else -1)
    if k > 0 and len(head) - k <= 10:
        head = head[:k]                         # 增幅在中心城区: the field before the verb goes too
    if len(head) < 2 or _FIELD_RE.match(head):
        return None
    return head
