"""Tables in files: CSV, JSON and Parquet, written safely and read back with their types.

Used by the command line, the report and anyone who keeps a table. Every format is
derived from the declarations of :mod:`surveystats.schema`, with no code for any one
table: a table written with ``table="numbers"`` and read back with
:func:`read_table` has equal values and equal dtypes (categories with their levels,
nullable integers, booleans, dates, strings) in all three formats.

The formats
-----------
``parquet``
    The table's Arrow schema (:func:`surveystats.schema.arrow_schema`): nullable
    integers as int64 with nulls, categories as strings, dates as dates. The same
    layout as a batch run's parts, so pandas, DuckDB and Polars read it directly.
``csv``
    UTF-8, a header row, ``,`` between cells, a line feed after each row, text cells
    always quoted. **A missing value is an empty, unquoted cell; an empty string is a
    quoted empty cell (``""``)**, so the two stay apart (readers that do not make the
    distinction, such as ``pandas.read_csv`` by default, read both as missing).
    Booleans are ``true`` and ``false``, dates ``2001-12-21``.
``json``
    An array of records, one object per row, with ``null`` for a missing value, dates
    as ISO strings and numbers in their shortest exact form. A table without rows is
    ``[]``, which names no column: it reads back as the declared empty table.

Spreadsheet formulas in CSV
---------------------------
A spreadsheet opening a CSV file runs a cell that starts with ``=``, ``+``, ``-`` or
``@`` (or a tab or carriage return before one) as a formula, and text taken from
documents may start that way ("CSV injection"). Every text cell of a CSV file that
starts with one of ``= + - @``, a tab, a carriage return or a single quote is written
with a single quote in front (``=HYPERLINK(...)`` becomes ``'=HYPERLINK(...)``), which
spreadsheets show as text. Because a cell that really starts with a quote gets one
more, the rule can be undone: :func:`read_table` removes the first quote of every text
cell that starts with one and gives back exactly the text written. Numeric, boolean
and date cells are never formulas and are written as they are (``-1.5``).

Writing is atomic: a file is first written next to its target under a temporary name
and then renamed over it, so a reader never sees half a file and a failure leaves the
old file (or nothing) in place. A folder of outputs (a report) is written the same way
as a whole by :func:`replace_folder`, which also records what it wrote so that a later
run replaces only its own files; :func:`safe_name` turns a document symbol into a folder
name that cannot leave its parent.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from surveystats import schema
from surveystats.documents.files import check_regular_file
from surveystats.errors import DocumentError, OutputError, ValidationError

__all__ = [
    "FORMULA_START",
    "MANIFEST_NAME",
    "TABLE_FORMATS",
    "atomic_write_bytes",
    "format_of",
    "read_table",
    "replace_folder",
    "safe_name",
    "table_bytes",
    "write_table",
]

#: The formats tables are written in.
TABLE_FORMATS = ("csv", "json", "parquet")

#: A CSV text cell starting with one of these gets a single quote in front (see above).
FORMULA_START = "=+-@\t\r'"
_DEFUSE = "^([" + FORMULA_START.replace("-", r"\-") + "])"


def format_of(path: str | os.PathLike[str], table_format: str | None = None) -> str:
    """The format of a table file: ``table_format`` when given, else the file's suffix.

    Raises
    ------
    ValidationError
        When the format is not one of :data:`TABLE_FORMATS`.

    Examples
    --------
    >>> format_of("out/numbers.parquet"), format_of("t.txt", "csv")
    ('parquet', 'csv')
    """
    found = table_format or Path(path).suffix.lower().lstrip(".")
    if found not in TABLE_FORMATS:
        if table_format is None:
            raise ValidationError(
                f"{os.fspath(path)}: cannot tell the table format from the suffix "
                f"{Path(path).suffix!r}; name the file .csv, .json or .parquet or give "
                "table_format"
            )
        raise ValidationError(
            f"table_format must be one of {', '.join(TABLE_FORMATS)}; got {table_format!r}"
        )
    return found


def table_bytes(frame: pd.DataFrame, table_format: str, *, table: str | None = None) -> bytes:
    """Serialise a table as CSV, JSON (records) or Parquet.

    Parameters
    ----------
    frame
        The table to serialise.
    table_format
        One of "csv", "json" or "parquet".
    table
        The name of the table in :data:`surveystats.schema.TABLES` (``"numbers"``,
        ``"tallies"``, ...). Its declared columns are written with their declared
        types, in declared order, after any column the table does not declare (a bulk
        extraction's ``row``, a batch table's ``doc_id``). ``None``: a table of your
        own, written with the types pandas gives its columns.

    Returns
    -------
    bytes
        The encoded table (UTF-8 for CSV and JSON).

    Raises
    ------
    ValidationError
        When ``table_format`` is not one of :data:`TABLE_FORMATS`, or ``frame`` lacks
        a column of ``table``, or a value does not fit its declared type.

    Examples
    --------
    >>> table_bytes(pd.DataFrame({"a": [1], "b": ["=1+1"]}), "csv").decode().splitlines()
    ['a,b', '1,"\\'=1+1"']
    """
    if table_format not in TABLE_FORMATS:
        raise ValidationError(
            f"table_format must be one of {', '.join(TABLE_FORMATS)}; got {table_format!r}"
        )
    arrow = _to_arrow(frame, table)
    if table_format == "parquet":
        buffer = io.BytesIO()
        pq.write_table(arrow, buffer)
        return buffer.getvalue()
    if table_format == "csv":
        header = io.StringIO()
        csv.writer(header, lineterminator="\n").writerow(arrow.column_names)
        buffer = io.BytesIO(header.getvalue().encode("utf-8"))
        buffer.seek(0, io.SEEK_END)
        options = pa_csv.WriteOptions(include_header=False)
        pa_csv.write_csv(_map_text(arrow, _defuse), buffer, write_options=options)
        return buffer.getvalue()
    records = arrow.to_pylist()
    text = json.dumps(records, ensure_ascii=False, indent=1, default=_json_value)
    return (text + "\n").encode("utf-8")


def write_table(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    table_format: str | None = None,
    *,
    table: str | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Write a table atomically as CSV, JSON or Parquet.

    Parameters
    ----------
    frame
        The table.
    path
        The file to write (its folder is created when missing).
    table_format
        "csv", "json" or "parquet"; default: the suffix of ``path``.
    table
        Its name in :data:`surveystats.schema.TABLES`; see :func:`table_bytes`.
    inputs
        The documents being read, never written over (see :func:`atomic_write_bytes`).

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ValidationError
        As :func:`table_bytes`, or when the format cannot be told from ``path``.
    OutputError
        As :func:`atomic_write_bytes`.

    Examples
    --------
    >>> import tempfile
    >>> from surveystats.schema import build_table
    >>> votes = build_table("votes", {"tally": [0], "in_favour": [14], "date": ["1973-10-22"]})
    >>> path = write_table(votes, Path(tempfile.mkdtemp()) / "votes.csv", table="votes")
    >>> read_table(path, table="votes").equals(votes)
    True
    """
    path = Path(path)
    data = table_bytes(frame, format_of(path, table_format), table=table)
    return atomic_write_bytes(path, data, inputs=[Path(p) for p in inputs])


def read_table(
    path: str | os.PathLike[str], *, table: str | None = None, table_format: str | None = None
) -> pd.DataFrame:
    """Read a table written by :func:`write_table` (or the command line) back.

    Parameters
    ----------
    path
        A CSV, JSON or Parquet file.
    table
        The name of the table in :data:`surveystats.schema.TABLES` the file holds
        (``"numbers"``, ``"tallies"``, ...): its declared columns come back with their
        declared dtypes, equal to the table that was written. Columns the table does
        not declare (``row``, ``file``, ``doc_id``) come first, typed as the file gives
        them (nullable integers, floats, booleans, strings). ``None``: every column as
        the file gives it.
    table_format
        "csv", "json" or "parquet"; default: the suffix of ``path``.

    Returns
    -------
    pandas.DataFrame
        The table, with a fresh ``RangeIndex``. CSV text cells are given back as
        written before the formula quote (see the module's notes).

    Raises
    ------
    ValidationError
        When the format cannot be told, ``path`` is a folder (read a batch output with
        :func:`surveystats.batch.read_batch`), the file is not a valid file of its
        format, or it does not hold the columns of ``table``.
    DocumentError
        When the file is missing, cannot be opened, or is not a regular file (a
        FIFO or a device, which could block or never end).

    Examples
    --------
    >>> import tempfile
    >>> from surveystats.extract import extract_numbers
    >>> numbers = extract_numbers("Forty-seven of the 78 respondents (60.3 per cent) agreed.")
    >>> path = write_table(numbers, Path(tempfile.mkdtemp()) / "n.json", table="numbers")
    >>> read_table(path, table="numbers").dtypes.equals(numbers.dtypes)
    True
    """
    path = Path(path)
    table_format = format_of(path, table_format)
    declared = None if table is None else schema.table(table)
    if os.path.isdir(path):  # False, not OSError, for a name the system cannot look up
        raise ValidationError(
            f"{os.fspath(path)}: is a folder, not a table file; a batch output is read with "
            "surveystats.read_batch(folder), one of its tables with "
            "surveystats.batch.read_table(folder, name)"
        )
    check_regular_file(path)  # a FIFO or /dev/zero would block or never end
    try:
        return _read(path, table_format, declared)
    except (pa.ArrowInvalid, ValueError, KeyError, TypeError) as error:
        raise ValidationError(
            f"{os.fspath(path)}: not a readable {_what(table)}: {error}"
        ) from None
    except OSError as error:
        raise DocumentError(f"cannot read the table: {error}", source=path) from None


def _read(path: Path, table_format: str, declared: schema.Table | None) -> pd.DataFrame:
    if table_format == "json":
        frame = _read_json(path)
        if declared is None:
            return frame
        if frame.empty and not len(frame.columns):  # "[]" names no column
            return schema.empty_table(declared.name)
        return schema.conform(frame, declared)
    if table_format == "csv":
        arrow = _map_text(_read_csv(path, declared), _restore)
    else:
        arrow = pq.read_table(path)
    return schema.from_arrow(arrow, declared)


def _what(table: str | None) -> str:
    return "table" if table is None else f"{table} table"


# ------------------------------------------------------------------------ conversion


def _to_arrow(frame: pd.DataFrame, table: str | None) -> pa.Table:
    """The frame as an Arrow table: undeclared columns first, then the declared ones."""
    if table is None:
        return pa.Table.from_arrays(
            [_plain_array(frame[name]) for name in frame.columns],
            names=[str(name) for name in frame.columns],
        )
    declared = schema.table(table)
    try:
        typed = schema.conform(frame, declared)
        arrow = schema.to_arrow(typed, declared)
    except (ValueError, TypeError, pa.ArrowInvalid, pa.ArrowTypeError) as error:
        raise ValidationError(f"cannot write the {table} table: {error}") from None
    extra = [name for name in typed.columns if name not in declared.names]
    for position, name in enumerate(extra):
        arrow = arrow.add_column(position, str(name), _plain_array(typed[name]))
    return arrow


def _plain_array(values: pd.Series) -> pa.Array:
    """A column the schema does not declare, as Arrow: categories and text as strings."""
    try:
        array = pa.array(values, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed objects: written as their text
        array = pa.array(
            [None if schema.is_missing(v) else str(v) for v in values], type=pa.string()
        )
    if pa.types.is_dictionary(array.type):
        array = array.cast(array.type.value_type)
    if pa.types.is_large_string(array.type):
        array = array.cast(pa.string())
    return array


def _map_text(arrow: pa.Table, change: Any) -> pa.Table:
    """Apply ``change`` to every text column of an Arrow table."""
    for i, field in enumerate(arrow.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            arrow = arrow.set_column(i, field, change(arrow.column(i)))
    return arrow


def _defuse(cells: pa.ChunkedArray) -> pa.ChunkedArray:
    """A quote in front of every cell a spreadsheet would read as a formula."""
    return pc.replace_substring_regex(cells, pattern=_DEFUSE, replacement=r"'\1")


def _restore(cells: pa.ChunkedArray) -> pa.ChunkedArray:
    """The cells :func:`_defuse` changed, as they were."""
    return pc.replace_substring_regex(cells, pattern="^'", replacement="")


def _json_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):  # dates and timestamps
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def _read_csv(path: Path, declared: schema.Table | None) -> pa.Table:
    types = {} if declared is None else dict(zip(*_names_and_types(declared), strict=True))
    return pa_csv.read_csv(
        path,
        parse_options=pa_csv.ParseOptions(newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types=types,
            null_values=[""],
            true_values=["true"],
            false_values=["false"],
            strings_can_be_null=True,  # an empty cell is missing ...
            quoted_strings_can_be_null=False,  # ... and a quoted one an empty string
        ),
    )


def _names_and_types(declared: schema.Table) -> tuple[list[str], list[pa.DataType]]:
    arrow_schema = schema.arrow_schema(declared)
    return arrow_schema.names, arrow_schema.types


def _read_json(path: Path) -> pd.DataFrame:
    with open(path, encoding="utf-8") as stream:
        records = json.load(stream)
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValueError("a table in JSON is an array of objects, one per row")
    names: dict[str, None] = {}
    for record in records:
        names.update(dict.fromkeys(record))
    columns = {name: pd.array([r.get(name) for r in records]) for name in names}
    return pd.DataFrame(columns, index=pd.RangeIndex(len(records)))


# ---------------------------------------------------------------------------- writing


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
        When ``path`` is one of ``inputs`` or an existing folder, or cannot be written
        (a full disk, no permission, a name too long or holding a NUL character).
    """
    path = Path(path)
    if "\x00" in str(path):
        raise OutputError(
            f"{path}: cannot be written (a NUL character in the name); choose another path"
        )
    target = path.resolve()
    for source in inputs:
        if Path(source).resolve() == target:
            raise OutputError(f"{path}: refusing to write over an input file; choose another -o")
    if os.path.isdir(path):  # False, not OSError, for a name the system cannot look up
        raise OutputError(f"{path}: is a folder; give a file name for the output")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except (OSError, ValueError) as error:  # a name too long, a NUL, a file as a folder
        reason = getattr(error, "strerror", None) or error
        raise OutputError(f"{path}: cannot be written ({reason}); choose another path") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # the bytes are on disk before the name points at them
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        os.chmod(temporary, _default_file_mode())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):  # a full disk, a name too long for the rename
            reason = error.strerror or error
            raise OutputError(
                f"{path}: cannot be written ({reason}); choose another path"
            ) from None
        raise
    return path


def _default_file_mode() -> int:
    return 0o666 & ~_umask()


# --------------------------------------------------------------------------- folders

#: The file in which :func:`replace_folder` records the files it wrote (path -> SHA-256).
MANIFEST_NAME = ".surveystats-files.json"


def safe_name(symbol: str | None, *, default: str = "document") -> str:
    """Turn a document symbol into a file or folder name that cannot leave its folder.

    Parameters
    ----------
    symbol
        A document symbol or name, e.g. "A/RES/56/203".
    default
        The name used when nothing usable is left (``symbol`` empty, None, or only
        punctuation such as "..").

    Returns
    -------
    str
        ``symbol`` with every run of characters other than ASCII letters, digits, ".", "-"
        and "_" replaced by "_", without leading or trailing dots, dashes and underscores,
        at most 100 characters; never "." or ".." and never containing "/" or "\\".

    Examples
    --------
    >>> safe_name("A/RES/56/203")
    'A_RES_56_203'
    >>> safe_name("../../etc")
    'etc'
    >>> safe_name("..")
    'document'
    """
    text = "" if symbol is None else str(symbol)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", text)
    name = re.sub(r"\.{2,}", ".", name)
    name = name.strip("._-")[:100].strip("._-")
    if re.fullmatch(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?", name):
        name = f"_{name}"
    return name or default


@contextlib.contextmanager
def replace_folder(
    folder: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    legacy: re.Pattern[str] | None = None,
) -> Iterator[Path]:
    """Write a folder as a whole: fill an empty staging folder, then swap it into place.

    Parameters
    ----------
    folder
        The folder to write (created, or replaced when it holds only files written by an
        earlier run); its parent is created when missing.
    inputs
        Files that must not lie inside ``folder`` (the documents being read).
    legacy
        For a folder written before manifests existed: a pattern that every relative
        path (with "/") of such a folder must match in full for it to count as ours.

    Yields
    ------
    pathlib.Path
        An empty folder beside ``folder``; write everything into it. When the block ends
        without an exception, :data:`MANIFEST_NAME` is written into it listing each file
        and its SHA-256, and it replaces ``folder`` (renames only). When the block raises,
        the staging folder is removed and ``folder`` is left as it was.

    Raises
    ------
    OutputError
        Before anything is written: when ``folder`` names no folder ("", ".", ".."), is a
        file, contains one of ``inputs``, or holds a file this function did not write (a
        file missing from its manifest, or changed since it was written). Nothing in the
        folder is deleted then.

    Examples
    --------
    >>> root = Path(tempfile.mkdtemp())
    >>> with replace_folder(root / "report") as staging:
    ...     _ = (staging / "report.md").write_text("# Report")
    >>> sorted(p.name for p in (root / "report").iterdir())
    ['.surveystats-files.json', 'report.md']
    """
    target = Path(folder)
    if target.name in ("", ".", ".."):
        raise OutputError(f"{folder}: name a folder to write, not {str(folder)!r}")
    resolved = target.resolve()
    for source in inputs:
        path = Path(source).resolve()
        if path == resolved or resolved in path.parents:
            raise OutputError(
                f"{folder}: the output folder contains the input {path}; "
                "choose an output folder that holds no input files"
            )
    if resolved.exists() or resolved.is_symlink():
        if not resolved.is_dir():
            raise OutputError(f"{folder}: exists and is not a folder; choose another folder")
        foreign = _foreign_files(resolved, legacy)
        if foreign:
            shown = ", ".join(foreign[:5]) + (
                f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
            )
            raise OutputError(
                f"{folder}: holds files surveystats did not write ({shown}); nothing was "
                "changed: move them out of the folder or choose another output folder"
            )
    resolved.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{resolved.name}.", suffix=".tmp", dir=resolved.parent)
    )
    try:
        yield staging
        _write_manifest(staging)
        _swap(staging, resolved)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _relative_files(folder: Path) -> dict[str, Path]:
    """Every file, link and special entry under ``folder`` (links not followed), by path."""
    found = {}
    for root, folders, files in os.walk(folder):
        base = Path(root)
        for name in files + [f for f in folders if (base / f).is_symlink()]:
            path = base / name
            found[path.relative_to(folder).as_posix()] = path
    return found


def _foreign_files(folder: Path, legacy: re.Pattern[str] | None) -> list[str]:
    """Files under ``folder`` that an earlier :func:`replace_folder` did not write."""
    files = _relative_files(folder)
    manifest_path = folder / MANIFEST_NAME
    files.pop(MANIFEST_NAME, None)
    if manifest_path.is_file() and not manifest_path.is_symlink():
        try:
            written = json.loads(manifest_path.read_text(encoding="utf-8"))["files"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            written = {}
        return sorted(
            name
            for name, path in files.items()
            if path.is_symlink() or not path.is_file() or written.get(name) != _file_digest(path)
        )
    return sorted(
        name
        for name, path in files.items()
        if path.is_symlink() or legacy is None or not legacy.fullmatch(name)
    )


def _write_manifest(staging: Path) -> None:
    files = _relative_files(staging)
    manifest = {
        "written_by": "surveystats",
        "files": {name: _file_digest(path) for name, path in sorted(files.items())},
    }
    text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
    (staging / MANIFEST_NAME).write_text(text, encoding="utf-8", newline="\n")


def _swap(staging: Path, target: Path) -> None:
    """Move ``staging`` to ``target``, replacing an earlier folder only at the end."""
    os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes private folders; outputs are shared
    if not target.exists():
        os.replace(staging, target)
        return
    retired = staging.with_name(staging.name + ".old")
    os.replace(target, retired)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(retired, target)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask
