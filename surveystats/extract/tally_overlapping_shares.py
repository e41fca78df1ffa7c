"""Shares of one group that answer different questions: one tally each.

A survey's report often gives, in one sentence, the shares of one group that said
different things:

    78 per cent of the managers surveyed see the reform as a chance, and 69 per cent
    believe it will raise their costs.

    About 80 per cent of the 105 responding countries had a plan, and 66 per cent had
    trained staff.

The readers of lists read such shares as the parts of one split. They are not: each
share opens a clause with a verb of its own, and two of them add up to more than the
whole, so some of the group are in both (no one is in two parts of a split).
:func:`split_overlapping_answers` makes each share a tally of one part of the group, with
the total, subject and base the list had, and a survey's kind where the list speaks of one
(:func:`~surveystats.extract.tally_items.speaks_of_survey`). Shares that answer one
question with their own verbs stay one tally where no two of them pass the whole
together ("70 per cent approved, 20 per cent disapproved and 25 per cent had no opinion":
the checks flag its sum), and so do answers listed to one verb ("Cost was cited by 61 per
cent, distance by 50 per cent", the choices of one question that allows several).
Figures of groups one of which another names too ("90 per cent ... are women and children
and 73 per cent are children") overlap and split no whole:
:func:`without_nested_labels` drops them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from surveystats.extract.tally_items import (
    PEOPLE_NOUNS,
    is_clause_verb,
    speaks_of_survey,
    word_set,
)
from surveystats.extract.tally_parts import Part, Tally
from surveystats.text import sentence_starts

__all__ = [
    "shares_overlap",
    "split_overlapping_answers",
    "without_added_acts",
    "without_nested_labels",
]

# Two shares of one whole add up to at most 100.5 within rounding; more for each share
# given roughly ("nearly 60 per cent").
_SHARE_SLACK = 0.5
_ROUGH_SLACK = 2.0
# A share that opens its part, after at most two words ("About 80 per cent", "only 54
# percent"; in digits or words: "Eighty-five per cent"), and the words after it up to
# the next mark of punctuation.
_OPENING_SHARE = re.compile(
    r"(?:[A-Za-z]+\s{1,3}){0,2}?(?:\d+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)"
    r"\s{0,3}(?:%|per\s{0,3}cent\b|percent\b)"
    r"(?P<rest>[^,;:()]{0,80})"
)


def split_overlapping_answers(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with each list of overlapping answers made one tally per share.

    A tally is split where it is a percentage tally of two parts or more, none of them a
    count, every part a clause that its share opens with a verb after it (and after the
    group it is of), and two of its shares add up to more than 100 within rounding.
    Votes are left alone. Shares of a whole that is never counted, where no one was asked,
    are dropped: a single share of an uncounted whole is none ("Eighty-five per cent of
    the world's refugees are hosted in ..., and 69 per cent live in ..."), and so are
    answers whose whole the sentence never names ("More than 80 percent were satisfied
    ..., and at least 95 percent felt ...").
    """
    if not any(_overlaps(text, tally) or _opinions_of_named_poll(text, tally) for tally in tallies):
        return tallies
    split: list[Tally] = []
    for tally in tallies:
        if _overlaps(text, tally):
            # answers of those asked ("of the staff surveyed") are a survey's, and so are
            # opinions in a sentence that names its poll before them
            asked = (
                tally.kind == "survey"
                or speaks_of_survey(text, tally.start, tally.end)
                or _opinions_of_named_poll(text, tally)
            )
            kind = "survey" if asked else tally.kind
            if tally.total is None and (kind != "survey" or not tally.parts[0].base):
                continue  # a lone share of a whole never counted, or never named, is none
            split.extend(
                replace(tally, kind=kind, parts=[part], start=part.start, end=part.end)
                for part in tally.parts
            )
        elif tally.kind == "breakdown" and _opinions_of_named_poll(text, tally):
            # "According to the Global Survey, 58% of people consider ... and 30% believe
            # ...": the opinions of the poll the sentence names are a survey's
            split.append(replace(tally, kind="survey"))
        else:
            split.append(tally)
    return split


# A survey or poll named in a sentence before its shares: "According to the Global Survey,
# a poll by UNDP, 58% of people consider ...", "The 2023 youth poll shows 60% ...".
_POLL_NAMED = re.compile(r"(?i)\b(?:survey|poll|questionnaire)s?\b")
# Verbs of opinion that open an answer to a poll: "consider ...", "believe ...".
_OPINION_VERBS = word_set(
    """consider considers considered believe believes believed think thinks thought say
    says said feel feels felt want wants wanted agree agrees agreed disagree disagrees
    support supports supported oppose opposes opposed favour favours favor favors prefer
    prefers expect expects hope hopes fear fears worry worries trust trusts intend intends
    plan plans view views see sees"""
)


def _opinions_of_named_poll(text: str, tally: Tally) -> bool:
    """Whether every share of ``tally`` opens an opinion, in a sentence that names a poll.

    The poll named before the first share, in its sentence: "According to the Global
    Survey, 64% of people consider ... and almost 60% believe ..." (the shares of people
    no poll is named for, "85 per cent of refugees are hosted in ...", say no opinion).

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "In the poll, 64% of people consider it urgent and 60% believe it is late."
    >>> parts = [Part("consider it urgent", None, 13, 46, percent=64.0),
    ...          Part("believe it is late", None, 51, 73, percent=60.0)]
    >>> _opinions_of_named_poll(text, Tally("breakdown", 13, 73, parts))
    True
    """
    if not tally.parts or any(
        part.count is not None or part.percent is None for part in tally.parts
    ):
        return False
    starts = sentence_starts(text)
    lo = starts[bisect.bisect_right(starts, tally.start) - 1] if starts else 0
    if _POLL_NAMED.search(text, lo, tally.start) is None:
        return False
    return all(
        (words := (part.category or "").split()) and words[0].lower() in _OPINION_VERBS
        for part in tally.parts
    )


# A later part that says it did something too: "and 27 have also accepted", "12 of them
# also", "while 9 were also": its count is of the same group again.
_ALSO_AFTER_COUNT = re.compile(
    r"\S+(?:\s{1,3}(?:of\s{1,3}(?:them|these|those)|have|has|had|were|was|are|is|will|"
    r"would|had\s{1,3}been|have\s{1,3}been))?\s{1,3}also\b",
    re.IGNORECASE,
)


def without_added_acts(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the lists whose later parts did something *also*.

    "A total of 38 countries have ratified the Protocol, and 27 have also accepted the
    amendment": the 27 are among the 38, so the counts split no whole; such a list is
    none (votes are left alone).

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "38 countries have ratified it, and 27 have also accepted it."
    >>> parts = [Part("ratified it", 38, 0, 30), Part("accepted it", 27, 35, 59)]
    >>> without_added_acts(text, [Tally("breakdown", 0, 59, parts)])
    []
    """
    return [
        tally
        for tally in tallies
        if tally.kind == "vote"
        or not any(_ALSO_AFTER_COUNT.match(text, part.start) for part in tally.parts[1:])
    ]


def without_nested_labels(tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the lists one of whose parts is a group another part names too.

    "An estimated 90 per cent of the 43,179 new arrivals are women and children and 73 per
    cent (31,520) are children": the children are in both parts, so the figures split no
    whole (no one is in two parts of a split). A part's label that is one of the groups
    another part's label joins with "and" makes the list none, where the group is of people
    ("attributed to A, to B and jointly to A and B" names agents, each part its own); votes
    are left alone.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> parts = [Part("women and children", None, 0, 9), Part("children", None, 10, 20)]
    >>> without_nested_labels([Tally("breakdown", 0, 20, parts, unit="percent")])
    []
    >>> parts = [Part("women", 12, 0, 9), Part("children", 30, 10, 20)]
    >>> len(without_nested_labels([Tally("breakdown", 0, 20, parts)]))
    1
    """
    return [tally for tally in tallies if tally.kind == "vote" or not _nests_a_label(tally)]


def _nests_a_label(tally: Tally) -> bool:
    labels = [_plain(part.category) for part in tally.parts if part.category]
    joined = [set(label.split(" and ")) for label in labels if " and " in label]
    return any(
        label in groups
        for groups in joined
        for label in labels
        if " and " not in label and label.rsplit(maxsplit=1)[-1] in PEOPLE_NOUNS
    )


def _plain(label: str) -> str:
    words = label.lower().split()
    return " ".join(words[1:] if words and words[0] in ("the", "are", "were") else words)


def _overlaps(text: str, tally: Tally) -> bool:
    return (
        tally.kind != "vote"
        and tally.unit == "percent"
        and len(tally.parts) > 1
        and all(part.count is None and part.percent is not None for part in tally.parts)
        and any(shares_overlap(a, b) for a, b in itertools.combinations(tally.parts, 2))
        and all(_opens_clause(text, part) for part in tally.parts)
    )


def shares_overlap(first: Part, second: Part) -> bool:
    """Whether two shares of one whole add up to more than it, within rounding.

    Then some of the whole are in both: they are no parts of one split.
    """
    slack = _SHARE_SLACK + _ROUGH_SLACK * (bool(first.qualifier) + bool(second.qualifier))
    return (first.percent or 0) + (second.percent or 0) > 100 + slack


# What a knowledge question tests, in the present: "68 per cent correctly identify ...".
_KNOWING = frozenset(
    (
        *("identify", "identifies", "recognize", "recognizes", "recognise", "recognises"),
        *("understand", "understands", "recall", "recalls", "remember", "remembers"),
    )
)


def _opens_clause(text: str, part: Part) -> bool:
    """Whether the part's share opens it and a verb follows the share (and its base)."""
    opening = _OPENING_SHARE.match(text, part.start, part.end)
    if opening is None:
        return False
    rest = opening["rest"]
    if rest.startswith(" of ") and part.base and (at := rest.find(part.base)) >= 0:
        rest = rest[at + len(part.base) :]  # "of the 105 responding countries had"
    words = [word.lower() for word in rest.split(maxsplit=2)[:2]]
    return bool(words) and (
        _is_verb(words[0])
        # "of the respondents correctly identify ...": the verb after its adverb
        or (len(words) > 1 and words[0].endswith("ly") and _is_verb(words[1]))
    )


def _is_verb(word: str) -> bool:
    """Whether a lower-case word is a verb a share's clause does, knowing ones too."""
    return is_clause_verb(word) or word in _KNOWING
