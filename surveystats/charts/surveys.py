"""Charts of one document's survey answers and the membership they are shares of."""

from __future__ import annotations

import datetime as _dt
import math
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from surveystats.charts.look import (
    FONT_SIZES,
    LABEL_BOX,
    PALETTE,
    category_color,
    finish,
    fmt_date,
    fmt_pct,
    new_axes,
    one_row,
    require_columns,
)
from surveystats.errors import ValidationError
from surveystats.schema import is_missing

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

# Rounding rules of Analysis.checks, in words.
_ROUNDING_WORDS = {
    "up_or_down": "half a unit of the last stated digit either side (rounded up or down)",
    "half_up": "rounded half up",
    "half_even": "rounded half to even",
    "truncate": "truncated",
}


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
    require_columns(
        shares,
        ["tally", "category", "count", "respondents", "share", "ci_low", "ci_high"],
        "shares",
    )
    table = _select_tally(shares, tally)
    ax = new_axes(ax, (7.0, 0.55 * len(table) + 1.9))

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
        shown = "–" if np.isnan(value) else fmt_pct(value)
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
    return finish(
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
    require_columns(table, ["category", "count"], "table")
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
    ax = new_axes(ax, (7.0, 3.6))

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
        title = f"The {total} members" + (f" on {fmt_date(date)}" if date else "")
    return finish(ax, title=title, xlabel="One square per member", source=source)


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
    require_columns(series, ["date", "members"], "series")
    if series.empty:
        raise ValidationError("series is empty; there is no membership to draw")
    frame = series.assign(date=pd.to_datetime(series["date"])).sort_values("date")
    dates = list(frame["date"].dt.to_pydatetime())
    members = frame["members"].astype(int).to_numpy()
    ax = new_axes(ax, (7.0, 3.4))
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
                f"{count} members on {fmt_date(when)}" if count is not None else fmt_date(when)
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
            bbox=LABEL_BOX,
        )
    first, last = frame["date"].iloc[0].year, frame["date"].iloc[-1].year
    if title is None:
        title = f"Members of the {body}, {first}–{last}"
    return finish(ax, title=title, xlabel="Year", ylabel="Members (count)", source=source)


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
    row = one_row(check, "check")
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
    ax = new_axes(ax, (7.0, 2.6))

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
        bbox=LABEL_BOX,
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
        bbox=LABEL_BOX,
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
    return finish(ax, title=title, xlabel="Per cent", source=source, note=note)


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
    row = one_row(check, "check")
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
        require_columns(membership, ["members"], "membership")
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
    ax = new_axes(ax, (7.0, 2.6))
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
        bbox=LABEL_BOX,
        zorder=4,
    )
    ax.annotate(
        f"{members} members" + (f" on {fmt_date(date)}" if date is not None else ""),
        xy=(members, 0),
        xytext=(0, 9),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=FONT_SIZES["annotation"],
        color=PALETTE["ink"],
        bbox=LABEL_BOX,
        zorder=4,
    )
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color=PALETTE["grid"], zorder=0)
    ax.set_axisbelow(True)
    if title is None:
        title = f"Which totals make {int(numerator)} into {stated}%?"
    return finish(ax, title=title, xlabel="Denominator (members)", source=source)
