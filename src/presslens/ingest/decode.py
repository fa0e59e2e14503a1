"""Bytes to text: reject binary data, then detect the encoding.

UTF-8 is tried first because it is by far the most common and a successful strict decode is
proof enough; anything else goes to charset-normalizer's detector.
"""

from __future__ import annotations

import charset_normalizer

from presslens.errors import InputError

_SNIFF_BYTES = 8192
_CONTROL_BYTES = set(range(9)) | {11, 12} | set(range(14, 32))
_MAX_CONTROL_SHARE = 0.05


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return bool(sample) and controls / len(sample) > _MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`InputError` for binary or undecodable data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _looks_binary(data[:_SNIFF_BYTES]):
        raise InputError("the input looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("could not detect the text encoding of the input")
    return str(best), best.encoding
