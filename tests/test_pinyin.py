"""The pinyin vocabulary: words from titles/headings/subjects/leads, spelled as whole words."""

from collections import Counter

from store.search.pinyin import PinyinLookup, build_vocab, count_words


def test_strong_texts_give_all_their_words_including_inner_ones():
    counts = count_words(["重庆市长寿区新能源汽车"], [])
    assert {"重庆", "长寿", "新能源"} <= set(counts)


def test_lead_words_need_to_be_seen_twice():
    counts = count_words([], ["记者走访了养老机构", "养老机构正在扩建", "偶然出现的词汇"])
    assert "养老" in counts or "养老机构" in counts
    assert "偶然" not in counts


def test_only_chinese_words_of_two_to_six_chars_are_kept():
    counts = count_words(["GDP 增长 5% 中华人民共和国国务院新闻办公室 我"], [])
    assert all(2 <= len(w) <= 6 and w.isalpha() and not w.isascii() for w in counts)


def test_words_are_spelled_whole_so_polyphones_read_right():
    vocab = build_vocab(Counter({"重庆": 3, "长寿": 2, "银行": 1}))
    assert vocab["重庆"][1:] == ["chongqing", "cq"]
    assert vocab["长寿"][1:] == ["changshou", "cs"]
    assert vocab["银行"][1] == "yinhang"


def test_lookup_by_full_pinyin_and_initials_most_frequent_first():
    look = PinyinLookup(build_vocab(Counter({"重庆": 5, "长寿": 2, "城区": 9})))
    assert look.words("chongqing") == ["重庆"]
    assert look.words("ChangShou") == ["长寿"]
    assert look.words("cq") == ["城区", "重庆"]
    assert look.words("zhongqing") == []


def test_known_words_keep_their_spelling_and_add_counts():
    first = build_vocab(Counter({"重庆": 1}))
    again = build_vocab(Counter({"重庆": 2, "长寿": 1}), first)
    assert again["重庆"][0] == 3 and "长寿" in again


def test_leads_are_read_only_up_to_a_bound(monkeypatch):
    import store.search.pinyin as pinyin

    monkeypatch.setattr(pinyin, "WEAK_CHARS_MAX", 10)
    counts = count_words([], ["养老机构正在扩建"] * 2 + ["新能源汽车产量增长"] * 2 + ["重庆长寿"] * 2)
    assert "养老" in counts or "养老机构" in counts
    assert "重庆" not in counts and "长寿" not in counts
