"""Reports: a model of what a report says, and one renderer per format.

The package is split by job, so that no module both shapes data and lays it out:

- :mod:`~surveystats.report.model`: the frozen dataclasses of a report (sections,
  paragraphs, display tables, figures as a chart name and its table) and their JSON dump;
- :mod:`~surveystats.report.text`: the English of the reports (summary sentences, dates,
  quotes, method notes);
- :mod:`~surveystats.report.document`: the model of the report on one document, built
  from an :class:`~surveystats.analysis.Analysis`;
- :mod:`~surveystats.report.corpus`: the model of the report on a corpus, built from a
  :class:`~surveystats.analysis.corpus.CorpusAnalysis`;
- :mod:`~surveystats.report.figures`: the charts of a model drawn with
  :mod:`surveystats.charts` and saved as SVG, PNG or PDF;
- :mod:`~surveystats.report.markdown`, :mod:`~surveystats.report.html` (Jinja2) and
  :mod:`~surveystats.report.pdf` (Typst): the renderers;
- :mod:`~surveystats.report.write`: the report folder, written as a whole.

Examples
--------
>>> import surveystats, tempfile, pathlib
>>> from surveystats.report import build_report
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "A_RES_56_203"
>>> sorted(p.name for p in build_report(surveystats.example_path(), folder,
...                                     formats=("md", "csv")).iterdir())
['.surveystats-files.json', 'report.md', 'tables']
"""

from __future__ import annotations

from surveystats.output import safe_name
from surveystats.report.corpus import corpus_report
from surveystats.report.document import document_report, membership_split_table
from surveystats.report.model import DisplayTable, Figure, Report, Section, report_dict
from surveystats.report.write import (
    FORMATS,
    build_corpus_report,
    build_report,
    is_batch_output,
    report_folders,
    write_report,
)

__all__ = [
    "FORMATS",
    "DisplayTable",
    "Figure",
    "Report",
    "Section",
    "build_corpus_report",
    "build_report",
    "corpus_report",
    "document_report",
    "is_batch_output",
    "membership_split_table",
    "report_dict",
    "report_folders",
    "safe_name",
    "write_report",
]
