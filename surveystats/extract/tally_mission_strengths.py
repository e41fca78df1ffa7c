"""Counts of a mission's personnel under a ceiling: a strength, no split of one whole.

The list readers take any run of counted nouns for the parts of one whole ("1.2 million
refugees and 2.3 million internally displaced"). A run whose every count is a component
of a peace operation's or a contingent's personnel -- troops or military personnel,
police, civilian staff, volunteers -- and that states a ceiling, an authorized level or a
strength is none by the README's conventions: "an authorized strength or ceiling ('The
Mission's authorized strength is 16,000 military personnel and 1,800 police') is no
split of what a mission has", and "a list of counted nouns with no stated whole whose
first count is a ceiling ... states the strength a body may reach" (records32). The same
shape, with the same closed class of nouns, is a ceiling however the sentence frames it:

- a ceiling: "with a ceiling of 17,000 troops and 2,101 police personnel", "to a ceiling
  of 13,289 military troops and 1,920 police personnel", "up to 1,500 additional
  personnel, including a maximum of 1,025 military personnel and 475 civilian police";
- an authorized level or a change of one: "a drawdown ... to 3,590 military personnel and
  1,515 police personnel", "authorizes up to 19,555 military personnel and 6,432
  civilian police", "the figure of 23,900 troops and 507 civilian police personnel" after
  "the newly approved ceiling";
- a strength with no whole: "the strength of UNFICYP was 1,201 military personnel and 46
  civilian police officers", "The Force's authorized strength was 12,000 troops and 1,500
  police".

A run is such a strength (:func:`without_mission_strengths`) where every part counts one
of these components, one of them uniformed, no whole is stated, and either a ceiling word
("ceiling", "strength", "force levels", "troop levels", "authorized", "drawdown") stands
within 60 characters before it or the parts count two components or more: what a mission
has or deploys by component is its make-up, as the README's paragraph on composition
verbs says ("The mission comprises 1,200 military personnel and 150 civilian police",
"The Mission deployed 1,200 troops and 150 police officers"; the blind labellers of the
dev sets read every such line so, 4 of 4; golden sentences of sessions 17 and 37 that
read a split were turned back to none in session 53). A whole or a part bounded from
above ("up to", "a maximum of") is a ceiling with a whole too. It stays a tally where:

- troops of one component counted by contributor: "Pakistan, Bangladesh and India
  deployed 10,600, 9,400 and 8,900 troops, respectively";
- a whole is stated and is no ceiling: "The mission had a strength of 1,250 personnel,
  1,100 military and 150 police" splits the whole it names;
- the counts are a toll, a fate written near them: "Three policemen and two soldiers were
  killed", "The death toll ... comprised 31 national staff ..., 12 military personnel and
  four police officers";
- only civilian staff are counted ("46 international staff and 120 national staff").

The older cue-phrase test (:func:`states_authorized_strength`: "authorized strength",
"troop ceiling", "authorized ... to comprise" within 120 characters before the counts,
whatever they count) lives here too and is asked by
:func:`~surveystats.extract.tally_no_splits.without_false_splits`.

Each tally is looked at once, over its own labels and a short window around it: linear
time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import Tally

__all__ = [
    "may_hold_mission_strength",
    "states_authorized_strength",
    "without_mission_strengths",
]

# The components of a mission's personnel, each as the label or counted noun of a part
# starts ("troops for a rapid reaction force", "police"), lower case.
_MILITARY = (
    r"(?:(?:serving|additional|armed\sforces|un)\s)?"
    r"(?:troops|soldiers|blue\shelmets|peacekeepers"
    r"|military(?:\s(?:personnel|troops|observers|experts|officers|component|contingents?"
    r"|(?:liaison|staff)\sofficers))?"
    r"|(?:liaison|staff)\sofficers|uniformed\s(?:personnel|staff))"
)
_POLICE = (
    r"(?:(?:additional|un|united\snations|civilian|international|individual|formed)\s){0,2}"
    r"(?:police(?:\s(?:personnel|officers|officials|advisers|advisors|units?|monitors"
    r"|component|contingents?))?|policemen|civpol)"
)
_CIVILIAN = (
    r"(?:(?:international|local|national|locally\srecruited)\s)?"
    r"(?:civilian(?:\s(?:personnel|staff))?|staff)"
    r"|(?:un|united\snations)\svolunteers|corrections\sofficers"
)
# What may follow the component's noun inside a label: nothing, a preposition, a
# relative or a participle that says where or what for ("troops for a rapid reaction
# force", "police personnel deployed in ..."), never a noun the component only modifies
# ("police stations", "military spending").
_AFTER = (
    r"(?=$|\s*[,;(]|\s(?:for|to|in|at|of|from|on|with|who|that|which|and|or|as|under"
    r"|serving|deployed|based|assigned|currently|each)\b)"
)
_COMPONENT = re.compile(
    rf"(?:the\s)?(?:(?P<military>{_MILITARY})|(?P<police>{_POLICE})|(?P<civilian>{_CIVILIAN})){_AFTER}"
)
# A fate near the counts makes them a toll of people, whatever their service.
_FATE = re.compile(
    r"kill|injur|wound|dead|death|died|maim|casualt|fatalit|martyr|missing|abduct|hostage"
    r"|slain|hurt|\btoll\b|lost\stheir\slives"
)
# Words right before the run that make it a ceiling, an authorized level or a change of
# one, or a strength: "a ceiling of", "authorized ... up to", "a drawdown ... to", "the
# strength of UNFICYP was".
_CEILING_BEFORE = re.compile(
    r"\b(?:ceiling|strength|force\slevels?|troop\slevels?|authori[sz]\w*|drawdown)\b"
)
# How far around the run a fate or a ceiling is looked for, in characters.
_WINDOW = 60
# Cheap literal test: a paragraph without these words holds no uniformed component.
_LITERALS = ("police", "troop", "militar", "soldier", "peacekeeper", "blue helmet", "officers")


# A body's strength as authorized, a ceiling: "The Mission's authorized strength is 16,000
# military personnel and 1,800 police", "the Council authorized the mission to comprise".
_CEILING = re.compile(
    r"\b(?:authori[sz]ed|mandated)\s{1,3}(?:(?:troop|military|police|uniformed|personnel)\s{1,3})?"
    r"(?:strength|ceiling)s?\b|\b(?:troop|personnel)\s{1,3}ceilings?\b"
    r"|\bauthori[sz]ed\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,3}?to\s{1,3}(?:comprise|include|deploy)\b",
    re.IGNORECASE,
)
_CEILING_REACH = 120  # characters before the first part where the ceiling may be named
_CLAUSE_BREAK = re.compile(r"[.;:]\s|\d")


def states_authorized_strength(text: str, tally: Tally) -> bool:
    """Whether counts with no whole follow words that name an authorized strength.

    A cue phrase, whatever the counts count ("authorized strength", "troop ceiling",
    "authorized ... to comprise"), asked by
    :func:`~surveystats.extract.tally_no_splits.without_false_splits` among the other
    false splits; :func:`without_mission_strengths` reads the components themselves,
    after every reader, with wider evidence of a ceiling.

    "The Mission's authorized strength comprises 13,289 military personnel and 660
    police officers" says how many it may have, as "up to 6,000 troops" does; what it
    has is counted apart ("13,250 and 1,410, respectively, were deployed").

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Its authorized strength is 900 troops and 60 police."
    >>> troops, police = Part("troops", 900, 27, 37), Part("police", 60, 42, 51)
    >>> states_authorized_strength(text, Tally("breakdown", 27, 51, [troops, police]))
    True
    """
    if tally.total is not None:
        return False
    first = tally.parts[0].start
    return any(
        _CLAUSE_BREAK.search(text, cue.end(), first) is None
        for cue in _CEILING.finditer(text, max(0, first - _CEILING_REACH), first)
    )


def may_hold_mission_strength(lower: str) -> bool:
    """Whether a lower-case paragraph names a uniformed component at all (a cheap test).

    >>> may_hold_mission_strength("with a ceiling of 17,000 troops and 2,101 police")
    True
    >>> may_hold_mission_strength("1.2 million refugees and 2.3 million displaced")
    False
    """
    return any(word in lower for word in _LITERALS)


def _component(label: str | None) -> str | None:
    """The component of a mission's personnel a label counts, if it counts one.

    >>> _component("troops for a rapid reaction force"), _component("UN police")
    ('military', 'police')
    >>> _component("local staff"), _component("police stations"), _component(None)
    ('civilian', None, None)
    """
    if not label:
        return None
    found = _COMPONENT.match(" ".join(label.lower().split()))
    if found is None:
        return None
    return found.lastgroup


def _is_strength(text: str, tally: Tally) -> bool:
    """Whether a tally's counts are the personnel of a mission by component, no split.

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "with a ceiling of 17,000 troops and 2,101 police personnel"
    >>> troops = Part("troops", 17000, 18, 31, counted="troops")
    >>> police = Part("police personnel", 2101, 36, len(text), counted="police personnel")
    >>> _is_strength(text, Tally("breakdown", 18, len(text), [troops, police]))
    True
    >>> text = "Three policemen and two soldiers were killed"
    >>> police = Part("policemen", 3, 0, 15, counted="policemen")
    >>> soldiers = Part("soldiers", 2, 20, 32, counted="soldiers")
    >>> _is_strength(text, Tally("breakdown", 0, 32, [police, soldiers]))
    False
    """
    if tally.kind != "breakdown" or tally.unit != "count" or len(tally.parts) < 2:
        return False
    components = set()
    for part in tally.parts:
        component = _component(part.category) or _component(part.counted)
        if component is None:
            return False
        components.add(component)
    before = text[max(0, tally.start - _WINDOW) : tally.start].lower()
    around = before + text[tally.start : tally.end + _WINDOW].lower()
    if _FATE.search(around):
        return False
    if "military" not in components and "police" not in components:
        return False  # "46 international staff and 120 national staff": staff by kind
    if tally.total_qualifier == "at_most" or any(p.qualifier == "at_most" for p in tally.parts):
        return True  # "up to 1,500 personnel, including a maximum of 1,025 ..."
    if tally.total is not None:
        return False  # "a strength of 1,250 personnel, 1,100 military and 150 police"
    # With no whole: a ceiling, or what a mission has or deploys by component, its make-up
    # (troops of several contributors, one component, stay a split by contributor)
    return _CEILING_BEFORE.search(before) is not None or len(components) > 1


def without_mission_strengths(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the runs of counts that are a mission's personnel by component.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for one paragraph, in order.

    Returns
    -------
    list of Tally
        The same tallies, in order, less the breakdowns whose every part counts a
        component of a mission's personnel (troops or military personnel, police,
        civilian staff, volunteers), one of them uniformed, under a ceiling, an
        authorized level or a strength with no whole; a toll (a fate written near the
        counts) stays.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "the strength of UNFICYP was 1,201 military personnel and 46 civilian police"
    >>> troops = Part("military personnel", 1201, 28, 52, counted="military personnel")
    >>> police = Part("civilian police", 46, 57, len(text))
    >>> without_mission_strengths(text, [Tally("breakdown", 28, len(text), [troops, police])])
    []
    """
    if not tallies:
        return tallies
    kept = [tally for tally in tallies if not _is_strength(text, tally)]
    return kept if len(kept) != len(tallies) else tallies
