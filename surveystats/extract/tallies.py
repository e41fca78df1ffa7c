"""Tallies: the counts that split a group, as one tidy table with exact provenance.

The grammars live in :mod:`~surveystats.extract.tally_votes` (recorded votes and adoption
outcomes) and :mod:`~surveystats.extract.tally_surveys` (survey splits and percentage
breakdowns); they read one paragraph string at a time. This module runs them over the
paragraphs of a :class:`~surveystats.documents.Document`, attaches footnotes that a vote's
marker points to ("27 One member (China) did not participate in the voting."), and builds
the table whose columns are fixed once, in :data:`TALLY_COLUMNS`.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from surveystats.errors import ValidationError
from surveystats.extract.tally_parts import Tally
from surveystats.extract.tally_surveys import find_breakdowns, find_surveys
from surveystats.extract.tally_votes import (
    find_adoption_outcome,
    find_votes,
    read_vote_statement,
)

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.documents import Document

__all__ = ["TALLY_COLUMNS", "extract_tallies", "tallies_in_text"]

#: Column name -> dtype of the tallies table (``count`` is Float64 when any row is a
#: percentage, Int64 otherwise).
TALLY_COLUMNS: dict[str, str] = {
    "tally": "int64",
    "kind": "string",
    "subject": "string",
    "category": "string",
    "count": "Int64",
    "unit": "string",
    "total": "Int64",
    "qualifier": "string",
    "members": "string",
    "flags": "string",
    "outcome": "string",
    "paragraph": "int64",
    "start": "int64",
    "end": "int64",
    "raw": "string",
}


def _rows_for(tally: Tally, tally_id: int, paragraph: int, offset: int, text: str) -> list[dict]:
    """One row per part (or one outcome row) with offsets shifted into the document."""
    start, end = offset + tally.start, offset + tally.end
    raw = text[tally.start : tally.end]
    base = {
        "tally": tally_id,
        "kind": tally.kind,
        "subject": tally.subject,
        "unit": tally.unit,
        "total": tally.total,
        "qualifier": tally.qualifier,
        "outcome": tally.outcome,
        "paragraph": paragraph,
        "start": start,
        "end": end,
        "raw": raw,
    }
    if not tally.parts:
        flags = list(dict.fromkeys(tally.flags))
        return [
            {
                **base,
                "category": None,
                "count": None,
                "members": None,
                "flags": "; ".join(flags) or None,
                "unit": None,
            }
        ]
    rows = []
    for part in tally.parts:
        flags = list(dict.fromkeys(tally.flags + part.flags))
        rows.append(
            {
                **base,
                "category": part.category,
                "count": part.count,
                "members": "; ".join(part.members) or None,
                "flags": "; ".join(flags) or None,
            }
        )
    return rows


@functools.cache
def _empty_frame() -> pd.DataFrame:
    return pd.DataFrame({name: pd.array([], dtype=dtype) for name, dtype in TALLY_COLUMNS.items()})


def _frame(rows: list[dict]) -> pd.DataFrame:
    """Build the table column by column with the dtypes of :data:`TALLY_COLUMNS`."""
    if not rows:  # most paragraphs of most documents: a copy of one empty table is cheaper
        return _empty_frame().copy()
    dtypes = dict(TALLY_COLUMNS)
    if any(row["unit"] == "percent" for row in rows):
        dtypes["count"] = "Float64"
    columns = {}
    for name, dtype in dtypes.items():
        values = [row[name] for row in rows]
        if dtype in ("Int64", "Float64", "string"):
            values = [None if value is None or value != value else value for value in values]
        columns[name] = pd.array(values, dtype=dtype)
    return pd.DataFrame(columns)


_ADOPTION_WORD = re.compile(r"Ad[ao]pted\b|Approved\b")


def _adoption_lines(text: str) -> list[int]:
    """Where the lines that open with "Adopted" or "Approved" start (after <= 20 blanks).

    The word is searched for first: a pattern starting with a multi-line ``^`` would be
    tried at every position of the text.
    """
    starts = []
    for word in _ADOPTION_WORD.finditer(text):
        line = text.rfind("\n", 0, word.start()) + 1
        indent = text[line : word.start()]
        if len(indent) <= 20 and not indent.strip(" \t"):
            starts.append(line)
    return starts


def _find_in_paragraph(text: str, *, adoption: bool = True) -> list[Tally]:
    """All tallies of one paragraph string, in order, without overlaps."""
    votes = find_votes(text)
    found = votes + find_surveys(text) + find_breakdowns(text)
    if adoption:
        for line in _adoption_lines(text):
            outcome = find_adoption_outcome(text[line:])
            if outcome is None:
                continue
            line_start, line_end = line + outcome.start, line + outcome.end
            # A vote on the adoption line carries the outcome; otherwise the line is
            # an outcome row of its own.
            on_line = [v for v in votes if line_start <= v.start <= line_end + 3]
            if on_line:
                on_line[0].outcome = "adopted"
                continue
            outcome.start, outcome.end = line_start, line_end
            found.append(outcome)
    found.sort(key=lambda t: (t.start, -t.end))
    kept: list[Tally] = []
    for tally in found:
        if kept and tally.start < kept[-1].end:
            continue
        kept.append(tally)
    return kept


def tallies_in_text(text: str, *, paragraph: int = 0, offset: int = 0) -> pd.DataFrame:
    """Find tallies in one string, without document structure (no footnotes).

    Parameters
    ----------
    text
        One paragraph or sentence.
    paragraph
        The paragraph number written into the ``paragraph`` column.
    offset
        Added to ``start`` and ``end`` (the position of ``text`` in a larger text).

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`extract_tallies`.

    Raises
    ------
    ValidationError
        If ``text`` is not a string.

    Examples
    --------
    >>> table = tallies_in_text("adopted by 10 votes to 3 (Cuba, Yemen, Zimbabwe)")
    >>> table[["category", "count", "members"]].values.tolist()
    [['in favour', 10, <NA>], ['against', 3, 'Cuba; Yemen; Zimbabwe']]
    """
    if not isinstance(text, str):
        raise ValidationError(
            f"text must be a str; got {type(text).__name__} (pass the paragraph's text)"
        )
    rows: list[dict] = []
    for tally_id, tally in enumerate(_find_in_paragraph(text)):
        rows.extend(_rows_for(tally, tally_id, paragraph, offset, text))
    return _frame(rows)


def _has_footnotes(doc: Any) -> bool:
    """Whether the document has footnotes, without building its footnote table."""
    records = getattr(doc, "paragraph_records", None)
    if records is None:
        return True
    return any(kind == "footnote" for _, kind, *_ in records())


class _Markers:
    """Footnote markers and footnote numbers of a document, for quick look-ups."""

    def __init__(self, doc: Any) -> None:
        self.text = doc.text
        self.by_start: dict[int, int | None] = {}
        if hasattr(doc, "marker_records"):
            marker_pairs = [(start, footnote) for _, start, _, _, footnote in doc.marker_records()]
        else:
            markers = getattr(doc, "footnote_markers", None)
            marker_pairs = (
                list(zip(markers["start"], markers["footnote"], strict=True))
                if markers is not None
                else []
            )
        for start, footnote in marker_pairs:
            self.by_start[int(start)] = None if pd.isna(footnote) else int(footnote)
        # number -> (paragraph, start offset, text). A footnote row may hold several
        # footnotes when they were not separated by a blank line ("20 Ibid.\n21 In
        # the absence of objections ..."): each numbered line starts its own.
        self.footnotes: dict[int, tuple[int, int, str]] = {}
        footnotes = (
            getattr(doc, "footnotes", None) if self.by_start or _has_footnotes(doc) else None
        )
        if footnotes is not None and len(footnotes):
            for row in footnotes.itertuples():
                if not pd.isna(row.number):
                    self.footnotes[int(row.number)] = (int(row.paragraph), int(row.start), row.text)
                for line in _NUMBERED_LINE.finditer(row.text):
                    number = int(line["number"])
                    self.footnotes.setdefault(
                        number, (int(row.paragraph), int(row.start) + line.end(), "")
                    )
            for number, (paragraph, start, text) in list(self.footnotes.items()):
                if not text:
                    stop = _NUMBERED_LINE.search(doc.text, start)
                    end = stop.start() if stop else len(doc.text)
                    end = min(end, doc.text.find("\n\n", start) % (len(doc.text) + 1))
                    self.footnotes[number] = (paragraph, start, doc.text[start:end])
        self.numbers = set(self.footnotes)

    def after(self, end: int) -> int | None:
        """The footnote number a marker right after ``end`` (document offset) points to."""
        match = _AFTER_VOTE.match(self.text, end)
        if match is None:
            return None
        start = match.start("number")
        if start in self.by_start:
            return self.by_start[start]
        number = int(match["number"])
        return number if number in self.numbers else None


_NUMBERED_LINE = re.compile(r"(?m)^(?P<number>\d{1,3})[ \t]+(?=\S)")
# A marker follows the vote after at most a few spaces or punctuation marks.
_AFTER_VOTE = re.compile(r"[\s.,;:)]{0,4}?(?P<number>\d{1,3})(?!\d)")


def _attach_footnote(doc: Any, markers: _Markers, tally: Tally, number: int) -> list[dict]:
    """Read footnote ``number``; update ``tally`` and return rows for its own parts."""
    if number not in markers.footnotes:
        return []
    paragraph, offset, text = markers.footnotes[number]
    parts, outcome = read_vote_statement(text)
    if outcome is not None and not tally.parts:
        tally.outcome = outcome
    if outcome is not None and tally.parts and outcome != "adopted":
        tally.flags.append(f"footnote: {outcome}")
    rows = []
    for part in parts:
        start, end = offset + part.start, offset + part.end
        rows.append(
            {
                "category": part.category,
                "count": part.count,
                "members": "; ".join(part.members) or None,
                "flags": "; ".join(list(dict.fromkeys([*part.flags, "from_footnote"]))),
                "paragraph": paragraph,
                "start": start,
                "end": end,
                "raw": doc.text[start:end],
            }
        )
    return rows


class _Span(NamedTuple):
    paragraph: int
    kind: str
    start: int
    end: int


def _spans(doc: Any) -> list[_Span]:
    """The document's paragraphs, a paragraph with an unclosed "(" joined to the next.

    A list of states in parentheses may be cut where a line ends in a full stop
    ("(Belgium.\nFrance, ...)"); the grammar needs the whole list.
    """
    if hasattr(doc, "paragraph_records"):  # plain tuples: no table to build and index
        records = [(p, k, s, e) for p, k, _, s, e, _ in doc.paragraph_records()]
    else:
        paragraphs = doc.paragraphs
        records = list(
            zip(
                *(paragraphs[c].tolist() for c in ("paragraph", "kind", "start", "end")),
                strict=True,
            )
        )
    rows = [_Span(int(p), str(k), int(s), int(e)) for p, k, s, e in records]
    spans: list[_Span] = []
    index = 0
    while index < len(rows):
        span = rows[index]
        index += 1
        while (
            index < len(rows)
            and span.kind != "footnote"
            and rows[index].kind != "footnote"
            and rows[index].end - span.start < 3000
            and _unclosed(doc.text[span.start : span.end])
        ):
            span = span._replace(end=rows[index].end)
            index += 1
        spans.append(span)
    return spans


def _unclosed(text: str) -> bool:
    return text.rfind("(") > text.rfind(")")


def _repeats(text: str, previous: dict, offset: int, tally: Tally) -> bool:
    """Whether ``tally`` repeats the previous row's phrase with only blank space between."""
    start = offset + tally.start
    return (
        previous["raw"] == text[start : offset + tally.end]
        and previous["end"] <= start
        and not text[previous["end"] : start].strip()
    )


def extract_tallies(doc_or_text: Document | str) -> pd.DataFrame:
    """Find the tallies of a document: survey splits, votes and percentage breakdowns.

    Parameters
    ----------
    doc_or_text
        A :class:`~surveystats.documents.Document`, or a string, which is parsed with
        :func:`~surveystats.documents.parse_document` first.

    Returns
    -------
    pandas.DataFrame
        One row per category of each tally (an outcome-only vote has one row with no
        category), in document order, with columns

        ``tally`` (int)
            Id of the tally within the document (0, 1, ...); rows of one tally share it.
        ``kind`` (str)
            ``"survey"`` (counts that split a group), ``"vote"`` or ``"breakdown"``
            (percentages that split a group).
        ``subject`` (str or NA)
            Who was counted, as written ("respondents", "Governments"); NA if unstated.
        ``category`` (str or NA)
            The label as written: "in favour", "against", "abstentions", "not
            participating", "absent", "present and not voting", "partially in favour",
            or a survey clause's predicate; NA on an outcome-only row.
        ``count`` (Int64, or Float64 when any row is a percentage)
            The count (0 for "none"); NA on an outcome-only row. Never invented.
        ``unit`` (str or NA)
            ``"count"`` or ``"percent"``; NA on an outcome-only row.
        ``total`` (Int64)
            A stated total ("Of the 112 Governments that replied" -> 112).
        ``qualifier`` (str or NA)
            "a total of", "some", "about", "at least", "nearly", "approximately" ...
        ``members`` (str or NA)
            States named for this category, "; "-joined.
        ``flags`` (str or NA)
            "; "-joined: "ocr_corrected" (a count, word or name read through OCR
            noise), "parts_do_not_sum_to_total", "parts_exceed_100_percent",
            "members_do_not_match_count", "outcome_only", "from_footnote" (the row was
            read from the footnote the vote's marker points to), "footnote: <outcome>"
            (a footnote qualifies a counted vote, e.g. "adopted in parts").
        ``outcome`` (str or NA)
            For the adoption line of a resolution: "adopted" (counts given, or none
            stated), "adopted unanimously", "adopted without a vote", "adopted by
            consensus", "adopted in parts" (no vote on the text as a whole). NA for
            tallies that are no adoption.
        ``paragraph``, ``start``, ``end`` (int)
            Paragraph number and character offsets into ``Document.text``.
        ``raw`` (str)
            The whole tally phrase, ``Document.text[start:end]``; rows read from a
            footnote carry the footnote sentence instead.

    Raises
    ------
    ValidationError
        If ``doc_or_text`` is neither a Document nor a string.

    Notes
    -----
    Linear-time grammar: every regular expression repetition is bounded and clauses are
    found with non-overlapping scans, so adversarial input ("and and and ...") is fast.

    Examples
    --------
    >>> from surveystats import read_document, example_path
    >>> table = extract_tallies(read_document(example_path()))  # doctest: +SKIP
    >>> table[["category", "count"]].values.tolist()  # doctest: +SKIP
    [['in favour', 47], ['partially in favour', 5], ['against', 26]]
    """
    from surveystats.documents import is_document, parse_document

    if isinstance(doc_or_text, str):
        doc = parse_document(doc_or_text)
    elif is_document(doc_or_text):
        doc = doc_or_text
    else:
        raise ValidationError(
            "doc_or_text must be a Document or a str; got "
            f"{type(doc_or_text).__name__} (read a file with read_document(path))"
        )
    rows: list[dict] = []
    tally_id = 0
    markers = _Markers(doc)
    for paragraph in _spans(doc):
        text = doc.text[paragraph.start : paragraph.end]
        is_footnote = paragraph.kind == "footnote"
        for tally in _find_in_paragraph(text, adoption=not is_footnote):
            if is_footnote and tally.kind == "vote" and not tally.parts:
                continue
            if tally.kind != "vote" and any(
                paragraph.start + part.start in markers.by_start for part in tally.parts
            ):
                continue  # a footnote marker read as a count: "(1991), 92 expressed"
            extra: list[dict] = []
            if tally.kind == "vote" and not is_footnote:
                number = markers.after(paragraph.start + tally.end)
                if number is not None:
                    extra = _attach_footnote(doc, markers, tally, number)
            if not tally.parts and rows and _repeats(doc.text, rows[-1], paragraph.start, tally):
                continue  # the same adoption line printed twice in a row
            tally_rows = _rows_for(tally, tally_id, int(paragraph.paragraph), paragraph.start, text)
            if extra and not tally.parts:
                # The footnote gives parts to an outcome-only line: it is no longer one.
                tally_rows = []
            template = {k: v for k, v in _rows_for(tally, tally_id, 0, 0, text)[0].items()}
            for row in extra:
                tally_rows.append({**template, **row, "unit": "count"})
            rows.extend(tally_rows)
            tally_id += 1
    return _frame(rows)
