"""The report over a corpus: from a folder of documents, from a batch output, from the CLI.

A small corpus written for the tests (test_corpus.py) has every way of adopting a
resolution, a misread vote and a file that cannot be read; the shared UN corpus, when
present, gets its whole report built once.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from chromium import load
from pypdf import PdfReader
from test_corpus import write_corpus

from surveystats.batch import run_batch
from surveystats.cli import main
from surveystats.report import build_corpus_report, is_batch_output
from surveystats.report.text import corpus_summary

SECTIONS = [
    "Summary",
    "Inconsistent checks",
    "What the documents state",
    "Security Council votes over time",
    "Abstentions by member",
    "Documents that could not be read",
    "Method notes",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory, example_path) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "docs", example_path)


@pytest.fixture(scope="module")
def built(folder, tmp_path_factory) -> Path:
    return build_corpus_report(folder, tmp_path_factory.mktemp("reports") / "docs")


def _headings(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, flags=re.M)


def test_a_folder_of_documents_gets_one_report(built):
    files = sorted(str(p.relative_to(built)) for p in built.rglob("*") if p.is_file())
    assert {"report.pdf", "report.html", "report.md", "tables/checks.csv"} <= set(files)
    assert len([f for f in files if f.startswith("figures/") and f.endswith(".png")]) == 4
    markdown = (built / "report.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Numbers in the corpus docs\n")
    assert _headings(markdown) == [*SECTIONS, "Tables"]
    assert "The corpus docs holds 7 documents: 6 were read and 1 could not be" in markdown


def test_every_inconsistent_check_with_document_paragraph_and_sentence(built):
    markdown = (built / "report.md").read_text(encoding="utf-8")
    checks = pd.read_csv(built / "tables" / "checks.csv")
    inconsistent = checks[checks["verdict"] == "inconsistent"]
    assert len(inconsistent) >= 1
    rows = [line for line in markdown.splitlines() if line.startswith("| **✗")]
    assert len(rows) == len(inconsistent)
    for line, check in zip(rows, inconsistent.itertuples(index=False), strict=True):
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        assert "Security Council resolution 9005 (1985)" in cells[0]
        assert cells[1] == str(check.paragraph)
        assert "by 73 votes to none" in cells[4]


def _summary_of_checks(verdicts: list[str]) -> str:
    corpus = SimpleNamespace(
        documents=pd.DataFrame({"doc_id": ["a", "b"]}),
        errors=pd.DataFrame(),
        numbers_by_kind=pd.DataFrame({"numbers": [12]}),
        tallies_by_kind=pd.DataFrame({"tallies": [2]}),
        checks=pd.DataFrame({"verdict": verdicts, "doc_id": ["a"] * len(verdicts)}),
        resolutions=pd.DataFrame(),
    )
    return corpus_summary(corpus, "docs")[1]


def test_the_summary_counts_the_checks_in_agreeing_words():
    assert _summary_of_checks(["consistent", "inconsistent"]) == (
        "2 relations between stated figures were checked: 1 is consistent, 0 cannot be "
        "decided from the text and 1 is inconsistent, in 1 document (listed below with the "
        "sentence)."
    )
    assert _summary_of_checks(["consistent"]) == (
        "1 relation between stated figures was checked: 1 is consistent, 0 cannot be "
        "decided from the text and 0 are inconsistent."
    )


def test_the_failed_document_is_listed(built):
    markdown = (built / "report.md").read_text(encoding="utf-8")
    failed = markdown.split("## Documents that could not be read")[1].split("## ")[0]
    assert "broken.txt" in failed and "DocumentError" in failed


def test_a_batch_output_gives_the_same_report(folder, built, tmp_path):
    out = tmp_path / "batch"
    run_batch(folder, out, workers=1, progress=False)
    assert is_batch_output(out) and not is_batch_output(folder)
    again = build_corpus_report(out, tmp_path / "again", name="docs")
    for name in ("report.md", "tables/checks.csv", "tables/votes_by_year.csv"):
        first, second = (
            [line for line in (report / name).read_text(encoding="utf-8").splitlines()
             if "Read from" not in line]
            for report in (built, again)
        )  # fmt: skip
        assert first == second and len(first) > 3, name


def test_the_command_line_writes_a_corpus_report(folder, tmp_path, capsys):
    assert main(["report", str(folder), "-o", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "out" / "docs")
    assert (tmp_path / "out" / "docs" / "report.pdf").is_file()
    assert main(["report", str(folder), "--date", "2001-01-01", "-o", str(tmp_path)]) == 2
    assert "--date applies to documents" in capsys.readouterr().err


def test_the_pdf_starts_with_the_title(built, tmp_path):
    first = " ".join(PdfReader(built / "report.pdf").pages[0].extract_text().split())
    assert first.startswith("Numbers in the corpus docs")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(built / "report.pdf"), "-"], capture_output=True, check=True
        ).stdout.decode()
        assert text.splitlines()[0] == "Numbers in the corpus docs"


def test_the_browser_shows_the_marked_checks(built, tmp_path):
    page = load(built / "report.html", tmp_path)
    assert page.console == [] and page.requests == []
    assert page.dom.count('class="marked inconsistent"') == len(
        pd.read_csv(built / "tables" / "checks.csv").query("verdict == 'inconsistent'")
    )
    assert page.dom.count("<svg") == 4


@pytest.mark.corpus
@pytest.mark.slow
def test_the_shared_corpus_report(corpus_dir, tmp_path):
    out = build_corpus_report(corpus_dir, tmp_path / "un")
    manifest = pd.read_csv(corpus_dir / "MANIFEST.tsv", sep="\t")
    documents = pd.read_csv(out / "tables" / "documents.csv")
    errors = pd.read_csv(out / "tables" / "errors.csv")
    assert len(documents) + len(errors) == len(manifest)
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert _headings(markdown) == [*SECTIONS, "Tables"]
    checks = pd.read_csv(out / "tables" / "checks.csv")
    inconsistent = checks[checks["verdict"] == "inconsistent"]
    assert markdown.count("| **✗") == len(inconsistent) >= 1
    resolutions = pd.read_csv(out / "tables" / "resolutions.csv")
    assert 850 <= len(resolutions) <= 902  # the Council's resolutions with an adoption line
    by_year = pd.read_csv(out / "tables" / "votes_by_year.csv")
    assert by_year["resolutions"].sum() == len(resolutions)
    totals = pd.read_csv(out / "tables" / "member_totals.csv")
    assert totals["name"].iloc[0] == "Union of Soviet Socialist Republics"  # most abstentions
    assert len(list((out / "figures").glob("*.png"))) == 4
