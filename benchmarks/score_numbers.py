"""Accuracy of extract_numbers on a public English number-extraction suite.

Run on demand (not a test)::

    .venv/bin/python benchmarks/score_numbers.py SUITE.json [SUITE.json ...] [--failures]

Suites are kept outside the repository. Three formats are read, told apart by their keys:

- Recognizers-Text specs (``[{"Input": ..., "Results": [{"Text", "TypeName",
  "Resolution": {"value"}}]}]``): TypeName ``number`` is a count or a fraction,
  ``percentage`` a percent and ``ordinal`` an ordinal; ``ordinal.relative`` ("last",
  "next") is scored as its own category, which the package does not read.
- quantulum3 quantities (``[{"req": ..., "res": [{"value", "unit", "surface",
  "uncertainty"?}]}]``): any quantity or year with that value; a result with an
  uncertainty is a range whose middle is the value and whose half-width the uncertainty.
- the same specs with ``TypeName`` ``numberrange`` (NumberRangeModel): the value is an
  interval, "(20,35]", "[30,)", "(,170)", "[170,170]". A one-sided interval is one number
  whose qualifier is its side and openness ("(30," more_than, "[30," at_least, ",170)"
  less_than, ",100]" at_most); a two-sided one, a range row with those ends or a lower and
  an upper bound of those values (openness not scored: the table's ranges have none); a
  one-point one, the number without a bounding qualifier. Scored in their own categories
  (by shape: lower, upper, two-sided, equal); as such a suite states no plain number, its
  extra readings are the rows that state an interval. A ``Text`` that is null (suites converted
  from assertions by ``numsuite_from_tests.py``) has no surface: any row may answer.
- the NumberWithUnit currency specs (``TypeName`` ``currency``, value and unit, an
  ``isoCurrency`` when the currency is certain): a money row with that value, and that
  ISO code when one is stated. A sum counted in a minor unit ("50 cents": 50 Cent) and a
  currency named with no number ("dollar": value null) are not read by the package and
  are scored in their own categories ("currency / minor unit", "currency / name alone").
- lists of values (``[{"Input": ..., "Values": ["1.0", ...]}]``, as quantulum3's
  spell-out tests): the counts and fractions found, as a multiset of values.

An expected result is a hit when one row of ``extract_numbers(Input)`` overlaps its
surface (located in the input in order), has a kind the suite's type allows and the same
value (relative tolerance 1e-6; the suites round 2/3 to 15 digits). Rows of a scored kind
that match no expected result are extra readings. Figures are printed per file and per
category (the suite's type, and the form of the expected text: digits, words, fraction
words, negative, ...).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from surveystats.extract.numbers import extract_numbers  # noqa: E402

# The kinds that may answer each type of expected result.
KINDS_FOR_TYPE = {
    "number": frozenset(["count", "fraction"]),
    "percentage": frozenset(["percent"]),
    "ordinal": frozenset(["ordinal"]),
    "ordinal.relative": frozenset(),
    "quantity": frozenset(["count", "fraction", "percent", "money", "year"]),
    "numberrange": frozenset(["count", "fraction", "ordinal", "percent"]),
    "currency": frozenset(["money"]),
}
# Units of a Recognizers-Text currency result counted in a minor unit ("50 cents" is 50
# Cent), which the table does not model: scored in their own category.
MINOR_UNITS = frozenset(["Cent", "Pence", "Penny", "Sen"])
# The qualifiers that bound a number from below and from above, by whether the bound is
# open: "(30," is "more than 30", "[30," "at least 30".
LOWER = {"(": "more_than", "[": "at_least"}
UPPER = {")": "less_than", "]": "at_most"}
_INTERVAL = re.compile(r"^([(\[])\s*([^,]*?)\s*,\s*([^,]*?)\s*([)\]])$")
TOLERANCE = 1e-6

# The form of an expected text, for grouping misses (first match wins).
FORMS = [
    ("relative", re.compile(r"(?i)\b(?:last|next|previous|current|penultimate|antepenultimate)\b")),
    ("exponent", re.compile(r"\d[eE][+-]?\d|\^|×10")),
    ("over", re.compile(r"\bover\b")),
    ("dozen", re.compile(r"(?i)dozen|gross")),
    ("short scale letter", re.compile(r"\d\s*[kKGMTb]\b")),
    ("negative", re.compile(r"(?i)^(?:[-−(]|minus\b|negative\b)|\$-")),
    ("decimal words", re.compile(r"\bpoint\b")),
    ("slash fraction", re.compile(r"\d\s*/\s*\d|[½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")),
    (
        "fraction words",
        re.compile(r"(?i)\b(?:half|halves|quarters?|thirds?|[a-z]+ths?|[a-z]+firsts?)\b"),
    ),
    ("ordinal digits", re.compile(r"\d(?:st|nd|rd|th)\b")),
    ("percent words", re.compile(r"(?i)per\s*cent|percent")),
    ("digits", re.compile(r"^[\d.,\s%$£€]+$")),
    ("digits with words", re.compile(r"\d")),
]


def form_of(text: str, kind: str = "number") -> str:
    """The first form in :data:`FORMS` that ``text`` shows; "words" when none does.

    An expected ordinal in words is "ordinal words", whatever its last letters.
    """
    for name, pattern in FORMS:
        if pattern.search(text):
            if kind == "ordinal" and name == "fraction words":
                break
            return name
    return "ordinal words" if kind == "ordinal" else "words"


def _number(value: object) -> float:
    """A suite's value as a float: "100%" -> 100.0, "1E-12" -> 1e-12."""
    return float(str(value).rstrip("%"))


def _same(a: float | None, b: float) -> bool:
    return (
        a is not None and not math.isnan(a) and math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=1e-12)
    )


def expected_results(case: dict) -> tuple[str, list[dict]]:
    """The input of a case and its expected results (surface, type, value, spread)."""
    if "Results" in case:
        results = [
            {"surface": r.get("Text"), "type": r["TypeName"],
             "value": r["Resolution"].get("value"), "spread": None,
             "unit": r["Resolution"].get("unit"), "iso": r["Resolution"].get("isoCurrency")}
            for r in case["Results"]
        ]  # fmt: skip
        return case["Input"], results
    if "res" in case:
        results = [
            {"surface": r["surface"], "type": "quantity", "value": r["value"],
             "spread": r.get("uncertainty"), "unit": r.get("unit")}
            for r in case["res"]
        ]  # fmt: skip
        return case["req"], results
    if "Values" in case:
        results = [
            {"surface": None, "type": "number", "value": v, "spread": None} for v in case["Values"]
        ]
        return case["Input"], results
    raise ValueError(f"unknown suite format: case keys {sorted(case)}")


def interval_of(value: str) -> tuple[str, float | None, float | None, str]:
    """A Recognizers-Text interval: "(20,35]" -> ("(", 20.0, 35.0, "]"); "(,170)" -> no low."""
    match = _INTERVAL.match(value)
    if match is None:
        raise ValueError(f"not an interval: {value!r}")
    opening, low, high, closing = match.groups()
    return opening, float(low) if low else None, float(high) if high else None, closing


def range_shape(value: str) -> str:
    """Which side an interval bounds: "two-sided", "lower", "upper" or "equal"."""
    _, low, high, _ = interval_of(value)
    if low is not None and high is not None:
        return "equal" if low == high else "two-sided"
    return "lower" if low is not None else "upper"


def _range_hit(rows: list[dict], candidates: list[int], want: dict) -> list[int] | None:
    """The rows that state the interval ``want``, or None.

    A lone bound is one number with the qualifier of its side and openness ("(30," is
    "more than 30"); an interval with two ends, a range of those ends or a lower and an
    upper bound (their openness is not scored: ranges in the table have none); an
    interval of one point, the number with no bounding qualifier.
    """
    opening, low, high, closing = interval_of(want["value"])
    bounding = set(LOWER.values()) | set(UPPER.values())
    if low is not None and high is not None and low == high:
        for i in candidates:
            row = rows[i]
            if _same(row["value"], low) and row["qualifier"] not in bounding:
                return [i]
        return None
    if low is None or high is None:
        value, qualifier = (low, LOWER[opening]) if high is None else (high, UPPER[closing])
        for i in candidates:
            if _same(rows[i]["value"], value) and rows[i]["qualifier"] == qualifier:
                return [i]
        return None
    for i in candidates:
        if _same(rows[i]["low"], low) and _same(rows[i]["high"], high):
            return [i]
    lower = [i for i in candidates if _same(rows[i]["value"], low)
             and rows[i]["qualifier"] in LOWER.values()]  # fmt: skip
    upper = [i for i in candidates if _same(rows[i]["value"], high)
             and rows[i]["qualifier"] in UPPER.values()]  # fmt: skip
    return [lower[0], upper[0]] if lower and upper else None


def _row_matches(row: dict, want: dict) -> bool:
    if row["kind"] not in KINDS_FOR_TYPE[want["type"]]:
        return False
    value = want["value"]
    if want["type"] == "ordinal.relative" or value is None:
        return False
    value = _number(value)
    if want.get("iso") and row["unit"] != want["iso"]:
        return False  # "hk $ 10.05 billion" is Hong Kong dollars, not United States ones
    if want["spread"]:
        low, high = row["low"], row["high"]
        return _same(low, value - want["spread"]) and _same(high, value + want["spread"])
    return _same(row["value"], value) or (
        row["low"] is not None and _same((row["low"] + row["high"]) / 2, value)
    )


def score_case(
    case: dict, scored_kinds: frozenset[str], *, ranges_only: bool = False
) -> tuple[list[tuple[dict, bool, list[dict]]], list[dict]]:
    """Each expected result with whether it was found, and the extra rows.

    An extra row is one of ``scored_kinds`` (the kinds the suite's types allow) that
    answers no expected result; with ``ranges_only`` (a suite of number ranges, which
    states no plain number), only one that states an interval.
    """
    text, wanted = expected_results(case)
    table = extract_numbers(text)
    rows = [
        {"start": int(r.start), "end": int(r.end), "raw": r.raw, "kind": str(r.kind),
         "value": None if r.value is None or r.value != r.value else float(r.value),
         "low": None if r.low is None or r.low != r.low else float(r.low),
         "high": None if r.high is None or r.high != r.high else float(r.high),
         "qualifier": r.qualifier, "unit": None if r.unit is None else str(r.unit)}
        for r in table.astype(object).where(table.notna(), None).itertuples()
    ]  # fmt: skip
    used: set[int] = set()
    out = []
    position = 0
    for want in wanted:
        span = None
        if want["surface"] is not None:
            start = text.find(want["surface"], position)
            if start < 0:
                start = text.find(want["surface"])
            span = (start, start + len(want["surface"]))
            position = max(position, span[1]) if start >= 0 else position
        hit = None
        if want["type"] == "numberrange":
            candidates = [
                i for i, row in enumerate(rows)
                if i not in used and row["kind"] in KINDS_FOR_TYPE["numberrange"]
                and (span is None or (row["start"] < span[1] and span[0] < row["end"]))
            ]  # fmt: skip
            found = _range_hit(rows, candidates, want)
            used.update(found or [])
            near = [rows[i] for i in candidates] if not found else []
            out.append((want, found is not None, near))
            continue
        for i, row in enumerate(rows):
            if i in used:
                continue
            if span is not None and not (row["start"] < span[1] and span[0] < row["end"]):
                continue
            if _row_matches(row, want):
                hit = i
                break
        if hit is not None:
            used.add(hit)
        near = [r for r in rows if span is not None and r["start"] < span[1] and span[0] < r["end"]]
        out.append((want, hit is not None, near if hit is None else []))
    extras = [
        r for i, r in enumerate(rows)
        if i not in used and r["kind"] in scored_kinds and (not ranges_only or _bounds(r))
    ]  # fmt: skip
    return out, extras


def _bounds(row: dict) -> bool:
    """Whether a row states an interval: a range, or a number with a bounding qualifier."""
    return row["low"] is not None or row["qualifier"] in {*LOWER.values(), *UPPER.values()}


def score_suite(path: Path, *, failures: bool) -> Counter:
    cases = json.loads(path.read_text(encoding="utf-8"))
    totals: Counter = Counter()
    by_category: dict[str, Counter] = defaultdict(Counter)
    types = {want["type"] for case in cases for want in expected_results(case)[1]}
    scored_kinds = frozenset().union(*(KINDS_FOR_TYPE[t] for t in types))
    ranges_only = types == {"numberrange"}
    for case in cases:
        results, extras = score_case(case, scored_kinds, ranges_only=ranges_only)
        text = expected_results(case)[0]
        for want, found, near in results:
            if want["type"] == "numberrange":
                category = f"numberrange / {range_shape(want['value'])}"
            elif want["type"] == "currency" and want["value"] is None:
                category = "currency / name alone"
            elif want["type"] == "currency" and want["unit"] in MINOR_UNITS:
                category = "currency / minor unit"
            else:
                category = f"{want['type']} / {form_of(want['surface'] or text, want['type'])}"
            by_category[category]["hit" if found else "miss"] += 1
            totals["hit" if found else "miss"] += 1
            if failures and not found:
                got = ", ".join(f"{r['raw']!r} {r['kind']} {r['value']}" for r in near) or "nothing"
                want_text = f"{want['surface']!r} = {want['value']}"
                print(f"  MISS [{category}] {text!r}: want {want_text}; got {got}")
        totals["extra"] += len(extras)
        if extras:
            key = "extra / " + ("no result expected" if not results else "beside expected")
            by_category[key]["extra"] += len(extras)
            if failures:
                shown = ", ".join(f"{r['raw']!r} {r['kind']} {r['value']}" for r in extras)
                print(f"  EXTRA {text!r}: {shown}")
        totals["cases"] += 1
    expected = totals["hit"] + totals["miss"]
    share = totals["hit"] / expected if expected else float("nan")
    print(f"{path.name}: {totals['cases']} cases, {totals['hit']}/{expected} expected results "
          f"found ({share:.1%}), {totals['miss']} missed, {totals['extra']} extra")  # fmt: skip
    for category in sorted(by_category):
        c = by_category[category]
        print(f"    {category:42s} hit {c['hit']:3d}  miss {c['miss']:3d}  extra {c['extra']:3d}")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suites", nargs="+", type=Path)
    parser.add_argument("--failures", action="store_true", help="print every miss and extra")
    args = parser.parse_args(argv)
    overall: Counter = Counter()
    for path in args.suites:
        overall += score_suite(path, failures=args.failures)
    if len(args.suites) > 1:
        expected = overall["hit"] + overall["miss"]
        print(f"all: {overall['hit']}/{expected} found, {overall['miss']} missed, ", end="")
        print(f"{overall['extra']} extra")
    return 0


if __name__ == "__main__":
    sys.exit(main())
