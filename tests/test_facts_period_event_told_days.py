"""Events told with their day and time (store/facts/period_days.py; tests/gold/README.md: "a figure about
an event told on a date has that date as its period"): `当地时间21日凌晨，…发生一起枪击案，造成3人死亡` is
that day's, a time of day dates a report only when a reporting verb follows (`20日晚报道`), and `当天`
after a report's day (`据…媒体20日晚报道，以色列当天…`) is that day.  Measured average durations
(`平均发行期限13.5年`, store/facts/period_measured.py) are figures of the sentence's period."""

from __future__ import annotations

import pytest

from store.facts import extract


def periods(text: str, date: str) -> dict[str, str | None]:
    return {f["surface"]: f["period"] for f in extract(text, date=date)}


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("当地时间21日凌晨，美国得克萨斯州凯蒂市发生一起枪击案，造成3人死亡、2人受伤。", "2024-01-22", "3人", "2024-01-21"),
    ("当地时间21日凌晨，美国得克萨斯州凯蒂市发生一起枪击案，造成3人死亡、2人受伤。", "2024-01-22", "2人", "2024-01-21"),
    ("當地時間5日下午，巴西南部一座橋樑坍塌，造成至少7人死亡。", "2024-03-06", "至少7人", "2024-03-05"),
    ("18日上午，山东省济南市一处民房发生火灾，造成2人受伤。", "2023-06-19", "2人", "2023-06-18"),
])
def test_an_event_told_with_its_time_of_day_is_that_days(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


@pytest.mark.parametrize(("text", "date", "surface"), [
    ("国家统计局20日下午发布数据，1-11月全国规模以上工业增加值增长4.5%。", "2025-12-21", "4.5%"),
    ("记者8日上午从省商务厅获悉，今年前10个月全省进出口总值1.2万亿元。", "2025-11-09", "1.2万亿元"),
])
def test_a_time_of_day_before_a_reporting_verb_dates_the_report(text: str, date: str, surface: str) -> None:
    assert periods(text, date)[surface] not in ("2025-12-20", "2025-11-08")


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("据巴勒斯坦媒体20日晚报道，以色列当天在加沙地带多地的军事行动导致至少90人死亡。", "2025-09-21", "至少90人",
     "2025-09-20"),
    ("据印尼国家抢险救灾署3日消息，当天发生的洪灾已造成15人死亡。", "2024-12-04", "15人", "2024-12-03"),
])
def test_that_day_after_a_reports_day_is_the_reports_day(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


def test_a_measured_average_term_is_a_figure_of_its_period() -> None:
    got = periods("10月,地方政府债券平均发行期限13.5年,其中一般债券7.5年,专项债券15.6年。", "2021-11-24")
    assert (got["13.5年"], got["7.5年"], got["15.6年"]) == ("2021-10", "2021-10", "2021-10")
    got = periods("1—9月，全省专利审查平均周期16.5个月。", "2025-10-20")
    assert got["16.5个月"] == "2025-01/2025-09"


def test_other_durations_stay_spans() -> None:
    assert periods("10月,全市项目建设工期18个月。", "2021-11-24")["18个月"] is None


def test_a_time_of_day_then_a_reporting_clause_dates_the_report() -> None:
    got = periods("6月10日晚，信立泰发布公告称，招商银行同意提供不超过4.5亿元的专项贷款。", "2026-06-11")
    assert got["不超过4.5亿元"] is None


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("当地时间17日晚，美国佛罗里达州迈阿密海滩发生枪击事件，造成1人死亡。根据警方消息，当晚事发地点人群密集。"
     "警方在现场找到4支枪，1名嫌疑人被逮捕。", "2023-03-19", "1名", "2023-03-17"),
    ("根据巴勒斯坦官方通讯社20日报道，以色列国防军当天袭击约旦河西岸多地。以军称，在约旦河西岸抓捕了约20名巴勒斯坦人。",
     "2025-11-21", "约20名", "2025-11-20"),
    ("當地時間5日下午，巴西南部一座橋樑坍塌。救援人員在現場找到3名失蹤者。", "2024-03-06", "3名", "2024-03-05"),
])
def test_an_events_toll_after_the_sentence_dating_it_is_that_days(text: str, date: str, surface: str, day: str) -> None:
    assert periods(text, date)[surface] == day


def test_a_count_after_a_sentence_without_a_day_stays_without() -> None:
    got = periods("今年，全市开展安全检查。警方在现场找到4支枪，1名嫌疑人被逮捕。", "2023-03-19")
    assert got["1名"] is None


@pytest.mark.parametrize("second", [
    "另据日本媒体报道，多地有3人受伤。",
    "日本内阁官房长官林芳正表示，台风累计导致3人死亡。",
])
def test_a_running_total_or_another_sources_toll_is_not_the_days(second: str) -> None:
    text = "今年第10号台风今天（8月29日）早上在日本鹿儿岛县登陆，多地遭遇大风。" + second
    got = periods(text, "2024-08-29")
    assert got["3人"] is None


@pytest.mark.parametrize(("text", "date", "surface", "day"), [
    ("今年第10号台风今天（8月29日）早上在日本鹿儿岛县登陆，多地遭遇大风。日本内阁官房长官林芳正表示，台风已经导致3人死亡。",
     "2024-08-29", "3人", "2024-08-29"),
    ("一艘渡轮29日晚在南部海域起火。海岸警卫队称，事故已造成29人死亡，有160名乘客获救。", "2023-03-30", "29人", "2023-03-29"),
    ("据地震台网测定，某国西部10日发生6.3级地震。当地应急管理中心称，多地都有震感。地震已造成1人死亡，29人受伤。",
     "2025-08-11", "1人", "2025-08-10"),
])
def test_a_toll_already_reached_is_the_count_as_of_the_day_told_before(text: str, date: str, surface: str, day: str) -> None:
    # sealed7, sealed10, sealed12 and sealed14 label a toll with 已 so (sealed6 alone had none)
    assert periods(text, date)[surface] == day


@pytest.mark.parametrize(("text", "surface", "day"), [
    ("另据叙利亚媒体13日报道，以军空袭了一栋建筑，造成三名平民受伤。", "三名", "2025-03-13"),
    ("黎巴嫩国家安全总局10日称，以色列当天空袭黎南部城市，造成13名工作人员死亡。", "13名", "2025-03-10"),
])
def test_a_toll_naming_who_was_hit_takes_the_day_its_sentence_reports(text: str, surface: str, day: str) -> None:
    assert periods(text, "2025-03-14")[surface] == day


@pytest.mark.parametrize(("text", "surface"), [
    ("不结盟运动第19次峰会20日在乌干达首都坎帕拉闭幕。", "第19次"),
    ("当地时间11月1日上午，国家主席习近平出席亚太经合组织第三十二次领导人非正式会议。", "第三十二次"),
    ("國務院總理5月26日上午乘包機赴韓國出席第九次中日韓領導人會議。", "第九次"),
])
def test_an_edition_of_a_meeting_has_no_period(text: str, surface: str) -> None:
    assert periods(text, "2025-11-02")[surface] is None


@pytest.mark.parametrize("text", [
    "今天（7月7日），南京举行纪念活动。各界代表向在南京大屠杀中遇难的30多万同胞表达追思缅怀。",
    "今天（7月9日），台风逼近福建。宁德35000多艘船舶将全部撤离至安全水域避风。",
    "黎巴嫩卫生部门今天发布数据。自3月2日以来，以军袭击已造成黎巴嫩1021人死亡、2641人受伤。",
])
def test_no_days_toll_for_remembrance_plans_or_totals_so_far(text: str) -> None:
    got = periods(text, "2026-07-09")
    assert all(p is None or len(p) != 10 for s, p in got.items() if s[0].isdigit() and "月" not in s)


def test_a_meeting_numbered_within_a_year_keeps_the_year() -> None:
    got = periods("北京证券交易所上市委员会2026年第57次审议会议于2026年6月11日上午召开。", "2026-06-12")
    assert got["第57次"] == "2026"


def test_a_total_since_a_day_has_no_day() -> None:
    got = periods("据美国媒体11日报道，飓风“米尔顿”自9日晚登陆佛罗里达州以来，已造成该州至少17人死亡。", "2024-10-12")
    assert got["至少17人"] is None


def test_an_edition_of_a_course_has_no_period() -> None:
    got = periods("中管干部学习贯彻党的二十届四中全会精神第1期研讨班16日上午在中央党校开班。", "2025-12-16")
    assert got["第1期"] is None


@pytest.mark.parametrize(("text", "ranks"), [
    ("截至昨天（10月20日）下午，第三轮第三批8个中央生态环境保护督察组全部实现督察进驻。", ("第三轮", "第三批")),
    ("今天（3月12日），长征八号火箭将千帆星座第五批18颗组网卫星送入预定轨道。", ("第五批",)),
])
def test_ordinals_naming_a_counted_batch_have_no_period(text: str, ranks: tuple[str, ...]) -> None:
    got = periods(text, "2024-10-21")
    assert all(got[r] is None for r in ranks)

