"""Writing a report folder: every format of a report model, swapped into place at once.

:func:`build_report` analyses one document (or takes a finished analysis), builds its
model with :func:`~surveystats.report.document.document_report` and hands it to
:func:`write_report`, which renders each format asked for into a staging folder
(:func:`surveystats.output.replace_folder`) that replaces the report folder only when
every file is complete. A later run replaces only the files an earlier run wrote; a
folder holding anything else is refused before anything is written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from surveystats import schema
from surveystats.errors import ValidationError
from surveystats.output import replace_folder, safe_name, table_bytes
from surveystats.report.corpus import corpus_report
from surveystats.report.document import document_report
from surveystats.report.figures import render_figure
from surveystats.report.html import render_html
from surveystats.report.markdown import render_markdown
from surveystats.report.pdf import render_pdf

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.analysis import Analysis
    from surveystats.analysis.corpus import CorpusAnalysis
    from surveystats.documents import Document
    from surveystats.report.model import Report

__all__ = [
    "FORMATS",
    "build_corpus_report",
    "build_report",
    "is_batch_output",
    "report_folders",
    "write_report",
]

#: The output formats a report can be written in.
FORMATS = ("pdf", "html", "png", "md", "csv")

# The files of a report folder written before folders recorded their files: such a
# folder is replaced only when it holds nothing else.
_LEGACY_REPORT = re.compile(
    r"report\.(?:pdf|md)|figures/\d{2}_[a-z0-9_]+\.(?:png|pdf)"
    r"|tables/(?:numbers|tallies|shares|checks|votes|membership)\.csv"
)


def _check_formats(formats: Sequence[str]) -> None:
    if isinstance(formats, str) or not formats:
        raise ValidationError(
            f"formats must be a non-empty sequence of {', '.join(FORMATS)}; got {formats!r}"
        )
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise ValidationError(
            f"formats must be among {', '.join(FORMATS)}; got {', '.join(map(repr, unknown))}"
        )


def write_report(
    report: Report,
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] = FORMATS,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Render a report model into the folder ``out_dir``, in every format asked for.

    Parameters
    ----------
    report
        The report model.
    out_dir
        The report folder; created, or replaced when it holds only an earlier report.
    formats
        Any of "pdf" (``report.pdf`` and ``figures/*.pdf``), "html" (``report.html``),
        "png" (``figures/*.png``), "md" (``report.md``) and "csv" (``tables/*.csv``).
    inputs
        Files that must not lie inside ``out_dir``.

    Returns
    -------
    pathlib.Path
        ``out_dir``.

    Raises
    ------
    ValidationError
        When ``formats`` is empty or names an unknown format.
    OutputError
        When ``out_dir`` is a file, contains an input or holds files that are not an
        earlier report's (see :func:`surveystats.output.replace_folder`); nothing is
        written then.
    """
    _check_formats(formats)
    out = Path(out_dir)
    with replace_folder(out, inputs=inputs, legacy=_LEGACY_REPORT) as staging:
        figure_formats = [name for name in ("png", "pdf") if name in formats]
        if "pdf" in formats or "html" in formats:
            figure_formats.append("svg")
        rendered = {figure.name: render_figure(figure, figure_formats) for figure in report.figures}
        svgs = {name: files["svg"] for name, files in rendered.items() if "svg" in files}
        if rendered and ("png" in formats or "pdf" in formats):
            folder = staging / "figures"
            folder.mkdir()
            for name, files in rendered.items():
                for figure_format in ("png", "pdf"):
                    if figure_format in files:
                        (folder / f"{name}.{figure_format}").write_bytes(files[figure_format])
        table_files = list(report.data) if "csv" in formats else []
        if "pdf" in formats:
            (staging / "report.pdf").write_bytes(render_pdf(report, svgs=svgs))
        if "html" in formats:
            page = render_html(report, svgs=svgs, table_files=table_files)
            (staging / "report.html").write_text(page, encoding="utf-8", newline="\n")
        if "md" in formats:
            text = render_markdown(report, figure_files="png" in formats, table_files=table_files)
            (staging / "report.md").write_text(text, encoding="utf-8", newline="\n")
        if table_files:
            folder = staging / "tables"
            folder.mkdir()
            for name in table_files:
                declared = report.schemas.get(name, name if name in schema.TABLES else None)
                data = table_bytes(report.data[name], "csv", table=declared)
                (folder / f"{name}.csv").write_bytes(data)
    return out


def report_folders(documents: Sequence[Document], parent: str | os.PathLike[str]) -> list[Path]:
    """One report folder per document inside ``parent``, never two the same.

    Parameters
    ----------
    documents
        The documents to report on, in order.
    parent
        The folder that receives one sub-folder per document.

    Returns
    -------
    list of pathlib.Path
        ``parent / safe_name(symbol)`` (the file name's stem when the document has no
        symbol); a name already taken by an earlier document gets "_2", "_3", ... so
        two documents with the same symbol never overwrite each other's report.

    Examples
    --------
    >>> from surveystats.documents import parse_document
    >>> docs = [parse_document("One.", name="a.txt"), parse_document("Two.", name="a.txt")]
    >>> [folder.name for folder in report_folders(docs, Path("out"))]
    ['a', 'a_2']
    """
    folders: list[Path] = []
    taken: set[str] = set()
    for document in documents:
        stem = Path(document.name).stem if document.name else None
        base = safe_name(document.symbol or stem)
        name, suffix = base, 1
        while name.lower() in taken:
            suffix += 1
            name = f"{base}_{suffix}"
        taken.add(name.lower())
        folders.append(Path(parent) / name)
    return folders


def _as_analysis(
    source: Analysis | Document | str | os.PathLike[str], survey_date: Any
) -> Analysis:
    from surveystats.analysis import Analysis, analyze

    if isinstance(source, Analysis):
        if survey_date is not None:
            raise ValidationError(
                "survey_date cannot be applied to a finished Analysis; pass the document "
                "or run analyze(document, survey_date=...) first"
            )
        return source
    return analyze(source, survey_date=survey_date)


def _input_paths(source: Any, analysis: Analysis) -> list[Path]:
    paths = []
    if isinstance(source, str | os.PathLike):
        paths.append(Path(source))
    if analysis.document.source:
        paths.append(Path(str(analysis.document.source)))
    return paths


def build_report(
    source: Analysis | Document | str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] = FORMATS,
    survey_date: dt.date | str | None = None,
) -> Path:
    """Write the report of one document into ``out_dir``.

    Parameters
    ----------
    source
        The path of a document, a :class:`~surveystats.documents.Document`, or a finished
        :class:`~surveystats.analysis.Analysis`.
    out_dir
        The report folder, e.g. ``reports/A_RES_56_203`` (see
        :func:`surveystats.output.safe_name`). It is created, or replaced when it holds an
        earlier report and nothing else; its parent is created when missing.
    formats
        Any of "pdf" (``report.pdf`` and ``figures/*.pdf``), "html" (``report.html``, one
        self-contained page), "png" (``figures/*.png`` at 200 dpi), "md" (``report.md``)
        and "csv" (``tables/*.csv``: numbers, tallies, shares, checks, votes, membership).
    survey_date
        The date on which membership is counted (a date or ISO string); default the
        document's adoption date. Not allowed with an Analysis.

    Returns
    -------
    pathlib.Path
        ``out_dir``.

    Raises
    ------
    ValidationError
        When ``formats`` is empty or names an unknown format, or ``survey_date`` is given
        with an Analysis (or is not a date).
    OutputError
        When ``out_dir`` is a file, contains the input document, or holds files that an
        earlier report did not write (named in the message); nothing is written then.
    DocumentError
        When ``source`` is a path that cannot be read.

    Notes
    -----
    The report is written to a temporary folder beside ``out_dir`` and renamed into place
    only when every file is complete; a failure removes the temporary folder and leaves an
    existing report untouched. The folder's ``.surveystats-files.json`` lists the files
    written and their SHA-256, so that the next run replaces them and nothing else. Files
    are byte-identical across runs on the same input.

    Examples
    --------
    >>> import surveystats
    >>> folder = Path(tempfile.mkdtemp()) / "A_RES_56_203"
    >>> build_report(surveystats.example_path(), folder, formats=("md",)).name
    'A_RES_56_203'
    """
    _check_formats(formats)
    analysis = _as_analysis(source, survey_date)
    report = document_report(analysis)
    return write_report(report, out_dir, formats=formats, inputs=_input_paths(source, analysis))


def is_batch_output(folder: str | os.PathLike[str]) -> bool:
    """Whether ``folder`` is the output of a batch run (it has committed ``documents`` parts).

    Examples
    --------
    >>> is_batch_output(tempfile.mkdtemp())
    False
    """
    documents = Path(folder) / "documents"
    return documents.is_dir() and any(documents.glob("part-*.parquet"))


def _corpus_analysis(folder: Path, confidence: float) -> CorpusAnalysis:
    from surveystats.analysis.corpus import analyze_corpus
    from surveystats.batch import read_table, run_batch

    def analyse(out: Path) -> CorpusAnalysis:
        tables = {name: read_table(out, name) for name in ("documents", "numbers", "tallies")}
        return analyze_corpus(**tables, errors=read_table(out, "errors"), confidence=confidence)

    if is_batch_output(folder):
        return analyse(folder)
    with tempfile.TemporaryDirectory(prefix="surveystats-corpus-") as scratch:
        run_batch(folder, Path(scratch), progress=False)
        return analyse(Path(scratch))


def build_corpus_report(
    source: CorpusAnalysis | str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] = FORMATS,
    name: str | None = None,
    confidence: float = 0.95,
) -> Path:
    """Write one report over all the documents of a corpus into ``out_dir``.

    Parameters
    ----------
    source
        The output folder of a batch run (:func:`surveystats.run_batch`), a folder of
        documents (extracted first, with a batch run into a temporary folder), or a
        finished :class:`~surveystats.analysis.corpus.CorpusAnalysis`.
    out_dir
        The report folder; created, or replaced when it holds an earlier report and
        nothing else.
    formats
        As for :func:`build_report`.
    name
        What the corpus is called in the title; default the folder's name.
    confidence
        The confidence level of every interval, in (0, 1).

    Returns
    -------
    pathlib.Path
        ``out_dir``.

    Raises
    ------
    ValidationError
        When ``formats`` is empty or names an unknown format, or ``source`` is neither a
        folder nor a corpus analysis.
    OutputError
        As for :func:`build_report`; also when ``out_dir`` holds the corpus.

    Examples
    --------
    >>> import shutil, surveystats
    >>> corpus = Path(tempfile.mkdtemp()) / "corpus"
    >>> corpus.mkdir()
    >>> _ = shutil.copy(surveystats.example_path(), corpus)
    >>> out = build_corpus_report(corpus, corpus.parent / "report", formats=("md",))
    >>> (out / "report.md").read_text(encoding="utf-8").splitlines()[0]
    '# Numbers in the corpus corpus'
    """
    from surveystats.analysis.corpus import CorpusAnalysis

    _check_formats(formats)
    inputs: list[Path] = []
    if isinstance(source, CorpusAnalysis):
        corpus, where = source, ""
    elif isinstance(source, str | os.PathLike) and Path(source).is_dir():
        folder = Path(source)
        inputs.append(folder)
        corpus, where = _corpus_analysis(folder, confidence), str(folder)
        name = name or folder.resolve().name
    else:
        raise ValidationError(
            f"source must be a folder (of documents, or a batch run's output) or a "
            f"CorpusAnalysis; got {source!r}"
        )
    report = corpus_report(corpus, name=name or "of documents", source=where)
    return write_report(report, out_dir, formats=formats, inputs=inputs)
