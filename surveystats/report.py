"""The report of one document: PDF, charts as PNG and PDF, Markdown and CSV tables.

:func:`build_report` analyses a document (or takes an :class:`~surveystats.analysis.Analysis`),
builds a neutral model of the report (title, metadata, summary sentences, display tables,
figures with the sentence each one came from, method notes) and renders that model into files:

- ``report.pdf``: the whole report, drawn with Matplotlib (``PdfPages``; text pages with
  ``Figure.text``, tables with ``Axes.table``), so no dependency beyond Matplotlib;
- ``figures/NN_name.png`` (200 dpi) and ``figures/NN_name.pdf``: every chart on its own;
- ``report.md``: the same report in Markdown, linking the PNGs;
- ``tables/*.csv``: the analysis tables (numbers, tallies, shares, checks, votes, membership).

Everything is written into a temporary folder beside ``out_dir`` and moved into place only
when complete, so a failure never leaves half a report and an existing report is replaced
only after success. Output is byte-identical on re-runs: PDF dates are left out, figures are
drawn in a fixed order with fixed settings, and no timestamp is written anywhere.

No statistic is computed here; the sentences only format values read from the tables.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from surveystats.errors import OutputError, ValidationError

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from surveystats.analysis import Analysis
    from surveystats.documents import Document

__all__ = ["FORMATS", "build_report", "membership_split_table", "report_folders", "safe_name"]

#: The output formats :func:`build_report` can write.
FORMATS = ("pdf", "png", "md", "csv")

#: Resolution of the PNG files.
PNG_DPI = 200

# Names a report folder may contain; an existing folder holding anything else is not replaced.
_REPORT_ENTRIES = frozenset({"report.pdf", "report.md", "figures", "tables"})

# Settings that make the output the same on every run and its PDF text extractable.
_RC = {
    "pdf.fonttype": 42,
    "svg.hashsalt": "surveystats",
    "font.family": "DejaVu Sans",
    "axes.unicode_minus": False,
}
_PDF_METADATA = {"CreationDate": None, "ModDate": None, "Creator": "surveystats"}
_A4 = (8.27, 11.69)
_MARGIN = 0.75  # inches

_METHOD_NOTES = (
    (
        "Shares and Wilson intervals",
        "Each share is a category's count divided by the respondents of its tally. Its "
        "interval is the Wilson score interval (Wilson 1927), which keeps within 0 to 100 per "
        "cent and behaves well for small counts and shares near 0 or 100 per cent.",
    ),
    (
        "Simultaneous intervals",
        "The Goodman (1965) intervals hold for all categories of a tally at once, so they are "
        "wider than the Wilson intervals, which each hold for one category.",
    ),
    (
        "Finite population",
        "When the respondents are Member States, they are a part of a known, finite "
        "membership. The exact hypergeometric interval gives the number of members with the "
        "attribute that is compatible with the replies, as if the respondents were a random "
        "sample of the membership.",
    ),
    (
        "Worst-case bounds",
        "The bounds make no assumption about those who did not reply: the lower bound counts "
        "every non-respondent as not having the attribute, the upper bound as having it "
        "(Manski's worst-case bounds). They are the only statement about the whole membership "
        "that does not depend on why members did not reply.",
    ),
    (
        "Rounding rule",
        "A stated percentage is read with its decimals: '41 per cent' is consistent with any "
        "value that rounds to 41, i.e. lies within half a unit of the last stated digit "
        "(from 40.5 to 41.5 per cent), whether the author rounded half up or down. The check "
        "compares the exact fraction with that window, using whole-number arithmetic. The "
        "implied denominators are all totals N for which the numerator over N rounds to the "
        "stated figure.",
    ),
    (
        "Numbering",
        "Tallies, checks and votes are numbered as in the CSV tables (tables/*.csv), "
        "counting from 0, so every figure and sentence can be traced to its row and, through "
        "the columns paragraph, start and end, to the words of the document.",
    ),
    (
        "Membership",
        "Membership counts come from the package's dated table of admissions and departures "
        "(General Assembly) and of the size of the Security Council, on the date named in the "
        "metadata above.",
    ),
)


# --------------------------------------------------------------------------------------
# Public helpers
# --------------------------------------------------------------------------------------


def safe_name(symbol: str | None, *, default: str = "document") -> str:
    """Turn a document symbol into a file or folder name that cannot leave its folder.

    Parameters
    ----------
    symbol
        A document symbol or name, e.g. "A/RES/56/203".
    default
        The name used when nothing usable is left (``symbol`` empty, None, or only
        punctuation such as "..").

    Returns
    -------
    str
        ``symbol`` with every run of characters other than ASCII letters, digits, ".", "-"
        and "_" replaced by "_", without leading or trailing dots, dashes and underscores,
        at most 100 characters; never "." or ".." and never containing "/" or "\\".

    Examples
    --------
    >>> safe_name("A/RES/56/203")
    'A_RES_56_203'
    >>> safe_name("../../etc")
    'etc'
    >>> safe_name("..")
    'document'
    """
    text = "" if symbol is None else str(symbol)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", text)
    name = re.sub(r"\.{2,}", ".", name)
    name = name.strip("._-")[:100].strip("._-")
    if re.fullmatch(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?", name):
        name = f"_{name}"
    return name or default


def report_folders(documents: Sequence[Document], parent: Path) -> list[Path]:
    """One report folder per document inside ``parent``, never two the same.

    Parameters
    ----------
    documents
        The documents to report on, in order.
    parent
        The folder that receives one sub-folder per document.

    Returns
    -------
    list of pathlib.Path
        ``parent / safe_name(symbol)`` (the file name's stem when the document has no
        symbol); a name already taken by an earlier document gets "_2", "_3", ... so
        two documents with the same symbol never overwrite each other's report.

    Examples
    --------
    >>> from surveystats.documents import parse_document
    >>> docs = [parse_document("One.", name="a.txt"), parse_document("Two.", name="a.txt")]
    >>> [folder.name for folder in report_folders(docs, Path("out"))]
    ['a', 'a_2']
    """
    folders: list[Path] = []
    taken: set[str] = set()
    for document in documents:
        stem = Path(document.name).stem if document.name else None
        base = safe_name(document.symbol or stem)
        name, suffix = base, 1
        while name.lower() in taken:
            suffix += 1
            name = f"{base}_{suffix}"
        taken.add(name.lower())
        folders.append(Path(parent) / name)
    return folders


def membership_split_table(
    shares: pd.DataFrame, *, missing_label: str = "no reply"
) -> pd.DataFrame:
    """Shape one tally's shares into the whole membership: each category and the rest.

    Parameters
    ----------
    shares
        The rows of ``Analysis.shares`` for one tally, with ``category``, ``count``,
        ``respondents`` and ``population``.
    missing_label
        The name of the row of members not counted in the tally.

    Returns
    -------
    pandas.DataFrame
        ``category`` (str) and ``count`` (int): the tally's categories in order, then
        ``missing_label`` with population minus respondents. Empty (same columns) when the
        population is unknown or smaller than the respondents.

    Examples
    --------
    >>> shares = pd.DataFrame({"category": ["yes", "no"], "count": [3, 2],
    ...                        "respondents": [5, 5], "population": [9, 9]})
    >>> membership_split_table(shares)["count"].tolist()
    [3, 2, 4]
    """
    empty = pd.DataFrame({"category": pd.Series(dtype=str), "count": pd.Series(dtype=int)})
    if shares.empty:
        return empty
    population = shares["population"].iloc[0]
    respondents = shares["respondents"].iloc[0]
    if _missing(population) or _missing(respondents) or int(population) < int(respondents):
        return empty
    rest = int(population) - int(respondents)
    return pd.DataFrame(
        {
            "category": [*map(str, shares["category"]), missing_label],
            "count": [*(int(c) for c in shares["count"]), rest],
        }
    )


# --------------------------------------------------------------------------------------
# The report model
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Chart:
    """One figure of the report: how to draw it and where it came from."""

    name: str  # file stem, e.g. "01_tally_1"
    caption: str
    quote: str  # the sentence the figure came from (or how its data were chosen)
    figsize: tuple[float, float]
    draw: Callable[[Axes], Any]


@dataclass
class _Model:
    """A neutral description of the report, rendered by the writers below."""

    title: str
    subtitle: str
    metadata: list[tuple[str, str]]
    summary: list[str]
    display_tables: list[tuple[str, pd.DataFrame]]
    charts: list[_Chart]
    notes: Sequence[tuple[str, str]]
    csv_tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def _missing(value: Any) -> bool:
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def _pct(value: Any, decimals: int = 1) -> str:
    """A fraction in [0, 1] as per cent text, e.g. 0.6026 -> '60.3'."""
    return "–" if _missing(value) else f"{float(value) * 100:.{decimals}f}"


def _long_date(value: Any) -> str:
    if _missing(value):
        return "an unknown date"
    return f"{value.day} {value:%B %Y}"


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


_DATE_SOURCES = {
    "survey_date": "the survey date given",
    "adopted": "the date of adoption",
    "distributed": "the date of distribution",
    "year": "1 January of the document's year",
}


def _quote(document: Document, start: Any, end: Any, *, limit: int = 420) -> str:
    """The sentence of ``document.text`` around ``start:end``, shortened with ellipses."""
    if _missing(start) or _missing(end):
        return ""
    text = _without_markers(document)
    start, end = int(start), int(end)
    # Sentence bounds: a full stop or a line break before and after the span.
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    sentence = text[left:right].strip()
    if len(sentence) > limit:
        offset = start - left
        lo = max(0, offset - limit // 2)
        hi = min(len(sentence), lo + limit)
        piece = sentence[lo:hi]
        if lo > 0:
            piece = "…" + piece[piece.find(" ") + 1 :]
        if hi < len(sentence):
            piece = piece[: piece.rfind(" ")] + "…"
        sentence = piece
    return " ".join(sentence.replace("\0", "").split())


def _without_markers(document: Document) -> str:
    """``document.text`` with footnote markers blanked (same length, so offsets hold)."""
    text = document.text
    markers = getattr(document, "footnote_markers", None)
    if markers is None or markers.empty:
        return text
    chars = list(text)
    for start, end in zip(markers["start"], markers["end"], strict=True):
        chars[int(start) : int(end)] = "\0" * (int(end) - int(start))
    return "".join(chars)


def _symbol(analysis: Analysis) -> str:
    """The document's symbol; else "<body> resolution N (year)"; else its name."""
    doc = analysis.document
    if doc.symbol:
        return str(doc.symbol)
    if doc.resolution:
        body = f"{doc.body} resolution" if doc.body else "Resolution"
        year = f" ({doc.year})" if doc.year else ""
        return f"{body} {doc.resolution}{year}"
    return str(doc.name or "document")


def _source_line(analysis: Analysis) -> str:
    date = analysis.date.isoformat() if analysis.date else "undated"
    return f"Source: {_symbol(analysis)} ({date}); surveystats"


def _metadata(analysis: Analysis) -> list[tuple[str, str]]:
    doc = analysis.document
    rows: list[tuple[str, str]] = []
    for label, key in (
        ("Symbol", "symbol"),
        ("Body", "body"),
        ("Session", "session"),
        ("Agenda item", "agenda_item"),
        ("Resolution", "resolution"),
        ("Adopted", "adopted"),
        ("Meeting", "meeting"),
        ("Distributed", "distributed"),
        ("Committee report", "committee_report"),
    ):
        value = getattr(doc, key, None)
        if not _missing(value) and value != "":
            rows.append((label, _long_date(value) if isinstance(value, dt.date) else str(value)))
    for _, row in analysis.membership.iterrows():
        if _missing(row["date"]):
            value = "unknown: the document states no date (give a survey date)"
        elif _missing(row["members"]):
            value = f"unknown on {_long_date(row['date'])}"
        else:
            source = _DATE_SOURCES.get(str(row["date_source"]), "the date given")
            value = f"{int(row['members'])} on {_long_date(row['date'])} ({source})"
        rows.append((f"Members of the {row['body']}", value))
    if doc.source:
        rows.append(("File", Path(str(doc.source)).name))
    return rows


def _summary(analysis: Analysis) -> list[str]:
    doc = analysis.document
    paragraphs: list[str] = []
    opening = f"{_symbol(analysis)}"
    if doc.title:
        opening += f", “{doc.title}”,"
    if doc.adopted:
        opening += f" was adopted on {_long_date(doc.adopted)}"
        if doc.body:
            opening += f" by the {doc.body}"
    elif analysis.date is None:
        opening += " states no date, so membership was not counted"
    opening += "."
    membership = analysis.membership
    for _, row in membership.iterrows():
        if not _missing(row["members"]):
            opening += (
                f" On {_long_date(row['date'])} the {row['body']} had "
                f"{int(row['members'])} members."
            )
    paragraphs.append(opening)

    shares = analysis.shares
    for tally, table in shares.groupby("tally", sort=True):
        paragraphs.append(_tally_sentences(int(tally), table))
    for _, check in analysis.checks.iterrows():
        explanation = "" if _missing(check["explanation"]) else f" {check['explanation']}"
        paragraphs.append(
            f"Check {int(check['check'])} ({check['description']}): "
            f"{check['verdict']}.{explanation}"
        )
    for _, vote in analysis.votes.iterrows():
        paragraphs.append(_vote_sentence(vote))
    if shares.empty and analysis.checks.empty and analysis.votes.empty:
        paragraphs.append(
            "No tally, percentage or vote was found in the text, so there is nothing to check."
        )
    return paragraphs


def _tally_sentences(tally: int, table: pd.DataFrame) -> str:
    first = table.iloc[0]
    respondents = int(first["respondents"])
    rows = [row for _, row in table.iterrows()]
    parts = [f"{int(row['count'])} {row['category']}" for row in rows]
    if parts:
        parts[0] = parts[0].replace(" ", " were ", 1)
    confidence = "" if _missing(first["confidence"]) else f"{float(first['confidence']):.0%} "
    population = first["population"]
    known_population = not _missing(population) and int(population) >= respondents
    if known_population:
        population = int(population)
        rate = f"{100 * respondents / population:.1f}"
        text = (
            f"{respondents} of the {population} Member States ({rate} per cent) answered; "
            f"{_join(parts)}."
        )
    else:
        subject = "" if _missing(first["subject"]) else f" {first['subject']}"
        text = f"Tally {tally} counts {respondents}{subject}: {_join(parts)}."
    shares = [
        f"{_pct(row['share'])} per cent {row['category']} "
        f"({_pct(row['ci_low'])} to {_pct(row['ci_high'])})"
        for row in rows
    ]
    if shares:
        shares[0] = shares[0].replace(" per cent ", " per cent were ", 1)
    text += f" Of the respondents, {_join(shares)}; in brackets the {confidence}Wilson intervals."
    bounds = [
        f"{row['category']}{' lies' if i == 0 else ''} between {_pct(row['bound_low'])} and "
        f"{_pct(row['bound_high'])} per cent"
        for i, row in enumerate(rows)
        if not (_missing(row["bound_low"]) or _missing(row["bound_high"]))
    ]
    if known_population and bounds:
        text += (
            f" Whatever the {population - respondents} members that did not reply think, "
            f"the share of all {population} members {_join(bounds)}."
        )
    return text


def _vote_sentence(vote: pd.Series) -> str:
    parts = []
    for column, label in (
        ("in_favour", "in favour"),
        ("against", "against"),
        ("abstaining", "abstaining"),
        ("not_participating", "not participating"),
        ("absent", "absent"),
    ):
        if not _missing(vote[column]):
            parts.append(f"{int(vote[column])} {label}")
    text = f"Vote {int(vote['tally'])}: {_join(parts) or 'no counts stated'}"
    if not _missing(vote["outcome"]):
        text += f" ({vote['outcome']})"
    if not _missing(vote["body_size"]):
        text += f"; the {vote['body']} had {int(vote['body_size'])} members on " + _long_date(
            vote["date"]
        )
    return text + "."


def _display_tables(analysis: Analysis) -> list[tuple[str, pd.DataFrame]]:
    tables = []
    shares = analysis.shares
    if not shares.empty:
        tables.append(
            (
                "Tallies and shares (per cent)",
                pd.DataFrame(
                    {
                        "Tally": shares["tally"].astype(int).astype(str),
                        "Category": shares["category"].astype(str),
                        "Count": shares["count"].astype(int).astype(str),
                        "Of": shares["respondents"].astype(int).astype(str),
                        "Share": [_pct(v) for v in shares["share"]],
                        "Wilson": [
                            f"{_pct(lo)}–{_pct(hi)}"
                            for lo, hi in zip(shares["ci_low"], shares["ci_high"], strict=True)
                        ],
                        "Goodman": [
                            f"{_pct(lo)}–{_pct(hi)}"
                            for lo, hi in zip(
                                shares["simultaneous_low"], shares["simultaneous_high"], strict=True
                            )
                        ],
                        "Members": [
                            "–" if _missing(p) else str(int(p)) for p in shares["population"]
                        ],
                        "Exact (members)": [
                            "–" if _missing(lo) else f"{int(lo)}–{int(hi)}"
                            for lo, hi in zip(
                                shares["population_count_low"],
                                shares["population_count_high"],
                                strict=True,
                            )
                        ],
                        "Bounds": [
                            "–" if _missing(lo) else f"{_pct(lo)}–{_pct(hi)}"
                            for lo, hi in zip(
                                shares["bound_low"], shares["bound_high"], strict=True
                            )
                        ],
                    }
                ),
            )
        )
    checks = analysis.checks
    if not checks.empty:

        def window(row: pd.Series) -> str:
            if _missing(row["window_low"]):
                return "–"
            return f"{row['window_low']:g}–{row['window_high']:g}"

        def implied(row: pd.Series) -> str:
            if _missing(row["implied_low"]):
                return "–"
            return f"{int(row['implied_low'])}–{int(row['implied_high'])}"

        def computed(row: pd.Series) -> str:
            if _missing(row["computed"]):
                return "–"
            value = float(row["computed"])
            return f"{value:.2f}" if row["kind"] == "percentage" else f"{value:g}"

        tables.append(
            (
                "Consistency checks",
                pd.DataFrame(
                    {
                        "Check": [str(int(c)) for c in checks["check"]],
                        "What": checks["description"].astype(str),
                        "Stated": checks["stated"].astype(str),
                        "Computed": [computed(r) for _, r in checks.iterrows()],
                        "Window (%)": [window(r) for _, r in checks.iterrows()],
                        "Implied N": [implied(r) for _, r in checks.iterrows()],
                        "Verdict": checks["verdict"].astype(str),
                    }
                ),
            )
        )
    votes = analysis.votes
    if not votes.empty:

        def count(value: Any) -> str:
            return "–" if _missing(value) else str(int(value))

        tables.append(
            (
                "Votes",
                pd.DataFrame(
                    {
                        "Vote": [count(v) for v in votes["tally"]],
                        "In favour": [count(v) for v in votes["in_favour"]],
                        "Against": [count(v) for v in votes["against"]],
                        "Abstaining": [count(v) for v in votes["abstaining"]],
                        "Not participating": [count(v) for v in votes["not_participating"]],
                        "Absent": [count(v) for v in votes["absent"]],
                        "Members": [count(v) for v in votes["body_size"]],
                        "Outcome": ["–" if _missing(v) else str(v) for v in votes["outcome"]],
                    }
                ),
            )
        )
    return tables


def _charts(analysis: Analysis) -> list[_Chart]:
    from surveystats import charts

    source = _source_line(analysis)
    doc = analysis.document
    found: list[tuple[str, str, str, tuple[float, float], Callable[[Axes], Any]]] = []

    for tally, table in analysis.shares.groupby("tally", sort=True):
        table = table.reset_index(drop=True)
        quote = _quote(doc, table["start"].min(), table["end"].max())
        found.append(
            (
                f"tally_{int(tally)}",
                f"{str(table['kind'].iloc[0]).capitalize()} (tally {int(tally)}): shares of the "
                f"{int(table['respondents'].iloc[0])} counted, with "
                f"{analysis.confidence:.0%} Wilson intervals",
                quote,
                (7.0, 0.55 * len(table) + 2.0),
                lambda ax, table=table: charts.plot_tally(table, ax=ax, source=source),
            )
        )
        split = membership_split_table(table)
        if not split.empty:
            found.append(
                (
                    f"membership_{int(tally)}",
                    f"The whole membership on {_long_date(analysis.date)}: tally {int(tally)} "
                    "and those who did not reply",
                    quote,
                    (7.0, 3.4),
                    lambda ax, split=split: charts.plot_membership_split(
                        split, ax=ax, date=analysis.date, source=source
                    ),
                )
            )
    members = analysis.membership
    for _, check in analysis.checks.iterrows():
        if check["kind"] != "percentage" or _missing(check["window_low"]):
            continue
        number = int(check["check"])
        row = check.to_frame().T
        quote = _quote(doc, check["start"], check["end"])
        if not quote and not _missing(check["context"]):
            quote = " ".join(str(check["context"]).split())
        found.append(
            (
                f"check_{number}",
                f"Check {number}: the stated {check['stated']} per cent and the computed value",
                quote,
                (7.0, 2.6),
                lambda ax, row=row: charts.plot_percentage_check(row, ax=ax, source=source),
            )
        )
        known = members.loc[members["members"].notna()] if not members.empty else members
        if not _missing(check["implied_low"]) and not known.empty:
            found.append(
                (
                    f"denominators_{number}",
                    f"Check {number}: the totals the stated figure allows and the membership",
                    quote,
                    (7.0, 2.6),
                    lambda ax, row=row, known=known: charts.plot_implied_denominators(
                        row, known.iloc[[0]], ax=ax, source=source
                    ),
                )
            )
    if not analysis.votes.empty:
        votes = analysis.votes.reset_index(drop=True)
        quote = " / ".join(_quote(doc, row["start"], row["end"]) for _, row in votes.iterrows())
        found.append(
            (
                "votes",
                "Votes against the size of the body",
                quote,
                (7.0, 0.6 * len(votes) + 2.2),
                lambda ax: charts.plot_vote(votes, ax=ax, source=source),
            )
        )
    if analysis.date is not None and analysis.date >= dt.date(1945, 10, 24):
        from surveystats.membership import membership_series

        series = membership_series(freq="event")
        found.append(
            (
                "membership_growth",
                "Members of the United Nations since 1945, marked on "
                f"{_long_date(analysis.date)} "
                f"({_DATE_SOURCES.get(str(analysis.date_source), 'the date given')})",
                "",
                (7.0, 3.3),
                lambda ax: charts.plot_membership_growth(
                    series,
                    ax=ax,
                    mark_date=analysis.date,
                    body="United Nations",
                    source=source,
                ),
            )
        )
    return [
        _Chart(f"{i:02d}_{name}", caption, quote, size, draw)
        for i, (name, caption, quote, size, draw) in enumerate(found, start=1)
    ]


def _csv_tables(analysis: Analysis) -> dict[str, pd.DataFrame]:
    return {
        "numbers": analysis.numbers,
        "tallies": analysis.tallies,
        "shares": analysis.shares,
        "checks": analysis.checks,
        "votes": analysis.votes,
        "membership": analysis.membership,
    }


def _model(analysis: Analysis) -> _Model:
    doc = analysis.document
    symbol = _symbol(analysis)
    return _Model(
        title=f"Numbers in {symbol}",
        subtitle=str(doc.title) if doc.title else "",
        metadata=_metadata(analysis),
        summary=_summary(analysis),
        display_tables=_display_tables(analysis),
        charts=_charts(analysis),
        notes=_METHOD_NOTES,
        csv_tables=_csv_tables(analysis),
    )


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------


def _chart_figure(chart: _Chart) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=chart.figsize, layout="constrained")
    chart.draw(figure.add_subplot())
    return figure


def _write_figures(model: _Model, folder: Path, formats: Sequence[str]) -> None:
    if not model.charts:
        return
    folder.mkdir()
    for chart in model.charts:
        figure = _chart_figure(chart)
        if "png" in formats:
            figure.savefig(folder / f"{chart.name}.png", dpi=PNG_DPI, facecolor="white")
        if "pdf" in formats:
            figure.savefig(folder / f"{chart.name}.pdf", metadata=_PDF_METADATA)


class _Pages:
    """Lays text and tables out top to bottom on A4 pages (a tiny flow layout)."""

    def __init__(self, footer: str) -> None:
        self.pages: list[Figure] = []
        self.footer = footer
        self.y = 0.0  # inches from the top of the current page
        self.width = _A4[0] - 2 * _MARGIN
        self.bottom = _A4[1] - _MARGIN

    @property
    def figure(self) -> Figure:
        return self.pages[-1]

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        figure = Figure(figsize=_A4)
        number = len(self.pages) + 1
        figure.text(
            0.5,
            0.4 / _A4[1],
            f"{self.footer} · page {number}",
            ha="center",
            va="bottom",
            fontsize=7.5,
            color="#666666",
        )
        self.pages.append(figure)
        self.y = _MARGIN

    def _room(self, height: float) -> None:
        if not self.pages or self.y + height > self.bottom:
            self.new_page()

    @staticmethod
    def _wrap(text: str, size: float, width: float, weight: str = "normal") -> list[str]:
        # DejaVu Sans averages about 0.55 em per character, its bold about 0.62.
        em = 0.62 if weight == "bold" else 0.55
        per_line = max(20, int(width * 72 / (size * em)))
        return textwrap.wrap(text, per_line) or [""]

    def text_height(
        self, text: str, *, size: float = 9.5, indent: float = 0.0, weight: str = "normal"
    ) -> float:
        """The height in inches that :meth:`text` will take (without space after)."""
        return len(self._wrap(text, size, self.width - indent, weight)) * size * 1.4 / 72

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` inches fit on this one."""
        self._room(height)

    def text(
        self,
        text: str,
        *,
        size: float = 9.5,
        weight: str = "normal",
        indent: float = 0.0,
        space_after: float = 0.08,
        color: str = "#222222",
        style: str = "normal",
    ) -> None:
        lines = self._wrap(text, size, self.width - indent, weight)
        line_height = size * 1.4 / 72
        for line in lines:
            self._room(line_height)
            self.figure.text(
                (_MARGIN + indent) / _A4[0],
                1 - (self.y + size / 72) / _A4[1],
                line,
                fontsize=size,
                weight=weight,
                color=color,
                style=style,
                va="baseline",
                ha="left",
            )
            self.y += line_height
        self.y += space_after

    def space(self, height: float) -> None:
        self.y += height

    def table(self, frame: pd.DataFrame, *, size: float = 7.5) -> None:
        columns = list(frame.columns)
        widths = [
            max([len(str(c)) for c in frame[name].tolist()] + [round(len(str(name)) * 1.15), 3])
            for name in columns
        ]
        # Wrap long cells so the table fits the page width (cells pad about 2 characters).
        budget = int(self.width * 72 / (size * 0.6)) - 2 * len(columns)
        while sum(widths) > budget and max(widths) > 12:
            widest = widths.index(max(widths))
            widths[widest] -= 1
        rows = [
            [textwrap.fill(str(v), width) for v, width in zip(values, widths, strict=True)]
            for values in frame.itertuples(index=False)
        ]
        header = [textwrap.fill(str(c), width) for c, width in zip(columns, widths, strict=True)]
        line = size * 1.45 / 72
        heights = [max(cell.count("\n") + 1 for cell in row) * line + 0.06 for row in rows]
        header_height = max(cell.count("\n") + 1 for cell in header) * line + 0.06
        start = 0
        while start < len(rows):
            self._room(header_height + heights[start])
            room = self.bottom - self.y - header_height
            stop = start
            used = 0.0
            while stop < len(rows) and used + heights[stop] <= room:
                used += heights[stop]
                stop += 1
            stop = max(stop, start + 1)
            self._draw_table(
                header, rows[start:stop], heights[start:stop], header_height, widths, size
            )
            start = stop
            if start < len(rows):
                self.new_page()
        self.y += 0.15

    def _draw_table(
        self,
        header: list[str],
        rows: list[list[str]],
        heights: list[float],
        header_height: float,
        widths: list[int],
        size: float,
    ) -> None:
        total = header_height + sum(heights)
        ax = self.figure.add_axes(
            (
                _MARGIN / _A4[0],
                1 - (self.y + total) / _A4[1],
                self.width / _A4[0],
                total / _A4[1],
            )
        )
        ax.set_axis_off()
        table = ax.table(
            cellText=rows or None,
            colLabels=header,
            colWidths=[(w + 2) / sum(w + 2 for w in widths) for w in widths],
            cellLoc="left",
            colLoc="left",
            bbox=(0, 0, 1, 1),
        )
        table.auto_set_font_size(False)
        table.set_fontsize(size)
        for (row, _), cell in table.get_celld().items():
            cell.set_edgecolor("#BBBBBB")
            cell.set_linewidth(0.5)
            height = header_height if row == 0 else heights[row - 1]
            cell.set_height(height / total)
            if row == 0:
                cell.set_facecolor("#E8EEF4")
                cell.get_text().set_weight("bold")
        self.y += total

    def chart(self, chart: _Chart, number: int, quote: str) -> None:
        width, height = chart.figsize
        scale = min(1.0, self.width / width)
        box_h = height * scale
        caption = f"Figure {number}. {chart.caption}."
        needed = self.text_height(caption, weight="bold") + box_h + 0.1
        if quote:
            needed += self.text_height(quote, size=8, indent=0.2)
        self.keep(needed)
        self.text(caption, size=9.5, weight="bold", space_after=0.04)
        left = _MARGIN + (self.width - width * scale) / 2
        _place(chart, self.figure, left, self.y, width * scale, box_h)
        self.y += box_h + 0.05
        if quote:
            self.text(quote, size=8, style="italic", indent=0.2, color="#444444")
        self.y += 0.15


def _place(
    chart: _Chart, page: Figure, left: float, top: float, width: float, height: float
) -> None:
    """Draw ``chart`` on ``page`` in the box at ``left``, ``top`` (inches), sized in inches.

    The chart is first laid out on a scratch figure of the box's size with the constrained
    layout, so labels, legend and source line fit; the page Axes gets the same position.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    scratch = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(scratch)
    chart.draw(scratch.add_subplot())
    scratch.canvas.draw()
    box = scratch.axes[0].get_position()
    x0 = (left + box.x0 * width) / _A4[0]
    y0 = 1 - (top + height * (1 - box.y0)) / _A4[1]
    ax = page.add_axes((x0, y0, box.width * width / _A4[0], box.height * height / _A4[1]))
    chart.draw(ax)


def _figure_quotes(charts: Sequence[_Chart]) -> list[str]:
    """The quoted sentence under each figure; a repeated sentence refers to its first figure."""
    first: dict[str, int] = {}
    quotes = []
    for number, chart in enumerate(charts, start=1):
        if not chart.quote:
            quotes.append("")
        elif chart.quote in first:
            quotes.append(f"From the same sentence as Figure {first[chart.quote]}.")
        else:
            first[chart.quote] = number
            quotes.append(f"“{chart.quote}”")
    return quotes


def _pdf_pages(model: _Model) -> list[Figure]:
    pages = _Pages(footer=f"{model.title} · surveystats")
    pages.new_page()
    pages.text(model.title, size=18, weight="bold", space_after=0.1)
    if model.subtitle:
        pages.text(model.subtitle, size=11, space_after=0.2, color="#444444")
    for label, value in model.metadata:
        pages.text(f"{label}: {value}", size=9, space_after=0.0)
    pages.space(0.25)
    pages.text("Summary", size=13, weight="bold")
    for paragraph in model.summary:
        pages.text(paragraph, space_after=0.12)
    for heading, frame in model.display_tables:
        pages.space(0.15)
        pages.text(heading, size=12, weight="bold")
        pages.table(frame)
    if model.charts:
        pages.new_page()
        pages.text("Figures", size=13, weight="bold")
        for number, (chart, quote) in enumerate(
            zip(model.charts, _figure_quotes(model.charts), strict=True), start=1
        ):
            pages.chart(chart, number, quote)
    pages.space(0.2)
    pages.text("Method notes", size=13, weight="bold")
    for heading, note in model.notes:
        pages.keep(
            pages.text_height(heading, weight="bold") + pages.text_height(note, size=9) + 0.05
        )
        pages.text(heading, size=9.5, weight="bold", space_after=0.02)
        pages.text(note, size=9, space_after=0.1)
    return pages.pages


def _write_pdf(model: _Model, path: Path) -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    metadata = {**_PDF_METADATA, "Title": model.title, "Subject": model.subtitle or model.title}
    with PdfPages(path, metadata=metadata) as pdf:
        for page in _pdf_pages(model):
            pdf.savefig(page)


def _markdown_table(frame: pd.DataFrame) -> list[str]:
    def cell(value: Any) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(c) for c in frame.columns) + " |"]
    lines.append("|" + "|".join("---" for _ in frame.columns) + "|")
    for values in frame.itertuples(index=False):
        lines.append("| " + " | ".join(cell(v) for v in values) + " |")
    return lines


def _write_markdown(model: _Model, path: Path, formats: Sequence[str]) -> None:
    lines = [f"# {model.title}", ""]
    if model.subtitle:
        lines += [f"*{model.subtitle}*", ""]
    lines += [f"- **{label}:** {value}" for label, value in model.metadata]
    lines += ["", "## Summary", ""]
    for paragraph in model.summary:
        lines += [paragraph, ""]
    for heading, frame in model.display_tables:
        lines += [f"## {heading}", "", *_markdown_table(frame), ""]
    if model.charts:
        lines += ["## Figures", ""]
        quotes = _figure_quotes(model.charts)
        for number, (chart, quote) in enumerate(zip(model.charts, quotes, strict=True), start=1):
            lines += [f"### Figure {number}. {chart.caption}", ""]
            if "png" in formats:
                lines += [f"![{chart.caption}](figures/{chart.name}.png)", ""]
            if quote:
                lines += [f"> {quote}", ""]
    lines += ["## Method notes", ""]
    for heading, note in model.notes:
        lines += [f"**{heading}.** {note}", ""]
    if "csv" in formats:
        lines += ["## Tables", ""]
        lines += [f"- [{name}](tables/{name}.csv)" for name in model.csv_tables]
        lines += [""]
    path.write_text("\n".join(lines), encoding="utf-8", newline="\n")


def _write_csv(model: _Model, folder: Path) -> None:
    from surveystats.output import table_bytes

    folder.mkdir()
    for name, table in model.csv_tables.items():
        (folder / f"{name}.csv").write_bytes(table_bytes(table, "csv", table=name))


# --------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------


def _as_analysis(
    source: Analysis | Document | str | os.PathLike[str], survey_date: Any
) -> Analysis:
    if all(hasattr(source, name) for name in ("document", "shares", "checks", "votes")):
        if survey_date is not None:
            raise ValidationError(
                "survey_date cannot be applied to a finished Analysis; pass the document "
                "or run analyze(document, survey_date=...) first"
            )
        return source  # type: ignore[return-value]
    from surveystats.analysis import analyze

    return analyze(source, survey_date=survey_date)  # type: ignore[arg-type]


def _input_paths(source: Any, analysis: Analysis) -> list[Path]:
    paths = []
    if isinstance(source, str | os.PathLike):
        paths.append(Path(source))
    document_source = getattr(analysis.document, "source", None)
    if document_source:
        paths.append(Path(str(document_source)))
    return [path.resolve() for path in paths]


def _check_target(out_dir: Path, inputs: Iterable[Path]) -> None:
    target = out_dir.resolve()
    for path in inputs:
        if path == target or target in path.parents:
            raise OutputError(
                f"{out_dir}: the report folder contains the input {path}; "
                "choose an output folder that holds no input files"
            )
    if target.exists():
        if not target.is_dir():
            raise OutputError(f"{out_dir}: exists and is not a folder; choose another -o folder")
        extra = sorted(
            entry.name for entry in target.iterdir() if entry.name not in _REPORT_ENTRIES
        )
        if extra:
            raise OutputError(
                f"{out_dir}: is not a previous report (it holds {', '.join(extra[:3])}); "
                "choose an empty or new folder"
            )


def build_report(
    source: Analysis | Document | str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] = FORMATS,
    survey_date: dt.date | str | None = None,
) -> Path:
    """Write the report of one document into ``out_dir``.

    Parameters
    ----------
    source
        The path of a document, a :class:`~surveystats.documents.Document`, or a finished
        :class:`~surveystats.analysis.Analysis`.
    out_dir
        The report folder, e.g. ``reports/A_RES_56_203`` (see :func:`safe_name`). It is
        created, or replaced when it holds a previous report; its parent is created when
        missing.
    formats
        Any of "pdf" (``report.pdf`` and ``figures/*.pdf``), "png" (``figures/*.png`` at
        200 dpi), "md" (``report.md``) and "csv" (``tables/*.csv``: numbers, tallies,
        shares, checks, votes, membership).
    survey_date
        The date on which membership is counted (a date or ISO string); default the
        document's adoption date. Not allowed with an Analysis.

    Returns
    -------
    pathlib.Path
        ``out_dir``.

    Raises
    ------
    ValidationError
        When ``formats`` is empty or names an unknown format, or ``survey_date`` is given
        with an Analysis (or is not a date).
    OutputError
        When ``out_dir`` is a file, holds files that are not a previous report, or contains
        the input document; nothing is written then.
    DocumentError
        When ``source`` is a path that cannot be read.

    Notes
    -----
    The report is written to a temporary folder beside ``out_dir`` and renamed into place
    only when every file is complete; a failure removes the temporary folder and leaves an
    existing report untouched. Files are byte-identical across runs on the same input.

    Examples
    --------
    >>> import surveystats, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "A_RES_56_203"
    >>> build_report(surveystats.example_path(), folder, formats=("md",)).name  # doctest: +SKIP
    'A_RES_56_203'
    """
    if isinstance(formats, str) or not formats:
        raise ValidationError(
            f"formats must be a non-empty sequence of {', '.join(FORMATS)}; got {formats!r}"
        )
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise ValidationError(
            f"formats must be among {', '.join(FORMATS)}; got {', '.join(map(repr, unknown))}"
        )
    out = Path(out_dir)
    if out.name in ("", ".", ".."):
        raise OutputError(f"{out_dir}: name a report folder, not {out_dir!r}")
    analysis = _as_analysis(source, survey_date)
    _check_target(out, _input_paths(source, analysis))

    import matplotlib

    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent))
    try:
        with matplotlib.rc_context(_RC):
            model = _model(analysis)
            if "png" in formats or "pdf" in formats:
                _write_figures(model, staging / "figures", formats)
            if "pdf" in formats:
                _write_pdf(model, staging / "report.pdf")
            if "md" in formats:
                _write_markdown(model, staging / "report.md", formats)
            if "csv" in formats:
                _write_csv(model, staging / "tables")
        _replace(staging, out.resolve())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out


def _replace(staging: Path, target: Path) -> None:
    """Move ``staging`` to ``target``, replacing a previous report only at the end."""
    os.chmod(staging, 0o755)  # mkdtemp makes private folders; a report is for sharing
    if not target.exists():
        os.replace(staging, target)
        return
    retired = staging.with_name(staging.name + ".old")
    os.replace(target, retired)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(retired, target)
        raise
    shutil.rmtree(retired, ignore_errors=True)
