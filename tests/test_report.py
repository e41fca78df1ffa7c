"""The report: files, resolution, PDF text, byte-identical re-runs, atomic replacement."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest
from PIL import Image
from pypdf import PdfReader

import surveystats
from surveystats import charts, report
from surveystats.errors import OutputError, ValidationError

# The report runs the whole analysis; skip (not fail) while surveystats.analysis is absent.
pytest.importorskip("surveystats.analysis")

SC_FIXTURE = "report_sc_fixture.txt"


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _percentage_check(analysis) -> pd.DataFrame:
    """One percentage check row in the documented shape (charts for checks need one)."""
    shares = analysis.shares
    respondents = int(shares["respondents"].iloc[0])
    members = int(analysis.membership["members"].iloc[0])
    columns = analysis.checks.columns
    row = {name: pd.NA for name in columns}
    row.update(
        check=len(analysis.checks),
        kind="percentage",
        description="response rate vs stated per cent",
        stated=str(round(100 * respondents / members)),
        decimals=0,
        numerator=respondents,
        denominator=members,
        computed=100 * respondents / members,
        window_low=round(100 * respondents / members) - 0.5,
        window_high=round(100 * respondents / members) + 0.5,
        rounding="up_or_down",
        implied_low=members - 1,
        implied_high=members + 3,
        verdict="consistent",
        explanation="made up for the test",
        context="A sentence written for the test.",
    )
    extra = pd.DataFrame([row], columns=columns).astype(analysis.checks.dtypes.to_dict())
    return pd.concat([analysis.checks, extra], ignore_index=True)


@pytest.fixture(scope="module")
def example_analysis(example_path):
    return surveystats.analyze(example_path)


@pytest.fixture(scope="module")
def example_report(tmp_path_factory, example_path):
    out = tmp_path_factory.mktemp("reports") / "A_RES_56_203"
    returned = report.build_report(example_path, out)
    return returned


def test_example_report_files(example_report, example_analysis):
    out = example_report
    assert out.name == "A_RES_56_203"
    assert (out / "report.pdf").is_file()
    assert (out / "report.md").is_file()
    tables = sorted(p.name for p in (out / "tables").iterdir())
    assert tables == sorted(
        f"{name}.csv" for name in ("numbers", "tallies", "shares", "checks", "votes", "membership")
    )
    shares = pd.read_csv(out / "tables" / "shares.csv")
    assert shares["count"].tolist() == example_analysis.shares["count"].tolist()
    pngs = sorted((out / "figures").glob("*.png"))
    pdfs = sorted((out / "figures").glob("*.pdf"))
    assert len(pngs) >= 3
    assert [p.stem for p in pngs] == [p.stem for p in pdfs]
    assert any("tally" in p.stem for p in pngs)
    assert any("membership_growth" in p.stem for p in pngs)
    for png in pngs:
        with Image.open(png) as image:
            assert min(image.info["dpi"]) >= 150
            assert image.width >= 1000
    # Nothing is left beside the report.
    assert sorted(p.name for p in out.parent.iterdir()) == ["A_RES_56_203"]


def test_example_pdf_states_the_findings(example_report):
    text = _pdf_text(example_report / "report.pdf")
    numbers = set(re.findall(r"\d+(?:\.\d+)?", text))
    assert {"47", "5", "26", "78", "189", "111"} <= numbers
    assert re.search(r"\b41(\.\d)? per cent", text)
    assert "78 of the 189 Member States (41.3 per cent) answered" in " ".join(text.split())
    assert "Method notes" in text
    assert "Wilson" in text and "Goodman" in text and "hypergeometric" in text
    # The quoted sentence of the tally figure.
    assert "forty-seven respondents were in favour" in " ".join(text.split())
    metadata = PdfReader(example_report / "report.pdf").metadata
    assert "/CreationDate" not in metadata and "/ModDate" not in metadata
    assert metadata.title == "Numbers in A/RES/56/203"


def test_markdown_links_every_png(example_report):
    markdown = (example_report / "report.md").read_text(encoding="utf-8")
    linked = re.findall(r"\]\((figures/[^)]+\.png)\)", markdown)
    pngs = sorted(str(p.relative_to(example_report)) for p in example_report.glob("figures/*.png"))
    assert sorted(linked) == pngs
    assert "78 of the 189 Member States (41.3 per cent) answered" in markdown
    assert "](tables/shares.csv)" in markdown


def test_rerun_is_byte_identical(example_report, example_path, tmp_path):
    again = report.build_report(example_path, tmp_path / "A_RES_56_203")
    assert _digest(again) == _digest(example_report)


def test_replacing_a_report_and_checks_charts(example_analysis, tmp_path):
    analysis = dataclasses.replace(example_analysis, checks=_percentage_check(example_analysis))
    out = tmp_path / "report"
    report.build_report(example_analysis, out, formats=("png",))
    first = _digest(out)
    report.build_report(analysis, out, formats=("png", "md"))
    names = [p.name for p in (out / "figures").glob("*.png")]
    assert any(name.endswith("check_0.png") for name in names)
    assert any(name.endswith("denominators_0.png") for name in names)
    assert (out / "report.md").is_file()
    assert _digest(out) != first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_failure_leaves_nothing_and_keeps_the_old_report(example_analysis, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("chart failed")

    monkeypatch.setattr(charts, "plot_tally", broken)
    with pytest.raises(RuntimeError, match="chart failed"):
        report.build_report(example_analysis, tmp_path / "new")
    assert list(tmp_path.iterdir()) == []

    monkeypatch.undo()
    old = report.build_report(example_analysis, tmp_path / "old", formats=("md", "csv"))
    before = _digest(old)
    monkeypatch.setattr(charts, "plot_tally", broken)
    with pytest.raises(RuntimeError, match="chart failed"):
        report.build_report(example_analysis, old)
    assert _digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("A/RES/56/203", "A_RES_56_203"),
        ("S/RES/338 (1973)", "S_RES_338_1973"),
        ("../../etc", "etc"),
        ("..", "document"),
        ("/", "document"),
        ("", "document"),
        (None, "document"),
        ("a\\b:c*d", "a_b_c_d"),
        ("CON", "_CON"),
        ("A/C.3/56/L.5", "A_C.3_56_L.5"),
    ],
)
def test_safe_name(symbol, expected):
    assert report.safe_name(symbol) == expected


def test_safe_name_stays_inside(tmp_path):
    for hostile in ("../../etc/passwd", "../..", "/abs/path", "x/../../y", "." * 300):
        name = report.safe_name(hostile)
        assert (tmp_path / name).resolve().parent == tmp_path.resolve()
        assert len(name) <= 100


def test_refuses_a_folder_that_is_not_a_report(example_analysis, tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="not a previous report"):
        report.build_report(example_analysis, tmp_path, formats=("md",))
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="not a folder"):
        report.build_report(example_analysis, target, formats=("md",))


def test_never_writes_over_the_input(example_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "doc.txt"
    source.write_bytes(example_path.read_bytes())
    with pytest.raises(OutputError, match="contains the input"):
        report.build_report(source, folder, formats=("md",))
    assert source.read_bytes() == example_path.read_bytes()


def test_validates_formats(example_analysis, tmp_path):
    with pytest.raises(ValidationError, match="formats must be among"):
        report.build_report(example_analysis, tmp_path / "r", formats=("pdf", "html"))
    with pytest.raises(ValidationError, match="non-empty"):
        report.build_report(example_analysis, tmp_path / "r", formats=())
    with pytest.raises(ValidationError, match="non-empty"):
        report.build_report(example_analysis, tmp_path / "r", formats="pdf")
    with pytest.raises(ValidationError, match="survey_date"):
        report.build_report(example_analysis, tmp_path / "r", survey_date="2001-01-01")
    assert list(tmp_path.iterdir()) == []


def test_membership_split_table():
    shares = pd.DataFrame(
        {
            "category": ["yes", "no"],
            "count": pd.array([3, 2], "Int64"),
            "respondents": pd.array([5, 5], "Int64"),
            "population": pd.array([9, 9], "Int64"),
        }
    )
    table = report.membership_split_table(shares)
    assert table["category"].tolist() == ["yes", "no", "no reply"]
    assert table["count"].tolist() == [3, 2, 4]
    unknown = shares.assign(population=pd.array([pd.NA, pd.NA], "Int64"))
    assert report.membership_split_table(unknown).columns.tolist() == ["category", "count"]
    assert report.membership_split_table(unknown).empty


def test_security_council_fixture_has_a_vote_chart(test_data, tmp_path):
    out = report.build_report(test_data / SC_FIXTURE, tmp_path / "sc", formats=("pdf", "png"))
    votes = sorted((out / "figures").glob("*votes.png"))
    assert len(votes) == 1
    text = " ".join(_pdf_text(out / "report.pdf").split())
    assert "13 in favour" in text
    assert "Security Council had 15 members" in text


def test_survey_date_moves_the_membership(test_data, tmp_path):
    out = report.build_report(
        test_data / SC_FIXTURE, tmp_path / "sc", formats=("csv",), survey_date="1960-06-30"
    )
    membership = pd.read_csv(out / "tables" / "membership.csv")
    assert set(membership["date"]) == {"1960-06-30"}
    assert set(membership["date_source"]) == {"survey_date"}


@pytest.mark.corpus
def test_security_council_corpus_file(corpus_dir, tmp_path):
    source = corpus_dir / "sc_resolutions" / "S_RES_0338_1973_EN_GOLD.txt"
    out = report.build_report(source, tmp_path / "S_RES_338", formats=("png", "md", "csv"))
    votes = pd.read_csv(out / "tables" / "votes.csv")
    assert len(votes) >= 1
    assert list((out / "figures").glob("*votes.png"))
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "Security Council" in markdown


def test_document_without_facts_or_date(tmp_path):
    doc = surveystats.parse_document("Nothing to count here.", name="plain")
    out = report.build_report(doc, tmp_path / "plain", formats=("pdf", "png", "md"))
    assert sorted(p.name for p in out.iterdir()) == ["report.md", "report.pdf"]
    text = " ".join(_pdf_text(out / "report.pdf").split())
    assert "states no date" in text
    assert "nothing to check" in text
