"""Items of a 分别 list joined by 、 whose last pair is joined by 及: 和 inside an item's name joins nothing.

`黑色金属冶炼和压延加工业、化学纤维制造业、医药制造业、电力热力生产和供应业及农副食品加工业,同比分别下降15.2%、…和6.7%`:
industries' names hold 和, so splitting at every 和 gave too many items and splitting at 、 alone too few; the
list's last 及 closes it.
"""

from __future__ import annotations

from store.facts import extract


def _subjects(text: str) -> dict[str, str | None]:
    return {f["surface"]: f["subject"] for f in extract(text, date="2026-01-09") if f["kind"] not in ("date", "year")}


def test_a_list_of_industries_closed_by_ji_gives_each_its_figure() -> None:
    got = _subjects("在调查的29个大类行业中,跌幅居前的行业为黑色金属冶炼和压延加工业、化学纤维制造业、医药制造业、"
                    "电力热力生产和供应业及农副食品加工业,同比分别下降15.2%、12.5%、11.8%、7.7%和6.7%。")
    assert [got[k] for k in ("15.2%", "12.5%", "11.8%", "7.7%", "6.7%")] == [
        "黑色金属冶炼和压延加工业", "化学纤维制造业", "医药制造业", "电力热力生产和供应业", "农副食品加工业"]


def test_two_names_with_he_and_a_last_item_after_ji() -> None:
    got = _subjects("此外,涨幅居前的行业为有色金属冶炼和压延加工业、印刷和记录媒介复制业及铁路船舶航空航天和其他运输设备制造业,"
                    "同比分别上涨11.0%、3.1%和1.7%。")
    assert [got[k] for k in ("11.0%", "3.1%", "1.7%")] == [
        "有色金属冶炼和压延加工业", "印刷和记录媒介复制业", "铁路船舶航空航天和其他运输设备制造业"]


def test_a_list_of_choices_closed_by_huo_splits_there() -> None:
    got = {f["surface"]: f["subject"] for f in extract(
        "旅客多經拱北口岸、青茂口岸或橫琴口岸出入境,分別佔百分之五十二、二十一點三及十點八。", date="2024-01-10")}
    assert "拱北口岸" in got["百分之五十二"]
    assert got["二十一點三"].startswith("青茂口岸") and got["十點八"].startswith("橫琴口岸")
