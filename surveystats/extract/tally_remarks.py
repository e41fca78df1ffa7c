"""Remarks in parentheses that hold no figure: a source, a cross-reference, an acronym.

Real pages set words in parentheses inside a sentence that holds a tally: a remark on
where a figure comes from ("Replies came from 56 Governments (as reported by the
secretariat), 30 of which were in Africa and 26 in Asia"), a cross-reference ("(see annex
II)"), or the acronym of a body the sentence names ("By 143 votes to 5, the Committee
(CERD) rejected the proposal"). The readers know each form in its plain shape and lose it
when such a remark stands between its words: the relative clause no longer follows its
whole, the verb no longer follows its subject. :func:`find_remarks` finds the remarks
near a count, and the sentences around them are read again as if they were not written
(:mod:`~surveystats.extract.tallies`).

A remark is

- an acronym after a word: capitals (at least two; letters, "-", "/", "&"; a plural
  "s"), never a Roman numeral ("2625 (XXV)", "the third (II)");
- or words that open in lower case, two or more, with no figure, no number word, no
  word of quantity ("(half of them women)", "(twice in Geneva)") and no list of names
  ("(the Netherlands, Norway and Sweden)", "(including Chile and Peru)").

Words in parentheses that open in a capital ("(China, France)", "Mr. Ruiz (Chile)") name
a vote's members or a label, and figures in parentheses are data: neither is a remark.
Whether the second reading replaces the first is decided by what it reads
(:func:`reads_more`), since a remark may still be a part's aside ("(mostly by sea)").
One pattern with bounded repeats finds the remarks: linear time. It opens on a
look-behind, so it is tried only where it can start, one or two blanks before each
opening parenthesis (:func:`~surveystats.extract.tally_parts.matches_from`), not at every
character of a paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.extract.tally_items import Number, find_numbers, only_names
from surveystats.extract.tally_parts import Tally, matches_from

__all__ = ["find_remarks", "reads_more"]

_REMARK = re.compile(
    r"""
    (?<=\S)\s{1,2}                               # the blank before goes too
    \(
    (?:
        (?<=[A-Za-z.’']\s\()                      # an acronym after a word:
        (?P<acronym>[A-Z][A-Za-z/&-]{0,12}[A-Z]s?)  # CERD, UNSC, PF/PM, IDPs
      | (?P<words>[a-z][a-z’'-]{0,30}(?:[\s,.:;]{1,3}[A-Za-z’'-]{1,30}\.?){1,12})  # as reported by
    )
    \)
    (?=[\s,.;:])
    """,
    re.VERBOSE,
)
# Names in words that open in lower case: a vote's members or a part's places ("(the
# Netherlands, Norway and Sweden)", "(including Chile and Peru)", "(the Sudan)").
_NAMES = re.compile(
    r"^the\s[A-Z]|[A-Z][\w'’-]{0,30}(?:\s[A-Z][\w'’-]{0,30}){0,4}(?:,|\sand)\s(?:the\s)?[A-Z]"
)
_REACH = 100  # characters between a remark and the nearest count it may stand among
_ROMAN = re.compile(r"[IVXLCDM]+")
# Words that give a quantity without a number: a remark that holds one may be a part's own
# figure ("(half of them girls)", "(twice in Geneva)").
_QUANTITY_WORDS = frozenset(
    (
        *("half", "halves", "third", "thirds", "quarter", "quarters", "dozen", "dozens"),
        *("twice", "thrice", "all", "both", "none", "most", "majority", "minority", "each"),
        *("per", "cent", "percent", "score", "scores", "hundreds", "thousands", "millions"),
    )
)


def find_remarks(text: str, numbers: Sequence[Number]) -> list[EarlierFigures]:
    """The figure-free remarks in parentheses of ``text`` near a count of its ``numbers``.

    Each remark comes with the blank before it. Only a remark within reach of a count
    (no year, date or reference: :func:`~surveystats.extract.tally_items.only_names`) can
    stand inside a tally; the others are left where they are.

    Examples
    --------
    >>> def remarks(text):
    ...     return [text[r.start : r.end] for r in find_remarks(text, find_numbers(text))]
    >>> remarks("Replies came from 56 States (as reported by the secretariat), 30 of which ...")
    [' (as reported by the secretariat)']
    >>> remarks("By 143 votes to 5, the Committee (CERD) rejected it.")
    [' (CERD)']
    >>> remarks("resolutions 2625 (XXV) and 3314 (XXIX); Mr. Ruiz (Chile) 12; (see annex 2)")
    []
    >>> remarks("Nine were injured (seven men and two women).")
    []
    >>> remarks("Three members (the Netherlands, Norway and Sweden) voted against it.")
    []
    >>> remarks("In 2023 the Committee (CERD) met in Geneva.")
    []
    """
    if "(" not in text or not numbers:
        return []
    starts = [number.start for number in numbers]
    remarks = []
    for match in matches_from(_REMARK, text, _blanks_before_parentheses(text)):
        if match["acronym"] is not None:
            if _ROMAN.fullmatch(match["acronym"]):
                continue
        elif _counts(match["words"]) or _NAMES.search(match["words"]):
            continue
        near = numbers[
            bisect.bisect_left(starts, match.start() - _REACH) : bisect.bisect_right(
                starts, match.end() + _REACH
            )
        ]
        if any(not only_names(text, number) for number in near):
            remarks.append(EarlierFigures(match.start(), match.end(), ()))
    return remarks


def _blanks_before_parentheses(text: str) -> list[int]:
    """Where a remark may start: one and two characters before each "(" of ``text``.

    Every match of :data:`_REMARK` starts on the one or two blanks before its
    parenthesis, so these are all the places ``finditer`` would find one.

    >>> _blanks_before_parentheses("A (b) c  (d)")
    [1, 0, 8, 7]
    """
    found = []
    at = text.find("(")
    while at >= 0:
        found.extend(start for start in (at - 1, at - 2) if start >= 0)
        at = text.find("(", at + 1)
    return found


def _counts(words: str) -> bool:
    """Whether ``words`` say how many: a number word or a word of quantity."""
    return bool(find_numbers(words)) or any(
        word in _QUANTITY_WORDS for word in re.findall(r"[a-z]+", words.lower())
    )


def reads_more(
    plain: list[Tally], first: list[Tally], remarks: Collection[str], *, same: bool = True
) -> bool:
    """Whether the reading without ``remarks``, ``plain``, replaces the ``first`` one.

    ``remarks`` are the remarks as written, in their parentheses. The plain reading must
    keep every figure (part or total) and every member of a vote that the first reading
    holds; a remark the first read as a vote's members names none ("by 111 votes (as
    reported by the secretariat)"). It then replaces the first where it reads more (a
    figure, a part or a total the first lacks) or the same figures otherwise (one tally
    where the first read two; other labels: "Ms. Haddad defeated Mr. Lindgren (as
    reported ...), by 61 votes to 48" is a ballot, no vote in favour and against), but
    not where a label only runs on past the place of a remark that ended it ("3,340
    third-country nationals (TCNs) were recorded": no label is "third-country nationals
    were recorded"). Without ``same``, the plain reading must read more: words that frame
    a tally (:mod:`~surveystats.extract.tally_framing`) change no reading that already
    reads it ("Japan noted that 40 per cent of the staff were in the field and ...").
    """
    if not plain:
        return False
    plain_figures, first_figures = _figures(plain), _figures(first)
    lost_members = _members(first) - _members(plain)
    if first_figures - plain_figures or any(
        f"({member})" not in remarks for member in lost_members
    ):
        return False
    if plain_figures - first_figures or _parts(plain) > _parts(first):
        return True
    return same and not _labels_run_on(plain, first)


def _labels_run_on(plain: list[Tally], first: list[Tally]) -> bool:
    """Whether a label of ``plain`` is one of ``first`` for the same figure, and more words."""
    labels: dict[tuple[int | None, float | None], set[str]] = {}
    for part in (part for tally in first for part in tally.parts):
        if part.category:
            labels.setdefault((part.count, part.percent), set()).add(part.category + " ")
    return any(
        part.category.startswith(label)
        for tally in plain
        for part in tally.parts
        if part.category
        for label in labels.get((part.count, part.percent), ())
    )


def _figures(tallies: Iterable[Tally]) -> Counter[float]:
    """The figures of ``tallies``: each part's count and share, and each total once."""
    figures: Counter[float] = Counter()
    for tally in tallies:
        for part in tally.parts:
            figures.update(
                float(value) for value in (part.count, part.percent) if value is not None
            )
    for total in {tally.total for tally in tallies if tally.total is not None}:
        figures[float(total)] = max(figures[float(total)], 1)
    return figures


def _parts(tallies: Iterable[Tally]) -> int:
    return sum(len(tally.parts) for tally in tallies)


def _members(tallies: Iterable[Tally]) -> set[str]:
    return {member for tally in tallies for part in tally.parts for member in part.members}
