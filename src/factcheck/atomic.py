"""Safe output files: every file factcheck writes goes through :func:`write_atomic`.

The text is encoded first (a lone surrogate fails here, before anything is touched), written to a
uniquely named temporary file in the target's own folder, flushed and fsynced, then renamed over the
target with :func:`os.replace` (atomic on POSIX and Windows). A kill or a write error at any point leaves
the previous file intact; two runs writing the same file never mix bytes (each has its own temporary
file, and the last rename wins with a whole file).

:func:`child_path` keeps a file name taken from an input (an article's id) inside its output folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from factcheck.errors import OutputError
from factcheck.limits import check_id

__all__ = ["child_path", "write_atomic"]

# Mode of a new file when no file exists yet (the umask still applies, as for ``open``).
_NEW_FILE_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) atomically; raises :class:`OutputError` naming the file."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise OutputError(path, f"cannot be written: the text is not valid Unicode ({exc.reason})") from exc
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else _NEW_FILE_MODE & ~_umask()
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(path, f"cannot be written ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise OutputError(path, f"cannot be written ({exc.strerror or exc})") from exc
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (best effort)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def child_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/<stem><suffix>``, refusing a stem that is not a safe file name or would leave ``folder``."""
    problem = check_id(stem)
    if problem is not None:
        raise OutputError(folder, f"refusing to write a file named after id {stem!r}: {problem}")
    target = folder / f"{stem}{suffix}"
    base = folder.resolve()
    if target.resolve().parent != base:
        raise OutputError(folder, f"refusing to write {target}: it is outside {folder}")
    return target
