"""A share named only by its whole (`占全国11.2%`, `占总供水量的11.4%`): the part is what the
sentence measures, so the share is the sentence's indicator 占 the whole (黑龙江粮食产量占全国),
never a bare `占全国` that says whose share it is nowhere."""

from __future__ import annotations

_SHARE_MARKS = ("占", "佔")


def share_of_sentence(subj: str | None, sentence_subject: str | None) -> str | None:
    """`subj` completed with the sentence's indicator when it names only the whole of a share."""
    if not subj or not sentence_subject or not subj.startswith(_SHARE_MARKS):
        return subj
    if sentence_subject.endswith(subj):
        return sentence_subject                 # the share's own figure came first (…占Y10.5%，较上年(9.3%))
    part = share_part(sentence_subject)
    if part != sentence_subject:                # 税务部门完成…，占调整预算100.93%，占一般公共预算收入的48.51%:
        return part + subj                      # a second share of the same part
    if any(m in sentence_subject for m in _SHARE_MARKS):
        return subj                             # the sentence's indicator is itself a share (占比, 占到…)
    return sentence_subject + subj


def share_part(subj: str) -> str:
    """The part of a share composed above (全国农村网络零售额占全国网络零售总额 → 全国农村网络零售额),
    whose growth a later figure compares (增速高于全国3.2个百分点); any other subject as it is."""
    for m in _SHARE_MARKS:
        k = subj.find(m)
        if k >= 2 and not subj.startswith(("比", "到"), k + 1):
            return subj[:k]                     # (…占比, 占到…: a share named as such stays)
    return subj
