"""Parts that are a part of an earlier part, not parts beside it.

"During the session, 3,814 recommendations were made and 2,797 enjoyed the support of the
States under review (73%)" reads like a list of two counts, made and supported. The share
in parentheses says otherwise: 2,797 is 73 per cent of 3,814 (and 42 per cent of their
sum), so the first count is the whole the second is a part of, and the two are no split
of one group. The arithmetic decides, not the phrasing: a share that rounds from a later
count over the first count, and not from that count over the sum of the counts, makes
the first count the total of the later ones (:func:`parts_of_first_count`). A share that
fits the sum ("120 in Geneva and 80 in Nairobi (40%)") keeps the parts side by side.

A part after a link that nests it in the part before ("of which", "of those", "among
them", "including": "Of the 312 recommendations, 218 were accepted, of which 150 were
implemented", "68 per cent were accepted and 72 per cent of those were implemented") is
no part of the whole either, where the arithmetic agrees: with it the parts add up to more
than the stated whole, or the shares to more than 100.

The rest named after the later counts says so too: "Some 700 detainees were freed; 410
were men and the rest women" splits the 700 into 410 men and the rest, so 700 is no part
beside 410; where the later counts add up to less than the first, the first count stands
before a semicolon and "the rest", "the remainder" or "the others" follows them with no
count, the tally is no breakdown (the readers that see the whole read it as the total).

:func:`share_of_first_count` is the first test, and ``tallies`` reads what it flags with
:func:`parts_of_first_count`; it drops what :func:`first_count_before_rest` flags.
:func:`without_nested_parts` is the second, and ``tallies`` keeps the parts before the
nested one. Each looks at a bounded window
after each part: linear time.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from fractions import Fraction

from surveystats.extract.tally_items import REST_NAMED_AFTER, Item
from surveystats.extract.tally_parts import Part, Tally

__all__ = [
    "first_count_as_whole",
    "first_count_before_rest",
    "parts_of_first_count",
    "share_of_first_count",
    "with_marked_whole",
    "with_whole_named_first",
    "without_nested_parts",
]

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


# A link that nests what follows in the part before it: "..., of which 150 were", "72 per
# cent of those", "..., among them 12", "..., including 40".
_NESTING = re.compile(r"\b(?:(?:of|among)\s(?:which|whom|these|those|them)|including)\b")
_NEST_REACH = 120  # characters from a part's end to the next part's end where the link stands
_PERCENT_SLACK = Fraction(1, 2)  # shares of one whole that round add up to at most 100.5


def _exceeds_whole(tally: Tally) -> bool:
    """Whether the parts add up to more than the stated whole, or their shares to over 100."""
    shares = [part.percent for part in tally.parts]
    if all(share is not None for share in shares):
        total = sum(Fraction(str(share)) for share in shares)  # type: ignore[misc]
        if total > 100 + _PERCENT_SLACK:
            return True
    counts = [part.count for part in tally.parts]
    if tally.total is None or any(count is None for count in counts):
        return False
    return sum(counts) > tally.total  # type: ignore[arg-type]


def without_nested_parts(text: str, tally: Tally) -> Tally | None:
    """The tally without the parts nested in an earlier part, or None if none is left.

    Parameters
    ----------
    text
        The paragraph the tally was read from.
    tally
        Any tally; a vote, or one whose parts fit their whole, is returned as it is.

    Returns
    -------
    Tally or None
        Where the parts exceed their whole (or their shares 100) and a link such as "of
        which" or "of those" stands between one part and the next, the tally of the parts
        before that link: kept where it states its whole or still has two parts that fit,
        otherwise None. Where the other parts without the nested one add up to the
        stated whole exactly, the tally of those parts.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Of the 90 claims, 60 were paid, of which 45 were paid in full."
    >>> parts = [Part("paid", 60, 18, 30), Part("paid in full", 45, 41, 61)]
    >>> kept = without_nested_parts(text, Tally("breakdown", 0, 61, parts, total=90))
    >>> [(p.category, p.count) for p in kept.parts], kept.total
    ([('paid', 60)], 90)
    >>> text = "Of the 90 claims, 60 were paid, of which 25 in full."
    >>> parts = [Part("paid", 60, 18, 30), Part("in full", 25, 41, 51)]
    >>> len(without_nested_parts(text, Tally("breakdown", 0, 51, parts, total=90)).parts)
    2
    """
    if tally.kind == "vote" or len(tally.parts) < 2 or not _exceeds_whole(tally):
        return tally
    for at, (before, part) in enumerate(itertools.pairwise(tally.parts), start=1):
        window_start = max(before.end, part.end - _NEST_REACH)
        if _NESTING.search(text, window_start, part.end) is None:
            continue
        beside = [*tally.parts[:at], *tally.parts[at + 1 :]]
        if tally.total is not None and sum(p.count or 0 for p in beside) == tally.total:
            # "218 were accepted, of which 150 were implemented, and 94 were rejected"
            return dataclasses.replace(tally, parts=beside)
        kept = dataclasses.replace(tally, parts=tally.parts[:at], end=before.end)
        if _exceeds_whole(kept):
            return None
        return kept if kept.total is not None or len(kept.parts) > 1 else None
    return tally


def with_marked_whole(tally: Tally, items: list[Item]) -> Tally | None:
    """The tally with a later count marked as the whole ("in all", "altogether") as its total.

    Parameters
    ----------
    tally
        Any tally; a vote, a tally with a stated whole and one whose later parts carry no
        such mark are returned as they are.
    items
        The items of the paragraph (:func:`~surveystats.extract.tally_items.read_items`);
        only those marked as a whole are looked at, so a caller may pass just those.

    Returns
    -------
    Tally or None
        "Some 40 experts came from Africa and, in all, 120 took part" reads like two parts;
        "in all" makes the 120 the whole of the 40. Where two or more parts before the
        marked count fit in it, it becomes their total; where only one does, or they exceed
        it, the sentence states no split of the whole (None).

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "About 40 came from Africa and, in all, 120 experts took part."
    >>> parts = [Part("came from Africa", 40, 6, 25), Part("took part", 120, 39, 60)]
    >>> with_marked_whole(Tally("breakdown", 0, 60, parts), read_items(text)) is None
    True
    """
    if tally.kind == "vote" or tally.total is not None or len(tally.parts) < 2:
        return tally
    first_end = tally.parts[0].end
    marked = [item for item in items if item.total_marker and item.start >= first_end]
    for item in marked:
        at = next(
            (
                index
                for index, part in enumerate(tally.parts[1:], start=1)
                if part.start <= item.start < part.end and part.count == item.value
            ),
            None,
        )
        if at is None or not _counts_the_same(tally.parts[:at], item.counted):
            continue  # "two permanent seats and a total of five non-permanent seats"
        before = tally.parts[:at]
        counts = [part.count for part in before]
        if len(before) < 2 or None in counts or sum(counts) > item.value:  # type: ignore[arg-type]
            return None
        return dataclasses.replace(tally, parts=before, total=item.value, end=before[-1].end)
    return tally


# A first part's label that names the whole, no place beside the later ones: "45 landlocked
# countries in the world and 16 in Africa", "120 cases worldwide and 40 in Africa".
_WHOLE_LABEL = re.compile(
    r"(?:[a-z]{2,20}ed\s{1,3})?"  # "reported worldwide", "arrived worldwide"
    r"(?:in\s{1,3})?(?:the\s{1,3})?(?:world(?:wide)?|globally|overall|in\s{1,3}(?:total|all))",
    re.IGNORECASE,
)


def with_whole_named_first(tally: Tally) -> Tally | None:
    """The tally with a first part labelled as the whole ("in the world") as its total.

    "There are 45 landlocked countries in the world and 16 are in Africa" reads like two
    places; the world is the whole the later counts are part of. Where they fit in it,
    the first count becomes the total of the rest; where they exceed it, the sentence
    states no split (None). Other tallies are returned as they are.

    >>> from surveystats.extract.tally_parts import Part
    >>> parts = [Part("world", 45, 10, 40), Part("Africa", 16, 45, 60)]
    >>> tally = with_whole_named_first(Tally("breakdown", 10, 60, parts))
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (45, [('Africa', 16)])
    """
    if tally.kind == "vote" or tally.total is not None or len(tally.parts) < 2:
        return tally
    first = tally.parts[0]
    if first.count is None or not _WHOLE_LABEL.fullmatch(first.category or ""):
        return tally
    return first_count_as_whole(tally)


# A share in parentheses that a label read after its part ran into: "won support (68%".
_SHARE_ENDING_LABEL = re.compile(
    r"\s{0,3}\(\s{0,2}(?P<share>\d{1,3}(?:\.(?P<decimals>\d{1,2}))?)\s{0,3}"
    r"(?:%|per\s{0,3}cent|percent)\s{0,2}\)?$"
)


def parts_of_first_count(tally: Tally) -> Tally | None:
    """The later parts of a tally whose shares say the first count is their whole.

    "412 proposals were tabled and 280 won support (68%)": 280 is 68 per cent of 412,
    so 412 is the total and 280 its one part, with the share its label ran into.
    """
    whole = first_count_as_whole(tally)
    if whole is None:
        return None
    parts = []
    for part in whole.parts:
        share = _SHARE_ENDING_LABEL.search(part.category or "")
        if share is not None and part.percent is None:
            part = dataclasses.replace(
                part,
                category=part.category[: share.start()],
                percent=float(share["share"]),
                decimals=len(share["decimals"] or ""),
            )
        parts.append(part)
    return dataclasses.replace(whole, parts=parts)


def first_count_as_whole(tally: Tally) -> Tally | None:
    """The tally with its first count as the total of the later parts, or None.

    None where the later counts exceed the first: they are no parts of it.

    >>> from surveystats.extract.tally_parts import Part
    >>> parts = [Part("made", 3814, 0, 10), Part("supported", 2797, 15, 40)]
    >>> tally = first_count_as_whole(Tally("breakdown", 0, 40, parts))
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (3814, [('supported', 2797)])
    """
    first, rest = tally.parts[0], tally.parts[1:]
    counts = [part.count for part in rest]
    if first.count is None or not rest or None in counts:
        return None
    if sum(counts) > first.count:  # type: ignore[arg-type]
        return None
    return dataclasses.replace(tally, parts=rest, total=first.count)


def _counts_the_same(parts: list[Part], noun: str | None) -> bool:
    """Whether ``noun`` (None: none written) is what each of ``parts`` counts, or its head.

    "foreign students" are "students"; "permanent seats" are no "non-permanent seats".
    """
    if noun is None:
        return True
    noun = noun.lower()
    return all(
        part.counted is None or f" {part.counted.lower()}".endswith(f" {noun}") for part in parts
    )


def first_count_before_rest(text: str, tally: Tally) -> bool:
    """Whether the first part is the whole of the later ones and of a rest named after them.

    Parameters
    ----------
    text
        The paragraph the tally was read from.
    tally
        A tally of counts; votes and tallies with a stated whole are never flagged.

    Returns
    -------
    bool
        True where a semicolon follows the first part, the later counts add up to less
        than it and "the rest" (or "the remainder", "the others") follows the last one
        in its clause with no count of its own.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Some 700 were freed; 410 were men and the rest women."
    >>> parts = [Part("freed", 700, 5, 19), Part("men", 410, 21, 35)]
    >>> first_count_before_rest(text, Tally("breakdown", 5, 35, parts))
    True
    >>> text = "Some 700 were freed; 910 were held and the rest sentenced."
    >>> parts = [Part("freed", 700, 5, 19), Part("held", 910, 21, 36)]
    >>> first_count_before_rest(text, Tally("breakdown", 5, 36, parts))
    False
    """
    if tally.kind == "vote" or tally.total is not None or len(tally.parts) < 2:
        return False
    counts = [part.count for part in tally.parts]
    if any(count is None for count in counts) or any(p.percent is not None for p in tally.parts):
        return False
    first, second, last = tally.parts[0], tally.parts[1], tally.parts[-1]
    if sum(counts[1:]) >= counts[0]:  # type: ignore[arg-type,operator]
        return False
    if ";" not in text[first.start : second.start]:
        return False
    return REST_NAMED_AFTER.match(text, last.start) is not None
