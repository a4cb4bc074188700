"""Reading bytes into text, with one clear error per kind of bad file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factcheck.errors import InputError

__all__ = ["read_bytes", "read_text", "sha256_of", "text_of"]

# A file is binary when this share of its first block is control bytes (text files have almost none).
BINARY_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 4096
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc


def decode(path: Path, data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped) with universal newlines, like ``Path.read_text``."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError(path, "is a binary file (NUL bytes), not text")
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if head and controls / len(head) > BINARY_CONTROL_SHARE:
        raise InputError(path, "is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", line
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "is empty")
    return text


def text_of(path: Path, data: bytes) -> tuple[str, str]:
    """The decoded text of ``data`` (the bytes of ``path``) and their sha256."""
    if not data:
        raise InputError(path, "is empty")
    return decode(path, data), sha256_of(data)


def read_text(path: Path) -> tuple[str, str]:
    """The decoded text of ``path`` and the sha256 of its bytes."""
    return text_of(path, read_bytes(path))
