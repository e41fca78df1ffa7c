"""Extraction of the documents of one chunk, in a worker process or a Dask task.

Each document is read and extracted with the single-document functions under a time limit
(:class:`_TimeLimit`); the results of the chunk become one Arrow table per output table.
A worker reads input files and returns rows; it writes nothing.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa

from surveystats import schema
from surveystats.batch.store import DECLARATIONS, ERRORS_SCHEMA, SCHEMAS

# Document metadata copied into the documents table.
_METADATA_FIELDS: tuple[str, ...] = tuple(
    column.name
    for column in schema.DOCUMENTS.columns
    if column.name not in ("doc_id", "path", "name", "size_bytes", "encoding")
    and not column.name.startswith("n_")
)


def _extractors() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    """The single-document functions batch runs call (imported lazily, in the worker)."""
    from surveystats.documents import read_document
    from surveystats.extract import extract_numbers, extract_tallies

    return read_document, extract_numbers, extract_tallies


# An item of work: (path, doc_id, size_bytes, error_type, message). A non-null
# error_type means the file could not be read when hashing it; it is passed through.
Item = tuple[str, str | None, int | None, str | None, str | None]


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


def extract_chunk(items: Sequence[Item], timeout: float | None = None) -> dict[str, pa.Table]:
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
