"""What a change to the tally readers does to a whole corpus, row by row.

Run on demand (not a test), once per build to compare, then diff::

    .venv/bin/python benchmarks/diff_tallies.py dump [CORPUS] OUT.parquet
    .venv/bin/python benchmarks/diff_tallies.py diff BEFORE.parquet AFTER.parquet [--show 20]

``dump`` writes every row of :func:`surveystats.extract_tallies` for every ``*.txt`` file
under CORPUS (default ``../shared/corpus/un``), keyed by the file's path relative to it.
``diff`` prints how many tallies each document gained and lost (a tally is its rows'
kind, total, categories and figures), and the raw text of the first ``--show`` of them,
so a reviewer can read what a rule added or dropped across real documents; then every
row that changed in any column (members, counted nouns, raw text), which the tallies'
figures alone do not show.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from surveystats import extract_tallies, read_document  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "un"
KEY_COLUMNS = ["kind", "total", "category", "count", "percent"]


def dump(corpus: Path, out: Path) -> None:
    """Write the tallies of every document under ``corpus`` to one Parquet file."""
    frames = []
    for path in sorted(corpus.rglob("*.txt")):
        tallies = extract_tallies(read_document(path))
        frames.append(tallies.assign(document=str(path.relative_to(corpus))))
    table = pd.concat(frames, ignore_index=True)
    table.to_parquet(out)
    documents = table["document"].nunique()
    print(f"{len(frames)} documents, {documents} with tallies, {len(table)} rows -> {out}")


def tally_keys(table: pd.DataFrame) -> pd.DataFrame:
    """One row per tally: its document, raw text and a key of everything it read."""
    text = table[KEY_COLUMNS].astype("string").fillna("-")
    keyed = table.assign(key=text.agg("|".join, axis=1))
    grouped = keyed.groupby(["document", "tally"], sort=False)
    return grouped.agg(raw=("raw", "first"), key=("key", " / ".join)).reset_index()


def diff(before: Path, after: Path, show: int) -> None:
    """Print the tallies only one of two dumps holds."""
    old, new = (tally_keys(pd.read_parquet(path)) for path in (before, after))
    merged = old.merge(new, on=["document", "key"], how="outer", indicator=True)
    lost = merged[merged["_merge"] == "left_only"]
    gained = merged[merged["_merge"] == "right_only"]
    print(f"tallies: {len(old)} -> {len(new)}; lost {len(lost)}, gained {len(gained)}")
    for label, rows, column in (("LOST", lost, "raw_x"), ("GAINED", gained, "raw_y")):
        for row in rows.head(show).itertuples():
            print(f"{label} {row.document}: {getattr(row, column)!r}\n    {row.key}")
    changed_rows(pd.read_parquet(before), pd.read_parquet(after), show)


def changed_rows(old: pd.DataFrame, new: pd.DataFrame, show: int) -> None:
    """Print the rows that differ in any column, tallies with the same values included.

    A tally keeps its values while a member's name, a counted noun or the raw text's end
    changes ("Union of So-viet Socialist Republics"); only a row-by-row comparison sees it.
    """
    as_text = [frame.astype("string").fillna("<NA>") for frame in (old, new)]
    merged = as_text[0].merge(as_text[1], how="outer", indicator=True)
    changed = merged[merged["_merge"] != "both"]
    print(f"rows: {len(old)} -> {len(new)}; {len(changed)} rows in only one of the two")
    columns = ["category", "count", "percent", "counted", "members", "start", "end", "raw"]
    for values in changed.head(2 * show).to_dict("records"):
        side = "BEFORE" if values["_merge"] == "left_only" else "AFTER"
        print(f"{side} {values['document']}: " + ", ".join(f"{c}={values[c]!r}" for c in columns))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("paths", nargs="+", type=Path, help="[CORPUS] OUT.parquet")
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    if args.command == "dump":
        corpus, out = args.paths if len(args.paths) == 2 else (CORPUS, *args.paths)
        dump(corpus, out)
    else:
        diff(args.before, args.after, args.show)


if __name__ == "__main__":
    main()
