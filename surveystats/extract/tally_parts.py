"""Building blocks shared by the tally grammars: the parts of a tally and how counts are read.

A tally is a group of counts that split one whole: the votes of a council, the answers of
survey respondents, the percentages of a population. The grammars in ``tally_votes`` and
``tally_enumerations`` find them in one paragraph string and return :class:`Tally` objects
whose offsets are relative to that string; ``tallies`` turns them into the public table.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction

from surveystats.text import NUMBER_WORDS, scale_value, words_to_number

__all__ = [
    "COUNT_PATTERN",
    "GAP",
    "GARBLED_PATTERN",
    "INTENSIFIER_BEFORE_SHARE",
    "NONE_PATTERN",
    "OF_THE_BODY",
    "YEAR_FIGURE",
    "YEAR_IN_TEXT",
    "Part",
    "SpanIndex",
    "Tally",
    "as_word",
    "holds_any",
    "label_end",
    "list_runs_on",
    "literal_positions",
    "matches_from",
    "matches_in",
    "matches_near",
    "names_in_parentheses",
    "read_count",
    "split_members",
]


#: One gap between two words of a tally, possibly a line break.
GAP = r"\s{1,3}"
#: An article and an intensifier that open a share's subject: "A significant 87 per cent
#: of people believe", "a staggering 64 per cent of respondents said", "an overwhelming 95
#: percent of key informants confirmed", "a mere 12 per cent of respondents trust ...".
INTENSIFIER_BEFORE_SHARE = (
    r"[Aa]n?\s{1,3}(?:significant|staggering|whopping|remarkable|striking|sizeable|substantial"
    r"|overwhelming|considerable|mere|massive|impressive|notable|alarming|worrying|solid)"
)
#: A determiner right before a count that names a known whole: "the 56 offices", "its 12".
DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:the|The|its|their|all)\s{1,3}$")

# A count as written in a vote: digits (with thousands separators), words, or the OCR
# shapes of small numbers seen in scanned resolutions ("I" for 1, "I1" for 11, "]" for 1).
COUNT_PATTERN = rf"""(?:
    \d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)        # 1,234 (a comma may follow: "1,250, while")
  | (?<![\d.,?*#~^|<>&])\d{{1,4}}(?!\d|[.,]\d|[?*#~^|<>&])   # 47, not glued to a garbled mark
  | (?<![A-Za-z0-9-]){NUMBER_WORDS}(?![A-Za-z-])  # forty-seven, Forty-seven, FORTY
    (?:\s{{1,3}}\(\d{{1,4}}\))?     # the digits repeated in brackets: "sixty-two (62)"
  | (?-i:[I\]l][0-9I]?|[0-9]I)(?![\w])     # OCR: I, I1, I4, ], 1I
)"""
# A count the printer or the scanner garbled: digits glued to "?", "*", "#", "~", "^", "|",
# "<", ">" or "&" ("by ?4 votes", "1?3", "to ?>1 in favour"). It is never read as a number:
# the part is flagged unreadable.
#: A count with a scale word, as the largest counts are written: "1.5 million", "15 million",
#: "a million", "12 thousand" (:func:`read_count` reads it).
SCALED_COUNT_PATTERN = (
    r"(?:\d{1,3}(?:\.\d{1,2})?|[Aa]n?|[Oo]ne)\s{1,3}(?:thousand|million|billion)(?![\w-])"
)
#: A count of things as it opens in running text, scaled ("1.5 million") or plain, in
#: digits or words, never inside a word or a figure nor in an OCR shape ("l" ending
#: "school" is no 1).
WORD_COUNT_PATTERN = rf"(?<![\w.,-])(?=\d|[A-Za-z]{{3}})(?:{SCALED_COUNT_PATTERN}|{COUNT_PATTERN})"
#: What follows a count that is no share: no decimals, no "per cent" or "%".
NOT_A_SHARE = rf"(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))"
#: No count opens on a scale word right after a figure: in "1.5 million" "million" is the
#: scale of 1.5, never a million of its own.
NOT_A_SCALE_AFTER_A_FIGURE = r"(?<!\d\s)(?<!\d\s\s)(?!(?i:million|billion)\b)"
GARBLED_PATTERN = r"(?:[?*#~^|<>&]{1,2}\d{1,3}[?*#~^|<>&]?|\d{1,3}[?*#~^|<>&]{1,2}\d{0,2})(?![\w])"
NONE_PATTERN = r"(?:nones?|nil|nane|zero)(?![a-z])"
#: A whole stated right after its parts or its one count: "by 89 votes out of 99 cast",
#: "four resolutions by recorded vote out of a total of 15 approved" (group ``total``).
OUT_OF_TOTAL = re.compile(
    rf"\s{{0,3}},?{GAP}out{GAP}of{GAP}(?:a{GAP}total{GAP}(?:of{GAP})?)?(?P<total>{COUNT_PATTERN})"
    rf"(?:{GAP}(?:votes{GAP}cast|votes|ballots{GAP}cast|ballots))?\b",
    re.IGNORECASE | re.VERBOSE,
)
#: Four digits a year may be written with (1800 to 2099); ``fullmatch`` a figure with it.
YEAR_FIGURE = re.compile(r"(?:1[89]|20)\d\d")
#: A year written in a text (1800 to 2099), as a whole word: ``search`` a text with it.
YEAR_IN_TEXT = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: The body some voters belong to, after their noun: "three members of the Committee", "of
#: the Economic and Social Council" (up to four capitalised words, "and" between them,
#: before the body's noun), its size maybe first ("two members of the 35-member Board").
OF_THE_BODY = rf"""(?:{GAP}of{GAP}the{GAP}(?:\d{{1,3}}-member{GAP})?
    (?:(?-i:[A-Z])[\w-]{{1,20}}{GAP}(?:and{GAP})?){{0,4}}
    (?-i:Council|Assembly|Committee|Commission|Sub-Commission|Subcommittee|Board|Conference))"""


def names_in_parentheses(limit: int, *, digits: bool = True) -> str:
    """A pattern for a list of names inside parentheses, the parentheses left out.

    A name may hold one short pair of parentheses of its own ("Micronesia (Federated
    States of)", "Iran (Islamic Republic of)"). The text between such pairs is matched as
    one run of a character class: a run cannot overlap its neighbours, so the pattern
    cannot backtrack badly, and a list without inner pairs costs one class scan.

    Parameters
    ----------
    limit
        The most characters of one run (of the list where no name has parentheses).
    digits
        Whether the names may hold digits (an OCR'd footnote mark, "1").

    Examples
    --------
    >>> pattern = rf"\\(({names_in_parentheses(400)})\\)"
    >>> re.match(pattern, "(Canada, Micronesia (Federated States of), Peru)")[1]
    'Canada, Micronesia (Federated States of), Peru'
    """
    run = r"[^(){}]" if digits else r"[^(){}\d]"
    return rf"{run}{{1,{limit}}}(?:\({run}{{1,60}}\){run}{{0,{limit}}}){{0,6}}"


_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "]": "1", "O": "0"})
_PLAIN_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_OCR_COUNT = re.compile(r"[0-9I\]lO]+")


@dataclass
class Part:
    """One category of a tally: its label, count, named members and where it was read.

    ``count`` is ``None`` for a percentage breakdown (``percent`` holds the share) and
    for an unreadable count. ``remaining`` marks "the remaining three", "the other 16":
    the category is the rest of the whole, so the parts cover it.
    """

    category: str | None
    count: int | None
    start: int
    end: int
    percent: float | None = None
    decimals: int | None = None
    counted: str | None = None
    counted_inherited: bool = False
    base: str | None = None
    qualifier: str | None = None
    members: list[str] = field(default_factory=list)
    ocr_corrected: bool = False
    unreadable: bool = False
    remaining: bool = False

    @property
    def members_mismatch(self) -> bool:
        """Whether names are given and their number differs from the count."""
        return bool(self.members) and self.count is not None and len(self.members) != self.count


@dataclass
class Tally:
    """A group of parts found in one string; offsets are relative to that string.

    ``total`` is a total the text states ("Of the 112 Governments that replied"), with
    its own qualifier ("about 200 schools"); ``unit`` is "count" or "percent".
    """

    kind: str  # survey | vote | breakdown
    start: int
    end: int
    parts: list[Part] = field(default_factory=list)
    subject: str | None = None
    total: int | None = None
    total_qualifier: str | None = None
    unit: str = "count"
    outcome: str | None = None
    ocr_corrected: bool = False

    def shift(self, offset: int) -> None:
        """Move the tally and its parts by ``offset``: from a piece of text to the whole.

        >>> tally = Tally("vote", 0, 9, [Part("in favour", 9, 3, 9)])
        >>> tally.shift(10)
        >>> tally.start, tally.end, tally.parts[0].start, tally.parts[0].end
        (10, 19, 13, 19)
        """
        self.start += offset
        self.end += offset
        for part in self.parts:
            part.start += offset
            part.end += offset


# A count in words with its digits repeated in brackets, as legal texts write it.
_REPEATED_IN_DIGITS = re.compile(r"(?P<words>[A-Za-z][A-Za-z -]*?)\s{1,3}\((?P<digits>\d{1,4})\)")


def as_word(written: str) -> str:
    """A word as the word lists hold it, in lower case; an acronym stays as written.

    "WHO" names the World Health Organization, never the pronoun "who"; "IT" is
    information technology. (A capital that opens a sentence is lowered: "Who", "It".)

    >>> as_word("Who"), as_word("WHO"), as_word("A")
    ('who', 'WHO', 'a')
    """
    return written if len(written) > 1 and written.isupper() else written.lower()


def label_end(text: str, start: int, end: int) -> int:
    """Where a label spanning ``text[start:end]`` ends, without a closing single quote.

    A word may end on an apostrophe ("the States' replies"); one that closes a quote
    opened right before the label is no part of it.

    >>> text = "'not applicable' by 6"
    >>> text[1 : label_end(text, 1, 16)]
    'not applicable'
    """
    if text[start - 1 : start] in ("'", "‘") and text[end - 1 : end] in ("'", "’"):
        return end - 1
    return end


_SCALED_COUNT = re.compile(
    r"(?P<figure>\d{1,3}(?:\.\d{1,2})?|an?|one)\s{1,3}(?P<scale>thousand|million|billion)"
)


def read_count(raw: str) -> tuple[int | None, bool]:
    """Read a count written in digits, words, "none" or an OCR shape.

    Parameters
    ----------
    raw
        The count as written: ``"47"``, ``"1,234"``, ``"1.5 million"``, ``"forty-seven"``,
        ``"none"``, ``"I1"``.

    Returns
    -------
    tuple of (int or None, bool)
        The value (``None`` when unreadable) and whether an OCR correction was needed.

    Examples
    --------
    >>> read_count("forty-seven")
    (47, False)
    >>> read_count("I1")
    (11, True)
    >>> read_count("nones")
    (0, True)
    >>> read_count("?4")
    (None, False)
    >>> read_count("sixty-two (62)"), read_count("sixty-two (26)")
    ((62, False), (None, False))
    >>> read_count("1.5 million"), read_count("a million"), read_count("15 million")
    ((1500000, False), (1000000, False), (15000000, False))
    >>> read_count("12 thousand"), read_count("2.5 thousand")
    ((12000, False), (2500, False))
    """
    text = raw.strip()
    lower = text.lower()
    if (scaled := _SCALED_COUNT.fullmatch(lower)) is not None:
        figure = Fraction(scaled["figure"]) if scaled["figure"][0].isdigit() else Fraction(1)
        return int(figure * int(scale_value(scaled["scale"]))), False
    if lower in ("none", "nil", "zero", "no"):
        return 0, False
    if lower in ("nones", "nane"):
        return 0, True
    if _PLAIN_COUNT.fullmatch(text):
        return int(text.replace(",", "")), False
    if _OCR_COUNT.fullmatch(text):
        return int(text.translate(_OCR_DIGITS)), True
    if (repeated := _REPEATED_IN_DIGITS.fullmatch(text)) is not None:
        # "sixty-two (62)": one count, only where the words and the digits agree
        value, _ = read_count(repeated["words"])
        return (value, False) if value == int(repeated["digits"]) else (None, False)
    words = words_to_number(text)
    if words is None or words[1]:
        return None, False
    return words[0], False


# Splitting a parenthesised list of states. Names may wrap lines, be hyphenated at a line
# break ("So-\nviet"), carry a glued footnote number, or contain a comma of their own
# ("Germany, Federal Republic of"). An apostrophe between letters belongs to the name
# ("Côte d’Ivoire", "Lao People's Democratic Republic"); a stray one does not.
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_STRAY = re.compile(r"(?<![\w])\d{1,3}(?![\w])|(?<![^\W\d_])['’`]|['’`](?![^\W\d_])|[}{\]\[_]")
_CONTINUES = re.compile(
    r"(?:(?<!Republic )\bof|\b(?:and|the|United|Northern|Great|Soviet|Socialist)|-)$"
)
# A piece that opens on "Republic of" is a whole name ("Japan, Republic of Korea"), never
# the end of the name before it as a cut "Republic" or "Republics" is.
_CONTINUATION = re.compile(r"[a-z]|(?:Ireland|Kingdom|Republics?(?!\s+of\b)|America|Britain)\b")
# A full stop after a title ("Mr. Ortiz", "Dr. Lee") ends no name.
_SEPARATOR = re.compile(
    r"\s*(?:[,;:]|(?<!\bM[rs])(?<!\bDr)(?<!\bMrs)(?<!\bMme)\.(?=\s)|\band\b)\s*"
)


# Names with "and" inside, which must not split there ("United Kingdom of Great Britain
# and Northern Ireland"): the "and" is replaced by a mark before the split, then restored.
_NAMES_WITH_AND = tuple(
    (re.compile(pattern), joined)
    for pattern, joined in (
        (r"Brit\w{0,4}\s+and\s+Northern", "Britain\x00Northern"),
        (r"Trinidad\s+and\s+Tobago", "Trinidad\x01Tobago"),
        (r"Bosnia\s+and\s+Herz", "Bosnia\x02Herz"),
        (r"Antigua\s+and\s+Barbuda", "Antigua\x03Barbuda"),
        (r"Saint\s+Kitts\s+and\s+Nevis", "Saint Kitts\x03Nevis"),
        (r"Sao\s+Tome\s+and\s+Principe", "Sao Tome\x03Principe"),
        (r"Saint\s+Vincent\s+and\s+the\s+Grenadines", "Saint Vincent\x03the Grenadines"),
    )
)
_JOINED_AND = re.compile("[\x00-\x03]")


def split_members(raw: str) -> tuple[list[str], bool]:
    """Split a list of state names as written in parentheses.

    Parameters
    ----------
    raw
        The text inside the parentheses, e.g. ``"Poland, Union of Soviet Socialist\\nRe-
        publics"`` or ``"Cuba and Yemen"``.

    Returns
    -------
    tuple of (list of str, bool)
        The names in order, with line breaks, hyphenation and stray marks removed, and
        whether anything beyond whitespace and line-end hyphens had to be repaired (an
        OCR correction: a stray mark or digit removed, a name cut by punctuation joined).

    Examples
    --------
    >>> split_members("Cuba and Yemen")
    (['Cuba', 'Yemen'], False)
    >>> split_members("Canada, Germany, Federal Republic of, France")
    (['Canada', 'Germany, Federal Republic of', 'France'], False)
    >>> split_members("Côte d’Ivoire, Cuba")
    (['Côte d’Ivoire', 'Cuba'], False)
    >>> split_members("Mr. Ortiz and Ms. Lund")
    (['Mr. Ortiz', 'Ms. Lund'], False)
    >>> split_members("Japan, Republic of Korea, Spain")
    (['Japan', 'Republic of Korea', 'Spain'], False)
    """
    text = _HYPHEN_BREAK.sub(r"\1\2", raw)
    cleaned = _STRAY.sub(" ", text)
    ocr = cleaned != text
    # "United Kingdom of Great Britain and Northern Ireland" must not split at "and".
    protected = cleaned
    if "and" in cleaned:
        for pattern, joined in _NAMES_WITH_AND:
            protected = pattern.sub(joined, protected)
    names: list[str] = []
    for piece in _SEPARATOR.split(protected):
        name = " ".join(piece.split()).strip(" .")
        if protected is not cleaned:
            name = _JOINED_AND.sub(" and ", name)
        if name.startswith("the ") and name[4:5].isupper():
            name = name[4:]  # "China, France and the United Kingdom"
        if not name:
            continue
        if names and (name.endswith(" of") and name.split()[0] in ("Federal", "Republic")):
            names[-1] = f"{names[-1]}, {name}"
            continue
        if names and (_CONTINUES.search(names[-1]) or _CONTINUATION.match(name)):
            # A name cut by OCR punctuation: "United. Kingdom ...", "Northern, Ireland".
            names[-1] = f"{names[-1]} {name}"
            ocr = True
            continue
        names.append(name)
    return names, ocr


def matches_near(
    pattern: re.Pattern[str],
    text: str,
    lower: str,
    windows: tuple[tuple[str, int, int], ...],
    follow: re.Pattern[str] | None = None,
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start in a window around a literal of ``windows``.

    Each window is (literal, characters before it, characters after it) in ``lower``, the
    text in lower case. A pattern that opens on a count, tried at every position of a
    long speech, would cost more than all the rest; a literal test is far cheaper. With
    ``follow``, only literals right followed by a match of it open a window ("majority
    of" only before a count: "the majority of the people" costs one anchored test).
    """
    spots: list[tuple[int, int]] = []
    for word, before, after in windows:
        # str.find in a loop: a generator of positions per literal (most found nowhere)
        # costs more than the search
        position = lower.find(word)
        while position >= 0:
            if follow is None or follow.match(text, position + len(word)) is not None:
                spots.append((max(0, position - before), position + after))
            position = lower.find(word, position + len(word))
    return matches_in(pattern, text, spots)


class SpanIndex:
    """Spans of text already read, asked whether they overlap or cover a place.

    :func:`overlaps_any` runs through every span: asked once for each of the tallies of
    a paragraph, that is quadratic in a long one (a speech, or a hostile single line of
    a megabyte). Here the spans are kept in order of their starts beside the farthest
    end reached so far, so each question is a binary search. Spans added in order of
    their starts (as a reader adds what it finds going through a text) cost nothing
    more; one added out of order is put in its place.

    >>> spans = SpanIndex([(10, 20), (30, 40)])
    >>> spans.overlaps(18, 25), spans.overlaps(20, 30), spans.covers(30), spans.covers(40)
    (True, False, True, False)
    >>> spans.add(22, 26)
    >>> spans.overlaps(20, 23), spans.covers(5)
    (True, False)
    """

    __slots__ = ("_ends", "_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._ends = [end for _, end in ordered]
        self._reach: list[int] = []
        self._extend_reach(0)

    def _extend_reach(self, index: int) -> None:
        """Recompute the farthest end over the spans from ``index`` on."""
        del self._reach[index:]
        farthest = self._reach[-1] if self._reach else -1
        for end in self._ends[index:]:
            farthest = max(farthest, end)
            self._reach.append(farthest)

    def add(self, start: int, end: int) -> None:
        """Add the span ``[start, end)``."""
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        self._extend_reach(index)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span, as :func:`overlaps_any` decides."""
        before = bisect.bisect_left(self._starts, end)  # spans that start before ``end``
        return before > 0 and self._reach[before - 1] > start

    def covers(self, place: int) -> bool:
        """Whether a span holds ``place``: starts at or before it and ends after it."""
        before = bisect.bisect_right(self._starts, place)
        return before > 0 and self._reach[before - 1] > place


def overlaps_any(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans``: text another reader has read.

    >>> overlaps_any(5, 10, [(0, 6)]), overlaps_any(5, 10, [(10, 12)])
    (True, False)
    """
    return any(lo < end and start < hi for lo, hi in spans)


# Another "label, figure" item after a list's last part or before its first one, in one
# run of items parted by semicolons: "Nordic countries, 41.7 per cent; Americas, 28.1 per
# cent; Europe including Nordic countries, 26.5 per cent; ...".
_ITEM_AFTER = re.compile(
    r"[^;.]{0,12}?\s{0,3};\s{0,3}(?:and\s{1,3})?(?:the\s{1,3})?[A-Za-z][^;:,()\d]{0,60},\s{0,3}\d"
)
_ITEM_BEFORE = re.compile(
    r"[A-Za-z][^;:,()\d]{0,60},\s{0,3}\d[\d.,]*(?:\s{0,3}(?:%|per\s{1,3}cent|percent))?"
    r"\s{0,3};[^;.]{0,80}$"
)


def list_runs_on(text: str, tally: Tally) -> bool:
    """Whether the list ``tally`` read goes on past its first or last part.

    A reader that stopped where a label broke its pattern read a piece of a list, no
    whole one: its parts split nothing (and a piece of shares may add up to 100 by
    chance).

    >>> text = "A, 41 per cent; B, 30 per cent; C and D, 29 per cent; E, 8 per cent."
    >>> list_runs_on(text, Tally("breakdown", 0, 30, [Part("A", None, 0, 14),
    ...     Part("B", None, 16, 30)]))
    True
    """
    if len(tally.parts) < 2 or "," not in text[tally.parts[-1].start : tally.parts[-1].end]:
        return False  # no list of "label, figure" items
    end = tally.parts[-1].end
    return (
        _ITEM_AFTER.match(text, end, end + 90) is not None
        or _ITEM_BEFORE.search(text, max(tally.start - 100, 0), tally.start) is not None
    )


def holds_any(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``literals``.

    A plain loop: ``any()`` over a generator costs about twice as much for the few short
    tests every paragraph pays for.

    >>> holds_any("adopted by 9 votes", ("ballot", "vot")), holds_any("no vote", ("poll",))
    (True, False)
    """
    for literal in literals:  # noqa: SIM110 - see above
        if literal in text:
            return True
    return False


def literal_positions(word: str, lower: str) -> Iterator[int]:
    """Where ``word`` occurs in ``lower`` (str.find: far cheaper than a pattern)."""
    position = lower.find(word)
    while position >= 0:
        yield position
        position = lower.find(word, position + len(word))


def literal_windows(lower: str, windows: tuple[tuple[str, int, int], ...]) -> list[tuple[int, int]]:
    """The spans around the literals of ``windows`` in ``lower``, overlapping ones merged.

    Each window is ``(literal, before, after)``: the span from ``before`` characters ahead
    of each occurrence to ``after`` characters past its start. A paragraph that repeats a
    literal ("took part ... took part ...") would be scanned once per window it lies in;
    merged, each character is scanned once per pattern.

    >>> literal_windows("took part; took part", (("took part", 12, 9),))
    [(0, 20)]
    """
    spans: list[tuple[int, int]] = []
    for word, before, after in windows:  # as in matches_near: no generator per literal
        position = lower.find(word)
        while position >= 0:
            spans.append((max(0, position - before), position + after))
            position = lower.find(word, position + len(word))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def matches_at(
    pattern: re.Pattern[str], text: str, literals: tuple[str, ...], *, before: int = 0
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, ``pattern`` opening ahead of a literal.

    Every match of ``pattern`` must start ``before`` characters ahead of one of
    ``literals``, and none may be empty. It is tried only there (str.find skips to each
    literal, overlapping ones too), so a pattern that opens on a class of characters or a
    look-behind is not tried at every character of a paragraph; the matches are the same,
    in order, none overlapping.

    >>> pattern = re.compile(" by [0-9]+")
    >>> [m.group() for m in matches_at(pattern, "taken by 12, backed by 3", ("by",), before=1)]
    [' by 12', ' by 3']
    """
    starts = set()
    for literal in literals:
        position = text.find(literal, before)
        while position >= 0:
            starts.add(position - before)
            position = text.find(literal, position + 1)
    found = []
    end = 0  # where the last match ends: the next starts there at the earliest
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives where every match starts at one of ``starts``.

    ``starts`` may hold more positions than that, repeated and in any order; no match of
    ``pattern`` may be empty. Each is tried in order, at or after the end of the last
    match, as finditer tries them, so a pattern that opens on a look-behind is not tried
    at every character of a paragraph.

    >>> [m.group() for m in matches_from(re.compile(r"(?<=: )[0-9]+"), "a: 12, b: 3", [3, 10, 4])]
    ['12', '3']
    """
    found = []
    end = 0  # where the last match ends: the next starts there at the earliest
    for start in sorted(set(starts)):
        if start >= end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


def matches_in(
    pattern: re.Pattern[str], text: str, spots: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start in one of the (start, end) windows ``spots``."""
    found: dict[int, re.Match[str]] = {}
    for start, end in spots:
        for near in pattern.finditer(text, start, end):
            # Matched again on the whole text: the window may cut a count ("12" of "125").
            match = pattern.match(text, near.start())
            if match is not None:
                found.setdefault(match.start(), match)
    return [found[start] for start in sorted(found)]
