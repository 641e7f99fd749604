"""Subject forms a fresh sample (sealed39) showed misread, each as its class (sentences written for the tests).

- **A change in brackets after a level is the level's:** `高雄147.4萬TEU(+2.77%)`, `二、高雄港:五十萬…TEU(較去年同期增加十六點一二%)`
  — the bracket holds only its move and base, so it names the level's item (the level's subject, or the label before
  the level's colon when the level is written in Chinese numerals); a level restated in brackets (`升息半碼(○‧一二五個百分點)`)
  is no move, and a figure (`一百零二萬八千一百七十二TEU`) is never a subject.
- **A market share is its own indicator:** `營收…，市占率再上升至71%`, `中芯…營收…，市占5.1%`, `以2.6%市占` — the share
  (with the company named before its revenue), not the revenue's share; the points it moves by and the level it
  reaches (`市占率略減0.5個百分點至6.8%`, `創新高，季增0.8個百分點`) are the share's too.
- **A topic named once, then only totals, bases and moves:** `「兩岸海運直航貨櫃裝卸量」總計…TEU,較去年同期…TEU,成長…%`,
  `玉井蒸熱場的芒果蒸熱處理量,目前累計約…公噸,是去年同期的…倍` — the quoted name or the opening clause, when it ends in
  a measure's head and every word up to the figure is a total's, base's or move's.
- **Words that name nothing before a figure:** a turn (`由升轉跌`), `少許`, `對比`, `目前`, `大概` and a price's
  denominator (`每坪`, `每公頃`) stand between the subject and its figure (`一個月拆息由升轉跌報2.79292厘` → the
  rate, never `升轉`; `台北市平均房價已漲到每坪95.1萬元` → the price); a subject read as a move alone (`來到目前`,
  `持續滑落`) is none, and the sentence's indicator stands.
- **A frame is no noun measured:** `在连续9年稳定在1.3万亿斤以上的基础上,首次迈上1.4万亿斤新台阶` — `基础上`, `新台阶` after a
  figure are levels passed, so the sentence's indicator stands; an adverb of degree (`爆發性成長`, `按季微增`,
  `同樣微升`) and `落在` are no subject; a rank told as what the indicator became (`成为服务贸易第一大领域`) is the
  sentence's indicator's.
- **A bound's comparator is no part of a subject, and the head before it is what is measured:** `传输时延小于0.5毫秒`
  → `传输时延`; `能见度小于500米的大雾天气` → the visibility, not the fog after 的.
- **Titles in 《》 listed before 分别 are its items:** `《前任4:英年早婚》《志愿军:雄兵出击》…分别以8.87亿元、4.97亿元…` → each
  figure its title as written, colon and all.
- **An age told from a founding is the founding's:** `新竹科學園區成立迄今41年` → `新竹科學園區成立`, as
  `深圳经济特区成立 45 周年` is.
- **A ；-item compared with the one before names itself:** `华东地区活猪平均价格较高,为11.86元/公斤;西南地区较低,为10.89元/公斤`
  → `西南地区活猪平均价格` (the indicator kept), `…；旗津風景區則持續低迷，只有二六○．二萬人次` → `旗津風景區`, never the item
  before's subject carried over.
- **A guidance's end is the guidance's, lending nothing:** `超越財測9570億元高標` → `財測`; the sentence's later figures
  (`以美元計算達331億美元，季增10.1％`) keep the indicator before it, never `高標`.
"""

from __future__ import annotations

import pytest

from store.facts import extract


def _facts(text: str, date: str = "2025-08-13") -> list[dict]:
    return [f for f in extract(text, date=date) if f["kind"] not in ("date", "year")]


def _subject(text: str, surface: str) -> str | None:
    return next(f for f in _facts(text) if f["surface"] == surface)["subject"]


_PORTS = ("統計指出,前兩月四港櫃量漲跌互見,依序是:高雄152.6萬TEU(+3.15%)、台中21.9萬TEU(-4.02%)、"
          "基隆20.4萬TEU(-1.93%)。")
_PORTS_CN = ("基隆港:二十一萬三千四百TEU(較去年同期減少三點一二%);二、高雄港:四十八萬一千二百TEU(較去年同期增加"
             "十二點零五%);三、臺中港:二十萬零九百TEU(較去年同期增加二點六%)。")


@pytest.mark.parametrize(("text", "surface", "subject"), [
    (_PORTS, "3.15%", "高雄"),
    (_PORTS, "-4.02%", "台中"),
    (_PORTS, "-1.93%", "基隆"),
    (_PORTS_CN, "三點一二%", "基隆港"),
    (_PORTS_CN, "十二點零五%", "高雄港"),
    (_PORTS_CN, "二點六%", "臺中港"),
    ("一、基隆港:213400TEU(較去年同期減少3.12%);二、高雄港:481200TEU(較去年同期增加12.05%)。", "12.05%", "高雄港"),
])
def test_a_bracketed_move_after_a_level_is_the_levels(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_level_restated_in_brackets_is_no_move() -> None:
    text = "央行昨天宣布降息半碼(○‧一二五個百分點),重貼現率由二‧○%調降到一‧八七五%。"
    assert _subject(text, "○‧一二五個百分點") is None


def test_a_figure_is_never_a_subject() -> None:
    text = "本港今年前三個月「貨櫃裝卸量」總計五十二萬三千TEU,較去年同期(四十九萬八千TEU),增加五點一%。"
    assert _subject(text, "五點一%") == "貨櫃裝卸量"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("受惠新機備貨，台積電第三季營收近331億美元，季增9.3%，市占率再上升至71%，創新高，季增0.8個百分點。", "71%",
     "台積電市占率"),
    ("受惠新機備貨，台積電第三季營收近331億美元，季增9.3%，市占率再上升至71%，創新高，季增0.8個百分點。", "0.8個百分點",
     "台積電市占率"),
    ("三星營收31.8億美元，大致跟前一季持平，市占率略減0.5個百分點至6.8%，排名第二。", "0.5個百分點", "三星市占率"),
    ("三星營收31.8億美元，大致跟前一季持平，市占率略減0.5個百分點至6.8%，排名第二。", "6.8%", "三星市占率"),
    ("集邦調查，中芯第三季營收季增7.8%，達23.8億美元，市占5.1%、位居第三。", "5.1%", "中芯市占"),
    ("格羅方德營收約16.9億美元、持平前季，維持第五名，市占率滑落至3.6%。", "3.6%", "格羅方德市占率"),
    ("華虹集團營收逾12.1億美元，以2.6%市占位居第六。", "2.6%", "市占"),
])
def test_a_market_share_is_its_own_indicator(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_market_share_cut_at_its_zhan_is_made_whole() -> None:
    assert _subject("光伏组件关键材料全球市占率超80%，储能装机规模全球第一。", "超80%") == "光伏组件关键材料全球市占率"


def test_a_revenue_beside_a_market_share_keeps_its_word() -> None:
    text = "集邦調查，中芯第三季營收季增7.8%，達23.8億美元，市占5.1%、位居第三。"
    assert _subject(text, "7.8%") == "中芯營收"
    assert _subject(text, "23.8億美元") == "中芯營收"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("我國今年前十個月臺灣各商港「兩岸海運直航貨櫃裝卸量」總計二百一十萬零三百TEU,較去年同期二百零五萬TEU,增加二點五%。",
     "二點五%", "兩岸海運直航貨櫃裝卸量"),
    ("至於我國十月「兩岸海運直航貨櫃裝卸量」,總計二十二萬一千TEU,較去年同月二十一萬TEU,成長五點二四%。", "五點二四%",
     "兩岸海運直航貨櫃裝卸量"),
    ("楠西蒸熱場的芒果蒸熱處理量,目前累計約一百八十公噸,是去年同期的一.八倍。", "約一百八十公噸",
     "楠西蒸熱場的芒果蒸熱處理量"),
    ("楠西蒸熱場的芒果蒸熱處理量,目前累計約一百八十公噸,是去年同期的一.八倍。", "一.八倍", "楠西蒸熱場的芒果蒸熱處理量"),
])
def test_a_topic_named_once_lends_its_totals_and_moves(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_reporting_clause_names_no_topic() -> None:
    text = "交通部統計處表示,目前累計約一百八十公噸。"
    assert _subject(text, "約一百八十公噸") is None


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("港元拆息個別發展，而與樓按相關的一個月拆息由跌轉升報2.41083厘，升1.27基點。", "2.41083厘", "一個月拆息"),   # (subj50: no relative clause)
    ("港元拆息個別發展，而與樓按相關的一個月拆息由跌轉升報2.41083厘，升1.27基點。", "1.27基點", "一個月拆息"),
    ("蔬菜自給率則是 85.2%,與 2023 年相比,少許提升 0.6%。", "0.6%", "蔬菜自給率"),
    ("以熱量計算的糧食自給率下滑至 31.1%,對比 2014 年的 32.8 %,跌幅達 5 %。", "32.8 %", "熱量計算的糧食自給率"),
])
def test_words_that_name_nothing_stand_between_a_subject_and_its_figure(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("其中,新北市平均房價已漲到每坪52.4萬元、年漲幅6.1%,連續六個季度上漲。", "52.4萬元", "新北市平均房價"),
    ("其中,新北市平均房價已漲到每坪52.4萬元、年漲幅6.1%,連續六個季度上漲。", "6.1%", "新北市平均房價"),
    ("雲林縣單位面積產量達到每公頃6120.5公斤,產量創近年新高。", "6120.5公斤", "雲林縣單位面積產量"),
    ("屏東縣的芒果平均價錢,從十幾元來到目前三十多元,而且農會禮盒銷售數量到目前已經有三千多箱。", "三十多元",
     "屏東縣的芒果平均價錢"),
    ("屏東縣的芒果平均價錢,從十幾元來到目前三十多元,而且農會禮盒銷售數量到目前已經有三千多箱。", "三千多箱",
     "農會禮盒銷售數量"),
    ("前九月櫃量累計1011.2萬TEU較去年同期持續滑落九點八個百分點。", "九點八個百分點", "櫃量"),
])
def test_denominators_and_moves_name_nothing(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("中部科學園區成立迄今22年,管理局於10月舉辦園慶活動。", "22年", "中部科學園區成立"),
    ("该公司成立至今已有30年。", "30年", "该公司成立"),
    ("2026年是深圳经济特区成立 46 周年。", "46 周年", "深圳经济特区成立"),
])
def test_an_age_told_from_a_founding_is_the_foundings(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("华北地区活猪平均价格较高,为12.46元/公斤;华南地区较低,为11.02元/公斤。", "11.02元/公斤", "华南地区活猪平均价格"),
    ("华北地区活猪平均价格较高,为12.46元/公斤;华南地区较低,为11.02元/公斤。", "12.46元/公斤", "华北地区活猪平均价格"),
    ("台中市主要觀光遊憩據點遊客人次，高美濕地以五○二．一萬人次領先；大坑風景區則持續低迷，只有一二○．四萬人次。",
     "一二○．四萬人次", "大坑風景區"),
])
def test_an_item_compared_with_the_one_before_names_itself(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_an_item_going_on_with_the_same_subject_keeps_it() -> None:
    text = "上月酒店及公寓住客按年增加11.1%至117.7萬人次;當中以內地,達72萬人次。"
    assert _subject(text, "72萬人次") != "當中"


_GUIDANCE = ("聯發科第三季合併營收1420.5億元，季增7%，超越財測1380億元高標，以美元計算達46.2億美元，季增9.1%，"
             "也超越財測45億美元高標。")


@pytest.mark.parametrize(("surface", "subject"), [
    ("1380億元", "財測"),
    ("45億美元", "財測"),
    ("46.2億美元", "聯發科合併營收"),
    ("9.1%", "聯發科合併營收"),
])
def test_a_guidance_end_is_the_guidances_and_lends_nothing(surface: str, subject: str) -> None:
    assert _subject(_GUIDANCE, surface) == subject


def test_a_frame_after_a_figure_is_no_noun_measured() -> None:
    text = "2025年全国粮食总产量14300亿斤,增长1.2%,在连续10年稳定在1.3万亿斤以上的基础上,再次迈上1.4万亿斤新台阶。"
    assert _subject(text, "1.3万亿斤以上") == "全国粮食总产量"
    assert _subject(text, "1.4万亿斤") == "全国粮食总产量"


def test_an_adverb_of_degree_is_no_subject() -> None:
    text = "竹科下轄園區中,生醫園區營業額更是較去年同期爆發性成長412.3%。"
    assert _subject(text, "412.3%") == "生醫園區營業額"


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("今年6月底總人口為681,300人,按季微增300人。", "300人", "總人口"),
    ("美國10年期公債殖利率去年12月約落在4.09%,近期已攀升至約4.26%。", "4.09%", "美國10年期公債殖利率"),
    ("批發業的失業率為3.1%,餐飲服務活動業的失業率同樣微升0.2個百分點。", "0.2個百分點", "餐飲服務活動業的失業率"),
    ("1—3月，知识产权使用费进出口1040.3亿元，增长21.8%，成为服务贸易第二大领域。", "第二", "知识产权使用费进出口"),
])
def test_adverbs_and_verbs_of_placing_name_nothing(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_a_rank_told_alone_after_becoming_names_the_indicator_after_it() -> None:
    text = "如今，我国已成为5G网络规模全球第一、网民规模全球第一。"
    assert [f["subject"] for f in _facts(text) if f["kind"] == "rank"] == ["5G网络规模", "网民规模"]


@pytest.mark.parametrize(("text", "surface", "subject"), [
    ("这里的大带宽网络可直达北京，传输时延小于0.8毫秒。", "0.8毫秒", "传输时延"),
    ("满载排水量6000吨，续航力大于8000海里。", "8000海里", "续航力"),
    ("拼接板对孔偏差小于3毫米。", "3毫米", "孔偏差"),
])
def test_a_bounds_comparator_is_no_part_of_a_subject(text: str, surface: str, subject: str) -> None:
    assert _subject(text, surface) == subject


def test_the_head_before_a_comparator_is_measured_not_the_noun_after() -> None:
    subject = _subject("受降雪影响，多地出现了能见度小于200米的大雾天气。", "200米")
    assert subject is not None and subject.endswith("能见度")


def test_titles_listed_before_fen_bie_are_its_items() -> None:
    text = "《流浪地球3:启程》《长安的荔枝》和《哪吒:重生》分别以12.3亿元、6.1亿元和4.2亿元位列票房榜前三。"
    assert [_subject(text, x) for x in ("12.3亿元", "6.1亿元", "4.2亿元")] == ["流浪地球3:启程", "长安的荔枝", "哪吒:重生"]
