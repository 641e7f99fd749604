"""Enrichment of figures with their context: clause, subject, period, change."""

from __future__ import annotations

import bisect
import re

from . import rules as R
from .figures import _PERIOD_RE, Fact


def _noun_after(text: str, e: int) -> str | None:
    """159个项目 / 两名美国宇航员再度推迟返回: the noun a count figure quantifies."""
    m = R.NOUN_AFTER_RE.match(text, e + 1 if text[e:e + 1] in "“\"" else e)   # 5位“最美…”代表
    if not m or R.CHANGE_RE.match(m.group(0)) or m.group(0)[0] in "至到":
        return None
    noun = m.group(0)
    for stop_re in (R.NOUN_STOP_RE, R.NOUN_AFTER_VERB_CUT_RE):
        stop = stop_re.search(noun)
        if stop:
            noun = noun[: stop.start()]
    noun = noun.strip("“”\"'")
    return noun if len(noun) >= 2 else None


_PERSON_STATE_RE = re.compile(r"死亡|受伤|遇难|失踪|获救|受灾|感染|确诊|被困|遇险|罹难|伤亡|脱贫|就业|参赛|参加|出席")
_PAREN_RE = re.compile(r"（[^（）]{0,12}）|\([^()]{0,12}\)")
_OF_NOUN_RE = re.compile(r"的([^\s，。；！？、,;!?：:（）()\d的]{2,8})(?=[，。；！？、,;!?\s]|$)")


def _head_phrase(pre: str) -> str | None:
    """The noun phrase ending at the last measure head noun (营业收入, 汽车总产量)."""
    last = None
    for m in R.MEASURE_HEAD_RE.finditer(pre):
        last = m
    if last is None:
        return None
    left = pre[: last.start()]
    cut = R.SUBJECT_VERB_CUT_RE.match(left)
    if cut:
        left = left[cut.end():]
    phrase = R.SUBJECT_LEAD_RE.sub("", left + last.group(0))
    phrase = R.SUBJECT_LEAD_EXTRA_RE.sub("", phrase)
    if "的" in phrase:
        head, _, tail = phrase.rpartition("的")
        if len(tail) >= 4 or len(head) > 6:
            phrase = tail
    return phrase[-12:] or None


_PUA_RE = re.compile("[\ue000-\uf8ff]")   # private-use glyphs in old portal pages


def _clean_pre(pre: str) -> str:
    pre = pre.strip()
    pre = R.SUBJECT_TRAIL_RE.sub("", pre)
    bm = R.SUBJECT_BREAK_RE.match(pre)
    if bm and bm.end() < len(pre):
        pre = pre[bm.end():]
    elif bm:
        pre = ""
    pre = R.SUBJECT_LEAD_RE.sub("", pre)
    pre = R.SUBJECT_LEAD_EXTRA_RE.sub("", pre)
    pre = R.SUBJECT_TRAIL_RE.sub("", pre)
    pre = _PUA_RE.sub("", pre).strip("“”\"'《》()（）、 -的")
    if pre[:1] in ("较", "比"):
        return ""                               # 较前一交易日调升41个基点: the base, not the subject
    cut = R.SUBJECT_VERB_CUT_RE.match(pre)
    if cut and len(pre) - cut.end() >= 2:
        pre = pre[cut.end():]                   # 工程已累计调水 -> 调水
    elif cut and cut.end() >= 3:
        pre = R.SUBJECT_TRAIL_RE.sub("", pre[: cut.end() - 1])   # 冬油菜已播 -> 冬油菜
    return pre[-12:]


def _subject(text: str, f: Fact, cl_start: int, prev_in_clause: list[Fact]) -> str | None:
    s, e = f["start"], f["end"]
    if f["kind"] in ("count", "range") and f["unit"] not in ("人", "人次", "人口", "起", "余人"):
        noun = _noun_after(text, e) if f["unit"] or f["kind"] == "count" else None
        if noun:
            return noun
    if f["unit"] in ("人", "人次", "名"):
        m = _PERSON_STATE_RE.match(text, e)
        if m:
            return m.group(0)                   # 22人死亡、117人受伤
    if f["kind"] == "percent" and text.startswith(("股权", "股份"), e):
        owner = _clean_pre(text[cl_start:s])
        return (owner if len(owner) <= 8 else "") + text[e:e + 2]   # 易冲科技100%股权
    if f["kind"] == "duration" and text.startswith(("来", "以来"), e):
        return None                             # 105年来: a span, not a measured thing
    of = e + 2 if text[e:e + 1] == "/" else e  # 106.75元/股的发行价格
    if f["kind"] in ("percent", "count", "quantity", "duration", "money") and text.startswith("的", of):
        m = _OF_NOUN_RE.match(text, of)
        if m and not R.CHANGE_RE.match(m.group(1)):
            noun = m.group(1)
            stop = R.NOUN_AFTER_VERB_CUT_RE.search(noun)
            noun = noun[: stop.start()] if stop else noun
            if f["unit"] in ("岁", "周岁"):
                noun = noun[:3]                 # a person's name
            if len(noun) >= 2:
                return noun                     # 27%的人口, 32岁的王颖
    pre = _PAREN_RE.sub("", text[cl_start:s])
    if "从" in pre and pre.index("从") > 0:
        pre = pre[: pre.index("从")]
    else:
        for g in reversed(prev_in_clause):
            if g["kind"] not in ("year", "date") and g["end"] <= s:
                pre = _PAREN_RE.sub("", text[g["end"]:s])
                break
    for g in prev_in_clause:
        if g["kind"] in ("year", "date", "duration") and g["end"] <= s:
            pre = pre.replace(g["surface"], "")
    if "占" in pre:
        before = pre[: pre.rindex("占")]
        subj = _head_phrase(before) or _clean_pre(before)
        if len(subj or "") >= 2:
            return subj                         # 金刚石散热片占其10%
    trimmed = R.SUBJECT_TRAIL_RE.sub("", pre.strip())
    return _head_phrase(trimmed) or _clean_pre(pre) or None


def _rate_noun(text: str, f: Fact, cl_start: int) -> str | None:
    """涨幅1.56%: the rate noun written right before the figure (its subject needs an owner)."""
    left = text[cl_start:f["start"]]
    for r in R.RATE_NOUNS:
        k = left.rfind(r)
        if k >= 0 and R.CHANGE_GAP_RE.match(left[k + len(r):]):
            return r
    return None


_ENUM_SPLIT_RE = re.compile(r"[、和及与]")


def _respective(text: str, f: Fact, lo: int, hi: int, clause_facts: list[Fact]) -> str | None:
    """A、B、C分别下跌x、y、z: the i-th figure belongs to the i-th item."""
    clause = text[lo:hi]
    k = clause.find("分别")
    if k < 0 or f["start"] < lo + k:
        return None
    items_src = clause[:k]
    if not R.SUBJECT_TRAIL_RE.sub("", items_src).strip() and lo >= 2:
        p0 = max(text.rfind(c, 0, lo - 1) for c in "，。；！？\n")
        items_src = text[p0 + 1:lo - 1]          # 传媒、计算机、通信跌幅居前，分别下跌…
    items_src = R.SUBJECT_TRAIL_RE.sub("", items_src)
    items_src = R.SUBJECT_BREAK_RE.sub("", items_src) if "、" not in items_src else items_src
    items = [R.SUBJECT_LEAD_RE.sub("", x.strip()) for x in _ENUM_SPLIT_RE.split(items_src.split("，")[-1])]
    items = [x for x in items if x]
    figs = [g for g in clause_facts if g["start"] >= lo + k and g["kind"] not in ("year", "date")]
    if len(items) < 2 or len(items) != len(figs) or f not in figs:
        return None
    item = items[figs.index(f)]
    cut = R.SUBJECT_VERB_CUT_RE.match(item)
    if cut and cut.end() < len(item):
        item = item[cut.end():]
    return item[-12:] or None


def _period_for(periods: list[tuple[int, int, str]], s: int, sent_start: int) -> str | None:
    best = None
    for ps, pe, label in periods:
        if pe <= s and ps >= sent_start:
            best = label
        elif ps >= s:
            break
    return best


_SINCE_RE = re.compile(r"以来|至今(?![年日天])")
_MONTH_AFTER_RE = re.compile(r"(\d{1,2})月(?:份)?(?![\d日号]|份?[-—~至到])")


def _periods(text: str, norm: str, facts: list[Fact], year: int | None) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for f in facts:
        if f["kind"] == "year":
            s0, e0 = f["start"], f["end"]
            # 自2015年启动至今 / 2015年以来: a span since that year (从2020年的4.3万辆 is not)
            since = bool(_SINCE_RE.match(norm, e0)) or bool(s0) and (
                norm[s0 - 1] == "自" and not norm.startswith("的", e0)
                or norm[s0 - 1] == "从" and bool(_SINCE_RE.search(norm, e0, e0 + 10)))
            out.append((s0, e0, f"{f['value']}年以来" if since else str(f["value"])))
        elif f["kind"] == "date" and len(str(f["value"])) == 7 and str(f["value"])[:4].isdigit():
            out.append((f["start"], f["end"], str(f["value"])))
    for f in facts:
        if f["kind"] == "range" and f["unit"] == "年" and isinstance(f["value"], int):
            out.append((f["start"], f["end"], f"{f['value']}-{f['value_high']}"))
        elif f["kind"] == "range" and f["unit"] == "月" and isinstance(f["value"], str):
            lo, hi = f["value"], str(f["value_high"])
            label = f"{lo[:4]}年{int(lo[5:])}-{int(hi[5:])}月" if lo[:4] == hi[:4] else f"{lo}至{hi}"
            out.append((f["start"], f["end"], label))
    for m in _PERIOD_RE.finditer(norm):
        if m.start() and norm[m.start() - 1] in "较比与同跟":
            continue                        # 较去年同期增长: the comparison base, not the period
        label = m.group(0).strip("“”")
        if label in ("去年", "今年") and norm.startswith("同期", m.end()):
            y = (year - 1 if label == "去年" else year) if year else None
            out.append((m.start(), m.end() + 2, f"{y}年同期" if y else label + "同期"))
            continue
        mm = _MONTH_AFTER_RE.match(norm, m.end()) if label in ("今年", "去年") and year else None
        if mm:                              # 今年3月 -> 2025-03
            y = year if label == "今年" else year - 1           # type: ignore[operator]
            if 1 <= int(mm.group(1)) <= 12:
                out.append((m.start(), mm.end(), f"{y}-{int(mm.group(1)):02d}"))
                continue
        for pre, delta in (("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2)):
            if label == pre:
                label = str(year + delta) if year else pre
            elif label.startswith(pre) and label != pre + "以来":
                label = label[len(pre):]
        out.append((m.start(), m.end(), label))
    out.sort()
    return out


def _change(text: str, f: Fact, cl_start: int, facts_sorted: list[Fact]) -> str | None:
    if f["kind"] not in ("percent", "multiple", "money", "count", "quantity", "range"):
        return None
    left = text[max(cl_start, f["start"] - 24): f["start"]]
    best = None
    for m in R.CHANGE_RE.finditer(left):
        best = m
    if not best:
        return None
    gap = left[best.end():]
    for g in facts_sorted:
        if g is not f and g["surface"] and g["surface"] in gap:
            gap = gap.replace(g["surface"], "")
    gap = gap.replace("、", "").replace("和", "")
    if not R.CHANGE_GAP_RE.match(gap):
        return None
    return best.group(0)




def _enrich(text: str, norm: str, facts: list[Fact], year: int | None,
            ref: tuple[int, int, int] | None = None) -> None:
    clause_cuts = [(m.start(), m.end()) for m in R.CLAUSE_SPLIT_RE.finditer(text)]
    sent_cuts = [m.end() for m in R.SENTENCE_SPLIT_RE.finditer(text)]
    periods = _periods(text, norm, facts, year)
    c_starts = [0] + [ce for _, ce in clause_cuts]
    c_ends = [cs for cs, _ in clause_cuts] + [len(text)]
    by_clause: dict[int, list[Fact]] = {}
    last_subject: dict[int, str | None] = {}
    clause_facts: dict[int, list[Fact]] = {}
    for f in facts:
        k = bisect.bisect_right(c_starts, f["start"]) - 1
        lo = c_starts[k]
        j = k
        while j < len(c_ends) - 1 and c_ends[j] < f["end"]:
            j += 1                             # a figure never straddles a boundary
        hi = c_ends[j]
        f["clause"] = text[lo:hi].strip()
        si = bisect.bisect_right(sent_cuts, f["start"]) - 1
        sent_start = sent_cuts[si] if si >= 0 else 0
        prev = by_clause.setdefault(lo, [])
        subj = None
        if f["kind"] not in ("year", "date"):
            if "分别" in f["clause"]:
                if lo not in clause_facts:
                    clause_facts[lo] = [g for g in facts if lo <= g["start"] < hi]
                subj = _respective(text, f, lo, hi, clause_facts[lo])
            subj = subj or _subject(text, f, lo, prev)
            rate = _rate_noun(text, f, lo) if f["kind"] == "percent" else None
            if rate and (subj is None or subj == rate):
                owner = last_subject.get(sent_start)
                subj = (owner if owner and owner.endswith(rate) else (owner or "") + rate)
        if subj is None and f["kind"] not in ("year", "date", "rank"):
            subj = last_subject.get(sent_start)
        f["subject"] = subj
        if subj and f["kind"] not in ("year", "date"):
            last_subject[sent_start] = subj
        if f["kind"] not in ("year", "date"):
            f["period"] = _period_for(periods, f["start"], sent_start)
        f["change"] = _change(text, f, lo, prev)
        prev.append(f)
