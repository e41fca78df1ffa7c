"""Tests of number extraction (surveystats.extract.numbers and its lexicon)."""

from __future__ import annotations

import itertools
import json
import math
import random
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from surveystats.errors import ExtractionError
from surveystats.extract.numbers import (
    KINDS,
    NUMBER_COLUMNS,
    empty_numbers,
    extract_numbers,
    scan_text,
)

GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "numbers_golden.json").read_text(encoding="utf-8")
)


def _golden_params():
    for i, case in enumerate(GOLDEN):
        marks = []
        if "xfail" in case:
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
        yield pytest.param(case, id=f"{i:03d}-{case['group'].replace(' ', '_')}", marks=marks)


# Fields compared whenever the extractor sets them; the others only when the expectation
# names them.
_ALWAYS = ("value", "low", "high", "value_text", "qualifier")
_OPTIONAL = ("unit", "counted", "counted_inherited", "base", "date", "date_end",
             "reference_date", "in_words", "marker_source", "sales_number", "decimals")  # fmt: skip


def _observed(text: str, expected: list[dict]) -> list[dict]:
    """The facts scan_text finds, with the fields the expectation names."""
    out = []
    for fact, want in zip(scan_text(text), [*expected, *([{}] * 100)], strict=False):
        observed = {"raw": text[fact.start : fact.end], "kind": fact.kind}
        for field in _ALWAYS:
            if getattr(fact, field) is not None or field in want:
                observed[field] = getattr(fact, field)
        # Quantities always carry their unit, decimals and base.
        if fact.kind in ("percent", "money"):
            observed["unit"] = fact.unit
        if fact.kind in ("percent", "fraction"):
            observed["base"] = fact.base
        if fact.kind in ("count", "percent", "money"):
            observed["decimals"] = fact.decimals
        for field in _OPTIONAL:
            if field in want:
                observed[field] = getattr(fact, field)
        out.append({key: observed[key] for key in sorted(observed, key=_FIELD_ORDER.index)})
    return out


_FIELD_ORDER = ["raw", "kind", *_ALWAYS, *_OPTIONAL]


@pytest.mark.parametrize("case", list(_golden_params()))
def test_golden_sentence(case):
    text, expected = case["text"], case["facts"]
    for fact in expected:  # the golden file itself is well formed
        assert text.count(fact["raw"]) >= 1, fact
        assert fact["kind"] in KINDS
    expected = [
        {key: fact[key] for key in sorted(fact, key=_FIELD_ORDER.index)} for fact in expected
    ]
    assert _observed(text, expected) == expected


def test_golden_file_is_large_and_covers_every_kind():
    assert len(GOLDEN) >= 150
    kinds = {fact["kind"] for case in GOLDEN for fact in case["facts"]}
    assert kinds == set(KINDS)
    assert sum(1 for case in GOLDEN if not case["facts"]) >= 15


def test_offsets_and_raw_agree_on_every_golden_sentence():
    for case in GOLDEN:
        text = case["text"]
        facts = scan_text(text)
        for fact in facts:
            assert 0 <= fact.start < fact.end <= len(text)
        spans = sorted((fact.start, fact.end) for fact in facts)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), text


# --- the table -----------------------------------------------------------------------


def test_empty_table_has_typed_columns():
    table = empty_numbers()
    assert list(table.columns) == list(NUMBER_COLUMNS)
    assert {c: str(t) for c, t in table.dtypes.items()} == NUMBER_COLUMNS
    assert table["kind"].cat.categories.tolist() == list(KINDS)


def test_extract_numbers_rejects_other_types():
    with pytest.raises(ExtractionError, match="Document or a str; got int"):
        extract_numbers(5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", [("1", "count", 1.0)]),
        ("5%", [("5%", "percent", 5.0)]),
        ("one", [("one", "count", 1.0)]),
        ("- 2 -", [("2", "count", 2.0)]),
        ("", []),
        ("   ", []),
        # A number word after a reference keyword once went through int() and raised.
        ("resolution one", [("one", "count", 1.0)]),
        ("decision three was taken", [("three", "count", 3.0)]),
        ("the Group of Eight met", []),
    ],
)
def test_any_text_is_text(text, expected):
    # A string the document reader would refuse (nothing but what page furniture removal
    # takes away, or nothing at all) is read as it is; refusing such a file stays
    # read_document's job.
    table = extract_numbers(text)
    assert list(table.columns) == list(NUMBER_COLUMNS)
    assert list(zip(table.raw, table.kind, table.value, strict=True)) == expected


# One-line texts that look like page furniture, footnotes or paragraph numbers: the
# short path for one plain line must read them as the document reader does.
_FURNITURE_LIKE_LINES = [
    "1", "- 2 -", "A/RES/56/203", "01-12345 (E)", "Page 3", "S/PV.4701", "21 February 2002",
    "12. Decides to remain seized of the matter.", "1 See A/56/563.", "14 One member (China)",
    "Fifty-sixth session", "Agenda item 100", "General Assembly", "*0112345*", "[DU1] 3 votes",
    "United Nations A/RES/56/203 General Assembly Distr.: General",
    "<<ODS JOB NO>>N0212345<<ODS JOB NO>>", "10, Reaffirms its resolution 661 (1990);",
    "E.95.XIII.18", "2/", "\t4 states", "5 ", "a\u2028b",
]  # fmt: skip


def test_one_plain_line_reads_as_the_document_reader_reads_it():
    from surveystats.extract.numbers import _parsed_columns, is_one_plain_line, number_columns

    texts = [case["text"] for case in GOLDEN] + _FURNITURE_LIKE_LINES
    short = [text for text in texts if is_one_plain_line(text)]
    assert len(short) > 0.9 * len(GOLDEN)  # most golden sentences take the short path
    for text in texts:
        assert number_columns(text) == _parsed_columns(text), text


# Paragraph edges where a candidate pattern reads or consumes beyond one character: "US"
# then "$" ("S\s?\$"), "Rev." then a digit, a Roman numeral after "annex ", a number word
# at the very start, words and marks that only a look-behind or look-ahead tells apart.
_EDGE_PIECES = [
    "S", "US", "$5", "US$ 3", "Rev.", "Add. 2", "1", "annex", "III", "Chapter VII", ".08", ".",
    "one", "two1", "A/56/1", "No. 5", "Seco", "Second", "Security", "½", "\x00", "(", ")",
    ",", "-", "–", "12.", "12", "I", "twenty-one", " ", "\n", "\t", "",
]  # fmt: skip


def test_candidates_of_a_document_are_those_of_each_paragraph():
    from surveystats.extract.numbers import _candidates, _paragraph_candidates

    rng = random.Random(14)
    for _ in range(20_000):
        texts = [
            "".join(rng.choice(_EDGE_PIECES) + rng.choice(["", " ", "\n"]) for _ in range(4))
            for _ in range(rng.randint(1, 4))
        ]
        assert _paragraph_candidates(texts) == [_candidates(text) for text in texts], texts


def test_ranges_qualifiers_and_counted_are_typed_columns():
    table = extract_numbers(
        "About 12 Governments replied; 10-15 per cent of them, and five were against."
    )
    rows = table.set_index("raw")
    assert rows.loc["12", "qualifier"] == "approximately"
    assert rows.loc["12", "counted"] == "Governments" and not rows.loc["12", "counted_inherited"]
    assert pd.isna(rows.loc["10-15 per cent", "value"])
    assert (rows.loc["10-15 per cent", "low"], rows.loc["10-15 per cent", "high"]) == (10, 15)
    assert rows.loc["five", "counted"] == "Governments" and rows.loc["five", "counted_inherited"]
    # booleans are False where they do not apply; counted_inherited is missing with counted
    assert not table.in_words.isna().any() and not table.sales_number.isna().any()
    assert (table.counted.isna() == table.counted_inherited.isna()).all()


def test_every_lexicon_branch_has_a_reader():
    from surveystats.extract.lexicon import NUMBER_PATTERN
    from surveystats.extract.readers import READERS

    groups = set(NUMBER_PATTERN.groupindex)
    assert set(READERS) <= groups
    # a branch is a group that a match can end on (m.lastgroup); every one is read
    samples = ["A/56/563", "E.95.XIII.18", "S-21/2", "September 2000", "US$ 5", "No. 4",
               "$5", "one in five", "one and a half", "two thirds", "a dozen", "forty",
               "12/05/2001", "49/127", "217 A (III)", "242 (1967)", "3 p.m.", "5 May 2001",
               "5-13 May", "1990s", "1990-1995", "21st", "1976 Census", "1 in 4",
               "78 per cent", "forty-seven", "Women4", "78 countries", "in 1976,",
               "forty.", "annex III", "3½ per cent", "½ of", "and Add.1-3",
               "1.4 × 10^6", "10^6", "April, May and June 1966", "threefold"]  # fmt: skip
    branches = {NUMBER_PATTERN.search(sample).lastgroup for sample in samples}
    assert branches == set(READERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emissions reached 1.4 × 10^6 tonnes.", [("1.4 × 10^6", 1.4e6)]),
        ("a risk of 2.48×10−5 per year", [("2.48×10−5", 2.48e-5)]),
        ("an activity of 3.2 x 10⁶ Bq", [("3.2 x 10⁶", 3.2e6)]),
        ("a dose of 5 x 10-3 Sv", [("5 x 10-3", 5e-3)]),
        ("releases of 4e14 Bq and 1.5E-3 Gy", [("4e14", 4e14), ("1.5E-3", 1.5e-3)]),
        ("a balance of -2.5e3", [("-2.5e3", -2.5e3)]),
        # no power: dimensions and counts stay what they are
        ("a room of 3 x 10 metres", [("3", 3.0), ("10", 10.0)]),
        ("a panel of 12 x 105 cm", [("12", 12.0), ("105 cm", 105.0)]),
        # the digit after a caret is an exponent, no count
        ("exposed to 20 J/m^2 per year over 4 km^2", [("20", 20.0), ("4 km", 4.0)]),
    ],
)
def test_scientific_notation(text, expected):
    # values computed by hand from the notation (mantissa times ten to the power)
    table = extract_numbers(text)
    assert list(table["raw"]) == [raw for raw, _ in expected]
    assert list(table["value"]) == pytest.approx([value for _, value in expected])


def test_fact_is_a_slotted_dataclass():
    fact = scan_text("78 Member States")[0]
    assert not hasattr(fact, "__dict__")
    assert (fact.start, fact.end, fact.kind, fact.value, fact.counted) == (
        0, 2, "count", 78.0, "Member States")  # fmt: skip


# --- hostile repetitions -------------------------------------------------------------
# Whether scanning is linear is measured by benchmarks/bench_pathological.py (families
# digits, forty, dashes, commas, letter_symbols, symbol_parts, digit_symbols, day_months,
# plain_words); here only that each gives facts with ordered spans inside the text.


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "1" * n,
        lambda n: "one " * (n // 4),
        lambda n: "one-" * (n // 4),
        lambda n: "1," * (n // 2),
        lambda n: "A/" * (n // 2),
        lambda n: "A/1" * (n // 3),
        lambda n: "1/" * (n // 2),
        lambda n: "5 May " * (n // 6),
        lambda n: ("x" * 50 + " ") * (n // 51),
    ],
    ids=["digits", "words", "hyphens", "commas", "slashes", "symbol", "digit-slash",
         "dates", "plain"],
)  # fmt: skip
def test_hostile_repetitions_give_ordered_spans_inside_the_text(make):
    text = make(20_000)
    ends = [(f.start, f.end) for f in scan_text(text)]
    assert all(0 <= start < end <= len(text) for start, end in ends)
    assert all(end <= next_start for (_, end), (next_start, _) in itertools.pairwise(ends))


def test_hundred_thousand_digits_are_no_quantity():
    facts = scan_text("x " + "9" * 100_000 + " y")
    assert all(f.kind != "count" or math.isfinite(f.value) for f in facts)


# --- on documents ----------------------------------------------------------------------

documents = pytest.importorskip(
    "surveystats.documents", reason="surveystats.documents is not written yet"
)


@pytest.fixture(scope="module")
def example_numbers(example_path):
    doc = documents.read_document(example_path)
    return doc, extract_numbers(doc)


def test_example_raw_matches_text(example_numbers):
    doc, table = example_numbers
    assert list(table.columns) == list(NUMBER_COLUMNS)
    for start, end, raw in zip(table.start, table.end, table.raw, strict=True):
        assert doc.text[start:end] == raw


def test_example_counts(example_numbers):
    _, table = example_numbers
    counts = table[table.kind == "count"]
    by_value = dict(zip(counts.raw, counts.value, strict=True))
    assert {"forty-seven": 47.0, "five": 5.0, "twenty-six": 26.0}.items() <= by_value.items()
    # Besides those three, only "one additional time" may be read as a count.
    others = counts[~counts.raw.isin(["forty-seven", "five", "twenty-six"])]
    assert others.raw.tolist() in ([], ["one"])
    if len(others):
        assert "one additional time" in others.context.iloc[0]


def test_example_percent_and_base(example_numbers):
    _, table = example_numbers
    percents = table[table.kind == "percent"]
    assert percents.raw.tolist() == ["41 per cent"]
    row = percents.iloc[0]
    assert row.value == 41.0 and row.unit == "percent" and row.decimals == 0
    assert row.base == "the full United Nations membership"


def test_example_dates(example_numbers):
    _, table = example_numbers
    dates = table[table.kind.isin(["date", "date_range"]) | (table.unit == "decade")]
    assert len(dates) == 17
    values = set(dates.value_text)
    for value in [
        "2000-09-06/2000-09-08",
        "1994-09-05/1994-09-13",
        "2001-10-16/2001-10-17",
        "1999-04-21/1999-04-23",
        "1996-05-30/1996-05-31",
        "1996-10-15/1996-10-17",
        "1998-06-29/1998-07-03",
        "1999-07-02",
        "1994-12-19",
        "2001-12-21",
        "1990/1999",
    ]:
        assert value in values
    assert table[table.kind == "year"].value_text.tolist() == ["1990/1999"]
    full = dates[dates.kind == "date"].dropna(subset=["date"])
    assert (full.date.dt.strftime("%Y-%m-%d") == full.value_text).all()


def test_example_references(example_numbers):
    _, table = example_numbers
    refs = table[table.kind == "reference"]
    assert len(refs) == 15
    assert refs.value_text.tolist().count("resolution 52/189") == 2
    for value in ["resolution S-21/2", "decision 1995/313", "resolution 217 A (III)",
                  "resolution 2106 A (XX)", "resolution S-25/2", "resolution 55/2"]:  # fmt: skip
        assert value in set(refs.value_text)
    dated = refs[refs.value_text == "resolution 49/127"]["reference_date"].iloc[0]
    assert dated == pd.Timestamp("1994-12-19")
    # "chap. I, resolution 1, annex" cites a conference resolution by its place in a report
    assert (table[table.kind == "locator"].value_text == "resolution 1").sum() == 3


def test_example_symbols(example_numbers):
    _, table = example_numbers
    symbols = table[table.kind == "symbol"]
    assert sorted(symbols.value_text) == sorted(
        ["A/56/563", "A/54/207", "A/C.2/54/2", "A/56/167", "E.95.XIII.18", "E.96.IV.8",
         "E.96.IV.13"]
    )  # fmt: skip
    assert symbols["sales_number"].sum() == 3


def test_example_ordinals(example_numbers):
    _, table = example_numbers
    ordinals = table[table.kind == "ordinal"]
    assert sorted(ordinals.raw) == sorted(
        ["twenty-fourth", "twenty-fifth", "fifty-sixth", "fifty-eighth", "fifty-eighth",
         "fifty-eighth", "90th"]
    )  # fmt: skip


def test_example_markers_and_paragraph_numbers(example_numbers):
    doc, table = example_numbers
    markers = table[table.kind == "footnote_marker"]
    listed = set(zip(doc.footnote_markers.start, doc.footnote_markers.end, strict=True))
    assert listed <= set(zip(markers.start, markers.end, strict=True))
    assert (table.kind == "paragraph_number").sum() == 12
    assert table[table.kind == "paragraph_number"].raw.tolist() == [f"{i}." for i in range(1, 13)]


@pytest.mark.parametrize(
    ("footnote", "marker"),
    [("12 Ibid., document S/1234.", "12"), ("3/ S/24476, annex.", "3"),
     ("41/ Official Records of the General Assembly, Forty-seventh Session", "41")],
)  # fmt: skip
def test_a_footnote_starts_with_its_marker(footnote, marker):
    first = scan_text(footnote, paragraph_kind="footnote")[0]
    assert (first.kind, footnote[first.start : first.end]) == ("footnote_marker", marker)
    assert first.marker_source == "listed"


def test_string_input_is_parsed_as_a_document(example_path):
    text = Path(example_path).read_text(encoding="utf-8")
    from_text = extract_numbers(text)
    from_doc = extract_numbers(documents.read_document(example_path))
    pd.testing.assert_frame_equal(
        from_text.drop(columns="context"), from_doc.drop(columns="context")
    )


# --- on the shared corpus ------------------------------------------------------------


@pytest.mark.corpus
def test_corpus_invariants(corpus_dir):
    paths = sorted(corpus_dir.glob("*/*.txt"))
    assert paths
    for path in paths:
        doc = documents.read_document(path)
        table = extract_numbers(doc)
        assert list(table.columns) == list(NUMBER_COLUMNS), path
        assert table.kind.isin(KINDS).all(), path
        for start, end, raw in zip(table.start, table.end, table.raw, strict=True):
            assert doc.text[start:end] == raw, (path, start, raw)
        ordered = table.sort_values(["start", "end"])
        assert (ordered.start.to_numpy()[1:] >= ordered.end.to_numpy()[:-1]).all(), path
        numeric = table[table.kind.isin(["count", "percent", "money", "ordinal", "fraction"])]
        ends = numeric.value.fillna(numeric.low).fillna(numeric.high)
        assert ends.notna().all() and np.isfinite(ends.to_numpy(dtype=float)).all(), path
        ranges = table[table.low.notna()]
        assert (ranges.low < ranges.high).all() and ranges.value.isna().all(), path
        # A year or a symbol's digits are never also counted.
        counts = table[table.kind == "count"]
        assert not counts.raw.str.contains(r"/", regex=False).any(), path


@pytest.mark.corpus
def test_corpus_sc_adoption_lines_have_no_year_counts(corpus_dir):
    # "Resolution 600 (1987) of 19 October 1987": the heading is a reference and a date.
    path = corpus_dir / "sc_resolutions" / "S_RES_0600_1987_EN_GOLD.txt"
    table = extract_numbers(documents.read_document(path))
    assert "resolution 600 (1987)" in set(table[table.kind == "reference"].value_text)
    assert "1987-10-19" in set(table[table.kind == "date"].value_text)
    assert not table[(table.kind == "count") & table.raw.str.fullmatch(r"19\d\d")].shape[0]
    assert re.search(r"2754", " ".join(table[table.kind == "ordinal"].raw))
