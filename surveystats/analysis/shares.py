"""Shares of survey tallies: each category's share, intervals and bounds.

One row per category of each tally counted in units (votes excluded): the share of the
respondents, its Wilson interval, Goodman's simultaneous intervals over the tally's
categories and, when the counted subjects are the members of a body, the exact
finite-population interval and the worst-case bounds whatever the non-respondents think.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from surveystats import schema, stats
from surveystats.extract.tally_surveys import REPLY_CATEGORY

__all__ = ["STATE_SUBJECT", "count_respondents", "survey_shares"]

# Subjects whose population is the membership of the body (not "States parties",
# "experts", "non-governmental organizations", ...).
STATE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:respondents?|governments?|member\s+states?|states?|countries|"
    r"members?|replies|responses|delegations?)$",
    re.I,
)


def _counted_tallies(tallies: pd.DataFrame) -> pd.DataFrame:
    """Categories of tallies counted in units, with a count (votes have their own table)."""
    counted = tallies[(tallies["unit"] == "count") & tallies["count"].notna()]
    return counted[counted["kind"] != "vote"]


def count_respondents(tally: pd.DataFrame) -> int:
    """How many answered a survey tally (its rows with a count).

    The parts' sum, or the stated total when larger ("Ninety-one Governments answered,
    of which sixty ..."); but when every part counts those who replied ("replied",
    "completed the questionnaire"), the total is the whole that was asked ("Of the 180
    States invited ..., 97 did so") and the respondents are the parts.
    """
    counted = int(tally["count"].astype("int64").sum())
    total = tally["total"].dropna()
    categories = tally["category"].dropna().astype(str)
    replied = len(categories) > 0 and all(REPLY_CATEGORY.match(c) for c in categories)
    if replied or not len(total):
        return counted
    return max(counted, int(total.iloc[0]))


def survey_shares(tallies: pd.DataFrame, members: Any, confidence: float) -> pd.DataFrame:
    """Shares and intervals of every survey tally's categories.

    Parameters
    ----------
    tallies
        The table of :func:`~surveystats.extract.extract_tallies`.
    members
        Members of the body on the analysis date (missing when unknown).
    confidence
        Confidence level of every interval.

    Returns
    -------
    pandas.DataFrame
        The ``shares`` table declared in :mod:`surveystats.schema`.
    """
    frames = []
    for _, tally in _counted_tallies(tallies).groupby("tally", sort=True):
        counts = tally["count"].astype("int64").to_numpy()
        respondents = count_respondents(tally)
        if respondents == 0:
            continue
        frame = tally[["tally", "kind", "subject", "category", "role", "count"]].copy()
        frame["respondents"] = respondents
        wilson = stats.proportion_ci(counts, respondents, confidence=confidence)
        frame["share"] = wilson["estimate"].to_numpy()
        frame["ci_low"] = wilson["ci_low"].to_numpy()
        frame["ci_high"] = wilson["ci_high"].to_numpy()
        all_counts = list(counts)
        if respondents > counts.sum():  # the unstated remainder is a category too
            all_counts.append(respondents - int(counts.sum()))
        if len(all_counts) >= 2:
            goodman = stats.multinomial_ci(all_counts, confidence=confidence)
            frame["simultaneous_low"] = goodman["ci_low"].to_numpy()[: len(counts)]
            frame["simultaneous_high"] = goodman["ci_high"].to_numpy()[: len(counts)]
        subject = tally["subject"].dropna()
        counts_states = bool(len(subject)) and bool(STATE_SUBJECT.match(str(subject.iloc[0])))
        if counts_states and not schema.is_missing(members) and respondents <= int(members):
            population = int(members)
            frame["population"] = population
            exact = stats.finite_population_ci(
                counts, respondents, population, confidence=confidence
            )
            frame["population_count_low"] = exact["count_low"].to_numpy()
            frame["population_count_high"] = exact["count_high"].to_numpy()
            frame["population_ci_low"] = exact["ci_low"].to_numpy()
            frame["population_ci_high"] = exact["ci_high"].to_numpy()
            bounds = stats.nonresponse_bounds(counts, respondents, population)
            frame["bound_low"] = bounds["low"].to_numpy()
            frame["bound_high"] = bounds["high"].to_numpy()
        frame["confidence"] = confidence
        for column in ("paragraph", "start", "end", "raw"):
            frame[column] = tally[column].to_numpy()
        frames.append(frame)
    if not frames:
        return schema.empty_table("shares")
    return schema.from_frame(pd.concat(frames, ignore_index=True), "shares")
