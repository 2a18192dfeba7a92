"""Bytes to text: refuse empty, binary, mis-encoded and oversized inputs with a clear reason."""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

from spinscope.ingest.errors import InputError

_BOMS = (b"\xef\xbb\xbf",)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def _looks_garbled(text: str) -> bool:
    """True when decoding produced noise: unassigned, private-use or replacement characters.

    Bytes can be valid in some encoding and still not be text (a stray UTF-16 BOM before
    Latin-1 bytes decodes "successfully" to unassigned code points).
    """
    sample = text[:20000]
    bad = sum(1 for ch in sample if ch == "\ufffd" or unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    return bad > max(3, len(sample) * 0.01)


def decode_bytes(data: bytes, input: str, max_bytes: int) -> str:
    """Decode an input's bytes to text, or raise :class:`InputError` saying why not."""
    if len(data) > max_bytes:
        raise InputError(
            input,
            f"input is {len(data):,} bytes, over the limit of {max_bytes:,} for one article "
            "(raise it with --max-bytes)",
        )
    if not data.strip():
        raise InputError(input, "input is empty")
    if _looks_binary(data):
        raise InputError(input, "input looks binary (not text, HTML or JSONL)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        # charset-normalizer always proposes something; a high chaos score means it is guessing
        if best is None or best.chaos > 0.2:
            raise InputError(
                input, "input is not valid UTF-8 and its encoding could not be recognised"
            ) from None
        text = str(best)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_garbled(text):
        raise InputError(input, "input decodes to unassigned or replacement characters: "
                                "wrong or unknown encoding (save it as UTF-8)")
    if not text.strip():
        raise InputError(input, "input has no text")
    return text
