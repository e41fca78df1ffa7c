"""The report on a corpus, as a :class:`~surveystats.report.model.Report`.

:func:`corpus_report` reads a :class:`~surveystats.analysis.corpus.CorpusAnalysis` and
decides what the report on many documents says: what was read and found, every
inconsistent check with its document, paragraph and sentence, the numbers and tallies by
kind, how the Security Council's resolutions were adopted over time, each member's
abstentions, and the documents that could not be read. It computes no statistic and lays
nothing out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from surveystats.report import text
from surveystats.report.model import DisplayTable, Figure, Report, Section
from surveystats.schema import is_missing

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.analysis.corpus import CorpusAnalysis

__all__ = ["CORPUS_TABLES", "corpus_report"]

#: The tables of a corpus analysis written beside its report (``tables/<name>.csv``).
CORPUS_TABLES = (
    "documents",
    "errors",
    "numbers_by_kind",
    "tallies_by_kind",
    "checks",
    "votes",
    "roll_call",
    "resolutions",
    "votes_by_year",
    "votes_by_decade",
    "member_record",
    "member_totals",
)


def corpus_report(corpus: CorpusAnalysis, *, name: str, source: str = "") -> Report:
    """The model of the report on a corpus.

    Parameters
    ----------
    corpus
        The analysis of the corpus (:func:`surveystats.analysis.corpus.analyze_corpus`).
    name
        What the corpus is called in the title ("un").
    source
        Where it was read from (a folder), shown in the metadata.

    Returns
    -------
    Report
        Title "Numbers in the corpus <name>", and the sections Summary, Inconsistent
        checks, What the documents state, Security Council votes over time, Abstentions
        by member, Documents that could not be read and Method notes (votes and members
        only when the corpus holds Security Council votes); its ``data`` holds the tables
        of :data:`CORPUS_TABLES`.
    """
    checks = corpus.checks
    verdicts = checks["verdict"].astype(str).value_counts()
    metadata = [
        ("Documents read", str(len(corpus.documents))),
        ("Documents that failed", str(len(corpus.errors))),
        ("Numbers", str(int(corpus.numbers_by_kind["numbers"].sum()))),
        ("Tallies", str(int(corpus.tallies_by_kind["tallies"].sum()))),
        (
            "Checks",
            f"{len(checks)} ({int(verdicts.get('inconsistent', 0))} inconsistent, "
            f"{int(verdicts.get('undecidable', 0))} undecidable)",
        ),
    ]
    if source:
        metadata.insert(0, ("Read from", source))
    source_line = f"Source: the corpus {name} ({len(corpus.documents)} documents); surveystats"
    sections = [
        Section("Summary", tuple(text.corpus_summary(corpus, name))),
        _inconsistent_section(corpus),
        Section(
            "What the documents state",
            tables=(_numbers_table(corpus.numbers_by_kind), _tallies_table(corpus.tallies_by_kind)),
        ),
    ]
    if not corpus.resolutions.empty:
        sections.append(_votes_section(corpus, source_line))
    if not corpus.member_totals.empty:
        sections.append(_members_section(corpus, source_line))
    sections.append(_errors_section(corpus.errors))
    sections.append(Section("Method notes", notes=text.CORPUS_NOTES))
    title = f"Numbers in the corpus {name}"
    return Report(
        title=title,
        subtitle=f"{len(corpus.documents) + len(corpus.errors)} documents, checked",
        metadata=tuple(metadata),
        sections=tuple(sections),
        data={table: getattr(corpus, table) for table in CORPUS_TABLES},
        footer=f"{title} · surveystats",
        schemas={
            "numbers_by_kind": "number_kinds",
            "tallies_by_kind": "tally_kinds",
            "resolutions": "resolution_votes",
            "votes_by_year": "vote_splits",
            "votes_by_decade": "vote_splits",
        },
    )


def _inconsistent_section(corpus: CorpusAnalysis) -> Section:
    checks = corpus.checks[corpus.checks["verdict"] == "inconsistent"]
    if checks.empty:
        return Section(
            "Inconsistent checks",
            ("No check found figures that do not add up.",),
        )
    labels = _labels(corpus.documents)
    rows = list(checks.itertuples(index=False))
    frame = pd.DataFrame(
        {
            "Document": [labels.get(row.doc_id, text.cell(row.name)) for row in rows],
            "Paragraph": [text.whole(row.paragraph) for row in rows],
            "What": [text.cell(row.description) for row in rows],
            "Why": [text.cell(row.explanation) for row in rows],
            "Sentence": ["“" + " ".join(text.cell(row.sentence).split()) + "”" for row in rows],
        }
    )
    table = DisplayTable(
        "Inconsistent checks", frame, marks=("inconsistent",) * len(rows), data="checks"
    )
    return Section(
        "Inconsistent checks",
        (
            f"{text.count_of(len(rows), 'check')} in "
            f"{text.count_of(checks['doc_id'].nunique(), 'document')} found figures "
            "that do not add up. Each is listed with its document, the paragraph (numbered "
            "from 0, as in the document's own tables) and the sentence it was read from.",
        ),
        tables=(table,),
    )


def _labels(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> how the document is named in the report ("S/RES/338 (1973)", a file)."""
    labels = {}
    for row in documents.itertuples(index=False):
        label = text.document_label(row)
        if not is_missing(row.name) and label != str(row.name):
            label = f"{label} ({row.name})"
        labels[row.doc_id] = label
    return labels


def _numbers_table(counts: pd.DataFrame) -> DisplayTable:
    frame = pd.DataFrame(
        {
            "Kind": [str(kind).replace("_", " ") for kind in counts["kind"]],
            "Numbers": [text.whole(v) for v in counts["numbers"]],
            "Documents": [text.whole(v) for v in counts["documents"]],
        }
    )
    return DisplayTable("Numbers by kind", frame, data="numbers_by_kind")


def _tallies_table(counts: pd.DataFrame) -> DisplayTable:
    frame = pd.DataFrame(
        {
            "Kind": counts["kind"].astype(str).tolist(),
            "Tallies": [text.whole(v) for v in counts["tallies"]],
            "Categories": [text.whole(v) for v in counts["categories"]],
            "Documents": [text.whole(v) for v in counts["documents"]],
        }
    )
    return DisplayTable("Tallies by kind", frame, data="tallies_by_kind")


def _votes_section(corpus: CorpusAnalysis, source: str) -> Section:
    decades = corpus.votes_by_decade
    frame = pd.DataFrame(
        {
            "Decade": decades["period"].astype(str).tolist(),
            "Resolutions": [text.whole(v) for v in decades["resolutions"]],
            "Vote stated": [text.whole(v) for v in decades["vote_stated"]],
            "Unanimous": [text.whole(v) for v in decades["unanimous"]],
            "Unanimous (%)": [text.percent(v) for v in decades["unanimous_share"]],
            "With abstentions": [text.whole(v) for v in decades["with_abstentions"]],
            "With votes against": [text.whole(v) for v in decades["with_votes_against"]],
            "Abstentions cast": [text.whole(v) for v in decades["abstaining"]],
        }
    )
    by_year = corpus.votes_by_year
    figures = [
        Figure(
            "01_unanimity_by_year",
            "unanimity",
            by_year,
            "Share of resolutions adopted unanimously each year, of those whose vote is stated",
            options={"source": source},
        ),
        Figure(
            "02_vote_splits_by_decade",
            "vote_splits",
            decades,
            "Resolutions by decade and how they were adopted",
            options={"source": source},
        ),
        Figure(
            "03_abstentions_by_year",
            "abstentions",
            by_year,
            "Abstentions cast on adopted resolutions each year",
            options={"source": source},
        ),
    ]
    if by_year["unanimous_share"].isna().all():
        figures = figures[1:]
    return Section(
        "Security Council votes over time",
        (
            "How each resolution was adopted is read from its first vote (see the method "
            "notes); the table counts the resolutions of each decade, the figures each year.",
        ),
        tables=(DisplayTable("Resolutions by decade", frame, data="votes_by_decade"),),
        figures=tuple(figures),
    )


def _members_section(corpus: CorpusAnalysis, source: str) -> Section:
    totals = corpus.member_totals[corpus.member_totals["abstaining"] > 0]
    frame = pd.DataFrame(
        {
            "Member": totals["name"].astype(str).tolist(),
            "Years": [
                f"{text.whole(a)}–{text.whole(b)}"
                for a, b in zip(totals["first"], totals["last"], strict=True)
            ],
            "Votes known": [text.whole(v) for v in totals["votes"]],
            "Abstaining": [text.whole(v) for v in totals["abstaining"]],
            "Against": [text.whole(v) for v in totals["against"]],
            "Not participating": [text.whole(v) for v in totals["not_participating"]],
            "Absent": [text.whole(v) for v in totals["absent"]],
        }
    )
    figure = Figure(
        "04_votes_not_in_favour_by_member",
        "member_record",
        corpus.member_record,
        "Votes not in favour by member of the Security Council: against, abstaining, not "
        "participating and absent",
        options={"source": source},
    )
    return Section(
        "Abstentions by member",
        (
            "Every member that abstained at least once, from the roll calls of the votes "
            "(members named in a resolution's adoption line and its footnotes).",
        ),
        tables=(DisplayTable("Abstentions by member", frame, data="member_totals"),),
        figures=(figure,),
    )


def _errors_section(errors: pd.DataFrame) -> Section:
    if errors.empty:
        return Section("Documents that could not be read", ("Every document was read.",))
    rows = list(errors.itertuples(index=False))
    frame = pd.DataFrame(
        {
            "File": [text.cell(row.path).replace("\\", "/").rsplit("/", 1)[-1] for row in rows],
            "Stage": [text.cell(row.stage) for row in rows],
            "Error": [text.cell(row.error_type) for row in rows],
            "Message": [text.cell(row.message) for row in rows],
        }
    )
    return Section(
        "Documents that could not be read",
        (
            f"{text.count_of(len(rows), 'document')} could not be read or extracted; the "
            "batch run's errors table:",
        ),
        tables=(DisplayTable("Documents that could not be read", frame, data="errors"),),
    )
