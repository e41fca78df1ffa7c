"""Batch runs: broken files, resume, force, process pool and Dask give the same tables."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from surveystats import batch
from surveystats.batch import (
    SCHEMAS,
    BatchResult,
    ChunkSummary,
    iter_input_files,
    read_table,
    run,
    run_batch,
    store,
    worker,
)
from surveystats.errors import OutputError, ValidationError

TABLES = ("documents", "numbers", "tallies", "errors")


def _resolution(i: int) -> str:
    """A short resolution of our own wording, with a vote line and a survey sentence."""
    in_favour, against = 150 + i, i % 5
    return (
        f"Resolution {700 + i} ({1990 + i})\n\n"
        f"Adopted by the General Assembly at its {60 + i}th plenary meeting, "
        f"on {1 + i % 27} March {1990 + i}\n\n"
        "The General Assembly,\n\n"
        f"Recalling its resolution {600 + i} of {2 + i % 20} December {1989 + i},\n\n"
        f"1. Notes that, of the {120 + i} Member States that answered the questionnaire, "
        f"{40 + i} per cent reported a national plan;\n\n"
        f"2. Decides to extend the programme for a period of {i + 2} years;\n\n"
        f"Adopted by a recorded vote of {in_favour} to {against}, "
        f"with {i % 7} abstentions.\n"
    )


BROKEN = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "empty.txt": b"",
    "nul_bytes.txt": b"Decides\x00\x00\x00 to \xff\xfe\xfd\x00 act" * 20,
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 good resolutions in two folders, three broken files and a notes file (read-only)."""
    root = tmp_path_factory.mktemp("corpus")
    for i in range(20):
        folder = root / ("ga" if i % 2 else "sc")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"res_{i:02d}.txt").write_text(_resolution(i), encoding="utf-8")
    broken = root / "broken"
    broken.mkdir()
    for name, content in BROKEN.items():
        (broken / name).write_bytes(content)
    (root / "README.md").write_text("not an input\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BatchResult]:
    """One run over the corpus in this process, in chunks of 4: what the others must match."""
    out = tmp_path_factory.mktemp("reference") / "out"
    return out, run_batch(corpus, out, workers=1, chunk_size=4, progress=False)


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    keys = {
        "documents": ["doc_id"],
        "numbers": ["doc_id", "start", "end"],
        "tallies": ["doc_id", "tally", "start", "category"],
        "errors": ["path"],
    }
    return {
        name: read_table(out, name).sort_values(keys[name], ignore_index=True) for name in TABLES
    }


def _assert_same_tables(left: Path, right: Path) -> None:
    a, b = _tables(left), _tables(right)
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


# ---------------------------------------------------------------------------- inputs


def test_iter_input_files_expands_dirs_globs_and_files_sorted_once(corpus: Path) -> None:
    files = list(iter_input_files(corpus))
    names = [p.relative_to(corpus).as_posix() for p in files]
    assert names == sorted(names)  # folders in order, files sorted within each
    assert len(names) == 23 and "README.md" not in names
    assert all(p.is_absolute() for p in files)

    entries = [corpus / "sc", str(corpus / "**" / "res_0*.txt"), corpus / "README.md", corpus]
    again = list(iter_input_files(entries))
    assert len(again) == len(set(again)) == 24  # README given by name; no repeats
    assert again[:10] == sorted(corpus.joinpath("sc").glob("*.txt"))
    nul = list(iter_input_files(corpus / "broken", pattern="nul*"))
    assert [p.name for p in nul] == ["nul_bytes.txt"]


@pytest.mark.parametrize("entry", ["missing_folder", "*.nothing"])
def test_iter_input_files_rejects_inputs_without_files(corpus: Path, entry: str) -> None:
    with pytest.raises(ValidationError, match="inputs:"):
        list(iter_input_files(str(corpus / entry)))


# ----------------------------------------------------------------------------- a run


def test_corpus_with_broken_files_completes_and_lists_each_failure_once(
    reference: tuple[Path, BatchResult],
) -> None:
    out, result = reference
    assert (result.processed, result.failed, result.skipped) == (20, 3, 0)
    assert result.chunks == 6  # 23 documents in chunks of 4
    tables = _tables(out)
    errors = tables["errors"]
    assert sorted(Path(p).name for p in errors["path"]) == sorted(BROKEN)
    assert errors["doc_id"].notna().all() and errors["message"].str.len().gt(0).all()
    assert set(errors["stage"]) == {"read"}

    documents = tables["documents"]
    assert len(documents) == documents["doc_id"].nunique() == 20
    for row in documents.itertuples():
        data = Path(row.path).read_bytes()
        assert row.doc_id == hashlib.sha256(data).hexdigest()
        assert row.size_bytes == len(data)
    # every number and tally row belongs to a document and the counts agree
    for name, column in (("numbers", "n_numbers"), ("tallies", "n_tallies")):
        groups = tables[name].groupby("doc_id")
        counts = groups.size() if name == "numbers" else groups["tally"].nunique()
        expected = documents.set_index("doc_id")[column]
        assert counts.reindex(expected.index, fill_value=0).tolist() == expected.tolist()
        assert getattr(result, name) == len(tables[name]) > 0
    # each document's vote is there, and provenance survives: text[start:end] == raw
    from surveystats.documents import read_document

    votes = tables["tallies"].query("kind == 'vote' and category == 'in favour'")
    assert sorted(votes["count"]) == [150.0 + i for i in range(20)]
    sample = tables["numbers"].groupby("doc_id").head(3)
    for row in sample.itertuples():
        assert read_document(row.path).text[row.start : row.end] == row.raw


def test_mixed_values_are_split_into_numbers_and_text(
    reference: tuple[Path, BatchResult],
) -> None:
    numbers = read_table(reference[0], "numbers")
    percent = numbers[numbers["kind"] == "percent"]
    assert percent["value"].notna().all() and percent["value_text"].isna().all()
    dates = numbers[numbers["kind"] == "date"]
    assert len(dates) and dates["value"].isna().all()
    assert dates["value_text"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()


def test_each_table_reads_with_pandas_and_duckdb_with_its_schema(
    reference: tuple[Path, BatchResult],
) -> None:
    out, _ = reference
    for name in TABLES:
        parts = sorted((out / name).glob("*.parquet"))
        assert len(parts) == 6 and all(pq.read_schema(p).equals(SCHEMAS[name]) for p in parts)
        assert len(pd.read_parquet(out / name)) == len(read_table(out, name))
    duckdb = pytest.importorskip("duckdb")
    glob = (out / "numbers" / "*.parquet").as_posix()
    [(count,)] = duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall()
    assert count == len(read_table(out, "numbers"))


def test_schemas_cover_every_column_the_extractors_return() -> None:
    from surveystats.documents import parse_document
    from surveystats.extract import extract_numbers, extract_tallies

    doc = parse_document(_resolution(1))
    assert set(extract_numbers(doc).columns) <= set(SCHEMAS["numbers"].names)
    assert set(extract_tallies(doc).columns) <= set(SCHEMAS["tallies"].names)
    assert set(doc.metadata) <= set(SCHEMAS["documents"].names)


def test_unexpected_exception_is_recorded_and_the_run_goes_on(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_document, extract_numbers, extract_tallies = worker._extractors()

    def flaky_tallies(doc):  # a bug in one document must not stop the run
        if "vote of 155 to" in doc.text:
            raise RuntimeError("boom")
        return extract_tallies(doc)

    monkeypatch.setattr(
        worker, "_extractors", lambda: (read_document, extract_numbers, flaky_tallies)
    )
    out = tmp_path / "out"
    result = run_batch(corpus / "ga", out, workers=1, progress=False)
    assert (result.processed, result.failed) == (9, 1)
    (error,) = read_table(out, "errors").itertuples()
    assert (error.stage, error.error_type, error.message) == ("tallies", "RuntimeError", "boom")
    assert Path(error.path).name == "res_05.txt"
    assert error.doc_id not in set(read_table(out, "numbers")["doc_id"])


def test_a_value_that_cannot_be_stored_fails_its_document_only(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tables are converted once per chunk; a value Arrow cannot take in one document
    # must not cost the other documents of its chunk.
    read_document, extract_numbers, extract_tallies = worker._extractors()

    def bad_decimals(doc):
        table = extract_numbers(doc)
        if "vote of 155 to" in doc.text:
            table["decimals"] = table["decimals"].astype(object)
            table.loc[0, "decimals"] = "two"
        return table

    monkeypatch.setattr(
        worker, "_extractors", lambda: (read_document, bad_decimals, extract_tallies)
    )
    out = tmp_path / "out"
    result = run_batch(corpus / "ga", out, workers=1, chunk_size=5, progress=False)
    assert (result.processed, result.failed) == (9, 1)
    (error,) = read_table(out, "errors").itertuples()
    assert error.stage == "tables"
    assert error.error_type in ("ValueError", "ArrowTypeError", "ArrowInvalid")
    assert Path(error.path).name == "res_05.txt"
    documents = read_table(out, "documents")
    assert error.doc_id not in set(documents["doc_id"])
    assert set(read_table(out, "numbers")["doc_id"]) == set(documents["doc_id"])


def test_empty_input_set_writes_typed_empty_tables(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run_batch(tmp_path / "in", out, workers=1, progress=False)
    assert (result.processed, result.failed) == (0, 1)
    for name in ("documents", "numbers", "tallies"):
        table = read_table(out, name)
        assert table.empty and table.columns.tolist() == SCHEMAS[name].names


# ----------------------------------------------------------------- re-runs and resume


def test_rerun_skips_everything_and_force_processes_again(
    corpus: Path, reference: tuple[Path, BatchResult], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(reference[0], out)  # as if run_batch(corpus, out) had just finished
    before = _tables(out)

    # the documents extracted are skipped, the three that failed are tried again
    again = run_batch(corpus, out, workers=1, chunk_size=5, progress=False)
    assert (again.processed, again.failed, again.skipped, again.chunks) == (0, 3, 20, 1)
    pd.testing.assert_frame_equal(_tables(out)["errors"], before["errors"])  # not twice
    # a new file is processed; one with the same content as a file already done is not
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "copy.txt").write_bytes((corpus / "sc" / "res_00.txt").read_bytes())
    (extra / "new.txt").write_text(_resolution(40), encoding="utf-8")
    more = run_batch([corpus, extra], out, workers=1, chunk_size=5, progress=False)
    assert (more.processed, more.failed, more.skipped) == (1, 3, 21)

    forced = run_batch([corpus, extra], out, workers=1, chunk_size=5, force=True, progress=False)
    assert (forced.processed, forced.failed, forced.skipped) == (21, 3, 1)
    after = _tables(out)
    assert len(after["documents"]) == 21 and after["documents"]["doc_id"].is_unique
    new = after["documents"]["path"] == str(extra / "new.txt")
    pd.testing.assert_frame_equal(after["errors"], before["errors"])
    pd.testing.assert_frame_equal(
        after["documents"][~new].reset_index(drop=True), before["documents"]
    )


def test_interrupted_run_resumes_without_duplicates(
    corpus: Path, reference: tuple[Path, BatchResult], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    committed: list[ChunkSummary] = []

    def stop_after_two(summary: ChunkSummary) -> None:
        committed.append(summary)
        if len(committed) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(corpus, out, workers=1, chunk_size=4, progress=False, on_chunk=stop_after_two)
    assert len(read_table(out, "documents")) + len(read_table(out, "errors")) == 8
    extracted_before = len(read_table(out, "documents"))

    # a kill in the middle of a commit: a chunk's numbers part without its documents
    # part, and a temporary file half written
    orphan = out / "numbers" / "part-20000101T000000000000Z-000000.parquet"
    pq.write_table(SCHEMAS["numbers"].empty_table(), orphan)
    (out / "tallies" / ".part-20000101T000000000000Z-000001.parquet.123.tmp").write_bytes(b"x")
    assert len(read_table(out, "numbers")) == sum(s.numbers for s in committed)

    resumed = run_batch(corpus, out, workers=1, chunk_size=4, progress=False)
    # documents extracted before are skipped; the three broken files are tried again
    assert resumed.skipped == extracted_before
    assert (resumed.processed, resumed.failed) == (20 - extracted_before, 3)
    assert not orphan.exists() and not list((out / "tallies").glob(".*"))
    _assert_same_tables(out, reference[0])
    assert len(pd.read_parquet(out / "numbers")) == len(read_table(reference[0], "numbers"))


# ----------------------------------------------------------------------- engines


def test_process_pool_gives_the_same_tables(
    corpus: Path, reference: tuple[Path, BatchResult], tmp_path: Path
) -> None:
    result = run_batch(corpus, tmp_path / "pool", workers=2, chunk_size=3, progress=False)
    assert (result.processed, result.failed, result.chunks) == (20, 3, 8)
    _assert_same_tables(tmp_path / "pool", reference[0])


def test_dask_engine_gives_the_same_tables(
    corpus: Path, reference: tuple[Path, BatchResult], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    # Workers as threads of this process keep the test fast; the chunks still go through
    # the scheduler as partitions of a bag (the process pool test covers pickling).
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster, set_as_default=False),
    ):
        result = run_batch(
            corpus,
            tmp_path / "dask",
            engine="dask",
            chunk_size=3,
            scheduler=cluster.scheduler_address,
            progress=False,
        )
    assert (result.processed, result.failed, result.chunks) == (20, 3, 8)
    _assert_same_tables(tmp_path / "dask", reference[0])
    parts = {name: sorted(p.name for p in (tmp_path / "dask" / name).iterdir()) for name in TABLES}
    assert all(names == parts["documents"] for names in parts.values())


def test_dask_engine_without_dask_says_how_to_install(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ValidationError, match=r'pip install "surveystats\[dask\]"'):
        run_batch(corpus, tmp_path / "out", engine="dask", progress=False)
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"engine": "spark"}, r"engine must be one of local, dask; got 'spark'"),
        ({"workers": 0}, "workers must be a positive whole number"),
        ({"workers": 2.5}, "workers must be a positive whole number"),
        ({"chunk_size": 0}, "chunk_size must be a positive whole number"),
        ({"scheduler": "tcp://x:8786"}, "scheduler is only used by the dask engine"),
        ({"progress": "yes"}, "progress must be True, False or None"),
        ({"timeout": 0}, r"timeout must be a positive number of seconds \(or None"),
        ({"timeout": float("inf")}, "timeout must be a positive number of seconds"),
    ],
)
def test_invalid_options_are_named(corpus: Path, tmp_path: Path, options: dict, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        run_batch(corpus, tmp_path / "out", **options)


def test_out_dir_that_is_a_file_is_refused(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.parquet"
    target.write_bytes(b"keep me")
    with pytest.raises(OutputError, match=r"out_dir: .* is not a directory"):
        run_batch(corpus, target, workers=1, progress=False)
    assert target.read_bytes() == b"keep me"


def test_two_runs_cannot_write_into_the_same_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = store.Output(out, force=False)
    try:
        with pytest.raises(OutputError, match="in use by another surveystats batch run"):
            run_batch(corpus / "broken", out, workers=1, progress=False)
    finally:
        holder.close()
    assert run_batch(corpus / "broken", out, workers=1, progress=False).failed == 3


def test_force_only_removes_its_own_parts(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(corpus / "broken", out, workers=1, progress=False)
    mine = out / "errors" / "my_notes.parquet"
    mine.write_bytes(b"not ours")
    (out / "README.txt").write_text("keep", encoding="utf-8")
    run_batch(corpus / "broken", out, workers=1, force=True, progress=False)
    assert mine.read_bytes() == b"not ours" and (out / "README.txt").exists()
    assert len(read_table(out, "errors")) == 3 and len(list((out / "errors").iterdir())) == 2


def test_inputs_inside_the_output_folder_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_resolution(3), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(tmp_path, out, workers=1, progress=False)
    (out / "stray.txt").write_text(_resolution(4), encoding="utf-8")
    result = run_batch(tmp_path, out, workers=1, progress=False)
    assert (result.inputs, result.skipped) == (1, 1)


# --------------------------------------------------------------------------- reading


def test_read_batch_gives_the_api_tables_keyed_by_document(
    reference: tuple[Path, BatchResult],
) -> None:
    from surveystats.documents import read_document
    from surveystats.extract import extract_numbers, extract_tallies
    from surveystats.schema import pandas_dtypes

    tables = batch.read_batch(reference[0])
    assert repr(tables).startswith("BatchTables(rows: documents 20, numbers ")
    for name, extract in (("numbers", extract_numbers), ("tallies", extract_tallies)):
        table = getattr(tables, name)
        for path, rows in table.groupby("path", sort=False):
            expected = extract(read_document(path))
            got = rows.drop(columns=["doc_id", "path"]).reset_index(drop=True)
            pd.testing.assert_frame_equal(got, expected, obj=f"{name} of {path}")
    for name in TABLES:
        table = getattr(tables, name)
        assert table.dtypes.to_dict() == pandas_dtypes(batch.DECLARATIONS[name]), name
        pd.testing.assert_frame_equal(table, read_table(reference[0], name))


@pytest.mark.parametrize("table_format", ["csv", "json", "parquet"])
def test_batch_tables_round_trip_through_single_files(
    reference: tuple[Path, BatchResult], tmp_path: Path, table_format: str
) -> None:
    from surveystats.output import read_table as read_file
    from surveystats.output import write_table

    tables = batch.read_batch(reference[0])
    for name in TABLES:
        table = getattr(tables, name)
        path = write_table(table, tmp_path / f"{name}.{table_format}", table=name)
        pd.testing.assert_frame_equal(read_file(path, table=name), table, obj=name)


def test_the_output_folder_is_not_read_as_one_table(reference: tuple[Path, BatchResult]) -> None:
    out = reference[0]
    # Read as one dataset, the folder would mix the four tables: pandas stops instead,
    # naming the guide, which says how to read the tables.
    with pytest.raises(pa.ArrowInvalid, match=batch.GUIDE_NAME):
        pd.read_parquet(out)
    guide = (out / batch.GUIDE_NAME).read_text(encoding="utf-8")
    assert "read_batch" in guide and 'read_parquet("OUT/numbers"' in guide
    for name in TABLES:  # each table folder is one table
        assert len(pd.read_parquet(out / name)) == len(read_table(out, name))


def test_read_batch_refuses_a_folder_that_is_not_a_batch_output(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not the output folder of a batch run"):
        batch.read_batch(tmp_path)


# ------------------------------------------- worker default, retries, time limit, files


def test_default_workers_grow_with_the_input_up_to_the_cores(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text(_resolution(1), encoding="utf-8")
    large = tmp_path / "large.txt"
    with open(large, "wb") as handle:  # a sparse file: its size without its bytes
        handle.truncate(3 * batch.BYTES_PER_WORKER)
    assert batch.default_workers([small]) == 1
    assert batch.default_workers([small, tmp_path / "gone.txt"]) == 1
    cores = len(os.sched_getaffinity(0))
    assert batch.default_workers([large]) == min(cores, 3)


def test_a_small_batch_runs_in_this_process_by_default(
    corpus: Path, reference: tuple[Path, BatchResult], tmp_path: Path, monkeypatch
) -> None:
    # before: every core, so a pool of processes whose start costs more than the work
    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started for a few kilobytes")

    monkeypatch.setattr(run, "_run_processes", no_pool)
    result = run_batch(corpus, tmp_path / "out", progress=False)
    assert (result.processed, result.failed) == (20, 3)
    _assert_same_tables(tmp_path / "out", reference[0])


def test_a_document_that_failed_is_tried_again_and_its_error_row_replaced(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(_resolution(1), encoding="utf-8")
    fixed = folder / "fixed.txt"
    fixed.write_bytes(BROKEN["binary.txt"])
    locked = folder / "locked.txt"
    locked.write_text(_resolution(2), encoding="utf-8")
    locked.chmod(0)
    out = tmp_path / "out"
    try:
        first = run_batch(folder, out, workers=1, progress=False)
        unreadable = 0 if os.access(locked, os.R_OK) else 1  # root reads anything
        assert (first.processed, first.failed) == (2 - unreadable, 1 + unreadable)
        # before: both stayed failed forever without force=True
        fixed.write_text(_resolution(3), encoding="utf-8")
        locked.chmod(0o644)
        second = run_batch(folder, out, workers=1, progress=False)
    finally:
        locked.chmod(0o644)
    assert (second.processed, second.failed, second.skipped) == (1 + unreadable, 0, 2 - unreadable)
    assert read_table(out, "errors").empty
    assert sorted(Path(p).name for p in read_table(out, "documents")["path"]) == [
        "fixed.txt", "good.txt", "locked.txt",
    ]  # fmt: skip


def _slow_folder(tmp_path: Path) -> Path:
    """One document of a few hundred kilobytes: a fraction of a second of extraction."""
    folder = tmp_path / "slow"
    folder.mkdir()
    text = "\n\n".join(_resolution(i % 40) for i in range(400))
    (folder / "long.txt").write_text(text, encoding="utf-8")
    return folder


def _assert_timed_out(out: Path, limit: float) -> None:
    errors = read_table(out, "errors")
    assert errors["stage"].tolist() == ["timeout"]
    assert errors["error_type"].tolist() == ["TimeoutError"]
    assert f"stopped after {limit:g} s" in errors["message"].iloc[0]
    assert read_table(out, "documents").empty


# The interruption can land in a finalizer, where Python reports it as unraisable and
# goes on; the time limit then interrupts again (worker._REPEAT), but pytest has seen it.
LANDED_IN_A_FINALIZER = "ignore::pytest.PytestUnraisableExceptionWarning"


@pytest.mark.filterwarnings(LANDED_IN_A_FINALIZER)
@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_the_time_limit_is_recorded_and_the_run_goes_on(
    tmp_path: Path, workers: int
) -> None:
    folder = _slow_folder(tmp_path)
    out = tmp_path / "out"
    stopped = run_batch(folder, out, workers=workers, timeout=0.001, progress=False)
    assert (stopped.processed, stopped.failed) == (0, 1)
    _assert_timed_out(out, 0.001)
    # with no limit the next run extracts it and its error row goes
    done = run_batch(folder, out, workers=workers, timeout=None, progress=False)
    assert (done.processed, done.failed) == (1, 0)
    assert read_table(out, "errors").empty


@pytest.mark.filterwarnings(LANDED_IN_A_FINALIZER)
def test_the_time_limit_works_on_dask_workers(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = _slow_folder(tmp_path)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster, set_as_default=False),
    ):
        result = run_batch(
            folder,
            tmp_path / "out",
            engine="dask",
            scheduler=cluster.scheduler_address,
            timeout=0.001,
            progress=False,
        )
    assert (result.processed, result.failed) == (0, 1)
    _assert_timed_out(tmp_path / "out", 0.001)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_only_regular_files_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "res.txt").write_text(_resolution(1), encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # before: opening it blocked the run forever
    assert [p.name for p in iter_input_files(folder)] == ["res.txt"]
    result = run_batch(folder, tmp_path / "out", workers=1, progress=False)
    assert (result.processed, result.failed) == (1, 0)
    for given in (folder / "pipe.txt", Path("/dev/zero")):
        if given.exists():
            with pytest.raises(ValidationError, match="is not a regular file"):
                list(iter_input_files(given))


def test_symbolic_links_leaving_the_input_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(_resolution(9), encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "res.txt").write_text(_resolution(1), encoding="utf-8")
    (folder / "escape.txt").symlink_to(outside / "secret.txt")
    (folder / "escape_dir").symlink_to(outside, target_is_directory=True)
    (folder / "sub" / "notes.md").write_text(_resolution(2), encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "sub" / "notes.md")  # stays inside: followed
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    found = [p.relative_to(folder).as_posix() for p in iter_input_files(folder)]
    assert found == ["alias.txt", "sub/res.txt"]
    # a file named on purpose is taken as it is, link or not
    assert [p.name for p in iter_input_files(folder / "escape.txt")] == ["escape.txt"]
