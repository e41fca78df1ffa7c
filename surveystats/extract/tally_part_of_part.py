"""A part of one part of a tally: the tally of that part and its one named subset.

Reports split a part of a whole again right after it, with a link that nests the second
count in the first:

    Of the 2,310 new cases, 1,450 concerned Afghan nationals, of whom 610 were
    unaccompanied minors.
    Of the 1,046 children released, 812 (including 203 girls) were reunited with their
    families and 234 were placed in interim care.
    The toll stood at 57 killed, among them 14 children, and 203 injured.
    Of the 75 projects, 48 were completed, 12 of them ahead of schedule, ...

The nested count is no part beside the others (the readers of lists take it for one, or
leave it out): it is one part of its own tally, whose total is the part it follows
(1,450 -> "unaccompanied minors" 610; 812 -> "girls" 203). :func:`with_parts_of_parts`
reads the link after each part of a tally of counts: "(including N ...)", ", including N
...", " including N" with no comma before a group only people are ("53 killed including 21
children and 85 injured"), ", among them N ...", ", of whom N were ...", ", N of
whom/which/them ...". The nested count must be smaller than the part, no share, no year,
and read by no other tally but the one it nests in; where that tally took it for a part
beside the others, the part is taken out. Each link is searched for in a bounded window
after its part: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import (
    GAP,
    NOT_A_SHARE,
    WORD_COUNT_PATTERN,
    YEAR_FIGURE,
    Part,
    Tally,
    read_count,
)

__all__ = ["NESTING_WORDS", "with_parts_of_parts"]

#: Literals one of which a paragraph holds where a part may be split again.
NESTING_WORDS = ("including", "incl", "among them", "among whom", "of whom", "of which", "of them")

_QUALIFIER = (
    rf"(?:(?:at{GAP}least|some|about|nearly|almost|over|more{GAP}than|an{GAP}estimated)" rf"{GAP})?"
)
_AUXILIARY = rf"(?:(?:were|was|are|is|had|have|has|been){GAP}){{0,2}}"
# What the nested count is: up to the clause's end, a closing parenthesis or the next part
# ("and 234 were placed ...").
_LABEL = (
    r"(?P<label>[A-Za-z][^,;:()\d]{0,60}?)"
    r"(?=\s{0,3}(?:[,;:)]|\.(?:\s|$)|$)|\s(?:and|while|whereas|but)\s)"
)
_NEST = re.compile(
    rf"""(?:\(|,|(?P<bare>\s)(?=including\s))\s{{0,3}}
    (?:(?:including|incl\.?|among{GAP}them|among{GAP}whom|of{GAP}whom|of{GAP}which|of{GAP}them)
        {GAP}{_QUALIFIER}(?P<n>{WORD_COUNT_PATTERN}){NOT_A_SHARE}
      |{_QUALIFIER}(?P<m>{WORD_COUNT_PATTERN}){NOT_A_SHARE}{GAP}of{GAP}(?:whom|which|them|those))
    {GAP}{_AUXILIARY}{_LABEL}""",
    re.VERBOSE,
)
_REACH = 100  # characters after a part's count where its link may stand
# What a subset named after "including" with no comma must count: a group only people are
# ("53 killed including 21 children and 85 injured including 26 children"); "52
# resolutions including 9 on Africa" is an example, no subset read.
_PEOPLE_GROUPS = frozenset(
    "women men girls boys children minors females males adults".split()  # noqa: SIM905
)
# A label that is itself a count or a share of something else: no subset named.
_NO_LABEL = re.compile(r"^(?:the|them|whom|which|those|these|per|cent|percent|of)\b")


def with_parts_of_parts(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with the tally of each part that a link splits again after it.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for ``text``, in order; a part nested in another is taken out of
        its tally in place.

    Returns
    -------
    list of Tally
        The tallies, each nest right after the tally of the part it splits; a tally left
        with one part and no whole is dropped.

    Examples
    --------
    >>> text = "Of the 90 claims, 60 were paid, of whom 45 were from women, and 30 were refused."
    >>> parts = [Part("paid", 60, 18, 30), Part("refused", 30, 67, 79)]
    >>> found = with_parts_of_parts(text, [Tally("breakdown", 0, 79, parts, total=90)])
    >>> [(t.total, [(p.category, p.count) for p in t.parts]) for t in found]
    [(90, [('paid', 60), ('refused', 30)]), (60, [('from women', 45)])]
    """
    # the counts other tallies read, where their parts start (a part may start at its
    # qualifier, "at least 10 children", a count read at its digits)
    read = [(part.start, part.end, part.count) for tally in tallies for part in tally.parts]
    result: list[Tally] = []
    nests = 0
    for tally in tallies:
        result.append(tally)
        if tally.kind == "vote" or tally.unit != "count":
            continue
        for part in list(tally.parts):
            if not any(kept is part for kept in tally.parts):
                continue  # taken out as the subset of the part before it
            nest = _nest_after(text, tally, part)
            if nest is None:
                continue
            count, start, label, end = nest
            sibling = next((p for p in tally.parts if p is not part and p.start == start), None)
            if sibling is None and any(
                begin == start or (begin < start < end and held == count)
                for begin, end, held in read
            ):
                continue  # another tally reads the nested count
            if sibling is not None:
                tally.parts.remove(sibling)
                if len(tally.parts) < 2 and tally.total is None:
                    result.remove(tally)  # the list was the part and its subset
            inner = Part(
                label,
                count,
                start,
                end,
                counted=tally.subject or part.counted,
                counted_inherited=True,
            )
            nests += 1
            result.append(
                Tally(tally.kind, start, end, [inner], subject=tally.subject, total=part.count)
            )
    if nests:  # each nest after the tallies of the text before it: "killed, including
        # 20 children, and 112 injured, including 41 women" -> 54 (20), then 112 (41)
        result.sort(key=lambda tally: tally.start)
    return result


def _nest_after(text: str, tally: Tally, part: Part) -> tuple[int, int, str, int] | None:
    """The count, start, label and end of the subset a link names after ``part``, or None."""
    if part.count is None:
        return None
    window_end = min(len(text), part.end + _REACH)
    found = _NEST.search(text, part.start + 1, window_end)
    if found is None:
        return None
    group = "n" if found["n"] is not None else "m"
    start = found.start(group)
    if any(part.start < other.start < found.start() for other in tally.parts):
        return None  # the link follows a later part
    count = read_count(found[group])[0]
    label = " ".join(found["label"].split())
    if (
        count is None
        or not 0 < count < part.count
        or YEAR_FIGURE.fullmatch(found[group])
        or found[group].lower() == "one"  # a pronoun: "19 resolutions, including one on ..."
        or _NO_LABEL.match(label)
        or (found["bare"] is not None and label.rsplit(maxsplit=1)[-1] not in _PEOPLE_GROUPS)
    ):
        return None
    return count, start, label, found.end("label")
