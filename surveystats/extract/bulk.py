"""What the extraction functions accept: a document, a text, a file, or many texts at once.

:func:`extract_numbers` and :func:`extract_tallies` are the public entry points. They route
their input to the single-document readers of :mod:`surveystats.extract.numbers` and
:mod:`surveystats.extract.tallies`:

* a :class:`~surveystats.documents.Document` is read as it is;
* a ``str`` is a text, parsed with :func:`~surveystats.documents.parse_document`; a string
  that is nothing but the path of an existing file is refused, since it is far more likely
  a file meant to be read than a text about a file name;
* a path-like object (:class:`pathlib.Path`, any ``os.PathLike``) is a file, read with
  :func:`~surveystats.documents.read_document`;
* a :class:`pandas.Series`, ``list``, ``tuple`` or one-dimensional array holds many of the
  above: the facts of all of them come in one table whose first column, ``row``, is the
  Series index label (or the list position) of the text each fact came from.

Many texts are read one by one with the same functions as one text, so each gives exactly
the rows it would give alone; only the table is built once for all of them, because
building a table costs more than reading a sentence, and a text that comes again (a
repeated answer) is read once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from surveystats import schema
from surveystats.documents import is_document, read_document
from surveystats.errors import ExtractionError, SurveyStatsError

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.documents import Document

__all__ = ["extract_numbers", "extract_tallies"]

_MANY = (pd.Series, list, tuple, np.ndarray)
_LONGEST_PATH = 4096  # longer strings are never taken for a file name


def _with_columns(table: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """List the columns of ``table``, from the schema, where the docstring announces them.

    The announcement is the line ending in "no rows):"; the list is built from
    :mod:`surveystats.schema`, so the docstring cannot drift from the table.
    """

    def insert(function: Callable[..., Any]) -> Callable[..., Any]:
        lines = (function.__doc__ or "").splitlines()
        at = next(i for i, line in enumerate(lines) if line.endswith("no rows):"))
        indent = " " * (len(lines[at]) - len(lines[at].lstrip()))
        listed = [""] + [
            f"{indent}- ``{column.name}`` ({column.dtype}): {column.meaning}"
            + (f" (levels: {', '.join(column.levels)})" if column.levels else "")
            for column in schema.table(table).columns
        ]
        function.__doc__ = "\n".join([*lines[: at + 1], *listed, *lines[at + 1 :]])
        return function

    return insert


@_with_columns("numbers")
def extract_numbers(source: Any) -> pd.DataFrame:
    """Every structured number in a document, or in many texts, one row per mention.

    Parameters
    ----------
    source
        What to read: a :class:`~surveystats.documents.Document`; a ``str`` holding a
        text (parsed with :func:`~surveystats.documents.parse_document`, so page furniture
        and the ODS header are removed and footnote markers are known); a path-like object
        (``pathlib.Path``) naming a file to read; or many of these as a
        :class:`pandas.Series`, ``list``, ``tuple`` or one-dimensional array (a column of
        a DataFrame, say). Missing entries of many (``None``, ``NaN``) have no rows.

    Returns
    -------
    pandas.DataFrame
        One row per mention, in order of position, with these columns (declared in
        :data:`surveystats.schema.NUMBERS`; the same, typed, when there are no rows):

        For many texts, the same columns after a first column ``row``: the Series index
        label (or the position in the list) of the text the mention is in, typed as
        pandas infers from the labels (Int64 for positions); ``start`` and ``end`` are
        offsets into that text's own ``Document.text``.

    Raises
    ------
    ExtractionError
        When ``source`` (or an entry of many) is none of the above, or is a string that
        is nothing but the path of an existing file (read it with
        :func:`~surveystats.documents.read_document`, or pass a ``pathlib.Path``); for
        many texts the message names the row.
    DocumentError
        When a file cannot be read, or a text is empty; for many texts, as an
        ExtractionError naming the row.

    Notes
    -----
    The numbers of one document are found by
    :func:`surveystats.extract.numbers.extract_numbers`, whose notes say which numbers are
    reported and how.

    Examples
    --------
    >>> table = extract_numbers("Forty-seven replied, 41 per cent of the membership.")
    >>> table[["raw", "kind", "value"]].values.tolist()
    [['Forty-seven', 'count', 47.0], ['41 per cent', 'percent', 41.0]]
    >>> answers = pd.Series(["Two of us agreed.", None, "We met 3 times."], index=[10, 11, 12])
    >>> extract_numbers(answers)[["row", "raw", "kind"]].values.tolist()
    [[10, 'Two', 'count'], [12, '3', 'count']]
    """
    from surveystats.extract import numbers

    return _extract(source, "numbers", "extract_numbers", numbers.extract_numbers,
                    numbers.number_columns)  # fmt: skip


@_with_columns("tallies")
def extract_tallies(source: Any) -> pd.DataFrame:
    """The tallies of a document, or of many texts: votes, survey splits and breakdowns.

    Parameters
    ----------
    source
        A :class:`~surveystats.documents.Document`, a text (``str``), a file
        (``pathlib.Path``) or many of these, as for :func:`extract_numbers`.

    Returns
    -------
    pandas.DataFrame
        One row per category of each tally (an outcome-only vote has one row with no
        category), in document order, with these columns (declared in
        :data:`surveystats.schema.TALLIES`; the same, typed, when there are no rows):

        For many texts, the same columns after a first column ``row`` naming the text,
        as for :func:`extract_numbers`; ``tally`` ids start again from 0 in each text, so
        ``row`` and ``tally`` together name a tally.

    Raises
    ------
    ExtractionError
        As for :func:`extract_numbers`.
    DocumentError
        As for :func:`extract_numbers`.

    Notes
    -----
    The tallies of one document are found by
    :func:`surveystats.extract.tallies.extract_tallies`, whose notes give the grammar.

    Examples
    --------
    >>> replies = ["Adopted by 10 votes to 3.", "Of 40 replies, 30 were in favour."]
    >>> extract_tallies(replies)[["row", "kind", "role", "count"]].values.tolist()[:2]
    [[0, 'vote', 'in_favour', 10], [0, 'vote', 'against', 3]]
    """
    from surveystats.extract import tallies

    return _extract(source, "tallies", "extract_tallies", tallies.extract_tallies,
                    tallies.tally_columns)  # fmt: skip


def _extract(
    source: Any,
    table: str,
    function: str,
    single: Callable[[Any], pd.DataFrame],
    columns_of: Callable[[Any], dict[str, list[Any]]],
) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame):
        raise ExtractionError(
            f"{function} takes one column of texts, not a DataFrame; give the column: "
            f"{function}(frame['text'])"
        )
    if isinstance(source, _MANY):
        if isinstance(source, np.ndarray) and source.ndim != 1:
            raise ExtractionError(
                f"{function}: an array of texts must have one dimension; got shape {source.shape}"
            )
        labels = source.index if isinstance(source, pd.Series) else range(len(source))
        return _many(list(source), labels, table, function, columns_of)
    return single(_readable(source, function))


def _readable(item: Any, function: str) -> Document | str:
    """One input as the single-document readers take it: a Document or a text."""
    if isinstance(item, str):
        if _is_file_name(item):
            name = item.strip()
            raise ExtractionError(
                f"{function} was given {name!r}, which is the path of a file, as text; "
                f"read the file with surveystats.read_document({name!r}) and pass the "
                "Document (or pass pathlib.Path(...)). To read the name itself as a text, "
                "pass parse_document(text)"
            )
        return item
    if is_document(item):
        return item
    if isinstance(item, os.PathLike):
        return read_document(item)
    raise ExtractionError(
        f"{function} needs a Document, a str, a path (pathlib.Path) or many of these as "
        f"a pandas Series or a list; got {type(item).__name__}"
    )


def _is_file_name(text: str) -> bool:
    """Whether a string is nothing but the name of an existing file."""
    name = text.strip()
    if not name or len(name) > _LONGEST_PATH or "\n" in name:
        return False
    return os.path.isfile(name)  # False for names the system cannot even look up


def _many(
    items: list[Any],
    labels: Sequence[Any] | pd.Index,
    table: str,
    function: str,
    columns_of: Callable[[Any], dict[str, list[Any]]],
) -> pd.DataFrame:
    """One table of the facts of many inputs, with the label of each fact's input first."""
    columns: dict[str, list[Any]] = {name: [] for name in schema.table(table).names}
    rows: list[Any] = []
    # A text repeated in a column is read once: where its rows start and how many there
    # are. Keeping each text's own columns alive instead made the garbage collector walk
    # tens of thousands of lists again and again (a sixth of the time for short texts).
    seen: dict[str, tuple[int, int]] = {}
    for label, item in zip(labels, items, strict=True):
        if not isinstance(item, str) and schema.is_missing(item):
            continue
        where = seen.get(item) if isinstance(item, str) else None
        if where is not None:
            first, n = where
            rows.extend([label] * n)
            for values in columns.values():
                values.extend(values[first : first + n])
            continue
        try:
            found = columns_of(_readable(item, function))
        except SurveyStatsError as error:
            raise ExtractionError(f"{function}: row {label!r}: {error}") from error
        n = max(map(len, found.values()), default=0)
        if isinstance(item, str):
            seen[item] = (len(rows), n)
        if not n:
            continue
        rows.extend([label] * n)
        for name, values in columns.items():
            given = found.get(name)
            values.extend([None] * n if given is None else given)
    result = schema.build_table(table, columns)
    result.insert(0, "row", _labels(rows, labels))
    return result


def _labels(rows: list[Any], labels: Sequence[Any] | pd.Index) -> Any:
    """The ``row`` column: labels as pandas types them (nullable), the same when empty."""
    every = np.empty(len(labels), dtype=object)
    every[:] = list(labels)
    dtype = pd.array(every).dtype if len(every) else pd.Int64Dtype()
    found = np.empty(len(rows), dtype=object)
    found[:] = rows
    return pd.array(found, dtype=dtype)
