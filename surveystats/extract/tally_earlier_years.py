"""An earlier year's figures in parentheses after this year's: "1,118 (2003: 1,042)".

Financial statements and reports on staff, cases and claims give the previous period's
figure in an aside right after each figure of the current one: "New appointments numbered
1,118 (2003: 1,042), comprising 486 women (2003: 431) and 632 men (2003: 611)"; or one aside
after the whole split restates it, each figure with its label: "312 were granted and 88
refused (1983: 276 granted, 104 refused)", "disposed of 143 cases, of which 98 were
judgements and 45 decisions (2004: 121 cases, 80 judgements and 41 decisions)". The aside
opens on a year or a period ("2003", "2002-2003", "2008/09", "previous year") and a colon,
then a figure.

The readers of the current figures see the sentence without its asides
(:func:`without_earlier_figures`), so an aside neither breaks a list nor ends up in a
label; their offsets are mapped back (:func:`restore_offsets`). A tally then gains a
tally of the earlier period with its labels (:func:`with_earlier_figures`) where

- each of its parts is followed by an aside of one figure of its own unit, before the next
  part (the whole's aside, after the whole and before the first part, gives the earlier
  total where the tally has a total); or
- one aside right after it holds one figure per part, in order, or one more first, for the
  whole, where the tally states one ("(2004: 121 cases, 80 judgements and 41 decisions)").

A tally whose parts carry asides only in part gains none: the figures no longer split the
same whole label by label. One pattern, opening on a parenthesis and four digits, finds
the asides: linear time, and nothing for a paragraph without one.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from surveystats.extract.tally_parts import Part, Tally

__all__ = [
    "EarlierFigures",
    "Figure",
    "find_earlier_figures",
    "restore_offsets",
    "with_earlier_figures",
    "without_earlier_figures",
]

# The aside: the period and a colon, then up to a short list of figures with their labels.
_ASIDE = re.compile(
    r"""
    \(
    (?P<period>
        (?:1[89]|20)\d\d(?:\s?[-/\u2013]\s?(?:\d\d){1,2})?   # 2003, 2002-2003, 2008/09
      | (?:[Pp]revious|[Pp]rior|[Ll]ast)\s{1,3}(?:year|biennium|period|session)
    )
    :\s{0,3}
    (?P<body>\$?\d[^()]{0,160}?)                              # opens on a figure
    \)
    """,
    re.VERBOSE,
)
# One figure of an aside, with its share sign where it is a share.
_FIGURE = re.compile(
    r"""
    \$?(?P<figure>\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?)
    (?P<share>\s{0,3}(?:per\s{1,3}cent|%))?
    """,
    re.VERBOSE,
)
# A figure's label (a few words) and the joiner before the next figure; then the last label.
_LABEL = r"(?:\s{1,3}[A-Za-z][A-Za-z'-]*){0,6}"
_BETWEEN = re.compile(rf"{_LABEL}\s{{0,3}}(?:[,;]\s{{0,3}}(?:and\s{{1,3}})?|and\s{{1,3}})")
_LAST_LABEL = re.compile(rf"{_LABEL}(?:,?\s{{1,3}}respectively)?\s{{0,3}}")
_REACH = 3  # characters between the end of a tally and the aside that restates it


class Figure(NamedTuple):
    """One figure of an aside: its value, whether it is a share, and where it is written."""

    value: int | float
    share: bool
    start: int
    end: int


class EarlierFigures(NamedTuple):
    """One aside: where it is in the paragraph (from the blank before it) and its figures."""

    start: int
    end: int
    figures: tuple[Figure, ...]


def _figures(text: str, start: int, end: int) -> tuple[Figure, ...]:
    """The figures between ``start`` and ``end``, or none where other words stand between."""
    figures = []
    position = start
    while True:
        match = _FIGURE.match(text, position, end)
        if match is None:
            return ()
        raw = match["figure"].replace(",", "")
        value: int | float = float(raw) if "." in raw else int(raw)
        share = match["share"] is not None
        figures.append(Figure(value, share, match.start("figure"), match.end()))
        if _LAST_LABEL.fullmatch(text, match.end(), end):
            return tuple(figures)
        between = _BETWEEN.match(text, match.end(), end)
        if between is None:
            return ()
        position = between.end()


def find_earlier_figures(text: str) -> list[EarlierFigures]:
    """The asides of ``text`` that give an earlier period's figures, in order.

    Examples
    --------
    >>> [a.figures for a in find_earlier_figures("numbered 1,118 (2003: 1,042), of which")]
    [(Figure(value=1042, share=False, start=22, end=27),)]
    >>> [[figure.value for figure in a.figures] for a in find_earlier_figures(
    ...     "88 refused (1983: 276 granted, 104 refused).")]
    [[276, 104]]
    >>> find_earlier_figures("adopted resolution 1325 (2000) on 31 October")
    []
    """
    if "(" not in text:
        return []
    asides = []
    for match in _ASIDE.finditer(text):
        figures = _figures(text, match.start("body"), match.end("body"))
        if not figures:
            continue
        start = match.start()
        while start > 0 and text[start - 1] == " " and match.start() - start < 3:
            start -= 1
        asides.append(EarlierFigures(start, match.end(), figures))
    return asides


def without_earlier_figures(text: str, asides: list[EarlierFigures]) -> str:
    """``text`` with the ``asides`` (and the blanks before them) taken out.

    >>> text = "numbered 1,118 (2003: 1,042), of which"
    >>> without_earlier_figures(text, find_earlier_figures(text))
    'numbered 1,118, of which'
    """
    pieces = []
    last = 0
    for aside in asides:
        pieces.append(text[last : aside.start])
        last = aside.end
    pieces.append(text[last:])
    return "".join(pieces)


def restore_offsets(tallies: list[Tally], asides: list[EarlierFigures]) -> None:
    """Shift the offsets of ``tallies``, read without the ``asides``, back into the text.

    A position at or after the place an aside was taken out moves by its length, except
    an end right there: a tally or part that ends where an aside stood ends before it.
    """
    cuts = []  # (position in the shortened text, characters taken out up to there)
    removed = 0
    for aside in asides:
        cuts.append((aside.start - removed, removed + aside.end - aside.start))
        removed += aside.end - aside.start
    places = [place for place, _ in cuts]

    def shift(position: int, *, end: bool) -> int:
        index = (bisect.bisect_left if end else bisect.bisect_right)(places, position)
        return position + (cuts[index - 1][1] if index else 0)

    for tally in tallies:
        tally.start, tally.end = shift(tally.start, end=False), shift(tally.end, end=True)
        for part in tally.parts:
            part.start, part.end = shift(part.start, end=False), shift(part.end, end=True)


def _earlier_part(part: Part, figure: Figure) -> Part:
    """The part of the earlier period with ``part``'s label and the aside's ``figure``."""
    if figure.share:
        earlier = Part(part.category, None, figure.start, figure.end, percent=float(figure.value))
    else:
        earlier = Part(part.category, int(figure.value), figure.start, figure.end)
    earlier.counted, earlier.base = part.counted, part.base
    earlier.counted_inherited = part.counted_inherited
    return earlier


def _fits(tally: Tally, figures: list[Figure]) -> bool:
    """Whether the figures are of the tally's unit: shares for shares, whole counts else."""
    percent = tally.unit == "percent"
    return all(
        figure.share == percent and (figure.share or isinstance(figure.value, int))
        for figure in figures
    )


def _is_count(figure: Figure) -> bool:
    """Whether ``figure`` is a count (a whole number, no share)."""
    return not figure.share and isinstance(figure.value, int)


def _one_aside_per_part(tally: Tally, asides: list[EarlierFigures]) -> Tally | None:
    """The earlier tally where every part of ``tally`` carries an aside of one figure."""
    bounds = [part.start for part in tally.parts[1:]] + [tally.end + _REACH]
    starts = [aside.start for aside in asides]
    figures = []
    for part, bound in zip(tally.parts, bounds, strict=True):
        first = bisect.bisect_left(starts, part.start)
        own = [aside for aside in asides[first:] if aside.start < bound]
        if len(own) != 1 or len(own[0].figures) != 1:
            return None
        figures.append(own[0].figures[0])
    if not _fits(tally, figures):
        return None
    earlier = Tally(
        tally.kind,
        figures[0].start,
        figures[-1].end,
        [_earlier_part(part, figure) for part, figure in zip(tally.parts, figures, strict=True)],
        unit=tally.unit,
    )
    whole = [aside for aside in asides if tally.start <= aside.start < tally.parts[0].start]
    if tally.total is not None and len(whole) == 1 and len(whole[0].figures) == 1:
        figure = whole[0].figures[0]
        if _is_count(figure):
            earlier.total = int(figure.value)
            earlier.start = figure.start
    earlier.subject = tally.subject
    return earlier


def _one_aside_after(text: str, tally: Tally, asides: list[EarlierFigures]) -> Tally | None:
    """The earlier tally where one aside right after ``tally`` restates all its figures."""
    after = [a for a in asides if tally.end <= a.start <= tally.end + _REACH]
    if len(after) != 1 or text[tally.end : after[0].start].strip(" ,"):
        return None
    figures = list(after[0].figures)
    total = None
    if len(figures) == len(tally.parts) + 1 and tally.total is not None:
        figure = figures.pop(0)
        if not _is_count(figure):
            return None
        total = int(figure.value)
    if len(figures) != len(tally.parts) or not _fits(tally, figures):
        return None
    parts = [_earlier_part(part, figure) for part, figure in zip(tally.parts, figures, strict=True)]
    earlier = Tally(tally.kind, after[0].start, after[0].end, parts, unit=tally.unit, total=total)
    earlier.subject = tally.subject
    return earlier


def with_earlier_figures(
    text: str, tallies: list[Tally], asides: list[EarlierFigures]
) -> list[Tally]:
    """``tallies`` (offsets in ``text``) with a tally for each earlier period's figures.

    Parameters
    ----------
    text
        The paragraph string, asides and all.
    tallies
        Its tallies, read without the asides, their offsets restored.
    asides
        The asides of ``text`` (:func:`find_earlier_figures`).

    Returns
    -------
    list[Tally]
        ``tallies`` and the earlier periods' tallies, in text order.

    Examples
    --------
    >>> text = "312 were granted and 88 refused (1983: 276 granted, 104 refused)."
    >>> now = Tally("breakdown", 0, 31, [Part("granted", 312, 0, 3), Part("refused", 88, 21, 23)])
    >>> tallies = with_earlier_figures(text, [now], find_earlier_figures(text))
    >>> [[(p.category, p.count) for p in t.parts] for t in tallies]
    [[('granted', 312), ('refused', 88)], [('granted', 276), ('refused', 104)]]
    """
    added = []
    for tally in tallies:
        if len(tally.parts) < 2 or not all(part.category for part in tally.parts):
            continue
        earlier = _one_aside_per_part(tally, asides) or _one_aside_after(text, tally, asides)
        if earlier is not None:
            added.append(earlier)
    if not added:
        return tallies
    return sorted(tallies + added, key=lambda tally: (tally.start, -tally.end))
