"""Several counts of one kind joined in one clause, told apart by a group or a place.

Field updates and press copy join two or more counts of one kind by "and", "while" or
"followed by", in shapes the readers of enumerations do not know: "The earthquake killed
59 civilian staff and 43 members of the police contingents" (one verb, two objects), "the
heaviest toll, with 21 peacekeepers and seven civilians killed" (a participle after the
counts), "with more than 273,000 returning from Iran and over 230,000 from Pakistan" (the
second count elides the noun and the participle), "one million children in Mozambique,
followed by 443,000 in Malawi and 130,000 in Zimbabwe". The same shapes are as often no
split, and what tells them apart is what the counts share and what sets them apart, not
the wording:

- one verb over the counts: a verb of what befell people before the first count, a
  participle of it after the last, or a verb the later counts elide (a later count with
  words of its own before its place is another act: none);
- the counts' nouns of one kind: the same head, a head the later counts elide, or
  people of different groups ("civilian staff", "members of the police contingents");
- what differs between the items: a group or a place. A time is no category: a place
  that is a month or a day makes no run, and counts each told apart by a time are
  dropped wherever they were read
  (:func:`~surveystats.extract.tally_parallel_events.without_parallel_events`), as a
  ceiling on a body's personnel is
  (:func:`~surveystats.extract.tally_no_splits.without_false_splits`).

:func:`find_coordinated_counts` reads the runs in a sentence no other reader read. Its
figures are found once, in order, and each run is read once over its own words: linear
time.
"""

from __future__ import annotations

import itertools
import re

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    Part,
    Tally,
    matches_at,
    overlaps_any,
    read_count,
)
from surveystats.text.dates import MONTH_NAMES

__all__ = ["find_coordinated_counts"]

# ---------------------------------------------------------------------------------------
# The runs of counts read where no other reader read them.
_QUALIFIER_WORD = (
    r"(?:at\s{1,3}least|some|about|around|nearly|almost|over|more\s{1,3}than|just\s{1,3}over"
    r"|well\s{1,3}over|up\s{1,3}to|an?\s{1,3}estimated|approximately|roughly|close\s{1,3}to"
    r"|an\s{1,3}additional|another|a\s{1,3}further|a\s{1,3}total\s{1,3}of)\s{1,3}"
)
_QUALIFIER = rf"(?:{_QUALIFIER_WORD}){{0,2}}"
_FIGURE = re.compile(
    rf"""(?P<qualifier>{_QUALIFIER})
    (?P<n>\d{{1,3}}(?:\.\d{{1,2}})?\s(?:million|billion)
      |(?:{COUNT_PATTERN})(?:\s(?:million|billion))?)
    (?![\d,.]\d|\s{{0,3}}(?:per\s?cent|percent|%|years?\b|months?\b|days?\b|hours?\b))""",
    re.VERBOSE,
)
# A count alone, where a figure may open: the literal the figure pattern is tried at.
_COUNT = re.compile(rf"(?:{COUNT_PATTERN})", re.VERBOSE)
# The qualifier right before a count ("more than 273,000"), searched back from it.
_QUALIFIER_BEFORE = re.compile(rf"(?<![\w-])(?:{_QUALIFIER_WORD}){{1,2}}$")
# What joins two items, at the end of the words between them: a comma, "and", "while",
# "whereas", "followed by".
_JOINT = re.compile(
    r"""(?:,\s{1,3}(?:(?:and|while|whereas|followed\s{1,3}by)\s{1,3})?
    |\s{1,3}(?:and|while|whereas)\s{1,3}|,?\s{1,3}followed\s{1,3}by\s{1,3})$""",
    re.VERBOSE,
)
# An item's own words: no figure, no clause punctuation.
_BODY = re.compile(r"[^\d,;:.()\[\]!?\"“”]{0,120}")
# What befell people, before the counts it governs ("The earthquake killed 59 ... and
# 43 ...") or after them ("with 21 peacekeepers and seven civilians killed").
_FATE_VERB = re.compile(
    r"\b(?:killed|killing|kills|kill|injured|injuring|wounded|wounding|abducted|abducting"
    r"|claimed\s{1,3}the\s{1,3}lives\s{1,3}of|took\s{1,3}the\s{1,3}lives\s{1,3}of)\s{1,3}$"
)
_FATE_PARTICIPLE = re.compile(
    r"\s(?:(?:were|being|have\s{1,3}been|had\s{1,3}been)\s{1,3})?(?P<fate>killed|dead|injured"
    r"|wounded|missing|abducted|kidnapped|rescued|evacuated|displaced|detained|arrested)$"
)
# People, a closed class of heads, or things named by any plural: the heads of the objects
# of a verb of what befell them, one kind whatever their groups.
_PEOPLE_HEAD = re.compile(
    r"""(?:people|persons|individuals|civilians|peacekeepers|soldiers|troops|personnel
    |staff|staffers|members|officers|police|policemen|gendarmes?|children|women|men|girls
    |boys|migrants|refugees|returnees|workers|volunteers|contractors|fighters|combatants
    |militants|students|teachers|journalists|patients|survivors|victims|residents
    |nationals|guards|advisers|observers|Afghans|Syrians|Somalis|Sudanese|Congolese
    |Kosovars|Rohingya|Palestinians|Iraqis|Eritreans|Ethiopians|Malians|Burundians)""",
    re.VERBOSE,
)
_NOUN_PHRASE = re.compile(
    rf"""(?P<np>(?:[A-Za-z][\w'’-]*\s{{1,3}}){{0,3}}?(?:{_PEOPLE_HEAD.pattern}|[a-z][\w-]*[a-z]s)
    (?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?[A-Za-z][\w'’-]*(?:\s{{1,3}}[A-Za-z][\w'’-]*){{0,12}})?)""",
    re.VERBOSE,
)
# A place its item is in or comes from: a preposition, then a name in capitals.
_PLACE = re.compile(
    r"""(?P<before>(?:[a-z][\w'’-]*\s{1,3}){0,3}?)(?P<preposition>in|from|at|to|into|across)
    \s{1,3}(?P<place>(?:the\s{1,3})?[A-Z][\w'’-]*(?:\s{1,3}(?:of\s{1,3}(?:the\s{1,3})?)?[A-Z][\w'’-]*){0,4})
    \s{0,3}$""",
    re.VERBOSE,
)
# Where a run may open: "with" before its first count, "followed by" between two counts,
# or a verb of what befell people.
_LITERALS = ("with ", "followed", "kill", "injur", "wound", "abduct", "lives of")
_BEFORE_ANCHOR = 200  # characters before an anchor where a run's first figure may stand
_AFTER_ANCHOR = 400  # characters after an anchor where a run may go on
_ANCHOR = re.compile(r"with\s|followed|kill|injur|wound|abduct|lives\sof")
_MAX_ITEMS = 8
_BODY_REACH = 130  # characters between two figures of one run, the joint included
# What may follow the last count's noun in its clause: nothing, a place, a relative.
_AFTER_LAST_NOUN = re.compile(
    r"\s*(?:$|(?:in|at|from|of|on|with|near|during|across|inside|outside|working|serving|who"
    r"|which|whose|while|when|as)\b)"
)
_NO_VERB = re.compile(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|will|would|did|does|do|said|says)\b"
)


def _figures(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The figures of ``text[start:end]`` in order, none glued to a word before it.

    Each is found by its count, then read again from the qualifier right before it ("more
    than 273,000"): the pattern with its qualifier is tried at the counts only.
    """
    found: list[re.Match[str]] = []
    for count in _COUNT.finditer(text, start, end):
        if count.start() > 0 and text[count.start() - 1].isalnum():
            continue
        if found and count.start() < found[-1].end():
            continue  # the scale or the words of the figure before
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, count.start() - 40), count.start())
        figure = _FIGURE.match(text, qualifier.start() if qualifier else count.start())
        if figure is not None and figure.start("n") == count.start():
            found.append(figure)
    return found


def _value(written: str) -> int | None:
    """The count a figure states: "1.2 million" -> 1,200,000, "seven" -> 7."""
    words = written.split()
    if words[-1] in ("million", "billion"):
        scale = 1_000_000 if words[-1] == "million" else 1_000_000_000
        figure = " ".join(words[:-1])
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?", figure):
            return round(float(figure) * scale)
        count = read_count(figure)[0]
        return None if count is None else count * scale
    return read_count(written)[0]


def _run(text: str, figures: list[re.Match[str]], first: int) -> list[tuple[re.Match[str], int]]:
    """The figures joined to ``figures[first]``, each with where its own words end."""
    run: list[tuple[re.Match[str], int]] = []
    current = figures[first]
    for index in range(first + 1, len(figures)):
        match = figures[index]
        between = text[current.end() : match.start()]
        joint = _JOINT.search(between) if len(between) <= _BODY_REACH else None
        if joint is None or _BODY.fullmatch(between, 0, joint.start()) is None:
            break
        run.append((current, current.end() + joint.start()))
        current = match
        if len(run) + 1 >= _MAX_ITEMS:
            break
    tail = _BODY.match(text, current.end())
    run.append((current, tail.end() if tail is not None else current.end()))
    return run


_WITH_BEFORE = re.compile(r"\bwith\s{1,3}$")
# A name in capitals that is a time, no place: "in March", "on Monday".
_TIME_NAMES = frozenset(
    (*MONTH_NAMES, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)


def _is_time(name: str) -> bool:
    """Whether ``name`` opens on a month or a day of the week.

    >>> _is_time("March 2024"), _is_time("Malawi")
    (True, False)
    """
    words = name.lower().split()
    return bool(words) and (words[0] in _TIME_NAMES or words[0].isdigit())


def _objects(bodies: list[str]) -> list[str] | None:
    """The people each body names, the last one's words after its head kept; or ``None``."""
    labels = []
    for index, body in enumerate(bodies):
        if _NO_VERB.search(body) is not None:
            return None
        last = index == len(bodies) - 1
        match = _NOUN_PHRASE.match(body) if last else _NOUN_PHRASE.fullmatch(body)
        if match is None or (last and _AFTER_LAST_NOUN.match(body, match.end()) is None):
            return None  # "and 11 others sustained injuries": a clause of its own
        labels.append(" ".join(match["np"].split()))
    return labels


def _places(bodies: list[str]) -> list[tuple[str, str]] | None:
    """Each body's words before its place and the place; ``None`` unless all name one."""
    places = []
    for index, body in enumerate(bodies):
        match = _PLACE.fullmatch(body)
        if match is None or _NO_VERB.search(body) is not None:
            return None
        place = " ".join(match["place"].split()).removeprefix("the ")
        before = match["before"].split()
        if _is_time(place.lower()) or (index and before and before != places[0][0].split()):
            return None  # "in March"; a later item with words of its own: another act
        places.append((" ".join(before), place))
    if len({place.lower() for _, place in places}) < len(places):
        return None
    return places


def find_coordinated_counts(text: str, taken: list[tuple[int, int]] | None = None) -> list[Tally]:
    """Find counts of one kind joined in one clause and told apart by a group or a place.

    Three shapes, each with one verb over its counts:

    - a verb of what befell people before them, its objects people of different groups:
      "The earthquake killed 59 civilian staff and 43 members of the police contingents";
    - "with" before them and a participle of what befell them after the last: "the
      greatest loss of life, with 21 peacekeepers and seven civilians killed";
    - counts placed by a preposition and a name, the later ones eliding the first one's
      noun and participle, after "with" or joined by "followed by": "with more than
      273,000 returning from Iran and over 230,000 from Pakistan", "1 million children
      in Mozambique, followed by 443,000 in Malawi and 130,000 in Zimbabwe" (labels the
      places).

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: a run that overlaps one is not read.

    Returns
    -------
    list of Tally
        Breakdowns with no total, in text order, offsets relative to ``text``.

    Examples
    --------
    >>> text = "The blast killed 12 aid workers and 30 members of the local police."
    >>> [(p.category, p.count) for p in find_coordinated_counts(text)[0].parts]
    [('aid workers', 12), ('members of the local police', 30)]
    >>> text = "Returns rose, with 27,000 returning from Chad and 3,100 from Niger."
    >>> [(p.category, p.count) for p in find_coordinated_counts(text)[0].parts]
    [('Chad', 27000), ('Niger', 3100)]
    >>> find_coordinated_counts("Some 400 arrived in May and 300 in June, with 20 in Gao.")
    []
    """
    taken = taken or []
    anchors = matches_at(_ANCHOR, text, _LITERALS)
    if not anchors:
        return []
    # the figures near an anchor only: a run opens at most _BEFORE_ANCHOR characters before
    # "followed by" and closes within _AFTER_ANCHOR after it (windows merged: linear time)
    figures: list[re.Match[str]] = []
    window_start, window_end = -1, -1
    for anchor in [*anchors, None]:
        if anchor is not None and anchor.start() - _BEFORE_ANCHOR <= window_end:
            window_end = anchor.end() + _AFTER_ANCHOR
            continue
        if window_end > window_start:
            figures.extend(_figures(text, max(0, window_start), min(len(text), window_end)))
        if anchor is not None:
            window_start = anchor.start() - _BEFORE_ANCHOR
            window_end = anchor.end() + _AFTER_ANCHOR
    tallies: list[Tally] = []
    index = 0
    while index < len(figures):
        run = _run(text, figures, index)
        index += len(run)
        if len(run) < 2:
            continue
        tally = _read_run(text, run)
        if tally is not None and not overlaps_any(tally.start, tally.end, taken):
            tallies.append(tally)
    return tallies


def _read_run(text: str, run: list[tuple[re.Match[str], int]]) -> Tally | None:
    """The breakdown one run of joined figures states, or ``None``."""
    first = run[0][0]
    before = text[max(0, first.start() - 40) : first.start()]
    bodies = [text[match.end() : end].strip() for match, end in run]
    joints = [text[end : match.start()] for (_, end), (match, _) in itertools.pairwise(run)]
    counts = [_value(match["n"]) for match, _ in run]
    if any(count is None for count in counts):
        return None
    labels: list[str] | None = None
    counted: list[str | None] = [None] * len(run)
    end = run[-1][1]
    if _FATE_VERB.search(before) is not None:
        labels = _objects(bodies)
        counted = list(labels) if labels else counted
    elif _WITH_BEFORE.search(before) is not None and (fate := _FATE_PARTICIPLE.search(bodies[-1])):
        bodies[-1] = bodies[-1][: fate.start()].strip()
        labels = _objects(bodies)
        if labels is not None and labels[-1] != bodies[-1]:
            return None  # the last count's words run on past its noun
        counted = list(labels) if labels else counted
    if labels is None and (
        _WITH_BEFORE.search(before) is not None or any("followed" in joint for joint in joints)
    ):
        places = _places(bodies)
        if places is not None:
            labels = [place for _, place in places]
            noun = _NOUN_PHRASE.match(places[0][0] + " ") if places[0][0] else None
            head = " ".join(noun["np"].split()) if noun else None
            counted = [head] * len(run)
    if labels is None or any(_is_time(label.lower()) for label in labels):
        return None
    parts = [
        Part(
            label,
            count,
            match.start("n"),
            body_end,
            counted=noun,
            counted_inherited=noun is not None and index > 0 and labels is not counted,
            qualifier=qualifier_of(text, match.start("n"), match.end("n")),
        )
        for index, (label, count, noun, (match, body_end)) in enumerate(
            zip(labels, counts, counted, run, strict=True)
        )
    ]
    return Tally("breakdown", first.start(), end, parts)
