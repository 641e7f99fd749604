"""A figure written right after a verb's object measures the object: `准备了农机装备122万台` is 农机装备's,
`还建设了口袋公园4万多个` 口袋公园's, `调集储备了化肥32万余吨` 化肥's, `吸引了来自国内外的游客超过400万人次` the
visitors' — not `准备了农机装备`, the verb phrase the subject was cut with.

A subject written right before its figure that holds the aspect word 了 (a word of its own on the subject
simplified: 为了, 除了, 了解, 到了 are other words; the verb before it is not tested, jieba tags many such verbs
as nouns, 建设, 改造) becomes what follows the 了, when that is a noun phrase of two characters or more: not a
demonstrative or 其中 (`拦截了其中70架`: the interceptions' count, left as it was), not a verb's phrase
(`扣押了载有`), a quoted title cut open (`编写了《强军`), an adverb (`奋斗了整整`), not a share's or a record's whole (`占到了全国市场份额的40%`, `占了全国三成`, `打破了…纪录`, `创造了全国…`: 占, 创造,
打破, 刷新 and the verbs of reaching keep the phrase), and not a percent's (a share names its part). The bulk
corpus holds some 150 subjects with a 了 inside; read, those right before their figure were the object's.
Gated (subject_closing) on 了 in a subject.
"""

from __future__ import annotations

from typing import Any

from .subject_rules import SUBJECT_CHARS
from .words import names_nothing, opens_with_verb, segment

Fact = dict[str, Any]

# verbs whose object is a share's whole, a record or a level reached, not what the figure counts
_WHOLE_VERBS = frozenset({"占", "占到", "佔", "创造", "打破", "刷新", "创下", "达到", "达", "突破", "超过", "用", "花",
                          "花费", "历时", "耗时", "记", "过"})
_NOT_OBJECTS = ("其中", "其", "这", "那", "该", "此", "本", "自己", "一", "每", "整整", "满满", "全国", "全球", "全省", "全市",
                "世界", "《", "“", "\"")


def settle_aspect_objects(text: str, facts: list[Fact]) -> None:
    for f in facts:
        s = f.get("subject")
        if not s or "了" not in s or f["kind"] == "percent" or not text.endswith(s, 0, f["start"]):
            continue
        words = segment(s.translate(SUBJECT_CHARS))
        k = len(words) - 1
        while k > 0 and words[k] != "了":
            k -= 1
        if k < 1 or words[k - 1] in _WHOLE_VERBS:
            continue
        cut = sum(len(w) for w in words[:k + 1])
        obj = s[cut:]
        if (len(obj) >= 2 and not obj.startswith(_NOT_OBJECTS) and not obj.endswith("的") and not names_nothing(obj)
                and not (opens_with_verb(obj) and "的" not in obj)):    # (扣押了载有: a verb's; 来自各地的游客 stays)
            f["subject"] = obj                  # 准备了农机装备122万台: 农机装备
