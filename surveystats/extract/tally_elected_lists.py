"""Lists of those elected, each with its votes, after the colon that announces them.

Press releases on elections to treaty bodies and tribunals list the winners after a clause
of their election and a colon, one item a candidate, items apart by semicolons: "the
following candidates were elected to the Tribunal: Ms. Huang (China) from the Asian Group,
with 141 votes; Mr. Koval (Ukraine) from the Eastern European Group, with 143 votes; and
Ms. Diallo (Senegal) from the African Group, with 142 votes". An item may pair names with
counts "respectively" ("Mr. Ruiz (Peru) and Ms. Vega (Chile) from the Latin American and
Caribbean Group, with 142 votes and 137 votes, respectively").

The reader rests on the structure, not on the words of each item: a colon closing a clause
that says who was elected; then items up to the end of the sentence, every one of them a
name in capitals (its country in parentheses) and, after what it was elected from, "with"
and its count of votes. One item that is no such candidate leaves the list unread, and so
does a list of one.

How the tally represents them: kind ``"vote"``, one part per candidate named as written
("Ms. Huang (China)"), no total (the seats are several and each voter marks several
names).

:func:`find_elected_lists` pays a substring test per paragraph ("elected", ":" and
" votes") and reads each announcing colon once: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import COUNT_PATTERN, Part, Tally, read_count

__all__ = ["find_elected_lists"]

_FLAGS = re.IGNORECASE | re.VERBOSE
_GAP = r"\s{1,3}"
# The clause that announces the list, its colon at the end: "the following candidates were
# elected to the Tribunal for nine-year terms beginning on 1 October 2011:", "The Meeting
# elected the following:", "Those re-elected were:".
_ANNOUNCED = re.compile(
    r"""\b(?:re-?)?elected\b[^.;:!?]{0,200}?:\s{0,3}\n?\s{0,3}""",
    re.IGNORECASE,
)
# A name in capitals, its particles in lower case, its country in parentheses after it.
_NAME = r"""
    (?-i:[A-Z])[\w.’'-]{0,30}
    (?:\s{1,3}(?:(?-i:[A-Z])[\w.’'-]{0,30}|(?-i:de|da|del|dos|van|von|bin|al|el|la|le|y)\b)){0,7}
    (?:\s{0,3}\([^()\d]{2,60}\))?
"""
# One item: a name (or two joined by "and", counts "respectively"), what it was elected
# from, then "with" and its votes.
_ITEM = re.compile(
    rf"""
    (?:and{_GAP})?
    (?P<names>{_NAME}(?:{_GAP}and{_GAP}{_NAME})?)
    (?:\s{{0,3}},?{_GAP}(?:from|for|of){_GAP}[^\d;:,()]{{1,80}}?)?   # "from the Asian Group"
    \s{{0,3}},?{_GAP}with{_GAP}
    (?P<counts>{COUNT_PATTERN}{_GAP}votes(?:{_GAP}and{_GAP}{COUNT_PATTERN}{_GAP}votes)?)
    (?P<respectively>\s{{0,3}},?{_GAP}respectively)?
    \s{{0,3}}(?P<end>;|\.(?:\s|$)|$)
    """,
    _FLAGS,
)
_ONE_NAME = re.compile(_NAME, _FLAGS)
_COUNT = re.compile(rf"(?P<n>{COUNT_PATTERN}){_GAP}votes", _FLAGS)
_JOINED = re.compile(rf"{_GAP}and{_GAP}(?=(?-i:[A-Z]))")


def _item_parts(text: str, item: re.Match[str]) -> list[Part] | None:
    """The candidates of one item, or None where its names and counts do not pair."""
    counts = list(_COUNT.finditer(text, item.start("counts"), item.end("counts")))
    names_text = item["names"]
    names: list[tuple[int, int]] = []
    lo = item.start("names")
    if len(counts) == 2:
        if not item["respectively"]:
            return None
        joint = next(  # the "and" between the names, not one in a country's parentheses
            (
                m
                for m in _JOINED.finditer(names_text)
                if names_text.count("(", 0, m.start()) == names_text.count(")", 0, m.start())
            ),
            None,
        )
        if joint is None:
            return None
        names = [(lo, lo + joint.start()), (lo + joint.end(), item.end("names"))]
    elif item["respectively"]:
        return None
    else:
        names = [(lo, item.end("names"))]
    parts = []
    for (start, end), count in zip(names, counts, strict=True):
        value, ocr = read_count(count["n"])
        if value is None or ocr:
            return None
        parts.append(Part(" ".join(text[start:end].split()), value, start, count.end()))
    return parts


def find_elected_lists(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """The lists of those elected after a colon, each candidate with its votes.

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: a list that overlaps one is left alone.

    Returns
    -------
    list of Tally
        One tally of kind "vote" per list, a part per candidate, in text order.

    Examples
    --------
    >>> text = ("The following were elected: Ms. Huang (China) from the Asian Group, with 141 "
    ...         "votes; and Mr. Koval (Ukraine) from the Eastern European Group, with 143 votes.")
    >>> [(p.category, p.count) for p in find_elected_lists(text, [])[0].parts]
    [('Ms. Huang (China)', 141), ('Mr. Koval (Ukraine)', 143)]
    >>> text = "The following were elected: Ms. Huang (China), with 141 votes; and Mr. Koval."
    >>> find_elected_lists(text, [])
    []
    """
    if "elected" not in text or ":" not in text or " votes" not in text:
        return []
    found = []
    for announced in _ANNOUNCED.finditer(text):
        pos = announced.end()
        parts: list[Part] = []
        while (item := _ITEM.match(text, pos)) is not None:
            more = _item_parts(text, item)
            if more is None:
                parts = []
                break
            parts.extend(more)
            pos = item.end()
            if item["end"] != ";":
                break
            pos += len(text[pos:]) - len(text[pos:].lstrip())
        else:
            parts = []  # an item that is no candidate with its votes: no list
        if len(parts) < 2:
            continue
        tally = Tally("vote", parts[0].start, parts[-1].end, parts)
        if any(s < tally.end and tally.start < e for s, e in taken):
            continue
        found.append(tally)
    return found
