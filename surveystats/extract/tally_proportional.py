"""Proportional counts: counts of one noun, each with its share of their sum in parentheses.

Statistical reports split a group into classes whose names hold figures of their own
("74 countries (37.8 per cent) had women at 50 per cent and above, 53 countries (27 per
cent) fell within the range of 40-49 per cent, ..."). The figures inside the names end
the runs of the other readers, which read lists of figures with nothing between them.
This reader anchors the parts on their counts instead: counts of the same noun, each
followed by a share in parentheses, joined as a list, whose shares add up to 100 and are
each their count's share of the counts' sum. That arithmetic is the evidence: the counts
are the parts of one whole (their sum, which the sentence does not state), and each
part's label is what stands between its share and the next count, figures and all.

It runs where no other reader found a tally in the sentence. Each step is a scan over the
paragraph's items or a bounded look at a known place: linear time.
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction

from surveystats.extract.tally_items import Item
from surveystats.extract.tally_parts import Part, Tally
from surveystats.text import sentence_starts

__all__ = ["find_proportional", "shares_fit"]

# Between a part's label and the next count: a comma or semicolon, "and" after it or not.
_JOINT = re.compile(r"\s{0,3}(?:[,;]\s{1,3}(?:and\s{1,3}|while\s{1,3})?|\s(?:and|while)\s{1,3})$")
# Where the last label ends: the end of its clause.
_LAST_END = re.compile(r"[;.](?:\s|$)|$")
_MAX_LABEL_CHARS = 160
_MAX_LABEL_WORDS = 16
_MAX_PARTS = 20
_SHARE_SLACK = Fraction(1, 10)  # beyond the shares' own rounding, for the sum's check


def _half_unit(decimals: int | None) -> Fraction:
    """Half the last written digit of a share: 0.5 for "27", 0.05 for "37.8"."""
    return Fraction(1, 2 * 10 ** (decimals or 0))


def shares_fit(run: list[Item]) -> bool:
    """Whether the shares add up to 100 and each is its count's share of their sum.

    >>> a = Item("count", 0, 2, value=74, share=Fraction(378, 10), share_decimals=1)
    >>> b = Item("count", 9, 11, value=122, share=Fraction(622, 10), share_decimals=1)
    >>> shares_fit([a, b])
    True
    >>> b = Item("count", 9, 11, value=100, share=Fraction(622, 10), share_decimals=1)
    >>> shares_fit([a, b])
    False
    """
    whole = sum(item.value or 0 for item in run)
    if whole <= 0:
        return False
    slack = sum(_half_unit(item.share_decimals) for item in run) + _SHARE_SLACK
    if abs(sum(item.share or 0 for item in run) - 100) > slack:
        return False
    return all(
        abs(Fraction(100 * (item.value or 0), whole) - (item.share or 0))
        <= _half_unit(item.share_decimals) + _SHARE_SLACK
        for item in run
    )


def _label(text: str, start: int, end: int) -> str | None:
    """The words of a label, or ``None`` where there are none or too many."""
    words = text[start:end].split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    return " ".join(words).strip(" ,;") or None


def _read_run(text: str, run: list[Item], hi: int) -> Tally | None:
    """The breakdown of one run of proportional counts, or ``None``."""
    parts = []
    for item, following in zip(run, [*run[1:], None], strict=True):
        if following is not None:
            joint = _JOINT.search(text, item.head_end, following.start)
            end = joint.start() if joint is not None else following.start
        else:
            limit = min(hi, item.head_end + _MAX_LABEL_CHARS)
            end = _LAST_END.search(text, item.head_end, limit).start()
        label = _label(text, item.head_end, end)
        if label is None:
            return None
        percent = float(item.share) if item.share is not None else None
        parts.append(
            Part(
                label,
                item.value,
                item.start,
                end,
                percent=percent,
                decimals=item.share_decimals,
                counted=item.counted,
            )
        )
    return Tally("breakdown", run[0].start, parts[-1].end, parts)


def _runs(text: str, items: list[Item]) -> list[tuple[list[Item], int]]:
    """Runs of counts of one noun with shares, joined as a list within one sentence."""
    candidates = [
        item
        for item in items
        if item.kind == "count" and item.share is not None and item.value and item.counted
    ]
    if len(candidates) < 2:
        return []  # most paragraphs: no two counts with shares
    starts = [*sentence_starts(text), len(text)]
    runs: list[tuple[list[Item], int]] = []
    run: list[Item] = []
    hi = 0
    for item in candidates:
        at = bisect.bisect_right(starts, item.start) - 1
        previous = run[-1] if run else None
        if (
            previous is not None
            and item.start < hi
            and item.counted.lower() == (previous.counted or "").lower()
            and item.start - previous.head_end <= _MAX_LABEL_CHARS
            and _JOINT.search(text, previous.head_end, item.start) is not None
            and len(run) < _MAX_PARTS
        ):
            run.append(item)
            continue
        if len(run) > 1:
            runs.append((run, hi))
        run, hi = [item], starts[at + 1]
    if len(run) > 1:
        runs.append((run, hi))
    return runs


def find_proportional(
    text: str,
    items: list[Item],
    *,
    taken: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Tally]:
    """Breakdowns read from counts that each carry their share of the counts' sum.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    taken
        Where the other readers found tallies: a run that overlaps one is left to them.

    Returns
    -------
    list of Tally
        One breakdown per run of two or more counts of one noun, each followed by its
        share in parentheses, joined as a list in one sentence, whose shares add up to
        100 and are each their count's share of the sum (within the shares' rounding).
        No total: the sentence does not state the sum.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = ("In all, 30 schools (60 per cent) had under 100 pupils, 15 schools (30 per "
    ...     "cent) had 100 to 300 and 5 schools (10 per cent) had over 300.")
    >>> tally = find_proportional(text, read_items(text, numbers=find_numbers(text)))[0]
    >>> [(p.category, p.count, p.percent) for p in tally.parts]
    [('had under 100 pupils', 30, 60.0), ('had 100 to 300', 15, 30.0), ('had over 300', 5, 10.0)]
    """
    found = []
    for run, hi in _runs(text, items):
        if any(start < run[-1].end and end > run[0].start for start, end in taken):
            continue
        if not shares_fit(run):
            continue
        tally = _read_run(text, run, hi)
        if tally is not None:
            found.append(tally)
    return found
