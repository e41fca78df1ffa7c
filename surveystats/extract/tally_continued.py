"""Parts a tally's next sentence adds to it: "A further 9 ...", "the remaining 7 ...".

Reports often split a whole over two sentences. The first states some parts, the next
opens on a count that continues them and, somewhere, the whole is stated:

    Of the 48 sites inspected, 30 were found compliant. A further 12 were partly
    compliant, and the remaining 6 non-compliant.

    Twenty-one complaints came from prisoners and 9 from their families. Another 4 were
    filed by lawyers, bringing the total number of complaints to 34.

    Eighteen countries reported a decline. A further six reported an increase, bringing
    the number of reporting countries to 24.

Each reader reads one sentence, so the parts come back as two tallies (or as one tally
and a lone count, or as two lone counts). :func:`join_continued_parts` joins them where
the arithmetic says they are one: the next sentence opens on a count the items mark as
continuing ("a further", "another", "an additional", "the remaining", "the other"), and
the parts of both sentences add up exactly to a whole stated by either (the first
tally's own, or "bringing the total to N", "bringing the number of replies to N", "for a
total of N", "N in all" in the second). The count that continues counts no other noun
than the first tally's parts ("A further 5 inspectors were hired" counts people, not
sites). Votes are never joined here (:mod:`surveystats.extract.tally_votes`
joins their sides).

A sentence whose verb takes "N of the M" as its object ("The Administration accepted 27
of the 31 recommendations.") states a whole and no part of its own; where the next
sentence opens on the rest ("The remaining 4 were rejected.") and the two counts make the
whole exactly, the verb labels the first part (:func:`_object_part_seeds`).

The next sentence may also split a whole the sentence before states, pointing back at it
("The Unit reviewed 96 cases. Of these, 41 were closed and 30 referred."): there the
parts need only fit in the whole (:func:`attach_whole_before`). Where nothing points
back, the parts' sum proves the whole, within the rounding of the figures as written
("... at least 5.2 million people were newly displaced. Some 3.7 million were displaced
within their own country, while 1.4 million were displaced across international
borders.").
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import (
    ASKED_WORDS,
    AUXILIARIES,
    IN_TOTAL,
    PREPOSITIONS,
    VERBS,
    Item,
    Number,
    read_value,
    verb_before_object,
)
from surveystats.extract.tally_parts import WORD_COUNT_PATTERN, YEAR_FIGURE, Part, Tally, read_count
from surveystats.text import MONTHS, sentence_starts

__all__ = ["attach_whole_before", "join_continued_parts", "join_continued_shares"]

_MAX_LABEL_WORDS = 10
# The whole stated after the parts that continue: "bringing the total number of replies
# to 32", "raising the total to 32", "for a total of 32", "making a total of 32".
_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)\s{1,3}"
    r"(?:the|their|its)\s{1,3}(?:(?:overall\s{1,3})?total(?:\s{1,3}number)?|number)"
    r"(?:\s{1,3}of(?:\s{1,3}[\w’'-]{1,30}){1,3})?\s{1,3}to"
    r"|(?:for|making|giving)\s{1,3}a\s{1,3}total(?:\s{1,3}of)?)\s{1,3}$"
)
# What may open the sentence before its continuing count: "Yet another 5", "In all, a
# further 5" (a few words, no figure, no sub-whole "Of these,").
_OPENING = re.compile(r"[\s\"“]{0,3}(?!(?:Of|Among|Out)\b)(?:[A-Za-z]{1,15}\s{1,3}){0,4}?,?\s{0,3}")
# A sentence whose subject is the whole before, then the parts it also holds: "The number
# also includes 150 girls", "The toll also included".
_ALSO_INCLUDES = re.compile(
    r"[\s\"“]{0,3}(?:The|This|That)\s{1,3}(?:number|total|toll|figure|count)\s{1,3}also"
    r"\s{1,3}(?:includes|included|comprises|comprised)\s{1,3}"
)
# A sentence that gives the parts of the whole before for which a fact is not known: "The
# date is unknown for 14 allegations", "The sex of 12 was not determined" is not read.
_UNKNOWN_FOR = re.compile(
    r"[\s\"“]{0,3}The\s{1,3}(?P<what>date|sex|gender|age|location|nationality|status)\s{1,3}"
    r"(?:is|was|remains|remained)\s{1,3}(?:still\s{1,3})?(?:unknown|not\s{1,3}known|unclear)"
    r"\s{1,3}for\s{1,3}(?:(?:the\s{1,3})?(?:remaining|other|another)\s{1,3})?"
)
# A continuing count that names the rest of the whole: "the remaining 5", "the other 5",
# "the rest, 5 sites," (the commas read as blanks).
_REST_OF_WHOLE = re.compile(r"(?i)the\s{1,3}(?:remaining|other|rest|remainder)\b")
_MAKING = re.compile(r"\b(?:making|bringing|giving)\s{1,3}$")
# Where the label of a lone continuing count ends: a clause mark or a parenthesis.
_LABEL_END = re.compile(r"[,;:()]")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Prepositions whose object after a passive names the part: "were sent by NGOs", "were
# received from States" (other prepositions say when or how: "were closed during 2023").
_SOURCE_PREPOSITIONS = frozenset({"by", "from"})
# Auxiliaries that deny what the verb says: a label never drops them.
_NEGATIONS = frozenset({"not", "cannot"})


class _Continuation(NamedTuple):
    """What the sentence after a tally adds.

    Its parts, the whole it states (if any), where it ends, and the tally another reader
    found of its parts (if any).
    """

    parts: list[Part]
    whole: int | None
    end: int
    tally: Tally | None


def _is_joinable(tally: Tally) -> bool:
    """Whether ``tally`` splits a whole by counts that all can be read (no vote)."""
    return (
        tally.kind in ("survey", "breakdown")
        and tally.unit == "count"
        and bool(tally.parts)
        and all(part.count is not None for part in tally.parts)
    )


def _counted(tally: Tally) -> set[str]:
    """The nouns the parts of ``tally`` count ("replies"), lower case."""
    return {part.counted.lower() for part in tally.parts if part.counted}


def _stated_whole(text: str, number: Number) -> int | None:
    """The sum ``number`` states ("bringing the total to 32", "making 32 in all"), or None."""
    kind, value = read_value(number)
    if kind != "count":
        return None
    if _TOTAL_BEFORE.search(text, max(0, number.start - 80), number.start) is not None:
        return value
    if (
        IN_TOTAL.match(text, number.end) is not None
        and _MAKING.search(text, max(0, number.start - 20), number.start) is not None
    ):
        return value
    return None


def _lone_part(text: str, item: Item, end: int, counted: str | None) -> Part | None:
    """The part of a continuing count with no tally of its own: "A further 9 came from NGOs".

    Its label is what follows its verb up to the clause's end, without auxiliaries, the
    verb and a leading preposition ("were submitted by NGOs" -> "NGOs"), or the verb
    alone ("were withdrawn"); from its negation on where one denies the verb ("had not
    been started" -> "not been started"); ``None`` where there is no label or it runs past
    ten words.
    """
    stop = _LABEL_END.search(text, item.head_end, end)
    label_end = stop.start() if stop is not None else end
    words = list(_WORD.finditer(text, item.head_end, label_end))
    passive = False
    negation = None  # "had not been started": the label keeps its "not"
    while words and words[0].group().lower() in AUXILIARIES:
        if negation is None and words[0].group().lower() in _NEGATIONS:
            negation = words[0]
        words = words[1:]
        passive = True
    if (
        passive
        and len(words) > 2
        and _is_verb(words[0].group())
        and words[1].group().lower() in PREPOSITIONS
        and words[1].group().lower() not in _SOURCE_PREPOSITIONS
        and not words[2].group()[0].isupper()
    ):
        words = words[:1]  # "were closed during the year": closed, not "the year"
    if len(words) > 1 and _is_verb(words[0].group()):
        words = words[1:]  # "came from NGOs", "were lodged by unions"
    if len(words) > 1 and words[0].group().lower() in PREPOSITIONS:
        words = words[1:]
    while len(words) > 1 and words[-1].group().lower() in PREPOSITIONS:
        words.pop()  # "were frozen in 2023": the year ends no label
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    if all(word.group().lower() in PREPOSITIONS for word in words):
        return None  # "were planned for 2025": no label
    start = words[0].start() if negation is None else negation.start()
    return Part(
        text[start : words[-1].end()],
        item.value,
        item.start,
        words[-1].end(),
        counted=counted,
        counted_inherited=counted is not None,
    )


def _is_verb(word: str) -> bool:
    """Whether ``word`` is a verb a label does not need: "came", "submitted"."""
    return word.islower() and (word in VERBS or word.endswith("ed"))


def _continuation(
    text: str,
    tally: Tally,
    tallies: list[Tally],
    figures: list[tuple[Number, Item | None]],
    starts: list[int],
) -> _Continuation | None:
    """What the sentence after ``tally`` adds to it (see :class:`_Continuation`).

    ``figures`` are the counts and shares of the paragraph with their items (``None``
    for a number no item holds, the object of a verb: "making 20 in all"). ``None`` where
    that sentence does not open on a continuing count, or holds figures that are neither
    its parts nor a stated whole.
    """
    at = bisect.bisect_right(starts, tally.end - 1)
    if at >= len(starts):
        return None
    lo = starts[at]
    hi = starts[at + 1] if at + 1 < len(starts) else len(text)
    after = [(n, i) for n, i in figures if tally.end <= n.start < hi]
    if not after or after[0][0].start < lo or after[0][1] is None:
        return None  # a figure after the tally in its own sentence: no clean end
    opener = after[0][1]
    if opener.kind != "count" or opener.value is None:
        return None
    # "The number also includes 150 girls", "The date is unknown for 14": the whole is the
    # subject, whatever the count's noun
    unknown = _UNKNOWN_FOR.fullmatch(text, lo, opener.prefix_start)
    # "Of those killed, 224 were men ... The sex of another 52 children ...": a whole named
    # with no figure, whose split the next sentence goes on with (see _continues_named_whole)
    named = tally.total is None and _opens_on_named_whole(text, tally, starts)
    also = not opener.remaining or unknown is not None or named
    if not (
        unknown
        or (
            _OPENING.fullmatch(text, lo, opener.prefix_start)
            if opener.remaining
            else _ALSO_INCLUDES.fullmatch(text, lo, opener.prefix_start)
        )
    ):
        return None
    counted = _counted(tally)
    if opener.counted and opener.counted.lower() not in counted and not also:
        return None  # "A further 5 inspectors were hired": other things
    theirs = next((t for t in tallies if lo <= t.start and t.end <= hi), None)
    if theirs is not None and (
        not _is_joinable(theirs)
        or theirs.parts[0].count != opener.value
        or theirs.start > opener.end
    ):
        return None  # their tally opens elsewhere, or is no split by counts
    if theirs is not None:
        parts = list(theirs.parts)
    elif unknown is not None:
        label = f"{unknown['what'].lower()} unknown"
        parts = [Part(label, opener.value, unknown.start("what"), opener.head_end)]
    else:
        part = _lone_part(text, opener, hi, next(iter(counted)) if len(counted) == 1 else None)
        if part is None:
            return None
        parts = [part]
    parts_end = max(part.end for part in parts)
    rest = [number for number, _ in after if number.start >= parts_end]
    if len(after) - len(rest) != len(parts) or len(rest) > 1:
        return None  # figures that are neither parts nor the whole
    whole = _stated_whole(text, rest[0]) if rest else None
    if rest and whole is None:
        return None
    if theirs is not None and theirs.total is not None:
        if whole not in (None, theirs.total):
            return None
        whole = theirs.total
    if (
        opener.counted
        and rest == []
        and not also
        and not _REST_OF_WHOLE.match(text, opener.prefix_start)
    ):
        return None  # "A further 5 missions were planned": more of them, maybe no part
    end = max(rest[0].end if rest else 0, parts_end, theirs.end if theirs else 0)
    return _Continuation(parts, whole, end, theirs)


def join_continued_parts(
    text: str, tallies: list[Tally], items: list[Item], numbers: list[Number]
) -> list[Tally]:
    """Join to a tally the parts its next sentence adds, where they sum to the whole.

    Parameters
    ----------
    text
        The paragraph string the tallies were read in.
    tallies
        Its tallies, in text order without overlaps.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in ``text``.
    numbers
        The numbers of ``text`` (:func:`~surveystats.extract.tally_items.find_numbers`);
        one no item holds may be a stated whole ("making 20 in all").

    Returns
    -------
    list of Tally
        ``tallies`` where a tally whose next sentence opens on a continuing count ("A
        further 9 ...", "Another 4 ...", "The remaining 6 ...") holds those parts too,
        and the whole, when the parts of both sentences add up exactly to a whole one of
        them states; the second sentence's own tally, joined, is dropped.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = ("Twelve appeals came from staff and 5 from managers. A further 3 were "
    ...     "lodged by unions, bringing the total number of appeals to 20.")
    >>> numbers = find_numbers(text)
    >>> items = read_items(text, numbers=numbers)
    >>> first = Tally("survey", 0, 50, [Part("staff", 12, 0, 32), Part("managers", 5, 37, 50)])
    >>> joined = join_continued_parts(text, [first], items, numbers)[0]
    >>> joined.total, [(p.category, p.count) for p in joined.parts]
    (20, [('staff', 12), ('managers', 5), ('unions', 3)])
    """
    if (
        not any(item.remaining for item in items)
        and "also includ" not in text
        and " unknown for " not in text
    ):
        return tallies
    by_start = {item.start: item for item in items}
    figures = []
    for number in numbers:
        item = by_start.get(number.start)
        if item is None or item.kind in ("count", "percent"):
            figures.append((number, item))
    candidates = _seed_candidates(figures)
    if not tallies and not candidates and not _OF_THE_WHOLE.search(text):
        return tallies  # nothing to continue (most paragraphs with "another" or "the other")
    starts = sentence_starts(text)
    seeds = _lone_openers(text, tallies, figures, candidates, starts)
    seeds += _object_part_seeds(text, tallies, numbers, by_start, starts)
    seed_ids = {id(seed) for seed in seeds}
    joined: list[Tally] = []
    dropped: set[int] = set()
    for tally in sorted([*tallies, *seeds], key=lambda tally: tally.start):
        if id(tally) in dropped:
            continue
        is_seed = id(tally) in seed_ids
        if not is_seed:
            joined.append(tally)
        if not _is_joinable(tally):
            continue
        found = _continuation(text, tally, tallies, figures, starts)
        if found is None:
            continue
        whole = found.whole
        if tally.total is not None:
            if whole not in (None, tally.total):
                continue  # two wholes
            whole = tally.total
        if whole is None:
            if not _continues_named_whole(text, tally, found, starts):
                continue  # no stated whole: nothing says the parts are one tally's
        elif sum(part.count or 0 for part in (*tally.parts, *found.parts)) != whole:
            continue
        if is_seed:
            joined.append(tally)
            if ASKED_WORDS.search(text, tally.start, found.end):
                tally.kind = "survey"
        tally.parts.extend(found.parts)
        tally.total = whole
        tally.end = max(tally.end, found.end)
        if found.tally is not None:
            dropped.add(id(found.tally))
            if found.tally.kind == "survey":
                tally.kind = "survey"
    joined.sort(key=lambda tally: tally.start)
    return joined


# A whole named with no figure before the parts of a split: "Of those killed,", "Among the
# victims,".
_NAMED_WHOLE = re.compile(
    r"[\s\"“]{0,3}(?:Of|Among)\s{1,3}(?:those|the)\s{1,3}[a-z][\w’'-]{1,30}"
    r"(?:\s{1,3}[a-z][\w’'-]{1,30}){0,2}\s{0,3},\s{0,3}$"
)


def _opens_on_named_whole(text: str, tally: Tally, starts: list[int]) -> bool:
    """Whether the sentence of ``tally`` opens on a whole named with no figure."""
    at = bisect.bisect_right(starts, tally.start) - 1
    lo = starts[at] if at >= 0 else 0
    first = tally.parts[0].start if tally.parts else tally.start
    return 0 < first - lo <= _NAMED_WHOLE_REACH and bool(_NAMED_WHOLE.fullmatch(text, lo, first))


_NAMED_WHOLE_REACH = 60  # characters: longer than any match of the pattern above
_NOUN_LABEL_WORDS = 6


def _continues_named_whole(
    text: str, tally: Tally, found: _Continuation, starts: list[int]
) -> bool:
    """Whether a split of a whole named with no figure goes on in the next sentence.

    "Of those killed, 224 were men, 168 women and 15 girls. The sex of another 52 children
    and 628 adults has not yet been determined": the second sentence splits more of the
    same killed, in a list of its own that opens on "another", and every label of both
    names a group of people, not what they did ("Another 25 died in hospital": no part).
    """
    if tally.total is not None or found.tally is None or len(found.tally.parts) < 2:
        return False
    return _opens_on_named_whole(text, tally, starts) and all(
        _is_noun_label(part.category) for part in (*tally.parts, *found.parts)
    )


def _is_noun_label(label: str | None) -> bool:
    """Whether a label names a group ("adults whose sex is unknown"), no verb first."""
    words = (label or "").split()
    return 0 < len(words) <= _NOUN_LABEL_WORDS and not _is_verb(words[0])


def _seed_candidates(figures: list[tuple[Number, Item | None]]) -> list[tuple[int, Item]]:
    """Continuing counts after a count, with a figure (a whole, maybe) after them.

    Each is the continuing count's place in ``figures`` and the item of the count before.
    """
    return [
        (at, before)
        for at in range(1, len(figures) - 1)
        if (opener := figures[at][1]) is not None
        and opener.remaining
        and (before := figures[at - 1][1]) is not None
        and before.kind == "count"
        and before.value is not None
        and not before.remaining
    ]


def _object_part_seeds(
    text: str,
    tallies: list[Tally],
    numbers: list[Number],
    by_start: dict[int, Item],
    starts: list[int],
) -> list[Tally]:
    """One-part tallies of a sentence whose object is "N of the M", the rest next.

    "Independent consultants evaluated 7 of the 12 evaluations. The remaining 5 were
    evaluated by staff." The first sentence states its whole but no part of its own (the
    object of a verb is no part where it stands alone); the verb is the part's label, the
    whole the tally's total, and :func:`join_continued_parts` keeps it only where the
    next sentence's remaining count makes the whole up exactly.
    """
    seeds = []
    for at in range(2, len(numbers)):
        opener = by_start.get(numbers[at].start)
        part, whole = numbers[at - 2], numbers[at - 1]
        if opener is None or not opener.remaining:
            continue
        sentence = bisect.bisect_right(starts, part.start) - 1
        lo = starts[sentence] if sentence >= 0 else 0
        hi = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        if not whole.end <= hi <= numbers[at].start or (at > 2 and numbers[at - 3].start >= lo):
            continue  # the opener shares the sentence, or another figure does
        if not _OF_THE_WHOLE.fullmatch(text, part.end, whole.start):
            continue
        (kind, value), (whole_kind, total) = read_value(part), read_value(whole)
        if kind != "count" or whole_kind != "count" or not value or not total or value >= total:
            continue
        if any(t.start < hi and lo < t.end for t in tallies):
            continue
        verb = verb_before_object(text, part.start)
        if verb is None:
            continue
        start = text.rfind(verb.split()[0], lo, part.start)
        seeds.append(
            Tally("breakdown", start, whole.end, [Part(verb, value, start, part.end)], total=total)
        )
    return seeds


# Between a part and its whole: " of the ", " out of ".
_OF_THE_WHOLE = re.compile(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:the\s{1,3})?")


def _lone_openers(
    text: str,
    tallies: list[Tally],
    figures: list[tuple[Number, Item | None]],
    candidates: list[tuple[int, Item]],
    starts: list[int],
) -> list[Tally]:
    """One-part tallies of sentences stating one count that the next sentence continues.

    "Eighteen countries reported a decline. A further six reported an increase, bringing
    the number of reporting countries to 24." The first sentence alone is no tally; it
    becomes the first part of one only if :func:`join_continued_parts` finds the next
    sentence's parts and a stated whole that the counts of both add up to exactly.
    """
    seeds = []
    for at, item in candidates:
        number = figures[at - 1][0]
        sentence = bisect.bisect_right(starts, number.start) - 1
        lo = starts[sentence] if sentence >= 0 else 0
        hi = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        if not (hi <= figures[at][0].start) or (at > 1 and figures[at - 2][0].start >= lo):
            continue  # the count shares its sentence with the opener or another figure
        if any(t.start < hi and lo < t.end for t in tallies):
            continue
        part = _lone_part(text, item, hi, item.counted)
        if part is None:
            continue
        part.counted_inherited = False
        seeds.append(Tally("breakdown", item.start, part.end, [part]))
    return seeds


# A sentence that opens on the whole the sentence before states, then splits it: "Of
# these,", "Of these IDPs,", "Of those,", "Of the total,", "Among them (were)", "They
# comprised", "These figures include", "Included in the toll were", "The total includes".
_OF_THESE = re.compile(
    r"""[\s"“]{0,3}
      # who reported the split, before its pointer: "The IOM said that among the migrants were"
      (?:[A-Z][\w’'.()-]*(?:\s{1,3}[\w’'.()-]+){0,7}?\s{1,3}
        (?:said|says|reported|added|noted|stated|indicated)(?:\s{1,3}that)?,?\s{1,3}
        (?=[Oo]f\s|[Aa]mong\s|[Oo]ut\s))?
      (?:
        (?:[Oo]f|[Oo]ut\s{1,3}of|[Aa]mong)\s{1,3}(?:these|those|them|(?:the|this|that)\s{1,3}(?:total|number|figure))
        # a noun, no participle: "Of these IDPs," but not "Of those responding,"; after
        # "these" a participle may qualify the noun: "Of these suspected cases,"
        (?:\s{1,3}(?P<noun>(?:(?<=these\s)[a-z]{2,20}(?:ed|ing)\s{1,3})?
          (?:(?![\w-]*(?:ing|ed)\b)[A-Za-z][\w-]{1,25}\s{0,3}){1,3}))?,
        (?:\s{0,3}(?:most|the\s{1,3}majority)\s{0,3}\()?  # "Of these IDPs, most (142,796) came ..."
      # the whole named by what befell it in the sentence before: "Among the affected were",
      # "Among those displaced were", "Of those affected,"
      | (?:[Oo]f|[Oo]ut\s{1,3}of|[Aa]mong)\s{1,3}(?:the|those)\s{1,3}(?P<done>[a-z]{2,20}ed)
        (?:\s{1,3}(?:were|are)|\s{0,3},)
      # the dead of the sentence before, named by their fate: "Of the fatalities,", "Of
      # the dead in the West Bank,", "Among those killed,"; or most of them, the first
      # part a majority: "The majority, 410, were killed by ..."
      | (?:[Oo]f|[Oo]ut\s{1,3}of|[Aa]mong)\s{1,3}(?:the|those|these)\s{1,3}
        (?P<fated>dead|fatalities|deaths|killed|victims)
        (?:\s{1,3}in\s{1,3}(?:the\s{1,3})?(?:[A-Z][\w'’-]+\s{0,3}){1,3})?,
      | (?P<most>The\s{1,3}(?:(?:vast|great|large|overwhelming)\s{1,3})?majority|Most)\s{0,3},
      # the whole named again, its noun the counted noun of the sentence before: "Of the
      # assessed locations,", "Among the households interviewed,", "Among the migrants
      # were"
      | (?:[Oo]f|[Oo]ut\s{1,3}of|[Aa]mong)\s{1,3}the\s{1,3}
        (?P<named>(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,2}[A-Za-z][\w-]{1,25}),
      | [Aa]mong\s{1,3}the\s{1,3}
        (?P<named_were>(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,2}[A-Za-z][\w-]{1,25})
        \s{1,3}(?:were|are)
      | (?:They|(?:These|Those)(?:\s{1,3}(?:figures|numbers|totals|people|individuals))?)
        \s{1,3}(?:comprised?|included?|consisted\s{1,3}of|constituted
        |were\s{1,3}made\s{1,3}up\s{1,3}of|were|are)
      | [Aa]mong\s{1,3}(?:them|these|those)\s{1,3}(?:were|are)
      | Included\s{1,3}in\s{1,3}(?:the|this|that)\s{1,3}(?:toll|total|figure|number)
        \s{1,3}(?:were|are)
      | (?:The|This|That)\s{1,3}(?:toll|total|figure|number)\s{1,3}(?:also\s{1,3})?
        (?:includes|included|comprises|comprised)
      | This\s{1,3}(?:also\s{1,3})?(?:includes|included|comprises|comprised)
      # the whole named as a population: "The IDP population included", "The returnee
      # caseload comprised"
      | (?:The|This|That)\s{1,3}(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,2}?(?:population|caseload)
        \s{1,3}(?:also\s{1,3})?(?:includes|included|comprises|comprised|consisted\s{1,3}of)
      # the whole named again as the subject: "The rescued migrants included" (last: "The
      # IDP population included" is the alternative above)
      | The\s{1,3}(?P<named_incl>(?:[a-z][\w-]{1,25}\s{1,3}){0,2}[a-z][\w-]{1,25})
        \s{1,3}(?:also\s{1,3})?(?:included|include|comprised|comprise)
    )\s{0,3}$""",
    re.VERBOSE,
)


# Words that point a split back at the whole of the sentence before: "Of these,", "Among
# them,", "1.4 million of them", "They comprised". Most paragraphs hold none, and pay
# nothing more.
_POINTS_BACK = (
    *("Of th", "Out of th", "Among th", " of them", " of these", " of those", "They ", "These "),
    "Those ",
    *("The majority", "The vast majority", "The great majority", "The large majority"),
    *("The overwhelming majority", "Most,"),
    *("Included in", "The toll", "The total", "The figure", "The number", "This "),
    *(" population ", " caseload "),
)


def attach_whole_before(text: str, tallies: list[Tally], items: list[Item]) -> None:
    """Give a split that opens on "Of these," the whole its sentence before states.

    "The Unit reviewed 96 cases. Of these, 41 were closed and 30 referred": the counts of
    the second sentence are parts of the 96 cases (total 96, counted "cases"), though they
    need not add up to it (the rest may go unsaid). The sentence before must hold one
    count of a named noun and no other count (or one count of the noun the pointer names:
    "389,281 IDPs in 60,232 households ... Of these IDPs,"; or one count with a scale word,
    "1.2 million people", which the items do not read), the sentence with the parts must
    open on "Of these/those (IDPs)," "Of the total," or "Among them (were)" (or "They
    comprised", "These figures include", "Included in the toll were", "The total
    includes", "This number includes", "This included", or the whole named by what
    befell it in the sentence before: "Among the affected were", "Of those displaced,")
    and the parts must fit in the whole. A pointer that names one whole ("this number",
    "the affected") takes, of several counts before, the one the parts add up to within
    the rounding of their figures ("... affecting 219 homes and 1,097 individuals. Among
    the affected were 614 children, 259 women, and 224 men."); parts that a word of
    approximation qualifies may pass the whole by :data:`_ROUGH_PARTS`. With no pointer,
    the sum alone proves the whole (:func:`_attach_summed_whole_before`). Tallies are
    changed in place; votes and tallies with a total are left alone. A clause that ends on
    "; of these," points the same way at the counts of its own sentence: the one count the
    parts fit in is their whole ("... 512 cases to 27 Governments; of these, 98 ...").

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = "The Unit reviewed 96 cases. Of these, 41 were closed and 30 referred."
    >>> split = Tally("breakdown", 38, 69, [Part("closed", 41, 38, 52), Part("referred", 30,
    ...     57, 69)])
    >>> attach_whole_before(text, [split], read_items(text))
    >>> split.total, split.start, [p.counted for p in split.parts]
    (96, 18, ['cases', 'cases'])
    """
    if not tallies:
        return
    if not any(word in text for word in _POINTS_BACK) and not any(
        tally.total is None and len(tally.parts) > 1 and tally.kind != "vote" for tally in tallies
    ):
        return  # no pointer, and no split whose sum may prove the whole before
    starts = sentence_starts(text)
    for tally in tallies:
        if tally.total is None and tally.kind != "vote" and tally.unit == "percent":
            _attach_whole_of_shares_before(text, tally, items, starts)
            continue
        if tally.total is not None or tally.kind == "vote" or tally.unit != "count":
            continue
        counts = [part.count for part in tally.parts]
        if not counts or None in counts:
            continue
        at = bisect.bisect_right(starts, tally.start) - 1
        # the pointer ends where the split starts: a few characters back are enough
        reach = max(starts[at], tally.start - _POINTER_REACH)
        pointer = _OF_THESE_AFTER_CLAUSE.search(text, reach, tally.start)
        if pointer is not None:  # "... 512 cases to 27 Governments; of these, 98 ..."
            _attach_whole_of_clause(text, tally, tallies, items, (starts[at], pointer.start()))
            continue
        if at < 1:
            continue
        pointer = _OF_THESE.fullmatch(text, starts[at], tally.start)
        if pointer is None:
            _attach_cases_before(text, tally, starts[at - 1], starts[at])
            _attach_whole_of_them(text, tally, items, starts[at - 1], starts[at])
            if tally.total is None:  # "... at least 5.2 million were newly displaced. Some
                # 3.7 million were displaced within ..., while 1.4 million ...": no pointer
                after = starts[at + 1] if at + 1 < len(starts) else len(text)
                _attach_summed_whole_before(text, tally, items, (starts[at - 1], starts[at], after))
            continue
        before = [
            item
            for item in items
            if starts[at - 1] <= item.start < starts[at]
            and item.kind in ("count", "percent")
            and not _is_change(text, item)
        ]
        if len(before) > 1 and pointer["noun"] is not None:
            # "389,281 IDPs in 60,232 households were identified. Of these IDPs, ...": the
            # count of the noun the pointer names
            before = _counts_of(before, pointer["noun"])
        elif pointer["done"] is not None and pointer["done"][:-2].lower() not in (
            text[starts[at - 1] : starts[at]].lower()
        ):
            continue  # "... were reached. Among those displaced were ...": another group
        elif pointer["fated"] is not None and not _DEATH_WORD.search(
            text, starts[at - 1], starts[at]
        ):
            continue  # "... were displaced. Of the dead, ...": no dead before to point at
        elif (named := _named_again(pointer)) is not None:
            # "The survey was conducted in 611 locations. Of the assessed locations, ...":
            # the whole named again must be of the noun counted before
            before = _counts_of(before, named)
            if not before:
                _attach_named_whole(text, tally, (starts[at - 1], starts[at]), named)
                continue
        # "52,300 IDPs (10,460 households) ...": a count in an aside is of another unit
        before = [item for item in before if not _in_aside(text, item.start)]
        if not before:  # "reached 1.2 million people. Of these, ...": no item reads it
            _attach_scaled_whole(text, tally, (starts[at - 1], starts[at]), items)
            continue
        if len(before) > 1 and "total" in pointer.group():
            # "... recorded a total of 1,006 civilian casualties, including 331 killed and 675
            # injured. Of that total, 19 children ...": the count its sentence calls a total
            totals = [
                item
                for item in before
                if _CALLED_TOTAL.search(text, max(starts[at - 1], item.start - 30), item.start)
            ]
            before = totals if len(totals) == 1 else before
        if len(before) > 1 and pointer["most"] is not None:
            # "594 Palestinians have been killed ..., in addition to two others who died
            # .... The majority, 577, were killed by ...": the one count the parts fit in
            # and the first part is most of
            before = [
                item
                for item in before
                if item.value is not None and sum(counts) <= item.value < counts[0] * 2
            ]
        if len(before) > 1 and (pointer["done"] or _ONE_WHOLE.search(pointer.group())):
            # "... affecting 219 homes and 1,097 individuals. Among the affected were 614
            # children, 259 women, and 224 men.": the one count the parts add up to, where
            # the pointer names one whole ("them" names all the counts before: none)
            before = [item for item in before if _adds_up_to(text, tally, item, items)]
        if pointer["most"] is not None and _majority_of_several(
            text, counts, starts[at - 1 : at + 1]
        ):
            continue  # "received 420 complaints and 380 appeals. The majority, 300, ...": of which?
        if len(before) != 1:
            continue  # no whole, or no one whole
        whole = before[0]
        if whole.kind != "count" or whole.counted is None or whole.value is None:
            continue
        if sum(counts) > whole.value and not _adds_up_to(text, tally, whole, items, _ROUGH_PARTS):
            continue
        if pointer["most"] is not None and counts[0] * 2 <= whole.value:
            continue  # "The majority, 200, ..." of 430: no majority, no whole it points at
        _take_whole(tally, whole)


def _take_whole(tally: Tally, whole: Item) -> None:
    """Make ``whole`` the total of ``tally``: its count, qualifier and noun, where it starts."""
    tally.total, tally.total_qualifier = whole.value, whole.qualifier
    tally.subject = tally.subject or whole.counted
    for part in tally.parts:
        if part.counted is None:
            part.counted, part.counted_inherited = whole.counted, True
    tally.start = whole.prefix_start


def _attach_whole_of_shares_before(
    text: str, tally: Tally, items: list[Item], starts: list[int]
) -> None:
    """Give shares that open on "Of these," the one count of the sentence before.

    "... an estimated 712,000 individuals (about 160,000 households) were identified in
    1,402 locations. Of these, 78% were living in spontaneous settlements, 3% in makeshift
    settlements and 19% in host communities": the shares are of the 712,000 (total
    712,000, counted "individuals"), as blind readers of such reports take them. The
    sentence before must hold one count of a named noun once a count in an aside (another
    unit of the same whole) and a count that places it ("in 1,402 locations") are set
    aside; a pointer that names a noun ("Of these households,") takes a count of it only.
    The shares must fit in one whole (at most 100 per cent, within their rounding). Two
    counts, or none, or a count of money: no whole.
    """
    at = bisect.bisect_right(starts, tally.start) - 1
    if at < 1 or any(part.percent is None for part in tally.parts):
        return
    pointer = _OF_THESE.fullmatch(text, starts[at], tally.start)
    if pointer is None or pointer["done"] is not None:
        return
    if sum(Fraction(str(part.percent)) for part in tally.parts) > 100 + len(tally.parts):
        return  # "52 per cent ... and 61 per cent ...": shares of no one whole
    lo = starts[at - 1]
    before = [
        item
        for item in items
        if lo <= item.start < starts[at]
        and item.kind == "count"
        and not _is_change(text, item)
        # "(approximately 205,500 households)": another unit of the same whole
        and text.rfind("(", lo, item.start) <= text.rfind(")", lo, item.start)
        and not _PLACING_COUNT.search(text, max(lo, item.start - 12), item.start)
    ]
    noun = pointer["noun"] or _named_again(pointer)
    if noun is not None:  # "Of these households,": a count of households
        before = _counts_of(before, noun)
    if len(before) != 1:
        return
    whole = before[0]
    if whole.counted is None or whole.value is None or whole.value < 2:
        return
    _take_whole(tally, whole)


# A word of death in the sentence a pointer "Of the fatalities," points back at.
_DEATH_WORD = re.compile(r"\b(?:killed|died|dead|deaths?|fatalities|lives)\b")


def _majority_of_several(text: str, counts: list[int], sentence: list[int]) -> bool:
    """Whether the first part is most of two or more figures of the sentence before.

    Every count of the sentence counts, read as a part of a list or not: "received 420
    complaints and 380 appeals. The majority, 300, ..." points at neither.
    """
    start, end = sentence
    figures = [read_count(match.group())[0] for match in _COUNT.finditer(text, start, end)]
    return (
        sum(figure is not None and sum(counts) <= figure < counts[0] * 2 for figure in figures) > 1
    )


_COUNT = re.compile(WORD_COUNT_PATTERN, re.VERBOSE)


def _named_again(pointer: re.Match[str]) -> str | None:
    """The noun a pointer names its whole by again: "Of the assessed locations,"."""
    return pointer["named"] or pointer["named_were"] or pointer["named_incl"]


# The words that call a count the total: "recorded a total of 1,006 civilian casualties".
_CALLED_TOTAL = re.compile(
    r"\btotal\s{1,3}of\s{1,3}(?:(?:some|about|around|approximately|nearly|almost|over"
    r"|more\s{1,3}than|at\s{1,3}least)\s{1,3})?$",
    re.IGNORECASE,
)
# A count that places a whole, no whole itself: "were identified in 1,402 locations".
_PLACING_COUNT = re.compile(r"\b(?:in|across|at|within)\s{1,3}$")
# A pointer that names one whole: "Of this number,", "The total includes", "This included".
_ONE_WHOLE = re.compile(
    r"\b(?:This|this|that|the\s{1,3}(?:total|number|figure|toll)|population|caseload)\b"
)
# How far the parts may pass a whole that a pointer states where a word of approximation
# qualifies them ("This number includes approximately 8,419 women, 8,419 men, ..."): an
# estimated split of a counted whole, off by a rounding of the shares behind it.
_ROUGH_PARTS = Fraction(1, 100)
# How far, at most, figures read within their rounding may miss their whole: "at least
# five million" is no whole of 4.2 million and 1.6 million, however coarse "five million".
_ROUNDING_CAP = Fraction(1, 50)
# Words before the first part that say its count comes on top of a figure before, a
# running total and no part of it: "A further 800 returned", "Another 12 ...".
_ADDED_COUNT = re.compile(
    r"\b(?:further|another|additional|more|other|new|remaining|rest)\b", re.IGNORECASE
)
_PEOPLE_HEADS = frozenset(
    ("people", "persons", "individuals", "civilians", "residents", "inhabitants")
)


def _rounding_unit(text: str, item: Item) -> Fraction:
    """The place value a figure is given to, as written: what rounding may hide in it.

    A figure with a scale word is given to its last written digit ("4.2 million":
    100,000; "five million": a million); one after a word of approximation or a bound, to
    its last digit that is not a trailing zero ("some 839,000": 1,000); any other figure
    is exact (0).

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Some 4.2 million fled, while about 839,000 left and 1,597 returned."
    >>> [_rounding_unit(text, item) for item in read_items(text) if item.kind == "count"]
    [Fraction(100000, 1), Fraction(1000, 1), Fraction(0, 1)]
    """
    if item.value is None:
        return Fraction(0)
    raw = text[item.start : item.end]
    scale = _SCALE_WORD.search(raw)
    if scale is not None:
        mantissa = raw[: scale.start()].strip().replace(",", "")
        decimals = len(mantissa.partition(".")[2]) if not item.in_words else 0
        return Fraction(_SCALES[scale["scale"].lower()], 10**decimals)
    if item.qualifier is None or item.in_words:
        return Fraction(0)
    digits = raw.replace(",", "").strip()
    zeros = len(digits) - len(digits.rstrip("0"))
    return Fraction(10**zeros) if zeros and digits.isdigit() else Fraction(0)


_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d|,\d)")
_SCALE_WORD = re.compile(r"\b(?P<scale>thousand|million|billion)\b", re.IGNORECASE)


def _adds_up_to(
    text: str, tally: Tally, whole: Item, items: list[Item], rough: Fraction = Fraction(0)
) -> bool:
    """Whether ``tally``'s counts add up to the count ``whole`` within rounding.

    See :func:`_sums_to`; ``whole`` is given to its own :func:`_rounding_unit`.
    """
    if whole.value is None or whole.kind != "count":
        return False
    return _sums_to(text, tally, whole.value, _rounding_unit(text, whole), items, rough)


def _sums_to(
    text: str,
    tally: Tally,
    whole: int,
    unit: Fraction,
    items: list[Item],
    rough: Fraction = Fraction(0),
) -> bool:
    """Whether ``tally``'s counts add up to ``whole`` within the rounding of their figures.

    Each figure may be off by half its :func:`_rounding_unit` (``unit`` the whole's):
    "Some 4.2 million ..., while 839,000 ..." add up to "at least five million", never
    by more than :data:`_ROUNDING_CAP` of the whole; ``rough`` is how far parts that a
    word of approximation qualifies may pass a whole a pointer states.
    """
    total = 0
    slack = unit / 2
    rough_parts = False
    for part in tally.parts:
        item = _item_of(items, part)
        if part.count is None or item is None:
            return False
        total += part.count
        slack += _rounding_unit(text, item) / 2
        rough_parts = rough_parts or item.qualifier == "approximately"
    if rough_parts:
        slack = max(slack, rough * whole)
    return abs(total - whole) <= min(slack, max(rough, _ROUNDING_CAP) * whole)


def _item_of(items: list[Item], part: Part) -> Item | None:
    """The count item that gives ``part`` its count (within the part's span)."""
    at = bisect.bisect_left(items, part.start, key=lambda item: item.start)
    while at < len(items) and items[at].start < part.end:
        if items[at].kind == "count" and items[at].value == part.count:
            return items[at]
        at += 1
    return None


def _attach_summed_whole_before(
    text: str, tally: Tally, items: list[Item], sentences: tuple[int, int, int]
) -> None:
    """Give a split with no pointer the count of the sentence before that its parts make.

    "During the first half of 2018, UNHCR offices reported that at least 5.2 million
    people were newly displaced. Some 3.7 million were displaced within their own
    country, while 1.4 million were displaced across international borders." Nothing
    points back; the sum proves the whole: the parts add up, within the rounding of the
    figures as written (:func:`_adds_up_to`), to the one count of the sentence before
    ("The Unit handled 230 requests and 60 appeals." carries no one whole). That count
    must count the parts' people or things (where both name a noun), and
    the parts' sentence may hold no other count, no year the sentence before does not
    name ("In 2022, 4.8 million ... In 2023, 3.1 million ... and 1.7 million ...") and no
    word that adds its counts to a figure before ("A further 800 returned in July and 400
    in August": a running total).

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Some 1,200 houses were hit. About 350 were destroyed and 850 damaged."
    >>> split = Tally("breakdown", 28, 68, [Part("destroyed", 350, 28, 47),
    ...     Part("damaged", 850, 57, 68)])
    >>> _attach_summed_whole_before(text, split, read_items(text), (0, 28, len(text)))
    >>> split.total, split.start
    (1200, 0)
    """
    if tally.kind == "vote" or tally.unit != "count" or len(tally.parts) < 2:
        return
    before, start, after = sentences
    if _ADDED_COUNT.search(text, start, tally.parts[0].end) is not None:
        return
    if any(
        item.kind == "count" and start <= item.start < after and not _item_in_parts(item, tally)
        for item in items
    ):
        return  # a count of the sentence outside the split
    years_before = set(_YEAR.findall(text, before, start))
    if any(year not in years_before for year in _YEAR.findall(text, start, after)):
        return  # "In 2022, 4.8 million ... In 2023, 3.1 million ...": another year's whole
    counted = {part.counted.split()[-1].lower() for part in tally.parts if part.counted}
    wholes = [
        item
        for item in items
        if before <= item.start < start and item.kind == "count" and not _in_aside(text, item.start)
    ]
    if len(wholes) != 1:
        return  # "The Unit handled 230 requests and 60 appeals.": no one whole is carried
    whole = wholes[0]
    if not _same_things(whole.counted, counted) or not _adds_up_to(text, tally, whole, items):
        return
    tally.total, tally.total_qualifier = whole.value, whole.qualifier
    tally.subject = tally.subject or whole.counted
    for part in tally.parts:
        if part.counted is None and whole.counted is not None:
            part.counted, part.counted_inherited = whole.counted, True
    tally.start = whole.prefix_start


def _item_in_parts(item: Item, tally: Tally) -> bool:
    """Whether ``item`` gives one of ``tally``'s parts its count."""
    return any(
        part.start <= item.start < part.end and part.count == item.value for part in tally.parts
    )


def _same_things(whole_counted: str | None, parts_counted: set[str]) -> bool:
    """Whether a whole that counts ``whole_counted`` may hold parts of those head nouns.

    Where either names no noun, it may; people are people by any general noun ("3.2
    million people" holds "1.7 million people" and "1.5 million individuals").
    """
    if not whole_counted or not parts_counted:
        return True
    head = whole_counted.split()[-1].lower()
    return parts_counted == {head} or (head in _PEOPLE_HEADS and parts_counted <= _PEOPLE_HEADS)


def _counts_of(items: list[Item], noun_phrase: str) -> list[Item]:
    """The items that count the head noun of ``noun_phrase`` ("assessed locations")."""
    words = noun_phrase.lower().split()
    return [
        item
        for item in items
        if item.counted and item.counted.split()[-1].lower() in (words[-1], words[0])
    ]


def _attach_named_whole(text: str, tally: Tally, sentence: tuple[int, int], named: str) -> None:
    """Give ``tally`` the one count of ``sentence`` whose noun its pointer names again.

    The items read no count outside a tally; a figure of the sentence before is the whole
    where the noun named again ("Of the assessed locations,") follows it within three
    words, and the parts fit in it.

    >>> text = "The survey covered 611 locations. Of the assessed locations, 344 were towns."
    >>> split = Tally("breakdown", 61, 76, [Part("towns", 344, 61, 76)])
    >>> _attach_named_whole(text, split, (0, 34), "assessed locations")
    >>> split.total, split.start
    (611, 19)
    """
    start, end = sentence
    words = named.lower().split()
    heads = {words[0], words[-1]}
    found = _figures_in(text, start, end) or []
    wholes = [
        (value, at)
        for value, at in found
        if (noun := _NOUN_AFTER_FIGURE.match(text, at, end)) is not None
        and noun["head"].lower() in heads
    ]
    if len(wholes) != 1:
        return
    whole, at = wholes[0]
    if sum(part.count or 0 for part in tally.parts) <= whole:
        tally.total, tally.start = whole, at


# A figure, then the noun it counts within three words: "611 locations", "96 new complaints".
_NOUN_AFTER_FIGURE = re.compile(
    r"[\d.,]+(?:\s{1,3}(?:million|billion|thousand))?(?:\s{1,3}[\w-]{1,25}){0,2}?"
    r"\s{1,3}(?P<head>[A-Za-z][\w-]{1,25})\b"
)


def _in_aside(text: str, at: int) -> bool:
    """Whether the figure at ``at`` opens an aside: "52,300 IDPs (10,460 households)".

    Such a count is of another unit than the whole before it, and no whole itself.
    """
    return text[max(0, at - 3) : at].rstrip().endswith("(")


def _attach_scaled_whole(
    text: str, tally: Tally, sentence: tuple[int, int], items: list[Item]
) -> None:
    """Give ``tally`` the one count of ``text[start:end]`` that no item reads, if its parts fit.

    The items read no count written with a scale word ("1.2 million people"), before an
    aside ("52,300 IDPs (10,460 households)") or as a verb's object ("reached 29,978
    refugees"): the figure is read from the text, years, percentages, money and the
    asides' counts aside. Parts that a word of approximation qualifies may pass it by
    :data:`_ROUGH_PARTS` ("This number includes approximately 8,419 women, ...").

    >>> text = "It reached 1.2 million people. Of these, 400,000 were IDPs and 800,000 not."
    >>> split = Tally("breakdown", 41, 74, [Part("IDPs", 400_000, 41, 58),
    ...     Part("not", 800_000, 63, 74)])
    >>> _attach_scaled_whole(text, split, (0, 31), [])
    >>> split.total, split.start
    (1200000, 11)
    """
    found = _figures_in(text, *sentence)
    if found is not None and len(found) > 1:
        found = [(value, at) for value, at in found if not _in_aside(text, at)]
    if found is None or len(found) != 1:
        return
    whole, at = found[0]
    if sum(part.count or 0 for part in tally.parts) <= whole or _sums_to(
        text, tally, whole, Fraction(0), items, _ROUGH_PARTS
    ):  # "... This number includes approximately 8,419 women, 8,419 men, ...": estimated
        tally.total, tally.start = whole, at


# Before a share that says how much a figure changed: "up 20 per cent", "a rise of 4 per cent".
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:up|down)(?:\s{1,3}by)?|(?:an?\s{1,3})?(?:increase|rise|decrease|decline|drop|fall)"
    r"\s{1,3}of)\s{1,3}(?:(?:some|about|nearly|almost|over)\s{1,3})?$"
)


def _is_change(text: str, item: Item) -> bool:
    """Whether ``item`` is a share by which the figure before it changed, no whole."""
    return (
        item.kind == "percent"
        and _CHANGE_BEFORE.search(text, max(0, item.start - 30), item.start) is not None
    )


# A count the sentence before states, in digits or with its scale word ("4.8 million").
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<figure>\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,2})?)(?![\w.,]\w)"
    r"(?:\s{1,3}(?P<scale>thousand|million|billion)\b)?"
)
_PER_CENT_AFTER = re.compile(r"\s{0,3}(?:per\s{1,3}cent|percent|%)")
# After a day of a date: its month ("30 June 2012"), capitalized ("12 may" is no date).
_FULL_MONTHS = [month for month in MONTHS if len(month) > 4 or month in ("may", "june", "july")]
_MONTH_AFTER = re.compile(rf"\s{{1,3}}(?:{'|'.join(m.capitalize() for m in _FULL_MONTHS)})\b")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


_NOUN_REACH = 60  # characters after a figure where the noun it counts stands


def _lone_figure(text: str, start: int, end: int) -> int | None:
    """The one count ``text[start:end]`` states (years and percentages aside), or ``None``.

    >>> text = "Arrivals reached 2.5 million in 2019."
    >>> _lone_figure(text, 0, len(text))
    2500000
    >>> _lone_figure("Arrivals rose from 12,000 to 15,000.", 0, 36) is None
    True
    """
    found = _figures_in(text, start, end)
    return found[0][0] if found is not None and len(found) == 1 else None


def _figures_in(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Each count ``text[start:end]`` states and where (years, percentages and money aside).

    ``None`` where a figure is a fraction of a unit ("2.25 million"): no count.

    >>> _figures_in("It sent 512 letters to 27 States in 2019, $40 apart.", 0, 52)
    [(512, 8), (27, 23)]
    """
    found = []
    for figure in _FIGURE.finditer(text, start, end):
        raw, scale = figure["figure"], figure["scale"]
        if scale is None and (YEAR_FIGURE.fullmatch(raw) or "." in raw):
            continue  # a year, or a decimal that is no count
        if (
            _PER_CENT_AFTER.match(text, figure.end(), end)
            or text[figure.start() - 1 : figure.start()] == "$"
        ):
            continue
        if scale is None and _MONTH_AFTER.match(text, figure.end(), end):
            continue  # the day of a date ("At 30 June 2012, ... employed 1,304 staff")
        value = Fraction(raw.replace(",", "")) * _SCALES.get(scale or "", 1)
        if value.denominator != 1:
            return None
        found.append((int(value), figure.start()))
    return found


# "; of these," or ": among them," between a clause that states a whole and its parts.
_OF_THESE_AFTER_CLAUSE = re.compile(
    r"\s{0,3}[;:]\s{1,3}(?:[Oo]f|[Aa]mong)\s{1,3}(?:these|those|them)\s{0,3},\s{0,3}$"
)
_POINTER_REACH = 40  # characters: longer than any match of the pattern above


def _attach_whole_of_clause(
    text: str, tally: Tally, tallies: list[Tally], items: list[Item], clause: tuple[int, int]
) -> None:
    """Give a split after "; of these," the one count of its clause before that it fits in.

    "The Group transmitted 512 cases to 27 Governments; of these, 98 were clarified ... and
    14 ...": the parts (112) fit in 512 only, which is their whole; where two counts
    could hold them, or none, or the count is another tally's, nothing changes. The
    counts are the clause's figures in digits (a verb's object is no item: "transmitted
    512 cases") and its items that count (in words: "Forty-three States"); a figure an
    item names no count by (a date, a year, a reference: "resolution 2338") is none.
    """
    taken = [(other.start, other.end) for other in tallies if other is not tally]
    start = max([clause[0], *(hi for _, hi in taken if hi <= tally.start)])
    end = clause[1]
    figures = _figures_in(text, start, end)
    if figures is None:
        return
    kinds = {item.start: item for item in items if start <= item.start < end}
    counts = {at: figure for figure, at in figures if at not in kinds or kinds[at].kind == "count"}
    for at, item in kinds.items():
        if item.kind == "count" and item.value:
            counts[at] = item.value
    parts = sum(part.count for part in tally.parts)
    fitting = [(figure, at) for at, figure in counts.items() if figure >= parts]
    if len(fitting) == 1:
        tally.total, tally.start = fitting[0]


# The outcome of a case of deprivation of liberty for its victim: "released", "found dead".
_OUTCOME = re.compile(
    r"(?:were\s{1,3}|was\s{1,3}|have\s{1,3}been\s{1,3}|had\s{1,3}been\s{1,3})?"
    r"(?:released|freed|found\s{1,3}dead|killed|executed|escaped|rescued)"
)
# Cases of deprivation of liberty counted after their figure: "250 cases of arbitrary
# detention and enforced disappearance", "140 victims of abduction".
_CASES_OF_LIBERTY = re.compile(
    r"\s{1,3}(?:cases|victims)\s{1,3}of\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3}){0,2}?"
    r"(?:detention|abduction|abductions|disappearances?|kidnapping|arrest|deprivation)\b"
)


def _attach_cases_before(text: str, tally: Tally, before: int, start: int) -> None:
    """Give the outcomes of cases the one count of cases its sentence before states.

    "The Mission documented 250 cases of arbitrary detention during the period. While 80
    victims were released, 12 were found dead": the released and the found dead are
    victims of the 250 cases (total 250), the rest unsaid. Only where every part is such an
    outcome, the sentence before holds one count and it counts cases or victims of
    detention, abduction, arrest or disappearance, and the parts fit in it.
    """
    if tally.total is not None or len(tally.parts) < 2:
        return
    if not all(_OUTCOME.fullmatch(part.category or "") for part in tally.parts):
        return
    found = _figures_in(text, before, start)
    if found is None or len(found) != 1:
        return
    whole, at_figure = found[0]
    figure_end = re.compile(r"[\d,]+").match(text, at_figure)
    if figure_end is None or not _CASES_OF_LIBERTY.match(text, figure_end.end(), start):
        return
    if sum(part.count or 0 for part in tally.parts) > whole:
        return
    tally.total, tally.start = whole, at_figure


def _attach_whole_of_them(
    text: str, tally: Tally, items: list[Item], before: int, start: int
) -> None:
    """Give a split whose first count is "N of them" the one count of the sentence before.

    "Refugees in the region numbered 3.1 million. Kenya hosted 1.4 million of them,
    Uganda 0.9 million and ...": "of them" points back at the 3.1 million, the whole
    the parts fit in (the rest may go unsaid); no other count may stand in that sentence.
    """
    at = bisect.bisect_left(items, tally.start, key=lambda item: item.start)
    while at < len(items) and items[at].start < tally.end and items[at].kind != "count":
        at += 1
    first = items[at] if at < len(items) and items[at].start < tally.end else None
    if first is None or not first.of_them:
        return
    found = _figures_in(text, before, start)
    if found is None or len(found) != 1:
        return
    whole, at_figure = found[0]
    if sum(part.count for part in tally.parts) > whole:
        return
    if first.counted is not None and not _names_noun_after(text, at_figure, start, first.counted):
        return  # "The Committee held 45 meetings. Twelve of these States ...": another whole
    tally.total = whole


def _names_noun_after(text: str, at: int, end: int, counted: str) -> bool:
    """Whether the head noun of ``counted`` follows the figure at ``at`` closely."""
    head = counted.rsplit(maxsplit=1)[-1].lower()
    return head in text[at : min(end, at + _NOUN_REACH)].lower()


# The few words that may open the sentence of a continuing share: "Only 3 per cent",
# "Another 3 per cent", "A further 2 per cent", "Just 4 per cent", "The remaining 5 per cent".
_SHARE_OPENING = re.compile(
    r"[\s\"“]{0,3}(?:(?:Only|Just|Another|A\s{1,3}further|An\s{1,3}additional|Some|The"
    r"\s{1,3}(?:remaining|other|last)|Finally,?|And)\s{1,3})?$"
)
# Where the label of a continuing share ends: a clause mark, a joint or the sentence's end.
_SHARE_LABEL_END = re.compile(r"[,;:()]|\s(?:and|while|whereas|but)\s|[.!?](?:\s|$)|$")
_SHARE_SLACK = Fraction(3, 2)  # shares that complete a whole make 100 within rounding


def join_continued_shares(text: str, tallies: list[Tally], items: list[Item]) -> list[Tally]:
    """Join to a split in per cent the share its next sentence adds, where they make 100.

    "Of the respondents, 52 per cent said yes and 45 per cent said no. Another 3 per cent
    said they did not know": the third share opens the next sentence (after at most
    "Only", "Another", "A further", "The remaining"), holds no other share, and the three
    make 100 within rounding where the first two alone do not. Its label is what follows
    it up to the end of its clause.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = ("Of them, 52 per cent said yes and 45 per cent said no. Another 3 per cent "
    ...     "said they did not know.")
    >>> first = Tally("survey", 9, 53, [Part("yes", None, 9, 28, percent=52.0),
    ...     Part("no", None, 33, 53, percent=45.0)], unit="percent")
    >>> joined = join_continued_shares(text, [first], read_items(text))[0]
    >>> [(p.category, p.percent) for p in joined.parts]
    [('yes', 52.0), ('no', 45.0), ('said they did not know', 3.0)]
    """
    if not tallies or not any(item.kind == "percent" for item in items):
        return tallies
    starts = sentence_starts(text)
    shares = [item for item in items if item.kind == "percent" and item.percent is not None]
    share_starts = [item.start for item in shares]
    taken = {(tally.start, tally.end) for tally in tallies}
    for tally in tallies:
        if tally.unit != "percent" or tally.kind == "vote" or not tally.parts:
            continue
        if any(part.percent is None for part in tally.parts):
            continue
        found = sum(Fraction(part.percent).limit_denominator(1000) for part in tally.parts)
        if found >= 100 - _SHARE_SLACK:
            continue  # whole already
        at = bisect.bisect_right(starts, tally.end - 1)
        if at >= len(starts):
            continue
        sentence, after = starts[at], starts[at + 1] if at + 1 < len(starts) else len(text)
        first = bisect.bisect_left(share_starts, sentence)
        inside = [item for item in shares[first:] if item.start < after]
        if len(inside) != 1 or any(sentence <= s < after for s, _ in taken if s != tally.start):
            continue
        share = inside[0]
        if _SHARE_OPENING.fullmatch(text, sentence, share.prefix_start) is None:
            continue
        if abs(found + Fraction(share.percent) - 100) > _SHARE_SLACK:
            continue
        end = _SHARE_LABEL_END.search(text, share.head_end, after)
        label_end = end.start() if end is not None else after
        words = text[share.head_end : label_end].split()[:_MAX_LABEL_WORDS]
        if not words:
            continue
        tally.parts.append(
            Part(
                " ".join(words),
                None,
                share.prefix_start,
                label_end,
                percent=float(share.percent),
                decimals=share.decimals,
                counted=tally.parts[-1].counted,
                counted_inherited=tally.parts[-1].counted is not None,
                base=tally.parts[-1].base,
                qualifier=share.qualifier,
            )
        )
        tally.end = label_end
    return tallies
