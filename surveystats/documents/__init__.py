"""Read UN document texts into a structured :class:`Document`.

The reading pipeline is: bytes → text (:mod:`.decoding`) → text without page furniture
(:mod:`.furniture`) → paragraphs and their kinds (:mod:`.paragraphs`) → footnotes and
markers (:mod:`.footnotes`) → metadata (:mod:`.metadata`). Only :func:`read_document`
touches the disk.

Examples
--------
>>> from surveystats.documents import example_path, read_document
>>> doc = read_document(example_path())
>>> doc.symbol, doc.adopted
('A/RES/56/203', datetime.date(2001, 12, 21))
>>> int((doc.paragraphs["kind"] == "operative").sum())
12
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from surveystats import schema
from surveystats.documents.decoding import decode_bytes, normalise_text
from surveystats.documents.files import read_regular_file
from surveystats.documents.footnotes import find_footnotes
from surveystats.documents.furniture import strip_furniture
from surveystats.documents.metadata import METADATA_FIELDS, read_metadata
from surveystats.documents.paragraphs import (
    assign_kinds,
    is_closing_line,
    looks_like_resolution,
    split_paragraphs,
)
from surveystats.errors import DocumentError

__all__ = [
    "FOOTNOTE_COLUMNS",
    "FURNITURE_COLUMNS",
    "MARKER_COLUMNS",
    "PARAGRAPH_COLUMNS",
    "PARAGRAPH_KINDS",
    "Document",
    "decode_bytes",
    "example_path",
    "is_document",
    "parse_document",
    "read_document",
]

# The tables' columns and dtypes are declared once, in surveystats.schema.
PARAGRAPH_KINDS = schema.PARAGRAPH_KINDS
FURNITURE_COLUMNS = {c.name: c.dtype for c in schema.FURNITURE.columns}
PARAGRAPH_COLUMNS = {c.name: c.dtype for c in schema.PARAGRAPHS.columns}
FOOTNOTE_COLUMNS = {c.name: c.dtype for c in schema.FOOTNOTES.columns}
MARKER_COLUMNS = {c.name: c.dtype for c in schema.FOOTNOTE_MARKERS.columns}
EXAMPLE_NAME = "A_RES_56_203.txt"


def _frame(rows: Sequence[tuple[Any, ...]], name: str) -> pd.DataFrame:
    """A table of :mod:`surveystats.schema` from its rows, also when there are none."""
    names = schema.table(name).names
    values = list(zip(*rows, strict=True)) if rows else [()] * len(names)
    return schema.build_table(name, dict(zip(names, values, strict=True)))


@dataclass(frozen=True, eq=False)
class Document:
    """A UN document read into text, paragraphs, footnotes and metadata.

    Attributes
    ----------
    name
        A short name (the file name, or the ``name`` given to :func:`parse_document`).
    source
        The path the document was read from; None for parsed strings.
    text
        The text with page furniture removed and ``"\\n"`` line endings. Every offset in
        ``paragraphs``, ``footnotes`` and ``footnote_markers`` indexes into it.
    encoding
        The codec used to decode the file ("utf-8", "utf-8-sig", "utf-16-le", "cp1252",
        ...); None for parsed strings.
    original
        The decoded text before furniture was removed (``"\\n"`` line endings); the
        offsets in ``furniture`` index into it.
    furniture
        What was removed, one row per piece: ``kind`` (marker, ods_field, masthead,
        separator, page_number, barcode, job_number, running_head, page_break), ``raw``
        (the removed characters), ``start`` and ``end`` (offsets into ``original``, so
        ``original[start:end] == raw``).
    paragraphs
        One row per paragraph: ``paragraph`` (0-based id, int), ``kind`` (heading,
        preamble, operative, closing, footnote or other), ``number`` (the operative
        paragraph's or footnote's number, Int64, missing otherwise), ``start`` and
        ``end`` (offsets into ``text``) and ``text`` (``text[start:end]``).
    footnotes
        One row per footnote: ``number`` (int), ``paragraph`` (the footnote's paragraph
        id), ``start`` and ``end`` (offsets of its text, without the number) and ``text``.
    footnote_markers
        One row per marker in the body: ``paragraph`` (where the marker is), ``start``
        and ``end`` (offsets of the marker digits into ``text``), ``raw`` (the digits)
        and ``footnote`` (the number of the footnote it points to).
    symbol, job_number, body, session, agenda_item, distribution, distributed
        Metadata (see below).
    resolution, title, committee, committee_report, adopted, meeting, year
        Metadata, None when the document does not print it: document symbol
        ("A/RES/56/203"), job number ("N0149309E"), body ("General Assembly",
        "Security Council"), session (int), agenda item (str), distribution ("General"),
        date of distribution (date), resolution number ("56/203", "338"), title,
        committee ("Second Committee") and its report ("A/56/563"), adoption date
        (date), meeting number (int) and year (int: the year in "Resolution 338 (1973)",
        else the year of adoption).
    """

    name: str | None
    source: str | None
    text: str
    encoding: str | None
    original: str
    # rows behind the tables; the DataFrames are built on first use (cheap batch reads)
    _furniture_rows: tuple[tuple[Any, ...], ...] = field(default=(), repr=False)
    _paragraph_rows: tuple[tuple[Any, ...], ...] = field(default=(), repr=False)
    _footnote_rows: tuple[tuple[Any, ...], ...] = field(default=(), repr=False)
    _marker_rows: tuple[tuple[Any, ...], ...] = field(default=(), repr=False)
    symbol: str | None = None
    job_number: str | None = None
    body: str | None = None
    session: int | None = None
    agenda_item: str | None = None
    distribution: str | None = None
    distributed: dt.date | None = None
    resolution: str | None = None
    title: str | None = None
    committee: str | None = None
    committee_report: str | None = None
    adopted: dt.date | None = None
    meeting: int | None = None
    year: int | None = None

    @property
    def metadata(self) -> dict[str, Any]:
        """The metadata attributes as a dict, in a fixed order (None when absent)."""
        return {name: getattr(self, name) for name in METADATA_FIELDS}

    @cached_property
    def furniture(self) -> pd.DataFrame:
        """The removed furniture (see the class docstring for the columns)."""
        return _frame(self._furniture_rows, "furniture")

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """The paragraphs (see the class docstring for the columns)."""
        return _frame(self._paragraph_rows, "paragraphs")

    @cached_property
    def footnotes(self) -> pd.DataFrame:
        """The footnotes (see the class docstring for the columns)."""
        return _frame(self._footnote_rows, "footnotes")

    @cached_property
    def footnote_markers(self) -> pd.DataFrame:
        """The footnote markers in the body (see the class docstring for the columns)."""
        return _frame(self._marker_rows, "footnote_markers")

    def paragraph_records(self) -> tuple[tuple[Any, ...], ...]:
        """The rows of :attr:`paragraphs` as plain tuples, in its column order.

        Extraction loops over every paragraph of many small documents; reading tuples
        avoids building and indexing a DataFrame for each of them.
        """
        return self._paragraph_rows

    def marker_records(self) -> tuple[tuple[Any, ...], ...]:
        """The rows of :attr:`footnote_markers` as plain tuples, in its column order."""
        return self._marker_rows

    def footnote_records(self) -> tuple[tuple[Any, ...], ...]:
        """The rows of :attr:`footnotes` as plain tuples, in its column order."""
        return self._footnote_rows

    def __repr__(self) -> str:
        label = self.symbol or self.name or "document"
        return (
            f"<Document {label}: {len(self._paragraph_rows)} paragraphs, "
            f"{len(self._footnote_rows)} footnotes, {len(self.text)} characters>"
        )


def is_document(obj: object) -> bool:
    """Whether ``obj`` is a :class:`Document` or reads like one (``text``, ``paragraphs``).

    The class is checked first: ``hasattr(doc, "paragraphs")`` on a Document would build
    its paragraph table just to answer.

    Examples
    --------
    >>> is_document(parse_document("One line.")), is_document("One line.")
    (True, False)
    """
    return isinstance(obj, Document) or (hasattr(obj, "text") and hasattr(obj, "paragraphs"))


def example_path() -> Path:
    """The bundled example document: the ODS text export of resolution A/RES/56/203.

    Returns
    -------
    pathlib.Path
        Path of ``A_RES_56_203.txt`` inside the installed package.

    Examples
    --------
    >>> example_path().name
    'A_RES_56_203.txt'
    """
    resource = importlib.resources.files("surveystats").joinpath("data", EXAMPLE_NAME)
    return Path(str(resource))


def read_document(path: str | PathLike[str]) -> Document:
    """Read a text file into a :class:`Document`.

    Parameters
    ----------
    path
        The file: UTF-8 (with or without BOM), UTF-16 or UTF-32 (with or without BOM),
        or Windows-1252.

    Returns
    -------
    Document
        The parsed document; ``name`` is the file name, ``source`` the path.

    Raises
    ------
    DocumentError
        When the file is missing, cannot be looked up (a name too long for the file
        system, a NUL character), is not a regular file (a directory, a FIFO, a
        device such as ``/dev/zero``, a socket: reading those could block or never
        end), is unreadable, empty or whitespace only, binary (PDF, image, archive,
        NUL bytes, mostly control characters), or holds nothing but page furniture
        (ODS markers, a page number). The message starts with the path. When given
        text instead of a path (a string with a line break), the message says so and
        shows its beginning.

    Examples
    --------
    >>> doc = read_document(example_path())
    >>> doc.encoding, doc.resolution
    ('utf-8', '56/203')
    """
    if not isinstance(path, (str, PathLike)):
        raise DocumentError(
            f"path must be a file path (str or os.PathLike); got {type(path).__name__} "
            "(use parse_document for text already in memory)"
        )
    if isinstance(path, str) and "\n" in path:
        raise DocumentError(
            f"path must be a file path; got text of {len(path):,} characters beginning "
            f"{path.lstrip()[:40]!r} (use parse_document for text already in memory)"
        )
    file = Path(path)
    data = read_regular_file(file)
    text, encoding = decode_bytes(data, source=file)
    return _build(text, name=file.name, source=str(file), encoding=encoding)


def parse_document(text: str, *, name: str | None = None) -> Document:
    """Parse text already in memory into a :class:`Document`.

    Parameters
    ----------
    text
        The document's text; CRLF/CR line endings and a leading BOM are normalised.
    name
        A name for the document, used in error messages and ``Document.name``.

    Returns
    -------
    Document
        The parsed document (``source`` and ``encoding`` are None).

    Raises
    ------
    DocumentError
        When ``text`` is not a str, is empty or whitespace only, or holds nothing but
        page furniture (ODS markers, a page number).

    Examples
    --------
    >>> doc = parse_document("Resolution 1 (1946)\\nof 25 January 1946\\n\\nThe Security "
    ...                      "Council,\\n\\n1. Decides to meet.\\n\\nAdopted at the 2nd meeting.")
    >>> doc.body, doc.resolution, doc.year, doc.adopted, doc.meeting
    ('Security Council', '1', 1946, datetime.date(1946, 1, 25), 2)
    """
    label = name or "<text>"
    if not isinstance(text, str):
        raise DocumentError(
            f"text must be a str; got {type(text).__name__} "
            "(decode bytes first, or use read_document for a file)",
            source=label,
        )
    text = normalise_text(text)
    if not text.strip():
        raise DocumentError(
            "the document is empty (no text, or whitespace only); give some text", source=label
        )
    return _build(text, name=name, source=None, encoding=None)


def _build(
    original: str, *, name: str | None, source: str | None, encoding: str | None
) -> Document:
    stripped = strip_furniture(original)
    text = stripped.text
    if not text.strip():
        kinds = ", ".join(sorted({row[0] for row in stripped.rows}))
        raise DocumentError(
            "no text left after removing page furniture (ODS markers, page numbers); "
            f"the document holds only {kinds or 'furniture'}; give the document's text",
            source=source or name or "<text>",
        )
    spans = split_paragraphs(text)
    bounds = [(p.start, p.end) for p in spans]
    resolution_like = looks_like_resolution(text, spans)
    closing = [is_closing_line(text, start, end) for start, end in bounds]
    footnotes, markers = find_footnotes(text, bounds, closing)
    for footnote in footnotes:
        spans[footnote.paragraph].kind = "footnote"
        spans[footnote.paragraph].number = footnote.number
    assign_kinds(text, spans, resolution_like=resolution_like, closing=closing)
    meta = read_metadata(text, [(p.kind, p.start, p.end) for p in spans], stripped.fields)

    paragraph_rows = tuple(
        (
            index,
            p.kind,
            pd.NA if p.number is None else p.number,
            p.start,
            p.end,
            text[p.start : p.end],
        )
        for index, p in enumerate(spans)
    )
    return Document(
        name=name,
        source=source,
        text=text,
        encoding=encoding,
        original=original,
        _furniture_rows=tuple(stripped.rows),
        _paragraph_rows=paragraph_rows,
        _footnote_rows=tuple(
            (f.number, f.paragraph, f.start, f.end, text[f.start : f.end]) for f in footnotes
        ),
        _marker_rows=tuple((m.paragraph, m.start, m.end, m.raw, m.footnote) for m in markers),
        **meta,
    )
