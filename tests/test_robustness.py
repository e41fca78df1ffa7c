"""Hostile and broken input: any text or bytes gives a result or a SurveyStatsError.

Property tests (hypothesis) feed random text mixed with fragments of UN documents, and
raw bytes, to decoding, ``parse_document``, ``read_document``, ``extract_numbers`` and
``extract_tallies``, and check the invariants every result must keep (provenance
offsets, finite values, no duplicated spans). The pathological families of
``benchmarks/bench_pathological.py`` are run at a small size to check that each is
processed without an error and without hanging; timing belongs to the benchmark.

Hypothesis profiles: ``ci`` (default; fixed seed, 60 examples) and ``long`` (2,000
examples, random seed), chosen with the environment variable ``HYPOTHESIS_PROFILE``::

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_robustness.py
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveystats import schema
from surveystats.errors import DocumentError, OutputError, SurveyStatsError

settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO_ROOT = Path(__file__).resolve().parents[1]

# Seconds after which a single call counts as hung (catastrophic backtracking, an
# endless loop). Generous on purpose: this detects hangs, it does not measure speed.
HANG_SECONDS = 120


def _require(module: str, name: str) -> Any:
    """``module.name``, or skip the test while that module has not landed."""
    loaded = pytest.importorskip(module)
    if not hasattr(loaded, name):
        pytest.skip(f"{module}.{name} does not exist yet")
    return getattr(loaded, name)


@pytest.fixture(scope="module")
def parse_document() -> Callable[..., Any]:
    return _require("surveystats.documents", "parse_document")


@pytest.fixture(scope="module")
def read_document() -> Callable[..., Any]:
    return _require("surveystats.documents", "read_document")


@pytest.fixture(scope="module")
def decode_bytes() -> Callable[..., Any]:
    return _require("surveystats.documents.decoding", "decode_bytes")


@pytest.fixture(scope="module")
def extract_numbers() -> Callable[..., Any]:
    return _require("surveystats.extract.numbers", "extract_numbers")


@pytest.fixture(scope="module")
def extract_tallies() -> Callable[..., Any]:
    return _require("surveystats.extract.tallies", "extract_tallies")


@contextlib.contextmanager
def no_hang(what: str, seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the body runs longer than ``seconds``."""

    def _alarm(signum: int, frame: object) -> None:
        pytest.fail(f"{what} did not finish within {seconds} s (catastrophic backtracking?)")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- strategies

# Pieces of UN text and the traps around them: number words, percentages, votes,
# symbols, dates, footnote lines, ODS markers, odd digits and odd line breaks.
UN_FRAGMENTS = [
    "forty-seven", "Forty seven", "one hundred and twenty-three", "fifty-sixth", "twenty-",
    "forty-forty", "and", " and ", "one", "the first", "Second Committee", "two-thirds",
    "per cent", "percent", "%", "45.0 per cent", "0.5", "1,234.5", "1,000,000", "99999999999",
    "1e309", "0x1F", "12345678901234567890123456789012345", "votes to", " votes to ",
    "in favour", "against", "abstentions", "with 3 abstentions", "none against",
    "adopted by 120 votes to 2, with 10 abstentions", "Adopted without a vote",
    "recorded vote", "Of the 112 Governments that replied, 47 said yes and 26 said no.",
    "A/56/", "A/RES/56/203", "A/C.2/54/L.2/Rev.1", "S/RES/1373 (2001)", "E.95.XIII.18",
    "resolution 49/127", "217 A (III)", "242 (1967)", "/", "//", "-", "–", "—", ".", ",",
    "(", ")", "((", "[", "]", "21 December 2001", "31 June 2000", "29 June to 3 July 1998",
    "5-13 May", "December 21, 2001", "12/05/2001", "2012–13", "the 1990s", "1747th",
    "12 See", "\n12 See A/56/563.", "[DU1]", "<<ODS JOB NO>>", "<<ODS JOB NO>>N0149309E",
    "01-49235", "Distr.: General", "Fifty-sixth session", "Agenda item 92",
    "Resolution adopted by the General Assembly", "The General Assembly,",
    "1. Decides", "(a) ", "US$ 2.3 million", "$5", "€3", "£", "No. 49", "Article 93",
    "\n", "\n\n", "\r\n", "\r", "\t", "\x0c", "\u00a0", "\u200b", "\ufeff", "\u2028",
    "\u2029", "\x85", "\x0b", "\x00", "²", "⁵", "½", "١٢٣", "٫", "۵", "𝟙", "Ⅻ", "ǅ",
    "İ", "ß", "ﬁ", "\ud7ff", "\U0001f600", "\u0301", "Women4", "Cairo,1", "China)27",
    "\ud800", "\udfff", "\udc80",  # lone surrogates, as errors="surrogateescape" leaves them
]  # fmt: skip

fragments = st.sampled_from(UN_FRAGMENTS)
un_text = st.lists(
    st.one_of(
        fragments,
        fragments,
        st.text(max_size=12),
        st.integers(min_value=-(10**40), max_value=10**40).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
        st.from_regex(r"[0-9]{1,6}([.,/-][0-9]{1,4}){0,4}", fullmatch=True),
    ),
    max_size=40,
).map("".join)
any_text = st.one_of(un_text, st.text(max_size=300))

# Codecs a document might arrive in; the bytes test writes text in each.
CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"]
BINARY_HEADERS = [
    b"%PDF-1.4\n",
    b"\x89PNG\r\n\x1a\n",
    b"PK\x03\x04",
    b"\xff\xd8\xff\xe0",
    b"\x1f\x8b\x08",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
]


@st.composite
def encoded_text(draw: st.DrawFn) -> bytes:
    text = draw(un_text)
    codec = draw(st.sampled_from(CODECS))
    data = text.encode(codec, errors="replace")
    if draw(st.booleans()) and data:  # cut anywhere: truncated multi-byte characters
        data = data[: draw(st.integers(min_value=0, max_value=len(data)))]
    return data


any_bytes = st.one_of(
    st.binary(max_size=400),
    encoded_text(),
    st.tuples(st.sampled_from(BINARY_HEADERS), st.binary(max_size=100)).map(b"".join),
    st.tuples(st.sampled_from(BINARY_HEADERS), encoded_text()).map(b"".join),
)

# --------------------------------------------------------------------------- invariants

NUMBER_COLUMNS = schema.NUMBERS.names
NUMBER_KINDS = set(schema.NUMBER_KINDS)
TALLY_COLUMNS = schema.TALLIES.names


def check_document(doc: Any) -> None:
    """What every Document must satisfy, whatever text it came from."""
    text = doc.text
    assert isinstance(text, str)
    assert "\r" not in text
    text.encode("utf-8")  # Unicode text: no lone surrogates left
    for row in doc.paragraphs.itertuples():
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start : row.end] == row.text
    starts = doc.paragraphs["start"].tolist()
    assert starts == sorted(starts)
    assert doc.paragraphs["paragraph"].tolist() == list(range(len(doc.paragraphs)))
    for row in doc.footnotes.itertuples():
        assert text[row.start : row.end] == row.text
    for row in doc.footnote_markers.itertuples():
        assert text[row.start : row.end] == row.raw
    original = getattr(doc, "original", None)
    if original is not None:
        for row in doc.furniture.itertuples():
            assert original[row.start : row.end] == row.raw


def check_numbers(doc: Any, table: pd.DataFrame) -> None:
    """Provenance, kinds, finite values and no two rows on the same span."""
    assert [c for c in table.columns if c in NUMBER_COLUMNS] == NUMBER_COLUMNS
    text = doc.text
    for row in table.itertuples():
        assert 0 <= row.start < row.end <= len(text), row
        assert text[row.start : row.end] == row.raw, row
        assert row.kind in NUMBER_KINDS, row
        if not pd.isna(row.value):
            assert math.isfinite(row.value), row
        if row.kind in ("count", "percent", "money") and pd.isna(row.low):
            assert not pd.isna(row.value) and math.isfinite(row.value), row
            assert not pd.isna(row.decimals) and row.decimals >= 0, row
    duplicated = table[table.duplicated(["start", "end"], keep=False)]
    assert duplicated.empty, duplicated[["start", "end", "raw", "kind"]].to_dict("records")


def check_tallies(doc: Any, table: pd.DataFrame) -> None:
    """Provenance of every row; the rows of one tally share its phrase; counts are counts.

    In ``extract_tallies`` every row of a tally carries the span of the whole tally
    phrase (``raw`` is the phrase), except rows read from a footnote (flag
    ``from_footnote``), which carry the span of their part of the footnote.
    """
    assert [c for c in table.columns if c in TALLY_COLUMNS] == TALLY_COLUMNS
    text = doc.text
    for row in table.itertuples():
        assert 0 <= row.start < row.end <= len(text), row
        assert text[row.start : row.end] == row.raw, row
        if not pd.isna(row.count):
            assert math.isfinite(float(row.count)) and row.count >= 0, row
        if not pd.isna(row.total):
            assert row.total >= 0, row
    ids = table["tally"].tolist()
    assert ids == sorted(ids)
    if ids:
        assert sorted(set(ids)) == list(range(len(set(ids))))
    own = table[~table["from_footnote"]]
    spans = own.groupby("tally")[["start", "end"]].nunique()
    assert (spans <= 1).all().all(), "rows of one tally carry different phrases"
    # distinct tallies do not overlap
    phrases = own.drop_duplicates("tally").sort_values("start")
    assert (phrases["start"].iloc[1:].to_numpy() >= phrases["end"].iloc[:-1].to_numpy()).all()


# --------------------------------------------------------------------------- properties


@given(data=any_bytes)
def test_decode_bytes_gives_text_or_document_error(decode_bytes, data):
    try:
        text, codec = decode_bytes(data, source="x.txt")
    except DocumentError as error:
        assert str(error).startswith("x.txt: ")
        return
    assert isinstance(text, str) and text.strip()
    assert "\r" not in text
    assert not text.startswith("\ufeff")
    assert codec in {
        "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252",
        "latin-1",
    }  # fmt: skip


@given(text=any_text)
def test_parse_document_gives_document_or_error(parse_document, text):
    try:
        doc = parse_document(text, name="prop")
    except SurveyStatsError:
        return
    check_document(doc)


@given(text=any_text)
def test_extract_numbers_keeps_provenance(parse_document, extract_numbers, text):
    try:
        doc = parse_document(text)
    except SurveyStatsError:
        return
    check_numbers(doc, extract_numbers(doc))


@given(text=any_text)
def test_extract_numbers_on_a_string_equals_on_its_document(parse_document, extract_numbers, text):
    try:
        doc = parse_document(text)
    except SurveyStatsError:
        # Any text is text (#14): a string the document reader refuses (empty, or nothing
        # but page furniture such as "1") is read as it is.
        table = extract_numbers(text)
        spans = zip(table.start, table.end, table.raw, strict=True)
        assert all(text[s:e] == raw for s, e, raw in spans)
        return
    pd.testing.assert_frame_equal(extract_numbers(text), extract_numbers(doc))


@given(text=any_text)
def test_extract_tallies_keeps_provenance(parse_document, extract_tallies, text):
    try:
        doc = parse_document(text)
    except SurveyStatsError:
        return
    check_tallies(doc, extract_tallies(doc))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("robust")


@given(data=any_bytes)
def test_read_document_gives_document_or_error_naming_the_file(
    read_document, parse_document, extract_numbers, extract_tallies, scratch, data
):
    path = scratch / "hostile document.txt"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except DocumentError as error:
        assert str(path) in str(error)
        return
    check_document(doc)
    assert doc.source == str(path)
    # reading a file and parsing its decoded text are the same thing
    assert parse_document(doc.original).text == doc.text
    check_numbers(doc, extract_numbers(doc))
    check_tallies(doc, extract_tallies(doc))


@pytest.mark.parametrize("bad", [None, 5, 3.5, b"bytes", ["a list"], object()])
def test_extractors_refuse_what_is_not_text_with_a_package_error(
    extract_numbers, extract_tallies, parse_document, bad
):
    for function in (extract_numbers, extract_tallies, parse_document):
        with pytest.raises(SurveyStatsError, match=type(bad).__name__):
            function(bad)


# --------------------------------------------------------------------------- pathological


def _families() -> dict[str, Callable[[int], str]]:
    spec = importlib.util.spec_from_file_location(
        "bench_pathological", REPO_ROOT / "benchmarks" / "bench_pathological.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FAMILIES


FAMILIES = _families()
# Small enough for CI; the benchmark measures the growth at 100 KB and 1 MB.
PATHOLOGICAL_SIZE = 20_000


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_pathological_input_is_processed(parse_document, extract_numbers, extract_tallies, family):
    text = FAMILIES[family](PATHOLOGICAL_SIZE)
    assert len(text) == PATHOLOGICAL_SIZE
    with no_hang(f"family {family!r} at {PATHOLOGICAL_SIZE} characters"):
        try:
            doc = parse_document(text, name=family)
        except SurveyStatsError:
            return
        check_document(doc)
        check_numbers(doc, extract_numbers(doc))
        check_tallies(doc, extract_tallies(doc))


def test_hundred_thousand_digits_in_a_row(parse_document, extract_numbers, extract_tallies):
    # Python refuses int() of more than 4,300 digits (ValueError): a run of digits must
    # never reach int() or float() unchecked.
    text = "Total: " + "7" * 100_000 + " votes to 3."
    with no_hang("100,000 digits"):
        doc = parse_document(text)
        numbers = extract_numbers(doc)
        check_numbers(doc, numbers)
        check_tallies(doc, extract_tallies(doc))
    assert "3" in numbers["raw"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        # a press release's Title Case: "Per Cent" is no share word for every reader, so
        # "44.8" stood beside a capitalised name as a four-character figure (session 54)
        "Mr. Sato Received 44.8 Per Cent of the Valid Votes Cast Against 31.5 Per Cent",
        "Returns were Kenya 2015, Uganda 3.5 and Chad 12.25 in the table.",
    ],
)
def test_decimal_figures_beside_names_are_processed(parse_document, extract_tallies, text):
    doc = parse_document(text)
    check_tallies(doc, extract_tallies(doc))


def test_a_number_too_large_for_a_float_is_not_infinite(parse_document, extract_numbers):
    doc = parse_document("It cost 1" + ",000" * 120 + " dollars and 9" * 2 + "9" * 400 + ".")
    check_numbers(doc, extract_numbers(doc))


@pytest.mark.parametrize("data", [b"\xff\xfe\xff\xfe", b"\xff\xfe\x00\x00\xff\xfe\x00\x00"])
def test_a_doubled_byte_order_mark_is_empty(decode_bytes, data):
    with pytest.raises(DocumentError, match="empty"):
        decode_bytes(data, source="bom.txt")


def test_a_doubled_utf8_byte_order_mark_is_empty(decode_bytes):
    with pytest.raises(DocumentError, match="empty"):
        decode_bytes(b"\xef\xbb\xbf\xef\xbb\xbf", source="bom.txt")


# --------------------------------------------------------------------------- slow paths
#
# The benchmark times these families at 100 kB and 1 MB. The tests below need no clock:
# they count the characters a step is handed, which grows with the square of the input
# when each line re-reads everything before (or after) it.


class _CountingPattern:
    """A compiled pattern that adds up how many characters ``search`` was given."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.characters = 0

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self.characters += min(endpos, len(string)) - pos
        return self.pattern.search(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def test_a_paragraph_growing_across_blank_lines_is_read_once(parse_document, monkeypatch):
    # "word\n\n\n" * N: every lower-case line after blank lines continues the paragraph;
    # deciding so looked for a sentence end in the whole paragraph so far (N**2 / 2 lines).
    paragraphs = importlib.import_module("surveystats.documents.paragraphs")
    counting = _CountingPattern(paragraphs._ENDS_SENTENCE)
    monkeypatch.setattr(paragraphs, "_ENDS_SENTENCE", counting)
    text = "word\n\n\n" * 2000 + "word."
    doc = parse_document(text)
    assert doc.paragraphs["text"].tolist() == [text]
    assert counting.characters <= 2 * len(text)


def test_an_adoption_line_is_read_in_a_window_of_its_own(monkeypatch):
    # "Adopted at the 1st meeting\n" * N in one paragraph: each line was handed the
    # whole rest of the paragraph.
    tallies = importlib.import_module("surveystats.extract.tallies")
    longest: list[int] = []

    def reading(text: str) -> Any:
        longest.append(len(text))
        return read_outcome(text)

    read_outcome = tallies.find_adoption_outcome
    monkeypatch.setattr(tallies, "find_adoption_outcome", reading)
    windows = []
    for lines in (200, 2000):
        longest.clear()
        table = tallies.tallies_in_text("Adopted at the 1st meeting\n" * lines)
        assert table["outcome"].tolist() == ["adopted"] * lines
        windows.append(max(longest))
    assert windows[0] == windows[1]


def test_votes_on_many_adoption_lines_each_carry_the_outcome():
    # The vote on each adoption line is found by bisection, not by scanning every vote.
    tallies_in_text = _require("surveystats.extract.tallies", "tallies_in_text")
    line = "Adopted at the 1st meeting by 10 votes to 3\n"
    table = tallies_in_text(line * 300)
    votes = table.drop_duplicates("tally")
    assert len(votes) == 300
    assert votes["outcome"].tolist() == ["adopted"] * 300
    assert (votes["start"].to_numpy() == [len(line) * i + 27 for i in range(300)]).all()


# --------------------------------------------------------------------------- files and text
#
# Errors that are not the package's own (OSError, UnicodeEncodeError) and reads that
# never end: every one is now a SurveyStatsError naming the file or the argument.


def test_a_lone_surrogate_becomes_a_replacement_character(parse_document, extract_numbers):
    # Issue 18: extract_numbers("12 members \ud800") raised UnicodeEncodeError.
    numbers = extract_numbers("12 members \ud800")
    assert numbers["raw"].tolist() == ["12"]
    doc = parse_document("a\ud800b\udfff")
    assert doc.text == "a\ufffdb\ufffd"  # one for one: offsets do not move


def test_tallies_in_text_refuses_a_lone_surrogate_by_name():
    tallies_in_text = _require("surveystats.extract.tallies", "tallies_in_text")
    with pytest.raises(
        SurveyStatsError, match=r"text must be Unicode text.*'\\ud800' at position 30"
    ):
        tallies_in_text("adopted by 10 votes to 3 (Cuba\ud800, Peru)")


def test_a_file_name_too_long_is_a_document_error(read_document):
    # Issue 18: read_document("a" * 5000 + ".txt") raised OSError (ENAMETOOLONG).
    with pytest.raises(DocumentError, match=r"\.txt: cannot be read \(File name too long\)"):
        read_document("a" * 5000 + ".txt")


def test_a_nul_character_in_a_path_is_a_document_error(read_document):
    with pytest.raises(DocumentError, match=r"is not a usable path \(embedded null byte\)"):
        read_document("a\x00b.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_is_refused_without_blocking(read_document, tmp_path):
    # Issue 18: opening a FIFO waits for a writer forever.
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    refused = pytest.raises(DocumentError, match=r"pipe.txt: is a named pipe \(FIFO\), not a")
    with no_hang("read_document on a FIFO", seconds=30), refused:
        read_document(fifo)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_a_device_is_refused_without_reading_it(read_document):
    # Issue 18: /dev/zero never ends; reading it filled memory.
    refused = pytest.raises(DocumentError, match=r"^/dev/zero: is a character device")
    with no_hang("read_document on /dev/zero", seconds=30), refused:
        read_document("/dev/zero")


def test_a_socket_is_refused(read_document, tmp_path):
    socket = pytest.importorskip("socket")
    if not hasattr(socket, "AF_UNIX") or len(str(tmp_path)) > 90:
        pytest.skip("no Unix socket at this path")
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(DocumentError, match=r"s.txt: is a socket, not a regular file"):
            read_document(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_read_table_refuses_what_read_document_refuses(tmp_path):
    read_table = _require("surveystats.output", "read_table")
    fifo = tmp_path / "table.csv"
    os.mkfifo(fifo)
    refused = pytest.raises(DocumentError, match=r"table.csv: is a named pipe")
    with no_hang("read_table on a FIFO", seconds=30), refused:
        read_table(fifo)
    with pytest.raises(DocumentError, match=r"File name too long"):
        read_table("a" * 5000 + ".csv")


def test_write_table_turns_system_errors_into_output_errors(tmp_path):
    write_table = _require("surveystats.output", "write_table")
    extract_numbers = _require("surveystats.extract", "extract_numbers")
    table = extract_numbers("47 of the 78 respondents agreed.")
    for path, reason in [
        (tmp_path / ("a" * 5000 + ".csv"), r"File name too long"),
        (tmp_path / "x\x00.csv", r"a NUL character in the name"),
        (tmp_path / "file.csv" / "inside.csv", r"cannot be written \(File exists|Not a directory"),
    ]:
        (tmp_path / "file.csv").write_text("a file, not a folder")
        with pytest.raises(OutputError, match=reason):
            write_table(table, path, table="numbers")
