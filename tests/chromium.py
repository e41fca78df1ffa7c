"""Headless Chromium for the browser tests: load a page, read it, screenshot it, print it.

Each call starts a fresh browser (its own ``--user-data-dir``) that may not resolve any
host name, with Chromium's console messages on stderr and a NetLog of every request.
:func:`load` returns what a test needs: the DOM after loading, the console messages and
the network requests the page made (Chromium's own background requests left out).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing on the network can be reached
    "--enable-logging=stderr",
    "--v=0",
)
TIMEOUT = 120  # seconds per browser run
_CONSOLE = re.compile(r':CONSOLE(?::|\()\d+\)?\]\s*"(?P<message>.*)", source: (?P<source>.*)$')


def browser() -> str:
    """The Chromium executable; the test is skipped (saying why) when there is none."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "no Chromium on PATH (tried " + ", ".join(BROWSERS) + "); install it with "
        "'apt-get install -y chromium' (.ci/run does) to run the browser tests"
    )


@dataclass(frozen=True)
class Page:
    """What the browser saw: the DOM, its console messages and the requests it made."""

    dom: str
    console: list[str]
    requests: list[str]


def _run(page: Path, work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = work / "profile"
    shutil.rmtree(profile, ignore_errors=True)
    command = [browser(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    if result.returncode != 0:
        raise AssertionError(f"chromium exited {result.returncode}: {result.stderr[-2000:]}")
    return result


def _console_messages(stderr: str) -> list[str]:
    return [
        match.group("message")
        for line in stderr.splitlines()
        if (match := _CONSOLE.search(line)) is not None
    ]


def _page_requests(net_log: Path) -> list[str]:
    """URLs the page itself asked the network for (its site is file://)."""
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params", {})
        if event["type"] != start or "url" not in params:
            continue
        from_page = "file://" in str(params.get("network_isolation_key", "")) or "file://" in str(
            params.get("site_for_cookies", "")
        )
        if from_page and not params["url"].startswith(("file:", "data:")):
            urls.append(params["url"])
    return urls


def load(page: Path, work: Path) -> Page:
    """Load ``page`` in a fresh browser and return its DOM, console and requests."""
    net_log = work / "net-log.json"
    result = _run(page, work, "--dump-dom", f"--log-net-log={net_log}")
    return Page(result.stdout, _console_messages(result.stderr), _page_requests(net_log))


def screenshot(page: Path, work: Path, *, width: int = 1280, height: int = 2400) -> Path:
    """A PNG of the top ``height`` pixels of ``page`` at ``width`` pixels wide."""
    path = work / f"{page.stem}.png"
    _run(page, work, f"--screenshot={path}", f"--window-size={width},{height}")
    return path


def print_to_pdf(page: Path, work: Path) -> Path:
    """``page`` printed to PDF by the browser, without its header and footer."""
    path = work / f"{page.stem}.print.pdf"
    _run(page, work, f"--print-to-pdf={path}", "--no-pdf-header-footer")
    return path
