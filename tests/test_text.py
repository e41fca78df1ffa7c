"""Tests of the shared text layer (surveystats.text): number words, dates, sentences."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from surveystats.text import (
    FRACTION_WORDS,
    NUMBER_WORDS_PATTERN,
    parse_date,
    read_date,
    read_date_range,
    sentence_starts,
    word_alternation,
    words_to_number,
)

# --- number words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("seven", (7, False)),
        ("Forty-seven", (47, False)),
        ("FORTY SEVEN", (47, False)),
        ("one hundred and twenty-three", (123, False)),
        ("two thousand and five", (2005, False)),
        ("seven hundred and seventy-seven thousand seven hundred and seventy-seven",
         (777_777, False)),
        ("four million six hundred fifty thousand two hundred and eleven", (4_650_211, False)),
        ("hundred", (100, False)),
        ("fifty-sixth", (56, True)),
        ("one hundred and fifty first", (151, True)),
        ("two hundredth", (200, True)),
        ("five six", None),
        ("forty forty", None),
        ("thousand thousand", None),
        ("first second", None),
        ("one third", None),  # a fraction, read by the extractors, not a number
        ("and", None),
        ("", None),
    ],
)  # fmt: skip
def test_words_to_number(phrase, expected):
    assert words_to_number(phrase) == expected


def test_fraction_words_have_their_denominators():
    assert FRACTION_WORDS["half"] == 2
    assert FRACTION_WORDS["thirds"] == FRACTION_WORDS["third"] == 3
    assert FRACTION_WORDS["quarters"] == FRACTION_WORDS["fourth"] == 4
    assert FRACTION_WORDS["hundredths"] == 100
    assert "second" not in FRACTION_WORDS  # "a second" is a unit of time


def test_number_words_pattern_is_bounded():
    phrase = " ".join(["one"] * 30)
    match = NUMBER_WORDS_PATTERN.match(phrase)
    assert match is not None
    assert len(match.group().split()) == 12


def test_number_words_pattern_does_not_start_inside_a_word():
    assert [m.group() for m in NUMBER_WORDS_PATTERN.finditer("someone gave ten")] == ["ten"]


def test_word_alternation_rejects_unknown_cases():
    with pytest.raises(ValueError, match="cases must be among"):
        word_alternation(["one"], cases="lower title")


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("21", "December", "2001"), "2001-12-21"),
        (("1st", "Sept.", "1995"), "1995-09-01"),
        ((None, "May", "2000"), "2000-05"),
        (("29", "February", None), "--02-29"),
        (("29", "February", "2001"), None),
        (("5", "13", "2001"), None),
    ],
)
def test_read_date(args, expected):
    numeric = args[1].isdigit()
    assert read_date(*args, numeric=numeric) == expected


def test_read_date_range_rejects_backwards_ranges():
    assert read_date_range(("23", None, None), ("21", "April", "1999")) is None
    assert read_date_range(("1", "May", "2000"), ("1", "May", "2000")) is None
    assert read_date_range(("30", "June", None), ("2", "July", None)) == "--06-30/--07-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resolution 338 (1973) of 22 October 1973", dt.date(1973, 10, 22)),
        ("on 30 JUNE, 1992", dt.date(1992, 6, 30)),
        ("adopted on 14\nDecember\n1960", dt.date(1960, 12, 14)),
        ("31 February 2002", None),
        ("22 October 0000", None),
        ("no date here", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


# --- sentences -----------------------------------------------------------------------


def test_sentence_starts_skip_abbreviations():
    text = "See chap. I and No. 49. Mr. Annan spoke. 12 States replied."
    starts = sentence_starts(text)
    assert [text[s : s + 5] for s in starts] == ["See c", "Mr. A", "12 St"]


# --- layering ------------------------------------------------------------------------


def test_documents_do_not_import_extract():
    code = (
        "import sys, surveystats.documents; "
        "print(sorted(m for m in sys.modules if m.startswith('surveystats.extract')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
