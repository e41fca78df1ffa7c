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
:func:`without_nested_labels` drops them, and so does :func:`without_crossed_groups` with
groups told by sex beside groups told by age ("54 per cent were female and 41 per cent
were younger than 18": the girls are in both), where no whole is stated; beside a stated
whole each is one part of it.

Shares that are only some of the answers are none (:func:`without_partial_answers`): a
list that "Another" or "A further" opens continues a list of an earlier sentence ("That
compares with 16% who said they plan to return. Another 9% said they would go elsewhere,
while 10% were uncertain": where the sentences are not joined, a piece of the answers),
and answers whose whole the sentence names nowhere and which do not make 100 ("10.9% said
they were subjected to ..., and 10.1% were touched in ways ...": the shares of those who
met two forms of harassment, answers to two questions), as a single share of such a whole
is none.

A later share of a group the share before it made is a share of that share, no part of
the same whole (:func:`without_shares_of_shares`): "67% indicated the journey had cost
between 1,000 and 5,000 dollars, while 25% of this bracket reported ..." is the one
answer of 67 per cent.

A share set against another group's as a multiple of it is a comparison, no answer of a
split (:func:`without_multiples_of_another`): "27 per cent of those aged 15 to 24 said
they identify most with the world – approximately twice the percentage of those aged
65+" is none, as a share compared with a figure is.

A run of shares in brackets cut out of a longer list of the same shape is no split
(:func:`without_slices_of_share_lists`): in "people from India (54 percent), Turkey (52
percent), Japan (48 percent), China (34 percent) ..." the rates of each country's people
are of wholes of their own, and two of them that happen to make 100 are no parts of one.
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
from surveystats.extract.tally_people_wholes import crosses_sex_and_age
from surveystats.text import sentence_starts

__all__ = [
    "find_median_answers",
    "shares_overlap",
    "split_overlapping_answers",
    "whole_of_first_share",
    "without_added_acts",
    "without_crossed_groups",
    "without_medians",
    "without_multiples_of_another",
    "without_nested_labels",
    "without_partial_answers",
    "without_shares_of_shares",
    "without_slices_of_share_lists",
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
            # "70% of the 62 confirmed cases were male, and 48% were aged 30-39": the
            # whole the first share names is every share's
            total = tally.total if tally.total is not None else whole_of_first_share(text, tally)
            if total is None and (kind != "survey" or not tally.parts[0].base):
                continue  # a lone share of a whole never counted, or never named, is none
            split.extend(
                replace(tally, kind=kind, total=total, parts=[part], start=part.start, end=part.end)
                for part in tally.parts
            )
        elif tally.kind == "breakdown" and _opinions_of_named_poll(text, tally):
            # "According to the Global Survey, 58% of people consider ... and 30% believe
            # ...": the opinions of the poll the sentence names are a survey's
            split.append(replace(tally, kind="survey"))
        else:
            split.append(tally)
    return split


# The whole a share names right after it, as a count with the article: "70% of the 62
# confirmed cases", "45 per cent of the 1.2 million refugees"; the count's noun follows.
_WHOLE_AFTER_SHARE = re.compile(
    r"(?:%|\bper\s{1,3}cent\b|\bpercent\b)\s{1,3}of\s{1,3}(?:the|all|all\s{1,3}the)\s{1,3}"
    r"(?P<w>\d{1,3}(?:,\d{3})+|\d{1,7}(?:\.\d{1,2})?)"
    r"(?:\s{1,3}(?P<scale>thousand|million|billion))?\s{1,3}(?=[a-z])"
)
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def whole_of_first_share(text: str, tally: Tally) -> int | None:
    """The count the first share of ``tally`` names as its whole, or None.

    "70% of the 62 confirmed cases were male, and 48% were aged 30-39": 62, where the
    words after the count are the base the part was read with (so the count is of the
    group the shares are of). The whole is named, not inferred, so no rounding is asked
    of it: reports give shares of a count that has since changed.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "70% of the 62 cases were male, and 48% were aged 30-39."
    >>> parts = [Part("male", None, 0, 29, percent=70.0, base="cases"),
    ...          Part("aged 30-39", None, 35, 54, percent=48.0)]
    >>> whole_of_first_share(text, Tally("breakdown", 0, 54, parts, unit="percent"))
    62
    """
    first = tally.parts[0]
    if not first.base:
        return None
    match = _WHOLE_AFTER_SHARE.search(text, first.start, first.end)
    if match is None or not text.startswith(first.base, match.end()):
        return None
    written = match["w"].replace(",", "")
    if match["scale"] is not None:
        whole = round(float(written) * _SCALES[match["scale"]])
    elif "." in written or (len(written) == 4 and 1800 <= int(written) <= 2100):
        return None  # "of the 2019 arrivals": a year, no count
    else:
        whole = int(written)
    if whole < 2 or not all(0 < (part.percent or 0) <= 100 for part in tally.parts):
        return None
    return whole


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


def without_crossed_groups(tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with the lists that tell one group by sex and by age at once undone.

    "54% of displaced individuals were female and 41% were younger than 18 years old": the
    girls are female and under 18, so the figures split no one whole
    (:func:`~surveystats.extract.tally_people_wholes.crosses_sex_and_age`). Where no whole
    is stated the list is none, as a single share of a whole with no count is; where one
    is ("Of the 1,200 arrivals, 640 were female and 300 were under 18") each figure is one
    part of it, a tally of its own. Votes are left alone.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> parts = [Part("female", None, 0, 9, percent=54.0), Part("under 18", None, 10, 20,
    ...     percent=41.0)]
    >>> without_crossed_groups([Tally("breakdown", 0, 20, parts, unit="percent")])
    []
    """
    kept: list[Tally] = []
    for tally in tallies:
        if tally.kind == "vote" or not crosses_sex_and_age([part.category for part in tally.parts]):
            kept.append(tally)
        elif tally.total is not None:
            kept.extend(
                replace(tally, parts=[part], start=part.start, end=part.end) for part in tally.parts
            )
    return kept


# Words that open a share continuing a list of an earlier sentence: "Another 9% said",
# before the part or as its first words.
_CONTINUING_WORDS = r"(?:another|a\s{1,3}further|an\s{1,3}additional)\s{1,3}"
_CONTINUING_BEFORE = re.compile(_CONTINUING_WORDS + "$", re.IGNORECASE)
_CONTINUING_AT = re.compile(_CONTINUING_WORDS, re.IGNORECASE)
# Verbs of answering that open the first share's clause: its parts are answers.
_ANSWERING = frozenset(
    (
        *("said", "say", "says", "reported", "report", "stated", "claimed", "indicated"),
        *("answered", "replied", "responded", "mentioned", "cited", "felt", "feel"),
        *("believed", "believe", "thought", "think", "considered", "consider", "agreed"),
        *("expressed", "admitted", "declared", "told"),
    )
)
# The verbs of saying whose answers, listed to the one verb, are still none with no whole
# named: "32 percent said the governments, 31 percent said young people" (the README's
# list, session 55); "cited" and "mentioned" list the choices of one question.
_SAYING = frozenset(("said", "say", "says", "stated", "expressed", "told", "reported", "indicated"))
# What names the whole of the answers before the first share of its sentence: "Of the
# respondents,", "Among those asked", "In a survey of ...".
_WHOLE_BEFORE = re.compile(
    r"\b(?:of|among|amongst|survey\w*|poll\w*|respond\w*|asked|interview\w*|questioned)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Shares of one whole that make it add up to 100 within half a unit each, more for a share
# given roughly.
_MAKES_WHOLE_SLACK = 0.5


# "a median of" (or "medians of") right before a share, at most a few words and no figure
# between: "a median of 58 percent", "a median of roughly six-in-ten, or 59 percent".
_MEDIAN_BEFORE = re.compile(
    r"\bmedians?(?:\s{1,3}of)?(?:\s{1,3}(?:roughly|about|around|some|nearly|almost|just"
    r"|over|under|only|[a-z]+-in-[a-z]+,?|or))*\s{1,3}$",
    re.IGNORECASE,
)
# A median share anywhere before a part in its sentence: the shares after it are medians
# too ("a median of 61 per cent ..., with 29 per cent holding an unfavourable one").
_MEDIAN_SHARE = re.compile(
    r"\bmedians?\s{1,3}of\s{1,3}(?:[\w-]+,?\s{1,3}){0,3}?\d[\d.,]*\s{0,2}(?:%|per\s?cent|percent)",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?;]\s")
# How far before a share its median may stand.
_MEDIAN_REACH = 40
_SENTENCE_REACH = 300


def without_medians(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the lists that hold a median share.

    A median across the countries polled ("a median of 58 percent across 24 countries
    express favourable views, with just 27 percent holding an unfavourable opinion") is
    the middle of many countries' shares, no part of one whole, and the shares after it in
    its sentence are medians too (session 42: medians stay none). Votes are left alone; a
    median of anything else ("The median age was 34; 58 per cent said yes") stays. A
    pollster's median with its answer is read afterwards as a survey of its own
    (:func:`find_median_answers`, session 60), not as a split of one whole.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "a median of 58 percent agree, while 27 percent disagree."
    >>> parts = [Part("disagree", None, 36, 55, percent=27.0)]
    >>> without_medians(text, [Tally("breakdown", 0, 55, parts, unit="percent")])
    []
    """
    return [tally for tally in tallies if tally.kind == "vote" or not _holds_a_median(text, tally)]


def _holds_a_median(text: str, tally: Tally) -> bool:
    """Whether a share of ``tally`` is a median or follows one in its sentence."""
    for part in tally.parts:
        if part.percent is None:
            continue
        if _MEDIAN_BEFORE.search(text, max(0, part.start - _MEDIAN_REACH), part.start):
            return True
        lo = max(0, part.start - _SENTENCE_REACH)
        stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text, lo, part.start)]
        if _MEDIAN_SHARE.search(text, stops[-1] if stops else lo, part.start):
            return True
    return False


# A pollster's median across the countries it surveyed, then the answer it measures: "A
# median of 63% across 24 countries surveyed see the UN in a positive light", "Across the
# 14 publics polled, a median of 54 percent say ...". The countries are those polled
# (named as surveyed or polled, or the answer is a verb of opinion); the answer opens on a
# lower-case verb and runs to the next mark.
_MEDIAN_WHOLE = (
    r"(?:across|in)\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s{1,3})?"
    r"(?:countries|nations|publics|economies|territories)"
)
_MEDIAN_ANSWER = re.compile(
    rf"""
    (?:\b(?P<before>{_MEDIAN_WHOLE})(?:\s{{1,3}}(?:surveyed|polled))?\s{{0,3}},\s{{1,3}})?
    \b(?-i:[Aa])\s{{1,3}}median\s{{1,3}}of\s{{1,3}}
    (?:(?:roughly|about|around|some|nearly|almost|just\s{{1,3}}over|over|only)\s{{1,3}})?
    (?P<share>\d{{1,2}}(?:\.\d)?)\s{{0,2}}(?:%|per\s{{0,2}}cent\b|percent\b)
    # those polled named before the countries: "of respondents", "of the adults surveyed"
    (?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?(?P<people>respondents|adults|people|those
      |citizens)(?:\s{{1,3}}(?:surveyed|polled))?)?
    (?:\s{{1,3}}(?P<whole>{_MEDIAN_WHOLE}|of\s{{1,3}}the\s{{1,3}}\d{{1,3}}\s{{1,3}}countries)
      (?:\s{{1,3}}(?P<asked>surveyed|polled))?)?
    \s{{0,3}},?\s{{1,3}}
    (?P<answer>(?-i:(?P<verb>[a-z]+))\b[^.;,()]{{0,120}}?)(?=\s{{0,3}}(?:[.;,]|$))
    """,
    re.IGNORECASE | re.VERBOSE,
)
# The later shares of the same answer's question: ", another 28% see it negatively",
# ", with just 27 percent holding an unfavourable opinion", "while 30 per cent say ...".
_LATER_MEDIAN_SHARE = re.compile(
    r"\s{0,3}[,;]?\s{1,3}(?:(?:and|while|whereas|with)\s{1,3})?"
    r"(?:(?:just|only|another|some|about|around|nearly|roughly)\s{1,3})?"
    r"(?:a\s{1,3}median\s{1,3}of\s{1,3})?"
    r"(?P<share>\d{1,2}(?:\.\d)?)\s{0,2}(?:%|per\s{0,2}cent\b|percent\b)\s{1,3}"
    r"(?P<answer>(?-i:[a-z]+)\b[^.;,()]{0,120}?)(?=\s{0,3}(?:[.;,]|$))",
    re.IGNORECASE,
)
# Verbs of an opinion held or given, which make countries with no "surveyed" those polled.
_MEDIAN_OPINION_VERBS = _OPINION_VERBS | word_set(
    "saw express expresses expressed hold holds rate rates approve approves describe describes"
)


def find_median_answers(text: str, taken: list[Tally]) -> list[Tally]:
    """The answers a pollster gives as medians across the countries it surveyed.

    Blind labellers mark "A median of 63% across 24 countries surveyed see the UN in a
    positive light, another 28% see it negatively" as one survey of two answers (session
    60, which changes the decision of sessions 42 and 56 that medians stay none): each
    share is one part labelled by its answer, no total. A median with no countries polled
    ("The median age was 34", "a median of 81 percent across 12 countries" with no
    answer) and shares past 100 together stay none; a sentence another tally holds is
    left to it.

    >>> [(p.category, p.percent) for t in find_median_answers(
    ...     "A median of 63% across 24 countries surveyed see the UN favourably.", [])
    ...  for p in t.parts]
    [('see the UN favourably', 63.0)]
    >>> find_median_answers("The median age was 34; 58 per cent said yes.", [])
    []
    """
    found: list[Tally] = []
    for match in _MEDIAN_ANSWER.finditer(text):
        if not (match["before"] or match["whole"] or match["people"]):
            continue  # "A median of 45% of the votes ...": no countries polled
        polled = match["before"] or match["asked"] or match["people"]
        if not polled and match["verb"] not in _MEDIAN_OPINION_VERBS:
            continue  # "a median of 12 per cent across 30 countries rose ...": a level
        if any(t.start < match.end() and match.start() < t.end for t in taken):
            continue
        parts = [_median_part(match)]
        end = match.end()
        while (later := _LATER_MEDIAN_SHARE.match(text, end)) is not None:
            parts.append(_median_part(later))
            end = later.end()
        if sum(part.percent or 0.0 for part in parts) > 100 + _SHARE_SLACK:
            continue
        found.append(Tally("survey", match.start("share"), end, parts, unit="percent"))
    return found


def _median_part(match: re.Match[str]) -> Part:
    """One answer's part: its share, labelled by the answer's words."""
    share = match["share"]
    return Part(
        " ".join(match["answer"].split()),
        None,
        match.start("share"),
        match.end("answer"),
        percent=float(share),
        decimals=len(share.partition(".")[2]),
    )


def without_partial_answers(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the lists of shares that are only some of the answers.

    Two shapes, in per cent with no stated whole (votes are left alone):

    - a list whose first share "Another", "A further" or "An additional" opens: it
      continues a list of an earlier sentence, and where the readers did not join the two
      (the shares then make 100: "... Another 3 per cent said they did not know") it is a
      piece of the answers, whose other parts and whole are elsewhere ("Another 9% said
      they would go to another host country, while 10% were uncertain");
    - answers whose whole the sentence names nowhere (no "of", no one asked, no other
      figure in it), the first share's verb one of answering and another share's verb a
      different one, that do not make 100: "10.9% said they were subjected to ..., and
      10.1% were touched in ways ...". A single share
      of such a whole is none; two that make up no whole are two answers, not a split.
      Those that make 100 stay ("Some 19 per cent said yes, 64 per cent said no and 17 per
      cent did not answer").

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "10.9% said they were insulted, and 10.1% were touched."
    >>> parts = [Part("said they were insulted", None, 0, 29, percent=10.9),
    ...     Part("touched", None, 35, 54, percent=10.1)]
    >>> without_partial_answers(text, [Tally("breakdown", 0, 54, parts, unit="percent")])
    []
    """
    starts: list[int] | None = None
    kept: list[Tally] = []
    for tally in tallies:
        if (
            tally.kind == "vote"
            or tally.unit != "percent"
            or tally.total is not None
            or not tally.parts
            or any(part.percent is None or part.count is not None for part in tally.parts)
        ):
            kept.append(tally)
            continue
        first = tally.parts[0]
        if _CONTINUING_AT.match(text, first.start) or _CONTINUING_BEFORE.search(
            text, max(0, first.start - 20), first.start
        ):
            continue  # "Another 9% said ...": a piece of an earlier sentence's answers
        if starts is None:
            starts = sentence_starts(text)
        if not _unnamed_answers(text, tally, starts):
            kept.append(tally)
    return kept


def _unnamed_answers(text: str, tally: Tally, starts: list[int]) -> bool:
    """Whether a tally's shares are answers whose whole their sentence names nowhere.

    The first share opens its sentence's answers with a verb of answering, every share
    opens its clause with a verb, not all of them the same one (answers listed to one
    verb are the choices of one question: "48% cited drought and 11% cited evictions"),
    no part names its whole, no other figure but a year stands in the sentence, and the
    shares do not make 100.
    """
    parts = tally.parts
    if len(parts) < 2 or any(part.base or part.counted for part in parts):
        return False
    qualified = sum(bool(part.qualifier) for part in parts)
    total = sum(part.percent or 0 for part in parts)
    if total + _MAKES_WHOLE_SLACK * len(parts) + _ROUGH_SLACK * qualified >= 100:
        return False  # "19 per cent said yes, 64 per cent said no and 17 per cent ..."
    if not all(_opens_clause(text, part) for part in parts):
        return False
    verbs = {_first_verb(text, part) for part in parts}
    if _first_verb(text, parts[0]) not in _ANSWERING or (len(verbs) < 2 and not verbs <= _SAYING):
        # "48% cited drought and 11% cited evictions": the choices of one question, listed
        # to one verb, stay; "32 percent said the governments, 31 percent said young
        # people": what no one named said is none, one verb or several
        return False
    at = bisect.bisect_right(starts, parts[0].start) - 1
    lo = starts[at]
    hi = starts[at + 1] if at + 1 < len(starts) else len(text)
    if _WHOLE_BEFORE.search(text, lo, parts[0].start):
        return False  # "Of the respondents, 52 per cent said yes and 40 per cent said no"
    return not any(
        _YEAR.fullmatch(figure.group()) is None
        and not any(part.start <= figure.start() < part.end for part in parts)
        for figure in _FIGURE.finditer(text, lo, hi)
    )


def _first_verb(text: str, part: Part) -> str:
    """The first word after a part's opening share, in lower case ("" for none)."""
    opening = _OPENING_SHARE.match(text, part.start, part.end)
    words = opening["rest"].split(maxsplit=1) if opening is not None else []
    return words[0].lower() if words else ""


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


# A share, then a whole that points back to a group the share before it made: "25% of
# this bracket", "40 per cent of that group", "a third of these" is left out (no figure),
# and "half of them" may be the whole before and stays.
_SHARE_OF_A_SHARE = re.compile(
    r"(?:\d+(?:[.,]\d+)?|[A-Za-z]+(?:-[a-z]+)?)\s{0,3}(?:%|per\s{0,3}cent\b|percent\b)"
    r"\s{0,3}of\s{1,3}(?:this|that|these|those)\s{1,3}(?:(?:same|latter|last)\s{1,3})?"
    r"(?:bracket|group|subgroup|sub-group|subset|category|cohort|segment|proportion|share"
    r"|percentage|portion|fraction)s?\b",
    re.IGNORECASE,
)
# How far into a part its opening share may stand ("About 25%", "only some 25 per cent").
_SHARE_REACH = 24


def without_shares_of_shares(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` cut before a later share that is a share of the share before it.

    A percentage tally (votes are left alone) whose later part opens on a share "of this
    bracket", "of that group", "of these categories" ... is cut before that part: the
    share is of the group an earlier share made, not of the whole ("Among all
    respondents, 67% indicated the journey had cost between 1,000 and 5,000 dollars, while
    25% of this bracket reported ..."). What is left stays where it is a survey or still
    has two parts; a breakdown of one part with no total is dropped.

    Parameters
    ----------
    text
        The paragraph the tallies were read from.
    tallies
        The tallies read from it.

    Returns
    -------
    list of Tally
        The tallies, cut where a later share is of a share.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "Of all, 60% said A, while 20% of this group said B."
    >>> parts = [Part("said A", None, 8, 18, percent=60.0),
    ...     Part("said B", None, 26, 50, percent=20.0)]
    >>> [len(t.parts) for t in without_shares_of_shares(
    ...     text, [Tally("survey", 8, 50, parts, unit="percent")])]
    [1]
    """
    kept: list[Tally] = []
    for tally in tallies:
        if tally.kind == "vote" or tally.unit != "percent" or len(tally.parts) < 2:
            kept.append(tally)
            continue
        cut = next(
            (index for index, part in enumerate(tally.parts) if index and _of_a_share(text, part)),
            None,
        )
        if cut is None:
            kept.append(tally)
        elif cut > 1 or tally.kind == "survey" or tally.total is not None:
            parts = tally.parts[:cut]
            kept.append(replace(tally, parts=parts, end=parts[-1].end))
    return kept


def _of_a_share(text: str, part: Part) -> bool:
    """Whether a part opens on a share of a group that an earlier share made."""
    if part.count is not None:
        return False
    found = _SHARE_OF_A_SHARE.search(text, part.start, part.end)
    return found is not None and found.start() - part.start <= _SHARE_REACH


# A share in brackets that closes a list's item: "India (54 percent)", "(34 percent each)".
_BRACKETED_SHARE = r"\(\s{0,2}\d+(?:\.\d+)?\s{0,2}(?:%|per\s{0,3}cent|percent)[^()]{0,20}\)"
# The item of the same list right before a tally: "India (54 percent), ".
_ITEM_BEFORE = re.compile(_BRACKETED_SHARE + r"\s{0,2},\s{0,3}$")
# The item of the same list right after a tally's last share: "), China, Russia, Hungary
# (34 percent each)", "%) and C (30%)".
_ITEM_AFTER = re.compile(
    r"[^,;()]{0,20}?\)?\s{0,2}(?:,|\sand|\sor)\s{1,3}(?:and\s{1,3})?"
    r"(?:[A-Z][\w.'’-]*(?:\s{1,3}[A-Za-z][\w.'’-]*){0,3},?\s{1,3}){1,4}" + _BRACKETED_SHARE
)
_NEIGHBOUR_REACH = 40  # characters before a tally where the item before it may stand
_ITEM_AFTER_REACH = 120


def without_slices_of_share_lists(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the runs of bracketed shares that are slices of a longer list.

    A percentage tally (votes are left alone) whose first part comes right after an item
    of the same shape that it does not hold, and whose last part comes right before
    another ("India (54 percent), Turkey (52 percent), Japan (48 percent), China (34
    percent)": Turkey and Japan make 100 by chance), is cut out of a list of rates, and
    dropped, whatever whole a reader gave it: the list as a whole passes 100, or a reader
    would have taken it whole.

    Parameters
    ----------
    text
        The paragraph the tallies were read from.
    tallies
        The tallies read from it.

    Returns
    -------
    list of Tally
        The tallies less those slices.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "from India (54%), Turkey (52%), Japan (48%), China (34%) and Peru (33%)."
    >>> parts = [Part("Turkey", None, 18, 29, percent=52.0),
    ...     Part("Japan", None, 31, 41, percent=48.0)]
    >>> without_slices_of_share_lists(text, [Tally("survey", 18, 41, parts, unit="percent")])
    []
    """
    return [
        tally
        for tally in tallies
        if tally.kind == "vote"
        or tally.unit != "percent"
        or not tally.parts
        or not _sliced(text, tally)
    ]


def _sliced(text: str, tally: Tally) -> bool:
    """Whether items of a tally's own shape stand right before and right after it."""
    start = min(part.start for part in tally.parts)
    end = max(part.end for part in tally.parts)
    before = _ITEM_BEFORE.search(text, max(0, start - _NEIGHBOUR_REACH), start)
    after = _ITEM_AFTER.match(text, end, min(len(text), end + _ITEM_AFTER_REACH))
    return before is not None and after is not None


# A share set against another group's as a multiple of it, with no figure of its own:
# "approximately twice the percentage of those aged 65+", "three times as high as among
# men", "half the share of adults" ("twice a week" and "twice as many meetings" compare no
# share).
_MULTIPLE_OF_ANOTHER = re.compile(
    r"\b(?:twice|double|triple|half|(?:two|three|four|five|\d+)\s{1,3}times)\s{1,3}"
    r"(?:the\s{1,3}(?:percentage|proportion|share|rate|level|figure)\s{1,3}(?:of|among|for|in)"
    r"|as\s{1,3}(?:high|low|likely|common|prevalent)\s{1,3}as)\b",
    re.IGNORECASE,
)


def without_multiples_of_another(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the shares that their sentence sets against another group's.

    A percentage tally with no stated whole (votes are left alone) after whose first part
    the sentence goes on to a multiple of another group's share ("nearly twice the share of
    those aged 60 and over", "three times as high as among men") compares groups, and is
    dropped, as a share compared with a figure is ("compared with 49 per cent of ...").

    Parameters
    ----------
    text
        The paragraph the tallies were read from.
    tallies
        The tallies read from it.

    Returns
    -------
    list of Tally
        The tallies less those compared.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "31 per cent of youth said yes, twice the share of adults."
    >>> part = Part("said yes", None, 0, 29, percent=31.0)
    >>> without_multiples_of_another(text, [Tally("survey", 0, 29, [part], unit="percent")])
    []
    """
    starts: list[int] | None = None
    kept: list[Tally] = []
    for tally in tallies:
        if tally.kind == "vote" or tally.unit != "percent" or tally.total is not None:
            kept.append(tally)
            continue
        if starts is None:
            starts = [*sentence_starts(text), len(text)]
        first = tally.parts[0].start if tally.parts else tally.start
        end = starts[bisect.bisect_right(starts, first)] if first < starts[-1] else len(text)
        if _MULTIPLE_OF_ANOTHER.search(text, first, end) is None:
            kept.append(tally)
    return kept
