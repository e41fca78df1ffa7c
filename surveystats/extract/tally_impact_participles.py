"""What an attack or a disaster did, in participles: "killing 14 civilians and injuring 32".

Field updates give an event's toll as participles after its main clause: "The shelling
hit the market, killing 14 civilians and injuring 32 others", "The floods affected
412,000 people, damaging 23,500 houses and destroying a further 6,800", "The attack
killed 14 civilians, injuring 32 others". The counts that follow verbs of one family
(what befell people: killed, injured, wounded, maimed, abducted; what befell buildings:
damaged, destroyed) are the parts of one breakdown, each labelled by its verb as a past
participle ("killed", "injured"), the noun of the first count that of the later ones
("32 others", "a further 6,800").

The readers of lists take "killed 14 civilians and injured 32 others" (two finite verbs)
and, where every verb is in -ing, the run too, labelled by the verbs as written; those
labels are made the past participles the module gives (:func:`name_impacts_as_done`:
"killing" -> "killed"), the category every other reading of a toll has.
this module reads the runs where a verb in -ing stands, of two verbs or more of one
family joined by commas or "and". Verbs of different families ("affected 412,000 people,
damaging 23,500 houses") split the run: people and houses are not one whole. Every
pattern opens on a verb's literal stem and is bounded: linear time.

A death toll that rose to a count, then the injured beside it, is the same split
(:func:`find_death_tolls`): "The death toll rose to 300, with more than 1,000 injured",
"This brings the number of aid workers killed to 88, and at least another 25 injured"
(killed 300, injured 1,000).
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    Part,
    Tally,
    matches_at,
    overlaps_any,
    read_count,
)

__all__ = ["find_death_tolls", "find_impact_participles", "name_impacts_as_done"]

# The verbs of each family, by stem, and the past participle each labels its part with.
_PEOPLE = {"kill": "killed", "injur": "injured", "wound": "wounded", "maim": "maimed"}
_PEOPLE |= {"abduct": "abducted"}
_BUILDINGS = {"damag": "damaged", "destroy": "destroyed"}
_STEMS = {**dict.fromkeys(_PEOPLE, "people"), **dict.fromkeys(_BUILDINGS, "buildings")}
_LABELS = {**_PEOPLE, **_BUILDINGS}
# One verb and its count: "killing 14 civilians", "injuring 32 others", "destroying a
# further 6,800".
_IMPACT = re.compile(
    rf"""
    (?<![\w-])(?P<stem>kill|injur|wound|maim|abduct|damag|destroy)(?P<ending>ing|ed)
    {GAP}(?:(?:at{GAP}least|some|about|nearly|almost|over|more{GAP}than|another|a{GAP}further
        |an{GAP}estimated){GAP})?
    (?P<n>{COUNT_PATTERN})(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))
    (?:{GAP}(?P<noun>others|more|(?:[a-z][\w-]{{1,25}}{GAP})?[a-z][\w-]{{1,25}}s|people|children
        |women|men))?\b
    """,
    re.VERBOSE,
)
_JOINT = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})")
# Where an impact verb may start: its stem (the literal every match opens on).
_LITERALS = tuple(_STEMS)
_MAX_PARTS = 6


def find_impact_participles(text: str, taken: list[tuple[int, int]] | None = None) -> list[Tally]:
    """Find an event's toll given as participles of one family of verbs.

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: a run that overlaps one is not read.

    Returns
    -------
    list of Tally
        Breakdowns in text order, offsets relative to ``text``.

    Examples
    --------
    >>> text = "The shelling hit the market, killing 14 civilians and injuring 32 others."
    >>> [(p.category, p.count, p.counted) for p in find_impact_participles(text)[0].parts]
    [('killed', 14, 'civilians'), ('injured', 32, 'civilians')]
    >>> find_impact_participles("The floods affected 412,000 people, damaging 23,500 houses.")
    []
    """
    taken = taken or []
    matches = matches_at(_IMPACT, text, _LITERALS)
    tallies: list[Tally] = []
    run: list[re.Match[str]] = []
    for match in [*matches, None]:
        if (
            match is not None
            and run
            and _JOINT.fullmatch(text, run[-1].end(), match.start()) is not None
            and _STEMS[match["stem"]] == _STEMS[run[0]["stem"]]
            and len(run) < _MAX_PARTS
        ):
            run.append(match)
            continue
        tally = _read_run(text, run, taken)
        if tally is not None:
            tallies.append(tally)
        run = [match] if match is not None else []
    return tallies


def _read_run(text: str, run: list[re.Match[str]], taken: list[tuple[int, int]]) -> Tally | None:
    """The breakdown of one run of impact verbs, or ``None``."""
    if len(run) < 2 or not any(match["ending"] == "ing" for match in run):
        return None  # "killed 14 and injured 32": the readers of lists read it
    if run[0]["noun"] is None or run[0]["noun"] in ("others", "more"):
        return None  # the first count names what it counts
    start, end = run[0].start(), run[-1].end()
    if overlaps_any(start, end, taken):
        return None
    noun = " ".join(run[0]["noun"].split())
    parts = []
    for match in run:
        count = read_count(match["n"])[0]
        if count is None:
            return None
        own = match["noun"] is not None and match["noun"] not in ("others", "more")
        if own and match is not run[0] and match["noun"].split()[-1] != noun.split()[-1]:
            return None  # "killing 14 civilians and injuring 3 soldiers": two wholes
        label = _LABELS[match["stem"]]
        parts.append(
            Part(label, count, match.start(), match.end(), counted=noun, counted_inherited=not own)
        )
    return Tally("breakdown", start, end, parts, subject=noun)


# A part that opens on an impact verb in -ing and its count: "killing 14 ...".
_OPENS_ON_PARTICIPLE = re.compile(rf"[a-z]{{3,10}}ing{GAP}(?:{COUNT_PATTERN})", re.VERBOSE)


def name_impacts_as_done(text: str, tallies: list[Tally]) -> None:
    """Label parts read from "killing 14 ..., injuring 32" by what befell them: "killed".

    >>> text = "The strike hit a school, killing 9 children and injuring 17."
    >>> parts = [Part("killing", 9, 25, 45), Part("injuring", 17, 50, 58)]
    >>> tally = Tally("breakdown", 25, 58, parts)
    >>> name_impacts_as_done(text, [tally])
    >>> [part.category for part in tally.parts]
    ['killed', 'injured']
    """
    for tally in tallies:
        for part in tally.parts:
            label = part.category or ""
            stem = label[:-3] if label.endswith("ing") else None
            if stem in _LABELS and _OPENS_ON_PARTICIPLE.match(text, part.start) is not None:
                part.category = _LABELS[stem]


# A toll of the dead that rose to a count, then the injured: "The death toll rose to 300,
# with more than 1,000 injured", "the number of aid workers killed to 88 and at least
# another 25 injured".
_DEATH_TOLL = re.compile(
    rf"""
    \b(?:(?:death|casualty){GAP}toll|number{GAP}of{GAP}(?:dead|deaths|fatalities
        |(?:[a-z][\w-]{{1,25}}{GAP}){{0,3}}?killed))
    {GAP}(?:(?:has|had){GAP})?(?:rose|risen|rises|climbed|reached|stands{GAP}at|stood{GAP}at
        |now{GAP}stands{GAP}at|increased)(?:{GAP}to)?{GAP}
    |\b(?:brings|brought|bringing|raises|raised|raising){GAP}the
        {GAP}(?:(?:total|overall|confirmed|verified|recorded){GAP})?number{GAP}of
        {GAP}(?:[A-Za-z][\w-]{{1,25}}{GAP}){{0,4}}?killed
        # the span or place the toll was counted over, in words and years with no mark
        # between: "killed since February 2022", "killed since the start of the invasion
        # in February 2022", "killed in the West Bank since 7 October"
        (?:{GAP}(?:since|in|during|from|across|over|on)(?:{GAP}(?!to\b)[\w'’-]{{1,20}}){{1,10}}?)?
        {GAP}to{GAP}
    """,
    re.VERBOSE,
)
_TOLL_COUNT = re.compile(
    rf"(?:(?:at{GAP}least|some|about|nearly|almost|over|more{GAP}than){GAP})?(?P<dead>{COUNT_PATTERN})"
    rf"(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))",
    re.VERBOSE,
)
_INJURED_AFTER = re.compile(
    rf"""\s{{0,3}},?{GAP}(?:with|and|while)
    {GAP}(?:(?:at{GAP}least|some|about|nearly|almost|over|more{GAP}than|another|a{GAP}further)
        {GAP}){{0,2}}(?P<injured>{COUNT_PATTERN})(?:{GAP}(?:others|more|people))?
    {GAP}(?:(?:were|have{GAP}been|had{GAP}been){GAP})?(?P<fate>injured|wounded)\b""",
    re.VERBOSE,
)


# Some of the dead set apart after their count, between dashes or commas: "to more than
# 9,100 -- including 510 children -- and those injured to ...". Another reader reads the
# subset; the toll reads past it.
_SUBSET_ASIDE = re.compile(
    r"\s{0,3}(?P<mark>--|[–—,])\s{0,3}(?:including|among\s{1,3}them)\s[^–—,;:()]{1,60}?"
    r"\s{0,3}(?P=mark)"
)
# The injured after the dead, elided as the dead's own phrase: "... killed ... to 9,100,
# and those injured to over 16,200", "and the number injured to 1,300".
_INJURED_TO = re.compile(
    rf"""\s{{0,3}},?{GAP}and{GAP}(?:those|the{GAP}number(?:{GAP}of)?)
    {GAP}(?P<fate>injured|wounded){GAP}to
    {GAP}(?:(?:at{GAP}least|some|about|nearly|almost|over|more{GAP}than){GAP})?
    (?P<injured>{COUNT_PATTERN})(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))""",
    re.VERBOSE,
)


def find_death_tolls(text: str, taken: list[tuple[int, int]] | None = None) -> list[Tally]:
    """Find a toll of the dead and the injured beside it: "rose to 300, with 1,000 injured".

    >>> text = "The death toll rose to 300, with more than 1,000 injured."
    >>> [(p.category, p.count) for p in find_death_tolls(text)[0].parts]
    [('killed', 300), ('injured', 1000)]
    >>> find_death_tolls("The death toll rose to 300.")
    []
    >>> text = "This brings the number of people killed since May to 910 and those injured to 1,620"
    >>> [(p.category, p.count) for p in find_death_tolls(text)[0].parts]
    [('killed', 910), ('injured', 1620)]
    """
    taken = taken or []
    tallies: list[Tally] = []
    for head in _DEATH_TOLL.finditer(text):
        count = _TOLL_COUNT.match(text, head.end())
        injured = None
        if count is not None:
            after = (
                aside.end() if (aside := _SUBSET_ASIDE.match(text, count.end())) else count.end()
            )
            injured = _INJURED_AFTER.match(text, after) or _INJURED_TO.match(text, after)
        if count is None or injured is None:
            continue
        dead, hurt = read_count(count["dead"])[0], read_count(injured["injured"])[0]
        if dead is None or hurt is None:
            continue
        start, end = head.start(), injured.end()
        if overlaps_any(start, end, taken):
            continue
        parts = [
            Part("killed", dead, count.start(), count.end()),
            Part(injured["fate"], hurt, injured.start("injured"), end),
        ]
        tallies.append(Tally("breakdown", start, end, parts))
    return tallies
