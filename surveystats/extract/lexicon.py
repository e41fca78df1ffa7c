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

from surveystats.extract.words import CARDINAL_WORDS, ORDINAL_WORDS

__all__ = [
    "CURRENCIES",
    "FALLBACK_PATTERN",
    "MONTHS",
    "NUMBER_PATTERN",
    "SCALES",
]

# Month names as written (capitalised or in capitals) and their usual abbreviations.
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Currency sign or word -> ISO 4217 code.
CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
    "euros": "EUR", "£": "GBP", "gbp": "GBP",
}  # fmt: skip


def _alternation(words: list[str]) -> str:
    # Longest first so "seventeen" is not read as "seven" + "teen".
    return "|".join(sorted(words, key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH = (
    "(?:"
    + "|".join([m.capitalize() for m in _FULL_MONTHS] + [m.upper() for m in _FULL_MONTHS])
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
    + r")(?![A-Za-z])"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
# Between the two ends of a range: a dash, "to", "and" or "through".
_SEP = r"(?:[ \t]?[-–—][ \t]?|\s+(?:to|and|through|until|till)\s+)"
_FROM = r"(?:(?i:from|between)\s+)?"
# A number in digits: with thousands separators or without, then decimals.
_NUMD = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?i:thousand|million|billion|trillion)(?![A-Za-z])"
_WORD = rf"(?i:{_alternation(list(CARDINAL_WORDS) + list(ORDINAL_WORDS))})(?![A-Za-z])"
# A number in words: at most twelve words, joined by a hyphen, spaces or "and"; never
# the start of a hyphenated compound ("two-thirds", "five-year").
_WORDS = rf"(?<![A-Za-z'’-]){_WORD}(?:(?:-|\s+(?:and\s+)?){_WORD}){{0,11}}(?!-[A-Za-z])"
# Where a digit token may start: not glued to a word, a decimal point, a slash or a sign.
_D0 = r"(?<![\w.,;/$€£–—”’)-])"

NUMBER_PATTERN = re.compile(
    rf"""
    (?P<symbol>                                 # UN document symbol: A/C.2/54/2, S/RES/338 (1973)
        (?<![\w/.-])[A-Z]{{1,8}}
        (?:/[A-Z][A-Za-z]{{0,9}}(?:[.-][A-Za-z0-9]+)*)*     # organ parts: C.2, CN.9, RES
        /\d[A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*               # session or year: 56, 2004
        (?:/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)*            # further parts: 563, Add.1, PV.90
        (?:[ ]?\((?:19|20)\d\d\))?                         # the year of an S/RES symbol
    )
  | (?P<sales>                                  # sales number: E.95.XIII.18, E.04.II.A.3
        (?<![\w/.-])[A-Z]{{1,2}}\.\d\d\.[IVXL]+(?:\.[A-Z])?\.\d+(?![\w])
    )
  | (?P<locator>                                # a place in a text: Article 93, paragraph 2
        (?<![A-Za-z])
        (?P<lockey>(?i:articles?|paragraphs?|subparagraphs?|paras?\.|chapters?|chap\.
            |sections?|annex(?:es)?|pages?|items?|rules?|principles?|footnotes?|notes?
            |parts?|protocols?)|No\.|Nos\.)
        \s+(?P<locnum>\d{{1,4}}(?:\.\d{{1,3}})*)(?![\w/]|,\d)
    )
  | (?P<kwref>                                  # resolution 1441, decision 10 (a plain number)
        (?<![A-Za-z])(?P<kw>(?i:resolution|decision)s?)\s+(?:No\.\s?)?
        (?P<kwnum>\d{{1,4}})(?![\w/]|[.,]\d|\s?(?:[A-H]\s?)?\(|\s?%|\s+(?i:per\s?cent|percent))
    )
  | (?P<numdate>                                # 12/05/2001 (day first, as the UN writes)
        {_D0}(?P<nd1>\d{{1,2}})/(?P<nd2>\d{{1,2}})/(?P<nd3>(?:19|20)\d\d)(?![\d/])
    )
  | (?P<slashref>                               # 49/127, S-21/2, ES-10/2, 1995/313
        (?<![\w./-])(?P<slsess>(?:ES|S)-\d{{1,2}}|\d{{1,2}}|(?:19|20)\d\d)
        /(?P<slnum>\d{{1,3}})(?![\d/]|[.,]\d)
    )
  | (?P<romanref>                               # 217 A (III), 1514 (XV), ES-10/2 aside
        {_D0}\d{{1,4}}(?:[ ]?[A-H])?[ ]?\((?:ES-|S-)?[IVXL]+\)
    )
  | (?P<yearref>                                # Security Council style: 242 (1967)
        {_D0}\d{{1,4}}[ ]?\((?:19|20)\d\d\)
    )
  | (?P<daterange>                              # from 21 to 23 April 1999, 29 June to 3 July 1998
        (?<![\w.,/-]){_FROM}
        (?P<dr_d1>{_DAY})(?:\s+(?P<dr_m1>{_MONTH})(?:,?\s+(?P<dr_y1>{_YEAR}))?)?
        {_SEP}(?P<dr_d2>{_DAY})\s+(?P<dr_m2>{_MONTH})(?:,?\s+(?P<dr_y2>{_YEAR}))?
    )
  | (?P<usrange>                                # Sept 26-27, September 26-27, 2001
        (?<![\w]){_FROM}(?P<ur_m>{_MONTH})\s+(?P<ur_d1>{_DAY}){_SEP}(?P<ur_d2>{_DAY})
        (?:,?\s+(?P<ur_y>{_YEAR}))?
    )
  | (?P<date>                                   # 21 December 2001, 14 June
        (?<![\w.,/-])(?P<dt_d>{_DAY})\s+(?P<dt_m>{_MONTH})(?:,?\s+(?P<dt_y>{_YEAR}))?
    )
  | (?P<usdate>                                 # December 21, 2001
        (?<![\w])(?P<ud_m>{_MONTH})\s+(?P<ud_d>{_DAY})(?![\d,.]\d)(?:,\s+(?P<ud_y>{_YEAR}))?
    )
  | (?P<monthyear>                              # September 2000
        (?<![\w])(?P<my_m>{_MONTH}),?\s+(?P<my_y>{_YEAR})
    )
  | (?P<money>                                  # $2.3 million, US$ 5 billion
        (?<![\w])(?P<cur>US\s?\$|\$|€|£|(?:USD|EUR|GBP)(?=[ \d]))[ ]?
        (?P<mnum>{_NUMD})(?![\d])(?:\s+(?P<mscale>{_SCALE}))?
    )
  | (?P<moneyword>                              # 5 million dollars, two billion euros
        (?:{_D0}(?P<mwnum>{_NUMD})(?:\s+(?P<mwscale>{_SCALE}))?|(?P<mwwords>{_WORDS}))
        \s+(?:(?:United\s+States|US|U\.S\.)\s+)?(?P<mwcur>(?i:dollars|euros))(?![A-Za-z])
    )
  | (?P<percent>                                # 41 per cent, 41%, forty-one percent, 5 points
        (?:{_D0}(?P<pnum>{_NUMD})|(?P<pwords>{_WORDS}))
        [ ]?(?P<punit>%|(?i:per[ ]?cent|percent|per-cent)(?![A-Za-z])
            |(?i:percentage\s+points?)(?![A-Za-z]))
    )
  | (?P<decade>                                 # the 1990s
        {_D0}(?P<dec>1[0-9]\d0|20\d0)[’']?s(?![A-Za-z])
    )
  | (?P<yearrange>                              # 2012–13, 1999-2000, 1990 to 1995
        (?<![\w.,/$€£-]){_FROM}(?P<yr1>{_YEAR})(?:[ ]?[-–—/][ ]?|\s+(?:to|and)\s+)
        (?P<yr2>{_YEAR}|\d\d(?![\d]))(?![\w/]|[.,]\d)
    )
  | (?P<ordinal>                                # 90th, 1747th, 21st
        {_D0}\d+(?:st|nd|rd|th)(?![A-Za-z])
    )
  | (?P<year>                                   # in 1976, (1973)
        {_D0}{_YEAR}(?![,.]\d|[\w/])
    )
  | (?P<count>                                  # 78, 1,234, 4.5 million
        {_D0}(?P<cnum>{_NUMD})(?![\w/])(?:\s+(?P<cscale>{_SCALE}))?
    )
  | (?P<words>                                  # forty-seven, one hundred and twenty-three
        {_WORDS}
    )
  | (?P<glued>                                  # a footnote marker glued to a word: Cairo,1
        (?:(?<=[a-z][,;])|(?<=[a-z)"”’]))\d{{1,3}}(?![\w]|[.,]\d)
    )
    """,
    re.VERBOSE,
)

# Used when a match turns out not to be what its shape promised ("31 June 2000", a range
# that runs backwards): the digits and words inside it are read one by one.
FALLBACK_PATTERN = re.compile(
    rf"""
    (?P<year>{_D0}{_YEAR}(?![,.]\d|[\w/]))
  | (?P<count>{_D0}(?P<cnum>{_NUMD})(?![\w/])(?:\s+(?P<cscale>{_SCALE}))?)
  | (?P<words>{_WORDS})
    """,
    re.VERBOSE,
)
