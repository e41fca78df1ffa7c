"""What real pages print around a sentence that is no part of what it tells.

A press release opens on a dateline ("GENEVA (24 March 2016) - ", "JUBA, May 15 (Xinhua)
-- "); a report closes a sentence on the symbol of the document it cites ("... were
children (A/75/123, para. 4).") or on the time it speaks of ("... and 4 were absent in
2022.", "... 12 foundations as at 31 December 2022."). The readers of tallies know their
forms in the clean sentence: a statement that must end the sentence ("4 were absent.")
or a list whose last item runs to the full stop reads nothing once such words follow.

:func:`find_page_noise` finds the datelines and the cited symbols: they are surely no
count and no label, and the readers see the paragraph without them. :func:`find_closing_times`
finds a sentence's closing time ("in 2023", "as at 31 December 2022"), which may be data
("12 of the staff were recruited in 2023"): a second reading without it is kept only where
it reads more. Each is returned as an aside to take out
(:func:`~surveystats.extract.tally_earlier_years.without_earlier_figures`; the offsets of
what is read are mapped back with
:func:`~surveystats.extract.tally_earlier_years.restore_offsets`).
"""

from __future__ import annotations

import re

from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.text import NUMBER_WORDS

__all__ = ["find_closing_times", "find_page_noise"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A date: "24 March 2016", "May 15", "May 15, 2022", "15 May".
_DATE = (
    rf"(?:\d{{1,2}}\s{{1,2}}{_MONTH}(?:,?\s{{1,2}}\d{{4}})?"
    rf"|{_MONTH}\s{{1,2}}\d{{1,2}}(?:,\s{{1,2}}\d{{4}})?)"
)
# A dateline: a place in capitals at the paragraph's opening, then a date after a comma
# and/or a date or the agency in parentheses, then a dash: "GENEVA (24 March 2016) - ",
# "JUBA, May 15 (Xinhua) -- ", "NEW YORK, 3 June -- ", "UNITED NATIONS, 12 May — ".
_DATELINE = re.compile(
    rf"""
    (?-i:[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){{0,3}})
    (?:,\s{{1,2}}{_DATE})?
    (?:\s{{1,2}}\([^()\n]{{1,40}}\))?
    \s{{1,3}}(?:--?|–|—)\s{{1,3}}
    (?=[A-Z0-9“"])
    """,
    re.VERBOSE,
)
# A document's symbol in parentheses, with the paragraph it points to, before a stop, a
# comma or the end: " (A/75/123, para. 4)", " (see S/2021/55)", " (E/CN.6/2020/3, annex)".
# It opens on the parenthesis's blank and is searched only where a slash is written.
_CITED_SYMBOL = re.compile(
    r"\s{1,2}\((?:see\s{1,2})?[A-Z]{1,6}(?:/[A-Za-z0-9.]{1,15}){1,6}"
    r"(?:[,;]\s{1,2}[^()\n]{1,40})?\)(?=[.;,:]|\s*$)"
)
# A sentence's end: a full stop before a blank or the text's end. A year before it closes
# the sentence ("... in 2023."); the pattern opens on the stop, a literal the engine skips
# to (most paragraphs hold a year, few end a sentence on one).
_STOP = re.compile(r"\.(?=\s|$)")
# The words of a closing time before its year, searched at the end of the words before
# it: " in 2023", " as at 31 December", " during 2022", " at the end of", " in mid-".
_TIME_BEFORE_YEAR = re.compile(
    rf"""
    ,?\s{{1,2}}
    (?:in|during|since|on|by|as\s{{1,2}}(?:at|of)|(?:at|by)\s{{1,2}}the\s{{1,2}}end\s{{1,2}}of)
    \s{{1,2}}
    (?:(?:early|late|mid-?)\s{{0,2}})?
    (?:{_DATE}(?:,?\s{{1,2}})?|{_MONTH}\s{{1,2}})?
    $
    """,
    re.VERBOSE,
)
_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d(?!\d)")
# A count a sentence can hold: in digits (not a year's or a symbol's: "2334", "70/1"; a
# date's day still counts, cheap, not exact), in words, or none ("There were no
# abstentions in 2023.").
_COUNT = re.compile(
    rf"(?<![\d/.,])\d{{1,3}}(?:,\d{{3}})*(?![\d/])"
    rf"|(?<![A-Za-z-])(?:{NUMBER_WORDS}|no|none|nil)(?![A-Za-z])",
    re.IGNORECASE,
)
# Words that set a sentence's figures against another time's, whose closing time is then
# data: "45 per cent rated it good, as against 40 per cent who did so in 2018", "up from
# 12 in 2022".
_CONTRAST = re.compile(
    r"\b(?:as\s{1,2}against|compared|than|(?:up|down)\s{1,2}from|from\s{1,2}\S{1,12}\s{1,2}to"
    r"|did\s{1,2}so|the\s{1,2}same|previous|preceding|earlier|last\s{1,2}year)\b",
    re.IGNORECASE,
)


def find_page_noise(text: str) -> list[EarlierFigures]:
    """The dateline that opens ``text`` and the document symbols it cites, in order.

    >>> text = "GENEVA (24 March 2016) - Two of the nine judges dissented."
    >>> [text[n.start : n.end] for n in find_page_noise(text)]
    ['GENEVA (24 March 2016) - ']
    >>> text = "Of them, 40 per cent were children (A/75/123, para. 4)."
    >>> [text[n.start : n.end] for n in find_page_noise(text)]
    [' (A/75/123, para. 4)']
    >>> find_page_noise("Against: China, France (2) - see annex.")
    []
    """
    noise = []
    if text[:1].isupper() and (dateline := _DATELINE.match(text)) is not None:
        noise.append(EarlierFigures(0, dateline.end(), ()))
    if "/" in text and "(" in text:
        noise.extend(EarlierFigures(*cited.span(), ()) for cited in _CITED_SYMBOL.finditer(text))
    return noise


def find_closing_times(text: str) -> list[EarlierFigures]:
    """The times that close a sentence of ``text`` and date all of it, in order.

    "... and 4 were absent in 2022.": the year is the only one of its sentence, and no
    word sets the sentence's figures against another time's, so it dates the whole
    sentence and tells no part from another ("12 in 2022 and 15 in 2023", "45 per cent,
    as against 40 per cent in 2018" keep their years).

    >>> text = "It was adopted by 120 votes to 10; 4 were absent as at 31 May 2022."
    >>> [text[t.start : t.end] for t in find_closing_times(text)]
    [' as at 31 May 2022']
    >>> find_closing_times("It rose from 12 in 2022 to 15 in 2023.")
    []
    >>> find_closing_times("Of them, 45 per cent agreed, as against 40 per cent in 2018.")
    []
    """
    times = []
    ends = [stop.start() for stop in _STOP.finditer(text)]
    if not text.endswith("."):
        ends.append(len(text.rstrip()))
    for end in ends:
        year_start = end - 4
        if not (text[year_start - 1 : year_start].isspace() and text[year_start:end].isdigit()):
            continue
        if text[year_start : year_start + 2] not in ("19", "20"):
            continue
        before = _TIME_BEFORE_YEAR.search(text, max(0, year_start - 40), year_start)
        if before is None:
            continue
        sentence_start = text.rfind(". ", 0, before.start()) + 1
        if (
            _YEAR.search(text, sentence_start, before.start()) is None  # the year ends it
            and _CONTRAST.search(text, sentence_start, before.start()) is None
            # a sentence that counts nothing loses nothing to its time
            and _COUNT.search(text, sentence_start, before.start()) is not None
        ):
            times.append(EarlierFigures(before.start(), end, ()))
    return times
