"""Standard input for ``factdesk ingest -``, read as a file is.

Stdin cannot be read twice, so it is copied to an unnamed temporary file
(a bounded buffer at a time) while its checksum is taken and its encoding
checked.  A large JSON Lines stream is then read back a line at a time, like
a large ``.jsonl`` file (see store.ingest.sources), and anything else whole,
like a file of its size: memory never holds the stream twice over.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from store.errors import InputError

CHUNK = 1 << 20
HEAD = 64 * 1024  # what is kept for sniffing the format


@dataclass
class Spooled:
    file: IO[bytes]
    sha256: str
    size: int
    plain_utf8: bool  # valid UTF-8, no UTF-16 byte-order mark, no NUL: readable a line at a time
    head: bytes

    def whole(self) -> bytes:
        self.file.seek(0)
        return self.file.read()

    def looks_like_jsonl(self) -> bool:
        text = self.head.decode("utf-8", "ignore").lstrip("\ufeff").lstrip()
        first = text.split("\n", 1)[0].rstrip()
        return first[:1] == "{" and (first.endswith("}") or len(first) == len(text.rstrip()))


def spool_stdin(stream: IO[bytes] | None = None) -> Spooled:
    """Copy stdin to a temporary file; InputError when it cannot be read or
    the temporary file cannot be written (a full disk)."""
    source = stream if stream is not None else sys.stdin.buffer
    digest = hashlib.sha256()
    check = codecs.getincrementaldecoder("utf-8-sig")()
    plain, head, size = True, b"", 0
    try:
        spool = tempfile.TemporaryFile(prefix="factdesk-stdin-")  # noqa: SIM115 (lives as long as the Source)
        while chunk := source.read(CHUNK):
            if size == 0 and chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                plain = False
            if plain:
                try:
                    check.decode(chunk)
                except UnicodeDecodeError:
                    plain = False
                plain = plain and b"\x00" not in chunk
            if len(head) < HEAD:
                head += chunk[:HEAD - len(head)]
            digest.update(chunk)
            spool.write(chunk)
            size += len(chunk)
        if plain:
            try:
                check.decode(b"", final=True)
            except UnicodeDecodeError:
                plain = False
        spool.flush()
    except OSError as err:
        raise InputError(f"-: cannot read standard input ({(err.strerror or str(err)).lower()})") from None
    return Spooled(spool, digest.hexdigest(), size, plain, head)


def spool_lines(spooled: Spooled) -> Iterator[bytes]:
    """The spool's lines (each call reads it again from the start, at its
    own offset), the byte-order mark left out."""
    fd = spooled.file.fileno()
    offset, rest, first = 0, b"", True
    while chunk := os.pread(fd, CHUNK, offset):
        offset += len(chunk)
        buffer, start = rest + chunk, 0
        while (end := buffer.find(b"\n", start)) >= 0:
            line = buffer[start:end + 1]
            if first and line.startswith(codecs.BOM_UTF8):
                line = line[3:]
            first = False
            yield line
            start = end + 1
        rest = buffer[start:]
    if rest:
        yield rest[3:] if first and rest.startswith(codecs.BOM_UTF8) else rest
