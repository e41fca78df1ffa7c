"""The whole of a part that a split splits again: read with the split cut out.

A part of a stated whole may carry its own split, in parentheses, after a colon or after
a participle:

    Of the 68 passengers, only 33 survived: 32 were rescued by a passing boat and one
    managed to swim to shore.
    The Mission documented 102 cases, 27 of which were verified, affecting 7 women, 7
    girls and 13 boys.
    Of the 1,010 children (422 boys and 588 girls) encountered, 204 (117 girls and 87
    boys) had been recruited.

The readers find the inner split (33: 32 and 1) and its sentence is then taken, so the
reader of one part of a stated whole never reads the outer tally (68: 33 survived). Two
tallies stand in such a sentence, one inside the other. :func:`with_wholes_of_split_parts`
blanks each split's parts out (in parentheses, the whole aside; offsets stay) and reads
the sentence again; a one-part tally of that reading whose part is the split's whole,
counted as the split's total, and whose own whole is larger is the outer tally, added
beside the split. Arithmetic ties the two: the split adds up to at most its whole, and
its whole is at most the outer whole. Nothing else of the second reading is kept.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from surveystats.extract.tally_parts import Tally

__all__ = ["with_wholes_of_split_parts"]

_REACH = 300  # characters between the outer whole's figure and the split's whole


def with_wholes_of_split_parts(
    text: str, tallies: list[Tally], read: Callable[[str], list[Tally]]
) -> list[Tally]:
    """``tallies`` with the one-part tally whose part a split among them splits again.

    Parameters
    ----------
    text
        One paragraph.
    tallies
        Its tallies so far, in text order.
    read
        The paragraph reader, called once on ``text`` with the splits' parts cut out.

    Returns
    -------
    list[Tally]
        ``tallies`` and the outer tallies found, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Of the 68 passengers, 33 survived: 32 were rescued and one swam ashore."
    >>> split = Tally(
    ...     "breakdown", 22, 70, [Part("rescued", 32, 35, 50), Part("swam ashore", 1, 55, 70)],
    ...     total=33,
    ... )
    >>> outer = Tally("breakdown", 0, 32, [Part("survived", 33, 22, 32)], total=68)
    >>> def read(cut):
    ...     return [outer] if "rescued" not in cut else [split]
    >>> [(t.total, len(t.parts)) for t in with_wholes_of_split_parts(text, [split], read)]
    [(68, 1), (33, 2)]
    """
    splits = [t for t in tallies if t.total is not None and len(t.parts) > 1 and t.kind != "vote"]
    cuts = sorted({_cut_of(text, split) for split in splits})
    cuts = [cut for cut in cuts if _has_figure_before(text, cut[0])]
    if not cuts or any(a[1] > b[0] for a, b in itertools.pairwise(cuts)):
        return tallies  # no split with a figure before it, or splits that overlap
    kept = []
    at = 0
    for start, end in cuts:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    totals = {split.total for split in splits}
    added: list[Tally] = []
    for outer in read("".join(kept)):
        if len(outer.parts) != 1 or outer.kind == "vote" or outer.total is None:
            continue
        count = outer.parts[0].count
        if (
            count in totals
            and outer.total > count
            and not any(
                t.total == outer.total and [p.count for p in t.parts] == [count]
                for t in [*tallies, *added]
            )
        ):
            _restore_offsets(outer, cuts)
            added.append(outer)
    if not added:
        return tallies
    return sorted([*tallies, *added], key=lambda t: t.start)


def _cut_of(text: str, split: Tally) -> tuple[int, int]:
    """Where ``split``'s parts stand: the whole aside where they fill one."""
    start = min(part.start for part in split.parts)
    end = max(part.end for part in split.parts)
    opening = text.rfind("(", max(0, start - 3), start + 1)
    if opening >= 0 and (closing := text.find(")", opening)) >= 0:
        return opening, closing + 1  # "204 (117 girls and 87 boys) had been recruited"
    return start, end


def _has_figure_before(text: str, at: int) -> bool:
    """Whether a digit stands before ``at`` in its sentence, within reach."""
    sentence_start = max(text.rfind(". ", 0, at), 0, at - _REACH)
    return any(ch.isdigit() for ch in text[sentence_start:at])


def _restore_offsets(tally: Tally, cuts: list[tuple[int, int]]) -> None:
    """Map ``tally``'s offsets in the text without ``cuts`` back to the text."""

    def back(at: int) -> int:
        for start, end in cuts:
            if at > start:
                at += end - start
        return at

    tally.start, tally.end = back(tally.start), back(tally.end)
    for part in tally.parts:
        part.start, part.end = back(part.start), back(part.end)
