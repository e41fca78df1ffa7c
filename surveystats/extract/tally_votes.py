"""Vote tallies: "by 7 votes to 1 (Poland), with 3 abstentions (...)", and adoption outcomes.

Pure functions over one paragraph string. A vote is read in steps, each a small anchored
regular expression tried at the end of the previous one: the head (in favour, against),
the members of the minority in parentheses, the abstentions and their members, then any
statement of members who did not participate or were absent. Every repetition in these
patterns is bounded, so the time spent is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, NamedTuple

from surveystats.extract.phrases import QUALIFIERS_BEFORE
from surveystats.extract.roles import role_of
from surveystats.extract.tally_elections import (
    BALLOT_CATEGORY,
    BALLOT_KINDS,
    ELECTION_LITERALS,
    REQUIRED_MAJORITY,
    TIE_BETWEEN_LITERALS,
    ballot_category,
    find_elections,
    name_elected_alone,
    name_vote_candidates,
)
from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    GARBLED_PATTERN,
    NONE_PATTERN,
    OF_THE_BODY,
    OUT_OF_TOTAL,
    Part,
    Tally,
    holds_any,
    literal_positions,
    matches_in,
    matches_near,
    names_in_parentheses,
    read_count,
    split_members,
)
from surveystats.text import MONTH_PATTERN, NUMBER_WORDS, sentence_starts

if TYPE_CHECKING:
    from surveystats.extract.tally_items import Item

__all__ = [
    "ROLE_LINE_LENGTH",
    "extend_vote",
    "find_adoption_outcome",
    "find_outcome_statements",
    "find_voter_counts",
    "find_votes",
    "find_votes_from",
    "is_role_line",
    "join_earlier_sides",
    "join_failed_votes",
    "join_later_sides",
    "join_split_candidates",
    "opens_listed_side",
    "read_vote_statement",
    "take_backers_before",
    "take_received_favour",
]

_FLAGS = re.IGNORECASE | re.VERBOSE

# Compiled once: re.fullmatch with flags looks its pattern up in re's cache on every call.
_NONE = re.compile(NONE_PATTERN, re.IGNORECASE)


def _count(name: str) -> str:
    """A count group named ``name``; a garbled count is captured in ``<name>_garbled``."""
    return rf"(?P<{name}>{COUNT_PATTERN}|{GARBLED_PATTERN})"


# "votes for" as the role in favour, only where the next words name another role or end
# the item ("158 votes for and 3 against", "99 votes for, 9 against"): "154 votes for the
# candidate" is a vote for a person, and "for" before a noun says what was voted on.
_FOR_AS_ROLE = r"(?=\s{0,3}[,;]|\s{1,3}(?:and|to|with|versus)\b)"


# How a vote was taken, before "vote": "a recorded vote of", "by a non-recorded vote of"
# (the Yearbook's word for a counted show of hands), "by roll-call vote".
_VOTE_MODE = r"(?:non-recorded|recorded|roll-call|roll\s{1,3}call)"
# Who cast the votes, between a count and "in favour": "172 Member States in favour".
_VOTERS = r"(?:Member\s{1,3}States|members|delegations|countries|nations|States)"


# "by a recorded vote of 150 to 3", "by 7 votes to I", "hy 14 votes ta none", "by 14 to none",
# "by a large majority of 51 votes to 6", "by a margin of 21 to 14", "by 98 votes with none
# against", "by 77 votes against 3"
# The head starts on a character set without case folding and looks behind it for the
# word boundary: Python's engine can then skip to it instead of trying every position.
_HEAD_BY = re.compile(
    rf"""
    (?P<by>(?-i:[bBhH])(?<!\w.)(?:(?<=[bB])[yv]|(?<=[hH])y)){GAP}   # by, hy, bv (OCR)
    (?:(?:a|an|the){GAP}(?:(?:large|narrow|small|substantial|overwhelming|clear|bare|slim|wide|
        considerable|comfortable|unprecedented|impressive|convincing|decisive|huge|vast|
        great|big|two-thirds|simple|absolute|required|requisite)\s{{1,3}})?
        # "by a secret ballot vote of", "by a secret-ballot vote of"
        (?:(?P<recorded>{_VOTE_MODE}|show{GAP}of{GAP}hands|secret)(?:(?:{GAP}|-)ballot)?{GAP})?
        (?P<word>vote|majority|margin|ballot){GAP}of{GAP}
      # "by a recorded 10 votes in favour"
      | a{GAP}(?P<recorded_count>recorded|roll-call){GAP}(?=\S{{1,20}}{GAP}votes\b)
      # "by separate roll-call votes of 51 to 5": votes in the plural, no article
      | (?:separate{GAP})?(?P<plural_recorded>recorded|roll-call|roll{GAP}call)
        {GAP}votes{GAP}of{GAP}
    )?
    {_count("for")}
    # "votes for" as in favour only before another role: "by 158 votes for and 3 against"
    # "by 5 recorded votes", "by nine affirmative votes"
    (?:\s{{0,3}}(?:(?P<recorded_votes>recorded){GAP}|affirmative{GAP})?(?P<votes>votes?)\b)?
    (?:{GAP}{_VOTERS}(?={GAP}in{GAP}favou?r\b))?  # "a vote of 172 Member States in favour"
    (?P<in_favour>{GAP}in{GAP}favou?r(?:{GAP}of)?|(?<=s){GAP}for{_FOR_AS_ROLE})?
    # the members of the side in favour, before the side against: "in favour (Greece, ...) to 6"
    # or right after its count: "by 40 (N.Z.) to 6", "by 43 votes (Chile, Peru) to 6"
    (?:\s{{0,3}}\((?P<favour_members>{names_in_parentheses(400, digits=False)})\)
        (?=\s{{0,3}},?{GAP}to\b))?
    # its share of the votes: "by 141 votes (73 per cent) to 7"
    (?:\s{{0,3}}\((?:(?:some|about|nearly|almost|over){GAP})?\d{{1,3}}(?:\.\d{{1,2}})?
        (?:{GAP}per{GAP}cent|\s{{0,3}}%)\)(?=\s{{0,3}},?{GAP}to\b))?
    (?:
        \s{{0,3}},?{GAP}(?P<to>to|ta|io|lo|t0|10|against|versus){GAP}  # "to" and its OCR shapes
        (?P<against>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN})
        (?:\s{{0,3}}(?:votes?{GAP})?(?P<against_word>against|opposed)\b)?  # "to 1against"
        (?:{GAP}(?P<favour_of>in{GAP}favou?r{GAP}of)\b)?     # "by 74 to 9 in favour of holding"
      | \s{{0,3}},?{GAP}with{GAP}                          # "with none against"
        (?P<with_against>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN}){GAP}(?:votes?{GAP})?against\b
    )?
    """,
    _FLAGS,
)
# Without "by": "a vote of 45 to 12", and (only with abstentions after it, in a sentence
# about a vote) "the result was 80 to 17 with 25 abstentions".
_HEAD_BARE = re.compile(
    rf"""
    (?<![\w.,/-])
    (?:(?P<vote_of>(?:(?:a|the)(?:{GAP}{_VOTE_MODE})?{GAP}|(?<=by\s))vote{GAP}of){GAP})?
    (?P<for>{COUNT_PATTERN}|{GARBLED_PATTERN})(?:{GAP}(?P<votes>votes?))?
    {GAP}(?P<to>to){GAP}(?P<against>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN})
    (?!\s{{0,3}}(?:per\s{{0,3}}cent|percent|%|[-–/]))
    # a span of time is no vote: "The vote was 10 to 12 days away"
    (?!{GAP}(?:seconds|minutes|hours|days|weeks|months|years|times)\b)
    (?P<vote_after>(?<=\d){GAP}vote\b(?!{GAP}of))?  # "by a 45 to 5 vote"
    """,
    _FLAGS,
)
# After a bare "41 to 9" that follows a verb of outcome: the end of its clause.
_BARE_END = re.compile(
    rf"(?:votes?)?(?=\s{{0,3}}(?:[.,;:)]|$)(?!\d)|\s{{0,3}}[—–(]|{GAP}(?:with|on|in|at|after|when|but)\b)",
    re.IGNORECASE,
)
# A sentence about a vote, before a bare "80 to 17": the words that make it one.
_VOTE_CONTEXT = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|adopted|approved|carried|passed|rejected|defeated|failed"
    r"|resolution|ballot|amendment|motion|proposal|hands)\b"
    r"(?:[^.;]|\.\d){0,150}$",
    re.IGNORECASE,
)
# After "by 51 votes": a word that makes them the side against.
_SIDE_AGAINST_NEXT = re.compile(r"\s{1,3}(?:against|opposed)\b", re.IGNORECASE)
# Before a one-count vote "by 126 votes": what was done by that vote.
_ONE_COUNT_VERB = re.compile(
    r"\b(?:adopted|approved|issued|decided|carried|passed|accepted|endorsed|rejected|defeated"
    # "voted to adopt the treaty by 155 votes"
    r"|voted\s{1,3}to\s{1,3}(?:adopt|approve|endorse|pass|accept|reject))\b"
    # the text's number may stand between: "adopted resolution 2450 (2019) by 10 votes"
    r"(?:[^.;:\d]|(?<=resolution\s)\d{1,4}(?:/\d{1,4})?(?:\s?\(\d{4}\))?){0,80}$",
    re.IGNORECASE,
)
# "The result of the vote was: in favour, 104; against, 8; abstaining, 22." Labels first.
# A parliament's division names its sides in its own words, each side's role kept: the
# Commons' "Ayes 310, Noes 250", the Lords' "Contents 201; Not-Contents 150", the
# Congress's and Canada's "yeas 135; nays 21", the Dail's "Tá, 63; Níl, 0; Staon, 75".
_PAIR_LABEL = {
    "in favour": (
        *("in favour", "in favor", "yes", "ayes", "for", "yeas", "yea", "contents", "tá"),
        "affirmative",  # an older record's "Votes cast 60; Affirmative - 59; Negative - 1"
    ),
    "against": (
        *("against", "no", "noes", "nays", "nay", "negative"),
        *("not-contents", "not contents", "níl"),
    ),
    "abstentions": ("abstaining", "abstentions", "abstention", "abstained", "abstain", "staon"),
    "not participating": (
        "not participating",
        "did not participate",
        "not voting",
        "non-voting",
        "did not vote",
    ),
    "present and not voting": ("present and not voting",),
    "absent": ("absent", "not present"),
}
_PAIR_CATEGORY = {
    " ".join(word.split()): category for category, words in _PAIR_LABEL.items() for word in words
}
_PAIR_WORDS = "|".join(
    sorted((w.replace(" ", GAP) for w in _PAIR_CATEGORY), key=len, reverse=True)
).replace("favour", "favou?r")
# The voters a pair may count after its count: "In favour: 44 delegations. Against: 8."
_PAIR_VOTERS = (
    r"votes|delegations|members|Member\s{1,3}States|States|countries|nations|Governments"
    r"|representatives|parties"
)
_PAIR = re.compile(
    rf"""
    (?:(?<![\w-])|(?<=--))(?P<label>{_PAIR_WORDS})     # "The result was announced--yeas 52"
    (?:(?:\s{{0,3}}(?:[,:—–|]|--)|\s-(?=\s))\s{{0,3}}  # "Yes - 120", "against, 9", "YEAS -- 150",
                                                    # a table's cell: "Votes for | 132 |"
      | \s{{0,3}}\.{{3,40}}\s{{0,3}}                     # a table's leader: "Ayes ...... 73"
      | (?<=yeas|nays|ayes|noes)(?P<verb>{GAP}(?:are|were){GAP})  # "the yeas were 45"
      | (?P<bare>\s{{1,3}})(?=\d))                      # "in favour 131; against 9"
    (?P<n>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN})(?![\w%]|[.,]\d|\s{{0,3}}per\s)
    (?P<voters>[ \t]{{1,3}}(?:{_PAIR_VOTERS})\b)?    # not the next line's "Votes against"
    """,
    _FLAGS,
)
# The total stated after a vote's label pairs: "(total 167)", ". Total: 15", "; total
# votes cast, 96", and the UN Digital Library's voting summary, cells set apart by bars:
# "... | Non-Voting: 35 | Total voting membership: 193" (the members of the body).
_PAIR_TOTAL = re.compile(
    rf"""
    (?:\s{{0,3}}[;,.|]\s{{0,3}}(?:and{GAP})?|\s{{0,3}}(?P<open>\()\s{{0,3}})
    total(?:{GAP}(?:votes|ballots)(?:{GAP}cast)?|{GAP}cast|{GAP}voting{GAP}membership)?
    (?:\s{{0,3}}[,:—–]\s{{0,3}}|{GAP})(?P<n>{COUNT_PATTERN})(?![\w%]|[.,]\d)
    (?(open)\s{{0,3}}\))
    """,
    _FLAGS,
)
# A later pair of a vote by ballot: the ballots that went to no side ("blank, 1,204;
# spoiled, 310", "blank or spoiled, 21,440", "Invalid ballots: 12").
_BALLOT_PAIR = re.compile(
    rf"""
    (?<![\w-])(?P<label>(?:{BALLOT_KINDS})(?:{GAP}(?:or|and){GAP}(?:{BALLOT_KINDS}))?
        (?:{GAP}(?:ballots?|ballot{GAP}papers|votes))?)
    (?:\s{{0,3}}[,:—–]|\s-(?=\s))\s{{0,3}}
    (?P<n>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN})(?![\w%]|[.,]\d|\s{{0,3}}per\s)
    """,
    _FLAGS,
)
# The words a record's line may put before a side's label: "Votes against: 25", "Number
# of votes in favour: 100", "Number voting against: 12", "Number of members voting in
# favour: 88".
_RECORD_SIDE_PREFIX = (
    r"(?:number\s{1,3}(?:of\s{1,3})?)?"
    r"(?:(?:votes?|members|Member\s{1,3}States|delegations|delegates)\s{1,3})?"
    r"(?:voting\s{1,3})?"
)
# Between two pairs; a press release writes each on its own line or as its own sentence, the
# label led by "Votes" ("Votes in favour: 20\nVotes against: 7\nAbstentions: 20", "Votes in
# favour: 20. Votes against: 7.").
_PAIR_JOIN = re.compile(
    # pairs set apart by dashes too: "Yes: 23 -- No: 11 -- Abstentions: 13", or by bars, as
    # the UN Digital Library's voting summary prints its cells: "Yes: 115 | No: 15 | ..."
    r"\s{0,3}(?:[;,.|]|--|[—–]|-(?=\s))?\s{0,3}"
    # a table's numbered rows: "Votes for | 132 |\n5. | Votes against | 0 |"
    r"(?:(?<=\n)\(?\d{1,2}[.)]\s{0,3}(?:\|\s{0,3})?)?"
    r"(?:and\s{1,3}|(?:(?<=\n)|(?<=[.;|]\s)|(?<=[;|]))" + _RECORD_SIDE_PREFIX + ")?"
    r"(?:the\s{1,3}(?=(?:yeas|nays|ayes|noes)\s{1,3}(?:are|were)\b))?",  # "and the nays were 53"
    re.IGNORECASE,
)
# A pair that fills its line: the label opens it (after "Votes") and the count ends it.
_LINE_START = re.compile(r"(?:^|\n)[ \t]{0,3}(?:votes?[ \t]{1,3})?$", re.IGNORECASE)
_LINE_END = re.compile(r"[ \t]{0,3}[.;]?[ \t]{0,3}(?:\n|$)")
# A pair that opens its sentence or line: "Yes: 120. No: 8. Abstaining: 40.", also
# after the quotation mark of a record quoted ("\"In favour: 437. Against: 8. ...").
_SENTENCE_OPEN = re.compile(
    r"(?:^|\n|[.;!?]\s{1,3})[ \t]{0,3}[\"“‘']?[ \t]{0,3}(?:votes?[ \t]{1,3})?$", re.IGNORECASE
)
# Roles no list of arguments or answers has: with one of them, label pairs are a vote.
_VOTE_ONLY_ROLES = frozenset(
    {"abstentions", "not participating", "present and not voting", "absent"}
)
_PAIR_CONTEXT = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballot|result|adopted|approved|rejected)", re.IGNORECASE
)


# A paragraph that is nothing but one role and its count: "In favour: 24", "Votes
# against: 6.", "Abstentions — 12".
_ROLE_LINE = re.compile(
    rf"[ \t]{{0,3}}(?:votes?[ \t]{{1,3}})?{_PAIR.pattern}[ \t]{{0,3}}[.;]?[ \t]{{0,3}}", _FLAGS
)


def is_role_line(text: str) -> bool:
    """Whether ``text`` holds nothing but a role label and a count ("Against: 6").

    A press release may print each role of a vote as a paragraph of its own, blank
    lines between; :func:`surveystats.extract.tallies.extract_tallies` joins such
    consecutive paragraphs so that the vote is read whole.

    Examples
    --------
    >>> is_role_line("Abstentions: 12"), is_role_line("Against the proposal: 6 States")
    (True, False)
    """
    if len(text) >= ROLE_LINE_LENGTH or (line := _ROLE_LINE.fullmatch(text)) is None:
        return False
    return line["bare"] is None and line["voters"] is None and line["verb"] is None


#: A role line ("Against: 6") is shorter than this many characters.
ROLE_LINE_LENGTH = 60


def _first_pairs(text: str, lower: str) -> list[re.Match[str]]:
    """Pairs that may open a list, found from the literal keys (:data:`_PAIR_KEYS`).

    The pattern tried at every position of a long speech would cost too much.
    """
    found: dict[int, re.Match[str]] = {}
    for key in _PAIR_KEYS:
        position = lower.find(key)
        while position >= 0:
            for near in _PAIR.finditer(text, max(0, position - 12), position + len(key) + 30):
                match = _PAIR.match(text, near.start())  # the count may run past the window
                if match is not None:
                    found.setdefault(match.start(), match)
            position = lower.find(key, position + len(key))
    return [found[start] for start in sorted(found)]


def _pairs_fill_lines(text: str, pairs: list[re.Match[str]]) -> bool:
    """Whether each pair is a line of its own, the layout of a press release's vote.

    "In favour: 20" / "Against: 7" / "Abstentions: 20" on their own lines is a vote with no
    other word about one; "for" alone ("For: 3" / "Against: 2") may list arguments.
    """
    return pairs[0]["label"].lower() != "for" and all(
        _LINE_START.search(text, max(0, pair.start() - 12), pair.start()) is not None
        and _LINE_END.match(text, pair.end()) is not None
        for pair in pairs
    )


def _pairs_open_sentences(text: str, pairs: list[re.Match[str]], categories: list[str]) -> bool:
    """Whether label pairs that open their sentence state a vote by their labels alone.

    A press release may run its lines together: "Yes: 120. No: 8. Abstaining: 40." or "In
    favour: 64; Against: 3; Abstentions: 25" with no other word about a vote. The first
    pair opens the text, a line or a sentence, and the labels are those of a vote: a role
    no answer has (abstaining, not voting, absent), or "in favour" or "ayes" first.
    "For: 3. Against: 2." may list arguments and "Yes: 54. No: 19." answers; "Arguments in
    favour: 4" is no pair that opens its sentence.
    """
    return _SENTENCE_OPEN.search(
        text, max(0, pairs[0].start() - 12), pairs[0].start()
    ) is not None and (
        not _VOTE_ONLY_ROLES.isdisjoint(categories)
        or pairs[0]["label"].lower() not in ("for", "yes")
    )


# The side in favour stated as the sentence right before label pairs that go on with the
# other sides: "93 States voted for the resolution. Against — 24. Abstained — 58."
_FAVOUR_SENTENCE_BEFORE = re.compile(
    rf"""
    (?<![\w.,])(?P<n>{COUNT_PATTERN}){GAP}(?:[A-Za-z-]{{1,20}}{GAP}){{0,2}}?
    (?P<voters>members|Member{GAP}States|States|countries|nations|delegations|Governments){GAP}
    voted{GAP}(?:in{GAP}favou?r(?:{GAP}of)?|for)\b[^.;:!?\d]{{0,100}}\.\s{{1,3}}$
    """,
    _FLAGS,
)
_FAVOUR_SENTENCE_REACH = 180  # characters back from the first pair: a sentence


def _favour_sentence_before(text: str, first: re.Match[str]) -> Part | None:
    """The side in favour the sentence before label pairs states, as a part, or None."""
    start = max(0, first.start() - _FAVOUR_SENTENCE_REACH)
    match = _FAVOUR_SENTENCE_BEFORE.search(text, start, first.start())
    if match is None:
        return None
    part = _count_part("in favour", match["n"], *match.span("n"))
    if part is not None:
        part.start, part.end = match.start(), match.end("voters")
        part.counted = " ".join(match["voters"].split())
    return part


# The dashes a label pair may be written with: "Yes - 120", "Against — 24", "No – 8".
_DASHES = (" - ", " — ", " – ", "—", "–")


def _find_label_pairs(text: str, lower: str) -> list[Tally]:
    """Votes written as label, count pairs: "in favour, 104; against, 8; abstaining, 22".

    The first pair is in favour, at least one other pair is against, no category comes
    twice, and the sentence names a vote, ballot or result in the 200 characters before.
    A label may stand before its count with no mark between ("in favour 131; against 9")
    where a vote is named before the pairs; a count may name its voters ("In favour: 44
    delegations"); a total stated after the pairs ("(total 167)", ". Total: 15") is the
    vote's total where the pairs do not exceed it. ``lower`` is ``text`` in lower case.
    """
    found: list[Tally] = []
    position = 0
    for first in _first_pairs(text, lower):
        if first.start() < position:
            continue
        pairs = [first]
        # the members in parentheses after a pair's count: "against, 2 (Chad, Peru)"
        named = [_pair_members(text, first.end())]
        while len(pairs) < 6:
            end = named[-1].end() if named[-1] is not None else pairs[-1].end()
            join = _PAIR_JOIN.match(text, end)
            following = _PAIR.match(text, join.end()) if join is not None else None
            if following is None and join is not None and len(pairs) > 1:
                following = _BALLOT_PAIR.match(text, join.end())  # "...; blank, 1,204"
            if following is None:
                break
            pairs.append(following)
            named.append(_pair_members(text, following.end()))
        categories = [_pair_category(pair) for pair in pairs]
        favour = None
        if categories[0] == "against" and "in favour" not in categories:
            favour = _favour_sentence_before(text, first)  # "93 States voted for it."
        context = _PAIR_CONTEXT.search(text, max(0, first.start() - 200), first.start())
        if favour is not None and len(pairs) < 6 and len(set(categories)) == len(categories):
            parts = [
                _count_part(category, pair["n"], *pair.span("n"))
                for category, pair in zip(categories, pairs, strict=True)
            ]
            if all(part is not None for part in parts):
                for part, pair in zip(parts, pairs, strict=True):
                    part.start = pair.start()
                tally = Tally("vote", favour.start, parts[-1].end, [favour, *parts])
                tally.outcome = _outcome_before(text, tally.start)
                found.append(tally)
                position = tally.end
            continue
        division = _names_division(pairs)
        if (
            len(pairs) < 2
            or "in favour" not in categories
            or (categories[0] != "in favour" and not _sides_in_any_order(pairs, categories))
            or "against" not in categories
            or len(set(categories)) != len(categories)
            or (division is None and first["label"].lower() == "contents")
            or (
                context is None
                and not division
                and not _pairs_fill_lines(text, pairs)
                and not _pairs_open_sentences(text, pairs, categories)
            )
            # a label with no mark before its count needs a vote named before the pairs
            or (
                context is None
                and not division
                and any(pair.re is _PAIR and pair["bare"] for pair in pairs)
            )
        ):
            continue
        parts = [
            _count_part(category, pair["n"], *pair.span("n"))
            for category, pair in zip(categories, pairs, strict=True)
        ]
        if any(part is None for part in parts):
            continue
        for part, pair, members in zip(parts, pairs, named, strict=True):
            part.start = pair.start()
            if pair.re is _PAIR and pair["voters"]:
                part.end = pair.end()  # "In favour: 44 delegations"
            if members is not None:
                _members(members["members"], part)
                part.end = members.end()
        tally = Tally("vote", first.start(), parts[-1].end, parts)
        parts.sort(key=lambda part: _PART_ORDER.get(part.category or "", len(_PART_ORDER)))
        tally.ocr_corrected = any(part.ocr_corrected for part in parts)
        tally.outcome = _outcome_before(text, tally.start)
        # the whole of the vote stated after its pairs: "... abstaining 27 (total 167)"
        if (stated := _PAIR_TOTAL.match(text, tally.end)) is not None:
            total, ocr = read_count(stated["n"])
            if total is not None and not ocr and total >= sum(p.count or 0 for p in parts):
                tally.total, tally.end = total, stated.end()
        _record_items(text, tally, categories)
        found.append(tally)
        position = tally.end
    return found


# The record of a vote by ballot on a text, as the specialized agencies print it (FAO,
# UNESCO, ICAO, WHO): items "label: count", one a line, in one sentence after ";" or ".",
# after commas, or in a table's cells ("1. | Number of ballot papers issued | 137 |"),
# the sides' own items among the items that frame the ballot, in any order: "Number of
# ballot papers deposited: 180; Defective ballot papers: 2; Abstentions: 3; Votes cast:
# 175; Majority required: 88; Votes for: 150; Votes against: 25". The framing items
# are no sides: the ballot papers (deposited, issued) and those defective, invalid or
# blank, the required majority and the quorum (thresholds). The members present and
# voting, the votes cast or the members entitled to vote are the vote's whole where the
# sides fit in it, as the README's frames are.
_RECORD_WHOLE_LABEL = rf"""
    (?:(?:total{GAP})?number{GAP}of{GAP})?
    (?:
        (?P<voting>(?:members|Member{GAP}States|States|delegates|delegations)
            {GAP}(?:present{GAP}and{GAP}voting|voting|having{GAP}voted))
      | (?P<entitled>(?:members|Member{GAP}States|States|delegates|delegations)
            {GAP}(?:entitled{GAP}to{GAP}vote|having{GAP}the{GAP}right{GAP}to{GAP}vote))
      | (?P<cast>(?:valid{GAP})?votes{GAP}cast|valid{GAP}(?:votes|ballots|ballot{GAP}papers))
      | (?P<spoilt>(?:defective|invalid|void|null|blank|spoilt|spoiled|rejected)
            {GAP}(?:ballot{GAP}papers|ballots|votes)
          | (?:ballot{GAP}papers|ballots){GAP}(?:declared{GAP})?
            (?:defective|invalid|void|null|blank))
      | (?P<papers>(?:ballot{GAP}papers|ballots)
            (?:{GAP}(?:issued|distributed|deposited|received|returned|collected|cast))?)
      | (?P<threshold>{REQUIRED_MAJORITY}
          | (?:number{GAP})?required{GAP}for{GAP}(?:a{GAP}|the{GAP})?
            (?:simple{GAP}|absolute{GAP}|two-thirds{GAP})?majority
          | (?:simple|absolute|two-thirds){GAP}majority | quorum(?:{GAP}required)?)
      | (?P<side>(?:(?:members|Member{GAP}States|States|delegates|delegations){GAP})?
            (?:abstaining|abstentions|absent|not{GAP}voting|not{GAP}participating))
    )
"""
_RECORD_ITEM_TEXT = rf"""
    (?<![\w-])(?:{_RECORD_WHOLE_LABEL})
    (?:[ \t]{{0,3}}(?:[:,—–|]|\.{{3,40}})[ \t]{{0,3}}|[ \t]{{1,3}})
    (?P<n>{COUNT_PATTERN}|{NONE_PATTERN})(?![\w%]|[.,]\d)
"""
# Between two items: a mark (";", ",", ".", a cell's bar or a new line) and a row's number.
_RECORD_JOIN_TEXT = (
    r"[ \t]{0,3}(?:[;,.|\n][ \t|]{0,5})+(?:\(?\d{1,2}[.)][ \t]{0,3}\|?[ \t]{0,3})?"
    r"(?:and[ \t]{1,3})?"
)
_RECORD_ITEM = re.compile(_RECORD_ITEM_TEXT, _FLAGS)
_RECORD_JOIN = re.compile(_RECORD_JOIN_TEXT, _FLAGS)
# A run of items that ends right before the first side's label (after its "Votes",
# "Number of votes" or "Number voting").
_RECORD_RUN_BEFORE = re.compile(
    rf"(?:{_RECORD_ITEM_TEXT}{_RECORD_JOIN_TEXT})+(?:{_RECORD_SIDE_PREFIX})$", _FLAGS
)
_RECORD_REACH = 400  # characters back from the first side where a record may open
_RECORD_WHOLE_ORDER = ("voting", "cast", "entitled")
_RECORD_KINDS = (*_RECORD_WHOLE_ORDER, "spoilt", "papers", "threshold")


def _record_items(text: str, tally: Tally, categories: list[str]) -> None:
    """Add to a vote read from label pairs the other items of the ballot record around it.

    ``tally`` is changed in place: the sides the record states apart from the pairs
    (abstentions, absent, not voting) become parts, its span takes in the record and its
    ``total`` is the first whole of :data:`_RECORD_WHOLE_ORDER` the parts fit in. Nothing
    changes where no item of a record stands right before or after the pairs.

    Examples
    --------
    >>> text = ("Ballot papers deposited: 180; Abstentions: 3; Votes cast: 175; "
    ...     "Majority required: 88; Votes for: 150; Votes against: 25.")
    >>> start, end = text.index("for: 150"), text.index("against: 25") + 11
    >>> vote = Tally("vote", start, end, [Part("in favour", 150, start, start + 8),
    ...     Part("against", 25, end - 11, end)])
    >>> _record_items(text, vote, ["in favour", "against"])
    >>> [(p.category, p.count) for p in vote.parts], vote.total, vote.start
    ([('in favour', 150), ('against', 25), ('abstentions', 3)], None, 0)
    """
    window_start = max(0, tally.start - _RECORD_REACH)
    items: list[re.Match[str]] = []
    run = _RECORD_RUN_BEFORE.search(text, window_start, tally.start)
    if run is not None:
        position = run.start()
        while (item := _RECORD_ITEM.match(text, position, tally.start)) is not None:
            items.append(item)
            join = _RECORD_JOIN.match(text, item.end(), tally.start)
            if join is None:
                break
            position = join.end()
    end = tally.end
    while (join := _RECORD_JOIN.match(text, end)) is not None and (
        item := _RECORD_ITEM.match(text, join.end())
    ) is not None:
        items.append(item)
        end = item.end()
    if not items:
        return
    wholes: dict[str, int] = {}
    for item in items:
        count, ocr = read_count(item["n"])  # "invalid ballots, none" is 0
        if count is None or ocr:
            continue
        if item["side"]:
            words = item["side"].lower().split()  # "Members absent", "not voting"
            category = _PAIR_CATEGORY.get(" ".join(words[-2:]), _PAIR_CATEGORY.get(words[-1]))
            if category is None or category in categories:
                continue
            categories.append(category)
            tally.parts.append(Part(category, count, item.start(), item.end()))
        else:
            kind = next(name for name in _RECORD_KINDS if item[name])
            wholes.setdefault(kind, count)
    tally.parts.sort(key=lambda part: _PART_ORDER.get(part.category or "", len(_PART_ORDER)))
    tally.start = min(tally.start, items[0].start())
    tally.end = max(tally.end, end)
    if tally.total is None:
        least = sum(part.count or 0 for part in tally.parts)
        tally.total = next(
            (wholes[kind] for kind in _RECORD_WHOLE_ORDER if wholes.get(kind, -1) >= least),
            None,
        )


def _sides_in_any_order(pairs: list[re.Match[str]], categories: list[str]) -> bool:
    """Whether label pairs that do not open on the side in favour are a vote's sides.

    A vote's sides come in any order ("Against: 12; In favour: 30; Abstentions: 4",
    "Abstentions: 4; In favour: 30; Against: 12"), but "For" and "Yes" also head a list
    of arguments or answers ("Against: 2. For: 3.", "No: 19. Yes: 54."): where the side in
    favour is not first, its label is a vote's own ("in favour", "ayes", "yeas") or a
    role no list of answers has (abstaining, not voting, absent) is among the pairs.

    >>> pairs = [_PAIR.match("Against: 12"), _PAIR.match("For: 30")]
    >>> _sides_in_any_order(pairs, ["against", "in favour"])
    False
    >>> pairs = [_PAIR.match("Against: 12"), _PAIR.match("In favour: 30")]
    >>> _sides_in_any_order(pairs, ["against", "in favour"])
    True
    """
    if not _VOTE_ONLY_ROLES.isdisjoint(categories):
        return True
    favour = pairs[categories.index("in favour")]
    return favour["label"].lower() not in ("for", "yes")


# The sides of a division, named in a parliament's own words: the first a side in favour,
# the side against one of its own words ("Ayes ... Noes", "yeas ... nays", "Tá ... Níl",
# "Contents ... Not-Contents"). No answer, argument or heading is written so: pairs of them
# are a vote with no other word about one ("Clause 2 agreed to: yeas 135; nays 21").
_DIVISION_SIDES = {
    "ayes": ("noes", "nays", "nay"),
    "yeas": ("nays", "nay", "noes"),
    "yea": ("nays", "nay"),
    "tá": ("níl",),
    "contents": ("not-contents", "not contents"),
}


def _names_division(pairs: list[re.Match[str]]) -> bool | None:
    """Whether label pairs name the sides of a division; None where "Contents" opens no vote.

    "Contents" alone is a page's heading: only a side "Not-Contents" makes it the side in
    favour of the House of Lords.

    >>> _names_division([_PAIR.match("Ayes 310"), _PAIR.match("Noes 250")])
    True
    >>> _names_division([_PAIR.match("Yes: 31"), _PAIR.match("No: 12")])
    False
    >>> _names_division([_PAIR.match("Contents 12"), _PAIR.match("no 4")]) is None
    True
    """
    first = " ".join(pairs[0]["label"].lower().split())
    labels = {" ".join(pair["label"].lower().split()) for pair in pairs[1:] if pair.re is _PAIR}
    named = not labels.isdisjoint(_DIVISION_SIDES.get(first, ()))
    return None if first == "contents" and not named else named


def _pair_category(pair: re.Match[str]) -> str:
    """The category of a label pair: a role of the vote, or a kind of ballot."""
    if pair.re is _BALLOT_PAIR:
        return ballot_category(pair["label"]) or pair["label"].lower()
    return _PAIR_CATEGORY[" ".join(pair["label"].lower().split())]


def _pair_members(text: str, end: int) -> re.Match[str] | None:
    """The members in parentheses right after a label pair's count at ``end``, if any.

    Parentheses that state the vote's total ("(total 167)") name no members.
    """
    members = _MEMBERS.match(text, end)
    if (
        members is None
        or _names_no_one(members["members"])
        or _PAIR_TOTAL.match(text, end) is not None
    ):
        return None
    return members


# A side of a recorded vote listed as the Human Rights Council's meeting summaries print
# it: the label, its count in parentheses, a colon and the members ("In favour (23):
# Angola, Benin, ...", "Against (0): None", "Abstentions (12): ..."), each side after the
# other in one paragraph or as paragraphs of their own.
_LISTED_SIDE = re.compile(
    rf"""
    (?<![\w-])(?P<label>{_PAIR_WORDS})\s{{0,3}}\(\s{{0,3}}(?P<n>{NONE_PATTERN}|{COUNT_PATTERN})
    \s{{0,3}}\)\s{{0,3}}[:—–]
    """,
    _FLAGS,
)
# The members of the last listed side: names with no figure and no colon of another
# label, a name may hold parentheses ("Bolivia (Plurinational State of)"); they end with
# their sentence or line, a line that ends on a comma or "and" going on to the next.
_LISTED_MEMBERS = re.compile(
    r"(?:[^\d:\n.]|\.(?=\S)|(?<=[,;])\n|(?<=[,;][ \t])\n|(?<=\band)\n|(?<=\band[ \t])\n){0,3000}"
)
# "None" or a dash for a side no member took.
_NO_MEMBERS = re.compile(r"\s{0,3}(?:none|nil|-|—|–)?\s{0,3}[.;,]?\s{0,3}", re.IGNORECASE)


def opens_listed_side(text: str, start: int = 0) -> bool:
    """Whether ``text`` at ``start`` opens with a listed side of a vote ("Against (2): ...").

    A meeting summary may print each side of a recorded vote as a paragraph of its own;
    :func:`surveystats.extract.tallies.extract_tallies` joins such consecutive paragraphs
    so that the vote is read whole.

    Examples
    --------
    >>> opens_listed_side("Against (2): Chad and Peru."), opens_listed_side("Against all odds")
    (True, False)
    """
    return _LISTED_SIDE.match(text, start) is not None


def _find_listed_sides(text: str) -> list[Tally]:
    """Votes written as listed sides: "In favour (4): A, B, C and D. Against (1): E.".

    The first side is in favour, another one is against, no side comes twice, and what
    stands between two sides is the first one's members (no figure); each side keeps its
    members, which must be as many as its count (see :func:`_listed_vote`).

    Examples
    --------
    >>> vote = _find_listed_sides("In favour (3): Chad, Mali and Peru; Against (1): Fiji.")[0]
    >>> [(part.category, part.count, part.members) for part in vote.parts]
    [('in favour', 3, ['Chad', 'Mali', 'Peru']), ('against', 1, ['Fiji'])]
    """
    sides: list[re.Match[str]] = []
    position = text.find("):")
    while position >= 0:  # the side whose colon is this one
        side = next(
            (
                match
                for match in _LISTED_SIDE.finditer(text, max(0, position - 40), position + 2)
                if match.end() == position + 2
            ),
            None,
        )
        if side is not None:
            sides.append(side)
        position = text.find("):", position + 2)
    found: list[Tally] = []
    run: list[re.Match[str]] = []
    for side in [*sides, None]:
        if side is not None and (not run or _only_names(text, run[-1].end(), side.start())):
            run.append(side)
            continue
        if len(run) >= 2 and (tally := _listed_vote(text, run)) is not None:
            found.append(tally)
        run = [side] if side is not None else []
    return found


# Before a listed side: the start of the text, a line or a sentence, or a semicolon.
_SIDE_OPEN = re.compile(r"(?:^|\n|[.;:]\s{0,3})[ \t]{0,3}$")


def _side_opens(text: str, start: int) -> bool:
    """Whether a listed side at ``start`` opens its text, line or sentence, or follows ";"."""
    return _SIDE_OPEN.search(text, max(0, start - 8), start) is not None


def _only_names(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold the members of a side: no figure, no colon."""
    return not any(character.isdigit() or character == ":" for character in text[start:end])


class _ListedSide(NamedTuple):
    """One side of a vote listed with its members: its label, count and names, and where."""

    label: str
    count: str
    count_span: tuple[int, int]
    start: int
    names_end: int
    names: str


def _listed_vote(text: str, sides: list[re.Match[str]]) -> Tally | None:
    """The vote of consecutive sides listed with their counts before the colon."""
    listed: list[_ListedSide] = []
    for index, side in enumerate(sides):
        if index + 1 < len(sides):
            names_end = sides[index + 1].start()
        else:
            last = _LISTED_MEMBERS.match(text, side.end())
            names_end = side.end() if last is None else last.end()
        names = text[side.end() : names_end]
        listed.append(
            _ListedSide(side["label"], side["n"], side.span("n"), side.start(), names_end, names)
        )
    return _vote_of_listed_sides(text, listed)


def _vote_of_listed_sides(text: str, sides: list[_ListedSide]) -> Tally | None:
    """The vote of consecutive listed sides, or None where they are not one.

    Each side opens its line or sentence ("Reasons in favour (3): ..." lists arguments)
    and names as many members as its count, each a name with a capital ("in favour (3):
    cost, time and scope" lists no members): the names confirm the counts.
    """
    categories = [_PAIR_CATEGORY[" ".join(side.label.lower().split())] for side in sides]
    if (
        categories[0] != "in favour"
        or sides[0].label.lower() == "for"
        or "against" not in categories
        or len(set(categories)) != len(categories)
        or not all(_side_opens(text, side.start) for side in sides)
    ):
        return None
    parts: list[Part] = []
    for category, side in zip(categories, sides, strict=True):
        part = _count_part(category, side.count, *side.count_span)
        if part is None:
            return None
        if _NO_MEMBERS.fullmatch(side.names) is None:
            _members(side.names.strip().rstrip(".;,").strip(), part)
        if len(part.members) != part.count or not all(name[:1].isupper() for name in part.members):
            return None
        part.start, part.end = side.start, side.names_end
        parts.append(part)
    tally = Tally("vote", sides[0].start, parts[-1].end, parts)
    tally.outcome = _outcome_before(text, tally.start)
    return tally


# A side listed with its count after its members, as the Security Council's records of a
# vote print it: "In favour: Brazil, China, ..., Norway (10). Against: Albania (1).". The
# label and its colon open the side; the members, a name with parentheses of its own
# ("Bolivia (Plurinational State of)") among them, end at the count in parentheses.
_SIDE_LABEL_COLON = re.compile(rf"(?<![\w-])(?P<label>{_PAIR_WORDS})\s{{0,3}}:\s{{0,3}}", _FLAGS)
_MEMBERS_THEN_COUNT = re.compile(
    rf"""
    (?P<names>[^(){{}}\d:;]{{1,2000}}(?:\([^(){{}}\d:;]{{1,60}}\)[^(){{}}\d:;]{{0,2000}}){{0,6}}?)
    \s{{0,3}}\(\s{{0,3}}(?P<n>{NONE_PATTERN}|{COUNT_PATTERN})\s{{0,3}}\)
    (?=\s{{0,3}}(?:[.;]|$))
    """,
    _FLAGS,
)
# Between two sides listed with their counts after their members: the end of a sentence,
# a semicolon or a line.
_BETWEEN_COUNTED_SIDES = re.compile(r"\s{0,3}[.;]?\s{0,3}")


def _find_sides_counted_after(text: str) -> list[Tally]:
    """Votes whose sides list their members first and their counts after them.

    "In favour: Chad, Mali, Peru (3). Against: Fiji (1)." is one vote; as for the sides
    with the count before the colon (:func:`_find_listed_sides`), the first side is in
    favour, another one against, and each side names as many members as its count.

    Examples
    --------
    >>> vote = _find_sides_counted_after("In favour: Chad, Mali, Peru (3). Against: Fiji (1).")[0]
    >>> [(part.category, part.count, part.members) for part in vote.parts]
    [('in favour', 3, ['Chad', 'Mali', 'Peru']), ('against', 1, ['Fiji'])]
    """
    found: list[Tally] = []
    run: list[_ListedSide] = []
    position = text.find(":")
    while position >= 0:
        label = next(
            (
                match
                for match in _SIDE_LABEL_COLON.finditer(text, max(0, position - 40), position + 4)
                if match.start() <= position < match.end()
            ),
            None,
        )
        members = label and _MEMBERS_THEN_COUNT.match(text, label.end())
        if not members:
            position = text.find(":", position + 1)
            continue
        side = _ListedSide(
            label["label"],
            members["n"],
            members.span("n"),
            label.start(),
            members.end(),
            members["names"],
        )
        if run and _BETWEEN_COUNTED_SIDES.fullmatch(text, run[-1].names_end, side.start) is None:
            if len(run) >= 2 and (tally := _vote_of_listed_sides(text, run)) is not None:
                found.append(tally)
            run = []
        run.append(side)
        position = text.find(":", members.end())
    if len(run) >= 2 and (tally := _vote_of_listed_sides(text, run)) is not None:
        found.append(tally)
    return found


# "with 77 votes against none", "with 150 votes to 3"
_HEAD_WITH = re.compile(
    rf"""
    (?-i:w)(?<!\w.)ith{GAP}{_count("for")}{GAP}(?P<votes>votes?){GAP}(?:in{GAP}favou?r{GAP})?
    (?P<to>to|against|versus){GAP}
    (?P<against>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN})
    (?:{GAP}(?:votes?{GAP})?(?P<against_word>against)\b)?
    """,
    _FLAGS,
)
# "150 in favour to 3 against", "120 votes in favour and 5 against", "10 in favour, none
# against", "24 votes in favour of and 5 votes against", "97 affirmative votes, 12 negative
# votes"; the answers of a vote as its sides, quoted or named as votes ("14 “yes” votes and 6
# “no” votes", "14 votes of yes", "52 ayes to 30 noes"): a survey's "45 said yes" has no
# "votes" and stays a survey.
_QUOTE_OPEN = "[\"“'‘]"
_QUOTE_CLOSE = "[\"”'’]"


def _answer_vote(answer: str) -> str:
    """Votes of one answer: "“yes” votes", "'No' votes", "votes of yes" (``answer`` a pattern)."""
    return (
        rf"(?:{_QUOTE_OPEN}(?-i:{answer}){_QUOTE_CLOSE}{GAP}votes?\b"
        rf"|votes?{GAP}of{GAP}{_QUOTE_OPEN}?(?-i:{answer})\b{_QUOTE_CLOSE}?)"
    )


# What a side in favour reached, said in a comma aside after it: "nine votes, the minimum
# needed, with three against", "129 votes, exactly the two-thirds majority required, with".
_THRESHOLD_ASIDE = (
    r"(?:the|a|just|only|exactly|one|two)\s[^,;()\d]{0,40}?"
    r"(?:minimum|majority|threshold|required|needed|necessary)\b[^,;()\d]{0,30}"
)
# A "yes" whose noun comes after the "no" joined to it: "12 “Yes” and 9 “No” votes", "12
# yes and 9 no votes" (quotes or none, the same on both).
_ANSWER_NOUN_AFTER = (
    rf"{_QUOTE_OPEN}(?-i:yes|Yes|YES){_QUOTE_CLOSE}(?=\s{{0,3}},?{GAP}and{GAP}{COUNT_PATTERN}{GAP}"
    rf"{_QUOTE_OPEN}(?-i:no|No|NO){_QUOTE_CLOSE}{GAP}votes?\b)"
    rf"|(?-i:yes|Yes|YES)(?=\s{{0,3}},?{GAP}and{GAP}{COUNT_PATTERN}{GAP}(?-i:no|No|NO){GAP}votes?\b)"
)
# What the side in favour voted for, before "to" or "and" and the side against: "41 in
# favour of the change to 17 against", "107 votes in favour of admission and 14 votes
# against". Lower-case words only (no name of a voter), and only before a count against.
# A text named by its sponsor's adjective is a text too: "in favour of the Australian
# proposal and 24 against" (a capitalised word only before the noun of a text).
_TEXT_OF_A_SPONSOR = (
    rf"the(?:{GAP}(?-i:[A-Z][a-z-]{{1,20}})){{1,3}}{GAP}"
    rf"(?:draft{GAP})?(?-i:proposal|amendment|motion|text|resolution|decision|recommendation)s?"
)
_FAVOUR_OBJECT_TO = (
    rf"{GAP}of(?:(?:{GAP}(?-i:[a-z][a-z-]{{0,20}})){{1,4}}|{GAP}{_TEXT_OF_A_SPONSOR})"
    rf"(?=\s{{0,3}},?{GAP}(?:to|and){GAP}{COUNT_PATTERN}{GAP}(?:votes?{GAP})?against\b)"
)
# The nouns of voters before "against" in a side of an in-favour head ("14 countries against").
_AGAINST_NOUN = rf"(?:(?:countries|nations|members|Member{GAP}States|States|delegations){GAP})?"
# What the votes for a side were for, before the side against: "107 votes for its
# membership bid, with 14 countries against". Lower-case words only (no name of a
# candidate: "154 votes for the candidate" is an election), and only before a count
# against ("45 votes for division, 70 against").
_FOR_OBJECT = (
    rf"(?:{GAP}(?-i:[a-z][a-z’'-]{{0,20}})){{1,5}}"
    rf"(?=\s{{0,3}}(?:,{GAP}|,?{GAP}(?:with|and|to){GAP}){COUNT_PATTERN}{GAP}{_AGAINST_NOUN}"
    rf"(?:votes?{GAP})?(?:(?:were|was){GAP}cast{GAP})?against\b)"
)
# What voters voted for, where it is the text put to the vote: "voting for it", "voting
# for the amendment" (never a name: "voting for Chile" is an election).
_VOTED_TEXT = (
    rf"(?:{GAP}(?:it|them|(?:the|this|that){GAP}(?:draft{GAP})?(?:text|proposal|amendment"
    rf"|motion|resolution|decision|recommendation|report)s?))?\b(?=\s{{0,3}}[,;]|{GAP}(?:and|to|with)\b)"
)
_HEAD_FAVOUR = re.compile(
    rf"""
    (?<![\w.,])(?P<for>{COUNT_PATTERN}|{GARBLED_PATTERN}){GAP}
    (?:{_VOTERS}{GAP}(?=in{GAP}favou?r\b))?   # "The vote was 150 Member States in favour"
    (?:(?:(?P<votes>votes?){GAP}(?P<cast>(?:(?:were|was|being|(?:having|had|have|has){GAP}been){GAP})?cast{GAP})?
        |{_AGAINST_NOUN}voting{GAP})?in{GAP}favou?r\b|          # "25 members voting in favour"
        {_AGAINST_NOUN}voting{GAP}for{_VOTED_TEXT}|      # "15 States voting for it, 22 against"
        (?P<votes_affirmative>votes?){GAP}in{GAP}the{GAP}affirmative\b|  # minutes, records
        (?P<votes_support>votes?){GAP}in{GAP}support\b|   # "27 votes in support with 41 against"
        (?P<votes_for>votes{GAP}for)(?:{_FOR_AS_ROLE}|{_FOR_OBJECT})|  # "99 votes for, 9 against"
        # "28 votes were cast for the text and 21 against"
        votes{GAP}(?:(?:were|was|(?:had|have|has){GAP}been){GAP})?cast{GAP}for{_FOR_OBJECT}|
        (?P<affirmative>(?:affirmative|positive){GAP}votes?)\b|
        # "97 affirmative and 6 negative votes": the noun after the side against
        (?P<affirmative_before>(?:affirmative|positive)
            (?=\s{{0,3}},?{GAP}and{GAP}(?:{NONE_PATTERN}|{COUNT_PATTERN}){GAP}negative{GAP}votes?\b))|
        # "12 “yes” votes", "64 ayes", "23 yeas", "12 “Yes” and 9 “No” votes"
        # "40 Yes votes, 14 No votes", "11 yes votes": the answer as the votes' adjective
        (?P<answer>{_answer_vote("yes|Yes|YES")}|ayes\b|yeas\b|{_ANSWER_NOUN_AFTER}
            |(?-i:yes|Yes|YES){GAP}votes?\b)|
        (?-i:(?:votes?{GAP})?(?:yes|Yes|YES))\b(?=\s{{0,3}}[,;]))
    (?:{GAP}of\b(?={GAP}(?:and|to|with|versus)\b|\s{{0,3}}[,;])
      | {_FAVOUR_OBJECT_TO})?
    # the members in favour before "to" and the side against: "3 in favour (Chile, Peru) to
    # 12 against" (before "and" or a comma they are read after the head)
    (?:\s{{0,3}}\((?P<favour_members>{names_in_parentheses(400, digits=False)})\)
        (?=\s{{0,3}},?{GAP}to\b))?
    (?:
        # "48 votes in favour against 81 opposed"
        \s{{0,3}}[,;]?\s{{0,3}}(?:(?P<to>to|and|with|versus|against){GAP})?
        (?P<against>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN}){GAP}
        (?:{_AGAINST_NOUN}(?:votes?{GAP})?(?:against|opposed|in{GAP}opposition)\b|negative{GAP}votes?\b|
          # "149 affirmative votes, none negative and 11 abstentions": the noun elided
          (?<=\s)negative(?=\s{{0,3}}(?:[,;.)]|(?:and|with)\b|$))|(?:votes?{GAP})?in{GAP}the{GAP}negative\b|(?-i:no|No|NO)\b(?!{GAP}(?:one|longer|more|less)\b)(?:{GAP}votes?\b)?
          | {_answer_vote("no|No|NO")}|(?:noes|nays)\b)   # "5 “no” votes", "30 noes"
    )?
    """,
    _FLAGS,
)
# The side in favour unnamed, known by the side against right after it: "mustered 60
# votes, with 70 against", "reached only 43 votes, short of the 58 cast against", "fell,
# 40 for and 62 against" ("votes" before "in", "for" or "against" names its side).
_HEAD_UNNAMED_FAVOUR = re.compile(
    rf"""
    (?<![\w.,])(?P<for>{COUNT_PATTERN}){GAP}(?P<votes>votes(?!{GAP}(?:in|for|against)\b)|for)
    (?:\s{{0,3}},{GAP}{_THRESHOLD_ASIDE}(?=,))?
    \s{{0,3}},?(?:{GAP}(?P<to>to|and|with|versus)|{GAP}short{GAP}of{GAP}the)?{GAP}
    (?:(?:only|just){GAP})?
    (?P<against>{NONE_PATTERN}|{COUNT_PATTERN}){GAP}(?:votes?{GAP})?(?:cast{GAP})?
    (?:against|opposed)\b
    """,
    _FLAGS,
)
_UNNAMED_FAVOUR_WINDOWS = (("against", 150, 12), ("opposed", 150, 12))
# The side against set beside the votes in favour with "as against": "obtained 46 votes as
# against 47, with 20 abstentions". The same words compare two years or two candidates
# ("150 votes as against 140 last year"), so only a clause that ends there and a side
# that follows (abstentions, members absent) make it a vote: see :func:`find_votes`.
_HEAD_AS_AGAINST = re.compile(
    rf"""
    (?<![\w.,])(?P<for>{COUNT_PATTERN}){GAP}(?P<votes>votes){GAP}as{GAP}against{GAP}
    (?P<against>{NONE_PATTERN}|{COUNT_PATTERN})(?=\s{{0,3}}[,;])
    """,
    _FLAGS,
)
_AS_AGAINST_WINDOWS = (("as against", 40, 30),)
# The votes against first: "12 against, 130 in favour and 21 abstentions", "with none
# against and 14 in favour", and as the records' absolute clause, the votes cast and the
# text they were cast against named: "rejected, 47 votes being cast against it and 12 in
# favour"
_HEAD_AGAINST_FIRST = re.compile(
    rf"""
    (?<![\w.,])(?P<against>{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN}){GAP}
    (?:votes?{GAP}(?:(?:(?:were|was|being|having{GAP}been){GAP})?cast{GAP})?)?
    (?:against|opposed)(?:{_VOTED_TEXT})?
    # the members of the side against, before the side in favour: "3 against (France,
    # United Kingdom) to 2 in favour"
    (?:\s{{0,3}}\((?P<against_members>{names_in_parentheses(400, digits=False)})\))?
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:and|to|with){GAP})?
    (?P<for>{COUNT_PATTERN}|{GARBLED_PATTERN}){GAP}(?P<votes>votes?{GAP})?in{GAP}favou?r\b
    """,
    _FLAGS,
)
# One role after "with": "adopted with only 3 against", "with just two votes against",
# "with only one negative vote", "with no vote against", "with only 7 abstentions", "with
# just five countries voting against", "With 146 Member States voting in favour, 2 against"
_HEAD_WITH_ROLE = re.compile(
    rf"""
    (?P<lead>(?-i:[wW])(?<!\w.)ith|(?-i:[tT])(?<!\w.)here{GAP}(?:were|was)(?:{GAP}also)?)
    {GAP}(?:(?:only|just|a{GAP}mere|all){GAP})?
    (?P<n>no|{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN}){GAP}
    (?:(?P<noun>members?|Member{GAP}States?|States?|delegations?|countries|nations|Governments?){GAP}
        (?:of{GAP}the{GAP}(?:Council|Assembly|Board|Committee|Commission){GAP})?)?
    (?:
        (?P<against>(?:votes?{GAP})?(?:against|opposed)|negative{GAP}votes?|
            (?:votes?{GAP})?in{GAP}opposition|voting{GAP}(?:against|no)
            # voters named by their noun, then a participle of opposing: "with 12 States
            # opposing it"
            |(?(noun)(?P<opposing>opposing)|(?!)))
      | (?P<abstain>abstentions?|abstaining)
      # voters named by their noun, then their side: "with 170 countries in favour", "with
      # 143 countries supporting the text", "with 150 delegations backing it"
      | (?P<favour>(?(noun)(?:in{GAP}favou?r|(?P<participle>supporting|backing|endorsing))|(?!))
            | voting{GAP}(?:in{GAP}favou?r|for|yes)
            # the votes named by their side, as "votes against" are: "There were seven
            # votes in favour of the motion", "with 12 affirmative votes"
            | votes?{GAP}in{GAP}favou?r|(?:affirmative|positive){GAP}votes?)
    )\b
    # the participle's object, up to the next side: "supporting it", "backing the text"
    (?(participle)(?:{GAP}(?:it|them|the|its|this|that)\b
        (?:{GAP}(?!(?:and|while|whereas|with|but)\b)[\w’'-]+){{0,4}})?|)
    (?(opposing)(?:{GAP}(?:it|them|the|its|this|that)\b
        (?:{GAP}(?!(?:and|while|whereas|with|but)\b)[\w’'-]+){{0,4}})?|)
    """,
    _FLAGS,
)
# After votes named by their side in favour, another side of the same sentence: the
# enumeration grammar reads them all ("24 votes in favour of and 5 votes against").
_OTHER_SIDE_AFTER = re.compile(
    r"[^.;:!?]{0,160}?\b(?:against|opposed|abstentions?|abstain(?:ed|ing)|negative)\b"
)
# Before a one-role vote "with only 3 against": what was done by that vote, and the text
# it was done to, whose number may stand between ("adopted resolution 3379 (XXX) with 35
# votes against", "approved resolution 53/4, with only 2 against", "endorsed Security
# Council resolution 1373 (2001) with 3 abstentions"): a text's number is no count.
_TEXT_NUMBER = (
    r"(?<=resolution\s)(?<!\d\sresolution\s)\d{1,4}(?:/\d{1,4})?"
    r"(?:\s?\((?:\d{4}|[A-Z]{1,3}-[IVXL]{1,6})\))?"
)
_WITH_ROLE_VERB = re.compile(
    # a narrative infinitive too: "it was the turn of the General Assembly to approve
    # almost unanimously, with only two votes against, resolution 2229 (XXI)"
    r"\b(?:adopted|approved|carried|passed|accepted|endorsed|rejected|defeated|voted"
    # support as the verb of the vote: "The plenary backed the proposal, with 77
    # delegations voting in favour"
    r"|backed|supported|to\s{1,3}(?:approve|adopt))\b"
    rf"(?:[^.;:\d]|{_TEXT_NUMBER}){{0,150}}$",
    re.IGNORECASE,
)
# After a one-role vote set before its verb, that verb: "The Assembly, with only 7
# abstentions, warmly supported the application", "The Council with two votes against
# rejected the proposal" (an adverb may stand before it).
_WITH_ROLE_VERB_AFTER = re.compile(
    r"\s{0,3},?\s{0,3}(?:[a-z]{2,20}ly\s{1,3})?"
    r"(?:adopted|approved|supported|endorsed|carried|passed|accepted|rejected|defeated)\b"
)
# The voters counted by a one-count vote, and the whole they are part of: "supported by
# 143 out of 193 members", "approved by 27 out of 47 votes", "backed by 140 members".
_VOTERS_OUT_OF = rf"""
    (?P<for>{COUNT_PATTERN})(?:{GAP}out{GAP}of{GAP}(?P<total>{COUNT_PATTERN}))?{GAP}
    # "13 council members", "34 Board members": a lower-case word or a body naming whose
    # members voted ("backed by 15 Arab countries" names a group of backers: none)
    (?:(?!of\b|out\b)(?-i:[a-z][a-z-]{{1,19}}|Council|Board|Committee|Commission){GAP})?
    (?P<noun>members|Member{GAP}States|States|countries|nations|delegations|Governments|votes)\b
"""
_HEAD_SUPPORTED = re.compile(
    rf"""
    (?P<verb>supported|backed|endorsed|approved|adopted|carried|passed)
    {GAP}by{GAP}(?:(?:some|only|just){GAP})?{_VOTERS_OUT_OF}
    (?:{GAP}(?:of|in|at){GAP}[^,.;:()\d]{{1,60}})?          # "of the General Assembly"
    """,
    _FLAGS,
)
_SUPPORTED_WINDOWS = tuple(
    (f"{verb} by", 0, 90)
    for verb in ("supported", "backed", "endorsed", "approved", "adopted", "carried", "passed")
)
# What a vote "supported by 140 members" is about: a text put to the vote.
_VOTED_TEXT_BEFORE = re.compile(
    r"\b(?:resolution|draft|text|proposal|amendment|motion|decision|declaration|measure"
    r"|recommendation|paragraph|article)s?\b"
    r"[^.;:]{0,100}$",
    re.IGNORECASE,
)
# The same before support a text gained, which its sentence must say was given in a vote
# (_gained_in_a_vote): a relative clause on the text may stand between.
_GAINED_TEXT_BEFORE = re.compile(_VOTED_TEXT_BEFORE.pattern.replace("{0,100}", "{0,220}"), re.I)
_GAINED_REACH = 280
# Support that is no vote: "The proposal, endorsed by 25 Governments, was circulated".
# A resolution is voted on; any other text is only where its sentence says so.
_SUPPORT_VERBS = frozenset({"supported", "backed", "endorsed"})
# Words that say a sentence's support was given in a vote: a vote, its sides, its outcome.
_VOTING_EVIDENCE = re.compile(
    r"\b(?:resolutions?|vot(?:e|es|ed|ing)|ballot|adopt(?:ed|ion)|approv(?:ed|al)|passed"
    r"|rejected|defeated|majority|abstentions?|veto(?:ed)?"
    r"|abstain(?:ed|ing)(?!\s{1,3}from\s{1,3}(?!voting\b)))\b",  # not "abstained from commenting"
    re.IGNORECASE,
)
# A sentence that says no vote was taken: its support was no side of one.
_NO_VOTE = re.compile(
    r"\b(?:without\s{1,3}a\s{1,3}vote|not\s{1,3}(?:put|pressed)\s{1,3}to\s{1,3}(?:a|the)\s{1,3}vote"
    r"|no\s{1,3}vote\s{1,3}(?:was|being)\s{1,3}taken)\b",
    re.IGNORECASE,
)
_SENTENCE_REACH = 200
# A next sentence that opens on the count of another side, which may say the support was
# a vote: "The text was supported by 40 delegations. Twelve opposed it and 7 abstained."
_OTHER_SIDES_NEXT = re.compile(
    rf"\.\s{{1,3}}(?:(?:Only|Just|Another|A\s{{1,3}}further)\s{{1,3}})?{COUNT_PATTERN}(?![\w-])",
    _FLAGS,
)


def _sentence_begin(text: str, at: int, reach: int = _SENTENCE_REACH) -> int:
    """Where the sentence that holds ``text[at]`` begins, looking back ``reach`` at most.

    >>> _sentence_begin("It was adopted. Two abstained.", 20)
    16
    """
    window = max(0, at - reach)
    return window + sentence_starts(text[window : at + 1])[-1]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` begins and where its look ends.

    The look ends at the sentence's stop, at most :data:`_SENTENCE_REACH` characters after
    ``end``, or at the next sentence's stop where that one opens on the other sides a vote
    may state ("It was backed by 9 members. Two abstained.").
    """
    begin = _sentence_begin(text, start)
    stop = text.find(". ", end, end + _SENTENCE_REACH)
    if stop != -1 and _OTHER_SIDES_NEXT.match(text, stop) is not None:
        stop = text.find(". ", stop + 2, stop + 2 + _SENTENCE_REACH)  # its sides' sentence too
    return begin, (stop if stop != -1 else end + _SENTENCE_REACH)


def _voted_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` says it speaks of a vote.

    Up to :data:`_SENTENCE_REACH` characters each side, within the sentence: a word of
    :data:`_VOTING_EVIDENCE` ("adopted", "vote", "abstained", "vetoed"), and none that
    says no vote was taken ("was not put to a vote", "without a vote").

    >>> _voted_in_sentence("It was backed by 9 and opposed by 2, while 3 abstained.", 7, 17)
    True
    >>> _voted_in_sentence("It was backed by 9 members during the debate.", 7, 17)
    False
    >>> _voted_in_sentence("It was backed by 9 members but not put to a vote.", 7, 17)
    False

    Where the next sentence opens on a count, the other sides it may state are looked at too:

    >>> _voted_in_sentence("It was backed by 9 members. Two abstained.", 7, 17)
    True
    >>> _voted_in_sentence("It was backed by 9 members. The vote is next week.", 7, 17)
    False
    """
    begin, stop = _sentence_around(text, start, end)
    return (
        _VOTING_EVIDENCE.search(text, begin, stop) is not None
        and _NO_VOTE.search(text, begin, stop) is None
    )


def _put_to_a_vote(text: str, text_start: int, match: re.Match[str]) -> bool:
    """Whether the support a match counts was given in a vote (see _SUPPORT_VERBS).

    >>> def voted(s): return _put_to_a_vote(s, 4, _HEAD_SUPPORTED.search(s))
    >>> voted("The proposal, endorsed by 25 Governments, was circulated.")
    False
    >>> voted("The decision, backed by 88 countries, was adopted.")
    True
    >>> voted("The resolution was backed by 140 members.")
    True
    >>> voted("The proposal was backed by 64 States and opposed by 9, while 4 abstained.")
    True
    """
    if match["verb"].lower() not in _SUPPORT_VERBS:
        return True
    return _voted_in_sentence(text, text_start, match.end())


# The size of the body the voters sit on, written before it: "the IAEA's 35-member board".
_BODY_SIZE = re.compile(r"(?<![\w.,])(?P<size>\d{1,3})-(?:member|nation|seat)\b")
# "Nineteen countries on the board voted for the resolution", "Ten members of the Council,
# including Russia and China, voted in favour", "143 member countries (out of 193) voted
# in favour": a count of voters with words between it and its vote, which the
# enumeration grammar leaves.
_HEAD_VOTED = re.compile(
    rf"""
    (?<![\w.,])(?P<for>{COUNT_PATTERN}){GAP}(?:[A-Za-z-]{{1,20}}{GAP}){{0,2}}?
    (?P<noun>members?|Member{GAP}States|States|countries|nations|delegations|Governments)
    (?P<between>
        # "on the board", "on the IAEA's 35-member board": a size before its body is no count
        (?P<place>{GAP}(?:of|on|in|at){GAP}
            (?:[^,.;:()\d]|(?<![\w.,])\d{{1,3}}(?=-(?:member|nation|seat)\b)){{1,60}}?)?
        (?:\s{{0,3}}\((?:out{GAP}of|of){GAP}(?P<total>{COUNT_PATTERN})\))?
        # ", including China," / ", which represents the members," / "-- Bolivia, China --";
        # the dots of initials ("the U.S. and U.K.") end no aside
        (?P<including>\s{{0,3}},{GAP}(?:including|among{GAP}them|notably|which|who)
                (?:[^.;:()\d]|(?<=\b[A-Z])\.){{1,120}}?,
            # the closing comma left out before the verb: "Thirteen countries, including
            # Pakistan voted against"
            | \s{{0,3}},{GAP}including{GAP}(?-i:[A-Z])[^.;:(),\d]{{1,80}}?
                (?={GAP}(?:voted|abstained)\b)
            | \s{{0,3}}(?P<dash>--|—|–)(?:[^.;:()\d—–]|(?<=\b[A-Z])\.){{1,150}}?(?P=dash))?
    )
    {GAP}(?:voted{GAP}(?P<side>in{GAP}favou?r|for|against)|(?P<abstained>abstained(?!{GAP}from{GAP}(?!voting))))\b
    (?:{GAP}(?:it|them|the{GAP}(?:text|resolution|draft|proposal|decision|amendment))\b)?
    """,
    _FLAGS,
)
_VOTED_WINDOWS = (("voted", 230, 30), ("abstained", 230, 15))
_THE_BEFORE = re.compile(r"\b[Tt]he\s{1,3}$")
_OF_BEFORE = re.compile(r"\b(?:of|among|from)\s{1,3}(?:the\s{1,3}|its\s{1,3})?$", re.IGNORECASE)
# Where an in-favour head may start: its count stands at most some 60 characters before
# the word of its side ("one hundred and twenty-three votes were cast in favour"); after
# that word, room for what the pattern must see ("votes for" before a side against).
_FAVOUR_WINDOWS = (
    ("favo", 130, 20),
    ("in support", 130, 20),
    ("affirmative", 130, 45),  # "97 affirmative and 6 negative votes"
    ("positive", 130, 45),
    ("yes", 130, 60),
    ("yeas", 130, 10),
    ("votes for", 130, 250),
    ("cast for", 130, 250),
    ("voting for", 130, 60),
)
# Where "12 against, 130 in favour" may start: before its "against" or "opposed", as far
# back as "forty-seven votes having been cast against".
_AGAINST_FIRST_WINDOWS = (("against", 45, 60), ("opposed", 45, 60))
# ... and before a list of the side's members: "7 against (France, ..., United States) to 6
# in favour", where the side in favour ends past the window above.
_AGAINST_LISTED_WINDOWS = (("against (", 45, 480), ("opposed (", 45, 480))
# "adopted ... by the affirmative vote of twelve members with none voting against" (only
# after what was done by it: "decisions shall be made by an affirmative vote of nine
# members" is a rule, no vote); "received the affirmative votes of 40 Governors" (the
# verb of receiving states a vote that took place). Whoever cast them: any plural noun.
_HEAD_AFFIRMATIVE = re.compile(
    rf"""
    (?<![\w.])(?:by|(?P<received>received|obtained|secured|won)){GAP}(?:the|an?){GAP}
    (?:concurring{GAP})?affirmative{GAP}votes?{GAP}of{GAP}
    (?:(?:the|its){GAP})?{_count("for")}
    (?:{GAP}(?:of{GAP}(?:the|its){GAP})?(?:members|Member{GAP}States|States|delegations|countries
        |(?-i:[A-Za-z])[a-z-]{{1,24}}s(?![\w-])))?
    (?:\s{{0,3}},?{GAP}(?:with|and){GAP}(?P<against>{NONE_PATTERN}|{COUNT_PATTERN})
        {GAP}(?:(?:members{GAP})?voting{GAP}against|against|opposed|negative{GAP}votes?))?
    """,
    _FLAGS,
)
# Before a one-count vote "64 votes in favour": the verb that makes it one.
_RECEIVED = re.compile(
    r"\b(?:received|receiving|obtained|obtaining|won|winning|secured|securing|garnered|"
    r"gained|got|with|drew|attracted|gathered|gathering|mustered|mustering|polled|polling)\s{1,3}(?:(?:only|just|some|about|nearly|almost)\s{1,3})?$",
    re.IGNORECASE,
)
# A list of figures, one per vote, for one side of several votes: "20, 24 and 31".
_COLUMN_FIGURE = rf"""(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d{{1,4}}(?!\d|[.,]\d)
    |(?<![A-Za-z-]){NUMBER_WORDS}(?![A-Za-z-]))"""
_COLUMN = rf"""{_COLUMN_FIGURE}(?:\s{{0,3}},{GAP}{_COLUMN_FIGURE}){{0,8}}
    \s{{0,3}},?{GAP}and{GAP}{_COLUMN_FIGURE}"""
# Several votes listed with "respectively": "adopted by 120 to 2, 118 to 3 and 125 to 1
# respectively". One item, then the list (bounded repetitions: linear).
_ITEM = rf"""
    (?:{COUNT_PATTERN}){GAP}(?:votes?{GAP})?(?:to|against){GAP}(?:{NONE_PATTERN}|{COUNT_PATTERN})
    (?:\s{{0,3}},?{GAP}(?:with{GAP}|and{GAP})?(?:no|{NONE_PATTERN}|{COUNT_PATTERN}){GAP}abstentions?\b)?
"""
_RESPECTIVE_ITEM = re.compile(
    rf"""
    (?<![\w.,])(?P<for>{COUNT_PATTERN}){GAP}(?:votes?{GAP})?(?:to|against){GAP}
    (?P<against>{NONE_PATTERN}|{COUNT_PATTERN})(?![\w%])
    (?:\s{{0,3}},?{GAP}(?:with{GAP}|and{GAP})?(?P<abstain>no|{NONE_PATTERN}|{COUNT_PATTERN}){GAP}
        abstentions?\b)?
    """,
    _FLAGS,
)
_RESPECTIVE_LIST = re.compile(
    rf"""
    (?<!\w)by{GAP}(?:a{GAP}vote{GAP}of{GAP}|votes{GAP}of{GAP})?{_ITEM}
    (?:\s{{0,3}}[,;]?{GAP}(?:and{GAP})?(?:by{GAP})?{_ITEM}){{1,9}}
    # the abstentions of every item in one list after them: "by 63 votes to 1 and 74
    # votes to 1, with 2 and 3 abstentions respectively"
    (?:\s{{0,3}},?{GAP}with{GAP}(?P<abstain>{_COLUMN}){GAP}abstentions)?
    \s{{0,3}},?{GAP}respectively\b
    """,
    _FLAGS,
)


# Several votes stated as parallel lists, one list per side: "rejected by 20 and 24 votes
# to 31 and 29, respectively", "adopted by 112 and 98 votes respectively, with 10 and 21
# abstentions respectively". The n-th figure of each list belongs to the n-th vote; a
# side stated once as none ("to none", "with no abstentions") is none in every vote.
_COLUMN_SIDE = rf"(?:{_COLUMN}|no(?![a-z])|{NONE_PATTERN}|{_COLUMN_FIGURE})"
_RESPECTIVELY = r"\s{0,3},?\s{1,3}respectively\b"
_RESPECTIVE_COLUMNS = re.compile(
    rf"""
    (?<!\w)(?P<lead>by|with|received|receiving|obtained|obtaining){GAP}
    (?P<votes_of>votes{GAP}of{GAP})?                # "by votes of 112 and 98 to ..."
    (?P<favour>{_COLUMN})(?P<votes>{GAP}votes?\b)?(?P<in_favour>{GAP}in{GAP}favou?r\b)?
    (?P<after_favour>{_RESPECTIVELY}\s{{0,3}},?)?    # "by 110 and 98 votes, respectively, to"
    (?:{GAP}(?:to|against){GAP}(?P<against>{_COLUMN_SIDE})(?:{GAP}votes?\b)?
        (?(after_favour)(?:{GAP}against\b)?)           # "... to 41 and 52 against"
      | \s{{0,3}},?{GAP}(?:and{GAP})?                 # ", 3 and 5 against"
        (?P<against_named>{_COLUMN_SIDE})(?:{GAP}votes?)?{GAP}against\b)?
    (?P<after_sides>{_RESPECTIVELY})?
    (?:\s{{0,3}},?{GAP}(?:with|and){GAP}(?P<abstain>{_COLUMN_SIDE}){GAP}abstentions?\b
        (?:(?P<after_abstentions>{_RESPECTIVELY})|(?P<each>{GAP}each\b))?)?
    """,
    _FLAGS,
)
_COLUMN_ITEM = re.compile(_COLUMN_FIGURE, _FLAGS)


def _column_parts(
    text: str, match: re.Match[str], side: str, category: str, votes: int
) -> list[Part | None] | None:
    """The part of ``category`` in each of ``votes`` votes, from the list of one side.

    ``[None] * votes`` where the side is not stated; ``None`` where its list does not
    have one figure per vote (a single count other than none is no list, unless "each"
    ends the lists: "by 120 and 118 votes to 3, with 10 abstentions each").
    """
    if match[side] is None:
        return [None] * votes
    start, end = match.span(side)
    figures = list(_COLUMN_ITEM.finditer(text, start, end))
    if len(figures) == votes:
        return [_count_part(category, f.group(), *f.span()) for f in figures]
    if match[side].lower() == "no" or read_count(match[side])[0] == 0:
        return [Part(category, 0, start, end) for _ in range(votes)]
    if match["each"] and len(figures) == 1:
        return [_count_part(category, figures[0].group(), *figures[0].span()) for _ in range(votes)]
    return None


def _respective_columns(text: str, match: re.Match[str]) -> list[Tally] | None:
    """One vote per figure of the in-favour list, or ``None`` where the lists disagree."""
    favour = list(_COLUMN_ITEM.finditer(text, *match.span("favour")))
    votes = len(favour)
    against_side = "against" if match["against"] is not None else "against_named"
    against = _column_parts(text, match, against_side, "against", votes)
    abstain = _column_parts(text, match, "abstain", "abstentions", votes)
    if against is None or abstain is None:
        return None
    tallies = []
    for at, figure in enumerate(favour):
        parts = [_count_part("in favour", figure.group(), *figure.span())]
        parts += [part for part in (against[at], abstain[at]) if part is not None]
        if any(part is None for part in parts):
            return None
        # Each vote's phrase is its figure in favour, the last one's runs to the lists' end.
        end = figure.end() if at + 1 < votes else match.end()
        tallies.append(Tally("vote", figure.start(), end, parts))  # type: ignore[arg-type]
    return tallies


def _answer_votes(match: re.Match[str]) -> str | None:
    """The votes of an answer the head read ("30 “yes” votes"; not "30 ayes"), or None."""
    answer = match["answer"]
    return answer if answer is not None and "vot" in answer.lower() else None


# Where votes listed with "respectively" may start: "by" (items or lists), or a verb or
# "with" before lists that name their sides ("with 112 and 98 votes in favour, ...").
_RESPECTIVE_LEAD = re.compile(r"(?<!\w)(?:by|with|received|receiving|obtained|obtaining)\s")


def _states_votes(columns: re.Match[str], outcome: str | None) -> bool:
    """Whether parallel lists are votes: "votes" or "in favour" after the first list.

    After "by", "votes" (or "by votes of") does, and so do an outcome and a side against
    ("adopted by 112 and 98 to 3 and 5"); after a verb or "with" only "in favour" does
    ("the candidates received 40 and 31 votes" is a ballot).
    """
    if columns["lead"].lower() != "by":
        return columns["in_favour"] is not None
    if columns["votes"] or columns["votes_of"] or columns["in_favour"]:
        return True
    return outcome is not None and columns["against"] is not None


def _find_respective(text: str, lower: str) -> tuple[list[Tally], list[tuple[int, int]]]:
    """Votes listed with "respectively": one tally per item, or per place in parallel lists.

    Items: "by 120 to 2 and 118 to 3 respectively"; parallel lists: "by 20 and 24 votes
    to 31 and 29, respectively". Only searched in the 400 characters before each
    "respectively". Also returns the spans of parallel lists whose lengths disagree: no
    reading of their figures is sure.
    """
    found: list[Tally] = []
    refused: list[tuple[int, int]] = []
    ends = [m.start() for m in _LISTS_END.finditer(lower)]
    end_of_last = 0
    for position in ends:
        if position < end_of_last:
            continue
        reach = max(end_of_last, position - 400)
        for by in _RESPECTIVE_LEAD.finditer(lower, reach, position):
            match = _RESPECTIVE_LIST.match(text, by.start())
            if match is None:
                columns = _RESPECTIVE_COLUMNS.match(text, by.start())
                if columns is None or not (
                    columns["after_favour"]
                    or columns["after_sides"]
                    or columns["after_abstentions"]
                    or columns["each"]
                ):
                    continue
                outcome = _outcome_before(text, columns.start())
                if not _states_votes(columns, outcome):
                    if columns["lead"].lower() == "by":
                        break  # "rose by 10 and 20 to 30 and 40 respectively": no vote
                    continue  # "with 2 and 3 abstentions", "received 40 and 31 votes"
                tallies = _respective_columns(text, columns)
                if tallies is None:
                    refused.append(columns.span())
                else:
                    for tally in tallies:
                        tally.outcome = outcome
                    found.extend(tallies)
                end_of_last = columns.end()
                break
            outcome = _outcome_before(text, match.start())
            if outcome is None and "vot" not in lower[reach : match.end()]:
                break  # "rose by 10 to 20 and 30 to 40 respectively": no vote
            items_end = match.start("abstain") if match["abstain"] else match.end()
            items = list(_RESPECTIVE_ITEM.finditer(text, match.start(), items_end))
            abstentions = _shared_abstentions(text, match, items)
            if abstentions is None:
                refused.append(match.span())
                end_of_last = match.end()
                break
            for item, shared in zip(items, abstentions, strict=True):
                favour = _count_part("in favour", item["for"], *item.span("for"))
                against = _count_part("against", item["against"], *item.span("against"))
                if favour is None or against is None:
                    continue
                parts = [favour, against]
                if item["abstain"]:
                    abstain = _count_part("abstentions", item["abstain"], *item.span("abstain"))
                    if abstain is None:
                        continue
                    abstain.end = item.end()
                    parts.append(abstain)
                elif shared is not None:
                    parts.append(shared)
                # where the abstentions are listed after the items, the first vote's phrase
                # opens at "by" (as a vote read alone does: the one with more parts is
                # kept) and the last one's runs to the list's end
                start = match.start() if shared is not None and item is items[0] else item.start()
                end = match.end() if shared is not None and item is items[-1] else item.end()
                tally = Tally("vote", start, end, parts)
                tally.outcome = outcome
                found.append(tally)
            end_of_last = match.end()
            break
    return found, refused


def _shared_abstentions(
    text: str, match: re.Match[str], items: list[re.Match[str]]
) -> list[Part | None] | None:
    """The abstentions of each of ``items`` from one list after them, where there is one.

    "by 63 votes to 1 and 74 votes to 1, with 2 and 3 abstentions respectively": the n-th
    figure is the n-th item's. ``[None] * len(items)`` where no such list follows; None
    where it has another number of figures than there are items, or an item states its
    own abstentions (no reading is sure).
    """
    if match["abstain"] is None:
        return [None] * len(items)
    figures = list(_COLUMN_ITEM.finditer(text, *match.span("abstain")))
    if len(figures) != len(items) or any(item["abstain"] for item in items):
        return None
    return [_count_part("abstentions", f.group(), *f.span()) for f in figures]


# Where parallel lists of votes end: "respectively", or "each" after the abstentions
# ("by 120 and 118 votes to 3, with 10 abstentions each").
_LISTS_END = re.compile(r"\brespectively\b|(?<=abstentions)\s{1,3}each\b")


# Before the count of a role: "the remaining 35 abstained", "the other 4 voted against".
_REST = (
    rf"(?:the{GAP}(?:remaining|other){GAP}"
    rf"|(?:only|just|merely|a{GAP}mere|another|a{GAP}further){GAP})?"  # "another five abstained"
)
# The body or place of the voters after their noun, up to the next part of the vote:
# "31 members of the Board", "27 members of the Executive Committee". A word that joins
# the next part ("while 9 voted against", "and 5 voted against") ends it; a digit or
# punctuation too. "and" before a name is part of the place.
_VOTERS_PLACE = rf"""
    (?:{GAP}(?:of|on|in|from|at)
        (?:{GAP}(?!(?:while|whereas|with|but|who|which)\b)
            (?!and\b(?!{GAP}(?:the{GAP})?(?-i:[A-Z])))  # "from Latin America and Asia"
            [A-Za-z][\w’'-]{{0,30}}){{1,8}})?
"""
# Some of the voters named after "including": "11 countries, including Chile and Peru,".
_CAPITAL_WORD = r"(?-i:[A-Z])[\w’'.-]{1,30}"
_INCLUDED_NAME = (
    rf"(?:the{GAP})?{_CAPITAL_WORD}(?:{GAP}(?:of{GAP}(?:the{GAP})?)?{_CAPITAL_WORD}){{0,4}}"
)
_INCLUDED_VOTERS = (
    # "including world powers such as the US and Brazil": what they are, then the names
    rf"\s{{0,3}},?{GAP}including{GAP}(?:(?:(?-i:[a-z])[\w-]{{1,20}}{GAP}){{1,3}}such{GAP}as{GAP})?"
    rf"(?P<voters_including>{_INCLUDED_NAME}(?:\s{{0,3}},{GAP}(?:and{GAP})?{_INCLUDED_NAME}"
    rf"|{GAP}and{GAP}{_INCLUDED_NAME}){{0,19}})\s{{0,3}},?"
)
# The voters named between commas after their noun: "two members, China and the Russian
# Federation, voted against it", "with one member, Kazakhstan, abstaining". Names only.
_APPOSED_VOTERS = (
    rf"\s{{0,3}},{GAP}(?P<voters_apposed>{_INCLUDED_NAME}(?:\s{{0,3}},{GAP}(?:and{GAP})?"
    rf"{_INCLUDED_NAME}|{GAP}and{GAP}{_INCLUDED_NAME}){{0,19}})\s{{0,3}},"
)
# Who voted, between a count and its role: "17 countries abstained", "5 States voted against",
# "11 countries including Chile and Peru voted against".
# Any plural noun is one where "voted" follows it: "2 Governors voted against".
_VOTER = (
    # "while five more abstained": "more" stands for the noun of the side before
    rf"(?:(?:members?|Member{GAP}States?|States?|delegations?|countries|nations|Governments?|others|more)"
    # those present: "the remaining 29 delegations present abstained"
    rf"(?:{GAP}present(?!{GAP}and{GAP}not\b))?"
    rf"{_VOTERS_PLACE}(?:\s{{0,3}}\((?P<voters>{names_in_parentheses(400)})\))?"
    rf"(?:{_INCLUDED_VOTERS}|{_APPOSED_VOTERS})?(?:{GAP}(?:voted|have|had))?{GAP}"
    rf"|(?-i:[A-Za-z])[a-z-]{{1,24}}s{GAP}voted{GAP})?"
)
# "(Cuba, Yemen, Zimbabwe)" right after a count
# The members of a role in parentheses after it ("}" is OCR for ")"); a cross-reference
# names none: "(see annex)", "(For details of the voting, see annex II)", a citation of
# the record ("(ibid., page 69)", "(op. cit., p. 12)", "(page 84)") or a document symbol
# ("(A/C.1/522)", "(E/CN.4/SR.186)").
_REFERENCE_OPENING = (
    r"see\b|cf\.|for\s{1,3}(?:the\s{1,3})?details\b|ibid\b|idem\b|(?:op|loc)\.\s{0,3}cit\b"
    r"|(?:pages?|pp?|paras?|paragraphs?|annex)\.?\s{1,3}\d|[A-Z]{1,2}/"
)
_MEMBERS = re.compile(  # a stray comma before them too: "3 against, (Israel, Palau) with"
    rf"\s{{0,3}},?\s{{0,3}}\((?!\s{{0,3}}(?i:{_REFERENCE_OPENING}))"
    rf"(?P<members>{names_in_parentheses(600)})[)}}]"
)
# The members of a side in parentheses between its count and its role, as an old report
# marks its own delegation's vote: "by 6 votes in favour, 39 (N.Z.) against", "39 votes
# (Chile, Peru) against". Names only: no digits, no reference (see _MEMBERS). A press
# release may set them between dashes: "38 abstained and 5 — Belarus, Eritrea and Syria —
# voted against"; an aside there that is no list of names ("9 — a record low — voted
# against") is skipped (see _names_only).
_DASHED_RUN = r"[^(){}\d—–;:.\n]"
_COUNT_MEMBERS = (
    rf"(?:\s{{0,3}}\((?!\s{{0,3}}(?i:{_REFERENCE_OPENING}))"
    rf"(?P<count_members>{names_in_parentheses(400, digits=False)})\)"
    rf"|\s{{1,3}}[—–]\s{{1,3}}"
    rf"(?P<dashed_members>{_DASHED_RUN}{{1,400}}(?:\([^()\d]{{1,60}}\){_DASHED_RUN}{{0,400}}){{0,6}})"
    rf"[—–]"
    # "and two, France and Japan, voted against": names between commas, then the vote
    rf"|\s{{0,3}},{GAP}(?P<count_apposed>{_INCLUDED_NAME}(?:\s{{0,3}},{GAP}(?:and{GAP})?"
    rf"{_INCLUDED_NAME}|{GAP}and{GAP}{_INCLUDED_NAME}){{0,19}})\s{{0,3}},"
    rf"(?={GAP}(?:voted|voting|abstained|abstaining|opposed|opposing)\b)"
    # "while 11, including Colombia, abstained": some of them named, so no members kept;
    # also a list of names with its own commas ("including Belarus, Cuba and Syria,")
    rf"|\s{{0,3}},{GAP}(?:including|among{GAP}them){GAP}"
    rf"(?:[^(),;:.\d]{{1,80}}|{_INCLUDED_NAME}(?:\s{{0,3}},{GAP}(?:and{GAP})?{_INCLUDED_NAME}"
    rf"|{GAP}and{GAP}{_INCLUDED_NAME}){{1,19}})"
    rf",(?={GAP}(?:voted|voting|abstained|abstaining|opposed|opposing)\b))?"
)
# ", with 3 abstentions", " and 10 abstentions", ", 2 abstaining", "with no abstentions"
# "while 17 countries abstained", "the remaining 35 abstained from voting", ", there being
# 10 abstentions", "to none against and with 13 abstentions"
_ABSTAIN = re.compile(
    rf"""
    \s{{0,3}}(?:[,.;]|--|[—–])?\s{{0,3}}  # "to 35 against – with 43 abstentions –"
    (?:(?:(?:and{GAP})?with|and|while|whereas|there{GAP}being){GAP})?{_REST}
    (?P<n>no|{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN}){_COUNT_MEMBERS}\s{{0,3}}{_VOTER}
    # "while 52 delegations chose to abstain"
    (?P<word>abstentions?|abstaining|abstained
        |(?:(?:chose|decided|opted|preferred){GAP}to{GAP})?abstain)\b(?:{GAP}from{GAP}voting\b)?
    """,
    _FLAGS,
)
# ", and 6 against", ", 3 votes against", " and 2 opposed", "with none voting against",
# "with 99 countries voting in favour to 52 against" (after the abstentions: the head
# read the votes against when they came first)
_AGAINST_AFTER = re.compile(
    rf"""
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:with|and|while|whereas|including|to){GAP})?{_REST}
    (?P<n>no|{NONE_PATTERN}|{COUNT_PATTERN}|{GARBLED_PATTERN})
    (?:{GAP}votes?)?{_COUNT_MEMBERS}{GAP}{_VOTER}
    (?:(?:(?:voting|voted|were(?:{GAP}cast)?){GAP})?(?:against|opposed|in{GAP}opposition)
      | (?:voting|voted){GAP}(?:no|nay)
      | (?-i:no)(?=\s{{0,3}}(?:[.;,)]|$))       # "and 38,000 no" after "62,000 voted yes"
      | cast{GAP}(?:no|negative){GAP}votes?     # "15 voted no" after "98 voted yes"
      | (?:negative|dissenting){GAP}votes?     # "with no negative votes"
      # "with 140 States supporting it and 12 opposing": a participle with no noun after
      | opposing(?=\s{{0,3}}(?:[.;,)]|$)|{GAP}(?:it|them)\b))\b
    """,
    _FLAGS,
)
# The side against in the passive, after a text "supported by 45 delegations": " and
# opposed by 8", ", but was opposed by 12 States", " and rejected by 79" (never a count of
# votes that opens a vote of its own: "opposed by 12 votes to 3").
_OPPOSED_BY_AFTER = re.compile(
    rf"""
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:and|but|while|whereas){GAP})?(?:(?:was|were){GAP})?
    (?:opposed|rejected){GAP}by{GAP}(?:(?:only|just|some){GAP})?
    (?P<n>{COUNT_PATTERN}|{GARBLED_PATTERN})(?![\w%]|[.,]\d|\s{{0,3}}per\s)
    (?:{GAP}(?:votes|members|Member{GAP}States|States|delegations|countries|nations|Governments)\b)?
    (?!{GAP}to\b)
    """,
    _FLAGS,
)
# ", 130 in favour", " and 12 votes in favour" (after a vote that began with another role)
_FAVOUR_AFTER = re.compile(
    rf"""
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:with|and|while|whereas){GAP})?
    (?P<n>{COUNT_PATTERN}|{GARBLED_PATTERN})(?:{GAP}votes?)?{_COUNT_MEMBERS}{GAP}in{GAP}favou?r\b
    """,
    _FLAGS,
)
# Who took a role: the nouns of voters.
_MEMBER_NOUNS = (
    r"(?:members?|Member{GAP}States?|States?|delegations?|countries|nations|country|Governments?)"
).replace("{GAP}", GAP)
# The role put before its voters: "Voting in favour were 31 delegations", "Voting against
# the amendment were nine", "Abstaining were 6 States (Chile, ...)". As a later part of a
# vote it follows ", while", "and", ";" or a full stop. The side alone opens its sentence
# or clause, capitalized: "Against it were 16", "In favour were 40", "Opposed were 9".
_OPENS_CLAUSE = r"(?<![\w,-]\s)"
_INVERTED_ROLES = {
    "in favour": rf"voting{GAP}(?:in{GAP}favou?r|for|yes)|{_OPENS_CLAUSE}(?-i:I)n{GAP}favou?r",
    "against": rf"voting{GAP}(?:against|no)|{_OPENS_CLAUSE}(?-i:A)gainst"
    rf"|{_OPENS_CLAUSE}(?-i:O)pposed",
    "abstentions": r"abstaining",
}
# The capitalized sides above, found by str.find before their patterns run.
_INVERTED_CAPITALS = ("Against", "In favour", "In favor", "Opposed")
_INVERTED_JOIN = rf"\s{{0,3}}[,.;]?\s{{0,3}}(?:(?:and|while|whereas){GAP})?"


def _inverted(role: str, lead: str = "") -> re.Pattern[str]:
    """The pattern of one role put before its count; ``lead`` what may come before it."""
    return re.compile(
        rf"""
        {lead}(?<![\w-])(?P<role>{role})
        (?:{GAP}(?:of|on){GAP}[^,.;:()\d]{{1,60}}?          # "in favour of the draft"
          | (?<=against)(?!{GAP}the{GAP}(?:backdrop|background)\b)  # "against allowing a Member to"
            {GAP}(?-i:[a-z])[^,.;:()\d]{{0,80}}?)?
        \s{{0,3}},?{GAP}(?:were|was){GAP}(?:(?:only|just|the{GAP}following){GAP})?
        (?P<n>{COUNT_PATTERN}|{GARBLED_PATTERN})(?![\w%]|[.,]\d|\s{{0,3}}per\s)
        (?!{GAP}{MONTH_PATTERN})                                # "was 3 December": a date
        (?:{GAP}(?P<noun>Member{GAP}States?|{_MEMBER_NOUNS}|others)\b
            {_VOTERS_PLACE})?
        (?:\s{{0,3}}\((?P<voters>{names_in_parentheses(400)})\))?
        """,
        _FLAGS,
    )


# Support stated with a noun after the other side of one vote: "two delegations voted
# against the draft, which received the support of 160 Member States", ", while it won the
# backing of 120 countries".
_SUPPORT_AFTER = re.compile(
    rf"""
    (?:{GAP}(?:it|them|the(?:{GAP}[a-z-]{{1,20}}){{1,3}}))?       # what was voted on
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:and|while|whereas|but){GAP})?
    (?:(?:which|it|the(?:{GAP}draft)?{GAP}(?:text|resolution|proposal|amendment|motion|decision)
        |the{GAP}draft)(?:{GAP}(?:nevertheless|still))?{GAP})?    # not "had received": earlier
    (?:received|won|gained|obtained|secured|enjoyed|drew|attracted|garnered)
    {GAP}the{GAP}(?:support|backing|votes?|approval){GAP}of{GAP}
    (?:(?:only|just|some|about|nearly|almost){GAP})?
    (?P<n>{COUNT_PATTERN}|{GARBLED_PATTERN})(?![\w%]|[.,]\d|\s{{0,3}}per\s)
    (?:{GAP}(?:Member{GAP}States?|{_MEMBER_NOUNS})\b)?
    """,
    _FLAGS,
)
_INVERTED_HEADS = tuple((category, _inverted(role)) for category, role in _INVERTED_ROLES.items())


# Ballots that went to no side, after the sides of a vote by secret ballot: ", with 2 blank
# ballots", "and 3 invalid ballots", "; 4 ballots were spoilt".
def _ballots_after(kinds: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
        \s{{0,3}}[,;]?\s{{0,3}}(?:(?:with|and|while|there{GAP}being){GAP})?
        (?:the{GAP}(?:remaining|other){GAP})?        # "; the remaining 71 ballots were void"
        (?P<n>{COUNT_PATTERN})
        (?:{GAP}(?:{kinds}){GAP}(?:ballots?|votes?|ballot{GAP}papers?)
          | {GAP}(?:ballots?|votes?|ballot{GAP}papers?){GAP}(?:were|was|being)
            (?:{GAP}(?:declared|found|ruled|counted{GAP}as))?{GAP}(?:{kinds}))\b
        """,
        _FLAGS,
    )


# Voters who gave no view, after the sides: 'and two "without opinion"', ", with 1 vote of
# no opinion", "and 3 no-opinion votes" (the straw polls of a Secretary-General's election).
_NO_OPINION_AFTER = re.compile(
    rf"""
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:with|and|while|whereas){GAP})?
    (?P<n>{NONE_PATTERN}|{COUNT_PATTERN})(?:{GAP}(?:votes?|members)(?:{GAP}of)?)?{GAP}
    {_QUOTE_OPEN}?(?:without|no)[ -]opinion{_QUOTE_CLOSE}?(?:{GAP}votes?)?(?![\w-])
    """,
    _FLAGS,
)


_TRAILING = (
    ("abstentions", _ABSTAIN),
    ("blank ballots", _ballots_after("blank|empty")),
    ("invalid ballots", _ballots_after("invalid|spoilt|spoiled|void|null")),
    ("no opinion", _NO_OPINION_AFTER),
    ("against", _AGAINST_AFTER),
    ("against", _OPPOSED_BY_AFTER),
    ("in favour", _FAVOUR_AFTER),
    ("in favour", _SUPPORT_AFTER),
    *((category, _inverted(role, _INVERTED_JOIN)) for category, role in _INVERTED_ROLES.items()),
)
# Votes yes and no: "98 delegations voted yes, 15 voted no and 30 abstained", "110 States
# cast yes votes". Only "voted" or "cast" make it a vote: "50 said yes" answers a survey.
_HEAD_VOTED_YES = re.compile(
    rf"""
    (?<![\w.,])(?P<n>{COUNT_PATTERN}|{GARBLED_PATTERN}){GAP}
    (?:(?P<noun>{_MEMBER_NOUNS}){GAP}
      # a parliament's word, whoever voted: "52 Senators voted yea", "310 MPs voted aye"
      | (?:(?-i:[A-Za-z])[a-z-]{{1,24}}s|(?-i:MPs|MEPs|TDs)){GAP}(?=voted{GAP}(?:yea|aye)\b))?
    (?:voted{GAP}(?:yes|yea|aye)|cast{GAP}(?:yes|affirmative){GAP}votes?)\b
    """,
    _FLAGS,
)
# A role given by the names of those who took it, after a vote: ", while Russia and China
# opposed it", ", and Cuba, Iran and the Syrian Arab Republic voted against", ", with
# Angola abstaining". Its count is the number of names.
_PROPER_WORD = r"[A-Z][\w’'.-]{1,30}"
_NAME = (
    rf"(?:the\s{{1,3}})?{_PROPER_WORD}"
    rf"(?:\s{{1,3}}(?:of\s{{1,3}}(?:the\s{{1,3}})?)?{_PROPER_WORD}){{0,4}}"  # "Republic of Korea"
)
_NAMED_ROLE_AFTER = re.compile(
    rf"""
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:with|and|while|whereas){GAP})?
    (?:only{GAP})?                                           # ", only Cuba opposing it"
    (?P<names>{_NAME}(?:(?:\s{{0,3}},{GAP}(?:and{GAP})?|{GAP}and{GAP}){_NAME}){{0,19}})
    {GAP}(?:also{GAP})?                                      # 'also voting "no"'
    (?:(?P<against>(?:vot(?:ed|ing){GAP}against|oppos(?:ed|ing)|rejected)\b
            |vot(?:ed|ing){GAP}{_QUOTE_OPEN}?no\b{_QUOTE_CLOSE}?)
      | (?P<abstain>abstain(?:ed|ing))\b
      # "with China not participating", "and Chad absent": the end of the statement
      | (?P<not_participating>not{GAP}(?:participating|voting|taking{GAP}part)
            (?:{GAP}in{GAP}the{GAP}vot(?:e|ing))?
          | did{GAP}not{GAP}(?:participate|vote|take{GAP}part)(?:{GAP}in{GAP}the{GAP}vot(?:e|ing))?)
        (?=\s{{0,3}}(?:[.;,)]|$)|{GAP}and\b)
      | (?P<absent>(?:(?:was|were|being){GAP})?absent)(?=\s{{0,3}}(?:[.;,)]|$)|{GAP}and\b))
    (?:{GAP}(?:it|them|the{GAP}(?:text|resolution|draft|proposal|decision|amendment))\b)?
    """,
    re.VERBOSE,
)

# The members of a side named after "including" instead of in parentheses: "three against
# including China, Russia, and UAE, with two abstentions including Brazil and Mozambique".
# Names only (capitalized words), so the next side (", with two abstentions") ends them.
_INCLUDING_MEMBERS = re.compile(
    rf"""
    \s{{0,3}},?{GAP}including{GAP}
    (?P<members>{_NAME}(?:(?:\s{{0,3}},{GAP}(?:and{GAP})?|{GAP}and{GAP}){_NAME}){{0,19}})
    """,
    re.VERBOSE,
)


# The category of each role _NAMED_ROLE_AFTER reads, by its group.
_NAMED_CATEGORIES = {
    "against": "against",
    "abstain": "abstentions",
    "not_participating": "not participating",
    "absent": "absent",
}
# How far after its start a match of _NAMED_ROLE_AFTER can reach its verb: 20 names of at
# most 217 characters each ("the" and five words of 31 joined by "of the"), 13 between two.
_NAMED_ROLE_REACH = 4_700


def _has_role_verb(text: str, pos: int) -> bool:
    """Whether a verb of :data:`_NAMED_ROLE_AFTER` is written after ``pos`` (str.find only).

    Every match of that pattern holds one within :data:`_NAMED_ROLE_REACH`; the literal
    test is far cheaper than the pattern, and bounded: searched to the end of a long
    paragraph with no such verb, it was quadratic.
    """
    end = pos + _NAMED_ROLE_REACH + len("rejected")
    return (
        text.find("against", pos, end) >= 0
        or text.find("abstain", pos, end) >= 0
        or text.find("opposed", pos, end) >= 0
        or text.find("opposing", pos, end) >= 0
        or text.find("rejected", pos, end) >= 0
        or text.find("voting", pos, end) >= 0  # 'voting "no"'
        or text.find(" not ", pos, end) >= 0
        or text.find("absent", pos, end) >= 0
    )


# Names that are bodies, not voters: ", while the Council opposed it".
_BODY_NAME = re.compile(
    r"(?:Council|Assembly|Committee|Commission|Board|Secretariat|Conference|Court|Group|"
    r"Members|Government|Parliament|Congress|Senate|Chamber|House|Movement|Bureau)$"
)
# The order in which a vote lists its parts, whatever the order of the sentence.
_PART_ORDER = {"in favour": 0, "against": 1, "abstentions": 2}
# When a bare status held: "three members were absent when the vote was taken", "two
# delegations were not present at the time of the vote", "absent during the voting".
_AT_THE_VOTE = rf"""(?:{GAP}(?:when{GAP}the{GAP}vote{GAP}was{GAP}taken
    |at{GAP}the{GAP}time{GAP}of{GAP}the{GAP}vot(?:e|ing)|(?:during|for){GAP}the{GAP}vot(?:e|ing)))"""
# Members in arrears of their contributions lose their vote: "6 Member States were not
# entitled to vote (under Article 19)", "45 Members were absent or not entitled to vote".
_NOT_ENTITLED = rf"""(?:(?:absent{GAP}or{GAP})?(?:not{GAP}entitled|ineligible){GAP}to{GAP}vote
    (?:{GAP}under{GAP}Article{GAP}19(?:{GAP}of{GAP}the{GAP}Charter)?)?)"""
# "One member (Yemen) did not participate in the vote." / "two members (...) were absent" /
# "; 28 Member States were absent" / ", while one member did not participate in the vote" /
# ", with one member not participating", ", one permanent member (...) being absent".
# Without names in parentheses the statement must end there ("did not participate in the
# debate" is no part of the vote).
_NOT_VOTING = re.compile(
    rf"""
    \s{{0,3}}[,.;:]?\s{{0,3}}(?:(?:with|and|while|whereas){GAP}){{0,2}}
    # "another": one more, after a first statement ("one member being absent and another
    # not participating in the vote")
    (?P<n>{COUNT_PATTERN}|(?P<another>another))
    (?:{GAP}(?:(?:permanent|non-permanent|elected){GAP})?{_MEMBER_NOUNS}{OF_THE_BODY}?)?\s{{0,3}}
    (?:
        (?:\((?P<members>{names_in_parentheses(400)})\)\s{{0,3}},?{GAP}
          # in commas, a name in apposition: "with one member, Chile, not participating",
          # "while one delegation, that of Chile, was absent"
          | ,{GAP}(?:(?:that|those){GAP}of{GAP})?
            (?P<members_apposed>(?:the{GAP})?(?-i:[A-Z])[^(),;:.\d]{{0,80}}),{GAP}
          # why it did not vote, in commas: "one member, as a party to the dispute, did
          # not participate"
          | ,{GAP}(?:as|being){GAP}(?-i:[a-z])[^(),;:.\d]{{0,60}},{GAP}
          # who they were, in commas: "and 22, among them several small island States,
          # did not participate in the vote"
          | ,{GAP}(?:among{GAP}them|including){GAP}[^(),;:.\d]{{1,80}},{GAP})
        (?P<status>
            # "12 delegations decided not to take part in the vote", as "chose to abstain"
            (?:did{GAP}not|failed{GAP}to|(?:chose|decided|opted|preferred){GAP}not{GAP}to)
                {GAP}(?:participate|take{GAP}part|vote)
                (?:{GAP}in{GAP}the{GAP}vot(?:e|ing))?
          | (?:was|were){GAP}absent
          | (?:was|were){GAP}present{GAP}and{GAP}not{GAP}voting
          | (?:was|were){GAP}not{GAP}present
          | (?:was|were){GAP}{_NOT_ENTITLED}
          # "one member (China) not participating in the voting", "(...) being absent"
          | (?:(?:being{GAP})?absent|(?:being{GAP})?not{GAP}(?:participating|voting|present)
                (?:{GAP}in{GAP}the{GAP}vot(?:e|ing))?)(?=\s{{0,3}}(?:[.;,)]|$)|{GAP}and\b)
        )
      | (?P<bare_status>
            (?:did{GAP}not|didn[’']t|failed{GAP}to
              |(?:chose|decided|opted|preferred){GAP}not{GAP}to)
                {GAP}(?:participate|take{GAP}part|vote)
                (?:{GAP}in{GAP}the{GAP}vot(?:e|ing))?
          | (?:was|were){GAP}(?:absent|not{GAP}present|present{GAP}and{GAP}not{GAP}voting)
          | (?:was|were){GAP}{_NOT_ENTITLED}
          | not{GAP}(?:participating|taking{GAP}part|voting|present)
                (?:{GAP}in{GAP}the{GAP}vot(?:e|ing))?
          # a voting record's count of members who cast no vote: "17 abstentions, 3
          # non-voting", "and 12 non-voting Member States"
          | non-?voting(?:{GAP}(?:Member{GAP}States|{_MEMBER_NOUNS}))?
          | (?:being{GAP})?absent(?:ees)?                # "and 52 absentees"
            (?:{GAP}from{GAP}the{GAP}(?:meeting|vote|voting|room|hall|session))?
          # absent members named as a noun: "and one absent country (Belize)", "and five
          # absences", "3 absent members"
          | absent{GAP}{_MEMBER_NOUNS}|absences?
        )
        {_AT_THE_VOTE}?
        # the members after a bare status: "one member not participating (Kenya)"
        (?:\s{{0,3}}\((?P<members_after>{names_in_parentheses(400)})\))?
        (?=\s{{0,3}}(?:[.;,)]|$)|{GAP}and\b)  # "absent and two ..." (see _read_not_voting)
    )
    \s{{0,3}}[.;:]?
    """,
    _FLAGS,
)
# After a bare statement, another one: "four members were absent and two did not vote".
_AND_AFTER = re.compile(rf"{GAP}and\b", re.IGNORECASE)
# A status without a finite verb ("(Egypt) not participating", "(Chile) absent"): like a
# bare one, it may be followed by "and" only where another statement follows.
_PARTICIPLE_STATUS = re.compile(r"being|absent|not\b", re.IGNORECASE)
# "(Australia, present and not voting; Union of Soviet Socialist Republics, absent)"
_STATUS_ENTRY = re.compile(
    r"^(?P<name>.+?),?\s+(?P<status>absent|present\s+and\s+not\s+voting|not\s+voting|"
    r"not\s+participating|did\s+not\s+participate)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_GARBLED = re.compile(GARBLED_PATTERN)


def _status_category(status: str) -> str:
    """The category of a status; members not entitled to vote did not participate."""
    status = " ".join(status.lower().split())
    if "absen" in status or "not present" in status:  # "absent", "absences"
        return "absent"
    if "present and not voting" in status:
        return "present and not voting"
    return "not participating"


def _members(raw: str, part: Part) -> None:
    names, ocr = split_members(raw)
    part.members = names
    part.ocr_corrected = part.ocr_corrected or ocr


def _count_part(category: str, raw: str, start: int, end: int) -> Part | None:
    """A part for a count as written; a garbled count gives an unreadable part."""
    if _GARBLED.fullmatch(raw):
        return Part(category, None, start, end, unreadable=True)
    value, ocr = read_count(raw)
    if value is None:
        return None
    return Part(category, value, start, end, ocr_corrected=ocr)


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
        part.ocr_corrected = part.ocr_corrected or ocr
    return list(parts.values())


def _read_not_voting(text: str, pos: int) -> tuple[list[Part], int]:
    """Read statements of members not participating or absent starting at ``pos``."""
    parts: list[Part] = []
    while (match := _NOT_VOTING.match(text, pos)) is not None:
        status = "status" if match["status"] else "bare_status"
        if (
            (status == "bare_status" or _PARTICIPLE_STATUS.match(match[status]))
            and _AND_AFTER.match(text, match.end(status))
            and _NOT_VOTING.match(text, match.end()) is None
        ):
            break  # "four members were absent and left early": no statement of the vote
        category = _status_category(match[status])
        if match["another"]:
            if not parts:
                break  # "another" counts one more only after a first statement
            part: Part | None = Part(category, 1, *match.span("n"))
        else:
            part = _count_part(category, match["n"], *match.span("n"))
        if part is None:
            break
        named = match["members"] or match["members_apposed"] or match["members_after"]
        if named:
            _members(named, part)
        part.end = match.end("members_after") + 1 if match["members_after"] else match.end(status)
        parts.append(part)
        pos = match.end()
    return parts, pos


# What may stand between a vote of both sides and a statement of members who did not vote
# that ends its sentence: a clause of what the vote did (", the Assembly decided to suspend
# the rights of membership of ...; 18 delegations did not vote"). No figure, no other vote,
# no other stop; the statement opens after a semicolon, a full stop or ", while".
_CLAUSE_BEFORE_NOT_VOTING = re.compile(
    r"[^\d.;:!?()]{1,250}?(?:[;.](?=\s)|,(?=\s{1,3}(?:while|whereas)\s))"
)
_OTHER_VOTE = re.compile(r"vot|ballot", re.IGNORECASE)


def _read_later_not_voting(
    text: str, pos: int, categories: set[str | None]
) -> tuple[list[Part], int]:
    """:func:`_read_not_voting` after a clause that ends a vote's sentence, if any.

    Only after a vote of both sides (``categories`` holds "in favour" and "against") and
    only where the statement ends the sentence, as :data:`_NOT_VOTING` reads it.
    """
    if not {"in favour", "against"} <= categories:
        return [], pos
    gap = _CLAUSE_BEFORE_NOT_VOTING.match(text, pos)
    if gap is None or _OTHER_VOTE.search(text, pos, gap.end() - 1) is not None:
        return [], pos
    parts, end = _read_not_voting(text, gap.end() - 1)
    return (parts, end) if parts else ([], pos)


# The verb before a head "by 14" whose one count is the side against: "opposed by 14",
# "rejected by 79" (with no second count: "rejected by 79 votes to 74" names both sides).
_OPPOSED_BEFORE = re.compile(r"\b(?:opposed|rejected)\s{1,3}$", re.IGNORECASE)


def _head(text: str, match: re.Match[str]) -> tuple[Tally, bool] | None:
    """Validate a head match: a tally with in-favour (and against) parts.

    Also says whether the head alone makes it a vote ("votes", "recorded vote",
    "majority", "in favour").
    """
    favour = _count_part("in favour", match["for"], *match.span("for"))
    if favour is None:
        return None
    tally = Tally("vote", match.start(), match.end(), [favour])
    groups = match.groupdict()
    if groups.get("favour_members"):
        _members(groups["favour_members"], favour)
    if groups.get("by") and match["by"].lower() != "by":
        tally.ocr_corrected = True
    against_group = (
        "against" if match["against"] or not groups.get("with_against") else ("with_against")
    )
    against_raw = groups.get(against_group)
    to = (groups.get("to") or "to").lower()
    word = (groups.get("word") or "").lower()
    if against_raw is not None:
        is_none = _NONE.fullmatch(against_raw) is not None
        if to in ("ta", "io", "lo", "t0", "10"):
            if to == "10" and not is_none:
                return None
            tally.ocr_corrected = True
        against = _count_part("against", against_raw, *match.span(against_group))
        if against is None:
            return None
        if groups.get("against_members"):
            _members(groups["against_members"], against)
        tally.parts.append(against)
    elif word == "margin":
        return None
    strong = bool(
        match["votes"]
        or groups.get("recorded")
        or groups.get("recorded_count")
        or groups.get("plural_recorded")
        or word in ("vote", "majority", "margin", "ballot")
        or match.re in (_HEAD_FAVOUR, _HEAD_AGAINST_FIRST)
        or to in ("against", "versus")
        or groups.get("against_word")
        or groups.get("with_against")
        or groups.get("vote_of")
        or groups.get("vote_after")
        or groups.get("favour_of")
    )
    if against_raw is not None and _NONE.fullmatch(against_raw):
        strong = True  # "by 14 to none"
    if (
        against_raw is not None
        and match.re is _HEAD_BY
        and _VOTED_BY.search(text, max(0, match.start() - 12), match.start()) is not None
        and _HEAD_BARE.match(text, match.start("for")) is not None  # no share, no span of time
    ):
        strong = True  # "The Lords voted by 201 to 150 to back the amendment"
    if (
        against_raw is None
        and match.re is _HEAD_BY
        and not groups.get("in_favour")
        and _OPPOSED_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
    ):
        favour.category = "against"  # "opposed by 14, while 9 abstained": the side against
    if match.re is _HEAD_BARE and _RESULT_WAS.search(
        text, max(0, match.start() - _RESULT_WAS_REACH), match.start()
    ):
        strong = True  # "the vote was 97 to 21"
    return tally, strong


# A candidate's defeat of another before "with N votes in favour": the winner's votes in a
# ballot between candidates, no side of a vote on a text.
_DEFEAT_BEFORE = re.compile(
    r"\b(?:beat|beats|defeated|defeats|edged\s{1,3}out|outpolled)\s[^.;:\d]{0,60}$",
    re.IGNORECASE,
)
# A person's election before "by N votes": no side of a vote on a text.
_ELECTED_BEFORE = re.compile(
    r"\b(?:elected|re-elected|appointed|chosen|nominated)\b[^.;:\d]{0,60}$", re.IGNORECASE
)
# The whole of the votes right after "by N votes": "out of 193", "out of the 193 member states".
_VOTES_OUT_OF_AFTER = re.compile(
    rf"{GAP}out{GAP}of{GAP}(?:(?:the|a{GAP}possible){GAP})?{COUNT_PATTERN}(?![\w%]|[.,]\d)",
    _FLAGS,
)
# "voted" right before "by N to M": the figures are the vote's sides, no "votes" needed.
_VOTED_BY = re.compile(r"\bvoted\s{1,3}$", re.IGNORECASE)


# What a side voted on, between that side and the next role: "71 against the motion, with
# 18 abstentions", "12 in favour of it; 3 abstained", "two voting against it and two
# abstentions". Lower case only (no name of a voter), and only where a comma, a semicolon
# or "and" follows, as before a further role.
# What the figures of a score voted for or on, right after them: " for the text", " in
# favour of the draft resolution", " on the amendment", " for Italy over the Netherlands".
_VOTED_ON_AFTER_SCORE = re.compile(
    r"(?<=\d)\s{1,3}(?:for|on|in\s{1,3}favou?r\s{1,3}of|against)"
    r"(?:\s{1,3}(?:it|them)|(?:\s{1,3}(?:the|a|an|its|their|this|that))?"
    r"(?:\s{1,3}(?!and\b|with\b)[\w-]{1,24}){1,5})(?=\s{0,3}[,;])"
)
# The members of a body the votes came from, after a side: "from the 15 members of the Council".
_FROM_THE_BODY = re.compile(
    rf"\s{{1,3}}from{GAP}the{GAP}{COUNT_PATTERN}{GAP}{_MEMBER_NOUNS}{OF_THE_BODY}(?=\s{{0,3}},)",
    _FLAGS,
)
_ROLE_OBJECT = re.compile(
    r"(?:(?:(?<=against)|(?<=favour)|(?<=favor)|(?<=\sfor))"
    r"(?:(?:\s{1,3}of)?\s{1,3}(?:it|them|the(?:\s{1,3}(?!and\b)[a-z][a-z-]{0,20}){1,3})"
    # "in favour of its inclusion", "in favour of admission": a noun with no article
    r"|\s{1,3}of(?:\s{1,3}(?:its|their|this|that|these|those|an?))?"
    r"(?:\s{1,3}(?!and\b)[a-z][a-z-]{0,20}){1,3})"
    # what the vote did, after its last count: "voted 118 to 12 to approve the report,"
    r"|(?<=\d)\s{1,3}to\s{1,3}(?:adopt|approve|reject|accept|endorse|retain|delete|defer"
    r"|postpone|adjourn|suspend|refer|include|amend)(?:\s{1,3}(?!and\b)[a-z][a-z-]{0,20}){0,4})"
    # ("in favour of it to 52 against": the side against after "to")
    r"(?=\s{0,3}[,;]|\s{1,3}(?:and|to)\s)"
)


# An aside between two sides of a vote, set off by dashes, parentheses or commas: "-- that
# is 91 per cent of the votes cast --", "(some 79 per cent of those voting)", "-- well
# short of the 129 required --", ", or 88 per cent of the votes cast,", ", that is, almost
# half of the membership,". It names no role (checked by _SIDE_ROLE) and is skipped; its
# figures are no side. Between commas only a percentage or "that is" makes an aside.
_SIDE_ASIDE = re.compile(
    rf"""\s{{0,3}}(?:
        \((?P<paren>[^()]{{1,120}})\)
      | \s(?P<dash>--|—|–)(?P<dashed>[^—–;\n]{{1,120}}?)\s(?P=dash)
      | ,(?P<comma>\s{{1,3}}(?:that\s{{1,3}}is,?|or|i\.e\.,?|some|about|nearly|almost|over|
            more\s{{1,3}}than)?[^,;()]{{0,40}}?(?:per\s{{1,3}}cent|percent|%)[^,;()]{{0,60}}
          | \s{{1,3}}that\s{{1,3}}is,\s{{1,3}}[^,;()\d]{{1,80}}
          | \s{{1,3}}{_THRESHOLD_ASIDE}),
    )""",
    _FLAGS,
)
_ASIDE_OPENERS = frozenset("(-—–,")
_SIDE_ROLE = re.compile(r"against|opposed|abstain|favou?r|\bno\b|\byes\b", re.IGNORECASE)
_ASIDE_PERCENT = re.compile(r"per\s{1,3}cent|percent|%|\bthat\s{1,3}is\b", re.IGNORECASE)
# A comma aside may also say what the side in favour reached: "nine votes, the minimum
# needed, with three against", "11 in favour, one more than the required majority, and".
_ASIDE_THRESHOLD = re.compile(r"minimum|majority|threshold|required|needed|necessary")
# The sides of each group of voters in parentheses after a vote, each after its label and
# a colon ("(Government: 250 for, 2 against; Employers: ...)"), as the record votes of a
# tripartite conference give them, name no member.
_GROUP_SIDES = re.compile(
    r"[A-Za-z’']\s{0,3}:\s{0,3}[\d,]{1,7}\s{0,3}(?:votes?\s{1,3})?"
    r"(?:for|in\s{1,3}favou?r|against|abstention)"
)


def _names_no_one(inside: str) -> bool:
    """Whether the parentheses after a side hold no members: a share or the groups' sides."""
    return _ASIDE_PERCENT.search(inside) is not None or _GROUP_SIDES.search(inside) is not None


def _skip_aside(text: str, pos: int) -> int | None:
    """Where an aside at ``pos`` between two sides ends, or None if there is none.

    An aside is set off by dashes or parentheses, or by commas around a percentage or a
    "that is" clause, and has no word of a role: "311 delegates voted in favour -- or 88
    per cent of the votes cast -- and 42 abstained" has two sides.

    Examples
    --------
    >>> text = "12 in favour (80 per cent of those voting), 3 against"
    >>> text[_skip_aside(text, 12):]
    ', 3 against'
    >>> _skip_aside("12 in favour, in 40 cities, 3 against", 12) is None  # no percentage
    True
    >>> _skip_aside("12 in favour -- 2 of them against -- and", 12) is None  # a role word
    True
    """
    if _ASIDE_OPENERS.isdisjoint(text[pos : pos + 5]):
        return None  # the common end of a vote: no aside opens here
    match = _SIDE_ASIDE.match(text, pos)
    if match is None:
        return None
    inside = match["paren"] or match["dashed"] or match["comma"]
    if _SIDE_ROLE.search(inside) is not None or (
        match["comma"] is not None
        and _ASIDE_PERCENT.search(inside) is None
        and _ASIDE_THRESHOLD.search(inside) is None
    ):
        return None
    return match.end() - (1 if match["comma"] else 0)  # the closing comma joins the next side


def _trailing_part(text: str, pos: int, seen: set[str | None]) -> tuple[Part, int] | None:
    """The next role of a vote after its head at ``pos``, and where the reading ended.

    A role in ``seen`` is not read again; the members in parentheses after it are its own.
    What the side before ``pos`` voted on may come first ("against the motion, with 18
    abstentions"), or an aside with a percentage ("-- 91 per cent of the votes cast --").
    """
    found = _trailing_at(text, pos, seen)
    if found is None and (obj := _ROLE_OBJECT.match(text, pos, pos + 80)) is not None:
        found = _trailing_at(text, obj.end(), seen)
    if found is None and (voted := _VOTED_ON_AFTER_SCORE.match(text, pos, pos + 90)) is not None:
        # what a score was for, after its figures: "voted 151-7 for the text, with 10
        # abstentions", "voted 120-9 in favour of the resolution, with 30 abstentions"
        found = _trailing_at(text, voted.end(), seen)
    if found is None and (body := _FROM_THE_BODY.match(text, pos, pos + 90)) is not None:
        # the body's members between the sides: "13 votes in favour from the 15 members of
        # the Council, and two 'without opinion'" (the frame reads them as the whole)
        found = _trailing_at(text, body.end(), seen)
    if found is None and (aside := _skip_aside(text, pos)) is not None:
        found = _trailing_at(text, aside, seen)
    return found


# A count that ends right before a position: what follows it is its noun, no name.
_COUNT_ENDS = re.compile(rf"(?:\d|(?<![\w-]){NUMBER_WORDS})$", re.IGNORECASE)


# The words of a list of names: capitalised words, a name's parentheses, lower-case
# particles ("Bosnia and Herzegovina", "Republic of Moldova").
_NAME_WORD = re.compile(r"\([^()]*\)|[^\s,()]+")
_NAME_PARTICLES = frozenset(("and", "of", "the", "de", "da", "du", "del", "des", "la", "le"))


def _names_only(raw: str) -> bool:
    """Whether a side's aside between dashes lists names and nothing else.

    >>> _names_only("Belarus, Republic of Moldova and Syria "), _names_only("Chad among them")
    (True, False)
    """
    return all(
        word[0].isupper() or word[0] == "(" or word in _NAME_PARTICLES
        for word in _NAME_WORD.findall(raw)
    )


def _trailing_at(text: str, pos: int, seen: set[str | None]) -> tuple[Part, int] | None:
    """The role :func:`_trailing_part` reads right at ``pos``."""
    named = (
        _NAMED_ROLE_AFTER.match(text, pos)
        if not seen.issuperset(_NAMED_CATEGORIES.values()) and _has_role_verb(text, pos)
        else None
    )
    if (
        named is not None
        and not text[pos : named.start("names")].strip()
        and _COUNT_ENDS.search(text, max(0, pos - 20), pos) is not None
    ):
        named = None  # "by 112 Member States. Fourteen voted against": the count's own noun
    if named is not None:
        category = next(_NAMED_CATEGORIES[group] for group in _NAMED_CATEGORIES if named[group])
        names, ocr = split_members(named["names"])
        if names and not any(_BODY_NAME.search(n) for n in names):
            if category in seen:
                # the names of a side already counted ("by a 152-5 vote, with Israel and
                # Poland also voting "no" and 12 countries abstaining"): the next side follows
                return _trailing_at(text, named.end(), seen)
            part = Part(category, None, named.start("names"), named.end(), members=names)
            part.ocr_corrected = ocr
            return part, named.end()
    for category, pattern in _TRAILING:
        if category in seen:
            continue
        match = pattern.match(text, pos)
        if match is None:
            continue
        part = _count_part(category, match["n"], *match.span("n"))
        if part is None:
            continue
        part.end = match.end()
        after = _MEMBERS.match(text, part.end)
        dashed = match.groupdict().get("dashed_members")
        voters = (
            match.groupdict().get("voters")
            or match.groupdict().get("count_members")
            or (dashed if dashed and _names_only(dashed) else None)
            or match.groupdict().get("voters_including")
            or match.groupdict().get("voters_apposed")
            or match.groupdict().get("count_apposed")
        )
        if voters:  # "five States (Belarus, ...) voted against", "39 (N.Z.) against"
            _members(voters, part)
        elif after is not None:
            if not _names_no_one(after["members"]):  # "(46.4%)" names no one
                _members(after["members"], part)
            part.end = after.end()
        elif (
            "including" in text[part.end : part.end + 14]
            and (named := _INCLUDING_MEMBERS.match(text, part.end)) is not None
        ):
            _members(named["members"], part)
            part.end = named.end()
        return part, part.end
    return None


def _side_in_parentheses(text: str, members: re.Match[str], parts: list[Part]) -> Part | None:
    """A further side of a vote that fills the parentheses after it: "(with 32 abstentions)"."""
    found = _trailing_at(text, members.start("members"), {part.category for part in parts})
    if found is None or text[found[1] : members.end("members")].strip():
        return None
    return found[0]


def _complete(text: str, tally: Tally, strong: bool, *, single: bool = False) -> Tally | None:
    """Read what follows a head: minority members, abstentions, non-participation.

    One count alone is a vote only when ``single`` says the sentence makes it one
    ("adopted by 126 votes", "by 96 votes in favour").
    """
    pos = tally.end
    parts = tally.parts
    extra = False
    members = _MEMBERS.match(text, pos)
    if members is not None and _PAIR.match(members["members"].lstrip()) is not None:
        # the division in parentheses: "defeated by 12 votes (Ayes 240, Noes 252)" names no
        # members, and one count before it is the majority, no side (the pairs are the vote)
        if single and len(parts) == 1:
            return None
        pos, members = members.end(), None  # "by 320 votes to 262 (Ayes 320, Noes 262)": again
    if members is not None and _names_no_one(members["members"]):
        if _GROUP_SIDES.search(members["members"]) is not None:
            pos = members.end()  # the groups' sides, which no aside skips: read on after them
        members = None  # "(some 79 per cent of those voting)" is an aside, no members
    if members is not None and (side := _side_in_parentheses(text, members, parts)) is not None:
        parts.append(side)  # "by a vote of 72 to 35 (with 32 abstentions)": no members
        extra = True
        pos = members.end()
        members = None
    if (
        members is None
        and "including" in text[pos : pos + 14]
        and (named := _INCLUDING_MEMBERS.match(text, pos)) is not None
    ):  # "by 120 votes to 3, including the United States, with 40 abstentions"
        _members(named["members"], parts[-1])
        parts[-1].end = pos = named.end()
    if members is not None:
        # the members after a head are the side it ends on, which is not the last part
        # where the side against came first: "7 against (...) to 6 in favour (Chile, Peru)"
        target = max(parts, key=lambda part: part.end)
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
    # The other roles may follow in any order, each once: ", with 22 abstentions and 6
    # against", ", 12 abstentions, and 3 votes against".
    while (trailing := _trailing_part(text, pos, {part.category for part in parts})) is not None:
        part, pos = trailing
        parts.append(part)
        extra = True
    not_voting, pos = _read_not_voting(text, pos)
    if not not_voting and (obj := _ROLE_OBJECT.match(text, pos, pos + 80)) is not None:
        # what the vote did, then who did not vote: "voted 7 to 2 to approve the measure,
        # with one member absent"
        not_voting, end = _read_not_voting(text, obj.end())
        pos = end if not_voting else pos
    if not not_voting:  # "..., the Assembly decided to ...; 18 delegations did not vote"
        not_voting, pos = _read_later_not_voting(text, pos, {part.category for part in parts})
    if not_voting:
        parts.extend(not_voting)
        extra = True
    # A bare "by 5 to 10" is not a vote: it needs the word "votes", a recorded vote,
    # "to none" or a following abstention clause; one count alone needs more parts.
    if not (strong or extra):
        return None
    if len(parts) == 1 and not (extra or single):
        return None
    parts.sort(key=lambda part: _PART_ORDER.get(part.category or "", len(_PART_ORDER)))
    if len(parts) == 1 and tally.total is None and (whole := OUT_OF_TOTAL.match(text, pos)):
        tally.total, _ = read_count(whole["total"])  # "adopted by 89 votes out of 99"
        pos = whole.end()
    tally.end = max([tally.end, pos] + [part.end for part in parts])
    tally.ocr_corrected = tally.ocr_corrected or any(part.ocr_corrected for part in parts)
    return tally


# A vote that fell short, said right after it or between its sides: ", failing to reach
# the required majority", ", but failed to be adopted", ", failing to pass the threshold".
_FAILING = (
    r"\s{0,3},\s{1,3}(?:failing|but\s{1,3}failed)\s{1,3}to\s{1,3}"
    r"(?:be\s{1,3}adopted|pass|carry|(?:gain|reach|obtain|secure|get|pass|meet|attain)\s{1,3}"
    r"the\s{1,3}(?:(?:necessary|required|requisite)\s{1,3}(?:majority|number|threshold)"
    r"|threshold))\b"
)
_FAILING_INSIDE = re.compile(_FAILING, re.IGNORECASE)


# What a sentence says happened to the text voted on, just before its vote.
_OUTCOME_BEFORE = re.compile(
    r"\b(?P<verb>adopted|approved|carried|passed|retained|accepted|endorsed|"
    r"rejected|defeated|vetoed|not\s{1,3}adopted|did\s{1,3}not\s{1,3}(?:pass|carry)|"
    # a gerund: "after rejecting an amendment by recorded vote (40-88-20)"
    r"adopting|approving|rejecting|defeating|"
    r"(?:was|were|is)\s{1,3}lost|"  # "the motion was lost by 17 votes to 28"
    r"failed(?:\s{1,3}to\s{1,3}(?:be\s{1,3}adopted|be\s{1,3}approved|pass|carry))?)"
    # the dots of a symbol between them ("rejected the draft (A/C.1/568) by 51 to 5") end
    # no sentence
    r"\b(?:[^.;]|\.(?=\w)){0,120}$",
    re.IGNORECASE,
)


# ... or after it: "received 9 votes in favour, 5 against and 1 abstention and was not
# adopted".
_OUTCOME_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:and|but|so)\s{1,3}(?:was|were|is|are)\s{1,3}"
    r"(?:(?:therefore|thus|then|consequently|accordingly|subsequently)\s{1,3})?"
    r"(?P<not>not\s{1,3}|(?:unable|failed)\s{1,3}to\s{1,3}be\s{1,3})?"
    r"(?P<verb>adopted|approved|carried|rejected|defeated)\b"
    # "received 12 votes in favour, failing to reach the required majority"
    rf"|(?P<failing>{_FAILING})"
    # A vote put first: "By 120 votes to 3, the Assembly adopted the resolution.", also with
    # a pronoun and an editor's note in brackets: "By 41 votes to 37, it [the General
    # Assembly] rejected the amendment."
    r"|\s{0,3},\s{1,3}(?:(?:the\s{1,3})?(?:General\s{1,3})?(?:Assembly|Council|Committee|"
    r"Commission|Conference|Board|plenary|meeting)|(?:it|they)(?:\s{1,3}\[[^\]\n]{1,60}\])?)"
    r"\s{1,3}(?:(?:then|thus|therefore)\s{1,3})?"
    r"(?P<not2>did\s{1,3}not\s{1,3}adopt\b|(?:adopted|approved|rejected|defeated)\b)"
    # The text as the subject after a vote put first, as minutes write it: "There being 80
    # votes in the affirmative and 40 in the negative, the motion is carried".
    r"|\s{0,3},\s{1,3}the\s{1,3}(?:motion|amendment|proposal|resolution|draft|text|decision)"
    r"(?:\s{1,3}as\s{1,3}amended)?\s{1,3}(?:is|was|were)\s{1,3}"
    r"(?P<subject_verb>carried|adopted|approved|lost|rejected|defeated)\b"
)


# ... or as the verb of a sentence whose subject holds the vote: "A draft that received 7
# votes in favour, 2 against and 6 abstentions was not adopted".
_OUTCOME_VERB_AFTER = re.compile(
    r"\s{0,3},?\s{1,3}(?:was|were)\s{1,3}(?P<not>not\s{1,3})?"
    r"(?P<verb>adopted|approved|carried|rejected|defeated)\b"
)


def _outcome_after(text: str, end: int) -> str | None:
    """The outcome a sentence states right after its vote ending at ``end``."""
    match = _OUTCOME_AFTER.match(text, end, end + 80) or _OUTCOME_VERB_AFTER.match(
        text, end, end + 40
    )
    if match is None:
        return None
    if match.re is _OUTCOME_AFTER and match["failing"] is not None:
        return "rejected"
    if match.re is _OUTCOME_AFTER and match["subject_verb"] is not None:
        rejected = match["subject_verb"] in ("lost", "rejected", "defeated")
        return "rejected" if rejected else "adopted"
    if match.re is _OUTCOME_AFTER and match["not2"] is not None:
        rejected = not match["not2"].startswith(("adopted", "approved"))
        return "rejected" if rejected else "adopted"
    rejected = match["verb"] in ("rejected", "defeated")
    return "rejected" if rejected != bool(match["not"]) else "adopted"


def _outcome_verb_match(text: str, start: int) -> re.Match[str] | None:
    """The match of the verb of outcome nearest before a vote at ``start``."""
    match = _OUTCOME_BEFORE.search(text, max(0, start - 150), start)
    if match is None:
        return None
    # The verb nearest the vote decides: "rejected by a vote of 30 to 52, and the draft
    # was then adopted by a vote of 90 to 4" (each search is bounded by the window).
    while (nearer := _OUTCOME_BEFORE.search(text, match.end("verb"), start)) is not None:
        match = nearer
    return match


def _outcome_verb_before(text: str, start: int) -> str | None:
    """The verb of outcome nearest before a vote at ``start`` ("rejected", "was lost")."""
    match = _outcome_verb_match(text, start)
    return None if match is None else " ".join(match["verb"].lower().split())


def _outcome_before(text: str, start: int) -> str | None:
    """The outcome ("adopted", "rejected") a sentence states before its vote at ``start``."""
    verb = _outcome_verb_before(text, start)
    if verb is None:
        return None
    if verb == "vetoed":
        return "vetoed"
    rejected = (
        verb in ("rejected", "defeated", "not adopted", "rejecting", "defeating")
        or verb.startswith(("failed", "did not"))
        or verb.endswith("lost")
    )
    return "rejected" if rejected else "adopted"


# A vote is accepted only with one of these words (see _head and _complete): "votes",
# "recorded vote", "majority", "margin", "ballot", "in favour", "against", "versus",
# "to none" (or nil, zero and their OCR shapes), abstentions. (A list of members absent
# or present and not voting follows "by 9 votes".)
# Tested as plain literals, one ``in`` each, the most frequent in UN prose first: about
# 1.6x faster than one search of their alternation, which tries a branch at every letter
# of a paragraph (most paragraphs hold none of them and pay for every test).
_VOTE_LITERALS = (
    "vot", "favo", "majorit", "respectiv", "nil", "margin", "none", "referend",
    "opposition", "plebiscit", "abst", "zero", "ballot", "versus", "nane", "ayes", "yeas",
    "not-content", "níl",
)  # fmt: skip
# The same words where they open a word (or follow a figure, or a "to" OCR glued on): the
# literals alone are found inside "unilateral", "devoted", "irrespective", and open
# "marginalized", "favourable", "abstract".
_VOTE_STEMS = (
    r"(?:vot|favou?r(?:s|ed)?(?![a-z])|majorit|respectiv|nil(?![a-z])"
    r"|margins?(?![a-z])|referend|opposition|plebiscit|abst(?:ain|ent)|zero|ballot|versus|nane"
    r"|ayes|yeas|not-content|níl)"
)
# A stem after a character that is no letter, after "to", or at the start: three patterns,
# each opening on what the engine skips to. One pattern opening on the look-behinds
# "(?<![a-z])|(?<=to)" was tried at every character of the paragraph (about 2.5x slower).
_VOTE_STEM_AFTER_MARK = re.compile(rf"[^a-z]{_VOTE_STEMS}")
_VOTE_STEM_AFTER_TO = re.compile(rf"to{_VOTE_STEMS}")
_VOTE_STEM = re.compile(_VOTE_STEMS)


def _opens_vote_word(lower: str) -> bool:
    """Whether a vote word opens a word of ``lower`` (or follows "to"), or "none" is in it.

    >>> _opens_vote_word("votes"), _opens_vote_word("(abstaining)"), _opens_vote_word("tovote")
    (True, True, True)
    >>> _opens_vote_word("devoted to unilateral and irrespective favourable action")
    False
    """
    return (
        "none" in lower
        or _VOTE_STEM_AFTER_MARK.search(lower) is not None
        or _VOTE_STEM.match(lower) is not None
        or _VOTE_STEM_AFTER_TO.search(lower) is not None
    )


_VOTE_BACKING = re.compile(r"(?:backed|supported|endorsed)\sby")
# A heading of a ballot's results that names its round, the one word of a vote it holds:
# "Results of the second round: Chile 120, Peru 71".
_ROUND_HEADING = re.compile(r"results?\sof\sthe\s(?:[a-z-]{1,20}\s){0,2}round\s{0,3}:")
# "Against" is the one vote word common outside votes ("the fight against terrorism"): where
# it is the only one, the side against needs its count next to it: right before ("12 for and
# 3 against", "with four delegations against"), right after ("Against: 3", "against (3)"),
# or, after a dash or a closing bracket, before the names of its members ("three countries
# -- A, B and C -- against").
_AGAINST_REACH_BEFORE = 150
_FIGURE = re.compile(rf"\d|(?<![a-z0-9-]){NUMBER_WORDS}(?![a-z-])")
_COUNT_THEN_AGAINST = re.compile(
    r"(?:(?<![\d,.])(?!(?:1[89]|20)\d\d(?!\d))\d{1,3}(?:,\d{3})*"  # a count, no year
    rf"|(?<![a-z0-9-])(?:{NUMBER_WORDS}))(?:\s{{1,3}}[a-z-]{{1,20}}){{0,2}}[\s,]{{1,3}}$"
)
_AGAINST_THEN_COUNT = re.compile(rf"\W{{1,4}}(?:\d|(?:none|nil|{NUMBER_WORDS})(?![a-z-]))")
_MEMBERS_THEN_AGAINST = re.compile(r"(?:[-\u2013\u2014)]\s{0,2})$")


def _has_vote_word(lower: str) -> bool:
    r"""Whether ``lower`` (a text in lower case) holds one of the words a vote needs.

    >>> _has_vote_word("it was carried by 9 votes"), _has_vote_word("backed\nby 12 states")
    (True, True)
    >>> _has_vote_word("twelve states were backed.")
    False
    >>> _has_vote_word("results of the second round: chile 120, peru 71")
    True
    >>> _has_vote_word("carried, 12 for and 3 against")
    True
    >>> _has_vote_word("we united against terrorism, as we must do again today" + "!" * 40)
    False
    """
    return (
        (holds_any(lower, _VOTE_LITERALS) and _opens_vote_word(lower))
        or ("again" in lower and _has_count_beside_against(lower))
        or (
            ("backed" in lower or "supported" in lower or "endorsed" in lower)
            and _VOTE_BACKING.search(lower) is not None
        )
        or (" round" in lower and _ROUND_HEADING.search(lower) is not None)
        or "election result" in lower  # "The election results were: Chile 120, Peru 71"
        # a round's tie names its candidates: "The fourth round ended in a 29-29 tie between"
        or (" round" in lower and holds_any(lower, TIE_BETWEEN_LITERALS))
    )


def _has_count_beside_against(lower: str) -> bool:
    """Whether a count, in digits or words, stands beside one of the "against"s of ``lower``.

    >>> _has_count_beside_against("for: twelve; against: none"), _has_count_beside_against(
    ...     "the motion fell, 29 for and 44 against")
    (True, True)
    >>> _has_count_beside_against("three states -- chad, mali and peru -- against")
    True
    >>> _has_count_beside_against("against this background, the 2030 agenda remains our guide")
    False
    >>> _has_count_beside_against("in 2001 we stood against terrorism and will do so again")
    False
    """
    at = lower.find("against")
    while at != -1:
        end = at + len("against")
        if (
            _COUNT_THEN_AGAINST.search(lower, max(0, at - 50), at) is not None
            or _AGAINST_THEN_COUNT.match(lower, end, end + 10) is not None
            or (
                _MEMBERS_THEN_AGAINST.search(lower, max(0, at - 4), at) is not None
                and _FIGURE.search(lower, max(0, at - _AGAINST_REACH_BEFORE), at) is not None
            )
        ):
            return True
        at = lower.find("against", end)
    return False


_ROLE_WORD = re.compile(
    r"\b(?:against|opposed|in\s{1,3}favou?r|for|abstained|abstentions?)\b", re.IGNORECASE
)


def extend_vote(text: str, tally: Tally) -> None:
    """Add to a vote the roles its sentence states right after it.

    The enumeration grammar reads "Twenty-six countries voted in favour and two voted
    against"; ", with five abstentions" or "; one member did not participate" after it
    belong to the same vote. ``tally`` is changed in place; its offsets are relative to
    ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "26 voted in favour and 2 against, with 5 abstentions."
    >>> vote = Tally("vote", 0, 32, [Part("in favour", 26, 0, 18), Part("against", 2, 23, 32)])
    >>> extend_vote(text, vote)
    >>> [(p.category, p.count) for p in vote.parts]
    [('in favour', 26), ('against', 2), ('abstentions', 5)]
    >>> text[vote.start : vote.end]
    '26 voted in favour and 2 against, with 5 abstentions'
    """
    # The enumeration may have taken what follows into the last label ("two voted
    # against with five abstentions"): read on from the last role word.
    last = tally.parts[-1]
    role = None
    for role in _ROLE_WORD.finditer(text, last.start, last.end):
        if _trailing_part(text, role.end(), {part.category for part in tally.parts}):
            last.end = role.end()
            break
    pos = last.end if role is not None and last.end == role.end() else tally.end
    seen = {part.category for part in tally.parts}
    added = False
    while (trailing := _trailing_part(text, pos, seen)) is not None:
        part, pos = trailing
        tally.parts.append(part)
        seen.add(part.category)
        added = True
    not_voting, pos = _read_not_voting(text, pos)
    if not not_voting:
        not_voting, pos = _read_later_not_voting(text, pos, seen)
    if not_voting or added:
        tally.parts.sort(key=lambda part: _PART_ORDER.get(part.category or "", len(_PART_ORDER)))
        tally.parts.extend(not_voting)
        tally.end = max(part.end for part in tally.parts)
        tally.ocr_corrected = tally.ocr_corrected or any(p.ocr_corrected for p in tally.parts)
    # "Five countries voted in favour, failing to reach the required majority; four voted
    # against": the aside between the sides, or the outcome right after them.
    if tally.outcome is None:
        if _FAILING_INSIDE.search(text, tally.start, tally.end) is not None:
            tally.outcome = "rejected"
        else:
            tally.outcome = _outcome_after(text, tally.end)


# Between the side in favour of a vote that failed and its other sides: ", failing to pass
# the threshold of nine; " or "... of nine. " (the aside may end with a few more words).
_FAILED_GAP = re.compile(rf"{_FAILING}[^.;()]{{0,40}}?\s{{0,3}}[;.]\s{{1,3}}", re.IGNORECASE)
_OTHER_SIDES = frozenset({"against", "abstentions", "not participating", "absent"})


def join_failed_votes(text: str, tallies: list[Tally]) -> list[Tally]:
    """Join the votes in favour and the other sides of one vote split by a failing aside.

    "Five members voted in favour, failing to pass the threshold of nine. Four members
    voted against it and six abstained" is one vote, rejected: the first tally holds only
    the side in favour, the next only other sides, and between them stands nothing but
    the aside that says the vote fell short. ``tallies`` are in text order without
    overlaps (as :func:`surveystats.extract.tallies.tallies_in_text` keeps them); a
    joined tally replaces the two.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Three voted in favour, failing to reach the threshold; two voted against."
    >>> first = Tally("vote", 0, 21, [Part("in favour", 3, 0, 21)])
    >>> second = Tally("vote", 55, 72, [Part("against", 2, 55, 72)])
    >>> [(t.outcome, [p.category for p in t.parts]) for t in join_failed_votes(
    ...     text, [first, second])]
    [('rejected', ['in favour', 'against'])]
    """

    def joins(previous: Tally, tally: Tally) -> bool:
        return {part.category for part in previous.parts} == {
            "in favour"
        } and _FAILED_GAP.fullmatch(text, previous.end, tally.start) is not None

    return _join_other_sides(tallies, joins, "rejected")


def _join_other_sides(
    tallies: list[Tally], joins: Callable[[Tally, Tally], bool], outcome: str | None
) -> list[Tally]:
    """Join to the vote before it each counted vote of sides other than in favour.

    Only where ``joins(previous, tally)``; the joined vote takes ``outcome``, or when it
    is None keeps its own, else the later one's.
    """
    joined: list[Tally] = []
    for tally in tallies:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == tally.kind == "vote"
            and previous.unit == tally.unit == "count"
            and tally.parts
            and {part.category for part in tally.parts} <= _OTHER_SIDES
            and joins(previous, tally)
        ):
            previous.parts.extend(tally.parts)
            previous.end = tally.end
            if previous.total is None:  # "Of the 41 members, ... Nine voted against"
                previous.total = tally.total
            previous.outcome = outcome or previous.outcome or tally.outcome
            previous.subject = previous.subject or tally.subject
            previous.ocr_corrected = previous.ocr_corrected or tally.ocr_corrected
            continue
        joined.append(tally)
    return joined


# What a side voted against, after its count, where a reading of the side stops before it:
# "58 against it", "voted against them".
_SIDE_OBJECT = r"(?:\s{1,3}(?:it|them)\b)?"
# Between the sides of a vote and a side stated in a later clause of the same sentence:
# "-- 27 in favour and none opposed -- but there were also 26 abstentions", "; there were
# 11 abstentions", ", although 30 abstained".
# The later side may be stated as scant, and by those who cast it ("; only the
# representatives of two States voted against it, and a mere five abstained").
_LATER_SIDE_GAP = re.compile(
    # what the side before voted against: "58 against it, and"
    _SIDE_OBJECT + r"\s{0,3}(?:--|—|–|[,;])?\s{0,3}"
    r"(?:(?:but|although|though|yet|while|whereas|and|with)\s{1,3})?"
    r"(?:(?:only|just|merely|a\s{1,3}mere)\s{1,3})?(?:the\s{1,3}representatives\s{1,3}of\s{1,3})?"
)

# Between a one-count vote in favour and the other sides stated in the next sentence, what
# the side in favour voted on and the full stop: ", titled “Health Emergency in ...”.
# Twelve countries voted against the resolution, 53 abstained". No figure, no other stop.
_NEXT_SENTENCE_SIDE_GAP = re.compile(r"[^\d.;:!?()]{0,300}?[.!?][”\"’']?\s{1,3}")
# ... or the words that open the next sentence before its sides' first count: who they
# were ("Chile and Peru were among the"), an adverb ("Notably,"). No figure, no stop.
_NEXT_SENTENCE_OPENING_GAP = re.compile(
    r"[^\d.;:!?()]{0,300}?[.!?][”\"’']?\s{1,3}(?P<opening>[^\d.;:!?()]{0,120})"
)
# An opening that names another text, vote or ballot, or another of them: its sides are
# another vote's ("In a separate vote on the amendment, 30 voted against").
_OPENING_OTHER_VOTE = re.compile(
    r"\b(?:texts?|drafts?|resolutions?|amendments?|motions?|proposals?|decisions?"
    r"|paragraphs?|votes?|voting|ballots?|rounds?|separate|also|then|again|Council|Committee"
    r"|first|second|third|last|other|another|latter|former|next|previous|earlier|later"
    r"|each|respectively)\b",
    re.IGNORECASE,
)


def _opens_on_voters(text: str, end: int, start: int) -> bool:
    """Whether only the rest of a sentence and the next one's opening words stand between.

    "... with 143 countries supporting the bid. Notably, Chile and Peru were among the nine
    nations that voted against it, while 25 abstained": the later sides open their
    sentence after words that name some of their voters, none of another text or vote.
    """
    gap = _NEXT_SENTENCE_OPENING_GAP.fullmatch(text, end, start)
    return gap is not None and _OPENING_OTHER_VOTE.search(gap["opening"]) is None


# The end of a side named by its members, as the last side or before the next one:
# "Chile and Peru opposed it." or "Chile and Peru opposed it, 11 abstained"; not "Chile
# opposed the inclusion of the item".
_NAMED_SIDE_END = re.compile(r"\s{0,3}(?:[.;,!]|$)|\s{1,3}(?:and|while|whereas|but)\b")


# Capitalized words that open a sentence and name no member: counts and quantifiers.
_NO_NAME = re.compile(
    rf"(?i:{NUMBER_WORDS}|all|both|many|most|several|some|few|others|none|they|these|those)"
)


def _take_named_side_next(text: str, tally: Tally, *, limit: int | None = None) -> None:
    """Add to a vote of the side in favour alone the side the next sentence names first.

    "Nineteen countries on the board voted for the resolution, diplomats said. Russia,
    China and Niger opposed it": the members who opposed (or abstained, or did not take
    part) open the next sentence, and between the two stand only what the side in favour
    voted on and the full stop (:data:`_NEXT_SENTENCE_SIDE_GAP`). The named side has no
    count, as after a comma ("..., while Burundi and Cuba opposed it"). The side must end
    before ``limit`` (where the next tally starts). ``tally`` is changed in place.

    Examples
    --------
    >>> text = "Forty members voted for it. Chile and Peru opposed it."
    >>> vote = Tally("vote", 0, 26, [Part("in favour", 40, 0, 26)])
    >>> _take_named_side_next(text, vote)
    >>> [(p.category, p.count, p.members) for p in vote.parts]
    [('in favour', 40, []), ('against', None, ['Chile', 'Peru'])]
    >>> text[vote.start : vote.end]
    'Forty members voted for it. Chile and Peru opposed it'
    """
    if (
        tally.kind != "vote"
        or tally.unit != "count"
        or len(tally.parts) != 1
        or tally.parts[0].category != "in favour"
    ):
        return
    gap = _NEXT_SENTENCE_SIDE_GAP.match(text, tally.end)
    if gap is None or not _has_role_verb(text, gap.end()):
        return
    named = _NAMED_ROLE_AFTER.match(text, gap.end())
    if named is None or named.start("names") != gap.end():
        return  # the names open the sentence, with no word of their own before them
    if _NAMED_SIDE_END.match(text, named.end()) is None or (
        limit is not None and named.end() > limit
    ):
        return
    names, ocr = split_members(named["names"])
    if not names or any(
        _BODY_NAME.search(name) or _NO_NAME.fullmatch(name) for name in names
    ):  # "Nine voted against it": a count, counted by the other readers
        return
    category = next(_NAMED_CATEGORIES[group] for group in _NAMED_CATEGORIES if named[group])
    part = Part(category, None, named.start("names"), named.end(), members=names)
    part.ocr_corrected = ocr
    tally.parts.append(part)
    tally.end = named.end()
    tally.ocr_corrected = tally.ocr_corrected or ocr


# Between a vote of both sides and the next sentence that opens on the votes of neither
# ("... by 100 votes to 30. There were 12 abstentions."): a full stop alone.
_NEXT_SENTENCE_GAP = re.compile(r"\s{0,3}\.\s{1,3}")
# ... or a full stop and the members' representatives, as a commission's record counts
# them: "... by 32 votes to 11. Representatives of 9 States members of the Commission
# abstained, and 1 was not present when the vote was taken."
_NEXT_SENTENCE_NEITHER_GAP = re.compile(
    # the side's object may stand after the vote's end: "... voted against it. 32 abstained"
    _SIDE_OBJECT + r"\s{0,3}\.\s{1,3}"
    r"(?:(?:The\s{1,3})?(?:[Rr]epresentatives|[Dd]elegations)\s{1,3}of\s{1,3})?"
)
_NEITHER_SIDE = frozenset({"abstentions", "not participating", "absent"})
# Between a vote and the votes of neither side later in its sentence: the rest of the
# vote's clause, no figure or stop, then a comma or semicolon ("..., the Third Committee
# approved the draft; 21 delegations abstained").
_CLAUSE_THEN_NEITHER_GAP = re.compile(
    r"[^\d.;:!?()]{1,160}(?:[;,]\s{1,3}(?:(?:while|whereas|and|but|although)\s{1,3})?"
    r"|\s(?:while|whereas)\s{1,3})"  # "... voting against the text while 35 abstained"
)


def join_later_sides(text: str, tallies: list[Tally]) -> list[Tally]:
    """Join to a vote the sides its sentence states in a later clause.

    "The text obtained 60 votes in favour and 9 against; there were 14 abstentions" and
    "... -- 27 in favour and none opposed -- but 26 delegations abstained" are one vote
    each: the first tally holds the side in favour, the next (read on its own) only sides
    the first lacks, and between them stand only an aside (:func:`_skip_aside`), a comma,
    semicolon or dash and a conjunction. ``tallies`` are in text order without overlaps;
    a joined tally replaces the two.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "It got 60 in favour and 9 against; there were 14 abstentions."
    >>> first = Tally("vote", 7, 33, [Part("in favour", 60, 7, 19), Part("against", 9, 24, 33)])
    >>> second = Tally("vote", 35, 61, [Part("abstentions", 14, 46, 61)])
    >>> [[(p.category, p.count) for p in t.parts] for t in join_later_sides(text, [first, second])]
    [[('in favour', 60), ('against', 9), ('abstentions', 14)]]

    A vote of the side in favour alone takes the other sides that open the next sentence,
    after what it voted on ("88 voted for the text, titled “...”. 12 voted against it");
    a vote of both sides takes the votes of neither (abstentions, members absent or not
    participating) that the next sentence opens on ("adopted by 100 votes to 30. There
    were 12 abstentions"; "... Representatives of 9 States abstained"). The next
    sentence may open on a side named by its members before it counts the others
    ("Nineteen countries voted for it, diplomats said. Chile,
    Peru and Fiji opposed it, 11 abstained and two did not vote"): the side is taken first
    (:func:`_take_named_side_next`), then the counts after it join.
    """
    for tally, after in itertools.zip_longest(tallies, tallies[1:]):
        _take_named_side_next(text, tally, limit=None if after is None else after.start)

    def joins(previous: Tally, tally: Tally) -> bool:
        sides = {part.category for part in previous.parts}
        later = {part.category for part in tally.parts}
        # a vote that counts the side against alone takes the sides of neither after it
        # ("Four States joined Chile in voting against it, while 25 abstained")
        if sides & later or not (
            "in favour" in sides or ("against" in sides and later <= _NEITHER_SIDE)
        ):
            return False
        if sides == {"in favour"} and (
            _NEXT_SENTENCE_SIDE_GAP.fullmatch(text, previous.end, tally.start) is not None
        ):
            return True
        if sides == {"in favour"} and _opens_on_voters(text, previous.end, tally.start):
            return True  # ". Notably, Chile and Peru were among the nine that voted against"
        if (
            "against" in sides
            and later <= _NEITHER_SIDE
            and _NEXT_SENTENCE_NEITHER_GAP.fullmatch(text, previous.end, tally.start) is not None
        ):
            return True
        if (
            "against" in sides
            and later <= _NEITHER_SIDE
            and _CLAUSE_THEN_NEITHER_GAP.fullmatch(text, previous.end, tally.start) is not None
            and _ANOTHER_TEXT_LOWER.search(text, previous.end, tally.start) is None
        ):  # "With 131 in favour and 36 against, the Committee approved it; 21 abstained"
            return True
        # an aside may stand first: "voted for it (62 per cent of the membership), 40 ..."
        aside = _skip_aside(text, previous.end) or previous.end
        return _LATER_SIDE_GAP.fullmatch(text, aside, tally.start) is not None

    return _join_other_sides(tallies, joins, None)


# Between two runs of candidates of one ballot: a comma or semicolon and a conjunction.
_CANDIDATES_GAP = re.compile(
    r"\s{0,3}[,;]?\s{0,3}(?:(?:while|whereas|and|but)\s{1,3})?(?:(?:only|just)\s{1,3})?"
)


def join_split_candidates(text: str, tallies: list[Tally]) -> list[Tally]:
    """Join two runs of candidates' votes in one sentence into the one ballot they are.

    "Ms. Ito had six votes, Mr. Kaya received five votes, while Ms. Roth of Peru and Mr.
    Obi of Chad gained two votes each" may come out as two votes of candidates: where
    the second follows the first with only a comma or semicolon and a conjunction
    between (:data:`_CANDIDATES_GAP`), every part of both names a candidate (role
    "other") with a count, no candidate is named twice and at most one states a
    total, the two are one. ``tallies`` are in text order; a joined tally replaces both.

    Examples
    --------
    >>> text = "A had 6 votes, B had 5 votes, while C and D had 2 votes each."
    >>> first = Tally("vote", 0, 28, [Part("A", 6, 0, 12), Part("B", 5, 15, 28)])
    >>> second = Tally("vote", 36, 60, [Part("C", 2, 36, 60), Part("D", 2, 42, 60)])
    >>> [[p.category for p in t.parts] for t in join_split_candidates(text, [first, second])]
    [['A', 'B', 'C', 'D']]
    """
    joined: list[Tally] = []
    for tally in tallies:
        previous = joined[-1] if joined else None
        if previous is None or not _candidates_run_on(text, previous, tally):
            joined.append(tally)
            continue
        previous.parts.extend(tally.parts)
        previous.end = tally.end
        previous.total = previous.total if previous.total is not None else tally.total
        previous.outcome = previous.outcome or tally.outcome
        previous.ocr_corrected = previous.ocr_corrected or tally.ocr_corrected
    return joined


def _candidates_run_on(text: str, previous: Tally, tally: Tally) -> bool:
    """Whether ``tally`` goes on with the candidates of ``previous`` (one ballot's)."""
    if not (previous.kind == tally.kind == "vote" and previous.unit == tally.unit == "count"):
        return False
    if not (previous.parts and tally.parts):
        return False  # a vote stated with no counts ("Adopted at the 2nd meeting") names none
    parts = [*previous.parts, *tally.parts]
    if any(part.count is None or role_of(part.category) != "other" for part in parts):
        return False
    names = [(part.category or "").lower() for part in parts]
    if len(set(names)) < len(names) or None not in (previous.total, tally.total):
        return False
    return _CANDIDATES_GAP.fullmatch(text, previous.end, tally.start) is not None


# Before sides that open their sentence: nothing, or the word that opens an adjunct ("With
# 3 abstentions and none against, ..."); a stop or the start of the text before it.
_OPENS_SENTENCE = re.compile(
    r"(?:^|[.;:!?][”\"’']?\s{1,3})(?:(?:With|There\s{1,3}(?:being|were|was))\s{1,3})?$"
)
# Between those sides and the vote of their sentence: a comma or semicolon, then the
# words of its clause ("; the text was otherwise carried by"), no figure or other stop,
# and no word that points to another text ("on the first draft; the second was ...").
_EARLIER_SIDES_GAP = re.compile(r"\s{0,3}[,;]\s{1,3}[^\d.;:!?()]{0,120}")
_ANOTHER_TEXT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|other|another|latter|former|next|previous"
    r"|earlier|later|whole|remaining|rest|each|respectively)\b",
    re.IGNORECASE,
)
# The same words in lower case only: "the Third Committee" names a body, not a text.
_ANOTHER_TEXT_LOWER = re.compile(_ANOTHER_TEXT.pattern)
_EARLIER_REACH = 60  # how far before the sides the stop that opens their sentence may be


# What the subject of a sentence's one count did when it backed a text: "Eighteen
# delegations spoke in favour of the proposal.", "Fifty-five respondents supported it."
_BACKED_AFTER_COUNT = re.compile(
    r"\s{1,3}(?:(?:spoke|voted|were|was)\s{1,3}in\s{1,3}favou?r|voted\s{1,3}for"
    r"|supported|backed|favou?red|endorsed|expressed\s{1,3}(?:their\s{1,3})?support)\b"
)
# The next sentence opens on the side against, saying what it opposed by a pronoun:
# "Seven opposed it", "Another 20 voted against it".
_OPENS_ON_COUNT = re.compile(r"\s{0,3}(?:(?:Another|A\s{1,3}further|Only|Just)\s{1,3})?")
_OPPOSED_IT = re.compile(r"\b(?:opposed|(?:voted\s{1,3})?against|rejected)\s{1,3}(?:it|them)\b")
_AGAINST_CATEGORY = re.compile(r"^(?:against|opposed|rejected|voted against)\b")
_BACKED_REACH = 300  # characters: the longest sentence that may hold the side in favour


def take_backing_before(text: str, tallies: list[Tally], items: list[Item]) -> list[Tally]:
    """Give a split that opens on the side against the side in favour of the sentence before.

    "Eighteen delegations spoke in favour of the proposal. Seven opposed it, and three
    reserved their position." is one split of the delegations: the first sentence holds
    one count and nothing else, that count opens it and its subject backs the text
    ("supported", "backed", "spoke in favour"), and the next sentence opens on a split
    whose side against opposes "it" and that has no side in favour. The count becomes
    its first part ("in favour"), its noun what the later parts count where they name
    none. Tallies are changed in place and returned.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Forty States backed the plan. Another 12 opposed it and 5 had no view."
    >>> split = Tally("survey", 30, 70, [Part("opposed", 12, 30, 51), Part("no view", 5, 56, 70)])
    >>> tally = take_backing_before(text, [split], read_items(text))[0]
    >>> [(p.category, p.count, p.counted) for p in tally.parts]
    [('in favour', 40, 'States'), ('opposed', 12, 'States'), ('no view', 5, 'States')]
    """
    starts = None
    for tally in tallies:
        if (
            tally.unit != "count"
            or tally.total is not None
            or len(tally.parts) < 2
            or any(part.category == "in favour" for part in tally.parts)
            or not _AGAINST_CATEGORY.match(tally.parts[0].category or "")
        ):
            continue
        starts = starts or sentence_starts(text)
        at = bisect.bisect_right(starts, tally.start) - 1
        if at < 1 or _OPENS_ON_COUNT.fullmatch(text, starts[at], tally.start) is None:
            continue
        if _OPPOSED_IT.search(text, tally.start, tally.parts[0].end + 4) is None:
            continue
        before, opening = starts[at - 1], starts[at]
        if opening - before > _BACKED_REACH:
            continue
        first = bisect.bisect_left(items, before, key=lambda item: item.start)
        last = bisect.bisect_left(items, opening, key=lambda item: item.start)
        figures = [item for item in items[first:last] if item.kind in ("count", "percent")]
        if len(figures) != 1:
            continue
        backer = figures[0]
        backed = _BACKED_AFTER_COUNT.match(text, backer.head_end)
        if (
            backer.kind != "count"
            or backer.value is None
            or text[before : backer.prefix_start].strip()
            or backed is None
            or any(other.start < backed.end() and backer.start < other.end for other in tallies)
        ):
            continue
        tally.parts.insert(
            0,
            Part(
                "in favour",
                backer.value,
                backer.prefix_start,
                backed.end(),
                counted=backer.counted,
                qualifier=backer.qualifier,
            ),
        )
        for part in tally.parts[1:]:
            if part.counted is None and backer.counted is not None:
                part.counted, part.counted_inherited = backer.counted, True
        tally.start = backer.prefix_start
    return tallies


def join_earlier_sides(text: str, tallies: list[Tally]) -> list[Tally]:
    """Join to a vote the sides other than in favour that open its sentence.

    "With 3 abstentions and no votes against, the Assembly adopted the text by 174
    votes" and "Seven delegations abstained; the draft was then adopted by 90 votes to 3"
    are one vote each: the first tally holds only sides other than in favour and opens
    its sentence (alone or after "With"), the next holds the side in favour and none of
    the first's sides, and between them stand only the words of the vote's clause after
    a comma or semicolon. ``tallies`` are in text order without overlaps; a joined tally
    replaces the two.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Six members abstained; the text was adopted by 80 votes to 2."
    >>> first = Tally("vote", 0, 21, [Part("abstentions", 6, 0, 21)])
    >>> second = Tally("vote", 44, 60, [Part("in favour", 80, 44, 53), Part("against", 2, 57, 60)])
    >>> joined = join_earlier_sides(text, [first, second])
    >>> [[(p.category, p.count) for p in t.parts] for t in joined]
    [[('in favour', 80), ('against', 2), ('abstentions', 6)]]
    """
    joined: list[Tally] = []
    for tally in tallies:
        previous = joined[-1] if joined else None
        if previous is None or not _joins_earlier(text, previous, tally):
            joined.append(tally)
            continue
        tally.parts = sorted(
            [*tally.parts, *previous.parts],
            key=lambda part: _PART_ORDER.get(part.category or "", len(_PART_ORDER)),
        )
        tally.start = previous.start
        tally.subject = tally.subject or previous.subject
        tally.outcome = tally.outcome or previous.outcome
        tally.ocr_corrected = tally.ocr_corrected or previous.ocr_corrected
        joined[-1] = tally
    return joined


def _joins_earlier(text: str, previous: Tally, tally: Tally) -> bool:
    """Whether ``previous`` holds sides that open the sentence of the vote ``tally``."""
    if not (previous.kind == tally.kind == "vote" and previous.unit == tally.unit == "count"):
        return False
    sides = {part.category for part in previous.parts}
    later = {part.category for part in tally.parts}
    if not sides or not sides <= _OTHER_SIDES or "in favour" not in later or sides & later:
        return False
    gap = _EARLIER_SIDES_GAP.fullmatch(text, previous.end, tally.start)
    return (
        gap is not None
        and _ANOTHER_TEXT.search(text, previous.end, tally.start) is None
        and _OPENS_SENTENCE.search(text, max(0, previous.start - _EARLIER_REACH), previous.start)
        is not None
    )


# The side in favour stated as votes a text received, right before the other sides:
# "This proposal obtained only five votes, while thirty-nine delegations voted against it",
# "The amendment received 11 votes, 29 representatives voting against it".
_RECEIVED_VOTES_BEFORE = re.compile(
    rf"""
    \b(?P<text>proposals?|amendments?|motions?|drafts?|texts?|resolutions?|decisions?|
        recommendations?|(?:sub-?)?paragraphs?|it)
    # what else its clause says of it first: "was put to the vote and", ", when put to
    # the vote,"
    (?:\b[^.;:!?\d]{{1,90}}?(?:{GAP}and|\s{{0,3}},))?
    {GAP}(?:(?:had|has){GAP})?(?:only{GAP})?
    (?:received|obtained|secured|gained|won|mustered|attracted|drew|polled|got)
    {GAP}(?:(?:only|just|some){GAP})?(?P<n>{COUNT_PATTERN}){GAP}votes?
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:while|whereas|with|and){GAP})?$
    """,
    _FLAGS,
)
_RECEIVED_VOTES_REACH = 220
# The categories of a vote, by the role of a part that names its side in other words
# ("voting against it" is the side against).
_SIDE_OF_ROLE = {
    "against": "against",
    "abstaining": "abstentions",
    "not_participating": "not participating",
    "absent": "absent",
}


def take_received_favour(text: str, tally: Tally) -> bool:
    """Give sides that lack the side in favour the votes a text received right before them.

    "The proposal obtained only five votes, while thirty-nine delegations voted against it
    and eleven abstained" is one vote: the sides after the votes (read on their own, or as
    a survey of what delegations did) take the five as the side in favour, and every part
    is named by its side. Only a text put to the vote (a proposal, an amendment, a
    motion, ...) receives them ("Chile obtained 97 votes, while 12 delegations abstained"
    is an election); ``tally`` is changed in place. True where it took them.

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "The motion received 9 votes, 20 members voting against it."
    >>> tally = Tally("survey", 28, 58, [Part("voting against it", 20, 28, 58)])
    >>> take_received_favour(text, tally)
    True
    >>> tally.kind, [(p.category, p.count) for p in tally.parts]
    ('vote', [('in favour', 9), ('against', 20)])
    """
    roles = [role_of(part.category) for part in tally.parts]
    if not tally.parts or any(role not in _SIDE_OF_ROLE for role in roles):
        return False
    if tally.unit not in (None, "count") or tally.total is not None:
        return False
    received = _RECEIVED_VOTES_BEFORE.search(
        text, max(0, tally.start - _RECEIVED_VOTES_REACH), tally.start
    )
    if received is None:
        return False
    count, ocr = read_count(received["n"])
    if count is None or ocr:
        return False
    for part, role in zip(tally.parts, roles, strict=True):
        part.category = _SIDE_OF_ROLE[role]
    tally.parts.insert(0, Part("in favour", count, received.start("n"), received.end()))
    tally.kind, tally.unit, tally.start = "vote", "count", received.start("n")
    return True


# The side in favour as a count of voters who backed what the others opposed, in the clause
# right before them: "Some 41,300 voters approved the new charter, while 9,800 voted
# against it", "120 members endorsed the proposal and 31 opposed it". Whoever voted: a
# noun of voters or none, never a name; what they backed: words without a figure or stop.
_BACKERS_BEFORE = re.compile(
    rf"""
    (?<![\w.,’'-])(?P<n>{COUNT_PATTERN})
    (?:{GAP}(?:registered{GAP})?(?P<noun>voters|electors|citizens|people|persons|members
        |delegations|countries|nations|(?:Member{GAP})?States|Governments|representatives))?
    {GAP}(?:endorsed|approved|supported|backed|accepted|favou?red
        |voted{GAP}(?:for|yes|in{GAP}favou?r(?:{GAP}of)?)
        |said{GAP}(?:yes|[\"“'‘]yes[\"”'’])(?:{GAP}to)?)
    (?:{GAP}[^\d.;:!?()]{{1,90}}?)?
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:while|whereas|and|but){GAP})?$
    """,
    _FLAGS,
)
# The same backers as a passive's agent, a whole of them maybe stated: "The resolution was
# supported by 141 of the Assembly's 193 members, with 5 against and 35 abstentions".
_BACKED_BY_BEFORE = re.compile(
    rf"""
    (?:\b(?:was|were|(?:has|have|had){GAP}been){GAP}|,\s{{1,3}})
    (?:endorsed|approved|supported|backed|favou?red)
    {GAP}by{GAP}(?:(?:some|about|nearly|almost|over|only)\s{{1,3}})?(?P<n>{COUNT_PATTERN})
    (?:{GAP}(?:out{GAP})?of{GAP}(?:the{GAP}|its{GAP}|the{GAP}[A-Za-z][\w-]{{1,25}}(?:’s|'s){GAP})
        (?P<total>{COUNT_PATTERN})(?:-member)?)?
    (?:{GAP}(?P<noun>voters|electors|members|delegations|countries|nations|(?:Member{GAP})?States
        |Governments|representatives|nations))?
    (?:{GAP}[^\d.;:!?()]{{1,90}}?)?
    \s{{0,3}}[,;]?\s{{0,3}}(?:(?:while|whereas|and|but|with){GAP})?$
    """,
    _FLAGS,
)
_BACKERS_REACH = 160
_BALLOTS_FOR_NONE = frozenset({"invalid ballots", "blank ballots"})
# The same backers read as a label of their own: "endorsed the new charter".
_BACKED_LABEL = re.compile(
    r"(?:endorsed|approved|supported|backed|voted\s{1,3}(?:for|yes|in\s{1,3}favou?r))\b"
)


def take_backers_before(text: str, tally: Tally) -> bool:
    """Give sides that lack the side in favour the count of voters who backed the text before.

    "Some 41,300 voters approved the new charter, while 9,800 voted against it" is one
    vote: the side against (read on its own, or as a survey of what voters did) takes the
    voters who approved ("endorsed", "supported", "voted for", "said yes to") as the side
    in favour, where they stand right before it in its clause and the side against opens
    the sides. The backers may be a passive's agent, with their whole ("The resolution was
    supported by 141 of the Assembly's 193 members, with 5 against and 35 abstentions":
    total 193, where the sides fit in it), also with no auxiliary after a comma ("The
    resolution, supported by 141 of the 193 members, with 5 against ..."). ``tally`` is
    changed in place; True where it took them.

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "Some 812 voters endorsed the plan, while 190 voted against it."
    >>> tally = Tally("vote", 41, 61, [Part("against", 190, 41, 61)])
    >>> take_backers_before(text, tally)
    True
    >>> [(p.category, p.count, p.counted) for p in tally.parts]
    [('in favour', 812, 'voters'), ('against', 190, 'voters')]
    """
    if tally.unit not in (None, "count") or tally.total is not None or not tally.parts:
        return False
    # the backers may be the tally's first part, read with their verb as its label
    backed_first = _BACKED_LABEL.match(tally.parts[0].category or "") is not None
    roles = [role_of(part.category) for part in tally.parts]
    sides = list(zip(tally.parts, roles, strict=True))[1 if backed_first else 0 :]
    if (
        not sides
        or sides[0][1] != "against"
        or any(
            role not in _SIDE_OF_ROLE and part.category not in _BALLOTS_FOR_NONE
            for part, role in sides
        )
    ):
        return False
    if backed_first:
        # a vote only where a side says it voted ("voted against it"), not where
        # respondents "supported the plan" and others "opposed it"
        if not any(
            "vot" in (part.category or "") or part.category in _BALLOTS_FOR_NONE
            for part, _ in sides
        ):
            return False
        first = tally.parts[0]
        first.category = "in favour"
        for part, role in sides:
            part.category = _SIDE_OF_ROLE.get(role, part.category)
        tally.kind = "vote"
        return True
    reach = max(0, tally.start - _BACKERS_REACH)
    backers = _BACKERS_BEFORE.search(text, reach, tally.start) or _BACKED_BY_BEFORE.search(
        text, reach, tally.start
    )
    if backers is None:
        return False
    count, ocr = read_count(backers["n"])
    if count is None or ocr:
        return False
    whole = backers.groupdict().get("total")
    total = read_count(whole)[0] if whole else None
    if whole and (total is None or count + sum(p.count or 0 for p, _ in sides) > total):
        return False  # "supported by 141 of the 193 members": the sides fit in the whole
    noun = " ".join(backers["noun"].split()) if backers["noun"] else None
    for part, role in sides:
        part.category = _SIDE_OF_ROLE.get(role, part.category)
        if part.category in _BALLOTS_FOR_NONE:
            continue
        if part.counted is None and noun is not None:
            part.counted, part.counted_inherited = noun, True
    tally.parts.insert(0, Part("in favour", count, backers.start("n"), backers.end(), counted=noun))
    tally.kind, tally.unit, tally.start = "vote", "count", backers.start("n")
    tally.total = total
    return True


def find_votes(text: str, lower: str | None = None) -> list[Tally]:
    """Find vote tallies in a string.

    Parameters
    ----------
    text
        One paragraph (any string).
    lower
        ``text.lower()``, if the caller has it already.

    Returns
    -------
    list of Tally
        Tallies of kind ``"vote"`` in order of position, with parts "in favour",
        "against", "abstentions", "not participating", "absent", "present and not voting"
        as stated, and the outcome the sentence states before the vote ("adopted",
        "rejected"); offsets are relative to ``text``. A garbled count ("by ?4 votes")
        gives a part with no count, flagged unreadable.

    Examples
    --------
    >>> [(p.category, p.count, p.members) for p in find_votes(
    ...     "adopted by 7 votes to 1 (Poland), with 3 abstentions")[0].parts]
    [('in favour', 7, []), ('against', 1, ['Poland']), ('abstentions', 3, [])]
    >>> [(p.category, p.count, p.members) for p in find_votes(
    ...     "approved by 9 votes to 2, including Chile and Peru, with 4 abstentions")[0].parts]
    [('in favour', 9, []), ('against', 2, ['Chile', 'Peru']), ('abstentions', 4, [])]
    """
    found: list[Tally] = []
    if lower is None:
        lower = text.lower()
    if not _has_vote_word(lower) and not (
        "show of hands" in lower or (" to " in lower and _bare_verb_spots(lower))
    ):  # "approved by a show of hands, 30 to 4", "The motion carried 41 to 9"
        # every vote states one of these words, or the support of its voters
        if holds_any(lower, _SUPPORT_LITERALS):
            found.extend(_find_support(text, lower))
        dashed = _has_dashed_figures(text)  # most paragraphs have none: tested first
        outcome_verb = dashed and any(verb in lower for verb in _DASHED_VERBS)
        if dashed and (outcome_verb or "tally " in lower):
            # "The resolution was adopted 15-0"; a tally with no word of a vote only with
            # three figures, as a score has two: "The final tally was 138-9-41"
            found.extend(t for t in _find_dashed(text, lower) if outcome_verb or len(t.parts) == 3)
            if found:  # "... rejected by 40-55-30 and amendment 2 by 38-60-29"
                found.extend(_parallel_dashed(text, found))
            if found and (" from " in lower or "compared " in lower):
                found.extend(_earlier_dashed(text, found))  # ", compared with 120-8 in 2019"
        elif dashed and "(" in text:  # "... to the Assembly on its work (101-0-50)."
            found.extend(_record_parenthesized(text, []))
        if ", which" in lower and ("opposed" in lower or "rejected" in lower):
            found.extend(_find_relative_sides(text, lower))  # "opposed it, which 40 supported"
        if holds_any(lower, _SIDE_BY_VERB_LITERALS):
            found.extend(_find_sides_by_verb(text))  # "121 States supported the resolution"
        if "with" in lower and holds_any(lower, _WITH_PARTICIPLE_LITERALS):
            found.extend(_find_with_role(text, lower))  # "..., with 150 States backing it"
        if _names_straw_kinds(lower):  # a straw poll's ballots: "12 'encourage', 2 ..."
            found.extend(_find_straw_poll(text))
        return found
    heads = [match for pattern in (_HEAD_BY, _HEAD_WITH) for match in pattern.finditer(text)]
    # The in-favour head opens on a count: tried only before the words that end it.
    heads.extend(matches_near(_HEAD_FAVOUR, text, lower, _FAVOUR_WINDOWS))
    if "favo" in lower:
        heads.extend(matches_near(_HEAD_AGAINST_FIRST, text, lower, _AGAINST_FIRST_WINDOWS))
        if "against (" in lower or "opposed (" in lower:
            heads.extend(matches_near(_HEAD_AGAINST_FIRST, text, lower, _AGAINST_LISTED_WINDOWS))
    if "against" in lower or "opposed" in lower:
        heads.extend(matches_near(_HEAD_UNNAMED_FAVOUR, text, lower, _UNNAMED_FAVOUR_WINDOWS))
        heads.extend(matches_near(_HEAD_AS_AGAINST, text, lower, _AS_AGAINST_WINDOWS))
    heads.extend(_bare_heads(text, lower))
    weak: list[re.Match[str]] = []
    for match in heads:
        pattern = match.re
        if pattern is _HEAD_BARE and not _bare_is_vote(text, match):
            continue
        head = _head(text, match)
        if head is None:
            continue
        if pattern is _HEAD_AS_AGAINST:
            head = (head[0], False)  # a vote only with a further side after it
        single = (
            pattern is _HEAD_FAVOUR
            and match["against"] is None
            and (
                match["votes"]
                or match["votes_affirmative"]
                or match["votes_support"]
                or match["affirmative"]
                or match["affirmative_before"]
                or _answer_votes(match)
            )
            is not None
            and (
                match["cast"] is not None  # "141 votes were cast in favour of ..."
                or _RECEIVED.search(text, max(0, match.start() - 40), match.start()) is not None
            )
            # "Chile beat Peru with 120 votes in favour": a winner's votes, no side of a text
            and _DEFEAT_BEFORE.search(text, max(0, match.start() - 80), match.start()) is None
        ) or (
            pattern is _HEAD_BY
            and match["against"] is None
            and match["with_against"] is None
            and match["votes"] is not None
            and (
                match["in_favour"] is not None
                or _ONE_COUNT_VERB.search(text, max(0, match.start() - 80), match.start())
                is not None
                # "-- by 141 votes out of 193 member states -- agreed to approve it": the
                # votes' whole says they were cast (a person's election by them is none)
                or (
                    _VOTES_OUT_OF_AFTER.match(text, match.end()) is not None
                    and _ELECTED_BEFORE.search(text, max(0, match.start() - 80), match.start())
                    is None
                )
            )
            and not _favour_and_against(text, match.start("for"))
            # "defeated by 51 votes against and 43 in favour": those are the side against
            and _SIDE_AGAINST_NEXT.match(text, match.end()) is None
        )
        tally = _complete(text, *head, single=single)
        if tally is None and pattern is _HEAD_BY and match["against"] is not None:
            weak.append(match)  # "by 95 to 10": a vote only after another one
            continue
        if tally is not None:
            found.append(_finish_head(text, match, tally))
    found.extend(_parallel_votes(text, found, weak))
    if (
        "favo" in lower
        or "yes" in lower
        or "for:" in lower
        or "for," in lower
        or "voted for" in lower  # "93 States voted for it. Against — 24."
        or "votes for " in lower  # a record's lines: "Votes for 132\nVotes against 1"
        or "affirmative" in lower  # "Votes cast 60; Affirmative - 59; Negative - 1"
    ) and (_PAIR_CONTEXT.search(lower) or "\n" in text or ": " in text or holds_any(text, _DASHES)):
        found.extend(_find_label_pairs(text, lower))
    elif "yea" in lower or "ayes" in lower or "tá" in lower or "not-content" in lower:
        found.extend(_find_label_pairs(text, lower))  # a division: "yeas 135; nays 21"
    if "):" in text:  # "In favour (23): Angola, ...; Against (0): None"
        found.extend(_find_listed_sides(text))
    if ")." in text and ": " in text:  # "In favour: Angola, Benin (2). Against: Chad (1)."
        found.extend(_find_sides_counted_after(text))
    if ("vot" in lower or "referend" in lower or "plebiscit" in lower or "majority" in lower) and (
        "cent" in lower or "%" in lower
    ):
        found.extend(_find_percent_votes(text, lower))
    if (
        " to " in lower
        and ("cent" in lower or "%" in lower)
        and any(verb in lower for verb in _MARGIN_VERBS)
    ):
        found.extend(_find_percent_margins(text))
    refused: list[tuple[int, int]] = []
    if "respectively" in lower or "abstentions each" in lower:
        respective, refused = _find_respective(text, lower)
        found.extend(respective)
    if "affirmative vote" in lower:
        found.extend(_find_affirmative(text))
    if " by " in lower or "voted" in lower:
        found.extend(_find_voters(text, lower))
    if "with" in lower or "there w" in lower:
        found.extend(_find_with_role(text, lower))
    if " of " in lower or "support from" in lower or "backing from" in lower:
        found.extend(_find_support(text, lower))
    if "ballot" in lower or "votes from" in lower:
        found.extend(_find_ballot_support(text, lower))
    if "-" in text or "–" in text:
        found.extend(_find_dashed(text, lower))
    if (
        "voting" in lower
        or "abstaining" in lower
        or "yes" in lower
        or "voted yea" in lower  # "52 Senators voted yea and 47 voted nay"
        or "voted aye" in lower
    ):
        found.extend(_find_role_first(text, lower))
    if holds_any(lower, _SIDE_BY_VERB_LITERALS):
        found.extend(_find_sides_by_verb(text))  # "121 States supported the resolution"
    if "joined" in lower:
        found.extend(_find_joined(text))
    if "among the " in lower:  # "Uruguay was among the nine countries voting against it"
        found.extend(_find_among_voters(text))
    if " votes" in lower and (" out of " in lower or " of the " in lower):
        found.extend(_find_text_received(text))  # "The resolution attracted 96 out of 135 votes"
    if " cast " in lower and ("delegat" in lower or "members" in lower or "governments" in lower):
        found.extend(_find_group_votes(text))  # "Government delegates cast 203 votes in ..."
    if 'no"' in lower or "no”" in lower or "no’" in lower or "no'" in lower:
        found.extend(_find_no_votes(text))  # "were the two “no” votes"
    if "negative votes" in lower or "votes against" in lower or "abstentions" in lower:
        # "The three negative votes were ..."; a side the paragraph's vote states is no
        # vote of its own ("..., with 20 abstentions; the 20 abstentions came from ...")
        stated = {(part.category, part.count) for tally in found for part in tally.parts}
        found.extend(
            tally
            for tally in _find_side_nouns(text)
            if (tally.parts[0].category, tally.parts[0].count) not in stated
        )
    if "' vote" in lower or "’ vote" in lower or "” vote" in lower or '" vote' in lower:
        found.extend(_find_quoted_votes(text))  # "13 'encourage' votes, 2 'no opinion' votes"
    if (
        "failed" in lower
        or "rejected" in lower
        or "defeated" in lower
        or "not pass" in lower
        or "not adopted" in lower
    ):  # the literals of _FAILED_WINDOWS, as plain tests (no generator per paragraph)
        found.extend(_find_failed(text, lower))  # "failed, receiving only 12 votes"
    if ", which" in lower and ("opposed" in lower or "rejected" in lower):
        found.extend(_find_relative_sides(text, lower))
    if "votes of " in lower:  # "12 votes of encouragement, none of discouragement and ..."
        found.extend(_find_votes_of_kinds(text))
    if _names_straw_kinds(lower):  # "13 'encourage', 0 'discourage' and 2 'no opinion ..."
        found.extend(_find_straw_poll(text))
    if (
        "vote" in lower
        or "ballot" in lower
        or "majority:" in lower
        or " round" in lower
        or "voting" in lower  # "The voting results were as follows: ..."
        or "election result" in lower
        # "Having obtained the required majority, Kenya (105) and Chile (99) were elected"
        or ("elected" in lower and "majority" in lower)
    ) and (
        holds_any(lower, ELECTION_LITERALS)
        or (" votes to " in lower and ("’s " in lower or "'s " in lower))
    ):
        # "Chile received 97 votes, Peru 85 and Fiji 3"; "183 ballots were cast; 98 in ...";
        # "In the second round, Chile received 101 and Peru 88"; "A, which closed the round
        # with 104 votes to B's 81"
        found.extend(find_elections(text))
    if found and ("-" in text or "–" in text):
        found.extend(_parallel_dashed(text, found))  # "...; the second by 98-20-40"
        if " from " in lower or "compared " in lower:
            found.extend(_earlier_dashed(text, found))  # ", down from 187–2 last year"
    # of two readings of one phrase, the one with more parts
    found.sort(key=lambda t: (t.start, -t.end, -len(t.parts)))
    kept: list[Tally] = []
    for tally in found:
        if kept and tally.start < kept[-1].end:
            continue
        if any(start < tally.end and tally.start < end for start, end in refused):
            continue  # a piece of parallel lists that disagree: "24 votes to 31" of them
        kept.append(tally)
    if len(kept) > 1 and ("rejected" in lower or "defeated" in lower):
        _share_rejection(text, kept)
    if " for " in lower or " over " in lower:  # "elected Ms. A by 30 votes to 28 for Mr. B"
        for tally in kept:
            _name_candidates(text, tally)
    if "abstentions" in lower or "against" in lower or "negative votes" in lower:
        for tally in kept:
            _take_side_named_next(text, tally)
    if "elected" in lower:  # "Mr. Haas was elected by 117 votes, with 7 abstentions"
        for tally in kept:
            name_elected_alone(text, tally)
    if "(" in text and ("cent" in lower or "%" in lower):
        for tally in kept:
            _take_shares_in_parentheses(text, tally)
    if ":" in text or "," in text:
        for tally in kept:
            _take_pairs_next(text, tally)
    if "not " in lower or "absent" in lower:
        for tally in kept:
            _take_not_voting_after(text, tally)
    if "-member " in lower or "-nation " in lower or "-seat " in lower:
        for tally in kept:
            _take_size_of_voting_body(text, tally)
    if "if " in lower:
        kept = [tally for tally in kept if not _put_as_condition(text, tally)]
    if "repl" in lower or "respon" in lower or "questionnaire" in lower or "survey" in lower:
        kept = [tally for tally in kept if not _answers_of_replies(text, tally)]
    return kept


# The words of a sentence that counts the answers to a consultation: "Altogether 120
# replies were received: 70 in favour, 35 against and 15 with no opinion".
_REPLIES_CUE = re.compile(
    r"\b(?:repl(?:y|ies|ied)|respon(?:ses?|ded|dents?)|questionnaires?|surveyed|survey)\b",
    re.IGNORECASE,
)


def _answers_of_replies(text: str, tally: Tally) -> bool:
    """Whether a vote read from "in favour"/"against" is the answers of a consultation.

    A sentence that counts replies, responses or respondents and says nothing of a vote
    (no word of :data:`_VOTING_EVIDENCE`) gives their answers, which the survey readers
    read with the whole the replies make.

    >>> text = "Altogether 120 replies were received: 70 in favour, 35 against."
    >>> vote = Tally("vote", 38, 63, [Part("in favour", 70, 38, 49), Part("against", 35, 51, 63)])
    >>> _answers_of_replies(text, vote)
    True
    >>> _answers_of_replies("The text was adopted by 70 in favour to 35 against.", vote)
    False
    """
    if tally.kind != "vote" or tally.outcome is not None:
        return False
    begin = _sentence_begin(text, tally.start)
    stop = text.find(". ", tally.end)
    stop = min(stop if stop != -1 else len(text), tally.end + _SENTENCE_REACH)
    return (
        _REPLIES_CUE.search(text, begin, stop) is not None
        and _VOTING_EVIDENCE.search(text, begin, stop) is None
    )


def _take_not_voting_after(text: str, tally: Tally) -> None:
    """Add to a vote the members not voting stated right after it, past its parenthesis.

    Every reader of a vote's sides leaves it to the statement that follows ("(in favour,
    141; against, 7; abstaining, 25), with 20 Member States not voting"); a vote that
    already counts members of neither side is left as it is. ``tally`` is changed in place.

    >>> text = "adopted (in favour, 141; against, 7), with 20 Member States not voting."
    >>> vote = Tally("vote", 8, 35, [Part("in favour", 141, 9, 23), Part("against", 7, 25, 35)])
    >>> _take_not_voting_after(text, vote)
    >>> [(part.category, part.count) for part in vote.parts]
    [('in favour', 141), ('against', 7), ('not participating', 20)]
    """
    if tally.kind != "vote" or tally.unit != "count" or not tally.parts:
        return
    if any(part.category in ("not participating", "absent") for part in tally.parts):
        return
    position = tally.end + 1 if text[tally.end : tally.end + 1] == ")" else tally.end
    not_voting, _ = _read_not_voting(text, position)
    if not_voting:
        tally.parts.extend(not_voting)
        tally.end = max(part.end for part in tally.parts)


# The body that voted, its size written before it as the subject of the sentence: "The
# 193-member Assembly adopted the resolution ... by a vote of 146 in favour to 2 against",
# "In the 47-member Council, the text was adopted by 25 votes to 8".
_SIZED_BODY = re.compile(
    rf"""(?<![\w.,-])(?:the|its){GAP}(?:[A-Z][\w’'-]{{1,20}}{GAP}){{0,2}}
    (?P<size>\d{{1,3}})-(?:member|nation|seat)
    {GAP}(?:[A-Z][\w’'-]{{1,25}}{GAP}){{0,4}}?(?:world{GAP})?
    # "the 15-member organ", "the 193-member world body", as United Nations press releases
    # name the Council and the Assembly; a parliament by its seats: "the 350-seat Congress
    # of Deputies", "the 120-seat Knesset", "the 450-seat parliament"
    (?:Assembly|Council|Board|Committee|Commission|Conference|body|board|council|assembly
        |committee|commission|conference|organ|Parliament|parliament|Congress|Senate
        |House|Chamber|chamber|legislature|Knesset|Duma|Majlis|Rada)\b""",
    _FLAGS,
)
_SIZED_BODY_REACH = 250  # how far before its vote the body may be named


def _take_size_of_voting_body(text: str, tally: Tally) -> None:
    """Give a vote with no total the size of the body named before it in its sentence.

    The body may also be named by the voters of one side, inside the vote ("while two
    members of the 35-member Board did not take part"). The votes counted must not pass
    the size. ``tally`` is changed in place.

    >>> text = "The 193-member Assembly adopted the text by 146 votes to 2."
    >>> vote = Tally("vote", 40, 57, [Part("in favour", 146, 43, 46), Part("against", 2, 56, 57)])
    >>> _take_size_of_voting_body(text, vote)
    >>> vote.total
    193
    """
    if tally.kind != "vote" or tally.total is not None or tally.unit != "count":
        return
    sentence = _sentence_begin(text, tally.start, _SIZED_BODY_REACH)
    bodies = list(_SIZED_BODY.finditer(text, sentence, tally.start))
    body = bodies[-1] if bodies else None  # the body named last before the vote
    if body is None and "-member" in text[tally.start : tally.end]:
        inside = _SIZED_BODY.search(text, tally.start, tally.end)
        if inside is not None and _OF_BEFORE.search(text, 0, inside.start()) is not None:
            body = inside  # "two members of the 35-member Board did not take part"
    if body is None or ";" in text[body.end() : max(tally.start, body.end())]:
        return  # "The 54-member Council met; the Assembly adopted it by ..."
    size = int(body["size"])
    if sum(part.count or 0 for part in tally.parts) <= size:
        tally.total = size


# A vote put as a condition, its verb right after "if" and its subject: "even if the United
# Nations votes by 121 votes to one", "if the General Assembly were to vote by 121 to 1".
_CONDITION_BEFORE = re.compile(
    r"\b[Ii]f\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,5}?"
    r"(?:were\s{1,3}to\s{1,3}vote|should\s{1,3}vote|votes|vote)\s{1,3}$"
)
_CONDITION_REACH = 120  # characters before a vote where "if" and its subject may stand


def _put_as_condition(text: str, tally: Tally) -> bool:
    """Whether a vote is the verb of a clause opened by "if": what would be, not a vote taken.

    >>> text = "even if the Assembly votes by 121 votes to one, we will not comply"
    >>> _put_as_condition(text, Tally("vote", text.index("by"), text.index(","), []))
    True
    >>> text = "If the text adopted by 120 votes to 5 is applied, peace will follow"
    >>> _put_as_condition(text, Tally("vote", text.index("by"), text.index(" is"), []))
    False
    """
    start = max(0, tally.start - _CONDITION_REACH)
    return _CONDITION_BEFORE.search(text, start, tally.start) is not None


# After a vote's sides, the sentence that states only the votes of neither side as label
# pairs: "Adopted by 115 votes to 3. Abstaining: 60." It ends after its pairs.
_PAIRS_SENTENCE_END = re.compile(r"\s{0,3}(?:[.;]|$)")


def _take_pairs_next(text: str, tally: Tally) -> None:
    """Give a vote of both sides the votes of neither that the next sentence lists.

    "The draft was adopted by 115 votes to 3. Abstaining: 60." is one vote: the sentence
    after the sides holds nothing but label pairs ("Abstentions: 4; not voting: 2") of
    roles of neither side that the vote lacks. ``tally`` is changed in place.

    >>> text = "Adopted by 15 votes to 2. Abstentions: 3; absent: 1."
    >>> vote = Tally("vote", 11, 24, [Part("in favour", 15, 11, 13), Part("against", 2, 23, 24)])
    >>> _take_pairs_next(text, vote)
    >>> [(p.category, p.count) for p in vote.parts]
    [('in favour', 15), ('against', 2), ('abstentions', 3), ('absent', 1)]
    """
    seen = {part.category for part in tally.parts}
    if not {"in favour", "against"} <= seen:
        return
    stop = _NEXT_SENTENCE_GAP.match(text, tally.end)
    if stop is None:
        return
    parts: list[Part] = []
    pos = stop.end()
    while (pair := _PAIR.match(text, pos)) is not None:
        category = _pair_category(pair)
        part = _count_part(category, pair["n"], pair.start(), pair.end())
        if category not in _NEITHER_SIDE or category in seen or part is None:
            return
        parts.append(part)
        seen.add(category)
        pos = _PAIR_JOIN.match(text, pair.end()).end()  # every piece of the joint is optional
    if not parts or _PAIRS_SENTENCE_END.match(text, parts[-1].end) is None:
        return
    tally.parts.extend(parts)
    tally.end = parts[-1].end


def _name_candidates(text: str, tally: Tally) -> None:
    """Name the sides of a vote that chose between two candidates, with what follows them.

    See :func:`~surveystats.extract.tally_elections.name_vote_candidates`; the ballots for
    none after the second name (", with 2 abstentions") are read as a vote's are.
    """
    end = name_vote_candidates(text, tally)
    if end is None:
        return
    tally.end = end
    seen = {"in favour", "against", *(part.category for part in tally.parts)}
    while (trailing := _trailing_part(text, tally.end, seen)) is not None:
        part, tally.end = trailing
        tally.parts.append(part)
        seen.add(part.category)


# A side named first, with its count after a verb, in the sentence after a vote: "... by
# 98 votes to 10. Abstentions numbered 21.", "The number of abstentions was 19."
_SIDE_NAMED_FIRST = re.compile(
    rf"""
    (?:the{GAP})?(?:(?:total{GAP})?number{GAP}of{GAP})?
    (?:(?P<abstentions>abstentions)|(?P<against>(?:votes|those){GAP}(?:cast{GAP})?against))
    {GAP}(?:was|were|numbered|totall?ed|stood{GAP}at|came{GAP}to|amounted{GAP}to)
    {GAP}(?P<n>{COUNT_PATTERN})(?=\s{{0,3}}[.;,]|\s{{0,3}}$)
    """,
    _FLAGS,
)


# A side that nobody took, stated in the sentence after a vote: "... by 35 votes to 8.
# There were no abstentions.", "No votes were cast against it."
_NO_SIDE_NEXT = re.compile(
    rf"""
    (?:there{GAP}(?:were|was){GAP}no{GAP}(?P<abstentions>abstentions?)
      | no{GAP}(?P<against>negative{GAP}votes|votes{GAP}against){GAP}were{GAP}cast
        (?:{GAP}against{GAP}(?:it|the{GAP}(?:text|draft|proposal|resolution)))?)
    (?=\s{{0,3}}[.;,]|\s{{0,3}}$)
    """,
    _FLAGS,
)


def _take_side_named_next(text: str, tally: Tally) -> None:
    """Add to ``tally`` the side it lacks that the next sentence names first, if any.

    The side may be one that nobody took: "... by 35 votes to 8. There were no
    abstentions." gives 0 abstentions.
    """
    gap = _NEXT_SENTENCE_GAP.match(text, tally.end)
    if gap is None or tally.kind != "vote" or tally.unit != "count":
        return
    side = _SIDE_NAMED_FIRST.match(text, gap.end()) or _NO_SIDE_NEXT.match(text, gap.end())
    if side is None:
        return
    category = "abstentions" if side["abstentions"] else "against"
    sides = {part.category for part in tally.parts}
    if category in sides or not {"in favour", "against"} <= sides | {category}:
        return  # a side stated twice, or a vote still without both its sides
    if side.re is _NO_SIDE_NEXT:
        part: Part | None = Part(category, 0, side.start(), side.end())
    else:
        part = _count_part(category, side["n"], side.start(), side.end())
    if part is not None:
        tally.parts.append(part)
        tally.parts.sort(key=lambda p: _PART_ORDER.get(p.category or "", len(_PART_ORDER)))
        tally.end = side.end()


# The share of a side in parentheses right after its count: "supported by 141
# delegations (73 per cent)", "32 abstained (17 per cent of those present)".
_SHARE_IN_PARENTHESES = re.compile(
    r"\(\s{0,3}(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s{0,3}(?:per\s{1,3}cent|percent|%)"
    r"(?:\s{1,3}of\s{1,3}[^()\d]{1,60})?\s{0,3}\)",
    re.IGNORECASE,
)
# A count where a part starts, and the words between it and its share (no figure).
_COUNT_AT = re.compile(COUNT_PATTERN, _FLAGS)
_BEFORE_SHARE = re.compile(r"[^\d().;:]{0,40}?(?=\()")


def _take_shares_in_parentheses(text: str, tally: Tally) -> None:
    """Give each side of a vote the share written in parentheses right after its count.

    Only where two or more sides have one, none has a share yet and the shares do not
    add up to more than the whole; "141 delegations (73 per cent) and opposed by 7 (4 per
    cent)" gives 73 and 4. ``tally`` is changed in place.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "backed by 80 States (64 per cent) and opposed by 9 (7 per cent)."
    >>> vote = Tally("vote", 10, 63, [Part("in favour", 80, 10, 12), Part("against", 9, 49, 50)])
    >>> _take_shares_in_parentheses(text, vote)
    >>> [(p.count, p.percent) for p in vote.parts]
    [(80, 64.0), (9, 7.0)]
    """
    parts = sorted(tally.parts, key=lambda part: part.start)
    if any(part.percent is not None or part.count is None for part in parts):
        return
    shares: list[tuple[Part, re.Match[str]]] = []
    for index, part in enumerate(parts):
        count = _COUNT_AT.match(text, part.start)
        stop = parts[index + 1].start if index + 1 < len(parts) else tally.end
        if count is None or count.end() >= stop:
            continue
        words = _BEFORE_SHARE.match(text, count.end(), stop)
        share = words and _SHARE_IN_PARENTHESES.match(text, words.end(), stop)
        if share:
            shares.append((part, share))
    if len(shares) < 2 or sum(float(share["pct"]) for _, share in shares) > 100.5:
        return
    for part, share in shares:
        raw = share["pct"]
        part.percent, part.decimals = float(raw), len(raw.partition(".")[2])


# Between two votes of one sentence whose verb is written once: "rejected a motion by
# Ghana ... by a vote of 50 to 34, with 13 abstentions, and a similar motion by Mali by a
# vote of 47 to 32": no full stop or semicolon, an "and", and no verb of its own (no word
# in -ed, no auxiliary: "and the Assembly confirmed the report by 120 to 5" is its own).
_SHARED_VERB_GAP = re.compile(r"[^.;]{0,200}?\band\b[^.;]{0,150}", re.IGNORECASE)
_VERB_IN_GAP = re.compile(r"\b(?:\w+ed|was|were|is|are|has|have|had)\b", re.IGNORECASE)
# Where a vote names its sides between its first two counts ("45 in favour to 33 against").
_SIDE_WORDS = re.compile(r"favou?r|against|opposed|\bfor\b|affirmative|yes|ayes", re.IGNORECASE)


def _share_rejection(text: str, votes: list[Tally]) -> None:
    """Give a vote whose verb of rejection is elided the rejection of the vote before it.

    The second vote of "rejected a motion by Ghana ... by a vote of 50 to 34, and a similar
    motion by Mali by a vote of 47 to 32" was rejected too, and its larger unnamed side
    voted against (:func:`_prevailing_side`). ``votes`` are in text order; changed in place.
    """
    for previous, tally in itertools.pairwise(votes):
        if previous.outcome != "rejected" or tally.outcome is not None or len(tally.parts) < 2:
            continue
        if tally.start - previous.end > 200 or previous.kind != "vote" or tally.kind != "vote":
            continue
        if (
            _SHARED_VERB_GAP.fullmatch(text, previous.end, tally.start) is None
            or _VERB_IN_GAP.search(text, previous.end, tally.start) is not None
        ):
            continue
        if _rejected_by(text, previous) is False:
            continue  # "failed" or "not adopted": the larger side may have been in favour
        tally.outcome = "rejected"
        first, second = tally.parts[0], tally.parts[1]
        if _SIDE_WORDS.search(text, first.start, second.end) is None:
            _prevailing_side(text, tally, second.end, rejected=True)


# Voters who joined named others in a role: "Only four countries joined the United States
# in voting against it". A reader counts those named too: against 5 (the four and the
# United States); the four are not named, so the part lists no members.
_JOINED_ROLE = rf"""(?:(?P<against>voting{GAP}(?:against|no)|opposing)
      | (?P<abstain>abstaining)
      | voting{GAP}(?:for|in{GAP}favou?r|yes)|supporting|(?P<backing>backing))\b"""
_JOINED = re.compile(
    rf"""
    (?<![\w.,])(?P<n>{COUNT_PATTERN})
    (?:{GAP}(?:(?i:other){GAP})?(?i:{_MEMBER_NOUNS}|others)\b)?
    # the voters counted named in an aside: "Four countries — Belarus, ... and Syria —"
    (?:\s{{0,3}}(?P<dash>—|–|--)[^—–\d]{{1,200}}?(?P=dash))?
    {GAP}joined{GAP}
    (?P<names>{_NAME}(?:(?:\s{{0,3}},{GAP}(?:and{GAP})?|{GAP}and{GAP}){_NAME}){{0,4}})
    {GAP}in{GAP}{_JOINED_ROLE}
    """,
    re.VERBOSE,
)
# A named voter who joined others counted after the verb: "Australia has joined 142 other
# countries in backing the text", "The US joined Israel and seven others voting against
# it" (those named count too: 143; 9).
_JOINED_OTHERS = re.compile(
    rf"""
    (?<![\w.,])(?P<subject>{_NAME}){GAP}(?:(?:has|had){GAP})?joined{GAP}
    (?:(?P<names>{_NAME}(?:\s{{0,3}},{GAP}{_NAME}){{0,3}}){GAP}and{GAP})?
    (?P<n>{COUNT_PATTERN}){GAP}(?:(?i:other){GAP})?(?i:{_MEMBER_NOUNS}|others)\b
    {GAP}(?:in{GAP})?{_JOINED_ROLE}
    """,
    re.VERBOSE,
)


# The votes of one side cast by groups of voters, each named by its noun: "Government
# delegates cast 203 votes in favour, Employers' delegates 41 and Workers' delegates 98";
# "African delegations cast 40 votes against, Asian delegations 22". Up to three words
# before the noun ("Employers'", "Latin American"); a later group elides the verb and
# the votes. Two groups at least.
_GROUP = rf"""
    (?:(?-i:[A-Za-z])[\w-]{{1,20}}[’']?{GAP}){{1,3}}?
    (?-i:delegates|delegations|members|representatives|Governments|Member{GAP}States)
"""
_GROUP_CAST = re.compile(
    rf"""
    (?<![\w’'-])(?!(?:the|of|and|with|while|in|on|at|by)\b)(?P<group>{_GROUP})
    {GAP}cast{GAP}(?P<n>{COUNT_PATTERN}){GAP}votes?{GAP}
    (?P<side>in{GAP}favou?r|against|for{GAP}(?:it|them)|in{GAP}support)\b
    """,
    _FLAGS,
)
_GROUP_NEXT = re.compile(
    rf"""
    \s{{0,3}}[,;]?{GAP}(?:and{GAP})?(?!(?:the|of|and|with|while|in|on|at|by)\b)
    (?P<group>{_GROUP}){GAP}(?P<n>{COUNT_PATTERN})(?![\w%]|[.,]\d|\s{{0,3}}per\b)
    """,
    _FLAGS,
)


def _find_group_votes(text: str) -> list[Tally]:
    """The votes of one side cast by named groups of voters: one part per group.

    >>> text = "Government delegates cast 20 votes in favour, Workers' delegates 9."
    >>> [(p.category, p.count) for t in _find_group_votes(text) for p in t.parts]
    [('Government delegates', 20), ("Workers' delegates", 9)]
    """
    found: list[Tally] = []
    for match in _GROUP_CAST.finditer(text):
        first = _count_part(" ".join(match["group"].split()), match["n"], *match.span("group"))
        if first is None or first.count is None:
            continue
        first.end = match.end()
        parts = [first]
        pos = match.end()
        while (later := _GROUP_NEXT.match(text, pos)) is not None:
            group = " ".join(later["group"].split())
            part = _count_part(group, later["n"], later.start("group"), later.end())
            if part is None or part.count is None or any(p.category == group for p in parts):
                break
            parts.append(part)
            pos = later.end()
        if len(parts) >= 2:
            found.append(Tally("vote", parts[0].start, parts[-1].end, parts))
    return found


# A named voter counted among the voters of one side: "Uruguay was among the nine countries
# voting against the resolution", "Chile was among the 35 States that abstained". The
# count is the side's, the name one of them (no members: only some are named).
_AMONG_VOTERS = re.compile(
    rf"""
    \bamong{GAP}the{GAP}(?P<n>{COUNT_PATTERN}){GAP}(?:(?i:other){GAP})?(?i:{_MEMBER_NOUNS})
    {GAP}(?:(?:that|which|who){GAP}(?:had{GAP})?)?
    (?:(?P<against>vot(?:ing|ed){GAP}(?:against|no)|oppos(?:ing|ed))
      | (?P<abstain>abstain(?:ing|ed))
      | vot(?:ing|ed){GAP}(?:for|in{GAP}favou?r|yes))\b
    """,
    re.VERBOSE,
)


def _find_among_voters(text: str) -> list[Tally]:
    """One-side votes whose count a named voter is among: one part, no members.

    >>> [(p.category, p.count) for t in _find_among_voters(
    ...     "Chile was among the 35 States that abstained.") for p in t.parts]
    [('abstentions', 35)]
    """
    found: list[Tally] = []
    for match in _AMONG_VOTERS.finditer(text):
        category = (
            "against" if match["against"] else "abstentions" if match["abstain"] else "in favour"
        )
        part = _count_part(category, match["n"], match.start("n"), match.end())
        if part is None or part.count is None:
            continue
        tally = _complete(text, Tally("vote", match.start("n"), match.end(), [part]), True)
        tally = tally or Tally("vote", match.start("n"), match.end(), [part])
        tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
        found.append(tally)
    return found


# One side of a vote given by what its voters did to the text, in the active voice: "121
# States supported the draft resolution", "Twelve nations opposed it", "88 delegations
# voted against the amendment". The count and a noun of voters open the clause, a verb of
# support or opposition follows, perhaps after an aside on some of them ("five countries,
# including A and B, opposed it"). Read only where the sentence or the one before names a
# vote, a resolution or a ballot ("120 countries supported the initiative" stays none).
_WITH_PARTICIPLE_LITERALS = ("supporting", "backing", "endorsing", "opposing")
_SIDE_BY_VERB_LITERALS = ("supported ", "backed ", "endorsed ", "opposed ", "rejected ")
_SIDE_BY_VERB = re.compile(
    rf"""
    (?<![\w.,%$€£-])(?P<n>{COUNT_PATTERN})(?!\s{{0,3}}(?:per|%))
    {GAP}(?:(?i:other|more|further){GAP})?(?P<noun>(?i:{_MEMBER_NOUNS}))\b
    # an aside on some of them: ", including Chile and Peru," or "— A, B and C —"
    (?:\s{{0,3}},{GAP}(?:including|among{GAP}them)\b[^\d.;:]{{1,200}}?(?:,|\s(?:—|–|--|-))
      |\s{{0,3}}(?P<dash>—|–|--|-\s)[^\d.;:]{{1,200}}?(?P=dash)\s{{0,3}},?)?
    {GAP}(?:(?:have|had){GAP})?
    (?:(?P<favour>supported|backed|endorsed)
      |(?P<against>opposed|rejected))
    {GAP}(?:the|it|its|this|that|them|these|those|a|an|[A-Z][\w’'-]*)\b
    """,
    re.VERBOSE,
)


def _find_sides_by_verb(text: str) -> list[Tally]:
    """Votes whose sides are stated by voters' verbs of support or opposition.

    >>> vote = _find_sides_by_verb("121 States supported the draft resolution on Monday.")[0]
    >>> [(p.category, p.count) for p in vote.parts]
    [('in favour', 121)]
    >>> _find_sides_by_verb("120 countries supported the initiative of the Secretary-General.")
    []
    """
    found: list[Tally] = []
    for match in _SIDE_BY_VERB.finditer(text):
        if not _named_vote_near(text, match.start(), match.end()):
            continue
        category = "against" if match["against"] else "in favour"
        part = _count_part(category, match["n"], match.start("n"), match.end())
        if part is None or part.count is None:
            continue
        noun = " ".join(match["noun"].split())
        part.counted = noun
        tally = Tally("vote", match.start("n"), match.end(), [part], subject=noun)
        tally = _complete(text, tally, True, single=True) or tally
        for later in tally.parts[1:]:  # "..., and 6 opposed it": the voters' noun elided
            if later.counted is None:
                later.counted, later.counted_inherited = noun, True
        tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
        found.append(tally)
    # two clauses of one sentence, each a side: "141 supported it, and five opposed it"
    joined: list[Tally] = []
    for tally in found:
        if (
            joined
            and len(joined[-1].parts) == 1
            and len(tally.parts) == 1
            and joined[-1].parts[0].category != tally.parts[0].category
            and _CLAUSE_JOIN.fullmatch(text, joined[-1].end, tally.start) is not None
        ):
            joined[-1].parts.extend(tally.parts)
            joined[-1].end = tally.end
            continue
        joined.append(tally)
    # one side whose sentence counts another side later that it did not take is left to
    # the enumeration grammar, which reads the sides as a list ("96 delegations backed the
    # text, four opposed it and 41 abstained")
    return [
        tally
        for tally in joined
        if len(tally.parts) > 1
        or _LATER_SIDE.search(text, tally.end, _sentence_end(text, tally.end)) is None
    ]


# What may join two clauses of one vote: the rest of the first clause's object, then a
# comma or "and"/"while"/"whereas" with no figure and no stop.
_CLAUSE_JOIN = re.compile(r"[^\d.;:!?]{0,120}?(?:,|\band\b|\bwhile\b|\bwhereas\b)[^\d.;:!?]{0,6}")


# A later side of a vote in the same sentence: a count, then its verb of voting.
_LATER_SIDE = re.compile(
    rf"""(?<![\w.,-]){COUNT_PATTERN}(?:{GAP}[\w’'-]{{1,20}}){{0,3}}?
    {GAP}(?:opposed|abstained|rejected|voted|against|abstaining|opposing)\b""",
    _FLAGS,
)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that holds ``text[start]`` ends (its stop), or the text's end."""
    stop = _STOP.search(text, start)
    return len(text) if stop is None else stop.start()


_STOP = re.compile(r"(?<![A-Z])[.!?;](?=\s|$)")


def _names_vote_around(text: str, start: int, end: int) -> bool:
    """Whether a vote, a ballot or a resolution is named in so many words around a count.

    The sentence of ``text[start:end]``, the one before, or the next one where it opens on
    another side is looked at; a verb of outcome ("approved by 89 countries") names none.

    >>> _names_vote_around("The text, which was approved by 89 States. Three abstained.", 19, 40)
    True
    >>> _names_vote_around("The plan was approved by 20 countries in 2019.", 9, 37)
    False
    """
    begin, stop = _sentence_around(text, start, end)
    if begin >= 2:
        begin = _sentence_begin(text, begin - 2)
    return (
        _NAMES_VOTE.search(text, begin, stop) is not None
        and _NO_VOTE.search(text, begin, stop) is None
        and _NEEDED_NO_VOTE.search(text, begin, stop) is None
    )


# A text that "needed no vote" or "went without a vote": its adoption was no vote.
_NEEDED_NO_VOTE = re.compile(
    r"\b(?:needed|needing|required|requiring|took|taking|went|going)\s{1,3}(?:without|no)"
    r"(?:\s{1,3}a)?\s{1,3}vote\b",
    re.IGNORECASE,
)


def _named_vote_near(text: str, start: int, end: int) -> bool:
    """Whether the sentence of ``text[start:end]``, or the one before, names a vote."""
    if _voted_in_sentence(text, start, end):
        return True
    begin = _sentence_begin(text, start)
    if begin < 2:
        return False
    before = _sentence_begin(text, begin - 2)
    return (
        _NAMES_VOTE.search(text, before, begin) is not None
        and _NO_VOTE.search(text, before, begin) is None
    )


# Words that name a vote in the sentence before a side: a vote, a ballot, a resolution.
_NAMES_VOTE = re.compile(
    r"\b(?:resolutions?|vot(?:e|es|ed|ing)|ballots?|referendum|abstain(?:ed|ing)|abstentions?)\b",
    re.IGNORECASE,
)


# A text that received a count of the votes cast: "The resolution attracted 96 out of 135
# votes", "the draft obtained 27 of the 47 votes". The votes are its side in favour, the
# votes cast their whole; only where the subject is a text put to the vote (a candidate
# that received them is an election's).
_TEXT_RECEIVED = re.compile(
    rf"""
    \b(?:resolution|draft|text|proposal|amendment|motion|decision|declaration|measure)s?\b
    [^.;:!?\d]{{0,160}}?
    (?:received|obtained|attracted|won|garnered|secured|got|drew|gained|gathered)
    {GAP}(?:(?:only|just){GAP})?(?P<for>{COUNT_PATTERN}){GAP}(?:out{GAP}of|of)
    {GAP}(?:(?:the|a{GAP}possible){GAP})?(?P<whole>{COUNT_PATTERN})
    {GAP}(?:valid{GAP})?votes(?:{GAP}cast)?\b
    """,
    _FLAGS,
)


def _find_text_received(text: str) -> list[Tally]:
    """One-side votes of a text that received a count of the votes cast, with their whole.

    >>> vote = _find_text_received("The motion obtained 27 of the 47 votes cast.")[0]
    >>> [(p.category, p.count) for p in vote.parts], vote.total
    ([('in favour', 27)], 47)
    """
    found: list[Tally] = []
    for match in _TEXT_RECEIVED.finditer(text):
        part = _count_part("in favour", match["for"], match.start("for"), match.end())
        whole, _ = read_count(match["whole"])
        if part is None or part.count is None or whole is None or whole < part.count:
            continue
        tally = _complete(text, Tally("vote", match.start("for"), match.end(), [part]), True)
        tally = tally or Tally("vote", match.start("for"), match.end(), [part])
        tally.total = whole
        tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
        found.append(tally)
    return found


def _find_joined(text: str) -> list[Tally]:
    """Votes of those who "joined" named voters in a role: one part, named ones included."""
    found: list[Tally] = []
    for match in itertools.chain(_JOINED.finditer(text), _JOINED_OTHERS.finditer(text)):
        named = match["names"] or ""
        if match.re is _JOINED_OTHERS:
            named = f"{match['subject']}, {named}" if named else match["subject"]
        names, ocr = split_members(named)
        if not names or any(_BODY_NAME.search(name) for name in names):
            continue  # "joined the Council in voting against": a body, not a voter
        if match["backing"] and not _voted_in_sentence(text, match.start(), match.end()):
            continue  # "joined 40 others in backing the plan": support, no vote
        category = (
            "against" if match["against"] else "abstentions" if match["abstain"] else "in favour"
        )
        part = _count_part(category, match["n"], *match.span("n"))
        if part is None or part.count is None:
            continue
        part.count += len(names)
        part.end = match.end()
        part.ocr_corrected = part.ocr_corrected or ocr
        tally = Tally("vote", match.start(), match.end(), [part])
        # the sides after it: "..., while 25 others abstained"
        tally = _complete(text, tally, True, single=True) or tally
        tally.ocr_corrected = part.ocr_corrected
        tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
        found.append(tally)
    return found


def _favour_and_against_parts(match: re.Match[str]) -> list[Part] | None:
    """The parts of a match's "for" count and its "against" count if any; None if unread."""
    favour = _count_part("in favour", match["for"], *match.span("for"))
    if favour is None:
        return None
    if match["against"] is None:
        return [favour]
    against = _count_part("against", match["against"], *match.span("against"))
    return None if against is None else [favour, against]


def _find_affirmative(text: str) -> list[Tally]:
    """Votes stated as "the affirmative vote of N members" after adopted, approved, ..."""
    found: list[Tally] = []
    for match in _HEAD_AFFIRMATIVE.finditer(text):
        outcome = _outcome_before(text, match.start())
        if outcome is None and match["received"] is None:
            continue
        parts = _favour_and_against_parts(match)
        if parts is None:
            continue
        tally = _complete(text, Tally("vote", match.start(), match.end(), parts), True, single=True)
        if tally is not None:
            tally.outcome = outcome
            found.append(tally)
    return found


# One side of a vote that failed, counted in votes right after the failure: "The amendment
# failed, receiving only 12 votes", "was rejected, having obtained just 15 votes". Only
# after a text put to the vote (see _VOTED_TEXT_BEFORE): a candidate who "failed,
# receiving 12 votes" lost an election.
_HEAD_FAILED = re.compile(
    rf"""
    (?<!\w)(?:failed(?:{GAP}to{GAP}(?:be{GAP}adopted|pass|carry))?
        | (?:was|were){GAP}(?:rejected|defeated|not{GAP}adopted) | did{GAP}not{GAP}(?:pass|carry))
    \s{{0,3}},?{GAP}(?:after{GAP}|having{GAP})?
    (?:receiving|obtaining|securing|gaining|winning|getting|garnering|attracting|drawing
      | received|obtained|secured|gained|won|got|garnered|attracted|drew)
    {GAP}(?:(?:only|just|a{GAP}mere){GAP})?
    {_count("for")}{GAP}votes?\b
    (?:{GAP}(?:to|against){GAP}(?P<against>{NONE_PATTERN}|{COUNT_PATTERN})  # "22 votes against 51"
        (?![\w%]|[.,]\d|{GAP}(?:per|votes?{GAP}(?:in{GAP}favou?r|for)\b))
      | (?!{GAP}(?:in{GAP}favou?r|for|against|to)\b))
    """,
    _FLAGS,
)
# Windows hold the whole match: the pattern is searched within them.
_FAILED_WINDOWS = (
    ("failed", 0, 110),
    ("rejected", 12, 100),
    ("defeated", 12, 100),
    ("not adopted", 12, 100),
    ("not pass", 8, 90),
)


def _find_failed(text: str, lower: str) -> list[Tally]:
    """A text that failed with the votes it received: in favour, outcome rejected.

    The votes against may follow ("was defeated, receiving 22 votes against 51").

    >>> vote = _find_failed("The motion failed, receiving only 12 votes.",
    ...     "the motion failed, receiving only 12 votes.")[0]
    >>> [(p.category, p.count) for p in vote.parts], vote.outcome
    ([('in favour', 12)], 'rejected')
    """
    found: list[Tally] = []
    for match in matches_near(_HEAD_FAILED, text, lower, _FAILED_WINDOWS):
        if _VOTED_TEXT_BEFORE.search(text, max(0, match.start() - 100), match.start()) is None:
            continue
        parts = _favour_and_against_parts(match)
        if parts is None:
            continue
        parts[-1].end = match.end()
        tally = _complete(
            text, Tally("vote", match.start("for"), match.end(), parts), True, single=True
        )
        if tally is not None:
            tally.outcome = "rejected"
            found.append(tally)
    return found


# Sides given by verbs on both sides of a relative clause: "Only four delegations opposed
# the draft, which 52 delegations supported; 9 abstained", "38 States backed the
# proposal, which 3 opposed". The two verbs name different sides; the counts are voters.
_SIDE_VERBS = {
    "opposed": "against",
    "rejected": "against",
    "supported": "in favour",
    "backed": "in favour",
    "favoured": "in favour",
    "favored": "in favour",
}
_SIDE_VERB = "|".join(_SIDE_VERBS)
_HEAD_RELATIVE_SIDES = re.compile(
    rf"""
    (?<![\w.,])(?P<first>{COUNT_PATTERN})(?:{GAP}(?P<noun>{_MEMBER_NOUNS}))?
    {GAP}(?P<first_verb>{_SIDE_VERB})
    {GAP}(?:the|it|this|that)\b[^,.;:()\d]{{0,60}}?\s{{0,3}},{GAP}which{GAP}
    (?:(?:only|just|some|about){GAP})?(?P<second>{COUNT_PATTERN})
    (?:{GAP}(?:{_MEMBER_NOUNS}|others))?{GAP}(?P<second_verb>{_SIDE_VERB})\b
    """,
    _FLAGS,
)
_RELATIVE_WINDOWS = ((", which", 130, 90),)


def _find_relative_sides(text: str, lower: str) -> list[Tally]:
    """Two sides given by verbs around "which", and the roles that follow them.

    >>> vote = _find_relative_sides("2 States opposed it, which 40 States supported.",
    ...     "2 states opposed it, which 40 states supported.")[0]
    >>> [(p.category, p.count) for p in vote.parts], vote.subject
    ([('in favour', 40), ('against', 2)], 'States')
    """
    found: list[Tally] = []
    for match in matches_near(_HEAD_RELATIVE_SIDES, text, lower, _RELATIVE_WINDOWS):
        first = _SIDE_VERBS[match["first_verb"].lower()]
        second = _SIDE_VERBS[match["second_verb"].lower()]
        if first == second:
            continue
        parts = [
            _count_part(first, match["first"], *match.span("first")),
            _count_part(second, match["second"], match.start("second"), match.end()),
        ]
        if parts[0] is None or parts[1] is None:
            continue
        tally = _complete(text, Tally("vote", match.start(), match.end(), parts), True)
        if tally is not None:
            tally.subject = " ".join(match["noun"].split()) if match["noun"] else None
            tally.outcome = _outcome_after(text, tally.end)
            found.append(tally)
    return found


def find_voter_counts(text: str) -> list[Tally]:
    """Find one-count votes whose voters are described before "voted".

    Parameters
    ----------
    text
        The paragraph to read.

    Returns
    -------
    list of Tally
        In text order, offsets relative to ``text``: votes such as "Nineteen countries
        on the board voted for the resolution", "Ten members of the Council, including
        China, voted in favour", "143 member countries (out of 193) voted in favour"
        (``total`` 193), with the roles stated right after them. Read after the
        enumeration grammar, which reads the plain forms ("Eleven members of the
        Council voted for ..., two against"): keep only what it left.

    Examples
    --------
    >>> vote = find_voter_counts("Nineteen countries on the board voted for it.")[0]
    >>> [(p.category, p.count) for p in vote.parts], vote.subject
    ([('in favour', 19)], 'countries')
    >>> aside = "Nine States -- among them the U.K. and the U.S. -- voted against it."
    >>> [(p.category, p.count) for p in find_voter_counts(aside)[0].parts]
    [('against', 9)]
    """
    return _find_voters(text, text.lower(), voted=True)


# The votes of one side given by a count of voters: "received affirmative votes from only
# eight Council members", "with negative votes from two permanent members".
_VOTES_FROM = re.compile(
    rf"""\b(?P<side>affirmative|positive|negative|favourable|favorable)\s{{1,3}}votes
    \s{{1,3}}(?:from|of|by)\s{{1,3}}(?:(?:only|just|some|all)\s{{1,3}})?
    (?P<count>\d{{1,3}}|{NUMBER_WORDS})
    (?P<noun>(?:\s{{1,3}}[A-Za-z][\w-]{{0,20}}){{0,2}}?\s{{1,3}}
        (?:members|States|delegations|countries|nations|Governments))\b""",
    re.VERBOSE,
)


# What makes a side's votes a rule, not a count: "requires the affirmative votes of nine".
_REQUIRED_BEFORE = re.compile(r"\b(?:requir|need|must|shall|would|should|made\s{1,3}by)")


def find_votes_from(text: str) -> list[Tally]:
    """One-side votes stated as a side's votes from a count of voters.

    "Because the draft received affirmative votes from only eight Council members, it
    failed": eight in favour (role of the side: "affirmative" and "positive" are in
    favour, "negative" against), the voters their counted noun.

    >>> vote = find_votes_from("It received affirmative votes from only eight members.")[0]
    >>> [(p.category, p.count, p.counted) for p in vote.parts]
    [('in favour', 8, 'members')]
    """
    found = []
    for match in _VOTES_FROM.finditer(text):
        count, _ = read_count(match["count"])
        if count is None or _REQUIRED_BEFORE.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "requires the affirmative votes of nine members": a rule, no vote
        side = "against" if match["side"] == "negative" else "in favour"
        noun = " ".join(match["noun"].split())
        part = Part(side, count, match.start("side"), match.end(), counted=noun)
        found.append(Tally("vote", match.start(), match.end(), [part], subject=noun))
    return found


def _find_voters(text: str, lower: str, *, voted: bool = False) -> list[Tally]:
    """One-count votes that name their voters, with the roles that follow them.

    "supported by 143 out of 193 members", "Nineteen countries on the board voted for it".

    "Supported by" and "backed by" count voters only after a text put to the vote ("The
    resolution was backed by 140 members"); a count right before "voted" only with words
    between them (a place, a whole, an apposition), which other grammars do not read.
    """
    found: list[Tally] = []
    if voted:
        heads = matches_near(_HEAD_VOTED, text, lower, _VOTED_WINDOWS)
    else:
        heads = matches_near(_HEAD_SUPPORTED, text, lower, _SUPPORTED_WINDOWS)
    for match in heads:
        if match.re is _HEAD_VOTED:
            if not (
                match["place"]
                or match["total"]
                or match["including"]
                # "The 14 other members voted for the proposal": the enumeration grammar
                # reads the count after "the" as a whole
                or _THE_BEFORE.search(text, max(0, match.start() - 5), match.start())
            ):
                continue
            if _OF_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "Nine of the 15 members ... voted in favour": 15 is the whole
            side = (match["side"] or "abstained").lower()
            category = {"against": "against", "abstained": "abstentions"}.get(side, "in favour")
        else:
            before = _VOTED_TEXT_BEFORE.search(text, max(0, match.start() - 110), match.start())
            if (
                before is None
                and match["noun"].lower() != "votes"
                and (
                    match["verb"].lower() in _SUPPORT_VERBS
                    or not _names_vote_around(text, match.start(), match.end())
                )
            ):
                # "The plan has been adopted by 20 countries": no vote without a text voted
                # on, or, after a verb of outcome, a vote its sentence, the one before or
                # the sides after name ("the statement, which was approved by 89 countries.
                # Three abstained."); support alone is no outcome ("two powers, backed by
                # three other members, would be needed to block a resolution")
                continue
            if before is not None and not _put_to_a_vote(text, before.start(), match):
                continue
            category = "in favour"
        part = _count_part(category, match["for"], *match.span("for"))
        if part is None:
            continue
        start = match.start("for") if match.re is _HEAD_SUPPORTED else match.start()
        tally = _complete(text, Tally("vote", start, match.end(), [part]), True, single=True)
        if tally is None:
            continue
        if match["total"]:
            tally.total, _ = read_count(match["total"])
        elif match.re is _HEAD_VOTED and match["place"]:
            # "Nineteen countries on the IAEA's 35-member board voted for ...": its size
            size = _BODY_SIZE.search(match["place"])
            counted = sum(part.count or 0 for part in tally.parts)
            if size is not None and counted <= int(size["size"]):
                tally.total = int(size["size"])
        noun = " ".join(match["noun"].split())
        tally.subject = None if noun.lower() == "votes" else noun
        tally.outcome = _outcome_before(text, match.end()) or _outcome_after(text, tally.end)
        found.append(tally)
    return found


# The votes against counted alone as answers: "Israel and the United States were the two
# “no” votes", "the text drew 12 “no” votes" (quoted: an unquoted "no votes" is none).
_HEAD_NO_VOTES = re.compile(
    rf"""
    (?:(?-i:[tT])he|received|drew|drawing|got|attracted){GAP}(?:(?:only|just){GAP})?
    (?P<n>{COUNT_PATTERN}){GAP}{_answer_vote("no|No|NO")}
    """,
    _FLAGS,
)


# One side of a vote named as a noun phrase with its count: "The three negative votes were
# based on ...", "These six votes against prevented ...", "the 25 abstentions". A count
# the text needed ("the nine affirmative votes it needed") is no side: only these sides.
_HEAD_SIDE_NOUN = re.compile(
    rf"""
    (?<![\w-])(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir){GAP}(?P<n>{COUNT_PATTERN}){GAP}
    (?:(?P<against>negative{GAP}votes|votes{GAP}against)|(?P<abstain>abstentions))\b
    (?!{GAP}(?:needed|required|necessary|that{GAP}(?:would|were){GAP}needed))
    """,
    _FLAGS,
)


# What makes a side named as a noun a vote's side: its sentence says what was voted on or
# what the vote did ("These six votes against prevented the adoption", "The three negative
# votes were cast by ..."). A side only mentioned states no vote: "The three negative votes
# were based more on reasons of timeliness than of substance".
_SIDE_NOUN_ACT = re.compile(
    r"\b(?:adopt\w*|approv\w*|reject\w*|defeat\w*|prevent\w*|block\w*|cast|carried|passed"
    r"|fail\w*|vot(?:e|es|ed|ing)|ballots?|resolutions?|drafts?|texts?|amendments?|motions?"
    r"|proposals?|declarations?|decisions?|veto\w*|in\s{1,3}favou?r|against|abstain\w*)\b",
    re.IGNORECASE,
)


def _states_a_vote(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` names what was voted on or done.

    >>> s = "The three negative votes were based on reasons of timeliness."
    >>> _states_a_vote(s, 4, 24)
    False
    """
    reach = max(0, start - 300)
    stop = text.rfind(". ", reach, start)
    low = reach if stop < 0 else stop + 2
    stop = text.find(". ", end, end + 300)
    high = min(len(text), end + 300) if stop < 0 else stop
    return bool(_SIDE_NOUN_ACT.search(text, low, start) or _SIDE_NOUN_ACT.search(text, end, high))


def _find_side_nouns(text: str) -> list[Tally]:
    """One-count votes named as a side with its count: "The three negative votes were ...".

    The sentence must say what was voted on or what the vote did
    (:func:`_states_a_vote`).

    >>> [(p.category, p.count) for p in _find_side_nouns(
    ...     "These six votes against prevented the adoption by unanimity.")[0].parts]
    [('against', 6)]
    >>> _find_side_nouns("The draft failed to receive the nine negative votes needed.")
    []
    >>> _find_side_nouns("The three negative votes were based on reasons of timeliness.")
    []
    """
    found: list[Tally] = []
    for match in _HEAD_SIDE_NOUN.finditer(text):
        if not _states_a_vote(text, match.start(), match.end()):
            continue
        side = "against" if match["against"] else "abstentions"
        part = _count_part(side, match["n"], *match.span("n"))
        if part is None or not part.count:
            continue
        part.end = match.end()
        tally = Tally("vote", match.start("n"), match.end(), [part])
        tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
        found.append(tally)
    return found


def _find_no_votes(text: str) -> list[Tally]:
    """One-count votes against written as quoted answers: "were the two “no” votes".

    >>> [(p.category, p.count) for p in _find_no_votes(
    ...     "Israel and the United States were the two “no” votes.")[0].parts]
    [('against', 2)]
    """
    found: list[Tally] = []
    for match in _HEAD_NO_VOTES.finditer(text):
        part = _count_part("against", match["n"], *match.span("n"))
        if part is None:
            continue
        part.end = match.end()
        tally = _complete(
            text, Tally("vote", match.start("n"), match.end(), [part]), True, single=True
        )
        if tally is not None:
            tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
            found.append(tally)
    return found


# Votes of kinds named in quotes before "votes", as a straw poll counts them: "13
# 'encourage' votes, no 'discourage' votes and 2 'no opinion' votes". One item; the
# items of one list follow each other after a comma, "and" or a semicolon.
_QUOTED_VOTE = rf"""
    (?P<n>no|{NONE_PATTERN}|{COUNT_PATTERN}){GAP}
    {_QUOTE_OPEN}(?P<label>(?-i:[A-Za-z])[A-Za-z -]{{0,30}}?){_QUOTE_CLOSE}{GAP}votes?\b
"""
_QUOTED_VOTE_FIRST = re.compile(rf"(?<![\w.,-]){_QUOTED_VOTE}", _FLAGS)
_QUOTED_VOTE_NEXT = re.compile(rf"\s{{0,3}}[,;]?{GAP}(?:and{GAP})?{_QUOTED_VOTE}", _FLAGS)
# The answers that name a side, read as sides by the heads of votes ("12 “yes” votes").
_ANSWERS = frozenset({"yes", "no", "aye", "nay"})


def _find_quoted_votes(text: str) -> list[Tally]:
    """Votes listed by kinds in quotes: "13 'encourage' votes, no 'discourage' votes ...".

    Two or more kinds, each once, none of them an answer yes or no (the sides of a vote,
    read by its heads); "no" before a kind counts none. The kinds are the categories.

    >>> text = "She drew 9 'encourage' votes, no 'discourage' votes and 5 'no opinion' votes."
    >>> [(p.category, p.count) for p in _find_quoted_votes(text)[0].parts]
    [('encourage', 9), ('discourage', 0), ('no opinion', 5)]
    """
    return _votes_of_listed_kinds(text, _QUOTED_VOTE_FIRST, _QUOTED_VOTE_NEXT, refused=_ANSWERS)


def _votes_of_listed_kinds(
    text: str,
    first_pattern: re.Pattern[str],
    next_pattern: re.Pattern[str],
    *,
    refused: Collection[str] = (),
) -> list[Tally]:
    """Votes of two or more kinds, each listed once with its count; the kinds are the parts.

    ``first_pattern`` finds the first kind, ``next_pattern`` each later one, both with
    groups ``n`` and ``label``. A kind in ``refused`` (the answers yes and no, the sides
    of a vote read by its heads) makes no vote; "no" before a kind counts none, and a
    garbled count ends the list.
    """
    found: list[Tally] = []
    pos = 0
    while (first := first_pattern.search(text, pos)) is not None:
        items = [first]
        while (item := next_pattern.match(text, items[-1].end())) is not None:
            items.append(item)
        pos = items[-1].end()
        labels = [" ".join(item["label"].split()) for item in items]
        lowered = {label.lower() for label in labels}
        if len(items) < 2 or len(lowered) < len(labels) or any(k in refused for k in lowered):
            continue
        parts = []
        for item, label in zip(items, labels, strict=True):
            raw = item["n"]
            part = (
                Part(label, 0, *item.span("n"))
                if raw.lower() == "no"
                else _count_part(label, raw, *item.span("n"))
            )
            if part is None or part.unreadable:
                break
            part.end = item.end()
            parts.append(part)
        else:
            found.append(Tally("vote", parts[0].start, parts[-1].end, parts))
    return found


# The kinds of the colour-coded ballots of a straw poll, with or without quotes and with
# or without "votes" after them: "13 'encourage', 2 'discourage' and 1 'no opinion
# expressed'", "showed 9 encourage, 5 discourage and 1 no opinion", "11 votes to
# encourage, 3 to discourage and 1 with no opinion expressed", "with no 'no opinion'
# expressed" (none). The words of the kinds are the evidence: no other vote uses them.
_STRAW_KIND = r"(?-i:[Ee]ncourage|[Dd]iscourage|[Nn]o\s{1,3}opinion)(?:\s{1,3}expressed)?"
_STRAW_ITEM = rf"""
    (?P<n>no|{NONE_PATTERN}|{COUNT_PATTERN})
    {GAP}(?:(?:votes?|ballots?){GAP}(?:to|with){GAP}|(?:to|with){GAP})?
    (?P<quote>{_QUOTE_OPEN})?(?P<label>{_STRAW_KIND})(?(quote){_QUOTE_CLOSE})
    (?:{GAP}(?:votes?|ballots?))?(?:{GAP}expressed)?(?![\w-])
"""
_STRAW_FIRST = re.compile(rf"(?<![\w.,-]){_STRAW_ITEM}", _FLAGS)
_STRAW_NEXT = re.compile(rf"\s{{0,3}}[,;]?{GAP}(?:(?:and|with){GAP})?{_STRAW_ITEM}", _FLAGS)


def _names_straw_kinds(lower: str) -> bool:
    """Whether ``lower`` names two kinds of a straw poll's ballots at least (the cheap test).

    >>> _names_straw_kinds("it encourages states"), _names_straw_kinds("9 encourage, 2 discourage")
    (False, True)
    """
    if "courage" not in lower:  # one scan for most texts
        return False
    kinds = ("ncourage" in lower) + ("discourage" in lower)
    return kinds == 2 or (kinds == 1 and "no opinion" in lower)


def _find_straw_poll(text: str) -> list[Tally]:
    """The ballots of a straw poll by kind: "9 encourage, 5 discourage and 1 no opinion".

    Two or more kinds, each once; the kinds as written are the categories, as in
    :func:`_find_quoted_votes`.

    >>> text = "The ballots showed 12 'encourage', 2 'discourage' and 1 'no opinion expressed'."
    >>> [(p.category, p.count) for p in _find_straw_poll(text)[0].parts]
    [('encourage', 12), ('discourage', 2), ('no opinion expressed', 1)]
    """
    return _votes_of_listed_kinds(text, _STRAW_FIRST, _STRAW_NEXT)


# Votes of kinds named after "votes of", as a straw poll counts them: "12 votes of
# encouragement, none of discouragement and 3 expressing no opinion". Later items elide
# "votes" and keep "of" (or "expressing", "with"); a kind is one or two lower-case words
# that end the item, no determiner ("votes of the members", "3 of which").
_VOTE_KIND = r"""(?!(?:the|an?|its|their|his|her|which|whom|those|these|them|all|each)\b)
    (?-i:[a-z][a-z-]{1,24})(?:\s{1,3}(?-i:[a-z][a-z-]{1,24}))?(?=\s{0,3}(?:[,;.)]|and\b|$))"""
_VOTES_OF_KIND_FIRST = re.compile(
    rf"(?<![\w.,-])(?P<n>{COUNT_PATTERN}){GAP}votes{GAP}of{GAP}(?P<label>{_VOTE_KIND})", _FLAGS
)
_VOTES_OF_KIND_NEXT = re.compile(
    rf"""\s{{0,3}}[,;]?{GAP}(?:(?:and|with){GAP})?(?P<n>{NONE_PATTERN}|{COUNT_PATTERN})
    {GAP}(?:votes?{GAP})?(?:of|expressing|with){GAP}(?P<label>{_VOTE_KIND})""",
    _FLAGS,
)


def _find_votes_of_kinds(text: str) -> list[Tally]:
    """Votes listed by kinds after "votes of", the noun elided after the first kind.

    Two or more kinds, each once; the kinds are the categories, as in
    :func:`_find_quoted_votes`.

    >>> text = "Ms. Ito drew 10 votes of encouragement, 4 of discouragement and 1 with no opinion."
    >>> [(p.category, p.count) for p in _find_votes_of_kinds(text)[0].parts]
    [('encouragement', 10), ('discouragement', 4), ('no opinion', 1)]
    """
    return _votes_of_listed_kinds(text, _VOTES_OF_KIND_FIRST, _VOTES_OF_KIND_NEXT)


def _find_role_first(text: str, lower: str) -> list[Tally]:
    """Votes whose first part puts the role first or says "voted yes".

    "Voting in favour were 31 delegations, while 9 voted against and 4 abstained",
    "Abstaining were 6 States", "98 delegations voted yes, 15 voted no and 30 abstained".
    """
    heads: list[tuple[str, re.Match[str]]] = []
    if "voting" in lower or "abstaining" in lower or holds_any(text, _INVERTED_CAPITALS):
        heads.extend(
            (category, match)
            for category, pattern in _INVERTED_HEADS
            for match in pattern.finditer(text)
        )
    if "yes" in lower or "voted yea" in lower or "voted aye" in lower:
        heads.extend(("in favour", match) for match in _HEAD_VOTED_YES.finditer(text))
    found: list[Tally] = []
    for category, match in heads:
        part = _count_part(category, match["n"], *match.span("n"))
        if part is None:
            continue
        part.end = match.end()
        if match.groupdict().get("voters"):
            _members(match["voters"], part)
        tally = _complete(
            text, Tally("vote", match.start(), match.end(), [part]), True, single=True
        )
        if tally is None:
            continue
        noun = match["noun"]
        tally.subject = " ".join(noun.split()) if noun and noun.lower() != "others" else None
        tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
        found.append(tally)
    return found


# The voters whose votes split, before "with" and their sides: "the 28 EU countries split
# in their voting, with 10 voting for the measure, and 18 abstaining" (total 28).
_SPLIT_WHOLE_BEFORE = re.compile(
    rf"""
    \bthe{GAP}(?P<total>{COUNT_PATTERN}){GAP}(?:[A-Za-z-]{{1,20}}{GAP}){{0,3}}?
    (?:were{GAP})?split(?:{GAP}in{GAP}(?:their|its){GAP}vot(?:ing|es))?\s{{0,3}},\s{{0,3}}$
    """,
    _FLAGS,
)


def _find_with_role(text: str, lower: str) -> list[Tally]:
    """Votes stated by one role after "with": "the text was adopted with only 3 against".

    One role alone is a vote only after a verb that says what was done by the vote
    (adopted, approved, voted, ...); with another role after it ("With 146 Member States
    voting in favour, 2 against") it is one anyway.
    """
    found: list[Tally] = []
    starts = [start for word in ("with", "there") for start in literal_positions(word, lower)]
    for match in filter(None, (_HEAD_WITH_ROLE.match(text, start) for start in sorted(starts))):
        there = match["lead"][0] in "tT"  # "There were 26 abstentions": a vote by itself
        category = next(
            name
            for group, name in (
                ("against", "against"),
                ("abstain", "abstentions"),
                ("favour", "in favour"),
            )
            if match[group]
        )
        if (
            category == "in favour"
            and not match["favour"].lower().startswith("voting")
            and _OTHER_SIDE_AFTER.match(text, match.end()) is not None
        ):
            continue  # "There were 24 votes in favour of and 5 votes against": the lists'
        part = _count_part(category, match["n"], *match.span("n"))
        if part is None:
            continue
        tally = _complete(text, Tally("vote", match.start(), match.end(), [part]), True)
        if tally is None:
            if part.count == 0:
                continue  # "adopted with no vote against" states no count: an outcome
            verb = _WITH_ROLE_VERB.search(
                text, max(0, match.start() - 160), match.start()
            ) or _WITH_ROLE_VERB_AFTER.match(text, match.end())
            if verb is None and not there:
                continue
            tally = _complete(
                text, Tally("vote", match.start(), match.end(), [part]), True, single=True
            )
        if tally is not None:
            tally.subject = " ".join(match["noun"].split()) if match["noun"] else None
            tally.outcome = _outcome_before(text, tally.start)
            reach = max(0, match.start() - 120)
            if "split" in lower and (
                whole := _SPLIT_WHOLE_BEFORE.search(text, reach, match.start())
            ):
                tally.total, _ = read_count(whole["total"])
            found.append(tally)
    return found


# Support counted in voters after what was done by the vote: "the resolution, which was
# adopted by an overwhelming majority of 150 States", "The text was adopted with the
# support of 131 Member States", "vetoed ..., despite the support of nine members of the
# Council".
_HEAD_SUPPORT = re.compile(
    rf"""
    (?<!\w)(?:
        by{GAP}(?:a|an|the){GAP}(?:[a-z-]{{1,15}}{GAP})?majority{GAP}of
      | (?P<lead>with|despite|(?:in{GAP})?spite{GAP}of)(?<=\w){GAP}the
            {GAP}(?:support|backing|approval|(?:affirmative{GAP})?votes){GAP}of
      # "received backing from 187 member states", "garnered support from 13 Council members"
      | (?P<gained>received|won|gained|garnered|secured|drew|attracted|obtained)
            {GAP}(?:the{GAP})?(?:support|backing|approval){GAP}(?:from|of)
      | (?P<gained_votes>received|won|gained|garnered|secured|drew|attracted|obtained)
            {GAP}the{GAP}votes{GAP}of             # "obtained the votes of 61 members"
    # "of all 15 members": every member, so the whole too
    ){GAP}(?:(?:only|just|some|about|nearly|almost|the|its|(?P<all>all)){GAP})?
    (?P<for>{COUNT_PATTERN})(?![\w%]|[.,]\d)
    # the whole they came from: "with the support of 39 of the Council's 47 members", "39 of
    # its 47 members"
    (?:{GAP}(?:of|out{GAP}of){GAP}(?:(?:the|its|their){GAP})?
        (?:(?-i:[A-Z])[\w-]{{1,30}}(?:{GAP}(?-i:[A-Z])[\w-]{{1,30}})?[’']s{GAP})?
        (?P<whole>{COUNT_PATTERN})(?![\w%]|[.,]\d))?
    {GAP}(?:[A-Za-z-]{{1,20}}{GAP})??                             # "member countries"
    (?P<noun>Member{GAP}States|States|members|countries|nations|delegations|Governments)\b
    {_VOTERS_PLACE}
    """,
    _FLAGS,
)
# Where such support may start: before its literal; the window must hold a whole match
# up to its noun ("majority of one hundred and fifty Member States"), read again in full.
_SUPPORT_LITERALS = ("support of", "backing of", "approval of", "support from", "backing from")
_SUPPORT_WINDOWS = tuple((word, 45, 90) for word in ("majority of", "votes of", *_SUPPORT_LITERALS))
# Right after "majority of", "support of": a count, perhaps after a qualifier.
_COUNT_NEXT = re.compile(
    rf"{GAP}(?:(?:only|just|some|about|nearly|almost|the|its|all){GAP})?(?:{COUNT_PATTERN})", _FLAGS
)
# Before the support: what was done by the vote, and not a rule ("decisions shall be
# adopted by a majority of nine members").
_SUPPORT_VERB = re.compile(
    r"\b(?:adopted|approved|carried|passed|accepted|endorsed|rejected|defeated|vetoed)\b"
    r"[^.;:]{0,120}$",
    re.IGNORECASE,
)
_RULE_BEFORE = re.compile(
    r"\b(?:shall|must|should|would|will|may|can|could|to)\s{1,3}(?:only\s{1,3})?be\s{1,3}"
    r"(?:adopted|approved|carried|passed|accepted|endorsed)\b[^.;:]{0,120}$",
    re.IGNORECASE,
)


# Before support gained: "had", which puts it in an earlier vote than the sentence's.
_HAD_BEFORE = re.compile(r"\bhad\s{1,3}$", re.IGNORECASE)


def _gained_in_a_vote(text: str, match: re.Match[str]) -> bool:
    """Whether support "received from N members" was given in a vote (its sentence says so).

    >>> def voted(s): return _gained_in_a_vote(s, _HEAD_SUPPORT.search(s))
    >>> voted("The resolution received backing from 187 member states.")
    True
    >>> voted("The proposal received support from 20 delegations during the debate.")
    False
    >>> voted("The proposal received the support of 64 States, while 9 abstained.")
    True
    """
    return _voted_in_sentence(text, match.start(), match.end())


def _find_support(text: str, lower: str) -> list[Tally]:
    """One-count votes stated by the voters' support after what was done by the vote.

    "adopted by an overwhelming majority of 150 States", "adopted with the support of
    131 Member States", "vetoed, despite the support of nine members of the Security
    Council" (outcome vetoed). Only after a text put to the vote, or a veto: a rule is
    none ("shall be adopted by a majority of nine members"), nor support with no vote
    ("The plan was adopted with the support of 12 donor countries" names no text voted
    on).
    """
    found: list[Tally] = []
    for match in matches_near(_HEAD_SUPPORT, text, lower, _SUPPORT_WINDOWS, _COUNT_NEXT):
        reach = max(0, match.start() - 160)
        # "The resolution received backing from 187 member states": its verb says the vote
        gained = match["gained"] or match["gained_votes"]
        verb = match if gained else _SUPPORT_VERB.search(text, reach, match.start())
        if verb is None or _RULE_BEFORE.search(text, reach, match.start()) is not None:
            continue
        vetoed = verb.group().lower().startswith("vetoed")
        # a text that gained support may be described at length between it and its verb:
        # "The resolution, which calls on all parties to ..., received support from 143"
        before = _GAINED_TEXT_BEFORE if gained else _VOTED_TEXT_BEFORE
        if gained:
            reach = max(0, match.start() - _GAINED_REACH)
        if not vetoed and before.search(text, reach, match.start()) is None:
            continue
        if gained and not _gained_in_a_vote(text, match):
            continue  # "The proposal received support from 20 delegations during the debate"
        if gained and _HAD_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "which had received the support of 150 States": an earlier vote
        part = _count_part("in favour", match["for"], *match.span("for"))
        if part is None:
            continue
        start = match.start("for")
        tally = _complete(text, Tally("vote", start, match.end(), [part]), True, single=True)
        if tally is None:
            continue
        tally.subject = " ".join(match["noun"].split())
        if match["all"] and tally.total is None:
            tally.total = part.count
        if match["whole"] and tally.total is None:
            whole = _count_part("whole", match["whole"], *match.span("whole"))
            if whole is not None and (whole.count or 0) >= (part.count or 0):
                tally.total = whole.count
        tally.outcome = "vetoed" if vetoed else _outcome_before(text, match.start())
        found.append(tally)
    return found


# Ballots or votes that state support as they are counted: "has received 110 valid ballots
# from member countries supporting the convening of a congress", "124 postal ballots in
# favour of the amendment", "98 votes from Member States expressing support for the text".
# The noun must be one of a vote (ballots, votes): "97 replies approving the text" are
# answers, and "150 ballots were distributed" states no side.
_HEAD_BALLOTS = re.compile(
    rf"""
    (?<![\w.,])(?P<for>{COUNT_PATTERN})(?![\w%]|[.,]\d)
    {GAP}(?:(?:valid|postal|written|electronic|signed|affirmative){GAP}){{0,2}}
    (?P<noun>ballots|ballot{GAP}papers|votes)\b
    (?:{GAP}(?:from|of|cast{GAP}by|sent{GAP}by|returned{GAP}by)(?:{GAP}[\w’'-]{{1,30}}){{1,6}}?)?
    \s{{0,3}},?{GAP}
    (?:supporting|in{GAP}support{GAP}of|in{GAP}favou?r{GAP}of|approving|endorsing|backing
      | (?:expressing|indicating|signifying|giving|conveying)
        {GAP}(?:(?:their|its|his|her)\s{{1,3}})?(?:formal\s{{1,3}})?(?:support|approval|consent|agreement)
        {GAP}(?:for|of|to))\b
    # what is supported is a text or an act, not a person: "supporting her", "in favour of
    # Ms. Rojas", "supporting the candidate" are votes in an election
    {GAP}(?!(?:(?:the|their|his|her|its){GAP})?(?:candidat|nominee)|(?:him|her|them|his)\b)
    (?-i:[a-z])
    """,
    _FLAGS,
)
_BALLOT_WINDOWS = (("ballot", 45, 160), ("votes from", 45, 160))
# A threshold, not a count: "needs 128 valid ballots supporting it", "at least 96 ballots
# in favour of the change are required".
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:needs?|needed|requires?|required|necessary|at\s{1,3}least|minimum\s{1,3}of|"
    r"would\s{1,3}have\s{1,3}to|must)\b[^.;:\d]{0,40}$",
    re.IGNORECASE,
)
_THRESHOLD_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:is|are|was|were|be|been)\s{1,3}(?:needed|required|necessary)\b",
    re.IGNORECASE,
)


def _find_ballot_support(text: str, lower: str) -> list[Tally]:
    """Support counted in ballots or votes: one side in favour (decision, votes14).

    A count of ballots or votes that support, approve or favour what was voted on is the
    side in favour, even with no side against ("received 128 valid postal ballots from
    member countries expressing their support for the proposal"). Without a noun of a
    vote, support is no vote ("97 replies approving the amendment" are answers), and
    ballots that state no side ("150 ballots were distributed") or a threshold ("needs
    128 valid ballots supporting it") are none.

    Examples
    --------
    >>> [(p.category, p.count) for t in _find_ballot_support(
    ...     "It received 84 valid ballots supporting the change.",
    ...     "it received 84 valid ballots supporting the change.") for p in t.parts]
    [('in favour', 84)]
    """
    found: list[Tally] = []
    for match in matches_near(_HEAD_BALLOTS, text, lower, _BALLOT_WINDOWS):
        before = _THRESHOLD_BEFORE.search(text, max(0, match.start() - 50), match.start())
        if before is not None or _THRESHOLD_AFTER.match(text, match.end()) is not None:
            continue
        part = _count_part("in favour", match["for"], *match.span("for"))
        if part is None:
            continue
        tally = Tally("vote", match.start("for"), match.end(), [part])
        tally.outcome = _outcome_before(text, match.start())
        found.append(tally)
    return found


# A vote written as figures joined by dashes, only where words make it one. In favour,
# against and abstaining, in that order; each figure of at most three digits ("voted
# 1990-1995", "voted 3-4 times" are none). Three places, as news and press releases write
# them: after "a vote of", "voted", "the vote was" ("adopted by a vote of 14-0-1", "the
# Council voted 13-2 in favour"); right after the verb of the outcome ("The resolution was
# adopted 15-0", "the amendment was defeated 40-67-20"); and before "vote" ("In a 14-1
# vote, the Council ...", "adopted in a 13-0-2 vote").
_DASHED_FIGURES = r"""
    (?<![\w.,/–-])(?P<for>\d{1,3})[-–](?:to-)?(?P<against>\d{1,3})
    (?:(?:\s{0,3}\((?!\s{0,3}(?:see|cf)\b)(?P<against_members>[^()\d]{1,200})\)\s{0,3})?
        # the names of the side against: "89-2(US, ISRAEL)-18" (a cross-reference names none)
        [-–](?P<abstain>\d{1,3}))?
"""
# The determiners of a vote named as a noun: an article, a possessive, a demonstrative or
# a time's possessive ("last year's 47-47", "Wednesday's 143-5 vote", "That vote was 126-51").
_VOTE_DETERMINER = r"""(?:a|an|the|its|their|this|that
    |(?:year|week|month|day|night|today|yesterday|(?-i:[MTWFS])[a-z]{2,5}day)[’']s)"""
_HEAD_DASHED = re.compile(
    rf"""
    (?<!\w)(?:{_VOTE_DETERMINER}(?:{GAP}(?:final|overall|first|second|last))?(?:{GAP}{_VOTE_MODE})?
        {GAP}(?:vote|tally){GAP}(?:of|was|stood{GAP}at)
        # the gerund names the vote as the noun does: "the voting was 70-0"
        | the{GAP}voting{GAP}(?:was|stood{GAP}at)
        # a headline drops the article: "Vote Is 14-0 With the United States Abstaining"
        | (?:^|(?<=[.:;]\s))vote{GAP}(?:is|was)
        # a headline: "BY VOTE OF 101-14-47"; two texts: "by recorded votes of 132-2-5 and ..."
        | by{GAP}(?:{_VOTE_MODE}{GAP})?votes?{GAP}of
        # after a title, in brackets: "Question of Palestine [recorded vote 145-7-9]"
        | (?<=[\[(,;]\s)(?:{_VOTE_MODE}){GAP}vote(?:\s{{0,3}}:)?
        | (?<=[\[(])(?:{_VOTE_MODE}){GAP}vote(?:\s{{0,3}}:)?
        # a label under a press release's headline: "Vote: 110-39-36", "Recorded vote: 120-8-40"
        | (?:(?-i:Vote|VOTE)|{_VOTE_MODE}{GAP}vote)\s{{0,3}}:
        # "voted today 73-6 with 30 abstentions", "voted on Friday 14-1"
        | voted(?:{GAP}(?:today|yesterday|again|on{GAP}(?-i:[A-Z][a-z]{{2,8}}day)))?)
    {GAP}{_DASHED_FIGURES}
    (?![\w%/]|[-–.,]\d|{GAP}(?:times|occasions|rounds|days|weeks|months|years|{MONTH_PATTERN})\b)
    """,
    _FLAGS,
)
# The Yearbook of the United Nations writes the vote in parentheses right after how it
# was taken: "adopted resolution 58/171 by recorded vote (125-51-8) [agenda item 117]",
# "the Assembly, by recorded vote (96-2-41), decided"; the parenthesis holds the figures
# alone ("by recorded vote (see annex)", "(12-14 June)" are none).
_HEAD_DASHED_PARENTHESES = re.compile(
    rf"""
    (?<!\w)by{GAP}(?:a{GAP})?(?:{_VOTE_MODE}{GAP})?vote\s{{0,3}}\({_DASHED_FIGURES}\)
    """,
    _FLAGS,
)
# What the vote was on between "the vote" and "was": "The vote on the first text was
# 80-10-25", "the recorded vote for the amendment stood at 61-40-12".
_HEAD_DASHED_VOTE_ON = re.compile(
    rf"""
    (?<!\w)(?:a|the)(?:{GAP}(?:final|overall|first|second|last))?(?:{GAP}(?:recorded|roll-call))?
    {GAP}vote{GAP}(?:on|for)\b[^\d.;:()]{{1,60}}?
    {GAP}(?:was|stood{GAP}at){GAP}{_DASHED_FIGURES}
    (?![\w%/]|[-–.,]\d|{GAP}(?:times|occasions|rounds|days|weeks|months|years|{MONTH_PATTERN})\b)
    """,
    _FLAGS,
)
# Dashed figures after "by" with the verb elided, only as the parallel of a vote before
# them in the sentence ("adopted by a vote of 112-4-30; the second by 98-20-40").
_HEAD_DASHED_BY = re.compile(
    rf"""
    (?<!\w)by{GAP}{_DASHED_FIGURES}
    (?![\w%/]|[-–.,]\d|{GAP}(?:times|occasions|rounds|days|weeks|months|years|{MONTH_PATTERN})\b)
    """,
    _FLAGS,
)
# After the verb of the outcome (and its object: "approved the resolution 141-5") the
# figures must end the clause or be followed by what follows a vote ("with 35
# abstentions", "on Friday", "in the Council"): a range or a date goes on with its noun
# ("approved 3-5 projects", "adopted 12-14 June" are none).
_VERB_OBJECT = r"(?:\s{1,3}(?:the|a|an|its|this|that|it)\b[^\d.,;:()]{0,60}?)?"
# Dashed figures after "and" right after a vote's, the parallel of a second text, three
# figures (a range has two): "adopted by votes of 132-2-5 and 130-3-6, respectively".
_HEAD_DASHED_AND = re.compile(
    rf"""
    (?<!\w)and{GAP}{_DASHED_FIGURES}
    (?=\s{{0,3}}(?:[.,;)]|$|respectively\b))
    """,
    _FLAGS,
)
# A separate vote on a part of a text keeps or accepts it: "retained operative paragraph 4
# (120-3-38)", "accepted the oral amendment (12-2-1)", "upheld the ruling (80-20-10)".
_DASHED_VERB = (
    r"adopted|approved|passed|carried|endorsed|rejected|defeated|retained|accepted|upheld"
    r"|adopts|approves|passes|endorses|rejects|defeats"  # headlines: "COUNCIL ADOPTS TEXT"
    r"|retains|accepts|upholds"
)
_DASHED_END = rf"""
    (?=\s{{0,3}}(?:[.,;:)\]]|$)(?!\d)|\s{{0,3}}(?:[—–]|\((?!\d))
        |{GAP}(?:-|with|on|in|at|after|before|following|during|when|by|but|and(?!{GAP}\d))\b
        # a headline drops the article before "vote": "Resolution Adopted by 13-0-2 Vote"
        |{GAP}vote(?=\s{{0,3}}(?:[.,;:)\]—–]|$)|{GAP}(?:with|in|at|after|as|to|on|following)\b))
"""
# Three figures in parentheses are the vote too: "approved the text (17-0-4) and ...".
_DASHED_IN_PARENTHESES = r"\s{0,3}\((?=\d{1,3}[-–]\d{1,3}[-–]\d{1,3}\))"
# Before three figures in parentheses the object may go without an article: "adopted
# texts on the right to food (186-2-0)"; it may end on its number ("retained operative
# paragraph 5 (101-48-12)").
_OBJECT_NUMBER = r"(?:\s{1,3}\d{1,3}(?=\s{0,3}\())"
_BARE_OBJECT = rf"(?:\s{{1,3}}[A-Za-z][^\d.,;:()]{{0,60}}?{_OBJECT_NUMBER}?)?"
# A text named by its number as the object, before "by": "adopted resolution 2401 (2018)
# by 13-0-2", "Adopts Resolution 1244 (1999) by 14-0-1", "approved draft decision
# A/C.3/78/L.5 by 90-3-40".
_NUMBERED_OBJECT_BY = rf"""(?:\s{{1,3}}(?:the{GAP})?(?:draft{GAP})?
    (?:resolution|decision|amendment|text)s?{GAP}[\w./-]{{1,24}}
    (?:\s{{0,3}}\((?:19|20)\d\d\))?{GAP}by{GAP})"""
_HEAD_DASHED_VERB = re.compile(
    rf"""
    (?<!\w)(?P<verb>{_DASHED_VERB})
    # "by" before the figures, as a headline and a record write it: "Text on Democracy
    # Adopted by 145-0, with 14 Abstentions", "was passed by 14-1"
    (?:{_VERB_OBJECT}(?:{GAP}by)?{GAP}|{_NUMBERED_OBJECT_BY}|{_BARE_OBJECT}{_DASHED_IN_PARENTHESES})
    {_DASHED_FIGURES}{_DASHED_END}
    """,
    _FLAGS,
)
# Three figures in parentheses alone: a vote only as the parallel of such a vote before
# it in its sentence, the verb elided ("adopted texts on food (186-2-0) and on housing
# (124-52-6)"). Between the two, the next object with its verb elided: a comma or "and",
# then a preposition or an article, then words only (no figure, parenthesis or stop).
_DASHED_PARENTHESES_ALONE = re.compile(
    rf"\((?=\d{{1,3}}[-–]\d{{1,3}}[-–]\d{{1,3}}\)){_DASHED_FIGURES}\)", _FLAGS
)
_PARENTHESES_PARALLEL_GAP = re.compile(
    r"\)\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})"
    r"(?:(?:on|for|to|of|concerning|regarding|the|its|an?)\b[^\d.;:()]{1,200}"
    # a part of the text by its number: "... (119-2-41) and operative paragraph 4 (120-3-38)"
    rf"|[A-Za-z][^\d.;:()]{{0,60}}?{_OBJECT_NUMBER}\s{{0,3}})"
)
# A headline drops the article of the object: "ASSEMBLY ADOPTS TEXT ON OCEANS 120-8-40".
# Only three figures (in favour, against, abstaining) make it a vote: "adopts paragraphs
# 1-3" is a range.
_HEAD_DASHED_HEADLINE = re.compile(
    rf"""
    (?<!\w)(?P<verb>{_DASHED_VERB})
    # the object's words, a year or a span of years among them ("ADOPTS 2026-2027 BUDGET")
    (?:\s{{1,3}}(?:[A-Za-z][\w’'-]{{0,25}}|(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?(?!\w))){{1,12}}?
    # a headline's next clause, in capitals: "... 112-18-51 AS DELEGATES TRADE CHARGES"
    {GAP}{_DASHED_FIGURES}(?:{_DASHED_END}|(?={GAP}(?-i:AS|WHILE|AMID|AFTER)\b))
    """,
    _FLAGS,
)
# Voters divided by dashed figures: "Council members split 9-3-3 on the text", "the
# delegations were divided 20-12". Only members or delegations as subject (a budget split
# 60-40 is shares), three figures, or two followed by what they voted on.
_HEAD_DASHED_SPLIT = re.compile(
    rf"""
    (?<![\w-])(?:members|delegations|Member{GAP}States|States|countries|nations|Governments)
    (?:{GAP}were)?{GAP}(?:split|divided){GAP}{_DASHED_FIGURES}
    (?(abstain)|(?={GAP}(?:on|over)\b))(?![\w%/]|[-–.,]\d)
    """,
    _FLAGS,
)
# Before "vote", after its article: "a 14-1 vote", "their 13-0-2 vote". A court's split
# ("the 2-1 decision of the court", "a 5-4 ruling"), a score ("won 3-1") and a range
# name no vote on a text and are none; so is a plural ("the 10-12 votes needed").
_HEAD_DASHED_BEFORE = re.compile(
    rf"""
    # a headline drops the article after "by": "Extends Mandate by 13-0-2 Vote"
    (?<!\w)(?:{_VOTE_DETERMINER}|by(?={GAP}\d))
    {GAP}
    # words in lower case that say how the vote went: "a climactic 219-to-212 vote", "a
    # largely party-line 51-49 vote", "a narrow 5-4 vote" (a name, "the Court's", is none)
    (?:(?-i:[a-z])[a-z-]{{2,20}}{GAP}){{0,2}}
    {_DASHED_FIGURES}
    {GAP}(?:(?:recorded|roll-call|show-of-hands|tied){GAP})?vote\b(?!s)
    """,
    _FLAGS,
)
# Where such a vote may start: before a "vote" (of "a vote of", "voted", "the vote was",
# "the vote stood at", "vote (") right followed by dashed figures; one literal, one
# anchored test.
_DASH_NEXT = re.compile(
    r"(?:(?:d(?:\s{1,3}(?:today|yesterday|again|on\s{1,3}[A-Z][a-z]{2,8}day))?"
    r"|s?\s{1,3}(?:of|was|is|stood\s{1,3}at)|\s{0,3}:)?\s{1,3}|\s{0,3}\()\d{1,3}[-–]\d",
    re.I,
)
_DASHED_WINDOWS = (("vote", 32, 40), ("voting", 32, 40), ("tally", 32, 40))
# Two dashed figures that abstentions follow are a vote's in favour and against, whatever
# stands before them: "The vote in the 184-nation General Assembly was 88-4, with 57
# abstentions", "the result flashed on the screen -- 183-4 with one abstention", "The
# Assembly backed the text 120-7, with 40 abstentions". Only a vote has abstentions: a
# range ("ages 15-24") or a score ("won 3-1") is never followed by them.
_HEAD_DASHED_ABSTAINING = re.compile(
    rf"""
    {_DASHED_FIGURES}
    (?=\s{{0,3}},?{GAP}with{GAP}(?:\d{{1,3}}|{COUNT_PATTERN}|no){GAP}abstentions?\b)
    """,
    _FLAGS,
)
# The verbs of outcome before dashed figures (a literal test before the pattern).
_DASHED_VERBS = (
    *("adopt", "approve", "pass", "carried", "endorse", "reject", "defeat"),
    *("retain", "accept", "upheld", "uphold"),
)
_REJECTING_VERBS = ("rejected", "defeated", "rejects", "defeats")
# After the first dash of figures, a second one: "120-8-40".
_SECOND_DASH = re.compile(r"[-–]\d{1,3}[-–]\d")
# Figures joined by "-to-" ("a 88-to-12 vote"), found only where that literal is written.
_DIGIT_TO_DIGIT = re.compile(r"(?<=\d)-to-\d")
# Any figures joined by a dash (the scan opens on the dash, a character set).
_DIGIT_DASH_DIGIT = re.compile(r"[-–](?<=\d[-–])\d")
# The same as two scans that each open on a literal (the hyphen; the en dash only where
# one is written): Python's engine skips to a literal far faster than it tests every
# character against a set (over the corpus paragraphs 0.045 -> 0.006 s).
_DIGIT_HYPHEN_DIGIT = re.compile(r"-(?<=\d-)\d")
_DIGIT_EN_DASH_DIGIT = re.compile(r"–(?<=\d–)\d")


def _has_dashed_figures(text: str) -> bool:
    """Whether ``text`` holds figures joined by a dash or "-to-": what _find_dashed reads.

    One scan that opens only on a dash, cheaper than the verbs of a dashed vote looked
    for in every paragraph with a hyphen (most hyphens join words).

    >>> _has_dashed_figures("adopted 15-0"), _has_dashed_figures("a 88-to-12 vote")
    (True, True)
    >>> _has_dashed_figures("a well-known two-thirds majority")
    False
    """
    return (
        _DIGIT_HYPHEN_DIGIT.search(text) is not None
        or ("–" in text and _DIGIT_EN_DASH_DIGIT.search(text) is not None)
        or "-to-" in text
    )


def _dash_starts(text: str) -> list[int]:
    """Where a dash joins figures, in order: the starts of ``_DIGIT_DASH_DIGIT``'s matches.

    Found by the two scans that open on a literal (see :data:`_DIGIT_HYPHEN_DIGIT`): a
    match is a dash and the digit after it, so no two overlap, and the two lists merged
    are what one scan for "[-–]" finds.

    >>> _dash_starts("votes 12–3 and 4-0; well-known")
    [8, 16]
    """
    starts = [match.start() for match in _DIGIT_HYPHEN_DIGIT.finditer(text)]
    if "–" in text:
        starts.extend(match.start() for match in _DIGIT_EN_DASH_DIGIT.finditer(text))
        starts.sort()
    return starts


def _find_dashed(text: str, lower: str) -> list[Tally]:
    """Votes written as dashed figures: after "a vote of", a verb of outcome, before "vote"."""
    dashes = _dash_starts(text)
    if "-to-" in lower:  # "in a 88-to-12 vote"
        dashes.extend(match.start() for match in _DIGIT_TO_DIGIT.finditer(text))
        dashes.sort()
    if not dashes:
        return []  # most hyphens join words
    heads = matches_near(_HEAD_DASHED, text, lower, _DASHED_WINDOWS, _DASH_NEXT)
    if "vote (" in lower or "vote(" in lower:  # the Yearbook's "by recorded vote (125-51-8)"
        heads.extend(
            matches_near(_HEAD_DASHED_PARENTHESES, text, lower, _DASHED_WINDOWS, _DASH_NEXT)
        )
    # The other two open only around figures joined by a dash: the verb and its object
    # before them, or the article before them and "vote" after.
    if any(verb in lower for verb in _DASHED_VERBS):
        spots = [(max(0, dash - 95), dash + 12) for dash in dashes]
        heads.extend(matches_in(_HEAD_DASHED_VERB, text, spots))
        # a headline's three figures: only where a second dash follows the first
        three = [
            spot for spot, dash in zip(spots, dashes, strict=True) if _SECOND_DASH.match(text, dash)
        ]
        heads.extend(
            match
            for match in matches_in(_HEAD_DASHED_HEADLINE, text, three)
            if match["abstain"] is not None
        )
    if " vote" in lower:
        spots = [(max(0, dash - 60), dash + 34) for dash in dashes]
        heads.extend(matches_in(_HEAD_DASHED_BEFORE, text, spots))
    if "abstention" in lower:  # "The vote in the 184-nation Assembly was 88-4, with 57 abstentions"
        taken = {match.start("for") for match in heads}
        heads.extend(
            match
            for match in matches_in(
                _HEAD_DASHED_ABSTAINING, text, [(max(0, dash - 4), dash + 45) for dash in dashes]
            )
            if match.start("for") not in taken
        )
    if " split " in lower or " divided " in lower:  # "Council members split 9-3-3 on the text"
        spots = [(max(0, dash - 40), dash + 12) for dash in dashes]
        heads.extend(matches_in(_HEAD_DASHED_SPLIT, text, spots))
    if "vote on" in lower or "vote for" in lower:  # windows from the literals, not the dashes
        windows = (("vote on", 20, 120), ("vote for", 20, 120))
        heads.extend(matches_near(_HEAD_DASHED_VOTE_ON, text, lower, windows))
    votes = _dashed_votes(text, heads)
    if votes and ")" in text:
        votes.extend(_parallel_parenthesized(text, votes))
    if "(" in text:  # the Yearbook's "... to report to the Assembly on its work (101-0-50)."
        votes.extend(_record_parenthesized(text, votes))
    return votes


# A body or its act named in a sentence: three figures in parentheses there are its vote.
_BODY_OR_ACT = re.compile(
    r"\b(?:Assembly|Council|Committee|Commission|Conference|resolutions?|adopted|approved)\b"
)
_SHARES_AFTER = re.compile(r"\s{0,3}(?:per\s{1,3}cent|percent|%)", re.IGNORECASE)
# A figure written with a leading zero ("03") is a date's or a code's, never a count.
_LEADING_ZERO = re.compile(r"(?<!\d)0\d")
# The sum of a vote's three sides: at least a small body's, at most the General Assembly's
# 193 members with room for the Yearbook's earlier and other bodies.
_RECORD_SUM = range(10, 201)


def _record_parenthesized(text: str, found: list[Tally]) -> list[Tally]:
    """Three figures alone in parentheses, in a sentence that names a body or its act.

    The Yearbook of the United Nations closes its account of a text with its vote in
    parentheses, no word of a vote around it: "The Conference on Disarmament was called on
    to report in 1987 to the Assembly on its work (101-0-50)." The figures are in favour,
    against and abstaining, where they add up to a body's size (10 to 200) and none is
    written with a leading zero (a date, "(12-03-20)", is none); the sentence must name a
    body or a text or its adoption.

    >>> text = "The Assembly called for a halt to testing (128-3-20)."
    >>> [[p.count for p in t.parts] for t in _record_parenthesized(text, [])]
    [[128, 3, 20]]
    >>> _record_parenthesized("The Assembly met on (12-03-20).", [])
    []
    """
    votes: list[Tally] = []
    for match in _DASHED_PARENTHESES_ALONE.finditer(text):
        if any(tally.start <= match.start("for") < tally.end for tally in found):
            continue  # read already, as a vote or as the parallel of one
        figures = match[0][1:-1]
        if _LEADING_ZERO.search(figures) or sum(map(int, re.findall(r"\d+", figures))) not in (
            _RECORD_SUM
        ):
            continue
        begin = sentence_starts(text[: match.start()])[-1]
        if _BODY_OR_ACT.search(text, begin, match.start()) is None or _SHARES_AFTER.match(
            text, match.end()
        ):
            continue  # "The Council's staff were split (45-30-25) per cent": shares
        votes.extend(_dashed_votes(text, [match]))
    return votes


def _parallel_parenthesized(text: str, found: list[Tally]) -> list[Tally]:
    """Three figures in parentheses that follow such a vote of their sentence, in order.

    >>> text = "It adopted texts on food (186-2-0) and on housing (124-52-6)."
    >>> first = Tally("vote", 26, 33, [], outcome="adopted")
    >>> [([p.count for p in t.parts], t.outcome) for t in _parallel_parenthesized(text, [first])]
    [([124, 52, 6], 'adopted')]
    """
    parallel: list[Tally] = []
    previous = max(found, key=lambda tally: tally.end)
    while (
        text.startswith(")", previous.end)
        and (gap := _PARENTHESES_PARALLEL_GAP.match(text, previous.end)) is not None
        and (match := _DASHED_PARENTHESES_ALONE.match(text, gap.end())) is not None
    ):
        votes = _dashed_votes(text, [match])
        if not votes:
            break
        votes[0].outcome = previous.outcome
        parallel.append(votes[0])
        previous = votes[0]
    return parallel


# The noun after dashed figures ("a 152-5 vote"): the sides that follow it are the vote's.
_VOTE_NOUN_AFTER = re.compile(r"\s{1,3}vote\b", re.IGNORECASE)


def _dashed_votes(text: str, heads: list[re.Match[str]]) -> list[Tally]:
    """The votes of dashed figures matched by ``heads`` (in favour, against, abstaining)."""
    found: list[Tally] = []
    for match in heads:
        parts = [
            _count_part(category, match[group], *match.span(group))
            for category, group in (
                ("in favour", "for"),
                ("against", "against"),
                ("abstentions", "abstain"),
            )
            if match[group] is not None
        ]
        if any(part is None for part in parts):
            continue
        if match["against_members"] is not None:  # the names of the side against
            _members(match["against_members"], parts[1])
        start = match.start("for")
        end = match.end("abstain") if match["abstain"] is not None else match.end("against")
        if (noun := _VOTE_NOUN_AFTER.match(text, end)) is not None:
            end = noun.end()  # "by a 152-5 vote, with ... 12 countries abstaining"
        tally = _complete(text, Tally("vote", start, end, parts), True)
        if tally is None:
            continue
        if match.re in (_HEAD_DASHED_VERB, _HEAD_DASHED_HEADLINE):
            verb = match["verb"].lower()
            tally.outcome = "rejected" if verb in _REJECTING_VERBS else "adopted"
        else:
            tally.outcome = _outcome_before(text, match.start()) or _outcome_after(text, tally.end)
        _prevailing_side(text, tally, end)
        found.append(tally)
    return found


# A percentage and the qualifier before it ("more than 40 per cent").
_PERCENT = rf"""
    (?:(?P<qualifier>more{GAP}than|over|almost|nearly|about|some|close{GAP}to){GAP})?
    (?P<pct>\d{{1,3}}(?:\.\d{{1,2}})?(?![\d,])|{COUNT_PATTERN})\s{{0,3}}(?:per{GAP}cent|percent|%)
"""
# "The proposal obtained 62 per cent of the votes cast", "approved by 87.5 per cent of
# the votes": a share of the votes for a text (a person's share in an election is none).
_PERCENT_VOTE = re.compile(
    rf"""
    (?<![\w.,]){_PERCENT}
    {GAP}of{GAP}(?:(?:the|all){GAP}(?:(?:valid|recorded){GAP})?votes(?:{GAP}cast)?
      # those who cast them, after a text and its verb: "The new constitution was approved
      # by 92 per cent of voters", "endorsed by 64 per cent of the electorate"
      |(?:(?:the|all){GAP})?(?:(?:registered|eligible){GAP})?(?:voters|electorate))\b
    """,
    _FLAGS,
)
# A share named as a vote with its side, as a noun phrase: "the 78.2 per cent vote in
# favour of independence", "a 97 per cent vote for the new constitution", "a 60 per cent
# “yes” vote". The noun "vote" and the side together make it a vote's side, wherever the
# sentence stands; a share of the votes with no side ("a 98.6 per cent turnout", "a 55 per
# cent vote share") is none.
_PERCENT_VOTE_NOUN = re.compile(
    rf"""
    # after an article or an adjective of size, which stay out of the part's words (each
    # ends on a blank: the one look-behind of it fails fast at the other characters)
    (?<=\s)(?:(?<=\b[Tt]he\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)
      |(?<=\boverwhelming\s)|(?<=\bmassive\s)|(?<=\bresounding\s)|(?<=\bdecisive\s))
    {_PERCENT}
    (?:-|{GAP})(?:["“‘']?(?P<answer>yes|no)["”’']?(?:-|{GAP}))?votes?\b
    (?(answer)|{GAP}(?P<side>in{GAP}favou?r|for|against)\b)
    """,
    _FLAGS,
)
_PERCENT_VOTE_SUBJECT = re.compile(
    r"\b(?:resolution|draft|proposal|amendment|motion|text|decision|constitution|"
    r"declaration|report)s?\b[^.;:]{0,80}?\b(?:obtained|received|won|secured|garnered|"
    r"gained|attracted|supported|approved|adopted|carried|passed|endorsed)\b"
    r"(?:\s{1,3}by)?(?:\s{1,3}(?:only|just|some))?\s{1,3}$",
    re.IGNORECASE,
)
# The share of those who voted one way in a referendum: "78.5 per cent voted for
# independence", "62 per cent of the voters voted against" (alone in its sentence: a
# split "78.5 per cent voted for ... and 21.5 per cent against" is read as one vote by
# the enumeration grammar).
_PERCENT_SIDE = re.compile(
    rf"""
    (?<![\w.,]){_PERCENT}
    (?:{GAP}of{GAP}(?:the{GAP}|all{GAP})?(?:(?:registered|eligible|valid){GAP})?
        (?:voters|votes(?:{GAP}cast)?|electorate|participants|ballots(?:{GAP}cast)?|
        those{GAP}(?:voting|who{GAP}voted)))?
    {GAP}(?:(?:voted|opted){GAP}(?P<side>for|in{GAP}favou?r|yes|against|no)
        | (?P<verb_side>favou?red|supported|backed|approved|endorsed|opposed|rejected))\b
    """,
    _FLAGS,
)
# "a yes-vote of 97.3 per cent", "a no vote of 12 per cent"
_PERCENT_YES_NO = re.compile(
    rf"""(?<![\w-])["“'‘]?(?P<side>yes|no)["”'’]?(?:-|\s{{1,3}})votes?
    {GAP}(?:of|won|received|obtained|took|gained|secured)(?:{GAP}(?:some|about|nearly|almost))?
    {GAP}{_PERCENT}""",
    _FLAGS,
)
# The share put between "voted" and its side: "voted overwhelmingly, 98.6 per cent, in
# favour", "voted, by 61 per cent, against the plan". The word "voted" makes it a vote.
_VOTED_PERCENT = re.compile(
    rf"""
    (?<!\w)voted(?:{GAP}(?:overwhelmingly|massively|heavily|decisively|narrowly|clearly))?
    \s{{0,3}}[,(–—]\s{{0,3}}(?:by{GAP})?{_PERCENT}\s{{0,3}}[,)–—]\s{{0,3}}
    (?P<side>in{GAP}favou?r|for|yes|against|no)\b
    """,
    _FLAGS,
)
# One side of a referendum or a vote in per cent, as one item of a list: "63 per cent in
# favour of union", "37 per cent against", "55.3 per cent voted no", "94.4 per cent of the
# votes in favour", "78.5 per cent of the voters chose independence", "24 per cent
# abstained", "3.4 per cent of ballots were invalid" (after the sides). Any noun of those
# who voted may stand after "of" where "voted" (or "abstained") follows it: "54 per cent of
# the delegations present voted in favour" (:func:`_is_percent_item` drops the others).
_VOTING_WORD = r"(?:voted|opted|abstained|were|was)\b"
_PERCENT_ITEM = re.compile(
    rf"""
    (?<![\w.,]){_PERCENT}
    (?:{GAP}of{GAP}(?:the{GAP}|all{GAP})?(?:(?:registered|eligible|valid){GAP})?
        # the people whose voters they are: "60 per cent of Tokelauan voters supported"
        (?:(?-i:[A-Z][a-z]{{2,}}(?:an|ese|ish|i|ic)){GAP}(?=voters|electorate))?
        (?:(?P<whole>voters|votes(?:{GAP}cast)?|electorate|participants|ballots(?:{GAP}cast)?
            |those{GAP}(?:who{GAP}voted|voting))  # "94.1 per cent of those who voted approved"
          | (?P<voters>(?:(?!{_VOTING_WORD})[a-z][\w'’-]{{1,24}}{GAP})?
            (?!{_VOTING_WORD})[a-z][\w'’-]{{1,24}}(?:{GAP}present(?:{GAP}and{GAP}voting)?)?)))?
    (?:\s{{0,3}},)?{GAP}
    # "with 33 per cent voting “no”": a quoted answer too
    (?:(?:voted|opted|voting){GAP}[\"“‘']?(?P<voted>for|in{GAP}favou?r|yes|against|no)\b[\"”’']?
      | (?:(?:were|was){GAP})?(?P<side>in{GAP}favou?r|against|opposed)\b
        (?!\s{{1,3}}\d)  # "91 per cent of the votes cast, against 40": a preposition
      | (?P<chose>chose|opted{GAP}for|favou?red|supported|backed|approved|endorsed|rejected
        |accepted)\b
      | (?P<abstained>abstained)\b
      # "3.4 per cent of ballots were declared invalid": only after the other sides
      | (?:were|was){GAP}(?:(?:declared|ruled|found|left){GAP})?
        (?P<void>invalid|void|spoilt|spoiled|blank|empty|null)\b
      | (?P<bare>for)\b  # "38.8 per cent for independence": only beside other options
      # "62 per cent voted yes and 38 per cent no": the verb elided, never a first item
      | (?P<elided>yes|no)\b(?=\s{{0,3}}(?:[,;.)]|$)))
    """,
    _FLAGS,
)
# The option a share of the votes went to, right after its item: "voted for integration
# with the neighbouring State", "in favour of joining Nigeria", "chose independence", "for
# independence". Up to six words, to a mark or a word that joins the next item; a pronoun
# or the text voted on is no option.
_OPTION_AFTER = re.compile(
    rf"""(?:{GAP}of)?{GAP}
    (?!(?:it|them|this|that|the{GAP}(?:proposal|text|motion|draft|resolution|amendment))\b)
    (?P<option>[\w'’-]{{2,30}}(?:{GAP}(?!(?:and|while|whereas|but)\b)[\w'’-]{{1,30}}){{0,5}}?)
    (?=\s{{0,3}}(?:[,;.)]|(?:and|while|whereas|but)\b|$))""",
    _FLAGS,
)
# Words between two shares that compare them rather than list options of one vote.
_COMPARED = re.compile(r"\b(?:compared|than|versus|against|up|down|from|rose|fell)\b", re.I)


def _is_percent_item(match: re.Match[str]) -> bool:
    """Whether a :data:`_PERCENT_ITEM` match is a side: voters of any noun only voted."""
    return match["voters"] is None or bool(match["voted"] or match["abstained"])


# Between two items of one vote: no figure, no sentence end; a join at its end (a dash in a
# headline: "Announcing Vote Result, 21.5 Per Cent in Favour-78.5 Per Cent Against").
_ITEM_GAP = re.compile(r"[^\d.:;]{0,60}?(?:,|;|\band|\bwhile|\bwhereas|\bbut|\bwith|[-–—])\s{0,3}$")
# "approved in a free referendum by a majority of 98.4 per cent" (after the referendum)
_PERCENT_MAJORITY = re.compile(
    rf"""
    (?<!\w)by{GAP}(?:an?{GAP}(?:(?:overwhelming|large|clear|huge){GAP})?)?(?:majority|vote)
    {GAP}of{GAP}{_PERCENT}
    """,
    _FLAGS,
)
# After "by a majority of 90 per cent", what the vote did, in the same sentence: "..., the
# national Parliament approved the decision" (a vote in another body).
_APPROVED_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:approved|adopted|passed|endorsed|ratified|carried|rejected)\b",
    re.IGNORECASE,
)
_REFERENDUM_BEFORE = re.compile(
    r"\b(?:referendums?|plebiscites?|popular\s{1,3}(?:votes?|consultations?))\b[^.;]{0,150}$",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(r"(?:[^.;]|\.\d){0,150}?(?:per\s{1,3}cent|percent|%)", re.IGNORECASE)
_PERCENT_BEFORE = re.compile(r"(?:per\s{1,3}cent|percent|%)(?:[^.;]|\.\d){0,150}$", re.IGNORECASE)


# Where a percentage vote may start: before its "per cent" (the longest form, "a yes-vote
# of more than 60 per cent", starts some 40 characters before) and up to its end.
_PERCENT_SIGN = re.compile(r"per\s{1,3}cent|percent|%")


# A vote in per cent stated as a margin after its verb: "had voted by 78.5 per cent to 21.5
# per cent against the special autonomy", "approved the constitution by 94 per cent to 6
# per cent". The verb, or "against"/"in favour of" after the shares, says which side the
# first share is: approving or voting for, in favour; rejecting or voting against, against.
_PERCENT_MARGIN = re.compile(
    rf"""
    \b(?P<verb>voted|approved|endorsed|backed|adopted|rejected|defeated)\b
    [^.;:\d%]{{0,60}}?\bby{GAP}(?:a{GAP}(?:margin|majority){GAP}of{GAP})?
    (?P<first>\d{{1,2}}(?:\.\d{{1,2}})?)\s{{0,3}}(?:per{GAP}cent|percent|%)?{GAP}to{GAP}
    (?P<second>\d{{1,2}}(?:\.\d{{1,2}})?)\s{{0,3}}(?:per{GAP}cent|percent|%)
    (?:{GAP}(?P<side>against|in{GAP}favou?r{GAP}of|for)\b)?
    """,
    _FLAGS,
)
_MARGIN_SLACK = 0.5  # two shares of all the votes add up to 100 within their rounding
_MARGIN_VERBS = ("voted", "approved", "endorsed", "backed", "adopted", "rejected", "defeated")


def _find_percent_margins(text: str) -> list[Tally]:
    """Votes in per cent stated as a margin: "voted by 78.5 per cent to 21.5 per cent against".

    The two shares must make 100 within rounding (no other side is left); which side the
    first one is comes from the words after the shares, else the verb ("voted" alone says
    neither, and no vote is read).

    >>> vote = _find_percent_margins("They voted by 78.5 per cent to 21.5 per cent against it.")[0]
    >>> [(p.category, p.percent) for p in vote.parts]
    [('in favour', 21.5), ('against', 78.5)]
    """
    found = []
    for match in _PERCENT_MARGIN.finditer(text):
        first, second = float(match["first"]), float(match["second"])
        if abs(first + second - 100) > _MARGIN_SLACK or first < second:
            continue
        side, verb = (match["side"] or "").lower(), match["verb"].lower()
        if side == "against" or (not side and verb in ("rejected", "defeated")):
            first_side = "against"
        elif side or verb != "voted":
            first_side = "in favour"
        else:
            continue  # "voted by 60 per cent to 40 per cent": for what, it does not say
        other = "in favour" if first_side == "against" else "against"
        parts = [
            Part(
                first_side,
                None,
                match.start("first"),
                match.end("first"),
                percent=first,
                decimals=len(match["first"].partition(".")[2]),
            ),
            Part(
                other,
                None,
                match.start("second"),
                match.end("second"),
                percent=second,
                decimals=len(match["second"].partition(".")[2]),
            ),
        ]
        parts.sort(key=lambda p: _PART_ORDER.get(p.category or "", len(_PART_ORDER)))
        tally = Tally("vote", match.start("verb"), match.end(), parts, unit="percent")
        tally.outcome = _outcome_before(text, match.start()) or _outcome_after(text, tally.end)
        found.append(tally)
    return found


def _percent_part(match: re.Match[str], category: str) -> Part | None:
    """A part holding the percentage of ``match`` (None above 100 or unreadable)."""
    raw = match["pct"]
    if raw[0].isdigit():
        value, decimals = float(raw), len(raw.partition(".")[2])
    else:
        count, _ = read_count(raw)
        if count is None:
            return None
        value, decimals = float(count), 0
    if value > 100:
        return None
    qualifier = match["qualifier"]
    return Part(
        category,
        None,
        match.start(),
        match.end(),
        percent=value,
        decimals=decimals,
        qualifier=QUALIFIERS_BEFORE[" ".join(qualifier.lower().split())] if qualifier else None,
    )


def _percent_side(match: re.Match[str], text: str) -> str | None:
    """The category of a percentage vote match, or None when the sentence rules it out."""
    if match.re is _PERCENT_VOTE:
        before = max(0, match.start() - 120)
        found = _PERCENT_VOTE_SUBJECT.search(text, before, match.start()) is not None
        return "in favour" if found else None
    if match.re is _PERCENT_VOTE_NOUN:
        side = " ".join((match["answer"] or match["side"]).lower().split())
        return "against" if side in ("against", "no") else "in favour"
    if match.re is _PERCENT_MAJORITY:
        before = max(0, match.start() - 160)
        found = (
            _REFERENDUM_BEFORE.search(text, before, match.start()) is not None
            or _APPROVED_AFTER.match(text, match.end()) is not None
            or _SUPPORT_VERB.search(text, before, match.start()) is not None
        ) and _RULE_BEFORE.search(text, before, match.start()) is None
        return "in favour" if found else None
    if match.re is _PERCENT_SIDE and (
        _PERCENT_AFTER.match(text, match.end())
        or _PERCENT_BEFORE.search(text, max(0, match.start() - 160), match.start())
    ):
        return None  # a split of the votes: the enumeration grammar reads it whole
    if match.re is _VOTED_PERCENT:
        side = " ".join(match["side"].lower().split())
        return "against" if side in ("against", "no") else "in favour"
    if match.re is _PERCENT_SIDE and match["verb_side"]:
        # "98.8 per cent of participants favoured independence" only in a referendum:
        # "62 per cent of voters supported the party" is an election
        before = max(0, match.start() - 160)
        if _REFERENDUM_BEFORE.search(text, before, match.start()) is None:
            return None
        rejected = match["verb_side"].lower() in ("opposed", "rejected")
        return "against" if rejected else "in favour"
    side = " ".join(match["side"].lower().split())
    return "against" if side in ("against", "no") else "in favour"


def _item_side(match: re.Match[str]) -> str:
    """The vote category of a :data:`_PERCENT_ITEM` match."""
    if match["abstained"]:
        return "abstentions"
    if match["void"]:
        return BALLOT_CATEGORY.get(match["void"].lower(), "invalid ballots")  # "spoilt"
    word = " ".join(
        (match["voted"] or match["side"] or match["chose"] or match["bare"] or match["elided"])
        .lower()
        .split()
    )
    return "against" if word in ("against", "no", "opposed", "rejected") else "in favour"


def _sides_length(chain: list[re.Match[str]]) -> int:
    """How many items open ``chain`` as sides: up to a bare "for" or a side named again."""
    sides: set[str] = set()
    for length, item in enumerate(chain):
        side = _item_side(item)
        if item["bare"] or side in sides:
            return length
        sides.add(side)
    return len(chain)


def _options(text: str, chain: list[re.Match[str]]) -> list[str] | None:
    """The options each share of ``chain`` went to, or None where they name no options.

    "61.2 per cent voted for integration with the neighbouring State and 38.8 per cent for
    independence": two or more shares, each for an option of its own (no side against or
    abstaining), listed (no comparison between them).
    """
    if len(chain) < 2 or chain[0]["bare"]:
        return None  # the first share says it is a vote's: "voted for X", "chose X"
    options = []
    if chain[-1][
        "void"
    ]:  # "..., 35.2 per cent favoured independence and 3.4 per cent were invalid"
        options = _options(text, chain[:-1])
        return None if options is None else [*options, _item_side(chain[-1])]
    for item, after in itertools.zip_longest(chain, chain[1:]):
        # "voted for X", "in favour of X", "chose X", "for X"; no answer ("voted yes")
        if _item_side(item) != "in favour" or (item["voted"] or "").lower() == "yes":
            return None
        option = _OPTION_AFTER.match(text, item.end())
        if option is None:
            return None
        if after is not None and _COMPARED.search(text, option.end(), after.start()):
            return None
        options.append(" ".join(option["option"].split()))
    if len({option.lower() for option in options}) < len(options):
        return None
    return options


def _find_percent_sides(text: str, spots: list[tuple[int, int]]) -> list[Tally]:
    """Sides of a vote in per cent, alone or listed: one tally per vote.

    "The plebiscite resulted in 63 per cent in favour of union and 37 per cent against",
    "55.3 per cent voted no and 44.7 per cent voted yes" (two parts; a later answer may
    elide the verb: "62 per cent voted yes and 38 per cent no"), "approved in a
    referendum with 94.4 per cent of the votes in favour" (one). Only in a sentence about
    a referendum or a vote (within 160 characters before), or with "voted" in the item;
    "chose", "favoured" and the like only after a referendum; one item alone must say
    whose share it is ("of the votes", "voted"): "40 per cent were in favour" may be a
    survey's.
    """
    found: list[Tally] = []
    items: list[re.Match[str]] = []
    for item in matches_in(_PERCENT_ITEM, text, spots):
        # a later window finds the item again without its qualifier ("54 per cent" of
        # "Some 54 per cent"): the first reading is kept
        if _is_percent_item(item) and not (items and item.start() < items[-1].end()):
            items.append(item)
    index = 0
    while index < len(items):
        if items[index]["elided"]:  # "38 per cent no" opens no vote
            index += 1
            continue
        opening = index
        chain = [items[index]]
        index += 1
        while (
            index < len(items)
            and len(chain) < 4
            and items[index].start() >= chain[-1].end()
            and _ITEM_GAP.fullmatch(text, chain[-1].end(), items[index].start()) is not None
            # a side named again starts a comparison ("compared with 65 per cent in favour")
            # unless it names an option of its own ("and 38.8 per cent for independence")
            and (
                _item_side(items[index]) not in {_item_side(item) for item in chain}
                or _OPTION_AFTER.match(text, items[index].end()) is not None
            )
        ):
            chain.append(items[index])
            index += 1
        options = _options(text, chain)
        if options is None and _lone_referendum_side(text, chain):
            pass  # "in referendums ..., 72 per cent for a permanent peace": the side in favour
        elif options is None:  # the sides up to a bare "for" or a side named again
            chain = chain[: _sides_length(chain)]
            index = opening + max(len(chain), 1)
            if not chain:
                continue
        first = chain[0]
        if first["void"]:
            continue  # the ballots for none follow the sides they are set beside
        before = max(0, first.start() - 160)
        referendum = _REFERENDUM_BEFORE.search(text, before, first.start()) is not None
        about_vote = referendum or _VOTE_CONTEXT.search(text, before, first.start()) is not None
        if any(item["chose"] for item in chain) and not referendum:
            continue
        if not (about_vote or any(item["voted"] for item in chain)):
            continue
        categories = [_item_side(item) for item in chain] if options is None else options
        if (
            len(chain) == 1
            and (not (first["voted"] or first["whole"] or first["chose"]) or first["voters"])
            and not _lone_referendum_side(text, chain)
        ):
            continue  # "52 per cent of women voted for the reform" alone: one group's share
        parts = [
            _percent_part(item, category) for item, category in zip(chain, categories, strict=True)
        ]
        if any(part is None for part in parts) or sum(p.percent or 0 for p in parts) > 100.5:
            continue
        for part, item in zip(parts, chain, strict=True):
            part.end = item.end()
            if options is not None and not item["void"]:  # the option's words are the part's
                part.end = _OPTION_AFTER.match(text, item.end()).end()  # type: ignore[union-attr]
        parts.sort(key=lambda part: _PART_ORDER.get(part.category or "", len(_PART_ORDER)))
        tally = Tally("vote", first.start(), parts[-1].end, parts, unit="percent")
        tally.outcome = _outcome_before(text, first.start())
        found.append(tally)
    return found


# Between a referendum and a share of its voters: what makes the share no side of it.
_NO_SIDE_SHARE = re.compile(r"\b(?:turnout|participation|abstention|electorate|voted)", re.I)
# What a bare "for" is for: a word, not a figure ("72 per cent for 1990").
_WORD_AFTER = re.compile(r"\s{1,3}(?:the\s{1,3}|an?\s{1,3})?[A-Za-z][a-z-]{2,}")


def _lone_referendum_side(text: str, chain: list[re.Match[str]]) -> bool:
    """Whether ``chain`` is one share for a side or an option in a referendum's sentence.

    A share alone for an option or in favour ("72 per cent for a permanent peace", "64 per
    cent were in favour of the new constitution") is the side in favour where a referendum
    is named before it in its sentence, with no turnout or electorate between; elsewhere
    "40 per cent were in favour" may be a survey's.

    >>> def lone(s): return _lone_referendum_side(s, [_PERCENT_ITEM.search(s)])
    >>> lone("In the referendums held in May, some 72 per cent for a lasting peace.")
    True
    >>> lone("In the referendum, turnout was 72 per cent for the capital.")
    False
    >>> lone("In the referendum, support was 62 per cent for women and 35 per cent for men.")
    False
    """
    if len(chain) != 1:
        return False
    item = chain[0]
    if not (item["bare"] or (item["side"] and _item_side(item) == "in favour")) or item["voters"]:
        return False
    referendum = _REFERENDUM_BEFORE.search(text, max(0, item.start() - 160), item.start())
    return (
        referendum is not None
        and _NO_SIDE_SHARE.search(text, referendum.start(), item.start()) is None
        # the only share of its sentence: "support was 62 per cent for women and 35 per
        # cent for men" compares groups
        and _PERCENT_SIGN.search(text.lower(), referendum.start(), item.start()) is None
        and _PERCENT_AFTER.match(text, item.end()) is None
        and (item["side"] is not None or _WORD_AFTER.match(text, item.end()) is not None)
    )


_ITEM_AFTER = re.compile(
    rf"[^\d.:;]{{0,60}}?(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s{{0,3}}{_PERCENT_ITEM.pattern}",
    _FLAGS,
)


def _other_side(text: str, end: int, part: Part) -> Part | None:
    """The other side in per cent listed right after ``part`` (ending at ``end``)."""
    item = _ITEM_AFTER.match(text, end, end + 200)
    if item is None or not _is_percent_item(item) or _item_side(item) == part.category:
        return None
    other = _percent_part(item, _item_side(item))
    if other is None or (other.percent or 0) + (part.percent or 0) > 100.5:
        return None
    other.start, other.end = item.start("pct"), item.end()
    return other


def _find_percent_votes(text: str, lower: str) -> list[Tally]:
    """Shares of the votes cast for a text or a side: one part with its percentage.

    ``lower`` is ``text`` in lower case.
    """
    spots = [(max(0, m.start() - 45), m.end() + 120) for m in _PERCENT_SIGN.finditer(lower)]
    found = _find_percent_sides(text, spots)
    matches = [
        match
        for pattern in (
            _PERCENT_VOTE,
            _PERCENT_SIDE,
            _PERCENT_YES_NO,
            _PERCENT_MAJORITY,
            _VOTED_PERCENT,
            _PERCENT_VOTE_NOUN,
        )
        for match in matches_in(pattern, text, spots)
    ]
    for match in matches:
        category = _percent_side(match, text)
        part = _percent_part(match, category) if category is not None else None
        if part is None:
            continue
        tally = Tally("vote", match.start(), match.end(), [part], unit="percent")
        if match.re is _VOTED_PERCENT and (other := _other_side(text, match.end(), part)):
            tally.parts.append(other)  # "..., in favour of independence and 8.7 per cent against"
            tally.parts.sort(key=lambda p: _PART_ORDER.get(p.category or "", len(_PART_ORDER)))
            tally.end = other.end
        tally.outcome = _outcome_before(text, match.start()) or _outcome_after(text, tally.end)
        after = _APPROVED_AFTER.match(text, match.end()) if match.re is _PERCENT_MAJORITY else None
        if tally.outcome is None and after is not None:  # ", the Parliament approved ..."
            tally.outcome = "rejected" if after.group().lower().endswith("rejected") else "adopted"
        found.append(tally)
    return found


# A first pair is one of these (a literal test is far cheaper than the pattern).
_PAIR_KEYS = (
    "favour,",
    "favour:",
    "favour —",
    "favour—",
    "favor,",
    "favor:",
    "favor —",
    "favor—",
    "yes,",
    "yes:",
    "ayes",
    "yea",  # "yeas 135; nays 21", "Yea: 52, Nay: 47"
    "contents",  # "Contents 201; Not-Contents 150"
    "tá",  # "Tá, 63; Níl, 0; Staon, 75"
    "for:",
    "for,",  # "The votes were: for, 25; against, 16; abstentions, 8"
    "affirmative -",  # "Votes cast 60; Affirmative - 59; Negative - 1"
    "affirmative:",
    "affirmative,",
    "votes for ",  # a record's lines: "Votes for 132\nVotes against 1\nAbstentions 2"
    "favour -",
    "favor -",
    "yes -",
    "yes –",  # a typeset dash: "Yes – 120, No – 8"
    "yes —",
    "yes–",
    "yes—",
    "favour ",  # "in favour 131; against 9; abstaining 27"
    "favor ",
    # the side in favour in the sentence before: "93 States voted for it. Against — 24."
    "against:",
    "against —",
    "against –",
    "against—",
    "against–",
    "against -",
    # the other sides first, the side in favour later: "Against, 12; in favour, 30",
    # "Abstentions: 4; In favour: 30; Against: 12"
    "against,",
    "abstentions:",
    "abstentions,",
    "abstaining:",
    "abstaining,",
)


# Where a bare "80 to 17" may be a vote: a literal, how far before and after it to look.
_BARE_WINDOWS = (
    ("vote of", 25, 40),
    ("abstention", 90, 0),
    ("votes to", 25, 30),  # "receiving 70 votes to 40", "and 95 votes to 10"
    ("vote was", 0, 40),  # "the vote was 97 to 21"
    ("voting was", 0, 40),  # "the voting was 70 to 3": the gerund as the noun
    ("result was", 0, 40),
    ("vote stood at", 0, 40),
    ("voted ", 0, 30),  # "the Council voted 9 to 6 to adopt it"
    ("by vote of", 0, 30),  # "approved by vote of 34 to 9" (telegram style)
    (" vote", 16, 0),  # "by a 45 to 5 vote": the pair right before "vote"
)
# "The vote on the resolution was 97 to 21": the pair after "was", where a vote is named
# before it (:data:`_RESULT_WAS` then makes it one)
_VOTE_WAS_WINDOWS = ((" was ", 0, 16),)
# "approved by a show of hands, 30 to 4" (looked for only where the words are written)
_HANDS_WINDOWS = (("show of hands", 0, 40),)
# Right after a verb of outcome ("was carried 41 to 9", "adopted by 30 to 17"): the scan
# opens on the literal " to " before a digit (one fast search for the literal; the verbs
# are frequent in prose), then looks for the verb and the first figure right before it.
_BARE_TO = re.compile(r" to \d")
# "carried 41 to 9", "carried, 33 to 12", "carried by the narrowest of margins, 18 to 17"
_OUTCOME_MARGIN = (
    r"(?:carried|passed|adopted|approved|rejected|defeated|retained)"
    r"(?:\s{0,3},|\s{1,3}by(?:\s{1,3}(?:a|the)\s{1,3}(?:[a-z]{3,12}\s{1,3}){0,2}"
    r"(?:of\s{1,3})?margins?\s{0,3},)?)?"
)
_BARE_VERB = re.compile(rf"{_OUTCOME_MARGIN}\s{{1,3}}(?P<n>\d{{1,3}})$")
_BARE_VERB_REACH = 50  # characters before " to " where the verb may start


def _bare_verb_spots(lower: str) -> list[tuple[int, int]]:
    """Where "N to M" follows a verb of outcome in ``lower`` (windows for _HEAD_BARE).

    Examples
    --------
    >>> _bare_verb_spots("the motion was carried 41 to 9; pages 1 to 3")
    [(23, 43)]
    """
    spots = []
    for to in _BARE_TO.finditer(lower):
        if not lower[to.start() - 1].isdigit():  # "votes to 2": no figure before "to"
            continue
        verb = _BARE_VERB.search(lower, max(0, to.start() - _BARE_VERB_REACH), to.start())
        if verb is not None:
            spots.append((verb.start("n"), verb.start("n") + 20))
    return spots


# Right before a bare "97 to 21", words that make it a vote with nothing after it.
_RESULT_WAS = re.compile(
    r"\b(?:(?:vote|voting|result|tally)\s{1,3}(?:was|stood\s{1,3}at|of)|voted"
    # a day or what was voted on between: "The vote Thursday was 138 to 9", "The vote on
    # the resolution was 97 to 21" (words with no figure and no other verb)
    r"|vote(?:\s{1,3}(?!(?:was|is|were|and|but)\b)[A-Za-z’'-]{1,20}){1,4}\s{1,3}was"
    rf"|(?P<verb>show\s{{1,3}}of\s{{1,3}}hands\s{{0,3}},|{_OUTCOME_MARGIN}))\s{{1,3}}$",
    re.IGNORECASE,
)
_RESULT_WAS_REACH = 60


def _bare_heads(text: str, lower: str) -> list[re.Match[str]]:
    """Matches of :data:`_HEAD_BARE` in the windows of :data:`_BARE_WINDOWS`.

    Only these windows are searched: a bare "80 to 17" is a vote only there.
    """
    heads = matches_near(_HEAD_BARE, text, lower, _BARE_WINDOWS)
    if "vote " in lower and " was " in lower:  # "The vote Thursday was 138 to 9"
        heads.extend(matches_near(_HEAD_BARE, text, lower, _VOTE_WAS_WINDOWS))
    if "show of hands" in lower:
        heads.extend(matches_near(_HEAD_BARE, text, lower, _HANDS_WINDOWS))
    if " to " in lower and (spots := _bare_verb_spots(lower)):
        heads.extend(matches_in(_HEAD_BARE, text, spots))
    return heads


def _finish_head(text: str, match: re.Match[str], tally: Tally) -> Tally:
    """Set the outcome of a vote read from a head, and its sides as the sentence says."""
    if match.re is _HEAD_BY and match["against"] is not None:
        _side_voted_against(text, tally)
    tally.outcome = _outcome_before(text, tally.start) or _outcome_after(text, tally.end)
    if _unlabelled_pair(match):
        _prevailing_side(text, tally, match.end("against"))
    elif _majority_against(match) and tally.outcome != "adopted":
        # "decided, by a majority of 22 to 21 against, not to ...": the majority voted against
        _prevailing_side(text, tally, match.end("against"), rejected=True)
    return tally


def _majority_against(match: re.Match[str]) -> bool:
    """Whether a head is a majority whose pair "against" follows ("a majority of 22 to 21 against").

    "Against" after the pair says which side the majority took, not that the second count
    voted against, unless the counts are votes ("by 40 votes to 2 against").
    """
    return (
        match.re is _HEAD_BY
        and (match["word"] or "").lower() == "majority"
        and match["against"] is not None
        and match["against_word"] is not None
        and match["votes"] is None
        and match["in_favour"] is None
        and match["to"].lower() == "to"
    )


def _unlabelled_pair(match: re.Match[str]) -> bool:
    """Whether a head writes its first two counts with no word of their sides ("by 42 to 28")."""
    if match.re is _HEAD_BARE:
        return True
    if match.re is not _HEAD_BY or match["against"] is None:
        return False
    return (
        match["in_favour"] is None
        and match["against_word"] is None
        and match["favour_of"] is None
        and match["to"].lower() not in ("against", "versus")
    )


# A text "rejected by 42 votes to 28" or "defeated 61-43", a vote "58-45 against the
# resolution": the side that prevailed is the larger, and it voted against. Only where
# the sentence names neither side, and not where more than half was needed or one vote
# decided ("failed to obtain the two-thirds majority", "the negative vote of a permanent
# member"): there the larger side may have been in favour. "Not adopted" and "failed" say
# only that the text did not pass.
_PREVAILING_VERBS = frozenset({"rejected", "defeated", "was lost", "were lost", "is lost"})
_AGAINST_OBJECT = re.compile(r"\s{1,3}against(?=\s{1,3}(?:it|them|the|this|that|its|an?)\b)", re.I)
_MAJORITY_RULE = re.compile(
    r"two[\s-]{1,3}thirds|veto|negative\s{1,3}vote|required\s{1,3}majority|permanent\s{1,3}member",
    re.IGNORECASE,
)


def _prevailing_side(text: str, tally: Tally, pair_end: int, *, rejected: bool = False) -> None:
    """Make the larger of two unnamed sides the side against where it rejected the text.

    ``pair_end`` is where the second count ends; ``rejected`` says the text was rejected
    when the sentence does not say so next to this vote. The vote is changed in place.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "The motion was rejected by 51 votes to 36."
    >>> vote = Tally("vote", 27, 41, [Part("in favour", 51, 27, 29), Part("against", 36, 39, 41)])
    >>> _prevailing_side(text, vote, 41)
    >>> [(p.category, p.count) for p in vote.parts]
    [('in favour', 36), ('against', 51)]
    """
    if len(tally.parts) < 2:
        return
    favour, against = tally.parts[0], tally.parts[1]
    if (favour.category, against.category) != ("in favour", "against"):
        return
    if favour.count is None or against.count is None or favour.count <= against.count:
        return
    named = _AGAINST_OBJECT.match(text, pair_end)
    if named is None and not (rejected or _rejected_by(text, tally)):
        return
    if _MAJORITY_RULE.search(text, max(0, tally.start - 200), tally.end + 150) is not None:
        return
    favour.category, against.category = "against", "in favour"
    tally.parts[0], tally.parts[1] = against, favour
    if named is not None and tally.end == pair_end:
        tally.end = named.end()  # "voted 58-45 against the resolution, while 27 abstained"
        extend_vote(text, tally)
    if named is not None:
        tally.outcome = tally.outcome or "rejected"


# A clause of its own between a verb of rejection and a later vote: "rejected the motion by
# 9 votes to 4 and the Assembly confirmed the report by 120 votes to 5".
_OWN_CLAUSE = re.compile(
    r"\b(?:and|but|while|whereas)\b[^.;]*?\b(?:\w+ed|was|were|is|are|has|have|had)\b",
    re.IGNORECASE,
)


def _rejected_by(text: str, tally: Tally) -> bool:
    """Whether the sentence says its text was rejected by this vote (before or after it)."""
    verb = _outcome_verb_match(text, tally.start)
    if (
        verb is not None
        and " ".join(verb["verb"].lower().split()) in _PREVAILING_VERBS
        and _OWN_CLAUSE.search(text, verb.end("verb"), tally.start) is None
    ):
        return True
    after = _OUTCOME_AFTER.match(text, tally.end, tally.end + 80)
    # "By a recorded vote of 143 to 5, the Committee rejected the proposal."
    return after is not None and after["not2"] in ("rejected", "defeated")


# Between two votes of one sentence: "the first by 98 votes to 8, the second by 95 to 10",
# "by 120 votes to 2 and by 118 to 3".
# "..., and amendment 2 by 38-60-29".
_PARALLEL_GAP = re.compile(
    r"\s{0,3}[,;]?\s{0,3}(?:(?:and|while|whereas)\s{1,3})?"
    r"(?:(?:the\s{1,3}(?:second|third|fourth|fifth|other|latter|last|next)"
    r"(?:\s{1,3}(?:one|text|draft|resolution|amendment|proposal|motion|paragraph))?"
    r"|(?:the\s{1,3})?(?:amendment|paragraph|article|draft|text|proposal|motion|preamble)"
    r"(?:\s{1,3}(?:\d{1,3}|[IVX]{1,4}|[A-Z])\b)?)"
    r"\s{0,3},?\s{0,3}(?:(?:was|were)\s{1,3}(?:adopted|approved|rejected)\s{1,3})?)?"
)
# A clause that opens on a later vote of the sentence, its noun elided, before bare
# figures: "...; the second, on the preamble, was 101 to 20 with 9 abstentions".
_PARALLEL_CLAUSE = re.compile(
    r"[;,]\s{0,3}(?:(?:and|while|whereas)\s{1,3})?"
    r"the\s{1,3}(?:second|third|fourth|fifth|other|latter|last|next|final)"
    r"(?:\s{1,3}(?:one|vote|ballot|text|draft|resolution|amendment|proposal|motion|paragraph))?"
    r"(?:\s{0,3},\s{0,3}(?:on|concerning|regarding|for)\s{1,3}[^.;:,()]{1,60},)?"
    r"\s{1,3}(?:was|were)\s{1,3}$",
    re.IGNORECASE,
)


def _parallel_dashed(text: str, found: list[Tally]) -> list[Tally]:
    """Dashed figures after "by" that follow a vote of the same sentence as its parallel.

    "The first text was adopted by a vote of 112-4-30; the second by 98-20-40": two votes,
    the second with the outcome of the first where no verb of its own is written. Alone,
    "by 10-12" is a range.

    Examples
    --------
    >>> [[p.count for p in t.parts] for t in _parallel_dashed(
    ...     "adopted by a vote of 12-0-3, the second by 11-2-2", [Tally("vote", 0, 27, [])])]
    [[11, 2, 2]]
    """
    ends = sorted(tally.end for tally in found)
    spots = [
        (max(0, match.start() - 12), match.start())
        for match in _DIGIT_DASH_DIGIT.finditer(text, ends[0])
    ]
    parallel: list[Tally] = []
    for tally in _dashed_votes(text, matches_in(_HEAD_DASHED_BY, text, spots)):
        before = bisect.bisect_right(ends, tally.start)
        head_start = text.rfind("by", 0, tally.start)
        if before == 0 or head_start - ends[before - 1] > 60:
            continue
        gap = _PARALLEL_GAP.fullmatch(text, ends[before - 1], head_start)
        if gap is None:
            continue
        previous = next(t for t in found if t.end == ends[before - 1])
        tally.outcome = tally.outcome or previous.outcome
        parallel.append(tally)
    if " and " in text:
        for tally in _dashed_votes(text, matches_in(_HEAD_DASHED_AND, text, spots)):
            before = bisect.bisect_right(ends, tally.start)
            head_start = text.rfind("and", 0, tally.start)
            between = text[ends[before - 1] : head_start] if before else "?"
            if len(tally.parts) < 3 or between.strip(" ,"):
                continue  # only right after the vote before: "by 132-2-5 and 130-3-6"
            previous = next(t for t in found if t.end == ends[before - 1])
            tally.outcome = tally.outcome or previous.outcome
            parallel.append(tally)
    return parallel


# An earlier vote a vote is compared with, right after it: "passed 165–7 with 12
# abstentions, down from 187–2 with one abstention last year".
_HEAD_DASHED_EARLIER = re.compile(
    rf"""
    (?<!\w)(?:(?:down|up){GAP}from|compared{GAP}(?:with|to)){GAP}{_DASHED_FIGURES}
    # the figures end the clause or go on as a vote does ("with one abstention last year");
    # "up from 10-12 members" is a range of a noun
    (?=\s{{0,3}}(?:[.,;:)]|$)|{GAP}(?:with|last|in|at|a{GAP}year|the{GAP}(?:previous|year))\b)
    """,
    _FLAGS,
)
_EARLIER_GAP = re.compile(r"\s{0,3}[,;]?\s{0,3}")


def _earlier_dashed(text: str, found: list[Tally]) -> list[Tally]:
    """The earlier vote a vote is compared with, as dashed figures right after it.

    Alone, "down from 187–2" may be a range; right after a vote it is the vote it is
    compared with.

    Examples
    --------
    >>> text = "It passed 165–7 with 12 abstentions, down from 187–2 with one abstention."
    >>> [[p.count for p in t.parts] for t in _earlier_dashed(text, [Tally("vote", 10, 35, [])])]
    [[187, 2, 1]]
    """
    ends = sorted(tally.end for tally in found)
    spots = [
        (max(0, match.start() - 24), match.start() + 60)
        for match in _DIGIT_DASH_DIGIT.finditer(text, ends[0])
    ]
    heads = []
    for match in matches_in(_HEAD_DASHED_EARLIER, text, spots):
        before = bisect.bisect_right(ends, match.start())
        if before and _EARLIER_GAP.fullmatch(text, ends[before - 1], match.start()) is not None:
            heads.append(match)
    return _dashed_votes(text, heads)


def _parallel_votes(text: str, found: list[Tally], weak: list[re.Match[str]]) -> list[Tally]:
    """Bare heads "by 95 to 10" that follow a vote of the same sentence as its parallel.

    Alone, "by 95 to 10" may be anything ("rose by 10 to 20"); right after "the first by
    98 votes to 8," it is the second vote.
    """
    parallel: list[Tally] = []
    if not weak:
        return parallel
    ends = sorted(tally.end for tally in found)
    for match in weak:
        before = bisect.bisect_right(ends, match.start())
        if before == 0 or match.start() - ends[before - 1] > 60:
            continue
        gap = _PARALLEL_GAP.fullmatch(text, ends[before - 1], match.start())
        head = _head(text, match) if gap is not None else None
        tally = _complete(text, head[0], True) if head is not None else None
        if tally is not None:
            parallel.append(_finish_head(text, match, tally))
            ends.insert(bisect.bisect_right(ends, tally.end), tally.end)
    return parallel


# "The Committee voted against the amendment by a margin of 19 to 16": the first count
# is that of the side the sentence names, those against.
# Not when the vote is that of another clause: "we voted against resolution 3379, adopted
# by 72 votes to 35".
_VOTED_AGAINST = re.compile(
    r"\bvot(?:ed|es|ing)\s{1,3}(?:against|down)\b"
    r"(?:(?!adopted|approved|carried|passed|rejected|defeated|which|that|when)[^.;:\d]){0,100}$",
    re.IGNORECASE,
)


# "The Council voted by 10 votes to 5 against the proposal": "against" with an object
# after the counts says which way the first count voted; "voted" right before "by".
_VOTED_BEFORE_BY = re.compile(r"\bvoted\s{1,3}$", re.IGNORECASE)


def _side_voted_against(text: str, tally: Tally) -> None:
    """Swap the first two counts of a vote "voted against ... by N to M" (N against).

    So too "voted by N to M against the proposal", where "against" takes an object.
    """
    against_after = (
        text.startswith("by", tally.start)
        and _VOTED_BEFORE_BY.search(text, max(0, tally.start - 12), tally.start) is not None
        # the head read "against" as the side of the second count: it ends the tally
        and _AGAINST_OBJECT.match(text, max(tally.start, tally.end - len(" against"))) is not None
    )
    if (
        not against_after
        and _VOTED_AGAINST.search(text, max(0, tally.start - 110), tally.start) is None
    ):
        return
    favour, against = tally.parts[0], tally.parts[1]
    if favour.category != "in favour" or against.category != "against":
        return
    favour.category, against.category = "against", "in favour"
    tally.parts[0], tally.parts[1] = against, favour


def _favour_and_against(text: str, start: int) -> bool:
    """Whether "123 votes in favor and none against" starts at ``start``.

    The in-favour head reads both counts, so "by 123 votes in favor" is no one-count vote.
    """
    match = _HEAD_FAVOUR.match(text, start)
    return match is not None and match["against"] is not None


_A_BEFORE = re.compile(r"\b(?:by\s{1,3})?an?\s{1,3}$")


def _bare_is_vote(text: str, match: re.Match[str]) -> bool:
    """Whether "45 to 12" without "by" is a vote.

    "A vote of 45 to 12" is; so is a count in a sentence about a vote ("the result was 80
    to 17 with 25 abstentions": abstentions must follow, :func:`_complete` checks), or a
    result that names the votes and ends its clause ("The result was 58 votes to 31"); a
    range ("from 10 to 20", "between 5 to 8") never is.
    """
    if match["vote_of"] or (match["vote_after"] and _A_BEFORE.search(text, 0, match.start())):
        return True  # "a vote of 45 to 12", "by a 45 to 12 vote"
    # Right after a verb of outcome or "a show of hands,", the figures end the clause ("the
    # motion was carried 41 to 9", "carried 41 to 9 on Friday"): "adopted 3 to 5
    # recommendations" and "a show of hands, 30 to 40 people" count no votes.
    verb = _RESULT_WAS.search(text, max(0, match.start() - _RESULT_WAS_REACH), match.start())
    if verb is not None and verb["verb"] and _BARE_END.match(text, match.end()) is None:
        return False
    before = text[max(0, match.start() - 12) : match.start()].split()
    # "of 5 to 8" is a range; "a tie of 18 votes to 18" counts votes on both sides.
    ranges = ("from", "between", "aged", "ages") + (() if match["votes"] else ("of",))
    if before and before[-1].lower() in ranges:
        return False
    if (
        match["votes"]
        and verb is not None
        and not verb["verb"]
        and _BARE_END.match(text, match.end()) is not None
    ):
        return True  # "The result was 10 votes to 3": the result names the votes
    if _VOTE_CONTEXT.search(text, max(0, match.start() - 160), match.start()) is not None:
        return True
    # "the first vote was 90 to 40 ...; the second, on the preamble, was 101 to 20 ..."
    clause = _PARALLEL_CLAUSE.search(text, max(0, match.start() - 100), match.start())
    return (
        clause is not None
        and _VOTE_CONTEXT.search(text, max(0, clause.start() - 160), clause.start()) is not None
    )


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
    start = match.start("verb")
    while end > start and text[end - 1].isspace():
        end -= 1
    return Tally(
        "vote",
        start,
        end,
        [],
        outcome=outcome,
        ocr_corrected=match["verb"] in ("Adapted", "Adoptcd"),
    )


# "The draft resolution was adopted without a vote.", "The Assembly then adopted the draft
# decision by consensus.", "The General Committee recommended without a vote that the item
# be included", "the amendment was adopted unanimously", "The Assembly also
# adopted a decision on Gibraltar, again without a vote", "All the decisions were taken by
# consensus, without voting", "The Assembly decided by consensus to postpone ...", and an
# election with no ballot: "The Council elected Ghana by acclamation", "the Assembly
# elected those candidates without a vote".
_OUTCOME_STATEMENT = re.compile(
    rf"""
    \b(?<!which\s)(?<!that\s)(?<!who\s)  # "which was adopted ...": it describes, not reports
    (?:
        (?:was|were|been|be|being|is|are)(?:{GAP}(?:then|subsequently|also|finally|thus))?{GAP}
      # the body's name in lower case too, as news agencies write it: "the assembly
      # approved the new term by consensus"
      | (?P<body>[Aa]ssembly|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Cc]onference|[Bb]oard
        |Meeting|Court|it|they)
        # the rest of its name: "the Special Committee on Decolonization", "the Committee
        # on the Rights of the Child"
        (?:{GAP}(?:on|of|for){GAP}(?:the{GAP})?[A-Z][\w’'-]{{1,30}}
          (?:{GAP}(?:(?:and|of|the|on){GAP})?[A-Z][\w’'-]{{1,30}}){{0,3}})?
        (?:\s{{0,3}}\([^()]{{1,60}}\))?          # "Third Committee (Social, ...)"
        (?:{GAP}(?:then|subsequently|also|finally|thus|today|(?:this|that){GAP}(?:morning
          |afternoon|evening)))?{GAP}
      | and{GAP}(?:then|subsequently|also|finally|later){GAP}    # "..., and then adopted"
    )
    (?:(?P<verb>adopted|approved|decided|agreed|taken|recommended)
      |(?P<elected>elected|appointed|re-elected))
    # what was adopted, with no vote of its own ("adopted the resolution by 120 votes to
    # 3, and then adopted, without a vote, a decision" holds two adoptions), or who was
    # elected ("elected Ghana", "elected those candidates")
    (?P<object>{GAP}(?:the|this|that|these|those|its|an?|all|both|draft|it|them|resolution
        |decision|text|amendments?|report|proposal|recommendation|conclusions?
        |[A-Z][\w’'-]{{1,30}})
        # a name's title and country: "elected Ms. Ortiz (Peru) Rapporteur"; a text's
        # title in quotes, one piece however long: "entitled “Agricultural technology for
        # sustainable development”"
        (?:(?!votes?\b)[^.;:()“”]|\.(?=\S)|(?<=\bM[rs])\.|(?<=\bMrs)\.|\([^()]{{1,40}}\)
          |“[^“”]{{1,250}}”){{0,80}}?)?
    \s{{0,3}},?{GAP}                       # "The Assembly adopted, without a vote, a draft"
    (?:(?:again|also|once{GAP}again){GAP})?  # "..., again without a vote"
    (?P<how>without{GAP}(?:(?:a{GAP})?vot(?:e|ing)|objection)|(?:by|with){GAP}consensus
      |unanimously|by{GAP}acclamation)\b
    """,
    re.VERBOSE,
)
# The adverb before the verb: "the resolution was unanimously adopted", "the Council
# unanimously approved the text", "a resolution was unanimously passed".
_UNANIMOUSLY_FIRST = re.compile(
    rf"""
    \b(?<!which\s)(?<!that\s)(?<!who\s)
    (?:(?:was|were|been|be|being|is|are)(?:{GAP}(?:then|subsequently|also|finally))?
      | (?P<body>Assembly|Council|Committee|Commission|Conference|Board|Meeting|Court|it|they)
        # a time between the body and the adverb: "The Security Council this morning
        # unanimously adopted", "the Council today unanimously approved"
        (?:{GAP}(?:today|(?:this|that){GAP}(?:morning|afternoon|evening)
          |on{GAP}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?
    )
    {GAP}(?P<how>unanimously|(?(body)Unanimously|(?!))){GAP}
    (?P<verb>adopted|approved|passed|endorsed
      # a body's acts that its resolutions are: "the Council unanimously extended the
      # mandate" (only after the body itself); a headline's present: "Security Council
      # Unanimously Adopts Its Annual Report", read again in sentence case
      |(?(body)(?:extended|renewed|authori[sz]ed|adopts|approves|extends|renews
        |authori[sz]es|Adopts|Approves|Extends|Renews|Authori[sz]es)|(?!)))\b
    """,
    re.VERBOSE,
)
# The unanimous adoption as a participle of the main clause's body, before it or after:
# "Unanimously adopting resolution 2406 (2018), the Council extended the mandate", "The
# Council extended the mandate until March, unanimously adopting resolution 2406 (2018)",
# "Adopting unanimously resolution 2463 (2019), the Council ...", "Adopting a unanimous
# resolution, the 15-member body authorized ...". What is adopted must be a text ("adopting
# unanimously a common approach" is none): a resolution, decision, text or draft. The
# participle opens its sentence or follows a comma ("called for unanimously adopting texts"
# is a wish, none).
_UNANIMOUS_PARTICIPLE = re.compile(
    rf"""
    (?:^|(?<=[,.;:]\s)|(?<=[,.;:]\s\s)|(?<=\n))
    (?:[Bb]y{GAP})?  # "By unanimously adopting a five-page resolution on ..., the Commission"
    (?:\b(?P<how>[Uu]nanimously){GAP}(?P<verb>adopting|approving|passing){GAP}
      | \b(?P<verb_first>[Aa]dopting|[Aa]pproving|[Pp]assing)
        {GAP}(?:(?P<how_after>unanimously){GAP}|a{GAP}(?P<how_adjective>unanimous){GAP}))
    (?:(?:its|the|a|this|that){GAP})?(?:[a-z]{{1,12}}-[a-z]{{1,12}}{GAP})?(?:draft{GAP})?
    (?:resolutions?|decisions?|texts?|presidential{GAP}statements?)\b
    """,
    re.VERBOSE,
)
# A decision to adopt, reached as one: "The Conference reached a unanimous decision to adopt
# a Convention", "the Board took a unanimous decision to approve the plan".
_UNANIMOUS_DECISION_TO_ADOPT = re.compile(
    rf"""
    \b(?:reached|took|made){GAP}(?:a|its|their){GAP}(?P<how>unanimous)
    {GAP}decision{GAP}to{GAP}(?P<verb_purpose>adopt|approve)\b
    """,
    re.VERBOSE,
)
# A vote called unanimous that opens its clause: "In a unanimous vote, the Council
# renewed the mandate", "by a unanimous vote, the Board approved".
_UNANIMOUS_VOTE = re.compile(
    rf"""
    \b(?:[Ii]n|[Bb]y|[Ww]ith|[Tt]hrough){GAP}(?:a|its|their){GAP}(?P<how>unanimous)
    {GAP}(?P<verb>vote|decision)\s{{0,3}},{GAP}(?:the{GAP})?
    (?:[A-Z][\w’'-]{{1,30}}{GAP}){{0,3}}?(?:[a-z][\w-]{{1,20}}{GAP}){{0,2}}?
    (?:[a-z]{{3,20}}ed)\b
    """,
    re.VERBOSE,
)
# A body that voted as one: "the Council voted unanimously to extend the mandate", "the
# United Nations voted unanimously for the condemnation of aggression".
_VOTED_UNANIMOUSLY = re.compile(
    rf"""
    \b(?<!which\s)(?<!that\s)(?<!who\s)(?P<verb>voted){GAP}(?P<how>unanimously)\b
    # a time between: "The Security Council voted unanimously today to extend ..."
    (?={GAP}(?:(?:today|yesterday|(?:this|that){GAP}(?:morning|afternoon|evening)
        |on{GAP}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){GAP})?
        (?:to|for|in{GAP}favou?r)\b|\s{{0,3}}[—–.;,-])
    """,
    re.VERBOSE,
)
# A second verb joined to a first one: "The draft was introduced by Chile and adopted
# without a vote", "... was submitted by three States and adopted unanimously", "The
# Committee debated the text and adopted it by consensus". It reports only where a verb in
# the past comes before it in a main clause (no "which was").
_AND_ADOPTED = re.compile(
    rf"""
    \band{GAP}(?P<verb>adopted|approved|passed)
    (?:{GAP}(?:it|them|the{GAP}(?:draft{GAP})?(?:texts?|resolutions?|decisions?|reports?)))?
    \s{{0,3}},?{GAP}(?P<how>without{GAP}(?:a{GAP})?vote|(?:by|with){GAP}consensus|unanimously)\b
    """,
    re.VERBOSE,
)
_PAST_BEFORE = re.compile(r"\b(?:[a-z]{3,20}ed|upheld|held|heard|took|met|began|made)\b")
_RELATIVE_PASSIVE = re.compile(r"\b(?:which|that|who)\s{1,3}(?:was|were|had|has|have)\b")
# The way of adoption first: "The General Assembly, acting without a vote, adopted three
# resolutions", "Acting by consensus, the Committee approved the text", "The Security
# Council, acting unanimously today, decided to renew ...", "Acting without a vote, the
# Assembly first adopted ...".
_ACTING_STATEMENT = re.compile(
    rf"""
    \b[Aa]cting{GAP}(?P<how>without{GAP}(?:a{GAP})?vote|by{GAP}consensus|unanimously)
    (?:{GAP}(?:today|yesterday|this{GAP}(?:morning|afternoon|evening)))?\s{{0,3}},{GAP}
    (?:(?:the{GAP})?(?:General{GAP}|Security{GAP})?(?:Assembly|Council|Committee|Commission
        |Conference|Board|Meeting|it|they)
        {GAP}(?:(?:then|subsequently|also|finally|thus|first|further|today){GAP})?)?
    (?P<verb>adopted|approved|[a-z]{{3,20}}ed)\b   # "acting without a vote, reiterated"
    # the adoption as the act's purpose: "Prior to acting without a vote to adopt the text
    # as a whole, the Assembly held a separate vote"
    | \b[Aa]cting{GAP}(?P<how_purpose>without{GAP}(?:a{GAP})?vote|by{GAP}consensus)
      {GAP}to{GAP}(?P<verb_purpose>adopt|approve)\b
    """,
    re.VERBOSE,
)
# A record's note on a text, in brackets or opening its line: "[Resolution adopted without
# a vote.]", "Decision adopted by consensus", "Draft resolution approved unanimously".
_RECORD_NOTE = re.compile(
    rf"""
    (?:^|(?<=\[)|(?<=\n))\s{{0,3}}(?:[Dd]raft{GAP})?(?:[Rr]esolution|[Dd]ecision)s?
    (?:{GAP}[\dA-Z][\w/.()-]{{0,20}})?{GAP}(?P<verb>adopted|approved){GAP}
    (?P<how>without{GAP}(?:a{GAP})?vote|(?:by|with){GAP}consensus|unanimously)\b
    """,
    re.VERBOSE,
)
# A headline's text with its adoption in commas: "By Resolution 1167 (1998), Adopted
# Unanimously, Council Calls for ...", read again in sentence case as "By resolution 1167
# (1998), adopted unanimously, council calls for ...". Only after "By" (or "In") and the
# text's number: "Recalling resolution 242, adopted unanimously" is a recital, none. The
# date of the adoption may follow its manner: "By resolution 65/92, adopted without a
# vote on 8 December 2010, the General Assembly, inter alia, noted ...".
_BY_TEXT_ADOPTED = re.compile(
    rf"""
    (?:^|(?<=[.;:]\s))(?:[Bb]y|In){GAP}(?:its{GAP})?(?:[Rr]esolution|[Dd]ecision){GAP}
    \d[\w/.-]{{0,12}}(?:{GAP}\(\d{{4}}\))?\s{{0,3}},{GAP}(?P<verb>adopted|approved){GAP}
    (?P<how>unanimously|without{GAP}(?:a{GAP})?vote|by{GAP}consensus)
    (?:{GAP}(?:on{GAP}\d{{1,2}}{GAP}[A-Z][a-z]{{2,8}}(?:{GAP}\d{{4}})?|today
      |this{GAP}(?:morning|afternoon|evening)))?\s{{0,3}},
    """,
    re.VERBOSE,
)
# The text a press release reports the decisions of, its adoption in a relative or a
# participle before the main clause: "By the text (document A/77/L.52), which was adopted
# without a vote, the Assembly decided ...", "By the terms of the resolution titled “...” —
# which was approved without a vote — the Special Committee supported ...", "..., by the
# terms of a draft resolution adopted without a vote this morning". A recital ("Recalling
# that by its resolution 56/203, which was adopted without a vote, ...") is none. "In" at
# a sentence's start opens the same phrase in a speech: "In its resolution 1368 (2001),
# which was adopted unanimously, the Security Council rightly qualified ...".
_BY_TEXT_WHICH_ADOPTED = re.compile(
    rf"""
    (?:\b[Bb]y|(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))In)
    {GAP}(?:the{GAP}terms{GAP}of{GAP})?(?:the|a|an|its|this|that)
    {GAP}(?:(?:draft|revised|amended|new|related|[Ss]ecurity{GAP}Council|[Aa]ssembly){GAP})?
    (?:text|resolution|decision|draft|report)\b   # "By the report (document E/C.2/...), adopted"
    # what the text is or says, no vote of its own, with a document's symbol ("L.52")
    (?:(?!\bvot)[^.;]|\.(?=\S)){{0,300}}?
    (?:\s{{0,3}}(?:,|—|–|--))?{GAP}(?:(?:which|that){GAP}(?:was|were){GAP})?
    (?P<verb>adopted|approved){GAP}
    (?P<how>without{GAP}(?:a{GAP})?vote|by{GAP}consensus|unanimously)\b
    """,
    re.VERBOSE,
)
# A text whose terms a press release reports, its adoption and manner set off by commas
# between the text and the main clause: after "According to", "Under" or "Through" that
# open the sentence ("According to another nuclear-related text, approved without a vote,
# the Assembly would call upon ...", "Under the draft on oceans, approved by consensus,
# the Assembly would ..."), or as the subject of the release's "would" ("A second text on
# “...”, approved as amended and without a vote, would have the General Assembly decide
# ...", "The draft, which was approved without a vote, would have the Assembly urge ...").
# What a text is described as, with no report of its terms, stays none ("One such case was
# the draft resolution ..., which was approved without a vote."), and so does a reduced
# relative ("Under the decision adopted by consensus last year, ..."): the commas are
# needed.
_TERMS_REPORTED = re.compile(
    rf"""
    (?:^|(?<=[.;]\s)|(?<=[.;]\s\s))
    (?:(?P<lead>According{GAP}to|Under|Through)
        {GAP}(?:the|a|an|its|this|that|another|one{GAP}(?:other|of{GAP}the))
      | (?:The|A|An|Another|This|That))
    # what kind of text, in up to three words: "a second", "another nuclear-related"
    {GAP}(?:(?!(?:which|that|was|were|adopted|approved)\b)[\w’'-]{{1,25}}{GAP}){{0,3}}?
    (?:text|resolution|decision|draft|report)s?\b
    # what the text is or says, no vote of its own
    (?:(?!\bvot)[^.;]|\.(?=\S)){{0,300}}?
    \s{{0,3}}(?:,|—|–|--){GAP}(?:(?:which|that){GAP}(?:was|were){GAP})?
    (?P<verb>adopted|approved)
    (?:{GAP}as{GAP}(?:orally{GAP})?(?:amended|revised|corrected)(?:{GAP}and)?)?  # "as amended and"
    \s{{0,3}},?{GAP}(?P<how>without{GAP}(?:a{GAP})?vote|by{GAP}consensus|unanimously)
    (?:{GAP}(?:today|this{GAP}(?:morning|afternoon|evening)))?
    \s{{0,3}}(?:,|—|–|--)
    (?(lead)|{GAP}would\b)   # the subject's own verb: "would have the Assembly ..."
    """,
    re.VERBOSE,
)
_TERMS_REPORTED_LITERALS = ("According to ", "Under ", "Through ", " would ")
# Texts counted, then the way all of them were adopted: "The Council adopted four
# resolutions and one decision, all without a vote", "approved 12 drafts, all by consensus".
_ALL_ADOPTED_SO = re.compile(
    rf"""
    \b(?<!which\s)(?<!that\s)(?P<verb>adopted|approved)
    {GAP}(?:[^.;:()—–]){{1,120}}?\b(?:resolution|decision|text|draft|amendment)s?
    # the time of the act between: "adopted three resolutions today, all without a vote"
    (?:{GAP}(?:today|yesterday|this{GAP}(?:morning|afternoon|evening)
      |on{GAP}\d{{1,2}}{GAP}[A-Z][a-z]{{2,8}}(?:{GAP}\d{{4}})?))?
    \s{{0,3}},{GAP}(?P<every>all|each|both){GAP}(?:of{GAP}them{GAP})?
    (?P<how>without{GAP}(?:a{GAP})?vote|by{GAP}consensus|unanimously)\b
    """,
    re.VERBOSE,
)
# The adoption in a phrase on the text that holds the decision: "In a resolution adopted
# without a vote, the Council decided ...", "... by a decision adopted by consensus".
_ADOPTED_TEXT = re.compile(
    rf"""
    \b(?:[Ii]n|[Bb]y|[Tt]hrough|[Ww]ith){GAP}(?:a|the|its|this|one){GAP}
    (?:resolution|decision|text|presidential{GAP}statement)
    # what it is on, the adoption set off by commas: "In a resolution on the situation of
    # human rights in Myanmar, adopted without a vote, the Commission expressed ..."
    (?:{GAP}(?:on|concerning|entitled|titled)\b(?:(?!\bvot)[^.;:()]){{1,150}}?\s{{0,3}},)?
    {GAP}(?P<verb>adopted|approved){GAP}
    (?P<how>without{GAP}(?:a{GAP})?vote|(?:by|with){GAP}consensus|unanimously)\b
    """,
    re.VERBOSE,
)
# The outcome as a list of results records it, after its label: "Vote result: adopted
# without a vote", "Action taken: approved by consensus", "Outcome: adopted unanimously".
_OUTCOME_LABELLED = re.compile(
    rf"""
    \b(?:[Vv]ot(?:e|ing){GAP}[Rr]esults?|[Rr]esults?(?:{GAP}of{GAP}the{GAP}vote)?|[Oo]utcome
      |[Aa]ction(?:{GAP}taken)?|[Dd]ecision)\s{{0,3}}:\s{{0,3}}
    (?P<verb>[Aa]dopted|[Aa]pproved)\s{{0,3}},?{GAP}
    (?P<how>without{GAP}(?:(?:a{GAP})?vot(?:e|ing)|objection)|(?:by|with){GAP}consensus
      |unanimously|by{GAP}acclamation)\b
    """,
    re.VERBOSE,
)
# A headline's outcome, in title case or capitals: "Eight Further Drafts Approved Without
# Vote", "Third Committee Approves Two Drafts by Consensus", "ASSEMBLY ADOPTS 24 TEXTS
# WITHOUT A VOTE". The verb is a headline's present ("Adopts") or a participle after a
# plural noun ("Drafts Approved"): an adoption line's "Adopted unanimously at the 906th
# meeting" is read as such, not here.
_HEADLINE_OUTCOME = re.compile(
    rf"""
    (?:\b(?P<verb>(?-i:Adopts|Approves|ADOPTS|APPROVES))
      # after a plural noun, or after the name a text is on ("Resolution on Afghanistan
      # Adopted without Vote"), never at a line's start
      |(?:(?<=[a-zS]s\s)|(?<=\b(?-i:on|ON)\s)(?:(?-i:[A-Z][a-z]{{2,30}}|[A-Z]{{3,30}})\s){{1,3}})
       (?P<participle>(?-i:Adopted|Approved|ADOPTED|APPROVED)))
    # the object in words only: texts counted by type are a split of their own ("Adopts 24
    # Resolutions and 2 Decisions Without Vote")
    (?:{GAP}(?:[A-Z][\w’'-]{{0,25}}|(?-i:on|of|for|and|the|to|in|ON|OF|FOR|AND|THE|TO|IN))){{0,8}}?
    {GAP}(?P<how>(?-i:[Ww]ithout|WITHOUT)(?:{GAP}(?-i:a|A))?{GAP}(?-i:Vote|VOTE)
      |(?-i:[Bb]y|BY){GAP}(?-i:Consensus|CONSENSUS))\b
    """,
    re.VERBOSE,
)
_HEADLINE_HOW_WORDS = ("Without", "WITHOUT", "Consensus", "CONSENSUS")
# A mandate or a text renewed without a vote: "The mandate ... was extended for a period
# of one year, without a vote."
_RENEWED_STATEMENT = re.compile(
    rf"""
    \b(?<!which\s)(?<!that\s)(?:was|were){GAP}(?P<verb>extended|renewed|endorsed)\b
    (?:(?!votes?\b)[^.;:()]){{0,80}}?\s{{0,3}},?{GAP}
    (?P<how>without{GAP}(?:a{GAP})?vote|(?:by|with){GAP}consensus|unanimously)\b
    """,
    re.VERBOSE,
)


# A word that every "how" of _OUTCOME_STATEMENT holds (case as in the pattern).
_OUTCOME_HOW_WORDS = ("without", "consensus", "unanimous", "Unanimous", "acclamation")
# What every word of _HEADLINE_HOW_WORDS and _OUTCOME_HOW_WORDS holds: six scans of a
# paragraph that holds none of them (most do) in place of nine.
_HOW_STEMS = ("ithout", "ITHOUT", "onsensus", "ONSENSUS", "nanimous", "acclamation")
# What every "how" of _OUTCOME_STATEMENT, _OUTCOME_LABELLED and the other patterns run
# after "adopted" or "approved" in find_outcome_statements holds ("without prejudice" and
# "a broad consensus on" hold none).
_OUTCOME_HOW = re.compile(
    rf"without{GAP}(?:(?:a{GAP})?vot|objection)|consensus|unanimously|acclamation"
)
# An election a speaker congratulates on, not one a record reports: "you were elected",
# "on having been elected", "we were elected".
_ELECTED_ADDRESSED = re.compile(
    r"\b(?:(?:you|I|we)(?:\s{1,3}(?:were|was|are|am))?|been|being|be)\s{1,3}"
    r"(?:(?:also|then|thus|just)\s{1,3})?$",
    re.IGNORECASE,
)
# A hope, not an outcome: "could be decided by consensus", "would be adopted without a vote".
_MODAL_BEFORE = re.compile(
    r"\b(?:could|would|should|will|shall|may|might|can|must|to)\s{1,3}be$", re.IGNORECASE
)
# A word that every verb of _OUTCOME_STATEMENT holds, and the phrases of its "how" as
# written with single blanks.
_OUTCOME_VERBS = ("decided", "agreed", "taken", "recommended", "elected", "appointed")
_OUTCOME_HOW_PHRASES = (
    *("without a vote", "without vote", "without voting", "without objection"),
    *("consensus", "unanimously", "acclamation"),
)


# A veto stated without counts: "The draft resolution was vetoed by the United States",
# "China vetoed the draft", "the text failed to be adopted owing to the negative vote of a
# permanent member of the Council". A veto named in a relative clause ("a text that was
# vetoed") or as a power ("the right of veto") is none.
_VETO_STATEMENT = re.compile(
    rf"""
    \b(?<!which\s)(?<!that\s)(?<!who\s)
    (?:
        (?:was|were|been|being)(?:{GAP}(?:then|subsequently|also|finally|again))?{GAP}
            (?P<verb>vetoed)\b
      | (?P<active>vetoed)(?={GAP}(?:the|a|an|this|that|its|their)
            # the draft's sponsor or body between: "vetoed a Security Council draft
            # resolution", "vetoed the United States-led draft"
            {GAP}(?:[\w’'-]{{1,25}}{GAP}){{0,3}}?(?:draft|resolution|text|proposal|amendment)s?\b)
      | (?P<failed>(?:failed{GAP}(?:to{GAP}be{GAP}adopted|to{GAP}pass|of{GAP}adoption)
            # the President's formula: "The draft resolution has not been adopted, owing
            # to the negative vote of a permanent member of the Council."
            |(?:has|had|was|were){GAP}not{GAP}(?:been{GAP})?(?:adopted|approved)\s{{0,3}},?)
            {GAP}(?:owing{GAP}to|because{GAP}of|due{GAP}to|as{GAP}a{GAP}result{GAP}of)
            {GAP}(?:the|a){GAP}(?:negative{GAP}votes?{GAP}(?:of|by|from|cast{GAP}by)
            {GAP}(?:a|one|two|three|the)(?:{GAP}(?:of{GAP}the|of{GAP}its))?{GAP}permanent{GAP}members?
            (?:{GAP}of{GAP}the{GAP}(?:Security{GAP})?Council)?
            # the veto named: "The resolution was not adopted due to the veto by one of
            # the Permanent Members"
            |veto\b))
      # the veto as the cause before the failure: "Due to the veto of a permanent member,
      # the Security Council today failed for the fourth time to renew the mandate"
      | (?P<cause>(?:[Dd]ue|[Oo]wing){GAP}to){GAP}(?:the|a){GAP}veto\b
            (?:(?!\bvot)[^.;]){{0,160}}?\b(?:failed|was{GAP}unable|could{GAP}not)\b
    )
    """,
    re.VERBOSE,
)


# The subject of a main clause after a participle's phrase: "Taking up the draft, the ".
_MAIN_CLAUSE_OPENS = re.compile(r",\s{1,3}(?:the\s{1,3})?(?:[A-Z][\w'’-]*\s{1,3}){0,3}$")
# A preambular paragraph recalls what was decided elsewhere: "Noting that ...", "Having ...".
_RECITAL = re.compile(r"\s*(?:[A-Z][a-z]+ing|Having|Mindful|Aware|Convinced|Concerned|Deeply)\b")
# A recital's clause after "that": "Noting that, at its session, the Assembly adopted ...".
_RECITAL_THAT = re.compile(r"\s*[A-Z][a-z]+ing\s{1,3}(?:also\s{1,3})?that\b")
# A press release's sentence opens on a participle's phrase, then a body's main clause
# follows, its subject named and its verb in the past: "Concluding its seventy-sixth
# session today, the Sixth Committee (Legal) upheld ...", "Resuming its session today,
# the Special Committee on Decolonization approved, ...". A recital's clause after "that"
# ("Recalling that, at its session, the Assembly adopted ...") is no main clause.
_OPENER_THEN_MAIN_CLAUSE = re.compile(
    r"\s*[A-Z][a-z]+ing\b(?!\s{1,3}(?:also\s{1,3})?that\b)[^;:]{0,200}?,\s{1,3}the\s{1,3}"
    r"[A-Z][\w’'-]*(?:\s{1,3}(?:[A-Z][\w’'-]*|on|of|for|and|the)){0,6}"
    r"(?:\s{1,3}\([^()]{1,60}\))?(?:\s{1,3}(?:today|this\s{1,3}(?:morning|afternoon|evening)))?"
    r"\s{1,3}(?:also\s{1,3})?(?:[a-z]{3,20}ed|upheld|held|heard|took|met|began|made)\b"
)


def find_outcome_statements(text: str) -> list[Tally]:
    """Find sentences that state an outcome without counts.

    Parameters
    ----------
    text
        One paragraph (any string).

    Returns
    -------
    list of Tally
        Tallies of kind ``"vote"`` with no parts and ``outcome`` "adopted without a
        vote", "adopted by consensus", "adopted unanimously", "adopted by
        acclamation" or "adopted without objection" (also for a text decided, agreed or
        taken that way), "elected ..." or "appointed ..." for an election held
        without a ballot ("The Council elected Ghana by acclamation"), spanning from
        the verb to the end of the phrase, or "vetoed"
        ("The draft was vetoed", "China vetoed the draft", "failed to be adopted owing
        to the negative vote of a permanent member"). A participle
        in a recital ("Recalling its resolution 242, adopted unanimously") is none: the
        verb must be finite ("was adopted", "the Assembly adopted"), and a preambular
        paragraph ("Noting that the draft was adopted without a vote in the Second
        Committee") recalls another body's decision: none either, nor is a hope ("could
        be decided by consensus") or a speaker's courtesy ("you were elected by
        acclamation").

    Examples
    --------
    >>> find_outcome_statements("The draft resolution was adopted without a vote.")[0].outcome
    'adopted without a vote'
    >>> find_outcome_statements("The Council elected Ghana by acclamation.")[0].outcome
    'elected by acclamation'
    >>> find_outcome_statements("Recalling resolution 242, adopted unanimously")
    []
    """
    found: list[Tally] = []
    if "vetoed" in text or "negative vote" in text or "to the veto" in text:
        for match in _VETO_STATEMENT.finditer(text):
            group = next(g for g in ("verb", "active", "failed", "cause") if match[g])
            found.append(Tally("vote", match.start(group), match.end(), [], outcome="vetoed"))
    if "ecorded vote" in text or "oll-call vote" in text:
        found.extend(_counted_unstated(text))
    if not holds_any(text, _HOW_STEMS):
        return found  # a literal test is far cheaper than the patterns
    # a Title Case headline leaves "without" small: "Text Adopted without Vote"
    headline = holds_any(text, _HEADLINE_HOW_WORDS) or (
        "without Vote" in text or "without a Vote" in text
    )
    if not headline and not holds_any(text, _OUTCOME_HOW_WORDS):
        return found
    matches = []
    if headline:
        matches.extend(_HEADLINE_OUTCOME.finditer(text))
    if (
        "dopted" in text  # "Vote result: Adopted without a vote" too
        or "pproved" in text
        or (holds_any(text, _OUTCOME_VERBS) and holds_any(text, _OUTCOME_HOW_PHRASES))
    ) and _OUTCOME_HOW.search(text) is not None:
        # speeches say "decided" and "without" often, the phrases of an outcome seldom
        matches.extend(_OUTCOME_STATEMENT.finditer(text))
        if ":" in text:
            matches.extend(_OUTCOME_LABELLED.finditer(text))
        matches.extend(_ADOPTED_TEXT.finditer(text))
        if " all " in text or " each " in text or " both " in text:
            matches.extend(_ALL_ADOPTED_SO.finditer(text))
        if "esolution" in text or "ecision" in text:
            matches.extend(_RECORD_NOTE.finditer(text))
            matches.extend(_BY_TEXT_ADOPTED.finditer(text))
        if "y the " in text or "y a " in text or "y its " in text or "In " in text:
            matches.extend(_BY_TEXT_WHICH_ADOPTED.finditer(text))
        if holds_any(text, _TERMS_REPORTED_LITERALS):
            matches.extend(_TERMS_REPORTED.finditer(text))
    if "unanimously" in text or "Unanimously" in text:  # "Council Unanimously Adopts"
        matches.extend(_UNANIMOUSLY_FIRST.finditer(text))
        matches.extend(_VOTED_UNANIMOUSLY.finditer(text))
    if "nanimous" in text:
        if "dopting" in text or "pproving" in text or "assing" in text:
            matches.extend(_UNANIMOUS_PARTICIPLE.finditer(text))
        if "unanimous vote" in text or "unanimous decision" in text:
            matches.extend(_UNANIMOUS_VOTE.finditer(text))
        if "unanimous decision to" in text:
            matches.extend(_UNANIMOUS_DECISION_TO_ADOPT.finditer(text))
    if "cting " in text:
        matches.extend(_ACTING_STATEMENT.finditer(text))
    if (" was " in text or " were " in text) and (
        "extended" in text or "renewed" in text or "endorsed" in text
    ):
        matches.extend(_RENEWED_STATEMENT.finditer(text))
    if "and adopted" in text or "and approved" in text or "and passed" in text:
        matches.extend(_AND_ADOPTED.finditer(text))
    matches.sort(key=lambda match: match.start())
    for match in matches:
        reach = max(0, match.start() - 400)  # bounded: a long paragraph stays linear
        sentence = reach + sentence_starts(text[reach : match.start()])[-1]
        if match.re is _AND_ADOPTED and (
            _PAST_BEFORE.search(text, sentence, match.start()) is None
            or _RELATIVE_PASSIVE.search(text, sentence, match.start()) is not None
        ):
            continue  # "... which was submitted by Chile and adopted unanimously": described
        if (
            match.re is not _ACTING_STATEMENT
            and match.re is not _UNANIMOUS_PARTICIPLE  # its own participle opens the clause
            and match.re is not _TERMS_REPORTED  # "According to ...": no participle's recital
            and _RECITAL.match(text, sentence)
            # "Taking up the draft ..., the Committee approved it without a vote": a main
            # clause after the participle's phrase, no recital
            and not (
                match.groupdict().get("body")
                and _MAIN_CLAUSE_OPENS.search(text, sentence, match.start()) is not None
                and _RECITAL_THAT.match(text, sentence) is None
            )
            and _OPENER_THEN_MAIN_CLAUSE.match(text, sentence, match.end()) is None
        ):
            continue  # "Noting that that resolution was adopted unanimously,": another body

        if _MODAL_BEFORE.search(text, max(0, match.start() - 20), match.start() + 2):
            continue  # "5 of them could be decided by consensus": no outcome yet
        if match.groupdict().get("elected") and _ELECTED_ADDRESSED.search(
            text, max(0, match.start() - 30), match.start("elected")
        ):
            continue  # "I congratulate you on having been elected unanimously": a speech's courtesy
        groups = match.groupdict()
        how_group = next(
            g for g in ("how", "how_after", "how_adjective", "how_purpose") if groups.get(g)
        )
        how = " ".join(match[how_group].lower().split())
        how = "without a vote" if how.startswith("without") and "objection" not in how else how
        how = "by consensus" if how.endswith("consensus") else how  # "with consensus"
        how = "unanimously" if how == "unanimous" else how  # "a unanimous resolution"
        elected = groups.get("elected")  # "elected by acclamation"
        # "Drafts Approved", "Adopting unanimously resolution 2463"
        verb = next(
            (g for g in ("participle", "verb_first", "verb_purpose") if groups.get(g)), "verb"
        )
        start = min(match.start("elected" if elected else verb), match.start(how_group))
        if groups.get("every"):
            # "adopted four resolutions and one decision, all without a vote": the texts
            # stay a list of their own, the outcome spans the phrase of their way
            start = match.start("every")
        outcome = f"{elected.lower() if elected else 'adopted'} {how}"
        found.append(Tally("vote", start, match.end(), [], outcome=outcome))
    return found


# An act on a text taken by a counted vote whose counts the sentence leaves unsaid, the
# vote's mode set off by commas between the verb and the text: "as the General Assembly
# adopted, by a recorded vote, its annual resolution on ...", "The Council then rejected,
# by a roll-call vote, the draft submitted by ...". The mode (recorded, roll-call) says
# the vote was counted; the act says its outcome. An act on anything but a text stays
# another reader's ("rejected, by recorded vote, the application of two organizations" is
# a part of the NGO Committee's actions, session 33); a relative describes ("which was
# adopted, by recorded vote, ..."); "be adopted" is a request. A word of repetition may
# open the mode ("The Committee then rejected, also by recorded vote, an oral amendment
# ...": rejected; "also rejected, by recorded vote, the application of two organizations"
# stays none, its object no text).
_COUNTED_UNSTATED = re.compile(
    rf"""
    (?<!which\s)(?<!that\s)(?<!\bbe\s)(?<!\bto\s)
    (?<!which\swas\s)(?<!which\swere\s)(?<!that\swas\s)(?<!that\swere\s)
    \b(?P<verb>adopted|approved|passed|endorsed|rejected|defeated)
    \s{{0,3}},{GAP}(?:(?:also|again|once{GAP}again|then|likewise){GAP})?  # "rejected, also by"
    (?P<how_commas>(?:by|in){GAP}(?:a{GAP})?(?:recorded|roll-call){GAP}vote)
    \s{{0,3}},{GAP}(?:the|its|their|a|an|this|that)
    {GAP}(?:[\w’'-]{{1,25}}{GAP}){{0,3}}?
    (?:text|resolution|decision|draft|amendment|proposal|motion|report)s?\b
    """,
    _FLAGS,
)


def _counted_unstated(text: str) -> list[Tally]:
    """Votes of no parts whose act was taken by a recorded vote with no counts stated.

    >>> [t.outcome for t in _counted_unstated(
    ...     "The Assembly then adopted, by a recorded vote, its resolution on the question.")]
    ['adopted']
    >>> _counted_unstated("The Committee also rejected, by recorded vote, the application.")
    []
    >>> _counted_unstated("It was adopted by a recorded vote of 120 to 3.")
    []
    >>> _counted_unstated("He asked that the text be adopted by a recorded vote.")
    []
    """
    found = []
    for match in _COUNTED_UNSTATED.finditer(text):
        reach = max(0, match.start() - 400)
        sentence = reach + sentence_starts(text[reach : match.start()])[-1]
        if _MODAL_BEFORE.search(text, max(0, match.start() - 20), match.start() + 2):
            continue  # "it could be adopted by a recorded vote": no outcome yet
        if _RECITAL.match(text, sentence):
            # a participle's phrase opens the sentence: a recital ("Recalling resolution
            # 60/1, adopted by a recorded vote, ...", "Noting that ...") unless a main
            # clause with a verb of its own comes between it and the act ("Citing the
            # threat ..., delegates commended progress, as the Assembly adopted, by ...")
            comma = text.find(",", sentence, match.start())
            if (
                _RECITAL_THAT.match(text, sentence)
                or comma < 0
                or _PAST_BEFORE.search(text, comma, match.start()) is None
            ):
                continue
        verb = match["verb"].lower()
        outcome = "rejected" if verb in ("rejected", "defeated") else "adopted"
        found.append(Tally("vote", match.start(), match.end("how_commas"), [], outcome=outcome))
    return found


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
