"""Counts told after their labels: relative clauses, places set against each other, rankings.

"The main causes of displacement were conflict, which displaced 1.1 million people,
followed by drought, which affected 380,000 people, and floods, which affected 74,000"
splits the displaced by cause. Each label comes first, then "which" (or "that") and a
verb, and the count is the verb's object: the readers of counts know a label after its
count or before a verb that states it, not one a relative clause stands between.
:func:`find_relative_counts` reads two or more such items joined by list joints ("," "and"
", followed by" "while"); the first label starts after the sentence's verb ("were",
"include") or its preposition, the later ones after their joint. The counted noun is the
one the first item writes, where it writes one; items that count different nouns
("which called for 15 measures, and ..., which requested 4 reports") or whose labels hold
a number (a year, a resolution) are no split.

"Returnees through crossing A totalled 330, against 97 at crossing B; at crossing C only
17 arrivals were recorded" counts one noun at places set against each other: the first
place between the noun and a verb of amount ("totalled", "numbered", "stood at"), the
later ones after their counts, behind "against", "compared with" or "versus", and maybe a
last clause that opens on its place. :func:`find_places_set_against` reads them. A label
that holds a number or a time ("compared with 640 a year earlier", "in 2019") is no place,
and a rate or a level is no count that splits ("The rate in A stood at 500, against 300
in B").

Each "which" or "that" and each verb of amount is looked at once, with bounded
patterns at known places: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_items import RATE_WORDS
from surveystats.extract.tally_parts import Part, Tally, as_word, matches_at

__all__ = [
    "find_places_set_against",
    "find_relative_counts",
    "scaled_count",
]

_WORD = r"[A-Za-z][\w'’-]{0,30}"
_FIGURE = (
    r"\d{1,3}(?:\.\d{1,3})?\s(?:million|thousand)\b"
    r"|\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,6}(?!\d|[,.]\d)"
)
# The relative clause: "which displaced 1.1 million people", "that has affected some 4,000".
_CLAUSE = re.compile(
    # the relative pronoun first, its first letter before the look-behind for a word
    # start: a regex that opens on a blank would try every blank, and one that opens on
    # "\b" every character; one that opens on a letter skips to a "w" or a "t"
    r"(?:w(?<!\w\w)hich|t(?<!\w\w)hat)\s{1,3}(?:(?:has|have|had)\s{1,3})?"
    r"(?P<verb>(?:[a-z]{2,18}ed|left|hit|drove|struck|took|saw)(?:\s{1,3}(?:for|up))?)\s{1,3}"
    r"(?:(?:some|about|around|nearly|almost|over|an\s{1,3}estimated|at\s{1,3}least"
    r"|more\s{1,3}than)\s{1,3})?"
    rf"(?P<figure>{_FIGURE})"
    rf"(?P<noun>(?:\s{{1,3}}(?!(?:and|followed|while|whereas|in|of|as|since|during)\b){_WORD}){{0,3}})"
)
_PRONOUNS = ("which", "that")  # what every _CLAUSE opens on
# Between one item and the next label.
_JOINT = re.compile(
    r"\s{0,3}(?:,\s{1,3}(?:and\s{1,3}|followed\s{1,3}by\s{1,3}|while\s{1,3}|whereas\s{1,3})?"
    r"|;\s{1,3}|\s{1,3}(?:and|followed\s{1,3}by|while|whereas)\s{1,3})"
)
# The word before the first label: the sentence's verb or preposition ("were conflict").
_LEAD = re.compile(
    r"(?:\b(?:were|was|are|is|include[sd]?|including|by|from|namely|to)|:)\s{1,3}"
    rf"(?P<label>{_WORD}(?:\s{{1,3}}{_WORD}){{0,4}})$"
)
_LABEL = re.compile(rf"{_WORD}(?:\s{{1,3}}{_WORD}){{0,4}}")
_LEAD_REACH = 80  # characters before the first "which" that its label and lead may take
_SCALES = {"million": 1_000_000, "thousand": 1_000}


def scaled_count(figure: str) -> int:
    """The value of a figure as these readers match it: "1.1 million", "381,426" or "74".

    >>> scaled_count("1.1 million"), scaled_count("12 thousand"), scaled_count("381,426")
    (1100000, 12000, 381426)
    """
    number, _, scale = figure.partition(" ")
    if scale:
        return round(float(number) * _SCALES[scale])
    return int(number.replace(",", ""))


def _label_end(text: str, clause: re.Match[str]) -> int:
    """Where the label before a relative clause ends: before its comma and blanks."""
    end = clause.start()
    while end > 0 and text[end - 1] in " ,\t\n":
        end -= 1
    return end


def _items(text: str, clauses: list[re.Match[str]]) -> list[tuple[int, re.Match[str]]]:
    """The longest run of clauses, each with where its label starts, that join as a list."""
    best: list[tuple[int, re.Match[str]]] = []
    run: list[tuple[int, re.Match[str]]] = []
    for clause in clauses:
        start = None
        if run:
            joint = _JOINT.match(text, run[-1][1].end())
            if joint is not None and _LABEL.fullmatch(text, joint.end(), _label_end(text, clause)):
                start = joint.end()
        if start is None:
            if len(run) > len(best):
                best = run
            end = _label_end(text, clause)
            lead = _LEAD.search(text, max(0, end - _LEAD_REACH), end)
            run = [(lead.start("label"), clause)] if lead is not None else []
            continue
        run.append((start, clause))
    return run if len(run) > len(best) else best


def find_relative_counts(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """The splits whose counts are told in relative clauses after their labels.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    taken
        Spans of the tallies other readers found: their counts are not read again.

    Returns
    -------
    list of Tally
        At most one breakdown, its parts the labels and the counts of their clauses.

    Examples
    --------
    >>> text = ("The main causes were conflict, which displaced 1.1 million people, followed "
    ...         "by drought, which affected 380,000 people, and floods, which affected 74,000.")
    >>> [(p.category, p.count) for t in find_relative_counts(text, []) for p in t.parts]
    [('conflict', 1100000), ('drought', 380000), ('floods', 74000)]
    """
    clauses = [
        clause
        for clause in matches_at(_CLAUSE, text, _PRONOUNS)
        if not any(s < clause.end("figure") and clause.start("figure") < e for s, e in taken)
    ]
    if len(clauses) < 2:
        return []
    items = _items(text, clauses)
    if len(items) < 2:
        return []
    counted = items[0][1]["noun"].strip() or None
    nouns = {noun.lower() for _, clause in items if (noun := clause["noun"].strip())}
    if len(nouns) > 1 or any(
        re.search(r"\d", text[start : _label_end(text, clause)]) for start, clause in items
    ):
        # "resolution 2250, which called for 15 measures, and ..., which requested 4
        # reports": counts of different things; "2020, which saw ...": a year's
        return []
    parts = [
        Part(
            text[start : _label_end(text, clause)].strip(),
            scaled_count(clause["figure"]),
            start,
            clause.end("noun") if clause["noun"] else clause.end("figure"),
            counted=counted,
            counted_inherited=at > 0 and counted is not None,
        )
        for at, (start, clause) in enumerate(items)
    ]
    return [Tally("breakdown", parts[0].start, parts[-1].end, parts, subject=counted)]


_PLACE = r"(?:[\w'’-]{1,30}\s{1,3}){0,4}?[\w'’-]{1,30}"
_QUALIFIER = r"(?:(?:some|about|around|nearly|almost|over|only|just)\s{1,3})?"
_PLACE_PREPOSITION = r"(?:through|at|in|via|from|to)"
# The first place: the counted noun, its place, a verb of amount and the count.
_FIRST_PLACE = re.compile(
    rf"(?P<noun>[A-Za-z][\w-]{{2,30}})\s{{1,3}}{_PLACE_PREPOSITION}\s{{1,3}}(?P<label>{_PLACE})"
    r"\s{1,3}(?:totall?ed|numbered|stood\s{1,3}at|reached|amounted\s{1,3}to|came\s{1,3}to)"
    rf"\s{{1,3}}{_QUALIFIER}(?P<figure>{_FIGURE})"
)
# A later place, set against the first or listed after the one set against it.
_AGAINST = re.compile(
    r",?\s{1,3}(?:against|compared\s{1,3}(?:with|to)|versus)\s{1,3}"
    rf"{_QUALIFIER}(?P<figure>{_FIGURE})(?:\s{{1,3}}[a-z][\w-]{{2,30}})?\s{{1,3}}"
    rf"{_PLACE_PREPOSITION}\s{{1,3}}(?P<label>{_PLACE})(?=[,;.]|\s{{1,3}}and\s|$)"
)
# The first place's verb of amount and count, and the opening of the place set against it:
# what every reading holds (the end of a _FIRST_PLACE match, then the start of an _AGAINST
# match at its end), looked for before any place is read. It opens on the verbs' letters;
# _FIRST_PLACE opens on any letter, the noun's.
# Its verbs as literals, tested first: a vote's paragraph with "against" has none of them.
_AMOUNT_VERBS = ("totaled", "totalled", "numbered", "stood", "reached", "amounted", "came")
_AMOUNT_SET_AGAINST = re.compile(
    r"(?:totall?ed|numbered|stood\s{1,3}at|reached|amounted\s{1,3}to|came\s{1,3}to)"
    rf"\s{{1,3}}{_QUALIFIER}(?:{_FIGURE}),?\s{{1,3}}(?:against|compared\s{{1,3}}(?:with|to)|versus)\s"
)
_LISTED = re.compile(
    rf"(?:,\s{{1,3}}(?:and\s{{1,3}})?|\s{{1,3}}and\s{{1,3}}){_QUALIFIER}(?P<figure>{_FIGURE})"
    rf"(?:\s{{1,3}}[a-z][\w-]{{2,30}})?\s{{1,3}}{_PLACE_PREPOSITION}\s{{1,3}}(?P<label>{_PLACE})"
    r"(?=[,;.]|\s{1,3}and\s|$)"
)
# A last clause that opens on its place: "; at crossing C only 17 arrivals were recorded".
_PLACE_FIRST = re.compile(
    rf"\s{{0,3}}[;,]\s{{1,3}}(?:and\s{{1,3}})?{_PLACE_PREPOSITION}\s{{1,3}}(?P<label>{_PLACE}),?"
    rf"\s{{1,3}}{_QUALIFIER}(?P<figure>{_FIGURE})(?:\s{{1,3}}[a-z][\w-]{{2,30}}){{1,3}}"
    r"\s{1,3}(?:were|was|had\s{1,3}been|have\s{1,3}been)\s{1,3}"
    r"(?:recorded|registered|reported|counted|observed)"
)
# Words that make a label a time, not a place.
_TIME_WORDS = re.compile(
    r"\b(?:year|years|month|months|week|weeks|period|time|earlier|previous|last|same|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _is_place(label: str) -> bool:
    """Whether a label names a place: no number, no time, some word in capitals."""
    return (
        not re.search(r"\d", label)
        and _TIME_WORDS.search(label) is None
        and any(word[:1].isupper() for word in label.split())
    )


def find_places_set_against(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """Counts of one noun at places set against each other ("330 at A, against 97 at B").

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    taken
        Spans of the tallies other readers found: their counts are not read again.

    Returns
    -------
    list of Tally
        One breakdown per list of places, its parts the places and their counts.

    Examples
    --------
    >>> text = ("Arrivals at Kismayo numbered 1,200, compared with 640 at Baidoa; at Dhobley "
    ...         "only 310 arrivals were recorded.")
    >>> [(p.category, p.count) for t in find_places_set_against(text, []) for p in t.parts]
    [('Kismayo', 1200), ('Baidoa', 640), ('Dhobley', 310)]
    """
    found: list[Tally] = []
    if not any(verb in text for verb in _AMOUNT_VERBS) or _AMOUNT_SET_AGAINST.search(text) is None:
        return found  # most paragraphs with "against" are votes
    for first in _FIRST_PLACE.finditer(text):
        if RATE_WORDS.search(first["noun"]) or any(
            s < first.end() and first.start() < e for s, e in taken
        ):
            continue  # "The rate in A stood at 500": a level; another reader's figures
        against = _AGAINST.match(text, first.end())
        if against is None:
            continue
        items = [first, against]
        while (listed := _LISTED.match(text, items[-1].end())) is not None:
            items.append(listed)
        if (last := _PLACE_FIRST.match(text, items[-1].end())) is not None:
            items.append(last)
        if not all(_is_place(item["label"]) for item in items):
            continue
        noun = as_word(first["noun"])  # "Returnees" opens its sentence
        parts = [
            Part(
                item["label"],
                scaled_count(item["figure"]),
                item.start("label") if at == 0 else item.start("figure"),
                item.end("figure") if at == 0 else item.end(),
                counted=noun,
                counted_inherited=at > 0,
            )
            for at, item in enumerate(items)
        ]
        found.append(Tally("breakdown", first.start(), items[-1].end(), parts, subject=noun))
    return found
