"""Wholes stated apart from their parts, found by structure and arithmetic.

The readers take a split's whole where a phrase they know ties it to the parts ("Of the
96 cases, ...", "900 people (of whom 500 women ...)"). A writer of official English also
states the whole in other places, by structure rather than by set phrases:

- before parts in brackets, after words of its own: "There are over 250,000 displaced
  persons in the region (108,470 refugees, 129,015 IDPs and 14,820 returnees)";
- as the subject of "included", "comprised" or "consisted of", or before "including"
  across an aside or a count of other things: "The group of 268 combatants included 51
  women and 75 children", "1,444 – 71 per cent of all fatalities – are believed to be
  civilians, including 475 children and 246 women", "reached 16 million people in 58
  countries ..., including 10.8 million people ... and 3.9 million people ...";
- in the sentence before, pointed back at ("... stood at 21 million. This figure
  represents some 12 million refugees, ...", "... 487,000 beneficiaries and 20,000
  children ... Out of these, nearly 274,000 ... while nearly 213,000 ...", "... 1.7
  million internally displaced persons (IDPs) ... 60 percent of these IDPs were
  children, and 23 percent were women") or summed exactly ("The 31 members of the
  Commission ... Seven are selected ...; ... and seven are elected ...");
- after the parts: "This brings the total number of individuals displaced in the five
  provinces to 732,227", "... 224 new elements for an overall number of 314 elements",
  "561 children and 235 women were among those 2,959 civilians who were killed".

Two readers find splits no other reader read, each with the whole a clause of its own
states: parallel clauses of one noun, each with a label and a figure after a verb of
reaching, whose sum the next sentence states ("Flood-related displacements have reached
61,000, while conflict-related displacements have reached 19,000. Internal
displacements now total 80,000": :func:`find_clause_sums`), and one part joined by
"and" to a clause that states its whole ("The total number of accredited participants was
2,450 and 2,012 registered": :func:`find_total_then_part`).

Each whole is guarded by arithmetic and by the noun. Parts may not pass an exact whole (but
for parts right after "including" that follow the whole's noun, which may pass it by a
tenth: "860 child casualties, including 250 deaths and 640 injuries" keeps the whole the text
states, and analysis reports the excess); a whole in round thousands with no qualifier
("107,000") is rounded, as are parts so written; a whole with a qualifier may be passed
within its qualifier's reach ("over 250,000" by
its last digit's place, 10,000; "about", "some", "nearly", "an estimated" by half of
it); parts with qualifiers or scale words ("some 12 million") may be off by half their
own last place. Where no pointer and no tie of structure names the whole, the parts must
add up to it within that rounding. Shares of a count need no sum, only a pointer that
names the count's noun ("of these IDPs", "of IDPs", "of the displacement" after "84,791
internally displaced persons"). A count of other things is no whole ("in 19,407 households", "in
58 countries": a count after a preposition of place), nor a share, a year, a day of a
month, an age or a measure ("under the age of 5 years"), nor a count that opens an aside
("(35,630 households)": another unit of the same whole).

Only the splits the readers kept without a whole are looked at, over their own sentence
and the ones next to it: linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_parts import Part, SpanIndex, Tally
from surveystats.text.dates import MONTH_PATTERN
from surveystats.text.sentences import sentence_starts
from surveystats.text.words import NUMBER_WORDS, words_to_number

__all__ = ["CLAUSE_SUM_JOINTS", "attach_stated_wholes", "find_clause_sums", "find_total_then_part"]


# A qualifier before a figure: its reach ("above", "near" or "below" the figure, which
# decides how far parts may pass it) and its name in the tables (as numbers.py names it).
_QUALIFIERS = {
    **dict.fromkeys(("over", "more than", "upwards of", "in excess of"), ("above", "more_than")),
    "at least": ("above", "at_least"),
    **dict.fromkeys(("nearly", "almost"), ("near", "less_than")),
    **dict.fromkeys(
        ("about", "around", "approximately", "some", "an estimated", "estimated", "roughly",
         "close to", "approx.", "circa"),
        ("near", "approximately"),
    ),
    "up to": ("below", "at_most"),
    **dict.fromkeys(("fewer than", "less than", "under", "below"), ("below", "less_than")),
}  # fmt: skip
_QUALIFIER = "|".join(
    re.escape(word).replace(r"\ ", r"\s+") for word in sorted(_QUALIFIERS, key=len)[::-1]
)
# A figure as a whole or a part is written: "over 250,000", "some 12 million", "Seven".
_FIGURE = re.compile(
    rf"(?<![\w.,])(?:(?P<qualifier>(?i:{_QUALIFIER}))\s+)?"
    rf"(?P<figure>\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|\d+(?:\.\d+)?(?![\d.,]\d)|{NUMBER_WORDS})"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?"
)
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# The trailing zeros that make a figure written without a qualifier a rounded one
# ("36,000", "9,000"); a figure with fewer ("240", "1,100") is read as exact.
_ROUND_ZEROS = 3
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)")
_MONTH_AFTER = re.compile(rf"\s+{MONTH_PATTERN}")
_MONTH_BEFORE = re.compile(rf"{MONTH_PATTERN}\s+$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A preposition that places a count, no whole of people: "in 19,407 households".
# ("stood at 21 million", "rose to 300" state a whole: "at" after a verb of being, and
# "to", place nothing)
_PLACING = re.compile(
    r"\b(?:in|across|within|from|per|(?<!stood\s)(?<!stands\s)(?<!stand\s)(?<!is\s)(?<!was\s)at)\s+$",
    re.IGNORECASE,
)
# An age, a span or a measure: "under the age of 5 years", "aged 6-23 months".
_MEASURE_HEADS = frozenset(
    ("year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours",
     "km", "kilometres", "kilometers", "metres", "meters", "per", "times", "percent")
)  # fmt: skip
_AGE_BEFORE = re.compile(r"\b(?:age\s+of|aged|ages\s+of|between)\s+$", re.IGNORECASE)
# The words that end a count's noun phrase: "250,000 displaced persons | in the region".
_NOUN_STOP = frozenset(
    ("of", "in", "to", "from", "who", "whom", "which", "that", "were", "was", "are", "is",
     "have", "has", "had", "and", "or", "with", "by", "for", "at", "on", "as", "across",
     "within", "will", "would", "been", "be", "including", "included", "includes",
     "include", "comprising", "comprised", "among", "while", "but", "the", "a", "an",
     "this", "these", "those", "their", "its", "his", "her", "remain", "remained",
     "reside", "live", "lived", "currently", "now", "still", "also", "being")
)  # fmt: skip
_WORD = re.compile(r"\(?([A-Za-z][\w'’-]*)\)?")
_PHRASE_REACH = 40  # how far a whole's noun phrase may name the parts' nouns
_WINDOW = 3000  # characters each side of a split whose figures may be its whole
_PEOPLE = frozenset(("people", "persons", "individuals", "civilians", "residents", "inhabitants"))


class _Figure(NamedTuple):
    """A count as a whole may be written: its value and place, and what it counts."""

    value: int
    start: int
    end: int
    qualifier: str | None  # its reach: "above", "near", "below" or None
    named: str | None  # the qualifier's name: "more_than", "approximately", ...
    place: Fraction  # the place of its last significant digit where rounded, else 0
    nouns: tuple[str, ...]  # the words of its noun phrase, in lower case
    placed: bool  # after a preposition of place: "in 58 countries"
    opens_aside: bool  # right after "(": another unit of the same whole


def _qualifier_of(written: str | None) -> tuple[str | None, str | None]:
    """The reach and the name of a qualifier as written ("More than" -> above, more_than)."""
    if written is None:
        return None, None
    return _QUALIFIERS[" ".join(written.lower().split())]


def _noun_words(text: str, end: int) -> tuple[tuple[str, int], ...]:
    """The words of the noun phrase after a figure, each with its end, to the word that ends it.

    Read to the end of ``text``: a window that ends sooner keeps the words that end in it
    (:func:`_nouns_in`), so one reading serves every window a figure stands in.

    >>> _noun_words("250,000 displaced persons in the region", 7)
    (('displaced', 17), ('persons', 25))
    """
    words: list[tuple[str, int]] = []
    at = end
    while len(words) < 6:
        match = _WORD.match(text, at + 1) if text[at : at + 1] == " " else None
        if match is None:
            break
        word = match.group(1).lower()
        if word in _NOUN_STOP:
            break
        words.append((word, match.end()))
        at = match.end()
        if match.group().startswith("(") or match.group().endswith(")"):
            break  # "internally displaced persons (IDPs)": the acronym closes it
    return tuple(words)


def _nouns_in(words: tuple[tuple[str, int], ...], hi: int) -> tuple[str, ...]:
    """The words of a noun phrase (:func:`_noun_words`) that end by ``hi``, in lower case."""
    nouns: list[str] = []
    for word, end in words:
        if end > hi:
            break
        nouns.append(word)
    return tuple(nouns)


# What a figure is, read once for all the windows it stands in: the figure (its nouns not
# yet cut to a window) and the words of its noun phrase with their ends; None where it is
# no count.
_Read = tuple[_Figure, tuple[tuple[str, int], ...]] | None
_LOOK_BACK = 16  # the characters before a figure that decide what it is


def _figures(
    text: str, lo: int, hi: int, read: dict[tuple[tuple[int, int], ...], _Read] | None = None
) -> list[_Figure]:
    """The counts written in ``text[lo:hi]`` that may be a whole or a part.

    ``read`` keeps what each figure is across calls on overlapping windows of one text
    (the windows of the splits of a paragraph), so each figure is read once: one whose
    look-back (:data:`_LOOK_BACK`) lies in the window is read as from any other window.

    >>> text = "As at 31 July 2018, over 250,000 displaced persons live in 58 countries."
    >>> [(f.value, f.qualifier, int(f.place), f.nouns, f.placed) for f in _figures(text,
    ...     0, len(text))]
    [(250000, 'above', 10000, ('displaced', 'persons'), False), (58, None, 0, ('countries',), True)]
    """
    found: list[_Figure] = []
    for match in _FIGURE.finditer(text, lo, hi):
        _add_figure(found, text, match, lo, hi, read)
    return found


def _add_figure(
    found: list[_Figure],
    text: str,
    match: re.Match[str],
    lo: int,
    hi: int,
    read: dict[tuple[tuple[int, int], ...], _Read] | None,
) -> None:
    """Add the figure ``match`` to ``found`` as the window ``text[lo:hi]`` reads it, if a count."""
    if read is not None and match.start() - _LOOK_BACK >= lo:
        key = match.regs
        if key in read:
            known = read[key]
        else:
            known = read[key] = _read_figure(text, match, lo)
    else:
        known = _read_figure(text, match, lo)
    if known is None:
        return
    figure, words = known
    nouns = _nouns_in(words, hi)
    if nouns and nouns[0] in _MEASURE_HEADS:
        return  # "5 years": a span
    found.append(figure._replace(nouns=nouns))


# A figure is never this long: a reading of the text from a window's start falls in step
# with the reading of the whole text at the first figure both find (past the window's
# look-back), and stays in step to this far before the window's end.
_IN_STEP = 200


class _FigureReader:
    """The figures of the windows of one paragraph's splits, the text read once.

    The windows of the splits of a run-on paragraph overlap; read for each, their
    figures were read about ``2 * _WINDOW / len(split)`` times over. Here the whole text
    is read once and a window takes its figures as a slice of that reading, but for the
    few at its two ends, which it reads itself (at its start, where the window's own
    reading has not yet fallen in step with the whole's; within :data:`_IN_STEP` of its
    end, where the window cuts the text). Short windows are read as before.

    >>> text = "Of 90 cases, 50 were closed and 40 remain. " * 100
    >>> reader = _FigureReader(text)
    >>> reader.within(430, 3870) == _figures(text, 430, 3870)
    True
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._read: dict[tuple[tuple[int, int], ...], _Read] = {}
        self._matches: list[re.Match[str]] | None = None

    def _read_whole(self) -> None:
        """Read every figure of the text: the matches, and the counts among them."""
        self._matches = list(_FIGURE.finditer(self._text))
        self._starts = [match.start() for match in self._matches]
        self._ends = [match.end() for match in self._matches]
        self._counts: list[_Figure] = []
        self._counted = [0]  # how many counts the matches before each one hold
        self._reach: list[int] = []  # where each count's noun phrase ends
        self._unread: list[int] = []  # matches too long to read as a number
        for index, match in enumerate(self._matches):
            try:
                known = _read_figure(self._text, match, 0)
            except ValueError:  # more digits than Python reads: a window raises as before
                self._unread.append(index)
                known = None
            if known is not None:
                figure, words = known
                nouns = tuple(word for word, _ in words)
                if not (nouns and nouns[0] in _MEASURE_HEADS):
                    self._counts.append(figure._replace(nouns=nouns))
                    self._reach.append(words[-1][1] if words else match.end())
            self._counted.append(len(self._counts))

    def within(self, lo: int, hi: int) -> list[_Figure]:
        """:func:`_figures` of ``text[lo:hi]``."""
        text = self._text
        if hi - lo <= 4 * _IN_STEP:
            return _figures(text, lo, hi, self._read)
        if self._matches is None:
            self._read_whole()
        found: list[_Figure] = []
        step_end = hi - _IN_STEP
        for match in _FIGURE.finditer(text, lo, hi):
            at = bisect.bisect_left(self._starts, match.start())
            if (
                match.end() <= step_end
                and match.start() - _LOOK_BACK >= lo
                and at < len(self._starts)
                and self._matches[at].regs == match.regs
            ):
                break  # in step with the whole text's reading from here
            _add_figure(found, text, match, lo, hi, self._read)
        else:
            return found
        last = bisect.bisect_right(self._ends, step_end)  # the matches before it end in step
        counts = self._counts[self._counted[at] : self._counted[last]]
        unread = bisect.bisect_left(self._unread, at)
        if (unread < len(self._unread) and self._unread[unread] < last) or (
            counts and max(self._reach[self._counted[at] : self._counted[last]]) > hi
        ):
            for match in self._matches[at:last]:  # a noun phrase the window cuts
                _add_figure(found, text, match, lo, hi, self._read)
        else:
            found.extend(counts)
        for match in _FIGURE.finditer(text, self._ends[last - 1], hi):
            _add_figure(found, text, match, lo, hi, self._read)
        return found


def _read_figure(text: str, match: re.Match[str], lo: int) -> _Read:
    """What the figure ``match`` is, with no look-back before ``lo``; None for no count."""
    raw, scale = match["figure"], match["scale"]
    if _SHARE_AFTER.match(text, match.end()):
        return None  # "71 per cent of all fatalities": a share
    if raw[0].isdigit():
        if _YEAR.fullmatch(raw) and scale is None:
            return None  # "in 1997"
        if _MONTH_AFTER.match(text, match.end("figure")) or _MONTH_BEFORE.search(
            text, max(lo, match.start() - 12), match.start()
        ):
            return None  # "as at 31 July 2018"
        number = Fraction(raw.replace(",", ""))
        decimals = len(raw.partition(".")[2])
    else:
        words_read = words_to_number(raw)
        if words_read is None or words_read[1]:
            return None  # no number, or an ordinal
        number, decimals = Fraction(words_read[0]), 0
    factor = _SCALES[scale.lower()] if scale else 1
    value = number * factor
    if value.denominator != 1 or value < 2:
        return None
    kind, named = _qualifier_of(match["qualifier"])
    if scale:
        place = Fraction(factor, 10**decimals)
    elif raw[0].isdigit() and "." not in raw:
        digits = raw.replace(",", "")
        zeros = len(digits) - len(digits.rstrip("0"))
        if kind is None and zeros < _ROUND_ZEROS:
            zeros = 0  # "1,119", "240": exact; "107,000", "9,000": round thousands
        place = Fraction(10**zeros) if zeros else Fraction(0)
    else:
        place = Fraction(0)
    if _AGE_BEFORE.search(text, max(lo, match.start() - 12), match.start()):
        return None  # "aged 6-23 months": an age
    before = text[max(lo, match.start() - _LOOK_BACK) : match.start()]
    figure = _Figure(
        int(value),
        match.start(),
        match.end(),
        kind,
        named,
        place,
        (),
        _PLACING.search(before) is not None,
        before.rstrip().endswith("("),
    )
    return figure, _noun_words(text, match.end())


def _start_of(figure: _Figure) -> int:
    """Where ``figure`` starts: the key the figures of a window are in order by."""
    return figure.start


def _parts_and_slack(tally: Tally, figures: list[_Figure]) -> tuple[int, Fraction] | None:
    """The sum of a split's counts and how far rounding may move it (half each place)."""
    total, slack = 0, Fraction(0)
    for part in tally.parts:
        if part.count is None:
            return None
        total += part.count
        at = bisect.bisect_left(figures, part.start, key=_start_of)  # figures go in order
        while at < len(figures) and figures[at].start < part.end:
            if figures[at].value == part.count:
                slack += figures[at].place / 2
                break
            at += 1
    return total, slack


def _reach(whole: _Figure) -> tuple[Fraction, Fraction]:
    """How far below and above a whole its parts' sum may be, by its qualifier.

    A whole written in round thousands with no qualifier ("107,000 new displacements")
    is rounded as "some 107,000" is: its parts may pass it or fall short of it by half
    its last place ("drought related (33,287), conflict and insecurity (73,470), ...").
    """
    if whole.qualifier == "above":
        return Fraction(0), max(whole.place, Fraction(1))
    if whole.qualifier in ("near", None):
        return whole.place / 2, whole.place / 2
    return Fraction(0), Fraction(0)


def _fits(whole: _Figure, total: int, slack: Fraction) -> bool:
    """Whether parts that add up to ``total`` fit in ``whole`` (they may leave a rest)."""
    _, above = _reach(whole)
    return total <= whole.value + above + min(slack, Fraction(whole.value, 50))


# How far parts may pass a whole that their cue follows right after its noun phrase: the
# whole the text states, whose parts the writer got wrong ("860 child casualties,
# including 250 deaths and 640 injuries"); analysis reports the excess.
_OVERRUN = Fraction(1, 10)
_RIGHT_BEFORE_CUE = re.compile(r"[\s,]*(?:including|includ(?:ed|es|e))\b")


def _overrun(text: str, whole: _Figure, tally: Tally, total: int, slack: Fraction) -> bool:
    """Whether parts that pass ``whole`` are still its parts: a cue right after its noun.

    >>> text = "documented 860 child casualties, including 250 deaths and 640 injuries"
    >>> whole = _figures(text, 0, len(text))[0]
    >>> _overrun(text, whole, Tally("breakdown", 45, 78, []), 890, Fraction(0))
    True
    """
    end = whole.end
    if whole.nouns:
        end = text.find(whole.nouns[-1], end) + len(whole.nouns[-1])
    return (
        whole.qualifier is None
        and _RIGHT_BEFORE_CUE.match(text, end) is not None
        and total <= whole.value * (1 + _OVERRUN)
    )


def _makes(whole: _Figure, total: int, slack: Fraction) -> bool:
    """Whether parts that add up to ``total`` make ``whole``, within its rounding."""
    below, above = _reach(whole)
    slack = min(slack, Fraction(whole.value, 50))
    return whole.value - below - slack <= total <= whole.value + above + slack


def _take(tally: Tally, whole: _Figure) -> None:
    """Make ``whole`` the total of ``tally``, with its qualifier; the span takes it in."""
    tally.total, tally.total_qualifier = whole.value, whole.named
    if whole.start < tally.start:
        tally.start = whole.start


class _Marks:
    """What the splits of one paragraph ask of it again and again, each found once.

    Asked for each split over its whole sentence, these were quadratic in a run-on
    paragraph of splits with no full stop: the words that add to a figure before
    (:data:`_ADDED`), the years of a stretch of text, the parts of the tallies by count.

    >>> marks = _Marks("A further 1,500 returned in 2019 and 2020.", [])
    >>> marks.added(0, 16), marks.added(3, 16), sorted(marks.years(0, 42))
    (True, False, ['2019', '2020'])
    """

    def __init__(self, text: str, tallies: list[Tally]) -> None:
        self._text = text
        self._tallies = tallies
        self._added: list[tuple[int, int]] | None = None
        self._years: dict[tuple[int, int], frozenset[str]] = {}
        self._parts: dict[int, SpanIndex] | None = None

    def added(self, start: int, end: int) -> bool:
        """Whether ``_ADDED.search(text, start, end)`` finds a word, by a binary search."""
        if self._added is None:
            self._added = [match.span() for match in _ADDED.finditer(self._text)]
        at = bisect.bisect_left(self._added, (start, -1))
        if at < len(self._added) and self._added[at][1] <= end:
            return True
        # a word cut by ``end`` ("another" of "anothers") ends a word there, as the
        # search reads it; the longest word is ten letters
        return _ADDED.search(self._text, max(start, end - 12), end) is not None

    def years(self, start: int, end: int) -> frozenset[str]:
        """The years ``_YEAR`` finds in ``text[start:end]``; a sentence's, found once."""
        key = (start, end)
        if key not in self._years:
            self._years[key] = frozenset(_YEAR.findall(self._text, start, end))
        return self._years[key]

    def is_lone_part(self, whole: _Figure) -> bool:
        """Whether ``whole`` is the one part of a split with a stated total ("Of 120, 84 ...")."""
        return any(
            tally.total is not None
            and len(tally.parts) == 1
            and tally.parts[0].count == whole.value
            and tally.parts[0].start <= whole.start < tally.parts[0].end
            for tally in self._tallies
        )

    def is_part(self, whole: _Figure) -> bool:
        """Whether ``whole`` gives a split one of its parts: a part of its count holds it."""
        if self._parts is None:
            spans: dict[int, list[tuple[int, int]]] = {}
            for tally in self._tallies:
                for part in tally.parts:
                    if part.count is not None:
                        spans.setdefault(part.count, []).append((part.start, part.end))
            self._parts = {count: SpanIndex(found) for count, found in spans.items()}
        index = self._parts.get(whole.value)
        return index is not None and index.covers(whole.start)


def _heads(tally: Tally) -> set[str]:
    """The head nouns the readers gave a split's parts ("children", "IDPs"), lower case."""
    return {part.counted.split()[-1].lower() for part in tally.parts if part.counted}


# The cue of a whole's parts that a count before it may govern across other words:
# "The group of 268 combatants included", "..., including", "is made up of".
_CUE = re.compile(
    r"(?:\b(?:including|includ(?:ed|es|e)|compris(?:ed|es|e|ing)(?:\s+of)?"
    r"|consist(?:ed|s|ing)\s+of|(?:is|are|was|were)\s+made\s+up\s+of))"
    rf"\s*:?\s*(?:(?i:{_QUALIFIER})\s+)?$"
)
# What may stand between "(" and the first part: "(108,470", "(of whom 40", "(including".
_BRACKET_OPENING = re.compile(
    r"\(\s*(?:(?:of\s+wh(?:om|ich)|including|incl\.|among\s+them|i\.e\.)\s*[:,]?\s*)?"
    rf"(?:(?i:{_QUALIFIER})\s+)?$"
)
# Words that point the parts' sentence back at a whole before: "Of these,", "Out of these
# IDPs,", "This figure represents", "These include", "The IDP population included".
# "The majority, 390, were killed by ..." is read by tally_continued.attach_whole_before,
# which runs first (its "most" pointer and _majority_of_several).
_POINTER = re.compile(
    r"^(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3},\s+)?"  # "Worryingly, ", "In line with this, "
    r"(?:(?:Of|Out\s+of|Among|Amongst)\s+(?:these|those|them|this\s+(?:number|total|figure)"
    r"|the\s+(?:total|above))(?P<named>(?:\s+[\w-]+){0,2}?)\s*,?"
    r"|(?:This|These|They|The\s+(?:total|figure|number|[\w-]+\s+population|population|caseload))"
    r"(?:\s+(?:figure|number|total|figures|numbers))?"
    r"\s+(?:represents?|represented|includes?|included|comprises?|comprised"
    r"|consists?\s+of|consisted\s+of|covers?|covered)\b)"
    rf"\s*:?\s*(?:(?i:{_QUALIFIER})\s+)?$"
)
# "60 percent of these IDPs": shares whose noun points back at a count before.
_OF_THESE_NOUN = re.compile(
    r"[\s\w.%]{0,20}?\bof\s+(?:(?P<these>these|those|the)\s+)?"
    r"(?:(?P<adjective>[a-z][\w-]*)\s+(?=population\b))?(?P<noun>[A-Za-z][\w-]*)"
)
_STEM = 6  # letters two nouns share that name one group: "displacement", "displaced"
# The nouns that name a group by what its members are: "of the displaced population".
_GROUP_NOUNS = frozenset(("population", "caseload", "group"))
# Words before the first part that add its count to a figure before: a running total.
_ADDED = re.compile(r"\b(?:further|another|additional|more|other|new)\b", re.IGNORECASE)
# A whole after the parts: "This brings the total number of ... to 732,227", "for an
# overall number of 314", "were among those 2,959 civilians".
_SUM_AFTER = re.compile(
    r"^[.\s]{0,3}[^.;]{0,12}?"  # the sentence's end, then "This", "thereby", ...
    r"(?:\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing|ed))\s+the"
    r"\s+(?:total|overall|combined|cumulative)(?:\s+[\w-]+){0,12}?\s+to"
    r"|\bfor\s+an?\s+(?:overall|total|combined)\s+(?:number\s+)?of)\s+$"
)
# How many words may stand between a whole and the parenthesis of its parts, and the
# marks that end the whole's clause before it.
_BRACKET_REACH = 12
_CLAUSE_MARK = re.compile(r"[;:()]")
_AMONG_AFTER = re.compile(r"\s+(?:were|are|was|is)\s+among\s+(?:those|the)\s+$")
# What those two phrases hold past their first characters (``_SUM_AFTER``'s "^[.\s]{0,3}
# [^.;]{0,12}?"): words, hyphens and spaces only.
_PHRASE_OPENING = 15
_NOT_IN_PHRASE = re.compile(r"[^\w\s-]")


def _bracketed(text: str, tally: Tally, figures: list[_Figure], lo: int) -> _Figure | None:
    """The whole right before the parenthesis the parts stand in, or None."""
    first = tally.parts[0].start
    opening = text.rfind("(", lo, first)
    if opening < 0 or not _BRACKET_OPENING.search(text, opening, first):
        return None
    closing = text.find(")", opening)
    if closing >= 0 and closing < tally.parts[-1].start:
        return None  # the parts run on after the parenthesis
    before = [f for f in figures if lo <= f.start and f.end <= opening]
    if not before:
        return None
    whole = before[-1]
    between = text[whole.end : opening]
    if (
        whole.placed
        or whole.opens_aside
        or len(between.split()) > _BRACKET_REACH
        or _CLAUSE_MARK.search(between)
    ):
        return None  # "in 19,407 households (", or the parenthesis is another clause's
    return whole


def _cued(
    text: str, tally: Tally, figures: list[_Figure], lo: int, marks: _Marks
) -> _Figure | None:
    """The whole a cue before the parts points at, across an aside or other counts."""
    first = tally.parts[0].start
    cue = _CUE.search(text, max(lo, first - 60), first)
    if cue is None:
        return None
    candidates = [
        f for f in figures if lo <= f.start and f.end <= cue.start() and not f.opens_aside
    ]
    if not candidates or ";" in text[candidates[-1].end : cue.start()]:
        return None
    heads = _heads(tally)
    # the nouns after the first part's figure, where no reader gave the parts a noun
    heads.update(next((f.nouns for f in figures if f.start >= tally.parts[0].start), ()))
    named = [f for f in candidates if f.nouns and f.nouns[-1] in heads and not f.placed]
    unplaced = [f for f in candidates if not f.placed]
    if named:  # "16 million people in 58 countries ..., including 10.8 million people"
        whole = named[-1]
    elif unplaced:
        # "treated 2,300 patients in 35 villages, including 1,100 women and 700 children":
        # past the count of places, where the parts cannot be its parts ("in 35 villages,
        # including 18 in the north" may be)
        whole = unplaced[-1]
        places = [f for f in candidates if f.placed and f.start > whole.start]
        read = _parts_and_slack(tally, figures)
        if read is None or any(_fits(place, *read) for place in places):
            return None
    else:
        return None  # "in 58 countries, including 12 in Africa": a count of places
    if marks.is_part(whole) or any(f.start > whole.start and not f.placed for f in candidates):
        return None  # another count stands between: it is the cue's
    return whole


def _pointed_back(
    text: str,
    tally: Tally,
    figures: list[_Figure],
    sentences: tuple[int, int],
    marks: _Marks | None = None,
) -> _Figure | None:
    """The whole of the sentence before that the parts' sentence points back at."""
    before_start, start = sentences
    first = tally.parts[0].start
    opening = text[start:first]
    pointer = _POINTER.search(opening)
    named = pointer["named"].strip().lower() if pointer and pointer["named"] else ""
    stem = False  # whether the noun may name the count's by their stem ("Worryingly, " alone
    # may open the sentence of shares that point back)
    lo, hi = before_start, start
    if pointer is None:
        # "60 percent of these IDPs", "75% of IDPs (110,460)": a share whose noun names
        # one count of the sentence before; "84,791 IDPs in 19,407 households, 91% of the
        # displacement ...": or of its own sentence, before it
        of_these = _OF_THESE_NOUN.match(text, first, tally.parts[0].end)
        if of_these is None or not _SHARE_AFTER.search(text, first, of_these.start("noun")):
            return None  # "of" after a count, no share: "1,200 of the people"
        named = of_these["noun"].lower()
        if named in _GROUP_NOUNS and of_these["adjective"]:
            named = of_these["adjective"].lower()  # "of the displaced population"
        stem = of_these["these"] is not None
        if len(opening.split(maxsplit=1)) > 1:
            # the whole is the opening's own ("84,791 IDPs ..., 91% of the ..."); a place
            # or group that opens the shares' clause names a part of the whole before
            # ("480 households. In the capital, 48 per cent of households ..."): none
            lo = start
        hi = first
    wholes = [f for f in figures if lo <= f.start < hi and not f.placed and not f.opens_aside]
    if named:  # "Of these IDPs,", "60 percent of these IDPs": a count of that noun
        wholes = [f for f in wholes if _names(named.split()[-1], f.nouns, stem=stem)]
    if tally.unit == "percent":
        shares = sum(Fraction(str(part.percent or 0)) for part in tally.parts)
        return wholes[0] if len(wholes) == 1 and shares <= 100 + len(tally.parts) else None
    read = _parts_and_slack(tally, figures)
    if read is None:
        return None
    total, slack = read
    if len(wholes) > 1 and not (pointer and re.search(r"\bthem\b", pointer.group())):
        # "487,000 beneficiaries and 20,000 children ... Out of these, nearly 274,000 ...
        # while nearly 213,000 ...": the count the parts make ("them" names all the
        # counts before, and no one whole)
        made = [f for f in wholes if _makes(f, total, slack)]
        fitting = [f for f in wholes if _fits(f, total, slack)]
        if not made and pointer and marks is not None and marks.is_lone_part(wholes[-1]):
            # "Of the 120 offices, 84 responded. Among those, 52 completed ...": the
            # pointer names the last group before, the one part of a whole read there,
            # where the parts fit in it ("held 40 meetings and 12 consultations. Of
            # these, 8 ...": which? none)
            made = [f for f in wholes[-1:] if f in fitting]
        # "163 cases, including 38 deaths, were reported. These include 138 cases in A,
        # 13 in B, ...": where no count makes the parts, the one they fit in is the
        # whole, the others too small to hold them (a subset of it, "38 deaths")
        wholes = made or fitting
    if len(wholes) != 1 or not _fits(wholes[0], total, slack):
        return None
    return wholes[0]


# Words that name one fate of a toll: "Of those killed, 224 were men ..." points back at
# "1,119 civilian deaths"; "Among the injured" at "1,790 people wounded".
_FATES = (
    frozenset(("killed", "dead", "deaths", "died", "fatalities", "deceased")),
    frozenset(("injured", "wounded", "injuries", "injury")),
)


def _names(noun: str, nouns: tuple[str, ...], *, stem: bool) -> bool:
    """Whether ``noun`` names a count of ``nouns``: the same word, its stem after "the".

    Or a word of the same fate: "killed" names "civilian deaths".
    """
    fate = next((words for words in _FATES if noun in words), frozenset())
    return any(
        word == noun
        or word in fate
        or (stem and len(noun) >= _STEM and word[:_STEM] == noun[:_STEM])
        for word in nouns
    )


def _summed_before(
    text: str,
    tally: Tally,
    figures: list[_Figure],
    sentences: tuple[int, int, int],
    marks: _Marks,
) -> _Figure | None:
    """The one count before that the parts add up to, with no word pointing at it."""
    before_start, start, after = sentences
    first = tally.parts[0].start
    if (
        len(tally.parts) < 2
        or marks.added(start, tally.parts[0].end)  # "A further 1,500 returned ..."
        or _POINTER.search(text[start:first])  # the pointer decides: "Among them, ..."
    ):
        return None
    read = _parts_and_slack(tally, figures)
    if read is None:
        return None
    total, slack = read
    colon = text.rfind(":", start, first)
    lo = before_start  # and the parts' own sentence before a colon: "those five seats ...:"
    hi = start if colon < 0 else colon
    years = marks.years(lo, hi)
    if not marks.years(start, after) <= years:
        return None  # "In 2022, 4.8 million ... In 2023, 3.1 million and 1.7 million"
    candidates = [f for f in figures if lo <= f.start and f.end <= hi and not f.placed]
    wholes = [f for f in candidates if _makes(f, total, slack)]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    heads = _heads(tally)
    phrase = set(_WORD.findall(text[whole.end : whole.end + _PHRASE_REACH].lower()))
    named = bool(heads) and heads <= phrase  # "25 women and children ... the 10 children"
    named = named or bool(whole.nouns and whole.nouns[-1] in text[start:first].lower())
    # "the allocation of 24 ministerial posts ... A retained 14 ministries; B received
    # 9; ...": a word of the whole's noun phrase that shares its stem with the parts' noun
    named = named or any(_names(head, whole.nouns, stem=True) for head in heads)
    if len(candidates) > 1 and not named:
        return None  # "handled 230 requests and 60 appeals. Some 140 ... and 90 ...": which?
    if heads and not named and not (heads <= _PEOPLE and set(whole.nouns) & _PEOPLE):
        return None  # another noun: "destroyed 1,800 houses. Some 1,100 families ..."
    return whole


def _stated_after(text: str, tally: Tally, figures: list[_Figure], hi: int) -> _Figure | None:
    """The whole after the parts that a phrase says is their sum, or that holds them."""
    read = _parts_and_slack(tally, figures)
    if read is None:
        return None
    total, slack = read
    last = tally.parts[-1]
    # past the opening's first few characters the phrases hold only words and spaces: no
    # whole after a mark there (each split would otherwise try every figure to ``hi``)
    mark = _NOT_IN_PHRASE.search(text, max(tally.end, last.end) + _PHRASE_OPENING, hi)
    reach = min(hi, mark.start() + 1) if mark else hi
    for whole in (f for f in figures if last.start < f.start):
        if whole.start >= reach:
            break
        opening = text[tally.end if tally.end < whole.start else last.end : whole.start]
        if _SUM_AFTER.search(opening) and _makes(whole, total, slack):
            return whole
        if _AMONG_AFTER.match(text, last.end, whole.start) and _fits(whole, total, slack):
            return whole
    return None


def _window(text: str, tally: Tally, lo: int, hi: int) -> tuple[int, int]:
    """The part of ``text[lo:hi]`` whose figures may be ``tally``'s whole: ``_WINDOW`` each side.

    The sentences around a split are its whole's place, but one sentence may be the whole
    paragraph (a run-on of splits with no full stop): read whole for each split, that was
    quadratic. The window is cut after a space, so no figure is read from its middle.

    >>> text = "word " * 1000 + "12 of which"
    >>> _window(text, Tally("survey", 5000, 5011, []), 0, len(text))
    (2000, 5011)
    """
    if tally.start - lo > _WINDOW:
        cut = text.rfind(" ", lo, tally.start - _WINDOW)
        lo = max(lo, cut + 1) if cut >= 0 else lo
    if hi - tally.end > _WINDOW:
        cut = text.find(" ", tally.end + _WINDOW, hi)
        hi = cut if cut >= 0 else hi
    return lo, hi


def attach_stated_wholes(text: str, tallies: list[Tally]) -> None:
    """Give each split without a whole the one its sentences state apart from its parts.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for ``text``; the splits among them without a total (no votes)
        are given one where the module docstring's ties and arithmetic find it. Tallies
        are changed in place.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "The group of 268 combatants included 51 women and 75 children."
    >>> split = Tally("breakdown", 37, 61, [Part("women", 51, 37, 45, counted="women"),
    ...     Part("children", 75, 50, 61, counted="children")])
    >>> attach_stated_wholes(text, [split])
    >>> split.total, split.start
    (268, 13)
    >>> text = "There are 20 women in the team (31 nurses and 4 doctors)."
    >>> split = Tally("breakdown", 32, 55, [Part("nurses", 31, 32, 41), Part("doctors", 4,
    ...     46, 55)])
    >>> attach_stated_wholes(text, [split])
    >>> split.total is None  # 35 parts are no parts of 20
    True
    """
    open_splits = [
        t
        for t in tallies
        if t.total is None
        and t.kind in ("breakdown", "survey")
        and t.parts
        and (
            all(part.count is not None for part in t.parts)
            or (t.unit == "percent" and all(part.percent is not None for part in t.parts))
        )
    ]
    if not open_splits:
        return
    starts = [*sentence_starts(text), len(text), len(text)]
    reader = _FigureReader(text)
    marks = _Marks(text, tallies)
    for tally in open_splits:
        at = bisect.bisect_right(starts, tally.parts[0].start) - 1
        before_start = starts[max(0, at - 1)]
        start, after = starts[at], starts[at + 1]
        following = starts[at + 2]
        figures = reader.within(*_window(text, tally, before_start, following))
        read = _parts_and_slack(tally, figures)
        if read is not None:
            tied = _bracketed(text, tally, figures, start) or _cued(
                text, tally, figures, start, marks
            )
            if tied and not (_fits(tied, *read) or _overrun(text, tied, tally, *read)):
                tied = None
            whole = (
                tied
                or _pointed_back(text, tally, figures, (before_start, start), marks)
                or _summed_before(
                    text, tally, figures, (before_start if at > 0 else start, start, after), marks
                )
                or _stated_after(text, tally, figures, following)
            )
        else:
            whole = _pointed_back(text, tally, figures, (before_start, start))
        if whole:
            _take(tally, whole)


#: Literals a paragraph holds where :func:`find_clause_sums` may read: a word of a total
#: and a joint of parallel clauses (tested together before any pattern runs).
CLAUSE_SUM_JOINTS = (" while ", " whilst ", " whereas ", "; ")
# The sentence that states the clauses' sum: "Internal displacements now total
# approximately 80,000", "the displacements totalled 52,000".
_TOTAL_OF_NOUN = re.compile(
    rf"\b(?P<noun>[a-z][\w-]*s)\b(?:\s+[\w-]+){{0,8}}?\s+(?:now\s+)?total(?:s|led|ed)?"
    rf"\s+(?=(?:(?i:{_QUALIFIER})\s+)?\d)"
)
_CLAUSE_JOINT = re.compile(r",?\s+(?:while|whilst|whereas)\s+|\s*;\s*(?:and\s+)?")
# A verb of reaching right before a clause's figure: "have reached approximately 19,000".
_REACHED = re.compile(
    r"\b(?:reached|stood\s+at|stand\s+at|numbered|totall?ed|amounted\s+to|rose\s+to"
    r"|climbed\s+to|increased\s+to)\s+$"
)
_NOT_IN_LABEL = frozenset(("the", "a", "an", "of", "and", "in", "on", "by", "for", "total", "all"))
# Words before a clause's label that frame every clause alike: "Cumulative drought-related".
_FRAMING_WORDS = frozenset(("cumulative", "new", "overall", "reported", "recorded", "monthly"))


def _clause_part(text: str, lo: int, hi: int, noun: str) -> Part | None:
    """The one part a clause states: its label before ``noun`` and its figure after a verb."""
    at = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE).search(text, lo, hi)
    if at is None:
        return None
    figures = _figures(text, at.end(), hi)
    if len(figures) != 1:
        return None
    figure = figures[0]
    opening = text[max(at.end(), figure.start - 30) : figure.start]  # a qualifier is its own
    if not _REACHED.search(opening):
        return None
    words = text[lo : at.start()].split()[-3:]
    while words and words[0].lower() in _NOT_IN_LABEL | _FRAMING_WORDS:
        words = words[1:]
    if not words or any(word.lower() in _NOT_IN_LABEL for word in words):
        return None
    label = " ".join(words)
    start = text.rfind(words[0], lo, at.start())
    return Part(label, figure.value, start, figure.end, counted=noun, qualifier=figure.named)


def find_clause_sums(text: str, spans: list[tuple[int, int]]) -> list[Tally]:
    """Parallel clauses of one noun whose sum the next sentence states as a total.

    "Flood-related displacements have reached 61,000, while conflict-related
    displacements have reached approximately 19,000. Internal displacements now total
    approximately 80,000.": each clause holds one figure after a verb of reaching
    and the noun the total counts, with a label of its own before it; the clauses are
    parted by "while", "whereas" or ";", and their figures make the total within its
    rounding (:func:`_makes`). Clauses of other nouns, a sum that misses the total, or
    figures a tally already holds (``spans``) give none.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    spans
        The (start, end) spans of the tallies already read.

    Returns
    -------
    list of Tally
        Breakdowns with their total, one per sentence of clauses.

    Examples
    --------
    >>> text = ("Flood-related displacements reached 61,000, while conflict-related "
    ...     "displacements reached 19,000. Internal displacements now total 80,000.")
    >>> [(t.total, [(p.category, p.count) for p in t.parts]) for t in find_clause_sums(text, [])]
    [(80000, [('Flood-related', 61000), ('conflict-related', 19000)])]
    """
    found: list[Tally] = []
    starts = [*sentence_starts(text), len(text)]
    for match in _TOTAL_OF_NOUN.finditer(text):
        at = bisect.bisect_right(starts, match.start()) - 1
        if at < 1:
            continue
        before, start, after = starts[at - 1], starts[at], starts[at + 1]
        wholes = _figures(text, match.end(), after)
        if not wholes or wholes[0].start != match.end():
            continue
        whole = wholes[0]
        noun = match["noun"].lower()
        cuts = [before, *(m.end() for m in _CLAUSE_JOINT.finditer(text, before, start)), start]
        if len(cuts) < 3:
            continue
        parts = [_clause_part(text, lo, hi, noun) for lo, hi in itertools.pairwise(cuts)]
        if any(part is None for part in parts) or any(
            lo <= part.end and part.start <= hi for part in parts for lo, hi in spans
        ):
            continue
        if len({part.category.lower() for part in parts}) < len(parts):
            continue  # "displacements reached 50, while displacements reached 20": no labels
        total = sum(part.count for part in parts)
        slack = sum(
            (f.place / 2 for part in parts for f in _figures(text, part.start, part.end)[-1:]),
            Fraction(0),
        )
        if not _makes(whole, total, slack):
            continue
        found.append(
            Tally(
                "breakdown",
                parts[0].start,
                whole.end,
                parts,
                total=whole.value,
                total_qualifier=whole.named,
            )
        )
    return found


# A whole stated as "the total number of N was T" and one part in the clause that "and"
# joins to it: "The total number of accredited participants was 2,450 and 2,012 registered".
_TOTAL_THEN_PART = re.compile(
    r"\b(?:[Tt]he\s+)?(?:total\s+)?number\s+of\s+(?P<noun>[A-Za-z][^,.;:()\d]{2,80}?)"
    r"\s+(?:was|is|stood\s+at|stands\s+at|reached|totall?ed)\s+"
    r"(?P<whole>\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?![\d.,]\d))\s*,?\s+and\s+"
    r"(?P<part>\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?![\d.,]\d))\s+"
    r"(?:(?:were|had|have|was)\s+)?(?P<act>[a-z]+ed)\b(?!\s+(?:by|to|from|at)\s+\d)"
)
#: The literal a paragraph holds where :func:`find_total_then_part` may read.
TOTAL_THEN_PART_CUE = "number of "
# Acts that state no part of the whole but another figure of it: a change or a plan.
_NO_PART_ACTS = frozenset(
    ("increased", "decreased", "declined", "dropped", "expected", "estimated", "planned",
     "projected", "targeted", "compared", "needed", "required", "anticipated", "recorded")
)  # fmt: skip


def find_total_then_part(text: str, spans: list[tuple[int, int]]) -> list[Tally]:
    """One part joined by "and" to the clause that states its whole as a total.

    "The total number of accredited participants was 2,450 and 2,012 registered": the whole
    is the number the first clause states, the part the count the second one gives with
    what it did. A part not smaller than the whole, an act of change or plan
    ("and 2,600 expected"), or figures a tally already holds (``spans``) give none.

    >>> text = "The total number of accredited participants was 2,450 and 2,012 registered."
    >>> [(t.total, t.parts[0].category, t.parts[0].count) for t in find_total_then_part(text, [])]
    [(2450, 'registered', 2012)]
    """
    found: list[Tally] = []
    for match in _TOTAL_THEN_PART.finditer(text):
        whole = int(match["whole"].replace(",", ""))
        count = int(match["part"].replace(",", ""))
        if (
            count >= whole
            or _YEAR.fullmatch(match["whole"])
            or match["act"] in _NO_PART_ACTS
            or any(lo < match.end() and match.start() < hi for lo, hi in spans)
        ):
            continue
        part = Part(
            match["act"], count, match.start("part"), match.end("act"), counted=match["noun"]
        )
        found.append(Tally("breakdown", match.start(), match.end(), [part], total=whole))
    return found
