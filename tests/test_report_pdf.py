"""report.pdf as typeset by Typst: reading order, wrapping, long tables, bookmarks, vectors.

The text is read back with poppler's ``pdftotext`` (as a reader's tools would) and with
pypdf; word boxes from ``pdftotext -bbox`` show that nothing runs off the page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

import surveystats
from surveystats.report import DisplayTable, Report, Section, document_report
from surveystats.report.figures import render_figure
from surveystats.report.pdf import render_pdf

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="poppler's pdftotext is not installed (apt-get install poppler-utils)"
)
A4_WIDTH = 595.28  # points
MARGIN = 18 / 25.4 * 72  # the template's 18 mm side margins, in points


def _pdftotext(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        [str(PDFTOTEXT), *args, str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return result.stdout.decode("utf-8")


def _words(pdf: bytes, tmp_path: Path) -> list[tuple[int, float, float, str]]:
    """(page, x_min, x_max, word) for every word, from ``pdftotext -bbox``."""
    xml = _pdftotext(pdf, tmp_path, "-bbox")
    words = []
    for page, body in enumerate(re.split(r"<page ", xml)[1:], start=1):
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            body,
        ):
            words.append((page, float(x_min), float(x_max), word))
    return words


def _assert_inside_the_margins(pdf: bytes, tmp_path: Path) -> None:
    outside = [
        (page, word)
        for page, x_min, x_max, word in _words(pdf, tmp_path)
        if x_min < MARGIN - 1 or x_max > A4_WIDTH - MARGIN + 1
    ]
    assert outside == []


def _report(title: str, *sections: Section) -> Report:
    return Report(title, "", (("Symbol", "X/1"),), sections, footer=title[:60])


@pytest.fixture(scope="module")
def example_pdf(example_path) -> bytes:
    model = document_report(surveystats.analyze(example_path))
    svgs = {figure.name: render_figure(figure, ["svg"])["svg"] for figure in model.figures}
    return render_pdf(model, svgs=svgs)


@needs_pdftotext
def test_pdftotext_starts_with_the_title(example_pdf, tmp_path):
    text = _pdftotext(example_pdf, tmp_path)
    assert text.splitlines()[0] == "Numbers in A/RES/56/203"
    assert text.splitlines()[1] == "International migration and development"
    # and the sections follow in reading order
    order = [text.index(heading) for heading in ("Summary", "Consistency checks", "Figures")]
    assert order == sorted(order)


def test_pypdf_reads_the_title_first(example_pdf, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(example_pdf)
    first = PdfReader(path).pages[0].extract_text()
    assert first.lstrip().startswith("Numbers in A/RES/56/203")


@needs_pdftotext
def test_a_200_character_title_wraps(tmp_path):
    title = ("Numbers in a report whose title is much longer than a line " * 4)[:200].strip()
    assert len(title) >= 195
    pdf = render_pdf(_report(title, Section("Summary", ("One paragraph.",))), svgs={})
    text = _pdftotext(pdf, tmp_path)
    lines = text.splitlines()
    assert len(lines[0]) < len(title)  # the title takes more than one line...
    assert " ".join(" ".join(lines[:8]).split()).startswith(title)  # ...and is all there
    _assert_inside_the_margins(pdf, tmp_path)


@needs_pdftotext
def test_a_title_without_spaces_and_long_cells_wrap(tmp_path):
    title = "S/RES/" + "9" * 190
    cell = "a-very-long-symbol-without-any-space/" * 8
    table = DisplayTable("Long cells", pd.DataFrame({"What": [cell, "short"], "N": ["1", "2"]}))
    pdf = render_pdf(_report(title, Section("Checks", tables=(table,))), svgs={})
    _assert_inside_the_margins(pdf, tmp_path)
    text = _pdftotext(pdf, tmp_path).replace("\u200b", "")
    assert "".join(text.split())[: len(title)] == title


@needs_pdftotext
def test_a_60_row_table_spans_pages_with_its_header_repeated(tmp_path):
    frame = pd.DataFrame(
        {
            "Row": [str(i) for i in range(60)],
            "Category": [
                f"category number {i} with a label that wraps in its cell " * 2 for i in range(60)
            ],
            "Count": [str(i * 7) for i in range(60)],
        }
    )
    table = DisplayTable("Sixty rows", frame)
    pdf = render_pdf(_report("Numbers in a long table", Section("Table", tables=(table,))), svgs={})
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    pages = len(PdfReader(path).pages)
    assert pages >= 2
    seen_rows = set()
    for page in range(1, pages + 1):
        text = _pdftotext(pdf, tmp_path, "-f", str(page), "-l", str(page), "-layout")
        rows = {int(n) for n in re.findall(r"^\s*(\d+)\s+category number", text, flags=re.M)}
        if rows:  # the header comes before the first row on every page with rows
            header = re.search(r"^\s*Row\s+Category\s+Count\s*$", text, flags=re.M)
            first_row = re.search(r"^\s*\d+\s+category number", text, flags=re.M)
            assert header and first_row and header.start() < first_row.start(), page
        seen_rows |= rows
    assert seen_rows == set(range(60))
    _assert_inside_the_margins(pdf, tmp_path)


def test_sections_and_figures_are_bookmarked(example_pdf, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(example_pdf)
    reader = PdfReader(path)

    def titles(outline):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    bookmarks = list(titles(reader.outline))
    assert bookmarks[0] == "Numbers in A/RES/56/203"
    for heading in ("Summary", "Consistency checks", "Tallies and shares", "Method notes"):
        assert heading in bookmarks
    assert sum(title.startswith("Figure ") for title in bookmarks) == 5


def test_charts_are_vector_graphics(example_pdf, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(example_pdf)
    reader = PdfReader(path)
    assert all(len(page.images) == 0 for page in reader.pages)  # no bitmap anywhere
    figure_pages = [page for page in reader.pages if "Figure 1." in page.extract_text()]
    assert figure_pages
    content = figure_pages[0].get_contents().get_data()
    assert len(re.findall(rb"\bl\b", content)) > 100  # drawn with lines and curves


def test_byte_identical_on_rerun(example_path, example_pdf):
    model = document_report(surveystats.analyze(example_path))
    svgs = {figure.name: render_figure(figure, ["svg"])["svg"] for figure in model.figures}
    assert render_pdf(model, svgs=svgs) == example_pdf
