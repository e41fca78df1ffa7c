"""A count of some of a toll's people, set as an aside inside the toll's own part.

Situation reports, UN News and human rights updates write the children (or women) among
those killed, injured or displaced as an aside right after the count they are part of,
inside a toll of two or more fates:

    Since 7 October, 474 Palestinians including 116 children, have been killed in the
    West Bank, and about 5 000 were injured.
    At least 136 people, including 13 children, have been killed and 400 injured.
    There have been 13,560 civilian casualties, with 5,614 deaths, including 362 children,
    and 7,946 people injured.
    More than 176,400 people, including around 74,000 children, have been displaced ...

The aside stands between a part's count and its fate, or between one part and the next,
so the readers of tolls find a list whose first count is a whole and whose next part is
the aside ("136 people: 13 children, 400 injured"), or nothing. Such a sentence holds two
tallies: the toll (killed 474, injured 5,000) and the subset (474 Palestinians, 116 of them
children). :func:`find_toll_asides` finds each aside: "including" or "among them", an
optional qualifier, a count, up to three words of what it counts, closed by a comma, right
after a count and up to three words of its noun, in a sentence that names a fate (killed,
injured, displaced ...) after the aside. The dispatcher reads the paragraph again without
the asides, adds each aside's own tally (:func:`aside_tallies`), and keeps that reading
where it reads more figures. An aside with no figure ("including East Jerusalem", "including
foreign nationals") or one that counts no fewer than its whole is none of these.
"""

from __future__ import annotations

import re

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.extract.tally_parts import GAP, WORD_COUNT_PATTERN, Part, Tally, read_count

__all__ = ["TollAside", "aside_tallies", "find_toll_asides", "without_asides"]

_NOUN_WORD = r"(?!(?:and|or|were|was|have|has|had|are|is|in|of|since|from|to)\b)[a-z][\w'’-]{1,25}"
_QUALIFIER = (
    rf"(?:(?:at{GAP}least|some|about|around|nearly|almost|over|more{GAP}than|an{GAP}estimated"
    rf"|approximately|roughly){GAP})?"
)
# "474 Palestinians including 116 children,", "5,614 deaths, including 362 children,".
_ASIDE = re.compile(
    rf"""(?P<whole>{WORD_COUNT_PATTERN})(?P<noun>(?:{GAP}[A-Za-z][\w'’-]{{1,25}}){{0,3}}?)
    (?P<aside>\s{{0,3}},?{GAP}(?:including|among{GAP}them){GAP}(?P<qual>{_QUALIFIER})
    (?P<part>{WORD_COUNT_PATTERN})(?P<what>(?:{GAP}{_NOUN_WORD}){{1,3}}?)\s{{0,3}},)""",
    re.VERBOSE,
)
# A fate of people after the aside, in its sentence: the toll the aside stands in.
_FATE = re.compile(
    r"\b(?:killed|injured|wounded|dead|died|deaths|displaced|detained|missing|abducted"
    r"|maimed|arrested|fatalities|casualties)\b"
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_CUE = re.compile(r"\b(?:including|among\s{1,3}them)\b")
_REACH_BACK = 120  # a count, three words of its noun and the comma before the cue
_REACH_ON = 120  # the cue's qualifier, count and noun, then the comma


class TollAside:
    """One aside: the whole it is part of, the part it counts, and where it stands."""

    __slots__ = ("aside", "noun", "part", "what", "whole")

    def __init__(self, match: re.Match[str]) -> None:
        self.whole = (match.start("whole"), match.end("whole"))
        self.part = (match.start("part"), match.end("part"))
        self.aside = (match.start("aside"), match.end("aside"))
        self.noun = " ".join(match["noun"].split()) or None
        self.what = " ".join(match["what"].split())


def find_toll_asides(text: str) -> list[TollAside]:
    """The asides that count some of a toll's part, in text order.

    >>> text = "474 Palestinians including 116 children, have been killed and 5,000 injured."
    >>> [(text[a.aside[0] : a.aside[1]], a.what) for a in find_toll_asides(text)]
    [(' including 116 children,', 'children')]
    >>> find_toll_asides("594 were killed in the West Bank, including East Jerusalem, and ...")
    []
    """
    if "including" not in text and "among them" not in text:
        return []
    found: list[TollAside] = []
    for match in _asides_at_cues(text):
        whole, part = read_count(match["whole"])[0], read_count(match["part"])[0]
        if whole is None or part is None or part >= whole:
            continue
        end = _SENTENCE_END.search(text, match.end())
        after = _FATE.search(text, match.end(), end.start() if end else len(text))
        if after is None and _FATE.search(match["noun"]) is None:
            continue  # "received 300 complaints, including 20 from staff,": no toll
        found.append(TollAside(match))
    return found


def _asides_at_cues(text: str) -> list[re.Match[str]]:
    """The matches of the aside pattern around each cue word: linear in the text."""
    matches: list[re.Match[str]] = []
    for cue in _CUE.finditer(text):
        begin = max(0, cue.start() - _REACH_BACK, matches[-1].end() if matches else 0)
        for match in _ASIDE.finditer(text, begin, cue.end() + _REACH_ON):
            if match.start("aside") <= cue.start() < match.end("aside"):
                matches.append(match)
                break
    return matches


def without_asides(asides: list[TollAside]) -> list[EarlierFigures]:
    """The spans to take out to read the toll without its asides."""
    return [EarlierFigures(a.aside[0], a.aside[1], ()) for a in asides]


def aside_tallies(text: str, asides: list[TollAside]) -> list[Tally]:
    """Each aside's own tally: its whole as total, the part it counts as the one part.

    >>> text = "At least 136 people, including 13 children, have been killed and 400 injured."
    >>> [(t.total, t.parts[0].category, t.parts[0].count) for t in aside_tallies(
    ...     text, find_toll_asides(text))]
    [(136, 'children', 13)]
    """
    tallies = []
    for aside in asides:
        part = Part(
            aside.what,
            read_count(text[aside.part[0] : aside.part[1]])[0],
            aside.part[0],
            aside.aside[1] - 1,
            counted=aside.noun,
            qualifier=qualifier_of(text, *aside.part),
        )
        tally = Tally("breakdown", aside.whole[0], aside.aside[1] - 1, [part], subject=aside.noun)
        tally.total = read_count(text[aside.whole[0] : aside.whole[1]])[0]
        tally.total_qualifier = qualifier_of(text, *aside.whole)
        tallies.append(tally)
    return tallies
