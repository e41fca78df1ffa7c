"""The ``surveystats`` command line: a thin layer of argument parsing over the library.

Every command reads its input through the library and prints or writes what the library
returns. A bad input is one line on stderr naming the file and the problem; ``check`` and
``report`` then go on with the next file, and every command exits with the worst status
it met:

====  ==============================================================================
0     success
1     a check is inconsistent (``check``)
2     bad input or usage: a file that cannot be read, an invalid or ambiguous option
      value, options that contradict each other
3     a batch run finished, but some documents failed (listed in its ``errors`` table)
4     an internal error, that is a bug: one line asks for a report (``--verbose`` shows
      the traceback)
====  ==============================================================================

Results go to stdout; errors, warnings (one line each, never Python source) and the
progress bar (on a terminal only) to stderr. Tables written to stdout are UTF-8 whatever
the terminal's encoding; messages that a terminal cannot encode are escaped, not lost.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from surveystats import __version__
from surveystats.errors import SurveyStatsError

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_FAILED_DOCUMENTS",
    "EXIT_INCONSISTENT",
    "EXIT_INTERNAL_ERROR",
    "EXIT_OK",
    "build_parser",
    "main",
]

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_BAD_INPUT = 2
EXIT_FAILED_DOCUMENTS = 3
EXIT_INTERNAL_ERROR = 4

_EXIT_STATUS = """exit status (the worst met when several files are given):
  0  success
  1  a check is inconsistent
  2  bad input or usage: a file that cannot be read, an invalid or ambiguous option
     value, options that contradict each other (other files are still processed)
  3  a batch run finished with failed documents (listed in its errors table)
  4  internal error: a bug in surveystats (--verbose shows the traceback)
"""
_DATE_HELP = "2001-12-21, 2001-12, 2001 or '21 December 2001' (not 05/10/1960: which day?)"
_EPILOG_MAIN = f"""Commands take files, folders (searched for --pattern) and glob patterns.
Run 'surveystats COMMAND --help' for examples; 'python -m surveystats' works too.

{_EXIT_STATUS}"""
_EPILOG_REPORT = f"""examples:
  surveystats report                      # the bundled A/RES/56/203 into reports/A_RES_56_203/
  surveystats report S_RES_0338_1973.txt -o out
  surveystats report 'corpus/sc/*.txt' -o out   # a glob: one report per document
  surveystats report corpus/ -o out       # one report over every document: out/corpus/
  surveystats report batch_out/ -o out    # the same from a batch run's output folder

{_EXIT_STATUS}"""
_EPILOG_EXTRACT = f"""examples:
  surveystats extract data/A_RES_56_203.txt                  # numbers as CSV on stdout
  surveystats extract res.txt --tallies --format json -o tallies.json
  surveystats extract corpus/ -o out/ --workers 2            # batch: Parquet tables in out/
  surveystats extract 'corpus/*.txt' -o out/ --engine dask --scheduler tcp://host:8786

A folder, a glob or any of --workers/--engine/--force/--timeout makes a batch run: it
writes the Parquet tables documents, numbers, tallies and errors into the -o folder (so
--format and --tallies do not apply); re-running it skips the documents already extracted
and tries the failed ones again.

{_EXIT_STATUS}"""
_EPILOG_CHECK = f"""examples:
  surveystats check data/A_RES_56_203.txt
  surveystats check corpus/ --format json > checks.json

{_EXIT_STATUS}"""
_EPILOG_MEMBERSHIP = f"""examples:
  surveystats membership --date 2001-12-21          # 189
  surveystats membership --date "22 October 1973" --body "Security Council"
  surveystats membership --date 1950-01-01 --list --format json

{_EXIT_STATUS}"""
_BUG = "this is a bug in surveystats: please report it with the command and the input"


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with the bad-input status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _positive_int(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number; got {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds; got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``surveystats`` command."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="surveystats",
        description="Turn the numbers written in UN documents into checked, tidy data.",
        epilog=_EPILOG_MAIN,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"surveystats {__version__}")

    talk = argparse.ArgumentParser(add_help=False)
    level = talk.add_mutually_exclusive_group()
    level.add_argument("-q", "--quiet", action="store_true", help="print only errors and results")
    level.add_argument(
        "-v", "--verbose", action="store_true", help="say what is done; tracebacks of bugs"
    )
    inputs = argparse.ArgumentParser(add_help=False)
    inputs.add_argument(
        "--pattern", default="*.txt", metavar="GLOB", help="files taken from folders (*.txt)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(
        name: str, epilog: str, *, parents: Sequence[argparse.ArgumentParser], **kwargs: str
    ) -> argparse.ArgumentParser:
        return commands.add_parser(
            name, epilog=epilog, formatter_class=formatter, parents=[talk, *parents], **kwargs
        )

    report = command(
        "report",
        _EPILOG_REPORT,
        parents=[inputs],
        help="write the report (PDF, HTML, Markdown, PNG, CSV) of documents or a corpus",
        description=(
            "Write a report for each FILE (or file a glob matches) into DIR/<document "
            "symbol>/. A FOLDER (of documents, or the output of a batch extraction) gets one "
            "report over all its documents, in DIR/<folder name>/."
        ),
    )
    report.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE",
        help="files, globs or folders (default: the example)",
    )
    report.add_argument("-o", "--output", default="reports", metavar="DIR", help="parent folder")
    report.add_argument(
        "--date", metavar="DATE", help=f"survey date (default: adoption); {_DATE_HELP}"
    )

    extract = command(
        "extract",
        _EPILOG_EXTRACT,
        parents=[inputs],
        help="extract numbers or tallies from documents (batch mode for folders and globs)",
        description="Extract the numbers (or with --tallies the tallies) of each FILE.",
    )
    extract.add_argument("inputs", nargs="+", metavar="FILE", help="files, folders or globs")
    extract.add_argument("--tallies", action="store_true", help="extract tallies, not numbers")
    extract.add_argument(
        "--format", choices=("csv", "json", "parquet"), default=None, help="default: csv"
    )
    extract.add_argument("-o", "--output", metavar="PATH", help="output file (batch: folder)")
    extract.add_argument("--workers", type=_positive_int, metavar="N", help="batch: processes")
    extract.add_argument("--engine", choices=("local", "dask"), help="batch: execution engine")
    extract.add_argument("--scheduler", metavar="ADDRESS", help="batch: dask scheduler")
    extract.add_argument("--force", action="store_true", help="batch: redo finished documents")
    extract.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="batch: time limit per document (default: 300)",
    )

    check = command(
        "check",
        _EPILOG_CHECK,
        parents=[inputs],
        help="check the stated figures of documents; exit 1 when any is inconsistent",
        description="Print every consistency check of each document with its verdict.",
    )
    check.add_argument("inputs", nargs="+", metavar="FILE", help="files, folders or globs")
    check.add_argument(
        "--date", metavar="DATE", help=f"survey date (default: adoption); {_DATE_HELP}"
    )
    check.add_argument(
        "--format", choices=("text", "csv", "json"), default="text", help="default: text"
    )

    members = command(
        "membership",
        _EPILOG_MEMBERSHIP,
        parents=[],
        help="how many members a UN body had on a date (and who they were)",
        description="Print the number of members of a body on a date.",
    )
    members.add_argument("--date", metavar="DATE", help=f"default: the latest data; {_DATE_HELP}")
    members.add_argument("--body", default="General Assembly", help="default: General Assembly")
    members.add_argument("--list", action="store_true", help="list the members")
    members.add_argument(
        "--format", choices=("text", "csv", "json"), default="text", help="default: text"
    )
    return parser


# ----------------------------------------------------------------------------- console


@dataclass
class _Console:
    """Where a command's output goes: results to stdout, everything else to stderr."""

    command: str
    quiet: bool = False
    verbose: bool = False

    def result(self, text: str) -> None:
        """A line of the result (stdout)."""
        print(text, file=sys.stdout)

    def table(self, data: bytes) -> None:
        """A table's bytes (UTF-8) on stdout, as they are, whatever the terminal's encoding."""
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a stream without bytes underneath (some IDEs)
            sys.stdout.write(data.decode("utf-8"))
        else:
            buffer.write(data)
            buffer.flush()

    def info(self, text: str) -> None:
        """What is being done (stderr, only with --verbose)."""
        if self.verbose:
            print(f"surveystats {self.command}: {text}", file=sys.stderr)

    def error(self, text: str) -> None:
        """One line naming the file or option and the problem (stderr, always)."""
        print(f"surveystats {self.command}: {text}", file=sys.stderr)

    def bug(self, error: BaseException, *, where: str = "") -> int:
        """An unexpected exception: one line asking for a report; the traceback if verbose."""
        if self.verbose:
            traceback.print_exception(error, file=sys.stderr)
        hint = "" if self.verbose else " (--verbose shows the traceback)"
        self.error(f"{where}internal error {type(error).__name__}: {error}; {_BUG}{hint}")
        return EXIT_INTERNAL_ERROR

    def warning(
        self,
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: Any = None,
        line: str | None = None,
    ) -> None:
        """Show a warning as one line, never with the Python source that raised it."""
        kind = f" ({category.__name__})" if self.verbose else ""
        print(f"surveystats {self.command}: warning{kind}: {message}", file=sys.stderr)


@contextmanager
def _escaping_streams() -> Iterator[None]:
    """Let stdout and stderr escape what the terminal's encoding cannot show."""
    changed = []
    for stream in (sys.stdout, sys.stderr):
        errors = getattr(stream, "errors", None)
        if errors == "strict" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover - a stream that cannot
                continue
            changed.append(stream)
    try:
        yield
    finally:
        for stream in changed:
            stream.reconfigure(errors="strict")


# -------------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv
        The arguments (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        The exit status: 0 success, 1 an inconsistent check, 2 bad input or usage, 3 a
        batch finished with failed documents, 4 an internal error (a bug).
    """
    with _escaping_streams():
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as stop:  # --help, --version and usage errors
            return stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT
        if args.command is None:
            parser.print_help()
            return EXIT_OK
        console = _Console(args.command, quiet=args.quiet, verbose=args.verbose)
        handler = {
            "report": _report,
            "extract": _extract,
            "check": _check,
            "membership": _membership,
        }[args.command]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore" if args.quiet else "default")
            warnings.showwarning = console.warning
            try:
                return handler(args, console)
            except (SurveyStatsError, OSError) as error:
                if isinstance(error, BrokenPipeError):  # stdout closed early (| head)
                    _silence_stdout()
                    return EXIT_OK
                console.error(str(error))
                return EXIT_BAD_INPUT
            except KeyboardInterrupt:
                console.error("interrupted")
                return 130
            except Exception as error:
                return console.bug(error)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a descriptor
        pass
    finally:
        os.close(devnull)


# ------------------------------------------------------------------------------ inputs


def _each_input(
    entries: Sequence[str], pattern: str, console: _Console
) -> Iterator[tuple[Path | None, int]]:
    """Expand files, folders and globs; yield (file, EXIT_OK) or (None, EXIT_BAD_INPUT).

    An entry that names nothing usable is reported on stderr and the others go on.
    """
    from surveystats.batch import iter_input_files

    seen: set[Path] = set()
    for entry in entries:
        try:
            found = list(iter_input_files(entry, pattern=pattern))
        except SurveyStatsError as error:
            console.error(str(error))
            yield None, EXIT_BAD_INPUT
            continue
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path, EXIT_OK


def _for_each_file(files: Sequence[Path], console: _Console, work: Callable[[Path], int]) -> int:
    """Run ``work`` on each file; a bad file is one line on stderr and the rest go on."""
    status = EXIT_OK
    for path in files:
        console.info(f"reading {path}")
        try:
            outcome = work(path)
        except (SurveyStatsError, OSError) as error:
            if isinstance(error, BrokenPipeError):
                raise
            message = str(error)
            console.error(message if str(path) in message else f"{path}: {message}")
            outcome = EXIT_BAD_INPUT
        except Exception as error:
            outcome = console.bug(error, where=f"{path}: ")
        status = max(status, outcome)
    return status


def _collect(entries: Sequence[str], pattern: str, console: _Console) -> tuple[list[Path], int]:
    files, status = [], EXIT_OK
    for path, found in _each_input(entries, pattern, console):
        status = max(status, found)
        if path is not None:
            files.append(path)
    return files, status


def _date_option(value: str | None) -> Any:
    """The --date option read like every date of the package (None when not given)."""
    if value is None:
        return None
    from surveystats.membership import membership_date

    return membership_date(value, argument="--date")


# ---------------------------------------------------------------------------- commands


def _report(args: argparse.Namespace, console: _Console) -> int:
    from surveystats.documents import example_path, read_document
    from surveystats.output import safe_name
    from surveystats.report import build_corpus_report, build_report, report_folders

    corpora = [Path(entry) for entry in args.inputs if Path(entry).is_dir()]
    if corpora and args.date:
        console.error("--date applies to documents, not to a folder (a corpus report)")
        return EXIT_BAD_INPUT
    survey_date = _date_option(args.date)
    entries = [entry for entry in args.inputs if not Path(entry).is_dir()]
    files, status = (
        _collect(entries, args.pattern, console) if args.inputs else ([example_path()], EXIT_OK)
    )
    documents = {}

    def read(path: Path) -> int:
        documents[path] = read_document(path)
        return EXIT_OK

    status = max(status, _for_each_file(files, console, read))
    output = Path(args.output)
    folders = dict(zip(documents, report_folders(list(documents.values()), output), strict=True))

    def write(path: Path) -> int:
        folder = build_report(documents[path], folders[path], survey_date=survey_date)
        if not console.quiet:
            console.result(str(folder))
        return EXIT_OK

    def write_corpus(corpus: Path) -> int:
        name = safe_name(corpus.resolve().name, default="corpus")
        folder = build_corpus_report(corpus, output / name)
        if not console.quiet:
            console.result(str(folder))
        return EXIT_OK

    status = max(status, _for_each_file(list(documents), console, write))
    return max(status, _for_each_file(corpora, console, write_corpus))


def _is_batch(args: argparse.Namespace) -> bool:
    if (
        any(
            option is not None
            for option in (args.workers, args.engine, args.scheduler, args.timeout)
        )
        or args.force
    ):
        return True
    return any(Path(name).is_dir() or glob.has_magic(name) for name in args.inputs)


def _extract_conflicts(args: argparse.Namespace) -> str | None:
    """Options that contradict each other, in words; None when they agree."""
    if args.scheduler is not None and args.engine != "dask":
        return "--scheduler is for the dask engine; add --engine dask or leave --scheduler out"
    if not _is_batch(args):
        return None
    if args.format not in (None, "parquet"):
        return (
            f"--format {args.format} applies to single files; a batch run (a folder, a glob, "
            "--workers, --engine, --force or --timeout) writes Parquet tables into the -o "
            "folder: leave --format out"
        )
    if args.tallies:
        return (
            "--tallies applies to single files; a batch run writes both the numbers and the "
            "tallies tables into the -o folder: leave --tallies out"
        )
    if args.output is None:
        return "a batch run needs -o FOLDER for its Parquet tables"
    return None


def _extract(args: argparse.Namespace, console: _Console) -> int:
    conflict = _extract_conflicts(args)
    if conflict is not None:
        console.error(conflict)
        return EXIT_BAD_INPUT
    if _is_batch(args):
        return _extract_batch(args, console)
    import pandas as pd

    from surveystats.batch import iter_input_files
    from surveystats.documents import read_document
    from surveystats.extract import extract_numbers, extract_tallies
    from surveystats.output import table_bytes, write_table

    output_format = args.format or _format_from_suffix(args.output) or "csv"
    if output_format == "parquet" and args.output is None:
        console.error("--format parquet needs -o PATH (Parquet is not for a terminal)")
        return EXIT_BAD_INPUT
    extractor = extract_tallies if args.tallies else extract_numbers
    table_name = "tallies" if args.tallies else "numbers"
    tables = []
    for name in args.inputs:
        list(iter_input_files(name))  # a regular file, or a clear error
        console.info(f"reading {name}")
        table = extractor(read_document(name))
        if len(args.inputs) > 1:
            table.insert(0, "file", pd.array([name] * len(table), dtype="string"))
        tables.append(table)
    table = pd.concat(tables, ignore_index=True)
    if args.output is None:
        console.table(table_bytes(table, output_format, table=table_name))
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


def _extract_batch(args: argparse.Namespace, console: _Console) -> int:
    from surveystats.batch import DEFAULT_TIMEOUT, run_batch

    result = run_batch(
        args.inputs,
        Path(args.output),
        workers=args.workers,
        engine=args.engine or "local",
        scheduler=args.scheduler,
        force=args.force,
        progress=False if args.quiet else None,
        pattern=args.pattern,
        timeout=args.timeout or DEFAULT_TIMEOUT,
    )
    if not console.quiet:
        console.result(result.summary())
    if result.failed:
        console.error(
            f"{result.failed} document(s) failed; they are listed in "
            f"{result.paths['errors']} and tried again by the next run"
        )
        return EXIT_FAILED_DOCUMENTS
    return EXIT_OK


def _check(args: argparse.Namespace, console: _Console) -> int:
    import pandas as pd

    from surveystats.analysis import analyze
    from surveystats.output import table_bytes

    survey_date = _date_option(args.date)
    files, status = _collect(args.inputs, args.pattern, console)
    tables = []

    def check(path: Path) -> int:
        analysis = analyze(path, survey_date=survey_date)
        checks = analysis.checks
        inconsistent = bool((checks["verdict"] == "inconsistent").any())
        if args.format == "text":
            _print_checks(console, analysis.symbol or str(path), checks)
        else:
            tables.append(
                checks.assign(file=str(path), symbol=analysis.symbol)[
                    ["file", "symbol", *checks.columns]
                ]
            )
        return EXIT_INCONSISTENT if inconsistent else EXIT_OK

    status = max(status, _for_each_file(files, console, check))
    if args.format != "text":
        if tables:
            table = pd.concat(tables, ignore_index=True)
        else:
            from surveystats import schema

            empty = schema.build_table("checks", {})
            table = empty.assign(file=pd.Series(dtype="string"), symbol=pd.Series(dtype="string"))
        console.table(table_bytes(table, args.format, table="checks"))
    return status


def _print_checks(console: _Console, label: str, checks: Any) -> None:
    if checks.empty:
        console.result(f"{label}: no stated figure to check")
    for check in checks.itertuples(index=False):
        console.result(f"{label}: {str(check.verdict).upper()}: {check.description}")
        console.result(f"    {check.explanation}")


def _membership(args: argparse.Namespace, console: _Console) -> int:
    from surveystats import membership
    from surveystats.output import table_bytes

    date = _date_option(args.date) or membership.LAST_VERIFIED
    if args.list:
        members = membership.members_on(date, body=args.body)
        console.table(table_bytes(members, "json" if args.format == "json" else "csv"))
        return EXIT_OK
    count = membership.membership_count(date, body=args.body)
    if args.format == "text":
        console.result(str(count))
        return EXIT_OK
    import pandas as pd

    record = pd.DataFrame({"body": [args.body], "date": [date.isoformat()], "members": [count]})
    console.table(table_bytes(record, args.format))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
