"""Shares in apposition: each part of a split of counts restates itself as a percentage.

"Of the 1,120 troops deployed, 86 were women (7.7 per cent) and 1,034 were men (92.3 per
cent)", "Women held 248 of the 1,960 posts, or 12.7 per cent, while men held the remaining
1,712, or 87.3 per cent" and "Of the 88 offices, 49 (56 per cent) and 27 (31 per cent)
reported full and partial compliance, respectively, and 12 (14 per cent) none" split a
whole twice: in counts, and in the shares set aside after them. The shares in parentheses,
or between ", or" and a comma, cut the clauses the other readers read: a share standing
after a label ends the run of counts, and one standing before a verb parts the count from
its label.

The sentence is read again without the asides, and the shares are given back to the parts
they follow. Arithmetic is the evidence that they are the parts' own: every part takes
exactly one share, and each share is its count's share of one whole (the stated total,
or the sum of the counts) within the share's rounding. The reading without the asides
replaces what the readers found in the same place only where more of its parts carry a
share.

Only a paragraph holding two such asides is read again (a test of plain words first, then
one bounded pattern): linear time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import SHARE_APPOSITION
from surveystats.extract.tally_parts import Tally

__all__ = ["Aside", "find_share_asides", "with_apposed_shares", "without_asides"]

_FIGURE = r"\d{1,3}(?:\.\d{1,3})?"
_UNIT = r"\s{0,3}(?:per\s{0,3}cent|percent|%)"
# An aside: "(7.7 per cent)" (the blanks before it go with it), or ", or 12.7 per cent" with
# the comma that closes it where the clause goes on ("..., while"); a full stop, semicolon
# or comma after it stays: it ends the clause, not the aside.
_ASIDE = re.compile(
    rf"\(\s{{0,2}}(?P<bracketed>{_FIGURE}){_UNIT}\s{{0,2}}\)"
    rf"|,\s{{1,3}}{SHARE_APPOSITION}\s{{1,3}}(?P<apposed>{_FIGURE}){_UNIT}"
    r"(?:\s{0,3},(?=\s{1,3}[a-z])|(?=\s{0,3}(?:[,.;)]|$)))"
)
_SLACK = Fraction(1, 10)  # beyond the share's own rounding
_LAST_REACH = 3  # characters after the last part's end that its share may start within


class Aside(NamedTuple):
    """A share set aside after a part: its span (blanks included) and value."""

    start: int
    end: int
    share: Fraction
    decimals: int


def find_share_asides(text: str) -> list[Aside]:
    """The shares written in apposition in ``text``, in order.

    >>> [(a.share, a.decimals) for a in find_share_asides("86 were women (7.7 per cent) "
    ...     "and 1,034 men, or 92.3 per cent.")]
    [(Fraction(77, 10), 1), (Fraction(923, 10), 1)]
    >>> find_share_asides("Growth was 3 per cent (2 per cent in 2010).")
    []
    """
    if "%" not in text and "cent" not in text:  # most paragraphs: one scan for the two
        return []
    if "%" not in text and "per cent" not in text and "percent" not in text:  # "recent"
        return []
    asides = []
    for match in _ASIDE.finditer(text):
        figure = match["bracketed"] or match["apposed"]
        decimals = len(figure.split(".", 1)[1]) if "." in figure else 0
        start = match.start()
        if match["bracketed"]:  # the blanks before the parenthesis go with it
            blanks = text[max(0, start - 3) : start]
            start -= len(blanks) - len(blanks.rstrip(" \t"))
        asides.append(Aside(start, match.end(), Fraction(figure), decimals))
    return asides


def without_asides(text: str, asides: list[Aside]) -> tuple[str, Callable[[int, bool], int]]:
    """``text`` without the asides, and the map of its offsets back into ``text``.

    The map takes an offset in the shortened text and whether it is an end (an end at the
    place of an aside stays before it; a start moves after it).

    >>> short, back = without_asides("86 were women (7.7 per cent) and 1,034 men",
    ...     find_share_asides("86 were women (7.7 per cent) and 1,034 men"))
    >>> short, back(13, True), back(13, False)
    ('86 were women and 1,034 men', 13, 28)
    """
    pieces, cuts, removed = [], [], []
    last = 0
    for aside in asides:
        pieces.append(text[last : aside.start])
        cuts.append(aside.start - sum(removed))
        removed.append(aside.end - aside.start)
        last = aside.end
    pieces.append(text[last:])
    before = [0]
    for length in removed:
        before.append(before[-1] + length)

    def back(offset: int, is_end: bool) -> int:
        index = bisect.bisect_left(cuts, offset) if is_end else bisect.bisect_right(cuts, offset)
        return offset + before[index]

    return "".join(pieces), back


def _whole_fits(tally: Tally, shares: list[Aside], whole: int) -> bool:
    """Whether each share is its part's count's share of ``whole`` within its rounding."""
    if whole <= 0:
        return False
    return all(
        abs(Fraction(100 * (part.count or 0), whole) - aside.share)
        <= Fraction(1, 2 * 10**aside.decimals) + _SLACK
        for part, aside in zip(tally.parts, shares, strict=True)
    )


def _own_shares(tally: Tally, asides: list[Aside], starts: list[int]) -> list[Aside] | None:
    """The one aside of each part of ``tally`` (original offsets), or ``None``.

    Each part's share stands after its start and before the next part's start (the last
    part's, before its end or right after it), and no other aside stands in the tally.
    """
    parts = tally.parts
    bounds = [part.start for part in parts[1:]]
    bounds.append(max(parts[-1].end, tally.end) + _LAST_REACH)
    own = []
    for part, bound in zip(parts, bounds, strict=True):
        low = bisect.bisect_left(starts, part.start)
        if bisect.bisect_left(starts, bound) - low != 1:
            return None
        own.append(asides[low])
    first = bisect.bisect_left(starts, min(tally.start, parts[0].start))
    if bisect.bisect_left(starts, bounds[-1]) - first != len(own):
        return None  # an aside of the whole, or of no part
    return own


def _with_shares(tally: Tally, asides: list[Aside], starts: list[int]) -> bool:
    """Give each part of ``tally`` its share where the arithmetic holds; whether it did."""
    if tally.unit != "count" or len(tally.parts) < 2:
        return False
    if any(part.count is None or part.percent is not None for part in tally.parts):
        return False
    shares = _own_shares(tally, asides, starts)
    if shares is None:
        return False
    total = sum(part.count or 0 for part in tally.parts)
    if not _whole_fits(tally, shares, total) and not (
        tally.total is not None and _whole_fits(tally, shares, tally.total)
    ):
        return False
    for part, aside in zip(tally.parts, shares, strict=True):
        part.percent = float(aside.share)
        part.decimals = aside.decimals
    return True


def _shift(tally: Tally, back: Callable[[int, bool], int]) -> Tally:
    """``tally`` with its offsets and its parts' mapped back into the full text."""
    tally.start, tally.end = back(tally.start, False), back(tally.end, True)
    for part in tally.parts:
        part.start, part.end = back(part.start, False), back(part.end, True)
    return tally


def _shared_parts(tallies: list[Tally]) -> int:
    return sum(1 for tally in tallies for part in tally.parts if part.percent is not None)


def with_apposed_shares(
    text: str, found: list[Tally], reread: Callable[[str], list[Tally]]
) -> list[Tally]:
    """``found`` with splits whose shares stand in apposition read without them.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    found
        What they found in it, in order, without overlaps.
    reread
        Runs the readers on another string (the paragraph without its asides).

    Returns
    -------
    list of Tally
        ``found``, where a split of counts read without the asides gives every part its
        share (exactly one each, each its count's share of the stated total or of the
        counts' sum) and has more parts with a share than the tallies it overlaps: that
        split in their place, its offsets in ``text``.
    """
    asides = find_share_asides(text)
    if len(asides) < 2:
        return found
    short, back = without_asides(text, asides)
    starts = [aside.start for aside in asides]
    result = list(found)
    for tally in reread(short):
        tally = _shift(tally, back)
        if not _with_shares(tally, asides, starts):
            continue
        overlapping = [t for t in result if t.start < tally.end and tally.start < t.end]
        if _shared_parts(overlapping) >= len(tally.parts):
            continue
        replaced = {id(t) for t in overlapping}
        result = [t for t in result if id(t) not in replaced]
        result.append(tally)
    result.sort(key=lambda t: (t.start, -t.end))
    return result
