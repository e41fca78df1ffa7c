"""A whole and the counts after it that add up to it exactly: a split read by its sum alone.

Most sentences the other readers miss are breakdowns in a wording no rule of theirs
covers. One kind of evidence does not depend on wording: a count, then two or more
counts of the same sentence (or of the next one) whose sum is exactly that count. A
reader of official text takes such a run as the whole's split whatever the words
around it:

    A total of 673,042 people remain displaced (367,744 people in 1,217 evacuation
    centres and 305,298 people outside the centres).

    The report focuses on 19 country situations. It covers 13 conflict settings, 5
    post-conflict countries and 1 additional situation of concern.

This reader runs after all the others, only on counts no tally found so far holds, in
named steps over the figures :mod:`~surveystats.extract.tally_sums` already reads
(counts only: no years, dates, money, shares, ordinals, references, vote counts; a
number no item reads counts only beside counts of the noun after it, "at 3 FMPs in Wau
Town (2 FMPs) and Abyei (1 FMP)"):

1. :func:`_is_list_item` -- the WHOLE: a count of at least 3 that is no item of a list
   itself ("48 resolutions and five decisions, 21 by recorded vote ..." is no whole of
   21 and 27), nor an addition ("another two vetoes").
2. :func:`_openings` -- where its parts OPEN: after a cue that opens a split ("(", ":",
   ";", a dash, "including", "comprising", "of whom", "namely", a comma right before a
   count, see :func:`_comma_opens`) or at the next sentence's start; the first count
   after it is the first part. Counts between the whole and the cue are words of the
   whole ("Six schools were damaged across the two provinces assessed; one in ...").
   Words of another year or month than the whole's (:func:`_other_time`) or of more
   ("more", "another", "other") before the first part make the counts other ones.
3. :func:`_parts` -- the PARTS: each later count joined to the one before by a list
   joint ("," ";" "and" "or" "as well as" "while"), up to the count that makes the sum
   exact. A count with no joint before it is a detail of the part before ("367,744
   people in 1,217 evacuation centres"), and so is a subset of a part ("18 UNRWA
   schools, two of which were used as shelters, as well as 70 ..."): neither is a part.
   A change or a comparison between them ("up from", "than", "compared with", "from
   ... to", "previous") ends the run, as does a list that goes on past the exact sum
   (the sum is a coincidence of a longer list).
4. :func:`_labels` -- each part's LABEL: the part's own words after its count up to the
   next comma, parenthesis, conjunction, finite verb or part ("UNRWA schools"); the
   whole's noun that a part repeats is left out ("people in 1,217 evacuation centres" ->
   "in 1,217 evacuation centres"); where nothing is left, or every part says the same,
   the words before the count (a bracketed count after its label: "in Wau Town (2 FMPs)
   and Abyei (1 FMP)" -> "in Wau Town", "Abyei"), from their last preposition where one
   stands there. Labels are one to ten words and all differ; labels that differ by a
   day, month or year are a split in time, and acts beside a place no one split: none.

A whole stated after its parts, with words of a sum ("for a total of", "bringing the
total to", "(455 in total)"), is read the same way backwards (:func:`_read_sum_after`).
A breakdown another reader found with no whole and some of the parts is completed or
replaced (:func:`_reading_of`).

Decision: the sum must be exact, whatever the whole's qualifier. A whole written
"about", "some", "more than" or "over" says the parts may miss or pass it, and then no
sum is evidence of a split ("more than 10,000 civilians were killed or wounded ...
3,438 deaths and 7,015 injuries" is not read here); "At least 88 ... 18 ... and 70"
adds up and is read, the whole keeping its qualifier.

Every look is bounded: at most :data:`_MAX_OPENINGS` openings a whole, :data:`_MAX_PARTS`
counts a run, :data:`_REACH` characters from a whole to its last part: linear time.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from surveystats.extract.tally_items import Item, Number, read_value
from surveystats.extract.tally_parts import Part, SpanIndex, Tally
from surveystats.extract.tally_sums import sum_figures
from surveystats.text.dates import MONTH_NAMES
from surveystats.text.sentences import sentence_starts

__all__ = ["with_sums_to_whole"]

_MAX_OPENINGS = 3  # cues tried after a whole
_MAX_PARTS = 8  # counts of one run, details included
_REACH = 400  # characters from a whole to the end of its last part
_CUE_REACH = 240  # characters from a whole to the cue that opens its parts
_OPENING_GAP = 60  # characters from a cue to the first part
_NEXT_SENTENCE_GAP = 40  # characters from the next sentence's start to its first part
_MAX_LABEL_WORDS = 10
_MIN_COUNTS = 3  # a whole and two parts
_MIN_WHOLE = 3  # "another two vetoes -- one on A and one on B": 1 + 1 is no evidence

# A cue that opens the parts of the count before it.
_CUE = re.compile(
    r"\(|:|;|\s--?\s|—|–"
    r"|\b(?:including|includes?|included|comprising|comprises?|consisting\s{1,3}of"
    r"|of\s{1,3}(?:whom|which)|namely|among\s{1,3}them|broken\s{1,3}down\s{1,3}into"
    r"|divided\s{1,3}into|split\s{1,3}(?:into|between))\b"
    r"|,(?=\s{0,3}\d)"
)
# A list joint between two parts.
_JOINT = re.compile(r",(?!\d)|;|\b(?:and|or|while|whereas|as\s{1,3}well\s{1,3}as|plus)\b")
# A change, a comparison or an addition between two counts: no split of one whole.
_CHANGE = re.compile(
    r"(?i)\b(?:rose|fell|increased?|decreased?|declined?|dropped|grew|doubled|halved"
    r"|up\s{1,3}from|down\s{1,3}from|compared|as\s{1,3}against|than|previous|preceding"
    r"|earlier|projected|reach(?:ed|ing)?|in\s{1,3}addition\s{1,3}to|additional|another"
    r"|further|rising|falling|versus|vs|last\s{1,3}(?:year|week|month))\b"
)
# A gap of a range or a change: "from 120 to 150", "between 10 and 20", "20 out of 30".
_RANGE = re.compile(
    r"^\s*(?:to|between|than|per|out\s{1,3}of|and\s{1,3}\d)\b"
    r"|\b(?:to|from|between|than|per)\s*$"
)
# A count that is a subset of the part before it: "two of which", "including 3".
_SUBSET_AFTER = re.compile(r"\s{1,3}(?:of\s{1,3}(?:which|whom|them)|among\s{1,3}them)\b")
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|of\s{1,3}whom|of\s{1,3}which|among\s{1,3}them|incl\.)\s{0,3}\(?\s{0,3}$"
)
# Words before a count that make it an addition, no whole: "another two vetoes".
_ADDED_BEFORE = re.compile(
    r"(?i)\b(?:another|other|further|more|additional|extra|new|remaining)\s{1,3}$"
)
_SENTENCE_MARK = re.compile(r"[.!?](?:\s|$)")
# Words of votes: the vote readers read them (a Security Council line adds up too).
_VOTE_WORDS = re.compile(r"(?i)\b(?:vot(?:e|es|ed|ing)|abstain\w*|abstentions?|ballots?)\b")
# Where a label's words stop.
_LABEL_STOP = re.compile(
    r",(?!\d)|[;:()\[\]—–]|\s--?\s|[.!?](?:\s|$)"
    r"|\s(?:and|or|while|whereas|but|as\s{1,3}well\s{1,3}as|with|which|who|whom)\s"
)
_WORD = re.compile(r"[A-Za-z][\w’'&/.-]*[\w’']|[A-Za-z]|\d[\d,.]*")
_LEADING = frozenset(
    "are were was is be been being have has had the a an of which whom them either also"  # noqa: SIM905
    " both only some further other".split()
)
_TRAILING = frozenset("the a an of which who are were was is have has had".split())  # noqa: SIM905
_FINITE = frozenset("is are was were has have had".split())  # noqa: SIM905
_PREPOSITIONS = frozenset(
    "in at from for by during through on to under within into across outside inside".split()  # noqa: SIM905
)


class _Count(NamedTuple):
    """A count of the sentence: its value, where it is and the noun it counts."""

    value: int
    start: int
    end: int
    noun: str | None
    qualifier: str | None
    weak: bool = False  # read by no item: a count only beside counts of its noun


# The month names of surveystats.text, capitalised, as one alternation ("January|...").
_MONTH_WORDS = "|".join(name.capitalize() for name in MONTH_NAMES)
_MONTH_AFTER = re.compile(rf"(?i)\s{{1,3}}(?:{_MONTH_WORDS})\b")
# The noun right after a count the items left aside: "at 3 FMPs", "the ages of 8 others".
_NOUN_AFTER = re.compile(r"\s{1,3}(?P<noun>[A-Za-z][A-Za-z-]{1,30})\b(?!\s{0,3}(?:of\s|per\b|%))")


def _counts(text: str, numbers: list[Number], items: list[Item]) -> list[_Count]:
    """The counts of ``text`` as :func:`~surveystats.extract.tally_sums.sum_figures` reads them.

    A number an item reads as no count ("at 3 FMPs in Wau Town (2 FMPs)") is a weak
    count of the noun after it: it is a whole or a part only beside counts of that noun
    (see :func:`_noun_agrees`).
    """
    by_start = {item.start: item for item in items}
    counts = []
    for figure in sum_figures(text, numbers, by_start):
        item = figure.item
        if item.kind not in ("count", "whole") or figure.share is not None or item.value is None:
            continue
        if _MONTH_AFTER.match(text, item.end):
            continue  # "of 15 december 1991": a date, whatever an earlier reader made of it
        counts.append(_Count(item.value, item.start, item.end, item.counted, item.qualifier))
    read = {count.start for count in counts}
    for number in numbers:
        item = by_start.get(number.start)
        if number.start in read or item is None or item.kind != "other":
            continue
        kind, value = read_value(number)
        noun = _NOUN_AFTER.match(text, number.end)
        if kind == "count" and value and noun and noun["noun"].lower() not in _NOT_NOUNS:
            weak = _Count(value, number.start, number.end, noun["noun"], None, weak=True)
            bisect.insort(counts, weak, key=lambda count: count.start)
    return counts


# Words after a number that make it no count of a noun: units, times, ages, references.
_NOT_NOUNS = frozenset(
    "years year months month weeks week days day hours hour minutes am pm per percent"  # noqa: SIM905
    " km kilometres kilometers miles metres meters kg tonnes tons hectares times p.m a.m"
    " january february march april may june july august september october november december".split()
)


def _nouns_beside(split: list[_Count], count: _Count) -> set[str | None]:
    """The nouns of the counts of a split other than ``count``."""
    return {_noun_key(other.noun) for other in split if other is not count}


def _noun_agrees(count: _Count, nouns: set[str | None]) -> bool:
    """Whether a count may stand in a split: a weak one only beside counts of its noun."""
    if not count.weak:
        return True
    return _noun_key(count.noun) in nouns or (count.noun or "").lower() in ("others", "other")


def _is_list_item(text: str, counts: list[_Count], at: int, cue: int) -> bool:
    """Whether the count at ``at`` is an item of a list, no whole.

    "adopted 48 resolutions and five decisions": a count joined to the next or the one
    before by a list joint, with a noun between at most, counts beside it.
    """
    whole = counts[at]
    following = counts[at + 1] if at + 1 < len(counts) else None
    if (
        following is not None
        and following.start < cue
        and _LIST_GAP.fullmatch(text, whole.end, following.start)
    ):
        return True
    return at > 0 and _LIST_GAP.fullmatch(text, counts[at - 1].end, whole.start) is not None


# Between two items of one list: a noun at most, then a joint ("48 resolutions and five").
_LIST_GAP = re.compile(r"[A-Za-z’'\s-]{0,40}?(?:,|;|\band\b|\bor\b)\s{0,3}(?:and\s{1,3})?")


def _openings(text: str, whole: _Count, hi: int, next_hi: int) -> list[tuple[int, str]]:
    """Step 2: where the parts of ``whole`` may open, at most :data:`_MAX_OPENINGS`.

    Each opening with its kind: "cue", "comma" (a comma right before a count) or
    "sentence" (the next sentence's start).
    """
    openings = []
    for cue in _CUE.finditer(text, whole.end, min(hi, whole.end + _CUE_REACH)):
        openings.append((cue.end(), "comma" if cue.group() == "," else "cue"))
        if len(openings) == _MAX_OPENINGS - (next_hi > hi):
            break
    if next_hi > hi:
        openings.append((hi, "sentence"))  # "... 19 country situations. It covers 13 ..."
    return openings


def _noun_key(noun: str | None) -> str | None:
    """A counted noun as compared: its head, in lower case, without a plural's "s"."""
    return noun.split()[-1].lower().removesuffix("s") if noun else None


def _comma_opens(text: str, whole: _Count, comma: int, parts: list[_Count]) -> bool:
    """Whether a comma before a count opens the parts of ``whole``, no list it is an item of.

    "12,619 movements were observed, 7,029 of which ...": words of the whole's clause
    stand between its noun and the comma, and the parts leave the noun out or repeat
    it. "visited 14 sites, 9 schools and 5 clinics" lists three things; "trained
    officers in 12 Regions of the South, 6 women and 6 men" counts other nouns.
    """
    if not _trimmed(_words(text, whole.end, comma), whole.noun):
        return False
    key = _noun_key(whole.noun)
    return all(part.noun is None or _noun_key(part.noun) == key for part in parts)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WHEN = re.compile(rf"\b(?:(?:19|20)\d\d|{_MONTH_WORDS})\b")
# _WHEN without its opening "\b", each word opening on a literal: a pattern that opens on
# "\b" is tried at every position of a paragraph, this one only at the first characters
# of its words. As every word opens on a word character, the "\b" is the test that
# the character before is none.
_WHEN_UNBOUNDED = re.compile(rf"(?:19\d\d|20\d\d|{_MONTH_WORDS})\b")
_WORD_CHARACTER = re.compile(r"\w")
# Words that make the counts after a whole other ones than its own: "approved more".
_ADDED = re.compile(r"(?i)\b(?:more|further|additional|another|other|new|also|again)\b")
_TIME_WORD = re.compile(
    # "May" only beside a day: a sentence may open on the verb ("May I ...")
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    + _MONTH_WORDS.replace("|May|", "|")
    + r"|(?:this|last|next)\s{1,3}(?:year|month|week)|yesterday|today|quarter)\b"
    r"|\d\s{1,3}May\b|\bMay\s{1,3}\d"
)


class _Whens:
    """The years and months of a paragraph, asked for between two places in logarithmic time.

    ``_WHEN.findall(text, lo, end)`` from a sentence's start for each whole read a long
    sentence of counts once for each (quadratic). A match is a whole word (``\\b`` on both
    sides), so the words in a stretch are those of the paragraph's that lie in it, but for
    a word cut at the stretch's end ("Mayor" cut to "May"): the last few characters are
    read again, cut there. Each word's places are kept apart, so a stretch's words are
    found in as many binary searches as there are words of time in the paragraph.

    >>> whens = _Whens("In 2007 it met in May and June; in 2008, in Mayor's office.")
    >>> sorted(whens.between(0, 31)), sorted(whens.between(30, 47)), whens.between(35, 50)
    (['2007', 'june', 'may'], ['2008', 'may'], {'2008'})
    """

    __slots__ = ("_ends", "_places", "_starts", "_text")

    _LONGEST = 12  # characters of the longest word _WHEN matches ("September"), and more

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._places: dict[str, list[int]] = {}  # each word, lower case: where it starts
        for match in _WHEN_UNBOUNDED.finditer(text):
            if match.start() > 0 and _WORD_CHARACTER.match(text, match.start() - 1):
                continue  # inside a word ("A2019", "XMay"): no "\b" before it
            self._starts.append(match.start())
            self._ends.append(match.end())
            self._places.setdefault(match.group().lower(), []).append(match.start())

    def between(self, lo: int, end: int) -> set[str]:
        """The words of ``_WHEN.findall(text, lo, end)``, in lower case."""
        cut = max(lo, end - self._LONGEST)  # words that start before it end before ``end``
        found = set()
        for word, places in self._places.items():
            at = bisect.bisect_left(places, lo)
            if at < len(places) and places[at] < cut:
                found.add(word)
        last = bisect.bisect_left(self._starts, cut) - 1
        if last >= 0 and self._starts[last] >= lo:
            cut = max(cut, self._ends[last])
        found.update(word.lower() for word in _WHEN.findall(self._text, cut, end))
        return found


def _other_time(whens: _Whens, lo: int, clause_end: int, end: int) -> bool:
    """Whether the words from the whole's clause end to ``end`` name a year or month it doesn't.

    "The Unit handled 230 requests in 2007. In 2008 it received 140 new requests and 90
    appeals.", "In 2016 the Board held 14 meetings; in 2017, 9 were held in Nairobi and 5
    in Geneva": counts of another time, no parts.
    """
    # the words after first: mostly there are none, and the whole's clause need not be read
    later = whens.between(clause_end, end)
    return bool(later) and not later <= whens.between(lo, clause_end)


def _first_after(
    text: str, counts: list[_Count], starts: list[int], opening: int, hi: int, gap: int
) -> int | None:
    """The index of the first count within ``gap`` characters after ``opening``."""
    at = bisect.bisect_left(starts, opening)
    if at == len(counts) or counts[at].start - opening > gap or counts[at].start >= hi:
        return None
    if _CHANGE.search(text, opening, counts[at].start):
        return None  # "from the previous week (9,466)": a figure of another time
    return at


def _parts(text: str, counts: list[_Count], first: int, whole: _Count, end: int) -> list[int]:
    """Step 3: the indices of the parts that add up to ``whole`` from ``first``, or none."""
    parts = [first]
    total = counts[first].value
    previous = counts[first]
    at = first + 1
    while total < whole.value and at < len(counts) and at - first < _MAX_PARTS:
        count = counts[at]
        if count.end > end:
            return []
        if count.weak and not _noun_agrees(count, {_noun_key(whole.noun)}):
            at += 1
            continue  # "(attack rate = 18.4 per 1,000 population)": no count of the split
        gap = text[previous.end : count.start]
        if _SENTENCE_MARK.search(gap) or _CHANGE.search(gap) or _RANGE.search(gap):
            return []
        previous = count
        at += 1
        if not _JOINT.search(gap) and not gap.rstrip().endswith("("):
            continue  # "367,744 people in 1,217 evacuation centres": a detail of the part
        if _SUBSET_AFTER.match(text, count.end) or _SUBSET_BEFORE.search(gap):
            continue  # "18 UNRWA schools, two of which were ...": a subset of the part
        parts.append(at - 1)
        total += count.value
    if total != whole.value or len(parts) < 2:
        return []
    if at < len(counts) and _LIST_GOES_ON.fullmatch(_after_label(text, previous, counts[at])):
        return []  # "..., 4 in A, 3 in B and 2 in C": a list that goes on past the sum
    return parts


# Only joints between the last part's label and the next count: the list goes on.
_LIST_GOES_ON = re.compile(r"[\s,;)]*(?:(?:and|or|as\s{1,3}well\s{1,3}as)\s{1,3})?")


def _after_label(text: str, count: _Count, following: _Count) -> str:
    """What stands between the end of a count's label and the next count."""
    stop = _LABEL_STOP.search(text, count.end, following.start)
    return text[stop.start() if stop else following.start : following.start]


def _words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``."""
    return _WORD.findall(text, start, end)


def _trimmed(words: list[str], noun: str | None) -> list[str]:
    """A label's words without leading auxiliaries and pronouns or the whole's noun."""
    if noun:
        nouns = noun.lower().split()
        if [word.lower() for word in words[: len(nouns)]] == nouns:
            words = words[len(nouns) :]
        elif words and words[0].lower() == nouns[-1]:
            words = words[1:]  # "organizations recommended" of "320 organizations"
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    cut = next((at for at, word in enumerate(words) if at and word.lower() in _FINITE), None)
    words = words[:cut]  # "8 others are unknown" -> "others"
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]
    return words[:_MAX_LABEL_WORDS]


def _right_words(text: str, count: _Count, end: int) -> list[str]:
    """The part's own words after its count, up to the next stop."""
    stop = _LABEL_STOP.search(text, count.end, end)
    return _words(text, count.end, stop.start() if stop else end)


def _left_words(text: str, count: _Count, begin: int) -> list[str]:
    """The words before a count back to the joint, cue or count before it.

    From their last preposition where one stands there: "at 3 FMPs in Wau Town (2 FMPs)"
    -> "in Wau Town".
    """
    close = text.rfind("(", begin, count.start)
    end = close if close >= 0 and not text[close + 1 : count.start].strip() else count.start
    stops = list(_LABEL_STOP.finditer(text, begin, end))
    words = _words(text, stops[-1].end() if stops else begin, end)
    for at in range(len(words) - 1, 0, -1):
        if words[at].lower() in _PREPOSITIONS:
            return words[at:]
    return words


def _labels(
    text: str, counts: list[_Count], parts: list[int], whole: _Count, begin: int, end: int
) -> list[str] | None:
    """Step 4: each part's label, or ``None`` where a part has none or two are the same.

    ``begin`` is where the words before the first part may begin (the whole's end, or its
    sentence's start where the whole comes last), ``end`` where the last part's end.
    """
    right = []
    for index, at in enumerate(parts):
        limit = counts[parts[index + 1]].start if index + 1 < len(parts) else end
        right.append(" ".join(_trimmed(_right_words(text, counts[at], limit), whole.noun)))
    labels = right
    if not all(right) or len({label.lower() for label in right}) < len(right):
        labels = []
        for index, at in enumerate(parts):
            back = counts[parts[index - 1]].end if index else begin
            words = _trimmed(_left_words(text, counts[at], back), whole.noun)
            labels.append(" ".join(words))
    if not all(labels) or len({label.lower() for label in labels}) < len(labels):
        return None
    times = [tuple(found) for label in labels if (found := _TIME_WORD.findall(label))]
    if len(times) > 1 and len(set(times)) > 1:
        return None  # "2,400 on Monday and 2,601 on Tuesday": a split in time, no tally
    years = [tuple(found) for label in labels if (found := _YEAR.findall(label))]
    if len(years) > 1 and len(set(years)) > 1:
        return None  # "27 took place this year, nine in 2017, ...": a series of years
    first_words = [label.split()[0].lower() for label in labels]
    if any(word in _PREPOSITIONS for word in first_words) and any(
        word.endswith("ed") for word in first_words
    ):
        return None  # "completed (15), suspended (6) or were in Asia (4)": acts and a place
    return labels


def _part_end(text: str, count: _Count, end: int) -> int:
    """Where a part's own words end: its label's stop, or a closing parenthesis."""
    stop = _LABEL_STOP.search(text, count.end, end)
    at = stop.start() if stop else end
    if stop is not None and stop.group() == ")":
        at += 1
    while at > count.end and text[at - 1].isspace():
        at -= 1
    return at


def _read_whole(
    text: str,
    counts: list[_Count],
    starts: list[int],
    at: int,
    bounds: tuple[int, int, int],
    kept: list[Tally],
    whens: _Whens,
) -> tuple[Tally, Tally | None] | None:
    """The split of the count at ``at`` by the counts after it, or ``None``.

    With it the tally found before that it replaces, if any (see :func:`_reading_of`).
    """
    whole = counts[at]
    lo, hi, next_hi = bounds
    end = min(next_hi, whole.end + _REACH)
    openings = _openings(text, whole, hi, next_hi)
    clause_end = openings[0][0] if openings else hi  # the whole's clause ends at its first cue
    for opening, kind in openings:
        later = kind == "sentence"
        gap = _NEXT_SENTENCE_GAP if later else _OPENING_GAP
        first = _first_after(text, counts, starts, opening, next_hi if later else hi, gap)
        if first is None or first <= at:
            continue
        if _is_list_item(text, counts, at, opening):
            return None  # "registered 88 appeals and 12 motions. Among them, 51 ..."
        if _other_time(
            whens, lo, hi if later else clause_end, next_hi if later else counts[first].start
        ):
            continue
        if _ADDED.search(text, opening, counts[first].start):
            continue  # "... 18 projects in May. In June it approved more, including 10 ..."
        parts = _parts(text, counts, first, whole, end if later else min(end, hi))
        if not parts:
            continue
        held, theirs = _reading_of(kept, [counts[index] for index in parts])
        if held and theirs is None:
            continue
        split = [whole, *(counts[index] for index in parts)]
        if not all(_noun_agrees(count, _nouns_beside(split, count)) for count in split):
            continue
        if kind == "comma" and not _comma_opens(
            text, whole, opening - 1, [counts[index] for index in parts]
        ):
            continue
        last = counts[parts[-1]]
        if _VOTE_WORDS.search(text, whole.start, last.end):
            return None  # a vote's counts: the vote readers'
        if theirs is not None and len(theirs.parts) == len(parts):
            theirs.total, theirs.total_qualifier = whole.value, whole.qualifier
            theirs.start = min(theirs.start, whole.start)
            return theirs, theirs  # their parts and labels, with the whole they left out
        labels = _labels(text, counts, parts, whole, whole.end, end)
        if labels is None:
            continue
        split = [
            Part(
                label, counts[index].value, counts[index].start, _part_end(text, counts[index], end)
            )
            for label, index in zip(labels, parts, strict=True)
        ]
        tally = Tally(
            "breakdown",
            whole.start,
            split[-1].end,
            split,
            total=whole.value,
            total_qualifier=whole.qualifier,
        )
        return tally, theirs
    return None


# Words that say the count after them is the sum of the counts before: "for a total of
# 314", "bringing the total number of returns to 350,000", "in all, 58".
_SUM_BEFORE = re.compile(
    r"(?i)(?:\bfor\s{1,3}(?:a|an)\s{1,3}(?:total|overall\s{1,3}(?:number|total))\s{1,3}of"
    r"|\b(?:making|bringing|putting|raising)\s{1,3}(?:the|a|its)\s{1,3}(?:overall\s{1,3})?total"
    r"(?:\s{1,3}number)?(?:\s{1,3}of\s{1,3}[\w\s-]{1,40}?)?\s{1,3}(?:to|of)"
    r"|\b(?:in\s{1,3}all|altogether|in\s{1,3}total),?|\btotall?ing"
    r"|,\s{0,3}(?:or\s{1,3})?a\s{1,3}total\s{1,3}of)"
    r"\s{1,3}(?:(?:more|less)\s{1,3}than\s{1,3}|over\s{1,3}|about\s{1,3}|some\s{1,3}"
    r"|nearly\s{1,3}|approximately\s{1,3}|around\s{1,3}|almost\s{1,3})?$"
)
# ... or after it, in parentheses: "(32,515 combined)", "(58 in total)".
_SUM_AFTER = re.compile(r"\s{1,3}(?:in\s{1,3}total|in\s{1,3}all|altogether|combined)\s{0,3}\)")
_SUM_REACH = 90  # characters before a whole that the words of a sum may take


def _states_sum(text: str, lo: int, whole: _Count) -> int | None:
    """Where the words that make ``whole`` the sum of the counts before it start, or ``None``."""
    before = _SUM_BEFORE.search(text, max(lo, whole.start - _SUM_REACH), whole.start)
    if before is not None:
        return before.start()
    if text[max(lo, whole.start - 2) : whole.start].strip() == "(" and _SUM_AFTER.match(
        text, whole.end
    ):
        return text.rindex("(", lo, whole.start)
    return None


def _read_sum_after(
    text: str, counts: list[_Count], at: int, lo: int, kept: list[Tally]
) -> Tally | None:
    """The split of the count at ``at`` by the counts before it that it says it sums.

    "In 2008 the Committee incorporated 90 elements ... and from 2009 to 2014, it inscribed
    224 new elements for an overall number of 314 elements": the parts are the counts
    right before the words of the sum, joined by list joints, back to the first that
    makes the sum exact; a list that goes on before it makes no split.
    """
    whole = counts[at]
    marker = _states_sum(text, lo, whole)
    if marker is None:
        return None
    before = [index for index in range(max(0, at - _MAX_PARTS), at) if counts[index].start >= lo]
    for first in reversed(before):
        if first == at - 1:
            continue  # two parts at least
        parts = _parts(text, counts[:at], first, whole, marker)
        if not parts or parts[-1] != at - 1:
            continue
        if first and _LIST_GAP.fullmatch(text, counts[first - 1].end, counts[first].start):
            return None  # "..., 12 in A, 30 in B and 20 in C, a total of 50": a longer list
        if _reading_of(kept, [counts[index] for index in parts])[0]:
            return None
        if _VOTE_WORDS.search(text, counts[first].start, whole.end):
            return None
        named = whole if whole.noun else whole._replace(noun=counts[first].noun)
        labels = _labels(text, counts, parts, named, lo, marker)  # "310 schools in the north"
        if labels is None:
            return None
        split = [
            Part(
                label,
                counts[index].value,
                counts[index].start,
                _part_end(text, counts[index], marker),
            )
            for label, index in zip(labels, parts, strict=True)
        ]
        return Tally(
            "breakdown",
            split[0].start,
            whole.end,
            split,
            total=whole.value,
            total_qualifier=whole.qualifier,
        )
    return None


def _reading_of(kept: list[Tally], parts: list[_Count]) -> tuple[bool, Tally | None]:
    """Whether a tally found before holds some of ``parts``, and the one this reading takes.

    One breakdown of counts with no whole whose parts are all among ``parts`` is taken:
    given the whole where it has them all ("It lists 15 country offices, 6 liaison
    offices and 2 regional hubs" after "covers 23 field offices"), replaced where it has
    fewer ("19 are national staff and 15 are international staff" of "41 staff members;
    ..., and the status of 7 others is unclear"). Any other holds them: no reading.
    """
    holders = [
        tally
        for tally in kept
        if any(part.start <= count.start < part.end for part in tally.parts for count in parts)
    ]
    if not holders:
        return False, None
    tally = holders[0]
    if (
        len(holders) > 1
        or tally.kind != "breakdown"
        or tally.unit != "count"
        or tally.total is not None
        or len(tally.parts) < 2
    ):
        return True, None
    starts = [
        next((c.start for c in parts if p.start <= c.start < p.end), None) for p in tally.parts
    ]
    if None in starts or len(set(starts)) < len(starts):
        return True, None
    counts = {count.start: count.value for count in parts}
    if any(counts[start] != part.count for start, part in zip(starts, tally.parts, strict=True)):
        return True, None
    return True, tally


def with_sums_to_whole(
    text: str, items: list[Item], numbers: list[Number], kept: list[Tally]
) -> list[Tally]:
    """``kept`` with the splits of a stated whole by later counts that add up to it.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    numbers
        The numbers of ``text``.
    kept
        The tallies the other readers found: a count they span is no whole here, and a
        part only of a breakdown with no whole that this reading completes.

    Returns
    -------
    list of Tally
        ``kept``, in order, with one ``breakdown`` for each whole whose parts follow it:
        ``total`` the whole (with its qualifier), one part per count of the sum, labelled
        by its own words. A breakdown found before with no whole and some of those parts
        is replaced by it, or, where it has all of them, given the whole.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = ("At least 88 education facilities have been struck, including 18 UNRWA "
    ...     "schools, two of which were used as shelters, as well as 70 Palestinian "
    ...     "Authority schools.")
    >>> numbers = find_numbers(text)
    >>> tally = with_sums_to_whole(text, read_items(text, numbers=numbers), numbers, [])[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (88, [('UNRWA schools', 18), ('Palestinian Authority schools', 70)])

    Counts that only happen to add up to a list's item stay none:

    >>> text = "It approved 48 resolutions and five decisions, 21 by recorded vote, plus 27 others."
    >>> numbers = find_numbers(text)
    >>> with_sums_to_whole(text, read_items(text, numbers=numbers), numbers, [])
    []
    """
    counts = _counts(text, numbers, items)
    if len(counts) < _MIN_COUNTS:
        return kept
    taken = SpanIndex((tally.start, tally.end) for tally in kept)
    result = list(kept)
    sentences = [*sentence_starts(text), len(text)]
    starts = [count.start for count in counts]
    whens = _Whens(text)
    last_end = -1
    for at, whole in enumerate(counts):
        if whole.start < last_end or whole.value < _MIN_WHOLE or taken.covers(whole.start):
            continue
        sentence = bisect.bisect_right(sentences, whole.start) - 1
        if at >= 2 and (tally := _read_sum_after(text, counts, at, sentences[sentence], kept)):
            result.append(
                tally
            )  # "..., it inscribed 224 new elements for an overall number of 314"
            last_end = tally.end
            continue
        if _ADDED_BEFORE.search(text, max(0, whole.start - 16), whole.start):
            continue  # "With another two vetoes cast this week -- one on ... and one on ..."
        lo, hi = sentences[sentence], sentences[sentence + 1]
        next_hi = sentences[sentence + 2] if sentence + 2 < len(sentences) else hi
        reading = _read_whole(text, counts, starts, at, (lo, hi, next_hi), kept, whens)
        if reading is not None:
            tally, theirs = reading
            result = [t for t in result if t is not theirs]
            result.append(tally)
            last_end = tally.end
    return sorted(result, key=lambda tally: tally.start) if last_end >= 0 else kept
