"""One reader per branch of the lexicon: a match of :data:`~.lexicon.NUMBER_PATTERN` -> facts.

Each reader takes the scanned text and one match of the branch it is named after and
returns the facts it reads there, usually one: an empty list when the shape turns out not
to be a number ("the Group of 77", "one's country"), several when it holds more than one
("22 December 1976 and 12 January 1977", a run of number words that is not one number).
:func:`read_match` dispatches a match to its reader; :func:`read_at` matches and reads at
one position. What surrounds a number (its qualifier, what it counts, its base) and how
numbers combine into lists and ranges are read afterwards, in
:mod:`surveystats.extract.numbers`.

Examples
--------
>>> _brief("GDP fell by −1.5 per cent")
[('−1.5 per cent', 'percent', -1.5)]
>>> _brief("a two-thirds majority")
[('two-thirds', 'fraction', '2/3')]
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable

from surveystats.extract.facts import Fact
from surveystats.extract.lexicon import (
    COMPOUND_FRACTION_ENDS,
    CURRENCIES,
    CURRENCY_NAMES,
    CURRENCY_NEXT,
    FALLBACK_PATTERN,
    KEYWORD_BEFORE,
    MONEY_SCALES,
    NAME_AFTER,
    NUMBER_PATTERN,
    ROMAN_KEYWORDS,
    UNITS,
    VULGAR_FRACTIONS,
)
from surveystats.extract.phrases import is_plural
from surveystats.text import (
    CARDINAL_WORDS,
    FRACTION_WORDS,
    ORDINAL_WORDS,
    read_date,
    read_date_range,
    scale_value,
    words_to_number,
)
from surveystats.text.dates import MONTH_PATTERN, MONTHS

__all__ = ["READERS", "after_between", "read_at", "read_match", "with_from"]

Reader = Callable[[str, re.Match[str]], list[Fact]]

_LOCATOR_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,3})*")
_LOCATOR_NAMES = {
    "paras": "paragraph",
    "para": "paragraph",
    "chap": "chapter",
    "annexes": "annex",
    "annex": "annex",
    "articles": "article",
    "p": "page",
    "pp": "page",
}
# A keyword broken at the end of a line or hyphenated: "para-\ngraph", "sub-paragraph".
_KEY_BREAK = re.compile(r"[-\s]+")
# Numbers with a slash that are names: "the 9/11 attacks", "24/7".
_SLASH_NAMES = frozenset(["9/11", "24/7"])
_FROM_BEFORE = re.compile(r"(?:\b[Ff]rom|\b[Bb]etween)\s+$")
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")
_OF_NEXT = re.compile(r"\s+of\b")
_SYMBOL_SPACE = re.compile(r"\s+")
_ROMAN_KEYWORD_BEFORE = re.compile(r"[A-Za-z]+\.?(?=[ \n]$)")
# A lettered, numbered or Roman subdivision after a locator: "4 (b)", "2(4)", "3 (iv)".
#: A subdivision after the number of a locator: "paragraph 4 (b)", "article 2 (4)".
SUBDIVISION = re.compile(r"[ ]?\(([a-z]{1,2}|\d{1,2}|[ivx]{1,5})\)(?![\w(])")
_DIGIT_SPACE = re.compile(r"[,\s\u00a0\u2009\u202f]")
_CHAPTER_BEFORE = re.compile(r"(?i)chap(?:ter|\.)\s+[IVXLC\d]+,\s*$")
_SIGN_WORD_BEFORE = re.compile(r"\b(?:[Mm]inus|[Nn]egative|MINUS)\s+$")
_PLUS_OR_BEFORE = re.compile(r"\b(?i:plus)\s+or\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|AN?)\s+$")
# Before a year that names a time, not a count: "the 1999 sessions", "our 1999 elections",
# "the year 1999 represents".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hose|[Tt]hese|[Oo]ur|[Yy]ear)\s+$"
)
# A period named right before "and a half": "a year and a half", "the past decade and a
# half" (read from the period's name: "over the past decade" is no bound).
_PERIOD_AND = re.compile(
    r"(?<![A-Za-z])(?:[Aa]n?\s+|[Tt]he\s+(?:(?:past|last|next|previous|following)\s+)?)"
    r"(?P<period>year|month|week|day|hour|decade|century)\s+and\s+$"
)
_HALF_OF_PERIOD = re.compile(
    r"\b(?:first|second|third|fourth|last|latter|former|earlier|later|early|late|final)"
    r"\s+$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
# Another fraction after "a third": both are shares ("between a third and a half of", "a
# fifth or a quarter"), where "a third" before a noun is a rank ("a third session").
_FRACTION_NEXT = re.compile(
    r"\s+(?:and|or|to)\s+(?:an?|one)\s+(?:"
    + "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_PLURAL_NOUN_NEXT = re.compile(r"\s+([a-z]{2,}s)\b")
# After a year, a plural scale opens its own phrase ("In 2010 millions of people fled"):
# the lexicon reads no scale there, and the year is no count of them.
_PLURAL_SCALES = frozenset(
    ["hundreds", "thousands", "millions", "billions", "trillions", "lakhs", "crores"]
)
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
# After a capitalised ordinal, a period of a series that its title numbers: "Official
# Records of the Security Council, Eighteenth Year", "Tenth Special Session", "Twenty-first
# Century". The ordinal is that period's rank, not part of a name ("Second Committee").
_SERIES_PERIOD_NEXT = re.compile(
    r"\s+(?:(?:Special|Emergency[ ]Special|Extraordinary|Plenary|Regular|Ordinary)\s+)?"
    r"(?:Year|Session|Meeting|Century|Anniversary)\b"
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
# "one" as a pronoun: after these words, or before these.
_ONE_PRONOUN_BEFORE = frozenset(
    ["the", "this", "that", "each", "every", "no", "any", "which", "such", "a", "an",
     "another", "last", "next", "same", "other", "new", "old", "little", "young", "loved",
     "square"]
)  # fmt: skip
_ONE_PRONOUN_AFTER = re.compile(
    r"(?:['’]s\b|\s+another\b|\s+by\s+one\b|\s+(?:[a-z]+\s+)?or\s+(?:an|the\s+)?other\b"
    r"|\s+(?:[a-z]+\s+)?(?:after|against|from|with)\s+(?:an|the\s+)?other\b"
    r"|\s+and\s+(?:all|the\s+same|only)\b|\s+such\b"
    r"|\s+(?:cannot|can|could|must|should|would|may|might|will|shall|that|which|who)\b"
    r"|\s+(?:in|on|for|by)\s+which\b|\s+where\b"
    r"|\s+of\s+(?:the|its|their|our)\s+(?:most|least|[a-z]+est)\b)"
)
_ARTICLES = frozenset(["a", "an", "the", "this", "that", "such"])
_DEGREE_ADVERBS = frozenset(["very", "most", "more", "less", "rather", "quite", "so", "too"])
_NOT_ADJECTIVES = frozenset(
    ["of", "in", "to", "by", "for", "with", "at", "on", "than", "from", "and", "or", "only",
     "least", "last", "first", "total", "just"]
)  # fmt: skip
_COMPARATIVE = re.compile(r"[a-z]{2,}(?:er|est)$")  # "a better one", "the latest one"
_SCALE_NAMES = frozenset(["hundred", "thousand", "million", "billion", "trillion"])
_MONTH_NAMES = frozenset(
    """january february march april may june july august september october november
    december""".split()  # noqa: SIM905
)
_MAX_DIGITS = 30  # a longer run of digits is an identifier, not a quantity
_BEFORE_SIGN = frozenset(" \t\n([\"“'‘:=")
_BEFORE_KEYWORD_NUMBER = frozenset(" \t\n+")  # "Article 93", "Rio+20"
# The last word of every keyword of KEYWORD_BEFORE, lower case.
_KEYWORD_LAST_WORDS = frozenset(
    """article articles paragraph paragraphs subparagraph subparagraphs para. paras. para
    paras graph graphs para-graph para-graphs sub-paragraph sub-paragraphs
    chapter chapters chap. section sections vol. vols. annex annexes page pages item
    items rule rules regulation regulations principle principles footnote footnotes note notes
    part parts
    protocol protocols goal goals target targets indicator indicators sdg sdgs
    resolution resolutions decision decisions no. of agenda vision horizon flight p. pp.""".split()  # noqa: SIM905
)


# --- small shared steps -------------------------------------------------------------------


def _decimals(number: str) -> int:
    """Decimal places as written ("45.0" has 1)."""
    point = number.find(".")
    return 0 if point < 0 else len(number) - point - 1


def _digits_value(number: str) -> float | None:
    """The value of a number in digits ("1,234.5", "30 000", ".08"), or None when too long."""
    if len(number) <= 15 and number.isdigit():
        return float(number)  # the common case: a few digits
    digits = _DIGIT_SPACE.sub("", number)
    if len(digits) > _MAX_DIGITS:
        return None
    value = float(digits)
    return value if math.isfinite(value) else None


def _signed(text: str, fact: Fact) -> Fact:
    """Apply a sign written before the fact: "-1.5", "−1.5" (U+2212), "–1.5", "minus 3".

    A hyphen is a sign only where it cannot join two numbers or the parts of a symbol: at
    the start of the text or after a space or an opening bracket, not after a digit. An
    en dash glued to the number is a minus there too, as typeset documents print one
    ("growth of –0.5 per cent"); spaced, it is a dash between phrases.

    Examples
    --------
    >>> _signed("fell by -1.5", Fact(9, 12, "count", 1.5)).value
    -1.5
    >>> _signed("pages 10-15", Fact(9, 11, "count", 15.0)).value
    15.0
    >>> _signed("minus 3", Fact(6, 7, "count", 3.0)).start
    0
    >>> _signed("growth of –0.5", Fact(11, 14, "count", 0.5)).value
    -0.5
    >>> _signed("plus or minus 3", Fact(14, 15, "count", 3.0)).value
    3.0
    """
    start = fact.start
    sign_start = None
    if start > 0 and text[start - 1] in "-−–+":
        before = text[start - 2] if start >= 2 else " "
        after_number = before == " " and start >= 3 and text[start - 3].isdigit()  # "10 -15"
        if before in _BEFORE_SIGN and not after_number:
            sign_start = start - 1
    if sign_start is None:
        if start < 6 or text[start - 1] not in " \t\n" or text[start - 2] not in "sSeE":
            return fact  # not after "minus " or "negative "
        before = text[max(0, start - 10) : start].rstrip().lower()
        if not before.endswith(("minus", "negative")):
            return fact
        word = _SIGN_WORD_BEFORE.search(text, max(0, start - 10), start)
        if word is None or _PLUS_OR_BEFORE.search(text, max(0, word.start() - 9), word.start()):
            return fact  # "plus or minus 3 points": a margin either way, not a negative
        sign_start = word.start()
        negative = True
    else:
        negative = text[sign_start] != "+"
    fact.start = sign_start
    if negative:
        for name in ("value", "low", "high"):
            number = getattr(fact, name)
            if number is not None:
                setattr(fact, name, -number)
    return fact


# "another hundred years": a scale word alone counts after "another", as after "a".
_ANOTHER_BEFORE = re.compile(r"\banother\s+$")


def _with_article(text: str, start: int) -> int:
    """Move ``start`` back over an "a " or "an " before it ("a million", "a third")."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return article.start() if article else start


def with_from(text: str, start: int) -> int:
    """Move the start of a range back over a "from " or "between " before it.

    Examples
    --------
    >>> with_from("rose between 5 and 7", 13)
    5
    """
    if not text[max(0, start - 9) : start].rstrip().lower().endswith(("from", "between")):
        return start
    before = _FROM_BEFORE.search(text, max(0, start - 10), start)
    return before.start() if before else start


def after_between(text: str, start: int) -> bool:
    """Whether "between " comes right before ``start`` (so "and" joins a range)."""
    return _BETWEEN_BEFORE.search(text, max(0, start - 10), start) is not None


def _reference_type(text: str, start: int) -> str:
    """Say "decision" or "resolution": the nearest such word before ``start``."""
    window = text[max(0, start - 120) : start]
    clause = window[max(window.rfind(";"), window.rfind(". ")) + 1 :].lower()
    return "decision" if clause.rfind("decision") > clause.rfind("resolution") else "resolution"


def _keyword_before(text: str, start: int) -> re.Match[str] | None:
    """The keyword right before ``start`` ("Article ", "resolution ", "Group of "), if any.

    The word before is looked up in a set first: the pattern is tried only where it can
    match.
    """
    if start == 0 or text[start - 1] not in _BEFORE_KEYWORD_NUMBER:
        return None
    words = text[max(0, start - 16) : start].split()
    # after an opening quotation mark or bracket: "“Rule 41", "(Article 51)"
    word = words[-1].lstrip("“‘\"'([") if words else ""
    if not word or (word.lower() not in _KEYWORD_LAST_WORDS and word[-1] != "+"):
        return None
    return KEYWORD_BEFORE.search(text, max(0, start - 24), start)


def _names_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` is part of a name ("the Group of Eight", "G-20").

    Examples
    --------
    >>> _names_number("the Group of Eight", 13)
    True
    >>> _names_number("resolution one", 11), _names_number("some three", 5)
    (False, False)
    """
    keyword = _keyword_before(text, start)
    return keyword is not None and keyword.group("name") is not None


def _keyword_number(text: str, start: int, end: int) -> list[Fact] | None:
    """A number after a keyword: a locator, a reference, or part of a name.

    "Article 93" is a locator, "resolution 1441" a reference, "Group of 77" no fact;
    None when no keyword is there.

    Examples
    --------
    >>> _keyword_number("see Article 93", 12, 14)[0].value_text
    'article 93'
    >>> _keyword_number("the Group of 77", 13, 15)
    []
    >>> _keyword_number("paragraph 4 (b) of", 10, 11)[0].value_text
    'paragraph 4 (b)'

    >>> _keyword_number("some 93", 5, 7) is None
    True
    """
    keyword = _keyword_before(text, start)
    if keyword is None:
        return None
    if keyword.group("name") is not None:
        return []
    number = text[start:end]
    if keyword.group("ref") is None or "." in number:
        key = _KEY_BREAK.sub("", keyword.group("key").lower().rstrip("."))
        key = _LOCATOR_NAMES.get(key, key.rstrip("s") if key.endswith("s") else key)
        sub = SUBDIVISION.match(text, end)  # "paragraph 4 (b)", "article 2 (4)"
        if sub is not None:
            end, number = sub.end(), f"{number} ({sub.group(1)})"
        return [Fact(start, end, "locator", value_text=f"{key} {number}")]
    name = keyword.group("ref").lower().rstrip("s")
    if _CHAPTER_BEFORE.search(text, max(0, keyword.start() - 30), keyword.start()):
        # "chap. I, resolution 1, annex": a resolution of a conference, cited by its
        # place in a report; a locator, not a United Nations resolution.
        return [Fact(start, end, "locator", value_text=f"{name} {number}")]
    return [Fact(start, end, "reference", value_text=f"{name} {int(number)}")]


def _quantity(start: int, end: int, value: float, *, percent: str | None = None,
              currency: str | None = None, unit: str | None = None,
              decimals: int | None = 0, in_words: bool = False) -> Fact:  # fmt: skip
    """A count, or a percentage or sum of money when a unit of those follows the number."""
    if percent is not None:
        points = percent.lower().startswith("percentage")
        return Fact(start, end, "percent", value, unit="percentage points" if points
                    else "percent", decimals=decimals, in_words=in_words)  # fmt: skip
    if currency is not None:
        code = CURRENCY_NAMES[" ".join(currency.split()).lower()]
        return Fact(start, end, "money", value, unit=code, decimals=decimals, in_words=in_words)
    return Fact(start, end, "count", value, unit=unit, decimals=decimals, in_words=in_words)


def _date_fact(start: int, end: int, iso: str, *, is_range: bool) -> Fact:
    """A date or date range fact with its ISO text and, for full dates, its days."""
    if is_range:
        first, _, last = iso.partition("/")
        full = len(first) == len(last) == 10 and first[0] != "-"
        return Fact(start, end, "date_range", value_text=iso, date=first if full else None,
                    date_end=last if full else None)  # fmt: skip
    return Fact(start, end, "date", value_text=iso, date=iso if len(iso) == 10 and iso[0] != "-"
                else None)  # fmt: skip


def _fraction(start: int, end: int, top: int, bottom: int, *, in_words: bool) -> Fact:
    return Fact(start, end, "fraction", top / bottom, value_text=f"{top}/{bottom}",
                in_words=in_words)  # fmt: skip


def read_at(text: str, position: int) -> list[Fact]:
    """The facts of the lexicon's match at ``position``; none when nothing matches there.

    Examples
    --------
    >>> [f.value_text for f in read_at("on 21 December 2001", 3)]
    ['2001-12-21']
    """
    m = NUMBER_PATTERN.match(text, position)
    return read_match(text, m) if m is not None else []


def _fallback(text: str, start: int, end: int) -> list[Fact]:
    """Read the digits and number words of a span that is not what its shape promised."""
    facts: list[Fact] = []
    for m in FALLBACK_PATTERN.finditer(text, start, end):
        s, e = m.span()
        if m.lastgroup == "year":
            facts.append(Fact(s, e, "year", float(m.group()), value_text=m.group()))
        elif m.lastgroup == "count":
            value = _digits_value(m.group("number"))
            if value is not None:
                facts.append(Fact(s, e, "count", value, decimals=_decimals(m.group())))
        else:
            facts.extend(_word_pieces(text, s, e))
    return facts


# --- references, symbols, locators --------------------------------------------------------


def read_symbol(text: str, m: re.Match[str]) -> list[Fact]:
    """A document symbol or a sales number.

    Examples
    --------
    >>> _brief("see A/C.2/54/2")
    [('A/C.2/54/2', 'symbol', 'A/C.2/54/2')]
    >>> [f.sales_number for f in read_at("E.95.XIII.18", 0)]
    [True]
    """
    value = _SYMBOL_SPACE.sub("", m.group()).replace("(", " (")  # "S/ 13697" -> "S/13697"
    return [Fact(*m.span(), "symbol", value_text=value, sales_number=m.lastgroup == "sales_number")]


def read_document_part(text: str, m: re.Match[str]) -> list[Fact]:
    """No fact: an addendum, corrigendum or revision of the document cited before it.

    "documents S/5448 and Add.1-3" cite four documents; the "3" counts nothing.

    Examples
    --------
    >>> _brief("in documents S/5448 and Add.1-3")
    [('S/5448', 'symbol', 'S/5448')]
    >>> _brief("and Corr.1 and 2")
    []
    """
    return []


def read_reference(text: str, m: re.Match[str]) -> list[Fact]:
    """A resolution or decision: "217 A (III)", "242 (1967)", "S-21/2".

    Examples
    --------
    >>> _brief("resolution 242 (1967)")
    [('242 (1967)', 'reference', 'resolution 242 (1967)')]
    >>> _brief("resolution 217 A (III)")
    [('217 A (III)', 'reference', 'resolution 217 A (III)')]
    """
    start, end = m.span()
    value = f"{_reference_type(text, start)} {' '.join(m.group().split())}"
    return [Fact(start, end, "reference", value_text=value)]


def read_slash_number(text: str, m: re.Match[str]) -> list[Fact]:
    """A reference written with a slash, a fraction or two years.

    "49/127" and "1995/313" are references, "3/4" a fraction, "1973/74" two years. Since
    1976 General Assembly resolutions are numbered by session (31 and over); a
    smaller first number after no "resolution" or "decision", and smaller than the
    second, is a fraction ("about 1/40 of", "2 1/4").

    Examples
    --------
    >>> _brief("resolution 49/127")
    [('49/127', 'reference', 'resolution 49/127')]
    >>> _brief("about 1/40 of the wavelength")
    [('1/40', 'fraction', '1/40')]
    >>> _brief("in resolution 5/1")
    [('5/1', 'reference', 'resolution 5/1')]
    >>> _brief("oil prices in 1973/74")
    [('1973/74', 'date_range', '1973/1974')]
    >>> _brief("a loan at 2 1/2 per cent"), _brief("1 1/2 million people")
    ([('2 1/2 per cent', 'percent', 2.5)], [('1 1/2 million', 'count', 1500000.0)])
    """
    start, end = m.span()
    scale, percent = m.group("slash_scale"), m.group("slash_percent")
    if scale or percent:  # read only as a fraction's; a reference ends at its number
        end = m.end("slash_bottom")
    top, bottom = int(m.group("slash_top")), int(m.group("slash_bottom"))
    whole = m.group("slash_whole")
    if whole is None and m.group() in _SLASH_NAMES:
        return []
    keyword = _keyword_before(text, start)
    if (
        keyword is None and len(m.group("slash_top")) == 4 and len(m.group("slash_bottom")) == 2
        and (top + 1) % 100 == bottom and whole is None and m.group("slash_letter") is None
    ):  # fmt: skip
        return [Fact(start, end, "date_range", value_text=f"{top}/{top + 1}")]  # "in 1973/74"
    is_fraction = (
        keyword is None and top < 31 and top < bottom <= 1000 and m.group("slash_letter") is None
        and len(m.group("slash_top")) <= 2 and (whole is None or bottom <= 100)
    )  # fmt: skip
    if is_fraction:
        if whole is not None:
            top += int(whole) * bottom
        if scale:
            value = top / bottom * scale_value(scale)
            return [_signed(text, Fact(start, m.end(), "count", value, decimals=None))]
        if percent:
            fact = _quantity(start, m.end(), top / bottom, percent=percent, decimals=None)
            fact.value_text = f"{top}/{bottom}"
            return [_signed(text, fact)]
        return [_signed(text, _fraction(start, end, top, bottom, in_words=False))]
    facts = []
    if whole is not None:  # "12 49/127": a count before a reference
        facts.extend(_fallback(text, start, m.start("slash_top")))
        start = m.start("slash_top")
    reference = f"{_reference_type(text, start)} {' '.join(text[start:end].split())}"
    facts.append(Fact(start, end, "reference", value_text=reference))
    return facts


def read_number_sign(text: str, m: re.Match[str]) -> list[Fact]:
    """A number after "No." ("No. 49"): a locator.

    Examples
    --------
    >>> _brief("Supplement No. 3")
    [('3', 'locator', 'no. 3')]
    """
    start, end = m.span("numbered")
    return [Fact(start, end, "locator", value_text=f"no. {m.group('numbered')}")]


def read_roman_locator(text: str, m: re.Match[str]) -> list[Fact]:
    """A Roman numeral after a word that names a part of a text: a locator.

    Examples
    --------
    >>> _brief("under Chapter VII of the Charter")
    [('VII', 'locator', 'chapter VII')]
    >>> _brief("Ibid., annex II.")
    [('II', 'locator', 'annex II')]
    >>> _brief("NoArticle VII")
    [('VII', 'locator', 'article VII')]
    >>> _brief("including Chapter\\nVII thereof")
    [('VII', 'locator', 'chapter VII')]
    """
    start, end = m.span()
    word = _ROMAN_KEYWORD_BEFORE.search(text, max(0, start - 12), start).group().lower()
    # OCR glues words ("NoArticle VII"): the keyword is then the end of the word.
    keyword = (
        word if word in ROMAN_KEYWORDS else max(filter(word.endswith, ROMAN_KEYWORDS), key=len)
    )
    return [Fact(start, end, "locator", value_text=f"{ROMAN_KEYWORDS[keyword]} {m.group()}")]


def read_vulgar(text: str, m: re.Match[str]) -> list[Fact]:
    """A number written with a vulgar fraction: "3½ per cent", "2½", "1¼ million", "½".

    Its value is exact: a fraction (value_text "5/2"), a percentage or, with a scale word,
    a count.

    Examples
    --------
    >>> _brief("a rate of 3½ per cent")
    [('3½ per cent', 'percent', 3.5)]
    >>> _brief("some 2½ years")
    [('2½', 'fraction', '5/2')]
    >>> _brief("1¼ million people")
    [('1¼ million', 'count', 1250000.0)]
    """
    start, end = m.span()
    whole_name, part_name, percent_name = (
        ("vulgar_whole", "vulgar_part", "vulgar_percent") if m.lastgroup == "vulgar"
        else (None, "lone_part", "lone_percent")
    )  # fmt: skip
    top, bottom = VULGAR_FRACTIONS[m.group(part_name)]
    if whole_name is not None:
        top += int(m.group(whole_name)) * bottom
    if m.lastgroup == "vulgar" and m.group("vulgar_scale"):
        value = top / bottom * scale_value(m.group("vulgar_scale"))
        return [_signed(text, Fact(start, end, "count", value, decimals=None))]
    if m.group(percent_name):
        fact = _quantity(start, end, top / bottom, percent=m.group(percent_name),
                         decimals=None)  # fmt: skip
        fact.value_text = f"{top}/{bottom}"
        return [_signed(text, fact)]
    return [_signed(text, _fraction(start, end, top, bottom, in_words=False))]


def read_glued_marker(text: str, m: re.Match[str]) -> list[Fact]:
    """A footnote marker glued to the word before it: "Women4", "Cairo,1".

    Examples
    --------
    >>> [(f.kind, f.value, f.marker_source) for f in read_at("Women4 ", 5)]
    [('footnote_marker', 4.0, 'glued')]
    """
    return [Fact(*m.span(), "footnote_marker", float(m.group()), marker_source="glued")]


# --- dates, years, times ------------------------------------------------------------------


def _dated(text: str, start: int, end: int, iso: str | None) -> list[Fact]:
    """A date or date range fact, or the digits read one by one when it does not exist."""
    if iso is None:
        return _fallback(text, start, end)
    if "/" in iso:
        return [_date_fact(with_from(text, start), end, iso, is_range=True)]
    return [_date_fact(start, end, iso, is_range=False)]


def _is_range(text: str, m: re.Match[str], second: str, first_day: int) -> bool:
    """Whether "D1 ... and D2 Month" is a range: "between 5 and 13 May", "16 and 17 May".

    Joined by "and", two dates are a range only after "between" or "from", or when the
    days follow each other; "22 December 1976 and 12 January 1977" are two dates.
    """
    if not text[: m.start(second)].rstrip().endswith("and"):
        return True
    if _FROM_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return True
    return second == "last_day" and _day_number(m.group(second)) == first_day + 1


def _day_number(day: str) -> int:
    return int(day[:2].rstrip("snrt"))


_YEAR_MARKS = ("date_year_mark", "end_year_mark", "range_year_mark", "month_year_mark",
               "month_day_year_mark", "months_year_mark")  # fmt: skip


def _with_year_mark(reader: Reader) -> Reader:
    """``reader``, and a footnote marker glued to the year that ends the date.

    "10 September 19906": the date 10 September 1990 and the marker 6 (a scan's text
    layer glues a raised footnote number to the year before it).
    """

    def read(text: str, m: re.Match[str]) -> list[Fact]:
        facts = reader(text, m)
        for name in _YEAR_MARKS:
            mark_start, mark_end = m.span(name) if name in m.re.groupindex else (-1, -1)
            if mark_start >= 0 and mark_end == m.end() and facts and facts[-1].end == mark_end:
                facts[-1].end = mark_start
                facts.append(Fact(mark_start, mark_end, "footnote_marker",
                                  float(m.group(name)), marker_source="glued"))  # fmt: skip
        return facts

    read.__doc__ = reader.__doc__
    read.__name__ = reader.__name__
    return read


def read_date_mention(text: str, m: re.Match[str]) -> list[Fact]:
    """A date, or a range of two full dates: "21 December 2001", "29 June to 3 July 1998".

    Examples
    --------
    >>> _brief("on 21 December 2001")
    [('21 December 2001', 'date', '2001-12-21')]
    >>> _brief("from 29 June to 3 July 1998")
    [('from 29 June to 3 July 1998', 'date_range', '1998-06-29/1998-07-03')]
    >>> [f.value_text for f in read_at("22 December 1976 and 12 January 1977", 0)]
    ['1976-12-22', '1977-01-12']
    """
    start, end = m.span()
    day, month, year = m.group("date_day"), m.group("date_month"), m.group("date_year")
    if m.group("end_day") is None:
        return _dated(text, start, end, read_date(day, month, year))
    if not _is_range(text, m, "end_day", _day_number(day)):  # two dates joined by "and"
        first_end = m.end("date_year") if year else m.end("date_month")
        iso = read_date(day, month, year or m.group("end_year"))
        first = _dated(text, start, first_end, iso)
        if m.group("date_year_mark"):  # "10 September 19906 and 15 October 1990"
            first.append(Fact(*m.span("date_year_mark"), "footnote_marker",
                              float(m.group("date_year_mark")), marker_source="glued"))  # fmt: skip
        return first + read_at(text, m.start("end_day"))
    last = (m.group("end_day"), m.group("end_month"), m.group("end_year"))
    return _dated(text, start, end, read_date_range((day, month, year), last))


def read_day_range(text: str, m: re.Match[str]) -> list[Fact]:
    """Days of one month: "5-13 September 1994", "16 and 17 October 2001".

    Examples
    --------
    >>> _brief("5-13 September 1994")
    [('5-13 September 1994', 'date_range', '1994-09-05/1994-09-13')]
    >>> [f.value_text for f in read_at("5 and 13 September 1994", 0)]
    ['1994-09-05', '1994-09-13']
    """
    start, end = m.span()
    first, month, year = m.group("first_day"), m.group("range_month"), m.group("range_year")
    if not _is_range(text, m, "last_day", _day_number(first)):
        iso = read_date(first, month, year)
        return _dated(text, start, m.end("first_day"), iso) + read_at(text, m.start("last_day"))
    iso = read_date_range((first, None, None), (m.group("last_day"), month, year))
    return _dated(text, start, end, iso)


def read_numeric_date(text: str, m: re.Match[str]) -> list[Fact]:
    """A date in digits, day first as the UN writes it: "12/05/2001".

    Examples
    --------
    >>> _brief("12/05/2001")
    [('12/05/2001', 'date', '2001-05-12')]
    """
    groups = m.group("numeric_day", "numeric_month", "numeric_year")
    return _dated(text, *m.span(), read_date(*groups, numeric=True))


def read_month_date(text: str, m: re.Match[str]) -> list[Fact]:
    """A date with the month first: "September 2000", "Sept 26-27", "December 21, 2001".

    Examples
    --------
    >>> _brief("in September 2000")
    [('September 2000', 'date', '2000-09')]
    >>> _brief("on Sept 26-27")
    [('Sept 26-27', 'date_range', '--09-26/--09-27')]
    """
    start, end = m.span()
    month = m.group("named_month")
    if m.group("month_year") is not None:
        return _dated(text, start, end, read_date(None, month, m.group("month_year")))
    year = m.group("month_day_year")
    if m.group("month_end_day") is not None:
        iso = read_date_range((m.group("month_day"), month, None),
                              (m.group("month_end_day"), month, year))  # fmt: skip
    else:
        iso = read_date(m.group("month_day"), month, year)
    return _dated(text, start, end, iso)


def read_month_range(text: str, m: re.Match[str]) -> list[Fact]:
    """Months of one year: "January to March 1980", "April, May and June 1966".

    Months joined by "to", "through" or a dash, or after "between", are a range, and so
    are months that follow each other (a quarter, as the supplements of the Official
    Records name theirs). Other months joined by "and", or months given "respectively",
    are dates of their own, each in the year written after the last: "in March and
    October 1999".

    Examples
    --------
    >>> _brief("for April, May and June 1966")
    [('April, May and June 1966', 'date_range', '1966-04/1966-06')]
    >>> _brief("from January to March 1980")
    [('from January to March 1980', 'date_range', '1980-01/1980-03')]
    >>> _brief("in March and October 1999")
    [('March', 'date', '1999-03'), ('October 1999', 'date', '1999-10')]
    """
    start, end = m.span()
    year = m.group("months_year")
    months = [
        (month.start(), month.end(), MONTHS[month.group().lower().rstrip(".")])
        for month in _MONTH_NAME.finditer(text, start, m.start("last_month"))
    ]
    months.append((m.start("last_month"), m.end("months_year"),
                   MONTHS[m.group("last_month").lower().rstrip(".")]))  # fmt: skip
    numbers = [number for _, _, number in months]
    joined_by_and = text[months[-2][1] : months[-1][0]].strip(" \t\n,") == "and"
    following = all(b == a + 1 for a, b in itertools.pairwise(numbers)) and not (
        _RESPECTIVELY_NEXT.match(text, end)  # "in November and December, respectively"
    )
    if following or not joined_by_and or after_between(text, start):
        if numbers[0] >= numbers[-1]:
            return _fallback(text, start, end)
        iso = f"{year}-{numbers[0]:02d}/{year}-{numbers[-1]:02d}"
        return [_date_fact(with_from(text, start), end, iso, is_range=True)]
    return [_date_fact(s, e, f"{year}-{number:02d}", is_range=False) for s, e, number in months]


_MONTH_NAME = re.compile(MONTH_PATTERN)
_RESPECTIVELY_NEXT = re.compile(r",?\s+respectively\b")


def read_year_range(text: str, m: re.Match[str]) -> list[Fact]:
    """Years from one to another: "2012–13", "1999-2000", "1990 to 1995".

    Joined by "and" they are a range only after "between"; "1962 and 1966" are two years.

    Examples
    --------
    >>> _brief("in 2012–13")
    [('2012–13', 'date_range', '2012/2013')]
    >>> [f.value_text for f in read_at("1962 and 1966", 0)]
    ['1962', '1966']

    A short end that is no later year is a month: "1995-01" is January 1995, one year.

    >>> [(f.kind, f.value_text) for f in read_at("1995-01", 0)]
    [('year', '1995')]
    """
    start, end = m.span()
    first = int(m.group("from_year"))
    if m.group("to_year_short") is not None:
        second = first // 100 * 100 + int(m.group("to_year_short"))
        second_start = m.start("to_year_short")
    else:
        second = int(m.group("to_year"))
        second_start = m.start("to_year")
    joined_by_and = text[m.end("from_year") : second_start].strip() == "and"
    if joined_by_and and not after_between(text, start):
        return _year(text, start, m.end("from_year")) + read_at(text, second_start)
    if not first < second <= first + 100:
        short = m.group("to_year_short")
        if short is not None and "01" <= short <= "12" and text[m.end("from_year")] in "-–":
            return _year(text, start, m.end("from_year"))  # "1995-01": a month of the year
        return _fallback(text, start, end)
    return [Fact(with_from(text, start), end, "date_range", value_text=f"{first}/{second}")]


def _year(text: str, start: int, end: int) -> list[Fact]:
    raw = text[start:end]
    return [Fact(start, end, "year", float(raw), value_text=raw)]


def read_year(text: str, m: re.Match[str]) -> list[Fact]:
    """A year: "in 1976"; a count before a plural noun; nothing in a name.

    "2000 soldiers" is a count; "the 2030 Agenda" and "Agenda 2063" are names. Before a
    currency it is the year whose prices a sum is in ("in constant 2005 dollars") or a
    year before a subject ("By 2002 euros had replaced ..."): UN documents write a sum of
    that size with a comma ("2,005 euros").

    Examples
    --------
    >>> _brief("in 1976")
    [('1976', 'year', 1976.0)]
    >>> _brief("some 2000 soldiers")
    [('2000', 'count', 2000.0)]
    >>> _brief("the 2030 Agenda")
    []
    >>> _brief("the 1999 sessions")
    [('1999', 'year', 1999.0)]
    >>> _brief("in constant 2005 dollars")
    [('2005', 'year', 2005.0)]
    >>> _brief("In 2010 millions of people fled")
    [('2010', 'year', 2010.0)]
    """
    start, end = m.span()
    keyword = _keyword_number(text, start, end)
    if keyword is not None:
        return keyword
    if NAME_AFTER.match(text, end):
        return []
    noun = _PLURAL_NOUN_NEXT.match(text, end)
    if (
        noun is not None
        and not CURRENCY_NEXT.match(text, end)
        and noun.group(1) not in _PLURAL_SCALES
        and is_plural(noun.group(1))
        and not _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
    ):  # "2000 soldiers" counts; "the 1999 sessions" are those of a year
        return [Fact(start, end, "count", float(m.group()), decimals=0)]
    return _year(text, start, end)


def read_decade(text: str, m: re.Match[str]) -> list[Fact]:
    """A decade: "the 1990s".

    Examples
    --------
    >>> [(f.kind, f.value_text, f.unit) for f in read_at("1990s", 0)]
    [('year', '1990/1999', 'decade')]
    """
    first = int(m.group()[:4])
    return [Fact(*m.span(), "year", value_text=f"{first}/{first + 9}", unit="decade")]


def read_time(text: str, m: re.Match[str]) -> list[Fact]:
    """A time of day: "3 p.m.", "10.30 a.m.", "15:00", "1500 hours", "00.01 EST".

    Examples
    --------
    >>> _brief("at 3 p.m. on 5 May")[0]
    ('3 p.m.', 'time', '15:00')
    >>> _brief("at 10.30 a.m.")
    [('10.30 a.m.', 'time', '10:30')]
    >>> _brief("at 1500 hours")
    [('1500 hours', 'time', '15:00')]
    >>> _brief("shall come into force at 00.01 EST on")
    [('00.01 EST', 'time', '00:01')]
    """
    if m.group("clock") is not None:
        hour, minute = int(m.group("clock")[:2]), int(m.group("clock")[2:])
    elif m.group("dot_hour") is not None:
        hour, minute = int(m.group("dot_hour")), int(m.group("dot_minute"))
    elif m.group("hour24") is not None:
        hour, minute = int(m.group("hour24")), int(m.group("minute24"))
    else:
        hour, minute = int(m.group("hour")) % 12, int(m.group("minute") or 0)
        if m.group("meridiem")[0] in "pP":
            hour += 12
    return [Fact(*m.span(), "time", value_text=f"{hour:02d}:{minute:02d}")]


# --- numbers in digits --------------------------------------------------------------------


def read_ordinal(text: str, m: re.Match[str]) -> list[Fact]:
    """An ordinal in digits: "90th", "21st".

    Examples
    --------
    >>> _brief("at its 1747th meeting")
    [('1747th', 'ordinal', 1747.0)]
    """
    return [Fact(*m.span(), "ordinal", float(m.group()[:-2].replace(",", "")))]


def read_count(text: str, m: re.Match[str]) -> list[Fact]:
    """A number in digits: a count, percentage, sum of money or physical quantity.

    What follows the number says which; the sign is read as written; after a keyword the
    number is a locator or reference instead.

    Examples
    --------
    >>> _brief("some 4.5 million people")
    [('4.5 million', 'count', 4500000.0)]
    >>> _brief("growth of -1.5 per cent")
    [('-1.5 per cent', 'percent', -1.5)]
    >>> [(f.value, f.unit) for f in read_at("4 km2", 0)]
    [(4.0, 'km2')]
    >>> _brief("the 30-per cent threshold")
    [('30-per cent', 'percent', 30.0)]
    >>> _brief("a rate of .08")
    [('.08', 'count', 0.08)]
    >>> _brief("Article 93")
    [('93', 'locator', 'article 93')]
    """
    start, end = m.span()
    number = m.group("number") or m.group("point_number")
    if m.group("number") is not None and end == m.end("number"):  # nothing follows
        return read_plain_count(text, m)
    value = _digits_value(number)
    if value is None:
        return []
    if m.group("scale"):
        value *= scale_value(m.group("scale"))
    if m.group("dozen"):
        value *= 12
    unit = m.group("unit") or m.group("glued_unit")
    fact = _quantity(
        start, end, value, percent=m.group("percent"),
        currency=m.group("currency") or m.group("sign_after"),
        unit=UNITS[unit] if unit else None, decimals=_decimals(number),
    )  # fmt: skip
    return [_signed(text, fact)]


# Superscript digits and signs, and the minus sign, as the digits int() reads.
_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")


def read_scientific(text: str, m: re.Match[str]) -> list[Fact]:
    """A number in scientific notation: a count of its value.

    Examples
    --------
    >>> _brief("emissions of 1.4 × 10^6 tonnes")
    [('1.4 × 10^6', 'count', 1400000.0)]
    >>> _brief("a flux of 2.48×10−5")
    [('2.48×10−5', 'count', 2.48e-05)]
    >>> _brief("3.2 x 10⁶ Bq"), _brief("4e14 Bq")
    ([('3.2 x 10⁶', 'count', 3200000.0)], [('4e14', 'count', 400000000000000.0)])
    """
    power = m["caret_power"] or m["minus_power"] or m["raised_power"] or m["e_power"]
    value = float(f"{m['mantissa']}e{int(power.translate(_RAISED))}")  # "2.1e-5", not 2.1 * 1e-5
    return [_signed(text, Fact(m.start(), m.end(), "count", value))]


def read_power(text: str, m: re.Match[str]) -> list[Fact]:
    """A power written with a caret: a count of its value, not of its base.

    Examples
    --------
    >>> _brief("a capacity of 10^6 tonnes"), _brief("a factor of 2^-1")
    ([('10^6', 'count', 1000000.0)], [('2^-1', 'count', 0.5)])
    >>> _brief("-1.1^+23"), _brief("0^-1"), _brief("9999^999")
    ([('-1.1^+23', 'count', -8.95430243255239)], [], [])
    """
    try:
        value = float(m["power_base"]) ** int(m["exponent"].translate(_RAISED))
    except (OverflowError, ZeroDivisionError):  # no number to read
        return []
    return [_signed(text, Fact(m.start(), m.end(), "count", value))]


def read_plain_count(text: str, m: re.Match[str]) -> list[Fact]:
    """A number in digits with nothing after it that changes its reading: a count.

    Examples
    --------
    >>> _brief("78 countries")
    [('78', 'count', 78.0)]
    >>> _brief("paragraphs 5 and 6")
    [('5', 'locator', 'paragraph 5')]
    """
    start, end = m.span()
    number = m.group()
    if _LOCATOR_NUMBER.fullmatch(number):
        keyword = _keyword_number(text, start, end)
        if keyword is not None:
            return keyword
    if NAME_AFTER.match(text, end):
        return []  # "the 661 Committee"
    if number == "10" and _is_ocr_to(text, start, end):
        return []  # "all States 10 refrain": "to" misread by a scan
    if (
        5 <= len(number) <= 6
        and number.isdigit()
        and _YEAR_MARK_BEFORE.search(text, max(0, start - 8), start)
    ):
        year = int(number[:4])
        if 1900 <= year <= 2100 and number[4] != "0":  # "in 19906": 1990 and marker 6
            return [*_year(text, start, start + 4),
                    Fact(start + 4, end, "footnote_marker", float(number[4:]),
                         marker_source="glued")]  # fmt: skip
    value = _digits_value(number)
    if value is None:
        return []
    return [_signed(text, Fact(start, end, "count", value, decimals=_decimals(number)))]


# Before a year that may have a footnote marker glued to it: "in 19906", "since 20014".
_YEAR_MARK_BEFORE = re.compile(r"\b(?:in|since|until|till|during|year|by|of)\s+$", re.I)
_OCR_TO_NEXT = re.compile(r"[ ]([a-z]{2,})\b")
# Words after "10" that make it a count, though singular: "10 more", "10 per cent".
_COUNT_ADJECTIVES = frozenset(
    """more new other additional further different separate major main key square cubic
    full per percent percentage million billion thousand hundred dozen times year month
    week day hour minute""".split()  # noqa: SIM905
)


def _is_ocr_to(text: str, start: int, end: int) -> bool:
    """Whether "10" at ``text[start:end]`` is "to" misread by a scan: "States 10 refrain".

    After a noun (no determiner, preposition or other word that takes a number) and
    before a verb (a word that is no plural noun and no word a count may stand before).

    Examples
    --------
    >>> _is_ocr_to("calls upon all States 10 refrain from", 22, 24)
    True
    >>> _is_ocr_to("the 10 members", 4, 6)
    False
    """
    after = _OCR_TO_NEXT.match(text, end)
    if after is None or text[start - 1 : start] != " ":
        return False
    following = after.group(1)
    if (
        is_plural(following)
        or following in _COUNT_ADJECTIVES
        or following in UNITS
        or following in _FUNCTION_WORDS
    ):
        return False
    before = text[max(0, start - 30) : start].split()
    previous = before[-1] if before else ""
    if not previous.isalpha() or previous.lower() in _FUNCTION_WORDS:
        return False
    return is_plural(previous) or (previous[0].isupper() and previous.lower() not in _MONTH_NAMES)


# Words that are no noun or verb: a number may follow or precede them in its own right.
_FUNCTION_WORDS = frozenset(
    """a an the this that these those its their his her our your my all some any each
    every no and or nor but than then to of in on at by for with from into onto upon over
    under between among within without about around after before since until during per
    via as if so is was were are be been being has have had do does did will would shall
    should can could may might must not only just nearly almost approximately some about
    another other such what which who whom whose where when while""".split()  # noqa: SIM905
)


# The letters of another dollar set off from its sign by a space, as a text set in lower
# case or split into tokens writes them ("hk $ 10 billion", "NZ $ 3"; "c $ 16.4 million"
# with a space after the sign too). Not the letters that are words or labels: "a $5
# million grant", "the EC $5 million", "'s $5", "can $5", "C $5" (a list's item C).
_DOLLAR_PREFIX_BEFORE = re.compile(r"(?<![\w.'’])(HK|hk|NZ|nz|NT|nt|SG|sg|AU|au|Mex|mex|c)[ ]$")


def read_money(text: str, m: re.Match[str]) -> list[Fact]:
    """A sum of money after a currency sign or code: "$2.3 million", "US$ 5 billion", "€5".

    Examples
    --------
    >>> [(f.value, f.unit) for f in read_at("US$ 5 billion", 0)]
    [(5000000000.0, 'USD')]
    >>> [(f.value, f.unit) for f in read_at("$5bn", 0)]
    [(5000000000.0, 'USD')]
    >>> [(f.value, f.unit) for f in read_at("€4.5M", 0)]
    [(4500000.0, 'EUR')]
    >>> [(f.value, f.unit) for f in read_at("SwF 2.4 million", 0)]
    [(2400000.0, 'CHF')]
    >>> [(f.value, f.unit) for f in read_at("Rs. 2,000 million", 0)]  # rupees: no one currency
    [(2000000000.0, None)]
    >>> [(f.value, f.unit) for f in read_at("$-2 million", 0)]  # the sign after the currency
    [(-2000000.0, 'USD')]
    >>> _brief("a charge of c $ 300 million"), _brief("HK $ 2 billion")
    ([('c $ 300 million', 'money', 300000000.0)], [('HK $ 2 billion', 'money', 2000000000.0)])
    """
    start, end = m.span()
    if m.lastgroup == "money_code":
        number, scale, short, sign = ("code_number", "code_scale", "code_short_scale",
                                      "currency_code")  # fmt: skip
    else:
        number, scale, short, sign = ("sign_number", "sign_scale", "sign_short_scale",
                                      "currency_sign")  # fmt: skip
    value = _digits_value(m.group(number))
    if value is None:
        return []
    if m.group(scale):
        value *= scale_value(m.group(scale))
    elif m.group(short):
        value *= MONEY_SCALES[m.group(short).strip().lower()]
    if m.lastgroup == "money_sign" and m.group("sign_minus"):
        value = -value
    written = m.group(sign).replace(" ", "").lower()
    # "Rs 500", "Rs. 2,000": rupees, which several currencies are (no code)
    code = None if written.startswith("rs") else CURRENCIES[written]
    if code == "USD" and text[start - 1 : start] == " ":
        prefix = _DOLLAR_PREFIX_BEFORE.search(text, max(0, start - 5), start)
        if prefix is not None and (prefix.group(1) != "c" or text.startswith("$ ", start)):
            start, code = prefix.start(), CURRENCIES[prefix.group(1).lower() + "$"]
    return [_signed(text, Fact(start, end, "money", value, unit=code,
                               decimals=_decimals(m.group(number))))]  # fmt: skip


def read_ratio(text: str, m: re.Match[str]) -> list[Fact]:
    """A ratio read as a fraction: "one in five", "1 in 4", "nine out of every ten".

    Not a ratio when the second number is not larger or looks like a year ("one in
    1992": a count, then a year).

    Examples
    --------
    >>> _brief("one in three Africans")
    [('one in three', 'fraction', '1/3')]
    >>> _brief("one in 1992 and")
    [('one', 'count', 1.0), ('1992', 'year', 1992.0)]
    """
    start, end = m.span()
    top_name, bottom_name = (("ratio_top", "ratio_bottom") if m.lastgroup == "ratio"
                             else ("word_ratio_top", "word_ratio_bottom"))  # fmt: skip
    top, bottom = _whole_number(m.group(top_name)), _whole_number(m.group(bottom_name))
    bottom_text = m.group(bottom_name)
    looks_like_year = bottom_text.isdigit() and len(bottom_text) == 4
    if top is None or bottom is None or not 0 < top < bottom or looks_like_year:
        first = (_fallback(text, start, m.end(top_name)) if m.lastgroup == "ratio"
                 else _word_pieces(text, start, m.end(top_name)))  # fmt: skip
        return first + read_at(text, m.start(bottom_name))
    in_words = not (m.group(top_name).isdigit() and bottom_text.isdigit())
    return [_fraction(start, end, top, bottom, in_words=in_words)]


def _whole_number(written: str) -> int | None:
    """A whole number written in digits or in cardinal words; None otherwise."""
    if written.isdigit():
        return int(written)
    read = words_to_number(written)
    return read[0] if read is not None and not read[1] else None


# --- numbers in words ---------------------------------------------------------------------


def _word_pieces(text: str, start: int, end: int) -> list[Fact]:
    """Read a run of number words into one or more counts and ordinals.

    A run that is not one well-formed number ("five and ten", "one two three") is cut
    greedily, from the left, into the longest well-formed pieces.

    Examples
    --------
    >>> [(f.value, f.kind) for f in _word_pieces("one two three", 0, 13)]
    [(1.0, 'count'), (2.0, 'count'), (3.0, 'count')]
    """
    word = text[start:end]
    if word.isalpha():  # one word, the common case: look it up
        lower = word.lower()
        if lower in CARDINAL_WORDS:
            return [Fact(start, end, "count", float(CARDINAL_WORDS[lower]), decimals=0,
                         in_words=True)]  # fmt: skip
        if lower in ORDINAL_WORDS:
            return [Fact(start, end, "ordinal", float(ORDINAL_WORDS[lower]), in_words=True)]
    tokens = [
        (t.start(), t.end())
        for t in _WORD_TOKEN.finditer(text, start, end)
        if t.group().lower() != "and"
    ]
    pieces: list[Fact] = []
    i = 0
    while i < len(tokens):
        # words_to_number reads left to right and fails at the first bad word, so once a
        # prefix fails every longer one fails too: extend while it reads.
        best = None
        for j in range(i + 1, len(tokens) + 1):
            result = words_to_number(text[tokens[i][0] : tokens[j - 1][1]])
            if result is None:
                break
            best = (j, result)
        if best is None:  # pragma: no cover - every single number word is well formed
            i += 1
            continue
        j, (value, is_ordinal) = best
        s, e = tokens[i][0], tokens[j - 1][1]
        if is_ordinal:
            pieces.append(Fact(s, e, "ordinal", float(value), in_words=True))
        else:
            pieces.append(Fact(s, e, "count", float(value), decimals=0, in_words=True))
        i = j
    return pieces


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    """Whether "one" at ``text[start:end]`` is a pronoun or an idiom, not the number.

    A reader counts "one member" and "one of the 15 members": "one" counts something,
    once, out of a set whose size may be stated. The word is no quantity when it
    stands for a person or thing in general or picks out an unspecified member of a set:

    - a pronoun after a determiner or an ordinal ("the sixth one", "no one", "a tragic
      one"), before "'s", "another" or a modal ("one's country", "one another", "one
      cannot"), as a subject before a verb in -s ("one suspects", "one has") or after an
      inverted auxiliary ("how can one speak");
    - "one of" a set whose size is not stated: "one of the main challenges", "one of the
      permanent members abstains", "neither one of", "reduced to one of military
      security" (but "one of the 15 members", "one of its two deputies" are counts);
    - the correlatives and adverbs "one ... or another" ("at one time or another", "one
      way or the other", "in one form or another"), "one after another", "on one
      hand", "it is one thing ... another", "at one time" (formerly) and "one day" (some
      day: "One day the people will ...", not "within one day"), "at one point" (a
      moment), "with one voice", "as one", "one by one", "to one side";
      "one in which" and "the only one" are pronouns; "back to square one" is an idiom,
      and so are "one and all", "one and the same", "one and only", "one such example",
      "one country after another", "one against another", "in more ways than one", "I,
      for one," and a generic "if one is".

    Examples
    --------
    >>> [_is_pronoun_one(t, t.index("one"), t.index("one") + 3) for t in (
    ...     "the sixth one", "a tragic one", "a very sensitive one", "one's country",
    ...     "back to square one", "one country")]
    [True, True, True, True, True, False]
    >>> [_is_pronoun_one(t, t.index("one"), t.index("one") + 3) for t in (
    ...     "is one of the pillars", "one of the 15 members", "how can one speak",
    ...     "one suspects that", "one day the people", "within one day")]
    [True, False, True, True, True, False]
    """
    if text.startswith("-", end) and not _FRACTION_AFTER_HYPHEN.match(text, end):
        return False  # "a one-year extension": a compound's count, as "a five-year plan"
    words = text[max(0, start - 40) : start].split() if text[start - 1 : start].isspace() else []
    word = words[-1].lower() if words and words[-1].replace("-", "").isalpha() else ""
    if word:
        if word == "only" and len(words) >= 2 and words[-2].lower() == "the":
            return True  # "the only one carrying out this research"
        if word in _ONE_PRONOUN_BEFORE or word in ORDINAL_WORDS or word in _INVERTED_BEFORE:
            return True
        if _COMPARATIVE.match(word) and _CLAUSE_END.match(text, end):
            return True  # "a better one."
        # "a tragic one", "an international one", "such a deeply divided one", "a long and
        # arduous one", "a peace-loving, democratic one", "no ordinary one"
        if _after_adjectives(words):
            return True
        if word == "than" and "ways" in words[-3:-1]:
            return True  # "in more ways than one"
        if word == "for" and len(words) >= 2 and words[-2].lower() in ("i,", "we,"):
            return True  # "I, for one, would like"
    if _ONE_PRONOUN_AFTER.match(text, end) is not None:
        return True
    if word == "as" and _CLAUSE_END.match(text, end):
        return True  # "they acted as one."
    if word in _SUBORDINATORS and _GENERIC_VERB_AFTER.match(text, end):
        return True  # "if one is to be found", "whether one is in Europe"
    if word == "by" and len(words) >= 2 and words[-2].lower() == "one":
        return True  # "one by one"
    after = _ONE_NEXT_WORDS.match(text, end)
    if after is None:
        return False
    following = after.group(1).lower()
    if following == "of":  # a partitive: a count only when the set's size is stated
        return not _is_sized_set(after.group(2) or "")
    if _is_verb_in_s(following):
        return True  # "one suspects", "one has to"
    if following == "thing" and _ANOTHER.search(text, end, min(len(text), end + 250)):
        return True  # "it is one thing to ...; it is another to ..."
    if following == "side" and _ANOTHER.search(text, end, min(len(text), end + 40)):
        return True  # "what one side can do the other also can do"
    if following in ("time", "point") and word == "at":
        return True  # "at one time" (formerly), "at one point" (a moment)
    if following == "voice" or (following == "side" and word in ("to", "on", "aside")):
        return True  # "speak with one voice", "put to one side"
    if following == "hand" and word == "on":
        return True  # "on one hand ... on the other"
    if following == "day":  # "One day the people will ...", not "within one day"
        next_words = (after.group(2) or "").split()
        return word not in _BEFORE_ONE_DAY_COUNT and (
            not next_words or next_words[0].lower() not in _AFTER_ONE_DAY_COUNT
        )
    return False


def _after_adjectives(words: list[str]) -> bool:
    """Whether ``words`` end with a determiner and the adjective(s) of a pronoun "one".

    The adjective may be led by an adverb ("a deeply divided", "a very sensitive") and
    joined to a second one by "and" or a comma ("a long and arduous", "a peace-loving,
    democratic"); the determiner may be "no" ("no ordinary"). Function words and number
    words are no adjectives ("experience, but one thing", "no longer one giant enemy",
    "the two countries one year later").

    Examples
    --------
    >>> [_after_adjectives(t.split()) for t in ("a tragic", "a long and arduous",
    ...     "a peace-loving, democratic", "a very sensitive", "no ordinary",
    ...     "the two countries", "that experience, but", "is no longer", "the report, adopted",
    ...     "the Assembly adopted")]
    [True, True, True, True, True, False, False, False, False, False]
    """
    tokens = [word.lower() for word in words[-6:]]
    if not tokens or not _is_adjective(tokens[-1]):
        return False
    i = len(tokens) - 2  # the word before the adjective right before "one"
    for _ in range(2):  # that adjective, then one joined to it
        if i >= 1 and (
            (tokens[i].endswith("ly") and words[i - len(tokens)].islower())  # not "Assembly"
            or tokens[i] in _DEGREE_ADVERBS
        ):
            i -= 1  # "a deeply divided one"
        if i >= 0 and (tokens[i] in _ARTICLES or tokens[i] == "no"):
            return True
        if i >= 1 and tokens[i] == "and" and _is_adjective(tokens[i - 1]):
            i -= 2  # "a long and arduous one"
        elif (
            i >= 0
            and tokens[i].endswith(",")
            and _is_adjective(tokens[i][:-1])
            and not tokens[-1].endswith("ed")  # "the report, adopted one year ago"
        ):
            i -= 1  # "a peace-loving, democratic one"
        else:
            return False
    return False


def _is_adjective(word: str) -> bool:
    """Whether the lower-case ``word`` may be an adjective before a pronoun "one"."""
    return (
        word.replace("-", "").isalpha()
        and word not in _NOT_ADJECTIVES
        and word not in _FUNCTION_WORDS
        and word not in _NO_ADJECTIVES_BEFORE_ONE
        and word not in CARDINAL_WORDS
    )


# Besides the function words: "no longer one giant enemy", "yet one more".
_NO_ADJECTIVES_BEFORE_ONE = frozenset(
    "yet because although though towards longer more less".split()  # noqa: SIM905
)


# "the first one-third portion": a fraction after the hyphen, not the noun of a compound.
_FRACTION_AFTER_HYPHEN = re.compile(
    r"-(?:" + "|".join(sorted(FRACTION_WORDS, key=len, reverse=True)) + r")\b"
)
# Before "one" as a generic subject: "if one is to be found".
_SUBORDINATORS = frozenset("if when whether unless while because where".split())  # noqa: SIM905
_GENERIC_VERB_AFTER = re.compile(r"\s+(?:is|was|still|really)\b")
# Auxiliaries before "one" in a question or an inverted clause: "how can one speak".
_ZERO_IDIOM_NEXT = re.compile(r"[ -](?:tolerance|option)\b")
# "net-zero pledges": a compound adjective naming a target ("reduced to net zero" stays 0).
_ZERO_IDIOM_BEFORE = re.compile(r"\b[Nn]et-$")
_INVERTED_BEFORE = frozenset(
    "can could should would must may might does did will shall".split()  # noqa: SIM905
)
# The words after "one": the next word, then a few more.
_ONE_NEXT_WORDS = re.compile(r"\s+([A-Za-z]+)((?:\s+[A-Za-z0-9,-]+){0,4})")
_ANOTHER = re.compile(r"\banother\b|\bthe\s+other\b")
_SET_DETERMINERS = frozenset(
    "the its their his her our your these those this that my all".split()  # noqa: SIM905
)
# Singular nouns in -s that may follow "one" as a count ("one series", "one means").
_SINGULAR_IN_S = frozenset(
    "series species means news headquarters crossroads whereabouts thesis".split()  # noqa: SIM905
)
# "within one day", "for one day", "one day of mourning", "one day later": a duration.
_BEFORE_ONE_DAY_COUNT = frozenset(
    """in within for after per than over about only just of by on to every at least a the
    more less first last""".split()  # noqa: SIM905
)
_AFTER_ONE_DAY_COUNT = frozenset(
    """of later earlier before after per a each and or""".split()  # noqa: SIM905
)


def _is_sized_set(words: str) -> bool:
    """Whether the words after "one of" state the size of the set: "the 15 members"."""
    for token in words.split():
        lower = token.lower().strip(",")
        if lower in _SET_DETERMINERS:
            continue
        if lower[:1].isdigit():
            return True
        number = words_to_number(lower.replace("-", " "))
        return number is not None and not number[1] and number[0] > 1
    return False


def _is_verb_in_s(word: str) -> bool:
    """Whether ``word`` after "one" is a verb in -s: a plural noun cannot follow "one"."""
    return (
        len(word) > 2
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _SINGULAR_IN_S
    )


def read_words(text: str, m: re.Match[str]) -> list[Fact]:
    """A number in words: "forty-seven", "a hundred and one", "twenty per cent".

    Also "minus five" and "two dozen"; not "one" as a pronoun, a scale word alone ("per
    thousand"), a capitalised ordinal of a name ("Second Committee") or a number of a name
    ("the Group of Eight").

    Examples
    --------
    >>> _brief("Forty-seven replied")
    [('Forty-seven', 'count', 47.0)]
    >>> _brief("more than a million jobs")
    [('a million', 'count', 1000000.0)]
    >>> _brief("at the fifty-sixth session of the Second Committee")
    [('fifty-sixth', 'ordinal', 56.0)]
    >>> _brief("one's own country")
    []
    >>> _brief("the Group of Eight")
    []
    """
    start, end = m.span()
    if m.lastgroup == "plain_word":
        return _number_words(text, start, end, end)
    if m.group("word_point") is not None:
        decimal = _decimal_in_words(text, m)
        if decimal is not None:
            return [decimal]
        # "At one point two delegations": no decimal; the words after "point" are read
        # again, once (a decimal there, or the digit words alone: never this again).
        words_end, point_start, point_end = m.end("word_number"), *m.span("word_point")
        after = NUMBER_PATTERN.match(text, point_start)
        if after is None or (after.lastgroup == "words" and after.group("word_point")
                             and _decimal_in_words(text, after) is None):  # fmt: skip
            rest = _number_words(text, point_start, point_end, point_end)
        else:
            rest = read_match(text, after)
        return _number_words(text, start, words_end, words_end) + rest
    return _number_words(
        text, start, m.end("word_number"), end, percent=m.group("word_percent"),
        currency=m.group("word_currency"), dozen_end=m.end("word_dozen") if m.group(
            "word_dozen") else None,
    )  # fmt: skip


# "At one point" is a moment, not the start of a decimal ("At one point two members left");
# "stood at two point five per cent" is a decimal.
_AT_BEFORE = re.compile(r"\b[Aa]t\s+$")


def _decimal_in_words(text: str, m: re.Match[str]) -> Fact | None:
    """A decimal number in words: "two point five per cent", "one point two million".

    The whole is a cardinal in words, the decimals one digit word each after "point", or
    one number word of two digits as speech says them ("one point twenty-five million" is
    1.25 million); ``decimals`` counts them, as it counts the digits of "2.5". None where
    the words do not make one number ("At one point two delegations left": a moment).

    Examples
    --------
    >>> _brief("growth of two point five per cent")
    [('two point five per cent', 'percent', 2.5)]
    >>> _brief("minus one point zero five")
    [('minus one point zero five', 'count', -1.05)]
    >>> _brief("At one point two delegations left")
    [('two', 'count', 2.0)]
    >>> _brief("it stood at two point five per cent")
    [('two point five per cent', 'percent', 2.5)]
    >>> _brief("one point twenty-five million")
    [('one point twenty-five million', 'count', 1250000.0)]
    """
    start, end = m.span()
    whole = words_to_number(m.group("word_number"))
    if (
        whole is None
        or whole[1]  # an ordinal
        or m.group("word_dozen")
        or (whole[0] == 1 and _AT_BEFORE.search(text, max(0, start - 4), start))
    ):
        return None
    point = m.group("word_point")
    if CARDINAL_WORDS[point.replace("-", " ").split()[0]] >= 10:  # "point twenty-five"
        digits = str(words_to_number(point)[0])
    else:  # "point zero five": one digit a word
        digits = "".join(str(CARDINAL_WORDS[word]) for word in point.split())
    value = float(f"{whole[0]}.{digits}")
    if m.group("point_scale"):
        value *= scale_value(m.group("point_scale"))
    fact = _quantity(start, end, value, percent=m.group("word_percent"),
                     currency=m.group("word_currency"), decimals=len(digits),
                     in_words=True)  # fmt: skip
    return _signed(text, fact)


def _number_words(
    text: str, start: int, words_end: int, end: int, *, percent: str | None = None,
    currency: str | None = None, dozen_end: int | None = None,
) -> list[Fact]:  # fmt: skip
    """The facts of a run of number words ``text[start:words_end]`` (see read_words)."""
    pieces = _word_pieces(text, start, words_end)
    facts: list[Fact] = []
    for i, fact in enumerate(pieces):
        last = i == len(pieces) - 1
        s, e = fact.start, fact.end
        if i == 0 and _names_number(text, s):
            continue  # part of a name: "the Group of Eight"
        if fact.kind == "ordinal":
            if _names_with_capital(text, s, e):
                continue  # part of a name: "Fourth World Conference", "Second Committee"
            if _is_rank(text, s, e):
                facts.append(fact)
            continue
        quantity = last and (percent or currency)  # "the one-dollar coin": no pronoun
        if fact.value == 1 and e - s == 3 and not quantity and _is_pronoun_one(text, s, e):
            continue  # "the sixth one", "one's country"
        if fact.value == 0 and (
            _ZERO_IDIOM_NEXT.match(text, e) or _ZERO_IDIOM_BEFORE.search(text, max(0, s - 4), s)
        ):
            continue  # "zero tolerance", "net-zero pledges": a policy or target, not a count
        lone_scale = text[s:e].lower() in _SCALE_NAMES
        if text[s:e].split()[0].lower() in _SCALE_NAMES or lone_scale:
            article_start = _with_article(text, s)
            another = _ANOTHER_BEFORE.search(text, max(0, s - 12), s)
            if article_start == s and lone_scale and not another:
                continue  # "per thousand": a scale word alone is a unit, not a number
            fact.start = article_start
        if last and dozen_end is not None:  # "two dozen", "three billions"
            times = text[fact.end : dozen_end].split()[-1]
            factor = 12 if times.startswith("dozen") else scale_value(times)
            fact.value = (fact.value or 0) * factor
            fact.end = dozen_end
        if last and (percent or currency):
            fact = _quantity(fact.start, end, fact.value or 0.0, percent=percent,
                             currency=currency, in_words=True)  # fmt: skip
        if i == 0:
            fact = _signed(text, fact)
        facts.append(fact)
    return facts


def read_fraction(text: str, m: re.Match[str]) -> list[Fact]:
    """A fraction in words: "two thirds", "two-thirds", "one third", "a fifth", "half".

    "half a million" is a count. "twenty fifth" stays an ordinal, and so does "a third"
    before a noun ("a third session").

    Examples
    --------
    >>> _brief("two thirds of the Member States")
    [('two thirds', 'fraction', '2/3')]
    >>> _brief("one-third of the budget")
    [('one-third', 'fraction', '1/3')]
    >>> _brief("A third of the nations")
    [('A third', 'fraction', '1/3')]
    >>> _brief("nearly half of all respondents")
    [('half', 'fraction', '1/2')]
    >>> _brief("half a million people"), _brief("a quarter-million refugees")
    ([('half a million', 'count', 500000.0)], [('a quarter-million', 'count', 250000.0)])
    >>> _brief("half of one per cent of national income")
    [('half of one per cent', 'percent', 0.5)]
    >>> read_at("the second half of 2001", 11)  # a period, not a share
    []
    >>> _brief("its twenty-fifth session")
    [('twenty-fifth', 'ordinal', 25.0)]
    >>> _brief("a third session")
    [('third', 'ordinal', 3.0)]
    >>> _brief("on the twenty-fifth of May")
    [('twenty-fifth', 'ordinal', 25.0)]
    >>> _brief("three twenty-firsts of the seats")
    [('three twenty-firsts', 'fraction', '3/21')]
    >>> [(f.start, f.value) for f in read_at("for a decade and a half", 19)]
    [(4, 1.5)]
    """
    start, end = m.span()
    written = m.group("fraction_word")
    word = written.lower()
    plural = word.endswith("s")
    top_words = m.group("fraction_top")
    words_end = m.end("fraction_word")
    if word in COMPOUND_FRACTION_ENDS:  # "three twenty-firsts": only in a compound
        if top_words is None:
            return []
        compound = _compound_denominator(text, m, COMPOUND_FRACTION_ENDS[word])
        return [] if compound is None else [compound]  # "the twenty-firsts": no number
    bottom = FRACTION_WORDS[word]
    if top_words is not None:
        ordinal = None if plural else words_to_number(f"{top_words} {word}")
        if ordinal is not None and (
            not _OF_NEXT.match(text, words_end) or _whole_number(top_words) != 1
        ):
            # "twenty fifth", "the twenty-fifth of May": ordinals, as a numerator other
            # than one takes a plural denominator ("twenty fifths")
            return _word_pieces(text, start, words_end)
        mixed = _whole_and_part(text, m, bottom) or _fraction_range(text, m, bottom)
        if mixed is not None:
            return [mixed]
        # A tens word hyphenated to the fraction word is part of the denominator, even
        # where it would also end a well-formed numerator: "one hundred thirty-fifths"
        # is 100/35, not 130/5.
        compound = _compound_denominator(text, m, bottom)
        if compound is not None:
            return [compound]
        top = _whole_number(top_words)
        if top is None:
            return _word_pieces(text, start, m.start("fraction_word")) + read_at(
                text, m.start("fraction_word"))  # fmt: skip
    else:
        article_start = _with_article(text, start)
        if word in ("half", "halves"):
            if plural or (article_start == start and _HALF_OF_PERIOD.search(
                    text, max(0, start - 12), start)):  # fmt: skip
                return []  # "the second half of the year": a period
        elif article_start == start or plural:
            # no article: "third" is an ordinal ("the third session"); "quarters" alone
            # is no number ("in some quarters")
            return _ordinal_word(text, start, words_end)
        elif not (word.startswith("quarter") or _OF_NEXT.match(text, words_end)
                  or _CLAUSE_END.match(text, words_end)
                  or _FRACTION_NEXT.match(text, words_end)):  # fmt: skip
            return _ordinal_word(text, start, words_end)
        start = article_start
        top = 1
        period = _PERIOD_AND.search(text, max(0, start - 24), start) if word == "half" else None
        if period is not None and start < m.start("fraction_word"):
            # "a year and a half", "a decade and a half": a period and half another, 1 1/2
            first = period.start() if text[period.start()] in "aA" else period.start("period")
            return [_fraction(first, words_end, 3, 2, in_words=True)]
    if m.group("fraction_of") is not None:  # "half a million", "a quarter of a dozen"
        of = m.group("fraction_of").lower()
        value = top / bottom * (12 if of.startswith("dozen") else scale_value(of))
        return [_count_or_money(text, start, end, value)]
    fact = _fraction(start, words_end, top, bottom, in_words=True)
    if m.group("fraction_percent"):
        fact = _quantity(start, end, top / bottom, percent=m.group("fraction_percent"),
                         decimals=None, in_words=True)  # fmt: skip
        fact.value_text = f"{top}/{bottom}"
    return [_signed(text, fact)]


def _whole_and_part(text: str, m: re.Match[str], bottom: int) -> Fact | None:
    """A whole number "and" a proper fraction in words: "five and three quarters".

    The words before a fraction word that hold "and" are a whole number and a numerator
    when the part after the last "and" is smaller than the denominator, as the fraction of
    a mixed number always is: "twenty and three fifths" is 20 3/5, "one hundred and three
    quarters" 100 3/4, "one hundred and three and two thirds" 103 2/3. A numerator as large
    as the denominator continues the whole ("one hundred and thirty fifths" is 130/5), and
    after "between" or "from" the "and" joins the ends of a range, so None is returned.

    Examples
    --------
    >>> _brief("twenty and three fifths")
    [('twenty and three fifths', 'fraction', '103/5')]
    >>> _brief("seven and one half million people")
    [('seven and one half million', 'count', 7500000.0)]
    >>> _brief("one hundred and thirty-two fifths")
    [('one hundred and thirty-two fifths', 'fraction', '132/5')]
    """
    top_words = m.group("fraction_top")
    whole_words, joined, part_words = top_words.rpartition(" and ")
    if (
        not joined
        # "of a million" after the part; a scale right after it ("seven and one half
        # million") is the whole number's, read below
        or (
            m.group("fraction_of") is not None
            and m.start("fraction_of") > m.end("fraction_word") + 1
        )
        or _RANGE_OPENING.search(text, max(0, m.start() - 9), m.start())
    ):
        return None
    whole, part = _whole_number(whole_words.strip()), _whole_number(part_words.strip())
    if whole is None or part is None or not 0 < part < bottom:
        return None
    percent = m.group("fraction_percent")
    scale = None if percent else _SCALE_NEXT.match(text, m.end("fraction_word"))
    end = scale.end() if scale else m.end() if percent else m.end("fraction_word")
    return _mixed_number(text, m.start(), end, whole * bottom + part, bottom,
                         scale=scale.group(1) if scale else None, percent=percent)  # fmt: skip


def _compound_denominator(text: str, m: re.Match[str], bottom: int) -> Fact | None:
    """A fraction whose denominator is a compound ordinal: "one twenty-fifth", "three forty-fifths".

    The words before the fraction word end on a tens word joined to it by a hyphen, and
    the words before that are the numerator; read word by word they would be two counts
    ("one", "twenty") and an ordinal.

    Examples
    --------
    >>> _brief("one twenty-fifth of the budget")
    [('one twenty-fifth', 'fraction', '1/25')]
    >>> _brief("the twenty-fifth session")
    [('twenty-fifth', 'ordinal', 25.0)]
    >>> _brief("one hundred thirty-fifths"), _brief("two thirds")
    ([('one hundred thirty-fifths', 'fraction', '100/35')], [('two thirds', 'fraction', '2/3')])
    """
    if "-" not in text[m.end("fraction_top") : m.start("fraction_word")] or bottom >= 10:
        return None
    numerator_words, _, tens_word = m.group("fraction_top").rpartition(" ")
    tens = CARDINAL_WORDS.get(tens_word.lower(), 0)
    numerator = _whole_number(numerator_words.strip()) if numerator_words.strip() else None
    if numerator is None or not (20 <= tens <= 90 and tens % 10 == 0):
        return None
    fact = _fraction(m.start(), m.end("fraction_word"), numerator, tens + bottom, in_words=True)
    return _signed(text, fact)


def _fraction_range(text: str, m: re.Match[str], bottom: int) -> Fact | None:
    """Both ends of a range of fractions that share the denominator: "between one and two thirds".

    After "between", "one and two thirds" runs from 1/3 to 2/3; read as a
    whole number and a part it would be 1 2/3, and read word by word a count from one to
    two.

    Examples
    --------
    >>> [(f.kind, f.low, f.high) for f in read_at("between one and two thirds of them", 8)]
    [('fraction', 0.3333333333333333, 0.6666666666666666)]
    """
    first_words, joined, second_words = m.group("fraction_top").rpartition(" and ")
    if (
        not joined
        or m.group("fraction_of") is not None
        or m.group("fraction_percent")
        or not after_between(text, m.start())
    ):
        return None
    first, second = _whole_number(first_words.strip()), _whole_number(second_words.strip())
    if first is None or second is None or not 0 < first < second <= bottom:
        return None
    fact = Fact(
        with_from(text, m.start()), m.end("fraction_word"), "fraction", low=first / bottom,
        high=second / bottom, value_text=f"{first}/{bottom}-{second}/{bottom}", in_words=True,
    )  # fmt: skip
    return fact


def _mixed_number(
    text: str, start: int, end: int, top: int, bottom: int, *,
    scale: str | None, percent: str | None,
) -> Fact:  # fmt: skip
    """A whole number and a part as one fact.

    A count with its scale word ("two and a half million"), a percentage ("two and a half
    per cent") or a fraction ("two and a half", value_text "5/2").
    """
    if scale:
        value = top / bottom * scale_value(scale)
        return _signed(text, _count_or_money(text, start, end, value))
    if percent:
        fact = _quantity(start, end, top / bottom, percent=percent, decimals=None, in_words=True)
        fact.value_text = f"{top}/{bottom}"
        return _signed(text, fact)
    if CURRENCY_NEXT.match(text, end):  # "one and a half dollars"
        return _signed(text, _count_or_money(text, start, end, top / bottom))
    return _signed(text, _fraction(start, end, top, bottom, in_words=True))


def _count_or_money(text: str, start: int, end: int, value: float) -> Fact:
    """A count in words, or a sum of money when a currency is named after it.

    Examples
    --------
    >>> _brief("half a million dollars")
    [('half a million dollars', 'money', 500000.0)]
    >>> _brief("two and a half million people")
    [('two and a half million', 'count', 2500000.0)]
    """
    currency = CURRENCY_NEXT.match(text, end)
    if currency is None:
        return Fact(start, end, "count", value, in_words=True)
    return _quantity(start, currency.end(), value, currency=currency.group().strip(),
                     decimals=None, in_words=True)  # fmt: skip


# A scale word after a whole and a part: "seven and one half million", "one and a half-million".
_SCALE_NEXT = re.compile(r"(?:\s+|-)(hundred|thousand|million|billion|trillion)(?![A-Za-z])", re.I)
# "between" or "from" just before the first end of a range ("between one and two thirds").
_RANGE_OPENING = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _ordinal_word(text: str, start: int, end: int) -> list[Fact]:
    """An ordinal word that a fraction reader turned down, read as the words reader would."""
    if start < end and _names_with_capital(text, start, end):
        return []
    if text[start:end].lower() not in ORDINAL_WORDS or not _is_rank(text, start, end):
        return []
    return _word_pieces(text, start, end)


def _names_with_capital(text: str, start: int, end: int) -> bool:
    """Whether the capitalised ordinal ``text[start:end]`` is part of a name.

    Before another capitalised word it is ("Second Committee", "Fourth World
    Conference"), unless that word is a period its series numbers ("Eighteenth Year",
    "Fifty-sixth Session").

    Examples
    --------
    >>> [_names_with_capital(t, 0, t.index(" ")) for t in (
    ...     "Second Committee", "Eighteenth Year,", "Tenth Special Session", "third report")]
    [True, False, False, False]
    """
    return (
        text[start].isupper()
        and _CAPITALISED_NEXT.match(text, end) is not None
        and not _SERIES_PERIOD_NEXT.match(text, end)
    )


def _is_rank(text: str, start: int, end: int) -> bool:
    """Whether the ordinal word at ``text[start:end]`` gives a rank, not an adverb or idiom.

    An ordinal ranks something: the noun it modifies ("the first session", "fifty-third
    session", "third report") or the one it stands for after a determiner ("the first to
    sign", "its third"). Without a determiner and before no noun it is an adverb or part
    of an idiom: "first of all", "first and foremost", "at first", "to target them
    first", "should first be resolved", "First, ...". "in the first place", "second to
    none" and "third world" are idioms whatever stands before them.

    Examples
    --------
    >>> [_is_rank(t, t.index("first"), t.index("first") + 5) for t in (
    ...     "the first session", "first session", "first of all", "at first the",
    ...     "to act first.", "should first be resolved", "in the first place,",
    ...     "which first warned", "the first elected body")]
    [True, True, False, False, False, False, False, False, True]
    >>> [_is_rank(t, 0, t.index(",") if "," in t else len(t)) for t in (
    ...     "eleventh", "twenty-first", "Fourth, the", "fourth, that", "second")]
    [True, True, False, False, False]
    >>> _is_rank("it ranked eleventh.", 10, 18), _is_rank("the bottom fifth.", 11, 16)
    (True, False)
    >>> _is_rank("it ranked second in the region", 10, 16), _is_rank("finished third.", 9, 14)
    (True, True)
    >>> [_is_rank(t, t.index("second"), t.index("second") + 6) for t in (
    ...     "in a fraction of a second.", "a second later", "a second report", "for a second time",
    ...     "a fraction of a second across", "the adoption of a second report",
    ...     "re-election to a second — and my last — term")]
    [False, False, True, True, False, True, True]
    >>> [_is_rank(t, 4, 10) for t in ("the second to last line", "the second from the end",
    ...     "the second last row", "the second session", "the second last year")]
    [False, False, False, True, True]
    >>> [_is_rank(t, t.index(w), t.index(w) + len(w)) for t, w in (
    ...     ("at the eleventh hour", "eleventh"), ("a third party", "third"),
    ...     ("help to third States", "third"), ("the third State to ratify", "third"))]
    [False, False, False, True]
    """
    if _FROM_THE_END.match(text, end):
        return False  # "the second to last", "third from the end": a place counted back
    after = _WORD_AFTER.match(text, end)
    following = after.group(1).lower() if after else ""
    ordinal = text[start:end].lower()
    if following in _ORDINAL_IDIOM_NEXT or (ordinal, following) in _ORDINAL_IDIOMS:
        return False  # "third world", "second to none", "the eleventh hour", "a third party"
    before = text[max(0, start - 24) : start].split()
    previous = before[-1].lower() if before and text[start - 1 : start].isspace() else ""
    if (
        ordinal == "third"
        and following in _OUTSIDE_PARTIES
        and (previous not in _RANK_DETERMINERS or text.startswith("-", end))
    ):
        return False  # "aid to third States", "those third-State nationals": outside parties
    if previous in _RANKING_VERBS:
        return True  # "ranked second in the region", "finished third.", "came first among"
    if (
        ordinal == "second"
        and previous == "a"
        and (
            _CLAUSE_END.match(text, end)  # "in a second,"; not "to a second — and my last"
            or following in _LATER
            or (len(before) >= 3 and before[-2].lower() == "of" and before[-3].lower() in _PARTS)
        )
    ):
        return False  # "wiped out in a second,", "a fraction of a second", "a second later"
    if following.endswith("ed") and previous not in _RANKING_DETERMINERS:
        return False  # "which first warned", "it first appeared": an adverb before a verb
    if previous in _RANK_DETERMINERS:
        # "in the first place": an idiom ("took the first place in" ranks)
        return not (following == "place" and len(before) >= 2 and before[-2].lower() == "in"
                    and _CLAUSE_END.match(text, after.end() if after else end))  # fmt: skip
    if previous in _ADVERB_BEFORE:
        return False  # "at first", "should first be"
    if not following:
        # "First, ...", "to act first.", "fourth, that ...", "the bottom fifth.": an
        # adverb or a share. Alone, an ordinal beyond the third, which is no adverb, is a
        # rank.
        read = words_to_number(text[start:end])
        alone = not text[:start].strip() and not text[end:].strip()
        return alone and read is not None and read[0] > 3
    return (following not in _NOT_RANKED and not following.endswith("ly")) or (
        following == "and" and _RANK_LIST_NEXT.match(text, end) is not None
    )


_WORD_AFTER = re.compile(r"(?:[ \t]*\n?[ \t]*|-\s?)([A-Za-z]+)")  # "third-State nationals"
# After an ordinal, the end it is counted back from: "second to last", "third from the
# end", "second from the bottom", "second last".
_FROM_THE_END = re.compile(
    r"[ \t]+(?:(?:to|from)[ \t]+(?:the[ \t]+)?(?:last|end|bottom)|last(?![ \t]+(?:year|week|month"
    r"|time|session|meeting)))\b",
    re.IGNORECASE,
)
# After these an ordinal is a place in a ranking, whatever follows it ("ranked second in
# the region", "finished third.", "came first among").
_RANKING_VERBS = frozenset(
    """rank ranks ranked ranking placed came finished finishes finishing stood
    rated""".split()  # noqa: SIM905
)
_ORDINAL_IDIOM_NEXT = frozenset(["world", "none"])
# After "a second", words that make it a unit of time: "a second later".
_LATER = frozenset(["later", "earlier", "ago"])
# Before "of a second": a part of one ("a fraction of a second", "a tenth of a second").
_PARTS = frozenset(["fraction", "fractions", "tenth", "tenths", "hundredth", "hundredths",
                    "thousandth", "thousandths", "millionth", "millionths"])  # fmt: skip
_ORDINAL_IDIOMS = frozenset([("eleventh", "hour"), ("third", "party"), ("third", "parties")])
# "third States", "third countries": those outside a relation (a rank after a determiner:
# "the third State to ratify").
_OUTSIDE_PARTIES = frozenset(["states", "state", "countries", "country"])
_RANK_DETERMINERS = frozenset(
    """the a an its their his her our your my this that these those each every whose
    which what""".split()  # noqa: SIM905
)
# Determiners after which an ordinal ranks even a participle ("the first elected body").
_RANKING_DETERMINERS = _RANK_DETERMINERS - {"which", "what", "that"}
# Before an adverbial ordinal: a preposition of time or an auxiliary ("at first", "was
# first adopted", "to first consider").
_ADVERB_BEFORE = frozenset(
    """at to be been being is was were are am has have had do does did will would shall
    should can could may might must not also""".split()  # noqa: SIM905
)
# After an adverbial ordinal: what no ranked noun is ("first of all", "first and
# foremost", "first be resolved", "First the").
_NOT_RANKED = frozenset(
    """of and or to be been being is was were are by in at on for with from that the a an
    as than it they we he she this these those there then when if but so all""".split()  # noqa: SIM905
)
# "the first and second sessions": the ordinal before "and" ranks what the next one ranks.
_RANK_LIST_NEXT = re.compile(
    r"\s+and\s+(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b"
)


def read_mixed_fraction(text: str, m: re.Match[str]) -> list[Fact]:
    """A whole number and a part: "one and a half", "two and a quarter million".

    Examples
    --------
    >>> _brief("one and a half")
    [('one and a half', 'fraction', '3/2')]
    >>> _brief("two and a half million people")
    [('two and a half million', 'count', 2500000.0)]
    >>> _brief("a million and a half refugees")
    [('a million and a half', 'count', 1500000.0)]
    >>> _brief("two billion and a half")
    [('two billion and a half', 'count', 2500000000.0)]
    """
    start, end = m.span()
    whole = _whole_number(m.group("mixed_whole"))
    bottom = FRACTION_WORDS[m.group("mixed_part").lower()]
    if whole is None:
        return _word_pieces(text, start, m.end("mixed_whole"))
    top, scale, percent = whole * bottom + 1, m.group("mixed_scale"), m.group("mixed_percent")
    words = m.group("mixed_whole").lower().split()
    if not scale and not percent and CARDINAL_WORDS.get(words[-1], 0) >= 1000:
        # "two million and a half" is 2.5 million, not 2,000,000.5: the part is of the scale
        if len(words) == 1:
            start = _with_article(text, start)  # "a million and a half"
        value = whole + CARDINAL_WORDS[words[-1]] / bottom
        return [_signed(text, _count_or_money(text, start, end, value))]
    return [_mixed_number(text, start, end, top, bottom, scale=scale, percent=percent)]


def read_dozen(text: str, m: re.Match[str]) -> list[Fact]:
    """A dozen: "a dozen" is 12; "dozens of" is no number.

    Examples
    --------
    >>> _brief("a dozen countries")
    [('a dozen', 'count', 12.0)]
    >>> _brief("dozens of countries")
    []
    """
    start, end = m.span()
    article = _with_article(text, start)
    if article == start:
        return []
    return [Fact(article, end, "count", 12.0, decimals=0, in_words=True)]


def read_fold(text: str, m: re.Match[str]) -> list[Fact]:
    """A multiple written in one word: "a threefold increase" is 3, as "a three-fold" one.

    Examples
    --------
    >>> _brief("a fourfold rise in costs"), _brief("Tenfold")
    ([('fourfold', 'count', 4.0)], [('Tenfold', 'count', 10.0)])
    """
    value = CARDINAL_WORDS[m.group("fold_number").lower()]
    return [Fact(*m.span(), "count", float(value), decimals=0, in_words=True)]


READERS: dict[str, Reader] = {
    "scientific": read_scientific,
    "power": read_power,
    "numeric_date": read_numeric_date,
    "slash_number": read_slash_number,
    "roman_reference": read_reference,
    "year_reference": read_reference,
    "session_reference": read_reference,
    "time": read_time,
    "date": _with_year_mark(read_date_mention),
    "day_range": _with_year_mark(read_day_range),
    "decade": read_decade,
    "year_range": read_year_range,
    "ordinal": read_ordinal,
    "year": read_year,
    "plain_year": read_year,
    "plain_count": read_plain_count,
    "ratio": read_ratio,
    "word_ratio": read_ratio,
    "count": read_count,
    "symbol": read_symbol,
    "sales_number": read_symbol,
    "document_part": read_document_part,
    "month_date": _with_year_mark(read_month_date),
    "month_range": _with_year_mark(read_month_range),
    "roman_locator": read_roman_locator,
    "vulgar": read_vulgar,
    "lone_vulgar": read_vulgar,
    "money_code": read_money,
    "money_sign": read_money,
    "number_sign": read_number_sign,
    "mixed_fraction": read_mixed_fraction,
    "fraction": read_fraction,
    "dozen_word": read_dozen,
    "fold_word": read_fold,
    "words": read_words,
    "plain_word": read_words,
    "glued": read_glued_marker,
}
"""The reader of each branch of :data:`~.lexicon.NUMBER_PATTERN`."""


def read_match(text: str, m: re.Match[str]) -> list[Fact]:
    """The facts of one match of :data:`~.lexicon.NUMBER_PATTERN`, read by its branch's reader."""
    return READERS[m.lastgroup or ""](text, m)


def _brief(text: str) -> list[tuple[str, str, float | str | None]]:
    """(raw, kind, value) of the facts of the first match in ``text``, for the examples."""
    m = NUMBER_PATTERN.search(text)
    facts = read_match(text, m) if m is not None else []
    return [
        (text[f.start : f.end], f.kind, f.value_text if f.kind in ("fraction", "date",
         "date_range", "reference", "symbol", "locator", "time") else f.value)
        for f in facts
    ]  # fmt: skip
