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

A ranking may give its first place's figure before the place, in parentheses after "The
majority" or "most": "The majority (3.5 million IDPs, 53%) were displaced from Khartoum
state, followed by South Darfur (15%) and Aj Jazirah (10%)", "most (142,796) migrated
from Adamawa, followed by 78,938 IDPs from Borno". :func:`find_rankings` reads the first
place with the later ones, labelled before their figures in parentheses or after them
behind a preposition; of the figures in the first parentheses it takes the one of the
later places' unit. The first place may also be the subject of its clause, ranked first by
its verb and figure: "The African Region accounted for most cases of malaria (88%),
followed by the South-East Asia Region (10%)", "prematurity was the leading cause of deaths
(17.3% of deaths), followed by pneumonia (15.2%)", "India's share of the cases has been
90%, followed by Indonesia (9%)", "... an important cause of death (17.2%), as were
pneumonia (15.4%) and ...". A level that names its place after the subject ("Inflation was
highest in Zambia (14 per cent), followed by Ghana") or a place's own rate ("has the highest
share, with 35 percent of girls out of school") ranks no parts of one whole and is none.
Places are named without their article ("the Sudan" -> "Sudan").

Each "which" or "that", each verb of amount and "followed by" is looked at once, with bounded
patterns at known places: linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from surveystats.extract.tally_items import RATE_WORDS
from surveystats.extract.tally_parts import Part, Tally, as_word, matches_at

__all__ = [
    "find_places_set_against",
    "find_rankings",
    "find_relative_counts",
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


def _count(figure: str) -> int:
    """The value of "1.1 million", "381,426" or "74"."""
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
            _count(clause["figure"]),
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
                _count(item["figure"]),
                item.start("label") if at == 0 else item.start("figure"),
                item.end("figure") if at == 0 else item.end(),
                counted=noun,
                counted_inherited=at > 0,
            )
            for at, item in enumerate(items)
        ]
        found.append(Tally("breakdown", first.start(), items[-1].end(), parts, subject=noun))
    return found


_SHARE = r"\d{1,3}(?:\.\d{1,2})?\s{0,3}(?:%|per\s{1,3}cent|percent)"
# The first place of a ranking, its figures before it: "The majority (3,564,619 IDPs,
# 53%) were reportedly displaced from Khartoum state; followed by ".
_RANKING_HEAD = re.compile(
    r"\b(?:[Tt]he\s{1,3})?(?:majority|[Mm]ost|largest\s{1,3}(?:group|share|number|part))"
    r"\s{0,3}\((?P<figures>[^()]{1,60})\)"
    r"(?:\s{1,3}[a-z][\w-]{0,20}){1,5}?\s{1,3}(?:from|in|to|at|into)\s{1,3}"
    r"(?P<label>[A-Z][^;,()]{0,60}?)\s{0,3}[;,]?\s{1,3}followed\s{1,3}by\s{1,3}"
)
# "followed by" (or "as were") after the first place's clause, which the place opens as
# its subject: "prematurity was an important cause of death (17.2%), as were pneumonia".
_FOLLOWED_BY = re.compile(r"[;,]?\s{0,3}\b(?:followed\s{1,3}by|as\s{1,3}w(?:ere|as))\s{1,3}")
_CLAUSE_REACH = 250  # characters before "followed by" that the first place's clause may take
_CLAUSE_ENDS = (". ", ";", ":", "\n")  # what ends the sentence or clause before the first place
_BEFORE_SUBJECT = " \n\t\"“'‘"  # blanks and quotes before a subject
# The first place as the subject of its clause, after an opening phrase ("Globally, ",
# "In 2019, "), and the verb that ranks it: "The African Region accounted for most cases
# (88%)", "Nigeria accounts for the highest 27 percent", "prematurity was the leading
# cause of deaths (17.3% of deaths)", "India's share of the cases has been 90%".
_SUBJECT_HEAD = re.compile(
    r"(?:[A-Z][^,;()]{0,50},\s{1,3})?"
    r"(?P<label>[A-Za-z](?:[\w-]|[’'](?!s\s)){0,30}(?:\s{1,3}[A-Za-z](?:[\w-]|[’'](?!s\s)){0,30}){0,5}?)"
    r"(?P<share_of>[’']s\s{1,3}share\s{1,3}of\s{1,3}[^,;()\d]{1,80}?)?"
    r"\s{1,3}(?P<verb>accounts?\s{1,3}for|accounted\s{1,3}for|was|were|is|are|remains|remained"
    r"|has\s{1,3}been|had|has|hosted|received|recorded|reported"
    r"|hosts|receives|records|reports)\s{1,3}"
    r"(?P<figures>[^;]{1,120})"
)
# What ranks a place first in a clause whose verb is no share of a whole by itself: the
# first of a set its noun names ("the leading cause of", "the largest number of", "most
# of"), not a level where the place is named after ("Inflation was highest in Zambia").
_RANK_WORD = re.compile(
    r"\b(?:most|largest|highest|leading|main|maximum|top|biggest|greatest|majority|first"
    r"|principal|major|important)\b(?!\s{0,3}(?:in|among|at|across|on|for|with)\b|\s{0,3}[,(]|\s{0,3}$)"
)
# A share given with a place as its own rate: "has the highest share, with 35 percent
# of girls out of school" (a count with it is the place's part: "hosts the largest
# refugee population, with 3.6 million, followed by Iran with 3.4 million").
_WITH_FIGURE = re.compile(
    rf"\bwith\s{{1,3}}(?:some\s{{1,3}}|about\s{{1,3}}|around\s{{1,3}})?{_SHARE}"
)
# Subjects that name no place: pronouns and quantities.
_NO_PLACE = re.compile(
    r"(?:it|this|that|these|those|they|he|she|we|there|most|some|many|all|each|half|one"
    r"|about|around|nearly|almost|over)$",
    re.IGNORECASE,
)
_IN_PARENS = re.compile(rf"(?P<share>{_SHARE})|(?P<count>{_FIGURE})")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A later place: "South Darfur (15%)", "pneumonia (15.2%)", "78,938 IDPs from Borno" or
# "12% in Pakistan".
_RANKED_LABEL_FIRST = re.compile(
    rf"(?P<label>[A-Za-z][^;,()]{{0,60}}?)\s{{0,3}}\(\s{{0,3}}(?:(?P<below><)\s{{0,3}})?(?P<figure>{_SHARE}|{_FIGURE})\s{{0,3}}\)"
)
_RANKED_COUNT_FIRST = re.compile(
    rf"(?P<figure>{_SHARE}|{_FIGURE})(?:\s{{1,3}}[A-Za-z][\w-]{{1,30}})?\s{{1,3}}(?:from|in|to|at|into)"
    r"\s{1,3}(?P<label>[A-Z][^;,()]{0,60}?)(?=\s{0,3}(?:[;,.]|\band\b|$))"
)
# A later place with its figure after "with": "followed by Chad with 454,900 and Uganda
# with 300,000", "followed by Salah al-Din with nearly 370,000 returnees".
_RANKED_WITH = re.compile(
    rf"(?P<label>[A-Z][^;,()\d]{{0,60}}?)\s{{1,3}}with\s{{1,3}}"
    rf"(?:(?:some|about|nearly|almost|over|around)\s{{1,3}})?(?P<figure>{_SHARE}|{_FIGURE})"
    r"(?:\s{1,3}[a-z][\w-]{1,30})?(?=\s{0,3}(?:[;,.]|\band\b|$))"
)
_RANKED_JOINT = re.compile(r"\s{0,3}(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})")
_MAX_RANKED = 30
_MAX_SHARES = 100.5  # shares of one whole, loosely rounded, add up to no more


class _Head(NamedTuple):
    """The first place of a ranking: its name, where it stands, the words holding its figure."""

    label: str
    start: int  # where the ranking starts
    label_end: int
    figures: str  # the words that hold the first place's figure
    figures_start: int
    after: int  # where the later places start, after "followed by"


def _without_article(label: str) -> str:
    """A place's name without the article before it: "the Sudan" -> "Sudan"."""
    label = label.strip()
    return label[4:] if label[:4].lower() == "the " else label


def _heads(text: str) -> list[_Head]:
    """The first places of the rankings in ``text``, in either shape, in text order."""
    heads = [
        _Head(
            head["label"].strip(),
            head.start(),
            head.end("label"),
            head["figures"],
            head.start("figures"),
            head.end(),
        )
        for head in _RANKING_HEAD.finditer(text)
    ]
    taken = {head.after for head in heads}
    for joint in _FOLLOWED_BY.finditer(text):
        if joint.end() in taken:
            continue
        reach = max(0, joint.start() - _CLAUSE_REACH)
        start = max(reach, *(text.rfind(end, reach, joint.start()) + 1 for end in _CLAUSE_ENDS))
        while start < joint.start() and text[start] in _BEFORE_SUBJECT:
            start += 1
        head = _SUBJECT_HEAD.fullmatch(text, start, joint.start())
        if head is None or _NO_PLACE.match(head["label"].split()[0]):
            continue
        ranked = head["share_of"] or head["verb"].startswith("account")
        if not ranked and _RANK_WORD.search(head["figures"]) is None:
            continue  # "Food insecurity was reported by 40 per cent of households"
        if _WITH_FIGURE.search(head["figures"]) is not None:
            continue
        heads.append(
            _Head(
                _without_article(head["label"]),
                head.start("label"),
                head.end("label"),
                head["figures"],
                head.start("figures"),
                joint.end(),
            )
        )
    return sorted(heads, key=lambda head: head.start)


def _figure(raw: str) -> tuple[int | None, float | None, int | None]:
    """A count, or a share and its decimals, as written in a ranking."""
    share = re.match(r"\d{1,3}(?:\.(\d{1,2}))?\s{0,3}(?:%|per|percent)", raw)
    if share is not None:
        decimals = len(share.group(1) or "")
        return None, float(raw.split("%")[0].split()[0]), decimals
    return _count(raw), None, None


def find_rankings(text: str, kept: list[Tally]) -> list[Tally]:
    """Rankings of places whose first place's figures stand before it or in its clause.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    kept
        The tallies other readers found: a ranking whose first place one of them already
        names where it stands is theirs (the share clauses' "The majority (...)", a count
        "Of these, most (...)" splits), and shares that add up to more than 100 are none.

    Returns
    -------
    list of Tally
        One breakdown per ranking, its parts the places in the order written.

    Examples
    --------
    >>> text = ("Most (61%) had fled from Kayin State, followed by Shan State (22%) and "
    ...         "Rakhine State (9%).")
    >>> [(p.category, p.percent) for t in find_rankings(text, []) for p in t.parts]
    [('Kayin State', 61.0), ('Shan State', 22.0), ('Rakhine State', 9.0)]
    >>> find_rankings("Most (61%) came from A, followed by Bo (37%) and Co (28%).", [])
    []
    >>> text = ("Globally, malaria was the leading cause of death (12%), followed by "
    ...         "measles (9%) and diarrhoea (8%).")
    >>> [(p.category, p.percent) for t in find_rankings(text, []) for p in t.parts]
    [('malaria', 12.0), ('measles', 9.0), ('diarrhoea', 8.0)]
    >>> find_rankings("Inflation was highest in Zambia (14%), followed by Ghana (11%).", [])
    []
    """
    found = []
    for head in _heads(text):
        items, at = [], head.after
        reader = None
        while len(items) < _MAX_RANKED:
            if reader is None:  # the first later place decides the shape of the others
                for shape in (_RANKED_LABEL_FIRST, _RANKED_COUNT_FIRST, _RANKED_WITH):
                    if (item := shape.match(text, at)) is not None:
                        reader = shape
                        break
                else:
                    item = None
            else:
                item = reader.match(text, at)
            if item is None:
                break
            items.append(item)
            joint = _RANKED_JOINT.match(text, item.end())
            if joint is None:
                break
            at = joint.end()
        if not items:
            continue
        percent = _figure(items[0]["figure"])[1] is not None
        own = [
            figure.group()
            for figure in _IN_PARENS.finditer(head.figures)
            if (figure["share"] is not None) == percent and not _YEAR.fullmatch(figure.group())
        ]
        if len(own) != 1 or any((_figure(i["figure"])[1] is not None) != percent for i in items):
            continue  # "(53%)" and "(15%)": one unit throughout
        first = (head.label, own[0], head.figures_start, head.label_end, None)
        rows = [first] + [
            (
                _without_article(item["label"]),
                item["figure"],
                item.start(),
                item.end(),
                # "White Nile (<1%)", as the numbers table reads "<"
                "less_than" if "below" in item.groupdict() and item["below"] else None,
            )
            for item in items
        ]
        if any(
            tally.start < items[-1].end()
            and head.start < tally.end
            and any(part.category == first[0] for part in tally.parts)
            for tally in kept
        ):
            continue  # read already, its first place named
        parts = []
        for label, raw, start, end, qualifier in rows:
            count, share, decimals = _figure(raw)
            parts.append(
                Part(
                    label,
                    count,
                    start,
                    end,
                    percent=share,
                    decimals=decimals,
                    qualifier=qualifier,
                )
            )
        if percent and sum(part.percent or 0 for part in parts) > _MAX_SHARES:
            continue  # "(61%) ... (37%) and (28%)": shares of different wholes
        found.append(
            Tally(
                "breakdown",
                head.start,
                items[-1].end(),
                parts,
                unit="percent" if percent else "count",
            )
        )
    return found
