"""What a treaty body decided on the cases before it, counted act by act.

Treaty bodies and their press summaries count the individual communications (cases,
complaints, petitions) a committee disposed of by what it did with each: "the Committee
adopted Views on 32 communications, declared 4 communications admissible, 20 inadmissible
and discontinued consideration of 4 communications", "out of which 18 cases had been
decided on merits, three cases declared inadmissible, and 32 had been discontinued", "Of
those, 19 were decided on the merits, nine were declared inadmissible, and 15
communications were discontinued", "in 14 of them it had found violations ...; it found no
violations in two communications, found 10 inadmissible and discontinued its consideration
of five". Each is a breakdown of the cases by the act that sets each part apart, labelled by
it ("declared inadmissible", "found no violations", "discontinued", "decided on the
merits"), whatever the shape of each clause (active, passive, the verb elided after the
first: "declared nine cases inadmissible, five cases admissible").

The evidence is a closed class rather than a wording: the acts a committee takes on a
case (adopt Views, decide on the merits, declare admissible or inadmissible, find a
violation or none, discontinue), over counts of cases or of nothing (the noun elided). The
whole the sentence states before the parts ("adopted decisions on 41 individual
communications, out of which ...", "examined three communications, declaring two of them
inadmissible", "Of the 211 communications, ...", "The Committee adopted 31 communications,
and ...") is the total where the parts fit in it. None: one act alone with no whole ("found
violations in 43 of them"), the same act twice (a series over years: "declared 12
inadmissible in 2019 and 15 in 2020"), a count of something else ("discontinued 12 field
offices"), a whole the parts exceed.

:func:`find_case_decisions` is guarded by the words of the acts ("admissib",
"discontinu", "merit", "violation", "Views"); paragraphs without one pay a few substring
tests.
"""

from __future__ import annotations

import itertools
import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.text import NUMBER_WORDS, sentence_starts

__all__ = ["find_case_decisions", "may_hold_case_decisions"]

_COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})?|{NUMBER_WORDS})"
# The things a committee decides on, in the plural or the singular ("in one case").
_CASES = r"(?:individual\s{1,3})?(?:communications?|cases?|complaints?|petitions?)"
# A count's noun, or its elision back to the cases ("two of them", "five others").
_OF_CASES = (
    rf"(?:\s{{1,3}}(?:of\s{{1,3}}(?:them|those|these|which)|others?|more|{_CASES}"
    rf"|other\s{{1,3}}{_CASES}))?"
)
_HAD = r"(?:(?:had|has|have)\s{1,3}(?:also\s{1,3})?)?"
# One act on counted cases, in each shape the summaries write it.
_ACT = re.compile(
    rf"""
    # "declared nine cases inadmissible", "declaring two of them inadmissible", "found 10
    # inadmissible"
    \b(?P<dverb>declared|declaring|found|finding)\s{{1,3}}(?P<dcount>{_COUNT}){_OF_CASES}
        \s{{1,3}}(?P<dadj>inadmissible|admissible)\b
    # "had found that three cases were inadmissible"
    | \b(?P<tverb>found)\s{{1,3}}that\s{{1,3}}(?P<tcount>{_COUNT})\s{{1,3}}{_CASES}
        \s{{1,3}}(?:were|was)\s{{1,3}}(?P<tadj>inadmissible|admissible)\b
    # "found violations in four", "finding violations of the Covenant in two cases", "found
    # no violations in two communications"
    | \b(?P<vverb>found|finding)\s{{1,3}}(?P<vneg>no\s{{1,3}})?
        (?P<vnoun>violations?|a\s{{1,3}}violation)
        (?:\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?[A-Z][\w’'-]*(?:\s{{1,3}}[A-Z][\w’'-]*){{0,6}})?
        \s{{1,3}}in\s{{1,3}}(?P<vcount>{_COUNT}){_OF_CASES}(?![\w-])
    # "in 14 of them it had found violations"
    | \bin\s{{1,3}}(?P<icount>{_COUNT})\s{{1,3}}of\s{{1,3}}(?:them|those|these)\s{{0,3}},?
        \s{{1,3}}(?:it|the\s{{1,3}}Committee)\s{{1,3}}{_HAD}(?P<iverb>found|had\s{{1,3}}found)
        \s{{1,3}}(?P<ineg>no\s{{1,3}})?(?:violations?|a\s{{1,3}}violation)\b
    # "discontinued three cases", "discontinued its consideration of five", "deciding to
    # discontinue the consideration of 24 individual communications"
    | \b(?P<cverb>discontinued|discontinuing|(?:decided|deciding)\s{{1,3}}to\s{{1,3}}discontinue)
        \s{{1,3}}(?:(?:its|the)\s{{1,3}})?(?:consideration\s{{1,3}}of\s{{1,3}})?
        (?P<ccount>{_COUNT}){_OF_CASES}(?=\s{{0,3}}(?:[,;.)]|and\b|$)|\s{{1,3}}concerning\b)
    # "decided on merit in 24 cases"
    | \b(?P<mverb>decided|deciding)\s{{1,3}}on\s{{1,3}}(?P<mwhat>(?:the\s{{1,3}})?merits?)
        \s{{1,3}}in\s{{1,3}}(?P<mcount>{_COUNT}){_OF_CASES}(?![\w-])
    # "adopted Views on 32 communications", "adopted 40 Views on communications"
    | \b(?P<averb>adopted|adopting)\s{{1,3}}(?:its\s{{1,3}})?(?P<aviews>Views|views)\s{{1,3}}on
        \s{{1,3}}(?P<acount>{_COUNT}){_OF_CASES}(?![\w-])
    | \b(?P<a2verb>adopted|adopting)\s{{1,3}}(?P<a2count>{_COUNT})\s{{1,3}}(?P<a2views>Views)\b
    # "19 were decided on the merits", "15 communications were discontinued", "three
    # cases declared inadmissible", "32 had been discontinued"
    | (?:^|(?<=[\s,;(]))(?P<pcount>{_COUNT})(?P<pnoun>\s{{1,3}}{_CASES})?
        \s{{1,3}}(?P<paux>(?:had|has|have)\s{{1,3}}been\s{{1,3}}|were\s{{1,3}}|was\s{{1,3}})?
        (?P<pact>decided\s{{1,3}}on\s{{1,3}}(?:the\s{{1,3}})?merits?
            |declared\s{{1,3}}(?:in)?admissible|found\s{{1,3}}(?:in)?admissible|discontinued)\b
    # "the consideration of eight cases had been discontinued"
    | \bconsideration\s{{1,3}}of\s{{1,3}}(?P<kcount>{_COUNT})\s{{1,3}}{_CASES}
        \s{{1,3}}(?:had\s{{1,3}}been|has\s{{1,3}}been|was|were)\s{{1,3}}(?P<kact>discontinued)\b
    # "concluded the consideration of 24 cases by declaring them inadmissible"
    | \bconcluded\s{{1,3}}(?:the|its)\s{{1,3}}consideration\s{{1,3}}of\s{{1,3}}(?P<bcount>{_COUNT})
        \s{{1,3}}{_CASES}\s{{1,3}}by\s{{1,3}}(?P<bverb>declaring|finding)\s{{1,3}}them
        \s{{1,3}}(?P<badj>inadmissible|admissible)\b
    # "inadmissibility of three cases"
    | \b(?P<nact>inadmissibility)\s{{1,3}}of\s{{1,3}}(?P<ncount>{_COUNT})\s{{1,3}}{_CASES}
    """,
    re.VERBOSE,
)
# A later part whose verb the first one's clause wrote: "declared 4 communications
# admissible| and 25 inadmissible" ("declared inadmissible"), "found violations in one
# case|, no violations in six cases" (labelled as written: "no violations").
_ELIDED_ADJ = re.compile(
    rf"\s{{0,3}}[,;]?\s{{1,3}}(?:and\s{{1,3}})?(?P<count>{_COUNT})(?:\s{{1,3}}{_CASES})?"
    r"\s{1,3}(?P<adj>inadmissible|admissible)\b"
)
_ELIDED_VIOLATION = re.compile(
    rf"\s{{0,3}}[,;]?\s{{1,3}}(?:and\s{{1,3}})?(?P<label>(?:no\s{{1,3}})?(?:violations?|a\s{{1,3}}violation))"
    rf"\s{{1,3}}in\s{{1,3}}(?P<count>{_COUNT})(?:\s{{1,3}}{_CASES})?(?![\w-])"
)
# The whole before the parts: "adopted decisions on 41 individual communications", "in
# which decisions on 18 communications", "examined three communications", "Of the 211
# communications", "The Committee adopted 31 communications".
_WHOLE = re.compile(
    rf"""(?:\bdecisions\s{{1,3}}on|\b(?:decided\s{{1,3}}on|examined|considered|adopted)
        |\b[Oo]f\s{{1,3}}the|\b[Oo]ut\s{{1,3}}of\s{{1,3}}the)
    \s{{1,3}}(?P<count>{_COUNT})\s{{1,3}}(?P<noun>{_CASES})\b""",
    re.VERBOSE,
)
_GUARD_WORDS = ("admissib", "discontinu", "merit", "violation", "Views")


def may_hold_case_decisions(text: str) -> bool:
    """Whether ``text`` names an act a committee takes on a case (a cheap test).

    >>> may_hold_case_decisions("It declared five cases inadmissible.")
    True
    >>> may_hold_case_decisions("It adopted five resolutions.")
    False
    """
    return any(word in text for word in _GUARD_WORDS)


def _label(match: re.Match[str]) -> tuple[str, str] | None:
    """The act of one match, as its label, and the name of its count's group."""
    if match["dcount"] is not None:
        return f"{match['dverb'].lower()} {match['dadj']}", "dcount"
    if match["tcount"] is not None:
        return f"found {match['tadj']}", "tcount"
    if match["vcount"] is not None:
        negation = "no " if match["vneg"] else ""
        noun = "violations" if match["vnoun"].endswith("s") or negation else "a violation"
        return f"{match['vverb'].lower()} {negation}{noun}", "vcount"
    if match["icount"] is not None:
        return ("found no violations" if match["ineg"] else "found violations"), "icount"
    if match["ccount"] is not None:
        return "discontinued", "ccount"
    if match["mcount"] is not None:
        return f"{match['mverb'].lower()} on {' '.join(match['mwhat'].split())}", "mcount"
    if match["acount"] is not None:
        return f"{match['averb'].lower()} {match['aviews']}", "acount"
    if match["a2count"] is not None:
        return f"{match['a2verb'].lower()} {match['a2views']}", "a2count"
    if match["pcount"] is not None:
        if match["paux"] is None and match["pnoun"] is None:
            return None  # "19 decided ...": a count with neither noun nor auxiliary
        return " ".join(match["pact"].split()), "pcount"
    if match["bcount"] is not None:
        return f"{match['bverb']} {match['badj']}", "bcount"
    if match["kcount"] is not None:
        return "discontinued", "kcount"
    return "inadmissibility", "ncount"


def _parts_of_sentence(text: str, start: int, end: int, starts: set[int]) -> list[Part] | None:
    """The acts on counted cases in ``text[start:end]``, in text order (None: a count unread)."""
    parts: list[Part] = []
    position = start
    while (match := _ACT.search(text, position, end)) is not None:
        position = match.end()
        read = _label(match)
        if read is None:
            continue
        label, group = read
        if match.start(group) not in starts:
            continue
        count, _ = read_count(match[group])
        if count is None:
            return None
        parts.append(Part(label, count, match.start(), match.end()))
        elided = _ELIDED_ADJ if group == "dcount" else None
        if group == "vcount":
            elided = _ELIDED_VIOLATION
        while elided is not None and (later := elided.match(text, position, end)) is not None:
            if later.start("count") not in starts:
                break
            count, _ = read_count(later["count"])
            if count is None:
                return None
            if group == "dcount":
                later_label = f"{match['dverb'].lower()} {later['adj']}"
            else:  # as written, the verb elided: "..., no violation in 16"
                later_label = " ".join(later["label"].split())
            parts.append(Part(later_label, count, later.start("count"), later.end()))
            position = later.end()
    return parts


_CASE_NOUN = re.compile(r"\b(?:communications?|cases?|complaints?|petitions?)\b")


def _name_counted(text: str, parts: list[Part], whole: re.Match[str] | None) -> None:
    """Each part's counted noun: its own, else the whole's or the part's before it."""
    known = _CASE_NOUN.search(whole["noun"]) if whole is not None else None
    noun = known.group() if known is not None else None
    for part in parts:
        own = _CASE_NOUN.search(text, part.start, part.end)
        if own is not None:
            part.counted, noun = own.group(), own.group()
        elif noun is not None:
            part.counted, part.counted_inherited = noun, True


def _whole_before(text: str, start: int, first: int, starts: set[int]) -> re.Match[str] | None:
    """The last whole of cases stated between the sentence's start and its first part."""
    whole = None
    for match in _WHOLE.finditer(text, start, first):
        if match.start("count") in starts:
            whole = match
    return whole


def find_case_decisions(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Breakdowns of the cases a committee decided, by what it decided on each.

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`): each count
        must be one of them.
    taken
        Spans other readers already read: a breakdown overlapping one is left out.

    Returns
    -------
    list of Tally
        One breakdown per sentence with two acts or more (or one act and the whole it
        is a part of), in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = ("Of those, 12 were decided on the merits, four were declared inadmissible"
    ...         " and seven cases were discontinued.")
    >>> [(p.category, p.count) for p in find_case_decisions(text, find_numbers(text), [])[0].parts]
    [('decided on the merits', 12), ('declared inadmissible', 4), ('discontinued', 7)]
    >>> text = "The Committee examined five complaints, declaring three of them inadmissible."
    >>> tally = find_case_decisions(text, find_numbers(text), [])[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (5, [('declaring inadmissible', 3)])
    >>> text = "It declared 12 cases inadmissible in 2019 and 15 cases inadmissible in 2020."
    >>> find_case_decisions(text, find_numbers(text), [])
    []
    """
    if not may_hold_case_decisions(text):
        return []
    starts = {number.start for number in numbers}
    bounds = [*sentence_starts(text), len(text)]
    found: list[Tally] = []
    for low, high in itertools.pairwise(bounds):
        parts = _parts_of_sentence(text, low, high, starts)
        if not parts:
            continue
        labels = [part.category for part in parts]
        if len(set(labels)) != len(labels):
            continue  # the same act twice: a series, not a split
        whole = _whole_before(text, low, parts[0].start, starts)
        total = read_count(whole["count"])[0] if whole is not None else None
        if total is not None and sum(part.count or 0 for part in parts) > total:
            total = None  # the parts exceed it: no whole of theirs
        if total is None and len(parts) < 2:
            continue
        begin = whole.start() if total is not None and whole is not None else parts[0].start
        end = parts[-1].end
        if any(s < end and begin < e for s, e in taken):
            continue
        _name_counted(text, parts, whole)
        nouns = {part.counted for part in parts}
        subject = nouns.pop() if len(nouns) == 1 else None  # the cases, where one noun
        found.append(Tally("breakdown", begin, end, parts, subject=subject, total=total))
    return found
