"""Reading bytes into text, with one clear error per kind of bad file.

Encodings: UTF-8 (with or without a byte-order mark), and UTF-16 or UTF-32 with a byte-order mark.
Anything else that is not valid UTF-8 is refused with the offset of the first bad byte (save the file as
UTF-8). Evidence offsets count characters of the decoded text (newlines as ``\\n``), whatever the encoding.
"""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from factcheck.errors import InputError
from factcheck.limits import MAX_FILE_BYTES

__all__ = ["decode", "read_bytes", "read_text", "sha256_of", "text_of"]

# A file is binary when this share of its first block is control bytes (text files have almost none).
BINARY_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 4096
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``; refuses directories, unreadable files and files over ``max_bytes``."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a file")
    too_big = f"is larger than the {_size_text(max_bytes)} limit (max-file-size)"
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(path, too_big)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # a pipe or a growing file has no size up front
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise InputError(path, too_big)
    return data


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def decode(path: Path, data: bytes) -> str:
    """Decode with universal newlines, like ``Path.read_text``; see the module docstring."""
    encoding, body = "utf-8", data
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    if encoding == "utf-8":
        nul = body.find(b"\x00")
        if nul >= 0:
            line = body.count(b"\n", 0, nul) + 1
            raise InputError(path, f"is a binary file (NUL byte at offset {nul}), not text", line)
        head = body[:_SNIFF_BYTES]
        controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
        if head and controls / len(head) > BINARY_CONTROL_SHARE:
            raise InputError(path, "is a binary file, not text")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        at: int | None = body[: exc.start].count(b"\n") + 1 if encoding == "utf-8" else None
        shown = f"byte 0x{body[exc.start]:02x}" if encoding == "utf-8" else exc.reason
        raise InputError(
            path,
            f"is not valid {encoding.upper().removesuffix('-LE').removesuffix('-BE')} ({shown} at offset "
            f"{exc.start + len(data) - len(body)}); save it as UTF-8",
            at,
        ) from exc
    if encoding != "utf-8" and (nul := text.find("\x00")) >= 0:
        raise InputError(path, "is a binary file (NUL character), not text", _line_of(text, nul))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "is empty")
    return text


def text_of(path: Path, data: bytes) -> tuple[str, str]:
    """The decoded text of ``data`` (the bytes of ``path``) and their sha256."""
    if not data:
        raise InputError(path, "is empty")
    return decode(path, data), sha256_of(data)


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, str]:
    """The decoded text of ``path`` and the sha256 of its bytes."""
    return text_of(path, read_bytes(path, max_bytes))
