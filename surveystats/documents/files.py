"""Opening input files: only regular files, and every failure a DocumentError naming the file.

A named pipe (FIFO) blocks the reader until another process writes to it, and a
character device such as ``/dev/zero`` never ends, so reading either would hang or
fill memory. Paths the system cannot even look up (a name longer than the file
system allows, a NUL character) raise ``OSError`` or ``ValueError`` from the
standard library; here they are refused like a missing file, with the reason.
"""

from __future__ import annotations

import os
import stat
from os import PathLike
from pathlib import Path

from surveystats.errors import DocumentError

__all__ = ["check_regular_file", "read_regular_file"]

# Opening never blocks (O_NONBLOCK: a FIFO without a writer) and never makes a terminal
# the controlling one (O_NOCTTY); O_BINARY matters on Windows only.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device (such as /dev/zero)"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refuse_unless_regular(mode: int, file: Path) -> None:
    """Raise a DocumentError naming what ``file`` is unless ``mode`` is a regular file's."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise DocumentError("is a directory, not a text file; give a file inside it", source=file)
    what = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    raise DocumentError(
        f"is {what}, not a regular file; only regular files are read (reading this one "
        "could block or never end): give the path of a file",
        source=file,
    )


def _lookup_error(error: OSError | ValueError, file: Path) -> DocumentError:
    """The DocumentError for a path that could not be looked up or opened."""
    if isinstance(error, FileNotFoundError):
        return DocumentError("no such file; check the path", source=file)
    if isinstance(error, ValueError):  # "embedded null byte"
        return DocumentError(f"is not a usable path ({error}); check the path", source=file)
    return DocumentError(f"cannot be read ({error.strerror or error})", source=file)


def check_regular_file(path: str | PathLike[str]) -> Path:
    """Return ``path`` as a Path if it names an existing regular file (symlinks followed).

    For readers that open the file themselves (pandas, pyarrow); between this check and
    their opening, the file could still be replaced.

    Raises
    ------
    DocumentError
        When the file is missing, cannot be looked up (a name too long, a NUL
        character, no permission on a folder) or is not a regular file (a directory,
        a FIFO, a device, a socket). The message starts with the path.

    Examples
    --------
    >>> check_regular_file("/dev/null")
    Traceback (most recent call last):
    ...
    surveystats.errors.DocumentError: /dev/null: is a character device (such as /dev/zero), not a regular file; only regular files are read (reading this one could block or never end): give the path of a file
    """  # noqa: E501
    file = Path(path)
    try:
        mode = os.stat(file).st_mode
    except (OSError, ValueError) as error:
        raise _lookup_error(error, file) from None
    _refuse_unless_regular(mode, file)
    return file


def read_regular_file(path: str | PathLike[str]) -> bytes:
    """The bytes of a regular file, read without ever blocking on a FIFO or a device.

    The file is opened without blocking and checked on the open descriptor, so a file
    swapped for a FIFO after a first look cannot make the read hang.

    Raises
    ------
    DocumentError
        As :func:`check_regular_file`, and when reading fails.
    """
    file = check_regular_file(path)  # the clearer message for a socket, which cannot be opened
    try:
        descriptor = os.open(file, _OPEN_FLAGS)
    except (OSError, ValueError) as error:
        raise _lookup_error(error, file) from None
    with os.fdopen(descriptor, "rb") as stream:
        _refuse_unless_regular(os.fstat(stream.fileno()).st_mode, file)
        try:
            return stream.read()
        except OSError as error:
            raise _lookup_error(error, file) from None
