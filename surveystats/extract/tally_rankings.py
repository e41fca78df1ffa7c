"""Rankings: the parts of one whole, the first named as the largest, the others after it.

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

Each "followed by" is looked at once, with bounded patterns at known places: linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from surveystats.extract.tally_parts import Part, Tally

__all__ = ["find_rankings"]

_FIGURE = (
    r"\d{1,3}(?:\.\d{1,3})?\s(?:million|thousand)\b"
    r"|\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,6}(?!\d|[,.]\d)"
)
_SCALES = {"million": 1_000_000, "thousand": 1_000}


def _count(figure: str) -> int:
    """The value of "1.1 million", "381,426" or "74"."""
    number, _, scale = figure.partition(" ")
    if scale:
        return round(float(number) * _SCALES[scale])
    return int(number.replace(",", ""))


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
