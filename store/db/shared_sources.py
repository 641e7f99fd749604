"""One article, several files: the catalog side of shared articles.

The same article (same content key: store.ingest.content_key) ingested
from several files is stored once, under the file it was first ingested
from (its *owner*: the catalog document whose columns hold its row); every
other file lists it in its catalog document's ``also`` column, and the
article record's ``sources`` names every file, first one first.

The rule, so that any ingest order gives the same set of articles, each
with the same set of sources: an article keeps the id it was first stored
under (its first file's id); a later file holding the same content adds
itself to the article's sources instead of storing it again.  Removing or
changing a file drops it from its articles' sources; an article it owned
that other files also hold moves, with its id, facts and shard record, to
the first of those files instead of being removed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from store.db.catalog_segment import ColumnDoc
from store.db.schema import CATALOG_COLUMNS, CatalogDoc, MainData
from store.db.shards import ShardData
from store.db.source_keys import key_of
from store.ingest.content_key import content_key
from store.records import Article, SourceRef

RefOp = Literal["add", "drop"]
RefEdit = tuple[RefOp, SourceRef]


def with_ref_edits(record: Article, edits: list[RefEdit]) -> Article:
    """The article record with files added to or dropped from its sources
    (a drop takes out one listing of that file and digest)."""
    sources = list(record.get("sources") or [record["source"]])
    for op, ref in edits:
        if op == "add":
            sources.append(ref)
            continue
        for i, listed in enumerate(sources):
            if listed["file"] == ref["file"] and listed["sha256"] == ref["sha256"]:
                del sources[i]
                break
    if not sources:  # never left without a source: the record is being removed anyway
        return record
    return {**record, "sources": sources, "source": sources[0]}


def without_rows(doc: CatalogDoc, drop: set[str]) -> CatalogDoc:
    """A copy of the catalog document without the rows of ``drop`` (and
    without them in its ``also`` column)."""
    keep = [i for i, aid in enumerate(doc["ids"]) if aid not in drop]
    new: CatalogDoc = {**doc}  # type: ignore[typeddict-item]
    for column in (*CATALOG_COLUMNS, "keys"):
        if column in doc:
            new[column] = [doc[column][i] for i in keep]  # type: ignore[literal-required]
    if doc.get("also"):
        new["also"] = [aid for aid in doc["also"] if aid not in drop]
    return new


def with_row(heir: CatalogDoc, doc: CatalogDoc, i: int) -> CatalogDoc:
    """A copy of ``heir`` that owns row ``i`` of ``doc`` (moved out of its
    ``also`` column)."""
    aid = doc["ids"][i]
    new: CatalogDoc = {**heir}  # type: ignore[typeddict-item]
    for column in (*CATALOG_COLUMNS, "keys"):
        if column in heir or column in CATALOG_COLUMNS:
            new[column] = [*heir[column], doc[column][i]]  # type: ignore[literal-required]
    new["also"] = [a for a in heir.get("also", []) if a != aid]
    return new


def heirs_by_id(data: MainData, exclude: str) -> dict[str, list[str]]:
    """Article id → catalog keys of the documents (other than ``exclude``)
    that list it in their ``also`` column, in catalog order."""
    heirs: dict[str, list[str]] = {}
    for doc_key, doc in data["catalog"].items():
        if doc_key != exclude:
            for aid in doc.get("also", ()):
                heirs.setdefault(aid, []).append(doc_key)
    return heirs


def missing_keys(data: MainData) -> dict[int, list[tuple[str, int, int]]]:
    """Rows of catalog documents written before content keys, by shard:
    (catalog key, row, document key in the shard)."""
    rows: dict[int, list[tuple[str, int, int]]] = {}
    for doc_key, doc in data["catalog"].items():
        if "keys" not in doc:
            for i, (doc_id, shard) in enumerate(zip(doc["docs"], doc["shards"])):
                rows.setdefault(shard, []).append((doc_key, i, doc_id))
    return rows


def keys_from_shard(shard: ShardData, rows: list[tuple[str, int, int]]) -> list[tuple[str, int, str]]:
    """(catalog key, row, content key) of rows whose article the shard
    holds; an article lost with a damaged shard gets an empty key."""
    found = []
    for doc_key, i, doc_id in rows:
        article = shard.get("articles", {}).get(str(doc_id))
        ckey = content_key(article["title"], article["body"]) if article is not None else ""
        found.append((doc_key, i, ckey))
    return found


class SharedSources:
    """The transaction's bookkeeping of shared articles: where each article
    is, which content is stored, and the source edits pending per shard."""

    data: MainData
    fresh_shards: set[int]
    changed: bool
    pending_refs: dict[int, dict[int, list[RefEdit]]]
    _content: RowLookup | None
    _where: dict[str, tuple[int, int]] | None



    def _stored_ref(self, doc: CatalogDoc) -> SourceRef:
        """The file and digest under which the source's articles list it."""
        record = next((s for s in self.data["sources"].values() if key_of(s) == key_of(doc)), None)
        return {"file": doc["file"], "sha256": record["sha256"] if record else ""}

    def _edit_ref(self, aid: str, op: RefOp, ref: SourceRef) -> None:
        """Add a file to (or drop it from) an article's sources at the next flush."""
        where = self._where_of(aid)
        if where is not None and where[1] not in self.fresh_shards:
            doc_id, shard = where
            self.pending_refs.setdefault(shard, {}).setdefault(doc_id, []).append((op, ref))

    def _where_of(self, aid: str) -> tuple[int, int] | None:
        """(document key, shard) of one catalogued article: the first few
        are looked up in the id columns (a file sharing an article or two
        with a large store maps none of its rows), more through the map."""
        asked = getattr(self, "_where_asked", 0)
        if self._where is not None or asked >= RowLookup.SCANS:
            return self._locations().get(aid)
        self._where_asked = asked + 1
        for doc in reversed(list(self.data["catalog"].values())):
            row = find_row(doc, "ids", aid)
            if row is not None:
                return row_value(doc, "docs", row), row_value(doc, "shards", row)
        return None

    def _locations(self) -> dict[str, tuple[int, int]]:
        """Article id → (document key, shard) for every catalogued article."""
        if self._where is None:
            self._where = {aid: (doc_id, shard) for doc in self.data["catalog"].values()
                           for aid, doc_id, shard in zip(doc["ids"], doc["docs"], doc["shards"])}
        return self._where

    def _content_index(self) -> RowLookup:
        """Content key → id of the article stored with that content; rows of
        documents written before content keys get theirs first (read from
        their shards once, and kept at this commit)."""
        if self._content is None:
            catalog = self.data["catalog"]
            filled: dict[str, list[str]] = {}
            for shard, rows in sorted(missing_keys(self.data).items()):
                data = self._shard_data(shard) if shard not in self.fresh_shards else {}
                for doc_key, i, ckey in keys_from_shard(data, rows):
                    filled.setdefault(doc_key, [""] * len(catalog[doc_key]["ids"]))[i] = ckey
            for doc_key, keys in filled.items():
                catalog[doc_key] = {**catalog[doc_key], "keys": keys}
                self.changed = True
            self._content = RowLookup(catalog, "keys")
        return self._content


class RowLookup:
    """The article whose row holds a value in a catalog column (content
    key → id, or id → id for membership).  A commit of a few articles asks
    a few times: each of the first SCANS questions scans the columns at C
    speed (a columnar document's hex column as bytes, without a list of
    it); past them each document is indexed once: a columnar one by a
    sorted array of its values (a few bytes a row, however large the store),
    another by a map of its rows."""

    SCANS = 16

    def __init__(self, catalog: dict[str, CatalogDoc], column: str) -> None:
        self._docs = list(catalog.values())
        self._column = column
        self._asked = 0
        self._indexes: list[Callable[[str], int | None]] | None = None

    def get(self, value: str) -> str | None:
        if not value:
            return None
        if self._indexes is None and self._asked < self.SCANS:
            self._asked += 1
            finders = [lambda v, doc=doc: find_row(doc, self._column, v) for doc in self._docs]
        else:
            if self._indexes is None:
                self._indexes = [row_index(doc, self._column) for doc in self._docs]
            finders = self._indexes
        for doc, find in zip(reversed(self._docs), reversed(finders)):  # a later document's row wins
            row = find(value)
            if row is not None:
                return doc.value("ids", row) if isinstance(doc, ColumnDoc) else doc["ids"][row]
        return None

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self.get(value) is not None


def find_row(doc: CatalogDoc, column: str, value: str) -> int | None:
    """The row of a document whose ``column`` holds ``value``."""
    if isinstance(doc, ColumnDoc):
        return doc.find(column, value)
    try:
        return doc.get(column, []).index(value)  # type: ignore[attr-defined]
    except ValueError:
        return None


def row_index(doc: CatalogDoc, column: str) -> Callable[[str], int | None]:
    """A lookup of a document's rows by their ``column`` value."""
    if isinstance(doc, ColumnDoc):
        found = doc.sorted_index(column)
        if found is not None:
            return found
    rows = {v: i for i, v in enumerate(doc.get(column, ())) if v}  # type: ignore[attr-defined]
    return rows.get


def row_value(doc: CatalogDoc, column: str, row: int) -> Any:
    return doc.value(column, row) if isinstance(doc, ColumnDoc) else doc[column][row]  # type: ignore[literal-required]
