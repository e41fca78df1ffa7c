"""One part of a whole named by a share in words, its figures in parentheses after the whole.

Reports open a clause on how much of a group did something, in words, then give the
figures of that share in parentheses after the group, then say what the share did:

    An overwhelming majority of the Member States that replied (51 of 56) considered
    that the cycle should be maintained.
    Most of the 212 municipalities that took part in the assessment (154, or 73 per cent)
    reported shortages of drinking water.
    Most of those interviewed in the camps (about 70 per cent) said that they did not
    feel safe returning home.
    A third of the victims (1,120) were under 18.

Each is one part of the group: its count (or, for those who replied or were surveyed,
its share, where only a share is given), labelled by the predicate after the
parentheses; the group's size is the total where
the text states it ("of the 212 municipalities", "51 of 56"). The figures must agree with
the words (a majority or "most" is more than half, "a third" within a tenth of a
third), so a figure in parentheses that is no share of the group ("(2019)", "(see annex)")
reads nothing. A group of those who replied, were surveyed or interviewed makes a survey,
any other group a breakdown. :func:`find_fraction_subjects` reads, in a sentence no
other reader has read, every such clause, where the paragraph holds a parenthesis and
the share's words before "of" (a literal test first); the pattern has no nested
unbounded repetition: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    YEAR_FIGURE,
    Part,
    Tally,
    overlaps_any,
    read_count,
)

__all__ = [
    "ASKED_GROUP",
    "FRACTION_SUBJECT_WORDS",
    "contradicts_share_words",
    "find_fraction_subjects",
]

#: Literals one of which a paragraph holds where a share in words may open a clause.
FRACTION_SUBJECT_WORDS = (
    "majority of",
    "most of",
    "Most of",
    "half of",
    "third of",
    "thirds of",
    "quarter of",
    "quarters of",
    "fifth of",
)

_FRACTIONS = {
    "half": 1 / 2,
    "third": 1 / 3,
    "two thirds": 2 / 3,
    "quarter": 1 / 4,
    "three quarters": 3 / 4,
    "fifth": 1 / 5,
}
_FRACTION_SLACK = 0.1  # how far the figures may lie from the fraction the words state
_PERCENT = rf"(?:{GAP}per{GAP}cent|{GAP}percent|\s{{0,2}}%)"
_ABOUT = (
    rf"(?:(?:about|almost|nearly|over|some|roughly|approximately|around|just{GAP}(?:over|under)"
    rf"|(?:more|less|fewer){GAP}than|well{GAP}(?:over|under)){GAP})"
)
_SHARE_WORDS = rf"""
    (?P<quantity>
        (?:an?|the)(?:{GAP}(?:overwhelming|clear|large|vast|slight|narrow|substantial|small))?
            {GAP}(?P<side>majority|minority)
      | (?P<most>[Mm]ost)
      | {_ABOUT}?(?:(?:a|one|two|three){GAP})?(?P<fraction>half|thirds?|quarters?|fifths?))
"""
_FIGURES = rf"""
    \(\s{{0,2}}{_ABOUT}?
    (?:(?P<n>{COUNT_PATTERN})(?!\s{{0,3}}(?:per\s|percent|%))
        (?:{GAP}(?:of|out{GAP}of)(?:{GAP}the)?{GAP}(?P<of>{COUNT_PATTERN}))?
        (?:\s{{0,3}},?{GAP}(?:or{GAP})?{_ABOUT}?(?P<share>\d{{1,2}}(?:\.\d)?){_PERCENT})?
      | (?P<only_share>\d{{1,2}}(?:\.\d)?){_PERCENT})
    \s{{0,2}}\)
"""
_FRACTION_SUBJECT = re.compile(
    rf"""
    (?<![\w-]){_SHARE_WORDS}{GAP}of{GAP}(?:(?:the|those|all){GAP})?
    (?:(?P<whole>{COUNT_PATTERN}){GAP})?
    (?P<group>(?-i:[a-zA-Z])[^()\d;:.]{{0,100}}?)\s{{0,3}}
    {_FIGURES}
    \s{{1,3}}(?P<auxiliary>(?:(?:were|was|are|is|had|have|has|been)\s{{1,3}}){{0,2}})
    (?P<label>(?-i:[a-z])[^,;:.()]{{2,100}}?)(?=\s{{0,3}}(?:[,;:.)]|$)|\s(?:and|while|whereas|but)\s)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The share's words and its group right before a parenthesis: "Half of the 20 schools (".
_SHARE_WORDS_BEFORE = re.compile(
    rf"""
    (?<![\w-]){_SHARE_WORDS}{GAP}of{GAP}(?:(?:the|those|all){GAP})?(?:{COUNT_PATTERN}{GAP})?
    (?-i:[a-zA-Z])[^()\d;:.]{{0,100}}?\s{{0,3}}\($
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A label that says where a group is, after a copula: who they were, not what they did.
_PLACE_LABEL = re.compile(r"(?:(?:mainly|mostly|based|located)\s)?(?:in|from|at|within|outside)\b")
_SHARE_WORDS_REACH = 160  # characters before the parenthesis the share's words may start
#: Words of a group that was asked or replied ("the Member States that replied", "those
#: interviewed", "the questionnaires"): a part of it makes a survey, not a breakdown.
ASKED_GROUP = re.compile(
    r"\b(?:repl(?:y|ied|ies)|respon(?:d|ded|ding|dents?|ses)|surveyed|interviewed|polled"
    r"|questioned|asked|consulted|took\s{1,3}part|participants|questionnaires?)\b",
    re.IGNORECASE,
)


def find_fraction_subjects(text: str, *, taken: list[tuple[int, int]]) -> list[Tally]:
    """The parts of groups named by a share in words with its figures in parentheses.

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers have read: a clause that overlaps one is left alone.

    Returns
    -------
    list[Tally]
        One tally of one part per clause, in text order.

    Examples
    --------
    >>> text = "Most of the 212 municipalities surveyed (154, or 73 per cent) reported shortages."
    >>> [(t.kind, t.total, t.parts[0].count, t.parts[0].category)
    ...  for t in find_fraction_subjects(text, taken=[])]
    [('survey', 212, 154, 'reported shortages')]
    >>> find_fraction_subjects("Most of the projects (2019) were late.", taken=[])
    []
    """
    found = []
    for match in _FRACTION_SUBJECT.finditer(text):
        if overlaps_any(match.start(), match.end(), taken):
            continue
        tally = _tally(match)
        if tally is not None:
            found.append(tally)
    return found


def contradicts_share_words(text: str, paren: int, fraction: float) -> bool:
    """Whether the share in words before the parenthesis at ``paren`` is not ``fraction``.

    Another reader may take a count in parentheses after "of the N ..." for a part of N;
    where a share in words names that part, the figures must fit the words.

    >>> text = "Half of the 20 schools (3) were closed."
    >>> contradicts_share_words(text, text.index("("), 3 / 20)
    True
    >>> contradicts_share_words(text, text.index("("), 11 / 20)
    False
    >>> contradicts_share_words("Of the 20 schools (3) were closed.", 18, 3 / 20)
    False
    """
    words = _SHARE_WORDS_BEFORE.search(text, max(0, paren - _SHARE_WORDS_REACH), paren + 1)
    return words is not None and not _agrees(words, fraction)


def _tally(match: re.Match[str]) -> Tally | None:
    """The one-part tally of a clause, or None where the figures do not fit the words."""
    count = read_count(match["n"])[0] if match["n"] else None
    whole = read_count(match["whole"])[0] if match["whole"] else None
    of = read_count(match["of"])[0] if match["of"] else None
    if whole is not None and of is not None and whole != of:
        return None  # "of the 212 municipalities (154 of 200)": two wholes
    total = whole if whole is not None else of
    share = match["share"] or match["only_share"]
    percent = float(share) if share else None
    if count is None and percent is None:
        return None
    if count is not None and total is None and YEAR_FIGURE.fullmatch(match["n"]):
        return None  # "Most of the projects (2019) were late": a year
    if count is not None and total is not None and not 0 < count < total:
        return None
    fraction = percent / 100 if percent is not None else None
    if fraction is None and count is not None and total:
        fraction = count / total
    if fraction is not None and not _agrees(match, fraction):
        return None
    label = " ".join(match["label"].split())
    kind = "survey" if ASKED_GROUP.search(match["group"]) else "breakdown"
    if count is None and kind != "survey":
        return None  # "Over half of the area (57%) was in one province": a share, no part
    if count is None and match["auxiliary"] and _PLACE_LABEL.match(label):
        return None  # "The majority of respondents (90%) are in developing countries": who

    start = match.start("n" if count is not None else "only_share")
    part = Part(label, count, start, match.end(), percent=percent)
    unit = "count" if count is not None else "percent"
    return Tally(kind, match.start(), match.end(), [part], total=total, unit=unit)


def _agrees(match: re.Match[str], fraction: float) -> bool:
    """Whether a share of the group is the quantity the words state."""
    if match["side"] is not None:
        majority = match["side"].lower() == "majority"
        return fraction > 0.5 if majority else fraction < 0.5
    if match["most"] is not None:
        return fraction > 0.5
    written = " ".join(match["quantity"].lower().split())
    name = match["fraction"].lower().rstrip("s")
    if name in ("third", "quarter") and re.search(r"\b(?:two|three)\b", written):
        name = f"{'two' if 'two' in written else 'three'} {name}s"
    return abs(fraction - _FRACTIONS[name]) <= _FRACTION_SLACK
