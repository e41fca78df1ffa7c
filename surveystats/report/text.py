"""The words of the reports: summary sentences, dates, quotes and method notes.

Every function here turns values read from the tables of an
:class:`~surveystats.analysis.Analysis` (or a corpus analysis) into plain English text.
Nothing is computed beyond formatting; no markup is produced (the renderers escape the
text for Markdown, HTML and Typst).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from surveystats.schema import VOTE_ROLES, is_missing

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.analysis import Analysis
    from surveystats.documents import Document

__all__ = [
    "CORPUS_NOTES",
    "DATE_SOURCES",
    "METHOD_NOTES",
    "cell",
    "check_sentence",
    "corpus_summary",
    "count_of",
    "document_label",
    "join_words",
    "long_date",
    "metadata_fields",
    "method_notes",
    "percent",
    "quote",
    "source_line",
    "summary_paragraphs",
    "tally_sentence",
    "vote_sentence",
    "whole",
]

#: Where the date of an analysis came from, in words (keys: ``Analysis.date_source``).
DATE_SOURCES = {
    "survey_date": "the survey date given",
    "adopted": "the date of adoption",
    "distributed": "the date of distribution",
    "year": "1 January of the document's year",
}

#: Every method note a document report may carry, by key: (heading, text).
#: :func:`method_notes` picks those that describe something the report shows.
METHOD_NOTES: dict[str, tuple[str, str]] = {
    "shares": (
        "Shares and Wilson intervals",
        "Each share is a category's count divided by the respondents of its tally. Its "
        "interval is the Wilson score interval (Wilson 1927), which keeps within 0 to 100 per "
        "cent and behaves well for small counts and shares near 0 or 100 per cent.",
    ),
    "simultaneous": (
        "Simultaneous intervals",
        "The Goodman (1965) intervals hold for all categories of a tally at once, so they are "
        "wider than the Wilson intervals, which each hold for one category.",
    ),
    "finite_population": (
        "Finite population",
        "When the respondents are Member States, they are a part of a known, finite "
        "membership. The exact hypergeometric interval gives the number of members with the "
        "attribute that is compatible with the replies, as if the respondents were a random "
        "sample of the membership.",
    ),
    "bounds": (
        "Worst-case bounds",
        "The bounds make no assumption about those who did not reply: the lower bound counts "
        "every non-respondent as not having the attribute, the upper bound as having it "
        "(Manski's worst-case bounds). They are the only statement about the whole membership "
        "that does not depend on why members did not reply.",
    ),
    "rounding": (
        "Rounding rule",
        "A stated percentage is read with its decimals: '41 per cent' is consistent with any "
        "value that rounds to 41, i.e. lies within half a unit of the last stated digit "
        "(from 40.5 to 41.5 per cent), whether the author rounded half up or down. The check "
        "compares the exact fraction with that window, using whole-number arithmetic. The "
        "implied denominators are all totals N for which the numerator over N rounds to the "
        "stated figure.",
    ),
    "votes": (
        "Votes",
        "Each vote's counts are compared with the number of members of the body on the "
        "date: the members a vote accounts for can never be more than the seats.",
    ),
    "roll_call": (
        "Roll call",
        "The members of the Security Council on the date come from the package's table of "
        "its seats. Members named in the text vote as the text says; the members not named "
        "are counted as in favour only when the stated counts then add up, and the roll call "
        "check says why when they do not. An adopted resolution needs 7 votes in favour of "
        "11 members, 9 of 15 (Charter Article 27).",
    ),
    "numbering": (
        "Numbering",
        "Tallies, checks and votes are numbered as in the CSV tables (tables/*.csv), "
        "counting from 0, so every figure and sentence can be traced to its row and, through "
        "the columns paragraph, start and end, to the words of the document.",
    ),
    "membership": (
        "Membership",
        "Membership counts come from the package's dated table of admissions and departures "
        "(General Assembly) and of the size of the Security Council, on the date named in the "
        "metadata above.",
    ),
}

_PERCENTAGE_CHECKS = frozenset({"percentage", "percent_of_counts"})


def method_notes(analysis: Analysis) -> tuple[tuple[str, str], ...]:
    """The method notes that describe what a document's report shows: (heading, text).

    A note on shares appears only with shares, on bounds only where a population is known,
    on rounding only with a checked percentage, on votes and roll calls only with them; the
    notes on numbering and membership always.
    """
    shares, checks = analysis.shares, analysis.checks
    shown = {
        "shares": not shares.empty,
        "simultaneous": not shares.empty,
        "finite_population": bool(shares["population"].notna().any()),
        "bounds": bool(shares["bound_low"].notna().any()),
        "rounding": bool(checks["kind"].isin(_PERCENTAGE_CHECKS).any()),
        "votes": not analysis.votes.empty,
        "roll_call": not analysis.roll_call.empty,
        "numbering": True,
        "membership": True,
    }
    return tuple(METHOD_NOTES[key] for key, show in shown.items() if show)


def whole(value: Any) -> str:
    """A count as text; "–" when missing.

    Examples
    --------
    >>> whole(47.0), whole(None)
    ('47', '–')
    """
    return "–" if is_missing(value) else str(int(value))


def cell(value: Any) -> str:
    """Any value as text; "–" when missing.

    Examples
    --------
    >>> cell("adopted"), cell(float("nan"))
    ('adopted', '–')
    """
    return "–" if is_missing(value) else str(value)


def percent(value: Any, decimals: int = 1) -> str:
    """A fraction in [0, 1] as per cent text; "–" when missing.

    Examples
    --------
    >>> percent(0.60256), percent(None)
    ('60.3', '–')
    """
    return "–" if is_missing(value) else f"{float(value) * 100:.{decimals}f}"


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the right number: "1 document", "2 documents".

    Examples
    --------
    >>> count_of(1, "document"), count_of(3, "check"), count_of(2, "was", "were")
    ('1 document', '3 checks', '2 were')
    """
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def long_date(value: Any) -> str:
    """A date as "21 December 2001"; "an unknown date" when missing.

    Examples
    --------
    >>> long_date(dt.date(2001, 12, 21))
    '21 December 2001'
    """
    if is_missing(value):
        return "an unknown date"
    return f"{value.day} {value:%B %Y}"


def join_words(parts: Sequence[str]) -> str:
    """Join phrases as English does: "a", "a and b", "a, b and c".

    Examples
    --------
    >>> join_words(["47 in favour", "5 against", "26 abstaining"])
    '47 in favour, 5 against and 26 abstaining'
    """
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def document_label(document: Any) -> str:
    """The document's symbol; else "<body> resolution N (year)"; else its name.

    ``document`` is a :class:`~surveystats.documents.Document` or a row of a batch run's
    documents table (the same attribute names; missing values may be NA).

    Examples
    --------
    >>> from surveystats.documents import parse_document
    >>> document_label(parse_document("Nothing to count.", name="note.txt"))
    'note.txt'
    """

    def field(name: str) -> Any:
        value = getattr(document, name, None)
        return None if is_missing(value) or value == "" else value

    if field("symbol"):
        return str(field("symbol"))
    if field("resolution"):
        body = f"{field('body')} resolution" if field("body") else "Resolution"
        year = f" ({field('year')})" if field("year") else ""
        return f"{body} {field('resolution')}{year}"
    return str(field("name") or "document")


def source_line(analysis: Analysis) -> str:
    """The source line under every chart: "Source: A/RES/56/203 (2001-12-21); surveystats"."""
    date = analysis.date.isoformat() if analysis.date else "undated"
    return f"Source: {document_label(analysis.document)} ({date}); surveystats"


def quote(document: Document, start: Any, end: Any, *, limit: int = 420) -> str:
    """The sentence of ``document.text`` around ``start:end``, shortened with ellipses.

    Parameters
    ----------
    document
        The document the offsets point into.
    start, end
        Character offsets of a fact (``Document.text[start:end] == raw``).
    limit
        The longest sentence kept whole; a longer one is cut around the fact.

    Returns
    -------
    str
        The sentence (from the previous full stop or line break to the next), with
        footnote markers removed and white space collapsed; "" when an offset is missing.

    Examples
    --------
    >>> from surveystats.documents import parse_document
    >>> doc = parse_document("First point. Of 78 replies, 47 were in favour. Last point.")
    >>> quote(doc, 28, 30)
    'Of 78 replies, 47 were in favour.'
    """
    if is_missing(start) or is_missing(end):
        return ""
    text = _without_markers(document)
    start, end = int(start), int(end)
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    sentence = text[left:right].strip()
    if len(sentence) > limit:
        offset = start - left
        lo = max(0, offset - limit // 2)
        hi = min(len(sentence), lo + limit)
        piece = sentence[lo:hi]
        if lo > 0:
            piece = "…" + piece[piece.find(" ") + 1 :]
        if hi < len(sentence):
            piece = piece[: piece.rfind(" ")] + "…"
        sentence = piece
    return " ".join(sentence.replace("\0", "").split())


def _without_markers(document: Document) -> str:
    """``document.text`` with footnote markers blanked (same length, so offsets hold)."""
    text = document.text
    markers = getattr(document, "footnote_markers", None)
    if markers is None or markers.empty:
        return text
    chars = list(text)
    for start, end in zip(markers["start"], markers["end"], strict=True):
        chars[int(start) : int(end)] = "\0" * (int(end) - int(start))
    return "".join(chars)


def metadata_fields(analysis: Analysis) -> list[tuple[str, str]]:
    """The document's metadata and the membership counted, as (label, value) pairs."""
    doc = analysis.document
    rows: list[tuple[str, str]] = []
    for label, key in (
        ("Symbol", "symbol"),
        ("Body", "body"),
        ("Session", "session"),
        ("Agenda item", "agenda_item"),
        ("Resolution", "resolution"),
        ("Adopted", "adopted"),
        ("Meeting", "meeting"),
        ("Distributed", "distributed"),
        ("Committee report", "committee_report"),
    ):
        value = getattr(doc, key, None)
        if not is_missing(value) and value != "":
            rows.append((label, long_date(value) if isinstance(value, dt.date) else str(value)))
    for row in analysis.membership.itertuples(index=False):
        if is_missing(row.date):
            value = "unknown: the document states no date (give a survey date)"
        elif is_missing(row.members):
            value = f"unknown on {long_date(row.date)}"
        else:
            source = DATE_SOURCES.get(str(row.date_source), "the date given")
            value = f"{int(row.members)} on {long_date(row.date)} ({source})"
        rows.append((f"Members of the {row.body}", value))
    if doc.source:
        rows.append(("File", str(doc.source).replace("\\", "/").rsplit("/", 1)[-1]))
    return rows


def summary_paragraphs(analysis: Analysis) -> list[str]:
    """The summary of a document report: what it is, then each tally, check and vote."""
    doc = analysis.document
    opening = document_label(doc)
    if doc.title:
        opening += f", “{doc.title}”,"
    if doc.adopted:
        opening += f" was adopted on {long_date(doc.adopted)}"
        if doc.body:
            opening += f" by the {doc.body}"
    elif analysis.date is None:
        opening += " states no date, so membership was not counted"
    opening += "."
    for row in analysis.membership.itertuples(index=False):
        if not is_missing(row.members):
            opening += f" On {long_date(row.date)} the {row.body} had {int(row.members)} members."
    paragraphs = [opening]
    inconsistent = int((analysis.checks["verdict"] == "inconsistent").sum())
    if inconsistent:
        paragraphs.append(
            f"{inconsistent} of the {len(analysis.checks)} checks found figures that do not "
            "add up; they are listed first below."
        )
    for tally, table in analysis.shares.groupby("tally", sort=True):
        paragraphs.append(tally_sentence(int(tally), table))
    paragraphs += [check_sentence(check) for _, check in analysis.checks.iterrows()]
    paragraphs += [vote_sentence(vote) for _, vote in analysis.votes.iterrows()]
    if analysis.shares.empty and analysis.checks.empty and analysis.votes.empty:
        paragraphs.append(
            "No tally, percentage or vote was found in the text, so there is nothing to check."
        )
    return paragraphs


def check_sentence(check: pd.Series) -> str:
    """One check in a sentence: "Check 0 (what): verdict. Explanation"."""
    explanation = "" if is_missing(check["explanation"]) else f" {check['explanation']}"
    return f"Check {int(check['check'])} ({check['description']}): {check['verdict']}.{explanation}"


def tally_sentence(tally: int, table: pd.DataFrame) -> str:
    """A survey tally in words: who answered, how, the shares and, for members, bounds."""
    first = table.iloc[0]
    respondents = int(first["respondents"])
    rows = [row for _, row in table.iterrows()]
    parts = [f"{int(row['count'])} {row['category']}" for row in rows]
    if parts:
        parts[0] = parts[0].replace(" ", " were ", 1)
    confidence = "" if is_missing(first["confidence"]) else f"{float(first['confidence']):.0%} "
    population = first["population"]
    known_population = not is_missing(population) and int(population) >= respondents
    if known_population:
        population = int(population)
        rate = f"{100 * respondents / population:.1f}"
        text = (
            f"{respondents} of the {population} Member States ({rate} per cent) answered; "
            f"{join_words(parts)}."
        )
    else:
        subject = "" if is_missing(first["subject"]) else f" {first['subject']}"
        text = f"Tally {tally} counts {respondents}{subject}: {join_words(parts)}."
    shares = [
        f"{percent(row['share'])} per cent {row['category']} "
        f"({percent(row['ci_low'])} to {percent(row['ci_high'])})"
        for row in rows
    ]
    if shares:
        shares[0] = shares[0].replace(" per cent ", " per cent were ", 1)
    text += (
        f" Of the respondents, {join_words(shares)}; in brackets the {confidence}Wilson intervals."
    )
    bounds = [
        f"{row['category']}{' lies' if i == 0 else ''} between {percent(row['bound_low'])} and "
        f"{percent(row['bound_high'])} per cent"
        for i, row in enumerate(rows)
        if not (is_missing(row["bound_low"]) or is_missing(row["bound_high"]))
    ]
    if known_population and bounds:
        text += (
            f" Whatever the {population - respondents} members that did not reply think, "
            f"the share of all {population} members {join_words(bounds)}."
        )
    return text


def vote_sentence(vote: pd.Series) -> str:
    """A vote in words: "Vote 0: 13 in favour, 0 against and 2 abstaining (adopted); ..."."""
    parts = [
        f"{int(vote[role])} {role.replace('_', ' ')}"
        for role in VOTE_ROLES
        if not is_missing(vote[role])
    ]
    text = f"Vote {int(vote['tally'])}: {join_words(parts) or 'no counts stated'}"
    if not is_missing(vote["outcome"]):
        text += f" ({vote['outcome']})"
    if not is_missing(vote["body_size"]):
        text += (
            f"; the {vote['body']} had {int(vote['body_size'])} members on "
            f"{long_date(vote['date'])}"
        )
    return text + "."


#: The method notes of a corpus report: (heading, text).
CORPUS_NOTES: tuple[tuple[str, str], ...] = (
    (
        "One analysis per document",
        "Every document is analysed as its own report would analyse it, from the facts the "
        "batch run extracted and the document's metadata (body, adoption date, year), so "
        "each check listed here is the check of the document's report, numbered within "
        "its document as in the CSV tables.",
    ),
    (
        "How a resolution was adopted",
        "Read from the first vote of each Security Council resolution: unanimous when the "
        "text says so or every seat voted in favour; with votes against; with abstentions "
        "(none against); not every member voting (no vote against or abstention, but fewer "
        "votes in favour than seats); without a vote or by consensus; not stated when the "
        "adoption line gives no vote. The share adopted unanimously counts only the "
        "resolutions whose vote is stated.",
    ),
    (
        "Members' votes",
        "Each vote is called member by member against the members of the Council on the "
        "adoption day: the members a resolution names get their vote, and those not named "
        "are counted in favour only when the counts add up. A member's abstentions are the "
        "votes in which it is named as abstaining.",
    ),
    (
        "What the corpus can show",
        "Only adopted resolutions are in the texts: a vetoed draft has no resolution, so "
        "these counts say how resolutions were adopted, not how contested the Council was. "
        "More votes than seats is a misread digit in an OCR text, not a decision.",
    ),
)


def corpus_summary(corpus: Any, name: str) -> list[str]:
    """The summary of a corpus report: what was read, what was found, what does not add up.

    ``corpus`` is a :class:`~surveystats.analysis.corpus.CorpusAnalysis`.
    """
    documents, failed = len(corpus.documents), len(corpus.errors)
    numbers = int(corpus.numbers_by_kind["numbers"].sum())
    tallies = int(corpus.tallies_by_kind["tallies"].sum())
    opening = (
        f"The corpus {name} holds {count_of(documents + failed, 'document')}: "
        f"{count_of(documents, 'was', 'were')} read"
        + (f" and {failed} could not be (listed at the end)." if failed else ".")
        + f" They state {count_of(numbers, 'number')} and {count_of(tallies, 'tally', 'tallies')}."
    )
    verdicts = corpus.checks["verdict"].astype(str).value_counts()
    checks = len(corpus.checks)
    if checks:
        inconsistent = int(verdicts.get("inconsistent", 0))
        found = (
            f"{count_of(checks, 'relation')} between stated figures "
            f"{'was' if checks == 1 else 'were'} checked: "
            f"{count_of(int(verdicts.get('consistent', 0)), 'is', 'are')} consistent, "
            f"{int(verdicts.get('undecidable', 0))} cannot be decided from the text and "
            f"{count_of(inconsistent, 'is', 'are')} inconsistent"
        )
        with_problem = corpus.checks.loc[corpus.checks["verdict"] == "inconsistent", "doc_id"]
        found += (
            f", in {count_of(with_problem.nunique(), 'document')} (listed below with the sentence)."
            if inconsistent
            else "."
        )
    else:
        found = "No stated figure could be checked."
    paragraphs = [opening, found]
    resolutions = corpus.resolutions
    if not resolutions.empty:
        years = resolutions["year"].dropna()
        splits = resolutions["split"].astype(str).value_counts()
        stated = len(resolutions) - int(splits.get("not stated", 0))
        unanimous = int(splits.get("unanimous", 0))
        span = f", {int(years.min())}–{int(years.max())}" if len(years) else ""
        text = (
            f"{len(resolutions)} Security Council resolutions have a vote or an outcome"
            f"{span}; {stated} of them state how they were adopted, and {unanimous} of those "
            f"({100 * unanimous / stated:.1f} per cent) were adopted unanimously."
            if stated
            else f"{len(resolutions)} Security Council resolutions have an adoption line"
            f"{span}, none of which states the vote."
        )
        totals = corpus.member_totals
        abstainers = totals[totals["abstaining"] > 0]
        if not abstainers.empty:
            top = abstainers.iloc[0]
            text += (
                f" {count_of(len(abstainers), 'member')} abstained at least once; "
                f"{top['name']} most often ({int(top['abstaining'])} of the "
                f"{int(top['votes'])} votes whose roll call is known)."
            )
        paragraphs.append(text)
    return paragraphs
