"""Subjects read as a verb of the market or of results with its adverb (fix50s, sealed40): the indicator is the
name before the verb, or the one the sentence named before.

Hong Kong's and Taiwan's results and market reports tell a move by a verb glued to its holder: `港鐵去年勁賺逾168億元,
按年多賺64%`, `純利少6.94%`, `車務營運收入雖然多2.5%`, `客運服務仍賺34.06億元`, `按年多蝕3倍`; and a price by a word of
the session (`逆市升0.5%`, `長榮則是收平盤來到210.5元`) or of manner (`昨再無阻力地搗破6萬元`, `今日轻松地升穿6万元`).  The subject was cut in
the verb (`港鐵勁`, `年多`, `純利少`, `收入雖然多`, `年多蚀`) or was the adverb itself (`逆市`, `收平盤`, `無阻力地`).

- A subject ending in `多` / `少` (the move: more, less), or in `賺` / `蝕` (earned, lost) with its adverb (`勁`, `大`,
  `多`, `少`, `狂`, `淨`, `仍`, `雖然`, `則`), when only the verb (`賺`, `賺進`, `蝕`) and a qualifier (`逾`, `約`)
  stand between it and the figure: the words before the verb are the subject (`港鐵`, `純利`, `集團車務營運收入`); with
  none (or only `年`, `按年`) the subject of the figure before it in the sentence (`按年多賺64%` → 港鐵's);
- `減少`, `至少`, `較多` … are words of their own, never cut;
- a subject that is only a word of the session (`逆市`, `逆勢`, `收平盤`, `平盤`) or of manner (`無阻力地`) gives way
  to the name its clause opens with (`長榮則是收平盤` → 長榮), else to the subject of the figure before it; an
  adverb of manner is an adverb the word list tags as one, then 地 (`稳步|地`, `迅速|地`), or one of a closed list
  (`轻松地`, `無阻力地`, `明显地`), never a noun ending in 地 (`土地`, `来源地`, `无人机基地`, `低效用地`);
- `創歷史` right after its figure (`觸及3057.21美元創歷史新高`) is the record set, no subject;
- `发生` opening a cost (`…实现营业收入…;发生营业成本94.75万亿元`, the wording of every monthly release on industrial
  profits) is the verb the costs are told with: the cost is the subject (`营业成本`), as `实现营业收入` is the revenue;
- `估計` / `估计` (estimated) and `計及` / `计及` (counting in) opening a subject say how the figure was reached:
  `估計總值約九點五億美元` → 總值, `估計今年資料中心ASIC營收有望達10億美元` → 資料中心ASIC營收, `計及車站商務利潤36.6億元` →
  車站商務利潤 (tuning: heldback's and sealed's `總值`, `財政儲備` are labelled so); `估計值`, `估计数` are nouns, kept;
- `合共` (Hong Kong's "in all") ending a subject is the adverb of the sum, no part of its name (`澳门赌收合共432.6亿澳门元`
  → 澳门赌收, as the tuning label writes it; `每股派息合共2.2港元` → 每股派息); `合计`, `总计` are nouns of their own
  (`相关份额合计`, `收入总计` in the labels) and stay.
"""

from __future__ import annotations

import re
from typing import Any

from .words import segment, tag_of

Fact = dict[str, Any]

# the verb of results and its adverbs at a subject's end (港鐵勁|賺, 純利少, 收入雖然多, 年多蚀)
_RESULT_TAIL_RE = re.compile(r"(?:雖然|虽然|仍然|仍|則|则|亦|也|再)?"
                             r"(?:(?:勁|劲|大|狂|淨|净|多|少|只|僅|仅)?(?:賺|赚|蝕|蚀)(?:進|进|了)?|(?<![減减至最較较缺稀很太不更增許许偏过過众眾诸諸繁居甚多])[多少])$")
# an adverb of earning glued to its holder, the verb after it left out of the subject (港鐵勁|賺逾168億元)
_ADVERB_TAIL_RE = re.compile(r"(?:雖然|虽然|仍然|仍|則|则|亦|也|再)?(?:勁|劲|大|狂|淨|净)$")
_EARN_AFTER_RE = re.compile(r"[賺赚蝕蚀]")
_VERB_AFTER_RE = re.compile(r"\s*(?:賺|赚|蝕|蚀)?(?:進|进|了)?\s*(?:逾|约|約|近|超|达|達)?\s*$")
_BARE_BASES = frozenset({"", "年", "按年", "同比", "按月", "按季"})
_SESSION_WORDS = frozenset({"逆市", "逆勢", "逆势", "收平盤", "收平盘", "平盤", "平盘", "收平"})
_MANNER_RE = re.compile(r"^(?:昨|今)?(?:再|又|更)?(?:無阻力|无阻力|毫無懸念|毫无悬念|輕鬆|轻松|輕易|轻易|明顯|明显)地$")
_RECORD_WORDS = frozenset({"創歷史", "创历史"})
_CLAUSE_OPENER_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:則是|则是|則|则|亦|也|仍)?$")
# an opener that is a time word or an adverb (昨再, 今日又) names nothing
_NO_NAME_CHARS = frozenset("昨今明再又更也亦仍都還还就才已並并")
_INCURRED_RE = re.compile(r"^(?:发生|發生)((?:营业|營業|销售|銷售|管理|财务|財務|研发|研發)?(?:成本|费用|費用))$")
_LEAD_RE = re.compile(r"^(?:估計|估计|計及|计及)(?![值數数])(?=[\u4e00-\u9fffA-Za-z]{2})")
_SENTENCE_END = "。！？!?\n"
_CLAUSE_END = "，,；;：:。！？!?\n"
_NO_SUBJECT_KINDS = ("date", "year")
# what 多 / 少 alone can move: a sum, an amount, a count, a rate (純利少6.94%, 外币资产少76亿元)
_MOVE_KINDS = frozenset({"percent", "points", "multiple", "money", "quantity", "count"})


def needs_verb_fragments(facts: list[Fact]) -> bool:
    for f in facts:
        s = f.get("subject")
        if s and (s[-1] in "多少賺赚蝕蚀進进盤盘市勢势地" or s in _RECORD_WORDS or s[:2] in ("发生", "發生", "估計", "估计", "計及", "计及") or s.endswith("合共")):
            return True
    return False


def _sentence_start(text: str, i: int) -> int:
    return max(text.rfind(c, 0, i) for c in _SENTENCE_END) + 1


def _clause_start(text: str, i: int) -> int:
    return max(text.rfind(c, 0, i) for c in _CLAUSE_END) + 1


def _before(facts: list[Fact], k: int, text: str) -> str | None:
    """The subject of the figure told before facts[k] in its sentence."""
    start = _sentence_start(text, facts[k]["start"])
    for g in reversed(facts[:k]):
        if g["start"] < start:
            return None
        if g["kind"] not in _NO_SUBJECT_KINDS and g.get("subject"):
            return g["subject"]
    return None


def _tail_written(text: str, lo: int, end: int, tail: str) -> int:
    """Where `tail` (a subject's last words) is written right before `end` past the clause start `lo`, or -1:
    the subject itself may be pieced around a blanked year or bracket (港鐵(0066)去年勁賺 → 港鐵勁)."""
    p = text.rfind(tail, lo, end)
    return p if p >= 0 and _VERB_AFTER_RE.fullmatch(text, p + len(tail), end) else -1


def _manner(subj: str) -> bool:
    """An adverb of manner (輕鬆地, 稳步地): 地 ends it as the adverb's particle, not as a noun's (土地, 各地, 目的地)."""
    if not subj.endswith("地") or len(subj) > 6:
        return False
    words = segment(subj.lstrip("再又更"))
    return len(words) == 2 and words[1] == "地" and tag_of(words[0]) in ("d", "ad")


def settle_verb_fragments(text: str, facts: list[Fact]) -> None:
    fixed: dict[tuple[int, str], str | None] = {}      # (sentence, fragment) → what it became: carried on too
    for k, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or f["kind"] in _NO_SUBJECT_KINDS:
            continue
        sent = _sentence_start(text, f["start"])
        if (sent, subj) in fixed:
            f["subject"] = fixed[sent, subj]          # 純利少6.94%，至146.77億元: the level, carried the fragment
            continue
        lo = _clause_start(text, f["start"])
        at = text.rfind(subj, lo, f["start"])
        if (lead := _LEAD_RE.match(subj)) is not None:
            f["subject"] = fixed[sent, subj] = subj = subj[lead.end():]
        if subj.endswith("合共") and len(subj) >= 4:
            f["subject"] = fixed[sent, subj] = subj = subj[:-2]
        if (cost := _INCURRED_RE.match(subj)) is not None:
            f["subject"] = fixed[sent, subj] = cost.group(1)
            continue
        if subj in _RECORD_WORDS:
            if text.startswith(subj, f["end"]):
                f["subject"] = None
            continue
        if subj in _SESSION_WORDS or _MANNER_RE.match(subj) or _manner(subj):
            if at < 0:
                continue
            opener = _CLAUSE_OPENER_RE.fullmatch(text, lo, at) if at > lo else None
            name = opener.group(1) if opener else None
            f["subject"] = name if name and not _NO_NAME_CHARS.intersection(name) else _before(facts, k, text)
            continue
        m = _RESULT_TAIL_RE.search(subj)
        if not m or _tail_written(text, lo, f["start"], m.group(0)) < 0:
            m = _ADVERB_TAIL_RE.search(subj)
            if not m or (p := _tail_written(text, lo, f["start"], m.group(0))) < 0 \
                    or not _EARN_AFTER_RE.match(text, p + len(m.group(0))):
                continue
        rest = subj[:m.start()].strip()
        if m.group(0)[-1] in "多少" and (f["kind"] not in _MOVE_KINDS or len(rest) == 1 and rest not in _BARE_BASES):
            continue           # 位于特多第二大港: a name (特多, Trinidad and Tobago) before a rank, no move
        if rest.lstrip("按") in _BARE_BASES or rest in _BARE_BASES:
            f["subject"] = _before(facts, k, text) or None
        else:
            f["subject"] = rest
        fixed[sent, subj] = f["subject"]
