"""The model of a report: what it says, as data, before any format is chosen.

A :class:`Report` is a title, metadata and a sequence of :class:`Section` objects, each
holding paragraphs, :class:`DisplayTable` objects (cells already written as text),
:class:`Figure` objects (the name of a chart in :mod:`surveystats.charts` and the table
it draws) and notes. The builders (:mod:`surveystats.report.document` for one document,
:mod:`surveystats.report.corpus` for many) fill it from an analysis; the renderers
(:mod:`~surveystats.report.markdown`, :mod:`~surveystats.report.html`,
:mod:`~surveystats.report.pdf` and :mod:`~surveystats.report.figures`) lay it out. The
model holds no code and no markup: text is plain, tables are data.

:func:`report_dict` gives the model as JSON-ready data (the snapshot the tests compare).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from surveystats.schema import is_missing

__all__ = ["DisplayTable", "Figure", "Report", "Section", "report_dict"]

# A cell that shows a number, a range of numbers or nothing ("47", "60.3", "2.8–14.1", "–").
_NUMERIC_CELL = re.compile(r"[–-]?\d[\d,.]*%?(?:–[–-]?\d[\d,.]*%?)?|–")


@dataclass(frozen=True)
class DisplayTable:
    """A table as the reader sees it.

    Attributes
    ----------
    caption : str
        What the table shows.
    frame : pandas.DataFrame
        The cells, all as text, in display order; the column names are the headers.
    marks : tuple of str
        One entry per row: "" for an ordinary row, or a word saying why the row is marked
        ("inconsistent"); renderers make marked rows stand out.
    data : str
        The name of the data table (``Report.data``) holding the same numbers in full
        precision, "" when none.
    """

    caption: str
    frame: pd.DataFrame
    marks: tuple[str, ...] = ()
    data: str = ""

    @property
    def numeric(self) -> list[bool]:
        """For each column, whether every cell is a number or a range (set right-aligned).

        Examples
        --------
        >>> table = DisplayTable("", pd.DataFrame({"Category": ["yes"], "Share": ["2.8–14.1"]}))
        >>> table.numeric
        [False, True]
        """
        return [
            bool(len(self.frame))
            and all(_NUMERIC_CELL.fullmatch(str(cell)) for cell in self.frame[column])
            for column in self.frame.columns
        ]


@dataclass(frozen=True)
class Figure:
    """A chart: which one, the table it draws, and where its numbers came from.

    Attributes
    ----------
    name : str
        The file stem of the chart ("01_tally_0"), unique within the report.
    chart : str
        The chart's name in :data:`surveystats.report.figures.CHARTS` ("tally").
    data : pandas.DataFrame
        The table the chart draws (a slice of an analysis table).
    caption : str
        What the figure shows, in a sentence.
    quote : str
        The sentence of the document the figure's numbers were read from ("" when the
        figure is not from one sentence).
    options : Mapping
        Keyword arguments of the chart function (``source``, ``date``, ...): text,
        numbers, dates or tables.
    """

    name: str
    chart: str
    data: pd.DataFrame
    caption: str
    quote: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    """A headed part of a report: paragraphs, then tables, figures and notes."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[DisplayTable, ...] = ()
    figures: tuple[Figure, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Report:
    """A whole report.

    Attributes
    ----------
    title, subtitle : str
        The title ("Numbers in A/RES/56/203") and the document's own title ("" if none).
    metadata : tuple of (str, str)
        (label, value) pairs shown under the title.
    sections : tuple of Section
        The body, in reading order.
    data : Mapping of str to pandas.DataFrame
        The full tables behind the report, written as ``tables/<name>.csv``.
    footer : str
        A line for the foot of printed pages.
    schemas : Mapping of str to str
        For a data table whose name is not that of the table of
        :mod:`surveystats.schema` it follows, that table's name ("votes_by_year":
        "vote_splits"); the columns are written with their declared types.
    """

    title: str
    subtitle: str
    metadata: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    data: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    footer: str = ""
    schemas: Mapping[str, str] = field(default_factory=dict)

    @property
    def figures(self) -> list[Figure]:
        """Every figure, in reading order."""
        return [figure for section in self.sections for figure in section.figures]


def report_dict(report: Report) -> dict[str, Any]:
    """The model as JSON-ready data: text, display tables and figure data in full.

    The data tables are summarised by their columns and row count (they are written as
    CSV files of their own). Floats keep 12 significant digits, dates are ISO strings and
    missing values are None, so the dump is the same on every platform.

    Examples
    --------
    >>> report = Report("Numbers in X", "", (("Symbol", "X"),), (Section("Summary", ("Hi.",)),))
    >>> report_dict(report)["sections"][0]["paragraphs"]
    ['Hi.']
    """
    return {
        "title": report.title,
        "subtitle": report.subtitle,
        "metadata": [list(pair) for pair in report.metadata],
        "sections": [
            {
                "heading": section.heading,
                "paragraphs": list(section.paragraphs),
                "tables": [
                    {
                        "caption": table.caption,
                        **_frame_dict(table.frame),
                        "marks": list(table.marks),
                        "data": table.data,
                    }
                    for table in section.tables
                ],
                "figures": [
                    {
                        "name": figure.name,
                        "chart": figure.chart,
                        "caption": figure.caption,
                        "quote": figure.quote,
                        "options": {key: _value(v) for key, v in sorted(figure.options.items())},
                        "data": _frame_dict(figure.data),
                    }
                    for figure in section.figures
                ],
                "notes": [list(note) for note in section.notes],
            }
            for section in report.sections
        ],
        "data": {
            name: {"columns": [str(c) for c in frame.columns], "rows": len(frame)}
            for name, frame in report.data.items()
        },
        "footer": report.footer,
    }


def _frame_dict(frame: pd.DataFrame) -> dict[str, Any]:
    return {
        "columns": [str(column) for column in frame.columns],
        "rows": [[_value(v) for v in row] for row in frame.itertuples(index=False)],
    }


def _value(value: Any) -> Any:
    """One value as JSON-ready data (see :func:`report_dict`)."""
    if isinstance(value, pd.DataFrame):
        return _frame_dict(value)
    if is_missing(value):
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        number = float(value)
        return number if math.isinf(number) else float(f"{number:.12g}")
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
