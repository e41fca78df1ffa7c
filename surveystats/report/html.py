"""The HTML renderer: a report model as one self-contained ``report.html``.

The page is built from the Jinja2 template ``templates/report.html.j2`` with automatic
escaping, so text from a document is never live HTML. It loads nothing: the styles are
inline, the charts are inline SVG, there is no script, and a Content-Security-Policy
forbids any request the page might still try. Marked rows (inconsistent checks) carry a
class and a visible "✗"; the print styles keep figures and table rows whole on paper.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from surveystats.report.model import Report

__all__ = ["render_html"]


@functools.cache
def _environment() -> Any:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("surveystats.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return environment


def render_html(
    report: Report,
    *,
    svgs: Mapping[str, str | bytes],
    table_files: Iterable[str] = (),
) -> str:
    """The report as one HTML page.

    Parameters
    ----------
    report
        The report model.
    svgs
        Figure name -> the figure as SVG markup (from
        :func:`surveystats.report.figures.render_figure`), inlined as it is.
    table_files
        The names of the data tables written as ``tables/<name>.csv``, linked at the end.

    Returns
    -------
    str
        The HTML document (UTF-8, "\\n" line ends).

    Raises
    ------
    KeyError
        When a figure of the report has no SVG in ``svgs``.

    Examples
    --------
    >>> from surveystats.report.model import Section
    >>> page = render_html(Report("Numbers in <X>", "", (), (Section("Summary", ("Hi.",)),)),
    ...                    svgs={})
    >>> "<h1>Numbers in &lt;X&gt;</h1>" in page, "<script" in page
    (True, False)
    """
    from markupsafe import Markup

    figures = []
    for number, figure in enumerate(report.figures, start=1):
        svg = svgs[figure.name]
        markup = svg.decode("utf-8") if isinstance(svg, bytes) else svg
        figures.append((number, figure, Markup(markup)))
    numbered = {figure.name: (number, svg) for number, figure, svg in figures}
    written = set(table_files)
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            figures=numbered,
            table_files=[name for name in report.data if name in written],
        )
    )
