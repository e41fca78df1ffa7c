"""The shared look of every chart: palette, font sizes, title, labels and source line.

Colours follow Okabe and Ito's colour-blind safe palette with one colour per kind of answer,
so "in favour" and "against" look the same in every chart.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from surveystats.errors import ValidationError
from surveystats.schema import is_missing

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

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

OTHER_COLORS = ("other1", "other2", "other3", "partial")

# A white box behind annotations so grid and reference lines never run through text.
LABEL_BOX = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"}


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
    return PALETTE[OTHER_COLORS[position % len(OTHER_COLORS)]]


def new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """Return ``ax``, or the Axes of a new pyplot figure of ``figsize`` inches."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new_ax = plt.subplots(figsize=figsize, layout="constrained")
    return new_ax


def finish(
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


def require_columns(table: pd.DataFrame, columns: Sequence[str], argument: str) -> None:
    """Refuse ``table`` (the argument named ``argument``) unless it has ``columns``."""
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


def one_row(check: pd.DataFrame | pd.Series, argument: str) -> pd.Series:
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


def fmt_pct(value: float, decimals: int = 1) -> str:
    """A percentage as a label: ``fmt_pct(41.04)`` is ``"41.0%"``."""
    return f"{value:.{decimals}f}%"


def fmt_date(value: Any) -> str:
    """A date as a label ("21 Dec 2001"); a missing date as ""."""
    if is_missing(value):
        return ""
    return pd.Timestamp(value).strftime("%-d %b %Y")
