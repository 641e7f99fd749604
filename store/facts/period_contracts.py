"""Futures contract months: a month that names a contract, not a period.

`12月份交货的白银期货价格…收于9.69美元`, `5月布伦特原油期货收跌1.49美元`, `12月期金合约暴跌51.30美元`,
`11月原油期货每桶下跌79美分`, `9月期约收高57.50美分` (CBOT's 期约): the month is the contract's delivery month, a date ahead of the
article (the next such month, as every gold set labels it), and the prices after it are the
trading day's (or have no period when the text names no day) — never the delivery month's.

`CONTRACT_TAIL` is what follows such a month (after its optional 份); the period reader
(period_forms) keeps those months out of the period spans, and dates.named_months reads
them as dates ahead of the article.
"""

from __future__ import annotations

# an exchange or grade between the month and the commodity: 5月布伦特原油期货, 12月份交货的 (交货 itself)
_GRADE = (r"(?:纽约|紐約|伦敦|倫敦|北海)?(?:布伦特|布蘭特|布倫特|西德州中级|西德州中級|西德州中质|西德州中質|"
          r"轻质|輕質|WTI\s?|COMEX\s?|美国|美國|保税|保稅)?")
_COMMODITY = r"(?:大豆|玉米|小麦|小麥|豆粕|豆油|原油|铜|銅|铝|鋁|锌|鋅|镍|鎳|黄金|黃金|白银|白銀|白金|铂金|鉑金|天然气|天然氣|汽油|取暖油|燃料油)"
_CONTRACT = r"(?:期货|期貨|合约|合約)(?!市场|市場|公司|交易所|业|業)"

CONTRACT_TAIL = (r"份?\s?(?:交货|交貨|交割|合约|合約|期约|期約|期[铜銅铝鋁锌鋅镍鎳铅鉛锡錫金银銀油]"
                 rf"|{_CONTRACT}|{_GRADE}{_COMMODITY}{_CONTRACT})")
