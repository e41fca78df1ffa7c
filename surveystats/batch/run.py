"""Running a batch: options, chunks, engines and progress.

:func:`run_batch` checks its options, hashes the inputs into chunks (skipping documents
already done), sends the chunks to the calling process, a pool of processes or a Dask
cluster, and commits each result into the output folder as it arrives.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import multiprocessing
import os
import signal
import stat
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from surveystats.batch.inputs import inside, iter_input_files
from surveystats.batch.store import ChunkSummary, Output
from surveystats.batch.worker import Item, extract_chunk
from surveystats.errors import ValidationError

#: The engines :func:`run_batch` accepts.
ENGINES: tuple[str, ...] = ("local", "dask")
#: Input bytes per worker process when ``workers`` is not given (see :func:`default_workers`).
BYTES_PER_WORKER = 4_000_000
#: Seconds one document may take by default before it is recorded as a ``timeout``.
DEFAULT_TIMEOUT = 300.0

_DASK_HINT = 'the dask engine needs Dask; install it with: pip install "surveystats[dask]"'


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
    paths = [p for p in iter_input_files(inputs, pattern=pattern) if not inside(p, out)]
    workers = workers or default_workers(paths)
    if engine == "dask":  # fail on a missing extra before touching the output
        _import_dask()

    output = Output(out, force=force)
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
        extract = functools.partial(extract_chunk, timeout=timeout)
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


def _plan(
    paths: Sequence[Path],
    *,
    done: set[str],
    chunk_size: int,
    run_id: str,
    skip: Callable[[int], None],
) -> Iterator[tuple[str, list[Item]]]:
    """Hash the inputs lazily, drop those already done, and group the rest into chunks."""
    seen = set(done)
    chunk: list[Item] = []
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
            item: Item = (name, digest, size, None, None)
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
    chunks: Iterator[tuple[str, list[Item]]],
    commit: Callable[[str, dict[str, pa.Table]], None],
    extract: Callable[[list[Item]], dict[str, pa.Table]],
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
    chunks: Iterator[tuple[str, list[Item]]],
    commit: Callable[[str, dict[str, pa.Table]], None],
    extract: Callable[[list[Item]], dict[str, pa.Table]],
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
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
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
