"""Parallel figures: one general reader for breakdowns no phrasing reader found.

It runs last, only in a sentence where no other reader found a tally and where the item
reader (:func:`~surveystats.extract.tally_items.read_items`) already found two or more
counts or two or more percentages; it reads those items, never the text again for
numbers. It reads the sentence as a reader of English does, in named steps:

1. :func:`_runs` -- the ITEMS: figures of one kind (counts, or percentages) that follow
   one another, each pair joined by a list joint ("," ";" "and" "while" "whereas"
   "compared with" ...), with no other number between them.
2. :func:`_frames` -- the words around each item: what stands after it up to the joint
   (its right frame) and what stands between the joint and it (its left frame).
3. :func:`_labels_after` -- a label after the figure: the frame repeats a word (a
   preposition, a verb) before what differs, or the later items elide it ("28 States
   with overdue initial reports and 37 with overdue periodic reports", "61 million of
   primary school age and 60 million of lower secondary school age", "6,549 held long-term
   appointments and 789 temporary appointments"); :func:`_labels_before` -- a label
   before it, the same mark after each label ("Anbar (42,180), Ninewa (42,090)",
   "Syria with 6.6 million, Venezuela with 3.7 million", "East Timor, 1,135; India, 256");
   :func:`_labels_contrasted` -- two shares that add up to 100 set against each other,
   the second's label after it ("Women made up 37 per cent ..., compared with 63 per
   cent for men"); :func:`_labels_of_respondents` -- who answered, each count with its
   own noun ("from 26 States, from 5 commissions and from 11 groups");
   :func:`_labels_before_preposition` -- a label before the preposition every figure
   repeats, the verb elided after the first ("X was named as the main obstacle by 47
   respondents, Y by 29 and Z by 12"; "judged high in 41 districts, moderate in 57"), or
   each item's own verb before it, the subject elided ("improved in 45 countries,
   stagnated in 30 and worsened in 12").
   A clause after a verb every item repeats keeps what it reports (:func:`_reported`:
   "reported that it had been delayed" -> "delayed").
4. :func:`_whole_of` -- the WHOLE, only where the sentence states it ("of whom", "of
   which", "including", "comprising" after a count of the same things, or "Of the N" /
   "Out of N" opening it) and the parts fit in it.
5. :func:`_is_tally` -- what is NOT a breakdown: a time series (labels that are years or
   periods, "from ... to", verbs of change), shares of different wholes (a share's label
   after "of" -- "21 per cent of girls and 4 per cent of boys" -- or after "in" with no
   verb of its own -- "68 per cent of cases in Africa and 18 per cent in Europe"), shares
   adding up to more than 100 (unless they are answers listed as "label (share)" that
   respondents cited or chose: each may have given several, :func:`_lists_answers`),
   counts of different things that are no categories of one group ("103 districts and
   3,377 locations"), labels of more than eight words.

The tally is a ``survey`` where the sentence speaks of asking or answering, or lists
answers, otherwise a ``breakdown``. Every step is a scan over the sentence's items or a
bounded look at a known place: linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import (
    ASKED_WORDS,
    AUXILIARIES,
    LOCATORS,
    PAST_VERBS,
    PREPOSITIONS,
    PRESENT_VERBS,
    RATE_WORDS,
    SHARE_VERBS,
    VERBS,
    Item,
    bounds_label,
    shares_of_one_group_in_wholes,
)
from surveystats.extract.tally_parts import Part, Tally, label_end
from surveystats.extract.tally_poll_shares import subject_naming_question
from surveystats.text import MONTHS, sentence_starts

__all__ = ["adds_up_to_whole", "find_parallel", "find_parallel_in", "words_outside_asides"]

# A list joint between two items, strongest first: ";" parts the list where a label holds
# a comma or an "and" ("62 million in Asia and the Pacific; 10.7 million in ...").
_JOINTS = (
    re.compile(r";\s{0,3}(?:and\s{1,3})?"),
    # a clause's joint: commas before it belong to the clause ("4 States, namely A, B and
    # C, reported ..., while 11 reported ...")
    re.compile(r",\s{0,3}(?:while|whereas)\s{1,3}"),
    re.compile(r",\s{0,3}(?:(?:and|while|whereas|but)\s{1,3})?"),
    re.compile(r"\s(?:while|whereas|versus|compared\s(?:with|to)|as\sagainst)\s"),
    re.compile(r"\s(?:and|against)\s"),
)
# A joint with an aside of degree, next in strength: "Mothers (95%) and, to a lesser
# degree, fathers (82%)" (tried only where " to a" stands in the gap).
_ASIDE_JOINT = re.compile(
    r",?\s{1,3}(?:and|or)\s{0,3},?\s{0,3}to\s{1,3}an?\s{1,3}(?:lesser|greater|smaller"
    r"|larger|similar|certain)\s{1,3}(?:degree|extent),\s{0,3}"
)
_MAX_GAP = 160  # characters between two items of one list
_REACH = 200  # characters around a run where its sentence is read (labels, wholes, cues)
_MAX_LABEL_WORDS = 8
_MAX_PARTS = 40
_MAX_ANCHOR_AT = 8  # words into a frame where the repeated word may stand
_SHARE_SLACK = Fraction(1, 2)  # shares of one whole add up to at most 100.5
# A word of a frame (a figure inside one is a word too), and an aside in parentheses.
_WORD = re.compile(r"[A-Za-z][\w’'-]*|\d+(?:[,.]\d+)*")
_PAREN = re.compile(r"\([^()]{0,120}\)")
# Where a label stops: a relative clause, an aside, a source.
_LABEL_END = re.compile(
    r"\s(?:who|which|that|whose|according|respectively)\b|[(\[]|\s[–—]\s|\s--\s"
)
# A change over time: the figures are a time series, not a split of one group.
_CHANGE = re.compile(
    r"(?i)\b(?:from\s[^.;]{1,40}?\sto|rose|fell|increased|decreased|dropped|grew"
    r"|declined(?!\sto\s[a-z])|doubled|halved|up\sfrom|down\sfrom|previous|last\syear"
    r"|a\syear\searlier)\b"
)  # "declined to answer" refuses: no change
# A change named by a noun right at its figure: "a 34% decrease in cases and a 27%
# decrease in deaths", "an increase of 12 per cent in A and of 9 per cent in B" measure
# changes of different things, no split of one group. A conjunction between the noun and
# the figure ends the noun's clause: in "policies to raise population growth and only 4
# per cent ..." the growth is what the first share's label speaks of.
_CHANGE_NOUNS = r"(?:increase|decrease|rise|drop|fall|decline|reduction|growth|gain|jump|cut)s?"
_CHANGE_NOUN_AFTER = re.compile(rf"\s{{0,3}}(?:-\s{{0,2}})?{_CHANGE_NOUNS}\b", re.IGNORECASE)
_CHANGE_NOUN_BEFORE = re.compile(
    rf"\b{_CHANGE_NOUNS}\s{{1,3}}(?:(?:of|by)\s{{1,3}})?"
    r"(?:(?!(?:and|or|but|while|whereas)\s)\w+\s{1,3}){0,2}$",
    re.IGNORECASE,
)
# A label that is a year or a period: a time series.
_YEAR = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:quarter|month|period|decade|week|day)s?\b"
    r"|\byears?\b(?!\s{1,3}(?:of\s{1,3}age|old))"  # "under 15 years of age" is an age
)
# A band of ages or of years of service, no period of a time series: "18-24 years",
# "60 years and over", "10 years or more".
_AGE_BAND = re.compile(
    r"\b\d{1,3}\s{0,2}[-–]\s{0,2}\d{1,3}\s{1,3}years?\b"
    r"|\b\d{1,3}\s{1,3}years?\s{1,3}(?:and|or)\s{1,3}(?:over|above|older|more)\b"
)
# What links a whole to its parts after it ("2,540 staff of whom ...", "including").
_WHOLE_LINK = re.compile(
    r"\b(?:of\s(?:whom|which|these|them|those)|including|comprising|among\s(?:them|whom))\b|:"
)
# A sentence ends between two items; the dots of initials end none ("the U.K. with 2,900").
_STOP = re.compile(r"(?<![\s.][A-Z])[.?!][\s”\"]")
# A whole's link between two counts: what follows is a part of the count before it ("1,900
# staff, of whom 1,240 ...", "issued 143 reports, including 12 reports to the Assembly").
_WHOM = re.compile(r",?\s(?:(?:of|among)\s(?:whom|which|these|them)|including)\b")
# A whole opening the sentence: "Of the 84 victims, ...", "Out of a total of 84 ...".
_OPENING_WHOLE = re.compile(
    r"^\s{0,3}(?:Of|Out\sof|Among)\s(?:the|these|those|all|a\stotal\sof|some|about)?\s{0,3}$"
)
_FRAME_WORDS = PREPOSITIONS | VERBS | AUXILIARIES | {"of"}
_STOP_BEFORE = PREPOSITIONS | VERBS | AUXILIARIES | {"of", "the", "a", "an", "its", "their"}
_OPEN_BOUND = {"over", "older", "above", "more"}  # "60 years and over"
_MARKS_BEFORE = ("(", "with", ",", ":", "-", "–", "—")
_QUALIFIERS = {"some", "about", "around", "nearly", "almost", "approximately", "over", "only"}
_RATE_PREPOSITIONS = {"in", "among", "for", "at"}
# Words no frame is built on: a relative clause or an article after the figure describes it.
_NOT_ANCHORS = {"who", "which", "that", "whose", "where", "when", "the", "a", "an", "to", "and"}
_BE_HAVE = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}
_MAX_VERB_GAP = 5  # words from a label's verb to its figure ("accounted for nearly one-fifth")
_FOCUS_AFTER = {"alone", "only", "together", "too", "also"}
_SEQUENCE = {"finally", "lastly", "then", "next"}  # "..., and finally, Mexico (35)"
_OF_BASE = re.compile(r"\s{1,3}of\s")  # a share's base after it: "21 percent of children"
# Verbs that state a figure of their subject, beside VERBS: "Staff in Asia numbered 1,126".
_FIGURE_VERBS = {"numbered", "totalled", "totaled", "stood"}
# What a label of a gapped count may open with: "at the P-3 level 402", "of India 58".
_GAP_PREPOSITIONS = PREPOSITIONS | {"of"}
# "With 60 sites, Italy is", "With a total of 537,000 refugees, Kenya was"
_WITH_OPENING = re.compile(r"\s{0,3}With\s(?:[^,;.]|(?<=\d)[,.](?=\d)){1,80},\s{0,3}")
_PRONOUNS = {"it", "they", "he", "she", "this", "that", "these", "those", "which", "who", "we"}
# Words that make a phrase a clause: a past verb, "be" or "have", a pronoun.
_CLAUSE_WORDS = PAST_VERBS | _BE_HAVE | _PRONOUNS
# Irregular past verbs of a trend ("rose in 12 countries, fell in 30").
_PAST_IRREGULAR = frozenset(("rose", "fell", "grew", "held", "stood", "went", "came"))


class _Frame(NamedTuple):
    """The words of one item's frames: (word, start, end) triples."""

    left: list[tuple[str, int, int]]
    right: list[tuple[str, int, int]]
    mark_before: str  # the mark between the left label and the figure ("(", "with", "")


def words_outside_asides(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]`` with their offsets, asides in parentheses skipped.

    >>> [w for w, _, _ in words_outside_asides("Yugoslavia (including Kosovo) 451", 0, 29)]
    ['Yugoslavia']
    """
    part = _PAREN.sub(lambda m: " " * len(m.group()), text[start:end])
    return [(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(part)]


def _joint(gap: str) -> re.Match[str] | None:
    """The joint of a gap between two items: the first of its strongest kind.

    >>> _joint(" in Asia and the Pacific; ").group()
    '; '
    >>> _joint(" organizations and ").group()
    ' and '
    >>> _joint(" in Latin America and the Caribbean and ").start()
    35
    >>> _joint(") and, to a lesser extent, (").group()
    ' and, to a lesser extent, '
    """
    if (match := _JOINTS[0].search(gap)) is not None:
        return match
    if " to a" in gap and (match := _ASIDE_JOINT.search(gap)) is not None:
        return match
    for pattern in _JOINTS[1:-1]:
        if (match := pattern.search(gap)) is not None:
            return match
    # The last "and": the one before the next figure ("in Latin America and the Caribbean
    # and 21 in ...": the first is the name's).
    last = None
    for last in _JOINTS[-1].finditer(gap):  # noqa: B007 (the loop keeps the last match)
        pass
    return last


def _runs(text: str, items: list[Item]) -> list[list[Item]]:
    """Step 1: runs of two or more items of one kind, each pair joined by a list joint.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "It hired 40 nurses in 2019 and 12 doctors, 9 drivers and 3 cooks."
    >>> [[text[i.start:i.end] for i in run] for run in _runs(text, read_items(text))]
    [['12', '9', '3']]
    """
    runs: list[list[Item]] = []
    run: list[Item] = []
    for item in items:
        if run and item.kind not in ("count", "percent") and bounds_label(text, item):
            continue  # "47 per cent were under 15 years of age and ...": inside a label
        if (
            run
            and item.kind not in ("count", "percent")
            and _YEAR_BEFORE_CONTRAST.match(
                text, max(0, item.start - 3), min(len(text), item.end + 40)
            )
        ):
            continue  # "38 per cent of those elected in 2021, compared with 62 per cent"
        if run:
            last = run[-1]
            joined = item.kind == last.kind and item.start - last.end <= _MAX_GAP
            offered = False  # the run's list goes on with "or" to one more figure
            if joined:
                gap = text[last.end : item.start]
                joined = (
                    ":" not in gap
                    and _STOP.search(gap) is None
                    and _joint(gap) is not None
                    and _whole_between(last, gap) is None  # "1,900 staff, of whom 1,240 ..."
                    # "96 cases ...; 41 of these cases were clarified": a part of the count
                    # before, no part beside it
                    and not (_part_of_before(item) and not _part_of_before(last))
                )
                offered = not joined and _OR_THEN_LABEL.fullmatch(gap) is not None
            if not joined:
                if len(run) > 1 and not offered:  # "small (90), medium (45) or large (15)"
                    runs.append(run)
                run = []
        if item.kind in ("count", "percent"):
            run.append(item)
        else:
            run = []
    if len(run) > 1:
        runs.append(run)
    return runs


# A year that dates the first figure's clause, right before the joint of a contrast: the
# year is the clause's, no figure of the list (the labels then tell a series apart).
_YEAR_BEFORE_CONTRAST = re.compile(
    r"in\s(?:1[89]|20)\d\d\s{0,3},\s{1,3}(?:compared\s{1,3}(?:with|to)|as\s{1,3}against|against"
    r"|versus)\s"
)
# The gap before the last of a list of alternatives in parentheses: ") or large (".
_OR_THEN_LABEL = re.compile(
    r"\)\s{0,3},?\s{1,3}or\s{1,3}[\"“'‘]?[A-Za-z][^\d,;:.!?()]{0,60}\(\s{0,2}"
)


def _part_of_before(item: Item) -> bool:
    """Whether a count is "N of them/these/which": a part of something named before it."""
    return item.kind == "count" and (item.of_them or item.subset)


def _whole_between(last: Item, gap: str) -> re.Match[str] | None:
    """The link of a whole between two items ("1,900 staff, of whom 1,240 ..."), if any.

    "of these" right after a share is the share's base, not a whole's link:

    >>> share = Item(kind="percent", start=0, end=11)
    >>> _whole_between(share, " of these returnees live in A, while ")
    >>> _whole_between(Item(kind="count", start=0, end=5), " staff, of whom ").group()
    ', of whom'
    >>> _whole_between(Item(kind="count", start=0, end=3), " audits, including ").group()
    ', including'
    """
    match = _WHOM.search(gap)
    if match is not None and last.kind == "percent" and match.start() == 0:
        return _WHOM.search(gap, match.end())
    return match


def _frames(text: str, run: list[Item], lo: int, hi: int) -> list[_Frame] | None:
    """Step 2: each item's left and right frame, split at the joints between items."""
    cuts: list[tuple[int, int]] = []  # (where the right frame ends, where the left starts)
    for left, right in itertools.pairwise(run):
        start = left.head_end if left.head_end > left.end else left.end
        match = _joint(text[start : right.start])
        if match is None:
            return None
        cuts.append((start + match.start(), start + match.end()))
    tail = run[-1].head_end if run[-1].head_end > run[-1].end else run[-1].end
    stop = re.search(r"[,;:.]\s|[,;:.]$|\s(?:while|whereas|but)\s", text[tail:hi])
    ends = [cut for cut, _ in cuts] + [tail + stop.start() if stop else hi]
    begins = [lo] + [after for _, after in cuts]
    frames = []
    for item, begin, end in zip(run, begins, ends, strict=True):
        before = text[begin : item.prefix_start].rstrip()
        mark = next((m for m in _MARKS_BEFORE if before.endswith(m)), "")
        left = words_outside_asides(text, begin, begin + len(before) - len(mark))
        start = item.end
        frames.append(_Frame(left, words_outside_asides(text, start, end), mark))
    return frames


def _cut(words: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """A label's words up to a relative clause or an aside."""
    if not words:
        return words
    end = _LABEL_END.search(text, words[0][1], words[-1][2])
    return [w for w in words if end is None or w[2] <= end.start()]


def _labels_after(text: str, run: list[Item], frames: list[_Frame]) -> list[tuple[int, int]] | None:
    """Step 3a: labels after the figures, what differs once the repeated frame is dropped.

    The counted noun the items share (written in the first, elided later) is frame, not
    label; where the nouns differ they are the labels only if they share their head noun.
    A frame word the last item starts with (a preposition, a verb) must stand early in
    every item's right frame: the label follows it. Without one, leading verbs are frame.
    """
    if any(text.startswith(")", item.end) for item in run):
        return None  # a figure in parentheses has its label before it
    rights = [list(f.right) for f in frames]
    counted = {item.counted.lower() for item in run if item.counted}
    if len(counted) > 1 and _subject_then_objects(run, rights[0]):
        # "1,942 staff held permanent appointments, 5,611 continuing appointments": the
        # first noun is the subject, the later ones objects of the verb they elide
        del rights[0][: len(run[0].counted.split()) + 1]  # type: ignore[union-attr]
        return _spans(text, _drop_shared([_cut(words, text) for words in rights]))
    if len(counted) > 1:
        heads = {noun.split()[-1] for noun in counted}
        if len(heads) > 1:
            return None  # "103 districts and 3,377 locations": no categories of one group
    elif counted and run[0].counted:  # written first, elided later: frame, not label
        noun = run[0].counted.lower().split()
        for words in rights:
            if [w.lower() for w, _, _ in words[: len(noun)]] == noun:
                del words[: len(noun)]
    if not rights[-1]:
        return None
    anchor = rights[-1][0][0].lower()
    repeated = (  # a verb every frame repeats ("8,027 served as ..., while 3,350 served as ...")
        rights[-1][0][0].islower()
        and anchor.endswith("ed")
        and anchor not in _NOT_ANCHORS
        and all(anchor in [w.lower() for w, _, _ in words[:_MAX_ANCHOR_AT]] for words in rights)
    )
    labels = []
    if anchor in _FRAME_WORDS or repeated:
        for item, words in zip(run, rights, strict=True):
            lowered = [w.lower() for w, _, _ in words[:_MAX_ANCHOR_AT]]
            if anchor not in lowered:
                return None
            at = lowered.index(anchor)
            if (
                item.kind == "percent"
                and item is run[0]
                and not _share_of_part(anchor, lowered[:at])
            ):
                return None  # "68 per cent of cases in Africa": a rate of another whole
            labels.append(_reported(words[at + 1 :]))
        return _spans(text, _drop_shared(labels))
    else:
        for words in rights:
            while words and words[0][0].lower() in VERBS | AUXILIARIES:
                del words[0]
            if words and words[0][0].islower() and words[0][0].endswith("ed"):
                return (
                    None  # verbs as categories are tally_lists' ("retained ..., 71 criminalized")
                )
            if words and words[0][0].lower() in _FRAME_WORDS:
                return None  # one frame holds a preposition the others lack: not parallel
            labels.append(_cut(words, text))
        heads = {_head(words) for words in labels if words}
        if len(heads) != 1:
            return None  # "900 million who go hungry and 1.3 billion who live in poverty"
        if any(_acts(frame.left) for frame in frames[1:]):
            return None  # "registered 143 new complaints and concluded 97 complaints": two facts
    return _spans(text, _drop_shared(labels))


def _acts(words: list[tuple[str, int, int]]) -> bool:
    """Whether a later item's left frame holds a verb of its own ("and concluded 97").

    The items' labels are then their nouns, each the object of its own verb: the verbs
    differ, the counts are different facts, no categories of one group.
    """
    return any(
        word.islower() and (word in PAST_VERBS or (len(word) > 4 and word.endswith("ed")))
        for word, _, _ in words
    )


def _subject_then_objects(run: list[Item], first: list[tuple[str, int, int]]) -> bool:
    """Whether the later items' nouns are the objects of the first item's verb, elided.

    "1,942 staff held permanent appointments, 5,611 continuing appointments and 612
    temporary appointments": the first count has a noun and a verb, its object shares its
    head noun with every later item's noun ("appointments"), which is no head of the
    first noun ("staff"), and names a kind of it as they do (not the bare head).
    """
    head = run[0].counted
    if head is None or run[0].verb is None or any(not item.counted for item in run[1:]):
        return False
    later = {item.counted.lower().split()[-1] for item in run[1:]}
    words = [w.lower() for w, _, _ in first]
    size = len(head.split())
    if len(later) != 1 or words[:size] != head.lower().split() or size + 2 > len(words):
        return False
    if words[size] != run[0].verb.lower() or head.lower().split()[-1] in later:
        return False
    obj = words[size + 1 :]
    # a bare head is the whole the later items split ("30 States submitted reports, 12
    # initial reports and 18 periodic reports"), no first category beside them
    return len(obj) > 1 and _head([(w, 0, 0) for w in obj]) in later


_KNOWN_SUBJECT = {"the", "it", "they", "this", "its", "their", "such"}
_MAX_SUBJECT_WORDS = 4


def _reported(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """What a clause after a repeated verb reports: its predicate where its subject is known.

    "(reported) that the law had been fully applied" -> "fully applied": the subject is
    the same thing in every item, the predicate differs; "that no plan existed" keeps its
    subject ("no plan" is what differs).

    >>> words = [(w, 0, 0) for w in "that it had been postponed".split()]
    >>> [w for w, _, _ in _reported(words)]
    ['postponed']
    >>> [w for w, _, _ in _reported([(w, 0, 0) for w in "that no plan existed".split()])]
    ['no', 'plan', 'existed']
    >>> [w for w, _, _ in _reported([(w, 0, 0) for w in "that it had not been met".split()])]
    ['not', 'been', 'met']
    """
    if not words or words[0][0] != "that":
        return words
    words = words[1:]
    if not words or words[0][0].lower() not in _KNOWN_SUBJECT:
        return words
    lowered = [w.lower() for w, _, _ in words]
    at = next((i for i, w in enumerate(lowered[: _MAX_SUBJECT_WORDS + 1]) if w in _BE_HAVE), None)
    if at is None:
        return words
    start = at
    while at < len(words) and lowered[at] in _BE_HAVE | {"not"}:
        at += 1
    if at == len(words):
        return words
    negated = "not" in lowered[start:at]  # "had not been applied": "not been applied"
    return words[lowered.index("not", start) :] if negated else words[at:]


_PREPOSITIONS_AND_OF = PREPOSITIONS | {"of"}


def _shares_make_whole(run: list[Item]) -> bool:
    """Whether a run is of shares only, adding up to 100 within their rounding."""
    return all(item.kind == "percent" for item in run) and adds_up_to_whole(run)


def _labels_after_preposition(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3a': labels after a preposition each item names, the predicate elided later.

    "14 per cent of the projects were carried out in Africa, 51 per cent in Asia and 35
    per cent at the global level" -> Africa, Asia, global level: every later item is its
    figure and a prepositional phrase; the first says the predicate they share, a verb
    before its preposition (the prepositions may differ: "in", "at").
    """
    rights = [[w for w, _, _ in f.right] for f in frames]
    # "of" only for shares that make up one whole: "46 per cent of the staff were nationals
    # of A, 19 per cent of B and 35 per cent of C"; "21 per cent of girls and 4 per cent of
    # boys" are shares of two groups
    prepositions = _PREPOSITIONS_AND_OF if _shares_make_whole(run) else PREPOSITIONS
    if any(not words or words[0].lower() not in prepositions for words in rights[1:]):
        return None
    first = [w.lower() for w in rights[0][:_MAX_ANCHOR_AT]]
    verb_at = next(
        (i for i, w in enumerate(first) if w in VERBS or w in _BE_HAVE or w.endswith("ed")), None
    )
    if verb_at is None:
        return None  # "68 per cent of cases in Africa and 18 per cent in Europe": rates
    at = next((i for i in range(verb_at + 1, len(first)) if first[i] in prepositions), None)
    if at is None or first[at] not in {words[0].lower() for words in rights[1:]}:
        return None  # the first item's preposition is one the later ones repeat
    labels = [frames[0].right[at + 1 :]] + [list(f.right[1:]) for f in frames[1:]]
    labels = [_cut(words, text) for words in labels]
    if any(not any(w[0].isalpha() for w in words) for words in labels):
        return None  # "1 in 5 children ...; today 1 in 10": a ratio, no label
    return _spans(text, labels)


def _labels_of_clauses(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3a'': shares that add up to the whole, each with its own predicate.

    "Of the audits closed, 58 per cent had been completed, 30 per cent were under way and
    12 per cent had not started" -> completed, under way, not started: every item's right
    frame opens with an auxiliary ("had been", "were"), the rest is its label ("not"
    kept). Only shares that add up to 100: counts or a partial split may be facts of
    their own ("40 per cent were women, 20 per cent were under 18").
    """
    if run[0].kind != "percent" or not adds_up_to_whole(run):
        return None
    labels = []
    for frame in frames:
        words = list(frame.right)
        if not words or words[0][0] not in _BE_HAVE:
            return None
        while words and words[0][0] in AUXILIARIES and words[0][0] != "not":
            del words[0]
        labels.append(words)
    return _spans(text, [_cut(words, text) for words in labels])


def _labels_gapped(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3e: figures whose verb the later items elide, each label before its figure.

    "Women made up 42 per cent of the delegates, men 58 per cent" -> Women, men; "Exports
    to Europe accounted for 55.5 per cent of the total, to Asia 30.1 per cent and to
    Africa 14.4 per cent" -> to Europe, to Asia, to Africa. The first label is the words
    before the verb back to an article or a mark, from the preposition the later labels
    open with where they open with one; a later label is a bare phrase, no verb. Shares
    must add up to 100: the gapped verb makes them parts of one whole. Counts need no
    whole where every later label opens with the preposition the first one holds, the
    subject before it shared ("Staff at the P-2 level numbered 1,126, at the P-3 level
    3,402 and at the P-4 level 3,287" -> at the P-2 level, at the P-3 level, ...).
    """
    if any(f.mark_before for f in frames) or any(f.right for f in frames[1:-1]):
        return None
    later = [list(f.left) for f in frames[1:]]
    if any(not words for words in later):
        return None
    opening = {words[0][0].lower() for words in later}
    if run[0].kind == "percent":
        if not adds_up_to_whole(run):
            return None
        if any(f.right and f.right[0][0] != "of" for f in (frames[0], frames[-1])):
            return None  # only the whole's base may follow a share: "of the delegates"
    elif (
        len(opening) > 1 or not opening <= _GAP_PREPOSITIONS or frames[0].right or frames[-1].right
    ):
        return None  # counts: "at the P-3 level 3,402", nothing said after a figure
    for words in later:
        lowered = [w.lower() for w, _, _ in words]
        if len(lowered) > _MAX_LABEL_WORDS:
            return None
        if any(w in VERBS or w in AUXILIARIES or w in _PRONOUNS for w in lowered):
            return None  # a clause of its own, no gapped label
    first = frames[0].left
    while first and first[-1][0].lower() in _QUALIFIERS:
        first = first[:-1]
    preposition = None
    if len(first) > 1 and first[-1][0].lower() in PREPOSITIONS:
        preposition = first[-1][0].lower()
        first = first[:-1]  # "accounted for", "made up"
        # "Women accounted for 45 per cent and men for 55 per cent": the later labels
        # repeat the verb's preposition
        later = [
            words[:-1] if len(words) > 1 and words[-1][0].lower() == preposition else words
            for words in later
        ]
        opening = {words[0][0].lower() for words in later}
    if not first or first[-1][0].lower() not in VERBS | SHARE_VERBS | _FIGURE_VERBS:
        return None
    # back to the preposition the later labels open with, over its articles ("at the")
    passable = _STOP_BEFORE - PREPOSITIONS
    openers = _GAP_PREPOSITIONS if run[0].kind == "count" else PREPOSITIONS
    if opening & openers and run[0].kind == "count":
        passable -= {"the", "a", "an", "of"}
    taken: list[tuple[str, int, int]] = []
    for word in reversed(first[:-1]):
        between = text[word[2] : taken[0][1]] if taken else ""
        if word[0].lower() in passable or between.strip() or len(taken) == 8:
            break
        taken.insert(0, word)
    if opening & openers:
        lowered = [w.lower() for w, _, _ in taken]
        at = next((i for i, w in enumerate(lowered) if w in opening), None)
        if at is None or len(opening) > 1:
            return None
        taken = taken[at:]
    elif any(w.lower() in PREPOSITIONS for w, _, _ in taken):
        return None
    if not taken or taken[0][0].lower() in _PRONOUNS:
        return None
    return _spans(text, [taken, *later])


# Two shares set against each other: "..., compared with 63 per cent for men".
_CONTRAST = re.compile(r",?\s{1,3}(?:compared\s(?:with|to)|as\sagainst|versus)\s{1,3}$")
_CONTRAST_LABEL = frozenset(("for", "among"))


def _labels_contrasted(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3f: two shares set against each other, the second's label after it.

    "Women made up 37 per cent of the staff, compared with 63 per cent for men" -> Women,
    men: the first label is the subject of the share's verb, the second the words after
    "for" or "among" up to the end of the clause. Only shares that add up to 100: a
    comparison of two groups' rates ("compared with 12 per cent for boys") adds up to
    anything.
    """
    if len(run) != 2 or run[0].kind != "percent" or not adds_up_to_whole(run):
        return None
    if _CONTRAST.search(text, run[0].end, run[1].start) is None:
        return None
    later = list(frames[1].right)
    if len(later) < 2 or later[0][0] not in _CONTRAST_LABEL or len(later) > 5:
        return None
    later = later[1:]
    if any(w.lower() in VERBS | AUXILIARIES | _PRONOUNS for w, _, _ in later):
        return None
    if text[later[-1][2] : later[-1][2] + 2].strip(" ") not in (".", ";", "", ".\n"):
        return None  # the clause goes on: "for men in the field, ..."
    first = list(frames[0].left)
    while first and first[-1][0].lower() in _QUALIFIERS:
        first.pop()
    if len(first) > 1 and first[-1][0].lower() in PREPOSITIONS:
        first.pop()  # "accounted for", "made up"
    if len(first) < 2 or first[-1][0].lower() not in VERBS | SHARE_VERBS:
        return None
    taken: list[tuple[str, int, int]] = []
    for word in reversed(first[:-1]):
        between = text[word[2] : taken[0][1]] if taken else ""
        if word[0].lower() in _STOP_BEFORE or between.strip() or len(taken) == 4:
            break
        taken.insert(0, word)
    if not taken or taken[0][0].lower() in _PRONOUNS:
        return None
    return _spans(text, [taken, later])


# "..., against 30 per cent who did not": the second share's label is a relative clause
# that closes the sentence (or the clause before a semicolon).
_CONTRAST_WHO = re.compile(r",\s{0,3}(?:(?:as\s{1,3})?against|compared\s{1,3}(?:with|to))\s{1,3}$")
_WHO_CLAUSE = re.compile(r"\s{1,3}who\s{1,3}(?P<label>[^\d,;:.()]{2,60}?)\s{0,3}(?:[.;]|$)")
# A verb that reports what the respondents said, with its "that" and a pronoun subject.
_REPORTED = re.compile(
    r"(?:said|stated|reported|indicated|replied|answered|declared)"
    r"(?:\s{1,3}that)?(?:\s{1,3}(?:they|it|he|she))?\s{1,3}"
)


_SUBJECT_WORDS = 4  # words a clause's subject may take before its verb ("the Committee")


def _labels_of_in_clauses(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Counts that open clauses with "in": what was done in each group of cases.

    "In 21 cases the Committee found a violation, in 9 it found none and in 4 it
    discontinued its consideration" -> "found a violation", "found none", "discontinued
    its consideration". Every figure follows "in" and opens a clause of its own, a
    subject (a pronoun or a short noun phrase, the first after the figure's noun) and
    its verb in the past; the label is that verb and what follows it. Two clauses joined
    by "while" or "whereas" whose first count is "of the" cases are the reading of
    :func:`~surveystats.extract.tally_lost_parts.find_in_clauses`, which runs after this
    reader where no tally was found; this step reads lists of bare counts of any length.
    """
    if run[0].kind != "count" or any(
        not f.left or f.left[-1][0].lower() != "in" or f.mark_before for f in frames
    ):
        return None
    labels = []
    for item, frame in zip(run, frames, strict=True):
        words = list(frame.right)
        if item.counted and words and words[0][0] == item.counted.split()[0]:
            words = words[len(item.counted.split()) :]
        verb_at = next(
            (
                i
                for i, (w, _, _) in enumerate(words[: _SUBJECT_WORDS + 1])
                if _is_past(w) or w.lower() in PAST_VERBS
            ),
            None,
        )
        if not verb_at:  # no subject, or no verb of its own: "in 21 cases reviewed"
            return None
        if any(w.lower() in VERBS or w[0].isdigit() for w, _, _ in words[:verb_at]):
            return None
        labels.append(words[verb_at:])
    return _spans(text, labels)


def _labels_contrasted_who(text: str, run: list[Item]) -> list[tuple[int, int]] | None:
    """Two shares of those asked set against each other, the second's label a "who" clause.

    "Some 64 per cent of those interviewed said that they trusted the police, against 30
    per cent who did not" -> "trusted the police", "did not": the first label is what the
    first share's group did or said, the second the relative clause after its share. The
    shares are of one group (the first is of those asked, the second has no noun) and
    make 100 or less: the rest may not have answered.
    """
    if len(run) != 2 or any(item.kind != "percent" or item.percent is None for item in run):
        return None
    first, second = run
    if second.of_noun or first.verb_end <= first.head_end:
        return None
    asked = ASKED_WORDS.search(text, max(0, first.start - _REACH), first.head_end)
    if not first.of_replied and asked is None:
        return None  # "60 per cent of the women had ..., against 31 per cent who ...": a rate
    if first.percent + second.percent > 100 + _rounding_slack(run):
        return None
    contrast = _CONTRAST_WHO.search(text, first.end, second.start)
    who = _WHO_CLAUSE.match(text, second.end)
    if contrast is None or who is None:
        return None
    predicate = text[first.head_end : contrast.start()]
    if any(character.isdigit() for character in predicate):
        return None
    start = first.head_end + len(predicate) - len(predicate.lstrip())
    reported = _REPORTED.match(text, start)
    if reported is not None:
        start = reported.end()
    labels = [
        words_outside_asides(text, start, contrast.start()),
        words_outside_asides(text, *who.span("label")),
    ]
    return _spans(text, labels)


def adds_up_to_whole(run: list[Item]) -> bool:
    """Whether the shares of ``run`` add up to 100 within their rounding.

    Each share written to ``d`` decimals may be off by half a unit of its last place.
    """
    if any(item.percent is None for item in run):
        return False
    gap = abs(sum(item.percent for item in run) - 100)
    # Each share's slack is half a last place, at most one half (no decimals): a gap
    # beyond half the number of shares needs no exact slack (most runs are far off).
    if gap * 2 > len(run):
        return False
    return gap <= _rounding_slack(run)


def _rounding_slack(run: list[Item]) -> Fraction:
    """How far the sum of the shares of ``run`` may be off: half a last place each.

    Summed over the finest place as one fraction (a Fraction per share costs far more).

    >>> _rounding_slack([Item("percent", 0, 4, decimals=1), Item("percent", 9, 11)])
    Fraction(11, 20)
    """
    places = [item.decimals or 0 for item in run]
    finest = max(places, default=0)
    return Fraction(sum(10 ** (finest - place) for place in places), 2 * 10**finest)


def _head(words: list[tuple[str, int, int]]) -> str:
    """The head noun of a label: its last word before "of" or a preposition.

    >>> _head([("rounds", 0, 6), ("of", 7, 9), ("ammunition", 10, 20)])
    'rounds'
    """
    lowered = [w.lower() for w, _, _ in words]
    end = next(
        (i for i, w in enumerate(lowered) if i and (w == "of" or w in PREPOSITIONS)), len(lowered)
    )
    return lowered[end - 1]


def _drop_shared(labels: list[list[tuple[str, int, int]]]) -> list[list[tuple[str, int, int]]]:
    """Labels without the words all of them begin with, long ones ended at a preposition.

    A label of more than three words ends before a preposition after its noun ("as national
    UN Volunteers in their countries of origin" and "as international UN Volunteers in
    other countries" -> "national UN Volunteers", "international UN Volunteers"), not
    after a participle ("locations ranked as having high severity conditions").
    """
    lowered = [[w.lower() for w, _, _ in words] for words in labels]
    shared = 0
    while (
        all(len(words) > shared + 1 for words in lowered)
        and len({words[shared] for words in lowered}) == 1
    ):
        shared += 1
    out = []
    for words, low in zip(labels, lowered, strict=True):
        words, low = words[shared:], low[shared:]
        if len(words) > 3:  # not after a participle: "shelters rated as unsafe" is one label
            stop = next(
                (
                    i
                    for i, w in enumerate(low[1:], 1)
                    if w in PREPOSITIONS
                    and not low[i - 1].endswith("ed")
                    and low[i - 1] not in ("or", "and")  # "aged 65 or over": a bound
                ),
                len(words),
            )
            words = words[:stop]
        out.append(words)
    return out


def _share_of_part(anchor: str, before: list[str]) -> bool:
    """Whether a share's label after ``anchor`` names a part, not another whole.

    "of" names the base ("21 per cent of girls"); "in", "among", "for", "at" name a part
    only after a verb of the share's own ("are living in medium severity locations").
    """
    if anchor == "of":
        return False
    if anchor not in _RATE_PREPOSITIONS:
        return True
    return any(word in VERBS or word in _BE_HAVE or word.endswith("ing") for word in before)


def _labels_before(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3b: labels before the figures, each followed by one mark ("(", "with", ",").

    The later items' left frames are their labels; the first item's label is its last
    words back to a preposition, a verb or an article. A verb of the present before "of"
    is a noun ("lack of time (18%)"). Where the sentence lists answers or reasons
    (:func:`_lists_answers`), a later label may hold a preposition ("distance to school
    (27%)"), and a label may be a purpose, "to" or "for" and a clause ("The reasons given
    were to learn (52%), to be well educated (18%) and for a better future (4%)"): the
    first label then opens at its last "to" or "for".
    """
    marks = {f.mark_before for f in frames}
    if len(marks - {",", ""}) > 1 or (len(marks) > 1 and not marks <= {",", ""}):
        return None
    if not frames[0].mark_before or sum(bool(f.mark_before) for f in frames) < 2:
        return None  # "flight 103 and ... flight 772": a name's number, no count after a label
    rights = [_without_share(f.right, item) for f, item in zip(frames, run, strict=True)]
    if frames[0].mark_before == "(" and len(rights[0]) > 2 and rights[0][0][0] == "of":
        # "school fees (61 per cent of those asked)": the first share's base, in its aside
        close = text.find(")", run[0].end, rights[0][-1][2] + 1)
        rights[0] = [w for w in rights[0] if close < 0 or w[1] > close]
    if any(len(words) > 2 for words in rights[:-1]):
        return None  # words after the figure too: no label before it
    labels = [list(f.left) for f in frames]
    first = labels[0]
    longest = max(len(words) for words in labels[1:])
    purposes = _purposes(text, run, frames, labels)

    def listed_answers() -> bool:
        # an answer may hold a preposition: "cited distance to school (27%)"
        return all(f.mark_before == "(" for f in frames) and _lists_answers(text, run, frames)

    taken: list[tuple[str, int, int]] = []
    for at in range(len(first) - 1, -1, -1):
        word = first[at]
        between = text[word[2] : taken[0][1]] if taken else ""
        lowered = word[0].lower()
        if between.strip(" ()-–") or len(taken) > longest:
            break  # a mark (":", ",") ends the label
        if purposes and lowered in _PURPOSE_OPENERS:
            taken.insert(0, word)  # "were to learn (52%)": the purpose opens the label
            if not _purpose_goes_on(text, first[at - 1] if at else None, word):
                break
            continue  # "answered: to learn to read (47%)": one purpose inside another
        noun_of = (lowered == "of" and at and _noun_of(first[at - 1][0], "of")) or (
            taken and taken[0][0] == "of" and _noun_of(lowered, "of")
        )
        if lowered in _STOP_BEFORE and not noun_of and not purposes:
            break  # an article, a preposition or a verb ends the label
        if not purposes and _is_answering(word[0]):
            break  # "polled named corruption (61%)": the verb that lists the answers
        taken.insert(0, word)
    if purposes and (not taken or taken[0][0].lower() not in _PURPOSE_OPENERS):
        return None
    opening = text.rfind("(", first[-1][2], run[0].start) if first else -1
    if opening >= 0 and (subject := subject_naming_question(text, first[0][1], opening)):
        # "robbery was deemed the largest threat (25.1%)": the answer is the subject
        taken = [word for word in first if subject[0] <= word[1] and word[2] <= subject[1]]
    labels[0] = taken
    for words in labels:
        while words and words[0][0].lower() in _QUALIFIERS:
            del words[0]
    for words in labels[1:]:
        if len(words) > 1 and words[0][0] == "the":
            del words[0]  # "..., the Rapporteur herself (7)": the name without its article
    if any(words and words[0][0].lower() in LOCATORS for words in labels):
        return None  # "Chapter II, 12; Chapter III, 14": places in a document, not labels
    for words in labels[1:]:
        inner = [w.lower() for w, _, _ in words]
        if len(inner) > 2 and inner[-2] in ("and", "or") and inner[-1] in _OPEN_BOUND:
            inner = inner[:-2]  # "60 years and over, 9%": an open bound ends the label
        if purposes:
            continue  # "to be well educated": a clause of purpose, checked in _purposes
        verbs = [
            w in _STOP_BEFORE and not _noun_of(w, inner[at + 1 : at + 2])
            for at, w in enumerate(inner)
        ]
        if inner and (verbs[0] or verbs[-1]):
            return None  # "..., the same number as 61": no name before the figure
        inside = [at for at, verb in enumerate(verbs) if verb and inner[at] not in ("the", "of")]
        if inside and not (
            # "distance to the office", not "followed by staffing": no participle before it
            all(inner[at] in PREPOSITIONS and not inner[at - 1].endswith("ed") for at in inside)
            and listed_answers()
        ):
            return None  # "staff in field missions (1,920)": a clause, not a name
    return _spans(text, labels)


# What opens a label of purpose: "to learn (52%)", "for a better future (4%)".
_PURPOSE_OPENERS = frozenset(("to", "for"))
# Words that say a sentence lists answers: the reasons or answers given, or a verb of
# citing or choosing said of those who answered (a present or past form).
# (Not adjectives: "the above-mentioned", "a trust fund", "the preferred option";
# "selected" and "chosen" name answers only said of those asked, as verbs of telling do.)
_ANSWER_VERBS = (
    r"cit(?:e|es|ed|ing)|(?<!-)mention(?:s|ed|ing)?|ch(?:ose|oose|ooses)|select(?:s)?|picked"
    r"|prefer(?:s)?|(?<!the\s)(?<!\ba\s)(?<!most\s)preferred|would\s{1,3}like|want(?:s|ed)?"
    r"|trust(?:s|ed)?(?!\s{1,3}funds?\b)|answered|replied|responded"
)
# What those asked name when the question asks for more than one: needs, worries, ...
_QUESTION_NOUNS = (
    r"(?:concerns|priorities|needs|worries|fears|barriers|obstacles|challenges|problems"
    r"|issues|threats|risks|sources|uses|motivations|preferences|difficulties|constraints"
    r"|aspirations)"
)
# "top", "main", "key" and the like before them, with the number of answers ("Top 5 needs").
_TOP = (
    r"(?:[Tt]op(?:\s{1,3}(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten))?|[Mm]ain|[Kk]ey"
    r"|[Bb]iggest|[Gg]reatest|[Mm]ost\s{1,3}(?:cited|common|pressing|important|frequent|urgent))"
)
_ANSWER_WORDS = re.compile(
    rf"\b(?:[Rr]easons?|[Mm]otives?|[Aa]nswers?|[Rr]esponses|[Rr]eplies|[Cc]hoices|{_ANSWER_VERBS}"
    # what those asked named: "The top concerns were jobs (46%), corruption (38%) ...",
    # "Top 5 needs included: ..."
    rf"|{_TOP}\s{{1,3}}{_QUESTION_NOUNS})\b"
)
# Verbs of telling that list answers only said of those asked ("Young people polled named
# corruption (61%) ..."; "UNICEF named Niger (60%) and Chad (55%)" are places of a rate).
_TOLD_VERBS = (
    r"said|say|says|stated|reported|report|indicated|identified|identify|named|listed|gave|given"
    r"|selected|chosen"
)
_TOLD_ANSWERS = re.compile(rf"\b(?:{_TOLD_VERBS})\b")
# A verb that governs a list of answers: the first label starts after it.
_ANSWERING = re.compile(rf"(?:{_ANSWER_VERBS}|{_TOLD_VERBS}|polled|surveyed|interviewed|asked)")
# After the list, its labels named as the answers: "... fathers (82%) are the most
# trusted", "... were the reasons most often given", "... were the most common answers"
# (not "were selected", "were given priority": what others did to each part).
_ANSWERED_AFTER = re.compile(
    r"\)?\s{0,3},?\s{0,3}(?:(?:are|were|is|was)\s{1,3}(?:the\s{1,3})?"
    r"(?:(?:most|more|often|frequently|commonly|widely|common|frequent|popular|main|usual)"
    r"\s{1,3}){0,3}"
    r"(?:cited|mentioned|preferred|trusted|answers?|responses|replies|reasons|choices)\b"
    # "... (36%) are among the top worries"
    rf"|(?:are|were)\s{{1,3}}(?:among\s{{1,3}})?the\s{{1,3}}{_TOP}\s{{1,3}}{_QUESTION_NOUNS}\b)"
)
# Answers that top a list, in a phrase after "with": "with conserving forests (54%), renewable
# power (53%) and climate-friendly farming (52%) topping the list" ("Kenya (46%) and Ghana
# (45%) topped the list of the fastest-growing economies" ranks rates of places).
_TOPPING_LIST = re.compile(r"\)?\s{0,3},?\s{0,3}(?:topping|leading|heading)\s{1,3}the\s{1,3}list\b")
_WITH = re.compile(r"\bwith\s", re.IGNORECASE)


def _is_answering(word: str) -> bool:
    """Whether ``word`` is a verb of asking, answering or citing ("polled", "named").

    >>> _is_answering("named"), _is_answering("reasons"), _is_answering("Africa")
    (True, False, False)
    """
    return _ANSWERING.fullmatch(word) is not None


def _lists_answers(text: str, run: list[Item], frames: list[_Frame]) -> bool:
    """Whether the items of ``run`` are answers: a word of answering governs the list.

    Before the first label (what respondents cited, chose, would like; the reasons or
    answers given), or the labels named as answers after the list ("are the most
    trusted"); a verb of telling (said, identified) only after a word of asking ("Young
    people polled named ..."). A word of asking alone ("Among those polled, girls (60%)
    and boys (55%) said ...") names who answered: the labels may be groups, each share of
    its own.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Most cited cost (60%) and distance (45%)."
    >>> run = read_items(text)
    >>> _lists_answers(text, run, _frames(text, run, 0, 41))
    True
    """
    start = frames[0].left[0][1] if frames[0].left else run[0].start
    # the verb governs the list in its own clause: not "As cited in the report, Niger (60%)"
    words_end = frames[0].left[-1][2] if frames[0].left else run[0].start
    clause = text.rfind(",", start, words_end) + 1 or start
    if _ANSWER_WORDS.search(text, clause, run[0].prefix_start) is not None:
        return True
    told = _TOLD_ANSWERS.search(text, clause, run[0].prefix_start)
    if told is not None and ASKED_WORDS.search(text, start, told.start()) is not None:
        return True  # "those surveyed identified ..."
    tail = run[-1].head_end if run[-1].head_end > run[-1].end else run[-1].end
    if _TOPPING_LIST.match(text, tail) is not None:
        return _WITH.search(text, clause, run[0].prefix_start) is not None
    return _ANSWERED_AFTER.match(text, tail) is not None


def _purposes(
    text: str, run: list[Item], frames: list[_Frame], labels: list[list[tuple[str, int, int]]]
) -> bool:
    """Whether the labels are purposes: each later one "to" or "for" and a short clause.

    Only where the sentence lists answers or reasons: "access to water (60%) and to
    sanitation (40%)" are rates of two services, no purposes.
    """
    if any(f.mark_before != "(" for f in frames) or len(labels) < 2:
        return False
    for words in labels[1:]:
        if len(words) < 2 or words[0][0].lower() not in _PURPOSE_OPENERS:
            return False
        if any(w[0].isdigit() or w[0].lower() in _PRONOUNS for w, _, _ in words):
            return False
    return _lists_answers(text, run, frames)


def _cited_by(run: list[Item], frames: list[_Frame]) -> bool:
    """Whether the shares are of those who cited each label: "was cited by 61 per cent".

    The first item's left frame holds a verb of citing or choosing before its "by"
    ("identified as a priority by").

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Cost was cited by 61 per cent, distance by 50 per cent."
    >>> run = read_items(text)
    >>> _cited_by(run, _frames(text, run, 0, len(text)))
    True
    """
    left = frames[0].left
    if run[0].kind != "percent" or len(left) < 3 or left[-1][0] != "by":
        return False
    return any(_is_answering(word) for word, _, _ in left[:-1])


def _one_base(run: list[Item]) -> bool:
    """Whether the shares of ``run`` are of one group: a base named at most once, first.

    "(60% of girls)" and "(55% of boys)" are shares of two groups; "by 61 per cent of
    respondents, ... by 50 per cent" are of the respondents, named once.
    """
    return not any(item.of_noun or item.counted for item in run[1:])


def _purpose_goes_on(
    text: str, before: tuple[str, int, int] | None, opener: tuple[str, int, int]
) -> bool:
    """Whether the word before a purpose's "to" or "for" belongs to the label too.

    "learn to read": the purpose is "to learn to read". A verb of being, a preposition,
    a word of answering or a mark before it opens the label ("were to learn", "answered:
    to learn"); a noun before it is what the phrase completes ("Exposure to violence
    (40%) and to neglect (35%)" are no purposes): the label then opens with no purpose
    and is refused.
    """
    if before is None or text[before[2] : opener[1]].strip():
        return False
    word = before[0]
    return not (
        word.lower() in _STOP_BEFORE
        or _ANSWER_WORDS.fullmatch(word) is not None
        or _is_answering(word)
    )


def _noun_of(word: str, after: str | list[str]) -> bool:
    """Whether a verb of the present is a noun, "of" after it: "lack of time", "use of".

    >>> _noun_of("lack", "of"), _noun_of("lack", "data"), _noun_of("lacked", "of")
    (True, False, False)
    """
    following = after if isinstance(after, str) else (after[0] if after else "")
    return following == "of" and word.lower() in PRESENT_VERBS


def _without_share(words: list[tuple[str, int, int]], item: Item) -> list[tuple[str, int, int]]:
    """A right frame without the words of the item's own share ("(26 cases, 10 per cent)")."""
    if item.share is None:
        return words
    share_words = {"per", "cent", "percent"}
    return [
        w
        for w in words
        if not (w[1] < item.head_end and (w[0][0].isdigit() or w[0].lower() in share_words))
    ]


def _labels_before_preposition(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3g: a label before the preposition every figure repeats, the verb elided later.

    "Funding was named as the main barrier by 40 States, staffing by 22 and data by 9"
    -> Funding, staffing, data; "Turnout was judged high in 31 districts, moderate in 50
    and low in 12" -> high, moderate, low. Each item is a label, one preposition and its
    figure; the first item says the verb the later ones elide. Its label is the
    predicate after that verb (after "as"), or, before the agent's "by" of a passive,
    the subject. A later label is a bare phrase (no verb, no pronoun), and nothing but
    the counted noun follows a figure: "Schools reopened in 12 districts, clinics in 5"
    names no predicate, so it is no split. Where each item has a verb in the past of its
    own and the figures count things ("Enrolment improved in 45 countries, stagnated in
    30 and worsened in 12"), the verbs are the labels. Where the later items of a passive
    with "by" open on participles of their own, they count different acts ("written by
    12 experts and reviewed by 30": none; stances such as "supported by 14 and opposed
    by 3" are left to the vote readers). A subject in quotes ("'not applicable' by 6") or
    after a clause's comma ("In reply to question 7, approval was given by 38 ...") is
    read as any other.
    """
    if any(f.mark_before for f in frames):
        return None
    if len(run) > 2 and (predicate := _own_clause_last(run, frames)) is not None:
        # "..., policies to raise it by 38, while 19 Governments had no policy": the last
        # of those counted, with a clause of its own
        spans = _labels_before_preposition(text, run[:-1], frames[:-1])
        last = _spans(text, [predicate])
        return None if spans is None or last is None else [*spans, *last]
    lefts = [list(f.left) for f in frames]
    if any(len(words) < 2 for words in lefts):
        return None
    preposition = lefts[-1][-1][0].lower()
    if preposition not in PREPOSITIONS or any(w[-1][0].lower() != preposition for w in lefts):
        return None
    counted = {item.counted.lower() for item in run if item.counted}
    if len(counted) > 1:
        return None  # "by 40 workers, ... by 12 engineers": counts of different things
    for item, frame in zip(run[:-1], frames[:-1], strict=True):
        size = len((item.counted or "").split())
        based = item.kind == "percent" and item.counted and frame.right[:1]
        if preposition == "by" and based and frame.right[0][0] == "of":
            # "by 41 per cent of (the) respondents": the share's base, with who asked them
            size += 2 if len(frame.right) > 1 and frame.right[1][0] == "the" else 1
            if len(frame.right) == size + 1 and ASKED_WORDS.fullmatch(frame.right[-1][0]):
                size += 1  # "of the Governments surveyed"
        if len(frame.right) > size:
            return None  # words of its own after a figure: a clause, not a gapped item
    later = [words[:-1] for words in lefts[1:]]
    first = lefts[0][:-1]
    if preposition == "by" and any(_is_past(words[0][0]) for words in later):
        # each item a participle of its own: "was written by 12 experts and reviewed by 30"
        # counts two acts, no split of one subject (stances, "supported by 14 and opposed
        # by 3", are the vote readers' to read, with those who abstained)
        return None
    # "Enrolment improved in 45 countries, stagnated in 30 and fell in 12": each item's
    # verb is its label, the subject elided after the first; the figures count things
    trend = (
        preposition != "by"
        and bool(run[0].counted)
        and _is_past(first[-1][0])
        and all(len(words) <= 3 and _is_past(words[0][0]) for words in later)
    )
    for words in later:
        lowered = [w.lower() for w, _, _ in words]
        if len(lowered) > _MAX_LABEL_WORDS or not lowered[0][0].isalpha():
            return None
        if any(
            (w in _CLAUSE_WORDS and not _object_of_infinitive(lowered, at)) or w[0].isdigit()
            for at, w in enumerate(lowered)
            if at >= trend
        ):
            return None  # a clause of its own ("lack", "need" may be nouns: no present)
    if trend:
        return _spans(text, [[first[-1]], *later])
    lowered = [w.lower() for w, _, _ in first]
    verb_at = next(
        (
            i
            for i in range(len(lowered) - 1, -1, -1)
            if lowered[i] in VERBS
            or lowered[i] in _BE_HAVE
            or lowered[i].endswith("ed")
            or (i and lowered[i].endswith("en") and lowered[i - 1] in _BE_HAVE)  # "was given"
        ),
        None,
    )
    if verb_at is None:
        return None
    if preposition == "by":  # the subject of a passive: "Funding was named ... by 40"
        be_at = next((i for i in range(verb_at) if lowered[i] in _BE_HAVE), None)
        if be_at is not None and be_at == verb_at - 2 and lowered[verb_at - 1] == "been":
            be_at = verb_at - 1  # "had been adopted by 64 Governments"
        if be_at is None or be_at != verb_at - 1:
            return None
        if be_at and lowered[be_at - 1] in _BE_HAVE:
            be_at -= 1  # the subject ends before "had been"
        if any(_is_past(words[-1][0]) for words in later):
            return None  # "was sponsored by 45 States and co-sponsored by 16": verbs, one subject
        subject: list[tuple[str, int, int]] = []
        for word in reversed(first[:be_at]):
            between = text[word[2] : subject[0][1]] if subject else ""
            if between.strip() or len(subject) == _MAX_LABEL_WORDS or word[0][-1] in ",.":
                break  # a mark ends the subject ("In reply to question 7, approval was ...")
            subject.insert(0, word)
        while subject and subject[0][0].lower() in ("the", "a", "an"):
            del subject[0]
        subject_words = [w.lower() for w, _, _ in subject]
        if not subject or any(
            (w in PAST_VERBS | _PRONOUNS and not _object_of_infinitive(subject_words, at))
            or w[0].isdigit()
            for at, w in enumerate(subject_words)
        ):
            return None
        label = subject
    else:  # the predicate: "was judged high in 31 districts"
        label = first[verb_at + 1 :]
        if label and label[0][0].lower() == "as":
            label = label[1:]
        if any(w.lower() in VERBS or w.lower() in _BE_HAVE for w, _, _ in label):
            return None
    if not label or text[label[0][1] : first[-1][2]].count(",") or label[0][0][0].isdigit():
        return None
    return _spans(text, [label, *later])


def _own_clause_last(run: list[Item], frames: list[_Frame]) -> list[tuple[str, int, int]] | None:
    """The predicate of a last count with a clause of its own after agents "by N", or None.

    "Plans were adopted by 64 Governments, strategies by 41 and laws by 12, while 19
    Governments had none": the last count names the noun of the first agent again and
    its verb ("had none", "did not reply"); its predicate is its label.
    """
    first, last = run[0], run[-1]
    before = frames[-2].left
    if (
        frames[-1].left
        or not first.counted
        or (last.counted or "").lower() != first.counted.lower()
        or not before
        or before[-1][0] != "by"
    ):
        return None
    predicate = frames[-1].right[len(last.counted.split()) :]
    if not predicate:
        return None
    verb = predicate[0][0].lower()
    opens_clause = verb in _BE_HAVE or verb in VERBS or verb in ("did", "do") or _is_past(verb)
    return predicate if opens_clause else None


def _object_of_infinitive(words: list[str], at: int) -> bool:
    """Whether the pronoun at ``at`` is the object of an infinitive: "policies to lower it".

    >>> _object_of_infinitive(["policies", "to", "lower", "it"], 3)
    True
    >>> _object_of_infinitive(["it", "was", "lowered"], 0)
    False
    """
    return words[at] in ("it", "them") and at >= 2 and words[at - 2] == "to"


def _is_past(word: str) -> bool:
    """Whether ``word`` is a verb in the past (no auxiliary): "improved", "fell"."""
    lowered = word.lower()
    return lowered not in _BE_HAVE and (lowered.endswith("ed") or lowered in _PAST_IRREGULAR)


def _labels_of_respondents(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3h: who answered, each count with a noun of its own ("by 36 States, by 8 ...").

    Counts of different nouns split no one group ("14 meetings and 3 field visits"),
    except those who replied: "Replies came from 30 States, from 6 agencies and from 12
    other bodies" -> States, agencies, other bodies. The first count must be of those
    who answered (:attr:`~surveystats.extract.tally_items.Item.response_from`), each
    count has its noun and nothing else but a repeated "from" or "by" between.
    """
    if not run[0].response_from or any(not item.counted for item in run):
        return None
    if len({item.counted.lower() for item in run}) < len(run):
        return None
    for frame in frames[1:]:
        if [w.lower() for w, _, _ in frame.left] not in ([], ["from"], ["by"]):
            return None
    spans = []
    for item in run:
        # the noun as written: its words may stand apart by more than one blank, as PDF
        # text has them ("by 4 treaty  bodies"), where ``counted`` joins them by one
        words = r"\s+".join(re.escape(word) for word in item.counted.split())
        noun = re.compile(words).search(text, item.end)
        if noun is None:
            return None
        spans.append(noun.span())
    return spans


# A name right after a copula, its figure in parentheses after it: "were funding (".
_NAMED_AFTER_COPULA = re.compile(
    r"\b(?:was|were|is|are)\s{1,3}(?P<label>[A-Za-z][\w'’-]*(?:\s{1,3}[A-Za-z][\w'’-]*){0,3}?)"
    r"(?:\s{0,3}\(|\s{1,3}with\s{1,3})$"  # "were funding (38 ...", "was Sinjar with 349"
)


# Verbs of make-up and rank a ranking's subject may take, in the present ("hosts" and
# "accounts" are in no verb list, which hold the plural and the past): "Syrians make up the
# largest group, with 3.6 million, followed by Afghans with 164,351, ...".
_RANKING_VERBS = frozenset(
    (
        *("make", "makes", "form", "forms", "constitute", "constitutes", "represents"),
        *("hosts", "accounts", "remains", "tops", "leads", "ranks", "receives", "records"),
    )
)


def _labels_ranked(
    text: str, run: list[Item], frames: list[_Frame], lo: int
) -> list[tuple[int, int]] | None:
    """Step 3d: a ranking, "<subject> ... <first figure>, followed by <label> with <figure>".

    The first figure belongs to the sentence's subject (the words before its first verb,
    after an opening "With ... ,"), each later one to the name before its mark ("with",
    "("): "Italy is the country with the largest number (54), followed by China (53), Spain
    (47) and finally, Mexico (35)" -> Italy, China, Spain, Mexico.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Chile is the country with the most sites (40), followed by Peru (31)."
    >>> run = read_items(text)
    >>> [text[s:e] for s, e in _labels_ranked(text, run, _frames(text, run, 0, 70), 0)]
    ['Chile', 'Peru']
    """
    left = [w.lower() for w, _, _ in frames[1].left]
    followed = 0  # where "followed by" opens the second frame
    if left[:2] != ["followed", "by"]:
        # "With a total of 537,000 refugees, Kenya was the second largest host country
        # ..., followed by Chad with 454,900": the first figure in an opening "With"
        # phrase, its subject's clause in the second item's frame before "followed by"
        opening = _WITH_OPENING.match(text, lo, run[1].start)
        if opening is None or run[0].end > opening.end() or "followed" not in left[:-1]:
            return None
        followed = left.index("followed")
        if left[followed + 1] != "by" or re.search(
            r"\d", text[opening.end() : frames[1].left[followed][1]]
        ):
            return None  # "With 12 new members, the Council now has 54, followed by ..."
    later = [list(f.left) for f in frames[1:]]
    del later[0][: followed + 2]
    for words, frame in zip(later, frames[1:], strict=True):
        while words and words[0][0].lower() in _QUALIFIERS | _SEQUENCE:
            del words[0]
        if frame.mark_before not in ("with", "(") or not words:
            return None
        if any(w.lower() in _STOP_BEFORE - {"the", "of"} for w, _, _ in words):
            return None  # a clause, no name
    named = _NAMED_AFTER_COPULA.search(text, max(lo, run[0].start - 60), run[0].start)
    if named is not None and not any(w.lower() in _STOP_BEFORE for w in named["label"].split()):
        # "The main obstacles cited were funding (38 per cent), followed by staffing (27
        # per cent)": the first figure is the name's after the copula, not the subject's
        first = list(words_outside_asides(text, named.start("label"), named.end("label")))
        return _spans(text, [first, *later])
    opening = _WITH_OPENING.match(text, lo, run[1].start)
    subject: list[tuple[str, int, int]] = []
    for word in words_outside_asides(text, opening.end() if opening else lo, run[1].prefix_start):
        if word[0].islower() and (
            word[0] in VERBS or word[0] in AUXILIARIES or word[0] in _RANKING_VERBS
        ):
            break
        if word[0][0].isdigit() or len(subject) == _MAX_LABEL_WORDS:
            return None  # a figure before any verb: no subject to take
        subject.append(word)
    while subject and subject[0][0].lower() in ("the", "a", "an"):
        del subject[0]
    if not subject or subject[0][0].lower() in _PRONOUNS:
        return None
    if any(w.lower() in _STOP_BEFORE for w, _, _ in subject):
        return None  # "According to the report, ...": no subject before the verb
    if run[0].kind == "percent" and any(_OF_BASE.match(text, item.end) for item in run[1:]):
        return None  # "..., followed by Syrians with 27 per cent of children": another whole
    if run[0].kind == "percent" and _OF_BASE.match(text, run[0].end):
        before = {
            w.lower()
            for w, _, _ in words_outside_asides(text, max(lo, run[0].start - 40), run[0].start)
        }
        if not before & (SHARE_VERBS | {"accounted", "accounts", "account", "accounting"}):
            return None  # "with 21 percent of children ... denied": a rate of each place
    return _spans(text, [subject, *later])


def _labels_before_verb(
    text: str, run: list[Item], frames: list[_Frame]
) -> list[tuple[int, int]] | None:
    """Step 3c: a label before a verb every left frame repeats, the figure soon after it.

    "Sub-Saharan Africa alone accounted for roughly two-thirds (196,000) of maternal
    deaths, while Southern Asia accounted for nearly one-fifth (58,000)" -> Sub-Saharan
    Africa, Southern Asia. The verb is the first word of the last item's left frame that is
    one; each label is what stands before it back to a mark, a preposition or an article,
    and no pronoun ("it", "they": the same whole again).

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Asia alone accounted for half (410) of them, while Africa accounted for 90."
    >>> run = read_items(text)
    >>> [text[s:e] for s, e in _labels_before_verb(text, run, _frames(text, run, 0, 75))]
    ['Asia', 'Africa']
    """
    last = frames[-1].left
    at = next(
        (i for i, (w, _, _) in enumerate(last) if w.islower() and w in VERBS),
        None,
    )
    if not at or len(last) - at > _MAX_VERB_GAP:
        return None  # no label before the verb, or the figure far from it
    verb = last[at][0]
    labels = []
    for frame in frames:
        words = frame.left
        where = next((i for i in range(len(words) - 1, -1, -1) if words[i][0] == verb), None)
        if where is None or len(words) - where > _MAX_VERB_GAP:
            return None
        taken: list[tuple[str, int, int]] = []
        for word in reversed(words[:where]):
            between = text[word[2] : taken[0][1]] if taken else ""
            if word[0].lower() in _STOP_BEFORE or between.strip(" ()") or len(taken) == 8:
                break
            taken.insert(0, word)
        while taken and taken[-1][0].lower() in _FOCUS_AFTER:
            taken.pop()  # "Africa alone accounted for": the focus is no part of the label
        if not taken or taken[0][0].lower() in _PRONOUNS:
            return None
        labels.append(taken)
    return _spans(text, labels)


# A clause of its own between a first count and a run: "patrols ... and documented 86".
_OWN_VERB_AFTER = re.compile(r"\s(?:and|while|but)\s{1,3}(?:also\s{1,3})?[a-z]{3,20}ed\s{1,3}$")
_INITIAL_BEFORE = re.compile(r"\.[A-Z]$")  # "U.K" before its last dot


def _spans(text: str, labels: list[list[tuple[str, int, int]]]) -> list[tuple[int, int]] | None:
    """The labels as spans, if each has one to eight words and all differ.

    A label in single quotes ends before its closing quote (:func:`label_end`).
    """
    spans = []
    for words in labels:
        words = _cut(words, text)
        if not words or len(words) > _MAX_LABEL_WORDS:
            return None
        start, end = words[0][1], words[-1][2]
        if text.startswith(".", end) and _INITIAL_BEFORE.search(text, start, end):
            end += 1  # "the U.K.": the dot of the last initial is the name's
        spans.append((start, label_end(text, start, end)))
    names = [text[s:e].lower() for s, e in spans]
    return spans if len(set(names)) == len(names) else None


def _is_change(text: str, item: Item) -> bool:
    """Whether a noun of change stands right at the figure ("a 34% decrease in ...").

    After a count the word is a verb ("40 countries decline to answer"): only after a
    percentage is it the noun.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "a 34% decrease in cases and a 27% decrease in deaths"
    >>> [_is_change(text, item) for item in read_items(text)]
    [True, True]
    """
    if item.kind == "percent" and _CHANGE_NOUN_AFTER.match(text, item.end):
        return True
    before = max(0, item.prefix_start - 40)
    return _CHANGE_NOUN_BEFORE.search(text, before, item.prefix_start) is not None


def _is_tally(
    text: str,
    run: list[Item],
    labels: list[str],
    lo: int,
    hi: int,
    *,
    counts_things: bool,
    many_answers: bool = False,
) -> bool:
    """Step 5: whether the run splits one group (not a time series, rates, wholes).

    Where the figures count things ("too high in 40 countries"), a rate's word before
    them ("the rate of growth") is what the labels grade, not what the figures measure.
    Shares of the answers of one group (``many_answers``: "Children cited school
    problems (43%), leisure (42%) and social issues (33%)", "Cost was cited by 61 per
    cent of respondents, distance by 50 per cent") may add up to more than 100: each
    respondent may have given more than one answer. Not shares of their own bases
    ("(60% of girls)", :func:`_one_base`).
    """
    # Where the figures count things, a verb of change that labels one ("declined in 45
    # countries, rose in 12") says what happened in them, no change of the figures
    heads = {label.split()[0].lower() for label in labels} if counts_things else set()
    changes = (m for m in _CHANGE.finditer(text, lo, hi) if m.group().lower() not in heads)
    if next(changes, None) is not None or any(_is_change(text, item) for item in run):
        return False
    if not counts_things and RATE_WORDS.search(text, lo, _measured_until(text, run, labels)):
        return False
    for label in labels:
        lowered = _AGE_BAND.sub("", label.lower())  # "18-24 years": a band, no period
        if _YEAR.search(lowered) or any(month in lowered.split() for month in MONTHS):
            return False
    for item in run:
        raw = text[item.start : item.end]
        if (raw.lower() == "one" and item.counted is None) or (
            raw.isdigit() and len(raw) == 4 and 1000 < int(raw) < 2300
        ):
            return False  # "one" the pronoun ("one communication" counts); a year as a count
    if run[0].kind == "percent":
        shares = [item.percent for item in run]
        if any(share is None for share in shares):
            return False
        over = sum(shares) > 100 + _SHARE_SLACK
        if over and not (many_answers and _one_base(run)):
            return False
    return all(
        item.qualifier not in ("at_least", "at_most", "more_than", "less_than") for item in run
    )


def _measured_until(text: str, run: list[Item], labels: list[str]) -> int:
    """Where the words that may say what the figures measure end.

    Before the first figure; but where every label is a phrase of one preposition before
    its figure and names the same rate word ("Staff at the P-2 level numbered 1,126, at
    the P-3 level 3,402"), that word names the categories, and only the words before the
    first label say what the figures are.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Staff at the D-1 level numbered 210 and at the D-2 level 96."
    >>> _measured_until(text, read_items(text), ["at the D-1 level", "at the D-2 level"])
    6
    """
    first = labels[0].split()
    if run[0].kind != "count" or first[0].lower() not in PREPOSITIONS:
        return run[0].start
    words = [{m.group().lower() for m in RATE_WORDS.finditer(label)} for label in labels]
    if not words[0] or any(found != words[0] for found in words[1:]):
        return run[0].start
    at = text.rfind(labels[0], 0, run[0].start)
    return run[0].start if at < 0 else at


def _whole_of(text: str, run: list[Item], before: list[Item], lo: int) -> int | None:
    """Step 4: the whole the sentence states for the run, or ``None``.

    ``None`` also where the parts do not fit in it ("five countries: Syria with 6.6
    million, ..." counts the parts).
    """
    if run[0].kind != "count":
        return None
    parts = sum(item.value or 0 for item in run)
    for whole in reversed(before):
        if whole.kind != "count" or whole.value is None:
            continue
        if run[0].start - whole.end > _MAX_GAP:
            return None
        link = _WHOLE_LINK.search(text, whole.end, run[0].start)
        opening = _OPENING_WHOLE.match(text[lo : whole.prefix_start])
        if link is None and opening is None:
            return None
        return whole.value if parts <= whole.value else None
    return None


def _aside_off(text: str, run: list[Item], before: list[Item]) -> bool:
    """Whether the run stands in parentheses after a count it does not add up to.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "The Board met 12 times (8 in Geneva and 3 in New York)."
    >>> items = read_items(text)
    >>> _aside_off(text, items[1:], items[:1])
    True
    """
    if not before or run[0].kind != "count":
        return False
    gap = text[before[-1].end : run[0].start]
    if "(" not in gap or ")" in gap or len(gap) > 40:
        return False
    whole = before[-1]  # "met 12 times (8 ...)": a frequency, or a count the parts miss
    return whole.kind != "count" or sum(item.value or 0 for item in run) != whole.value


def _read_run(text: str, run: list[Item], before: list[Item], lo: int, hi: int) -> Tally | None:
    """Read one run of parallel items as a tally, or ``None``.

    The sentence is looked at only within :data:`_REACH` characters of the run: a long
    sentence with many runs is read in linear time.
    """
    lo, hi = max(lo, run[0].start - _REACH), min(hi, run[-1].end + _REACH)
    before = before[-2:]
    if len(run) > _MAX_PARTS:
        return None
    frames = _frames(text, run, lo, hi)
    if frames is None:
        return None
    respondents = _labels_of_respondents(text, run, frames)  # a survey, whatever its words
    spans = (
        respondents
        or _labels_after(text, run, frames)
        or _labels_after_preposition(text, run, frames)
        or _labels_of_clauses(text, run, frames)
    )
    # "Respondents cited cost (41%), distance (30%) ...": the answers of one group
    listed = spans is None and (spans := _labels_before(text, run, frames)) is not None
    answers = listed and _lists_answers(text, run, frames)
    spans = (
        spans
        or _labels_gapped(text, run, frames)
        or _labels_contrasted(text, run, frames)
        or _labels_contrasted_who(text, run)
        or _labels_of_in_clauses(text, run, frames)
    )
    if spans is None and (spans := _labels_ranked(text, run, frames, lo)) is not None:
        # "Cost was the most cited barrier (61%), followed by distance (50%) and transport
        # (30%)": answers ranked, read as such only where they exceed 100 (below, a ranking
        # is read as before, a survey where it speaks of asking)
        answers = (
            frames[0].mark_before == "("
            and sum(item.percent or 0 for item in run) > 100 + _SHARE_SLACK
            and _lists_answers(text, run, frames)
        )
    spans = spans or _labels_before_verb(text, run, frames)
    counts_things = False  # figures that count things: a rate's word names a category
    many_answers = answers and all(f.mark_before in ("(", ",") for f in frames)
    cited_by = False
    if spans is None:
        spans = _labels_before_preposition(text, run, frames)
        counts_things = spans is not None and run[0].counted is not None
        # "Cost was cited by 61 per cent of respondents, distance by 50 per cent"
        cited_by = answers = many_answers = spans is not None and _cited_by(run, frames)
    if spans is None:
        return None
    labels = [text[s:e] for s, e in spans]
    if not _is_tally(
        text, run, labels, lo, hi, counts_things=counts_things, many_answers=many_answers
    ):
        return None
    if _aside_off(text, run, before):
        return None
    if any(item.kind == "other" for item in before[-1:]):
        before = []  # a year, a date or a reference right before: no whole
    whole = _whole_of(text, run, before, lo)
    if whole is None and run[-1].kind == "percent" and run[-1].of_total is not None:
        # "Women held 45 per cent and men 55 per cent of the 1,200 posts": the base
        whole = run[-1].of_total if adds_up_to_whole(run) else None
    # "1,942 staff held ..., 5,611 continuing appointments": every count counts staff
    subject = run[0].counted if _subject_then_objects(run, frames[0].right) else None
    # "46 per cent of the staff were nationals of A, 19 per cent of B": the noun after a
    # later share's "of" is its label; every share is of what the first counts
    of_labels = any(
        item.counted and item.counted.lower() in label.lower()
        for item, label in zip(run[1:], labels[1:], strict=True)
    )
    parts = []
    for item, (start, end), label in zip(run, spans, labels, strict=True):
        # a count's share with it: "Chad (26 cases, 10 per cent)"
        percent = item.percent if item.kind == "percent" else item.share
        share = None if percent is None else float(percent)
        count = None if item.kind == "percent" else item.value
        counted, inherited = subject or item.counted, False
        if (of_labels or cited_by or (many_answers and _one_base(run))) and item is not run[0]:
            # "..., distance by 50 per cent": of the respondents the first share names
            counted, inherited = run[0].counted, run[0].counted is not None
        parts.append(
            Part(
                label,
                count,
                min(start, item.start),
                max(end, item.end),
                percent=share,
                decimals=item.decimals if item.kind == "percent" else item.share_decimals,
                counted=counted,
                counted_inherited=inherited,
                qualifier=item.qualifier,
            )
        )
    kind = "survey" if respondents or answers or ASKED_WORDS.search(text, lo, hi) else "breakdown"
    unit = "percent" if run[0].kind == "percent" else "count"
    start = min(p.start for p in parts)
    end = max(p.end for p in parts)
    return Tally(kind, start, end, parts, total=whole, unit=unit)


def _extends(run: list[Item], tally: Tally | None) -> bool:
    """Whether ``run`` holds every part of ``tally``, in order, and more items besides.

    A phrasing reader that read the later items of a list, not its first ("Ten per cent
    ... are living in locations ranked high, while 32 per cent are living in medium and 58
    per cent in low ..."), found a part of what the whole run reads; so did a survey
    reader that read the first count of those who replied as its one part ("Replies came
    from 12 States in Africa, 9 in Asia and 7 in Europe"), or the later shares of a list
    of answers whose first share names its base ("cited cost (61 per cent of respondents),
    distance (50 per cent) and lack of time (30 per cent)").
    """
    if tally is None or tally.total is not None:
        return False
    survey_part = tally.kind == "survey" and (len(tally.parts) == 1 or tally.unit == "percent")
    if tally.kind != "breakdown" and not survey_part:
        return False  # a survey fact may be the first part: "from 23 States in Africa, 19 in"
    if len(tally.parts) >= len(run):
        return False
    if len(run) > _MAX_PARTS:
        return False  # no tally of so many parts is read (and the test below stays bounded)
    if (tally.unit == "percent") != (run[0].kind == "percent"):
        return False
    values = [
        (part.count, None if part.percent is None else Fraction(str(part.percent)))
        for part in tally.parts
    ]
    figures = [
        (None, item.percent) if item.kind == "percent" else (item.value, item.percent)
        for item in run
    ]
    width = len(values)
    return any(figures[at : at + width] == values for at in range(len(figures) - width + 1))


def find_parallel(
    text: str,
    items: list[Item],
    *,
    taken: list[tuple[int, int]] = (),  # type: ignore[assignment]
    partial: list[Tally] = (),  # type: ignore[assignment]
) -> list[Tally]:
    """Parallel counts or shares in the sentences of ``text`` where no tally was found.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it: only its
        counts and percentages are looked at, no number is searched for again.
    taken
        Where the other readers found tallies: a sentence holding one is skipped, unless
        all it holds is one of ``partial`` that a longer run of the sentence extends
        (:func:`_extends`).
    partial
        Breakdowns a phrasing reader found that may be a part of a list: where a run of
        parallel items holds all their parts and more, the run's reading replaces them
        (it starts or ends beyond them, and the caller keeps the larger of overlapping
        tallies).

    Returns
    -------
    list of Tally
        At most one breakdown or survey per sentence, offsets relative to ``text``.

    Examples
    --------
    >>> tally = find_parallel_in("There were 28 States parties with overdue initial "
    ...     "reports and 37 States parties with overdue periodic reports.")[0]
    >>> [(p.category, p.count) for p in tally.parts]
    [('initial reports', 28), ('periodic reports', 37)]
    >>> find_parallel_in("It covered 103 districts and 3,377 locations.")
    []
    """
    runs = _runs(text, items)
    if not runs:
        return []  # most paragraphs: no two counts or shares joined as a list
    extendable = {(t.start, t.end): t for t in partial}
    starts = [*sentence_starts(text), len(text)]
    item_starts = [item.start for item in items]
    taken_sorted = sorted(taken)
    reach = list(itertools.accumulate((end for _, end in taken_sorted), max))
    found = []
    done = -1  # the sentence where a tally was read last
    for run in runs:
        at = bisect.bisect_right(starts, run[0].start) - 1
        lo, hi = starts[at], starts[at + 1]
        if at == done or run[-1].start >= hi:
            continue  # one tally a sentence; a run across sentences is none
        before_end = bisect.bisect_left(taken_sorted, (hi, -1))  # spans that start before hi
        if before_end and reach[before_end - 1] > lo:
            one = before_end == 1 or reach[before_end - 2] <= lo  # one tally in the sentence
            last = taken_sorted[before_end - 1]
            if not (one and _extends(run, extendable.get(last))):
                continue  # another reader found a tally in the sentence
        if shares_of_one_group_in_wholes(text, run):
            continue  # "8 per cent women in troops and 18 per cent women in staff posts"
        first = bisect.bisect_left(item_starts, lo)
        before = items[first : bisect.bisect_left(item_starts, run[0].start, first)]
        tally = _read_run(text, run, before, lo, hi)
        if (
            tally is None
            and len(run) > 2
            and run[0].counted
            and _OWN_VERB_AFTER.search(text, run[0].end, run[1].start)
        ):
            # "conducted 2,300 patrols during the quarter and documented 86 incidents in
            # Gao, 69 in Timbuktu and 37 in Menaka": a count of other things, with a verb
            # of its own, before the list
            tally = _read_run(text, run[1:], [*before, run[0]], lo, hi)
        if tally is not None:
            found.append(tally)
            done = at
    return found


def find_parallel_in(text: str) -> list[Tally]:
    """:func:`find_parallel` over a string, reading its items first.

    Examples
    --------
    >>> tally = find_parallel_in("Most returned to Anbar (42,180 people), Ninewa (42,090) "
    ...     "and Salah al-Din (16,980).")[0]
    >>> [(p.category, p.count) for p in tally.parts]
    [('Anbar', 42180), ('Ninewa', 42090), ('Salah al-Din', 16980)]
    """
    from surveystats.extract.tally_items import find_numbers, read_items

    return find_parallel(text, read_items(text, numbers=find_numbers(text)))
