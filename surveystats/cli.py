"""The ``surveystats`` command line: a thin layer of argument parsing over the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from surveystats import __version__
from surveystats.errors import SurveyStatsError


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``surveystats`` command."""
    parser = argparse.ArgumentParser(
        prog="surveystats",
        description="Turn the numbers written in UN documents into checked, tidy data.",
    )
    parser.add_argument("--version", action="version", version=f"surveystats {__version__}")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:  # pragma: no cover - filled in by the subcommands
        return 0
    except SurveyStatsError as error:
        print(f"surveystats: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
