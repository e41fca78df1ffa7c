"""A list that an aside in parentheses cuts in two: one tally, not two.

Reports put an aside in parentheses after one item of a list, and the readers of lists end
the list there, so that the items before and the items after come back as two tallies and
the item with the aside, where it is one, is lost:

    affecting 55 women, 40 girls (12 of them abducted), 15 men and 10 boys
    Kasai (45), Ituri (18), North Kivu (89 cases and 6 deaths), Tanganyika (47) and
    Maniema (22)

:func:`with_lists_across_asides` joins two tallies of counts that only such an aside
parts, with no whole of their own after the first: the aside right after the first list's
last item, or one item of the lists' own shape, a name and its count opening the
parentheses ("North Kivu (89 ..."), where the first list's items are written so too. What
the aside says is no part of the list (a subset of the item, the deaths beside the cases):
the readers of subsets read it, or nothing does. The list's whole, which the aside kept
the readers from, is the last count before the list in its sentence where the joined
parts add up to it exactly ("documented 308 incidents ..., affecting 155 women, 138 girls
(including 48 ...), 13 men and 2 boys"). A clause between the two lists ("..., while
15 men and 10 boys ...") keeps them apart, as does a semicolon. Each joint is one match of a
bounded pattern at the end of a tally: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import COUNT_PATTERN, Part, Tally, read_count

__all__ = ["with_lists_across_asides"]

# The aside itself: no parentheses inside, bounded.
_ASIDE = r"\((?P<aside>[^()]{1,150})\)"
# What joins two items of one list after the aside.
_JOINT = r"\s{0,3},\s{0,3}(?:and\s{1,3})?"
# An aside right after the first list's last item: "40 girls (12 of them abducted), 15 men".
_ASIDE_ONLY = re.compile(rf"\s{{0,3}}{_ASIDE}{_JOINT}")
# One item of the shape "Name (N ...)" between the lists, its count first in the aside:
# ", North Kivu (89 cases and 6 deaths), ".
_NAMED_ITEM = re.compile(
    rf"""{_JOINT}
    (?P<name>(?-i:[A-Z])[\w’'.-]*(?:\s{{1,3}}(?:(?-i:[A-Z])[\w’'.-]*|of|the|and|el|al)){{0,4}})
    \s{{0,3}}\((?P<n>{COUNT_PATTERN})(?P<rest>(?:\s{{0,3}},|\s)[^()%]{{1,120}})\)
    {_JOINT}""",
    re.VERBOSE,
)
# A count, and how far before a list its whole may stand.
_COUNT = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)")
_WHOLE_REACH = 200
# The end of an item of the shape "Name (N)".
_NAMED_COUNT_END = re.compile(rf"(?-i:[A-Z])[\w’'.-]*\s{{0,3}}\({COUNT_PATTERN}\)$", re.VERBOSE)
# The start of an item of that shape.
_NAMED_COUNT_START = re.compile(rf"(?-i:[A-Z])[^()\d]{{0,60}}\({COUNT_PATTERN}\)", re.VERBOSE)


def with_lists_across_asides(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with each two lists of counts that an aside parts joined into one.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for ``text``, in order of their start.

    Returns
    -------
    list of Tally
        The tallies, the second of each joined pair taken into the first (with the item
        the aside belongs to, where it is one of the lists' own shape).

    Examples
    --------
    >>> text = "It affected 55 women, 40 girls (12 of them abducted), 15 men and 10 boys."
    >>> first = Tally("breakdown", 12, 30, [Part("women", 55, 12, 20), Part("girls", 40, 22, 30)])
    >>> second = Tally("breakdown", 54, 72, [Part("men", 15, 54, 60), Part("boys", 10, 65, 72)])
    >>> found = with_lists_across_asides(text, [first, second])
    >>> [(t.total, [(p.category, p.count) for p in t.parts]) for t in found]
    [(None, [('women', 55), ('girls', 40), ('men', 15), ('boys', 10)])]
    """
    joined: list[Tally] = []
    for tally in tallies:
        last = joined[-1] if joined else None
        if last is None or not _joinable(last, tally):
            joined.append(tally)
            continue
        between = text[last.end : tally.start]
        if _ASIDE_ONLY.fullmatch(between):
            middle: list[Part] = []
        elif (item := _named_item(text, last, tally)) is not None:
            middle = [item]
        else:
            joined.append(tally)
            continue
        last.parts.extend([*middle, *tally.parts])
        last.end = tally.end
        if last.total is None:
            last.total = _whole_before(text, last)
    return joined


def _whole_before(text: str, tally: Tally) -> int | None:
    """The count before ``tally`` in its sentence that its parts add up to exactly, or None.

    The aside that cut the list also kept the readers from the list's whole ("documented
    308 incidents ..., affecting 155 women, 138 girls (including 48 ...), 13 men and 2
    boys"); a count whose value the joined parts make exactly is that whole.
    """
    total = sum(part.count or 0 for part in tally.parts)
    opening = max(text.rfind(". ", 0, tally.start) + 2, tally.start - _WHOLE_REACH, 0)
    wholes = [
        int(found[0].replace(",", "")) for found in _COUNT.finditer(text, opening, tally.start)
    ]
    return total if wholes and wholes[-1] == total else None


def _joinable(first: Tally, second: Tally) -> bool:
    """Whether ``second`` may go on the list ``first``: counts of the same kind, no whole."""
    return (
        first.kind == second.kind == "breakdown"
        and first.unit == second.unit == "count"
        and second.total is None
        and all(part.count is not None for part in (*first.parts, *second.parts))
    )


def _named_item(text: str, first: Tally, second: Tally) -> Part | None:
    """The item "Name (N ...)" alone between ``first`` and ``second``, or None.

    Only where the first list's last item and the second list's first item are written
    "Name (N)" too: the item is then one of theirs, its aside what the parentheses add.
    """
    if _NAMED_COUNT_END.search(text, max(0, first.end - 80), first.end) is None:
        return None
    if _NAMED_COUNT_START.match(text, second.start) is None:
        return None
    found = _NAMED_ITEM.fullmatch(text, first.end, second.start)
    if found is None:
        return None
    count = read_count(found["n"])[0]
    if count is None:
        return None
    name = " ".join(found["name"].split())
    return Part(name, count, found.start("name"), found.end("n"))
