"""What a sentence states before its vote: the whole its sides split, or a side put first.

A vote is usually written head first ("by 12 votes to 2, with 3 abstentions"), but a
sentence may open on what frames it:

- the whole the sides split, as the votes or ballots cast or the members voting: "A total
  of 186 votes were cast: 120 in favour, ...", "183 ballots were cast in the third round;
  98 in favour of Chile ...", "Of the 150 votes cast, 120 were ...",
  "with 189 members voting, Ecuador received 127 votes and Honduras 62", the members of
  a body where a count of them "voted" follows ("Of the 54 members of the Council, 31
  voted for Ms. Ruiz and 23 for Mr. Obi") or a clause of outcome with two sides ("From
  the 41 members of the Board, the budget was approved by 30 votes to 6"), "190 ballot
  papers were valid, with 2 abstentions; ..." (those abstentions a part). It becomes the
  tally's ``total`` as stated, whatever it includes (abstentions are part of the votes
  cast in some bodies and not in others; the checks compare, extraction does not judge);
  a "total" smaller than the sum of the sides is no whole of them and is left out. The
  same whole may follow the vote (", out of 85 members present and voting", "; 47
  members were present and voting"), and the record of a ballot may state its required
  majority between the whole and the candidates ("Number of members voting: 147.
  Required majority: 98. Number of votes obtained: Chile 130, Peru 17");
- a side stated first, in an opening "With ..." clause: "With 3 members absent, the
  Committee adopted the recommendation by 12 votes to 2", "With two abstentions, ...";
  or the members who did not vote, in a clause of their own: "6 Member States were not
  entitled to vote; of the remaining Members, 160 voted in favour, ...";
- a side that nobody took, stated first: "There were no votes against the text, which
  received 75 votes, with 3 abstentions" (a part of 0 against).

Only the words between that clause and the vote may stand between them: no figure, no end
of sentence, at most :data:`_GAP_REACH` characters. Each vote is looked at once, over a
bounded window before it, so the time is linear.
"""

from __future__ import annotations

import itertools
import re

from surveystats.extract.roles import role_of
from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    OF_THE_BODY,
    Part,
    Tally,
    read_count,
    split_members,
)

__all__ = ["frame_vote"]

_FLAGS = re.IGNORECASE | re.VERBOSE
# The voters or the votes that make a whole.
_VOTERS = (
    rf"(?:members|Member(?:{GAP}|-)States|States(?:{GAP}parties)?|delegations"
    rf"|(?:member{GAP})?(?:countries|nations)|representatives)"
)
# The body the members sit on, after "of", "on" or "in": "of the Council", "on the Board".
_OF_ON_THE_BODY = OF_THE_BODY.replace("of", "(?:of|on|in)", 1)
# A day or a time after "voting": "with 170 members voting on Monday,".
_WHEN = rf"(?:{GAP}(?:on|last|this|that){GAP}(?-i:[A-Z])[a-z]{{2,9}})?"
_VOTES = rf"(?:(?:valid{GAP})?(?:votes|ballots|ballot{GAP}papers))"
# "A total of 186 votes were cast:", "In all, 93 ballots were cast,", "Of the 150 votes
# cast,", "with 189 members voting,", "Of the 52 members present and voting,".
_WHOLE = re.compile(
    rf"""
    (?<![\w-])
    (?:
        (?:(?:a{GAP}total{GAP}of|in{GAP}all,?|altogether,?|in{GAP}total,?){GAP})?
        (?P<cast>{COUNT_PATTERN}){GAP}{_VOTES}(?:{GAP}(?:were|had{GAP}been))?{GAP}cast
        # "in the third round"
        (?:{GAP}(?:in|on|at){GAP}the{GAP}[a-z-]{{1,20}}{GAP}(?:round|ballot))?
      | (?:of|out{GAP}of){GAP}(?:the{GAP})?(?P<of_cast>{COUNT_PATTERN}){GAP}{_VOTES}{GAP}cast
      | among{GAP}the{GAP}(?P<among>{COUNT_PATTERN}){GAP}{_VOTES}   # "Among the 57 votes,"
      | (?:of|out{GAP}of){GAP}(?:the{GAP})?(?P<of_valid>{COUNT_PATTERN}){GAP}valid{GAP}
        (?:votes|ballots|ballot{GAP}papers)                  # "Of the 180 valid votes,"
      | (?:with|of){GAP}(?:the{GAP})?(?P<voting>{COUNT_PATTERN}){GAP}{_VOTERS}
        {GAP}(?:present{GAP}and{GAP})?voting{_WHEN}
      # the members of a body whom the counts of voters after it split: "Of the 54 members
      # of the Council, 31 voted for ...", "Out of 57 member States of the Executive Board,
      # 55 voted in favour", "Of the 120 delegations present, 98 voted for it"
      # (only where the vote opens on "N voted", or its clause has a verb of outcome and
      # two sides or more: see _frames_voters): "From the 58 member States on the Board,
      # the text was passed by 40 votes to 4"
      | (?:of{GAP}the|from{GAP}the|out{GAP}of(?:{GAP}the)?){GAP}(?P<members>{COUNT_PATTERN})
        {GAP}{_VOTERS}(?:{GAP}present)?{_OF_ON_THE_BODY}?
      | (?<![,;:]\s)(?<![,;:])(?P<voted>{COUNT_PATTERN}){GAP}{_VOTERS}{GAP}voted
      | (?P<valid>{COUNT_PATTERN}){GAP}{_VOTES}{GAP}(?:were|was){GAP}valid
    )
    # the ballots that went to no side, stated with the whole: ", with 2 abstentions;"
    (?:\s{{0,3}},?{GAP}with{GAP}(?P<abstentions>{COUNT_PATTERN}){GAP}abstentions?)?
    \s{{0,3}}[:,;]
    # a label and its count: "Total votes cast: 186.", "Number of members voting: 52;"
  | (?:total(?:{GAP}number{GAP}of)?{GAP}{_VOTES}(?:{GAP}cast)?
      | number{GAP}of{GAP}(?:{_VOTES}{GAP}cast|{_VOTERS}{GAP}(?:present{GAP}and{GAP})?voting))
    \s{{0,3}}:\s{{0,3}}(?P<labelled>{COUNT_PATTERN})\s{{0,3}}[.;,]
    """,
    _FLAGS,
)
# How a vote framed by the members of a body opens: "31 voted for ...".
_VOTED_FIRST = re.compile(rf"\s{{0,3}}{COUNT_PATTERN}{GAP}voted\b", _FLAGS)
# "With 3 members absent,", "With one member not participating,", "With two abstentions,",
# "There being 12 abstentions,"
_SIDE_FIRST = re.compile(
    rf"""
    (?<![\w-])(?:(?-i:W)ith|(?-i:T)here{GAP}being){GAP}(?P<n>{COUNT_PATTERN})
    (?:{GAP}(?:members?|Member{GAP}States?|States?|delegations?|countries|country))?{GAP}
    (?:(?P<absent>absent|not{GAP}present)
      | (?P<not_participating>not{GAP}(?:participating|voting|taking{GAP}part))
      | (?P<abstentions>abstaining|abstentions?))
    (?:\s{{0,3}}\((?P<members>[^()]{{1,400}})\))?   # "With one abstention (Chile),"
    \s{{0,3}},
    """,
    _FLAGS,
)
# Members who did not vote, stated in a clause of their own before the vote: "6 Member
# States were not entitled to vote; of the remaining Members, 160 voted in favour, ...",
# "Three members did not participate in the vote; the draft was adopted by 10 votes to 2",
# "Two members (Chile, Peru) were absent, and the Council adopted it by 9 votes to 2".
_STATUS_FIRST = re.compile(
    rf"""
    (?<![\w.,-])(?P<n>{COUNT_PATTERN})
    {GAP}(?:members?|Member{GAP}States?|States?|delegations?|countries|country)
    (?:{GAP}of{GAP}the{GAP}(?-i:[A-Z])[\w-]{{1,30}})?              # "of the Council"
    (?:\s{{0,3}}\((?P<members>[^()]{{1,400}})\))?
    {GAP}(?:(?P<absent>(?:was|were){GAP}(?:absent|not{GAP}present))
      | (?P<not_participating>
          (?:was|were){GAP}(?:not{GAP}entitled|ineligible){GAP}to{GAP}vote
            (?:{GAP}under{GAP}Article{GAP}19(?:{GAP}of{GAP}the{GAP}Charter)?)?
        | did{GAP}not{GAP}(?:participate|take{GAP}part){GAP}in{GAP}the{GAP}vot(?:e|ing)))
    \s{{0,3}}[;,]
    """,
    _FLAGS,
)
# One of these is in every clause that _STATUS_FIRST reads: the cheap test before it.
_STATUS_WORDS = (
    *("absent", "not present", "entitled to vote", "ineligible"),
    *("not participate", "not take part"),
)
# A side that nobody took, stated first: "There were no votes against the text, which
# received ...", "No votes were cast in favour of the motion, which ...", "There were no
# abstentions on the draft, adopted by ...".
_NONE_FIRST = re.compile(
    rf"""
    (?<![\w-])(?:(?-i:T)here{GAP}(?:were|was){GAP}(?P<there>no)
      | (?P<no>(?-i:N)o)(?={GAP}votes?{GAP}(?:were|was){GAP}cast))
    {GAP}(?:votes?{GAP}(?:(?:were|was){GAP}cast{GAP})?
        (?P<side>against|in{GAP}favou?r)
      | (?P<abstentions>abstentions))(?![\w-])
    """,
    _FLAGS,
)
_NONE_WORDS = ("here were no", "here was no", "No vote")
# The same whole right after the vote: ", out of 186 votes cast", ", with 189 members voting"
# ", out of 186 votes cast", ", with 189 members voting", ", out of the 85 members
# present and voting", ", 132 members being present and voting", "; 47 members were
# present and voting".
_WHOLE_AFTER = re.compile(
    rf"""
    \s{{0,3}}[,(;]?\s{{0,3}}
    (?:(?:out{GAP})?of{GAP}(?:the{GAP})?(?P<of_cast>{COUNT_PATTERN}){GAP}{_VOTES}{GAP}cast
      | (?:out{GAP})?of{GAP}(?:the{GAP})?(?P<of_voting>{COUNT_PATTERN}){GAP}{_VOTERS}
        {GAP}present{GAP}and{GAP}voting
      | with{GAP}(?P<voting>{COUNT_PATTERN}){GAP}{_VOTERS}{GAP}(?:present{GAP}and{GAP})?voting
      # "..., with 104 votes and 168 countries present and voting"
      | and{GAP}(?P<and_voting>{COUNT_PATTERN}){GAP}{_VOTERS}{GAP}present{GAP}and{GAP}voting
      | (?P<present_voting>{COUNT_PATTERN}){GAP}{_VOTERS}{GAP}(?:(?:being|were){GAP})?
        present{GAP}and{GAP}voting
      # the voters the votes came from, where they are all who voted: "with 87 votes from
      # 169 countries present and voting", "104 votes from 168 Member States who voted",
      # "187 votes from the 192 valid ballots" (never "from 12 countries": some voters)
      | from{GAP}(?:the{GAP})?(?P<from_voting>{COUNT_PATTERN}){GAP}
        (?:{_VOTERS}{GAP}(?:present{GAP}and{GAP}voting|who{GAP}voted|voting)
          | valid{GAP}(?:votes|ballots)|(?:votes|ballots){GAP}cast)
      # all the members of a body: "received 13 votes from the 15 members of the Council"
      | from{GAP}the{GAP}(?P<from_body>{COUNT_PATTERN}){GAP}{_VOTERS}{OF_THE_BODY})
    (?=\s{{0,3}}[.;,)]|\s{{0,3}}$)
    """,
    _FLAGS,
)
# Voters or votes counted after the vote with anything said of them: ", out of 181
# delegations present in the hall", ", out of the 193 Member States" (those who did not
# vote are in it: a whole the sides fit in, as _set_total checks).
_OUT_OF_AFTER = re.compile(
    rf"\s{{0,3}}[,(;]?\s{{0,3}}out{GAP}of{GAP}(?:the{GAP}|a{GAP}total{GAP}of{GAP})?"
    rf"(?P<out_of>{COUNT_PATTERN}){GAP}(?:{_VOTERS}|{_VOTES})(?![\w-])",
    _FLAGS,
)
# Any count of voters or votes in the vote's sentence ("The vote, in which 47 members took
# part, was 30 in favour, ...", "the number of Member States present and voting was 180;
# ..."): the whole only where the sides add up to it exactly (see _whole_by_sum).
_COUNTED_WHOLE = re.compile(
    rf"""
    (?<![\w.,-])(?P<counted>{COUNT_PATTERN})(?:{GAP}(?-i:[a-z])[a-z-]{{1,20}})?{GAP}
        (?:{_VOTERS}|{_VOTES})(?![\w-])
        # not a side or a status: "4 members absent", "3 members abstained"
        (?!{GAP}(?:(?:were|was|being){GAP})?(?:absent|abstain|not\b|did\b|failed|against
            |in{GAP}favou?r|for\b|voted{GAP}(?:for|against|in)))
      | (?:voting|cast|valid|ballots|papers)\s{{0,3}}(?:{GAP}(?:was|were|numbered|totalled)|:)
        {GAP}(?P<stated>{COUNT_PATTERN})(?![\w-]|[.,]\d)
    """,
    _FLAGS,
)
# What may not stand between such a count and the vote: the end of a sentence.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_SUM_REACH = 200  # how far from the vote such a count may stand, either side
# The rest of a sentence of its own that counts the voters, right before the vote's: "Fifteen
# members took part in the vote. Eleven voted in favour and four abstained."
_VOTERS_SENTENCE = re.compile(
    rf"""{GAP}(?:(?:took|had{GAP}taken){GAP}part|participated)
    {GAP}in{GAP}the{GAP}vot(?:e|ing)\s{{0,3}}\.\s{{1,3}}""",
    _FLAGS,
)
# The rest of a sentence of its own that counts the ballots or the voters, right before a
# ballot's: "191 ballots were cast. Italy obtained 92 votes, ...", "A total of 175 ballots
# were cast in the first round. Chile received ...", "There were 190 valid ballots. ...",
# "The number of ballot papers was 188. ...", "186 members were present and voting. ...".
_BALLOTS_SENTENCE = re.compile(
    rf"""(?:{GAP}(?:(?:were|was|had{GAP}been){GAP})?
        (?:cast|valid|returned|present{GAP}and{GAP}voting))?
    (?:{GAP}(?:in|at|on|during){GAP}the{GAP}[^\d.;:!?()]{{1,40}}?)?
    \s{{0,3}}\.\s{{1,3}}
    (?:(?-i:Some|About|Nearly|Almost|Roughly|Over){GAP})?   # "... in the referendum. Some 812"
    """,
    _FLAGS,
)
# One of these is in every whole that _WHOLE reads: the cheap test before it.
_WHOLE_WORDS = (" cast", "voting", "voted", "otal", "valid", "mong the", "rom the ", "f the ")
_CATEGORIES = ("absent", "not_participating", "abstentions")
_CATEGORY_NAMES = {"not_participating": "not participating"}
# What may stand between the clause and the vote: no figure, no end of a sentence.
_GAP_TEXT = re.compile(r"[^\d.;:!?()]*")
_GAP_REACH = 150
_OPENING_REACH = 40  # how far into a vote "voted" may show that a whole of members frames it
_REACH = 220  # how far before a vote its frame may start


# What the record of a ballot states between its whole and its candidates: "Number of
# members voting: 147. Required majority: 98. Number of votes obtained: Chile 130, ..."
_MAJORITY = re.compile(
    rf"\s{{0,3}}(?:the{GAP})?required{GAP}(?:two-thirds{GAP})?majority\s{{0,3}}:\s{{0,3}}"
    rf"{COUNT_PATTERN}\s{{0,3}}[.;,]",
    _FLAGS,
)
_LIST_COLON = re.compile(r":\s{0,3}")


def _joins(text: str, end: int, start: int) -> bool:
    """Whether only a short stretch of plain words lies between ``end`` and ``start``.

    The required majority of a ballot may stand first, and a colon may open the list of
    the tally.
    """
    if (majority := _MAJORITY.match(text, end, start)) is not None:
        end = majority.end()
    colon = text.rfind(":", end, start)
    if colon >= 0 and _LIST_COLON.fullmatch(text, colon, start) is not None:
        start = colon
    return start - end <= _GAP_REACH and _GAP_TEXT.fullmatch(text, end, start) is not None


def _last(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    found = None
    for match in pattern.finditer(text, max(0, start - _REACH), start):
        found = match
    return found


# A count of votes that one candidate received is no whole of what follows: "Ms. Lim
# received all 88 votes cast; there were two abstentions" (88 are her votes).
_RECEIVED_BEFORE = re.compile(
    r"\b(?:received|obtained|won|gained|got|secured|polled)\s{1,3}(?:all\s{1,3}(?:the\s{1,3})?)?$",
    re.IGNORECASE,
)


def _frames_voters(text: str, whole: re.Match[str], tally: Tally | None = None) -> bool:
    """Whether ``whole`` is a whole of votes or voters for the counts right after it.

    The members of a body are one only where a count of them "voted" follows ("Of the 54
    members of the Council, 31 voted for ..."; not "Of the 40 members, 31 were in favour"),
    or a clause whose verb says the vote was taken and whose vote states two sides or more
    ("From the 58 members of the Board, the text was adopted by 40 votes to 4, with 14
    abstentions"); the votes a candidate received are none ("received all 88 votes cast").
    """
    if _RECEIVED_BEFORE.search(text, max(0, whole.start() - 20), whole.start()) is not None:
        return False
    if not whole["members"] or _VOTED_FIRST.match(text, whole.end()) is not None:
        return True
    return (
        tally is not None
        and tally.kind == "vote"
        and sum(role_of(part.category) in _SIDE_ROLES for part in tally.parts) >= 2
        and _OUTCOME_VERB.search(text, whole.end(), tally.start) is not None
    )


# The roles of a vote's sides, and the verbs that say a vote was taken on a text.
_SIDE_ROLES = frozenset(("in_favour", "against", "abstaining"))
_OUTCOME_VERB = re.compile(
    r"\b(?:adopted|approved|passed|carried|rejected|defeated|endorsed|voted)\b", re.IGNORECASE
)


def _value(whole: re.Match[str]) -> int | None:
    """The count of a whole, or None where it is unreadable or needed an OCR repair."""
    groups = whole.groupdict()
    raw = next(
        groups[g]
        for g in (
            *("cast", "of_cast", "among", "of_valid", "of_voting", "voting", "and_voting"),
            *("present_voting", "from_voting", "from_body", "out_of"),
            *("voted", "valid", "labelled", "members"),
        )
        if groups.get(g)
    )
    total, ocr = read_count(raw)
    return None if ocr else total


# The roles of an election's parts: candidates ("other") and the ballots for none.
_CANDIDATE_OR_NONE = frozenset(("other", "abstaining", "not_participating", "absent"))


def _least_whole(tally: Tally) -> int:
    """The smallest whole the parts of ``tally`` fit in.

    The sides of a vote add up to at most its whole; the candidates of an election (a
    vote whose parts play no side) each received at most one vote a ballot, and a
    ballot may name several candidates where several seats are filled ("Ghana received
    49 votes, Kenya 47 and Malawi 12, out of the 53 ballots cast").
    """
    counts = [part.count or 0 for part in tally.parts]
    roles = [role_of(part.category) for part in tally.parts]
    if tally.kind == "vote" and "other" in roles and _CANDIDATE_OR_NONE.issuperset(roles):
        # an election's ballots for none ("with 7 abstaining") are no votes for a
        # candidate, and the members voting are those who voted for one: "in which 185
        # Member States voted, giving 109 to A and 76 to B, with 7 abstaining"
        return max(
            (count for count, role in zip(counts, roles, strict=True) if role == "other"),
            default=0,
        )
    return sum(counts)


def _set_total(tally: Tally, whole: re.Match[str]) -> None:
    """Make the whole that ``whole`` matched the total of ``tally``, if it can be one.

    The abstentions stated with the whole ("190 ballots were valid, with 2 abstentions")
    become a part of ``tally`` where it has none.
    """
    total = _value(whole)
    if total is None or total < _least_whole(tally):
        return
    abstentions = whole.groupdict().get("abstentions")
    if abstentions and all(part.category != "abstentions" for part in tally.parts):
        count, ocr = read_count(abstentions)
        if count is None or ocr or total < count + sum(p.count or 0 for p in tally.parts):
            return
        part = Part("abstentions", count, *whole.span("abstentions"))
        tally.parts.append(part)
    tally.total = total
    tally.kind = "vote"  # a split of the votes cast or of the members voting
    tally.start = min(tally.start, whole.start())
    tally.end = max(tally.end, whole.end())


def _whole_by_sum(text: str, tally: Tally) -> None:
    """Make the total of ``tally`` a count of voters or votes its sides add up to exactly.

    The count stands in the vote's sentence, before or after it, within
    :data:`_SUM_REACH` characters and outside the vote: "The vote, in which 47 members
    took part, was 30 in favour, 12 against and 5 abstentions" (30 + 12 + 5 = 47), or
    in a sentence of its own right before that only says so ("47 members took part in
    the vote. 30 voted in favour, ..."; "191 ballots were cast. Italy obtained 92 votes,
    the Netherlands 95; there were 4 abstentions"). Any other count is no whole: "with 4
    members absent" says who did not vote.
    """
    counts = [part.count for part in tally.parts]
    if len(counts) < 2 or any(count is None for count in counts):
        return
    total = sum(count for count in counts if count is not None)
    lo = max(0, tally.start - _SUM_REACH)
    hi = min(len(text), tally.end + _SUM_REACH)
    for whole in _COUNTED_WHOLE.finditer(text, lo, hi):
        group = "counted" if whole["counted"] else "stated"
        start, end = whole.span(group)
        if tally.start <= start < tally.end or read_count(whole[group]) != (total, False):
            continue
        between = (end, tally.start) if end <= tally.start else (tally.end, start)
        if _SENTENCE_STOP.search(text, *between) is None or (
            whole.end() <= tally.start
            and (
                _VOTERS_SENTENCE.fullmatch(text, whole.end(), tally.start) is not None
                or _BALLOTS_SENTENCE.fullmatch(text, whole.end(), tally.start) is not None
            )
        ):
            tally.total = total
            tally.kind = "vote"
            return


def _add_none_first(text: str, tally: Tally) -> None:
    """Add the side that nobody took, stated before a vote on a text, as a part of 0.

    Only to a vote whose parts are sides (a vote on a text, not on candidates) and that
    has no part of that side yet.
    """
    none = _last(_NONE_FIRST, text, tally.start)
    if none is None or not _joins(text, none.end(), tally.start):
        return
    roles = [role_of(part.category) for part in tally.parts]
    if "in_favour" not in roles and "against" not in roles:
        return
    if none["abstentions"]:
        category = "abstentions"
    else:
        category = "against" if none["side"].lower() == "against" else "in favour"
    if role_of(category) in roles:
        return
    start = none.start("there") if none["there"] else none.start("no")
    tally.parts.append(Part(category, 0, start, none.end()))
    tally.start = min(tally.start, none.start())


def _add_status_first(text: str, tally: Tally) -> None:
    """Add the members who did not vote, stated in a clause before the vote, as a part.

    Only to a vote whose parts are sides and that has no part of that status yet.
    """
    status = _last(_STATUS_FIRST, text, tally.start)
    if status is None or not _joins(text, status.end(), tally.start):
        return
    roles = [role_of(part.category) for part in tally.parts]
    if "in_favour" not in roles and "against" not in roles:
        return
    group = "absent" if status["absent"] else "not_participating"
    _add_part_before(tally, status, _CATEGORY_NAMES.get(group, group))


def _add_part_before(tally: Tally, clause: re.Match[str], category: str) -> None:
    """Add the part a clause before the vote states: its count (group ``n``) and names.

    Nothing is added when the count is unreadable or the vote has a part of that
    category already.
    """
    count, ocr = read_count(clause["n"])
    if count is None or ocr or any(part.category == category for part in tally.parts):
        return
    part = Part(category, count, clause.start("n"), clause.end() - 1)
    if clause["members"]:
        part.members, part.ocr_corrected = split_members(clause["members"])
    tally.parts.append(part)
    tally.start = min(tally.start, clause.start())


def voters_stated_after(text: str, end: int) -> int | None:
    """The votes cast or the members voting that ``text`` states right after ``end``.

    ", with 152 countries present and voting", ", out of 186 votes cast", "; 47 members
    were present and voting": the whole a vote or a candidate's votes ending at ``end``
    were cast from, or None.

    Examples
    --------
    >>> text = "He won with 152 votes, with 160 countries present and voting."
    >>> voters_stated_after(text, 21)
    160
    """
    whole = _WHOLE_AFTER.match(text, end)
    return None if whole is None else _value(whole)


# "With 170 members voting," where a reader took the members voting for a first part.
_WITH_VOTING_BEFORE = re.compile(r"(?-i:W)ith\s{1,3}$")


def _whole_read_as_part(text: str, tally: Tally) -> None:
    """Make a first part that counts the members voting the whole of the sides after it.

    "With 170 member States voting on Monday, 133 voted in favour of the text and 25
    opposed it": the enumeration grammar reads three parts, the first "voting on Monday";
    that count opens the clause "With N ... voting," that frames the vote, so it becomes
    the total where the other parts fit in it and are sides of a vote.
    """
    first = tally.parts[0]
    if first.count is None or (
        _WITH_VOTING_BEFORE.search(text, max(0, first.start - 8), first.start) is None
    ):
        return
    whole = _WHOLE.match(text, text.rfind("W", 0, first.start))
    if whole is None or not whole["voting"] or _value(whole) != first.count:
        return
    rest = tally.parts[1:]
    if sum(role_of(part.category) in _SIDE_ROLES for part in rest) < 2:
        return
    if sum(part.count or 0 for part in rest) > first.count:
        return
    tally.parts = rest
    tally.total = first.count
    tally.kind = "vote"
    tally.start = min(tally.start, whole.start())


def frame_vote(text: str, tally: Tally) -> None:
    """Add to a vote the whole or the side that its sentence states before it.

    ``tally`` is changed in place: its ``total`` (where none was read), a part added to
    its parts, its ``start`` and ``end``; offsets are relative to ``text``. A survey whose
    parts are all sides of a vote (in favour, against, abstentions) becomes a vote where
    its whole is the votes cast or the members voting ("Of the 92 votes cast, 60 were in
    favour and 32 against").

    Examples
    --------
    >>> text = "A total of 95 votes were cast: 60 in favour and 35 against."
    >>> vote = Tally("vote", 31, 58, [Part("in favour", 60, 31, 42), Part("against", 35, 47, 58)])
    >>> frame_vote(text, vote)
    >>> vote.total, text[vote.start : vote.end]
    (95, 'A total of 95 votes were cast: 60 in favour and 35 against')
    >>> text = "With 2 members absent, the Board agreed by 9 votes to 4."
    >>> vote = Tally("vote", 39, 55, [Part("in favour", 9, 42, 49), Part("against", 4, 53, 55)])
    >>> frame_vote(text, vote)
    >>> [(p.category, p.count) for p in vote.parts]
    [('in favour', 9), ('against', 4), ('absent', 2)]
    """
    window = text[max(0, tally.start - _REACH) : tally.start]
    if tally.total is None and len(tally.parts) >= 3 and "voting" in text[tally.start : tally.end]:
        _whole_read_as_part(text, tally)  # "With 170 members voting, 133 voted in favour ..."
    if tally.kind != "vote" and tally.total is not None:
        # a survey whose stated whole, read with it, is one of votes or voters
        whole = _WHOLE.match(text, tally.start)
        if whole is not None and _value(whole) == tally.total and _frames_voters(text, whole):
            tally.kind = "vote"
    # "voted" may follow the whole, at the tally's first count ("Of the 54 members of the
    # Council, 31 voted for ...")
    opening = text[tally.start : tally.start + _OPENING_REACH]
    if tally.total is None and (any(word in window for word in _WHOLE_WORDS) or "voted" in opening):
        whole = _last(_WHOLE, text, tally.start)
        if (
            whole is not None
            and _joins(text, whole.end(), tally.start)
            and _frames_voters(text, whole, tally)
        ):
            _set_total(tally, whole)
    after = text[tally.end : tally.end + 60]
    if tally.total is None and (" cast" in after or "voting" in after or "from the " in after):
        whole = _WHOLE_AFTER.match(text, tally.end)
        if whole is not None:
            _set_total(tally, whole)
    for part, later in itertools.pairwise(tally.parts) if tally.total is None else ():
        # the body between two sides: "13 votes in favour from the 15 members of the
        # Council, and two 'without opinion'"
        if (at := text.find(" from the ", part.end, later.start)) >= 0:
            whole = _WHOLE_AFTER.match(text, at)
            if whole is not None and whole["from_body"]:
                _set_total(tally, whole)
                break
    if tally.total is None and "out of" in after:
        whole = _OUT_OF_AFTER.match(text, tally.end)
        if whole is not None:
            _set_total(tally, whole)
    if tally.total is None:
        _whole_by_sum(text, tally)
    if any(words in window for words in _NONE_WORDS):
        _add_none_first(text, tally)
    if any(words in window for words in _STATUS_WORDS):
        _add_status_first(text, tally)
    if "With" in window or "There being" in window:
        side = _last(_SIDE_FIRST, text, tally.start)
        if side is None or not _joins(text, side.end(), tally.start):
            return
        group = next(name for name in _CATEGORIES if side[name] is not None)
        _add_part_before(tally, side, _CATEGORY_NAMES.get(group, group))
