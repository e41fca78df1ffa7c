"""CPU time of extract_tallies in two checkouts, compared in one process, file by file.

Run on demand (not a test), from any directory::

    .venv/bin/python benchmarks/ab_tallies.py BASE NEW [--step 2] [--rounds 3]

BASE and NEW are directories that each hold a ``surveystats`` package (a worktree, or a
``git archive`` of a commit unpacked in a scratch folder). Both are imported into this one
process, each under its own copy of ``sys.modules``, and every ``--step``-th text of the
shared corpus (``../shared/corpus/un``) is read by one and then the other, the order
swapped every round, so a machine whose speed drifts (a shared host) biases neither:
separate processes run one after the other differ by up to 15 % on a busy host, this by
about 1 %. Prints each round's CPU times and their ratio, then the best round of each
side in MB/s. The texts are given as strings, as ``bench_numbers.py`` gives them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "un"


def _ours(name: str) -> bool:
    return name == "surveystats" or name.startswith("surveystats.")


def _use(modules: dict[str, ModuleType]) -> None:
    """Make ``modules`` the ``surveystats`` that imports inside the package find."""
    for name in [name for name in sys.modules if _ours(name)]:
        del sys.modules[name]
    sys.modules.update(modules)


def _load(root: Path) -> tuple[Callable[[str], object], dict[str, ModuleType]]:
    """``extract_tallies`` of the package under ``root``, and the modules it runs with."""
    _use({})
    sys.path.insert(0, str(root))
    try:
        import surveystats.documents  # noqa: F401 - imported inside _tally_rows
        import surveystats.extract.tallies as tallies
    finally:
        sys.path.remove(str(root))
    if not Path(tallies.__file__).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"{root} holds no surveystats package (got {tallies.__file__})")
    return tallies.extract_tallies, {n: m for n, m in sys.modules.items() if _ours(n)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="directory holding the base surveystats")
    parser.add_argument("new", type=Path, help="directory holding the changed surveystats")
    parser.add_argument("--step", type=int, default=2, help="every step-th corpus text")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (best is kept)")
    args = parser.parse_args(argv)
    sides = {"base": _load(args.base), "new": _load(args.new)}
    paths = sorted(CORPUS.glob("*/*.txt"))[:: args.step]
    texts = [path.read_text(encoding="utf-8-sig", errors="replace") for path in paths]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    for extract, modules in sides.values():  # compiled patterns and caches warmed
        _use(modules)
        for text in texts[:40]:
            extract(text)
    best = dict.fromkeys(sides, float("inf"))
    for round_ in range(args.rounds):
        spent = dict.fromkeys(sides, 0.0)
        order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
        for text in texts:
            for name in order:
                extract, modules = sides[name]
                _use(modules)
                start = time.process_time()
                extract(text)
                spent[name] += time.process_time() - start
        best = {name: min(best[name], spent[name]) for name in sides}
        ratio = spent["new"] / spent["base"]
        print(f"round {round_}: base {spent['base']:.3f} s, new {spent['new']:.3f} s, {ratio:.3f}")
    rates = {name: megabytes / seconds for name, seconds in best.items()}
    print(
        f"{len(texts)} texts, {megabytes:.2f} MB; best round: base {rates['base']:.2f} MB/s, "
        f"new {rates['new']:.2f} MB/s, new/base time {best['new'] / best['base']:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
