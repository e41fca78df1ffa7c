"""Consistency checks: each relation a document states, checked against its counts.

Every check is one row of the ``checks`` table (see :mod:`surveystats.schema`): what is
checked, the stated and computed figures, a verdict (consistent, inconsistent or
undecidable), the verdict explained in words, and the provenance of the checked phrase.
The functions here return lists of row dicts; :func:`checks_table` numbers and types them.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from surveystats import schema, stats
from surveystats.errors import ValidationError

__all__ = [
    "DEFAULT_ROUNDING",
    "breakdown_checks",
    "checks_table",
    "percentage_checks",
    "tally_total_checks",
]

DEFAULT_ROUNDING = "up_or_down"
# A percentage base that names the membership of a body.
_MEMBERSHIP_BASE = re.compile(r"\bmember(?:ship|s|\s+states)\b", re.I)


def checks_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The ``checks`` table from check rows, numbered in order, inconsistent ones first."""
    order = {"inconsistent": 0, "undecidable": 1, "consistent": 2}
    ranked = sorted(rows, key=lambda row: order[row["verdict"]])
    columns = {name: [row.get(name) for row in ranked] for name in schema.CHECKS.names}
    columns["check"] = list(range(len(ranked)))
    return schema.build_table("checks", columns)


def percentage_checks(
    numbers: pd.DataFrame, shares: pd.DataFrame, members: Any
) -> list[dict[str, Any]]:
    """A percentage of the membership against the survey's respondents and the membership."""
    percents = numbers[(numbers["kind"] == "percent") & (numbers["unit"] == "percent")]
    rows = []
    for percent in percents.itertuples(index=False):
        base = percent.base
        if schema.is_missing(base) or not _MEMBERSHIP_BASE.search(str(base)):
            continue
        stated = _stated_digits(str(percent.raw))
        survey = shares[shares["paragraph"] == percent.paragraph]
        provenance = {
            "stated": stated,
            "paragraph": percent.paragraph,
            "start": percent.start,
            "end": percent.end,
            "raw": percent.raw,
            "context": percent.context,
            "rounding": DEFAULT_ROUNDING,
        }
        if schema.is_missing(members):
            rows.append(
                {
                    **provenance,
                    "kind": "percentage",
                    "description": f"{stated} per cent of {base}",
                    "verdict": "undecidable",
                    "explanation": "The membership on the document's date is not known, so "
                    f"{stated} per cent of {base} cannot be checked.",
                }
            )
            continue
        if survey.empty:
            implied = stats.implied_numerators(stated, int(members), rounding=DEFAULT_ROUNDING)
            rows.append(
                {
                    **provenance,
                    "kind": "percentage",
                    "description": f"{stated} per cent of {base}",
                    "denominator": int(members),
                    "verdict": "undecidable",
                    "explanation": f"No count in the same paragraph gives the numerator; "
                    f"{stated} per cent of {int(members)} members would be "
                    f"{_span(implied)} members.",
                }
            )
            continue
        numerator = int(survey["respondents"].iloc[0])
        rows.append({**provenance, **_percentage_row(stated, numerator, int(members), base)})
    return rows


def _percentage_row(stated: str, numerator: int, denominator: int, base: str) -> dict[str, Any]:
    check = stats.percentage_consistency(stated, numerator, denominator, rounding=DEFAULT_ROUNDING)
    try:
        # capped: a stated value near 0 per cent fits unboundedly many denominators
        implied = stats.implied_denominators(
            stated, numerator, rounding=DEFAULT_ROUNDING, max_denominator=10 * denominator
        )
    except ValidationError:
        implied = []
    consistent = bool(check["consistent"].iloc[0])
    computed = float(check["computed"].iloc[0])
    window = f"[{check['low'].iloc[0]:g}, {check['high'].iloc[0]:g}]"
    explanation = (
        f"{numerator} respondents of {denominator} members is {computed:.2f} per cent, "
        f"{'within' if consistent else 'outside'} the window {window} that "
        f'"{stated} per cent" allows; a stated {stated} per cent with {numerator} '
        f"respondents implies a membership of {_span(implied)}."
    )
    return {
        "kind": "percentage",
        "description": f"respondents vs {stated} per cent of {base}",
        "decimals": int(check["decimals"].iloc[0]),
        "numerator": numerator,
        "denominator": denominator,
        "computed": computed,
        "window_low": float(check["low"].iloc[0]),
        "window_high": float(check["high"].iloc[0]),
        "implied_low": min(implied) if implied else None,
        "implied_high": max(implied) if implied else None,
        "verdict": "consistent" if consistent else "inconsistent",
        "explanation": explanation,
    }


def breakdown_checks(tallies: pd.DataFrame) -> list[dict[str, Any]]:
    """Percentages that split one whole should add up to 100 within their rounding."""
    rows = []
    breakdowns = tallies[(tallies["unit"] == "percent") & tallies["percent"].notna()]
    for tally_id, tally in breakdowns.groupby("tally", sort=True):
        parts = [float(value) for value in tally["percent"]]
        # each stated part may be off by half a unit of its last digit
        decimals = [0 if schema.is_missing(d) else int(d) for d in tally["decimals"]]
        slack = sum(0.5 * 10.0**-d for d in decimals)
        total = sum(parts)
        consistent = 100 - slack <= total <= 100 + slack
        if consistent:
            verdict, detail = "consistent", "within rounding of 100."
        elif total > 100 + slack:
            verdict, detail = "inconsistent", "more than 100 even allowing for rounding."
        else:
            verdict, detail = (
                "undecidable",
                "less than 100: the breakdown may leave out a category.",
            )
        rows.append(
            {
                "kind": "breakdown_sum",
                "description": f"percentage breakdown {tally_id} adds up to 100",
                "stated": "100",
                "computed": total,
                "window_low": 100 - slack,
                "window_high": 100 + slack,
                "verdict": verdict,
                "explanation": f"The {len(parts)} parts add up to {total:g} per cent; {detail}",
                **tally_provenance(tally),
            }
        )
    return rows


def tally_total_checks(tallies: pd.DataFrame) -> list[dict[str, Any]]:
    """The parts of a tally against the total the text states for it."""
    rows = []
    counted = tallies[(tallies["unit"] == "count") & tallies["total"].notna()]
    for tally_id, tally in counted.groupby("tally", sort=True):
        parts = tally["count"].dropna().astype("int64")
        total = int(tally["total"].iloc[0])
        found = int(parts.sum())
        if found == total:
            verdict, detail = "consistent", "exactly the stated total"
        elif found > total:
            verdict, detail = "inconsistent", f"{found - total} more than the stated total"
        else:
            verdict = "undecidable"
            detail = f"{total - found} fewer than the stated total (unstated categories?)"
        rows.append(
            {
                "kind": "tally_total",
                "description": f"parts of tally {tally_id} vs its stated total {total}",
                "stated": str(total),
                "numerator": found,
                "denominator": total,
                "computed": float(found),
                "verdict": verdict,
                "explanation": f"The parts add up to {found}, {detail}.",
                **tally_provenance(tally),
            }
        )
    return rows


def tally_provenance(tally: pd.DataFrame) -> dict[str, Any]:
    """Provenance columns of a check on a whole tally: its first row's phrase."""
    return {
        "paragraph": tally["paragraph"].iloc[0],
        "start": tally["start"].iloc[0],
        "end": tally["end"].iloc[0],
        "raw": tally["raw"].iloc[0],
        "context": tally["raw"].iloc[0],
    }


def _stated_digits(raw: str) -> str:
    """The number as printed in a percentage ("41 per cent" -> "41", "60.3%" -> "60.3")."""
    match = re.search(r"\d+(?:\.\d+)?", raw)
    if match is None:  # written in words: the value is an integer
        from surveystats.extract.words import NUMBER_WORDS_PATTERN, words_to_number

        words = NUMBER_WORDS_PATTERN.search(raw)
        parsed = words_to_number(words.group(0)) if words else None
        if parsed is None:
            raise ValidationError(f"cannot read the stated percentage in {raw!r}")
        return str(parsed[0])
    return match.group(0)


def _span(values: list[int]) -> str:
    if not values:
        return "no whole number"
    if len(values) == 1:
        return str(values[0])
    return f"{min(values)} to {max(values)}"
