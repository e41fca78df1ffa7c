"""Page furniture: find what a word processor or a printer added around the text.

Furniture is removed from :attr:`Document.text` but every removed piece is kept as a row
(kind, raw, start, end) with offsets into the decoded original, so nothing is lost. The
rules are general to UN document exports, not to one file:

==============  ==========================================================================
kind            what it is
==============  ==========================================================================
marker          ``[DU1]``-style insertion markers of the ODS export
ods_field       ``<<ODS JOB NO>>N0149309E<<ODS JOB NO>>``, ``<<ODS DOC SYMBOL1>>…`` blocks
masthead        "United Nations A/RES/56/203 General Assembly Distr.: General 21 February
                2002 Fifty-sixth session Agenda item 100" (front page or ODS trailer)
separator       a line of underscores, dashes, equals signs or asterisks
page_number     a bare page number ("2", "- 2 -", "Page 2") on its own line next to a
                blank line
barcode         the job barcode line ("01 49309")
job_number      a printed job number line ("02-72318 (E)")
running_head    a line holding only the document symbol ("A/RES/56/203", "S/RES/1445
                (2002)"): the symbol found elsewhere, or one repeated on several lines
page_break      blank lines between the two halves of a sentence split by a page break
                (removed so the paragraph reads on)
==============  ==========================================================================

Every pattern here is linear: no repetition contains another unbounded repetition that
could match the same characters.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

__all__ = ["FurnitureResult", "strip_furniture"]

_DU_MARKER = re.compile(r"\[DU\d*\]")
_ODS_FIELD = re.compile(r"<<ODS (?P<tag>[A-Z0-9 ]{1,40})>>(?P<value>[^<\n]*)<<ODS (?P=tag)>>")
_ODS_TAG = re.compile(r"<<ODS [A-Z0-9 ]{1,40}>>")

_SYMBOL = r"[A-Z]{1,2}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+"
_BODIES = (
    r"General[ ]Assembly|Security[ ]Council|Economic[ ]and[ ]Social[ ]Council|Trusteeship[ ]Council"
)
_DATE = r"\d{1,2}[ ][A-Z][a-z]+[ ]\d{4}"

# The modern front page (or ODS trailer), where lines may be glued together:
# "United NationsA/RES/56/203General AssemblyDistr.: General\n21 February 2002Fifty-sixth
# session\nAgenda item 100" or "United Nations S/RES/1445 (2002)\n\nSecurity Council Distr.: ..."
_MASTHEAD = re.compile(
    rf"""
    United[ ]Nations[ \t]*
    (?P<symbol>{_SYMBOL}(?:[ \t]*\(\d{{4}}\))?)     # document symbol, SC ones with "(year)"
    [ \t\n]*
    (?P<body>{_BODIES})
    [ \t]*Distr\.:?[ \t]*(?P<distribution>[A-Za-z]+)
    (?:[ \t]*\n?[ \t]*(?P<date>{_DATE}))?           # date of distribution
    (?:[ \t]*\n?[ \t]*(?P<session>[A-Z][a-z]+(?:-[a-z]+)?[ ]session))?
    (?:[ \t]*\n?[ \t]*Agenda[ ]items?[ ](?P<agenda_item>[^\n]+))?
    """,
    re.VERBOSE,
)
# The older typewritten front page: "UNITED NATIONS\n\nS\n\nSecurity Council\n\nDistr.\n
# GENERAL\n\nS/RES/902 (1994)\n11 March 1994"
_BLANKS = r"(?:[ \t]*\n)*"
_OLD_MASTHEAD = re.compile(
    rf"""
    ^UNITED[ ]NATIONS[ \t]*\n{_BLANKS}
    (?:[ \t]*[A-Z][ \t]*\n{_BLANKS})?                # the body's letter ("S", "A")
    [ \t]*(?P<body>{_BODIES})[ \t]*\n{_BLANKS}
    [ \t]*Distr\.[ \t]*\n?[ \t]*(?P<distribution>[A-Z]+)[ \t]*\n{_BLANKS}
    [ \t]*(?P<symbol>{_SYMBOL}(?:[ \t]*\(\d{{4}}\))?)[ \t]*\n
    [ \t]*(?P<date>{_DATE})[ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)

_SEPARATOR = re.compile(r"[ \t]*(?:_{3,}|-{3,}|={3,}|\*{3,})[ \t]*")
_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:-[ \t]*\d{1,3}[ \t]*-|\d{1,3}|Page[ ]\d{1,3}(?:[ ]of[ ]\d{1,3})?)[ \t]*"
)
_BARCODE = re.compile(r"[ \t]*\d{2}[ ]\d{5}[ \t]*")
_JOB_LINE = re.compile(r"[ \t]*(?P<job>\d{2}-\d{5}[ \t]*(?:\([A-Z]\))?)[ \t]*(?:\*\d+\*)?[ \t]*")
_SYMBOL_LINE = re.compile(rf"[ \t]*(?P<symbol>{_SYMBOL}(?:[ ]\(\d{{4}}\))?)[ \t]*")
_MAX_SHORT = 40  # no page number, barcode, job number or running head is longer
# a line that ends a sentence or a paragraph (so a page break after it is a real break)
_ENDS_PARAGRAPH = re.compile(r"[.:;!?][\"'”’)\]]*[ \t]*$")


@dataclass
class FurnitureResult:
    """What :func:`strip_furniture` found.

    Attributes
    ----------
    text
        The text without furniture.
    rows
        ``(kind, raw, start, end)`` of every removed piece, offsets into the input.
    fields
        Values read from the furniture: ``symbol``, ``job_number``, ``body``,
        ``distribution``, ``date``, ``session``, ``agenda_item`` (only those found).
    """

    text: str
    rows: list[tuple[str, str, int, int]] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)


def strip_furniture(text: str) -> FurnitureResult:
    """Remove page furniture from a decoded document.

    Parameters
    ----------
    text
        Decoded text with ``"\\n"`` line endings.

    Returns
    -------
    FurnitureResult
        The cleaned text, the removed pieces and the values they carried.

    Examples
    --------
    >>> result = strip_furniture("[DU1]\\nText.\\n_____\\n\\n2\\n")
    >>> result.text
    'Text.\\n\\n'
    >>> [row[0] for row in result.rows]
    ['marker', 'separator', 'page_number']
    """
    spans: list[tuple[int, int, str]] = []  # (start, end, kind), end exclusive
    fields: dict[str, str] = {}

    for match in _DU_MARKER.finditer(text):
        spans.append((match.start(), match.end(), "marker"))
    for match in _ODS_FIELD.finditer(text):
        spans.append((match.start(), match.end(), "ods_field"))
        tag, value = match["tag"], match["value"].strip()
        if value and tag == "JOB NO":
            fields.setdefault("job_number", value)
        elif value and tag.startswith("DOC SYMBOL"):
            fields.setdefault("symbol", value)
    covered = _coverage(spans)
    for match in _ODS_TAG.finditer(text):
        if not covered(match.start()):
            spans.append((match.start(), match.end(), "ods_field"))
    for search in (_MASTHEAD.search, _search_old_masthead):
        match = search(text)
        if match:
            spans.append((match.start(), match.end(), "masthead"))
            for key, value in match.groupdict().items():
                if value:
                    fields.setdefault(key, " ".join(value.split()))
            break

    lines = _line_spans(text)
    inline = _spans_by_line(spans, lines)
    classes = _classify_lines(text, lines, inline, fields)
    _resolve_page_numbers(classes, len(lines))

    removed: list[tuple[int, int, str]] = []
    for index in sorted(classes.keys() | inline.keys()):
        start, end = lines[index]
        newline_end = end + 1 if end < len(text) else end
        kind = classes.get(index, "text")
        if kind == "inline_only":
            # the whole line goes: each piece also takes the blanks up to the next
            # piece, the first one the line's start, the last one its newline
            pieces = sorted(inline[index])
            for number, (piece_start, _, piece_kind) in enumerate(pieces):
                piece_end = pieces[number + 1][0] if number + 1 < len(pieces) else newline_end
                removed.append((start if number == 0 else piece_start, piece_end, piece_kind))
        elif kind not in ("text", "blank"):
            removed.append((start, newline_end, kind))
        else:
            removed.extend(inline.get(index, ()))
    removed.extend(_page_breaks(text, lines, classes))

    removed = _merge(removed)
    rows = [(kind, text[start:end], start, end) for start, end, kind in removed]
    kept = _complement(0, len(text), [(s, e, k) for s, e, k in removed])
    cleaned = "".join(text[a:b] for a, b in kept)
    return FurnitureResult(cleaned, rows, fields)


def _search_old_masthead(text: str) -> re.Match[str] | None:
    """``_OLD_MASTHEAD.search(text)``, trying only where its first line is.

    A pattern that starts with ``^`` is tried at every position of the text; finding
    the literal first is many times faster.
    """
    position = text.find("UNITED NATIONS")
    while position >= 0:
        if position == 0 or text[position - 1] == "\n":
            match = _OLD_MASTHEAD.match(text, position)
            if match:
                return match
        position = text.find("UNITED NATIONS", position + 1)
    return None


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    parts = text.split("\n")
    if parts[-1] == "":
        parts.pop()  # after a final newline (or in an empty text) no line starts
    starts = accumulate((len(part) + 1 for part in parts), initial=0)
    # accumulate gives one start more than there are lines (where a next one would be)
    return [(start, start + len(part)) for start, part in zip(starts, parts, strict=False)]


def _classify_lines(
    text: str,
    lines: list[tuple[int, int]],
    inline: dict[int, list[tuple[int, int, str]]],
    fields: dict[str, str],
) -> dict[int, str]:
    """The kind of every line that is not plain text, by line index.

    Kinds: "blank", "inline_only" (nothing but inline furniture), a furniture kind, or
    "maybe_page_number" (decided by :func:`_resolve_page_numbers`). Long lines are text
    unless they are separators or hold inline furniture. Sets ``fields["job_number"]``
    and ``fields["symbol"]`` when such a line carries them.
    """
    classes: dict[int, str] = {}
    for index, pieces in inline.items():
        start, end = lines[index]
        rest = "".join(text[a:b] for a, b in _complement(start, end, pieces))
        if not rest.strip():
            classes[index] = "inline_only"
    # a line can be furniture only when blank, short once stripped or a separator; the
    # test below lets through a few more (long lines with spaces around), sorted out next
    candidates = [
        index
        for index, (start, end) in enumerate(lines)
        if (
            end - start <= _MAX_SHORT
            or text[start] in "_-=*"
            or text[start].isspace()
            or text[end - 1].isspace()
        )
        and index not in inline
    ]
    symbol_lines = Counter(
        m["symbol"]
        for index in candidates
        if lines[index][1] - lines[index][0] <= _MAX_SHORT
        and (m := _SYMBOL_LINE.fullmatch(text, *lines[index])) is not None
    )
    known_symbol = fields.get("symbol")
    for index in candidates:
        start, end = lines[index]
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            classes[index] = "blank"
        elif len(stripped) > _MAX_SHORT and stripped[0] not in "_-=*":
            continue  # text: furniture other than separators is short
        elif _SEPARATOR.fullmatch(line):
            classes[index] = "separator"
        elif _BARCODE.fullmatch(line):
            classes[index] = "barcode"
        elif (job := _JOB_LINE.fullmatch(line)) is not None:
            classes[index] = "job_number"
            fields.setdefault("job_number", " ".join(job["job"].split()))
        elif (sym := _SYMBOL_LINE.fullmatch(line)) is not None and (
            sym["symbol"] == known_symbol or symbol_lines[sym["symbol"]] >= 2
        ):
            classes[index] = "running_head"
            fields.setdefault("symbol", sym["symbol"])
        elif _PAGE_NUMBER.fullmatch(line):
            classes[index] = "maybe_page_number"
    return classes


def _coverage(spans: list[tuple[int, int, str]]) -> Callable[[int], bool]:
    """A test of whether a position lies inside one of ``spans`` (log time per call).

    The spans are sorted and merged (a running maximum of their ends), so one bisection
    finds the only merged span that can hold the position.
    """
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _ in sorted(spans):
        if start >= end:
            continue
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)

    def covered(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < ends[index]

    return covered


def _spans_by_line(
    spans: list[tuple[int, int, str]], lines: list[tuple[int, int]]
) -> dict[int, list[tuple[int, int, str]]]:
    """Inline spans that start on each line (multi-line spans belong to their first line).

    Lines covered by a multi-line span (the masthead) get that span too, so they are
    treated as furniture-only when nothing else is on them. Lines without spans are
    left out.
    """
    result: dict[int, list[tuple[int, int, str]]] = {}
    starts = [s for s, _ in lines]

    for span in sorted(spans):
        first = bisect.bisect_right(starts, span[0]) - 1
        last = bisect.bisect_right(starts, max(span[0], span[1] - 1)) - 1
        for index in range(first, last + 1):
            line_start, line_end = lines[index]
            piece = (max(span[0], line_start), min(span[1], line_end), span[2])
            if piece[0] < piece[1] or index == first:
                result.setdefault(index, []).append(piece)
    return result


def _complement(start: int, end: int, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The parts of [start, end) not covered by ``spans``."""
    kept = []
    position = start
    for s, e, _ in sorted(spans):
        if s > position:
            kept.append((position, min(s, end)))
        position = max(position, e)
    if position < end:
        kept.append((position, end))
    return kept


def _resolve_page_numbers(classes: dict[int, str], line_count: int) -> None:
    """A bare number is a page number only next to a blank line, furniture or an edge."""
    for index in sorted(i for i, kind in classes.items() if kind == "maybe_page_number"):
        before = classes.get(index - 1, "text") if index > 0 else "edge"
        after = classes.get(index + 1, "text") if index + 1 < line_count else "edge"
        classes[index] = "page_number" if {before, after} - {"text"} else "text"


def _page_breaks(
    text: str, lines: list[tuple[int, int]], classes: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Blank lines around furniture that cut a sentence in two (next line lowercase)."""
    breaks = []
    other = sorted(index for index, kind in classes.items() if kind != "text")
    run_first = 0
    while run_first < len(other):  # runs of consecutive lines that are not text
        run_last = run_first
        while run_last + 1 < len(other) and other[run_last + 1] == other[run_last] + 1:
            run_last += 1
        run = other[run_first : run_last + 1]
        run_first = run_last + 1
        has_furniture = any(classes[i] != "blank" for i in run)
        if not has_furniture or run[0] == 0 or run[-1] + 1 >= len(lines):
            continue
        before = text[lines[run[0] - 1][0] : lines[run[0] - 1][1]]
        after = text[lines[run[-1] + 1][0] : lines[run[-1] + 1][1]].lstrip()
        if _ENDS_PARAGRAPH.search(before) or not after[:1].islower():
            continue
        for i in run:
            if classes[i] == "blank":
                start, end = lines[i]
                breaks.append((start, end + 1, "page_break"))
    return breaks


_JOINABLE = ("page_break", "masthead")


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort spans and merge overlapping ones and neighbouring page-break blank lines."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if merged and start < merged[-1][1]:
            previous = merged[-1]
            merged[-1] = (previous[0], max(previous[1], end), previous[2])
        elif merged and start == merged[-1][1] and kind == merged[-1][2] in _JOINABLE:
            merged[-1] = (merged[-1][0], end, kind)
        else:
            merged.append((start, end, kind))
    return merged
