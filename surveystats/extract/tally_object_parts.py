"""A part as the object of the clause after its whole: "Of the 439 reports, it noted 399".

A sentence may open on its whole and then say what someone did with part of it, the part
the object of the verb: "Of the 439 quadrennial reports before it, the Committee took note
of 399", "Of the 62 recommendations, the Administration has implemented 48". The whole is
the sentence's opening "Of the M ..." (or "Out of (the) M ..."), the part the count right
after the verb (and its particle: "took note of", "acted on"), which names no noun of its
own or the whole's. One part of a breakdown of total M, labelled by the verb phrase; a
second with a verb of its own may follow ("the Committee granted one and deferred
consideration of the five others").

The whole may be the sentence before's, pointed back at by "Of those," and counted there
with the noun the part repeats (session 50): "the Committee had considered a total of 483
applications from organizations requesting consultative status. Of those, it had deferred
242 applications until ..." (total 483, deferred 242).

What is none: a count with a noun of its own ("Of the 40 States, the Committee sent 120
letters to 12": letters are no States), a count that is no smaller than the whole, a
clause that reports ("the Board noted that 12 ..."), and a count followed by "per cent",
a unit or another count (a rate or a list, which other readers take). Every pattern is
anchored on the opening "Of the" and bounded: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    Part,
    Tally,
    matches_at,
    overlaps_any,
    read_count,
)

__all__ = ["find_object_parts"]

# What may follow a verb before its object count: "took note of", "deferred consideration
# of", "acted on".
_PARTICLE = (
    r"(?:{GAP}(?:note{GAP}of|action{GAP}on|consideration{GAP}of|up|on|to|of|out))?"
).replace("{GAP}", GAP)
# The opening whole, then a comma, the subject and the verb phrase, then the part:
# "Of the 439 quadrennial reports before it, the Committee took note of 399."
_OBJECT_PART = re.compile(
    rf"""
    (?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))(?:Of|Out{GAP}of){GAP}(?:(?:the|its|their){GAP})?
    (?P<total>{COUNT_PATTERN}){GAP}
    (?P<noun>(?:[A-Za-z][\w’'-]{{0,25}}{GAP}){{0,2}}[A-Za-z][\w’'-]{{0,25}}s)\b
    (?P<rest>(?:[^,.;:()\d]|(?<![\w.,])(?:1[89]|20)\d\d(?!\d)){{0,80}}),{GAP}  # "issued in 2021"
    (?P<subject>(?:(?:the|its|this){GAP}(?:[A-Z][\w-]{{1,25}}|[a-z][\w-]{{1,25}})
        (?:{GAP}[A-Z][\w-]{{1,25}}){{0,3}}|it|they|he|she))
    {GAP}(?:(?:has|have|had|also|only){GAP}){{0,2}}
    (?P<verb>(?!that\b|said\b|noted{GAP}that\b)[a-z]{{3,20}}{_PARTICLE})
    {GAP}(?:(?:only|just|some|about|nearly|almost){GAP})?
    (?P<part>{COUNT_PATTERN})
    (?P<after>{GAP}(?:of{GAP}them|in{GAP}full|so{GAP}far))?
    (?=\s{{0,3}}(?:[.;,)]|and\b|$))
    """,
    re.VERBOSE,
)
# A further part with a verb of its own: "... granted one and deferred consideration of the
# five others".
_MORE_OBJECT = re.compile(
    rf"""\s{{0,3}},?{GAP}and{GAP}(?P<verb>(?!that\b)[a-z]{{3,20}}{_PARTICLE})
    {GAP}(?:the{GAP})?(?P<part>{COUNT_PATTERN})(?:{GAP}(?:others|other|remaining))?
    (?=\s{{0,3}}(?:[.;,)]|and\b|$))""",
    re.VERBOSE,
)
# "Of those," opening a sentence whose whole the sentence before counts, then the subject,
# the verb and the part with the whole's noun: "Of those, it had deferred 242 applications".
_POINTED_PART = re.compile(
    rf"""
    (?:(?<=[.;]\s)|(?<=[.;]\s\s))(?:Of|Out{GAP}of){GAP}(?:those|these|them),{GAP}
    (?P<subject>(?:(?:the|its|this){GAP}[A-Z][\w-]{{1,25}}(?:{GAP}[A-Z][\w-]{{1,25}}){{0,3}}
        |it|they|he|she))
    {GAP}(?:(?:has|have|had|also|only){GAP}){{0,2}}
    (?P<verb>(?!that\b|said\b|noted{GAP}that\b)[a-z]{{3,20}}{_PARTICLE})
    {GAP}(?P<part>{COUNT_PATTERN})
    # the whole's noun again, or none where the clause ends on the part: "Of those, the
    # Committee had considered 228, finding ..."
    (?:{GAP}(?P<noun>[A-Za-z][\w-]{{1,25}}s)\b
      |(?:{GAP}(?:so{GAP}far|to{GAP}date|in{GAP}full))?(?=\s{{0,3}}(?:[.;,]|and\b|$)))
    """,
    re.VERBOSE,
)
# The whole in the sentence before, its noun last: "a total of 483 applications", "a total
# 632 applications", "considered 521 applications".
_WHOLE_BEFORE = re.compile(
    rf"(?:(?:a{GAP})?total{GAP}(?:of{GAP})?)?(?P<total>{COUNT_PATTERN})"
    rf"{GAP}(?:(?!(?:from|of|in|for|to|by|with|on|at)\b)[A-Za-z][\w-]{{1,25}}{GAP}){{0,2}}"
    rf"(?P<noun>[A-Za-z][\w-]{{1,25}}s)\b",  # "applications", "NGOs", "Member States"
    re.VERBOSE,
)
_BEFORE_REACH = 400  # characters before "Of those" where the sentence before is looked at
# Verbs whose object after an opening whole is no part of it: saying, counting anew.
_NOT_PICKING = frozenset({"said", "noted", "stated", "added", "estimated", "counted", "numbered"})


def find_object_parts(text: str, taken: list[tuple[int, int]] | None = None) -> list[Tally]:
    """Find one part of an opening whole as the object of the clause after it.

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: a sentence part in one of them is not read.

    Returns
    -------
    list of Tally
        Breakdowns of one part each, in order, offsets relative to ``text``.

    Examples
    --------
    >>> text = "Of the 439 quadrennial reports before it, the Committee took note of 399."
    >>> tally = find_object_parts(text)[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (439, [('took note of', 399, 'quadrennial reports')])
    >>> find_object_parts("Of the 40 States, the Committee noted that 12 had replied.")
    []
    """
    taken = taken or []
    found: list[Tally] = []
    for match in matches_at(_OBJECT_PART, text, ("Of ", "Out ")):
        total, part = read_count(match["total"])[0], read_count(match["part"])[0]
        if total is None or part is None or not 0 < part < total:
            continue
        verb = " ".join(match["verb"].split())
        if verb.split()[0] in _NOT_PICKING and not verb.endswith("note of"):
            continue
        start, end = match.start(), match.end()
        if overlaps_any(start, end, taken):
            continue
        noun = " ".join(match["noun"].split())
        pieces = [Part(verb, part, match.start("verb"), end, counted=noun)]
        more = _MORE_OBJECT.match(text, end)
        count = read_count(more["part"])[0] if more is not None else None
        if more is not None and count is not None and part + count <= total:
            # "granted one and deferred consideration of the five others"
            label = " ".join(more["verb"].split())
            pieces.append(Part(label, count, more.start("verb"), more.end(), counted=noun))
            end = more.end()
        found.append(Tally("breakdown", start, end, pieces, subject=noun, total=total))
    if "Of th" in text or "Out of th" in text:
        found.extend(_pointed_parts(text, taken))
    return found


def _pointed_parts(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """One part of the whole the sentence before counts, after "Of those,".

    >>> text = ("It considered a total of 483 applications. Of those, it had deferred 242 "
    ...     "applications until the candidates replied.")
    >>> tally = _pointed_parts(text, [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (483, [('deferred', 242, 'applications')])
    >>> text = "The Panel received 52 complaints. Of these, it upheld 31."
    >>> tally = _pointed_parts(text, [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (52, [('upheld', 31, 'complaints')])
    """
    found: list[Tally] = []
    for match in matches_at(_POINTED_PART, text, ("Of ", "Out ")):
        part = read_count(match["part"])[0]
        verb = " ".join(match["verb"].split())
        if part is None or verb.split()[0] in _NOT_PICKING:
            continue
        opened = max(0, match.start() - _BEFORE_REACH)
        sentence = text.rfind(". ", opened, match.start() - 3)  # the one before its own
        window = text[sentence + 1 if sentence >= 0 else opened : match.start()]
        offset = match.start() - len(window)
        wholes = [
            whole
            for whole in _WHOLE_BEFORE.finditer(window)
            if match["noun"] is None or whole["noun"] == match["noun"]
        ]
        if len(wholes) != 1:
            continue  # no whole (of the part's noun), or two of them: which is the whole?
        total = read_count(wholes[0]["total"])[0]
        if total is None or not 0 < part < total:
            continue
        start, end = offset + wholes[0].start(), match.end()
        if overlaps_any(match.start(), end, taken):
            continue
        noun = match["noun"] or wholes[0]["noun"]
        pieces = [Part(verb, part, match.start("verb"), end, counted=noun)]
        found.append(Tally("breakdown", start, end, pieces, subject=noun, total=total))
    return found
