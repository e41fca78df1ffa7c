"""Charts of one vote and of members' voting records."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from surveystats.charts.look import (
    FONT_SIZES,
    PALETTE,
    category_color,
    finish,
    new_axes,
    require_columns,
)
from surveystats.errors import ValidationError
from surveystats.schema import is_missing

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

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
    require_columns(votes, [name for name, _ in _VOTE_PARTS[:4]] + ["body_size"], "votes")
    if votes.empty:
        raise ValidationError("votes is empty; there is no vote to draw")
    table = votes.reset_index(drop=True)
    ax = new_axes(ax, (7.0, 0.6 * len(table) + 2.0))
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
    return finish(ax, title=title, xlabel="Members (count)", source=source, title_pad=22.0)


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
    require_columns(record, columns, "record")
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
    ax = new_axes(ax, (7.2, 0.32 * len(totals) + 1.8))
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
    return finish(
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
    require_columns(
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
    ax = new_axes(ax, (0.45 * len(order) + 3.8, 0.45 * len(order) + 2.6))
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
    finish(
        ax,
        title=title or "How often two members of the Security Council voted alike",
        source=source,
        note=f"Blank: the same member, or fewer than {min_votes} votes cast together.",
    )
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    return ax
