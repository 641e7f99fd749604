"""Units of Hong Kong and Taiwan market reports (the sealed4 sample's public part, as rules):
Taiwan rate steps in 碼 (a quarter of a percentage point), Hong Kong basis points 點子 and
cents 仙.  Conventions in tests/gold/README.md ("The sealed4 sample (public part)"): points
in percentage points, unit as written.  Sentences written for the rule."""

from __future__ import annotations

import pytest

from store.facts import extract


def fact(text: str, surface: str, date: str | None = "2022-06-16") -> dict:
    found = [f for f in extract(text, date=date) if f["surface"] == surface]
    assert len(found) == 1, (surface, [f["surface"] for f in extract(text, date=date)])
    return found[0]


def surfaces(text: str) -> list[str]:
    return [f["surface"] for f in extract(text, date="2022-06-16")]


# --- 碼: a quarter of a percentage point -------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("央行理監事會決議升息半碼,重貼現率調升至1.5%。", "半碼", 0.125, "码"),
    ("“央行”宣布升息半码,也就是0.125个百分点。", "半码", 0.125, "码"),
    ("市場預期央行下季再升息1碼。", "1碼", 0.25, "码"),
    ("央行自去年3月以來累計升息3.5碼。", "3.5碼", 0.875, "码"),
    ("美國聯準會一口氣升息3碼,為1994年來最大幅度。", "3碼", 0.75, "码"),
    ("央行降息一碼,重貼現率降至1.125%。", "一碼", 0.25, "码"),
])
def test_a_rate_step_in_ma_is_points_of_a_quarter_each(text: str, surface: str, value: float, unit: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"]) == ("points", value, unit)


def test_a_raise_goes_up_and_a_cut_goes_down() -> None:
    assert fact("央行宣布升息半碼。", "半碼")["change"] == "up"
    assert fact("央行宣布降息1碼。", "1碼")["change"] == "down"


def test_what_a_ma_is_said_to_be_is_read_with_it() -> None:
    text = "1碼是0.25個百分點。"
    assert (fact(text, "1碼")["value"], fact(text, "0.25個百分點")["value"]) == (0.25, 0.25)


@pytest.mark.parametrize("text", [
    "全市推行“一码通办”,群众办事更方便。",
    "扫描二维码即可查询。",
    "这双鞋是43码的。",
    "車站實施一碼通行。",
])
def test_a_code_a_size_or_a_pass_in_ma_is_no_rate_step(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "points"]


# --- 點子: Hong Kong basis points --------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value", "change"), [
    ("毛利率為39.3%,按年跌186點子。", "186點子", 1.86, "down"),
    ("季內經營利潤率按季升356點子。", "356點子", 3.56, "up"),
    ("一個月銀行同業拆息升5点子,至4.2%。", "5点子", 0.05, "up"),
    ("毛利率按年增長87點子至42.3%。", "87點子", 0.87, "up"),
])
def test_hong_kong_basis_points_are_hundredths_of_a_point(text: str, surface: str, value: float,
                                                          change: str) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["change"]) == ("points", value, change)


def test_an_idea_is_no_basis_point() -> None:
    assert not [f for f in extract("大家出了三个好点子,也想出十点子来。") if f["kind"] == "points"]


# --- 仙: Hong Kong cents ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("純利7,535.1萬元,按年跌71.8%;每股盈利18仙。", "18仙", 18),
    ("錄得純利1.38億元,每股盈利28.32仙。", "28.32仙", 28.32),
    ("中期息7仙,另派特別息21.5仙。", "21.5仙", 21.5),
    ("公司宣派末期股息每股3.5仙。", "3.5仙", 3.5),
])
def test_cents_written_alone_are_money_in_xian(text: str, surface: str, value: float) -> None:
    f = fact(text, surface)
    assert (f["kind"], f["value"], f["unit"].split("/")[0]) == ("money", value, "仙")


def test_a_loss_per_share_in_cents_is_negative() -> None:
    assert fact("集團每股虧損2.34仙。", "2.34仙")["value"] == -2.34


@pytest.mark.parametrize("text", ["八仙过海,各显神通。", "景区有3仙人洞。", "水仙花开了。"])
def test_immortals_and_flowers_are_no_cents(text: str) -> None:
    assert not [f for f in extract(text) if f["kind"] == "money"]
