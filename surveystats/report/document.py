"""The report of one document, as a :class:`~surveystats.report.model.Report`.

:func:`document_report` reads an :class:`~surveystats.analysis.Analysis` and decides what
the report says: the summary sentences (:mod:`surveystats.report.text`), the tables as the
reader sees them (numbers written as text, inconsistent checks marked), and which charts
to draw from which rows. It computes no statistic and lays nothing out.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from surveystats.report import text
from surveystats.report.model import DisplayTable, Figure, Report, Section
from surveystats.schema import is_missing

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.analysis import Analysis

__all__ = ["DATA_TABLES", "document_report", "membership_split_table"]

#: The tables of an analysis written beside a document report (``tables/<name>.csv``).
DATA_TABLES = ("numbers", "tallies", "shares", "checks", "votes", "roll_call", "membership")

# The first day of the United Nations: the membership chart starts here.
_UN_FOUNDED = dt.date(1945, 10, 24)


def document_report(analysis: Analysis) -> Report:
    """The model of the report on one analysed document.

    Parameters
    ----------
    analysis
        The analysis of the document (:func:`surveystats.analyze`).

    Returns
    -------
    Report
        Title "Numbers in <symbol>", the document's metadata, and the sections Summary,
        Consistency checks (inconsistent ones first and marked), Tallies and shares,
        Votes, Roll call, Figures and Method notes (sections without content are left
        out); its
        ``data`` holds the tables of :data:`DATA_TABLES`.

    Examples
    --------
    >>> import surveystats
    >>> report = document_report(surveystats.analyze(surveystats.example_path()))
    >>> report.title, [section.heading for section in report.sections][:2]
    ('Numbers in A/RES/56/203', ['Summary', 'Consistency checks'])
    """
    label = text.document_label(analysis.document)
    sections = [Section("Summary", tuple(text.summary_paragraphs(analysis)))]
    if not analysis.checks.empty:
        sections.append(Section("Consistency checks", tables=(checks_table(analysis.checks),)))
    if not analysis.shares.empty:
        sections.append(Section("Tallies and shares", tables=(shares_table(analysis.shares),)))
    if not analysis.votes.empty:
        sections.append(Section("Votes", tables=(votes_table(analysis.votes),)))
    if not analysis.roll_call.empty:
        sections.append(Section("Roll call", tables=(roll_call_table(analysis.roll_call),)))
    figures = _figures(analysis)
    if figures:
        sections.append(Section("Figures", figures=tuple(figures)))
    sections.append(Section("Method notes", notes=text.method_notes(analysis)))
    title = f"Numbers in {label}"
    return Report(
        title=title,
        subtitle=str(analysis.document.title or ""),
        metadata=tuple(text.metadata_fields(analysis)),
        sections=tuple(sections),
        data={name: getattr(analysis, name) for name in DATA_TABLES},
        footer=f"{title} · surveystats",
    )


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
    if is_missing(population) or is_missing(respondents) or int(population) < int(respondents):
        return empty
    return pd.DataFrame(
        {
            "category": [*map(str, shares["category"]), missing_label],
            "count": [*(int(c) for c in shares["count"]), int(population) - int(respondents)],
        }
    )


# --------------------------------------------------------------------------- tables


def _span(low: Any, high: Any, write: Any = str) -> str:
    return "–" if is_missing(low) or is_missing(high) else f"{write(low)}–{write(high)}"


def _percent_span(low: Any, high: Any) -> str:
    return _span(low, high, text.percent)


def shares_table(shares: pd.DataFrame) -> DisplayTable:
    """The shares of every survey tally as text, shares and intervals in per cent."""
    frame = pd.DataFrame(
        {
            "Tally": [text.whole(v) for v in shares["tally"]],
            "Category": shares["category"].astype(str).tolist(),
            "Count": [text.whole(v) for v in shares["count"]],
            "Of": [text.whole(v) for v in shares["respondents"]],
            "Share (%)": [text.percent(v) for v in shares["share"]],
            "Wilson (%)": [
                _percent_span(lo, hi)
                for lo, hi in zip(shares["ci_low"], shares["ci_high"], strict=True)
            ],
            "Goodman (%)": [
                _percent_span(lo, hi)
                for lo, hi in zip(
                    shares["simultaneous_low"], shares["simultaneous_high"], strict=True
                )
            ],
            "Members": [text.whole(v) for v in shares["population"]],
            "Exact (members)": [
                _span(lo, hi, lambda v: str(int(v)))
                for lo, hi in zip(
                    shares["population_count_low"], shares["population_count_high"], strict=True
                )
            ],
            "Bounds (%)": [
                _percent_span(lo, hi)
                for lo, hi in zip(shares["bound_low"], shares["bound_high"], strict=True)
            ],
        }
    )
    return DisplayTable("Tallies and shares", frame, data="shares")


def checks_table(checks: pd.DataFrame) -> DisplayTable:
    """Every check as text, in the order of ``Analysis.checks`` (inconsistent first)."""

    def computed(row: Any) -> str:
        if is_missing(row.computed):
            return "–"
        value = float(row.computed)
        return f"{value:.2f}" if row.kind == "percentage" else f"{value:g}"

    rows = list(checks.itertuples(index=False))
    frame = pd.DataFrame(
        {
            "Check": [text.whole(row.check) for row in rows],
            "What": [str(row.description) for row in rows],
            "Stated": ["–" if is_missing(row.stated) else str(row.stated) for row in rows],
            "Computed": [computed(row) for row in rows],
            "Window (%)": [
                _span(row.window_low, row.window_high, lambda v: f"{v:g}") for row in rows
            ],
            "Implied N": [
                _span(row.implied_low, row.implied_high, lambda v: str(int(v))) for row in rows
            ],
            "Verdict": [str(row.verdict) for row in rows],
        },
        columns=["Check", "What", "Stated", "Computed", "Window (%)", "Implied N", "Verdict"],
    )
    marks = tuple("inconsistent" if row.verdict == "inconsistent" else "" for row in rows)
    return DisplayTable("Consistency checks", frame, marks=marks, data="checks")


def votes_table(votes: pd.DataFrame) -> DisplayTable:
    """Every vote's counts by role, the size of the body and the outcome, as text."""
    frame = pd.DataFrame(
        {
            "Vote": [text.whole(v) for v in votes["tally"]],
            "In favour": [text.whole(v) for v in votes["in_favour"]],
            "Against": [text.whole(v) for v in votes["against"]],
            "Abstaining": [text.whole(v) for v in votes["abstaining"]],
            "Not participating": [text.whole(v) for v in votes["not_participating"]],
            "Absent": [text.whole(v) for v in votes["absent"]],
            "Members": [text.whole(v) for v in votes["body_size"]],
            "Outcome": ["–" if is_missing(v) else str(v) for v in votes["outcome"]],
        }
    )
    return DisplayTable("Votes", frame, data="votes")


def roll_call_table(roll_call: pd.DataFrame) -> DisplayTable:
    """Each member of the Council in each vote: its seat, its vote and how that is known."""

    def words(value: Any) -> str:
        return "not known" if is_missing(value) else str(value).replace("_", " ")

    frame = pd.DataFrame(
        {
            "Vote": [text.whole(v) for v in roll_call["tally"]],
            "Member": roll_call["name_on_date"].astype(str).tolist(),
            "Seat": [words(v) for v in roll_call["seat"]],
            "Voted": [words(v) for v in roll_call["vote"]],
            "Known from": [words(v) for v in roll_call["basis"]],
            "As printed": ["" if is_missing(v) else str(v) for v in roll_call["printed"]],
        }
    )
    return DisplayTable("Roll call", frame, data="roll_call")


# --------------------------------------------------------------------------- figures


def _figures(analysis: Analysis) -> list[Figure]:
    """The charts of a document report, numbered in reading order."""
    doc = analysis.document
    source = text.source_line(analysis)
    found: list[tuple[str, str, pd.DataFrame, str, str, dict[str, Any]]] = []
    for tally, table in analysis.shares.groupby("tally", sort=True):
        table = table.reset_index(drop=True)
        number = int(tally)
        quote = text.quote(doc, table["start"].min(), table["end"].max())
        found.append(
            (
                f"tally_{number}",
                "tally",
                table,
                f"{str(table['kind'].iloc[0]).capitalize()} (tally {number}): shares of the "
                f"{int(table['respondents'].iloc[0])} counted, with "
                f"{analysis.confidence:.0%} Wilson intervals",
                quote,
                {"source": source},
            )
        )
        split = membership_split_table(table)
        if not split.empty:
            found.append(
                (
                    f"membership_{number}",
                    "membership_split",
                    split,
                    f"The whole membership on {text.long_date(analysis.date)}: tally {number} "
                    "and those who did not reply",
                    quote,
                    {"date": analysis.date, "source": source},
                )
            )
    known = analysis.membership[analysis.membership["members"].notna()]
    for _, check in analysis.checks.iterrows():
        if check["kind"] != "percentage" or is_missing(check["window_low"]):
            continue
        number = int(check["check"])
        row = check.to_frame().T.reset_index(drop=True)
        quote = text.quote(doc, check["start"], check["end"])
        if not quote and not is_missing(check["context"]):
            quote = " ".join(str(check["context"]).split())
        found.append(
            (
                f"check_{number}",
                "percentage_check",
                row,
                f"Check {number}: the stated {check['stated']} per cent and the computed value",
                quote,
                {"source": source},
            )
        )
        if not is_missing(check["implied_low"]) and not known.empty:
            found.append(
                (
                    f"denominators_{number}",
                    "implied_denominators",
                    row,
                    f"Check {number}: the totals the stated figure allows and the membership",
                    quote,
                    {"membership": known.iloc[[0]].reset_index(drop=True), "source": source},
                )
            )
    if not analysis.votes.empty:
        votes = analysis.votes.reset_index(drop=True)
        quote = " / ".join(
            text.quote(doc, row.start, row.end) for row in votes.itertuples(index=False)
        )
        found.append(
            (
                "votes",
                "vote",
                votes,
                "Votes against the size of the body",
                quote,
                {"source": source},
            )
        )
    if analysis.date is not None and analysis.date >= _UN_FOUNDED:
        found.append(
            (
                "membership_growth",
                "membership_growth",
                analysis.membership_history,
                "Members of the United Nations since 1945, marked on "
                f"{text.long_date(analysis.date)} "
                f"({text.DATE_SOURCES.get(str(analysis.date_source), 'the date given')})",
                "",
                {"mark_date": analysis.date, "body": "United Nations", "source": source},
            )
        )
    return [
        Figure(f"{index:02d}_{name}", chart, data, caption, quote, options)
        for index, (name, chart, data, caption, quote, options) in enumerate(found, start=1)
    ]
