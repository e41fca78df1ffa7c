"""A one-screen summary of an analysis, as text and as HTML, in the spirit of statsmodels.

:func:`summarize` turns an :class:`~surveystats.analysis.Analysis` into a
:class:`Summary`: the document, the membership it is measured against, each tally with its
shares and intervals (per cent, one decimal), the votes and the checks, as small tables of
formatted strings. The same model is printed as text (``str(summary)``) and shown as HTML
tables in Jupyter (``summary._repr_html_()``); nothing is computed here that the analysis
tables do not hold.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from surveystats import schema

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.analysis import Analysis

__all__ = ["Summary", "summarize"]

_WIDTH = 100  # characters of the text summary
_CUT = 72  # longest text cell in the text summary (HTML shows them whole)


@dataclass(frozen=True)
class Section:
    """One part of a summary: a heading, a few lines of prose and an optional table.

    ``details`` holds one longer text per row of ``table`` (a check's explanation): the
    text summary prints it under its row, the HTML one as the table's last column.
    """

    heading: str
    lines: tuple[str, ...] = ()
    table: pd.DataFrame | None = None
    details: tuple[str, ...] = ()
    detail_name: str = "details"


@dataclass(frozen=True)
class Summary:
    """What :meth:`Analysis.summary` returns: printable as text, shown as HTML in Jupyter.

    Attributes
    ----------
    title
        The document's symbol and title.
    facts
        (label, value) pairs describing the document and the analysis.
    sections
        The membership, tallies, votes and checks, each a :class:`Section` whose table
        holds formatted strings.
    """

    title: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]

    def as_text(self) -> str:
        """The summary as plain text, at most about 100 characters wide."""
        rule, thin = "=" * _WIDTH, "-" * _WIDTH
        out = [rule, textwrap.shorten(self.title, _WIDTH, placeholder="…"), rule]
        out += _fact_lines(self.facts)
        for section in self.sections:
            out += [thin, section.heading]
            for line in section.lines:
                out += textwrap.wrap(line, _WIDTH, initial_indent="  ", subsequent_indent="  ")
            if section.table is not None and len(section.table):
                header, *rows = _aligned(section.table)
                out.append(f"  {header}")
                for i, row in enumerate(rows):
                    out.append(f"  {row}")
                    if section.details:
                        out += textwrap.wrap(
                            section.details[i], _WIDTH, initial_indent=" " * 6,
                            subsequent_indent=" " * 6,
                        )  # fmt: skip
        out.append(rule)
        return "\n".join(out)

    def as_html(self) -> str:
        """The summary as an HTML fragment: a heading, the facts and one table per part."""
        parts = [f"<h4>{html.escape(self.title)}</h4>", "<table>"]
        for i in range(0, len(self.facts), 2):
            pairs = self.facts[i : i + 2]
            cells = "".join(
                f"<th style='text-align:left'>{html.escape(label)}</th>"
                f"<td style='text-align:left'>{html.escape(value)}</td>"
                for label, value in pairs
            )
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
        for section in self.sections:
            parts.append(f"<h4>{html.escape(section.heading)}</h4>")
            parts += [f"<p>{html.escape(line)}</p>" for line in section.lines]
            if section.table is not None and len(section.table):
                table = section.table
                if section.details:
                    table = table.assign(**{section.detail_name: list(section.details)})
                parts.append(_html_table(table))
        return "<div class='surveystats-summary'>\n" + "\n".join(parts) + "\n</div>"

    def __str__(self) -> str:
        return self.as_text()

    def __repr__(self) -> str:
        return self.as_text()

    def _repr_html_(self) -> str:
        return self.as_html()


def summarize(analysis: Analysis) -> Summary:
    """The summary of an analysis (see :class:`Summary`).

    Parameters
    ----------
    analysis
        The result of :func:`~surveystats.analysis.analyze`.

    Returns
    -------
    Summary
        Printable as text, shown as HTML tables in Jupyter.

    Examples
    --------
    >>> import surveystats
    >>> summary = surveystats.analyze(surveystats.example_path()).summary()
    >>> print(str(summary).splitlines()[1])
    A/RES/56/203: International migration and development
    """
    doc = analysis.document
    title = analysis.symbol or "a document"
    if doc.title:
        title = f"{title}: {doc.title}"
    sections = [
        _membership(analysis),
        *_tallies(analysis),
        *_votes(analysis),
        *_roll_call(analysis),
        _checks(analysis),
    ]
    return Summary(title, _facts(analysis), tuple(s for s in sections if s is not None))


def _facts(analysis: Analysis) -> tuple[tuple[str, str], ...]:
    doc = analysis.document
    found = [
        ("Body", doc.body),
        ("Resolution", doc.resolution),
        ("Adopted", doc.adopted),
        ("Meeting", doc.meeting),
        ("Distributed", doc.distributed),
        ("Session", doc.session),
    ]
    facts = [(label, str(value)) for label, value in found if not schema.is_missing(value)]
    n_tallies = analysis.tallies["tally"].nunique()
    facts += [
        ("Measured on", f"{analysis.date or 'no date'} ({analysis.date_source or 'none'})"),
        ("Numbers found", str(len(analysis.numbers))),
        ("Tallies", str(n_tallies)),
        ("Confidence", f"{analysis.confidence:.0%}"),
    ]
    return tuple(facts)


def _fact_lines(facts: tuple[tuple[str, str], ...]) -> list[str]:
    """Facts two to a line, in aligned columns."""
    cells = [f"{label + ':':<16}{_cut(value, 30):<33}" for label, value in facts]
    return ["".join(cells[i : i + 2]).rstrip() for i in range(0, len(cells), 2)]


def _membership(analysis: Analysis) -> Section:
    table = analysis.membership
    lines = []
    for row in table.itertuples(index=False):
        members = "unknown" if schema.is_missing(row.members) else f"{row.members} members"
        note = "" if schema.is_missing(row.note) else f" ({row.note})"
        lines.append(f"{row.body}: {members} on {_day(row.date)}{note}")
    return Section("Membership", tuple(lines))


def _tallies(analysis: Analysis) -> list[Section]:
    """One section per tally that is not a vote: shares and intervals, or stated per cents."""
    sections = []
    level = f"{analysis.confidence:.0%}"
    tallies = analysis.tallies[analysis.tallies["kind"] != "vote"]
    for tally_id, rows in tallies.groupby("tally", sort=True):
        first = rows.iloc[0]
        shares = analysis.shares[analysis.shares["tally"] == tally_id]
        heading = f"Tally {tally_id}: {first['kind']} of {_text(first['subject'], 'a group')}"
        where = f"paragraph {first['paragraph']}: “{_cut(str(first['raw']), 80)}”"
        if len(shares):
            lines = [where, *_share_lines(shares.iloc[0])]
            table = pd.DataFrame(
                {
                    "category": shares["category"].astype(str),
                    "count": shares["count"].map(_count),
                    "share": shares["share"].map(_percent),
                    f"{level} CI": _interval(shares["ci_low"], shares["ci_high"]),
                    f"{level} all categories": _interval(
                        shares["simultaneous_low"], shares["simultaneous_high"]
                    ),
                    "of the members": _interval(
                        shares["population_ci_low"], shares["population_ci_high"]
                    ),
                    "worst case": _interval(shares["bound_low"], shares["bound_high"]),
                }
            )
        else:
            lines = [where]
            table = pd.DataFrame(
                {
                    "category": rows["category"].map(lambda v: _text(v, "")),
                    "count": rows["count"].map(_count),
                    "per cent stated": rows["percent"].map(
                        lambda v: "" if schema.is_missing(v) else f"{v:g}%"
                    ),
                }
            )
        sections.append(Section(heading, tuple(lines), table))
    return sections


def _share_lines(first: pd.Series) -> list[str]:
    respondents = _count(first["respondents"])
    if schema.is_missing(first["population"]):
        return [f"{respondents} answered; the membership is unknown"]
    return [
        f"{respondents} answered of {first['population']} members; intervals: Wilson (CI), "
        "Goodman (all categories), exact hypergeometric (of the members), whatever the "
        "others would say (worst case)"
    ]


def _votes(analysis: Analysis) -> list[Section]:
    votes = analysis.votes
    if not len(votes):
        return []
    roles = ["in_favour", "against", "abstaining", "not_participating", "absent"]
    table = pd.DataFrame(
        {
            "tally": votes["tally"].astype(str),
            **{role.replace("_", " "): votes[role].map(_count) for role in roles},
            "outcome": votes["outcome"].map(lambda v: _text(v, "")),
            "members": votes["body_size"].map(_count),
        }
    )
    return [Section("Votes", (), table)]


def _roll_call(analysis: Analysis) -> list[Section]:
    """How the members of the body voted, per vote: how many, and who when few."""
    calls = analysis.roll_call
    if not len(calls):
        return []
    grouped = calls.assign(vote=calls["vote"].astype(str).replace("<NA>", "not known"))
    rows = [
        {
            "tally": str(tally),
            "vote": vote.replace("_", " "),
            "members": str(len(group)),
            "who": "; ".join(group["name_on_date"].astype(str)) if len(group) <= 5 else "",
        }
        for (tally, vote), group in grouped.groupby(["tally", "vote"], sort=True)
    ]
    return [Section("Roll call (Analysis.roll_call)", (), pd.DataFrame(rows))]


def _checks(analysis: Analysis) -> Section:
    checks = analysis.checks
    counts = checks["verdict"].value_counts()
    line = ", ".join(f"{counts.get(v, 0)} {v}" for v in schema.VERDICTS)
    table = pd.DataFrame(
        {
            "verdict": checks["verdict"].astype(str).str.upper(),
            "kind": checks["kind"].astype(str),
            "what is checked": checks["description"].astype(str),
        }
    )
    explanations = tuple(checks["explanation"].map(lambda v: _text(v, "")))
    heading = f"Checks: {line}" if len(checks) else "Checks: none"
    return Section(heading, (), table, explanations, "explanation")


# ------------------------------------------------------------------------- formatting


def _percent(value: Any) -> str:
    """A share as per cent with one decimal: 0.6025641 -> '60.3%'."""
    return "" if schema.is_missing(value) else f"{100 * float(value):.1f}%"


def _interval(low: pd.Series, high: pd.Series) -> list[str]:
    return [
        "" if schema.is_missing(a) or schema.is_missing(b) else f"{100 * a:.1f}–{100 * b:.1f}%"
        for a, b in zip(low, high, strict=True)
    ]


def _count(value: Any) -> str:
    return "" if schema.is_missing(value) else str(int(value))


def _text(value: Any, missing: str) -> str:
    return missing if schema.is_missing(value) else str(value)


def _day(value: Any) -> str:
    return "no date" if schema.is_missing(value) else str(pd.Timestamp(value).date())


# A formatted number, per cent or interval: "47", "-1.5", "60.3%", "49.2–70.4%".
_NUMBER_CELL = re.compile(r"-?\d[\d.,]*%?(?:–\d[\d.,]*%?)?")


def _numeric(values: list[str]) -> bool:
    """Whether a column of formatted cells holds numbers (aligned to the right)."""
    return all(not v or _NUMBER_CELL.fullmatch(v) for v in values)


def _html_table(table: pd.DataFrame) -> str:
    """A table of strings as HTML, numbers aligned to the right, every cell escaped."""
    columns = {str(name): [str(v) for v in table[name]] for name in table.columns}
    align = {name: "right" if _numeric(values) else "left" for name, values in columns.items()}
    head = "".join(
        f"<th style='text-align:{align[name]}'>{html.escape(name)}</th>" for name in columns
    )
    rows = [
        "<tr>"
        + "".join(
            f"<td style='text-align:{align[name]}'>{html.escape(values[i])}</td>"
            for name, values in columns.items()
        )
        + "</tr>"
        for i in range(len(table))
    ]
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _aligned(table: pd.DataFrame) -> list[str]:
    """A table of strings as aligned lines: numbers to the right, words to the left."""
    cells = {name: [_cut(str(v), _CUT) for v in table[name]] for name in table.columns}
    widths = {name: max(len(name), *map(len, values)) for name, values in cells.items()}
    right = {name: _numeric(values) for name, values in cells.items()}

    def line(values: dict[str, str]) -> str:
        return "  ".join(
            values[n].rjust(widths[n]) if right[n] else values[n].ljust(widths[n])
            for n in table.columns
        ).rstrip()

    header = line({name: str(name) for name in table.columns})
    return [header, *(line({n: cells[n][i] for n in table.columns}) for i in range(len(table)))]


def _cut(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
