"""Two groups set against each other by their counts: "men outnumbered women by 112 to 38".

Counts of people by sex set against each other are two such groups too: "there are 41
women compared to 60 men", "a ratio of 37 women to 27 men".

"<A> outnumber(s/ed) <B> (by) <N> to <M>" states the count of each of two groups at once:
A is N, B is M, and N is the larger; small terms ("by two to one", "by 3 to 2") state a
ratio and are no counts. The sentence splits one body (a parliament, the
detainees interviewed) into the two groups, so the reading is a ``breakdown`` of two parts
with no whole. Labels are the noun phrases before and after the verb, without "those" and
a relative clause's opening ("those who had been formally charged" -> "formally charged").

The pattern opens on the literal verb, so the engine skips to it; every part of it is
bounded: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import GAP, Part, Tally, read_count
from surveystats.text import NUMBER_WORDS

__all__ = ["find_comparisons"]

_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{NUMBER_WORDS})(?![\w,]?\d)"
_OUTNUMBERED = re.compile(
    rf"""
    \b(?:outnumber(?:s|ed)?|outnumbering)\b         # the verb
    (?P<fewer_label>[^.;:,()]{{1,100}}?)            # who were fewer
    {GAP}(?:by{GAP})?(?P<more>{_NUMBER})            # "by 112", or "112" alone
    {GAP}to{GAP}(?P<fewer>{_NUMBER})(?![\w-])       # "to 38"
    """,
    re.VERBOSE,
)
# Two counts of people by sex set against each other: "there are 41 women compared to 60
# men", "a ratio of 37 women to 27 men", "40 women as against 52 men".
_SEXES = r"(?:women|men|girls|boys|females|males)"
_SEXES_SET_AGAINST = re.compile(
    rf"""
    (?<![\w.,])(?P<more>{_NUMBER}){GAP}(?P<first>{_SEXES})
    {GAP}(?:compared{GAP}(?:to|with)|as{GAP}against|against|versus|vs\.?|to)
    {GAP}(?P<fewer>{_NUMBER}){GAP}(?P<second>{_SEXES})\b
    """,
    re.VERBOSE,
)
# What every match of _SEXES_SET_AGAINST holds: its first sex word (each ends in "men",
# "males", "girls" or "boys"), the gap and the opening of its connective. A cheap test
# (it opens on a literal, so the engine skips to "m", "g" or "b"); the pattern itself
# opens on a look-behind and a number, tried at every character.
_SEX_THEN_CONNECTIVE = re.compile(
    rf"(?:men|males|girls|boys){GAP}(?:compared|as|against|versus|vs|to)"
)
# The two sexes' shares of one whole as a ratio: "a female-male ratio of 51.2 per cent to
# 48.8 per cent", "a male/female split of 60:40".
_SEX_WORDS = r"(?:female|male|women|men|woman|man)"
_RATIO_NOUNS = ("ratio", "split", "balance", "distribution", "breakdown")
_SEX_RATIO = re.compile(
    rf"""
    \b(?P<first>{_SEX_WORDS})[-/–](?P<second>{_SEX_WORDS})
    {GAP}(?:{"|".join(_RATIO_NOUNS)})
    {GAP}(?:of|was|is|stood{GAP}at|at){GAP}
    (?P<a>\d{{1,2}}(?:\.\d{{1,2}})?)(?:{GAP}(?:per{GAP}cent|percent)|%)?
    (?:{GAP}to{GAP}|\s{{0,2}}[:/]\s{{0,2}})
    (?P<b>\d{{1,2}}(?:\.\d{{1,2}})?)(?:{GAP}(?:per{GAP}cent|percent)|%)?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_RATIO_SLACK = 1.5  # the two shares make 100 within rounding
# The joint of the two sex words, in lower case: each ends in "male", "men" or "man".
_SEX_JOINT = re.compile(r"m(?:ale|en|an)[-/–]")
# Where the subject starts, reading back from the verb: a clause mark or the sentence.
_SUBJECT_START = re.compile(r"[^.;:,()]{1,100}$")
# What opens a label without naming the group: "those", an article, a relative clause.
_LABEL_OPENING = re.compile(
    r"^(?:(?:those|the|that|who|which|had|have|has|been|were|was|are|is|being)\s+)+",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS = 8
# "outnumbered them by two to one" states a ratio: small terms are read as none.
_MAX_RATIO_TERM = 4


def _label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the label in ``text[start:end]``: trimmed, one to eight words."""
    phrase = text[start:end]
    stripped = phrase.strip()
    start += len(phrase) - len(phrase.lstrip())
    opening = _LABEL_OPENING.match(stripped)
    if opening is not None:
        start += opening.end()
        stripped = stripped[opening.end() :]
    words = stripped.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    return start, start + len(stripped)


def find_comparisons(text: str) -> list[Tally]:
    """The two groups of each "<A> outnumbered <B> by N to M" in ``text``.

    Parameters
    ----------
    text
        One paragraph string.

    Returns
    -------
    list of Tally
        One ``breakdown`` of two counted parts per comparison (no whole), offsets
        relative to ``text``. Where the first count is not the larger, or a label is
        empty or longer than eight words, nothing is read.

    Examples
    --------
    >>> tally = find_comparisons("In the new council, women outnumber men by 31 to 24.")[0]
    >>> [(p.category, p.count) for p in tally.parts]
    [('women', 31), ('men', 24)]
    >>> find_comparisons("Men outnumbered women by 12 per cent to 8 per cent.")
    []
    >>> find_comparisons("Exports outnumbered imports by three to one.")
    []
    """
    found = (
        _sexes_set_against(text)
        if ("men " in text or "males " in text) and _SEX_THEN_CONNECTIVE.search(text)
        else []
    )
    if "ale" in text or "men" in text:
        found.extend(_sex_ratios(text))
    if "outnumber" not in text:
        return found  # most paragraphs
    for match in _OUTNUMBERED.finditer(text):
        more, _ = read_count(match["more"])
        fewer, _ = read_count(match["fewer"])
        if more is None or fewer is None or more <= fewer:
            continue
        if fewer <= 1 or more <= _MAX_RATIO_TERM:
            continue  # "by two to one", "by 3 to 2": a ratio, not two counts
        subject = _SUBJECT_START.search(text, max(0, match.start() - 100), match.start())
        if subject is None:
            continue
        first = _label(text, subject.start(), match.start())
        second = _label(text, match.start("fewer_label"), match.end("fewer_label"))
        if first is None or second is None:
            continue
        parts = [
            Part(text[first[0] : first[1]], more, first[0], match.end("more")),
            Part(text[second[0] : second[1]], fewer, second[0], match.end("fewer")),
        ]
        found.append(Tally("breakdown", first[0], match.end(), parts, unit="count"))
    return found


def _sexes_set_against(text: str) -> list[Tally]:
    """The two parts of each "N women compared to M men" in ``text``.

    >>> [(p.category, p.count) for p in _sexes_set_against(
    ...     "There are 41 women compared to 60 men in those posts.")[0].parts]
    [('women', 41), ('men', 60)]
    >>> _sexes_set_against("It rose from 40 women to 52 women.")
    []
    """
    found = []
    for match in _SEXES_SET_AGAINST.finditer(text):
        first, _ = read_count(match["more"])
        second, _ = read_count(match["fewer"])
        if first is None or second is None or match["first"] == match["second"]:
            continue
        parts = [
            Part(match["first"], first, match.start("more"), match.end("first")),
            Part(match["second"], second, match.start("fewer"), match.end("second")),
        ]
        found.append(Tally("breakdown", match.start(), match.end(), parts, unit="count"))
    return found


def _sex_ratios(text: str) -> list[Tally]:
    """The two shares of each "female-male ratio of 51.2 per cent to 48.8 per cent".

    The shares must make 100 within rounding: "a female-male ratio of 1 to 3" is a ratio,
    no split.

    >>> [(p.category, p.percent) for p in _sex_ratios(
    ...     "staff show a female-male ratio of 51.2 per cent to 48.8 per cent.")[0].parts]
    [('female', 51.2), ('male', 48.8)]
    >>> _sex_ratios("a female-male ratio of 1 to 3")
    []
    """
    found: list[Tally] = []
    lower = text.lower()
    # cheap tests first, the joint (the engine skips to its "m") before the five nouns:
    # the pattern costs a scan of every paragraph
    if _SEX_JOINT.search(lower) is None or not any(noun in lower for noun in _RATIO_NOUNS):
        return found
    for match in _SEX_RATIO.finditer(text):
        first, second = float(match["a"]), float(match["b"])
        if abs(first + second - 100) > _RATIO_SLACK or match["first"] == match["second"]:
            continue
        parts = [
            Part(
                match["first"],
                None,
                match.start("first"),
                match.end("a"),
                percent=first,
                decimals=len(match["a"].partition(".")[2]),
            ),
            Part(
                match["second"],
                None,
                match.start("second"),
                match.end(),
                percent=second,
                decimals=len(match["b"].partition(".")[2]),
            ),
        ]
        found.append(Tally("breakdown", match.start(), match.end(), parts, unit="percent"))
    return found
