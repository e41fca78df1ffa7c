"""Every structured number in a document, typed and traceable to the characters it came from.

:func:`scan_text` is the lexical layer over one paragraph string; :func:`extract_numbers`
runs it over every paragraph of a :class:`~surveystats.documents.Document` and returns one
tidy table. The scan reads in three steps:

1. the shapes (:mod:`surveystats.extract.lexicon`), each read by its reader
   (:mod:`surveystats.extract.readers`) into :class:`~surveystats.extract.facts.Fact`;
2. what numbers make together: lists that share a keyword ("resolutions 1441 and 1483"),
   ranges ("10-15 per cent", "between 5 and 7 million"), a reference and its date, a sum
   and its cents ("3 dollars and 50 cents"), a fraction said as a division ("one over
   three");
3. what the words around each quantity say (:mod:`surveystats.extract.phrases`): its
   qualifier, what it counts (inherited along an enumeration when the noun is elided)
   and the base of a share.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import pandas as pd

from surveystats import schema
from surveystats.errors import DocumentError, ExtractionError
from surveystats.extract.facts import KINDS, QUANTITY_KINDS, Fact
from surveystats.extract.glued_counts import separate_glued_counts
from surveystats.extract.lexicon import (
    CANDIDATE_PATTERN,
    NUMBER_PATTERN,
    WORD_CANDIDATE_PATTERN,
    WORD_START_PATTERN,
)
from surveystats.extract.phrases import (
    base_after,
    base_before,
    counted_after,
    counted_in_base,
    is_plural,
    qualifier_of,
)
from surveystats.extract.readers import SUBDIVISION, after_between, read_match, with_from
from surveystats.text import sentence_context, sentence_starts
from surveystats.text.sentences import CONTEXT_MAX
from surveystats.text.words import SCALE_PHRASE, scale_value

if TYPE_CHECKING:  # pragma: no cover
    from surveystats.documents import Document

__all__ = [
    "KINDS",
    "NUMBER_COLUMNS",
    "UNICODE_HYPHENS",
    "Fact",
    "empty_numbers",
    "extract_numbers",
    "hyphenate_number_words",
    "number_columns",
    "scan_text",
]

PARAGRAPH_FIELDS = ("paragraph", "kind", "number", "start", "end", "text")
MARKER_FIELDS = ("paragraph", "start", "end", "raw", "footnote")

# The table's columns and dtypes are declared once, in surveystats.schema.
NUMBER_COLUMNS: dict[str, str] = {c.name: c.dtype for c in schema.NUMBERS.columns}
# The fields of a Fact that are columns of the table, in the table's order.
_FACT_COLUMNS = [name for name in NUMBER_COLUMNS if name in Fact.__slots__]
_FACT_FIELDS = attrgetter(*_FACT_COLUMNS)

# "12." that opens a paragraph, or a quoted one ("“1. Calls for strict respect ...").
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*[“\"]?[ \t]?(\d{1,3})\.(?=\s)")
# A footnote's number: "12 Ibid.", or "12/ Ibid." as the records of the 1960s to 1990s
# write it.
_FOOTNOTE_NUMBER = re.compile(r"[ \t]*(\d{1,3})(?=/?[ \t])")
_LOCATOR_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,3})*")
_LIST_JOIN = re.compile(r"^(?:,\s*|,?\s+and\s+|\s+to\s+|[-–])$")
_AFTER_DATE = re.compile(r",?[ \t]*\n?[ \t]*$")
# "10, Reaffirms" (an operative paragraph, its full stop misread), "132.\tThe"
_OPERATIVE_NEXT = re.compile(r",[ \t]+[A-Z][a-z]+s\b|\.\t[A-Z]")
# "(S/11052/Rev.1 32 dated ...)", "on 8 December 1978 (S/12958), 7 on 26 April"
_AFTER_SYMBOL = re.compile(r"\)?,?[ \t]*\n?[ \t]*$")
_REFERENCE_DATE = re.compile(r"\s+of\s+$")
# What follows a count: a word naming what is counted (not a function word, an adverb,
# or a verb that goes on with the clause: "of 19 March 1978 31 confirmed by resolution
# 426 (1978)", "of 2 April 1992 44 submitted pursuant to", "paragraphs 7 and 8 thereof",
# "Articles 14 and 15 read with", "paragraphs 2 and 3 provide that").
_COUNTED_NEXT = re.compile(
    r"\s+(?!(?:and|as|to|which|relating|stating|calling|made|of|in|on|by|for|with|from|that"
    r"|the|a|an|is|was|were|has|had|have|concerning|regarding|addressed|transmitting|below"
    r"|above|dated|entitled|should|shall|will|would|must|may|might|can|could|be|are|not"
    r"|respectively|inclusive|thereof|therein|hereto|relative|represents?|constitutes?"
    r"|read|provide|state|stipulate|require|refer|apply|specify|deal|establish|contain"
    r"|[a-z]+ly|[a-z]{2,}(?:ed|ing)\s+(?:by|pursuant|to|between|that|the|his|its|their"
    r"|under|with))\b)[a-z]"
)
# Between the two ends of a range: a hyphen or en dash, "to", "through", or "and" (after
# "between").
# A tilde between two numbers, as East Asian usage writes a range ("20~100").
_RANGE_JOIN = re.compile(r"[ \t]?[-–−~][ \t]?|-?\s+(?:to|through|and|or)\s+")  # "8- to 16-metre"
# Between a value and its margin: "45 ± 3 per cent", "2.1 +/- 0.4".
_MARGIN_JOIN = re.compile(r"[ \t]?(?:±|\+/[-−])[ \t]?")
# "rose from 20 to 25 per cent" is a change between two values, not a range.
_CHANGE_VERB = (
    r"\b(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|f[ae]ll(?:s|en|ing)?|decreas(?:e|es"
    r"|ed|ing)|declin(?:e|es|ed|ing)|dropp(?:ed|ing)|drops?|gr[eo]w(?:s|n|ing)?|went|goes"
    r"|climb(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|jump(?:s|ed|ing)?"
    r"|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|shift(?:s|ed|ing)?|expand(?:s|ed|ing)?"
    r"|cut|lower(?:s|ed|ing)?|improv(?:e|es|ed|ing)|slow(?:s|ed|ing)?|accelerat(?:e|es|ed"
    r"|ing)|up|down)(?:\s+[a-z]+ly)?"
)
_CHANGE_FROM = re.compile(rf"{_CHANGE_VERB}\s+from\s+$", re.IGNORECASE)
# "grew by 12,000 to 1.4 million": the size of a change, then the level it reached.
_CHANGE_BY = re.compile(
    rf"{_CHANGE_VERB}\s+by\s+(?:(?:about|some|nearly|almost|around|over|roughly)\s+)?$",
    re.IGNORECASE,
)
# After "by", ends this many times apart are a change and its level ("by 12,000 to 1.4
# million"), no range of the change ("by 5 to 10 per cent").
_CHANGE_BY_RATIO = 10
_SCALE_WORD = re.compile(rf"(?i)\b({SCALE_PHRASE})")
# After a count whose noun is elided ("five were partially in favour", "to 1, with"): the
# clause goes on with a verb, or ends.
_ELIDED_NEXT = re.compile(
    r"\s*(?:[,;.()]|$)|\s+(?:were|was|are|is|had|have|has|did|do|voted|abstained|replied"
    r"|responded|answered|said|stated|indicated|reported|supported|opposed|favoured|favored"
    r"|preferred|agreed|disagreed|considered|expressed|chose|rejected|accepted|against"
    r"|in\s+favou?r|and|while|each)\b"
)
_SPAN = attrgetter("start", "end")
# A fraction that counts the noun after it: a ratio ("9 out of 10 States", "one in five
# children") or a whole and a part ("two and a half years"), not "two thirds majority".
_COUNTING_FRACTION = re.compile(r"\s(?:out\s+of|in|and)\s")
# A period named before "and a half" ("a year and a half and more") counts nothing after.
_PERIOD_FRACTION = re.compile(
    r"(?i)(?:an?\s+)?(?:year|decade|hour|month|week|day|centur(?:y|ie))s?\b"
)
_INHERIT_REACH = 300  # characters: how far back an enumeration's noun is looked for


def _paragraph_lead(text: str, paragraph_kind: str | None) -> Fact | None:
    """A footnote's leading number (its marker) or a paragraph's leading "12." number."""
    if paragraph_kind == "footnote":
        lead = _FOOTNOTE_NUMBER.match(text)
        if lead:
            s, e = lead.span(1)
            return Fact(s, e, "footnote_marker", float(lead.group(1)), marker_source="listed")
        return None
    lead = _PARAGRAPH_NUMBER.match(text)
    if lead:
        s, e = lead.span(1)
        return Fact(s, e + 1, "paragraph_number", float(lead.group(1)))  # with its "."
    return None


def _candidates(text: str, position: int = 0) -> list[int]:
    """Where a match of the lexicon may start in ``text`` from ``position`` on, in order.

    NUMBER_PATTERN.finditer would give the same matches; trying it only where a match can
    start (digits, capitals, currency signs, number words) is several times faster.
    """
    starts = [m.start() for m in CANDIDATE_PATTERN.finditer(text, position)]
    starts += [m.start(1) for m in WORD_CANDIDATE_PATTERN.finditer(text, position)]
    if WORD_START_PATTERN.match(text, position):
        starts.append(position)
    starts.sort()
    return starts


# Between paragraphs when their candidates are found in one pass (_paragraph_candidates).
# No candidate pattern reads or consumes across two line breaks (one is not enough: "US"
# at the end of one paragraph would take the "$" that starts the next), so every paragraph
# gets the candidates it would get alone (tested), only without two searches of its own.
_PARAGRAPH_GAP = "\n\n"


def _paragraph_candidates(texts: Sequence[str]) -> list[list[int]]:
    """:func:`_candidates` of every text, from one pass over them all (offsets in each).

    Most of a document's paragraphs are short and many hold no number: two searches per
    paragraph cost more in setting up than in searching. The texts are joined with
    ``_PARAGRAPH_GAP``, searched once, and the starts cut back into paragraphs by offset.
    """
    joined = _PARAGRAPH_GAP.join(texts)
    every = _candidates(joined)
    out: list[list[int]] = []
    offset, i = 0, 0
    for text in texts:
        end = offset + len(text)
        j = bisect_left(every, end, i)
        out.append([start - offset for start in every[i:j]] if j > i else [])
        offset, i = end + len(_PARAGRAPH_GAP), j
    return out


def _read_shapes(text: str, position: int, starts: list[int]) -> list[Fact]:
    """Step 1: every match of the lexicon from ``position`` on, read by its reader.

    ``starts`` are where a match may start (:func:`_candidates`).
    """
    match = NUMBER_PATTERN.match
    facts: list[Fact] = []
    pos = position
    for start in starts:
        if start < pos:
            continue
        m = match(text, start)
        if m is not None:
            read = read_match(text, m)
            facts.extend(read)
            pos = max(m.end(), read[-1].end) if read else m.end()
    return facts


# The subdivision that ends a locator's value ("paragraph 3 (c)").
_PLACE_SUBDIVISION = re.compile(r" \([^)]*\)$")
# What a fact may be linked to by the one after it (see _link_lists).
_LINKED_AFTER = frozenset(["reference", "locator", "date", "date_range", "symbol"])


def _link_lists(text: str, facts: list[Fact]) -> list[Fact]:
    """Step 2a: what a fact means next to the one before it.

    - A number listed right after a keyword reference or locator ("resolutions 1441 and
      1483", "paragraphs 5 to 14", "resolutions 5/1 and 5/2") takes its keyword, and a
      locator its subdivision ("paragraphs 3 (c) and 4 (b)").
    - A short number right after a date or a document symbol and not followed by what it
      counts is a footnote marker the document did not list ("dated 13 November 1979 97
      and ...", "(S/11052/Rev.1 32 dated ...").
    - A reference followed by "of <date>" records that date.
    """
    out: list[Fact] = []
    for fact in facts:
        if out and out[-1].kind in _LINKED_AFTER:  # the kinds each case below starts from
            prev = out[-1]
            between = text[prev.end : fact.start]
            raw = text[fact.start : fact.end]
            place = str(prev.value_text)
            if prev.kind == "locator":
                place = _PLACE_SUBDIVISION.sub("", place)
            key, _, prev_number = place.rpartition(" ")
            if (
                prev.kind in ("reference", "locator")
                and _LIST_JOIN.match(between)
                and (prev.kind == "locator" or between not in ("-", "–"))
                and (
                    (fact.kind == "count" and _LOCATOR_NUMBER.fullmatch(raw)
                     and _LOCATOR_NUMBER.fullmatch(prev_number))
                    or (fact.kind == "fraction" and "/" in raw and prev.kind == "reference")
                )
                and (not _COUNTED_NEXT.match(text, fact.end) or _both_dotted(prev, raw))
            ):  # fmt: skip
                number = str(int(raw)) if prev.kind == "reference" and raw.isdigit() else raw
                end = fact.end
                sub = SUBDIVISION.match(text, end) if prev.kind == "locator" else None
                if sub is not None and not sub.group(1).isdigit():  # "(6)" is a fact of its own
                    end, number = sub.end(), f"{number} ({sub.group(1)})"
                fact = Fact(fact.start, end, prev.kind, value_text=f"{key} {number}")
            elif (
                fact.kind == "count"
                and prev.kind in ("date", "date_range", "symbol")
                and raw.isdigit()
                and len(raw) <= 3
                and (_AFTER_DATE if prev.kind != "symbol" else _AFTER_SYMBOL).match(between)
                and not (prev.kind == "symbol" and text.startswith(".", fact.end))
                and not _COUNTED_NEXT.match(text, fact.end)
            ):
                source = "after_symbol" if prev.kind == "symbol" else "after_date"
                fact = Fact(fact.start, fact.end, "footnote_marker", fact.value,
                            marker_source=source)  # fmt: skip
            elif (
                fact.kind == "date"
                and prev.kind == "reference"
                and _REFERENCE_DATE.match(between)
                and prev.reference_date is None
            ):
                prev.reference_date = fact.date
        out.append(fact)
    return out


def _listed_days(text: str, facts: list[Fact]) -> None:
    """Step 2b: days listed before a date take its month and year, in place.

    "the reports of 3, 11 and 22 March 1993": "11 and 22 March 1993" are read as two
    dates; the "3" before them, joined by a comma and earlier in the month, is the third
    ("Of the 25, 3 May ..." is no list).

    Examples
    --------
    >>> text = "the reports of 3, 11 and 22 March 1993"
    >>> [(text[f.start : f.end], f.value_text) for f in scan_text(text)]
    [('3', '1993-03-03'), ('11', '1993-03-11'), ('22 March 1993', '1993-03-22')]
    """
    for i in range(len(facts) - 2, -1, -1):
        fact, following = facts[i], facts[i + 1]
        if (
            fact.kind == "count"
            and following.kind == "date"
            and fact.end - fact.start <= 2
            and 1 <= (fact.value or 0) <= 31
            and text[fact.start : fact.end].isdigit()
            and text[following.start].isdigit()
            and _DAY_OF.fullmatch(str(following.value_text))
            and (fact.value or 0) < int(str(following.value_text)[-2:])  # in order
            and _DAY_LIST_JOIN.fullmatch(text, fact.end, following.start)
        ):
            iso = f"{str(following.value_text)[:-2]}{int(fact.value or 0):02d}"
            facts[i] = Fact(fact.start, fact.end, "date", value_text=iso,
                            date=iso if iso[0] != "-" else None)  # fmt: skip


# A day's date ("1993-03-11", "--03-11"), and the comma between two days of a list.
_DAY_OF = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")
_DAY_LIST_JOIN = re.compile(r",[ \t]?\n?[ \t]*")


def _both_dotted(prev: Fact, raw: str) -> bool:
    """Whether a locator and the number after it are both numbered with a point.

    "regulations 5.4 and 5.5 govern": a decimal after a locator numbered so is the next
    place in the text, whatever word follows it (a count would not be written "5.5").
    """
    return "." in raw and "." in str(prev.value_text).rsplit(" ", 1)[-1]


def _line_leads(text: str, facts: list[Fact]) -> list[Fact]:
    """Step 2b: a short number that starts a line and is no count.

    - Before a number in words that starts the line's sentence, or before a citation
      ("Ibid.", "Official Records", "See", "Document"), it is a footnote marker: "14 One
      member (China) did not participate in the voting.", "2 Ibid., First Year" (the
      footnotes of Security Council resolutions, their markers on the same line).
    - Before a comma and an operative verb, it is a paragraph number a scan misread:
      "10, Reaffirms its resolution"; so it is before a full stop and a tab ("132.\tThe")
      and, after a line that ends a sentence, before a full stop and a capital ("119.
      Taken as a whole").
    - Alone on its line, after a line of prose that does not lead up to a number and
      before a blank line or the end of the paragraph, it is the number of a page left in
      the text, and no fact: "... importance of the\n29\n \nUnited Nations".
    """
    out: list[Fact] = []
    for i, fact in enumerate(facts):
        if fact.kind == "count" and not fact.in_words and _starts_line(text, fact.start):
            raw = text[fact.start : fact.end]
            if raw.isdigit() and len(raw) <= 3:
                following = facts[i + 1] if i + 1 < len(facts) else None
                if (
                    following is not None
                    and following.in_words
                    and text[following.start].isupper()
                    and not text[fact.end : following.start].strip()
                ) or _CITATION_NEXT.match(text, fact.end):
                    fact.kind, fact.marker_source = "footnote_marker", "line_start"
                    fact.decimals = None
                elif _OPERATIVE_NEXT.match(text, fact.end) or (
                    _NUMBERED_NEXT.match(text, fact.end) and _after_sentence(text, fact.start)
                ):
                    fact.kind, fact.decimals = "paragraph_number", None
                elif _is_page_number(text, fact.start, fact.end):
                    continue
        out.append(fact)
    return out


def _document_markers(text: str, facts: list[Fact]) -> None:
    """Step 2c: a short number right after the name of a document is its marker, in place.

    "Having considered the report 70 of the Special Committee", "the replies 26 to his
    previous appeals", "the General Armistice Agreement 26 between Israel and Lebanon",
    "the Secretary-General 60 with regard to": a scan keeps the raised number of the
    footnote that cites a report, letter or agreement where the name ends. A count stands
    before what it counts, never between a document and the words that go on with the
    clause. A numbered document ("ILO Convention 182 on", "Recommendation 190") is no
    such name.

    The marker of a footnote that cites a letter or an application stands after the name
    of its sender as well ("the application of Antigua and Barbuda 71 for admission", "the
    Permanent Representative of Lebanon, 57 the Permanent Representative of ...", "the
    Interim Force in Lebanon 39 and noting"), where the clause goes on with words no count
    of a breakdown is followed by ("Africa 12 and Asia 8", "Africa 12, Asia 8" stay
    counts). Two or three markers may follow one name ("by France, 162 165 the United
    Kingdom").

    Examples
    --------
    >>> text = "Taking note of the report 70 of the Special Committee"
    >>> [(f.kind, f.marker_source) for f in scan_text(text)]
    [('footnote_marker', 'after_document')]
    >>> text = "the application of Antigua and Barbuda 71 for admission"
    >>> [(text[f.start : f.end], f.kind) for f in scan_text(text)]
    [('71', 'footnote_marker')]
    >>> text = "the letters from France, 162 165 the United Kingdom"
    >>> [(text[f.start : f.end], f.kind) for f in scan_text(text)]
    [('162', 'footnote_marker'), ('165', 'footnote_marker')]
    """
    for i, fact in enumerate(facts):
        if not (
            fact.kind == "count"
            and not fact.in_words
            and fact.end - fact.start <= 3
            and text[fact.start : fact.end].isdigit()
        ):
            continue
        if (
            _DOCUMENT_BEFORE.search(text, max(0, fact.start - 20), fact.start)
            and _CLAUSE_GOES_ON.match(text, fact.end)
        ) or _after_name(text, fact.start, _marker_end(text, facts, i), fact.end):
            fact.kind, fact.marker_source = "footnote_marker", "after_document"
            fact.decimals = None
        elif (
            i
            and facts[i - 1].kind == "footnote_marker"
            and _MARKER_JOIN.fullmatch(text, facts[i - 1].end, fact.start)
        ):
            fact.kind, fact.marker_source = "footnote_marker", facts[i - 1].marker_source
            fact.decimals = None


def _marker_end(text: str, facts: list[Fact], i: int) -> int:
    """Where a run of short numbers that starts with ``facts[i]`` ends ("162 163 164")."""
    end = facts[i].end
    for fact in facts[i + 1 : i + 3]:
        if not (
            fact.kind == "count"
            and fact.end - fact.start <= 3
            and text[fact.start : fact.end].isdigit()
            and _MARKER_JOIN.fullmatch(text, end, fact.start)
        ):
            break
        end = fact.end
    return end


def _after_name(text: str, start: int, end: int, first_end: int) -> bool:
    """Whether the number(s) ``text[start:end]`` stand between a sender's name and its clause.

    After a run of numbers ("Uganda 4 11 for the"), any word of the clause will do.
    """
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return name is not None and (
        _AFTER_NAME_GOES_ON.match(text, end) is not None
        or (name.group("comma") is not None and _AFTER_NAME_COMMA.match(text, end) is not None)
        or (end > first_end and _AFTER_RUN.match(text, end) is not None)
    )


# The name of a document, or of the author a document is cited by, right before a number.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:reports?|letters?|repl(?:y|ies)|statements?|proposals?|recommendations|[Aa]greements?"
    r"|communications?|communiqué|memorandum|Secretary-General|Council|Commission|Assembly"
    r")[ \t]*\n?[ \t]*$"
)
# A proper name (not a month: "5 March 57" is read after the date; not the first word of
# a sentence), or a name in quotation marks, right before a number, with or without a comma.
_NAME_BEFORE = re.compile(
    r"(?:[a-z,-][ \t]*\n?[ \t]*\b(?!(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)[A-Z][a-z]+|[a-z]”|[a-z]\")"
    r"(?P<comma>,)?[ \t]*\n?[ \t]*$"
)
# After a sender's name, the words of the clause that no count is followed by: an
# article, a relative pronoun, a participle that says what became of the letter or text,
# "for admission", or "and" before no other name and no number ("Israel 4 and under").
_AFTER_NAME_GOES_ON = re.compile(
    r"[ \t]*\n?[ \t]*(?:(?:the|which|for[ ]admission|concerning|regarding|relating|adopted"
    r"|issued|signed|opened|dated|addressed|submitted|transmitted|contained|following|thereby"
    r"|aimed|as[ ]well[ ]as)\b|on[ ]\d"
    r"|and[ \t\n]+(?!(?:the|an?|at|among|from|for|in(?![ ]particular))\b)[a-z]+\b)"
)
# After a name and a comma, "in which" goes on with the clause too ("of Iraq to the United
# Nations, 69 in which he noted"); "Africa 12 in which" may count countries.
_AFTER_NAME_COMMA = re.compile(r"[ \t]*\n?[ \t]*in[ ]which\b")
# After a run of markers, the clause ("162 166\nand the United States", "4 11 for the").
_AFTER_RUN = re.compile(r"[ \t]*\n?[ \t]*(?:and[ \t\n]+)?[a-z]")
# Between two markers of one name: a blank ("162 163").
_MARKER_JOIN = re.compile(r"[ \t]{1,2}\n?|\n")
# What goes on with the clause after a marker: a preposition, a conjunction or a participle
# (not "to" or "and" before another number: "14 to 1" is a vote, "12 and 13" a list).
_CLAUSE_GOES_ON = re.compile(
    r"[ \t]*\n?[ \t]*(?:(?:to|and|or)(?![ \t\n]+\d)|of|between|with|in|on|for|that|which"
    r"|concerning|as|submitted|contained|transmitted|annexed)\b"
)


def _list_labels(text: str, facts: list[Fact]) -> None:
    """Step 2c: "(2)" that labels an item of a list is no count, in place.

    "decides (1) to establish a commission, (2) to request a report and (3) to remain
    seized", "(6) To place himself at the disposal of ...": a number alone in parentheses
    that opens a clause (at the start of a line, after a comma, semicolon, colon, "and" or
    "or", or before "to", "that" or an article) is the label of an item, like a paragraph
    number. A count in parentheses after what it counts stays a count ("Africa (12), Asia
    (8) and Europe (5)").
    """
    for fact in facts:
        if (
            fact.kind == "count"
            and not fact.in_words
            and fact.end - fact.start <= 2  # labels are small; "(2,313) sorties" is a count
            and text[fact.start : fact.end].isdigit()
            and text[fact.start - 1 : fact.start] == "("
            and _LABEL_AFTER.match(text, fact.end)
            and (
                _LABEL_BEFORE.search(text, max(0, fact.start - 12), fact.start)
                or _LABEL_OPENS.match(text, fact.end)
            )
        ):
            fact.kind, fact.decimals = "paragraph_number", None


_LABEL_AFTER = re.compile(r"\)[ \t\n]+[A-Za-z]")
_LABEL_BEFORE = re.compile(r"(?:^|\n|[,;:]|\band|\bor)[ \t\n]*\($")
_LABEL_OPENS = re.compile(r"\)[ \t\n]+(?:to|that|the|a|an)[ \t\n]")


# A citation that opens a footnote: "2 Ibid., First Year", "1 Official Records of ...".
_CITATION_NEXT = re.compile(
    r"[ \t]+(?:Ibid\b|\[bid\b|Idem\b|Official[ ]Records\b|See[ ]|Cf\.|Documents?[ ]"
    r"|Adopted[ ]|Supplement[ ]No)"
)
_NUMBERED_NEXT = re.compile(r"\.[ ]+[A-Z][a-z]")  # "119. Taken"
_BLANK_LINE_NEXT = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z)")
# Words at the end of a line that may end their clause with a number on the next one
# ("adopted by 14 votes to\n1"); a determiner or a quantifier would need a noun after it.
_LEADS_TO_NUMBER = frozenset(
    """to by of than and or with from was were is are be been total totalled numbered
    reached numbering""".split()  # noqa: SIM905
)


def _after_sentence(text: str, start: int) -> bool:
    """Whether the line before ``start`` ends a sentence (or there is none)."""
    before = text[max(0, start - 80) : start].rstrip()
    return not before or before[-1] in '.:;!?)”"'


def _is_page_number(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]``, alone on its line, is a page's number."""
    if not _BLANK_LINE_NEXT.match(text, end):
        return False
    line_end = text.rfind("\n", 0, start)
    if line_end < 0:
        return False
    previous = text[max(0, line_end - 120) : line_end].rsplit("\n", 1)[-1].split()
    return (
        len(previous) >= 3
        and previous[-1].lower().strip(",;:") not in _LEADS_TO_NUMBER
        and not previous[-1][-1:].isdigit()
    )


def _starts_line(text: str, start: int) -> bool:
    """Whether only spaces or tabs stand between ``start`` and the start of its line."""
    i = start
    while i > 0 and text[i - 1] in " \t" and start - i < 8:
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _scale_of(raw: str) -> float:
    scale = _SCALE_WORD.search(raw)
    return scale_value(scale.group(1)) if scale else 1.0


def _join_ranges(text: str, facts: list[Fact]) -> list[Fact]:
    """Step 2c: two quantities joined as a range become one fact with ``low`` and ``high``.

    "10-15 per cent", "between 10 and 15 per cent", "from 5 to 7 million", "20 to 25
    countries": the first end takes the unit and scale of the second. A change ("rose
    from 20 to 25 per cent") and alternatives ("6 or 7 per cent", "2 or 3 million") stay
    two values, the first taking the second's unit and scale, and so do a value and its
    margin ("45 ± 3 per cent", "1.2 +/- 0.3 million"). Ends
    that do not rise ("by 14 to 1") stay two numbers, unless "from" or "between" says
    they are a range and the second end is below zero ("ranged from -18 to -34 degrees",
    "from 5 to -3") or both ends are negative and the second is the larger in size
    ("-0.5 to -1.0 per cent"); "cut by a fifth, from $1.2 billion to $960 million" is a
    change, two values. Numbers chained by hyphens
    ("1-212-963-1234") are a telephone number or a code, not ranges.

    Examples
    --------
    >>> [(f.low, f.high, f.value) for f in scan_text("Tel. 1-212-963-1234")]
    [(None, None, 1.0), (None, None, 212.0), (None, None, 963.0), (None, None, 1234.0)]
    >>> [(f.low, f.high) for f in scan_text("10-15 per cent")]
    [(10.0, 15.0)]
    """
    out: list[Fact] = []
    for fact in facts:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == fact.kind == "fraction":
            _join_fractions(text, out, fact)
            continue
        if (
            prev is None
            or prev.kind not in ("count", "percent", "money")
            or fact.kind not in ("count", "percent", "money")
            or prev.low is not None
            or fact.low is not None
            or prev.value is None
            or fact.value is None
            or (prev.kind != "count" and prev.kind != fact.kind and not _money_end(prev, fact))
            or (prev.unit is not None and prev.unit != fact.unit and not _money_end(prev, fact))
        ):
            out.append(fact)
            continue
        if _MARGIN_JOIN.fullmatch(text, prev.end, fact.start):
            # "45 ± 3 per cent", "1.2 +/- 0.3 million": a value and its margin, in one unit
            if _scale_of(text[prev.start : prev.end]) == 1:
                prev.value *= _scale_of(text[fact.start : fact.end])
            if _money_end(prev, fact):  # "$4.5 ± 0.5 million": the margin is money too
                fact.kind, fact.unit = "money", prev.unit
            else:
                prev.kind, prev.unit = fact.kind, fact.unit
            out.append(fact)
            continue
        join = _RANGE_JOIN.fullmatch(text, prev.end, fact.start)
        if join is None or (join.group().strip() == "and" and not after_between(text, prev.start)):
            out.append(fact)
            continue
        if _HYPHEN_CHAIN_AFTER.match(text, fact.end) or _HYPHEN_CHAIN_BEFORE.search(
            text, max(0, prev.start - 2), prev.start
        ):
            out.append(fact)  # "1-212-963-1234": a telephone number or a code, no range
            continue
        first = prev.value
        second_raw, first_raw = text[fact.start : fact.end], text[prev.start : prev.end]
        scale = _scale_of(second_raw)
        if prev.kind == "money" and fact.kind == "count":
            if scale == 1:
                out.append(fact)  # "$500 to 20 countries": the count is no sum of money
                continue
            fact.kind, fact.unit = "money", prev.unit  # "$4-6 trillion": both ends are money
        scaled = first * scale
        if (
            scale > 1
            and _scale_of(first_raw) == 1
            and (scaled <= fact.value or fact.value <= scaled < 0)  # "-3 to -5 million"
        ):
            first = scaled
        alternative = join.group().strip() == "or"  # "6 or 7 per cent": two values
        if (
            alternative
            or _after_change_from(text, prev.start)
            or _change_then_level(text, prev, first_raw, first, fact.value)
        ):
            # "rose from 20 to 25 per cent": two values, the first in the second's unit
            prev.value, prev.kind, prev.unit = first, fact.kind, fact.unit
            out.append(fact)
            continue
        start = with_from(text, prev.start)
        if start != prev.start and first > fact.value >= 0:
            # "cut by a fifth, from $1.2 billion to $960 million": "from" with ends that
            # fall is a change, two values, the first in the second's unit
            prev.value, prev.kind, prev.unit = first, fact.kind, fact.unit
            out.append(fact)
            continue
        if first == fact.value or (
            first > fact.value and start == prev.start and not fact.value < first < 0
        ):
            # "by 14 to 1": a range runs upwards unless "from" says so, or both ends are
            # negative and it runs up in size ("-0.5 to -1.0 per cent")
            out.append(fact)
            continue
        out[-1] = Fact(
            start, fact.end, fact.kind, low=min(first, fact.value), high=max(first, fact.value),
            unit=fact.unit, decimals=_max_decimals(prev.decimals, fact.decimals),
            in_words=prev.in_words or fact.in_words,
        )  # fmt: skip
    return out


# Between a sum in whole units and its cents or pence: "3 dollars 50 cents", "12 euros and
# 40 cents"; after the count, the minor unit's name.
_MINOR_JOIN = re.compile(r"[ \t]+(?:and[ \t]+)?")
_MINOR_UNIT = re.compile(r"[ \t]+(?:cents|pence)(?![A-Za-z])")


def _join_minor_units(text: str, facts: list[Fact]) -> list[Fact]:
    """Step 2: a sum of money named in words and its cents after it are one sum.

    "3 dollars 50 cents" is $3.50 and "thirteen dollars and forty-five cents" $13.45: a
    count of 1 to 99 cents or pence right after a whole sum with its currency named in
    words. A sum with a sign or a scale ("$3 and 50 cents", "5 million euros and 20
    cents") and a count of cents alone ("50 cents a litre") stay as they are.

    Examples
    --------
    >>> [(f.kind, f.value, f.unit) for f in scan_text("It cost 3 dollars 50 cents.")]
    [('money', 3.5, 'USD')]
    """
    out: list[Fact] = []
    for fact in facts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "money"
            and fact.kind == "count"
            and prev.value is not None
            and fact.value is not None
            and prev.value == int(prev.value)
            and fact.value == int(fact.value)
            and 0 < fact.value < 100
            and not prev.decimals
            and text[prev.end - 1].isalpha()  # the currency named in words, last
            and _SCALE_WORD.search(text, prev.start, prev.end) is None
            and _MINOR_JOIN.fullmatch(text, prev.end, fact.start)
        ):
            unit = _MINOR_UNIT.match(text, fact.end)
            if unit is not None:
                prev.value += fact.value / 100
                prev.end, prev.decimals = unit.end(), 2
                prev.in_words = prev.in_words or fact.in_words
                continue
        out.append(fact)
    return out


_OVER_JOIN = re.compile(r"[ \t]+over[ \t]+")
_OVER_MAX = 1000  # the largest denominator of a fraction said as a division
# After the denominator of "one over three": the end of the clause, no noun it counts.
_OVER_END = re.compile(r"[ \t]*(?:[.,;:!?)\]]|$)")


def _join_over(text: str, facts: list[Fact]) -> list[Fact]:
    """Step 2: a fraction said as a division, "one over three", "1 over twenty-one".

    Two whole counts joined by "over", the first the smaller and the second (up to a
    thousand) ending its clause, are one fraction. A sign before the first is the
    fraction's ("minus one over four" is -1/4). "over" before what is counted is a
    bound or a time ("12 over 3 years", "5 over 2 weeks"), and "8 over 3" (a larger first
    number) a score.

    Examples
    --------
    >>> [(f.kind, f.value_text) for f in scan_text("The ratio is one over three.")]
    [('fraction', '1/3')]
    >>> [(f.kind, f.value) for f in scan_text("It rose by 2 over 3 years.")]
    [('count', 2.0), ('count', 3.0)]
    >>> [(f.kind, f.value_text) for f in scan_text("The slope was minus one over four.")]
    [('fraction', '-1/4')]
    """
    out: list[Fact] = []
    for fact in facts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == fact.kind == "count"
            and prev.unit is None
            and fact.unit is None
            and prev.value is not None
            and fact.value is not None
            and prev.value == int(prev.value)
            and fact.value == int(fact.value)
            and 0 < abs(prev.value) < fact.value <= _OVER_MAX  # not "2 over 3 million"
            and _OVER_JOIN.fullmatch(text, prev.end, fact.start)
            and _OVER_END.match(text, fact.end)
        ):
            top, bottom = int(prev.value), int(fact.value)
            out[-1] = Fact(prev.start, fact.end, "fraction", top / bottom,
                           value_text=f"{top}/{bottom}",
                           in_words=prev.in_words or fact.in_words)  # fmt: skip
            continue
        out.append(fact)
    return out


def _join_fractions(text: str, out: list[Fact], fact: Fact) -> None:
    """Append ``fact`` to ``out``, joined with the fraction before it when they are a range.

    Two fractions joined by "to", or by "and" after "between", with the second the larger
    are one range: "between a third and a half", "from one quarter to one third".

    Examples
    --------
    >>> [(f.low, f.high, f.value_text) for f in scan_text("between a third and a half of them")]
    [(0.3333333333333333, 0.5, '1/3-1/2')]
    >>> [f.value for f in scan_text("a half or a third of them")]
    [0.5, 0.3333333333333333]
    """
    prev = out[-1]
    join = _RANGE_JOIN.fullmatch(text, prev.end, fact.start)
    if (
        join is None
        or join.group().strip() not in ("to", "and")
        or (join.group().strip() == "and" and not after_between(text, prev.start))
        or prev.value is None
        or fact.value is None
        or not prev.value < fact.value
        or _after_change_from(text, prev.start)
    ):
        out.append(fact)
        return
    out[-1] = Fact(
        with_from(text, prev.start), fact.end, "fraction", low=prev.value, high=fact.value,
        value_text=f"{prev.value_text}-{fact.value_text}", in_words=prev.in_words or fact.in_words,
    )  # fmt: skip


# A hyphen and a digit after the second end, or a digit and a hyphen before the first: the
# two numbers are links of a chain ("+1-222-2222-2222"), not the ends of a range.
_HYPHEN_CHAIN_AFTER = re.compile(r"[-–—−]\d")
_HYPHEN_CHAIN_BEFORE = re.compile(r"\d[-–—−]$")


def _money_end(prev: Fact, fact: Fact) -> bool:
    """Whether ``fact`` may be the second end of a range of money that ``prev`` opens.

    "$4-6 trillion", "US$ 10 to 15 million": the currency is written once, before the
    first end, and the scale once, after the second (tested in :func:`_join_ranges`).
    """
    return prev.kind == "money" and fact.kind == "count" and fact.unit is None


def _after_change_from(text: str, start: int) -> bool:
    """Whether a change verb and "from" come right before ``start`` ("rose from 20")."""
    if not text[max(0, start - 6) : start].rstrip().lower().endswith("from"):
        return False
    return _CHANGE_FROM.search(text, max(0, start - 60), start) is not None


def _change_then_level(text: str, prev: Fact, first_raw: str, first: float, second: float) -> bool:
    """Whether "by X to Y" after a change verb is the change and the level it reached.

    So it is where X is written with its own unit or scale ("fell by 2 per cent to 45 per
    cent", "grew by 1.5 million to 7.8 billion") or where Y is many times X ("rose by
    12,000 to 1.4 million"); "increased by 5 to 10 per cent" is a range of the change.

    >>> text = "Enrolment rose by 12,000 to 1.4 million pupils"
    >>> [(f.value, f.low) for f in scan_text(text) if f.kind == "count"]
    [(12000.0, None), (1400000.0, None)]
    """
    if _CHANGE_BY.search(text, max(0, prev.start - 80), prev.start) is None:
        return False
    own_unit = prev.kind == "percent" or prev.unit is not None or _scale_of(first_raw) > 1
    return own_unit or (first > 0 and second > _CHANGE_BY_RATIO * first)


def _max_decimals(first: int | None, second: int | None) -> int | None:
    if first is None or second is None:
        return first if second is None else second
    return max(first, second)


def _describe(text: str, facts: list[Fact], sentences: _Sentences) -> None:
    """Step 3: the qualifier, what is counted and the base of every quantity, in place."""
    for fact in facts:
        if fact.kind not in QUANTITY_KINDS:  # fact.is_quantity, without a call per fact
            continue
        if fact.low is None:
            fact.qualifier = qualifier_of(text, fact.start, fact.end)
        if fact.kind == "count":
            fact.counted, from_partitive = counted_after(
                text, fact.end, fact.value if fact.low is None else fact.high
            )
            if fact.counted is not None:
                fact.counted_inherited = from_partitive
        elif fact.kind in ("percent", "fraction") and fact.unit != "percentage points":
            fact.base = base_after(text, fact.end) or base_before(
                text, sentences.start_of(fact.start), fact.start
            )
            if (
                fact.kind == "fraction"
                and _COUNTING_FRACTION.search(text, fact.start, fact.end)
                and not _PERIOD_FRACTION.match(text, fact.start, fact.end)
            ):
                # "17 out of 18 armed groups", "two and a half years": the noun after it,
                # before any base earlier in the sentence
                fact.counted, _ = counted_after(text, fact.end, None)
            if fact.counted is None and fact.base is not None:
                fact.counted = counted_in_base(fact.base)
            if fact.counted is not None or fact.base is not None:
                fact.counted_inherited = False if fact.counted else None
    _inherit_counted(text, facts, sentences)


def _inherit_counted(text: str, facts: list[Fact], sentences: _Sentences) -> None:
    """A count whose noun is elided takes it from the count before it in its sentence.

    "forty-seven respondents were in favour, five were partially in favour" -> five
    respondents; "by 14 votes to 1, with" -> 1 vote. The noun is marked as inherited.
    """
    previous: Fact | None = None
    for fact in facts:
        if fact.kind != "count":
            continue
        if (
            fact.counted is None
            and previous is not None
            and previous.counted is not None
            and (fact.value == 1 or is_plural(previous.counted.split()[-1]))
            and fact.start - previous.end <= _INHERIT_REACH
            and _ELIDED_NEXT.match(text, fact.end)
            and sentences.start_of(previous.start) == sentences.start_of(fact.start)
        ):
            fact.counted = previous.counted
            fact.counted_inherited = True
        previous = fact


class _Sentences:
    """Sentence starts of one text, found only when first asked for."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        """Where every sentence starts, in order (0 first)."""
        if self._starts is None:
            self._starts = sentence_starts(self._text)
        return self._starts

    def start_of(self, position: int) -> int:
        """Where the sentence holding ``position`` starts."""
        starts = self.starts()
        return starts[bisect_right(starts, position) - 1]


def scan_text(text: str, *, paragraph_kind: str | None = None) -> list[Fact]:
    """Find every structured number in one paragraph of text.

    The lexical layer under :func:`extract_numbers`, usable on any string.

    Parameters
    ----------
    text
        One paragraph (line breaks inside it are fine).
    paragraph_kind
        ``"footnote"`` when the text is a footnote, so that its leading number is read
        as the footnote's marker; otherwise a leading ``"12."`` is read as a paragraph
        number.

    Returns
    -------
    list of Fact
        One :class:`~surveystats.extract.facts.Fact` per number, in order of position,
        with offsets into ``text``; its fields mean what the columns of the same names in
        :func:`extract_numbers` mean.

    Examples
    --------
    >>> text = "forty-seven were in favour and five were partially in favour"
    >>> [(text[f.start : f.end], f.kind, f.value) for f in scan_text(text)]
    [('forty-seven', 'count', 47.0), ('five', 'count', 5.0)]
    >>> [(f.low, f.high, f.unit, f.qualifier) for f in scan_text("about 10-15 per cent")]
    [(10.0, 15.0, 'percent', None)]
    """
    return _scan(text, paragraph_kind, _candidates(text))[0]


def _scan(
    text: str, paragraph_kind: str | None, starts: list[int]
) -> tuple[list[Fact], _Sentences]:
    """:func:`scan_text`, and the sentences of ``text`` (found only if they were needed).

    ``starts`` are the candidates of ``text`` (:func:`_candidates`). A non-breaking or
    Unicode hyphen (U+2011, U+2010, as the UN's web pages write "seventy‑second",
    "12‑month", "COVID‑19") is read as a hyphen; offsets do not move. A count glued to
    the word before or after it ("a recorded vote of20 in favour", "11women") is read
    with a blank between
    (:func:`~surveystats.extract.glued_counts.separate_glued_counts`), its offsets moved
    back into ``text``.
    """
    glued = separate_glued_counts(text)
    if glued.blanks:
        facts, _ = _scan(glued.text, paragraph_kind, _candidates(glued.text))
        glued.restore(facts)
        return facts, _Sentences(text)
    if "\u2011" in text or "\u2010" in text:
        text = text.translate(UNICODE_HYPHENS)
    text = hyphenate_number_words(text)  # "Twenty—eight"
    sentences = _Sentences(text)
    facts: list[Fact] = []
    # A leading number starts with a space, a tab, a quotation mark or a digit (all up to
    # "9", or "“"): most paragraphs start with a letter and need no match.
    lead = _paragraph_lead(text, paragraph_kind) if text[:1] <= "9" or text[:1] == "“" else None
    if lead is not None:
        facts.append(lead)
    facts += _read_shapes(text, lead.end if lead is not None else 0, starts)
    if "://" in text or "www." in text:
        facts = _outside_links(text, facts)
    if "+" in text:
        facts = _outside_phone_numbers(text, facts)
    if not facts:
        return facts, sentences
    if "cents" in text or "pence" in text:
        facts = _join_minor_units(text, facts)
    if " over " in text:
        facts = _join_over(text, facts)
    facts = _join_ranges(text, _line_leads(text, _link_lists(text, facts)))
    _listed_days(text, facts)
    if facts:
        _paragraph_end_marker(text, facts[-1])
    _list_labels(text, facts)
    _document_markers(text, facts)
    _describe(text, facts, sentences)
    return facts, sentences


#: Unicode hyphens (U+2010, U+2011) as "-", for ``str.translate``: one character for one.
UNICODE_HYPHENS = str.maketrans("\u2010\u2011", "--")

# A dash typed for the hyphen of a number in words: "Twenty—eight of the 71 States", as
# records printed on typewriters and their conversions write it. Only between a tens word
# and a unit ("twenty—thirty" stays a range of its own kind).
_DASHED_NUMBER_WORD = re.compile(
    r"(?i)(?<![a-z])(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?P<dash>[—–])(?=(?:one|two|three|four|five|six|seven|eight|nine|first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth)(?![a-z]))"
)


def hyphenate_number_words(text: str) -> str:
    """``text`` with a dash inside a number in words written as its hyphen; same length.

    >>> hyphenate_number_words("Twenty—eight of the 71 States; 1990–1995")
    'Twenty-eight of the 71 States; 1990–1995'
    """
    if "—" not in text and "–" not in text:
        return text
    return _DASHED_NUMBER_WORD.sub(lambda match: match.group()[:-1] + "-", text)


def _outside_links(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts that are not inside a web address: "30%25" in a query string is no share.

    Examples
    --------
    >>> text = "See https://example.org/a?id=305&q=30%25 (accessed 5 May 2020), page 4."
    >>> [text[f.start : f.end] for f in scan_text(text)]
    ['5 May 2020', '4']
    """
    links = [m.span() for m in _LINK.finditer(text)]
    return [f for f in facts if not any(s <= f.start < e for s, e in links)]


# A web address: from its scheme or "www." to the next space, bracket or quotation mark
# (a full stop or comma that ends the sentence is not part of it).
_LINK = re.compile(r"(?:\b[A-Za-z][A-Za-z+.-]*://|\bwww\.)[^\s<>()\[\]\"']*[^\s<>()\[\]\"'.,;:]")


def _outside_phone_numbers(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts that are not inside a telephone number written with its country code.

    A contact line ("tel.: +1 212 963 1234", "+41 22 917 9000", "+1-212-963-1234") holds
    no quantity. A number is one when its groups, joined by spaces or hyphens after "+"
    and the country code, hold eight digits or more and are not all groups of three: "+12
    345 678" is a signed number with its thousands spaced.

    Examples
    --------
    >>> text = "Contact: tel. +1 212 963 1234, fax +41 22 917 9000; 3 staff."
    >>> [text[f.start : f.end] for f in scan_text(text)]
    ['3']
    """
    phones = [m.span() for m in _PHONE.finditer(text) if _is_phone_number(m.group())]
    if not phones:
        return facts
    kept, spans = [], iter(phones)
    span_start, span_end = next(spans)
    for fact in facts:  # both in order of position: one walk
        while fact.start >= span_end:
            span_start, span_end = next(spans, (len(text) + 1, len(text) + 1))
        if not span_start <= fact.start < span_end:
            kept.append(fact)
    return kept


# "+", a country code, then two to five groups of digits joined by spaces or hyphens (an
# area code may stand in brackets), and an extension after a slash.
_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ -]\(?\d{1,5}\)?){2,5}(?:/\d{1,5})?(?!\w)")


def _is_phone_number(written: str) -> bool:
    groups = re.findall(r"\d+", written)
    return sum(map(len, groups)) >= 8 and any(len(group) != 3 for group in groups[1:])


def _paragraph_end_marker(text: str, fact: Fact) -> None:
    """Step 2c: a short number that ends a paragraph after a clause is a footnote marker.

    Scanned resolutions keep the marker of a footnote where the clause it annotates ends:
    "Having examined the application of the Republic of Tajikistan for admission to the
    United Nations, 380" (a preambular clause ends with a comma, never with a count), "...
    of 1 July 1968; 62", "... resolution 687 (1991); 66" (an operative clause ends with a
    semicolon), "... at the earliest possible moment. 171" (a sentence, with a full stop).
    Not after a voting role ("Against, 3"), an abbreviation ("para. 15"), or at the end of
    a list of numbers.

    Examples
    --------
    >>> facts = scan_text("Taking note of the report of the Secretary-General, 124")
    >>> [(f.kind, f.marker_source) for f in facts]
    [('footnote_marker', 'paragraph_end')]
    >>> [f.kind for f in scan_text("The figures were 12, 15 and 124.")]
    ['count', 'count', 'count']
    >>> [f.kind for f in scan_text("of 10 April 1972; 61")]
    ['date', 'footnote_marker']
    """
    raw = text[fact.start : fact.end]
    if not (fact.kind == "count" and raw.isdigit() and len(raw) <= 3) or text[fact.end :].strip():
        return
    before = _CLAUSE_BEFORE_MARKER.search(text, max(0, fact.start - 40), fact.start)
    if before is None:
        return
    word = (before.group("word") or "").lower()
    if word in _VOTE_WORDS or (before.group("stop") == "." and word in _ABBREVIATIONS):
        return
    fact.kind, fact.marker_source, fact.decimals = "footnote_marker", "paragraph_end", None


# A clause that ends with a word or a closing parenthesis and a comma, a semicolon or a
# full stop ("United Nations, ", "(1991); ", "immediately. "), or with a year and a
# semicolon ("of 1 July 1968; "); not a number and a comma or full stop ("12, 15").
_CLAUSE_BEFORE_MARKER = re.compile(
    r"(?:(?P<word>[A-Za-z]{3,})|\)|(?<=\d)(?=;))(?P<stop>[,;.])[ \t]*\n?[ \t]*$"
)
_VOTE_WORDS = frozenset(["favour", "favor", "against", "abstentions", "abstaining", "total"])
# Abbreviations a number follows: "para. 15", "vol. 3", "Suppl. 2".
_ABBREVIATIONS = frozenset(
    ["para", "paras", "vol", "vols", "art", "arts", "chap", "sect", "suppl", "add", "corr",
     "rev", "nos", "fig", "figs", "sess", "mtg", "ref", "ser", "annex"]
)  # fmt: skip


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by NUL characters, so offsets do not move.

    NUL rather than spaces, so that nothing reads across a blanked footnote marker.
    """
    if not spans:
        return text
    pieces = []
    last = 0
    for s, e in sorted(spans):
        pieces.append(text[last:s])
        pieces.append("\x00" * (e - s))
        last = e
    pieces.append(text[last:])
    return "".join(pieces)


_NOT_DIGIT = re.compile(r"\D")


def empty_numbers() -> pd.DataFrame:
    """An empty numbers table with the typed columns of :func:`extract_numbers`."""
    return schema.empty_table("numbers")


def extract_numbers(doc_or_text: Document | str) -> pd.DataFrame:
    """Every structured number in a document, one row per mention.

    Parameters
    ----------
    doc_or_text
        A :class:`~surveystats.documents.Document`, or a string, which is parsed with
        :func:`~surveystats.documents.parse_document` first (so page furniture and the
        ODS header are removed and footnote markers are known). A string that holds
        nothing but what would be removed as page furniture ("1") is read as it is; an
        empty string has no numbers.

    Returns
    -------
    pandas.DataFrame
        One row per mention, in order of position, with columns (the same, typed, when
        there are no rows):

        - ``paragraph`` (Int64): the paragraph number in ``Document.paragraphs``.
        - ``start``, ``end`` (int64): offsets in ``Document.text``;
          ``text[start:end] == raw``.
        - ``raw`` (string): the characters as written, with the sign ("−1.5 per cent"),
          the article ("a third") and the "between"/"from" of a range.
        - ``kind`` (category): ``count`` (cardinals in digits or words), ``percent``,
          ``fraction`` ("two thirds", "one in five", "3/4", "2½"), ``ordinal``, ``date``,
          ``date_range``, ``year`` (a year or a decade), ``time`` (of day: "3 p.m."),
          ``money``, ``reference`` (resolutions and decisions), ``symbol`` (document
          symbols and sales numbers), ``locator`` (a place in a text: "Article 93",
          "paragraph 4 (b)", "annex III", "Chapter VII", "chap. I, resolution 1"),
          ``footnote_marker`` or
          ``paragraph_number``. Only ``count``, ``percent``, ``fraction`` and ``money``
          are quantities.
        - ``value`` (Float64): the number with its sign as written: count, percent,
          fraction (2/3 as 0.666...), money in units ("$2.3 million" is 2300000.0),
          ordinal, year (1976.0), footnote_marker and paragraph_number; missing for a
          range and for kinds without a numeric value.
        - ``low``, ``high`` (Float64): the ends of a range ("10-15 per cent", "between 5
          and 7 million"), in the range's unit; missing otherwise.
        - ``value_text`` (string): the exact text form: ISO 8601 for dates ("2001-12-21",
          "--09-26" without a year, "2000-09" for a month) and ranges
          ("1999-04-21/1999-04-23", "2012/2013"), a year ("1976") or decade
          ("1990/1999"), a time ("15:00"), an exact fraction ("2/3", "3/2" for "one and a
          half"), a normalised reference ("resolution 49/127", "decision 1995/313",
          "resolution 217 A (III)"), symbol or locator.
        - ``qualifier`` (category): how the text qualifies a quantity: approximately
          ("about", "some"), more_than ("more than", "over"), at_least ("at least", "or
          more"), less_than ("fewer than", "nearly", "almost") or at_most ("up to", "no
          more than"); missing when stated as exact.
        - ``unit`` (string): "percent" or "percentage points" for percentages, an ISO
          4217 code ("USD") for money, "decade" for a decade, a physical unit written as
          a symbol ("km2", "kg"); missing otherwise.
        - ``decimals`` (Int64): decimal places as written, for count, percent and money
          ("45.0 per cent" has 1; a number in words has 0); missing for other kinds.
        - ``counted`` (string): what a quantity counts: the noun phrase after a count
          ("78 Member States" -> "Member States"), or the base of a share without its
          determiner ("the 78 respondents" -> "respondents"), or the noun after a
          ratio or a whole and a part ("17 out of 18 armed groups" -> "armed groups",
          "two and a half years" -> "years").
        - ``counted_inherited`` (boolean): ``counted`` was not written after the number
          but taken from the enumeration it belongs to ("forty-seven respondents ...,
          five were partially in favour": five respondents) or from "N of the M
          <nouns>"; missing when ``counted`` is missing.
        - ``base`` (string): for a percentage or fraction, the phrase naming what it is a
          share of: after it ("of the full United Nations membership") or before it
          ("Among the 78 respondents, 60.3 per cent"); missing for percentage points.
        - ``date``, ``date_end`` (datetime64[ns]): the day of a full date; the first and
          last days of a range of full dates.
        - ``reference_date`` (datetime64[ns]): for a reference followed by "of <date>"
          ("resolution 49/127 of 19 December 1994"): that date (also a row of its own).
        - ``in_words`` (boolean): the number is written (partly) in words.
        - ``marker_source`` (category): for footnote markers, how it was recognised:
          listed (in ``Document.footnote_markers``), glued (digits glued to a word:
          "Women4", "Cairo,1", or to a year: "10 September 19906" is 1990 and marker 6),
          after_date or after_symbol (a short number right after a date or a document
          symbol and not followed by what it counts: "(S/11052/Rev.1 32 dated"),
          after_document (a short number between the name of a document, or of the
          sender of a letter, and the words that go on with the clause: "the report 70
          of the Special Committee", "the application of Palau 45 for admission"),
          line_start (a number that starts a line before a number in words or a
          citation: "14 One member (China) did not participate in the voting", "2 Ibid.,
          First Year") or paragraph_end (a short number ending a paragraph after a
          comma, a semicolon or a full stop: "... for admission to the United Nations,
          380").
        - ``sales_number`` (boolean): the symbol is a United Nations sales number
          ("E.95.XIII.18").
        - ``context`` (string): the sentence the mention is in; a sentence longer than
          400 characters (a whole preambular paragraph) is cut to about 160 characters
          either side of the mention, the cuts marked "…".

    Raises
    ------
    ExtractionError
        When ``doc_or_text`` is neither a string nor a Document.

    Notes
    -----
    Numbers that are part of a symbol, reference, date, time, ordinal, locator or
    footnote marker are never also reported as counts, and spans never overlap. Footnote
    markers listed in ``Document.footnote_markers`` are blanked before scanning, so
    "Women4" reads as a word and a marker, never as a count. A count glued to the function
    word before it ("a recorded vote of20 in favour", "by 14 votes to3,") or to the plural
    noun it counts ("11women", "12States") is read as if a blank stood between them
    (:mod:`surveystats.extract.glued_counts`), its ``raw`` the digits alone; digits glued
    to any other letters ("CO2", "G77", "A4", "ISO9001", "1990s", "21st", "km2") are not.

    Some numbers are deliberately not reported: numbers in names ("Group of 77", "the
    Group of Eight", "Agenda 21", "the 2030 Agenda", "COVID-19", "G-20", "the 661
    Committee"), ordinals in names ("Fourth World Conference", "Second Committee": a
    capitalised ordinal before a capitalised word), a scale word alone ("per
    thousand"), "half" of a period ("the second half of 2001"), the parts of hyphenated
    compounds ("five-year"), the digits of a web address or of a telephone number with
    its country code ("+1 212 963 1234") and "10" where a scan misread "to" ("all States
    10 refrain from").

    "one" is a count when it counts something once ("one member", "one of the 15
    members"), not when it is a pronoun ("one's country", "the sixth one", "no one",
    "one another", "One suspects", "how can one"), picks an unspecified member of a set
    whose size is not stated ("one of the main challenges", "one of the permanent
    members") or is part of an idiom ("at one time or another", "it is one thing ...
    another", "One day the people will ..."). An ordinal word is a rank when it modifies
    a noun or follows a determiner ("the first session", "fifty-third session", "its
    third"); an adverbial or idiomatic one is not ("first of all", "at first", "to act
    first", "should first be", "First, ...", "in the first place", "second to none",
    "third world"). Roman numerals are locators after a word naming a part of a text
    ("annex III", "Chapter VII") and never numbers elsewhere ("Protocol I").

    A four-digit year from 1600 to 2100 is a year ("by 2100", "in mid-2003", "the 1999
    sessions"), a count only before a plural noun with no determiner ("2000 soldiers";
    "2,100 people" is a count). Spaces separate thousands before what is counted ("30
    000 migrants") and in any group that starts with 0 ("10 000"), never in "20 127",
    where 127 may be a footnote marker. A number that starts a line before a comma and
    an operative verb ("10, Reaffirms") is a paragraph number. A short number alone on
    its line, after a line of prose and before a blank line or the end of the paragraph,
    is a page number left in the text and no fact ("... importance of the\n29\n\nUnited
    Nations").

    A hyphen is a minus sign only where it cannot join two numbers ("-1.5", "(−0.4)");
    "5-13 September" and "10-15 per cent" are ranges. Two dates, years or numbers joined
    by "and" are a range only after "between" ("between 10 and 15 per cent"; "in 1962
    and 1966" are two years), dates also when the days follow each other ("16 and 17
    October 2001"). A change ("rose from 20 to 25 per cent") is two values. A slash
    number is a reference after "resolution" or "decision" or when its first number is
    a session (31 and over), otherwise a fraction when it is below one ("1/40").

    The scan is linear in the length of the text; see
    :mod:`surveystats.extract.lexicon` for the grammar.

    Examples
    --------
    >>> table = extract_numbers("Forty-seven replied, 41 per cent of the membership, in 2001.")
    >>> table[["raw", "kind", "value"]].values.tolist()
    [['Forty-seven', 'count', 47.0], ['41 per cent', 'percent', 41.0], ['2001', 'year', 2001.0]]
    >>> table.base[1]
    'the membership'
    >>> extract_numbers("a two-thirds majority")[["raw", "kind", "value_text"]].values.tolist()
    [['two-thirds', 'fraction', '2/3']]
    """
    return schema.build_table(schema.NUMBERS, number_columns(doc_or_text))


def number_columns(doc_or_text: Document | str) -> dict[str, list[Any]]:
    """:func:`extract_numbers` as plain lists, one per column, before the table is built.

    :mod:`surveystats.extract.bulk` builds one table for many texts from these; building a
    table per text would cost more than reading a sentence.
    """
    from surveystats.documents import is_document

    if isinstance(doc_or_text, str):
        if is_one_plain_line(doc_or_text):
            return _number_columns([_whole_text(doc_or_text)], [])
        return _parsed_columns(doc_or_text)
    if is_document(doc_or_text):
        return _number_columns(_paragraph_rows(doc_or_text), _marker_rows(doc_or_text))
    raise ExtractionError(
        "extract_numbers needs a Document or a str; got "
        f"{type(doc_or_text).__name__} (read files with surveystats.read_document)"
    )


def _parsed_columns(text: str) -> dict[str, list[Any]]:
    """The columns of a text read as :func:`~surveystats.documents.parse_document` reads it."""
    from surveystats.documents import parse_document

    if not text.strip():
        return _number_columns([], [])
    try:
        doc = parse_document(text)
    except DocumentError:
        # Nothing but what page furniture removal takes away ("1", "- 2 -"): a text
        # given as a string is read as it is.
        return _number_columns([_whole_text(text)], [])
    return _number_columns(_paragraph_rows(doc), _marker_rows(doc))


def _whole_text(text: str) -> tuple[Any, ...]:
    """The paragraph row of a text read as one paragraph."""
    return (0, "other", None, 0, len(text), text)


# One line that page furniture removal cannot cut into: no line break (nor what
# normalising line endings and Unicode would change), no blank at either end, and none
# of the pieces removed from inside a line ("[DU1]", "<<ODS ...>>", a masthead, which has
# "Distr."). parse_document makes it one paragraph (the first paragraph is never a
# footnote, so there are no markers) or refuses it as nothing but furniture; either way
# its numbers are those of the text read as one paragraph.
_ONE_LINE = re.compile(
    r"[^\s\ufeff\ud800-\udfff]"
    r"(?:[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ufeff\ud800-\udfff]*[^\s\ufeff\ud800-\udfff])?"
)


def is_one_plain_line(text: str) -> bool:
    """Whether ``text`` may skip the document reader (see ``_ONE_LINE``)."""
    return (
        _ONE_LINE.fullmatch(text) is not None
        and "[DU" not in text
        and "<<ODS" not in text
        and "Distr" not in text
    )


def _number_columns(
    paragraphs: Sequence[tuple[Any, ...]], markers: Sequence[tuple[Any, ...]]
) -> dict[str, list[Any]]:
    marker_spans: dict[int, list[tuple[int, int, str]]] = {}
    for par, s, e, marker, _ in markers:
        marker_spans.setdefault(int(par), []).append((int(s), int(e), str(marker)))
    found: list[Fact] = []  # every fact, its offsets moved into the document's text
    paragraph: list[int] = []
    raw: list[str] = []
    context: list[str] = []
    # The text of each paragraph as it is scanned: listed footnote markers blanked.
    scanned_texts = [p_text for *_, p_text in paragraphs]
    local_markers: dict[int, list[tuple[int, int, str]]] = {}
    for i, (par, _, _, p_start, _, p_text) in enumerate(paragraphs):
        if int(par) in marker_spans:  # most paragraphs have no marker
            local = [(s - int(p_start), e - int(p_start), m) for s, e, m in marker_spans[int(par)]]
            local_markers[i] = local
            scanned_texts[i] = _blank(p_text, [(s, e) for s, e, _ in local])
    candidates = _paragraph_candidates(scanned_texts)
    for i, (par, kind, _, p_start, _, p_text) in enumerate(paragraphs):
        local = local_markers.get(i, ())
        if not candidates[i] and not local:
            continue  # no number can start here (a leading number starts on a candidate)
        par, p_start, scanned = int(par), int(p_start), scanned_texts[i]
        facts, sentences = _scan(scanned, kind, candidates[i])
        for s, e, marker in local:
            digits = _NOT_DIGIT.sub("", marker)
            value = float(digits) if digits else None
            facts.append(Fact(s, e, "footnote_marker", value, marker_source="listed"))
        if not facts:
            continue
        facts.sort(key=_SPAN)
        starts = sentences.starts()
        count, length = len(starts), len(p_text)
        # The numbers of a sentence share its text, unless it is cut around each of them.
        shared_by, shared, first, last, cut = 0, "", 0, 0, False
        for fact in facts:
            s, e = fact.start, fact.end
            i = bisect_right(starts, s)  # the sentence is starts[i - 1]:starts[i]
            if i != shared_by:
                first, last = starts[i - 1], starts[i] if i < count else length
                cut = last - first > CONTEXT_MAX
                shared_by, shared = i, sentence_context(p_text, first, last, s, e)
            elif cut:
                shared = sentence_context(p_text, first, last, s, e)
            context.append(shared)
            raw.append(p_text[s:e])
            fact.start, fact.end = s + p_start, e + p_start
        paragraph += [par] * len(facts)
        found += facts
    # One pass over the facts (a tuple of fields each), turned into columns by zip.
    fields = zip(*map(_FACT_FIELDS, found), strict=True) if found else [[]] * len(_FACT_COLUMNS)
    columns: dict[str, list[Any]] = dict(zip(_FACT_COLUMNS, map(list, fields), strict=True))
    columns.update(paragraph=paragraph, raw=raw, context=context)
    return columns


def _paragraph_rows(doc: Document) -> Sequence[tuple[Any, ...]]:
    """Paragraph rows (paragraph, kind, number, start, end, text) as plain tuples."""
    if hasattr(doc, "paragraph_records"):
        return doc.paragraph_records()
    paragraphs = doc.paragraphs  # a Document-like object: read its table
    return list(zip(*(paragraphs[c].tolist() for c in PARAGRAPH_FIELDS), strict=True))


def _marker_rows(doc: Document) -> Sequence[tuple[Any, ...]]:
    """Footnote marker rows (paragraph, start, end, raw, footnote) as plain tuples."""
    if hasattr(doc, "marker_records"):
        return doc.marker_records()
    markers = getattr(doc, "footnote_markers", None)
    if markers is None or not len(markers):
        return []
    return list(zip(*(markers[c].tolist() for c in MARKER_FIELDS), strict=True))
