"""Words broken at a printed line end, and vote words garbled by OCR, written right."""

import pytest

from surveystats.extract.ocr_words import repair_ocr_words


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("were dis- satisfied.", "dissatisfied"),
        ("to educa-\ntion and", "education"),
        ("from Gov- ernments", "Governments"),
        ("completed question-\n naires", "questionnaires"),
        ("55 non- governmental organizations", "non-governmental"),
        ("the follow- up to", "follow-up"),
        ("twenty- five States", "twenty-five"),
        ("Union of So-\nviet Socialist Republics", "Soviet"),  # a name: no prefix
        ("from Co- lombia", "Colombia"),
        ("the so- cial sector", "social"),
        ("Member States ex- pressed support", "expressed"),
        ("the so- called plan", "so-called"),  # kept by its last piece
        ("ex- combatants were", "ex-combatants"),
    ],
)
def test_word_broken_at_line_end_is_joined(text: str, whole: str) -> None:
    repaired, spans = repair_ocr_words(text)
    assert len(repaired) == len(text)  # every offset holds in the original
    assert whole in repaired.split()
    assert spans == []  # a line break is layout, not a misreading


@pytest.mark.parametrize(
    "text",
    [
        "pre- and post-election periods",  # a hyphen left hanging
        "10- to 14-year-olds",
        "the cost- which was high",  # a dash written as a hyphen
        "the Non- Self-Governing Territories",  # the rest in capitals
        "decision-making- body",  # a compound's last piece
    ],
)
def test_hyphen_that_is_no_break_stays(text: str) -> None:
    assert repair_ocr_words(text) == (text, [])


def test_tally_ends_on_the_written_word_not_inside_it() -> None:
    from surveystats.extract.tallies import tallies_in_text

    text = "Adopted at the 1514th meet-\ning."
    row = tallies_in_text(text).iloc[0]
    assert row["raw"] == text[row["start"] : row["end"]]
    assert row["raw"].endswith("meet-\ning")  # not "meet-\ni": the joined word is read whole
