"""Tallies: the counts that split a group, as one tidy table with exact provenance.

The grammars live in :mod:`~surveystats.extract.tally_votes` (recorded votes and adoption
outcomes) and :mod:`~surveystats.extract.tally_surveys` (survey splits and percentage
breakdowns); they read one paragraph string at a time. This module runs them over the
paragraphs of a :class:`~surveystats.documents.Document`, attaches footnotes that a vote's
marker points to ("27 One member (China) did not participate in the voting."), and builds
the table whose columns are fixed once, in :data:`TALLY_COLUMNS`.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from surveystats import schema
from surveystats.errors import ValidationError
from surveystats.extract.roles import role_of
from surveystats.extract.tally_parts import Part, Tally
from surveystats.extract.tally_surveys import find_breakdowns, find_surveys
from surveystats.extract.tally_votes import (
    find_adoption_outcome,
    find_votes,
    read_vote_statement,
)

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.documents import Document

__all__ = ["TALLY_COLUMNS", "extract_tallies", "tallies_in_text", "tally_columns"]

#: Column name -> dtype of the tallies table, as declared in :mod:`surveystats.schema`.
TALLY_COLUMNS: dict[str, str] = {c.name: c.dtype for c in schema.TALLIES.columns}
# Notes the grammars attach to a tally or part, and the boolean column each one sets.
_FLAG_COLUMNS = {
    "ocr_corrected": "ocr_corrected",
    "members_do_not_match_count": "members_mismatch",
    "from_footnote": "from_footnote",
    "unreadable": "unreadable",
}
_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")


def _rows_for(tally: Tally, tally_id: int, paragraph: int, offset: int, text: str) -> list[dict]:
    """One row per part (or one outcome row) with offsets shifted into the document."""
    start, end = offset + tally.start, offset + tally.end
    base = {
        "tally": tally_id,
        "kind": tally.kind,
        "subject": tally.subject,
        "total": tally.total,
        "qualifier": tally.qualifier,
        "outcome": tally.outcome,
        "paragraph": paragraph,
        "start": start,
        "end": end,
        "raw": text[tally.start : tally.end],
    }
    if not tally.parts:
        return [{**base, **_flag_values(tally.flags)}]
    rows = []
    for part in tally.parts:
        row = {**base, **_part_values(part, tally.unit, text), **_flag_values(tally.flags)}
        row.update({k: True for k, v in _flag_values(part.flags).items() if v})
        rows.append(row)
    return rows


def _part_values(part: Part, unit: str, text: str) -> dict[str, Any]:
    """The columns one part fills: category, role, count or percent, members."""
    values: dict[str, Any] = {
        "category": part.category,
        "role": role_of(part.category),
        "unit": unit,
        "members": "; ".join(part.members) or None,
    }
    if unit == "percent":
        digits = _DECIMALS.search(text, part.start)
        values["percent"] = part.count
        values["decimals"] = len(digits.group(1) or "") if digits else None
    else:
        values["count"] = part.count
    return values


def _flag_values(flags: list[str]) -> dict[str, bool]:
    return {column: flag in flags for flag, column in _FLAG_COLUMNS.items()}


def _frame(rows: list[dict]) -> pd.DataFrame:
    """Build the table column by column with the dtypes declared in the schema."""
    if not rows:  # most paragraphs of most documents
        return schema.empty_table("tallies")
    return schema.build_table(schema.TALLIES, _columns(rows))


def _columns(rows: list[dict]) -> dict[str, list[Any]]:
    return {name: [row.get(name) for row in rows] for name in schema.TALLIES.names}


_SURROGATE = re.compile("[\ud800-\udfff]")  # not Unicode text: Arrow cannot hold them
_ADOPTION_WORD = re.compile(r"Ad[ao]pted\b|Approved\b")
_ADOPTION_INDENT = 20  # blanks allowed before the word, as in find_adoption_outcome
# More than find_adoption_outcome reads from the start of a line: its pattern takes at
# most 631 characters (20 blanks, the verb and three lines of 200) and it looks at the
# character after them. Slicing the rest of a paragraph for every adoption line instead
# made a paragraph of adoption lines quadratic.
_ADOPTION_REACH = 1_000


def _adoption_lines(text: str) -> list[int]:
    """Where the lines that open with "Adopted" or "Approved" start (after <= 20 blanks).

    The word is searched for first: a pattern starting with a multi-line ``^`` would be
    tried at every position of the text. The line start is looked for only among the
    21 characters before the word: in a long line full of "Adopted", looking back to
    the start of the line for each of them would be quadratic.
    """
    starts = []
    for word in _ADOPTION_WORD.finditer(text):
        reach = max(0, word.start() - _ADOPTION_INDENT - 1)
        newline = text.rfind("\n", reach, word.start())
        if newline < 0 and reach > 0:
            continue  # more than 20 characters before the word on its line
        indent = text[newline + 1 : word.start()]
        if len(indent) <= _ADOPTION_INDENT and not indent.strip(" \t"):
            starts.append(newline + 1)
    return starts


def _find_in_paragraph(text: str, *, adoption: bool = True) -> list[Tally]:
    """All tallies of one paragraph string, in order, without overlaps."""
    votes = find_votes(text)
    found = votes + find_surveys(text) + find_breakdowns(text)
    if adoption:
        vote_starts = [vote.start for vote in votes]  # in text order
        for line in _adoption_lines(text):
            outcome = find_adoption_outcome(text[line : line + _ADOPTION_REACH])
            if outcome is None:
                continue
            line_start, line_end = line + outcome.start, line + outcome.end
            # A vote on the adoption line carries the outcome; otherwise the line is
            # an outcome row of its own.
            first = bisect.bisect_left(vote_starts, line_start)
            if first < len(votes) and votes[first].start <= line_end + 3:
                votes[first].outcome = "adopted"
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
        If ``text`` is not a string, or holds a lone surrogate (U+D800 to U+DFFF),
        which no table can hold; ``parse_document`` replaces them.

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
    surrogate = None if text.isascii() else _SURROGATE.search(text)
    if surrogate is not None:
        raise ValidationError(
            f"text must be Unicode text; got a lone surrogate {surrogate[0]!r} at position "
            f"{surrogate.start()} (decode with errors='replace', or read the text with "
            "parse_document, which replaces them)"
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
        tally.outcome = outcome  # "adopted in parts": more than the adoption line says
    rows = []
    for part in parts:
        start, end = offset + part.start, offset + part.end
        rows.append(
            {
                **_part_values(part, "count", doc.text),
                **_flag_values([*part.flags, "from_footnote"]),
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
        category), in document order, with the columns declared in
        :data:`surveystats.schema.TALLIES` (the same, typed, when there are no rows):

        - ``tally`` (int64): id of the tally within the document; its rows share it.
        - ``kind`` (category): ``vote``, ``survey`` (counts that split a group) or
          ``breakdown`` (percentages that split a group).
        - ``subject`` (string): who was counted, as written ("respondents").
        - ``category`` (string): the label: "in favour", "against", "abstentions",
          "not participating", "absent", "partially in favour", a survey clause's
          predicate; missing on an outcome-only row.
        - ``role`` (category): what the category does: ``in_favour``, ``against``,
          ``abstaining``, ``not_participating``, ``absent`` or ``other``
          (:func:`surveystats.extract.roles.role_of`).
        - ``count`` (Int64): the count (0 for "none"); never invented; missing for
          percentages and outcome-only rows.
        - ``percent`` (Float64) and ``decimals`` (Int64): a breakdown's per cent as stated.
        - ``unit`` (category): ``count`` or ``percent``.
        - ``counted`` (string), ``counted_inherited`` (boolean): the noun the category
          counts, and whether it was taken from an earlier item (elided).
        - ``base`` (string): what a percentage is a share of.
        - ``total`` (Int64): a stated total ("Of the 112 Governments that replied").
        - ``qualifier`` (category): ``approximately``, ``more_than``, ``at_least``,
          ``less_than`` or ``at_most`` when the text qualifies the figures.
        - ``members`` (string): states named for this category, "; "-joined.
        - ``outcome`` (string): for the adoption line of a resolution: "adopted",
          "adopted unanimously", "adopted without a vote", "adopted by consensus",
          "adopted in parts" (no vote on the text as a whole).
        - ``ocr_corrected`` (boolean): a count, word or name was read through OCR noise.
        - ``unreadable`` (boolean): a count was garbled and is not read.
        - ``members_mismatch`` (boolean): the states named are not as many as the count.
        - ``from_footnote`` (boolean): the row was read from the footnote the vote's
          marker points to.
        - ``paragraph``, ``start``, ``end`` (int64): paragraph and character offsets
          into ``Document.text``.
        - ``raw`` (string): ``Document.text[start:end]``: the tally phrase, or the
          footnote sentence for rows read from a footnote.

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
    return _frame(_tally_rows(doc_or_text))


def tally_columns(doc_or_text: Document | str) -> dict[str, list[Any]]:
    """:func:`extract_tallies` as plain lists, one per column, before the table is built.

    :mod:`surveystats.extract.bulk` builds one table for many texts from these.
    """
    return _columns(_tally_rows(doc_or_text))


def _tally_rows(doc_or_text: Document | str) -> list[dict]:
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
            template = _rows_for(tally, tally_id, 0, 0, text)[0]
            for row in extra:
                tally_rows.append({**template, **row})
            rows.extend(tally_rows)
            tally_id += 1
    return rows
