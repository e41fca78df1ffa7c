"""What a category of a tally does: the one mapping from a label to a role.

A vote's categories are written many ways ("abstentions", "with 3 abstaining", "did not
participate in the voting", "present and not voting", "noes"); analysis, charts and
reports need to know only which of six roles each one plays. The mapping is here, once,
and extraction writes its result into the ``role`` column of the tallies table.
"""

from __future__ import annotations

import re

from surveystats.schema import ROLES

__all__ = ["ROLES", "role_of"]

# Tried in order: the first that matches decides ("not in favour" is against, "did not
# participate" is not abstaining, "partially in favour" is none of the vote roles; "as
# opposed to" compares and takes no side).
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "not_participating",
        re.compile(
            r"not\s+(?:take\s+part|participat|vot)|non-?participat|did\s+not\s+vote"
            r"|present\s+and\s+not\s+voting",
            re.I,
        ),
    ),
    ("abstaining", re.compile(r"abstain|abstention", re.I)),
    ("absent", re.compile(r"\babsen(?:t|ce)\b", re.I)),
    ("other", re.compile(r"\b(?:partial(?:ly)?|partly|conditional(?:ly)?|undecided)\b", re.I)),
    # a party named for its place in a parliament, no side of a vote: "the Sudan People's
    # National Front/Army in Opposition", "the Alliance in Opposition" (a capital after
    # a capitalized word; "the members in opposition" stays against)
    ("other", re.compile(r"\b[A-Z][\w’'/.-]*\)?\s+in\s+Opposition\b")),
    (
        "against",
        re.compile(
            r"against|(?<!\bas\s)\bopposed?\b|\bopposing\b|\bin\s+opposition\b|\bnoes\b|\bnays?\b|^no$|not\s+in\s+favou?r"
            r"|\bvot(?:ed|ing)\s+no\b|\bin\s+the\s+negative\b|\bnegative\s+votes?\b"
            r"|\bvot(?:ed|ing)\s+to\s+(?:reject|oppose)\b",
            re.I,
        ),
    ),
    (
        "in_favour",
        re.compile(
            r"\bin\s+favou?r\b|^favou?r|^for$|\byes\b|\bayes\b|\bvot(?:ed|ing|es?)\s+for\b"
            r"|\bin\s+the\s+affirmative\b|\baffirmative\s+votes?\b"
            r"|\bvot(?:ed|ing)\s+to\s+(?:accept|approve|endorse|adopt|support|ratify|back)\b",
            re.I,
        ),
    ),
)


def role_of(category: str | None) -> str | None:
    """The role of a tally category: one of :data:`ROLES`, or None when there is no label.

    Parameters
    ----------
    category
        The category's label as extraction writes it.

    Returns
    -------
    str or None
        ``in_favour``, ``against``, ``abstaining``, ``not_participating``, ``absent`` or
        ``other`` (any label that plays none of the vote roles: "partially in favour",
        "Africa", "no reply"); None for a missing label.

    Examples
    --------
    >>> [role_of(label) for label in ("in favour", "against", "abstentions",
    ...  "did not participate in the voting", "absent", "partially in favour", "Africa")]
    ['in_favour', 'against', 'abstaining', 'not_participating', 'absent', 'other', 'other']
    >>> role_of("not in favour"), role_of("having voted for it"), role_of(None)
    ('against', 'in_favour', None)
    >>> role_of("voted no"), role_of("in the negative"), role_of("in the affirmative")
    ('against', 'against', 'in_favour')
    >>> role_of("the National Front/Army in Opposition"), role_of("members in opposition")
    ('other', 'against')
    """
    if category is None or category != category:  # None or NaN
        return None
    label = str(category).strip()
    for role, pattern in _RULES:
        if pattern.search(label):
            return role
    return "other"
