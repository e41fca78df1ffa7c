"""analyze(): a document's facts joined with membership and statistics."""

from __future__ import annotations

import pandas as pd
import pytest

from surveystats import ValidationError, analyze, parse_document

SC_CHINA = """Resolution 338 (1973)
of 22 October 1973

The Security Council

1. Calls upon all parties to cease all firing.

Adopted at the 1747th meeting by 14 votes to none 27



27 One member (China) did not participate in the voting.
"""
SC_SHORT = SC_CHINA.replace("14 votes to none 27", "12 votes to none 27")
SC_TOO_MANY = SC_CHINA.replace("14 votes to none 27", "14 votes to 2 27")
GA_BREAKDOWN = """The General Assembly,

1. Notes that 19 per cent of the replies were positive, 64 per cent were negative and
17 per cent were undecided;
"""


@pytest.fixture(scope="module")
def example(example_path):
    return analyze(example_path)


def test_example_membership_base_is_the_adoption_day(example):
    row = example.membership.iloc[0]
    assert row["body"] == "General Assembly"
    assert row["date"] == pd.Timestamp(2001, 12, 21)
    assert row["members"] == 189
    assert row["date_source"] == "adopted"


def test_example_shares_of_respondents(example):
    shares = example.shares.set_index("category")
    assert list(shares.index) == ["in favour", "partially in favour", "against"]
    assert (shares["respondents"] == 78).all()
    in_favour = shares.loc["in favour"]
    assert in_favour["share"] == pytest.approx(47 / 78)
    # Wilson 95% interval for 47/78, issue 6: "about [49.2, 70.4] per cent";
    # statsmodels proportion_confint(47, 78, method="wilson") = (0.4917, 0.7043).
    assert in_favour["ci_low"] == pytest.approx(0.4917, abs=5e-4)
    assert in_favour["ci_high"] == pytest.approx(0.7043, abs=5e-4)
    # worst case over the 111 non-respondents: [47/189, 158/189]
    assert in_favour["bound_low"] == pytest.approx(47 / 189)
    assert in_favour["bound_high"] == pytest.approx(158 / 189)
    assert in_favour["population"] == 189
    # the exact finite-population interval lies within the worst-case bounds
    assert 47 <= in_favour["population_count_low"] <= in_favour["population_count_high"] <= 158


def test_example_percentage_check(example):
    checks = example.checks[example.checks["kind"] == "percentage"]
    assert len(checks) == 1
    check = checks.iloc[0]
    assert check["stated"] == "41"
    assert check["numerator"] == 78
    assert check["denominator"] == 189
    assert check["computed"] == pytest.approx(100 * 78 / 189)
    assert (check["implied_low"], check["implied_high"]) == (188, 192)
    assert check["verdict"] == "consistent"
    assert "41.27" in check["explanation"]
    assert "membership" in check["context"]


def test_a_survey_date_changes_the_base(example_path):
    early = analyze(example_path, survey_date="1999-09-13")  # 185 members that day
    check = early.checks[early.checks["kind"] == "percentage"].iloc[0]
    assert check["denominator"] == 185
    # 78/185 = 42.16 per cent lies outside the window [40.5, 41.5] of "41"
    assert check["computed"] == pytest.approx(100 * 78 / 185)
    assert check["verdict"] == "inconsistent"


def test_security_council_vote_with_non_participation_is_15_of_15():
    result = analyze(parse_document(SC_CHINA, name="sc"))
    vote = result.votes.iloc[0]
    assert (vote["in_favour"], vote["against"], vote["not_participating"]) == (14, 0, 1)
    assert vote["body"] == "Security Council"
    assert vote["body_size"] == 15
    check = result.checks[result.checks["kind"] == "vote_size"].iloc[0]
    assert check["verdict"] == "consistent"
    assert "15 of 15" in check["explanation"]


def test_security_council_vote_short_of_the_council_is_undecidable():
    check = analyze(parse_document(SC_SHORT)).checks.iloc[0]
    assert check["verdict"] == "undecidable"


def test_security_council_vote_above_the_council_is_inconsistent():
    check = analyze(parse_document(SC_TOO_MANY)).checks.iloc[0]
    assert check["verdict"] == "inconsistent"


def test_percentage_breakdown_adds_up_to_100():
    result = analyze(parse_document(GA_BREAKDOWN))
    check = result.checks[result.checks["kind"] == "breakdown_sum"].iloc[0]
    assert check["computed"] == pytest.approx(100)
    assert check["verdict"] == "consistent"


def test_tables_keep_their_columns_when_there_is_nothing():
    result = analyze(parse_document("The General Assembly,\n\n1. Decides to meet again."))
    assert result.shares.empty and result.checks.empty and result.votes.empty
    assert {"share", "ci_low", "bound_high"} <= set(result.shares.columns)
    assert {"verdict", "explanation"} <= set(result.checks.columns)


def test_bad_arguments_are_named():
    with pytest.raises(ValidationError, match="confidence must be in"):
        analyze(parse_document("text"), confidence=95)
    with pytest.raises(ValidationError, match="survey_date"):
        analyze(parse_document("text"), survey_date="21/12/2001")
    with pytest.raises(ValidationError, match="Document or a file path"):
        analyze(42)  # type: ignore[arg-type]
