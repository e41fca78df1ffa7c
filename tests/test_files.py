"""File-level outcomes: every kind of broken file gets a clear answer, and outputs stay safe.

Reading: empty, whitespace-only, binary (PDF, PNG, zip), truncated UTF-8, UTF-16 without
a byte-order mark, Windows-1252 with typographic quotes, CRLF, a 50 MB file, a directory,
a missing file and an unreadable file each give a Document or a DocumentError whose
message names the file and the problem.

Arguments: statistics and membership functions reject bad arguments with messages that
name the argument, the value and the fix.

Writing: outputs are never partially written, never written over an input, and always
inside the chosen output folder whatever the document's symbol says. A batch run over a
corpus with 5 % broken files completes and reports each broken file once.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from surveystats.errors import (
    DocumentError,
    MembershipError,
    OutputError,
    SurveyStatsError,
    UnknownMemberError,
    ValidationError,
)


def _require(module: str, name: str) -> Any:
    """``module.name``, or skip the test while that module has not landed."""
    loaded = pytest.importorskip(module)
    if not hasattr(loaded, name):
        pytest.skip(f"{module}.{name} does not exist yet")
    return getattr(loaded, name)


@pytest.fixture(scope="module")
def read_document() -> Any:
    return _require("surveystats.documents", "read_document")


# A short resolution-like text of our own, with accents and typographic punctuation.
SAMPLE = (
    "Résolution adoptée par l’Assemblée générale — “Coopération” 2001\n"
    "\n"
    "The General Assembly,\n"
    "\n"
    "1. Notes that 47 of the 112 Governments (42 per cent) replied;\n"
    "\n"
    "2. Decides to remain seized of the matter.\n"
)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _refused(read_document: Any, path: Path, problem: str) -> DocumentError:
    """Read ``path``, expecting a DocumentError that names the file and ``problem``."""
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert str(path) in message, message
    assert re.search(problem, message, re.IGNORECASE), message
    return caught.value


# --------------------------------------------------------------------------- refused files


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n  \x0c\n", "empty"),
        ("bom-only.txt", b"\xef\xbb\xbf\r\n", "empty"),
        ("renamed.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "PNG"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(30), "zip"),
        ("docx.txt", b"PK\x03\x04" + b"word/document.xml" + bytes(20), "zip|docx"),
        ("nul.txt", b"Some text" * 50 + b"\x00" + b"more", "binary|NUL"),
        ("controls.txt", bytes(range(1, 9)) * 40 + b"text", "binary|control"),
    ],
)
def test_unusable_files_are_refused_with_the_file_and_the_problem(
    read_document, tmp_path, name, data, problem
):
    _refused(read_document, _write(tmp_path, name, data), problem)


def test_missing_file(read_document, tmp_path):
    _refused(read_document, tmp_path / "no such document.txt", "no such file|not found|missing")


def test_directory_instead_of_a_file(read_document, tmp_path):
    folder = tmp_path / "a folder.txt"
    folder.mkdir()
    _refused(read_document, folder, "director|folder")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_file_without_read_permission(read_document, tmp_path):
    path = _write(tmp_path, "secret.txt", SAMPLE.encode())
    path.chmod(0)
    try:
        _refused(read_document, path, "permission|cannot be read")
    finally:
        path.chmod(0o600)


def test_a_path_that_is_not_a_path(read_document):
    with pytest.raises(DocumentError, match="path must be"):
        read_document(12)


def test_text_given_for_a_path_is_named_as_text(read_document):
    text = "UNITED NATIONS\n\n1. Of the 40 replies, 25 were in favour and 15 against.\n" * 100
    expected = r"got text of 7,\d{3} characters beginning 'UNITED"
    with pytest.raises(DocumentError, match=expected) as error:
        read_document(text)
    assert "parse_document" in str(error.value)
    assert len(str(error.value)) < 200  # not the whole text echoed back as a file name


# --------------------------------------------------------------------------- decoded files


def test_utf8_with_bom_and_crlf_reads_like_plain_utf8(read_document, tmp_path):
    plain = read_document(_write(tmp_path, "plain.txt", SAMPLE.encode()))
    crlf = SAMPLE.replace("\n", "\r\n").encode("utf-8-sig")
    windows = read_document(_write(tmp_path, "windows.txt", crlf))
    assert windows.text == plain.text
    assert "\r" not in windows.text and not windows.text.startswith("\ufeff")
    pd.testing.assert_frame_equal(windows.paragraphs, plain.paragraphs)
    assert windows.encoding == "utf-8-sig"


def test_old_mac_line_endings(read_document, tmp_path):
    plain = read_document(_write(tmp_path, "plain.txt", SAMPLE.encode()))
    mac = read_document(_write(tmp_path, "mac.txt", SAMPLE.replace("\n", "\r").encode()))
    assert mac.text == plain.text


def test_windows_1252_with_typographic_quotes(read_document, tmp_path):
    data = b"The Assembly \x93welcomes\x94 the report \x96 45 per cent of \xe9tats.\r\n"
    doc = read_document(_write(tmp_path, "cp1252.txt", data))
    assert doc.encoding == "cp1252"
    assert "“welcomes”" in doc.text and "–" in doc.text and "états" in doc.text


def test_latin1_bytes_undefined_in_cp1252_still_decode(read_document, tmp_path):
    # 0x81 and 0x9D are undefined in cp1252; the file is still text.
    doc = read_document(_write(tmp_path, "latin1.txt", b"Caf\xe9 \x81 and \x9d 12 votes.\n"))
    assert doc.encoding in ("latin-1", "cp1252")
    assert "Café" in doc.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(read_document, tmp_path, codec):
    doc = read_document(_write(tmp_path, f"{codec}.txt", SAMPLE.encode(codec)))
    assert doc.text == SAMPLE
    assert doc.encoding.startswith(codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(read_document, tmp_path, codec):
    """The NULs on every other byte give UTF-16 away: decoded, never Latin-1 mojibake."""
    path = _write(tmp_path, f"{codec}-nobom.txt", SAMPLE.encode(codec))
    doc = read_document(path)
    assert doc.text == SAMPLE
    assert doc.encoding == codec


def test_utf16_without_bom_cut_to_an_odd_length_is_named(read_document, tmp_path):
    path = _write(tmp_path, "cut-nobom.txt", SAMPLE.encode("utf-16-le")[:-1])
    error = _refused(read_document, path, "UTF-16 without a byte-order mark")
    assert re.search("export|save|UTF-8", str(error)), str(error)


def test_utf8_truncated_in_the_last_character_keeps_the_rest(read_document, tmp_path):
    data = (SAMPLE + "Fin: café").encode("utf-8")[:-1]  # "é" is two bytes; cut one
    doc = read_document(_write(tmp_path, "truncated.txt", data))
    assert "Résolution adoptée par l’Assemblée générale" in doc.text
    assert doc.encoding == "utf-8"
    assert doc.text.endswith("Fin: caf\ufffd")


def test_utf8_truncated_in_the_last_character_is_text(read_document, tmp_path):
    # The file is read, never refused.
    data = (SAMPLE + "Fin: café").encode("utf-8")[:-1]
    doc = read_document(_write(tmp_path, "truncated.txt", data))
    assert "42 per cent" in doc.text


@pytest.mark.parametrize(
    "data",
    [
        b"<<ODS JOB NO>>N0149309E<<ODS JOB NO>>\n[DU1]\n_______\n",
        b"<<ODS JOB NO>><<ODS JOB NO>><<ODS DOC SYMBOL1>>",
        b"0\n",
        b"\n- 2 -\n\n",
    ],
    ids=["ods-fields", "bare-ods-tags", "page-number", "dashed-page-number"],
)
def test_text_that_is_only_furniture_is_refused(read_document, tmp_path, data):
    """Nothing but ODS markers or a page number: refused, never an empty Document."""
    path = _write(tmp_path, "furniture.txt", data)
    _refused(read_document, path, "no text left after removing page furniture")


def test_odd_file_names_are_named_in_errors(read_document, tmp_path):
    path = _write(tmp_path, "résolution 56 (copie) ; ‘final’.txt", b"")
    _refused(read_document, path, "empty")


def _big_text(size: int) -> str:
    paragraph = (
        "1. Notes that of the 112 Governments that replied, forty-seven (42.0 per cent) were "
        "in favour, 26 against and 5 partially in favour; see A/56/563 of 21 December "
        "2001 and resolution 55/199.\n\n"
    )
    return paragraph * (size // len(paragraph) + 1)


def test_five_megabyte_file(read_document, tmp_path):
    path = tmp_path / "five.txt"
    path.write_text(_big_text(5_000_000), encoding="utf-8")
    doc = read_document(path)
    assert len(doc.text) >= 5_000_000
    assert (doc.paragraphs["kind"] != "").all()
    check = doc.paragraphs.iloc[-1]
    assert doc.text[check["start"] : check["end"]] == check["text"]


@pytest.mark.slow
def test_fifty_megabyte_file(read_document, tmp_path):
    # About 25 s on the development machine (read + decode + parse), hence "slow".
    path = tmp_path / "fifty.txt"
    path.write_text(_big_text(50_000_000), encoding="utf-8")
    doc = read_document(path)
    assert len(doc.text) == path.stat().st_size
    assert len(doc.paragraphs) > 200_000


# --------------------------------------------------------------------------- arguments


@pytest.fixture(scope="module")
def st_mod() -> Any:
    module = pytest.importorskip("surveystats.stats")
    if not hasattr(module, "proportion_ci"):
        pytest.skip("surveystats.stats has not landed yet")
    return module


# (call, error, message pattern): every pattern names the argument and the value found;
# most also say how to fix it.
STATS_CASES = [
    ("proportion_ci", (5, 3), {}, ValidationError, r"count must not exceed nobs.*count=5.*nobs=3"),
    ("proportion_ci", (-1, 3), {}, ValidationError, r"count must be non-negative; got -1"),
    ("proportion_ci", (1.5, 3), {}, ValidationError, r"count must contain whole numbers.*1\.5"),
    ("proportion_ci", (float("nan"), 3), {}, ValidationError, r"count.*missing.*nan.*drop or fill"),
    ("proportion_ci", (1, float("inf")), {}, ValidationError, r"nobs.*inf"),
    ("proportion_ci", ("abc", 3), {}, ValidationError, r"count must contain whole numbers.*'abc'"),
    ("proportion_ci", (0, 0), {}, ValidationError, r"nobs must be at least 1; got 0"),
    (
        "proportion_ci",
        (1, 3),
        {"confidence": 95},
        ValidationError,
        r"confidence.*\[0\.5, 1\).*95.*0\.95",
    ),
    ("proportion_ci", (1, 3), {"confidence": "high"}, ValidationError, r"confidence.*'high'"),
    (
        "proportion_ci",
        (1, 3),
        {"method": "wils"},
        ValidationError,
        r"method must be one of.*'wilson'.*got 'wils'",
    ),
    ("multinomial_ci", ([],), {}, ValidationError, r"counts.*two categories.*got 0.*proportion_ci"),
    ("multinomial_ci", ([1, -2],), {}, ValidationError, r"counts must be non-negative; got -2"),
    ("multinomial_ci", ([0, 0],), {}, ValidationError, r"counts must not all be zero"),
    (
        "multinomial_ci",
        ([1, 2],),
        {"method": "x"},
        ValidationError,
        r"method must be one of.*got 'x'",
    ),
    (
        "finite_population_ci",
        (1, 200, 193),
        {},
        ValidationError,
        r"sample must not exceed population.*200.*193",
    ),
    (
        "finite_population_ci",
        (1, 10, 193),
        {"convention": "x"},
        ValidationError,
        r"convention must be one of.*'x'",
    ),
    (
        "nonresponse_bounds",
        (20, 10, 193),
        {},
        ValidationError,
        r"count must not exceed respondents.*20.*10",
    ),
    (
        "nonresponse_bounds",
        (2, 300, 193),
        {},
        ValidationError,
        r"respondents must not exceed population.*300.*193",
    ),
    (
        "percentage_consistency",
        (45, 9, 20),
        {"rounding": "bankers"},
        ValidationError,
        r"rounding must be one of.*'bankers'",
    ),
    (
        "percentage_consistency",
        (45, 9, 0),
        {},
        ValidationError,
        r"denominator must be at least 1; got 0",
    ),
    (
        "percentage_consistency",
        ("abc", 9, 20),
        {},
        ValidationError,
        r"stated must be a percentage such as.*'abc'",
    ),
    (
        "percentage_consistency",
        (-5, 9, 20),
        {},
        ValidationError,
        r"stated.*between 0 and 100; got -5",
    ),
    (
        "percentage_consistency",
        (float("inf"), 9, 20),
        {},
        ValidationError,
        r"stated must be a finite percentage between 0 and 100; got inf \(check",
    ),
    (
        "percentage_consistency",
        (45, 9, 20),
        {"decimals": -1},
        ValidationError,
        r"decimals must be a whole number from 0 to 1000; got -1",
    ),
    (
        "implied_denominators",
        (45, 9),
        {"max_denominator": -3},
        ValidationError,
        r"max_denominator must be at least 1; got -3",
    ),
    ("implied_denominators", (150, 9), {}, ValidationError, r"stated.*between 0 and 100; got 150"),
    ("implied_denominators", ("0", 9), {}, ValidationError, r"infinitely many.*max_denominator="),
    (
        "implied_numerators",
        (45, -3),
        {},
        ValidationError,
        r"denominator must be at least 1; got -3",
    ),
    (
        "majority_test",
        (5, 10),
        {"threshold": 1.5},
        ValidationError,
        r"threshold must be in \(0, 1\); got 1\.5 \(pass a share strictly between 0 and 1",
    ),
    (
        "majority_test",
        (5, 10),
        {"alternative": "bigger"},
        ValidationError,
        r"alternative must be one of.*'bigger'",
    ),
    ("goodness_of_fit", ([1, 2],), {"method": "x"}, ValidationError, r"method must be one of.*'x'"),
    (
        "goodness_of_fit",
        ([1, 2],),
        {"expected": [1, 2, 3]},
        ValidationError,
        r"expected.*one share per category.*got 3",
    ),
    (
        "goodness_of_fit",
        ([1, 2],),
        {"expected": [-1, 2]},
        ValidationError,
        r"expected shares must be positive",
    ),
    (
        "goodness_of_fit",
        ([100] * 6,),
        {"method": "exact"},
        ValidationError,
        r"method='exact'.*use method='chi_square'",
    ),
]


@pytest.mark.parametrize(
    ("function", "args", "kwargs", "error", "pattern"),
    STATS_CASES,
    ids=[f"{case[0]}-{case[4][:30]}" for case in STATS_CASES],
)
def test_statistics_reject_bad_arguments_by_name(st_mod, function, args, kwargs, error, pattern):
    with pytest.raises(error, match=pattern):
        getattr(st_mod, function)(*args, **kwargs)


def test_statistics_name_arguments_of_different_lengths(st_mod):
    with pytest.raises(ValueError) as caught:
        st_mod.proportion_ci([1, 2, 3], [4, 5])
    assert isinstance(caught.value, ValidationError), repr(caught.value)
    assert "count" in str(caught.value) and "nobs" in str(caught.value)


@pytest.fixture(scope="module")
def membership() -> Any:
    module = pytest.importorskip("surveystats.membership")
    if not hasattr(module, "members_on"):
        pytest.skip("surveystats.membership has not landed yet")
    return module


MEMBERSHIP_CASES = [
    (
        "members_on",
        (dt.date(1900, 1, 1),),
        {},
        MembershipError,
        r"date must be on or after 1945-10-24.*got 1900-01-01",
    ),
    (
        "members_on",
        ("yesterday",),
        {},
        ValidationError,
        r"date: 'yesterday' is not a date; write it as 2001-12-21",
    ),
    (
        "members_on",
        (dt.date(2000, 1, 1),),
        {"body": "GA"},
        ValidationError,
        r"body must be one of 'General Assembly'.*got 'GA'",
    ),
    (
        "membership_count",
        (None,),
        {},
        ValidationError,
        r"date must be a date or a string such as '2001-12-21'; got NoneType None",
    ),
    (
        "council_size",
        (dt.date(1900, 1, 1),),
        {},
        MembershipError,
        r"date must be on or after 1945-10-24",
    ),
    ("match_member", ("",), {}, ValidationError, r"name must be a non-empty string.*got ''"),
    ("match_member", (5,), {}, ValidationError, r"name must be a non-empty string.*got 5"),
    (
        "match_member",
        ("France",),
        {"date": "xx"},
        ValidationError,
        r"date: 'xx' is not a date; write it as",
    ),
    ("membership_series", ("a", "b"), {}, ValidationError, r"start: 'a' is not a date; write it"),
]


@pytest.mark.parametrize(
    ("function", "args", "kwargs", "error", "pattern"),
    MEMBERSHIP_CASES,
    ids=[f"{case[0]}-{case[4][:30]}" for case in MEMBERSHIP_CASES],
)
def test_membership_rejects_bad_arguments_by_name(
    membership, function, args, kwargs, error, pattern
):
    with pytest.raises(error, match=pattern):
        getattr(membership, function)(*args, **kwargs)


def test_unknown_member_suggests_names(membership):
    with pytest.raises(UnknownMemberError, match=r"'Atlantis' matches no UN member") as caught:
        membership.match_member("Atlantis")
    assert caught.value.suggestions
    assert "did you mean" in str(caught.value)


# --------------------------------------------------------------------------- outputs


@pytest.fixture(scope="module")
def output() -> Any:
    return pytest.importorskip("surveystats.output")


def test_atomic_write_refuses_to_write_over_an_input(output, tmp_path):
    source = _write(tmp_path, "input.txt", SAMPLE.encode())
    sneaky = tmp_path / "sub" / ".." / "input.txt"
    (tmp_path / "sub").mkdir()
    for target in (source, sneaky):
        with pytest.raises(OutputError, match="over an input"):
            output.atomic_write_bytes(target, b"oops", inputs=[source])
    assert source.read_bytes() == SAMPLE.encode()


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_atomic_write_refuses_to_write_over_an_input_through_a_symlink(output, tmp_path):
    source = _write(tmp_path, "input.txt", SAMPLE.encode())
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    with pytest.raises(OutputError, match="over an input"):
        output.atomic_write_bytes(link, b"oops", inputs=[source])
    assert source.read_bytes() == SAMPLE.encode()


def test_atomic_write_refuses_a_folder(output, tmp_path):
    with pytest.raises(OutputError, match="folder"):
        output.atomic_write_bytes(tmp_path, b"data")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(output, tmp_path, monkeypatch):
    target = _write(tmp_path, "table.csv", b"old,complete\n")

    def broken_replace(source: Any, destination: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", broken_replace)
    with pytest.raises(OutputError, match=r"table.csv: cannot be written \(No space left"):
        output.atomic_write_bytes(target, b"new,half")
    assert target.read_bytes() == b"old,complete\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]


def test_a_failed_serialisation_writes_nothing(output, tmp_path):
    target = tmp_path / "out" / "table.xlsx"
    with pytest.raises(ValidationError, match="table_format must be one of"):
        output.write_table(pd.DataFrame({"a": [1]}), target, "xlsx")
    assert not target.exists()


def test_write_table_round_trips_hostile_cells(output, tmp_path):
    # Cells with separators, quotes, newlines and formula-like text survive CSV intact;
    # a formula is quoted for spreadsheets and given back as written by read_table.
    hostile = ["a,b", 'say "no"', "two\nlines", "=HYPERLINK(1)", "", "\u2028", "é"]
    table = pd.DataFrame({"raw": hostile})
    path = output.write_table(table, tmp_path / "t.csv", "csv")
    assert output.read_table(path)["raw"].tolist() == hostile
    assert pd.read_csv(path, keep_default_na=False)["raw"][3] == "'=HYPERLINK(1)"


@pytest.fixture(scope="module")
def safe_name() -> Any:
    return _require("surveystats.report", "safe_name")


HOSTILE_SYMBOLS = [
    "../../etc/passwd", "/abs/path", "..", ".", "", "A/RES/56/203", "C:\\Windows\\system32",
    "..\\..\\boot.ini", "NUL", "con.txt", "a" * 500, "~/x", "$HOME", ".hidden", "A/../../B",
    "\x00bad", "résolution/56", "    ", "-rf",
]  # fmt: skip
SAFE = re.compile(r"[A-Za-z0-9._-]{1,100}")


def _assert_safe(name: str) -> None:
    assert SAFE.fullmatch(name), name
    assert name not in (".", "..")
    assert not name.startswith((".", "-"))


@pytest.mark.parametrize("symbol", HOSTILE_SYMBOLS)
def test_safe_name_never_leaves_the_folder(safe_name, tmp_path, symbol):
    name = safe_name(symbol)
    _assert_safe(name)
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()


@settings(max_examples=200)
@given(symbol=st.one_of(st.text(), st.text(alphabet="./\\:~ -_Aa0\x00")))
def test_safe_name_never_leaves_the_folder_for_any_text(safe_name, symbol):
    _assert_safe(safe_name(symbol))


def _hostile_document_bytes(symbol: str) -> bytes:
    # An ODS export whose symbol field says something hostile.
    return (
        f"<<ODS JOB NO>>N0149309E<<ODS JOB NO>>\n<<ODS DOC SYMBOL1>>{symbol}<<ODS DOC SYMBOL1>>\n"
        + SAMPLE
    ).encode()


def _files_under(folder: Path) -> set[Path]:
    return {p.resolve() for p in folder.rglob("*")}


def _assert_written_inside(out: Path, before: set[Path], root: Path) -> None:
    new = _files_under(root) - before
    assert new, "nothing was written"
    target = out.resolve()
    for path in new:
        assert target in path.parents or path in (target, target.parent), path


def test_cli_report_stays_inside_the_output_folder(read_document, tmp_path):
    main = _require("surveystats.cli", "main")
    _require("surveystats.report", "build_report")
    source_dir = tmp_path / "in"
    source_dir.mkdir()
    source = _write(source_dir, "hostile.txt", _hostile_document_bytes("../../escaped"))
    assert read_document(source).symbol == "../../escaped"
    out = tmp_path / "deep" / "reports"
    before = _files_under(tmp_path)
    assert main(["report", str(source), "-o", str(out)]) == 0
    _assert_written_inside(out, before, tmp_path)
    assert not (tmp_path / "escaped").exists()


@pytest.mark.parametrize("symbol", ["/tmp/absolute-escape", "..", "A/../../../B", ""])
def test_report_named_by_symbol_stays_inside_the_output_folder(
    read_document, safe_name, tmp_path, symbol
):
    build_report = _require("surveystats.report", "build_report")
    source_dir = tmp_path / "in"
    source_dir.mkdir()
    source = _write(source_dir, "hostile.txt", _hostile_document_bytes(symbol))
    doc = read_document(source)
    escape = Path(symbol)
    existed = escape.is_absolute() and escape.exists()
    out = tmp_path / "reports"
    before = _files_under(tmp_path)
    build_report(doc, out / safe_name(doc.symbol or source.stem), formats=("md", "csv"))
    _assert_written_inside(out, before, tmp_path)
    if escape.is_absolute():
        assert escape.exists() == existed


def test_report_refuses_a_folder_that_holds_the_input(read_document, tmp_path):
    build_report = _require("surveystats.report", "build_report")
    source = _write(tmp_path, "doc.txt", SAMPLE.encode())
    with pytest.raises(OutputError, match="input"):
        build_report(source, tmp_path, formats=("md",))
    assert source.read_bytes() == SAMPLE.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt"]


# --------------------------------------------------------------------------- batch


def test_batch_with_five_percent_broken_files_reports_each_once(read_document, tmp_path):
    run_batch = _require("surveystats.batch", "run_batch")
    read_table = _require("surveystats.batch", "read_table")
    _require("surveystats.extract.numbers", "extract_numbers")
    _require("surveystats.extract.tallies", "extract_tallies")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index in range(38):
        text = SAMPLE.replace("47 of the 112", f"{index + 10} of the {index + 100}")
        _write(corpus, f"doc{index:02d}.txt", text.encode())
    broken = {
        _write(corpus, "broken_empty.txt", b"").resolve(),
        _write(corpus, "broken_pdf.txt", b"%PDF-1.4\n" + bytes(200)).resolve(),
    }
    out = tmp_path / "out"
    result = run_batch(corpus, out, workers=1, chunk_size=7, progress=False)
    assert result.processed == 38
    assert result.failed == 2
    errors = read_table(out, "errors")
    assert sorted(Path(p).resolve() for p in errors["path"]) == sorted(broken)
    documents = read_table(out, "documents")
    assert len(documents) == 38 and documents["path"].is_unique
    # a second run tries the broken files again, and neither repeats nor loses them
    again = run_batch(corpus, out, workers=1, chunk_size=7, progress=False)
    assert again.processed == 0 and again.failed == 2
    errors = read_table(out, "errors")
    assert len(errors) == 2 and errors["path"].is_unique
    for row in errors.itertuples():
        assert row.error_type == "DocumentError"
        assert Path(row.path).name in row.message


def test_every_error_is_a_package_error():
    # The batch runner and the CLI catch SurveyStatsError; every raised class must be one.
    for error in (DocumentError, ValidationError, MembershipError, OutputError):
        assert issubclass(error, SurveyStatsError)
