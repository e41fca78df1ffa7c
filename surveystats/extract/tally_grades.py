"""Counts by grade: posts, staff or appointments split by their level ("1 D-2, 3 D-1").

United Nations staffing tables count posts by grade: "The posts requested comprise 1 D-2,
3 D-1, 12 P-5 and 4 General Service", "The Office has 3 P-4 and 2 P-3 posts", or a level
phrase before each count: "The number of posts proposed at the P-4 level is 38, at the
P-3 level 52 and at the P-2 level 17". A grade names a kind of post, so a list of two or
more counts of different grades is a breakdown whatever verb it follows; each part's
category is its grade, and the noun written after the grades ("posts") is what they count.

The search for a grade (a literal hyphenated code or the name of a category of staff) is
tried once per paragraph; the lists are read only where one is found.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import Part, Tally, read_count

__all__ = ["find_grade_counts", "is_grade"]

# A grade of the United Nations common system, as staffing tables write it.
_GRADE = r"""(?:
    (?-i:(?:D|P|G|FS|NO|SS|TC)-[1-7A-D])(?![\w-])          # "D-2", "P-5", "G-6", "NO-B"
  | (?-i:ASG|USG|SG|GS|FS|NPO)(?![\w-])                      # "ASG", "GS"
  | General\sService(?:\s\((?:Principal|Other)\slevel\))?    # "General Service (Other level)"
  | Field\sService | Local\slevel | Security\sService | Trades\sand\sCrafts
  | National\sProfessional\sOfficers?
  | Under-Secretary-General | Assistant\sSecretary-General
)"""
# A grade written as a label of its own, maybe with the grades beyond it: "G-3", "G-6 and
# above", "General Service".
_GRADE_LABEL = re.compile(rf"{_GRADE}(?:\s(?:and|or)\s(?:above|higher|below|lower))?", re.VERBOSE)
_ANY_GRADE = re.compile(
    r"(?<![\w-])(?:[DPG]|FS|NO)-[1-7A-D](?![\w-])|General Service|Field Service|Local level"
)
# How a grade starts right after its count ("12 P-5", "4 General Service"); "level" right
# before a count ("at the P-4 level is 38").
_GRADE_STARTS = (
    " D-", " P-", " G-", " FS-", " NO-", " ASG", " USG", " General Service",
    " Field Service", " Local level", " National Professional",
)  # fmt: skip
_LEVEL_REACH = 14


def is_grade(label: str) -> bool:
    """Whether a label names a grade, maybe with those beyond it.

    >>> is_grade("G-3"), is_grade("G-6 and above"), is_grade("General Service")
    (True, True, True)
    >>> is_grade("Chapter 3"), is_grade("G-3 posts")
    (False, False)
    """
    return _GRADE_LABEL.fullmatch(label) is not None


def _by_grade(text: str, number: Number) -> bool:
    """Whether a grade follows a count, or "level" stands right before it."""
    return (
        text.startswith(_GRADE_STARTS, number.end)
        or text.find(" level", max(0, number.start - _LEVEL_REACH), number.start) >= 0
    )


_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d{1,5}|[a-z]+(?:-[a-z]+)?|[A-Z][a-z]+(?:-[a-z]+)?)"
_JOINT = r"(?:\s{0,3},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})"
_NOUN = r"(?:\s{1,3}(?:level\s{1,3})?(?P<noun>posts?|positions?|staff|officers?|appointments?))?"
# One count of a grade, the noun it counts maybe after it: "12 P-5", "2 P-3 posts".
_GRADE_COUNT = re.compile(
    rf"(?P<count>{_COUNT})\s{{1,3}}(?P<grade>{_GRADE}){_NOUN}(?P<joint>{_JOINT})?", re.VERBOSE
)
# One level phrase and its count: "at the P-4 level is 38", "at the P-3 level 52".
_LEVEL_COUNT = re.compile(
    rf"""at\s{{1,3}}the\s{{1,3}}(?P<grade>{_GRADE})\s{{1,3}}level
    (?:\s{{1,3}}(?:is|was|are|were|stood\s{{1,3}}at|number(?:ed|s)?|total(?:led|ed|s)?))?
    \s{{0,3}},?\s{{1,3}}(?P<count>{_COUNT})(?![\w-])(?P<joint>{_JOINT})?""",
    re.VERBOSE,
)
_MAX_GRADES = 20
# Words of a measure by grade, not a count: a rate, an average, a salary.
_MEASURE_WORDS = re.compile(
    r"\b(?:rates?|ratios?|averages?|mean|median|percentages?|shares?|per\s{1,3}cent|"
    r"salar(?:y|ies)|costs?|ages?|scales?|steps?)\b",
    re.IGNORECASE,
)
_SENTENCE_REACH = 200


def _measures_by_grade(text: str, start: int) -> bool:
    """Whether the sentence before a list by grade names a measure ("vacancy rate")."""
    reach = max(0, start - _SENTENCE_REACH)
    stop = text.rfind(". ", reach, start)
    return _MEASURE_WORDS.search(text, stop + 1 if stop >= 0 else reach, start) is not None


def find_grade_counts(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Lists of counts by grade in ``text`` that no other reader took.

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`).
    taken
        Spans of the tallies other readers found.

    Returns
    -------
    list of Tally
        Breakdowns, one part per grade (category the grade, ``counted`` the noun written
        after the grades, if any), offsets relative to ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> def read(text):
    ...     return [[(p.category, p.count) for p in t.parts]
    ...             for t in find_grade_counts(text, find_numbers(text), [])]
    >>> read("The Office has 3 P-4 and 2 P-3 posts.")
    [[('P-4', 3), ('P-3', 2)]]
    >>> read("Posts at the P-4 level number 38, at the P-3 level 52 and at the P-2 level 17.")
    [[('P-4', 38), ('P-3', 52), ('P-2', 17)]]
    >>> read("He was promoted to the P-4 level in 2010.")
    []
    >>> read("The vacancy rate at the P-3 level was 12, at the P-4 level 9.")
    []
    """
    if not any(_by_grade(text, number) for number in numbers):
        return []  # most paragraphs: no count next to a grade (no scan of the text)
    found: list[Tally] = []
    for pattern in (_GRADE_COUNT, _LEVEL_COUNT):
        position = 0
        while (start := _next_start(text, pattern, position)) is not None:
            parts, end, noun = _read_list(text, pattern, start)
            position = max(end, start + 1)
            if len(parts) < 2 or len({part.category for part in parts}) < len(parts):
                continue
            if _measures_by_grade(text, start):
                continue  # "The vacancy rate at the P-3 level stood at 12, ...": no counts
            spans = [*taken, *((t.start, t.end) for t in found)]
            if any(s < end and start < e for s, e in spans):
                continue
            for part in parts:
                part.counted = noun
            found.append(Tally("breakdown", start, end, parts, subject=noun))
    return sorted(found, key=lambda tally: tally.start)


def _next_start(text: str, pattern: re.Pattern[str], position: int) -> int | None:
    """Where the next list of ``pattern`` may start: at a count before a grade."""
    for grade in _ANY_GRADE.finditer(text, position):
        lead = max(position, grade.start() - 24)
        match = (
            pattern.search(text, lead, grade.end() + 40)
            if pattern is _GRADE_COUNT
            else pattern.search(text, max(position, grade.start() - 8), grade.end() + 40)
        )
        if match is not None and match.start("grade") <= grade.start():
            return match.start()
    return None


def _read_list(
    text: str, pattern: re.Pattern[str], start: int
) -> tuple[list[Part], int, str | None]:
    """The counts by grade from ``start``, where the list ends, and the noun they count."""
    parts: list[Part] = []
    position, end, noun = start, start, None
    while len(parts) < _MAX_GRADES:
        match = pattern.match(text, position)
        if match is None:
            break
        count, _ = read_count(match["count"])
        if count is None:
            break
        grade = " ".join(match["grade"].split())
        parts.append(Part(grade, count, match.start(), match.end("count")))
        end = max(match.end("count"), match.end("grade"))
        if "noun" in match.groupdict() and match["noun"]:
            noun, end = match["noun"], match.end("noun")
        if not match["joint"]:
            break
        position = match.end()
    if noun is not None and not noun.endswith("s") and len(parts) > 1:
        noun += "s"  # "1 P-4 post and 2 General Service posts": posts
    return parts, end, noun
