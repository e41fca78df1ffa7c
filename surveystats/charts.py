"""Charts of the result tables: one function per chart, drawing on a Matplotlib ``Axes``.

Every function takes a precomputed table (a slice of an :class:`~surveystats.analysis.Analysis`)
and draws it; no statistic is computed here. Each one creates a figure only when no ``ax`` is
given, never saves or shows it, and returns the ``Axes`` so callers can adjust or save it
(:mod:`surveystats.report` saves them as PNG and PDF).

All charts share one look: the palette in :data:`PALETTE` (Okabe and Ito's colour-blind safe
colours, with one colour per kind of answer so "in favour" and "against" look the same in every
chart), the font sizes in :data:`FONT_SIZES`, a title, axis labels with units and a source line
under the plot naming the document, e.g. ``"Source: A/RES/56/203 (2001-12-21); surveystats"``.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from surveystats.charts import plot_membership_split
>>> table = pd.DataFrame({"category": ["in favour", "against", "no reply"], "count": [5, 3, 7]})
>>> ax = plot_membership_split(table, source="Source: an example")
>>> len(ax.patches)
15
"""

from __future__ import annotations

import datetime as _dt
import math
import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from surveystats.errors import ValidationError
from surveystats.schema import is_missing

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = [
    "FONT_SIZES",
    "PALETTE",
    "SPLIT_COLORS",
    "category_color",
    "plot_abstentions",
    "plot_agreement",
    "plot_implied_denominators",
    "plot_member_record",
    "plot_membership_growth",
    "plot_membership_split",
    "plot_percentage_check",
    "plot_tally",
    "plot_unanimity",
    "plot_vote",
    "plot_vote_splits",
]

#: Colours of the shared look (Okabe & Ito 2008, colour-blind safe), by role.
PALETTE: Mapping[str, str] = {
    "favour": "#0072B2",  # blue
    "partial": "#56B4E9",  # sky blue
    "abstain": "#E69F00",  # orange
    "against": "#D55E00",  # vermillion
    "none": "#BBBBBB",  # grey: no reply, not participating
    "absent": "#E2E2E2",  # light grey: absent
    "other1": "#009E73",  # green
    "other2": "#CC79A7",  # purple
    "other3": "#F0E442",  # yellow
    "ink": "#222222",  # text and points
    "muted": "#666666",  # source line, notes
    "band": "#9ECAE1",  # rounding windows, ranges
    "grid": "#E5E5E5",
}

#: Font sizes (points) of the shared look.
FONT_SIZES: Mapping[str, float] = {
    "title": 11.5,
    "label": 9.5,
    "tick": 9.0,
    "annotation": 8.5,
    "source": 7.5,
}

_OTHER = ("other1", "other2", "other3", "partial")

# Rounding rules of Analysis.checks, in words.
_ROUNDING_WORDS = {
    "up_or_down": "half a unit of the last stated digit either side (rounded up or down)",
    "half_up": "rounded half up",
    "half_even": "rounded half to even",
    "truncate": "truncated",
}

# A white box behind annotations so grid and reference lines never run through text.
_LABEL_BOX = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"}


def category_color(category: str, position: int = 0) -> str:
    """Return the colour of an answer category in the shared look.

    Parameters
    ----------
    category
        The category as written in the tables ("in favour", "partially in favour",
        "against", "abstentions", "not participating", "no reply", ...).
    position
        The category's position in its table; picks a colour for categories that are
        none of the known kinds.

    Returns
    -------
    str
        A hex colour from :data:`PALETTE`.

    Examples
    --------
    >>> category_color("against") == PALETTE["against"]
    True
    """
    name = str(category).lower().replace("_", " ")
    if "against" in name or name in {"no", "opposed"}:
        return PALETTE["against"]
    if "abstain" in name or "abstention" in name:
        return PALETTE["abstain"]
    if "absent" in name or "absence" in name:
        return PALETTE["absent"]
    if "not participating" in name or "reply" in name:
        return PALETTE["none"]
    if "partial" in name:
        return PALETTE["partial"]
    if "favour" in name or "favor" in name or name in {"yes", "for"}:
        return PALETTE["favour"]
    return PALETTE[_OTHER[position % len(_OTHER)]]


# --------------------------------------------------------------------------------------
# The shared look
# --------------------------------------------------------------------------------------


def _new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """Return ``ax``, or the Axes of a new pyplot figure of ``figsize`` inches."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new_ax = plt.subplots(figsize=figsize, layout="constrained")
    return new_ax


def _finish(
    ax: Axes,
    *,
    title: str | None,
    xlabel: str = "",
    ylabel: str = "",
    source: str | None = None,
    note: str | None = None,
    title_pad: float = 6.0,
) -> Axes:
    """Apply the shared look: title, axis labels, light grid, source line and note."""
    ax.set_title(
        textwrap.fill(title or "", 72),
        loc="left",
        pad=title_pad,
        fontsize=FONT_SIZES["title"],
        color=PALETTE["ink"],
    )
    ax.set_xlabel(xlabel, fontsize=FONT_SIZES["label"], color=PALETTE["ink"])
    ax.set_ylabel(ylabel, fontsize=FONT_SIZES["label"], color=PALETTE["ink"])
    ax.tick_params(labelsize=FONT_SIZES["tick"], colors=PALETTE["ink"], length=3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(PALETTE["muted"])
    lines = [text for text in (note, source) if text]
    if lines:
        # Anchored below the x-axis label, so it never overlaps tick labels.
        ax.annotate(
            "\n".join(lines),
            xy=(0.0, 0.0),
            xycoords=("axes fraction", ax.xaxis.label),
            xytext=(0, -4),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=FONT_SIZES["source"],
            color=PALETTE["muted"],
            annotation_clip=False,
        )
    return ax


def _require_columns(table: pd.DataFrame, columns: Sequence[str], argument: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise ValidationError(
            f"{argument} must be a pandas DataFrame; got {type(table).__name__} "
            "(pass the table from an Analysis, e.g. analysis.shares)"
        )
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValidationError(
            f"{argument} lacks the columns {missing}; it has {list(table.columns)} "
            "(pass the matching table of an Analysis)"
        )


def _one_row(check: pd.DataFrame | pd.Series, argument: str) -> pd.Series:
    """Return a one-row table (or a row) as a Series."""
    if isinstance(check, pd.Series):
        return check
    if isinstance(check, pd.DataFrame):
        if len(check) != 1:
            raise ValidationError(
                f"{argument} must hold exactly one row; got {len(check)} rows "
                "(select one, e.g. checks.iloc[[0]] or checks.loc[checks.check == 1])"
            )
        return check.iloc[0]
    raise ValidationError(
        f"{argument} must be a pandas Series or a one-row DataFrame; got {type(check).__name__}"
    )


def _fmt_pct(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}%"


def _fmt_date(value: Any) -> str:
    if is_missing(value):
        return ""
    return pd.Timestamp(value).strftime("%-d %b %Y")


# --------------------------------------------------------------------------------------
# Charts
# --------------------------------------------------------------------------------------


def plot_tally(
    shares: pd.DataFrame,
    *,
    ax: Axes | None = None,
    tally: int | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw one tally: a bar per category with its share, Wilson whiskers and its count.

    Parameters
    ----------
    shares
        Rows of ``Analysis.shares`` for one tally (or several, with ``tally`` choosing one);
        columns used: ``tally``, ``category``, ``count``, ``respondents``, ``share``, ``ci_low``,
        ``ci_high`` (fractions in [0, 1]) and, when present, ``confidence`` and ``subject``.
    ax
        The Axes to draw on; a new figure is made when None.
    tally
        Which tally to draw when ``shares`` holds several.
    title
        Replaces the default title ("Replies: 78 respondents").
    source
        The source line, e.g. ``"Source: A/RES/56/203 (2001-12-21); surveystats"``.

    Returns
    -------
    matplotlib.axes.Axes
        One horizontal bar per category (top to bottom in table order), bar width the share in
        per cent; bars are labelled "47 (60.3%)"; the y tick labels are the categories.

    Raises
    ------
    ValidationError
        When columns are missing, the table is empty, or it holds several tallies and
        ``tally`` is not given (or names none of them).
    """
    _require_columns(
        shares,
        ["tally", "category", "count", "respondents", "share", "ci_low", "ci_high"],
        "shares",
    )
    table = _select_tally(shares, tally)
    ax = _new_axes(ax, (7.0, 0.55 * len(table) + 1.9))

    table = table.reset_index(drop=True)
    y = np.arange(len(table))[::-1]
    share = table["share"].astype(float).to_numpy() * 100
    low = table["ci_low"].astype(float).to_numpy() * 100
    high = table["ci_high"].astype(float).to_numpy() * 100
    colors = [category_color(c, i) for i, c in enumerate(table["category"])]
    ax.barh(y, share, height=0.6, color=colors, zorder=2)
    has_ci = ~(np.isnan(low) | np.isnan(high))
    if has_ci.any():
        ax.errorbar(
            share[has_ci],
            y[has_ci],
            xerr=[share[has_ci] - low[has_ci], high[has_ci] - share[has_ci]],
            fmt="none",
            ecolor=PALETTE["ink"],
            elinewidth=1.1,
            capsize=4,
            zorder=3,
        )
    ends = np.where(has_ci, np.fmax(share, high), share)
    for yi, end, count, value in zip(y, ends, table["count"], share, strict=True):
        shown = "–" if np.isnan(value) else _fmt_pct(value)
        ax.text(
            0.0 if np.isnan(end) else end + 1.5,
            yi,
            f"{int(count)} ({shown})",
            va="center",
            ha="left",
            fontsize=FONT_SIZES["annotation"],
            color=PALETTE["ink"],
        )
    ax.set_yticks(y, [str(c) for c in table["category"]])
    finite = ends[np.isfinite(ends)]
    right = max(100.0, float(finite.max()) + 22.0) if finite.size else 100.0
    ax.set_xlim(0, right)
    ax.set_xticks(np.arange(0, 101, 20))
    ax.set_ylim(-0.6, len(table) - 0.4)
    ax.grid(axis="x", color=PALETTE["grid"], zorder=0)
    ax.set_axisbelow(True)

    respondents = int(table["respondents"].iloc[0])
    if title is None:
        kind = table["kind"].iloc[0] if "kind" in table.columns else None
        subject = table["subject"].iloc[0] if "subject" in table.columns else None
        what = str(kind).capitalize() if not is_missing(kind) and kind else "Tally"
        counted = str(subject) if not is_missing(subject) and subject else "counted"
        title = f"{what}: {respondents} {counted}"
    confidence = table["confidence"].iloc[0] if "confidence" in table.columns else None
    note = "Whiskers: Wilson score intervals"
    if not is_missing(confidence):
        note = f"Whiskers: {float(confidence):.0%} Wilson score intervals"
    return _finish(
        ax,
        title=title,
        xlabel=f"Share of the {respondents} respondents (%)",
        source=source,
        note=note,
    )


def _select_tally(shares: pd.DataFrame, tally: int | None) -> pd.DataFrame:
    if shares.empty:
        raise ValidationError("shares is empty; there is no tally to draw")
    tallies = list(dict.fromkeys(shares["tally"].tolist()))
    if tally is None:
        if len(tallies) > 1:
            raise ValidationError(
                f"shares holds {len(tallies)} tallies {tallies}; pass tally= to choose one"
            )
        return shares
    if tally not in tallies:
        raise ValidationError(f"tally must be one of {tallies}; got {tally!r}")
    return shares.loc[shares["tally"] == tally]


def plot_membership_split(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    rows: int | None = None,
    title: str | None = None,
    date: _dt.date | None = None,
    source: str | None = None,
) -> Axes:
    """Draw the whole membership as a waffle: one square per member, coloured by answer.

    Parameters
    ----------
    table
        Columns ``category`` and ``count`` (non-negative integers): the respondents per
        category and a row for the members who did not reply (e.g. 47, 5, 26 and 111 of
        189). Squares are filled column by column in table order.
    ax
        The Axes to draw on; a new figure is made when None.
    rows
        Squares per column; default 10 for 50 members or more, else about the square root.
    title
        Replaces the default title ("The 189 members").
    date
        The survey date, named in the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.patches`` holds one square per member (sum of ``count``); the legend names each
        category with its count.

    Raises
    ------
    ValidationError
        When columns are missing or a count is negative or not a whole number.
    """
    _require_columns(table, ["category", "count"], "table")
    counts = pd.to_numeric(table["count"], errors="coerce")
    if counts.isna().any() or (counts < 0).any() or (counts != counts.round()).any():
        raise ValidationError(
            f"table['count'] must hold non-negative whole numbers; got {table['count'].tolist()}"
        )
    counts = counts.astype(int).tolist()
    total = sum(counts)
    if rows is None:
        rows = 10 if total >= 50 else max(1, math.ceil(math.sqrt(total)))
    if rows < 1:
        raise ValidationError(f"rows must be at least 1; got {rows}")
    columns = max(1, math.ceil(total / rows))
    ax = _new_axes(ax, (7.0, 3.6))

    from matplotlib.patches import Patch, Rectangle

    handles = []
    index = 0
    for position, (category, count) in enumerate(zip(table["category"], counts, strict=True)):
        color = category_color(category, position)
        for _ in range(count):
            column, row = divmod(index, rows)
            ax.add_patch(
                Rectangle(
                    (column + 0.06, rows - 1 - row + 0.06),
                    0.88,
                    0.88,
                    facecolor=color,
                    edgecolor="none",
                )
            )
            index += 1
        handles.append(Patch(facecolor=color, label=f"{category}: {count}"))
    ax.set_xlim(0, columns)
    ax.set_ylim(0, rows)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.02, 1.0),
        frameon=False,
        fontsize=FONT_SIZES["annotation"],
        handlelength=1.0,
        handleheight=1.0,
    )
    if title is None:
        title = f"The {total} members" + (f" on {_fmt_date(date)}" if date else "")
    return _finish(ax, title=title, xlabel="One square per member", source=source)


def plot_membership_growth(
    series: pd.DataFrame,
    *,
    ax: Axes | None = None,
    mark_date: _dt.date | None = None,
    mark_label: str | None = None,
    title: str | None = None,
    body: str = "United Nations",
    source: str | None = None,
) -> Axes:
    """Draw the number of members over time as a step line, marking one date.

    Parameters
    ----------
    series
        Columns ``date`` (dates, ascending) and ``members`` (counts), e.g. from
        ``surveystats.membership.membership_series(freq="year")``.
    ax
        The Axes to draw on; a new figure is made when None.
    mark_date
        A date to mark with a vertical line (the document's date); the count on that date is
        read from ``series`` (the last row on or before it).
    mark_label
        The annotation at the mark; default "189 members on 21 Dec 2001".
    title
        Replaces the default title.
    body
        Names the body in the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        One step line (``ax.lines[0]``) and, with ``mark_date``, a vertical line and an
        annotation (in ``ax.texts``).

    Raises
    ------
    ValidationError
        When columns are missing or ``series`` is empty.
    """
    _require_columns(series, ["date", "members"], "series")
    if series.empty:
        raise ValidationError("series is empty; there is no membership to draw")
    frame = series.assign(date=pd.to_datetime(series["date"])).sort_values("date")
    dates = list(frame["date"].dt.to_pydatetime())
    members = frame["members"].astype(int).to_numpy()
    ax = _new_axes(ax, (7.0, 3.4))
    ax.step(dates, members, where="post", color=PALETTE["favour"], linewidth=1.8)
    ax.set_ylim(0, max(members) * 1.12)
    ax.grid(axis="y", color=PALETTE["grid"])
    ax.set_axisbelow(True)
    if mark_date is not None:
        when = pd.Timestamp(mark_date)
        before = frame.loc[frame["date"] <= when]
        count = int(before["members"].iloc[-1]) if not before.empty else None
        if mark_label is None:
            mark_label = (
                f"{count} members on {_fmt_date(when)}" if count is not None else _fmt_date(when)
            )
        ax.axvline(when.to_pydatetime(), color=PALETTE["against"], linewidth=1.2, linestyle="--")
        y = count if count is not None else max(members) / 2
        if count is not None:
            ax.plot([when.to_pydatetime()], [count], "o", color=PALETTE["against"], markersize=5)
        # Membership only grows, so the line leaves empty room above-left of a late mark
        # and below-right of an early one.
        span = (dates[-1] - dates[0]).total_seconds() or 1.0
        early = (when.to_pydatetime() - dates[0]).total_seconds() / span < 0.5
        ax.annotate(
            mark_label,
            xy=(when.to_pydatetime(), y),
            xytext=(8, -10) if early else (-8, 10),
            textcoords="offset points",
            ha="left" if early else "right",
            va="top" if early else "bottom",
            fontsize=FONT_SIZES["annotation"],
            color=PALETTE["ink"],
            bbox=_LABEL_BOX,
        )
    first, last = frame["date"].iloc[0].year, frame["date"].iloc[-1].year
    if title is None:
        title = f"Members of the {body}, {first}–{last}"
    return _finish(ax, title=title, xlabel="Year", ylabel="Members (count)", source=source)


def plot_percentage_check(
    check: pd.DataFrame | pd.Series,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw a percentage check: the stated figure's rounding window beside the computed value.

    Parameters
    ----------
    check
        One row of ``Analysis.checks`` of kind "percentage"; columns used: ``stated``,
        ``numerator``, ``denominator``, ``computed`` (per cent), ``window_low``,
        ``window_high`` (per cent), ``verdict`` and, when present, ``description``,
        ``rounding``.
    ax
        The Axes to draw on; a new figure is made when None.
    title
        Replaces the default title ("<description>: consistent").
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        Two rows: "stated" with the window as a bar (``ax.patches[0]``, from ``window_low``
        to ``window_high``) and "computed" with the computed value as a point
        (``ax.lines``).

    Raises
    ------
    ValidationError
        When the row lacks a column or is not a percentage check (no window).
    """
    row = _one_row(check, "check")
    needed = [
        "stated",
        "numerator",
        "denominator",
        "computed",
        "window_low",
        "window_high",
        "verdict",
    ]
    missing = [name for name in needed if name not in row.index]
    if missing:
        raise ValidationError(f"check lacks {missing}; pass a row of Analysis.checks")
    if any(is_missing(row[name]) for name in ("computed", "window_low", "window_high")):
        raise ValidationError(
            "check must be a percentage check with computed, window_low and window_high; "
            f"got kind {row.get('kind', '?')!r} (select checks.kind == 'percentage')"
        )
    low, high = float(row["window_low"]), float(row["window_high"])
    computed = float(row["computed"])
    ax = _new_axes(ax, (7.0, 2.6))

    ax.barh(1, high - low, left=low, height=0.5, color=PALETTE["band"], zorder=2)
    ax.plot([computed], [0], "o", color=PALETTE["ink"], markersize=7, zorder=3)
    ax.axvline(computed, color=PALETTE["ink"], linewidth=0.8, linestyle=":", zorder=1)
    stated = str(row["stated"])
    ax.set_yticks([1, 0], [f"stated {stated}%", "computed"])
    centre = (low + high) / 2
    reach = max(high - low, abs(computed - centre) + (high - low) / 2) * 1.8
    ax.set_xlim(centre - reach, centre + reach)
    ax.set_ylim(-0.7, 1.7)
    ax.text(
        centre,
        1.32,
        f"any value from {low:g} to {high:g} reads as {stated}%",
        ha="center",
        va="bottom",
        fontsize=FONT_SIZES["annotation"],
        color=PALETTE["ink"],
        bbox=_LABEL_BOX,
        zorder=4,
    )
    numerator, denominator = row["numerator"], row["denominator"]
    fraction = (
        f"{int(numerator)} of {int(denominator)} = "
        if not (is_missing(numerator) or is_missing(denominator))
        else ""
    )
    ax.annotate(
        f"{fraction}{computed:.2f}%",
        xy=(computed, 0),
        xytext=(0, 9),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=FONT_SIZES["annotation"],
        color=PALETTE["ink"],
        bbox=_LABEL_BOX,
        zorder=4,
    )
    ax.grid(axis="x", color=PALETTE["grid"], zorder=0)
    ax.set_axisbelow(True)
    if title is None:
        description = row.get("description")
        what = str(description) if not is_missing(description) else f"stated {stated}%"
        title = f"{what[:1].upper()}{what[1:]}: {row['verdict']}"
    rounding = row.get("rounding")
    note = None
    if not is_missing(rounding):
        note = f"Rounding rule: {_ROUNDING_WORDS.get(str(rounding), str(rounding))}"
    return _finish(ax, title=title, xlabel="Per cent", source=source, note=note)


def plot_implied_denominators(
    check: pd.DataFrame | pd.Series,
    membership: int | pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw the denominators a stated percentage allows beside the membership on that date.

    Parameters
    ----------
    check
        One row of ``Analysis.checks`` of kind "percentage"; columns used: ``stated``,
        ``numerator``, ``implied_low``, ``implied_high`` (the smallest and largest whole
        denominator for which numerator/denominator rounds to the stated figure).
    membership
        The number of members on the date, or ``Analysis.membership`` (its first row's
        ``members`` and ``date`` are used).
    ax
        The Axes to draw on; a new figure is made when None.
    title
        Replaces the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        Two rows: "implied" with the range as a bar (``ax.patches[0]``, from ``implied_low``
        to ``implied_high``, drawn one unit wide per whole number) and "members" with the
        membership as a point.

    Raises
    ------
    ValidationError
        When the row lacks the implied range or ``membership`` is not a count or table.
    """
    row = _one_row(check, "check")
    missing = [
        name
        for name in ("stated", "numerator", "implied_low", "implied_high")
        if name not in row.index
    ]
    if missing:
        raise ValidationError(f"check lacks {missing}; pass a row of Analysis.checks")
    if is_missing(row["implied_low"]) or is_missing(row["implied_high"]):
        raise ValidationError(
            "check has no implied denominators (implied_low/implied_high are missing); "
            "pass a percentage check with a numerator"
        )
    date = None
    if isinstance(membership, pd.DataFrame):
        _require_columns(membership, ["members"], "membership")
        if membership.empty:
            raise ValidationError("membership is empty; pass a table with one row per body")
        members = int(membership["members"].iloc[0])
        date = membership["date"].iloc[0] if "date" in membership.columns else None
    elif isinstance(membership, int | np.integer) and not isinstance(membership, bool):
        members = int(membership)
    else:
        raise ValidationError(
            f"membership must be a count or Analysis.membership; got {type(membership).__name__}"
        )
    low, high = int(row["implied_low"]), int(row["implied_high"])
    ax = _new_axes(ax, (7.0, 2.6))
    ax.barh(1, high - low + 1, left=low - 0.5, height=0.5, color=PALETTE["band"], zorder=2)
    ax.plot([members], [0], "o", color=PALETTE["ink"], markersize=7, zorder=3)
    ax.axvline(members, color=PALETTE["ink"], linewidth=0.8, linestyle=":", zorder=1)
    ax.set_yticks([1, 0], ["implied", "members"])
    centre = (low + high) / 2
    reach = max((high - low + 1) * 1.5, abs(members - centre) * 1.6, 5.0)
    ax.set_xlim(centre - reach, centre + reach)
    ax.set_ylim(-0.7, 1.7)
    numerator, stated = row["numerator"], str(row["stated"])
    ax.text(
        centre,
        1.32,
        f"{int(numerator)} of N reads as {stated}% for N = {low} to {high}",
        ha="center",
        va="bottom",
        fontsize=FONT_SIZES["annotation"],
        color=PALETTE["ink"],
        bbox=_LABEL_BOX,
        zorder=4,
    )
    ax.annotate(
        f"{members} members" + (f" on {_fmt_date(date)}" if date is not None else ""),
        xy=(members, 0),
        xytext=(0, 9),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=FONT_SIZES["annotation"],
        color=PALETTE["ink"],
        bbox=_LABEL_BOX,
        zorder=4,
    )
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color=PALETTE["grid"], zorder=0)
    ax.set_axisbelow(True)
    if title is None:
        title = f"Which totals make {int(numerator)} into {stated}%?"
    return _finish(ax, title=title, xlabel="Denominator (members)", source=source)


_VOTE_PARTS = (
    ("in_favour", "in favour"),
    ("against", "against"),
    ("abstaining", "abstaining"),
    ("not_participating", "not participating"),
    ("absent", "absent"),
)


def plot_vote(
    votes: pd.DataFrame | pd.Series,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw votes as stacked horizontal bars against the size of the body.

    Parameters
    ----------
    votes
        ``Analysis.votes`` (one bar per row) or one of its rows; columns used:
        ``in_favour``, ``against``, ``abstaining``, ``not_participating`` (missing counts
        are drawn as zero), ``body_size`` (members of the body; missing leaves no outline)
        and, when present, ``absent``, ``tally``, ``body`` and ``outcome``.
    ax
        The Axes to draw on; a new figure is made when None.
    title
        Replaces the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        For each vote, one bar segment per part with a non-zero count (in the order in
        favour, against, abstaining, not participating, absent; ``ax.patches``), then a
        dashed outline from 0 to ``body_size``; segments are labelled with counts; the legend
        names the parts present in some vote and the outline.

    Raises
    ------
    ValidationError
        When columns are missing or the table is empty.
    """
    if isinstance(votes, pd.Series):
        votes = votes.to_frame().T
    _require_columns(votes, [name for name, _ in _VOTE_PARTS[:4]] + ["body_size"], "votes")
    if votes.empty:
        raise ValidationError("votes is empty; there is no vote to draw")
    table = votes.reset_index(drop=True)
    ax = _new_axes(ax, (7.0, 0.6 * len(table) + 2.0))
    from matplotlib.patches import Patch, Rectangle

    y_positions = np.arange(len(table))[::-1]
    widest = 0.0
    for y, (_, row) in zip(y_positions, table.iterrows(), strict=True):
        left = 0.0
        for column, label in _VOTE_PARTS:
            value = row.get(column)
            count = 0 if is_missing(value) else int(value)
            if count == 0:
                continue
            ax.barh(y, count, left=left, height=0.55, color=category_color(label), zorder=2)
            ax.text(
                left + count / 2,
                y,
                str(count),
                ha="center",
                va="center",
                fontsize=FONT_SIZES["annotation"],
                color="white" if label in ("in favour", "against") else PALETTE["ink"],
                zorder=4,
            )
            left += count
        size = row["body_size"]
        widest = max(widest, left)
        if not is_missing(size):
            size = int(size)
            widest = max(widest, size)
            ax.add_patch(
                Rectangle(
                    (0, y - 0.36),
                    size,
                    0.72,
                    fill=False,
                    edgecolor=PALETTE["ink"],
                    linewidth=1.0,
                    linestyle="--",
                    zorder=3,
                )
            )
            ax.annotate(
                f"{size} members",
                xy=(size, y + 0.36),
                xytext=(0, 2),
                textcoords="offset points",
                ha="right",
                va="bottom",
                fontsize=FONT_SIZES["annotation"],
                color=PALETTE["ink"],
            )
    labels = []
    for _, row in table.iterrows():
        name = f"vote {row['tally']}" if "tally" in table.columns else "vote"
        outcome = row.get("outcome")
        labels.append(f"{name}: {outcome}" if not is_missing(outcome) and outcome else name)
    ax.set_yticks(y_positions, labels)
    ax.set_xlim(0, widest * 1.04 if widest else 1)
    ax.set_ylim(-0.8, len(table) - 0.1)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    # The legend names the parts some vote has (in the fixed order), and the outline.
    present = [
        label
        for column, label in _VOTE_PARTS
        if column in table.columns and (pd.to_numeric(table[column], errors="coerce") > 0).any()
    ]
    handles = [Patch(facecolor=category_color(label), label=label) for label in present]
    handles.append(
        Patch(
            facecolor="none", edgecolor=PALETTE["ink"], linestyle="--", label="members of the body"
        )
    )
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncols=6,
        frameon=False,
        fontsize=FONT_SIZES["annotation"] - 0.5,
        handlelength=1.0,
        columnspacing=1.0,
    )
    if title is None:
        body = table["body"].iloc[0] if "body" in table.columns else None
        title = f"Votes in the {body}" if not is_missing(body) and body else "Votes"
    # The legend sits between the title and the bars, so the title goes above it.
    return _finish(ax, title=title, xlabel="Members (count)", source=source, title_pad=22.0)


_RECORD_PARTS = (
    ("against", "against"),
    ("abstaining", "abstentions"),
    ("not_participating", "not participating"),
    ("absent", "absent"),
)


def plot_member_record(
    record: pd.DataFrame,
    *,
    ax: Axes | None = None,
    members: int = 15,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw, for each member, how many of its votes were not in favour.

    Parameters
    ----------
    record
        The table of :func:`surveystats.analysis.rollcall.member_record` (one row per member and
        year; the years given are summed). Columns used: ``member_id``, ``name``,
        ``votes``, ``against``, ``abstaining``, ``not_participating``, ``absent``.
    ax
        The Axes to draw on; a new figure is made when None.
    members
        How many members to draw: those with the most votes not in favour (at least 1).
    title
        Replaces the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        One horizontal bar per member, most votes not in favour on top, stacked in the
        order against, abstentions, not participating, absent (``ax.patches``, zero
        counts not drawn); each bar is labelled with the member's known votes ("of 725").

    Raises
    ------
    ValidationError
        When columns are missing, the table is empty or ``members`` is below 1.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> record = pd.DataFrame({"member_id": ["RUS", "USA"], "name": ["USSR", "United States"],
    ...     "votes": [20, 20], "against": [3, 1], "abstaining": [5, 0],
    ...     "not_participating": [0, 0], "absent": [1, 0]})
    >>> ax = plot_member_record(record)
    >>> [tick.get_text() for tick in ax.get_yticklabels()], len(ax.patches)
    (['United States', 'USSR'], 4)
    """
    columns = ["member_id", "name", "votes", *(column for column, _ in _RECORD_PARTS)]
    _require_columns(record, columns, "record")
    if record.empty:
        raise ValidationError("record is empty; there is no vote to draw")
    if not isinstance(members, int) or members < 1:
        raise ValidationError(f"members must be a whole number of at least 1; got {members!r}")
    parts = [column for column, _ in _RECORD_PARTS]
    totals = (
        record.groupby("member_id", observed=True)
        .agg(name=("name", "last"), votes=("votes", "sum"), **{p: (p, "sum") for p in parts})
        .assign(not_in_favour=lambda t: t[parts].sum(axis=1))
        .sort_values(["not_in_favour", "votes"], ascending=False)
        .head(members)
        .iloc[::-1]
    )
    ax = _new_axes(ax, (7.2, 0.32 * len(totals) + 1.8))
    from matplotlib.patches import Patch

    y_positions = np.arange(len(totals))
    for y, (_, row) in zip(y_positions, totals.iterrows(), strict=True):
        left = 0
        for column, label in _RECORD_PARTS:
            count = int(row[column])
            if count:
                ax.barh(y, count, left=left, height=0.62, color=category_color(label), zorder=2)
                left += count
        ax.annotate(
            f"of {int(row['votes'])}",
            xy=(left, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=FONT_SIZES["annotation"],
            color=PALETTE["muted"],
        )
    labels = [textwrap.shorten(str(name), 38, placeholder="…") for name in totals["name"]]
    ax.set_yticks(y_positions, labels)
    ax.set_ylim(-0.6, len(totals) - 0.4)
    ax.set_xlim(0, max(float(totals["not_in_favour"].max()), 1.0) * 1.15)
    ax.grid(axis="x", color=PALETTE["grid"], zorder=0)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(
        handles=[Patch(facecolor=category_color(label), label=label) for _, label in _RECORD_PARTS],
        loc="lower right",
        frameon=False,
        fontsize=FONT_SIZES["annotation"],
    )
    return _finish(
        ax,
        title=title or "Votes not in favour, by member of the Security Council",
        xlabel="Votes not in favour (count; 'of N': votes whose roll call is known)",
        source=source,
    )


def plot_agreement(
    agreement: pd.DataFrame,
    *,
    ax: Axes | None = None,
    members: Sequence[str] | None = None,
    min_votes: int = 20,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw how often members voted alike as a matrix of agreement percentages.

    Parameters
    ----------
    agreement
        The table of :func:`surveystats.analysis.rollcall.agreement`. Columns used: ``member_a``,
        ``member_b``, ``name_a``, ``name_b``, ``votes``, ``agreement``.
    ax
        The Axes to draw on; a new figure is made when None.
    members
        The ``member_id`` values to draw, in this order; by default the 12 members that
        cast the most votes.
    min_votes
        Pairs with fewer votes together are left blank (agreement over few votes says
        little).
    title
        Replaces the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        A square matrix (``ax.images[0]``) of agreement in per cent, symmetric, with the
        diagonal and pairs under ``min_votes`` blank; cells are labelled with the rounded
        per cent, and a colour bar gives the scale (from the lowest ten under the data to
        100).

    Raises
    ------
    ValidationError
        When columns are missing, the table is empty, ``min_votes`` is below 1 or a
        requested member has no pair in the table.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> table = pd.DataFrame({"member_a": ["FRA", "FRA", "RUS"], "member_b": ["RUS", "USA", "USA"],
    ...     "name_a": ["France", "France", "USSR"], "name_b": ["USSR", "USA", "USA"],
    ...     "votes": [30, 30, 30], "agreement": [0.6, 0.9, 0.5]})
    >>> ax = plot_agreement(table, min_votes=10)
    >>> ax.images[0].get_array().shape
    (3, 3)
    """
    _require_columns(
        agreement, ["member_a", "member_b", "name_a", "name_b", "votes", "agreement"], "agreement"
    )
    if agreement.empty:
        raise ValidationError("agreement is empty; there is no pair of members to draw")
    if not isinstance(min_votes, int) or min_votes < 1:
        raise ValidationError(f"min_votes must be a whole number of at least 1; got {min_votes!r}")
    pairs = pd.concat(
        [
            agreement.rename(columns={"member_a": "a", "member_b": "b", "name_a": "name"}),
            agreement.rename(columns={"member_b": "a", "member_a": "b", "name_b": "name"}),
        ]
    )
    names = pairs.drop_duplicates("a").set_index("a")["name"].astype(str)
    if members is None:
        order = list(pairs.groupby("a")["votes"].max().sort_values(ascending=False).index[:12])
    else:
        order = [str(member) for member in members]
        unknown = [member for member in order if member not in names.index]
        if unknown:
            raise ValidationError(
                f"members {unknown} have no pair in agreement; give member_id values of the "
                "table (e.g. 'RUS', 'USA')"
            )
    shown = pairs[pairs["a"].isin(order) & pairs["b"].isin(order) & (pairs["votes"] >= min_votes)]
    matrix = (
        shown.pivot_table(index="a", columns="b", values="agreement", aggfunc="first")
        .reindex(index=order, columns=order)
        .astype(float)
        * 100
    )
    ax = _new_axes(ax, (0.45 * len(order) + 3.8, 0.45 * len(order) + 2.6))
    values = matrix.to_numpy()
    # The scale starts at the lowest ten below the data, so differences between high
    # agreements stay visible; the colour bar says where it starts.
    low = 0.0 if np.isnan(values).all() else float(np.floor(np.nanmin(values) / 10) * 10)
    image = ax.imshow(values, cmap="Blues", vmin=low, vmax=100)
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            if not np.isnan(value):
                ax.text(
                    j,
                    i,
                    f"{value:.0f}",
                    ha="center",
                    va="center",
                    fontsize=FONT_SIZES["annotation"] - 1,
                    color="white" if value >= low + 0.6 * (100 - low) else PALETTE["ink"],
                )
    labels = [
        "\n".join(textwrap.wrap(names[member], 20, max_lines=2, placeholder="…"))
        for member in order
    ]
    ax.set_xticks(range(len(order)), labels, rotation=60, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(order)), labels)
    colorbar = ax.figure.colorbar(image, ax=ax, shrink=0.8, pad=0.02)
    colorbar.set_label("Same vote (% of the votes both cast)", fontsize=FONT_SIZES["label"])
    colorbar.ax.tick_params(labelsize=FONT_SIZES["tick"])
    _finish(
        ax,
        title=title or "How often two members of the Security Council voted alike",
        source=source,
        note=f"Blank: the same member, or fewer than {min_votes} votes cast together.",
    )
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    return ax


#: The colour of each way a resolution was adopted (``resolution_votes.split``).
SPLIT_COLORS: Mapping[str, str] = {
    "unanimous": PALETTE["favour"],
    "not every member voting": PALETTE["partial"],
    "with abstentions": PALETTE["abstain"],
    "with votes against": PALETTE["against"],
    "without a vote": PALETTE["other1"],
    "not stated": PALETTE["none"],
}


def _period_bars(
    ax: Axes, table: pd.DataFrame, heights: Any, *, color: str, bottom: Any = None, **kwargs: Any
) -> None:
    """One bar per period of a ``vote_splits`` table: at its first year, a decade wide."""
    starts = table["start"].astype(int).to_numpy()
    width = 7.0 if _by_decade(table) else 0.8
    ax.bar(starts, heights, width=width, bottom=bottom, color=color, zorder=2, **kwargs)


def _by_decade(table: pd.DataFrame) -> bool:
    return bool(len(table)) and str(table["period"].iloc[0]).endswith("s")


def _finish_periods(ax: Axes, table: pd.DataFrame, *, integer: bool = True, **kwargs: Any) -> Axes:
    """The shared look of a chart over periods: decade labels, a grid, the x label."""
    if _by_decade(table):
        ax.set_xticks(table["start"].astype(int).to_numpy(), [str(p) for p in table["period"]])
    if integer:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", color=PALETTE["grid"], zorder=0)
    ax.set_axisbelow(True)
    xlabel = "Decade of adoption" if _by_decade(table) else "Year of adoption"
    return _finish(ax, xlabel=xlabel, **kwargs)


def plot_vote_splits(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw how resolutions were adopted per period, as stacked bars of counts.

    Parameters
    ----------
    table
        The table of :func:`surveystats.analysis.corpus.vote_splits` (per year or decade);
        columns used: ``period``, ``start`` and one count per split (``unanimous``,
        ``not_every_member_voting``, ``with_abstentions``, ``with_votes_against``,
        ``without_a_vote``, ``not_stated``).
    ax
        The Axes to draw on; a new figure is made when None.
    title
        Replaces the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per period, stacked bottom to top in the order of :data:`SPLIT_COLORS`
        (``ax.patches``, zero counts included as empty bars); the legend names each split.

    Raises
    ------
    ValidationError
        When columns are missing or the table is empty.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> table = pd.DataFrame({"period": ["1940s", "1950s"], "start": [1940, 1950],
    ...     "unanimous": [14, 19], "not_every_member_voting": [2, 2],
    ...     "with_abstentions": [41, 21], "with_votes_against": [8, 7],
    ...     "without_a_vote": [5, 3], "not_stated": [8, 1]})
    >>> len(plot_vote_splits(table).patches)
    12
    """
    columns = [split.replace(" ", "_") for split in SPLIT_COLORS]
    _require_columns(table, ["period", "start", *columns], "table")
    if table.empty:
        raise ValidationError("table is empty; there is no resolution to draw")
    ax = _new_axes(ax, (7.0, 3.8))
    bottom = np.zeros(len(table))
    for (split, color), column in zip(SPLIT_COLORS.items(), columns, strict=True):
        counts = table[column].astype(float).to_numpy()
        _period_bars(ax, table, counts, color=color, bottom=bottom.copy(), label=split)
        bottom += counts
    ax.legend(frameon=False, fontsize=FONT_SIZES["annotation"], loc="upper left", ncols=2)
    ax.set_ylim(0, max(float(bottom.max()), 1.0) * 1.35)  # room for the legend
    return _finish_periods(
        ax,
        table,
        title=title or "Security Council resolutions, by how they were adopted",
        ylabel="Resolutions (count)",
        source=source,
    )


def plot_unanimity(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw the share of resolutions adopted unanimously per period, of those with a vote.

    Parameters
    ----------
    table
        The table of :func:`surveystats.analysis.corpus.vote_splits`; columns used:
        ``period``, ``start``, ``unanimous_share`` (a fraction, missing when no vote is
        stated) and ``vote_stated``.
    ax
        The Axes to draw on; a new figure is made when None.
    title
        Replaces the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per period with a stated vote, its height the share in per cent
        (``ax.patches``); periods without a stated vote have no bar and are named in the
        note under the chart.

    Raises
    ------
    ValidationError
        When columns are missing or no period has a stated vote.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> table = pd.DataFrame({"period": ["1948", "1949", "1993"], "start": [1948, 1949, 1993],
    ...     "unanimous_share": [0.16, 0.0, None], "vote_stated": [25, 11, 0]})
    >>> ax = plot_unanimity(table)
    >>> [round(float(p.get_height()), 1) for p in ax.patches], [t.get_text() for t in ax.texts][0]
    ([16.0, 0.0], '0')
    """
    _require_columns(table, ["period", "start", "unanimous_share", "vote_stated"], "table")
    share = pd.to_numeric(table["unanimous_share"], errors="coerce").astype(float)
    known = share.notna().to_numpy()
    if not known.any():
        raise ValidationError("table has no period with a stated vote; nothing to draw")
    ax = _new_axes(ax, (7.0, 3.2))
    shown = table[known]
    _period_bars(ax, shown, share.to_numpy()[known] * 100, color=SPLIT_COLORS["unanimous"])
    for start in shown.loc[share[known].to_numpy() == 0, "start"]:  # 0 %, not a gap
        ax.annotate(
            "0",
            xy=(int(start), 0),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=FONT_SIZES["source"],
            color=PALETTE["muted"],
        )
    ax.set_ylim(0, 104)
    ax.set_yticks(np.arange(0, 101, 20))
    missing = [str(period) for period, ok in zip(table["period"], known, strict=True) if not ok]
    note = "Of the resolutions whose adoption line states the vote; 0: none unanimous"
    if missing:
        shown_missing = ", ".join(missing[:6]) + (" …" if len(missing) > 6 else "")
        note += f"; no vote stated in {shown_missing}"
    return _finish_periods(
        ax,
        table,
        integer=False,
        title=title or "Share of Security Council resolutions adopted unanimously",
        ylabel="Adopted unanimously (%)",
        source=source,
        note=note,
    )


def plot_abstentions(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Draw the abstentions cast on adopted resolutions per period.

    Parameters
    ----------
    table
        The table of :func:`surveystats.analysis.corpus.vote_splits`; columns used:
        ``period``, ``start`` and ``abstaining``.
    ax
        The Axes to draw on; a new figure is made when None.
    title
        Replaces the default title.
    source
        The source line.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per period, its height the abstentions (``ax.patches``).

    Raises
    ------
    ValidationError
        When columns are missing or the table is empty.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> table = pd.DataFrame({"period": ["1948", "1949"], "start": [1948, 1949],
    ...                       "abstaining": [51, 20]})
    >>> [float(p.get_height()) for p in plot_abstentions(table).patches]
    [51.0, 20.0]
    """
    _require_columns(table, ["period", "start", "abstaining"], "table")
    if table.empty:
        raise ValidationError("table is empty; there is no resolution to draw")
    ax = _new_axes(ax, (7.0, 3.0))
    abstentions = table["abstaining"].astype(float).to_numpy()
    _period_bars(ax, table, abstentions, color=SPLIT_COLORS["with abstentions"])
    return _finish_periods(
        ax,
        table,
        title=title or "Abstentions cast on adopted Security Council resolutions",
        ylabel="Abstentions (count)",
        source=source,
    )
