"""A later span of time is no subset: one part that only says when, of a whole over a span.

Field updates count a running total over a span and, after "including" or "of which", the
share of it that fell in a later, shorter span:

    A total of 1,854 people have been resettled since the scheme began, including 1,602
    arriving since October 2015.
    A total of 195,804 medical consultations were supported in 2018, out of which 91,184
    consultations were made within the reporting period.

The part names no kind of the whole's things, only a time inside the whole's own span: it
is the same count read over two spans (a series), no split of one whole, and the
conventions of the package read a time as no label ("including 12 in 2015"). The readers
of one part see a label "arriving since October 2015" that opens on a verb; this module
drops such a one-part tally where the whole's clause is itself bound to a span of time
("since", "in 2018", "during", "as of", "between"). Where the whole names no span, the part's
time says which of the whole it is ("The Committee considered 146 communications, including
58 registered during the period" keeps its part).

Every pattern is anchored or bounded: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import Tally

__all__ = ["TIME_SUBSET_WORDS", "without_time_subsets"]

#: Literals one of which a paragraph holds where a part may name only a time.
TIME_SUBSET_WORDS = (
    *("since ", "during ", "within ", " in 19", " in 20", " period", "between ", " this year"),
)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A phrase of time: "since October 2015", "within the reporting period", "in 2017", "during
# the past week" (not "in the first month of life", an age).
_TIME = (
    r"(?:since|in|during|within|over|between|from|as\s{1,3}of|by|before|after|until)"
    r"\s{1,3}(?:the\s{1,3})?(?:\d{1,2}\s{1,3})?"
    rf"(?:(?:19|20)\d\d|{_MONTHS}|past|last|previous|reporting|same|current|period|quarter)\b"
)
# What a part that says only when is: at most one verb (and its adverb or particle), then a
# time to the label's end ("arriving since October 2015", "were made within the reporting
# period", "went home in the last four months").
_ONLY_WHEN = re.compile(
    rf"(?:(?:were|was|are|is|have|has|had|been)\s{{1,3}}){{0,2}}(?:[a-z]+\s{{1,3}}){{0,2}}{_TIME}"
    r"(?:\s{1,3}(?!of\b)[\w’'-]+){0,5}\s*$"  # "of life" after "the first month": an age
)
# The whole's own span: "since the scheme began", "in 2018", "as of 30 June", "during",
# "this year".
_SPAN_OF_WHOLE = re.compile(
    rf"\b(?:since|during|between|as\s{{1,3}}of|over\s{{1,3}}the\s{{1,3}}(?:past|last)|this\s{{1,3}}year"
    rf"|in\s{{1,3}}(?:(?:19|20)\d\d|{_MONTHS}))\b"
)


def without_time_subsets(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the one-part tallies whose part names only a later span of time.

    Parameters
    ----------
    text
        The paragraph the tallies were read from.
    tallies
        Its tallies.

    Returns
    -------
    list[Tally]
        The same tallies, less each breakdown of one part and a total whose part's label
        is at most a verb and a time, where the whole's clause names a span of its own.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "1,854 people have been resettled since 2013, including 1,602 arriving since 2015."
    >>> part = Part("arriving since 2015", 1602, 47, 81)
    >>> without_time_subsets(text, [Tally("breakdown", 0, 81, [part], total=1854)])
    []
    >>> text = "It considered 146 communications, including 58 registered during the period."
    >>> part = Part("registered during the period", 58, 44, 76)
    >>> len(without_time_subsets(text, [Tally("breakdown", 3, 76, [part], total=146)]))
    1
    """
    return [tally for tally in tallies if not _names_only_a_later_span(text, tally)]


def _names_only_a_later_span(text: str, tally: Tally) -> bool:
    if tally.kind != "breakdown" or tally.total is None or len(tally.parts) != 1:
        return False
    part = tally.parts[0]
    label = part.category or ""
    counted = part.counted or ""
    if counted and label.startswith(counted.split()[-1]):
        label = label[len(counted.split()[-1]) :].lstrip()  # "consultations were made ..."
    if not _ONLY_WHEN.match(label):
        return False
    return _SPAN_OF_WHOLE.search(text, tally.start, part.start) is not None
