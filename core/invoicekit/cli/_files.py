"""Writing an output file all at once: a temporary file beside the target, renamed onto it.

A reader of the target sees the old file or the complete new one, never half of an export or
a PDF: an error or Ctrl-C (SIGINT) midway removes the temporary file and leaves the target as
it was. A process killed outright (SIGKILL, or SIGTERM, which Python does not catch) leaves at
most the hidden ``.NAME.*.partial`` beside it, never a partial file under the target name.

The new file gets the mode the user would get from ``> FILE``: the mode of the file it
replaces, or ``0o666`` minus the umask for a new one (`tempfile.mkstemp` alone would leave
``0600``). Errors name the target, never the temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_file", "new_file_mode"]


def new_file_mode() -> int:
    """The mode ``open(path, "w")`` gives a new file: ``0o666`` minus the process umask."""
    # The umask can only be read by setting it; the CLI is single-threaded while it does this.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return new_file_mode()


def _naming(target: Path, exc: OSError) -> OSError:
    """``exc`` with the target as its file name (it may name the temporary file)."""
    return type(exc)(exc.errno, exc.strerror or str(exc), str(target))


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary stream that becomes the file ``path`` when the block ends without an exception.

    Raises:
        OSError: the file cannot be created or replaced; its ``filename`` is ``path``.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
        )
    except OSError as exc:
        raise _naming(target, exc) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            # On disk before the rename, so that a crash right after cannot leave the target
            # name on an empty or partial file.
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if exc.filename not in (None, temporary):
            raise  # about another file the block used
        raise _naming(target, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
