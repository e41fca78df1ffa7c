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

A list of the second reading that holds the split's whole as one of its parts is the outer
tally too, whole or not:

    So far, 3,524 have been rescued (1,197 women, 339 men, 1,038 girls and 950 boys), and
    2,893 remain missing.
    Of the 90 schools, 60 (40 primary and 20 secondary) reopened, while 30 remained closed.

The readers take such a sentence as one flat list (90: 40, 20 and 30) or as the split
alone. :func:`with_splits_of_bracketed_counts` first takes the figures in brackets right
after a count (no other figure between) out of a flat list where they add up to that count
(exactly; shares within the rounding of their last digits): they are the count's split, a
tally of their own whose total is the count, and the outer list, read again without them,
keeps the count as its part. A bracket that does not add up stays as it was read.

The split may also close the clause of its count, the count's whole and verb between:

    It is reported that 847 contacts out of 872 have completed follow-up (349 contacts
    in Lagos, 498 contacts in Port Harcourt).

:func:`with_splits_closing_clauses` reads such a bracket alone, where no tally holds a
figure of it, and keeps its list as a tally of its own whose total is the part of the
clause's tally its counts add up to exactly (847 of "872: 847 completed follow-up").
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable

from surveystats.extract.tally_parts import Tally

__all__ = [
    "with_splits_closing_clauses",
    "with_splits_of_bracketed_counts",
    "with_wholes_of_split_parts",
]

_REACH = 300  # characters between the outer whole's figure and the split's whole
_CLAUSE_REACH = 160  # characters between a part and the bracket that closes its clause
#: A bracket of counts that closes a clause: it opens on a count, holds no share and no
#: other bracket, and a full stop, a semicolon or the paragraph's end follows it.
_CLOSING_BRACKET = re.compile(r"\((?=\d)(?P<inside>[^()%]{3,160}?)\)(?=\s{0,3}(?:[.;]|$))")

#: The last figure before a bracket, with nothing but words between it and the bracket:
#: "3,524 have been rescued (", "60 (", "45 per cent of them (". Its decimals, its share
#: sign and the words after it are groups.
_FIGURE_BEFORE_BRACKET = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*(?:%|per\s?cent|percent))?"
    r"([^\d().;:]{0,80})\($"
)


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
        if outer.kind == "vote" or not _is_outer(outer, totals):
            continue
        counts = [p.count for p in outer.parts]
        if any(
            t.total == outer.total and [p.count for p in t.parts] == counts
            for t in [*tallies, *added]
        ):
            continue
        _restore_offsets(outer, cuts)
        if len(outer.parts) == 1 or (
            _holds_bracketed_whole(text, outer, cuts)
            and not any(  # no part of the list read again opens inside a split
                min(q.start for q in split.parts) <= p.start < max(q.end for q in split.parts)
                for p in outer.parts
                for split in splits
            )
        ):
            added.append(outer)
    if not added:
        return tallies
    return sorted([*tallies, *added], key=lambda t: t.start)


def _is_outer(outer: Tally, totals: set[int | None]) -> bool:
    """Whether ``outer`` holds a split's whole as a part, alone below its own whole or in a list.

    The list is of two parts or more: "3,524 have been rescued ..., and 2,893 remain missing".
    """
    if len(outer.parts) == 1:
        count = outer.parts[0].count
        return (
            count in totals
            and outer.total is not None
            and count is not None
            and outer.total > count
        )
    return sum(p.count in totals for p in outer.parts) == 1 and all(
        p.count is not None for p in outer.parts
    )


def with_splits_of_bracketed_counts(
    text: str, tallies: list[Tally], read: Callable[[str], list[Tally]]
) -> list[Tally]:
    """``tallies`` with each flat list's bracketed split of one count taken out of it.

    A list whose parts run into a bracket right after a count, where the bracket's parts
    add up to that count, is two tallies: the bracket's parts with the count as their
    total, and the outer list, read again without the bracket, that holds the count as a
    part. Where no outer list is read again, the flat list stays as it was.

    Parameters
    ----------
    text
        One paragraph.
    tallies
        Its tallies so far, in text order.
    read
        The paragraph reader (see :func:`with_wholes_of_split_parts`).

    Returns
    -------
    list[Tally]
        ``tallies``, each flat list with such a split replaced by the split and the outer
        list, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Of 90 schools, 60 (40 primary and 20 secondary) reopened and 30 closed."
    >>> parts = [Part("primary", 40, 19, 29), Part("secondary", 20, 34, 46)]
    >>> flat = Tally("breakdown", 3, 70, [*parts, Part("closed", 30, 61, 70)], total=90)
    >>> def read(cut):
    ...     return [Tally("breakdown", 3, 70, [Part("reopened", 60, 15, 56),
    ...             Part("closed", 30, 61, 70)], total=90)]
    >>> [(t.total, [p.count for p in t.parts])
    ...  for t in with_splits_of_bracketed_counts(text, [flat], read)]
    [(90, [60, 30]), (60, [40, 20])]
    >>> flat.parts[1].count = 21  # 40 + 21 is no 60: the bracket stays in the list
    >>> [len(t.parts) for t in with_splits_of_bracketed_counts(text, [flat], read)]
    [3]
    """
    result: list[Tally] = []
    changed = False
    for tally in tallies:
        split = None if tally.kind == "vote" else _bracketed_split(text, tally)
        if split is None:
            result.append(tally)
            continue
        outers = [
            t
            for t in with_wholes_of_split_parts(text, [split], read)
            if t is not split and len(t.parts) > 1
        ]
        if not outers:
            result.append(tally)  # no outer list read: the flat list stays
            continue
        result.extend([*outers, split])
        changed = True
    return sorted(result, key=lambda t: t.start) if changed else tallies


def with_splits_closing_clauses(
    text: str, tallies: list[Tally], read: Callable[[str], list[Tally]]
) -> list[Tally]:
    """``tallies`` and the split in brackets that closes the clause of one of their parts.

    A bracket at the end of a sentence or clause that opens on a count, where no tally
    holds a figure of it, is read alone; its one list of two or more counts (no whole of
    its own) is a tally whose total is the one part, of a tally read before it in its
    sentence, that the counts add up to exactly.

    Parameters
    ----------
    text
        One paragraph.
    tallies
        Its tallies so far, in text order.
    read
        The paragraph reader, here given the bracket's words alone.

    Returns
    -------
    list[Tally]
        ``tallies`` with each such split added, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "120 of 150 have replied (70 in Asia, 50 in Africa)."
    >>> lone = Tally("breakdown", 0, 23, [Part("replied", 120, 0, 23)], total=150)
    >>> def read(inside):
    ...     parts = [Part("Asia", 70, 0, 10), Part("Africa", 50, 12, 26)]
    ...     return [Tally("breakdown", 0, 26, parts)]
    >>> found = with_splits_closing_clauses(text, [lone], read)
    >>> [(t.total, [p.count for p in t.parts]) for t in found]
    [(150, [120]), (120, [70, 50])]
    """
    added = []
    for match in _CLOSING_BRACKET.finditer(text):
        opening, closing = match.span("inside")
        if any(opening <= p.start < closing for t in tallies for p in t.parts):
            continue  # the bracket was read
        inner = read(match["inside"])
        if len(inner) != 1 or inner[0].kind == "vote" or inner[0].total is not None:
            continue
        split = inner[0]
        counts = [p.count for p in split.parts]
        if len(counts) < 2 or None in counts or split.unit != "count":
            continue
        sentence_start = max(text.rfind(". ", 0, opening), text.rfind("; ", 0, opening), 0)
        wholes = [
            part
            for t in tallies
            if t.kind != "vote"
            for part in t.parts
            if sentence_start <= part.start
            and part.end <= opening
            and opening - part.end <= _CLAUSE_REACH
            and part.count == sum(counts)  # type: ignore[arg-type]
        ]
        if len(wholes) != 1:
            continue
        split.shift(opening)
        split.total = wholes[0].count
        added.append(split)
    if not added:
        return tallies
    return sorted([*tallies, *added], key=lambda t: t.start)


def _bracketed_split(text: str, tally: Tally) -> Tally | None:
    """The parts of ``tally`` in one bracket that add up to the figure before it, if any."""
    if len(tally.parts) < 3 or "(" not in text[tally.start : tally.end]:
        return None
    opening = text.find("(", tally.start, tally.end)
    closing = text.find(")", opening)
    if closing < 0:
        return None
    inside = [p for p in tally.parts if opening < p.start < closing]
    if len(inside) < 2 or len(inside) == len(tally.parts):
        return None
    match = _FIGURE_BEFORE_BRACKET.search(text, max(0, opening - 120), opening + 1)
    if match is None or any(p.start <= match.start(1) < p.end for p in tally.parts):
        return None  # no figure before the bracket, or one that is a part of the list
    if match.group(2) or match.group(3) or any(p.count is None for p in inside):
        return None  # a share's split is left to the share readers
    if sum(p.count for p in inside) != int(match.group(1).replace(",", "")):  # type: ignore[misc]
        return None  # no split of that count: the bracket stays in the list
    parts = copy.deepcopy(inside)
    for part in parts:  # "20 secondary) reopened": the label ends with the bracket
        if part.end > closing:
            part.end = closing
            if part.category is not None and ")" in part.category:
                part.category = part.category.split(")")[0].strip() or None
    return Tally(
        tally.kind,
        parts[0].start,
        parts[-1].end,
        parts,
        total=int(match.group(1).replace(",", "")),
        unit=tally.unit,
    )


def _holds_bracketed_whole(text: str, outer: Tally, cuts: list[tuple[int, int]]) -> bool:
    """Whether a part of ``outer`` is the count right before a cut bracket, its split.

    "3,524 have been rescued (1,197 women, ...)": the part 3,524 is the last figure before
    the bracket. A whole stated before its split ("Of the 760 complaints closed, 410 and
    230 were referred ...") is no such part.
    """
    for opening, _ in cuts:
        if text[opening] != "(":
            continue
        match = _FIGURE_BEFORE_BRACKET.search(text, max(0, opening - 120), opening + 1)
        if match is None or match.group(2) or match.group(3):
            continue
        figure = int(match.group(1).replace(",", ""))
        if any(
            p.count == figure and p.start <= match.start(1) < p.end and p.end > opening - 90
            for p in outer.parts
        ):
            return True
    return False


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
