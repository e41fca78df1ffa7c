"""Texts in bulk: what does one short text cost when a whole column is read at once?

``extract_numbers(series)`` and ``extract_tallies(series)`` read every text with the same
single-document functions as one text and build one table at the end. This times them on
``--n`` one-sentence texts (10,000 by default; the target is under one second each) and,
in the same run, the baselines:

* ``loop``: a plain loop of single calls, one table per text, then ``pandas.concat``
  (timed on ``--loop`` texts and scaled, since it is slow);
* ``parse``: ``parse_document`` alone on every text, the floor any route that gives the
  same results must pay (page furniture, paragraphs, metadata);
* ``reader``: the single-document reader on every text without building any table
  (``number_columns``, ``tally_columns``): what is left is the bulk layer's own cost
  (dispatch, merging the columns, building the one table);

and prints seconds, microseconds per text and the ratios. The sentences are generated
from a few survey, vote and date patterns with varying numbers, so no two are alike.
Times are the CPU time of this process by default (``--clock wall`` for elapsed time):
on a machine shared with other work the wall time measures the others as well.

Run on demand (not in CI)::

    .venv/bin/python benchmarks/bench_bulk.py
    .venv/bin/python benchmarks/bench_bulk.py --n 20000 --loop 2000 --repeat 5
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import Any

import pandas as pd

from surveystats.documents import parse_document
from surveystats.extract import extract_numbers, extract_tallies
from surveystats.extract.numbers import number_columns
from surveystats.extract.tallies import tally_columns

PATTERNS = (
    "Of the {a} respondents, {b} per cent were in favour and {c} were against.",
    "The draft resolution was adopted by {a} votes to {c}, with {d} abstentions.",
    "{words} Member States replied to the questionnaire by {day} March {year}.",
    "About {b}.{d} per cent of the {a} schools visited had no running water.",
    "The programme cost US$ {a} million in {year}, {c} per cent more than planned.",
    "We met {d} times between {day} and {day2} June {year} in room {a}.",
    "No figure is given in this answer.",
    "Resolution {c}/{a} of {day} December {year} was recalled.",
)
WORDS = ("Forty-seven", "Twelve", "Ninety-one", "Three", "Sixty", "One hundred and two")


def texts(n: int, seed: int = 0) -> list[str]:
    """``n`` one-sentence texts with varying numbers."""
    rng = random.Random(seed)
    made = []
    for i in range(n):
        day = rng.randint(1, 27)
        made.append(
            PATTERNS[i % len(PATTERNS)].format(
                a=rng.randint(20, 400),
                b=rng.randint(1, 99),
                c=rng.randint(0, 60),
                d=rng.randint(0, 9),
                day=day,
                day2=day + 1,
                year=rng.randint(1950, 2020),
                words=rng.choice(WORDS),
            )
        )
    return made


def best(function: Callable[[], Any], repeat: int) -> float:
    """The fastest of ``repeat`` runs: CPU seconds of this process (see ``--clock``)."""
    times = []
    for _ in range(repeat):
        started = CLOCK()
        function()
        times.append(CLOCK() - started)
    return min(times)


# process_time counts only the CPU time this process used: on a machine shared with other
# work it is close to the wall time the same run takes alone; perf_counter is the wall time.
CLOCK = time.process_time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="texts in the bulk call")
    parser.add_argument("--loop", type=int, default=1_000, help="texts in the loop baseline")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="cpu: CPU time of this process (default; fair on a shared machine); wall: elapsed",
    )
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter

    series = pd.Series(texts(args.n))
    sample = series.iloc[: args.loop].tolist()
    parse = best(lambda: [parse_document(t) for t in series], args.repeat) / args.n
    print(f"{args.n} one-sentence texts, best of {args.repeat} runs, {args.clock} time")
    print(f"parse_document alone: {parse * 1e6:8.1f} us/text")
    all_texts = series.tolist()
    for function, reader in ((extract_numbers, number_columns), (extract_tallies, tally_columns)):
        bulk = best(lambda f=function: f(series), args.repeat)
        read = best(lambda r=reader: [r(t) for t in all_texts], args.repeat) / args.n
        loop = best(
            lambda f=function: pd.concat([f(t) for t in sample], ignore_index=True),
            args.repeat,
        )
        per_text, loop_per_text = bulk / args.n, loop / len(sample)
        print(
            f"{function.__name__}: bulk {bulk:6.3f} s ({per_text * 1e6:6.1f} us/text); "
            f"loop of single calls {loop_per_text * 1e6:7.1f} us/text -> "
            f"{loop_per_text / per_text:4.1f}x faster\n"
            f"    of the bulk time: parse_document {parse / per_text:4.0%}, reader without "
            f"tables {read / per_text:4.0%} (parse included), bulk layer "
            f"{1 - read / per_text:4.0%}"
        )


if __name__ == "__main__":
    main()
