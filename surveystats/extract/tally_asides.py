"""Breakdowns written as an aside: a whole, then its parts in parentheses.

"UNAMA documented 2,258 civilian casualties (763 deaths and 1,495 injured)" and "caused
18 per cent of all civilian casualties (11 per cent by national forces, 2 per cent by
international forces, 4 per cent by undetermined forces and 1 per cent by armed groups)"
state a whole and split it inside the parentheses that follow it. Such an aside is a
breakdown only when its figures add up to the whole (within rounding for percentages),
or, after "including", do not exceed it: "12 States (including 3 in Africa)" names too
few parts to be read, and "3 resolutions (1325, 1820 and 1888)" are no parts at all. One
share or one count of people of a sex or age is a part on its own: "685 children (63 per
cent girls)", "175,358 children (79,136 girls)". Shares of groups of people that add up
past 100 overlap, and each is a part of the count on its own: "297,000 pupils (50 per cent
girls; 60 per cent IDPs)" (two tallies of total 297,000).

The labels may stand before their figures, each part set off from the next by a
semicolon: "Requests came from 38 countries (Africa, 17; Asia and the Pacific, 9; Europe,
12)" or "(Africa: 17; Asia: 9; ...)". Such a list is read only when its counts add up to
the whole exactly; a figure that may be a year ("(Geneva, 2004; Vienna, 2006)") makes none.

The labels may also stand before their figures (maybe with a colon) with commas between
the parts, or after them behind a dash: "401 cases were supported (Pamir 141, Yida 63
and Ajuong Thok 197)", "relocated 446 refugees (117 - North camp, 329 - South camp)".
Two parts with one label ("(Zone 3 and Zone 4)") name no parts, and a month or a year
makes none.

Where the aside follows its whole with nothing between them but the whole's noun ("223
refugees (162 men, 122 women)"), the syntax says the figures are the whole's parts even
when they do not add up to it: the tally keeps its total, and the consistency check then
reports it. Elsewhere such a list is read only where its counts add up to the whole.

Each opening parenthesis is tried once, with bounded patterns, so the time is linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_items import (
    AUXILIARIES,
    LOCATORS,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    VERBS,
)
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally, read_count
from surveystats.extract.tally_respective import FIGURE, PER_CENT, STOP_WORDS
from surveystats.text import MONTHS

__all__ = ["find_asides"]

# a word, or two joined by a slash ("kidnapped/disappeared", "refugees/migrants")
_WORD = r"[A-Za-z][\w'’-]{0,30}(?:/[A-Za-z][\w'’-]{0,30})?"
# The whole right before the parenthesis: "2,258 civilian casualties", "18 per cent of all
# civilian casualties in the first three months of 2018".
_WHOLE = re.compile(
    rf"(?<![\w.,/-])(?P<figure>{FIGURE})(?P<unit>{PER_CENT})?"
    rf"(?P<noun>(?:\s{{1,3}}(?:{_WORD}|\d{{4}})){{1,12}})\s{{0,3}}$"
)
# One part inside: a figure and the words that label it ("763 deaths", "11 per cent by
# Afghan national security forces").
# A bound before a part's figure: "(10,000 in Asia, 15,200 in Europe and nearly 12,000 in
# Latin America)".
_PART_QUALIFIER = (
    r"(?:(?:nearly|almost|about|around|approximately|some|over|roughly|at\s{1,3}least"
    r"|more\s{1,3}than|an\s{1,3}estimated)\s{1,3})"
)
_PART = rf"{_PART_QUALIFIER}?(?:{FIGURE})(?:{PER_CENT})?(?:\s{{1,3}}{_WORD}){{1,6}}"
_PARTS = re.compile(
    rf"\(\s{{0,2}}(?P<including>including\s{{1,3}})?(?P<parts>{_PART}"
    rf"(?:\s{{0,3}}[,;]\s{{1,3}}(?:and\s{{1,3}})?{_PART}|\s{{1,3}}and\s{{1,3}}{_PART}){{1,8}})"
    # some of the last part, in an aside of its own: "(32 deaths and 126 injured, including
    # five children)"
    rf"(?:\s{{0,3}},\s{{1,3}}(?:including|of\s{{1,3}}whom|among\s{{1,3}}them)\s{{1,3}}{_PART})?"
    r"\s{0,3}\)"
)
# One share of people by sex or age, in parentheses after a count of them: "685 children
# (63 per cent girls)", "1,200 trainees (52% women)".
_ONE_SHARE = re.compile(
    rf"\(\s{{0,2}}(?P<figure>{FIGURE})(?P<unit>{PER_CENT})\s{{1,3}}(?:of\s{{1,3}}them\s{{1,3}})?"
    r"(?P<label>women|men|girls|boys|female|male|females|males|children|adults|youth"
    # where people came from: "58,817 refugees (98% from Pakistan)"
    r"|(?P<origin>from\s{1,3}(?:the\s{1,3})?[A-Z][\w'’.-]{1,30}"
    r"(?:\s{1,3}(?:[A-Z][\w'’.-]{1,30}|of|and|the)){0,5}))"
    r"\s{0,3}\)"
)
# One count of people of one sex or age in parentheses after a whole of people: "175,358
# children (79,136 girls)", "310 caregivers (198 women)".
_ONE_COUNT = re.compile(
    rf"\(\s{{0,2}}(?P<figure>{FIGURE})\s{{1,3}}(?:of\s{{1,3}}them\s{{1,3}})?"
    r"(?P<label>women|men|girls|boys|female|male|females|males|children|adults|youth)"
    r"\s{0,3}\)"
)
# A count alone right before such an aside, its noun after it: "55,235 (52 per cent male)
# children", "some 4,100 (61% women) participants".
_BARE_WHOLE = re.compile(rf"(?<![\w.,/-])(?P<figure>{FIGURE})\s{{0,3}}$")
_PEOPLE_AFTER = re.compile(
    r"\s{1,3}(?P<noun>(?:[a-z][\w-]{1,25}\s{1,3}){0,2}?"
    r"(?:[a-z][\w-]{1,25}[^s\W]s|children|people|youth|staff|personnel))\b(?![-'’])"
)
# The heads of wholes of people that may come from somewhere: "58,817 refugees (98% from
# Pakistan)"; money or things "from" a place ("$40 million (60% from Norway)") are none.
_ORIGIN_HEADS = frozenset(
    (
        *("refugees", "returnees", "migrants", "arrivals", "asylum-seekers", "deportees"),
        *("people", "persons", "individuals", "households", "families", "returns"),
        *("children", "students", "pupils", "workers"),
    )
)
_ONE_PART = re.compile(
    rf"(?P<qualifier>{_PART_QUALIFIER})?(?P<figure>{FIGURE})(?P<unit>{PER_CENT})?"
    rf"(?P<words>(?:\s{{1,3}}(?!and\b){_WORD}){{1,6}})"
)
# Parts whose labels come first, a comma or colon before each figure and a semicolon
# between parts: "(Africa, 17; Asia and the Pacific, 9; Europe and the CIS, 4)".
_LABELLED_PART = rf"[A-Za-z][^()\d,;:.]{{0,60}}?\s{{0,3}}[,:]?\s{{1,3}}(?:{FIGURE})"
_LABELLED_PARTS = re.compile(
    rf"\(\s{{0,2}}(?P<parts>{_LABELLED_PART}(?:\s{{0,3}};\s{{1,3}}(?:and\s{{1,3}})?"
    rf"{_LABELLED_PART}){{1,11}})\s{{0,3}}\)"
)
_ONE_LABELLED_PART = re.compile(
    rf"(?:and\s{{1,3}})?(?P<words>[A-Za-z][^()\d,;:.]{{0,60}}?)\s{{0,3}}[,:]?\s{{1,3}}"
    rf"(?P<figure>{FIGURE})"
)
# Words that open no label of a part: a cross-reference ("see annex, 4"), a preposition,
# an auxiliary ("(in Geneva, 4; ...)" is read by the grammars of places).
_NO_LABEL_START = PREPOSITIONS | AUXILIARIES | {"see", "cf", "cf."}
_LABEL_LEAD = re.compile(r"^(?:by|to|for|in|from|at|among|of)\s", re.IGNORECASE)
# A whole's noun may hold a name with its number: "informal sites in ILA 7 (13,245 ...)".
_WHOLE_NAMED = re.compile(
    rf"(?<![\w.,/-])(?P<figure>{FIGURE})(?P<unit>{PER_CENT})?"
    rf"(?P<noun>(?:\s{{1,3}}(?:[A-Z][\w-]{{0,30}}\s{{1,3}}\d{{1,2}}(?!\d)|{_WORD}|\d{{4}})){{1,12}})"
    r"\s{0,3}$"
)
# Parts whose names come first, commas between them, or whose names follow a dash:
# "(Pamir 141, Yida 63, and Ajuong Thok 197)", "(117 - Ajuong Thok camp, 329 - Pamir camp)".
_NAME = r"[A-Za-z][\w'’-]{0,30}(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,3}"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,.]\d)"
_JOINT = r"(?:\s{0,3},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})"
# between a name and its figure: a space, a colon or a dash ("Bor 402", "Bor: 402", "Bor – 402")
_NAME_THEN = r"(?::?\s{1,3}|\s{0,3}[-–—]\s{0,3})"
_NAME_FIRST = rf"{_NAME}{_NAME_THEN}{_DIGITS}"
_DASH_FIRST = rf"{_DIGITS}\s{{0,3}}[-–—]\s{{0,3}}{_NAME}"
_NAMED_PARTS = re.compile(
    rf"\(\s{{0,2}}(?P<parts>{_NAME_FIRST}(?:{_JOINT}{_NAME_FIRST}){{1,11}}"
    rf"|{_DASH_FIRST}(?:{_JOINT}{_DASH_FIRST}){{1,11}})\s{{0,3}}\)"
)
_ONE_NAMED_PART = re.compile(
    rf"(?:and\s{{1,3}})?(?:(?P<before>{_NAME}){_NAME_THEN}(?P<figure>{_DIGITS})"
    rf"|(?P<number>{_DIGITS})\s{{0,3}}[-–—]\s{{0,3}}(?P<after>{_NAME}))"
)
# Groups of people that split a count of people by sex, age or status: "(162 men, 122 women)".
_GROUPS = frozenset(
    "men women boys girls children adults minors adolescents youth elderly infants male males "
    "female females refugees migrants returnees IDPs asylum-seekers nationals".lower().split()
)
_SCALE_WORDS = frozenset(("thousand", "million", "billion"))
_FREQUENCY = frozenset(("times", "occasions"))  # "met 12 times (Geneva 8, New York 3)"
_WORDS = re.compile(r"[A-Za-z][\w'’-]*(?:/[A-Za-z][\w'’-]*)?")
_NOUN_WORDS = 4  # words of a whole's noun right before its aside
_REACH = 160  # characters before the parenthesis that the whole may take
_ROUNDING = Fraction(1)  # percentages add up to their whole within one point


def _value(figure: str) -> Fraction | None:
    if "." in figure:
        return Fraction(figure)
    count, _ = read_count(figure)
    return None if count is None else Fraction(count)


def _decimals(figure: str) -> int:
    return len(figure.split(".", 1)[1]) if "." in figure else 0


def _label(words: str) -> str | None:
    """The label of a part: its words without a leading preposition, cut at a stop word."""
    words = _LABEL_LEAD.sub("", " ".join(words.split()))
    kept = []
    for word in words.split():
        if kept and word.lower() in STOP_WORDS:
            break
        kept.append(word)
    return " ".join(kept) or None


def find_asides(text: str, inside: Callable[[int], bool] | None = None) -> list[Tally]:
    """Find the breakdowns whose parts stand in parentheses after their whole.

    Parameters
    ----------
    text
        One paragraph.
    inside
        Whether a position lies in a span already read by another grammar.

    Returns
    -------
    list of Tally
        Breakdowns (kind "breakdown"), in order, offsets relative to ``text``.

    Examples
    --------
    >>> tally = find_asides("UNAMA documented 2,258 civilian casualties (763 deaths and "
    ...     "1,495 injured).")[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (2258, [('deaths', 763), ('injured', 1495)])
    >>> find_asides("It recalled its 3 resolutions (1325, 1820 and 1888).")
    []
    """
    tallies: list[Tally] = []
    labelled = ";" in text  # parts with their labels first are set off by semicolons
    position = text.find("(")
    while position >= 0:
        tally = _read_aside(text, position, inside, labelled=labelled)
        if tally is not None:
            tallies.append(tally)
        elif overlapping := _read_overlapping_shares(text, position, inside):
            tallies.extend(overlapping)  # "297,000 pupils (50 per cent girls; 60 per cent IDPs)"
            tally = overlapping[-1]
        position = text.find("(", max(position + 1, tally.end if tally else 0))
    return tallies


def _read_aside(
    text: str, opening: int, inside: Callable[[int], bool] | None, *, labelled: bool
) -> Tally | None:
    """The breakdown whose parts open at ``opening``, or ``None``.

    Parts whose labels come first are looked for only where the text has a semicolon
    (``labelled``).
    """
    parts_match = _PARTS.match(text, opening)
    if parts_match is None and (share := _ONE_SHARE.match(text, opening)) is not None:
        return _read_one_share(text, share, inside)
    if parts_match is None and (count := _ONE_COUNT.match(text, opening)) is not None:
        return _read_one_count(text, count, inside)
    if parts_match is None:
        found = _read_labelled_aside(text, opening, inside) if labelled else None
        return found if found is not None else _read_named_aside(text, opening, inside)
    whole = _WHOLE.search(text, max(0, opening - _REACH), opening) or _WHOLE_NAMED.search(
        text, max(0, opening - _REACH), opening
    )
    if whole is None or (inside is not None and inside(whole.start())):
        return None
    total = _value(whole["figure"])
    percent = whole["unit"] is not None
    parts: list[Part] = []
    offset = parts_match.start("parts")
    for part in _ONE_PART.finditer(parts_match["parts"]):
        value = _value(part["figure"])
        label = _label(part["words"])
        if value is None or label is None or (part["unit"] is not None) != percent:
            return None
        if not percent and value.denominator != 1:
            return None
        parts.append(
            Part(
                label,
                None if percent else int(value),
                offset + part.start(),
                offset + part.end(),
                percent=float(value) if percent else None,
                decimals=_decimals(part["figure"]) if percent else None,
                qualifier=qualifier_of(parts_match["parts"], part.start("figure"), part.end()),
            )
        )
    if total is None or len(parts) < 2:
        return None
    found = sum(Fraction(p.percent if percent else p.count) for p in parts)  # type: ignore[arg-type]
    if parts_match["including"]:
        fits = found <= total
    elif percent:
        fits = abs(found - total) <= _ROUNDING
    else:
        fits = (
            found == total
            or _adjoins(text, whole, parts_match["parts"], parts)
            or _rounded_fit(text, whole, parts, found, total)
        )
    if not fits:
        return None
    tally = Tally(
        "breakdown",
        whole.start(),
        parts_match.end(),
        parts,
        unit="percent" if percent else "count",
    )
    noun = " ".join(whole["noun"].split())
    if not percent:
        tally.total = int(total)
        tally.subject = noun
        for part in parts:
            part.counted, part.counted_inherited = noun, True
    return tally


# Shares of groups of people in one aside that add up to more than the whole: groups that
# overlap ("297,000 pupils (50 per cent girls; 60 per cent IDPs)"), each one part of the
# count before the aside. A share's label is a group: one to three words, no figure.
_GROUP_WORD = r"[A-Za-z][\w'’-]{0,30}\s{0,3}"
_SHARE_OF_GROUP = rf"(?:{FIGURE})(?:{PER_CENT})\s{{1,3}}(?:{_GROUP_WORD}){{1,3}}"
_OVERLAPPING_SHARES = re.compile(
    rf"\(\s{{0,2}}(?P<parts>{_SHARE_OF_GROUP}(?:[,;]\s{{1,3}}(?:and\s{{1,3}})?{_SHARE_OF_GROUP}"
    rf"|\s{{0,3}}and\s{{1,3}}{_SHARE_OF_GROUP}){{1,4}})\)"
)
_ONE_SHARE_OF_GROUP = re.compile(
    rf"(?P<figure>{FIGURE})(?P<unit>{PER_CENT})\s{{1,3}}"
    rf"(?P<label>(?:(?!and\b){_GROUP_WORD}){{1,3}})"
)


def _read_overlapping_shares(
    text: str, opening: int, inside: Callable[[int], bool] | None
) -> list[Tally]:
    """One one-part breakdown for each share of a group in the aside at ``opening``.

    The shares are of the count of people right before the aside, and add up to more
    than 100 (the groups overlap, so they split no whole together; shares that may
    split it are left to the other readers):

    >>> text = "It fed 297,000 pupils (50 per cent girls; 60 per cent IDPs)."
    >>> [(t.total, t.parts[0].category, t.parts[0].percent)
    ...  for t in _read_overlapping_shares(text, text.find("("), None)]
    [(297000, 'girls', 50.0), (297000, 'IDPs', 60.0)]
    """
    shares = _OVERLAPPING_SHARES.match(text, opening)
    if shares is None:
        return []
    whole = _WHOLE.search(text, max(0, opening - _REACH), opening)
    if whole is None or whole["unit"] is not None or (inside is not None and inside(whole.start())):
        return []
    noun = _head_noun(whole["noun"])
    if not noun or noun.split()[-1].lower() not in PEOPLE_NOUNS | _ORIGIN_HEADS:
        return []  # "$40 million (60% loans; 55% to Africa)": no people
    total = _value(whole["figure"])
    if total is None or total.denominator != 1:
        return []
    offset = shares.start("parts")
    found = []
    for share in _ONE_SHARE_OF_GROUP.finditer(shares["parts"]):
        value = _value(share["figure"])
        label = " ".join(share["label"].split())
        if value is None or not 0 < value < 100 or label.split()[0].lower() in _NO_LABEL_START:
            return []
        part = Part(
            label,
            None,
            offset + share.start(),
            offset + share.end("label"),
            percent=float(value),
            decimals=_decimals(share["figure"]),
            base=noun,
        )
        start = part.start if found else whole.start()  # a later tally spans its share only
        tally = Tally("breakdown", start, part.end, [part], total=int(total), unit="percent")
        found.append(tally)
    if len(found) < 2 or sum(t.parts[0].percent or 0 for t in found) <= 100 + _ROUNDING:
        return []
    return found


def _read_one_share(
    text: str, share: re.Match[str], inside: Callable[[int], bool] | None
) -> Tally | None:
    """The one-part breakdown of a count and the share of it in parentheses, or ``None``.

    >>> tally = _read_one_share("It trained 1,200 teachers (55 per cent women).",
    ...     _ONE_SHARE.search("It trained 1,200 teachers (55 per cent women)."), None)
    >>> tally.total, [(p.category, p.percent, p.base) for p in tally.parts]
    (1200, [('women', 55.0, 'teachers')])

    Where the people came from, after a whole of people:

    >>> text = "It helped 58,817 refugees (98% from Pakistan) to return."
    >>> tally = _read_one_share(text, _ONE_SHARE.search(text), None)
    >>> tally.total, [(p.category, p.percent) for p in tally.parts]
    (58817, [('from Pakistan', 98.0)])

    The aside between a count and its noun of people:

    >>> text = "A total of 5,235 (52 per cent male) children were reached."
    >>> tally = _read_one_share(text, _ONE_SHARE.search(text), None)
    >>> tally.total, [(p.category, p.percent, p.base) for p in tally.parts]
    (5235, [('male', 52.0, 'children')])
    """
    opening = share.start()
    whole = _WHOLE.search(text, max(0, opening - _REACH), opening)
    end = share.end()
    if whole is None and share["origin"] is None:
        # the aside between the count and its noun: "a total of 55,235 (52 per cent male)
        # children"
        whole = _BARE_WHOLE.search(text, max(0, opening - 30), opening)
        noun_after = _PEOPLE_AFTER.match(text, share.end()) if whole is not None else None
        if noun_after is None or noun_after["noun"].split()[-1].lower() not in PEOPLE_NOUNS:
            return None  # "12 (5 per cent men) points": no people
        noun: str | None = " ".join(noun_after["noun"].split())
        end = noun_after.end()
    elif whole is None or whole["unit"] is not None:
        return None
    else:
        noun = _head_noun(whole["noun"])
    if inside is not None and inside(whole.start()):
        return None
    total, value = _value(whole["figure"]), _value(share["figure"])
    if total is None or total.denominator != 1 or value is None or not 0 < value <= 100:
        return None
    if share["origin"] and (not noun or noun.split()[-1].lower() not in _ORIGIN_HEADS):
        return None  # "$40 million (60% from Norway)": a whole of no people
    part = Part(
        share["label"],
        None,
        share.start("figure"),
        share.end("label"),
        percent=float(value),
        decimals=_decimals(share["figure"]),
        base=noun,
    )
    return Tally("breakdown", whole.start(), end, [part], total=int(total), unit="percent")


def _read_one_count(
    text: str, count: re.Match[str], inside: Callable[[int], bool] | None
) -> Tally | None:
    """The one-part breakdown of a count of people and the count of one sex or age of them.

    A count of some of the people in parentheses right after their whole is that whole's
    part, as a share of them is ("685 children (63 per cent girls)"):

    >>> text = "In addition, 175,358 children (79,136 girls) have benefited."
    >>> tally = _read_one_count(text, _ONE_COUNT.search(text), None)
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (175358, [('girls', 79136, 'children')])

    The households of a count of people are another unit, and a part is smaller than its
    whole:

    >>> text = "It registered 6,270 individuals (1,281 households) and 12 children (30 girls)."
    >>> _read_one_count(text, _ONE_COUNT.search(text), None) is None
    True
    """
    opening = count.start()
    whole = _WHOLE.search(text, max(0, opening - _REACH), opening)
    if whole is None or whole["unit"] is not None:
        return None
    if inside is not None and inside(whole.start()):
        return None
    noun = _head_noun(whole["noun"])
    head = noun.split()[-1].lower() if noun else ""
    if head not in PEOPLE_NOUNS or head == count["label"].lower():
        return None
    total, value = _value(whole["figure"]), _value(count["figure"])
    if total is None or value is None or total.denominator != 1 or value.denominator != 1:
        return None
    if not 0 < value < total:
        return None
    part = Part(
        count["label"],
        int(value),
        count.start("figure"),
        count.end("label"),
        counted=noun,
        counted_inherited=True,
    )
    return Tally("breakdown", whole.start(), count.end(), [part], total=int(total), subject=noun)


def _read_labelled_aside(
    text: str, opening: int, inside: Callable[[int], bool] | None
) -> Tally | None:
    """The breakdown whose labelled parts open at ``opening`` ("(Africa, 17; Asia, 9)").

    >>> tally = _read_labelled_aside("It had 26 posts (Geneva, 17; Nairobi, 9).", 16, None)
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (26, [('Geneva', 17), ('Nairobi', 9)])
    >>> _read_labelled_aside("It held 2 sessions (Geneva, 2004; Vienna, 2006).", 19, None)
    """
    parts_match = _LABELLED_PARTS.match(text, opening)
    if parts_match is None:
        return None
    whole = _WHOLE.search(text, max(0, opening - _REACH), opening)
    if whole is None or whole["unit"] is not None or (inside is not None and inside(whole.start())):
        return None
    total = _value(whole["figure"])
    parts: list[Part] = []
    offset = parts_match.start("parts")
    for part in _ONE_LABELLED_PART.finditer(parts_match["parts"]):
        count, _ = read_count(part["figure"])
        words = part["words"].lower().split()
        if count is None or YEAR_FIGURE.fullmatch(part["figure"]) or not _names_part(words):
            return None
        label = " ".join(part["words"].split())
        parts.append(Part(label, count, offset + part.start("words"), offset + part.end()))
    if total is None or total != sum(part.count for part in parts):  # type: ignore[misc]
        return None
    return _count_split(whole, parts_match, parts, int(total))


def _rounded_fit(
    text: str, whole: re.Match[str], parts: list[Part], found: Fraction, total: Fraction
) -> bool:
    """Whether counts written as about so many come to their whole as near as they can.

    Where the whole or a part carries a bound ("nearly 40,000 children (10,000 in Asia,
    15,200 in Europe and nearly 12,000 in Latin America)"), its parts fall short of it or
    pass it by what the rounding hides: they fit where they come to nine tenths of the
    whole or more, and pass it by a fiftieth at most. Exact counts must add up.

    >>> text = "It asked nearly 400 pupils (100 in A, 150 in B and 120 in C)."
    >>> whole = _WHOLE.search(text, 0, 27)
    >>> parts = [Part("A", 100, 28, 36), Part("B", 150, 38, 46), Part("C", 120, 51, 59)]
    >>> _rounded_fit(text, whole, parts, Fraction(370), Fraction(400))
    True
    >>> _rounded_fit(text, whole, parts, Fraction(300), Fraction(400))
    False
    """
    bounded = qualifier_of(text, whole.start("figure"), whole.end("figure")) is not None or any(
        part.qualifier is not None for part in parts
    )
    return (
        bounded
        and whole["unit"] is None
        and total * _SHORT_OF_ROUNDED <= found <= total * _PAST_ROUNDED
    )


_SHORT_OF_ROUNDED = Fraction(9, 10)
_PAST_ROUNDED = Fraction(51, 50)


def _adjoins(text: str, whole: re.Match[str], written: str, parts: list[Part]) -> bool:
    """Whether counts that miss their whole are still its parts: the aside follows its noun.

    The whole is the object of a verb or opens its clause, its noun is a few words with no
    verb or preposition ("registered 223 newly arrived refugees (162 men, 122 women)"),
    each label is written whole and names a group of people, a place (a capital letter)
    or the whole's own noun ("(13,245 IDP families and ...)"), and no part exceeds the
    whole. A label after a preposition ("(8 in Geneva and 3 in New York)") and a count of
    times ("met 12 times (Geneva 8, New York 3)") are read only where the parts add up.
    A share, a sum of money, a part of a list ("640 casualties: 190 killed (20 men ...)")
    or a count of other things ("5 sites (12 schools and 9 clinics)") is not read.

    >>> text = "It registered 223 newly arrived refugees (162 men, 122 women)."
    >>> whole = _WHOLE.search(text, 0, 41)
    >>> parts = [Part("men", 162, 42, 49), Part("women", 122, 51, 60)]
    >>> _adjoins(text, whole, "162 men, 122 women", parts)
    True
    >>> text = "Of 640 casualties: 223 killed (162 men, 122 women)."
    >>> _adjoins(text, _WHOLE.search(text, 0, 30), "162 men, 122 women", parts)
    False
    """
    before = text[: whole.start()].rstrip()
    if whole["unit"] is not None or (before and not before[-1].isalpha()):
        return False
    words = whole["noun"].lower().split()
    if (
        not 0 < len(words) <= _NOUN_WORDS
        or words[-1] in _FREQUENCY
        or any(word in STOP_WORDS or word in _SCALE_WORDS for word in words)
    ):
        return False
    total = _value(whole["figure"])
    labels = [part.category or "" for part in parts]
    if len(" ".join(labels).split()) != len([w for w in _WORDS.findall(written) if w != "and"]):
        return False  # a label cut at a verb or preposition: "(300 shelters were built)"
    return all(
        total is not None
        and (part.count or 0) < total
        and label.split()[-1].lower() not in MONTHS
        and (label[0].isupper() or label.split()[-1].lower() in (_GROUPS | {words[-1]}))
        for part, label in zip(parts, labels, strict=True)
    )


def _read_named_aside(
    text: str, opening: int, inside: Callable[[int], bool] | None
) -> Tally | None:
    """The breakdown of named counts in parentheses at ``opening``, names first or after a dash.

    >>> tally = _read_named_aside("Some 401 cases were supported (Pamir 141, Yida 63 and "
    ...     "Ajuong Thok 197).", 30, None)
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (401, [('Pamir', 141), ('Yida', 63), ('Ajuong Thok', 197)])
    >>> _read_named_aside("It used 7 sites (Zone 3 and Zone 4).", 16, None) is None
    True
    """
    parts_match = _NAMED_PARTS.match(text, opening)
    if parts_match is None:
        return None
    whole = _WHOLE.search(text, max(0, opening - _REACH), opening)
    if whole is None or whole["unit"] is not None or (inside is not None and inside(whole.start())):
        return None
    total = _value(whole["figure"])
    if total is None or total.denominator != 1:
        return None
    parts: list[Part] = []
    offset = parts_match.start("parts")
    for part in _ONE_NAMED_PART.finditer(parts_match["parts"]):
        figure = part["figure"] or part["number"]
        label = " ".join((part["before"] or part["after"]).split())
        words = label.lower().split()
        count, _ = read_count(figure)
        if (
            count is None
            or YEAR_FIGURE.fullmatch(figure)
            or not _names_part(words)
            or any(word in MONTHS or word in AUXILIARIES or word in VERBS for word in words)
        ):
            return None
        parts.append(Part(label, count, offset + part.start(), offset + part.end()))
    labels = {part.category for part in parts}
    if len(parts) < 2 or len(labels) < len(parts):
        return None  # "(Zone 3 and Zone 4)": one name's numbers
    if [part.count for part in parts] == list(range(1, len(parts) + 1)):
        return None  # "3 options (1 - Yes, 2 - No, 3 - Unsure)": codes, no counts
    summed = sum(part.count for part in parts)  # type: ignore[misc]
    if summed != total and not (_adjoins(text, whole, parts_match["parts"], parts)):
        return None
    return _count_split(whole, parts_match, parts, int(total))


def _names_part(words: list[str]) -> bool:
    """Whether a label before a figure names a part, not a verb or a place in a document.

    >>> _names_part(["asia", "and", "the", "pacific"]), _names_part(["see", "annex"])
    (True, False)
    """
    return bool(words) and not (
        words[0] in _NO_LABEL_START or words[0] in LOCATORS or words[-1] in LOCATORS
    )


def _count_split(
    whole: re.Match[str], aside: re.Match[str], parts: list[Part], total: int
) -> Tally:
    """The breakdown of ``whole`` into the counted ``parts`` its ``aside`` names."""
    noun = _head_noun(whole["noun"])
    for part in parts:
        part.counted, part.counted_inherited = noun, True
    return Tally(
        "breakdown", whole.start(), aside.end(), parts, unit="count", total=total, subject=noun
    )


def _head_noun(noun: str) -> str:
    """The words of a whole's noun before a verb or preposition ("posts are proposed").

    >>> _head_noun("countries in 2002"), _head_noun("posts are proposed")
    ('countries', 'posts')
    """
    words = noun.split()
    end = next((i for i, word in enumerate(words) if i and word.lower() in STOP_WORDS), len(words))
    return " ".join(words[:end])
