"""One figure given to each of several categories: "one each in Europe and Africa".

"Of the seventeen Territories, nine lie in the Caribbean, six in the Pacific and one each
in Europe and Africa" states two parts with one figure: the last item's label lists two
places and "each" gives the figure to both. The readers take such an item as one part
labelled "each in Europe and Africa", and the parts then fall short of their whole (9 +
6 + 1 = 16 of 17). :func:`share_out_each` splits such a part into one part per listed
name, but only where the split makes the parts add up exactly to the stated whole (or,
for shares, to 100 within rounding) and they did not before: the arithmetic, not the
word alone, decides. "Two each" with no stated whole is left as it is.

The label is read with one bounded pattern per part, so the time is linear.
"""

from __future__ import annotations

import dataclasses
import re

from surveystats.extract.tally_parts import Part, Tally

__all__ = ["share_out_each"]

# A name of the list: capitalised words, "of" or "de" inside ("Latin America",
# "Islamic Republic of Iran"); "the" before it is left out.
_NAME = r"(?:the\s)?[A-Z][\w'’-]{0,30}(?:\s(?:of\s|de\s)?[A-Z][\w'’-]{0,30}){0,5}"
# What follows a part's figure that gives it to each name: " each in Europe and Africa",
# " each to Chile, Peru and Uruguay", " apiece from A and B".
_EACH_AFTER = re.compile(
    rf"""\s{{1,3}}(?:each|apiece)\s
        (?P<preposition>in|to|from|for|at|on|by|with)\s
        (?P<names>{_NAME}(?:,\s{_NAME}){{0,6}},?\sand\s{_NAME})""",
    re.VERBOSE,
)
# The most words a part's figure takes before "each": "some 15 per cent each".
_FIGURE_WORDS = 4
_NAME_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s")
_SUMS_TO_100 = (99, 101)
_REACH = 300  # characters after a part's span that its list of names may take


def _names(listed: str) -> list[str]:
    """The names of a list, without a leading article ("the Pacific" -> "Pacific")."""
    return [name.removeprefix("the ") for name in _NAME_SEPARATOR.split(listed)]


def _sum(parts: list[Part], unit: str) -> float:
    if unit == "count":
        return sum(part.count or 0 for part in parts)
    return sum(part.percent or 0 for part in parts)


def _adds_up(parts: list[Part], tally: Tally) -> bool:
    """Whether the parts make the tally's whole: its total, or 100 for shares."""
    if tally.unit == "count":
        return tally.total is not None and _sum(parts, "count") == tally.total
    low, high = _SUMS_TO_100
    return low <= _sum(parts, "percent") <= high


def _shared_out(text: str, part: Part, others: list[Part]) -> list[Part] | None:
    """One part per name that the words after the part's figure give it to, or ``None``.

    Each name keeps the preposition where another part's label opens with it ("in the
    Pacific" beside "in Europe"), and is the name alone where the readers dropped it.
    """
    if (part.count is None and part.percent is None) or part.remaining:
        return None
    match = _EACH_AFTER.search(text, part.start, part.end + _REACH)
    if match is None or match.start() >= part.end:
        return None
    figure = text[part.start : match.start()]
    if "," in figure or len(figure.split()) > _FIGURE_WORDS:
        return None  # "each" follows another word than the part's figure
    lead = f"{match['preposition']} "
    if not any((other.category or "").startswith(lead) for other in others):
        lead = ""
    return [
        dataclasses.replace(part, category=f"{lead}{name}", members=list(part.members))
        for name in _names(match["names"])
    ]


def share_out_each(text: str, tallies: list[Tally]) -> None:
    """Give the figure of a part written "one each in A and B" to each listed name.

    Parameters
    ----------
    text
        The paragraph the tallies were read from.
    tallies
        Its tallies; changed in place.

    Notes
    -----
    A part is split only where the tally's parts fall short of its stated whole (or of
    100 per cent) and the split parts make it exactly.

    Examples
    --------
    >>> text = "Of the 9 posts, 5 are in Asia and 2 each in Peru and Chile."
    >>> tally = Tally("breakdown", 0, 59, [Part("in Asia", 5, 16, 28),
    ...     Part("each in Peru", 2, 34, 46)], total=9)
    >>> share_out_each(text, [tally])
    >>> [(part.category, part.count) for part in tally.parts]
    [('in Asia', 5), ('in Peru', 2), ('in Chile', 2)]
    >>> tally = Tally("breakdown", 0, 59, [Part("Asia", 5, 16, 28),
    ...     Part("each in Peru", 3, 34, 46)], total=9)
    >>> share_out_each(text, [tally])
    >>> [(part.category, part.count) for part in tally.parts]
    [('Asia', 5), ('each in Peru', 3)]
    """
    for tally in tallies:
        if len(tally.parts) < 2 or _adds_up(tally.parts, tally):
            continue
        parts: list[Part] = []
        for part in tally.parts:
            others = [other for other in tally.parts if other is not part]
            parts.extend(_shared_out(text, part, others) or [part])
        if len(parts) > len(tally.parts) and _adds_up(parts, tally):
            tally.parts = parts
