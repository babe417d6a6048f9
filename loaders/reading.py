"""Opening a plan file and decoding it: the only I/O of the loaders.

The order of attempts is fixed so that the result is deterministic: a byte-order
mark wins, then strict UTF-8, then UTF-16 without a mark (recognised by its NUL
pattern), then GB18030 (a superset of GBK and GB2312), and charset-normalizer only
for what is left.  The text is returned exactly as decoded: line endings are not
rewritten, so spans index the text as read.

>>> decode_bytes("安全生产".encode("gb18030"), "plan.txt")
('安全生产', 'gb18030')
>>> decode_bytes(b"\\xef\\xbb\\xbf" + "规划".encode(), "plan.txt")
('规划', 'utf-8-sig')
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from graph.errors import UnreadableFile

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "it is a PNG image; run OCR and save the result as text first"),
    (b"\xff\xd8\xff", "it is a JPEG image; run OCR and save the result as text first"),
    (b"GIF8", "it is a GIF image; run OCR and save the result as text first"),
    (b"%PDF", "it is a PDF file; extract its text (e.g. pdftotext) and save it as text first"),
    (b"\xd0\xcf\x11\xe0", "it is an old Office file (a DOC?); save it as text first"),
    (b"{\\rtf", "it is an RTF file; save it as plain text first"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _sniff_binary(data: bytes) -> str | None:
    """A reason when ``data`` is a known binary format, else None.

    >>> _sniff_binary(b"PK\\x03\\x04word/document.xml")
    'it is a ZIP archive (a DOCX?); save it as text first'
    >>> _sniff_binary("规划".encode()) is None
    True
    """
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "it is a ZIP archive (a DOCX?); save it as text first"
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            return reason
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when the NULs sit on one side, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16 has NULs on one side; CJK-heavy UTF-16 decodes cleanly.
    if odd > half * 0.3 and even == 0:
        return "utf-16-le"
    if even > half * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# C0 control characters other than line and page breaks and tabs
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0e, 0x20))
# encodings in which such a character is written as that one byte and every other
# character's bytes are 0x20 or above (UTF-8's are ASCII or 0x80 and above, GB18030's
# trailing bytes 0x30 and above)
_CONTROLS_AS_BYTES = frozenset({"utf-8", "utf-8-sig", "gb18030"})


def _looks_like_text(text: str) -> bool:
    """False when control characters (NUL and the like) make up the text.

    >>> _looks_like_text("规划\\r\\n\\t一、"), _looks_like_text("\\x01\\x02\\x03规划")
    (True, False)
    """
    if "\x00" in text:
        return False
    head = text[:20000]
    controls = len(_CONTROL.findall(head))
    return controls <= max(2, len(head) // 200)


def _decoded_looks_like_text(data: bytes, text: str, encoding: str) -> bool:
    """``_looks_like_text(text)``, ``text`` being ``data`` decoded from ``encoding``.

    Most plans hold no control character at all: in an encoding that writes each as
    its own byte (and no other character with such a byte), deleting those bytes
    from ``data`` (a table look-up per byte) shows it without the character-class
    scan of the text.

    >>> _decoded_looks_like_text("规划\\r\\n".encode(), "规划\\r\\n", "utf-8")
    True
    """
    if encoding in _CONTROLS_AS_BYTES and len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return True
    return _looks_like_text(text)


def decode_bytes(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Decode plan bytes; return ``(text, encoding name)``.

    Raises :class:`UnreadableFile` naming ``path`` for empty, binary or
    undecodable data.
    """
    if not data:
        raise UnreadableFile(path, "the file is empty; give a plan saved as text")
    reason = _sniff_binary(data)
    if reason:
        raise UnreadableFile(path, reason)
    text: str | None = None
    name = ""
    checked = False  # whether text passed _looks_like_text
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, name = _strict(data, encoding), encoding
            if text is None:
                raise UnreadableFile(path, f"it starts with a {encoding} byte-order mark but does "
                                     "not decode as such; re-save it as UTF-8")
            break
    if text is None:
        for encoding in ("utf-8", _utf16_without_bom(data), "gb18030"):
            if encoding and (text := _strict(data, encoding)) is not None:
                name = encoding
                if _decoded_looks_like_text(data, text, encoding):
                    checked = True
                    break
                text = None
    if text is None:
        text, name = _normalizer(data, path)
    if not checked and not _looks_like_text(text):
        raise UnreadableFile(path, "it contains binary data (NUL or control bytes), not text; "
                             "save the plan as text first")
    if not text.strip():
        raise UnreadableFile(path, "it holds only white space; give a plan with text")
    return text, name


def _normalizer(data: bytes, path: object) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile(path, "its bytes are not text in any known encoding "
                             "(UTF-8, GB18030, UTF-16); re-save it as UTF-8")
    return str(best), best.encoding


def read_text(path: str | Path) -> tuple[str, str]:
    """Read a plan file; return ``(text, encoding name)``.

    Raises :class:`UnreadableFile` when the path is missing, a directory,
    unreadable, empty, white space only, binary or undecodable.
    """
    p = Path(path)
    if not p.exists():
        raise UnreadableFile(path, "no such file; check the path")
    if p.is_dir():
        raise UnreadableFile(path, "it is a directory; give a plan file inside it")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise UnreadableFile(path, "permission denied; make the file readable") from None
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc}); check the file") from None
    return decode_bytes(data, path)


__all__ = ["decode_bytes", "read_text"]
