"""Consistency checks: each relation a document states, checked against its counts.

Every check is one row of the ``checks`` table (see :mod:`surveystats.schema`): what is
checked, the stated and computed figures, a verdict (consistent, inconsistent or
undecidable), the verdict explained in words, and the provenance of the checked phrase.
The functions here return lists of row dicts; :func:`checks_table` numbers and types them.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

import pandas as pd

from surveystats import schema, stats
from surveystats.analysis.shares import STATE_SUBJECT, count_respondents
from surveystats.errors import ValidationError

__all__ = [
    "DEFAULT_ROUNDING",
    "breakdown_checks",
    "checks_table",
    "part_of_whole_checks",
    "percent_of_counts_checks",
    "percentage_checks",
    "share_bound_checks",
    "tally_total_checks",
    "unreadable_tallies",
]

DEFAULT_ROUNDING = "up_or_down"
# Above this whole (ten times more per decimal of the share), about a million counts or
# more round to the share: more than implied_numerators lists (stats.MAX_LISTED).
_LISTED_WHOLES = 90_000_000
# A percentage base that names the membership of a body.
_MEMBERSHIP_BASE = re.compile(r"\bmember(?:ship|s|\s+states)\b", re.I)
_UPPER_BOUNDS = ("less_than", "at_most")
# A percentage base that names a group of people, bodies or places, of which no share can
# exceed the whole; "140 per cent of the target", "of GDP" or "of 1990 levels" can.
_GROUP_BASE = re.compile(
    r"\b(?:membership|members|states|countries|governments|parties|people|persons|"
    r"population|women|men|girls|boys|children|youth|adults|households|families|refugees|"
    r"migrants|staff|employees|workers|participants|voters|students|delegations|"
    r"organizations|organisations|agencies|entities|respondents|individuals|victims|"
    r"schools|villages|cities|municipalities)\b(?!['’])",
    re.I,
)


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
        if float(stated) > 100:
            continue  # no share of the membership: an impossible figure, see share_bound_checks
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
        qualifier = getattr(percent, "qualifier", None)
        qualifier = None if schema.is_missing(qualifier) else str(qualifier)
        rows.append(
            {**provenance, **_percentage_row(stated, numerator, int(members), base, qualifier)}
        )
    return rows


def _percentage_row(
    stated: str, numerator: int, denominator: int, base: str, qualifier: str | None = None
) -> dict[str, Any]:
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
        f'"{_qualified(stated, qualifier)} per cent" allows; a stated {stated} per cent '
        f"with {numerator} respondents implies a membership of {_span(implied)}."
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
        "verdict": _qualified_verdict(consistent, qualifier, computed, float(stated)),
        "explanation": explanation,
    }


def share_bound_checks(numbers: pd.DataFrame, tallies: pd.DataFrame) -> list[dict[str, Any]]:
    """A share of one group stated as more than 100 per cent: impossible, so inconsistent.

    Two kinds of percentage are shares of a group: a part of a tally ("71 per cent as
    satisfactory") and a percentage whose base names people, bodies or places ("120 per
    cent of the Member States", "130 per cent of women"). A percentage of anything else may
    exceed 100 ("140 per cent of the target", "grew by 150 per cent") and is not checked.
    Only the impossible ones get a row: a share of 100 or less states no relation to check,
    and neither does an upper bound ("less than 120 per cent of women").
    """
    rows = []
    parts = tallies[(tallies["unit"] == "percent") & (tallies["percent"] > 100)]
    part_spans = list(zip(parts["paragraph"], parts["start"], parts["end"], strict=True))
    for part in parts[~parts["qualifier"].isin(_UPPER_BOUNDS)].itertuples(index=False):
        stated = _qualified(_percent_text(part.percent, part.decimals), part.qualifier)
        label = part.category if not schema.is_missing(part.category) else "a part"
        rows.append(
            {
                **_share_bound_row(part, float(part.percent), part.decimals),
                "description": f"{stated} per cent ({label}) is at most 100",
                "explanation": f"A part of one whole cannot be more than 100 per cent of it; "
                f"the text states {stated} per cent for {label} {_MISPRINT}",
                "context": part.raw,
            }
        )
    percents = numbers[
        (numbers["kind"] == "percent")
        & (numbers["unit"] == "percent")
        & (numbers["value"] > 100)
        & ~numbers["qualifier"].isin(_UPPER_BOUNDS)
    ]
    for percent in percents.itertuples(index=False):
        base = percent.base
        if schema.is_missing(base) or not _GROUP_BASE.search(str(base)):
            continue
        if any(
            paragraph == percent.paragraph and start <= percent.start and percent.end <= end
            for paragraph, start, end in part_spans
        ):
            continue  # checked as the part of its tally
        stated = _qualified(_percent_text(percent.value, percent.decimals), percent.qualifier)
        rows.append(
            {
                **_share_bound_row(percent, float(percent.value), percent.decimals),
                "description": f"{stated} per cent of {base} is at most 100",
                "explanation": f"A share of {base} cannot be more than 100 per cent; the text "
                f"states {stated} per cent {_MISPRINT}",
                "context": percent.context,
            }
        )
    return rows


_MISPRINT = "(a misprint, or a figure that is no share of that whole)."


def _share_bound_row(row: Any, value: float, decimals: Any) -> dict[str, Any]:
    """The columns of a share-bound check that do not depend on what the share is of."""
    return {
        "kind": "share_bound",
        "stated": _percent_text(value, decimals),
        "decimals": None if schema.is_missing(decimals) else int(decimals),
        "computed": value,
        "window_low": 0.0,
        "window_high": 100.0,
        "verdict": "inconsistent",
        "paragraph": row.paragraph,
        "start": row.start,
        "end": row.end,
        "raw": row.raw,
    }


def breakdown_checks(tallies: pd.DataFrame) -> list[dict[str, Any]]:
    """Percentages that split one whole should add up to 100 within their rounding.

    A single share ("Of the 4.1 million displaced persons, 47 per cent were women")
    splits nothing: its sum says nothing about the breakdown, so it has no row (a share
    over 100 is caught by :func:`share_bound_checks`). The shares of a survey's
    answers may add up to more than 100 where each respondent could give several ("cost
    (48%), distance (35%) and lack of transport (29%)"): over 100, a survey is undecidable.
    """
    rows = []
    breakdowns = tallies[(tallies["unit"] == "percent") & tallies["percent"].notna()]
    for tally_id, tally in breakdowns.groupby("tally", sort=True):
        parts = [float(value) for value in tally["percent"]]
        if len(parts) < 2:
            continue
        # each stated part may be off by half a unit of its last digit
        decimals = [0 if schema.is_missing(d) else int(d) for d in tally["decimals"]]
        slack = sum(0.5 * 10.0**-d for d in decimals)
        total = sum(parts)
        consistent = 100 - slack <= total <= 100 + slack
        if consistent:
            verdict, detail = "consistent", "within rounding of 100."
        elif tally["qualifier"].notna().any():
            verdict, detail = "undecidable", "not 100, but some parts are stated as approximate."
        elif total > 100 + slack and tally["kind"].iloc[0] == "survey":
            verdict, detail = (
                "undecidable",
                "more than 100, but respondents may have given more than one answer.",
            )
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
    """The parts of a tally against the total the text states for it.

    The sum must equal an exact total; it may fall short of it when other categories
    go unstated, unless a category is "the remaining N" (the parts then cover the
    whole). A total stated as "about 200" is consistent only with a sum of 200 and
    undecidable otherwise; "more than 40" and "at least 40" are lower bounds, "fewer
    than 40" and "at most 40" upper bounds. A part that is itself approximate ("some
    40"), or unreadable, makes a mismatch undecidable: the text is never read as more
    exact than it is.

    One part of a stated whole ("Of the 54 African States, 23 are landlocked") adds up to
    nothing the text claims; :func:`part_of_whole_checks` checks it against the whole.
    """
    rows = []
    counted = tallies[(tallies["unit"] == "count") & tallies["total"].notna()]
    for tally_id, tally in counted.groupby("tally", sort=True):
        if len(tally) < 2 and not tally["remaining"].fillna(False).any():
            continue
        total = int(tally["total"].iloc[0])
        found = int(tally["count"].dropna().astype("int64").sum())
        verdict, detail = _sum_verdict(tally, found, total)
        rows.append(
            {
                "kind": "tally_total",
                "description": f"parts of tally {tally_id} vs its stated total {total}",
                "stated": _qualified(str(total), tally["total_qualifier"].iloc[0]),
                "numerator": found,
                "denominator": total,
                "computed": float(found),
                "verdict": verdict,
                "explanation": f"The parts add up to {found}; {detail}",
                **tally_provenance(tally),
            }
        )
    return rows


def _sum_verdict(tally: pd.DataFrame, found: int, total: int) -> tuple[str, str]:
    """Verdict and reason for parts adding up to ``found`` against a stated ``total``."""
    qualifier = tally["total_qualifier"].iloc[0]
    qualifier = None if schema.is_missing(qualifier) else str(qualifier)
    exhaustive = bool(tally["remaining"].fillna(False).any())
    unreadable = bool(tally["unreadable"].fillna(False).any())
    approximate_parts = bool(tally["qualifier"].notna().any())
    if unreadable:
        return "undecidable", "a count could not be read, so the sum is not known."
    bounds = {
        "more_than": (found > total, "the total is stated as a lower bound"),
        "at_least": (found >= total, "the total is stated as a lower bound"),
        "less_than": (found < total, "the total is stated as an upper bound"),
        "at_most": (found <= total, "the total is stated as an upper bound"),
    }
    if qualifier in bounds:
        holds, what = bounds[qualifier]
        if holds:
            return "consistent", f"{what} ({_qualified(str(total), qualifier)}), which it meets."
        if qualifier in ("less_than", "at_most") and not approximate_parts:
            return "inconsistent", f"{what} ({_qualified(str(total), qualifier)}): exceeded."
        return "undecidable", f"{what} ({_qualified(str(total), qualifier)}), unstated parts?"
    if found == total:
        return "consistent", "exactly the stated total."
    if qualifier == "approximately":
        return "undecidable", f"the total is stated as about {total}, not exactly."
    if approximate_parts:
        return "undecidable", (
            f"{abs(found - total)} {'more' if found > total else 'fewer'} than the stated "
            f"total {total}, but some parts are stated as approximate."
        )
    if found > total:
        return "inconsistent", f"{found - total} more than the stated total {total}."
    if exhaustive:
        return "inconsistent", (
            f"{total - found} fewer than the stated total {total}, although a category is "
            "'the remaining' ones: the parts should cover it."
        )
    return "undecidable", f"{total - found} fewer than the stated total {total} (unstated "
    "categories?)."


def part_of_whole_checks(
    tallies: pd.DataFrame, members: Any, *, checked_paragraphs: frozenset[int] = frozenset()
) -> list[dict[str, Any]]:
    """Each part of a tally against its whole.

    A part never exceeds the total stated for it ("Nine of the 15 members"), and the
    respondents of a survey of States never exceed the membership of the General
    Assembly (``members``) on the date, unless a percentage of the membership in the same
    paragraph (``checked_paragraphs``) already checks them more closely.
    """
    rows = []
    counted = tallies[(tallies["unit"] == "count") & tallies["count"].notna()]
    for tally_id, tally in counted.groupby("tally", sort=True):
        counts = tally["count"].astype("int64")
        largest = int(counts.max())
        total = tally["total"].iloc[0]
        if not schema.is_missing(total):
            total = int(total)
            qualifier = tally["total_qualifier"].iloc[0]
            holds = largest <= total
            # "more than 50 countries", "about 50": a larger part contradicts nothing
            loose = not holds and qualifier in ("more_than", "at_least", "approximately")
            verdict = "consistent" if holds else "undecidable" if loose else "inconsistent"
            rows.append(
                {
                    "kind": "part_of_whole",
                    "description": f"every part of tally {tally_id} vs its whole {total}",
                    "stated": _qualified(str(total), qualifier),
                    "numerator": largest,
                    "denominator": total,
                    "computed": float(largest),
                    "verdict": verdict,
                    "explanation": f"The largest part, {largest}, is "
                    f"{'at most' if holds else 'more than'} the whole of "
                    f"{_qualified(str(total), qualifier)}"
                    f"{', which is not stated exactly' if loose else ''}.",
                    **tally_provenance(tally),
                }
            )
        subject = tally["subject"].dropna()
        if (
            tally["kind"].iloc[0] == "survey"
            and len(subject)
            and STATE_SUBJECT.match(str(subject.iloc[0]))
            and not schema.is_missing(members)
            and int(tally["paragraph"].iloc[0]) not in checked_paragraphs
        ):
            respondents = count_respondents(tally)
            holds = respondents <= int(members)
            rows.append(
                {
                    "kind": "part_of_whole",
                    "description": f"respondents of tally {tally_id} vs the membership",
                    "stated": str(respondents),
                    "numerator": respondents,
                    "denominator": int(members),
                    "computed": 100 * respondents / int(members),
                    "verdict": "consistent" if holds else "inconsistent",
                    "explanation": f"{respondents} {subject.iloc[0]} answered, "
                    f"{'no more than' if holds else 'more than'} the {int(members)} Member "
                    f"States on the date ({100 * respondents / int(members):.1f} per cent).",
                    **tally_provenance(tally),
                }
            )
    return rows


def percent_of_counts_checks(tallies: pd.DataFrame) -> list[dict[str, Any]]:
    """A percentage against the counts it describes in the same tally.

    A share printed beside a count ("Twenty-six of the countries surveyed (62 per cent)
    ..., while the remaining sixteen") is checked against the count over the whole: the
    stated total, or the sum of the parts when one of them is "the remaining" ones (26 /
    42 = 61.9 per cent: consistent). A percentage of a breakdown whose whole is counted
    ("Of the 78 respondents, 60.3 per cent") must be some whole number of that whole.
    A share with neither a count beside it nor a whole ("women 24 per cent") states no
    relation and has no row.
    The rounding window is :func:`surveystats.stats.percentage_consistency`'s
    "up_or_down" on the decimals as printed.
    """
    rows = []
    stated_percent = tallies[tallies["percent"].notna()]
    for tally_id, tally in stated_percent.groupby("tally", sort=True):
        whole_rows = tallies[tallies["tally"] == tally_id]
        total = whole_rows["total"].iloc[0]
        counts = whole_rows["count"]
        if not schema.is_missing(total):
            denominator: int | None = int(total)
            basis = f"the stated total {int(total)}"
        elif whole_rows["remaining"].fillna(False).any() and counts.notna().all():
            denominator = int(counts.sum())
            basis = f"the parts, which cover the whole ({denominator})"
        else:
            denominator = None
            basis = ""
        for row in tally.itertuples(index=False):
            stated = _percent_text(row.percent, row.decimals)
            provenance = {
                "kind": "percent_of_counts",
                "stated": stated,
                "decimals": None if schema.is_missing(row.decimals) else int(row.decimals),
                "rounding": DEFAULT_ROUNDING,
                "paragraph": row.paragraph,
                "start": row.start,
                "end": row.end,
                "raw": row.raw,
                "context": row.raw,
            }
            label = row.category if not schema.is_missing(row.category) else "a part"
            if (denominator is None or denominator == 0) and schema.is_missing(row.count):
                continue  # a share alone, with no count and no whole: no relation stated
            if denominator is None or denominator == 0:
                rows.append(
                    {
                        **provenance,
                        "description": f"{stated} per cent ({label}) vs its counts",
                        "verdict": "undecidable",
                        "explanation": f"{stated} per cent of {label}: the text states no "
                        "whole to divide by.",
                    }
                )
                continue
            rows.append(
                {
                    **provenance,
                    **_percent_of_counts_row(row, stated, denominator, basis, label),
                }
            )
    return rows


def _percent_of_counts_row(
    row: Any, stated: str, denominator: int, basis: str, label: str
) -> dict[str, Any]:
    qualifier = None if schema.is_missing(row.qualifier) else str(row.qualifier)
    description = f"{stated} per cent ({label}) vs {basis}"
    if not schema.is_missing(row.count):  # a share printed beside a count
        numerator = int(row.count)
        if numerator > denominator:
            return {
                "description": description,
                "numerator": numerator,
                "denominator": denominator,
                "verdict": "inconsistent",
                "explanation": f"The count {numerator} exceeds {basis}.",
            }
        check = stats.percentage_consistency(
            stated, numerator, denominator, rounding=DEFAULT_ROUNDING
        )
        consistent = bool(check["consistent"].iloc[0])
        computed = float(check["computed"].iloc[0])
        window = f"[{check['low'].iloc[0]:g}, {check['high'].iloc[0]:g}]"
        verdict = _qualified_verdict(consistent, qualifier, computed, float(stated))
        return {
            "description": description,
            "numerator": numerator,
            "denominator": denominator,
            "computed": computed,
            "window_low": float(check["low"].iloc[0]),
            "window_high": float(check["high"].iloc[0]),
            "verdict": verdict,
            "explanation": f"{numerator} of {denominator} is {computed:.2f} per cent, "
            f"{'within' if consistent else 'outside'} the window {window} that "
            f'"{_qualified(stated, qualifier)} per cent" allows.',
        }
    if denominator > _LISTED_WHOLES * 10 ** len(stated.partition(".")[2]):
        # "nearly 20 per cent of 840 million": millions of counts round to the share, too
        # many to list; the one nearest to it is checked, and it fits wherever any does
        nearest = round(Fraction(stated) * denominator / 100)
        check = stats.percentage_consistency(
            stated, nearest, denominator, rounding=DEFAULT_ROUNDING
        )
        if bool(check["consistent"].iloc[0]):
            return {
                "description": description,
                "denominator": denominator,
                "verdict": "consistent",
                "explanation": f'"{_qualified(stated, qualifier)} per cent" of {denominator} '
                f"is about {nearest} of them.",
            }
    implied = stats.implied_numerators(stated, denominator, rounding=DEFAULT_ROUNDING)
    verdict = "consistent" if implied else "inconsistent"
    if not implied and qualifier is not None:
        verdict = "undecidable"
    return {
        "description": description,
        "denominator": denominator,
        "verdict": verdict,
        "explanation": f'"{_qualified(stated, qualifier)} per cent" of {denominator} is '
        + (
            f"{_span(implied)} of them."
            if implied
            else "no whole number of them: no count over that whole rounds to it."
        ),
    }


def _qualified_verdict(
    consistent: bool, qualifier: str | None, computed: float, stated: float
) -> str:
    """The verdict of a rounding check on a qualified figure ("more than 40 per cent").

    An exact figure is consistent inside its window and inconsistent outside. "about"
    widens it: outside is undecidable. A bound holds or fails on its side only.
    """
    if qualifier is None:
        return "consistent" if consistent else "inconsistent"
    if qualifier == "approximately":
        return "consistent" if consistent else "undecidable"
    holds = {
        "more_than": computed > stated,
        "at_least": computed >= stated or consistent,
        "less_than": computed < stated,
        "at_most": computed <= stated or consistent,
    }[qualifier]
    return "consistent" if holds else "inconsistent"


def _percent_text(percent: Any, decimals: Any) -> str:
    """The percentage as printed, from its value and decimals (62.0, 0 -> "62")."""
    places = 0 if schema.is_missing(decimals) else int(decimals)
    return f"{float(percent):.{places}f}"


_QUALIFIER_WORDS = {
    "approximately": "about",
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "fewer than",
    "at_most": "at most",
}


def _qualified(figure: str, qualifier: Any) -> str:
    """A figure with its qualifier in words ("about 200")."""
    if schema.is_missing(qualifier):
        return figure
    return f"{_QUALIFIER_WORDS[str(qualifier)]} {figure}"


def unreadable_tallies(tallies: pd.DataFrame) -> set[int]:
    """Ids of the tallies with a count that is garbled and was not read ("by ?4 votes")."""
    return {int(t) for t in tallies.loc[tallies["unreadable"].fillna(False).astype(bool), "tally"]}


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
