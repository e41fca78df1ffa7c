"""Footnotes and the markers in the body that point to them.

A footnote is a paragraph that opens with its number ("12 See A/54/207.", "27 One member
(China) did not participate in the voting.", "1/ S/1994/262."). It is accepted when a
marker with that number appears earlier in the body, or when it follows the closing
lines of the document (after "Adopted ..." or "90th plenary meeting") or another footnote.

Markers come in three shapes:

* glued to a word or punctuation: "Cairo,1", "Secretary-General;14", "twenty-fifth6",
  "Women4". Digits inside document symbols ("S-21/2", "A/C.2/54/2"), sales numbers
  ("E.95.XIII.18"), abbreviations ("Add.1", "No.5") and units ("km2") are not markers;
* separated by a space, as the OCR of printed volumes has them: "... by 14 votes to none 27"
  (end of a line or sentence), "... at San Francisco 12 and at the first session" (a
  number followed by a lowercase word that is not a quantity's noun, after a word that
  does not introduce a number such as "of", "resolution" or "paragraph");
* with a slash: "of 4 March 1994 1/ on his mission".

Digits are only ever a marker when a footnote with that number exists in the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass

__all__ = ["FootnoteMarker", "find_footnotes"]

_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_FOOTNOTE_START = re.compile(
    r"(?P<number>\d{1,3})(?P<slash>/)?[ \t]+"
    rf"(?!(?:{_MONTH_NAMES})\b)"  # "21 December 2001" is a date, not a footnote
    r"(?=[A-Z\"“‘'(\[]|ibid|see|op\.|cf\.)"
)
# A marker of either shape, found by one search over the text (each search of a text
# for digits costs about as much as the rest of the footnote reading). It starts on the
# digit and looks behind it: a pattern that starts with a lookbehind or a letter is tried
# at almost every position of the text. The character before the digits tells the
# shapes apart (a letter or a mark, or a blank), so a position is read in one shape only.
_MARKER = re.compile(
    r"""
    (?P<number>\d
      (?:
        # glued: two letters or a punctuation mark right before (see _glued_prefix)
        (?:(?<=[^\W\d_]{2}\d)|(?<=[,;:.)\]"”’']\d))(?P<glued>)
        \d{0,2}(?![^\W_]|/|[.,]\d|-\d)
      |
        # spaced: a blank or the start of the text right before; then a blank, the end
        # or a mark and a blank, maybe after a slash ("1/")
        (?<!\S\d)\d{0,2}(?=/?(?:\s|$|[,;:.](?:\s|$)))
      )
    )
    (?P<slash>/)?                                 # spaced only: a glued number meets no "/"
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[A-Za-z]+")


def _word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of a word list."""
    return frozenset(words.split())


# a number after one of these words is a quantity or a reference, not a footnote marker
_NOT_BEFORE_MARKER = _word_set(
    """
    of on in at by to from for with and or nor than about around some over under between
    among nearly approximately almost least most only all the a an these those its his her
    their our my your no no. nos nos. number numbers article articles art. arts. resolution
    resolutions decision decisions paragraph paragraphs para. paras. subparagraph
    subparagraphs sub-paragraph sub-paragraphs chapter chapters chap. annex annexes section
    sections sect. page pages p. pp. rule rules item items volume volumes vol. part parts
    principle principles protocol protocols table tables figure figures fig. appendix
    recommendation recommendations phase stage group category level grade class week weeks
    day days year years session sessions plus minus times per each every
    first last next total totalling totaling point points clause clauses step steps option
    options line lines column columns footnote footnotes note notes round rounds room floor
    january february march april may june july august september october november december
    add. corr. rev. suppl. supplement amend. ser. vote votes mr. mrs. ms. dr. st. is are was
    were be been being has have had up down out into onto upon within without against towards
    toward via approximately roughly just nearly under exactly barely
    """
)
# a number followed by one of these is a quantity
_QUANTITY_NOUNS = _word_set(
    """
    vote votes abstention abstentions member members state states country countries nation
    nations delegation delegations hour hours day days week weeks month months year years
    minute minutes second seconds per percent cent million millions billion billions thousand
    thousands hundred hundreds time times people persons person men women children troops
    soldiers officers observers representatives candidates judges seats km kilometres
    kilometers miles metres meters tons tonnes dollars copies cases incidents refugees units
    items paragraphs articles resolutions pages meetings sessions to x or other others more
    less
    """
)
_ABBREVIATIONS = _word_set(
    "add corr rev no nos para paras chap vol p pp art sect suppl amend ser fig op cit"
)
_UNITS = _word_set("km m cm mm ha kg co no")


@dataclass
class FootnoteMarker:
    """A footnote marker: offsets of its digits in the cleaned text."""

    paragraph: int
    start: int
    end: int
    raw: str
    footnote: int


@dataclass
class Footnote:
    """A footnote: its number and the offsets of its text (without the number)."""

    number: int
    paragraph: int
    start: int
    end: int


def find_footnotes(
    text: str,
    spans: list[tuple[int, int]],
    closing: list[bool],
) -> tuple[list[Footnote], list[FootnoteMarker]]:
    """Find footnote paragraphs and the markers pointing to them.

    Parameters
    ----------
    text
        Cleaned document text.
    spans
        ``(start, end)`` of every paragraph, in order.
    closing
        For each paragraph, whether it is a closing line (adoption line, meeting line).

    Returns
    -------
    tuple of (list of Footnote, list of FootnoteMarker)
        Footnotes in document order and markers in document order.
    """
    candidates: dict[int, tuple[int, int, int]] = {}  # paragraph -> (number, text start, end)
    for index, (start, end) in enumerate(spans):
        if index == 0:
            continue
        match = _FOOTNOTE_START.match(text, start, end)
        if match and int(match["number"]) > 0 and match["number"][0] != "0":
            candidates[index] = (int(match["number"]), match.end(), end)
    if not candidates:
        return [], []
    numbers = {number for number, _, _ in candidates.values()}
    possible = _markers(text, spans, candidates, numbers)
    first_marker: dict[int, int] = {}  # footnote number -> offset of its first marker
    for marker in possible:
        first_marker.setdefault(marker.footnote, marker.start)

    footnotes: list[Footnote] = []
    after_closing = False
    previous_footnote = False
    for index, (start, _) in enumerate(spans):
        if closing[index]:
            after_closing, previous_footnote = True, False
            continue
        candidate = candidates.get(index)
        if candidate is None:
            previous_footnote = False
            continue
        number, text_start, text_end = candidate
        marked = first_marker.get(number, start) < start
        if marked or after_closing or previous_footnote:
            footnotes.append(Footnote(number, index, text_start, text_end))
            previous_footnote = True
        else:
            previous_footnote = False
    last_position: dict[int, int] = {}
    for footnote in footnotes:
        last_position[footnote.number] = spans[footnote.paragraph][0]
    markers = [m for m in possible if m.start < last_position.get(m.footnote, -1)]
    return footnotes, markers


def _markers(
    text: str, spans: list[tuple[int, int]], skip: Container[int], numbers: set[int]
) -> list[FootnoteMarker]:
    """The possible markers in the paragraphs not in ``skip``, in document order.

    One search over the whole text, not one per paragraph: a marker holds no blank, and
    paragraphs are separated by blanks, so every match lies inside one paragraph (found
    by bisection) and is the one a search of that paragraph finds.
    """
    starts = [start for start, _ in spans]
    found = []

    def paragraph_of(match: re.Match[str]) -> int | None:
        index = bisect.bisect_right(starts, match.start()) - 1
        inside = index >= 0 and match.end() <= spans[index][1] and index not in skip
        return index if inside else None

    for match in _MARKER.finditer(text):
        number = int(match["number"])
        if number not in numbers or (index := paragraph_of(match)) is None:
            continue
        if match["glued"] is not None:
            plausible = _plausible_glued(text, match, spans[index][0], _glued_prefix(text, match))
        else:
            plausible = _plausible_spaced(text, match, *spans[index])
        if plausible:
            found.append(
                FootnoteMarker(
                    index, match.start("number"), match.end("number"), match["number"], number
                )
            )
    return found


def _token_before(text: str, position: int, floor: int) -> str:
    """The run of non-space characters that ends at ``position``."""
    begin = position
    limit = max(floor, position - 80)
    while begin > limit and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:position]


def _glued_prefix(text: str, match: re.Match[str]) -> str:
    """What the digits of a glued ``_MARKER`` match are glued to: a mark or two letters."""
    before = text[match.start() - 1]
    return before if before in ",;:.)]\"”’'" else text[match.start() - 2 : match.start()]


def _plausible_glued(text: str, match: re.Match[str], floor: int, pre: str) -> bool:
    digits = match["number"]
    if digits[0] == "0" or match.start() - len(pre) < floor:
        return False
    token = _token_before(text, match.start("number"), floor)
    if "/" in token.rsplit(")", 1)[-1]:
        return False  # inside a document symbol: "S-21/2", "A/C.2"
    if pre[0].isalpha():
        if not pre.islower():
            return False  # "H5N1", "CO2"
        word = _WORD.findall(token)
        return not (word and word[-1].lower() in _UNITS)
    position = match.start() - len(pre)
    if pre in ",;:." and position > 0 and text[position - 1].isdigit():
        return False  # "1,000", "15:30", "3.5"
    if pre == ".":
        chunk = token[: -len(digits) - 1] if token.endswith(pre + digits) else token
        words = _WORD.findall(chunk)
        if any(ch.isdigit() for ch in chunk) or "." in chunk:
            return False  # "E.95.XIII.18"
        if not words or words[-1].lower() in _ABBREVIATIONS or len(words[-1]) == 1:
            return False  # "Add.1", "No.5", "E.9"
    return True


# A short number and a comma: the item before the next one in a list ("3, 11 and 22
# March"); a marker follows a year and a comma ("of 3 June 1985, 72 approved by").
_LISTED_NUMBER = re.compile(r"\d{1,2},")


def _plausible_spaced(text: str, match: re.Match[str], floor: int, ceiling: int) -> bool:
    digits = match["number"]
    if digits[0] == "0":
        return False
    # what comes before: a word that does not introduce a number
    position = match.start("number")
    cursor = position
    while cursor > floor and text[cursor - 1] in " \t\n":
        cursor -= 1
    previous = _token_before(text, cursor, floor)
    if not previous:
        return False
    lowered = previous.lower().strip("\"'“”‘’")
    if lowered in _NOT_BEFORE_MARKER or previous.endswith(("-", ":", "(", "/")):
        return False
    if _LISTED_NUMBER.fullmatch(previous):
        return False  # "of 3, 11 and 22 March", "paragraphs 5, 8 and 9": a list, no marker
    # what comes after
    after = match.end()
    rest = text[after : min(ceiling, after + 40)]
    stripped = rest.lstrip(" \t")
    line_end = not stripped or stripped[0] == "\n"
    if previous[-1].isdigit():
        # "1946 21" at the end of a heading line, "Congo, 21 22": two markers in a row;
        # never inside another run of numbers
        if previous.isdigit() and int(previous) + 1 == int(digits):
            return True
        return bool(match["slash"]) or (line_end and len(previous) == 4)
    if line_end or match["slash"]:
        return True
    if stripped[0] in ",;:.":
        return True
    follower = re.match(r"\d{1,3}\b", stripped)
    if follower is not None and int(follower.group()) == int(digits) + 1:
        return True  # "21 22": two markers in a row
    word = _WORD.match(stripped)
    if word is None or not word.group().islower():
        return False
    return word.group() not in _QUANTITY_NOUNS
