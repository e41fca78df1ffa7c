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

The same brackets may state the whole each count is of, as "N out of M" ("Amnesty
International stands out (44 out of 99, 44.4 per cent), with the Baha'i International
Community in second place (10 out of 99, 10 per cent)"; "included Front Line (5 out of
99), the ERRC (5 out of 99), Minority Rights Group (2) and COHRE (2)": the whole written on
some items only). :func:`find_bracket_asides` takes the " out of M" out as well, where two
brackets or more state it and all state the same M, and :func:`put_back_asides` makes M the
total of the one count tally whose parts they were written beside, where the parts fit in
it and every share put back agrees with count / M. Two more things in such lists keep
the readers from the list and are taken out with nothing to put back: the brackets of a
share written before its label ("with 5 per cent women, (15%) boys and three per cent
girls": the share stays, its brackets go) and a ranking's joint between two bracketed
items ("international NGOs (102 cases, 44 per cent), the second being domestic NGOs (44
cases, 18 per cent)": "the second being" goes, as "followed by" joins such items).

Each step is a scan of the paragraph guarded by a literal test: linear time.
"""

from __future__ import annotations

import itertools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

from surveystats.extract.tally_count_shares import ratio_agrees
from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.extract.tally_parts import Tally

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = [
    "BracketAsides",
    "ShareAside",
    "WholeAside",
    "as_taken_out",
    "find_bracket_asides",
    "find_share_asides",
    "put_back_asides",
    "put_back_shares",
]

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


# The whole a bracketed count is of: " out of 99" of "(44 out of 99, 44.4 per cent)", "(5
# out of 99)"; the count opens the bracket, a comma, a semicolon or its end follows.
_OUT_OF_WHOLE = re.compile(
    rf"\([ \t]{{0,3}}(?:{_COUNT})"
    rf"(?P<out>[ \t]{{1,3}}out[ \t]{{1,3}}of[ \t]{{1,3}}(?P<whole>{_COUNT}))(?=[ \t]{{0,3}}[),;])"
)
# A share right before a bracket: "45 per cent " of "45 per cent (90 out of 200)".
_AFTER_SHARE = re.compile(r"(?:%|\bper[ \t]{0,3}cent|\bpercent)[ \t]{0,3}$")
# A share in brackets before its label, after a list's joint: "(15%)" of ", (15%) boys and".
_SHARE_BEFORE_LABEL = re.compile(
    rf"(?:[,;]|\band|\bwith)[ \t]{{1,3}}(?P<open>\()[ \t]{{0,3}}{_SHARE}[ \t]{{0,3}}(?P<close>\))"
    r"(?=[ \t]{1,3}[a-z])"
)
# A ranking's joint between two bracketed items: "the second being " of "NGOs (102 cases),
# the second being domestic NGOs (44 cases)"; the next item's bracket closes the window.
_RANKING_JOINT = re.compile(
    r"(?<=\),[ \t])(?P<out>the[ \t](?:second|third|fourth|next)"
    r"(?:[ \t](?:largest|biggest|most[ \t]\w+))?[ \t]being[ \t])(?=[^()]{1,80}\(\d)"
)


class ShareAside(NamedTuple):
    """A share taken out of a bracket: the span taken out, the share and its decimals."""

    start: int
    end: int
    share: Fraction
    decimals: int


class WholeAside(NamedTuple):
    """A whole taken out of a bracket: the span of " out of M" and M."""

    start: int
    end: int
    whole: int


class BracketAsides(NamedTuple):
    """What :func:`find_bracket_asides` takes out of a list's brackets.

    ``shares`` and ``wholes`` go back once the list is read; ``marks`` (the brackets of a
    share before its label, a ranking's joint) are taken out with nothing to put back.
    """

    shares: list[ShareAside]
    wholes: list[WholeAside]
    marks: list[EarlierFigures]


def find_bracket_asides(text: str) -> BracketAsides | None:
    """The shares, common wholes and marks that keep the readers from a bracketed list.

    ``None`` where there is nothing to take out: fewer than two shares and fewer than two
    wholes, or wholes that differ, and no mark.

    >>> text = "X stands out (44 out of 99, 44.4 per cent), with Y (10 out of 99, 10 per cent)"
    >>> asides = find_bracket_asides(text)
    >>> [text[a.start : a.end] for a in asides.shares], [a.whole for a in asides.wholes]
    ([', 44.4 per cent', ', 10 per cent'], [99, 99])
    >>> asides = find_bracket_asides("male (77%), with 5 per cent women, (15%) boys and 3% girls")
    >>> len(asides.shares), [(m.start, m.end) for m in asides.marks]
    (0, [(35, 36), (39, 40)])
    """
    if "(" not in text:
        return None
    marks = _marks(text)
    shares = find_share_asides(text, besides=marks)
    wholes = _common_wholes(text)
    if not (shares or wholes or marks):
        return None
    return BracketAsides(shares, wholes, marks)


def _common_wholes(text: str) -> list[WholeAside]:
    """The " out of M" of two or more brackets that all state the same M, else none."""
    if "out of" not in text:
        return []
    wholes = [
        WholeAside(*match.span("out"), int(match["whole"].replace(",", "")))
        for match in _OUT_OF_WHOLE.finditer(text)
        if "illion" not in match["whole"]
        # "45 per cent (90 out of 200) of boys and 38 per cent (76 out of 200) of girls": a
        # bracket after a share restates it, each share of a whole of its own
        and not _AFTER_SHARE.search(text, max(0, match.start() - 12), match.start())
    ]
    if len(wholes) < 2 or len({aside.whole for aside in wholes}) > 1:
        return []
    return wholes


def _marks(text: str) -> list[EarlierFigures]:
    """The brackets of shares before their labels and the ranking joints, in text order."""
    marks = []
    if "%" in text or "cent" in text:
        for match in _SHARE_BEFORE_LABEL.finditer(text):
            marks.append(EarlierFigures(*match.span("open"), ()))
            marks.append(EarlierFigures(*match.span("close"), ()))
    if "being" in text:
        marks.extend(EarlierFigures(*m.span("out"), ()) for m in _RANKING_JOINT.finditer(text))
    return sorted(marks)


def find_share_asides(text: str, *, besides: Collection[EarlierFigures] = ()) -> list[ShareAside]:
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
            if any(start <= mark.start < end for mark in besides):
                continue  # "(15%) boys": a share before its label, its brackets a mark
            share = match["share"]
            decimals = len(share.partition(".")[2])
            asides.append(ShareAside(start, end, Fraction(share), decimals))
    asides.sort()
    if len(asides) < 2 or any(a.end > b.start for a, b in itertools.pairwise(asides)):
        return []
    return asides


def as_taken_out(asides: BracketAsides) -> list[EarlierFigures]:
    """The asides as spans :func:`~surveystats.extract.tally_earlier_years.restore_offsets` maps.

    In text order; none overlaps another (each kind is found apart, so a span that runs
    into an earlier one is left in the text).
    """
    spans = sorted(
        [
            *(EarlierFigures(a.start, a.end, ()) for a in asides.shares),
            *(EarlierFigures(a.start, a.end, ()) for a in asides.wholes),
            *asides.marks,
        ]
    )
    kept: list[EarlierFigures] = []
    for span in spans:
        if not kept or kept[-1].end <= span.start:
            kept.append(span)
    return kept


def put_back_asides(tallies: list[Tally], asides: BracketAsides) -> bool:
    """Put the shares and the common whole of ``asides`` back into ``tallies``.

    Whether every one went back: each share beside its count (:func:`put_back_shares`),
    and the whole as the total of the one count tally that holds, or ends right before,
    every bracket that stated it, where that tally has no other total, its counts add up
    to no more than the whole and every share of its parts agrees with count / whole.

    >>> from surveystats.extract.tally_parts import Part
    >>> tally = Tally("breakdown", 0, 40, [Part("A", 5, 0, 9), Part("B", 2, 12, 20)])
    >>> put_back_asides([tally], BracketAsides([], [WholeAside(3, 13, 99)], []))
    True
    >>> tally.total
    99
    """
    if put_back_shares(tallies, asides.shares) < len(asides.shares):
        return False
    if not asides.wholes:
        return True
    whole = asides.wholes[0].whole
    holders = {
        id(tally): tally
        for aside in asides.wholes
        for tally in tallies
        if tally.unit == "count"
        and tally.kind != "vote"
        and any(part.start <= aside.start <= part.end + 3 for part in tally.parts)
    }
    if len(holders) != 1:
        return False
    (tally,) = holders.values()
    counts = [part.count for part in tally.parts]
    if (
        tally.total not in (None, whole)
        or None in counts
        or sum(counts) > whole
        or not all(
            part.percent is None
            or ratio_agrees(
                Fraction(part.count),
                Fraction(part.count),
                Fraction(whole),
                Fraction(part.percent).limit_denominator(100),
                Fraction(1, 10 ** (part.decimals or 0)),
            )
            for part in tally.parts
        )
    ):
        return False
    tally.total = whole
    return True


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
