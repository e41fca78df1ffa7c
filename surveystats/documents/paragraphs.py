"""Paragraphs: split cleaned text into paragraphs and say what each one is.

Two layouts exist in UN texts:

* **one paragraph per line** (word-processor exports such as the ODS text export, where
  body paragraphs start with a tab): every non-blank line is a paragraph;
* **wrapped lines** (OCR of printed volumes, verbatim records): a paragraph runs over
  several lines and ends at a blank line, before a numbered paragraph ("3. Decides"), before
  an adoption line ("Adopted at ...") or a subject line ("The Security Council,"), or after
  a line that ends a sentence well short of the usual line width.

Kinds: ``heading`` (title lines of a resolution before its first preambular or operative
paragraph), ``preamble`` (opens with a participle or adjective phrase: "Recalling",
"Deeply concerned", "Bearing in mind", ...), ``operative`` (numbered "1.", "2.", ...; or an
unnumbered paragraph opening with an operative verb such as "Decides"), ``closing`` (the
adoption line "Adopted at the 1747th meeting ...", "90th plenary meeting" and the date
line after it), ``footnote`` (decided in :mod:`.footnotes`) and ``other``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, repeat

import numpy as np

__all__ = [
    "Paragraph",
    "assign_kinds",
    "is_closing_line",
    "looks_like_resolution",
    "split_paragraphs",
]

PREAMBLE_OPENERS = (
    "Recalling", "Reaffirming", "Noting", "Recognizing", "Recognising", "Aware", "Bearing in mind",
    "Convinced", "Concerned", "Welcoming", "Emphasizing", "Emphasising", "Taking note",
    "Taking into account", "Taking into consideration", "Having considered", "Having examined",
    "Having heard", "Having received", "Having reviewed", "Having noted", "Having regard",
    "Having adopted", "Having decided", "Having studied", "Mindful", "Considering", "Expressing",
    "Stressing", "Determined", "Determining", "Deploring", "Alarmed", "Acknowledging",
    "Affirming", "Believing", "Desiring", "Desirous", "Guided by", "Reiterating", "Underlining",
    "Underscoring", "Conscious", "Cognizant", "Keeping in mind", "Observing", "Regretting",
    "Gravely concerned", "Seriously concerned", "Deeply concerned", "Profoundly concerned",
    "Greatly concerned", "Extremely concerned", "Deeply disturbed", "Disturbed", "Distressed",
    "Dismayed", "Shocked", "Appreciating", "Commending", "Confident", "Emphasising",
    "Encouraged", "Fully aware", "Fully believing", "Further recalling", "Further noting",
    "Highlighting", "Mindful also", "Paying tribute", "Persuaded", "Pointing out", "Proclaiming",
    "Reasserting", "Referring", "Seeking", "Taking", "Urging", "Viewing", "Wishing", "Anxious",
    "Aware also", "Considering also", "Deeply regretting", "Noting with", "Expressing its",
    "Condemning", "Strongly condemning", "Reaffirming also", "Realizing", "Realising",
    "Accepting", "Agreeing", "Approving", "Calling", "Declaring", "Re-emphasizing", "Resolved",
    "Resolving", "Satisfied", "Convinced also", "Having", "Bearing", "Recognizing also",
    "Indignant", "Appalled", "Outraged", "Grieved", "Gravely", "Deeply", "Noting further",
)  # fmt: skip
OPERATIVE_VERBS = (
    "Accepts", "Acknowledges", "Adopts", "Affirms", "Agrees", "Appeals", "Approves",
    "Asks", "Authorizes", "Authorises", "Calls", "Commends", "Concurs", "Condemns", "Confirms",
    "Congratulates", "Considers", "Declares", "Decides", "Demands", "Deplores", "Designates",
    "Directs", "Draws", "Emphasizes", "Emphasises", "Encourages", "Endorses", "Establishes",
    "Expresses", "Extends", "Finds", "Invites", "Notes", "Proclaims", "Reaffirms", "Recalls",
    "Recognizes", "Recognises", "Recommends", "Regrets", "Reiterates", "Reminds", "Renews",
    "Requests", "Resolves", "Solemnly", "Stresses", "Strongly", "Supports", "Takes", "Thanks",
    "Underlines", "Underscores", "Urges", "Welcomes", "Elects", "Determines", "Instructs",
    "Insists", "Warns", "Condones", "Censures", "Admits", "Appoints", "Continues",
)  # fmt: skip
_ADVERB = r"(?:[A-Z][a-z]+ly|Also|Further|Again|Once again|Hereby|Therefore)"

_OPENERS = sorted(PREAMBLE_OPENERS, key=len, reverse=True)
_PREAMBLE = re.compile(
    r"(?:(?:Also|Further|Again|[A-Z][a-z]+ly)[ ]+(?:"  # "Also taking note", "Deeply concerned"
    + "|".join(re.escape(opener[0].lower() + opener[1:]) for opener in _OPENERS)
    + r")|(?:"
    + "|".join(map(re.escape, _OPENERS))
    + r"))\b"
)
# any participle opening, optionally after an adverb: "Outraged at", "Deeply grieved",
# "Acting under Chapter VII" (the list above names the common ones; this catches the rest)
_PARTICIPLE = re.compile(r"(?:[A-Z][a-z]+ly[ ]+[a-z]+|[A-Z][a-z]+)(?:ing|ed)\b")
_OPERATIVE = re.compile(
    rf"(?:{_ADVERB}[ ]+(?:{_ADVERB}[ ]+)?)?"
    r"(?:" + "|".join(map(re.escape, OPERATIVE_VERBS)) + r")\b"
)
_NUMBERED = re.compile(r"(?P<number>\d{1,3})[.,](?:\t|[ ]+)(?=\S)")
_TAB_NUMBERED = re.compile(r"\d{1,3}\.\t")
_ADOPTION = re.compile(r"Ad[oa]pted\b")  # "Adapted" is a common OCR misreading
_FOOTNOTE_LINE = re.compile(r"(\d{1,3})/?[ \t]+[A-Z\"“(]")
_ORDINAL_START = re.compile(r"[0-9Il]{1,5}[ ]?(?:st|nd|rd|th)\b")
_SUBJECT = re.compile(
    r"(?:The|Therefore[ ]the)[ ]+(?:General[ ]Assembly|Security[ ]Council|"
    r"Economic[ ]and[ ]Social[ ]Council|Trusteeship[ ]Council|Council|Assembly|Commission)"
    r"[ \t]*[,:;]?[ \t]*",
)
# the first line of a resolution: "Resolution 338 (1973)", "RESOLUTION 761 (1992)",
# "4 (1946). Resolution of 29 April 1946", "Resolution adopted by the General Assembly"
_RESOLUTION_HEADING = re.compile(
    r"(?:Resolution|RESOLUTION)[ \t]+\d{1,4}(?:[ \t]*\([^)\n]{4,8}\))?[ \t]*(?:\n|$|[Oo]f[ ])"
    r"|\d{1,4}[ \t]*\(\d{4}\)\.?[ \t]*Resolution[ ]of[ ]"
    r"|Resolution[ ]adopted[ ]by[ ]the[ ]"
    r"|Adopted[ ]by[ ]the[ ](?:General[ ]Assembly|Security[ ]Council)[ ]at[ ]its[ ]"
)
_MEETING_LINE = re.compile(
    r"\d{1,5}[ ]?(?:st|nd|rd|th)[ ]+(?:plenary[ ]+)?meeting\b", re.IGNORECASE
)
# is_closing_line asks this of every paragraph: one match instead of two
_CLOSING_LINE = re.compile(
    rf"{_ADOPTION.pattern}|(?i:{_MEETING_LINE.pattern})\Z"  # \Z: a whole meeting line
)
_DATE_LINE = re.compile(r"\d{1,2}[ ][A-Z][a-z]+[ ]\d{4}\.?")
_ENDS_SENTENCE = re.compile(r"[.:;!?][\"'”’)\]]*[ \t]*$")
_ENDS_CLAUSE = re.compile(r"[.:;,)][\"'”’)\]]*[ \t]*$")
_SHORT_LINE = 0.75  # a line under 75 % of the usual width that ends a sentence ends a paragraph
# _ENDS_SENTENCE as string tests: a stripped line ends a sentence when it ends with one
# of _MARKS once the _CLOSERS at its end are removed
_MARKS = (".", ":", ";", "!", "?")
_CLOSERS = "\"'”’)]"


def _stripped_ends_sentence(line: str) -> bool:
    """``_ENDS_SENTENCE.search(line)`` for a line without blanks at its ends, as string tests.

    split_paragraphs asks this of most lines; the regex search cost more than the rest of
    the test of a line.

    Examples
    --------
    >>> [_stripped_ends_sentence(s) for s in ("It ends.", 'It ends."', "(a) so:", "It runs")]
    [True, True, True, False]
    """
    return line.rstrip(_CLOSERS).endswith(_MARKS)


@dataclass(slots=True)
class Paragraph:
    """One paragraph while it is being classified (offsets into the cleaned text)."""

    start: int
    end: int
    kind: str = "other"
    number: int | None = None


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split cleaned text into paragraphs.

    Parameters
    ----------
    text
        Text without furniture, ``"\\n"`` line endings.

    Returns
    -------
    list of Paragraph
        Offsets of each paragraph; leading indentation and trailing spaces are outside
        the span, inner line breaks are kept.

    Examples
    --------
    >>> [text[p.start:p.end] for text in ["A b\\nc d.\\n\\nE f."] for p in split_paragraphs(text)]
    ['A b\\nc d.', 'E f.']
    """
    raw_lines = text.split("\n")
    # The per-line lists are built by C loops (split, map, compress, accumulate); the
    # Python loop below decides most lines with a few string tests and looks closely
    # only at lines that may open a paragraph.
    stripped = list(map(str.strip, raw_lines))
    # line k starts at line_starts[k] + k (the lengths before it, and their newlines)
    line_starts = list(accumulate(map(len, raw_lines), initial=0))
    nonblank = list(compress(range(len(raw_lines)), stripped))  # indexes of non-blank lines
    if not nonblank:
        return []

    def content(index: int) -> tuple[int, int, bool]:
        """(start, end, starts with a tab) of the content of line ``index``."""
        raw = raw_lines[index]
        start = line_starts[index] + index + len(raw) - len(raw.lstrip())
        return start, start + len(stripped[index]), raw[0] == "\t"

    tabbed = (
        sum(map(str.startswith, compress(raw_lines, stripped), repeat("\t"))) if "\t" in text else 0
    )
    if tabbed >= 3 and tabbed >= 0.2 * len(nonblank):  # one paragraph per line
        return [Paragraph(*content(index)[:2]) for index in nonblank]
    nonblank_lines = list(compress(stripped, stripped))
    # the usual width: the 90th percentile of the line lengths (a partition, not a sort)
    lengths = np.fromiter(map(len, nonblank_lines), dtype=np.intp, count=len(nonblank_lines))
    rank = min(len(lengths) - 1, int(0.9 * len(lengths)))
    width = int(np.partition(lengths, rank)[rank])

    short = _SHORT_LINE * width

    first_line = content(nonblank[0])
    current = Paragraph(first_line[0], first_line[1])  # the paragraph the next line may continue
    paragraphs = [current]
    numbered = _NUMBERED.match(text, current.start, current.end)
    last_number = int(numbered["number"]) if numbered else 0
    previous_index = nonblank[0]
    before = stripped[previous_index]  # the line before, stripped
    before_span: tuple[int, int, bool] | None = first_line  # its content, once found
    tabs = "\t" in text
    for index, line in zip(nonblank[1:], nonblank_lines[1:], strict=True):
        first = line[0]
        if (
            index == previous_index + 1  # no blank line in between
            and (len(before) >= short or not _stripped_ends_sentence(before))
            and (first.islower() or not (first in "TA" or first.isdigit() or before[0] == "T"))
            and not (tabs and raw_lines[index][0] == "\t")
        ):
            # what the rules below decide for most lines, in short: a line that opens in
            # lower case (or with a letter no rule looks at) reads on unless the line
            # before is short and ends a sentence or is a subject line ("The ...")
            previous_index, before, before_span = index, line, None
            continue
        previous = before_span or content(previous_index)
        current.end = previous[1]  # the lines in between read on
        span = start, end, tab = content(index)
        if index > previous_index + 1:  # blank lines in between
            extend = _continues_across_gap(text, current, start, end)
        elif not tab and text[start].islower():
            # a line in lower case reads on unless the line before is short and ends a
            # sentence (what _starts_paragraph decides for it)
            extend = previous[1] - previous[0] >= short or not _ENDS_SENTENCE.search(
                text, previous[0], previous[1]
            )
        else:
            extend = not _starts_paragraph(
                text, previous, span, width, last_number
            ) and not _next_footnote(text, current, start, end)
        if not extend:
            current = Paragraph(start, end)
            paragraphs.append(current)
            if first.isdigit() and (numbered := _NUMBERED.match(text, start, end)):
                last_number = int(numbered["number"])
        previous_index, before, before_span = index, line, span
    current.end = (before_span or content(previous_index))[1]
    return paragraphs


def _continues_across_gap(text: str, paragraph: Paragraph, start: int, end: int) -> bool:
    """Whether a line after blank lines continues the paragraph before them.

    It does when the paragraph is unfinished and the line starts in lowercase ("... at its
    3119th meeting,\n\non 6 October 1992"), or when an adoption line is cut before its
    meeting number ("Adopted unanimously at the\n\n2351st meeting.").
    """
    # the cheap tests of the line first: most lines after a gap open in upper case
    if not text[start : start + 1].islower() and not (
        _ADOPTION.match(text, paragraph.start, paragraph.end)
        and _ORDINAL_START.match(text, start, end)
    ):
        return False
    # Only the paragraph's last line can end a sentence: searching (or copying) the
    # whole paragraph for every line made a paragraph that grows line by line quadratic.
    last_line = text.rfind("\n", paragraph.start, paragraph.end) + 1 or paragraph.start
    return not _ENDS_SENTENCE.search(text, last_line, paragraph.end)


def _next_footnote(text: str, paragraph: Paragraph, start: int, end: int) -> bool:
    """A footnote line right below another footnote ("32 Ibid.\n33 One member ...")."""
    if not text[start].isdigit() or not text[paragraph.start].isdigit():
        return False
    this = _FOOTNOTE_LINE.match(text, start, end)
    first = _FOOTNOTE_LINE.match(text, paragraph.start, paragraph.end)
    return this is not None and first is not None and int(this[1]) > int(first[1])


def _starts_paragraph(
    text: str,
    previous: tuple[int, int, bool],
    line: tuple[int, int, bool],
    width: int,
    last_number: int,
) -> bool:
    """Whether ``line`` opens a new paragraph after ``previous`` (wrapped layout)."""
    start, end, tab = line
    before_start, before_end, _ = previous
    if tab:
        return True
    first = text[start]
    if first == "T" and _SUBJECT.fullmatch(text, start, end):
        return True
    if (
        text[before_start] == "T"
        and _SUBJECT.fullmatch(text, before_start, before_end)
        and not first.islower()
    ):
        return True  # but "The General Assembly\nis meeting ..." reads on
    numbered = _NUMBERED.match(text, start, end) if first.isdigit() else None
    if numbered:
        number = int(numbered["number"])
        if _TAB_NUMBERED.match(text, start, end) or number in (1, last_number + 1):
            return True
        if _ENDS_SENTENCE.search(text, before_start, before_end):
            return True
    if (
        first == "A"
        and _ADOPTION.match(text, start, end)
        and _ENDS_CLAUSE.search(text, before_start, before_end)
    ):
        return True
    return before_end - before_start < _SHORT_LINE * width and bool(
        _ENDS_SENTENCE.search(text, before_start, before_end)
    )


def looks_like_resolution(text: str, paragraphs: list[Paragraph]) -> bool:
    """Whether one of the first paragraphs is a resolution heading or a subject line.

    Parameters
    ----------
    text
        The cleaned text.
    paragraphs
        The paragraphs found by :func:`split_paragraphs`.

    Returns
    -------
    bool
        True for resolutions and decisions ("Resolution 338 (1973)", "The Security
        Council,"), False for speeches, letters and reports.
    """
    for paragraph in paragraphs[:40]:
        if _RESOLUTION_HEADING.match(text, paragraph.start, paragraph.end) or _SUBJECT.fullmatch(
            text, paragraph.start, paragraph.end
        ):
            return True
    return False


def is_closing_line(paragraph: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a paragraph is an adoption line or a plenary meeting line.

    ``paragraph[start:end]`` is read (offsets, so a caller holding the whole text need
    not copy each paragraph out of it).

    Examples
    --------
    >>> is_closing_line("Adopted at the 1747th meeting by 14 votes to none 27")
    True
    >>> is_closing_line("90th plenary meeting")
    True
    >>> is_closing_line("Text.\\n90th plenary meeting", 6)
    True
    """
    end = len(paragraph) if end is None else end
    return _CLOSING_LINE.match(paragraph, start, end) is not None


def assign_kinds(
    text: str,
    paragraphs: list[Paragraph],
    *,
    resolution_like: bool,
    closing: Sequence[bool] | None = None,
) -> None:
    """Set ``kind`` and ``number`` of every paragraph (footnotes are set beforehand).

    Parameters
    ----------
    text
        The cleaned text the paragraphs index into.
    paragraphs
        Paragraphs in order; those already of kind ``footnote`` are left alone.
    resolution_like
        Whether the document is a resolution or decision (then headings, preamble and
        operative paragraphs are recognised); otherwise body paragraphs are ``other``.
    closing
        :func:`is_closing_line` of each paragraph, when the caller has it already;
        found here otherwise.
    """
    if closing is None:
        closing = [is_closing_line(text, p.start, p.end) for p in paragraphs]
    started = False  # a preambular or operative paragraph has been seen
    last_number = 0
    operative_seen = False
    after_subject = False  # the previous paragraph is "The Security Council," or alike
    for paragraph, is_closing in zip(paragraphs, closing, strict=True):
        if paragraph.kind == "footnote":
            continue
        span = paragraph.start, paragraph.end  # patterns read text[start:end]
        # a subject line opens with "T", a date or a number with a digit: a look at the
        # first character spares most paragraphs those matches
        first = text[paragraph.start : paragraph.start + 1]
        subject = first == "T" and _SUBJECT.fullmatch(text, *span) is not None
        follows_subject, after_subject = after_subject, subject
        if is_closing:
            paragraph.kind = "closing"
            continue
        if operative_seen and first.isdigit() and _DATE_LINE.fullmatch(text, *span):
            paragraph.kind = "closing"
            continue
        if not resolution_like:
            continue
        numbered = _NUMBERED.match(text, *span) if first.isdigit() else None
        if numbered:
            number = int(numbered["number"])
            expected = (
                number in (1, 2) if last_number == 0 else last_number < number <= last_number + 3
            )
            if expected:
                paragraph.kind = "operative"
                paragraph.number = number
                last_number = number
                started = operative_seen = True
                continue
        if not operative_seen and (_PREAMBLE.match(text, *span) or _PARTICIPLE.match(text, *span)):
            paragraph.kind = "preamble"
            started = True
        elif _OPERATIVE.match(text, *span) and (started or follows_subject):
            paragraph.kind = "operative"
            started = operative_seen = True
        elif not started and subject:
            paragraph.kind = "heading"
            started = True
        elif not started:
            paragraph.kind = "heading"
