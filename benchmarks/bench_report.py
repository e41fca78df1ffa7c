"""Benchmark the report: what `make report` costs, and where the time goes.

Two measurements, each the best of ``--repeat`` runs, interleaved so that both see the
same load on a shared machine:

* **the command**: ``surveystats report -o <tmp>`` in a fresh process (imports, analysis,
  every format), as `make report` runs it, against ``python -c "import surveystats"`` in a
  fresh process (the interpreter's own start-up) as the baseline;
* **the parts**, in one warm process: the analysis of the example (the baseline), the
  model, the figures drawn once each (SVG, PNG and PDF), the Typst PDF, the HTML page,
  the Markdown and the CSV tables, each as a ratio of the analysis.

``--before PATH`` also times the command from another checkout of the package (e.g. a
``git worktree`` of an older commit), run with this environment's interpreter.

Usage::

    .venv/bin/python benchmarks/bench_report.py
    .venv/bin/python benchmarks/bench_report.py --repeat 5 --before /tmp/report-before
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def command_seconds(args: list[str], *, package: Path | None = None) -> float:
    """Wall-clock seconds of one fresh ``python`` process running ``args``."""
    env = {**os.environ, "MPLBACKEND": "Agg"}
    if package is not None:
        env["PYTHONPATH"] = str(package)
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def report_command(out: Path) -> list[str]:
    return ["-c", f"from surveystats.cli import main; main(['report', '-o', {str(out)!r}])"]


def parts(repeat: int) -> dict[str, float]:
    """Best seconds of each part of a report in this (warm) process."""
    import matplotlib

    matplotlib.use("Agg")
    import surveystats
    from surveystats.output import table_bytes
    from surveystats.report import document_report
    from surveystats.report.figures import render_figure
    from surveystats.report.html import render_html
    from surveystats.report.markdown import render_markdown
    from surveystats.report.pdf import render_pdf

    best: dict[str, float] = {}

    @contextlib.contextmanager
    def timed(name: str):
        started = time.perf_counter()
        yield
        best[name] = min(best.get(name, float("inf")), time.perf_counter() - started)

    for _ in range(repeat):
        with timed("analysis (baseline)"):
            analysis = surveystats.analyze(surveystats.example_path())
        with timed("model"):
            model = document_report(analysis)
        with timed("figures: SVG+PNG+PDF"):
            files = {f.name: render_figure(f, ["svg", "png", "pdf"]) for f in model.figures}
        svgs = {name: rendered["svg"] for name, rendered in files.items()}
        with timed("report.pdf (Typst)"):
            render_pdf(model, svgs=svgs)
        with timed("report.html (Jinja2)"):
            render_html(model, svgs=svgs, table_files=model.data)
        with timed("report.md"):
            render_markdown(model, table_files=model.data)
        with timed("tables/*.csv"):
            for name, table in model.data.items():
                table_bytes(table, "csv", table=name)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (best is kept)")
    parser.add_argument("--before", type=Path, help="another checkout to time the command of")
    args = parser.parse_args(argv)

    commands = {"python -c 'import surveystats' (baseline)": None, "surveystats report": REPO}
    if args.before:
        commands[f"surveystats report at {args.before}"] = args.before
    best = dict.fromkeys(commands, float("inf"))
    with tempfile.TemporaryDirectory(prefix="bench_report_") as scratch:
        for round_ in range(args.repeat):
            for name, package in commands.items():
                out = Path(scratch) / f"run{round_}_{len(name)}"
                if package is None:
                    seconds = command_seconds(["-c", "import surveystats"])
                else:
                    seconds = command_seconds(report_command(out), package=package)
                best[name] = min(best[name], seconds)
    baseline = best["python -c 'import surveystats' (baseline)"]
    print(f"the command, best of {args.repeat} (fresh processes, interleaved):")
    for name, seconds in best.items():
        print(f"  {name:<55} {seconds:6.2f} s  {seconds / baseline:5.1f}x baseline")

    timings = parts(args.repeat)
    baseline = timings["analysis (baseline)"]
    print(f"the parts, best of {args.repeat} (one warm process):")
    for name, seconds in timings.items():
        print(f"  {name:<55} {seconds:6.2f} s  {seconds / baseline:5.2f}x analysis")
    return 0


if __name__ == "__main__":
    sys.exit(main())
