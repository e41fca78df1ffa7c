"""Every public table declared once: its columns, their types and what they mean.

The tables the package returns and writes — the facts of a document (``numbers``,
``tallies``), the results of an analysis (``shares``, ``checks``, ``votes``,
``membership``), the structure of a document (``paragraphs``, ``footnotes``,
``footnote_markers``) and the tables of a batch run (``documents``, ``errors``) — are
declared here as :class:`Table` objects. Everything else derives from these declarations:
the pandas dtypes, empty tables, the one typed-table builder (:func:`build_table`), the
cast of a table read back from CSV, JSON or Parquet (:func:`conform`) and the Arrow
schema of the files (:func:`arrow_schema`).

Types are pandas' nullable ones: ``Int64`` for counts (missing stays missing, never a
float), ``Float64`` for measured values, ``string``, ``boolean``, ``datetime64[ns]`` for
full dates, and ``category`` with fixed, documented levels for closed vocabularies.

Examples
--------
>>> table = build_table("votes", {"tally": [0], "in_favour": [14], "against": [0]})
>>> table[["tally", "in_favour", "against", "abstaining"]].dtypes.astype(str).tolist()
['Int64', 'Int64', 'Int64', 'Int64']
>>> empty_table("checks")["verdict"].cat.categories.tolist()
['consistent', 'inconsistent', 'undecidable']
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = [
    "CHECK_KINDS",
    "DTYPES",
    "NUMBER_KINDS",
    "QUALIFIERS",
    "ROLES",
    "TABLES",
    "TALLY_KINDS",
    "VERDICTS",
    "VOTE_ROLES",
    "VOTE_SPLITS",
    "Column",
    "Table",
    "arrow_schema",
    "build_table",
    "conform",
    "empty_table",
    "from_arrow",
    "from_frame",
    "is_missing",
    "pandas_dtypes",
    "table",
    "to_arrow",
]

#: The column types a table may declare.
DTYPES = ("int64", "Int64", "Float64", "string", "boolean", "datetime64[ns]", "category")

#: Kinds of ``numbers`` rows; only count, percent, fraction and money are quantities.
NUMBER_KINDS = (
    "count",
    "percent",
    "fraction",
    "ordinal",
    "date",
    "date_range",
    "year",
    "time",
    "money",
    "reference",
    "symbol",
    "locator",
    "footnote_marker",
    "paragraph_number",
)
#: How a stated figure relates to the truth ("more than 40 per cent" is not 40).
QUALIFIERS = ("approximately", "more_than", "at_least", "less_than", "at_most")
#: What a category of a vote (or survey) does; survey answers that are none of these are
#: ``other``.
ROLES = ("in_favour", "against", "abstaining", "not_participating", "absent", "other")
#: Kinds of tallies.
TALLY_KINDS = ("vote", "survey", "breakdown")
#: Verdicts of consistency checks.
VERDICTS = ("consistent", "inconsistent", "undecidable")
#: Kinds of consistency checks.
CHECK_KINDS = (
    "percentage",
    "percent_of_counts",
    "breakdown_sum",
    "share_bound",
    "tally_total",
    "part_of_whole",
    "vote_size",
    "roll_call",
)
MARKER_SOURCES = (
    "listed", "glued", "after_date", "after_symbol", "after_document", "line_start",
    "paragraph_end",
)  # fmt: skip
PARAGRAPH_KINDS = ("heading", "preamble", "operative", "closing", "footnote", "other")
FURNITURE_KINDS = (
    "marker",
    "ods_field",
    "masthead",
    "separator",
    "page_number",
    "barcode",
    "job_number",
    "running_head",
    "page_break",
)
BODIES = ("General Assembly", "Security Council")
#: The votes a member of a body can cast: the roles of a vote tally except ``other``.
VOTE_ROLES = ROLES[:5]
#: Kinds of seat on the Security Council.
SEATS = ("permanent", "elected")
#: How a member's vote in a roll call is known: the text names it, it is the remainder
#: in favour when the counts add up, or the resolution was adopted unanimously.
VOTE_BASES = ("named", "remainder", "unanimous")
#: How a printed name was matched to a member: a known name, or the closest (a misprint).
NAME_MATCHES = ("exact", "close")
#: How a Security Council resolution was adopted, read from its first vote (see
#: surveystats.analysis.corpus).
VOTE_SPLITS = (
    "unanimous",
    "not every member voting",
    "with abstentions",
    "with votes against",
    "without a vote",
    "not stated",
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: name, type, meaning and, for categories, the levels."""

    name: str
    dtype: str
    meaning: str
    levels: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.dtype not in DTYPES:  # pragma: no cover - a declaration error
            raise ValueError(f"column {self.name}: unknown dtype {self.dtype!r}")
        if (self.dtype == "category") != (self.levels is not None):  # pragma: no cover
            raise ValueError(f"column {self.name}: levels go with dtype 'category' only")


@dataclass(frozen=True, slots=True)
class Table:
    """A public table: its name, what one row is, and its columns in order."""

    name: str
    row: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        """The column names, in order."""
        return [column.name for column in self.columns]

    def column(self, name: str) -> Column:
        """The column called ``name``."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"table {self.name!r} has no column {name!r}")


def _provenance(what: str = "the fact") -> tuple[Column, ...]:
    return (
        Column("paragraph", "Int64", f"paragraph of {what} in Document.paragraphs"),
        Column("start", "Int64", f"offset where {what} starts in Document.text"),
        Column("end", "Int64", f"offset where {what} ends; Document.text[start:end] == raw"),
        Column("raw", "string", f"{what} exactly as written"),
    )


_SPAN = (
    Column("start", "int64", "offset where the mention starts in Document.text"),
    Column("end", "int64", "offset where it ends; Document.text[start:end] == raw"),
    Column("raw", "string", "the characters as written"),
)

NUMBERS = Table(
    "numbers",
    "one mention of a number in a document",
    (
        Column("paragraph", "Int64", "paragraph in Document.paragraphs"),
        *_SPAN,
        Column(
            "kind",
            "category",
            "what the number is: count (a cardinal in digits or words), percent, fraction "
            "('two thirds'), ordinal, date, date_range, year (a year or a decade), time (of "
            "day), money, reference (a resolution or decision), symbol (a document symbol "
            "or sales number), locator (a place in a text: 'Article 93'), footnote_marker, "
            "paragraph_number; only count, percent, fraction and money are quantities",
            NUMBER_KINDS,
        ),
        Column(
            "value",
            "Float64",
            "the number with its sign as written (money in units: '$2.3 million' is "
            "2300000; a fraction as a float; a year as 1976); missing for a range (see low "
            "and high) and for kinds without a numeric value",
        ),
        Column("low", "Float64", "the lower end of a range ('10-15 per cent' -> 10)"),
        Column("high", "Float64", "the upper end of a range ('10-15 per cent' -> 15)"),
        Column(
            "value_text",
            "string",
            "the value's exact text form: ISO date ('2001-12-21', '--09-26' without a year, "
            "'2000-09'), ISO interval ('1999-04-21/1999-04-23', '2012/2013'), year '1976' "
            "or decade '1990/1999', time '15:00', exact fraction '2/3' or range of "
            "fractions '1/3-2/3', normalised reference ('resolution 49/127'), symbol "
            "('A/C.2/54/2') or locator ('article 93')",
        ),
        Column(
            "qualifier",
            "category",
            "how the text qualifies the figure ('about', 'more than', 'at least', 'fewer "
            "than', 'up to'); missing when it is stated as exact",
            QUALIFIERS,
        ),
        Column(
            "unit",
            "string",
            "'percent' or 'percentage points' for percentages, an ISO 4217 code for money "
            "('USD'; missing where the name says no one currency: '10 dinars'), 'decade', a "
            "physical unit ('km2'); missing otherwise",
        ),
        Column(
            "decimals",
            "Int64",
            "decimal places as written, for count, percent and money ('45.0 per cent' has 1)",
        ),
        Column(
            "counted",
            "string",
            "the noun phrase a count, percent or fraction counts ('Member States', 'respondents')",
        ),
        Column(
            "counted_inherited",
            "boolean",
            "counted is taken from the enumeration the number belongs to (the noun is "
            "elided: 'five were partially in favour'); missing when counted is",
        ),
        Column(
            "base",
            "string",
            "for a percentage or fraction, the phrase naming what it is a share of ('the "
            "full United Nations membership')",
        ),
        Column("date", "datetime64[ns]", "a full date: the day; a date range: its first day"),
        Column("date_end", "datetime64[ns]", "a date range with full ends: its last day"),
        Column(
            "reference_date",
            "datetime64[ns]",
            "for a reference followed by 'of <date>': that date (also a row of its own)",
        ),
        Column("in_words", "boolean", "the number is written (partly) in words"),
        Column(
            "marker_source",
            "category",
            "for footnote markers, how it was recognised: listed (in "
            "Document.footnote_markers), glued (digits glued to a word: 'Women4'), "
            "after_date (a number right after a date, not followed by what it counts), "
            "after_symbol (the same after a document symbol), after_document (a number "
            "between the name of a document and the words that go on with the clause: 'the "
            "report 70 of the Special Committee'), line_start (a number that starts a line "
            "before a number in words: '14 One member (China) did not ...'), paragraph_end "
            "(a short number ending a paragraph after a comma, a semicolon or a full stop: "
            "'... for admission to the United Nations, 380')",
            MARKER_SOURCES,
        ),
        Column("sales_number", "boolean", "the symbol is a United Nations sales number"),
        Column(
            "context",
            "string",
            "the sentence around the mention; a sentence over 400 characters is cut to about "
            "160 characters either side, the cuts marked '…'",
        ),
    ),
)

TALLIES = Table(
    "tallies",
    "one category of a tally (a vote, a survey split or a percentage breakdown)",
    (
        Column("tally", "int64", "id of the tally within the document; its rows share it"),
        Column(
            "kind",
            "category",
            "vote, survey (counts that split a group of respondents or a stated total) or "
            "breakdown (percentages, or counts that make up a stated whole: 'The 48 least "
            "developed countries comprise 33 in Africa, ...', 'Of the 32 landlocked developing "
            "countries, 16 are in Africa, ...')",
            TALLY_KINDS,
        ),
        Column("subject", "string", "who was counted, as written ('respondents')"),
        Column(
            "category",
            "string",
            "the category's label ('in favour', 'partially in favour', 'Africa'); missing "
            "on the one row of an outcome without counts",
        ),
        Column(
            "role",
            "category",
            "what the category does in a vote: in_favour, against, abstaining, "
            "not_participating, absent; other for any other label",
            ROLES,
        ),
        Column("count", "Int64", "the count (0 for 'none'); never invented"),
        Column(
            "percent",
            "Float64",
            "the per cent stated: a part of a percentage breakdown, or the share printed "
            "beside a count ('26 (62 per cent)')",
        ),
        Column("decimals", "Int64", "decimal places of the stated per cent"),
        Column("unit", "category", "count or percent", ("count", "percent")),
        Column("counted", "string", "the noun the category counts ('States', 'replies')"),
        Column(
            "counted_inherited",
            "boolean",
            "counted is taken from an earlier item of the enumeration (the noun is elided)",
        ),
        Column("base", "string", "for a percentage, what it is a share of"),
        Column("total", "Int64", "a total the text states for the whole tally"),
        Column(
            "total_qualifier",
            "category",
            "how the text qualifies the total ('about 200 schools' -> approximately)",
            QUALIFIERS,
        ),
        Column(
            "qualifier",
            "category",
            "how the text qualifies the count ('about', 'more than')",
            QUALIFIERS,
        ),
        Column(
            "remaining",
            "boolean",
            "the category is the rest of the whole ('the remaining three', 'the other 16'): "
            "the parts cover it",
        ),
        Column("members", "string", "states named for the category, '; '-joined"),
        Column(
            "outcome",
            "string",
            "for an adoption: 'adopted', 'adopted unanimously', 'adopted without a vote', "
            "'adopted by consensus', 'adopted in parts', 'rejected'",
        ),
        Column("ocr_corrected", "boolean", "a count, word or name was read through OCR noise"),
        Column("unreadable", "boolean", "a count is garbled and was not read ('by ?4 votes')"),
        Column(
            "members_mismatch",
            "boolean",
            "the number of states named differs from the count",
        ),
        Column(
            "from_footnote",
            "boolean",
            "the row was read from the footnote the vote's marker points to",
        ),
        Column("paragraph", "int64", "paragraph of the row's phrase"),
        Column("start", "int64", "offset where the row's phrase starts in Document.text"),
        Column("end", "int64", "offset where it ends; Document.text[start:end] == raw"),
        Column("raw", "string", "the tally phrase (or the footnote sentence) as written"),
    ),
)

SHARES = Table(
    "shares",
    "one category of a survey tally, with its share and intervals",
    (
        Column("tally", "Int64", "the tally, as in the tallies table"),
        Column("kind", "category", "the tally's kind", TALLY_KINDS),
        Column("subject", "string", "who was counted"),
        Column("category", "string", "the category's label"),
        Column("role", "category", "the category's role", ROLES),
        Column("count", "Int64", "the category's count"),
        Column(
            "respondents",
            "Int64",
            "the sum of the tally's parts, or its stated total when larger",
        ),
        Column("share", "Float64", "count / respondents, a fraction in [0, 1]"),
        Column("ci_low", "Float64", "Wilson interval for the share: lower bound"),
        Column("ci_high", "Float64", "Wilson interval for the share: upper bound"),
        Column(
            "simultaneous_low",
            "Float64",
            "Goodman simultaneous interval over the tally's categories: lower bound",
        ),
        Column("simultaneous_high", "Float64", "Goodman simultaneous interval: upper bound"),
        Column(
            "population",
            "Int64",
            "members of the body on the analysis date, when the subjects are states",
        ),
        Column(
            "population_count_low",
            "Int64",
            "exact hypergeometric interval for the number of members with the attribute",
        ),
        Column("population_count_high", "Int64", "upper end of that interval"),
        Column("population_ci_low", "Float64", "the same interval as a share of the members"),
        Column("population_ci_high", "Float64", "upper end of the share interval"),
        Column(
            "bound_low",
            "Float64",
            "worst-case share of the membership whatever the non-respondents think: low",
        ),
        Column("bound_high", "Float64", "worst-case share of the membership: high"),
        Column("confidence", "Float64", "the confidence level of every interval"),
        *_provenance("the tally"),
    ),
)

CHECKS = Table(
    "checks",
    "one relation stated by the text, checked",
    (
        Column("check", "Int64", "id of the check within the analysis"),
        Column(
            "kind",
            "category",
            "percentage (a per cent against counts and membership), percent_of_counts, "
            "breakdown_sum (percentages adding to 100), share_bound (a share of a group "
            "over 100 per cent), tally_total (parts against a stated "
            "total), part_of_whole ('N of the M'), vote_size (votes against the body's "
            "size), roll_call (named members against the body on the date)",
            CHECK_KINDS,
        ),
        Column("description", "string", "what is checked, in words"),
        Column("stated", "string", "the figure as the text states it"),
        Column("decimals", "Int64", "decimals of the stated figure"),
        Column("numerator", "Int64", "the count on top"),
        Column("denominator", "Int64", "the count below"),
        Column("computed", "Float64", "the value computed from the counts"),
        Column("window_low", "Float64", "lowest value the stated figure allows under rounding"),
        Column("window_high", "Float64", "highest value the stated figure allows"),
        Column("rounding", "string", "the rounding rule the stated figure is read with"),
        Column("implied_low", "Int64", "smallest denominator the stated figure implies"),
        Column("implied_high", "Int64", "largest denominator the stated figure implies"),
        Column("verdict", "category", "consistent, inconsistent or undecidable", VERDICTS),
        Column("explanation", "string", "the verdict explained in words"),
        *_provenance("the checked phrase"),
        Column("context", "string", "the sentence the checked phrase is in"),
    ),
)

# The counts of one vote by role (the votes table and the resolutions of a corpus).
_ROLE_COUNTS = (
    Column("in_favour", "Int64", "votes in favour; missing when the text does not say"),
    Column("against", "Int64", "votes against"),
    Column("abstaining", "Int64", "abstentions"),
    Column("not_participating", "Int64", "members present that did not take part"),
    Column("absent", "Int64", "members absent"),
)
VOTES = Table(
    "votes",
    "one vote of a body, its counts by role",
    (
        Column("tally", "Int64", "the tally, as in the tallies table"),
        *_ROLE_COUNTS,
        Column("outcome", "string", "the outcome stated ('adopted', 'adopted unanimously')"),
        Column("body", "category", "the body that voted", BODIES),
        Column("body_size", "Int64", "members of the body on the date"),
        Column("date", "datetime64[ns]", "the date the body's size is taken on"),
        *_provenance("the vote"),
    ),
)

MEMBERSHIP = Table(
    "membership",
    "one body whose membership is a base of the analysis",
    (
        Column("body", "category", "the body", BODIES),
        Column("date", "datetime64[ns]", "the day the members are counted on"),
        Column("members", "Int64", "members on that day; missing when unknown"),
        Column(
            "date_source",
            "string",
            "where the date came from: survey_date, adopted, distributed or year",
        ),
        Column("note", "string", "why the membership is unknown, when it is"),
    ),
)

ROLL_CALL = Table(
    "roll_call",
    "one member of the Security Council in one vote",
    (
        Column("tally", "Int64", "the vote, as in the tallies table"),
        Column("date", "datetime64[ns]", "the day whose Council is used"),
        Column("member_id", "string", "the member's seat key, as in the membership tables"),
        Column("name_on_date", "string", "the member's UN name on that day"),
        Column("seat", "category", "permanent or elected", SEATS),
        Column(
            "vote",
            "category",
            "in_favour, against, abstaining, not_participating or absent; missing when the "
            "text does not let it be known (the roll_call check says why)",
            VOTE_ROLES,
        ),
        Column(
            "basis",
            "category",
            "named (the text names the member), remainder (not named; in favour because the "
            "members left are the count in favour) or unanimous (adopted unanimously, no "
            "count stated); missing with vote",
            VOTE_BASES,
        ),
        Column("printed", "string", "for a named member, its name as printed"),
        Column(
            "match",
            "category",
            "for a named member: exact (a known name) or close (a misprint read as the "
            "closest member of the Council that day)",
            NAME_MATCHES,
        ),
        *_provenance("the phrase naming the member (else the vote's own phrase)"),
    ),
)
# How one member voted over many roll calls (a year's, or a corpus's).
_MEMBER_VOTES = (
    Column("votes", "Int64", "votes in which the member's vote is known"),
    Column("in_favour", "Int64", "votes in favour"),
    Column("against", "Int64", "votes against"),
    Column("abstaining", "Int64", "abstentions"),
    Column("not_participating", "Int64", "votes in which it did not take part"),
    Column("absent", "Int64", "votes it was absent from"),
    Column("unknown", "Int64", "votes it sat in whose vote the text does not give"),
)
MEMBER_RECORD = Table(
    "member_record",
    "one member of the Security Council in one year, over many roll calls",
    (
        Column("member_id", "string", "the member's seat key"),
        Column("name", "string", "the member's name in most of the votes counted"),
        Column("year", "Int64", "the year of the votes"),
        *_MEMBER_VOTES,
        Column("against_share", "Float64", "against / votes; missing when votes is 0"),
        Column("abstaining_share", "Float64", "abstaining / votes; missing when votes is 0"),
    ),
)
AGREEMENT = Table(
    "agreement",
    "one pair of members of the Security Council, over the votes both cast",
    (
        Column("member_a", "string", "the first member's seat key (member_a < member_b)"),
        Column("member_b", "string", "the second member's seat key"),
        Column("name_a", "string", "the first member's name in most of the votes counted"),
        Column("name_b", "string", "the second member's name in most of the votes counted"),
        Column("votes", "Int64", "votes in which both members' votes are known"),
        Column("agree", "Int64", "votes in which both cast the same vote"),
        Column("agreement", "Float64", "agree / votes, in [0, 1]"),
    ),
)
RESOLUTION_VOTES = Table(
    "resolution_votes",
    "one Security Council resolution of a corpus, and how it was adopted",
    (
        Column("doc_id", "string", "SHA-256 of the document's bytes"),
        Column("path", "string", "the input file"),
        Column("name", "string", "the document's name (its file name)"),
        Column("symbol", "string", "document symbol, when printed"),
        Column("resolution", "string", "resolution number ('338')"),
        Column("year", "Int64", "year of the vote (of the analysis date)"),
        Column("tally", "Int64", "the document's first vote, as in its tallies table"),
        Column("outcome", "string", "the outcome stated ('adopted unanimously')"),
        *_ROLE_COUNTS,
        Column("body_size", "Int64", "members of the Council on the date"),
        Column(
            "split",
            "category",
            "how it was adopted: unanimous (said so, or every seat in favour), not every "
            "member voting, with abstentions (none against), with votes against, without a "
            "vote (or by consensus), not stated",
            VOTE_SPLITS,
        ),
    ),
)
_SPLIT_COUNTS = tuple(
    Column(split.replace(" ", "_"), "int64", f"resolutions adopted: {split}")
    for split in VOTE_SPLITS
)
VOTE_SPLITS_TABLE = Table(
    "vote_splits",
    "one year (or decade) of Security Council resolutions, counted by how they were adopted",
    (
        Column("period", "string", "the year ('1948') or decade ('1940s')"),
        Column("start", "int64", "the period's first year"),
        Column("resolutions", "int64", "resolutions with a vote tally or outcome"),
        *_SPLIT_COUNTS,
        Column("vote_stated", "int64", "resolutions whose vote is stated (all but not_stated)"),
        Column(
            "unanimous_share",
            "Float64",
            "unanimous / vote_stated, in [0, 1]; missing when no vote is stated",
        ),
        Column("abstaining", "int64", "abstentions cast on these resolutions"),
        Column("against", "int64", "votes against cast on these resolutions"),
    ),
)
MEMBER_TOTALS = Table(
    "member_totals",
    "one member of the Security Council over all the roll calls of a corpus",
    (
        Column("member_id", "string", "the member's seat key"),
        Column("name", "string", "the member's name in most of the votes counted"),
        Column("first", "Int64", "the first year with a vote"),
        Column("last", "Int64", "the last year with a vote"),
        *_MEMBER_VOTES,
    ),
)
NUMBER_KIND_COUNTS = Table(
    "number_kinds",
    "one kind of number in a corpus",
    (
        Column("kind", "category", "the kind, as in the numbers table", NUMBER_KINDS),
        Column("numbers", "int64", "mentions of that kind"),
        Column("documents", "int64", "documents with at least one"),
    ),
)
TALLY_KIND_COUNTS = Table(
    "tally_kinds",
    "one kind of tally in a corpus",
    (
        Column("kind", "category", "the kind, as in the tallies table", TALLY_KINDS),
        Column("tallies", "int64", "tallies of that kind"),
        Column("categories", "int64", "their categories (rows of the tallies table)"),
        Column("documents", "int64", "documents with at least one"),
    ),
)
PARAGRAPHS = Table(
    "paragraphs",
    "one paragraph of a document",
    (
        Column("paragraph", "int64", "the paragraph's number in the document, from 0"),
        Column("kind", "category", "what the paragraph is", PARAGRAPH_KINDS),
        Column("number", "Int64", "its printed number ('3.'), when it has one"),
        Column("start", "int64", "offset where it starts in Document.text"),
        Column("end", "int64", "offset where it ends"),
        Column("text", "string", "Document.text[start:end]"),
    ),
)

FOOTNOTES = Table(
    "footnotes",
    "one footnote of a document",
    (
        Column("number", "Int64", "the footnote's number"),
        Column("paragraph", "int64", "its paragraph"),
        Column("start", "int64", "offset where it starts in Document.text"),
        Column("end", "int64", "offset where it ends"),
        Column("text", "string", "Document.text[start:end]"),
    ),
)

FOOTNOTE_MARKERS = Table(
    "footnote_markers",
    "one place in the body that points to a footnote",
    (
        Column("paragraph", "int64", "the paragraph the marker is in"),
        Column("start", "int64", "offset where the marker starts in Document.text"),
        Column("end", "int64", "offset where it ends"),
        Column("raw", "string", "the marker as written"),
        Column("footnote", "Int64", "the footnote it points to"),
    ),
)

FURNITURE = Table(
    "furniture",
    "one piece of page furniture removed from a document",
    (
        Column(
            "kind",
            "category",
            "what it is (see surveystats.documents.furniture)",
            FURNITURE_KINDS,
        ),
        Column("raw", "string", "the removed characters"),
        Column("start", "int64", "offset where it starts in Document.original"),
        Column("end", "int64", "offset where it ends; Document.original[start:end] == raw"),
    ),
)

_KEYS = (
    Column("doc_id", "string", "SHA-256 of the document's bytes; missing when unreadable"),
    Column("path", "string", "the input file"),
)

DOCUMENTS = Table(
    "documents",
    "one document of a batch run",
    (
        *_KEYS,
        Column("name", "string", "the document's name (its file name)"),
        Column("size_bytes", "Int64", "size of the file"),
        Column("encoding", "string", "the encoding the text was read with"),
        Column("symbol", "string", "document symbol ('A/RES/56/203')"),
        Column("job_number", "string", "ODS job number"),
        Column("body", "string", "the body that issued it"),
        Column("session", "Int64", "session number"),
        Column("agenda_item", "string", "agenda item"),
        Column("distribution", "string", "distribution ('General')"),
        Column("distributed", "datetime64[ns]", "date of distribution"),
        Column("resolution", "string", "resolution number ('56/203')"),
        Column("title", "string", "the title as printed"),
        Column("committee", "string", "the committee whose report it follows"),
        Column("committee_report", "string", "symbol of that report"),
        Column("adopted", "datetime64[ns]", "date of adoption"),
        Column("meeting", "Int64", "the meeting at which it was adopted"),
        Column("year", "Int64", "year of the document"),
        Column("n_paragraphs", "Int64", "number of paragraphs"),
        Column("n_numbers", "Int64", "rows in numbers"),
        Column("n_tallies", "Int64", "distinct tallies"),
    ),
)

ERRORS = Table(
    "errors",
    "one document of a batch run that could not be read or extracted",
    (
        *_KEYS,
        Column("stage", "string", "where it failed: read, numbers, tallies, tables, timeout"),
        Column("error_type", "string", "the error's class"),
        Column("message", "string", "what went wrong"),
    ),
)

#: Table name -> declaration.
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        NUMBERS,
        TALLIES,
        SHARES,
        CHECKS,
        VOTES,
        MEMBERSHIP,
        ROLL_CALL,
        MEMBER_RECORD,
        AGREEMENT,
        RESOLUTION_VOTES,
        VOTE_SPLITS_TABLE,
        MEMBER_TOTALS,
        NUMBER_KIND_COUNTS,
        TALLY_KIND_COUNTS,
        PARAGRAPHS,
        FOOTNOTES,
        FOOTNOTE_MARKERS,
        FURNITURE,
        DOCUMENTS,
        ERRORS,
    )
}

#: Tables of a batch output whose rows are keyed by the document they come from.
KEYED_TABLES = ("numbers", "tallies")


def table(name: str) -> Table:
    """The declaration of table ``name`` (one of :data:`TABLES`).

    Examples
    --------
    >>> table("votes").names[:3]
    ['tally', 'in_favour', 'against']
    """
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}") from None


def keyed(name: str) -> Table:
    """Table ``name`` as written by a batch run: ``doc_id`` and ``path`` first."""
    declared = table(name)
    if name not in KEYED_TABLES:
        return declared
    return Table(declared.name, declared.row, (*_KEYS, *declared.columns))


@functools.cache  # dtypes are immutable; a CategoricalDtype costs ~20 us to make
def _dtype(column: Column) -> Any:
    """The pandas dtype of ``column``, made once (a categorical one takes ~10 us to make)."""
    if column.dtype == "category":
        return pd.CategoricalDtype(list(column.levels or ()), ordered=False)
    if column.dtype == "string":
        return pd.StringDtype()
    return pd.api.types.pandas_dtype(column.dtype)


def pandas_dtypes(name: str | Table) -> dict[str, Any]:
    """Column name -> pandas dtype of a table.

    Examples
    --------
    >>> str(pandas_dtypes("tallies")["count"])
    'Int64'
    """
    declared = name if isinstance(name, Table) else table(name)
    return {column.name: _dtype(column) for column in declared.columns}


def is_missing(value: Any) -> bool:
    """Whether one value is missing: None, NaN, NaT or pandas.NA (never a list or a string).

    Examples
    --------
    >>> [is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT, 0, "", [None])]
    [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    try:
        return bool(pd.api.types.is_scalar(value) and pd.isna(value))
    except (TypeError, ValueError):  # pragma: no cover - an exotic scalar
        return False


def _missing(column: Column, n: int) -> Any:
    """``n`` missing values of a nullable dtype (anything but int64), a new array each time.

    Copied from one made once for each column and short length: most columns of a table
    per document are empty, and copying is several times faster than making them.
    """
    if n > _LONGEST_TEMPLATE:  # a table of many documents: made once, no need to keep it
        return _missing_template.__wrapped__(column, n)
    return _missing_template(column, n).copy()


_LONGEST_TEMPLATE = 256


@functools.lru_cache(maxsize=1024)
def _missing_template(column: Column, n: int) -> Any:
    dtype = column.dtype
    if dtype == "string":
        return _strings(pa.nulls(n, type=pa.large_string()))
    if dtype == "category":
        return _categorical(np.full(n, -1, dtype=np.int8), column)
    if dtype == "datetime64[ns]":
        return _no_days(n)
    mask = np.ones(n, dtype=bool)
    if dtype == "Int64":
        return _masked(pd.arrays.IntegerArray, np.zeros(n, dtype=np.int64), mask)
    if dtype == "Float64":
        return _masked(pd.arrays.FloatingArray, np.zeros(n), mask)
    return _masked(pd.arrays.BooleanArray, np.zeros(n, dtype=bool), mask)


def _plain_array(dtype: str, values: Sequence[Any]) -> Any:
    """A Float64 or boolean array in one numpy step when the values are plain Python ones.

    Python floats, ints and booleans with None for missing: what extraction gives. Anything
    else (pd.NA, strings, numpy scalars) returns None and takes the general path.
    """
    if type(values) is not list:
        return None
    kinds = set(map(type, values))
    if dtype == "Float64" and kinds <= _FLOAT_KINDS:
        data = np.array(values, dtype=np.float64)  # None becomes NaN
        return _masked(pd.arrays.FloatingArray, data, np.isnan(data))
    if (dtype == "Int64" and kinds <= _INT_KINDS) or (dtype == "boolean" and kinds <= _BOOL_KINDS):
        n = len(values)
        if _NONE in kinds:
            mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
            values = [0 if v is None else v for v in values]
        else:
            mask = np.zeros(n, dtype=bool)
        if dtype == "Int64":
            return _masked(pd.arrays.IntegerArray, np.array(values, dtype=np.int64), mask)
        return _masked(pd.arrays.BooleanArray, np.array(values, dtype=bool), mask)
    return None


def _masked(kind: type, values: np.ndarray, mask: np.ndarray) -> Any:
    """A masked array (``pd.arrays.FloatingArray``, ``IntegerArray``, ``BooleanArray``).

    ``values`` (float64, int64 or bool) and ``mask`` (bool) are made by this module, of the
    same length, so pandas' checks of them are skipped (``_simple_new``) where pandas has
    it: a table per document builds several of these, and the checks cost as much as the
    rest of building one.
    """
    simple_new = getattr(kind, "_simple_new", None)
    if simple_new is None:  # pragma: no cover - pandas without it
        return kind(values, mask)
    return simple_new(values, mask)


_NONE = type(None)
_FLOAT_KINDS = frozenset([float, int, _NONE])
_INT_KINDS = frozenset([int, _NONE])
_BOOL_KINDS = frozenset([bool, _NONE])


def _array(column: Column, values: Sequence[Any]) -> Any:
    """One column's values as a pandas array of its declared dtype.

    Built directly from the values (no ``astype`` on a finished frame): extraction makes
    one small table per document, and per-value conversions would dominate its time.
    """
    dtype = column.dtype
    n = len(values)
    if dtype == "int64":
        return np.asarray(values, dtype=np.int64)
    if n and dtype != "int64" and type(values) is list and values.count(None) == n:
        return _missing(column, n)  # most optional columns of a small table are empty
    if dtype == "string":
        try:  # through Arrow when every value is a str or missing: several times faster
            return _strings(pa.array(values, type=pa.large_string(), from_pandas=True))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            cleaned = [None if is_missing(v) else str(v) for v in values]
            return pd.array(cleaned, dtype=_dtype(column))
    if dtype == "category":
        codes = _level_codes(column)
        try:
            found = [-1 if v is None else codes[v] for v in values]  # the common case
        except (KeyError, TypeError):
            found = None
        try:
            if found is None:
                found = [-1 if is_missing(v) else codes[str(v)] for v in values]
        except KeyError as error:
            raise ValueError(
                f"column {column.name!r}: {error.args[0]!r} is not one of its levels "
                f"{', '.join(column.levels or ())}"
            ) from None
        return _categorical(np.asarray(found, dtype=np.int16), column)
    if dtype == "datetime64[ns]" and type(values) is list:
        with contextlib.suppress(TypeError, ValueError):
            # numpy reads ISO strings, dates and Timestamps in one pass; most rows have no
            # date, and numpy reads a None many times slower than it fills a NaT
            given = [i for i, value in enumerate(values) if value is not None]
            days = _no_days(n)
            days[given] = np.array([values[i] for i in given], dtype="datetime64[ns]")
            return days
    fast = _plain_array(dtype, values)
    if fast is not None:
        return fast
    objects = np.empty(n, dtype=object)
    objects[:] = values
    mask = pd.isna(objects)
    if dtype == "datetime64[ns]":
        days = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
        given = objects[~mask]  # most rows of a table have no date: convert only the others
        try:  # numpy reads ISO strings, dates and Timestamps in one pass
            days[~mask] = given.astype("datetime64[ns]")
        except (TypeError, ValueError):
            days[~mask] = [pd.Timestamp(v).to_datetime64() for v in given]
        return days
    objects[mask] = 0
    if dtype == "Int64":
        return pd.arrays.IntegerArray(_integers(objects, column), mask)
    if dtype == "Float64":
        return pd.arrays.FloatingArray(objects.astype(np.float64), mask)
    if any(isinstance(v, str) for v in objects):
        data = np.fromiter((_as_bool(v) for v in objects), dtype=bool, count=n)
    else:
        data = objects.astype(bool)
    return pd.arrays.BooleanArray(data, mask)


def _no_days(n: int) -> np.ndarray:
    """``n`` missing days (NaT), made faster than ``np.full`` makes them."""
    days = np.empty(n, dtype="datetime64[ns]")
    days.fill(_NOT_A_TIME)
    return days


_NOT_A_TIME = np.datetime64("NaT", "ns")


def _strings(values: pa.Array) -> Any:
    """Arrow large strings as a pandas string array, its dtype made once, not per array.

    Through the constructor pandas uses for the results of its own Arrow operations
    (``_from_pyarrow_array``, pandas 3) where there is one: the public constructor checks
    the Arrow type of what is known to be large strings again, and with six string
    columns in a table per document that check was a measurable part of extraction.
    """
    if _STRINGS_FROM_ARROW is not None:
        return _STRINGS_FROM_ARROW(values)
    try:  # pragma: no cover - pandas without _from_pyarrow_array
        return pd.arrays.ArrowStringArray(values, dtype=_ARROW_STRING)
    except TypeError:  # pragma: no cover - pandas before 3.0 takes no dtype
        return pd.arrays.ArrowStringArray(values)


_ARROW_STRING = pd.StringDtype("pyarrow")


def _strings_from_arrow() -> Any:
    """``_from_pyarrow_array`` of an empty string array of dtype ``_ARROW_STRING``, or None."""
    try:
        no_strings = pa.array([], type=pa.large_string())
        empty = pd.arrays.ArrowStringArray(no_strings, dtype=_ARROW_STRING)
    except TypeError:  # pragma: no cover - pandas before 3.0 takes no dtype
        return None
    return getattr(empty, "_from_pyarrow_array", None)


_STRINGS_FROM_ARROW = _strings_from_arrow()


def _categorical(codes: np.ndarray, column: Column) -> pd.Categorical:
    """A categorical of ``column``'s levels from codes that are known to be valid.

    The codes come from :func:`_level_codes` (or are -1 for missing), so pandas need not
    check them again (``validate=False``, pandas 2.1 and later; a table per document
    made that check a measurable part of extraction).
    """
    try:
        return pd.Categorical.from_codes(codes, dtype=_dtype(column), validate=False)
    except TypeError:  # pragma: no cover - pandas before 2.1
        return pd.Categorical.from_codes(codes, dtype=_dtype(column))


@functools.cache
def _level_codes(column: Column) -> dict[str, int]:
    return {level: i for i, level in enumerate(column.levels or ())}


def _integers(objects: np.ndarray, column: Column) -> np.ndarray:
    """Whole numbers as int64, refusing fractions ("2.5") and values beyond int64."""
    try:
        data = objects.astype(np.int64)
    except (OverflowError, TypeError, ValueError) as error:
        raise ValueError(f"column {column.name!r}: {error}") from None
    if objects.dtype == object and any(
        isinstance(v, float | np.floating) and not float(v).is_integer() for v in objects
    ):
        raise ValueError(f"column {column.name!r} holds counts; got a fraction")
    return data


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no", ""):
            return False
        raise ValueError(f"{value!r} is not a boolean")
    return bool(value)


def build_table(
    name: str | Table,
    columns: Mapping[str, Sequence[Any]],
    *,
    length: int | None = None,
) -> pd.DataFrame:
    """The one typed-table builder: declared columns, in order, from plain sequences.

    Parameters
    ----------
    name
        A table of :data:`TABLES` (or a :class:`Table`).
    columns
        Column name -> values (lists, tuples, arrays or Series). Columns the table does
        not declare are refused; declared columns not given are missing in every row.
    length
        The number of rows, needed only when ``columns`` gives no column.

    Returns
    -------
    pandas.DataFrame
        The table with exactly the declared columns, each of its declared dtype.

    Raises
    ------
    KeyError
        When ``columns`` holds a column the table does not declare.
    ValueError
        When the columns differ in length or a value does not fit its type.

    Examples
    --------
    >>> build_table("membership", {"body": ["General Assembly"], "members": [189]}).dtypes[
    ...     "members"
    ... ]
    Int64Dtype()
    """
    declared = name if isinstance(name, Table) else table(name)
    unknown = set(columns) - set(declared.names)
    if unknown:
        raise KeyError(f"table {declared.name!r} has no column(s) {', '.join(sorted(unknown))}")
    lengths = {len(values) for values in columns.values()}
    if length is not None:
        lengths.add(length)
    if len(lengths) > 1:
        raise ValueError(f"table {declared.name!r}: columns of different lengths {lengths}")
    n = lengths.pop() if lengths else 0
    arrays = {}
    for column in declared.columns:
        values = columns.get(column.name)
        if values is None:
            values = [None] * n
        elif type(values) is not list and isinstance(
            values, pd.Series | pd.Index | np.ndarray | pd.api.extensions.ExtensionArray
        ):
            if str(getattr(values, "dtype", "")) == str(_dtype(column)):
                arrays[column.name] = pd.array(values, dtype=_dtype(column), copy=False)
                continue
            values = list(values)
        arrays[column.name] = _array(column, values)
    return _frame(arrays, n)


def _frame(arrays: dict[str, Any], n: int) -> pd.DataFrame:
    """A frame from arrays that already have their dtypes and length ``n``.

    Extraction makes one small table per document (22 columns of numbers), and the
    public constructors re-check and re-wrap every array: ``DataFrame(dict)`` costs
    about four times, and pandas' constructor for ready arrays
    (``DataFrame._from_arrays``) about twice, as much as handing pandas the blocks it
    would make anyway. That is done here, through :func:`_blocks_frame`, with pandas'
    own constructors as the fallback where its internals differ.
    """
    columns = _column_index(tuple(arrays)).view()  # a view: its name is its own
    if _BLOCK_TOOLS is not None:
        with contextlib.suppress(TypeError, ValueError, AttributeError):
            return _blocks_frame(list(arrays.values()), columns, n)
    from_arrays = getattr(pd.DataFrame, "_from_arrays", None)  # pragma: no cover
    if from_arrays is not None:  # pragma: no cover - pandas with other internals
        with contextlib.suppress(TypeError, ValueError):
            return from_arrays(
                list(arrays.values()), columns=columns, index=pd.RangeIndex(n),
                verify_integrity=False,
            )  # fmt: skip
    return pd.DataFrame(arrays, copy=False)  # pragma: no cover - pandas without either


def _block_tools() -> tuple[Any, ...] | None:
    """The block constructors of pandas (not public API; None where they are not found)."""
    try:
        from pandas._libs.internals import BlockPlacement
        from pandas.core.arrays import DatetimeArray
        from pandas.core.internals.blocks import get_block_type, new_block
        from pandas.core.internals.managers import BlockManager
    except ImportError:  # pragma: no cover - pandas with other internals
        return None
    return BlockPlacement, DatetimeArray, new_block, BlockManager, get_block_type


_BLOCK_TOOLS = _block_tools()
_NUMPY_WRAPPED = pd.arrays.NumpyExtensionArray


@functools.cache
def _column_placement(position: int) -> Any:
    """The placement of a one-column block at ``position``, made once.

    Placements are never changed in place (pandas gives a moved block a new one, and
    shares one between a block and its shallow copies), so one serves every table.
    """
    return _BLOCK_TOOLS[0](slice(position, position + 1))


def _block_class(dtype: Any) -> type:
    """The block class pandas gives an extension array of ``dtype`` (its type decides it)."""
    block_class = _BLOCK_CLASSES.get(type(dtype))
    if block_class is None:
        get_block_type = _BLOCK_TOOLS[4]
        block_class = _BLOCK_CLASSES[type(dtype)] = get_block_type(dtype)
    return block_class


_BLOCK_CLASSES: dict[type, type] = {}


def _blocks_frame(values: list[Any], columns: pd.Index, n: int) -> pd.DataFrame:
    """The frame pandas would build from ``values``, made from its blocks directly.

    The blocks are the ones pandas' constructors make (and the frame is the same,
    consolidated): one block per extension array, and one two-dimensional block per
    numpy dtype (``start`` and ``end`` share an int64 block, the three dates a
    datetime64 one). Every array is already of its declared dtype and length ``n``
    (:func:`_array` made it), so nothing is checked again. A one-column block is made by
    its class, as ``new_block`` makes it, with the class and placement looked up once:
    asking pandas for them again took a third of the time of a table per document.
    """
    placement, datetimes, new_block, manager, _ = _BLOCK_TOOLS
    blocks = []
    by_dtype: dict[np.dtype, list[tuple[int, np.ndarray]]] = {}
    for i, array in enumerate(values):
        dtype = array.dtype
        if isinstance(dtype, np.dtype) or isinstance(array, _NUMPY_WRAPPED):
            plain = np.asarray(array)  # unwraps what pd.array made of a given Series
            by_dtype.setdefault(plain.dtype, []).append((i, plain))
        else:
            block_class = _block_class(dtype)
            blocks.append(block_class(array, ndim=2, placement=_column_placement(i), refs=None))
    for dtype, arrays in by_dtype.items():
        stacked = np.array([plain for _, plain in arrays])  # one row per column
        if dtype.kind == "M":
            stacked = datetimes._simple_new(stacked, dtype=dtype)
        positions = np.array([i for i, _ in arrays])
        blocks.append(new_block(stacked, placement(positions), ndim=2))
    axes = [columns, pd.RangeIndex(n)]
    return pd.DataFrame._from_mgr(manager(blocks, axes, verify_integrity=False), axes)


@functools.lru_cache(maxsize=64)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    """The column index of a table's columns, made once (making one costs ~40 us)."""
    return pd.Index(list(names))


def from_frame(frame: pd.DataFrame, name: str | Table) -> pd.DataFrame:
    """A typed table from a frame holding some of the declared columns (others missing).

    Examples
    --------
    >>> from_frame(pd.DataFrame({"tally": [1], "against": [2]}), "votes")["in_favour"].tolist()
    [<NA>]
    """
    return build_table(
        name, {column: frame[column].tolist() for column in frame.columns}, length=len(frame)
    )


@functools.cache
def _empty(name: str) -> pd.DataFrame:
    return build_table(name, {})


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the declared, typed columns.

    Examples
    --------
    >>> empty_table("numbers").shape[0]
    0
    """
    # A shallow copy: with no rows there are no values to share, and a column set on the
    # copy is the copy's own (a deep copy of the 26 typed columns costs as much as
    # reading a short document's tallies).
    template = _empty(name)
    if _BLOCK_TOOLS is not None:
        with contextlib.suppress(TypeError, ValueError, AttributeError):
            return _shallow_copy(template)
    return template.copy(deep=False)  # pragma: no cover - pandas with other internals


def _shallow_copy(template: pd.DataFrame) -> pd.DataFrame:
    """What ``template.copy(deep=False)`` returns, built from its blocks for less.

    A new frame of new blocks over the template's arrays, each block registered with the
    template's references as a shallow copy registers it, so pandas' copy-on-write copies
    an array before any write to either frame. A shallow copy also wraps every array in a
    view of it; an empty table's arrays hold no values, so they are shared as they are.
    The views and pandas' general copy machinery took two thirds of the time of the 527
    empty tables of the corpus.
    """
    manager = _BLOCK_TOOLS[3]
    blocks = [
        type(block)(block.values, ndim=2, placement=block.mgr_locs, refs=block.refs)
        for block in template._mgr.blocks
    ]
    axes = [template.columns.view(), pd.RangeIndex(len(template))]
    return pd.DataFrame._from_mgr(manager(blocks, axes, verify_integrity=False), axes)


def conform(frame: pd.DataFrame, name: str | Table) -> pd.DataFrame:
    """A table read back from a file, cast to its declared columns and dtypes.

    The reader's side of every format: CSV cells arrive as text, JSON numbers as floats,
    Parquet categories as strings. Extra columns are kept after the declared ones
    (``doc_id`` and ``path`` of a batch table, ``row`` of a bulk extraction), in front
    when they are the batch keys.

    Parameters
    ----------
    frame
        The table as read.
    name
        Its declaration.

    Returns
    -------
    pandas.DataFrame
        The same rows with the declared columns and dtypes.

    Raises
    ------
    ValueError
        When a declared column is absent or a value does not fit its type.
    """
    declared = name if isinstance(name, Table) else table(name)
    missing = [column for column in declared.names if column not in frame.columns]
    if missing:
        raise ValueError(f"not a {declared.name} table: column(s) {', '.join(missing)} are missing")
    arrays = {column.name: _cast(frame[column.name], column) for column in declared.columns}
    built = pd.DataFrame(arrays, copy=False)
    built.index = pd.RangeIndex(len(frame))
    extra = [c for c in frame.columns if c not in declared.names]
    if not extra:
        return built
    kept = frame[extra].reset_index(drop=True)
    return pd.concat([kept, built], axis=1)


def _cast(series: pd.Series, column: Column) -> Any:
    """One column cast to its declared dtype: vectorised when the source is typed."""
    target = _dtype(column)
    if series.dtype == target:
        return series.array
    if series.dtype != object and not isinstance(series.dtype, pd.StringDtype):
        if column.dtype == "category":
            cast = series.astype("string").astype(target)
            lost = cast.isna() & series.notna()
            if lost.any():  # astype would silently turn an unknown level into NaN
                _array(column, series[lost].tolist())  # raises, naming the value
            return cast.array
        with contextlib.suppress(TypeError, ValueError):
            return series.astype(target).array
    return _array(column, series.tolist())


def _arrow_type(column: Column) -> pa.DataType:
    return {
        "int64": pa.int64(),
        "Int64": pa.int64(),
        "Float64": pa.float64(),
        "string": pa.string(),
        "boolean": pa.bool_(),
        "datetime64[ns]": pa.date32(),
        "category": pa.string(),
    }[column.dtype]


def arrow_schema(name: str | Table) -> pa.Schema:
    """The Arrow (Parquet) schema of a table: categories as strings, dates as dates.

    Examples
    --------
    >>> arrow_schema("errors").names
    ['doc_id', 'path', 'stage', 'error_type', 'message']
    """
    declared = name if isinstance(name, Table) else table(name)
    return pa.schema([pa.field(c.name, _arrow_type(c)) for c in declared.columns])


def to_arrow(frame: pd.DataFrame, name: str | Table) -> pa.Table:
    """A typed table (as :func:`build_table` makes) as an Arrow table of its schema.

    Examples
    --------
    >>> to_arrow(build_table("errors", {"path": ["a.txt"]}), "errors").num_rows
    1
    """
    declared = name if isinstance(name, Table) else table(name)
    arrays = []
    for column in declared.columns:
        kind = _arrow_type(column)
        array = pa.array(frame[column.name], from_pandas=True)
        arrays.append(array if array.type == kind else array.cast(kind))
    return pa.Table.from_arrays(arrays, schema=arrow_schema(declared))


def from_arrow(arrow: pa.Table, name: str | Table | None) -> pd.DataFrame:
    """An Arrow table of :func:`arrow_schema` as a typed pandas table.

    With ``name`` None, an Arrow table of any schema as pandas' nullable types (Int64,
    Float64, boolean, string); undeclared columns of a declared table come the same way.

    Examples
    --------
    >>> table = build_table("votes", {"tally": [0], "date": ["2001-12-21"]})
    >>> from_arrow(to_arrow(table, "votes"), "votes").equals(table)
    True
    """
    if name is None:
        return arrow.to_pandas(types_mapper=_nullable_type)
    declared = name if isinstance(name, Table) else table(name)
    dates = [c.name for c in declared.columns if c.dtype == "datetime64[ns]"]
    if dates:
        fields = [
            pa.field(f.name, pa.timestamp("ns")) if f.name in dates else f for f in arrow.schema
        ]
        arrow = arrow.cast(pa.schema(fields))
    frame = arrow.to_pandas(types_mapper=_nullable_type)
    return conform(frame, declared)


def _nullable_type(kind: pa.DataType) -> Any:
    if pa.types.is_integer(kind):
        return pd.Int64Dtype()
    if pa.types.is_floating(kind):
        return pd.Float64Dtype()
    if pa.types.is_boolean(kind):
        return pd.BooleanDtype()
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return pd.StringDtype()
    return None


def iso_date(value: Any) -> dt.date | None:
    """A date column's value as ``datetime.date`` (None when missing)."""
    return None if is_missing(value) else pd.Timestamp(value).date()
