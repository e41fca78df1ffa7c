"""Shares in brackets beside a list's counts, read by taking them out and putting them back.

Agency reports give each item of a list its share in brackets, before or after its count
and in any order: "UNHCR registered 15,000 refugees in Uganda (38%), 13,000 in Kenya
(33%) and 6,800 in Rwanda (17%)", "hosted in Uganda (38 per cent; 1.2 million people),
Kenya (25 per cent; 800,000 people) and Ethiopia (20 per cent; 640,000 people)". The
readers know the list without the shares, and some of these layouts with them; the
others lose the list, or keep the shares and lose the counts.

:func:`find_share_asides` finds the shares such brackets hold: a bracket that is one
share ("(38%)"), or a share beside one count in one bracket, before it or after it,
joined by a semicolon or a comma ("(38 per cent; 1.2 million people)", "(640,000
people; 20 per cent)"). The paragraph is read again without them, and
:func:`put_back_shares` gives each share to the part of that reading it was written
beside: the part whose words hold it, else the last part before it in the same tally.

The evidence is ARITHMETIC, not wording: a count and its share imply the whole they
split (count / share), and the shares go back only where every part's implied whole
agrees with the others', within one unit of each share's last digit (as
:func:`~surveystats.extract.tally_count_shares.ratio_agrees` decides). Shares that are
not the counts' shares of one whole ("45 clinics (50 per cent) ..., 27 clinics (35 per
cent) ... and 18 clinics (15 per cent) ...") imply wholes that differ: the figures
disagree, and the caller keeps the first reading, as it does where not every share goes
back or the second reading reads no more figures than the first.

Each step is a scan of the paragraph guarded by a literal test: linear time.
"""

from __future__ import annotations

import itertools
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_count_shares import ratio_agrees
from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.extract.tally_parts import Tally

__all__ = ["ShareAside", "as_taken_out", "find_share_asides", "put_back_shares"]

_SHARE = (
    r"(?P<share>\d{1,3}(?:\.\d{1,2})?)"
    r"(?:[ \t]{0,3}%|[ \t]{1,3}per[ \t]{0,3}cent\b|[ \t]{1,3}percent\b)"
)
_COUNT = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[ \t]{1,3}(?:million|billion)|\d+"
# A bracket that is a share alone, with the blank before it: " (38%)".
_ALONE = re.compile(rf"[ \t]{{0,3}}\([ \t]{{0,3}}{_SHARE}[ \t]{{0,3}}\)")
# A share before one count in a bracket: "(38 per cent; " of "(38 per cent; 1.2 million
# people)"; what is taken out is the share and its joint.
_BEFORE = re.compile(
    rf"\((?P<out>[ \t]{{0,3}}{_SHARE}[ \t]{{0,3}}[;,][ \t]{{0,3}})(?={_COUNT})[^()%]{{1,60}}\)"
)
# A share after one count in a bracket: "; 20 per cent" of "(640,000 people; 20 per cent)".
_AFTER = re.compile(
    rf"\((?={_COUNT})[^();%]{{1,60}}?(?P<out>[ \t]{{0,3}}[;,][ \t]{{0,3}}{_SHARE}[ \t]{{0,3}})\)"
)


class ShareAside(NamedTuple):
    """A share taken out of a bracket: the span taken out, the share and its decimals."""

    start: int
    end: int
    share: Fraction
    decimals: int


def find_share_asides(text: str) -> list[ShareAside]:
    """The shares in brackets beside a list's items, as spans to take out, in text order.

    Two or more, or none: one share alone is no list's.

    >>> text = "in Uganda (38 per cent; 1.2 million people), Kenya (25 per cent; 800,000 people)"
    >>> [(text[a.start : a.end], a.share) for a in find_share_asides(text)]
    [('38 per cent; ', Fraction(38, 1)), ('25 per cent; ', Fraction(25, 1))]
    >>> text = "15,000 in Uganda (38%), 9 in Kenya (2%)"
    >>> [text[a.start : a.end] for a in find_share_asides(text)]
    [' (38%)', ' (2%)']
    """
    if "(" not in text or ("%" not in text and "cent" not in text):
        return []
    asides = []
    for pattern in (_ALONE, _BEFORE, _AFTER):
        for match in pattern.finditer(text):
            start, end = match.span("out") if "out" in pattern.groupindex else match.span()
            share = match["share"]
            decimals = len(share.partition(".")[2])
            asides.append(ShareAside(start, end, Fraction(share), decimals))
    asides.sort()
    if len(asides) < 2 or any(a.end > b.start for a, b in itertools.pairwise(asides)):
        return []
    return asides


def as_taken_out(asides: list[ShareAside]) -> list[EarlierFigures]:
    """The asides as spans :func:`~surveystats.extract.tally_earlier_years.restore_offsets` maps."""
    return [EarlierFigures(aside.start, aside.end, ()) for aside in asides]


def put_back_shares(tallies: list[Tally], asides: list[ShareAside]) -> int:
    """Give each share of ``asides`` to the part it was written beside, where they agree.

    ``tallies`` were read without the asides, their offsets mapped back into the text. A
    share goes to the last part of a count tally that starts before it (its tally ending
    after the part), where that part has no share yet; the shares of one tally go back
    only where every part that gets one implies the same whole (count / share), within
    one unit of each share's last digit. Tallies are changed in place; the number of
    shares put back is returned.

    >>> from surveystats.extract.tally_parts import Part
    >>> tally = Tally("breakdown", 0, 60, [Part("Uganda", 15000, 0, 20),
    ...     Part("Kenya", 13000, 30, 45)])
    >>> put_back_shares([tally], [ShareAside(20, 26, Fraction(38), 0),
    ...     ShareAside(45, 51, Fraction(33), 0)])
    2
    >>> [(p.category, p.percent) for p in tally.parts]
    [('Uganda', 38.0), ('Kenya', 33.0)]
    """
    placed = 0
    for tally in tallies:
        if tally.unit != "count" or tally.kind == "vote":
            continue
        given = []
        for aside in asides:
            if aside.start < tally.start or tally.end < aside.start - 80:
                continue
            # the part whose words hold the share ("Uganda (38 per cent; 1.2 million
            # people)"), else the last one before it ("15,000 in Uganda (38%)")
            holding = [p for p in tally.parts if p.start <= aside.start < p.end]
            before = holding or [p for p in tally.parts if p.start < aside.start]
            if not before:
                continue
            part = before[-1]
            if part.count is None or part.percent is not None or any(p is part for p, _ in given):
                continue
            given.append((part, aside))
        if len(given) < 2 or not _agree(given):
            continue
        for part, aside in given:
            part.percent, part.decimals = float(aside.share), aside.decimals
        placed += len(given)
    return placed


def _agree(given: list) -> bool:
    """Whether every count and its share imply one whole (count / share), within rounding."""
    low, high = Fraction(0), None
    for part, aside in given:
        unit = Fraction(1, 10**aside.decimals)
        if aside.share <= unit:
            return False
        part_low = 100 * Fraction(part.count) / (aside.share + unit)
        part_high = 100 * Fraction(part.count) / (aside.share - unit)
        low = max(low, part_low)
        high = part_high if high is None else min(high, part_high)
    if high is None or low >= high:
        return False
    whole = (low + high) / 2
    return all(
        ratio_agrees(
            Fraction(part.count),
            Fraction(part.count),
            whole,
            aside.share,
            Fraction(1, 10**aside.decimals),
        )
        for part, aside in given
    )
