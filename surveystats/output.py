"""Writing tables safely: atomically, never over an input, in a known format.

Used by the command line and the report. A file is first written next to its target
under a temporary name and then renamed over it, so a reader never sees half a file
and a failure leaves the old file (or nothing) in place.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from surveystats.errors import OutputError, ValidationError

__all__ = ["TABLE_FORMATS", "atomic_write_bytes", "table_bytes", "write_table"]

TABLE_FORMATS = ("csv", "json", "parquet")


def table_bytes(table: pd.DataFrame, table_format: str) -> bytes:
    """Serialise a table as CSV, JSON (records) or Parquet.

    Parameters
    ----------
    table
        The table to serialise.
    table_format
        One of "csv", "json" or "parquet".

    Returns
    -------
    bytes
        The encoded table (UTF-8 for CSV and JSON).

    Raises
    ------
    ValidationError
        When ``table_format`` is not one of :data:`TABLE_FORMATS`.

    Examples
    --------
    >>> table_bytes(pd.DataFrame({"a": [1]}), "csv").decode().splitlines()
    ['a', '1']
    """
    if table_format == "csv":
        return table.to_csv(index=False).encode("utf-8")
    if table_format == "json":
        text = table.to_json(orient="records", force_ascii=False, indent=1, date_format="iso")
        return (text + "\n").encode("utf-8")
    if table_format == "parquet":
        buffer = io.BytesIO()
        table.to_parquet(buffer, index=False)
        return buffer.getvalue()
    raise ValidationError(
        f"table_format must be one of {', '.join(TABLE_FORMATS)}; got {table_format!r}"
    )


def atomic_write_bytes(path: Path, data: bytes, *, inputs: Iterable[Path] = ()) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Parameters
    ----------
    path
        The file to write; its folder is created when missing.
    data
        The bytes to write.
    inputs
        Files that must never be written over (the documents being read).

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    OutputError
        When ``path`` is one of ``inputs`` or an existing folder.
    """
    path = Path(path)
    target = path.resolve()
    for source in inputs:
        if Path(source).resolve() == target:
            raise OutputError(f"{path}: refusing to write over an input file; choose another -o")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name for the output")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # the bytes are on disk before the name points at them
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        os.chmod(temporary, _default_file_mode())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _default_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_table(
    table: pd.DataFrame, path: Path, table_format: str, *, inputs: Iterable[Path] = ()
) -> Path:
    """Write a table atomically in the given format; see :func:`table_bytes`."""
    return atomic_write_bytes(Path(path), table_bytes(table, table_format), inputs=inputs)
