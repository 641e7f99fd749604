"""An article's facts: title and body facts with ids and sections, one fact per figure.

A figure an article repeats — in its title, a section heading and the body —
is one fact.  The body occurrence (outside the headings) is the fact, because
it is the sentence a citation should quote; the other places become its
`mentions`.  A figure stated only in the title stays a title fact.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .extractor import extract
from .noun_counts import TWO_PARTIES

Fact = dict[str, Any]   # a fact record being built (see store.records.Fact)


_CLAUSE_MARK_RE = re.compile("[，。；,;]")
_NEWLINE_RE = re.compile("\n")
# kinds that label the text rather than state a measured figure: never merged
_UNMERGED_KINDS = ("year", "date")


def article_facts(article: dict[str, Any]) -> list[Fact]:
    """Full fact records for an article: title facts, then body facts, repeats merged."""
    aid = article.get("id", "")
    date = article.get("date") or ""
    year = int(date[:4]) if len(date) >= 4 and date[:4].isdigit() else None
    heads = sorted((s.get("start", 0), s.get("heading") or "") for s in article.get("sections") or [])
    out: list[Fact] = []
    body = article.get("body") or ""
    for where in ("title", "body"):
        text = article.get(where) or ""
        for f in extract(text, year=year, date=date or None):
            if where == "title" and "《" in body and _restates_a_body_title(text, f, body):
                continue
            # one dict display (the same keys in the same order as building and updating one)
            out.append({"id": f"{aid}:{where}:{f['start']}", "article_id": aid, "where": where,
                        "section": _section_of(heads, f["start"]) if where == "body" else None,
                        **f, "mentions": []})
    return merge_repeats(out, heads, {w: article.get(w) or "" for w in ("title", "body")})


# a headline that restates the name of a work its body sets in 《》 (`人民日报评论员文章：深刻把握新时代十年伟大变革…`
# over a body's `《深刻把握新时代十年伟大变革…》`, `海采：说说“十四五”这五年` over `《说说“十四五”这五年》`): its spans, counts
# and ranks are the name's, as in the body (quoted_titles.inside_book_title; junk36); dates and years stay
_HEADLINE_LEAD_RE = re.compile("[：:]")
_NAME_KINDS = frozenset({"duration", "count", "rank"})


def _restates_a_body_title(title: str, f: Fact, body: str) -> bool:
    if f["kind"] not in _NAME_KINDS:
        return False
    lead = max((m.end() for m in _HEADLINE_LEAD_RE.finditer(title, 0, f["start"])), default=0)
    name = title[lead:f["end"] + 4].strip()
    return len(name) >= 4 and ("《" + name) in body


def _section_of(heads: list[tuple[int, str]], start: int) -> str | None:
    if not heads:
        return None
    k = bisect.bisect_right(heads, (start, "\uffff")) - 1
    return heads[k][1] if k >= 0 else None


def _in_heading(f: Fact, heads: list[tuple[int, str]]) -> bool:
    """A body fact that sits inside a section heading's own line."""
    if f["where"] != "body":
        return False
    k = bisect.bisect_right(heads, (f["start"], "\uffff")) - 1
    return k >= 0 and f["start"] < heads[k][0] + len(heads[k][1])


def _figure_key(f: Fact) -> tuple[Any, ...]:
    return (f["kind"], f.get("value"), f.get("value_high"), f.get("unit"), f.get("per"))


# the verb booking a flow, kept in its subject as written (战略性新兴产业完成投资), names nothing of its own:
# a headline's 央企战略性新兴产业投资 restates it
_BOOKING_VERB_RE = re.compile(r"(?:累计|累計)?(?:实现了?|實現了?|完成了?)")


def _compatible(a: str | None, b: str | None, headline: bool = False) -> bool:
    """Two subjects can name the same thing: one missing, equal, or one inside the other (their
    booking verbs left out); a headline's flow told with a shorter owner (`headline`) too."""
    if not a or not b or a in b or b in a:
        return True
    if not (_BOOKING_VERB_RE.search(a) or _BOOKING_VERB_RE.search(b)):
        # subject_light_verbs writes 滨海新区投资 without its 完成, as a headline restates it; two body
        # sentences' 上证指数 and 上证50指数 falling 0.16% each are two facts
        return headline and _same_flow(a, b, headline)
    a, b = _BOOKING_VERB_RE.sub("", a), _BOOKING_VERB_RE.sub("", b)
    return bool(a and b) and (a in b or b in a or _same_flow(a, b))


def _same_flow(a: str, b: str, headline: bool = False) -> bool:
    """成渝地区双城经济圈投资 and 成渝地区双城经济圈重大项目投资: one flow, its owner told shorter once
    (the same last word, the shorter owner opening the longer); a headline's name with words left out of its
    middle (人民币对美元中间价 for the body's 人民币对美元汇率中间价: the same ends, its characters in order)."""
    short, long_ = sorted((a, b), key=len)
    k = len(short) - 2
    if k >= 2 and long_.endswith(short[k:]) and long_.startswith(short[:k]):
        return True
    if not headline or len(short) < 4 or not (long_.startswith(short[:2]) and long_.endswith(short[-2:])):
        return False
    rest = iter(long_)
    return all(ch in rest for ch in short)      # short's characters in long_'s order


# a year so far: the year, or a window from its January (2024-01/2024-09, 2024-01-01/2024-04-29, 2026Q1, 2026H1)
_YEAR_SO_FAR_RE = re.compile(r"\d{4}(?:$|-01(?:-01)?/|Q1(?:$|-)|H1$)")


def _same_fact(kept: Fact, f: Fact, in_body_text: bool, headline: bool = False) -> bool:
    """`f` restates `kept`.  Two body sentences must both name the subject (出口增长5% and
    a later bare 增长5% may be different things); a title or heading may leave it out."""
    pa, pb = kept.get("period"), f.get("period")
    if pa and pb and pa != pb and not (headline and (pa.startswith(pb) or pb.startswith(pa)
                                                     or _YEAR_SO_FAR_RE.match(pa) and _YEAR_SO_FAR_RE.match(pb)
                                                     and pa[:4] == pb[:4])):
        return False        # a headline's 今年…突破500亿件 restates the body's 截至4月11日，今年…: the year holds the day
        #                     (and a headline's 今年以来, to the article's month, the body's year to its cutoff)
    sa, sb = kept.get("subject"), f.get("subject")
    if in_body_text and (not sa or not sb):
        return False
    return _compatible(sa, sb, headline)


class _ProseLines:
    """Whether a figure's line reads as prose (has clause punctuation), not as a headline.

    Lines are found by bisecting the text's newline positions and judged once each, so an
    article that is one long paragraph with thousands of figures is not rescanned per figure.
    """

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._breaks: dict[str, list[int]] = {}
        self._judged: dict[tuple[str, int], bool] = {}

    def holds(self, f: Fact) -> bool:
        where = f["where"]
        text = self._texts.get(where, "")
        breaks = self._breaks.get(where)
        if breaks is None:
            breaks = self._breaks[where] = [m.start() for m in _NEWLINE_RE.finditer(text)]
        line = bisect.bisect_left(breaks, f["start"])
        judged = self._judged.get((where, line))
        if judged is None:
            a = breaks[line - 1] + 1 if line > 0 else 0
            b = breaks[line] if line < len(breaks) else len(text)
            judged = self._judged[(where, line)] = _CLAUSE_MARK_RE.search(text, a, b) is not None
        return judged


# (a markup tag or a wide space between them parts a headline from its paragraph in pasted pages)
_SENTENCE_END_RE = re.compile("[。！？!?\n<>\u3000]")
_RESTATED_RE = re.compile("(?:这|這|该|該|此|上述|前述)$")


def _one_sentence(a: Fact, b: Fact, texts: dict[str, str] | None) -> bool:
    """Both figures in one sentence: told twice there, they are two facts (上涨2.9%，预期2.9%; 增长5%，其中…增长5%)."""
    if not texts or a["where"] != b["where"]:
        return False
    first, later = (a, b) if a["start"] < b["start"] else (b, a)
    text = texts.get(a["where"], "")
    if _RESTATED_RE.search(text, max(0, later["start"] - 3), later["start"]):
        return False                        # 审议了这6个决议草案: the same six, pointed back at
    return _SENTENCE_END_RE.search(text, first["end"], later["start"]) is None


def merge_repeats(facts: list[Fact], heads: list[tuple[int, str]],
                  texts: dict[str, str] | None = None) -> list[Fact]:
    """One fact per figure: repeats of a body fact (title, headings, body) become its mentions.

    The fact kept is the first body occurrence outside the headings; if the figure
    has none, the first occurrence (a title or heading) is kept.
    """
    prose = _ProseLines(texts or {})
    groups: dict[tuple[Any, ...], list[Fact]] = {}
    for f in facts:
        if f["kind"] not in _UNMERGED_KINDS and f.get("value") is not None:
            groups.setdefault(_figure_key(f), []).append(f)
    absorbed: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        # body sentences first (in text order), then headline-like body lines, headings, the title
        ranked = sorted(members, key=lambda f: (f["where"] != "body" or _in_heading(f, heads),
                                                f["where"] == "title", not prose.holds(f),
                                                f["start"]))
        kept: list[Fact] = []
        for f in ranked:
            body_text = f["where"] == "body" and not _in_heading(f, heads)
            headline = not body_text or not prose.holds(f)
            # a body line that reads as a headline (六部门发布15条措施 above 商务部等6部门近日发布…) may leave
            # the subject out, as a title or heading may
            in_sentence = body_text and not headline
            # a body sentence's figure without a subject restates nothing (_same_fact): no scan, so an
            # article of thousands of bare 增长5% stays linear
            if f["kind"] == "count" and f.get("surface") in TWO_PARTIES:
                # 两国 (两党) counts the story's two parties, with no subject by the conventions: every mention in
                # the article is the same pair, one fact with its mentions
                home = kept[0] if kept else None
            else:
                home = None if in_sentence and not f.get("subject") else next(
                    (k for k in kept if _same_fact(k, f, in_sentence, headline)
                     and not _one_sentence(k, f, texts)), None)
            if home is None:
                kept.append(f)
                continue
            home["mentions"].append({"where": f["where"], "start": f["start"], "end": f["end"]})
            if not home.get("subject") and f.get("subject"):
                home["subject"] = f["subject"]
            absorbed.add(id(f))
    return [f for f in facts if id(f) not in absorbed]
