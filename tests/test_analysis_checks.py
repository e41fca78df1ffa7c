"""Tests for the checks of surveystats.analysis.checks on relations the text states.

Each case is one sentence; the expected verdicts are worked out by hand in the comments
(exact fractions), independently of the code under test.
"""

from __future__ import annotations

import datetime

import pandas as pd
import pytest

from surveystats import analyze
from surveystats.analysis.checks import (
    breakdown_checks,
    part_of_whole_checks,
    percent_of_counts_checks,
    tally_total_checks,
)
from surveystats.analysis.votes import vote_size_checks, votes_table
from surveystats.documents import parse_document
from surveystats.extract.tallies import tallies_in_text


def _checks(sentence: str, *, survey_date: str = "2001-07-01") -> pd.DataFrame:
    doc = parse_document(f"General Assembly\n\n1. {sentence}\n")
    return analyze(doc, survey_date=survey_date).checks


def _verdicts(rows: list[dict]) -> list[str]:
    return [row["verdict"] for row in rows]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 26 / (26 + 16) = 0.619047... -> 61.9 per cent, inside [61.5, 62.5]
        (
            "Twenty-six of the countries surveyed (62 per cent) reported a policy, while the "
            "remaining sixteen did not.",
            "consistent",
        ),
        # 26 / 42 = 61.9 per cent, outside [64.5, 65.5]
        (
            "Twenty-six of the countries surveyed (65 per cent) reported a policy, while the "
            "remaining sixteen did not.",
            "inconsistent",
        ),
        # no stated total and no 'remaining': the whole is unknown
        (
            "Twenty-six of the countries surveyed (62 per cent) reported a policy, while "
            "sixteen did not.",
            "undecidable",
        ),
        # 47/78 = 60.256... and 31/78 = 39.743...: both round to the stated one decimal
        (
            "Of the 78 respondents, 60.3 per cent were women and 39.7 per cent were men.",
            "consistent",
        ),
        # 60.5 per cent of 78 needs 47.151 <= k <= 47.229; 39.5 needs 30.771 <= k <= 30.849
        (
            "Of the 78 respondents, 60.5 per cent were women and 39.5 per cent were men.",
            "inconsistent",
        ),
    ],
)
def test_percent_against_the_counts_it_describes(sentence, verdict):
    rows = percent_of_counts_checks(tallies_in_text(sentence))
    assert rows and set(_verdicts(rows)) == {verdict}
    assert all(row["kind"] == "percent_of_counts" for row in rows)


@pytest.mark.parametrize(
    ("sentence", "nearest"),
    [
        (
            "The number of malnourished is 840 million people, 20 per cent of whom are children.",
            168_000_000,
        ),
        ("Of the world's 7 billion people, 12.5 per cent live in extreme poverty.", 875_000_000),
    ],
)
def test_a_share_of_a_whole_in_hundreds_of_millions_is_checked_without_listing(sentence, nearest):
    # Millions of counts round to such a share: the nearest one is checked, not all listed.
    rows = percent_of_counts_checks(tallies_in_text(sentence))
    assert _verdicts(rows) == ["consistent"]
    assert f"about {nearest} of them" in rows[0]["explanation"]


def test_a_share_outside_its_window_is_explained_in_numbers():
    rows = percent_of_counts_checks(
        tallies_in_text(
            "Twenty-six of the countries surveyed (65 per cent) reported a policy, while the "
            "remaining sixteen did not."
        )
    )
    (row,) = rows
    assert row["verdict"] == "inconsistent"
    assert (row["numerator"], row["denominator"]) == (26, 42)
    assert "26 of 42 is 61.90 per cent" in row["explanation"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 60 + 8 + 23 = 91
        (
            "Ninety-one Governments answered the questionnaire, of which sixty were in favour, "
            "eight partially in favour and twenty-three opposed.",
            "consistent",
        ),
        # 50 + 28 = 78 != 80, and more parts could be unstated: nothing to conclude
        (
            "80 Member States replied, of which 50 were in favour and 28 were against.",
            "undecidable",
        ),
        # 50 + 32 = 82 > 80
        (
            "80 Member States replied, of which 50 were in favour and 32 were against.",
            "inconsistent",
        ),
        # 150 + 60 = 210 against "about 200": not exact, so not a contradiction
        ("About 200 schools were surveyed: 150 had running water and 60 did not.", "undecidable"),
        # the remaining ones make the parts exhaustive: 30 + 12 + 10 = 52 != 54
        (
            "Of the 54 States in the region, 30 have ratified the Convention, 12 have signed "
            "it and the remaining 10 have taken no action.",
            "inconsistent",
        ),
    ],
)
def test_parts_against_a_stated_total(sentence, verdict):
    rows = tally_total_checks(tallies_in_text(sentence))
    assert _verdicts(rows) == [verdict]


def test_a_qualified_total_is_never_read_as_exact():
    (row,) = tally_total_checks(
        tallies_in_text("About 200 schools were surveyed: 150 had running water and 60 did not.")
    )
    assert row["stated"] == "about 200"
    assert "about 200, not exactly" in row["explanation"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "Nine of the 15 members of the Council voted in favour, three against and three "
            "abstained.",
            "consistent",
        ),
        ("Of the 15 members, 18 were in favour and 2 were against.", "inconsistent"),
    ],
)
def test_no_part_exceeds_its_whole(sentence, verdict):
    rows = part_of_whole_checks(tallies_in_text(sentence), members=None)
    assert _verdicts(rows) == [verdict]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 189 Member States on 1 July 2001 (Switzerland and Timor-Leste joined in 2002)
        ("Replies were received from 64 Governments.", "consistent"),
        ("Replies were received from 200 Governments.", "inconsistent"),
    ],
)
def test_respondents_against_the_membership(sentence, verdict):
    checks = _checks(sentence)
    row = checks[checks["kind"] == "part_of_whole"].iloc[0]
    assert row["verdict"] == verdict
    assert row["denominator"] == 189


@pytest.mark.parametrize(
    ("sentence", "respondents", "verdict"),
    [
        # Those who replied are the respondents, not the whole that was asked: 79 of the
        # 189 Member States on 1 July 2001 = 41.80 per cent, inside [41.5, 42.5]
        (
            "The questionnaire was sent to all 189 Member States; 79 replied, that is 42 per "
            "cent of the United Nations membership.",
            79,
            "consistent",
        ),
        # 79 / 189 = 41.80 per cent, outside [44.5, 45.5]
        (
            "Of the 189 Member States invited to reply, 79 did so, that is 45 per cent of the "
            "United Nations membership.",
            79,
            "inconsistent",
        ),
        # A survey of many answers: the stated total answered (91 / 189 = 48.15 per cent)
        (
            "Ninety-one Governments answered the questionnaire, of which sixty were in favour "
            "and thirty-one opposed, that is 48 per cent of the United Nations membership.",
            91,
            "consistent",
        ),
    ],
)
def test_respondents_are_those_who_replied(sentence, respondents, verdict):
    checks = _checks(sentence)
    row = checks[checks["kind"] == "percentage"].iloc[0]
    assert row["numerator"] == respondents
    assert row["verdict"] == verdict


def test_a_garbled_vote_is_undecidable_never_guessed():
    checks = _checks("The resolution was adopted by ?4 votes to 7.")
    row = checks[checks["kind"] == "vote_size"].iloc[0]
    assert row["verdict"] == "undecidable"
    assert "garbled" in row["explanation"]


def test_inconsistent_checks_come_first():
    checks = _checks(
        "80 Member States replied, of which 50 were in favour and 32 were against; "
        "Twenty-six of the countries surveyed (62 per cent) reported a policy, while the "
        "remaining sixteen did not."
    )
    assert checks["verdict"].iloc[0] == "inconsistent"
    assert list(checks["check"]) == list(range(len(checks)))


# Relations stated by the tally forms of issue #15 (tallies3): a whole that its parts make
# up, a whole in a scale, shares whose labels stand before them, a vote with absent members.
@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 33 + 14 + 1 = 48
        (
            "The 48 least developed countries comprise 33 in Africa, 14 in Asia and one in "
            "the Caribbean.",
            "consistent",
        ),
        # 33 + 24 + 1 = 58 > 48
        (
            "The 48 least developed countries comprise 33 in Africa, 24 in Asia and one in "
            "the Caribbean.",
            "inconsistent",
        ),
        # 5 + 4 + 3 + 3 + 3 = 18
        (
            "The Committee has 18 members: 5 from Africa, 4 from Asia, 3 from Eastern Europe, "
            "3 from Latin America and 3 from Western Europe.",
            "consistent",
        ),
        # 1,500,000 + 1,900,000 = 3,400,000 > 2,400,000
        (
            "Of the 2.4 million refugees, 1.5 million were in the north and 1.9 million in the "
            "west.",
            "inconsistent",
        ),
        # 41 + 32 = 73
        (
            "The secretariat received responses from 73 countries, 41 of which were developing "
            "countries and 32 developed countries.",
            "consistent",
        ),
    ],
)
def test_parts_of_a_composed_or_scaled_whole(sentence, verdict):
    rows = tally_total_checks(tallies_in_text(sentence))
    assert _verdicts(rows) == [verdict]


def test_no_part_exceeds_a_composed_whole():
    # 60 > 48: a part larger than the whole it makes up
    rows = part_of_whole_checks(
        tallies_in_text("The 48 countries of the region comprise 60 in Africa and 10 in Asia."),
        members=None,
    )
    assert _verdicts(rows) == ["inconsistent"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 38 + 41 + 21 = 100
        (
            "Agriculture accounted for 38 per cent of exports, minerals for 41 per cent and "
            "manufactures for 21 per cent.",
            "consistent",
        ),
        # 55 + 40 + 15 = 110 > 100.5
        (
            "Women and children make up 55 per cent of the displaced, men 40 per cent and the "
            "elderly 15 per cent.",
            "inconsistent",
        ),
    ],
)
def test_label_first_shares_against_100(sentence, verdict):
    rows = breakdown_checks(tallies_in_text(sentence))
    assert _verdicts(rows) == [verdict]


def test_absent_members_count_against_the_size_of_the_council():
    # 10 + 2 + 2 + 3 = 17 > 15 members of the Security Council in 1990
    sentence = (
        "Adopted at the 2900th meeting by 10 votes to 2, with 2 abstentions; 3 members were absent."
    )
    checks = vote_size_checks(
        votes_table(tallies_in_text(sentence), "Security Council", 15, datetime.date(1990, 7, 1))
    )
    (row,) = checks
    assert row["verdict"] == "inconsistent"
    assert "17 votes exceed the 15 members" in row["explanation"]


def test_one_share_of_a_whole_is_no_breakdown_to_sum():
    # One share splits nothing: "47 per cent" alone says nothing about a sum to 100, so
    # breakdown_checks has no row; the share is still checked against its whole.
    tallies = tallies_in_text("Of the 4.1 million displaced persons, 47 per cent were women.")
    assert breakdown_checks(tallies) == []
    assert _verdicts(percent_of_counts_checks(tallies)) == ["consistent"]


def test_one_part_of_a_whole_is_checked_once_against_it():
    # 23 <= 54: the part-of-whole check decides it; a "sum of the parts" row would only
    # repeat it as undecidable (31 unstated).
    tallies = tallies_in_text("Of the 54 African States, 23 are landlocked.")
    assert tally_total_checks(tallies) == []
    assert _verdicts(part_of_whole_checks(tallies, members=None)) == ["consistent"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # 62 > "more than 50": the whole is a lower bound, so nothing is contradicted
        ("Of the more than 50 countries surveyed, 62 replied.", "undecidable"),
        ("Of the about 50 projects, 61 were completed.", "undecidable"),
        # an exact whole stays a hard bound
        ("Of the 50 projects, 61 were completed.", "inconsistent"),
    ],
)
def test_a_part_over_a_qualified_whole_is_not_a_contradiction(sentence, verdict):
    rows = part_of_whole_checks(tallies_in_text(sentence), members=None)
    assert _verdicts(rows) == [verdict]


def test_shares_with_no_count_and_no_whole_state_no_relation():
    sentence = (
        "Children accounted for 51 per cent of the refugees, women 24 per cent and men 25 per cent."
    )
    tallies = tallies_in_text(sentence)
    assert percent_of_counts_checks(tallies) == []
    assert _verdicts(breakdown_checks(tallies)) == ["consistent"]


@pytest.mark.parametrize(
    ("sentence", "shares", "verdict"),
    [
        # 48 + 35 + 29 + 22 = 134 > 100.5 (four half-units of rounding): each woman asked
        # could cite more than one barrier, so the sum contradicts nothing
        (
            "Asked what keeps them from clinics, women most often cited cost (48%), distance "
            "(35%), lack of transport (29%) and long waiting times (22%).",
            [48, 35, 29, 22],
            "undecidable",
        ),
        # 88 + 64 = 152: the share of children who trust each, not a split of the children
        (
            "Teachers (88%) and, to a lesser extent, religious leaders (64%) were the most "
            "trusted sources of information.",
            [88, 64],
            "undecidable",
        ),
        # 61 + 50 + 30 = 141 > 101.5: shares of the respondents who cited each
        (
            "Cost was cited by 61 per cent of respondents, distance by 50 per cent and lack "
            "of time by 30 per cent.",
            [61, 50, 30],
            "undecidable",
        ),
        # 37 + 21 + 30 = 88 < 99.5: some reasons unstated, as for any breakdown
        (
            "The reasons adolescents gave for leaving school were to work (37%), to marry "
            "(21%) and for lack of money (30%).",
            [37, 21, 30],
            "undecidable",
        ),
        # 55 + 40 + 15 = 110 > 100.5 and no respondents: a breakdown that cannot be right
        (
            "Women and children make up 55 per cent of the displaced, men 40 per cent and the "
            "elderly 15 per cent.",
            [55, 40, 15],
            "inconsistent",
        ),
    ],
)
def test_answers_of_a_survey_may_add_up_to_more_than_100(sentence, shares, verdict):
    (row,) = breakdown_checks(tallies_in_text(sentence))
    assert row["computed"] == pytest.approx(sum(shares))
    assert row["window_high"] == pytest.approx(100 + 0.5 * len(shares))
    assert row["verdict"] == verdict
    if sum(shares) > 100 + 0.5 * len(shares):
        survey = verdict == "undecidable"
        assert ("more than one answer" in row["explanation"]) == survey


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a share of a group of people or States cannot exceed the whole group (100 per cent)
        ("In all, 120 per cent of the Member States replied to the questionnaire.", ["120"]),
        ("Some 130 per cent of women in the survey said they had voted.", ["130"]),
        # a part of a tally is a share of its whole: 171 > 100 whatever the sum
        (
            "Twenty-two per cent of Governments viewed emigration as too high, 171 per cent as "
            "satisfactory and 7 per cent as too low.",
            ["171"],
        ),
        # a percentage of a quantity may exceed 100; so may an upper bound
        ("Funding reached 140 per cent of the target set in 1995.", []),
        ("Exports of the region grew by 150 per cent between 1990 and 2000.", []),
        ("Turnout among registered voters was 95 per cent.", []),
        ("Less than 120 per cent of the Member States replied.", []),
    ],
)
def test_a_share_of_a_group_over_100_per_cent_is_impossible(sentence, flagged):
    checks = _checks(sentence)
    bound = checks[checks["kind"] == "share_bound"]
    assert bound["stated"].tolist() == flagged
    assert (bound["verdict"] == "inconsistent").all()
    assert all("cannot be more than 100 per cent" in text for text in bound["explanation"])


def test_a_membership_share_over_100_is_flagged_not_an_error():
    # "120 per cent of the membership" once raised ValidationError in the rounding check
    # of the membership (stated percentages must lie in 0-100); now it is one flagged row.
    checks = _checks("Replies came from 120 per cent of the full United Nations membership.")
    assert checks["kind"].tolist() == ["share_bound"]
    assert checks["verdict"].tolist() == ["inconsistent"]
