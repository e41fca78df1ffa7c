"""The dead and the injured of one sentence, wherever its other figures stand.

Field reports and news give an event's toll among other figures, in any order and with
asides between its two counts:

    Local authorities reported 76 deaths and 96 injured, and some 400 families displaced.
    Reports indicate 300 houses damaged, 16 deaths, 126 injured and 26 livestock killed.
    The week's toll stood at 57 killed, among them 14 children, and 203 injured.
    More than 1,000 civilians, including foreign nationals, were killed and at least
    2,806 people were injured.
    Officials put the death toll at 300 with over 1,000 injured.

The readers of lists read a toll whose parts stand side by side; where other figures
(houses, families, livestock) or an aside stand among them, those readers find no list, or
one that mixes people and houses. :func:`find_casualty_tolls` reads, in a sentence no other
reader has read, the one count of the dead and the one count of the injured it states:
a count with a word of death after it ("57 killed", "16 deaths", "272 people dead",
"three fatalities", "were killed") or a verb of killing or a death toll before it
("killing 14", "the death toll at 300"), and a count with a word of injury after or
before it ("96 injured", "four injuries", "1,135 others injured", "wounding 40"). They
are the two parts of one breakdown, each labelled by its word ("deaths", "injured"); a
count of casualties before them that they add up to is its total ("1,663 civilian
casualties: 596 killed ...; 1,067 injured"). A sentence with two counts of either, a
comparison between them ("compared with"), or dead animals ("26 livestock killed") is
left alone. Every pattern is tried only where its literal stem stands: linear time.

Press releases and statements name the same fates in other words, each a part as above:

- active verbs after their agent, an adverb of degree between ("an improvised explosive
  device, which killed three peacekeepers and severely injured five others");
- nouns of the fate before their people ("the deaths of at least 11 civilians ... and
  injuries to seven others", "the death of four peacekeepers", "the wounding of 27
  peacekeepers", "the alleged killing of two civilians", "injury of eight others");
- lives claimed, cost or lost ("the attacks claimed 331 lives, left 153 individuals
  injured", "claimed the lives of 399 members of ..., and 418 others sustained injuries",
  "867 Iraqis lost their lives");
- a passive with an adverb ("three were seriously injured", "two were shot dead");
- one toll for each place or group, where the counts of the dead and the injured of a
  sentence pair up in one order ("71 killed and 437 injured in Ramadi and 331 killed and
  187 injured in Fallujah").

- one toll for each bracket of a cause or place that holds one count of each fate, where
  every count of a fate stands in brackets ("caused by airstrikes (12 deaths and seven
  injuries), ... and gunfire (five deaths and one injury)"; a bracket of one fate is no
  toll, and no pair is read across brackets);
- the other harms a human rights report lists after the toll's two counts, each a part
  (:func:`_with_other_harms`: "230 killed, 120 injured, 178 abducted, and 14 women
  subjected to conflict-related sexual violence"); the missing and the displaced are none.

The people of a count may be two groups joined ("136 civilians and non-combatants were
killed and some 87 injured"), say where they came from ("three blue helmets from Senegal
dead"), carry complements and words in brackets between the noun and the fate ("two
soldiers in the Nepalese battalion, deployed in ..., died", "394 members of the Iraqi
Security Forces (including Peshmerga ...) were killed"), or hold an aside that counts
some of them ("Twenty-three civilians, including at least 10 children and eight women,
were killed and three children injured"). A subset of one part read before ("injured
nearly 30 others, including 10 children") is no reading of the toll, which is read beside
it; a reading of acted counts that holds the toll among other acts ("the alleged killing of
two civilians, injuring four others and causing the displacement of about 800 civilians")
gives way to the toll, the displaced no part of it.
A rate ("every day", "on average"), a range ("killed 40-50 people"), pairs set against
each other ("..., as compared to 2015 where 42 deaths and 14 injured were reported"),
combatants beside civilians and a toll of two agents stay none; a figure that could be a
year is a count where it is the subject of a passive fate after "and" ("887 civilians were
killed and 1957 were injured").
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from bisect import bisect_right
from itertools import pairwise as pairs_of

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_items import PEOPLE_NOUNS
from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    NOT_A_SHARE,
    WORD_COUNT_PATTERN,
    YEAR_FIGURE,
    Part,
    Tally,
    matches_at,
    overlaps_any,
    read_count,
)
from surveystats.text import sentence_starts

__all__ = [
    "CASUALTY_TOLL_WORDS",
    "find_casualty_tolls",
    "without_acts_beside",
    "without_lone_items",
    "without_rates_and_comparisons",
    "without_wholes_beside",
]

#: Literals a paragraph holds where a toll may stand: a word of death and one of injury.
CASUALTY_TOLL_WORDS = (
    ("kill", "dead", "death", "died", "fatalit", "lives"),
    ("injur", "wound", "maim"),
)

_QUALIFIER = (
    rf"(?:(?:at{GAP}least|some|about|nearly|almost|over|more{GAP}than|an{GAP}estimated"
    rf"|another|a{GAP}further){GAP})?"
)
# Words that are neither a count nor a joint of two parts ("three fatalities and four").
_WORD = rf"(?!(?:and|or|with|in|of|to)\b|{COUNT_PATTERN})[A-Za-z][\w'’-]{{0,25}}"
# What a count may count before its word of death or injury: up to three words ("people",
# "United Nations peacekeepers", "others"), then an aside between commas ("Israelis,
# including foreign nationals, were killed") and the auxiliaries of a passive.
# Two groups of people joined by "and" are one count ("136 civilians and non-combatants
# were killed", "12 women and children were injured"); a count after "and" is another part.
_JOINED_PEOPLE = (
    r"\s{1,3}and\s{1,3}(?:non-?combatants|combatants|civilians|children|women|men|girls|boys"
    r"|adults|minors|others|elderly|infants|staff|personnel|soldiers|police|peacekeepers)\b"
)
_COUNTED = rf"(?P<noun>(?:{_WORD}\s{{1,3}}){{0,2}}?{_WORD}(?:{_JOINED_PEOPLE})?)"
# An aside between commas: words ("Israelis, including foreign nationals, were killed"), or
# some of the count's people counted ("Twenty-three civilians, including at least 10
# children and eight women, were killed"), which another reader reads as a subset.
_ASIDE = r"(?:\s{0,3},(?:[^,;:\d()]{1,60}|\s{0,3}(?:including|among\s{1,3}them)\s[^,;:()]{1,60}),)?"
# Where the people came from, a name in capitals: "three blue helmets from Senegal", "807
# troops from the Afghan National Defense and Security Forces".
_NAME_WORD = r"[A-Z][\w'’-]*"
_FROM = (
    rf"(?:{GAP}from(?:{GAP}the)?{GAP}{_NAME_WORD}(?:{GAP}(?:(?:and|of){GAP})?{_NAME_WORD}){{0,5}})?"
)
# The complements of the count's noun, before its fate: up to two phrases opened by a
# preposition or a participle of service ("members of the Iraqi Security Forces", "soldiers
# in the Nepalese battalion", "peacekeepers from Chad serving in the Mission"), then words
# in brackets ("(including Peshmerga, SWAT and militias ...)"). A phrase holds no count, no
# fate and no word that opens a clause or joins another subject ("where", "and", "were"):
# a count of other things before it ("In 2 attacks on the convoy, 5 were killed") stays out.
# Complements follow a noun: "Seven of our soldiers" is some of the soldiers, no count of
# "of our soldiers".
_PLAIN_WORD = (
    r"(?!(?:and|or|but|nor|who|whom|whose|which|that|where|when|while|whereas|as|after|before"
    r"|were|was|is|are|have|has|had|been|being|killed|injured|wounded|died|dead|missing)\b)"
    # a word, or an ordinal of a unit's name ("soldiers of the 4th battalion")
    r"(?:[A-Za-z][\w'’-]{0,25}|\d{1,3}(?:st|nd|rd|th)\b)"
)
_COMPLEMENTS = (
    rf"(?:{GAP}(?:(?:serving|deployed|stationed|working|based)(?:{GAP}(?:with|in|at|for))?"
    rf"|in|of|with|from|at|on|belonging{GAP}to|attached{GAP}to)(?:{GAP}{_PLAIN_WORD}){{1,7}}){{0,2}}"
    r"(?:\s{0,3}\([^()\d;]{1,200}\))?"
)
# "were killed", "have reportedly been killed", "are reported to have been killed", "were
# confirmed dead".
_AUXILIARY = rf"""(?P<aux>(?:{GAP}(?:were|was|are|is|have|has|had|been|being|reportedly|also|later
    |(?:reported|said|believed|confirmed|known){GAP}to{GAP}have|confirmed)){{0,3}})"""
# An adverb of how badly people were hurt, between an auxiliary and the fate.
_DEGREE = r"(?:seriously|severely|critically|gravely|badly|slightly|lightly|mortally|fatally)"
# A count, then its word: "57 killed", "272 people dead", "1,000 Israelis ... were killed",
# "16 deaths", "three fatalities", "96 injured", "four injuries", "1,135 others injured".
_FATE_AFTER = re.compile(
    rf"""(?P<n>{WORD_COUNT_PATTERN}){NOT_A_SHARE}(?:{GAP}{_COUNTED}{_FROM}{_COMPLEMENTS})?{_FROM}{_ASIDE}{_AUXILIARY}
    (?:{GAP}{_DEGREE})?  # "seriously injured", "critically wounded"
    # "sustained injuries", "suffered serious injuries", "lost their lives", "shot dead"
    (?P<verb>{GAP}(?:sustained|suffered|received)(?:{GAP}(?:serious|severe|minor|critical))?
      |{GAP}lost{GAP}their|{GAP}shot)?
    # "one death", "1 injury": the singular after a count of one
    {GAP}(?P<word>killed|dead|died|deaths?|fatalities|injured|injur(?:y|ies)|wounded|maimed
      |lives)\b""",
    re.VERBOSE,
)
# A verb or a toll, then its count: "killing 14", "injured 32 others", "the death toll at
# 300", "a death toll of 300".
_FATE_BEFORE = re.compile(
    rf"""(?P<word>killing|injuring|wounding|maiming
        # an active verb after its subject: "the strike killed five children" (not "were
        # killed 12 km from")
        |(?<=[a-z,)]\s)(?<!were\s)(?<!was\s)(?<!been\s)(?<!are\s)(?<!is\s)(?<!be\s)
        (?<!the\s)(?:killed|injured|wounded|maimed)
        # a noun of the fate and its people: "the deaths of 11 civilians", "the death of four
        # peacekeepers", "the killing of 18 civilians", "injuries to seven others"
        # "the wounding of 27 peacekeepers", "the alleged killing of two civilians", "injury
        # of eight others"
        # the day between the noun and its people: "the killing on 15 January of one ..."
        |(?<![\w-])(?:deaths?|killings?|wounding|injuring)
        (?:{GAP}on{GAP}(?:\d{{1,2}}{GAP})?[A-Z][a-z]{{2,8}}(?:{GAP}\d{{1,2}})?)?{GAP}of
        |injur(?:y|ies){GAP}(?:to|of)
        |death{GAP}toll(?:{GAP}(?:has|had))?
        (?:{GAP}(?:rose|risen|rising|climbed|reached|stood|stands|standing|increased))?
        {GAP}(?:at|of|to))
    {GAP}{_QUALIFIER}(?P<n>{WORD_COUNT_PATTERN}){NOT_A_SHARE}(?:{GAP}(?P<noun>others|[a-z][\w-]{{1,25}}s
        |people|children|[a-z]{{0,10}}men)\b)?""",
    re.VERBOSE,
)
# The number of the dead or the injured as a subject, its count after the verb: "The
# number of civilians killed in June (not including police) was 411", "the number of
# injured rose to 294", "the number injured was 294".
_NUMBER_OF = re.compile(
    rf"""number(?:{GAP}of(?:{GAP}(?P<noun>[a-z][\w-]{{1,25}}))?)?{GAP}
    (?P<word>killed|dead|deaths|fatalities|injured|injuries|wounded)\b
    (?:{GAP}(?:in|on|since|during){GAP}[\w-]{{1,15}}(?:{GAP}\d{{4}})?)?  # "in June 2024"
    (?:{GAP}\([^()]{{1,60}}\))?  # "(not including police)"
    {GAP}(?:was|is|stood{GAP}at|stands{GAP}at|reached|rose{GAP}to|(?:has|had){GAP}risen{GAP}to)
    {GAP}{_QUALIFIER}(?P<n>{WORD_COUNT_PATTERN}){NOT_A_SHARE}""",
    re.VERBOSE,
)
# Lives an event claimed, cost or took, their count before or after the word: "the attacks
# claimed 331 lives", "claimed the lives of 399 members of the security forces", "cost
# the lives of 12 people".
_LIVES = re.compile(
    rf"""(?:claim(?:ed|ing)|cost|costing|took|taking)
    (?:{GAP}the{GAP}lives{GAP}of{GAP}{_QUALIFIER}(?P<n>{WORD_COUNT_PATTERN}){NOT_A_SHARE}
        (?:{GAP}(?P<noun>[a-z][\w-]{{1,25}}s|people|children|[a-z]{{0,10}}men)\b)?
      |{GAP}{_QUALIFIER}(?P<count>{WORD_COUNT_PATTERN}){NOT_A_SHARE}
        (?:{GAP}(?!lives)[A-Za-z][\w-]{{1,25}})?{GAP}lives\b)""",
    re.VERBOSE,
)
_LIVES_LITERALS = ("claim", "cost", "took", "taking")
# What follows an active verb: its object ("12 attacks killed 40 civilians": the count is
# of the attacks, the agent).
_OBJECT = re.compile(
    rf"""{GAP}(?:{WORD_COUNT_PATTERN}|at{GAP}least|more{GAP}than|some|an?|the|their|his|her|people
        |children|women|men|(?!across|this|thus|plus)[a-z]{{2,25}}s)\b""",
    re.VERBOSE,
)
_ACTIVE_VERBS = frozenset(("killed", "injured", "wounded", "maimed"))
# The fate each verb before a word of fate takes: "lost their lives", "sustained injuries".
_VERB_WORDS = {
    **dict.fromkeys(("sustained", "suffered", "received"), "injuries"),
    **{"lost": "lives", "shot": "dead"},
}
_AFTER_LITERALS = (
    *("killed", "dead", "died", "death", "fatalities"),
    *("injur", "wounded", "maimed", "lives"),
)
_AFTER_WORD = re.compile("|".join(_AFTER_LITERALS))
_BEFORE_LITERALS = ("killing", "killed", "injur", "wound", "maim", "death")
# How far a count may stand before the word it reads with (count, three words, an aside).
_REACH_BACK = 160
# Each part is labelled by its word as written ("died", "deaths", "lives"); a verb in -ing
# or a noun of the act by the participle ("killing 14", "the wounding of 27": "killed",
# "wounded").
_LABELS = {
    **{"killing": "killed", "killings": "killed", "injuring": "injured", "wounding": "wounded"},
    "maiming": "maimed",  # a fate of the injured, as the Secretary-General's reports count
}
_DEATH_LABELS = frozenset(("killed", "dead", "died", "deaths", "death", "fatalities", "lives"))
# Nouns whose deaths are no casualties of people: "26 livestock killed".
_NOT_PEOPLE = frozenset(
    """livestock cattle animals goats sheep camels cows donkeys heads poultry chickens
    birds fish trees houses homes buildings shelters""".split()  # noqa: SIM905
)
# Nouns that scale the count before them: "two dozen injured", "several hundred killed".
_SCALE_NOUNS = frozenset(("dozen", "dozens", "score", "scores", "hundred", "hundreds"))
_NO_COUNTED = frozenset(("others", "more", "other", "were", "was", "have", "had", "are"))
# Words between the two counts that set them against each other: no split of one toll.
_COMPARED = re.compile(r"\b(?:compared|against|versus|(?<!more )(?<!less )(?<!fewer )than)\b")
# A count of casualties the two parts may add up to: "1,663 civilian casualties".
_CASUALTIES = re.compile(
    rf"(?P<n>{COUNT_PATTERN})(?:{GAP}[a-z][\w-]{{1,20}})?{GAP}casualties\b", re.VERBOSE
)
# A count between the two parts with a passive of its own ("Three were wounded, two were
# arrested and 14,000 deaths were recorded"): the clauses tell of different things.
_CLAUSE_BETWEEN = re.compile(
    rf"""(?<![\w,.]){COUNT_PATTERN}(?:{GAP}[a-z][\w-]{{1,25}}){{0,2}}
    {GAP}(?:were|was|(?:have|has|had){GAP}been){GAP}[a-z]{{2,25}}ed\b""",
    re.VERBOSE,
)
# Before a count that closes a range ("Between 20 and 30 people were killed", "20 to 30
# killed", "at least 13 and as many as 46"): no exact count.
_RANGE_BEFORE = re.compile(
    r"(?:\b[Bb]etween\s{1,3}\S{1,12}\s{1,3}and\s{1,3}|\d\s{0,3}to\s{1,3}|(?P<low>\d+)\s{0,3}[-–]\s{0,3}"
    # "at least 13 and as many as 46 civilians", "20 and up to 30 people"
    r"|\w\s{1,3}and\s{1,3}(?:as\s{1,3}many\s{1,3}as|up\s{1,3}to)\s{1,3})$"
)
# A clause between the two counts that opens on another period: "...; in June, 40 were
# injured", ", and during 2023, 40 ...". Counts over different periods are no one toll.
_PERIOD_BETWEEN = re.compile(
    r"[;,]\s{0,3}(?:and\s{1,3}|while\s{1,3})?(?:[Ii]n|[Dd]uring)\s{1,3}(?:January|February|March"
    r"|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b"
)
# A year after a month or "since" before "to": the span a toll was counted over, whose
# count follows ("the number killed since February 2022 to 9,100"), no low end of a range.
_DATE_BEFORE_TO = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|since|in)\s{1,3}(?:1[89]|20)\d\d\s{0,3}to\s{1,3}$"
)
# After a count that opens a range: "killed 40-50 people", "20 to 30 killed".
_RANGE_AFTER = re.compile(r"\s{0,3}[-–]\s{0,3}\d|\s{1,3}to\s{1,3}\d")
# A rate: the counts are of each day, week or month, or an average ("nearly six civilians
# killed and 20 injured every single day"), no toll of an event.
_RATE = re.compile(
    r"\b(?:(?:every|each|per)\s{1,3}(?:single\s{1,3})?(?:day|week|month|hour)"
    r"|on\s{1,3}average|an\s{1,3}average\s{1,3}of)\b"
)
# Nouns of people in general: a part counted with one counts the other part's people too.
_ANY_PEOPLE = frozenset(("people", "persons", "individuals", "others", "civilians"))
# Nouns of anyone, combatants too.
_PEOPLE_AT_LARGE = frozenset(("people", "persons", "individuals"))
# Those who bear arms: a toll of them beside one of civilians or people tells two sides.
_COMBATANTS = frozenset(
    """soldiers troops police policemen officers peacekeepers fighters combatants militants
    personnel guards""".split()  # noqa: SIM905
)
# A count listed between the two parts ("12 people were killed in 2021 and 9 in 2022; 40
# were injured"): the toll is told in pieces, no two counts split it. A count in an aside
# that names some of the part before ("57 killed, among them 14 children, and 203 injured")
# is no such piece.
_LISTED_BETWEEN = re.compile(
    rf"(?:\band|[,;])\s{{1,3}}{_QUALIFIER}(?<![\w.-])(?P<count>{COUNT_PATTERN})", re.VERBOSE
)
_INCLUDING = re.compile(r"\b(?:including|incl|among|of\s{1,3}wh(?:om|ich)|of\s{1,3}them)\b")
_GAP_BETWEEN = 260  # characters from the end of one part to the start of the other


class _Fate:
    """One count of the dead or of the injured, as read."""

    __slots__ = ("active", "count", "count_end", "dead", "end", "label", "noun", "start")

    def __init__(self, match: re.Match[str]) -> None:
        word = " ".join((match.groupdict().get("word") or "lives").split())
        # "the death toll at 300" counts the killed; "the deaths of 11", "injuries to seven"
        # are labelled by their noun
        self.label = "killed" if word.startswith("death toll") else word.split()[0]
        self.label = _LABELS.get(self.label, self.label)
        self.dead = self.label in _DEATH_LABELS
        # "Government forces killed 12 civilians", "..., which killed three peacekeepers and
        # severely injured five others": the count follows its agent's verb
        self.active = match.re is _FATE_BEFORE and word in _ACTIVE_VERBS
        # the count of "claimed 331 lives" stands before its word
        group = "count" if match.groupdict().get("count") is not None else "n"
        self.start, self.end, self.count_end = match.start(group), match.end(), match.end(group)
        self.count = read_count(match[group])[0]
        noun = match.groupdict().get("noun")
        self.noun = " ".join(noun.split()) if noun else None
        if self.noun and (self.noun.split()[0] in _NO_COUNTED or self.noun in _NO_COUNTED):
            self.noun = None


def find_casualty_tolls(
    text: str,
    taken: list[tuple[int, int]] | None = None,
    *,
    wholes: list[tuple[int, int, int]] | None = None,
) -> list[Tally]:
    """Find the one count of the dead and the one of the injured of each sentence.

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: a toll that overlaps one is not read.
    wholes
        The spans of ``taken`` that are a whole and its parts, each with its total: one
        that splits a single count of a toll ("injured nearly 30 others, including 10
        children") is the subset of that part, no reading of the toll, and leaves it free.

    Returns
    -------
    list of Tally
        Breakdowns in text order, offsets relative to ``text``.

    Examples
    --------
    >>> text = "Reports indicate 300 houses damaged, 16 deaths, 126 injured and 26 cattle killed."
    >>> [(p.category, p.count) for p in find_casualty_tolls(text)[0].parts]
    [('deaths', 16), ('injured', 126)]
    >>> find_casualty_tolls("12 people were killed in 2021 and 9 in 2022; 40 were injured.")
    []
    >>> text = "The attacks claimed 331 lives and left 153 individuals injured."
    >>> [(p.category, p.count) for p in find_casualty_tolls(text)[0].parts]
    [('lives', 331), ('injured', 153)]
    >>> text = "The attack resulted in the wounding of 27 peacekeepers and the death of 1 other."
    >>> [(p.category, p.count) for p in find_casualty_tolls(text)[0].parts]
    [('wounded', 27), ('death', 1)]
    >>> text = "Ten peacekeepers from Chad serving in the Mission were killed and 25 injured."
    >>> [(p.category, p.count) for p in find_casualty_tolls(text)[0].parts]
    [('killed', 10), ('injured', 25)]
    >>> text = "52 killed and 130 injured in Kandahar and 18 killed and 47 injured in Helmand"
    >>> [[p.count for p in toll.parts] for toll in find_casualty_tolls(text)]
    [[52, 130], [18, 47]]
    """
    taken, wholes = taken or [], wholes or []
    fates = _fates(text)
    if len(fates) < 2:
        return []
    sentences = [*sentence_starts(text), len(text)]
    tallies: list[Tally] = []
    read = _Read(taken, wholes)
    for begin, end in itertools.pairwise(sentences):
        inside = [fate for fate in fates if begin <= fate.start < end]
        # every fate in brackets: one toll per bracket ("shelling (6 deaths, 9 injuries),
        # mortars (2 deaths) and mines (1 injury)": one toll, no pair across brackets)
        pairs = _bracketed_pairs(text, inside) or (
            [] if _all_bracketed(text, inside) else _pairs(inside)
        )
        if (
            not pairs
            or not all(_one_toll(text, first, second) for first, second in pairs)
            # "87 killed and 291 injured ..., as compared to 2015 where 42 deaths and 14 ..."
            or any(_COMPARED.search(text, one[1].end, two[0].start) for one, two in pairs_of(pairs))
            or _RATE.search(text, begin, end)
        ):
            continue  # no toll, tolls told in pieces, set against each other, or a rate
        after = begin
        for first, second in pairs:
            # a toll another reader read stays its reading ("471 casualties (86 killed and
            # 385 injured)"); the others of its sentence are read ("355 (63 killed and 292
            # injured) in ..., and 116 (23 killed and 93 injured) in ...")
            if not read.holds_other(first, second):
                tallies.append(
                    _with_other_harms(text, after, end, _toll(text, after, first, second))
                )
            after = second.end
    return tallies


def without_rates_and_comparisons(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` less the tolls any reader read that are a rate, a range or set against another.

    A toll labelled by fates alone ("killed", "injured") is no toll of an event where its
    sentence makes it a rate ("That is, on average, nearly six civilians killed and 20
    injured - every single day") or sets it against another count of a fate ("87 people
    were killed and 291 others were injured during the year, ... as compared to 2015 where
    42 deaths and 14 injured were reported"), as :func:`find_casualty_tolls` decides too.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "On average, six civilians were killed and 20 injured every day."
    >>> toll = Tally("breakdown", 12, 52, [Part("killed", 6, 12, 37), Part("injured", 20, 42, 52)])
    >>> without_rates_and_comparisons(text, [toll])
    []
    """
    tolls = [tally for tally in tallies if _fates_only(tally)]
    if not tolls:
        return tallies
    sentences = [*sentence_starts(text), len(text)]
    fates = None
    dropped: set[int] = set()  # the ids of the tallies left out
    # whether a sentence holds a rate, and a word that sets one count against another:
    # asked once for all its tolls (for each, that was quadratic in a run-on paragraph)
    rated: dict[int, bool] = {}
    set_against: dict[int, bool] = {}
    for tally in tolls:
        at = bisect_right(sentences, tally.start) - 1
        begin, end = sentences[at], sentences[min(at + 1, len(sentences) - 1)]
        if at not in rated:
            rated[at] = _RATE.search(text, begin, end) is not None
            set_against[at] = _SET_AGAINST.search(text, begin, end) is not None
        if rated[at] or any(
            _range_before(text, _count_start(text, part.start), part.count) for part in tally.parts
        ):
            dropped.add(id(tally))  # a rate, or "at least 13 and as many as 40 ... killed"
            continue
        if not set_against[at]:
            continue
        fates = _fates(text) if fates is None else fates
        if any(
            begin <= fate.start < end
            and (
                (fate.start >= tally.end and _SET_AGAINST.search(text, tally.end, fate.start))
                or (fate.end <= tally.start and _SET_AGAINST.search(text, fate.end, tally.start))
            )
            for fate in fates
        ):
            dropped.add(id(tally))
    return [tally for tally in tallies if id(tally) not in dropped]


def without_acts_beside(
    tallies: list[Tally], acted: list[Tally], tolls: list[Tally]
) -> list[Tally]:
    """``tallies`` less the readings in ``acted`` that a toll read in ``tolls`` overlaps.

    ``acted`` are readings that take every count after a verb for a part ("resulting in
    the alleged killing of two civilians, injuring four others and causing the displacement
    of about 800 civilians": "resulted", "injured", "caused"), or mix the dead with people
    of another whole ("killed 12 people, injured 40 and affected 30,000"); where a toll of
    the dead and the injured stands among them, the toll is the tally and the displaced,
    the affected, the incidents or the houses beside it are no parts of it.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> acts = Tally("breakdown", 0, 60, [Part("resulted", 2, 0, 9), Part("injured", 4, 20, 30),
    ...                                   Part("caused", 800, 40, 60)])
    >>> toll = Tally("breakdown", 0, 30, [Part("killed", 2, 0, 9), Part("injured", 4, 20, 30)])
    >>> without_acts_beside([acts], [acts], [toll])
    []
    """
    return [
        tally
        for tally in tallies
        if all(tally is not act for act in acted)
        or not any(tally.start < toll.end and toll.start < tally.end for toll in tolls)
    ]


def without_lone_items(tallies: list[Tally]) -> list[Tally]:
    """``tallies``, a list of a toll and one item of another thing split into the toll.

    "The initial earthquake and the over 300 aftershocks caused massive destruction in the
    area and more than 73,000 dead and 69,000 seriously injured": the one count of the dead
    and the one of the injured are a split, the aftershocks no part of it, as a lone
    building item beside two casualty items is ("2,150 houses destroyed, 31 deaths and 204
    injured").

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> parts = [Part("caused damage", 300, 0, 3, counted="aftershocks"), Part("dead", 73, 20, 27),
    ...          Part("injured", 69, 32, 42)]
    >>> [[p.count for p in t.parts] for t in without_lone_items([Tally("breakdown", 0, 42, parts)])]
    [[73, 69]]
    """
    kept = []
    for tally in tallies:
        fated, others = _by_fate(tally.parts)
        if (
            tally.kind == "breakdown"
            and tally.total is None
            and len(others) == 1
            and sorted(_fate_of(part) for part in fated) == [False, True]
            and _of_another_thing(others[0], fated)
        ):
            tally = Tally("breakdown", fated[0].start, fated[1].end, fated, subject=tally.subject)
        kept.append(tally)
    return kept


# The absolute phrase that sets a toll beside the clause before it: "..., with 21 deaths".
_WITH = re.compile(r",\s{1,3}with\s")


def without_wholes_beside(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies``, a toll told beside another whole no longer split into it.

    A clause states a whole, then ", with" the dead and the injured beside it, and maybe a
    lone item of houses: "a total of 239,518 people had been affected, with 10 injuries, 21
    deaths and 13,516 houses flooded", "Some 2,150 houses were destroyed, with 31 deaths
    and 204 injured". The whole is of another thing, or of the people a disaster affected,
    of whom the dead are some (a whole of its own, as a list of two families of verbs is);
    where the toll (and the lone item) does not add up to it, the toll is the split, with
    no total, and the item is no part of it. A whole the parts make exactly ("355 civilian
    casualties, with 42 deaths and 313 injured") stays their total.

    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "Some 2,150 houses were destroyed, with 31 deaths and 204 injured."
    >>> parts = [Part("deaths", 31, 39, 48), Part("injured", 204, 53, 64)]
    >>> toll = without_wholes_beside(text, [Tally("breakdown", 0, 64, parts, total=2150)])[0]
    >>> toll.total, [(p.category, p.count) for p in toll.parts]
    (None, [('deaths', 31), ('injured', 204)])
    >>> houses = Part("injured", 204, 53, 64, counted="houses", counted_inherited=True)
    >>> toll = Tally("breakdown", 0, 64, [parts[0], houses], total=2150)
    >>> [p.counted for p in without_wholes_beside(text, [toll])[0].parts]
    [None, None]
    """
    if ", with" not in text and ",  with" not in text:
        return tallies
    kept = []
    for tally in tallies:
        fated, others = _by_fate(tally.parts)
        if (
            tally.kind == "breakdown"
            and tally.total is not None
            and tally.unit == "count"
            and len(others) <= 1
            and sorted(_fate_of(part) for part in fated) == [False, True]
            and sum(part.count or 0 for part in tally.parts) != tally.total
            and sum(part.count or 0 for part in fated) != tally.total
            and _WITH.search(text, tally.start, fated[0].start)
        ):
            # a noun a part took from the whole is not the toll's: "118 injured" of the
            # houses' clause counts no houses
            own = {part.counted for part in fated if not part.counted_inherited}
            fated = [
                part
                if not part.counted_inherited or part.counted in own
                else dataclasses.replace(part, counted=None, counted_inherited=False)
                for part in fated
            ]
            start = fated[0].start
            tally = Tally("breakdown", start, fated[1].end, fated, subject=tally.subject)
        kept.append(tally)
    return kept


def _of_another_thing(other: Part, fated: list[Part]) -> bool:
    """Whether ``other`` counts things of its own noun, which the fates only inherited.

    "300 aftershocks caused ...": aftershocks are no people; "6 missing" (no noun) and
    "maiming 4" (children) are a fate of the toll's people.
    """
    noun = other.counted.split()[-1].lower() if other.counted else None
    return (
        noun is not None
        and noun not in _ANY_PEOPLE
        and noun not in _COMBATANTS
        and noun not in PEOPLE_NOUNS
        and all(part.counted in (None, other.counted) for part in fated)
    )


def _by_fate(parts: list[Part]) -> tuple[list[Part], list[Part]]:
    """The parts of the dead or the injured, and the others, each in order."""
    fated = [part for part in parts if _fate_of(part) is not None]
    return fated, [part for part in parts if _fate_of(part) is None]


def _fate_of(part: Part) -> bool | None:
    """True for a part of the injured, False for one of the dead, None for any other."""
    if part.category is None:
        return None
    words = part.category.lower().split()
    fate = words[-1] if len(words) < 3 else None  # "dead", "seriously injured"
    if fate in _DEATH_LABELS or fate == "died":
        return False
    return True if fate in ("injured", "wounded", "maimed", "injuries", "injury") else None


def _fates_only(tally: Tally) -> bool:
    """Whether every part of ``tally`` is labelled by a fate of people ("killed", "injured")."""
    return len(tally.parts) > 1 and all(
        part.category is not None and part.category.split()[0].lower() in _FATE_LABELS
        for part in tally.parts
    )


# Words that set one toll against another, or tell a change from it.
_SET_AGAINST = re.compile(
    r"\b(?:compared|versus|as\s{1,3}against|(?:up|down)\s{1,3}from"
    r"|(?<!more )(?<!less )(?<!fewer )than)\b"
)
_FATE_LABELS = frozenset(
    """killed dead deaths death fatalities injured injuries injury wounded maimed lives
    died""".split()  # noqa: SIM905
)


def _pairs(inside: list[_Fate]) -> list[tuple[_Fate, _Fate]]:
    """The tolls of one sentence's fates: one count of the dead and one of the injured, or more.

    A run of such pairs in one order is one toll for each place or group:
    "This included 71 killed and 437 injured in Ramadi and 331 killed and 187 injured in
    Fallujah": two tolls. Counts of either fate that do not pair up so ("12 were killed in
    2021 and 9 in 2022; 40 were injured") make none.
    """
    dead = [fate for fate in inside if fate.dead]
    if len(inside) < 2 or len(dead) * 2 != len(inside):
        return []
    pairs = list(zip(inside[::2], inside[1::2], strict=True))
    if any(first.dead == second.dead or first.dead != pairs[0][0].dead for first, second in pairs):
        return []
    return pairs


def _all_bracketed(text: str, inside: list[_Fate]) -> bool:
    """Whether every fate of ``inside`` stands in a bracket of its own sentence's text."""
    for fate in inside:
        opening = text.rfind("(", 0, fate.start)
        closing = text.find(")", fate.end)
        if opening < 0 or closing < 0 or ")" in text[opening : fate.start]:
            return False
    return bool(inside)


def _bracketed_pairs(text: str, inside: list[_Fate]) -> list[tuple[_Fate, _Fate]]:
    """The tolls of a sentence whose every count of a fate stands in brackets, one per bracket.

    Reports give casualties by cause or by place, each cause's or place's toll in brackets
    after it: "caused by shelling (16 deaths, 26 injuries), gun shots (6 deaths, 10
    injuries), aerial bombardments (2 deaths) and a suicide attack (1 injury)": two tolls,
    one for each bracket that holds one count of the dead and one of the injured; a bracket
    with one fate alone is no toll. A count of either fate outside the brackets, or a
    bracket with more than two fates or with two of one fate, makes none.
    """
    brackets: dict[int, list[_Fate]] = {}
    for fate in inside:
        opening = text.rfind("(", 0, fate.start)
        closing = text.find(")", fate.end)
        if opening < 0 or closing < 0 or ")" in text[opening : fate.start]:
            return []  # a fate outside brackets: the sentence's fates do not pair up
        if "(" in text[fate.end : closing]:
            return []
        brackets.setdefault(opening, []).append(fate)
    pairs: list[tuple[_Fate, _Fate]] = []
    for fated in brackets.values():
        if len(fated) > 2:
            return []
        if len(fated) == 2:
            if fated[0].dead == fated[1].dead:
                return []
            pairs.append((fated[0], fated[1]))
    return pairs


def _one_toll(text: str, first: _Fate, second: _Fate) -> bool:
    """Whether two counts, the first before the second, are the two parts of one toll."""
    return not (
        first.count is None
        or second.count is None
        or second.start < first.end
        or second.start - first.end > _GAP_BETWEEN
        or _COMPARED.search(text, first.end, second.start)
        or _CLAUSE_BETWEEN.search(text, first.end, second.start)
        or _listed_between(text, first, second)
        or _two_wholes(first, second)
        or _two_agents(text, first, second)
        # "In May, 33 people were killed; in June, 40 were injured": counts of two periods
        or _PERIOD_BETWEEN.search(text, first.end, second.start)
    )


def _fates(text: str) -> list[_Fate]:
    """Every count of the dead or the injured in ``text``, in text order, none overlapping."""
    found: list[_Fate] = []
    for word in matches_at(_AFTER_WORD, text, _AFTER_LITERALS):
        begin = max(0, word.start() - _REACH_BACK)
        for match in _FATE_AFTER.finditer(text, begin, word.end() + 12):
            if match.start("word") != word.start():
                continue
            verb = " ".join((match["verb"] or "").split())
            if (match["word"] == "lives") != verb.startswith("lost") or (
                verb and _VERB_WORDS[verb.split()[0]] != match["word"]
            ):
                break  # "lost their lives", "sustained injuries", "shot dead" only
            if (
                match["word"] in _ACTIVE_VERBS
                and match["noun"]
                and not match["aux"]
                and _OBJECT.match(text, match.end())
            ):
                break  # the count is the agent's, the verb's object follows
            found.append(_Fate(match))
            break
    for match in matches_at(_FATE_BEFORE, text, _BEFORE_LITERALS):
        found.append(_Fate(match))
    found.extend(_Fate(match) for match in matches_at(_NUMBER_OF, text, ("number ",)))
    if "lives" in text:
        found.extend(_Fate(match) for match in matches_at(_LIVES, text, _LIVES_LITERALS))
    found.sort(key=lambda fate: fate.start)
    kept: list[_Fate] = []
    for fate in found:
        if kept and fate.start < kept[-1].end:
            continue
        if YEAR_FIGURE.fullmatch(text, fate.start, fate.count_end) and not _count_not_year(
            text, fate
        ):
            continue  # "in 2023 floods killed": a year counts nothing
        if fate.noun and fate.noun.split()[-1].lower() in _NOT_PEOPLE:
            continue
        if fate.noun and fate.noun.split()[0].lower() in _SCALE_NOUNS:
            continue  # "over two dozen injured" is no count of two
        if _range_before(text, fate.start, fate.count) or _RANGE_AFTER.match(text, fate.count_end):
            continue  # "Between 20 and 30 people", "killed 40-50 people": no exact count
        kept.append(fate)
    return kept


_CEILING = re.compile(r"(?:as\s{1,3}many\s{1,3}as|up\s{1,3}to)\s{1,3}")


def _count_start(text: str, start: int) -> int:
    """Where the count of a part that starts at ``start`` starts, past "as many as"."""
    ceiling = _CEILING.match(text, start)
    return ceiling.end() if ceiling else start


def _range_before(text: str, start: int, count: int | None) -> bool:
    """Whether the ``count`` at ``start`` closes a range ("Between 20 and 30", "40-50").

    A dash after a figure opens a range only up to a greater figure: "Sana'a, 6 October
    2018 – One woman has been killed" is a dateline, no range.
    """
    before = _RANGE_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and _DATE_BEFORE_TO.search(text, max(0, start - 40), start):
        return False  # "killed since February 2022 to more than 9,100": a date, no range
    if before is None or before["low"] is None:
        return before is not None
    return count is not None and text[start].isdigit() and int(before["low"]) < count


class _Read:
    """The spans other readers took, asked whether one that is no subset overlaps a toll.

    The same answer as ``overlaps_any(first.start, second.end, _not_subsets(taken, wholes,
    first, second))``, found among the spans that overlap the toll only: they are kept in
    order of their starts beside the farthest end reached so far.

    >>> first, second = _fates("some 11 civilians were killed and 7 injured")
    >>> _Read([(0, 20)], [(0, 20, 11)]).holds_other(first, second)
    False
    >>> _Read([(0, 20)], [(0, 20, 5)]).holds_other(first, second)
    True
    >>> _Read([(50, 60)], []).holds_other(first, second)
    False
    """

    def __init__(self, taken: list[tuple[int, int]], wholes: list[tuple[int, int, int]]) -> None:
        self.taken = sorted(taken)
        self.starts = [start for start, _ in self.taken]
        self.reach = list(itertools.accumulate((end for _, end in self.taken), max))
        self.wholes: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        for whole in wholes:
            self.wholes.setdefault(whole[:2], []).append(whole)

    def holds_other(self, first: _Fate, second: _Fate) -> bool:
        """Whether a span taken, no subset of one of the two parts, overlaps the toll."""
        at = bisect.bisect_left(self.starts, second.end) - 1
        overlapping: list[tuple[int, int]] = []
        while at >= 0 and self.reach[at] > first.start:
            if self.taken[at][1] > first.start:
                overlapping.append(self.taken[at])
            at -= 1
        if not overlapping:
            return False
        wholes = [whole for span in set(overlapping) for whole in self.wholes.get(span, ())]
        return overlaps_any(
            first.start, second.end, _not_subsets(overlapping, wholes, first, second)
        )


def _not_subsets(
    taken: list[tuple[int, int]], wholes: list[tuple[int, int, int]], first: _Fate, second: _Fate
) -> list[tuple[int, int]]:
    """The spans of ``taken`` that are no subset of one of the toll's two parts.

    "the deaths of at least 11 civilians, including 10 children and one woman, and injuries
    to seven others": the whole read with its aside is the count of one part, which it
    holds, and not the other's.
    """
    subsets = {
        (start, end)
        for start, end, total in wholes
        for fate, other in ((first, second), (second, first))
        if start <= fate.start < end and total == fate.count and not start <= other.start < end
    }
    return [span for span in taken if span not in subsets]


def _count_not_year(text: str, fate: _Fate) -> bool:
    """Whether a figure that could be a year is the count of a toll's second part.

    "887 civilians were killed and 1957 were injured": after "and", with no noun and a
    passive right after it, a figure is the subject of its fate (no year is injured);
    "between 2019 and 2021 were killed" closes a span.
    """
    return (
        fate.noun is None
        and _AND_BEFORE.search(text, max(0, fate.start - 30), fate.start) is not None
        and _PASSIVE_AFTER.match(text, fate.count_end) is not None
    )


# "and" right before a count, not one that joins years ("between 2019 and", "in 2019 and").
_AND_BEFORE = re.compile(
    r"(?<!\S)(?<![Bb]etween\s)(?<!from\s)(?!(?:1[89]|20)\d\d\b)\S{1,12}\s{1,3}and\s{1,3}$"
)
_PASSIVE_AFTER = re.compile(r"\s{1,3}(?:were|have\s{1,3}been|had\s{1,3}been)\s")


def _listed_between(text: str, first: _Fate, second: _Fate) -> bool:
    """Whether a count listed between the parts tells another piece of the toll."""
    for listed in _LISTED_BETWEEN.finditer(text, first.end, second.start):
        if _RANGE_BEFORE.search(text, max(first.end, listed.start() - 20), listed.start("count")):
            continue  # "five children, aged between four and 16, and ...": a range of ages
        return _INCLUDING.search(text, first.end, listed.start()) is None
    return False


def _two_wholes(first: _Fate, second: _Fate) -> bool:
    """Whether the parts count different people: "20 refugees were killed and 30 IDPs injured"."""
    if first.noun is None or second.noun is None:
        return False
    nouns = {first.noun.split()[-1].lower(), second.noun.split()[-1].lower()}
    if len(nouns & _COMBATANTS) == 1 and not nouns & _PEOPLE_AT_LARGE:
        # "killed 14 civilians, injuring 3 soldiers": sides, not one toll; "Two peacekeepers
        # were killed and five people wounded" counts the peacekeepers among the people
        return True
    return len(nouns) > 1 and not nouns & _ANY_PEOPLE


def _two_agents(text: str, first: _Fate, second: _Fate) -> bool:
    """Whether an agent's toll stands beside one by another agent.

    "Government forces killed 12 civilians, while 30 others were injured by unexploded
    ordnance": the two counts are no toll of one event.
    """
    if not first.active or (agent := _BY_AGENT.match(text, second.end)) is None:
        return False
    # "Israeli forces killed five Palestinians, and another 54 ... were injured by Israeli
    # forces and settlers": the agent after "by" names the first verb's subject again
    subject = _SUBJECT_WORD.search(text, max(0, first.start - 80), first.start)
    return (
        subject is None
        or re.search(rf"\b{re.escape(subject['word'])}\b", agent["agent"], re.IGNORECASE) is None
    )


_BY_AGENT = re.compile(r"\s{1,3}by\b(?P<agent>[^,.;:()]{1,60})")
# The last word of the subject right before an active verb and its count ("Israeli forces
# killed 5"): the word a later "by" phrase repeats where one agent did both.
_SUBJECT_WORD = re.compile(
    r"(?P<word>[A-Za-z][\w'-]{2,25})\s{1,3}killed\s{1,3}(?:\S+\s{1,3}){0,2}$"
)


def _toll(text: str, sentence: int, first: _Fate, second: _Fate) -> Tally:
    """The breakdown of one toll: two parts, and the casualties they add up to, if stated."""
    noun = first.noun or second.noun
    parts = [
        Part(
            fate.label,
            fate.count,
            fate.start,
            fate.end,
            counted=fate.noun or noun,
            counted_inherited=fate.noun is None and noun is not None,
            qualifier=qualifier_of(text, fate.start, fate.count_end),
        )
        for fate in (first, second)
    ]
    tally = Tally("breakdown", first.start, second.end, parts, subject=noun)
    for whole in _CASUALTIES.finditer(text, sentence, first.start):
        if read_count(whole["n"])[0] == (first.count or 0) + (second.count or 0):
            tally.total, tally.start = first.count + second.count, whole.start()
    # a count the toll splits in parentheses right after it: "355 (63 killed and 292
    # injured) in Government-controlled territory"
    whole = _WHOLE_BEFORE_ASIDE.search(text, max(sentence, first.start - 30), first.start)
    if (
        tally.total is None
        and whole is not None
        and _ASIDE_CLOSES.match(text, second.end)
        and read_count(whole["n"])[0] == (first.count or 0) + (second.count or 0)
    ):
        tally.total, tally.start = first.count + second.count, whole.start()
    return tally


# A harm other than death or injury, listed after a toll's two counts as their next item:
# "230 killed, 120 injured, 178 abducted, and 14 women subjected to conflict-related sexual
# violence", "440 deaths, 18 injured, 74 abductions, 64 victims of sexual violence". The
# missing, the displaced, the detained and the sick are no such harm: their fate is not yet
# known or is of another kind, and they split no whole with the dead.
_SEXUAL_VIOLENCE = r"(?:[\w-]{2,25}\s{1,3}){0,2}?sexual\s{1,3}violence\b(?:\s{0,3}\([A-Z]{2,6}\))?"
_OTHER_HARM = re.compile(
    rf"""(?P<joint>\s{{0,3}},)?(?:\s{{1,3}}and)?\s{{1,3}}{_QUALIFIER}
    (?<![\w.,-])(?P<n>{WORD_COUNT_PATTERN}){NOT_A_SHARE}
    (?:\s{{1,3}}(?P<noun>women|girls|men|boys|children|people|persons|civilians|individuals))?
    (?:\s{{1,3}}(?:were|was|had\s{{1,3}}been|have\s{{1,3}}been))?\s{{1,3}}
    (?P<harm>abducted|kidnapped|abductions|kidnappings|raped
      |(?:victims\s{{1,3}})?(?:subject(?:ed)?\s{{1,3}}to|of|experiencing)\s{{1,3}}{_SEXUAL_VIOLENCE})""",
    re.VERBOSE,
)
# What stands between the two counts of a toll that are items of one list: "230 killed,
# 120 injured", "519 were killed, 396 injured".
_LIST_JOINT = re.compile(r"\s{0,3},?\s{1,3}(?:and\s{1,3})?$")
_LAST_ITEM = re.compile(r"\s{0,3},?\s{1,3}and\b")


def _with_other_harms(text: str, sentence: int, end: int, tally: Tally) -> Tally:
    """``tally`` with the other harms its list names after its two counts, each a part.

    UN human rights reports count the civilians harmed by killing, injury, abduction and
    sexual violence in one list: "violence surged with at least 230 killed, 120 injured, 178
    abducted, and 14 women subjected to conflict-related sexual violence" is one breakdown
    of four parts ("killed", "injured", "abducted", "subjected to conflict-related sexual
    violence", counted "women" for the last). The harms follow the toll as its list's next
    items, the two counts of the toll themselves items of one list; a count of people the
    parts add up to, before them in the sentence, is the total ("affecting 792 civilians,
    of which 299 were killed, 310 injured, 151 abducted, and 32 women were subjected to
    ..."). The displaced, the missing or the detained after them are no part (as before).

    >>> text = "with 230 killed, 120 injured, 178 abducted, and 14 women raped."
    >>> fates = _fates(text)
    >>> toll = _with_other_harms(text, 0, len(text), _toll(text, 0, *fates))
    >>> [(p.category, p.count) for p in toll.parts]
    [('killed', 230), ('injured', 120), ('abducted', 178), ('raped', 14)]
    """
    first, second = tally.parts[0], tally.parts[-1]
    if len(tally.parts) != 2 or not _LIST_JOINT.fullmatch(text, first.end, second.start):
        return tally
    parts = list(tally.parts)
    at = second.end
    while (harm := _OTHER_HARM.match(text, at, end)) is not None:
        count = read_count(harm["n"])[0]
        if count is None:
            break
        label = " ".join(harm["harm"].split())
        parts.append(
            Part(
                label,
                count,
                harm.start("n"),
                harm.end(),
                counted=harm["noun"],
                qualifier=qualifier_of(text, harm.start("n"), harm.end("n")),
            )
        )
        at = harm.end()
        if _LAST_ITEM.match(text, harm.start()):
            break  # "..., and 14 women subjected to ...": the list's last item
    if len(parts) == 2:
        return tally
    widened = dataclasses.replace(tally, parts=parts, end=parts[-1].end)
    whole_sum = sum(part.count or 0 for part in parts)
    for whole in _PEOPLE_WHOLE.finditer(text, sentence, first.start):
        if read_count(whole["n"])[0] == whole_sum:
            widened.total, widened.start = whole_sum, whole.start()
    return widened


# A count of the people a list of harms splits: "affecting 1,153 civilians", "862 victims".
_PEOPLE_WHOLE = re.compile(
    rf"(?<![\w.,-])(?P<n>{COUNT_PATTERN})(?:{GAP}[a-z][\w-]{{1,20}})?"
    rf"{GAP}(?:civilians|victims|people|persons|individuals)\b",
    re.VERBOSE,
)


# A count, then the opening parenthesis of the toll that splits it.
_WHOLE_BEFORE_ASIDE = re.compile(
    rf"(?<![\w.,-])(?P<n>{COUNT_PATTERN})\s{{0,3}}\(\s{{0,3}}$", re.VERBOSE
)
_ASIDE_CLOSES = re.compile(r"\s{0,3}\)")
