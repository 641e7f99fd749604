"""CJK wrapping by terminal cells (tui.wrap)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.wrap import CLOSING, OPENING, wrap_lines, wrap_text

TEXT = ("重庆新能源汽车产量从2020年的4.3万辆飙升至2024年的95.3万辆,四年增长22.2倍;"
        "贡献率达66.7%,成为“压舱石”。1-10月,新增企业1,200余家。")


def test_lines_never_exceed_the_width_in_cells() -> None:
    for width in range(6, 60):
        assert all(cell_len(line) <= width for line in wrap_lines(TEXT, width))


def test_breaks_between_cjk_characters_without_spaces() -> None:
    lines = wrap_lines("一二三四五六七八九十", 6)
    assert lines == ["一二三", "四五六", "七八九", "十"]


def test_numbers_stay_whole_with_their_units() -> None:
    for width in range(10, 60):
        joined = "\n".join(wrap_lines(TEXT, width))
        for number in ("95.3万辆", "66.7%", "1-10月", "4.3万辆", "22.2倍", "1,200余"[:-1]):
            assert number in joined, (width, number)


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation() -> None:
    for width in range(6, 60):
        lines = wrap_lines(TEXT, width)
        for line in lines[1:]:
            assert line[0] not in CLOSING, (width, line)
        for line in lines[:-1]:
            assert line[-1] not in OPENING, (width, line)


def test_fact_surfaces_are_kept_whole_when_they_fit() -> None:
    text = "一二三四五六七八九十贡献率达66.7%"
    start = text.index("贡献率达")
    lines = wrap_lines(text, 22, keep=[(start, len(text))])
    assert lines[-1] == "贡献率达66.7%"


def test_hard_newlines_and_blank_paragraph_lines_are_kept() -> None:
    assert wrap_lines("甲\n\n乙", 10) == ["甲", "", "乙"]


def test_spans_index_the_original_text() -> None:
    text = "第一段\n\n第二段文字"
    spans = wrap_text(text, 4)
    assert [text[s:e] for s, e in spans] == ["第一", "段", "", "第二", "段文", "字"]
    assert [s for s, _ in spans] == [0, 2, 4, 5, 7, 9]


def test_spaces_are_break_points_and_dropped_at_breaks() -> None:
    assert wrap_lines("hello world again", 11) == ["hello world", "again"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="一二三，。“”（）0123456789.%万亿元 ab", max_size=80), st.integers(2, 30))
def test_wrapping_loses_nothing_and_fits(text: str, width: int) -> None:
    text = text.replace("\n", "")
    spans = wrap_text(text, width)
    assert all(cell_len(text[s:e]) <= width for s, e in spans)
    kept = "".join(text[s:e] for s, e in spans).replace(" ", "")
    assert kept == text.replace(" ", "")


def test_a_path_in_a_message_keeps_its_leading_slash_and_a_url_its_double_slash():
    assert wrap_lines("Search failed: /tmp/fd/small/s.json: cannot build the search index", 30)[:2] == [
        "Search failed:", "/tmp/fd/small/s.json: cannot"]  # never "Search failed: /" then "tmp/…"
    assert wrap_lines("网址 https://example.com/a/b 见报", 20) == ["网址 https://", "example.com/a/b 见报"]


def test_a_quoted_command_keeps_its_quotes_with_its_words():
    """A message naming a command in straight quotes broke after the opening
    one (the toast read "… run '" / "factdesk check --fix'", and "(`" /
    "factdesk check --fix`)" at 80×24); a quote after a space opens, and
    stays with the word after it, any other closes."""
    message = ("/tmp/fd/s.json.d/shards/066.g2.json.zst: shard file is damaged (its checksum differs); "
               "run 'factdesk check --fix' — it was left as it is (`factdesk check --fix` repairs) \"quoted\"")
    for width in range(12, 90):
        for line in wrap_lines(message, width):
            assert not line.endswith((" '", " `", "(`", ' "')), (width, line)
            assert not line.startswith(("'", "`", '"')) or line.startswith(("'factdesk", "`factdesk", '"quoted')), (
                width, line)
