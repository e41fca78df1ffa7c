"""The texts a body adopted, counted by what each group of them is on.

Meetings coverage counts a body's texts by their subject: "the Assembly adopted four
resolutions on the question of Palestine and two on the situation in the Middle East", "It
approved seven drafts on the work of UNRWA and five texts relating to the report of the
Special Committee ...", "adopted seven resolutions, including five on the question of
Palestine ..., and two on the importance of fostering a culture of peace". Each is a
breakdown of the texts by subject, each part labelled by its subject as written ("on the
question of Palestine"), the texts its counted noun; a count of the texts before
"including" is the total where the parts fit in it.

The evidence is structural: a count of texts (resolutions, decisions, drafts, texts) with a
preposition of subject ("on", "concerning", "relating to", "regarding", "dealing with"),
then in the same sentence another count with the same preposition, its noun a text noun or
elided. None: subjects that are times ("four resolutions on 12 December and two on 14
December", "on Monday", "in 2022"), the same subject twice, and one group alone.

:func:`find_text_topics` is guarded by the text nouns and " on "/"relating"/"concerning";
other paragraphs pay a few substring tests.
"""

from __future__ import annotations

import itertools
import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.text import NUMBER_WORDS, sentence_starts

__all__ = ["find_text_topics", "may_hold_text_topics"]

_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
_TEXTS = r"(?:draft\s{1,3})?(?:resolutions|decisions|drafts|texts)"
_ABOUT = r"(?:on|concerning|relating\s{1,3}to|related\s{1,3}to|regarding|dealing\s{1,3}with)"
# The first group: "four resolutions on", "seven drafts on", "five texts relating to".
_FIRST = re.compile(
    rf"(?:^|(?<=[\s(,]))(?P<count>{_COUNT})\s{{1,3}}(?P<noun>{_TEXTS})\s{{1,3}}(?P<about>{_ABOUT})"
    r"\s{1,3}(?=\S)",
    re.IGNORECASE,
)
# The first group after its whole, its noun elided: "seven resolutions, including five on".
_FIRST_INCLUDED = re.compile(
    rf"(?P<whole>{_COUNT})\s{{1,3}}(?P<noun>{_TEXTS})\s{{0,3}},?\s{{1,3}}including\s{{1,3}}"
    rf"(?P<count>{_COUNT})\s{{1,3}}(?P<about>{_ABOUT})\s{{1,3}}(?=\S)",
    re.IGNORECASE,
)
# A later group, its noun a text noun or elided: "and two on", ", five texts relating to".
_LATER = re.compile(
    rf"(?:,\s{{1,3}}|\s{{1,3}})(?:and\s{{1,3}}|while\s{{1,3}})?(?P<count>{_COUNT})"
    rf"(?:\s{{1,3}}(?:other\s{{1,3}})?(?P<noun>{_TEXTS}|others|more))?"
    rf"\s{{1,3}}(?P<about>{_ABOUT})\s{{1,3}}(?=\S)",
    re.IGNORECASE,
)
# A subject that is a time: a figure, a month, a day of the week, "this/that ...".
_TIME_SUBJECT = re.compile(
    r"(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:this|that|the\s{1,3}same|the\s{1,3}following|the\s{1,3}previous)\s)",
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Where a subject ends: a comma, a semicolon, a dash, a parenthesis, the sentence's end.
# or the next group ("on Haiti| and two on the Sahel").
_SUBJECT_END = re.compile(
    rf"\s{{0,3}}(?:[,;:()]|\s--|\s[–—]|\.(?:\s|$)|$)"
    rf"|\s{{1,3}}(?:and\s{{1,3}}|while\s{{1,3}})?(?={_COUNT}(?:\s{{1,3}}(?:{_TEXTS}|others|more))?"
    rf"\s{{1,3}}{_ABOUT}\s)",
    re.IGNORECASE,
)
# A pronoun in an aside about one of the texts, no count: "one of which cited ...".
_ONE_OF = re.compile(r"one\s{1,3}of\s{1,3}(?:which|them|those|these)\b", re.IGNORECASE)
_GAP = 160  # characters of an aside between one group's subject and the next group
_GUARD_NOUNS = ("resolutions", "decisions", "drafts", "texts")


def may_hold_text_topics(text: str) -> bool:
    """Whether ``text`` may count texts by subject (a cheap test).

    >>> may_hold_text_topics("It adopted four resolutions on Haiti and two on Mali.")
    True
    >>> may_hold_text_topics("It held four meetings on Haiti.")
    False
    """
    return any(noun in text for noun in _GUARD_NOUNS) and (
        " on " in text or "relat" in text or "concerning" in text or "regarding" in text
    )


def _subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The subject from ``start`` to its end (before ``end``), or None for a time."""
    if _TIME_SUBJECT.match(text, start) is not None:
        return None
    stop = _SUBJECT_END.search(text, start, end)
    stop_at = stop.start() if stop is not None else end
    words = text[start:stop_at].split()
    if not words or len(words) > 25:
        return None
    subject = " ".join(words)
    if _YEAR.search(subject):
        return None  # "on Syria in 2012": a series over years
    return subject, stop_at


def find_text_topics(text: str, numbers: list[Number], taken: list[tuple[int, int]]) -> list[Tally]:
    """Breakdowns of a body's texts by their subjects.

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
        One breakdown per sentence with two groups of texts or more, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "The Assembly adopted four resolutions on Haiti and two on the Sahel."
    >>> [(p.category, p.count) for p in find_text_topics(text, find_numbers(text), [])[0].parts]
    [('on Haiti', 4), ('on the Sahel', 2)]
    >>> text = "It adopted four resolutions on 12 December and two on 14 December."
    >>> find_text_topics(text, find_numbers(text), [])
    []
    """
    if not may_hold_text_topics(text):
        return []
    starts = {number.start for number in numbers}
    bounds = [*sentence_starts(text), len(text)]
    found: list[Tally] = []
    for low, high in itertools.pairwise(bounds):
        first = _FIRST_INCLUDED.search(text, low, high) or _FIRST.search(text, low, high)
        while first is not None and first.start("count") not in starts:
            first = _FIRST.search(text, first.end(), high)
        if first is None:
            continue
        read = _subject(text, first.end(), high)
        if read is None:
            continue
        noun = first["noun"].lower()
        subject, position = read
        count, _ = read_count(first["count"])
        if count is None:
            continue
        parts = [Part(f"{first['about']} {subject}", count, first.start("count"), position)]
        parts[0].counted = noun
        while (later := _LATER.search(text, position, high)) is not None:
            if later.start("count") not in starts or "--" in text[position : later.start()]:
                break
            if later.start() - position > _GAP or any(
                position <= start < later.start() and not _ONE_OF.match(text, start)
                for start in starts
            ):
                break  # another figure, or a long aside, between the groups: not one list
            read = _subject(text, later.end(), high)
            count, _ = read_count(later["count"])
            if read is None or count is None:
                parts = []
                break
            subject, position = read
            part = Part(f"{later['about']} {subject}", count, later.start("count"), position)
            part.counted, part.counted_inherited = noun, True
            parts.append(part)
        labels = [part.category for part in parts]
        if len(parts) < 2 or len(set(labels)) != len(labels):
            continue
        total = None
        if "whole" in first.re.groupindex and first.start("whole") in starts:
            total = read_count(first["whole"])[0]
            if total is not None and sum(part.count or 0 for part in parts) > total:
                total = None
        begin = first.start() if total is not None else parts[0].start
        end = parts[-1].end
        if any(s < end and begin < e for s, e in taken):
            continue
        found.append(Tally("breakdown", begin, end, parts, subject=noun, total=total))
    return found
