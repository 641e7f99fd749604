"""Ages that name a cohort, not a person's age: labels, not figures.

- an age served, reached or aimed at (`全国已为13周岁女孩接种`, `满13周岁女孩免费接种`, `为80岁老人上门服务`,
  `面向3岁幼儿`): who is served, not anyone's age;
- an age range naming a group (`70到89岁的老人`, `0到3岁的孩子`, `16岁至17岁青少年`) or a band's indicator
  (`40~49歲總薪資中位數`);
- an age told roughly of several people (`十几名40多岁的妇女`): the group's, no one's age.

A person's age stays a figure (`一位７２岁的老人`, `一名16岁的少年`, `嫌疑人为22岁的…居民`, `今年50岁的李清学`):
a cohort's age has its group noun right after 岁 (or 的 after a range), with no 的 after a single age.
Age limits (`60岁以上老人`, `5岁以下儿童死亡率`) are `traps.trap_spans`'.
"""

from __future__ import annotations

import re

_N = r"[\d一二三四五六七八九十两]+"
_GROUP = (r"(?:女孩|男孩|女童|男童|孩子|小孩|儿童|兒童|女生|男生|学生|學生|青少年|少年|少女|女性|男性|妇女|婦女|"
          r"老人|老年人|长者|長者|青年|人口|人群|居民|群体|群體|新生儿|新生兒|婴幼儿|嬰幼兒|婴儿|嬰兒|幼儿|幼兒)")
_SERVED_RE = re.compile(rf"(?<=[为為给給对對向满滿])(?<!成为)(?<!作为){_N}周?[岁歲](?={_GROUP})")
# (or an indicator of the band right after it: 以年齡層觀察,40~49歲總薪資中位數57.2萬元 — the band is which class;
# a range closing its clause or before 之间/左右, 年龄在18-60岁之间, is an age)
_RANGE_RE = re.compile(rf"{_N}(?:周?[岁歲])?\s*[到至\-—~～]\s*{_N}周?[岁歲](?=的?{_GROUP}|(?![之左以的间間者上下])[\u4e00-\u9fff])")


# an age told roughly of several people (十几名40多岁的妇女, 多名60余歲的長者): the group they belong to, no one's age
_PLURAL_ROUGH_RE = re.compile(rf"(?:(?<=[十几幾数數多余餘两兩二三四五六七八九][名位个個])|(?<=\d\d[名位个個])|(?<=[2-9][名位个個]))"
                              rf"(?:\d+|[一二三四五六七八九十]+)(?:多|余|餘|几|幾)[岁歲](?=的{_GROUP})")


def cohort_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each cohort's age in the normalised text."""
    if "岁" not in norm and "歲" not in norm:
        return []
    return [m.span() for rx in (_SERVED_RE, _RANGE_RE, _PLURAL_ROUGH_RE) for m in rx.finditer(norm)]
