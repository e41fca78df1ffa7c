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
whom/which/them ...". "one" counts where a single person follows it ("18 persons
(including one woman) were returned ..."), and is a pronoun otherwise ("21 resolutions,
including one on Haiti"); a label may end before a bracket that names the subset's
members ("including 12 States that had extended a standing invitation (Chad, Fiji,
...)"). The nested count must be smaller than the part, no share, no year, and read by
no other tally but the one it nests in; where that tally took it for a part beside the
others, the part is taken out. A link may name a list ("including 2,300 fully
destroyed and 5,400 partially damaged"): the parts the reader of lists put beside the split
part go on the nest where a bare "and" joins them to it, or where, after a comma, the nest
then adds up to nine tenths of the part or more without passing it (:func:`_rest_of_nest`).
Each link is searched for in a bounded window
after its part: linear time.
"""

from __future__ import annotations

import itertools
import re

from surveystats.extract.tally_parts import (
    GAP,
    NOT_A_SHARE,
    WORD_COUNT_PATTERN,
    YEAR_FIGURE,
    Part,
    SpanIndex,
    Tally,
    read_count,
)

__all__ = ["NESTING_WORDS", "with_nest_lists_closed", "with_parts_of_parts"]

#: Literals one of which a paragraph holds where a part may be split again.
NESTING_WORDS = (
    *("including", "incl", "among them", "among whom", "of whom", "of which", "of them"),
    *("of those", "of these"),
)

_QUALIFIER = (
    rf"(?:(?:at{GAP}least|some|about|nearly|almost|over|more{GAP}than|an{GAP}estimated)" rf"{GAP})?"
)
_AUXILIARY = rf"(?:(?:were|was|are|is|had|have|has|been){GAP}){{0,2}}"
# What the nested count is: up to the clause's end, a closing parenthesis, the next part
# ("and 234 were placed ...") or a bracket that names its members ("including 14 States
# that had issued an invitation (Chad, Mali and Niger)").
_LABEL = (
    r"(?P<label>[A-Za-z][^,;:()\d]{0,90}?)"
    r"(?=\s{0,3}(?:[,;:()]|\.(?:\s|$)|$)|\s(?:and|while|whereas|but)\s)"
)
_NEST = re.compile(
    rf"""(?:\(|,|(?P<semicolon>;)|(?P<bare>\s)(?=including\s))\s{{0,3}}
    (?:(?:including|incl\.?|among{GAP}them|among{GAP}whom|of{GAP}whom|of{GAP}which|of{GAP}them)
        {GAP}{_QUALIFIER}(?P<n>{WORD_COUNT_PATTERN}){NOT_A_SHARE}
      |{_QUALIFIER}(?P<m>{WORD_COUNT_PATTERN}){NOT_A_SHARE}{GAP}of{GAP}
        # "; 5 million of those women were pregnant": the part named again after the pointer
        (?:(?:these|those){GAP}(?P<again>[a-z][\w-]{{2,25}})
          (?={GAP}(?:were|was|are|is|had|have|has)\b)
          |whom|which|them|those))
    {GAP}{_AUXILIARY}{_LABEL}""",
    re.VERBOSE,
)
# What stands between two counts of one list: a comma, "and", or both.
_LIST_JOIN = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:and\s{1,3})?")
_BARE_AND = re.compile(r"\s{1,3}and\s{1,3}")
# A preposition of place that opens the nest's first label where the list's later labels,
# read by the readers of lists, leave theirs out ("including 12,400 in Chad, 20,500 in ...").
_PLACE_OPENING = re.compile(r"(?:in|at|from|to)\s{1,3}(?=[A-Z])")
_COMMA = re.compile(r"\s{0,3},\s{1,3}")
_ROUNDED_PASS = 1.02  # how far the parts may pass a whole stated as about so many
# A count with a verb of its own opens a clause beside the part's, not an item of its nest:
# "60 were killed, including 30 women, and 25 were injured".
_OWN_CLAUSE = re.compile(
    r"[^,;:()]*?\s(?:were|was|are|is|have|has|had|remain|remained)\s", re.IGNORECASE
)
_REACH = 100  # characters after a part's count where its link may stand
_LABEL_REACH = 92  # and how far past that its label may run
# What a subset named after "including" with no comma must count: a group only people are
# ("53 killed including 21 children and 85 injured including 26 children"); "52
# resolutions including 9 on Africa" is an example, no subset read.
_PEOPLE_GROUPS = frozenset(
    "women men girls boys children minors females males adults".split()  # noqa: SIM905
)
# What "one" counts where it is a number, not a pronoun: one person of a group.
_ONE_PERSON = frozenset(
    "woman man girl boy child minor female male adult person journalist".split()  # noqa: SIM905
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

    A list after the link, read as parts beside the part it splits, goes on the nest:

    >>> text = "Some 800 shelters were hit, including 230 destroyed and 540 damaged."
    >>> parts = [Part("hit", 800, 5, 26), Part("destroyed", 230, 38, 51),
    ...          Part("damaged", 540, 56, 67)]
    >>> found = with_parts_of_parts(text, [Tally("breakdown", 5, 67, parts)])
    >>> [(t.total, [(p.category, p.count) for p in t.parts]) for t in found]
    [(800, [('destroyed', 230), ('damaged', 540)])]
    """
    # the counts other tallies read, where their parts start (a part may start at its
    # qualifier, "at least 10 children", a count read at its digits)
    read_at = {part.start for tally in tallies for part in tally.parts}
    spans: dict[int | None, list[tuple[int, int]]] = {}  # a count -> the parts reading it
    for part in (part for tally in tallies for part in tally.parts):
        spans.setdefault(part.count, []).append((part.start, part.end))
    read_over = {count: SpanIndex(held) for count, held in spans.items()}
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
            if sibling is None and (
                start in read_at or (count in read_over and read_over[count].covers(start))
            ):
                continue  # another tally reads the nested count (at its start or round it)
            inner = Part(
                label,
                count,
                start,
                end,
                counted=tally.subject or part.counted,
                counted_inherited=True,
            )
            after = max(end, sibling.end) if sibling is not None else end
            rest = _rest_of_nest(text, tally, part, inner, after)
            if (
                rest
                and (place := _PLACE_OPENING.match(label))
                and not any((other.category or "").startswith(place[0]) for other in rest)
            ):
                inner.category = label[place.end() :]  # "in Chad" beside "Cameroon": "Chad"
            for taken in (sibling, *rest):
                if taken is not None:
                    tally.parts.remove(taken)
            if (sibling is not None or rest) and len(tally.parts) < 2 and tally.total is None:
                result.remove(tally)  # the list was the part and its subsets
            nests += 1
            result.append(
                Tally(
                    tally.kind,
                    start,
                    rest[-1].end if rest else end,
                    [inner, *rest],
                    subject=tally.subject,
                    total=part.count,
                )
            )
    if nests:  # each nest after the tallies of the text before it: "killed, including
        # 20 children, and 112 injured, including 41 women" -> 54 (20), then 112 (41)
        result.sort(key=lambda tally: tally.start)
    return result


def _rest_of_nest(text: str, tally: Tally, part: Part, first: Part, end: int) -> list[Part]:
    """The parts of ``tally`` after the nest ``first`` that the nest's list goes on with.

    A link names a list as readily as one count ("including 2,300 fully destroyed and
    5,400 partially damaged"), and a reader of lists takes the later counts for parts
    beside ``part``. A later count joined to the nest by a bare "and" is in the nest's list
    (one list has one "and" before its last item). After a comma (", and 87 serving a
    sentence") the words do not tell, as the clause may be the part's own or one beside it;
    the arithmetic does: the later counts go on the nest when the nest's counts then come
    to nine tenths of ``part`` or more without passing it (114 + 87 = 201 of 203), a split
    of ``part`` the reader would not meet by chance. A later count with a verb of its own
    ("and 25 were injured") opens a clause beside the part's and ends the nest. Only a
    tally with no stated whole is so read again: one with a whole ("Of the 2,310 cases,
    1,450 ..., of whom 610 ..., and 840 ...") has its later counts as parts of that whole.
    Either way a list of three items or more that commas join and an "and" closes is the
    link's list, up to that "and" ("remain abroad, including 12,400 in A, 20,500 in B and
    8,100 in C"), however far its counts fall short of the part; a whole written as about
    so many may be passed by a fiftieth.
    """
    rest: list[Part] = []
    joined = 0  # how many of ``rest`` follow the nest with a bare "and" between each
    closed = 0  # how many of ``rest`` a list of commas closed by a bare "and" holds
    held = first.count or 0
    # a whole stated "around 233,000" may be passed a little by its parts
    most = part.count * _ROUNDED_PASS if part.qualifier is not None else part.count
    later = [p for p in tally.parts if p.start >= end and p is not part]
    for candidate in sorted(later, key=lambda p: p.start):
        between = text[end : candidate.start]
        if (
            candidate.count is None
            or not _LIST_JOIN.fullmatch(between)
            or _OWN_CLAUSE.match(text, candidate.start, min(len(text), candidate.start + 60))
        ):
            break
        if held + candidate.count > most:
            break
        bare_and = _BARE_AND.fullmatch(between) is not None
        if joined == len(rest) and bare_and:
            joined += 1
        rest.append(candidate)
        held += candidate.count
        end = candidate.end
        if (
            len(rest) > 1
            and (bare_and or between.rstrip().endswith("and"))
            and all(
                _COMMA.fullmatch(text[a.end : b.start])
                for a, b in itertools.pairwise([first, *rest[:-1]])
            )
        ):
            closed = len(rest)  # "including A, B, C and D": the list ends at its "and"
            break
    if closed:
        return rest[:closed]
    if tally.total is not None:
        return []
    if held * 10 < part.count * 9:
        return rest[:joined]
    return rest


def _nest_after(text: str, tally: Tally, part: Part) -> tuple[int, int, str, int] | None:
    """The count, start, label and end of the subset a link names after ``part``, or None."""
    if part.count is None:
        return None
    window_end = min(len(text), part.end + _REACH)
    found = _NEST.search(text, part.start + 1, min(len(text), window_end + _LABEL_REACH))
    if found is None or found.start() > window_end:
        return None
    group = "n" if found["n"] is not None else "m"
    start = found.start(group)
    if found["again"] is not None:
        named = {word.lower() for word in f"{part.category} {part.counted or ''}".split()}
        if found["again"].lower() not in named:
            return None  # "; 12 of those schools were ..." after a part of children: which?
    elif found["semicolon"] is not None:
        return None  # after a semicolon, only a part named again is the part's subset
    if any(part.start < other.start < found.start() for other in tally.parts):
        return None  # the link follows a later part
    count = read_count(found[group])[0]
    label = " ".join(found["label"].split())
    if (
        count is None
        or not 0 < count < part.count
        or YEAR_FIGURE.fullmatch(found[group])
        # a pronoun ("19 resolutions, including one on ..."), unless a person follows it:
        # "14 persons (including one woman) were executed"
        or (found[group].lower() == "one" and label.split()[0].lower() not in _ONE_PERSON)
        or _NO_LABEL.match(label)
        or (found["bare"] is not None and label.rsplit(maxsplit=1)[-1] not in _PEOPLE_GROUPS)
    ):
        return None
    return count, start, label, found.end("label")


# The cue of a nest right before its first count: "..., including 475 children".
_CUE_BEFORE = re.compile(
    r"(?:including|incl\.|of\s{1,3}wh(?:om|ich)|among\s{1,3}(?:them|whom))\s{1,3}"
    r"(?:(?:some|about|nearly|at\s{1,3}least)\s{1,3})?$",
    re.IGNORECASE,
)
_CLOSING_AND = re.compile(r"\s{1,3}and\s{1,3}")
_REOPENING_AND = re.compile(r"\s{0,3},\s{1,3}and\s{1,3}")


def with_nest_lists_closed(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with each list after a cue ended at its own "and".

    "1,444 are civilians, including 475 children and 246 women, and 235 members of armed
    groups": one list has one "and" before its last item, so the list the cue opens ends
    at "246 women", and ", and 235 ..." joins what the cue's whole stands beside, not the
    whole's subset. A breakdown with a whole whose first part follows such a cue loses
    the parts after a bare "and" that ", and" follows; what they are a part of the
    readers of lists do not say here, so nothing is made of them.

    >>> text = "Some 90 were civilians, including 40 children and 20 women, and 15 soldiers."
    >>> parts = [Part("children", 40, 34, 45), Part("women", 20, 50, 58),
    ...          Part("soldiers", 15, 64, 75)]
    >>> found = with_nest_lists_closed(text, [Tally("breakdown", 34, 75, parts, total=90)])
    >>> [(t.total, [(p.category, p.count) for p in t.parts]) for t in found]
    [(90, [('children', 40), ('women', 20)])]
    """
    for tally in tallies:
        parts = tally.parts
        if (
            tally.kind != "breakdown"
            or tally.total is None
            or len(parts) < 3
            or _CUE_BEFORE.search(text, max(0, parts[0].start - 40), parts[0].start) is None
        ):
            continue
        joints = [text[a.end : b.start] for a, b in itertools.pairwise(parts)]
        closing = next(
            (at for at, joint in enumerate(joints) if _CLOSING_AND.fullmatch(joint)), None
        )
        if closing is None or not any(
            _REOPENING_AND.fullmatch(joint) for joint in joints[closing + 1 :]
        ):
            continue
        del parts[closing + 2 :]  # the item after the list's "and" is its last
        tally.end = parts[-1].end
    return tallies
