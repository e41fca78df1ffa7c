"""Parts that the enumeration grammar loses because they are written in another shape.

The grammar of :mod:`~surveystats.extract.tally_enumerations` reads a label after its
count ("27 were noted"). A split often opens or closes with a part written otherwise:

- :func:`with_object_first`: the first part is the object of its verb, the later ones
  passive clauses of their own: "The Board approved 64 of the applications, whereas 21
  were deferred and 9 were declined" (approved 64, deferred 21, declined 9).
- :func:`with_noun_of_count_last`: the last part is a noun "of" its count that only the
  clause's verb describes: "Of the 46 cases, 30 were clarified, 9 were closed and the
  status of 7 remains pending" (status remains pending 7).
- :func:`with_remaining_part_last`: the last part is "the remaining N" in a clause of its
  own, after a part whose label holds a figure of its own (a year, a level) that ends the
  enumeration before it: "Nine of the 14 offices met the 2019 targets, while the
  remaining five missed them" (met the 2019 targets 9, missed them 5, of 14).
- :func:`find_in_clauses`: clauses that each open with "in" and their count, the verb
  after a subject: "In 23 of the communications examined, the Committee found a
  violation, while in 7 it found none" (found a violation 23, found none 7).
- :func:`find_label_in_counts`: labels that each stand before "in" and the count of
  the cases they hold for: "finding violations in 45 cases and no violation in 16".
- :func:`find_in_addition`: a second part written as a noun "of N others" after "in
  addition to": "300 displaced persons were killed, in addition to the injury of 1,000
  others" (killed 300, injury 1,000).
- :func:`with_first_part_before`: the first item of a run by place or category, which
  carries the verb, noun or aside the later items elide: "documented 449 incidents in the
  central region from 1 January to 31 March, 86 in Gao, 69 in Timbuktu", "United States
  (with 388 total recommendations), Cuba (386), Egypt (321)".

Each is a bounded pattern tried at a known place (before a tally's first part, after its
last, or at an "In" followed by a count), so the paragraphs without these shapes pay a
string search at most.
"""

from __future__ import annotations

import bisect
import itertools
import re

from surveystats.extract.phrases import is_plural
from surveystats.extract.tally_items import (
    AUXILIARIES,
    PAST_VERBS,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    Item,
    Number,
    item_starts,
    items_starting_in,
)
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally, read_count
from surveystats.extract.tally_people_wholes import counts_people
from surveystats.text import sentence_starts
from surveystats.text.words import NUMBER_WORDS

__all__ = [
    "find_apposed_counts",
    "find_elided_heads",
    "find_in_addition",
    "find_in_clauses",
    "find_in_part_of_whole",
    "find_label_in_counts",
    "with_first_part_before",
    "with_noun_of_count_last",
    "with_object_first",
    "with_part_in_addition",
    "with_remaining_part_last",
    "with_whole_before",
]

# A count as the patterns below take it: digits (thousands separated) or number words.
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d{1,6}|[A-Za-z]+(?:-[a-z]+)?)"

# Before a tally's first part: a verb in the past, its count, and what it counts ("of the
# recommendations it received"), then the joint to the next clause.
_OBJECT_FIRST = re.compile(
    rf"""
    (?<![\w-])(?P<verb>[a-z]{{3,20}})\s{{1,3}}              # "supported"
    (?P<count>{_COUNT})                                       # "152"
    (?:\s{{1,3}}of\s{{1,3}}(?:the|these|those|its|their)\s{{1,3}}
        (?P<noun>[a-z][\w'’-]{{1,25}}(?:\s{{1,3}}[a-z][\w'’-]{{0,25}}){{0,6}}))?  # "of the reports"
    \s{{0,3}}(?:,\s{{0,3}}(?:while|whereas|but|and)|;|\s(?:while|whereas|but))\s{{1,3}}$
    """,
    re.VERBOSE,
)
_OBJECT_REACH = 160  # characters before the first part that the object may take
# Words that end the counted noun of an object "of the ...": a clause about it begins.
_NOUN_STOP = frozenset(("it", "they", "that", "which", "who", "he", "she", "we", "so", "thus"))
# Verbs whose object is no part of a split beside passive clauses.
_NOT_SPLIT_VERBS = frozenset(("received", "had", "held", "reviewed", "examined", "considered"))


def _is_past_verb(word: str) -> bool:
    return word not in _NOT_SPLIT_VERBS and (word in PAST_VERBS or word.endswith("ed"))


def _counted(noun: str | None) -> str | None:
    """The counted noun of an object's "of" phrase, without the clause about it."""
    if not noun:
        return None
    words = noun.split()
    kept = words[:1]
    for word in words[1:]:
        if word in _NOUN_STOP or word in PREPOSITIONS or word.endswith("ed"):
            break
        kept.append(word)
    return " ".join(kept)


def with_object_first(text: str, tallies: list[Tally]) -> None:
    """Give a split of passive clauses the part its sentence opens with as an object.

    "The State supported 152 of the recommendations, while 27 were noted and 4 were
    rejected" is read "noted 27, rejected 4" from its second clause on; the object of
    "supported" is the first part, its verb the label. Only a split of counts with no
    stated whole and no counted noun of its own is given one: "renewed 4 of the
    mandates, while 2 new mandates were created" counts other things.

    >>> tally = Tally("breakdown", 40, 60, [Part("noted", 27, 40, 48),
    ...     Part("rejected", 4, 53, 60)])
    >>> text = "The State supported 152 of the reports, while 27 were noted and 4 were rejected."
    >>> tally.start, tally.parts[0].start = 46, 46
    >>> with_object_first(text, [tally])
    >>> [(p.category, p.count, p.counted) for p in tally.parts]
    [('supported', 152, 'reports'), ('noted', 27, 'reports'), ('rejected', 4, 'reports')]
    """
    ends = sorted(t.end for t in tallies)
    for tally in tallies:
        if (
            tally.kind not in ("breakdown", "survey")
            or tally.unit != "count"
            or tally.total is not None
            or len(tally.parts) < 2
            or any(part.counted or part.count is None for part in tally.parts)
        ):
            continue
        reach = max(0, tally.start - _OBJECT_REACH)
        before = text[reach : tally.start]
        stop = max(before.rfind(". "), before.rfind(":"))
        match = _OBJECT_FIRST.search(before, stop + 1)
        if match is None or not _is_past_verb(match["verb"]):
            continue
        count, _ = read_count(match["count"])
        if count is None or YEAR_FIGURE.fullmatch(match["count"]):
            continue
        start = reach + match.start("verb")
        if any(start < end <= tally.start for end in ends):
            continue  # another tally reads the words before
        counted = _counted(match["noun"])
        first = Part(match["verb"], count, start, reach + match.end("count"), counted=counted)
        for part in tally.parts:
            part.counted, part.counted_inherited = counted, counted is not None
        tally.parts.insert(0, first)
        tally.start = start


# After a tally's last part: "and the fate of 31 remained unknown", "and the whereabouts of
# the remaining 12 are still not known".
_NOUN_OF_COUNT = re.compile(
    rf"""
    \s{{0,3}},?\s{{0,3}}and\s{{1,3}}the\s{{1,3}}
    (?P<noun>fate|whereabouts|status|outcome|situation|identity|cases?)\s{{1,3}}of\s{{1,3}}
    (?:the\s{{1,3}}(?P<remaining>remaining|other|last)\s{{1,3}})?
    (?P<count>{_COUNT})\s{{1,3}}
    (?P<label>(?:remain(?:s|ed)?|is|was|were|are|had|has|have)\b[^,;:.()\d]{{0,60}}?)
    (?=\s{{0,3}}(?:[,;:.)]|$))
    """,
    re.VERBOSE,
)


def with_noun_of_count_last(text: str, tallies: list[Tally]) -> None:
    """Give a split the part that its sentence ends with as a noun "of" a count.

    "Of those detained, 214 were released, 96 were tried and the fate of 31 remained
    unknown": the last clause counts the same people, its label the noun and the verb
    ("fate remained unknown"). Not where the parts would exceed a stated whole.

    >>> text = "Of the 50 cases, 30 were closed and the status of 20 remains pending."
    >>> tally = Tally("breakdown", 17, 31, [Part("closed", 30, 17, 31)], total=50)
    >>> with_noun_of_count_last(text, [tally])
    >>> [(p.category, p.count) for p in tally.parts]
    [('closed', 30), ('status remains pending', 20)]
    """
    for tally in tallies:
        if tally.unit != "count" or not tally.parts or tally.kind == "vote":
            continue
        match = _NOUN_OF_COUNT.match(text, tally.end)
        if match is None:
            continue
        count, _ = read_count(match["count"])
        if count is None:
            continue
        counts = [part.count for part in tally.parts]
        if None in counts or (tally.total is not None and sum(counts) + count > tally.total):
            continue
        label = " ".join(f"{match['noun']} {match['label']}".split())
        counted = tally.parts[-1].counted
        last = Part(
            label,
            count,
            match.start("noun"),
            match.end("label"),
            counted=counted,
            counted_inherited=counted is not None,
            remaining=match["remaining"] is not None,
        )
        tally.parts.append(last)
        tally.end = last.end


# After a tally's last part, a clause of the rest of its whole: ", while the remaining five
# offices missed them", "; the other five were closed", "and the remaining 12 are
# pending". Its noun, where written, is one word; its verb is a past form or an
# auxiliary, and the clause ends at the sentence's end or a clause mark.
_REMAINING_LAST = re.compile(
    rf"""
    \s{{0,3}}(?:,\s{{0,3}}(?:while|whereas|but|and|with)|;(?:\s{{1,3}}(?:and|while|whereas))?
        |\s(?:while|whereas|but|and))
    \s{{1,3}}the\s{{1,3}}(?P<remaining>remaining|other|rest\s{{1,3}}of\s{{1,3}}the)\s{{1,3}}
    (?P<count>{_COUNT})
    (?:\s{{1,3}}(?P<noun>(?!(?:were|was|are|is|had|have|has|remain\w*|[a-z]+ed)\b)
        [A-Za-z][\w'’-]{{1,30}}))?  # no verb: "the remaining five missed them"
    \s{{1,3}}(?P<label>(?:(?:were|was|are|is|had|have|has)\s{{1,3}})?
        [a-z][\w'’-]*(?:\s{{1,3}}[\w'’/-]+){{0,12}}?)
    (?=\s{{0,3}}(?:[,;:.)]|$))
    """,
    re.VERBOSE,
)
# An auxiliary that opens the rest's clause is no word of its label: "were closed" ->
# "closed" (as the enumeration grammar labels "27 were noted").
_LEADING_AUXILIARY = re.compile(r"(?:were|was|are|is)\s{1,3}(?=[a-z])")


def with_remaining_part_last(text: str, tallies: list[Tally]) -> None:
    """Give a split of a stated whole "the remaining N" that closes its sentence.

    "Twelve of the 30 schools were repaired in 2018; the remaining 18 remain closed": a
    figure in the first part's label (a year, a level) ends the enumeration, and the part
    of the rest is lost. It is added
    where the tally states its whole and the rest makes it up exactly, as "the remaining"
    says it does; its noun, where written, is the noun the tally counts.

    >>> text = "Nine of the 14 offices were audited in 2019, while the remaining five were "
    >>> text += "audited in 2020."
    >>> tally = Tally("breakdown", 0, 43, [Part("audited in 2019", 9, 0, 43,
    ...     counted="offices")], total=14)
    >>> with_remaining_part_last(text, [tally])
    >>> [(p.category, p.count) for p in tally.parts]
    [('audited in 2019', 9), ('audited in 2020', 5)]
    """
    for tally in tallies:
        if tally.unit != "count" or tally.total is None or not tally.parts or tally.kind == "vote":
            continue
        match = _REMAINING_LAST.match(text, tally.end)
        if match is None:
            continue
        count, _ = read_count(match["count"])
        counts = [part.count for part in tally.parts]
        if count is None or None in counts or sum(counts) + count != tally.total:
            continue
        counted = tally.parts[-1].counted
        noun = match["noun"]
        if noun is not None and (counted is None or noun.lower() != counted.split()[-1].lower()):
            continue  # "the remaining 20 staff" of 31 offices: another noun, another whole
        label = " ".join(_LEADING_AUXILIARY.sub("", match["label"], count=1).split())
        last = Part(
            label,
            count,
            match.start("remaining") - len("the "),
            match.end("label"),
            counted=counted,
            counted_inherited=counted is not None,
            remaining=True,
        )
        tally.parts.append(last)
        tally.end = last.end


# Clauses that open with "in" and a count, the first with "of the" what it counts: "In 41
# of the cases decided, the Committee found a violation, while in 9 it found none".
_IN_CLAUSES = re.compile(
    rf"""
    (?<![\w-])[Ii]n\s{{1,3}}(?P<first>{_COUNT})
    (?:\s{{1,3}}of\s{{1,3}}(?:the|these|those|its|their)\s{{1,3}}
        (?:(?P<total>\d{{1,3}}(?:,\d{{3}})*|[a-z]+(?:-[a-z]+)?)\s{{1,3}}(?=[a-z]{{3}}))?)?
    (?P<clause>[^;:.()\d]{{8,200}}?)
    \s{{0,3}}(?:,\s{{0,3}}(?:while|whereas|but|and)|;|\s(?:while|whereas|but))
    \s{{1,3}}in\s{{1,3}}(?P<second>{_COUNT})(?:\s{{1,3}}(?P<other>others?|other\s{{1,3}}cases|cases))?
    \s{{0,3}},?\s{{1,3}}(?P<label>(?:it|they|he|she|the\s{{1,3}}(?-i:[A-Z])[\w-]+)\s{{1,3}}[a-z][^,;:.()\d]{{1,80}}?)
    (?=\s{{0,3}}(?:[,;:.)]|$))
    """,
    re.VERBOSE,
)
# The subject of the first clause, before its verb: "the Committee", "the authorities".
_SUBJECT = re.compile(
    r"(?:^|\s)(?P<subject>(?:the\s{1,3})?(?-i:[A-Z])[\w-]+(?:\s{1,3}(?-i:[A-Z])[\w-]+){0,4}"
    r"|it|they|he|she|the\s{1,3}[a-z]{3,20})\s{1,3}(?P<rest>(?!the\s)[a-z][^,]*)$"
)
_PRONOUN = re.compile(r"(?:it|they|he|she|the\s{1,3}[A-Z][\w-]+)\s{1,3}")
_IN_STARTS = ("in ", "In ")
# Counted nouns of time: "In 3 years the Committee ...": no split.
_TIME_NOUNS = re.compile(
    r"\s{0,3}(?:of\s{1,3}\w+\s{1,3})?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b"
)


# A passive clause's count and verb, then a second part of the same people as a noun "of N
# others": "300 displaced persons who were seeking refuge were killed, in addition to the
# injury of 1,000 others".
_IN_ADDITION = re.compile(
    rf"""
    (?<![\w,.-])(?P<first>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|(?i:{NUMBER_WORDS}))\s{{1,3}}
    [a-z][^,;:.()\d]{{0,100}}?
    \s(?:were|was|have\s{{1,3}}been|had\s{{1,3}}been)\s{{1,3}}(?P<verb>[a-z]{{3,20}}ed)
    \s{{0,3}},?\s{{1,3}}in\s{{1,3}}addition\s{{1,3}}to\s{{1,3}}the\s{{1,3}}
    (?P<noun>[a-z]{{3,20}})\s{{1,3}}of\s{{1,3}}(?P<second>{_COUNT})\s{{1,3}}others\b
    """,
    re.VERBOSE,
)
_IN_ADDITION_REACH = 200  # characters before "in addition to" that the first clause may take


def find_in_addition(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """Two parts of one group, the second a noun "of N others" after "in addition to".

    "At least 300 displaced persons were killed, in addition to the injury of 1,000
    others": "others" counts the same persons again, so the killed and the injured split
    them (no whole is stated).

    >>> text = "Some 40 villagers were killed, in addition to the injury of 95 others."
    >>> [(p.category, p.count) for p in find_in_addition(text, [])[0].parts]
    [('killed', 40), ('injury', 95)]
    >>> find_in_addition("Some 40 were killed, in addition to the injury of 95 soldiers.", [])
    []
    """
    found = []
    at = text.find(" in addition to the ")
    while at >= 0:
        start = max(0, at - _IN_ADDITION_REACH)
        for match in _IN_ADDITION.finditer(text, start, min(len(text), at + 80)):
            first, _ = read_count(match["first"])
            second, _ = read_count(match["second"])
            if first is None or second is None or YEAR_FIGURE.fullmatch(match["first"]):
                continue
            begin, end = match.start(), match.end()
            if any(s < end and begin < e for s, e in taken):
                continue
            parts = [
                Part(match["verb"], first, begin, match.end("verb")),
                Part(match["noun"], second, match.start("noun"), end),
            ]
            found.append(Tally("breakdown", begin, end, parts))
            taken = [*taken, (begin, end)]
            break
        at = text.find(" in addition to the ", at + 1)
    return found


def find_in_clauses(text: str, numbers: list[Number], taken: list[tuple[int, int]]) -> list[Tally]:
    """Splits written as clauses that each open with "in" and a count.

    "In 41 of the cases decided on the merits the Committee found a violation of the
    Convention, while in 9 it found none" -> found a violation of the Convention 41, found
    none 9. The first clause's subject is left out of its label, the pronoun of the
    second's too; a count "of the N" in the first clause is the whole ("In 60 of the 75
    cases ..."). Years, references and periods of time open no part.

    >>> text = "In 12 of the cases, the court convicted them, whereas in 5 it acquitted them."
    >>> from surveystats.extract.tally_items import find_numbers
    >>> [(p.category, p.count) for p in find_in_clauses(text, find_numbers(text), [])[0].parts]
    [('convicted them', 12), ('acquitted them', 5)]
    """
    found = []
    for number in numbers:
        if number.start < 3 or not text.startswith(_IN_STARTS, number.start - 3):
            continue  # most numbers: one slice compared
        match = _IN_CLAUSES.match(text, number.start - 3)
        if match is None:
            continue
        first, _ = read_count(match["first"])
        second, _ = read_count(match["second"])
        if first is None or second is None or YEAR_FIGURE.fullmatch(match["first"]):
            continue
        if _TIME_NOUNS.match(text, match.end("first")):
            continue
        subject = _SUBJECT.search(match["clause"].strip())
        if subject is None:
            continue
        label_two = _PRONOUN.sub("", match["label"], count=1)
        total, _ = read_count(match["total"]) if match["total"] else (None, False)
        if total is not None and first + second > total:
            continue
        start, end = match.start(), match.end()
        if any(s < start < e or (s == start and e >= end) for s, e in taken):
            continue  # inside another reading; one that starts later, after "In", loses
        parts = [
            Part(" ".join(subject["rest"].split()), first, start, match.start("clause")),
            Part(" ".join(label_two.split()), second, match.start("second"), end),
        ]
        found.append(Tally("breakdown", start, end, parts, total=total))
        taken = [*taken, (start, end)]
    return found


# The ages of a group of people, which no count is: "aged 18 to 29", "aged 15-24",
# "50 and older".
_AGES = (
    r"(?<=aged\s)\d{1,2}(?:\s{0,3}(?:-|–|to)\s{0,3}\d{1,2}(?!\d))?"
    r"|\d{1,2}\s{1,3}(?:and|or)\s{1,3}(?:older|over|above)\b"
)
# Where a frame "In N of the M ..." may open: the text's start, after a stop or semicolon,
# or after a list's marker that opens the text: a bullet glyph (which the caller has made
# a blank: "• In 12 of the 20 districts, ..."), a dash or an asterisk, or "(b)" and "b)".
_FRAME_OPENING = (
    r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=^\s)|(?<=^\s\s)|(?<=^[*–—-]\s)"
    r"|(?<=^\([a-z]\)\s)|(?<=^[a-z]\)\s))"
)
# A sentence that opens on "In N of the M nouns," and says what holds in them: "In 30 out
# of 35 countries, women were more likely than men to report ...".
_IN_PART_OF_WHOLE = re.compile(
    rf"""
    {_FRAME_OPENING}In\s{{1,3}}(?P<part>{_COUNT})\s{{1,3}}(?:out\s{{1,3}})?of
    \s{{1,3}}(?:the\s{{1,3}})?(?P<total>{_COUNT})\s{{1,3}}
    # official English writes its groups capitalised or as acronyms: "Member States",
    # "UN Country Offices", "SIDS", "LDCs"
    (?P<noun>[A-Za-z][\w'’-]{{1,25}}(?:\s{{1,3}}[A-Za-z][\w'’-]{{1,25}}){{0,4}}?)
    # the frame's comma, or none before an article that opens the clause ("In 14 out of
    # 16 countries the responsible organisations also completed the survey")
    (?:\s{{0,3}},\s{{1,3}}|\s{{1,3}}(?=(?:the|their|its|a|an)\s))
    # an age range is no figure of another count: "respondents aged 18 to 29 see ..."
    (?P<clause>[A-Za-z](?:[^;:.()\d]|{_AGES}){{7,160}}?)
    (?=\s{{0,3}}(?:[;.:)]|,\s{{1,3}}(?:while|whereas|but)\b|$))
    """,
    re.VERBOSE,
)
# The same frame with the part and its whole in parentheses after the noun: "In most
# provinces (19 out of 26), schools reopened", "In a majority of Member States (102 of 193),
# ...".
_IN_WHOLE_THEN_PART = re.compile(
    rf"""
    {_FRAME_OPENING}In\s{{1,3}}
    (?:(?:most|many|some|several|half|(?:a|the)\s{{1,3}}majority|(?:a|the)\s{{1,3}}minority)
    \s{{1,3}}(?:of\s{{1,3}})?)?(?:the\s{{1,3}}|its\s{{1,3}}|their\s{{1,3}})?
    (?P<noun>[A-Za-z][\w'’-]{{1,25}}(?:\s{{1,3}}[A-Za-z][\w'’-]{{1,25}}){{0,4}}?)
    \s{{0,3}}\(\s{{0,2}}(?P<part>{_COUNT})\s{{1,3}}(?:out\s{{1,3}})?of\s{{1,3}}(?:the\s{{1,3}})?
    (?P<total>{_COUNT})\s{{0,2}}\)\s{{0,3}},\s{{1,3}}
    (?P<clause>[A-Za-z](?:[^;:.()\d]|{_AGES}){{7,160}}?)
    (?=\s{{0,3}}(?:[;.:)]|,\s{{1,3}}(?:while|whereas|but)\b|$))
    """,
    re.VERBOSE,
)
# A clause that says those counted answered a survey: the part is a survey's.
_SURVEY_CLAUSE = re.compile(r"\b(?:surveys?|questionnaires?|responded|replied|answered)\b")


def find_in_part_of_whole(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """One part of a whole named in a frame that opens the sentence: "In 30 out of 35 ...".

    "In 30 out of 35 countries, women were more likely than men to report mental health
    issues" states that what the clause says holds in 30 of the 35: a breakdown of total
    35 and one part labelled by the clause. Times ("In 3 of the 12 months") and wholes
    the part does not fit in are none; so is a sentence another reader took.

    >>> text = "In 12 of the 15 cases reviewed, the Committee found a violation."
    >>> tally = find_in_part_of_whole(text, [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (15, [('the Committee found a violation', 12, 'cases reviewed')])

    The whole may follow its noun in parentheses, after a word of how many: "In most
    provinces (19 out of 26), schools reopened".

    >>> text = "In most Provinces (19 out of 26), schools reopened."
    >>> tally = find_in_part_of_whole(text, [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (26, [('schools reopened', 19, 'Provinces')])
    """
    found = []
    matches = []
    at = text.find("In ")
    while at >= 0:
        matches.append(_IN_PART_OF_WHOLE.match(text, at) or _IN_WHOLE_THEN_PART.match(text, at))
        at = text.find("In ", at + 3)
    for match in matches:
        if match is None:
            continue
        label = " ".join(match["clause"].split())
        asked = _SURVEY_CLAUSE.search(label) or match["noun"].endswith(("surveyed", "polled"))
        kind = "survey" if asked else "breakdown"  # "In 19 of the 32 countries surveyed, ..."
        if tally := _one_part_of_whole(match, taken, label, "clause", kind):
            found.append(tally)
    return found


def _one_part_of_whole(
    match: re.Match[str],
    taken: list[tuple[int, int]],
    label: str,
    label_group: str,
    kind: str = "breakdown",
) -> Tally | None:
    """The one-part tally of a match with the groups ``part``, ``total`` and ``noun``.

    None for a time as the noun ("In 3 of the 12 months"), a part no smaller than its
    whole, a year as either figure, and a match that overlaps a span in ``taken``. The
    part's category is ``label``, which starts where ``label_group`` does.
    """
    if _TIME_NOUNS.match(" " + match["noun"].lower()):
        return None
    part, _ = read_count(match["part"])
    total, _ = read_count(match["total"])
    if part is None or total is None or not 0 < part < total:
        return None
    if YEAR_FIGURE.fullmatch(match["part"]) or YEAR_FIGURE.fullmatch(match["total"]):
        return None
    start, end = match.span()
    if any(s < end and start < e for s, e in taken):
        return None
    noun = " ".join(match["noun"].split())
    one = Part(label, part, match.start(label_group), end, counted=noun)
    return Tally(kind, start, end, [one], subject=noun, total=total)


# A frame "with N of the M nouns" and what holds for the N, before its clause's comma: "With
# 40 out of the 250 monitors already deployed, the Mission ...", "..., with 12 of its 30
# Country Offices still closed". The predicate opens on an adverb of state, a participle or
# a preposition of place; the noun may be written capitalised or as an acronym.
_WITH_PART_OF_WHOLE = re.compile(
    rf"""
    \b[Ww]ith\s{{1,3}}(?:only\s{{1,3}}|just\s{{1,3}}|some\s{{1,3}}|about\s{{1,3}})?
    (?P<part>{_COUNT})\s{{1,3}}(?:out\s{{1,3}})?of\s{{1,3}}
    (?:the\s{{1,3}}|its\s{{1,3}}|their\s{{1,3}})?
    (?P<total>{_COUNT})\s{{1,3}}
    (?P<noun>[A-Za-z][\w'’-]{{1,25}}(?:\s{{1,3}}[A-Za-z][\w'’-]{{1,25}}){{0,5}}?)\s{{1,3}}
    (?P<label>(?:already|now|still|yet|not|currently|fully|partly|newly)\s[^,;:.()\d]{{2,80}}?
    |[a-z]{{3,20}}(?:ed|en)\s{{1,3}}(?:in|on|at|by|to|for|from|as|with)\s[^,;:.()\d]{{2,80}}?)
    (?=\s{{0,3}}(?:[,;.:)]|\s(?:and|while|but)\s(?:the|its|their)\s(?:rest|remaining|others)\b|$))
    """,
    re.VERBOSE,
)


def find_with_part_of_whole(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """One part of a stated whole in a frame "with N of the M nouns" and its predicate.

    "With 40 out of the 250 monitors already deployed, the Mission began its work" states
    that 40 of the 250 are deployed: a breakdown of total 250 and one part labelled by the
    predicate after the noun. Times and parts no smaller than their whole are none.

    >>> text = "With 40 out of the 250 monitors already deployed, the Mission began work."
    >>> tally = find_with_part_of_whole(text, [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (250, [('already deployed', 40, 'monitors')])
    """
    found = []
    for match in _WITH_PART_OF_WHOLE.finditer(text):
        label = " ".join(match["label"].split())
        if tally := _one_part_of_whole(match, taken, label, "label"):
            found.append(tally)
    return found


# A part and its noun, then its whole in an aside between commas, then what holds for the
# part: "Some 1,200 posts, of the 9,400 authorized, were vacant", "12 Country Offices, out
# of 30 in the region, have closed". A relative clause after the whole stays none, as
# decided for "out of" (session 48): "Some 40 staff members, out of the 120 who applied,
# were selected".
_PART_ASIDE_WHOLE = re.compile(
    rf"""
    (?<![\w,.-])(?P<part>{_COUNT})\s{{1,3}}
    (?P<noun>[A-Za-z][\w'’-]{{1,25}}(?:\s{{1,3}}[A-Za-z][\w'’-]{{1,25}}){{0,3}}?)
    \s{{0,3}},\s{{1,3}}(?:out\s{{1,3}})?of\s{{1,3}}(?:the\s{{1,3}}|some\s{{1,3}}|about\s{{1,3}})?
    (?P<total>{_COUNT})
    (?P<aside>\s(?!who|which|that|whom|whose)
        (?:[^,;:.()\d]|(?<=\s)(?:19|20)\d\d(?!\d)){{2,40}}?)?
    \s{{0,3}},\s{{1,3}}
    (?:(?:now|still|already|then)\s{{1,3}})?
    (?P<label>(?:were|was|are|is|had|have|has|remain(?:ed|s)?)\s[^,;:.()\d]{{2,80}}?)
    (?=\s{{0,3}}(?:[,;.:)]|$))
    """,
    re.VERBOSE,
)
# Words that make the aside's figure no whole: "12 staff, of whom 3 ...", "of 2019".
_ASIDE_NOT_WHOLE = frozenset(("whom", "which", "these", "those", "them"))
_LEADING_VERB = re.compile(r"^(?:were|was|are|is|remain(?:ed|s)?)\s{1,3}(?:now\s{1,3})?")


def find_part_aside_whole(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """One part of a whole that an aside between commas states: "N posts, of the M, were ...".

    "Some 1,200 posts, of the 9,400 authorized, were vacant" states that 1,200 of the 9,400
    posts were vacant: a breakdown of total 9,400 and one part labelled by the predicate
    (without its copula). A year as the whole and parts no smaller than it are none.

    >>> text = "Some 1,200 posts, of the 9,400 authorized, were vacant."
    >>> tally = find_part_aside_whole(text, [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (9400, [('vacant', 1200, 'posts')])
    """
    found = []
    for match in _PART_ASIDE_WHOLE.finditer(text):
        if match["total"].lower() in _ASIDE_NOT_WHOLE:
            continue
        label = _LEADING_VERB.sub("", " ".join(match["label"].split())) or match["label"]
        if tally := _one_part_of_whole(match, taken, label, "label"):
            found.append(tally)
    return found


# The whole right before a split, its noun and a few words after it, then a colon or a
# comma: "Information on 56 Territories was transmitted: ", "awarded to 86 candidates, ".
_WHOLE_BEFORE_SPLIT = re.compile(
    rf"""
    (?<![\w,.-])(?P<count>{_COUNT})\s{{1,3}}
    (?P<noun>[A-Za-z][\w'’-]{{1,25}}(?:\s{{1,3}}[a-z][\w'’-]{{1,25}}){{0,2}})
    (?:\s{{1,3}}[A-Za-z][\w'’-]{{0,25}}){{0,6}}    # "was transmitted", "trained by the Mission"
    \s{{0,3}}[:,]\s{{1,3}}$
    """,
    re.VERBOSE,
)
# A preposition that makes a count before a comma a frame of place or time, no whole.
_FRAME_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Dd]uring|[Oo]ver|[Ww]ithin|[Aa]cross)\s{1,3}$")
_WHOLE_REACH = 140  # characters before a split that its whole may take
# Words after a whole's noun that make it no whole of the parts after it ("in 2019, ...").
_NOUN_NOT_WHOLE = frozenset(("per", "percent", "cent", "times", "years", "months", "days"))


def _whole_before(text: str, start: int, parts: list[int]) -> re.Match[str] | None:
    """The count right before ``start`` in its sentence that ``parts`` add up to exactly."""
    reach = max(0, start - _WHOLE_REACH)
    before = text[reach:start]
    stop = max(before.rfind(". "), before.rfind(";"))
    match = _WHOLE_BEFORE_SPLIT.search(text, reach + stop + 1, start)
    if match is None or YEAR_FIGURE.fullmatch(match["count"]):
        return None
    if match["noun"].split()[0].lower() in _NOUN_NOT_WHOLE:
        return None
    if _FRAME_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return None  # "In 15 districts, 6 and 9 clinics were ...": where, not a whole
    whole, _ = read_count(match["count"])
    return match if whole is not None and whole == sum(parts) else None


# A place with its figure in parentheses, then a dash before the places inside it with
# theirs: "Marib (304 HH) – Marib City (152 HH), Harib (54 HH)" (the highest of them, so
# they may add up to less than the whole).
_NAMED_WHOLE_BEFORE_DASH = re.compile(
    r"""
    (?<![\w'’-])[A-Z][\w'’-]{1,25}(?:\s{1,3}[A-Z][\w'’-]{1,25}){0,3}
    \s{0,3}\(\s{0,2}(?P<count>\d{1,3}(?:,\d{3})+|\d{1,6})
    (?:\s{1,3}(?P<unit>[A-Za-z]{1,15}))?\s{0,2}\)
    \s{0,3}(?:–|—|--?)\s{0,3}$
    """,
    re.VERBOSE,
)
_NAMED_WHOLE_REACH = 80
_UNIT_REACH = 24  # characters after a part's figure to the end of its parentheses


def _named_whole_before(text: str, tally: Tally, counts: list[int]) -> re.Match[str] | None:
    """The place and its figure in parentheses before a dash that opens ``tally``'s places.

    Each part is written as its place and its figure in parentheses with the whole's unit,
    and they add up to no more than the whole.
    """
    match = _NAMED_WHOLE_BEFORE_DASH.search(
        text, max(0, tally.start - _NAMED_WHOLE_REACH), tally.start
    )
    if match is None or YEAR_FIGURE.fullmatch(match["count"]):
        return None
    unit = rf"\s{{1,3}}{re.escape(match['unit'])}" if match["unit"] else ""
    in_parentheses = re.compile(rf"\(\s{{0,2}}[\d,]{{1,9}}{unit}\s{{0,2}}\)")
    if not all(
        in_parentheses.search(text, part.start, part.end + _UNIT_REACH) for part in tally.parts
    ):
        return None
    whole, _ = read_count(match["count"])
    return match if whole is not None and sum(counts) <= whole else None


def _noun_of(words: str) -> str:
    """The noun of a whole without the verb after it ("Territories was transmitted").

    A participle before a preposition opens the noun's post-modifier ("candidates
    selected by the Board" -> "candidates").

    >>> _noun_of("candidates selected by")
    'candidates'
    >>> _noun_of("internally displaced persons")
    'internally displaced persons'
    """
    kept: list[str] = []
    written = words.split()
    for word, after in itertools.zip_longest(written, written[1:]):
        if word in _NOT_COUNTED or word in AUXILIARIES:
            break
        if kept and word.endswith("ed") and after in PREPOSITIONS:
            break
        kept.append(word)
    return " ".join(kept) or written[0]


def with_whole_before(text: str, tallies: list[Tally]) -> None:
    """Give a split with no whole the count right before it that its parts add up to.

    "Information on 56 Territories was transmitted: 39 administered by the United
    Kingdom, 8 by France and 9 by the United States": the 56 Territories are the whole,
    stated with its noun before the colon (or a comma) that opens the parts. Only a
    count that the parts add up to exactly, with no other figure between. A place with its
    figure in parentheses before a dash is the whole of the places after the dash, each
    with its figure in parentheses in the same unit, that add up to no more than it:
    "Marib (304 HH) – Marib City (152 HH), Harib (54 HH)" (the places with most).

    >>> text = "Grants went to 86 candidates, 39 women and 47 men."
    >>> split = Tally("breakdown", 30, 49, [Part("women", 39, 30, 38), Part("men", 47, 43, 49)])
    >>> with_whole_before(text, [split])
    >>> split.total, split.start, split.subject, split.parts[0].counted
    (86, 15, 'candidates', 'candidates')
    """
    for tally in tallies:
        if tally.total is not None or tally.kind == "vote" or tally.unit != "count":
            continue
        counts = [part.count for part in tally.parts]
        if len(counts) < 2 or None in counts:
            continue
        match = _whole_before(text, tally.start, counts)
        if match is None:
            named = _named_whole_before(text, tally, counts)
            if named is not None:
                tally.total, _ = read_count(named["count"])
                tally.start = named.start()
            continue
        noun = _noun_of(match["noun"])
        kinds = [part.counted not in (None, noun) for part in tally.parts]
        if any(
            kind and not _people_of_people(part.counted, noun)  # type: ignore[arg-type]
            for kind, part in zip(kinds, tally.parts, strict=True)
        ):
            continue  # the parts count a noun of their own
        tally.total = sum(counts)
        tally.start = match.start()
        # "412 volunteers ..., 250 women and 162 men": the women are volunteers counted
        tally.subject = noun if any(kinds) else tally.subject or noun
        for part in tally.parts:
            if part.counted is None or any(kinds):
                part.counted, part.counted_inherited = noun, True


def _people_of_people(counted: str, whole: str) -> bool:
    """Whether a part counts people and so does its whole ("250 women" of "412 volunteers")."""
    return counted.split()[-1] in PEOPLE_NOUNS and whole.split()[-1] in PEOPLE_NOUNS


# One counted noun of a list in apposition to its whole: "39 women", "12 national staff".
_COUNTED_PART = re.compile(
    rf"(?P<count>{_COUNT})\s{{1,3}}(?P<noun>[a-z][\w'’-]{{1,25}}(?:\s{{1,3}}[a-z][\w'’-]{{1,25}}){{0,2}}?)"
    r"(?P<joint>\s{0,3},\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}|(?=\s{0,3}(?:[.;)]|$)))"
)
_MAX_LISTED = 12
# Words that make a "count word" no counted noun: a verb or a preposition follows.
_NOT_COUNTED = (
    PREPOSITIONS
    | PAST_VERBS
    | frozenset(
        ("were", "was", "are", "is", "had", "have", "has", "of", "per", "percent", "more", "others")
    )
)


def find_apposed_counts(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Counted nouns in apposition to the whole they add up to.

    "Fellowships were awarded to 86 candidates, 39 women and 47 men": the list after the
    comma (or a colon) names the kinds of the 86 candidates, which they add up to
    exactly. Each part's label is its noun; a list that does not add up to the count
    before it, or goes on with more figures, is none.

    >>> text = "Training was given to 412 officers, 300 men and 112 women."
    >>> from surveystats.extract.tally_items import find_numbers
    >>> [(p.category, p.count) for p in find_apposed_counts(text, find_numbers(text), [])[0].parts]
    [('men', 300), ('women', 112)]
    """
    found = []
    for whole_number, number in itertools.pairwise(numbers):
        if not text.startswith((", ", ": "), number.start - 2):
            continue  # most pairs of numbers: one slice compared
        if number.start - whole_number.end > _WHOLE_REACH:
            continue
        parts = _counted_list(text, number.start)
        if parts is None:
            continue
        whole = _whole_before(text, number.start, [part.count for part in parts])
        if whole is None or not _kinds_of_whole(text, whole, parts):
            continue
        start, end = whole.start(), parts[-1].end
        if any(s < end and start < e for s, e in taken):
            continue
        total = sum(part.count for part in parts)
        subject = _noun_of(whole["noun"])
        for part in parts:  # "39 women" of the 86 candidates: candidates are counted
            part.counted, part.counted_inherited = subject, True
        found.append(Tally("breakdown", start, end, parts, subject=subject, total=total))
        taken = [*taken, (start, end)]
    return found


_PREPOSITION_BEFORE = re.compile(r"\b(?:to|from|with|for|on|by|among)\s{1,3}$")


def _kinds_of_whole(text: str, whole: re.Match[str], parts: list[Part]) -> bool:
    """Whether counted nouns after a whole they add up to are its kinds, not other things.

    A colon announces them; people are split by sex or age ("39 women and 47 men"); nouns
    that share their head are kinds of it ("4,812 anti-personnel mines, 1,036 anti-tank
    mines"); a whole after a preposition ("awarded to 86 candidates, ...") is no item of
    a list of things done ("held 5 meetings, 3 field visits and 2 workshops").
    """
    if ":" in whole.group()[-4:]:
        return True
    heads = {part.category.split()[-1] for part in parts}
    return (
        len(heads) == 1
        or heads <= PEOPLE_NOUNS
        or _PREPOSITION_BEFORE.search(text, max(0, whole.start() - 12), whole.start()) is not None
    )


def _counted_list(text: str, position: int) -> list[Part] | None:
    """Two or more counted nouns from ``position`` to the end of their clause, or None."""
    parts: list[Part] = []
    closed = closed_by_and = False  # a comma after the part that "and" opened closes it
    while len(parts) <= _MAX_LISTED:
        match = _COUNTED_PART.match(text, position)
        if match is None:
            # "The 1,240 participants, 700 women and 540 men, came from ...": an
            # apposition closed by its comma
            return parts if closed and len(parts) > 1 else None
        count, _ = read_count(match["count"])
        words = match["noun"].split()
        if count is None or words[0] in _NOT_COUNTED or YEAR_FIGURE.fullmatch(match["count"]):
            return None
        noun = " ".join(words)
        parts.append(Part(noun, count, match.start(), match.end("noun")))
        if not match["joint"]:  # the clause ends after this noun
            return parts if len(parts) > 1 else None
        closed = closed_by_and and match["joint"].strip() == ","
        closed_by_and = "and" in match["joint"]
        position = match.end()
    return None


# The first item of a list whose later items elide the head noun: a count, maybe its noun
# and a verb, then a modifier and the head ("5,402 staff held permanent appointments").
_FIRST_WITH_HEAD = re.compile(
    r"(?:(?:\s{1,3}[a-z][\w'’-]{1,25}){0,3}?\s{1,3}(?P<verb>[a-z]{3,20}))?"
    r"\s{1,3}(?P<mod>[a-z][\w'’-]{2,25})\s{1,3}(?P<head>[a-z][\w'’-]{2,25}s)\b"
)
_FIRST_REACH = 120  # characters from the first count to the second
_JOINT_BEFORE = re.compile(r"(?:,|\band)\s{1,3}$")
# The verb right before a count that is its object: "held 14 formal meetings, 9 ...".
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]{3,20})\s{1,3}$")
# A later item: its count and modifier alone, the last maybe with the head again.
_LATER_MODIFIER = re.compile(
    rf"(?P<joint>\s{{0,3}},\s{{1,3}}(?:and\s{{1,3}})?|\s{{1,3}}and\s{{1,3}})"
    rf"(?P<count>{_COUNT})\s{{1,3}}(?P<mod>[a-z][\w'’-]{{2,25}})(?:\s{{1,3}}(?P<head>[a-z][\w'’-]{{2,25}}))?"
    r"(?=\s{0,3}(?:[,;.:)]|and\s|$))"
)


def find_elided_heads(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Counts of kinds of one head noun, written in full first and elided after.

    "5,402 staff held permanent appointments, 612 probationary, 7,803 fixed-term and
    1,006 indefinite appointments": the head ("appointments") is written with the first
    modifier and maybe the last, the modifiers between stand alone; each part is its
    modifier with the head. The first count's verb must be a verb (no noun's modifier)
    and every later item a bare modifier.

    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "The Council held 14 formal meetings, 9 informal and 3 private meetings."
    >>> [(p.category, p.count) for p in find_elided_heads(text, find_numbers(text), [])[0].parts]
    [('formal meetings', 14), ('informal meetings', 9), ('private meetings', 3)]
    """
    found = []
    for number, after in itertools.pairwise(numbers):
        if (
            after.start - number.end > _FIRST_REACH
            or not text.startswith((", ", "d "), after.start - 2)
            or not _JOINT_BEFORE.search(text, after.start - 6, after.start)
        ):
            continue  # most numbers: no list joint before the next one
        first = _FIRST_WITH_HEAD.match(text, number.end)
        if first is None:
            continue
        verb = first["verb"]
        if verb is None:  # the count is the verb's object
            before = _VERB_BEFORE.search(text, max(0, number.start - 22), number.start)
            verb = before["verb"] if before is not None else ""
        if verb not in PAST_VERBS and not verb.endswith("ed"):
            continue
        count, _ = read_count(number.raw)
        if count is None or YEAR_FIGURE.fullmatch(number.raw):
            continue
        head = first["head"]
        parts = [Part(f"{first['mod']} {head}", count, number.start, first.end())]
        position = first.end()
        while len(parts) <= _MAX_LISTED:
            later = _LATER_MODIFIER.match(text, position)
            if later is None:
                break
            value, _ = read_count(later["count"])
            mod = later["mod"]
            if value is None or mod in _NOT_COUNTED or mod == head or is_plural(mod):
                break  # "adopted 12 general comments and 3 statements": a noun of its own
            if later["head"] is not None and later["head"] != head:
                break
            parts.append(Part(f"{later['mod']} {head}", value, later.start("count"), later.end()))
            position = later.end()
        if len(parts) < 2 or first["mod"] in _NOT_COUNTED:
            continue
        start, end = number.start, parts[-1].end
        if any(s < end and start < e for s, e in taken):
            continue
        for part in parts:
            part.counted = head
        found.append(Tally("breakdown", start, end, parts, subject=head))
        taken = [*taken, (start, end)]
    return found


# Parts whose label comes before "in" and the count of the cases it holds for: "finding
# violations in 45 cases and no violation in 16", "substantiated in 96 and unsubstantiated
# in the remaining 115". The same preposition opens both counts; the second label is a few
# words after the joint (a pronoun and its auxiliary dropped: "they were unsubstantiated").
_LABEL_IN_COUNTS = re.compile(
    rf"""
    (?<![\w-])in\s{{1,3}}(?P<first>{_COUNT})
    (?:\s{{1,3}}(?:of\s{{1,3}}(?P<of>them|these|those|the\s{{1,3}}cases)
        |(?P<noun>[a-z][\w'’-]{{1,25}}))(?=[\s,;]))?
    \s{{0,3}}(?:,\s{{0,3}}(?:and|while|whereas|but)|;|\s(?:and|while|whereas|but))\s{{1,3}}
    (?:(?:it|they|he|she|this|these)\s{{1,3}}(?:was|were|is|are|has\s{{1,3}}been|have\s{{1,3}}been)\s{{1,3}})?
    (?P<label>[a-z][\w'’-]{{0,25}}(?:\s{{1,3}}[a-z][\w'’-]{{0,25}}){{0,4}}?)
    \s{{1,3}}in\s{{1,3}}(?:the\s{{1,3}}(?P<remaining>remaining|other)\s{{1,3}})?
    (?P<second>{_COUNT})
    (?:\s{{1,3}}(?:of\s{{1,3}}(?:them|these|those|the\s{{1,3}}cases)
        |(?P<noun_two>[a-z][\w'’-]{{1,25}})))?
    (?=\s{{0,3}}(?:[,;:.)]|$))
    """,
    re.VERBOSE,
)
# What the cases of such a split are: things decided, examined or reported on. A place or
# a span of time ("active in 45 countries and present in 16") is no case of a finding.
_CASE_NOUNS = frozenset(
    (
        "cases", "instances", "matters", "communications", "complaints", "investigations",
        "allegations", "petitions", "applications", "claims", "incidents", "decisions",
        "judgments", "judgements", "opinions", "reports", "requests", "appeals", "files",
        "audits", "reviews", "inquiries", "enquiries", "proceedings", "trials",
    )
)  # fmt: skip
# Where the first label starts: after a clause boundary, a subject's capitalised word
# ("the Ombudsman found ...") or the auxiliary of a passive ("allegations were
# substantiated in 96 cases"), which is no word of the label.
_LABEL_WORD = r"(?!(?:were|was|are|is|been|being)\b)[a-z][\w'’-]{0,25}"
_FIRST_LABEL = re.compile(
    r"(?:^|[,;:(]\s{0,3}|\b(?:were|was|are|is|been|being)\s{1,3}|(?-i:[A-Z])[\w'’-]*\s{1,3})"
    rf"(?P<label>{_LABEL_WORD}(?:\s{{1,3}}{_LABEL_WORD}){{0,4}})\s{{1,3}}$"
)
_LABEL_REACH = 80  # characters before "in" that the first label may take


def find_label_in_counts(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Splits whose labels each stand before "in" and the count of cases they hold for.

    "The Committee adopted 61 decisions, finding violations in 45 cases and no violation
    in 16" -> finding violations 45, no violation 16 (counted: cases). The cases must be
    named as such ("cases", "complaints", "of them"), after the counts or shortly before
    them ("Of the 211 investigations, allegations were substantiated in 96 and ..."); places
    and spans of time make no split, nor do two different nouns.

    >>> text = "Allegations were substantiated in 96 cases and unsubstantiated in 115."
    >>> from surveystats.extract.tally_items import find_numbers
    >>> [(p.category, p.count, p.counted) for p in find_label_in_counts(
    ...     text, find_numbers(text), [])[0].parts]
    [('substantiated', 96, 'cases'), ('unsubstantiated', 115, 'cases')]
    >>> text = "The programme is active in 45 countries and present in 16."
    >>> find_label_in_counts(text, find_numbers(text), [])
    []
    """
    found: list[Tally] = []
    for number in numbers:
        if number.start < 3 or not text.startswith("in ", number.start - 3):
            continue  # most numbers: one slice compared
        match = _LABEL_IN_COUNTS.match(text, number.start - 3)
        if match is None:
            continue
        tally = _label_in_counts(text, match)
        if tally is None or any(s < tally.end and tally.start < e for s, e in taken):
            continue
        found.append(tally)
        taken = [*taken, (tally.start, tally.end)]
    return found


def _names_cases(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names the cases that bare counts after "in" would be."""
    return any(
        word in _CASE_NOUNS or word + "s" in _CASE_NOUNS for word in text[start:end].lower().split()
    )


def _label_in_counts(text: str, match: re.Match[str]) -> Tally | None:
    """The tally of one :data:`_LABEL_IN_COUNTS` match, or ``None`` where it is no split."""
    first, _ = read_count(match["first"])
    second, _ = read_count(match["second"])
    if first is None or second is None:
        return None
    if YEAR_FIGURE.fullmatch(match["first"]) or YEAR_FIGURE.fullmatch(match["second"]):
        return None
    noun, noun_two = match["noun"], match["noun_two"]
    if (noun is not None and noun not in _CASE_NOUNS) or (
        noun_two is not None and noun_two not in _CASE_NOUNS
    ):
        return None  # "in 45 countries", "in 3 years": places and times, no cases
    if noun and noun_two and noun != noun_two:
        return None
    reach = max(0, match.start() - _LABEL_REACH)
    if not (noun or noun_two or match["of"]) and not _names_cases(text, reach, match.start()):
        return None  # "Schools reopened in 14 districts, clinics in 6 and markets in 3"
    before = _FIRST_LABEL.search(text, reach, match.start())
    if before is None:
        return None
    label_one, label_two = before["label"], match["label"]
    if label_two.split()[0] in PREPOSITIONS or label_one.split()[-1] in PREPOSITIONS:
        return None
    counted = noun or noun_two or ("cases" if match["of"] else None)
    start = before.start("label")
    parts = [
        Part(" ".join(label_one.split()), first, start, match.end("first"), counted=counted),
        Part(
            " ".join(label_two.split()),
            second,
            match.start("label"),
            match.end(),
            counted=counted,
            counted_inherited=counted is not None and noun_two is None,
            remaining=match["remaining"] is not None,
        ),
    ]
    return Tally("breakdown", start, match.end(), parts)


# The first part of a run, written in another shape than the parts after it. Lists by
# place, country or category often give their first item the whole clause (its verb, its
# counted noun, an aside) and elide them in the later ones; the readers of runs then read
# the list from its second item. Two shapes of the first item are looked for right before
# the run's first part, each the shape of the later parts plus what they elide:
#
# - a name before its figure, the later parts "Cuba (386)" or "Italy with 3,900": the
#   first "United States (with 388 total recommendations), ", "the US - 577,510,
#   followed by ", "South Sudan (an estimated 399,213 in 2016), ", "Southeast Asia
#   (385,767) which also includes India, followed by ";
# - a label after the words every later part repeats between its figure and its label,
#   the later parts "69 in Timbuktu" or "1.1 million are in X": the first "449 security
#   incidents in the central region from 1 January to 31 March, ", "1.77 million new
#   IDPs -- 38 per cent of the total -- are in Darfur, " (its counted noun, an aside and
#   a time of its own are read past).
_NAME = (
    r"(?:the\s{1,3})?(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s{1,3}(?:(?:of|and|de|du|del)\s{1,3}(?:the\s{1,3})?)?(?-i:[A-Z])[\w.'’-]*){0,5}"
)
_LEAD = (
    r"(?:(?:with|an?\s{1,3}estimated|an?\s{1,3}total\s{1,3}of|some|about|around|nearly"
    r"|almost|over|more\s{1,3}than|approximately)\s{1,3})?"
)
# The joint between the first item and the run: a comma, "followed by", "and", "while".
_FIRST_JOINT = (
    r"\s{0,3}(?:,\s{0,3}(?:(?:followed\s{1,3}by|then|and|while|whereas)\s{1,3})?"
    r"|;\s{0,3}(?:and\s{1,3})?|\s(?:and|followed\s{1,3}by)\s{1,3})"
    r"(?:(?:about|some|nearly|almost|around|over|approximately|close\s{1,3}to)\s{1,3})?$"
)
_NAMED_FIRST = re.compile(
    rf"(?<![\w.'’-])(?P<label>{_NAME})\s{{0,3}}"
    rf"(?:\(\s{{0,3}}{_LEAD}(?P<inner>[^()]{{1,80}})\)"  # "(with 388 total recommendations)"
    r"|(?:-{1,2}|[–—:])\s{0,3}(?P<bare>[^;:()]{1,30}?))"  # "the US - 577,510"
    r"(?P<aside>[^.;:(),\d]{0,80}?)" + _FIRST_JOINT  # "which also includes India"
)
_FIRST_ITEM_REACH = 220  # characters before a run's first part its first item may take
# A time of the first item's own after its label: "from 1 January to 31 March", "in 2023".
_OWN_TIME = (
    r"(?:\s{1,3}(?:from|between|during|since|in|on|as\s{1,3}of|as\s{1,3}at)\s{1,3}"
    r"[^,;()]{0,40}?(?:\d|quarter|period|year|month|week)[^,;()]{0,30}?)?"
)
# A counted noun and an aside between the first figure and its frame.
_NOUN_ASIDE = (
    r"(?P<noun>(?:\s{1,3}[A-Za-z][\w'’-]*){0,4}?)"
    r"(?:\s{0,3}(?:--|[–—])[^–—]{1,80}?(?:--|[–—])|\s{0,3}\([^()]{1,80}\))?"
)
_LABEL_WORDS = re.compile(r"[A-Za-z][\w.'’-]*(?:\s{1,3}[A-Za-z][\w.'’-]*){0,7}")
_FRAME = re.compile(r"\s{1,3}(?:[a-z]+\s{1,3}){1,3}")


def _figure_in(items: list[Item], starts: list[int] | None, start: int, end: int) -> list[Item]:
    """The counts and percentages of ``items`` (which start at ``starts``) in ``[start, end)``."""
    found = items_starting_in(items, starts, start, end)
    return [item for item in found if item.kind != "other"]


def _named_first(
    text: str, tally: Tally, items: list[Item], starts: list[int] | None, figure: Item, lo: int
) -> tuple[str, int, int, Item] | None:
    """The first item as a name before its figure: label, span and its figure item."""
    first = tally.parts[0]
    label_at = text.find(first.category or "\0", first.start, figure.start)
    if label_at < 0 or not (first.category or "")[:1].isupper():
        return None  # the later parts are no names before their figures
    match = _NAMED_FIRST.search(text, max(lo, first.start - _FIRST_ITEM_REACH), first.start)
    if match is None or match.end() != first.start:
        return None
    where = "inner" if match["inner"] is not None else "bare"
    found = _figure_in(items, starts, match.start(where), match.end(where))
    if len(found) != 1 or found[0].start != match.start(where):
        return None  # no figure, or a figure with another before it in its aside
    if where == "bare" and found[0].end != match.end(where):
        return None
    label = match["label"]
    if label.split()[0].lower() == "the" and len(label.split()) == 1:
        return None
    return label, match.start("label"), match.end(where) + (where == "inner"), found[0]


def _names_the_whole(label: str, later: str) -> bool:
    """Whether a first label names the place the later, named parts lie in.

    "2,300 patrols in the sector, 86 in Gao, 69 in Timbuktu": a bare noun after "the"
    ("the sector", "the country", "the region", "the north") is the whole the names are
    places of, no place beside them; a qualified one ("the central region", "the eastern
    states") or a name ("Darfur") is one of them.

    >>> _names_the_whole("the sector", "Gao"), _names_the_whole("the central region", "Gao")
    (True, False)
    """
    words = label.split()
    return (
        later[:1].isupper()
        and not label[:1].isupper()
        and (len(words) < 3 or words[0].lower() != "the")
    )


def _framed_first(
    text: str, tally: Tally, items: list[Item], starts: list[int] | None, figure: Item, lo: int
) -> tuple[str, int, int, Item] | None:
    """The first item as a figure, the later parts' frame, its label: label, span, figure."""
    first = tally.parts[0]
    label_at = text.find(first.category or "\0", figure.end, first.end)
    frame = _FRAME.fullmatch(text, figure.end, label_at) if label_at >= 0 else None
    if frame is None:
        return None  # the later parts' labels stand right after their frame ("in", "are in")
    before = _figure_in(items, starts, max(lo, first.start - _FIRST_ITEM_REACH), first.start)
    if not before:
        return None
    candidates = [item for item in before if item.kind == figure.kind]
    if not candidates:
        return None
    words = r"\s{1,3}".join(frame.group().split())
    pattern = re.compile(
        _NOUN_ASIDE
        + rf"\s{{1,3}}{words}\s{{1,3}}(?P<label>[^,;()\d]{{1,80}}?)"
        + _OWN_TIME
        + _FIRST_JOINT
    )
    # the figure before the run, whose frame is read past its noun and its aside
    for item in reversed(candidates):
        match = pattern.match(text[: first.start], item.end)
        if match is None:
            continue
        if any(
            other.start < match.start("label") for other in before if other.start > item.start
        ) and not re.search(r"--|[–—()]", text[item.end : match.start("label")]):
            return None  # another figure between, outside an aside
        if match["noun"].strip() and match["noun"].split()[0].lower() in PREPOSITIONS:
            return None  # "12 incidents in 2023 in Gao": no counted noun
        label = match["label"].strip()
        if not _LABEL_WORDS.fullmatch(label) or _names_the_whole(label, first.category or ""):
            return None
        return label, item.prefix_start, match.end("label"), item
    return None


def with_first_part_before(text: str, tallies: list[Tally], items: list[Item]) -> None:
    """Give a run of parallel parts the first item its sentence writes in another shape.

    "UN investigators documented 449 incidents in the central region from 1 January to 31
    March, 86 in Gao, 69 in Timbuktu and 37 in Menaka" is read "Gao, Timbuktu, Menaka"
    by the readers of runs: the first item carries the verb, the counted noun and a time
    that the later ones elide. So do a name with its figure's own words in parentheses
    ("United States (with 388 total recommendations), Cuba (386), Egypt (321)") or after
    a dash ("recorded in the US - 577,510, followed by Brazil (425,540), India
    (258,317)"). The item right before the run's first part is its first part where it
    has the run's shape (a name before its figure; or the run's frame, "in", "are in",
    before its label), the run's unit, no other figure between outside an aside, and the
    parts with it fit their stated whole (shares: at most 100).

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "It recorded 120 cases in Mopti in 2023, 86 in Gao and 37 in Menaka."
    >>> tally = Tally("breakdown", 40, 66, [Part("Gao", 86, 40, 49), Part("Menaka", 37, 54, 66)])
    >>> with_first_part_before(text, [tally], read_items(text))
    >>> [(p.category, p.count) for p in tally.parts]
    [('Mopti', 120), ('Gao', 86), ('Menaka', 37)]
    """
    ends = sorted(t.end for t in tallies)
    starts = item_starts(items)
    sentences = sentence_starts(text)
    for tally in tallies:
        if tally.kind not in ("breakdown", "survey") or len(tally.parts) < 2:
            continue
        first = tally.parts[0]
        figures = _figure_in(items, starts, first.start, first.end)
        if len(figures) != 1:
            continue
        figure = figures[0]
        lo = sentences[bisect.bisect_right(sentences, first.start) - 1]
        found = _named_first(text, tally, items, starts, figure, lo) or _framed_first(
            text, tally, items, starts, figure, lo
        )
        if found is None:
            continue
        label, start, end, item = found
        # the first tally end after ``start``: another tally's words end in the gap
        after = bisect.bisect_right(ends, start)
        if item.kind != figure.kind or (after < len(ends) and ends[after] <= first.start):
            continue  # another unit, or words another tally reads
        percent = None if item.percent is None else float(item.percent)
        if item.kind == "percent":
            shares = [part.percent for part in tally.parts]
            if None in shares or percent is None or sum(shares) + percent > 100.5:
                continue
        elif item.value is None or (
            tally.total is not None
            and sum(part.count or 0 for part in tally.parts) + item.value > tally.total
        ):
            continue
        count = None if item.kind == "percent" else item.value
        tally.parts.insert(
            0,
            Part(
                label,
                count,
                start,
                end,
                percent=percent,
                decimals=item.decimals if item.kind == "percent" else None,
                qualifier=item.qualifier,
            ),
        )
        tally.start = min(tally.start, start)


# A verb of harm right before a toll's list: "killed two civilians and two soldiers".
_HARM_BEFORE = re.compile(
    r"\b(?:killed|injured|wounded|maimed|abducted|killing|injuring|wounding|maiming)\s{1,3}$"
)
_HARM_REACH = 20
# One more group after the list, the same fate befalling it: ", in addition to the three
# perpetrators." (a noun of up to four words, then the clause's end)
_PART_IN_ADDITION = re.compile(
    rf"""
    \s{{0,3}},?\s{{1,3}}in\s{{1,3}}addition\s{{1,3}}to\s{{1,3}}(?:the\s{{1,3}})?
    (?P<count>{_COUNT})\s{{1,3}}
    (?P<noun>(?:[a-z][\w'’-]{{0,30}}\s{{1,3}}){{0,3}}[a-z][\w'’-]{{0,30}})
    (?=\s{{0,3}}(?:[.;,]|$))
    """,
    re.VERBOSE,
)


def with_part_in_addition(text: str, tallies: list[Tally]) -> None:
    """Add to a toll the group that "in addition to" names after its list, in place.

    "The attack killed two civilians and two police officers, in addition to the three
    perpetrators": the perpetrators were killed too, a third group of the dead beside
    the other two (no whole is stated). Only a list right after a verb of harm, whose
    parts and the added group all count people, with no total, takes the group: "in
    addition to two others who died of their wounds" (a clause of its own) and "in
    addition to 12 houses" stay out.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies found in ``text``; a tally that takes the group gets one more part
        and its ``end`` moves past it.

    Examples
    --------
    >>> text = "It killed two civilians and two soldiers, in addition to the three attackers."
    >>> toll = Tally("breakdown", 10, 40, [Part("civilians", 2, 10, 23),
    ...     Part("soldiers", 2, 28, 40)])
    >>> with_part_in_addition(text, [toll])
    >>> [(p.category, p.count) for p in toll.parts]
    [('civilians', 2), ('soldiers', 2), ('attackers', 3)]
    """
    if " in addition to " not in text:
        return  # the cheap gate
    for tally in tallies:
        if (
            tally.kind == "vote"
            or tally.total is not None
            or len(tally.parts) < 2
            or any(part.count is None or part.percent is not None for part in tally.parts)
        ):
            continue
        added = _PART_IN_ADDITION.match(text, tally.end)
        if (
            added is None
            or _HARM_BEFORE.search(text, max(0, tally.start - _HARM_REACH), tally.start) is None
        ):
            continue
        count, ocr = read_count(added["count"])
        noun = added["noun"]
        nouns = [part.counted or part.category for part in tally.parts]
        head = noun.split()[-1]
        if (
            count is None
            or ocr
            or not (head.endswith(("s", "men")) or head in ("personnel", "people"))
            or not counts_people([*nouns, noun])  # "in addition to 40 cattle": no people
        ):
            continue
        counted = noun if all(part.counted for part in tally.parts) else None
        part = Part(noun, count, added.start("count"), added.end("noun"), counted=counted)
        tally.parts.append(part)
        tally.end = added.end("noun")
