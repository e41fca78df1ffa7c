"""The input files of a batch run: files, folders and glob patterns, in a stable order.

Only regular files are taken: in a folder, FIFOs, sockets and devices are passed over, and a
symbolic link is followed only when its target lies inside the folder searched.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from surveystats.errors import ValidationError

_GLOB_CHARS = frozenset("*?[")


def iter_input_files(
    patterns: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, pattern: str = "*.txt"
) -> Iterator[Path]:
    """Expand files, directories and glob patterns into input files, deterministically.

    Parameters
    ----------
    patterns
        One or several of: a file (taken as is, whatever its name); a directory
        (searched recursively for file names matching ``pattern``, sub-folders in sorted
        order, files sorted by name within each folder); a glob pattern (``*``, ``?``,
        ``[...]``; ``**`` matches any depth), expanded in sorted order, a matching
        directory being searched as above. Only regular files are yielded: in a folder,
        FIFOs, sockets and devices are passed over (reading one would block or never
        end), and so are symbolic links whose target lies outside the folder searched;
        symbolic links to folders are not entered.
    pattern
        ``fnmatch`` pattern for the file names taken from directories (default
        ``"*.txt"``; case-sensitive on POSIX).

    Yields
    ------
    pathlib.Path
        Absolute paths of existing files, in the order of ``patterns`` then sorted, each
        yielded once even when several patterns reach it.

    Raises
    ------
    ValidationError
        When an entry of ``patterns`` is neither an existing file or directory nor a
        glob pattern, is a file that is not a regular file (``/dev/zero``, a FIFO), or
        yields no file at all (a typo is more likely than an intent).

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ["b.txt", "a.txt", "notes.md"]:
    ...     _ = (folder / name).write_text("x")
    >>> [p.name for p in iter_input_files(folder)]
    ['a.txt', 'b.txt']
    """
    if isinstance(patterns, str | os.PathLike):
        patterns = [patterns]
    seen: set[Path] = set()
    for entry in patterns:
        found = 0
        for path in _expand(entry, pattern=pattern):
            key = path.resolve()
            found += 1
            if key not in seen:
                seen.add(key)
                yield path
        if not found:
            raise ValidationError(
                f"inputs: {os.fspath(entry)!r} matches no input file (directories are "
                f"searched for {pattern!r}); check the path or the pattern"
            )


def _expand(entry: str | os.PathLike[str], *, pattern: str) -> Iterator[Path]:
    text = os.fspath(entry)
    path = Path(text)
    if path.is_dir():
        yield from _walk(path, pattern=pattern)
    elif path.exists():
        if not _is_regular(path):
            raise ValidationError(
                f"inputs: {text!r} is not a regular file (a device, FIFO or socket); "
                "give documents saved as files"
            )
        yield path.absolute()
    elif _GLOB_CHARS.intersection(text):
        for match in sorted(glob.glob(text, recursive=True)):
            found = Path(match)
            if found.is_dir():
                yield from _walk(found, pattern=pattern)
            elif _is_regular(found):
                yield found.absolute()
    else:
        raise ValidationError(
            f"inputs: no such file or directory: {text!r}; give existing files, "
            "directories or glob patterns such as 'corpus/**/*.txt'"
        )


def _walk(folder: Path, *, pattern: str) -> Iterator[Path]:
    """Regular files under ``folder`` matching ``pattern``; links must stay inside it."""
    top = folder.resolve()
    for root, dirs, files in os.walk(folder):  # symbolic links to folders are not entered
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            if not fnmatch.fnmatch(name, pattern) or not _is_regular(path):
                continue
            if path.is_symlink() and not inside(path.resolve(), top):
                continue
            yield path.absolute()


def _is_regular(path: Path) -> bool:
    """Whether ``path`` is (or links to) a regular file: not a FIFO, socket or device."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a dangling link, or no permission to look
        return False


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies under it."""
    return path == folder or folder in path.parents
