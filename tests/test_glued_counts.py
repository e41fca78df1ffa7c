"""Counts glued to the word before or after them, read with a blank between, offsets kept."""

import pytest

from surveystats.documents import parse_document
from surveystats.extract.glued_counts import separate_glued_counts
from surveystats.extract.numbers import extract_numbers, scan_text
from surveystats.extract.tallies import extract_tallies, tallies_in_text


@pytest.mark.parametrize(
    ("text", "separated"),
    [
        ("a recorded vote of20 in favour", "a recorded vote of 20 in favour"),
        ("by 14 votes to3, with 2 abstentions", "by 14 votes to 3, with 2 abstentions"),
        ("adopted by14 votes", "adopted by 14 votes"),
        ("the vote was 98 in favour and12 against", "the vote was 98 in favour and 12 against"),
        ("with7 abstentions", "with 7 abstentions"),
        ("Of1,204 replies received", "Of 1,204 replies received"),
        ("a share of4.5 per cent", "a share of 4.5 per cent"),
        ("11women are serving", "11 women are serving"),
        ("(12States)", "(12 States)"),
        ("40abstentions and 3members", "40 abstentions and 3 members"),
        ("a vote of20votes to 2", "a vote of 20 votes to 2"),  # glued on both sides
    ],
)
def test_glued_count_gets_its_blank(text: str, separated: str) -> None:
    glued = separate_glued_counts(text)
    assert glued.text == separated
    assert [glued.text[blank] for blank in glued.blanks] == [" "] * len(glued.blanks)
    assert glued.text.replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "A/RES/56/203, S/RES/242 and E/CN.4/2002/10",
        "the G-77, the G77 and COVID-19",
        "in the 1990s, the1990s and the 21st century, the21st",
        "ISO9001, Form A1, an A4 sheet, para.3 and paras.3-5",
        "H2O, CO2, km2, 5km, 10am, 2nd, 3D",
        "OF20 and TO3: capitals are a code",
        "Toronto3 and Ito5: the word is no function word",
        "3and12, of1,2, of20km, to3/4, with7-",
        "11WOMEN, 11women-led, 2019,11women, Women4",
        "Women4 and men; Cairo,1 and Beijing",  # footnote markers glued to a noun
    ],
)
def test_no_count_is_invented(text: str) -> None:
    assert separate_glued_counts(text).blanks == ()


def test_offsets_map_both_ways() -> None:
    glued = separate_glued_counts("by14 votes to3")
    assert glued.text == "by 14 votes to 3"
    assert [glued.written(at) for at in (3, 5, 15, 16)] == [2, 4, 13, 14]
    assert [glued.read(at) for at in (2, 4, 13)] == [3, 5, 15]


def test_a_listed_footnote_marker_stays_glued() -> None:
    text = "the bodies referred to3, the"
    assert separate_glued_counts(text, keep={text.index("3")}).blanks == ()


def test_numbers_read_glued_counts_at_their_written_offsets() -> None:
    text = "by a recorded vote of20 in favour to 22 against; 11women are judges"
    facts = scan_text(text)
    assert [(text[f.start : f.end], f.kind, f.counted) for f in facts] == [
        ("20", "count", None),
        ("22", "count", None),
        ("11", "count", "women"),
    ]
    table = extract_numbers(text)
    spans = zip(table["start"], table["end"], strict=True)
    assert table["raw"].tolist() == [text[start:end] for start, end in spans]


def test_tally_of_glued_counts_is_flagged_and_keeps_the_written_text() -> None:
    text = "It was adopted by a recorded vote of20 in favour to 22 against, with 11 abstentions."
    table = tallies_in_text(text)
    assert table["count"].tolist() == [20, 22, 11]
    assert table["ocr_corrected"].all()
    assert table["raw"].iloc[0] == text[table["start"].iloc[0] : table["end"].iloc[0]]
    assert "of20" in table["raw"].iloc[0]


def test_tally_without_glued_count_is_not_flagged_beside_one() -> None:
    text = "Adopted by 12 votes to 2, with 1 abstention. A vote of20 was also taken."
    table = tallies_in_text(text)
    assert table["count"].tolist()[:3] == [12, 2, 1]
    assert not table[table["end"] < text.index("of20")]["ocr_corrected"].any()


def test_document_offsets_hold_after_a_glued_count() -> None:
    doc = parse_document(
        "First paragraph with 3 items.\n\nThe resolution was adopted by 14 votes to3, "
        "with 2 abstentions.\n\nA later paragraph names 11women judges."
    )
    tallies = extract_tallies(doc)
    assert tallies["count"].tolist()[-3:] == [14, 3, 2]
    for start, end, raw in zip(tallies["start"], tallies["end"], tallies["raw"], strict=True):
        assert doc.text[start:end] == raw
    numbers = extract_numbers(doc)
    for start, end, raw in zip(numbers["start"], numbers["end"], numbers["raw"], strict=True):
        assert doc.text[start:end] == raw
    assert "11" in numbers["raw"].tolist()


def test_a_footnote_marker_the_document_lists_is_no_glued_count() -> None:
    doc = parse_document(
        "The Assembly took note of the reports referred to3, and adopted the resolution "
        "by 14 votes to 2, with 1 abstention.\n\n3 See document A/56/10.\n"
    )
    numbers = extract_numbers(doc)
    assert numbers["kind"].tolist()[0] == "footnote_marker"
    tallies = extract_tallies(doc)
    assert tallies["count"].tolist() == [14, 2, 1]
    assert not tallies["ocr_corrected"].any()
