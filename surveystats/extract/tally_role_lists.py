"""Names listed under the roles of a vote, given to the vote whose counts they match.

Official records of a vote taken by roll-call list the members under each role and state
the counts in a sentence of their own, before or after the lists::

    In favour: Chile, Cuba, Peru. Against: Poland. Abstaining: Egypt, India.
    The draft resolution was adopted by 3 votes to 1, with 2 abstentions.

The lists are a structure, not a phrase: a run of role labels each followed by a colon
and names. They name the members of a vote only where every list has exactly as many
names as that vote counts for its role; the counts themselves are never read from the
lists, so a list that does not add up changes nothing. One pure function over one
paragraph string; every repetition in the patterns is bounded, so the time is linear.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import Tally, split_members

__all__ = ["attach_listed_members", "is_role_list"]

# The label of each role as a roll-call record writes it before its colon.
_ROLE_LABELS = {
    "in favour": r"in\s{1,3}favou?r|for",
    "against": r"against",
    "abstentions": r"abstaining|abstentions?|abstained",
    "absent": r"absent",
    "not participating": r"not\s{1,3}participating|not\s{1,3}voting|did\s{1,3}not\s{1,3}vote",
}
_LABEL_GROUPS = {category: f"role{index}" for index, category in enumerate(_ROLE_LABELS)}

# One list: a label at the start of the text or after a sentence or item end, its colon,
# then the names up to a semicolon, a full stop before a capital or the end, a line end,
# or the next label. A name may hold full stops ("U.S.S.R.") and one pair of parentheses
# ("Micronesia (Federated States of)"); a digit ends the list (a count, not a name).
_ROLE_LIST = re.compile(
    r"(?:^|(?<=[.;:,])\s{1,3}|(?<=\n))[ \t]{0,3}"
    r"(?:"
    + "|".join(f"(?P<{_LABEL_GROUPS[c]}>{label})" for c, label in _ROLE_LABELS.items())
    + r")[ \t]{0,3}:[ \t]{0,3}"
    r"(?P<names>(?:the\s{1,3})?(?-i:[A-Z])(?:[^\d;:()\n.]|\.(?!\s{1,3}(?-i:[A-Z])|\s{0,3}$)"
    r"|\([^\d;:()\n]{1,40}\)){0,2500}?)"
    r"\s{0,3}(?:;|\.(?=\s{1,3}(?-i:[A-Z])|\s{0,3}$)|(?=\n)|$"
    r"|(?=,?\s{1,3}(?:in\s{1,3}favou?r|against|abstaining)\s{0,3}:))",
    re.IGNORECASE,
)
# A list that names no one: "Against: None."
_NONE = re.compile(r"(?:the\s{1,3})?(?:none|nil)", re.IGNORECASE)
# A word that makes a listed name prose: a lower-case word other than a particle of a
# name ("of", "and", "the", "d'Ivoire"), or a lower-case start.
_NOT_A_NAME = re.compile(r"^[^A-Z]|(?<![\w'’])(?!(?:of|and|the|de|da|du|des|del)\b|d['’])[a-z]")
# Where a role label with its colon may stand: checked before the full pattern runs.
_LABEL_COLON = re.compile(r"(?:favou?r|against|abstaining|abstentions?|abstained)\s{0,3}:", re.I)
# What may stand between two lists of one run: blanks and a comma.
_BETWEEN_LISTS = re.compile(r"[\s,]{0,6}")
# How far a vote may stand from its run of lists (the words between them).
_VOTE_REACH = 400


# How a paragraph that is one role list opens: its label and colon.
_LIST_OPENING = re.compile(
    r"[ \t]{0,3}(?:in\s{1,3}favou?r|against|abstaining|abstentions?|abstained|absent"
    r"|not\s{1,3}participating)[ \t]{0,3}:",
    re.IGNORECASE,
)


def is_role_list(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` is nothing but one role and the names listed under it.

    A record may print each role of a roll-call as a paragraph of its own, blank lines
    between; :func:`surveystats.extract.tallies.extract_tallies` joins such paragraphs
    and the statement of the vote next to them, so that the names meet the counts. The
    label is looked for in place first: most paragraphs are copied out for nothing else.

    Examples
    --------
    >>> is_role_list("Against: Poland, Ukrainian S.S.R."), is_role_list("Against: 6")
    (True, False)
    """
    end = len(text) if end is None else end
    if _LIST_OPENING.match(text, start, end) is None:
        return False
    paragraph = text[start:end]
    match = _ROLE_LIST.match(paragraph)
    return (
        match is not None
        and not paragraph[match.end() :].strip()
        and _listed_names(match["names"]) is not None
    )


def _listed_names(raw: str) -> list[str] | None:
    """The names of one list, none for "None", or None if ``raw`` is prose, not names.

    Each name opens on a capital and its other lower-case words are particles ("United
    Kingdom of Great Britain and Northern Ireland", "Côte d'Ivoire"): "Against: The idea
    was dropped." names no one.

    >>> _listed_names("Iceland, Saint Vincent and the Grenadines"), _listed_names("None")
    (['Iceland', 'Saint Vincent and the Grenadines'], [])
    >>> _listed_names("The idea was dropped") is None
    True
    """
    if _NONE.fullmatch(raw) is not None:
        return []
    names, _ = split_members(raw)
    if not names or any(_NOT_A_NAME.search(name) for name in names):
        return None
    return names


def _runs(text: str) -> list[tuple[int, int, dict[str, list[str]]]]:
    """The runs of role lists in ``text``: (start, end, category -> names), each role once."""
    runs: list[tuple[int, int, dict[str, list[str]]]] = []
    for match in _ROLE_LIST.finditer(text):
        category = next(c for c, group in _LABEL_GROUPS.items() if match[group])
        names = _listed_names(match["names"])
        if names is None:
            continue
        start = match.start(next(g for g in _LABEL_GROUPS.values() if match[g]))
        if runs and _BETWEEN_LISTS.fullmatch(text[runs[-1][1] : start]) is not None:
            if category in runs[-1][2]:
                runs.append((start, match.end(), {category: names}))  # a new vote's lists
            else:
                runs[-1][2][category] = names
                runs[-1] = (runs[-1][0], match.end(), runs[-1][2])
            continue
        runs.append((start, match.end(), {category: names}))
    return runs


def _matches(tally: Tally, lists: dict[str, list[str]]) -> bool:
    """Whether every list names as many members as ``tally`` counts for its role."""
    counts = {part.category: part for part in tally.parts}
    return all(
        (part := counts.get(category)) is not None and part.count == len(names) and not part.members
        for category, names in lists.items()
    )


def attach_listed_members(text: str, tallies: list[Tally]) -> None:
    """Give the names listed under each role to the nearest vote whose counts they match.

    Parameters
    ----------
    text
        One paragraph string.
    tallies
        The tallies found in ``text``; a vote among them takes the names as the members
        of its parts, in place, where each list of the run has as many names as the
        vote's part of that role and the part names no members yet. Its span then
        reaches over the lists, unless another tally stands between them.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "In favour: Chile, Peru. Against: Poland. It was adopted by 2 votes to 1."
    >>> vote = Tally("vote", 52, 71, [Part("in favour", 2, 52, 61), Part("against", 1, 62, 71)])
    >>> attach_listed_members(text, [vote])
    >>> [part.members for part in vote.parts]
    [['Chile', 'Peru'], ['Poland']]
    """
    if ":" not in text or _LABEL_COLON.search(text) is None:
        return  # the literal first: a case-blind pattern is tried at every character
    votes = [tally for tally in tallies if tally.kind == "vote" and tally.parts]
    for start, end, lists in _runs(text):
        near = [
            vote
            for vote in votes
            if (vote.end <= start and start - vote.end <= _VOTE_REACH)
            or (vote.start >= end and vote.start - end <= _VOTE_REACH)
        ]
        near.sort(key=lambda vote: min(abs(start - vote.end), abs(vote.start - end)))
        chosen = next((vote for vote in near if _matches(vote, lists)), None)
        if chosen is None:
            continue
        for part in chosen.parts:
            if part.category in lists:
                part.members = lists[part.category]
        # The vote's span reaches over its lists where no other tally stands between.
        low, high = min(start, chosen.start), max(end, chosen.end)
        if not any(t is not chosen and t.start < high and t.end > low for t in tallies):
            chosen.start, chosen.end = low, high
