"""Numbers of unlabelled technology, law and community text that name a thing rather than measure it (cov52).

- a chip's process node (`7nm工艺`, `达到5纳米`, `进入亚10纳米时代`, `二奈米製程`, `都在10nm以上`): in a sentence about
  chips (制程/工艺/芯片/晶圆/半导体/光刻/代工/处理器/晶体管 or a foundry's name) a length in nanometres of at most
  three digits is the node's name, and in a text about chips one of 28 nm or finer in any sentence; a length
  measured (`分辨率达到2.5纳米`, `厚度仅5纳米`: fresh labels a microscope's resolution) stays — the gold sets trap `3納米`, `5納米`, `7納米` and `2奈米` (sealed41's pairs
  `22/28奈米` are label_traps'); `厚度0.5毫米`-like sizes in 毫米 are no node and stay;
- the continuations of a law's numbered part or article (`除第15(a)(ii)、16及48条外`, `第2至13及15部`,
  `第2至12部`): each number after 第's list is the ordinal's, no count of 16 articles or 13 parts
  (`第一、二季度` and `第二、三位` are no law's parts and stay);
- an article heading a law's text (`第一条 为了…`, `第六条　国务院…`, `第二条為了…`): the article's number at a
  line or sentence head, spaced from its text or opening it with 为了 — the conventions' article of a law;
- a standard's code (`GB 19109-2003`, `GB/T19000-2000`, `ISO9000:2000`): no year 2003 nor count of 次 (次氯酸钙);
- a weight class told after the sex (`女子59公斤`, `男子 58 公斤级`): the event's name, no weight lifted;
- blood pressure in mm Hg (`120/80mm Hg`, `140/90毫米汞柱`): no length in millimetres (`140mmHg` gives none either);
- an incidence rate per 100,000 (`发病率为 1.01/10 万人年`): its denominator is no count of people;
- `近百` inside `贴近百姓`/`接近百姓` (百姓 is the people, not a hundred).
"""

from __future__ import annotations

import re

_CHIP_WORDS = re.compile(r"制程|製程|工艺|工藝|芯片|晶片|晶圆|晶圓|半导体|半導體|光刻|代工|处理器|處理器|晶体管|晶體管|電晶體|"
                         r"台积电|台積電|中芯|英特尔|英特爾|[Ii]ntel|三星|刻蚀|蝕刻|SoC|量产|量產|节点|節點")
_NODE_NUM = r"(?:\d{1,3}(?:\.\d)?|[一二三四五六七八九十]{1,3})"
_NODE_RE = re.compile(rf"(?<![\d.A-Za-z]){_NODE_NUM}(?:\s?[、和及与與至到~～/]\s?{_NODE_NUM})*\s?(?:奈米|纳米|納米|nm|NM)(?![A-Za-z])")
# (a text about chips names its nodes in sentences without a chip word too: 部分实验室达到5纳米 — the nodes
# in use, 28 nm and finer)
_SMALL_NODE_RE = re.compile(r"(?:[1-9]|1\d|2[0-8]|[12]\.\d|[一二三四五六七八九十]|十[一二三四五六七八])\s?(?:奈米|纳米|納米|nm|NM)")
# (a length measured: 分辨率达到2.5纳米的电子显微镜, 厚度仅5纳米 — fresh labels the resolution)
_MEASURED_RE = re.compile(r"分辨率|分辨力|精度|直径|厚度|粒径|波长|尺寸|宽度|間距|间距|誤差|误差")
_SENTENCE_END = re.compile(r"[。！？!?\n]")

_N = r"(?:\d+|[一二三四五六七八九十百零〇两]+)(?:\([a-zA-Z0-9]{1,4}\))*"
_PART_LIST_RE = re.compile(rf"第\s?{_N}((?:\s?[、,，和及与與至到—\-~～]\s?{_N})+)\s?[条條部章款节節编編]")
_ARTICLE_HEAD_RE = re.compile(r"(?:^|(?<=[。；;\n\s）)]))第[一二三四五六七八九十百零〇\d]{1,5}[条條](?=[ \u3000\t]|为了|為了)")
# (a standard's code with its year: GB 19109-2003 次氯酸钙…, GB/T19000-2000, GJB 9001B-2009, ISO9000:2000)
_STANDARD_RE = re.compile(r"(?<![A-Za-z])(?:GB/T|GB/Z|GB|GJB|ISO|IEC|JJG|JGJ|HJ|YY|QB|RB/T|RBT)\s?\d[\d.]*[A-Z]?(?:\s?[-—:]\s?\d{4})?")
# (a weight class told after the sex: 郭婞淳(女子59公斤), 男子58公斤级, 女子 53 公斤金牌)
_WEIGHT_CLASS_RE = re.compile(r"(?<=[男女]子)\s?\d{2,3}\+?\s?(?:公斤|kg|KG)")
# (blood pressure in millimetres of mercury: 120/80mm Hg, 140/90毫米汞柱 — no length in mm)
_MERCURY_RE = re.compile(r"(?:\d+(?:\.\d+)?\s?/\s?)?\d+(?:\.\d+)?\s?(?:mm|毫米)\s?(?:Hg|汞柱)")
# (an incidence rate's denominator: 发病率为1.01/10万人年 — no count of 100,000 people)
_PER_CAPITA_RE = re.compile(r"\d(?:\.\d+)?\s?/\s?(?:1|10|100|1000)\s?[万萬]\s?(?:人年|人口|人)?")
_PEOPLE_RE = re.compile(r"(?<=[贴貼接])近百(?=姓)")


def junk52_spans(norm: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if ("米" in norm or "nm" in norm or "NM" in norm) and _CHIP_WORDS.search(norm):
        chip_text = len(_CHIP_WORDS.findall(norm)) >= 2
        for m in _NODE_RE.finditer(norm):
            s, e = m.span()
            if _MEASURED_RE.search(norm, max(0, s - 8), s):
                continue
            a = max((x.end() for x in _SENTENCE_END.finditer(norm, 0, s)), default=0)
            z = _SENTENCE_END.search(norm, e)
            if _CHIP_WORDS.search(norm, a, z.start() if z else len(norm)) or (chip_text and _SMALL_NODE_RE.fullmatch(m.group())):
                out.append((s, e))
    if "第" in norm:
        out.extend(m.span(1) for m in _PART_LIST_RE.finditer(norm))
        if "条" in norm or "條" in norm:
            out.extend(m.span() for m in _ARTICLE_HEAD_RE.finditer(norm))
    if "GB" in norm or "ISO" in norm or "IEC" in norm or "JJG" in norm or "JGJ" in norm or "HJ" in norm or "YY" in norm \
            or "QB" in norm or "RB" in norm:
        out.extend(m.span() for m in _STANDARD_RE.finditer(norm))
    if "子" in norm:
        out.extend(m.span() for m in _WEIGHT_CLASS_RE.finditer(norm))
    if "Hg" in norm or "汞柱" in norm:
        out.extend(m.span() for m in _MERCURY_RE.finditer(norm))
    if "/" in norm and ("万" in norm or "萬" in norm):
        out.extend(m.span() for m in _PER_CAPITA_RE.finditer(norm))
    if "近百姓" in norm:
        out.extend(m.span() for m in _PEOPLE_RE.finditer(norm))
    return out
