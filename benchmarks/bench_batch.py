"""Benchmark batch extraction: throughput for 1 and 2 workers, and peak memory vs input size.

The shared UN corpus (``../shared/corpus/un``, ~14 MB) is copied into a temporary folder
as many times as needed to reach the largest size asked for; every copy gets one extra
line naming its index, so each file has its own content hash and is really processed.
Each run is a fresh ``python`` process running :func:`surveystats.batch.run_batch` into an
empty output folder; this script samples the resident memory (RSS) of that process and
all its children (the workers) every 0.1 s and reports the peak of their sum.

Usage (it takes a while: run it in the background)::

    .venv/bin/python benchmarks/bench_batch.py              # 50 and 200 MB x 1 and 2 workers
    .venv/bin/python benchmarks/bench_batch.py --runs 50:1 50:2 200:2
    .venv/bin/python benchmarks/bench_batch.py --runs 5:1 5:2 20:2    # a quick look
    .venv/bin/python benchmarks/bench_batch.py --runs 1:1 1:2 1:0 10:1 10:2 10:0
                                        # WORKERS 0: the default (batch.default_workers)

Output: one line per run (MB, documents, workers, seconds, docs/s, MB/s, peak RSS and the
CPU seconds of the run's processes: on a busy machine wall-clock scaling also measures the
other load, CPU time does not), then the scaling of 2 workers over 1 (target >= 1.7x) and
the growth of peak memory with the input (it must stay flat).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("SURVEYSTATS_SHARED", REPO.parent / "shared")) / "corpus" / "un"
MB = 1_000_000


def build_inputs(folder: Path, megabytes: float) -> list[Path]:
    """Copy the corpus into ``folder`` until ``megabytes`` are reached; return the files."""
    sources = sorted(CORPUS.rglob("*.txt"))
    if not sources:
        sys.exit(f"no corpus at {CORPUS}")
    files: list[Path] = []
    total, copy = 0, 0
    while total < megabytes * MB:
        target = folder / f"copy_{copy:03d}"
        for source in sources:
            path = target / source.relative_to(CORPUS)
            path.parent.mkdir(parents=True, exist_ok=True)
            data = source.read_bytes() + f"\nBenchmark copy {copy}.\n".encode()
            path.write_bytes(data)
            files.append(path)
            total += len(data)
            if total >= megabytes * MB:
                break
        copy += 1
    return files


def measure(files: list[Path], workers: int, scratch: Path) -> dict[str, float]:
    """Run one batch in a child process; return its result and the peak RSS of the tree."""
    listing = scratch / "inputs.txt"
    listing.write_text("\n".join(map(str, files)), encoding="utf-8")
    out = scratch / f"out_{len(files)}_{workers}"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, __file__, "--child", str(listing), str(out), str(workers)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    parent = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(_rss(p) for p in tree))
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.1)
    stdout, _ = child.communicate()
    if child.returncode:
        sys.exit(f"benchmark run failed with status {child.returncode}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    result["peak_rss_mb"] = peak / 2**20
    shutil.rmtree(out, ignore_errors=True)
    return result


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.NoSuchProcess:
        return 0


def child(listing: str, out: str, workers: str) -> None:
    """The measured process: one run_batch over the listed files."""
    from surveystats.batch import default_workers, run_batch

    files = Path(listing).read_text(encoding="utf-8").splitlines()
    megabytes = sum(os.path.getsize(f) for f in files) / MB
    chosen = int(workers) or None  # 0: let run_batch choose
    result = run_batch(files, out, workers=chosen, progress=False)
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    print(
        json.dumps(
            {
                "megabytes": megabytes,
                "documents": result.processed,
                "failed": result.failed,
                "skipped": result.skipped,
                "seconds": result.seconds,
                "workers": int(workers),
                "workers_used": int(workers) or default_workers(files),
                "cpu_seconds": sum(u.ru_utime + u.ru_stime for u in usage),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--runs",
        nargs="+",
        default=["50:1", "50:2", "200:1", "200:2"],
        metavar="MB:WORKERS",
        help="input size and worker count of each run",
    )
    parser.add_argument("--scratch", type=Path, help="folder for the copies (default: a temp dir)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    runs = [(float(size), int(workers)) for size, workers in (r.split(":") for r in args.runs)]
    scratch = Path(args.scratch or tempfile.mkdtemp(prefix="bench_batch_"))
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        print(f"building {max(s for s, _ in runs):.0f} MB of inputs in {scratch}", flush=True)
        every = build_inputs(scratch / "inputs", max(s for s, _ in runs))
        sizes = [f.stat().st_size for f in every]
        print(f"cpus: {os.cpu_count()}  load average: {os.getloadavg()}", flush=True)
        header = f"{'MB':>7} {'docs':>7} {'workers':>7} {'seconds':>8} {'docs/s':>8} {'MB/s':>7} {'peak RSS MB':>11} {'CPU s':>7}"  # noqa: E501
        print(header, flush=True)
        results = []
        for size, workers in runs:
            count, total = 0, 0
            while count < len(every) and total < size * MB:
                total += sizes[count]
                count += 1
            r = measure(every[:count], workers, scratch)
            results.append(r)
            label = f"{workers}" if workers else f"auto={r['workers_used']}"
            print(
                f"{r['megabytes']:7.1f} {r['documents'] + r['failed']:7d} {label:>7} "
                f"{r['seconds']:8.1f} {(r['documents'] + r['failed']) / r['seconds']:8.1f} "
                f"{r['megabytes'] / r['seconds']:7.3f} {r['peak_rss_mb']:11.0f} "
                f"{r.get('cpu_seconds', float('nan')):7.0f}",
                flush=True,
            )
        for size in sorted({s for s, _ in runs}):
            by = {r["workers"]: r for r, (s, _) in zip(results, runs, strict=True) if s == size}
            if 1 in by and 2 in by:
                ratio = by[1]["seconds"] / by[2]["seconds"]
                print(f"{size:.0f} MB: 2 workers are {ratio:.2f}x one worker (target >= 1.7x)")
            if 1 in by and 0 in by:
                ratio = by[1]["seconds"] / by[0]["seconds"]
                print(
                    f"{size:g} MB: the default ({by[0]['workers_used']} workers) is {ratio:.2f}x "
                    "one worker (target >= 1.0x: never slower)"
                )
        for workers in sorted({w for _, w in runs}):
            by = {s: r for r, (s, w) in zip(results, runs, strict=True) if w == workers}
            if len(by) > 1:
                low, high = min(by), max(by)
                growth = by[high]["peak_rss_mb"] / by[low]["peak_rss_mb"]
                print(
                    f"{workers} worker(s): peak RSS {by[low]['peak_rss_mb']:.0f} MB at {low:.0f} MB"
                    f" input, {by[high]['peak_rss_mb']:.0f} MB at {high:.0f} MB ({growth:.2f}x)"
                )
    finally:
        if args.scratch is None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
