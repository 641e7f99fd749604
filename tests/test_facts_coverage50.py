"""Figures the coverage audit (benchmarks/facts_coverage.py, cov50) found missed on unlabelled Taiwan, Hong Kong and
Macao pages, as classes, and the audit itself.

- A Hong Kong fixing typeset as a table in one line (`隔夜│2.63333厘│升21.797個基點一星期│2.76274厘│…`): each
  tenor's cell is a rate in 厘, percent as `隔夜息報0.03577厘` is, and the rate is the fixing's (the tenor names
  the tranche: subject_tenor_rates), never a subject made of the table's cells.
- A range of rates in 厘 whose low end is bare (`發債息率是否要4至5厘`): one percent figure 4–5, as `4%至5%`.
- A currency's move told in its coins by the verbs of an exchange-rate report (`新台幣兌美元…走升3.7分`,
  `貶值 7.3 分`, `小贬 3 分`): money in 分, as `升值1.3分` is; 升 alone or 走升 outside a rate's sentence, and a
  score's `上升2.4分`, stay what they were.
- A dollar sum's one-letter magnitude (`USD$ 44.4B`, `US$35M`, `$500K`): 44.4 billion, never 44.4 (a wrong figure is
  worse than none); a tenor after a currency word (`美元兑人民币6M掉期点`) stays no sum.
- A level before Taiwan's 成長 (`較2024年同期826.8萬成長10.5%`): 826.8萬 is a figure (成長 is growth, no tenths),
  and 成長 alone is never its subject: the level's and the growth's indicator is the one named before them.
- A share in tenths after its qualifier (`超七成群众`, `约三成员工`): 70 %, 30 %, though 成群 and 成员 are words;
  the verbs' words (`近三成立案`: 成立) and a share with no qualifier before such a word stay out.

Traps (correctly left out, listed by the audit): a class's threshold (`330度以下電價不調整`, `屋齡30年以上`), a
stage's number (`第1期作`), a star class (`五星級酒店`), a tenor (`1年期利率`), a table's unit header
(`百萬澳門元`), an issue's number (`四號刊`), a law's article (`第47條`).

Every sentence is written for the test (never copied from a page or the corpus).
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from store.facts import extract

ROOT = Path(__file__).resolve().parents[1]


def facts_of(text: str) -> list[dict]:
    return [f for f in extract(text, date="2025-06-01") if f["kind"] not in ("date", "year")]


def at(text: str, part: str) -> list[dict]:
    i = text.index(part)
    return [f for f in facts_of(text) if f["start"] < i + len(part) and f["end"] > i]


def num(v: object) -> Decimal:
    return Decimal(str(v))


# --- a fixing typeset as a table ------------------------------------------------------------------------------

TABLE = "港元銀行同業拆息(HIBOR)時期│最新息率│變動隔夜│2.51696厘│升4.369個基點一星期│2.74571厘│跌3.596個基點一個月│2.84786厘│升0.851個基點"


@pytest.mark.parametrize(("cell", "value"), [("2.51696厘", "2.51696"), ("2.74571厘", "2.74571"), ("2.84786厘", "2.84786")])
def test_a_fixings_table_cell_in_li_is_a_percent(cell: str, value: str) -> None:
    [f] = at(TABLE, cell)
    assert f["surface"] == cell and f["kind"] == "percent" and f["unit"] == "%" and num(f["value"]) == Decimal(value)


def test_a_fixings_table_names_the_fixing_never_its_cells() -> None:
    rates = [f for f in facts_of(TABLE) if f["kind"] in ("percent", "points")]
    assert len(rates) == 6
    for f in rates:
        assert f["subject"] and "│" not in f["subject"] and "拆息" in f["subject"]


def test_a_table_of_other_figures_in_li_stays_a_length() -> None:
    text = "規格│長度│4.5厘│寬度│3厘│"       # no fixing named: 厘 is no rate here
    assert not [f for f in facts_of(text) if f["kind"] == "percent"]


# --- a range in 厘 ----------------------------------------------------------------------------------------------

def test_a_range_in_li_with_a_bare_low_end_is_one_percent_range() -> None:
    text = "記者問到發債息率是否要3至4厘才吸引市民。"
    [f] = at(text, "3至4厘")
    assert f["surface"] == "3至4厘" and f["kind"] == "percent" and f["unit"] == "%"
    assert num(f["value"]) == 3 and num(f["value_high"]) == 4


def test_a_move_to_a_level_in_li_is_no_range() -> None:
    text = "金管局宣布減息25個基點至4.25厘。"
    [f] = [f for f in facts_of(text) if f["kind"] == "percent"]
    assert f["surface"] == "4.25厘" and f.get("value_high") is None


def test_a_range_in_li_of_a_length_stays_a_length() -> None:
    text = "這種零件長度約2至3厘米。"
    assert not [f for f in facts_of(text) if f["kind"] == "percent"]


# --- a currency's move in its coins -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "change"), [
    ("新台幣兌美元週五震盪走升2.6分，收30.915元。", "2.6分", "2.6", "up"),
    ("新台幣兌美元收在 30.818 元，貶值 6.4 分。", "6.4 分", "6.4", "down"),
    ("新台币兑美元汇率终场收在 30.771 元，小贬 2 分。", "2 分", "2", "down"),
])
def test_a_currencys_move_in_fen_is_money(text: str, surface: str, value: str, change: str) -> None:
    [f] = at(text, surface)
    assert f["surface"] == surface and f["kind"] == "money" and f["unit"] == "分"
    assert num(f["value"]) == Decimal(value) and f["change"] == change


@pytest.mark.parametrize("text", [
    "客戶滿意度得分為81.5分，同比上升1.8分。",      # a score's move
    "他在比賽最後走升2分。",                         # no rate in the sentence
])
def test_a_move_in_fen_outside_an_exchange_rate_is_no_money(text: str) -> None:
    assert not [f for f in facts_of(text) if f["kind"] == "money"]


# --- a dollar sum's letter magnitude --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("IC封裝業產值為新臺幣4,911億元(USD$ 15.3B)，年增13%。", "$ 15.3B", 15300000000),
    ("該公司去年營收達US$2.4B。", "US$2.4B", 2400000000),
    ("新創公司完成US$18M的A輪融資。", "US$18M", 18000000),
    ("這輛二手車售價$350K。", "$350K", 350000),
])
def test_a_dollar_sums_letter_magnitude_is_taken_in(text: str, surface: str, value: int) -> None:
    [f] = at(text, surface)
    assert f["surface"] == surface and f["kind"] == "money" and num(f["value"]) == value


def test_a_tenor_after_a_currency_word_is_no_magnitude() -> None:
    assert at("昨日美元兑人民币6M掉期点报-1500。", "6M") == []


# --- a level before 成長 --------------------------------------------------------------------------------------

def test_a_level_before_cheng_zhang_is_a_figure_and_the_verb_no_subject() -> None:
    text = "今年1~6月出境人次約902.6萬，較去年同期817.4萬成長10.4%。"
    [f] = at(text, "817.4萬")
    assert f["surface"] == "817.4萬" and num(f["value"]) == 8174000 and f["subject"] == "出境人次"
    [g] = at(text, "10.4%")
    assert g["change"] == "up" and g["subject"] == "出境人次"      # the level's indicator, never 成長


def test_economic_growth_keeps_its_noun() -> None:
    [f] = at("台灣經濟成長3.1%。", "3.1%")
    assert f["subject"] == "台灣經濟成長"


# --- a share in tenths after its qualifier ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("端午假期全国超六成群众选择就近出游。", "超六成", 60),
    ("调查显示约四成员工愿意延长通勤时间。", "约四成", 40),
    ("超过八成群众对服务表示满意。", "超过八成", 80),
])
def test_a_qualified_share_before_a_word_with_cheng_is_a_percent(text: str, surface: str, value: int) -> None:
    [f] = at(text, surface)
    assert f["surface"] == surface and f["kind"] == "percent" and num(f["value"]) == value


@pytest.mark.parametrize("text", ["去年近三成立案的项目已完工。", "牛羊三成群地在坡上吃草。", "这一成果为研究提供了依据。"])
def test_a_word_with_cheng_after_a_numeral_stays_a_word(text: str) -> None:
    assert not [f for f in facts_of(text) if f["kind"] == "percent"]


# --- correctly left out -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("每月用電330度以下的住宅電價不調整。", "330度"),
    ("去年台北市三成的交易是屋齡30年以上的老屋。", "30年"),
    ("全臺第1期作的稻穀收購價維持不變。", "1期"),
    ("該局出版的摘要第四號刊已上載網站。", "四號"),
    ("依據《平均地權條例》第47條辦理。", "47條"),
])
def test_labels_and_thresholds_the_audit_lists_stay_out(text: str, part: str) -> None:
    assert at(text, part) == []


# --- the audit ----------------------------------------------------------------------------------------------

def audit(tmp_path: Path, lines: list[dict], *args: str) -> str:
    src = tmp_path / "pages.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "facts_coverage.py"), str(src), *args],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_audit_counts_covered_and_missed_numerals_by_their_unit(tmp_path: Path) -> None:
    text = "本月出口增長12.5%，達三百億美元；本港第一季統計另見附表。有一次他幫客戶抄了表。"
    report = audit(tmp_path, [{"title": "出口", "body": text, "date": "2025-06-01"}], "-n", "1")
    head = report.splitlines()[0]
    assert head.startswith("2 texts,")                     # the title and the body
    assert "numerals with a unit after" in head
    assert "chinese | 次" in report                          # 一次 (a measure word after): listed, no fact covers it
    assert "[一]次" in report


def test_the_audit_reads_text_files_split_into_pages(tmp_path: Path) -> None:
    src = tmp_path / "pages.txt"
    src.write_text("@@ page one\n出口增長12.5%。\n@@ page two\n共有三個項目。\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "facts_coverage.py"), str(src)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("2 texts,")


def test_the_audit_says_one_line_for_a_missing_input(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "facts_coverage.py"), str(tmp_path / "nope.jsonl")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
