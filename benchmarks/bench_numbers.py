"""Throughput of extract_numbers against a single regex pass and quantulum3.

Run on demand (not a test)::

    .venv/bin/python benchmarks/bench_numbers.py [--sample-kb 100] [--repeat 5]

Prints MB/s of :func:`surveystats.extract.numbers.extract_numbers` on the example
document repeated to 1 MB and on the shared corpus (``../shared/corpus/un``, skipped
when absent), and in the same run the MB/s of one ``re.finditer`` pass over digits and
number words and of quantulum3 fed line by line (timed on a sample and extrapolated per
MB: on whole documents its time grows with the square of the length). Also times
``extract_tallies`` when :mod:`surveystats.extract.tallies` imports.

Timing is CPU time of this process, best of ``--repeat`` runs (default 5) for every
function, quantulum3 included, the repetitions interleaved (all once, then all again,
...), so a machine whose speed drifts during the run (shared hosts do) biases no
function against another; the ratios are the figures to compare between runs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from surveystats.extract.numbers import scan_text  # noqa: E402
from surveystats.text.words import (  # noqa: E402
    CARDINAL_WORDS,
    ORDINAL_WORDS,
    word_alternation,
)

CORPUS = REPO.parent / "shared" / "corpus" / "un"
# The floor any extractor must pay: one pass over digits and number words. Written two
# ways: the obvious one (case-insensitive alternation) and a fast one (number words
# grouped by a literal first letter, which Python's engine skips quickly).
_WORD = rf"(?:{'|'.join(sorted([*CARDINAL_WORDS, *ORDINAL_WORDS], key=len, reverse=True))})"
BASELINE = re.compile(rf"\d+|\b{_WORD}\b(?:(?:-|[ ]|[ ]and[ ]){_WORD}\b)*", re.IGNORECASE)
_WORDS_TRIE = word_alternation([*CARDINAL_WORDS, *ORDINAL_WORDS], cases="lower capitalised")
FAST_BASELINE = re.compile(rf"\d+|(?<![A-Za-z0-9]){_WORDS_TRIE}(?![A-Za-z])")


def _megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _best_times(
    jobs: dict[str, tuple[Callable[[str], object], list[str]]], *, repeat: int
) -> dict[str, float]:
    """Best CPU time of each job (a function and the strings it is run on).

    The repetitions are interleaved: every job once, then every job again, ... CPU time,
    not wall time: the figure is for one core, and stays honest on a machine that is
    busy with other work.
    """
    best = dict.fromkeys(jobs, float("inf"))
    for _ in range(repeat):
        for name, (func, inputs) in jobs.items():
            t0 = time.process_time()
            for item in inputs:
                func(item)
            best[name] = min(best[name], time.process_time() - t0)
    return best


def _baseline(text: str) -> int:
    return sum(1 for _ in BASELINE.finditer(text))


def _fast_baseline(text: str) -> int:
    return sum(1 for _ in FAST_BASELINE.finditer(text))


def _lexical(text: str) -> int:
    # The lexical layer alone, paragraph by paragraph (no Document parsing).
    return sum(len(scan_text(p)) for p in text.split("\n\n"))


def _quantulum_job(
    texts: list[str], sample_bytes: int
) -> tuple[Callable[[str], object], list[str]] | None:
    """quantulum3's parser and the lines to time it on: ``sample_bytes`` of random lines.

    Random lines (a fixed seed) have the mix of line lengths of the input (short lines
    of resolutions, long paragraphs of speeches); every k-th line would not, on the
    example repeated to 1 MB (a stride in step with the document picks the same few
    lines of every copy). The parser is called once first: its first call loads its
    unit tables, which is no measure of its throughput.
    """
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser
    except ImportError:
        return None
    lines = [line for text in texts for line in text.splitlines()]
    order = random.Random(0).sample(range(len(lines)), len(lines))
    sample: list[str] = []
    size = 0
    for index in order:
        if size >= sample_bytes:
            break
        sample.append(lines[index] + "\n")
        size += len(lines[index].encode("utf-8")) + 1
    parser.parse("It is 5 m long.")

    def parse(line: str) -> object:
        return parser.parse(line) if line.strip() else None

    return parse, sample


def _extractors() -> dict[str, Callable[[str], object]]:
    out: dict[str, Callable[[str], object]] = {"lexical scan_text": _lexical}
    try:
        import surveystats.documents  # noqa: F401
        from surveystats.extract.numbers import extract_numbers

        out["extract_numbers"] = extract_numbers
    except ImportError as error:
        print(f"(extract_numbers on str needs surveystats.documents: {error})")
    try:
        from surveystats.extract.tallies import extract_tallies

        out["extract_tallies"] = extract_tallies
    except ImportError as error:
        print(f"(extract_tallies skipped: {error})")
    return out


def _report(title: str, texts: list[str], sample_kb: int, repeat: int) -> None:
    print(f"\n== {title}: {len(texts)} texts, {_megabytes(texts):.2f} MB")
    jobs = {
        "regex pass (obvious)": (_baseline, texts),
        "regex pass (fast)": (_fast_baseline, texts),
        **{name: (func, texts) for name, func in _extractors().items()},
    }
    quantulum_job = _quantulum_job(texts, sample_kb * 1000)
    if quantulum_job is not None:
        jobs["quantulum3"] = quantulum_job
    rates = {
        name: _megabytes(jobs[name][1]) / seconds
        for name, seconds in _best_times(jobs, repeat=repeat).items()
    }
    obvious, fast = rates.pop("regex pass (obvious)"), rates.pop("regex pass (fast)")
    quantulum = rates.pop("quantulum3", None)
    print(f"  single regex pass, obvious  {obvious:8.2f} MB/s  (case-insensitive alternation)")
    print(f"  single regex pass, fast     {fast:8.2f} MB/s  (literal-first trie)")
    if quantulum is not None:
        print(f"  quantulum3 (line by line)   {quantulum:8.3f} MB/s  ({sample_kb} kB sample)")
    print("  ratios: time of this / time of a regex pass (obvious, fast); this / quantulum3")
    for name, rate in rates.items():
        line = f"  {name:<27} {rate:8.2f} MB/s  {obvious / rate:5.2f}x  {fast / rate:5.2f}x"
        if quantulum is not None:
            line += f"  {rate / quantulum:7.1f}x"
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample-kb", type=int, default=100, help="quantulum3 sample size")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions (best is kept)")
    args = parser.parse_args(argv)
    example = (REPO / "data" / "A_RES_56_203.txt").read_text(encoding="utf-8")
    repeated = example * (1_000_000 // len(example.encode("utf-8")) + 1)
    _report("example repeated to 1 MB", [repeated], args.sample_kb, args.repeat)
    if CORPUS.is_dir():
        texts = [
            p.read_text(encoding="utf-8-sig", errors="replace")
            for p in sorted(CORPUS.glob("*/*.txt"))
        ]
        _report("shared corpus", texts, args.sample_kb, args.repeat)
    else:
        print(f"\n(shared corpus not found at {CORPUS}: skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
