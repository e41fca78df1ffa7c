"""What real pages print around a sentence that is no part of what it tells.

A press release opens on a dateline ("GENEVA (24 March 2016) - ", "JUBA, May 15 (Xinhua)
-- ") or, in an archive, on a date stamp glued before its headline ("19951116 "); a
report closes a sentence on the symbol of the document it cites ("... were children
(A/75/123, para. 4).") or on the time it speaks of ("... and 4 were absent in 2022.",
"... 12 foundations as at 31 December 2022."). The readers of tallies know their forms in
the clean sentence: a statement that must end the sentence ("4 were absent.") or a list
whose last item runs to the full stop reads nothing once such words follow.

:func:`find_page_noise` finds the datelines, date stamps and cross-references: they are
surely no count and no label, and the readers see the paragraph without them.
:func:`find_closing_times`
finds a sentence's closing time ("in 2023", "as at 31 December 2022"), which may be data
("12 of the staff were recruited in 2023"): a second reading without it is kept only where
it reads more. :func:`find_extra_blanks` finds the blanks a copied page doubled inside a
line ("2.4  million", "received 40  replies"): the readers take one blank between two
words, and the reading without the others is likewise kept where it reads more. Each is
returned as an aside to take out
(:func:`~surveystats.extract.tally_earlier_years.without_earlier_figures`; the offsets of
what is read are mapped back with
:func:`~surveystats.extract.tally_earlier_years.restore_offsets`).
"""

from __future__ import annotations

import re

from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.text import NUMBER_WORDS

__all__ = ["find_closing_times", "find_extra_blanks", "find_page_noise"]

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
# The date stamp an archive of press releases glues before a headline, its date in eight
# digits, year first: "19951116 Vote is 95-12-45; Committee Also Approves ...", "19981119
# Fourth Committee, Ending Work for Session, Approves 12 Texts ...". A real date only (a
# month 01 to 12, a day 01 to 31), then a word in capitals.
_DATE_STAMP = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \t]{1,3}(?=[A-Z])"
)
# A cross-reference in parentheses before a stop, a comma or the end: a document's
# symbol with the paragraph it points to (" (A/75/123, para. 4)", " (see S/2021/55)"), a
# resolution (" (resolution 75/1, para. 3)"), a paragraph, annex, table or figure of the
# text itself (" (see para. 12 above)", " (table 3)"), "(ibid., para. 4)". It opens on
# the parenthesis, a literal the engine skips to; the blanks before it go with it.
_CROSS_REFERENCE = re.compile(
    r"""
    \((?:see\s{1,2}(?:also\s{1,2})?)?
    (?:
        [A-Z]{1,6}(?:/[A-Za-z0-9.]{1,15}){1,6}
      | ibid\.?
      | (?:(?:General\s{1,2}Assembly|Security\s{1,2}Council|Council)\s{1,2})?
        (?:resolution|decision)s?\s{1,2}\d{1,4}(?:/\d{1,4})?(?:\s{1,2}\(\d{4}\))?
      | (?:paras?\.|paragraphs?|annex(?:es)?|chap(?:ter|\.)|sect(?:ion|\.)|table|figure|box)
        \s{1,2}[0-9IVXLC][0-9A-Za-z.\u2013-]{0,12}
    )
    (?:[,;]\s{1,2}[^()\n]{1,40})?
    (?:\s{1,2}(?:above|below))?
    \)(?=[.;,:]|\s*$)
    """,
    re.VERBOSE,
)
# A sentence's end that may close on a time: a full stop before a blank or the text's
# end, after a digit (a year: "... in 2023.") or a word that ends a period's name (see
# _PERIOD_ENDS). The pattern opens on the stop, a literal the engine skips to, and looks
# behind it there: most stops of a paragraph follow a word, and were each looked at in
# Python (a third of the time of find_closing_times).
_STOP = re.compile(r"\.(?:(?<=\d\.)|(?<=(?:period|review|ration|ennium)\.))(?=\s|$)")
# The year (or years: "2022-2023", "2022/23") right before such a stop.
_CLOSING_YEAR = re.compile(r"(?<=\s)(?:19|20)\d\d(?:[-\u2013/](?:19|20)?\d\d)?$")
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
# A period named in words that closes a sentence, as reports date what they count:
# " during the reporting period", " in the period under review", " over the biennium".
_PERIOD_BEFORE_STOP = re.compile(
    r",?\s{1,2}(?:during|in|over|throughout)\s{1,2}the\s{1,2}"
    r"(?:reporting\s{1,2}period|period\s{1,2}under\s{1,2}(?:review|consideration)"
    r"|year\s{1,2}under\s{1,2}review|(?:current\s{1,2})?biennium)$"
)
_PERIOD_ENDS = ("period", "review", "ration", "ennium")  # the words _STOP looks behind for
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
# ("since" opens a span of its own that the closing time sits inside: "resettled since the
# scheme began, including 1,602 arriving since October 2015")
_CONTRAST = re.compile(
    r"\b(?:as\s{1,2}against|compared|than|(?:up|down)\s{1,2}from|from\s{1,2}\S{1,12}\s{1,2}to"
    r"|did\s{1,2}so|the\s{1,2}same|previous|preceding|earlier|last\s{1,2}year|since)\b",
    re.IGNORECASE,
)


def find_page_noise(text: str) -> list[EarlierFigures]:
    """The dateline that opens ``text`` and the cross-references it makes, in order.

    >>> text = "GENEVA (24 March 2016) - Two of the nine judges dissented."
    >>> [text[n.start : n.end] for n in find_page_noise(text)]
    ['GENEVA (24 March 2016) - ']
    >>> text = "Of them, 40 per cent were children (A/75/123, para. 4)."
    >>> [text[n.start : n.end] for n in find_page_noise(text)]
    [' (A/75/123, para. 4)']
    >>> text = "Of them, 12 were closed (see para. 14 above); 3 remain open."
    >>> [text[n.start : n.end] for n in find_page_noise(text)]
    [' (see para. 14 above)']
    >>> find_page_noise("Against: China, France (2) - see annex.")
    []
    >>> text = "19951116 Vote is 95-12-45; Committee Also Approves Two Texts"
    >>> [text[n.start : n.end] for n in find_page_noise(text)]
    ['19951116 ']
    """
    noise = []
    if text[:1].isupper() and (dateline := _DATELINE.match(text)) is not None:
        noise.append(EarlierFigures(0, dateline.end(), ()))
    elif text[:1].isdigit() and (stamp := _DATE_STAMP.match(text)) is not None:
        noise.append(EarlierFigures(0, stamp.end(), ()))
    if "(" in text:
        for cited in _CROSS_REFERENCE.finditer(text):
            start = cited.start()
            while start > cited.start() - 2 and start > 0 and text[start - 1].isspace():
                start -= 1
            noise.append(EarlierFigures(start, cited.end(), ()))
    return noise


def find_closing_times(text: str) -> list[EarlierFigures]:
    """The times that close a sentence of ``text`` and date all of it, in order.

    A year or a date, or the period a report covers ("during the reporting period").
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
        if text[end - 1 : end].isdigit():
            year = _CLOSING_YEAR.search(text, max(0, end - 12), end)
            if year is None:
                continue
            before = _TIME_BEFORE_YEAR.search(text, max(0, year.start() - 40), year.start())
        elif text.endswith(_PERIOD_ENDS, 0, end):
            before = _PERIOD_BEFORE_STOP.search(text, max(0, end - 50), end)
        else:
            continue
        if before is None:
            continue
        sentence_start = text.rfind(". ", 0, before.start()) + 1
        if (
            _YEAR.search(text, sentence_start, before.start()) is None  # no other year
            and _CONTRAST.search(text, sentence_start, before.start()) is None
            # a sentence that counts nothing loses nothing to its time
            and _COUNT.search(text, sentence_start, before.start()) is not None
        ):
            times.append(EarlierFigures(before.start(), end, ()))
    return times


# Blanks after the first of a run inside a line ("2.4  million"): not at a line's start,
# where an indent may set out a list. The pattern opens on the first blank, a literal the
# engine skips to, and the group is the run after it: opening on the look-behind, it was
# tried at every character of a paragraph with a doubled blank.
_EXTRA_BLANKS = re.compile(r" (?<=[^\s] )([ \t]+)(?=[^\s])")


def find_extra_blanks(text: str) -> list[EarlierFigures]:
    """The blanks after the first of each run of blanks between two words of a line.

    >>> text = "Of the 2.4  million refugees,   1.5 million were in the north."
    >>> [(a.start, a.end) for a in find_extra_blanks(text)]
    [(11, 12), (30, 32)]
    """
    if "  " not in text and "\t" not in text:
        return []
    return [EarlierFigures(*blank.span(1), ()) for blank in _EXTRA_BLANKS.finditer(text)]
