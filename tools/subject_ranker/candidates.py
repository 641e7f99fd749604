"""The phrases a figure's clause offers as its subject, and their sparse features.

Words are the extractor's own segmentation (store.facts.words: jieba's dictionary, no HMM, no
posseg) of the sentence, cut once per sentence and cached; parts of speech are the ones that
module keeps (verbs, adverbs, prepositions …, numerals, measure and time words, pronouns);
every other Han word counts as a noun ("N").

A candidate is a run of noun-ish words left of the figure inside its sentence (a verb may sit
inside a run: jieba tags many indicators as verbs), cut at punctuation, numbers, adverbs,
prepositions, particles, numerals, time words and the verbs that state a figure (为, 达, 增长 …);
each run gives itself, its suffixes and its prefixes of two characters or more.  Besides those:
the extractor's own subject, the previous figure's subject in the sentence, and "none" (empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from store.facts import words as W

# the verbs (and the like) that state a figure: a run of the subject never crosses one
MOVES = frozenset("""为 為 达 達 是 至 到 约 約 共 共计 合计 累计 累計 超 超过 超過 逾 近 增长 增長 下降 增加 减少 減少 上涨
上漲 下跌 上升 回落 提高 降低 增 降 涨 漲 跌 升 减 減 同比 环比 環比 按年 比 较 較 比上年 占 佔 达到 達到 突破 录得 錄得
实现 實現 完成 分别 分別 各 均 下滑 回升 扩大 擴大 收窄 缩小 縮小 攀升 跃升 躍升 大增 大跌 按年 按月 只有 仅 僅 已 已经
已經 再 又 也 亦 则 則 共有 有 以 在 于 於 由 从 從 向 对 對 即 及 和 与 與 、""".split())
_CLAUSE_PUNCT = "，,；;：:"
_SENT_PUNCT = "。！？!?\n"
_OPEN_PUNCT = "（(“”\"'‘’《》「」『』【】[]"
_MAX_LEFT = 60          # characters of the sentence left of the figure that are read
_MAX_RUN_WORDS = 8


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def tag(w: str) -> str:
    """A coarse part of speech: the extractor's kept tags, 'N' for other Han words, else a class."""
    if not w:
        return "E"
    if not _is_han(w[0]):
        if w[0].isdigit():
            return "NUM"
        if w[0] in _CLAUSE_PUNCT or w[0] in _SENT_PUNCT:
            return "PU"
        if w[0] in "、":
            return "DUN"
        if w[0].isascii() and w[0].isalpha():
            return "LAT"
        return "SYM"
    t = W.tag_of(w)
    if t:
        return t
    return W._FRAME_TAG.get(w, "N")


def char_class(ch: str) -> str:
    if not ch:
        return "E"
    if _is_han(ch):
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    return "P"


@lru_cache(maxsize=4096)
def sentence_words(sentence: str) -> tuple[tuple[int, str], ...]:
    """(offset, word) of a sentence, cut once (the extractor's segmentation)."""
    out, pos = [], 0
    for piece in re.split(r"([^\u3400-\u4dbf\u4e00-\u9fff]+)", sentence):
        if not piece:
            continue
        if _is_han(piece[0]):
            for w in W.segment(piece):
                out.append((pos, w))
                pos += len(w)
        else:
            for m in re.finditer(r"\d[\d.,]*%?|[A-Za-z]+|.", piece):
                out.append((pos + m.start(), m.group()))
            pos += len(piece)
    return tuple(out)


def _breaks(w: str) -> bool:
    if not _is_han(w[0]):
        return True
    if w in MOVES:
        return True
    return tag(w) not in ("N", "v", "vd")


@dataclass
class Candidate:
    text: str
    start: int            # offsets in the sentence (-1: not a phrase of it)
    end: int
    source: str           # run, suffix, prefix, ext, prev, none
    words: tuple[str, ...] = ()
    feats: list[str] = field(default_factory=list)


def candidates(sentence: str, fs: int, fe: int, ext_subject: str | None, prev_subject: str | None) -> list[Candidate]:
    """Candidates for the figure at sentence[fs:fe]."""
    ws = [(p, w) for p, w in sentence_words(sentence) if p + len(w) <= fs and p >= fs - _MAX_LEFT]
    runs: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for p, w in ws:
        if _breaks(w):
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append((p, w))
    if cur:
        runs.append(cur)
    seen: dict[tuple[int, int], Candidate] = {}
    for run in runs:
        run = run[-_MAX_RUN_WORDS:]
        k = len(run)
        for i in range(k):
            for j in range(i + 1, k + 1):
                if i and j < k:
                    continue            # suffixes, prefixes and the whole run only
                if (i and len(run[i][1]) == 1) or (j < k and len(run[j - 1][1]) == 1):
                    continue            # a cut beside a one-character word: mostly a word jieba's
                                        # simplified dictionary did not know (甲類 → 甲|類)
                s, e = run[i][0], run[j - 1][0] + len(run[j - 1][1])
                if e - s < 2:
                    continue
                src = "run" if (i == 0 and j == k) else ("suffix" if j == k else "prefix")
                seen.setdefault((s, e), Candidate(sentence[s:e], s, e, src, tuple(w for _, w in run[i:j])))
    out = list(seen.values())
    ext = (ext_subject or "").strip()
    texts = {c.text for c in out}
    if ext and ext not in texts:
        i = sentence.rfind(ext, 0, fs)
        out.append(Candidate(ext, i, i + len(ext) if i >= 0 else -1, "ext", W.segment(ext)))
    prev = (prev_subject or "").strip()
    if prev and prev not in texts and prev != ext:
        i = sentence.rfind(prev, 0, fs)
        out.append(Candidate(prev, i, i + len(prev) if i >= 0 else -1, "prev", W.segment(prev)))
    out.append(Candidate("", -1, -1, "none"))
    _featurize(sentence, fs, fe, out, ext, prev, runs)
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _featurize(sentence: str, fs: int, fe: int, cands: list[Candidate], ext: str, prev: str,
               runs: list[list[tuple[int, str]]]) -> None:
    clause_start = max(sentence.rfind(p, 0, fs) for p in _CLAUSE_PUNCT) + 1
    first_run_start = runs[0][0][0] if runs else -1
    clause_runs = [r for r in runs if r[0][0] >= clause_start]
    clause_topic = clause_runs[0][0][0] if clause_runs else -1
    last_run_end = runs[-1][-1][0] + len(runs[-1][-1][1]) if runs else -1
    after = sentence[fe:fe + 2]
    fig_first = sentence[fs:fs + 1]
    for c in cands:
        f = c.feats
        f.append("src=" + c.source)
        is_ext = bool(ext) and c.text == ext
        f.append(f"ext={int(is_ext)}")
        if not ext:
            f.append("noext&src=" + c.source)
        if c.source == "none":
            f.append("none&after=" + after[:1])
            continue
        t = c.text
        f.append("len=" + _bucket(len(t), (2, 3, 4, 5, 6, 8, 10, 14)))
        f.append("nw=" + _bucket(len(c.words), (1, 2, 3, 4, 6)))
        if c.words:
            f.append("t0=" + tag(c.words[0]))
            f.append("t1=" + tag(c.words[-1]))
            f.append("w1=" + c.words[-1])
            f.append("w0=" + c.words[0])
        f.append("c1=" + t[-1:])
        f.append("c0=" + t[:1])
        f.append("cc1=" + char_class(t[-1:]))
        if ext and not is_ext:
            f.append(f"in_ext={int(t in ext)}")
            f.append(f"has_ext={int(ext in t)}")
        if prev and t == prev:
            f.append("is_prev")
        if c.start < 0:
            f.append("not_in_sentence")
            continue
        gap = sentence[c.end:fs]
        f.append("dist=" + _bucket(len(gap), (0, 1, 2, 3, 5, 8, 12, 20, 40)))
        f.append("gap_punct=" + _bucket(sum(ch in _CLAUSE_PUNCT for ch in gap), (0, 1, 2)))
        f.append("gap_dun=" + _bucket(gap.count("、"), (0, 1)))
        f.append("gap_num=" + _bucket(len(re.findall(r"\d+", gap)), (0, 1, 2)))
        gw = [w for p, w in sentence_words(sentence) if c.end <= p and p + len(w) <= fs]
        f.append("gap_nw=" + _bucket(len(gw), (0, 1, 2, 3, 5)))
        if len(gap) <= 4:
            f.append("gap=" + gap)
        for w in gw[:3]:
            f.append("gw=" + w)
        for w in gw[-2:]:
            f.append("gwl=" + w)
        f.append("gap_v=" + _bucket(sum(tag(w) in ("v", "vd") for w in gw), (0, 1, 2)))
        f.append(f"topic_sent={int(c.start == first_run_start)}")
        f.append(f"topic_clause={int(c.start == clause_topic)}")
        f.append(f"in_clause={int(c.start >= clause_start)}")
        f.append(f"last_run={int(c.end == last_run_end)}")
        before = sentence[max(0, c.start - 1):c.start]
        f.append("before=" + (before if before and not _is_han(before) else char_class(before)))
        f.append("src&dist=" + c.source + _bucket(len(gap), (0, 2, 5)))
        f.append("t1&gap=" + tag(c.words[-1]) + "|" + (gap if len(gap) <= 2 else "long") if c.words else "t1&gap=")
        if "分别" in gap or "分別" in gap:
            f.append("gap_fenbie")
        f.append("fig0=" + char_class(fig_first))
