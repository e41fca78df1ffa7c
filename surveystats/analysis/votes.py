"""Votes of a body: counts by role, and whether they fit the body's size on the date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from surveystats import schema

__all__ = ["SECURITY_COUNCIL", "VOTE_ROLES", "vote_size_checks", "votes_table"]

SECURITY_COUNCIL = "Security Council"
#: The roles counted in the votes table, one column each.
VOTE_ROLES = schema.VOTE_ROLES


def votes_table(
    tallies: pd.DataFrame, body: str, body_size: Any, date: dt.date | None
) -> pd.DataFrame:
    """One row per vote tally: its counts by role, the body and its size on the date.

    Parameters
    ----------
    tallies
        The table of :func:`~surveystats.extract.extract_tallies`.
    body
        The body that voted.
    body_size
        Its members on ``date`` (missing when unknown).
    date
        The date of the vote.

    Returns
    -------
    pandas.DataFrame
        The ``votes`` table declared in :mod:`surveystats.schema`.
    """
    columns: dict[str, list[Any]] = {name: [] for name in schema.VOTES.names}
    for tally_id, tally in tallies[tallies["kind"] == "vote"].groupby("tally", sort=True):
        counts: dict[str, int] = {}
        for role, count in zip(tally["role"], tally["count"], strict=True):
            if role in VOTE_ROLES and not schema.is_missing(count):
                counts[role] = counts.get(role, 0) + int(count)
        outcome = tally["outcome"].dropna()
        own = tally[~tally["from_footnote"].fillna(False).astype(bool)]
        own = own if len(own) else tally
        row = {
            "tally": tally_id,
            **{role: counts.get(role) for role in VOTE_ROLES},
            "outcome": outcome.iloc[0] if len(outcome) else None,
            "body": body,
            "body_size": body_size,
            "date": date,
            "paragraph": own["paragraph"].iloc[0],
            "start": own["start"].iloc[0],
            "end": own["end"].iloc[0],
            "raw": own["raw"].iloc[0],
        }
        for name, value in row.items():
            columns[name].append(value)
    return schema.build_table("votes", columns)


def vote_size_checks(
    votes: pd.DataFrame, *, unreadable: set[int] | frozenset[int] = frozenset()
) -> list[dict[str, Any]]:
    """Check rows: the members a vote accounts for against the size of the body.

    A vote with a count that could not be read (the tallies in ``unreadable``) cannot be
    checked: its row is undecidable and says why; a garbled count is never guessed.
    """
    rows = []
    for vote in votes.itertuples(index=False):
        garbled = int(vote.tally) in unreadable
        if schema.is_missing(vote.in_favour) and not garbled:
            continue  # an outcome without counts ("adopted unanimously")
        counted = sum(
            0 if schema.is_missing(getattr(vote, role)) else int(getattr(vote, role))
            for role in VOTE_ROLES
        )
        size = vote.body_size
        if garbled:
            verdict = "undecidable"
            explanation = (
                f"A count of this vote is garbled and was not read; the {counted} votes "
                "that were read cannot be checked against the size of the body."
            )
        elif schema.is_missing(size):
            verdict = "undecidable"
            explanation = f"{counted} members are accounted for; the body's size is unknown."
        elif vote.body == SECURITY_COUNCIL:
            if counted == size:
                verdict = "consistent"
                explanation = f"{counted} of {size} members are accounted for."
            elif counted > size:
                verdict = "inconsistent"
                explanation = f"{counted} votes exceed the {size} members of the Council."
            else:
                verdict = "undecidable"
                explanation = (
                    f"{counted} of {size} members are accounted for; the text does not say "
                    f"what the other {size - counted} did."
                )
        else:
            consistent = counted <= size
            verdict = "consistent" if consistent else "inconsistent"
            explanation = (
                f"{counted} members voted or abstained, "
                f"{'no more than' if consistent else 'more than'} the {size} members."
            )
        rows.append(
            {
                "kind": "vote_size",
                "description": f"vote {vote.tally} vs the size of the {vote.body}",
                "stated": str(counted),
                "numerator": counted,
                "denominator": size,
                "computed": float(counted),
                "verdict": verdict,
                "explanation": explanation,
                "paragraph": vote.paragraph,
                "start": vote.start,
                "end": vote.end,
                "raw": vote.raw,
                "context": vote.raw,
            }
        )
    return rows
