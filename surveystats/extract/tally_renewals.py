"""The seats an election filled: members re-elected and new ones.

Treaty-body and Assembly elections are reported by how many sitting members kept their
seats and how many are new: "The Meeting of States Parties re-elected four members and
elected five new members", "re-elected three members ..., while choosing five new ones",
"Three of the panel's experts were re-elected, and six new members were added". Each is
a breakdown of those elected into "re-elected" and the new ones (labelled as written:
"new members"), in text order; a third part fills vacancies where the sentence goes on
so ("..., while choosing three new ones and filling two vacancies": "filling vacancies").

:func:`find_renewals` looks for "re-elected" and a count of new ones in one sentence;
paragraphs without "re-elect" pay one substring test.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.text import NUMBER_WORDS, sentence_starts

__all__ = ["find_renewals"]

_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
# The members re-elected, active ("re-elected four members", "re-elected three current
# judges") or passive ("Three of the panel's experts were re-elected").
_RE_ELECTED = re.compile(
    rf"""\b(?P<word>re[-‑]?elected)\s{{1,3}}(?P<active>{_COUNT})\b
    | (?:^|(?<=[\s,;(]))(?P<passive>{_COUNT})\b[^.;:()\d]{{0,60}}?\s(?:were|was)
        \s{{1,3}}(?P<passive_word>re[-‑]?elected)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Sitting members named as kept, their re-election said after them in the same clause:
# "returned two current judges, A (Morocco) and B. C (Peru), to the bench by re-electing
# them". The aside may hold initials and titles ("Joan E. Donoghue", "Mr. Ali").
_KEPT_BY_REELECTION = re.compile(
    rf"""(?:^|(?<=[\s,;(]))(?P<current>{_COUNT})\s{{1,3}}(?:current|sitting|incumbent|serving)
    \s{{1,3}}(?:members|judges|justices|experts|States|countries)\b
    (?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){{0,200}}?
    \bby\s{{1,3}}(?P<current_word>re[-‑]?electing)\s{{1,3}}them\b""",
    re.VERBOSE | re.IGNORECASE,
)
# The new members: "five new members", "seven new members", "five new ones", "one new
# justice".
_NEW = re.compile(
    rf"(?:^|(?<=[\s,;(]))(?P<count>{_COUNT})\s{{1,3}}(?P<label>new\s{{1,3}}"
    r"(?:members|member|ones|one|judges|judge|justices|justice|experts|expert))\b",
    re.IGNORECASE,
)

# A third action after the new members: "..., while choosing three new ones| and filling
# two vacancies" (a few words may end the part before: "new ones to the Council").
_FILLED = re.compile(
    rf"""(?:\s{{1,3}}(?:to|on|of|for|in|the)(?:\s{{1,3}}[A-Za-z][\w'’-]{{0,20}}){{1,3}})?
    \s{{0,3}},?\s{{1,3}}(?:and|while)\s{{1,3}}(?:also\s{{1,3}})?
    (?P<verb>filling|filled|fill)\s{{1,3}}(?P<count>{_COUNT})\s{{1,3}}
    (?P<noun>(?:casual\s{{1,3}})?vacanc(?:y|ies)|(?:vacant\s{{1,3}})?seats?)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def find_renewals(text: str, numbers: list[Number], taken: list[tuple[int, int]]) -> list[Tally]:
    """Breakdowns of an election's seats into members re-elected and new ones.

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
        One breakdown per sentence that states both counts, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "The Meeting re-elected four members and elected five new members."
    >>> [(p.category, p.count) for p in find_renewals(text, find_numbers(text), [])[0].parts]
    [('re-elected', 4), ('new members', 5)]
    >>> text = "She was re-elected in 2019; three new members joined in 2020."
    >>> find_renewals(text, find_numbers(text), [])
    []
    """
    if "elect" not in text or " new " not in text:
        return []
    starts = {number.start for number in numbers}
    found: list[Tally] = []
    kept_matches = [*_RE_ELECTED.finditer(text)]
    if "electing them" in text:
        kept_matches.extend(_KEPT_BY_REELECTION.finditer(text))
    for kept in kept_matches:
        group = next(g for g in ("active", "passive", "current") if kept.groupdict().get(g))
        new = _NEW.search(text, max(0, kept.start() - 200), min(len(text), kept.end() + 200))
        if new is None:
            continue
        low, high = sorted((kept.end(), new.start()))
        if len(sentence_starts(text[low:high])) > 1:
            continue  # the count of new ones is another sentence's
        if kept.start(group) not in starts or new.start("count") not in starts:
            continue
        kept_count, new_count = read_count(kept[group])[0], read_count(new["count"])[0]
        if kept_count is None or new_count is None:
            continue
        parts = [
            # the word as written: "re-elected", "re‑elected" (a non-breaking hyphen)
            Part(
                kept.groupdict().get("word")
                or kept.groupdict().get("passive_word")
                or kept["current_word"],
                kept_count,
                kept.start(),
                kept.end(),
            ),
            Part(" ".join(new["label"].split()), new_count, new.start(), new.end()),
        ]
        parts.sort(key=lambda part: part.start)
        filled = _FILLED.match(text, parts[-1].end)
        if filled is not None and filled.start("count") in starts:
            count = read_count(filled["count"])[0]
            if count is not None:
                label = f"{filled['verb'].lower()} {' '.join(filled['noun'].split())}"
                parts.append(Part(label, count, filled.start("verb"), filled.end()))
        start, end = parts[0].start, parts[-1].end
        if any(s < end and start < e for s, e in taken + [(t.start, t.end) for t in found]):
            continue
        found.append(Tally("breakdown", start, end, parts))
    return found
