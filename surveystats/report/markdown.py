"""The Markdown renderer: a report model as ``report.md``.

Every piece of text from a document (titles, categories, quotes, explanations) is escaped
with :func:`escape_markdown`, so a title holding ``<img src=x onerror=...>`` or
``[x](javascript:...)`` is shown as written, never as live HTML or a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from surveystats.report.model import DisplayTable, Report

__all__ = ["escape_markdown", "render_markdown"]

# Characters that start Markdown or HTML syntax anywhere in a line (CommonMark allows a
# backslash before any ASCII punctuation, so escaping them is always safe).
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# Syntax that counts only at the start of a line: headings, quotes, lists, rules.
# (A list number needs "." or ")" and a space after it: "41.27" is not one.)
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d{1,9}(?=[.)](?:\s|$)))")


def escape_markdown(text: object) -> str:
    r"""Text as Markdown that renders exactly as ``text``, on one line.

    Examples
    --------
    >>> print(escape_markdown("[x](javascript:alert(1)) <img src=x onerror=alert(1)>"))
    \[x\](javascript:alert(1)) \<img src=x onerror=alert(1)\>
    >>> print(escape_markdown("1. Decides"))
    1\. Decides
    """
    flat = " ".join(str(text).split())
    escaped = _INLINE.sub(r"\\\1", flat)
    match = _LINE_START.match(escaped)
    if match is None:
        return escaped
    if match.group(2).isdigit():
        end = match.end()
        return escaped[:end] + "\\" + escaped[end:]
    return escaped[: match.start(2)] + "\\" + escaped[match.start(2) :]


def _table(table: DisplayTable) -> list[str]:
    marks = table.marks or ("",) * len(table.frame)
    lines = ["| " + " | ".join(escape_markdown(c) for c in table.frame.columns) + " |"]
    lines.append("|" + "|".join("---" for _ in table.frame.columns) + "|")
    for mark, values in zip(marks, table.frame.itertuples(index=False), strict=True):
        cells = [escape_markdown(value) for value in values]
        if mark and cells:
            cells[0] = f"**✗ {cells[0]}**"
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def render_markdown(
    report: Report, *, figure_files: bool = True, table_files: Iterable[str] = ()
) -> str:
    r"""The report as Markdown.

    Parameters
    ----------
    report
        The report model.
    figure_files
        Whether ``figures/<name>.png`` exist to be shown as images.
    table_files
        The names of the data tables written as ``tables/<name>.csv``, listed at the end.

    Returns
    -------
    str
        The Markdown text, "\n" line ends, ending with a newline.

    Examples
    --------
    >>> from surveystats.report.model import Section
    >>> report = Report("Numbers in <X>", "", (), (Section("Summary", ("Hi.",)),))
    >>> print(render_markdown(report))
    # Numbers in \<X\>
    <BLANKLINE>
    ## Summary
    <BLANKLINE>
    Hi.
    <BLANKLINE>
    """
    lines = [f"# {escape_markdown(report.title)}", ""]
    if report.subtitle:
        lines += [f"*{escape_markdown(report.subtitle)}*", ""]
    if report.metadata:
        lines += [f"- **{escape_markdown(k)}:** {escape_markdown(v)}" for k, v in report.metadata]
        lines += [""]
    number = 0
    for section in report.sections:
        lines += [f"## {escape_markdown(section.heading)}", ""]
        for paragraph in section.paragraphs:
            lines += [escape_markdown(paragraph), ""]
        for table in section.tables:
            if table.caption != section.heading:
                lines += [f"**{escape_markdown(table.caption)}**", ""]
            lines += [*_table(table), ""]
            if any(table.marks):
                lines += ["Rows marked ✗ are inconsistent: the stated figures do not add up.", ""]
        for figure in section.figures:
            number += 1
            caption = escape_markdown(figure.caption)
            lines += [f"### Figure {number}. {caption}", ""]
            if figure_files:
                lines += [f"![{caption}](figures/{figure.name}.png)", ""]
            if figure.quote:
                lines += [f"> “{escape_markdown(figure.quote)}”", ""]
        for term, note in section.notes:
            lines += [f"**{escape_markdown(term)}.** {escape_markdown(note)}", ""]
    names = [name for name in report.data if name in set(table_files)]
    if names:
        lines += ["## Tables", ""]
        lines += [f"- [{escape_markdown(name)}](tables/{name}.csv)" for name in names]
        lines += [""]
    return "\n".join(lines)
