"""Replies counted as a ratio with a slash: "29/37 did not want continuation".

Evaluation reports, workshop reports and survey papers write how many of those asked gave
an answer as a ratio, the part before the slash and the whole after it:

- opening its clause, before the verb of what they answered: "Continuation: 29/37 did not
  want continuation.", "31/35 agreed with the proposed approach", "12/40 said the training
  was too short; 25/40 rated it good" (a total of 35, one part of 31; the ratios of one
  whole in one sentence are parts of one tally);
- after a noun of those asked, in parentheses, before the verb: "Most participants (29/37)
  did not want continuation";
- in parentheses after the share they restate: "19.6% (4432/25 840) of female students
  reported ...", "Only 7% (7/100) of the surveyed community received ..." (a total of
  25,840, one part of 4,432 at 19.6 per cent). Here the arithmetic is the evidence: the
  share must be the ratio rounded as written, so a pair of figures that is no ratio of
  replies ("12% (2019/20)") is none.

Each is a one-part tally (more parts where ratios of one whole follow in the sentence):
``total`` the whole after the slash, the part's ``count`` the figure before it, its
category the clause of what they answered. A ``survey`` where the sentence speaks of one
or the part's verb is one of answering; a share restated elsewhere is a ``breakdown``.

None: a slash that is a symbol or a date ("resolution 56/203", "A/RES/56/203", "12/2019",
"12/05/2024"), a ratio with no verb after it or that opens no clause ("Clinton leading
63/37", "Phases 36/37 did not add warnings": the figures are shares or names), a part
larger than its whole, and a share its ratio does not round to.
"""

from __future__ import annotations

import itertools
import re
from fractions import Fraction

from surveystats.extract.tally_items import speaks_of_survey
from surveystats.extract.tally_parts import Part, Tally
from surveystats.text import sentence_starts

__all__ = ["find_slash_ratios", "may_hold_slash_ratio", "with_ratio_counts"]

# A count as the ratios write it: digits, with thousands set off by a comma or a blank
# ("25 840", "21,613").
_COUNT = r"\d{1,3}(?:[ ,]\d{3})+(?!\d)|\d{1,6}(?![\d,])"
# The ratio itself; no letter, digit, dot or slash on either side ("A/RES/56/203",
# "12/05/2024", "S/2024/12" are symbols and dates).
_RATIO = rf"(?<![\w./-])(?P<part>\d{{1,6}})/(?P<whole>{_COUNT})(?![\w/-])(?!\.\d)"
# What they answered, a finite verb right after the ratio: an auxiliary, a verb in the past,
# or a verb of answering in the present ("29/37 did not want", "31/35 agreed", "12/40 say").
_VERB = (
    r"(?:(?:did|do|does|were|was|are|had|have|would|could|will|can)\b"
    r"|(?!(?:based|used|dated|signed|numbered|listed)\b)[a-z]{3,}ed\b"
    r"|(?:said|felt|thought|found|saw|knew|gave|chose|wanted|say|feel|think|agree|disagree"
    r"|prefer|want|rate|consider|believe|report|indicate|find)\b)"
)
# A ratio that opens its clause: at a sentence's start, after a short label and a colon
# ("Continuation: 29/37 ..."), after a semicolon, or after "and"/"while" that joins a
# second ratio ("31/35 agreed and 4/35 disagreed").
_OPENING = re.compile(
    rf"""(?:^|(?<=[.!?:;])|(?<=[.!?:;]\s)|(?<=[.!?:;]\s\s)|(?<=\band\s)|(?<=\bwhile\s)
      |(?<=\bwhereas\s)|(?<=\bbut\s))
    \s{{0,3}}{_RATIO}
    (?:\s{{1,3}}(?:of\s{{1,3}}(?:the\s{{1,3}})?)?(?P<noun>respondents|participants|those\s{{1,3}}asked
      |those\s{{1,3}}surveyed|students|trainees|staff|members))?
    \s{{1,3}}(?P<verb>{_VERB})""",
    re.VERBOSE | re.MULTILINE,
)
# A ratio in parentheses after the noun of those who answered, before their verb: "Most
# participants (29/37) did not want ...".
_AFTER_NOUN = re.compile(
    rf"(?<=[a-z])\s{{1,3}}\(\s{{0,2}}{_RATIO}\s{{0,2}}\)\s{{1,3}}(?P<verb>{_VERB})"
)
# A ratio in parentheses right after a share: "19.6% (4432/25 840) of female students".
_AFTER_SHARE = re.compile(
    rf"(?P<share>\d{{1,3}}(?:\.(?P<decimals>\d{{1,2}}))?)\s{{0,2}}(?:%|per\s{{1,3}}cent|percent)"
    rf"\s{{1,3}}\(\s{{0,2}}{_RATIO}\s{{0,2}}\)"
)
# A share with its count and whole in words in parentheses: "89.5 percent (890 out of 994)".
_SHARE_WITH_RATIO = re.compile(
    rf"(?P<share>\d{{1,3}}(?:\.(?P<decimals>\d{{1,2}}))?)\s{{0,2}}(?:%|per\s{{1,3}}cent|percent)"
    rf"\s{{1,3}}\(\s{{0,2}}(?P<part>{_COUNT})\s{{1,3}}(?:out\s{{1,3}}of|of)\s{{1,3}}"
    rf"(?P<whole>{_COUNT})\s{{0,2}}\)"
)
# Words before a slash that make its figures a symbol's: "resolution 56/203 was adopted".
_SYMBOL_BEFORE = re.compile(
    r"\b(?:resolutions?|decisions?|documents?|reports?|symbols?|Nos?\.|numbers?|circulars?"
    r"|regulations?|rules?|articles?|laws?|acts?|codes?)\s{0,3}$",
    re.IGNORECASE,
)
# Where the clause of the answer ends.
_CLAUSE_END = re.compile(
    r"[.;:!?](?:\s|$)|,\s{1,3}(?:and|while|whereas|but)\s|\s(?:and|while|whereas|but)\s{1,3}\d"
)
# Words of answering that make a ratio's verb one of a survey's answer.
_ANSWERING = re.compile(
    r"\b(?:agree[ds]?|disagree[ds]?|said|say|felt|feel|thought|think|wanted|want|rated|rate"
    r"|preferred|prefer|considered|consider|believed?|reported|report|indicated|indicate"
    r"|found|find|responded|replied|answered|participants|respondents|evaluation)\b",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS = 16
_LABEL_REACH = 200  # characters a label may span
_MOST_READINGS = 12  # ratios read in one sentence, at most (a table flattened is none)
_OF_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?")
# The least whole of a ratio with no share beside it: "1/2", "3/4", "2/3" are fractions.
_LEAST_WHOLE = 10


def may_hold_slash_ratio(text: str) -> bool:
    """A cheap test for the caller: a slash between digits.

    >>> may_hold_slash_ratio("29/37 did not want it"), may_hold_slash_ratio("and/or")
    (True, False)
    """
    at = text.find("/")
    while at != -1:
        if 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            return True
        at = text.find("/", at + 1)
    return False


def _count(written: str) -> int:
    """The value of a count written with blanks or commas between its thousands."""
    return int(written.replace(",", "").replace(" ", ""))


def _label(text: str, start: int, hi: int) -> tuple[str, int] | None:
    """The clause from ``start`` up to its end (at most a few words) and where it ends."""
    hi = min(hi, start + _LABEL_REACH)  # a bounded look: linear however long the sentence
    end = _CLAUSE_END.search(text, start, hi)
    stop = end.start() if end is not None else hi
    words = text[start:stop].split()[:_MAX_LABEL_WORDS]
    label = " ".join(words).strip(" ,;:\"“”'‘’()")
    if not label:
        return None
    return label, start + len(text[start:stop].rstrip())


def _rounds_to(share: str, decimals: str | None, part: int, whole: int) -> bool:
    """Whether the share written is the ratio, rounded (or cut) to its own decimals."""
    places = len(decimals or "")
    exact = Fraction(100 * part, whole)
    written = Fraction(share)
    step = Fraction(1, 10**places)
    return abs(exact - written) <= step / 2 or Fraction(0) <= exact - written < step


def _is_ratio(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The part and the whole of a ratio match, or None where it is none."""
    part, whole = int(match["part"]), _count(match["whole"])
    if not 0 < part <= whole or whole < (2 if "share" in match.re.groupindex else _LEAST_WHOLE):
        return None  # "3/4 were approved": a fraction, where no share restates the ratio
    if _SYMBOL_BEFORE.search(text, max(0, match.start("part") - 16), match.start("part")):
        return None  # "resolution 56/203": a symbol
    if part <= 12 and 1800 <= whole <= 2100:
        return None  # "12/2019": a month and a year
    return part, whole


def _sentence_tallies(text: str, lo: int, hi: int) -> list[Tally]:
    """The ratios of replies in the sentence ``text[lo:hi]``, one tally for each whole."""
    found: dict[int, Tally] = {}
    readings: list[tuple[re.Match[str], int, int, int]] = []  # match, part, whole, label at
    for pattern in (_OPENING, _AFTER_NOUN):
        for match in pattern.finditer(text, lo, hi):
            ratio = _is_ratio(text, match)
            if ratio is not None:
                readings.append((match, *ratio, match.start("verb")))
    for match in _AFTER_SHARE.finditer(text, lo, hi):
        ratio = _is_ratio(text, match)
        if ratio is None or not _rounds_to(match["share"], match["decimals"], *ratio):
            continue
        of = _OF_AFTER.match(text, match.end(), hi)
        readings.append((match, *ratio, of.end() if of else match.end()))
    if len(readings) > _MOST_READINGS:
        return []  # "1/20 2/20 3/20 ...": a table's cells run together, no sentence of replies
    if not readings:
        return []
    survey = speaks_of_survey(text, lo, hi) or _ANSWERING.search(text, lo, hi) is not None
    for match, part, whole, label_at in sorted(readings, key=lambda r: r[0].start()):
        read = _label(text, label_at, hi)
        if read is None:
            continue
        label, end = read
        start = match.start("share") if "share" in match.re.groupindex else match.start("part")
        if any(start < t.end and t.start < end for w, t in found.items() if w != whole):
            continue
        share = match["share"] if "share" in match.re.groupindex else None
        new = Part(
            label,
            part,
            start,
            end,
            percent=float(Fraction(share)) if share else None,
            decimals=len(match["decimals"] or "") if share else None,
        )
        tally = found.get(whole)
        if tally is None:
            kind = "survey" if survey else "breakdown"
            found[whole] = Tally(kind, start, end, [new], total=whole)
        elif sum(p.count or 0 for p in tally.parts) + part <= whole:
            tally.parts.append(new)
            tally.end = max(tally.end, end)
    return sorted(found.values(), key=lambda tally: tally.start)


def find_slash_ratios(text: str, *, taken: list[Tally] = ()) -> list[Tally]:  # type: ignore[assignment]
    """Replies counted as ratios with a slash, in sentences no other tally holds.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    taken
        What the other readers found: a sentence that holds one is skipped.

    Returns
    -------
    list of Tally
        One tally per whole after a slash, its ``total`` that whole and a part for each
        ratio of it, offsets relative to ``text``.

    Examples
    --------
    >>> [(t.total, [(p.category, p.count) for p in t.parts])
    ...  for t in find_slash_ratios("Continuation: 29/37 did not want continuation.")]
    [(37, [('did not want continuation', 29)])]
    >>> find_slash_ratios("The Assembly adopted resolution 56/203 was adopted in 2001.")
    []
    >>> find_slash_ratios("Clinton was leading 63/37 in early voting.")
    []
    """
    if not may_hold_slash_ratio(text):
        return []
    starts = [*sentence_starts(text), len(text)]
    found: list[Tally] = []
    for lo, hi in itertools.pairwise(starts):
        if "/" not in text[lo:hi]:
            continue
        if any(t.start < hi and lo < t.end for t in taken):
            continue
        found.extend(_sentence_tallies(text, lo, hi))
    return found


def with_ratio_counts(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with shares that restate a count of a stated whole read as those counts.

    "A total of 89.5 percent (890 out of 994) are not planning to return, while 6.5
    percent (65 out of 994) do not know": each share is written with its count and the
    whole after it in words, as the slash ratios write them with a slash. Where every part
    of a tally of shares with no total has such a ratio, each share the ratio rounded to
    its own decimals, and all ratios have one whole, the parts are those counts (their
    shares kept as the second reading) and the whole is the tally's total. The arithmetic
    is the evidence: a ratio the share is not (a year, a rank) leaves the tally as read.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for the paragraph; changed in place where the ratios fit.

    Returns
    -------
    list of Tally
        The same tallies.

    Examples
    --------
    >>> text = "89.5 percent (890 out of 994) said no, while 6.5 percent (65 out of 994) said yes"
    >>> no = Part("said no", None, 0, 38, percent=89.5, decimals=1)
    >>> yes = Part("said yes", None, 45, len(text), percent=6.5, decimals=1)
    >>> shares = Tally("survey", 0, len(text), [no, yes], unit="percent")
    >>> tally = with_ratio_counts(text, [shares])[0]
    >>> tally.total, [p.count for p in tally.parts]
    (994, [890, 65])
    """
    for tally in tallies:
        if tally.unit != "percent" or tally.total is not None or not tally.parts:
            continue
        counts: list[int] = []
        wholes = set()
        for part in tally.parts:
            if part.percent is None or part.count is not None:
                break
            ratio = next(
                (
                    match
                    for match in _SHARE_WITH_RATIO.finditer(
                        text, max(tally.start, part.start - 2), min(len(text), part.end + 2)
                    )
                    if Fraction(match["share"]) == Fraction(str(part.percent))
                ),
                None,
            )
            if ratio is None:
                break
            count, whole = _count(ratio["part"]), _count(ratio["whole"])
            if not 0 < count <= whole or not _rounds_to(
                ratio["share"], ratio["decimals"], count, whole
            ):
                break
            counts.append(count)
            wholes.add(whole)
        else:
            if len(wholes) == 1 and sum(counts) <= next(iter(wholes)):
                for part, count in zip(tally.parts, counts, strict=True):
                    part.count = count
                tally.total = wholes.pop()
                tally.unit = "count"
    return tallies
