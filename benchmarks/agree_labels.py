"""How far two hand labellings of the same sentences agree, each scored against the other.

Run on demand (not a test)::

    .venv/bin/python benchmarks/agree_labels.py FIRST.jsonl SECOND.jsonl

Both files are sets in the format of ``benchmarks/score_tallies.py``, with the same ids.
A tally of one labelling is matched in the other as a reading of ``extract_tallies`` is
scored: a tally there with the same values (as a multiset), the same total where the first
states one, and a part for every part whose labels share a content word
(:func:`score_tallies.labels_agree`). A labelled vote with no parts is matched by a vote
with no parts. Printed for each direction: tallies matched and missed by kind, and lines
without a tally on which the other agrees. Two careful labellers' agreement is the ceiling
an extractor scored on one labelling can be expected to reach.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from score_tallies import labels_agree


def _parts_match(want: list[dict], have: list[dict]) -> bool:
    """Whether every wanted part pairs with its own part in ``have`` (value and label)."""
    if not want:
        return True
    first, rest = want[0], want[1:]
    for index, part in enumerate(have):
        same_value = abs(float(part["value"]) - float(first["value"])) < 1e-9
        if (
            same_value
            and labels_agree(first["label"], part["label"])
            and _parts_match(rest, have[:index] + have[index + 1 :])
        ):
            return True
    return False


def match(tally: dict, others: list[dict]) -> str:
    """``hit`` or the kind of miss of one labelled tally among the other's tallies."""
    if not tally["parts"]:
        return "hit" if any(not other["parts"] for other in others) else "nothing found"
    values = sorted(float(part["value"]) for part in tally["parts"])
    same = [o for o in others if sorted(float(p["value"]) for p in o["parts"]) == values]
    if not same:
        return "other values"
    if tally.get("total") is not None:
        total = float(tally["total"])
        same = [o for o in same if o.get("total") is not None and float(o["total"]) == total]
        if not same:
            return "other total"
    return "hit" if any(_parts_match(tally["parts"], o["parts"]) for o in same) else "labels"


def agreement(first: dict[str, dict], second: dict[str, dict]) -> tuple[Counter, Counter]:
    """Tallies of ``first`` by verdict in ``second``, and its tally-free lines agreed on."""
    tallies, free = Counter(), Counter()
    for line_id, line in first.items():
        other = second.get(line_id)
        if other is None:
            continue
        if not line["tallies"]:
            free["lines"] += 1
            free["agreed"] += not other["tallies"]
            continue
        for tally in line["tallies"]:
            tallies[match(tally, other["tallies"])] += 1
    return tallies, free


def _load(path: Path) -> dict[str, dict]:
    lines = (json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return {line["id"]: line for line in lines}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    sets = {args.first.name: _load(args.first), args.second.name: _load(args.second)}
    for (name, gold), other in zip(sets.items(), reversed(sets.values()), strict=True):
        tallies, free = agreement(gold, other)
        found, all_tallies = tallies["hit"], sum(tallies.values())
        share = 100 * found / max(all_tallies, 1)
        misses = {kind: n for kind, n in tallies.items() if kind != "hit"}
        print(
            f"{name} as gold: tallies {found}/{all_tallies} = {share:.1f} %;"
            f" tally-free {free['agreed']}/{free['lines']}; misses {misses}"
        )


if __name__ == "__main__":
    main()
