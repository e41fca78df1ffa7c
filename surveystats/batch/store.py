"""The output folder of a batch run: four tables of Parquet parts, written and read back.

Owns the tables' declarations and Arrow schemas, the atomic commit of a chunk's parts
(``documents`` last), the removal of parts an interrupted run left, the folder lock, the
README guide at the top of the folder, and :func:`read_batch` / :func:`read_table`.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from surveystats import schema
from surveystats.errors import OutputError, ValidationError

#: The tables of a batch output, one folder each; ``documents`` is committed last.
TABLES: tuple[str, ...] = ("numbers", "tallies", "errors", "documents")

#: The tables of a batch output as declared in :mod:`surveystats.schema`: ``numbers`` and
#: ``tallies`` have the columns of ``extract_numbers`` and ``extract_tallies`` after the
#: keys ``doc_id`` and ``path``.
DECLARATIONS: dict[str, schema.Table] = {name: schema.keyed(name) for name in TABLES}
#: Table name -> Arrow schema; every part of a table has exactly this schema.
SCHEMAS: dict[str, pa.Schema] = {
    name: schema.arrow_schema(declared) for name, declared in DECLARATIONS.items()
}
DOCUMENTS_SCHEMA = SCHEMAS["documents"]
NUMBERS_SCHEMA = SCHEMAS["numbers"]
TALLIES_SCHEMA = SCHEMAS["tallies"]
ERRORS_SCHEMA = SCHEMAS["errors"]

_PART = re.compile(r"^part-(?P<chunk>[0-9TZ]+-[0-9]{6})\.parquet$")
_TEMP = re.compile(r"^\.part-[0-9TZ]+-[0-9]{6}\.parquet\.[0-9]+\.tmp$")
_LOCK_NAME = ".surveystats-batch.lock"


@dataclass(frozen=True)
class ChunkSummary:
    """What one committed chunk added to the output (passed to ``on_chunk``).

    Attributes
    ----------
    chunk_id
        The chunk's id, ``<run>-<sequence>``; its parts are ``part-<chunk_id>.parquet``.
    documents, failed
        Documents extracted, and documents recorded in ``errors``.
    numbers, tallies
        Rows written to the ``numbers`` and ``tallies`` tables.
    """

    chunk_id: str
    documents: int
    failed: int
    numbers: int
    tallies: int


class Output:
    """The output folder: its lock, what is already done, and atomic chunk commits."""

    def __init__(self, out_dir: Path, *, force: bool) -> None:
        if out_dir.exists() and not out_dir.is_dir():
            raise OutputError(
                f"out_dir: {os.fspath(out_dir)!r} exists and is not a directory; "
                "give a folder for the Parquet tables"
            )
        self.root = out_dir
        self.dirs = {name: out_dir / name for name in TABLES}
        for folder in self.dirs.values():
            folder.mkdir(parents=True, exist_ok=True)
        _write_guide(out_dir)
        # (kind, key) -> committed errors parts with a row for that doc_id or path
        self._error_parts: dict[tuple[str, str], set[Path]] = {}
        self._lock = _lock(out_dir / _LOCK_NAME)
        try:
            self._clean(everything=force)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Release the folder lock."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _clean(self, *, everything: bool) -> None:
        """Remove temporary files, and orphan parts (or all parts when ``everything``).

        Only files named like this module's parts and temporary files, inside the four
        table folders, are ever removed.
        """
        committed = {m["chunk"] for m in map(_PART.match, os.listdir(self.dirs["documents"])) if m}
        for name in TABLES:
            for entry in os.scandir(self.dirs[name]):
                if not entry.is_file(follow_symlinks=False) and not entry.is_symlink():
                    continue
                match = _PART.match(entry.name)
                stale = bool(_TEMP.match(entry.name)) or (
                    match is not None and (everything or match["chunk"] not in committed)
                )
                if stale:
                    os.unlink(entry.path)

    def committed_parts(self, name: str) -> list[Path]:
        """Committed parts of table ``name``, sorted (runs, then chunks, in order)."""
        return _committed_parts(self.root, name)

    def done(self) -> set[str]:
        """The doc_ids already extracted; error rows are indexed to be replaced on retry.

        Error rows of documents that are in ``documents`` (left when a run stopped
        between a retry's commit and the removal of the old row) are removed here.
        """
        ids: set[str] = set()
        for part in self.committed_parts("documents"):
            ids.update(pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist())
        for part in self.committed_parts("errors"):
            columns = pq.read_table(part, columns=["doc_id", "path"]).to_pydict()
            for doc_id, path in zip(columns["doc_id"], columns["path"], strict=True):
                self._error_parts.setdefault(("path", path), set()).add(part)
                if doc_id is not None:
                    self._error_parts.setdefault(("doc_id", doc_id), set()).add(part)
        self._drop_errors(doc_ids=ids, paths=set())
        return ids

    def _drop_errors(self, *, doc_ids: set[str], paths: set[str]) -> None:
        """Remove the earlier error rows of these documents (by doc_id or by path)."""
        keys = [("doc_id", doc_id) for doc_id in doc_ids] + [("path", path) for path in paths]
        parts = set().union(*(self._error_parts.pop(key, set()) for key in keys))
        for part in sorted(parts):
            table = pq.read_table(part, schema=ERRORS_SCHEMA)
            keep = [
                doc_id not in doc_ids and path not in paths
                for doc_id, path in zip(
                    table.column("doc_id").to_pylist(),
                    table.column("path").to_pylist(),
                    strict=True,
                )
            ]
            if not all(keep):
                self._write(table.filter(pa.array(keep, pa.bool_())), part)

    def _write(self, table: pa.Table, final: Path) -> None:
        temp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        pq.write_table(table, temp)
        os.replace(temp, final)

    def commit(self, chunk_id: str, tables: dict[str, pa.Table]) -> ChunkSummary:
        """Write a chunk's parts atomically, ``documents`` last (the commit point).

        Then the earlier error rows of the chunk's documents are removed: each document
        keeps only its latest outcome.
        """
        for name in TABLES:  # documents is last in TABLES
            table = tables[name]
            if not table.schema.equals(SCHEMAS[name]):
                table = table.cast(SCHEMAS[name])
            self._write(table, self.dirs[name] / f"part-{chunk_id}.parquet")
        outcomes = [tables[name].select(["doc_id", "path"]) for name in ("documents", "errors")]
        self._drop_errors(
            doc_ids={d for t in outcomes for d in t.column("doc_id").to_pylist() if d is not None},
            paths={p for t in outcomes for p in t.column("path").to_pylist()},
        )
        return ChunkSummary(
            chunk_id=chunk_id,
            documents=tables["documents"].num_rows,
            failed=tables["errors"].num_rows,
            numbers=tables["numbers"].num_rows,
            tallies=tables["tallies"].num_rows,
        )


def _committed_parts(root: Path, name: str) -> list[Path]:
    documents = root / "documents"
    folder = root / name
    if not documents.is_dir() or not folder.is_dir():
        return []
    committed = {m["chunk"] for m in map(_PART.match, os.listdir(documents)) if m}
    parts = [
        folder / entry
        for entry in os.listdir(folder)
        if (m := _PART.match(entry)) and m["chunk"] in committed
    ]
    return sorted(parts)


class _FileLock:
    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def close(self) -> None:
        self.handle.close()  # closing the file releases the lock


def _lock(path: Path) -> _FileLock | None:
    """Lock the output folder so two runs cannot write into it at once (POSIX only)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no locking
        return None
    handle = open(path, "a")  # noqa: SIM115 - kept open for the run: it holds the lock
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise OutputError(
            f"out_dir: {os.fspath(path.parent)!r} is in use by another surveystats batch "
            "run; wait for it to finish or choose another folder"
        ) from None
    return _FileLock(handle)


#: The guide written at the top of an output folder. Being no Parquet file, it also makes
#: ``pandas.read_parquet(out)`` stop with an error naming it, where it would otherwise
#: silently read the four tables as one frame of mostly empty columns.
GUIDE_NAME = "README.txt"
_GUIDE = """surveystats batch output: four tables, one folder of Parquet parts each.

  documents/  one row per document (doc_id, path, metadata, counts)
  numbers/    one row per number found, keyed by doc_id and path
  tallies/    one row per category of a tally, keyed by doc_id and path
  errors/     one row per file that could not be read or extracted

This folder is not one table, and this file is here so that reading it as one
(pandas.read_parquet("OUT")) stops with an error instead of mixing the four
tables into one frame. Read one table folder at a time:

  pandas.read_parquet("OUT/numbers", dtype_backend="numpy_nullable")
  duckdb.sql("SELECT * FROM read_parquet('OUT/numbers/*.parquet')")

or all four, with the types of the Python API, in one call:

  tables = surveystats.read_batch("OUT")   # tables.numbers, tables.tallies, ...

See docs/querying.md in the surveystats repository.
"""


def _write_guide(out_dir: Path) -> None:
    """Put the guide at the top of the output folder unless a file of that name is there."""
    with contextlib.suppress(FileExistsError), open(out_dir / GUIDE_NAME, "x") as stream:
        stream.write(_GUIDE)


@dataclass(frozen=True)
class BatchTables:
    """The four tables of a batch output, as :func:`read_batch` returns them.

    Attributes
    ----------
    documents, numbers, tallies, errors : pandas.DataFrame
        The tables described in :func:`run_batch`, with the columns and dtypes of
        :data:`DECLARATIONS` (those of the Python API, after ``doc_id`` and ``path``).
    """

    documents: pd.DataFrame
    numbers: pd.DataFrame
    tallies: pd.DataFrame
    errors: pd.DataFrame

    def __repr__(self) -> str:
        rows = ", ".join(f"{name} {len(getattr(self, name))}" for name in _READ_ORDER)
        return f"BatchTables(rows: {rows})"


_READ_ORDER = ("documents", "numbers", "tallies", "errors")


def read_batch(out_dir: str | os.PathLike[str]) -> BatchTables:
    """Read the four tables of a batch output in one call.

    Parameters
    ----------
    out_dir
        The output folder of :func:`run_batch` (or of ``surveystats extract ... -o``).

    Returns
    -------
    BatchTables
        A frozen dataclass with one DataFrame per table (``documents``, ``numbers``,
        ``tallies``, ``errors``), each read by :func:`read_table`: committed chunks only,
        the declared dtypes (categories, nullable integers, dates) even with no rows.

    Raises
    ------
    ValidationError
        When ``out_dir`` is not a folder holding the tables of a batch run.

    Examples
    --------
    >>> import tempfile
    >>> from surveystats.batch import run_batch
    >>> from surveystats.documents import example_path
    >>> out = Path(tempfile.mkdtemp())
    >>> _ = run_batch([example_path()], out, workers=1)
    >>> tables = read_batch(out)
    >>> len(tables.documents), len(tables.errors)
    (1, 0)
    >>> str(tables.tallies["count"].dtype), str(tables.documents["adopted"].dtype)
    ('Int64', 'datetime64[ns]')
    """
    root = Path(out_dir)
    if not (root / "documents").is_dir():
        raise ValidationError(
            f"out_dir: {os.fspath(root)!r} is not the output folder of a batch run (it has no "
            "documents/ folder); give the folder passed to run_batch or to extract -o"
        )
    return BatchTables(**{name: read_table(root, name) for name in _READ_ORDER})


def read_table(out_dir: str | os.PathLike[str], name: str) -> pd.DataFrame:
    """Read one table of a batch output, committed chunks only, in a stable order.

    Parameters
    ----------
    out_dir
        The output folder of :func:`run_batch`.
    name
        ``"documents"``, ``"numbers"``, ``"tallies"`` or ``"errors"``.

    Returns
    -------
    pandas.DataFrame
        The rows of every committed part, runs and chunks in order, with the columns of
        the table's schema (see :data:`SCHEMAS`) even when there are no rows. Parts
        left by an interrupted run without their ``documents`` part are ignored.

    Raises
    ------
    ValidationError
        When ``name`` is not one of the four tables.

    Examples
    --------
    >>> import tempfile
    >>> read_table(tempfile.mkdtemp(), "numbers").columns[:4].tolist()
    ['doc_id', 'path', 'paragraph', 'start']
    """
    if name not in SCHEMAS:
        raise ValidationError(f"name must be one of {sorted(SCHEMAS)}; got {name!r}")
    arrow_schema = SCHEMAS[name]
    parts = _committed_parts(Path(out_dir), name)
    tables = [pq.read_table(part, schema=arrow_schema) for part in parts]
    table = pa.concat_tables(tables) if tables else arrow_schema.empty_table()
    return schema.from_arrow(table, DECLARATIONS[name])
