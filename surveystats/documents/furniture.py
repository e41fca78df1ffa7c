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
# How every line that _classify_lines can call furniture opens, after its indentation:
# a separator's "_-=*" (or a page number's "- 2 -"), a digit (page number, barcode, job
# number), "Page 2", or a symbol's "A/", "S/", "E/". A superset: the lines found are
# then classified one by one. Blank lines are not looked for: a document has many, and
# only those next to furniture matter (see _line_kind). The indentation is possessive
# ("*+"): nothing that follows can start inside it, and a long blank line is not
# stepped back through.
_OPENING = r"[^\S\n]*+(?:[-_=*\d]|Page[ ]|[A-Z][A-Z]?/)"
_FURNITURE_LINE = re.compile(rf"{_OPENING}[^\n]*", re.MULTILINE)
# the same after a newline: a pattern that starts with a literal is searched for quickly
_AFTER_NEWLINE_FURNITURE_LINE = re.compile(rf"\n(?P<line>{_OPENING}[^\n]*)", re.MULTILINE)
_BLANK_LINE = re.compile(r"[^\S\n]*$", re.MULTILINE)  # matched where a line starts
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

    # Markers open with "[" and ODS fields with "<". Looking for one character is many
    # times faster than a pattern's search (or a search for a longer string), and most
    # documents hold neither: they are spared the searches.
    if "[" in text:
        for match in _DU_MARKER.finditer(text):
            spans.append((match.start(), match.end(), "marker"))
    if "<" in text:
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

    # lines are named by the offset where they start (see _line_end)
    inline = _spans_by_line(text, spans)
    classes = _classify_lines(text, inline, fields)
    _resolve_page_numbers(text, classes)

    # the order does not matter here: _merge sorts what is removed
    removed: list[tuple[int, int, str]] = []
    for start, kind in classes.items():
        if kind not in ("text", "inline_only"):
            removed.append((start, _newline_end(text, start), kind))
    for start, pieces in inline.items():
        if classes.get(start) == "inline_only":
            # the whole line goes: each piece also takes the blanks up to the next
            # piece, the first one the line's start, the last one its newline
            pieces = sorted(pieces)
            for number, (piece_start, _, piece_kind) in enumerate(pieces):
                piece_end = (
                    pieces[number + 1][0] if number + 1 < len(pieces) else _newline_end(text, start)
                )
                removed.append((start if number == 0 else piece_start, piece_end, piece_kind))
        else:
            removed.extend(pieces)
    removed.extend(_page_breaks(text, classes))

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


def _line_end(text: str, start: int) -> int:
    """Where the line that starts at ``start`` ends (its newline, or the text's end).

    A line exists at every offset that is 0 or follows a newline and is inside the text
    (after a final newline, or in an empty text, no line starts).
    """
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _newline_end(text: str, start: int) -> int:
    """Where the line that starts at ``start`` ends, with its newline if it has one."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end + 1


def _line_start(text: str, position: int) -> int:
    """Where the line that holds ``position`` starts."""
    return text.rfind("\n", 0, position) + 1


def _line_kind(text: str, start: int, classes: dict[int, str]) -> str:
    """The kind of the line that starts at ``start``: its class, else "blank" or "text".

    Blank lines are not in ``classes``: they are told apart here, when a line next to
    furniture is looked at.
    """
    kind = classes.get(start)
    if kind is None:
        kind = "blank" if _BLANK_LINE.match(text, start) else "text"
    return kind


def _furniture_openings(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that open like furniture (``_FURNITURE_LINE``).

    One search over the whole text for a newline followed by such a line, instead of a
    look at each line: most lines of a document are prose and are never visited.
    """
    found = []
    first = _FURNITURE_LINE.match(text)
    if first is not None and text:
        found.append((0, first.end()))
    for match in _AFTER_NEWLINE_FURNITURE_LINE.finditer(text):
        if match.start("line") < len(text):  # a final newline is followed by no line
            found.append(match.span("line"))
    return found


def _classify_lines(
    text: str,
    inline: dict[int, list[tuple[int, int, str]]],
    fields: dict[str, str],
) -> dict[int, str]:
    """The kind of every line that is not plain text, by the line's start.

    Kinds: "inline_only" (nothing but inline furniture), a furniture kind, or
    "maybe_page_number" (decided by :func:`_resolve_page_numbers`). Blank lines are left
    out (see :func:`_line_kind`). Long lines are text unless they are separators or hold
    inline furniture. Sets ``fields["job_number"]`` and ``fields["symbol"]`` when such a
    line carries them.
    """
    classes: dict[int, str] = {}
    for start, pieces in inline.items():
        rest = "".join(text[a:b] for a, b in _complement(start, _line_end(text, start), pieces))
        if not rest.strip():
            classes[start] = "inline_only"
    # a line can be furniture only when short once stripped or a separator; the test
    # below lets through a few more (long lines with spaces around), sorted out next.
    # Only lines that open like furniture are looked at (_furniture_openings); blank
    # lines are not classified (see _line_kind).
    candidates = [
        (start, end)
        for start, end in _furniture_openings(text)
        if start not in inline
        and (
            end - start <= _MAX_SHORT
            or text[start] in "_-=*"
            or text[start].isspace()
            or text[end - 1].isspace()
        )
    ]
    symbol_lines = Counter(
        m["symbol"]
        for start, end in candidates
        if end - start <= _MAX_SHORT and (m := _SYMBOL_LINE.fullmatch(text, start, end)) is not None
    )
    known_symbol = fields.get("symbol")
    for start, end in candidates:
        line = text[start:end]
        stripped = line.strip()
        if len(stripped) > _MAX_SHORT and stripped[0] not in "_-=*":
            continue  # text: furniture other than separators is short
        elif _SEPARATOR.fullmatch(line):
            classes[start] = "separator"
        elif _BARCODE.fullmatch(line):
            classes[start] = "barcode"
        elif (job := _JOB_LINE.fullmatch(line)) is not None:
            classes[start] = "job_number"
            fields.setdefault("job_number", " ".join(job["job"].split()))
        elif (sym := _SYMBOL_LINE.fullmatch(line)) is not None and (
            sym["symbol"] == known_symbol or symbol_lines[sym["symbol"]] >= 2
        ):
            classes[start] = "running_head"
            fields.setdefault("symbol", sym["symbol"])
        elif _PAGE_NUMBER.fullmatch(line):
            classes[start] = "maybe_page_number"
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
    text: str, spans: list[tuple[int, int, str]]
) -> dict[int, list[tuple[int, int, str]]]:
    """Inline spans that start on each line (multi-line spans belong to their first line).

    Lines covered by a multi-line span (the masthead) get that span too, so they are
    treated as furniture-only when nothing else is on them. Lines without spans are
    left out; lines are keyed by their start.
    """
    result: dict[int, list[tuple[int, int, str]]] = {}
    first, first_end = -1, -1  # the line where the last span starts (its newline included)
    for span in sorted(spans):
        if not first <= span[0] <= first_end:
            # the spans come in order: a line that holds many (markers) is found once, not
            # once per span, which made a long line of markers quadratic
            first = _line_start(text, span[0])
            first_end = _line_end(text, first)
        last = max(span[0], span[1] - 1)  # the span's last character
        line_start, line_end = first, first_end
        while True:
            piece = (max(span[0], line_start), min(span[1], line_end), span[2])
            if piece[0] < piece[1] or line_start == first:
                result.setdefault(line_start, []).append(piece)
            if last <= line_end:
                break
            line_start = line_end + 1
            line_end = _line_end(text, line_start)
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


def _resolve_page_numbers(text: str, classes: dict[int, str]) -> None:
    """A bare number is a page number only next to a blank line, furniture or an edge."""
    for start in sorted(s for s, kind in classes.items() if kind == "maybe_page_number"):
        before = _line_kind(text, _line_start(text, start - 1), classes) if start > 0 else "edge"
        following = _line_end(text, start) + 1
        after = _line_kind(text, following, classes) if following < len(text) else "edge"
        classes[start] = "page_number" if {before, after} - {"text"} else "text"


def _page_breaks(text: str, classes: dict[int, str]) -> list[tuple[int, int, str]]:
    """Blank lines around furniture that cut a sentence in two (next line lowercase)."""
    breaks = []
    run_end = 0  # where the last run found ends
    for furniture in sorted(start for start, kind in classes.items() if kind != "text"):
        if furniture < run_end:
            continue  # in the run of a furniture line before it
        run = _run_around(text, furniture, classes)
        following = _line_end(text, run[-1][0]) + 1  # the line after the run
        run_end = following
        if run[0][0] == 0 or following >= len(text):
            continue
        before = text[_line_start(text, run[0][0] - 1) : run[0][0] - 1]
        after = text[following : _line_end(text, following)].lstrip()
        if _ENDS_PARAGRAPH.search(before) or not after[:1].islower():
            continue
        for start, kind in run:
            if kind == "blank":
                breaks.append((start, _line_end(text, start) + 1, "page_break"))
    return breaks


def _run_around(text: str, start: int, classes: dict[int, str]) -> list[tuple[int, str]]:
    """(start, kind) of the consecutive lines that are not text around line ``start``."""
    before: list[tuple[int, str]] = []  # the lines before it, nearest first
    previous = start
    while previous > 0:
        previous = _line_start(text, previous - 1)
        kind = _line_kind(text, previous, classes)
        if kind == "text":
            break
        before.append((previous, kind))
    run = [*reversed(before), (start, classes[start])]
    following = _line_end(text, start) + 1
    while following < len(text):
        kind = _line_kind(text, following, classes)
        if kind == "text":
            break
        run.append((following, kind))
        following = _line_end(text, following) + 1
    return run


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
