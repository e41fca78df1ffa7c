"""Every structured number in a document, typed and traceable to the characters it came from.

:func:`scan_text` is the lexical layer over one paragraph string; :func:`extract_numbers`
runs it over every paragraph of a :class:`~surveystats.documents.Document` and returns one
tidy table. The shapes themselves live in :mod:`surveystats.extract.lexicon`; the
reading of dates in :mod:`surveystats.text.dates`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from surveystats import schema
from surveystats.errors import ExtractionError
from surveystats.extract.lexicon import (
    CANDIDATE_PATTERN,
    CURRENCIES,
    FALLBACK_PATTERN,
    KEYWORD_BEFORE,
    NUMBER_PATTERN,
    SCALES,
    WORD_CANDIDATE_PATTERN,
    WORD_START_PATTERN,
)
from surveystats.text import (
    ORDINAL_WORDS,
    read_date,
    read_date_range,
    sentence_context,
    sentence_starts,
    words_to_number,
)

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.documents import Document

__all__ = ["KINDS", "NUMBER_COLUMNS", "extract_numbers", "scan_text"]

PARAGRAPH_FIELDS = ("paragraph", "kind", "number", "start", "end", "text")
MARKER_FIELDS = ("paragraph", "start", "end", "raw", "footnote")

# The table's columns and dtypes are declared once, in surveystats.schema.
NUMBER_COLUMNS: dict[str, str] = {c.name: c.dtype for c in schema.NUMBERS.columns}
KINDS = (
    "count",
    "percent",
    "ordinal",
    "date",
    "date_range",
    "year",
    "money",
    "reference",
    "symbol",
    "locator",
    "footnote_marker",
    "paragraph_number",
)

# A fact before it becomes a row: start, end, kind, value, unit, decimals, base, flags.
Fact = tuple[int, int, str, Any, str | None, int | None, str | None, str | None]

_PARAGRAPH_NUMBER = re.compile(r"[ \t]*(\d{1,3})\.(?=\s)")
_FOOTNOTE_NUMBER = re.compile(r"[ \t]*(\d{1,3})(?=[ \t])")
_BASE = re.compile(
    r"""\s+of\s+
    (?!(?:which|whom|them|it|this|that|these|those|us)\b)
    (?P<base>[A-Za-z][\w'’-]*
        (?:[ ]+(?!(?:and|or|but|which|who|whom|whose|that|were|was|is|are|be|have|has|had
            |will|would|should|could|may|might|must|shall|can|cannot|did|do|does|been|being
            |live|lives|remain|remains|say|says|hold|holds|lack|lacks|need|needs|face|faces
            |while|compared|than|as|in|at|by|for|from|to|with
            |on|during|since|when|where|per|over|under|between|against|versus|vs)\b)
        [\w'’-]+){0,9})
    """,
    re.VERBOSE,
)
_LOCATOR_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,3})*")
_FROM_BEFORE = re.compile(r"(?:\b[Ff]rom|\b[Bb]etween)\s+$")
_LOCATOR_NAMES = {
    "paras": "paragraph",
    "para": "paragraph",
    "chap": "chapter",
    "annexes": "annex",
    "annex": "annex",
    "articles": "article",
}
# Where the groups of the second end of a range start in Match.groups().
_D2 = NUMBER_PATTERN.groupindex["d2"] - 1
_D2B = NUMBER_PATTERN.groupindex["d2b"] - 1
_AFTER_DATE = re.compile(r",?[ \t]*\n?[ \t]*$")
# What follows a count: a word naming what is counted (not a function word).
_COUNTED_NEXT = re.compile(
    r"\s+(?!(?:and|as|to|which|relating|stating|calling|made|of|in|on|by|for|with|from|that"
    r"|the|a|an|is|was|were|has|had|concerning|regarding|addressed|transmitting|below|above"
    r"|respectively|inclusive)\b)[a-z]"
)
_SYMBOL_SPACE = re.compile(r"\s+")
_REFERENCE_DATE = re.compile(r"\s+of\s+$")
_DECISION_KEYWORD = re.compile(r"(?i)\b(resolution|decision)s?\b")
_CHAPTER_BEFORE = re.compile(r"(?i)chap(?:ter|\.)\s+[IVXLC\d]+,\s*$")
_LIST_JOIN = re.compile(r"^(?:,\s*|,?\s+and\s+|\s+to\s+)$")
# "one" as a pronoun: after these words, or before these.
_ONE_PRONOUN_BEFORE = frozenset(
    ["the", "this", "that", "each", "every", "no", "any", "which", "such", "a", "an",
     "another", "last", "next", "same", "other", "new", "old", "little", "young", "loved"]
)  # fmt: skip
_ONE_PRONOUN_AFTER = re.compile(
    r"(?:['’]s\b|\s+another\b|\s+by\s+one\b|\s+or\s+(?:an)?other\b"
    r"|\s+(?:cannot|can|could|must|should|would|may|might|will|shall|that|which|who)\b"
    r"|\s+of\s+(?:the|its|their|our)\s+(?:most|least|[a-z]+est)\b)"
)
_ARTICLE_ADJECTIVE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ss]uch)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+$"
)
_NOT_ADJECTIVES = frozenset(
    ["of", "in", "to", "by", "for", "with", "at", "on", "than", "from", "and", "or", "only",
     "least", "last", "first", "total", "just"]
)  # fmt: skip
_COMPARATIVE = re.compile(r"[a-z]{2,}(?:er|est)$")  # "a better one", "the latest one"
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_PLURAL_NOUN_NEXT = re.compile(
    r"\s+(?!(?:was|has|is|as|its|this|thus|towards|across|plus|versus|afterwards|always"
    r"|perhaps|less|unless|whereas|besides|his|us)\b)[a-z]{2,}s\b"
)


def _decimals(number: str) -> int:
    """Decimal places as written ("45.0" has 1)."""
    point = number.find(".")
    return 0 if point < 0 else len(number) - point - 1


def _to_float(number: str) -> float:
    return float(number.replace(",", ""))


def _words_value(text: str, start: int, end: int) -> list[tuple[int, int, int, bool]]:
    """Read a run of number words into one or more numbers.

    A run that is not one well-formed number ("five and ten", "five thousand six
    hundred seven hundred") is cut greedily, from the left, into the longest
    well-formed pieces.
    Returns (start, end, value, is_ordinal) with offsets in ``text``.
    """
    tokens = [
        (m.start() + start, m.end() + start)
        for m in re.finditer(r"[A-Za-z]+", text[start:end])
        if m.group().lower() != "and"
    ]
    pieces = []
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
        pieces.append((tokens[i][0], tokens[j - 1][1], value, is_ordinal))
        i = j
    return pieces


_LONE_SCALES = frozenset([100, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000])
_SCALE_NAMES = frozenset(["hundred", "thousand", "million", "billion", "trillion"])
_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_DETERMINERS = frozenset(
    ["the", "all", "its", "their", "those", "these", "our", "his", "her", "each", "every"]
)


def _trim_base(phrase: str) -> str:
    """Cut a base phrase before its verb: "all respondents agreed" → "all respondents"."""
    words = phrase.split(" ")
    for i in range(1, len(words)):
        word = words[i]
        if word.endswith("ed") and word.islower() and words[i - 1].lower() not in _DETERMINERS:
            return " ".join(words[:i])
    return phrase


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and text[before.end(1) : start].strip() == "":
        word = before.group(1).lower()
        if word in _ONE_PRONOUN_BEFORE or word in ORDINAL_WORDS:
            return True
        if _COMPARATIVE.match(word) and _CLAUSE_END.match(text, end):
            return True  # "a better one."
    adjective = _ARTICLE_ADJECTIVE.search(text, max(0, start - 40), start)
    if adjective is not None and adjective.group(1).lower() not in _NOT_ADJECTIVES:
        return True  # "a tragic one", "an international one"
    return _ONE_PRONOUN_AFTER.match(text, end) is not None


def _reference_type(text: str, start: int) -> str:
    """Say "decision" or "resolution": the nearest such word before ``start``."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(";"), window.rfind(". "))
    matches = _DECISION_KEYWORD.findall(window[cut + 1 :])
    return matches[-1].lower() if matches else "resolution"


def _number(
    text: str, start: int, end: int, number: str, scale: str | None, flags: str | None = None
) -> tuple[float, int] | None:
    value = _to_float(number) * (SCALES[scale.lower()] if scale else 1.0)
    if not math.isfinite(value) or len(number) > 30:
        return None  # a run of digits too long to be a quantity (an identifier)
    return value, _decimals(number)


def _quantity(
    start: int,
    end: int,
    value: float,
    decimals: int,
    percent: str | None,
    currency: str | None,
    text: str,
    flags: str | None,
) -> Fact:
    """A count, or a percentage or sum of money when a unit follows the number."""
    if percent is not None:
        if percent.lower().startswith("percentage"):
            return (start, end, "percent", value, "percentage points", decimals, None, flags)
        base = _BASE.match(text, end)
        base_text = _trim_base(base.group("base")) if base else None
        return (start, end, "percent", value, "percent", decimals, base_text, flags)
    if currency is not None:
        code = CURRENCIES[currency.split()[-1].lower()]
        return (start, end, "money", value, code, decimals, None, flags)
    return (start, end, "count", value, None, decimals, None, flags)


def _with_from(text: str, start: int) -> int:
    """Move the start of a range back over a "from " or "between " before it."""
    before = _FROM_BEFORE.search(text, max(0, start - 10), start)
    return before.start() if before else start


def _read(text: str, m: re.Match[str]) -> list[Fact]:
    """Turn one match of the lexicon into facts (usually one)."""
    kind = m.lastgroup
    start, end = m.span()
    raw = m.group()
    if kind == "symbol" or kind == "sales":
        flags = "sales number" if kind == "sales" else None
        value = _SYMBOL_SPACE.sub("", raw).replace("(", " (")  # "S/ 13697" -> "S/13697"
        return [(start, end, "symbol", value, None, None, None, flags)]
    if kind == "locator" or kind == "locno":
        if kind == "locno":
            s, e = m.span("lnnum")
            return [(s, e, "locator", f"no. {m.group('lnnum')}", None, None, None, None)]
        key = m.group("lockey").lower().rstrip(".")
        key = _LOCATOR_NAMES.get(key, key)
        s, e = m.span("locnum")
        return [(s, e, "locator", f"{key} {m.group('locnum')}", None, None, None, None)]
    if kind in ("slashref", "sessref", "romanref", "yearref"):
        value = f"{_reference_type(text, start)} {' '.join(raw.split())}"
        return [(start, end, "reference", value, None, None, None, None)]
    if kind == "numdate":
        iso = read_date(m.group("nd1"), m.group("nd2"), m.group("nd3"), numeric=True)
        if iso is None:
            return _fallback(text, start, end)
        return [(start, end, "date", iso, None, None, None, None)]
    if kind == "date":
        second = "d2b" if m.group("d2b") is not None else "d2" if m.group("d2") else None
        if second is not None and not _is_range(text, m, second):
            return _two_dates(text, m, second)
        if m.group("d2b") is not None:  # 5-13 September 1994
            iso = read_date_range((m.group("d1"), None, None), m.groups()[_D2B : _D2B + 3])
            year = m.group("y2b")
        elif m.group("d2") is not None:  # 29 June to 3 July 1998
            iso = read_date_range(
                (m.group("d1"), m.group("m1"), m.group("y1")), m.groups()[_D2 : _D2 + 3]
            )
            year = m.group("y2")
        else:
            iso = read_date(m.group("d1"), m.group("m1"), m.group("y1"))
            year = m.group("y1")
        return _dated(text, start, end, iso, year)
    if kind == "usdate":
        if m.group("uy0") is not None:  # September 2000
            return _dated(text, start, end, read_date(None, m.group("um"), m.group("uy0")), "-")
        year = m.group("uy")
        if m.group("ud2") is not None:  # Sept 26-27
            iso = read_date_range(
                (m.group("ud1"), m.group("um"), None), (m.group("ud2"), m.group("um"), year)
            )
        else:
            iso = read_date(m.group("ud1"), m.group("um"), year)
        return _dated(text, start, end, iso, year)
    if kind == "yearrange":
        first = int(m.group("yr1"))
        second_raw = m.group("yr2")
        second = int(second_raw) if len(second_raw) == 4 else first // 100 * 100 + int(second_raw)
        if not first < second <= first + 100:
            return _fallback(text, start, end)
        start = _with_from(text, start)
        return [(start, end, "date_range", f"{first}/{second}", None, None, None, None)]
    if kind == "decade":
        first = int(raw[:4])
        return [(start, end, "year", f"{first}/{first + 9}", "decade", None, None, None)]
    if kind == "year" or (kind == "count" and _LOCATOR_NUMBER.fullmatch(raw)):
        keyword = KEYWORD_BEFORE.search(text, max(0, start - 24), start)
        if keyword is not None:
            if keyword.group("name") is not None:
                return []  # part of a name: "Group of 77", "Agenda 21"
            return [_keyword_number(text, start, end, keyword)]
    if kind == "year":
        if _PLURAL_NOUN_NEXT.match(text, end):  # "2000 soldiers"
            return [(start, end, "count", float(raw), None, 0, None, None)]
        return [(start, end, "year", raw, None, None, None, None)]
    if kind == "ordinal":
        return [(start, end, "ordinal", float(raw[:-2]), None, None, None, None)]
    if kind == "money" or kind == "moneysign":
        number, scale, sign = ("mnum", "mscale", "cur") if kind == "money" else (
            "snum", "sscale", "sign")  # fmt: skip
        read = _number(text, start, end, m.group(number), m.group(scale))
        if read is None:
            return []
        code = CURRENCIES[m.group(sign).replace(" ", "").lower()]
        return [(start, end, "money", read[0], code, read[1], None, None)]
    if kind == "count":
        read = _number(text, start, end, m.group("cnum"), m.group("cscale"))
        if read is None:
            return []
        return [_quantity(start, end, *read, m.group("cpct"), m.group("ccur"), text, None)]
    if kind == "words":
        percent, currency = m.group("wpct"), m.group("wcur")
        words_end = m.start("wpct") if percent else m.start("wcur") if currency else end
        pieces = _words_value(text, start, words_end)
        facts: list[Fact] = []
        for i, (s, e, value, is_ordinal) in enumerate(pieces):
            last = i == len(pieces) - 1
            if is_ordinal:
                if text[s].isupper() and _CAPITALISED_NEXT.match(text, e):
                    continue  # part of a name: "Fourth World Conference", "Second Committee"
                facts.append((s, e, "ordinal", float(value), None, None, None, "words"))
            elif last and (percent or currency):
                facts.append(_quantity(s, end, float(value), 0, percent, currency, text, "words"))
            elif value == 1 and e - s == 3 and _is_pronoun_one(text, s, e):
                continue  # "the sixth one", "one's country"
            elif (
                value in _LONE_SCALES
                and text[s:e].lower() in _SCALE_NAMES
                and not (_ARTICLE_BEFORE.search(text, max(0, s - 4), s))
            ):
                continue  # "per thousand": a scale word alone is a unit, not a number
            else:
                facts.append((s, e, "count", float(value), None, 0, None, "words"))
        return facts
    if kind == "glued":
        return [(start, end, "footnote_marker", float(raw), None, None, None, "glued")]
    raise AssertionError(f"unhandled lexicon branch {kind!r}")  # pragma: no cover


def _keyword_number(text: str, start: int, end: int, keyword: re.Match[str]) -> Fact:
    """A number after "resolution" (a reference) or after "Article", "paragraph"... (a locator)."""
    number = text[start:end]
    if keyword.group("ref") is None or "." in number:
        key = keyword.group("key").lower().rstrip(".")
        key = _LOCATOR_NAMES.get(key, key.rstrip("s") if key.endswith("s") else key)
        return (start, end, "locator", f"{key} {number}", None, None, None, None)
    name = keyword.group("ref").lower().rstrip("s")
    if _CHAPTER_BEFORE.search(text, max(0, keyword.start() - 30), keyword.start()):
        # "chap. I, resolution 1, annex": a resolution of a conference, cited by its
        # place in a report; a locator, not a United Nations resolution.
        return (start, end, "locator", f"{name} {number}", None, None, None, None)
    return (start, end, "reference", f"{name} {int(number)}", None, None, None, None)


def _is_range(text: str, m: re.Match[str], second: str) -> bool:
    """Whether "D1 ... and D2 Month" is a range: "between 5 and 13 May", "16 and 17 May".

    Joined by "and", two dates are a range only after "between" or when the days follow
    each other; "22 December 1976 and 12 January 1977" are two dates.
    """
    joined = text[: m.start(second)].rstrip()
    if not joined.endswith("and"):
        return True
    if _FROM_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return True
    return second == "d2b" and int(m.group("d2b")[:2].rstrip("snrt")) == _day_number(m) + 1


def _day_number(m: re.Match[str]) -> int:
    return int(m.group("d1")[:2].rstrip("snrt"))


def _two_dates(text: str, m: re.Match[str], second: str) -> list[Fact]:
    """The first date of "D1 [Month [Year]] and D2 Month Year", then the second read anew."""
    if second == "d2b":  # "5 and 13 September 1994": the first day takes the second's month
        first_end = m.end("d1")
        iso = read_date(m.group("d1"), m.group("m2b"), m.group("y2b"))
        year = m.group("y2b")
    else:
        first_end = m.end("y1") if m.group("y1") else m.end("m1")
        year = m.group("y1") or m.group("y2")
        iso = read_date(m.group("d1"), m.group("m1"), year)
    facts = _dated(text, m.start(), first_end, iso, year)
    rest = NUMBER_PATTERN.match(text, m.start(second))
    if rest is not None:
        facts.extend(_read(text, rest))
    return facts


def _dated(text: str, start: int, end: int, iso: str | None, year: str | None) -> list[Fact]:
    """A date or date range fact, or the digits read one by one when it does not exist."""
    if iso is None:
        return _fallback(text, start, end)
    if "/" in iso:
        return [(_with_from(text, start), end, "date_range", iso, None, None, None,
                 None if year else "no year")]  # fmt: skip
    return [(start, end, "date", iso, None, None, None, None if year else "no year")]


def _fallback(text: str, start: int, end: int) -> list[Fact]:
    """Read the digits and number words of a span that is not what its shape promised."""
    facts: list[Fact] = []
    for m in FALLBACK_PATTERN.finditer(text, start, end):
        s, e = m.span()
        if m.lastgroup == "year":
            facts.append((s, e, "year", m.group(), None, None, None, None))
        elif m.lastgroup == "count":
            read = _number(text, s, e, m.group("cnum"), None)
            if read is not None:
                facts.append((s, e, "count", read[0], None, read[1], None, None))
        else:
            facts.extend(
                (ps, pe, "ordinal" if is_ord else "count", float(v), None,
                 None if is_ord else 0, None, "words")
                for ps, pe, v, is_ord in _words_value(text, s, e)
            )  # fmt: skip
    return facts


def _link_lists(text: str, facts: list[Fact]) -> list[Fact]:
    """Second pass over one paragraph's facts, in order of position.

    - A plain count listed right after a keyword reference ("resolutions 1441 and
      1483") is a reference too.
    - A reference followed by "of <date>" records that date in its flags.
    """
    out: list[Fact] = []
    for fact in facts:
        if out:
            prev = out[-1]
            between = text[prev[1] : fact[0]]
            if (
                fact[2] == "count"
                and prev[2] in ("reference", "locator")
                and _LOCATOR_NUMBER.fullmatch(prev[3].rsplit(" ", 1)[-1])
                and _LOCATOR_NUMBER.fullmatch(text[fact[0] : fact[1]])
                and _LIST_JOIN.match(between)
                and not _COUNTED_NEXT.match(text, fact[1])
            ):
                # "resolutions 1441 and 1483", "paragraphs 5 to 14": the keyword covers
                # the whole list.
                key = prev[3].rsplit(" ", 1)[0]
                number = text[fact[0] : fact[1]]
                if prev[2] == "reference":
                    number = str(int(number))
                fact = (fact[0], fact[1], prev[2], f"{key} {number}", None, None, None, None)
            elif (
                fact[2] == "count"
                and prev[2] in ("date", "date_range")
                and fact[6] is None
                and text[fact[0] : fact[1]].isdigit()
                and len(text[fact[0] : fact[1]]) <= 3
                and _AFTER_DATE.match(between)
                and not _COUNTED_NEXT.match(text, fact[1])
            ):
                # "dated 13 November 1979 97 and ...": a footnote marker the document
                # did not list; a count after a date is followed by what it counts.
                fact = (fact[0], fact[1], "footnote_marker", fact[3], None, None, None,
                        "after date")  # fmt: skip
            elif (
                fact[2] == "date"
                and prev[2] == "reference"
                and _REFERENCE_DATE.match(between)
                and prev[7] is None
            ):
                out[-1] = (*prev[:7], f"dated {fact[3]}")
        out.append(fact)
    return out


def scan_text(text: str, *, paragraph_kind: str | None = None) -> list[Fact]:
    """Find every structured number in one paragraph of text.

    The lexical layer under :func:`extract_numbers`, usable on any string.

    Parameters
    ----------
    text
        One paragraph (line breaks inside it are fine).
    paragraph_kind
        ``"footnote"`` when the text is a footnote, so that its leading number is read
        as the footnote's marker; otherwise a leading ``"12."`` is read as a paragraph
        number.

    Returns
    -------
    list of tuple
        One ``(start, end, kind, value, unit, decimals, base, flags)`` tuple per fact, in
        order of position, with offsets into ``text``; the fields mean what the columns of
        the same names in :func:`extract_numbers` mean.

    Examples
    --------
    >>> [(text, kind, value) for s, e, kind, value, *_ in scan_text("forty-seven in favour")
    ...  for text in ["forty-seven in favour"[s:e]]]
    [('forty-seven', 'count', 47.0)]
    """
    facts: list[Fact] = []
    pos = 0
    if paragraph_kind == "footnote":
        lead = _FOOTNOTE_NUMBER.match(text)
        if lead:
            s, e = lead.span(1)
            facts.append((s, e, "footnote_marker", float(lead.group(1)), None, None, None, None))
            pos = e
    else:
        lead = _PARAGRAPH_NUMBER.match(text)
        if lead:
            s, e = lead.span(1)
            e += 1  # the full stop belongs to the number: "12."
            facts.append((s, e, "paragraph_number", float(lead.group(1)), None, None, None, None))
            pos = e
    # NUMBER_PATTERN.finditer would give the same matches; trying it only where a match
    # can start (digits, capitals, currency signs, number words) is several times faster.
    match = NUMBER_PATTERN.match
    starts = [m.start() for m in CANDIDATE_PATTERN.finditer(text, pos)]
    starts += [m.start(1) for m in WORD_CANDIDATE_PATTERN.finditer(text, pos)]
    if WORD_START_PATTERN.match(text, pos):
        starts.append(pos)
    starts.sort()
    for start in starts:
        if start < pos:
            continue
        m = match(text, start)
        if m is not None:
            read = _read(text, m)
            facts.extend(read)
            pos = max(m.end(), read[-1][1]) if read else m.end()
    return _link_lists(text, facts)


_NOT_DIGIT = re.compile(r"\D")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by NUL characters, so offsets do not move.

    NUL rather than spaces, so that nothing reads across a blanked footnote marker.
    """
    if not spans:
        return text
    pieces = []
    last = 0
    for s, e in sorted(spans):
        pieces.append(text[last:s])
        pieces.append("\x00" * (e - s))
        last = e
    pieces.append(text[last:])
    return "".join(pieces)


def empty_numbers() -> pd.DataFrame:
    """An empty numbers table with the typed columns of :func:`extract_numbers`."""
    return schema.empty_table("numbers")


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MARKER_SOURCES = {"glued": "glued", "after date": "after_date"}


def _add_value(
    columns: dict[str, list[Any]], kind: str, value: Any, unit: str | None, flags: str | None
) -> None:
    """Append a fact's value, its text form, unit and typed notes to the table's columns."""
    text = value if isinstance(value, str) else None
    number = None if text is not None else value
    if kind == "year" and text is not None and text.isdigit():
        number = float(text)
    day = day_end = None
    if kind == "date" and text is not None and _FULL_DATE.fullmatch(text):
        day = text
    elif kind == "date_range" and text is not None:
        first, _, last = text.partition("/")
        if _FULL_DATE.fullmatch(first) and _FULL_DATE.fullmatch(last):
            day, day_end = first, last
    notes = flags.split("; ") if flags else []
    dated = next((note[6:] for note in notes if note.startswith("dated ")), None)
    if dated is not None and not _FULL_DATE.fullmatch(dated):
        dated = None  # "of 15 September": a date without its year is no day
    marker = None
    if kind == "footnote_marker":
        marker = next((_MARKER_SOURCES[n] for n in notes if n in _MARKER_SOURCES), "listed")
    columns["value"].append(number)
    columns["value_text"].append(text)
    columns["unit"].append(unit)
    columns["date"].append(day)
    columns["date_end"].append(day_end)
    columns["reference_date"].append(dated)
    columns["in_words"].append("words" in notes)
    columns["marker_source"].append(marker)
    columns["sales_number"].append("sales number" in notes)


def extract_numbers(doc_or_text: Document | str) -> pd.DataFrame:
    """Every structured number in a document, one row per mention.

    Parameters
    ----------
    doc_or_text
        A :class:`~surveystats.documents.Document`, or a string, which is parsed with
        :func:`~surveystats.documents.parse_document` first (so page furniture and the
        ODS header are removed and footnote markers are known).

    Returns
    -------
    pandas.DataFrame
        One row per mention, in order of position, with columns (the same, typed, when
        there are no rows):

        - ``paragraph`` (Int64): the paragraph number in ``Document.paragraphs``.
        - ``start``, ``end`` (int64): offsets in ``Document.text``;
          ``text[start:end] == raw``.
        - ``raw`` (string): the characters as written.
        - ``kind`` (string): ``count`` (cardinals in digits or words), ``percent``,
          ``ordinal``, ``date``, ``date_range``, ``year`` (a bare year or a decade),
          ``money``, ``reference`` (resolutions and decisions), ``symbol`` (document
          symbols and sales numbers), ``locator`` (a place in a text: "Article 93",
          "paragraph 2", "chap. I, resolution 1"), ``footnote_marker`` or
          ``paragraph_number``. Only ``count``, ``percent`` and ``money`` are quantities.
        - ``value`` (object): a float for count, percent, money (in units: "$2.3
          million" is 2300000.0), ordinal, footnote_marker and paragraph_number; an
          ISO 8601 string for dates ("2001-12-21", "--09-26" without a year, "2000-09"
          for a month), ranges ("1999-04-21/1999-04-23", "2012/2013") and years ("1976",
          "1990/1999" for a decade); a normalised string for references ("resolution
          49/127", "decision 1995/313", "resolution 217 A (III)"), symbols and locators.
        - ``unit`` (string): "percent" or "percentage points" for percentages, an ISO
          4217 code ("USD") for money, "decade" for a decade; missing otherwise.
        - ``decimals`` (Int64): decimal places as written, for count, percent and money
          ("45.0 per cent" has 1); missing for other kinds.
        - ``base`` (string): for a percentage, the phrase after "of" naming what it is a
          percentage of ("the full United Nations membership"), when the sentence says
          so; missing otherwise and always for percentage points.
        - ``context`` (string): the sentence the mention is in; a sentence longer than
          400 characters (a whole preambular paragraph) is cut to about 160 characters
          either side of the mention, the cuts marked "…".
        - ``flags`` (string): "; "-joined notes, missing when none: "words" (written in
          words), "no year" (a date without its year), "dated YYYY-MM-DD" (a reference
          followed by "of <date>"; the date is also its own row), "sales number",
          "glued" (a footnote marker recognised by its shape: digits glued to a word,
          "Women4", "Cairo,1"), "after date" (a number right after a date and not
          followed by what it counts: a footnote marker the document did not list).
          Read it as ``table["flags"]``: ``table.flags`` is a pandas attribute.

    Raises
    ------
    ExtractionError
        When ``doc_or_text`` is neither a string nor a Document.

    Notes
    -----
    Numbers that are part of a symbol, reference, date, ordinal, locator or footnote
    marker are never also reported as counts, and spans never overlap. Footnote
    markers listed in ``Document.footnote_markers`` are blanked before scanning, so
    "Women4" reads as a word and a marker, never as a count.

    Some numbers are deliberately not reported: numbers in names ("Group of 77",
    "Agenda 21"), ordinals in names ("Fourth World Conference", "Second Committee":
    a capitalised ordinal before a capitalised word), "one" as a pronoun ("one's
    country", "the sixth one", "one another", "One cannot"), a scale word alone ("per
    thousand"), and the parts of hyphenated compounds ("two-thirds", "five-year").
    Roman numerals ("chap. I", "section II.C") are never numbers.

    Two dates joined by "and" are a range only after "between" or when the days follow
    each other ("16 and 17 October 2001"); "22 December 1976 and 12 January 1977" are
    two dates. Dates without a year use the ISO 8601 form "--MM-DD".

    The scan is linear in the length of the text; see
    :mod:`surveystats.extract.lexicon` for the grammar.

    Examples
    --------
    >>> table = extract_numbers("Forty-seven replied, 41 per cent of the membership, in 2001.")
    >>> table[["raw", "kind", "value"]].values.tolist()
    [['Forty-seven', 'count', 47.0], ['41 per cent', 'percent', 41.0], ['2001', 'year', 2001.0]]
    >>> table.base[1]
    'the membership'

    """
    from surveystats.documents import is_document, parse_document

    if isinstance(doc_or_text, str):
        doc = parse_document(doc_or_text)
    elif is_document(doc_or_text):
        doc = doc_or_text
    else:
        raise ExtractionError(
            "extract_numbers needs a Document or a str; got "
            f"{type(doc_or_text).__name__} (read files with surveystats.read_document)"
        )
    return _numbers_table(doc)


def _numbers_table(doc: Document) -> pd.DataFrame:
    marker_spans: dict[int, list[tuple[int, int, str]]] = {}
    for par, s, e, raw, _ in _marker_rows(doc):
        marker_spans.setdefault(int(par), []).append((int(s), int(e), str(raw)))
    filled = ("paragraph", "start", "end", "raw", "kind", "value", "value_text", "unit")
    filled += ("decimals", "base", "date", "date_end", "reference_date", "in_words")
    filled += ("marker_source", "sales_number", "context")
    columns: dict[str, list[Any]] = {name: [] for name in filled}
    for par, kind, _, p_start, _, p_text in _paragraph_rows(doc):
        par, p_start = int(par), int(p_start)
        local = [(s - p_start, e - p_start, raw) for s, e, raw in marker_spans.get(par, [])]
        scanned = _blank(p_text, [(s, e) for s, e, _ in local])
        facts = scan_text(scanned, paragraph_kind=kind)
        for s, e, raw in local:
            digits = _NOT_DIGIT.sub("", raw)
            value = float(digits) if digits else None
            facts.append((s, e, "footnote_marker", value, None, None, None, None))
        if not facts:
            continue
        facts.sort(key=lambda f: (f[0], f[1]))
        starts = sentence_starts(p_text)
        bounds = [*starts[1:], len(p_text)]
        for s, e, fkind, value, unit, decimals, base, flags in facts:
            i = bisect.bisect_right(starts, s) - 1
            columns["paragraph"].append(par)
            columns["start"].append(p_start + s)
            columns["end"].append(p_start + e)
            columns["raw"].append(p_text[s:e])
            columns["kind"].append(fkind)
            _add_value(columns, fkind, value, unit, flags)
            columns["decimals"].append(decimals)
            columns["base"].append(base)
            columns["context"].append(sentence_context(p_text, starts[i], bounds[i], s, e))
    return schema.build_table(schema.NUMBERS, columns)


def _paragraph_rows(doc: Document) -> Sequence[tuple[Any, ...]]:
    """Paragraph rows (paragraph, kind, number, start, end, text) as plain tuples."""
    if hasattr(doc, "paragraph_records"):
        return doc.paragraph_records()
    paragraphs = doc.paragraphs  # a Document-like object: read its table
    return list(zip(*(paragraphs[c].tolist() for c in PARAGRAPH_FIELDS), strict=True))


def _marker_rows(doc: Document) -> Sequence[tuple[Any, ...]]:
    """Footnote marker rows (paragraph, start, end, raw, footnote) as plain tuples."""
    if hasattr(doc, "marker_records"):
        return doc.marker_records()
    markers = getattr(doc, "footnote_markers", None)
    if markers is None or not len(markers):
        return []
    return list(zip(*(markers[c].tolist() for c in MARKER_FIELDS), strict=True))
