"""Figures that are parts of one whole: the general reader of last resort.

Every other reader knows a phrasing. This one knows none: it runs only on a sentence in
which every other reader found nothing, and reads a list of two or more figures of one
kind (counts, or percentages) that :func:`~surveystats.extract.tally_items.read_items`
already read, each with its label, where the sentence gives evidence that the figures
split ONE whole. It never searches the text for numbers again.

The list
    Figures joined by list joints ("," ";" "and" "while" "whereas"), no other number and
    no sentence end between them. Each figure's label is read on one side of it:

    - *before* it, the way a list of categories is written with the verb elided after
      the first ("Africa accounted for 16 per cent, Asia for 10 per cent and Europe for
      7 per cent"): the label is the noun phrase that opens the figure's clause, up to
      its verb or preposition;
    - *after* it, the counted noun and verb written once and elided later ("410 votes
      were cast for the plan and 230 against it", "31 States in Africa and 12 in Asia"):
      the label is what follows the figure, once the words the first item repeats
      (a preposition, the counted noun) are dropped.

The evidence, at least one of
    (a) a stated whole the counts add up to exactly (a count just before the list in its
        sentence, "Of the N", or "of the N" after the first figure), or shares adding up
        to 100 within their rounding;
    (b) a partition cue of the list's clause: a word that opens the parts of a whole
        right before the first figure ("of whom", "of which", "among them",
        "including", "namely", "broken down", "distributed"), a colon before it, a rest
        of the whole beside the parts ("the rest", "the remaining", "the remainder",
        "the balance", "the other"). "respectively" after the list is no cue here: the
        reader of "respectively" lists (:mod:`~surveystats.extract.tally_respective`)
        decides whether its figures split one whole or measure different ones ("The
        electorate of A and B numbered 450,000 and 700,000 voters respectively");
    (c) for counts only, parallel clauses: the later ones elide the first one's verb of
        holding or taking a share ("accounted for", "made up", "received", "won",
        "numbered", ...; not "has", "is" or "adopted"), keeping at most its
        preposition, or repeat that verb; or, with the labels after the figures, one
        counted noun written first and elided later. Shares need (a) or (b): "The A
        Party obtained 40 per cent of the votes, the B Party 35 per cent" is no split.

What it refuses
    Years, dates, money and references (the item reader already sets them apart), a
    time series or a change ("from 12 to 15 per cent", "rose", "compared with"), a range
    ("between 12 and 15", "12 to 15"), alternatives ("10, or even 15"), a result of the
    parts ("..., of which 218 were public, resulting in 55 resolutions"), rates and levels
    (a word of rates before the list), labels that are years, months or periods, bounds
    ("at least 12"), shares of more than 100 or of different bases ("21 per cent of girls
    and 4 per cent of boys"), places counted by what happened in them ("Schools reopened
    in 14 districts, clinics in 6"), a name's number ("flight 103"), figures with
    different verbs or nouns and no whole ("held 14 meetings and adopted 5
    resolutions", "Kenya received 12 visits and Geneva 3 meetings"), counts of votes and
    seats (the vote and election readers decide), labels of more than eight words,
    without a content word, or holding a pronoun. Counts of treaty acts and counts that
    are parts of the first are dropped after it as after every reader.

Every step is a scan over the sentence's items or a bounded look at a known place:
linear time.
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import (
    ASKED_WORDS,
    AUXILIARIES,
    PREPOSITIONS,
    RATE_WORDS,
    SHARE_VERBS,
    VERBS,
    Item,
    Number,
    bounds_label,
    read_value,
    word_set,
)
from surveystats.extract.tally_parallel import adds_up_to_whole, words_outside_asides
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally
from surveystats.text import MONTHS, sentence_starts

__all__ = ["find_partitions"]


_MAX_GAP = 160  # characters between two figures of one list
_MAX_PARTS = 20
_MAX_LABEL_WORDS = 8
_SHARE_SLACK = Fraction(1)  # shares of one whole add up to 100 within 1
_CUE_REACH = 30  # characters before the first figure where the word opening a list stands
_MAX_TAIL_WORDS = 4
_OF_THEM = re.compile(r"\s{1,3}of\s{1,3}(?:them|these|those)\b")  # a whole named before
_CLAUSE_REACH = 400  # characters of a clause read before its first figure or after its last
_BACK_REACH = 300  # characters back to the sentence before where "of them" may point
_EARLIER_NUMBERS = 6  # numbers of the sentences before looked at for that whole
_STOP = re.compile(r"[.?!][\s”\"]")
# List joints between two figures, strongest first; the first match of the strongest kind
# is the joint (the last "and": an earlier one belongs to a name, "Asia and the Pacific").
_JOINTS = (
    re.compile(r";\s{0,3}(?:and\s{1,3}|while\s{1,3}|whereas\s{1,3})?"),
    re.compile(r",\s{0,3}(?:while|whereas)\s{1,3}"),
    re.compile(r",\s{0,3}(?:(?:and|but)\s{1,3})?"),
    re.compile(r"\s(?:while|whereas)\s{1,3}"),
)
_AND = re.compile(r"\sand\s{1,3}")
_OR_AFTER = re.compile(r"\s{0,3}or\b")  # "10, or even 20": alternatives, no parts
# What the parts led to, after the joint: "..., of which 218 were public, resulting in 55
# resolutions", "..., leading to 30 reports": a result of them all, no part beside them.
_RESULT_AFTER = re.compile(
    r"\s{0,3}(?:(?:which|that)\s{1,3}(?:resulted|led|culminated)|resulting|leading|culminating)"
    r"\s{1,3}(?:in|to)\b"
)
# An open bound that ends a label and is no qualifier of the figure after it.
_OPEN_BOUND_BEFORE = re.compile(r"\b(?:or|and)\s{1,3}(?:over|above|more|older)\s{1,3}$")
# A range or a series between two figures: "12 to 15", "12-15", "between 12 and 15".
_RANGE_GAP = re.compile(r"\s{0,3}(?:per\s{1,3}cent\s{1,3})?(?:to|-|–|—|or)\s{0,3}$")
_BETWEEN = re.compile(r"\b(?:between|from)\s{1,3}$", re.IGNORECASE)
# A change over time or a comparison of times: the figures are no parts of one whole.
_CHANGE = re.compile(
    r"(?i)\b(?:from\s[^.;]{1,40}?\sto|rose|fell|increased|decreased|declined|dropped|grew"
    r"|doubled|halved|up\sfrom|down\sfrom|previous|last\syear|a\syear\searlier"
    r"|compared\s(?:with|to)|as\sagainst|versus|than)\b"
)
# Evidence (b): words that open a list of the parts of a whole, before its first figure
# ("The 40 posts comprise ...", "..., of whom ...", "namely"), and words that name the rest
# of the whole beside the parts, anywhere in the clause ("and the rest in ...").
_OPENING_CUE = re.compile(
    r"(?i)\b(?:of\s{1,3}(?:whom|which)|among\s{1,3}(?:them|whom|these)|including"
    r"|broken\s{1,3}down|distributed|namely|divided)\b"
)
_REST_CUE = re.compile(
    r"(?i)\bthe\s{1,3}(?:rest|remaining|remainder|balance|others?(?!\s{1,3}hand\b))\b"
)
_PERIOD = re.compile(
    r"(?i)\b(?:(?:1[89]|20)\d\d|quarters?|months?|periods?|decades?|weeks?|days?|years?"
    r"|biennium|session)\b"
)
_AGE = re.compile(
    r"\baged\s[^,;]{0,20}?years?|\byears?\s{1,3}(?:of\s{1,3}age|old|(?:or|and)\s{1,3}"
    r"(?:over|older|above|more))"
)
_MONTHS = frozenset(month.lower() for month in MONTHS)
# Words that join a label to the list or open it: no part of the label.
_LEADING = word_set(
    "and while whereas but with the a an some about around nearly almost approximately"
    " only just over under its their"
)
# Verbs that state a figure of their subject, beside the item reader's verbs.
_FIGURE_VERBS = word_set(
    """
    accounts accounted account made make makes numbered number numbers totalled totaled
    total totals stood stands obtained obtains received receives got gets won wins bear
    bears bore hosts hosted host comprise comprised represent represents contributed
    contributes contribute delivered delivers went goes came comes lodged filed submitted
    supplied sent holds held saw sees recorded records reported reports registered undertook
    assessed rated estimated put fixed set amounted amounts
    """
)
_FUNCTION = (
    PREPOSITIONS
    | AUXILIARIES
    | _LEADING
    | word_set("of or per cent percent together alone combined")
)


def _joint(gap: str) -> re.Match[str] | None:
    """The list joint in the gap between two figures, or ``None``.

    >>> _joint(" for union with Chad and ").group()
    ' and '
    >>> _joint(" per cent, and the countries of Asia and the Far East ").group()
    ', and '
    """
    for pattern in _JOINTS:
        if (match := pattern.search(gap)) is not None:
            return match
    last = None
    for last in _AND.finditer(gap):  # noqa: B007 (the loop keeps the last match)
        pass
    return last


def _end(item: Item) -> int:
    """Where the figure ends: its number and, for a share, "per cent"."""
    return item.end


def _runs(text: str, items: list[Item]) -> list[list[tuple[Item, int, int]]]:
    """Runs of two or more figures of one kind with the joint before each later one.

    Each entry is (item, joint start, joint end); the first item's joint is (-1, -1).
    """
    runs: list[list[tuple[Item, int, int]]] = []
    run: list[tuple[Item, int, int]] = []
    for item in items:
        if item.kind not in ("count", "percent"):
            if run and bounds_label(text, item):
                continue  # "adults aged 18 to 59 years 44 per cent": inside a label
            if len(run) > 1:
                runs.append(run)
            run = []
            continue
        if run:
            last = run[-1][0]
            gap_start = max(last.head_end, _end(last))
            gap = text[gap_start : item.prefix_start]
            match = None
            if (
                item.kind == last.kind
                and item.prefix_start - gap_start <= _MAX_GAP
                and item.prefix_start >= gap_start
                and _STOP.search(gap) is None
                and _RANGE_GAP.match(text[_end(last) : item.prefix_start]) is None
            ):
                match = _joint(gap)
            if match is not None and (
                _OR_AFTER.match(gap, match.end()) or _RESULT_AFTER.match(gap, match.end())
            ):
                match = None
            if match is None:
                if len(run) > 1:
                    runs.append(run)
                run = []
            else:
                run.append((item, gap_start + match.start(), gap_start + match.end()))
                continue
        run = [(item, -1, -1)]
    if len(run) > 1:
        runs.append(run)
    return runs


def _clause_start(text: str, lo: int, item: Item) -> int:
    """Where the first figure's clause opens: after the last mark before it in its sentence.

    At most ``_CLAUSE_REACH`` characters back: a page of OCR with no mark is no clause,
    and reading it whole for every figure would take time that grows with its square.
    """
    lo = max(lo, item.prefix_start - _CLAUSE_REACH)
    at = max(text.rfind(mark, lo, item.prefix_start) for mark in ",;:")
    return lo if at < 0 else at + 1


def _clause_end(text: str, start: int, hi: int) -> int:
    """Where the last figure's clause ends: its next mark, "while" or the sentence's end."""
    hi = min(hi, start + _CLAUSE_REACH)  # as in :func:`_clause_start`
    match = _CLAUSE_END.search(text, start, hi)
    return hi if match is None else match.start()


_CLAUSE_END = re.compile(r"[,;:.(]|\s(?:while|whereas|but|with)\s")


# The verbs a label's clause may state its figure with; "all", "only" and the like are
# no verbs here (the item reader's AUXILIARIES holds them).
_BE_HAVE = word_set("is are was were be been has have had")
_LABEL_VERBS = VERBS | _BE_HAVE | _FIGURE_VERBS
# The verbs whose subjects hold or take a share of one whole: the only verbs a list of
# categories may elide or repeat ("A accounted for 12, B for 9").
_HOLDING_VERBS = (
    (_FIGURE_VERBS | SHARE_VERBS)
    - _BE_HAVE
    - word_set(
        "went goes came comes saw sees sent reported reports recorded records registered"
        " lodged filed submitted assessed rated estimated put fixed set"
    )
)
_MODALS = word_set("would could should might may will shall must can cannot")
_LOCATIVE = word_set("in at within across on inside outside throughout")
# Words that no label holds: pronouns, adverbs of discourse, relatives.
_NOT_LABEL = word_set(
    """
    there it they this that these those which who whom whose we he she its nevertheless
    however moreover furthermore thus therefore also even yet still only respectively
    each both all such what where when if than then i you first finally again
    """
)
_BEFORE_PARTICIPLE = word_set("the a an least less more most newly well self its their")
# What may stand between a label's verb and its figure: "accounted for", "undertook to
# contribute", "made up", "numbered some".
_TAIL = PREPOSITIONS | _LEADING | word_set("to up of")


def _is_verb(words: list[tuple[str, int, int]], at: int) -> bool:
    """Whether the word at ``at`` is a verb: a known one, or a past form after a noun.

    >>> _is_verb([("Department", 0, 0), ("issued", 0, 0)], 1)
    True
    >>> _is_verb([("least", 0, 0), ("developed", 0, 0)], 1)
    False
    """
    lowered = words[at][0].lower()
    if lowered in _LABEL_VERBS:
        return True
    return (
        at > 0
        and words[at][0].islower()
        and lowered.endswith("ed")
        and lowered != "aged"  # "adults aged 18 to 59": the label's own participle
        and words[at - 1][0].lower() not in _BEFORE_PARTICIPLE
        and words[at - 1][0].lower() not in ("and", "or")  # "General Service and related"
    )


class _Frame(NamedTuple):
    """What stands before one figure in its clause: its label, verb and the words between."""

    label: list[tuple[str, int, int]]
    verb: str  # "" where elided
    tail: tuple[str, ...]  # the lowered words between the verb (or label) and the figure


def _frame_before(words: list[tuple[str, int, int]]) -> _Frame | None:
    """The label that opens a clause before a figure, its verb and what follows it.

    >>> frame = _frame_before([(w, 0, 0) for w in "while Europe accounts for".split()])
    >>> [w for w, _, _ in frame.label], frame.verb, frame.tail
    (['Europe'], 'accounts', ('for',))
    >>> _frame_before([(w, 0, 0) for w in "and organized".split()]) is None
    True
    """
    words = list(words)
    determined = False  # "the developed countries": a participle after a determiner
    while words and words[0][0].lower() in _LEADING:
        determined = words[0][0].lower() in _BEFORE_PARTICIPLE
        del words[0]
    if not words:
        return None
    first = words[0][0]
    if first.islower() and not determined:
        lowered = first.lower()
        if lowered in PREPOSITIONS or lowered in ("of", "or") or lowered in _LABEL_VERBS:
            return None  # "and organized 46 ...", "between A and 4": no noun first
        if lowered.endswith(("ed", "ing")):
            return None
    end = len(words)
    verb = ""
    verbs = [at for at in range(1, len(words)) if _is_verb(words, at)]
    # the verb nearest the figure, where only a few small words follow it ("Programme
    # support accounted for"), else the first one
    near = [
        at
        for at in verbs
        if len(words) - at - 1 <= _MAX_TAIL_WORDS  # a long tail is never short: not built
        and _short_tail(tuple(w.lower() for w, _, _ in words[at + 1 :]))
    ]
    if near or verbs:
        end = near[-1] if near else verbs[0]
        verb = words[end][0].lower()
    tail_from = end + 1 if verb else end
    if not verb:  # the label ends before the prepositions and qualifiers that end the frame
        while end > 1 and words[end - 1][0].lower() in _TAIL:
            end -= 1
        tail_from = end
    label = words[:end]
    while label and label[-1][0].lower() in _FUNCTION:
        label = label[:-1]
    tail = tuple(w.lower() for w, _, _ in words[tail_from:])
    if not label or any(w.lower() in _NOT_LABEL for w, _, _ in label):
        return None
    return _Frame(label, verb, tail)


def _content(words: list[tuple[str, int, int]]) -> bool:
    """Whether a label holds a word that names something."""
    return any(w.lower() not in _FUNCTION and not w[0].isdigit() for w, _, _ in words)


def _gapped(frames: list[_Frame]) -> str:
    """How the later clauses state their figures: "elided" or "repeated" the first's verb.

    Gapping, as English writes a list of categories: "A accounted for 12, B for 9 and C
    for 4" (the verb elided, the preposition kept or dropped) or "female staff numbered
    31, while male staff numbered 25". "" where the clauses are no such list.
    """
    first = frames[0]
    if first.verb not in _HOLDING_VERBS:
        # "The Council has 15 members and the Assembly 193": wholes of their own; "The
        # Council adopted 40 of them, Uganda 3": no verb of a share or a holding
        return ""
    if set(first.tail) & _LOCATIVE:
        return ""  # "Schools reopened in 14 districts, clinics in 6": places, overlapping
    if not first.verb or len(first.tail) > 3 or any(w not in _TAIL for w in first.tail):
        return ""  # the first clause: a verb, then at most a few small words
    if all(not f.verb and set(f.tail) <= set(first.tail) for f in frames[1:]):
        return "elided"
    if all(f.verb == first.verb and f.tail == first.tail for f in frames[1:]):
        return "repeated"
    return ""


def _labels_before(
    text: str, run: list[tuple[Item, int, int]], lo: int
) -> tuple[list[list[tuple[str, int, int]]] | None, str]:
    """Labels before the figures, and how the later clauses state them (:func:`_gapped`)."""
    frames = []
    for at, (item, _, joint_end) in enumerate(run):
        begin = _clause_start(text, lo, item) if at == 0 else joint_end
        words = words_outside_asides(text, begin, item.prefix_start)
        if not words or (at and "," in text[begin : item.prefix_start]):
            return None, ""
        frame = _frame_before(words)
        if frame is None or not _content(frame.label) or len(frame.label) > _MAX_LABEL_WORDS:
            return None, ""
        if at == 0 and (not frame.verb or not _short_tail(frame.tail)):
            return None, ""  # the first label is the subject of a verb right before it
        if words[-1][0].lower() == "of":
            return None, ""  # "a service charge of 0.75 per cent": a measure of the label
        if at and item.counted and (run[0][0].counted or "").lower() != item.counted.lower():
            return None, ""  # "Kenya received 12 visits and Geneva 3 meetings": other nouns
        last, label_end = frame.label[-1][0], frame.label[-1][2]
        if item.kind == "count" and not text[label_end : item.start].strip() and _singular(last):
            return None, ""  # "flight 103", "resolution 1654": a name's number
        frames.append(frame)
    for at in range(1, len(run)):
        item = run[at][0]
        stop = run[at + 1][1] if at + 1 < len(run) else item.end
        if _content(words_outside_asides(text, max(item.head_end, item.end), stop)):
            return None, ""  # a later figure with words of its own after it
    return [frame.label for frame in frames], _gapped(frames)


def _short_tail(tail: tuple[str, ...]) -> bool:
    """Whether a verb reaches its figure in a few small words ("undertook to contribute")."""
    return len(tail) <= _MAX_TAIL_WORDS and all(
        word in _TAIL or word in _LABEL_VERBS or (at and tail[at - 1] == "to")
        for at, word in enumerate(tail)
    )


def _singular(word: str) -> bool:
    """Whether a label's last word is a common noun in the singular ("flight", "article")."""
    return word.islower() and not word.endswith("s") and word not in _IRREGULAR_PLURALS


_IRREGULAR_PLURALS = word_set("people staff personnel police children women men")


def _labels_after(
    text: str, run: list[tuple[Item, int, int]], hi: int
) -> tuple[list[list[tuple[str, int, int]]] | None, str]:
    """Labels after the figures, and "elided" where the later ones elide the first's noun."""
    frames = []
    for at, (item, _, _) in enumerate(run):
        if at and any(
            w.lower() not in _LEADING
            for w, _, _ in words_outside_asides(text, run[at][2], item.prefix_start)
        ):
            return None, ""  # a subject or verb of its own before a later figure
        stop = run[at + 1][1] if at + 1 < len(run) else _clause_end(text, _end(item), hi)
        frames.append(words_outside_asides(text, _end(item), stop))
    if run[0][0].kind == "percent" and any(words and words[0][0] == "of" for words in frames[1:]):
        return None, ""  # "21 per cent of girls and 4 per cent of boys": different bases
    first = frames[0]
    nouns = {item.counted.lower().split()[-1] for item, _, _ in run if item.counted}
    labels = []
    later = frames[-1]
    while later and later[0][0].lower() in AUXILIARIES | VERBS:
        later = later[1:]
    anchor = later[0][0].lower() if later else ""
    if anchor in PREPOSITIONS and anchor != "of":
        for words in frames:
            lowered = [w.lower() for w, _, _ in words[:10]]
            if anchor not in lowered:
                return None, ""
            labels.append(words[lowered.index(anchor) + 1 :])
    else:
        for item, _, _ in run:
            if not item.counted or item.kind != "count":
                return None, ""
        labels = [words_outside_asides(text, item.start, item.head_end)[1:] for item, _, _ in run]
    out = []
    for words in labels:
        words = _cut(text, words)
        if (
            not words
            or not _content(words)
            or len(words) > _MAX_LABEL_WORDS
            or any(w.lower() in _NOT_LABEL for w, _, _ in words)
        ):
            return None, ""
        out.append(words)
    verbs = {w.lower() for words in frames[1:] for w, _, _ in words if w.lower() in VERBS}
    first_verbs = {w.lower() for w, _, _ in first if w.lower() in VERBS}
    if len(nouns) > 1 and any(text.startswith(";", joint) for _, joint, _ in run[1:]):
        return None, ""  # "... of 2,723 candidates; 9,000 members ...": clauses of their own
    parallel = len(nouns) <= 1 and verbs <= first_verbs
    return out, "elided" if parallel else ""


_LABEL_END = re.compile(
    r"\s(?:who|which|that|whose|according|respectively)\b|[(\[,;]"
    r"|\sand\s{1,3}the\s{1,3}(?:rest|remaining|remainder|balance|others?)\b"
)


def _cut(
    text: str, words: list[tuple[str, int, int]], *, keep_verbs: bool = False
) -> list[tuple[str, int, int]]:
    """A label's words up to a relative clause, an aside or the rest of the whole.

    Leading joint words go, and leading verbs unless ``keep_verbs``.
    """
    if not words:
        return words
    end = _LABEL_END.search(text, words[0][1], words[-1][2])
    words = [w for w in words if end is None or w[2] <= end.start()]
    leading = _LEADING if keep_verbs else _LEADING | AUXILIARIES | VERBS
    while words and words[0][0].lower() in leading:
        words = words[1:]
    return words


def _after_label(text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
    """The label a figure's predicate after it names: "(were living) with host families".

    A share's base ("of the displaced persons") and the verbs are skipped, then one
    preposition; the label ends at the next preposition or clause mark.

    >>> text = "46 per cent of the persons were living with host families in the north"
    >>> [w for w, _, _ in _after_label(text, 11, len(text))]
    ['host', 'families']
    >>> text = "58 remained unanswered at the time of writing"
    >>> [w for w, _, _ in _after_label(text, 2, len(text))]
    ['unanswered']
    """
    words = _cut(text, words_outside_asides(text, start, stop), keep_verbs=True)
    lowered = [w.lower() for w, _, _ in words]
    at = 0
    if lowered[:1] == ["of"]:  # a share's base, up to its verb
        at = next((i for i, word in enumerate(lowered) if _predicate_word(word)), len(words))
    while at < len(words) and (_predicate_word(lowered[at]) or lowered[at] in _NOT_LABEL):
        if lowered[at] in _MODALS:
            return []  # "nine members would enable it": a supposition, no part of a whole
        at += 1
    if at < len(words) and lowered[at] in PREPOSITIONS:
        at += 1
    end = next((i for i in range(at + 1, len(words)) if lowered[i] in PREPOSITIONS), len(words))
    return words[at:end]


def _predicate_word(word: str) -> bool:
    """Whether a lowered word is a verb or an auxiliary of a predicate ("were", "living").

    An unknown past participle is kept: "remained unanswered" is labelled "unanswered".
    """
    return word in AUXILIARIES or word in _LABEL_VERBS or (len(word) > 4 and word.endswith("ing"))


def _labels_mixed(
    text: str, run: list[tuple[Item, int, int]], lo: int, hi: int
) -> list[list[tuple[str, int, int]]] | None:
    """Each figure's own label: the subject before it, or else the predicate after it.

    "Replies were received to 38 of them, while 58 remained unanswered", "Programme
    support accounted for 11 per cent ..., with the remaining 89 per cent spent on
    programme activities": the clauses differ, so only a whole or a cue makes them one
    list (:func:`_read_run` asks for one).
    """
    labels = []
    for at, (item, _, joint_end) in enumerate(run):
        begin = _clause_start(text, lo, item) if at == 0 else joint_end
        frame = _frame_before(words_outside_asides(text, begin, item.prefix_start))
        if frame is not None and (frame.verb or at) and _short_tail(frame.tail):
            words = frame.label
        else:
            stop = run[at + 1][1] if at + 1 < len(run) else _clause_end(text, item.end, hi)
            words = _after_label(text, max(item.head_end, item.end), stop)
        if not words or not _content(words) or len(words) > _MAX_LABEL_WORDS:
            return None
        labels.append(words)
    return labels


def _subject_holds(text: str, run: list[tuple[Item, int, int]], lo: int) -> bool:
    """Whether the first figure's label, before it, holds its share ("A accounted for 11").

    Clauses of different shapes make one list only where the first states a share of a
    whole, or every label is a predicate after its figure; never across a semicolon.
    """
    if any(text.startswith(";", joint) for _, joint, _ in run[1:]):
        return False
    first = run[0][0]
    frame = _frame_before(
        words_outside_asides(text, _clause_start(text, lo, first), first.prefix_start)
    )
    if frame is not None and frame.tail[-1:] == ("that",):
        return True  # "Japan noted that 40 per cent ...": the share opens the reported clause
    return frame is None or not frame.verb or frame.verb in _HOLDING_VERBS


def _whole_before(text: str, run: list[tuple[Item, int, int]], earlier: list[Number]) -> int | None:
    """A count of the sentence before that the counts add up to, where "of them" points back.

    "The Department employed 1,304 staff. Women accounted for 542 of them and men for
    762.": the whole is a verb's object, no item, so the numbers are looked at.
    """
    first = run[0][0]
    if first.kind != "count" or _OF_THEM.match(text, first.end) is None:
        return None
    total = sum(item.value or 0 for item, _, _ in run)
    for number in reversed(earlier):
        if first.start - number.end > _BACK_REACH:
            break
        if read_value(number) == ("count", total):
            return total
    return None


def _is_whole_of(text: str, run: list[tuple[Item, int, int]]) -> bool:
    """Whether the first count of a run is the whole of the later ones.

    "Of the 40 posts, A holds 21, ...", or a count its parts add up to, a link of a whole
    between it and them ("1,900 staff, of whom ...", "58 posts: 30 ..."): nine translators
    are no whole of six interpreters and three editors.
    """
    first, rest = run[0][0], [item for item, _, _ in run[1:]]
    if first.kind != "count" or any(item.kind != "count" for item in rest):
        return False
    if first.total_before:
        return True
    link = text[first.end : rest[0].start]
    return first.value == sum(item.value or 0 for item in rest) and (
        ":" in link or _OPENING_CUE.search(link) is not None
    )


def _whole(text: str, run: list[tuple[Item, int, int]], before: list[Item]) -> int | None:
    """A stated whole the counts add up to exactly: a count just before, or "of the N"."""
    items = [item for item, _, _ in run]
    if items[0].kind != "count" or any(item.value is None for item in items):
        return None
    total = sum(item.value for item in items)  # type: ignore[misc]
    if items[0].of_total is not None and items[0].of_total == total:
        return total
    if before and before[-1].kind == "count" and before[-1].value == total:
        return total
    return None


def _refused(text: str, run: list[tuple[Item, int, int]], labels: list[str], lo: int) -> bool:
    """What is no partition: a range, periods, bounds, shares over 100 (a change aside)."""
    for item, _, _ in run:
        raw = text[item.start : item.end]
        if raw.lower() == "one" or YEAR_FIGURE.fullmatch(raw):
            return True
        if item.qualifier in ("at_least", "at_most", "more_than", "less_than") and not (
            _OPEN_BOUND_BEFORE.search(text, max(lo, item.prefix_start - 12), item.start)
        ):
            return True  # "at least 12"; not "aged 60 or over 4 per cent": the age's bound
        if _BETWEEN.search(text, max(lo, item.prefix_start - 12), item.prefix_start):
            return True
    for label in labels:
        lowered = _AGE.sub("", label.lower())  # "persons aged 60 years or over": no period
        if _PERIOD.search(lowered) or any(word in _MONTHS for word in lowered.split()):
            return True
    if len({label.lower() for label in labels}) < len(labels):
        return True
    if run[0][0].kind == "percent":
        shares = [item.percent for item, _, _ in run]
        if any(share is None for share in shares) or sum(shares) > 100 + _SHARE_SLACK:  # type: ignore[arg-type]
            return True
    return False


class _Cues:
    """Where one sentence's cue words stand, found once for all the runs read in it.

    Each run asks whether a rate word stands before it, and whether "the rest" stands
    after it in the sentence: searched per run, a long sentence of many runs took a time
    that grows with the square of its length.
    """

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo = text, lo
        self.first_rate = RATE_WORDS.search(text, lo, hi)
        self.change = _CHANGE.search(text, lo, hi) is not None
        self.rests = [m.start() for m in _REST_CUE.finditer(text, lo, hi)]

    def rate_before(self, end: int) -> bool:
        """Whether a rate word stands in the sentence before ``end``."""
        first = self.first_rate
        if first is None or first.start() >= end:
            return False
        return first.end() <= end or RATE_WORDS.search(self.text, self.lo, end) is not None

    def rest_from(self, start: int) -> bool:
        """Whether "the rest" (or "the remaining", ...) stands at or after ``start``."""
        return bisect.bisect_left(self.rests, start) < len(self.rests)


def _read_run(
    text: str,
    run: list[tuple[Item, int, int]],
    before: list[Item],
    lo: int,
    hi: int,
    *,
    cues: _Cues,
    earlier: list[Number] = (),  # type: ignore[assignment]
) -> Tally | None:
    """One run as a tally where the sentence gives evidence of one whole, else ``None``.

    ``cues`` are the sentence's cue words (:class:`_Cues`), found once for all its runs.
    """
    if len(run) > _MAX_PARTS or any(
        (item.counted or "").lower().split()[-1:] in (["votes"], ["seats"], ["ballots"])
        for item, _, _ in run
        if item.kind == "count"
    ):
        return None  # counts of votes and seats: the vote and election readers decide
    if len(run) > 2 and _is_whole_of(text, run):
        # "Of the 40 posts, A holds 21, B 12 and C 7": the first count is the whole
        before = [*before, run[0][0]]
        run = [(run[1][0], -1, -1), *run[2:]]
    first = run[0][0]
    percent = first.kind == "percent"
    if any(_OF_THEM.match(text, item.end) for item, _, _ in run[1:]):
        return None  # "62 per cent ..., with 38 per cent of them headed by women": a subset
    if cues.rate_before(first.start):
        return None  # "The literacy rate stood at 61 per cent in A, 25 per cent in B": rates
    # the evidence of one whole that needs no labels: a whole, 100 per cent, a cue of the
    # list's own clause (opening it, or naming the rest)
    whole = None if percent else _whole(text, run, before) or _whole_before(text, run, earlier)
    near = _clause_start(text, lo, first)
    strong = (
        whole is not None
        or (percent and adds_up_to_whole([item for item, _, _ in run]))
        or _OPENING_CUE.search(text, max(near, first.prefix_start - _CUE_REACH), first.start)
        is not None
        or cues.rest_from(near)
        or text.find(":", near, first.prefix_start) >= 0
    )
    labels, parallel = _labels_before(text, run, lo)
    if labels is None:
        if (
            percent
            and not any(item.remaining for item, _, _ in run)
            and not cues.rest_from(near)
            and _SHARE_OF_SUBJECT.search(text, max(lo, first.prefix_start - 40), first.start)
        ):
            # "Women made up 38 per cent of staff at the P level and 61 per cent at the G
            # level": one group's shares of different bases (the labels after say where);
            # "..., with the remaining 36 per cent spent on ..." splits one whole
            return None
        labels, parallel = _labels_after(text, run, hi)
    if labels is None and strong and (whole is not None or _subject_holds(text, run, lo)):
        # clauses of different shapes ("..., while 58 remained unanswered"): only with a
        # whole, or a cue where the first clause states a share ("The unit received 310
        # files; 390 were closed and the rest ...": a whole's verb, no list)
        labels, parallel = _labels_mixed(text, run, lo, hi), ""
    if labels is None:
        return None
    # without a whole or a cue, only counts in parallel clauses: shares with their verb
    # elided ("The A Party obtained 40 per cent of the votes, the B Party 35 per cent")
    # are no split
    if not strong and (percent or not parallel):
        return None
    names = [text[words[0][1] : words[-1][2]] for words in labels]
    if cues.change or _refused(text, run, names, lo):
        return None
    parts = []
    for (item, _, _), words, name in zip(run, labels, names, strict=True):
        parts.append(
            Part(
                name,
                None if percent else item.value,
                min(words[0][1], item.start),
                max(words[-1][2], item.end),
                percent=float(item.percent) if percent and item.percent is not None else None,
                decimals=item.decimals if percent else None,
                counted=item.counted,
                qualifier=item.qualifier,
                remaining=item.remaining,
            )
        )
    kind = "survey" if ASKED_WORDS.search(text, lo, hi) else "breakdown"
    start = min(part.start for part in parts)
    end = max(part.end for part in parts)
    return Tally(kind, start, end, parts, total=whole, unit="percent" if percent else "count")


# A verb of holding a share right before the first one, its subject the group the shares
# are of: "Women made up 38 per cent", "Refugees accounted for some 40 per cent".
_SHARE_OF_SUBJECT = re.compile(
    r"\b(?:(?:made|make|makes)\s{1,3}up|account(?:ed|s)?\s{1,3}for|represent(?:ed|s)?"
    r"|constitut(?:ed|es?)|comprised)"
    r"\s{1,3}(?:(?:about|some|nearly|almost|over|around|only|just\s{1,3}over)\s{1,3})?$"
)


def _free_figures(items: list[Item], taken: list[tuple[int, int]]) -> int:
    """How many counts and shares stand outside every tally already found (a cheap gate)."""
    spans = sorted(taken)
    starts = [start for start, _ in spans]
    free = 0
    for item in items:
        if item.kind not in ("count", "percent"):
            continue
        at = bisect.bisect_right(starts, item.start) - 1
        if at < 0 or spans[at][1] <= item.start:
            free += 1
    return free


def find_partitions(
    text: str, items: list[Item], numbers: list[Number], *, taken: list[tuple[int, int]]
) -> list[Tally]:
    """Lists of figures that split one whole, in the sentences where no tally was found.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`): a whole that
        "of them" points back to may be a verb's object, which is no item.
    taken
        Where the other readers found tallies: a sentence that overlaps one is skipped.

    Returns
    -------
    list of Tally
        At most one tally per sentence, offsets relative to ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = "Of the 40 posts, African States hold 21, Asian States 12 and European States 7."
    >>> numbers = find_numbers(text)
    >>> [(p.category, p.count) for t in find_partitions(
    ...     text, read_items(text, numbers=numbers), numbers, taken=[]) for p in t.parts]
    [('African States', 21), ('Asian States', 12), ('European States', 7)]
    """
    if _free_figures(items, taken) < 2:
        return []  # most paragraphs: their figures are in the tallies other readers found
    runs = _runs(text, items)
    if not runs:
        return []
    starts = [*sentence_starts(text), len(text)]
    item_starts = [item.start for item in items]
    number_starts = [number.start for number in numbers]
    found = []
    done = -1
    sentence_cues: dict[int, _Cues] = {}
    for run in runs:
        first, last = run[0][0], run[-1][0]
        at = bisect.bisect_right(starts, first.start) - 1
        lo, hi = starts[at], starts[at + 1]
        if at == done or last.start >= hi:
            continue
        if any(start < hi and end > lo for start, end in taken):
            continue
        # the item right before the run in its sentence, which may state its whole
        upto = bisect.bisect_left(item_starts, first.start)
        before_items = items[max(bisect.bisect_left(item_starts, lo), upto - 1) : upto]
        upto = bisect.bisect_left(number_starts, lo)
        earlier = numbers[max(0, upto - _EARLIER_NUMBERS) : upto]
        earlier = [number for number in earlier if number.end <= lo]
        if at not in sentence_cues:
            sentence_cues[at] = _Cues(text, lo, hi)
        tally = _read_run(text, run, before_items, lo, hi, earlier=earlier, cues=sentence_cues[at])
        if tally is None and len(run) > 2 and ";" in text[run[1][1] : run[1][2]]:
            # "1.2 million applications were registered; Germany received 217,000, ...":
            # the clause before the semicolon may state the whole of the list after it
            rest = [(run[1][0], -1, -1), *run[2:]]
            tally = _read_run(
                text, rest, [run[0][0]], lo, hi, earlier=earlier, cues=sentence_cues[at]
            )
        if tally is not None:
            found.append(tally)
            done = at
    return found
