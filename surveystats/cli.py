"""The ``surveystats`` command line: a thin layer of argument parsing over the library.

Every command reads its input through the library and prints or writes what the library
returns; errors in the input become one line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import glob
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from surveystats import __version__
from surveystats.errors import SurveyStatsError

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_BAD_INPUT = 2

_EPILOG_REPORT = """examples:
  surveystats report                      # the bundled A/RES/56/203 into reports/A_RES_56_203/
  surveystats report S_RES_0338_1973.txt -o out
  surveystats report corpus/ -o out       # one report over every document: out/corpus/
  surveystats report batch_out/ -o out    # the same from a batch run's output folder
"""
_EPILOG_EXTRACT = """examples:
  surveystats extract data/A_RES_56_203.txt                  # numbers as CSV on stdout
  surveystats extract res.txt --tallies --format json -o tallies.json
  surveystats extract corpus/ -o out/ --workers 2            # batch: Parquet tables in out/
  surveystats extract 'corpus/*.txt' -o out/ --engine dask --scheduler tcp://host:8786
"""
_EPILOG_CHECK = """example:
  surveystats check data/A_RES_56_203.txt
exit status: 0 all checks consistent (or undecidable), 1 any inconsistent, 2 unusable input
"""
_EPILOG_MEMBERSHIP = """examples:
  surveystats membership --date 2001-12-21          # 189
  surveystats membership --date 1973-10-22 --body "Security Council"
  surveystats membership --date 1950-01-01 --list
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with the bad-input status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``surveystats`` command."""
    parser = _Parser(
        prog="surveystats",
        description="Turn the numbers written in UN documents into checked, tidy data.",
    )
    parser.add_argument("--version", action="version", version=f"surveystats {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    formatter = argparse.RawDescriptionHelpFormatter

    report = commands.add_parser(
        "report",
        help="write the report (PDF, HTML, Markdown, PNG, CSV) of documents or a corpus",
        description=(
            "Write a report for each FILE into DIR/<document symbol>/. A FOLDER (of "
            "documents, or the output of a batch extraction) gets one report over all its "
            "documents, in DIR/<folder name>/."
        ),
        epilog=_EPILOG_REPORT,
        formatter_class=formatter,
    )
    report.add_argument(
        "files", nargs="*", metavar="FILE", help="documents or folders (default: example)"
    )
    report.add_argument("-o", "--output", default="reports", metavar="DIR", help="parent folder")
    report.add_argument("--date", metavar="YYYY-MM-DD", help="survey date (default: adoption)")

    extract = commands.add_parser(
        "extract",
        help="extract numbers or tallies from documents (batch mode for folders and globs)",
        description=(
            "Extract the numbers (or with --tallies the tallies) of each FILE. Given a folder,"
            " a glob or any of --workers/--engine/--force, run a batch extraction that writes"
            " Parquet tables (documents, numbers, tallies, errors) into the -o folder."
        ),
        epilog=_EPILOG_EXTRACT,
        formatter_class=formatter,
    )
    extract.add_argument("inputs", nargs="+", metavar="FILE", help="files, folders or globs")
    extract.add_argument("--tallies", action="store_true", help="extract tallies, not numbers")
    extract.add_argument(
        "--format", choices=("csv", "json", "parquet"), default=None, help="default: csv"
    )
    extract.add_argument("-o", "--output", metavar="PATH", help="output file (batch: folder)")
    extract.add_argument("--workers", type=int, metavar="N", help="batch: processes")
    extract.add_argument("--engine", choices=("local", "dask"), help="batch: execution engine")
    extract.add_argument("--scheduler", metavar="ADDRESS", help="batch: dask scheduler")
    extract.add_argument("--force", action="store_true", help="batch: redo finished documents")

    check = commands.add_parser(
        "check",
        help="check the stated figures of documents; exit 1 when any is inconsistent",
        description="Print every consistency check of each FILE with its verdict.",
        epilog=_EPILOG_CHECK,
        formatter_class=formatter,
    )
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--date", metavar="YYYY-MM-DD", help="survey date (default: adoption)")

    members = commands.add_parser(
        "membership",
        help="how many members a UN body had on a date (and who they were)",
        description="Print the number of members of a body on a date.",
        epilog=_EPILOG_MEMBERSHIP,
        formatter_class=formatter,
    )
    members.add_argument("--date", metavar="YYYY-MM-DD", help="default: the latest data")
    members.add_argument("--body", default="General Assembly", help="default: General Assembly")
    members.add_argument("--list", action="store_true", help="list the members")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv
        The arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        The exit status: 0 success, 1 an inconsistent check, 2 unusable input.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    handler = {
        "report": _report,
        "extract": _extract,
        "check": _check,
        "membership": _membership,
    }[args.command]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default")
            return handler(args)
    except SurveyStatsError as error:
        print(f"surveystats {args.command}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"surveystats {args.command}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _report(args: argparse.Namespace) -> int:
    from surveystats.documents import example_path, read_document
    from surveystats.output import safe_name
    from surveystats.report import build_corpus_report, build_report, report_folders

    paths = [Path(name) for name in args.files] or [example_path()]
    output = Path(args.output)
    corpora = [path for path in paths if path.is_dir()]
    if corpora and args.date:
        print("surveystats report: --date applies to documents, not to a folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    documents = [read_document(path) for path in paths if not path.is_dir()]
    folders = report_folders(documents, output)
    for document, folder in zip(documents, folders, strict=True):
        print(build_report(document, folder, survey_date=args.date))
    for corpus in corpora:
        name = safe_name(corpus.resolve().name, default="corpus")
        print(build_corpus_report(corpus, output / name))
    return EXIT_OK


def _is_batch(args: argparse.Namespace) -> bool:
    if args.workers is not None or args.engine is not None or args.force:
        return True
    return any(Path(name).is_dir() or glob.has_magic(name) for name in args.inputs)


def _extract(args: argparse.Namespace) -> int:
    if _is_batch(args):
        return _extract_batch(args)
    import pandas as pd

    from surveystats.documents import read_document
    from surveystats.extract import extract_numbers, extract_tallies
    from surveystats.output import table_bytes, write_table

    extractor = extract_tallies if args.tallies else extract_numbers
    table_name = "tallies" if args.tallies else "numbers"
    tables = []
    for name in args.inputs:
        table = extractor(read_document(name))
        if len(args.inputs) > 1:
            table.insert(0, "file", pd.array([name] * len(table), dtype="string"))
        tables.append(table)
    table = pd.concat(tables, ignore_index=True)
    output_format = args.format or _format_from_suffix(args.output) or "csv"
    if output_format == "parquet" and args.output is None:
        print("surveystats extract: --format parquet needs -o PATH", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.output is None:
        sys.stdout.write(table_bytes(table, output_format, table=table_name).decode("utf-8"))
        return EXIT_OK
    write_table(
        table,
        Path(args.output),
        output_format,
        table=table_name,
        inputs=[Path(p) for p in args.inputs],
    )
    return EXIT_OK


def _format_from_suffix(path: str | None) -> str | None:
    if path is None:
        return None
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in ("csv", "json", "parquet") else None


def _extract_batch(args: argparse.Namespace) -> int:
    from surveystats.batch import run_batch

    if args.output is None:
        print("surveystats extract: a batch run needs -o FOLDER", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = run_batch(
        args.inputs,
        Path(args.output),
        workers=args.workers,
        engine=args.engine or "local",
        scheduler=args.scheduler,
        force=args.force,
    )
    print(result.summary())
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from surveystats.analysis import analyze

    status = EXIT_OK
    for name in args.files:
        analysis = analyze(name, survey_date=args.date)
        label = analysis.symbol or name
        if analysis.checks.empty:
            print(f"{label}: no stated figure to check")
        for _, check in analysis.checks.iterrows():
            print(f"{label}: {check['verdict'].upper()}: {check['description']}")
            print(f"    {check['explanation']}")
            if check["verdict"] == "inconsistent":
                status = EXIT_INCONSISTENT
    return status


def _membership(args: argparse.Namespace) -> int:
    from surveystats import membership

    date = args.date or membership.LAST_VERIFIED_DATE
    if args.list:
        members = membership.members_on(date, body=args.body)
        sys.stdout.write(members.to_csv(index=False))
        return EXIT_OK
    print(membership.membership_count(date, body=args.body))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
