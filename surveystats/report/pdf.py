"""The PDF renderer: a report model typeset by Typst as ``report.pdf``.

The layout lives in the Typst template ``templates/report.typ``; this module only hands
it the model as JSON (``sys.inputs.model``), so text from a document is data to Typst,
never markup. Typst measures glyphs, wraps long titles and cells, splits long tables
across pages with their header repeated, makes a bookmark of every heading and places
the charts as vector graphics (the SVG of each figure). The fonts are the DejaVu fonts
shipped with Matplotlib (the charts' own), and system fonts are ignored, so the PDF is
the same, byte for byte, on every run and every machine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from surveystats.errors import OutputError
from surveystats.report.model import DisplayTable, Report

__all__ = ["pdf_data", "render_pdf"]

# A run of this many characters without a space gets break opportunities (zero-width
# spaces), so a long symbol or URL wraps instead of running off the page.
_LONGEST_WORD = 30
_LONG_WORD = re.compile(rf"\S{{{_LONGEST_WORD + 1},}}")


def _breakable(text: str) -> str:
    """``text`` with a zero-width space after every 20 characters of an overlong word."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return "\u200b".join(word[i : i + 20] for i in range(0, len(word), 20))

    return _LONG_WORD.sub(split, text)


def _table(table: DisplayTable, heading: str) -> dict[str, Any]:
    rows = [[_breakable(str(cell)) for cell in row] for row in table.frame.itertuples(index=False)]
    columns = [str(column) for column in table.frame.columns]
    return {
        "caption": "" if table.caption == heading else _breakable(table.caption),
        "columns": [_breakable(column) for column in columns],
        "align": ["right" if flag else "left" for flag in table.numeric],
        "rows": rows,
        "marks": list(table.marks) if table.marks else [""] * len(rows),
    }


def pdf_data(report: Report, svgs: Mapping[str, str | bytes]) -> dict[str, Any]:
    """The model as the JSON the Typst template reads (text made breakable).

    Parameters
    ----------
    report
        The report model.
    svgs
        Figure name -> the figure as SVG.

    Returns
    -------
    dict
        ``title``, ``subtitle``, ``footer``, ``metadata`` ([label, value] pairs) and
        ``sections``, each with ``heading``, ``paragraphs``, ``tables`` (``caption``,
        ``columns``, ``align``, ``rows``, ``marks``), ``figures`` (``number``, ``caption``,
        ``quote``, ``svg``) and ``notes``.
    """
    number = 0
    sections = []
    for section in report.sections:
        figures = []
        for figure in section.figures:
            number += 1
            svg = svgs[figure.name]
            figures.append(
                {
                    "number": number,
                    "caption": _breakable(figure.caption),
                    "quote": _breakable(figure.quote),
                    "svg": svg.decode("utf-8") if isinstance(svg, bytes) else svg,
                }
            )
        sections.append(
            {
                "heading": _breakable(section.heading),
                "paragraphs": [_breakable(p) for p in section.paragraphs],
                "tables": [_table(table, section.heading) for table in section.tables],
                "figures": figures,
                "notes": [[_breakable(term), _breakable(note)] for term, note in section.notes],
            }
        )
    return {
        "title": _breakable(report.title),
        "plain_title": report.title,
        "subtitle": _breakable(report.subtitle),
        "footer": _breakable(report.footer),
        "metadata": [[_breakable(k), _breakable(v)] for k, v in report.metadata],
        "sections": sections,
    }


def _font_folder() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def render_pdf(report: Report, *, svgs: Mapping[str, str | bytes]) -> bytes:
    """The report as a PDF, typeset by Typst.

    Parameters
    ----------
    report
        The report model.
    svgs
        Figure name -> the figure as SVG (from
        :func:`surveystats.report.figures.render_figure`).

    Returns
    -------
    bytes
        The PDF: A4, the title first, a bookmark per section and figure, no dates.

    Raises
    ------
    OutputError
        When Typst cannot typeset the report (its message is included).

    Examples
    --------
    >>> from surveystats.report.model import Section
    >>> pdf = render_pdf(Report("Numbers in X", "", (), (Section("Summary", ("Hi.",)),)),
    ...                  svgs={})
    >>> pdf[:5]
    b'%PDF-'
    """
    import typst

    template = resources.files("surveystats.report").joinpath("templates/report.typ")
    data = json.dumps(pdf_data(report, svgs), ensure_ascii=False)
    try:
        return typst.compile(
            template.read_bytes(),
            font_paths=[str(_font_folder())],
            ignore_system_fonts=True,
            sys_inputs={"model": data},
        )
    except typst.TypstError as error:  # pragma: no cover - a template error is a bug
        raise OutputError(f"report.pdf: Typst could not typeset the report: {error}") from error
