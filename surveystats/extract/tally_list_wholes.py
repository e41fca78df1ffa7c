"""A whole stated earlier in a list's own sentence: "Most of the 1,874 allegations ... (712)".

Reports often state a whole, then list its largest parts in the same sentence without an
"of which":

    Most of the 1,874 allegations received concerned operations in A (712), B (406) and C
    (389).

    The number of refugees in the region is 778,300, including 69,700 in A, 242,300 in B
    and 444,600 in C.

    Mines killed or injured 5,757 people in 2023, with the highest tolls in A (1,003),
    B (933) and C (651).

    The country hosts 1.5 million refugees, mostly from A (62 per cent) and B (24 per cent).

    Among the 3,148 officials trained in 2022 were 1,902 men and 1,246 women.

    Of the 5.6 million refugees registered in the region, Turkiye hosts 3.6 million,
    Lebanon 815,000 and Jordan 660,000.

    In all, 4,215 households were interviewed; 58 per cent of them named food, 21 per cent
    shelter and 13 per cent health care.

The readers of lists read the parts and leave the whole out. :func:`attach_whole_of_list`
gives such a list its total: the last count of a named noun before the list in its
sentence (or a count with no noun that a number or total its clause names is: "The
number of refugees ... is 778,300"), with no other count between them, where words say
the list is of it (a quantifier before it, "most of the", "among the", "of the" opening
the sentence; or between them "with the highest", "mostly", "mainly", "including", "of
them", a colon) and the parts fit in it: counts that add up to at most the whole, shares
to at most 100 within rounding. A part that counts a noun of its own must count the
whole's (or people, where the whole counts people). Votes, and tallies that have a total,
are left alone.

A whole may also follow its parts after "out of": "In all, 120 countries replied, out of the
193 invited" is one part of 193, never two parts (:func:`whole_out_of_after`), or after
the part's share of it: "responses from 141 countries, representing 74% of the 191 Member
States" is one part of 191 at 74 per cent (:func:`whole_of_share_after`).
"""

from __future__ import annotations

import bisect
import re

from surveystats.extract.tally_items import (
    ASKED_WORDS,
    NOT_COUNT_AFTER,
    PEOPLE_NOUNS,
    Item,
    item_starts,
    items_starting_in,
)
from surveystats.extract.tally_parts import SpanIndex, Tally
from surveystats.text import sentence_starts

__all__ = ["attach_whole_of_list", "whole_of_share_after", "whole_out_of_after"]

# A quantifier that makes the count after it the whole a list splits: "Most of the 1,874
# allegations", "Among the 3,148 officials", "All of the 40 sites".
_QUANTIFIER_BEFORE = re.compile(
    r"\b(?:(?:most|many|all|some|several|(?:nearly|almost)\s{1,3}all|the\s{1,3}majority"
    r"|the\s{1,3}bulk)\s{1,3}of|among|amongst)\s{1,3}the\s{1,3}$",
    re.IGNORECASE,
)
_QUANTIFIER_REACH = 40
# A whole that opens its sentence after "of": "Of the 5.6 million refugees registered in the
# region, Turkiye hosts 3.6 million, Lebanon 815,000 ...", "Out of the 412 schools, ...".
_OF_THE_OPENS = re.compile(
    r"\s{0,3}(?:of|out\s{1,3}of)\s{1,3}(?:the|these|those)\s{1,3}"
    r"(?:(?:estimated|some|about|approximately|nearly|almost|over|more\s{1,3}than)\s{1,3})?$",
    re.IGNORECASE,
)
# A whole written with no noun after it, as the value of a number or total its clause
# names: "The number of refugees in the region is 778,300, including ...", "The death toll
# has risen to 1,240, including ...", "The total caseload stands at 52,000, mainly in ...".
_STATED_WHOLE_BEFORE = re.compile(
    r"\b(?:number|total|toll|caseload)\b(?:[^.;:,()\d]|(?<!\d)\d{4}(?!\d)){0,80}?\s"
    r"(?:is|was|are|were|stands\s{1,3}at|stood\s{1,3}at|reached|(?:has\s{1,3})?(?:rose|risen)"
    r"\s{1,3}to|(?:amounts|amounted)\s{1,3}to|totals|totalled|totaled|estimated\s{1,3}at)"
    r"\s{1,3}(?:(?:some|about|around|nearly|almost|approximately|roughly)\s{1,3})?$",
    re.IGNORECASE,
)
_STATED_WHOLE_REACH = 120
# Words between a whole and its listed parts that say the list is of it.
_LINK = re.compile(
    r"\b(?:with\s{1,3}(?:the\s{1,3})?(?:highest|largest|most|majority|bulk|greatest)"
    r"|mostly|mainly|primarily|chiefly|largely|predominantly|including"
    r"|of\s{1,3}(?:them|whom|which|these)|among\s{1,3}(?:them|whom))\b|:",
    re.IGNORECASE,
)
# A preposition right before a count: it places the whole ("in 41 countries").
_PLACED_BEFORE = re.compile(
    r"\b(?:in|across|from|at|to|on|for|by|within|throughout)\s{1,3}(?:the\s{1,3})?$",
    re.IGNORECASE,
)
# How far a whole may stand before its list.
_BRIDGE_REACH = 220
# Shares given rounded may add up to a little over 100.
_SHARE_SLACK = 1.5


def _head(noun: str | None) -> str | None:
    return noun.split()[-1].lower() if noun else None


def _nouns_fit(tally: Tally, whole: Item) -> bool:
    """Whether every part that names a noun counts the whole's, or people within people."""
    whole_head = _head(whole.counted)
    for part in tally.parts:
        head = _head(part.counted)
        if head is None or head == whole_head:
            continue
        if not (whole_head in PEOPLE_NOUNS and head in PEOPLE_NOUNS):
            return False
    return True


# Wholes that shares in a list split: people, and the households and families they live in
# ("hosts 48,000 refugees, mostly from A (71 per cent)"); shares after "14 sites" may be
# rates of the places ("with the highest needs in A (42 per cent)").
_SHARED_WHOLES = PEOPLE_NOUNS | frozenset(("households", "families", "respondents"))


def _parts_fit(tally: Tally, whole: Item) -> bool:
    """Whether the parts fit in ``whole``: counts up to it, shares up to 100 of people."""
    if tally.unit == "percent":
        if _head(whole.counted) not in _SHARED_WHOLES:
            return False
        shares = [part.percent for part in tally.parts]
        return None not in shares and sum(shares) <= 100 + _SHARE_SLACK  # type: ignore[arg-type]
    counts = [part.count for part in tally.parts]
    return None not in counts and sum(counts) <= whole.value  # type: ignore[arg-type]


def _stated_whole(text: str, count: Item, start: int) -> bool:
    """Whether ``count`` is the value of a number or total its clause names."""
    reach = max(start, count.start - _STATED_WHOLE_REACH)
    return _STATED_WHOLE_BEFORE.search(text, reach, count.start) is not None


def _whole_before(text: str, tally: Tally, counts: list[Item], start: int) -> Item | None:
    """The count that states the whole of ``tally``, in its sentence before it, or None.

    Counts that only place the whole ("trained in 41 countries", "across 11
    governorates": after a preposition) are passed over.
    """
    at = bisect.bisect_left([item.start for item in counts], tally.start) - 1
    while (
        at >= 0
        and _PLACED_BEFORE.search(text, max(0, counts[at].start - 12), counts[at].start)
        and not _stated_whole(text, counts[at], start)  # "has risen to 1,240": no place
    ):
        at -= 1
    if at < 0:
        return None
    whole = counts[at]
    if whole.start < start or whole.value is None:
        return None
    if whole.counted is None and not _stated_whole(text, whole, start):
        return None  # a count with no noun is a whole only as a stated number or total
    if tally.start - whole.end > _BRIDGE_REACH:
        return None
    quantified = _QUANTIFIER_BEFORE.search(
        text, max(start, whole.start - _QUANTIFIER_REACH), whole.start
    ) or _OF_THE_OPENS.match(text, start, whole.start)
    # the link may be the first part's own words: "; 58 per cent of them named food"
    first_end = tally.parts[0].end if tally.parts else tally.start
    bridge = text[whole.head_end : max(tally.start, first_end)]
    if quantified is None and _LINK.search(bridge) is None:
        return None
    if ";" in text[whole.head_end : tally.start] and not re.search(r"\bof\s{1,3}them\b", bridge):
        return None  # another clause, unless it points back at the whole
    return whole


def _take_whole_of_first_part(tally: Tally, items: list[Item], starts: list[int] | None) -> None:
    """Give a list the whole its first part is "of", where the later parts elide it.

    "8% of the 2.2 million IDPs are in camps, while 60% are in private settings; 10% remain
    in critical shelter and 2% in other types": the first share names the whole every
    share is of (total 2,200,000). Not where a later part names a whole of its own ("21
    per cent of girls and 4 per cent of boys") or the parts exceed it. ``starts`` are
    :func:`~surveystats.extract.tally_items.item_starts` of ``items``.
    """
    first = tally.parts[0]
    own = items_starting_in(items, starts, first.start, first.end)
    if len(own) != 1 or own[0].of_total is None or own[0].kind not in ("count", "percent"):
        return
    if own[0].counted is None or NOT_COUNT_AFTER.match(own[0].counted):
        return  # "45 per cent of the 3,100 dollars": money or a measure, no count
    later = items_starting_in(items, starts, first.end, tally.end)
    if any(item.of_total is not None or item.of_noun for item in later):
        return  # another whole: "21 per cent of girls and 4 per cent of boys"
    if tally.unit == "percent":
        shares = [part.percent for part in tally.parts]
        if None in shares or sum(shares) > 100 + _SHARE_SLACK:  # type: ignore[arg-type]
            return
    else:
        counts = [part.count for part in tally.parts]
        if None in counts or sum(counts) > own[0].of_total:  # type: ignore[arg-type]
            return
    tally.total = own[0].of_total
    tally.subject = tally.subject or own[0].counted


def attach_whole_of_list(text: str, tallies: list[Tally], items: list[Item]) -> None:
    """Give a list with no total the whole its sentence states before it.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies found in it, changed in place: a list with no total gets one, its
        subject and the counted noun of parts that name none from the whole (a survey's,
        where the whole was asked).
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Mines killed 5,757 people, with the highest tolls in A (1,003) and B (933)."
    >>> a, b = text.index("A ("), text.index("B (")
    >>> split = Tally("breakdown", a, b + 7, [Part("A", 1003, a, a + 9), Part("B", 933, b, b + 7)])
    >>> attach_whole_of_list(text, [split], read_items(text))
    >>> split.total, split.subject, [part.counted for part in split.parts]
    (5757, 'people', ['people', 'people'])
    """
    lists = [
        tally
        for tally in tallies
        if tally.total is None and tally.kind != "vote" and len(tally.parts) > 1
    ]
    if not lists:
        return
    starts = item_starts(items)
    for tally in lists:
        _take_whole_of_first_part(tally, items, starts)  # "8% of the 2.2 million IDPs are in"
    lists = [tally for tally in lists if tally.total is None]
    # a count another tally splits, or that is a part of a list, is no whole of these
    taken = SpanIndex((t.start, t.end) for t in tallies if len(t.parts) > 1)
    counts = [item for item in items if item.kind == "count" and not taken.covers(item.start)]
    if not counts:
        return
    starts = sentence_starts(text)
    for tally in lists:
        start = starts[bisect.bisect_right(starts, tally.start) - 1] if starts else 0
        whole = _whole_before(text, tally, counts, start)
        if whole is None or not _parts_fit(tally, whole) or not _nouns_fit(tally, whole):
            continue
        if any(part.count == whole.value for part in tally.parts):
            continue
        tally.total = whole.value
        tally.subject = whole.counted
        for part in tally.parts:
            part.counted = part.counted or whole.counted  # "Myanmar (1,003)" people
        if ASKED_WORDS.search(text, whole.start, tally.start) is not None:
            tally.kind = "survey"  # "4,215 households were interviewed; 58 per cent of them"


# A count after "out of" that closes a list, read as its last part ("out of the 193
# invited") or left after it ("..., out of the 60 States approached").
_OUT_OF = r"out\s{1,3}of\s{1,3}(?:(?:the|a\s{1,3}total\s{1,3}of)\s{1,3})?"
_OUT_OF_OPENS = re.compile(rf"{_OUT_OF}\d", re.IGNORECASE)
_OUT_OF_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{1,3}}{_OUT_OF}(?P<total>\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}})"
    r"(?![\d.,]\d|\s{0,3}(?:per\s{1,3}cent|%))",
    re.IGNORECASE,
)


def whole_out_of_after(text: str, tallies: list[Tally]) -> None:
    """Make a whole after "out of" a list's total: its last part, or the count after it.

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "In all, 120 countries replied, out of the 193 invited."
    >>> a = text.index("120")
    >>> tally = Tally("survey", a, 53, [Part("replied", 120, a, 29), Part("invited", 193, 31, 53)])
    >>> whole_out_of_after(text, [tally])
    >>> tally.total, [(part.category, part.count) for part in tally.parts]
    (193, [('replied', 120)])
    """
    for tally in tallies:
        if tally.total is not None or tally.kind == "vote" or not tally.parts:
            continue
        counts = [part.count for part in tally.parts]
        if None in counts or any(part.percent is not None for part in tally.parts):
            continue
        after = _OUT_OF_AFTER.match(text, tally.end)
        if after is not None and sum(counts) <= int(after["total"].replace(",", "")):  # type: ignore[arg-type]
            tally.total = int(after["total"].replace(",", ""))  # "..., out of the 60 approached"
            continue
        last = tally.parts[-1]
        if len(counts) < 2 or _OUT_OF_OPENS.match(text, last.start) is None:
            continue
        if sum(counts[:-1]) > last.count:  # type: ignore[arg-type, operator]
            continue
        tally.total = last.count
        tally.parts = tally.parts[:-1]


# A part's share of a whole stated after it: ", representing 74% of the 191 Member States",
# ", or 38 per cent of the 210 invited", ", i.e. 12 per cent of a total of 300".
_SHARE_OF_WHOLE_AFTER = re.compile(
    r"\s{0,3},?\s{1,3}(?:representing|or|i\.e\.|that\s{1,3}is|equivalent\s{1,3}to"
    r"|accounting\s{1,3}for)\s{1,3}"
    r"(?P<qualifier>(?:some|about|around|approximately|nearly|almost|roughly|over|just)\s{1,3})?"
    r"(?P<share>\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per\s{1,3}cent|percent)\s{1,3}of\s{1,3}"
    r"(?:the\s{1,3}|a\s{1,3}total\s{1,3}of\s{1,3}|the\s{1,3}total\s{1,3})?"
    r"(?P<total>\d{1,3}(?:,\d{3})+|\d{1,5})(?![\d.,]\d)",
    re.IGNORECASE,
)
_ROUGH_POINTS = 2  # a share given roughly may be this many points from its counts' share


def whole_of_share_after(text: str, tallies: list[Tally]) -> None:
    """Give a one-part tally the whole its share after it is of, and the share.

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Responses came from 141 countries, representing 74% of the 191 Member States."
    >>> a = text.index("141")
    >>> tally = Tally("survey", a, 33, [Part("responded", 141, a, 33)])
    >>> whole_of_share_after(text, [tally])
    >>> tally.total, tally.parts[0].percent
    (191, 74.0)

    The share must be the part's share of the whole within its rounding (a few points
    where it is given roughly); a share of another whole is left alone.
    """
    for tally in tallies:
        if tally.total is not None or tally.kind == "vote" or len(tally.parts) != 1:
            continue
        part = tally.parts[0]
        if part.count is None or part.percent is not None:
            continue
        after = _SHARE_OF_WHOLE_AFTER.match(text, max(tally.end, part.end))
        if after is None:
            continue
        total, share = int(after["total"].replace(",", "")), float(after["share"])
        slack = _ROUGH_POINTS if after["qualifier"] else 0.5 * 10 ** -_decimals(after["share"])
        if not part.count < total or abs(100 * part.count / total - share) > slack:
            continue
        tally.total = total
        part.percent = share
        part.decimals = _decimals(after["share"])
        tally.end = max(tally.end, after.end())


def _decimals(written: str) -> int:
    return len(written.partition(".")[2])
