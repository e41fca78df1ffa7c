"""A side of one vote named in words, joined to the vote its sentence or the one before holds.

Speeches, press copy and news name a side of one voter without a figure: "with the United
States casting the lone vote against", "Russia cast the sole dissenting vote", "China
casting the only abstention", "One permanent member chose to cast the lone vote against
that draft resolution" (the sentence after "13 members of the Security Council voted in
favour of the draft"). "the lone vote", "the sole vote", "the only vote" and "the single
vote" against (or "negative", "dissenting", "opposing") count one voter against; "the lone
(sole, only, single) abstention" one abstention. The words are a closed class, and the side
is read only where it completes a vote: a vote read before it, in its sentence or the one
before, with a side in favour and without the side the words name ("passed 6-1. X cast the
lone dissenting vote" has its side against already and is left as read). Alone ("Ms. Ruiz
cast the lone vote against the ordinance") it stays none: no vote is counted.

Every pattern is bounded and tried only where its literal stands: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import GAP, Part, Tally

__all__ = ["LONE_SIDE_WORDS", "join_lone_sides"]

#: Literals one of which a paragraph holds where a side of one voter may be named.
LONE_SIDE_WORDS = ("lone ", "sole ", "only ", "single ")

# "the lone vote against", "the sole dissenting vote", "the only negative vote", "its lone
# 'no' vote", "the single abstention".
_LONE_SIDE = re.compile(
    rf"""(?<![\w-])(?:the|its|their){GAP}(?:lone|sole|only|single){GAP}
    (?:(?P<against>(?:(?:negative|dissenting|opposing|contrary)|["“']no["”']){GAP}vote
            |vote{GAP}(?:against|in{GAP}opposition))
        |(?P<abstention>abstention))(?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_REACH = 480  # characters after a vote where the side that completes it may be named
# The end of the sentence after the one that holds a vote's end: the side may stand there
# but no further.
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s|$)")


def join_lone_sides(text: str, tallies: list[Tally]) -> None:
    """Add to each vote the side of one voter named in words after it.

    Parameters
    ----------
    text
        One paragraph.
    tallies
        What the readers found in it, in text order; votes are changed in place.

    Examples
    --------
    >>> text = ("Thirteen members voted in favour of the draft. One permanent member "
    ...     "chose to cast the lone vote against it.")
    >>> vote = Tally("vote", 0, 33, [Part("in favour", 13, 0, 33)])
    >>> join_lone_sides(text, [vote])
    >>> [(part.category, part.count) for part in vote.parts]
    [('in favour', 13), ('against', 1)]
    >>> text = "It passed 6-1. Ms. Ruiz cast the lone dissenting vote."
    >>> vote = Tally("vote", 10, 13, [Part("in favour", 6, 10, 11), Part("against", 1, 12, 13)])
    >>> join_lone_sides(text, [vote])
    >>> len(vote.parts)
    2
    """
    for index, tally in enumerate(tallies):
        if tally.kind != "vote" or tally.unit != "count":
            continue
        categories = {part.category for part in tally.parts}
        if "in favour" not in categories:
            continue
        limit = min(len(text), tally.end + _REACH)
        if index + 1 < len(tallies):
            limit = min(limit, tallies[index + 1].start)  # no side past the next tally
        limit = _end_of_next_sentence(text, tally.end, limit)
        side = _LONE_SIDE.search(text, tally.end, limit)
        if side is None:
            continue
        category = "against" if side["against"] else "abstentions"
        if category in categories:
            continue  # "passed 6-1. X cast the lone dissenting vote": counted already
        tally.parts.append(Part(category, 1, side.start(), side.end()))
        tally.end = max(tally.end, side.end())


def _end_of_next_sentence(text: str, start: int, limit: int) -> int:
    """Where the sentence after the one ``start`` stands in ends (``limit`` at most)."""
    for stops, stop in enumerate(_SENTENCE_END.finditer(text, start, limit), start=1):
        if stops == 2:
            return stop.end()
    return limit
