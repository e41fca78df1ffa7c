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

from surveystats.charts.corpus import (
    SPLIT_COLORS,
    plot_abstentions,
    plot_unanimity,
    plot_vote_splits,
)
from surveystats.charts.look import FONT_SIZES, PALETTE, category_color
from surveystats.charts.surveys import (
    plot_implied_denominators,
    plot_membership_growth,
    plot_membership_split,
    plot_percentage_check,
    plot_tally,
)
from surveystats.charts.votes import plot_agreement, plot_member_record, plot_vote

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
