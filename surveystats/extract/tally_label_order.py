"""Figures of a second context given in the order of an earlier tally's labels.

"In the General Assembly, A obtained 165 votes, B 139 and C 116, while in the Security
Council the corresponding figures were 13, 10 and 9"; "Girls accounted for 52 per cent of
enrolment and boys for 48 per cent; in vocational training the shares were 39 and 61 per
cent, respectively"; "63 per cent of the appointments went to men and 37 per cent to
women, compared with 68 and 32 per cent respectively in 1997": the second list names no
category. It repeats the categories of the tally before it, in their order, for another
body, year or group, and a reader who sees "corresponding" or "respectively" knows which
figure goes with which label. Each such list is a tally of its own with the earlier
tally's labels.

Read only where

- the earlier tally has two or more labelled parts and the list exactly as many figures;
- a new clause opens between them (a semicolon, "while", "whereas", "but", ", and") or
  words that set the list against the tally (", compared with", ", as against"), in the
  same sentence, with no figure but a year in between ("in 2023 the shares were"),
  or the next sentence opens on the figures again, after at most a phrase of time or
  place ("The corresponding figures for the previous biennium were 12, 20 and 11";
  "In 2001, the numbers were ...");
- "corresponding" or "respective" stands before the list, or "respectively" right after
  it (a noun the figures count may come between: "5 and 9 votes, respectively"), or the
  list is what "the figures" (or "the numbers", "the totals") of the new clause were, its
  verb right before it ("; in the previous year the figures had been 2,450 and 1,600":
  the definite plural points back to the figures just given, one for each label);
- the figures are of the earlier tally's unit: shares where it has shares (and then they
  make 100 within rounding where the earlier shares do, and never more), counts where it
  has counts, with no other unit after them ("12 and 9 dollars");
- or, with none of those words, the list is shares set against shares that make 100
  (", compared with 35, 45 and 20 per cent in the 2014 survey"), dated after them, and
  they make 100 too.

A list with one figure more than the earlier tally's parts restates its whole first
where that tally writes its whole before its parts ("318 reports, 204 of them from staff
and 114 from third parties; the corresponding figures for 2022 were 277, 181 and 96"):
the later tally's total is the first figure, its parts within it (adding up to it where
the earlier parts add up to theirs).

One bounded search after each tally of a paragraph that holds "respectively" or
"corresponding": linear time.
"""

from __future__ import annotations

import re
from fractions import Fraction

from surveystats.extract.tally_parts import YEAR_IN_TEXT, Part, SpanIndex, Tally
from surveystats.extract.tally_respective import FIGURE_LIST, PER_CENT, read_figures

__all__ = ["LABEL_ORDER_WORDS", "restates_labels", "with_figures_in_label_order"]

#: Words one of which a paragraph holds where a list may restate an earlier one's labels
#: (a cheap test before :func:`with_figures_in_label_order`).
#: ("he figures" is "the figures" or "The figures", opening a sentence.)
LABEL_ORDER_WORDS = (
    "respective",
    "corresponding",
    "comparable",
    "he figures",
    "he numbers",
    "he totals",
    "compared with",  # "..., compared with 35, 45 and 20 per cent in the 2014 survey"
    "compared to",
)

_REACH = 250  # characters after a tally that the words before the list may take
# A new clause between the tally and the list of figures, or the words that set the list
# against it as another year's or body's (", compared with", ", as against").
_NEW_CLAUSE = re.compile(
    r";|,\s{1,3}(?:and|but)\b|\b(?:while|whereas)\b"
    r"|,\s{1,3}(?:as\s{1,3})?(?:compared\s{1,3}(?:with|to)|against)\b"
)
# ", against" alone, which after a vote may open its side against ("by 120 votes, against 3").
_BARE_AGAINST = re.compile(r",\s{1,3}against\b")
# The end of a sentence (not the point of a title before a name).
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?](?=\s)")
_CORRESPONDING = re.compile(r"\b(?:corresponding|respective|comparable)\b")
# A sentence that restates the figures of the sentence before it opens on them: "The
# corresponding figures for 2001 were ...", "The figures for the previous year were ...".
# The subject may follow a phrase of time or place ("In 2001, the figures were ...").
_RESTATING_SENTENCE = re.compile(
    r"\s{1,3}(?:(?:In|For|During|At)\s[^.;:]{1,40}?,?\s{1,3})?(?:[Tt]he\s{1,3})?"
    r"(?:(?:corresponding|respective|comparable)\s{1,3})?(?:figures|numbers|totals)\b"
)
# "the figures had been", "the numbers for 2008 were": the subject of the new clause is
# the earlier figures again, its copula the last words before the list.
_THE_FIGURES_WERE = re.compile(
    r"\b[Tt]he\s{1,3}(?:figures|numbers|totals)(?:\s{1,3}(?:for|in)\s{1,3}[\w-]{1,20})?"
    r"\s{1,3}(?:were|are|had\s{1,3}been|have\s{1,3}been|stood\s{1,3}at)\s{0,3}$"
)
# Before the figures of a later clause that restate an earlier list, then "respectively".
_FIGURES_CUE = re.compile(r"\b[Tt]he\s{1,3}(?:corresponding\s{1,3})?figures\b")
# After the list: what its figures count, if anything, then "respectively".
_COUNTED_THEN_RESPECTIVELY = re.compile(
    r"(?:\s{1,3}(?P<counted>[a-z]{2,20}))?\s{0,3},?\s{1,3}respectively\b"
)
_COUNTED_THEN_END = re.compile(r"(?:\s{1,3}(?P<counted>[a-z]{2,20}))?\s{0,3}(?:[.;,)]|$)")
# Only the words that set a list against the tally before it: ", compared with".
_COMPARED_GAP = re.compile(
    r"\s{0,3},\s{1,3}(?:as\s{1,3})?(?:compared\s{1,3}(?:with|to)|against)\s{1,3}"
)
# A year or a dated survey after shares set against the tally's: "in the 2014 survey".
_DATED_END = re.compile(
    r"\s{1,3}(?:in|for|during)\s{1,3}(?:the\s{1,3})?(?:1[89]|20)\d\d(?:\s{1,3}[a-z]{2,20}){0,2}"
    r"(?P<counted>(?!))?\s{0,3}(?:[.;,)]|$)"
)
_COUNT_NOUNS = frozenset(("votes", "seats", "ballots"))
_PER_CENT = re.compile(PER_CENT)
_HUNDRED = Fraction(100)
_ROUNDING = Fraction(3, 2)  # shares that split one whole make 100 within this


def restates_labels(lead: str, *, respectively_after: bool) -> bool:
    """Whether figures after ``lead`` restate an earlier list's figures label by label.

    Parameters
    ----------
    lead
        The words of the new clause before the figures (from the end of the earlier
        list, or some 40 characters).
    respectively_after
        Whether "respectively" follows the figures.

    Returns
    -------
    bool
        True where ``lead`` says "corresponding" or "respective", ends on "the figures
        were" (or "the numbers had been", "the totals for 2008 were"), or names "the
        figures" and "respectively" follows them.

    Examples
    --------
    >>> restates_labels("; in 2019 the figures had been ", respectively_after=False)
    True
    >>> restates_labels(", while the figures for women ", respectively_after=True)
    True
    >>> restates_labels("; the figures show that ", respectively_after=False)
    False
    """
    if _CORRESPONDING.search(lead) or _THE_FIGURES_WERE.search(lead):
        return True
    return respectively_after and _FIGURES_CUE.search(lead) is not None


def _opens_restatement(gap: str, *, vote: bool = False) -> bool:
    """Whether the words between a tally and a list open a clause that may restate it.

    A new clause of the same sentence ("; in 2019 the figures had been", ", compared
    with"), or the opening of the next sentence, whose subject is the figures again ("The
    corresponding figures for the previous biennium were"); :func:`restates_labels`
    decides on the words. After a ``vote``, ", against" alone opens its side against.

    >>> _opens_restatement(", while in the Council the corresponding figures were ")
    True
    >>> _opens_restatement(". The corresponding figures for 2001 were ")
    True
    >>> _opens_restatement(". In Asia, the corresponding figures were ")
    True
    >>> _opens_restatement(". The Board met twice; the figures were ")
    False
    >>> _opens_restatement(", against ", vote=True)
    False
    """
    end = _SENTENCE_END.search(gap)
    if end is None:
        clause = _NEW_CLAUSE.search(gap)
        return clause is not None and not (vote and _BARE_AGAINST.match(clause.group()))
    lead = gap[end.end() :]
    return (
        _SENTENCE_END.search(lead) is None
        and _RESTATING_SENTENCE.match(lead) is not None
        and restates_labels(lead, respectively_after=False)
    )


def _counted_ok(counted: str | None, tally: Tally) -> bool:
    """Whether the word after the figures, if any, is what the earlier tally counts."""
    if counted is None:
        return True
    nouns = {part.counted.split()[-1].lower() for part in tally.parts if part.counted}
    return counted in _COUNT_NOUNS or counted in nouns


def _shares_fit(tally: Tally, values: list[Fraction]) -> bool:
    """Whether shares fit the earlier tally's: 100 within rounding where its make 100."""
    earlier = sum(Fraction(part.percent or 0) for part in tally.parts)
    later = sum(values)
    if abs(earlier - _HUNDRED) <= _ROUNDING:
        return abs(later - _HUNDRED) <= _ROUNDING
    return later <= _HUNDRED + _ROUNDING


def _list_after(text: str, tally: Tally, taken: SpanIndex) -> Tally | None:
    """The tally of the figures after ``tally`` that repeat its labels, or ``None``."""
    figures = FIGURE_LIST.search(text, tally.end, min(len(text), tally.end + _REACH))
    if figures is None or taken.overlaps(figures.start(), figures.end()):
        return None
    gap = text[tally.end : figures.start()]
    # a year may name the second context; any other figure between makes none
    if any(c.isdigit() for c in YEAR_IN_TEXT.sub("", gap)) or not _opens_restatement(
        gap, vote=tally.kind == "vote"
    ):
        return None
    after = _COUNTED_THEN_RESPECTIVELY.match(text, figures.end())
    if after is None and restates_labels(gap, respectively_after=False):
        after = _COUNTED_THEN_END.match(text, figures.end())
    if after is None and tally.unit == "percent" and _COMPARED_GAP.fullmatch(gap):
        # "38 per cent satisfied, 41 per cent dissatisfied and 21 per cent neutral,
        # compared with 35, 45 and 20 per cent in the 2014 survey": shares of a dated
        # whole that make 100 where the earlier do (checked below)
        earlier = sum(Fraction(part.percent or 0) for part in tally.parts)
        if abs(earlier - _HUNDRED) <= _ROUNDING:
            after = _DATED_END.match(text, figures.end())
    if after is None or not _counted_ok(after["counted"], tally):
        return None
    read = read_figures(figures.group(0), figures.start())
    if read is None:
        return None
    percent = _PER_CENT.search(figures.group(0)) is not None
    if percent != (tally.unit == "percent"):
        return None
    whole = None
    if len(read) == len(tally.parts) + 1 and _whole_first(text, tally, read):
        whole, read = read[0], read[1:]  # "...; the corresponding figures were 277, 181 and 96"
    if len(read) != len(tally.parts):
        return None
    values = [value for value, _, _, _ in read]
    if percent and not _shares_fit(tally, values):
        return None
    if not percent and any(value.denominator != 1 for value in values):
        return None
    parts = []
    for earlier, (value, decimals, start, end) in zip(tally.parts, read, strict=True):
        if percent:
            part = Part(earlier.category, None, start, end, percent=float(value), decimals=decimals)
        else:
            part = Part(earlier.category, int(value), start, end)
        part.counted = earlier.counted
        parts.append(part)
    repeated = Tally(tally.kind, figures.start(), after.end(), parts, unit=tally.unit)
    repeated.subject = tally.subject
    if whole is not None:
        repeated.total = int(whole[0])
    return repeated


def _whole_first(text: str, tally: Tally, read: list[tuple[Fraction, int, int, int]]) -> bool:
    """Whether the first of the figures restates the whole the earlier tally states first.

    "318 reports, 204 of them from staff and 114 from third parties; the corresponding
    figures for 2022 were 277, 181 and 96": the earlier tally's total is written before
    its parts, so the list's first figure is the whole of that year, its parts within it
    (adding up to it where the earlier parts add up to theirs).
    """
    if tally.total is None or tally.unit != "count" or not tally.parts:
        return False
    if any(part.count is None for part in tally.parts):
        return False
    written = f"{int(tally.total):,}"
    if written not in text[tally.start : tally.parts[0].start]:
        return False  # "..., a total of 52": the whole after its parts
    values = [value for value, _, _, _ in read]
    if any(value.denominator != 1 for value in values):
        return False
    first, rest = values[0], sum(values[1:])
    if sum(part.count for part in tally.parts) == tally.total:  # type: ignore[misc]
        return rest == first
    return rest <= first


def with_figures_in_label_order(text: str, kept: list[Tally]) -> list[Tally]:
    """``kept`` with a tally for each list of figures that repeats a tally's labels.

    Parameters
    ----------
    text
        The paragraph string the tallies were read in.
    kept
        The tallies of ``text``, in text order, none overlapping.

    Returns
    -------
    list[Tally]
        ``kept`` and the new tallies, in text order; ``kept`` itself where none is new.

    Examples
    --------
    >>> text = ("Chile received 80 votes and Peru 70, while in the Council the "
    ...         "corresponding figures were 9 and 6.")
    >>> first = Tally("vote", 0, 36, [Part("Chile", 80, 15, 17), Part("Peru", 70, 34, 36)])
    >>> tallies = with_figures_in_label_order(text, [first])
    >>> [[(p.category, p.count) for p in t.parts] for t in tallies]
    [[('Chile', 80), ('Peru', 70)], [('Chile', 9), ('Peru', 6)]]
    """
    taken = SpanIndex((tally.start, tally.end) for tally in kept)
    added = []
    for tally in kept:
        if len(tally.parts) < 2 or not all(part.category for part in tally.parts):
            continue
        repeated = _list_after(text, tally, taken)
        if repeated is not None:
            added.append(repeated)
            taken.add(repeated.start, repeated.end)
    if not added:
        return kept
    return sorted(kept + added, key=lambda tally: (tally.start, -tally.end))
