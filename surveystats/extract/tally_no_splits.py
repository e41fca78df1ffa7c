"""Readings of the list readers that split no one group, and lists that hold two splits.

The readers of lists take any run of parallel counts for the parts of one whole. Three
shapes are lists of counts that are not:

- counts of the stages of one process, the later a subset of the earlier: "180,000
  cases and 1,300 deaths were reported" (the deaths are among the cases), "3,000 arrests
  and 450 convictions", "900 applications and 120 approvals". No tally
  (:func:`without_false_splits`).
- counts that each carry their share of a whole of their own: "43 individuals (5%) in
  town A and 12 individuals (4%) in town B report ..." (43 of about 860, 12 of about
  300; neither share is one of the 55). Where the wholes the shares imply cannot be one
  number, whatever the rounding of the shares, the counts and their shares are no split
  of one group. No tally (:func:`without_false_splits`).
- a nest written as one list: "102 people were killed and 199 injured, including 56
  killed and 89 injured in the past 24 hours" repeats after "including" the labels of
  the parts before it; the later pair is a subset of the first, not two more parts. Two
  tallies, the later labelled with the words its last label adds ("in the past 24
  hours") (:func:`with_nests_apart`).

Each function looks at the tallies the readers kept, once each: linear time.
"""

from __future__ import annotations

import re
from fractions import Fraction

from surveystats.extract.tally_parts import Part, Tally

__all__ = ["with_nests_apart", "without_false_splits"]

# The stages of one process, by the head noun of the count of the first stage: a count of
# a later stage is a subset of it ("cases" -> "deaths"), never a part beside it.
_LATER_STAGES: dict[str, frozenset[str]] = {
    "case": frozenset({"death", "fatality", "recovery", "hospitalization", "hospitalisation"}),
    "infection": frozenset({"death", "fatality"}),
    "arrest": frozenset({"conviction", "indictment", "prosecution", "charge", "sentence"}),
    "application": frozenset({"approval", "rejection", "grant", "refusal"}),
    "claim": frozenset({"approval", "rejection", "award"}),
    "complaint": frozenset({"conviction", "prosecution", "indictment"}),
}
# Words that open a subset of what the list before them counted.
_NEST_CUE = re.compile(
    r"[\s,;(]{1,4}(?:including|of\s{1,3}whom|of\s{1,3}which|among\s{1,3}them)\s{1,3}$"
)
_NEST_CUE_REACH = 20  # characters between the last part before the cue and the cue's end
# How far an implied whole may stray beyond the rounding of its share before two wholes
# are told apart: counts are often rounded too ("1.2 million (40%)").
_WHOLE_SLACK = Fraction(11, 10)


def _singular(word: str) -> str:
    """A plural noun as its singular, for the few nouns :data:`_LATER_STAGES` lists."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _head(part: Part) -> str | None:
    """The head noun of what a part counts: its counted noun, else its label's first word."""
    phrase = part.counted or part.category
    if not phrase:
        return None
    words = phrase.split()
    # "deaths of cholera": the head before "of"; "cholera cases": the last word
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return _singular(head.lower())


def _counts_stages(tally: Tally) -> bool:
    """Whether the counts include a stage of a process and a later stage of it."""
    if tally.unit != "count" or len(tally.parts) < 2:
        return False
    heads = {head for part in tally.parts if (head := _head(part)) is not None}
    return any(heads & later for first, later in _LATER_STAGES.items() if first in heads)


def _implied_whole(count: int, percent: float, decimals: int | None) -> tuple[Fraction, Fraction]:
    """The range of wholes of which ``count`` is ``percent``, the share as rounded."""
    share = Fraction(str(percent))
    half = Fraction(1, 2 * 10 ** (decimals or 0))
    return Fraction(count * 100) / (share + half), Fraction(count * 100) / (share - half)


def _own_wholes(pairs: list[tuple[Part, Part]]) -> bool:
    """Whether counts and their shares imply wholes that cannot be one number.

    ``pairs`` holds each count's part and the part that holds its share (the same part
    where one part holds both).
    """
    if len(pairs) < 2:
        return False
    lows, highs = [], []
    for counted, shared in pairs:
        if counted.count is None or shared.percent is None or counted.count <= 0:
            return False
        half = Fraction(1, 2 * 10 ** (shared.decimals or 0))
        if Fraction(str(shared.percent)) <= half:
            return False  # "(0%)": any whole at all
        low, high = _implied_whole(counted.count, shared.percent, shared.decimals)
        lows.append(low)
        highs.append(high)
    return max(lows) > min(highs) * _WHOLE_SLACK


def _share_pairs(
    tally: Tally, tallies: list[Tally]
) -> tuple[Tally | None, list[tuple[Part, Part]]]:
    """The parts of a count tally paired with their shares, and the tally holding them.

    Shares are in the count's own parts ("43 (5%) in A"), or in a tally of shares over
    the same labels that the readers read beside the counts.
    """
    if all(part.percent is not None for part in tally.parts):
        return None, [(part, part) for part in tally.parts]
    for other in tallies:
        if (
            other is not tally
            and other.unit == "percent"
            and len(other.parts) == len(tally.parts)
            and other.start < tally.end
            and tally.start < other.end
            and all(
                # the share written by its count: "43 individuals (5%) in A"
                share.category == part.category
                and share.start < part.end
                and part.start < share.end
                for share, part in zip(other.parts, tally.parts, strict=True)
            )
        ):
            return other, list(zip(tally.parts, other.parts, strict=True))
    return None, []


def without_false_splits(tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the lists of counts that split no one group.

    Counts of a process's stages ("180,000 cases and 1,300 deaths") and counts whose
    shares are shares of wholes of their own ("43 individuals (5%) in A and 12
    individuals (4%) in B") are dropped, with the tally of their shares.

    Parameters
    ----------
    tallies
        The tallies kept for one paragraph, in order.

    Returns
    -------
    list of Tally
        The same tallies, in order, less those that are no split.

    Examples
    --------
    >>> cases = Part("cases", 180000, 0, 13, counted="cases")
    >>> deaths = Part("deaths", 1300, 18, 30, counted="deaths")
    >>> without_false_splits([Tally("breakdown", 0, 30, [cases, deaths])])
    []
    >>> a = Part("in A", 43, 0, 20, percent=5.0, decimals=0)
    >>> b = Part("in B", 12, 25, 45, percent=4.0, decimals=0)
    >>> without_false_splits([Tally("breakdown", 0, 45, [a, b])])
    []
    """
    dropped: set[int] = set()
    for tally in tallies:
        if tally.unit != "count" or tally.kind == "vote" or tally.total is not None:
            continue
        if _counts_stages(tally):
            dropped.add(id(tally))
            continue
        shares, pairs = _share_pairs(tally, tallies)
        if _own_wholes(pairs):
            dropped.add(id(tally))
            if shares is not None:
                dropped.add(id(shares))
    if not dropped:
        return tallies
    return [tally for tally in tallies if id(tally) not in dropped]


def _label_words(category: str | None) -> list[str]:
    return category.lower().split() if category else []


def _nest_at(text: str, tally: Tally) -> int | None:
    """The index of the first part after a cue that opens a repeat of the parts before it."""
    parts = tally.parts
    for index in range(2, len(parts) - 1):
        gap = text[parts[index - 1].end : parts[index].start]
        if len(gap) > _NEST_CUE_REACH or _NEST_CUE.search(gap) is None:
            continue
        before = [_label_words(part.category) for part in parts[:index]]
        after = [_label_words(part.category) for part in parts[index:]]
        if len(after) < 2 or not all(words for words in before + after):
            return None
        # every later label opens with a whole earlier label, in the same order
        if len(after) <= len(before) and all(
            later[: len(earlier)] == earlier for earlier, later in zip(before, after, strict=False)
        ):
            return index
        return None
    return None


def with_nests_apart(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a list that repeats its labels after "including" cut in two.

    "102 people were killed and 199 injured, including 56 killed and 89 injured in the
    past 24 hours": the counts after the cue are a subset of those before it, label by
    label. The first tally keeps the parts before the cue; the second the parts after
    it, each label given the words the last one adds to its earlier label ("in the
    past 24 hours").

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for ``text``, in order.

    Returns
    -------
    list of Tally
        The tallies, in order, each nest its own tally after the one it is a subset of.

    Examples
    --------
    >>> text = "102 were killed and 199 injured, including 56 killed and 89 injured today."
    >>> parts = [Part("killed", 102, 0, 15), Part("injured", 199, 20, 31),
    ...          Part("killed", 56, 43, 52), Part("injured", 89, 57, 73)]
    >>> [[(p.category, p.count) for p in t.parts]
    ...  for t in with_nests_apart(text, [Tally("breakdown", 0, 73, parts)])]
    [[('killed', 102), ('injured', 199)], [('killed today', 56), ('injured today', 89)]]
    """
    result: list[Tally] = []
    for tally in tallies:
        index = _nest_at(text, tally) if tally.unit == "count" and tally.total is None else None
        if index is None:
            result.append(tally)
            continue
        outer, inner = tally.parts[:index], tally.parts[index:]
        earlier = _label_words(outer[len(inner) - 1].category)
        last = inner[-1].category or ""
        added = " ".join(last.split()[len(earlier) :])
        if added:
            for part, before in zip(inner[:-1], outer, strict=False):
                if part.category and part.category.lower() == (before.category or "").lower():
                    part.category = f"{part.category} {added}"
        tally.parts, end = outer, tally.end
        tally.end = outer[-1].end
        nest = Tally(tally.kind, inner[0].start, end, inner, subject=tally.subject, unit=tally.unit)
        result.extend((tally, nest))
    return result
