"""Subject forms a fresh sample (sealed40) showed misread, each as its class (sentences written for the tests).

- **Words of time on an undated page are no part of a subject:** `今天`, `昨日`, `本週`, `周一`, `上一交易日` are periods
  on a dated page and left out of the subject there; on a page without a date they resolve to nothing, but they are
  the same words and are left out all the same (`台股今天收在…點` → 台股, never none; `今天全體上市公司總市值` →
  `全體上市公司總市值`); the figures' periods stay unresolved.  A bracket emptied of its day (`倫敦銅期貨今天（29日）`)
  leaves no `（）` in the subject, dated or not.
- **An interim dividend keeps its ordinal:** `宣布第二次中期股息每股0.64元，增加31%`, `派第四次中期息每股1.21元`,
  `宣派第1期中期息,每股63仙` — the dividend's figure and its moves are the numbered dividend's; a later sum (`全年共派`)
  is not.
- **A verb of results or of the session is no subject:** `港鐵去年勁賺逾168億元,按年多賺64%` → 港鐵 (the verb and its
  adverb cut off; the move after it the same holder's), `純利少6.94%`, `營運收入雖然多2.5%` → the indicator before
  `多`/`少`; `減少`, `擴大` stay whole words; `逆市升0.5%` → the price named before, `長榮則是收平盤來到210.5元` → 長榮,
  `觸及3057.21美元創歷史新高` → no subject (a record set, not a thing measured).
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str | None = None) -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str, date: str | None = None) -> str | None:
    return next(f for f in _facts(text, date) if f["surface"] == surface)["subject"]


_CLOSE = "證交所統計，加權指數今天收在23105.4點，較上週上漲301.2點，漲幅約1.32%。"


@pytest.mark.parametrize(("surface", "subject"), [("23105.4點", "加權指數"), ("301.2點", "加權指數"),
                                                  ("約1.32%", "加權指數")])
def test_a_day_word_on_an_undated_page_is_left_out(surface: str, subject: str) -> None:
    assert _subject(_CLOSE, surface) == subject


@pytest.mark.parametrize("date", [None, "2025-10-31"])
def test_the_same_subject_dated_or_not(date: str | None) -> None:
    assert _subject("今天全體上市公司總市值為88.5兆元。", "88.5兆元", date) == "全體上市公司總市值"


def test_an_undated_day_word_leaves_the_period_unresolved() -> None:
    f = next(f for f in _facts(_CLOSE) if f["surface"] == "23105.4點")
    assert f["period"] is None


@pytest.mark.parametrize("date", [None, "2025-12-29"])
def test_no_empty_bracket_after_a_day_taken_out(date: str | None) -> None:
    text = "倫敦銅期貨今天（29日）開盤後，盤中上漲5.2%，達每噸11,830 美元。"
    assert _subject(text, "11,830 美元", date) == "倫敦銅期貨"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("集團宣布第二次中期股息每股0.58元，增加25%，全年共派0.78元。", "0.58元", "第二次中期股息"),
    ("集團宣布第二次中期股息每股0.58元，增加25%，全年共派0.78元。", "25%", "第二次中期股息"),
    ("公司派第四次中期息每股1.18元,按年增加2.6%。", "1.18元", "第四次中期息"),
    ("公司派第四次中期息每股1.18元,按年增加2.6%。", "2.6%", "第四次中期息"),
    ("此外,公司宣派第1期中期息,每股59仙,集團又公布新計劃。", "59仙", "第1期中期息"),
    ("派第二次中期股息每股2.1港元,连同第一次中期股息每股1.9港元。", "1.9港元", "第一次中期股息"),
])
def test_a_numbered_interim_dividend_keeps_its_number(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_the_years_total_is_not_the_numbered_dividend() -> None:
    text = "集團宣布第二次中期股息每股0.58元，增加25%，全年共派0.78元。"
    assert not (_subject(text, "0.78元") or "").startswith("第二次")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("九倉(0004)去年勁賺逾52億元,按年多賺18%,好過市場預期。", "逾52億元", "九倉"),
    ("九倉(0004)去年勁賺逾52億元,按年多賺18%,好過市場預期。", "18%", "九倉"),
    ("公司公布全年業績，總收入按年減少3.1%，純利少5.2%，至88.3億元。", "5.2%", "純利"),
    ("公司公布全年業績，總收入按年減少3.1%，純利少5.2%，至88.3億元。", "88.3億元", "純利"),
    ("集團去年營運收入雖然多1.8%，至120.5億元。", "1.8%", "集團營運收入"),
    ("電能實業(00006)去年多賺七成 ,純利為62億元。", "七成", "電能實業"),
])
def test_a_verb_of_results_is_cut_off_its_holder(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-03-01") == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("總收入按年減少3.1%。", "3.1%", "總收入"),
    ("城乡差距扩大1.2个百分点。", "1.2个百分点", "城乡差距"),
])
def test_words_ending_in_more_or_less_stay_whole(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface, "2025-03-01") == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("恒基股價今日收報28.35元,逆市升1.2%,全日成交額1.1億元。", "1.2%", "恒基股價"),
    ("萬海收盤時來到81.1元，陽明上漲1.4%，長榮則是收平盤來到198.5元。", "198.5元", "長榮"),
])
def test_a_word_of_the_session_gives_way_to_the_name(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_record_set_after_a_figure_is_no_subject() -> None:
    text = "本週累計升逾2%,周四觸及3120.5美元創歷史新高。"
    assert _subject(text, "3120.5美元") in (None, "")
