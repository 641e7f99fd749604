"""Subjects in the registers the extractor is judged on, from a read of 300 unlabelled facts of public pages (subj53):
communiqués, work reports, company results, bond and commodity news, Hong Kong and Taiwan text.  A share of a bond
issue is named by who was allotted it; a structure moved to a new ratio by the structure; a price cheaper or dearer
than its base by the price, the move down or up; a flat's size class by its own level; a name before a bracketed code
by that name; a province's indicator with 我省.  The sentences are written for the spec in the shapes read, not copied
from the pages."""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str) -> dict[str, dict]:
    return {f["surface"]: f for f in extract(text, date="2025-06-01") if f["kind"] not in ("date", "year")}


def _subjects(text: str) -> dict[str, str | None]:
    return {s: f.get("subject") for s, f in _facts(text).items()}


# --- a share of an issue allotted to a class of buyer is the buyer's ---------------------------------------------------
# (X%分配予Y, X%予Y, X%分配给Y: the buyer after the share, to the clause's end or the next share; the list of buyers whole)

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("按投資者類別計,40%分配予銀行、35%予基金經理、私人銀行及保險公司,以及25%分配予中央銀行及國際組織。",
     "40%", "銀行"),
    ("按投資者類別計,40%分配予銀行、35%予基金經理、私人銀行及保險公司,以及25%分配予中央銀行及國際組織。",
     "35%", "基金經理、私人銀行及保險公司"),
    ("按投資者類別計,40%分配予銀行、35%予基金經理、私人銀行及保險公司,以及25%分配予中央銀行及國際組織。",
     "25%", "中央銀行及國際組織"),
    ("是次港元債券當中六成以外的58%分配予亞洲的投資者,42%予歐洲的投資者。", "58%", "亞洲的投資者"),
    ("是次港元債券當中六成以外的58%分配予亞洲的投資者,42%予歐洲的投資者。", "42%", "歐洲的投資者"),
    ("本期债券约70%分配给银行类投资者,30%分配给证券公司。", "约70%", "银行类投资者"),
])
def test_a_share_allotted_to_a_buyer_is_named_by_the_buyer(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("该公司将净利润的30%给予员工。", "30%", "净利润"),                         # 给予: the profit's share, given
    ("按项目设备投资额不超过15%予以补助。", "不超过15%", "项目设备投资额"),     # 予以: a grant of it
])
def test_a_share_granted_is_no_allotment(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


# --- a structure moved to a new ratio is named by the structure --------------------------------------------------------
# (由A调整为B, 由A,进一步优化为B, A调整为B with no 由, and the structure's verb in the clause before: both ratios)

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("三次产业增加值比例调整为9.8:47.1:43.1;", "9.8:47.1:43.1", "三次产业增加值比例"),
    ("三次产业结构调整为12.1:38.4:49.5。", "12.1:38.4:49.5", "三次产业结构"),
    ("三次产业占比由上年的7.2:48.1:44.7,进一步优化为6.9:46.3:46.8,第三产业占比提高2.1个百分点。",
     "7.2:48.1:44.7", "三次产业占比"),
    ("三次产业占比由上年的7.2:48.1:44.7,进一步优化为6.9:46.3:46.8,第三产业占比提高2.1个百分点。",
     "6.9:46.3:46.8", "三次产业占比"),
    ("产业结构持续优化,由上年的8.5:50.2:41.3演变为8.1:49.6:42.3。", "8.5:50.2:41.3", "产业结构"),
    ("产业结构持续优化,由上年的8.5:50.2:41.3演变为8.1:49.6:42.3。", "8.1:49.6:42.3", "产业结构"),
    ("三次產業結構由上年的10.2:40.5:49.3調整為9.9:41.0:49.1。", "9.9:41.0:49.1", "三次產業結構"),
    ("城乡居民收入比由上年同期的2.31:1下降为2.27:1。", "2.27:1", "城乡居民收入比"),
])
def test_a_ratio_reached_by_a_move_is_the_structures(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


# --- a price cheaper or dearer than its base: down 便宜, up 贵, named by the price ---------------------------------------

@pytest.mark.parametrize(("text", "surface", "subject", "change", "base"), [
    ("农业部门表示,白菜批发价格较去年同期便宜3成。", "3成", "白菜批发价格", "down", "去年同期"),
    ("鲈鱼、鳜鱼等养殖鱼种,产地价较去年同期相比便宜2至3成。", "2至3成", "产地价", "down", "去年同期"),
    ("小麦收购价比周边地区便宜15元/吨,当地收购价在2400元/吨左右。", "15元/吨", "小麦收购价", "down", "周边地区"),
    ("牛肉价格比去年春节每斤便宜了五六元。", "五六元", "牛肉价格", "down", "去年春节"),
    ("今年蘋果價格比去年貴了12%。", "12%", "蘋果價格", "up", "去年"),
])
def test_a_price_cheaper_or_dearer_than_its_base(text: str, surface: str, subject: str, change: str,
                                                 base: str) -> None:
    f = _facts(text)[surface]
    assert (f.get("subject"), f.get("change"), f.get("base")) == (subject, change, base)


@pytest.mark.parametrize(("text", "surface"), [
    ("這款手機的售價只要3000元,相當便宜。", "3000元"),        # cheap, no base: no move
    ("贵州茅台股价报1500元。", "1500元"),                     # 贵 of a name
])
def test_cheap_or_dear_without_a_base_states_no_move(text: str, surface: str) -> None:
    assert _facts(text)[surface].get("change") is None


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("土雞價格確實較去年同期上漲2成。", "2成", "土雞價格"),          # an adverb before the base is no part of it
    ("鸡蛋价格的确比上月高出一成。", "一成", "鸡蛋价格"),
])
def test_an_adverb_of_certainty_before_a_base_is_no_subject(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


# --- a flat's size class: its own levels, whatever index the breakdown opens with ---------------------------------------

def test_a_size_class_in_an_index_breakdown_names_its_own_level() -> None:
    s = _subjects("至於各類型單位指數全綫回落,其中跌幅最大為面積1722方呎以上的豪宅,最新報288.3點,按月跌2.5%,"
                  "其次為面積1076至1721方呎的大單位,最新報305.2點,跌1.8%,而面積431呎以下的細單位,報418.6點,下跌0.2%。")
    assert (s["288.3點"], s["305.2點"], s["418.6點"]) == ("豪宅", "大單位", "細單位")
    assert (s["2.5%"], s["1.8%"], s["0.2%"]) == ("豪宅", "大單位", "細單位")


def test_an_index_named_after_the_class_keeps_its_level() -> None:
    assert _subjects("其中面積1722方呎以上的豪宅,售價指數報288.3點。")["288.3點"] == "售價指數"


# --- a name before a bracketed code (an index's series, an exchange and ticker) is the subject -------------------------

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("国际棉花指数(Cotlook:A)较年初上涨12.4%至91.20美分/磅。", "12.4%", "国际棉花指数"),
    ("国际棉花指数(Cotlook:A)较年初上涨12.4%至91.20美分/磅。", "91.20美分/磅", "国际棉花指数"),
    ("宁德时代(SZ:300750)营业收入1500亿元。", "1500亿元", "宁德时代营业收入"),
])
def test_a_bracketed_code_cuts_no_clause(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_colon_outside_a_code_still_cuts() -> None:
    assert _subjects("公司名称：某某证券，营业收入120亿元。")["120亿元"] == "营业收入"


# --- a province's indicator keeps 我省; a lead word after it, or 我国, leaves it out ------------------------------------

@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("今年前5个月,我省规模以上工业增加值同比增长6.2%。", "6.2%", "我省规模以上工业增加值"),
    ("一季度我省进出口总值1234.5亿元。", "1234.5亿元", "我省进出口总值"),
    ("今年前5个月,我国货物贸易进出口总值17.9万亿元。", "17.9万亿元", "货物贸易进出口总值"),   # the sets split on 我国
])
def test_a_provincial_indicator_keeps_wo_sheng(text: str, surface: str, subject: str) -> None:
    assert _subjects(text)[surface] == subject


def test_a_lead_word_after_wo_sheng_leaves_it_out() -> None:
    assert not _subjects("截至5月底,我省共有高新技术企业1.2万家。")["1.2万家"].startswith("我省")   # 共有: firms counted
