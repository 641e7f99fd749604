"""Score store.facts.extract against the hand-labelled gold in tests/gold/ (prints figures).

    python benchmarks/facts_gold.py                 # per-field table: public / bulk / all
    python benchmarks/facts_gold.py --show subject  # every subject mismatch: gold vs got, sentence
    python benchmarks/facts_gold.py --show found    # gold facts the extractor missed
    python benchmarks/facts_gold.py --show junk     # facts made of labels/slogans in the negatives
    python benchmarks/facts_gold.py --by-kind       # also per gold kind: the weakest classes
    python benchmarks/facts_gold.py --set heldback  # the held-back sample (heldback_*.jsonl) instead
    python benchmarks/facts_gold.py --set fresh     # the fresh sample (fresh_*.jsonl), labelled after heldback was tuned on
    python benchmarks/facts_gold.py --set unseen    # the unseen sample (unseen_*.jsonl), labelled after fresh was tuned on
    python benchmarks/facts_gold.py --set blind     # the blind sample (blind_*.jsonl), labelled after unseen was tuned on
    python benchmarks/facts_gold.py --set sealed    # the sealed sample (sealed_*.jsonl), first scored by the lead only
    python benchmarks/facts_gold.py --set sealed2   # the second sealed sample (sealed2_*.jsonl), labelled after sealed was tuned on
    python benchmarks/facts_gold.py --set sealed3   # the third sealed sample (sealed3_*.jsonl), labelled while sealed2 was tuned on
    python benchmarks/facts_gold.py --set sealed4   # the fourth sealed sample's half to tune on (sealed4_*.jsonl)
    python benchmarks/facts_gold.py --set sealed5   # its other half (sealed5_*.jsonl), kept sealed
    python benchmarks/facts_gold.py --set seed      # the shipped seed page (seed_*.jsonl), what every new user sees first

A gold fact is *found* when an extracted fact overlaps its span and has the
same value (dates and years: an overlapping date or year fact).  Every other
field is scored over found facts that are not dates.  Bulk gold is stored as
references into ../shared/corpus/bulk/ (the corpus text never enters the repo);
the extractor reads the whole field there, so context before the sentence counts.
The conventions the labels follow are in tests/gold/README.md.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# the light verbs the extractor drops from subjects are the ones the scorer compares without: one list
from store.facts.subject_light_verbs import LIGHT_VERBS  # noqa: E402
from store.facts.traditional import TRADITIONAL  # noqa: E402
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
DATE_KINDS = ("date", "year")
# a gold set is three files: public sentences, bulk references, negatives.  "main" was labelled while
# the extractor was built; "heldback" was labelled apart and first scored before anyone tuned on it;
# "fresh" likewise, after heldback had been tuned on; "unseen" likewise, after fresh had been tuned on;
# "blind" likewise, after unseen had been tuned on; "sealed" likewise, after blind had been tuned on, kept
# unscored until the end of the session that made it; "sealed2" likewise, after sealed had been tuned on;
# "sealed3" likewise, labelled as sealed2 was about to be tuned on; "sealed4" and "sealed5" likewise, one sample
# (bulk and public parts labelled by two people apart) split in two halves by page and article: sealed4 to
# be tuned on, sealed5 kept unread until the end of the session that made them; "sealed6" likewise (public and
# bulk parts labelled by two people apart), kept unread until the end of the session that made it; "sealed7"
# likewise, kept unread until the lead scores it; "sealed8" likewise (public and bulk parts labelled apart), sealed
# until the lead scores it; "sealed9" likewise; "sealed10" likewise (public and bulk parts labelled apart, sealed until
# the lead scores it); "sealed11" likewise (public and bulk parts labelled apart, sealed until the lead scores it);
# "sealed12" likewise (public and bulk parts labelled apart, sealed until the lead scores it); "sealed14" likewise, labelled
# apart without the extractor but to be tuned on as soon as it landed (sealed13, labelled before it, sealed until the
# lead scored it with the round's first and last code); "sealed15" likewise, sealed until the lead scored it with its
# round's first and last code; "sealed16" likewise; "sealed17" likewise; "sealed18" likewise; "sealed19" likewise; "sealed20" likewise; "sealed21" likewise; "sealed22" likewise; "sealed23" likewise; "sealed24" likewise; "sealed25" likewise; "sealed26" likewise; "sealed27" likewise; "sealed28" likewise; "sealed29" likewise; "sealed30" likewise; "sealed31" likewise; "sealed32" likewise; "sealed33" likewise; "sealed34" likewise; "sealed35" likewise; "sealed36" likewise; "sealed37" likewise; "sealed38" likewise; "sealed39" likewise; "sealed40" likewise; "sealed41" likewise; "sealed42" likewise; "sealed43" likewise; "sealed44" likewise; "seed" is the shipped page (assets/sources/), labelled by hand
GOLD_SETS = {
    "main": ("public.jsonl", "bulk.jsonl", "negatives.jsonl"),
    "heldback": ("heldback_public.jsonl", "heldback_bulk.jsonl", "heldback_negatives.jsonl"),
    "fresh": ("fresh_public.jsonl", "fresh_bulk.jsonl", "fresh_negatives.jsonl"),
    "unseen": ("unseen_public.jsonl", "unseen_bulk.jsonl", "unseen_negatives.jsonl"),
    "blind": ("blind_public.jsonl", "blind_bulk.jsonl", "blind_negatives.jsonl"),
    "sealed": ("sealed_public.jsonl", "sealed_bulk.jsonl", "sealed_negatives.jsonl"),
    "sealed2": ("sealed2_public.jsonl", "sealed2_bulk.jsonl", "sealed2_negatives.jsonl"),
    "sealed3": ("sealed3_public.jsonl", "sealed3_bulk.jsonl", "sealed3_negatives.jsonl"),
    "sealed4": ("sealed4_public.jsonl", "sealed4_bulk.jsonl", "sealed4_negatives.jsonl"),
    "sealed5": ("sealed5_public.jsonl", "sealed5_bulk.jsonl", "sealed5_negatives.jsonl"),
    "sealed6": ("sealed6_public.jsonl", "sealed6_bulk.jsonl", "sealed6_negatives.jsonl"),
    "sealed7": ("sealed7_public.jsonl", "sealed7_bulk.jsonl", "sealed7_negatives.jsonl"),
    "sealed8": ("sealed8_public.jsonl", "sealed8_bulk.jsonl", "sealed8_negatives.jsonl"),
    "sealed9": ("sealed9_public.jsonl", "sealed9_bulk.jsonl", "sealed9_negatives.jsonl"),
    "sealed10": ("sealed10_public.jsonl", "sealed10_bulk.jsonl", "sealed10_negatives.jsonl"),
    "sealed11": ("sealed11_public.jsonl", "sealed11_bulk.jsonl", "sealed11_negatives.jsonl"),
    "sealed12": ("sealed12_public.jsonl", "sealed12_bulk.jsonl", "sealed12_negatives.jsonl"),
    "sealed13": ("sealed13_public.jsonl", "sealed13_bulk.jsonl", "sealed13_negatives.jsonl"),
    "sealed14": ("sealed14_public.jsonl", "sealed14_bulk.jsonl", "sealed14_negatives.jsonl"),
    "sealed15": ("sealed15_public.jsonl", "sealed15_bulk.jsonl", "sealed15_negatives.jsonl"),
    "sealed16": ("sealed16_public.jsonl", "sealed16_bulk.jsonl", "sealed16_negatives.jsonl"),
    "sealed17": ("sealed17_public.jsonl", "sealed17_bulk.jsonl", "sealed17_negatives.jsonl"),
    "sealed18": ("sealed18_public.jsonl", "sealed18_bulk.jsonl", "sealed18_negatives.jsonl"),
    "sealed19": ("sealed19_public.jsonl", "sealed19_bulk.jsonl", "sealed19_negatives.jsonl"),
    "sealed20": ("sealed20_public.jsonl", "sealed20_bulk.jsonl", "sealed20_negatives.jsonl"),
    "sealed21": ("sealed21_public.jsonl", "sealed21_bulk.jsonl", "sealed21_negatives.jsonl"),
    "sealed22": ("sealed22_public.jsonl", "sealed22_bulk.jsonl", "sealed22_negatives.jsonl"),
    "sealed23": ("sealed23_public.jsonl", "sealed23_bulk.jsonl", "sealed23_negatives.jsonl"),
    "sealed24": ("sealed24_public.jsonl", "sealed24_bulk.jsonl", "sealed24_negatives.jsonl"),
    "sealed25": ("sealed25_public.jsonl", "sealed25_bulk.jsonl", "sealed25_negatives.jsonl"),
    "sealed26": ("sealed26_public.jsonl", "sealed26_bulk.jsonl", "sealed26_negatives.jsonl"),
    "sealed27": ("sealed27_public.jsonl", "sealed27_bulk.jsonl", "sealed27_negatives.jsonl"),
    "sealed28": ("sealed28_public.jsonl", "sealed28_bulk.jsonl", "sealed28_negatives.jsonl"),
    "sealed29": ("sealed29_public.jsonl", "sealed29_bulk.jsonl", "sealed29_negatives.jsonl"),
    "sealed30": ("sealed30_public.jsonl", "sealed30_bulk.jsonl", "sealed30_negatives.jsonl"),
    "sealed31": ("sealed31_public.jsonl", "sealed31_bulk.jsonl", "sealed31_negatives.jsonl"),
    "sealed32": ("sealed32_public.jsonl", "sealed32_bulk.jsonl", "sealed32_negatives.jsonl"),
    "sealed33": ("sealed33_public.jsonl", "sealed33_bulk.jsonl", "sealed33_negatives.jsonl"),
    "sealed34": ("sealed34_public.jsonl", "sealed34_bulk.jsonl", "sealed34_negatives.jsonl"),
    "sealed35": ("sealed35_public.jsonl", "sealed35_bulk.jsonl", "sealed35_negatives.jsonl"),
    "sealed36": ("sealed36_public.jsonl", "sealed36_bulk.jsonl", "sealed36_negatives.jsonl"),
    "sealed37": ("sealed37_public.jsonl", "sealed37_bulk.jsonl", "sealed37_negatives.jsonl"),
    "sealed38": ("sealed38_public.jsonl", "sealed38_bulk.jsonl", "sealed38_negatives.jsonl"),
    "sealed39": ("sealed39_public.jsonl", "sealed39_bulk.jsonl", "sealed39_negatives.jsonl"),
    "sealed40": ("sealed40_public.jsonl", "sealed40_bulk.jsonl", "sealed40_negatives.jsonl"),
    "sealed41": ("sealed41_public.jsonl", "sealed41_bulk.jsonl", "sealed41_negatives.jsonl"),
    "sealed42": ("sealed42_public.jsonl", "sealed42_bulk.jsonl", "sealed42_negatives.jsonl"),
    "sealed43": ("sealed43_public.jsonl", "sealed43_bulk.jsonl", "sealed43_negatives.jsonl"),
    "sealed44": ("sealed44_public.jsonl", "sealed44_bulk.jsonl", "sealed44_negatives.jsonl"),
    # the page every new user sees first (assets/sources/): its own text, so public sentences only, no bulk part
    "seed": ("seed_public.jsonl", None, "seed_negatives.jsonl"),
}
FIELDS = ("found", "found figures", "sign", "negative kept", "unit", "kind", "subject", "subject~", "period", "change",
          "qualifier", "base", "date value")


@dataclass
class GoldSentence:
    """One labelled sentence and what the extractor made of it (offsets relative to the sentence)."""

    origin: str                      # "public" | "bulk" | "negatives"
    label: str                       # where it came from, for listings
    sentence: str
    date: str | None
    facts: list[dict[str, Any]]
    junk: list[str] = field(default_factory=list)
    got: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Tally:
    ok: int = 0
    n: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, good: bool, miss: str) -> None:
        self.n += 1
        self.ok += good
        if not good:
            self.misses.append(miss)

    def rate(self) -> float | None:
        return self.ok / self.n if self.n else None


# ----------------------------------------------------------------------------- loading

def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _corpus_field(ref: dict[str, Any], cache: dict[str, list[str]]) -> str | None:
    """The referenced field's text, or None when the corpus file is absent."""
    path = CORPUS / ref["file"]
    if ref["file"] not in cache:
        if not path.exists():
            return None
        with open(path, encoding="utf-8") as fh:
            cache[ref["file"]] = fh.read().split("\n")
    lines = cache[ref["file"]]
    if ref["line"] >= len(lines):
        return None
    return json.loads(lines[ref["line"]]).get(ref["field"]) or ""


def load_gold(notes: list[str], gold_set: str = "main") -> list[GoldSentence]:
    """Every gold and negative sentence of one set; bulk references that cannot be resolved go to `notes`."""
    out: list[GoldSentence] = []
    cache: dict[str, list[str]] = {}
    skipped = 0
    for origin, name in zip(("public", "bulk", "negatives"), GOLD_SETS[gold_set], strict=True):
        if name is None:                        # a set with no such part
            continue
        if not (GOLD / name).exists():          # a part labelled apart, not merged yet
            notes.append(f"{name} absent: its part of --set {gold_set} not scored")
            continue
        for rec in _read_jsonl(GOLD / name):
            if "sentence" in rec:
                out.append(GoldSentence(origin, rec.get("source", ""), rec["sentence"], rec.get("date"),
                                        rec.get("facts", []), rec.get("junk", [])))
                continue
            text = _corpus_field(rec, cache)
            sent = None if text is None else text[rec["start"]:rec["end"]]
            if sent is None or hashlib.sha1(sent.encode("utf-8")).hexdigest() != rec["sha1"]:
                skipped += 1
                continue
            gs = GoldSentence(origin, f"{rec['file']}:{rec['line']}", sent, rec.get("date"),
                              rec.get("facts", []), rec.get("junk", []))
            gs.got = [{"_ref": (rec, text)}]     # resolved by run_extractor
            out.append(gs)
    if skipped:
        notes.append(f"skipped {skipped} bulk gold sentences: {CORPUS} absent or its text changed (sha1)")
    return out


def run_extractor(gold: list[GoldSentence], extract: Callable[..., list[dict[str, Any]]], notes: list[str]) -> None:
    """Fill `got` with the extractor's facts inside each sentence, offsets relative to the sentence.

    An exception is a finding, not a crash of the scorer: that sentence gets no facts.
    """
    raised = 0
    for gs in gold:
        try:
            gs.got = _facts_of(gs, extract)
        except Exception as exc:  # noqa: BLE001 - any failure of the extractor is reported
            raised += 1
            gs.got = []
            if raised <= 3:
                notes.append(f"extractor raised {type(exc).__name__}: {exc} | {gs.sentence[:60]}")
    if raised:
        notes.append(f"extractor raised on {raised} of {len(gold)} sentences (scored as finding nothing)")


def _facts_of(gs: GoldSentence, extract: Callable[..., list[dict[str, Any]]]) -> list[dict[str, Any]]:
    if not (gs.got and "_ref" in gs.got[0]):
        return [dict(f) for f in extract(gs.sentence, date=gs.date)]
    rec, text = gs.got[0]["_ref"]
    s, e = rec["start"], rec["end"]
    facts = [dict(f) for f in extract(text, date=gs.date) if f["start"] < e and f["end"] > s]
    for f in facts:
        f["start"] -= s
        f["end"] -= s
    return facts


# ----------------------------------------------------------------------------- comparing

def _num(v: Any) -> Decimal | None:
    if isinstance(v, bool) or v is None:
        return None
    try:
        return Decimal(str(v))
    except (InvalidOperation, ValueError):
        return None


def same_value(gold: Any, got: Any, *, magnitude: bool = False) -> bool:
    a, b = _num(gold), _num(got)
    if a is None or b is None:
        return gold == got
    if magnitude:
        a, b = abs(a), abs(b)
    return abs(a - b) <= Decimal("1e-9") * max(Decimal(1), abs(a), abs(b))


# Units and qualifiers are compared across scripts: 個百分點 and 个百分点 name the same unit.
# (measure words too: 公頃 = 公顷, 畝 = 亩, 第一筆 = 第一笔; the table is written out here, not imported,
# so that the file checks that import this module never import the extractor)
# (碼 = 码: Taiwan's rate steps, `升息半碼`, labelled as written like 點子; 熱單: 百萬英熱單位)
_SIMPLIFIED = str.maketrans("個點約內萬億噸時鐘兩釐輛車級過餘們張間頭標準頃畝筆屆類種圓門歲週層號雙對輪線項條棟戶隻場臺幣碼熱單塊顆載總",
                            "个点约内万亿吨时钟两厘辆车级过余们张间头标准顷亩笔届类种圆门岁周层号双对轮线项条栋户只场台币码热单块颗载总")


def _text(v: Any) -> str:
    return "" if v is None else str(v).strip().replace("／", "/")


# a light verb between the topic and the indicator names no part of it (城镇实现零售额 = 城镇零售额,
# 工业企业完成营业收入 = 工业企业营业收入): sets label it both ways, so subjects are compared without it.
# A closed list; one that opens or ends the subject, makes a rate or sum (计划完成率, 投资完成额), or
# takes a change or a plan for its object (实现同比增长, 完成年度投资计划), is the phrase's own (as
# store/facts/subject_light_verbs.py keeps it).
_LIGHT_VERB_RE = re.compile("(?<=.)(?:" + "|".join(LIGHT_VERBS) + ")(?=..)(?![率度情进進比额額]|同比|环比|環比|按年"
                            "|增长|增長|正增长|正增長)(?!.*(?:任务|任務|计划|計劃|预算|預算|目标|目標)[数數]?$)")


def _subject(v: Any) -> str:
    """A subject as compared: as written, without a light verb between its topic and indicator."""
    return _LIGHT_VERB_RE.sub("", _text(v))


_QUARTER_MONTHS = {"1": ("01", "03"), "2": ("04", "06"), "3": ("07", "09"), "4": ("10", "12")}
_MONTHS = re.compile(r"(\d{4})(?:H([12])|Q([1-4])(?:-Q([1-4]))?|-(\d\d))?(?:/(\d{4})(?:-(\d\d)|Q([1-4]))?)?")


_WHOLE_MONTH_DAYS = re.compile(r"(\d{4})-(\d{2})-01/(\d{4})-(\d{2})-(\d{2})")


def _period(v: Any) -> str:
    """A period as the months it covers, so that two spellings of one window
    compare equal (2016H2 = 2016-07/2016-12, 2024Q1-Q3 = 2024-01/2024-09,
    2024 = 2024-01/2024-12, a run of quarters 2023Q4/2024Q4 = 2023-10/2024-12);
    days and anything else stay as written, but a run of days covering whole months is those months
    (2025-01-01/2025-11-30 = 2025-01/2025-11: sets write the year so far either way)."""
    text = _text(v)
    whole = _WHOLE_MONTH_DAYS.fullmatch(text)
    if whole:
        y1, m1, y2, m2, d2 = whole.groups()
        if int(d2) == calendar.monthrange(int(y2), int(m2))[1]:
            text = f"{y1}-{m1}/{y2}-{m2}"
    m = _MONTHS.fullmatch(text)
    if not m:
        return text
    year, half, q1, q2, month, year2, month2, q_last = m.groups()
    if q1 and not q2 and q_last:
        return f"{year}-{_QUARTER_MONTHS[q1][0]}/{year2}-{_QUARTER_MONTHS[q_last][1]}"
    if (half or q1) and year2 or q_last:
        return text
    if half:
        first, last = ("01", "06") if half == "1" else ("07", "12")
    elif q1:
        first, last = _QUARTER_MONTHS[q1][0], _QUARTER_MONTHS[q2 or q1][1]
    else:
        first, last = (month, month) if month else ("01", "12")
    if year2:
        if bool(month) != bool(month2):
            return text
        return f"{year}-{first}/{year2}-{month2 or '12'}"
    return f"{year}-{first}/{year}-{last}"


def _folded(v: Any) -> str:
    return _text(v).translate(_SIMPLIFIED)


# the extractor stores a qualifier in simplified characters whatever the script (衝破 → 冲破, 數十億 → 数: the search's
# bounds and the series' precision read those forms); the gold writes it as the sentence does, so qualifiers are
# compared through the extractor's own map of traditional characters, as 約 and 过 already were (sealed40)
_QUALIFIER_FOLD = str.maketrans(TRADITIONAL)


def _folded_qualifier(v: Any) -> str:
    return _folded(v).translate(_QUALIFIER_FOLD)


def _unit(f: dict[str, Any]) -> tuple[str, str]:
    return _folded(f.get("unit")), _folded(f.get("per"))


def _gspan(g: dict[str, Any]) -> tuple[int, int]:
    return g["start"], g["start"] + len(g["surface"])


def _overlap(a: tuple[int, int], f: dict[str, Any]) -> int:
    return max(0, min(a[1], f["end"]) - max(a[0], f["start"]))


def match(gs: GoldSentence) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair each gold fact with at most one extracted fact: overlapping, same value first."""
    used: set[int] = set()
    pairs = []
    for g in gs.facts:
        span = _gspan(g)
        best, best_key = None, None
        for i, f in enumerate(gs.got):
            ov = _overlap(span, f)
            if i in used or not ov:
                continue
            key = (_is_found(g, f), same_value(g["value"], f.get("value"), magnitude=True), ov)
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is not None:
            used.add(best)
        pairs.append((g, gs.got[best] if best is not None else None))
    return pairs


def _is_found(g: dict[str, Any], f: dict[str, Any] | None) -> bool:
    if f is None:
        return False
    if g["kind"] in DATE_KINDS:
        return f.get("kind") in DATE_KINDS
    return same_value(g["value"], f.get("value"))


def _date_text(f: dict[str, Any]) -> str:
    """A date's value as the gold writes it: a range is `2024-01/2024-07` (value/value_high)."""
    hi = f.get("value_high")
    return _text(f.get("value")) + (f"/{_text(hi)}" if hi is not None else "")


def _lenient(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a) or a == b


def _miss(name: str, want: Any, got: Any, g: dict[str, Any], gs: GoldSentence) -> str:
    return f"[{gs.origin}] {g['surface']!r} {name}: gold={want!r} got={got!r} | {gs.sentence}"


def score_sentence(gs: GoldSentence, t: dict[str, Tally]) -> None:
    """Add one gold sentence's figures to the per-field tallies `t`."""
    for g, f in match(gs):
        found = _is_found(g, f)
        miss = _miss("found", g["value"], None if f is None else (f.get("surface"), f.get("value")), g, gs)
        t["found"].add(found, miss)
        if g["kind"] in DATE_KINDS:
            if found:
                got = _date_text(f)
                t["date value"].add(_text(g["value"]) == got, _miss("date value", g["value"], got, g, gs))
            continue
        t["found figures"].add(found, miss)
        if f is not None and same_value(g["value"], f.get("value"), magnitude=True) and _num(g["value"]):
            sign_ok = (_num(g["value"]) < 0) == ((_num(f.get("value")) or 0) < 0)
            t["sign"].add(sign_ok, _miss("sign", g["value"], f.get("value"), g, gs))
            if _num(g["value"]) < 0:
                t["negative kept"].add(sign_ok, _miss("negative kept", g["value"], f.get("value"), g, gs))
        if not found:
            continue
        checks = {
            "unit": (_unit(g), _unit(f)),
            "kind": (g["kind"], f.get("kind")),
            "subject": (_text(g["subject"]), _text(f.get("subject"))),
            "period": (_period(g["period"]), _period(f.get("period"))),
            "change": (_text(g["change"]), _text(f.get("change"))),
            "qualifier": (_folded_qualifier(g["qualifier"]), _folded_qualifier(f.get("qualifier"))),
            "base": (_text(g["base"]), _text(f.get("base"))),
        }
        for name, (want, got) in checks.items():
            if name != "subject":
                t[name].add(want == got, _miss(name, want, got, g, gs))
        want, got = checks["subject"]
        plain_want, plain_got = _subject(want), _subject(got)
        t["subject"].add(plain_want == plain_got, _miss("subject", want, got, g, gs))
        t["subject~"].add(_lenient(plain_want, plain_got), _miss("subject~", want, got, g, gs))


# A trap made of a magnitude or unit (亿元 of 亿元以上) glued to a digit before it is that number's tail.
_MAGNITUDE_OR_UNIT_HEADS = frozenset("十百千万萬亿億兆元%")


def _inside_number(sentence: str, start: int, end: int) -> bool:
    """Whether a trap surface found at start:end is only part of a longer number (an outline '1.' in '1.94亿元')."""
    before = sentence[start - 1] if start else ""
    after = sentence[end] if end < len(sentence) else ""
    first, last = sentence[start], sentence[end - 1]
    # the character before a unit once spaces are passed over: 亿元 of `1115.2 亿元` (a PDF's spacing) is that sum's too
    spaced = sentence[:start].rstrip(" \u3000\u00a0")[-1:]
    return ((before.isdigit() or before in (".", "﹒")) and first.isdigit()) or (
        after.isdigit() and (last.isdigit() or last in (".", "﹒"))) or (
        spaced.isdigit() and first in _MAGNITUDE_OR_UNIT_HEADS)     # 亿元 of 1052.97亿元 is that sum's     # ﹒: a decimal point as Hong Kong types it (2﹒5倍)


def score_negatives(gs: GoldSentence, junk: Tally, labelled: Iterable[dict[str, Any]] = ()) -> None:
    """Each extracted fact overlapping a labelled trap surface is one piece of junk."""
    spans = []
    for surface in gs.junk:
        pos = gs.sentence.find(surface)
        while pos >= 0:
            # (a trap's surface written again where it is labelled — 每年付息一次,到期一次還本 traps the second 一次,
            # labels the first — is no trap there)
            if not _inside_number(gs.sentence, pos, pos + len(surface)) and not any(
                    g["start"] < pos + len(surface) and pos < g["start"] + len(g["surface"]) for g in (*gs.facts, *labelled)):
                spans.append((pos, pos + len(surface)))
            pos = gs.sentence.find(surface, pos + 1)
    for f in gs.got:
        hit = next((s for s in spans if _overlap(s, f)), None)
        if hit:
            junk.add(False, f"[{gs.label}] {f.get('surface')!r} ({f.get('kind')} {f.get('value')}) from "
                            f"{gs.sentence[hit[0]:hit[1]]!r} | {gs.sentence}")


def extras(gs: GoldSentence) -> list[dict[str, Any]]:
    """Extracted facts that overlap no gold fact (unlabelled figures, or junk)."""
    spans = [_gspan(g) for g in gs.facts]
    return [f for f in gs.got if not any(_overlap(s, f) for s in spans)]


def score(gold: Iterable[GoldSentence]) -> dict[str, dict[str, Tally]]:
    """Tallies per origin ("public", "bulk", "all") and field, plus "junk" and "extra" counts."""
    out: dict[str, dict[str, Tally]] = {o: {k: Tally() for k in (*FIELDS, "junk", "extra")}
                                       for o in ("public", "bulk", "all")}
    gold = list(gold)
    labelled: dict[str, list[dict[str, Any]]] = {}
    for gs in gold:
        if gs.origin != "negatives":
            labelled.setdefault(gs.sentence, []).extend(gs.facts)
    for gs in gold:
        if gs.origin == "negatives":
            score_negatives(gs, out["all"]["junk"], labelled.get(gs.sentence, ()))
            continue
        for origin in (gs.origin, "all"):
            score_sentence(gs, out[origin])
            for f in extras(gs):
                out[origin]["extra"].add(False, f"[{gs.origin}] {f.get('surface')!r} {f.get('kind')} | {gs.sentence}")
    return out


def score_by_kind(gold: Iterable[GoldSentence]) -> dict[str, dict[str, Tally]]:
    """Tallies per gold kind (each kind's facts matched on their own), for finding the weakest classes."""
    out: dict[str, dict[str, Tally]] = {}
    for gs in gold:
        if gs.origin == "negatives":
            continue
        for kind in {g["kind"] for g in gs.facts}:
            part = GoldSentence(gs.origin, gs.label, gs.sentence, gs.date,
                                [g for g in gs.facts if g["kind"] == kind], got=gs.got)
            score_sentence(part, out.setdefault(kind, {k: Tally() for k in FIELDS}))
    return out


# ----------------------------------------------------------------------------- printing

def _cell(t: Tally) -> str:
    r = t.rate()
    return "-" if r is None else f"{100 * r:5.1f}% {t.ok:>3}/{t.n:<3}"


def report(scores: dict[str, dict[str, Tally]]) -> str:
    lines = [f"{'field':<14}{'public':>18}{'bulk':>18}{'all':>18}"]
    for name in FIELDS:
        lines.append(f"{name:<14}" + "".join(f"{_cell(scores[o][name]):>18}" for o in ("public", "bulk", "all")))
    lines.append(f"{'extra facts':<14}" + "".join(f"{scores[o]['extra'].n:>18}" for o in ("public", "bulk", "all")))
    lines.append(f"{'junk (negatives)':<14} {scores['all']['junk'].n}")
    return "\n".join(lines)


def report_by_kind(by_kind: dict[str, dict[str, Tally]]) -> str:
    cols = ("found", "unit", "kind", "subject~", "period", "change")
    lines = [f"{'gold kind':<10}" + "".join(f"{c:>16}" for c in cols)]
    for kind, t in sorted(by_kind.items(), key=lambda kv: -kv[1]["found"].n):
        lines.append(f"{kind:<10}" + "".join(f"{_cell(t[c]):>16}" for c in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", metavar="FIELD", help="list mismatches of one field (found, sign, unit, kind, "
                    "subject, subject~, period, change, qualifier, base, date value, junk, extra)")
    ap.add_argument("--by-kind", action="store_true", help="also a table per gold kind (the weakest classes)")
    ap.add_argument("--set", choices=sorted(GOLD_SETS), default="main", help="which gold set to score (main)")
    args = ap.parse_args(argv)
    from store.facts import extract

    notes: list[str] = []
    gold = load_gold(notes, args.set)
    run_extractor(gold, extract, notes)
    scores = score(gold)
    for note in notes:
        print(note)
    print(report(scores))
    if args.by_kind:
        print("\n" + report_by_kind(score_by_kind(gold)))
    if args.show:
        if args.show not in scores["all"]:
            print(f"no such field: {args.show}", file=sys.stderr)
            return 2
        misses = scores["all"][args.show].misses
        print(f"\n{len(misses)} mismatches in {args.show}:")
        for m in misses:
            print(" ", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
