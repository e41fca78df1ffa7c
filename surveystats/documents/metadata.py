"""Metadata: what the masthead, the heading and the closing lines say about a document.

Sources, in order of trust: the fields the furniture carried (ODS symbol and job number,
the "United Nations ... Distr.: General" masthead), then the heading lines of the text
(General Assembly "56/203.<tab>Title", "[on the report of the Second Committee
(A/56/563)]"; Security Council "Resolution 338 (1973) of 22 October 1973", "4 (1946).
Resolution of 29 April 1946", "RESOLUTION 761 (1992) Adopted by the Security Council at
its 3087th meeting, on 30 June 1992"), then the closing lines ("90th plenary meeting" /
"21 December 2001", "Adopted at the 1747th meeting ..."). Anything not printed is None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from surveystats.text import DATE_PATTERN, parse_date, words_to_number

__all__ = ["METADATA_FIELDS", "parse_date", "read_metadata"]

METADATA_FIELDS = (
    "symbol",
    "job_number",
    "body",
    "session",
    "agenda_item",
    "distribution",
    "distributed",
    "resolution",
    "title",
    "committee",
    "committee_report",
    "adopted",
    "meeting",
    "year",
)

_GA_HEADING = re.compile(r"(?P<resolution>\d{1,3}/\d{1,4})\.?[ \t]+(?P<title>\S[^\n]*)")
_COMMITTEE = re.compile(
    r"\[on[ ]the[ ]reports?[ ]of[ ]the[ ](?P<committee>[A-Z][^()\[\]\n]{2,80}?)"
    r"[ ]\((?P<report>[A-Z]/[^()\n]{1,40})\)\]"
)
_SC_HEADING = re.compile(
    r"(?:Resolution|RESOLUTION)[ \t]+(?P<number>\d{1,4})\b"
    r"(?:[ \t]*\((?P<year>[0-9][0-9 \-]{2,6}[0-9])\))?"
)
_SC_OLD_HEADING = re.compile(
    r"(?P<number>\d{1,4})[ \t]*\((?P<year>\d{4})\)\.?[ \t]*Resolution[ \t]+of[ \t]+"
)
# "of 22 October 1973"; OCR gives "Of", "ef"; some headings print the bare date
_OF_DATE = re.compile(r"[ \t\n]*(?:(?:[A-Za-z]f|[Oo]n|OF|ON)[ \t\n]+)?")
# "at the 1747th meeting", "at its 3087th meeting", OCR: "at the\n473rd_ meeting",
# "Adopted the 1245th meeting", "at the I364th meeting", "at the 273 1st meeting",
# "at the 2714th (closed) meeting"
_MEETING = re.compile(
    r"\b(?:[a-z]t[ ])?(?:the|its)[ ](?:resumed[ ])?"
    r"(?P<meeting>[0-9I]{1,5}(?:[ ][0-9]{1,3})?)[ ]?(?:st|nd|rd|th)_?[ ]"
    r"(?:\([a-z]+\)[ ])?(?:plenary[ ])?meeting",
    re.IGNORECASE,
)
_PLENARY = re.compile(r"(?P<meeting>\d{1,5})[ ]?(?:st|nd|rd|th)[ ]+(?:plenary[ ]+)?meeting\b")
_ADOPTED_BY = re.compile(
    r"(?:Resolution[ ])?adopted[ ]by[ ]the[ ](?P<body>General[ ]Assembly|Security[ ]Council|"
    r"Economic[ ]and[ ]Social[ ]Council)",
    re.IGNORECASE,
)
_SUBJECT_BODY = re.compile(
    r"(?:The|Therefore[ ]the)[ ]+(?P<body>General[ ]Assembly|Security[ ]Council|"
    r"Economic[ ]and[ ]Social[ ]Council|Trusteeship[ ]Council)\b"
)
_SESSION_WORDS = re.compile(r"(?P<words>[A-Za-z\- ]+?)[ ]+session", re.IGNORECASE)
_GA_SYMBOL = re.compile(r"A/RES/(?P<resolution>\d{1,3}/\d{1,4})")


def _flat(text: str) -> str:
    """Undo hyphenated line breaks ("meet-\\ning") and collapse whitespace."""
    return " ".join(text.replace("-\n", "").split())


def read_metadata(
    text: str,
    paragraphs: Sequence[tuple[str, int, int]],
    fields: Mapping[str, str],
) -> dict[str, object]:
    """Collect the metadata of a document.

    Parameters
    ----------
    text
        Cleaned text.
    paragraphs
        ``(kind, start, end)`` of every paragraph in order.
    fields
        Values carried by the furniture (see :func:`.furniture.strip_furniture`).

    Returns
    -------
    dict
        One entry per name in :data:`METADATA_FIELDS`; None when the document does not
        print it.
    """
    meta: dict[str, object] = dict.fromkeys(METADATA_FIELDS)
    meta["symbol"] = fields.get("symbol")
    meta["job_number"] = fields.get("job_number")
    meta["body"] = fields.get("body")
    if fields.get("distribution"):
        meta["distribution"] = fields["distribution"].capitalize()
    if fields.get("date"):
        meta["distributed"] = parse_date(fields["date"])
    if fields.get("agenda_item"):
        meta["agenda_item"] = fields["agenda_item"].strip().rstrip(".")
    if fields.get("session"):
        words = _SESSION_WORDS.fullmatch(fields["session"])
        value = words_to_number(words["words"]) if words else None
        if value is not None:
            meta["session"] = value[0]

    sc_year = _read_heading(text, paragraphs, meta)
    _read_closing(text, paragraphs, meta)

    if meta["resolution"] is None and meta["symbol"]:
        symbol = _GA_SYMBOL.match(str(meta["symbol"]))
        if symbol:
            meta["resolution"] = symbol["resolution"]
    if meta["body"] is None and meta["symbol"]:
        prefix = str(meta["symbol"])[:2]
        meta["body"] = {"A/": "General Assembly", "S/": "Security Council"}.get(prefix)
    if (
        meta["session"] is None
        and meta["body"] == "General Assembly"
        and isinstance(meta["resolution"], str)
        and "/" in meta["resolution"]
    ):
        meta["session"] = int(meta["resolution"].split("/")[0])
    if sc_year is not None:
        meta["year"] = sc_year
    elif isinstance(meta["adopted"], dt.date):
        meta["year"] = meta["adopted"].year
    return meta


def _read_heading(
    text: str, paragraphs: Sequence[tuple[str, int, int]], meta: dict[str, object]
) -> int | None:
    """Read the heading paragraphs; return the year printed with an SC resolution number."""
    sc_year = None
    for kind, start, end in paragraphs:
        if kind not in ("heading", "closing"):
            break  # the preamble or the operative part has begun, or this is no resolution
        block = text[start:end]
        if meta["body"] is None:
            found = _ADOPTED_BY.match(block) or _SUBJECT_BODY.match(block)
            if found:
                meta["body"] = " ".join(found["body"].split())
        if meta["resolution"] is None and (ga := _GA_HEADING.match(block)):
            meta["resolution"] = ga["resolution"]
            meta["title"] = ga["title"].strip()
        if meta["committee"] is None and (committee := _COMMITTEE.search(block)):
            meta["committee"] = committee["committee"].strip()
            meta["committee_report"] = committee["report"].strip()
        if meta["resolution"] is None:
            heading = _SC_OLD_HEADING.match(text, start, end) or _SC_HEADING.match(text, start, end)
            if heading:
                meta["resolution"] = heading["number"]
                digits = re.sub(r"\D", "", heading["year"] or "")
                sc_year = int(digits) if len(digits) == 4 else None
                meta["body"] = meta["body"] or "Security Council"
                rest = text[heading.end() : min(len(text), heading.end() + 200)]
                date = DATE_PATTERN.match(rest, _OF_DATE.match(rest).end())
                if date is not None:
                    meta["adopted"] = parse_date(date.group())
    return sc_year


def _meeting_number(raw: str) -> int | None:
    """The meeting number with OCR's "I" for "1" and stray spaces undone."""
    digits = raw.replace("I", "1").replace(" ", "")
    return int(digits) if digits.isdigit() else None


def _read_closing(
    text: str, paragraphs: Sequence[tuple[str, int, int]], meta: dict[str, object]
) -> None:
    """Read adoption lines, meeting lines and the date line after a plenary meeting."""
    previous_meeting = False
    for kind, start, end in paragraphs:
        if kind != "closing":
            previous_meeting = False
            continue
        block = _flat(text[start:end])
        if block.startswith(("Adopted", "Adapted")):
            meeting = _MEETING.search(block)
            if meeting and meta["meeting"] is None:
                meta["meeting"] = _meeting_number(meeting["meeting"])
            by = _ADOPTED_BY.search(block)
            if by and meta["body"] is None:
                meta["body"] = by["body"]
            if meta["adopted"] is None and (on := re.search(r"\b[Oo]n[ ]", block)):
                meta["adopted"] = parse_date(block[on.end() :])
            previous_meeting = False
            continue
        plenary = _PLENARY.fullmatch(block)
        if plenary:
            if meta["meeting"] is None:
                meta["meeting"] = int(plenary["meeting"])
            previous_meeting = True
            continue
        if previous_meeting and meta["adopted"] is None:
            meta["adopted"] = parse_date(block)
        previous_meeting = False
