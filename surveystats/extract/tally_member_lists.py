"""A body's membership listed by where its members come from, one count per item.

Charters and press releases set out how a body is composed as a list of counted members
after a verb of make-up, the items cut by semicolons since each carries commas of its
own: "The Commission's membership will include seven members of the Security Council,
including its five permanent members (China, ...); seven States from the Economic and
Social Council, elected from regional groups; five top contributors to the budget; and
five top providers of military personnel". Each item is a part labelled by its counted
noun phrase (up to its first comma or bracket), kind ``breakdown``, no total; a count
of the item's own members singled out after "including" is a tally of its own, with
the item's count as its total ("members of the Security Council" 7: "permanent
members" 5).

Every item opens on a count and names members (members, States, countries,
Governments, contributors, providers, experts, judges, representatives, seats: a
closed class), and the list follows a verb of make-up whose subject is a body or its
membership. A mission's or a package's make-up ("The mission comprises 1,200 troops;
150 police; ...") and lists of things stay none, as the README decides.

:func:`find_member_lists` pays one test for ";" and a verb of make-up per paragraph.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.text import NUMBER_WORDS

__all__ = ["find_member_lists"]

_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"

# The body or its membership, then a verb of make-up: "The Commission's membership will
# include", "the Organizational Committee ... would consist of", "The Board shall be
# composed of". A few words may stand between the body and the verb.
_BODY_MAKE_UP = re.compile(
    r"""\b(?:[Mm]embership|Commission|Committee|Council|Board|Bureau|Panel|Court|Tribunal
        |Assembly|Forum|Conference|Body|Group)(?:['’]s\s{1,3}membership)?
    (?:\s{1,3}[^;:.]{0,120}?)?
    \s{1,3}(?:(?:will|would|shall)\s{1,3}(?:also\s{1,3})?)?
    (?:includes?|included|consists?\s{1,3}of|consisted\s{1,3}of|comprises?|comprised
      |(?:is|are|was|were|be)\s{1,3}(?:composed|made\s{1,3}up)\s{1,3}of)
    \s{1,3}(?="""
    + _COUNT
    + r"""\b)""",
    re.VERBOSE,
)
# The nouns members are named by (the head of an item's noun phrase).
_MEMBER_NOUNS = frozenset(
    [
        "members",
        "member",
        "states",
        "countries",
        "nations",
        "governments",
        "contributors",
        "providers",
        "experts",
        "judges",
        "representatives",
        "seats",
        "delegates",
        "commissioners",
        "donors",
    ]
)
# An item: a count, then its noun phrase up to a comma, a bracket or the item's end.
_ITEM = re.compile(rf"(?P<count>{_COUNT})\s{{1,3}}(?P<noun>[^,;()]{{2,120}}?)\s{{0,3}}(?=[,;(]|$)")
# A comma that opens a later item inside one segment: ", five top contributors".
_COMMA_ITEM = re.compile(rf",\s{{1,3}}(?:and\s{{1,3}})?(?={_COUNT}\s{{1,3}}[a-z])")
# Some of an item's members singled out: "including its five permanent members".
_INCLUDING = re.compile(
    rf",\s{{1,3}}including\s{{1,3}}(?:its\s{{1,3}}|their\s{{1,3}}|the\s{{1,3}})?"
    rf"(?P<count>{_COUNT})\s{{1,3}}(?P<noun>[a-z][^,;()]{{1,60}}?)\s{{0,3}}(?=[,;(]|$)"
)
_CUT = re.compile(r"\s{0,3}(?:of|from|to|for|on|in|elected|selected|chosen|nominated)\b.*$")


def _head(noun: str) -> str:
    """The head word of an item's noun phrase: "contributors" of "top contributors to ..."."""
    words = _CUT.sub("", noun).split()
    return words[-1].lower() if words else ""


def _sentence_end(text: str, start: int) -> int:
    """The end of the sentence that holds ``start`` (a full stop before a space and a capital)."""
    match = re.compile(r"\.(?=\s{1,3}[A-Z\"“]|\s*$)").search(text, start)
    return len(text) if match is None else match.start()


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items from ``start`` to ``end``.

    Segments between semicolons, each cut again at a comma that opens a count ("seven
    members of ECOSOC, five top contributors ...; and five ...").
    """
    spans = []
    for segment in re.finditer(r"[^;]+", text[start:end]):
        seg_start, seg_end = start + segment.start(), start + segment.end()
        lead = re.match(r"\s*(?:and\s{1,3})?", text[seg_start:seg_end])
        seg_start += lead.end() if lead else 0
        cuts = [seg_start]
        cuts += [seg_start + m.end() for m in _COMMA_ITEM.finditer(text[seg_start:seg_end])]
        spans.extend(zip(cuts, [*cuts[1:], seg_end], strict=True))
    return spans


def find_member_lists(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Breakdowns of a body's membership by where its members come from.

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`): each count
        must be one of them.
    taken
        Spans other readers already read: a list overlapping one is left out.

    Returns
    -------
    list of Tally
        One breakdown per list, then one per item whose members are singled out by a
        count after "including" (its total the item's count).

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = ("The Board will include six members of the Council, including its three "
    ...     "founding members; four States from the Bureau; and two top contributors.")
    >>> listed, nested = find_member_lists(text, find_numbers(text), [])
    >>> [(p.category, p.count) for p in listed.parts]
    [('members of the Council', 6), ('States from the Bureau', 4), ('top contributors', 2)]
    >>> nested.total, [(p.category, p.count) for p in nested.parts]
    (6, [('founding members', 3)])
    >>> text = "The mission comprises 1,200 troops; 150 police; and 40 vehicles."
    >>> find_member_lists(text, find_numbers(text), [])
    []
    """
    if ";" not in text:
        return []
    starts = {number.start for number in numbers}
    found: list[Tally] = []
    for lead in _BODY_MAKE_UP.finditer(text):
        end = _sentence_end(text, lead.end())
        if ";" not in text[lead.end() : end]:
            continue
        parts: list[Part] = []
        nested: list[Tally] = []
        for item_start, item_end in _items(text, lead.end(), end):
            item = _ITEM.match(text, item_start, item_end)
            if item is None or item.start("count") not in starts:
                parts = []
                break
            count = read_count(item["count"])[0]
            noun = " ".join(item["noun"].split())
            if count is None or _head(noun) not in _MEMBER_NOUNS:
                parts = []
                break
            parts.append(Part(noun, count, item.start(), item.end(), counted=noun))
            some = _INCLUDING.match(text, item.end(), item_end)
            if some is not None and some.start("count") in starts:
                some_count = read_count(some["count"])[0]
                if some_count is not None and some_count < count:
                    label = " ".join(some["noun"].split())
                    nested.append(
                        Tally(
                            "breakdown",
                            item.start(),
                            some.end(),
                            [
                                Part(
                                    label,
                                    some_count,
                                    some.start("count"),
                                    some.end(),
                                    counted=label,
                                )
                            ],
                            total=count,
                        )
                    )
        if len(parts) < 2:
            continue
        start, stop = parts[0].start, parts[-1].end
        if any(s < stop and start < e for s, e in taken):
            continue
        found.append(Tally("breakdown", start, stop, parts))
        found.extend(nested)
    return found
