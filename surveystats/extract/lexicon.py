"""The lexicon of numbers in UN text: one compiled regular expression, one branch per shape.

Every shape of number that UN documents use (document symbols, sales numbers, resolution
and decision references, dates and date ranges, money, percentages, years, ordinals,
cardinals in digits or words, footnote markers glued to a word) is one named branch of
:data:`NUMBER_PATTERN`. The branches are tried left to right at each position, so the more
specific shapes come first: "A/56/563" is read as a symbol before its digits can be read as
counts, "19 December 1994" as a date before "19" can be a count.

The pattern is linear in the length of the text: every repetition consumes a separator
that its body cannot, number-word phrases are bounded, and every branch that starts on a
digit refuses to start inside a run of digits, so a long run of digits is one attempt.
"""

from __future__ import annotations

import re

from surveystats.text.dates import MONTH_PATTERN, MONTHS
from surveystats.text.words import (
    CARDINAL_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALES,
    word_alternation,
)

__all__ = [
    "CANDIDATE_PATTERN",
    "CURRENCIES",
    "FALLBACK_PATTERN",
    "KEYWORD_BEFORE",
    "MONTHS",
    "NUMBER_PATTERN",
    "SCALES",
    "WORD_CANDIDATE_PATTERN",
    "WORD_START_PATTERN",
]

# Currency sign or word -> ISO 4217 code.
CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
    "euros": "EUR", "£": "GBP", "gbp": "GBP",
}  # fmt: skip

_MONTH = MONTH_PATTERN
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
# Between the two ends of a range: a dash, "to", "and" or "through".
_SEP = r"(?:[ \t]?[-–—][ \t]?|\s+(?:to|and|through|until|till)\s+)"
# A number in digits: with thousands separators or without, then decimals.
_NUMD = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:thousand|million|billion|trillion)(?![A-Za-z])"
_PER_CENT = (
    r"%|(?:per[ ]?cent|percent|per-cent|Per[ ]?cent|Percent)(?![A-Za-z])"
    r"|(?:percentage|Percentage)\s+points?(?![A-Za-z])"
)
_CURRENCY_WORD = r"(?:(?:United\s+States|US|U\.S\.)\s+)?(?:dollars|euros)(?![A-Za-z])"
# A number in words (the one bounded pattern of surveystats.text), never the start of a
# hyphenated compound ("two-thirds", "five-year").
_WORDS = rf"{NUMBER_WORDS}(?!-\s?[A-Za-z])"
# Where a digit token may start: not glued to a word, a decimal point, a slash or a sign.
_D0 = r"(?<![\w.,;/$€£–—”’)-])"
# Words before a number that make it a place in a text ("Article 93"), a reference
# ("resolution 1441") or part of a name ("Group of 77", "Agenda 21"); they are looked
# for behind a number, not scanned for.
KEYWORD_BEFORE = re.compile(
    r"""\b(?P<key>
        (?i:articles?|paragraphs?|subparagraphs?|paras?\.|chapters?|chap\.|sections?|vols?\.
          |annex(?:es)?|pages?|items?|rules?|principles?|footnotes?|notes?|parts?|protocols?)
      | (?P<ref>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?)(?:\s+No\.)?
      | (?P<name>Group\s+of|Agenda)
    )\s+$""",
    re.VERBOSE,
)

# The branches are grouped by the character they start on, behind one guard that refuses
# to start inside a word: most positions of a text fail at the guard, and the others try
# only the branches that can start there.
NUMBER_PATTERN = re.compile(
    rf"""
    (?<![A-Za-z0-9])
    (?:
      (?=\d)(?:                                 # --- branches that start on a digit
        (?P<numdate>                            # 12/05/2001 (day first, as the UN writes)
            {_D0}(?P<nd1>\d{{1,2}})/(?P<nd2>\d{{1,2}})/(?P<nd3>(?:19|20)\d\d)(?![\d/])
        )
      | (?P<slashref>                           # 49/127, 1995/313
            (?<![./-])(?:\d{{1,2}}|(?:19|20)\d\d)/\d{{1,3}}(?![\d/]|[.,]\d)
            (?:[ ][A-H](?![\w/]))?                           # 47/20 A
        )
      | (?P<romanref>                           # 217 A (III), 1514 (XV)
            {_D0}\d{{1,4}}(?:[ ]?[A-H])?\s?\((?:ES-|S-)?[IVXL]+\)
        )
      | (?P<yearref>                            # Security Council style: 242 (1967)
            {_D0}\d{{1,4}}\s?\((?:19|20)\d\d\)
        )
      | (?P<date>                               # 21 December 2001, 29 June to 3 July 1998, 5-13 May
            {_D0}(?P<d1>{_DAY})
            (?:\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?
                (?:{_SEP}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)?
              | {_SEP}(?P<d2b>{_DAY})\s+(?P<m2b>{_MONTH})(?:,?\s+(?P<y2b>{_YEAR}))?
            )
        )
      | (?P<decade>                             # the 1990s
            {_D0}(?:1\d\d0|20\d0)[’']?s(?![A-Za-z])
        )
      | (?P<yearrange>                          # 2012–13, 1999-2000, 1990 to 1995
            {_D0}(?P<yr1>{_YEAR})(?:[ ]?[-–—/][ ]?|\s+(?:to|and)\s+)
            (?P<yr2>{_YEAR}|\d\d(?!\d))(?![\w/]|[.,]\d)
        )
      | (?P<ordinal>                            # 90th, 1747th, 21st
            {_D0}\d+(?:st|nd|rd|th)(?![A-Za-z])
        )
      | (?P<year>                               # in 1976, (1973)
            {_D0}{_YEAR}(?![,.]\d|[\w/]|[ ]?%|\s+(?:[Pp]er[ ]?cent|percent|{_SCALE}))
        )
      | (?P<count>                              # 78, 1,234, 4.5 million, 41 per cent, 5 dollars
            {_D0}(?P<cnum>{_NUMD})(?![\w/])(?:\s+(?P<cscale>{_SCALE}))?
            (?:[ ]?(?P<cpct>{_PER_CENT})|\s+(?P<ccur>{_CURRENCY_WORD}))?
        )
      )
    | (?=[A-Z])(?:                              # --- branches that start on a capital
        (?P<symbol>                             # UN document symbol: A/C.2/54/2, S/RES/338 (1973)
            (?<![/.-])[A-Z]{{1,8}}
            (?:/[A-Z][A-Za-z]{{0,9}}(?:[.-][A-Za-z0-9]+)*)*   # organ parts: C.2, CN.9, RES
            /[ ]?\d[A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*         # session or year: 56, 2004
            (?:/(?:Rev|Add|Corr|Amend)\.[ ]?\d+                # Add.1, Rev. 1
              |/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)*          # further parts: 563, PV.90
            (?:[ ]?\((?:19|20)\d\d\))?                       # the year of an S/RES symbol
        )
      | (?P<sales>                              # sales number: E.95.XIII.18, E.04.II.A.3
            (?<![/.-])[A-Z]{{1,2}}\.\d\d\.[IVXL]+(?:\.[A-Z])?\.\d+(?!\w)
        )
      | (?P<sessref>                            # S-21/2, ES-10/2 (special sessions)
            (?<![/.-])E?S-\d{{1,2}}/\d{{1,3}}(?![\d/]|[.,]\d)
        )
      | (?P<usdate>                             # September 2000, Sept 26-27, December 21, 2001
            (?P<um>{_MONTH})(?:
                ,?\s+(?P<uy0>{_YEAR})
              | \s+(?P<ud1>{_DAY})(?:{_SEP}(?P<ud2>{_DAY}))?(?![\d,.]\d)(?:,\s+(?P<uy>{_YEAR}))?
            )
        )
      | (?P<money>                              # $2.3 million, US$ 5 billion
            (?P<cur>US\s?\$|USD|EUR|GBP)[ ]?(?P<mnum>{_NUMD})(?!\d)(?:\s+(?P<mscale>{_SCALE}))?
        )
      | (?P<locno>                              # No. 49, Nos. 3
            Nos?\.\s?(?P<lnnum>\d{{1,4}})(?![\w/]|[.,]\d)
        )
      )
    | (?P<moneysign>                            # $2.3 million, €5
        (?P<sign>[$€£])[ ]?(?P<snum>{_NUMD})(?!\d)(?:\s+(?P<sscale>{_SCALE}))?
      )
    | (?=[A-Za-z])(?:                           # --- branches that start on a letter
        (?P<words>                              # forty-seven, one hundred and twenty-three
            {_WORDS}
            (?:[ ]?(?P<wpct>{_PER_CENT})|\s+(?P<wcur>{_CURRENCY_WORD}))?
        )
      )
    )
  | (?=\d)(?:(?<=[a-z][,;])|(?<=[a-z)"”’]))     # a footnote marker glued to a word: Cairo,1
    (?P<glued>\d{{1,3}})(?![\w]|[.,]\d)
    """,
    re.VERBOSE,
)

# Where a match of NUMBER_PATTERN can start. Python's engine is slow when a pattern with
# many branches is tried at every position; these two are fast (the first starts with a
# character set, which the engine skips to; the second is a literal-first trie), and
# NUMBER_PATTERN is then tried only where one of them points.
#
# A digit or currency sign starts a candidate unless it is glued to a capital or digit
# before it. A capital can start a symbol ("A/56/563", "E.95.XIII.18", "S-21/2"), a month,
# "No.", "US$" or a capitalised number word: what may follow it is a superset (a filter,
# not the grammar), words told apart by their first four letters under their own capital:
# "Seco" (second) but not "Secu" (Security).
_WORD_STARTS = {
    *(w[:4].capitalize() for w in [*CARDINAL_WORDS, *ORDINAL_WORDS, *MONTHS]),
    *(w[:4].upper() for w in [*CARDINAL_WORDS, *ORDINAL_WORDS]),
    *(m[:4].upper() for m in MONTHS),
    *("No.", "Nos", "USD", "EUR", "GBP"),
}
_AFTER_CAPITAL = "|".join(
    f"(?<={capital})(?:{'|'.join(sorted(re.escape(w[1:]) for w in words))})"
    for capital in sorted({word[0] for word in _WORD_STARTS})
    for words in [[word for word in _WORD_STARTS if word[0] == capital]]
)
CANDIDATE_PATTERN = re.compile(
    rf"""[0-9$€£A-Z](?:
        (?<=[0-9$€£])(?<![A-Z0-9].)
      | (?<=[A-Z])(?<![A-Za-z0-9].)(?:[A-Z]{{0,7}}[/.]|-|S-|S\s?\$|{_AFTER_CAPITAL})
    )""",
    re.VERBOSE,
)
# A lower-case number word; group 1 is the word. The character before it is matched,
# not looked behind at, so that the engine can skip to it: that makes the search about
# 1.5x faster, but misses a word at the very start of the search, which
# WORD_START_PATTERN.match looks at.
_LOWER_WORD = rf"{word_alternation([*CARDINAL_WORDS, *ORDINAL_WORDS], cases='lower')}(?![A-Za-z])"
WORD_CANDIDATE_PATTERN = re.compile(rf"[^A-Za-z0-9]({_LOWER_WORD})")
WORD_START_PATTERN = re.compile(rf"(?<![A-Za-z0-9]){_LOWER_WORD}")

# Used when a match turns out not to be what its shape promised ("31 June 2000", a range
# that runs backwards): the digits and words inside it are read one by one.
FALLBACK_PATTERN = re.compile(
    rf"""
    (?<![A-Za-z0-9])(?:
        (?P<year>{_D0}{_YEAR}(?![,.]\d|[\w/]))
      | (?P<count>{_D0}(?P<cnum>{_NUMD})(?![\w/]))
      | (?P<words>{_WORDS})
    )
    """,
    re.VERBOSE,
)
