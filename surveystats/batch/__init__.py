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

The package, one idea a module: :mod:`~surveystats.batch.inputs` (which files are read),
:mod:`~surveystats.batch.worker` (extracting one chunk, the per-document time limit),
:mod:`~surveystats.batch.store` (the output folder: its tables, commits, lock and guide,
reading it back) and :mod:`~surveystats.batch.run` (:func:`run_batch` and its engines).
"""

from surveystats.batch.inputs import iter_input_files
from surveystats.batch.run import (
    BYTES_PER_WORKER,
    DEFAULT_TIMEOUT,
    ENGINES,
    BatchResult,
    default_workers,
    run_batch,
)
from surveystats.batch.store import (
    DECLARATIONS,
    DOCUMENTS_SCHEMA,
    ERRORS_SCHEMA,
    GUIDE_NAME,
    NUMBERS_SCHEMA,
    SCHEMAS,
    TABLES,
    TALLIES_SCHEMA,
    BatchTables,
    ChunkSummary,
    read_batch,
    read_table,
)

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
