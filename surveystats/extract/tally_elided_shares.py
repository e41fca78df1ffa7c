"""Figures whose "per cent" is understood from a share before them.

"22 per cent of the goals will be met, 46 are progressing too slowly and the remaining 32
will be missed": the figures after the share have no noun of their own, and with the
share they add up to 100 (within rounding). Read alone they look like counts of
something (46 and 32 goals, no whole); the arithmetic says they are shares of the same
whole as the first, "per cent" written once. Any reader's count tally of bare figures
right after such a share becomes a tally of shares, the share its first part. Figures
with a noun of their own ("47 schools were repaired") or that do not make 100 with the
share stay as they were read.

One bounded look before each count tally: linear time.
"""

from __future__ import annotations

import bisect
import re

from surveystats.extract.tally_items import AUXILIARIES, Item
from surveystats.extract.tally_parts import Part, Tally

__all__ = ["with_elided_per_cent"]

# Between the share and the first bare figure: the share's clause, then a comma (and "and").
_SHARE_CLAUSE_THEN_COMMA = re.compile(r"[^.;:()\d]{1,120}?,\s{1,3}(?:and\s{1,3})?")
_SUMS_TO_100 = (99, 101)  # shares that split one whole, within rounding


def _figures_of(tally: Tally, items: list[Item]) -> list[int] | None:
    """The index in ``items`` (in order of start) of each part's figure, or ``None``."""
    found = []
    for part in tally.parts:
        index = bisect.bisect_left(items, part.start, key=lambda item: item.start)
        while index < len(items) and items[index].start < part.end:
            if items[index].value == part.count:
                break
            index += 1
        else:
            return None  # no figure of the part's count inside it
        found.append(index)
    return found


def with_elided_per_cent(text: str, items: list[Item], tally: Tally) -> Tally:
    """``tally`` read as shares where its bare figures make 100 with a share before them.

    Parameters
    ----------
    text
        The paragraph string the tally was read in.
    items
        The items of ``text`` (:func:`~surveystats.extract.tally_items.read_items`).
    tally
        A tally any reader found.

    Returns
    -------
    Tally
        A new tally of shares (the share first, then each figure as a share with its
        label) where the rule applies; otherwise ``tally`` itself.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Some 28 per cent of the wells worked, 47 needed repair and 25 were dry."
    >>> counts = Tally("breakdown", 38, 70, [Part("needed repair", 47, 38, 54),
    ...     Part("dry", 25, 59, 70)])
    >>> shares = with_elided_per_cent(text, read_items(text), counts)
    >>> [(p.category, p.percent) for p in shares.parts]
    [('worked', 28.0), ('needed repair', 47.0), ('dry', 25.0)]
    """
    if tally.unit != "count" or tally.total is not None or tally.kind == "vote":
        return tally
    if any(part.count is None for part in tally.parts):
        return tally
    figures = _figures_of(tally, items)
    if figures is None or figures[0] == 0 or figures != list(range(figures[0], figures[-1] + 1)):
        return tally
    share = items[figures[0] - 1]
    bare = [items[index] for index in figures]
    if share.kind != "percent" or share.percent is None or any(item.counted for item in bare):
        return tally
    gap = _SHARE_CLAUSE_THEN_COMMA.fullmatch(text, share.end, bare[0].prefix_start)
    together = share.percent + sum(item.value or 0 for item in bare)
    if gap is None or not _SUMS_TO_100[0] <= together <= _SUMS_TO_100[1]:
        return tally
    end = text.rfind(",", share.end, bare[0].prefix_start)
    # The share's own clause names its part, its auxiliaries left out ("were working")
    words = text[share.head_end : end].split()
    while words and words[0].lower() in AUXILIARIES:
        words = words[1:]
    if not words:
        return tally
    label = " ".join(words)
    first = Part(
        label,
        None,
        share.prefix_start,
        end,
        percent=float(share.percent),
        decimals=share.decimals,
        counted=share.counted,
        base=share.counted,
        qualifier=share.qualifier,
    )
    later = [
        Part(
            part.category,
            None,
            part.start,
            part.end,
            percent=float(part.count),
            decimals=0,
            counted=share.counted,
            counted_inherited=share.counted is not None,
            base=share.counted,
            qualifier=part.qualifier,
            remaining=part.remaining,
        )
        for part in tally.parts
    ]
    return Tally(
        tally.kind,
        share.prefix_start,
        tally.end,
        [first, *later],
        subject=share.counted,
        unit="percent",
    )
