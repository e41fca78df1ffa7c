"""Accuracy of extract_tallies on a hand-labelled set of sentences.

Run on demand (not a test)::

    .venv/bin/python benchmarks/score_tallies.py SET.jsonl [--split dev|hold]
        [--exclude ID,ID] [--failures]

A set is JSON lines, one sentence (or a short run of sentences) per line::

    {"id": "s-001", "text": "...", "tallies": [
        {"kind": "vote", "total": null,
         "parts": [{"label": "in favour", "value": 120, "unit": "count"}, ...]}]}

``tallies`` is empty for a sentence that states no tally. Sets are kept outside the
repository: they measure, and a sentence a developer has read no longer measures.

A labelled tally is found when one tally returned for its text has the same values (as a
multiset; a count tally whose parts also carry shares offers the shares as a second
reading), the labelled total where one is labelled, and a part for every labelled part
with its value whose category, counted noun or role shares a content word with the
label; words that name a side of a vote ("Yes", "backed", "voted no") count as that
side. A labelled vote with no parts ("adopted without a vote") is found when a vote with
an outcome and no counts comes back. A sentence without a tally is right when nothing
with a figure comes back. With
``--split``, lines whose 0-based index modulo 5 is 1 or 3 are the hold half (40 %), the
rest the dev half. Misses are counted by kind (nothing found, other values, other total,
labels) without printing sentences unless ``--failures`` is given. Each set is named by its
file's stem; with several sets a last line sums them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from surveystats.extract.tallies import tallies_in_text  # noqa: E402

STOP_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on at to for by with from and or as were was be been is are had has"
        " have that which who their its this these those than per cent percent",
    )
)


# Words that name a side of a vote. A label written with them ("Yes", "backed", "voted no")
# agrees with a part whose category or role names that side ("in favour", "against"): the
# extractor gives a vote's sides their standard names and keeps the side in ``role``.
SIDE_WORDS = {
    **dict.fromkeys(
        (
            *("yes", "ayes", "aye", "support", "supported", "supporting", "backed", "endorsed"),
            *("affirmative", "approve"),  # "voted to approve"
        ),
        "favour",
    ),
    **dict.fromkeys(
        ("no", "noes", "nay", "nays", "opposed", "opposing", "opposition", "negative", "rejected"),
        "against",
    ),
    # a voting record's "Non-Voting" names the members who took no part in the vote
    **dict.fromkeys(("non-voting", "nonvoting"), "participating"),
}
VOTING_WORDS = frozenset(("voted", "vote", "votes", "voting", "cast"))
# A side in favour named by what its voters did to the text: "voting for it".
_VOTED_FOR_IT = re.compile(
    r"(?:members\s|states\s|delegations\s)?(?:having\s)?(?:voted|voting|cast\s\w+\svotes)"
    r"\sfor\s(?:it|them|the\s\w+)"
)


def content_words(label: str | None) -> set[str]:
    """Lower-case content words of a label, with spelling and inflection folded."""
    if label is None or pd.isna(label) or not label:
        return set()
    text = label.lower().replace("_", " ").replace("favor", "favour")
    words = re.findall(r"[a-z][a-z'\-]*", text)
    if words == ["for"]:  # "N for, M against"
        return {"favour"}
    if "for" in words and set(words) <= VOTING_WORDS | {"for"}:  # "voted for"
        return {"favour"}
    if _VOTED_FOR_IT.fullmatch(" ".join(words)):  # "voting for it", "having voted for it"
        return {"favour"}
    if words[:1] == ["not"] and words[1:] in (["present"], ["present", "at", "the", "vote"]):
        return {"absent"}
    words = [SIDE_WORDS.get(word, word) for word in words]
    folded = set()
    for word in words:
        if word in STOP_WORDS:
            continue
        if word.startswith("abst"):
            word = "abstain"
        folded.add(word[:6] if len(word) > 6 else word.rstrip("s"))
    return folded


def labels_agree(gold: str, *predicted: str | None) -> bool:
    """Whether the gold label shares a content word with any predicted label text."""
    wanted = content_words(gold)
    if not wanted:
        return True
    return any(wanted & content_words(text) for text in predicted)


def readings(rows: pd.DataFrame) -> list[dict]:
    """The tallies one text returned, each as total and parts (value, label texts)."""
    found = []
    for _, tally in rows.groupby("tally", sort=True):
        total = tally["total"].iloc[0]
        total = None if pd.isna(total) else float(total)
        labels = [
            (row.category, row.counted, row.role if row.role != "other" else None)
            for row in tally.itertuples()
        ]
        for column in ("count", "percent"):
            values = tally[column]
            if values.isna().all() or (column == "percent" and values.isna().any()):
                continue
            parts = [
                (float(value), label)
                for value, label in zip(values, labels, strict=True)
                if not pd.isna(value)
            ]
            found.append({"total": total, "parts": parts})
    return found


def match_parts(gold: list[dict], parts: list[tuple[float, tuple]]) -> bool:
    """Whether every gold part pairs with its own predicted part (value and label)."""
    if not gold:
        return True
    first, rest = gold[0], gold[1:]
    for index, (value, label) in enumerate(parts):
        same = abs(value - float(first["value"])) < 1e-9 and labels_agree(first["label"], *label)
        if same and match_parts(rest, parts[:index] + parts[index + 1 :]):
            return True
    return False


def outcome_only(rows: pd.DataFrame) -> bool:
    """Whether a text returned a vote stated with no counts ("adopted without a vote")."""
    return bool(
        len(rows)
        and (rows["category"].isna() & rows["count"].isna() & rows["outcome"].notna()).any()
    )


def verdict(gold: dict, found: list[dict], *, outcome: bool = False) -> str:
    """``hit`` or the nearest kind of miss for one labelled tally.

    A labelled vote with no parts ("adopted without a vote") is found when the text
    returned a vote with an outcome and no counts (``outcome``).
    """
    if not gold["parts"]:
        return "hit" if outcome else "nothing found"
    if not found:
        return "nothing found"
    values = sorted(float(part["value"]) for part in gold["parts"])
    same_values = [r for r in found if sorted(v for v, _ in r["parts"]) == values]
    if not same_values:
        return "other values"
    if gold.get("total") is not None:
        same_values = [r for r in same_values if r["total"] == float(gold["total"])]
        if not same_values:
            return "other total"
    if any(match_parts(gold["parts"], r["parts"]) for r in same_values):
        return "hit"
    return "labels"


def in_split(index: int, split: str | None) -> bool:
    """Whether line ``index`` (0-based) belongs to the asked half of the set."""
    if split is None:
        return True
    return (index % 5 in (1, 3)) == (split == "hold")


def score(path: Path, split: str | None, exclude: set[str], failures: bool) -> Counter:
    """Print the scores of one set and return its counts (hits, tallies, tally-free lines
    right and in all, misses by kind), so that several sets can be summed."""
    lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    hits, totals, misses = Counter(), Counter(), Counter()
    free_right = free_lines = 0
    for index, line in enumerate(lines):
        if not in_split(index, split) or line["id"] in exclude:
            continue
        rows = tallies_in_text(line["text"])
        found = readings(rows)
        if not line["tallies"]:
            free_lines += 1
            right = not found
            free_right += right
            if failures and not right:
                print(f"FALSE {line['id']}: {line['text']}\n  got {found}")
            continue
        outcome = outcome_only(rows)
        for gold in line["tallies"]:
            result = verdict(gold, found, outcome=outcome)
            totals[gold["kind"]] += 1
            hits[gold["kind"]] += result == "hit"
            if result != "hit":
                misses[result] += 1
                if failures:
                    print(f"MISS {line['id']} ({result}): {line['text']}")
                    print(f"  want total={gold.get('total')} {gold['parts']}")
                    print(f"  got {found}")
    counts = Counter(
        hits=sum(hits.values()),
        tallies=sum(totals.values()),
        free_right=free_right,
        free_lines=free_lines,
    )
    by_kind = ", ".join(f"{k} {hits[k]}/{totals[k]}" for k in sorted(totals))
    print(f"{path.stem}{'/' + split if split else ''}: {_summary(counts, misses)} ({by_kind})")
    return counts + Counter({f"miss {kind}": n for kind, n in misses.items()})


def _summary(counts: Counter, misses: Counter) -> str:
    """Tallies found and tally-free lines right, as counts and shares, and misses by kind."""
    share = 100 * counts["hits"] / counts["tallies"] if counts["tallies"] else float("nan")
    free = (
        100 * counts["free_right"] / counts["free_lines"] if counts["free_lines"] else float("nan")
    )
    return (
        f"tallies {counts['hits']}/{counts['tallies']} = {share:.1f} %;"
        f" tally-free {counts['free_right']}/{counts['free_lines']} = {free:.1f} %;"
        f" misses {dict(misses)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--split", choices=("dev", "hold"))
    parser.add_argument("--exclude", default="", help="comma-separated ids to leave out")
    parser.add_argument("--failures", action="store_true", help="print each miss")
    args = parser.parse_args()
    exclude = {i for i in args.exclude.split(",") if i}
    summed = Counter()
    for path in args.sets:
        summed += score(path, args.split, exclude, args.failures)
    if len(args.sets) > 1:
        misses = Counter({k[5:]: n for k, n in summed.items() if k.startswith("miss ")})
        print(f"all {len(args.sets)} sets: {_summary(summed, misses)}")


if __name__ == "__main__":
    main()
