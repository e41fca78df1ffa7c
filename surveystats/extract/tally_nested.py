"""A split whose parts carry splits of their own in parentheses: casualty figures, people reached.

"The Mission recorded 640 civilian casualties: 190 killed (20 men, 21 women, 5 boys,
4 girls and 140 adults whose sex is unknown) and 450 injured" states two tallies: the
640 casualties split into the killed and the injured, and the 190 killed split by sex
and age inside the parentheses. The readers of one list at a time take the figures in
the parentheses as the parts and the 190 (or the 640) as their whole, and lose one of
the two levels. :func:`find_nested_splits` reads both, and only where the arithmetic
says so: the outer parts add up exactly to the whole before the colon (", including",
a dash), and the figures in each aside add up exactly to the part they follow. The same
shape counts the people a programme reached ("32,941 people, including 19,213 children
(8,325 girls and 10,888 boys) and 13,728 adults (...)").

The last part may be split after "including" instead, its own parts outside parentheses,
and a part may carry an aside of another unit that splits nothing: "listed 1,798,001
individuals, including 393,854 IDPs (81,219 households) and 1,404,147 returnees including
1,070,749 internal returnees (215,602 households) and 333,398 returnees from abroad
(67,313 households)" states the 1,798,001 split in two and the 1,404,147 returnees split
in two; the households are no parts of either. Where the whole and every part carry
such an aside ("52,300 IDPs (10,460 households) were identified, including 30,000 in Borno
(6,000 households) and 22,300 in Yobe (4,460 households)"), the one split is read past them.

A list whose parts each carry a split with no whole before them ("At least 21 children (13
boys; 8 girls) were killed and 82 (51 boys; 31 girls) injured") is read at its outer level
with the asides taken out (:func:`with_outer_of_split_asides`): the killed and the
injured, beside the splits of each.

Each opening parenthesis is tried once, with bounded patterns at known positions, so the
time is linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from surveystats.extract.tally_earlier_years import (
    EarlierFigures,
    restore_offsets,
    without_earlier_figures,
)
from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.extract.tally_respective import FIGURE

__all__ = ["find_nested_splits", "with_outer_of_split_asides"]

_WORD = r"[A-Za-z][\w'’-]{0,30}"
# A label's word, no joint: "and", or "including" that opens a split of the last part.
_LABEL_WORD = rf"(?!(?:and|including)\b){_WORD}"
# A part of the outer split: its figure, one to three words, maybe an aside after them.
_OUTER_PART = rf"(?:{FIGURE})(?:\s{{1,3}}{_LABEL_WORD}){{1,3}}(?:\s{{0,3}}\([^()]{{1,400}}\))?"
_JOINT = r"(?:\s{0,3},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})"
# The whole, what opens its parts, and the parts: "640 civilian casualties: 190 killed
# (...) and 450 injured", "..., including 190 killed (...) and 450 injured".
_OUTER = re.compile(
    rf"""(?<![\w.,/-])(?P<whole>{FIGURE})
    # its noun, maybe with an acronym in parentheses: "32,941 conflict-affected people
    # through explosive ordnance risk education (EORE) activities, including ..."
    # or its own aside of another unit: "52,300 IDPs (10,460 households) were identified"
    (?P<noun>(?:\s{{1,3}}(?:{_WORD}|\([A-Z]{{2,10}}\)|\d{{4}}
        |\(\s{{0,2}}(?:{FIGURE})(?:\s{{1,3}}{_WORD}){{1,2}}\s{{0,2}}\))){{1,12}}?)
    \s{{0,3}}(?::|,\s{{1,3}}(?:including|comprising)|\s[—–])\s{{1,3}}
    (?P<parts>{_OUTER_PART}(?:{_JOINT}{_OUTER_PART}){{1,3}})""",
    re.VERBOSE,
)
_ONE_OUTER = re.compile(
    rf"(?P<figure>{FIGURE})(?P<label>(?:\s{{1,3}}{_LABEL_WORD}){{1,3}})"
    r"(?:\s{0,3}\((?P<aside>[^()]{1,400})\))?"
)
# A part inside an aside: "20 men", "140 adults whose sex is unknown".
_INNER = re.compile(rf"(?P<figure>{FIGURE})(?P<label>(?:\s{{1,3}}(?!and\b){_WORD}){{1,8}})")
_INNER_JOINT = re.compile(
    r"\s{0,3},\s{1,3}(?:and\s{1,3}|as\s{1,3}well\s{1,3}as\s{1,3})?"
    r"|\s{1,3}(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}"
)
# An aside of another unit after a part, which splits nothing: "(81,219 households)".
_UNIT_ASIDE = re.compile(rf"\s{{0,2}}(?:{FIGURE})(?:\s{{1,3}}{_WORD}){{1,2}}\s{{0,2}}")
# What opens the split of the last part, and one part of it with its aside of another unit.
_LAST_SPLIT = re.compile(r"\s{0,3},?\s{1,3}including\s{1,3}")
_LAST_INNER = re.compile(
    rf"(?P<figure>{FIGURE})(?P<label>(?:\s{{1,3}}{_LABEL_WORD}){{1,6}})"
    r"(?:\s{0,3}\((?P<aside>[^()]{1,80})\))?"
)
_MAX_LAST_PARTS = 6
_UNIT_ASIDE_IN_NOUN = re.compile(r"\s{0,3}\([^()]{0,40}\d[^()]{0,40}\)")
_REACH = 120  # characters before an opening parenthesis that the whole and its noun may take
_NOUN_END = re.compile(r" (?:through|via|by|during|under|across|since|as|were|was|are|is) ")
# A preposition of place before a part's label: "30,000 in Borno".
_PLACE_BEFORE = re.compile(r"^(?:in|at|from) (?=[A-Z])")


def _count(figure: str) -> int | None:
    count, _ = read_count(figure)
    return count


def _inner_split(text: str, start: int, end: int, whole: int) -> list[Part] | None:
    """The parts the aside ``text[start:end]`` splits ``whole`` into, or ``None``.

    Every piece between the joints must be a count and its label, and the counts must
    add up to ``whole`` exactly.
    """
    parts: list[Part] = []
    at = start
    while at < end:
        part = _INNER.match(text, at, end)
        if part is None:
            return None
        count = _count(part["figure"])
        if count is None:
            return None
        label = " ".join(part["label"].split())
        parts.append(Part(label, count, part.start(), part.end()))
        at = part.end()
        if at < end:
            joint = _INNER_JOINT.match(text, at, end)
            if joint is None:
                return None
            at = joint.end()
    if len(parts) < 2 or sum(part.count or 0 for part in parts) != whole:
        return None
    return parts


def _split_of_last(text: str, end: int, last: Part) -> Tally | None:
    """The split of the last outer part after "including" at ``end``, or ``None``.

    Its parts, each maybe with an aside of another unit, must add up to ``last`` exactly.

    >>> text = "2,000 returnees including 1,500 internal returnees (300 households) and 500 others"
    >>> split = _split_of_last(text, 15, Part("returnees", 2000, 0, 15))
    >>> split.total, [(p.category, p.count) for p in split.parts]
    (2000, [('internal returnees', 1500), ('others', 500)])
    """
    opening = _LAST_SPLIT.match(text, end)
    if opening is None:
        return None
    parts: list[Part] = []
    at = opening.end()
    while len(parts) < _MAX_LAST_PARTS:
        part = _LAST_INNER.match(text, at)
        if part is None:
            return None
        aside = part["aside"]
        count = _count(part["figure"])
        if count is None or (aside is not None and not _UNIT_ASIDE.fullmatch(aside)):
            return None
        parts.append(Part(" ".join(part["label"].split()), count, part.start(), part.end("label")))
        joint = _INNER_JOINT.match(text, part.end())
        if joint is None or not _LAST_INNER.match(text, joint.end()):
            break
        at = joint.end()
    if len(parts) < 2 or sum(part.count or 0 for part in parts) != last.count:
        return None
    return Tally("breakdown", last.start, parts[-1].end, parts, total=last.count)


def _read_at(text: str, match: re.Match[str]) -> list[Tally] | None:
    """The outer tally and the tallies of its asides, or ``None`` where a sum fails."""
    total = _count(match["whole"])
    if total is None:
        return None
    outer: list[Part] = []
    inner: list[Tally] = []
    unit_asides = 0
    for part in _ONE_OUTER.finditer(text, match.start("parts"), match.end("parts")):
        count = _count(part["figure"])
        if count is None:
            return None
        label = _PLACE_BEFORE.sub("", " ".join(part["label"].split()))
        outer.append(Part(label, count, part.start(), part.end("label")))
        if part["aside"] is not None:
            if _UNIT_ASIDE.fullmatch(part["aside"]):
                unit_asides += 1
                continue  # "393,854 IDPs (81,219 households)": another unit, no split
            split = _inner_split(text, part.start("aside"), part.end("aside"), count)
            if split is None:
                return None
            inner.append(Tally("breakdown", part.start(), part.end(), split, total=count))
    if outer and (last := _split_of_last(text, match.end("parts"), outer[-1])) is not None:
        inner.append(last)
    if len(outer) < 2 or sum(part.count or 0 for part in outer) != total:
        return None
    if not inner and (unit_asides < len(outer) or not _UNIT_ASIDE_IN_NOUN.search(match["noun"])):
        return None  # one level, no aside after the whole: the other readers read it
    # the noun up to a preposition that starts what follows it ("people through ... activities")
    noun = _NOUN_END.split(
        " ".join(_UNIT_ASIDE_IN_NOUN.sub("", match["noun"]).split()), maxsplit=1
    )[0]
    for part in outer:
        part.counted, part.counted_inherited = noun, True
    whole = Tally("breakdown", match.start(), match.end(), outer, subject=noun, total=total)
    return [whole, *inner]


def find_nested_splits(text: str) -> list[Tally]:
    """Find splits whose parts are split again in parentheses after them.

    Parameters
    ----------
    text
        One paragraph.

    Returns
    -------
    list of Tally
        For each such split, in text order: the outer breakdown (its whole stated before
        a colon, ", including" or a dash; its parts the figures outside the
        parentheses), then one breakdown per aside, whose total is the part it follows.
        Offsets are relative to ``text``.

    Examples
    --------
    >>> found = find_nested_splits("It recorded 90 casualties: 30 killed (10 men and 20 "
    ...     "women) and 60 injured.")
    >>> [(t.total, [(p.category, p.count) for p in t.parts]) for t in found]
    [(90, [('killed', 30), ('injured', 60)]), (30, [('men', 10), ('women', 20)])]
    >>> find_nested_splits("It recorded 90 casualties: 30 killed (10 men) and 50 injured.")
    []
    """
    found: list[Tally] = []
    done = -1
    position = text.find("(")
    while position >= 0:
        if position > done:
            start = max(0, position - _REACH)
            for match in _OUTER.finditer(text, start, min(len(text), position + 1000)):
                if match.start() >= position:
                    break
                if match.end() <= position:
                    continue
                tallies = _read_at(text, match)
                if tallies is not None:
                    found.extend(tallies)
                    done = match.end()
                    break
        position = text.find("(", position + 1)
    return found


# An aside that splits the count before it: two figures or more joined by "and", ";" or ",".
_SPLIT_ASIDE = re.compile(
    rf"\(\s{{0,2}}(?:{FIGURE})\s{{1,3}}[A-Za-z][^()\d]{{0,40}}?(?:\band\b|[;,])\s{{0,3}}"
    rf"(?:{FIGURE})\s{{1,3}}[A-Za-z][^()]{{0,200}}?\)"
)


# A split by place that follows a count and its noun, each place's figure in parentheses:
# ", mainly in White Nile (280,000) and Khartoum (190,000)", ", primarily in Kassala
# (103,340), Gedaref (13,840), and Khartoum (9,275) states". It ends before the next item
# of the list it sits in (a semicolon, or a comma or "and" before a figure).
_PLACE_TAIL = re.compile(
    rf"""\s{{0,2}},?\s{{1,3}}(?:mainly|mostly|primarily|chiefly|largely|predominantly)
    \s{{1,3}}(?:in\s{{1,3}})?
    (?:[A-Z][^;()\d]{{0,60}}?\(\s{{0,2}}(?:{FIGURE})\s{{0,2}}\),?\s{{0,3}}(?:and\s{{1,3}})?){{2,8}}
    (?:(?:states?|provinces?|regions?|districts?|governorates?|counties)\b)?""",
    re.VERBOSE,
)


def with_outer_of_split_asides(
    text: str, kept: list[Tally], read: Callable[[str], list[Tally]]
) -> list[Tally]:
    """``kept`` with the list whose parts the asides split, read without the asides.

    "At least 21 children (13 boys and 8 girls) were killed and 82 (51 boys and 31 girls)
    injured": the readers take each aside's figures as a split of the count before it and
    lose the list of those counts. Where two asides or more split counts of one sentence,
    ``read`` (the paragraph reader) reads the text with them taken out (offsets restored
    after), and a list of counts that spans them all is added; a split read from an aside
    with no total takes the count right before it as its whole, where its parts fit in it.
    A split by place after an item's noun is such an aside too ("hosts 800,000 South
    Sudanese refugees, mainly in White Nile (280,000) and Khartoum (190,000); 130,000
    Eritrean refugees, mainly in Kassala (100,000) and Gedaref (14,000); and ...").
    """
    asides = [
        EarlierFigures(
            match.start() - (text[match.start() - 1 : match.start()] == " "), match.end(), ()
        )
        for match in _SPLIT_ASIDE.finditer(text)
    ]
    if "ly " in text:
        asides = sorted(
            [
                *asides,
                *(EarlierFigures(m.start(), m.end(), ()) for m in _PLACE_TAIL.finditer(text)),
            ],
            key=lambda aside: aside.start,
        )
    if len(asides) < 2:
        return kept
    outer = read(without_earlier_figures(text, asides))
    restore_offsets(outer, asides)
    outer = [
        tally
        for tally in outer
        if tally.unit == "count"
        and len(tally.parts) >= 2
        # each aside inside the list, or right after its last part ("... injured (six ...)")
        and all(tally.start <= aside.start <= tally.end + 1 for aside in asides)
    ]
    # "180 killed (26 men, ..., as well as 6 children and 120 adults ...) and 508 injured
    # (...)": an aside no reader split is the split of the part right before it, where its
    # figures add up to that part exactly
    kept = [*kept, *_splits_of_parts(text, [*kept, *outer])]
    outer = [tally for tally in outer if not any(_same_counts(tally, other) for other in kept)]
    if not outer:
        return sorted(kept, key=lambda t: t.start)
    counts = [(part.start, part.count) for tally in outer for part in tally.parts]
    for tally in kept:
        if tally.total is not None or not tally.parts:
            continue
        opening = text.rfind("(", 0, tally.parts[0].start)
        before = [count for start, count in counts if start < opening]
        parts_sum = sum(part.count or 0 for part in tally.parts)
        if before and before[-1] is not None and parts_sum <= before[-1]:
            tally.total = before[-1]  # "82 (51 boys and 31 girls) injured"
    return sorted([*kept, *outer], key=lambda t: t.start)


def _splits_of_parts(text: str, tallies: list[Tally]) -> list[Tally]:
    """The split each aside gives the part right before it, where no tally reads the aside."""
    splits: list[Tally] = []
    read = sorted(part.start for tally in tallies for part in tally.parts)
    for aside in _SPLIT_ASIDE.finditer(text):
        opening, closing = aside.start(), aside.end() - 1
        inside = bisect.bisect_right(read, opening)  # the first part after the opening
        if inside < len(read) and read[inside] < closing:
            continue  # read already
        before = next(
            (
                part
                for tally in tallies
                for part in tally.parts
                if part.count is not None
                and part.end <= opening
                and not text[part.end : opening].strip()
            ),
            None,
        )
        if before is None or before.count is None:
            continue
        parts = _inner_split(text, opening + 1, closing, before.count)
        if parts is not None:
            splits.append(Tally("breakdown", opening + 1, closing, parts, total=before.count))
    return splits


def _same_counts(tally: Tally, other: Tally) -> bool:
    return sorted(part.count or 0 for part in tally.parts) == sorted(
        part.count or 0 for part in other.parts
    )
