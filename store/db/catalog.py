"""Views of the main file's catalog: article list, id lookup, counts.

Built on first use (start-up needs none of them) and thrown away whenever
the store adopts a new main file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Set

from store.db.catalog_segment import ColumnDoc
from store.db.schema import CatalogDoc, MainData
from store.db.source_keys import key_of
from store.records import CatalogEntry, Counts, SourceRecord

FEW_IDS = 1_000  # more ids than this are looked up in the whole id map
CatalogRow = tuple[str, str, str, "str | None", "str | None"]  # key, id, title, date, publication


class CatalogView:
    def __init__(self, data: MainData) -> None:
        self._data = data
        self._by_id: dict[str, tuple[int, int]] | None = None
        self._entries: list[CatalogEntry] | None = None

    def source_docs(self) -> list[CatalogDoc]:
        return sorted(self._data["catalog"].values(), key=lambda doc: (doc["file"], key_of(doc)))

    @property
    def by_id(self) -> dict[str, tuple[int, int]]:
        """article id → (document key in its shard, shard number)."""
        if self._by_id is None:
            self._by_id = {
                aid: (doc_id, shard)
                for doc in self._data["catalog"].values()
                for aid, doc_id, shard in zip(doc["ids"], doc["docs"], doc["shards"])
            }
        return self._by_id

    def entries(self) -> list[CatalogEntry]:
        """Article summaries in page order (source, then position)."""
        if self._entries is None:
            self._entries = [
                {"id": aid, "title": title, "date": date, "publication": pub, "source": doc["file"],
                 "order": order, "n_facts": n_facts, "n_chars": n_chars}
                for doc in self.source_docs()
                for order, (aid, title, date, pub, n_facts, n_chars) in enumerate(
                    zip(doc["ids"], doc["titles"], doc["dates"], doc["publications"], doc["n_facts"], doc["n_chars"])
                )
            ]
        return self._entries

    def article_sources(self) -> Iterator[tuple[list[str], list[str | None], list[str]]]:
        """(ids, their publications, their source file names) of every
        article, in groups with the same files, for the pub: and source:
        search fields: the file that stores an article first, then any other
        file that holds the same article (its ``also`` column)."""
        docs = self.source_docs()
        also: dict[str, list[str]] = {}
        for doc in docs:
            for aid in doc.get("also", ()):
                also.setdefault(aid, []).append(doc["file"])
        for doc in docs:
            ids, publications = doc["ids"], doc["publications"]
            shared = [i for i, aid in enumerate(ids) if aid in also] if also else []
            for i in shared:
                yield [ids[i]], [publications[i]], [doc["file"], *also[ids[i]]]
            if shared:
                alone = set(shared)
                ids = [aid for i, aid in enumerate(ids) if i not in alone]
                publications = [pub for i, pub in enumerate(publications) if i not in alone]
            yield ids, publications, [doc["file"]]

    def sources(self) -> list[SourceRecord]:
        return sorted(self._data["sources"].values(), key=lambda s: (s["file"], key_of(s)))

    def counts(self) -> Counts:
        catalog = self._data["catalog"].values()
        return {
            "sources": len(self._data["sources"]),
            "articles": sum(rows_of(doc) for doc in catalog),
            "facts": sum(doc.facts if isinstance(doc, ColumnDoc) else sum(doc["n_facts"]) for doc in catalog),
        }

    def n_facts(self) -> dict[str, int]:
        return {aid: n for doc in self._data["catalog"].values() for aid, n in zip(doc["ids"], doc["n_facts"])}

    def by_shard(self, ids: Iterable[str], *, few: bool = False) -> dict[int, list[tuple[str, str]]]:
        """Group article ids by shard as (id, document key), so a pass over
        many articles reads each shard file once; unknown ids are left out."""
        groups: dict[int, list[tuple[str, str]]] = {}
        by_id = self._few(ids) if few and self._by_id is None and isinstance(ids, (set, list)) else self.by_id
        for aid in ids:
            entry = by_id.get(aid)
            if entry is not None:
                groups.setdefault(entry[1], []).append((aid, str(entry[0])))
        return groups

    def keys_by_shard(self) -> list[tuple[int, Sequence[str]]]:
        """(shard, document keys of its articles) of every shard, in shard
        order, for a pass over the whole store: made from two numeric
        columns as arrays (a few bytes an article, each shard's keys made
        strings only when the pass reaches it), not a map of every id."""
        shard_of, key_of_row = self._shard_and_key_columns()
        order, groups = _grouped_by_shard(shard_of)
        key_of_row = key_of_row[order]
        return [(shard, _Keys(key_of_row[start:end])) for shard, start, end in groups]

    def rows_by_shard(self) -> list[tuple[int, Sequence[CatalogRow]]]:
        """keys_by_shard with what the catalog holds of each article: (key,
        id, title, date, publication), in the same order, for a pass that
        needs no more of the articles (the series table's build)."""
        shard_of, key_of_row = self._shard_and_key_columns()
        ids, titles, dates, publications = [], [], [], []
        for doc in self._data["catalog"].values():
            ids += _column_once(doc, "ids")
            titles += _column_once(doc, "titles")
            dates += _column_once(doc, "dates")
            publications += _column_once(doc, "publications")
        order, groups = _grouped_by_shard(shard_of)
        columns = (key_of_row, ids, titles, dates, publications)
        return [(shard, _Rows(order[start:end], columns)) for shard, start, end in groups]

    def _shard_and_key_columns(self):
        """Every catalogued article's shard and document key, as two arrays
        in catalog order."""
        import numpy as np

        shards = [np.asarray(_column_once(doc, "shards"), dtype=np.int32) for doc in self._data["catalog"].values()]
        docs = [np.asarray(_column_once(doc, "docs"), dtype=np.int64) for doc in self._data["catalog"].values()]
        if not shards:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
        return np.concatenate(shards), np.concatenate(docs)

    def holds_only(self, ids: Set[str]) -> bool:
        """Whether every catalogued article is in ``ids`` (read a document
        at a time, without a map of every id)."""
        return all(aid in ids for doc in self._data["catalog"].values() for aid in _column_once(doc, "ids"))

    def _few(self, ids: set[str] | list[str]) -> dict[str, tuple[int, int]]:
        """Where a few articles are, without mapping every id (a commit
        indexing what it added): documents are searched newest first, where
        new articles are, and a large document is scanned without a set of its ids."""
        wanted, found = set(ids), {}
        if len(wanted) > FEW_IDS:
            return self.by_id
        for doc in reversed(self._data["catalog"].values()):
            for aid, doc_id, shard in zip(doc["ids"], doc["docs"], doc["shards"]):
                if aid in wanted:
                    found[aid] = (doc_id, shard)
            if len(found) == len(wanted):
                break
        return found


def rows_of(doc: CatalogDoc) -> int:
    """How many articles a catalog document stores (a columnar one says so
    without its columns being read)."""
    return doc.rows if isinstance(doc, ColumnDoc) else len(doc["ids"])


def _column_once(doc: CatalogDoc, name: str) -> list:
    """A column for one pass, not kept decoded by a columnar document."""
    return doc.column_once(name) if isinstance(doc, ColumnDoc) else doc[name]  # type: ignore[literal-required]


def _grouped_by_shard(shard_of):
    """The stable order that groups rows by shard, and (shard, start, end)
    of each shard's run in that order, in shard order."""
    import numpy as np

    order = np.argsort(shard_of, kind="stable")
    ordered = shard_of[order]
    starts = np.flatnonzero(np.diff(ordered, prepend=-1)).tolist()
    ends = [*starts[1:], len(order)]
    return order, [(int(ordered[start]), start, end) for start, end in zip(starts, ends)]


class _Keys(Sequence):
    """A shard's document keys as strings, from their numbers (an array)."""

    def __init__(self, numbers) -> None:
        self._numbers = numbers

    def __len__(self) -> int:
        return len(self._numbers)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [str(k) for k in self._numbers[i].tolist()]
        return str(int(self._numbers[i]))

    def __iter__(self):
        return (str(k) for k in self._numbers.tolist())


class _Rows(Sequence):
    """A shard's catalog rows (key, id, title, date, publication), made as
    they are read from the columns they index."""

    def __init__(self, rows, columns: tuple) -> None:
        self._rows = rows
        self._columns = columns

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return list(_Rows(self._rows[i], self._columns))
        return self._row(int(self._rows[i]))

    def __iter__(self):
        return (self._row(i) for i in self._rows.tolist())

    def _row(self, i: int) -> CatalogRow:
        keys, ids, titles, dates, publications = self._columns
        return str(int(keys[i])), ids[i], titles[i], dates[i], publications[i]
