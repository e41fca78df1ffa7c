"""Two or more "N of M" in one sentence: one tally for each stated whole.

A sentence may state a part of each of several wholes, joined by "and", "while" or a
comma:

    22 of 23 governorates and 312 of 333 districts have been affected by the outbreak.
    Only 12 out of 36 hospitals and 22 out of 88 primary health care facilities remained
    partially functional.
    98 out of 109 seats have been declared, while in the lower house, 325 out of 360
    seats have been decided.

Each "N of M" states its own whole, so each is a tally of one part; no two of them split
one whole (the wholes differ, and a part belongs to the whole after its own "of"). The
readers of one part take one of them (the other clause breaks their shapes, or overlaps
the span they read); :func:`with_paired_ratios` reads the others beside it, in the
shape of the one read:

- a predicate shared by every pair, after the last ("22 of 23 governorates and 312 of
  333 districts ... have been affected"): each part takes the read part's label;
- a predicate of each pair's own ("98 out of 109 seats have been declared, while ...
  325 out of 360 seats have been decided"): each part takes the words after its
  auxiliary.

Only counts of things are pairs: the part is smaller than its whole, and a rate ("four
out of ten", "one in three") or a change ("rose from 12 of 36 to 20 of 36": one whole)
is none. A pair a tally already reads, or whose figures it holds, is left alone; pairs
with another count of things between them are no run.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from surveystats.extract.tally_lone_parts import _count_of_things
from surveystats.extract.tally_parts import Part, Tally

__all__ = ["with_paired_ratios"]

# "N of M", "N out of M", "N of the M", "N out of the possible M", "N of a total of M".
_OF_GAP = re.compile(
    r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:the\s{1,3}|a\s{1,3}total\s{1,3}of\s{1,3})?"
    r"(?:(?:possible|total|available|existing)\s{1,3})?$"
)
# What joins two pairs' clauses: a coordinator or a comma, with no full stop between.
_JOINT = re.compile(r"(?<![\w-])(?:and|while|whereas|but)(?![\w-])|[,;]")
# Words after a whole's noun up to its auxiliary, then the predicate: "senate seats have
# been declared while ..." -> "declared".
_OWN_PREDICATE = re.compile(
    r"""\s{1,3}(?P<noun>(?:[A-Za-z][\w'’/-]*\s{1,3}){1,6}?)
    (?:have|has|had|were|was|are|is|remain|remains|remained)(?:\s{1,3}been)?
    \s{1,3}(?P<label>[a-z][\w'’-]*(?:\s{1,3}[a-z][\w'’-]*){0,5}?)
    (?=\s{1,3}(?:while|whereas|and|but)(?![\w-])|\s{0,3}[,;.]|\s*$)""",
    re.VERBOSE,
)
# The word after a whole's count, its counted noun: "36 hospitals and ..." -> "hospitals".
_NOUN = re.compile(r"\s{1,3}(?P<noun>[A-Za-z][\w'’/-]*)")
_CHANGE_BEFORE = re.compile(r"(?:from|to|rose|fell|increased|decreased)\s{1,3}$")
_RATE_BASES = (10, 100, 1000)
_REACH = 200  # characters between two pairs of one run


class _Pair(NamedTuple):
    part: int
    whole: int
    start: int  # where the part's figure starts
    part_end: int
    whole_start: int
    end: int  # where the whole's figure ends


def _pairs(text: str, numbers: list) -> list[_Pair]:
    """Every "N (out) of (the) M" of counts of things in ``text``, in text order."""
    found = []
    for part, whole in itertools.pairwise(numbers):
        if not _OF_GAP.match(text, part.end, whole.start) or whole.start - part.end > 40:
            continue
        if _CHANGE_BEFORE.search(text, max(0, part.start - 12), part.start):
            continue  # "rose from 12 of 36 to 20 of 36": one whole, its change
        n = _count_of_things(text, part.start, part.end, share=False)
        m = _count_of_things(text, whole.start, whole.end, share=False)
        if n is None or m is None or not 0 < n < m or n != int(n) or m != int(m):
            continue
        if m in _RATE_BASES and " the " not in text[part.end : whole.start]:
            continue  # "four out of ten", "one of every 100": a rate
        found.append(_Pair(int(n), int(m), part.start, part.end, whole.start, whole.end))
    return found


def _holds(tally: Tally, pair: _Pair) -> bool:
    return any(p.count == pair.part and p.start <= pair.start < p.end for p in tally.parts) or (
        any(p.count == pair.part for p in tally.parts) and tally.total == pair.whole
    )


def with_paired_ratios(text: str, tallies: list[Tally], numbers: list) -> list[Tally]:
    """``tallies`` with a tally for each "N of M" that runs on from one they read.

    Parameters
    ----------
    text
        One paragraph.
    tallies
        The tallies read so far, in text order.
    numbers
        The paragraph's numbers (:func:`~surveystats.extract.tally_items.find_numbers`).

    Returns
    -------
    list[Tally]
        ``tallies`` and the new one-part tallies, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "Some 14 of 18 States and 40 of 79 counties have reported cases."
    >>> read = Tally("breakdown", 5, 62, [Part("reported cases", 14, 5, 62)], total=18)
    >>> found = with_paired_ratios(text, [read], find_numbers(text))
    >>> [(t.total, t.parts[0].count, t.parts[0].category) for t in found]
    [(18, 14, 'reported cases'), (79, 40, 'reported cases')]
    >>> text = "The figure rose from 12 of 36 to 20 of 36 hospitals."
    >>> with_paired_ratios(text, [], find_numbers(text))
    []
    """
    pairs = _pairs(text, numbers)
    if len(pairs) < 2:
        return tallies
    figures = [n for n in numbers if _count_of_things(text, n.start, n.end, share=False)]
    added: list[Tally] = []
    for tally in tallies:
        if tally.kind == "vote" or len(tally.parts) != 1 or tally.total is None:
            continue
        read = next((pair for pair in pairs if _holds(tally, pair)), None)
        if read is None:
            continue
        run = _run_of(text, pairs, read, figures)
        label = tally.parts[0].category
        shared = label is not None and run[-1].end <= text.find(label, run[-1].end)
        for pair in run:
            if pair is read or any(_holds(t, pair) for t in [*tallies, *added]):
                continue
            found = _tally_of(text, pair, tally.kind, label if shared else None)
            if found is not None:
                added.append(found)
    if not added:
        return tallies
    return sorted([*tallies, *added], key=lambda t: t.start)


def _run_of(text: str, pairs: list[_Pair], read: _Pair, figures: list) -> list[_Pair]:
    """The pairs joined to ``read`` clause by clause, with no other count between."""
    at = pairs.index(read)
    run = [read]
    for step in (-1, 1):
        index = at
        while 0 <= index + step < len(pairs):
            one, other = sorted((pairs[index], pairs[index + step]), key=lambda p: p.start)
            between = text[one.end : other.start]
            if (
                len(between) > _REACH
                or "." in between.replace("..", "")
                or not _JOINT.search(between)
                or any(one.end <= f.start < other.start for f in figures)
            ):
                break
            index += step
            run.append(pairs[index])
    return sorted(run, key=lambda p: p.start)


def _tally_of(text: str, pair: _Pair, kind: str, label: str | None) -> Tally | None:
    """The one-part tally of ``pair``, labelled by its own predicate or ``label``."""
    noun_match = _NOUN.match(text, pair.end)
    noun = " ".join(noun_match["noun"].split()) if noun_match else None
    end = noun_match.end() if noun_match else pair.end
    own = _OWN_PREDICATE.match(text, pair.end)
    if own is not None:  # "98 out of 109 seats have been declared, while ..."
        label = " ".join(own["label"].split())
        noun = " ".join(own["noun"].split())
        end = own.end()
    if label is None:
        return None
    part = Part(label, pair.part, pair.start, end, counted=noun)
    return Tally(kind, pair.start, end, [part], subject=noun, total=pair.whole)
