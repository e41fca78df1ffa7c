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

Where no verb ranks the first part, the shape of its clause and the later parts after
"followed by" (or "followed closely by") still do (session 52): the clause is a name and
its figure ("Insecurity (42%), followed closely by ..."); a share or count opens it
before the part, what those counted were, where they came from or what they said ("19
per cent of arrivals originated from Tunisia, followed by Eritrea (15 per cent)", "28%
of sea arrivals were Eritreans, followed by ...", "34 per cent said it was because they
did not feel safe, followed by not knowing enough (23 per cent)": a survey); a place
after its preposition has its figure after "with", where a word of the largest names the
first ("The majority ... are in Za'atri camp with 55.2% of total registered individuals,
followed by 15.8% in Irbid", "The highest caseload has been registered in Machakos county
with 215 cases (37.8%), followed by Nairobi County with 155 cases (27.3%)"); or the part
is named before "as" and such a word ("rank the Judicial system as the most corrupt
institution (34% of respondents), followed by the Central Government (28%) and by the
Parliament (15%)"). A rank word in a subject ("The highest caseload") is no part's name.
Later places may give a count and its share together ("Palma (36 per cent, 49,543)",
"Anbar 18 per cent (570,768)"), and the first place then gives one of each ("with 18 per
cent or 577,230 individuals"). The evidence is the closed class of words and the shape,
so it is checked: the first part's figure is no smaller than any later one's, shares
stay within 100, one unit throughout, and a rate or level in the first clause ("the
highest stunting rates of 46 percent"), a share of children "stunted in Kassala" (a
place in what a share "were"), money and changes read no ranking.

Each "followed by" is looked at once, with bounded patterns at known places: linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from surveystats.extract.tally_items import RATE_WORDS
from surveystats.extract.tally_parts import Part, Tally
from surveystats.extract.tally_relative_clauses import scaled_count

__all__ = ["find_rankings"]

_FIGURE = (
    r"\d{1,3}(?:\.\d{1,3})?\s(?:million|thousand)\b"
    r"|\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,6}(?!\d|[,.]\d)"
)


_SHARE = r"\d{1,3}(?:\.\d{1,2})?\s{0,3}(?:%|per\s{1,3}cent|percent)"
# The first place of a ranking, its figures before it: "The majority (3,564,619 IDPs,
# 53%) were reportedly displaced from Khartoum state; followed by ".
_RANKING_HEAD = re.compile(
    r"\b(?:[Tt]he\s{1,3})?(?:majority|[Mm]ost|largest\s{1,3}(?:group|share|number|part))"
    # "The majority of respondents (57%) is from ...": the whole named before the figures
    r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3})?[a-z][\w-]{1,25}(?:\s{1,3}[a-z][\w-]{1,25}){0,2})?"
    r"\s{0,3}\((?P<figures>[^()]{1,60})\)"
    r"(?:\s{1,3}[a-z][\w-]{0,20}){1,5}?\s{1,3}(?:from|in|to|at|into)\s{1,3}"
    r"(?P<label>[A-Z][^;,()]{0,60}?)\s{0,3}[;,]?\s{1,3}followed\s{1,3}by\s{1,3}"
)
# "followed by" (or "as were") after the first place's clause, which the place opens as
# its subject: "prematurity was an important cause of death (17.2%), as were pneumonia".
_FOLLOWED_BY = re.compile(
    r"[;,]?\s{0,3}\b(?:(?:closely\s{1,3})?followed\s{1,3}(?:closely\s{1,3})?by"
    r"|as\s{1,3}w(?:ere|as))\s{1,3}"
)
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
    r"(?!,?\s{1,3}or\s{1,3}\d|\s{0,3}\(\s{0,3}\d)"  # "with 18 per cent or 577,230": its part
)
# The first part where no verb ranks it, on the shape of its clause alone: the later parts
# after "followed by" say that it is first. A phrase that opens the sentence ("In January
# 2018, ", "Between 1 January and 31 August 2018, ") may come before each.
_OPENING = r"(?:(?:In|Between|During|From|As\s{1,3}of|Since|By|Of|Among)\s[^,;()]{1,60},\s{1,3})?"
_ABOUT = r"(?:(?:[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Oo]ver|[Aa]pproximately)\s{1,3})?"
# "Insecurity (42%), followed closely by": the clause is the part's name and its figure.
_NAMED_FIRST = re.compile(
    rf"{_OPENING}(?P<label>[A-Za-z][\w'’-]{{0,30}}(?:\s{{1,3}}[A-Za-z][\w'’-]{{0,30}}){{0,3}})"
    rf"\s{{0,3}}\((?P<figures>{_ABOUT}(?:{_SHARE}|{_FIGURE}))\)\s{{0,3}}"
)
# "19 per cent of arrivals originated from Tunisia", "28% of sea arrivals were Eritreans",
# "34 per cent said it was because they did not feel safe": the figure opens the clause,
# of its whole, and the part is what the verb says they were, where they came from or
# what they answered.
_SHARE_FIRST = re.compile(
    rf"{_OPENING}(?P<figures>{_ABOUT}(?:{_SHARE}|{_FIGURE}))"
    r"(?:\s{1,3}of\s{1,3}(?:(?:the|all|these|those)\s{1,3})?(?:[a-z][\w-]{1,25}\s{1,3}){1,4}?)?"
    r"\s{0,3}(?:"
    r"(?P<be>were|was|are|is)(?:\s{1,3}(?P<where>registered|recorded|located|hosted|based"
    r"|settled|living|residing|staying|sheltered|accommodated|born))?"
    r"|originated|originate|came|come|arrived|fled|returned|moved|went|travelled|headed"
    r"|lived|live|resided|reside"
    r"|(?P<say>said|cited|reported|mentioned|named|indicated|identified|chose|preferred"
    r"|selected))"
    r"(?:\s{1,3}(?:from|in|to|at|into|towards|as|by))?\s{1,3}"
    r"(?P<label>[A-Za-z][^;()\d]{0,80}?)\s{0,3}"
)
# "... are in Za'atri camp with 55.2% of total registered individuals": a place after its
# preposition, its figure after "with", a share of the whole or a count of its noun.
_PLACE_WITH = re.compile(
    r"(?:[^;()]{0,120}?)\b(?:in|from|at|to|into)\s{1,3}"
    r"(?P<label>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,4})\s{1,3}with\s{1,3}"
    rf"(?P<figures>{_ABOUT}(?:{_SHARE}(?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?(?:total|all)\b"
    rf"[^;,()\d]{{0,60}})?|(?:{_FIGURE})(?:\s{{1,3}}[a-z][\w-]{{1,30}}){{0,2}}))\s{{0,3}}"
    r"(?:\((?P<aside>[^()]{1,40})\)\s{0,3})?"
)
# "Those surveyed rank the Judicial system as the most corrupt institution (34% of
# respondents)": the part named before "as" and a word of the largest, its figure after.
_AS_FIRST = re.compile(
    r"[^;()]{0,120}?\b(?:ranks?|ranked|records?|recorded|names?|named|lists?|listed|sees?|saw"
    r"|considers?|considered|identif(?:y|ies|ied)|cites?|cited)\s{1,3}"
    r"(?P<label>[A-Za-z][\w'’-]{0,30}(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,5}?)\s{1,3}as\s{1,3}"
    r"(?:the|its|their)\s{1,3}(?P<rank>[^;()]{0,80}?)\s{0,3}\((?P<figures>[^()]{1,60})\)\s{0,3}"
)
_NOT_IN_FIRST = re.compile(
    r"\b(?:was|were|is|are|has|have|had|of\s{1,3}(?:each|their|its))\b", re.IGNORECASE
)
# A place in what a share "were": the share is the place's own ("were stunted in Kassala").
_PLACED = re.compile(r"\b(?:in|at|from|to|into|across|among)\b")
_MAJORITY = re.compile(
    r"\b(?:majority|most|mostly|mainly|largely|chiefly|primarily|largest|highest|biggest|main"
    r"|leading|greatest|top)\b",
    re.IGNORECASE,
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
# "12% from North African countries", "the remaining 10% from (Western and Central) Asian
# countries": the rest of the whole may close the ranking, and a bracket of words with no
# figure may open a place's name.
_RANKED_COUNT_FIRST = re.compile(
    r"(?P<rest>the\s{1,3}(?:remaining|other)\s{1,3})?"
    rf"(?P<figure>{_SHARE}|{_FIGURE})(?:\s{{1,3}}[A-Za-z][\w-]{{1,30}})?\s{{1,3}}(?:from|in|to|at|into)"
    r"\s{1,3}(?:the\s{1,3})?"
    r"(?P<label>(?:\([A-Za-z][A-Za-z ,]{0,40}\)\s{1,3})?[A-Z][^;,()]{0,60}?)"
    r"(?=\s{0,3}(?:[;,.]|\band\b|$))"
)
# A later place with its figure after "with": "followed by Chad with 454,900 and Uganda
# with 300,000", "followed by Salah al-Din with nearly 370,000 returnees".
_RANKED_WITH = re.compile(
    rf"(?P<label>[A-Z][^;,()\d]{{0,60}}?)\s{{1,3}}with\s{{1,3}}"
    rf"(?:(?:some|about|nearly|almost|over|around)\s{{1,3}})?(?P<figure>{_SHARE}|{_FIGURE})"
    r"(?:\s{1,3}[a-z][\w-]{1,30})?"
    rf"(?:\s{{0,3}}\(\s{{0,3}}(?P<second>{_SHARE})\s{{0,3}}\))?"  # "with 155 cases (27.3%)"
    r"(?=\s{0,3}(?:[;,.]|\band\b|$))"
)
# A later place with a count and its share: "Palma (36 per cent, 49,543)", "Hungary (32,700,
# or 15 per cent)", "Anbar 18 per cent (570,768)".
_PAIR_JOINT = r"\s{0,3}(?:,\s{0,3}(?:or\s{1,3})?|\s{1,3}or\s{1,3})"
_RANKED_PAIR = re.compile(
    rf"(?P<label>[A-Za-z][^;,()\d]{{0,60}}?)\s{{0,3}}\(\s{{0,3}}(?P<figure>{_SHARE}|{_FIGURE})"
    rf"{_PAIR_JOINT}(?P<second>{_SHARE}|{_FIGURE})(?:\s{{1,3}}[a-z][\w-]{{1,30}})?\s{{0,3}}\)"
)
_RANKED_FIGURE_PAIR = re.compile(
    rf"(?P<label>[A-Z][^;,()\d]{{0,60}}?)\s{{1,3}}(?P<figure>{_SHARE}|{_FIGURE})\s{{0,3}}"
    rf"\(\s{{0,3}}(?P<second>{_SHARE}|{_FIGURE})\s{{0,3}}\)"
)
# Between two later places: "," "and" "and by" ("followed by A (28%) and by B (15%)").
_RANKED_JOINT = re.compile(r"\s{0,3}(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(?:by\s{1,3})?")
# The first later place decides the shape of the others; a figure after "with" is tried
# before a parenthesis ("Nairobi County with 155 cases (27.3%)" names "Nairobi County").
_RANKED_SHAPES = (
    _RANKED_PAIR,
    _RANKED_FIGURE_PAIR,
    _RANKED_WITH,
    _RANKED_LABEL_FIRST,
    _RANKED_COUNT_FIRST,
)
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
    ordered: bool = False  # a shape's first part must be the largest: no verb ranks it
    answers: bool = False  # the parts are what those asked said: a survey


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
        if _AS_FIRST.fullmatch(text, start, joint.start()) is not None:
            # "Partners recorded Ancuabe as the district with the most returns (44 per
            # cent, 12,100)": the part is named before "as", not by the subject
            if (shaped := _shaped_head(text, start, joint)) is not None:
                heads.append(shaped)
            continue
        head = _SUBJECT_HEAD.fullmatch(text, start, joint.start())
        if (
            head is None
            or _NO_PLACE.match(head["label"].split()[0])
            or _MAJORITY.search(head["label"]) is not None  # "The highest caseload has been"
        ):
            if (shaped := _shaped_head(text, start, joint)) is not None:
                heads.append(shaped)
            continue
        ranked = head["share_of"] or head["verb"].startswith("account")
        if not ranked and _RANK_WORD.search(head["figures"]) is None:
            if (shaped := _shaped_head(text, start, joint)) is not None:
                heads.append(shaped)
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


def _shaped_head(text: str, start: int, joint: re.Match[str]) -> _Head | None:
    """The first part of a ranking on the shape of its clause alone, or ``None``.

    The clause runs from ``start`` to the "followed by" of ``joint``: a name and its
    figure in parentheses, a share or count that opens the clause before a verb and the
    part, or a place after its preposition with its figure after "with" (this one only
    where a word of the largest names the first: "The majority ... are in A with 55%").
    A rate or level anywhere in the clause ranks no parts of one whole.
    """
    clause = text[start : joint.start()]
    if RATE_WORDS.search(clause) is not None:
        return None  # "the highest stunting rates of 46 percent, followed by"
    for shape in (_NAMED_FIRST, _SHARE_FIRST, _PLACE_WITH, _AS_FIRST):
        head = shape.fullmatch(text, start, joint.start())
        if head is None:
            continue
        if shape is _PLACE_WITH and _MAJORITY.search(clause) is None:
            return None
        if shape is _AS_FIRST and _MAJORITY.search(head["rank"]) is None:
            return None  # "ranks Chile as a partner (12%)": no first
        label = head["label"].strip()
        if _NOT_IN_FIRST.search(label) is not None and shape is not _SHARE_FIRST:
            return None
        if _MAJORITY.search(label) is not None:
            return None  # "the highest number came from Kenya (350)": the rank, no name
        if shape is _SHARE_FIRST and head["be"] and not head["where"] and _PLACED.search(label):
            return None  # "24 per cent of children were stunted in Kassala": a place's rate
        if _NO_PLACE.match(label.split()[0]) and not (shape is _SHARE_FIRST and head["say"]):
            return None  # "they had no income" is an answer, "most" no part
        return _Head(
            _without_article(label),
            min(head.start("label"), head.start("figures")),
            head.end("label"),
            text[head.start("figures") : head.end()],  # with a share in parentheses after
            head.start("figures"),
            joint.end(),
            ordered=True,
            answers=shape is _SHARE_FIRST and bool(head["say"]),
        )
    return None


def _figure(raw: str) -> tuple[int | None, float | None, int | None]:
    """A count, or a share and its decimals, as written in a ranking."""
    share = re.match(r"\d{1,3}(?:\.(\d{1,2}))?\s{0,3}(?:%|per|percent)", raw)
    if share is not None:
        decimals = len(share.group(1) or "")
        return None, float(raw.split("%")[0].split()[0]), decimals
    return scaled_count(raw), None, None


_Figures = tuple[int | None, float | None, int | None]  # a count, a share, its decimals


def _shape(item: re.Match[str]) -> tuple[bool, bool] | None:
    """Whether a later place gives a count and whether it gives a share; ``None``: two alike."""
    raws = [item["figure"], *([item["second"]] if item.groupdict().get("second") else [])]
    shares = [_figure(raw)[1] is not None for raw in raws]
    if len(raws) == 2 and shares[0] == shares[1]:
        return None  # "(36 per cent, 12 per cent)": two shares of different wholes
    return (not all(shares), any(shares))


def _item_figures(item: re.Match[str]) -> _Figures:
    """The count, the share and its decimals a later place gives."""
    count, share, decimals = _figure(item["figure"])
    if item.groupdict().get("second"):
        other = _figure(item["second"])
        count = count if count is not None else other[0]
        share, decimals = (share, decimals) if share is not None else other[1:]
    return count, share, decimals


def _own_figures(figures: str, shape: tuple[bool, bool]) -> _Figures | None:
    """The first place's count and share, one of each the later places give, or ``None``."""
    found = [
        figure.group()
        for figure in _IN_PARENS.finditer(figures)
        if not _YEAR.fullmatch(figure.group())
    ]
    shares = [raw for raw in found if raw[0].isdigit() and _figure(raw)[1] is not None]
    counts = [raw for raw in found if raw not in shares]
    wants_count, wants_share = shape
    if (wants_count and len(counts) != 1) or (wants_share and len(shares) != 1):
        return None
    count = _figure(counts[0])[0] if wants_count else None
    share, decimals = _figure(shares[0])[1:] if wants_share else (None, None)
    return count, share, decimals


def _size(part: Part) -> float:
    """A part's figure, its share or its count, to rank it against the others."""
    return float(part.count) if part.count is not None else float(part.percent or 0)


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
    >>> text = ("In 2019, 22 per cent of arrivals came from Guinea, followed by Mali (15 per "
    ...         "cent) and Senegal (9 per cent).")
    >>> [(p.category, p.percent) for t in find_rankings(text, []) for p in t.parts]
    [('Guinea', 22.0), ('Mali', 15.0), ('Senegal', 9.0)]
    >>> find_rankings("In 2019, 12 per cent came from Guinea, followed by Mali (15 per cent).", [])
    []
    """
    found = []
    for head in _heads(text):
        items, at = [], head.after
        reader = None
        while len(items) < _MAX_RANKED:
            if reader is None:  # the first later place decides the shape of the others
                for shape in _RANKED_SHAPES:
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
        # what each later place gives, a count, a share or both: the same for all of them
        # and for the first place, whose figures are the one count and the one share its
        # words hold ("with 18 per cent or 577,230 individuals")
        shapes = {_shape(item) for item in items}
        if len(shapes) != 1:
            continue  # "(53%)" and "(15%)": one unit throughout
        shape = shapes.pop()
        if shape is None:
            continue
        own = _own_figures(head.figures, shape)
        if own is None:
            continue
        percent = shape == (False, True)
        first = (head.label, own, head.figures_start, head.label_end, None)
        rows = [first] + [
            (
                _without_article(item["label"]),
                _item_figures(item),
                item.start(),
                item.end(),
                # "White Nile (<1%)", as the numbers table reads "<"
                "less_than" if "below" in item.groupdict() and item["below"] else None,
            )
            for item in items
        ]
        rests = [False] + [bool(item.groupdict().get("rest")) for item in items]
        if any(
            tally.start < items[-1].end()
            and head.start < tally.end
            and any(part.category == first[0] for part in tally.parts)
            for tally in kept
        ):
            continue  # read already, its first place named
        parts = []
        for (label, (count, share, decimals), start, end, qualifier), rest in zip(
            rows, rests, strict=True
        ):
            parts.append(
                Part(
                    label,
                    count,
                    start,
                    end,
                    percent=share,
                    decimals=decimals,
                    qualifier=qualifier,
                    remaining=rest,  # "and the remaining 10% from ..."
                )
            )
        if shape[1] and sum(part.percent or 0 for part in parts) > _MAX_SHARES:
            continue  # "(61%) ... (37%) and (28%)": shares of different wholes
        if head.ordered and any(_size(part) > _size(parts[0]) for part in parts[1:]):
            continue  # "followed by" a larger figure: no ranking of the parts of one whole
        found.append(
            Tally(
                "survey" if head.answers else "breakdown",
                head.start,
                items[-1].end(),
                parts,
                unit="percent" if percent else "count",
            )
        )
    return found
