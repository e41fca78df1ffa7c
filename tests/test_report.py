"""The report of one document: model, files, Markdown, byte-identical re-runs, folders.

The PDF has its own tests (test_report_pdf.py), the HTML page its browser test
(test_report_html.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest
from markdown_it import MarkdownIt
from PIL import Image
from pypdf import PdfReader

import surveystats
from surveystats import report
from surveystats.cli import main
from surveystats.errors import OutputError, ValidationError
from surveystats.output import MANIFEST_NAME
from surveystats.report import figures

SC_FIXTURE = "report_sc_fixture.txt"
SNAPSHOT = Path(__file__).parent / "data" / "report_model_A_RES_56_203.json"
# A title and a survey sentence holding HTML and a Markdown link, as an attacker would write.
HOSTILE_TITLE = "<img src=x onerror=alert(1)> [x](javascript:alert(1))"
HOSTILE_TEXT = "<b>bold</b> [click](javascript:alert(2)) and"


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
    return report.build_report(example_path, out)


@pytest.fixture(scope="module")
def hostile_document(example_path):
    text = example_path.read_text(encoding="utf-8")
    text = text.replace(
        "56/203.\tInternational migration and development", f"56/203.\t{HOSTILE_TITLE}"
    )
    text = text.replace(
        "and that forty-seven respondents", f"{HOSTILE_TEXT} forty-seven respondents"
    )
    document = surveystats.parse_document(text, name="hostile.txt")
    assert document.title == HOSTILE_TITLE
    return document


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory, hostile_document):
    out = tmp_path_factory.mktemp("hostile") / "report"
    return report.build_report(hostile_document, out, formats=("md", "html", "pdf"))


# --------------------------------------------------------------------------- the model


def test_model_snapshot(example_analysis):
    """The whole model of the example's report, as JSON, against the stored snapshot.

    After an intended change, rewrite the snapshot with
    ``SURVEYSTATS_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_report.py -k snapshot``
    and review its diff.
    """
    dumped = report.report_dict(report.document_report(example_analysis))
    text = json.dumps(dumped, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    if os.environ.get("SURVEYSTATS_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(text, encoding="utf-8")
    stored = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert json.loads(text) == stored


def test_model_is_data_the_renderers_share(example_analysis):
    model = report.document_report(example_analysis)
    assert [section.heading for section in model.sections] == [
        "Summary",
        "Consistency checks",
        "Tallies and shares",
        "Figures",
        "Method notes",
    ]
    charts = [figure.chart for figure in model.figures]
    assert charts == [
        "tally",
        "membership_split",
        "percentage_check",
        "implied_denominators",
        "membership_growth",
    ]
    for figure in model.figures:
        assert figure.chart in figures.CHARTS
        assert isinstance(figure.data, pd.DataFrame) and not figure.data.empty
        assert not any(callable(value) for value in figure.options.values())
    # the membership series comes from the analysis, not from the report
    growth = model.figures[-1]
    pd.testing.assert_frame_equal(growth.data, example_analysis.membership_history)
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.title = "changed"  # type: ignore[misc]


def test_inconsistent_checks_come_first_and_are_marked():
    text = (
        "Resolution 999 (1970)\nof 1 January 1970\n\nThe Security Council,\n\n"
        "1. Decides to remain seized of the question;\n\n"
        "Adopted at the 1500th meeting by 73 votes to none, with 2 abstentions (France, Poland)."
    )
    analysis = surveystats.analyze(surveystats.parse_document(text, name="misread.txt"))
    model = report.document_report(analysis)
    checks = next(s for s in model.sections if s.heading == "Consistency checks").tables[0]
    assert checks.marks[0] == "inconsistent"
    assert checks.frame["Verdict"].iloc[0] == "inconsistent"
    assert "they are listed first below" in model.sections[0].paragraphs[1]


# --------------------------------------------------------------------------- files


def test_example_report_files(example_report, example_analysis):
    out = example_report
    assert out.name == "A_RES_56_203"
    for name in ("report.pdf", "report.md", "report.html", MANIFEST_NAME):
        assert (out / name).is_file(), name
    tables = sorted(p.name for p in (out / "tables").iterdir())
    assert tables == sorted(f"{name}.csv" for name in report.document.DATA_TABLES)
    shares = pd.read_csv(out / "tables" / "shares.csv")
    assert shares["count"].tolist() == example_analysis.shares["count"].tolist()
    pngs = sorted((out / "figures").glob("*.png"))
    pdfs = sorted((out / "figures").glob("*.pdf"))
    assert len(pngs) == 5
    assert [p.stem for p in pngs] == [p.stem for p in pdfs]
    for png in pngs:
        with Image.open(png) as image:
            assert min(image.info["dpi"]) >= 150
            assert image.width >= 1000
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(
        str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and p.name != MANIFEST_NAME
    )
    # Nothing is left beside the report.
    assert sorted(p.name for p in out.parent.iterdir()) == ["A_RES_56_203"]


def test_example_pdf_states_the_findings(example_report):
    text = " ".join(_pdf_text(example_report / "report.pdf").split())
    numbers = set(re.findall(r"\d+(?:\.\d+)?", text))
    assert {"47", "5", "26", "78", "189", "111"} <= numbers
    assert "78 of the 189 Member States (41.3 per cent) answered" in text
    assert "Method notes" in text
    assert "Wilson" in text and "Goodman" in text and "hypergeometric" in text
    assert "forty-seven respondents were in favour" in text
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
    assert any(name.endswith("check_1.png") for name in names)
    assert any(name.endswith("denominators_1.png") for name in names)
    assert (out / "report.md").is_file()
    assert _digest(out) != first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_failure_leaves_nothing_and_keeps_the_old_report(example_analysis, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("chart failed")

    monkeypatch.setitem(figures.CHARTS, "tally", broken)
    with pytest.raises(RuntimeError, match="chart failed"):
        report.build_report(example_analysis, tmp_path / "new")
    assert list(tmp_path.iterdir()) == []

    monkeypatch.undo()
    old = report.build_report(example_analysis, tmp_path / "old", formats=("md", "csv"))
    before = _digest(old)
    monkeypatch.setitem(figures.CHARTS, "tally", broken)
    with pytest.raises(RuntimeError, match="chart failed"):
        report.build_report(example_analysis, old)
    assert _digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]


# --------------------------------------------------------------------------- folders


def test_rebuilding_keeps_the_users_files_or_refuses(example_analysis, tmp_path):
    # issue 18: a file of the user's nested in the report folder was deleted without a word
    out = report.build_report(example_analysis, tmp_path / "A_RES_56_203", formats=("md", "csv"))
    mine = out / "tables" / "mine.xlsx"
    mine.write_text("x", encoding="utf-8")
    before = _digest(out)
    with pytest.raises(OutputError, match=r"did not write \(tables/mine\.xlsx\)"):
        report.build_report(example_analysis, out, formats=("md", "csv"))
    assert mine.read_text(encoding="utf-8") == "x"
    assert _digest(out) == before
    mine.unlink()
    report.build_report(example_analysis, out, formats=("md", "csv"))  # ours alone: replaced


def test_a_report_file_changed_by_hand_is_not_overwritten(example_analysis, tmp_path):
    out = report.build_report(example_analysis, tmp_path / "r", formats=("md",))
    (out / "report.md").write_text("my notes", encoding="utf-8")
    with pytest.raises(OutputError, match=r"report\.md"):
        report.build_report(example_analysis, out, formats=("md",))
    assert (out / "report.md").read_text(encoding="utf-8") == "my notes"


def test_cli_report_refuses_a_folder_with_the_users_files(tmp_path, capsys):
    assert main(["report", "-o", str(tmp_path / "r")]) == 0
    mine = tmp_path / "r" / "A_RES_56_203" / "tables" / "mine.xlsx"
    mine.write_text("x", encoding="utf-8")
    capsys.readouterr()
    assert main(["report", "-o", str(tmp_path / "r")]) == 2
    error = capsys.readouterr().err
    assert "tables/mine.xlsx" in error and "nothing was changed" in error
    assert len(error.strip().splitlines()) == 1
    assert mine.read_text(encoding="utf-8") == "x"


def test_a_report_written_before_manifests_is_replaced(example_analysis, tmp_path):
    out = tmp_path / "old"
    (out / "figures").mkdir(parents=True)
    (out / "tables").mkdir()
    for name in ("report.pdf", "report.md", "figures/01_tally_0.png", "tables/shares.csv"):
        (out / name).write_bytes(b"old")
    report.build_report(example_analysis, out, formats=("md",))
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, "report.md"]
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / MANIFEST_NAME).unlink()
    with pytest.raises(OutputError, match=r"notes\.txt"):
        report.build_report(example_analysis, out, formats=("md",))


def test_refuses_a_folder_that_is_not_a_report(example_analysis, tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="did not write"):
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


def test_validates_formats(example_analysis, tmp_path):
    with pytest.raises(ValidationError, match="formats must be among"):
        report.build_report(example_analysis, tmp_path / "r", formats=("pdf", "docx"))
    with pytest.raises(ValidationError, match="non-empty"):
        report.build_report(example_analysis, tmp_path / "r", formats=())
    with pytest.raises(ValidationError, match="non-empty"):
        report.build_report(example_analysis, tmp_path / "r", formats="pdf")
    with pytest.raises(ValidationError, match="survey_date"):
        report.build_report(example_analysis, tmp_path / "r", survey_date="2001-01-01")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- escaping


def test_markdown_has_no_live_html_or_links_from_the_document(hostile_report):
    # issue 18: a title holding HTML or a Markdown link reached report.md as it was
    markdown = (hostile_report / "report.md").read_text(encoding="utf-8")
    parser = MarkdownIt("commonmark")
    parser.validateLink = lambda url: True  # as permissive as any renderer may be
    tokens = parser.parse(markdown)
    inline = [child for token in tokens for child in (token.children or [])]
    assert not [t for t in tokens + inline if t.type.startswith("html")]
    links = [t.attrs["href"] for t in inline if t.type == "link_open"]
    assert all(str(href).startswith("tables/") for href in links), links
    images = [t.attrs["src"] for t in inline if t.type == "image"]
    assert all(str(src).startswith("figures/") for src in images), images
    rendered = parser.render(markdown)
    assert "&lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))" in rendered
    assert "&lt;b&gt;bold&lt;/b&gt; [click](javascript:alert(2))" in rendered


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_html_has_no_live_html_or_links_from_the_document(hostile_report):
    page = _Elements()
    page.feed((hostile_report / "report.html").read_text(encoding="utf-8"))
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"img", "script", "b", "iframe", "object"}
    hrefs = [attrs.get("href") for tag, attrs in page.tags if tag == "a"]
    assert all(str(href).startswith("tables/") for href in hrefs), hrefs
    assert not [attrs for _, attrs in page.tags if any(k.startswith("on") for k in attrs)]
    text = "".join(page.text)
    assert HOSTILE_TITLE in text and HOSTILE_TEXT in text


def test_pdf_shows_the_document_text_as_written(hostile_report):
    text = " ".join(_pdf_text(hostile_report / "report.pdf").split())
    assert HOSTILE_TITLE in text


# --------------------------------------------------------------------------- other inputs


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
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, "report.md", "report.pdf"]
    text = " ".join(_pdf_text(out / "report.pdf").split())
    assert "states no date" in text
    assert "nothing to check" in text


def test_method_notes_describe_only_what_the_report_shows(test_data):
    from surveystats.report.document import document_report

    def headings(analysis):
        (notes,) = [
            section.notes
            for section in document_report(analysis).sections
            if section.heading == "Method notes"
        ]
        return [heading for heading, _ in notes]

    survey = headings(surveystats.analyze(surveystats.example_path()))
    council = headings(surveystats.analyze(test_data / SC_FIXTURE))
    # the example: a survey of Member States with stated percentages, no vote
    assert {"Shares and Wilson intervals", "Worst-case bounds", "Rounding rule"} <= set(survey)
    assert "Votes" not in survey and "Roll call" not in survey
    # a Security Council resolution: votes and a roll call, no survey shares
    assert {"Votes", "Roll call", "Numbering", "Membership"} <= set(council)
    assert "Shares and Wilson intervals" not in council and "Worst-case bounds" not in council
