"""Reading untrusted text: decoding, terminal-safety and HTML remnants.

Everything that enters the store passes through :func:`decode` and
:func:`sanitize`, so nothing later has to worry about escape sequences,
control characters or byte-order marks.
"""

from __future__ import annotations

import codecs
import html
import re

from store.errors import InputError

# ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST),
# DCS/SOS/PM/APC (ESC P/X/^/_ … ST) and two-byte escapes.  Their payload is
# removed along with the introducer: an OSC 52 clipboard write must not leave
# its base64 text behind either.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                 # CSI
  | \x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC, DCS, SOS, PM, APC
  | \x9b[0-?]*[ -/]*[@-~]                   # 8-bit CSI
  | [\x90\x9d\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # 8-bit OSC/DCS/…
  | \x1b[ -/]*[0-~]?                         # other escapes (ESC c, ESC ( B …)
    """,
    re.VERBOSE,
)
# C0 controls except tab and newline, DEL, C1 controls, and the Unicode
# bidi overrides that can make text display differently from what it says.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")

_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")

# Invisible format characters: zero-width spaces and joiners, direction
# marks, word joiner and invisible operators, the Mongolian vowel separator.
# Two titles that look the same must be the same text, and a search for what
# is seen must find it.  A zero-width joiner between two emoji builds one
# emoji (family, flags) and is kept there.
_EMOJI = "\u2600-\u27bf\ufe0f\U0001f000-\U0001faff"
_INVISIBLE = re.compile(
    rf"[\u200b\u200c\u200e\u200f\u2060-\u2064\u061c\u180e]"
    rf"|(?<![{_EMOJI}])\u200d|\u200d(?![{_EMOJI}])"
)
# Any character the three removal passes could take out: most text has none
# and is spared the passes.
_HAS_REMOVABLE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ue000-\uf8ff"
    r"\u200b-\u200f\u2060-\u2064\u061c\u180e]"
)
# Unicode line and paragraph separators are line breaks.
_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
# Searched for before the slower passes run (most text has none of these).
_HAS_SEPARATOR = re.compile("[\u2028\u2029]")
_HAS_ESCAPE = re.compile("[\x1b\x80-\x9f]")

_HTML_HINT = re.compile(r"</?(?:p|br|div|span|strong|b|i|em|a|img|section|h\d)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+|#x[0-9a-f]+);", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<\s*(?:br\s*/?|/p|p(?:\s[^>]*)?|/div|div(?:\s[^>]*)?|/h\d|h\d(?:\s[^>]*)?)\s*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>\n]{0,400}>")


def no_text(name: str, data: bytes, is_stdin: bool = False) -> str:
    """Why an input of blank bytes is left out: empty, or blank space only
    (a file of spaces and line breaks is not empty, and saying so would
    send the user looking for a truncation)."""
    what = "standard input" if is_stdin else "file"
    if not data:
        return f"{name}: {what} is empty"
    return f"{name}: {what} has no text, only {len(data):,} byte{'s' if len(data) != 1 else ''} of blank space"


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes of a text file: UTF-8 (with or without BOM), UTF-16 (with
    a BOM, or without when the text reads plainly in one byte order), or
    GB18030/GBK.  Binary or partly undecodable data is rejected as a whole
    with an :class:`InputError`; nothing is ever half-read.  Its line says
    what the bytes are, not what is done with them: ``extract`` reads text
    through here too, and ``ingest`` says "skipped" before it."""
    if not data.strip():
        raise InputError(no_text(name, data, name in ("-", "stdin")))
    bom = 0
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            # A mark that lies (an editor put it before GB18030 bytes): what
            # follows it is read as a file without one would be; its byte
            # numbers still count the mark.
            bom, data = 3, data[3:]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if _cut_short(data, "utf-16"):
            raise InputError(cut_short_line(name, "UTF-16"))
        return _strict(data, "utf-16", name)
    if (packed := _compressed(data)) is not None:
        raise InputError(f"{name}: {packed}")
    if b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is None:
            if len(data) % 2 and _utf16_without_bom(data[:-1]) is not None:
                raise InputError(cut_short_line(name, "UTF-16"))
            raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start + bom
    if _cut_short(data, "utf-8") and (max(data[:-3], default=0) >= 0x80 or not _decodes(data, "gb18030")):
        raise InputError(cut_short_line(name, "UTF-8"))
    if _mostly_utf8(data):
        # Valid UTF-8 with a few broken bytes is a damaged UTF-8 file, not
        # GB18030 (which would "decode" it into plausible-looking nonsense).
        raise InputError(f"{name}: invalid UTF-8 at byte {first_bad} (partly unreadable)")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
        if _cut_short(data, "gb18030"):
            # Its last character cut in two (a copy or download that did not
            # finish): charset-normalizer read such a file as Cyrillic
            # (标题 stored as БъЬт), and its last figure may be cut too.
            raise InputError(cut_short_line(name, "GB18030"))
    if text is not None and _looks_like_text(text):
        if _latin_in_han(text):
            # Latin-1/Windows-125x text whose accented letters happen to pair
            # into GB18030 characters ('Gr\xf6\xdfe' reads 'Gr鲞e'): it decodes
            # without an error, so only its shape gives it away.
            return _single_byte(data) or text
        return text
    # Last resort: ask charset-normalizer (imported lazily: it is slow to load).
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and _looks_like_text(str(best)):
        return _strict(data, best.encoding, name)
    raise InputError(f"{name}: not readable as UTF-8, UTF-16 or GB18030 text (binary or mixed encodings)")


def cut_short_line(name: str, encoding: str) -> str:
    """The line for a file whose last character is cut in two."""
    return (f"{name}: ends in the middle of a character ({encoding}): the file looks cut short (a copy or download "
            f"that did not finish), so its last figure may be cut too")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def decode_lines(data: bytes) -> tuple[str, list[int], list[int]] | None:
    """JSON Lines whose lines are not all in one encoding (records appended
    by tools of different systems: most UTF-8, some GB18030), each line
    decoded alone: the text (a line no encoding reads left blank, so that
    the line numbers stay), the numbers of the lines read as GB18030 and
    of those left blank.  None when every line that is not UTF-8 is
    unreadable and none is UTF-8 (the file is no text), or the bytes are no
    such file (UTF-16, NUL bytes, not starting with a record)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if not data.lstrip()[:1] == b"{" or b"\x00" in data[:8192] or _compressed(data) is not None:
        return None
    lines: list[str] = []
    other: list[int] = []
    unreadable: list[int] = []
    utf8 = 0
    for number, line in enumerate(data.split(b"\n"), 1):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += bool(line.strip())
            continue
        except UnicodeDecodeError:
            pass
        text = None
        if not _mostly_utf8(line) and not _cut_short(line.rstrip(b"\r"), "utf-8"):
            try:
                text = line.decode("gb18030")
            except UnicodeDecodeError:
                text = None
            if text is not None and (not _looks_like_text(text) or _latin_in_han(text)):
                text = None
        if text is None:
            unreadable.append(number)
            lines.append("")
        else:
            other.append(number)
            lines.append(text)
    if not utf8 and not other:
        return None
    return "\n".join(lines), other, unreadable


def _cut_short(data: bytes, encoding: str) -> bool:
    """Whether ``data`` is text in ``encoding`` but for its last character,
    cut in two: everything before it decodes, the end is an incomplete
    sequence."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(data)
    except UnicodeDecodeError:
        return False
    pending = decoder.getstate()[0]
    # Less than one character left over: a UTF-16 file of an odd length (a
    # lone half of a surrogate pair before it is damage, not a cut).
    return 0 < len(pending) < (2 if encoding.startswith("utf-16") else 4)


# Compressed and archive files by their first bytes (a feed saved as
# news.jsonl.gz and renamed, a zip of a folder): "NUL bytes" sent the user
# looking for damage.
_PACKED = (
    (b"\x1f\x8b", "a gzip-compressed file", "gunzip it"),
    (b"PK\x03\x04", "a zip archive", "unzip it"),
    (b"BZh", "a bzip2-compressed file", "bunzip2 it"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "unxz it"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file", "unzstd it"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract it"),
)


def _compressed(data: bytes) -> str | None:
    for magic, what, fix in _PACKED:
        if data.startswith(magic) and (magic != b"BZh" or data[3:4].isdigit()):
            return f"is {what}, not text ({fix} first, then ingest what it holds)"
    return None


# What UTF-16 text without a byte-order mark decodes to in the right byte
# order: ASCII, CJK ideographs and punctuation, full-width forms.  Binary data,
# or text read in the wrong byte order, gives mostly other code points.
_PLAIN_TEXT = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no byte-order mark (as some Windows tools write it),
    in whichever byte order reads as plain text; None when neither does."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        if sample and len(_PLAIN_TEXT.findall(sample)) >= 0.95 * len(sample):
            return text
    return None


# The single-byte code pages of Western and Eastern European and Cyrillic
# text a Windows or an older Unix tool writes.
_SINGLE_BYTE_PAGES = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "koi8_r"]
_ASCII_LETTER = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _latin_in_han(text: str) -> bool:
    """Whether a GB18030 reading looks like single-byte text read wrong: most
    of its non-ASCII characters stand alone inside Latin words, a letter on
    either side (Gr鲞e, M鋜kte) — Chinese writes its characters in runs, and
    beside Latin letters on one side only (A股, 5G网络)."""
    sample = text[:20000]
    wide = inside = 0
    for i, ch in enumerate(sample):
        if ord(ch) < 0x80:
            continue
        wide += 1
        before = sample[i - 1] if i else " "
        after = sample[i + 1] if i + 1 < len(sample) else " "
        if before in _ASCII_LETTER and after in _ASCII_LETTER:
            inside += 1
    return inside >= 3 and inside * 2 > wide


def _single_byte(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_SINGLE_BYTE_PAGES).best()
    if best is None or not best.encoding:
        return None
    text = str(best)
    return text if _looks_like_text(text) else None


def _mostly_utf8(data: bytes) -> bool:
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for ch in decoded if ord(ch) > 0x7F and ch != "\ufffd")
    return good >= 4 and bad <= good // 2


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: invalid {encoding} at byte {err.start}") from None


def _looks_like_text(text: str) -> bool:
    """Reject decodings that are mostly control characters or private-use
    code points: that is what binary data 'decoded' as GB18030 looks like."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\r\n\t") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(sample) < 0.02


def sanitize(text: str) -> str:
    """Make untrusted text safe for a terminal: drop escape sequences with
    their payloads, control characters, BOMs and invisible format
    characters; normalise line endings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _HAS_SEPARATOR.search(text):
        text = text.translate(_SEPARATORS)
    if _HAS_ESCAPE.search(text):
        text = _ESCAPE_SEQUENCE.sub("", text)
    if "\ue40c" in text:  # SogouCS marks paragraph breaks with this private-use character
        text = text.replace("\ue40c", "\n")
    if not _HAS_REMOVABLE.search(text):
        return text
    return _INVISIBLE.sub("", _PRIVATE_USE.sub("", _CONTROL.sub("", text)))


def has_html(text: str) -> bool:
    return _HTML_HINT.search(text) is not None


def strip_html(text: str) -> str:
    """Turn HTML remnants (<p>, <br>, &nbsp; …) into plain paragraphs."""
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ").replace("\u3000", " ")
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)
