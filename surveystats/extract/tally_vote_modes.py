"""How many of the texts a body acted on it adopted by a vote, and how many without.

Press releases count a body's texts and then how many of them went to a vote: "The Fourth
Committee approved 19 draft resolutions, 5 of them by recorded vote", "Taking action on 10
decolonization texts -- 6 of them by recorded votes -- the Assembly ...", "approved
nineteen draft resolutions, including five by recorded vote", "the Assembly adopted 34 of
those texts without a vote and 5 by recorded vote". Each is a breakdown of the texts by the
way they were adopted: the count of texts is the total, each way of adoption a part
labelled as written ("by recorded vote"), the texts its counted noun. Where the texts are
counted kind by kind before the parts ("As it took action on 31 draft resolutions and 3
draft decisions, the Assembly adopted 30 of those texts without a vote and 4 by recorded
vote"), the whole is all the kinds (34) and the kinds are a tally of their own; a part
that points back at "those resolutions" with no texts in its sentence takes the count of
that noun in the sentence before.

:func:`find_vote_modes` tries a bounded pattern before each way of adoption the paragraph
writes ("by recorded vote", "without a vote", "by consensus"); paragraphs without one pay
two substring tests.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import OUT_OF_TOTAL, Part, Tally, matches_at, read_count
from surveystats.text import NUMBER_WORDS, sentence_starts

__all__ = ["find_vote_modes"]

# A way of adopting texts: "by recorded vote", "by a recorded vote", "by vote", "by
# roll-call votes", "without a vote", "by consensus", "with recorded votes", "without votes".
_MODE = re.compile(
    r"\b(?:by\s{1,3}(?:a\s{1,3})?(?:(?:recorded|roll-call|roll\s{1,3}call|separate)\s{1,3})?"
    r"votes?|without\s{1,3}(?:a\s{1,3})?vote|by\s{1,3}consensus"
    # "adopted two draft resolutions with recorded votes and 22 drafts without votes"
    r"|with\s{1,3}(?:a\s{1,3})?(?:recorded|roll-call|separate)\s{1,3}votes?|without\s{1,3}votes"
    # "Of the 12 texts, 11 required recorded votes", "25 resolutions -- 14 requiring recorded
    # votes --"
    r"|(?:required|needed|requiring|needing)\s{1,3}(?:a\s{1,3})?(?:recorded|roll-call|separate)"
    r"\s{1,3}votes?)\b"
)
# The words every match of _MODE opens on, in its case ("by a recorded vote", "without a
# vote", "by consensus", "with recorded votes", "required recorded votes").
_MODE_OPENINGS = ("by", "without", "with", "required", "needed", "requiring", "needing")
# A whole the sentence names its text one of: "That resolution was one of 14 approved by
# the Committee -- six by vote --" (a whole after the parts is tally_parts.OUT_OF_TOTAL).
_ONE_OF_APPROVED = re.compile(
    rf"\bone\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?(?P<total>(?:\d{{1,3}}|{NUMBER_WORDS}))"
    rf"\s{{1,3}}(?:texts\s{{1,3}}|drafts\s{{1,3}})?(?:approved|adopted)\b"
)
_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
# The part right before its way of adoption, ending where the way starts: "5 of them ",
# "including five ", "five of which it approved ", "34 of those texts ", "and 5 ".
_PART_BEFORE = re.compile(
    rf"""(?:^|(?<=[\s,(–—-]))(?P<count>{_COUNT})
    (?:\s{{1,3}}of\s{{1,3}}(?:them|which|those|these|the)(?:\s{{1,3}}(?:texts|drafts))?)?
    (?:\s{{1,3}}(?:other|more|further|additional))?       # "10 other drafts by consensus"
    (?:\s{{1,3}}(?:draft\s{{1,3}})?(?:texts|drafts|resolutions|decisions))?
    (?:\s{{1,3}}(?:it|they|the\s{{1,3}}[A-Z]\w+)\s{{1,3}}(?:approved|adopted))?
    (?:\s{{1,3}}(?:(?:were|was)\s{{1,3}})?(?:approved|adopted))?  # "five approved by ..."
    \s{{1,3}}$""",
    re.VERBOSE | re.IGNORECASE,
)
_PART_REACH = 60  # characters from a part's count to its way of adoption
# The literals one of which every match of _VOTED_ON holds (a cheap test first).
_VOTED_ON_WORDS = (
    "put ",
    "putting ",
    "ted on ",
    "ting on ",
    "olding ",
    "old ",
    "olds ",
    "held ",
    "took ",
    "taking ",
)
# A part whose count follows the way of adoption, a vote taken on texts beside those
# adopted without one: "put two to a recorded vote", "held recorded votes on three",
# "voting on two others". It counts only beside a part of another way (or a whole).
_VOTED_ON = re.compile(
    rf"""\b(?:
        (?P<put>put|putting)\s{{1,3}}(?P<put_count>{_COUNT})
            (?:\s{{1,3}}(?:others?|more|of\s{{1,3}}them|texts|drafts))?
            \s{{1,3}}to\s{{1,3}}(?:a\s{{1,3}})?(?P<put_mode>(?:recorded\s{{1,3}})?votes?)
      | (?:hold|holds|held|holding|took|taking)\s{{1,3}}(?:a\s{{1,3}})?
            (?P<held_mode>(?:recorded|separate|roll-call)\s{{1,3}}votes?)
            \s{{1,3}}(?:on|in)\s{{1,3}}(?P<held_count>{_COUNT})
      | (?P<voted>voted|voting)\s{{1,3}}on\s{{1,3}}(?P<voted_count>{_COUNT})
    )\b
    # texts of the same set, by ellipsis ("two", "two others", "two of them"); "5 draft
    # resolutions" may be other texts ("voted on 5 draft resolutions last year")
    (?:\s{{1,3}}(?:others|more|of\s{{1,3}}them|other\s{{1,3}}(?:texts|drafts)))?
    (?!\s{{1,3}}(?:[a-z-]{{3,20}}\s{{1,3}})?(?:draft|texts?|drafts?|resolutions?|decisions?
        |amendments?|proposals?|motions?|items?|actions?)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# A word that makes the number after it a name: "resolution 12", "paragraph 4", "item 7".
_REFERENCE_BEFORE = re.compile(
    r"\b(?:resolutions?|decisions?|paragraphs?|articles?|items?|annex|amendments?|No\.|L\.)\s{0,3}$",
    re.IGNORECASE,
)
# The texts acted on, before the parts: "19 draft resolutions", "10 decolonization texts",
# "16 texts", "11 draft resolutions".
_TEXTS = re.compile(
    rf"""(?:^|(?<=[\s(]))(?P<count>{_COUNT})
    \s{{1,3}}(?P<noun>(?:[\w-]{{3,20}}\s{{1,3}}){{0,2}}?
        (?:draft\s{{1,3}})?(?:resolutions?|texts?|drafts?|decisions?|proposals?|amendments?))\b""",
    re.VERBOSE | re.IGNORECASE,
)
_TEXTS_REACH = 220  # characters from the texts' count to their first part


def find_vote_modes(text: str, numbers: list[Number], taken: list[tuple[int, int]]) -> list[Tally]:
    """Breakdowns of a body's texts by the way they were adopted.

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`); a part's
        count must be one of them.
    taken
        Spans other readers already read: a breakdown overlapping one is left out.

    Returns
    -------
    list of Tally
        Breakdowns in text order. The total is the count of texts written before the
        parts in the same sentence; with no such count, two ways of adoption or more
        make a breakdown with no total, one alone none.

    A breakdown set off by dashes after its texts' count nests in a list of kinds of
    text another reader read ("approved five draft resolutions — three of them by recorded
    vote — and one draft decision": three of the five) and is read beside it.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "The Committee approved 19 draft resolutions, 5 of them by recorded vote."
    >>> tally = find_vote_modes(text, find_numbers(text), [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (19, [('by recorded vote', 5, 'draft resolutions')])
    >>> text = "The delegate said 5 of them would vote by consensus."
    >>> find_vote_modes(text, find_numbers(text), [])
    []
    >>> text = "It adopted 38 resolutions -- two by recorded vote -- and 11 decisions."
    >>> [(t.total, t.parts[0].count) for t in find_vote_modes(text, find_numbers(text), [(11, 70)])]
    [(38, 2)]
    """
    if not (
        " vote" in text
        or "consensus" in text
        or " voting on " in text  # "..., voting on 3 of them"
        or " Vot" in text  # a headline: "Hold Recorded Votes in 2 Actions"
        or "Consensus" in text
    ):
        return []
    starts = {number.start for number in numbers}
    modes = matches_at(_MODE, text, _MODE_OPENINGS)  # _MODE.finditer, from its literals only
    found_parts = [_part_before(text, mode, starts) for mode in modes]
    if any(word in text for word in _VOTED_ON_WORDS):
        found_parts.extend(_part_voted_on(match, starts) for match in _VOTED_ON.finditer(text))
    groups: list[list[Part]] = []  # the parts of one sentence each
    for part in sorted((p for p in found_parts if p is not None), key=lambda p: p.start):
        if groups and not _sentence_between(text, groups[-1][-1].end, part.start):
            groups[-1].append(part)
        else:
            groups.append([part])
    found: list[Tally] = []
    index = 0
    while index < len(groups):
        parts = groups[index]
        texts = _texts_before(text, parts[0])
        earlier = None
        if texts is None:
            # "... adopted 50 resolutions and 8 decisions. ..., the Assembly adopted 35 of
            # those resolutions without a vote": the texts of the sentence before
            texts = earlier = _texts_of_sentence_before(text, parts[0], starts)
        total = read_count(texts["count"])[0] if texts is not None else None
        if texts is not None and earlier is None and total is not None:
            total = _acted_count(text, texts, parts, starts) or total
        if total is None:
            reach = max(0, parts[0].start - _TEXTS_REACH)
            sentence = reach + sentence_starts(text[reach : parts[0].start])[-1]
            whole = OUT_OF_TOTAL.match(text, parts[-1].end) or _ONE_OF_APPROVED.search(
                text, sentence, parts[0].start
            )
            total = read_count(whole["total"])[0] if whole is not None else None
        kinds = _kinds_before(text, texts, starts) if texts is not None and not earlier else None
        if kinds is not None and total is not None:
            # "took action on 31 draft resolutions and 3 draft decisions, ... adopted 30 of
            # those texts without a vote and 4 by recorded vote": the whole is all the texts
            total += kinds
        stated = sum(part.count or 0 for part in parts)
        following = groups[index + 1] if index + 1 < len(groups) else None
        if (
            total is not None
            and following is not None
            and _texts_before(text, following[0]) is None
            and stated + sum(part.count or 0 for part in following) == total
        ):
            # "... 16 texts ... -- six of them by recorded vote. The Committee also passed
            # 10 other drafts by consensus": the next sentence completes the whole exactly
            parts = parts + following
            index += 1
        index += 1
        tally = _breakdown(texts, total, parts, kinds=kinds is not None or earlier is not None)
        own = _TEXTS.match(text, parts[0].start) if texts is None else None
        if tally is not None and own is not None:
            # "approved 12 drafts by consensus and put two to a recorded vote": the
            # first part names the texts the later ones count
            for part in parts:
                part.counted = " ".join(own["noun"].split())
                part.counted_inherited = part is not parts[0]
            tally.subject = parts[0].counted
        if tally is not None and not _clashes(text, tally, texts, taken):
            found.append(tally)
    return found


# A dash that opens or closes an aside: "five draft resolutions — three of them by recorded
# vote — and one draft decision", "38 resolutions -– two by recorded vote –- and 11 ...".
_DASH = r"\s{0,3}(?:--|[—–]-?|-[—–])\s{0,3}"
_ASIDE_OPENS = re.compile(rf"{_DASH}$")
_ASIDE_CLOSES = re.compile(_DASH)


def _clashes(
    text: str, tally: Tally, texts: re.Match[str] | None, taken: list[tuple[int, int]]
) -> bool:
    """Whether ``tally`` overlaps a reading in ``taken`` it does not nest in as an aside.

    The ways of adoption set off by dashes right after the count of texts split that
    count, a part of the list another reader read by kind of text: "approved five draft
    resolutions — three of them by recorded vote — and one draft decision" is the five
    resolutions and the one decision, and three of the five by recorded vote.
    """
    aside = (
        texts is not None
        and _ASIDE_OPENS.search(text, texts.end(), tally.parts[0].start) is not None
        and _ASIDE_CLOSES.match(text, tally.parts[-1].end) is not None
    )
    return any(
        start < tally.end
        and tally.start < end
        and not (aside and start <= tally.start and tally.end < end)
        for start, end in taken
    )


# The count of texts acted on out of the texts counted before it: "adopted 39 of| 43
# texts", or after them with their noun left out: "introduced 26 draft resolutions and
# approved six,| two by recorded vote".
_PICKED_OF = re.compile(rf"(?:^|(?<=\s))(?P<count>{_COUNT})\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?$")
_ELIDED_BEFORE = re.compile(
    rf"\s(?:and\s{{1,3}})?[a-z]{{3,20}}ed\s{{1,3}}(?P<count>{_COUNT})\s{{0,3}},\s{{1,3}}$"
)


def _acted_count(
    text: str, texts: re.Match[str], parts: list[Part], starts: set[int]
) -> int | None:
    """The count of the texts the ways of adoption split, where it is not ``texts``'.

    "the Assembly adopted 39 of 43 texts — 7 by a recorded vote —": 39; "introduced 26
    draft resolutions and approved six, two by recorded vote": six. None where the texts'
    own count is the whole ("approved 19 draft resolutions, 5 of them by recorded vote").

    >>> text = "It adopted 39 of 43 texts -- 7 by recorded vote."
    >>> texts = _TEXTS.search(text, 17)
    >>> _acted_count(text, texts, [Part("by recorded vote", 7, 30, 46)], {11, 17, 30})
    39
    """
    stated = sum(part.count or 0 for part in parts)
    picked = _PICKED_OF.search(text, max(0, texts.start() - 20), texts.start())
    elided = _ELIDED_BEFORE.search(text, texts.end(), parts[0].start)
    for match in (elided, picked):
        if match is None or match.start("count") not in starts:
            continue
        count = read_count(match["count"])[0]
        if count is not None and count >= stated and match["count"].lower() != "one":
            return count
    return None


def _part_before(text: str, mode: re.Match[str], starts: set[int]) -> Part | None:
    """The count right before a way of adoption, as a part labelled with the way."""
    reach = max(0, mode.start() - _PART_REACH)
    before = _PART_BEFORE.search(text, reach, mode.start())
    if before is None or before.start("count") not in starts:
        return None
    if _REFERENCE_BEFORE.search(text, max(0, before.start("count") - 30), before.start("count")):
        return None  # "draft resolution 12 was adopted by recorded vote": a name, no count
    count, _ = read_count(before["count"])
    if count is None:
        return None
    label = " ".join(mode.group().split())
    return Part(label, count, before.start("count"), mode.end())


def _part_voted_on(match: re.Match[str], starts: set[int]) -> Part | None:
    """The count of texts put to a vote after its verb, labelled with the verb and vote."""
    verb = next(name for name in ("put", "held", "voted") if match[f"{name}_count"] is not None)
    if match.start(f"{verb}_count") not in starts:
        return None
    count, _ = read_count(match[f"{verb}_count"])
    if count is None:
        return None
    if verb == "put":
        label = f"put to a {match['put_mode']}"
    elif verb == "held":
        label = match["held_mode"]
    else:
        label = f"{match['voted'].lower()} on"  # as written: "voting on 5 of them"
    return Part(" ".join(label.split()), count, match.start(), match.end())


# A part that points back at texts by their noun: "35 of those resolutions".
_POINTS_BACK = re.compile(
    r"\bof\s{1,3}(?:those|these|the)\s{1,3}(?P<noun>(?:draft\s{1,3})?"
    r"(?:resolutions|decisions|texts|drafts))\b"
)
_BACK_REACH = 400  # characters before a part where the sentence before may state its texts


def _texts_of_sentence_before(text: str, first: Part, starts: set[int]) -> re.Match[str] | None:
    """The count of the texts a first part points back at, stated in the sentence before.

    "The Assembly adopted 50 resolutions and 8 decisions. ..., it adopted 35 of those
    resolutions without a vote": the first count of the noun the part names (its last
    word) in the sentence before the part's.
    """
    back = _POINTS_BACK.search(text, first.start, first.end)
    if back is None:
        return None
    reach = max(0, first.start - _BACK_REACH)
    opened = sentence_starts(text[reach : first.start])
    if len(opened) < 2:
        return None
    head = back["noun"].split()[-1].lower()
    for texts in _TEXTS.finditer(text, reach + opened[-2], reach + opened[-1]):
        if texts.start("count") in starts and texts["noun"].split()[-1].lower() == head:
            return texts
    return None


def _texts_before(text: str, first: Part) -> re.Match[str] | None:
    """The last count of texts before a first part, in its sentence."""
    reach = max(0, first.start - _TEXTS_REACH)
    sentence_start = reach + sentence_starts(text[reach : first.start])[-1]
    texts = None
    for candidate in _TEXTS.finditer(
        text, max(sentence_start, first.start - _TEXTS_REACH), first.start
    ):
        texts = candidate
    return texts


# Kinds of text joined before the last one counted: "31 draft resolutions and| 3 ...".
_KIND_BEFORE = re.compile(
    rf"""(?:^|(?<=[\s(]))(?P<count>{_COUNT})\s{{1,3}}(?:draft\s{{1,3}})?
    (?:resolutions?|decisions?|texts?|drafts?|amendments?|proposals?)\s{{0,3}}(?:,\s{{0,3}})?
    (?:and\s{{1,3}})?$""",
    re.VERBOSE | re.IGNORECASE,
)
_KIND_REACH = 50  # characters of one count of texts and its joint


def _kinds_before(text: str, texts: re.Match[str], starts: set[int]) -> int | None:
    """The sum of the counts of other kinds of text listed right before ``texts``, or None.

    "31 draft resolutions and 3 draft decisions": 31 (the kinds are another reader's
    tally; the texts adopted by each way are all of them).
    """
    found = 0
    at = texts.start()
    while (
        before := _KIND_BEFORE.search(text, max(0, at - _KIND_REACH), at)
    ) is not None and before.start("count") in starts:
        count = read_count(before["count"])[0]
        if count is None:
            return None
        found += count
        at = before.start()
    return found or None


def _breakdown(
    texts: re.Match[str] | None, total: int | None, parts: list[Part], *, kinds: bool = False
) -> Tally | None:
    """The breakdown of ``parts`` with the texts before them, if it is one.

    ``kinds``: the texts are counted kind by kind before the parts (another tally): the
    breakdown starts at its first part and counts no one noun.
    """
    if total is None and len(parts) < 2:
        return None
    if total is not None and sum(part.count or 0 for part in parts) > total:
        return None
    counted = " ".join(texts["noun"].split()) if texts is not None and not kinds else None
    for part in parts:
        part.counted, part.counted_inherited = counted, counted is not None
    start = texts.start() if texts is not None and not kinds else parts[0].start
    return Tally("breakdown", start, parts[-1].end, parts, subject=counted, total=total)


def _sentence_between(text: str, start: int, end: int) -> bool:
    """Whether a new sentence starts in ``text[start:end]``."""
    return len(sentence_starts(text[start:end])) > 1
