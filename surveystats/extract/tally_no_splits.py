"""Readings of the list readers that split no one group, and lists that hold two splits.

The readers of lists take any run of parallel counts for the parts of one whole. Three
shapes are lists of counts that are not:

- counts of the stages of one process, the later a subset of the earlier: "180,000
  cases and 1,300 deaths were reported" (the deaths are among the cases), "3,000 arrests
  and 450 convictions", "900 applications and 120 approvals". No tally
  (:func:`without_false_splits`).
- counts that each carry their share of a whole of their own: "43 individuals (5%) in
  town A and 12 individuals (4%) in town B report ..." (43 of about 860, 12 of about
  300; neither share is one of the 55). Where the wholes the shares imply cannot be one
  number, whatever the rounding of the shares, the counts and their shares are no split
  of one group. No tally (:func:`without_false_splits`).
- counts that are items of a longer list whose first item is another thing: "the 54-member
  Council ... of the 14 agencies, 10 functional commissions and 5 regional commissions"
  lists kinds of bodies, the first as much an item as the others; the readers take the
  first for a whole (its "of the" notwithstanding, though the others exceed it) or leave
  it out, and split the rest. No tally (:func:`without_false_splits`).
- the kinds of seat of a body with no whole stated: "Africa seeks two permanent seats and
  five non-permanent seats", "the Council would have 11 permanent and 14 non-permanent
  members" say what a group claims or holds in a body, or what the body is made of, and
  count no group split by kind. No tally (:func:`without_false_splits`); "Of its 15
  seats, 5 are permanent and 10 non-permanent" states the whole and stays a split, and
  seats split by who won them ("53 went to the Union, 18 to the Front") are no kinds.
- counts of States that acted on different instruments: "185 States have ratified it and
  100 have ratified its Optional Protocol" counts overlapping sets, whichever reader read
  it (:func:`~surveystats.extract.tally_treaties.counts_treaty_acts`). No tally.
- people beside things: "One person died in the north, more than 200 houses and 3
  hospitals were damaged" lists a person that something befell beside buildings, which
  are no parts of one whole, whatever verb the list shares. No tally
  (:func:`without_false_splits`); recipients of one act ("300 people and 12 schools
  received hygiene kits") stay.
- a body's authorized strength: "The Mission's authorized strength is 16,000 military
  personnel and 1,800 police" states a ceiling, as "up to 6,000 troops" does, not counts
  of what it has. No tally (:func:`without_false_splits`, by
  :func:`~surveystats.extract.tally_mission_strengths.states_authorized_strength`).
- one answer given again for another group or place: "While 1.1 percent in urban areas
  said so, 1.6 percent said the same in rural areas" has no categories. No tally
  (:func:`without_false_splits`).
- the precision of a survey's estimates: "generalizable with a 90% level of confidence and
  10% margin of error" states two figures of the estimates, no shares of anyone. No
  tally (:func:`without_false_splits`).
- a nest written as one list: "102 people were killed and 199 injured, including 56
  killed and 89 injured in the past 24 hours" repeats after "including" the labels of
  the parts before it; the later pair is a subset of the first, not two more parts. Two
  tallies, the later labelled with the words its last label adds ("in the past 24
  hours"), or counting who its last label's verb names ("..., of whom 96 killed and
  240 injured were children") (:func:`with_nests_apart`).

A label may also hold a count of its own: "633,000 individuals (94%) originate from 29
African countries, with 37,000 (6%) from 9 Asian countries" splits the individuals by
where they come from, "African countries" and "Asian countries"; the count of countries
is no word of the label; nor is a long phrase every label repeats before its place ("790
individuals displaced from their homes in camp A and 290 individuals displaced from their
homes in camp B": "camp A", "camp B") (:func:`with_counts_out_of_labels`). And the parts of a split
may be counted again in another unit, in parentheses right after them: "reaching 279,000
returnee families and 355,000 IDP families (corresponding to 1.67 million returnee and
2.13 million IDP individuals)" is a second tally, in individuals
(:func:`find_restated_parts`). A count of households in parentheses after a count of
people ("790 individuals (131 households) displaced from their homes in camp A and 290
individuals (48 households) ...") is the same group in another unit, no part: the readers
see the text without it (:func:`mask_household_asides`).

Each function looks at the tallies the readers kept, once each: linear time.
"""

from __future__ import annotations

import re
from fractions import Fraction

from surveystats.extract.phrases import singular_noun
from surveystats.extract.tally_items import AUXILIARIES, PEOPLE_NOUNS
from surveystats.extract.tally_mission_strengths import states_authorized_strength
from surveystats.extract.tally_parts import Part, Tally
from surveystats.extract.tally_treaties import counts_treaty_acts
from surveystats.text import NUMBER_WORDS
from surveystats.text.dates import MONTH_PATTERN

__all__ = [
    "find_restated_parts",
    "mask_age_asides",
    "mask_household_asides",
    "with_counts_out_of_labels",
    "with_nests_apart",
    "without_false_splits",
]

# The stages of one process, by the head noun of the count of the first stage: a count of
# a later stage is a subset of it ("cases" -> "deaths"), never a part beside it.
_LATER_STAGES: dict[str, frozenset[str]] = {
    "case": frozenset({"death", "fatality", "recovery", "hospitalization", "hospitalisation"}),
    "infection": frozenset({"death", "fatality"}),
    "arrest": frozenset({"conviction", "indictment", "prosecution", "charge", "sentence"}),
    "application": frozenset({"approval", "rejection", "grant", "refusal"}),
    "claim": frozenset({"approval", "rejection", "award"}),
    "complaint": frozenset({"conviction", "prosecution", "indictment"}),
}
# Words that open a subset of what the list before them counted.
_NEST_CUE = re.compile(
    r"[\s,;(]{1,4}(?:including|of\s{1,3}whom|of\s{1,3}which|among\s{1,3}them)\s{1,3}$"
)
_NEST_CUE_REACH = 20  # characters between the last part before the cue and the cue's end
_WORD = r"[A-Za-z][\w'’/-]{0,30}"
# One count of an aside that restates a split's parts: "1.6 million returnee", "2.1
# million IDP individuals".
_RESTATED_PART = (
    rf"(?:\d{{1,3}}(?:\.\d{{1,3}})?\s{{1,3}}(?:million|thousand)|\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})"
    rf"(?:\s{{1,3}}{_WORD}){{1,4}}"
)
_RESTATED = re.compile(
    r"\s{0,3}\(\s{0,3}(?:corresponding|equivalent|amounting)\s{1,3}to\s{1,3}"
    rf"(?P<list>{_RESTATED_PART}(?:\s{{0,3}},\s{{1,3}}{_RESTATED_PART}){{0,6}}"
    rf",?\s{{1,3}}and\s{{1,3}}{_RESTATED_PART})\s{{0,3}}\)"
)
_ONE_RESTATED = re.compile(
    r"(?P<figure>\d{1,3}(?:\.\d{1,3})?\s{1,3}(?:million|thousand)|\d{1,3}(?:,\d{3})+|\d{1,6})"
    rf"(?P<label>(?:\s{{1,3}}(?!and\b){_WORD}){{1,4}})"
)
_RESTATED_SCALES = {"million": 1_000_000, "thousand": 1_000}
# People counted, then their households in parentheses: "790 individuals (131 households)".
_HOUSEHOLD_ASIDE = re.compile(
    r"\d\s{1,3}(?:individuals|people|persons|IDPs|refugees|returnees|migrants)\s{0,3}"
    r"(?P<aside>\(\s{0,3}\d{1,3}(?:,\d{3})*\s{1,3}(?:households|families|HHs?)\s{0,3}\))"
)
# Words that open a subset of a count in the same sentence ("..., including 30,000 in A").
_NESTING = re.compile(r"\b(?:including|of\s{1,3}wh(?:om|ich)|among\s{1,3}them)\b")
_SENTENCE_REACH = 300  # characters either side of an aside where its sentence may nest
# Prepositions that end a phrase every label of a split repeats before what differs.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "across", "of"})
_MIN_SHARED_WORDS = 4  # "displaced from their homes in": a participle phrase, not "women in"
# A label that opens on a preposition (maybe after its verb), then a count of what it
# names: "from 29 different African countries", "came from 14 West African countries" (a
# year is no such count: four digits without a comma).
_COUNT_IN_LABEL = re.compile(
    rf"(?:[a-z]{{2,20}}\s{{1,3}})?(?:from|in|across|to)\s{{1,3}}(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})\s{{1,3}}"
    r"(?:(?:different|other|distinct)\s{1,3})?(?P<rest>[A-Za-z].{0,80})",
    re.IGNORECASE,
)
# How far apart the wholes that counts and their shares imply must lie, beyond the
# rounding of both, to be different wholes: shares are often rounded loosely ("26 cases,
# 10 per cent", "6 cases, 2.5 per cent" come from one whole of about 245).
_WHOLE_SLACK = Fraction(5, 4)
# A count, its noun and the comma before the next count of its list: "10 treaty bodies, ".
# A day and its month ("Between 1 October and 2 November, 71 Palestinians ...") is a date
# before the split, no item of its list.
_ITEM_BEFORE = re.compile(
    r"(?<![\w.,])(?P<figure>\d{1,3}(?:,\d{3})+|\d{1,6})"
    rf"(?!\s{{1,3}}{MONTH_PATTERN})(?:\s{{1,3}}[A-Za-z][\w'’-]{{0,30}}){{1,6}}"
    r"\s{0,3},\s{1,3}$"
)
_ITEM_REACH = 120  # characters before a split where the list item before it may start
# A kind of seat or member of a body, as a part's whole label: "permanent", "additional
# non-permanent seats", "non- permanent members" (a line break may split the hyphen).
_SEAT_KIND = re.compile(
    r"(?:(?:additional|new|further|extra|more)\s{1,3})?(?:non-\s{0,2})?(?:permanent|elective|rotating)"
    r"(?:\s{1,3}(?P<noun>seats?|members?|memberships?))?"
)


# A claim or a proposal before kinds of seat: what a group asks a body to have.
_CLAIM = re.compile(
    r"\b(?:seek|sought|demand|deserv|ask|call|claim|want|request|propos|insist|aspir|entitle"
    r"|would|should|could|must|shall|will|need|expan|enlarg|increas|add|reform|position"
    r"|support|favou?r)",
    re.IGNORECASE,
)
_CLAIM_REACH = 150  # characters before kinds of seat where their claim may stand


def _head(part: Part) -> str | None:
    """The head noun of what a part counts: its counted noun, else its label's first word.

    A counted noun a part only inherits from the part before gives way to its own label:
    in "3,734 new cases with dehydration and 1 new death" the death counts no case.

    >>> _head(Part("new death", 1, 0, 9, counted="new cases", counted_inherited=True))
    'death'
    """
    phrase = part.category if part.counted_inherited and part.category else part.counted
    phrase = phrase or part.category
    if not phrase:
        return None
    words = phrase.split()
    # "deaths of cholera": the head before "of"; "cholera cases": the last word
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return singular_noun(head.lower())


def _counts_stages(tally: Tally) -> bool:
    """Whether the counts include a stage of a process and a later stage of it."""
    if tally.unit != "count" or len(tally.parts) < 2:
        return False
    heads = {head for part in tally.parts if (head := _head(part)) is not None}
    return any(heads & later for first, later in _LATER_STAGES.items() if first in heads)


def _implied_whole(count: int, percent: float, decimals: int | None) -> tuple[Fraction, Fraction]:
    """The range of wholes of which ``count`` is ``percent``, the share as rounded."""
    share = Fraction(str(percent))
    half = Fraction(1, 2 * 10 ** (decimals or 0))
    return Fraction(count * 100) / (share + half), Fraction(count * 100) / (share - half)


def _rounding(count: int) -> Fraction:
    """Half the unit of a count's last written digit where it ends in zeros, else 0.

    >>> _rounding(1_200_000), _rounding(43)
    (Fraction(50000, 1), Fraction(0, 1))
    """
    unit = 1
    while count % (unit * 10) == 0 and count >= unit * 10:
        unit *= 10
    return Fraction(unit, 2) if unit > 1 else Fraction(0)


def _own_wholes(pairs: list[tuple[Part, Part]]) -> bool:
    """Whether counts and their shares imply wholes that cannot be one number.

    ``pairs`` holds each count's part and the part that holds its share (the same part
    where one part holds both).
    """
    if len(pairs) < 2:
        return False
    lows, highs = [], []
    for counted, shared in pairs:
        if counted.count is None or shared.percent is None or counted.count <= 0:
            return False
        half = Fraction(1, 2 * 10 ** (shared.decimals or 0))
        if Fraction(str(shared.percent)) <= half:
            return False  # "(0%)": any whole at all
        low, high = _implied_whole(counted.count, shared.percent, shared.decimals)
        rounded = _rounding(counted.count)  # "1,200 (40%)": 1,150 to 1,250 as well
        low = low * (counted.count - rounded) / counted.count
        high = high * (counted.count + rounded) / counted.count
        lows.append(low)
        highs.append(high)
    return max(lows) > min(highs) * _WHOLE_SLACK


def _share_pairs(
    tally: Tally, tallies: list[Tally]
) -> tuple[Tally | None, list[tuple[Part, Part]]]:
    """The parts of a count tally paired with their shares, and the tally holding them.

    Shares are in the count's own parts ("43 (5%) in A"), or in a tally of shares over
    the same labels that the readers read beside the counts (one of ``tallies``, the
    paragraph's tallies of shares in text order).
    """
    if all(part.percent is not None for part in tally.parts):
        return None, [(part, part) for part in tally.parts]
    for other in tallies:
        if (
            other is not tally
            and other.unit == "percent"
            and len(other.parts) == len(tally.parts)
            and other.start < tally.end
            and tally.start < other.end
            and all(
                # the share written by its count: "43 individuals (5%) in A"
                share.category == part.category
                and share.start < part.end
                and part.start < share.end
                for share, part in zip(other.parts, tally.parts, strict=True)
            )
        ):
            return other, list(zip(tally.parts, other.parts, strict=True))
    return None, []


def _after_list_item(text: str, tally: Tally) -> bool:
    """Whether a count its parts exceed is the item right before them in one list.

    Only parts labelled by their own counted nouns ("10 functional commissions") are
    items of such a list: "Of the 50 States surveyed, 30 had ratified ..." splits the 50
    (its parts may overlap), "By 15 March, 126 States ..." is dated.
    """
    if len(tally.parts) < 2 or any(
        part.counted is None or part.counted_inherited or part.category != part.counted
        for part in tally.parts
    ):
        return False
    start = tally.parts[0].start  # the split's span may have grown to take in a whole
    item = _ITEM_BEFORE.search(text, max(0, start - _ITEM_REACH), start)
    return item is not None and sum(part.count or 0 for part in tally.parts) > int(
        item["figure"].replace(",", "")
    )


def _seat_kinds(text: str, tally: Tally) -> bool:
    """Whether a split with no whole counts only kinds of seat a body is asked to have.

    A claim or a proposal ("Africa seeks two permanent and five non-permanent seats", "the
    Council would have 11 permanent and 14 non-permanent members") counts no seats held;
    the body's make-up stated as a fact ("The Council comprises five permanent members and
    10 non-permanent members") is a split of its members.

    >>> permanent = Part("permanent seats", 2, 6, 23, counted="permanent seats")
    >>> elected = Part("non-permanent seats", 5, 28, 51, counted="non-permanent seats")
    >>> text = "Seeks 2 permanent seats and 5 non-permanent seats"
    >>> _seat_kinds(text, Tally("breakdown", 6, 51, [permanent, elected]))
    True
    >>> _seat_kinds("Holds " + text[6:], Tally("breakdown", 6, 51, [permanent, elected]))
    False
    >>> staff = Part("non-permanent staff", 12, 28, 51, counted="staff")
    >>> _seat_kinds(text, Tally("breakdown", 6, 51, [permanent, staff]))
    False
    """
    if tally.total is not None or len(tally.parts) < 2:
        return False
    opening = max(text.rfind(". ", 0, tally.start) + 1, tally.start - _CLAIM_REACH)
    if _CLAIM.search(text, opening, tally.start) is None:
        return False
    kinds = [_SEAT_KIND.fullmatch((part.category or "").lower()) for part in tally.parts]
    return all(kinds) and any(kind["noun"] for kind in kinds if kind is not None)


def without_false_splits(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the lists of counts that split no one group.

    Counts of a process's stages ("180,000 cases and 1,300 deaths"), counts whose
    shares are shares of wholes of their own ("43 individuals (5%) in A and 12
    individuals (4%) in B"), with the tally of their shares, and counts that follow a
    smaller count of their own list ("the 10 treaty bodies, 45 thematic mandates and 14
    country mandates"), and the kinds of seat of a body with no whole stated ("two
    permanent and five non-permanent seats") are dropped.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for one paragraph, in order.

    Returns
    -------
    list of Tally
        The same tallies, in order, less those that are no split.

    Examples
    --------
    >>> cases = Part("cases", 180000, 0, 13, counted="cases")
    >>> deaths = Part("deaths", 1300, 18, 30, counted="deaths")
    >>> without_false_splits("", [Tally("breakdown", 0, 30, [cases, deaths])])
    []
    >>> a = Part("in A", 43, 0, 20, percent=5.0, decimals=0)
    >>> b = Part("in B", 12, 25, 45, percent=4.0, decimals=0)
    >>> without_false_splits("", [Tally("breakdown", 0, 45, [a, b])])
    []
    """
    dropped: set[int] = set()
    percents = [tally for tally in tallies if tally.unit == "percent"]  # the shares' tallies
    for tally in tallies:
        if tally.kind != "vote" and (
            _states_precision(tally)
            or _same_answer_again(tally)
            or _told_by_time(tally)
            or _narrowed_to_one_place(tally)
            or _overlapping_needs(text, tally)
            or _dead_beside_missing(tally)
            or _people_beside_things(tally)
        ):
            dropped.add(id(tally))
            continue
        if tally.unit != "count" or tally.kind == "vote":
            continue
        if (
            _counts_stages(tally)
            or _counts_differences(tally)
            or _measures(tally)
            or _seat_kinds(text, tally)
            or states_authorized_strength(text, tally)
            or (tally.kind != "vote" and _after_list_item(text, tally))
            or counts_treaty_acts(text, tally)
        ):
            dropped.add(id(tally))
            continue
        shares, pairs = _share_pairs(tally, percents) if tally.total is None else (None, [])
        if _own_wholes(pairs):
            dropped.add(id(tally))
            if shares is not None:
                dropped.add(id(shares))
    if not dropped:
        return tallies
    return [tally for tally in tallies if id(tally) not in dropped]


_DEATH_WORDS = frozenset(("killed", "died", "dead", "deaths", "death", "fatalities", "drowned"))
_MISSING = re.compile(r"\b(?:missing|unaccounted)\b")


def _dead_beside_missing(tally: Tally) -> bool:
    """Whether ``tally`` is the dead and the missing alone, with no whole stated.

    "Some 212 people died in the floods, with 132 people still missing": the missing may
    yet be found alive or dead, and the two counts split no one group (the README's
    convention: the dead beside the missing, the displaced or the sick). A toll that also
    counts the injured ("48 killed, 97 injured and 6 missing") is left as it is read.

    >>> died = Part("died in the floods", 212, 0, 30)
    >>> missing = Part("still missing", 132, 40, 60)
    >>> _dead_beside_missing(Tally("breakdown", 0, 60, [died, missing]))
    True
    """
    if tally.total is not None or len(tally.parts) != 2:
        return False
    words = [set((part.category or "").lower().split()) for part in tally.parts]
    missing = [bool(_MISSING.search((part.category or "").lower())) for part in tally.parts]
    return any(
        missing[other] and not missing[this] and words[this] & _DEATH_WORDS
        for this, other in ((0, 1), (1, 0))
    )


# Heads of counted nouns that count people besides the package's nouns of people.
_PEOPLE_HEADS = frozenset(("person", "man", "woman", "child"))
# What befalls people in a disaster or an attack, as a label of theirs says it.
_BEFELL_PEOPLE = frozenset(
    """
    killed dead died wounded injured maimed missing affected displaced evacuated rescued
    homeless
    """.split()  # noqa: SIM905
)
# Heads of counted nouns that count things built, kept or used, never people: what a
# disaster or an attack damages beside whom it harms.
_THING_HEADS = frozenset(
    """
    houses homes shelters schools hospitals buildings facilities shops markets vehicles
    bridges roads latrines wells tents classrooms mosques churches clinics centres centers
    structures premises offices warehouses boats trucks cars livestock cattle animals
    """.split()  # noqa: SIM905
)


def _people_beside_things(tally: Tally) -> bool:
    """Whether ``tally`` lists people beside things, with no whole stated.

    "One person died in the north, more than 200 houses and 3 hospitals were damaged":
    a person and houses are no parts of one whole, whatever verb the list shares. Each
    part names its own counted noun (none inherits the noun of the part before it); one
    counts people and says what befell them (died, injured, affected, displaced, ...),
    another counts things built or kept (houses, schools, vehicles, livestock). Those who
    received something beside the things that did ("1,200 households and 823 schools
    received solar lamps") are recipients of one act, and stay.

    >>> person = Part("person died in the north", 1, 0, 20, counted="person")
    >>> houses = Part("houses", 200, 30, 40, counted="houses")
    >>> _people_beside_things(Tally("breakdown", 0, 40, [person, houses]))
    True
    """
    if tally.total is not None or tally.unit != "count" or len(tally.parts) < 2:
        return False
    heads = [
        part.counted.split()[-1].lower()
        for part in tally.parts
        if part.counted and not part.counted_inherited
    ]
    if len(heads) != len(tally.parts):
        return False
    people = any(
        (head in PEOPLE_NOUNS or head in _PEOPLE_HEADS or f"{head}s" in PEOPLE_NOUNS)
        and not _BEFELL_PEOPLE.isdisjoint((part.category or "").lower().split())
        for head, part in zip(heads, tally.parts, strict=True)
    )
    return people and any(head in _THING_HEADS for head in heads)


# A count of how many more or fewer there were: "12 fewer public meetings and 6 more private
# meetings" ("more than a year" is an answer, and stays).
_DIFFERENCE = re.compile(r"(?:more|fewer|less)\s(?!than\b)")


def _counts_differences(tally: Tally) -> bool:
    """Whether a part counts a difference ("6 more private meetings"), not a group.

    >>> fewer = Part("fewer public meetings", 12, 0, 24, counted="fewer public meetings")
    >>> more = Part("more private meetings", 6, 29, 52, counted="more private meetings")
    >>> _counts_differences(Tally("breakdown", 0, 52, [fewer, more]))
    True
    """
    return any(
        _DIFFERENCE.match(label.lower()) is not None
        for part in tally.parts
        for label in (part.category, part.counted)
        if label
    )


# Units of measure written out: what they count is a length, an area, a weight or a volume,
# no group of people or things split into parts ("92.5 million square meters of land was
# cleared from mines, and 22.3 million square meters from cluster bombs").
_MEASURE_UNIT = re.compile(
    r"(?:square|cubic)\s(?:met(?:re|er)s?|kilomet(?:re|er)s?|miles?|feet)|hectares?|acres?"
    r"|kilomet(?:re|er)s?|km2?|miles?|(?:metric\s)?(?:tonnes?|tons?)|litres?|liters?|gallons?"
    r"|kilograms?|kg|megawatts?|MW"
)


def _measures(tally: Tally) -> bool:
    """Whether a list with no stated whole counts units of measure in every named part.

    "2.4 million square kilometres, about 900,000 of them desert" states its whole and
    stays a split.

    >>> mines = Part("mines", 92500000, 0, 40, counted="square meters")
    >>> bombs = Part("cluster bombs", 22300000, 45, 90, counted="square meters")
    >>> _measures(Tally("breakdown", 0, 90, [mines, bombs]))
    True
    """
    if tally.total is not None:
        return False
    counted = [part.counted for part in tally.parts if part.counted]
    return bool(counted) and all(
        _MEASURE_UNIT.fullmatch(" ".join(noun.split())) is not None for noun in counted
    )


# A label that is only a time or a rate, or a time span a later part is counted in: "2,400
# on Monday and 2,601 on Tuesday", "400 interviews ... per country, ... 800 ... in each",
# "659,073 had crossed ..., with 82,691 arriving in the past three months".
_TIME_ONLY_LABEL = re.compile(
    r"""(?:on\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)
    |per\s[a-z]+|in\seach|each|every\s(?:single\s)?(?:day|week|month|year)
    |(?:[a-z]+ing\s)?(?:since|(?:in|over|during|within)\sthe\s(?:past|last|previous))\b.*""",
    re.VERBOSE,
)


def _told_by_time(tally: Tally) -> bool:
    """Whether a part of a tally with no stated whole is labelled by a time or a rate.

    Counts by day or per unit are a series or a rate, and a later part counted since a
    date or in a recent span is a subset of an earlier one, no category beside it.

    >>> monday = Part("Monday", 2400, 0, 14)
    >>> tuesday = Part("Tuesday", 2601, 19, 34)
    >>> _told_by_time(Tally("breakdown", 0, 34, [monday, tuesday]))
    True
    """
    if tally.total is not None:
        return False
    return any(
        part.category is not None
        and _TIME_ONLY_LABEL.fullmatch(" ".join(part.category.lower().split())) is not None
        for part in tally.parts
    )


def _narrowed_to_one_place(tally: Tally) -> bool:
    """Whether the last part is some of an earlier one, in one place "alone".

    "Approximately 50 per cent of IDPs were hosted across the Darfur states, with nearly
    17 per cent of all IDPs hosted in South Darfur alone": South Darfur is among the Darfur
    states, no category beside them.

    >>> darfur = Part("hosted across the Darfur states", 50, 0, 30)
    >>> south = Part("hosted in South Darfur alone", 17, 40, 70)
    >>> _narrowed_to_one_place(Tally("breakdown", 0, 70, [darfur, south]))
    True
    """
    if tally.total is not None or len(tally.parts) != 2:
        return False
    first, last = (part.category or "" for part in tally.parts)
    return _ALONE_AT_END.search(last) is not None and _ALONE_AT_END.search(first) is None


def _overlapping_needs(text: str, tally: Tally) -> bool:
    """Whether two or more parts count people by what they lack, with no whole stated.

    "675 million people still without electricity and 2.3 billion still relying on harmful
    cooking fuels", "80,000 children will have no access to basic healthcare, and 100,000
    ... will not be immunized": the same people may lack both, so the counts split no
    group (the README's "have no access to X, 2 billion have no access to Y").

    >>> power = Part("without electricity", 675, 0, 30)
    >>> fuel = Part("relying on harmful cooking fuels", 2300, 40, 80)
    >>> _overlapping_needs("", Tally("breakdown", 0, 80, [power, fuel]))
    True
    """
    if tally.total is not None or tally.unit != "count":
        return False
    return (
        sum(
            1
            for part in tally.parts
            if _NEED.match(part.category or "") or _LACKS.search(text, part.start, part.end)
        )
        >= 2
    )


_NEED = re.compile(
    r"(?:still\s{1,3})?(?:without|no\s{1,3}access|lack(?:ing|s|ed)?\b|relying|unable"
    r"|(?:will\s{1,3})?not\s{1,3}(?:be\s{1,3})?(?:immunized|vaccinated|able|have)|in\s{1,3}need)",
    re.IGNORECASE,
)
# The verb of lacking inside a part, before its label: "2.2 billion people lack safely
# managed drinking water".
_LACKS = re.compile(r"\b(?:lack|lacked|lacking|(?:have|had|has)\s{1,3}no\s{1,3}access)\b")
_ALONE_AT_END = re.compile(r"(?<!living )(?<!travelled )\b[A-Z][\w'’-]*\s{1,3}alone$")


# What a survey's precision is stated as: "with a 95% level of confidence and 5% margin of
# error" gives two figures of the estimates, no share of anyone.
_PRECISION_LABEL = re.compile(
    r"(?:(?:sampling|statistical)\s)?(?:level\sof\sconfidence|confidence\s(?:level|interval)"
    r"|margins?\sof\serror|error\smargins?|sampling\serror)\b",
    re.IGNORECASE,
)


def _states_precision(tally: Tally) -> bool:
    """Whether a part of ``tally`` in per cent is a confidence level or a margin of error.

    >>> level = Part("level of confidence", None, 0, 20, percent=95.0)
    >>> error = Part("margin of error", None, 25, 45, percent=5.0)
    >>> _states_precision(Tally("breakdown", 0, 45, [level, error], unit="percent"))
    True
    """
    return any(
        part.percent is not None and _PRECISION_LABEL.match(part.category or "")
        for part in tally.parts
    )


# A later part that gives the answer of the part before again, for another group or place:
# "said the same in rural areas", "did likewise in the border towns".
_SAME_AGAIN = re.compile(
    r"(?:(?:said|did|answered|replied|reported|felt|thought|agreed)\s)?"
    r"(?:the\ssame|likewise|similarly)\b",
    re.IGNORECASE,
)


def _same_answer_again(tally: Tally) -> bool:
    """Whether a later part of ``tally`` only repeats what the part before it said.

    "While 1.1 percent in urban areas said so, 1.6 percent said the same in rural areas"
    gives one answer's share for two places: no categories of one whole ("180 said so
    and 120 did not" has two).

    >>> so = Part("said so", None, 0, 20, percent=1.1)
    >>> same = Part("said the same in rural areas", None, 25, 60, percent=1.6)
    >>> _same_answer_again(Tally("breakdown", 0, 60, [so, same], unit="percent"))
    True
    """
    return any(_SAME_AGAIN.match(part.category or "") for part in tally.parts[1:])


def _label_words(category: str | None) -> list[str]:
    return category.lower().split() if category else []


def _nest_at(text: str, tally: Tally) -> int | None:
    """The index of the first part after a cue that opens a repeat of the parts before it."""
    parts = tally.parts
    for index in range(2, len(parts) - 1):
        gap = text[parts[index - 1].end : parts[index].start]
        if len(gap) > _NEST_CUE_REACH or _NEST_CUE.search(gap) is None:
            continue
        before = [_label_words(part.category) for part in parts[:index]]
        after = [_label_words(part.category) for part in parts[index:]]
        if len(after) < 2 or not all(words for words in before + after):
            return None
        # every later label opens with the word that opens the earlier one, in order:
        # "killed", "injured in the past 24 hours" after "killed", "injured"
        if len(after) <= len(before) and all(
            later[0] == earlier[0] for earlier, later in zip(before, after, strict=False)
        ):
            return index
        return None
    return None


def with_nests_apart(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a list that repeats its labels after "including" cut in two.

    "102 people were killed and 199 injured, including 56 killed and 89 injured in the
    past 24 hours": the counts after the cue are a subset of those before it, label by
    label. The first tally keeps the parts before the cue; the second the parts after
    it, each label given the words the last one adds to its earlier label ("in the
    past 24 hours").

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for ``text``, in order.

    Returns
    -------
    list of Tally
        The tallies, in order, each nest its own tally after the one it is a subset of.

    Examples
    --------
    >>> text = "102 were killed and 199 injured, including 56 killed and 89 injured today."
    >>> parts = [Part("killed", 102, 0, 15), Part("injured", 199, 20, 31),
    ...          Part("killed", 56, 43, 52), Part("injured today", 89, 57, 73)]
    >>> [[(p.category, p.count) for p in t.parts]
    ...  for t in with_nests_apart(text, [Tally("breakdown", 0, 73, parts)])]
    [[('killed', 102), ('injured', 199)], [('killed today', 56), ('injured today', 89)]]
    """
    result: list[Tally] = []
    for tally in tallies:
        index = _nest_at(text, tally) if tally.unit == "count" and tally.total is None else None
        if index is None:
            result.append(tally)
            continue
        outer, inner = tally.parts[:index], tally.parts[index:]
        earlier = _label_words(outer[len(inner) - 1].category)
        last = (inner[-1].category or "").split()
        shared = 0
        while shared < min(len(earlier), len(last)) and last[shared].lower() == earlier[shared]:
            shared += 1
        added = last[shared:]  # "in the past 24 hours": what the nest's labels add
        subject = tally.subject
        if added and added[0].lower() in AUXILIARIES:
            # "of whom 96 killed and 240 injured were children": who the nest counts
            subject = " ".join(added[1:]) or subject
            inner[-1].category = " ".join(last[:shared])
            for part in inner:
                part.counted, part.counted_inherited = subject, False
        elif added:
            for part, before in zip(inner[:-1], outer, strict=False):
                words = _label_words(part.category)
                if len(words) == 1 and words[0] == _label_words(before.category)[0]:
                    part.category = f"{part.category} {' '.join(added)}"
        tally.parts, end = outer, tally.end
        tally.end = outer[-1].end
        nest = Tally(tally.kind, inner[0].start, end, inner, subject=subject, unit=tally.unit)
        result.extend((tally, nest))
    return result


def _without_shared_phrase(tally: Tally) -> None:
    """Drop the phrase every label of ``tally`` opens with, up to its last preposition."""
    labels = [(part.category or "").split() for part in tally.parts]
    shared = 0
    for words in zip(*labels, strict=False):
        if len({word.lower() for word in words}) > 1:
            break
        shared += 1
    while shared and labels[0][shared - 1].lower() not in _PLACE_PREPOSITIONS:
        shared -= 1
    if shared < _MIN_SHARED_WORDS or any(len(words) == shared for words in labels):
        return
    if any(word[:1].isdigit() for word in labels[0][:shared]):
        return  # "children aged 1 to 11 months", "... aged 1 to 4 years": a bound, no place
    for part, words in zip(tally.parts, labels, strict=True):
        place = words[shared:]
        # "... at the port of Pozzallo were registered": the sentence's verb ends the last
        cut = next((at for at, word in enumerate(place) if at and word in AUXILIARIES), None)
        part.category = " ".join(place[:cut])


def with_counts_out_of_labels(tallies: list[Tally]) -> None:
    """Take the count of what a label names out of the label, in place.

    "from 29 different African countries" becomes "African countries" where every part's
    label holds such a count and the labels stay apart without it; "displaced from their
    homes in camp A" becomes "camp A" where every label opens with the same phrase of at
    least four words up to a preposition of place.

    Parameters
    ----------
    tallies
        The tallies kept for one paragraph; their parts' categories change in place.

    Examples
    --------
    >>> parts = [Part("from 29 different African countries", 633, 0, 40),
    ...          Part("from 9 Asian countries", 37, 45, 70)]
    >>> tally = Tally("breakdown", 0, 70, parts)
    >>> with_counts_out_of_labels([tally])
    >>> [part.category for part in tally.parts]
    ['African countries', 'Asian countries']
    """
    for tally in tallies:
        if len(tally.parts) < 2:
            continue
        _without_shared_phrase(tally)
        trimmed = [
            found["rest"]
            if part.category and (found := _COUNT_IN_LABEL.fullmatch(part.category))
            else None
            for part in tally.parts
        ]
        if None in trimmed or len({label.lower() for label in trimmed if label}) < len(trimmed):
            continue
        for part, label in zip(tally.parts, trimmed, strict=True):
            part.category = label


def _restated_count(figure: str) -> int:
    """The value of "1.6 million" or "2,129,856"."""
    words = figure.split()
    if len(words) == 2:
        return int(Fraction(words[0]) * _RESTATED_SCALES[words[1]])
    return int(figure.replace(",", ""))


def find_restated_parts(text: str, tallies: list[Tally]) -> list[Tally]:
    """The splits that restate another's parts in another unit, in parentheses after them.

    "279,019 returnee families and 354,976 IDP families (corresponding to 1,674,114
    returnee and 2,129,856 IDP individuals)": as many counts as the split before has
    parts, right after its last part, after "corresponding to", "equivalent to" or
    "amounting to". The head noun the last count writes ("individuals") is each label's
    where the others elide it.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for ``text``, in order.

    Returns
    -------
    list of Tally
        The new tallies, one per split restated.

    Examples
    --------
    >>> text = "reaching 279 returnee families and 354 IDP families (corresponding to 1,674 "
    >>> text += "returnee and 2,129 IDP individuals)."
    >>> parts = [Part("returnee families", 279, 9, 30), Part("IDP families", 354, 35, 51)]
    >>> [[(p.category, p.count) for p in t.parts]
    ...  for t in find_restated_parts(text, [Tally("breakdown", 9, 51, parts)])]
    [[('returnee individuals', 1674), ('IDP individuals', 2129)]]
    """
    found = []
    for tally in tallies:
        if tally.unit != "count" or len(tally.parts) < 2:
            continue
        restated = _RESTATED.match(text, tally.end)
        if restated is None:
            continue
        listed = list(_ONE_RESTATED.finditer(text, restated.start("list"), restated.end("list")))
        if len(listed) != len(tally.parts):
            continue
        labels = [one["label"].split() for one in listed]
        head = labels[-1][-1]
        parts = []
        for one, words in zip(listed, labels, strict=True):
            label = " ".join(words if words[-1] == head else [*words, head])
            parts.append(
                Part(label, _restated_count(one["figure"]), one.start(), one.end(), counted=head)
            )
        found.append(
            Tally(tally.kind, listed[0].start(), listed[-1].end(), parts, subject=tally.subject)
        )
    return found


def mask_household_asides(text: str) -> str:
    """``text`` with each count of households after a count of people blanked out.

    "790 individuals (131 households) displaced ... and 290 individuals (48 households)
    ...": the households are the people's, counted in another unit; the list is of
    people. The text keeps its length, so every offset read in it holds in ``text``.

    In a sentence that nests a split ("52,300 IDPs (10,460 households) were identified,
    including 30,000 in Borno (6,000 households) and ..."), the asides stay: the reader of
    nested splits reads past them where the whole and its parts each carry one.

    >>> mask_household_asides("790 individuals (131 households) in A and 290 in B")
    '790 individuals                  in A and 290 in B'
    >>> text = "5,200 IDPs (1,040 households), including 3,000 IDPs (600 households) in A"
    >>> mask_household_asides(text) == text
    True
    """
    asides = [
        match.span("aside")
        for match in _HOUSEHOLD_ASIDE.finditer(text)
        if not _in_nesting_sentence(text, match.start(), match.end())
    ]
    return _blanked(text, asides)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (in order, none overlapping) blanked out."""
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in spans:
        pieces.extend((text[last:start], " " * (end - start)))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def mask_age_asides(text: str) -> str:
    """``text`` with each aside that only gives the ages of a count before it blanked out.

    "UNICEF and partners screened 149,655 children (six to 59 months) with 6,068
    identified with severe acute malnutrition and 18,892 with moderate acute
    malnutrition": the ages say who the children are, and hold no count; read as a
    number, the 59 would stand between the whole and its parts. The text keeps its
    length, so every offset read in it holds in ``text``.

    >>> mask_age_asides("screened 900 children (6-59 months), with 40 identified")
    'screened 900 children              , with 40 identified'
    >>> mask_age_asides("killed 12 people (6 children and 6 women)").endswith("women)")
    True
    """
    asides = [  # right after a counted noun
        match.span()
        for match in _AGE_ASIDE.finditer(text)
        if text[max(0, match.start() - 4) : match.start()].rstrip()[-1:].isalpha()
    ]
    return _blanked(text, asides)


# An aside of ages right after a counted noun: "(six to 59 months)", "(aged 6-59 months)",
# "(under five years)", "(0-17 years old)".
_AGE = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AGE_ASIDE = re.compile(  # opens on its parenthesis: fast
    rf"\(\s{{0,3}}(?:(?:aged|ages|between)\s{{1,3}})?"
    rf"(?:(?:under|below|over|above)\s{{1,3}})?{_AGE}"
    rf"(?:\s{{0,3}}(?:-|–|to|and)\s{{0,3}}{_AGE})?\s{{1,3}}(?:months|years)"
    r"(?:\s{1,3}(?:old|of\s{1,3}age))?\s{0,3}\)"
)


def _in_nesting_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` opens a subset with "including" & co.

    >>> _in_nesting_sentence("Of 9 people (2 households). 5 IDPs, including 3 men", 0, 26)
    False
    """
    lo = text.rfind(". ", max(0, start - _SENTENCE_REACH), start)
    lo = max(0, start - _SENTENCE_REACH) if lo < 0 else lo
    hi = text.find(". ", end, end + _SENTENCE_REACH)
    hi = min(len(text), end + _SENTENCE_REACH) if hi < 0 else hi
    return _NESTING.search(text, lo, hi) is not None
