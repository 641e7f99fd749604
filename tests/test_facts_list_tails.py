"""A list of bare numbers closed by a number with a magnitude and no unit shares the magnitude and
the kind the list is read with: `发行规模分别在1.5、1.75、1.35万亿左右` is three sums of 万亿元 (read one
by one, 1.5 was 1.5 元: wrong by twelve places), `网民规模分别为5.2、6.1和8.5亿` three head counts."""

from __future__ import annotations

import pytest

from store.facts import extract


def got(text: str) -> dict[str, tuple[str, object, str | None]]:
    return {f["surface"]: (f["kind"], f["value"], f["unit"]) for f in extract(text)}


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("利率债发行规模分别在1.5、1.75、1.35万亿左右。", "1.5", ("money", 1_500_000_000_000, "元")),
    ("利率债发行规模分别在1.5、1.75、1.35万亿左右。", "1.75", ("money", 1_750_000_000_000, "元")),
    ("预测7月、8-9月利率债发行规模分别在 1.5、 1.75、 1.35 万亿左右。", "1.5", ("money", 1_500_000_000_000, "元")),
    ("网民规模分别为5.2、6.1和8.5亿。", "6.1", ("count", 610_000_000, "人")),
    ("利率债发行规模分别为1.5、1.75、1.35万亿元。", "1.75", ("money", 1_750_000_000_000, "元")),
])
def test_items_before_a_bare_magnitude_share_it(text: str, surface: str, want: tuple) -> None:
    assert got(text)[surface] == want


def test_no_item_keeps_its_bare_digits_as_a_sum() -> None:
    values = [v for _, v, _ in got("利率债发行规模分别在1.5、1.75、1.35万亿左右。").values()]
    assert 1.5 not in values and 1.75 not in values


def test_an_item_with_its_own_magnitude_is_no_shared_list() -> None:
    assert got("投资分别为3亿、5、8万")["3亿"][1] == 300_000_000


@pytest.mark.parametrize(("text", "want"), [
    ("预计这五个渠道派生的 M2 分别为 0、 4.8、 18.2、 1.4、 -6.4 万亿元。",
     {"0": 0, "4.8": 4_800_000_000_000, "18.2": 18_200_000_000_000, "1.4": 1_400_000_000_000,
      "-6.4 万亿元": -6_400_000_000_000}),
    ("两家公司利润分别为-1.2、3.4亿元。", {"-1.2": -120_000_000, "3.4亿元": 340_000_000}),
    ("三地增速分别为-1.2%、3.4%和-0.5%。", {"-1.2%": -1.2, "3.4%": 3.4, "-0.5%": -0.5}),
])
def test_a_signed_item_stays_in_its_list(text: str, want: dict) -> None:
    assert {f["surface"]: f["value"] for f in extract(text) if f["kind"] not in ("count", "year")} == want


def test_a_model_number_opens_no_list() -> None:
    assert not extract("歼-20、歼-35等型号亮相。")
