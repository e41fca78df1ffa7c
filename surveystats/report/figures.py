"""Drawing the figures of a report model with :mod:`surveystats.charts`.

Each :class:`~surveystats.report.model.Figure` names a chart; :data:`CHARTS` maps the name
to its chart function, :func:`draw` lays the chart out on a Matplotlib figure of the
chart's size, and :func:`render_figure` saves it as SVG (inline in HTML, vector in the
PDF), PNG or PDF, with settings that give the same bytes on every run.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from surveystats import charts
from surveystats.errors import ValidationError

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure as MatplotlibFigure

    from surveystats.report.model import Figure

__all__ = ["CHARTS", "FIGURE_FORMATS", "PNG_DPI", "draw", "figure_size", "render_figure"]

#: Chart name (``Figure.chart``) -> the function of :mod:`surveystats.charts` that draws it.
CHARTS: Mapping[str, Callable[..., Any]] = {
    "tally": charts.plot_tally,
    "membership_split": charts.plot_membership_split,
    "percentage_check": charts.plot_percentage_check,
    "implied_denominators": charts.plot_implied_denominators,
    "vote": charts.plot_vote,
    "membership_growth": charts.plot_membership_growth,
    "vote_splits": charts.plot_vote_splits,
    "unanimity": charts.plot_unanimity,
    "abstentions": charts.plot_abstentions,
    "member_record": charts.plot_member_record,
}

#: The formats :func:`render_figure` writes.
FIGURE_FORMATS = ("svg", "png", "pdf")

#: Resolution of PNG files.
PNG_DPI = 200

# Settings that make the output the same on every run: a fixed salt for SVG ids, glyphs
# as paths in SVG (no font needed where it is shown), Type 3 text in PDF (extractable,
# and four times faster to write than TrueType, whose subsetting took a second a figure).
_RC = {
    "svg.hashsalt": "surveystats",
    "svg.fonttype": "path",
    "pdf.fonttype": 3,
    "font.family": "DejaVu Sans",
    "axes.unicode_minus": False,
}
_METADATA = {
    "svg": {"Date": None, "Creator": "surveystats"},
    "png": {"Software": "surveystats"},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": "surveystats"},
}
_WIDTH = 7.0  # inches


def figure_size(figure: Figure) -> tuple[float, float]:
    """The size in inches of a figure's chart: wider charts for more rows.

    Examples
    --------
    >>> import pandas as pd
    >>> from surveystats.report.model import Figure
    >>> figure_size(Figure("01_tally_0", "tally", pd.DataFrame({"count": [1, 2, 3]}), ""))
    (7.0, 3.65)
    """
    rows = len(figure.data)
    members = figure.data["member_id"].nunique() if "member_id" in figure.data else 0
    heights = {
        "tally": 0.55 * rows + 2.0,
        "membership_split": 3.4,
        "percentage_check": 2.6,
        "implied_denominators": 2.6,
        "vote": 0.6 * rows + 2.2,
        "membership_growth": 3.3,
        "vote_splits": 3.8,
        "unanimity": 3.2,
        "abstentions": 3.0,
        "member_record": 0.32 * min(members, 15) + 1.8,
    }
    if figure.chart not in heights:
        raise ValidationError(
            f"figure {figure.name!r}: chart must be one of {', '.join(CHARTS)}; "
            f"got {figure.chart!r}"
        )
    return (_WIDTH, round(heights[figure.chart], 2))


def draw(figure: Figure) -> MatplotlibFigure:
    """Draw a figure's chart on a new Matplotlib figure of :func:`figure_size`."""
    from matplotlib.figure import Figure as MatplotlibFigure

    size = figure_size(figure)
    canvas = MatplotlibFigure(figsize=size, layout="constrained")
    CHARTS[figure.chart](figure.data, ax=canvas.add_subplot(), **figure.options)
    return canvas


def render_figure(figure: Figure, formats: Sequence[str] = ("svg",)) -> dict[str, bytes]:
    """A figure's chart, drawn once and saved as SVG, PNG (:data:`PNG_DPI`) and/or PDF.

    Parameters
    ----------
    figure
        The figure of a report model.
    formats
        Any of :data:`FIGURE_FORMATS`.

    Returns
    -------
    dict of str to bytes
        Format -> the file; the same bytes on every run (no dates, fixed ids). An SVG
        starts at its ``<svg`` element (no XML prolog), ready to be inlined in HTML.

    Raises
    ------
    ValidationError
        When a format is unknown or the figure names an unknown chart.

    Examples
    --------
    >>> import pandas as pd
    >>> from surveystats.report.model import Figure
    >>> table = pd.DataFrame({"category": ["yes", "no reply"], "count": [3, 6]})
    >>> files = render_figure(Figure("01_split", "membership_split", table, "Nine"), ["svg"])
    >>> files["svg"][:4]
    b'<svg'
    """
    unknown = [name for name in formats if name not in FIGURE_FORMATS]
    if unknown or isinstance(formats, str):
        raise ValidationError(f"formats must be among {', '.join(FIGURE_FORMATS)}; got {formats!r}")
    import matplotlib

    files = {}
    with matplotlib.rc_context(_RC):
        canvas = draw(figure)
        for figure_format in formats:
            buffer = io.BytesIO()
            canvas.savefig(
                buffer,
                format=figure_format,
                dpi=PNG_DPI,
                facecolor="white",
                metadata=_METADATA[figure_format],
            )
            files[figure_format] = buffer.getvalue()
    if "svg" in files:
        files["svg"] = re.sub(rb"\A.*?(?=<svg)", b"", files["svg"], flags=re.S)
    return files
