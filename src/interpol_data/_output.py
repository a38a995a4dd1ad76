"""Writing one output file safely: as shell redirection would, but never half a file.

The rules, shared by the command line and the binary exports:

- a path that is a symbolic link is written through (its target is replaced);
- a device, FIFO, socket or folder is never replaced: :class:`OutputError`;
- the parent folder must exist (nothing is created silently);
- the file is written aside and renamed into place, so a reader sees the old
  file or the new one; a new file gets ``0666`` less the umask, a replaced
  file keeps its mode;
- every error names the path the caller gave, never a temporary one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from interpol_data.errors import InterpolDataError

__all__ = ["OutputError", "write_file"]


class OutputError(InterpolDataError, OSError):
    """An output path cannot be written; the message names the path as given."""


def _target(path: Path) -> tuple[Path, int | None]:
    """The file to replace (symlinks followed) and the mode to keep, None for a new file."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        found = target.stat()
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise OutputError(f"{path}: the folder {target.parent} does not exist") from None
        return target, None
    except OSError as error:
        raise OutputError(f"{path}: {error.strerror or error}") from None
    if stat.S_ISDIR(found.st_mode):
        raise OutputError(f"{path} is a folder; give a file name")
    if not stat.S_ISREG(found.st_mode):
        raise OutputError(
            f"{path} is not a regular file (a device, FIFO or socket); it is never replaced"
        )
    return target, stat.S_IMODE(found.st_mode)


def write_file(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary)`` to fill a file beside ``path``, then rename it into place.

    Returns the path written (the symlink's target when ``path`` is a link).

    Raises:
        OutputError: ``path`` is not a regular file, its folder is missing, or
            the file cannot be written; the message names ``path``.
    """
    given = Path(path)
    target, mode = _target(given)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        # O_EXCL: never follow or reuse anything at the temporary name. The kernel applies
        # the umask to 0o666, so a new file gets the usual permissions.
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.close(handle)
        write(temporary)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"cannot write {given}: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return target
