"""Counts written in parallel that split no one group: events, times, means and exceptions.

The list readers take any run of counts for the parts of one whole. Four shapes of a run
are not, whatever their labels:

- events of different groups, each count with its own noun and its own verb: "6,769
  stranded Afghans crossed into Afghanistan, while 466 stranded Pakistanis returned to
  Pakistan", "11,101 migrants entered Yemen and 3,202 Yemeni returned from Saudi Arabia",
  "5,000 people fled ... and more than 30,000 Kenyans migrated to Uganda". Two groups (one
  named by its nation) that each did something are two facts, no split of one group; "300
  Syrians and 200 Iraqis were resettled" shares its verb and stays a split, and so do the
  dead and the injured of one toll ("1,000 Israelis were killed and 2,806 people were
  injured"). A stated whole keeps the list (:func:`without_parallel_events`).
- counts named by times alone: "more than 300 children were released in February and
  more than 200 in April", "2,400 on Monday and 2,601 on Tuesday" (with the days' sum
  stated before them too: a series, a time is no label), and counts each told from the
  others by a time of any kind at the end of its label: "2,000 refugees arrived in the
  afternoon and another 1,000 in the evening", "364 members voted this time while only
  297 had voted earlier", "claimed 26 staff in Algiers in 2007 and 20 in Baghdad in 2003".
- a count and the means or the setting of the same act: "7,402 IDPs have arrived with 127
  boats in Pemba", "300 volunteers served with 13 UN entities in 10 countries": the later
  count is the object of a preposition in the earlier count's clause, with no joint of a
  list ("," ";" "and" "or" "while") between them.
- flows in and out: "Some 900 people arrived in Kassala, while 150 left Gedaref", "426
  IDPs were recorded arriving in Baidoa, with 153 IDPs recorded exiting the town": the
  arrivals and the departures are two flows, no parts of one group.
- counts told apart by tense: "an estimated 265,000 women are pregnant, and 80,000 will
  give birth in the next three months" (the later count is of some of the first, at a
  later time); with a stated whole ("Of the 500 staff, 300 have left and 200 will stay")
  the list stays.
- moves between categories: "Six States joined the abolitionist category and 11 States
  moved from retentionist to abolitionist de facto" counts changes of status, each from
  a category of its own, no split of one group.
- an exception: "apart from 123 soldiers and 15 police in the Solomon Islands" names what
  the sentence leaves out of its count, no split.
- the replies to different rounds of a survey: "A total of 122 NSOs responded to the first
  survey in May, while 112 responded to the second round in July" (the second round's 112
  are no part of the first's). Each names a round of its own by its ordinal ("first",
  "second round", "third wave", "2nd edition", "round 3"); each count is a survey of its
  own, a one-part tally (:func:`with_rounds_apart`), as a survey's size is. So are the
  samples of the rounds, read as a list, in a sentence on a survey: "A total of 2,400
  households were interviewed in the first round and 2,650 in the second" (the second's
  ordinal stands alone, its noun elided; the parts take the first's counted noun).

Each tally is looked at once, over its own words: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import WORD_COUNT_PATTERN, Part, Tally, read_count
from surveystats.text.dates import MONTH_NAMES

__all__ = ["with_later_rounds", "with_rounds_apart", "without_parallel_events"]

# The figure that opens a part, after a bound ("more than", "a total of"): digits or
# number words.
_OPENING_FIGURE = re.compile(
    r"(?:(?:[Aa]\s(?:total\s)?of|[Aa]nother|[Aa]\sfurther|[Mm]ore\sthan|[Aa]t\sleast|[Aa]bout|[Ss]ome|[Oo]ver"
    r"|[Nn]early|[Aa]round|[Aa]lmost|[Aa]pproximately|[Aa]n\sestimated)\s)*"
    r"(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)(?:\s(?:thousand|million))?\s"
)
# The group a count names, after up to two modifiers ("stranded", "newly arrived"), never
# an auxiliary, a pronoun or an article, and the verb right after it (an auxiliary or a
# past tense).
_GROUP_AND_VERB = re.compile(
    r"(?:(?:[a-z]+(?:ed|ing|ly)|new|young|other|additional)\s){0,2}"
    r"(?!(?:have|has|had|were|was|are|is|will|would|he|she|it|they|we|the|a|an|of|in)\b)"
    r"(?P<group>[A-Za-z][\w-]*(?:\s[a-z][\w-]*)?)"
    r"(?:\s(?:with|from|of)\s(?:their|[A-Z]\w*)(?:\s\w+)?)?"  # "Kenyans with their cattle"
    r"\s(?:have|has|had|were|was|are|is|will|would|also\s)?\s?(?P<verb>[a-z]+ed|fled|left|went"
    r"|came|fell|ran|sought|took|got|been)\b"
)
# What a toll names: its dead and injured are one split whoever they were.
_CASUALTY = re.compile(r"kill|injur|wound|dead|death|died|maim|casualt|fatalit")
# A time that alone names a part: a day of the week or a month, with its year or not.
_WEEKDAY_OR_MONTH = re.compile(
    r"(?:(?:on|in|during|by|since|through)\s)?(?:the\s)?"
    rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|{'|'.join(MONTH_NAMES)})"
    r"(?:\s(?:19|20)\d\d)?"
)
# A joint of a list between two counts.
_LIST_JOINT = re.compile(r"[,;:]|\s(?:and|or|while|whilst|whereas|but|plus|against|to)\s|-|–|—")
# A preposition right before a count that makes it the object of the clause it is in.
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|in|across|among|aboard|on|into)\s$")
# Verbs of movement in and out: arrivals beside departures are two flows, no split of one.
_INBOUND = re.compile(r"\b(?:arriv\w*|entered|entering|came|crossed\sinto)\b")
_OUTBOUND = re.compile(r"\b(?:left|leaving|departed|departing|exited|exiting)\b")
# Words that open an exception: what follows is left out of the sentence's count.
_EXCEPTION_BEFORE = re.compile(
    r"\b(?:[Aa]part|[Aa]side)\sfrom\s$|\b[Ee]xcept\s(?:for\s)?$|\b[Oo]ther\sthan\s$"
    r"|\b[Bb]esides\s$|\b[Ee]xcluding\s$"
)


def _group_and_verb(text: str, part: Part) -> tuple[str, str] | None:
    """The group a part's count names and the verb it does, where both follow the count.

    >>> text = "6,769 stranded Afghans crossed into Afghanistan"
    >>> _group_and_verb(text, Part("crossed", 6769, 0, len(text)))
    ('Afghans', 'crossed')
    >>> _group_and_verb("300 Syrians and", Part("Syrians", 300, 0, 11)) is None
    True
    """
    words = text[part.start : part.end]
    opening = _OPENING_FIGURE.match(words)
    if opening is None:
        return None
    found = _GROUP_AND_VERB.match(words, opening.end())
    return None if found is None else (found["group"], found["verb"])


def _events_of_groups(text: str, tally: Tally) -> bool:
    """Whether each count names a group of its own that does something of its own.

    >>> text = "6,769 Afghans crossed into Afghanistan, while 466 Pakistanis returned home"
    >>> afghans = Part("crossed into Afghanistan", 6769, 0, 38)
    >>> pakistanis = Part("returned home", 466, 46, len(text))
    >>> _events_of_groups(text, Tally("breakdown", 0, len(text), [afghans, pakistanis]))
    True
    """
    if tally.total is not None or tally.unit != "count" or len(tally.parts) < 2:
        return False
    if _CASUALTY.search(text[tally.start : tally.end].lower()):
        return False
    events = [_group_and_verb(text, part) for part in tally.parts]
    if any(event is None for event in events):
        return False
    groups = {event[0].lower().rstrip("s") for event in events if event is not None}
    named = any(event[0][0].isupper() for event in events if event is not None)
    return named and len(groups) == len(events)


# A time of any kind, a closed class of words: a day, a month, a year, a part of a day, a
# span ("the past three days", "the same period"), "earlier", "this time".
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PERIOD = (
    r"(?:mornings?|afternoons?|evenings?|nights?|days?|weekends?|weeks?|months?|years?|hours?"
    r"|quarters?|periods?|time|decades?)"
)
_ONE_TIME = rf"""(?:
    {_WEEKDAY}(?:\s\d{{1,2}}(?:st|nd|rd|th)?(?:\s{_MONTH})?)?
  | (?:\d{{1,2}}(?:st|nd|rd|th)?\s)?{_MONTH}(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s(?:19|20)\d\d)?
  | (?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?
  | (?:the\s)?(?:course\sof\s(?:the\s)?)?
    (?:(?:same|previous|following|past|last|next|this|that|preceding|current|coming|early
        |late)\s)?(?:(?:few|two|three|four|five|six|seven|\d{{1,2}})\s)?{_PERIOD}
  | yesterday|today|tonight|overnight|earlier|later|previously|recently
)"""
_TIME_PREPOSITION = (
    r"(?:on|in|during|over|at|by|since|before|after|until|till|through|throughout|within"
    r"|from|as\sof|as\sat|of)"
)
_TIME = re.compile(
    rf"""(?:{_TIME_PREPOSITION}\s)?{_ONE_TIME}
    (?:\s(?:{_TIME_PREPOSITION}\s)?{_ONE_TIME}){{0,2}}(?:\s(?:alone|only|so\sfar))?""",
    re.VERBOSE,
)
# Words that open a time at the end of a label ("voted this time", "... in Baghdad in 2003").
_TIME_OPENERS = frozenset(
    (
        "on",
        "in",
        "during",
        "over",
        "at",
        "by",
        "since",
        "before",
        "after",
        "until",
        "till",
        "through",
        "throughout",
        "within",
        "from",
        "this",
        "last",
        "earlier",
        "later",
    )
)


def _time_at_end(label: str) -> str | None:
    """The time ``label`` is, or ends on after a preposition; ``None`` if none.

    >>> _time_at_end("voted this time"), _time_at_end("afternoon"), _time_at_end("in Gao")
    ('this time', 'afternoon', None)
    >>> _time_at_end("killed in the first attack") is None
    True
    """
    words = label.lower().replace(",", " ").split()
    for start in range(len(words)):
        if (start == 0 or words[start] in _TIME_OPENERS) and _TIME.fullmatch(
            " ".join(words[start:])
        ) is not None:
            return " ".join(words[start:])
    return None


def _named_by_times(tally: Tally) -> bool:
    """Whether a part of a tally with no stated whole is named by a day or a month alone.

    With the whole stated ("Of the 5,400 arrivals, 3,100 came on Monday and 2,300 on
    Tuesday") the days split it, and the tally stays.

    >>> feb = Part("February", 300, 0, 10)
    >>> apr = Part("April", 200, 15, 25)
    >>> _named_by_times(Tally("breakdown", 0, 25, [feb, apr]))
    True
    """
    timed = [
        part.category is not None
        and _WEEKDAY_OR_MONTH.fullmatch(" ".join(part.category.lower().split())) is not None
        for part in tally.parts
    ]
    return tally.total is None and (any(timed) or _each_at_its_time(tally))


def _each_at_its_time(tally: Tally) -> bool:
    """Whether every count of ``tally`` is told from the others by a time of its own.

    Labels that are a time of any kind ("afternoon", "evening") or end on one ("voted
    this time", "voted earlier"; "in Algiers in 2007", "in Baghdad in 2003"): one thing
    counted again at another time. A label of its own beside a time ("killed in the first
    attack" beside "killed on 4 May", the README's further members), one time for all
    ("11 killed and 27 injured since Sunday") and shares of a whole by when ("Most (61%)
    had fled in 2021, followed by 22% in 2022") keep the tally.

    >>> now = Part("voted this time", 364, 0, 30)
    >>> before = Part("voted earlier", 297, 35, 60)
    >>> _each_at_its_time(Tally("breakdown", 0, 60, [now, before]))
    True
    >>> attack = Part("killed in the first attack", 4, 0, 30)
    >>> may = Part("killed on 4 May", 3, 35, 60)
    >>> _each_at_its_time(Tally("breakdown", 0, 60, [attack, may]))
    False
    """
    if tally.unit != "count" or len(tally.parts) < 2:
        return False
    times = [_time_at_end(part.category or "") for part in tally.parts]
    # "11 killed and 27 injured since Sunday": one time, the outcomes tell the parts apart
    return None not in times and len(set(times)) == len(times)


def _other_nouns(before: Part, part: Part) -> bool:
    """Whether two parts each count a noun of their own, and the nouns' heads differ.

    >>> _other_nouns(Part("a", 7, 0, 1, counted="people"), Part("b", 1, 2, 3, counted="boats"))
    True
    >>> people = Part("a", 7, 0, 1, counted="individuals")
    >>> _other_nouns(people, Part("b", 1, 2, 3, counted="individuals"))
    False
    """
    if not before.counted or not part.counted or part.counted_inherited:
        return False
    return before.counted.split()[-1].lower().rstrip("s") != part.counted.split()[
        -1
    ].lower().rstrip("s")


def _means_of_one_act(text: str, tally: Tally) -> bool:
    """Whether a later count is the object of a preposition in the earlier count's clause.

    >>> text = "7,402 IDPs have arrived with 127 boats in Pemba"
    >>> idps = Part("arrived", 7402, 0, 23, counted="IDPs")
    >>> boats = Part("Pemba", 127, 29, len(text), counted="boats")
    >>> _means_of_one_act(text, Tally("breakdown", 0, len(text), [idps, boats]))
    True
    """
    if tally.unit != "count" or tally.total is not None:
        return False
    for before, part in zip(tally.parts, tally.parts[1:], strict=False):
        opening = _OPENING_FIGURE.match(text, before.start)
        between = text[opening.end() if opening else before.start : part.start]
        if (
            _PREPOSITION_BEFORE.search(between)
            and not _LIST_JOINT.search(between)
            and _other_nouns(before, part)
        ):
            return True
    return False


def _flows_in_and_out(text: str, tally: Tally) -> bool:
    """Whether some parts arrived and others left, with no whole stated.

    >>> text = "Some 900 people arrived in Kassala, while 150 left Gedaref"
    >>> arrived = Part("arrived in Kassala", 900, 5, 34)
    >>> left = Part("left Gedaref", 150, 42, len(text))
    >>> _flows_in_and_out(text, Tally("breakdown", 5, len(text), [arrived, left]))
    True
    """
    if tally.total is not None:
        return False
    words = [text[part.start : part.end] for part in tally.parts]
    inbound = [bool(_INBOUND.search(part)) for part in words]
    outbound = [bool(_OUTBOUND.search(part)) for part in words]
    return any(i and not o for i, o in zip(inbound, outbound, strict=True)) and any(
        o and not i for i, o in zip(inbound, outbound, strict=True)
    )


# A future right after a part's figure and its noun: "80,000 will give birth", "200 staff
# are expected to leave", "with 8,000 expected to give birth" ("would" reports speech and
# stays out).
_FUTURE_VERB = re.compile(
    r"(?:(?!(?:that|which|who|whom)\s)[\w-]+\s){0,3}?(?:will|shall|(?:(?:are|is)\s)?(?:expected|projected|due|scheduled)\sto|(?:are|is)\sset\sto)\s"
    r"(?:not\s|also\s)?[a-z]"
)
# A past or present right after a part's figure and its noun: "265,000 women were
# pregnant", "300 have left" (a part with no verb of its own, "and 200 in May", tells none).
_PAST_OR_PRESENT_VERB = re.compile(
    r"(?:(?!(?:that|which|who|whom)\s)[\w-]+\s){0,3}?(?:were|was|are|is|have|has|had)\s"
    r"(?!(?:expected|projected|due|set|scheduled)\sto\s)"
)
# A change of category a count's own clause tells: "moved from retentionist to abolitionist",
# "switched from A to B", "joined the abolitionist category", "became abolitionist",
# "were reclassified as ...".
_CATEGORY_MOVE = re.compile(
    r"\b(?:(?:moved|shifted|switched|changed|passed|graduated|progressed|transitioned)\s"
    r"(?:[a-z]+\s){0,2}?from\s[^,;]{1,60}?\sto\s"
    r"|joined\s(?:the\s)?(?:[\w-]+\s){0,4}?(?:category|categories|group|list|class|ranks)\b"
    r"|became\s(?!the\s|a\s|an\s)[a-z]"
    r"|(?:were|was|have\sbeen|has\sbeen)\s(?:reclassified|upgraded|downgraded)\b)"
)


def _times_apart_by_tense(text: str, tally: Tally) -> bool:
    """Whether some counts of a list with no stated whole are told in the future, some not.

    A part whose verb is elided ("the Alliance 3") tells no tense of its own.

    >>> text = "265,000 women were pregnant, and 80,000 will give birth soon"
    >>> now = Part("pregnant", 265000, 0, 27)
    >>> later = Part("give birth soon", 80000, 33, len(text))
    >>> _times_apart_by_tense(text, Tally("breakdown", 0, len(text), [now, later]))
    True
    """
    if tally.total is not None or tally.unit != "count" or len(tally.parts) < 2:
        return False
    future = earlier = False
    for part in tally.parts:
        opening = _OPENING_FIGURE.match(text, part.start)
        if opening is None:
            continue
        future = future or _FUTURE_VERB.match(text, opening.end(), part.end) is not None
        earlier = earlier or _PAST_OR_PRESENT_VERB.match(text, opening.end(), part.end) is not None
    return future and earlier


def _moves_between_categories(text: str, tally: Tally) -> bool:
    """Whether every count of a list with no stated whole is a change of category.

    One of them at least names where the count moved from ("moved from A to B"); the
    others may have joined a category or become one.

    >>> text = "Six States joined the abolitionist category and 11 States moved from A to B"
    >>> joined = Part("joined the abolitionist category", 6, 0, 43)
    >>> moved = Part("moved from A to B", 11, 48, len(text))
    >>> _moves_between_categories(text, Tally("breakdown", 0, len(text), [joined, moved]))
    True
    """
    if tally.total is not None or tally.unit != "count" or len(tally.parts) < 2:
        return False
    moves = [_CATEGORY_MOVE.search(text, part.start, part.end) for part in tally.parts]
    return all(moves) and any(" from " in move.group() for move in moves if move)


def _excepted(text: str, tally: Tally) -> bool:
    """Whether the tally follows "apart from", "except for" and the like.

    >>> text = "635 personnel serve, apart from 123 soldiers and 15 police"
    >>> _excepted(text, Tally("breakdown", 32, len(text), []))
    True
    """
    return _EXCEPTION_BEFORE.search(text, max(0, tally.start - 20), tally.start) is not None


# A round of a survey named by its ordinal: "the first COVID-19 survey", "the second round",
# "its third wave", "the 2nd edition"; or by its number after the noun: "round 3", "wave 2".
_ORDINALS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|previous"
    r"|\d{1,2}(?:st|nd|rd|th)"
)
_ROUND = re.compile(
    rf"\b(?P<ordinal>{_ORDINALS})\s{{1,3}}(?:[\w-]+\s{{1,3}}){{0,2}}?"
    r"(?:rounds?|waves?|surveys?|editions?|cycles?|phases?)\b"
    r"|\b(?:rounds?|waves?|cycles?|phases?)\s{1,3}(?P<number>\d{1,2})\b",
    re.IGNORECASE,
)
# An ordinal alone, its noun elided after a part that named it: "... in the first round and
# 2,650 in the second".
_BARE_ORDINAL = re.compile(rf"(?:the\s{{1,3}})?(?P<ordinal>{_ORDINALS})", re.IGNORECASE)
# The noun of a round an ordinal names: "first round" -> "round", "second wave" -> "wave".
_ROUND_NOUN = re.compile(
    rf"\b(?:{_ORDINALS})\s{{1,3}}(?P<noun>rounds?|waves?|editions?|cycles?|phases?)\b",
    re.IGNORECASE,
)
# A sentence on a survey's sample, where a list of rounds' counts (a breakdown to the list
# readers) is the rounds' samples: "were interviewed", "surveyed", "reached by the poll".
_SAMPLE_CUE = re.compile(
    r"\b(?:survey(?:s|ed)?|polls?|polled|questionnaires?|interview(?:s|ed)?|respondents?"
    r"|sampled?|assessments?|assessed)\b",
    re.IGNORECASE,
)


def _round_of(part: Part) -> str | None:
    """The ordinal (or number) of the survey's round a part's category names, or None.

    >>> _round_of(Part("responded to the second round in July", 112, 0, 1))
    'second'
    >>> _round_of(Part("round 3", 2800, 0, 1))
    '3'
    """
    found = _ROUND.search(part.category or "")
    if found is None:
        return None
    return (found["ordinal"] or found["number"]).lower()


def _rounds_of(tally: Tally) -> list[str | None]:
    """Each part's round; a bare ordinal names one where another part names its noun."""
    rounds = [_round_of(part) for part in tally.parts]
    if all(found is None for found in rounds):
        return rounds
    for index, part in enumerate(tally.parts):
        if rounds[index] is None and (
            bare := _BARE_ORDINAL.fullmatch((part.category or "").strip())
        ):
            rounds[index] = bare["ordinal"].lower()
    return rounds


def _name_elided_rounds(tally: Tally) -> None:
    """Give a part named by a bare ordinal the noun of the round another part names.

    >>> tally = Tally("survey", 0, 9, [Part("first round", 2400, 0, 4), Part("second", 2650, 5, 9)])
    >>> _name_elided_rounds(tally)
    >>> [part.category for part in tally.parts]
    ['first round', 'second round']
    """
    named = next(
        (found for part in tally.parts if (found := _ROUND_NOUN.search(part.category or ""))),
        None,
    )
    if named is None:
        return
    for part in tally.parts:
        if (bare := _BARE_ORDINAL.fullmatch((part.category or "").strip())) is not None:
            part.category = f"{bare['ordinal']} {named['noun'].lower()}"


# How far before a tally its sentence's survey may be named.
_CUE_REACH = 200
_STOP = re.compile(r"[.!?;]\s")


def _on_a_sample(text: str, tally: Tally) -> bool:
    """Whether the sentence of ``tally``, up to its end, names a survey's sample.

    >>> text = "The assessment covered 1,500 households in the first round and 1,620 in the second."
    >>> _on_a_sample(text, Tally("breakdown", 23, len(text) - 1, []))
    True
    """
    lo = max(0, tally.start - _CUE_REACH)
    stops = [stop.end() for stop in _STOP.finditer(text, lo, tally.start)]
    return _SAMPLE_CUE.search(text, stops[-1] if stops else lo, tally.end) is not None


def with_rounds_apart(tallies: list[Tally], text: str = "") -> list[Tally]:
    """``tallies`` with each survey whose parts answer different rounds split into its rounds.

    Parameters
    ----------
    tallies
        The tallies kept for one paragraph, in order.
    text
        The paragraph string the tally readers read: a list of rounds' counts that the
        readers took for a breakdown is split where its words speak of a survey's sample.

    Returns
    -------
    list of Tally
        The same tallies, in order, but a survey with no stated whole whose every part
        names a round of its own ("responded to the first survey", "to the second round",
        "in round 3") comes back as one one-part survey per round; so does such a
        breakdown whose words name a survey, interviews or respondents, its parts taking
        the first part's counted noun where they have none.

    Examples
    --------
    >>> first = Part("responded to the first survey", 122, 0, 40)
    >>> second = Part("responded to the second round", 112, 48, 80)
    >>> [len(t.parts) for t in with_rounds_apart([Tally("survey", 0, 80, [first, second])])]
    [1, 1]
    """
    kept: list[Tally] = []
    for tally in tallies:
        rounds = _rounds_of(tally)
        if (
            tally.kind not in ("survey", "breakdown")
            or tally.total is not None
            or len(tally.parts) < 2
            or None in rounds
            or len(set(rounds)) != len(rounds)
            or (tally.kind == "breakdown" and not _on_a_sample(text, tally))
        ):
            kept.append(tally)
            continue
        _name_elided_rounds(tally)
        counted = next((part.counted for part in tally.parts if part.counted), None)
        for part in tally.parts:
            if part.counted is None and counted is not None:
                part.counted = counted
                part.counted_inherited = True
        kept.extend(
            Tally(
                "survey",
                part.start,
                part.end,
                [part],
                subject=tally.subject or counted,
                unit=tally.unit,
            )
            for part in tally.parts
        )
    return kept


def without_parallel_events(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the runs of counts that are parallel events, times or means.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for one paragraph, in order.

    Returns
    -------
    list of Tally
        The same tallies, in order, less those whose counts are events of different
        groups, counts named by days or months, a count and the means of its act, flows
        in and out, or an exception.

    Examples
    --------
    >>> text = "300 children were released in February and 200 in April"
    >>> feb = Part("February", 300, 0, 38)
    >>> apr = Part("April", 200, 43, len(text))
    >>> without_parallel_events(text, [Tally("breakdown", 0, len(text), [feb, apr])])
    []
    """
    if not tallies:
        return tallies
    kept = [
        tally
        for tally in tallies
        if tally.kind == "vote"
        or not (
            _named_by_times(tally)
            or _events_of_groups(text, tally)
            or _means_of_one_act(text, tally)
            or _flows_in_and_out(text, tally)
            or _excepted(text, tally)
            or _times_apart_by_tense(text, tally)
            or _moves_between_categories(text, tally)
        )
    ]
    return kept if len(kept) != len(tallies) else tallies


# A survey's first round named before its one count: "The first round of the survey was
# completed by officials of 118 countries".
_FIRST_ROUND_BEFORE = re.compile(
    r"\b(?:first|initial)\s{1,3}(?:round|wave|phase|cycle)\b", re.IGNORECASE
)
_FIRST_ROUND_REACH = 120
# A later round after it with its verb elided: ", and the second round from 149 countries",
# ", while the second wave by 96 Member States" (a few words may stand before the count).
_LATER_ROUND = re.compile(
    rf"""
    \s{{0,3}},?\s{{1,3}}(?:and|while|whereas)\s{{1,3}}(?:the\s{{1,3}})?
    (?:second|third|fourth|fifth|final|last)\s{{1,3}}(?:round|wave|phase|cycle)
    \s{{1,3}}(?:from|by|with)\s{{1,3}}(?:[A-Za-z][\w-]{{0,20}}\s{{1,3}}){{0,4}}?
    (?P<count>{WORD_COUNT_PATTERN})\s{{1,3}}(?P<noun>[A-Za-z][\w-]{{1,30}})
    """,
    re.VERBOSE,
)
_LATER_ROUND_REACH = 80  # characters from the first round's count to the later round


def with_later_rounds(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with the later round of a survey whose verb is elided, a survey of its own.

    "The first round of the survey was completed by officials of 118 countries between May
    and June, and the second round from 149 countries between July and October": those
    who completed the second round are a one-part survey with the first round's category
    ("completed the survey" 149), as rounds are surveys of their own
    (:func:`with_rounds_apart`).

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for one paragraph, in order.

    Returns
    -------
    list of Tally
        ``tallies`` and, after each one-part survey with no total in a clause that names a
        first round, the survey of the later round that follows it within
        :data:`_LATER_ROUND_REACH` characters, in order.

    Examples
    --------
    >>> text = "The first round was completed by 118 States, and the second round by 149 States."
    >>> first = Tally("survey", 33, 43, [Part("completed the survey", 118, 33, 43)])
    >>> [(t.parts[0].category, t.parts[0].count) for t in with_later_rounds(text, [first])]
    [('completed the survey', 118), ('completed the survey', 149)]
    """
    if " round" not in text and " wave" not in text:
        return tallies  # the cheap gate
    kept: list[Tally] = []
    for at, tally in enumerate(tallies):
        kept.append(tally)
        if (
            tally.kind != "survey"
            or tally.total is not None
            or len(tally.parts) != 1
            or tally.parts[0].count is None
            or _FIRST_ROUND_BEFORE.search(
                text, max(0, tally.start - _FIRST_ROUND_REACH), tally.start
            )
            is None
        ):
            continue
        stop = tallies[at + 1].start if at + 1 < len(tallies) else len(text)
        for later in _LATER_ROUND.finditer(text, tally.end, stop):
            if later.start() - tally.end > _LATER_ROUND_REACH:
                break
            count, ocr = read_count(later["count"])
            if count is None or ocr:
                break
            first = tally.parts[0]
            end = later.end("noun")
            if first.counted:
                # the later round counts the same noun: "118 countries ... 149 countries"
                if not text.startswith(first.counted, later.start("noun")):
                    break
                end = later.start("noun") + len(first.counted)
            elif later["noun"].lower() in ("per", "percent"):
                break  # "by 3 per cent more": a change, no count of those who replied
            part = Part(first.category, count, later.start("count"), end)
            part.counted = first.counted
            kept.append(Tally("survey", part.start, part.end, [part], unit=tally.unit))
            break
    return kept
