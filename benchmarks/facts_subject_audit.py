"""Audit the subjects of every fact of the bulk corpus (prints counts per fault class and samples).

    python benchmarks/facts_subject_audit.py               # ../shared/corpus/bulk/*.jsonl
    python benchmarks/facts_subject_audit.py DIR -n 8      # another folder, 8 samples per class
    python benchmarks/facts_subject_audit.py --only verb   # samples of one class only (more with -n)

A subject should be the measured indicator as a whole phrase of whole words
(issue 10, item 2).  Classes counted over non-date facts (a fact may be in
several):
  fragment        the subject, found as written left of (or right after) its figure, starts or ends
                  inside a dictionary word (色列 of 以色列, 违法行 of 违法行为); read with store.facts.words
  verb/adverb     the subject is a verb or adverb phrase: it is one clause word (增长, 同比, 快速), ends in a
                  change or achievement verb (…分别高, …达到, …实现) or opens with a comparison (比上年…, 较…)
  time/place      the subject is a time word alone (今年, 上半年, 1-7月, 2023年) or a place alone (全国,
                  全省, 我市) while the clause names more before the figure
  qualifier/num   the subject holds a qualifier at an edge (约, 至少, 以上, 超过, 近) or a figure of its own
                  (digits other than a model or tenor name: 10年期, 5G, PM2.5 stay)
  same in list    two or more figures after one 分别 take the same subject while the list before 分别
                  names several items
  other clause    the subject is not written in the figure's own clause, though the clause has a
                  noun phrase of its own before the figure
  missing         a count, money, percent or points fact (not a duration) has no subject
It is not a test: the figures rank the classes for the work on issue 10's item 2.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from facts_bulk_audit import articles  # noqa: E402

CLASSES = ("fragment", "verb/adverb", "time/place", "qualifier/num", "same in list", "other clause", "missing")
MEASURED = ("count", "money", "percent", "points")

# verbs that state a change, a level reached or a comparison: a subject never ends in one
VERB_END_RE = re.compile(
    r"(?:增长|下降|下跌|上涨|上升|提高|降低|增加|减少|回落|回升|扩大|缩小|收窄|达到|达|实现|完成|超过|突破|为|是|占|"
    r"高|低|多|少|快|慢|高出|低于|高于|增|降|升|涨|跌|同比|环比|分别|累计|共计|合计|约|近|超)$")
# a comparison or adverb opening the subject: 比上年…, 较去年…, 同比…
ADVERB_START_RE = re.compile(r"^(?:比|较|同比|环比|分别|均|都|累计|共|约|近|超过|已|将|仅|再|又|也|还|并|则|而)")
TIME_ALONE_RE = re.compile(
    r"^(?:(?:\d{2,4}|[〇一二三四五六七八九零]{2,4})年(?:度|底|末|初)?|今年|去年|明年|前年|本年|上年|当年|全年|同期|上年同期|"
    r"上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|[一二三四]季度末|今年以来|\d{1,2}[-－—~至]\d{1,2}月份?|"
    r"\d{1,2}月(?:份|末|底|初)?|[一二三四五六七八九十]{1,2}月(?:份|末|底|初)?|本月|当月|上月|同月|当日|当天|今日|昨日|"
    r"本周|上周|目前|此前|近年|近年来|过去[一二三四五六七八九十\d]+年|年初|年末|年底|年内|期内|报告期|报告期内|今年前\d+个?月)+$")
PLACE_ALONE_RE = re.compile(
    r"^(?:全国|全省|全市|全区|全县|全州|全镇|全球|全世界|我国|我省|我市|我区|我县|本市|该市|该省|该县|该区|国内|海外|境内|境外|"
    r"[\u4e00-\u9fff]{1,4}(?:省|市|县|区|州|镇|乡|自治区))$")
QUALIFIER_WORDS = frozenset({"约", "近", "超过", "超", "逾", "至少", "最多", "不到", "不足", "将近", "接近", "大约", "左右", "多",
                             "余", "以上", "约为"})
# a figure of its own inside the subject: digits with a magnitude or unit (not a name's digits)
FIGURE_IN_RE = re.compile(r"[\d０-９]+(?:[.．][\d０-９]+)?(?:%|％|万|亿|千|百|元|吨|个|人|家|件|倍|美元|公里|米)")
# digits that are part of a name: tenors (10年期), generations (5G), pollutants (PM2.5), models, codes
NAME_DIGITS_RE = re.compile(r"\d+(?:年期|个月期|年|G|号|型|线|期|届|大|强|条|项|类|级)|PM[\d.]+|[A-Za-z]+\d+|\d+[A-Za-z]"
                            r"|(?:上证|深证|沪深|中证|北证|科创|创业板|恒生|国证|富时|日经)[A-Za-z]*\d+")
# endings and openings the verb patterns above would take for verbs (行为, 比重)
NOUN_ENDS = ("人为", "行为", "作为", "高低", "多少", "快慢", "最高", "最低", "至高")
NOUN_STARTS = ("比重", "比例", "比率", "比价", "比值", "较大", "都市", "近期")
QUALIFIER_ONLY_RE = re.compile(r"(?:约|近|超过|超|逾|至少|最多|不到|不足|将近|接近|大约|达到|达|为|是|有|的|个|之)*")
DIGIT_RE = re.compile(r"[0-9０-９]")
RESPECTIVE = ("分别", "分別")
CLAUSE_HEAD_RE = re.compile(r"^.*[（(“”\"《》：:]")
TIME_LEAD_RE = re.compile(r"^(?:[\d０-９一二三四五六七八九十〇零]+(?:年|月|日|季度)(?:份|末|底|初|以来)?|[-—－至到~]|今年|去年|上半年|前三季度)+")
COMPARISON_START_RE = re.compile(r"^(?:比|较|高于|低于|快于|慢于|超过|相当于|其中|相比|同比|环比|分别|占|达|为|是|增|降|提高|下降|增长|减少)")


@dataclass
class Audit:
    keep: int
    counts: dict[str, int] = field(default_factory=dict)
    samples: dict[str, list[str]] = field(default_factory=dict)
    subjects: dict[str, dict[str, int]] = field(default_factory=dict)   # class -> subject -> times

    def add(self, name: str, subject: str | None, sample: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1
        by = self.subjects.setdefault(name, {})
        key = subject or "-"
        by[key] = by.get(key, 0) + 1
        s = self.samples.setdefault(name, [])
        # every hundredth fault after the first few: samples spread over the corpus
        if len(s) < self.keep and (len(s) < self.keep // 2 or self.counts[name] % 97 == 0):
            s.append(sample)


def _context(text: str, f: dict[str, Any]) -> str:
    a = max(0, f["start"] - 30)
    return (text[a:f["start"]] + "[" + f["surface"] + "]" + text[f["end"]:f["end"] + 10]).replace("\n", " ")


def locate(text: str, f: dict[str, Any], subj: str) -> tuple[int, int] | None:
    """Where the subject is written for this figure: right after it (159个项目, 27%的人口), else
    the last time before it within 60 characters, else later in the text near it; None when
    not written as one run."""
    s, e = f["start"], f["end"]
    j = text.find(subj, e, e + 4)
    if j >= 0:
        return j, j + len(subj)
    i = text.rfind(subj, max(0, s - 60), s)
    if i >= 0:
        return i, i + len(subj)
    j = text.find(subj, e, e + 40)
    return (j, j + len(subj)) if j >= 0 else None


def fragment(text: str, f: dict[str, Any], span: tuple[int, int], word_around: Callable[..., tuple[int, int]]) -> bool:
    """A cut of the subject falls inside a word; a cut against the figure (or only a
    qualifier away from it) is not looked at: the figure's own characters may make a word
    with the subject's (五项原则, 家具) or a qualifier with it (全长约)."""
    a, b = span
    cuts = []
    if not (b <= f["start"] and QUALIFIER_ONLY_RE.fullmatch(text[b:f["start"]])):
        cuts.append(b)
    if not (a >= f["end"] and QUALIFIER_ONLY_RE.fullmatch(text[f["end"]:a])):
        cuts.append(a)
    for i in cuts:
        w = word_around(text, i)
        if w[0] < i < w[1]:
            return True
    return False


def clause_bounds(text: str, f: dict[str, Any]) -> tuple[int, int]:
    """The figure's own clause in the text (the extractor's clause field, located around it)."""
    clause = f.get("clause") or ""
    s = f["start"]
    i = text.rfind(clause, max(0, s - len(clause) - 2), s + len(f["surface"]) + 1) if clause else -1
    if i >= 0 and i <= s <= i + len(clause):
        return i, i + len(clause)
    a = max(text.rfind(c, 0, s) for c in "，。；！？,;!?\n") + 1
    return a, s


def classify(text: str, f: dict[str, Any], words: Any) -> list[str]:
    """The fault classes of one non-date fact's subject."""
    subj = f.get("subject")
    out: list[str] = []
    if not subj:
        if f.get("kind") in MEASURED:
            out.append("missing")
        return out
    plain = subj.translate(words.SUBJECT_CHARS)
    span = locate(text, f, subj)
    if span and fragment(text, f, span, words.word_around):
        out.append("fragment")
    right = span is not None and span[0] >= f["end"]
    tag = words.tag_of(plain)
    verbal = (tag in ("v", "d", "ad", "p", "c") and plain not in words.MEASURE_HEADS
              or VERB_END_RE.search(plain) and not plain.endswith(NOUN_ENDS)
              or ADVERB_START_RE.match(plain) and not plain.startswith(NOUN_STARTS))
    if verbal and not right:
        out.append("verb/adverb")
    a, _ = clause_bounds(text, f)
    before = text[a:f["start"]]
    if TIME_ALONE_RE.match(plain):
        out.append("time/place")
    elif not right and PLACE_ALONE_RE.match(plain) and len(before.replace(subj, "")) >= 4:
        out.append("time/place")
    seg = words.segment(plain)
    if seg and (seg[0] in QUALIFIER_WORDS or seg[-1] in QUALIFIER_WORDS) or FIGURE_IN_RE.search(NAME_DIGITS_RE.sub("", plain)):
        out.append("qualifier/num")
    if (span is None or span[0] < a) and not right and not any(r in before for r in RESPECTIVE):
        named = words.named_before(before)
        if named and named not in plain and plain not in named:
            out.append("other clause")
    return out
    return out


def same_in_list(text: str, facts: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(subject, sample) of each 分别 list whose figures all take one subject though the
    list before 分别 names several items."""
    out = []
    groups: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for f in facts:
        if f.get("kind") in ("date", "year") or not f.get("subject"):
            continue
        a = max(text.rfind(c, 0, f["start"]) for c in "，。；！？,;!?\n") + 1
        k = max(text.rfind(r, a, f["start"]) for r in RESPECTIVE)
        if k < 0:
            continue
        groups.setdefault((k, f.get("unit") or f.get("kind")), []).append(f)
    for (k, _), fs in groups.items():
        if len(fs) < 2 or len({f["subject"] for f in fs}) > 1:
            continue
        a = max(text.rfind(c, 0, k) for c in "。；！？;!?\n") + 1
        lead = text[a:k]
        if re.search(r"[、和及与]", lead.split("，")[-1] if "，" in lead else lead):
            out.append((fs[0]["subject"], _context(text, fs[-1]) + "  subj=" + fs[0]["subject"]))
    return out


class Words:
    """The project's word tools, loaded once."""

    def __init__(self) -> None:
        from store.facts import subject_rules as S
        from store.facts import words as W

        from store.facts.subjects import untrailed

        self.word_around = W.word_around
        self.segment = W.segment
        self._untrailed = untrailed
        self._lead = S.SUBJECT_LEAD_RE
        self._empty = S.EMPTY_SUBJECTS
        self._rates = frozenset(S.RATE_NOUNS)
        self.tag_of = W.tag_of
        self.SUBJECT_CHARS = S.SUBJECT_CHARS
        self.MEASURE_HEADS = getattr(S, "MEASURE_HEADS", frozenset())

    def named_before(self, before: str) -> str | None:
        """The noun phrase the clause writes before its figure, once connectives, changes,
        bases and qualifiers are stripped (None: the clause names nothing of its own)."""
        pre = CLAUSE_HEAD_RE.sub("", before.translate(self.SUBJECT_CHARS))
        pre = self._untrailed(pre)
        m = self._lead.match(pre)
        pre = pre[m.end():] if m else pre
        pre = TIME_LEAD_RE.sub("", pre).strip()
        if len(pre) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in pre) or pre in self._empty or pre in self._rates:
            return None
        if TIME_ALONE_RE.match(pre) or COMPARISON_START_RE.match(pre) or self.tag_of(pre):
            return None
        return pre


def run(folder: Path, article_facts: Callable[[dict[str, Any]], list[dict[str, Any]]], keep: int,
        only: str | None, top: int) -> None:
    words = Words()
    audit = Audit(keep)
    n_articles = non_date = 0
    t = time.perf_counter()
    for art in articles(folder):
        n_articles += 1
        try:
            facts = article_facts(art)
        except Exception:  # noqa: BLE001 - facts_bulk_audit counts these
            continue
        by_where: dict[str, list[dict[str, Any]]] = {}
        for f in facts:
            if f.get("kind") in ("date", "year"):
                continue
            non_date += 1
            text = art[f.get("where", "body")]
            by_where.setdefault(f.get("where", "body"), []).append(f)
            for name in classify(text, f, words):
                audit.add(name, f.get("subject"), f"{_context(text, f)}  subj={f.get('subject')}  {f.get('kind')}")
        for where, fs in by_where.items():
            for subj, sample in same_in_list(art[where], fs):
                audit.add("same in list", subj, sample)
    print(f"{n_articles} articles, {non_date} non-date facts ({time.perf_counter() - t:.0f} s)")
    ranked = sorted(CLASSES, key=lambda c: -audit.counts.get(c, 0))
    for name in ranked:
        n = audit.counts.get(name, 0)
        print(f"  {name:<14} {n:>6}  {100 * n / max(non_date, 1):5.2f}%")
    for name in ranked:
        if only and name != only:
            continue
        common = sorted(audit.subjects.get(name, {}).items(), key=lambda kv: -kv[1])[:top]
        print(f"\n{name}: {audit.counts.get(name, 0)}; most frequent: "
              + ", ".join(f"{s} {n}" for s, n in common))
        for s in audit.samples.get(name, []):
            print("   ", s)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("-n", type=int, default=6, help="samples per class")
    ap.add_argument("--top", type=int, default=12, help="most frequent subjects listed per class")
    ap.add_argument("--only", choices=CLASSES, help="samples of this class only")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from store.facts import article_facts

    run(Path(args.folder), article_facts, args.n, args.only, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
