"""Views counted by who holds them, in the passive: "viewed as too high by 21 Governments".

Population policy inquiries and surveys of Governments often state each answer first and
its count after "by": "Immigration levels were viewed as too high by 21 Governments, as
satisfactory by 152 and as too low by 19". The verb is written once; the later clauses
keep only the answer and "by N", with the counted noun elided (or repeated). Such clauses
are the parts of one survey, the answers its categories, whatever the verb ("considered",
"rated", "described", "regarded").

A reading needs the structure, not the verb: a passive clause ("were viewed", "was
considered") whose agent is a count of those who answer (Governments, States,
countries, respondents, delegations, ...), then one or more clauses joined by commas or
"and" that each hold an answer of a few words and "by" a count, with no verb of their own
("as satisfactory by 152", "too low by 19"). A clause with its own participle ("supported
by 40 States and co-sponsored by 12") counts different acts, and a change ("by 12 per
cent") is no count: neither is read. A share in parentheses after each count ("by 21
Governments (11 per cent)") is kept with its count where every share is its count's share
of the counts' sum, within its rounding. Those of the same noun who gave none of the
answers may close the list in a clause of their own (", while 19 Governments had no
official policy", "; 3 Governments did not reply"): their predicate is the last part's
label, unless shares make the answers the whole.

One agent may also be a part of a whole stated with it: "The Convention has been ratified
by 180 of the 193 Member States" says that 180 of the 193 did what the passive says, as
"180 of the 193 Member States have ratified the Convention" does, and so does the
participle after its subject and a comma ("The resolution, supported by 141 of the 193
members, passed"). It is one part of a
breakdown of total 193, labelled by the participle and the passive's subject where that is
short ("ratified the Convention"). Verbs of voting and electing ("adopted by 14 of the 15
members") are left to the readers of votes. Where the whole replied ("by 41 of the 67
responding States", "by 88 of the 105 States that returned the questionnaire") or the
passive is itself the reply ("completed questionnaires had been returned by 92 of them",
"them" the whole a questionnaire was sent to in the sentences before), the part is a
survey's; its share in parentheses ("by 88 (84 per cent) of the 105 States") or after ",
or" ("..., or just over 60 per cent") is kept where it is the count's share of the whole.

Every pattern is bounded and tried once per "by" and count of such a noun, so the time
is linear.
"""

from __future__ import annotations

import re
from fractions import Fraction

from surveystats.extract.tally_items import NOT_COUNT_AFTER
from surveystats.extract.tally_parts import (
    YEAR_FIGURE,
    Part,
    Tally,
    matches_at,
    overlaps_any,
    read_count,
)
from surveystats.text import NUMBER_WORDS

__all__ = ["find_agent_parts", "find_agent_views"]

_FIGURE = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}})(?![\d.,]\d)|{NUMBER_WORDS}"
# Those who answer a survey or an inquiry.
_ANSWERING = (
    r"(?:Member\s{1,3}States|Governments|States|countries|respondents|delegations|Parties"
    r"|organizations|agencies|entities|experts|participants)"
)
# Its share in parentheses after a count: "(11 per cent)", "(10.5%)".
_SHARE = (
    r"\s{0,3}\(\s{0,2}(?P<share>\d{1,3}(?:\.\d{1,2})?)\s{0,3}(?:per\s{1,3}cent|percent|%)"
    r"\s{0,2}\)"
)
# The first count: "by 21 Governments (11 per cent)"; tried only before a "by"
# (matches_at), where opening on a blank it was tried at every blank.
_FIRST_AGENT = re.compile(
    rf"\sby\s{{1,3}}(?P<figure>{_FIGURE})\s{{1,3}}(?P<noun>{_ANSWERING})\b(?:{_SHARE})?"
)
# The passive clause before it, to the answer: "levels were viewed as too high".
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s{1,3}(?:(?:also|widely|generally|still|mostly)\s{1,3})?"
    r"(?P<verb>[a-z]{3,20})\s{1,3}(?P<label>[a-z][a-z' -]{0,60})$"
)
_REACH = 100  # characters before "by" that the passive clause may take
# A later clause: ", as satisfactory by 152 (79 per cent)", " and too low by 19".
_NEXT_AGENT = re.compile(
    rf"""(?:\s{{0,3}},\s{{1,3}}(?:and\s{{1,3}})?|\s{{1,3}}and\s{{1,3}})
        (?P<label>[a-z][a-z' -]{{0,60}}?)\s{{1,3}}by\s{{1,3}}
        (?P<figure>{_FIGURE})
        (?:\s{{1,3}}(?:other\s{{1,3}})?(?P<noun>{_ANSWERING})\b)?
        (?:{_SHARE})?""",
    re.VERBOSE,
)
# After the last answer, those of the same noun who gave none, in a clause of their own:
# ", while 19 Governments had no official policy", "; 3 Governments did not reply".
_OWN_CLAUSE_LAST = re.compile(
    rf"""(?:\s{{0,3}},\s{{1,3}}(?:while|whereas|and)|\s{{0,3}};|\s{{1,3}}(?:while|whereas))\s{{1,3}}
        (?P<figure>{_FIGURE})\s{{1,3}}(?:other\s{{1,3}})?(?P<noun>{_ANSWERING})\s{{1,3}}
        (?P<label>(?:had|have|has|did|do|does|were|was|are|is|gave|made|expressed|took)
            \s[a-z' -]{{1,60}}?)
        (?=\s{{0,3}}(?:[.;,]|$))""",
    re.VERBOSE,
)
_PER_CENT_AFTER = re.compile(r"\s{0,3}(?:per\s{1,3}cent|percent|%)")
_MAX_LABEL_WORDS = 6
_MAX_PARTS = 12
# Words that cannot stand in an answer: the clause says something else.
_NOT_ANSWER = frozenset({"by", "which", "who", "that", "were", "was", "is", "are", "had", "has"})


class _Clause:
    """One answer and its count, as read."""

    def __init__(
        self, match: re.Match[str], label: str, label_start: int, *, own: bool = False
    ) -> None:
        self.label = label
        self.start = label_start
        self.end = match.end()
        self.count = read_count(match["figure"])[0]
        self.figure_end = match.end("figure")
        self.noun = match["noun"]
        # ``own``: a clause of its own after the answers ("while 19 Governments had no
        # policy"), those who gave none of them; it states no share
        self.own = own
        self.share = None if own else match["share"]


def _is_answer(label: str, *, first: bool) -> bool:
    """Whether a clause's words can be an answer: a few words, no verb of its own."""
    words = label.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return False
    if any(word in _NOT_ANSWER for word in words):
        return False
    # "co-sponsored by 12": a later clause with a participle of its own counts another act
    return first or words[0] == "as" or not words[0].endswith("ed")


def _is_count(text: str, match: re.Match[str]) -> bool:
    """Whether a figure after "by" is a count: no year, unit or share after it."""
    figure = match["figure"]
    if YEAR_FIGURE.fullmatch(figure) or read_count(figure)[0] is None:
        return False
    if _PER_CENT_AFTER.match(text, match.end("figure")):
        return False  # "reduced by 12 per cent": a change
    return match["noun"] is not None or NOT_COUNT_AFTER.match(text, match.end("figure")) is None


def _shares_fit(clauses: list[_Clause]) -> bool:
    """Whether each share is its count's share of the counts' sum, within its rounding."""
    whole = sum(clause.count or 0 for clause in clauses)
    if not whole or any(clause.share is None for clause in clauses):
        return False
    for clause in clauses:
        share = Fraction(clause.share)
        decimals = len(clause.share.split(".", 1)[1]) if "." in clause.share else 0
        if abs(Fraction(100 * (clause.count or 0), whole) - share) > Fraction(1, 10**decimals):
            return False
    return True


def _first_clause(text: str, agent: re.Match[str]) -> _Clause | None:
    """The passive clause ending at the first "by N Governments", or ``None``."""
    reach = max(0, agent.start() - _REACH)
    passive = _PASSIVE.search(text, reach, agent.start())
    if passive is None or not _is_count(text, agent):
        return None
    label = " ".join(passive["label"].split())
    if not _is_answer(label, first=True):
        return None
    return _Clause(agent, label, passive.start("label"))


def _read_clauses(text: str, first: _Clause) -> list[_Clause]:
    """The first clause and the clauses that follow it with an answer and "by N"."""
    clauses = [first]
    while len(clauses) < _MAX_PARTS:
        match = _NEXT_AGENT.match(text, clauses[-1].end)
        if match is None or not _is_count(text, match):
            break
        if match["noun"] is not None and match["noun"] != first.noun:
            break
        label = " ".join(match["label"].split())
        if not _is_answer(label, first=False):
            break
        clauses.append(_Clause(match, label, match.start("label")))
    if len(clauses) > 1 and all(clause.share is None for clause in clauses):
        # shares of the answers make the answers the whole: none beside them
        last = _OWN_CLAUSE_LAST.match(text, clauses[-1].end)
        if last is not None and last["noun"] == first.noun and _is_count(text, last):
            # "..., while 19 Governments had no official policy": what those did who gave
            # none of the answers
            label = " ".join(last["label"].split())
            clauses.append(_Clause(last, label, last.start("label"), own=True))
    return clauses


def _labels(clauses: list[_Clause]) -> list[str]:
    """The answers, without the "as" every one of them opens with ("as too high")."""
    labels = [clause.label for clause in clauses if not clause.own]
    later = labels[1:]
    if all(label.startswith("as ") for label in later):
        first = labels[0].split(" as ", 1)[-1] if " as " in labels[0] else labels[0]
        labels = [first.removeprefix("as "), *(label[3:] for label in later)]
    return labels + [clause.label for clause in clauses if clause.own]


def find_agent_views(text: str, taken: list[tuple[int, int]] | None = None) -> list[Tally]:
    """Find answers counted in the passive: "viewed as too high by 21 Governments, ...".

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: a clause in one of them is not read again.

    Returns
    -------
    list of Tally
        Surveys, in order, with offsets relative to ``text``; the counted noun of the
        first count is each part's, inherited by the later ones.

    Examples
    --------
    >>> text = ("Fertility was considered too high by 40 Governments, satisfactory by 95 "
    ...     "and too low by 12.")
    >>> [(p.category, p.count) for p in find_agent_views(text)[0].parts]
    [('too high', 40), ('satisfactory', 95), ('too low', 12)]
    >>> find_agent_views("The text was sponsored by 40 States and co-sponsored by 12.")
    []
    >>> find_agent_views("Cost was named as the main obstacle by 30 States, time by 12.")
    []
    """
    taken = taken or []
    tallies: list[Tally] = []
    position = 0
    for agent in matches_at(_FIRST_AGENT, text, ("by",), before=1):
        if agent.start() < position:
            continue
        first = _first_clause(text, agent)
        if first is None:
            continue
        clauses = _read_clauses(text, first)
        if len(clauses) < 2 or any(
            start < clauses[-1].end and first.start < end for start, end in taken
        ):
            continue
        if first.label.startswith("as ") and not clauses[1].label.startswith("as "):
            continue  # "Shortage of funds was named as the chief difficulty by 33, weak data
            # systems by 21": the answers are the subjects, the rest is shared
        fit = _shares_fit(clauses)
        parts = [
            Part(
                label,
                clause.count,
                clause.start,
                clause.end,
                percent=float(Fraction(clause.share)) if fit and clause.share else None,
                decimals=(len(clause.share.partition(".")[2]) if fit and clause.share else None),
                counted=first.noun,
                counted_inherited=clause is not first,
            )
            for clause, label in zip(clauses, _labels(clauses), strict=True)
        ]
        tally = Tally("survey", first.start, clauses[-1].end, parts, subject=first.noun)
        tallies.append(tally)
        position = tally.end
    return tallies


# One agent that is a part of a stated whole: " by 180 of the 193 Member States", " by 141
# of the Assembly's 193 members", " by 12 out of the 15 members"; tried only before a "by".
# Its share may stand in parentheses between the part and "of" ("by 88 (84 per cent) of
# the 105 States"), and the whole may be "them", named in a sentence before ("... to the 168
# Parties. ... returned by 92 of them (55 per cent)").
_PART_AGENT = re.compile(
    rf"""\sby\s{{1,3}}(?:(?:some|about|nearly|almost|over|only|just)\s{{1,3}})?
        (?P<figure>{_FIGURE})(?:{_SHARE})?\s{{1,3}}(?:out\s{{1,3}})?of\s{{1,3}}
        (?:(?P<them>them|these|those)\b(?:{_SHARE.replace("<share>", "<share_after>")})?
        |(?:the\s{{1,3}}|its\s{{1,3}}|their\s{{1,3}}|the\s{{1,3}}[A-Za-z][\w-]{{1,25}}(?:’s|'s)\s{{1,3}})
        (?P<total>{_FIGURE})(?:-member)?\s{{1,3}}
        (?P<noun>(?:[A-Za-z][\w’'-]{{0,25}}\s{{1,3}}){{0,2}}[A-Za-z][\w’'-]{{0,25}}(?-i:s))\b)""",
    re.VERBOSE,
)
# A whole that replied, named with the agent's noun: "of the 67 responding States", "of the
# 105 States that returned the questionnaire", "of the 90 countries surveyed".
_RESPONDING_NOUN = re.compile(r"^(?:responding|reporting|replying)\s|^respondents$", re.IGNORECASE)
_REPLIED_AFTER = re.compile(
    r"\s{1,3}(?:(?:that|which|who)\s{1,3}(?:(?:had|have|has)\s{1,3})?"
    r"(?:replied|responded|answered|returned|completed|submitted|filled\s{1,3}(?:in|out))"
    r"|(?:responding|replying|reporting|surveyed|polled|consulted)\b)"
)
# The whole "them" stands for: those a questionnaire was sent to, in the clauses before it
# ("The secretariat circulated the questionnaire to the 168 Parties to the Convention.",
# "A survey was sent to all 193 Member States;").
_ASKED_WHOLE = re.compile(
    r"\b(?:questionnaires?|surveys?|notes?\s{1,3}verbales?|calls?\s{1,3}for\s{1,3}inputs)\b"
    r"[^.;:]{0,40}?\b(?:sent|circulated|transmitted|addressed|distributed|dispatched|mailed"
    r"|e-?mailed|forwarded)\s{1,3}to\s{1,3}(?:all\s{1,3})?(?:(?:the|its)\s{1,3})?"
    rf"(?P<total>{_FIGURE})\s{{1,3}}"
    r"(?P<noun>(?:[A-Za-z][\w’'-]{0,25}\s{1,3})?[A-Za-z][\w’'-]{0,25}(?-i:s))\b"
    r"|\b(?:sent|circulated|transmitted|addressed|distributed|dispatched|mailed|e-?mailed"
    r"|forwarded)\s{1,3}(?:the|a|an|its|their)\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,3}?"
    r"(?:questionnaires?|surveys?|notes?\s{1,3}verbales?|calls?\s{1,3}for\s{1,3}inputs)"
    r"\s{1,3}to\s{1,3}(?:all\s{1,3})?(?:(?:the|its)\s{1,3})?"
    rf"(?P<total_after>{_FIGURE})\s{{1,3}}"
    r"(?P<noun_after>(?:[A-Za-z][\w’'-]{0,25}\s{1,3})?[A-Za-z][\w’'-]{0,25}(?-i:s))\b"
)
_ASKED_REACH = 300  # characters before the agent where the questionnaire's whole may stand
# The part's share after the whole: ", or just over 60 per cent", ", or 55%".
_OR_SHARE = re.compile(
    r"\s{0,3},\s{1,3}or\s{1,3}(?P<qualifier>(?:just\s{1,3})?(?:over|under|about|nearly|almost"
    r"|some|around|roughly|close\s{1,3}to|more\s{1,3}than|less\s{1,3}than)\s{1,3})?"
    r"(?P<share>\d{1,3}(?:\.\d{1,2})?)\s{0,3}(?:per\s{1,3}cent|percent|%)"
)
_ROUGH_SLACK = 3.0  # points a qualified share ("just over 60 per cent") may miss by
# A passive that is itself the reply: "completed questionnaires had been returned by".
_FORM_SUBJECT = re.compile(r"\b(?P<form>questionnaire|survey)s?\b", re.IGNORECASE)
_REPLY_PARTICIPLES = frozenset({"returned", "completed", "answered", "submitted"})
# The passive before the agent: its subject (a few words from the clause's start), the
# auxiliary of a fact (not "must be", "will be": a rule or a plan) and a participle in
# -ed, as the past a label says (the label "ratified the Convention" reads as what they
# did; "taken the decision" would not), with at most a few words between it and "by" ("is
# recognized as a State by").
_PASSIVE_PARTICIPLE = re.compile(
    r"""(?:^\s{0,3}|(?<=[.;:,]\s)|(?<=[.;:,]\s\s))
        (?P<subject>(?:[\w’'()/-]{1,30}\s{1,3}){1,8}?)
        (?:(?:has|have|had)\s{1,3}been|was|were|is|are)\s{1,3}
        (?:(?:also|now|already|[a-z]{2,15}ly)\s{1,3})?
        (?P<verb>[a-z][a-z-]{2,20}ed)
        (?P<rest>(?:\s{1,3}[\w’'-]{1,25}){0,4}?)$""",
    re.VERBOSE,
)
# The same participle after its subject and a comma, no auxiliary (a reduced relative
# clause): "The resolution, supported by 141 of the Assembly's 193 members, passed". The
# subject opens the sentence or clause.
_REDUCED_RELATIVE = re.compile(
    r"""(?:^\s{0,3}|(?<=[.;:]\s)|(?<=[.;:]\s\s))
        (?P<subject>(?:[\w’'()/-]{1,30}\s{1,3}){0,5}[\w’'()/-]{1,30}),\s{1,3}
        (?:(?:also|now|already|[a-z]{2,15}ly)\s{1,3})?
        (?P<verb>[a-z][a-z-]{2,20}ed)
        (?P<rest>(?:\s{1,3}[\w’'-]{1,25}){0,4}?)$""",
    re.VERBOSE,
)
_AGENT_REACH = 160  # characters before "by" that the passive clause may take
# Participles of support, and the sides of a vote after them: then the agent is a side in
# favour (:func:`~surveystats.extract.tally_votes.take_backers_before`).
_SIDES_REACH = 120
_SUPPORTING = frozenset({"supported", "backed", "endorsed", "approved", "favoured", "favored"})
_SIDES_AFTER = re.compile(
    rf"[^.;]*?(?<![\w,.])(?:\d{{1,3}}|{NUMBER_WORDS})(?:\s{{1,3}}[a-z-]{{1,20}}){{0,2}}"
    r"\s{1,3}(?:against|abstained|abstentions?|abstaining)\b"
)
# Wholes that measure, not a set whose members act: "extended by 6 of the 12 months".
_MEASURES = frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "points", "votes", "seats"}
    | {"dollars", "tons", "tonnes", "kilometres", "kilometers", "metres", "meters"}
)
# Words that open an adverbial, not the passive's subject: "By the end of 2024 the ...".
_NOT_SUBJECT_OPENINGS = frozenset(
    {"by", "in", "at", "on", "as", "since", "during", "after", "before", "following", "under"}
    | {"until", "from", "with", "for", "to", "and", "but", "while", "although", "when"}
)
# Participles of voting and electing: a vote's side, read by the vote readers.
_VOTING = frozenset(
    {"adopted", "approved", "rejected", "elected", "re-elected", "passed", "carried"}
    | {"defeated", "vetoed", "opposed", "voted", "chosen", "appointed", "nominated"}
)


def find_agent_parts(text: str, taken: list[tuple[int, int]] | None = None) -> list[Tally]:
    """Find one part of a whole named in a passive's agent: "ratified by 180 of the 193 ...".

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: an agent in one of them is not read again.

    Returns
    -------
    list of Tally
        Breakdowns of one part each, in order, offsets relative to ``text``: the total
        the whole, the part labelled by the participle and a short subject.

    Examples
    --------
    >>> text = "The Convention has been ratified by 180 of the 193 Member States."
    >>> tally = find_agent_parts(text)[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (193, [('ratified the Convention', 180, 'Member States')])
    >>> find_agent_parts("The draft was adopted by 14 of the 15 members of the Council.")
    []
    """
    taken = taken or []
    tallies: list[Tally] = []
    for agent in matches_at(_PART_AGENT, text, ("by",), before=1):
        asked = _asked_whole(text, agent.start()) if agent["them"] else None
        if agent["them"] and asked is None:
            continue  # "by 12 of them": only a whole a questionnaire went to is read
        figure = asked[0] if asked is not None else agent["total"]
        count, total = read_count(agent["figure"])[0], read_count(figure)[0]
        if count is None or total is None or not 1 < count < total:
            continue  # "chaired by one of the 15 members": one, whichever, is no part
        if YEAR_FIGURE.fullmatch(figure) or (
            asked is None and _PER_CENT_AFTER.match(text, agent.end("total"))
        ):
            continue
        clause_start = max(0, agent.start() - _AGENT_REACH)
        clause_start = max(text.rfind(".", clause_start, agent.start()) + 1, clause_start)
        clause = text[clause_start : agent.start()]
        passive = _PASSIVE_PARTICIPLE.search(clause) or _REDUCED_RELATIVE.search(clause)
        if passive is None or passive["verb"] in _VOTING:
            continue
        sides = _SIDES_AFTER.search(text, agent.end(), agent.end() + _SIDES_REACH)
        if passive["verb"] in _SUPPORTING and sides is not None:
            continue  # "supported by 141 of the 193 members, with 5 against": a vote's side
        start = clause_start + passive.start("verb")
        noun = " ".join((asked[1] if asked is not None else agent["noun"]).split())
        if noun.split()[-1].lower() in _MEASURES:
            continue
        if overlaps_any(start, agent.end(), taken):
            continue
        subject = " ".join(passive["subject"].split())
        form = _FORM_SUBJECT.search(subject)
        replied = asked is not None or bool(
            _RESPONDING_NOUN.match(noun) or _REPLIED_AFTER.match(text, agent.end())
        )
        if form is not None and passive["verb"] in _REPLY_PARTICIPLES:
            # "completed questionnaires had been returned by 92 of them": they replied
            label, replied = f"{passive['verb']} the {form['form'].lower()}", True
        elif subject.split()[0].lower() in _NOT_SUBJECT_OPENINGS or any(
            c.isdigit() for c in subject
        ):
            label = passive["verb"]  # the subject is past an adverbial: what they did
        else:
            if subject.split()[0] in ("The", "A", "An"):
                subject = subject[0].lower() + subject[1:]
            label = f"{passive['verb']} {subject}"
        part = Part(label, count, start, agent.end(), counted=noun)
        end = agent.end()
        _give_share(text, agent, part, total)
        if part.end > end:
            end = part.end
        kind = "survey" if replied else "breakdown"
        tallies.append(Tally(kind, start, end, [part], subject=noun, total=total))
    return tallies


def _asked_whole(text: str, agent_start: int) -> tuple[str, str] | None:
    """The figure and noun of the whole a questionnaire went to, in the clauses before.

    >>> _asked_whole("The survey was sent to 160 Governments. Replies came by", 54)
    ('160', 'Governments')
    """
    window_start = max(0, agent_start - _ASKED_REACH)
    wholes = list(_ASKED_WHOLE.finditer(text, window_start, agent_start))
    if not wholes:
        return None
    found = wholes[-1]  # the last one before the agent
    if found["total"] is not None:
        return found["total"], found["noun"]
    return found["total_after"], found["noun_after"]


def _give_share(text: str, agent: re.Match[str], part: Part, total: int) -> None:
    """Give ``part`` the share its agent writes in parentheses or after ", or".

    The share is kept where it is the part's count over ``total`` within its rounding (a
    few points where a word qualifies it: "just over 60 per cent"); the part then ends
    after it.
    """
    share, end, slack = agent["share"] or agent["share_after"], agent.end(), None
    if share is None:
        after = _OR_SHARE.match(text, agent.end())
        if after is None:
            return
        share, end = after["share"], after.end()
        slack = _ROUGH_SLACK if after["qualifier"] else None
    decimals = len(share.partition(".")[2])
    percent = float(share)
    if slack is None:
        slack = 0.5 * 10.0**-decimals + 1e-9
    if part.count is None or abs(100.0 * part.count / total - percent) > slack:
        return
    part.percent, part.decimals, part.end = percent, decimals, end
