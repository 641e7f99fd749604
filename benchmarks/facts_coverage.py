"""Coverage audit of the extractor on unlabelled text: numerals no fact covers, and facts that look like junk.

    python benchmarks/facts_coverage.py ../shared/corpus/bulk/                  # every *.jsonl in a folder
    python benchmarks/facts_coverage.py /tmp/pages/*.txt -n 2 --top 40          # text files, 2 examples a group
    python benchmarks/facts_coverage.py FILE.jsonl --limit 3000 --by before      # group misses by the word before
    python benchmarks/facts_coverage.py FILE.jsonl --dump misses.tsv             # every miss and flagged fact, one a line

Inputs are read as they are given and nothing of them is written into the repo:
  *.jsonl   one record a line; its title/body/text/excerpt/sentence fields are texts, `date` its date
  *.txt     plain text; lines starting `@@ ` split it into pages (what follows `@@ ` names the page)
  a folder  its *.jsonl and *.txt files

A *numeral* is a run of Arabic digits (half- or full-width, with thousands commas, a decimal point and a
magnitude 万/萬/亿/億/千/百/兆 after) or of Chinese numerals (〇○零一二三四五六七八九十百千万萬亿億两兩廿卅, 点/點
for the point) followed by a measure word or unit: a Han character, %, ‰ or Latin letters (a single Chinese digit
only before a known measure word, so that 一些/统一 are no numerals).  It is *missed* when no fact the extractor
reports overlaps it.  Misses are grouped by their shape: the measure word or unit after (the first character;
个/個 with the one after it), and with --by before also the two characters before.

A fact is *flagged* when its surroundings look like one of the junk classes of issue 10: an ordinal (第N),
a model or product number (letters or a hyphen before the digits, 型/款/系列 after), an address (号楼/路/街/
巷/室 after), a phone number or code (7+ digits in a row, 电话/代码/编号 before, a bracketed stock code), a class
or grade (类/級/级/档/星级 after), a name or title part (inside 《》, a numeral inside a word: 十堰, 三星), a
slogan or group label (N大 + noun, N个字, quoted).  Flags are hints to read, not verdicts: dates and years are
never flagged.
It is not a test: the figures are for reading the extractor's gaps (issue 10: found, junk).
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEXT_FIELDS = ("title", "body", "text", "excerpt", "sentence")
DIGIT = "0-9０-９"
MAGNITUDE = "万萬亿億千百兆"
ARABIC = re.compile(rf"[{DIGIT}]+(?:[,，][{DIGIT}]{{3}})*(?:[.．][{DIGIT}]+)?[{MAGNITUDE}]*")
CN_DIGITS = "〇○零一二三四五六七八九两兩廿卅"
CN_ALL = CN_DIGITS + "十百千万萬亿億"
CHINESE = re.compile(rf"[{CN_ALL}](?:[{CN_ALL}]|[点點．·](?=[{CN_DIGITS}]))*")
MEASURE = set(
    "个個项項家元年月日天倍成次人名位座所条條件台臺辆輛吨噸张張只隻批类類种種届屆期轮輪场場季周週岁歲户戶間间"
    "篇部架艘栋棟层層套支股份组組处處片块塊把根头頭匹口本册冊首段节節章款则則起宗单單笔筆例道门門枚颗顆粒"
    "艘列趟班级級档檔等星号號米里斤克升度亩畝秒分时時刻小点點%％‰"
)
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_UNIT = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
UNIT_AFTER = re.compile(r"\s?([%％‰]|[A-Za-zＡ-Ｚａ-ｚ]+|[\u4e00-\u9fff])")

# junk hints around a fact
FLAGS: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    # (name, pattern on the text before the fact (anchored at its end), pattern on the text after (anchored at 0))
    ("ordinal", re.compile(r"第$"), None),
    ("model number", re.compile(r"[A-Za-z][-－]?$|[A-Za-z]\s$"), None),
    ("model number", re.compile(r"$^"), re.compile(r"^(?:型|款|系列|代|版|式)(?!号)")),
    ("address", re.compile(r"$^"), re.compile(r"^(?:号楼|號樓|号院|路|街|巷|弄|室|栋|棟|幢|门牌)")),
    ("phone/code", re.compile(r"(?:电话|電話|热线|熱線|代码|代碼|编号|編號|邮编|郵編|传真|傳真|手机|手機|QQ|微信)[:：]?\s*$"), None),
    ("phone/code", re.compile(r"$^"), re.compile(r"^[-－.]?(?:TW|HK|SH|SZ|US)\b")),
    ("class", re.compile(r"$^"), re.compile(r"^(?:类|類|级|級|档|檔|星级|星級|等奖|等獎|等功)")),
    ("class", re.compile(r"[劣]$"), None),
    ("slogan/label", re.compile(r"$^"), re.compile(r"^(?:大(?![约概幅致量部多关關增减減涨漲跌升降])|个字|個字|字方针|字方針|句话|句話)")),
]
LONG_DIGITS = re.compile(rf"[{DIGIT}]{{7,}}")


def texts_of(path: Path) -> Iterator[tuple[str, str, str | None]]:
    """(name, text, date) for every text of a file: each text field of a JSON line, each @@ page of a text file."""
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(rec, dict):
                    continue
                date = rec.get("date") if isinstance(rec.get("date"), str) else None
                for name in TEXT_FIELDS:
                    if isinstance(rec.get(name), str) and rec[name]:
                        yield f"{path.name}:{n}:{name}", rec[name], date
        return
    name, lines = path.name, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("@@ "):
                if lines:
                    yield name, "".join(lines), None
                name, lines = line[3:].strip(), []
            else:
                lines.append(line)
    if lines:
        yield name, "".join(lines), None


def inputs(args: list[str]) -> Iterator[Path]:
    for a in args:
        p = Path(a)
        if p.is_dir():
            yield from (Path(x) for x in sorted(glob.glob(str(p / "*.jsonl")) + glob.glob(str(p / "*.txt"))))
        elif p.exists():
            yield p
        else:
            raise SystemExit(f"facts_coverage: no such file or folder: {a}")


def numerals(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, script, unit after) of every numeral with a measure word or unit after it."""
    taken = [False] * (len(text) + 1)
    for script, pattern in (("arabic", ARABIC), ("chinese", CHINESE)):
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            after = UNIT_AFTER.match(text, e)
            if not after:
                continue
            unit = after.group(1)
            if script == "chinese":
                core = m.group()
                digits = sum(c in CN_DIGITS for c in core)
                if digits == 0 and len(core) == 1:
                    continue                                  # 千/万/百 alone: 千万, 百姓
                if len(core) == 1 and unit not in MEASURE:
                    continue                                  # 一些, 统一, 二手
                if len(core) == 1 and s and HAN.match(text[s - 1]) and text[s - 1] not in "为為达達约約近逾超共有增减減降升至到和及、与與或是占佔第前后後首":
                    continue                                  # 统一个, 唯一家: a word's character, no numeral
            elif script == "arabic" and fullwidth(m.group()):
                script = "fullwidth"
            if unit in "个個" and e + len(after.group(0)) < len(text):
                unit += text[e + len(after.group(0))]
            for k in range(s, e):
                taken[k] = True
            yield s, e, script, unit


def fullwidth(s: str) -> bool:
    return any("０" <= c <= "９" for c in s)


def before_word(text: str, s: int) -> str:
    w = text[max(0, s - 2):s]
    return "".join(c if HAN.match(c) else "·" for c in w) or "^"


def flags_of(text: str, f: dict[str, Any]) -> list[str]:
    if f.get("kind") in ("date", "year"):
        return []
    s, e = f["start"], f["end"]
    before, after = text[max(0, s - 6):s], text[e:e + 6]
    out = []
    digit_led = f.get("surface", "")[:1].isdigit()
    for name, b, a in FLAGS:
        if name == "model number" and b.pattern != "$^" and not digit_led:
            continue                                  # USD$ 44.4B: a currency's letters, no model's
        if name == "slogan/label" and after.startswith("大") and f.get("unit") not in (None, "大"):
            continue                                  # 70个大中城市, 9个大型花篮: counted things, no N大 label
        if (b.pattern != "$^" and b.search(before)) or (a is not None and a.search(after)):
            if name not in out:
                out.append(name)
    if LONG_DIGITS.search(f.get("surface", "")) and not f.get("unit"):
        out.append("phone/code")                      # 7+ digits in a row and no unit: a phone number, a code
    if before.endswith(("(", "（")) and after.startswith((")", "）")) and not f.get("unit"):
        out.append("phone/code")                      # (2330): a stock code
    if "《" in text[max(0, s - 30):s] and "》" in text[e:e + 30] and text.rfind("》", 0, s) < text.rfind("《", 0, s):
        out.append("name/title")
    if s and e < len(text) and HAN.match(text[s - 1]) and not f.get("unit") and f.get("kind") in ("count", "quantity", "money"):
        out.append("bare in words")                   # 十堰, 三星: a numeral inside a word, no unit
    return out


@dataclass
class Groups:
    keep: int
    counts: Counter[tuple[str, ...]] = field(default_factory=Counter)
    examples: dict[tuple[str, ...], list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, key: tuple[str, ...], example: str) -> None:
        self.counts[key] += 1
        if len(self.examples[key]) < self.keep:
            self.examples[key].append(example)

    def print(self, title: str, top: int) -> None:
        total = sum(self.counts.values())
        print(f"\n== {title}: {total} in {len(self.counts)} groups ==")
        for key, n in self.counts.most_common(top):
            print(f"{n:6d}  {' | '.join(key)}")
            for ex in self.examples[key]:
                print(f"          {ex}")


def context(text: str, s: int, e: int) -> str:
    return (text[max(0, s - 14):s] + "[" + text[s:e] + "]" + text[e:e + 10]).replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("paths", nargs="+", help="JSON Lines or text files, or folders of them")
    ap.add_argument("-n", type=int, default=1, help="examples a group (default 1)")
    ap.add_argument("--top", type=int, default=40, help="groups to print (default 40)")
    ap.add_argument("--by", choices=("unit", "before"), default="unit",
                    help="group misses by the unit after only, or by unit and the word before")
    ap.add_argument("--limit", type=int, default=0, help="read at most this many texts (0: all)")
    ap.add_argument("--dump", help="write every miss and flagged fact, tab-separated, to this file")
    args = ap.parse_args(argv)

    from store.facts import extract

    misses, flagged = Groups(args.n), Groups(args.n)
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    n_texts = n_num = n_missed = n_facts = n_flagged = raised = 0
    t0 = time.perf_counter()
    for path in inputs(args.paths):
        for name, text, date in texts_of(path):
            if args.limit and n_texts >= args.limit:
                break
            n_texts += 1
            year = int(date[:4]) if date and date[:4].isdigit() else None
            try:
                facts = extract(text, year=year, date=date)
            except Exception as exc:  # noqa: BLE001 - a raising extractor is itself a finding
                raised += 1
                print(f"{name}: extractor raised {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            n_facts += len(facts)
            cover = [False] * (len(text) + 1)
            for f in facts:
                for k in range(f["start"], f["end"]):
                    cover[k] = True
            for s, e, script, unit in numerals(text):
                n_num += 1
                if any(cover[s:e]):
                    continue
                n_missed += 1
                key = (script, unit) if args.by == "unit" else (script, unit, before_word(text, s))
                misses.add(key, context(text, s, e))
                if dump:
                    dump.write(f"miss\t{script}\t{unit}\t{before_word(text, s)}\t{name}\t{context(text, s, e)}\n")
            for f in facts:
                for flag in flags_of(text, f):
                    n_flagged += 1
                    key = (flag, str(f.get("kind")), str(f.get("unit") or "-"))
                    flagged.add(key, f"{context(text, f['start'], f['end'])}  subject={f.get('subject')}")
                    if dump:
                        dump.write(f"flag\t{flag}\t{f.get('kind')}\t{f.get('unit')}\t{name}\t"
                                   f"{context(text, f['start'], f['end'])}\n")
    if dump:
        dump.close()
    secs = time.perf_counter() - t0
    covered = n_num - n_missed
    print(f"{n_texts} texts, {n_facts} facts, {n_num} numerals with a unit after: {covered} covered "
          f"({100 * covered / max(n_num, 1):.1f} %), {n_missed} missed; {n_flagged} flags on facts; "
          f"{raised} raised; {secs:.1f} s")
    misses.print("numerals no fact covers, by " + ("unit after" if args.by == "unit" else "unit after and word before"),
                 args.top)
    flagged.print("facts that look like junk, by flag, kind, unit", args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
