"""Shards that a transaction's flushes add articles to, gathered until
its commit (store.db.shard_frames.ShardBody): each is written once per
commit instead of once per flush with all it held before (the rewrite of
every touched shard on each flush made a large ingest's writing grow with
the square of its size).  A body lives in ``NNN.gG.json.zst.body``, named
by the transaction's generation, so a killed writer's leftovers are removed
with its other uncommitted files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tinydb.table import Document

from store.db import shard_frames
from store.db.shard_frames import Encoded
from store.db.shards import FIX_HINT, FactHolder, ShardSum, shard_file_name, shard_sum
from store.db.storage import dumps, loads
from store.errors import CorruptStoreError
from store.fileio import atomic_write
from store.records import Fact


class ShardBodies:
    """The part of a transaction that keeps its shard bodies."""

    bodies: dict[int, shard_frames.ShardBody]
    generation: int
    written: dict[int, tuple[str, bool, ShardSum]]
    shard_dir: Path
    _shard_file: Callable[[int], tuple[Path, ShardSum | None] | None]
    _check_still_there: Callable[[], None]

    def _body(self, shard: int) -> shard_frames.ShardBody | None:
        """The shard's body that flushes adding articles gather into; None
        when its file is of an earlier layout (rewritten whole, as a
        removal needs)."""
        if (body := self.bodies.get(shard)) is not None:
            return body
        found = self._shard_file(shard)
        self._check_still_there()  # (before making its folder again where it was)
        self.shard_dir.mkdir(parents=True, exist_ok=True)
        path = self.shard_dir / f"{shard_file_name(shard, self.generation)}.body"
        if found is None:
            body = shard_frames.ShardBody(path)
        else:
            try:
                raw = found[0].read_bytes()
            except FileNotFoundError:
                self._check_still_there()
                raise CorruptStoreError(f"{found[0]}: shard file is missing; {FIX_HINT}") from None
            if found[1] is not None and shard_sum(raw) != list(found[1]):
                raise CorruptStoreError(f"{found[0]}: shard file is damaged (its checksum differs); {FIX_HINT}")
            if not shard_frames.is_seekable(raw):
                return None
            body = shard_frames.ShardBody(path, raw, found[0])
        self.bodies[shard] = body
        return body

    def _finish_body(self, shard: int) -> None:
        """Write the shard's file from its body."""
        body = self.bodies.pop(shard)
        raw, name = body.finish(), shard_file_name(shard, self.generation)
        atomic_write(self.shard_dir / name, raw)
        self.written[shard] = (name, True, shard_sum(raw))
        body.path.unlink(missing_ok=True)


def fact_holder(aid: str, facts: list[Fact], doc_id: int) -> Document | Encoded:
    """An article's facts record: the JSON of ``{"article_id", "facts"}``
    made around the facts' own JSON when the extraction worker sent them
    encoded (store.ingest.extraction.ExtractedFacts: the same bytes as
    encoding the record, without the facts ever being objects here), else
    the record as a document."""
    packed = getattr(facts, "packed", None)
    if type(packed) is bytes and packed[:1] == b"[":  # not marked (a value beyond 64 bits): see storage.dumps
        return Encoded(b'{"article_id":' + dumps(aid) + b',"facts":' + packed + b"}")
    holder: FactHolder = {"article_id": aid, "facts": facts if type(facts) is list else list(facts)}
    return Document(holder, doc_id=doc_id)


def holder_document(article: Document, holder: Document | Encoded) -> Document:
    """The facts record as a document (TinyDB's tables take documents)."""
    return holder if isinstance(holder, Document) else Document(loads(holder), doc_id=article.doc_id)
