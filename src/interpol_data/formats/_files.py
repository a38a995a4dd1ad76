"""Writing exports so that a reader sees the old version or the new one, never a mix.

A file is written beside its target and renamed over it; a folder of files is
built beside its target and swapped in whole. Only regular files and folders
are ever replaced: a symlink is followed (as shell redirection does) and a
device, FIFO or socket is refused.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: stale folders are left for the user
    fcntl = None  # type: ignore[assignment]

__all__ = ["replace_folder", "write_text"]

_FILE_MODE = 0o666  # less the umask, as for any new file
_FOLDER_MODE = 0o777


def _refuse_special(path: Path, shown: Path, *, want_folder: bool) -> os.stat_result | None:
    """The status of what ``path`` names (symlinks followed), refusing anything unsuitable."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    is_folder = stat.S_ISDIR(status.st_mode)
    if want_folder and not is_folder:
        raise NotADirectoryError(errno.ENOTDIR, "not a folder; refusing to replace it", str(shown))
    if not want_folder and is_folder:
        raise IsADirectoryError(errno.EISDIR, "a folder; refusing to replace it", str(shown))
    if not want_folder and not stat.S_ISREG(status.st_mode):
        raise OSError(
            errno.EINVAL, "not a regular file (a device, FIFO or socket); not replaced", str(shown)
        )
    return status


def _renamed_error(error: OSError, shown: Path) -> OSError:
    """The same error, naming the user's path rather than a temporary one."""
    return type(error)(error.errno, error.strerror, str(shown))


def _temporary_name(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{suffix}")


def _write_new_file(path: Path, data: bytes, mode: int | None) -> None:
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
        os.fsync(handle)  # the data is on disk before a rename makes it visible
    finally:
        os.close(handle)
    if mode is not None:
        os.chmod(path, mode)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically: a temporary file renamed into place.

    A symlink is written through; an existing file keeps its permissions; a new
    one gets the usual ``0666`` less the umask. Missing parent folders are created.

    Raises:
        IsADirectoryError: ``path`` is a folder.
        OSError: ``path`` is a device, FIFO or socket, or the file cannot be
            written; the message names ``path``, never a temporary file.
    """
    shown = Path(path)
    target = Path(os.path.realpath(shown))
    status = _refuse_special(target, shown, want_folder=False)
    temporary = _temporary_name(target, ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_new_file(
            temporary,
            text.encode("utf-8"),
            None if status is None else stat.S_IMODE(status.st_mode),
        )
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _renamed_error(error, shown) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where that is unavailable."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError, TypeError):  # pragma: no cover - not Linux/glibc
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    return bool(result == 0)


def _hold(folder: Path) -> int | None:
    """Lock ``folder`` while it is built, so that another export can tell it is not stale."""
    if fcntl is None:  # pragma: no cover - Windows
        return None
    handle = os.open(folder, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def _remove_stale(target: Path) -> None:
    """Remove the folders that exports killed midway (``kill -9``, power loss) left beside
    ``target``; a folder still locked by a running export is left alone."""
    if fcntl is None:  # pragma: no cover - Windows
        return
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{12}}\.tmp")
    try:
        entries = [entry for entry in os.scandir(target.parent) if pattern.fullmatch(entry.name)]
    except OSError:
        return
    for entry in entries:
        try:
            handle = os.open(entry.path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # an export in progress
        else:
            shutil.rmtree(entry.path, ignore_errors=True)
        finally:
            os.close(handle)


def replace_folder(
    path: str | os.PathLike[str],
    write: Callable[[Path], Iterable[str]],
    *,
    replaceable: Callable[[str], bool],
) -> tuple[Path, ...]:
    """Build a folder beside ``path`` with ``write`` and swap it in for ``path`` at once.

    ``write`` fills the folder it is given and returns the names it wrote. An
    existing folder is replaced only if every entry in it passes
    ``replaceable`` (so a user's own files are never deleted); its permissions
    are kept. On Linux the swap is one ``renameat2`` exchange, so a reader sees
    the old folder or the new one; elsewhere the old folder is renamed aside
    first. Nothing temporary survives an error, and what an export killed
    midway left beside ``path`` is removed by the next one.

    Raises:
        NotADirectoryError: ``path`` is a file, a device, a FIFO or a socket.
        FileExistsError: ``path`` is a folder holding files this export did not write.
        OSError: the folder cannot be written; the message names ``path``.
    """
    shown = Path(path)
    target = Path(os.path.realpath(shown))
    status = _refuse_special(target, shown, want_folder=True)
    if status is not None:
        foreign = sorted(entry for entry in os.listdir(target) if not replaceable(entry))
        if foreign:
            raise FileExistsError(
                errno.EEXIST,
                "holds files that are not part of an export ("
                + ", ".join(foreign[:5])
                + (", …" if len(foreign) > 5 else "")
                + "); choose a new or empty folder",
                str(shown),
            )
    _remove_stale(target)
    building = _temporary_name(target, ".tmp")
    lock: int | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.mkdir(building, _FOLDER_MODE)
        lock = _hold(building)
        if status is not None:
            os.chmod(building, stat.S_IMODE(status.st_mode))
        names = tuple(write(building))
        if status is None:
            os.rename(building, target)
        elif _exchange(building, target):
            shutil.rmtree(building, ignore_errors=True)  # now the previous export
        else:  # where renameat2 is missing: the old folder is moved aside first
            previous = _temporary_name(target, ".old")
            os.rename(target, previous)
            try:
                os.rename(building, target)
            except BaseException:
                os.rename(previous, target)  # put the previous export back
                raise
            shutil.rmtree(previous, ignore_errors=True)
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise _renamed_error(error, shown) from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    finally:
        if lock is not None:
            os.close(lock)
    return tuple(shown / name for name in names)


def write_file(folder: Path, name: str, text: str) -> str:
    """Write one file of a folder being built (not yet visible); return its name."""
    _write_new_file(folder / name, text.encode("utf-8"), None)
    return name
