"""Articles of a law or a treaty, and trade-law sections named by their number: labels, not figures.

- an article named after its law (`宪法第九条`, `基本法第23条立法`, `《联合国宪章》第五十一条`,
  `《1974年贸易法》第301条`, `北约第五条即集体防御条款`, `谅解备忘录第五条款`) or before its
  paragraph (`第48条第3款`), in either script: which clause, not the 9th of anything counted;
  (`第一条高铁`, `第三条跨境铁路` stay ranks: no law before them);
- the US trade-law sections named by number (`232條款`, `301调查`, `“301调查”`, `232半導體產業調查`,
  `钢铝232关税措施`, `337调查`): a statute's name, not 232 articles (`新增374条指数` stays a count).
"""

from __future__ import annotations

import re

_N = r"[一二三四五六七八九十百零〇两\d]+"
# what a clause's law ends with, right before 第: 宪法, 基本法, 贸易法》, 宪章》, 条例, 公约, 协定, 北约 …
_LAW_BEFORE = re.compile(r"(?:[法例约約章定议議录錄则則]|章程|北约|北約|法案|草案)[》〉>」]?$")
# (a law's text as Taiwan's databases print it spaces the number: `第 45 條 中華民國國民年滿四十歲者…` — cov51)
_ARTICLE_RE = re.compile(rf"第\s?{_N}\s?[条條](?:款|第{_N}[款项項])?")
# … an article told by what it does (依第42條規定, 第9條明定, 第十二条规定: the conventions' clause of a law), or printed
# spaced on both sides of its number, as only a law's text is (第 172 條 命令…): cov51 — never a line or a road
# (台北第一條捷運, 第三条跨境铁路 stay ranks: sealed36 labels one)
_ARTICLE_TOLD_RE = re.compile(r"\s?(?:规定|規定|明定|明訂|明订|所定|所称|所稱|之规定|之規定|的规定|的規定|条文|條文|修正(?!案)|第[一二三四五六七八九十\d]+[款项項])")
# an article right after its law without 第, as Hong Kong and Macao write it (基本法23條, 基本法第23条 above)
_BARE_ARTICLE_RE = re.compile(rf"(?:(?<=基本法)|(?<=[宪憲]法))(?:\d{{1,3}}|[一二三四五六七八九十百零〇两]+)[条條](?!例)")
_NEXT_ARTICLE_RE = re.compile(rf"[、和及与與至到]({_ARTICLE_RE.pattern})")
_CLAUSE_AFTER = re.compile(rf"第{_N}[款项項]|之[一二三四五六七八九]")
# the sections of US trade law known by their number
_SECTION_RE = re.compile(r"(?<![\d.,])(?:122|201|232|301|337)(?![\d.,])"
                         r"(?=[条條]款|[调調]查|[关關]税|[关關]稅|措施|[^，。；,;\d条條家个個项項名人件次起种種只座所亿億万萬千百元美%年月日吨噸][^，。；,;\d]{0,7}?[调調]查)")


def statute_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each article of a law and each numbered trade-law section in the normalised text."""
    out: list[tuple[int, int]] = []
    if "条" in norm or "條" in norm:
        for m in _ARTICLE_RE.finditer(norm):
            s, e = m.span()
            if _LAW_BEFORE.search(norm, max(0, s - 3), s) or norm[e - 1] in "款项項" or _CLAUSE_AFTER.match(norm, e) \
                    or _ARTICLE_TOLD_RE.match(norm, e) or (norm[s + 1] == " " and norm[e - 2] == " "):
                out.append((s, e))
                while nxt := _NEXT_ARTICLE_RE.match(norm, e):     # 第十四条和第四十七条: the law's next article
                    out.append((nxt.start(1), nxt.end()))
                    e = nxt.end()
    if "基本法" in norm or "宪法" in norm or "憲法" in norm:
        out.extend(m.span() for m in _BARE_ARTICLE_RE.finditer(norm))
    if "122" in norm or "201" in norm or "232" in norm or "301" in norm or "337" in norm:
        out.extend(m.span() for m in _SECTION_RE.finditer(norm))
    return out
