"""Counts in parentheses after the names they belong to, after one governing preposition.

Reports of the Secretary-General (children and armed conflict, conflict-related sexual
violence, protection of civilians), of missions and of agencies give each party, place or
cause its count by writing the name and then the count in parentheses, the whole list the
object of one preposition: "documented the recruitment and use of 1,293 children,
including by A (908), B (209) and C (111)", "were attributed to A (15) and to B (36)",
"most of whom originated in Somalia (753,000), Sudan (627,000) and Eritrea (239,600)",
"came from Iraqis (2,200 first asylum requests), followed by Turks (1,900)". The structure
is the evidence, whatever the verb: a run of "NAME (N)" items joined by commas and "and"
(never "or", which offers options: "funded by UNDP (3) or the World Bank (2)"), the
first governed by a preposition ("by", "to", "in", "from", "with", "among",
"including by", "attributed to", "followed by") or a colon.

Between two items the run may repeat the preposition ("to A (15) and to B (36)"), say what
share of the whole the next name holds ("more than half of which were by LRA (21) and over
a quarter by the former Seleka faction, UPC (13)": the apposition's last name is the label)
or rank the next names ("(1,900), followed by ..."; a ranking's counts never grow). A
name may carry its acronym in parentheses ("Ahl al-Sunna wal-Jama'a (ASWJ) (111)"), and a
parenthesis may keep the count's noun ("(5 boys)", "(23 deaths)"), the later ones eliding
it. The categories are the names; the total is the count the sentence states as the
whole the run splits, where a cue ties the two ("1,293 children, including by", "40
cases ..., more than half of which were by", "3.7 million refugees ..., most of whom
originated in", "1.1 million persons ..., mainly in") and the parts do not exceed it. A
ranking whose subject is a pronoun takes the first count of the sentence before as its
first part ("There are 247,000 South Sudanese refugees ... They are followed by Somalis
(245,000) and Eritreans (99,000)").

None, as the README decides: years, references and document symbols in parentheses
("resolutions 1820 (2008) and 1888 (2009)", "(A/78/123)", "(see para. 12)"), rates and
shares ("(12 per 100,000)", "(38%)"), a run in a sentence that speaks of rates, ratios or
averages ("the highest maternal mortality ratios are ... Niger (1,800), Chad (1,500)"), a
parenthesis with a preposition in it ("(193,000 out of 230,000 planned)"), a single
"NAME (N)", and a first name no preposition or colon governs.

Every parenthesis that holds a figure is read once, with bounded patterns over a bounded
window before it: linear time.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.text import sentence_starts

__all__ = ["NAMED_COUNT_CUE", "with_named_counts", "without_rate_runs"]

#: A literal a paragraph must hold for the reader to run: a parenthesis that opens on a
#: figure right after a word.
NAMED_COUNT_CUE = re.compile(r"[A-Za-z)’'] \(\d")

_COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,4}(?![.,]\d)|\d{1,3}(?:\.\d{1,2})?\s{1,3}(?:million|billion)"
# Words that make a parenthesis' figure something other than a count of the name before
# it: a rate, a share, a comparison or a span ("(12 per 100,000)", "(193,000 out of
# 230,000 planned people)", "(26.8% from 19.7%)").
_NOT_COUNT_WORDS = frozenset(
    [
        "per",
        "cent",
        "percent",
        "of",
        "out",
        "from",
        "to",
        "in",
        "and",
        "or",
        "than",
        "since",
        "as",
        "at",
        "on",
        "with",
        "by",
        "for",
        "the",
        "a",
        "an",
        "each",
        "more",
        "less",
        "fewer",
        "over",
        "under",
        "about",
        "up",
        "down",
        "increase",
        "decrease",
        "rise",
        "fall",
    ]
)
# A figure in parentheses: the count, then up to three words of its noun ("(5 boys)", "(2,200
# first asylum requests)").
_PARENTHESISED = re.compile(
    rf"\((?P<count>{_COUNT})(?P<noun>(?:\s{{1,3}}[a-z][a-z-]{{1,20}}){{0,3}})\)"
)
# A name's acronym in parentheses, right before the count's: "Ahl al-Sunna wal-Jama'a (ASWJ)".
_ACRONYM = r"\s{0,3}\([A-Z][A-Za-z'’/&-]{0,14}[A-Z][A-Za-z'’/&-]{0,14}\)"
_SHARE = (
    r"(?:(?:more|less|fewer)\s{1,3}than\s{1,3}|over\s{1,3}|under\s{1,3}|nearly\s{1,3}|almost"
    r"\s{1,3}|about\s{1,3}|around\s{1,3}|some\s{1,3}|roughly\s{1,3}|just\s{1,3}(?:over|under)"
    r"\s{1,3})?(?:half|a\s{1,3}(?:third|quarter|fifth|tenth)|one\s{1,3}(?:third|quarter|fifth)"
    r"|two\s{1,3}thirds|three\s{1,3}quarters|the\s{1,3}(?:majority|bulk|rest|remainder)|most)"
)
_PREPOSITION = r"(?:to|by|in|from|with|among|at|for|against)"
# The text between two items of a run: a joint, maybe a ranking, a share of the whole or a
# repeated preposition, then the next name (and its acronym).
_JOINT = re.compile(
    rf"""
    (?:,\s{{1,3}}(?:and\s{{1,3}})?|\s{{1,3}}and\s{{1,3}})  # never "or": options, no split
    (?P<ranked>(?:closely\s{{1,3}})?followed\s{{1,3}}by\s{{1,3}})?
    (?P<share>{_SHARE}\s{{1,3}}(?:of\s{{1,3}}(?:which|whom|them)\s{{1,3}})?(?:(?:were|was)\s{{1,3}})?)?
    (?P<preposition>{_PREPOSITION}\s{{1,3}})?
    (?P<label>[^()\d;:.!?]{{1,120}}?)
    (?P<acronym>{_ACRONYM})?\s{{0,3}}
    """,
    re.VERBOSE,
)
# What governs the first name: a preposition (with the verb or cue before it, kept for the
# total) or a colon, then the name and its acronym up to the count's parenthesis.
_FIRST = re.compile(
    rf"""
    (?:(?<=[\s,])(?P<preposition>(?:(?:closely\s{{1,3}})?followed\s{{1,3}}by|including\s{{1,3}}{_PREPOSITION}
        |{_PREPOSITION}))\s{{1,3}}|(?P<colon>:)\s{{1,3}})
    (?P<label>[^()\d;:.,!?]{{1,100}}?)
    (?P<acronym>{_ACRONYM})?\s{{0,3}}$
    """,
    re.VERBOSE,
)
# An item after the last one offered as an option: "..., Vienna (6) or Nairobi (3)".
_OPTION = re.compile(r",?\s{1,3}or\s")
_GOVERNING = frozenset(_PREPOSITION[3:-1].split("|"))
# A count and its noun (and a remark in parentheses) set off before the first name:
# "729,550 respondents (as of 22 April), Central & Southern Asia (234,576)".
_APPOSED_WHOLE = re.compile(
    rf"""(?<![\w.,-])(?P<whole>{_COUNT})(?:\s{{1,3}}[a-z][a-z-]{{1,20}}){{1,3}}
    (?:\s{{0,3}}\([^()]{{1,40}}\))?\s{{0,3}}[,:]\s{{1,3}}
    (?P<label>[^()\d;:.,!?]{{1,100}}?)(?P<acronym>{_ACRONYM})?\s{{0,3}}$""",
    re.VERBOSE,
)
_FIRST_REACH = 130  # characters before a first count's parenthesis its name may take
_MAX_LABEL_WORDS = 10
# Words that open or join a clause: a label holding one is no name ("the rest were
# recruited by ...", "while ...").
_CLAUSE_WORDS = frozenset(
    [
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "while",
        "whereas",
        "but",
        "which",
        "who",
        "that",
        "when",
        "where",
    ]
)
# A sentence that speaks of rates ranks places by them, never splits a whole.
_RATE_WORDS = re.compile(
    r"\b(?:rates?|ratios?|averages?|density|densities|per\s{1,3}capita|index)\b"
)
# Cues that tie the whole before the governor to the run after it, at the governor's
# left: ", including", "of which (were)", "most of whom originated", "mainly".
_WHOLE_CUE = re.compile(
    rf"""(?:,\s{{1,3}}|\s)(?:
        including
      | (?:{_SHARE}\s{{1,3}})?of\s{{1,3}}(?:which|whom)(?:\s{{1,3}}[a-z]{{2,15}}){{0,2}}
      | mainly|mostly|chiefly|primarily|largely|predominantly
    )\s{{1,3}}{_PREPOSITION}\s{{1,3}}$""",
    re.VERBOSE,
)
_WHOLE_COUNT = re.compile(rf"(?<![\w.,-])(?P<count>{_COUNT})(?![\w%])(?!\s{{0,3}}(?:per|%))")
_WHOLE_REACH = 200
# A ranking whose subject points back to the sentence before: "They are followed by".
_POINTING_RANKING = re.compile(
    r"(?<!\w)(?:They|It|These|This)\s{1,3}(?:are|is|were|was)\s{1,3}(?:closely\s{1,3})?$"
)
_LEAD_NOUN = re.compile(
    r"\s{1,3}(?P<noun>(?:[A-Za-z][\w'’-]{1,25}\s{0,3}){1,4}?)(?=\s(?:in|on|at|for|who|that|,)|[,.;])"
)


@dataclass
class _Named:
    """One "NAME (N)" item: its label, count and where its words and parenthesis lie."""

    label: str
    count: int
    noun: str  # the count's noun in its parenthesis ("boys" of "(5 boys)"), or ""
    start: int  # where the label starts
    open: int  # the count's "("
    end: int  # after the count's ")"
    ranked: bool = False  # joined to the item before by "followed by"
    whole: int | None = None  # the count in apposition before the first name, if any


def with_named_counts(text: str, kept: list[Tally]) -> list[Tally]:
    """``kept`` with the runs of counts in parentheses after their names read in ``text``.

    A run is added where it overlaps no tally of ``kept``, and replaces the ones it
    overlaps where it reads every figure each of them read and more (a part or the whole
    they lack); otherwise ``kept`` stays as it was.

    Parameters
    ----------
    text
        One paragraph.
    kept
        The tallies other readers found in ``text``.

    Returns
    -------
    list of Tally
        ``kept``, less the tallies replaced, with the runs added, in text order.

    Examples
    --------
    >>> text = ("The remaining cases were attributed to the Somaliland Armed Forces (15) "
    ...         "and to unknown armed elements (36).")
    >>> [(p.category, p.count) for t in with_named_counts(text, []) for p in t.parts]
    [('Somaliland Armed Forces', 15), ('unknown armed elements', 36)]
    >>> text = "The Council recalled resolutions 1820 (2008) and 1888 (2009)."
    >>> with_named_counts(text, [])
    []
    """
    if NAMED_COUNT_CUE.search(text) is None:
        return kept
    starts = sentence_starts(text)
    rates: dict[int, int | None] = {}  # a sentence's start -> the end of its first rate word
    index = _Overlaps(kept)
    for run in _runs(text):
        tally = _as_tally(text, run, starts, rates)
        if tally is None:
            continue
        overlapping = index.overlapping(tally)
        if any(not _reads_more(tally, other) for other in overlapping):
            if not overlapping or not all(_nests_in(tally, other) for other in overlapping):
                continue
            for outer in overlapping:  # "14 children ... by the PDF in A (5) and B (9)"
                outer.parts = [p for p in outer.parts if not _inside(p, tally)]
            index.add(tally)
            continue
        index.remove(overlapping)
        index.add(tally)
    return sorted(index.kept(), key=lambda t: t.start)


class _Overlaps:
    """The tallies kept so far, asked which of them overlap a span without a scan of all.

    Each tally is filed under the blocks of :data:`_BLOCK` characters it covers; the ones
    overlapping a span share a block with it. The tallies keep the order they were added
    in (that of ``kept``, then the runs), which breaks ties of the final sort by start.

    >>> from surveystats.extract.tally_parts import Tally
    >>> a, b = Tally("breakdown", 0, 40, []), Tally("breakdown", 900, 950, [])
    >>> index = _Overlaps([a, b])
    >>> index.overlapping(Tally("breakdown", 30, 60, [])) == [a]
    True
    >>> index.remove([a])
    >>> index.kept() == [b]
    True
    """

    def __init__(self, kept: list[Tally]) -> None:
        self.order: dict[int, tuple[int, Tally]] = {}  # id -> when added, the tally
        self.blocks: dict[int, list[Tally]] = {}
        for tally in kept:
            self.add(tally)

    @staticmethod
    def _blocks(tally: Tally) -> range:
        # a tally of no length at x overlaps spans round x: filed under x's block
        return range(tally.start // _BLOCK, max(tally.start, tally.end - 1) // _BLOCK + 1)

    def add(self, tally: Tally) -> None:
        """Keep ``tally`` after the others."""
        self.order[id(tally)] = (len(self.order), tally)
        for block in self._blocks(tally):
            self.blocks.setdefault(block, []).append(tally)

    def remove(self, tallies: list[Tally]) -> None:
        """Keep ``tallies`` no more (they stay in their blocks, skipped when asked)."""
        for tally in tallies:
            self.order.pop(id(tally), None)

    def overlapping(self, tally: Tally) -> list[Tally]:
        """The tallies kept that overlap ``tally``, in the order they were added."""
        found: dict[int, tuple[int, Tally]] = {}
        for block in self._blocks(tally):
            for other in self.blocks.get(block, ()):
                kept = self.order.get(id(other))
                if kept is None or kept[1] is not other:
                    continue  # removed
                if other.start < tally.end and tally.start < other.end:
                    found[id(other)] = kept
        return [other for _, other in sorted(found.values(), key=lambda kept: kept[0])]

    def kept(self) -> list[Tally]:
        """The tallies kept, in the order they were added."""
        return [tally for _, tally in sorted(self.order.values(), key=lambda kept: kept[0])]


_BLOCK = 256  # characters of text the tallies are filed under in :class:`_Overlaps`


def _runs(text: str) -> list[list[_Named]]:
    """The runs of two or more "NAME (N)" items in ``text``, the first governed."""
    runs: list[list[_Named]] = []
    run: list[_Named] = []
    poisoned = False  # a year or reference in a run makes it none
    previous_end = -1
    for match in _PARENTHESISED.finditer(text):
        value, _ = read_count(match["count"])
        year = (
            "," not in match["count"]
            and len(match["count"]) == 4
            and 1800 <= int(match["count"]) <= 2100
        )
        noun_words = match["noun"].split()
        if value is None or year or any(w in _NOT_COUNT_WORDS for w in noun_words):
            if run and match.start() - previous_end < 60:
                poisoned = True
            continue
        joined = _joined(text, run[-1], match) if run and not poisoned else None
        if joined is not None:
            run.append(joined)
            previous_end = match.end()
            continue
        if run and _OPTION.match(text, run[-1].end) and match.start() - run[-1].end < 120:
            poisoned = True  # "Geneva (14), Vienna (6) or Nairobi (3)": options, no split
        if len(run) > 1 and not poisoned:
            runs.append(run)
        poisoned = False
        first = _first(text, match, value)
        run = [first] if first is not None else []
        previous_end = match.end()
    if len(run) > 1 and not poisoned:
        runs.append(run)
    return runs


# A name that a ranking verb puts first, and the clause up to the first count: "Amnesty
# International stands out as having provided the information most often used in
# communications sent (": the name, not the words the preposition governs, is the item.
_RANKED_FIRST = re.compile(
    r"(?:^|(?<=[\s,]))(?:the\s{1,3})?(?P<label>[A-Z][\w’'-]*(?:\s{1,3}(?:of\s{1,3}|for\s{1,3}|the\s{1,3})?[A-Z][\w’'-]*){0,6})"
    r"\s{1,3}(?:stands\s{1,3}out|stood\s{1,3}out|ranks\s{1,3}first|ranked\s{1,3}first"
    r"|comes\s{1,3}first|came\s{1,3}first|tops\s{1,3}the\s{1,3}list|topped\s{1,3}the\s{1,3}list)"
    r"\b[^.;:()\d]{0,120}$"
)
# A rank written after a name: " in second place" of "the Baha'i International Community
# in second place (10)"; the rank is no part of the name.
_RANK_AFTER = re.compile(r"\s{1,3}in\s{1,3}(?:first|second|third|fourth|fifth|last)\s{1,3}place$")


def _first(text: str, match: re.Match[str], value: int) -> _Named | None:
    """The first item of a run: a name a preposition or colon governs, or None.

    Where a ranking verb puts a name first in the count's clause ("Amnesty International
    stands out as having provided ... in communications sent (44)"), the name is the item.
    """
    found = _governor(text, match.start())
    if found is None:
        return _after_whole(text, match, value)
    label = _clean(found["label"], found["acronym"])
    if label is None:
        return None
    if "first" in text or " out " in text or " the list" in text:
        ranked_first = _RANKED_FIRST.search(
            text, max(0, match.start() - _FIRST_REACH - 100), match.start()
        )
        if ranked_first is not None and (name := _clean(ranked_first["label"], None)):
            return _Named(
                name,
                value,
                match["noun"].strip(),
                ranked_first.start("label"),
                match.start(),
                match.end(),
            )
    ranked = bool(found["preposition"]) and found["preposition"].startswith(("followed", "closely"))
    noun = match["noun"].strip()
    return _Named(
        label, value, noun, found.start("label"), match.start(), match.end(), ranked=ranked
    )


def _after_whole(text: str, match: re.Match[str], value: int) -> _Named | None:
    """A first name right after a count and its noun set off by a comma or colon, or None.

    "Base: 729,550 respondents (as of 22 April), Central & Southern Asia (234,576),
    Eastern & South-Eastern Asia (75,182), ...": the names split the count before them
    (which :func:`_as_tally` takes as the whole where the parts do not exceed it).
    """
    found = _APPOSED_WHOLE.search(text, max(0, match.start() - _FIRST_REACH - 60), match.start())
    if found is None:
        return None
    whole, _ = read_count(found["whole"])
    label = _clean(found["label"], found["acronym"])
    if whole is None or label is None:
        return None
    return _Named(
        label,
        value,
        match["noun"].strip(),
        found.start("label"),
        match.start(),
        match.end(),
        whole=whole,
    )


def _governor(text: str, open_at: int) -> re.Match[str] | None:
    """The nearest governor of a name that ends at ``open_at``, or None.

    A preposition after a capitalised word is inside a name ("Islamic State in Iraq and
    the Levant (23)") and governs nothing: the one before it does.
    """
    low = max(0, open_at - _FIRST_REACH)
    found = _FIRST.search(text, low, open_at)
    chosen = found
    while found is not None:
        before = text[max(0, found.start() - 30) : found.start()].split()
        if not before or not before[-1][:1].isupper():
            chosen = found
        found = _FIRST.search(text, found.start("label"), open_at)
    return chosen


def _joined(text: str, last: _Named, match: re.Match[str]) -> _Named | None:
    """The item ``match`` ends as the next of a run after ``last``, or None."""
    gap_start = last.end
    if match.start() - gap_start > 160:
        return None
    joint = _JOINT.fullmatch(text, gap_start, match.start())
    if joint is None:
        return None
    raw = joint["label"]
    if "," in raw:
        if not (joint["preposition"] or joint["share"]):
            return None
        raw = raw.rsplit(",", 1)[1]  # "the former Seleka faction, UPC": the name in apposition
    label = _clean(raw, joint["acronym"])
    if label is None:
        return None
    value, _ = read_count(match["count"])
    if value is None:
        return None
    ranked = joint["ranked"] is not None
    if ranked and value > last.count:
        return None  # a ranking's counts never grow
    start = joint.start("label") + (len(joint["label"]) - len(raw))
    noun = match["noun"].strip()
    if noun and last.noun and noun.split()[-1] != last.noun.split()[-1]:
        return None  # "(12 officials) and ... (4 meetings)": counts of different things
    return _Named(label, value, noun or last.noun, start, match.start(), match.end(), ranked=ranked)


def _clean(raw: str, acronym: str | None) -> str | None:
    """A name as a label: no leading "the" before a common noun; None if it is no name."""
    raw = _RANK_AFTER.sub("", raw.rstrip())  # "the Baha'i Community in second place"
    words = raw.split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return None
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return None
    if (
        words[0].lower() in ("and", "or")
        or "or" in words
        or words[-1].lower() in ("and", "or", "of", "the")
    ):
        return None
    if any(w in _GOVERNING and words[i - 1][:1].islower() for i, w in enumerate(words) if i > 0):
        return None  # "held talks in Uganda": a clause; "Islamic State in Iraq" a name
    if words[0] in ("the", "The") and len(words) > 1:
        words = words[1:]
    label = " ".join(words)
    if acronym:
        label = f"{label} {acronym.strip()}"
    return label


def _as_tally(
    text: str, run: list[_Named], starts: list[int], rates: dict[int, int | None]
) -> Tally | None:
    """The breakdown a run states, with its whole where the sentence gives one, or None.

    ``starts`` are the paragraph's sentence starts; ``rates`` keeps, for each sentence
    looked at, where its first rate word ends (:func:`_rate_before`).
    """
    labels = [item.label.lower() for item in run]
    if len(set(labels)) < len(labels):
        return None
    sentence = starts[bisect.bisect_right(starts, run[0].start) - 1]
    if _rate_before(text, sentence, run[-1].end, rates):
        return None  # "the highest maternal mortality ratios are ... Niger (1,800), ..."
    parts = [Part(item.label, item.count, item.start, item.end) for item in run]
    tally = Tally("breakdown", run[0].start, run[-1].end, parts)
    if run[0].whole is not None:
        if run[0].whole < sum(item.count for item in run):
            return None  # the names split no count set off before them
        tally.total = run[0].whole
    elif run[0].ranked:
        _first_of_ranking(text, run, tally, sentence, starts)
    else:
        _whole_before(text, run, tally, sentence)
    return tally


# The longest rate word ("per   capita"), so a word cut by the end of a window starts
# within this many characters of it.
_RATE_WORD_LENGTH = 16


def _rate_before(text: str, sentence: int, end: int, rates: dict[int, int | None]) -> bool:
    """Whether a rate word stands in ``text[sentence:end]``, the sentence searched once.

    The same as ``_RATE_WORDS.search(text, sentence, end)`` but linear over the runs of a
    sentence: its first rate word (read to the paragraph's end) is kept in ``rates``. The
    words are whole words and none holds another, so a window holds a word ending in it iff
    the first word ends in it; one the window's end cuts ("rate" of "rated") is looked for
    in its last characters.

    >>> text = "Infant mortality rates are highest in A (90) and B (80)."
    >>> rates = {}
    >>> _rate_before(text, 0, 10, rates), _rate_before(text, 0, len(text), rates), rates
    (False, True, {0: 22})
    >>> _rate_before("Those rated A (3) and B (4)", 0, 10, {})
    True
    """
    if sentence not in rates:
        first = _RATE_WORDS.search(text, sentence)
        rates[sentence] = first.end() if first is not None else None
    first_end = rates[sentence]
    if first_end is not None and first_end <= end:
        return True
    return _RATE_WORDS.search(text, max(sentence, end - _RATE_WORD_LENGTH), end) is not None


def _whole_before(text: str, run: list[_Named], tally: Tally, sentence: int) -> None:
    """Give ``tally`` the count the sentence states as the whole the run splits."""
    governor = _governor(text, run[0].open)
    if governor is None:
        return
    left = governor.start("label")
    cue = _WHOLE_CUE.search(text, max(sentence, left - 80), left)
    if cue is None:
        _whole_summed(text, tally, sentence, governor.start())
        return
    counts = [
        m
        for m in _WHOLE_COUNT.finditer(text, max(sentence, cue.start() - _WHOLE_REACH), cue.start())
    ]
    if not counts:
        return
    whole, _ = read_count(counts[-1]["count"])
    if whole is None or whole < sum(p.count or 0 for p in tally.parts):
        return
    tally.total = whole
    tally.start = min(tally.start, counts[-1].start())


def _whole_summed(text: str, tally: Tally, sentence: int, governor: int) -> None:
    """Give ``tally`` the last count before its governor that its parts add up to.

    "Of the 40 children ..., 14 children, all boys, were recruited by the PDF in Blue Nile
    (5 boys) and South Kordofan (9)": the sum says which count of the sentence the run
    splits (14, not 40); a year is no whole.
    """
    summed = sum(p.count or 0 for p in tally.parts)
    match = _last_count_of(text, sentence, governor, summed)
    if match is not None:
        tally.total = summed
        tally.start = min(tally.start, match.start())


def _count_value(match: re.Match[str]) -> int | None:
    """The value of a ``_WHOLE_COUNT`` match; None for a year ("in 2019") or no count."""
    raw = match["count"]
    if "," not in raw and len(raw) == 4 and 1800 <= int(raw) <= 2100:
        return None
    return read_count(raw)[0]


# A count is never this long: a reading from a sentence's start falls in step with the
# reading of the whole paragraph at the first count both find, and stays in step to this
# far before where the reading is cut.
_IN_STEP = 200


class _Counts:
    """The ``_WHOLE_COUNT`` matches of a paragraph, and where each value stands among them."""

    def __init__(self, text: str) -> None:
        self.matches = list(_WHOLE_COUNT.finditer(text))
        self.starts = [match.start() for match in self.matches]
        self.ends = [match.end() for match in self.matches]
        self.by_value: dict[int, list[int]] = {}
        self.unread: list[int] = []  # counts too long to read: a stretch raises as before
        for index, match in enumerate(self.matches):
            try:
                value = _count_value(match)
            except ValueError:
                self.unread.append(index)
                continue
            if value is not None:
                self.by_value.setdefault(value, []).append(index)


@functools.lru_cache(maxsize=1)
def _counts_of(text: str) -> _Counts:
    """:class:`_Counts` of the last paragraph asked for, kept for its other runs."""
    return _Counts(text)


def _last_count_of(text: str, start: int, end: int, value: int) -> re.Match[str] | None:
    """The last ``_WHOLE_COUNT`` of ``text[start:end]`` worth ``value`` (no year), or None.

    Searched for each run through its sentence to its governor, that was quadratic in a
    run-on paragraph of runs: the paragraph's counts are read once, and only the two
    ends of the stretch are read again (at its start, until its reading falls in step
    with the paragraph's; within :data:`_IN_STEP` of its end, where it cuts the text).

    >>> text = "Of the 40 children, 14 were recruited in A (5) and B (9)."
    >>> _last_count_of(text, 0, 41, 14).group(), _last_count_of(text, 0, 41, 40).start()
    ('14', 7)
    """
    counts = _counts_of(text)
    head: list[re.Match[str]] = []
    step_end = end - _IN_STEP
    for match in _WHOLE_COUNT.finditer(text, start, end):
        at = bisect.bisect_left(counts.starts, match.start())
        if (
            match.end() <= step_end
            and at < len(counts.starts)
            and counts.matches[at].regs == match.regs
        ):
            break  # in step with the paragraph's reading from here
        head.append(match)
    else:
        return next((m for m in reversed(head) if _count_value(m) == value), None)
    last = bisect.bisect_right(counts.ends, step_end)
    if bisect.bisect_left(counts.unread, at) < bisect.bisect_left(counts.unread, last):
        matches = list(_WHOLE_COUNT.finditer(text, start, end))
        return next((m for m in reversed(matches) if _count_value(m) == value), None)
    tail = list(_WHOLE_COUNT.finditer(text, counts.ends[last - 1], end))
    found = next((m for m in reversed(tail) if _count_value(m) == value), None)
    if found is None:
        same = counts.by_value.get(value, [])
        index = bisect.bisect_left(same, last) - 1
        if index >= 0 and same[index] >= at:
            return counts.matches[same[index]]
        found = next((m for m in reversed(head) if _count_value(m) == value), None)
    return found


def _inside(part: Part, run: Tally) -> bool:
    """Whether ``part`` (of another reading) holds a figure of the run ``run`` read.

    Its span reaches into the run's and its count is one of the run's: another reader
    may have begun its label further back ("recruited by the PDF in Blue Nile").
    """
    first, last = run.parts[0], run.parts[-1]
    return first.start < part.end <= last.end + 2 and any(
        part.count == mine.count for mine in run.parts
    )


def _nests_in(run: Tally, outer: Tally) -> bool:
    """Whether ``run`` splits one part of ``outer``, which read the run's figures as its own.

    The run's whole is the count of a part of ``outer`` before it, and ``outer`` read none
    of the run's figures ("Of the 52 cases, 19 were recorded by the Mission in A (12) and
    B (7)" read as 52: 19) or every one of them ("Of the 40 children, 14 ... were
    recruited ... in A (5) and B (9)" read as 40: 14, 5, 9: those parts are the run's, no
    parts of 40).
    """
    if run.total is None:
        return False
    first = run.parts[0].start
    if not any(p.count == run.total and p.end <= first for p in outer.parts):
        return False
    inner = [p for p in outer.parts if _inside(p, run)]
    return len(inner) in (0, len(run.parts))  # beside the part, or in place of its figures


def _first_of_ranking(
    text: str, run: list[_Named], tally: Tally, sentence: int, starts: list[int]
) -> None:
    """A ranking's first part, named before "followed by" in a pronoun's sentence before.

    "There are 247,000 South Sudanese refugees in the country. They are followed by
    Somalis (245,000) and Eritreans (99,000)": the first count of the sentence before,
    no smaller than the next, with the words after it as its label.
    """
    governor = _governor(text, run[0].open)
    if governor is None or _POINTING_RANKING.search(text, sentence, governor.start()) is None:
        return
    if sentence == 0:
        return
    before = starts[bisect.bisect_left(starts, sentence) - 1]
    lead = _WHOLE_COUNT.search(text, before, sentence)
    if lead is None:
        return
    value, _ = read_count(lead["count"])
    noun = _LEAD_NOUN.match(text, lead.end())
    if value is None or value < run[0].count or noun is None:
        return
    label = noun["noun"].strip()
    if any(w.lower() in _CLAUSE_WORDS for w in label.split()):
        return
    tally.parts.insert(0, Part(label, value, lead.start(), noun.end()))
    tally.start = lead.start()


def _reads_more(mine: Tally, theirs: Tally) -> bool:
    """Whether ``mine`` reads every figure of ``theirs`` and more (parts or a whole).

    >>> a = Tally("breakdown", 0, 50, [Part("A", 3, 0, 10), Part("B", 2, 20, 30)], total=9)
    >>> b = Tally("breakdown", 0, 30, [Part("A", 3, 0, 10), Part("B", 2, 20, 30)])
    >>> _reads_more(a, b), _reads_more(b, a), _reads_more(b, b)
    (True, False, False)
    """
    if theirs.total is not None and mine.total != theirs.total:
        return False
    rest = [p.count for p in mine.parts]
    for part in theirs.parts:
        if part.count not in rest:
            return False
        rest.remove(part.count)
    return bool(rest) or (mine.total is not None and theirs.total is None)


# A figure in parentheses after a name, whatever follows it: "(1,800)", "(with 2,100
# maternal deaths per 100,000 live births)", "(3317 first time applicants per million)".
_ANY_PARENTHESISED = re.compile(r"\((?:with\s{1,3})?(?P<figure>\d[\d,.]*)(?P<rest>[^()]{0,90})\)")
# What makes a parenthesis a rate: a figure per a number of people or a slash ("730/100,000").
_PER = re.compile(
    r"\bper\s{1,3}(?:\d|one\b|a\s{1,3}|million|thousand|hundred|capita|head|inhabitants"
    r"|live\s{1,3}births)|^/\d"
)
# A sentence that ranks places by a rate: "the highest rates were recorded in", "the
# highest maternal mortality ratios are", "the lowest population densities".
_RANKED_RATES = re.compile(
    r"\b(?:highest|lowest|higher|lower|top|worst|best)\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,3}?"
    r"(?:rates?|ratios?|densit(?:y|ies)|per\s{1,3}capita)\b"
)
_RATE_RUN_GAP = 60  # characters between two parentheses of one run


def without_rate_runs(text: str, kept: list[Tally]) -> list[Tally]:
    """``kept`` without the tallies whose parts are rates in parentheses after names.

    "The countries with the highest maternal mortality ratios are Sierra Leone (with 2,100
    maternal deaths per 100,000 live births), Niger (1,800), Chad (1,500) ...": the later
    figures elide the rate the first writes out, and a rate splits no whole (README: rates
    in parentheses are no counts). A run of figures in parentheses is one of rates where
    one of them is written per a number of people, or the sentence ranks by a rate ("the
    highest rates were recorded in A (1,140), B (980) ...").

    Parameters
    ----------
    text
        One paragraph.
    kept
        The tallies the readers found in ``text``.

    Returns
    -------
    list of Tally
        ``kept`` less the count tallies every part of which is a figure of such a run.

    Examples
    --------
    >>> text = "The highest rates were recorded in Chad (1,140), Niger (980) and Mali (870)."
    >>> tally = Tally("breakdown", 35, 76, [Part("Chad", 1140, 35, 47), Part("Niger", 980, 49, 60)])
    >>> without_rate_runs(text, [tally])
    []
    """
    if not kept or "(" not in text:
        return kept
    runs: list[tuple[int, int, list[int]]] = []  # start, end, figures
    rates: list[bool] = []
    starts = sentence_starts(text)
    for match in _ANY_PARENTHESISED.finditer(text):
        figure, _ = read_count(match["figure"].rstrip(".,"))
        per = _PER.search(match["rest"].strip()) is not None
        following = bisect.bisect_left(starts, runs[-1][1]) if runs else 0
        new_sentence = following < len(starts) and starts[following] <= match.start()
        if runs and match.start() - runs[-1][1] <= _RATE_RUN_GAP and not new_sentence:
            start, _, figures = runs[-1]
            runs[-1] = (start, match.end(), [*figures, figure if figure is not None else -1])
            rates[-1] = rates[-1] or per
            continue
        sentence = starts[bisect.bisect_right(starts, match.start()) - 1]
        runs.append((match.start(), match.end(), [figure if figure is not None else -1]))
        rates.append(per or _RANKED_RATES.search(text, sentence, match.start()) is not None)
    spans = [
        (start, end, figures)
        for (start, end, figures), rate in zip(runs, rates, strict=True)
        if rate and len(figures) > 1
    ]
    if not spans:
        return kept

    def of_rates(tally: Tally) -> bool:
        if tally.unit != "count" or not tally.parts:
            return False
        for start, end, figures in spans:
            sentence = starts[bisect.bisect_right(starts, start) - 1]
            if (
                sentence <= tally.start
                and tally.end <= end + 2
                and all(p.count in figures for p in tally.parts)
            ):
                return True
        return False

    return [tally for tally in kept if not of_rates(tally)]
