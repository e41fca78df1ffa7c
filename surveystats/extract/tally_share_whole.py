"""The whole that shares making 100 split: the one count their sentence states before them.

"A survey covering 3,150 farms in four provinces found that 52 per cent grew maize, 30
per cent rice and 18 per cent cassava": the shares add up to 100, so they split one
whole, and the sentence names a single count they can be shares of before them, the
3,150 farms (no count of four provinces gives 52, 30 and 18 per cent). That count is the
tally's total. The test is arithmetic: every share must be some whole number of the
count's units, rounded as written (52 per cent of 4 is no whole number of provinces), and
exactly one count before the shares, in their own sentence, may pass it. Years, dates,
references, sums of money, percentages and counts another tally already holds are no
candidates. A share that names its own base ("52 per cent of the land") must name what
the count counts, or the verb that counted it ("to which 880 staff responded, 60 per cent
of respondents ..."); otherwise the shares are of something else and keep no total. Such
a base also lets the whole stand in the sentence before, where their own has no count
("The team interviewed 214 people. Officials made up 38 per cent of the interviewees,
..."). A phrase of place or group that opens the shares' clause after the count ("The
agency surveyed 480 households. In the capital, 48 per cent ...") makes them shares of a
part of it: no total. Shares that open a relative clause ("53 per cent of whom") are of
the nearest count they fit, where more than one does and it counts people ("works in 120
countries and assisted 160 million people - 53 per cent of whom ...").

Shares that leave a rest (they list the largest groups only) split the count of the
sentence before where their own sentence points back at it (:func:`_whole_pointed_at`):
the subject takes in that whole and says the groups make most of it ("So far in 2018, a
total of 32,494 refugees and migrants arrived in Greece by sea. The majority are from
Afghanistan (26%), Syria (24%) and Iraq (18%)": total 32,494; the shares must then make
at least half), or the first share names the count's noun as its base ("174,011 IDPs in
38,538 households were identified. 71% of IDPs were displaced by ..."; the noun also picks
the one of several counts the shares may be of). A population named again is that whole
only where it is placed as the count was ("... reside on the Aegean islands. The majority
of the population on the Aegean islands are from ..."); "40 per cent of the population"
is another base.

A whole may also be a share itself, stated right before the shares that split it: "About
73% of under-five deaths occurred in two regions, WHO Africa (49%) and WHO South-East Asia
(24%)", "Only 6 per cent of cases were in Europe (3 per cent) and the Americas (3 per
cent)". Where the shares add up to that share, as rounded, it is their total (in per cent,
:func:`attach_share_summed`); a share set against them over time ("73% were vaccinated, up
from 49% in 2010 and 24% in 2000") is none.

Only tallies of shares without a total are looked at, and each looks once at the text of
its own sentence before it: the time is linear, and paragraphs without such a tally pay
nothing.
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_items import (
    PEOPLE_NOUNS,
    Item,
    Number,
    names_no_count,
    read_value,
)
from surveystats.extract.tally_parts import SpanIndex, Tally
from surveystats.text.sentences import sentence_starts

__all__ = [
    "attach_respondents_of_shares",
    "attach_share_summed",
    "attach_whole_of_shares",
    "count_named_before",
    "count_of",
    "makes_hundred",
    "shares_fit_whole",
]

_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_CURRENCY_BEFORE = ("$", "€", "£", "US", "USD", "EUR", "CHF")
_CURRENCY_AFTER = ("dollars", "euros", "francs", "pounds", "yen")
_PER_CENT_AFTER = ("per cent", "percent", "%", "per  cent")
# A phrase of place or group that opens the shares' clause after the count narrows their
# whole to a part of it: "surveyed 480 households. In the capital, 48 per cent ...".
_FRONTED_PLACE = re.compile(
    r"(?:^|[.;:,]\s{1,3}|\band\s{1,3})(?i:in|among|amongst|within|across|outside|inside|for)"
    r"\s[^,;:.]{1,80},\s{0,3}$"
)
# A share that opens a relative clause on the count before it: "53 per cent of whom".
_OF_WHOM = re.compile(r"[\d.,]{1,12}\s{0,3}(?:per\s{1,3}cent|percent|%)\s{1,3}of\s{1,3}whom\b")
# The noun a count counts: "160 million people", "2,400 displaced persons".
_NOUN_AFTER = re.compile(r"(?:\s{1,3}(?:thousand|million|billion))?(?:\s{1,3}[\w-]{1,20}){1,3}")
_STEM = 6  # letters of a word compared when a share's base names the counted noun
# How far before a split of shares the count they are of may stand, in characters; a
# sentence of a report is seldom longer.
_WHOLE_REACH = 600
# A count of time is a span, never the whole a split of shares is of: "entered Europe by
# sea through the first 115 days of 2018, with 43 per cent arriving in Italy, ...".
_TIME_SPAN_AFTER = re.compile(r"\s{1,3}(?:days?|weeks?|months?|years?|hours?|decades?)\b")


def shares_fit_whole(shares: list[tuple[Fraction, int]], whole: int) -> bool:
    """Whether each share (value, decimals) is a whole number of ``whole``'s units, rounded.

    Parameters
    ----------
    shares
        Each share as an exact value in per cent and the decimals it is written with.
    whole
        The count the shares would be of.

    Returns
    -------
    bool
        True where every share is ``100 * k / whole`` for some whole ``k`` from 0 to
        ``whole``, within half a unit of its last decimal.

    Examples
    --------
    >>> shares_fit_whole([(Fraction(52), 0), (Fraction(30), 0), (Fraction(18), 0)], 3150)
    True
    >>> shares_fit_whole([(Fraction(52), 0), (Fraction(30), 0), (Fraction(18), 0)], 4)
    False
    >>> shares_fit_whole([(Fraction(125, 10), 1), (Fraction(875, 10), 1)], 8)
    True
    """
    if whole <= 0:
        return False
    for value, decimals in shares:
        slack = Fraction(1, 2 * 10**decimals)
        nearest = round(value * whole / 100)
        if not any(
            0 <= k <= whole and abs(Fraction(100 * k, whole) - value) <= slack
            for k in (nearest - 1, nearest, nearest + 1)
        ):
            return False
    return True


def _rounding_slack(shares: list[tuple[Fraction, int]]) -> Fraction:
    """How far the sum of shares may be off its true value: half a unit of each's rounding."""
    return sum((Fraction(1, 2 * 10**decimals) for _, decimals in shares), Fraction(0))


def makes_hundred(shares: list[tuple[Fraction, int]]) -> bool:
    """Whether shares add up to 100 within the rounding of each.

    Each share is its exact value and the decimals it is written with; the sum may miss
    100 by half a unit of each share's last decimal (k/2 for k whole numbers).

    >>> makes_hundred([(Fraction(48), 0), (Fraction(6), 0), (Fraction(45), 0)])
    True
    >>> makes_hundred([(Fraction(488, 10), 1), (Fraction(510, 10), 1)])
    False
    """
    return abs(sum(value for value, _ in shares) - 100) <= _rounding_slack(shares)


def count_of(text: str, number: Number) -> int | None:
    """The count a number states ("2,400", "1.2 million", "five"), or None."""
    after = text[number.end : number.end + 12]
    if after.lstrip().startswith(_PER_CENT_AFTER):
        return None
    before = text[max(0, number.start - 4) : number.start].rstrip()
    if before.endswith(_CURRENCY_BEFORE) or after.lstrip().startswith(_CURRENCY_AFTER):
        return None
    scale = after.split(maxsplit=1)[0].rstrip(",;.:") if after.strip() else ""
    if number.form == "digits" and scale in _SCALES:
        value = Fraction(number.raw.replace(",", "")) * _SCALES[scale]
        return int(value) if value.denominator == 1 else None
    kind, value = read_value(number)
    return value if kind == "count" and value else None


def _base_named(text: str, tally: Tally, start: int) -> bool:
    """Whether every base a share names is what the text from ``start`` to it speaks of."""
    lowered = text[start : tally.start].lower()
    for part in tally.parts:
        if part.base is None:
            continue
        words = [word for word in part.base.lower().split() if word not in ("the", "all")]
        if not words or _stem(words[-1]) not in lowered:
            return False
    return True


def _stem(word: str) -> str:
    """The first letters of a base's noun, or the verb of a noun of action ("arrivals").

    >>> _stem("respondents"), _stem("arrivals"), _stem("referrals")
    ('respon', 'arriv', 'referr')
    """
    noun = word.removesuffix("s")
    if noun.endswith("al") and len(noun) > _STEM:  # "registered 9,703 people who arrived"
        return noun[:-2]
    return word[:_STEM]


# After a share's base noun: a complement that makes it another whole than a count of the
# noun before ("40 per cent of refugees in the region", "of refugees worldwide").
_POSSESSIVE = re.compile(r"\w['’]s?\s")
_OTHER_BASE_AFTER = re.compile(
    r"\s{0,3}(?:in|on|at|from|of|across|outside|inside|within|with|under|over|aged|who|that"
    r"|which|whose|worldwide|globally|overall|nationwide|today|now|generally|elsewhere)\b"
)


def count_named_before(text: str, items: list[Item], part: Item) -> int | None:
    """The count of the sentence before that a share opening its sentence names, or None.

    "Currently, UNRWA runs 247 schools for a pupil intake of 226,500. Ninety-three per cent
    of schools work on double shifts": the share's base names again, and only, what the
    one count of its noun in the sentence before counts (the first letters of its head,
    "schools"), so it is a share of those 247. The share must open its sentence, and its
    base end at its verb: "40 per cent of refugees in the region", "of refugees worldwide"
    and "In 2023, 45 per cent of refugees ..." name other wholes, and so does a base with
    words or an owner the count's noun lacks ("Seventy per cent of the world's poorest
    people" after "three billion people"). Two counts of that noun before, or one in an
    aside, give none.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "UNRWA runs 247 schools in Gaza. Ninety-three per cent of schools work two shifts."
    >>> count_named_before(text, read_items(text), read_items(text)[1])
    247
    >>> text = "It hosts 900 refugees. Some 40 per cent of refugees in the region are girls."
    >>> count_named_before(text, read_items(text), read_items(text)[1]) is None
    True
    """
    if part.kind != "percent" or not part.counted or not part.of_noun or part.head_end is None:
        return None
    starts = sentence_starts(text)
    at = bisect.bisect_right(starts, part.prefix_start) - 1
    if at < 1 or text[starts[at] : part.prefix_start].strip():
        return None  # no sentence before, or the share opens no sentence
    if _OTHER_BASE_AFTER.match(text, part.head_end) is not None:
        return None
    if _POSSESSIVE.search(text, part.end, part.head_end) is not None:
        return None  # "Seventy per cent of the world's poorest people": a whole of its own
    named = {_stem(word.lower()) for word in part.counted.split()}
    wholes = [
        item
        for item in items
        if starts[at - 1] <= item.start < starts[at]
        and item.kind == "count"
        and item.value
        and item.counted
        # every word of the base is a word of the count's noun: "of schools" after "247
        # schools", not "of rural schools" ("poorest people" after "three billion people")
        and named <= {_stem(word.lower()) for word in item.counted.split()}
        and not text[max(0, item.prefix_start - 2) : item.prefix_start].strip().endswith("(")
    ]
    return wholes[0].value if len(wholes) == 1 else None


def attach_whole_of_shares(text: str, tallies: list[Tally], numbers: list[Number]) -> list[Tally]:
    """Give each split of shares that make 100 the one count before it that they fit.

    Tallies are changed in place: the total (and its qualifier, "some 2,400") is set and
    the tally starts at the count. Votes, tallies with a total or counts, and splits whose
    shares miss 100 are left alone, and so is a split with no count or with two counts
    before it in its sentence that the shares fit. Where no free count fits, the count
    of a one-count survey fact before the shares in their sentence may ("The survey, to
    which 2,003 households responded, found that 47.6 per cent ..."): it becomes their
    whole, and the fact is no tally of its own. Returns the tallies left.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "A census of 1,240 schools in 9 districts found 75 per cent public, 25 per cent not."
    >>> public = Part("public", None, 47, 65, percent=75.0, decimals=0)
    >>> private = Part("not", None, 67, 82, percent=25.0, decimals=0)
    >>> split = Tally("breakdown", 47, 82, [public, private], unit="percent")
    >>> [split] == attach_whole_of_shares(text, [split], find_numbers(text))
    True
    >>> split.total, text[split.start:split.start + 13]
    (1240, '1,240 schools')
    """
    starts: list[int] | None = None
    dropped: list[Tally] = []
    # the one-count survey facts a split of answers may be of (none of them a split itself,
    # so none changed below): asked for each split, found among these only
    facts = [t for t in tallies if t.kind == "survey" and len(t.parts) == 1]
    for tally in tallies:
        if (
            tally.unit != "percent"
            or tally.total is not None
            or tally.kind == "vote"
            or len(tally.parts) < 2
            or any(part.percent is None or part.count is not None for part in tally.parts)
        ):
            continue
        shares = [(Fraction(str(part.percent)), part.decimals or 0) for part in tally.parts]
        if starts is None:
            starts = sentence_starts(text)
        at = bisect.bisect_right(starts, tally.start) - 1
        opening = starts[at]
        if not makes_hundred(shares):
            # "A survey of 1,200 adults found that 55 per cent were in favour and 40 per
            # cent against": shares of a sample that leave some unaccounted
            sample = _sample_found(text, numbers, opening, tally, shares)
            if sample is not None:
                tally.total = sample[1]
                tally.total_qualifier = qualifier_of(text, sample[0].start, sample[0].end)
                tally.start = sample[0].start
            elif at > 0:
                # "... 32,494 refugees and migrants arrived in Greece by sea. The majority
                # are from Afghanistan (26%), Syria (24%) ...": the whole pointed back at
                whole = _whole_pointed_at(text, numbers, tallies, tally, shares, starts, at)
                if whole is not None:
                    tally.total = whole[1]
                    tally.total_qualifier = qualifier_of(text, whole[0].start, whole[0].end)
                    tally.start = whole[0].start
            continue
        held = _held_near(tallies, tally, tally.start)
        fitting = _fitting_counts(text, numbers, opening, tally.start, shares, held)
        named = _base_noun(text, tally)
        noun_checked = False  # the whole counts the noun the shares name (or its acronym)
        if not fitting and at > 0 and (named or any(part.base for part in tally.parts)):
            # "... interviewed 214 stakeholders. Officials made up 38 per cent of the
            # interviewees, ...": the sentence before, where a share names its whole
            opening = starts[at - 1]
            held = _held_near(tallies, tally, starts[at])
            fitting = _fitting_counts(text, numbers, opening, starts[at], shares, held)
            if len(fitting) > 1 and named:
                # "174,011 IDPs in 38,538 households were identified. 71% of IDPs ...":
                # the count of the noun the shares name
                fitting = [fit for fit in fitting if _counts_noun(text, fit[0], named)]
                noun_checked = True
        respondents = None
        if not fitting:
            # "The survey, to which 2,003 households responded, found that 47.6 per cent
            # ...": the count of those who replied, read as a fact of its own, is the whole
            respondents = _respondents_before(facts, tally, opening)
            if respondents is not None:
                fact = (respondents.start, respondents.end)
                held = [span for span in _held_near(tallies, tally, tally.start) if span != fact]
                fitting = _fitting_counts(text, numbers, opening, tally.start, shares, held)
        if len(fitting) > 1 and _OF_WHOM.match(text, tally.start) is not None:
            # "whom" points at the nearest count of people: "in 120 countries, assisted
            # 160 million people - 53 per cent of whom were women"
            fitting = [fit for fit in fitting[-1:] if _counts_people(text, fit[0])]
        if len(fitting) != 1:
            continue
        number, whole = fitting[0]
        if (
            not (noun_checked or _base_named(text, tally, opening))
            or _FRONTED_PLACE.search(text, number.end, tally.start) is not None
        ) or any(lo < tally.start and number.start < hi for lo, hi in held):
            continue
        if respondents is not None:
            if respondents.parts[0].start != number.start:
                continue
            dropped.append(respondents)
        tally.total = whole
        tally.total_qualifier = qualifier_of(text, number.start, number.end)
        tally.start = number.start
    return [tally for tally in tallies if not any(tally is other for other in dropped)]


# A subject that takes in the whole of the sentence before, then the verb before its
# largest groups: "The majority are from", "The vast majority of them were", "Most of the
# arrivals came from", "The majority of the population on the Aegean islands are".
_MAJORITY_OPENING = re.compile(
    r"""[\s"“]{0,3}(?:The\s{1,3}(?:(?:vast|great|overwhelming)\s{1,3})?majority|Most)
    (?:\s{1,3}of\s{1,3}(?:them|these|those|the\s{1,3}(?P<noun>[a-z][\w-]{1,25})
       (?P<place>\s{1,3}(?:in|on|at)\s{1,3}[^,;:.()\d]{3,60}?)?))?
    \s{1,3}(?:are|were|come|came|originate|originated|hail|hailed)\b[^.;:()\d]{0,60}""",
    re.VERBOSE,
)
# A share whose base names a noun, then the verb or the share's count: "71% of IDPs were",
# "75% of IDPs (110,460)", "93 per cent of the schools work" (the base must end there:
# "40 per cent of refugees worldwide" names another whole).
_SHARE_OF_NOUN = re.compile(
    r"(?:per\s{1,3}cent|percent|%)\s{1,3}of\s{1,3}(?:(?:the|these|those)\s{1,3})?"
    r"(?P<noun>[A-Za-z][\w-]{1,25})\s{0,3}(?=\(|(?:are|were|is|was|had|have|live|lived"
    r"|come|came|originate|originated|reside|resided)\b)"
)
_MOST = 50  # per cent: the groups "the majority" lists make at least half


def _base_noun(text: str, tally: Tally) -> str | None:
    """The noun the first share of ``tally`` names as its base ("71% of IDPs were"), or None.

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "71% of IDPs were displaced by floods, while 29% were displaced by conflict."
    >>> split = Tally("breakdown", 0, 75, [Part("floods", None, 0, 36, percent=71.0)])
    >>> _base_noun(text, split)
    'IDPs'
    """
    first = tally.parts[0]
    found = _SHARE_OF_NOUN.search(text, tally.start, min(first.end + 40, tally.end))
    return found["noun"] if found is not None and found.start() <= first.start + 20 else None


def _counts_noun(text: str, number: Number, noun: str) -> bool:
    """Whether the count at ``number`` counts ``noun``, or a noun it is the acronym of.

    The first letters of the count's words are compared, or their initials where
    ``noun`` is an acronym ("IDPs": "internally displaced persons").

    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "174,011 IDPs in 38,538 households were identified."
    >>> [_counts_noun(text, number, "IDPs") for number in find_numbers(text)]
    [True, False]
    >>> text = "It registered 3,560 internally displaced persons."
    >>> [_counts_noun(text, number, "IDPs") for number in find_numbers(text)]
    [True]
    """
    found = _NOUN_AFTER.match(text, number.end)
    if found is None:
        return False
    words = found.group().split()
    stem = _stem(noun.lower())
    if any(_stem(word.lower()) == stem for word in words):
        return True
    acronym = noun.removesuffix("s")
    return (
        len(acronym) > 1
        and acronym.isupper()
        and "".join(word[0] for word in words[: len(acronym)]).upper() == acronym
    )


def _whole_pointed_at(
    text: str,
    numbers: list[Number],
    tallies: list[Tally],
    tally: Tally,
    shares: list[tuple[Fraction, int]],
    starts: list[int],
    at: int,
) -> tuple[Number, int] | None:
    """The count of the sentence before that shares leaving a rest point back at, or None.

    ``tally``'s sentence (``starts[at]`` on) must open on a subject that takes in that
    whole ("The majority are from", the shares then making at least half of it), or its
    first share must name the count's noun ("71% of IDPs were"). Of the counts of the
    sentence before that the shares fit (:func:`_fitting_counts`), the one that counts
    that noun, or the one of people where a subject names none, is the whole; two such
    counts, or none, give no whole. Shares past 100 split no whole.
    """
    total = sum(value for value, _ in shares)
    if total > 100 + _rounding_slack(shares):
        return None
    named = _base_noun(text, tally)
    opening = None
    if named is None:
        opening = _MAJORITY_OPENING.fullmatch(text, starts[at], tally.start)
        if opening is None or total < _MOST:
            return None
        named = opening["noun"]
        if named == "population":
            # "... reside on the Aegean islands. The majority of the population on the
            # Aegean islands are ...": the population of the place the count is in
            place = opening["place"]
            if (
                place is None
                or place.strip().lower() not in text[starts[at - 1] : starts[at]].lower()
            ):
                return None
            named = None
    held = _held_near(tallies, tally, starts[at])
    fitting = _fitting_counts(text, numbers, starts[at - 1], starts[at], shares, held)
    if named is not None:
        fitting = [fit for fit in fitting if _counts_noun(text, fit[0], named)]
    elif len(fitting) > 1:
        # "1.4 million refugees ... in 65 hosting countries ... The vast majority are
        # Syrian refugees (43 per cent), ...": the count of people
        fitting = [fit for fit in fitting if _counts_people(text, fit[0])]
    return fitting[0] if len(fitting) == 1 else None


# A survey's sample, then what it found, right before the shares: "A survey of 1,200
# adults found that", "In a poll of some 2,000 young people in 12 countries,".
_SAMPLE_FOUND = re.compile(
    r"\b(?:survey|poll|census|questionnaire|study)\s{1,3}of\s{1,3}"
    r"(?:(?:some|about|around|nearly|almost|over|more\s{1,3}than)\s{1,3})?"
    r"(?P<count>\d{1,3}(?:,\d{3})+|\d{2,7})\s{1,3}[^\d.;:()]{1,80}?"
    r"(?:\s(?:found|finds|showed|shows|revealed|reveals|indicated|indicates|suggested)"
    r"(?:\s{1,3}that)?\s{0,3}|,\s{0,3})$",
    re.IGNORECASE,
)


def _sample_found(
    text: str,
    numbers: list[Number],
    opening: int,
    tally: Tally,
    shares: list[tuple[Fraction, int]],
) -> tuple[Number, int] | None:
    """The sample a split of shares that miss 100 is of, where its survey found them.

    The survey of a stated sample, in the shares' sentence and right before them, with
    what it found ("A survey of 1,200 adults found that 55 per cent ... and 40 per cent
    ..."): the shares, at most 100 in all, are of the sample; the rest gave other
    answers or none.

    >>> from surveystats.extract.tally_items import find_numbers
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "A poll of 2,000 adults found that 55 per cent agreed and 40 per cent did not."
    >>> agreed = Part("agreed", None, 34, 54, percent=55.0, decimals=0)
    >>> not_agreed = Part("did not", None, 59, 78, percent=40.0, decimals=0)
    >>> split = Tally("breakdown", 34, 78, [agreed, not_agreed], unit="percent")
    >>> shares = [(Fraction(55), 0), (Fraction(40), 0)]
    >>> _sample_found(text, find_numbers(text), 0, split, shares)[1]
    2000
    """
    if sum(value for value, _ in shares) > 100 + _rounding_slack(shares):
        return None
    found = _SAMPLE_FOUND.search(text, max(opening, tally.start - 160), tally.start)
    if found is None:
        return None
    for number in numbers:
        if number.start == found.start("count"):
            whole = count_of(text, number)
            return None if whole is None else (number, whole)
    return None


def _counts_people(text: str, number: Number) -> bool:
    """Whether the count at ``number`` counts people: one of its next words is a noun of them.

    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "It reached 1,600 people in 120 countries."
    >>> [_counts_people(text, number) for number in find_numbers(text)]
    [True, False]
    """
    words = _NOUN_AFTER.match(text, number.end)
    return words is not None and any(word.lower() in PEOPLE_NOUNS for word in words.group().split())


def _respondents_before(tallies: list[Tally], shares: Tally, opening: int) -> Tally | None:
    """The count of those who replied, a tally of its own, in the shares' sentence before them.

    A one-count survey fact ("to which 2,003 households responded") between the
    sentence's start and the shares: the count a split of their answers may be of. The
    first of ``tallies`` (in text order) that is one.
    """
    for other in tallies:
        if (
            other.kind == "survey"
            and len(other.parts) == 1
            and other.total is None
            and other.parts[0].count is not None
            and other.parts[0].percent is None
            and opening <= other.start
            and other.end <= shares.start
        ):
            return other
    return None


def _held_near(tallies: list[Tally], tally: Tally, end: int) -> list[tuple[int, int]]:
    """The spans of the other tallies that reach into the counts looked at before ``end``.

    Only these can hold a count that :func:`_fitting_counts` reads as the whole of
    ``tally``'s shares.
    """
    since = end - _WHOLE_REACH
    return [
        (other.start, other.end)
        for other in tallies
        if other is not tally and other.start < tally.start and other.end > since
    ]


def _fitting_counts(
    text: str,
    numbers: list[Number],
    start: int,
    end: int,
    shares: list[tuple[Fraction, int]],
    held: list[tuple[int, int]],
) -> list[tuple[Number, int]]:
    """The counts of ``text[start:end]`` that no other tally holds and the shares fit.

    Only counts within ``_WHOLE_REACH`` characters before ``end`` are looked at: a
    sentence with no full stop (a page of OCR) would otherwise be read once per split.
    """
    fitting = []
    start = max(start, end - _WHOLE_REACH)
    first = bisect.bisect_left(numbers, start, key=lambda number: number.start)
    for number in numbers[first:]:
        if number.start >= end:
            break
        if number.end > end:
            continue
        if names_no_count(text, number) or any(lo <= number.start < hi for lo, hi in held):
            continue
        if _TIME_SPAN_AFTER.match(text, number.end) is not None:
            continue
        whole = count_of(text, number)
        if whole is not None and shares_fit_whole(shares, whole):
            fitting.append((number, whole))
    return fitting


# Those asked, stated right before what they said: "6,720 IDP households said", "Among
# 9,024 host households with girls,", "Of 1,200 respondents,".
_ASKED_NOUNS = (
    r"(?:households|respondents|people|persons|women|men|girls|boys|children|adolescents|youth"
    r"|staff(?:\s{1,3}members)?|employees|participants|countries|States|Governments|refugees"
    r"|parents|teachers|students|farmers)"
)
_RESPONDENTS_SAID = re.compile(
    rf"(?:^|(?<=\s))(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d{{2,7}})\s{{1,3}}(?:[\w-]{{1,20}}\s{{1,3}}){{0,3}}?"
    rf"{_ASKED_NOUNS}\s{{1,3}}(?:(?:also|further)\s{{1,3}})?"
    r"(?:said|reported|named|cited|indicated|identified|mentioned|considered|stated|answered)\b"
)
_AMONG_ASKED = re.compile(
    rf"(?:Among|Of|Out\s{{1,3}}of)\s{{1,3}}(?:the\s{{1,3}})?(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d{{2,7}})"
    rf"\s{{1,3}}(?:[\w-]{{1,20}}\s{{1,3}}){{0,3}}?{_ASKED_NOUNS}\b[^,;:.()\d]{{0,60}},"
)


# A verb of saying that ends right where a split starts: there a search cut at the split
# may find a count that says what the whole text's reading does not ("said" of "saidx").
_SAID_AT_END = re.compile(
    r"(?:said|reported|named|cited|indicated|identified|mentioned|considered|stated|answered)$"
)


def _first_said(
    text: str, opening: int, end: int, first_said: dict[int, re.Match[str] | None]
) -> re.Match[str] | None:
    """The first count of askees that said something in ``text[opening:end]``, or None.

    What ``_RESPONDENTS_SAID.search(text, opening, end)`` finds, the sentence read once
    for all its splits (read to each split, that was quadratic in a run-on paragraph): the
    sentence's first such count is the one before the split if it ends before the split,
    and none is there if it starts after it. A count that runs into the split, or a verb
    that ends where the split starts, is read as before.

    >>> text = "Some 640 households said the threats were theft (30%) and violence (21%)."
    >>> _first_said(text, 0, 41, {}).group(), _first_said(text, 0, 20, {})
    ('640 households said', None)
    """
    if opening not in first_said:
        first_said[opening] = _RESPONDENTS_SAID.search(text, opening)
    said = first_said[opening]
    if (said is None or said.end() <= end or said.start() >= end) and not _SAID_AT_END.search(
        text, max(opening, end - 12), end
    ):
        return said if said is not None and said.end() <= end else None
    return _RESPONDENTS_SAID.search(text, opening, end)


def attach_respondents_of_shares(text: str, tallies: list[Tally]) -> None:
    """Give a split of answers in per cent the count of those who gave them, stated before.

    "In the north, 6,720 households said the main threats were robbery (23.7%), violence
    (18.6%) and kidnapping (18.7%)", "Among 9,024 host households with girls, robbery was
    deemed the largest threat (25.1%) ...": the shares are of the households asked, though
    they need not make 100 (answers that are left out, or more than one answer each). The
    count must open the shares' sentence ("Among N ...,") or be the subject of a verb of
    saying, with no other figure between it and the shares. Tallies are changed in place.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Some 640 households said the threats were theft (30%) and violence (21%)."
    >>> split = Tally("breakdown", 41, 72, [Part("theft", None, 41, 53, percent=30.0),
    ...     Part("violence", None, 58, 72, percent=21.0)], unit="percent")
    >>> attach_respondents_of_shares(text, [split])
    >>> split.total, text[split.start : split.start + 14]
    (640, '640 households')
    """
    starts: list[int] | None = None
    first_said: dict[int, re.Match[str] | None] = {}  # by sentence: its first saying count
    digits: list[int] | None = None
    for tally in tallies:
        if tally.unit != "percent" or tally.total is not None or tally.kind == "vote":
            continue
        if any(part.percent is None for part in tally.parts) or len(tally.parts) < 2:
            continue
        if starts is None:
            starts = sentence_starts(text)
        opening = starts[bisect.bisect_right(starts, tally.start) - 1]
        asked = _AMONG_ASKED.match(text, opening) or _first_said(
            text, opening, tally.start, first_said
        )
        if asked is None or asked.end() > tally.start:
            continue
        if digits is None:
            digits = [at for at, ch in enumerate(text) if ch.isdigit()]
        if bisect.bisect_left(digits, asked.end()) < bisect.bisect_left(digits, tally.start):
            continue  # another figure between: no clear whole
        whole = int(asked["count"].replace(",", ""))
        if any(part.percent is not None and part.percent > 100 for part in tally.parts):
            continue
        tally.total = whole
        tally.start = asked.start("count")


# Words between a share and the shares after it that set them against it, not inside it:
# another time or a change ("up from", "compared with"), another clause ("while", "but",
# ";"); a colon opens the parts ("60 per cent were due to four conditions: malaria ...").
_NOT_INSIDE = re.compile(
    r"\b(?:up|down|from|compared|against|versus|than|rose|fell|increased|decreased|while"
    r"|whereas|but|before|after|since)\b|[;.]\s|;$"
)


def attach_share_summed(text: str, tallies: list[Tally], items: list[Item]) -> None:
    """Give a split of shares the share right before it that they add up to, as its total.

    The share must be the last percentage before the split's first part (counts and years
    may stand between: "in two regions in 2017"), in its sentence and outside every
    tally, below 100 and a whole number of per cent; the parts must add up to it within
    their rounding (half a unit of their last decimal each). Tallies are changed in
    place: the total is the share in per cent, its qualifier the share's, and the span
    opens at the share.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "About 73% of deaths occurred in two regions, Africa (49%) and Asia (24%)."
    >>> split = Tally("breakdown", 45, 72, [Part("Africa", None, 45, 57, percent=49.0),
    ...     Part("Asia", None, 62, 72, percent=24.0)], unit="percent")
    >>> attach_share_summed(text, [split], read_items(text, numbers=find_numbers(text)))
    >>> split.total, split.total_qualifier, text[split.start : split.start + 9]
    (73, 'approximately', 'About 73%')
    """
    starts = [item.start for item in items]
    spans = SpanIndex((tally.start, tally.end) for tally in tallies)
    for tally in tallies:
        if (
            tally.unit != "percent"
            or tally.total is not None
            or len(tally.parts) < 2
            or any(part.percent is None for part in tally.parts)
        ):
            continue
        at = bisect.bisect_left(starts, tally.start) - 1
        while at >= 0 and items[at].kind != "percent" and tally.start - items[at].start < 200:
            at -= 1  # "in two regions in 2017, A (49%) ...": counts and years between
        share = items[at] if at >= 0 else None
        if share is None or share.kind != "percent" or share.percent is None:
            continue
        if share.percent >= 100 or share.percent.denominator != 1:
            continue
        if spans.covers(share.start):
            continue  # a part of another split, or of this one
        if _NOT_INSIDE.search(text, share.end, tally.start) is not None:
            continue
        decimals = max((part.decimals or 0) for part in tally.parts)
        slack = Fraction(len(tally.parts), 2) / 10**decimals
        summed = sum(Fraction(str(part.percent)) for part in tally.parts)
        if abs(summed - share.percent) > slack:
            continue
        tally.total = int(share.percent)
        tally.total_qualifier = share.qualifier
        tally.start = min(share.prefix_start, share.start)
