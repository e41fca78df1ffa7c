"""Gapped lists: the verb written once, in the first clause, and elided in the others.

Official English states a split of one whole as parallel clauses that keep only what
differs after the first: the subject and the figure ("Children made up 52 per cent of the
refugees, adults 44 per cent and older persons 4 per cent"; "the Professional categories
accounted for 12,410 staff members, and the General Service categories for 24,095"). The
readers of items label a figure by the words after it; here every label stands before its
figure, and the first one before the verb. :func:`find_gapped` reads such a list from the
items of a sentence (:func:`~surveystats.extract.tally_items.read_items`), in named steps:

1. :func:`_runs` -- figures of one kind (counts, or percentages) in one sentence.
2. :func:`_read_gap` -- between two figures: what ends the earlier clause (its tail: an
   "of" phrase, a noun, an aside in parentheses), a list joint ("," ";" "and" "while"),
   then the next subject, a preposition the first clause put before its figure ("for",
   "at") and a qualifier ("the remaining", "some").
3. :func:`_first_clause` -- the first subject and its predicate, from where the clause
   opens to the first figure.

What makes the figures a split of one whole is the structure, not a phrase: every later
clause is a subject and a figure with nothing else of its own (a verb, a noun, a whole of
its own would make it another statement), the preposition is the same in every clause,
and the figures are of one thing. Shares must name their whole ("of the refugee
population", "Of the cost, ...", "the remainder" after them) or make 100 between them,
and never more; counts name what they count in the first clause ("12,410 staff members",
"37 of the statements"), or the first subject is what they count, its verb giving its
size, and every later subject names its noun again or points back to it with "those"
("Staff on fixed-term appointments numbered 4,980, those on continuing appointments 2,113
and ..."; "Professional staff totalled 5,210 and General Service staff 7,830"). Years,
rates and verbs of change ("rose to", "stood at") make a series or measures of different
things, no split. Every step is a bounded look at the text between two known items:
linear time.
"""

from __future__ import annotations

import itertools
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import (
    AUXILIARIES,
    GETTING_VERBS,
    PERCENT_UNIT,
    PREPOSITIONS,
    RATE_WORDS,
    SHARE_VERBS,
    VERBS,
    Item,
    word_set,
)
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally, as_word

__all__ = ["find_gapped"]


_MAX_GAP = 160  # characters between two figures of one list
_MAX_LABEL_WORDS = 8
_MAX_PREDICATE_WORDS = 6
_MAX_DATE_WORDS = 6  # "In the course of 2023", "At the end of 2020"
_SHARE_SLACK = Fraction(1, 2)  # shares that make 100 may add up to 99.5 .. 100.5

# A list joint: a comma or a semicolon (a conjunction may follow), else a conjunction.
_PUNCTUATION_JOINT = re.compile(r"\s{0,3}[,;]\s{1,3}(?:(?:and|while|whereas|but)\s{1,3})?")
_WORD_JOINT = re.compile(r"\s{1,3}(?:and|while|whereas)\s{1,3}")
_PAREN = re.compile(r"\s{0,3}\([^()]{0,80}\)")
_WORD = re.compile(r"[^\s,;:()]+")
# A share the item reader leaves as no item, a rate's preposition or an age before it
# ("assessed at 6.53 per cent", "children under 15 years of age 27 per cent"): in a gapped
# list the clauses around it say what it is.
_SHARE_DIGITS = re.compile(r"\d{1,3}(?:\.\d{1,3})?")
_SHARE_AFTER_WORDS = frozenset(("at", "age"))
_UNIT_STARTS = (" per", "%", " %", "  per", "\nper", " percent")
# An age in a label: "under 18 years of age", "aged 18 to 59 years", "60 years or over".
_AGE = re.compile(
    r"\b\d{1,3}(?:\s{1,3}(?:to|-|–)\s{1,3}\d{1,3}|[-–]\d{1,3})?\s{1,3}years?"
    r"(?:\s{1,3}(?:of\s{1,3}age|old|or\s{1,3}(?:over|older|more)|and\s{1,3}(?:over|older)))?\b"
)
_AGE_AT_END = re.compile(_AGE.pattern + r"\s{0,3}$")
# Where a sentence ends between two figures ("... 12 per cent. Adults ...").
_SENTENCE_END = re.compile(r"[.?!]\s{1,3}[A-Z(“\"]")
# The rest of a whole after the last figure: "and independent candidates the remainder".
_REST_AFTER = re.compile(r"[^.;]{0,80}?\bthe\s{1,3}(?:remainder|rest|balance)\b")
# A tail whose only figure is the whole: "of the 26,000 returnees assisted".
_OF_THE_NUMBER = re.compile(r"of\s{1,3}(?:the\s{1,3})?\d[\d,.]*(?:\s{1,3}[^\s\d]+){1,6}")
_VOTES = re.compile(r"\bvotes?\b")  # "58.3 per cent of the votes cast": a vote's split
# What may follow the last figure: an aside, then the clause's end.
_LAST_TAIL = re.compile(r"(?:\s{0,3}\([^()]{0,80}\))?\s{0,3}(?:[,.;:]|$)")
# A list closed by "and" before the rest of the whole: "and independent candidates the
# remainder".
_AND_REST_AFTER = re.compile(
    r"\s{0,3},?\s{0,3}and\s[^.;]{0,80}?\bthe\s{1,3}(?:remainder|rest|balance)\b"
)
# The verb of sharing right before a count of those who shared: "shared among nine
# smaller parties", "divided between the two".
_SHARED_AMONG = re.compile(
    r"\b(?:shared|divided|split|distributed)\s{1,3}(?:among|amongst|between)\s{1,3}"
    r"(?:the\s{1,3})?$"
)
_SHARED_AMONG_REACH = 40
_OPENING_WHOLE = re.compile(r"^\s{0,3}(?:Of|Out\s{1,3}of)\s{1,3}the\b")
# "Of the" right before a count that opens its sentence (or a clause after ";").
_OPENS_ON_WHOLE = re.compile(r"(?:^|[.;]\s{1,3})(?:Of|Out\s{1,3}of)\s{1,3}the\s{1,3}$")

#: Verbs that state a figure in the first clause, beyond the item reader's lists.
_STATING_VERBS = word_set(
    """
    bear bears bore borne make makes made account accounts comprise comprises comprised
    constitute constitutes constituted form forms formed obtain obtains obtained win wins
    won gain gains gained secure secures secured take takes took undertake undertakes
    undertook deliver delivers delivered assess assessed assesses number numbered numbers
    cover covers covered get gets got capture captures captured share shares shared
    contain contains absorb absorbs absorbed total totals totalled totaled
    """
)
#: Verbs that give the size of their subject: the subject names what the count counts
#: ("Staff on fixed-term appointments numbered 4,980, those on continuing appointments
#: 2,113 and ...").
_SIZE_VERBS = word_set("number numbers numbered total totals totalled totaled")
#: Verbs of holding a part of a whole: counts after another verb ("adopted 40 of them,
#: Uganda 3") are things done, no split.
_HOLDING_VERBS = SHARE_VERBS | word_set(
    """
    account accounts accounted make makes made comprise comprises comprised number numbers
    numbered form forms formed
    """
)
_HOLDING_OR_GETTING = _HOLDING_VERBS | GETTING_VERBS  # built once, not once per word
#: Adverbs between a subject and its verb: they end the subject too.
_ADVERBS = word_set("together alone jointly collectively combined respectively")
#: Verbs of a change or a level: the figures are a series or measures, no split.
_CHANGE_VERBS = word_set(
    """
    rose rise rises risen fell fall falls fallen increased increase increases decreased
    decrease decreases declined decline declines dropped drop drops grew grow grows grown
    stood stand stands reached reach reaches averaged average averages amounted amount
    amounts climbed climb climbs doubled tripled halved expanded shrank reduced reduce
    reduces cut cuts lowered lower lowers raised raise raises estimated estimate estimates
    """
)
#: A preposition every clause repeats before its figure ("for 24,095", "at 18.53 per cent").
_REPEATED_PREPOSITIONS = word_set("at for to in with from on among")
#: Words before a figure that qualify it, not its label.
_QUALIFIERS = word_set(
    "some about around nearly almost approximately only just over roughly barely"
)
_REMAINING = ("the remaining", "the other", "a further", "another")
_CONJUNCTIONS = word_set("and while whereas but")
_FUNCTION_WORDS = PREPOSITIONS | word_set("the a an of and or")
_PRONOUNS = word_set("it they them he she we you this that these those which who")
_LABEL_STOP = (
    VERBS | AUXILIARIES | _STATING_VERBS | GETTING_VERBS | _CHANGE_VERBS | _ADVERBS | _PRONOUNS
)
_PREDICATE_WORDS = _LABEL_STOP | SHARE_VERBS | _REPEATED_PREPOSITIONS | {"up"}
_FIRST_WORD_STOP = PREPOSITIONS | _LABEL_STOP | {"of", "than", "then", "per", "cent"}


def find_gapped(text: str, items: list[Item], found: list[Tally]) -> list[Tally]:
    """``found`` with the gapped lists of ``text`` that no tally read, or read in part.

    Parameters
    ----------
    text
        One paragraph.
    items
        Its items, as :func:`~surveystats.extract.tally_items.read_items` read them.
    found
        The tallies other readers found in it.

    Returns
    -------
    list of Tally
        ``found`` and each gapped list that overlaps none of them; a list replaces the
        tallies it overlaps where their figures are a part of its own (one clause lost).

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = ("Farmers held 61 per cent of the land, traders 27 per cent and "
    ...         "herders aged 15 to 24 years 12 per cent.")
    >>> [(p.category, p.percent) for p in find_gapped(text, read_items(text), [])[0].parts]
    [('Farmers', 61.0), ('traders', 27.0), ('herders aged 15 to 24 years', 12.0)]
    >>> text = "Inflation stood at 12 per cent, unemployment at 8 per cent."
    >>> find_gapped(text, read_items(text), [])
    []
    """
    for tally in _gapped_lists(text, items):
        overlapping = [t for t in found if t.start < tally.end and tally.start < t.end]
        if any(not _reads_fewer_of(t, tally) for t in overlapping):
            continue  # another reading of these words, or of other figures in them
        found = [t for t in found if t not in overlapping] + [tally]
    return found


def _reads_fewer_of(other: Tally, tally: Tally) -> bool:
    """Whether ``other`` reads some of the figures of ``tally`` and nothing else.

    Each of its parts must hold one figure of ``tally`` (a part spans its label too), each
    a different one, and ``tally`` must have more: a list that lost a clause.
    """
    if not other.parts or len(other.parts) >= len(tally.parts):
        return False
    held = set()
    for part in other.parts:
        inside = [f.start for f in tally.parts if part.start <= f.start < part.end]
        if len(inside) != 1 or inside[0] in held:
            return False
        held.add(inside[0])
    return True


def _gapped_lists(text: str, items: list[Item]) -> list[Tally]:
    """Every gapped list of ``text``, one per run of figures that reads as one."""
    lists = []
    for run in _runs(text, items):
        tally = _read_run(text, run)
        if tally is not None:
            lists.append(tally)
    return lists


class _Figure(NamedTuple):
    """A count or a share of a gapped list, where it stands and how it was written."""

    kind: str  # "count" or "percent"
    start: int
    end: int
    value: int | None
    percent: Fraction | None
    decimals: int | None
    qualifier: str | None


def _figures(text: str, items: list[Item]) -> list[Item | _Figure]:
    """The counts and shares among ``items``, with the shares the item reader set aside.

    A count of those a rest was shared among is none of the list's figures: "..., with the
    remaining seats shared among nine smaller parties".
    """
    figures: list[Item | _Figure] = []
    shared = " among" in text or " between" in text  # the cheap test, once a text
    for item in items:
        if item.kind != "other":
            if (
                shared
                and item.kind == "count"
                and _SHARED_AMONG.search(text, max(0, item.start - _SHARED_AMONG_REACH), item.start)
            ):
                continue
            figures.append(item)
            continue
        if not text.startswith(_UNIT_STARTS, item.end):  # most: years, references, dates
            continue
        unit = PERCENT_UNIT.match(text, item.end)
        raw = text[item.start : item.end]
        if unit is None or not _SHARE_DIGITS.fullmatch(raw):
            continue
        before = text[max(0, item.start - 5) : item.start].split()
        if not before or before[-1] not in _SHARE_AFTER_WORDS:
            continue
        decimals = len(raw) - raw.index(".") - 1 if "." in raw else 0
        figures.append(
            _Figure("percent", item.start, unit.end(), None, Fraction(raw), decimals, None)
        )
    return figures


def _runs(text: str, items: list[Item]) -> list[list[Item | _Figure]]:
    """Runs of two or more figures of one kind, each the whole of its kind in its sentence.

    A run is every figure of its kind that one sentence holds, each close to the one
    before it: a list read from its second clause on has lost its first part.
    """
    figures = _figures(text, items)
    runs: list[list[Item | _Figure]] = []
    for kind in ("percent", "count"):
        sentence: list[Item | _Figure] = []
        for item in figures:
            if item.kind != kind:
                continue
            if sentence and _SENTENCE_END.search(text, sentence[-1].end, item.start):
                runs.append(sentence)
                sentence = []
            sentence.append(item)
        runs.append(sentence)
    return [
        run
        for run in runs
        if len(run) > 1
        and all(later.start - earlier.end <= _MAX_GAP for earlier, later in itertools.pairwise(run))
    ]


class _Clause:
    """What one later clause holds: its subject, its preposition, what joins it."""

    __slots__ = ("closes", "label", "preposition", "remaining")

    def __init__(self, label: str, preposition: str | None, *, remaining: bool, closes: bool):
        self.label = label
        self.preposition = preposition
        self.remaining = remaining
        self.closes = closes  # "and" joins it to the clause before: the list ends here


def _read_run(text: str, run: list[Item | _Figure]) -> Tally | None:
    """The tally a run of figures states as a gapped list, or None."""
    if "and" not in text[run[-2].end : run[-1].start] and (
        _AND_REST_AFTER.match(text, run[-1].end) is None
    ):
        return None  # no "and" closes the list (a cheap test before reading its clauses)
    whole = _opening_whole(text, run)
    if whole is not None:  # "Of the 96 staff deployed, WFP provided 41, UNICEF 30 ..."
        run = run[1:]
    percent = run[0].kind == "percent"
    clauses: list[_Clause] = []
    tails: list[str] = []
    for before, item in itertools.pairwise(run):
        gap = _read_gap(text, before.end, item.start, percent=percent)
        if gap is None:
            return None
        tail, clause = gap
        tails.append(tail)
        clauses.append(clause)
    first = _first_clause(text, run[0], max(len(c.label.split()) for c in clauses))
    if first is None:
        return None
    subject, subject_start, predicate, preposition = first
    if not _closed(text, run, clauses[-1]):
        return None  # "A obtained 45 per cent, B 30 per cent": more may follow
    if (
        _LAST_TAIL.match(text, run[-1].end) is None
        and _AND_REST_AFTER.match(text, run[-1].end) is None
    ):
        return None  # "Kenya received 12 visits and Geneva 3 meetings": a noun of its own
    later = [c.preposition for c in clauses]
    if any(p is not None for p in later) and any(p != preposition for p in later):
        return None  # "at 18.53 per cent" repeats "assessed at"; nothing else may stand
    if any(tail and not tail.startswith("(") for tail in tails[1:]):
        return None  # a later clause with a whole or a noun of its own: another statement
    first_tail = tails[0]
    verbs = predicate.lower().split()
    if RATE_WORDS.search(subject) or any(RATE_WORDS.search(c.label) for c in clauses):
        return None
    if percent and not _shares_of_one_whole(text, run, first_tail, subject_start):
        return None
    holds = any(word in _HOLDING_OR_GETTING for word in verbs)
    if not percent and not (
        ((whole is not None or _names_what_it_counts(first_tail)) and holds)
        or (
            not first_tail
            and len(verbs) == 1
            and verbs[0] in _SIZE_VERBS
            and all(_names_again(subject, c.label) for c in clauses)
        )
    ):
        return None  # "The Council adopted 40 of them, Uganda 3": no holding of a whole
    kind = "vote" if _VOTES.search(first_tail) or _VOTES.search(predicate) else "breakdown"
    parts = [_part(subject, run[0], remaining=False)]
    parts.extend(
        _part(c.label, item, remaining=c.remaining)
        for c, item in zip(clauses, run[1:], strict=True)
    )
    counted = _counted_noun(first_tail) if not percent else None
    if counted:  # "took 78 seats, the opposition 35": seats
        for index, part in enumerate(parts):
            part.counted, part.counted_inherited = counted, index > 0
    elif whole is not None and whole.counted:  # "Of the 96 staff members, WFP provided 41"
        for part in parts:
            part.counted, part.counted_inherited = whole.counted, True
    if whole is not None:
        return Tally(kind, whole.start, run[-1].end, parts, unit=run[0].kind, total=whole.value)
    return Tally(kind, subject_start, run[-1].end, parts, unit=run[0].kind)


def _opening_whole(text: str, run: list[Item | _Figure]) -> Item | _Figure | None:
    """The count a sentence opens with as the whole of the run's later counts, or None.

    "Of the 96 staff members deployed to the zone, WFP provided 41, ...": the first count
    follows "Of the" (or "Out of the") at the start of its sentence and its clause ends
    with a comma before the second count; at least two counts follow it.
    """
    first = run[0]
    if first.kind != "count" or len(run) < 3:
        return None
    if _OPENS_ON_WHOLE.search(text, max(0, first.start - 20), first.start) is None:
        return None
    if "," not in text[first.end : run[1].start] or first.value is None:
        return None
    return first


def _part(label: str, item: Item | _Figure, *, remaining: bool) -> Part:
    """One part: the clause's subject (its article dropped) and its figure."""
    if label[:4] in ("the ", "The "):
        label = label[4:]
    if item.kind == "percent":
        percent = float(item.percent) if item.percent is not None else None
        return Part(
            label,
            None,
            item.start,
            item.end,
            percent=percent,
            decimals=item.decimals,
            qualifier=item.qualifier,
            remaining=remaining,
        )
    return Part(
        label, item.value, item.start, item.end, qualifier=item.qualifier, remaining=remaining
    )


def _first_clause(
    text: str, item: Item | _Figure, later_words: int
) -> tuple[str, int, str, str | None] | None:
    """The first clause's subject, where it starts, its predicate and its preposition.

    The clause opens after the last comma, semicolon or colon before the figure in its
    sentence (or at the sentence's start), a conjunction skipped; its subject ends at
    its verb (or an adverb before it: "together bear"). Where the clause opens on a
    phrase of a preposition with no comma after it ("At the P-5 level women held 94
    posts and men 312"), the subject is as long as the longest later subject
    (``later_words`` words), the rest the phrase.
    """
    low = max(0, item.start - _MAX_GAP)
    end = item.start
    opening = max(
        text.rfind(", ", low, end),
        text.rfind("; ", low, end),
        text.rfind(": ", low, end),
        text.rfind(". ", low, end),
    )
    start = low if opening < 0 else opening + 2
    if opening < 0 and low > 0:
        return None
    words = [(m.group(), m.start()) for m in _WORD.finditer(text, start, item.start)]
    if words and words[0][0].lower() in _CONJUNCTIONS:
        words = words[1:]
    that = [i for i, (word, _) in enumerate(words) if word == "that" and i]
    if that and as_word(words[that[-1] - 1][0]) in _LABEL_STOP:
        words = words[that[-1] + 1 :]  # "She said that women held 94 posts and men 312"
    words = _without_opening_date(words)
    verb_at = next(
        (i for i, (word, _) in enumerate(words) if as_word(word) in _LABEL_STOP),
        None,
    )
    if verb_at is None or not 0 < verb_at <= _MAX_LABEL_WORDS:
        return None
    subject_words, predicate_words = words[:verb_at], words[verb_at:]
    if as_word(subject_words[0][0]) in PREPOSITIONS and len(subject_words) > later_words:
        subject_words = subject_words[-later_words:]
    predicate_words, _ = _without_qualifiers(predicate_words)
    if not predicate_words or len(predicate_words) > _MAX_PREDICATE_WORDS:
        return None
    if any(word.lower() in _CHANGE_VERBS for word, _ in predicate_words):
        return None
    if any(word.lower() not in _PREDICATE_WORDS for word, _ in predicate_words):
        return None  # "gave Ghana 40 fellowships": an object of its own, no gapped subject
    last = predicate_words[-1][0].lower()
    preposition = last if last in _REPEATED_PREPOSITIONS else None
    subject_start = subject_words[0][1]
    subject = text[subject_start : subject_words[-1][1] + len(subject_words[-1][0])]
    if not _is_label(subject, percent=item.kind == "percent"):
        return None
    predicate = " ".join(word for word, _ in predicate_words)
    return subject, subject_start, predicate, preposition


_TIME_DEICTICS = frozenset(("last", "this", "next", "that"))
_TIME_UNITS = frozenset(("year", "month", "week", "quarter", "season", "session"))
_TIME_POINTS = frozenset(("date", "time", "point", "stage"))


def _without_opening_date(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``words`` without a year or time that opens the clause.

    "In 2023 the northern governorates ...", "Last year at this date Pakistan had
    reported 28 cases and Afghanistan six": the time dates the clause, no subject.
    """
    lowered = [word.lower() for word, _ in words[:6]]
    if len(lowered) > 2 and lowered[0] in _TIME_DEICTICS and lowered[1] in _TIME_UNITS:
        at = 2
        if lowered[2:4] in (["at", "this"], ["at", "that"], ["by", "this"], ["at", "the"]):
            at = 5 if len(lowered) > 4 and lowered[4] in _TIME_POINTS else 2
        return words[at:]
    if not words or words[0][0].lower() not in PREPOSITIONS:
        return words
    for index, (word, _) in enumerate(words[:_MAX_DATE_WORDS]):
        if YEAR_FIGURE.fullmatch(word):
            return words[index + 1 :]
    return words


def _read_gap(text: str, end: int, start: int, *, percent: bool) -> tuple[str, _Clause] | None:
    """The tail of one clause and the next clause's subject, between two figures."""
    gap = text[end:start]
    masked = _PAREN.sub(lambda aside: " " * len(aside.group()), gap)  # commas of asides
    joint = _PUNCTUATION_JOINT.search(masked) or _WORD_JOINT.search(masked)
    if joint is None:
        return None
    tail = masked[: joint.start()].strip()
    if not tail and masked[: joint.start()] != gap[: joint.start()]:
        tail = "()"  # an aside alone: "(15,080 persons)"
    if tail and tail != "()" and not _is_tail(tail):
        return None
    words = [(m.group(), m.start()) for m in _WORD.finditer(masked, joint.end())]
    remaining = False
    if not (percent and _AGE_AT_END.search(masked, joint.end())):  # "60 years or over"
        words, remaining = _without_qualifiers(words)
    preposition = None
    if words and words[-1][0] in _REPEATED_PREPOSITIONS:
        preposition = words[-1][0]
        words = words[:-1]
    if not words:
        return None
    label = gap[words[0][1] : words[-1][1] + len(words[-1][0])]
    if not _is_label(label, percent=percent):
        return None
    closes = "and" in joint.group().split()
    return tail, _Clause(label, preposition, remaining=remaining, closes=closes)


def _without_qualifiers(words: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], bool]:
    """``words`` without the qualifiers that end them, and whether one was "the remaining"."""
    remaining = False
    while words:
        last = words[-1][0].lower()
        pair = " ".join(w.lower() for w, _ in words[-2:])
        if pair in _REMAINING:
            remaining = True
            words = words[:-2]
        elif last in _QUALIFIERS or last in ("remaining", "further"):
            remaining = remaining or last == "remaining"
            words = words[:-1]
        else:
            break
    return words, remaining


def _is_label(label: str, *, percent: bool) -> bool:
    """Whether ``label`` can be a clause's subject: a short noun phrase, no verb, no year."""
    if "(" in label or ")" in label:
        return False
    if percent:
        label = _AGE.sub("age", label)  # "adults aged 18 to 59 years": the age is the label's
    words = label.split()
    if len(words) > 2 and words[0] == "those" and as_word(words[1]) in PREPOSITIONS:
        words = words[2:]  # "those on continuing appointments": the first subject's noun again
    if not words or len(words) > _MAX_LABEL_WORDS:
        return False
    if any(as_word(word) in _FIRST_WORD_STOP for word in (words[0], words[-1])):
        return False
    if words[-1].lower() in ("the", "a", "an", "its", "their", "and", "or"):
        return False
    return not any(
        as_word(word) in _LABEL_STOP or _has_digit(word) or YEAR_FIGURE.fullmatch(word)
        for word in words
    )


def _is_tail(tail: str) -> bool:
    """Whether ``tail`` ends a clause: an "of" phrase or a noun, with no verb, no year."""
    words = tail.split()
    if len(words) > _MAX_LABEL_WORDS + 2:
        return False
    if any(YEAR_FIGURE.fullmatch(word.strip(".,")) for word in words):
        return False
    if any(_has_digit(word) for word in words) and _OF_THE_NUMBER.fullmatch(tail) is None:
        return False  # "of the vote and 20 seats": a figure of its own
    if any(word.lower() in VERBS or word.lower() in AUXILIARIES for word in words):
        return False
    if words[0] == "of":
        return True
    return not any(word.lower() in PREPOSITIONS for word in words)


def _counted_noun(tail: str) -> str | None:
    """The noun a first clause's count counts: "seats", "staff members", "of the trainers"."""
    if not tail or tail[0] == "(" or _has_digit(tail):
        return None
    for article in ("of the ", "of "):
        if tail.startswith(article):
            return tail[len(article) :] or None
    return tail


def _has_digit(word: str) -> bool:
    return any(character.isdigit() for character in word)


def _shares_of_one_whole(
    text: str, run: list[Item | _Figure], first_tail: str, subject_start: int
) -> bool:
    """Whether the shares of a run split one whole the sentence names, or make 100."""
    shares = [item.percent for item in run]
    if any(share is None for share in shares):
        return False
    total = sum(shares, Fraction(0))
    if total > 100 + _SHARE_SLACK:
        return False
    if abs(total - 100) <= _SHARE_SLACK:
        return True
    if first_tail.startswith("of "):
        return True
    stop = text.rfind(". ", 0, subject_start)
    sentence_start = 0 if stop < 0 else stop + 2
    if _OPENING_WHOLE.match(text, sentence_start) is not None:
        return True
    return _REST_AFTER.match(text, run[-1].end) is not None


def _closed(text: str, run: list[Item | _Figure], last: _Clause) -> bool:
    """Whether "and" closes the list: at its last joint, or before the rest of the whole."""
    return last.closes or _AND_REST_AFTER.match(text, run[-1].end) is not None


def _names_again(subject: str, label: str) -> bool:
    """Whether ``label`` names the first ``subject``'s noun again, or points back to it.

    "Professional staff numbered 5,210 and General Service staff 7,830"; "Refugees in
    camps numbered 41,000 and those in urban areas 12,500": groups of one thing. Measures
    of different things ("Expenditure totalled 4.2 million and income 3.9 million") are
    no split of one whole.
    """
    words = label.lower().split()
    if words[0] == "those":
        return True
    return bool(set(words) & (set(subject.lower().split()) - _FUNCTION_WORDS))


def _names_what_it_counts(first_tail: str) -> bool:
    """Whether the first count names its noun ("12,410 staff members", "37 of them")."""
    return bool(first_tail) and first_tail != "()"
