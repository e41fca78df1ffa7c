"""Counts whose share says they are a part of the first count, not parts beside it.

"During the session, 3,814 recommendations were made and 2,797 enjoyed the support of the
States under review (73%)" reads like a list of two counts, made and supported. The share
in parentheses says otherwise: 2,797 is 73 per cent of 3,814 (and 42 per cent of their
sum), so the first count is the whole the second is a part of, and the two are no split
of one group. The arithmetic decides, not the phrasing: a share that rounds from a later
count over the first count, and not from that count over the sum of the counts, marks
the tally as no breakdown. A share that fits the sum ("120 in Geneva and 80 in Nairobi
(40%)") keeps it.

:func:`share_of_first_count` is the test; ``tallies`` drops what it flags. It looks at a
bounded window after each part: linear time.
"""

from __future__ import annotations

import re
from fractions import Fraction

from surveystats.extract.tally_parts import Tally

__all__ = ["share_of_first_count"]

# A share opening parentheses: "(73%)", "(78 per cent)".
_PAREN_SHARE = re.compile(
    r"\(\s{0,2}(?P<share>\d{1,3}(?:\.(?P<decimals>\d{1,2}))?)\s{0,2}(?:%|per\s{0,3}cent|percent)"
)
_REACH = 80  # characters after a part where its share may stand
_STOP = re.compile(r"[.;]\s")  # the share of a part stands in its own clause


def share_of_first_count(text: str, tally: Tally) -> bool:
    """Whether a later part's share is its share of the first part's count.

    Parameters
    ----------
    text
        The paragraph the tally was read from.
    tally
        A tally of counts; votes, tallies with a stated whole and tallies of shares are
        never flagged.

    Returns
    -------
    bool
        True where a share in parentheses after a later part rounds from its count over
        the first part's count and not from its count over the sum of the counts.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "412 proposals were tabled and 280 won support (68%)."
    >>> parts = [Part("tabled", 412, 0, 27), Part("won support", 280, 32, 45)]
    >>> share_of_first_count(text, Tally("breakdown", 0, 45, parts))
    True
    >>> text = "120 were in Geneva and 80 in Nairobi (40%)."
    >>> parts = [Part("Geneva", 120, 0, 18), Part("Nairobi", 80, 23, 36)]
    >>> share_of_first_count(text, Tally("breakdown", 0, 36, parts))
    False
    """
    if tally.kind == "vote" or tally.total is not None or len(tally.parts) < 2:
        return False
    counts = [part.count for part in tally.parts]
    if any(not count for count in counts) or any(p.percent is not None for p in tally.parts):
        return False
    first, whole = counts[0], sum(counts)  # type: ignore[arg-type]
    ends = [part.start for part in tally.parts[2:]] + [len(text)]
    for part, count, stop in zip(tally.parts[1:], counts[1:], ends, strict=True):
        reach = min(stop, part.end + _REACH)
        clause_end = _STOP.search(text, part.end, reach)
        share = _PAREN_SHARE.search(text, part.start, clause_end.start() if clause_end else reach)
        if share is None:
            continue
        half = Fraction(1, 2 * 10 ** len(share["decimals"] or ""))
        stated = Fraction(share["share"])
        of_first = abs(Fraction(100 * count, first) - stated) <= half  # type: ignore[operator]
        of_sum = abs(Fraction(100 * count, whole) - stated) <= half  # type: ignore[operator]
        if of_first and not of_sum:
            return True
    return False
