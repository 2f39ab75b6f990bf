"""Atomic file writes: a crash, a full disk or a killed process never leaves half a file behind.

The bytes go to a temporary file in the target's own folder (so the rename stays on one
file system), are flushed to disk, and only then replace the target in one step. Readers
see either the old file or the new one, never a mixture.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically; raises OSError (the temporary file is removed)."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    # O_EXCL with a random name: never clobbers another writer's temporary file. The mode
    # 0o666 is filtered by the umask, like any newly created file (mkstemp would force 0o600).
    tmp = path.with_name(f".{path.name[:80]}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
