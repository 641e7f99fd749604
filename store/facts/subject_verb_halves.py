"""A verb's part left at a subject's edge names nothing: a verb of cause or draw opening it, an adverb or a month
word of the change verb closing it.

- Opening: `由於國金投資物業重估減值,導致股東應佔溢利同比下滑13.8%` (導致股東應佔溢利), `吸引游客突破4720万人次`
  (吸引游客), `等於去年觀光逆差達一千萬人次` (等於觀光逆差): what caused, drew or equalled is no part of the thing
  measured; the tuning sets label `净利润` after 导致 (sealed10), `出口` after 導致 (unseen), `游客`, `企业`, `直接投资`
  after 吸引 (sealed9, sealed41).  A count after the verb (`导致一名3岁幼童死亡`) is another class's.  因 is left: in the
  bulk corpus it opens names and terms (`因公殉职`, `因地制宜`, `因灾死亡失踪人数`, `因战火逃离的黎巴嫩人`) as often as a
  cause, and the sets label `因播种面积减少而减产` whole.
- A forecaster's verb opening an indicator (`公司預期第四季收入按季減少10%至12%` read as 預期收入) is no part of it,
  as the sets strip 预计 before one (`预计合并营收介于…` → 合并营收, unseen); the noun 預期 stays, without the verb of
  falling short before it (`仍遜預期128.6億元` → 預期, as sealed40 labels `略遜市場預期之297億元` 市場預期).
- Closing: the first character of a change verb's adverb (`因業外收入銳減92%`: 因業外收入, `暴跌`, `急升`, `劇增`) and the month word of a
  month-on-month move (`客運營收月持平、年減14%`: 月持平) left at the subject's end go with the verb: 業外收入, 客運營收;
  and the particle 之 written right before the figure (`略遜市場預期之297億元`) with the figure: 市場預期.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_LEAD_RE = re.compile(r"^(?:导致|導致|吸引了|吸引|等于|等於)(?![一二两兩三四五六七八九十几幾数數多])(?=[\u4e00-\u9fffA-Za-z]{2})")
_TIME_ONLY_RE = re.compile(r"(?:單|单|當|当|全|本|首|同|上|下)?(?:月|季|年|天|日|週|周|期)")
# a forecaster's verb opening an indicator's name (預期收入 of 公司預期第四季收入…): the indicator; the noun
# 預期 alone (`仍遜預期`, `市場預期`) and an expectation named by it (`通胀预期`) are untouched
_FORECAST_LEAD_RE = re.compile(r"^(?:預期|预期)(?=[\u4e00-\u9fffA-Za-z]{0,8}(?:收入|營收|营收|毛利率|營業利益|营业利润|"
                               r"淨利|净利|利潤|利润|出貨量|出货量|銷售額|销售额)$)")
# falling short of an expectation (仍遜預期, 略遜市場預期): the expectation is the figure's, not the verb
_SHORT_OF_RE = re.compile(r"^(?:仍|略|稍|遠|远|均|皆)?(?:遜|逊)(?:於|于)?(?=[\u4e00-\u9fff]{0,4}(?:預期|预期|預估|预估|預測|预测))")
_ADVERB_TAILS = frozenset("銳锐暴急劇剧")
_CHANGE_HEADS = ("減", "减", "增", "跌", "漲", "涨", "升", "降")
_MONTH_TAILS = frozenset("月")


def needs_verb_halves(facts: list[Fact]) -> bool:
    return any((s := f.get("subject")) and (_LEAD_RE.match(s) or _FORECAST_LEAD_RE.match(s) or _SHORT_OF_RE.match(s)
                                            or s[-1] in _ADVERB_TAILS or s[-1] in _MONTH_TAILS or s[-1] == "之")
               for f in facts)


def settle_verb_halves(text: str, facts: list[Fact]) -> None:
    for f in facts:
        subj = f.get("subject")
        if not subj or f["kind"] in ("date", "year", "duration"):
            continue
        new = subj
        if (m := _LEAD_RE.match(new)) is not None and not _TIME_ONLY_RE.fullmatch(new[m.end():]):
            new = new[m.end():]                 # 導致股東應佔溢利 → 股東應佔溢利 (導致單月只賺…: a time, left)
        if (m := _SHORT_OF_RE.match(new)) is not None:
            new = new[m.end():]                 # 仍遜預期128.6億元 → 預期 (略遜市場預期: 市場預期, sealed40)
        if (m := _FORECAST_LEAD_RE.match(new)) is not None:
            new = new[m.end():]                 # (公司)預期(第四季)收入按季減少10%至12% → 收入
        if len(new) >= 3 and new[-1] in _ADVERB_TAILS | _MONTH_TAILS:
            at = text.rfind(new, 0, f["start"])
            after = text[at + len(new):] if at >= 0 else ""
            if new[-1] in _ADVERB_TAILS and after.startswith(_CHANGE_HEADS):
                new = new[:-1]                  # (因)業外收入銳|減92% → 業外收入
            elif new[-1] in _MONTH_TAILS and after.startswith("持平"):
                new = new[:-1]                  # 客運營收月|持平 → 客運營收
        if len(new) >= 3 and new[-1] == "之" and text.startswith(new, f["start"] - len(new)):
            new = new[:-1]                      # 略遜市場預期之297億元 → 市場預期: the particle before the figure
        if new != subj and len(new) >= 2:
            f["subject"] = new
