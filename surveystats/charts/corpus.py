"""Charts of votes across a corpus of resolutions, by period."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from surveystats.charts.look import (
    FONT_SIZES,
    PALETTE,
    finish,
    new_axes,
    require_columns,
)
from surveystats.errors import ValidationError

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

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
    return finish(ax, xlabel=xlabel, **kwargs)


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
    require_columns(table, ["period", "start", *columns], "table")
    if table.empty:
        raise ValidationError("table is empty; there is no resolution to draw")
    ax = new_axes(ax, (7.0, 3.8))
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
    require_columns(table, ["period", "start", "unanimous_share", "vote_stated"], "table")
    share = pd.to_numeric(table["unanimous_share"], errors="coerce").astype(float)
    known = share.notna().to_numpy()
    if not known.any():
        raise ValidationError("table has no period with a stated vote; nothing to draw")
    ax = new_axes(ax, (7.0, 3.2))
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
    require_columns(table, ["period", "start", "abstaining"], "table")
    if table.empty:
        raise ValidationError("table is empty; there is no resolution to draw")
    ax = new_axes(ax, (7.0, 3.0))
    abstentions = table["abstaining"].astype(float).to_numpy()
    _period_bars(ax, table, abstentions, color=SPLIT_COLORS["with abstentions"])
    return _finish_periods(
        ax,
        table,
        title=title or "Abstentions cast on adopted Security Council resolutions",
        ylabel="Abstentions (count)",
        source=source,
    )
