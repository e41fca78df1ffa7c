"""Shares that make up a whole, read on the evidence of 100 per cent alone.

Whatever the words around them, two or more percentages of one sentence that add up to
100 within the rounding they are written with are, to a reader of official text, the
split of one whole: "About 48 per cent are under 19 years, 6 per cent are aged 60 and
above, and the remaining 46 per cent are in the age range 20-59", "The ratio between
outgoing movements (63%) during February and incoming movements (37%) remained the same",
"IDPs in camps (988,428 individuals or 40%) and IDPs residing in host communities
(1,466,762 individuals or 60%)". The other readers know phrasings; this one knows the
arithmetic, and runs after all of them, on the percentages no tally they found holds. A
last share that "the remaining" or "the corresponding figure" carries into the next
sentence ("... were female. The corresponding figure for men: 18 percent") is read with
the shares before it. A split of shares another reader read in part, that does not make
100 on its own, takes the run's shares it lost ("from A (51%), B (15%), C (4%) and other
sites (30%)" read from B on), and so does one whose lost share says it is the rest ("...
and 25% in the East. the remaining 1% were identified in the South", 99 without it). A
split another reader read whole, each part named by the fraction that restates its share
("Nearly two thirds (62 per cent) ... were women and a little over a third (37 per cent)
were men"), takes the labels read here ("women", "men").

The run
    Shares of one sentence in the order written, each a percentage or a count with its
    share ("3,367 households (50%)", "(988,428 individuals or 40%)"), no count of its own
    between two of them. The run is read where a stretch of two or more of them adds up to
    100 within half a unit of each share's last decimal (whole numbers may miss by up to
    k/2 for k shares, shares with one decimal by k/20): the longest such stretch, and
    only where it is the whole run or a sentence's end or "of whom" parts it from the
    rest (a piece of a longer list that makes 100 does so by chance).

Its labels, each from the words of its own share
    - a share in parentheses is named by the noun phrase before them ("outgoing
      movements (63%)"), back to a verb, a preposition that links it to what it is of
      ("between", "from", "by") or the joint after the share before; a share word before
      the parentheses ("The majority (74 per cent) of the allegations ... are from the
      missions in A") makes it the subject, named by its predicate;
    - a share that opens its clause is named by its predicate, after the verb "be" where
      the clause has one ("48 per cent are under 19 years" -> "under 19 years", "82
      percent of victims of ... were female" -> "female");
    - a share with no words after it in its clause by the words before it ("women 38
      per cent", "The corresponding figure for men: 18 percent" -> "men").

What stays none, as the README's conventions decide
    Shares of different wholes ("55 per cent of women and 45 per cent of men"), a change
    or a comparison ("rose from 40% to 60%", "(5% vs. 3%)", "compared to 56% in
    February"), a range ("between 30 and 70 per cent"), a share and its complement stated
    as one fact ("30 per cent funded, leaving 70 per cent unmet"), rates, levels and
    other measures ("a 95 per cent confidence level and a 5 per cent margin of error"),
    shares bounded by "more than", "at least", "nearly" or "up to" (no exact figure makes
    no sum), votes and elections (their readers decide), labels that are years alone,
    that repeat, or that have no word that names something.

Every step is a scan over the sentence's items or a bounded look at a known place:
linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import (
    AUXILIARIES,
    PREPOSITIONS,
    RATE_WORDS,
    VERBS,
    Item,
    bounds_label,
    word_set,
)
from surveystats.extract.tally_parallel import words_outside_asides
from surveystats.extract.tally_parts import Part, Tally, holds_any
from surveystats.extract.tally_share_whole import makes_hundred
from surveystats.text import sentence_starts

__all__ = ["may_hold_shares_to_whole", "with_shares_to_whole"]

_MAX_PARTS = 12
_MAX_GAP = 200  # characters between two shares of one run
_MAX_LABEL_WORDS = 12
_CLAUSE_REACH = 160  # characters a label is looked for before or after its share
_BE_REACH = 12  # words after a share where the verb "be" of its clause may stand
_BOUNDS = frozenset(("more_than", "at_least", "less_than", "at_most"))
# A count and its share in one parenthesis, the count first: "(1,822,932 individuals or
# 92%)", "(412 persons, 61 per cent)". (A share in parentheses right after its count,
# "3,367 households (50%)", is the count's own: the item reader reads it.)
_PAIR_INSIDE = re.compile(r"\s{0,3}(?:[A-Za-z-]{1,20}\s{1,3}){0,3}(?:or|,|;)\s{0,3}$")
# A change, a comparison or a measure between two shares or in the first one's clause
# before it: the figures are of different times or things, or no parts at all ("a 95 per
# cent confidence level and a 5 per cent margin of error").
_CHANGE = re.compile(
    r"(?i)\b(?:rise|rises|rose|risen|rising|fell|fallen|falling|falls?|increas\w*"
    r"|decreas\w*|declin\w*|drops?|dropp\w*|jump\w*|surg\w*|gains?|loss|losses|cuts?"
    r"|grew|growth|reduc\w*|compared|comparison|versus|vs|than|previous\w*|earlier"
    r"|doubl\w*|halv\w*|tripl\w*|average|margin|error|confidence|interest|respectively)\b"
)
# A word right before a share that makes it an end of a range or a change: "from 40% to
# 60%", "between 30 and 70 per cent", "by 5 per cent", "a reduction of 33%".
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:from|to|between|than|by|of|at)\s{1,3}(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3})?$"
    r"|[-–—]\s{0,2}$"
)
# "30 per cent funded, leaving 70 per cent unmet": the complement of one fact.
_COMPLEMENT = re.compile(r"(?i)\b(?:leaving|meaning|i\.e|that\s{1,3}is|namely)\b")
# Words before a share in parentheses that make it the clause's subject: "The majority
# (74 per cent) of the allegations ... are from ...".
_SHARE_WORDS = word_set(
    """
    majority minority half halves third thirds quarter quarters fifth fifths tenth tenths
    most bulk share proportion percentage part fraction all
    """
)
# Prepositions that link a label to what it is part of or where it went; no label holds
# them ("The ratio between outgoing movements (63%)", "arrived by sea (84%)").
_STOP_PREPOSITIONS = (
    PREPOSITIONS - word_set("in on at under over within outside inside across near without per off")
) | word_set("of")
_BE = word_set("is are was were be been being remain remains remained stood stands")
_LEADING = word_set("the a an and or but while whereas with some about around roughly")
_TRAILING = word_set(
    "and or but while whereas with the a an of in on at to for by as remaining rest other"
    " another further"
)
_NOT_LABEL = word_set(
    """
    it they this that these those which who whom whose we he she there here its their
    his her them each both all respectively
    """
)
_FUNCTION = PREPOSITIONS | AUXILIARIES | _LEADING | _TRAILING | word_set("per cent percent")
_FRACTION_WORDS = (
    _SHARE_WORDS
    | _LEADING
    | word_set(
        "nearly almost just little over under more less than one two three four five six"
        " seven eight nine ten"
    )
)
_AGE_BOUNDS = word_set("under over below above aged age between from")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_CLAUSE_MARK = re.compile(r"[,;:()]|\s(?:while|whereas|but)\s|[.?!](?:\s|$)")
_MARK = re.compile(r"[,;:]")
_JOINT_BEFORE = re.compile(r"(?:[,;:]|\b(?:and|while|whereas|but|with)\b)")
_IN_A_NAME = re.compile(r"\d\s{0,3}(?:and|&|-|–|,)\s{0,3}$")
_OF_PRONOUN = re.compile(r"\s{1,3}of\s{1,3}(?:it|them|these|those|this|that)\b")
_NEW_CLAUSE = re.compile(r"[.;?!]\s")
_APART = re.compile(r"[.?!]\s|\b(?:of|among)\s{1,3}(?:whom|which|them|these)\b")
_CARRIED = re.compile(r"(?i)\b(?:remaining|rest|remainder|corresponding\s{1,3}figure)\b")
_RESPONDENTS = re.compile(
    r"(?i)\b(?:respond\w*|responses?|survey\w*|questionnaires?|poll\w*|interview\w*"
    r"|replied|replies)\b"
)
_VOTE_WORDS = ("vot", "ballot", "elect", "seat")


class _Share(NamedTuple):
    """One share of a run: its figure, the count it is of, and where they are written."""

    share: Item  # the item that holds the percentage (a percent item, or a count's share)
    percent: Fraction
    decimals: int
    count: Item | None  # the count the share is of, where written with it
    start: int  # where the share (or its count) starts
    end: int  # where it ends, past a closing parenthesis
    opened: int  # where the parenthesis that holds it opens, or -1


def may_hold_shares_to_whole(text: str) -> bool:
    """Whether ``text`` may hold shares this reader reads: a share, no word of a vote.

    >>> may_hold_shares_to_whole("55% of IDPs are women, while 45% are men.")
    True
    >>> may_hold_shares_to_whole("Candidate A won 55% of the votes and B 45%.")
    False
    """
    return ("%" in text or "per" in text) and not holds_any(text.lower(), _VOTE_WORDS)


def _shares(text: str, items: list[Item]) -> list[_Share | None]:
    """The shares of ``items`` in order, ``None`` for a count that is no share's.

    Figures that are neither (dates, years, references) and counts that bound a label
    ("52 per cent are under 18") are left out: they stand inside a label.
    """
    out: list[_Share | None] = []
    paired: set[int] = set()
    for at, item in enumerate(items):
        if item.kind == "count" and item.share is not None:
            close = text.find(")", item.end, item.end + 60)
            end = close + 1 if close >= 0 else max(item.end, item.head_end)
            opened = text.rfind("(", item.end, end)
            if opened >= 0 and _IN_A_NAME.search(text, max(0, item.start - 12), item.start):
                # "from Krinding 1 and 2 IDP camps (51%)": a number of the place's name
                out.append(
                    _Share(
                        item, item.share, item.share_decimals or 0, None, opened + 1, end, opened
                    )
                )
                continue
            out.append(
                _Share(item, item.share, item.share_decimals or 0, item, item.start, end, opened)
            )
            paired.add(at)
            continue
        if item.kind == "count" and not _bounds(text, item):
            out.append(None)  # "held 14 meetings": a count of its own ends a run
            continue
        if item.kind != "percent" or item.percent is None:
            continue
        closes = text.startswith(")", item.end) or text[item.end : item.end + 2] == " )"
        count = items[at - 1] if at and items[at - 1].kind == "count" else None
        if count is not None and at - 1 not in paired and closes:
            gap = text[count.end : item.start]
            if text[count.start - 1 : count.start] == "(" and _PAIR_INSIDE.fullmatch(gap):
                out[-1] = _Share(
                    item, item.percent, item.decimals or 0, count, count.start,
                    text.find(")", item.end) + 1, count.start - 1,
                )  # fmt: skip
                continue
        opened = item.start - 1 if text[item.start - 1 : item.start] == "(" else -1
        end = text.find(")", item.end) + 1 if closes else item.end
        out.append(_Share(item, item.percent, item.decimals or 0, None, item.start, end, opened))
    return out


def _bounds(text: str, item: Item) -> bool:
    """Whether a count bounds the label it stands in: "are under 18", "aged 15 to 24"."""
    return bounds_label(text, item) or (item.counted is None and item.qualifier in _BOUNDS)


def _runs(text: str, shares: list[_Share | None], starts: list[int]) -> list[list[_Share]]:
    """Runs of shares of one sentence (or carried into the next), in order."""
    runs: list[list[_Share]] = []
    run: list[_Share] = []
    for share in shares:
        if share is None:
            if len(run) > 1:
                runs.append(run)
            run = []
            continue
        if run:
            last = run[-1]
            same = _sentence_of(starts, last.start) == _sentence_of(starts, share.start)
            carried = (
                not same
                and _sentence_of(starts, last.start) + 1 == _sentence_of(starts, share.start)
                and _CARRIED.search(text, max(last.end, share.start - 60), share.start)
            )
            if share.start - last.end > _MAX_GAP or not (same or carried) or share.start < last.end:
                if len(run) > 1:
                    runs.append(run)
                run = []
        run.append(share)
    if len(run) > 1:
        runs.append(run)
    return runs


def _sentence_of(starts: list[int], at: int) -> int:
    """The index of the sentence that holds offset ``at``."""
    low, high = 0, len(starts)
    while high - low > 1:
        middle = (low + high) // 2
        if starts[middle] <= at:
            low = middle
        else:
            high = middle
    return low


def _hundred(run: list[_Share]) -> tuple[int, int] | None:
    """The longest stretch ``run[i:j]`` of two or more shares that makes 100, or ``None``.

    >>> share = lambda value: _Share(None, Fraction(value), 0, None, 0, 0, -1)
    >>> _hundred([share(12), share(48), share(6), share(46)])
    (1, 4)
    >>> _hundred([share(40), share(33), share(20)]) is None
    True
    """
    best = None
    values = [float(share.percent) for share in run]
    for first in range(len(run)):
        total = 0.0
        for last in range(first, min(len(run), first + _MAX_PARTS)):
            total += values[last]
            if total > 110:
                break
            longer = best is None or last + 1 - first > best[1] - best[0]
            # a float's test first (half a unit of each share at most), then the exact one
            if (
                last > first
                and longer
                and abs(total - 100) <= (last + 1 - first) / 2 + 0.01
                and makes_hundred([(s.percent, s.decimals) for s in run[first : last + 1]])
            ):
                best = (first, last + 1)
    return best


def _stands_apart(text: str, run: list[_Share], first: int, last: int) -> bool:
    """Whether ``run[first:last]`` is the whole run, or a clause of its own in it.

    A stretch inside a longer list of shares of one shape makes 100 by chance ("Rwanda
    (64 per cent), Cuba (56 per cent), ..., Andorra (50 per cent), Mexico (50 per cent)"):
    the shares left out must be parted from it by a sentence's end or a
    relative that opens a split of the share before ("23 per cent were displaced, of
    whom 60 per cent were women and 40 per cent men").
    """
    if first and not _APART.search(text, run[first - 1].end, run[first].start):
        return False
    return last == len(run) or _APART.search(text, run[last - 1].end, run[last].start) is not None


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]``, asides in parentheses skipped."""
    return words_outside_asides(text, start, end)


def _trimmed(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A label's words without the joints and articles that open or close it."""
    while words and words[0][0].lower() in _LEADING | AUXILIARIES:
        words = words[1:]
    while words and words[-1][0].lower() in _TRAILING:
        words = words[:-1]
    return words


def _label_before(text: str, start: int, end: int, *, first: bool) -> list[tuple[str, int, int]]:
    """The noun phrase that ends at ``end``: after the last joint, verb or linking word.

    The first share's label is cut at a mark only ("IDPs in camps and camp-like settings
    (40%)": its "and" joins the label's own words); a later one's at the list's joint too.
    """
    segment = text[start:end].rstrip(" :,;")
    marks = list((_MARK if first else _JOINT_BEFORE).finditer(segment))
    if marks and not segment[marks[-1].end() :].strip():
        marks = marks[:-1]  # "The corresponding figure for men: 18 percent"
    begin = start + (marks[-1].end() if marks else 0)
    words = _words(text, begin, start + len(segment))
    for at in range(len(words) - 1, -1, -1):
        lowered = words[at][0].lower()
        if (
            lowered in _STOP_PREPOSITIONS
            or lowered in AUXILIARIES
            or (lowered in VERBS and lowered.endswith("ed") and _after_noun(words, at))
        ):
            words = words[at + 1 :]
            break
    return _trimmed(words)


def _after_noun(words: list[tuple[str, int, int]], at: int) -> bool:
    """Whether the past form at ``at`` follows a noun, so is a verb, not a participle.

    "The population included IDPs": a verb, the label starts after it; "the displaced
    persons": a participle that opens the label.

    >>> _after_noun([("population", 0, 0), ("included", 0, 0)], 1)
    True
    >>> _after_noun([("the", 0, 0), ("displaced", 0, 0)], 1)
    False
    """
    return at > 0 and words[at - 1][0].lower() not in _LEADING | _FUNCTION


def _label_after(text: str, start: int, limit: int) -> list[tuple[str, int, int]]:
    """The predicate after ``start`` up to its clause's end, after "be" where it has one."""
    end = limit
    if (mark := _CLAUSE_MARK.search(text, start, limit)) is not None:
        end = mark.start()
    words = _words(text, start, end)
    for at, (word, _, _) in enumerate(words[:_BE_REACH]):
        if word.lower() in _BE:
            words = words[at + 1 :]
            break
    else:
        if words and words[0][0].lower() == "of":
            # "(67 per cent) of the complaints lodged in 2022 concerned the police": the
            # predicate after the clause's last verb; none where it has no verb
            verbs = [
                at
                for at, (word, _, _) in enumerate(words)
                if word.lower() in VERBS or (at > 1 and word.islower() and word.endswith("ed"))
            ]
            return _trimmed(words[verbs[-1] + 1 :]) if verbs else []
    return _trimmed(words)


def _label_of(
    text: str, run: list[_Share], at: int, sentence: tuple[int, int], *, after: bool
) -> tuple[list[tuple[str, int, int]] | None, bool]:
    """The label of ``run[at]``, and whether it was read after the share.

    ``after`` says whether the share before was named by the words after it: then the
    words before this one are that share's predicate, no label of this one. ``None``
    where the share has no label, or where its label says the shares are of different
    wholes ("44 per cent of staff in New York and 55 per cent in Nairobi").
    """
    share = run[at]
    first = not at
    before_start = run[at - 1].end if at else max(sentence[0], share.start - _CLAUSE_REACH)
    after_limit = min(
        _next_clause(text, share.end, run[at + 1].start) if at + 1 < len(run) else sentence[1],
        share.end + _CLAUSE_REACH,
    )
    if share.opened >= 0:
        ahead = _words(text, max(before_start, share.opened - 40), share.opened)
        if share.count is not None and share.opened > share.count.start:
            subject = True  # "3,367 households (50%) were IDP households who ..."
        else:
            subject = bool(ahead) and ahead[-1][0].lower() in _SHARE_WORDS  # "The majority"
        if subject and (label := _label_after(text, share.end, after_limit)):
            return label, True
        if subject and share.count is not None:
            return _label_before(text, before_start, share.start, first=first), False
        if subject:
            return None, False
        return _label_before(text, before_start, share.opened, first=first), False
    head_end = max(share.share.head_end, share.end)
    label = _label_after(text, head_end, after_limit)
    if label:
        if (
            share.share.of_noun
            and label[0][0] in PREPOSITIONS
            and not text[head_end : label[0][1]].strip()
        ):
            return None, True  # "44 per cent of staff in New York and 55 per cent in Nairobi"
        return label, True
    if _OF_PRONOUN.match(text, share.share.end, head_end):
        return None, False  # "70 per cent of it now": a share of a whole named before, no category
    if at and after and share.share.of_noun and share.share.counted:
        # "66 percent live within host communities, 31 percent of official sites"
        return _words(text, share.share.end, share.share.head_end)[1:], False
    if at and after:
        stop = _NEW_CLAUSE.search(text, before_start, share.start)
        if stop is None:
            return None, False  # the words before are the predicate of the share before
        # "... were female. The corresponding figure for men: 18 percent"
        return _label_before(text, stop.end(), share.start, first=first), False
    return _label_before(text, before_start, share.start, first=first), False


def _next_clause(text: str, end: int, start: int) -> int:
    """Where the next share's clause opens: its last joint before ``start``, past ``end``.

    "Nearly two thirds (62 per cent) of the total were women and a little over a third
    (37 per cent) were men": the first share's predicate ends at "and", not at the next
    share's figure.

    >>> text = "62 per cent were women and a little over a third (37 per cent) were men"
    >>> text[11 : _next_clause(text, 11, 49)]
    ' were women '
    """
    last = None
    for last in _JOINT_BEFORE.finditer(text, end, start):  # noqa: B007 (the last one)
        pass
    return start if last is None else last.start()


def _labels(
    text: str, run: list[_Share], sentence_start: int, sentence_end: int
) -> list[list[tuple[str, int, int]]] | None:
    """Each share's label (:func:`_label_of`), or ``None`` where one has none."""
    labels: list[list[tuple[str, int, int]]] = []
    after = False
    for at in range(len(run)):
        label, after = _label_of(text, run, at, (sentence_start, sentence_end), after=after)
        if label is None or not _names_something(label[:_MAX_LABEL_WORDS]):
            return None
        labels.append(label[:_MAX_LABEL_WORDS])
    written = [" ".join(w for w, _, _ in label).lower() for label in labels]
    if len(set(written)) < len(written):
        return None  # "women ... women": the same category twice is no split
    if all(any(_YEAR.match(w) for w, _, _ in label) for label in labels):
        return None  # "30 per cent in 2000 and 45 per cent in 2010": a series over time
    return labels


def _names_something(label: list[tuple[str, int, int]]) -> bool:
    """Whether a label holds a word that names something and no pronoun."""
    if not label or any(w.lower() in _NOT_LABEL for w, _, _ in label):
        return False
    if label[0][0].lower() in _AGE_BOUNDS and any(w[0].isdigit() for w, _, _ in label):
        return True  # "under 18", "over 65": an age group
    return any(w.lower() not in _FUNCTION and not w[0].isdigit() for w, _, _ in label)


def _different_wholes(run: list[_Share]) -> bool:
    """Whether the shares name different wholes: "55 per cent of women and 45 per cent of men"."""
    bases = {
        share.share.counted.lower()
        for share in run
        if share.count is None and share.share.of_noun and share.share.counted
    }
    return len(bases) > 1


def _refused(text: str, run: list[_Share], clause_start: int) -> bool:
    """Whether the README's conventions make the run no split (module docstring)."""
    if any(share.share.qualifier in _BOUNDS for share in run):
        return True
    if _different_wholes(run):
        return True  # "55 per cent of women and 45 per cent of men"
    before = text[max(clause_start, run[0].start - 40) : run[0].start]
    if _CHANGE.search(before) or _CHANGE_BEFORE.search(before):
        return True  # "rose from 40 per cent to ...", "between 30 and ..."
    for last, share in itertools.pairwise(run):
        gap = text[last.end : share.start]
        if _CHANGE.search(gap) or _CHANGE_BEFORE.search(gap):
            return True  # "(5% vs. 3%)", "... compared to 56% in February", "40 to 60%"
        if len(run) == 2 and _COMPLEMENT.search(gap):
            return True  # "30 per cent funded, leaving 70 per cent unmet"
    span = text[clause_start : run[-1].end]
    for match in RATE_WORDS.finditer(span):
        if match.group().lower().startswith("ratio") and text.startswith(" between", match.end()):
            continue  # "The ratio between outgoing (63%) and incoming movements (37%)"
        return True  # rates, levels, margins: measures, no parts
    return False


def _part(text: str, share: _Share, label: list[tuple[str, int, int]], with_counts: bool) -> Part:
    """One part of the split: the label's words as written, the figures read."""
    category = text[label[0][1] : label[-1][2]]
    item = share.share
    count = share.count.value if with_counts and share.count is not None else None
    counted = share.count.counted if with_counts and share.count is not None else None
    return Part(
        category,
        count,
        share.start,
        share.end,
        percent=float(share.percent),
        decimals=share.decimals,
        counted=counted,
        base=item.counted if share.count is None and item.of_noun else None,
        qualifier=item.qualifier if share.count is None else share.count.qualifier,
        remaining=item.remaining,
    )


def _holder(tallies: list[Tally], starts: list[int], share: _Share) -> int | None:
    """The index of the tally whose span holds ``share`` (or its count), or ``None``.

    ``tallies`` are in order of start, ``starts`` their starts: one bisection a share.
    """
    for at in (share.share.start, share.count.start if share.count is not None else -1):
        index = bisect.bisect_right(starts, at) - 1
        if at >= 0 and index >= 0 and at < tallies[index].end:
            return index
    return None


def _read_as_part(tally: Tally, share: _Share) -> bool:
    """Whether a part of ``tally`` is ``share``: its figure, where the share stands."""
    return any(
        part.start <= share.share.start < part.end
        and part.percent is not None
        and Fraction(str(part.percent)) == share.percent
        for part in tally.parts
    )


def _named_by_share_words(tally: Tally, run: list[_Share]) -> bool:
    """Whether ``tally`` reads exactly the run's shares, each named by a fraction in words.

    "Nearly two thirds (62 per cent)", "a little over a third (37 per cent)": the words
    restate the share and name no category; the predicate does.
    """
    if tally.kind == "vote" or len(tally.parts) != len(run):
        return False
    if not all(_read_as_part(tally, share) for share in run):
        return False
    return all(
        part.category and all(w.lower() in _FRACTION_WORDS for w in part.category.split())
        for part in tally.parts
    )


def _completes(tally: Tally, run: list[_Share]) -> bool:
    """Whether ``tally`` is a partial reading of ``run`` that the run's other shares complete.

    It must be a split of shares (no vote, no counts), each of its parts a share of the
    run, that does not make 100 on its own ("from A (51%), B (15%), C (4%) and other sites
    (30%)" read from its second share on) or whose other shares are "the remaining" ("...
    and 25% in the East. the remaining 1% were identified in the South", the last share
    read into a label).
    """
    if tally.kind == "vote" or tally.unit != "percent":
        return False
    if any(part.count is not None or part.percent is None for part in tally.parts):
        return False
    read = [share for share in run if _read_as_part(tally, share)]
    if not read or len(read) != len(tally.parts) or len(read) == len(run):
        return False
    if not makes_hundred([(Fraction(str(p.percent)), p.decimals or 0) for p in tally.parts]):
        return True
    # "74% ... and 25% in the East. the remaining 1% ...": 99 is 100 within rounding too,
    # but a share that says it is the rest of the whole is a part of it
    return all(share.share.remaining for share in run if share not in read)


def with_shares_to_whole(text: str, items: list[Item], tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with the splits that shares adding up to 100 make, where none read them.

    Parameters
    ----------
    text
        One paragraph string.
    items
        Its items (:func:`~surveystats.extract.tally_items.read_items`), in order.
    tallies
        The tallies the other readers found in ``text``, in order.

    Returns
    -------
    list of Tally
        ``tallies`` in order, with one new breakdown (a survey where the sentence speaks
        of respondents) per run of shares no tally holds that makes 100, in unit
        "percent", or "count" where every share is written with its count; and with a
        split of shares that holds some of such a run and does not make 100 on its own
        completed by the run's other shares ("... (51%), Sultan House area (15%), ...":
        the first share another reader lost). No total is set here: the readers of
        wholes after this one give it.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = ("About 52 per cent are under 18, 45 per cent are adults and the remaining 3"
    ...         " per cent are elderly.")
    >>> items = read_items(text, numbers=find_numbers(text))
    >>> [(p.category, p.percent) for t in with_shares_to_whole(text, items, []) for p in t.parts]
    [('under 18', 52.0), ('adults', 45.0), ('elderly', 3.0)]
    >>> text = "Literacy reached 55 per cent of women and 45 per cent of men."
    >>> with_shares_to_whole(text, read_items(text, numbers=find_numbers(text)), [])
    []
    """
    shares = _shares(text, items)
    if sum(share is not None for share in shares) < 2:
        return tallies
    starts = sentence_starts(text)
    tallies = sorted(tallies, key=lambda tally: tally.start)
    tally_starts = [tally.start for tally in tallies]
    for run in _runs(text, shares, starts):
        stretch = _hundred(run)
        if stretch is None or not _stands_apart(text, run, *stretch):
            continue  # "A (64 per cent), B (56 per cent), C (50 per cent), D (50 per cent)"
        run = run[stretch[0] : stretch[1]]
        holders = {_holder(tallies, tally_starts, share) for share in run} - {None}
        partial = next(iter(holders)) if len(holders) == 1 else None
        if partial is not None and _named_by_share_words(tallies[partial], run):
            # "Nearly two thirds (62 per cent) of the total were women and a little over a
            # third (37 per cent) were men": read whole, its parts named by the fractions
            split = _split(text, run, starts)
            if split is not None:
                for part, named in zip(tallies[partial].parts, split.parts, strict=True):
                    part.category = named.category
            continue
        if len(holders) > 1 or (partial is not None and not _completes(tallies[partial], run)):
            continue  # shares other readers read: their reading stands
        split = _split(text, run, starts)
        if split is None:
            continue
        if partial is None:
            at = bisect.bisect_right(tally_starts, split.start)
            tallies.insert(at, split)
            tally_starts.insert(at, split.start)
            continue
        # the other reader's parts stay as read; the shares it lost join them
        reading = tallies[partial]
        lost = [
            part
            for part, share in zip(split.parts, run, strict=True)
            if not _read_as_part(reading, share)
        ]
        reading.parts = sorted([*reading.parts, *lost], key=lambda part: part.start)
        reading.end = max(reading.end, split.end)
        if split.start < reading.start:  # the lost share stood first: the reading moves
            reading.start = split.start
            tallies.sort(key=lambda tally: tally.start)
            tally_starts = [tally.start for tally in tallies]
    return tallies


def _split(text: str, run: list[_Share], starts: list[int]) -> Tally | None:
    """The split a run of shares that makes 100 reads as, or ``None`` where it is none."""
    sentence_start = starts[_sentence_of(starts, run[0].start)]
    last_sentence = _sentence_of(starts, run[-1].start)
    sentence_end = starts[last_sentence + 1] if last_sentence + 1 < len(starts) else len(text)
    clause_start = max(
        sentence_start,
        text.rfind(",", sentence_start, run[0].start) + 1,
        text.rfind(";", sentence_start, run[0].start) + 1,
    )
    if _refused(text, run, clause_start):
        return None
    labels = _labels(text, run, sentence_start, sentence_end)
    if labels is None or _CHANGE.search(text, run[-1].end, labels[-1][-1][2]):
        return None  # "... and a 60 per cent rise in Africa": a change, no part
    with_counts = all(share.count is not None for share in run)
    parts = [
        _part(text, share, label, with_counts) for share, label in zip(run, labels, strict=True)
    ]
    return Tally(
        "survey" if _RESPONDENTS.search(text, sentence_start, sentence_end) else "breakdown",
        min(run[0].start, labels[0][0][1]),
        max(run[-1].end, labels[-1][-1][2]),
        parts,
        subject=parts[0].base,
        unit="count" if with_counts else "percent",
    )
