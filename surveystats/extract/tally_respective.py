"""Breakdowns written with "respectively": a list of figures paired with a list of labels.

"Africa, Asia and Latin America accounted for 41, 33 and 26 per cent of the grants,
respectively" and "Of the 48 projects, 20, 16 and 12 were in Africa, Asia and Latin
America, respectively" name their categories in one list and their figures in another.
The labels stand before the figures (the subject) or between the figures and
"respectively". Such a pair of lists is a breakdown only when the figures split one
whole: percentages that sum to 100 within rounding, or that a share word calls shares
("accounted for", "made up", "of the total"); counts under a stated whole ("Of the 48
projects, ...", "held 1,874 and 1,129 of the 3,412 posts") that they do not exceed, counts
of part of one thing ("of the posts"), or counts whose shares follow them ("..., or 55 and
33 per cent, respectively"), each its count's share of the whole (or of their sum). A
whole named after the shares ("44 and 56 per cent, respectively, of the 2,870 new
appointments") or before them is the tally's total. Labels closed by a comma and a
participle of making up ("Canterbury and Waikato, accounting for 54% and 17% of all cases,
respectively") and a group "split between" or "divided among" its labels call the figures
shares too, as do shares of one noun "recorded" or "observed" at the labels after the verb
("7 and 5 per cent of movements were recorded along the Southern and the Northern routes,
respectively"; "of children were vaccinated in A and B" are rates); shares "of their" or
"of each" label's own whole are none.
"The two indicators fell by 35 and 41 per cent respectively" and "the Council and the
Commission have 15 and 54 members respectively" compare different wholes and are none;
counts of one noun that a verb of getting gives to the things named before it split that
noun ("The Committee and the Subcommittee received 120 and 45 communications,
respectively", "Uganda and Kenya hosted ... refugees": counted the noun), while counts with
no named things ("The Committee received 120 and 45 communications in 2022 and 2023,
respectively": a series over years) are none.
Counts of replies from each label ("Replies from Asia, Africa and Europe numbered 12, 9
and 14, respectively") split those who replied: a survey with no stated whole; counts of
one noun the clause opens on ("The numbers of Governments considering the level too
high, satisfactory and too low were 39, 137 and 19, respectively") split that noun, a
breakdown with no stated whole, unless a change stands between ("rose to"). Shares
listed after a count tally or a vote go to its parts (:func:`attach_respective_shares`).

Labels that each repeat one preposition after the noun the clause opens on ("Posts in the
Professional and higher categories and in the General Service category numbered 1,428
and 2,067, respectively") are told apart by that preposition, so an "and" inside one
joins no two labels.

Counts and their noun may open the clause with the word right after them and the labels
after the verb ("Thirty-four and twelve Governments, respectively, answered in the
affirmative and in the negative"); a number in words joins another with "and" only after
a scale word ("two hundred and five"), so "thirty-four and twelve" is two figures. A part
that takes the rest of the whole may follow the lists with its label ("..., men accounting
for the remaining 23 per cent") where it makes the whole exactly.

The figures may follow the word too, the labels before the verb ("Refugees and migrants
accounted respectively for 64 and 36 per cent of arrivals"), shares that make 100 or
counts of a whole stated after them.

Every pattern is bounded and tried once per "respectively", so the time is linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from surveystats.extract.phrases import is_plural
from surveystats.extract.tally_items import (
    AUXILIARIES,
    GETTING_VERBS,
    NOT_COUNT_AFTER,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    VERBS,
    word_set,
)
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally, read_count
from surveystats.text import NUMBER_WORDS

__all__ = ["FIGURE_LIST", "PER_CENT", "attach_respective_shares", "find_respective", "read_figures"]

FIGURE = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})(?:\.\d{{1,2}})?(?![\d,.]\d)|{NUMBER_WORDS}"
# A count in digits and a scale word: "1.2 million", "950 thousand".
_SCALED = r"\d{1,3}(?:\.\d{1,2})?\s{1,3}(?:thousand|million|billion)\b"
_LISTED = rf"{_SCALED}|{FIGURE}"
PER_CENT = r"\s{0,3}(?:per\s{0,3}cent|percent|%)"
# The list of figures: "41, 33 and 26 per cent", "20 per cent, 16 per cent and 12 per cent",
# "1.2 million and 950,000".
_FIGURES = re.compile(
    rf"""(?<![\w.,/-])(?:{_LISTED})(?:{PER_CENT})?
        (?:\s{{0,3}},\s{{1,3}}(?:{_LISTED})(?:{PER_CENT})?){{0,8}}
        \s{{0,3}},?\s{{1,3}}and\s{{1,3}}(?:{_LISTED})(?:{PER_CENT})?(?![\w-])""",
    re.VERBOSE,
)
_ONE_FIGURE = re.compile(rf"(?P<figure>{_LISTED})(?P<unit>{PER_CENT})?")
_SCALE_WORD = re.compile(r"(?P<number>[\d.]+)\s{1,3}(?P<scale>thousand|million|billion)")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_LIST_SEPARATOR = re.compile(r"\s{0,3},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}")
# Between labels before the figures, which may be the answers to one question: "who agreed,
# disagreed or had no opinion were 61, 27 and 12 per cent".
_LABEL_SEPARATOR = re.compile(
    r"(?:\s{0,3},\s{1,3}|\s{1,3}(?=(?:and|or)\s))(?:(?P<word>and|or)\s{1,3})?"
)
_RESPECTIVELY = re.compile(r"\brespectively\b")
_PER_CENT_END = re.compile(rf"{PER_CENT}$")
# Words that call percentages shares of one whole: "accounted for", "made up", and the
# verbs of splitting one group between the labels ("were split between East and South (21.5%
# and 18.5% respectively)", "divided among", "distributed between").
_SHARE_WORDS = re.compile(
    r"\b(?:accounted|accounts?|made\s{1,3}up|makes?\s{1,3}up|represented|represents?"
    r"|constituted|constitutes?|shares?|of\s{1,3}the\s{1,3}total"
    r"|(?:split|divided|distributed)\s{1,3}(?:between|among))\b",
    re.IGNORECASE,
)
# "Of the 48 projects, " right before the labels or the figures: the whole they split.
_WHOLE = re.compile(
    rf"\b(?:[Oo]f|[Aa]mong)\s{{1,3}}(?:the|these|those|all)\s{{1,3}}(?P<total>{FIGURE})"
    r"\s{1,3}[A-Za-z][\w'’ -]{1,60}?,\s{1,3}$"
)
# "Of these, " or "Of the projects, ": a whole named without its count, the figures its parts.
_WHOLE_NAMED = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s{1,3}(?:these|those|them|the)(?:\s{1,3}[A-Za-z][\w'’-]{1,30}){0,4}"
    r"\s{0,3},\s{1,3}$"
)
# Counts a verb of getting gives to each label before it, of a noun after them: "Uganda and
# Kenya hosted (or host) 210,000 and 150,000 refugees respectively" (each its share of the
# refugees),
# also the texts bodies received, dealt with or adopted ("The Committee and the
# Subcommittee received 120 and 45 communications, respectively"); what each has ("have
# 15 and 54 members") compares different wholes.
_GOT_BEFORE = re.compile(r"\b(?P<verb>[a-z]{4,15})\s{1,3}$")
# Present forms of the verbs of getting that are nouns too ("host", "record"): a verb only
# right before the counts, where a label ends ("Dadaab and Kakuma shelter 230,000 and ...").
_GETTING_PRESENT = word_set(
    """
    host hosts record records register registers shelter shelters house houses receive
    receives accommodate accommodates
    """
)
# Verbs that state what the labels' figures amount to: "Djibouti and Somalia stand at
# 2,140 and 860, respectively" ends the last label before "stand".
_AMOUNTING_PRESENT = word_set(
    "stand stands number numbers total totals amount amounts reach reaches"
)
_GETTING_VERBS = (
    GETTING_VERBS
    | _GETTING_PRESENT
    | word_set("received considered examined reviewed adopted issued transmitted sent investigated")
)
# (not a rate: "40 and 25 pupils per class"); one or two modifiers may stand before it
# ("210 and 95 new complaints", "815,000 and 660,000 Syrian refugees").
_NOUN_AFTER = re.compile(
    r"\s{1,3}(?P<noun>[A-Za-z][a-z’'-]{1,30})\b(?!\s{1,3}(?:per|a|an|each|every)\b)"
)
_MODIFIERS_BEFORE_NOUN = 2
# ", respectively, of the 2,870 new appointments": the whole of the shares, after them
# ("of the 2019 budget" names a year, no whole).
_WHOLE_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}of\s{{1,3}}(?:the|all|these|those)\s{{1,3}}(?!(?:1[89]|20)\d\d\b)(?P<total>{FIGURE})\s{{1,3}}[a-z]"
)
# Where the clause of the lists starts: a sentence end, a semicolon or a colon.
# A title's full stop ("Ms. Ortiz and Mr. Kamara obtained ...") ends no clause.
_CLAUSE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)[.;:!?](?=\s)|\n\s*\n")
_TITLES = frozenset({"Mr.", "Ms.", "Mrs.", "Dr."})
_REACH = 300  # characters before "respectively" that the two lists may take
# Counts of replies from each of the labels split those who replied, with no whole stated:
# "Replies from the Asian, African and European offices numbered 12, 9 and 14".
_REPLIES_FROM = re.compile(
    r"\b(?:[Rr]eplies|[Rr]esponses|[Aa]nswers|[Ss]ubmissions)\s{1,3}"
    r"(?:(?:were|had\s{1,3}been|have\s{1,3}been)\s{1,3}received\s{1,3})?from\b"
)
# Counts that are parts of one thing named after them: "1,874 and 1,129 of the 3,412
# posts", "of the posts" (a year is no whole: "of the 2019 budget").
_PARTITIVE = re.compile(
    rf"\s{{1,3}}of\s{{1,3}}(?:the|all|these|those|its|their)\s{{1,3}}"
    rf"(?:(?!(?:1[89]|20)\d\d\b)(?P<total>{FIGURE})\s{{1,3}})?[a-z][a-z’'-]{{2,}}"
)
# What stands between counts and their shares: "1,874 and 1,129 (of the 3,412 posts), or",
# "1,874 and 1,129 posts, representing".
_SHARES_LEAD = re.compile(
    rf"(?:{_PARTITIVE.pattern}(?:\s{{1,3}}[a-z][a-z’'-]{{1,20}}){{0,3}}"
    r"|(?:\s{1,3}[a-z][a-z’'-]{1,20}){1,3})?"
    r"\s{0,3},?\s{1,3}(?:or|representing|that\s{1,3}is|i\.e\.)\s{1,3}"
)
# A clause whose subject is the numbers of one noun, split by the labels after it: "The
# numbers of Governments considering the level too high, satisfactory and too low were".
_NUMBERS_OF = re.compile(r"\s{0,3}[Tt]he\s{1,3}numbers\s{1,3}of\s{1,3}[a-z]{0,30}[A-Za-z]")
# A change between two times: the numbers before and after it are no split of one noun.
_OF_AFTER = re.compile(r"\s{1,3}of\s")  # what shares are of: "27 per cent of the caseload"
_CHANGE = re.compile(
    r"\b(?:rose|fell|increased|decreased|declined|dropped|grew|doubled|halved|compared|than)\b"
)
_MAX_LABEL_WORDS = 6
STOP_WORDS = (
    AUXILIARIES
    | VERBS
    | PREPOSITIONS
    | frozenset(
        """
        that which who whom whose where when while whereas but or nor so this these those
        its their his her our my your such no any every each both all some there here
        went came located found based numbered totalled totaled amounted stood
        """.split()  # noqa: SIM905
    )
)
_SUMS_TO_100 = (99, 101)


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause holding ``text[start:end]``'s end begins (after the last stop)."""
    last = start
    for match in _CLAUSE_END.finditer(text, start, end):
        last = match.end()
    return last


def _modifies_noun(words: list[str], at: int) -> bool:
    """Whether the participle ``words[at]`` modifies the noun after it, after an adverb.

    "internally displaced persons", "newly registered voters": an adverb in "-ly" before
    it and a noun after it make it no verb of the clause.

    >>> _modifies_noun("internally displaced persons were".split(), 1)
    True
    >>> _modifies_noun("Europe received grants".split(), 1)
    False
    """
    before, after = words[at - 1], words[at + 1] if at + 1 < len(words) else ""
    return (
        before.islower()
        and before.endswith("ly")
        and after.isalpha()
        and after.islower()
        and after not in STOP_WORDS
        and after not in VERBS
    )


def _label_words(piece: str, *, first: bool, last: bool) -> str | None:
    """A label from one piece of a list, cut at a verb or preposition.

    The first piece of a list keeps its words after the last stop word ("were in Africa"
    -> "Africa"); the last one before its first stop word ("Europe received" ->
    "Europe"). A label has letters only, at most six words; it may open on "not", an
    answer ("transparent, partly transparent and not transparent").
    """
    words = piece.split()
    if first:  # "The shares of Africa" -> "Africa"; "Republic of Korea" stays a name
        stops = [
            i
            for i, word in enumerate(words)
            if (word.lower() in STOP_WORDS and not (i > 1 and _inside_name(words, i)))
            or (word == "of" and i and words[i - 1].islower())
        ]
        words = words[stops[-1] + 1 :] if stops else words
    if last:  # "Mr. Kamara obtained" -> "Mr. Kamara": a verb after the name ends it
        stops = [
            i
            for i, word in enumerate(words)
            if (
                word.lower() in STOP_WORDS
                and (i or word != "not")  # "not transparent"
                and not _inside_name(words, i)  # "the Committee against Torture"
            )
            or (
                i
                and word.islower()
                and (word in VERBS or (word.endswith("ed") and not _modifies_noun(words, i)))
            )
            or (i and i == len(words) - 1 and word in _GETTING_PRESENT)
            or (i and word in _AMOUNTING_PRESENT)
        ]
        words = words[: stops[0]] if stops else words
    while words and words[0].lower() in ("the", "a", "an") and len(words) > 1:
        if words[1][:1].isupper():
            break  # "the Caribbean" keeps its article
        words = words[1:]
    # the small words inside a name do not count ("the Committee on the Rights of the Child")
    if not words or sum(word not in _NAME_JOINTS for word in words) > _MAX_LABEL_WORDS:
        return None
    if any(
        word not in _TITLES
        and not word.replace("-", "").replace("’", "").replace("'", "").isalpha()
        for word in words
    ):
        return None  # digits or marks: years ("in 1990, 2000 and 2010"), references
    negated = words[0] == "not" and len(words) > 1  # "not transparent": an answer
    opens_on_stop_word = words[0].lower() in STOP_WORDS and not negated
    if opens_on_stop_word or words[-1].lower() in ("of", "and", "the"):
        return None
    return " ".join(words)


# Lower-case words that may join the capitalised words of one name.
_NAME_JOINTS = frozenset(("of", "on", "for", "against", "the", "and"))


def _inside_name(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` joins capitalised words of one name ("Committee against Torture").

    >>> _inside_name("the Committee against Torture registered".split(), 2)
    True
    >>> _inside_name("the Committee received".split(), 2)
    False
    """
    if not at or words[at] not in _NAME_JOINTS or words[at] == "and":
        return False
    if not (words[at - 1][:1].isupper() or words[at - 1] in _NAME_JOINTS):
        return False
    after = at + 1
    while after < len(words) and words[after] in _NAME_JOINTS and words[after] != "and":
        after += 1
    return after < len(words) and words[after][:1].isupper()


def _labels_after(gap: str, count: int) -> list[str] | None:
    """The labels between the figures and "respectively" ("were in Africa, Asia and X").

    Where every later label opens with a preposition ("were on leave with full pay and
    without pay", "were in Geneva and in Vienna"), each label keeps its preposition, the
    first one from the last preposition of its piece.
    """
    pieces = _LIST_SEPARATOR.split(gap.strip(" ,\n"))
    if len(pieces) < count:
        return None
    # more pieces than figures: a label holds an "and" ("Asia and the Pacific"), which the
    # commas of the serial list tell from the "and" that closes it
    pieces = (len(pieces) > count and _serial_pieces(gap, count)) or pieces[-count:]
    if all(piece.split()[0].lower() in PREPOSITIONS for piece in pieces[1:] if piece.split()):
        return _labels_with_prepositions(pieces)
    labels = [
        _label_words(piece, first=index == 0, last=False) for index, piece in enumerate(pieces)
    ]
    return None if None in labels else labels  # type: ignore[return-value]


_COMMA = re.compile(r"\s{0,3},\s{1,3}")
# The regions whose names hold "and", as the United Nations groups them: such an "and"
# joins no two labels (the States' own names are kept whole by split_members).
_REGION_WITH_AND = re.compile(
    r"\b(?:Asia\s{1,3}and\s{1,3}the\s{1,3}Pacific|Latin\s{1,3}America\s{1,3}and\s{1,3}the"
    r"\s{1,3}Caribbean|Europe\s{1,3}and\s{1,3}Central\s{1,3}Asia|Middle\s{1,3}East\s{1,3}and"
    r"\s{1,3}North\s{1,3}Africa|Western\s{1,3}Europe\s{1,3}and\s{1,3}[Oo]ther\s{1,3}States)\b"
)
_KEPT_AND = "\x00"
_FIRST_AND = re.compile(r"\s{1,3}and\s{1,3}")


def _serial_pieces(gap: str, count: int) -> list[str] | None:
    """The pieces of a serial list whose labels may hold "and", or None.

    Commas part the labels; the list's own "and" is the one after the last comma (or
    opens the last piece, after a serial comma), other than the "and" of a region's name
    ("Asia and the Pacific"); two such leave the list unknown. The first piece holds the
    verb before the first label.

    >>> _serial_pieces("were in Africa, Asia and the Pacific, Europe and Latin America", 4)
    ['were in Africa', 'Asia and the Pacific', 'Europe', 'Latin America']
    >>> _serial_pieces("were in Africa, Asia and the Pacific and Europe", 3)
    ['were in Africa', 'Asia and the Pacific', 'Europe']
    >>> _serial_pieces("were in Africa, Asia and Oceania and Europe", 3) is None
    True
    """
    pieces = _COMMA.split(_REGION_WITH_AND.sub(_keep_and, gap.strip(" ,\n")))
    last = pieces[-1]
    if last.startswith("and "):
        pieces[-1] = last[4:].lstrip()
    else:
        joints = list(_FIRST_AND.finditer(last))
        if len(joints) != 1:
            return None  # "Asia and the Pacific and Europe": which "and" ends the list?
        pieces[-1:] = [last[: joints[0].start()], last[joints[0].end() :]]
    pieces = [piece.replace(_KEPT_AND, " and ") for piece in pieces]
    return pieces if len(pieces) == count and all(pieces) else None


def _keep_and(name: re.Match[str]) -> str:
    """A region's name with its own "and" set apart from the list's."""
    return _FIRST_AND.sub(_KEPT_AND, name.group())


def _labels_with_prepositions(pieces: list[str]) -> list[str] | None:
    """Labels that each open with a preposition: "with full pay", "without pay".

    >>> _labels_with_prepositions(["staff were on leave with full pay", "without pay"])
    ['with full pay', 'without pay']
    >>> _labels_with_prepositions(["staff were recruited", "in Asia"]) is None
    True
    """
    first = pieces[0].split()
    at = next((i for i in range(len(first) - 1, -1, -1) if first[i].lower() in PREPOSITIONS), None)
    if at is None:
        return None
    labels = []
    for words in [first[at:], *(piece.split() for piece in pieces[1:])]:
        if len(words) < 2:
            return None
        rest = _label_words(" ".join(words[1:]), first=False, last=False)
        if rest is None:
            return None
        labels.append(f"{words[0]} {rest}")
    return labels


# The comma after "respectively" when the labels follow it.
_COMMA_THEN = re.compile(r"\s{0,3},\s{1,3}")
# Where labels after "respectively" end: a stop, or a comma before a new clause.
_TRAILING_END = re.compile(r"[.;:()]|,\s{1,3}(?:while|whereas|but|and|with|which|who)\b")
_TRAILING_REACH = 200


def _labels_trailing(text: str, start: int, count: int) -> tuple[list[str], int] | None:
    """The labels right after "respectively", each after the verb's preposition, and their end.

    "620 and 310 were attributed, respectively, to government forces and to armed
    groups": the labels follow the word, one for each figure, the first opening on a
    preposition ("to", "in", "from" ...), which is dropped where every label repeats it.

    >>> text = "9 and 4 were sent, respectively, to Chad and to Mali, while 2 stayed."
    >>> _labels_trailing(text, 31, 2)
    (['Chad', 'Mali'], 52)
    >>> _labels_trailing("grew by 9 and 4 per cent, respectively, and prices fell.", 38, 2)
    """
    comma = _COMMA_THEN.match(text, start)
    if comma is None:
        return None
    stop = _TRAILING_END.search(text, comma.end(), comma.end() + _TRAILING_REACH)
    if stop is None:
        return None
    pieces = _LIST_SEPARATOR.split(text[comma.end() : stop.start()].rstrip())
    firsts = [piece.split()[0] if piece.split() else "" for piece in pieces]
    if len(pieces) != count or firsts[0] not in _PLACING:
        return None
    if all(first == firsts[0] for first in firsts):
        pieces = [piece.split(None, 1)[1] if len(piece.split()) > 1 else "" for piece in pieces]
    else:
        pieces[0] = pieces[0].split(None, 1)[1] if len(pieces[0].split()) > 1 else ""
    labels = [_label_words(piece, first=False, last=True) for piece in pieces]
    if None in labels:
        return None
    return labels, stop.start()  # type: ignore[return-value]


def _labels_before(
    before: str, count: int, *, tail: int = _MAX_LABEL_WORDS
) -> tuple[list[str], int] | None:
    """The labels before the figures ("Africa, Asia and X accounted for") and their start.

    At most ``tail`` words stand between the last label and the figures. A participle of
    making up after a comma ends the list ("Canterbury and Waikato, accounting for"):
    the comma is no label's.
    """
    if (share := _SHARE_PARTICIPLE.search(before)) is not None:
        before = before[: share.start()]
    repeated = _labels_after_repeated_preposition(before, count, tail=tail)
    if repeated is not None:
        return repeated
    answers = _WHO_ANSWERED.search(before)
    if answers is not None:
        labels = _LABEL_SEPARATOR.split(answers["list"])
        labels = [label for label in labels if label and label not in ("and", "or")]
        if labels and labels[0].partition(" ")[0] in AUXILIARIES:
            labels[0] = labels[0].partition(" ")[2]  # "who were satisfied, neutral or ..."
        if len(labels) == count and all(
            len(label.split()) <= _MAX_LABEL_WORDS and label.replace(" ", "").isalpha()
            for label in labels
        ):
            return labels, answers.start("list")
    separators = list(_LABEL_SEPARATOR.finditer(before))
    if len(separators) < count - 1:
        return None
    joins = separators[-(count - 1) :]
    if not joins[-1]["word"] or any(join["word"] for join in joins[:-1]):
        return None  # the list's "and" (or "or") must join its last two labels
    opening = separators[-count].end() if len(separators) >= count else 0
    if len(separators) >= count and separators[-count]["word"]:
        return None  # more labels than figures
    bounds = [opening, *(j for join in joins for j in (join.start(), join.end())), len(before)]
    pieces = [before[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    labels = [
        _label_words(piece, first=index == 0, last=index == count - 1)
        for index, piece in enumerate(pieces)
    ]
    if None in labels:
        return None
    rest = pieces[-1].split()[len(labels[-1].split()) :]  # type: ignore[union-attr]
    if len(rest) > tail:
        return None  # the verb phrase before the figures is short: "accounted for"
    # The tally starts where the list does ("the police, ..." keeps its article in the raw).
    start = opening + len(pieces[0]) - len(pieces[0].lstrip())
    return labels, start  # type: ignore[return-value]


# Shares of one noun recorded at the places that follow: "7 per cent and 5 per cent of
# movements were recorded along the Southern and the Northern routes respectively" (each
# movement on one route); "of children were vaccinated in A and B" are rates, none.
_RECORDED_AT = re.compile(
    r"\s{0,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3})?[a-z][\w'’ -]{1,40}?\s{1,3}"
    r"(?:were|was|had\s{1,3}been|have\s{1,3}been)\s{1,3}"
    r"(?:recorded|observed|registered|reported|tracked|counted|located|found)\s{1,3}"
    r"(?:along|in|on|at|through|via|across|from|to|towards)\s"
)
# Shares of each label's own whole: "45 and 30 per cent of their populations, respectively".
_OWN_WHOLES = re.compile(r"\s{1,3}of\s{1,3}(?:their|its|each|the\s{1,3}respective)\b")
# ", accounting for " after the labels: the shares they make up follow.
_SHARE_PARTICIPLE = re.compile(
    r"\s{0,3},\s{1,3}(?:accounting\s{1,3}for|representing|making\s{1,3}up|constituting)"
    r"(?:\s{1,3}(?:some|about|around|nearly|almost|only|just))?\s{1,3}$"
)
# The answers of those asked, as a list after "who" right before the verb of the figures:
# "The proportions of respondents who agreed, disagreed or had no opinion were".
_WHO_ANSWERED = re.compile(
    r"\b(?:respondents|those|participants|staff|Governments|States|countries)\s{1,3}who"
    r"\s{1,3}(?P<list>[a-z][a-z ,'’-]{2,150}?)\s{0,3},?\s{1,3}"
    r"(?:were|was|numbered|totalled|totaled|amounted\s{1,3}to|stood\s{1,3}at)\s{1,3}$"
)


# A preposition that opens a label, and the list's joint before it where it is not the
# first: "Posts in the Professional category and in the General Service category".
_PREPOSITION_OPENING = re.compile(
    r"(?P<joint>\s{0,3},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}|\s{1,3})"
    r"(?P<preposition>in|at|from|on|for|with|under|of|to|among)\s{1,3}"
)


def _labels_after_repeated_preposition(
    before: str, count: int, *, tail: int = _MAX_LABEL_WORDS
) -> tuple[list[str], int] | None:
    """Labels that each open with the same preposition after one noun, and where it starts.

    "Posts in the Professional and higher categories and in the General Service category
    numbered": the list's items are told apart by the preposition each repeats, so an
    "and" inside one ("Professional and higher categories") joins no two labels. Every
    label but the first opens on a joint ("and", a comma) and the preposition; the first
    follows the noun the clause opens on, which is where the labels start. At most
    ``tail`` words stand between the last label and the figures.

    >>> _labels_after_repeated_preposition(
    ...     "Staff in the field and higher offices and in the capital numbered ", 2)
    (['field and higher offices', 'capital'], 0)
    >>> _labels_after_repeated_preposition("Staff in Rome and Oslo numbered ", 2) is None
    True
    """
    openings = list(_PREPOSITION_OPENING.finditer(before))
    if len(openings) < count:
        return None
    items = openings[-count:]
    preposition = items[0]["preposition"]
    if any(item["preposition"] != preposition or not item["joint"].strip() for item in items[1:]):
        return None
    if items[0]["joint"].strip():
        return None  # the first label opens no list: it follows its noun
    noun = before[: items[0].start()].split()
    if not noun or len(noun) > 4 or noun[-1].lower() in STOP_WORDS:
        return None
    bounds = [item.end() for item in items]
    ends = [item.start() for item in items[1:]] + [len(before)]
    labels = [
        _label_words(before[lo:hi], first=False, last=index == count - 1)
        for index, (lo, hi) in enumerate(zip(bounds, ends, strict=True))
    ]
    if None in labels:
        return None
    words_after = before[bounds[-1] :].split()[len(labels[-1].split()) :]  # type: ignore[union-attr]
    if len(words_after) > tail:
        return None
    return labels, len(before) - len(before.lstrip())  # type: ignore[return-value]


# "and" inside a number in words follows a scale word only ("two hundred and five"):
# "thirty-four and twelve" is two figures of a list.
_AND_IN_WORDS = re.compile(r"(?<!hundred)(?<!thousand)(?<!million)(?<!billion)\s{1,3}and\s{1,3}")


def _figures_of(raw: str) -> list[re.Match[str]]:
    """The figures of a list, a number in words split at an "and" that joins two figures.

    >>> [match["figure"] for match in _figures_of("Thirty-four and twelve")]
    ['Thirty-four', 'twelve']
    >>> [match["figure"] for match in _figures_of("two hundred and five, 12 and 9")]
    ['two hundred and five', '12', '9']
    """
    figures = []
    for match in _ONE_FIGURE.finditer(raw):
        if match["figure"][0].isdigit():
            figures.append(match)
            continue
        start = match.start()
        for joint in _AND_IN_WORDS.finditer(raw, start, match.end("figure")):
            figures.append(_ONE_FIGURE.fullmatch(raw, start, joint.start()))
            start = joint.end()
        figures.append(_ONE_FIGURE.fullmatch(raw, start, match.end()))
    return [figure for figure in figures if figure is not None]


def _read_figures(raw: str, offset: int) -> list[tuple[Fraction, int, int, int]] | None:
    """(value, decimals, start, end) of each figure of a list, or ``None`` if unreadable."""
    figures = []
    for match in _figures_of(raw):
        figure = match["figure"]
        if scaled := _SCALE_WORD.fullmatch(figure):  # "1.2 million": a count
            value = Fraction(scaled["number"]) * _SCALES[scaled["scale"]]
            if value.denominator != 1:
                return None
            decimals = 0
        elif "." in figure:
            value, decimals = Fraction(figure), len(figure.split(".", 1)[1])
        else:
            count, _ = read_count(figure)
            if count is None:
                return None
            value, decimals = Fraction(count), 0
        figures.append((value, decimals, offset + match.start(), offset + match.end()))
    return figures


#: A list of figures joined by commas and "and" ("41, 33 and 26 per cent").
FIGURE_LIST = _FIGURES
#: (value, decimals, start, end) of each figure of such a list.
read_figures = _read_figures


def find_respective(text: str, inside: Callable[[int], bool] | None = None) -> list[Tally]:
    """Find the breakdowns written with "respectively" in a string.

    Parameters
    ----------
    text
        One paragraph.
    inside
        Whether a position lies in a span already read by another grammar (a vote "by
        120 to 2, 118 to 3 and 125 to 1 respectively"): such figures are not read again.

    Returns
    -------
    list of Tally
        Breakdowns (kind "breakdown"), in order, with offsets relative to ``text``.

    Examples
    --------
    >>> tally = find_respective("Africa, Asia and Latin America accounted for 41, 33 and "
    ...     "26 per cent of the grants, respectively.")[0]
    >>> [(p.category, p.percent) for p in tally.parts]
    [('Africa', 41.0), ('Asia', 33.0), ('Latin America', 26.0)]
    >>> find_respective("Deaths and injuries fell by 35 and 41 per cent respectively.")
    []
    """
    tallies: list[Tally] = []
    position = 0
    for word in _RESPECTIVELY.finditer(text):
        reach = max(position, word.start() - _REACH)
        clause = _clause_start(text, reach, word.start())
        tally = _read_respective(text, clause, word, inside)
        if tally is None:
            tally = _read_figures_after(text, clause, word, inside)
        if tally is not None:
            tallies.append(tally)
            position = tally.end
    if "numbers of" in text:
        tallies = _with_numbers_of_were(text, tallies, inside)
    return tallies


# "The numbers of field, headquarters and regional posts were 410, 265 and 118;": the
# numbers of the labels, in their order, as the clause's last words, with no
# "respectively" (a change between them and the figures is no such list: _CHANGE).
_NUMBERS_OF_WERE = re.compile(
    r"\b[Tt]he\s{1,3}numbers\s{1,3}of\s{1,3}[^\d;:.()]{3,200}?\s(?:were|are)\s{1,3}(?=\d)"
)
# Where the figures after it end their clause: a zero-width mark that stands for the
# "respectively" such a list leaves out.
_CLAUSE_CLOSES = re.compile(r"(?=\s{0,3}(?:[;.]|$))")


def _with_numbers_of_were(
    text: str, tallies: list[Tally], inside: Callable[[int], bool] | None
) -> list[Tally]:
    """``tallies`` and the lists "The numbers of A, B and C were 4, 3 and 2" outside them."""
    added = []
    for opening in _NUMBERS_OF_WERE.finditer(text):
        if any(t.start < opening.end() and opening.start() < t.end for t in tallies):
            continue
        figures = _FIGURES.match(text, opening.end())
        closes = _CLAUSE_CLOSES.match(text, figures.end()) if figures is not None else None
        if closes is None:
            continue
        tally = _read_respective(text, opening.start(), closes, inside)
        if tally is not None:
            added.append(tally)
    if not added:
        return tallies
    return sorted([*tallies, *added], key=lambda tally: tally.start)


def _read_respective(
    text: str, clause: int, word: re.Match[str], inside: Callable[[int], bool] | None
) -> Tally | None:
    """The breakdown ending at one "respectively", or ``None``."""
    lists = list(_FIGURES.finditer(text, clause, word.start()))
    if not lists:
        return None
    numbers = lists[-1]
    year = _LEADING_YEAR.match(numbers.group())
    if year is not None and _DATED_BEFORE.search(
        text, max(0, numbers.start() - 8), numbers.start()
    ):
        # "approved in 2021, 79, 34 and 18 were ...": the year dates the whole, no figure
        numbers = _FIGURES.match(text, numbers.start() + year.end(), word.start()) or numbers
    count_shares = None  # "1,874 and 1,129 of the 3,412 posts, or 55 and 33 per cent, respectively"
    if (
        len(lists) > 1
        and _PER_CENT_END.search(numbers.group())
        and not _PER_CENT_END.search(lists[-2].group())
        and _SHARES_LEAD.fullmatch(text, lists[-2].end(), numbers.start())
    ):
        count_shares = _read_figures(numbers.group(), numbers.start())
        numbers = lists[-2]
    if inside is not None and inside(numbers.start()):
        return None
    figures = _read_figures(numbers.group(), numbers.start())
    if figures is None or len(figures) < 2:
        return None
    percent = bool(re.search(rf"{PER_CENT}$", numbers.group()))
    kind = "breakdown"
    if not percent and any(decimals for _, decimals, _, _ in figures):
        return None
    count = len(figures)
    after = text[numbers.end() : word.start()]
    labels = _labels_after(after, count) if after.strip(" ,\n") and count_shares is None else None
    start = numbers.start()
    labels_follow = labels is not None
    given_with = False
    end = word.end()
    subject_first = labels is None and _figures_open_clause(text, clause, numbers, word)
    if subject_first:  # "Thirty and nine States, respectively, answered yes and no."
        following = _labels_following(text, word.end(), count)
        if following is not None:
            labels, end = following
            labels_follow = True
    placed_in_parentheses = False
    if labels is None:
        # "located in Nairobi, Entebbe and Mogadishu (24, 19 and 13, respectively)"
        before_end = _PAREN_BEFORE.search(text, clause, numbers.start())
        lists_end = before_end.start() if before_end is not None else numbers.start()
        before = _labels_before(text[clause:lists_end], count)
        with_after = _WITH_BEFORE.search(text, clause, lists_end) if before is None else None
        if with_after is not None:
            # "Chile, Peru and Cuba were elected, with 120, 98 and 91 votes, respectively":
            # the subjects of the clause, each given its figure after "with"
            before = _labels_before(text[clause : with_after.start()], count, tail=_WITH_TAIL)
            if before is not None and _NAME_THEN_COMMA.search(text, clause, clause + before[1]):
                return None  # "elected Bhutan, Chile and Ghana, with 47 and 45 votes": a name short
            given_with = before is not None
            if before is not None:  # "the Assembly elected Ecuador": the object of the verb
                words = before[0][0].split()
                verbs = [i for i, w in enumerate(words) if i and w.islower() and w.endswith("ed")]
                if verbs:
                    before[0][0] = " ".join(words[verbs[-1] + 1 :]) or before[0][0]
        trailing = _labels_trailing(text, word.end(), count) if before is None else None
        if before is not None:
            labels, label_start = before
            start = clause + label_start
            placed_in_parentheses = before_end is not None and _placed_before(
                text, start, lists_end, labels[0], numbers.end()
            )
        elif trailing is not None and count_shares is None:
            labels, end = trailing  # "620 and 310 were attributed, respectively, to ..."
            labels_follow = True
        else:
            return None
    whole = _WHOLE.search(text, max(clause, start - 120), start)
    total = read_count(whole["total"])[0] if whole is not None else None
    whole_start = None
    values = [value for value, _, _, _ in figures]
    partitive = None
    if not percent and total is None:  # "held 1,874 and 1,129 of the 3,412 posts"
        partitive = _PARTITIVE.match(text, numbers.end())
        if partitive is not None and partitive["total"]:
            total = read_count(partitive["total"])[0]
    if count_shares is not None and (
        percent
        or len(count_shares) != count
        or not _shares_fit([int(v) for v in values], count_shares, total)
    ):
        return None
    if percent:
        if _OWN_WHOLES.match(text, numbers.end()) is not None:
            return None  # "45 and 30 per cent of their populations": each label's own whole
        shares = (
            _SHARE_WORDS.search(text, clause, word.start()) is not None
            or _SHARE_PARTICIPLE.search(text, clause, numbers.start()) is not None
            or (labels_follow and _RECORDED_AT.match(after) is not None)
        )
        # the rest stated after the lists makes the whole too ("58 and 27 per cent of the
        # caseload respectively, the remaining 15 per cent being handled at Headquarters"),
        # where the shares name what they are of and are no changes ("fell by 35 and 41
        # per cent") nor rates ("Coverage in A and B was 58 and 27 per cent")
        made = sum(values)
        if (
            _CHANGE.search(text, clause, numbers.start()) is None
            and _OF_AFTER.match(text, numbers.end()) is not None
        ):
            made += _remaining_share(text, end)
        if not (_SUMS_TO_100[0] <= made <= _SUMS_TO_100[1]) and not (
            shares and made <= _SUMS_TO_100[1]
        ):
            return None
    elif total is None and _REPLIES_FROM.search(text, clause, numbers.start()) is not None:
        kind = "survey"  # "Replies from A, B and C numbered 18, 15 and 24": who replied
    elif total is not None and sum(values) > total:
        return None
    elif total is None and (stated := _whole_of_sum(text, clause, numbers.start(), values)):
        total, whole_start = stated  # "Field staff numbered 5,408, of whom 3,217 and 2,191"
    elif given_with:
        if _VOTES_AFTER.match(text, numbers.end()):
            kind = "vote"  # the votes each candidate was elected with
        elif not _RESPECTIVELY_NEXT.match(text, numbers.end()):
            return None  # "met, with 15 and 54 members, respectively": different wholes
    elif (
        total is None
        and partitive is None
        and count_shares is None
        and not subject_first
        and not _labels_name_kinds_of_subject(text, start, labels[0], numbers)
        and not _numbers_of_one_noun(text, clause, numbers.start())
        and not (labels_follow and _figures_are_subject(text, clause, numbers))
        and not (labels_follow and _objects_placed(text, clause, numbers, after, labels[0]))
        and (labels_follow or not _labels_share_head(labels, text, start, numbers))
        and (labels_follow or text[clause:start].strip() or not _got_by_each(text, numbers))
        and _WHOLE_NAMED.search(text, max(clause, start - 120), start) is None
        and not placed_in_parentheses
    ):
        return None  # counts of different wholes ("15 and 54 members respectively")
    parts = _figure_parts(labels, figures, percent=percent)
    if not percent and not labels_follow and (got := _noun_got(text, numbers)) is not None:
        for part in parts:  # "Uganda and Kenya hosted 210,000 and 150,000 refugees"
            part.counted = part.counted or got
    if whole is not None:
        whole_start = whole.start()
    tally = Tally(
        kind,
        min(whole_start, start) if whole_start is not None else start,
        end,
        parts,
        unit="percent" if percent else "count",
    )
    if total is None and percent:
        after = _WHOLE_AFTER.match(text, word.end()) or _WHOLE_AFTER.match(text, numbers.end())
        total = read_count(after["total"])[0] if after is not None else None
    if total is not None:
        tally.total = total
        if not percent:
            _add_rest(text, tally, total)
    if count_shares is not None:
        for part, (value, decimals, _, _) in zip(tally.parts, count_shares, strict=True):
            part.percent, part.decimals = float(value), decimals
    _add_remaining(text, tally)
    return tally


# ", with 120, 98 and 91 votes, respectively": each subject of the clause given its figure;
# the clause's predicate may be long ("were the largest contributors of uniformed staff").
_WITH_BEFORE = re.compile(r",\s{1,3}with\s{1,3}$")
_WITH_TAIL = 12
# A name and a comma just before the first of the named subjects: the list of names runs
# on before it ("elected Bhutan, Chile and Ghana"), longer than the list of figures.
_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'’-]*\s{0,3},\s{1,3}$")
_VOTES_AFTER = re.compile(r"\s{1,3}votes\b")
_RESPECTIVELY_NEXT = re.compile(r"\s{0,3},?\s{0,3}respectively\b")
# A year that opens a list of figures, and the preposition that makes it a date.
_LEADING_YEAR = re.compile(r"(?:1[89]|20)\d\d\s{0,3},\s{1,3}")
_DATED_BEFORE = re.compile(r"\b(?:in|since|during|for|of|by)\s{1,3}$")
# The parenthesis that opens figures after their labels: "Mogadishu (24, 19 and 13, ...".
_PAREN_BEFORE = re.compile(r"\s{0,3}\(\s{0,3}$")
# The labels of figures in parentheses after them, grouped by a preposition of origin,
# destination or membership ("claims among Tunisians, Ivorians and Libyans (4,600, 3,300
# and 2,000 claims respectively)", "arrived from Sudan and Eritrea (31,000 and 12,500,
# respectively)"), or placed by "in" after a verb that puts counted things there
# ("located in Nairobi, Entebbe and Mogadishu (24, 19 and 13, respectively)"; "Prices
# rose in Chad and Niger (12 and 15 ...)" and "Unemployment in A and B (...)" are levels).
_GROUPED_BY = re.compile(r"\b(?:among|from|to)\s{1,3}(?:the\s{1,3})?$")
_PLACED_BY = re.compile(
    r"\b(?:located|based|deployed|stationed|recorded|registered|reported|documented"
    r"|hosted|sheltered|displaced|detained)\s{1,3}(?:[a-z]{2,15}\s{1,3})?"
    r"(?:in|at|across)\s{1,3}(?:the\s{1,3})?$"
)


# A level, rate or measure the clause gives for each label: no counts of one whole.
_LEVEL_BEFORE = re.compile(
    r"\b(?:ratios?|rates?|averages?|average|levels?|index|indices|prices?|shares?"
    r"|proportions?|temperatures?|percentages?|median|per\s{1,3}capita)\b",
    re.IGNORECASE,
)


def _placed_before(text: str, start: int, end: int, first_label: str, figures_end: int) -> bool:
    """Whether the first label, between ``start`` and ``end``, is grouped or placed.

    The figures after the labels are counts of one thing: no unit after them ("12 and 25
    degrees") and no level or rate named before the labels ("The ratio of girls to boys
    among A and B (94 and 97, respectively)").
    """
    at = text.find(first_label, start, end)
    if at < 0 or NOT_COUNT_AFTER.match(text, figures_end) is not None:
        return False
    if _LEVEL_BEFORE.search(text, start, at) is not None:
        return False
    return (
        _GROUPED_BY.search(text, start, at) is not None
        or _PLACED_BY.search(text, start, at) is not None
    )


# A count in the clause before the lists, a whole they may add up to (no year, no figure
# glued to a word or a mark: "A/78/80", "2,183-member").
_STATED_COUNT = re.compile(r"(?<![\w.,/-])(?P<count>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w,.]\w|[/-])")
_SUM_REACH = 250
_MIN_SUM = 10
# A count after a preposition that places or dates ("in 12 countries", "over 30 days") is
# no whole of the lists.
_PLACED_BEFORE = re.compile(r"(?i)\b(?:in|at|from|to|by|across|over|within|for|during)\s{1,3}$")


def _whole_of_sum(
    text: str, clause: int, start: int, values: list[Fraction]
) -> tuple[int, int] | None:
    """A count stated before the lists that their counts add up to exactly, and its start.

    "Field staff numbered 5,408, of whom 3,217 and 2,191 were serving in A and B,
    respectively", "The 56 posts are located in A, B and C (24, 19 and 13, respectively)":
    one count in the clause, or in the sentence before the lists, equals the sum of the
    counts, so they split it. A year is no such whole; two counts equal to the sum leave
    it unknown.

    >>> text = "Of 90 posts, 50 and 40 are in A and B, respectively."
    >>> _whole_of_sum(text, 0, 12, [Fraction(50), Fraction(40)])
    (90, 3)
    >>> _whole_of_sum(text, 0, 12, [Fraction(50), Fraction(41)]) is None
    True
    """
    wanted = sum(values)
    if wanted.denominator != 1 or wanted < _MIN_SUM:
        return None  # small counts add up to another small number by chance
    sentence = max(text.rfind(". ", 0, clause) + 1, start - _SUM_REACH, 0)
    found = [
        match
        for match in _STATED_COUNT.finditer(text, sentence, start)
        if not YEAR_FIGURE.fullmatch(match["count"])
        and read_count(match["count"])[0] == wanted
        and not _PLACED_BEFORE.search(text, max(0, match.start() - 12), match.start())
    ]
    if len(found) != 1:
        return None
    return int(wanted), found[0].start()


# The words before the first label that make it a kind of one noun the clause opens on:
# "Staff of the Office in [Geneva]", "The troop contribution of [Bangladesh]".
_SUBJECT_BEFORE_LABELS = re.compile(
    r"\s{0,3}(?:[Tt]he\s{1,3})?(?P<head>(?:[A-Za-z][a-z’'-]{1,30}\s{1,3}){1,3}?)"
    r"(?:(?:of|in|at|from)\s{1,3}(?:the\s{1,3})?(?:[A-Z][\w’'-]{1,30}\s{1,3}){1,4}?)?"
    # "Refugees hosted by [Iran]", "Staff deployed in [Juba]": a participle that places them
    r"(?:(?:of|in|at|from)|(?P<participle>[a-z]{3,20}ed)\s{1,3}(?:by|in|at|to))"
    r"\s{1,3}(?:the\s{1,3})?"
)
# Nouns of a measure: "The rates of A and B were 12 and 15" compare, they split nothing;
# so do the size of each ("The populations of Kenya and Uganda were 16.4 and 14.1 million").
_MEASURE_NOUNS = frozenset(
    """
    rate rates level levels share shares proportion proportions percentage percentages
    ratio ratios average averages value values cost costs price prices budget budgets
    expenditure expenditures income incomes revenue revenues growth size sizes age ages
    length lengths duration index indices score scores amount amounts population
    populations electorate electorates area areas unemployment inflation poverty literacy
    coverage mortality prevalence incidence turnout density temperature temperatures
    """.split()  # noqa: SIM905
)


def _got_by_each(text: str, numbers: re.Match[str]) -> bool:
    """Whether a verb of getting gives the counts of a plural noun to the labels before it.

    >>> text = "Uganda and Kenya hosted 210,000 and 150,000 refugees respectively."
    >>> _got_by_each(text, _FIGURES.search(text))
    True
    >>> text = "The Council and the Commission have 15 and 54 members respectively."
    >>> _got_by_each(text, _FIGURES.search(text))
    False
    >>> text = "The Committee and the Subcommittee received 12 and 4 new complaints, respectively."
    >>> _got_by_each(text, _FIGURES.search(text))
    True
    """
    return _noun_got(text, numbers) is not None


def _noun_got(text: str, numbers: re.Match[str]) -> str | None:
    """The plural noun, with its modifiers, whose counts a verb of getting gives to each label.

    >>> text = "A and B received 12 and 4 new complaints, respectively."
    >>> _noun_got(text, _FIGURES.search(text))
    'new complaints'
    """
    verb = _GOT_BEFORE.search(text, max(0, numbers.start() - 20), numbers.start())
    if verb is None or verb["verb"] not in _GETTING_VERBS:
        return None
    at = numbers.end()
    for _ in range(_MODIFIERS_BEFORE_NOUN + 1):
        noun = _NOUN_AFTER.match(text, at)
        if noun is None or noun["noun"] in PREPOSITIONS:
            return None
        if is_plural(noun["noun"]):
            return " ".join(text[numbers.end() : noun.end()].split())
        at = noun.end()
    return None


def _labels_name_kinds_of_subject(
    text: str, start: int, first_label: str, numbers: re.Match[str]
) -> bool:
    """Whether the labels before the counts each name a kind of the noun the clause opens on.

    "Staff of the Office in Geneva, New York and Nairobi numbered 742, 388 and 156,
    respectively", "The troop contribution of Bangladesh and Nepal amounted to 6,731 and
    5,682 personnel respectively": the labels follow the subject's noun and a preposition,
    so the counts split that noun. "The Council and the Commission have 15 and 54
    members" opens on the labels themselves, and a measure ("The rates of A and B were")
    or a change between the labels and the figures ("rose to") compares, no split.

    >>> text = "Staff in Rome and Oslo numbered 40 and 12, respectively."
    >>> _labels_name_kinds_of_subject(text, 0, "Rome", _FIGURES.search(text))
    True
    >>> text = "Rome and Oslo have 40 and 12 staff, respectively."
    >>> _labels_name_kinds_of_subject(text, 0, "Rome", _FIGURES.search(text))
    False
    """
    figures = numbers.start()
    at = text.find(first_label, start, figures)
    if at <= start:
        return False
    subject = _SUBJECT_BEFORE_LABELS.fullmatch(text, start, at)
    if subject is None:
        return False
    head = subject["head"].lower().split()
    if any(word in _MEASURE_NOUNS or word in STOP_WORDS for word in head):
        return False
    return _CHANGE.search(text, at, figures) is None and not NOT_COUNT_AFTER.match(
        text, numbers.end()
    )


_COPULAS = frozenset(("were", "was", "are", "is"))
_ARTICLES = ("the", "The", "a", "an")
# A noun counted per unit after the figures: "40 and 25 pupils per class" are rates.
_PER_UNIT_AFTER = re.compile(r"\s{1,3}[a-z]{2,20}\s{1,3}(?:per|each|a|an)\b")


def _shared_head(labels: list[str], listed: str) -> str | None:
    """The one noun the labels before the figures modify, written once after the last.

    "Northern, Central and Southern provinces", "Male and female staff": each label but
    the last is one word and the last that word's like and a lower-case noun, the head.
    A word that names people or things in the plural ("men, women and young people", the
    police) or a later label after an article ("the police, the army and private
    militias") is a noun of its own, no modifier. ``listed`` is the text of the list.

    >>> _shared_head(["Urban", "rural households"], "Urban and rural households")
    'households'
    >>> _shared_head(["men", "young people"], "men and young people") is None
    True
    """
    *earlier, last = labels
    words = last.split()
    if len(words) != 2 or any(len(label.split()) != 1 for label in earlier):
        return None
    if any(f"{article} {label}" in listed for label in labels[1:] for article in _ARTICLES):
        return None
    head = words[1]
    if not head.isalpha() or not head.islower() or head in _MEASURE_NOUNS or head in STOP_WORDS:
        return None
    modifiers = [*earlier, words[0]]
    if any(
        word.lower() in STOP_WORDS or word.lower() in PEOPLE_NOUNS or word.endswith("s")
        for word in modifiers
    ):
        return None
    return head


def _labels_share_head(labels: list[str], text: str, start: int, numbers: re.Match[str]) -> bool:
    """Whether the labels before the figures are kinds of one noun whose counts split it.

    "Northern, Central and Southern provinces recorded 1,407, 932 and 655 cases,
    respectively", "Male and female staff numbered 412 and 388, respectively": each
    label names a kind of one noun (:func:`_shared_head`; no measure: "Urban and rural
    rates were 12 and 15" compares), with a verb between them and the figures that is no
    change ("rose to") and no verb of having ("Large and small delegations had 12 and 3
    members" gives their sizes), and no unit or rate after the figures ("40 and 25
    pupils per class").

    >>> text = "Urban and rural households numbered 412 and 388, respectively."
    >>> _labels_share_head(["Urban", "rural households"], text, 0, _FIGURES.search(text))
    True
    >>> text = "The Council and the Commission have 15 and 54 members, respectively."
    >>> _labels_share_head(["Council", "the Commission"], text, 4, _FIGURES.search(text))
    False
    """
    if _shared_head(labels, text[start : numbers.start()]) is None:
        return False
    at = text.find(labels[-1], start, numbers.start())
    verbs = text[at + len(labels[-1]) : numbers.start()].split() if at >= 0 else []
    if not verbs or any(verb in _HAVE_VERBS and verb not in _COPULAS for verb in verbs):
        return False  # "Large and small delegations had 12 and 3 members": their sizes
    return (
        _CHANGE.search(text, start, numbers.start()) is None
        and not NOT_COUNT_AFTER.match(text, numbers.end())
        and not _PER_UNIT_AFTER.match(text, numbers.end())
    )


def _figure_parts(
    labels: list[str], figures: list[tuple[Fraction, int, int, int]], *, percent: bool
) -> list[Part]:
    """One part for each label and its figure (value, decimals, start, end), in order."""
    return [
        Part(
            label,
            None if percent else int(value),
            figure_start,
            figure_end,
            percent=float(value) if percent else None,
            decimals=decimals if percent else None,
        )
        for label, (value, decimals, figure_start, figure_end) in zip(labels, figures, strict=True)
    ]


# The figures right after "respectively" and the verb's preposition: "accounted
# respectively for 64, 21 and 15 per cent", "received respectively 40 and 18".
_FIGURES_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:(?:for|to|at|in|by|with)\s{{1,3}})?(?P<figures>{_FIGURES.pattern})",
    re.VERBOSE,
)


def _read_figures_after(
    text: str, clause: int, word: re.Match[str], inside: Callable[[int], bool] | None
) -> Tally | None:
    """The breakdown whose figures follow "respectively", its labels before the verb.

    "Refugees, migrants and returnees accounted respectively for 64, 21 and 15 per cent of
    the people in need". Shares must make 100 within rounding (or be called shares and
    stay within it); counts must be parts of a whole stated after them ("held
    respectively 40 and 18 of the 70 seats") that they do not exceed. Counts of different
    wholes ("The Council and the Commission have respectively 15 and 54 members") are none.

    >>> tally = _read_figures_after("Boys and girls made up respectively 52 and 48 per cent.",
    ...     0, _RESPECTIVELY.search("Boys and girls made up respectively"), None)
    >>> [(p.category, p.percent) for p in tally.parts]
    [('Boys', 52.0), ('girls', 48.0)]
    """
    after = _FIGURES_AFTER.match(text, word.end())
    if after is None or (inside is not None and inside(after.start("figures"))):
        return None
    numbers = after["figures"]
    figures = _read_figures(numbers, after.start("figures"))
    if figures is None or len(figures) < 2:
        return None
    before = _labels_before(text[clause : word.start()], len(figures))
    if before is None:
        return None
    labels, label_start = before
    values = [value for value, _, _, _ in figures]
    percent = _PER_CENT_END.search(numbers) is not None
    total = None
    if percent:
        if _OWN_WHOLES.match(text, after.end("figures")) is not None:
            return None  # "52 and 48 per cent of their intakes": each label's own whole
        shares = _SHARE_WORDS.search(text, clause, word.start()) is not None
        if not (_SUMS_TO_100[0] <= sum(values) <= _SUMS_TO_100[1]) and not (
            shares and sum(values) <= _SUMS_TO_100[1]
        ):
            return None
    else:
        partitive = _PARTITIVE.match(text, after.end())
        if partitive is None or not partitive["total"] or any(d for _, d, _, _ in figures):
            return None
        total = read_count(partitive["total"])[0]
        if total is None or sum(values) > total:
            return None
    parts = _figure_parts(labels, figures, percent=percent)
    tally = Tally(
        "breakdown",
        clause + label_start,
        after.end(),
        parts,
        unit="percent" if percent else "count",
    )
    if percent:
        whole = _WHOLE_AFTER.match(text, after.end())
        total = read_count(whole["total"])[0] if whole is not None else None
    tally.total = total
    return tally


# One more count after the pairs, in a clause of its own: ", while 520 could not be
# attributed", ", and the remaining 40 were closed".
_REST_AFTER = re.compile(
    rf",\s{{1,3}}(?:while|whereas|and)\s{{1,3}}(?:the\s{{1,3}}(?:remaining|other)\s{{1,3}})?"
    rf"(?P<figure>{FIGURE})\s{{1,3}}(?P<label>[a-z][a-z’' -]{{1,80}}?)\s{{0,3}}(?=[.;:,()]|$)"
)
_MAX_REST_WORDS = 8


def _add_rest(text: str, tally: Tally, total: int) -> None:
    """Add the count after the pairs that makes their sum the stated whole, if there is one.

    "Of the 1,450 violations verified, 620 and 310 were attributed, respectively, to
    government forces and to armed groups, while 520 could not be attributed": 620, 310
    and 520 add up to 1,450, so the last clause is the whole's third part.
    """
    rest = _REST_AFTER.match(text, tally.end)
    if rest is None:
        return
    value, _ = read_count(rest["figure"])
    words = rest["label"].split()
    if words[0] in _PLACING and len(words) > 1:
        words = words[1:]  # "the remaining 16 to other regions": the verb's preposition
    label = " ".join(words)
    if value is None or len(label.split()) > _MAX_REST_WORDS:
        return
    if sum(part.count or 0 for part in tally.parts) + value != total:
        return
    tally.parts.append(Part(label, value, rest.start("figure"), rest.end("figure")))
    tally.end = rest.end()


# The rest of the whole after the lists, with its label before it: ", men accounting for
# the remaining 23 per cent", "; refugees making up the other 12".
_REMAINING_AFTER = re.compile(
    rf"""(?:\s{{0,3}},?\s{{1,3}}of(?:\s{{1,3}}[\w’'-]{{1,30}}){{1,5}}?)?   # ", of the refugees"
        \s{{0,3}}[,;]\s{{1,3}}(?:and\s{{1,3}}|with\s{{1,3}}|while\s{{1,3}})?
        (?P<label>[A-Za-z][\w’'-]{{0,30}}(?:\s{{1,3}}[\w’'-]{{1,30}}){{0,4}}?)\s{{1,3}}
        (?:accounting\s{{1,3}}for|making\s{{1,3}}up|representing|constituting|forming)\s{{1,3}}
        the\s{{1,3}}(?:remaining|other)\s{{1,3}}
        (?P<figure>{FIGURE})(?P<unit>{PER_CENT})?(?![\w-])""",
    re.VERBOSE,
)


# The rest of the whole after the lists, with its label after it: ", the remaining 15 per
# cent being handled at Headquarters", "with the other 12 going to Asia".
_REMAINING_THEN_LABEL = re.compile(
    rf"""\s{{0,3}}[,;]\s{{1,3}}(?:and\s{{1,3}}|with\s{{1,3}}|while\s{{1,3}})?
        the\s{{1,3}}(?:remaining|other)\s{{1,3}}
        (?P<figure>{FIGURE})(?P<unit>{PER_CENT})?\s{{1,3}}(?:being|going)\s{{1,3}}
        (?P<label>[a-z][\w’'-]{{0,30}}(?:\s{{1,3}}[\w’'-]{{1,30}}){{0,5}}?)
        (?=\s{{0,3}}(?:[.;,]|$))""",
    re.VERBOSE,
)


def _remaining(text: str, end: int) -> tuple[re.Match[str], str] | None:
    """The part after the lists that takes the rest of the whole, and its label, if any."""
    match = _REMAINING_AFTER.match(text, end)
    if match is not None:
        label = _label_words(match["label"], first=True, last=True)
    elif (match := _REMAINING_THEN_LABEL.match(text, end)) is not None:
        label = _label_words(match["label"], first=True, last=False)
    else:
        return None
    return (match, label) if label is not None else None


def _remaining_share(text: str, end: int) -> Fraction:
    """The share of the part after the lists that takes the rest of the whole, or 0."""
    remaining = _remaining(text, end)
    if remaining is None or remaining[0]["unit"] is None:
        return Fraction(0)
    figure = _read_figures(remaining[0]["figure"], remaining[0].start("figure"))
    return figure[0][0] if figure is not None and len(figure) == 1 else Fraction(0)


def _add_remaining(text: str, tally: Tally) -> None:
    """Add the part that takes the rest of the whole, where it makes the whole exactly.

    "Children and women made up 51 and 26 per cent, respectively, of the refugees, men
    accounting for the remaining 23 per cent", "..., the remaining 15 per cent being
    handled at Headquarters": shares that then add up to 100 within rounding, or counts
    that then make the stated whole.
    """
    remaining = _remaining(text, tally.end)
    if remaining is None:
        return
    match, label = remaining
    percent = tally.unit == "percent"
    if percent != (match["unit"] is not None):
        return
    figure = _read_figures(match["figure"], match.start("figure"))
    if figure is None or len(figure) != 1:
        return
    value, decimals, start, end = figure[0]
    if percent:
        shares = sum(Fraction(part.percent or 0) for part in tally.parts) + value
        if not _SUMS_TO_100[0] <= shares <= _SUMS_TO_100[1]:
            return
        part = Part(label, None, start, end, percent=float(value), decimals=decimals)
    else:
        counts = sum(part.count or 0 for part in tally.parts) + value
        if tally.total is None or counts != tally.total or decimals:
            return
        part = Part(label, int(value), start, end)
    part.start = min(match.start("label"), part.start)  # the label before its figure or after
    part.remaining = True
    tally.parts.append(part)
    tally.end = match.end()


# The noun of counts right before ", respectively,": "Thirty and nine States, ".
_NOUN_BEFORE_RESPECTIVELY = re.compile(
    r"\s{1,3}(?:[A-Za-z][a-z’'-]{1,30}\s{1,3}){0,2}[A-Za-z][a-z’'-]{1,30}\s{0,3},\s{0,3}"
)
# The clause after ", respectively,", to its end: the verb and the labels.
_CLAUSE_AFTER = re.compile(r"\s{0,3},\s{1,3}(?P<clause>[a-z][^.;:!?()\d]{3,200}?)(?=[.;:!?]|$)")


def _figures_open_clause(
    text: str, clause: int, numbers: re.Match[str], word: re.Match[str]
) -> bool:
    """Whether counts and their noun open the clause right before ", respectively,".

    "Thirty and nine States, respectively, answered yes and no": nothing but an opening
    phrase and its comma before the counts, and only their noun between them and the word.
    """
    opening = text[clause : numbers.start()].strip()
    if opening and not opening.endswith(","):
        return False
    noun = text[numbers.end() : word.start()]
    if NOT_COUNT_AFTER.match(noun):
        return False
    words = noun.replace(",", " ").split()
    return _NOUN_BEFORE_RESPECTIVELY.fullmatch(noun) is not None and all(
        w.lower() not in STOP_WORDS for w in words
    )


def _labels_following(text: str, after: int, count: int) -> tuple[list[str], int] | None:
    """The labels after ", respectively," and where their clause ends, or ``None``.

    "..., respectively, answered the question in the affirmative and in the negative":
    the clause's last ``count`` pieces, as between the figures and the word.
    """
    match = _CLAUSE_AFTER.match(text, after)
    if match is None:
        return None
    clause = match["clause"].rstrip()
    first_word = clause.split()[0]
    if first_word not in VERBS and first_word not in AUXILIARIES and not first_word.endswith("ed"):
        return None  # the verb comes first: "answered", "were", "replied"
    labels = _labels_after(clause, count)
    if labels is None or len(_LIST_SEPARATOR.split(clause)) != count:
        return None
    return labels, match.start("clause") + len(clause)


def _numbers_of_one_noun(text: str, clause: int, figures: int) -> bool:
    """Whether the clause's subject is the numbers of one noun, with no change before them.

    "The numbers of Governments considering the level too high, satisfactory and too low
    were 39, 137 and 19": the labels split that noun; "... rose to 40 and 95" do not.
    """
    return (
        _NUMBERS_OF.match(text, clause, figures) is not None
        and _CHANGE.search(text, clause, figures) is None
    )


# The noun of counts that open their clause and the verb after it: "staff members were",
# "Member States answered" (a noun may be capitalised, as the United Nations writes
# "Governments" and "Member States").
_SUBJECT_NOUN = re.compile(r"\s{1,3}(?:[A-Za-z][a-z’'-]{1,30}\s{1,3}){1,4}")


def _figures_are_subject(text: str, clause: int, numbers: re.Match[str]) -> bool:
    """Whether counts of one noun open their clause, its labels after the verb.

    "431 and 281 staff members were on leave with full pay and without pay": the counts
    are the subject (after an opening phrase and its comma at most) and the labels split
    that noun; "the Council and the Commission have 15 and 54 members" counts different
    wholes. A unit after the figures ("12 and 18 months were needed") is no count.

    >>> text = "In 2023, 40 and 12 staff were in Geneva and in Vienna, respectively."
    >>> _figures_are_subject(text, 0, _FIGURES.search(text, 8))
    True
    >>> text = "They have 15 and 54 members in the Council and the Commission, respectively."
    >>> _figures_are_subject(text, 0, _FIGURES.search(text))
    False
    """
    opening = text[clause : numbers.start()].strip()
    if opening and not opening.endswith(","):
        return False
    if NOT_COUNT_AFTER.match(text, numbers.end()):
        return False
    noun = _SUBJECT_NOUN.match(text, numbers.end())
    if noun is None:
        return False
    words = noun.group().split()
    verb_at = next(
        (i for i, word in enumerate(words) if word in AUXILIARIES or word in VERBS), None
    )
    return (
        verb_at is not None
        and verb_at > 0
        and all(word not in STOP_WORDS for word in words[:verb_at])
    )


# A qualifier between a verb and the counts it has as its object: "recorded some 40 and 12".
_QUALIFIERS = frozenset(
    ("some", "about", "nearly", "almost", "over", "around", "approximately", "roughly")
)
# A verb that says what a whole has or is ("have 15 and 54 members"): the counts then size
# different wholes, no split of one noun.
_HAVE_VERBS = AUXILIARIES | frozenset(("comprise", "comprises", "comprised", "include", "includes"))
# The prepositions that put the objects of one verb in places, periods or hands: "in",
# "from", "at", "to", "by", "for", "during", "across", "within".
_PLACING = frozenset(("in", "from", "at", "to", "by", "for", "during", "across", "within"))


def _objects_placed(
    text: str, clause: int, numbers: re.Match[str], after: str, first_label: str
) -> bool:
    """Whether counts of one noun, a verb's object, are split by the labels after a preposition.

    "The Mission documented 214 and 87 incidents of sexual violence in North Kivu and
    Ituri, respectively": one verb, one noun, its things placed by "in"; "the Council
    and the Commission have 15 and 54 members" sizes different wholes, and a verb of
    change ("rose to 40 and 95 in A and B") compares two times.

    >>> text = "The Office trained 120 and 85 judges in Kenya and Uganda, respectively."
    >>> numbers = _FIGURES.search(text)
    >>> _objects_placed(text, 0, numbers, text[numbers.end() : -15], "Kenya")
    True
    >>> text = "They have 15 and 54 members in the Council and the Commission, respectively."
    >>> numbers = _FIGURES.search(text)
    >>> _objects_placed(text, 0, numbers, text[numbers.end() : -15], "Council")
    False
    """
    before = text[clause : numbers.start()].split()
    while before and before[-1].lower() in _QUALIFIERS:
        before.pop()
    if not before or _CHANGE.search(text, clause, numbers.start()) is not None:
        return False
    verb = before[-1]
    if not verb.isalpha() or not verb.islower() or verb in _HAVE_VERBS:
        return False
    if verb not in VERBS and not verb.endswith("ed"):
        return False
    if NOT_COUNT_AFTER.match(text, numbers.end()):
        return False  # a unit or a month: "40 and 12 km", "12 and 18 months"
    words = after.split()
    if not words or not words[0].isalpha() or not words[0].islower() or words[0] in STOP_WORDS:
        return False  # the counted noun comes first
    label_at = after.find(" " + first_label)
    return label_at > 0 and after[:label_at].split()[-1] in _PLACING


def _shares_fit(
    counts: list[int], shares: list[tuple[Fraction, int, int, int]], whole: int | None
) -> bool:
    """Whether each share is its count's share of ``whole`` (or of their sum) as rounded."""
    whole = whole or sum(counts)
    return bool(whole) and all(
        abs(Fraction(100 * count, whole) - value) <= Fraction(1, 10**decimals)
        for count, (value, decimals, _, _) in zip(counts, shares, strict=True)
    )


# Shares listed after the counts they belong to: ", representing 55.7 per cent and 44.3
# per cent, respectively", ", or 55 and 45 per cent of the total, respectively".
_OF_THEIR_WHOLE = r"\s{1,3}of\s{1,3}(?:the|their|its|all)(?:\s{1,3}[\w’'-]{1,20}){1,3}"
# The same with the whole's count after "respectively": "..., respectively, of the 1,038
# posts subject to geographical distribution".
_OF_THEIR_COUNTED_WHOLE = (
    r"\s{1,3}of\s{1,3}(?:the|their|its|all)\s{1,3}(?P<whole>\d{1,3}(?:,\d{3})+|\d{1,6})"
    r"(?:\s{1,3}[A-Za-z][\w’'-]{0,20}){1,3}"
)
_SHARES_AFTER = re.compile(
    rf"""\s{{0,3}},?\s{{1,3}}(?:representing|or|that\s{{1,3}}is\s{{0,3}},?|i\.e\.)\s{{1,3}}
        (?P<shares>{_FIGURES.pattern})
        (?:{_OF_THEIR_WHOLE})?
        \s{{0,3}},?\s{{1,3}}respectively\b
        (?:,?{_OF_THEIR_COUNTED_WHOLE}   # "..., respectively, of the 1,038 posts"
          |{_OF_THEIR_WHOLE})?        # "58 and 42 per cent respectively of the votes cast"
        """,
    re.VERBOSE,
)


def attach_respective_shares(text: str, tallies: list[Tally]) -> None:
    """Give a count tally's parts the shares listed after it with "respectively".

    "Of the 1,478 participants, 823 were women and 655 were men, representing 55.7 per
    cent and 44.3 per cent, respectively": the shares go to the counts in order, but only
    where there are as many shares as parts and each share is its count's share of the
    stated whole (or of the counts' sum, when the shares add up to 100) within its
    rounding; otherwise nothing is attached. The tally's span then takes in the shares.
    A vote's sides take them too ("received 96 votes in favour and 70 against, that is, 58
    and 42 per cent respectively of the votes cast"). A whole counted after the shares
    ("..., respectively, of the 1,038 posts") is the tally's total where the counts make
    it up exactly; where they do not, no share is attached.
    """
    for tally in tallies:
        if tally.unit != "count" or len(tally.parts) < 2:
            continue
        if any(part.count is None or part.percent is not None for part in tally.parts):
            continue
        match = _SHARES_AFTER.match(text, tally.end)
        if match is None or _PER_CENT_END.search(match["shares"]) is None:
            continue
        shares = _read_figures(match["shares"], match.start("shares"))
        if shares is None or len(shares) != len(tally.parts):
            continue
        counts = [part.count or 0 for part in tally.parts]
        # the whole named after the shares, where the counts make it up exactly
        whole = int(match["whole"].replace(",", "")) if match["whole"] else None
        if whole is not None and whole != sum(counts):
            continue  # shares "of the 1,200 posts" of counts that do not make it up
        if not _shares_fit(counts, shares, tally.total or whole):
            continue
        for part, (value, decimals, _, _) in zip(tally.parts, shares, strict=True):
            part.percent, part.decimals = float(value), decimals
        if tally.total is None and whole is not None:
            tally.total = whole
        tally.end = match.end()
