"""One reader for every date a user gives: the API's arguments and the CLI's --date."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from surveystats import membership
from surveystats.analysis import analyze
from surveystats.errors import MembershipError, SurveyStatsError, ValidationError
from surveystats.text.date_argument import read_date_argument


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2001-12-21", dt.date(2001, 12, 21)),
        ("2001-12", dt.date(2001, 12, 1)),
        ("2001", dt.date(2001, 1, 1)),
        (" 2001-12-21 ", dt.date(2001, 12, 21)),
        ("21 December 2001", dt.date(2001, 12, 21)),
        ("21 DECEMBER 2001", dt.date(2001, 12, 21)),
        ("21st December, 2001", dt.date(2001, 12, 21)),
        ("December 21, 2001", dt.date(2001, 12, 21)),
        ("Dec. 21, 2001", dt.date(2001, 12, 21)),
        ("Sept 2000", dt.date(2000, 9, 1)),
        ("December 2001", dt.date(2001, 12, 1)),
        (dt.date(2001, 12, 21), dt.date(2001, 12, 21)),
        (dt.datetime(2001, 12, 21, 15, 30), dt.date(2001, 12, 21)),
        (pd.Timestamp("2001-12-21"), dt.date(2001, 12, 21)),
    ],
)
def test_accepted_forms(given, expected):
    assert read_date_argument(given) == expected


@pytest.mark.parametrize(
    ("given", "pattern"),
    [
        # two real days: both named, neither chosen
        ("05/10/1960", r"'05/10/1960' could be 1960-05-10 or 1960-10-05; write the one"),
        ("5.10.1960", r"could be 1960-05-10 or 1960-10-05"),
        # one real day only: still refused (the next such date would be read otherwise)
        ("13/04/2001", r"'13/04/2001' is not read .*day or the month first.*as 2001-04-13"),
        ("2001-02-30", r"'2001-02-30' is not a day of the calendar"),
        ("31 June 2000", r"'31 June 2000' is not a day of the calendar"),
        ("yesterday", r"'yesterday' is not a date; write it as 2001-12-21"),
        ("2001-12-21T10:00", r"is not a date; write it as"),
        (pd.NaT, r"missing date \(NaT\)"),
        (None, r"must be a date or a string.*NoneType"),
        (20011221, r"must be a date or a string.*int 20011221"),
    ],
)
def test_refused_forms_say_how_to_write_the_date(given, pattern):
    with pytest.raises(ValidationError, match=pattern) as refused:
        read_date_argument(given, argument="when")
    assert str(refused.value).startswith("when")


@pytest.mark.parametrize("given", ["05/10/1960", "13/04/2001"])
def test_membership_refuses_numeric_dates_instead_of_guessing(given):
    # before: pandas read "05/10/1960" month first and "13/04/2001" day first
    with pytest.raises(ValidationError, match=r"^date: .*write"):
        membership.membership_count(given)


def test_membership_reads_dates_in_words_and_numpy_dates():
    assert membership.membership_count("21 December 2001") == 189
    assert membership.membership_count(np.datetime64("2001-12-21")) == 189
    with pytest.raises(ValidationError, match="NaT"):
        membership.membership_count(np.datetime64("NaT"))


def test_survey_date_is_read_like_every_other_date(example_path):
    in_words = analyze(example_path, survey_date="21 December 2001")
    assert in_words.date == dt.date(2001, 12, 21)
    assert in_words.date_source == "survey_date"
    with pytest.raises(ValidationError, match=r"^survey_date: '05/10/1960' could be"):
        analyze(example_path, survey_date="05/10/1960")


def test_survey_date_outside_the_membership_data_is_refused_as_membership_does(example_path):
    # before: analyze accepted it and every check became "undecidable"
    with pytest.raises(MembershipError) as by_membership:
        membership.membership_count("1900-01-01")
    with pytest.raises(MembershipError) as by_analysis:
        analyze(example_path, survey_date="1900-01-01")
    message = str(by_membership.value).removeprefix("date ")
    assert str(by_analysis.value) == f"survey_date {message}"


@pytest.mark.parametrize(
    ("options", "pattern"),
    [
        ({"confidence": "0.9"}, r"^confidence must be a number in \(0, 1\); got str '0.9'"),
        ({"confidence": 95}, r"^confidence must be in \(0, 1\); got 95 \(did you mean 0.95\?\)"),
        ({"confidence": float("nan")}, r"^confidence must be in \(0, 1\); got nan"),
        ({"confidence": True}, r"^confidence must be a number"),
        ({"survey_date": pd.NaT}, r"^survey_date: got a missing date \(NaT\)"),
        ({"survey_date": 2001}, r"^survey_date must be a date or a string"),
    ],
)
def test_analyze_argument_errors_are_package_errors_naming_the_argument(
    example_path, options, pattern
):
    # before: confidence="0.9" and survey_date=pd.NaT raised TypeError
    with pytest.raises(SurveyStatsError, match=pattern):
        analyze(example_path, **options)
