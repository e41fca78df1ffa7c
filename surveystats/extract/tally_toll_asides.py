"""Counts of some of a toll's people, set as an aside inside the toll's own part.

Situation reports, UN News, human rights briefings and peacekeeping statements write the
children (or women, or the seriously hurt) among those killed, injured or displaced as an
aside on the count they are part of, inside a toll of one or more fates:

    Since 7 October, 474 Palestinians including 116 children, have been killed in the
    West Bank, and about 5 000 were injured.
    At least 136 people, including 13 children, have been killed and 400 injured.
    At least 12 civilians – including five children – were killed, and 19 others were
    injured – including four more children and two women – when ...
    At least 9 civilians were killed, four of them children, and more than 30 people were
    injured when ...
    Six men were killed, and 21 other villagers (of whom at least eight were children and
    five women) were injured.
    ... the killing of one peacekeeper and the wounding of four others, including two
    seriously, by an explosive device.

The aside stands between a part's count and its fate, between one part and the next, or
after a part's fate, so the readers of tolls find a list whose first count is a whole and
whose next part is the aside ("136 people: 13 children, 400 injured"), or nothing. Such a
sentence holds a tally for the toll (killed 12, injured 19) and one for each aside that
counts (total 12: children 5; total 19: children 4, women 2).

:func:`find_toll_asides` finds each aside by its structure, not its wording:

- its bounds: a comma, a pair of dashes or parentheses before it and the same again after
  it (a comma, or the sentence's end, closes an aside opened by a comma); "including" may
  follow its count with no comma where a comma closes it;
- its link: "including", "among them" (or "whom"), "of whom", or a count with "of them" or
  "of whom" ("four of them children", "41 of whom were children");
- what it hangs on: a count right before it, with up to three words of its noun and its
  fate ("12 civilians injured, including ...", "wounding four, one of them seriously");
- its figures, each a count and up to six words of what it counts ("at least three members
  of the same family"), joined by commas or "and"; an age ("a 62-year-old farmer") is no
  figure, and an aside with no figure ("including women and children", "of whom more than
  half were children") is read past and counts nothing;
- arithmetic: each figure is below its whole and together they make no more than it.

Figures alone in brackets, with no link word, are an aside where they add up to their
whole exactly ("two boys were killed and 109 were injured (103 boys and six girls)": total
109, beside the toll); where they do not, the sum is no evidence and they are left alone.

An aside whose figure is no such count (a share, a place "including 12 in Idlib", a date),
one that makes its whole or more, and one in a sentence that names no fate of people
(killed, injured, dead, displaced ...) is none of these. The dispatcher reads the paragraph
again without the asides, adds each counting aside's own tally (:func:`aside_tallies`), and
keeps that reading where it reads more figures. An adverb of degree is the aside's label
("including two seriously": total 4, "seriously" 2): it counts some of the wounded, as a
child counts some of the killed, and is no part of the toll.

Two asides of the same shape stand outside tolls of people. An aside of degree on a toll
of buildings, "N of them" or "N of which" and an adverb or a phrase of degree
(:func:`find_building_asides`: "Some 420 schools were damaged, 85 of them severely, and 30
destroyed": the toll damaged 420, destroyed 30, and total 420: "severely" 85); "including"
there lists kinds of building and stays with the readers of lists. A share of one item of
a list, in brackets or between commas, the list going on after it
(:func:`find_item_share_asides`: "500,000 refugees from Syria (60 per cent of them
children) and 120,000 from Iraq": Syria 500,000, Iraq 120,000, and total 500,000:
"children" 60 per cent).
"""

from __future__ import annotations

import re

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.extract.tally_parts import (
    GAP,
    WORD_COUNT_PATTERN,
    Part,
    Tally,
    holds_any,
    read_count,
)

__all__ = [
    "TollAside",
    "aside_tallies",
    "find_building_asides",
    "find_item_share_asides",
    "find_toll_asides",
    "item_share_tallies",
    "may_hold_asides",
    "without_asides",
]

_QUALIFIER = (
    r"(?:at\s{1,3}least|some|about|around|nearly|almost|over|more\s{1,3}than|an\s{1,3}estimated"
    r"|approximately|roughly|up\s{1,3}to|as\s{1,3}many\s{1,3}as)"
)
# The words that link an aside to its whole, after its opening bound.
_CUE = re.compile(r"\b(?:including|among\s{1,3}(?:them|whom)|of\s{1,3}(?:them|whom))\b")
# A fate of people in the aside's sentence: the toll the aside stands in.
_FATE_WORDS = (
    r"killed|killing|injured|injuring|injury|injuries|wounded|wounding|wounds|dead|died|deaths"
    r"|displaced|detained|missing|abducted|maimed|arrested|fatalities|casualties|lives"
)
_FATE = re.compile(rf"\b(?:{_FATE_WORDS})\b")
# A literal each of the fate words holds: where none stands in a paragraph (most of them),
# _FATE, which opens on a word boundary and so is tried at every character, is not searched.
_FATE_LITERALS = (
    "kill", "injur", "wound", "dead", "died", "death", "displaced", "detained", "missing",
    "abducted", "maimed", "arrested", "fatalities", "casualties", "lives",
)  # fmt: skip
# The count an aside hangs on, right before its opening bound: a count, up to three words
# of its noun, and its fate ("33 other Palestinians", "12 civilians injured", "11 civilians
# were killed", "wounding four", "eight civilians dead").
_WORD = r"[A-Za-z][\w'’-]{0,25}"
_NOT_NOUN = (
    r"(?!(?:and|or|but|while|were|was|have|has|had|are|is|been|being|in|on|at|of|since|from"
    r"|to|by|for|with|during|when|after|the|a|an|who|which|that)\b)"
)
_WHOLE = re.compile(
    rf"""(?P<whole>{WORD_COUNT_PATTERN})
    (?P<noun>(?:{GAP}{_NOT_NOUN}{_WORD}){{0,3}}?)
    (?:(?:{GAP}(?:(?:have|has|had){GAP}been|were|was|are|is|been))?(?:{GAP}\w+ly)?{GAP}
      (?:{_FATE_WORDS}))?
    \s{{0,3}}\Z""",
    re.VERBOSE,
)
# Figures alone in brackets, the link where they add up to their whole: the point after
# "(" ("109 were injured (103 boys and six girls)").
_BARE_BRACKET = re.compile(
    rf"(?<=\()\s{{0,3}}(?=(?:{_QUALIFIER}\s{{1,3}})?{WORD_COUNT_PATTERN}\s{{1,3}}[a-z])", re.VERBOSE
)
_REACH_BACK = 100  # a count, its noun and its fate before the bound
_REACH_ON = 160  # the aside's figures and what they count
_SENTENCE_REACH = 400  # how far the fate of the aside's toll may stand from it
# The bound that opens an aside, right before its link: a comma, "(", a dash set apart.
_OPENING = re.compile(r"(?:\s{0,3},|\s{0,3}\(|\s{1,3}(?:--?|[–—])|[–—])\s{0,3}\Z")
# What closes an aside that each opening bound opens.
_CLOSING = {
    # (no comma inside a figure: "including 1,200 children, have been killed")
    ",": re.compile(r"(?<!\d),|,(?!\d{3})|;|[.!?](?=\s|$)|\Z"),
    "(": re.compile(r"\)"),
    "-": re.compile(r"\s(?:--?)(?=\s)|[.!?;](?=\s|$)|\Z"),
    "–": re.compile(r"[–—]|[.!?;](?=\s|$)|\Z"),
}
# A toll's auxiliary and fate right after an aside that no comma closes: "740 Palestinians,
# including 252 children have been injured".
_AUX_FATE = re.compile(
    rf"\s{{1,3}}(?:(?:have|has|had){GAP}been|were|was|are|is){GAP}(?:\w+ly{GAP})?(?:{_FATE_WORDS})\b"
)
# One figure of an aside and what it counts: "at least 10 children", "seven of them
# children", "41 of whom were children", "ten were children", "two seriously".
_FIGURE = re.compile(
    rf"""(?:{_QUALIFIER}{GAP})?(?P<count>{WORD_COUNT_PATTERN})
    (?:{GAP}of{GAP}(?:them|whom|those))?
    (?:{GAP}(?:were|was|are|is))?
    (?P<what>(?:{GAP}{_NOT_NOUN}[A-Za-z][\w'’-]{{0,25}}(?:{GAP}(?:of|the){GAP}[A-Za-z][\w'’-]{{0,25}}){{0,3}}){{1,4}}?)
    (?=\s{{0,3}}(?:,|;|\)|--?|[–—.]|and\b|\Z))""",
    re.VERBOSE,
)
# What an aside may hold beside its figures: the link, qualifiers, joints, and words of
# no number ("a 62-year-old farmer", "women and children", "more than half").
_AGE = re.compile(r"\d{1,3}(?:-|\s)(?:year|month|week|day)s?(?:-old)?|aged\s[\w\s-]{1,30}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# A rate or a comparison in the sentence: its counts are no toll of one event.
_NO_EVENT = re.compile(
    r"\b(?:compared|versus|up\s{1,3}from|down\s{1,3}from|on\s{1,3}average|an\s{1,3}average\s{1,3}of"
    r"|(?:every|each|per)\s{1,3}(?:single\s{1,3})?(?:day|week|month|hour))\b"
)
# After a comma, the next figure of a list: the aside goes on past that comma.
_LIST_GOES_ON = re.compile(
    rf"{GAP}(?:and{GAP})?(?:{_QUALIFIER}{GAP})?{WORD_COUNT_PATTERN}{GAP}[a-z]", re.VERBOSE
)
# A verb after a count past a list's comma: the count opens a clause of its own (", and six
# other journalists were injured"); a list's item has none ("12.1 million internally
# displaced persons": a fate word may name what an item counts).
_CLAUSE_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had)\b")
# What may stand before an aside's figure: its link, or a joint after the figure before.
_JOINT = re.compile(
    r"[\s,;]*(?:(?:and|as\s{1,3}well\s{1,3}as)\s{1,3})?"
    r"(?:(?:including|among\s{1,3}(?:them|whom)|of\s{1,3}whom)\s{1,3})?"
)


# A toll of buildings with an aside of degree on its first fate: "Some 420 schools were
# damaged, 85 of them severely, and 30 destroyed", "2,300 houses were damaged, 400 of which
# beyond repair". Only "N of them" or "N of which" and an adverb or a phrase of degree with
# no capital (no place: "85 of them in Gaza city" stays none) after a passive "damaged" or
# "destroyed" right after the whole's noun: "including" lists kinds of building ("64 health
# facilities have been damaged, including 21 hospitals") and is no such aside.
_BUILDING_ASIDE = re.compile(
    rf"""(?P<whole>{WORD_COUNT_PATTERN})
    (?P<noun>(?:{GAP}{_NOT_NOUN}[a-z][\w'’-]{{0,25}}){{1,3}}?)
    {GAP}(?:(?:have|has|had){GAP}been|were|was|are|is)(?:{GAP}\w+ly)?{GAP}(?:damaged|destroyed)
    (?P<aside>\s{{0,3}},{GAP}(?:{_QUALIFIER}{GAP})?(?P<count>{WORD_COUNT_PATTERN})
      {GAP}of{GAP}(?:them|which)(?:{GAP}(?:were|was))?{GAP}
      (?P<what>(?:(?:very|so|too){GAP})?[a-z]{{2,20}}ly
        |(?:beyond|past){GAP}(?:repair|use|recovery)|to{GAP}the{GAP}ground|in{GAP}part)
      \s{{0,3}}(?:,|(?=[.;](?:\s|\Z))))""",
    re.VERBOSE,
)


# A share of one item of a list, set in brackets or between commas after the item, with
# the list going on after it: "500,000 refugees from Syria (60 per cent of them children)
# and 120,000 from Iraq", "..., 51 per cent of them children, 70,000 from Iraq". The item
# is its count and up to five words; the share is "of them" or "of whom".
_SHARE_INSIDE = (
    r"(?P<percent>\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:per\s{1,3}cent|percent|%)"
    rf"{GAP}of{GAP}(?:them|whom)(?:{GAP}(?:are|were|is|was))?"
    rf"{GAP}(?P<what>[a-z][a-z'’-]{{1,25}}(?:\s{{1,3}}[a-z][a-z'’-]{{1,25}}){{0,3}}?)\s{{0,3}}"
)
_NEXT_ITEM = rf"\s{{0,3}}(?:and{GAP})?(?:{_QUALIFIER}{GAP})?{WORD_COUNT_PATTERN}\s"
_ITEM = (
    rf"(?P<whole>{WORD_COUNT_PATTERN})(?P<item>(?:{GAP}{_NOT_NOUN}[A-Za-z][\w'’-]{{0,25}}"
    rf"|{GAP}(?:from|in|of|at){GAP}[A-Za-z][\w'’-]{{0,25}}){{1,5}}?)"
)
_ITEM_SHARE_ASIDES = (
    re.compile(
        rf"{_ITEM}(?P<aside>\s{{0,3}}\(\s{{0,3}}{_SHARE_INSIDE}\))(?={_NEXT_ITEM})", re.VERBOSE
    ),
    # the comma after the share stays: it sets the next item apart
    re.compile(rf"{_ITEM}(?P<aside>\s{{0,3}},{GAP}{_SHARE_INSIDE})(?=,{_NEXT_ITEM})", re.VERBOSE),
)
_PREPOSITION = re.compile(r"\s(?:from|in|of|at)\s")


class TollAside:
    """One aside: the whole it is part of, the figures it counts, and where it stands.

    ``aside`` is the span to read past (from the blank before its opening bound to its
    closing one); ``parts`` holds, for each figure, its span and the words it counts.
    """

    __slots__ = ("aside", "noun", "parts", "whole")

    def __init__(
        self,
        whole: tuple[int, int],
        noun: str | None,
        aside: tuple[int, int],
        parts: list[tuple[int, int, str]],
    ) -> None:
        self.whole = whole
        self.noun = noun
        self.aside = aside
        self.parts = parts


def may_hold_asides(text: str) -> bool:
    """Whether ``text`` holds a link word of an aside or a bracket: the cheap test first."""
    return (
        "including" in text
        or "among" in text
        or "of them" in text
        or "of whom" in text
        or "(" in text
    )


def find_toll_asides(text: str) -> list[TollAside]:
    """The asides on a count of a toll, in text order.

    >>> text = "474 Palestinians including 116 children, have been killed and 5,000 injured."
    >>> [(text[slice(*a.aside)], a.parts[0][2]) for a in find_toll_asides(text)]
    [(' including 116 children,', 'children')]
    >>> text = "At least 9 civilians were killed, four of them children, and 30 injured."
    >>> [(text[slice(*a.aside)], a.parts[0][2]) for a in find_toll_asides(text)]
    [(', four of them children,', 'children')]
    >>> find_toll_asides("594 were killed in the West Bank, including East Jerusalem, and ...")
    []
    """
    if not may_hold_asides(text) or (
        (not holds_any(text, _FATE_LITERALS) or _FATE.search(text) is None)
        and ", including " not in text
    ):
        return []  # no toll, and no list of people whose item an aside splits
    cues = list(_CUE.finditer(text))
    if "(" in text:
        # "109 were injured (103 boys and six girls)": figures alone in brackets
        cues.extend(_BARE_BRACKET.finditer(text))
        cues.sort(key=lambda cue: cue.start())
    found: list[TollAside] = []
    for cue in cues:
        if found and cue.start() < found[-1].aside[1]:
            continue
        aside = _aside_at(text, cue)
        if aside is not None:
            found.append(aside)
    return found


def find_building_asides(text: str) -> list[TollAside]:
    """The asides of degree on a toll of damaged or destroyed buildings, in text order.

    >>> text = "Some 420 schools were damaged, 85 of them severely, and 30 destroyed."
    >>> [(text[slice(*a.aside)], a.parts[0][2], a.noun) for a in find_building_asides(text)]
    [(', 85 of them severely,', 'severely', 'schools')]
    >>> find_building_asides("Some 420 schools were damaged, 85 of them in Gaza city.")
    []
    """
    if "damaged" not in text and "destroyed" not in text:
        return []
    if " of them" not in text and " of which" not in text:
        return []
    found = []
    for match in _BUILDING_ASIDE.finditer(text):
        total, count = read_count(match["whole"])[0], read_count(match["count"])[0]
        if total is None or count is None or count >= total:
            continue
        sentence_start = text.rfind(". ", 0, match.start()) + 1
        sentence_end = _SENTENCE_END.search(text, match.end("aside"))
        stop = sentence_end.start() if sentence_end else len(text)
        if _NO_EVENT.search(text[sentence_start:stop].lower()):
            continue  # "every month some 420 houses are damaged, ...": a rate, no toll
        what = " ".join(match["what"].split())
        aside_end = match.end("aside")
        found.append(
            TollAside(
                (match.start("whole"), match.end("whole")),
                " ".join(match["noun"].split()),
                (match.start("aside"), aside_end),
                [(match.start("count"), match.end("count"), what)],
            )
        )
    return found


def find_item_share_asides(text: str) -> list[re.Match[str]]:
    """The shares of one item of a list set as an aside on it, the list going on after it.

    >>> text = "It hosts 500,000 refugees from Syria (60% of them children) and 9,000 from Iraq."
    >>> [(m["aside"], m["what"]) for m in find_item_share_asides(text)]
    [(' (60% of them children)', 'children')]
    >>> find_item_share_asides("It hosts 500,000 refugees (60 per cent of them children).")
    []
    """
    if ("of them" not in text and "of whom" not in text) or (
        "%" not in text and "cent" not in text
    ):
        return []
    found = [match for pattern in _ITEM_SHARE_ASIDES for match in pattern.finditer(text)]
    return sorted(found, key=lambda match: match.start())


def item_share_tallies(asides: list[re.Match[str]]) -> list[Tally]:
    """Each item share's own tally: the item's count as total, the share as its part.

    >>> text = "It hosts 500,000 refugees from Syria (60% of them children) and 9,000 from Iraq."
    >>> [(t.total, t.parts[0].category, t.parts[0].percent, t.subject) for t in
    ...     item_share_tallies(find_item_share_asides(text))]
    [(500000, 'children', 60.0, 'refugees')]
    """
    tallies = []
    for aside in asides:
        item = " ".join(aside["item"].split())
        noun = _PREPOSITION.split(f" {item} ", maxsplit=1)[0].strip() or None
        part = Part(
            aside["what"],
            None,
            aside.start("percent"),
            aside.end("what"),
            percent=float(aside["percent"]),
            base=noun,
        )
        tally = Tally("breakdown", aside.start("whole"), aside.end("what"), [part], subject=noun)
        tally.total = read_count(aside["whole"])[0]
        tally.unit = "percent"
        tallies.append(tally)
    return tallies


def _aside_at(text: str, cue: re.Match[str]) -> TollAside | None:
    """The aside whose link word is ``cue``, or None where none stands there.

    Figures alone in brackets, with no link word, make an aside only where they add up
    to their whole exactly: the sum is the link.
    """
    link_start = cue.start()
    exact = cue.re is _BARE_BRACKET
    if cue[0].startswith("of"):
        # "four of them", "at least 41 of whom": the link opens on the figure
        figure = re.search(
            rf"(?:{_QUALIFIER}{GAP})?{WORD_COUNT_PATTERN}{GAP}\Z",
            text[max(0, cue.start() - 40) : cue.start()],
            re.VERBOSE,
        )
        if figure is not None:
            link_start = cue.start() - len(figure[0])
    before = text[max(0, link_start - _REACH_BACK) : link_start]
    opening = _OPENING.search(before)
    bound = opening[0].strip() if opening else ""
    if opening is None and not cue[0].startswith(("including", "among")):
        return None
    if opening is not None:
        bound_start = link_start - len(opening[0])
    else:
        bound_start = link_start - (len(before) - len(before.rstrip()))
    whole = _WHOLE.search(text, max(0, bound_start - _REACH_BACK), bound_start)
    if whole is None or (opening is None and link_start - whole.end() > 3):
        return None
    kind = "," if bound in ("", ",") else "(" if bound == "(" else "-" if "-" in bound else "–"
    total = read_count(whole["whole"])[0]
    if total is None:
        return None
    # a comma inside a list of figures is no closing one: "including 33 women, 37 boys and
    # 30 girls,"; the longest list that fits its whole is the aside
    for closing in reversed(_closings(text, kind, link_start)):
        aside = _closed_aside(text, whole, total, (bound_start, link_start), bound, closing)
        if aside is not None and (
            not exact or sum(read_count(text[a:b])[0] or 0 for a, b, _ in aside.parts) == total
        ):
            return aside
    return None


def _closings(text: str, kind: str, link_start: int) -> list[re.Match[str]]:
    """The bounds that may close an aside opened by ``kind``: the first, then list commas."""
    end_of_reach = min(len(text), link_start + _REACH_ON)
    closing = _CLOSING[kind].search(text, link_start, end_of_reach)
    closings = []
    while closing is not None:
        closings.append(closing)
        if closing[0] != "," or not _LIST_GOES_ON.match(text, closing.end()):
            break
        after = closing
        closing = _CLOSING[kind].search(text, closing.end(), end_of_reach)
        item_end = closing.start() if closing is not None else end_of_reach
        if _CLAUSE_VERB.search(text, after.end(), item_end):
            break  # ", and six others were injured": a clause of its own, not a list's item
    return closings


def _closed_aside(
    text: str,
    whole: re.Match[str],
    total: int,
    opened: tuple[int, int],
    bound: str,
    closing: re.Match[str],
) -> TollAside | None:
    """The aside from its opening bound and link (``opened``) to ``closing``, if one."""
    bound_start, link_start = opened
    inside_end = closing.start()
    if bound in ("", ",") and (fate := _AUX_FATE.search(text, link_start, inside_end)):
        # "including 252 children have been injured": the aside ends before the fate
        inside_end, closing_end = fate.start(), fate.start()
    elif closing[0] in (",", ")") or closing[0].strip() in ("-", "--", "–", "—"):
        closing_end = closing.end()
    else:
        closing_end = closing.start()  # the sentence's end closes it and stays
    if bound == "" and (closing[0] != "," or inside_end != closing.start()):
        return None  # "including" with no comma before it needs one after it
    sentence_end = _SENTENCE_END.search(text, link_start, inside_end + 2)
    if sentence_end is not None and sentence_end.start() < inside_end:
        return None
    parts = _figures(text, link_start, inside_end)
    if parts is None:
        return None
    counts = [read_count(text[start:end])[0] for start, end, _ in parts]
    if any(count is None or count >= total for count in counts) or sum(counts) > total:  # type: ignore[operator]
        return None
    if not _in_a_toll(text, whole, link_start, closing_end) and not _item_of_people_list(
        text, whole, parts, closing
    ):
        return None
    noun = " ".join(whole["noun"].split()) or None
    return TollAside(
        (whole.start("whole"), whole.end("whole")), noun, (bound_start, closing_end), parts
    )


def _figures(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """Each figure of the aside ``text[start:end]`` with what it counts.

    None where a figure counts nothing this reader knows (a share, a place, a date).
    """
    inside = _AGE.sub(lambda m: "x" * len(m[0]), text[start:end])
    parts: list[tuple[int, int, str]] = []
    position = 0
    for count in re.finditer(WORD_COUNT_PATTERN, inside, re.VERBOSE):
        if count.start() < position:
            continue
        match = _FIGURE.search(inside, max(position, count.start() - 25), count.end() + 200)
        if match is None or match.start("count") != count.start():
            return None
        if not _JOINT.fullmatch(inside, position, match.start()):
            return None  # "including a woman and her two children": no list of figures
        what = " ".join(match["what"].split())
        if what.split()[0].lower() in ("per", "percent", "cent", "of", "in", "on", "at"):
            return None
        parts.append((start + match.start("count"), start + match.end("count"), what))
        position = match.end()
    return parts


def _in_a_toll(text: str, whole: re.Match[str], start: int, end: int) -> bool:
    """Whether the aside stands in a sentence that names a fate of people, of one event.

    A rate ("are killed every day") or tolls set against each other ("compared with 8
    dead a week earlier") make no toll of an event, and their asides no subset of one.
    """
    reach = max(0, whole.start() - _SENTENCE_REACH)
    sentence_start = max(text.rfind(". ", reach, whole.start()), reach)
    sentence_end = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    stop = sentence_end.start() if sentence_end else min(len(text), end + _SENTENCE_REACH)
    if _NO_EVENT.search(text, sentence_start, stop):
        return False
    return _FATE.search(text, sentence_start, start) is not None or (
        _FATE.search(text, end, stop) is not None
    )


# Groups of people by sex or age that an aside on a count of people splits it into.
_PEOPLE_GROUPS = frozenset(
    "women men girls boys children adolescents adults infants minors youth".split()  # noqa: SIM905
)
# The head of a whole of people that such an aside may split: "4,100 children", "900
# refugees", "1,200 people".
_PEOPLE_HEADS = _PEOPLE_GROUPS | frozenset(
    """
    people persons individuals refugees migrants returnees beneficiaries students pupils
    patients survivors detainees prisoners participants staff workers
    """.split()  # noqa: SIM905
)


def _item_of_people_list(
    text: str, whole: re.Match[str], parts: list[tuple[int, int, str]], closing: re.Match[str]
) -> bool:
    """Whether an aside splits one item of a list of people that goes on after it.

    "4,100 children, including 2,000 girls, and 3,300 women were treated": the aside on
    the first item counts a group of its people by sex or age, and the list goes on past
    its closing comma with its next count, too many to be one more of the aside's (2,000
    and 3,300 pass 4,100); the list is read without the aside, and the aside is a tally of
    its own (total 4,100: girls 2,000), fate or none. An aside of
    places or kinds ("including 12 in Idlib", "including 21 hospitals") is no such split.
    """
    noun = whole["noun"].lower().split()
    going_on = _LIST_GOES_ON.match(text, closing.end()) if closing[0] == "," else None
    if (
        going_on is None
        or not noun
        or noun[-1] not in _PEOPLE_HEADS
        or not all(
            label.lower().split()[-1:] and label.lower().split()[-1] in _PEOPLE_GROUPS
            for _, _, label in parts
        )
    ):
        return False
    # the next count must not fit in the whole with the aside's own: "119 migrants,
    # including 87 men, 26 women and 6 children," is one aside of three, not one of men
    total = read_count(whole["whole"])[0] or 0
    held = sum(read_count(text[start:end])[0] or 0 for start, end, _ in parts)
    next_count = _NEXT_COUNT.search(going_on[0])
    after = read_count(next_count[0])[0] if next_count is not None else None
    return after is not None and held + after > total


_NEXT_COUNT = re.compile(WORD_COUNT_PATTERN, re.VERBOSE)


def without_asides(asides: list[TollAside]) -> list[EarlierFigures]:
    """The spans to take out to read the toll without its asides."""
    return [EarlierFigures(a.aside[0], a.aside[1], ()) for a in asides]


def aside_tallies(text: str, asides: list[TollAside]) -> list[Tally]:
    """Each counting aside's own tally: its whole as total, its figures as the parts.

    >>> text = "At least 136 people, including 13 children, have been killed and 400 injured."
    >>> [(t.total, t.parts[0].category, t.parts[0].count) for t in aside_tallies(
    ...     text, find_toll_asides(text))]
    [(136, 'children', 13)]
    >>> text = "19 others were injured – including four more children and two women – when"
    >>> [[(p.category, p.count) for p in t.parts] for t in aside_tallies(
    ...     text, find_toll_asides(text))]
    [[('more children', 4), ('women', 2)]]
    """
    tallies = []
    for aside in asides:
        if not aside.parts:
            continue
        parts = [
            Part(
                what,
                read_count(text[start:end])[0],
                start,
                end + text[end:].index(what.split()[-1]) + len(what.split()[-1]),
                counted=aside.noun,
                qualifier=qualifier_of(text, start, end),
            )
            for start, end, what in aside.parts
        ]
        tally = Tally("breakdown", aside.whole[0], parts[-1].end, parts, subject=aside.noun)
        tally.total = read_count(text[aside.whole[0] : aside.whole[1]])[0]
        tally.total_qualifier = qualifier_of(text, *aside.whole)
        tallies.append(tally)
    return tallies
