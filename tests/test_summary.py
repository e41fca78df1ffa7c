"""Analysis.summary(), its HTML view and the short repr of an Analysis."""

from __future__ import annotations

import re

import pytest

from surveystats.analysis import analyze
from surveystats.analysis.summary import Summary
from surveystats.documents import parse_document

SC_FIXTURE = "report_sc_fixture.txt"


@pytest.fixture(scope="module")
def example(example_path):
    return analyze(example_path)


@pytest.fixture(scope="module")
def council(test_data):
    return analyze(test_data / SC_FIXTURE)


def test_summary_prints_the_document_membership_shares_and_checks(example):
    summary = example.summary()
    assert isinstance(summary, Summary)
    text = str(summary)
    assert repr(summary) == text  # at the prompt it shows as text too
    assert text.splitlines()[1] == "A/RES/56/203: International migration and development"
    assert "General Assembly: 189 members on 2001-12-21" in text
    assert "Checks: 1 consistent, 0 inconsistent, 0 undecidable" in text
    assert all(len(line) <= 100 for line in text.splitlines())
    # every share and interval of the analysis, in per cent with one decimal, on its row
    lines = {line.split("  ")[1]: line for line in text.splitlines() if line.startswith("  ")}
    for row in example.shares.itertuples():
        cells = lines[row.category].split()
        assert cells[-6:-4] == [str(row.count), f"{100 * row.share:.1f}%"]
        line = lines[row.category]
        assert f"{100 * row.ci_low:.1f}–{100 * row.ci_high:.1f}%" in line
        assert f"{100 * row.bound_low:.1f}–{100 * row.bound_high:.1f}%" in line
    assert "60.3%" in lines["in favour"]  # 47/78 = 0.6026, printed as a per cent


def test_summary_of_a_vote_shows_the_votes_and_the_roll_call(council):
    text = str(council.summary())
    assert re.search(r"^\s+0\s+13\s+0\s+2\s+adopted\s+15$", text, re.M)
    assert re.search(r"abstaining\s+2\s+France; United Kingdom", text)
    for check in council.checks.itertuples():
        assert f"{check.verdict.upper()}  {check.kind}" in text


def test_summary_of_a_breakdown_shows_the_stated_per_cents():
    result = analyze(
        parse_document("Of the staff, 60.5 per cent were women and 39.5 per cent were men.")
    )
    text = str(result.summary())
    assert "breakdown" in text and "60.5%" in text and "39.5%" in text


def test_summary_of_a_document_without_tallies_or_date():
    result = analyze(parse_document("The Assembly decided to meet again."))
    text = str(result.summary())
    assert "Checks: none" in text and "Tally" not in text
    assert "General Assembly: unknown on no date" in text
    assert repr(result).startswith("<Analysis of a text without a date: 0 numbers, 0 tallies")


def test_html_shows_the_same_tables_escaped(example, council):
    page = example._repr_html_()
    assert page == example.summary()._repr_html_()
    assert page.count("<table>") == 3  # facts, shares, checks
    for row in example.shares.itertuples():
        assert f">{100 * row.share:.1f}%<" in page
    assert "<table>" in council._repr_html_() and "roll call" in council._repr_html_().lower()
    hostile = analyze(parse_document("<script>alert(1)</script>\n\nForty of 50 replied."))
    assert "<script>" not in hostile._repr_html_()


def test_repr_is_one_short_line(example):
    text = repr(example)
    assert "\n" not in text and len(text) < 200
    assert text.startswith("<Analysis of A/RES/56/203 on 2001-12-21 (adopted): ")
    assert f"{len(example.numbers)} numbers" in text and "1 consistent" in text
