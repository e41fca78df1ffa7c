"""Answers and groups given as shares: polls, refugee figures and staff reports.

Opinion polls and statistical summaries give what a group answered, or what it is made
of, as shares with asides around them. Where no other reader found a tally in a sentence
(or found only the end of a list, read from its second share on), and the sentence holds
an aside that the other readers lose the list to (a share's own aside, a clause between
two parts, a figure on a region, a rate in words, a label longer than theirs, or a first
label that is the subject of a predicate naming the question: "Being with friends is the
main source of happiness (61%)", :func:`subject_naming_question`), this module reads four
shapes:

1. *Shares in parentheses after their labels*, however long the asides between them:
   "Most are Syrian refugees (43 per cent), nearly all of whom live in the region, and
   refugees along the eastern route (22 per cent), where ...", "Sport is the main
   pastime (58%, above all for boys), followed by music (31%) and reading (12%)". A
   share's own aside after it ("(41%, especially for girls)") stays with it.
2. *A first share in the subject, the next answers after it*: "Nearly 60 per cent of
   pupils say their teachers listen to them, while others say only sometimes (30%) or
   never (8%)", "Less than half (42%) of youth believe ..., but 19% believe ...",
   "Twenty per cent of women polled -- about 3 million -- say ..., 4 per cent saying
   ...". A figure set in parentheses on a region or a group ("(falling to 47% in the
   north)", "(as high as 50% in towns)") is no part: it is the same answer elsewhere; a
   rate written as words before its share ("more than 1 in 4 (26%)") is the share.
3. *A lone share beside a list of answers* (:func:`join_lone_answer`): a sentence whose
   one share answers the question the next (or previous) sentence's list of answers does
   ("Only 6 per cent gave the reason that they must. The main reasons are: to learn
   (50%); ..."), the two speaking of one question noun ("reason", "source", ...).
4. *A ratio of two groups in per cent*: "national staff continue to outnumber
   international staff (62:38 per cent)": two parts, the groups before and after the
   verb of comparing, where the two make 100; also "Muslims and Christians, who live in
   a ratio of 95 per cent to 5 per cent", the groups joined by "and" before "a ratio of",
   in its order (:func:`_ratio_of`).

What is none: shares of different groups ("Girls (60%) and boys (55%) said ...", the
labels then the subject of a verb), shares compared ("than", "compared with"), shares of
different wholes ("60 per cent of girls and 52 per cent of boys"), a change over time
("rose from 40 per cent to 47 per cent"), a year in a label, a figure on a region alone,
rates of places ranked ("highest in Chad (40%)"), and shares that add up to more than
100 unless they are answers listed with their labels before them. A share in an aside
on a region, a group or an earlier time ("(rising to 60% among women)") is made no item
for every reader (:func:`mark_aside_shares`).

The tally is a ``survey`` where the sentence speaks of answering
(:func:`~surveystats.extract.tally_items.speaks_of_survey` or a word of opinion), else a
``breakdown``. Every step is a bounded look at an item or a scan of one sentence: linear
time.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.labels import series_goes_on
from surveystats.extract.tally_items import (
    PEOPLE_NOUNS,
    Item,
    is_clause_verb,
    speaks_of_survey,
    word_set,
)
from surveystats.extract.tally_overlapping_shares import shares_overlap
from surveystats.extract.tally_parts import INTENSIFIER_BEFORE_SHARE, YEAR_IN_TEXT, Part, Tally
from surveystats.text import sentence_starts

__all__ = [
    "find_poll_shares",
    "find_polled_answers",
    "join_lone_answer",
    "mark_aside_shares",
    "may_answer_poll",
    "read_sample_answers",
    "reread_overlong_answers",
    "subject_naming_question",
]

_ASIDE_REACH = 40  # characters from an aside's parenthesis to its share
_LOOK = 200  # characters an item looks back for its parenthesis or its label
_MAX_LABEL_WORDS = 16
_SHORT_LABEL_WORDS = 8  # the other readers' longest label: a longer one is theirs to lose
_ASIDE_WORDS = 3  # words between a parenthesis and the next joint that make an aside
# What no label of a share opens with: a place or group the share is a rate of.
_NOT_LABEL_OPENINGS = frozenset(("in", "at", "among", "across", "within", "from", "between"))
# A ranking by place before the first share: "strongest in Viet Nam (", "most common in".
# levels or rates named there: "the highest levels are reported in the Southern Cone (".
_RANKED_PLACE = re.compile(
    r"(?i)(?:\b(?:\w+est|most\s{1,3}\w+)\b[^().;]{0,60}?\s(?:in|among|for|at)\s"
    r"|\b(?:levels?|rates?|prevalence|incidence|coverage)\b)[^().;]{0,80}\($"
)
# A sentence that sets two shares against each other: they must make the whole.
_SET_AGAINST = re.compile(r"[\s\"“]{0,3}(?:While|Whereas|Although|Though)\s")
# A copula or verb of membership before a list of groups: "The majority are Syrians (".
_LISTS_MEMBERS = re.compile(r"\s(?:are|were|is|was|comprise[sd]?|include[sd]?)\s{1,3}[^()]{0,80}$")
_SHARE_SLACK = Fraction(1, 2)  # shares of one whole add up to at most 100.5
_ROUGH_SLACK = 2  # more for each share given as "nearly", "almost", "about"
# A parenthesis opening right before a share, a qualifier between: "(almost 33%".
_OPENS_PAREN = re.compile(
    r"\(\s{0,2}(?:(?:almost|nearly|about|around|some|over|approximately|roughly|just"
    r"|more\s{1,3}than|less\s{1,3}than|fewer\s{1,3}than|under)\s{1,3})?$",
    re.IGNORECASE,
)
# What may follow a share in its own parenthesis: the close, or an aside on the share
# ("61% particularly in Western Europe", "36%, specifically for younger children").
_OWN_ASIDE = re.compile(
    r"\s{0,2}(?:\)|[,;]|(?:particularly|especially|specifically|notably|mainly|mostly"
    r"|chiefly|largely|above\s{1,3}all|in\s{1,3}particular)\b)",
    re.IGNORECASE,
)
# A rate in words right before the parenthesis that restates it as a share.
_RATE_BEFORE = re.compile(
    r"(?:\b\d{1,2}\s{1,3}(?:in|out\s{1,3}of)\s{1,3}\d{1,3}|\b(?:half|a\s{1,3}(?:third|quarter"
    r"|fifth|majority|minority)|one\s{1,3}(?:third|quarter|fifth)|two\s{1,3}thirds"
    r"|three\s{1,3}quarters|most|many|some|few|all))\s{0,2}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[,;:()]|\s(?:but|however|while|whereas|although|though)\s|\s(?:--|[-–—])\s|[.!?](?:\s|$)"
)
# A dashed or parenthesised aside right after a share's head: "- representing 16 million -".
_ASIDE_AFTER = re.compile(r"\s{0,2}(?:(?:--|[-–—])[^-–—.;]{1,80}(?:--|[-–—])|\([^()]{1,120}\))")
# Where the label before a parenthesis starts: the strongest joint in its stretch.
_JOINTS = (
    re.compile(r";\s{0,3}(?:(?:and|or|but)\s{1,3})?"),
    re.compile(r",\s{0,3}(?:and|or|but|while|whereas)\s{1,3}(?:(?:also|then)\s{1,3})?"),
    re.compile(r"(?:,\s{0,3})?followed\s{1,3}by\s{1,3}"),
    re.compile(r",\s{0,3}"),
    re.compile(r"\sand\s{1,3}"),
    re.compile(r"\sor\s{1,3}"),
)
# Where a first label starts: after the last word that introduces what is listed.
_INTRODUCED = re.compile(
    r"(?:\s(?:are|is|were|was|say|says|said|include|includes|included|including|because"
    r"|as)(?=\s)|:)",
    re.IGNORECASE,
)
# A predicate that names the question, the label being its subject: "Being with friends
# is the major source of happiness (61%)", "robbery was deemed the largest threat (25%)".
_NAMES_QUESTION = re.compile(
    r"\s(?:is|was|are|were|accounts?\s{1,3}for|accounted\s{1,3}for|make\s{1,3}up|made\s{1,3}up"
    r"|constituted?|constitutes|represent(?:s|ed)?)\s{1,3}(?:(?:deemed|considered|(?:seen|regarded|named|cited"
    r"|identified)\s{1,3}as)\s{1,3})?(?:the|their|its)\s{1,3}(?:single\s{1,3})?(?:main|major"
    r"|most\s{1,3}\w+|largest|biggest|greatest|chief|principal|primary|leading|first|top"
    r"|commonest)\s[^(),;:]{0,60}$",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"\s(?:in|among|at|for)\s{1,3}(?:the\s{1,3})?[A-Z]")
_SUBJECT_WORDS = 8  # at most, in a subject that a predicate naming the question follows


def subject_naming_question(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of ``text[start:end]`` where the rest is a predicate naming a question.

    The first of a list of answers is then the subject, not the predicate's noun.

    >>> text = "Among those asked, robbery was deemed the largest threat ("
    >>> span = subject_naming_question(text, 0, len(text) - 1)
    >>> text[span[0] : span[1]]
    'robbery'
    """
    question = _NAMES_QUESTION.search(text, start, end)
    if question is None or _IN_PLACE.search(question.group()) is not None:
        return None  # "the leading cause of death in Chad (30%)": a rate of a place
    begin = start
    for mark in (",", ";", ":", ". "):
        if (at := text.rfind(mark, start, question.start())) >= 0:
            begin = max(begin, at + len(mark))
    begin = _start_of(text, begin)
    words = text[begin : question.start()].split()
    if not words or len(words) > _SUBJECT_WORDS:
        return None
    return begin, question.start()


_CHANGE = re.compile(
    r"(?i)\b(?:from\s[^.;]{1,40}?\sto\s|rose|fell|increased|decreased|dropped|grew|declined"
    r"|doubled|halved|up\sfrom|down\sfrom|rising|falling)\b"
)
_COMPARED = re.compile(
    r"(?i)\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)than|compared\s{1,3}(?:with|to)|versus"
    r"|as\s{1,3}against)\b"
)
_OPINION = re.compile(
    r"(?i)\b(?:say|says|said|believe|believes|think|thinks|feel|feels|polled|surveyed"
    r"|respondents|asked|answers?|responses?|reasons?|opinions?|views?|mentioned|cited"
    r"|indicated?|reported|perceive[ds]?|consider|considered|trust)\b"
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_PERCENT_WORDS = ("%", "per cent", "percent")


def _paren_before(text: str, item: Item, lo: int) -> int | None:
    """Where the parenthesis that holds ``item`` opens, if one does (else ``None``)."""
    reach = max(lo, item.start - _LOOK)
    opening, closing = text.rfind("(", reach, item.start), text.rfind(")", reach, item.start)
    return opening if opening > closing else None


def _role(text: str, item: Item, lo: int) -> str:
    """What a share is in its sentence.

    "label" (in its own parenthesis after its label), "subject" (the share of the clause
    whose verb follows: "60 per cent of children say", "(26%) indicate"), "aside" (a figure
    in a parenthesis about a region or group: no part), or "" (unread).
    """
    opening = _paren_before(text, item, lo)
    if opening is None:
        following = _WORD.match(text, _skip_aside(text, item.head_end))
        if item.counted or item.verb or (following is not None and is_clause_verb(following[0])):
            return "subject"
        return ""
    if _OPENS_PAREN.search(text, opening, item.start) is None:
        return "aside"  # "(falling to 47% in Central Asia)"
    if _OWN_ASIDE.match(text, item.end) is None:
        return "aside"  # "(16% in the Western European countries polled)"
    close = text.find(")", item.end, item.end + _LOOK)
    if close < 0:
        return ""
    after = _WORD.match(
        text,
        close + 1 + len(text[close + 1 : close + 4]) - len(text[close + 1 : close + 4].lstrip(" ")),
    )
    if (
        after is not None
        and after.start() <= close + 3
        and (after[0] == "of" or is_clause_verb(after[0]))
    ):
        return "subject"  # "Less than half (40%) of children believe", "1 in 4 (26%) indicate"
    return "label"


def _skip_aside(text: str, at: int) -> int:
    """``at`` moved past a dashed or parenthesised aside right there, and blanks."""
    if (aside := _ASIDE_AFTER.match(text, at)) is not None:
        at = aside.end()
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def _words(text: str, start: int, end: int) -> str:
    """The words of ``text[start:end]``, blanks folded, trimmed of joints and marks."""
    words = text[start:end].split()
    while words and words[0].lower().strip(",") in ("and", "or", "but", "then", "also", "however"):
        words = words[1:]
    return " ".join(words).strip(" ,;:\"“”'‘’")


def _label_after(text: str, item: Item, close: int, hi: int) -> tuple[str, int] | None:
    """The clause a subject share's part says, from ``close`` up to its clause's end.

    ``hi`` is where the sentence ends or the next share's words start.
    """
    start = _skip_aside(text, close)
    end = _CLAUSE_END.search(text, start, hi)
    stop = end.start() if end is not None else hi
    words = text[start:stop].split()[:_MAX_LABEL_WORDS]
    while words and words[-1].lower() in ("and", "or", "but", "while", "whereas"):
        words.pop()
    if not words:
        return None
    label = " ".join(words).strip(" ,;:\"“”'‘’")
    return (label, start + len(text[start:stop].rstrip())) if label else None


def _label_before(text: str, begin: int, opening: int, first: bool) -> tuple[str, int, bool] | None:
    """The label of a share in parentheses, where it starts, and whether an aside is before.

    The aside stands between the last parenthesis and the label's joint: "(43 per cent),
    most of whom live in the region, and refugees ...".
    """
    stretch = text[begin:opening]
    cut = None
    if not first:
        for joint in _JOINTS:
            for cut in joint.finditer(stretch):  # noqa: B007 (the loop keeps the last)
                pass
            if cut is not None:
                break
        at = cut.end() if cut is not None else 0
        aside = cut is not None and len(stretch[: cut.start()].split()) >= _ASIDE_WORDS
    else:
        aside = False
        if (subject := subject_naming_question(text, begin, opening)) is not None:
            # "Being with friends is the major source of happiness": the subject
            return _words(text, *subject), subject[0], True
        for cut in _INTRODUCED.finditer(stretch):  # noqa: B007
            pass
        if cut is None:
            return None
        at = cut.end()
    label = _words(text, begin + at, opening)
    return (label, _start_of(text, begin + at), aside) if label else None


def _start_of(text: str, at: int) -> int:
    """``at`` moved past blanks, marks and a joining word."""
    match = re.compile(r"[\s,;:\"“'‘]*(?:(?:and|or|but|however),?\s{1,3})?").match(text, at)
    return match.end() if match is not None else at


def _head_noun(label: str) -> str:
    words = _WORD.findall(label)
    return words[-1].lower() if words else ""


def _read_sentence(text: str, shares: list[Item], lo: int, hi: int) -> Tally | None:
    """The tally of one sentence's shares, or ``None`` where they split no one whole.

    Only a sentence with an aside the other readers lose the list to is read here
    (:func:`_has_aside`): where there is none, they have read it or ruled it out.
    """
    roles = [_role(text, item, lo) for item in shares]
    if "" in roles:
        return None
    chosen = [(item, role) for item, role in zip(shares, roles, strict=True) if role != "aside"]
    if len(chosen) < 2:
        return None
    parts: list[Part] = []
    begin = lo
    long_label = between = False
    for index, (item, role) in enumerate(chosen):
        close = item.head_end
        if role != "subject" or _paren_before(text, item, lo) is not None:
            close = max(close, text.find(")", item.end, item.end + _LOOK) + 1)
        if role == "label":
            opening = _paren_before(text, item, lo)
            read = _label_before(text, begin, opening, index == 0)
            if read is None:
                return None
            label, start, between = read[0], read[1], between or read[2]
            end = close
        else:
            after = chosen[index + 1][0].prefix_start if index + 1 < len(chosen) else hi
            read = _label_after(text, item, close, after)
            if read is None:
                return None
            label, end = read
            start = item.prefix_start
        words = label.split()
        if (
            not words
            or len(words) > _MAX_LABEL_WORDS
            or YEAR_IN_TEXT.search(label)
            or words[0].lower() in _NOT_LABEL_OPENINGS
        ):
            return None
        long_label = long_label or len(words) > _SHORT_LABEL_WORDS
        parts.append(
            Part(
                label,
                None,
                start,
                end,
                percent=float(item.percent),
                decimals=item.decimals,
                counted=item.counted,
                qualifier=item.qualifier,
            )
        )
        begin = max(close, end)
    sentence = text[lo:hi]
    answers = _OPINION.search(sentence) is not None or speaks_of_survey(text, lo, hi)
    all_listed = all(role == "label" for _, role in chosen)
    if not (
        between
        or "aside" in roles
        or _ASIDE_OPENING.search(text, lo, hi) is not None
        or any(_has_aside(text, item, role, lo) for item, role in chosen)
        or (long_label and answers and all_listed)
    ):
        return None
    if _CHANGE.search(_without_asides(text, lo, hi, shares, roles)) or _COMPARED.search(sentence):
        return None
    first_paren = text.find("(", parts[0].start, hi)
    if first_paren >= 0 and _RANKED_PLACE.search(text, lo, first_paren + 1) is not None:
        return None  # "Growth was strongest in Viet Nam (7 per cent), ...": rates of places
    bases = {item.counted for item, _ in chosen if item.counted}
    if len(bases) > 1:
        return None  # "60 per cent of girls and 52 per cent of boys": two wholes
    total = sum((Fraction(item.percent) for item, _ in chosen), Fraction(0))
    # "Nearly 60 per cent ..., almost 33% ... or 9%": shares given roughly stretch the slack
    slack = _SHARE_SLACK + _ROUGH_SLACK * sum(1 for item, _ in chosen if item.qualifier)
    people = all(_head_noun(part.category or "") in PEOPLE_NOUNS for part in parts)
    if all_listed:
        after = _WORD.match(text, _skip_aside(text, parts[-1].end))
        if after is not None and is_clause_verb(after[0]) and after[0].lower() != "as":
            return None  # "Girls (60%) and boys (55%) said ...": the subject of a verb
    if total > 100 + slack and not (all_listed and answers and not people):
        return None  # overlapping shares of one group, or rates of different groups
    if _SET_AGAINST.match(sentence) and abs(total - 100) > slack:
        return None  # "While 70 per cent knew of it, only 24 per cent took part"
    if people and all_listed:
        first = text[lo : parts[0].start]
        if _LISTS_MEMBERS.search(first) is None:
            return None  # "among girls (40%) and boys (35%)": rates, no split
    base = chosen[0][0].counted
    for part in parts:
        if part.counted is None and base is not None:
            part.counted, part.counted_inherited = base, True
    kind = "survey" if answers else "breakdown"
    return Tally(kind, parts[0].start, parts[-1].end, parts, unit="percent")


def _has_aside(text: str, item: Item, role: str, lo: int) -> bool:
    """Whether a share carries an aside the other readers lose its list to.

    Its own after it in its parenthesis ("(61% particularly in Western Europe)"), a dashed
    or parenthesised one after its base ("- representing 16 million -"), or a rate in
    words it restates ("1 in 4 (26%)").
    """
    own = _OWN_ASIDE.match(text, item.end)
    if own is not None and own.group().strip() != ")":
        return True
    if role != "subject":
        return False
    opening = _paren_before(text, item, lo)
    if opening is not None:
        return _RATE_BEFORE.search(text, max(lo, opening - 30), opening) is not None
    return _ASIDE_AFTER.match(text, item.head_end) is not None


def _without_asides(text: str, lo: int, hi: int, shares: list[Item], roles: list[str]) -> str:
    """The sentence with the parentheses of its aside figures blanked."""
    spans = [
        (opening, text.find(")", item.end, hi))
        for item, role in zip(shares, roles, strict=True)
        if role == "aside" and (opening := _paren_before(text, item, lo)) is not None
    ]
    for match in _ASIDE_OPENING.finditer(text, lo, hi):
        spans.append((match.start(), text.find(")", match.end(), hi)))
    kept, at = [], lo
    for opening, close in sorted(spans):
        stop = close + 1 if close >= 0 else opening + 1
        if opening >= at:
            kept.append(text[at:opening])
            kept.append(" " * (stop - opening))
            at = stop
    kept.append(text[at:hi])
    return "".join(kept)


# "A continue(s) to outnumber B (59:41 per cent)": a ratio of two groups in per cent.
_RATIO = re.compile(
    r"\(\s{0,2}(?P<a>\d{1,2}(?:\.\d)?)\s{0,2}:\s{0,2}(?P<b>\d{1,2}(?:\.\d)?)\s{0,2}"
    r"(?:%|per\s{1,3}cent|percent)\s{0,2}\)"
)
_OUTNUMBER = re.compile(
    r"\s(?:(?:continues?|continued)\s{1,3}to\s{1,3})?(?:(?:far|still|now|clearly)\s{1,3})?"
    r"(?:outnumber|exceed|outweigh|outstrip)"
    r"(?:s|ed)?\s{1,3}"
)
_NUMBER_OF = re.compile(r"^(?:the\s{1,3})?(?:number|share|proportion)\s{1,3}of\s{1,3}", re.I)


# "Muslims and Christians, who live in a ratio of 95 per cent to 5 per cent": the two groups
# named before the ratio, in its order; up to three words of a verb phrase between them.
_RATIO_OF = re.compile(
    r"(?P<first>[A-Za-z][\w'’-]{1,30})\s{1,3}and\s{1,3}"
    r"(?P<second>[A-Za-z][\w'’-]{1,30}(?:\s{1,3}[A-Za-z][\w'’-]{1,30}){0,2})"
    r"\s{0,3},?\s{1,3}(?:(?:who|which|that)\s{1,3})?(?:[a-z]{2,15}\s{1,3}){0,3}?"
    r"(?:in\s{1,3})?an?\s{1,3}(?:\w+\s{1,3})?ratio\s{1,3}of\s{1,3}"
    r"(?P<a>\d{1,2}(?:\.\d)?)\s{0,2}(?:%|per\s{1,3}cent|percent)?\s{0,2}(?:to|:)\s{0,2}"
    r"(?P<b>\d{1,2}(?:\.\d)?)\s{0,2}(?:%|per\s{1,3}cent|percent)"
)
# Capitalised words before the first group belong to its name: "Roman Catholics and ...".
_NAME_WORD_BEFORE = re.compile(r"(?:[A-Z][\w'’-]{1,30}\s{1,3}){1,2}$")
# Words that make the second group a clause, not a name: "Christians live", "men are".
_GROUP_STOP = frozenset(
    ("live", "living", "are", "were", "is", "was", "who", "which", "in", "at", "on", "with")
)


def _ratio_of(text: str, lo: int, hi: int) -> Tally | None:
    """Two groups named before "a ratio of 95 per cent to 5 per cent", or ``None``.

    >>> text = "Muslims and Christians, who live in a ratio of 95 per cent to 5 per cent."
    >>> [(p.category, p.percent) for p in _ratio_of(text, 0, len(text)).parts]
    [('Muslims', 95.0), ('Christians', 5.0)]
    >>> _ratio_of("The ratio of 40 to 30 per cent of A and B rose.", 0, 47) is None
    True
    """
    match = _RATIO_OF.search(text, lo, hi)
    if match is None or abs(float(match["a"]) + float(match["b"]) - 100) > 0.5:
        return None
    second = match["second"].split()
    for index, word in enumerate(second):
        if index and (word in _GROUP_STOP or word.endswith("ed")):
            second = second[:index]
            break
    start = match.start()
    name = _NAME_WORD_BEFORE.search(text, lo, match.start())
    if name is not None and match["first"][:1].isupper():
        start = name.start()
    first = text[start : match.end("first")]
    if first.lower().startswith("the "):
        first, start = first[4:], start + 4
    parts = [
        Part(" ".join(first.split()), None, start, match.end("first"), percent=float(match["a"])),
        Part(" ".join(second), None, match.start("second"), match.end(), percent=float(match["b"])),
    ]
    for part, key in zip(parts, ("a", "b"), strict=True):
        part.decimals = len(match[key].partition(".")[2])
    return Tally("breakdown", start, match.end(), parts, unit="percent")


def _ratio(text: str, lo: int, hi: int) -> Tally | None:
    """Two groups as a ratio in per cent after the verb that compares them, or ``None``."""
    if "ratio of" in text[lo:hi] and (tally := _ratio_of(text, lo, hi)) is not None:
        return tally
    match = _RATIO.search(text, lo, hi)
    if match is None or abs(float(match["a"]) + float(match["b"]) - 100) > 0.5:
        return None
    verb = None
    for verb in _OUTNUMBER.finditer(text, lo, match.start()):  # noqa: B007
        pass
    if verb is None:
        return None
    clause = max(text.rfind(",", lo, verb.start()), text.rfind(";", lo, verb.start()), lo - 1)
    first = _NUMBER_OF.sub("", _words(text, clause + 1, verb.start()))
    second = _NUMBER_OF.sub("", _words(text, verb.end(), match.start()))
    if not first or not second or len(first.split()) > 8 or len(second.split()) > 8:
        return None
    start = _start_of(text, clause + 1)
    parts = [
        Part(first, None, start, verb.start(), percent=float(match["a"])),
        Part(second, None, verb.end(), match.end(), percent=float(match["b"])),
    ]
    for part, key in zip(parts, ("a", "b"), strict=True):
        part.decimals = len(match[key].partition(".")[2])
    return Tally("breakdown", start, match.end(), parts, unit="percent")


def find_poll_shares(
    text: str,
    items: list[Item],
    *,
    taken: list[Tally] = (),  # type: ignore[assignment]
) -> list[Tally]:
    """Shares of one group's answers or parts in sentences where no tally was found.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    taken
        What the other readers found: a sentence that holds one is skipped, unless it
        is one breakdown or survey in per cent whose shares a reading here holds with
        more (a list read from its second item on, past an aside: "Eritreans (38 per
        cent), many of them children, followed by Somalis (21 per cent) and ..."). The
        caller keeps the longer of overlapping tallies.

    Returns
    -------
    list of Tally
        At most one survey or breakdown in per cent a sentence, offsets relative to
        ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = ("Most are Syrian refugees (43 per cent), nearly all of whom live in the "
    ...     "region, and refugees along the eastern route (22 per cent), where many die.")
    >>> tally = find_poll_shares(text, read_items(text, numbers=find_numbers(text)))[0]
    >>> [(p.category, p.percent) for p in tally.parts]
    [('Syrian refugees', 43.0), ('refugees along the eastern route', 22.0)]
    """
    if not any(word in text for word in _PERCENT_WORDS):
        return []
    shares = [item for item in items if item.kind == "percent" and item.percent is not None]
    ratio = ("(" in text and ":" in text and _RATIO.search(text) is not None) or (
        "ratio of" in text and _RATIO_OF.search(text) is not None
    )
    if len(shares) < 2 and not ratio:
        return []
    starts = [*sentence_starts(text), len(text)]
    found = []
    share_starts = [item.start for item in shares]
    spans = _Spans(taken)
    for at in range(len(starts) - 1):
        lo, hi = starts[at], starts[at + 1]
        there = spans.within(lo, hi)
        if there is None or len(there) > 1:
            continue
        if there and (there[0].unit != "percent" or there[0].kind == "vote"):
            continue
        first = bisect.bisect_left(share_starts, lo)
        inside = shares[first : bisect.bisect_left(share_starts, hi, first)]
        if there and len(inside) <= len(there[0].parts):
            continue
        tally = _read_sentence(text, inside, lo, hi) if len(inside) >= 2 else None
        if tally is not None and there and not _holds(tally, there[0]):
            continue
        if tally is None and ratio and (not inside or "ratio of" in text[lo:hi]):
            tally = _ratio(text, lo, hi)
        if tally is not None:
            found.append(tally)
    return found


class _Spans:
    """Tallies by where they start, to find those of one sentence by bisection."""

    def __init__(self, tallies: list[Tally]) -> None:
        self.tallies = sorted(tallies, key=lambda tally: tally.start)
        self.starts = [tally.start for tally in self.tallies]
        self.reach = list(itertools.accumulate((t.end for t in self.tallies), max))

    def within(self, lo: int, hi: int) -> list[Tally] | None:
        """The tallies that start in ``[lo, hi)``; ``None`` where an earlier one reaches in."""
        first = bisect.bisect_left(self.starts, lo)
        if first and self.reach[first - 1] > lo:
            return None
        return self.tallies[first : bisect.bisect_left(self.starts, hi, first)]


def _holds(longer: Tally, shorter: Tally) -> bool:
    """Whether ``longer`` has more parts and holds every share of ``shorter``, in place."""
    if len(longer.parts) <= len(shorter.parts) or longer.start > shorter.start:
        return False
    shares = [part.percent for part in longer.parts]
    return all(part.percent in shares for part in shorter.parts)


# A parenthesis that gives a share of a region, a group or an earlier time beside a share:
# "(rising to 60% among women)", "(as high as 50% in Western Europe)", "(down from 30%)".
_ASIDE_OPENING = re.compile(
    r"\(\s{0,2}(?:(?:rising|falling|dropping|climbing|increasing|decreasing|declining|going"
    r"|up|down)\s{1,3}(?:to|from)|as\s{1,3}(?:high|low|much|many)\s{1,3}as|compared\s{1,3}"
    r"(?:with|to)|against|versus)\s",
    re.IGNORECASE,
)


def mark_aside_shares(text: str, items: list[Item]) -> list[Item]:
    """The items with each share of an aside on another share made no part ("other").

    "Nearly 60 per cent say so (falling to 47% in Central Asia), 33% ...": the 47 per
    cent is the same answer elsewhere, which no reader may take for a part.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Some 45 per cent agree (rising to 60% among women) and 38 per cent do not."
    >>> [item.kind for item in mark_aside_shares(text, read_items(text))]
    ['percent', 'other', 'percent']
    """
    marked = []
    for item in items:
        if item.kind == "percent":
            opening = text.rfind("(", max(0, item.start - _ASIDE_REACH), item.start)
            if (
                opening >= 0
                and ")" not in text[opening : item.start]
                and _ASIDE_OPENING.match(text, opening) is not None
            ):
                item = Item("other", item.start, item.end)
        marked.append(item)
    return marked


# Nouns of the question a list of answers answers: a lone share of the same question
# beside it is one more answer.
_QUESTION_NOUN = re.compile(
    r"(?i)\b(?:reason|cause|source|motive|concern|priorit(?:y|ie)|problem|obstacle|barrier"
    r"|challenge|factor|worr(?:y|ie)|fear)s?\b"
)
_ASKED_NOUNS = PEOPLE_NOUNS | {"respondents", "those", "households", "families", "youth"}
_QUOTED = re.compile(r"[\"“]([^\"“”]{2,80})[\"”]")
_LONE_OPENING = re.compile(
    r"^[\s\"“]{0,3}(?:(?:Only|Just|Another|A\s{1,3}further|Some|About|Around|Nearly|Almost"
    r"|Over|Significantly,?)\s{1,3})?$"
)


def join_lone_answer(text: str, tallies: list[Tally], items: list[Item]) -> list[Tally]:
    """Join to a list of answers in per cent the lone share beside it of the same question.

    "Only 7 per cent say their main reason is that they have to. Key reasons are: to
    learn (52%); ...": the lone share opens its sentence, is the only figure there, and
    both sentences speak of one question noun ("reason", "source", "concern", ...). Its
    label is an answer quoted in its sentence, else what follows the share.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = ("Only 5% say their main reason is fear. The main reasons given were "
    ...     "work (50%) and family (40%).")
    >>> listed = Tally("survey", 66, 91, [Part("work", None, 66, 76, percent=50.0),
    ...     Part("family", None, 81, 93, percent=40.0)], unit="percent")
    >>> joined = join_lone_answer(text, [listed], read_items(text))[0]
    >>> [(p.category, p.percent) for p in joined.parts]
    [('fear', 5.0), ('work', 50.0), ('family', 40.0)]
    """
    if not tallies or _QUESTION_NOUN.search(text) is None:
        return tallies
    starts = [*sentence_starts(text), len(text)]
    figures = [item for item in items if item.kind in ("count", "percent")]
    figure_starts = [item.start for item in figures]
    spans = _Spans(tallies)
    for tally in tallies:
        if (
            tally.kind != "survey"
            or tally.unit != "percent"
            or tally.total is not None
            or len(tally.parts) < 2
        ):
            continue
        at = bisect.bisect_right(starts, tally.start) - 1
        lead = text[starts[at] : tally.start]
        if _QUESTION_NOUN.search(lead) is None:
            continue
        for other in (at - 1, bisect.bisect_left(starts, tally.end)):
            if other < 0 or other + 1 >= len(starts) or other == at:
                continue
            lo, hi = starts[other], starts[other + 1]
            if spans.within(lo, hi) != []:
                continue  # a tally of its own there, or one reaching in
            first = bisect.bisect_left(figure_starts, lo)
            inside = figures[first : bisect.bisect_left(figure_starts, hi, first)]
            if len(inside) != 1 or inside[0].kind != "percent" or inside[0].percent is None:
                continue
            share = inside[0]
            if _LONE_OPENING.match(text[lo : share.prefix_start]) is None:
                continue
            if _QUESTION_NOUN.search(text, lo, hi) is None or not _OPINION.search(text, lo, hi):
                continue  # "Only 5 per cent of the budget was spent for that reason"
            if share.counted and share.counted.split()[-1] not in _ASKED_NOUNS:
                continue  # a share of something else than those asked
            part = _lone_part(text, share, hi)
            if part is None:
                continue
            if other < at:
                tally.parts.insert(0, part)
                tally.start = part.start
            else:
                tally.parts.append(part)
                tally.end = part.end
            break
    return tallies


def _lone_part(text: str, share: Item, hi: int) -> Part | None:
    """The lone share as one answer: labelled by its quoted answer or the clause after it."""
    following = _WORD.match(text, _skip_aside(text, share.head_end))
    if not (share.verb or (following is not None and is_clause_verb(following[0]))):
        return None
    if (quoted := _QUOTED.search(text, share.head_end, hi)) is not None:
        label = quoted[1].strip(" ,.")
    else:
        read = _label_after(text, share, share.head_end, hi)
        if read is None:
            return None
        label = read[0]
        is_at = re.search(r"\s(?:is|was|are|were)\s{1,3}", label)
        if is_at is not None and _QUESTION_NOUN.search(label, 0, is_at.start()):
            label = label[is_at.end() :]  # "their main reason ... is because they have to"
    end = text.rstrip().find(".", share.head_end, hi)
    return Part(
        label,
        None,
        share.prefix_start,
        end if end > 0 else hi,
        percent=float(share.percent),
        decimals=share.decimals,
        qualifier=share.qualifier,
    )


# Verbs by which those polled give their answer: saying, judging, wanting, intending.
_ANSWER_VERB = (
    # a perfect auxiliary before the verb says no more than the verb: "87% of registered
    # households have indicated their desire to return", "had expressed", "has said"
    r"(?:(?:have|has|had){GAP}(?:(?:also|already|now|not){GAP})?)?"
    r"(?:said|say|says|saying|told|reported|reporting|report|indicated|indicating|indicate"
    r"|stated|stating|mentioned|cited|answered|responded|replied|express(?:ed|es|ing)"
    r"|believe[ds]?|believing|think(?:s|ing)?|thought|feel(?:s|ing)?|felt|agree[ds]?|agreeing"
    # "of asylum applicants considered to be unaccompanied minors": a reduced passive
    r"|disagree[ds]?|disagreeing|consider(?:s|ed|ing)?(?!{GAP}to{GAP}be\b)"
    r"|view(?:s|ed|ing)?|see|sees|saw|seeing"
    r"|trust(?:s|ed|ing)?|fear(?:s|ed|ing)?|worr(?:y|ies|ied|ying)|favou?r(?:s|ed|ing)?"
    r"|support(?:s|ed|ing)?|oppose[ds]?|opposing|prefer(?:s|red|ring)?|rate[ds]?|rating"
    # a poll's verdict on a leader or a policy: "48 per cent approved of the handling"
    r"|(?:dis)?approve[ds]?|(?:dis)?approving"
    r"|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?"
    r"|hope[ds]?|hoping|expect(?:s|ed|ing)?|could{GAP}not|(?:did|do|does){GAP}not"
    # a judgement: "79 percent of women found it harder to buy food", "found that ..."
    # ("30 per cent of migrants found work" found a thing, no answer)
    r"|(?:found|find|finds){GAP}(?:it|them|that)"
    r"|would{GAP}(?:like|prefer|rather|choose|consider|welcome|accept|return|move|leave|go)"
    r"|had{GAP}no{GAP}(?:opinion|view|preference|answer))\b"
)
# An attitude after a copula, which says what those polled answered, not who they are:
# "were uncertain", "are more optimistic" ("were women", "are under 18" say who; "are
# unable to read", "are likely to" measure, and say no answer).
_ANSWER_STATE = (
    # "seem to be" says the state as a copula does: "21% of Kosovans seems to be either
    # satisfied or very satisfied"
    r"(?:were|are|was|is|remain(?:ed|s)?|seem(?:s|ed)?{GAP}to{GAP}be){GAP}(?:not{GAP})?"
    r"(?:(?:very|more|less|fully|quite|somewhat|still|also|now|either){GAP})?"
    r"(?:worried|concerned|satisfied|dissatisfied|confident|optimistic|pessimistic|aware"
    r"|unaware|hopeful|afraid|scared|undecided|uncertain|unsure|willing|unwilling|happy"
    r"|unhappy|comfortable|uncomfortable|keen|interested|opposed|against|in{GAP}favou?r)\b"
)
# The same attitude with the copula elided, after a first share: "... were in favour and
# 65 per cent against".
_ELIDED_STATE = re.compile(
    r"(?:against|opposed|undecided|uncertain|unsure|in\s{1,3}favou?r|not\s{1,3}(?:sure|aware))\b",
    re.IGNORECASE,
)
_COPULA = re.compile(
    r"(?:(?:were|are|was|is|remain(?:ed|s)?|seem(?:s|ed)?\s{1,3}to\s{1,3}be)\s{1,3})?",
    re.IGNORECASE,
)
# A verb of replying: its subject was asked, whatever its noun.
_REPLIED = re.compile(
    r"(?:(?:have|has|had)\s{1,3})?(?:responded|replied|answered)(?:\s{1,3}that|\s{0,3}:|\s{1,3}[“\"])",
    re.IGNORECASE,
)
_FOUND = re.compile(r"(?:[a-z]{3,}ly\s{1,3})?(?:found|find|finds)\b", re.IGNORECASE)
# What those named as polled did besides: "had experienced", "have been harassed", and
# what they knew when asked ("know that they need to call a doctor"; "22 per cent of
# children know how to read" measures, with no whole polled).
_POLLED_DID = (
    r"(?:(?:had|have|has){GAP}(?:not{GAP})?(?:(?:been|already|ever|never){GAP})?[a-z]{3,}ed"
    r"|(?:(?:did|do|does){GAP}not{GAP})?(?:know|knows|knew"
    # what a knowledge question tests: "of the respondents correctly identify ... as",
    # "could not recall", "recognized the signs"
    r"|identif(?:y|ies|ied)|recogni[sz](?:e|es|ed)|understand|understands|understood"
    r"|recall(?:s|ed)?|remember(?:s|ed)?)"
    # their circumstances, as a household survey asks them: "41 per cent of surveyed
    # households have a member with a disability", "... use unsafe sanitation"
    r"|(?:(?:did|do|does){GAP}not{GAP})?(?:have|has|had)(?={GAP}(?:a|an|no|any|access|at{GAP}least)\b)"
    r"|lack(?:s|ed)?|use[sd]?|own(?:s|ed)?|need(?:s|ed)?|depend(?:s|ed)?{GAP}on"
    # "29% of surveyed households were unable to meet basic nutritional needs", "could
    # not afford rent": what they could not do, as a needs assessment asks it
    r"|(?:were|are|was|is){GAP}unable{GAP}to|could{GAP}not{GAP}afford|cannot{GAP}afford"
    # the state a needs survey measures in those it asked: "47 percent of the families
    # interviewed were food-insecure", "of the households surveyed were in debt" ("were
    # female-headed", "were displaced" say who they are)
    r"|(?:were|are|was|is){GAP}(?:(?:severely|moderately|still|now|also){GAP})?"
    r"(?:food[\s-]{0,3}insecure|indebted|in{GAP}debt|unemployed|without{GAP}(?:income|work|food))"
    r"|liv(?:e|es|ed){GAP}(?:in|with|on|below|alone)|fac(?:e|es|ed){GAP}(?:a|an|no|barriers"
    r"|difficulties|challenges|problems|risks)|rel(?:y|ies|ied){GAP}on)\b"
)
_ANSWER = re.compile(
    rf"(?:[a-z]{{3,}}ly{{GAP}})?(?:(?P<said>{_ANSWER_VERB})|(?P<state>{_ANSWER_STATE})"
    rf"|(?P<did>{_POLLED_DID}))".replace("{GAP}", r"\s{1,3}"),
    re.IGNORECASE,
)
# The whole a share is of, up to the answer's verb: "of women surveyed across 13 countries
# reported", "—or four out of five—of people globally want". An aside that restates the
# share may stand before "of".
_POLLED_BASE = re.compile(
    r"\s{0,3}(?:(?:--|[-–—])[^-–—.;]{1,40}?(?:--|[-–—])\s{0,3}|,\s{0,3}or\s[^,;.]{1,30},\s{1,3})?"
    r"of\s{1,3}(?:(?:the|all|these)\s{1,3})?(?P<base>[A-Za-z][^,;:.()!?–—]{0,120}?)\s{1,3}"
    r"(?=[a-z])",
)
# The words of size a majority or a share in words may take, one closed class for the
# patterns of rates in words: "a slight majority", "a narrow majority", "the vast majority".
_SIZE_WORDS = (
    r"(?:vast|large|overwhelming|clear|small|slim|slight|narrow|significant|substantial"
    r"|sizeable|sizable|great|growing|solid|strong|bare|simple|comfortable|absolute)"
)
# Where a sentence opens: the text's start, or right after a full stop of the sentence
# before. The readers search from the start of a sentence of the paragraph (``lo``), where
# "^" never matches (only at the string's start): the stop is looked behind for, so a share
# that opens the second sentence of a paragraph opens its clause as one opening the first
# does ("He spoke. A slight majority of Americans -- 54 percent -- believe ...").
_SENTENCE_OPENINGS = r"^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[.!?][\"”’)]\s)"
_SENTENCE_OPENS = rf"(?:{_SENTENCE_OPENINGS})"
# A share that opens its clause: what may stand before it (a qualifier is the item's own).
# "The" that opens a sentence before a worded share: "The majority of CEOs (87 per cent)".
# An article, and a word of size, before a worded rate that the share restates: "The vast
# majority of U.N. workers—89 percent—say", "A majority of Americans, or 60 percent, say",
# "A significant proportion of Ukrainian refugees surveyed (about 59%) indicated".
# Before a share restated after words, the word of size is any one adjective: the share
# says how large the group is ("A slight majority of Americans -- 54 percent -- believe", "a
# comfortable majority", "a sizeable minority"), so no closed list of sizes is needed there.
_THE_BEFORE = re.compile(
    # a dash that opens the sentence after a wire service's dateline too: "March 13
    # (UPI) -- A slight majority of Americans -- 54 percent -- believe ..."
    rf"(?:{_SENTENCE_OPENS}|[.;:,]\s{{1,3}}|\s(?:--|[–—])\s{{1,3}}"
    r"|\b(?:that|and|but|while|yet|as|although|though)\s{1,3})\s{0,3}"
    r"(?:[Tt]he|[Aa]n?)\s{1,3}(?:(?!(?:of|the|an?|and|or|in|to|for|with|by)\s)[a-z]{3,20}"
    r"(?:-[a-z]{2,20})?\s{1,3})?$"
)
_SUBJECT_BEFORE = re.compile(
    rf"(?:{_SENTENCE_OPENINGS}|[,;:(—–]|\s-{{1,2}}"
    r"|\b(?:that|and|while|whereas|where|but|with|shows?|showed|found|finds"
    r"|reveals?|revealed|suggests?|suggested|indicates?|indicated"
    # a subordinate clause opens on its share as a main one does: "Although 80% of
    # respondents reported ...", "yet 18% of respondents say", "as 94 per cent of people
    # surveyed experienced", a question's answers "...?’ to which 83% reported ..."
    r"|yet|although|though|when|since|because)|,\s{0,3}as|\?[’'\"”]?,?\s{0,3}to\s{1,3}which)"
    # a sentence adverb of a closed class between the opening and the share, no comma
    # after it: "Also 56 per cent of respondents said ...", "Meanwhile 40 per cent ..."
    r"\s{0,3}(?:(?:also|still|meanwhile|moreover|furthermore|overall|additionally"
    r"|similarly|likewise|further|in\s{1,3}addition|in\s{1,3}contrast|by\s{1,3}contrast"
    r"|at\s{1,3}the\s{1,3}same\s{1,3}time|in\s{1,3}all|in\s{1,3}total|altogether)\s{1,3})?"
    r"\s{0,3}(?:(?:only|just|some|about|around|nearly|almost|over|roughly|approximately"
    r"|another|a\s{1,3}further|fully|a\s{1,3}full|at\s{1,3}least|more\s{1,3}than"
    r"|less\s{1,3}than|fewer\s{1,3}than|an\s{1,3}estimated|as\s{1,3}many\s{1,3}as"
    r"|a\s{1,3}majority\s{1,3}of|just\s{1,3}(?:under|over)|close\s{1,3}to|well\s{1,3}over"
    r"|slightly\s{1,3}(?:more|less|fewer|over|under)(?:\s{1,3}than)?|a\s{1,3}total\s{1,3}of"
    r"|" + INTENSIFIER_BEFORE_SHARE + r")\s{1,3})?$",
    re.IGNORECASE,
)
# A survey named as the source right before a share, with no comma: "According to the
# October 2020 Intention survey 51% of the respondents expressed ...", "In a 2019 poll 60%".
_SURVEY_JUST_BEFORE = re.compile(
    r"\b(?:[Aa]ccording\s{1,3}to|[Ii]n)\s{1,3}(?:an?|the|its|their|this|that)\s{1,3}"
    r"(?:[\w./&’'-]+\s{1,3}){0,6}?(?:[Pp]oll|[Ss]urvey)s?\s{1,3}$"
)
# A share placed before its verb, of a group named by place or kind: "1.1 per cent in
# urban areas said so": the sentence compares groups.
_LOCATED = re.compile(r"\s{1,3}(?:in|among|across|for|at|from)\s", re.IGNORECASE)
_BARE_GAP = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:(?:of\s{1,3}(?:them|these|those))\s{1,3})?")
# Who a share is of, by the words of its whole: those polled, or people.
_POLLED_WORDS = re.compile(
    r"\b(?:respondents|interviewees|surveyed|polled|interviewed|questioned|asked|consulted"
    # "of assessed households": a needs survey; U-Reporters are the respondents of the
    # U-Report polls ("Around half of U-Reporters (54%) usually receive ...")
    r"|participants|assessed\s{1,3}households|u-reporters?"
    # those who replied, named by a participle after their noun: "of the Governments
    # responding", "of the countries replying to the questionnaire" (before the noun,
    # "the responding offices", the participle names them as the reply counts did)
    r"|(?<=[a-z]\s)(?:responding|replying|answering))(?![\w-])",
    re.IGNORECASE,
)
_PEOPLE_WHOLES = _ASKED_NOUNS | {"population", "public", "adults", "citizens", "parents"}
# Those a poll or a platform names by what they do there: "45 per cent of U-Reporters said".
_PEOPLE_WHOLES |= {"u-reporters", "reporters", "interviewees", "users"}
# Those a displacement survey hears, by the acronym or the participle the field uses: "96
# per cent of IDPs do not intend to return", "of the displaced", "of evacuees".
_PEOPLE_WHOLES |= {"idps", "displaced", "evacuees", "deportees", "stateless"}
# People named by their role or trade, whom surveys of business, government and the
# professions ask: "62 per cent of chief executives said", "44% of female MPs reported".
_PEOPLE_WHOLES |= word_set(
    """ceos executives managers leaders bosses mps parliamentarians legislators mayors
    officials experts entrepreneurs employers owners principals heads consumers customers
    members investors economists scientists researchers physicians lawyers judges
    prosecutors diplomats ministers delegates representatives coordinators practitioners
    professionals specialists traders vendors shopkeepers fishers herders pastoralists
    caregivers mothers fathers learners graduates applicants recipients clients tenants
    businesspeople"""
)
# Bodies that answer questionnaires, whose share is an answer only after a verb of saying
# or reporting: "55 per cent of Governments indicated that ...", "64 per cent of countries
# reported a plan" ("40 per cent of countries are landlocked" says what they are).
_ANSWERING_BODIES = word_set(
    """countries governments states parties companies firms businesses enterprises
    organizations organisations municipalities institutions agencies entities offices
    schools universities facilities parliaments legislatures chambers ministries
    authorities administrations commissions nsos nhris ngos csos"""
)
# The whole of an election's or a referendum's result, which is no poll's: "of voters".
_VOTERS = re.compile(r"\b(?:voters|electorate|votes|ballots)\b", re.IGNORECASE)
_DEMONYM = re.compile(r"\b[A-Z][a-z]{2,}(?:ians|ans|ese|is)\b")
# Shares set against a figure: "compared to about two thirds of those aged 18 to 60", "than
# 40 per cent" ("said that, compared to before the pandemic, ..." compares no figure).
_COMPARED_FIGURE = re.compile(
    r"(?i)\b(?:(?<!more\s)(?<!less\s)(?<!fewer\s)than|compar(?:ed|es)\s{1,3}(?:with|to)|versus"
    # "67 percent of Republicans said ... as opposed to 49 percent of Democrats"
    r"|against|as\s{1,3}opposed\s{1,3}to|in\s{1,3}contrast\s{1,3}(?:to|with))"
    r"\s[^.;,]{0,50}?(?:(?<![\w-])\d|\b(?:half|thirds?|quarters?|fifths?)\b)"
)
# The same figure given again for another group or place: "while in the capital the figure
# jumped to 50 percent", "and this figure is 18 percent for men", "the corresponding share
# was 37 per cent": a share set against another, as a comparison is.
_FIGURE_RESTATED = re.compile(
    r"(?i)\b(?:the|this|that|its)\s{1,3}(?:(?:same|corresponding|comparable)\s{1,3})?"
    r"(?:figure|proportion|share|percentage)\s{1,3}(?:(?:was|is|stood|had|has)\s{1,3})?"
    r"(?:jumped|rose|climbed|fell|dropped|reached|increased|decreased|doubled|was|is|stood)"
    r"\b[^.;,]{0,30}?(?<![\w-])\d"
)
# After a restated figure, those it is for as a subset of the same whole: "but that figure
# climbed to 38.7 percent for those who reported ..." narrows the share, sets no other
# group against it.
_FOR_THOSE = re.compile(r"(?i)[^;]{0,40}?\b(?:for|among)\s{1,3}those\b")


def _restated_for_another(sentence: str) -> bool:
    """Whether the sentence gives its share's figure again for another group or place.

    >>> _restated_for_another("24% of households did, while in the capital the figure was 50%")
    True
    >>> _restated_for_another("33% did, but that figure climbed to 39% for those who ...")
    False
    """
    restated = _FIGURE_RESTATED.search(sentence)
    return restated is not None and _FOR_THOSE.match(sentence, restated.end()) is None


_PRONOUN_GOES_ON = re.compile(r",\s{1,3}(?:they|it|we|he|she|there|this)\s", re.IGNORECASE)
# A verb in a whole's words ends it, unless a relative clause holds it: "of women and
# girls are unable to say" is no whole ("of refugees in the countries where the survey
# was conducted" is one).
# A participle of replying opens a clause of the whole as a relative pronoun does: "of the
# countries responding to the survey indicated ..." ("to" is the participle's).
# So does "to" after those who replied: "of respondents to a global survey released on
# Monday believe ..." ("to" names what they replied to).
_VERB_IN_WHOLE = re.compile(
    r"^(?:(?!\b(?:where|who|whom|that|which|responding|replying|answering"
    r"|(?:respondents|participants|replies|responses)(?=\s{1,3}to\s))\b).)*?"
    r"\b(?:are|is|were|was|be|been|had|have|has"
    r"|will|can|to)\b",
    re.IGNORECASE,
)
_POLLED_WORD_SLACK = 12  # words of a whole before its answer's verb, at most
# Words of answering a paragraph with one count must hold for its share to be read.
_ANSWER_WORDS = (
    "said", "say", "believ", "think", "thought", "feel", "felt", "want", "intend", "hope",
    "expect", "prefer", "agree", "favo", "oppos", "worr", "concerned", "optimistic",
    "question", "trust", "support", "would like", "reported", "indicated",
    # wishes, plans and attitudes of those polled: "would rather stay", "wish to remain",
    # "do not plan to return", "expressed their desire", "are proud", "are satisfied"
    "rather", "wish", "plan", "express", "desire", "proud", "satisf", "hopeful", "answered",
    "replied", "responded", "cited", "stated", "consider", "mentioned", "told",
    # a whole named as polled, whatever its verb: "77% of respondents are familiar with",
    # "74% of citizens polled there are ready to", "of U-Reporters usually receive"
    "respondents", "polled", "surveyed", "interviewed", "u-report",
)  # fmt: skip


def may_answer_poll(lower: str) -> bool:
    """Whether a lower-cased paragraph may hold one share that answers a poll.

    A cheap literal test for the caller, which reads no items in a paragraph with one
    count unless a word tells that the count may make a tally.

    >>> may_answer_poll("only 13 per cent intend to return."), may_answer_poll("13 per cent.")
    (True, False)
    """
    return ("%" in lower or "per cent" in lower or "percent" in lower) and any(
        word in lower for word in _ANSWER_WORDS
    )


class _Answer(NamedTuple):
    """One share that answers, as read: the part, its whole's words, how it answered."""

    part: Part
    base: str | None
    how: str  # "said", "state" or "did" (the group of :data:`_ANSWER` that matched)


def _answer_label(text: str, start: int, hi: int) -> tuple[str, int] | None:
    """The clause of an answer from its verb at ``start``: the label and where it ends.

    A comma before a pronoun goes on with the clause ("said that, compared with before,
    they sleep more").
    """
    at = start
    while True:
        end = _CLAUSE_END.search(text, at, hi)
        stop = end.start() if end is not None else hi
        if end is None or (
            _PRONOUN_GOES_ON.match(text, stop) is None
            # "said they were somewhat, very or extremely concerned": one series
            and not series_goes_on(text, stop)
        ):
            break
        at = stop + 1
    words = text[start:stop].split()[:_MAX_LABEL_WORDS]
    while words and words[-1].lower() in ("and", "or", "but", "while", "whereas"):
        words.pop()
    label = " ".join(words).strip(" ,;:\"“”'‘’")
    return (label, start + len(text[start:stop].rstrip())) if label else None


def _share_words(
    text: str, share: Item, lo: int, hi: int
) -> tuple[int, int, str | None, bool] | None:
    """Where a share's clause opens, where its words end, a whole before it, if it is restated.

    A share in parentheses after a rate or fraction in words is that rate's figure: its
    clause opens before the words, its words end at the parenthesis ("almost three
    quarters (73 per cent) of people", "most countries (55%) support", the whole then
    "countries"); so is one between commas after "or" ("One in three respondents, or 33
    percent, reported"). Any other share in parentheses is a label's (``None``).
    """
    opening, at = share.prefix_start, share.end
    worded = _WORDED_BEFORE.search(text, max(lo, opening - _WORDED_REACH), opening)
    if worded is None and text.startswith("(", opening):
        # the item holds its parenthesis and qualifier: "proportion of X (about 59%"
        worded = _WORDED_BARE.search(text, max(lo, opening - _WORDED_REACH), opening)
    if worded is None and "(" not in text[opening : share.start]:
        reach = max(lo, opening - _WORDED_REACH)
        restated = _WORDED_BEFORE_OR.search(text, reach, opening)
        close = _COMMA_CLOSE.match(text, at, hi) if restated is not None else None
        if close is None and (restated := _WORDED_BEFORE_DASH.search(text, reach, opening)):
            close = _DASH_CLOSE.match(text, at, hi)  # "The vast majority of X—89 percent—say"
        if close is not None:  # "One in three respondents, or 33 percent, reported"
            words = restated["noun"].split()
            while words and words[0].lower() in ("of", "the", "all", "those"):
                words.pop(0)  # "A majority of municipalities, or 61 per cent, said"
            return restated.start(), close.end(), " ".join(words) or None, True
        if text.rfind("(", lo, opening) > text.rfind(")", lo, opening):
            return None  # a share in parentheses after its label: the lists' readers'
        return opening, at, None, False
    close = _PAREN_CLOSE.match(text, at, hi)
    if close is None:
        return None
    if worded is None:  # the item holds the words: "two thirds (64 per cent"
        return opening, close.end(), None, True
    noun = " ".join(worded["noun"].split()) or None
    if noun is not None and _EVERY_NTH.match(worded.group()) is not None:
        noun = _plural(noun)  # "every second citizen (46%)": a share of citizens
    return worded.start(), close.end(), noun, True


# A rate as "every" and an ordinal before a noun in the singular: "every second citizen",
# "every third respondent" (one in two, one in three of them).
_EVERY_NTH = re.compile(
    r"every\s{1,3}(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.IGNORECASE,
)


def _plural(noun: str) -> str:
    """``noun`` with its last word in the plural, as the wholes of shares are named.

    >>> _plural("citizen"), _plural("young person"), _plural("respondents")
    ('citizens', 'young people', 'respondents')
    """
    words = noun.split()
    last = words[-1]
    if last.lower() == "person":
        words[-1] = last[:-6] + "people"
    elif not last.lower().endswith("s"):
        words[-1] = last + "s"
    return " ".join(words)


def _read_answer(
    text: str,
    share: Item,
    lo: int,
    hi: int,
    *,
    later: bool,
    sample: str | None = None,
    people: str | None = None,
    earlier: str | None = None,
    wholes: _WholesBefore | None = None,
) -> _Answer | str | None:
    """One share of those polled with its answer, or why it is none.

    "located" for a share of a group named by place or kind, "unread" for a share that
    opens its clause with no answer after it, ``None`` for one that is no subject or no
    answer of people. A ``later`` share may elide its copula ("... and 65 per cent
    against"). A share with no whole of its own after a stated ``sample`` (its noun) is of
    those polled; after a frame that names ``people`` ("Among those displaced for more
    than five years,"), it is theirs where it says or feels (and "of them" names them).
    """
    if _RESTATED_AFTER.match(text, share.end) is not None:
        return None  # "Almost 100 per cent (96% to be accurate) ...": the next share's words
    where = _share_words(text, share, lo, hi)
    if where is None:
        return None
    opening, at, base, restated = where
    if base is not None and earlier is not None and base.lower() in _PRONOUN_WHOLES:
        # "..., while almost half of them (42.5%) seem to be dissatisfied": the whole of
        # the answer before (``earlier``)
        base = earlier
    # the three end at the share ("$"): searched from the sentence's start, a long sentence
    # of shares was read once for each share (quadratic); from a bounded reach back they
    # find the same (the first two match fewer characters than it, the third at most six
    # words between "in the" and "survey")
    near = max(lo, opening - _OPENING_REACH)
    if (
        _SUBJECT_BEFORE.search(text, near, opening) is None
        and not (restated and _THE_BEFORE.search(text, near, opening) is not None)
        and _SURVEY_JUST_BEFORE.search(text, near, opening) is None
    ):
        return None  # a share must open its clause ("The majority (87 per cent) of ...")
    if base is not None:  # the whole before the parenthesis: "most countries (55%) support"
        at = _BARE_GAP.match(text, at).end()
    elif (of := _POLLED_BASE.match(text, at, hi)) is not None:
        whole = _whole_before_answer(text, of.start("base"), min(hi, of.end() + 160))
        if whole is None:
            whole = _polled_then_verb(text, of.start("base"), hi)
            if whole is None:
                return "unread"  # "40 per cent of the funds, which were raised, went to ..."
            base, at = whole
            return _polled_answer(text, share, base, at, hi)
        base, at = whole
        if people is not None and base.lower() in _PRONOUN_WHOLES:
            base = people  # "As for internally displaced people, 72% of them want ..."
        if _VOTERS.search(base) is not None:
            return None  # "64 per cent of voters supported the party": an election's result
    elif _LOCATED.match(text, at) is not None:
        return "located"
    else:
        at = _BARE_GAP.match(text, at).end()
        if _ANSWER.match(text, at, hi) is None and (
            (whole := _whole_before_answer(text, at, min(hi, at + 160))) is not None
            and (
                _PEOPLE_FIRST.match(whole[0]) is not None
                # "... Survey (RPIS) ... presents that 94% Syrian refugees do not intend":
                # people named bare in a sentence that names its survey
                or (
                    _people_named_bare(whole[0])
                    and _QUESTIONNAIRE_NAMED.search(text, lo, hi) is not None
                )
            )
        ):
            base, at = whole  # "73% people across 52 countries believe": no "of"
    answer = _ANSWER.match(text, at, hi)
    if (
        answer is None
        and (
            (
                base is not None
                and _POLLED_WORDS.search(base) is not None
                and (not base.endswith("surveyed") or _of_people(base))
            )
            or (base is None and sample is not None and later)
        )
        and _AFTER_POLLED.match(text, at, hi) is not None
    ):
        # "Nearly two thirds of the farmers interviewed, or 63 per cent, lost ...": any
        # verb after a polled whole, as in _polled_then_verb; a later share of a stated
        # sample too ("Of the women interviewed, 47 per cent said ...; 68 per cent had
        # been the target of ...")
        return _polled_answer(text, share, base or sample or "", at, hi)
    if answer is None and later and base is None:
        answer = _ELIDED_STATE.match(text, at, hi)
    if answer is None or (later and _FOUND.match(text, answer.start()) is not None):
        # "..., but only 30 per cent found it easy to use": a later judgement may be of a
        # subset (those who used it), so only a share that opens the sentence's answers
        # judges with "found it"
        return "unread"
    how = answer.lastgroup or "state"
    polled = (
        (base is None and sample is not None)
        or (base is not None and _POLLED_WORDS.search(base) is not None)
        # "71 per cent of households had ..., according to the survey, which covered
        # 1,520 households": the share's whole is the sample's noun
        or (base is not None and sample is not None and _one_whole({base.lower(), sample.lower()}))
    )
    if how == "said" and not polled and _REPLIED.match(text, answer.start()) is not None:
        # "46% of IDPs responded that they moved ...": those who responded were asked,
        # whatever their noun
        polled = True
    if how == "did" and not polled:
        return None  # "40 per cent of children had dropped out": no answer
    if (
        base is not None
        and not polled
        and not _of_people(base)
        and not (how == "said" and _of_bodies(base) and _body_answered(text, answer, lo, hi))
    ):
        return "unread"  # "30 per cent of the budget would go to ...": a share of a thing
    if (
        base is None
        and sample is None
        and people is None
        and not later
        and not restated
        and not (
            wholes.named(share.start)
            if wholes is not None
            else _whole_named_before(text, lo, share.start)
        )
    ):
        return None  # "Only 12 per cent say the reason was work": whose answer is unsaid
    if base is None and people is not None:
        base = people  # "Among those displaced ..., a staggering 96% wish to remain"
    if how == "state":  # "were uncertain" -> "uncertain": the attitude is the answer
        at = _COPULA.match(text, at).end()
    read = _answer_label(text, at, hi)
    if read is None:
        return None
    part = _answer_part(share, base, *read)
    return _Answer(part, base, how)


# A whole named as polled, its last word the polled one, then the finite verb of what
# they did or found, any verb: "of the people interviewed faced one or more challenges",
# "of respondents had or accompanied someone with a disability", "of the families
# interviewed faced or continue to face risks", "of respondents are experiencing ...".
# Who they are ("were women", "were based in") and how they voted ("voted in the previous
# election": a turnout, no answer) are none.
_NOT_A_STATE = (
    r"aged|based|located|born|married|related|resident|native|registered|displaced|living"
    r"|part|one|most|some|all|none|each|both|either|neither|among|from|in|of|the|a|an|not"
)
_POLLED_STATE = (
    r"(?:(?:were|are|was|is|remain(?:ed|s)?)|seem(?:s|ed)?\s{1,3}to\s{1,3}be)\s{1,3}"
    r"(?:not\s{1,3})?(?:(?:very|more|less|fully|quite|somewhat|still|also|now|generally"
    r"|largely|mostly|either)\s{1,3})?"
    rf"(?!(?:{_NOT_A_STATE})\b)(?:[a-z]{{2,}}ous|[a-z]{{2,}}[a-rt-z])"
    # (no agent: "are headed by women", "were hosted by relatives" say who they are)
    r"\s{1,3}(?:with|to|that|about|of|for|in\s{1,3}favou?r)\b"
)
# The closed classes no finite verb belongs to, and the verbs of where those polled came
# from or live (who they are).
_NOT_A_VERB = (
    r"in|on|at|from|across|among|aged|who|that|which|whom|whose|and|or|but|with|without"
    r"|between|of|for|to|by|per|than|as|like|this|these|those|the|a|an|were|was|are|is|be"
    r"|been|being|also|all|both|each|either|neither|only|not|no|its|their|his|her|our"
    r"|into|under|over|during|since|after|before|within|while|whereas|where|when|if"
    r"|come|came|comes|originate[ds]?|hail(?:s|ed)?|belong(?:s|ed)?|reside[ds]?|live[ds]?"
    r"|per|cent|percent|said|say|says"
)
_POLLED_PLAIN_VERB = (
    r"(?:(?:usually|often|generally|mostly|mainly|also|still|now|regularly|always|never"
    r"|rarely|sometimes|only|already|currently|typically|strongly|primarily)\s{1,3})?"
    # (a past in -ed is the alternative above's, with its words of who they are)
    rf"(?!(?:{_NOT_A_VERB})\b)[a-z]{{3,}}(?<!ly)(?<!ed)(?=\s{{1,3}}[a-z“\"‘'])"
)
_FINITE_VERB = (
    r"(?:[a-z]{3,}ly\s{1,3})?"
    r"(?:(?:had|have|has|did|do|does|could|would|will|can|may|might|must)\b"
    r"|(?:were|are|was|is)\s{1,3}(?:not\s{1,3})?(?:(?:still|also|now|already)\s{1,3})?"
    r"[a-z]{2,}ing\b"
    r"|(?!(?:aged|based|located|residing|born|displaced|living|registered|selected"
    r"|sampled|assessed|surveyed|interviewed|polled|questioned|consulted|voted|abstained"
    r"|elected)\b)[a-z]{2,}ed\b"
    r"|(?:felt|knew|saw|took|got|left|lost|spent|went|sent|paid|found|kept|made|gave|fled"
    r"|heard|met|sought|bought|brought|held|chose|grew|became|began|came|ran|fell|wrote"
    r"|read|spoke|understood|thought|told|said)\b"
    # a state after a copula with its complement, what they were asked about: "are
    # familiar with the work of", "are ready to", "seem to be satisfied with"; not who
    # they are: a plural noun ("were members of", "are women with"), an age or a place
    # ("were aged", "are based in", "were resident in")
    rf"|{_POLLED_STATE}"
    # a verb in the present or the past of an irregular or unlisted kind, after the whole
    # named as polled: "usually receive information", "rank the judiciary as", "see the
    # Organization as"; the first word is no word of the closed classes (prepositions,
    # articles, pronouns, conjunctions, auxiliaries) and no verb of where they came from
    rf"|{_POLLED_PLAIN_VERB})"
)
_POLLED_THEN_VERB = re.compile(
    r"(?P<base>(?:[\w’'-]{1,25}\s{1,3}){0,4}?(?:respondents|interviewees|surveyed|polled"
    rf"|interviewed|questioned|consulted|u-reporters))\s{{1,3}}"
    rf"(?:(?:there|here)\s{{1,3}})?(?P<verb>{_FINITE_VERB})",
    re.IGNORECASE,
)
_AFTER_POLLED = re.compile(_FINITE_VERB, re.IGNORECASE)


def _polled_then_verb(text: str, start: int, hi: int) -> tuple[str, int] | None:
    """A polled whole from ``start`` and where its verb starts, any finite verb after it.

    >>> text = "54% of the people interviewed faced one or more challenges."
    >>> _polled_then_verb(text, 7, len(text))
    ('the people interviewed', 30)
    >>> _polled_then_verb("40% of the funds raised went to health.", 7, 39) is None
    True
    >>> _polled_then_verb("45% of the land surveyed belonged to the State.", 7, 46) is None
    True
    """
    match = _POLLED_THEN_VERB.match(text, start, hi)
    if match is None or re.search(r"[,;:.()]", match["base"]) is not None:
        return None
    base = " ".join(match["base"].split())
    if base.endswith("surveyed") and not _of_people(base):
        return None  # "45 per cent of the land surveyed belonged to the State"
    return base, match.start("verb")


def _answer_part(share: Item, base: str, label: str, end: int) -> Part:
    """The part of a share of the whole ``base``, its answer ``label`` ending at ``end``."""
    return Part(
        label,
        None,
        share.prefix_start,
        end,
        percent=float(share.percent),
        decimals=share.decimals,
        counted=base,
        base=base,
        qualifier=share.qualifier,
    )


_RELATIVE_PRONOUNS = frozenset(("who", "whom", "that", "which"))


def _polled_answer(text: str, share: Item, base: str, at: int, hi: int) -> _Answer | None:
    """The answer of a share of a polled whole ``base`` whose verb starts at ``at``."""
    if _VOTERS.search(base) is not None:
        return None
    read = _answer_label(text, at, hi)
    if read is None:
        return None
    part = _answer_part(share, base, *read)
    return _Answer(part, base, "did")


# A share in parentheses that restates a rate or a fraction in words before it, which is
# the subject: "almost three quarters (73 per cent) of people ...", "one in six (16%)
# disagrees", "Nearly two-thirds (national average 64%) support", "most countries (55%)".
_WORDED_RATE = (
    r"(?:\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s{1,3}(?:in|out\s{1,3}of)"
    r"\s{1,3}(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)"
    r"|\b(?:half|(?:a|one|two|three)[\s-]{1,3}(?:thirds?|quarters?|fifths?)|majority|minority|most|all"
    # a share in words after an article and a word of size: "A significant proportion of
    # Ukrainian refugees surveyed (about 59%)", "a large share of respondents (61 per cent)",
    # "a significant number of the migrants interviewed (about 59%)"
    r"|every\s{1,3}[a-z]+|proportion|share|percentage|portion|number)"
    r"|\b\d{1,3}(?:\.\d{1,2})?\s{0,2}(?:%|per\s{1,3}cent|percent))"
    # the whole after "of" may be named ("Nearly half of all CEOs surveyed (49 per cent)")
    r"(?:\s{1,3}of(?:\s{1,3}(?:the|all|those))?(?=\s{1,3}(?:[A-Z]\.){2,}|\s{1,3}[A-Za-z][\w’'-]*\s))?"
    # an initialism with its dots is one word: "U.N. workers"
    r"(?P<noun>(?:\s{1,3}[a-z][\w’'-]*){0,2}?"
    r"|(?:\s{1,3}(?:(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*)){1,3}?)"
)
_WORDED_BEFORE = re.compile(
    _WORDED_RATE + r"\s{0,3}\(\s{0,2}(?:[A-Za-z]+\s{1,3}){0,3}$", re.IGNORECASE
)
_WORDED_BARE = re.compile(_WORDED_RATE + r"\s{0,3}$", re.IGNORECASE)
# The same rate restated between commas after "or": "One in three respondents, or 33
# percent, reported ...", "Two thirds of the teachers surveyed, or 64 per cent, said ...".
_WORDED_BEFORE_OR = re.compile(
    _WORDED_RATE + r"\s{0,3},\s{0,3}or\s{1,3}(?:(?:about|some|nearly|almost|around|roughly"
    r"|just\s{1,3}over|over)\s{1,3})?$",
    re.IGNORECASE,
)
# The same rate restated between dashes: "The vast majority of U.N. workers—89 percent—say",
# "Most respondents -- 72 per cent -- said".
_WORDED_BEFORE_DASH = re.compile(
    _WORDED_RATE + r"\s{0,3}(?:--|[–—]|\s-)\s{0,3}(?:(?:about|some|nearly|almost|around|roughly"
    r"|just\s{1,3}over|over|or)\s{1,3})?$",
    re.IGNORECASE,
)
_DASH_CLOSE = re.compile(r"[^()–—,;.]{0,30}?(?:--|[–—]|\s-(?=\s))")
_COMMA_CLOSE = re.compile(r"[^(),;.]{0,30}?,")
_WORDED_REACH = 60  # characters from a worded rate to its share in parentheses
_OPENING_REACH = 400  # characters before a share that say it opens its clause
_RESTATED_AFTER = re.compile(r"\s{0,3}\(\s{0,2}(?:[A-Za-z]+\s{1,3}){0,3}\d")
_PAREN_CLOSE = re.compile(r"[^()]{0,30}?\)")
# A whole of people written with no "of" after its share: "73% people", "90 per cent
# Rohingyas".
_PEOPLE_FIRST = re.compile(
    r"(?:people|persons|adults|youth|respondents|(?-i:[A-Z][a-z]{2,}s))\b", re.IGNORECASE
)
# Words that compare a share rather than name its whole: "40% more people believe".
_NOT_A_WHOLE_OPENING = frozenset(("more", "fewer", "less", "higher", "lower", "of", "in", "the"))
_BARE_WHOLE_WORDS = 4  # words of a whole written with no "of": "94% Syrian refugees"


def _people_named_bare(whole: str) -> bool:
    """Whether a whole written right after its share, with no "of", names people.

    A few words that end on people: "94% Syrian refugees do not intend to return".

    >>> _people_named_bare("Syrian refugees"), _people_named_bare("more people")
    (True, False)
    """
    words = whole.split()
    placed = next(
        (index for index, word in enumerate(words) if word.lower() in _PLACING_WORDS), None
    )
    head = words[:placed]  # "Sudanese refugees in the camps": the people before their place
    return (
        0 < len(head) <= _BARE_WHOLE_WORDS
        and head[0].lower() not in _NOT_A_WHOLE_OPENING
        and head[-1].lower().strip("’'") in _PEOPLE_WHOLES
    )


_PLACING_WORDS = frozenset(("in", "at", "across", "from", "within", "living", "hosted", "residing"))


# A relative clause set off by commas inside a whole: "Rohingyas, who have taken shelter in
# Bangladesh, personally witnessed".
_RELATIVE_ASIDE = re.compile(r",\s{1,3}(?:who|which|that)\s[^,;:.()]{1,80},\s{1,3}")
_DETERMINER_BEFORE = re.compile(r"\b(?:their|its|his|her|our|my|your|the|a|an)\s{1,3}$", re.I)
# An aside set off by a pair of dashes inside a whole: "of respondents - particularly
# adolescents and those from low income groups - say", "of staff—mostly in the field—feel".
_DASHED_ASIDE = re.compile(
    r"(?:\s-{1,2}\s|\s?[–—]\s?)[^-–—;:.()]{1,80}?(?:\s-{1,2}\s|\s?[–—]\s?)(?=\S|$)"
)
# The acronym of a whole in parentheses: "of internally displaced persons (IDPs) prefer".
_ACRONYM = re.compile(r"\s\((?:[A-Z]{2,}s?|[A-Z][a-z]?[A-Z]+[a-z]?s?)\)")
# A dashed aside that closes on the whole: "of the world's population – now view".
_DASH = re.compile(r"\s(?:--|[-–—])\s")


_ADVERBS_BEFORE_VERB = frozenset(("also", "still", "now", "even", "further", "generally"))


def _whole_before_answer(text: str, start: int, limit: int) -> tuple[str, int] | None:
    """The words of a share's whole from ``start`` to its answer's verb, and the verb's start.

    At most one word stands between a dash that closes an aside and the verb ("–
    now view"); a verb of the whole's own ("are unable to say") or a mark ends no whole.
    """
    for answer in _ANSWER.finditer(text, start, limit):
        if answer.start() <= start or text[answer.start() - 1] != " ":
            continue
        if _DETERMINER_BEFORE.search(text, start, answer.start()) is not None:
            continue  # "within their own countries", "the use of": no verb after a determiner
        written = _RELATIVE_ASIDE.sub(" ", text[start : answer.start()])
        written = _ACRONYM.sub("", _DASHED_ASIDE.sub(" ", written))
        dash = _DASH.search(written)
        if dash is not None:
            if len(written[dash.end() :].split()) > 1:
                return None
            written = written[: dash.start()]
        words = written.split()
        if words and words[-1].lower() in _RELATIVE_PRONOUNS:
            # "of the participants interviewed in 2016 who had traveled ... were from": the
            # verb after the pronoun is its clause's, a part of the whole; the answer's
            # verb, if any, comes after that clause
            continue
        while words and words[-1].lower() in _ADVERBS_BEFORE_VERB:
            words.pop()  # "of Americans also believe": the adverb is the verb's
        if (
            not words
            or len(words) > _POLLED_WORD_SLACK
            or _VERB_IN_WHOLE.search(written) is not None
            or re.search(r"[,;:.()]", written) is not None
        ):
            return None
        return " ".join(words), answer.start()
    return None


# A whole of people named before a share that has none: "Nearly half of respondents
# left in March, and 82 per cent said ...", "More than half of those who ...".
_OF_WORDS = re.compile(
    r"\b(?:of|half|thirds?|quarters?|majority|most)\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?"
    r"((?:[\w’'-]+\s{1,3}){0,2}[\w’'-]+)"
)


def _whole_named_before(text: str, lo: int, start: int) -> bool:
    """Whether ``text[lo:start]`` names a whole of people or of those polled after "of".

    Those polled named anywhere before the share name its whole too: "Respondents were
    asked ‘Do you feel safe?’, to which 67 per cent answered yes". Asked once for each
    share of a sentence, :class:`_WholesBefore` gives the same answer in constant time.

    >>> _whole_named_before("Respondents were asked, and 67 per cent said yes", 0, 27)
    True
    >>> _whole_named_before("Of the budget, 67 per cent went to roads", 0, 15)
    False
    """
    return _POLLED_WORDS.search(text, lo, start) is not None or any(
        _of_people(match[1]) or _POLLED_WORDS.search(match[1]) is not None
        for match in _OF_WORDS.finditer(text, lo, start)
    )


_POLLED_LONGEST = 40  # characters of the longest match of _POLLED_WORDS, and more
_OF_WORDS_REACH = 300  # characters back from a share where _OF_WORDS is read again


class _WholesBefore:
    """:func:`_whole_named_before` for the shares of one sentence, each asked in constant time.

    Searched from the sentence's start for each share, a long sentence of shares was read
    once for each (quadratic). Here the sentence is read once, as far as the shares asked
    about: a match that ends before a share is the same whether the text is cut at the
    share or not (every pattern sees the character after it), so only the last few words
    before each share are read again, cut there ("of those asked" may end at the share).
    A match of "of" and three words longer than :data:`_OF_WORDS_REACH` characters that
    ends at the share is missed: words of a hundred letters.

    >>> text = "Of those asked, 41 per cent agreed and 38 per cent disagreed."
    >>> wholes = _WholesBefore(text, 0, len(text))
    >>> wholes.named(16), wholes.named(39), _WholesBefore(text, 15, len(text)).named(39)
    (True, True, False)
    """

    __slots__ = ("_ends", "_lo", "_matches", "_named_by", "_next", "_polled_from", "_text")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text, self._lo = text, lo
        self._matches = _OF_WORDS.finditer(text, lo, hi)
        self._next = next(self._matches, None)
        self._ends: list[int] = []  # where each match read so far ends, in order
        self._named_by: int | None = None  # where the first match that names a whole ends
        self._polled_from = lo  # no polled word ends before a share asked about from here

    def named(self, start: int) -> bool:
        """Whether a whole is named before ``start``, as :func:`_whole_named_before` says."""
        text = self._text
        while self._next is not None and self._next.end() < start:
            match, self._next = self._next, next(self._matches, None)
            self._ends.append(match.end())
            if self._named_by is None and (
                _of_people(match[1]) or _POLLED_WORDS.search(match[1]) is not None
            ):
                self._named_by = match.end()
        if self._named_by is not None and self._named_by < start:
            return True
        polled_from = max(self._lo, min(self._polled_from, start - _POLLED_LONGEST))
        polled = _POLLED_WORDS.search(text, polled_from, start)
        if polled is not None:
            return True
        self._polled_from = max(self._polled_from, start - _POLLED_LONGEST)
        before = bisect.bisect_left(self._ends, start)
        last = self._ends[before - 1] if before else self._lo
        return any(
            _of_people(match[1]) or _POLLED_WORDS.search(match[1]) is not None
            for match in _OF_WORDS.finditer(text, max(last, start - _OF_WORDS_REACH), start)
        )


# What bodies tell as data, not as answers, unless their sentence names a questionnaire:
# "Most countries (55%) reported growth" (their economies grew). So are what a body does
# as an act where a person would give an opinion: a Government that supported, opposed,
# favoured, planned or wanted a thing did it ("40 percent of low-income countries have
# not supported poor learners", "30 per cent of States opposed the text"); only a survey
# named in the sentence makes it an answer ("In the survey, 40 per cent of countries
# supported a ban").
_TOLD_AS_DATA = re.compile(
    r"(?:report|mention|cite|see|saw|support|oppos|favou?r|approv|disapprov|plan|intend"
    r"|expect|want|wish"
    r"|prefer|trust|fear|hope|rate|rating|not)",
    re.IGNORECASE,
)
_QUESTIONNAIRE_NAMED = re.compile(
    r"\b(?:survey|questionnaire|poll|respond|responses|replies|replied|consultation)",
    re.IGNORECASE,
)


# What a body reports of itself, as a clause or with "having" or "being": an answer it
# gave, as "indicated that" is ("82 per cent of States reported that they had a focal
# point", "61 per cent of parliaments reported having a committee", "reported they had"),
# where a noun after the verb is data ("reported growth", "reported an increase").
_OF_ITSELF = re.compile(r"\s{1,3}(?:that|having|being|they|it|there)\b", re.IGNORECASE)


def _body_answered(text: str, answer: re.Match[str], lo: int, hi: int) -> bool:
    """Whether a body's verb of saying at ``answer`` gives an answer, not data it reported."""
    verb = answer.group().split()[-1]
    if verb.lower().startswith("indicat") and _THAT.match(text, answer.end()) is None:
        # "40 per cent of countries indicated growth above 3 per cent": data, not an answer
        return _QUESTIONNAIRE_NAMED.search(text, lo, hi) is not None
    if verb.lower().startswith("report") and _OF_ITSELF.match(text, answer.end()) is not None:
        return True  # "reported that they had a plan", "reported having a plan"
    if _TOLD_AS_DATA.match(verb) is None:
        return True  # "indicated that", "considered", "agreed", "said"
    return _QUESTIONNAIRE_NAMED.search(text, lo, hi) is not None


_THAT = re.compile(r"\s{1,3}that\b", re.IGNORECASE)


def _of_bodies(base: str) -> bool:
    """Whether a share's whole names bodies that answer questionnaires: "Member States".

    >>> _of_bodies("Member States"), _of_bodies("the budget")
    (True, False)
    >>> _of_bodies("Parties that submitted national reports")
    True
    """
    words = _WORD.findall(base)
    for index, word in enumerate(words):
        if index and word.lower() in _RELATIVE_PRONOUNS:
            # "the Parties that submitted national reports": the head comes before the clause
            words = words[:index]
            break
    return bool(words) and words[-1].lower() in _ANSWERING_BODIES


def _of_people(base: str) -> bool:
    """Whether the words of a share's whole name people: "Syrian refugees", "Kenyans"."""
    words = [word.lower().strip("’'") for word in _WORD.findall(base)]
    return any(word in _PEOPLE_WHOLES for word in words) or _DEMONYM.search(base) is not None


def find_polled_answers(
    text: str,
    items: list[Item],
    *,
    taken: list[Tally] = (),  # type: ignore[assignment]
) -> list[Tally]:
    """Shares of those polled, each the subject of its answer, in sentences no tally holds.

    A poll's findings as news and agency pages write them: "45 per cent of women
    surveyed reported ...", "72% of respondents globally favour ...", "Only 13 per cent
    of Ukrainian refugees intend to return", "80 per cent -- or four out of five -- of
    people want ...", and more shares of the same whole after the first, with the whole
    elided ("..., while 10 per cent were uncertain"). Each share is one part labelled by
    its answer (the clause from its verb); ``counted`` and ``base`` are the whole's words.
    A share is read where it opens its clause and a verb of answering follows its whole:
    saying, judging, wanting or intending ("said", "believe", "favour", "intend"), an
    attitude after a copula ("were uncertain", "are more optimistic"), or, where the
    whole is named as polled ("respondents", "women surveyed", "U-Reporters"), any finite
    verb: what they had done ("had experienced violence"), do ("usually receive
    information through the internet") or are with a complement ("are familiar with the
    work of", "are ready to"). A reply is an answer whoever its whole ("46% of IDPs
    responded that ...").

    None: a share of a thing ("of the budget"), who those polled are ("30 per cent of
    respondents were women"), a share with no whole whose verb is an attitude in a
    sentence that speaks of no survey, shares of different wholes ("60 per cent of girls
    and 52 per cent of boys said"), shares of groups named by place or kind ("1.1 per
    cent in urban areas said so, 1.6 per cent in rural areas"), shares compared
    ("compared with", "than") and a change ("rose from 40 to 47 per cent").

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    taken
        What the other readers found: a sentence that holds one is skipped.

    Returns
    -------
    list of Tally
        At most one survey in per cent a sentence, offsets relative to ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Only 13 per cent of Ukrainian refugees intend to return this year."
    >>> tally = find_polled_answers(text, read_items(text))[0]
    >>> [(p.category, p.percent, p.counted) for p in tally.parts]
    [('intend to return this year', 13.0, 'Ukrainian refugees')]
    >>> find_polled_answers("Some 40 per cent of the budget would go to health.",
    ...     read_items("Some 40 per cent of the budget would go to health."))
    []
    """
    if not any(word in text for word in _PERCENT_WORDS):
        return []
    shares = [
        item
        for item in items
        if item.kind == "percent" and item.percent is not None and 0 < item.percent <= 100
    ]
    # counts that are rates ("Four out of ten respondents (42%) think ..."), their share
    # in parentheses held by the count
    rates = [item for item in items if _is_restated_rate(item)]
    if not shares and not rates:
        return []
    starts = [*sentence_starts(text), len(text)]
    share_starts = [item.start for item in shares]
    rate_starts = [item.start for item in rates]
    spans = _Spans(taken)
    found = []
    for at in range(len(starts) - 1):
        lo, hi = starts[at], starts[at + 1]
        first = bisect.bisect_left(share_starts, lo)
        inside = shares[first : bisect.bisect_left(share_starts, hi, first)]
        if not inside:
            first = bisect.bisect_left(rate_starts, lo)
            rated = rates[first : bisect.bisect_left(rate_starts, hi, first)]
            if rated and spans.within(lo, hi) == []:
                tally = _counted_rate_answer(text, rated[0], lo, hi)
                if tally is not None:
                    found.append(tally)
            continue
        if spans.within(lo, hi) != []:
            continue
        frame = _polled_frame(text, lo, hi)
        sample = frame
        if sample is None and _POLL_SOURCE.search(text, lo, hi) is not None:
            # "72% agreed that ..., according to a December 2006 poll", "A new poll finds
            # that 66 percent say ...": the sentence names the poll its shares are of
            sample = "those polled"
        tally = _answers_of_sentence(text, inside, lo, hi, sample=sample)
        if tally is None and sample is None and (people := _people_frame(text, lo, hi)):
            # "Among those displaced by disasters for more than five years, a staggering
            # 96% wish to remain where they are": the frame names whose answer it is
            tally = _answers_of_sentence(text, inside, lo, hi, people=people)
        if tally is None and (" to " in text or "versus" in text):
            tally = _margin(text, lo, hi)
        if tally is None and ")" in text[lo:hi]:
            tally = _rate_then_share(text, inside, lo, hi)
        if tally is not None and tally.subject is None and frame is not None:
            tally.subject = frame  # "Among those surveyed, 27 per cent plan to return"
            for part in tally.parts:
                part.counted, part.base, part.counted_inherited = frame, frame, True
        if tally is not None:
            found.append(tally)
    return found


# A rate or fraction in words that opens its clause as the subject, of a group named after
# it: "One in three respondents", "four out of ten citizens", "every second parent", "two
# thirds of those surveyed", "the majority of respondents".
_NUMBER_WORD_VALUES = {
    word: value
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
}
_NTH_VALUES = {
    word: value
    for value, word in enumerate(
        [
            "_",
            "_",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ]
    )
    if value > 1
}
_RATE_SUBJECT = re.compile(
    r"""
    (?:(?P<top>\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s{1,3}
        (?:in|out\s{1,3}of)\s{1,3}(?:every\s{1,3})?
        (?P<bottom>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)(?![\w,.]\d)
      | every\s{1,3}(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)
      | (?P<fraction>half|(?:a|one)[\s-]{1,3}(?:third|quarter|fifth)
        |two[\s-]{1,3}thirds|three[\s-]{1,3}quarters)
      | (?P<most>most|(?:the|a)\s{1,3}(?:"""
    + _SIZE_WORDS
    + r"""\s{1,3})?
        majority))
    (?:\s{1,3}of(?:\s{1,3}(?:the|all|those))?)?\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_FRACTION_VALUES = {
    "half": Fraction(1, 2),
    "third": Fraction(1, 3),
    "quarter": Fraction(1, 4),
    "fifth": Fraction(1, 5),
    "thirds": Fraction(2, 3),
    "quarters": Fraction(3, 4),
}
_RATE_NOUN_WORDS = 5  # words of the group between the rate and the answer's verb
_OPEN_BEFORE_SHARE = re.compile(r"\(\s{0,2}(?:[A-Za-z]+\s{1,3}){0,2}$")


def _rate_value(rate: re.Match[str]) -> Fraction | None:
    """The share in words a rate at the head of its clause states; ``None`` for "most".

    >>> [_rate_value(_RATE_SUBJECT.match(w)) for w in ("one in three", "every second")]
    [Fraction(1, 3), Fraction(1, 2)]
    """
    if rate["top"]:
        top, bottom = (
            int(w) if w.isdigit() else _NUMBER_WORD_VALUES[w.lower()]
            for w in (rate["top"], rate["bottom"])
        )
        return Fraction(top, bottom) if 0 < top < bottom else Fraction(-1)
    if rate["nth"]:
        return Fraction(1, _NTH_VALUES[rate["nth"].lower()])
    if rate["fraction"]:
        return _FRACTION_VALUES[rate["fraction"].lower().replace("-", " ").split()[-1]]
    return None


def _agrees(rate: re.Match[str], percent: Fraction) -> bool:
    """Whether a share in per cent states the rate in words: within a tenth, "most" over half.

    >>> rate = _RATE_SUBJECT.match("one in three")
    >>> _agrees(rate, Fraction(32)), _agrees(rate, Fraction(60))
    (True, False)
    """
    value = _rate_value(rate)
    if value is None:
        return 50 < percent <= 100
    return abs(percent / 100 - value) <= Fraction(1, 10)


def _rate_then_share(text: str, shares: list[Item], lo: int, hi: int) -> Tally | None:
    """A rate in words of those polled, their answer, then the rate's share closing it.

    "One in three respondents said they had skipped meals (32%)", "Every second citizen
    believes that corruption has grown (46 per cent)": the share in parentheses ends the
    answer's clause and restates the rate (within a tenth of it; "most" and "the majority"
    over half), so it is the part of those polled, labelled by the answer. The group must
    be named as polled or as people ("One in three children is stunted (32%)" states no
    answer; "Most countries reported growth (55%)" data).
    """
    for share in shares:
        paren = _OPEN_BEFORE_SHARE.search(
            text, max(lo, share.prefix_start - 30), share.prefix_start
        )
        if paren is None or _PAREN_CLOSE.match(text, share.end, hi) is None:
            continue
        tally = _rate_answer(text, share, paren.start(), lo)
        if tally is not None:
            return tally
    return None


def _rate_answer(text: str, share: Item, paren: int, lo: int) -> Tally | None:
    """The survey of ``share`` where a rate in words opens the clause it closes at ``paren``."""
    for rate in _RATE_SUBJECT.finditer(text, lo, paren):
        near = max(lo, rate.start() - _OPENING_REACH)
        if (
            _SUBJECT_BEFORE.search(text, near, rate.start()) is None
            and _THE_BEFORE.search(text, near, rate.start()) is None
        ):
            continue
        if not _agrees(rate, share.percent):
            return None
        words = list(_WORD.finditer(text, rate.end(), paren))[:_RATE_NOUN_WORDS]
        for count, word in enumerate(words[:-1], start=1):
            at = words[count].start()
            answer = _ANSWER.match(text, at, paren)
            if answer is None:
                continue
            noun = text[words[0].start() : word.end()]
            if rate["nth"]:
                noun = _plural(noun)
            return _rate_part(text, share, noun, answer, (rate.start(), paren))
        return None
    return None


def _rate_part(
    text: str, share: Item, noun: str, answer: re.Match[str], span: tuple[int, int]
) -> Tally | None:
    """The one-part survey of a rate's share whose group ``noun`` gave ``answer``.

    ``span`` runs from the rate in words to the parenthesis that opens the share.
    """
    start, paren = span
    how = answer.lastgroup or "state"
    polled = _POLLED_WORDS.search(noun) is not None
    if _VOTERS.search(noun) is not None or (how == "did" and not polled):
        return None  # "one in three voters backed it", "one in three children had ..."
    if not polled and not _of_people(noun):
        return None  # "Most countries reported growth (55%)": data, not an answer
    at = answer.start()
    if how == "state":
        at = _COPULA.match(text, at).end()
    read = _answer_label(text, at, paren)
    if read is None or text[read[1] : paren].strip():
        return None  # a clause ends between the answer and the share: another group's
    part = _answer_part(share, noun, *read)
    return Tally("survey", start, share.end, [part], unit="percent", subject=noun)


def _is_restated_rate(item: Item) -> bool:
    """Whether a count is a rate "N out of M" (M of one digit or ten) with its share.

    "Four out of ten respondents (42%)": the count is a rate of those named, not a part of
    ten of them, and the share in parentheses restates it.
    """
    return (
        item.kind == "count"
        and item.share is not None
        and item.of_total is not None
        and item.value is not None
        and 2 <= item.of_total <= 10
        and 0 < item.value < item.of_total
        and abs(item.share / 100 - Fraction(item.value) / item.of_total) <= Fraction(1, 10)
    )


_BLANKS = re.compile(r"\s{0,3}")


def _counted_rate_answer(text: str, item: Item, lo: int, hi: int) -> Tally | None:
    """The survey of a rate "N out of M" of those polled, its share restating it, and their answer.

    "Four out of ten respondents (42%) think they could get this information": the share
    (within a tenth of four in ten) is the part of those polled, labelled by the answer
    after it. The rate must open its clause, and its group be polled or people answering
    ("Two out of three children (64%) are stunted" states no answer).
    """
    near = max(lo, item.prefix_start - _OPENING_REACH)
    if (
        _SUBJECT_BEFORE.search(text, near, item.prefix_start) is None
        and _THE_BEFORE.search(text, near, item.prefix_start) is None
    ):
        return None
    noun = item.counted or ""
    at = _BLANKS.match(text, item.head_end, hi).end()
    answer = _ANSWER.match(text, at, hi) if noun else None
    if answer is None:
        return None
    how = answer.lastgroup or "state"
    polled = _POLLED_WORDS.search(noun) is not None
    if _VOTERS.search(noun) is not None or (how == "did" and not polled):
        return None
    if not polled and not _of_people(noun):
        return None  # "Two out of three countries (64%) reported growth": data
    if how == "state":
        at = _COPULA.match(text, at).end()
    read = _answer_label(text, at, hi)
    if read is None:
        return None
    label, end = read
    part = Part(
        label,
        None,
        item.prefix_start,
        end,
        percent=float(item.share),  # type: ignore[arg-type]
        decimals=item.share_decimals,
        counted=noun,
        base=noun,
    )
    return Tally("survey", item.prefix_start, end, [part], unit="percent", subject=noun)


def reread_overlong_answers(text: str, items: list[Item], tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a split of shares past 100 read again as answers of those polled.

    Another reader may take shares of one polled group for the parts of one split where
    the first share's clause holds a word it reads as a label ("68 per cent of the
    respondents correctly identify X as a major route ..., but only 41 per cent say ...":
    "a major route ..." and the counted "respondents correctly identify X"). Where such
    a tally in per cent, with no total, adds up to more than 100 and
    :func:`find_polled_answers` reads the same shares of its sentence as answers, that
    reading replaces it (and the overlapping shares are split later, one tally each).

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "68 per cent of respondents know the law, and 41 per cent say they use it."
    >>> wrong = Tally("survey", 0, 72, [Part("know", None, 0, 30, percent=68.0),
    ...     Part("use", None, 45, 72, percent=41.0)], unit="percent")
    >>> [p.category for p in reread_overlong_answers(text, read_items(text), [wrong])[0].parts]
    ['know the law', 'say they use it']
    """
    if not any(_overlong(tally) for tally in tallies):
        return tallies
    starts = [*sentence_starts(text), len(text)]
    shares = [
        item
        for item in items
        if item.kind == "percent" and item.percent is not None and 0 < item.percent <= 100
    ]
    share_starts = [share.start for share in shares]
    # a sentence is read once, however many of its tallies are overlong: a long one of
    # shares holds many (read again for each, it was quadratic)
    read: dict[tuple[int, int], Tally | None] = {}
    kept: set[int] = set()
    result = []
    for tally in tallies:
        if _overlong(tally):
            at = bisect.bisect_right(starts, tally.start) - 1
            lo, hi = starts[max(at, 0)], starts[min(at + 1, len(starts) - 1)]
            if (lo, hi) not in read:
                first = bisect.bisect_left(share_starts, lo)
                inside = shares[first : bisect.bisect_left(share_starts, hi, first)]
                read[lo, hi] = _answers_of_sentence(text, inside, lo, hi)
            again = read[lo, hi]
            if (
                again is not None
                and sorted(p.percent for p in again.parts) == sorted(p.percent for p in tally.parts)
                # the same answers as the other reader's are its to keep
                and [p.category for p in again.parts] != [p.category for p in tally.parts]
            ):
                # a copy where two tallies of the sentence take it: each is its own
                result.append(copy.deepcopy(again) if id(again) in kept else again)
                kept.add(id(again))
                continue
        result.append(tally)
    return result


def _overlong(tally: Tally) -> bool:
    """Whether a tally is shares alone, no total, adding up to more than 100."""
    return (
        tally.kind != "vote"
        and tally.total is None
        and len(tally.parts) > 1
        and all(part.count is None and part.percent is not None for part in tally.parts)
        and sum(Fraction(part.percent) for part in tally.parts) > 100 + _SHARE_SLACK
    )


_POLLED_TAIL = frozenset(
    ("surveyed", "polled", "interviewed", "questioned", "consulted", "assessed", "sampled")
)


def _one_whole(bases: set[str]) -> bool:
    """Whether the wholes of a sentence's shares name one whole, the later ones shortened.

    "2% of IDP households planned ..., with 5% of households intending ...": the second
    whole is the first's head noun; "of girls" and "of boys" are two wholes.

    >>> _one_whole({"idp households", "households"}), _one_whole({"girls", "boys"})
    (True, False)
    """
    heads = []
    for base in bases:
        words = base.split()
        while len(words) > 1 and words[-1] in _POLLED_TAIL:
            words.pop()  # "women surveyed" -> "women"
        heads.append(words)
    shortest = min(heads, key=len)
    return all(words[-len(shortest) :] == shortest for words in heads)


# Two answers set against each other, then their shares as a margin: "More respondents
# believe it is doing a poor rather than good job, by 57 per cent to 35 per cent",
# "respondents preferred cash assistance to in-kind aid (64 per cent versus 31 per cent)".
_SHARE_WORD = r"\s{0,2}(?:%|per\s{1,3}cent|percent)"
_MARGIN = re.compile(
    rf"(?:\bby|\()\s{{0,3}}(?P<first>\d{{1,2}}(?:\.\d)?){_SHARE_WORD}"
    rf"\s{{1,3}}(?:to|versus|vs\.?|against)\s{{1,3}}(?P<second>\d{{1,2}}(?:\.\d)?){_SHARE_WORD}",
    re.IGNORECASE,
)
# The two answers, the first after an article or a verb of preferring, the second after
# "rather than", "to", "over" or "versus", up to a preposition, a comma or the figures.
_ANSWERS_SET_AGAINST = re.compile(
    r"\b(?:a|an|the|prefer(?:s|red|ring)?|favou?r(?:s|ed|ing)?|cho(?:se|ose|osing))\s{1,3}"
    r"(?P<first>[a-z][\w’'-]{0,25}(?:\s{1,3}[a-z][\w’'-]{0,25}){0,2}?)"
    r"\s{1,3}(?:rather\s{1,3}than|to|over|versus)\s{1,3}(?:(?:a|an|the)\s{1,3})?"
    r"(?P<second>[a-z][\w’'-]{0,25}(?:\s{1,3}[a-z][\w’'-]{0,25}){0,3}?)"
    r"(?=\s{1,3}(?:in|by|for|on|among|at)\b|\s{0,3}[,(])"
)
_MARGIN_REACH = 160


def _margin(text: str, lo: int, hi: int) -> Tally | None:
    """Two answers of one question and their shares as a margin, or None.

    The shares follow "by" or a parenthesis, joined by "to" or "versus", the larger
    first, both within 100; the answers are named before them, set against each other
    ("a poor rather than good job", "preferred cash to in-kind aid"), in a sentence that
    speaks of a poll. A change ("rose by 5 per cent to 40 per cent") and a margin with no
    answers named ("ratings lean positive (40% to 35%)") are none.

    >>> text = "Respondents preferred cash to vouchers, by 64 per cent to 31 per cent."
    >>> tally = _margin(text, 0, len(text))
    >>> [(p.category, p.percent) for p in tally.parts]
    [('cash', 64.0), ('vouchers', 31.0)]
    """
    margin = _MARGIN.search(text, lo, hi)
    if margin is None:
        return None
    first, second = Fraction(margin["first"]), Fraction(margin["second"])
    if first <= second or first + second > 100:
        return None
    reach = max(lo, margin.start() - _MARGIN_REACH)
    if _CHANGE.search(text, reach, margin.end()) is not None:
        return None  # "support rose by 5 per cent to 40 per cent": a change
    if (
        _OPINION.search(text, lo, hi) is None
        and _QUESTIONNAIRE_NAMED.search(text, lo, hi) is None
        and not speaks_of_survey(text, lo, hi)
    ):
        return None  # "Exports grew faster than imports, by 14 per cent to 9 per cent"
    answers = list(_ANSWERS_SET_AGAINST.finditer(text, reach, margin.start() + 3))
    if not answers:
        return None
    named = answers[-1]  # the pair nearest the figures
    parts = [
        Part(
            " ".join(named[name].split()),
            None,
            named.start(name),
            margin.end(name),
            percent=float(margin[name]),
            decimals=len(margin[name].partition(".")[2]),
        )
        for name in ("first", "second")
    ]
    return Tally("survey", parts[0].start, margin.end(), parts, unit="percent")


# A sentence that opens on the whole it polled, then a comma: "Of the women interviewed,",
# "Among those surveyed,", "Of the 1,200 traders questioned in March," (the whole named
# as polled; "Of the budget," or "Among the refugees," names none).
_POLLED_FRAME = re.compile(
    r"\s{0,3}(?:[Oo]f|[Aa]mong|[Oo]ut\s{1,3}of)\s{1,3}(?:(?:the|all)\s{1,3})?"
    r"(?P<whole>[^,;:.()]{0,80}?\b(?:respondents|interviewees|surveyed|polled|interviewed"
    r"|questioned|consulted|asked)\b)(?:\s{1,3}[^,;:.()]{0,40}?)?\s{0,3},"
)


def _polled_frame(text: str, lo: int, hi: int) -> str | None:
    """The whole a sentence opens on as polled ("Of the women interviewed,"), or None.

    >>> _polled_frame("Of the women interviewed, 47 per cent said so.", 0, 46)
    'women interviewed'
    >>> _polled_frame("Of the budget, 40 per cent went to health.", 0, 42) is None
    True
    >>> _polled_frame("Of the roads surveyed, 30 per cent need repair.", 0, 47) is None
    True
    """
    frame = _POLLED_FRAME.match(text, lo, hi)
    if frame is None:
        return None
    whole = " ".join(frame["whole"].split())
    if _THINGS_SURVEYED.search(whole) and not (_of_people(whole) or whole.startswith("those")):
        return None  # "Of the land surveyed, 45 per cent belonged to the State": things
    return whole


# A sentence that opens on a whole of people, then a comma: "Among those displaced by
# disasters for more than five years,", "As for internally displaced people,".
_PEOPLE_FRAME = re.compile(
    r"\s{0,3}(?:[Oo]f|[Aa]mong|[Aa]s\s{1,3}for)\s{1,3}(?:(?:the|all)\s{1,3})?"
    r"(?P<whole>[A-Za-z][^,;:.()\d]{0,80}?)\s{0,3},"
)


def _people_frame(text: str, lo: int, hi: int) -> str | None:
    """The whole of people a sentence opens on ("Among those displaced ...,"), or None.

    >>> _people_frame("As for internally displaced people, 72% of them want to stay.", 0, 60)
    'internally displaced people'
    >>> _people_frame("Of the budget, 40 per cent went to health.", 0, 42) is None
    True
    """
    frame = _PEOPLE_FRAME.match(text, lo, hi)
    if frame is None:
        return None
    whole = " ".join(frame["whole"].split())
    return whole if _of_people(whole) else None


# A poll or survey named as the source of a sentence's figures: "according to a December
# 2006 WPO/KN poll", "In a February 2003 PIPA poll,", "A new survey by X shows that", "the
# poll found". A study or report is no poll: its shares may be of anything.
_POLL_SOURCE = re.compile(
    r"\b(?:(?:[Aa]ccording\s{1,3}to|[Ii]n|[Bb]y)\s{1,3}(?:an?|the|its|their|this|that|one)\s{1,3}"
    r"(?:[\w./&’'-]+\s{1,3}){0,6}?(?:opinion\s{1,3})?(?:[Pp]oll|[Ss]urvey)s?\b(?!\s{1,3}(?:of|on)\s{1,3}"
    r"(?:the\s{1,3})?(?:land|roads|schools|facilities|markets|buildings|prices|crops)\b)"
    r"|\b(?:poll|survey)s?\s{1,3}(?:[\w./&’'()-]+\s{1,3}){0,8}?(?:finds|found|shows|showed|reveals"
    r"|revealed|suggests|suggested|indicates|indicated|highlights|highlighted|says|said)\b)"
)
# Words that name things as well as people surveyed or polled: "the roads surveyed".
_THINGS_SURVEYED = re.compile(r"\b(?:surveyed|polled)\b")


def read_sample_answers(
    text: str, shares: list[Item], lo: int, hi: int, *, sample: str
) -> Tally | None:
    """The survey of the answering shares of a stated sample in ``text[lo:hi]``, or ``None``.

    As :func:`find_polled_answers` reads a sentence, where the shares after the words of
    a sample ("When 960 farmers were asked about credit, 38 per cent said ...") need no
    whole of their own: ``sample`` is its noun, and what they did is an answer
    ("had borrowed"). ``shares`` are the sentence's shares after the sample.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "A poll of 900 adults found that 38 per cent had voted before."
    >>> tally = read_sample_answers(text, read_items(text)[1:], 0, len(text), sample="adults")
    >>> [(p.category, p.percent) for p in tally.parts]
    [('had voted before', 38.0)]
    """
    return _answers_of_sentence(text, shares, lo, hi, sample=sample)


def _answers_of_sentence(
    text: str,
    shares: list[Item],
    lo: int,
    hi: int,
    *,
    sample: str | None = None,
    people: str | None = None,
) -> Tally | None:
    """The survey of one sentence's answering shares, or ``None`` (see the caller)."""
    sentence = text[lo:hi]
    if _COMPARED_FIGURE.search(sentence) is not None or _restated_for_another(sentence):
        return None
    answers: list[_Answer] = []
    shares = _without_changed_to(text, shares, lo)
    polled = None  # the whole of the answer before, where it was named as polled
    wholes = _WholesBefore(text, lo, hi)
    for index, share in enumerate(shares):
        following = shares[index + 1].prefix_start if index + 1 < len(shares) else hi
        if polled is not None and _JOINED.search(text, answers[-1].part.start, share.prefix_start):
            # "80% of respondents reported ... and 84% discussed ...": a later share joined
            # by "and", with no whole of its own, is of the same respondents, whatever it
            # did ("but only 30 per cent found it easy" may be of those who used it)
            whole = polled
        else:
            whole = sample
        read = _read_answer(
            text,
            share,
            lo,
            following,
            later=bool(answers),
            sample=whole,
            people=people,
            earlier=answers[-1].base if answers else None,
            wholes=wholes,
        )
        if read == "located":
            return None  # "1.1 per cent in urban areas said so, 1.6 per cent in rural ..."
        if read in ("unread", None) and _another_group(text, share, following, answers):
            # "59% of Republicans felt ..., whereas only 19% of Democrats shared that view":
            # a later share of another group, answering or not, compares two groups
            return None
        if read == "unread":
            if answers and _of_a_thing_in_new_clause(text, answers[-1].part.end, share, following):
                break  # "..., only 38% of evaluations were completed": another whole's clause
            return None  # "..., but only 30 per cent found it easy": a share left unread
        if isinstance(read, _Answer) and read.base is not None and sample is None:
            polled = read.base if _POLLED_WORDS.search(read.base) is not None else None
        if isinstance(read, _Answer):
            answers.append(read)
    if not answers:
        return None
    bases = {answer.base.lower() for answer in answers if answer.base}
    if len(bases) > 1 and not _one_whole(bases):
        return None  # "60 per cent of girls and 52 per cent of boys said"
    if (
        not bases
        and sample is None
        and not any(answer.how == "said" for answer in answers)
        and _OPINION.search(sentence) is None
        and not speaks_of_survey(text, lo, hi)
    ):
        return None  # "10 per cent were uncertain": no poll named
    parts = [answer.part for answer in answers]
    # a lone answer may tell of a change ("said they were worried about the rising costs
    # of living"): only the words before it may change its share
    end = parts[-1].end if len(parts) > 1 else _label_start(text, parts[0])
    if _CHANGE.search(text, parts[0].start, end) is not None:
        return None
    slack = _SHARE_SLACK + _ROUGH_SLACK * sum(1 for part in parts if part.qualifier)
    if sum(Fraction(part.percent) for part in parts) > 100 + slack and not any(
        shares_overlap(first, second) for first, second in itertools.combinations(parts, 2)
    ):
        return None  # "60 per cent ..., 30 per cent ... and 25 per cent ...": no split
    base = next((answer.base for answer in answers if answer.base), None)
    for part in parts:
        if part.counted is None and base is not None:
            part.counted, part.base, part.counted_inherited = base, base, True
    return Tally("survey", parts[0].start, parts[-1].end, parts, subject=base, unit="percent")


def _another_group(text: str, share: Item, hi: int, answers: list[_Answer]) -> bool:
    """Whether ``share`` is of a group of people other than the wholes of ``answers``.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "whereas only 19% of Democrats shared that view"
    >>> earlier = _Answer(Part("felt so", None, 0, 0), "Republicans", "said")
    >>> _another_group(text, read_items(text)[0], len(text), [earlier])
    True
    """
    bases = {answer.base.lower() for answer in answers if answer.base}
    of = _POLLED_BASE.match(text, share.end, hi) if bases else None
    if of is None:
        return False
    base = " ".join(of["base"].split())
    if not (_of_people(base) or _POLLED_WORDS.search(base) or base[:1].isupper()):
        return False  # "19 per cent of the budget": a thing, no group
    return not _one_whole(bases | {base.lower()})


_JOINED = re.compile(r"[\s,]and\s{1,3}$")
# A joint that opens a clause of its own between an answer and a later share: "..., only
# 38% of evaluations were completed", "; 40 per cent of the budget".
_NEW_CLAUSE = re.compile(r"[,;]\s{0,3}(?:(?:and|but|while|whereas|yet|only|just)\s{1,3})*$")


_PRONOUN_WHOLES = frozenset(("them", "these", "those", "whom", "which", "us", "all"))


def _of_a_thing_in_new_clause(text: str, after: int, share: Item, hi: int) -> bool:
    """Whether ``share`` opens a clause of its own after ``after``, a share of a thing.

    "Although 80% of respondents reported ..., only 38% of evaluations were completed":
    the later share is of another whole than those polled, and no answer of theirs.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "60% of respondents said so, while 38% of evaluations were late."
    >>> share = read_items(text)[1]
    >>> _of_a_thing_in_new_clause(text, 26, share, len(text))
    True
    """
    if _NEW_CLAUSE.search(text, after, share.prefix_start) is None:
        return False
    of = _POLLED_BASE.match(text, share.end, hi)
    if of is None:
        return False
    words = of["base"].split()
    return (
        bool(words)
        and words[0].lower() not in _PRONOUN_WHOLES
        and not _of_people(of["base"])
        and _POLLED_WORDS.search(of["base"]) is None
    )


def _label_start(text: str, part: Part) -> int:
    """Where a part's answer starts in ``text`` (its end where the words are not found)."""
    words = (part.category or "").split()
    at = text.find(words[0], part.start, part.end) if words else -1
    return at if at >= 0 else part.end


# The same answer elsewhere, after a verb of change: "..., dropping to 6% in Chile and 9% in
# Italy", "rising to 74% in the least developed countries".
_CHANGED_TO = re.compile(
    r"(?:(?:rising|falling|dropping|climbing|increasing|decreasing|declining|going|reaching|up"
    r"|down)\s{1,3}to|(?:up|down|rising|falling)\s{1,3}from)"
    # "..., this is up from 69 percent two months ago": the same answer at an earlier time
    r"\s{1,3}(?:(?:about|some|nearly|almost|over)\s{1,3})?$",
    re.IGNORECASE,
)
_NEXT_PLACE = re.compile(
    r"\s{1,3}(?:in|among|for|at)\s[^,;.]{1,40}?\s{1,3}(?:and|or)\s{1,3}|\s{0,3},?\s{0,3}"
)


def _without_changed_to(text: str, shares: list[Item], lo: int) -> list[Item]:
    """``shares`` without those that give the same answer elsewhere after a verb of change.

    The ones listed after such a share with their places ("and 9% in Italy") go too.
    """
    kept, aside_end = [], None
    for share in shares:
        before = text[max(lo, share.prefix_start - 40) : share.prefix_start]
        if _CHANGED_TO.search(before) is not None or (
            aside_end is not None
            and _NEXT_PLACE.fullmatch(text, aside_end, share.prefix_start) is not None
        ):
            aside_end = share.end
            continue
        aside_end = None
        kept.append(share)
    return kept
