"""Subject classes settled at the very end, after subject_after's (each behind a cheap test of the facts or text):

- subject_frames: a frame before a figure is no subject (`經調整季節變動因素後漲0.42%`, `超时间进度3.3个百分点`,
  `升幅在…之间`): the indicator the sentence named before it;
- subject_exclusion_brackets: a subject cut from inside a bracket that says what the indicator leaves out
  (`经营利润(不包括…相关直接开支)由…增长`) is the indicator named before the bracket;
- subject_recovery_shares: a share of a past level reached again (`即回復至2019年同期的57%`) is the share of
  the thing that recovered;
- subject_disbursed_funds: a sum given out before the fund it is (`下达14亿元农业防灾救灾资金`) is that fund's;
- subject_level_pairs: changes told as a run after as many levels (`總收益達…,總支出為…,較2010年增加42%及36%`)
  are the levels' one by one;
- subject_adverb_tails: a verb phrase after the figure opening with an adverb (`1571.4億美元亦刷新紀錄`) is no
  subject: the noun before the figure is;
- subject_particles: no subject opens with the particle of the verb before it (`建成了绿色工厂` → 绿色工厂);
- subject_aspect_objects: a figure right after a verb's object (`准备了农机装备122万台`) is the object's;
- subject_tail_words: no subject ends with the adverb, modal or aspect word of the verb after it (`4个师正在…作战`
  → 师, `盘毂的精度要达到…` → 盘毂的精度, `会议共设置了` → 会议).
"""

from __future__ import annotations

from typing import Any

from .subject_adverb_tails import ADVERBS, settle_adverb_tails
from .subject_aspect_objects import settle_aspect_objects
from .subject_disbursed_funds import settle_disbursed_funds
from .subject_exclusion_brackets import needs_exclusion_brackets, settle_exclusion_brackets
from .subject_frames import FRAME_ENDS, RATES, settle_frames
from .subject_level_pairs import settle_level_pairs
from .subject_particles import PARTICLES, settle_particles
from .subject_recovery_shares import recovery_candidate, settle_recovery_shares
from .subject_tail_words import TAIL_LAST, settle_tail_words
from .text_marks import TextMarks

Fact = dict[str, Any]


# the last characters of the subjects subject_frames looks at (后 進度 之间 预期 估计 …) and its rate words
_FRAME_LAST = frozenset(w[-1] for w in FRAME_ENDS)


def settle_closing(text: str, norm: str, facts: list[Fact], marks: TextMarks) -> None:
    # one pass over the facts says which classes can apply (most texts: none); each test is a
    # character or set look-up, and the text is searched only by a class that can apply
    frames = particles = funds = recovered = noted = paired = tails = ends = aspects = False
    last = None
    for f in facts:
        s = f.get("subject")
        kind = f["kind"]
        if s:
            noted = True
            if s[-1] in _FRAME_LAST or s in RATES:
                frames = True
            if s[0] in PARTICLES:
                particles = True
            elif s[0] in ADVERBS:
                tails = True
            if s[-1] in TAIL_LAST:
                ends = True
            if "了" in s:
                aspects = True
            if kind == "money" and s[0].isdigit():
                funds = True                   # 1582亿元转移支付资金: a later clause took the figure and the fund
        elif kind == "money":
            funds = True
        if kind == "percent" and recovery_candidate(s):
            recovered = True
        if s and last is not None and last["kind"] == kind and last.get("subject") == s \
                and kind in ("percent", "money", "quantity", "count"):
            paired = True                      # two percents (or sums) in a row with one subject
        last = f
    if frames:
        settle_frames(text, facts, marks)      # 經調整季節變動因素後, 超时间进度, 之间: the indicator named before
    if noted and needs_exclusion_brackets(text):
        settle_exclusion_brackets(text, facts, marks)   # 经营利润(不包括…相关直接开支)由…增长: 经营利润
    if recovered:
        settle_recovery_shares(text, facts, marks)      # 即回復至2019年同期的57%: the level's
    if funds:
        settle_disbursed_funds(text, facts, marks)      # 下达14亿元农业防灾救灾资金: the fund's
    if paired:
        settle_level_pairs(text, facts, marks)          # 總收益…,總支出…,較2010年增加42%及36%: one each
    if tails:
        settle_adverb_tails(text, facts, marks)         # 出超1571.4億美元亦刷新紀錄: 出超
    if particles:
        settle_particles(facts)                         # 建成了绿色工厂5095家: 绿色工厂
    if aspects:
        settle_aspect_objects(text, facts)              # 准备了农机装备122万台: 农机装备
    if ends:
        settle_tail_words(text, facts)                  # 4个师正在…作战: 师; 盘毂的精度要达到…: 盘毂的精度
