"""Names and counts paired in order: a list of names, later a list of as many counts.

"A small number of arrivals have been reported landing this year to Cyprus and Malta, 47
and 234 migrants, respectively", "flooding was reported in Mangala, Central Equatoria, and
in Aweil East, Northern Bahr el Ghazal, displacing 7,000 and 9,000 people respectively",
"Arrivals to Greece and Spain are at 18,947 and 13,568, respectively", "refugees who have
fled to Lebanon and Jordan ... there are now over 54,500 and 6,000 ... in the respective
countries". The evidence does not hang on the words between the lists: a list of proper
names (places, bodies, groups) and a list of as many counts, the names first, tied by
"respectively" after the counts or by "the respective" places after them, pair in order.
:mod:`~surveystats.extract.tally_respective` reads the forms whose wording states that the
counts split one whole; this module reads the rest, after it, where the lists are two
lists of names and counts and nothing marks the counts as something else.

The names are capitalised words (with "of", "el", "de" ... inside a name), one list
joined by commas and "and" or "or" ("Cyprus and Malta"), or items that each repeat one
preposition with a region after the name ("in Mangala, Central Equatoria, and in Aweil
East, Northern Bahr el Ghazal": two items, labels "Mangala" and "Aweil East"). The list
nearest before the counts must hold exactly as many names as there are counts.

None (the README's conventions): counts with a unit, money or a year among them ("in
April 2017 and May 2018"), a list of years, months or days in the sentence ("In 2021 and
2022, Chad and Niger registered 420 and 515": a series over time), a month or a day as a
name, a change or a comparison ("rose by 12 and 15", "than"), a rank, what each name has
("have 15 and 54 members", "with 50 and 45 million inhabitants"), a rate ("40 and 25
pupils per class", "120 and 45 a year"), a measure or level named before the counts
("the populations of Kenya and Uganda were 16.4 and 14.1 million", "Unemployment in
Chad and Niger (12 and 15, respectively)"), persons with their titles (ages, votes),
another count or another capitalised name between the lists ("Chile and Peru supported
the proposal, and the Committee received 60 and 41": the names are not the counts'),
and percentages (shares need a whole: the other reader's), but for answers named as the
subject of a predicate that names the question, each with its share in parentheses after
it ("Poor work-life balance and fear of unemployment were the top reasons why residents
would change specialty (55.5% and 40.8%, respectively)": a survey with no stated whole,
the shares within 100 together). A count after the lists that
they add up to exactly, with "combined", "in total" or "in all", is the total ("18,947
and 13,568, respectively, (32,515 combined)"); so is the one count stated before them in
the sentence, and another count there that they do not add up to leaves them unread
("The 60 delegates met in Accra and Dakar, where 35 and 24 sessions were held").

Every pattern is bounded and tried once per "respectively" or "respective", so the time
is linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from surveystats.extract.tally_items import NOT_COUNT_AFTER
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally, read_count
from surveystats.extract.tally_poll_shares import subject_naming_question
from surveystats.extract.tally_respective import FIGURE, FIGURE_LIST, PER_CENT, read_figures
from surveystats.text.dates import MONTH_NAMES

__all__ = ["find_paired_names"]

# "respectively" after the counts, or the places they are in named "respective" after
# them ("in the respective countries", "to those respective islands"); "of their
# respective populations" names each label's own whole and is no place.
_RESPECTIVELY = re.compile(r"\brespectively\b")
_RESPECTIVE_PLACES = re.compile(
    r"\b(?:in|to|at|from|into|across|within)\s{1,3}(?:the|those|these|their)\s{1,3}"
    r"respective\s{1,3}[a-z]{3,20}s\b"
)
# How far before the word the counts may end, and how far before them the names may be.
_COUNTS_REACH = 160
_NAMES_REACH = 300
# Where the sentence of the lists begins: a full stop, a semicolon or a colon (a title's
# full stop, "Mr.", ends none).
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.;:!?](?=\s)|\n\s*\n")

# One word of a name, and the lower-case words that join words of one name ("Northern
# Bahr el Ghazal", "Democratic Republic of the Congo", "Cote d'Ivoire").
_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAME_JOINT = r"(?:of|the|el|al|de|du|des|la|le|del|da|do|dos|d'|and\s{1,3}the)"
_NAME = rf"{_NAME_WORD}(?:\s{{1,3}}(?:{_NAME_JOINT}\s{{1,3}}){{0,2}}{_NAME_WORD}){{0,5}}"
_ARTICLE = r"(?:the\s{1,3})?"
# "Cyprus and Malta", "Italy, Greece or Spain": names joined by commas and "and" or "or".
_NAME_LIST = re.compile(
    rf"(?<![\w,’'-])(?:{_ARTICLE}(?P<first>{_NAME})(?:\s{{0,3}},\s{{1,3}}{_ARTICLE}{_NAME}){{0,8}}"
    rf"\s{{0,3}},?\s{{1,3}}(?:and|or)\s{{1,3}}{_ARTICLE}{_NAME})(?![\w’'-])"
)
_LIST_JOINT = re.compile(r"\s{0,3},\s{1,3}(?:(?:and|or)\s{1,3})?|\s{1,3}(?:and|or)\s{1,3}")
_PLACING = r"in|to|from|at|into|towards|inside"
# Items that each repeat one preposition, a region after the name: "in Mangala, Central
# Equatoria, and in Aweil East, Northern Bahr el Ghazal".
_ITEM = rf"{_ARTICLE}{_NAME}(?:\s{{0,3}},\s{{1,3}}{_NAME}){{0,2}}"
_PLACED_LIST = re.compile(
    rf"\b(?P<prep>{_PLACING})\s{{1,3}}{_ITEM}"
    rf"(?:(?:\s{{0,3}},\s{{1,3}}(?:(?:and|or)\s{{1,3}})?|\s{{1,3}}(?:and|or)\s{{1,3}})"
    rf"(?P=prep)\s{{1,3}}{_ITEM}){{1,8}}(?![\w’'-])"
)
_PLACED_ITEM = re.compile(rf"\b(?:{_PLACING})\s{{1,3}}{_ARTICLE}(?P<name>{_NAME})")
# Capitalised words that open a sentence or a clause, not a name: "In Kenya and Uganda".
_NOT_NAMES = frozenset(
    """
    The A An In At To From Of On For By With And But Or While Whereas Since During As
    According Among Between Both Some Most All Almost Nearly About Over This These That
    Those It Its There Their They We Our Of Meanwhile However Also Further Moreover
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Week Weeks Round Phase
    """.split()  # noqa: SIM905
) | frozenset(name.capitalize() for name in MONTH_NAMES)

# Right before the counts: a change, a comparison, a rank, an age, a reference or what
# each name has ("have 15 and 54 members"): counts of different things.
_NOT_SPLIT_BEFORE = re.compile(
    r"\b(?:by|from|to|of|than|between|aged|ages?|ranked|ranks|ranking|placed|rated|scored"
    r"|have|has|had|having|own|owns|possess(?:es)?|comprises?|contains?|measures?|covers?"
    r"|weighs?|costs?|nos?\.?|numbers?|paragraphs?|articles?|resolutions?|sections?"
    r"|chapters?|pages?|items?|rules?|weeks?|rounds?|phases?|grades?|levels?|sessions?"
    r"|years?|months?|days?|points?|scores?|US\$|\$|€|£)\s{0,3}"
    r"(?:(?:about|some|around|over|nearly|almost|approximately|roughly|more\s{1,3}than"
    r"|less\s{1,3}than|fewer\s{1,3}than|up\s{1,3}to|at\s{1,3}least|only|just)\s{1,3})?$",
    re.IGNORECASE,
)
# A change, comparison or measure anywhere between the names and the counts.
_CHANGE_OR_MEASURE = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|increased?|increasing|decreased?|decreasing"
    r"|declined?|declining|dropped|grew|grown|growth|doubled|halved|compared|than|up|down"
    r"|ratios?|rates?|averages?|levels?|index|indices|prices?|proportions?|temperatures?"
    r"|percentages?|median|per\s{1,3}capita|populations?|sizes?|budgets?|costs?"
    r"|values?|capacity|capacities|incomes?|revenues?|scores?|ages?|lengths?|heights?"
    r"|distances?|durations?|unemployment|employment|inflation|poverty|literacy|coverage"
    r"|mortality|prevalence|incidence|turnout|density|electorates?|expenditures?|shares?)\b",
    re.IGNORECASE,
)
# The noun counted after the counts: what each name has, not a split of one noun
# ("with 15 and 54 members", "1.4 and 1.3 billion inhabitants").
_COUNTED_NOUN = re.compile(
    r"\s{1,3}(?:[a-z][a-z’'-]{1,20}\s{1,3}){0,2}?(?P<noun>[a-z][a-z’'-]{2,20})\b"
)
_HELD_NOUNS = frozenset(
    """
    member members seat seats staff employee employees inhabitant inhabitants resident
    residents bed beds citizen citizens population populations km kilometres kilometers
    square sq meter meters metre metres acre acres storey storeys floor floors room rooms
    branch branches office offices
    """.split()  # noqa: SIM905
)
# A rate after the counts and their noun: "per class", "a year", "each day".
_RATE_AFTER = re.compile(
    r"(?:\s{1,3}[a-z][a-z’'-]{1,20}){0,3}?\s{1,3}(?:per|each|every|an?)\s{1,3}"
    r"(?:year|month|week|day|night|hour|class|school|person|head|household|family|capita"
    r"|inhabitants|people|site|camp)\b"
)
# A count after "respectively" that the counts add up to: "(32,515 combined)".
_SUM_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}\(?\s{{0,3}}(?:(?:a|in)\s{{1,3}}total\s{{1,3}}(?:of\s{{1,3}})?)?"
    rf"(?P<total>{FIGURE})\s{{1,3}}(?:[a-z]{{3,15}}\s{{1,3}})?"
    r"(?:combined|in\s{1,3}total|in\s{1,3}all|altogether|overall|together)\b"
)
# A count stated before the lists that they add up to ("Of the 90 arrivals, ...").
_STATED_COUNT = re.compile(r"(?<![\w.,/-])(?P<count>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w,.]\w|[/-])")
_MIN_SUM = 10
# A list of years, months or days in the sentence: "respectively" may pair the counts with
# them ("In 2010 and 2015, Kenya and Uganda received 12 and 15"): a series over time.
_TIME = (
    r"(?:(?:1[89]|20)\d\d|"
    + "|".join(name.capitalize() for name in MONTH_NAMES)
    + (r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
)
_TIME_LIST = re.compile(
    rf"\b{_TIME}(?:\s{{0,3}},\s{{1,3}}{_TIME}){{0,6}}\s{{0,3}},?\s{{1,3}}(?:and|or|to)\s{{1,3}}{_TIME}\b"
)
_TITLES = frozenset(("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mr", "Ms", "Mrs", "Dr", "Prof"))
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"\b[A-Z]")


def find_paired_names(
    text: str, found: list[Tally], inside: Callable[[int], bool] | None = None
) -> list[Tally]:
    """Find the lists of names and counts paired in order that no other reader read.

    Parameters
    ----------
    text
        One paragraph.
    found
        The tallies already read in it: counts inside them are not read again.
    inside
        Whether a position lies in a span another grammar read (a vote's counts).

    Returns
    -------
    list of Tally
        Breakdowns (kind "breakdown", unit "count"), one for each pair of lists, with
        offsets relative to ``text``; the total where the counts add up to one stated.

    Examples
    --------
    >>> tally = find_paired_names("Landings were reported in Cyprus and Malta, 47 and 234 "
    ...     "migrants, respectively.", [])[0]
    >>> [(part.category, part.count) for part in tally.parts]
    [('Cyprus', 47), ('Malta', 234)]
    >>> find_paired_names("The Council and the Commission have 15 and 54 members, "
    ...     "respectively.", [])
    []
    """
    tallies: list[Tally] = []
    triggers = list(_RESPECTIVELY.finditer(text))
    if "respective " in text:
        triggers += list(_RESPECTIVE_PLACES.finditer(text))
    for word in sorted(triggers, key=lambda match: match.start()):
        tally = _read_pair(text, word, [*found, *tallies], inside) or _read_answers(
            text, word, [*found, *tallies]
        )
        if tally is not None:
            tallies.append(tally)
    return tallies


def _read_pair(
    text: str, word: re.Match[str], found: list[Tally], inside: Callable[[int], bool] | None
) -> Tally | None:
    """The names and counts paired by one "respectively" (or "the respective"), or ``None``."""
    at = word.start()
    sentence = _sentence_start(text, max(0, at - _COUNTS_REACH - _NAMES_REACH), at)
    lists = list(FIGURE_LIST.finditer(text, max(sentence, at - _COUNTS_REACH), at))
    if not lists:
        return None
    numbers = lists[-1]
    if _DIGIT.search(text, numbers.end(), at) or re.search(PER_CENT, numbers.group()):
        return None  # another figure between the counts and the word; shares
    if (inside is not None and inside(numbers.start())) or any(
        tally.start <= numbers.start() < tally.end for tally in found
    ):
        return None
    figures = read_figures(numbers.group(), numbers.start())
    if figures is None or len(figures) < 2 or any(decimals for _, decimals, _, _ in figures):
        return None
    if any(YEAR_FIGURE.fullmatch(text[start:end]) for _, _, start, end in figures):
        return None  # "in 2010 and 2015": dates
    if NOT_COUNT_AFTER.match(text, numbers.end()) is not None:
        return None  # a unit: "12 and 25 degrees", "47 and 50 votes"
    if _RATE_AFTER.match(text, numbers.end()) is not None:
        return None  # a rate: "40 and 25 pupils per class", "120 and 45 a year"
    noun = _COUNTED_NOUN.match(text, numbers.end())
    if noun is not None and noun["noun"] in _HELD_NOUNS:
        return None  # what each has: "15 and 54 members"
    if _NOT_SPLIT_BEFORE.search(text, max(sentence, numbers.start() - 30), numbers.start()):
        return None
    names = _names_before(text, max(sentence, numbers.start() - _NAMES_REACH), numbers.start())
    if names is None or len(names[0]) != len(figures):
        return None
    labels, names_start, names_end = names
    if any(label.split()[0] in _TITLES for label in labels):
        return None  # persons: "Mr. Sow and Ms. Berg, 45 and 52" are ages or votes
    between = text[names_end : numbers.start()]
    if _DIGIT.search(between) or _CHANGE_OR_MEASURE.search(text, sentence, numbers.start()):
        return None  # another count between; a change, comparison or measure
    if _CAPITAL.search(between):
        return None  # another name after the list: "Chile and Peru ..., and the Committee received"
    if _TIME_LIST.search(text, sentence, _sentence_end(text, word.end())):
        return None  # years, months or days the counts may pair with
    parts = [
        Part(label, int(value), start, end)
        for label, (value, _, start, end) in zip(labels, figures, strict=True)
    ]
    tally = Tally("breakdown", names_start, word.end(), parts)
    values = [value for value, _, _, _ in figures]
    total = _sum_after(text, word.end(), values)
    stated = [
        match
        for match in _STATED_COUNT.finditer(text, sentence, names_start)
        if not YEAR_FIGURE.fullmatch(match["count"])
    ]
    if total is None and stated:
        # a count before the lists is their whole where they add up to it, else a count of
        # something else the lists may not split ("The 60 delegates met in A and B, where
        # 35 and 24 sessions were held")
        total = _sum_before(stated, values)
        if total is None:
            return None
    if total is not None:
        tally.total = total
    return tally


# Shares in parentheses that "respectively" closes: "(55.5% and 40.8%, respectively)".
_SHARES_IN_PARENTHESES = re.compile(r"\(\s{0,2}$")
_RESPECTIVELY_CLOSES = re.compile(r"\s{0,3},?\s{0,3}respectively\s{0,2}\)")
_ANSWER_JOINT = re.compile(r"\s{0,3},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}")
_ANSWER_WORDS = 6
_WHOLE_SHARE = 101  # shares of one group's answers make no more than it, within rounding


def _read_answers(text: str, word: re.Match[str], found: list[Tally]) -> Tally | None:
    """Answers named as the subject, each with its share in parentheses after the predicate.

    "Poor pay and long hours were the top reasons cited (55% and 30%, respectively)": a
    predicate that names the question (the main, top or leading reasons, problems,
    concerns ...) makes its subject the answers, as many as the shares, which stay within
    100 together: a survey with no stated whole.

    >>> text = "Poor pay and long hours were the top reasons cited (55% and 30%, respectively)."
    >>> tally = _read_answers(text, _RESPECTIVELY.search(text), [])
    >>> [(part.category, part.percent) for part in tally.parts]
    [('Poor pay', 55.0), ('long hours', 30.0)]
    """
    if word.group() != "respectively":
        return None
    sentence = _sentence_start(
        text, max(0, word.start() - _COUNTS_REACH - _NAMES_REACH), word.start()
    )
    numbers = _last(FIGURE_LIST, text, max(sentence, word.start() - _COUNTS_REACH), word.start())
    if numbers is None or not re.search(rf"{PER_CENT}$", numbers.group()):
        return None
    opening = _SHARES_IN_PARENTHESES.search(
        text, max(sentence, numbers.start() - 3), numbers.start()
    )
    if opening is None or _RESPECTIVELY_CLOSES.match(text, numbers.end()) is None:
        return None
    if any(tally.start <= numbers.start() < tally.end for tally in found):
        return None
    figures = read_figures(numbers.group(), numbers.start())
    if figures is None or len(figures) < 2:
        return None
    values = [value for value, _, _, _ in figures]
    if sum(values) > _WHOLE_SHARE:
        return None
    subject = subject_naming_question(text, sentence, opening.start())
    if subject is None:
        return None
    pieces = _ANSWER_JOINT.split(text[subject[0] : subject[1]].strip())
    if len(pieces) != len(figures) or any(
        not piece or len(piece.split()) > _ANSWER_WORDS or _DIGIT.search(piece) for piece in pieces
    ):
        return None
    parts = [
        Part(piece, None, start, end, percent=float(value), decimals=decimals)
        for piece, (value, decimals, start, end) in zip(pieces, figures, strict=True)
    ]
    return Tally("survey", subject[0], word.end(), parts, unit="percent")


def _sentence_start(text: str, start: int, end: int) -> int:
    """Where the sentence holding ``text[start:end]``'s end begins."""
    last = start
    for match in _SENTENCE_END.finditer(text, start, end):
        last = match.end()
    return last


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence running at ``start`` ends."""
    end = _SENTENCE_END.search(text, start)
    return end.start() if end is not None else len(text)


def _names_before(text: str, start: int, end: int) -> tuple[list[str], int, int] | None:
    """The last list of names between ``start`` and ``end``: labels, start and end.

    >>> text = "rains in Mangala, Central Equatoria, and in Aweil East, Bahr el Ghazal, displacing"
    >>> _names_before(text, 0, len(text))[0]
    ['Mangala', 'Aweil East']
    >>> _names_before("arrivals to Cyprus and Malta,", 0, 29)[0]
    ['Cyprus', 'Malta']
    """
    candidates: list[tuple[int, int, list[str]]] = []
    placed = _last(_PLACED_LIST, text, start, end)
    if placed is not None:
        labels = [item["name"] for item in _PLACED_ITEM.finditer(placed.group())]
        candidates.append((placed.start(), placed.end(), labels))
    plain = _last(_NAME_LIST, text, start, end)
    if plain is not None:
        pieces = _LIST_JOINT.split(plain.group())
        labels = [re.sub(r"^the\s{1,3}", "", piece.strip()) for piece in pieces]
        candidates.append((plain.start(), plain.end(), labels))
    if not candidates:
        return None
    # the list nearest the counts; a plain list inside the placed one is its own regions
    begin, finish, labels = max(candidates, key=lambda c: (c[1], c[1] - c[0]))
    labels = [_strip_opening(label) for label in labels]
    if any(not label or label.split()[0] in _NOT_NAMES for label in labels):
        return None
    if len(set(labels)) != len(labels):
        return None
    return labels, begin, finish


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` between ``start`` and ``end``."""
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 (the last one is kept)
        pass
    return last


def _strip_opening(label: str) -> str:
    """A name without the capitalised function words that open its sentence ("In Kenya")."""
    words = label.split()
    while words and words[0] in _NOT_NAMES and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _sum_after(text: str, end: int, values: list[Fraction]) -> int | None:
    """A count right after "respectively" that the counts add up to ("(32,515 combined)")."""
    stated = _SUM_AFTER.match(text, end)
    if stated is None:
        return None
    total = read_count(stated["total"])[0]
    return int(total) if total is not None and total == sum(values) else None


def _sum_before(stated: list[re.Match[str]], values: list[Fraction]) -> int | None:
    """The one count stated before the lists that their counts add up to exactly."""
    wanted = sum(values)
    if wanted.denominator != 1 or wanted < _MIN_SUM:
        return None
    equal = [match for match in stated if read_count(match["count"])[0] == wanted]
    return int(wanted) if len(equal) == 1 else None
