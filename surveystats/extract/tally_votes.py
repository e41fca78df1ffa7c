"""Vote tallies: "by 7 votes to 1 (Poland), with 3 abstentions (...)", and adoption outcomes.

Pure functions over one paragraph string. A vote is read in steps, each a small anchored
regular expression tried at the end of the previous one: the head (in favour, against),
the members of the minority in parentheses, the abstentions and their members, then any
statement of members who did not participate or were absent. Every repetition in these
patterns is bounded, so the time spent is linear in the length of the text.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    NONE_PATTERN,
    Part,
    Tally,
    read_count,
    split_members,
)

__all__ = ["find_adoption_outcome", "find_votes", "read_vote_statement"]

_S = r"\s{1,3}"  # one gap between words, possibly a line break
_FLAGS = re.IGNORECASE | re.VERBOSE

# "by a recorded vote of 150 to 3", "by 7 votes to I", "hy 14 votes ta none", "by 14 to none"
# The head starts on a character set without case folding and looks behind it for the
# word boundary: Python's engine can then skip to it instead of trying every position.
_HEAD_BY = re.compile(
    rf"""
    (?P<by>(?-i:[bBhH])(?<!\w.)(?:(?<=[bB])[yv]|(?<=[hH])y)){_S}   # by, hy, bv (OCR)
    (?:a{_S}(?P<recorded>recorded|roll-call|roll{_S}call)?{_S}?vote{_S}of{_S})?
    (?P<for>{COUNT_PATTERN})
    (?:\s{{0,3}}(?P<votes>votes?)\b)?                 # "votes" may be missing
    (?:{_S}in{_S}favou?r)?
    (?:
        \s{{0,3}},?{_S}(?P<to>to|ta|io|lo|t0|10){_S}  # "to" and its OCR shapes
        (?P<against>{NONE_PATTERN}|{COUNT_PATTERN})
        (?:{_S}(?:votes?{_S})?against\b)?
    )?
    """,
    _FLAGS,
)
# "150 in favour to 3 against", "120 votes in favour and 5 against", "10 in favour, none against"
_HEAD_FAVOUR = re.compile(
    rf"""
    (?<![\w.,])(?P<for>{COUNT_PATTERN}){_S}(?:(?P<votes>votes?){_S})?in{_S}favou?r\b
    (?:
        \s{{0,3}}[,;]?\s{{0,3}}(?:(?P<to>to|and|with|versus){_S})?
        (?P<against>{NONE_PATTERN}|{COUNT_PATTERN}){_S}(?:votes?{_S})?against\b
    )?
    """,
    _FLAGS,
)
# "(Cuba, Yemen, Zimbabwe)" right after a count
_MEMBERS = re.compile(r"\s{0,3}\((?P<members>[^(){}]{1,600})[)}]")  # "}" is OCR for ")"
# ", with 3 abstentions", " and 10 abstentions", ", 2 abstaining", "with no abstentions"
_ABSTAIN = re.compile(
    rf"""
    \s{{0,3}}[,.;]?\s{{0,3}}(?:(?:with|and){_S})?
    (?P<n>no|{NONE_PATTERN}|{COUNT_PATTERN})\s{{0,3}}
    (?P<word>abstentions?|abstaining|abstained|abstain)\b
    """,
    _FLAGS,
)
# "One member (Yemen) did not participate in the vote." / "two members (...) were absent"
_NOT_VOTING = re.compile(
    rf"""
    \s{{0,3}}[,.;:]?\s{{0,3}}(?:(?:with|and){_S})?
    (?P<n>{COUNT_PATTERN}){_S}members?\s{{0,3}}
    \((?P<members>[^()]{{1,400}})\)\s{{0,3}},?{_S}
    (?P<status>
        did{_S}not{_S}(?:participate|take{_S}part)(?:{_S}in{_S}the{_S}vot(?:e|ing))?
      | (?:was|were){_S}absent
      | (?:was|were){_S}present{_S}and{_S}not{_S}voting
      | (?:was|were){_S}not{_S}present
    )
    \s{{0,3}}[.;:]?
    """,
    _FLAGS,
)
# "(Australia, present and not voting; Union of Soviet Socialist Republics, absent)"
_STATUS_ENTRY = re.compile(
    r"^(?P<name>.+?),?\s+(?P<status>absent|present\s+and\s+not\s+voting|not\s+voting|"
    r"not\s+participating|did\s+not\s+participate)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _status_category(status: str) -> str:
    status = " ".join(status.lower().split())
    if "absent" in status or "not present" in status:
        return "absent"
    if "present and not voting" in status:
        return "present and not voting"
    return "not participating"


def _members(raw: str, part: Part) -> None:
    names, ocr = split_members(raw)
    part.members = names
    if ocr:
        part.flags.append("ocr_corrected")
    if part.count is not None and names and len(names) != part.count:
        part.flags.append("members_do_not_match_count")


def _count_part(category: str, raw: str, start: int, end: int) -> Part | None:
    value, ocr = read_count(raw)
    if value is None:
        return None
    return Part(category, value, start, end, flags=["ocr_corrected"] if ocr else [])


def _read_status_list(raw: str, start: int, end: int) -> list[Part] | None:
    """Read "(Australia, present and not voting; USSR, absent)" into parts, or None."""
    parts: dict[str, Part] = {}
    for entry in raw.split(";"):
        match = _STATUS_ENTRY.match(entry.strip())
        if match is None:
            return None
        category = _status_category(match["status"])
        names, ocr = split_members(match["name"])
        part = parts.setdefault(category, Part(category, 0, start, end))
        part.members.extend(names)
        part.count = len(part.members)
        if ocr and "ocr_corrected" not in part.flags:
            part.flags.append("ocr_corrected")
    return list(parts.values())


def _read_not_voting(text: str, pos: int) -> tuple[list[Part], int]:
    """Read statements of members not participating or absent starting at ``pos``."""
    parts: list[Part] = []
    while (match := _NOT_VOTING.match(text, pos)) is not None:
        part = _count_part(_status_category(match["status"]), match["n"], *match.span("n"))
        if part is None:
            break
        _members(match["members"], part)
        part.end = match.end("status")
        parts.append(part)
        pos = match.end()
    return parts, pos


def _head(text: str, match: re.Match[str]) -> Tally | None:
    """Validate a head match and turn it into a tally with in-favour and against parts."""
    flags: list[str] = []
    favour = _count_part("in favour", match["for"], *match.span("for"))
    if favour is None:
        return None
    tally = Tally("vote", match.start(), match.end(), [favour])
    has_votes = bool(match["votes"])
    recorded = "recorded" in match.re.groupindex and bool(match.groupdict().get("recorded"))
    if match.groupdict().get("by") and match["by"].lower() != "by":
        flags.append("ocr_corrected")
    against_raw = match["against"]
    if against_raw is not None:
        to = (match["to"] or "to").lower()
        is_none = re.fullmatch(NONE_PATTERN, against_raw, re.IGNORECASE) is not None
        if to in ("ta", "io", "lo", "t0", "10"):
            if to == "10" and not is_none:
                return None
            flags.append("ocr_corrected")
        against = _count_part("against", against_raw, *match.span("against"))
        if against is None:
            return None
        tally.parts.append(against)
    tally.flags = flags
    tally.subject = None
    tally.qualifier = None
    tally.total = None
    tally.outcome = None
    tally.unit = "count"
    tally.flags = flags
    # Remember what the head promised, for the acceptance rule in _complete.
    tally.flags.append(
        "_strong" if (has_votes or recorded or match.re is _HEAD_FAVOUR) else "_weak"
    )
    if against_raw is not None and re.fullmatch(NONE_PATTERN, against_raw, re.IGNORECASE):
        tally.flags.append("_to_none")
    return tally


def _complete(text: str, tally: Tally) -> Tally | None:
    """Read what follows a head: minority members, abstentions, non-participation."""
    pos = tally.end
    parts = tally.parts
    strong = "_strong" in tally.flags
    to_none = "_to_none" in tally.flags
    tally.flags = [flag for flag in tally.flags if not flag.startswith("_")]
    extra = False
    members = _MEMBERS.match(text, pos)
    if members is not None:
        target = parts[-1]
        status_parts = None
        if len(parts) == 1:
            status_parts = _read_status_list(members["members"], *members.span("members"))
        if status_parts:
            parts.extend(status_parts)
            extra = True
        else:
            _members(members["members"], target)
            target.end = members.end()
        pos = members.end()
    abstain = _ABSTAIN.match(text, pos)
    if abstain is not None:
        part = _count_part("abstentions", abstain["n"], *abstain.span("n"))
        if part is not None:
            part.end = abstain.end()
            pos = abstain.end()
            after = _MEMBERS.match(text, pos)
            if after is not None:
                _members(after["members"], part)
                part.end = pos = after.end()
            parts.append(part)
            extra = True
    not_voting, pos = _read_not_voting(text, pos)
    if not_voting:
        parts.extend(not_voting)
        extra = True
    # A bare "by 5 to 10" is not a vote: it needs the word "votes", a recorded vote,
    # "to none" or a following abstention clause; one count alone needs more parts.
    if not (strong or to_none or extra):
        return None
    if len(parts) == 1 and not extra:
        return None
    tally.end = max(tally.end, pos if pos > tally.end else tally.end)
    tally.end = max([tally.end] + [part.end for part in parts])
    for part in parts:
        for flag in part.flags:
            if flag not in tally.flags:
                tally.flags.append(flag)
    return tally


def find_votes(text: str) -> list[Tally]:
    """Find vote tallies in a string.

    Parameters
    ----------
    text
        One paragraph (any string).

    Returns
    -------
    list of Tally
        Tallies of kind ``"vote"`` in order of position, with parts "in favour",
        "against", "abstentions", "not participating", "absent", "present and not voting"
        as stated; offsets are relative to ``text``.

    Examples
    --------
    >>> [(p.category, p.count, p.members) for p in find_votes(
    ...     "adopted by 7 votes to 1 (Poland), with 3 abstentions")[0].parts]
    [('in favour', 7, []), ('against', 1, ['Poland']), ('abstentions', 3, [])]
    """
    found: list[Tally] = []
    lower = text.lower()
    patterns = [_HEAD_BY] if "favo" not in lower else [_HEAD_BY, _HEAD_FAVOUR]
    for pattern in patterns:
        for match in pattern.finditer(text):
            head = _head(text, match)
            if head is None:
                continue
            tally = _complete(text, head)
            if tally is not None:
                found.append(tally)
    found.sort(key=lambda t: (t.start, -t.end))
    kept: list[Tally] = []
    for tally in found:
        if kept and tally.start < kept[-1].end:
            continue
        kept.append(tally)
    return kept


# --- outcomes -------------------------------------------------------------------------

# The adoption line of a resolution: "Adopted unanimously at the 79th meeting.",
# "Adopted without a vote at the 3001st meeting.", "Adopted at the 1810th meeting by
# consensus.", "Adopted by the Security Council at its 3087th meeting, on 29 June 1992".
_ADOPTION_LINE = re.compile(
    r"^[ \t]{0,20}(?P<verb>Adopted|Adapted|Adoptcd|Approved)\b"
    r"(?P<rest>[^\n]{0,200}(?:\n[^\n]{1,200}){0,2})"
)
_MEETING = re.compile(
    r"\bmee?t(?:-\s{0,3}ing|ings?)\b"
    r"(?:,?\s{1,3}(?:on\s{1,3}(?:\d{1,2}\s{1,3})?[A-Z][a-z]{2,9}\s{1,3}\d{4}"
    r"|by\s{1,3}consensus|without\s{1,3}(?:a\s{1,3})?v[oa]te|\(private\s{1,3}meeting\)))?",
    re.IGNORECASE,
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_WITHOUT_VOTE = re.compile(r"\bwithout\s{1,3}(?:a\s{1,3})?v[oa]te\b", re.IGNORECASE)
_CONSENSUS = re.compile(r"\bby\s{1,3}consensus\b", re.IGNORECASE)
_IN_PARTS = re.compile(
    r"\b(?:voted\s{1,3}on|adopted)\s{1,3}(?:in\s{1,3}parts|paragraph\s{1,3}by)|"
    r"\bno\s{1,3}vote\s{1,3}was\s{1,3}taken\s{1,3}on\s{1,3}the\s{1,3}(?:draft|text)",
    re.IGNORECASE,
)


def _outcome_of(text: str) -> str | None:
    if _UNANIMOUS.search(text):
        return "adopted unanimously"
    if _WITHOUT_VOTE.search(text):
        return "adopted without a vote"
    if _CONSENSUS.search(text):
        return "adopted by consensus"
    if _IN_PARTS.search(text):
        return "adopted in parts"
    return None


def find_adoption_outcome(text: str) -> Tally | None:
    """Find the adoption line at the start of a paragraph and its stated outcome.

    Parameters
    ----------
    text
        One paragraph; only a paragraph that starts with "Adopted" (or its OCR shape
        "Adapted", or "Approved") is an adoption line: "adopted unanimously" inside a
        recital ("Recalling its resolution 242, adopted unanimously") is not.

    Returns
    -------
    Tally or None
        A tally of kind ``"vote"`` with no parts whose ``outcome`` is one of "adopted",
        "adopted unanimously", "adopted without a vote", "adopted by consensus"; its span
        covers the adoption line. ``None`` when the paragraph is no adoption line.

    Examples
    --------
    >>> find_adoption_outcome("Adopted unanimously at the 79th meeting.").outcome
    'adopted unanimously'
    >>> find_adoption_outcome("Recalling resolution 242, adopted unanimously") is None
    True
    """
    match = _ADOPTION_LINE.match(text)
    if match is None:
        return None
    end = match.end()
    # The line ends after its meeting ("at the 79th meeting", "..., on 29 June 1992",
    # "... by consensus") or at the first sentence end; a footnote marker stays outside.
    meeting = _MEETING.search(text, match.start(), end)
    sentence_end = re.search(r"\.(?=\s|$)", text[match.start() : end])
    if meeting is not None:
        end = meeting.end()
        if text[end : end + 1] == ".":
            end += 1
    elif sentence_end is not None:
        end = match.start() + sentence_end.end()
    line = text[match.start() : end]
    outcome = _outcome_of(line) or "adopted"
    flags = ["outcome_only"]
    if match["verb"] in ("Adapted", "Adoptcd"):
        flags.append("ocr_corrected")
    if match["verb"] == "Approved" and outcome == "adopted":
        outcome = "adopted"
    start = match.start("verb")
    while end > start and text[end - 1].isspace():
        end -= 1
    return Tally("vote", start, end, [], outcome=outcome, flags=flags)


def read_vote_statement(text: str) -> tuple[list[Part], str | None]:
    """Read a footnote or sentence about a vote.

    Parameters
    ----------
    text
        E.g. "One member (China) did not participate in the voting.", "Adopted without
        vote.", "The draft resolution was voted on in parts. No vote was taken on the
        text as a whole.", "In the absence of objections, the President declared the
        draft resolution adopted unanimously."

    Returns
    -------
    tuple of (list of Part, str or None)
        Parts for members not participating or absent (offsets relative to ``text``)
        and the outcome the statement records, or ``None``.

    Examples
    --------
    >>> parts, outcome = read_vote_statement("Two members (China and Iraq) did not "
    ...     "participate in the voting.")
    >>> [(p.category, p.count, p.members) for p in parts], outcome
    ([('not participating', 2, ['China', 'Iraq'])], None)
    """
    parts, _ = _read_not_voting(text, 0)
    if not parts:
        # Statements may follow another sentence: look for each one.
        for match in re.finditer(r"(?:^|(?<=[.;:]))\s{0,3}", text):
            more, _ = _read_not_voting(text, match.start())
            if more:
                parts.extend(more)
                break
        else:
            pass
    if parts:
        pos = max(p.end for p in parts)
        more, _ = _read_not_voting(text, pos)
        parts.extend(more)
    outcome = None
    if re.match(r"\s{0,3}Ad[ao]pted\s{1,3}without\s{1,3}(?:a\s{1,3})?v[oa]te", text, re.I):
        outcome = "adopted without a vote"
    elif re.search(r"absence\s{1,3}of\s{1,3}(?:any\s{1,3})?objections?", text, re.I) and (
        _UNANIMOUS.search(text)
    ):
        outcome = "adopted unanimously"
    elif _IN_PARTS.search(text):
        outcome = "adopted in parts"
    elif re.search(
        r"no\s{1,3}formal\s{1,3}vote|no\s{1,3}details\s{1,3}of\s{1,3}the\s{1,3}vote", text, re.I
    ):
        outcome = "adopted"
    return parts, outcome
