"""Words glued to a subject that name nothing measured (subj50), read last, after every other subject pass:

- **a pronoun or deictic opening the subject** (`他扎根云贵高原40多年`, `其中国防预算也创新高,预计超过1420亿新谢克尔`,
  `这里…`): the person or place pointed at is told elsewhere; the subject is what follows the pronoun (`扎根云贵高原`,
  `国防预算`), or none when nothing named follows it (`他48小时内第二次到访`);
- **a verb alone before a count or an ordinal** (`导致1名以色列士兵死亡`, `作为第一步`, `反对修改第九条`): the verb is
  no thing counted; the noun the count measures, written right after it, is the subject, else there is none;
- **a verb closing a rank's subject** (`把安全可靠性放在第一位`): the thing ranked is the noun before the verb
  (`安全可靠性`), never the verb phrase;
- **the object of a chain of verbs before a count** (`配合驻军部队转移安置受灾群众近400人`, `抢救转移受灾物资500余件`): a
  count right after a verb's object measures the object (subj33's rule, read here across two or more verbs in a row
  and a doer before them): `受灾群众`, `受灾物资`;
- **a profit told by 賺 (earned)** (`每股大賺17.44元`, `單季大賺4,523億元`, `一天賺逾49億元`): the figure is a profit —
  per share `每股獲利`, else `獲利` (in the text's script), unless the subject already names a profit;
- **a forecaster and its verb inside a subject** (`台積電預期第四季毛利率有望達59%至61％` read as `台積電預期毛利率`): the
  indicator after the verb (`毛利率`); a forecast told only by its verb (`第四季營收以美金計，預計落在322億至334億美元之間`,
  read as `預計落`) is the indicator named before the basis (`第四季營收`), and so are the sentence's figures that
  carried the verb.
- **an anniversary's frame** (`习近平同日本首相就中日邦交正常化50周年互致贺电`, `纪念红十字会…成立`, `以中印尼建立全面
  战略伙伴关系10周年为契机`, `致黄埔军校建校100周年`): who sends greetings, marks or seizes it is no part of what is
  N years old — the subject is the event after the frame's last word (就, 以, 纪念, 祝贺, 庆祝, 恰逢, 适逢, 迎来, 致 …):
  `中日邦交正常化`, `红十字会…成立`, `黄埔军校建校`;
- **a passive head after a counted name** (`20名以色列被扣押人员`): the noun runs on through 被 and its verb to the head.
"""

from __future__ import annotations

import re
from typing import Any

from .subject_count_heads import _noun_opened
from .subjects import _noun_after, all_simplified, simplified
from .words import _dictionary, _TAGS, segment

Fact = dict[str, Any]

# pronouns and deictics a subject never opens with (whole words: 其他, 其余, 他国, 他人, 这些 are others)
_LEADS = frozenset({"他", "她", "它", "他们", "她们", "它们", "其中", "这里", "那里", "这儿", "那儿", "此间"})
_DIGIT_RE = re.compile(r"[\d０-９]")
# verbs and function words: every word of a subject made only of these (and none a noun) names nothing
_VERB_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
# the qualifiers allowed between a subject and its figure when it is read as right before it
_GAP_RE = re.compile(r"(?:了|共|约|約|近|逾|超过|超過|超|达|達|多达|多達|至少|累计|累計|总计|總計|合计|合計|仅|僅|有|\s)*$")
_COUNT_KINDS = ("count", "rank")
# verbs that place a thing at a rank (把安全可靠性放在第一位, 摆在首位): the thing placed is what is ranked
_PLACED = frozenset({"放在", "摆在", "放到", "摆到", "列在", "置于", "列为", "排在首"})
# verbs an indicator is named by (jieba tags them as verbs: 收入, 出口…); never cut as a verb
_NAMING_VERBS = frozenset({"收入", "支出", "出口", "进口", "投资", "就业", "消费", "生产", "销售", "成交", "发行", "增长",
                           "下降", "排名", "排在", "位居", "位列", "居", "列", "名列", "接待", "运输", "营收"})


def needs_glued_words(facts: list[Fact]) -> bool:
    return any(f.get("subject") for f in facts)


# a profit told by the verb 賺 right before the figure (每股大賺, 單季大賺, 一天賺逾, 狂賺)
_EARNED_RE = re.compile(r"(每股)?(?:大|小|狂|淨|净|共|再|多)?(?:賺|赚)(?:進|进|了|得)?(?:逾|近|約|约|超過|超过|超)?\s*$")
_PROFIT_RE = re.compile(r"獲利|获利|盈利|利潤|利润|純益|纯益|淨利|净利|純利|纯利|溢利|盈餘|盈余|稅後|税后|收益|EPS")
# a subject that only says when or per what time (一天, 單季, 每天): the profit is told by the verb alone
_TIME_ONLY_RE = re.compile(r"(?:一|每|單|单|當|当|全|本)(?:天|日|季|月|年|小時|小时|週|周)")
# a forecaster's verb inside a subject: the indicator is after it
# (the forecaster a name: no indicator's head before the verb; the indicator after it ends in one)
_FORECAST_RE = re.compile(r"^[^，,。；率額额量值價价数數比]{2,6}?(?:預期|预期|預估|预估)(?=[^，,。；]{2,}$)")
_INDICATOR_END_RE = re.compile(r"(?:率|額|额|量|值|價|价|收|潤|润|益|利)$")
# a forecast told by its verb alone after the indicator and the basis of its currency
_LANDS_RE = re.compile(r"(?:預計|预计|預估|预估)?落")
_BASIS_TOPIC_RE = re.compile(r"([^，,。；：:\s]{2,12}?)以(?:美金|美元|新台幣|新臺幣|台幣|臺幣|人民幣|人民币|港元|港幣)計(?:算)?[，,]\s*"
                             r"(?:預計|预计|預估|预估)?落在")
# the words that frame an anniversary before the event (whole words of the subject, simplified)
_ANNIVERSARY_FRAMES = frozenset({"就", "以", "纪念", "祝贺", "庆祝", "恰逢", "适逢", "正值", "迎来", "迎接", "致", "致信", "致电",
                                 "伴随着", "喜迎", "隆重纪念", "热烈祝贺", "值此"})
# a name of two to four characters right before a passive clause (以色列|被扣押人员)
_BEFORE_PASSIVE_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=[被遭])")
# a passive clause closing a counted name: 以色列|被扣押人员
_PASSIVE_HEAD_RE = re.compile(r"(?:被|遭)[^为為作成的\W\d]{1,3}?(?:人员|人員|者|群众|群眾|船员|船員|平民)")


def settle_glued_words(text: str, facts: list[Fact]) -> None:
    _dictionary()
    if "賺" in text or "赚" in text:
        _earned_profits(text, facts)
    if "落在" in text:
        _landing_forecasts(text, facts)
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year"):
            continue
        if f["kind"] == "duration" and f.get("unit") == "周年" and len(subj) > 4:
            f["subject"] = subj = _after_frame(subj)          # 习近平同日本首相就中日邦交正常化50周年: 中日邦交正常化
        if (m := _FORECAST_RE.match(subj)) and _INDICATOR_END_RE.search(subj) \
                and not any(_TAGS.get(w) in _VERB_TAGS for w in segment(all_simplified(subj[m.end():]))):
            f["subject"] = subj = subj[m.end():]          # 台積電預期毛利率: 毛利率
        if f["kind"] == "count" and (k := _right_before(text, subj, f)) is None and text.startswith(subj, f["end"]) \
                and (m := _PASSIVE_HEAD_RE.match(text, f["end"] + len(subj))):
            f["subject"] = subj = subj + m.group()        # 20名以色列被扣押人员
        new = _without_lead(subj)
        if new != subj:
            f["subject"] = subj = new
            if not subj:
                continue
        if f["kind"] in _COUNT_KINDS or f["kind"] in ("quantity", "money"):
            k = _right_before(text, subj, f)
            if k is None:
                continue
            words = segment(all_simplified(subj))
            tags = [_TAGS.get(w) for w in words]
            if f["kind"] in _COUNT_KINDS and all(t in _VERB_TAGS for t in tags) and f.get("unit") != "国" \
                    and all_simplified(subj) not in _NAMING_VERBS:
                noun = _noun_after_count(text, f)
                if noun or f["kind"] == "rank":
                    f["subject"] = noun               # 导致1名以色列士兵死亡; 作为第一步, 反对修改第九条: a verb ranks nothing
                continue                              # (离婚登记4344对, 完成购买2254.6万件: the act counted, as labelled)
            if f["kind"] == "rank" and words[-1] in _PLACED and len(words) > 1:
                rest = subj[:len(subj) - len(words[-1])]
                if len(rest) >= 2 and _TAGS.get(segment(all_simplified(rest))[-1]) is None:
                    f["subject"] = rest               # 安全可靠性放在第一位: the thing ranked
                continue
            if f["kind"] == "count" and f.get("unit") in ("人", "名", "件", "人次", "户", "戶", "余人") \
                    and "的" not in subj:
                obj = _chain_object(subj, words, tags)
                if obj:
                    f["subject"] = obj


def _without_lead(subj: str) -> str | None:
    plain = all_simplified(subj)
    if plain.startswith("其中"):
        rest = subj[2:]
    else:
        words = segment(plain)
        if not words or words[0] not in _LEADS or len(words) < 2:
            return subj
        rest = subj[len(words[0]):]
    rest = rest.lstrip("，,、 ")
    while (w := segment(all_simplified(rest))) and len(w) > 1 and (_TAGS.get(w[0]) in ("d", "ad", "c") or w[0] == "的"):
        rest = rest[len(w[0]):]                       # 他们共清理…, 它不但…, 他的服务范围: the pronoun's words go with it
    if len(rest) < 2 or _DIGIT_RE.search(rest) or all(_TAGS.get(w) in (_VERB_TAGS - {"v", "vd"}) | {"m", "t", "r", "q"}
                                                      for w in segment(all_simplified(rest))):
        return None                                   # 他48小时内第二次到访: nothing named after the pronoun
    return rest


def _earned_profits(text: str, facts: list[Fact]) -> None:
    for f in facts:
        if f["kind"] != "money":
            continue
        m = _EARNED_RE.search(text, max(0, f["start"] - 8), f["start"])
        if not m:
            continue
        trad = "賺" in m.group()
        old = f.get("subject")
        if m.group(1):
            f["subject"] = "每股獲利" if trad else "每股获利"      # 每股大賺17.44元: earnings per share
        elif not old or old.startswith("每") or _TIME_ONLY_RE.fullmatch(old):
            f["subject"] = "獲利" if trad else "获利"              # 單季大賺4,523億元, 一天賺逾49億元: a profit
        elif topic := _earner(old, m.group()):
            f["subject"] = topic + ("獲利" if trad else "获利")    # 自動化事業單季小賺1300萬元: 自動化事業獲利
        else:
            continue
        for g in facts[facts.index(f) + 1:]:
            if any(c in text[f["end"]:g["start"]] for c in "。；;！？!?\n") or g.get("subject") not in (None, old):
                break
            if g["kind"] == "percent" and g.get("change"):
                g["subject"] = f["subject"]       # 單季大賺4,523億元，創新高，季增13.6%: the profit's move


# the verb's adverb left at a subject's end (自動化事業單季小|賺) and a time word before it: the earner is before both
_EARNER_RE = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,12}?)(?:單季|单季|單月|单月|全年|今年|去年|上半年|下半年|當季|当季|本季|同期)?"
                        r"[大小狂]$")


def _earner(old: str, verb: str) -> str | None:
    """Who earned, when the subject was cut inside the verb (`自動化事業單季小` of 小賺): the name before the time."""
    if not verb.startswith(old[-1]):
        return None
    m = _EARNER_RE.match(old)
    return m.group(1) if m else None


def _landing_forecasts(text: str, facts: list[Fact]) -> None:
    for i, f in enumerate(facts):
        subj = f.get("subject")
        if not subj or not _LANDS_RE.fullmatch(all_simplified(subj).replace("预计", "预计")):
            continue
        m = None
        for m in _BASIS_TOPIC_RE.finditer(text, max(0, f["start"] - 40), f["start"]):
            pass
        topic = m.group(1) if m else None
        for g in facts[i:]:
            if g.get("subject") == subj:
                g["subject"] = topic                  # 第四季營收以美金計，預計落在…；相較第二季略減約1％: 第四季營收


def _after_frame(subj: str) -> str:
    """`subj` after the last word of `_ANNIVERSARY_FRAMES` in it, when at least two characters follow it."""
    words = segment(all_simplified(subj))
    pos, cut = 0, 0
    for w in words[:-1]:
        pos += len(w)
        if w in _ANNIVERSARY_FRAMES and len(subj) - pos >= 2:
            cut = pos
    return subj[cut:] if cut else subj


def _noun_after_count(text: str, f: Fact) -> str | None:
    """The noun a count measures, written right after it (导致1名以色列士兵死亡: 以色列士兵), else None; a word that
    names nothing (组织上千人次连夜开展…: 连夜) is no noun."""
    if f["kind"] != "count" or f.get("unit") in ("人", "人次", "余人"):
        return None                                   # (可向114万人供水: the people are counted, 供水 is what they get)
    simp = simplified(text)
    span = _noun_after(simp, f["end"], whole=True, counted=True) or _noun_opened(simp, f["end"])
    if not span and (m := _BEFORE_PASSIVE_RE.match(simp, f["end"])) and (p := _PASSIVE_HEAD_RE.match(simp, m.end())):
        span = f["end"], p.end()                      # 再释放6名以色列被扣押人员: the people so held
    if not span:
        return None
    noun = text[span[0]:span[1]]
    return noun if any(_TAGS.get(w) is None for w in segment(all_simplified(noun))) else None


def _right_before(text: str, subj: str, f: Fact) -> int | None:
    """Where `subj` is written right before the figure (qualifiers between), else None."""
    s = f["start"]
    k = text.rfind(subj, max(0, s - len(subj) - 8), s)
    if k < 0 or not _GAP_RE.fullmatch(text[k + len(subj):s]):
        return None
    return k


def _chain_object(subj: str, words: tuple[str, ...], tags: list[str | None]) -> str | None:
    """The object of a chain of two or more verbs of two characters or more right before the nouns closing `subj`
    (联合培养|工程硕博士, 转移安置受灾|群众): those nouns, with the chain's last verb when it has three (a verb right before
    a noun after two others modifies it: 受灾群众), when the nouns are at least two characters and no more than three
    words, and a doer named before the chain (校企联合培养…; 发掘出土兵马俑 alone is the act counted)."""
    i = len(words)
    while i > 0 and tags[i - 1] is None:
        i -= 1                                        # the nouns closing the subject: words[i:]
    j = i
    while j > 0 and tags[j - 1] == "v":
        j -= 1                                        # the verbs right before them: words[j:i]
    nouns = words[i:]
    if nouns and nouns[-1][-1:] in "数數量额額率值" or "".join(nouns) in ("规模", "規模"):
        return None                                   # (…保障参保人数: an indicator named, not an object)
    if i - j < 2 or not nouns or len("".join(nouns)) < 2 or len(nouns) > 3 or words[i - 1] in _NAMING_VERBS \
            or any(len(w) < 2 for w in words[j:i]) or not any(tags[k] is None for k in range(j)):
        return None                                   # (出|站|运量: a one-character "verb" is a noun's part)
    # three verbs or more: the last modifies the noun (转移安置|受灾群众); two govern it (联合培养|工程硕博士)
    obj = (words[i - 1] if i - j >= 3 else "") + "".join(nouns)
    return subj[len(subj) - len(obj):]
