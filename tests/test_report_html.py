"""report.html in a real browser: headless Chromium loads it, and the test reads what it shows.

The page must show the key figures of the example with the same numbers as the CSV
tables, a chart and a quoted sentence per figure, make no network request, log nothing to
the console, look like something on a screenshot and print. The harness is checked too:
a page that breaks each rule is caught (so a green run means something).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from chromium import load, print_to_pdf, screenshot
from PIL import Image
from pypdf import PdfReader

import surveystats
from surveystats import report


class _Dom(HTMLParser):
    """The text of a DOM, table cells by row, and how many SVGs and quotes figures hold."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.rows: list[list[str]] = []
        self.figures: list[dict[str, int]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "figure":
            self.figures.append({"svg": 0, "blockquote": 0})
        elif tag in ("svg", "blockquote") and self.figures:
            self.figures[-1][tag] += 1

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @classmethod
    def of(cls, dom: str) -> _Dom:
        parsed = cls()
        parsed.feed(dom)
        return parsed

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


def missing_key_figures(dom: str, tables: Path) -> list[str]:
    """The key figures of the example that the rendered page does not show.

    The expected values are read from the report's CSV tables, so the page must show the
    same numbers: each category with its count, respondents and share (one decimal), the
    percentage check with its verdict, and the summary sentence.
    """
    page = _Dom.of(dom)
    shown = [tuple(row) for row in page.rows]
    missing = []
    shares = pd.read_csv(tables / "shares.csv")
    for row in shares.itertuples(index=False):
        expected = (
            str(row.category),
            str(row.count),
            str(row.respondents),
            f"{row.share * 100:.1f}",
        )
        if not any(cells[1:5] == expected for cells in shown if len(cells) >= 5):
            missing.append(f"shares row {expected}")
    checks = pd.read_csv(tables / "checks.csv")
    for row in checks.itertuples(index=False):
        if not any(str(row.description) in cells and str(row.verdict) in cells for cells in shown):
            missing.append(f"check {row.check}: {row.description} {row.verdict}")
    members = int(pd.read_csv(tables / "membership.csv")["members"].iloc[0])
    respondents = int(shares["respondents"].iloc[0])
    sentence = (
        f"{respondents} of the {members} Member States "
        f"({100 * respondents / members:.1f} per cent) answered"
    )
    if sentence not in page.words:
        missing.append(sentence)
    return missing


@pytest.fixture(scope="module")
def example_html(tmp_path_factory, example_path) -> Path:
    out = tmp_path_factory.mktemp("html") / "A_RES_56_203"
    report.build_report(example_path, out, formats=("html", "csv"))
    return out / "report.html"


@pytest.fixture(scope="module")
def loaded(example_html, tmp_path_factory):
    return load(example_html, tmp_path_factory.mktemp("chromium"))


def test_the_browser_shows_the_key_figures(loaded, example_html):
    assert missing_key_figures(loaded.dom, example_html.parent / "tables") == []


def test_every_figure_is_an_inline_chart_beside_its_sentence(loaded, example_path):
    page = _Dom.of(loaded.dom)
    model = report.document_report(surveystats.analyze(example_path))
    assert len(page.figures) == len(model.figures) == 5
    for figure, shown in zip(model.figures, page.figures, strict=True):
        assert shown["svg"] == 1
        assert shown["blockquote"] == (1 if figure.quote else 0)
    assert "forty-seven respondents were in favour" in page.words


def test_no_network_request_and_no_console_message(loaded, example_html):
    assert loaded.requests == []
    assert loaded.console == []
    source = example_html.read_text(encoding="utf-8")
    assert not re.search(
        r"""(?:src|href)\s*=\s*["']?(?:https?:|//)|<script|<link|@import""", source
    )


def test_the_screenshot_is_not_blank(example_html, tmp_path):
    path = screenshot(example_html, tmp_path)
    with Image.open(path) as image:
        pixels = np.asarray(image.convert("RGB"))
    assert pixels.shape[1] == 1280
    inked = (pixels.min(axis=2) < 200).mean()  # share of pixels that are not near white
    colours = len(np.unique(pixels.reshape(-1, 3), axis=0))
    assert 0.02 < inked < 0.6, inked
    assert colours > 50, colours  # text, charts and table shading, not one flat colour


def test_the_page_prints(example_html, tmp_path):
    pdf = print_to_pdf(example_html, tmp_path)
    reader = PdfReader(pdf)
    first = " ".join(reader.pages[0].extract_text().split())
    assert first.startswith("Numbers in A/RES/56/203")
    assert 2 <= len(reader.pages) <= 8
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "78 of the 189 Member States (41.3 per cent) answered" in text
    assert text.count("From the document:") == 4


# --------------------------------------------------------------------------- the harness


def test_the_harness_catches_a_page_that_breaks_the_rules(example_html, loaded, tmp_path):
    """A page that loses a figure, calls the network and logs an error is caught."""
    source = example_html.read_text(encoding="utf-8")
    broken = source.replace('<td class="number">47</td>', '<td class="number">74</td>', 1)
    assert broken != source
    broken = broken.replace(
        '<meta http-equiv="Content-Security-Policy"', '<meta name="x-no-policy"', 1
    ).replace(
        "</body>",
        '<img src="http://example.com/x.png"><script>console.error("oops")</script></body>',
    )
    page = tmp_path / "tables" / ".." / "broken.html"
    (tmp_path / "tables").mkdir()
    for csv in (example_html.parent / "tables").iterdir():
        (tmp_path / "tables" / csv.name).write_bytes(csv.read_bytes())
    page.write_text(broken, encoding="utf-8")
    seen = load(page, tmp_path)
    assert missing_key_figures(seen.dom, tmp_path / "tables") == [
        "shares row ('in favour', '47', '78', '60.3')"
    ]
    assert seen.requests == ["http://example.com/x.png"]
    assert seen.console == ["oops"]
