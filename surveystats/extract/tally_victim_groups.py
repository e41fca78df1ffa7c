"""Victims counted by who they were and by what befell them, in one run of counts.

Monthly reports on civilian casualties (UNSMIL, UNAMA, OHCHR) list a period's victims
by sex and age and by fate in one sentence, in one of two orders:

    Victims included 12 men, four women and four children killed, and 60 men, two women
    and seven children injured.
    Victims include 14 men and four boys killed, and nine men, five women, one boy and
    one girl injured.
    Victims included 22 men killed and 1 injured, 1 woman killed and 1 injured, and 2
    children killed.
    Victims included 11 men killed and seven injured, three women killed and three
    injured, and nine children killed (six boys and three girls) and five injured.
    The country task force reported that 18 boys and 5 girls were killed and 23 boys and
    8 girls injured.
    Between 1 October and 2 November, 71 Palestinians and eight Israelis were killed, and
    7,490 Palestinians and over 126 Israelis were injured.

In the first order each fate closes a list of groups ("12 men, four women and four
children killed"): the list is one breakdown of those who met that fate, labelled by the
groups. In the second each group opens its own toll ("22 men killed and 1 injured", the
group's noun elided before the second fate): the toll is one breakdown of that group,
labelled by the fates. The readers of lists take the run for one list of every count,
mixing fates and groups ("girls killed" beside "men" of the injured), or read nothing.

:func:`find_victim_groups` reads a run of two or more such segments joined by commas or
"and", in one sentence: a list of counts of groups (men, women, boys, girls, children,
adults, in the singular too) right before a word of fate (killed, injured, wounded, dead,
maimed) or a passive's auxiliary and the fate ("were killed", "have been killed"), or one
group's count and fate, "and" a bare count and another fate. A segment
may carry an aside in parentheses after its fate ("(six boys and three girls)"), which it
skips. The groups may be told by origin or side as well as by sex or age: a demonym
("Palestinians", "Israeli") or a closed class of the roles tolls count (civilians,
soldiers, settlers, peacekeepers, policemen, militants, combatants, fighters, journalists);
a word of approximation may open a list's next count ("and over 126 Israelis"). The first
order needs a different fate for each list; the second a different group
for each toll. A list of one group, or a group with one fate ("and 2 children killed"),
is a segment of the run with no tally of its own. Lists of groups by place ("12 men in
Gao and 4 in Kidal killed"), or one list alone, are left to the other readers. The counts
are searched for only in a paragraph that names both a death and an injury (or a maiming,
as reports on children and armed conflict write), and a group right before a fate: linear
time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from surveystats.extract.tally_parts import GAP, WORD_COUNT_PATTERN, Part, Tally, read_count
from surveystats.text import sentence_starts
from surveystats.text.demonyms import is_demonym

__all__ = ["find_victim_groups", "without_readings_of"]

# Who the victims were, by sex or age; the singular after "one" ("one boy and one girl").
_GROUP = r"(?:men|women|boys|girls|children|adults|minors|man|woman|boy|girl|child|minor)"
# Who they were by origin (a demonym: "71 Palestinians and eight Israelis were killed") or
# by side, a closed class of the roles that tolls count ("one Palestinian and five settlers
# injured"); any word is taken by the pattern, and kept only where it is one of these.
_ROLES = frozenset(
    """civilians civilian soldiers soldier settlers settler peacekeepers peacekeeper
    policemen policeman militants militant combatants combatant fighters fighter
    journalists journalist""".split()  # noqa: SIM905
)
_SEX_AND_AGE = frozenset(_GROUP.strip("(?:)").split("|"))
_FATE = r"(?:killed|injured|wounded|dead|maimed)"
_COUNT = rf"(?P<n>{WORD_COUNT_PATTERN})(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))"
# One count of a group: "12 men", "four children", "one girl", "eight Israelis".
_ITEM = re.compile(rf"{_COUNT}{GAP}(?P<group>[A-Za-z][a-z'-]{{1,20}})\b", re.VERBOSE)
# A word of approximation before a list's next count: "7,490 Palestinians and over 126".
_ABOUT = r"(?:(?:over|more\s{1,3}than|at\s{1,3}least|some|about|around|nearly|almost)\s{1,3})?"
# Between two counts of one list: ", ", ", and ", " and ".
_JOINT = re.compile(rf"(?:\s{{0,3}},\s{{1,3}}(?:and\s{{1,3}})?|\s{{1,3}}and\s{{1,3}}){_ABOUT}")
# A passive's auxiliary between a list and its fate: "18 boys and 5 girls were killed".
_AUXILIARY = rf"(?:{GAP}(?:were|are|(?:have|had){GAP}been))?"
# The fate that closes a list or follows a group's count, and an aside after it.
_FATE_AFTER = re.compile(
    rf"{_AUXILIARY}{GAP}(?P<fate>{_FATE})\b(?P<aside>\s{{0,3}}\([^()]{{1,120}}\))?"
)
# The second fate of one group's toll, its noun elided: " and 1 injured", " and seven injured".
_SECOND_FATE = re.compile(
    rf"{GAP}and{GAP}{_COUNT}{GAP}(?P<fate>{_FATE})\b(?P<aside>\s{{0,3}}\([^()]{{1,120}}\))?",
    re.VERBOSE,
)
# Between two segments of the run: ", and ", ", ", " and ".
_SEGMENT_JOINT = re.compile(
    rf"(?:\s{{0,3}},\s{{1,3}}(?:and\s{{1,3}})?|\s{{1,3}}and\s{{1,3}}){_ABOUT}"
)
_DEATH = frozenset(("killed", "dead"))
# Where a segment closes: "children killed", "girls were killed", "Israelis were killed".
_CLOSING = re.compile(rf"[a-z]s?{_AUXILIARY}{GAP}{_FATE}\b", re.VERBOSE)


def _group_name(word: str) -> str:
    """A group's label: sex and age in lower case ("Men" opening a sentence), others as written."""
    return word.lower() if word.lower() in _SEX_AND_AGE | _ROLES else word


def _is_group(word: str) -> bool:
    """Whether ``word`` names victims by sex, age, origin or side ("girls", "Israelis")."""
    lower = word.lower()
    if lower in _SEX_AND_AGE:
        return True
    return lower in _ROLES or (word[0].isupper() and is_demonym(word))


@dataclass
class _Segment:
    """One segment of a run: counts of groups and the fates they met."""

    start: int
    end: int
    # (count, group, start, end) of each count of a group, in text order
    groups: list[tuple[int, str, int, int]]
    # (fate, count or None, start, end): one fate after a list, two after a group's toll
    fates: list[tuple[str, int | None, int, int]]
    asides: list[tuple[int, int]]

    @property
    def is_toll(self) -> bool:
        """Whether the segment is one group's toll of two fates."""
        return len(self.fates) == 2


def find_victim_groups(text: str) -> tuple[list[Tally], list[tuple[int, int]]]:
    """The breakdowns of each run of victims by group and fate, and the runs' spans.

    Parameters
    ----------
    text
        One paragraph.

    Returns
    -------
    tuple of (list of Tally, list of (int, int))
        The breakdowns in text order (one per list of two groups or more, or one per
        group's toll of two fates), offsets relative to ``text``; and the span of each
        run, outside its asides, where another reading of the same counts is wrong.

    Examples
    --------
    >>> text = ("Victims included 12 men, four women and four children killed, and 60 men, "
    ...         "two women and seven children injured.")
    >>> [[(p.category, p.count) for p in t.parts] for t in find_victim_groups(text)[0]]
    [[('men', 12), ('women', 4), ('children', 4)], [('men', 60), ('women', 2), ('children', 7)]]
    >>> text = "Victims included 22 men killed and 1 injured, and 2 women killed and 5 injured."
    >>> [(t.subject, [(p.category, p.count) for p in t.parts]) for t in find_victim_groups(text)[0]]
    [('men', [('killed', 22), ('injured', 1)]), ('women', [('killed', 2), ('injured', 5)])]
    >>> text = "18 boys and 5 girls were killed and 23 boys and 8 girls injured in Jonglei."
    >>> [[(p.category, p.count) for p in t.parts] for t in find_victim_groups(text)[0]]
    [[('boys', 18), ('girls', 5)], [('boys', 23), ('girls', 8)]]
    >>> text = ("Three Palestinians and one Israeli were killed and 40 Palestinians and two "
    ...         "settlers injured.")
    >>> [[(p.category, p.count) for p in t.parts] for t in find_victim_groups(text)[0]]
    [[('Palestinians', 3), ('Israeli', 1)], [('Palestinians', 40), ('settlers', 2)]]
    >>> find_victim_groups("Victims included 12 men, four women and four children killed.")
    ([], [])
    """
    lower = text.lower()
    if not _CLOSING.search(lower):
        return [], []  # no group right before a fate: no segment (most paragraphs)
    segments = _segments(text)
    if len(segments) < 2:
        return [], []
    tallies: list[Tally] = []
    spans: list[tuple[int, int]] = []
    bounds = [*sentence_starts(text), len(text)]
    for run in _runs(text, segments, bounds):
        found = _tallies_of_run(run)
        if found:
            tallies.extend(found)
            spans.extend(_outside_asides(run))
    return tallies, spans


def without_readings_of(tallies: list[Tally], spans: list[tuple[int, int]]) -> list[Tally]:
    """``tallies`` without those that read a count inside ``spans`` (outside their asides).

    >>> parts = [Part("men", 12, 17, 23), Part("children killed", 4, 40, 60)]
    >>> without_readings_of([Tally("breakdown", 17, 60, parts)], [(17, 70)])
    []
    """
    return [
        tally
        for tally in tallies
        if not any(start <= part.start < end for part in tally.parts for start, end in spans)
    ]


def _segments(text: str) -> list[_Segment]:
    """Every segment in ``text``: a list of groups before a fate, or one group's toll."""
    items = [item for item in _ITEM.finditer(text) if _is_group(item["group"])]
    segments: list[_Segment] = []
    index = 0
    while index < len(items):
        run = [items[index]]
        while index + len(run) < len(items) and _JOINT.fullmatch(
            text, run[-1].end(), items[index + len(run)].start()
        ):
            run.append(items[index + len(run)])
        # the fate after the list's last count; a shorter list where a group's own fate
        # stands inside the run ("22 men killed and 1 injured, 1 woman killed ...")
        for stop, item in enumerate(run):
            fate = _FATE_AFTER.match(text, item.end())
            if fate is None:
                continue
            segment = _segment(text, run[: stop + 1], fate)
            if segment is not None:
                segments.append(segment)
            index += stop + 1
            break
        else:
            index += len(run)
    return segments


def _segment(text: str, items: list[re.Match[str]], fate: re.Match[str]) -> _Segment | None:
    """The segment of ``items`` closed by ``fate``, with a second fate where one follows."""
    groups = [
        (count, _group_name(item["group"]), item.start(), item.end())
        for item in items
        if (count := read_count(item["n"])[0]) is not None
    ]
    if len(groups) != len(items):
        return None
    fates: list[tuple[str, int | None, int, int]] = [
        (fate["fate"].lower(), None, fate.start("fate"), fate.end("fate"))
    ]
    asides = [fate.span("aside")] if fate["aside"] else []
    end = fate.end()
    second = _SECOND_FATE.match(text, end) if len(items) == 1 else None
    if second is not None and (count := read_count(second["n"])[0]) is not None:
        fates.append((second["fate"].lower(), count, second.start("n"), second.end("fate")))
        if second["aside"]:
            asides.append(second.span("aside"))
        end = second.end()
    return _Segment(items[0].start(), end, groups, fates, asides)


def _runs(text: str, segments: list[_Segment], bounds: list[int]) -> list[list[_Segment]]:
    """Segments that follow each other in one sentence, joined as list items are."""
    runs: list[list[_Segment]] = []
    for segment in segments:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and _SEGMENT_JOINT.fullmatch(text, last.end, segment.start)
            and not any(last.end <= bound <= segment.start for bound in bounds)
        ):
            runs[-1].append(segment)
        else:
            runs.append([segment])
    return [run for run in runs if len(run) > 1]


def _tallies_of_run(run: list[_Segment]) -> list[Tally]:
    """The breakdowns of one run, or none where its segments are of neither order."""
    if any(segment.is_toll for segment in run):
        # each group its own toll: "22 men killed and 1 injured, 1 woman killed and ..."
        if any(len(segment.groups) != 1 for segment in run):
            return []
        groups = [segment.groups[0][1] for segment in run]
        if len(set(groups)) < len(groups):
            return []  # "12 men killed and 3 injured, 4 men killed ...": places or times
        return [_toll_of_group(segment) for segment in run if segment.is_toll]
    # each fate its own list: "12 men, four women ... killed, and 60 men ... injured"
    fates = [segment.fates[0][0] for segment in run]
    deaths = sum(fate in _DEATH for fate in fates)
    if len(set(fates)) < len(fates) or deaths != 1:
        return []
    return [_list_of_fate(segment) for segment in run if len(segment.groups) > 1]


def _list_of_fate(segment: _Segment) -> Tally:
    """One fate's list: a part for each group, labelled by the group."""
    parts = [
        Part(group, count, start, end, counted=group) for count, group, start, end in segment.groups
    ]
    return Tally(
        "breakdown", segment.start, segment.fates[0][3], parts, subject=segment.fates[0][0]
    )


def _toll_of_group(segment: _Segment) -> Tally:
    """One group's toll: a part for each fate, counting the group."""
    count, group, start, _ = segment.groups[0]
    (first, _, _, first_end), (second, second_count, second_start, second_end) = segment.fates
    parts = [
        Part(first, count, start, first_end, counted=group),
        Part(second, second_count, second_start, second_end, counted=group, counted_inherited=True),
    ]
    return Tally("breakdown", start, second_end, parts, subject=group)


def _outside_asides(run: list[_Segment]) -> list[tuple[int, int]]:
    """The run's span in pieces, each aside in parentheses left out."""
    spans: list[tuple[int, int]] = []
    start = run[0].start
    for segment in run:
        for aside_start, aside_end in segment.asides:
            spans.append((start, aside_start))
            start = aside_end
    spans.append((start, run[-1].end))
    return spans
