"""Batch extraction over many documents: parallel, resumable, on one machine or on Dask.

:func:`run_batch` reads every input file, extracts its numbers and tallies with the same
functions as for one document (:func:`surveystats.documents.read_document`,
:func:`surveystats.extract.extract_numbers`, :func:`surveystats.extract.extract_tallies`)
and writes four Parquet tables into an output folder::

    OUT/documents/part-<run>-<chunk>.parquet   one row per document (metadata)
    OUT/numbers/part-<run>-<chunk>.parquet     one row per number, keyed by doc_id and path
    OUT/tallies/part-<run>-<chunk>.parquet     one row per tally category, keyed likewise
    OUT/errors/part-<run>-<chunk>.parquet      one row per document that could not be read

Each folder is one table for ``pandas.read_parquet(OUT / "numbers")`` or DuckDB's
``read_parquet('OUT/numbers/*.parquet')``; see ``docs/querying.md``.

How it stays small, fast and safe:

* **Streaming.** Files are hashed and grouped into chunks of ``chunk_size`` documents;
  only a bounded number of chunks is in flight at once, so memory does not grow with
  the corpus.
* **Parallel.** Chunks go to worker processes (``engine="local"``) or to a Dask cluster
  (``engine="dask"``). Only the calling process writes files.
* **Atomic chunks.** Each part is written to a hidden temporary file and renamed into
  place; a chunk's ``documents`` part is renamed last, and a chunk counts as done only
  once its ``documents`` part exists. Parts left behind by an interrupted run without
  their ``documents`` part are removed when the next run starts.
* **Resumable.** A document is identified by the SHA-256 of its bytes (``doc_id``).
  A re-run skips every ``doc_id`` already present in ``documents`` unless
  ``force=True``; files with the same content as one already processed are skipped as
  well. Documents recorded in ``errors`` are tried again, and their new outcome replaces
  their old error row, so ``errors`` lists each document that still fails once.
* **Robust.** A document that cannot be read or extracted (empty, binary, undecodable,
  any :class:`~surveystats.errors.SurveyStatsError`, and also unexpected exceptions,
  which are bugs) becomes one row of ``errors`` and the run goes on; so does one that
  takes longer than the per-document time limit (stage ``timeout``). Only regular files
  are read (a FIFO or a device in an input folder is passed over), and a symbolic link
  in an input folder is followed only when its target lies inside that folder.
* **Sized to the work.** By default one worker process per 4 MB of input (at least one,
  at most one per available core): starting a pool costs more than it saves on a few
  megabytes (see ``benchmarks/bench_batch.py``).
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import glob
import hashlib
import math
import multiprocessing
import os
import re
import signal
import stat
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from surveystats import schema
from surveystats.errors import OutputError, ValidationError

__all__ = [
    "BYTES_PER_WORKER",
    "DECLARATIONS",
    "DEFAULT_TIMEOUT",
    "DOCUMENTS_SCHEMA",
    "ENGINES",
    "ERRORS_SCHEMA",
    "GUIDE_NAME",
    "NUMBERS_SCHEMA",
    "SCHEMAS",
    "TABLES",
    "TALLIES_SCHEMA",
    "BatchResult",
    "BatchTables",
    "ChunkSummary",
    "default_workers",
    "iter_input_files",
    "read_batch",
    "read_table",
    "run_batch",
]

#: The tables of a batch output, one folder each; ``documents`` is committed last.
TABLES: tuple[str, ...] = ("numbers", "tallies", "errors", "documents")

#: The engines :func:`run_batch` accepts.
ENGINES: tuple[str, ...] = ("local", "dask")
#: Input bytes per worker process when ``workers`` is not given (see :func:`default_workers`).
BYTES_PER_WORKER = 4_000_000
#: Seconds one document may take by default before it is recorded as a ``timeout``.
DEFAULT_TIMEOUT = 300.0

# Document metadata copied into the documents table.
_METADATA_FIELDS: tuple[str, ...] = tuple(
    column.name
    for column in schema.DOCUMENTS.columns
    if column.name not in ("doc_id", "path", "name", "size_bytes", "encoding")
    and not column.name.startswith("n_")
)

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
_GLOB_CHARS = frozenset("*?[")
_DASK_HINT = 'the dask engine needs Dask; install it with: pip install "surveystats[dask]"'


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


@dataclass(frozen=True)
class BatchResult:
    """The outcome of :func:`run_batch`.

    Attributes
    ----------
    out_dir
        The output folder.
    processed
        Documents read and extracted in this run (rows added to ``documents``).
    skipped
        Input files not processed: their content (``doc_id``) was already extracted into
        the output, or duplicated an earlier file of this run.
    failed
        Documents recorded in ``errors`` in this run, each exactly once (documents that
        failed in an earlier run are tried again and counted here if they fail again).
    numbers, tallies
        Rows added to the ``numbers`` and ``tallies`` tables in this run.
    chunks
        Chunks committed in this run.
    seconds
        Wall-clock duration of the run.
    paths
        Table name -> folder holding its Parquet parts.
    """

    out_dir: Path
    processed: int
    skipped: int
    failed: int
    numbers: int
    tallies: int
    chunks: int
    seconds: float
    paths: dict[str, Path] = field(default_factory=dict)

    @property
    def inputs(self) -> int:
        """Input files seen: processed + skipped + failed."""
        return self.processed + self.skipped + self.failed

    def summary(self) -> str:
        """One line for people: counts, rows, duration and the output folder.

        Examples
        --------
        >>> BatchResult(Path("out"), 20, 1, 3, 400, 60, 1, 2.0).summary()
        '20 documents extracted, 3 failed, 1 skipped: 400 numbers, 60 tallies in 2.0 s -> out'
        """
        return (
            f"{self.processed} documents extracted, {self.failed} failed, {self.skipped} "
            f"skipped: {self.numbers} numbers, {self.tallies} tallies in {self.seconds:.1f} s"
            f" -> {os.fspath(self.out_dir)}"
        )


# --------------------------------------------------------------------------- inputs


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
    inside = folder.resolve()
    for root, dirs, files in os.walk(folder):  # symbolic links to folders are not entered
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            if not fnmatch.fnmatch(name, pattern) or not _is_regular(path):
                continue
            if path.is_symlink() and not _inside(path.resolve(), inside):
                continue
            yield path.absolute()


def _is_regular(path: Path) -> bool:
    """Whether ``path`` is (or links to) a regular file: not a FIFO, socket or device."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a dangling link, or no permission to look
        return False


# ------------------------------------------------------------------------ extraction


def _extractors() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    """The single-document functions batch runs call (imported lazily, in the worker)."""
    from surveystats.documents import read_document
    from surveystats.extract import extract_numbers, extract_tallies

    return read_document, extract_numbers, extract_tallies


# An item of work: (path, doc_id, size_bytes, error_type, message). A non-null
# error_type means the file could not be read when hashing it; it is passed through.
_Item = tuple[str, str | None, int | None, str | None, str | None]


@dataclass
class _Extracted:
    """One document's results inside a worker, before they become Arrow tables."""

    doc_id: str | None
    path: str
    numbers: pd.DataFrame
    tallies: pd.DataFrame
    row: dict[str, Any]  # its row of the documents table


class _TimeLimitExceeded(BaseException):
    """Raised in a worker's thread when one document outlasts the time limit.

    A ``BaseException``, so that no ``except Exception`` in the code it interrupts can
    swallow it.
    """


class _TimeLimit:
    """Run a function and interrupt it when it takes longer than ``seconds``.

    A watchdog thread raises :class:`_TimeLimitExceeded` in the thread running the
    function (CPython's ``PyThreadState_SetAsyncExc``). Unlike a signal, this works in any
    thread: the main thread of a pool process, a Dask worker's task thread, the calling
    process. The exception arrives between two Python steps, so a single long call into
    C code (one regular-expression search) completes before it is stopped; one that
    lands in a finalizer is swallowed there by Python, so it is raised again every
    :data:`_REPEAT` seconds until the function is left. Leaving disarms the watchdog and
    withdraws an exception not delivered yet, retrying when one arrives meanwhile, so
    none escapes :meth:`call`.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._armed = 0  # the number of the call being watched; 0: none
        self._calls = 0
        self._left = threading.Event()
        self._thread = 0

    def call(self, function: Callable[[], Any]) -> Any:
        """Return ``function()``; raise :class:`_TimeLimitExceeded` when it is too slow."""
        if self.seconds is None:
            return function()
        try:
            self._arm()
            return function()
        finally:
            while True:  # an interruption may arrive while disarming: disarm again
                try:
                    self._disarm()
                    break
                except _TimeLimitExceeded:
                    continue

    def _arm(self) -> None:
        self._thread = threading.get_ident()
        self._calls += 1
        self._left = threading.Event()
        watchdog = threading.Thread(
            target=self._watch,
            args=(self._calls, self._left),
            name="surveystats-time-limit",
            daemon=True,
        )
        self._armed = self._calls
        watchdog.start()

    def _watch(self, call: int, left: threading.Event) -> None:
        wait = self.seconds
        while not left.wait(wait):
            with self._lock:
                if self._armed != call:  # that call is over
                    return
                _raise_in_thread(self._thread, _TimeLimitExceeded)
            wait = _REPEAT

    def _disarm(self) -> None:
        with self._lock:
            self._armed = 0
            _raise_in_thread(self._thread, None)  # withdraw one not delivered yet
        self._left.set()


#: Seconds between two interruptions of a document over its time limit.
_REPEAT = 0.05


def _raise_in_thread(thread_id: int, exception: type[BaseException] | None) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )


def _extract_chunk(items: Sequence[_Item], timeout: float | None = None) -> dict[str, pa.Table]:
    """Extract every document of a chunk; return one Arrow table per output table.

    Runs in a worker (process or Dask task): it reads the input files and returns the
    rows; it writes nothing. Each document has ``timeout`` seconds (None: no limit); one
    that takes longer is stopped and recorded with stage ``timeout``. The tables are
    converted once per chunk (per document, the conversion cost more than the
    extraction); when a document's values cannot be converted, the chunk is converted
    document by document and that one is recorded as an error.
    """
    extracted: list[_Extracted] = []
    errors: list[pa.Table] = []
    limit = _TimeLimit(timeout)
    for path, doc_id, size, error_type, message in items:
        if error_type is not None:
            errors.append(_error_row(doc_id, path, "read", error_type, message))
            continue
        stage = ["read"]  # where the document is, for its error row
        try:
            numbers, tallies, row = limit.call(
                functools.partial(_extract_document, path, doc_id, size, stage)
            )
        except _TimeLimitExceeded:
            errors.append(
                _error_row(
                    doc_id, path, "timeout", "TimeoutError", _timeout_message(timeout, stage[0])
                )
            )
            continue
        except Exception as exc:  # any failure of one document must not stop the run
            errors.append(_error_row(doc_id, path, stage[0], type(exc).__name__, _message(exc)))
            continue
        extracted.append(_Extracted(doc_id, path, numbers, tallies, row))
    try:
        tables = _tables(extracted)
    except Exception:  # find the document whose values cannot be converted
        parts: dict[str, list[pa.Table]] = {"documents": [], "numbers": [], "tallies": []}
        for one in extracted:
            try:
                converted = _tables([one])
            except Exception as exc:
                errors.append(
                    _error_row(one.doc_id, one.path, "tables", type(exc).__name__, _message(exc))
                )
                continue
            for name, table in converted.items():
                parts[name].append(table)
        tables = {name: _concat(found, SCHEMAS[name]) for name, found in parts.items()}
    return {**tables, "errors": _concat(errors, ERRORS_SCHEMA)}


def _extract_document(
    path: str, doc_id: str | None, size: int | None, stage: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any]]:
    """Read and extract one document; ``stage[0]`` follows where it is."""
    read_document, extract_numbers, extract_tallies = _extractors()
    doc = read_document(path)
    stage[0] = "numbers"
    numbers = extract_numbers(doc)
    stage[0] = "tallies"
    tallies = extract_tallies(doc)
    stage[0] = "tables"
    counts = len(numbers), _count_tallies(tallies)
    return numbers, tallies, _document_row(doc, doc_id, path, size, *counts)


def _message(exc: Exception) -> str:
    return str(exc) or repr(exc)


def _timeout_message(seconds: float | None, stage: str) -> str:
    return (
        f"stopped after {seconds:g} s, the time limit for one document (during the "
        f"{stage} stage); give a larger limit to process it"
    )


def _tables(extracted: list[_Extracted]) -> dict[str, pa.Table]:
    """The documents, numbers and tallies tables of extracted documents."""
    rows = [one.row for one in extracted]
    documents = schema.build_table(
        DECLARATIONS["documents"],
        {name: [row[name] for row in rows] for name in DECLARATIONS["documents"].names},
    )
    return {
        "documents": schema.to_arrow(documents, DECLARATIONS["documents"]),
        "numbers": _keyed_table(
            [(one.doc_id, one.path, one.numbers) for one in extracted], "numbers"
        ),
        "tallies": _keyed_table(
            [(one.doc_id, one.path, one.tallies) for one in extracted], "tallies"
        ),
    }


def _concat(tables: list[pa.Table], arrow_schema: pa.Schema) -> pa.Table:
    return pa.concat_tables(tables) if tables else arrow_schema.empty_table()


def _count_tallies(tallies: pd.DataFrame) -> int:
    return int(tallies["tally"].nunique()) if "tally" in tallies.columns else len(tallies)


def _keyed_table(entries: list[tuple[str | None, str, pd.DataFrame]], name: str) -> pa.Table:
    """One table of the rows of several documents, each row keyed by its doc_id and path.

    ``entries`` are (doc_id, path, frame) per document; the frames are typed tables of
    :mod:`surveystats.schema`, put together and converted once.
    """
    frames = [frame for _, _, frame in entries if len(frame)]
    if not frames:
        return SCHEMAS[name].empty_table()
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    arrow = schema.to_arrow(frame, name)
    doc_ids = [doc_id for doc_id, _, rows in entries for _ in range(len(rows))]
    paths = [path for _, path, rows in entries for _ in range(len(rows))]
    arrow = arrow.add_column(0, "path", pa.array(paths, pa.string()))
    arrow = arrow.add_column(0, "doc_id", pa.array(doc_ids, pa.string()))
    return arrow.cast(SCHEMAS[name])


def _document_row(
    doc: Any, doc_id: str | None, path: str, size: int | None, n_numbers: int, n_tallies: int
) -> dict[str, Any]:
    if hasattr(doc, "paragraph_records"):  # plain tuples: no table to build to count them
        n_paragraphs: int | None = len(doc.paragraph_records())
    else:
        paragraphs = getattr(doc, "paragraphs", None)
        n_paragraphs = None if paragraphs is None else len(paragraphs)
    return {
        "doc_id": doc_id,
        "path": path,
        "name": getattr(doc, "name", None),
        "size_bytes": size,
        "encoding": getattr(doc, "encoding", None),
        **{name: getattr(doc, name, None) for name in _METADATA_FIELDS},
        "n_paragraphs": n_paragraphs,
        "n_numbers": n_numbers,
        "n_tallies": n_tallies,
    }


def _error_row(
    doc_id: str | None, path: str, stage: str, error_type: str, message: str | None
) -> pa.Table:
    values = [doc_id, path, stage, error_type, message]
    return pa.Table.from_arrays([pa.array([v], pa.string()) for v in values], schema=ERRORS_SCHEMA)


# ---------------------------------------------------------------------------- output


class _Output:
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


# --------------------------------------------------------------------------- running


def run_batch(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    force: bool = False,
    progress: bool | None = None,
    chunk_size: int = 50,
    pattern: str = "*.txt",
    timeout: float | None = DEFAULT_TIMEOUT,
    on_chunk: Callable[[ChunkSummary], None] | None = None,
) -> BatchResult:
    """Extract numbers and tallies from many documents into Parquet tables.

    Parameters
    ----------
    inputs
        Files, directories and glob patterns, expanded by :func:`iter_input_files`.
    out_dir
        Output folder (created if needed). It receives the folders ``documents/``,
        ``numbers/``, ``tallies/`` and ``errors/`` of Parquet parts and a lock file;
        nothing else in it is touched. Input files inside it are ignored.
    workers
        Parallel worker processes. Default: :func:`default_workers` of the inputs, one
        per 4 MB of input up to the available cores (a pool costs more to start than it
        saves on small inputs). With ``engine="local"`` and ``workers=1`` documents are
        extracted in the calling process. With ``engine="dask"`` it is the size of the
        local cluster started when no ``scheduler`` is given.
    engine
        ``"local"`` (a pool of processes on this machine) or ``"dask"`` (a
        ``dask.bag`` of chunks computed on a ``dask.distributed`` cluster; needs the
        ``dask`` extra). Both write the same tables.
    scheduler
        Address of a running Dask scheduler (``"tcp://host:8786"``); only with
        ``engine="dask"``. Default: start a ``LocalCluster`` for the run and close it
        afterwards. Dask workers must be able to read the input paths.
    force
        Process every input again: the parts of previous runs in ``out_dir`` are
        removed first (only this module's part files, inside the four table folders).
    progress
        Show a tqdm progress bar on standard error: ``None`` (default) shows it only
        when standard error is a terminal.
    chunk_size
        Documents per chunk, the unit of parallel work and of commit (default 50). With
        several workers, chunks are made smaller when there are fewer than
        ``4 * workers * chunk_size`` documents, so that every worker gets some.
    pattern
        File-name pattern for directories in ``inputs`` (default ``"*.txt"``).
    timeout
        Seconds one document may take (reading and extraction; default
        :data:`DEFAULT_TIMEOUT`, 300); a document that takes longer is stopped and
        recorded in ``errors`` with stage ``timeout``, and the run goes on. ``None``: no
        limit. The limit is checked between Python steps: one long call into compiled
        code (a single regular-expression search) is not cut short.
    on_chunk
        Called in the calling process with a :class:`ChunkSummary` after each chunk is
        committed; an exception it raises stops the run (what is committed stays).

    Returns
    -------
    BatchResult
        Counts of this run (``processed``, ``skipped``, ``failed``, ``numbers``,
        ``tallies``, ``chunks``), duration and the table folders. The tables:

        ``documents``
            ``doc_id`` (SHA-256 hex of the file's bytes), ``path`` (absolute),
            ``name``, ``size_bytes``, ``encoding``, the document metadata
            (``symbol``, ``job_number``, ``body``, ``session``, ``agenda_item``,
            ``distribution``, ``distributed`` (date), ``resolution``, ``title``,
            ``committee``, ``committee_report``, ``adopted`` (date), ``meeting``,
            ``year`` (int); strings otherwise, null when absent), ``n_paragraphs``,
            ``n_numbers`` (rows in ``numbers``), ``n_tallies`` (distinct tallies; a
            tally has one row per category in ``tallies``).
        ``numbers``
            ``doc_id``, ``path``, then the columns of
            :func:`surveystats.extract.extract_numbers`.
        ``tallies``
            ``doc_id``, ``path``, then the columns of
            :func:`surveystats.extract.extract_tallies`.
        ``errors``
            ``doc_id`` (null when the file could not be read at all), ``path``,
            ``stage`` (``read``, ``numbers``, ``tallies`` or ``tables``: where it
            failed; ``timeout`` when it took longer than ``timeout``), ``error_type``
            (exception class name) and ``message``. One row per document that failed at
            its latest attempt: a document that fails is tried again by the next run,
            and its new outcome replaces the row.

    Raises
    ------
    ValidationError
        When an option is invalid, an input matches no file, or Dask is needed but not
        installed.
    OutputError
        When ``out_dir`` is a file or another run is writing into it.

    Notes
    -----
    A document is keyed by the SHA-256 of its bytes; hashing happens in the calling
    process before a document is sent to a worker, so skipping is cheap. A chunk is
    committed by renaming its ``documents`` part into place after its other parts;
    an interrupted run therefore leaves whole chunks only, and the next run removes
    any part without its ``documents`` part before it starts. Every document recorded
    in ``errors`` (a file that could not be read has a null ``doc_id``) is tried again by
    the next run; once the new outcome is committed, the old error row is removed.

    With ``workers > 1`` the local engine starts its processes with ``spawn`` (the same
    on every platform, safe with threads): a script that calls :func:`run_batch` must do
    so under ``if __name__ == "__main__":``, and code read from standard input
    (``python -``) cannot use more than one worker. Notebooks and the CLI are fine.

    Examples
    --------
    >>> import tempfile
    >>> from surveystats.documents import example_path
    >>> out = Path(tempfile.mkdtemp())
    >>> result = run_batch([example_path()], out, workers=1)
    >>> result.processed, result.failed
    (1, 0)
    >>> run_batch([example_path()], out, workers=1).skipped
    1
    """
    _check_options(
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        chunk_size=chunk_size,
        progress=progress,
        timeout=timeout,
    )
    started = time.perf_counter()
    out = Path(out_dir).absolute()
    paths = [p for p in iter_input_files(inputs, pattern=pattern) if not _inside(p, out)]
    workers = workers or default_workers(paths)
    if engine == "dask":  # fail on a missing extra before touching the output
        _import_dask()

    output = _Output(out, force=force)
    try:
        done = set() if force else output.done()
        show = sys.stderr.isatty() if progress is None else progress
        bar = _progress_bar(len(paths), show)
        counts = {"skipped": 0, "processed": 0, "failed": 0, "numbers": 0, "tallies": 0}
        chunks_done = 0

        def skip(n: int) -> None:
            counts["skipped"] += n
            bar.update(n)

        def commit(chunk_id: str, tables: dict[str, pa.Table]) -> None:
            nonlocal chunks_done
            summary = output.commit(chunk_id, tables)
            chunks_done += 1
            counts["processed"] += summary.documents
            counts["failed"] += summary.failed
            counts["numbers"] += summary.numbers
            counts["tallies"] += summary.tallies
            bar.update(summary.documents + summary.failed)
            bar.set_postfix(failed=counts["failed"], refresh=False)
            if on_chunk is not None:
                on_chunk(summary)

        run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        if engine == "dask" or workers > 1:  # small runs: give every worker a few chunks
            chunk_size = max(1, min(chunk_size, -(-len(paths) // (4 * workers))))
        chunks = _plan(paths, done=done, chunk_size=chunk_size, run_id=run_id, skip=skip)
        extract = functools.partial(_extract_chunk, timeout=timeout)
        try:
            if engine == "dask":
                _run_dask(chunks, commit, extract, workers=workers, scheduler=scheduler)
            elif workers == 1:
                for chunk_id, items in chunks:
                    commit(chunk_id, extract(items))
            else:
                _run_processes(chunks, commit, extract, workers=workers)
        finally:
            bar.close()
    finally:
        output.close()
    return BatchResult(
        out_dir=out,
        processed=counts["processed"],
        skipped=counts["skipped"],
        failed=counts["failed"],
        numbers=counts["numbers"],
        tallies=counts["tallies"],
        chunks=chunks_done,
        seconds=time.perf_counter() - started,
        paths={name: output.dirs[name] for name in ("documents", "numbers", "tallies", "errors")},
    )


def default_workers(paths: Sequence[str | os.PathLike[str]]) -> int:
    """The number of worker processes a batch over ``paths`` uses by default.

    One per :data:`BYTES_PER_WORKER` (4 MB) of input, at least one and at most the
    cores this process may run on. Starting a pool of processes (each imports pandas
    and pyarrow) costs more than it saves on a few megabytes: on the 2-core machine of
    ``benchmarks/bench_batch.py``, 54 files (about 1 MB) took 2.9 s with two workers
    and 1.1 s with one.

    Parameters
    ----------
    paths
        The input files; files that cannot be looked at count for nothing.

    Returns
    -------
    int
        The number of workers, at least 1.

    Examples
    --------
    >>> default_workers([])
    1
    """
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += os.stat(path).st_size
    return max(1, min(_available_cores(), total // BYTES_PER_WORKER))


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _check_options(
    *,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    chunk_size: int,
    progress: bool | None,
    timeout: float | None,
) -> None:
    if engine not in ENGINES:
        raise ValidationError(f"engine must be one of {', '.join(ENGINES)}; got {engine!r}")
    if workers is not None and (
        isinstance(workers, bool) or not isinstance(workers, int) or workers < 1
    ):
        raise ValidationError(
            f"workers must be a positive whole number (or left out to size the pool by the "
            f"input); got {workers!r}"
        )
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValidationError(f"chunk_size must be a positive whole number; got {chunk_size!r}")
    if scheduler is not None and engine != "dask":
        raise ValidationError(
            f"scheduler is only used by the dask engine; got scheduler {scheduler!r} with the "
            f"{engine} engine (choose the dask engine or leave the scheduler out)"
        )
    if progress is not None and not isinstance(progress, bool):
        raise ValidationError(f"progress must be True, False or None (auto); got {progress!r}")
    if timeout is not None and (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ValidationError(
            f"timeout must be a positive number of seconds (or None for no limit); got {timeout!r}"
        )


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _plan(
    paths: Sequence[Path],
    *,
    done: set[str],
    chunk_size: int,
    run_id: str,
    skip: Callable[[int], None],
) -> Iterator[tuple[str, list[_Item]]]:
    """Hash the inputs lazily, drop those already done, and group the rest into chunks."""
    seen = set(done)
    chunk: list[_Item] = []
    sequence = 0
    for path in paths:
        name = str(path)
        try:
            # O_NONBLOCK: opening a FIFO put there since the listing must not block
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with open(descriptor, "rb") as handle:
                if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                    raise OSError(f"{name}: not a regular file")
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
                size = handle.tell()
            item: _Item = (name, digest, size, None, None)
        except OSError as exc:
            item = (name, None, None, type(exc).__name__, str(exc))
        else:
            if digest in seen:
                skip(1)
                continue
            seen.add(digest)
        chunk.append(item)
        if len(chunk) == chunk_size:
            yield f"{run_id}-{sequence:06d}", chunk
            chunk, sequence = [], sequence + 1
    if chunk:
        yield f"{run_id}-{sequence:06d}", chunk


def _progress_bar(total: int, show: bool) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=total,
        unit="doc",
        desc="extract",
        disable=not show,
        file=sys.stderr,
        dynamic_ncols=True,
        smoothing=0.1,
    )


def _init_worker() -> None:
    """Set up a pool process: Ctrl-C is left to the caller, warnings are one line each."""
    # the calling process stops the run cleanly on Ctrl-C
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warnings.formatwarning = _one_line_warning


def _one_line_warning(
    message: Warning | str, category: type[Warning], filename: str, lineno: int, line: Any = None
) -> str:
    return f"surveystats batch worker: warning ({category.__name__}): {message}\n"


def _run_processes(
    chunks: Iterator[tuple[str, list[_Item]]],
    commit: Callable[[str, dict[str, pa.Table]], None],
    extract: Callable[[list[_Item]], dict[str, pa.Table]],
    *,
    workers: int,
) -> None:
    """Run chunks in a process pool, at most ``2 * workers`` in flight, committing each."""
    context = multiprocessing.get_context("spawn")
    window = 2 * workers
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker) as pool:
        pending: dict[Future[dict[str, pa.Table]], str] = {}
        try:
            exhausted = False
            while pending or not exhausted:
                while not exhausted and len(pending) < window:
                    nxt = next(chunks, None)
                    if nxt is None:
                        exhausted = True
                    else:
                        pending[pool.submit(extract, nxt[1])] = nxt[0]
                if not pending:
                    break
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=pending.__getitem__):
                    commit(pending.pop(future), future.result())
        finally:
            for future in pending:
                future.cancel()


def _import_dask() -> Any:
    try:
        import dask.bag
        import distributed
    except ImportError as exc:
        raise ValidationError(_DASK_HINT) from exc
    return dask.bag, distributed


def _run_dask(
    chunks: Iterator[tuple[str, list[_Item]]],
    commit: Callable[[str, dict[str, pa.Table]], None],
    extract: Callable[[list[_Item]], dict[str, pa.Table]],
    *,
    workers: int,
    scheduler: str | None,
) -> None:
    """Run chunks as the partitions of a ``dask.bag`` on a distributed cluster.

    The bag has one chunk per partition; its partitions are submitted a few at a time
    (``as_completed``) so that results never pile up, and committed as they arrive.
    """
    bag_module, distributed = _import_dask()
    plan = list(chunks)  # (chunk_id, items): paths and hashes only, no text
    if not plan:
        return
    ids = [chunk_id for chunk_id, _ in plan]
    bag = bag_module.from_sequence([items for _, items in plan], partition_size=1)
    partitions = bag.map(extract).to_delayed()
    with contextlib.ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
            )
            client = stack.enter_context(distributed.Client(cluster, set_as_default=False))
        else:
            client = stack.enter_context(distributed.Client(scheduler, set_as_default=False))
        window = 2 * max(1, sum(client.nthreads().values()))
        queue = iter(range(len(plan)))
        owner: dict[Any, int] = {}

        def submit() -> Any:
            index = next(queue, None)
            if index is None:
                return None
            future = client.compute(partitions[index])
            owner[future] = index
            return future

        first = [f for f in (submit() for _ in range(window)) if f is not None]
        futures = distributed.as_completed(first, loop=client.loop)
        for future in futures:
            index = owner.pop(future)
            (tables,) = future.result()
            future.release()
            commit(ids[index], tables)
            following = submit()
            if following is not None:
                futures.add(following)
